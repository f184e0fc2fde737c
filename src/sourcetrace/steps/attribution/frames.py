"""Interview frames: a sentence that names an interview and the one interviewed but claims
nothing itself ("In an interview with the Harbor Ledger, Ann Lee was asked about the port.",
"Die Ministerin übte in einem Gespräch mit der Kleinhafener Rundschau Kritik an der Regierung.")
sets the occasion of what that person says next: an anchor (`Cand.anchor_only`, rule
`attr.frame.interview`) whose speaker the quotations and continued speech after it go on with,
and whose link they carry (steps/sources/resolve.py)."""

from __future__ import annotations

from collections.abc import Callable

from ...document import CLAIM_SEGMENTS, Sentence, Span
from ...resources import load
from ..candidates import FRAME_RULE, Cand
from ..lexicon import AUX, PREPOSITIONS_EN, Lang
from ..sources import classify_mention, full_name
from ..syntax import entities_overlapping
from .antecedents import opening_subject
from .chains import vias
from .context import QUOTE_CHARS, Context, strip_span
from .english_speakers import en_named_subject, frame_subject_after
from .media import _according


def interview_frames(ctx: Context, lang_of: Callable[[int], Lang]) -> None:
    """Anchors for the sentences of no claim that name a downstream link (an interview, an outlet
    told, a programme one appeared on) and open with, or after a fronted phrase name, a person as
    their subject."""
    doc = ctx.doc
    # (a question put to the one interviewed claims nothing: 'X was asked, “…?”')
    spoken = {c.sent for c in ctx.cands
              if c.content and not ctx.text[c.content[-1].start : c.content[-1].end + 2].rstrip(" ”\"»«“’'").endswith("?")}
    for si, sent in enumerate(doc.sentences):
        if si in spoken or si in ctx.headings or not sent.tokens or doc.segments[sent.segment].kind not in CLAIM_SEGMENTS:
            continue
        lx = lang_of(si)
        if any(t.text in QUOTE_CHARS for t in sent.tokens) and not _quoted_question(ctx, sent) and not _titles_only(ctx, sent, lx):
            continue  # (a quotation of its own that no rule took: not a frame)
        if lx.code == "de" and any(lx.konjunktiv(t.text) for t in sent.tokens if not ctx.inside_any_quote(t.span.start)):
            continue  # ("hielt in einem ARD-Interview fest, es sei …": reported speech the other rules read)
        # German asks for the subject first: `opening_subject` is kept per sentence (the quotations ask it
        # again), most sentences open with none, and `vias` costs more; both only read, so the order
        # changes nothing but the time
        subj = _subject(ctx, sent, lx) if lx.code == "de" else None
        if lx.code == "de" and subj is None:
            continue
        links = [sp for sp, up in vias(ctx, sent.tokens, lx) if not up]
        if not links:
            continue
        if lx.code != "de":
            subj = _subject(ctx, sent, lx)
        if subj is None or any(subj.overlaps(sp) for sp in links):
            continue
        content = strip_span(ctx.text, sent.span)
        ctx.cands.append(Cand("indirect", [content], None, subj, FRAME_RULE, si, via=[(sp, False) for sp in links], anchor_only=True))
    ctx.cands.sort(key=lambda c: c.content[0].start)


def frame_of_act(ctx: Context, c: Cand, lx: Lang) -> Cand | None:
    """A speech act that claims nothing but names the outlet its speaker spoke to ("During the CNN
    interview, Lee also talked about the bridge.", "Lee told the Harbor Ledger what she had seen"):
    the occasion of what that person says next, as `interview_frames` makes it from a sentence
    without speech — an anchor with the act's speaker and its downstream links; None when the act
    names no such link or its speaker is no person."""
    links = [sp for sp, up in c.via if not up]
    source, rule = c.source, FRAME_RULE
    if source is not None and not links and c.sent < len(ctx.doc.sentences) and (cut := _subject_ran_on(ctx, c, lx)) is not None:
        source, links, rule = cut[0], cut[1], FRAME_RULE + "+subject_ran_on"
    if source is None or c.inherit or c.mode != "indirect" or not links or c.sent >= len(ctx.doc.sentences):
        return None
    if any(source.overlaps(sp) for sp in links) or not _person(ctx, source, lx):
        return None
    content = strip_span(ctx.text, ctx.doc.sentences[c.sent].span)
    return Cand("indirect", [content], None, source, rule, c.sent, via=[(sp, False) for sp in links],
                refers_to=c.refers_to, extent=c.extent if source == c.source else None, anchor_only=True)


def _subject_ran_on(ctx: Context, c: Cand, lx: Lang) -> tuple[Span, list[Span]] | None:
    """"Lee was on CNN talking about what comes next": a speaker found before a participle of speech that
    runs on into a form of "be" and where its person spoke (a downstream link the chain phrases read in it:
    `broadcast_verbs`); (the words before the verb, the links), or None (rule +subject_ran_on of the frame)."""
    assert c.source is not None
    toks = [t for t in ctx.doc.sentences[c.sent].tokens if c.source.contains(t.span)]
    k = next((k for k, t in enumerate(toks) if k > 0 and t.text.lower() in AUX), None)
    if k is None:
        return None
    links = [sp for sp, up in vias(ctx, toks, lx) if not up and sp.start >= toks[k].span.end]
    return (Span(toks[0].span.start, toks[k - 1].span.end), links) if links else None


