"""Nouns of speech that introduce what was said (German): "die Forderung von X, die Bank zu
boykottieren", "Das Eingeständnis der Ministerin, die Entscheidung sei falsch gewesen, …",
"Roths Einschätzung, dass …", "wies den Plan mit der Begründung zurück, er sei zu teuer"."""

from __future__ import annotations

from ...document import Sentence, Span, Token
from ...textutil import lowered
from ..candidates import Cand
from ..lexicon import AUX, Lang, skip_conjunction
from ..sources import full_name
from ..syntax import entities_overlapping
from .chains import vias
from .context import QUOTE_CHARS, Context, strip_span
from .media import can_be_source
from .phrases import np_forward
from .speakers import subject_before


def noun_cue(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """A noun of `speech_nouns` (resources/de/cues.json) followed, after its owner and a comma or
    colon, by a clause of what was said: a dass- or wonach-clause, a clause in the Konjunktiv, a
    zu-infinitive or a quotation. The owner is a genitive or von-phrase after the noun, a genitive
    name or a possessive before it, or else the subject of the sentence whose object the noun is."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    for j in range(1, n - 3):
        if not toks[j].text[:1].isupper() or lows[j] not in lx.speech_nouns or ctx.inside_any_quote(toks[j].span.start):
            continue
        src: Span | None = None
        e = j + 1
        gen, prep = lows[e] in lx.genitive_articles, lows[e] in lx.owner_prepositions
        if ((gen or prep) and e + 1 < n and toks[e + 1].text[:1].isupper()) or (gen and e + 2 < n and toks[e + 2].text[:1].isupper()):
            b = e + 1 if prep else e
            e2 = np_forward(ctx, toks, b, lx, apposition=False)
            if e2 > b:
                src, e = Span(toks[b].span.start, toks[e2 - 1].span.end), e2
        if e < n and toks[e].text not in (",", ":") and toks[e].text.islower() and toks[e].text in lx.particles:
            e += 1  # "wies den Plan mit der Begründung zurück, …": the verb's particle
        if e + 1 >= n or toks[e].text not in (",", ":"):
            continue
        k = e + 1
        end = _clause_end(toks, k, j, lx)
        zu = next((m for m in range(k, end - 1) if lows[m] == "zu" and toks[m + 1].text.islower()), None)
        if zu is not None and lows[k] not in ("dass", "wonach") and not any(w in lx.konj1 or w in lx.konj2 for w in lows[k:end]):
            end = next((m for m in range(zu + 2, end) if toks[m].text == ","), end)  # "…, die Bank zu boykottieren, allerdings nicht"
        content = strip_span(ctx.text, Span(toks[k].span.start, toks[end - 1].span.end)) if end > k else None
        if content is None or len(content) < 12 or not _says_something(ctx, toks, k, end, lx):
            continue
        if src is None:
            src = _owner_before(ctx, toks, j, lx)
        if src is None:
            continue
        content = ctx.unquote(content)
        mode = "direct" if ctx.is_quote(content) else "indirect"
        ctx.cands.append(Cand(mode, [content], toks[j].span, src, f"attr.{mode}.{lx.code}.noun", si,
                              via=[v for v in vias(ctx, toks, lx, exclude=src) if not v[0].overlaps(content)]))
        return True
    return False


def _clause_end(toks: list[Token], k: int, j: int, lx: Lang) -> int:
    """Where the clause of what was said ends: the sentence end, the comma before a separable
    verb's particle that closes the sentence, or, when the noun's phrase opens
    the sentence as its subject, the comma before the main clause's verb ("Das Eingeständnis …,
    X sei falsch gewesen, hatte zu einem Antrag geführt")."""
    n = len(toks)
    end = n - 1 if toks[-1].text in (".", "!", "?") else n
    if end - 1 > k and toks[end - 1].text in lx.particles:
        # "wies die Vorwürfe, er habe …, entschieden zurück": the main verb's particle closes the sentence
        last = max((m for m in range(k + 1, end - 1) if toks[m].text == ","), default=None)
        if last is not None:
            return last
    s0 = skip_conjunction(toks)
    if j - s0 <= 2:
        for m in range(k + 1, end - 1):
            if toks[m].text == "," and (toks[m + 1].text in AUX or toks[m + 1].text.lower() in lx.forms):
                return m
    return end


def _says_something(ctx: Context, toks: list[Token], k: int, end: int, lx: Lang) -> bool:
    """toks[k:end] is a clause of what was said: a dass- or wonach-clause, a quotation, a clause in
    the Konjunktiv, or a zu-infinitive ("…, die Bank zu boykottieren")."""
    lows = [t.text.lower() for t in toks[k:end]]
    if not lows:
        return False
    if lows[0] in ("dass", "wonach") or toks[k].text in QUOTE_CHARS:
        return True
    if any(w in lx.konj1 or w in lx.konj2 for w in lows):
        return True
    if any(lows[m] == "zu" and toks[k + m + 1].text[:1].isalpha() and toks[k + m + 1].text.islower() for m in range(len(lows) - 1)):
        return True  # "…, die Bank zu boykottieren"
    # a particle verb's fused infinitive: "…, die Staatsbürgerschaft abzuerkennen"
    return any(w.endswith("en") and any(w.startswith(p + "zu") for p in lx.particles) for w in lows[-2:])


def _owner_before(ctx: Context, toks: list[Token], j: int, lx: Lang) -> Span | None:
    """The owner of the noun at toks[j] when no phrase after it names one: a genitive name
    ("Roths Einschätzung"), a possessive ("seine Forderung", a pronoun for a person), or the
    subject of the sentence ("Der Verband vertrat die Auffassung, …")."""
    prev = toks[j - 1].text
    if prev.lower() in lx.possessive_pronouns:
        return Span(toks[j - 1].span.start, toks[j].span.end)
    if prev[:1].isupper() and prev.endswith("s") and len(prev) > 3 and (j < 2 or toks[j - 2].text.lower() not in lx.determiners) \
            and any(ent.label in ("PER", "ORG") for ent in entities_overlapping(ctx.doc, toks[j - 1].span)):
        return toks[j - 1].span
    s0 = skip_conjunction(toks)
    e0 = np_forward(ctx, toks, s0, lx)
    if not s0 < e0 < j or toks[e0].text[:1].isupper() or toks[e0].text in (",", ":"):
        return None
    subj = subject_before(ctx, toks, e0, lx)
    if subj is None or subj[1] > j:
        return None
    sp = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
    words = ctx.text[sp.start : sp.end].split()
    named = all(w[:1].isupper() for w in words) and words[0].lower() not in lx.determiners  # "Lorenzen", "Jan Kurz"
    if ctx.in_timex(sp) or not (named or ctx.text[sp.start : sp.end] in lx.subject_pronouns or can_be_source(ctx, sp, lx)):
        return None  # "Die erste Reaktion bestand in der Ankündigung, …": no one who speaks
    return sp


def colon_frame(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """A verbless frame before a colon that names who speaks, and what they said after it (German):
    a noun of speech with its owner ("Die Antwort der Ministerin: …", "Die Forderung der
    Gewerkschaft: …", "Lenz' Fazit: …", `colon_nouns` and `speech_nouns`) or the speaker and an
    adverb of reply, then only phrases ("Die Firma dazu auf Anfrage: …",
    `colon_frame_adverbs`). Direct speech when what follows is quoted or in the first person."""
    if lx.code != "de" or not lx.colon_nouns:
        return False
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    c = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if c is None or c < 2 or c > 14 or c >= n - 3 or ctx.inside_any_quote(toks[c].span.start):
        return False
    s0 = skip_conjunction(toks)
    nouns = lx.speech_nouns | lx.colon_nouns
    src: Span | None = None
    cue: Span | None = None
    rule = "colon_noun"
    named = False  # a name the text gives in full elsewhere
    j = s0 + 1 if lows[s0] in lx.determiners else s0
    if j < c - 1 and lows[j] in nouns and toks[j].text[:1].isupper() and (lows[j + 1] in lx.genitive_articles or lows[j + 1] in lx.owner_prepositions):
        b = j + 2 if lows[j + 1] in lx.owner_prepositions else j + 1
        if b < c and np_forward(ctx, toks, b, lx, apposition=False) == c:
            src, cue = Span(toks[b].span.start, toks[c - 1].span.end), toks[j].span  # "Die Forderung der Gewerkschaft:"
    if src is None and j < c - 1 and lows[j] in nouns and toks[j].text[:1].isupper() and lows[s0] in lx.determiners:
        owner = toks[j + 1 : c]
        last = owner[-1].text
        if len(owner) <= 3 and all(t.text[:1].isupper() and t.text.lower() not in lx.determiners for t in owner) \
                and last.endswith("s") and len(last) > 3 and (
                any(ent.span.overlaps(owner[-1].span) and ent.label in ("PER", "ORG") for ent in ctx.entities_near(owner[-1].span, 80))
                or full_name(ctx.doc, last.removesuffix("s")) is not None):
            # rule +genitive_after: "Der Vorwurf Sardanas: …": a name in the genitive after the noun owns it (session 34)
            src, cue, named, rule = Span(owner[0].span.start, owner[-1].span.end), toks[j].span, True, "colon_noun+genitive_after"
            if full_name(ctx.doc, last.removesuffix("s")) is not None:
                src = Span(src.start, src.end - 1)  # (the name without its genitive "s": "Sardana")
    if src is None and c - 1 > s0 and lows[c - 1] in nouns and toks[c - 1].text[:1].isupper():
        owner = [t for t in toks[s0 : c - 1] if t.text not in ("'", "’")]
        if 0 < len(owner) <= 3 and all(t.text[:1].isupper() and t.text.lower() not in lx.determiners for t in owner) and (
                any(ent.span.overlaps(owner[-1].span) and ent.label in ("PER", "ORG") for ent in ctx.entities_near(owner[-1].span, 80))
                or full_name(ctx.doc, owner[-1].text.removesuffix("s")) is not None or full_name(ctx.doc, owner[-1].text) is not None):
            src = Span(owner[0].span.start, owner[-1].span.end)  # "Lenz' Fazit:", "Maria Roths Antwort:"
            named = True
            if owner[-1].text.endswith("s") and full_name(ctx.doc, owner[-1].text.removesuffix("s")) is not None:
                src, rule = Span(src.start, src.end - 1), "colon_noun+genitive"  # the name without its genitive "s" (session 34)
        cue = toks[c - 1].span if src is not None else None
    if src is None:
        e = np_forward(ctx, toks, s0, lx, apposition=False)
        if s0 < e < c and toks[e].text == "." and "." in toks[e - 1].text:
            e += 1  # "Die A.B.C. dazu: …": the abbreviation's last point
        if s0 < e < c and lows[e] in lx.colon_frame_adverbs and not any(
                t.text in AUX or ctx.finite_indicative(t.span) or lows[k] in lx.forms for k, t in enumerate(toks[e + 1 : c], e + 1)):
            src, cue, rule = Span(toks[s0].span.start, toks[e - 1].span.end), toks[e].span, "colon_frame"
    if src is None or cue is None or ctx.in_timex(src):
        return False
    content = strip_span(ctx.text, Span(toks[c + 1].span.start, sent.span.end))
    if len(content) < 12:
        return False
    content = ctx.unquote(content)
    first_person = bool({t.text.lower() for t in toks[c + 1 :]} & lx.speaking_first_person)
    mode = "direct" if ctx.is_quote(content) or first_person else "indirect"
    if not named and not can_be_source(ctx, src, lx) and not any(ent.span.overlaps(src) and ent.label in ("PER", "ORG") for ent in ctx.entities_near(src, 80)) \
            and not (rule == "colon_frame" and first_person):
        return False  # "Die Bilanz des Jahres: …": no one's word ("Die Kanzlei dazu: Wir …" speaks in its own name)
    ctx.cands.append(Cand(mode, [content], cue, src, f"attr.{mode}.{lx.code}.{rule}", si))
    return True
