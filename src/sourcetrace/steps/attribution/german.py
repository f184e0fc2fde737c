"""German constructions: anaphoric reports ("Das berichtet X"), an auxiliary before the speaker at the end, "…, so X".
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from ...document import CLAIM_SEGMENTS, Sentence, Span, Token
from ...resources import load, pick
from ...textutil import lowered
from ..candidates import Cand
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_DE,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    phrases_by_first,
    skip_conjunction,
)
from ..sources import classify_mention, full_name
from ..syntax import entities_overlapping
from .chains import addressed_medium, addressees, links_at, relay_back, stands_on, vias
from .contents import content_after
from .context import QUOTE_CHARS, Context, sentence_language, strip_span
from .cues import NOT_SPEECH, _infinitive_particles, cue_at
from .media import can_be_source, is_medium
from .phrases import np_forward, object_pronoun_at, skip_adverbials
from .speakers import subject_before


def anaphoric_cue(ctx: Context, si: int, sent: Sentence, i: int, cls: str, cue: Span, lx: Lang) -> bool:
    """"Das berichtet X" (German): the content is the sentence before."""
    toks = sent.tokens
    text = ctx.text
    len(toks)
    lows = lowered(toks)
    so_it = None
    if i >= 1 and lows[i - 1] in lx.so_cue and (i == 1 or toks[i - 2].text in CONJ_START) and lx.code == "de":
        # rule attr.*.de.anaphoric_so: "So schilderte es die Zeugin.": "so" and the claim's pronoun point at the
        # sentence before; the speaker after the pronoun, and nothing after it but adverbials (session 34)
        so_it = object_pronoun_at(ctx, toks, skip_adverbials(ctx, toks, i + 1, lx), lx)
        if so_it is not None and not _closes_after(ctx, toks, np_forward(ctx, toks, so_it, lx), lx):
            so_it = None
    if i >= 1 and (lows[i - 1] in lx.anaphors or so_it is not None) and (i == 1 or toks[i - 2].text in CONJ_START) and lx.code == "de":
        j0 = skip_adverbials(ctx, toks, i + 1, lx) if so_it is None else so_it
        e = np_forward(ctx, toks, j0, lx)
        prev = ctx.prev_sentence(si)
        if e > j0 and prev is not None:
            src = Span(toks[j0].span.start, toks[e - 1].span.end)
            said = ctx.unquote(strip_span(text, prev.span))  # "«Wir sind bereit.» Das sagte X": a quotation is direct speech
            m = "direct" if ctx.is_quote(said) else "indirect"
            via = vias(ctx, toks, lx, exclude=src)
            via += addressees(ctx, toks, e, len(toks), lx, src, via, None)  # "Das sagte X der Deutschen Presse-Agentur."
            cand = Cand(m, [said], cue, src, f"attr.{m}.{lx.code}.anaphoric" + ("_so" if so_it is not None else ""), si, via=via)
            ctx.cands.append(cand)
            _told_as_hearsay(ctx, prev, cand, lx)
            return True
    return False


def _closes_after(ctx: Context, toks: list[Token], e: int, lx: Lang) -> bool:
    """Nothing but adverbials and prepositional phrases from toks[e] to the sentence's end."""
    n = len(toks)
    k = skip_adverbials(ctx, toks, e, lx)
    while k < n - 1 and toks[k].text.lower() in PREPOSITIONS_DE and np_forward(ctx, toks, k + 1, lx) > k + 1:
        k = skip_adverbials(ctx, toks, np_forward(ctx, toks, k + 1, lx), lx)
    return k >= n or (k == n - 1 and toks[k].text in (".", "!"))


def _told_as_hearsay(ctx: Context, prev: Sentence, teller: Cand, lx: Lang) -> None:
    """"So soll der Vorsitzende gesagt haben, dass … . Dies erklärte die frühere Schatzmeisterin
    …": the speech the sentence before tells as hearsay ("soll … gesagt haben", a Konjunktiv before
    its cue) reaches the article through the one the demonstrative report names
    (`Cand.relayed_by`)."""
    from .continuation import konjunktiv

    told = [c for c in ctx.cands if c is not teller and c.cue is not None and c.source is not None and not c.inherit
            and prev.span.contains(c.cue) and c.mode in ("direct", "indirect")]
    if not told:
        return
    marker = konjunktiv(ctx, prev, lx, skip=[x for c in told for x in c.content])
    for c in told:
        if marker is not None and marker.start < c.cue.start:  # type: ignore[union-attr]
            c.relayed_by = teller


def postposed_aux(ctx: Context, si: int, sent: Sentence, i: int, cls: str, cue: Span, lx: Lang) -> bool:
    """"CONTENT, hatte X bei seinem Treffen gesagt." (German): auxiliary after the comma, participle at the end."""
    toks = sent.tokens
    text = ctx.text
    n = len(toks)
    lows = lowered(toks)
    # a participle: "gesagt", "mitgeteilt", and, after a perfect auxiliary, those of verbs with an
    # inseparable prefix, which look like the present ("hatte … erklärt", "hat … betont")
    if lx.code == "de" and i >= 3 and i >= n - 3 and (toks[i].text.startswith("ge") or lows[i].endswith("t") or any(f.participle for f in lx.forms.get(lows[i], []))):
        ca = next((k for k in range(i - 1, 0, -1) if toks[k].text in AUX and toks[k - 1].text == ","), None)
        plain = toks[i].text.startswith("ge") or any(f.participle for f in lx.forms.get(lows[i], []))
        if ca is not None and not plain and lows[ca] not in lx.perfect_auxiliaries:
            ca = None  # "…, wurde die Souveränität betont", "…, kann das Ergebnis veröffentlicht werden": no report
        # the clause before the comma is the claim, not the end of a relative or subordinate clause
        # ("Thaksin, der die Geschäfte übergeben hatte, hat nun seine Rückkehr angekündigt")
        c0 = next((k for k in range((ca or 0) - 2, 0, -1) if toks[k].text == ","), None)
        if ca is not None and c0 is not None and not plain and any(
                lows[m] in REL_PRONOUNS or lows[m] in SUBORDINATORS for m in range(c0 + 1, min(c0 + 3, ca))) \
                and not any(toks[m].text[:1].islower() and lx.konjunktiv(toks[m].text) for m in range(1, c0)):
            ca = None  # ("Die Reform werde halten, weil …, hatte X erklärt": a main clause in the Konjunktiv before it is the claim)
        if ca is not None and ca >= 2 and not any(t.text == "," for t in toks[ca + 1 : i]):
            a0 = skip_adverbials(ctx, toks, ca + 1, lx)
            e = np_forward(ctx, toks, a0, lx)
            if e > a0 and e <= i:
                content = strip_span(text, Span(sent.span.start, toks[ca - 1].span.start))
                content = ctx.unquote(content)
                if len(content) > 8:
                    m = "direct" if ctx.is_quote(content) else "indirect"
                    ctx.cands.append(Cand(m, [content], cue, Span(toks[a0].span.start, toks[e - 1].span.end),
                                           f"attr.{m}.{lx.code}.postposed_aux", si))
                    return True
    return False