def _titles_only(ctx: Context, sent: Sentence, lx: Lang) -> bool:
    """Every quotation of the sentence is a title ('appeared on CNN's “Harbor Hour” on Sunday'): a
    few words, each in capitals or one of the small words of a title (`programme_title_words`),
    right after a possessive or a preposition. English."""
    if lx.code != "en":
        return False
    quotes = ctx.quotes_within(sent.span)
    if not quotes:
        return False
    small = set(load(lx.code, "according").get("programme_title_words", []))
    for q in quotes:
        words = ctx.text[q.inner.start : q.inner.end].strip(" ,.").split()
        before = ctx.text[sent.span.start : q.outer.start].split()
        if not words or len(words) > 6 or not words[0][:1].isupper() or not all(w[:1].isupper() or w.lower() in small for w in words) \
                or not before or not (before[-1].endswith(("'s", "’s")) or before[-1].lower() in PREPOSITIONS_EN):
            return False
    return True


def _quoted_question(ctx: Context, sent: Sentence) -> bool:
    """The sentence's quotation is a question put to the one interviewed ('X was asked, “…?”')."""
    text = ctx.text[sent.span.start : sent.span.end].rstrip()
    return text.endswith(("?”", '?"', "?»", "?«", "?“"))


def _subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The person the frame is about: German, the noun phrase before the finite verb
    (`antecedents.opening_subject`); English, the name or description that opens the sentence
    or follows its fronted phrase ("In an interview with X, Ann Lee was asked …")."""
    if lx.code == "de":
        sp = opening_subject(ctx, sent, lx)
    else:
        titles = _titles_only(ctx, sent, lx)  # ('Lee appeared on CNN's “Harbor Hour”.': no speech in its marks)
        sp = en_named_subject(ctx, sent, lx, titles) if titles or not any(t.text in QUOTE_CHARS for t in sent.tokens) else None
        if sp is None:
            sp = frame_subject_after(ctx, sent, lx)
        if sp is None:
            sp = _subject_of_link(ctx, sent)
    if sp is None or all(ctx.in_timex(t.span) for t in sent.tokens if sp.contains(t.span)):
        return None  # ("Fünf Jahre später gibt er …": a time, no one)
    return sp if _person(ctx, sp, lx) else None


def _subject_of_link(ctx: Context, sent: Sentence) -> Span | None:
    """English, by the parse: the subject of the verb that an interview noun of the sentence
    (`interview_nouns` of according.json) hangs on, in a clause that does not open it ("Such is the
    case Ann Lee makes in an interview with the Ledger.": Ann Lee, the subject of "makes"); a name
    (PROPN words) or None. Where the sentence was not parsed, the capitalised words right before
    the verb of the phrase, whose preposition is one of `recalled_interview.prepositions` ("in",
    "during", "on": "… Ann Lee said on a show …")."""
    from ..syntax import children, subtree, words_in

    doc = ctx.doc
    nouns = _according("en")["interview_nouns"]  # read once per language (all lower case)
    for k in words_in(doc, sent.span):
        w = doc.syntax[k]
        if ctx.text[w.span.start : w.span.end].lower() not in nouns or w.pos != "NOUN":
            continue
        h = w.head
        subj = [c for c in children(doc, h) if doc.syntax[c].dep in ("nsubj", "nsubj:pass")] if doc.syntax[h].pos == "VERB" and h != k else []
        words = subtree(doc, subj[0], frozenset({"acl", "appos", "punct", "advmod"})) if len(subj) == 1 else []
        if words and all(doc.syntax[j].pos in ("PROPN", "PART") for j in words):  # (a name only: not "the picture", not a pronoun)
            return Span(doc.syntax[words[0]].span.start, doc.syntax[words[-1]].span.end)
        break  # (the parse names no one: read the words)
    # without a parse of the sentence: a name of capitalised words right before the verb of the
    # interview phrase ("… Ann Lee makes in an interview with …")
    toks = sent.tokens
    preps = frozenset(load("en", "according")["recalled_interview"]["prepositions"])  # (load is cached)
    for k in range(4, len(toks)):
        if toks[k].text.lower() not in nouns or ctx.inside_any_quote(toks[k].span.start):
            continue
        p = next((j for j in range(k - 1, max(0, k - 4), -1) if toks[j].text.lower() in preps), None)
        if p is None or p < 3 or not toks[p - 1].text.isalpha() or not toks[p - 1].text.islower():
            return None
        a = p - 1
        while a - 1 > 0 and toks[a - 1].text[:1].isupper() and toks[a - 1].text.isalpha() and p - 1 - a < 3:
            a -= 1
        return Span(toks[a].span.start, toks[p - 2].span.end) if a < p - 1 and toks[a - 1].text[:1].islower() else None
    return None


def _person(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The mention names a person (its kind, a PER entity, or a surname of a full name before it)."""
    words = ctx.text[sp.start : sp.end].split()
    return classify_mention(ctx.text[sp.start : sp.end], lx)[1] == "person" \
        or any(e.label == "PER" for e in entities_overlapping(ctx.doc, sp)) \
        or (len(words) == 1 and full_name(ctx.doc, words[0]) is not None)  # "Trump" after "Donald Trump"
