"""Continued reported speech: a sentence in the Konjunktiv after an attribution goes on with its source (German)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache

from ...document import Attribution, Document, Sentence, Span, Token
from ...resources import load, pick
from ...textutil import lowered
from ..candidates import Cand
from ..lexicon import (
    PREPOSITIONS_DE,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    lang,
    skip_conjunction,
    skip_conjunctions,
)
from ..sources import classify_mention, full_name
from ..sources.gazetteer import german_given_names
from ..syntax import entities_overlapping
from ..timex.tense import past_marker_in
from .chains import passive_quoted, relied_on_before, vias
from .context import QUOTE_CHARS, Context, Intervals, set_aside, strip_span, surname_word
from .cues import attributive, cue_at
from .media import is_medium
from .phrases import np_forward
from .speakers import cue_speaker


def continuations(ctx: Context) -> None:
    doc = ctx.doc
    by_sent: dict[int, list[Cand]] = {}
    for c in ctx.cands:
        by_sent.setdefault(c.sent, []).append(c)
    last: Cand | None = None
    last_line = -10
    last_sent = -10  # the sentence of the last continuation added
    # a speaker's state framed without a clause, or the one a sentence without speech names: (speaker, sentence, line, only named)
    frame: tuple[Span, int, int, bool] | None = None
    line_of = line_index(ctx)
    by_sent_all: set[int] = set(by_sent)
    for c in ctx.cands:
        for x in c.content:
            by_sent_all.update(ctx.sentences_overlapping(x))
    # what the candidates found so far cover (continuations added below cover only their own sentence)
    contents = Intervals([(x, k) for k, c in enumerate(ctx.cands) for x in c.content])
    found = list(ctx.cands)
    persons: dict[int, list[Span]] = {}  # the PER entities of each sentence, outside quotations
    starts = [s.span.start for s in doc.sentences]
    for ent in doc.entities:
        if ent.label == "PER" and not ctx.inside_any_quote(ent.span.start):
            persons.setdefault(bisect.bisect_right(starts, ent.span.start) - 1, []).append(ent.span)
    for si, sent in enumerate(doc.sentences):
        seg = doc.segments[sent.segment]
        if seg.kind != "body" or si in ctx.headings:
            continue  # (a sub-heading states no one's speech)
        covering = [k for x, k in contents.starting_by(sent.span.end - 1, sent.span.start + 1) if len(x) > 0.5 * len(sent.span)]
        if not covering and si not in by_sent:
            # "«A. B», schrieb X in ihrem Tagebuch, das …": the tag of a quotation that opened in a sentence before
            covering = [k for x, k in contents.starting_by(sent.span.end - 1, sent.span.start + 1)
                        if x.start < sent.span.start and (cue := found[k].cue) is not None and sent.span.start <= cue.start < sent.span.end]
        if covering and si not in by_sent:
            last = found[max(covering)]
            last_line = line_of(sent.span.start)
            continue
        if si in by_sent:
            # right after the reported speech, or in its paragraph past a sentence of the author's
            # ("… seien Ausnahmen gewesen. Was ihn beunruhigt, ist … . Firmen hätten ihnen gesagt, …")
            if last is not None and ((line_of(sent.span.start) - last_line <= 1 and (si - 1) in by_sent_all) or line_of(sent.span.start) == last_line):
                lx = lang(pick(seg.language))
                if lx.code == "de":
                    nested = _nested_in_speech(ctx, si, sent, by_sent[si], last, lx)
                    if nested is not None:
                        ctx.cands.append(nested)
                    else:
                        _relayed_according(ctx, sent, by_sent[si], last, lx)
            last = by_sent[si][-1]
            last_line = line_of(sent.span.start)
            continue
        lx = lang(pick(seg.language))
        if lx.code == "de" and frame is not None and frame[3] and frame[1] == si - 1 and line_of(sent.span.start) == frame[2] \
                and konjunktiv(ctx, sent, lx) is None and not _own_speaker(ctx, sent, lx) \
                and (own := _own_words_after_named(ctx, sent, frame[0], lx)) is not None:
            # "Zugleich verteidigte X den Plan. Ich würde heute genauso entscheiden.": the one the
            # sentence before named, in the first person singular without quotation marks
            same = last is not None and line_of(sent.span.start) == last_line and _same_name(ctx, frame[0], last, found)
            # "Das Wetter war schlecht: Ich sah keinen Ausweg.": the author's clause before the colon is no part of the words (+lead_colon)
            said = _after_lead_colon(ctx, sent, own, nearest=True)
            cand = Cand("continuation", [said], own, None if same else frame[0],
                        "attr.continuation.de.first_person" + ("" if same else "+subject")
                        + ("+lead_colon" if said != strip_span(ctx.text, sent.span) else ""), si, inherit=same)
            if not same and (named_links := _framed_links(ctx, frame[1], frame[0], lx)):
                # "Zugleich verteidigte X im ZDF den Plan. Ich würde …": the medium the naming sentence names (session 35)
                cand.via, cand.rule = named_links, cand.rule + "+framed_link"
            ctx.cands.append(cand)
            by_sent_all.add(si)
            last, last_sent, last_line, frame = cand, si, line_of(sent.span.start), None
            continue
        if lx.code == "de" and frame is not None and frame[1] == si - 1 and line_of(sent.span.start) - frame[2] <= (0 if frame[3] else 1) \
                and (not frame[3] or last is None or line_of(sent.span.start) - last_line > 1) and not _own_speaker(ctx, sent, lx):
            marker = konjunktiv(ctx, sent, lx)
            if marker is not None and frame[3] and (ctx.text[marker.start : marker.end] not in lx.konj1
                                                    or "," in ctx.text[sent.span.start : marker.start]):
                marker = None  # after a sentence that only names its subject, a Konjunktiv I of the main clause alone reports speech
            if marker is not None:
                # "Der Landrat zeigte sich erschüttert. Man müsse jetzt helfen.": the one whose state the sentence before framed
                cand = Cand("continuation", [_before_comment(ctx, sent, marker, strip_span(ctx.text, sent.span), lx)], marker, frame[0],
                            "attr.continuation.de.konjunktiv+" + ("subject" if frame[3] else "frame"), si)
                if frame[3]:
                    # "Das Gericht verwirft in einem Urteil, das der APA vorliegt, den Einwand. Die Frist könne …": the
                    # medium the naming sentence names (told, held, aired) carries the speech on (+framed_link)
                    named_links = _framed_links(ctx, frame[1], frame[0], lx)
                    if named_links:
                        cand.via, cand.rule = named_links, cand.rule + "+framed_link"
                quoted = _quoted_by(ctx, ctx.doc.sentences[frame[1]], frame[0], lx) if frame[3] else None
                if quoted is not None:
                    # "X zitierte die Meinung der Kanzlerin. Sie sei überzeugt, …": the one quoted speaks, via X
                    cand.source, cand.via, cand.rule = quoted, [(frame[0], False)], cand.rule + "+quoted"
                ctx.cands.append(cand)
                by_sent_all.add(si)
                last, last_sent, last_line, frame = cand, si, line_of(sent.span.start), None
                continue
        framed = _frame_subject(ctx, sent, lx) if lx.code == "de" and lx.frame_verbs else None
        frame = (framed, si, line_of(sent.span.start), False) if framed is not None else None
        if framed is not None:
            last = None  # a new person's state of mind: what follows is not the earlier speaker's
            continue
        if lx.code == "de":
            # "Am Morgen hatte Weingart die Baustelle besichtigt. Der Zeitplan sei zu halten.": no speech before, the one the sentence names
            named = _named_subject(ctx, sent, lx, persons.get(si, []))
            frame = (named, si, line_of(sent.span.start), True) if named is not None else None
        if last is None or line_of(sent.span.start) - last_line > 1:
            continue  # reported speech goes on in its paragraph or the next one, not across one
        lx = lang(pick(seg.language))
        if lx.code != "de":
            continue
        if _own_speaker(ctx, sent, lx):
            last = None  # a new subject speaks: what follows is not the earlier source's
            continue
        adjacent = si > 0 and (si - 1) in by_sent_all
        spoken = adjacent
        # the sentence before is continued speech found here ("Es sei lange vorbereitet worden.")
        went_on = last is not None and last_sent == si - 1 and last.mode == "continuation"
        if not ctx.denews:
            # the seed's style: a modal Konjunktiv II goes on with speech, not with an according-to
            # phrase of the author's sentence before, and reportative "soll" only right after speech
            before = by_sent.get(si - 1, [])
            spoken = adjacent and (went_on or not all(c.mode == "according_to" for c in before))
        # reportative "soll" goes on with reported speech; after an according-to phrase or a quotation
        # it is the author's hedge in the seed's style ("Laut X starben 62. Rund 800 sollen verletzt worden sein")
        hearsay = ctx.denews or (adjacent and any(c.mode in ("indirect", "continuation") for c in by_sent.get(si - 1, [])))
        marker = konjunktiv(ctx, sent, lx, allow_modal=spoken, allow_hearsay=hearsay)
        if marker is None and last is not None and last.sent == si - 1 and (fp := _first_person_goes_on(ctx, sent, last, lx)) is not None:
            # "Die Firma dazu: Wir halten … . Unsere Preise bleiben …": unquoted speech in the first person goes on
            lead = _lead_colon_subject(ctx, sent, fp, last, found, lx)
            # "X dazu: … . Bürgermeisterin Y sieht es anders: Unsere Straßen …": the one the lead names speaks, not X
            cand = Cand("continuation", [_after_lead_colon(ctx, sent, fp)], fp, lead,
                        "attr.continuation.de.first_person" + ("+lead_subject" if lead is not None else ""), si, inherit=lead is None)
            ctx.cands.append(cand)
            by_sent_all.add(si)
            last, last_sent, last_line = cand, si, line_of(sent.span.start)
            continue
        if marker is not None and not ctx.denews and _asked(ctx, sent):
            continue  # a question put to the speaker ("Wie lange das dauere?") asks, it claims nothing; the answer goes on
        if marker is None:
            if line_of(sent.span.start) != last_line and not _mentions(ctx, sent, last, found):
                last = None  # the author's own sentence in a new paragraph, not about the speaker: the speech has ended
            continue
        content = strip_span(ctx.text, sent.span)
        colon = ctx.text.find(":", content.start, content.end)
        if 0 < colon - content.start < 40 and marker.start > colon:
            # (a lead-in before the colon; "Er sei nur offen: Wir stehen …" reports speech before it too, all of it the speaker's)
            content = strip_span(ctx.text, Span(colon + 1, content.end))
        content = _before_comment(ctx, sent, marker, content, lx)
        by_sent_all.add(si)
        goes_on = last is not None and last.rule in (PLAIN_RULE, PLAIN_RULE + SPOKEN_OF_RULE) and last_sent == si - 1 \
            and last_line == line_of(sent.span.start)
        # speech that goes on sentence after sentence: one continuation a sentence, as the seed's
        # style has it, each the same speaker's (de-news-quotes' one quotation of several
        # sentences is made by its evaluation's conversion, `eval.denews`)
        relayed = None if goes_on else relied_on_before(ctx, si, sent, lx)
        about = None if goes_on or relayed is not None or adjacent else _other_person_before(ctx, si, last, found, line_of, lx)
        spoken_of = about is not None and _named_in(ctx, sent, about[0])
        if spoken_of:
            # "Ott drängt auf den Bau. Ott sei das bewusst, dem Rat nicht.": the one the sentence before is about is
            # named in the Konjunktiv sentence itself, spoken of, not speaking: the speech before goes on (+spoken_of)
            about = None
        own = None if relayed is not None else _named_main_subject(ctx, sent, marker, last, found, lx)
        if own is not None:
            # "Ihr Kompagnon X hält den Plan für zu knapp und ist der Meinung, dass der Umbau später beginne": X's own report,
            # what X says the clause after the main clause's comma (the main clause is the author's telling of it:
            # rule attr.indirect.de.main_subject, session 38), reported speech of its own, no continuation
            cand = Cand("indirect", [_after_main_clause(ctx, sent, marker, content, lx)], marker, own, "attr.indirect.de.main_subject", si)
        elif relayed is not None:
            # "Die «Hafenpost» beruft sich auf einen Mitarbeiter. Dieser gehe davon aus, …": the one relied on speaks
            cand = Cand("continuation", [content], marker, relayed[0], "attr.continuation.de.konjunktiv+relied_on", si, via=[(relayed[1], False)])
        elif about is not None:
            # "Umweltberater X sieht darin eine Wiederholung … . Die Ursache sei bis heute ungeklärt.": the person the sentence before is about
            # ("Bürgermeister X verhandelt … . Er sieht darin eine Chance. Die Fläche sei …": the one the pronoun stands for, +about_pronoun)
            cand = Cand("continuation", [content], marker, about[0], "attr.continuation.de.konjunktiv+about" + ("_pronoun" if about[1] else ""), si)
        elif (told := _cue_subject_of_according(ctx, last, lx)) is not None:
            # "«…», erklärte X laut einem Schreiben. Nun brauche es …": X spoke, the text carried it (a link downstream)
            cand = Cand("continuation", [content], marker, told, "attr.continuation.de.konjunktiv+cue_subject", si,
                        via=[(last.source, False)] if last is not None and last.source is not None else [])
        elif (he := _he_not_it(ctx, sent, marker, last, found, lx)) is not None:
            # "Die Stadtverwaltung meldet … . Vor allem fordere er …": "er" is no body of feminine or neuter name
            cand = Cand("continuation", [content], marker, he, "attr.continuation.de.konjunktiv+pronoun", si)
        else:
            cand = Cand("continuation", [content], marker, None, PLAIN_RULE + (SPOKEN_OF_RULE if spoken_of else ""), si, inherit=True)
        k = next((k for k, t in enumerate(sent.tokens) if t.span == marker), None)
        if k is not None and _reported_act(ctx, sent.tokens, k, lx) and cue_at(ctx, sent.tokens, k, lx) is not None:
            cand.rule += "+reported_act"  # "Den Vorschlag lehne die Partei ab.": the speech act itself is reported
        ctx.cands.append(cand)
        last = cand
        last_sent = si
        last_line = line_of(sent.span.start)
    ctx.cands.sort(key=lambda c: c.content[0].start)


def ownerless_according_in_speech(ctx: Context) -> None:
    """A "nach" phrase that names no one ("nach bisherigen Erkenntnissen", "nach ersten Angaben": a head of
    `nach_heads` with one or two lower-case attributes, no owner, no possessive, no "eigen", a mention of no body
    or person; a bare head after "laut" may be a source of its own: "laut Schüler-Rückmeldungen")
    in a German sentence in the Konjunktiv right after a sentence of reported speech in its paragraph: the speech
    goes on, the phrase is part of what the speaker says ("…, teilte eine Sprecherin mit. Zwei Wagen seien nach
    ersten Erkenntnissen beschädigt."): the sentence is a continuation of that speaker
    (`+speech_goes_on`), not the phrase's own attribution with the phrase as its source."""
    line_of = line_index(ctx)
    by_sent: dict[int, list[Cand]] = {}
    for c in ctx.cands:
        by_sent.setdefault(c.sent, []).append(c)
    for c in ctx.cands:
        if c.mode != "according_to" or c.source is None or c.inherit or c.via or c.refers_to is not None or c.sent < 1 \
                or not any(d.source is not None or d.inherit for d in by_sent.get(c.sent - 1, [])):
            continue
        sent = ctx.doc.sentences[c.sent]
        seg = ctx.doc.segments[sent.segment]
        lx = lang(pick(seg.language, ctx.doc.language))
        if lx.code != "de" or line_of(sent.span.start) != line_of(ctx.doc.sentences[c.sent - 1].span.start):
            continue
        words = ctx.text[c.source.start : c.source.end].split()
        if not (_bare_plural_statement(ctx, c, words, lx) or (
                c.rule.startswith("attr.according.de.nach_noun") and 2 <= len(words) <= 3 and words[-1][:1].isupper()
                and not any(not w.islower() or w in lx.own_adjectives or w in lx.determiners or w in lx.possessive_pronouns
                            for w in words[:-1])
                and classify_mention(" ".join(words), lx)[1] in ("unnamed", "document"))):
            continue
        marker = konjunktiv(ctx, sent, lx, skip=[c.source])
        if marker is None or c.source.contains(marker):
            continue
        c.mode, c.source, c.cue, c.inherit = "continuation", None, marker, True
        c.content = [strip_span(ctx.text, sent.span)]  # the whole sentence, the phrase of no one inside it
        c.rule += "+speech_goes_on"


@cache
def _bare_plural_cues(code: str) -> frozenset[str]:
    """The according-to prepositions before a bare plural of no one's figures ("laut", "gemäß":
    `bare_plural_cues` of according.json)."""
    return frozenset(w.lower() for w in load(code, "according").get("bare_plural_cues", []))


def _bare_plural_statement(ctx: Context, c: Cand, words: list[str], lx: Lang) -> bool:
    """"laut Marktprognosen", "gemäß Schätzungen": "laut" or "gemäß" before one plural noun of `nach_heads`
    (or a compound that ends in one), without article or owner — figures or views of no one named, no source
    of their own (`ownerless_according_in_speech`)."""
    if c.cue is None or ctx.text[c.cue.start : c.cue.end].lower() not in _bare_plural_cues(lx.code) or len(words) != 1:
        return False
    w = words[0]
    low = w.lower()
    return w[:1].isupper() and "-" not in w and any(
        low.endswith(h) and h.endswith("n") and (len(low) == len(h) or len(low) >= len(h) + 3) for h in lx.nach_heads)


def _before_comment(ctx: Context, sent: Sentence, marker: Span, content: Span, lx: Lang) -> Span:
    """Continued speech up to an author's comment on it that closes the sentence: a clause after
    a comma opened by a relative adverb (`continuative_relatives`: "…, womit kaum jemand
    rechnet") with no Konjunktiv of its own, after the verb that marks the speech."""
    toks = sent.tokens
    for k in range(1, len(toks) - 2):
        t = toks[k]
        if t.text != "," or t.span.start <= marker.end or toks[k + 1].text.lower() not in lx.continuative_relatives \
                or ctx.inside_any_quote(t.span.start):
            continue
        if any(lx.konjunktiv(w.text) for w in toks[k + 2 :]):
            return content
        cut = strip_span(ctx.text, Span(content.start, t.span.start))
        return cut if len(cut) > 8 else content
    return content


def _after_main_clause(ctx: Context, sent: Sentence, marker: Span, content: Span, lx: Lang) -> Span:
    """What a main clause in the indicative reports (`_named_main_subject`, rule attr.indirect.de.main_subject):
    the clause of what was said after a comma before the Konjunktiv, from its complementizer ("X bekannte, dass
    der Bau geplant gewesen sei" → "dass der Bau geplant gewesen sei") or its subject ("X hielt fest, es sei
    traurig" → "es sei traurig"), the latest such comma outside quotations (an insertion, "…, dass er, falls
    nötig, gehe", opens with a subordinator or with the verb itself and is passed over). A clause of reason or
    concession ("X hält das für vergleichbar, auch wenn der Staat nichts zahle") is the main clause's own
    opinion, not a clause of what was said: then the whole `content`, as when there is no such comma."""
    toks = sent.tokens
    commas = [k for k, t in enumerate(toks[:-2]) if t.text == "," and content.start <= t.span.start < marker.start
              and not ctx.inside_any_quote(t.span.start)]
    said = [k for k in commas if toks[k + 1].text.lower() in lx.complementizers]
    if not said:
        def opens_other(k: int) -> bool:  # a clause of its own kind: an insertion, a relative or adverbial clause
            first, second = toks[k + 1].text.lower(), toks[k + 2].text.lower()
            return first in SUBORDINATORS or first in REL_PRONOUNS or first in PREPOSITIONS_DE or second in SUBORDINATORS \
                or bool(skip_conjunction([first]))
        said = [k for i, k in enumerate(commas) if toks[k + 1].span != marker and not opens_other(k)
                and not (i > 0 and opens_other(commas[i - 1]))]  # (", falls nötig, gehe": the insertion's end)
    if not said:
        return content
    return strip_span(ctx.text, Span(toks[said[-1]].span.end, content.end))


def _named_main_subject(ctx: Context, sent: Sentence, marker: Span, last: Cand | None, found: list[Cand], lx: Lang) -> Span | None:
    """The one a main clause in the indicative names as its subject when the Konjunktiv that makes
    the sentence reported speech stands after its comma, in a clause of what was said (no relative
    clause): "Ihr Kompagnon X hält den Plan für zu knapp und ist der Meinung, dass der Umbau
    später beginne", "Dazu ließ Y im Radio ausrichten, die Firma werde …" — X and Y report it
    (a verb of no cue lexicon), not the speaker before. The subject: the person that opens the
    sentence, else the one person the clause names; None when it is the speaker before."""
    from .antecedents import opening_subject

    toks = sent.tokens
    c = next((k for k, t in enumerate(toks) if t.text == "," and not ctx.inside_any_quote(t.span.start)), None)
    if c is None or c + 1 >= len(toks) or marker.start < toks[c].span.end:
        return None
    s0 = skip_conjunctions(toks, c)
    nxt = toks[c + 1].text.lower()
    if s0 >= c or toks[s0].text.lower() in SUBORDINATORS or toks[s0].text.lower() in lx.conditional_openers \
            or nxt in REL_PRONOUNS or (nxt in PREPOSITIONS_DE and c + 2 < len(toks) and toks[c + 2].text.lower() in REL_PRONOUNS):
        return None
    if any(lx.konjunktiv(t.text) for t in toks[s0:c]):
        return None
    clause = Span(toks[s0].span.start, toks[c - 1].span.end)
    subj = opening_subject(ctx, sent, lx)  # (its verb follows it: "X hält …")
    if (subj is None or not clause.contains(subj)) and s0 + 1 < c and toks[s0].text[:1].isupper() \
            and cue_at(ctx, toks, s0 + 1, lx) is not None and ctx.finite_indicative(toks[s0 + 1].span) \
            and (full_name(ctx.doc, toks[s0].text) is not None
                 or any(e.label == "PER" and e.span == toks[s0].span for e in entities_overlapping(ctx.doc, toks[s0].span))):
        # "Lang sagte, dass …": a surname of a person the text names in full, or a name the NER
        # tags, then its cue verb in the indicative (the parse may read such a name as an adverb)
        subj = toks[s0].span
    if subj is None or not clause.contains(subj):
        named = [ent.span for ent in ctx.entities_near(clause) if ent.label == "PER" and clause.contains(ent.span) and not ctx.inside_any_quote(ent.span.start)]
        if len(named) != 1:
            return None
        subj = named[0]
        # the subject after the finite verb in the second place ("Dazu ließ [Oppositionschef] Y …")
        m = next(k for k, t in enumerate(toks) if t.span.start >= subj.start)
        if m > s0 + 1 and toks[m - 1].text[:1].isupper() and toks[m - 1].text.lower() not in lx.determiners:
            m -= 1
        v = toks[m - 1].text if m > s0 else ""
        if m - 1 > s0 + 2 or m - 1 < s0 + 1 or not v.islower() or v in lx.determiners or v in PREPOSITIONS_DE or v in lx.konj1 or v in lx.konj2:
            return None
    src = None if last is None else last.source or next(
        (c.source for c in reversed(found) if c.source is not None and c.content[0].start <= last.content[0].start), None)
    if src is not None:
        if src.overlaps(subj):
            return None
        words = {w for w in ctx.text[src.start : src.end].replace("-", " ").split() if w[:1].isupper() and len(w) > 2}
        if any(w in words for w in ctx.text[subj.start : subj.end].replace("-", " ").split()):
            return None  # the same speaker named again
    return subj


def _he_not_it(ctx: Context, sent: Sentence, marker: Span, last: Cand | None, found: list[Cand], lx: Lang) -> Span | None:
    """The masculine pronoun that is the subject of a verb of speech in the Konjunktiv ("Er verlange …",
    "Vor allem fordere er …", `masculine_pronouns`) when the speaker it would go on with is a body
    whose name takes a feminine or neuter article ("die Polizei", "das Ministerium"): "er" is a
    person named elsewhere, whom the pronoun's resolution finds. None otherwise."""
    verb = ctx.text[marker.start : marker.end].lower()
    if last is None or not any(f.cls == "speech" for f in lx.forms.get(verb, []) + lx.forms.get(verb[:-1] + "t", [])):
        return None  # ("Das Blatt meldet … . Er trainiere schon wieder": the one spoken of)
    src = last.source or next((c.source for c in reversed(found) if c.source is not None and c.content[0].start <= last.content[0].start), None)
    if src is None:
        return None
    toks = sent.tokens
    k = next((k for k, t in enumerate(toks) if t.span == marker), None)
    he = toks[0] if toks[0].text.lower() in lx.masculine_pronouns else (
        toks[k + 1] if k is not None and k + 1 < len(toks) and toks[k + 1].text in lx.masculine_pronouns else None)
    if he is None:
        return None
    words = ctx.text[src.start : src.end].split()
    if not words or words[0].lower() not in lx.determiners or words[0].lower() in lx.masculine_articles:
        return None
    kind = classify_mention(ctx.text[src.start : src.end], lx)[1]
    return he.span if kind not in ("person", "unnamed", "anonymous") else None


@cache
def _leaning_openers(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words, demonstratives) of `leaning_openers` of resources/<lang>/cues.json."""
    data = load(code, "cues").get("leaning_openers", {})
    return frozenset(data.get("words", [])), frozenset(data.get("demonstratives", []))


def _leans_back(ctx: Context, toks: list[Token], said: Span, lx: Lang) -> bool:
    """The speech toks cover in `said` opens with a word that points back at words before it
    (`leaning_openers`: "Da", "Deshalb", "Und"; a demonstrative used as a pronoun, a lower-case word
    right after it: "Die kommen hier nicht rein", "Diesen wird nachgegangen")."""
    inner = [t for t in toks if said.contains(t.span)]
    if len(inner) < 2:
        return False
    words, demonstratives = _leaning_openers(lx.code)
    first = inner[0].text.lower()
    if first in words:
        return inner[1].text.lower() not in SUBORDINATORS  # (not "Und obwohl …": a clause of concession, no speech)
    nxt = inner[1].text
    return first in demonstratives and nxt[:1].isalpha() and nxt[:1].islower()


def _fragment(ctx: Context, toks: list[Token], said: Span, lx: Lang) -> bool:
    """The speech toks cover in `said` opens with a word of `leaning_openers` ("Und", "Aber") and holds
    no word the parse reads as a verb ("Und zwar jeden Tag"): a fragment that goes on with words said
    before it. False for words without a parse."""
    inner = [t for t in toks if said.contains(t.span)]
    if len(inner) < 2 or inner[0].text.lower() not in _leaning_openers(lx.code)[0] or not all(ctx.pos_at(t.span) for t in inner):
        return False
    return not any(ctx.pos_at(t.span) in ("VERB", "AUX") for t in inner)


@cache
def _newsroom_nouns(code: str) -> frozenset[str]:
    """`newsroom_nouns` of resources/<lang>/cues.json."""
    return frozenset(load(code, "cues").get("newsroom_nouns", []))


def _newsroom_only(toks: list[Token], lx: Lang) -> bool:
    """Every word of the first person in toks is a possessive before a noun of the article's own newsroom
    (`newsroom_nouns`: "Unsere Zeitung hat nachgefragt", "auf unsere Anfrage"): the author's words, no
    speaker's."""
    at = [k for k, t in enumerate(toks) if t.text.lower() in lx.speaking_first_person]
    nouns = _newsroom_nouns(lx.code)
    return bool(at) and all(toks[k].text.lower().startswith("unser") and k + 1 < len(toks) and toks[k + 1].text in nouns for k in at)


def first_person_before_tag(ctx: Context) -> None:
    """Unquoted speech that a tag closes a sentence later (German; the words of a speaker whose
    quotation marks the page lost): up to two sentences right before a postposed cue's sentence, in its
    paragraph, with no quotation mark, question, cue of its own or Konjunktiv, and claimed by no
    candidate yet, belong to the speech the tag closes
    - when both are in the first person (`speaking_first_person`): "Wir haben zu viele Gäste. Das sagt
      keiner, aber wir leben davon, sagt X." (rule suffix `+first_person_before`);
    - when the sentence before is in the first person and the speech of the tag, in the indicative,
      opens with a word that points back at it (`_leans_back`): "Wir bekommen viele Briefe. Die
      beantworten wir alle, sagt X." (`+speech_before`; not when its first person is only the newsroom's:
      "Unsere Zeitung fragte nach.", `_newsroom_only`);
    - when the speech of the tag, all of it before the tag and in the indicative, is a fragment that opens
      with such a word and has no verb of its own (`_fragment`) and the sentence before names no person: "Der Zug fällt aus.
      Und zwar jeden Tag, sagt X." (`+fragment_before`)."""
    line_of = line_index(ctx)
    covered = {k for c in ctx.cands for x in c.content for k in ctx.sentences_overlapping(x)}
    for c in ctx.cands:
        if ".de.postposed" not in c.rule or c.source is None or c.mode not in ("direct", "indirect") or not c.content:
            continue
        sent = ctx.doc.sentences[c.sent]
        lx = lang(pick(ctx.doc.segments[sent.segment].language, ctx.doc.language))
        said = c.content[0]
        if lx.code != "de" or not lx.speaking_first_person or ctx.inside_any_quote(said.start) \
                or said.start != strip_span(ctx.text, sent.span).start:
            continue
        first = any(t.text.lower() in lx.speaking_first_person for t in sent.tokens if said.contains(t.span))
        # (the new two only after a tag of a verb of speech itself: ".de.postposed", not "postposed_aux")
        own_tag = re.search(r"\.de\.postposed(?:\+|$)", c.rule) is not None and konjunktiv(ctx, sent, lx) is None
        fragment = own_tag and len(c.content) == 1 and _fragment(ctx, sent.tokens, said, lx)
        leaning = own_tag and not first and not fragment and _leans_back(ctx, sent.tokens, said, lx)
        if not (first or fragment or leaning):
            continue
        k = c.sent - 1
        while k >= 0 and c.sent - k <= 2 and k not in covered:
            before = ctx.doc.sentences[k]
            toks = before.tokens
            if before.segment != sent.segment or line_of(before.span.start) != line_of(sent.span.start) \
                    or any(t.text in QUOTE_CHARS or t.text == "?" for t in toks) \
                    or konjunktiv(ctx, before, lx) is not None or _own_speaker(ctx, before, lx):
                break
            speaks_first = any(t.text.lower() in lx.speaking_first_person for t in toks)
            if first and speaks_first:
                tail = "+first_person_before"
            elif leaning and speaks_first and not _newsroom_only(toks, lx):
                tail = "+speech_before"
            elif fragment and not _names_a_person(ctx, before, lx):
                tail = "+fragment_before"
            else:
                break
            c.content.insert(0, strip_span(ctx.text, before.span))
            if tail not in c.rule:
                c.rule += tail
            covered.add(k)
            k -= 1


def first_person_runs(ctx: Context) -> None:
    """Unquoted speech in the first person that goes on sentence after sentence is one claim, as a
    quotation of several sentences is (German; the words of a speaker whose quotation marks the page
    lost): a continuation in the first person that inherits its speaker
    (`attr.continuation.de.first_person`, no subject of its own) joins the claim before it when that
    claim ends the sentence right before, in the same paragraph, outside quotation marks and in the
    first person itself ("…, erzählte sie: Ich war im Laden. Ich hörte Schreie." is one claim; rule
    `+first_person_run`), as does one that a verb of speech announced with a colon ("…, sagte X: Das
    ist schwierig. Wir …", `_said_after_colon`). A claim in the third person before it ("Er habe … .
    Ich habe …") stays apart."""
    kept: list[Cand] = []
    for c in sorted(ctx.cands, key=lambda c: c.content[0].start if c.content else -1):
        p = kept[-1] if kept else None
        if p is not None and c.inherit and c.rule.startswith("attr.continuation.de.first_person") and c.content \
                and p.content and p.mode in ("direct", "indirect", "continuation") and _first_person_ends_before(ctx, p, c):
            p.content.extend(c.content)
            if "+first_person_run" not in p.rule:
                p.rule += "+first_person_run"
            continue
        kept.append(c)
    ctx.cands = kept
    _bridge_first_person_runs(ctx)


#: how many sentences in the indicative without a speaker of their own may stand between two of a
#: speaker's sentences in the first person (`_bridge_first_person_runs`)
BRIDGE = 3


def _bridge_first_person_runs(ctx: Context) -> None:
    """Unquoted speech in the first person that goes on after a few sentences in the third person
    ("Ich sah das Auto. Die beiden flogen durch die Luft. Er war sofort tot. Auf mich fuhr er auch
    zu."): up to BRIDGE sentences that no claim covers, in the claim's paragraph, without a question,
    a quotation mark, a Konjunktiv, a speaker of their own or a person they name (`_names_a_person`),
    then one in the first person singular, join the
    claim before them when that claim is itself in the first person (`_first_person_ends_before`'s
    test) and somewhere in the singular (a speaker's "wir" then a reporter's "ich" stay apart) — the speaker's account goes on; the author does not say "ich" (rule `+first_person_bridge`).
    Nothing joins when no sentence in the first person follows."""
    covered = {k for c in ctx.cands for x in c.content for k in ctx.sentences_overlapping(x)}
    sents = ctx.doc.sentences
    for p in ctx.cands:
        if not p.content or p.mode not in ("direct", "indirect", "continuation") or ctx.inside_any_quote(p.content[-1].start):
            continue
        while True:
            last = ctx.sentences_overlapping(p.content[-1])
            if not last:
                break
            si = last[-1]
            sent = sents[si]
            lx = lang(pick(ctx.doc.segments[sent.segment].language, ctx.doc.language))
            said = p.content[-1]
            if lx.code != "de" or ctx.text[said.end : sent.span.end].strip(" .!?…") \
                    or not any(t.text.lower() in lx.speaking_first_person for t in sent.tokens if said.contains(t.span)):
                break
            run: list[int] = []
            for k in range(si + 1, min(len(sents), si + BRIDGE + 2)):
                nxt = sents[k]
                if k in covered or k in ctx.headings or nxt.segment != sent.segment or not nxt.tokens \
                        or "\n" in ctx.text[sents[k - 1].span.end : nxt.span.start] \
                        or any(t.text in QUOTE_CHARS or t.text == "?" for t in nxt.tokens) \
                        or konjunktiv(ctx, nxt, lx) is not None or _own_speaker(ctx, nxt, lx) or _names_a_person(ctx, nxt, lx):
                    run = []
                    break
                run.append(k)
                if any(t.text.lower() in lx.speaking_first_person for t in nxt.tokens):
                    break
            else:
                run = []
            # (the singular: reporters write "wir" of themselves: "Wir fragten beim Land nach.")
            if not run or not any(t.text.lower() in lx.speaking_first_person_singular for t in sents[run[-1]].tokens):
                break
            # (and the claim speaks in it too: after "Wir sind bereit" of a mayor for her town, "Ich habe
            # nachgefragt" is the reporter's)
            if not any(t.text.lower() in lx.speaking_first_person_singular for x in p.content
                       for k in ctx.sentences_overlapping(x) for t in sents[k].tokens if x.contains(t.span)):
                break
            p.content.extend(strip_span(ctx.text, sents[k].span) for k in run)
            covered.update(run)
            if "+first_person_bridge" not in p.rule:
                p.rule += "+first_person_bridge"


#: how many sentences after the first that unquoted speech opened by a colon may run on (`colon_speech_runs`)
COLON_RUN = 5

#: a speaker's label that opens a sentence ("Berger: …"), as `german.interview_turns` reads it
_LABEL_OPENS = re.compile(r"[A-ZÄÖÜ][\w'’.-]*(?: [A-ZÄÖÜ][\w'’.-]*){0,2}:\s")


def colon_speech_runs(ctx: Context) -> None:
    """Unquoted speech in the indicative that a colon opens goes on past its first sentence (German;
    the words of a speaker whose quotation marks the page lost): after a verb of speech and a colon
    ("…, sagte X: Das ist zu teuer. Und die Kassen sind leer.", `_said_after_colon`) or a lone
    speaker's label ("Berger: …", `attr.direct.de.interview_turn`), the sentences right after the
    claim's, in its paragraph, join it (rule suffix `+colon_run`, at most COLON_RUN) while each is in
    the first person (`speaking_first_person`) or opens with a word that points back at the words
    before it (`_leans_back`: "Und", "Da", "Deshalb"); up to two other sentences join it when the
    speaker's reported speech goes on right after them (a continuation in the Konjunktiv claims the
    next sentence: the speaker talks before and after them). No sentence joins that another claim
    covers, opens with a label, has a quotation mark, a cue with a speaker of its own, names a
    person, or (when not in the first person) is in the Konjunktiv, a question, in the past tense or
    speaks of someone as "er" or "sie" (`person_pronouns`: the author's report). The stops are read
    from the words (`_past_finite`, `_names_a_person`'s surnames), as most sentences between speech
    have no parse (issue 7: "Damit will Fischer verhindern, …" after the speaker's words is the
    author's). A claim cut at a colon inside its
    sentence ("…: Der Haken ist: Zeit.") first runs to that sentence's end. A claim that runs on is
    `direct`: the speaker's own words, not reported speech (a modal in it, "Wir könnten bald
    schließen", is the speaker's hedge), and its rule says so ("attr.indirect.…" becomes
    "attr.direct.…+colon_run"). A run's last sentences in the first person that tell what
    was done ("Wir haben nachgefragt") stay apart when the author's report in the past goes on right
    after them: the newsroom's "wir" (`_first_person_past`, `_report_resumes`; review of session 36)."""
    cands = {k: c for c in ctx.cands for x in c.content for k in ctx.sentences_overlapping(x)}
    sents = ctx.doc.sentences
    absorbed: set[int] = set()
    for p in ctx.cands:
        if id(p) in absorbed or p.mode not in ("direct", "indirect") or not p.content or not 0 <= p.sent < len(sents) \
                or ctx.inside_any_quote(p.content[0].start) or ctx.text[: p.content[0].start].rstrip()[-1:] != ":":
            continue
        lx = lang(pick(ctx.doc.segments[sents[p.sent].segment].language, ctx.doc.language))
        if lx.code != "de" or not lx.speaking_first_person:
            continue
        if not (p.rule.startswith("attr.direct.de.interview_turn") or _said_after_colon(ctx, p, lx)) or "+first_person" in p.rule:
            continue  # (a run in the first person has found its end: `first_person_runs`)
        last = ctx.sentences_overlapping(p.content[-1])
        if not last:
            continue
        si = last[-1]
        said = [(k, t) for k, t in enumerate(sents[si].tokens) if p.content[-1].start <= t.span.start]
        if any(lx.konjunktiv(t.text) or cue_at(ctx, sents[si].tokens, k, lx) is not None for k, t in said):
            continue  # reported speech in the Konjunktiv, or a tag of its own: no words of the speaker's own
        sent_end = strip_span(ctx.text, sents[si].span).end
        rest = ctx.text[p.content[-1].end : sent_end]
        if rest.strip(" .!?…"):
            if not rest.lstrip().startswith(":") or len(p.content) != 1 or any(t.text in QUOTE_CHARS for _, t in said):
                continue
            end = sent_end - (1 if ctx.text[sent_end - 1] in ".!" else 0)
            p.content[-1] = Span(p.content[-1].start, end)
        run: list[int] = []
        leaning = 0
        for k in range(si + 1, min(len(sents), si + COLON_RUN + 1)):
            nxt = sents[k]
            toks = nxt.tokens
            whole = strip_span(ctx.text, nxt.span)
            first = any(t.text.lower() in lx.speaking_first_person for t in toks)
            verb = konjunktiv(ctx, nxt, lx)
            kon1 = verb is not None and ctx.text[verb.start : verb.end] in lx.konj1
            if (c := cands.get(k)) is not None and first and not kon1 and c.inherit and c.mode == "continuation" \
                    and len(c.content) == 1 and c.content[0].start <= whole.start + 1 and c.content[0].end >= whole.end - 1:
                absorbed.add(id(c))  # "Wir könnten bald schließen.": the speaker's own words in the first person
            elif k in cands:
                break
            if k in ctx.headings or nxt.segment != sents[si].segment or not toks \
                    or "\n" in ctx.text[sents[k - 1].span.end : nxt.span.start] or kon1 \
                    or _LABEL_OPENS.match(ctx.text, whole.start) is not None \
                    or any(t.text in QUOTE_CHARS for t in toks) or _own_speaker(ctx, nxt, lx) or _names_a_person(ctx, nxt, lx):
                break
            if not first and (verb is not None or any(t.text == "?" for t in toks) or _colon_lead(ctx, toks, lx)
                              or any(t.text.lower() in lx.person_pronouns_lower for t in toks) or _past_finite(ctx, toks, lx)):
                break
            if (first or _leans_back(ctx, toks, strip_span(ctx.text, nxt.span), lx)) and leaning == len(run):
                leaning += 1
            run.append(k)
        after = si + len(run) + 1
        went_on = after < len(sents) and (c := cands.get(after)) is not None and c.inherit and c.mode == "continuation" \
            and c.content[0].start >= sents[after].span.start
        run = run if went_on and len(run) <= 2 else run[:leaning]
        while run and _first_person_past(ctx, sents[run[-1]], lx) and _report_resumes(ctx, run[-1] + 1, sents[si].segment, lx):
            run.pop()  # "Wir haben die Sitzung verfolgt. Am Ende stimmten elf Räte …": the author's "wir" (review of session 36)
        for k in range(si + 1 + len(run), si + COLON_RUN + 1):
            if k in cands:
                absorbed.discard(id(cands[k]))  # (a sentence the run did not reach keeps its own claim)
        if not run:
            continue
        p.content.extend(strip_span(ctx.text, sents[k].span) for k in run)
        cands.update((k, p) for k in run)
        # (the speaker's own words, which lost their quotation marks: no reported speech; the rule says so too,
        # "attr.indirect.de.inverted" → "attr.direct.de.inverted+colon_run", as mode and rule agree everywhere)
        p.rule = p.rule.replace("attr.indirect.", "attr.direct.", 1) + "+colon_run"
        p.mode = "direct"
    if absorbed:
        ctx.cands = [c for c in ctx.cands if id(c) not in absorbed]


def _first_person_past(ctx: Context, sent: Sentence, lx: Lang) -> bool:
    """A sentence in the first person that tells what was done: a finite verb in the past tense
    (`past_marker_in`, the parse) or a perfect ("Wir haben nachgefragt": a form of `perfect_auxiliaries`
    of de/time.json, the last word a lower-case participle's shape)."""
    toks = sent.tokens
    if not any(t.text.lower() in lx.speaking_first_person for t in toks):
        return False
    text = ctx.text[sent.span.start : sent.span.end]
    if past_marker_in(text, lx.code) or any("Tense=Past" in ctx.feats_at(t.span) and ctx.finite_indicative(t.span) for t in toks):
        return True
    words = [t.text for t in toks if t.text[:1].isalpha()]
    aux = set(load(lx.code, "time").get("perfect_auxiliaries", []))
    return len(words) > 2 and bool(aux & {w.lower() for w in words}) and words[-1].islower() and words[-1].endswith(("t", "en"))


def _report_resumes(ctx: Context, k: int, segment: int, lx: Lang) -> bool:
    """The sentence k, right after a run, in its segment, is the author's report in the past tense:
    no first person, no quotation mark, a finite verb in the past (`past_marker_in` or the parse)."""
    sents = ctx.doc.sentences
    if not 0 <= k < len(sents) or sents[k].segment != segment:
        return False
    toks = sents[k].tokens
    if any(t.text.lower() in lx.speaking_first_person or t.text in QUOTE_CHARS for t in toks):
        return False
    return past_marker_in(ctx.text[sents[k].span.start : sents[k].span.end], lx.code) \
        or any("Tense=Past" in ctx.feats_at(t.span) and ctx.finite_indicative(t.span) for t in toks)


def _colon_lead(ctx: Context, toks: list[Token], lx: Lang) -> bool:
    """The sentence opens with a short clause that announces what its colon opens (`colon_lead_clause`
    of cues.json: "Und eines ist klar: …"): a claim of its own, no run-on of the words before it."""
    lead = load(lx.code, "cues").get("colon_lead_clause", {})
    colon = next((k for k, t in enumerate(toks) if t.text == ":" and not ctx.inside_any_quote(t.span.start)), None)
    if colon is None:
        return False
    words = [t.text.lower() for t in toks[:colon] if t.text[:1].isalnum()]
    return bool(words) and (bool(set(words) & set(lead.get("pronouns", []))) or words[-1] in lead.get("predicates", []))


def _names_a_person(ctx: Context, sent: Sentence, lx: Lang) -> bool:
    """The sentence names a person by name (a PER entity outside quotation marks), opens with one
    as its subject, or names one by a surname the text gives elsewhere (`_known_surname`): a new
    person may speak next ("Ein Bauer hält am Feldrand. Ich hab nix gesehen."), or the author
    speaks of the speaker ("Damit will Fischer verhindern, …")."""
    from .antecedents import names_person, opening_subject

    if any(e.label == "PER" and sent.span.contains(e.span) and not ctx.inside_any_quote(e.span.start) for e in ctx.doc.entities):
        return True
    subj = opening_subject(ctx, sent, lx)
    if subj is not None and names_person(ctx, subj, lx):
        return True
    toks = sent.tokens
    return any(_known_surname(ctx, toks, k, lx) for k in range(len(toks)))


def _known_surname(ctx: Context, toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k], capitalised and outside quotation marks, no article before it, is the surname of a
    person the text names in full somewhere: after a given name (`given_names.json`: "Kurt Fischer")
    or as the last word of a person the entity model found. Read from the words alone, so a
    sentence the models did not read still names the person, also by a surname that is a noun
    too ("Fischer", "Koch", "Bauer" without an article). Not after an article joined to a preposition
    (`noun_articles` of lexicon.json: "im Sommer", "am Berg" are the nouns, when the speaker is Anna Sommer)."""
    t = toks[k]
    if len(t.text) < 3 or not surname_word(t.text) or ctx.inside_any_quote(t.span.start) \
            or (k > 0 and (toks[k - 1].text.lower() in lx.determiners or toks[k - 1].text.lower() in _noun_articles(lx.code))):
        return False
    return t.text in ctx.person_surnames()


@cache
def _noun_articles(code: str) -> frozenset[str]:
    """Articles, also joined to a preposition ("im", "zum"), before a noun (`noun_articles` of lexicon.json; `_known_surname`)."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("noun_articles", []))


def _past_finite(ctx: Context, toks: list[Token], lx: Lang) -> bool:
    """A finite verb in the past tense: the parse's, or, for a sentence without a parse, a word of
    `tense_past` of resources/de/time.json that is no adjective of `past_words` ("letzten") and no
    participle of `tense_participle_patterns` ("gewesen") or `tense_past_participles` ("worden"), in
    lower case unless it opens the sentence: the author's report of what happened."""
    if any("Tense=Past" in ctx.feats_at(t.span) and ctx.finite_indicative(t.span) for t in toks):
        return True
    # (in lower case, or opening the sentence: "Las Palmas" is no "las")
    return any(t.text.lower() in _finite_past_words(lx.code) for k, t in enumerate(toks)
               if (k == 0 or t.text[:1].islower()) and not ctx.inside_any_quote(t.span.start))


@cache
def _finite_past_words(code: str) -> frozenset[str]:
    """The finite past forms of `tense_past` (`_past_finite`): less the adjectives of `past_words` and the participles."""
    time = load(code, "time")
    participle = [re.compile(p) for p in time.get("tense_participle_patterns", [])]
    return frozenset(w.lower() for w in time.get("tense_past", []) if w not in time.get("past_words", [])
                     and w not in time.get("tense_past_participles", []) and not any(p.fullmatch(w) for p in participle))


def _first_person_ends_before(ctx: Context, p: Cand, c: Cand) -> bool:
    """`p`'s claim is the sentence right before `c`'s (all of it, or all after a colon), in its paragraph,
    unquoted and in the first person."""
    said = p.content[-1]
    if c.sent < 1 or ctx.inside_any_quote(said.start) or said.end > c.content[0].start:
        return False
    between = ctx.text[said.end : c.content[0].start]
    if "\n" in between or between.strip(" .!?…") or ctx.sentences_overlapping(said)[-1:] != [c.sent - 1]:
        return False
    sent = ctx.doc.sentences[c.sent - 1]
    lead = ctx.text[strip_span(ctx.text, sent.span).start : said.start].strip()
    if lead and not lead.endswith(":"):
        return False  # a clause a cue governs ("Leute haben mir gesagt, dass …"): another's words inside the speech
    lx = lang(pick(ctx.doc.segments[sent.segment].language, ctx.doc.language))
    # (or the words a verb of speech announced with a colon: "…, sagte X: Das ist schwierig. Wir …")
    return lx.code == "de" and (any(t.text.lower() in lx.speaking_first_person for t in sent.tokens if said.contains(t.span))
                                or (len(p.content) == 1 and _said_after_colon(ctx, p, lx)))


def lead_conjunctions(ctx: Context) -> None:
    """German contents without the conjunction and colon that lead into them (`_without_conjunction_colon`)."""
    for c in ctx.cands:
        _without_conjunction_colon(ctx, c)


def _without_conjunction_colon(ctx: Context, c: Cand) -> None:
    """What was said opens without the conjunction and colon that lead into it ("…, sagte er Ja,
    aber: Ich habe …"; `tag_goes_on` of resources/de/cues.json)."""
    if not c.content or not 0 <= c.sent < len(ctx.doc.sentences):
        return
    lx = lang(pick(ctx.doc.segments[ctx.doc.sentences[c.sent].segment].language, ctx.doc.language))
    x = c.content[0]
    m = re.match(r"(\w+)\s*:\s*", ctx.text[x.start : x.end])
    if lx.code == "de" and m is not None and m.group(1).lower() in lx.tag_goes_on and m.end() < len(x):
        c.content[0] = Span(x.start + m.end(), x.end)


def _after_lead_colon(ctx: Context, sent: Sentence, marker: Span, nearest: bool = False) -> Span:
    """The sentence, or only what follows its colon when the colon (outside quotation marks) stands
    before `marker`, the word that makes it speech: "Doch der Ökonom sieht es nüchtern: Sparen liegt
    uns nicht." — the author's lead-in before the colon is no part of what was said. With `nearest`,
    of several colons the one nearest before `marker` ("Nach dem Sturm war es klar: Sie zog weg: Ich …")."""
    whole = strip_span(ctx.text, sent.span)
    colons = [t.span for t in sent.tokens if t.text == ":" and t.span.end <= marker.start and not ctx.inside_any_quote(t.span.start)]
    colon = (colons[-1] if nearest else colons[0]) if colons else None
    return strip_span(ctx.text, Span(colon.end, whole.end)) if colon is not None else whole


def _lead_colon_subject(ctx: Context, sent: Sentence, marker: Span, last: Cand, found: list[Cand], lx: Lang) -> Span | None:
    """The person that opens the sentence as its subject before a colon (outside quotation marks)
    that stands before `marker`, the first person that makes it speech ("Bürgermeisterin Eva Roth
    sieht es anders: Unsere Straßen …"), when that person is not the speaker of `last` (the speech
    before): a sentence with a subject of its own is no continuation of someone else's. None
    otherwise."""
    from .antecedents import names_person, opening_subject

    colon = next((t.span for t in sent.tokens if t.text == ":" and t.span.end <= marker.start and not ctx.inside_any_quote(t.span.start)), None)
    if colon is None:
        return None
    subj = opening_subject(ctx, sent, lx)
    if subj is None or subj.end > colon.start or not names_person(ctx, subj, lx):
        return None
    src = last.source or next((c.source for c in reversed(found) if c.source is not None and c.content[0].start <= last.content[0].start), None)
    if src is not None:
        words = {w for w in ctx.text[src.start : src.end].replace("-", " ").split() if w[:1].isupper() and len(w) > 2}
        if src.overlaps(subj) or any(w in words for w in ctx.text[subj.start : subj.end].replace("-", " ").split()):
            return None  # the same speaker named again
    return _name_before_preposition(ctx, subj, lx)


def _first_person_goes_on(ctx: Context, sent: Sentence, last: Cand, lx: Lang) -> Span | None:
    """The word in the first person ("wir", "unser", `speaking_first_person`) that makes the sentence, with no
    quotation marks and no cue of its own, go on with the unquoted direct speech in the first person
    of the sentence before (`last`, which ends that sentence): the author does not speak as "wir"."""
    if last.mode not in ("direct", "continuation", "indirect") or not last.content or not lx.speaking_first_person:
        return None
    said = last.content[-1]
    if ctx.inside_any_quote(said.start):
        return None
    if not any(ctx.text[t.span.start : t.span.end].lower() in lx.speaking_first_person
               for t in ctx.doc.sentences[last.sent].tokens if said.contains(t.span)):
        # after reported speech in the third person, a sentence in the first person with no cue is the
        # speaker's own words, unquoted ("Er selbst sei geflohen. Ich habe dort alles verloren …"),
        # when the reported speech ends its sentence (or a tag closes it: ", sagte X"), names its
        # speaker or goes on with it, and is in the Konjunktiv or closed by a tag
        end = strip_span(ctx.text, ctx.doc.sentences[last.sent].span).end
        if said.end < end - 1 and not ctx.text[said.end : end].strip(" .!?").startswith(","):
            return None
        if ".postposed" not in last.rule and not any(said.contains(t.span) and lx.konjunktiv(t.text) for t in ctx.doc.sentences[last.sent].tokens) \
                and not _said_after_colon(ctx, last, lx):
            return None  # the third person in the indicative after a colon ("X dazu: Die Regeln gelten.") may be the author's report
        words = [t.text for t in ctx.doc.sentences[last.sent].tokens if said.contains(t.span) and t.text[:1].isalpha()]
        if len(words) >= 2 and words[-1].islower() and words[-1].endswith("en") and (words[-2] == "zu" or "zu" in words[-1][2:-3]):
            return None  # an infinitive ("forderte X auf, sich zurückzuziehen"): a request; the first person after it may be the answer
    toks = sent.tokens
    if any(t.text in QUOTE_CHARS or t.text == "?" for t in toks) or _own_speaker(ctx, sent, lx):
        return None
    return next((t.span for t in toks if t.text.lower() in lx.speaking_first_person), None)


def _said_after_colon(ctx: Context, last: Cand, lx: Lang) -> bool:
    """`last` is what a verb of speech announced with a colon ("…, sagte X: Das ist schwierig."): the
    words after the colon are the speaker's own, unquoted, though in the third person; a sentence in the
    first person after them goes on with them (`attr.continuation.de.first_person`, then joined to
    them by `first_person_runs`). Not a colon
    after a noun or "dazu" ("X dazu: Die Regeln gelten."), which may lead into the author's report."""
    before = ctx.text[: last.content[0].start] if last.content else ""
    if last.cue is None or not before.rstrip().endswith(":") or before == before.rstrip():
        return False  # (no colon right before the words, or one inside a score or a time: "mit 5:1")
    return bool(lx.forms.get(ctx.text[last.cue.start : last.cue.end].lower()))


def _frame_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The person whose state of mind the sentence frames without saying anything (`frame_verbs`:
    "Der Landrat zeigte sich erschüttert.", "Gelassen gab sich die Ministerin."): the subject
    before the verb, or after its reflexive when an adjective opens the sentence; None when the
    sentence has a clause of its own after a comma or a colon."""
    from .antecedents import opening_subject

    toks = sent.tokens
    lows = lowered(toks)
    if any(t.text in (":", ",") or lows[k] == "dass" for k, t in enumerate(toks)):
        return None
    for k in range(1, len(toks) - 1):
        for fv in lx.frame_verbs:
            if lows[k : k + len(fv)] != list(fv) or ctx.inside_quote(toks[k].span.start):
                continue
            subj = opening_subject(ctx, sent, lx)
            if subj is not None and subj.end <= toks[k].span.start:
                return subj
            j = k + len(fv)
            while j < len(toks) - 1 and j - k - len(fv) < 2 and toks[j].text.islower() and lows[j] not in lx.determiners:
                j += 1  # "Erschüttert zeigte sich auch die Ministerin"
            if k == 1 and toks[0].text[:1].isupper() and j < len(toks) and lows[j] in lx.determiners:
                e = np_forward(ctx, toks, j, lx, apposition=False)
                if e > j:
                    sp = Span(toks[j].span.start, toks[e - 1].span.end)
                    if classify_mention(ctx.text[sp.start : sp.end], lx)[1] != "unnamed" or any(
                            t.text in lx.person_roles for t in toks[j:e]):
                        return sp
            return None
    return None


def _quoted_by(ctx: Context, sent: Sentence, subject: Span, lx: Lang) -> Span | None:
    """In a sentence whose verb is one of quoting (`quote_lemmas`: "X zitierte die Meinung der
    Kanzlerin", "X zitierte den Bürgermeister"), the one quoted: the owner of a noun of what is said
    (`nach_heads`: "Meinung", "Einschätzung", "Worten") in the genitive, else the object itself;
    None without such a verb or object. The next Konjunktiv is that one's speech, relayed by X."""
    from .verbs import _quoting

    lemmas = _quoting(lx.code).lemmas
    toks = sent.tokens
    verb = next((k for k, t in enumerate(toks) if any(f.lemma in lemmas for f in lx.forms.get(t.text.lower(), []))), None)
    if verb is None:
        return None
    k = verb + 1
    while k < len(toks) and toks[k].span.end <= subject.end:
        k += 1  # past the subject after the verb ("zitierte der Präsident X die …")
    if k >= len(toks) or toks[k].text.lower() not in lx.determiners:
        return None
    e = np_forward(ctx, toks, k, lx, apposition=False)
    if e <= k + 1:
        return None
    head = k + 1
    while head < e and toks[head].text[:1].islower():
        head += 1  # past adjectives ("die klare Meinung der …")
    if head < e and toks[head].text in lx.nach_heads_cased:
        if head + 2 < e and toks[head + 1].text.lower() in ("der", "des"):
            return Span(toks[head + 2].span.start, toks[e - 1].span.end)
        return None
    return Span(toks[k].span.start, toks[e - 1].span.end)


def _same_name(ctx: Context, named: Span, last: Cand, found: list[Cand]) -> bool:
    """The speech before (`last`, or the candidate it inherits from) is by the one `named` names
    (the same last word: "Merkel" … "Angela Merkel"), so what follows inherits its source and chain."""
    src = last.source
    if src is None and last.inherit:
        src = next((c.source for c in reversed(found) if c.source is not None and c.sent <= last.sent), None)
    if src is None:
        return False
    mine, theirs = ctx.text[named.start : named.end].split(), ctx.text[src.start : src.end].split()
    return bool(mine) and bool(theirs) and mine[-1] == theirs[-1]


def _own_words_after_named(ctx: Context, sent: Sentence, named: Span, lx: Lang) -> Span | None:
    """The word of the first person singular (`speaking_first_person_singular`: "ich", "mir", "mein")
    that makes an unquoted sentence with no question and no cue the words of the person the
    sentence before named (`named` is a person's name, not a body's or a group's)."""
    toks = sent.tokens
    if not lx.speaking_first_person_singular or any(t.text in QUOTE_CHARS or t.text == "?" for t in toks):
        return None
    words = ctx.text[named.start : named.end].split()
    if not words or not (any(e.label == "PER" for e in entities_overlapping(ctx.doc, named))
                         or full_name(ctx.doc, words[-1]) is not None or classify_mention(" ".join(words), lx)[1] == "person"):
        return None
    return next((t.span for t in toks if t.text.lower() in lx.speaking_first_person_singular), None)


def _framed_links(ctx: Context, si: int, subject: Span, lx: Lang) -> list[tuple[Span, bool]]:
    """The downstream links that sentence `si`, which names `subject`, names (told, held, aired, an
    interview): the links of what that subject says right after it."""
    return [(sp, False) for sp, up in vias(ctx, ctx.doc.sentences[si].tokens, lx, exclude=subject) if not up and not sp.overlaps(subject)]


def _named_subject(ctx: Context, sent: Sentence, lx: Lang, persons: list[Span]) -> Span | None:
    """The one a German sentence without speech is about: the person or body that opens it
    ("Der Verband Grünland hingegen bleibt vorsichtig."), else the one person it names by name
    outside quotations, when it names only one ("Am Morgen hatte Weingart die Baustelle besichtigt.";
    `persons`: the sentence's PER entities outside quotations)."""
    from .antecedents import opening_subject

    toks = sent.tokens
    if len(toks) < 3 or toks[-1].text != "." or any(lx.konjunktiv(t.text) for t in toks):
        return None  # (a headline or a subheading ends without a full stop)
    quoted = passive_quoted(ctx, toks, lx)
    if quoted is not None:
        return quoted[0]  # "Im Bericht der Stiftung wird ein Zeuge zitiert.": the one quoted (session 35)
    subj = opening_subject(ctx, sent, lx)
    if subj is not None:
        return subj
    s = skip_conjunction(toks)
    e = np_forward(ctx, toks, s, lx, apposition=False)
    if e > s + 1 and e < len(toks) and toks[e].text.islower() and toks[s].text.lower() in lx.determiners:
        sp = Span(toks[s].span.start, toks[e - 1].span.end)
        if classify_mention(ctx.text[sp.start : sp.end], lx)[1] not in ("unnamed", "document"):
            return sp
    names = [p for p in persons if sent.span.contains(p)]
    if not names:
        # (not in the object of a preposition, not after a capitalised word other than a given name: "in New
        # York im Urlaub" names a place, "den Winzer Huber" an object; "Eva Roth" is her name)
        names = [t.span for k, t in enumerate(toks) if t.text[:1].isupper() and len(t.text) > 2 and not ctx.inside_any_quote(t.span.start)
                 and k > 0 and not _after_preposition(toks, k) and (not toks[k - 1].text[:1].isupper() or toks[k - 1].text in german_given_names())
                 and not ctx.in_timex(t.span) and full_name(ctx.doc, t.text) is not None]
    return names[0] if len(names) == 1 else None


def _after_preposition(toks: list[Token], k: int) -> bool:
    """toks[k] ends a run of capitalised words right after a preposition ("in New York", "mit Weingart");
    not "von", which names whose view or words a phrase gives ("aus Sicht von Weingart")."""
    j = k
    while j > 0 and toks[j - 1].text[:1].isupper() and toks[j - 1].text.isalpha():
        j -= 1
    return j > 0 and toks[j - 1].text.lower() in PREPOSITIONS_DE and toks[j - 1].text.lower() != "von"


def _other_person_before(ctx: Context, si: int, last: Cand | None, found: list[Cand], line_of: Callable[[int], int],
                         lx: Lang) -> tuple[Span, bool] | None:
    """The person that opens the sentence right before (in the same paragraph, a sentence of no
    speech act), when that person is not the speaker the speech would otherwise go on with: the
    Konjunktiv after it is what that person says ("Die Anwohner forderten … . Umweltberater Jan Ott
    sieht darin eine Wiederholung … . Die Ursache sei bis heute ungeklärt."); also when that sentence
    opens with a pronoun of one person that stands for them (`_pronoun_opener_stands_for`: True
    second)."""
    from .antecedents import clause_subject, names_person, opening_body, opening_subject

    if si == 0 or last is None:
        return None
    k = si - 1
    while k > 0 and _asked(ctx, ctx.doc.sentences[k]) and line_of(ctx.doc.sentences[k - 1].span.start) == line_of(ctx.doc.sentences[k].span.start):
        k -= 1  # "X öffnet die Tür. Ob er hier wohne? Seit zehn Jahren schon, sei die Antwort.": past the questions put to X
    prev = ctx.doc.sentences[k]
    if line_of(prev.span.start) != line_of(ctx.doc.sentences[si].span.start):
        return None
    about = opening_subject(ctx, prev, lx) or opening_body(ctx, prev, lx, modal=False)
    by_pronoun = about is None and (about := _pronoun_opener_stands_for(ctx, k, lx)) is not None
    if about is None:
        # "Allerdings ist X davon überzeugt, dass …": the subject after the verb, or the parse's, when it names a person
        about = clause_subject(ctx, k, lx)
        if about is None or not (names_person(ctx, about, lx) or _role_described(ctx, about, lx)):
            # "Etwas gelassener beurteilte Bürgermeister X die Lage.": a graded opener before the verb
            # (also where the parse made the opener the subject: "Etwas langen Atem bewies X")
            about = _person_after_graded_opener(ctx, prev, lx)
        if about is None or not (names_person(ctx, about, lx) or _role_described(ctx, about, lx)):
            return None
    src = last.source or next((c.source for c in reversed(found) if c.source is not None and c.content[0].start <= last.content[0].start), None)
    if src is None or src.overlaps(about):
        return None
    words = {w for w in ctx.text[src.start : src.end].replace("-", " ").split() if w[:1].isupper() and len(w) > 2}
    if any(w in words for w in ctx.text[about.start : about.end].replace("-", " ").split()):
        return None  # the same speaker named again
    return _name_before_preposition(ctx, about, lx), by_pronoun


#: the rule of a German Konjunktiv sentence that goes on with the speech before it (its speaker inherited)
PLAIN_RULE = "attr.continuation.de.konjunktiv"
#: its suffix where the person of the sentence before (`_other_person_before`) is named in it, spoken of (`_named_in`)
SPOKEN_OF_RULE = "+spoken_of"


def _named_in(ctx: Context, sent: Sentence, person: Span) -> bool:
    """Rule suffix +spoken_of (session 39, issue 7): the last word of `person` (a surname or the noun of a
    role: "Ott", "Der Kaufmann"), a word in capitals of three letters or more, stands in `sent` as a word of its
    own, outside quotation marks and not after a preposition ("Ott drängt auf den Bau. Ott sei das bewusst, dem
    Rat aber nicht.", "Der Kaufmann sah eine Kampagne. Die habe unter Ex-Chef Anton Kaufmann begonnen."): the
    Konjunktiv sentence speaks of that person, who is not its speaker then ("Für Ott", "laut Ott": a phrase
    of according-to names the speaker, no one spoken of)."""
    words = re.findall(r"[\w-]+", ctx.text[person.start : person.end])
    if not words or len(words[-1]) < 3 or not words[-1][:1].isupper():
        return False
    name = words[-1]
    toks = sent.tokens
    return any(t.text == name and not ctx.inside_any_quote(t.span.start) and not person.overlaps(t.span)
               and (k == 0 or toks[k - 1].text.lower() not in PREPOSITIONS_DE) for k, t in enumerate(toks))


def _pronoun_opener_stands_for(ctx: Context, k: int, lx: Lang) -> Span | None:
    """Whom the pronoun of one person that opens the author's sentence k stands for ("Bürgermeister
    Karl Moser verhandelt seit Monaten. Er sieht darin eine Chance. Die Fläche sei ein Glücksfall.":
    "Er" is Moser, and the Konjunktiv after it is his; `pronoun_antecedent`), when the sentence k
    opens (after conjunctions, outside quotation marks) with a subject pronoun of
    `person_pronouns` before a word in lower case, and what it stands for names a person (the claim's
    rule suffix `+about_pronoun`, where a person named in the sentence itself gives `+about`). None
    otherwise."""
    from .antecedents import names_person, pronoun_antecedent

    toks = ctx.doc.sentences[k].tokens
    s = skip_conjunctions(toks, len(toks))
    if s >= len(toks) - 2 or toks[s].text.lower() not in lx.person_pronouns_lower \
            or ctx.inside_any_quote(toks[s].span.start) or not toks[s + 1].text[:1].islower():
        return None
    found = pronoun_antecedent(ctx, k, toks[s].span, toks[s + 1].span, lx)
    return found if found is not None and (names_person(ctx, found, lx) or _role_described(ctx, found, lx)) else None


def _asked(ctx: Context, sent: Sentence) -> bool:
    """The sentence is a question of the author's, outside quotation marks ("Ob er hier wohne?",
    "Und die Kosten?"): the one asked answers after it."""
    toks = sent.tokens
    return bool(toks) and toks[-1].text == "?" and not any(t.text in QUOTE_CHARS for t in toks)


#: the endings of a German finite verb in the second place of a main clause ("beurteilte", "sieht",
#: "hält"): a graded opener ("gelassener", "näher") ends otherwise
_FINITE_ENDINGS = ("t", "te", "ten", "en", "e")


def _person_after_graded_opener(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The person named right after the verb of a main clause that opens with a graded phrase of
    several words, no noun phrase of its own ("Etwas gelassener beurteilte Bürgermeister X die
    Lage", "Deutlich schärfer äußerte sich Landesrätin Y"), which the word-order rules and a parse
    that reads the verb as an adjective miss: the first word in lower case with the ending of a
    finite verb (`_FINITE_ENDINGS`) among the first eight, no comma, quotation or determiner
    before it, then (past a reflexive pronoun) a phrase that names a person (`names_person`).
    None otherwise."""
    from .antecedents import names_person

    toks = sent.tokens
    s = skip_conjunctions(toks, len(toks))
    if s >= len(toks) - 2 or not toks[s].text[:1].isupper() or toks[s].text.lower() in lx.determiners \
            or toks[s].text in lx.subject_pronouns or ctx.inside_any_quote(toks[s].span.start):
        return None
    past_noun = False  # an adjective and its noun passed: the next word in lower case is the verb, of any ending
    for k in range(s + 1, min(s + 8, len(toks) - 1)):
        t = toks[k].text
        if not t.isalpha() or t.lower() in lx.determiners or t in lx.subject_pronouns:
            return None  # (a comma, a quotation mark, an article: no graded opener)
        if t[:1].isupper() or t in PREPOSITIONS_DE or not t.islower() or not (past_noun or t.endswith(_FINITE_ENDINGS)):
            continue
        j = k + 2 if toks[k + 1].text in lx.reflexive_pronouns and k + 2 < len(toks) else k + 1  # ("äußerte sich X")
        if not toks[j].text[:1].isupper() or toks[j].text.lower() in lx.determiners:
            return None
        e = np_forward(ctx, toks, j, lx, apposition=False)
        while e - 1 > j and toks[e - 1].text.islower():
            e -= 1
        if e <= j:
            return None
        sp = Span(toks[j].span.start, toks[e - 1].span.end)
        named = names_person(ctx, sp, lx) or (e - j >= 3 and names_person(ctx, Span(toks[j + 1].span.start, sp.end), lx))
        if named:
            return sp  # (a role before the name: "Landesrätin Eva Moser")
        if past_noun or e - j != 1 or ctx.text[sp.start : sp.end] in lx.type_heads:
            return None
        # "Etwas langen Atem bewies Ministerin X": an adjective with the ending of a verb and its noun
        # (one word that names no one); the verb and its subject follow
        past_noun = True
    return None


def _name_before_preposition(ctx: Context, sp: Span, lx: Lang) -> Span:
    """The subject at `sp` without a prepositional phrase the parse hung on it ("X im Gespräch mit
    der Zeitung" → "X", "Der Bürgermeister X aus Kehl" → "Der Bürgermeister X"): cut before the
    first preposition after its first word, when what stays names a person; else `sp` as it is. A
    preposition after a comma belongs to an apposition ("X, Chef von Y"): the subject stays whole."""
    from .antecedents import names_person

    text = ctx.text[sp.start : sp.end]
    for m in re.finditer(r"\s+(\w+)\b", text):
        if m.group(1) in PREPOSITIONS_DE and m.start() > 0:
            if "," in text[: m.start()]:
                return sp
            cut = Span(sp.start, sp.start + m.start())
            return cut if names_person(ctx, cut, lx) else sp
    return sp


def _cue_subject_of_according(ctx: Context, last: Cand | None, lx: Lang) -> Span | None:
    """When the speech before is an according-to phrase ("laut einer Aussendung") in a sentence
    whose cue verb of speech (in the indicative, outside quotations) has a person for its parse subject ("…, sagte X laut einer
    Aussendung"), that person: the one who spoke, whom the continued speech goes on with (the
    phrase names the text that carried it). None otherwise."""
    from .antecedents import names_person

    if last is None or last.mode != "according_to" or not 0 <= last.sent < len(ctx.doc.sentences) or ctx.syntax_subject is None:
        return None
    sent = ctx.doc.sentences[last.sent]
    toks = sent.tokens
    for i, t in enumerate(toks):
        if ctx.inside_quote(t.span.start) or cue_at(ctx, toks, i, lx) != "speech" or not ctx.finite_indicative(t.span):
            continue
        subj = ctx.syntax_subject(sent, i)
        if subj is not None:
            sp = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
        elif (after := _after_perfect_auxiliary(ctx, toks, i, lx)) is not None:
            sp = after  # "Drei Tage später hat X das laut der Klage ausgesagt": the name after the auxiliary
        else:
            continue
        if last.source is not None and sp.overlaps(last.source):
            continue
        if names_person(ctx, sp, lx):
            return sp
    return None


def _after_perfect_auxiliary(ctx: Context, toks: list[Token], i: int, lx: Lang) -> Span | None:
    """The phrase right after the first auxiliary of a perfect (`perfect_auxiliaries`: "hat",
    "hatte") before the participle `toks[i]`, in the second place of the main clause (no comma
    before it), when it opens with a capital and is no article ("Drei Tage später hat X das vor
    Gericht, in Wien, ausgesagt" → "X"): the subject of an inverted clause, which the parse may
    miss. None otherwise (the caller asks that it names a person)."""
    for k in range(1, i):
        t = toks[k]
        if t.text in (",", ";", ":") or ctx.inside_quote(t.span.start):
            return None
        if t.text not in lx.perfect_auxiliaries:
            continue
        j = k + 1
        if j >= i or not toks[j].text[:1].isupper() or toks[j].text.lower() in lx.determiners:
            return None
        e = min(np_forward(ctx, toks, j, lx, apposition=False), i)
        while e - 1 > j and toks[e - 1].text.islower():
            e -= 1
        return Span(toks[j].span.start, toks[e - 1].span.end) if e > j else None
    return None


def _role_described(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The phrase at `sp` is a definite description of one person by a role noun ("der
    Ministeriumssprecher", "die Bürgermeisterin"): the article, at most an adjective, and the role
    (`is_role`) in the singular (the parse's number), outside quotations. The articles are those of
    a definite description of a person (`description_articles`: "der", "die")."""
    from ..sources.gazetteer import is_role

    words = re.findall(r"[\w-]+", ctx.text[sp.start : sp.end])
    if not 2 <= len(words) <= 3 or words[0].lower() not in lx.description_articles or ctx.inside_any_quote(sp.start):
        return False
    head = words[-1]
    w = ctx.word_at(Span(sp.end - len(head), sp.end)) if ctx.text[sp.start : sp.end].endswith(head) else None
    return is_role(head, lx) and w is not None and "Number=Sing" in w.feats and all(x[:1].islower() for x in words[1:-1])


def _nested_in_speech(ctx: Context, si: int, sent: Sentence, cands: list[Cand], last: Cand, lx: Lang) -> Cand | None:
    """"Er habe früher viele Kunden gehabt. Einige Nachbarn hätten ihm sogar gesagt: «…»": a speech
    act told in the Konjunktiv right after someone's reported speech (the verb that marks it stands
    before the new cue, outside what the new speaker said) is that speech going on: the new speaker's words reach the
    article through the one reporting them (`Cand.relayed_by`), and the sentence is a continuation
    of theirs. Returns that continuation, or None."""
    own = [c for c in cands if c.cue is not None and c.source is not None and not c.inherit and c.mode in ("direct", "indirect")]
    if not own or len(own) != len(cands):
        return None
    if lx.question_openers and " ".join(ctx.text[sent.span.start : sent.span.end].split()).lower().startswith(lx.question_openers):
        return None  # "Auf die Frage, ob das so sei, sagte X: …": the Konjunktiv of the question put to X, no speech going on
    said = [x for c in own for x in c.content]
    marker = konjunktiv(ctx, sent, lx, skip=said)
    if marker is None or any(c.cue is not None and c.cue.start <= marker.start and not _in_relative_clause_at(sent.tokens, c.cue) for c in own):
        return None  # ("Die Opposition erklärte, …" in the indicative: a speaker of the author's own; "Das zeige X": X's evidence)
    outer = last.source or next((c.source for c in reversed(ctx.cands) if c.source is not None and c.content[0].start <= last.content[0].start), None)
    if outer is None:
        return None
    for c in own:
        # a pronoun is the reporter himself ("Er habe betont, …"), unless the reporter is a medium
        if c.source is not None and ctx.text[c.source.start : c.source.end] in lx.subject_pronouns and not is_medium(ctx, outer, lx):
            return None
    for c in own:
        c.relayed_by = last
    content = strip_span(ctx.text, sent.span)
    return Cand("continuation", [content], marker, None, "attr.continuation.de.konjunktiv+nested", si, inherit=True)


def _relayed_according(ctx: Context, sent: Sentence, cands: list[Cand], last: Cand, lx: Lang) -> None:
    """"Viele Verträge seien unfair, sagte der Verbandschef. So arbeite jeder dritte Fahrer ohne
    Pause, laut einer Studie der Kammer.": an according-to phrase after the Konjunktiv verb of a sentence that goes
    on with someone's reported speech names the one whose figures that speaker relays — the
    speaker is a downstream link of its claim (`Cand.relayed_by`). Not a fronted phrase ("Laut
    Polizei seien …" opens the author's own sentence), nor after a quotation."""
    if last.mode not in ("indirect", "continuation"):
        return
    for c in cands:
        if c.mode != "according_to" or c.cue is None or c.relayed_by is not None or c.inherit:
            continue
        marker = konjunktiv(ctx, sent, lx, skip=[c.source] if c.source is not None else None)
        if marker is not None and marker.end <= c.cue.start and not ctx.inside_any_quote(c.cue.start):
            c.relayed_by = last


def _in_relative_clause_at(toks: list[Token], sp: Span) -> bool:
    k = next((k for k, t in enumerate(toks) if t.span.start >= sp.start), len(toks) - 1)
    return _in_relative_clause(toks, k)


def _mentions(ctx: Context, sent: Sentence, last: Cand, found: list[Cand]) -> bool:
    """The sentence names the speaker of `last` (a capitalized word of its source mention, or of
    the latest earlier one when `last` inherits) or opens with a personal pronoun."""
    src = last.source
    if src is None:
        src = next((c.source for c in reversed(found) if c.source is not None and c.content[0].start <= last.content[0].start), None)
    toks = sent.tokens
    if toks and toks[0].text in ("Er", "Sie"):
        return True
    if src is None:
        return True  # nothing to compare: keep the speaker
    words = {w for w in ctx.text[src.start : src.end].replace("-", " ").split() if w[:1].isupper() and len(w) > 3}
    return not words or any(w in words for t in toks for w in t.text.replace("-", " ").split())


def line_index(ctx: Context) -> Callable[[int], int]:
    """Position → index of its line among body lines (embeds in between do not count)."""
    import bisect

    from ...textutil import lines, within_any

    in_body = within_any(s.span for s in ctx.doc.segments if s.kind == "body")
    starts = [ln.start for ln in lines(ctx.text) if in_body(ln)]

    def line_of(pos: int) -> int:
        return bisect.bisect_right(starts, pos)

    return line_of


def konjunktiv(ctx: Context, sent: Sentence, lx: Lang, allow_modal: bool = False, skip: list[Span] | None = None,
               allow_hearsay: bool = True) -> Span | None:
    """The verb that marks the sentence as continued reported speech: a Konjunktiv I, a Konjunktiv
    II outside a relative clause (there it is the author's: "…, die in besseren Zeiten ihr Glück
    woanders gesucht hätten") and other than the singular "hätte"/"wäre" (`irrealis_konjunktiv2`:
    the author's irrealis, as reported speech says "habe"/"sei"), a modal one only right after speech
    (`allow_modal`), or reportative "soll … getan haben" (`allow_hearsay`); none inside the spans `skip`."""
    toks = sent.tokens
    lows = lowered(toks)
    if any(w in lx.conditional_openers for w in lows[:3]):
        return _konjunktiv1_after_condition(ctx, toks, lx, skip)
    if lx.question_openers and ctx.text[sent.span.start : sent.span.end].lower().startswith(lx.question_openers):
        return None  # "Auf die Frage, ob er … habe, sagte X": the question put to the speaker
    for k, t in enumerate(toks):
        w, low = t.text, lows[k]
        if ctx.inside_quote(t.span.start) or (skip and any(x.contains(t.span) for x in skip)):
            continue
        k1 = w in lx.konj1 or (w.islower() and len(w) > 6 and w.endswith(lx.konj1_suffixes))
        k2 = low in lx.konj2 and low not in lx.author_modals | lx.irrealis_konjunktiv2 and (allow_modal or low not in lx.modal_konjunktiv2)
        if k2 and k > 0 and lows[k - 1] == "als":
            continue  # "Als wäre es nicht genug, …", "…, als hätte er nichts gewusst": a comparison, the author's
        if k1 or (k2 and not _in_relative_clause(toks, k)):
            if w[0].isupper() and low not in lx.konjunktiv_copulas:
                continue
            if _attributive_adjective(ctx, toks, k):
                continue  # "…, die reiche Ernte brachten": an adjective before its noun, no verb
            if k1 and ((k > 0 and lows[k - 1] == "ich") or (k + 1 < len(toks) and lows[k + 1] == "ich")):
                continue  # "Ich habe …", "Dann verspreche ich …": the first person singular in the indicative
            if _under_indicative(ctx, toks, k, lx):
                continue  # "Israel wurde aufgefordert, …, damit Hilfe ankommen könne": the author's main clause
            if not k1 and _beside_indicative(ctx, toks, k, lx):
                continue  # "Die Händler hätten gern länger geöffnet, die Stadt lehnte aber ab": the author's irrealis
            return t.span
        if allow_hearsay and low in lx.hearsay_modals and _hearsay_perfect([t.text for t in toks], k, lx):
            return t.span  # reportative "soll … getan haben": hearsay that goes on
    return None


def _attributive_adjective(ctx: Context, toks: list[Token], k: int) -> bool:
    """The parse reads toks[k], a form in -e of the Konjunktiv lists, as an adjective before the
    noun after it ("reiche Ernte", "enge Grenzen"), and a verb in the indicative after them is
    the clause's finite verb. (The German model tags Konjunktiv verbs poorly — "seien",
    "überwache" get any part of speech — so only this reading, with its noun next and the
    clause's own verb, is taken from it.)"""
    if k + 1 >= len(toks) or not toks[k].text.endswith("e"):
        return False
    w = ctx.word_at(toks[k].span)
    nxt = ctx.word_at(toks[k + 1].span)
    if w is None or nxt is None or w.pos != "ADJ" or w.dep != "amod" or nxt.pos not in ("NOUN", "PROPN"):
        return False
    if ctx.doc.syntax[w.head] is not nxt:
        return False
    # the clause's finite verb comes later ("…, die reiche Ernte brachten"): "Dahinter liege Bergheim am Fluss" keeps its verb
    for t in toks[k + 2 :]:
        if t.text in (",", ";", ":"):
            return False
        if ctx.finite_indicative(t.span):
            return True
    return False


def _konjunktiv1_after_condition(ctx: Context, toks: list[Token], lx: Lang, skip: list[Span] | None) -> Span | None:
    """A sentence that opens with a condition or a question ("Wenn …, …", "Ob …, …") goes on with
    reported speech only when its main clause, after the condition's comma, has a Konjunktiv I,
    which no hypothesis of the author's uses ("Wenn die Straße gebaut werde, sei der Wald
    verloren"; not "Wenn es regnen würde, käme niemand"); not next to "ich", where the form is
    the indicative ("…, habe ich …")."""
    lows = lowered(toks)
    c = next((k for k, t in enumerate(toks) if t.text == "," and not ctx.inside_quote(t.span.start)), None)
    if c is None:
        return None
    for k in range(c + 1, len(toks)):
        t = toks[k]
        if t.text in (";", ":") or lows[k] in lx.conditional_openers:
            return None
        if t.text not in lx.konj1 or ctx.inside_quote(t.span.start) or (skip and any(x.contains(t.span) for x in skip)):
            continue
        if any(w in lx.konjunktiv1_indicative_pronouns for w in lows[max(0, k - 1) : k + 2]) or _in_relative_clause(toks, k):
            continue
        return t.span
    return None


def _under_indicative(ctx: Context, toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k] stands in a subordinate clause opened after a comma ("…, damit …", "…, weil …")
    and the main clause before it has a finite verb in the indicative (the parse's reading: the
    sentences that may go on with speech are parsed). Not a clause of what was said ("…, dass …",
    `complementizers`): "X ist der Meinung, dass …" is X's (`_named_main_subject`). An indirect
    question is (`indirect_question_openers`: "Offen ist, ob die Kasse zahle", "Unklar blieb, wann
    der Bau beginne"): under the author's indicative it reports an open question, no one's speech
    (issue 7, session 37)."""
    m = k - 1
    while m >= 0 and toks[m].text != ",":
        m -= 1
    if m <= 0 or m + 1 >= k:
        return False
    opener = toks[m + 1].text.lower()
    question = opener in lx.indirect_question_openers
    if not question and (opener not in SUBORDINATORS or opener in lx.complementizers):
        return False
    main = [t for t in toks[:m] if not ctx.inside_quote(t.span.start)]
    if any(ctx.finite_indicative(t.span) for t in main):
        return True
    # (a sentence without a parse: the main clause's verb read from the words, a finite past form or
    # a present indicative of `indicative_question_frames`: "Offen ist, ob …", "Unklar blieb, wann …")
    return question and any(t.text.lower() in _finite_past_words(lx.code) or t.text.lower() in lx.indicative_question_frames
                            for t in main)


#: the filter that sets aside a Konjunktiv II beside a main clause in the indicative (`_beside_indicative`)
_IRREALIS_RULE = "attr.filter.de.irrealis_beside_indicative"
#: "dass", "ob": the openers of a clause a main clause's verb governs; a Konjunktiv II in it is what that subject says
_GOVERNED_OPENERS = frozenset(load("de", "konjunktiv").get("governed_clause_openers", []))
#: the parse's relations of the finite verb of a main clause beside another ("…, die Stadt lehnte aber ab")
_MAIN_CLAUSE_DEPS = frozenset({"root", "conj", "parataxis"})


def _beside_indicative(ctx: Context, toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k], a Konjunktiv II ("hätten", "würden"), shares its sentence with a main clause of its own
    after or before a comma whose finite verb the parse reads in the indicative, and no word of the
    sentence is a Konjunktiv I: "Die Händler hätten gern länger geöffnet, die Stadt lehnte den Antrag
    aber ab." Reported speech keeps the whole sentence in the subjunctive; the indicative beside the
    Konjunktiv II is the author telling what happened against what would have (rule
    attr.filter.de.irrealis_beside_indicative, set aside). A clause opened by a subordinator, a
    relative or "dass" is no main clause of its own."""
    if any(t.text in lx.konj1 and not ctx.inside_quote(t.span.start) for t in toks):
        return False
    cuts = [j for j, t in enumerate(toks) if t.text in (",", ";")]
    parts = [(a + 1, b) for a, b in zip([-1, *cuts], [*cuts, len(toks)], strict=True) if b > a + 1]

    def dependent(a: int, b: int) -> bool:
        opener = toks[a].text.lower()
        return opener in SUBORDINATORS or opener in lx.complementizers \
            or (opener in REL_PRONOUNS and not (a + 1 < b and toks[a + 1].text[:1].isupper()))
        # (a relative pronoun, not the article of a subject: "…, die Abstimmung ging …"; a clause opened by a
        # preposition is a main clause with a fronted phrase or a relative one, told apart by its verb's relation)

    if any(a <= k < b and toks[a].text.lower() in _GOVERNED_OPENERS for a, b in parts):
        return False  # "X kam zu dem Schluss, dass sich der Umbau lohnen würde": what the main clause's subject found or said
    for a, b in parts:
        if a <= k < b or ctx.inside_quote(toks[a].span.start) or dependent(a, b):
            continue
        if any(ctx.finite_indicative(t.span) and t.text.lower() not in lx.konj2 and (w := ctx.word_at(t.span)) is not None
               and w.dep in _MAIN_CLAUSE_DEPS for t in toks[a:b]):
            whole = Span(toks[0].span.start, toks[-1].span.end)
            if not any(x.span == whole and x.rule == _IRREALIS_RULE for x in ctx.doc.set_aside):
                set_aside(ctx, _IRREALIS_RULE, whole)
            return True
    return False


def _in_relative_clause(toks: list[Token], k: int) -> bool:
    """toks[k] stands in a relative clause that opens after a comma (", die …", ", in der …")."""
    m = k - 1
    while m >= 0 and toks[m].text != ",":
        m -= 1
    if m < 0 or m + 1 >= k:
        return False
    first = toks[m + 1].text.lower()
    nxt = toks[m + 2].text.lower() if m + 2 < k else ""
    return first in REL_PRONOUNS or (first in PREPOSITIONS_DE and nxt in REL_PRONOUNS)


def _hearsay_perfect(words: list[str], k: int, lx: Lang) -> bool:
    """After "soll" at k, in its clause, a participle and "haben" or "sein": "soll Gelder veruntreut
    und Belege gefälscht haben", "soll … gelangt sein, um …" (reportative, not a plan); a noun
    before "sein" is none ("soll das Bindeglied zwischen den Arten sein")."""
    for m in range(k + 2, len(words)):
        if words[m] in (",", ";", ":", "–"):
            return False
        prev = words[m - 1]
        if words[m].lower() in ("haben", "sein") and prev.isalpha() and prev.islower() and len(prev) > 4 \
                and prev.endswith(("t", "en")) and prev not in lx.not_participles:
            return True  # a participle: "veruntreut", "gelangt", "zurückgekehrt", "worden", "gewesen"
    return False


def _own_speaker(ctx: Context, sent: Sentence, lx: Lang) -> bool:
    """The sentence has a cue verb with a subject of its own ("Der Minister betonte …")."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        cls = cue_at(ctx, toks, i, lx)
        if cls is None or ctx.inside_quote(t.span.start) or attributive(ctx, toks, i, lx):
            continue
        if i + 1 < len(toks) and toks[i + 1].text.lower() in lx.process_passive_auxiliaries:
            continue  # "Zudem müssten die Kunden informiert werden": a passive, its subject is no speaker
        if _subordinate_after_konjunktiv(ctx, toks, i, lx):
            continue  # "Sie habe nichts geahnt, bis ihr die Nachbarn davon berichteten": the cue is inside the reported clause
        if under_konjunktiv_auxiliary(ctx, toks, i, lx):
            continue  # "Auch der Ortsvorsteher habe sich damit einverstanden erklärt": the speech act is itself reported
        spk = cue_speaker(ctx, sent, i, lx)
        first = (ctx.text[spk.span.start : spk.span.end].split() or [""])[0] if spk is not None and spk.span is not None else ""
        if first.lower() not in ("ich", "wir") and _reported_act(ctx, toks, i, lx):
            continue  # "Den Vorschlag lehne die Partei ab.": a speech act in the Konjunktiv I is itself reported (rule +reported_act)
        # (a pronoun, also where the speaker's phrase runs on past it: "Dort warnt sie vor dem Hochwasser am Fluss …")
        if spk is not None and spk.span is not None and first not in lx.subject_pronouns:
            return True
    return False


def _reported_act(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """The cue toks[i] is a Konjunktiv I of its own ("lehne", "fordere", not "lehnen"): the speech act is
    told as someone else's report ("Den Vorschlag lehne die Partei ab."), no new speaker's."""
    return toks[i].text in lx.konj1 and not ctx.inside_quote(toks[i].span.start)


def under_konjunktiv_auxiliary(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """The cue at i is a participle whose auxiliary in its clause, before it, is a Konjunktiv I
    ("habe … erklärt", "sei … bekannt gegeben worden"): the sentence reports someone's report,
    which goes on with the speech before it. A participle: one of the cue's forms says so
    ("gesagt"; a separable one opens with its particle and "ge": "vorgeschlagen"), or a word in "ge" that the parse gives no mood ("gestanden", "geschrieben"; not
    the finite "gesteht", "gestand"), or a word in "-t" that ends its clause ("erklärt")."""
    low = toks[i].text.lower()
    nxt = toks[i + 1].text if i + 1 < len(toks) else "."
    if not (any(f.participle or (f.particle and low.startswith(f.particle + "ge")) for f in lx.forms.get(low, []))  # "vorgeschlagen"
            or (low.startswith("ge") and "Mood=" not in ctx.feats_at(toks[i].span)) or (low.endswith("t") and nxt in (".", ",", ";", ":", "!"))):
        return False  # (a participle like the present, "erklärt", at the end of its clause)
    for t in reversed(toks[:i]):
        if t.text in (",", ";", ":") or t.text in QUOTE_CHARS:
            return False
        if t.text in lx.konj1 and t.text.lower() in lx.perfect_auxiliaries | lx.konjunktiv_copulas:
            return True
    return False


def _subordinate_after_konjunktiv(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """The cue at i stands in a clause opened after a comma by a subordinator or relative pronoun,
    and a Konjunktiv (outside quotations) stands before that comma: the cue is part of continued
    speech, not a new speaker's."""
    m = i - 1
    while m >= 0 and toks[m].text != ",":
        m -= 1
    if m <= 0 or m + 1 >= i:
        return False
    first = toks[m + 1].text.lower()
    if not (first in SUBORDINATORS or first in REL_PRONOUNS or first in PREPOSITIONS_DE):
        return False
    return any(lx.konjunktiv(t.text) and not ctx.inside_quote(t.span.start) for t in toks[:m])


def merge_runs(doc: Document) -> None:
    """de-news-quotes' conventions: continued speech that goes on sentence after sentence in a
    paragraph with the same speaker is one attribution with a content span per sentence (the
    seed's style, the default, has one a sentence)."""
    out: list[Attribution] = []
    sent_of = {s.span.start: k for k, s in enumerate(doc.sentences)}
    starts = sorted(sent_of)

    def sentence(pos: int) -> int:
        return sent_of[starts[bisect.bisect_right(starts, pos) - 1]] if starts else -1

    for a in doc.attributions:
        prev = out[-1] if out else None
        if prev is not None and _plain(prev) and _plain(a) and a.source == prev.source and prev.via == a.via \
                and sentence(a.content[0].start) == sentence(prev.content[-1].start) + 1 \
                and "\n" not in doc.text[prev.content[-1].end : a.content[0].start]:
            prev.content.extend(a.content)
            prev.hedges.extend(h for h in a.hedges if h not in prev.hedges)
            continue
        out.append(a)
    doc.attributions = out


def _plain(a: Attribution) -> bool:
    return a.mode == "continuation" and a.rule.startswith("attr.continuation.de.konjunktiv") and "relied_on" not in a.rule