def learned_from(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"…, wie die dpa aus Regierungskreisen erfuhr.", "Wie der «Spiegel» erfuhr, …", "Das erfuhr
    die Agentur aus Kreisen der Partei." (the claim in the sentence before): a medium that learned
    something names whom from (`learned_from` of resources/de/according.json), who are the source,
    the medium a downstream link; without them the medium is the source (German)."""
    verbs, froms = lx.learned_verbs, lx.learned_from
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    k = next((k for k in range(1, n) if lows[k] in verbs and not ctx.inside_any_quote(toks[k].span.start)), None)
    if k is None:
        return False
    w0 = skip_conjunction(lows)
    if lows[w0] in lx.wie and (c := next((m for m in range(w0 + 1, n) if toks[m].text == ","), None)) is not None and k < c:
        a, content = w0 + 1, content_after(ctx, toks, c + 1, sent)  # "Wie X (aus Y) erfuhr, …"
        end = k
    elif lows[w0] in lx.anaphors and k == w0 + 1:  # "Das erfuhr X aus Y." after the claim
        prev = ctx.prev_sentence(si)
        content = strip_span(ctx.text, prev.span) if prev is not None else None
        a = k + 1
        end = next((m for m in range(a, n) if lows[m] in froms or toks[m].text in (".", "!", ",")), n)
    elif k + 1 < n and toks[k + 1].text in (".", "!"):
        w = next((m for m in range(k - 1, 0, -1) if lows[m] in lx.wie and toks[m - 1].text == ","), None)
        if w is None:
            return False
        a, end = w + 1, k  # "…, wie X (aus Y) erfuhr."
        content = strip_span(ctx.text, Span(sent.span.start, toks[w - 1].span.start))
    else:
        return False
    if content is None or len(content) < 8:
        return False
    e = np_forward(ctx, toks, a, lx, apposition=False)
    if not a < e <= end:
        return False
    medium = Span(toks[a].span.start, toks[e - 1].span.end)
    if not is_medium(ctx, medium, lx):
        return False  # ("Das erfuhr die Ministerin erst gestern": someone learning is no one's source)
    cue = Span(toks[k].span.start, toks[k].span.end)
    f = next((m for m in range(e, n) if lows[m] in froms), None)
    if f is not None and f < n - 1 and (f < k or f == end):
        e2 = np_forward(ctx, toks, f + 1, lx, apposition=False)
        # (not a time: "wie die Zeitung vom Wochenende erfuhr" names no one it learned it from)
        if e2 > f + 1 and not any(ctx.in_timex(t.span) for t in toks[f:e2]):  # the ones it learned it from speak, the medium relays
            told = Span(toks[f + 1].span.start, toks[e2 - 1].span.end)
            ctx.cands.append(Cand("according_to", [content], cue, told, f"attr.according_to.{lx.code}.learned_from", si, via=[(medium, False)]))
            return True
    ctx.cands.append(Cand("according_to", [content], cue, medium, f"attr.according_to.{lx.code}.learned", si))
    return True


#: the dashes that set off a parenthesis inside a clause ("… sorgen – so X – für …"), as tokens
DASHES = frozenset(["–", "—", "-"])


def so_closing(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"…, so Ursula Castrup, die Leiterin der Fachstelle.": "so" closing reported speech (German)."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    found_cue = False
    for i in range(2, n - 1):
        if lows[i] == "so" and toks[i - 1].text == "," and not ctx.inside_quote(toks[i].span.start) \
                and cue_at(ctx, toks, i + 1, lx) not in (None, *NOT_SPEECH):
            # "«…», so charakterisierte ihn der Gewerkschafter X.": the cue after "so", its subject after an object pronoun
            k = skip_adverbials(ctx, toks, i + 2, lx)
            if k < n and lows[k] in ("ihn", "sie", "es", "ihm", "ihr", "ihnen", "das", "dies"):
                k = skip_adverbials(ctx, toks, k + 1, lx)
            e = np_forward(ctx, toks, k, lx) if k < n else k
            while k < e < n - 1 and lows[e] in ("von", "vom", "aus", "beim", "bei") and np_forward(ctx, toks, e + 1, lx) > e + 1:
                e = np_forward(ctx, toks, e + 1, lx)  # "der Gewerkschafter X von der CFTC"
            so_content = ctx.unquote(strip_span(ctx.text, Span(sent.span.start, toks[i - 1].span.start)))
            closes = skip_adverbials(ctx, toks, e, lx) if k < e < n else e  # "…, so schilderte es die Zeugin am Montag." (session 34)
            while k < e and closes < n - 1 and lows[closes] in PREPOSITIONS_DE and np_forward(ctx, toks, closes + 1, lx) > closes + 1:
                closes = skip_adverbials(ctx, toks, np_forward(ctx, toks, closes + 1, lx), lx)  # "… vor dem Gemeinderat."
            if k < e and (closes >= n - 1 or toks[closes].text in (".", ";")) and len(so_content) > 8:
                m = "direct" if ctx.is_quote(so_content) else "indirect"
                ctx.cands.append(Cand(m, [so_content], toks[i + 1].span,
                                      Span(toks[k].span.start, toks[e - 1].span.end), f"attr.{m}.de.so_verb", si))
                return True
        dash = toks[i - 1].text in DASHES
        if lows[i] == "so" and (toks[i - 1].text == "," or dash) and (toks[i + 1].text[:1].isupper() or lows[i + 1] in lx.determiners) \
                and not ctx.inside_quote(toks[i].span.start):
            e = np_forward(ctx, toks, i + 1, lx)
            if _mental_head(toks, i + 1, e, lx):
                continue  # "– so die Hoffnung der Anwohner –", ", so der Plan.": a hope or a plan is no one's word
            src_end = e
            e, so_via = links_at(ctx, toks, e, lx) if i + 1 < e < n else (e, [])  # ", so X im Gespräch mit der Zeitung,"
            if not so_via and i + 1 < e < n - 1 and (told := addressed_medium(ctx, toks, e, lx)) is not None:
                e, so_via = told[0], [(told[1], False)]  # ", so X zur APA": the medium told
            if i + 1 < e < n - 1 and [lows[e]] in lx.according_prefix and (e2 := np_forward(ctx, toks, e + 1, lx)) > e + 1:
                so_via = [*so_via, (Span(toks[e + 1].span.start, toks[e2 - 1].span.end), False)]  # ", so X laut BBC,": the medium relays
                e = e2
            if i + 1 < e < n:
                e = skip_adverbials(ctx, toks, e, lx)  # ", so X am Montag."
                while e < n - 1 and lows[e] in PREPOSITIONS_DE and np_forward(ctx, toks, e + 1, lx) > e + 1:
                    e = skip_adverbials(ctx, toks, np_forward(ctx, toks, e + 1, lx), lx)  # ", so X in Kiel."
                e = _after_parenthesis(toks, e)  # ", so das Gericht (Az. 4 C 12/21)."
                if not so_via and e > src_end:
                    # ", so X am Samstag in einem Interview des Senders Y.": a chain phrase after the time
                    so_via = vias(ctx, toks[:e], lx, after=src_end)
            adjuncts = False
            if i + 1 < e < n - 2 and toks[e].text not in (".", ",", ";", ":") and not dash:
                # ", so X unter Verweis auf die Zahlen und im Einklang mit Y: …": phrases without a verb or a
                # comma up to a colon are the circumstances of the speech; the colon opens it (+lead_adjuncts)
                c2 = next((k for k in range(e, min(n - 2, e + 25)) if toks[k].text in (":", ",", ".", ";")
                           or ctx.pos_at(toks[k].span) in ("VERB", "AUX") or lows[k] in lx.complementizers), None)
                if c2 is not None and toks[c2].text == ":" and c2 > e:
                    e, adjuncts = c2, True
            colon = i + 1 < e < n - 2 and toks[e].text == ":" and not ctx.inside_any_quote(toks[e].span.start)
            if dash:
                # "Die Linie fährt öfter und bringt – so die Stadträtin X – mehr Fahrgäste": the source between two
                # dashes inside the clause, which goes on after the second (`+dash`)
                if not (i + 1 < e < n - 2 and toks[e].text == toks[i - 1].text):
                    continue
                before = strip_span(ctx.text, Span(sent.span.start, toks[i - 1].span.start))
                colon_at = next((t.span.end for t in toks[: i - 1] if t.text == ":" and not ctx.inside_any_quote(t.span.start)), None)
                if colon_at is not None and len(strip_span(ctx.text, Span(colon_at, before.end))) > 8:
                    before = strip_span(ctx.text, Span(colon_at, before.end))  # ("Ähnlich ein Projekt in Y: Ab Mai …")
                rest = strip_span(ctx.text, Span(toks[e + 1].span.start, sent.span.end))
                if len(before) > 8 and len(rest) > 3 and not ctx.is_quote(before):
                    ctx.cands.append(Cand("indirect", [before, rest], Span(toks[i].span.start, toks[i].span.end),
                                          Span(toks[i + 1].span.start, toks[src_end - 1].span.end), "attr.indirect.de.so+dash", si,
                                          via=so_via))
                    found_cue = True
                    break
                continue
            if e > i + 1 and (e >= n - 1 or toks[e].text in (".", ",", ";") or colon):
                so_content = ctx.unquote(strip_span(ctx.text, Span(sent.span.start, toks[i - 1].span.start)))
                parts = [so_content]
                # "…, denn, so X: …": a conjunction before the "so" ties it to what the colon opens; the clause
                # before is the author's (+after_conjunction), and the medium it names X spoke in carries on
                joined = colon and i >= 3 and lows[i - 2] in lx.clause_joiners and toks[i - 1].text == ","
                if colon:
                    # ", so X am Dienstag: …": the speaker goes on after the colon, a claim of its own (`+colon_after`)
                    after = ctx.unquote(strip_span(ctx.text, Span(toks[e + 1].span.start, sent.span.end)))
                    if len(after) > 8 and len(so_content) > 8:
                        am = "direct" if ctx.is_quote(after) else "indirect"
                        # (after a conjunction: what the phrases after the speaker point at is a link only if it can speak,
                        # "unter Verweis auf die Baukosten" names none)
                        said_via = [v for v in so_via if can_be_source(ctx, v[0], lx)] if joined else list(so_via)
                        if joined and not said_via:
                            said_via = [v for v in vias(ctx, toks[: i - 2], lx) if not v[1]]
                        ctx.cands.append(Cand(am, [after], Span(toks[i].span.start, toks[i].span.end),
                                              Span(toks[i + 1].span.start, toks[src_end - 1].span.end), f"attr.{am}.de.so+colon_after"
                                              + ("+lead_adjuncts" if adjuncts else "") + ("+after_conjunction" if joined else ""), si,
                                              via=said_via))
                        if joined:
                            return True
                tag_after: tuple[int, str] | None = None
                speaker_relative = False
                if e < n - 2 and toks[e].text == "," and not colon:
                    rest = strip_span(ctx.text, Span(toks[e + 1].span.start, sent.span.end))
                    tag_after = _colon_then_tag(ctx, toks, e + 1, lx)
                    if tag_after is not None:
                        # rule +colon_cut: "Bisher, so X, sei alles ruhig gewesen: Das ist vorbei, sagte Y.": the claim
                        # ends at the colon; what it opens has a tag of its own (session 34)
                        c_at = next(t for t in toks[e + 1 : tag_after[0]] if t.text == ":" and not ctx.inside_any_quote(t.span.start))
                        rest = strip_span(ctx.text, Span(toks[e + 1].span.start, c_at.span.start))
                    second = _second_so_tag(ctx, toks, e + 2, lx) if tag_after is None else None
                    if second is not None and len(so_content) > 8:
                        # rule +second_tag: "A sei so, so X, doch B wäre anders, so der Direktor.": what follows the
                        # first tag closes with a tag of its own, a claim of its own, not the first one going on
                        j, j_end = second
                        said2 = ctx.unquote(strip_span(ctx.text, Span(toks[e + 1].span.start, toks[j - 1].span.start)))
                        if len(said2) > 8:
                            m2 = "direct" if ctx.is_quote(said2) else "indirect"
                            ctx.cands.append(Cand(m2, [said2], toks[j].span, Span(toks[j + 1].span.start, toks[j_end - 1].span.end),
                                                  f"attr.{m2}.de.so+second_tag", si))
                            rest = Span(rest.start, rest.start)
                    if len(rest) > 3 and tag_after is None and second is None and _speaker_relative(ctx, toks, e + 1, lx):
                        rest, speaker_relative = Span(rest.start, rest.start), True  # (rule +speaker_relative, below)
                    if len(rest) > 3:
                        parts.append(rest)  # "Der Präsident sei, so X, ein Lügner": the claim goes on after the source
                # (a short opening with the claim going on after the source: "Bisher, so X, habe …", rule +inside)
                short = len(so_content) <= 8 and len(parts) == 2 and len(parts[1]) > 8 and any(ch.isalpha() for ch in ctx.text[so_content.start : so_content.end]) \
                    and not (lows[i + 1] in lx.determiners and classify_mention(ctx.text[toks[i + 1].span.start : toks[src_end - 1].span.end], lx)[1] == "unnamed")
                # (not "Nein, so ein Unsinn, das …": "so" and a noun phrase of no one who can speak, "such a")
                if len(so_content) > 8 or short:
                    m = "direct" if ctx.is_quote(so_content) else "indirect"
                    ctx.cands.append(Cand(m, parts, Span(toks[i].span.start, toks[i].span.end),
                                           Span(toks[i + 1].span.start, toks[src_end - 1].span.end),
                                           f"attr.{m}.de.so" + ("+inside" if short else "") + ("+colon_cut" if tag_after else "")
                                           + ("+speaker_relative" if speaker_relative else ""), si, via=so_via))
                    if tag_after is not None:
                        from .verbs import try_cue

                        try_cue(ctx, si, sent, tag_after[0], tag_after[1], lx)  # the tag after the colon: its own claim
                    found_cue = True
                    break
    return found_cue


def _second_so_tag(ctx: Context, toks: list[Token], start: int, lx: Lang) -> tuple[int, int] | None:
    """A closing ", so X" tag at or after toks[start] (outside quotations) whose noun phrase names someone
    and ends the sentence (past times and places): the index of its "so" and the end of its noun phrase,
    else None."""
    lows = lowered(toks)
    n = len(toks)
    for j in range(max(start, 2), n - 2):
        if lows[j] != "so" or toks[j - 1].text != "," or ctx.inside_quote(toks[j].span.start) \
                or not (toks[j + 1].text[:1].isupper() or lows[j + 1] in lx.determiners):
            continue
        e = np_forward(ctx, toks, j + 1, lx)
        if e <= j + 1 or _mental_head(toks, j + 1, e, lx) \
                or classify_mention(ctx.text[toks[j + 1].span.start : toks[e - 1].span.end], lx)[1] == "unnamed":
            continue
        k = skip_adverbials(ctx, toks, e, lx)
        while k < n - 1 and lows[k] in PREPOSITIONS_DE and np_forward(ctx, toks, k + 1, lx) > k + 1:
            k = skip_adverbials(ctx, toks, np_forward(ctx, toks, k + 1, lx), lx)  # "… mit einem Seitenhieb auf das Abkommen."
        if k >= n - 1 or toks[k].text in (".", ";", "!"):
            return j, e
    return None


def _speaker_relative(ctx: Context, toks: list[Token], start: int, lx: Lang) -> bool:
    """Rule `+speaker_relative`: what follows ", so X," is a relative clause about X, not the claim going
    on ("…, so der frühere Stadtrat, der seit Mai in Pension ist."): it opens with a relative pronoun
    (`relative_subjects`) that no noun or adjective follows (that would be an article: "…, so X, der
    Verkehr."), it holds no comma, and it closes the sentence with its finite verb."""
    n = len(toks)
    if start + 2 >= n or toks[start].text.lower() not in lx.relative_subjects:
        return False
    if ctx.pos_at(toks[start + 1].span) in ("NOUN", "PROPN", "ADJ") or toks[start + 1].text[:1].isupper():
        return False
    end = n - 1 if toks[-1].text in (".", "!", "?") else n
    if end - start < 3 or any(t.text in (",", ";", ":") or t.text in QUOTE_CHARS for t in toks[start:end]):
        return False
    return ctx.pos_at(toks[end - 1].span) in ("VERB", "AUX")


def _colon_then_tag(ctx: Context, toks: list[Token], start: int, lx: Lang) -> tuple[int, str] | None:
    """A colon outside quotations at or after toks[start], then a postposed cue of speech after a comma
    (", sagte X"): the cue's index and class, else None."""
    colon = next((k for k in range(start, len(toks)) if toks[k].text == ":" and not ctx.inside_any_quote(toks[k].span.start)), None)
    if colon is None:
        return None
    for k in range(colon + 3, len(toks) - 1):
        if toks[k - 1].text == "," and not ctx.inside_any_quote(toks[k].span.start) \
                and (cls := cue_at(ctx, toks, k, lx)) is not None and cls not in NOT_SPEECH:
            return k, cls
    return None


def _mental_head(toks: list[Token], lo: int, hi: int, lx: Lang) -> bool:
    """The noun phrase toks[lo:hi] after the "so" of a source frame is headed by a noun of a state of mind or an
    intention (`so_frame_mental_nouns` of according.json: "die Hoffnung der Anwohner", "der Plan"): its first
    capitalised word past the determiners and adjectives. No speech act, so no source (session 29)."""
    nouns = _so_mental_nouns(lx.code)
    head = next((t.text for t in toks[lo:hi] if t.text[:1].isupper() and t.text.lower() not in lx.determiners), None)
    return head is not None and head.lower() in nouns


@functools.cache
def _so_mental_nouns(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "according").get("so_frame_mental_nouns", []))


def _after_parenthesis(toks: list[Token], e: int) -> int:
    """Past a short parenthesis at toks[e] that closes the sentence (a file number, a party, a
    date: "(4 Ca 77/21)"), else e."""
    n = len(toks)
    if e >= n or toks[e].text != "(":
        return e
    close = next((k for k in range(e + 1, min(n, e + 10)) if toks[k].text in (")", "(")), None)
    if close is None or toks[close].text != ")" or (close + 1 < n - 1 and toks[close + 1].text not in (".", ";")):
        return e
    return close + 1


def cited_passive(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"…, wird der Direktor zitiert.", "…, wurde die Ministerin im Radio zitiert.": a closing
    passive of "zitieren" names the one quoted, who said what stands before the comma (German)."""
    if lx.code != "de":
        return False
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    k = n - 2 if n > 4 and toks[-1].text == "." else n - 1
    if k < 4 or not lows[k].endswith("t") or not any(f.lemma == "zitieren" for f in lx.forms.get(lows[k], [])):
        return False
    c = next((m for m in range(k - 2, 1, -1) if toks[m].text == ","), None)
    if c is None or lows[c + 1] not in lx.process_passive_auxiliaries or ctx.inside_any_quote(toks[c].span.start):
        return False
    e = np_forward(ctx, toks, c + 2, lx)
    if e <= c + 2 or e > k:
        return False
    m = skip_adverbials(ctx, toks, e, lx)
    while m < k and lows[m] in PREPOSITIONS_DE and np_forward(ctx, toks, m + 1, lx) > m + 1:
        m = skip_adverbials(ctx, toks, np_forward(ctx, toks, m + 1, lx), lx)  # "… im Radio zitiert"
    if m != k:
        return False
    content = ctx.unquote(strip_span(ctx.text, Span(sent.span.start, toks[c - 1].span.end)))
    if len(content) < 12:
        return False
    mode = "direct" if ctx.is_quote(content) else "indirect"
    src = Span(toks[c + 2].span.start, toks[e - 1].span.end)
    ctx.cands.append(Cand(mode, [content], toks[k].span, src, f"attr.{mode}.de.cited_passive", si,
                          via=vias(ctx, toks, lx, exclude=src)))
    return True


def anaphoric_result(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"Das ist das Ergebnis einer Recherche von X": the sentence before stands on X (German)."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    if n > 4 and lows[0] in lx.anaphors and lx.code == "de":
        for i in range(1, min(n - 2, 6)):
            if (toks[i].text in lx.document_heads and (lows[i + 1] in lx.owner_prepositions or lows[i + 1] in lx.genitive_articles)) or (
                lows[i] == "ergebnis" and i + 1 < n and lows[i + 1] in ("einer", "eines", "der", "des")
            ):
                j = i + 1
                e = np_forward(ctx, toks, j + (1 if lows[j] in lx.owner_prepositions else 0), lx, apposition=False)
                prev = ctx.prev_sentence(si)
                if e > j and prev is not None:
                    src = Span(toks[i].span.start if lows[i] != "ergebnis" else toks[j].span.start, toks[e - 1].span.end)
                    # "…, das dem «Spiegel» vorliegt": the medium that holds the document is a downstream link
                    held = [v for v in vias(ctx, toks, lx, exclude=src, after=e) if not v[1]]
                    ctx.cands.append(Cand("according_to", [strip_span(ctx.text, prev.span)], Span(toks[i].span.start, toks[i].span.end),
                                           src, f"attr.according.{lx.code}.anaphoric_result", si, via=held))
                    stands_on(ctx, si, prev, src, lx)
                    return True
    return False


#: "beruft", "stützte": the verbs of "sich berufen auf" and its kin (resources/de/cues.json)
_RELY = frozenset(load("de", "cues").get("rely_verbs", []))
#: "verwies", "verweist": the verbs of "verweisen auf", pointing at what another says (resources/de/cues.json)
_POINT = frozenset(load("de", "cues").get("point_verbs", []))
#: "eines", "einer": indefinite articles that open a genitive owner after a noun (resources/de/cues.json)
_INDEFINITE_GENITIVES = frozenset(load("de", "cues").get("indefinite_genitives", []))
#: "wonach", "derzufolge", "denen zufolge": a relative clause that tells what its antecedent says (resources/de/cues.json)
_ACCORDING_RELATIVES = tuple(tuple(p.split()) for p in load("de", "cues").get("according_relatives", []))


def _according_relative(lows: list[str], k: int) -> int:
    """The number of words of an `according_relatives` connective at lows[k] (0: none)."""
    return next((len(p) for p in _ACCORDING_RELATIVES if tuple(lows[k : k + len(p)]) == p), 0)


def relies_on(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"Die Zeitung beruft sich auf Regierungskreise, wonach …": those relied on are the source,
    the one relying on them is a downstream link. A relative clause that says what its
    antecedent says ("…, derzufolge …", "…, der zufolge …", `according_relatives`) is read as
    "wonach" (+according_relative)."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    for i in range(1, n - 4):
        if lows[i] not in _RELY or lows[i + 1] != "sich" or lows[i + 2] != "auf":
            continue
        subj = subject_before(ctx, toks, i, lx)
        e = np_forward(ctx, toks, i + 3, lx)
        if subj is not None and i + 3 < e < n and toks[-1].text == "." and not any(t.text in (",", ":", ";") or t.text.lower() in lx.complementizers for t in toks[e:]):
            # the sentence only names whom the source relies on: a link of its claims told before
            relay = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
            return relay_back(ctx, si, relay, Span(toks[i + 3].span.start, toks[e - 1].span.end), lx)
        if subj is None or e <= i + 3 or e >= n - 2 or toks[e].text != ",":
            return False
        k = e + 1
        rule = "attr.indirect.de.relies_on"
        if lows[k] == "wonach":
            k += 1
        elif lows[k : k + 2] == ["denen", "zufolge"]:
            k += 2
        elif w := _according_relative(lows, k):
            k += w
            rule += "+according_relative"
        elif lows[k] not in lx.complementizers:
            return False
        content = content_after(ctx, toks, k, sent)
        if content is None:
            return False
        relay = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
        ctx.cands.append(Cand("indirect", [content], Span(toks[i].span.start, toks[i + 2].span.end),
                              Span(toks[i + 3].span.start, toks[e - 1].span.end), rule, si, via=[(relay, False)]))
        return True
    return False


def points_to(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"Der Sprecher verwies auf eine Studie der Kammer, derzufolge …", "Sie verweist auf Berichte, wonach …":
    one who points at a survey, a report or a person and goes on with a relative clause telling
    what that one says (`according_relatives`) relays it: what is pointed at is the source, the
    one pointing a downstream link (attr.according.de.points_to). Without such a clause
    ("verwies auf die Kosten", "verwies darauf, dass …") the verb is the speaker's own cue."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    for i in range(1, n - 4):
        if lows[i] not in _POINT or lows[i + 1] != "auf" or ctx.inside_quote(toks[i].span.start):
            continue
        e = np_forward(ctx, toks, i + 2, lx)
        while i + 2 < e < n - 1 and lows[e] in _INDEFINITE_GENITIVES:
            e = max(e + 1, np_forward(ctx, toks, e, lx))  # "eine Studie eines Instituts": the owner after the head
        if e <= i + 2 or e >= n - 2 or toks[e].text != ",":
            continue
        w = _according_relative(lows, e + 1)
        if not w:
            continue
        subj = subject_before(ctx, toks, i, lx)
        content = content_after(ctx, toks, e + 1 + w, sent)
        if subj is None or content is None:
            continue
        relay = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
        ctx.cands.append(Cand("according_to", [content], Span(toks[e + 1].span.start, toks[e + w].span.end),
                              Span(toks[i + 2].span.start, toks[e - 1].span.end), "attr.according.de.points_to", si,
                              via=[(relay, False)]))
        return True
    return False


def reported_clause_end(ctx: Context, toks: list[Token], i: int, k: int, content: Span, lx: Lang) -> Span:
    """What was said ends where the reporting sentence goes on with a verb of its own: a
    coordinated predicate of the speaker ("Diese bestätigte, dass …, und gab an, …") or, when the
    cue stands in a fronted subordinate clause, the main clause's finite verb right after the
    comma ("Nachdem X mitgeteilt hatte, dass …, hatte dieser versucht, …"). A verb in the
    Konjunktiv goes on with the reported speech ("…, sei müde und wolle …")."""
    s0 = skip_conjunction(toks)
    fronted = (toks[s0].text.lower() in SUBORDINATORS and s0 < i) or _in_subordinate(toks, i)
    for m in range(k + 1, len(toks) - 2):
        if toks[m].span.start >= content.end:
            break
        if ctx.inside_any_quote(toks[m].span.start):
            continue
        if toks[m].text == ";" and not _konjunktiv_in(toks, m + 1, lx):
            # "…, der Umbau werde dauern; angesichts der Proteste klingt das kaum glaubhaft": a clause
            # after a semicolon without a Konjunktiv is the author's
            return strip_span(ctx.text, Span(content.start, toks[m].span.start))
        if toks[m].text == "und" and toks[m - 1].text != "," and _own_predicate(ctx, toks[m + 1], lx):
            # "…, das Land sei bereit und verwies auf …": a second predicate of the speaker
            return strip_span(ctx.text, Span(content.start, toks[m].span.start))
        if toks[m].text != ",":
            continue
        if _authors_comment(ctx, toks, k, m, lx):
            return strip_span(ctx.text, Span(content.start, toks[m].span.start))
        joined = toks[m + 1].text == "und"
        if not (joined or fronted):
            continue
        w = toks[m + 2] if joined else toks[m + 1]
        if not w.text[:1].islower() or lx.konjunktiv(w.text):
            continue
        if ctx.finite_indicative(w.span) or (w.text in AUX and not joined):
            return strip_span(ctx.text, Span(content.start, toks[m].span.start))
    return content


_CORRELATE = re.compile(r"dar?(?:über|von|für|auf|an|mit|zu|nach|um|in|aus|bei|gegen|unter|vor)")


def _authors_comment(ctx: Context, toks: list[Token], k: int, m: int, lx: Lang) -> bool:
    """After reported speech marked by a Konjunktiv (toks[k:m]; for "was" also an infinitive with "zu"), the comma at m opens a clause of
    circumstance or a comment on the whole clause ("…, was nicht bestätigt werden konnte" after an
    infinitive, "…, während die anderen schon arbeiteten"; `never_reported`, `continuative_relatives`
    and "was")
    in the indicative: the author's, not what was said. Not an infinitive clause ("…, um … zu")."""
    w = toks[m + 1].text.lower()
    if w not in lx.never_reported and w not in lx.continuative_relatives and w != "was":
        return False
    particles, fused = _infinitive_particles(lx.code)
    infinitive = (m - 2 >= k and toks[m - 2].text.lower() in particles) or (
        fused is not None and bool(fused.fullmatch(toks[m - 1].text)))  # "…, Gelder zu erhalten, was …", "…, Gelder anzunehmen, was …"
    if w in ("um", "ohne", "statt", "anstatt", "sondern") or not ((infinitive and w == "was") or any(lx.konjunktiv(t.text) for t in toks[k:m])):
        return False  # (an infinitive clause; "nicht nur …, sondern auch …" goes on)
    if w == "was" and (not infinitive or any(_CORRELATE.fullmatch(t.text.lower()) for t in toks[k:m])):
        # "was" comments on an infinitive clause before it; after a Konjunktiv it may be the object of
        # a verb there ("…, machen könnten, was sie wollten"), after a pronominal adverb the clause
        # it points to ("…, darüber zu streiten, was …")
        return False
    clause = []
    for t in toks[m + 1 :]:
        if t.text in (",", ";", ":", ".", "!", "?"):
            break
        clause.append(t)
    return len(clause) >= 3 and not any(lx.konjunktiv(t.text) for t in clause) and not any(
        ctx.inside_any_quote(t.span.start) for t in clause)


def _konjunktiv_in(toks: list[Token], a: int, lx: Lang) -> bool:
    """A Konjunktiv form among toks[a:] up to the next semicolon."""
    for t in toks[a:]:
        if t.text == ";":
            return False
        if lx.konjunktiv(t.text):
            return True
    return False


def _own_predicate(ctx: Context, w: Token, lx: Lang) -> bool:
    """w, right after "und", is a finite verb in the indicative, in lower case (no noun): the
    subject before goes on with a predicate of its own."""
    low = w.text.lower()
    if not w.text[:1].islower() or lx.konjunktiv(w.text):
        return False
    # the parse may read a preterite it has not seen as an adjective ("verwies"): a form of the cue
    # lexicon that is no participle and no infinitive (nor plural, in "-en") counts as well
    return ctx.finite_indicative(w.span) or (
        ctx.pos_at(w.span) not in ("NOUN", "PROPN", "ADP", "DET") and not low.endswith("en")
        and any(not f.participle for f in lx.forms.get(low, [])))


def _in_subordinate(toks: list[Token], i: int) -> bool:
    """The cue at i stands in a clause opened after a comma by a relative pronoun (also after a
    preposition) or a subordinator: "Die Polizei, die mitteilte, …, sucht Zeugen"."""
    c = next((k for k in range(i - 1, -1, -1) if toks[k].text == ","), None)
    if c is None or c + 1 >= i:
        return False
    w = toks[c + 1].text.lower()
    return w in REL_PRONOUNS or w in SUBORDINATORS or (w in PREPOSITIONS_DE and c + 2 < i and toks[c + 2].text.lower() in REL_PRONOUNS)


def main_verb_first(ctx: Context, toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k], right after a comma, is a finite verb in the indicative: the main clause goes on
    after a subordinate clause that holds the cue, and what follows is no claim."""
    w = toks[k]
    if w.text.lower() in lx.complementizers:
        return False  # "wies Berichte zurück, wonach …" (the parse may read "wonach" as a verb)
    if k + 1 < len(toks) and (toks[k + 1].text in lx.konj1 or toks[k + 1].text.lower() in lx.konj2):
        return False  # "sagte, erfahrungsgemäß könne …": a Konjunktiv right after it is the verb, it an adverb the parse misread
    return w.text[:1].islower() and w.text not in lx.konj1 and w.text.lower() not in lx.konj2 and (
        ctx.finite_indicative(w.span) or (w.text in AUX and ctx.pos_at(w.span) in (None, "AUX", "VERB")))


def passive_report(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """What became known or was spoken of, with no one named who said it (`passive_reports`):
    "Außerdem wurde bekannt, dass …", "Zunächst war die Rede davon, dass …" — the dass-clause is
    the claim —, and a wie-clause with no subject before the claim: "Wie bekannt wurde, …", "Wie
    am Montag mitgeteilt wurde, …" (a speech verb's participle and a passive auxiliary). The claim
    has no source."""
    if lx.code != "de":
        return False
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    s0 = skip_conjunction(lows, min_len=2)
    if lows[s0] in lx.wie:
        k = next((k for k in range(s0 + 1, n) if toks[k].text in (",", ":", ";", ".")), n)
        v = _passive_tail(ctx, toks, s0 + 1, k, lx) if k < n - 2 and toks[k].text == "," else None
        if v is None:
            return False
        content = content_after(ctx, toks, k + 1, sent)
        cue = Span(toks[v].span.start, toks[k - 1].span.end)
    else:
        # (each word against the phrases it can open: `phrases_by_first`, the same first hit)
        opening = phrases_by_first(lx.passive_reports)
        hit = next(((i, len(p)) for i in range(n) for p, _low in opening.get(lows[i], ()) if lows[i : i + len(p)] == p), None)
        if hit is None:
            return False
        i, L = hit
        k = i + L
        if k < n and lows[k] in ("davon", "darüber"):
            k += 1
        if not (k + 1 < n and toks[k].text == "," and lows[k + 1] in lx.complementizers):
            return False
        content = content_after(ctx, toks, k + 1, sent)
        cue = Span(toks[i].span.start, toks[i + L - 1].span.end)
    if content is None or ctx.inside_quote(cue.start):
        return False
    ctx.cands.append(Cand("indirect", [ctx.unquote(content)], cue, None, "attr.indirect.de.passive_report", si))
    return True


def _passive_tail(ctx: Context, toks: list[Token], a: int, k: int, lx: Lang) -> int | None:
    """Where the verbs of toks[a:k] (a wie-clause) begin when it names no one — lower-case words
    and times only — and ends in a report that became known ("bekannt wurde") or a speech verb's
    participle and a passive auxiliary ("mitgeteilt wurde", "berichtet worden ist")."""
    if k - a < 2 or any(t.text[:1].isupper() and not ctx.in_timex(t.span) for t in toks[a:k]):
        return None
    lows = [t.text.lower() for t in toks[a:k]]
    known = next((p for p in lx.passive_reports if len(p) <= len(lows) and lows[-len(p):] == p), None)
    if known is not None:
        return k - len(known)
    m = len(lows) - 1
    while m > 0 and lows[m] in lx.passive_auxiliaries:
        m -= 1
    participle = any((f.participle or (f.particle is not None and lows[m].startswith(f.particle + "ge")))
                     and f.cls not in NOT_SPEECH for f in lx.forms.get(lows[m], []))
    return a + m if m < len(lows) - 1 and participle else None


def passive_speech(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """A speech act in the passive with its agent ("Von der Opposition wurde die Wahl als Farce
    kritisiert", "Ihm wird von den Behörden Betrug vorgeworfen"): the whole sentence is what the
    one named after "von" said — a report, like the active "Die Opposition kritisierte die Wahl"
    (`verbs.reported`); with no agent no one is named and nothing is reported."""
    if lx.code != "de" or ctx.inside_any_quote(sent.span.start + 1):
        return False
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    # the main clause: up to its first comma or a conjunction ("… unterstützt worden und hatte … kritisiert")
    end = next((k for k in range(n) if toks[k].text in (",", ";", ":", "–") or lows[k] in lx.coordination), n)
    aux = next((k for k in range(end) if lows[k] in lx.process_passive_auxiliaries), None)
    if aux is None:
        return False
    # the participle after the finite auxiliary ("wurde … begrüßt", "wird … vorgeworfen")
    verb = next((k for k in range(aux + 1, end) if toks[k].text.islower() and _speech_participle(lows[k], lx)), None)
    if verb is None or any(lows[k] in lx.negations for k in range(end)):
        return False
    # the agent opens the sentence ("Von der Stadt wurde …") or follows the auxiliary ("Das Massaker
    # von X wurde vom Gericht … erklärt": not the "von" inside the subject)
    s0 = skip_conjunction(lows)
    agent = s0 if lows[s0] in lx.passive_agents else next((k for k in range(aux + 1, verb) if lows[k] in lx.passive_agents), None)
    if agent is None:
        return False
    b = agent + 1
    e = min(np_forward(ctx, toks, b, lx, apposition=False), verb)
    e = noun_before_object(ctx, toks, b, e, lx)  # "von den Behörden Spionage"
    if e < verb and toks[e].text in QUOTE_CHARS:
        q = ctx.quote_opening_at(toks[e].span.start, lambda q: q.closed)
        if q is not None and q.outer.end <= toks[verb].span.start and ctx.name_like(q.inner):
            e = next(k for k in range(e + 1, n) if toks[k].span.start >= q.outer.end)  # "von der Bewegung «Occupy Central»"
    if e <= b:
        return False
    src = Span(toks[b].span.start, toks[e - 1].span.end)
    if ctx.in_timex(src) or not any(t.text[:1].isupper() for t in toks[b:e]):
        return False  # "von 2010 bis 2012": no one
    content = strip_span(ctx.text, sent.span)
    # as in the active (`verbs.reported`): in the seed's style only a name given is a claim
    named = any(f.lemma in lx.naming_verbs for f in lx.forms.get(lows[verb], []))
    ctx.cands.append(Cand("indirect", [content], toks[verb].span, src, "attr.indirect.de.reported_passive", si,
                          via=vias(ctx, toks, lx, exclude=src), anchor_only=not (ctx.denews or named)))
    return True


def _speech_participle(word: str, lx: Lang) -> bool:
    """`word`, after a passive auxiliary, is the participle of a verb of speech, denial or
    confirmation ("kritisiert", "begrüßt", "vorgeworfen"), not of a belief or a request, nor of
    one that names no speech act in a report of its own (`reported_exclude`)."""
    return word.endswith(("t", "en")) and any(f.cls in ("speech", "deny", "confirm", "writing") and f.lemma not in lx.reported_exclude
                                              and (f.particle is None or word.startswith(f.particle))  # not "gemacht" of "deutlich machen"
                                              for f in lx.forms.get(word, []))


def de_speaker_extent(ctx: Context, c: Cand, lx: Lang) -> Span | None:
    """The speaker's mention as written with the apposition that describes or names it (German):
    "Roswitha M., die Justizministerin des Landes, kündigte an …", "Die Chefjuristin der
    Regierung, Anabella Morfin, verwies darauf …", "…, sagte Ann Lee, die Leiterin der Fachstelle."
    `Cand.source` stays the mention the source is resolved from. None when no apposition stands
    between the mention and the cue (or, after the cue, between the mention and the sentence's
    end), or when what stands there is a clause (a relative clause, a verb) or a quotation."""
    src, cue = c.source, c.cue
    if src is None or cue is None or c.mode in ("according_to", "continuation") or c.inherit or not 0 <= c.sent < len(ctx.doc.sentences):
        return None
    toks = ctx.doc.sentences[c.sent].tokens
    e = next((k for k, t in enumerate(toks) if t.span.start >= src.end), None)
    if e is None or toks[e].text != ",":
        return None
    close = next((k for k in range(e + 1, len(toks)) if toks[k].text in (",", ".", ";", ":", "!", "?")), None)
    if close is None or close - e < 2 or close - e > 13:
        return None
    if src.end <= cue.start:
        if toks[close].text != "," or close + 1 >= len(toks) or toks[close + 1].span.start != cue.start:
            return None  # the apposition stands right before the cue: "X, die Ministerin, sagte"
    elif src.start < cue.end or close != len(toks) - 1 or any(c.overlaps(Span(src.start, toks[close].span.end)) for c in c.content):
        return None  # after the cue only an apposition that closes the sentence
    inner = toks[e + 1 : close]
    first = inner[0].text.lower()
    if not (first in lx.determiners or inner[0].text[:1].isupper()) or (first in REL_PRONOUNS and len(inner) > 1 and inner[1].text[:1].islower()
                                                                          and not is_adjective_like(inner[1].text)):
        return None  # ", der am Montag sprach": a relative clause
    if any(t.text.lower() in AUX or t.text.lower() in lx.forms or t.text in lx.konj1 or t.text in QUOTE_CHARS
           or t.text.lower() in SUBORDINATORS for t in inner):
        return None
    return Span(src.start, inner[-1].span.end)


def noun_before_object(ctx: Context, toks: list[Token], b: int, e: int, lx: Lang, names: bool = True) -> int:
    """The end of the noun phrase toks[b:e] that opens with an article when a capitalized word
    follows its noun that is no genitive ("der Führung Hongkongs") and, with `names`, no part of a
    name the tagger found: an object after the subject ("von den Behörden Spionage", "weil die
    Regierung Georgien … bezeichnet hat" with `names` off, where the verb comes last)."""
    if b >= len(toks) or toks[b].text.lower() not in lx.determiners:
        return e
    head = next((k for k in range(b + 1, e) if toks[k].text[:1].isupper()), e)
    if head + 1 < e and not toks[head + 1].text.endswith("s") \
            and not (names and bool(entities_overlapping(ctx.doc, toks[head + 1].span))):
        return head + 1
    return e


# a turn of an interview printed as running text: "… Was halten Sie davon? Berger: Grundsätzlich …" —
# a label of one to three capitalised words and a colon at the start of a sentence, not before a
# quotation (a headline's "Merkel: «…»" is the quoted rules')
# the number of a list item before a label: "5. Keine Rückwirkung: …" (rule attr.direct.de.interview_turn)
_LIST_NUMBER = re.compile(r"(?:^|\s)\d{1,2}\.\s+$")
_TURN = re.compile(r"(?:^|(?<=[.?!…\"“”«»]\s))([A-ZÄÖÜ][\w'’.-]*(?: [A-ZÄÖÜ][\w'’.-]*){0,2}):[ \t]+(?=[^\s\"„“«»‚‘'])", re.M)


def interview_turns(ctx: Context) -> None:
    """"STANDARD: Was halten Sie davon? Berger: Grundsätzlich stimme ich zu. … STANDARD: Wieso?"
    (German): an interview printed as running text, each turn opened by its speaker's label. A label
    that is the last word of a person the article names in full ("Lena Berger") opens that
    person's own words (rule attr.direct.de.interview_turn, the label the source). When the article
    alternates two labels, each at least twice (a person's and the interviewer's: "STANDARD"), a
    turn runs to the next label; a lone label ("… immer wichtiger. Stiftner: Das hat …") to the end
    of its sentence. The interviewer's questions are no one's claim here; a turn that another rule
    found with a cue of its own is left to it."""
    text = ctx.text
    turns: list[tuple[re.Match[str], int, int]] = []
    segs = ctx.doc.segments
    for g, seg in enumerate(segs):
        if seg.kind not in CLAIM_SEGMENTS:
            continue
        run_end = seg.span.end  # (an interview's answer runs on past a sub-heading: the claim segments after it)
        for nxt in segs[g + 1 :]:
            if nxt.kind != "body" or seg.kind != "body" or text[run_end : nxt.span.start].strip():
                break
            run_end = nxt.span.end
        for m in _TURN.finditer(text, seg.span.start, seg.span.end):
            si = ctx.sentence_index(Span(m.start(1), m.end(1)))
            if si is not None and sentence_language(ctx.doc.sentences[si], pick(seg.language, ctx.doc.language)) == "de" \
                    and not ctx.inside_any_quote(m.start(1)) and not _LIST_NUMBER.search(text, max(0, m.start(1) - 6), m.start(1)):
                # (a label in a heading, "Weber: Tarif bleibt", is a headline's topic: it opens no turn
                # and counts as no label; nor a list item's heading, "5. Keine Rückwirkung: …")
                if si not in ctx.headings:
                    turns.append((m, seg.span.end, run_end))
    if not turns:
        return
    counts = Counter(m.group(1) for m, _, _ in turns)
    # a person: the text names them in full somewhere ("Lena Berger"), and the tagger never reads the
    # name as a place's or a body's ("Nordkorea: …" after "Kim Jong Un Nordkorea" is a heading's topic)
    kinds: dict[str, set[str]] = {}
    for ent in ctx.doc.entities:
        kinds.setdefault(text[ent.span.start : ent.span.end].split()[-1], set()).add(ent.label)
    person = {label for label in counts if (full := full_name(ctx.doc, label.split()[-1])) is not None
              and kinds.get(label.split()[-1], set()) <= {"PER"}
              and (sum(k for other, k in counts.items() if other.split()[-1] == label.split()[-1]) >= 2
                   or text.count(full) > sum(1 for m, _, _ in turns if m.group(1) == full))}
    # (a label named once, its full name nowhere but in itself, is a heading's or a box's: "Unsere Frage:", "Mehr lesen:")
    interview = any(counts[p] >= 2 for p in person) and sum(1 for label, k in counts.items() if k >= 2) >= 2
    added = False
    for k, (m, seg_end, run_end) in enumerate(turns):
        if m.group(1) not in person:
            continue
        if interview:
            seg_end = run_end  # (an interview's answer goes on past a sub-heading)
            end = next((t.start(1) for t, _, _ in turns[k + 1 :] if counts[t.group(1)] >= 2 or t.group(1) in person), seg_end)
        else:
            si = ctx.sentence_index(Span(m.end(), m.end() + 1))
            end = ctx.doc.sentences[si].span.end if si is not None else seg_end
            line_end = text.find("\n", m.end(), end)
            end = line_end if line_end >= 0 else end  # a lone label's words never run past its line
        start = m.end()
        for line in text[start : min(end, seg_end)].split("\n"):  # an answer of several paragraphs: one claim each
            label = _TURN.match(line.lstrip())
            if start > m.end() and label is not None and label.group(1) in counts:
                break  # the next turn, though a short one reads as a heading ("Anna Roth: Was hilft?")
            content = strip_span(text, Span(start, start + len(line)))
            start += len(line) + 1
            si = ctx.sentence_index(Span(content.start, content.start + 1))
            if si is None or len(content) < 3 or si in ctx.headings or any(x.overlaps(content) and c.cue is not None and len(x) > 0.5 * len(content)
                                                      for c in ctx.cands for x in c.content):
                continue
            ctx.cands.append(Cand("direct", [content], None, Span(m.start(1), m.end(1)), "attr.direct.de.interview_turn", si))
            added = True
    if added:
        ctx.cands.sort(key=lambda c: c.content[0].start)


@functools.cache
def _adverbial_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load("de", "cues").get("adverbial_clause", {})
    return (frozenset(w.lower() for w in data.get("subordinators", [])), frozenset(w.lower() for w in data.get("focus_particles", [])),
            frozenset(w.lower() for w in data.get("conditional_verbs_first", [])))


def adverbial_opener(ctx: Context, toks: list[Token], k: int, lx: Lang) -> int | None:
    """The index of the subordinator that opens an adverbial clause at toks[k] ("wenn", "weil",
    "obwohl"; after a focus particle: "auch wenn", "selbst wenn"; `adverbial_clause` of
    resources/de/cues.json), else None. The clause puts its finite verb last: a finite verb
    before the verbs that close it makes "da", "als", "während" an adverb or a preposition of a
    main clause ("Da zeigt sich …", "Während der Sitzung habe …"); a Konjunktiv in it makes it
    reported speech ("…, weil die Gespräche beendet seien"), which it is not here."""
    subs, focus, _ = _adverbial_words()
    n = len(toks)
    if k < n and toks[k].text.lower() in focus and k + 1 < n:
        k += 1
    if k >= n or toks[k].text.lower() not in subs:
        return None
    end = next((m for m in range(k + 1, n) if toks[m].text in (",", ";", ":", ".", "!", "?", "–")), n)
    m = end - 1
    while m > k and toks[m].text[:1].islower() and (toks[m].text in AUX or ctx.pos_at(toks[m].span) in ("VERB", "AUX")
                                                   or lx.konjunktiv(toks[m].text)):
        m -= 1  # the verbs that close the clause: "verlegt worden sein"
    if m == end - 1 or m <= k:
        return None  # no verb closes it: no clause ("Seit Jahresbeginn …", "als Folge der Krise")
    if any(lx.konjunktiv(t.text) for t in toks[k + 1 : end]):
        return None
    if any(t.text[:1].islower() and (t.text in AUX or ctx.finite_indicative(t.span)) for t in toks[k + 1 : m + 1]):
        return None  # a finite verb in second place: a main clause
    return k


def adverbial_only(ctx: Context, toks: list[Token], a: int, cut: int, cue: int, lx: Lang) -> bool:
    """toks[a:cut], what stands before a postposed cue's comma ("Auch wenn die Werte steigen, sagt
    X …"), is one adverbial clause and no main clause: a subordinator opens it, and no comma inside
    it opens a clause of another kind than a relative or subordinate one nested in it ("Wenn …,
    dann gilt …, sagte X" has a main clause after the comma and is a report); with a nested clause
    the parse decides: the clause's verb is an adverbial clause (`advcl`) of the cue. Such a clause
    is the circumstance of the speech act, not what was said."""
    a = skip_conjunction([t.text.lower() for t in toks], min_len=2) if a == 0 else a
    k = adverbial_opener(ctx, toks, a, lx)
    if k is None and a < cut - 2 and toks[a].text[:1].isupper() and toks[a].text.lower() in _adverbial_words()[2] \
            and not any(t.text in (",", ";", ":") for t in toks[a:cut]) and not ctx.inside_any_quote(toks[a].span.start):
        return True  # "Würden alle Abfälle geladen werden, ergibt …": a condition with its verb first, alone before the cue
    if k is None or cut - k < 2:
        return False
    commas = [c for c in range(k + 1, cut) if toks[c].text in (",", ";", ":") and not ctx.inside_any_quote(toks[c].span.start)]
    if not commas:
        return True
    if any(c + 1 >= cut or not (toks[c + 1].text.lower() in REL_PRONOUNS or toks[c + 1].text.lower() in SUBORDINATORS
                                or (toks[c + 1].text.lower() in PREPOSITIONS_DE and c + 2 < cut and toks[c + 2].text.lower() in REL_PRONOUNS))
           for c in commas):
        return False
    syn = ctx.doc.syntax
    verb = ctx.word_index(toks[cue].span)
    words = [ctx.word_index(t.span) for t in toks[k:cut]]
    if verb is None or any(w is None for w in words):
        return False
    inside = {w for w in words if w is not None}
    heads = [w for w in inside if (syn[w].head not in inside or syn[w].head == w) and syn[w].dep != "punct"]
    return bool(heads) and all(syn[h].dep == "advcl" and syn[h].head == verb for h in heads)



@functools.cache
def _evidence_forms(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "lexicon").get("evidence_verb_forms", []))


def evidence_of_a_thing(ctx: Context, c: Cand, lx: Lang) -> bool:
    """A German report whose cue is a verb of evidence (`evidence_verb_forms`: "zeigt", "ergab",
    "belegen") and whose subject is a thing that tells no one's word: a noun phrase of no person, body
    or text — no entity of a person or an organisation, no role, no organisation noun
    (`type_heads`, `animate_endings`), no text (`document_heads`, also at the end of a compound), no
    pronoun ("Die Zahlen der letzten Jahre zeigen, dass …", "Der Streit zeigt, dass …": the author's
    own inference, no attribution; "Die Studie zeigt, dass …" and "Der Minister zeigte, dass …" stay, and
    so does a clause in the Konjunktiv I, which carries reported speech on)."""
    if lx.code != "de" or c.mode != "indirect" or c.source is None or c.cue is None or c.refers_to is not None:
        return False
    if ctx.text[c.cue.start : c.cue.end].lower() not in _evidence_forms(lx.code):
        return False
    if any(w in lx.konj1 for x in c.content for w in re.findall(r"\w+", ctx.text[x.start : x.end])):
        return False  # ("Derlei Fälle zeigten, dass der Plan teuer sei": the Konjunktiv carries someone's speech on)
    from ..sources.mentions import analyse_mention

    info = analyse_mention(ctx.text[c.source.start : c.source.end], lx)
    if info.type != "unnamed" or info.pronoun or info.person_tokens or info.role:
        return False
    if any(e.label in ("PER", "ORG") for e in entities_overlapping(ctx.doc, c.source)):
        return False
    for w in re.findall(r"[\w-]+", ctx.text[c.source.start : c.source.end]):
        low = w.lower()
        if w[:1].isupper() and (w in lx.person_roles or w in lx.type_heads or w in lx.document_heads
                                or low.endswith(lx.document_head_endings)
                                or low.endswith(lx.animate_endings) or w in lx.subject_pronouns):
            return False
    return True
