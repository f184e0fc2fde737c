"""Direct quotations that no sentence rule covered: tagged by "so X", partial quotes with their cue, untagged quotes that keep the previous speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from ...document import CLAIM_SEGMENTS, Sentence, Span, Token
from ...resources import SUPPORTED, load, pick
from ...textutil import lowered
from ..candidates import Cand
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_DE,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    lang,
)
from ..quotes import Quote
from ..sources import classify_mention, full_name, is_role
from ..syntax import entities_overlapping, words_in
from .chains import after_programme, vias
from .contents import split_unclosed
from .context import QUOTE_CHARS, Context, Intervals, sentence_language, set_aside, strip_span
from .continuation import line_index
from .cues import NOT_SPEECH, attributive, cue_at, negated
from .german import noun_before_object
from .phrases import np_forward, skip_adverbials
from .speakers import _ADVERB_END, cue_speaker, subject_before


def direct_quotes(ctx: Context, subjects: dict[int, Span]) -> None:
    """The quotations no sentence rule covered; `subjects`: the person each sentence opens with
    (`antecedents.opening_subject`), by sentence index."""
    doc = ctx.doc
    covered = Intervals([(c, None) for cand in ctx.cands for c in cand.content])
    owners = Intervals([(c, cand) for cand in ctx.cands for c in cand.content if cand.mode != "direct"])
    spoken = sorted(c.content[-1].end for c in ctx.cands if c.source is not None or c.inherit)
    line_of = line_index(ctx)
    last_closed = _LastClosed(ctx.quotes)
    for q in ctx.quotes:
        inner = strip_span(ctx.text, q.inner)
        if len(inner) < 3:
            continue
        words = re.findall(r"\w+", ctx.text[inner.start : inner.end])
        around = [c for c, _ in covered.starting_by(inner.end - 1, inner.start + 1)]  # those overlapping it
        if ctx.name_like(inner):
            if len(words) == 1 and _name_given(ctx, q):
                partial_quote(ctx, q, inner)  # "nannte den Bericht eine «Zeitungsente»"
            continue  # a name or title
        if any(c.contains(inner) or len(c) > len(inner) for c in around):
            nested_quote(ctx, q, inner, owners)  # part of what another attribution reports
            continue
        qtext = ctx.text[q.inner.start : q.inner.end].rstrip()  # with its final full stop
        if len(words) < 8 and not re.search(r"[.!?…]$", qtext):
            partial_quote(ctx, q, inner)  # "nannte sie «fahrlässig»": a partial quote with its cue
            continue
        if not re.search(r"[.!?…]$", qtext) and q.closed and _german(ctx, q) and partial_quote(ctx, q, inner):
            continue  # a longer phrase inside the sentence ("sprach von der «schlimmsten Katastrophe …»")
        if not re.search(r"[.!?…,]$", qtext) and q.closed and _inside_english_clause(ctx, q):
            partial_quote(ctx, q, inner)  # 'The mayor has called for “calm on all sides …”': words the author's sentence quotes
            continue
        if any(ctx.is_quote(c) for c in around):
            continue
        seg_i = next((i for i, s in enumerate(doc.segments) if s.span.contains(q.outer)), None)
        if seg_i is None or doc.segments[seg_i].kind not in CLAIM_SEGMENTS:
            continue
        si = ctx.sentence_index(q.inner) or 0
        signed = _SIGNED.match(ctx.text, q.outer.end) if q.closed else None
        if si in ctx.headings and signed is None:
            continue  # a headline (a short line with its signature is a signed quotation, no headline)
        so = re.match(r"\s*,?\s*(so)\s+", ctx.text[q.outer.end : q.outer.end + 12])
        if so and q.closed:
            sent = doc.sentences[si]
            k = next((k for k, t in enumerate(sent.tokens) if t.span.start == q.outer.end + so.start(1)), None)
            code = pick(doc.segments[seg_i].language)
            if k is not None:
                e = np_forward(ctx, sent.tokens, k + 1, lang(code))
                if e > k + 1:
                    src = Span(sent.tokens[k + 1].span.start, sent.tokens[e - 1].span.end)
                    cue = Span(q.outer.end + so.start(1), q.outer.end + so.end(1))
                    ctx.cands.append(Cand("direct", [inner], cue, src, f"attr.direct.{code}.so", si))
                    continue
        if q.closed and re.search(r"[.!?…]$", qtext) and (so_sent := _so_fragment(ctx, q, seg_i)) is not None:
            src, cue, so_si = so_sent  # "«Wir prüfen alles.» So ein Sprecher am Montag.": a sentence of its own with no verb
            ctx.cands.append(Cand("direct", [inner], cue, src, "attr.direct.de.so_fragment", so_si))
            bisect.insort(spoken, inner.end)
            continue
        if signed is not None:
            # '“We need better schools.” ― Ana Ruiz': a quotation signed with a dash and a name at the line's end
            ctx.cands.append(Cand("direct", [inner], Span(signed.start(1), signed.end(1)), strip_span(ctx.text, Span(signed.start(2), signed.end(2))),
                                  "attr.direct.signed", si))
            bisect.insort(spoken, inner.end)
            continue
        parts = [inner]
        if not q.closed:
            parts = split_unclosed(ctx, inner)
        intro = colon_intro(ctx, q, si) or bare_cue_before(ctx, q, si)
        rule = "attr.direct.de.colon_subject"
        if intro is None and (intro := colon_intro(ctx, q, si, fronted=True)) is not None:
            rule = "attr.direct.de.colon_subject.fronted"  # "Am Abend schrieb ihm die Nachbarin einen Zettel: «…»"
            if ctx.text[intro[0].start : intro[0].end] in lang("de").person_pronouns and _near_previous(spoken, q.inner.start, line_of):
                intro = None  # ("Dabei war sie nachdenklich: «…»" near the last speaker's words: she goes on, as untagged)
        links: list[tuple[Span, bool]] = []
        if intro is None:
            intro, rule = en_colon_intro(ctx, q, si), "attr.direct.en.colon_subject"
            if intro is not None and si is not None:
                # "In an interview with the Ledger, Lee went on with this remark: “…”": the chain phrases of
                # the words before the colon (`+fronted_link`)
                before = [t for t in ctx.doc.sentences[si].tokens if t.span.end <= q.outer.start]
                links = [v for v in vias(ctx, before, lang("en"), exclude=intro[0]) if not v[0].overlaps(intro[0])]
                rule += "+fronted_link" if links else ""
        if intro is None and si is not None and (lead := en_colon_lead(ctx, q, si)) is not None:
            # "Lee issued the following statement: “…”", "Sen. Ann Lee (D-Ore.): “…”": a colon lead with no verb
            # of speech, its subject or the name on its line the speaker
            intro, rule = (lead[0], lead[1]), f"attr.direct.en.colon_lead.{lead[2]}"
        if intro is not None:
            _add_with_speaker(ctx, parts, intro[1], intro[0], rule, si, spoken, via=links)
            continue
        first = parts[0]
        asked = _one_asked(ctx, si, q)
        if asked is not None:
            # "Wir fragen den Wirt, ob er viel zu tun habe. «Nein, …»": the answer of the one the author asked
            _add_with_speaker(ctx, parts, None, asked, "attr.direct.de.asked", si, spoken)
            continue
        own_act: list[bool] = []
        about = _person_before(ctx, si, q, subjects, own_act)
        if about is not None:
            # "X wundert sich über die Regeln. „Das versteht niemand.“": the person the sentence
            # before is about, when that sentence reports no one else's speech
            _add_with_speaker(ctx, parts, None, about, "attr.direct.untagged.previous_subject" + ("+own_act" if own_act else ""), si, spoken)
            continue
        body = doc.segments[seg_i].kind == "body"
        own_tag = _own_tag(ctx, q) if body else None
        tagged = _tag_before(ctx, q, last_closed.before(q.outer.start)) if body and own_tag is None else None
        if own_tag is not None or tagged is not None:
            # '“Open the door!” an officer shouts.': the one the quotation's own tag names, whatever its verb
            # (rule attr.direct.untagged.own_tag); "«Ach nein», seufzt Catherine. «Nicht schon wieder.»",
            # '“Why not?” asked Dunn. “…”': the one the tag of the quotation just before names goes on
            # (rule attr.direct.untagged.tag_before)
            _add_with_speaker(ctx, parts, None, own_tag or tagged, OWN_TAG_RULE if own_tag is not None else TAG_BEFORE_RULE, si, spoken)
            continue
        # an untagged quotation goes on with the last speaker only in its paragraph or the next
        near = doc.segments[seg_i].kind != "body" or _near_previous(spoken, first.start, line_of)
        ctx.cands.append(Cand("direct", [first], None, None, "attr.direct.untagged" + ("" if near else ".far"), si, inherit=near))
        for extra in parts[1:]:
            ctx.cands.append(Cand("continuation", [extra], None, None, "attr.direct.unclosed_rest", si, inherit=near))
        if near:
            bisect.insort(spoken, parts[-1].end)
    ctx.cands.sort(key=lambda c: c.content[0].start)


def _add_with_speaker(ctx: Context, parts: list[Span], cue: Span | None, source: Span | None, rule: str, si: int,
                      spoken: list[int], via: list[tuple[Span, bool]] | None = None) -> None:
    """A quotation whose speaker a rule found: its first part that speaker's direct speech (`rule`), the
    parts after it (an unclosed quotation's, `split_unclosed`) going on with it (attr.direct.unclosed_rest),
    and its end among the words `spoken` so far."""
    ctx.cands.append(Cand("direct", [parts[0]], cue, source, rule, si, via=via if via is not None else []))
    for extra in parts[1:]:
        ctx.cands.append(Cand("continuation", [extra], None, None, "attr.direct.unclosed_rest", si, inherit=True))
    bisect.insort(spoken, parts[-1].end)


#: the rule of an untagged quotation whose speaker the tag of the quotation just before names (`_tag_before`)
TAG_BEFORE_RULE = "attr.direct.untagged.tag_before"
#: the rule of a quotation whose own tag names its speaker with a verb that claims nothing (`_own_tag`)
OWN_TAG_RULE = "attr.direct.untagged.own_tag"


def _own_tag(ctx: Context, q: Quote) -> Span | None:
    """Rule attr.direct.untagged.own_tag (session 39, both languages): the speaker that the tag right after a
    quotation names when no rule of cues took it — the tag's verb claims nothing or is none of the cue
    lexicon ('“Open the door!” an officer shouts.', '“…,” the statement continued.', '“…,” it reads.', «Ach
    nein», seufzt Catherine.): the quotation's words end with the tag's comma, "?" or "!" (German: a comma
    after the closing mark), and its own sentence goes on with a tag of a verb and its subject
    (`_tag_subject`) up to a full stop, or up to a comma before the quotation's next part. None otherwise."""
    said = ctx.text[q.inner.start : q.inner.end].rstrip()
    if not q.closed or not (said.endswith((",", "?", "!")) or ctx.text[q.outer.end : q.outer.end + 2].lstrip().startswith(",")):
        return None
    toks = _tokens_after(ctx, q.outer.end)
    end = next((i for i, t in enumerate(toks) if t.text == "." or t.text in QUOTE_CHARS), None)
    if end is None or (toks[end].text in QUOTE_CHARS and (end == 0 or toks[end - 1].text != ",")):
        return None
    tag = toks[: end - 1] if toks[end].text in QUOTE_CHARS else toks[:end]
    if "\n" in ctx.text[q.outer.end : toks[end].span.start]:
        return None
    return _tag_subject(ctx, tag, _lang_at(ctx, q.outer.end))


class _LastClosed:
    """The closed quotation that ends last at or before a position, for positions asked in increasing order (the
    quotations' starts, in `ctx.quotes`' order): one pass over the quotations sorted by their end, not a scan of all
    earlier ones for each quotation."""

    def __init__(self, quotes: list[Quote]) -> None:
        self._by_end = sorted((p for p in quotes if p.closed), key=lambda p: p.outer.end)
        self._k = 0
        self._last: Quote | None = None

    def before(self, pos: int) -> Quote | None:
        while self._k < len(self._by_end) and self._by_end[self._k].outer.end <= pos:
            p = self._by_end[self._k]
            if self._last is None or p.outer.end > self._last.outer.end:
                self._last = p  # (of two ending at once, the first in the quotations' order, as before)
            self._k += 1
        return self._last


def _tag_before(ctx: Context, q: Quote, p: Quote | None) -> Span | None:
    """Rule attr.direct.untagged.tag_before (session 39, both languages): the speaker named by the tag of
    the quotation that closes just before `q` in its paragraph, when no attribution with a speaker covers
    that quotation — its tag has a verb that claims nothing or it asks ("«Ach nein», seufzt Catherine.
    «Nicht schon wieder.»", '“Why not?” asked Dunn. “…”', '“…,” Lee urged. “…”'). The tag is all that
    stands between the two quotations: an optional comma, a verb and its subject (`_tag_subject`) and a
    full stop. The quotation just before is the nearest one: a speaker that tag names is nearer than the
    last attribution's (`+inherit`); `p`: that quotation, the closed one that ends last at or before `q`'s start
    (`_LastClosed`). None otherwise."""
    if p is None:
        return None
    between = ctx.text[p.outer.end : q.outer.start]
    if "\n" in between or len(between) > 160 or any(ch in QUOTE_CHARS for ch in between):
        return None
    said = ctx.text[p.inner.start : p.inner.end].rstrip()
    if not (said.endswith((",", "?", "!", "…")) or between.lstrip().startswith(",")):
        return None  # (a quotation that closes its sentence with a full stop has no tag after it)
    if any(c.content and p.inner.overlaps(c.content[0]) and (c.source is not None or c.inherit) for c in ctx.cands):
        return None  # (an attribution with a speaker covers it: its speaker goes on, `+inherit`)
    toks = [t for t in _tokens_after(ctx, p.outer.end) if t.span.end <= q.outer.start]
    if not toks or toks[-1].text != "." or ctx.text[toks[-1].span.end : q.outer.start].strip() or any(t.text == "." for t in toks[:-1]):
        return None  # (the tag alone between them, no sentence of narration after it)
    return _tag_subject(ctx, toks[:-1], _lang_at(ctx, p.outer.end))


def _lang_at(ctx: Context, pos: int) -> Lang:
    seg = ctx.doc.segment_at(pos)
    return lang(pick(seg.language if seg is not None else None, ctx.doc.language))


def _tokens_after(ctx: Context, pos: int) -> list[Token]:
    """The tokens that start at or after `pos` in its sentence and the next one."""
    k = ctx.sentence_index(Span(pos, pos + 1))
    if k is None:
        return []
    sents = ctx.doc.sentences[k : k + 2]
    return [t for s in sents for t in s.tokens if t.span.start >= pos]


def _tag_subject(ctx: Context, toks: list[Token], lx: Lang) -> Span | None:
    """The subject of the words of a quotation's tag (`toks`, without its comma before and its full stop
    after): a verb (`_tag_verb`) and its subject, the noun phrase right after it when the tag opens with
    it ("seufzt Catherine", "asked Dunn", "said the actor"), else the noun phrase (or personal pronoun)
    the tag opens with when the verb follows it ("Lee urged", "the statement continued"), up to six words,
    opening with a word in capitals, a personal pronoun or an article, none of the first person nor a
    possessive ("seine Botschaft"), the verb none whose subject hears the words (`tag_hearer_forms` of
    resources/<lang>/cues.json: "erfuhren die Zuschauer"). None otherwise."""
    if toks and toks[0].text == ",":
        toks = toks[1:]
    if len(toks) < 2 or len(toks) > 40:
        return None
    if _tag_verb(ctx, toks[0], lx):  # (inverted: "seufzt Catherine", "asked Dunn", "said the actor")
        verb = toks[0]
        e = np_forward(ctx, toks, 1, lx, apposition=False)
        subj = toks[1:e]
    else:  # ("Lee urged", "he surmised", "the statement continued")
        e = 1 if toks[0].text.lower() in lx.person_pronouns_lower else np_forward(ctx, toks, 0, lx, apposition=False)
        if e >= len(toks) >= 2:
            e = len(toks) - 1  # (the phrase took the verb that ends the tag as its noun: "an officer shouts")
            if any(ctx.pos_at(t.span) in ("VERB", "AUX") for t in toks[:e]):
                return None  # (it took a verb before the last word: "the crowd grew quiet" tells, it names no speaker)
        if not 0 < e < min(len(toks), 7) or not _tag_verb(ctx, toks[e], lx, after_subject=True):
            return None
        verb, subj = toks[e], toks[:e]
    if verb.text.lower() in _hearer_forms(lx.code):
        return None  # ("«…», erfuhren die Zuschauer": the one who hears it)
    if not subj or len(subj) > 6 or any(not t.text[:1].isalnum() and t.text not in (".", "-") for t in subj):
        return None
    head = subj[0].text
    if not (head[:1].isupper() or head.lower() in lx.person_pronouns_lower or head.lower() in lx.determiners):
        return None
    if head.lower() in lx.first_person or head.lower() in lx.speaking_first_person:
        return None  # ("«…», sagen wir.": the author, not a speaker named)
    if head.lower() in lx.possessive_determiners or head.lower() in lx.masculine_possessives or head.lower() in lx.feminine_possessives:
        return None  # ('“…!” reads his message', "«…», lautet seine Botschaft": something of someone the tag does not name)
    return Span(subj[0].span.start, subj[-1].span.end)


@cache
def _hearer_forms(code: str) -> frozenset[str]:
    """`tag_hearer_forms` of resources/<code>/cues.json: a tag's verbs whose subject hears or learns the words."""
    return frozenset(w.lower() for w in load(code, "cues").get("tag_hearer_forms", []))


def _tag_verb(ctx: Context, t: Token, lx: Lang, *, after_subject: bool = False) -> bool:
    """The word of a tag that is its verb: the parse's VERB, or, where the parse left the sentence
    out, a word in lower case that is no article, pronoun, preposition or conjunction; `after_subject`:
    the word right after the noun phrase that opens the tag, which the parse may read as a plural noun
    ('“…!” an officer shouts.'), a noun of the parse too."""
    pos = ctx.pos_at(t.span)
    if pos is not None and not (after_subject and pos == "NOUN"):
        return pos == "VERB" and t.text.islower()
    low = t.text.lower()
    return t.text.isalpha() and t.text.islower() and low not in lx.determiners and low not in lx.person_pronouns_lower \
        and low not in PREPOSITIONS_DE and low not in PREPOSITIONS_EN and low not in SUBORDINATORS and low not in lx.first_person \
        and low not in AUX


def _so_fragment(ctx: Context, q: Quote, seg_i: int) -> tuple[Span, Span, int] | None:
    """"«…» So ein Sprecher des Hafens am Montag.": the German sentence right after a quotation
    that closes with its own full stop is "So", a speaker and adverbials, no verb, or "So", a
    verb of speech and its subject ("So fasste Trainer X das Spiel zusammen."). Returns (the
    speaker, the cue, that sentence's index), else None."""
    m = re.match(r"\s*(So)\s", ctx.text[q.outer.end : q.outer.end + 8])
    if m is None or pick(ctx.doc.segments[seg_i].language, ctx.doc.language) != "de":
        return None
    start = q.outer.end + m.start(1)
    si = ctx.sentence_index(Span(start, start + 2))
    if si is None:
        return None
    toks = ctx.doc.sentences[si].tokens
    if not toks or toks[0].span.start != start or toks[-1].text != ".":
        return None
    lx = lang("de")
    b, cue = 1, toks[0].span
    if len(toks) > 2 and toks[1].text[:1].isalpha() and toks[1].text[:1].islower() and toks[1].text not in lx.determiners \
            and toks[1].text not in lx.np_stop:  # (V2: after "So" the verb, unless an article opens the speaker: "So ein Sprecher")
        b, cue = 2, toks[1].span  # "«…» So fasste Trainer X das Spiel zusammen.": the verb after "So", its subject after it
    e = np_forward(ctx, toks, b, lx)
    if e <= b or not _no_verb(ctx, toks, e, len(toks) - 1, lx):
        return None
    src = Span(toks[b].span.start, toks[e - 1].span.end)
    return (src, cue, si) if _can_speak(ctx, src, lx) else None


@cache
def _ask_forms(code: str) -> frozenset[str]:
    return frozenset(load(code, "cues").get("ask_forms", []))


@cache
def _ask_words(code: str, key: str) -> frozenset[str]:
    """`ask_authors` (the author who asks: "wir", "ich") or `ask_asked_pronouns` (the one asked: "ihn")
    of resources/<code>/cues.json."""
    return frozenset(w.lower() for w in load(code, "cues").get(key, []))


def _one_asked(ctx: Context, si: int, q: Quote) -> Span | None:
    """The one the author asked in the German sentence right before the quotation, in its paragraph,
    with no quotation of its own: the author (`ask_authors`: "wir", "ich") asks (`ask_forms`) someone
    (`ask_asked_pronouns`: "ihn"; or a
    noun phrase opened by an article or a capital) whether or why …, or the
    sentence ends with a question mark
    ("Wir fragen den Wirt, ob er viel zu tun habe. «Nein, …»", "Ich fragte ihn, warum …").
    None otherwise."""
    if si == 0 or q.outer.start < ctx.doc.sentences[si].span.start:
        return None
    prev = ctx.doc.sentences[si - 1]
    if "\n" in ctx.text[prev.span.end : q.outer.start] or ctx.text[prev.span.end : q.outer.start].strip():
        return None
    if sentence_language(prev, pick(ctx.doc.segments[prev.segment].language, ctx.doc.language)) != "de":
        return None
    lx = lang("de")
    toks = prev.tokens
    if any(t.text in QUOTE_CHARS for t in toks):
        return None
    forms = _ask_forms(lx.code)
    interrogatives = frozenset(load(lx.code, "cues").get("interrogatives", []))
    lows = lowered(toks)
    for k, low in enumerate(lows):
        if low not in forms or not toks[k].text.islower():
            continue
        authors = _ask_words(lx.code, "ask_authors")
        first = {w for w in lows[max(0, k - 3) : k + 2] if w in authors}
        if not first:
            return None  # the author asks ("Wir fragen …", "Dann fragte ich …"), no one else
        j = k + 1
        while j < len(toks) and (lows[j] in authors or (lows[j] in lx.np_stop and lows[j] not in PREPOSITIONS_DE)):
            j += 1
        if j >= len(toks) or any(w in lx.negations for w in lows[max(0, k - 3) : j]):
            return None  # (not when the author did not ask: "Wir fragen nicht den Wirt, ob …")
        if lows[j] in _ask_words(lx.code, "ask_asked_pronouns"):
            e = j + 1  # (not "sie": one woman or several people, which the resolution by distance cannot tell)
        else:
            e = np_forward(ctx, toks, j, lx, apposition=False)
            if e <= j or not (lows[j] in lx.determiners or toks[j].text[:1].isupper()):
                return None  # (the one asked is a person, "den Wirt", "Anna Roth"; "fragen uns", "nach dem Grund" ask no one)
        if e < len(toks) and ((toks[e].text == "," and e + 1 < len(toks) and lows[e + 1] in interrogatives) or toks[-1].text == "?"):
            return Span(toks[j].span.start, toks[e - 1].span.end)
        return None
    return None


def _person_before(ctx: Context, si: int, q: Quote, subjects: dict[int, Span], own_act: list[bool]) -> Span | None:
    """The person that opens the sentence right before the quotation's, in the same paragraph,
    when no attribution with a speaker of its own (other than the author's "wir") stands in it;
    English: an attribution of that person's own, with no link and no quotation, does not stand in
    the way (`own_act` gets True: rule suffix +own_act, session 35: "Lee also called on the board to
    act." before her untagged words)."""
    about = subjects.get(si - 1)
    if about is None or ctx.sentence_index(about) != si - 1:
        return None
    prev = ctx.doc.sentences[si - 1].span
    code = pick(ctx.doc.segments[ctx.doc.sentences[si].segment].language, ctx.doc.language)
    if code == "en" and ctx.doc.sentences[si].span.start < q.outer.start:
        return None  # ('"…," he said, but "…"': an English quotation after others in its sentence goes on with them)
    if "\n" in ctx.text[about.start : q.outer.start]:
        line_start = ctx.text.rfind("\n", 0, prev.start) + 1
        if code != "en" or ctx.text[line_start : prev.start].strip() or ctx.text[prev.end : q.outer.start].strip():
            return None  # (English: "Reed went on.\n\n“…”", a paragraph of that sentence alone before the quotation's)
    first_person = lang(code).first_person
    for c in ctx.cands:
        if prev.start <= c.content[0].start < prev.end and (c.inherit or (
                c.source is not None and ctx.text[c.source.start : c.source.end].lower() not in first_person)):
            if code == "en" and c.source is not None and c.source.overlaps(about) and not c.via and not ctx.is_quote(c.content[0]):
                own_act.append(True)  # ("Lee also called on the board to act.\n\n“…”": her own act before her words)
                continue
            return None
    return about


#: a dash and a name of up to five capitalised words that close the line after a quotation
_SIGNED = re.compile(r"[^\S\n]*([―—–]|--?)[^\S\n]*((?:[A-ZÄÖÜ][\w'’.-]*)(?:[^\S\n]+(?:[A-ZÄÖÜ][\w'’.-]*|de|da|van|von|del|la)){0,4}?)\.?[^\S\n]*(?=\n|$)")


def colon_intro(ctx: Context, q: Quote, si: int, fronted: bool = False) -> tuple[Span, Span] | None:
    """A German sentence whose clause before a colon introduces the quotation ("Ähnlich äußerte
    sich der Präsident: «…»", "Der Verband reagierte gelassen: «…»"): its subject is the speaker
    and its finite verb the cue. With `fronted`, a clause that opens with a phrase other than its
    subject, the subject after the verb (`_fronted_colon_intro`: "Am Abend schrieb ihm die Nachbarin
    einen Zettel: «…»", "Vor Ort war auch Jan Roth vom Verein: «…»"). Returns (the subject, the verb),
    else None."""
    sent = ctx.doc.sentences[si]
    if sentence_language(sent, pick(ctx.doc.segments[sent.segment].language, ctx.doc.language)) != "de":
        return None
    lx = lang("de")
    toks = sent.tokens
    c = next((k for k, t in enumerate(toks) if t.text == ":" and t.span.end <= q.outer.start
              and not ctx.text[t.span.end : q.outer.start].strip()), None)
    if c is None or c < 2:
        return None
    if fronted:
        return _fronted_colon_intro(ctx, toks, c, lx)
    return colon_subject(ctx, si, c, lx)


def en_colon_intro(ctx: Context, q: Quote, si: int) -> tuple[Span, Span] | None:
    """An English clause before a colon that introduces the quotation with a verb of `colon_verbs`
    (cues.json), no cue of its own ("The council posted on X: “…”", "Limbaugh continued: “…”"):
    the parse's subject of that verb is the speaker. Returns (the subject, the verb), else None."""
    sent = ctx.doc.sentences[si]
    if ctx.syntax_subject is None or sentence_language(sent, pick(ctx.doc.segments[sent.segment].language, ctx.doc.language)) != "en":
        return None
    lx = lang("en")
    toks = sent.tokens
    c = next((k for k, t in enumerate(toks) if t.text == ":" and t.span.end <= q.outer.start
              and not ctx.text[t.span.end : q.outer.start].strip()), None)
    if c is None or c < 2 or ctx.inside_any_quote(toks[c].span.start):
        return None
    k = next((k for k in range(c - 1, 0, -1) if toks[k].text.lower() in lx.colon_verbs), None)
    sub = ctx.syntax_subject(sent, k) if k is not None else None
    if k is not None and sub is None and lx.forms.get(toks[k].text.lower()):
        spk = cue_speaker(ctx, sent, k, lx)  # the parse found no subject: the speaker rules' one before the verb
        if spk is not None and spk.where == "before" and spk.span is not None and spk.refers is None:
            return spk.span, toks[k].span
    if k is None or sub is None or sub[1] > k:
        return None
    between = toks[sub[1] : k]
    if len(between) >= 3 and between[0].text == "," and between[-1].text == "," and sub[1] + 1 < k - 1 \
            and not any(t.text.lower() in AUX or t.text in QUOTE_CHARS for t in between):
        between = []  # "Ann Lee, a columnist, calls it …:": an apposition between the subject and its verb
    if any(t.text in (",", ";") or t.text in QUOTE_CHARS for t in between):
        return None
    return Span(toks[sub[0]].span.start, toks[sub[1] - 1].span.end), toks[k].span


def en_colon_lead(ctx: Context, q: Quote, si: int) -> tuple[Span, Span, str] | None:
    """An English lead before a colon that introduces the quotation right after it without a verb of
    speech (`colon_lead` of resources/en/cues.json): the subject of the clause's main verb, as the
    parse reads it, when it can speak or is a document ("Lee issued the following statement: “…”",
    "The board worded it more carefully: “…”", "Roth called them on it: “…”"; rule suffix `clause`),
    or a line that is only a name, with an optional bracket after it ("Sen. Ann Lee (D-Ore.): “…”";
    suffix `name_line`). The speaker is never an object ("called them on it"), not the author ("I",
    "we") and not a relative clause's ("… a message from her aide that read: “…”": the words are the
    aide's, the clause's subject only passed them on). Returns (the speaker, the cue, the rule suffix)."""
    before = ctx.text[: q.outer.start].rstrip()
    if not before.endswith(":"):
        return None
    li = ctx.sentence_index(Span(len(before) - 1, len(before)))
    si = li if li is not None and li < si else si  # the lead may be a sentence (a line) of its own before the quotation's
    sent = ctx.doc.sentences[si]
    if ctx.syntax_subject is None or sentence_language(sent, pick(ctx.doc.segments[sent.segment].language, ctx.doc.language)) != "en":
        return None
    lx = lang("en")
    words = load("en", "cues").get("colon_lead", {})
    toks = sent.tokens
    c = next((k for k, t in enumerate(toks) if t.text == ":" and t.span.end <= q.outer.start
              and not ctx.text[t.span.end : q.outer.start].strip()), None)
    if c is None or ctx.inside_any_quote(toks[c].span.start):
        return None
    s = 0
    while s < c and (toks[s].text in {"—", "–", "-", "--"} or toks[s].text in QUOTE_CHARS):
        s += 1
    if c - s < 1 or any(t.text in QUOTE_CHARS or t.text in (":", ";") for t in toks[s:c]):
        return None
    if not any(ctx.word_at(t.span) is not None for t in toks[s:c]):
        return None  # (the parse must have read the lead: which word is a verb, which the subject)
    lows = lowered(toks)
    verbs = [k for k in range(s, c) if ctx.pos_at(toks[k].span) in ("VERB", "AUX")]
    if not verbs:
        e = c
        if toks[c - 1].text == ")":  # "Sen. Ann Lee (D-Ore.):": party and state in brackets after the name
            e = next((k for k in range(c - 1, s, -1) if toks[k].text == "("), c)
        line_start = ctx.text.rfind("\n", 0, toks[s].span.start) + 1
        if e - s > 8 or e <= s or ctx.text[line_start : toks[s].span.start].strip():
            return None  # a short line of its own
        name = Span(toks[s].span.start, toks[e - 1].span.end)
        if not toks[e - 1].text[:1].isupper() or not _can_speak(ctx, name, lx):
            return None  # a name (a role before it or not) that can speak, ending in a capitalised word
        return name, toks[c].span, "name_line"
    k = next((k for k in verbs if (w := ctx.word_at(toks[k].span)) is not None and w.dep == "root"), None)
    if k is None or lows[k] in AUX or lows[k] in words.get("not_leading", []):
        return None  # ("The answer was simple:": a copula, no one speaks)
    if any((lows[j] in words.get("relatives", []) and ctx.pos_at(toks[j].span) == "PRON")
           or ((w := ctx.word_at(toks[j].span)) is not None and w.dep == "acl:relcl") for j in range(k + 1, c)):
        return None  # "… a message from her aide that read:": the words of the one the relative clause after the verb is about
    sub = ctx.syntax_subject(sent, k)
    if sub is None or sub[1] > k or sub[0] < s:
        return None
    a, b = sub
    between = toks[b:k]
    h = next((j for j in range(a, b) if toks[j].text == ","), None)
    if h is not None and h > a and toks[k - 1].text == "," and all(t.text == "," for t in between):
        b, between = h, []  # "The board, in a memo on the dispute, worded it …:": the parse ran the subject into the phrase
    if len(between) >= 3 and between[0].text == "," and between[-1].text == ",":
        between = []  # "The board, in a statement on its site, worded it …:": a phrase between commas
    if any(t.text in (",", ";") or ctx.pos_at(t.span) in ("VERB", "AUX") for t in between):
        return None
    part = next((j for j in range(a, b - 2) if lows[j] in words.get("part_heads", []) and lows[j + 1] in ("in", "of", "from")), None)
    if part is not None:
        a = part + 2  # "A footnote in the audit makes that clear:": a part of a text gives the text's words
    subject = Span(toks[a].span.start, toks[b - 1].span.end)
    who = ctx.text[subject.start : subject.end]
    if who.lower() in lx.first_person or who.lower() in lx.impersonal_pronouns or who.lower() in words.get("no_speaker", []):
        return None  # the author, or no one
    head = lows[b - 1]
    if not (_can_speak(ctx, subject, lx) or head in lx.person_nouns or head in words.get("text_heads", [])):
        return None
    return subject, toks[k].span, "clause"


def colon_subject(ctx: Context, si: int, c: int, lx: Lang, fronted_place: bool = False) -> tuple[Span, Span] | None:
    """The subject and the finite verb of a German clause that ends with the colon at token c
    ("Der Verband reagierte gelassen:", "Ähnlich äußerte sich der Präsident:"; with
    `fronted_place` also "In Kehl warb ein Laden mit Plakaten:"), else None."""
    toks = ctx.doc.sentences[si].tokens
    lows = lowered(toks)
    s = 0
    while s < c and (lows[s] in CONJ_START or toks[s].text in QUOTE_CHARS | {"–", "-"}):
        s += 1
    if s < c and _PRONOMINAL_ADVERB.match(lows[s]) and lows[s].endswith("in"):
        return text_named_before(ctx, si, lx, toks[s + 1].span if s + 1 < c else None)  # "Darin steht: …"
    if s >= c or not toks[s].text[:1].isupper() or _PRONOMINAL_ADVERB.match(lows[s]):
        return None  # "Dazu sagte …": a pronominal adverb points at something said before, no speaker
    e = np_forward(ctx, toks, s, lx)
    first_np = lows[s] not in PREPOSITIONS_DE and lows[s] not in lx.np_stop and lows[s] not in ("des", "dem", "den", "einem", "eines")
    if first_np and s < e < c and _finite_verb(toks[e].text, lx) and not (e - s == 1 and _ADVERB_END.search(lows[s])):
        return Span(toks[s].span.start, toks[e - 1].span.end), toks[e].span  # "Der Verband reagierte gelassen:"
    if first_np and s < e <= c and _no_verb(ctx, toks, e, c, lx) and _can_speak(ctx, Span(toks[s].span.start, toks[e - 1].span.end), lx):
        # "Der Bürgermeister: «…»", "Die Ministerin im Interview: «…»": a speaker and no verb, the colon is the cue
        return Span(toks[s].span.start, toks[e - 1].span.end), toks[c].span
    v = s + 1
    if fronted_place and lows[s] in PREPOSITIONS_DE and s + 1 < c:
        v = np_forward(ctx, toks, s + 1, lx, apposition=False)  # "In Kehl warb ein Laden mit Plakaten:": a fronted place, the verb, the subject
        if s + 1 < v < c and _finite_verb(toks[v].text, lx):
            j = skip_adverbials(ctx, toks, v + 1, lx)
            e2 = np_forward(ctx, toks, j, lx)
            if j < e2 <= c and (toks[j].text[:1].isupper() or lows[j] in ("der", "die", "das", "ein", "eine")):
                return Span(toks[j].span.start, toks[e2 - 1].span.end), toks[v].span
        return None
    if (e == s + 1 and _ADVERB_END.search(lows[s])) or lows[s] in lx.np_stop:
        # "Ähnlich äußerte sich der Präsident:": an adverb, the verb, then the subject
        if v < c and _finite_verb(toks[v].text, lx):
            j = skip_adverbials(ctx, toks, v + 1, lx)
            e2 = np_forward(ctx, toks, j, lx)
            if j < e2 <= c and (toks[j].text[:1].isupper() or lows[j] in ("der", "die", "das", "ein", "eine")):
                return Span(toks[j].span.start, toks[e2 - 1].span.end), toks[v].span
    return None


def _no_verb(ctx: Context, toks: list[Token], a: int, b: int, lx: Lang) -> bool:
    """toks[a:b] hold no verb: prepositional phrases, adverbs and times only ("im Interview",
    "am Montag", "dazu")."""
    for t in toks[a:b]:
        low = t.text.lower()
        if not (t.text[:1].isupper() or low in PREPOSITIONS_DE or low in lx.determiners or low in lx.np_stop
                or is_adjective_like(t.text) or ctx.in_timex(t.span)):
            return False
    return True


def _can_speak(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The noun phrase names someone who can speak: a person or body the entities found, or a
    role or a kind of body (`classify_mention` gives it a type)."""
    who = ctx.text[sp.start : sp.end]
    return who in lx.person_pronouns or classify_mention(who, lx)[1] != "unnamed" \
        or any(e.label in ("PER", "ORG") for e in entities_overlapping(ctx.doc, sp))


def colon_konjunktiv(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"Die Gewerkschaft reagierte empört: Die Pläne seien ein Angriff auf …" (German): a clause in
    the Konjunktiv I after a colon is what the subject of the clause before it said, though its
    verb is no speech verb."""
    toks = sent.tokens
    c = next((k for k, t in enumerate(toks) if t.text == ":" and not ctx.inside_any_quote(t.span.start)), None)
    if c is None or not 2 <= c <= 12 or c + 3 >= len(toks) or not any(t.text in lx.konj1 for t in toks[c + 1 :]):
        return False
    if toks[c + 1].text in QUOTE_CHARS:
        return False  # "… einen Zettel: «Ich gehe gleich los.»": a quotation after the colon, the speaker's own words (`direct_quotes`)
    intro = colon_subject(ctx, si, c, lx)
    rule = "attr.indirect.de.colon_subject"
    if intro is None and (intro := _fronted_colon_intro(ctx, toks, c, lx)) is not None:
        rule = "attr.indirect.de.colon_subject.fronted"
    if intro is not None and ctx.text[intro[1].start : intro[1].end].lower() in lx.perfect_auxiliaries \
            and toks[c - 1].text.isalpha() and toks[c - 1].text.islower() and toks[c - 1].text.endswith(("t", "en")):
        intro = (intro[0], toks[c - 1].span)  # "Inzwischen hat auch die Kommission reagiert: Man nehme …": the participle is the verb
    if intro is None or ctx.text[intro[1].start : intro[1].end] in AUX:
        return False  # "Die Lage ist klar: …": a copula, no one reacts
    if not _can_speak(ctx, intro[0], lx):
        return False  # someone who can speak
    content = strip_span(ctx.text, Span(toks[c + 1].span.start, sent.span.end))
    ctx.cands.append(Cand("indirect", [content], intro[1], intro[0], rule, si))
    return True


def colon_unquoted(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"Die Ministerin sah das gelassen: Wir haben genug Reserven." in a German text that has lost
    its quotation marks (no quotation in the whole document): a main clause in the indicative after
    the colon is what the subject of the clause before it said, as in `colon_konjunktiv`, though its
    verb is no speech verb; `direct` in the first person (`speaking_first_person`), else `indirect`.
    Not after a copula ("Die Lage ist klar: …"), not when the one before the colon cannot speak, not
    for a question, a list of phrases ("… gefordert: mehr Geld, mehr Personal") or a fragment
    (a clause needs a word the parse reads as a verb)."""
    if lx.code != "de" or ctx.quotes or not lx.speaking_first_person:
        return False
    toks = sent.tokens
    c = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if c is None or not 2 <= c <= 30 or c + 4 >= len(toks):
        return False
    rest = toks[c + 1 :]
    if not rest[0].text[:1].isupper() or any(t.text in (":", "?") for t in rest):
        return False  # a new clause, not a list, a question or a second frame
    e = np_forward(ctx, toks, c + 1, lx)
    if not any(ctx.pos_at(t.span) in ("VERB", "AUX") for t in rest) and not (c + 1 < e < len(toks) and _finite_verb(toks[e].text, lx)):
        return False  # a verb of its own: one the parse reads, or a lower-case word after the opening noun phrase
    # the words after the colon in the first person: no author's report speaks so, they are the words of
    # the one the clause before names, whatever its verb (rule attr.direct.de.colon_lead.first_person, session 38)
    first_person = any(t.text.lower() in lx.speaking_first_person for t in rest)
    intro = colon_subject(ctx, si, c, lx)
    rule = "colon_subject.unquoted"
    if intro is None and (intro := _fronted_colon_intro(ctx, toks, c, lx)) is not None:
        rule = "colon_subject.fronted.unquoted"
    if intro is None and (intro := _parsed_colon_intro(ctx, sent, c, lx)) is not None:
        rule = "colon_subject.parsed.unquoted"
    if intro is None and first_person and ((intro := _adverb_lead_speaker(ctx, toks, c, lx)) is not None
                                           or (intro := _fronted_colon_intro(ctx, toks, c, lx, surnames=True)) is not None):
        rule = "colon_lead.first_person"  # "Dazu der Stadtrat: Wir haben …", "Bei der Vergabe will Roth Klarheit: Wir …"
    if intro is None:
        return False
    if ctx.text[intro[1].start : intro[1].end] in AUX:
        if not first_person:
            return False
        rule = "colon_lead.first_person"  # "Jan Roth ist nachdenklich: Ich habe …": a state, then the speaker's words
    if intro[1] != toks[c].span and not _reports_speech(toks, c, intro[0], lx):
        if not first_person:
            return False  # narration: a verb, but no verb or noun of speech, thought or view ("Der Wirt steht vor einem Rätsel:")
        rule = "colon_lead.first_person"  # "Jan Roth zuckt mit den Schultern: Wenn das Geld fehlt, bauen wir später."
    if intro[1] == toks[c].span and not _frame_opens_with_speaker(ctx, toks, intro[0], lx):
        return False  # a heading, no speaker: "Stürmische Nacht an der Mole: …", "Der kurze Grund: …"
    who = ctx.text[intro[0].start : intro[0].end]
    verb = ctx.text[intro[1].start : intro[1].end]
    if " " not in who and "-" not in who and verb.endswith("en") and verb.islower():
        return False  # a verb in the plural after a single name is not that name's: "Bremen erreichen neue Zahlen:"
    if who in lx.person_pronouns or rest[0].text in lx.person_pronouns or who.lower() in lx.impersonal_pronouns:
        return False  # "Sie recherchieren weiter: …", "Die Firma wehrt sich: Sie hat …": the author tells on; "Es gibt …:" no one
    if any(len(t.text) >= 3 and t.text[:1].isupper() and t.text.lower() not in lx.determiners and t.text in who for t in toks[c + 1 : e]):
        return False  # "Lange galt Jan Roth als Favorit: Roth erhielt aber …": the author tells on about the one named
    if not (_can_speak(ctx, intro[0], lx) or (" " not in who and full_name(ctx.doc, who) is not None)) \
            or any(e.label == "LOC" and e.span.overlaps(intro[0]) for e in ctx.entities_near(intro[0])):
        return False  # someone who can speak, or a surname the text gives in full ("Platter"), not a place
    content = strip_span(ctx.text, Span(rest[0].span.start, sent.span.end))
    mode = "direct" if first_person else "indirect"
    ctx.cands.append(Cand(mode, [content], intro[1], intro[0], f"attr.{mode}.de.{rule}", si))
    return True


def _adverb_lead_speaker(ctx: Context, toks: list[Token], c: int, lx: Lang) -> tuple[Span, Span] | None:
    """A verbless lead before the colon at token c that opens with a pronominal adverb pointing at what
    came before ("Dazu der Stadtrat:", "Darauf die Ministerin im Interview:"): the noun phrase after it,
    when it names someone who can speak (`_can_speak`) and nothing but phrases without a verb follow it
    up to the colon (`_no_verb`). Returns (the noun phrase, the colon), else None; read only for words
    in the first person after the colon (`colon_unquoted`)."""
    if c < 2 or not _PRONOMINAL_ADVERB.match(toks[0].text.lower()):
        return None
    e = np_forward(ctx, toks, 1, lx)
    if not 1 < e <= c or not _no_verb(ctx, toks, e, c, lx):
        return None
    sp = Span(toks[1].span.start, toks[e - 1].span.end)
    return (sp, toks[c].span) if _can_speak(ctx, sp, lx) else None


def _frame_opens_with_speaker(ctx: Context, toks: list[Token], frame: Span, lx: Lang) -> bool:
    """A verbless frame before a colon ("ZTE-Chef Roth:", "Eva Lang:", "Reeder Jan Holt:") opens,
    past an article, with a role (`is_role`) or a person or body the entities found starting there,
    or with one word and a person after it; a heading does not ("Neuer Rekord am Kai:", "Stürmische
    Nacht an der Mole:", "Übrigens Nordwind:")."""
    words = [t for t in toks if frame.start <= t.span.start < frame.end and t.text.lower() not in lx.determiners][:2]
    if not words:
        return False
    near = ctx.entities_near(Span(words[0].span.start, words[-1].span.end))
    return is_role(words[0].text, lx) or any(e.label in ("PER", "ORG") and e.span.start == words[0].span.start for e in near) \
        or (len(words) == 2 and any(e.label == "PER" and e.span.start == words[1].span.start for e in near))  # "Reeder Jan Holt:"


def _reports_speech(toks: list[Token], c: int, subject: Span, lx: Lang) -> bool:
    """The clause before the colon at token c reports a speech act, a thought, a view or a reaction
    (German; resources/de/cues.json, `_colon_lead_note`): outside its subject it has a cue form (a
    separable verb's with its particle, before the colon or fused: "stellte … fest"), a form of
    `colon_lead_forms` with one of its companion words ("störte sich an …") or, for one that must end
    the clause, right before the colon ("Die Ministerin findet:"), or a noun of `colon_lead_nouns`,
    `speech_nouns` or `colon_nouns` ("zog aus den Zahlen den Schluss:"). Narration has none ("Der Wirt steht
    vor einem Rätsel:")."""
    lows = [t.text.lower() for t in toks[:c]]
    for k in range(c):
        if toks[k].span.overlaps(subject):
            continue
        low, after = lows[k], lows[k + 1 :]
        if any(f.particle is None or low.startswith(f.particle) or f.particle in after for f in lx.forms.get(low, ())):
            return True
        lead = lx.colon_lead_forms.get(low)
        if lead is not None and (not lead[0] or any(w in lead[0] for w in lows[:k] + after)) and (not lead[1] or k == c - 1):
            return True
        if toks[k].text[:1].isupper() and (low in lx.colon_lead_nouns or low in lx.speech_nouns or low in lx.colon_nouns):
            return True
    return False


def _parsed_colon_intro(ctx: Context, sent: Sentence, c: int, lx: Lang) -> tuple[Span, Span] | None:
    """The subject and the verb of the main clause before the colon at token c, for a clause the
    word rules of `colon_subject` do not read ("Auch der Chef des Verbands, Jan Roth, deutete das
    Ergebnis als Warnung:"): the verb is the word the parse reads as the sentence's root, a finite
    verb in the indicative before the colon, and the subject all that stands before it, after a
    leading conjunction or "auch" (`CONJ_START`), when that opens with a capital letter or an article, holds no
    finite verb of the parse outside commas and names a person or body (`_can_speak`). None otherwise."""
    toks = sent.tokens
    lows = lowered(toks)
    s = 0
    while s < c and (lows[s] in CONJ_START or lows[s] == "auch"):
        s += 1
    for k in range(s + 1, c):
        w = ctx.word_at(toks[k].span)
        if w is None or w.pos != "VERB" or w.dep != "root" or not ctx.finite_indicative(toks[k].span):
            continue
        e = k
        while e > s and toks[e - 1].text == ",":
            e -= 1
        if not (toks[s].text[:1].isupper() or lows[s] in lx.determiners) or lows[s] in PREPOSITIONS_DE or e <= s:
            return None
        depth = 0  # an apposition or a relative clause between commas may have a verb of its own
        for t in toks[s:e]:
            depth += t.text == ","
            if depth % 2 == 0 and t.text != "," and ctx.finite_indicative(t.span):
                return None
        sp = Span(toks[s].span.start, toks[e - 1].span.end)
        h = next((j for j in range(s, e) if toks[j].text == ","), e)  # its head, before an apposition or relative clause
        return (sp, toks[k].span) if _can_speak(ctx, sp, lx) or (h > s and _can_speak(ctx, Span(toks[s].span.start, toks[h - 1].span.end), lx)) else None
    return None


def _fronted_colon_intro(ctx: Context, toks: list[Token], c: int, lx: Lang, surnames: bool = False) -> tuple[Span, Span] | None:
    """The subject and the finite verb of a German clause before the colon at token c that opens
    with a fronted phrase other than its subject ("Trotz der neuen Zahlen sieht sie keinen Grund zur
    Entwarnung:", "Ganz so düster sieht es der Ökonom nicht:"): the first lower-case word that can be a
    finite verb with, right after it (past "es", "sich": `fronted_colon_lead` of
    resources/<lang>/according.json), a personal pronoun of a person in lower case (`person_pronouns`)
    or a noun phrase of someone who can speak (opened by one of `subject_determiners` or a PER or ORG
    entity; with `surnames`, also a surname the text gives in full: "Bei der Vergabe will Roth Klarheit:").
    None when the clause has a comma or a quotation mark (a clause of its own, not one lead-in)."""
    lead = load(lx.code, "according").get("fronted_colon_lead", {})
    skipped, determiners = frozenset(lead.get("skipped", [])), frozenset(lead.get("subject_determiners", []))
    lows = lowered(toks)
    s = 0
    while s < c and (lows[s] in CONJ_START or toks[s].text in {"–", "-"}):
        s += 1
    if c - s < 3 or any(t.text in (",", ";") or t.text in QUOTE_CHARS for t in toks[s:c]):
        return None
    for v in range(s + 1, c - 1):
        if not _finite_verb(toks[v].text, lx) or lows[v] in skipped \
                or (is_adjective_like(toks[v].text) and toks[v + 1].text[:1].isupper()):
            continue  # ("gesunkener Zahlen": an adjective before its noun)
        j = v + 1
        while j < c and lows[j] in skipped:
            j += 1
        if j >= c:
            return None
        if toks[j].text in lx.person_pronouns and toks[j].text.islower():
            return toks[j].span, toks[v].span
        if surnames and toks[j].text[:1].isupper() and (j + 1 >= c or not toks[j + 1].text[:1].isupper()) \
                and full_name(ctx.doc, toks[j].text) is not None:
            return toks[j].span, toks[v].span
        # (an entity that starts at the word, found by position: `Context.entities_near`)
        if lows[j] in determiners or any(x.label in ("PER", "ORG") and x.span.start == toks[j].span.start
                                         for x in ctx.entities_near(Span(toks[j].span.start, toks[j].span.start + 1))):
            e = np_forward(ctx, toks, j, lx)
            if j < e <= c and _can_speak(ctx, Span(toks[j].span.start, toks[e - 1].span.end), lx):
                return Span(toks[j].span.start, toks[e - 1].span.end), toks[v].span
    return None


def text_named_before(ctx: Context, si: int, lx: Lang, verb: Span | None) -> tuple[Span, Span] | None:
    """"Die Behörde gab eine Stellungnahme ab. Darin steht: «…»": the text (a document noun of
    `document_heads`) named last in the sentence before is the source, the verb the cue."""
    if si == 0 or verb is None:
        return None
    toks = ctx.doc.sentences[si - 1].tokens
    k = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text in lx.document_heads), None)
    if k is None:
        return None
    b = k
    while b > 0 and is_adjective_like(toks[b - 1].text) and toks[b - 1].text.lower() not in lx.determiners:
        b -= 1
    if b > 0 and toks[b - 1].text.lower() in lx.determiners:
        b -= 1  # the article opens the phrase: a verb before it is no adjective ("legte eine Mail vor")
    elif b < k:
        b = k  # no article: the words before the noun may be a verb's ("legte Mails vor")
    e = np_forward(ctx, toks, b, lx, apposition=False)
    e = e if e > k else k + 1
    return Span(toks[b].span.start, toks[e - 1].span.end), verb


def bare_cue_before(ctx: Context, q: Quote, si: int) -> tuple[Span, Span] | None:
    """A German quotation right after a sentence that is no more than a speaker and a speech cue
    ("Sie fügte hinzu. «…»"): that sentence introduces it, as a colon would. Returns (the
    subject, the verb), else None."""
    if si == 0 or ctx.text[ctx.doc.sentences[si - 1].span.end : q.outer.start].strip():
        return None
    prev = ctx.doc.sentences[si - 1]
    if sentence_language(prev, pick(ctx.doc.segments[prev.segment].language, ctx.doc.language)) != "de":
        return None
    if any(c.sent == si - 1 for c in ctx.cands):
        return None
    lx = lang("de")
    toks = prev.tokens
    if len(toks) > 8 or toks[-1].text not in (".", ":"):
        return None
    for i, t in enumerate(toks):
        cls = cue_at(ctx, toks, i, lx)
        if cls is None or cls in NOT_SPEECH or negated(toks, i, lx):
            continue
        rest = [x.text.lower() for x in toks[i + 1 : -1]]
        particles = {f.particle for f in lx.forms.get(t.text.lower(), []) if f.particle}
        if any(w not in particles and w not in lx.np_stop and w not in lx.subject_pronouns for w in rest):
            return None  # more than a particle or an adverb after the cue: it has an object of its own
        spk = cue_speaker(ctx, prev, i, lx)
        if spk is not None and spk.span is not None:
            return spk.span, t.span
        return None
    return None


#: German pronominal adverbs ("darin", "dazu", "hierzu", "worauf")
_PRONOMINAL_ADVERB = re.compile(r"^(?:da|dar|hier|wo|wor)(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$")


def _finite_verb(word: str, lx: Lang) -> bool:
    """A lower-case word after a German subject that can be its finite verb."""
    low = word.lower()
    return word[:1].islower() and word[:1].isalpha() and low not in lx.determiners and low not in PREPOSITIONS_DE \
        and low not in lx.np_stop and low not in ("und", "oder", "sowie", "als", "wie")


def nested_quote(ctx: Context, q: Quote, inner: Span, owners: Intervals[Cand]) -> None:
    """A quotation inside reported speech ("Er sagte, er habe aus Protest gehandelt: «Ich bin
    gegen den Handel.»"): the speaker's own words, a direct claim of the same source and cue,
    nested in the other one; with de-news-quotes' conventions also a phrase quoted inside the
    reported clause ("die Lage sei «völlig unklar»")."""
    if not words_quoted(ctx.text, q, inner):
        return
    if not ctx.denews and not _whole_utterance(ctx.text, q):
        return  # the seed's style: a phrase quoted inside the reported clause stays part of it (de-news-quotes counts it)
    # the claim around it is longer than the quotation (its parts together: "Das Buch ist [laut X] eine «…»")
    owner = next((c for x, c in owners.starting_by(inner.start, inner.end)
                  if x.contains(q.outer) and sum(len(p) for p in c.content) > len(q.outer) + 8), None)
    if owner is None or (owner.source is None and not owner.inherit):
        return
    sent = ctx.doc.sentences[owner.sent]
    if sentence_language(sent, pick(ctx.doc.segments[sent.segment].language, ctx.doc.language)) != "de":
        return  # English corpora (PolNeAR) count a quotation inside reported speech as part of it
    if any(c.mode == "direct" and c.content and c.content[0] == inner for c in ctx.cands):
        return
    told = _told_inside(ctx, q, owner)
    if told is not None and owner.source is not None:
        # "In Kehl warb ein Laden: «…», berichtet X": the quotation is the one's the clause before
        # the colon names, relayed by the reporter
        ctx.cands.append(Cand("direct", [inner], told[1], told[0], "attr.direct.nested+told", owner.sent, via=[(owner.source, False), *owner.via]))
        return
    colon = ctx.text.rfind(":", max(0, q.outer.start - 3), q.outer.start)
    last = owner.content[-1]
    if colon >= 0 and last.start < colon and last.end >= inner.end and colon - last.start > 8:
        # "…, dass er aus Protest gehandelt habe: «Ich bin …»(, schrieb er)": the reported clause ends at the colon
        owner.content[-1] = strip_span(ctx.text, Span(last.start, colon))
    ctx.cands.append(Cand("direct", [inner], owner.cue, owner.source, "attr.direct.nested", owner.sent, via=list(owner.via),
                          inherit=owner.inherit, refers_to=owner.refers_to))


def _told_inside(ctx: Context, q: Quote, owner: Cand) -> tuple[Span, Span] | None:
    """The subject and verb of the clause before the colon that opens the quotation `q`, when that
    clause opens what `owner` reports and names someone other than its speaker; else None."""
    if owner.source is None or owner.inherit or owner.cue is None or owner.cue.start < q.outer.end:
        return None  # (only a report whose cue comes after it: "…: «…», berichtet X")
    si = ctx.sentence_index(q.outer)
    if si is None or si != owner.sent:
        return None
    toks = ctx.doc.sentences[si].tokens
    c = next((k for k, t in enumerate(toks) if t.text == ":" and 0 <= q.outer.start - t.span.end <= 2), None)
    if c is None or not owner.content[0].contains(toks[0].span):
        return None
    lx = lang(sentence_language(ctx.doc.sentences[si], pick(ctx.doc.segments[ctx.doc.sentences[si].segment].language, ctx.doc.language)))
    intro = colon_subject(ctx, si, c, lx, fronted_place=True)
    if intro is None or intro[0].overlaps(owner.source):
        return None
    return intro


def _whole_utterance(text: str, q: Quote) -> bool:
    """A quotation nested in reported speech stands as words of their own when a colon
    introduces it ("sagt, dass er aus Protest gehandelt habe: «Ich bin gegen den Handel.»") or
    it holds a whole sentence; a phrase quoted inside the reported clause ("sei «völlig unklar»")
    stays part of that claim."""
    if text[max(0, q.outer.start - 3) : q.outer.start].rstrip().endswith(":"):
        return True
    inner = text[q.inner.start : q.inner.end].strip()
    return inner[:1].isupper() and re.search(r"[.!?…]$", inner) is not None


def words_quoted(text: str, q: Quote, inner: Span) -> bool:
    """The quotation `q` (its text `inner`) inside reported speech gives words someone said: not
    a single noun («Gesindel»: a word mentioned), not a title ("trägt den Titel „…“", "ein Test
    des Magazins „…“")."""
    words = re.findall(r"\w+", text[inner.start : inner.end])
    if not words or (len(words) == 1 and words[0][:1].isupper()):
        return False
    before = re.search(r"(\w+)\s*$", text[max(0, q.outer.start - 40) : q.outer.start])
    return not (before and before.group(1) in _title_nouns())


@cache
def _title_nouns() -> frozenset[str]:
    return frozenset(w for code in SUPPORTED for w in load(code, "lexicon").get("title_nouns", []))


def _near_previous(spoken: list[int], pos: int, line_of: Callable[[int], int]) -> bool:
    """Some attribution with a speaker ends (`spoken`: sorted ends) at most one line (paragraph)
    before `pos`."""
    k = bisect.bisect_right(spoken, pos) - 1
    return k >= 0 and line_of(pos) - line_of(spoken[k] - 1) <= 1


def _inside_english_clause(ctx: Context, q: Quote) -> bool:
    """The quotation stands inside an English sentence after a word of it ('has called for “…”')
    and ends within that sentence: a phrase the author's clause quotes, no speech of its own."""
    si = ctx.sentence_index(q.outer, whole=True)
    if si is None:
        return False
    sent = ctx.doc.sentences[si]
    if sentence_language(sent, pick(ctx.doc.segments[sent.segment].language, ctx.doc.language)) != "en":
        return False
    before = ctx.text[sent.span.start : q.outer.start].rstrip()
    return bool(before) and before[-1].isalnum()


def _german(ctx: Context, q: Quote) -> bool:
    si = ctx.sentence_index(q.outer, whole=True)
    if si is None:
        return False
    sent = ctx.doc.sentences[si]
    return sentence_language(sent, pick(ctx.doc.segments[sent.segment].language, ctx.doc.language)) == "de"


def _name_given(ctx: Context, q: Quote) -> bool:
    """A quoted word is the name a speaker gives something ("nannte den Plan einen «Irrweg»",
    "bezeichnete es als «Unsinn»", "sprach von «Panikkäufen»"): the word before it is one of
    `naming_before` and a verb of `naming_verbs` with a subject other than "man" stands before
    it in the sentence (German)."""
    si = ctx.sentence_index(q.outer, whole=True)
    if si is None:
        return False
    sent = ctx.doc.sentences[si]
    lx = lang(sentence_language(sent, pick(ctx.doc.segments[sent.segment].language, ctx.doc.language)))
    before = re.search(r"(\w+)\s*$", ctx.text[max(0, q.outer.start - 20) : q.outer.start])
    if not lx.naming_verbs or before is None or before.group(1).lower() not in lx.naming_before:
        return False
    toks = [t for t in sent.tokens if t.span.end <= q.outer.start]
    return any(f.lemma in lx.naming_verbs for k, t in enumerate(toks) for f in lx.forms.get(t.text.lower(), [])
               if not any(u.text.lower() == "man" for u in toks[max(0, k - 1) : k + 2]))


#: the rule suffix of an English quoted fragment kept only as the anchor of what its speaker says next
FRAGMENT_ANCHOR_RULE = "+fragment_anchor"


def partial_quote(ctx: Context, q: Quote, inner: Span) -> bool:
    """A short quotation inside a clause whose reporting verb and subject are in the same
    sentence ("nannte den Plan einen «teuren Irrweg»")."""
    doc = ctx.doc
    si = ctx.sentence_index(q.outer, whole=True)
    if si is None or si in ctx.headings:
        return False
    sent = doc.sentences[si]
    seg = doc.segments[sent.segment]
    code = sentence_language(sent, pick(seg.language))
    lx = lang(code)
    toks = sent.tokens
    k = next((k for k, t in enumerate(toks) if t.span.start >= q.outer.start), len(toks))
    m = k - 2 if k >= 2 and toks[k - 1].text.lower() in lx.determiners else k - 1
    if m >= 0 and toks[m].text.lower() in lx.place_prepositions:
        return False  # "sprach auf dem «Tag der offenen Labore»": a place or an event, not what was said
    if after_programme(toks, k, lx):
        return False  # "in der ARD-Sendung «Bericht aus Berlin»": a show's title
    for i, t in enumerate(toks):
        if t.span.start >= q.outer.start:
            break
        cls = cue_at(ctx, toks, i, lx)
        if cls is None or cls in NOT_SPEECH or attributive(ctx, toks, i, lx) or negated(toks, i, lx):
            continue
        if code == "en" and t.text.lower().endswith("ing"):
            continue  # 'After saying her foot was swollen, she was “whisked … off”': a participle's words end at its clause
        parsed = ctx.syntax_subject(sent, i) if code == "en" and ctx.syntax_subject is not None else None
        subj = subject_before(ctx, toks, i, lx)
        if parsed is not None and parsed[0] < i and (subj is None or not (subj[0] < parsed[1] and parsed[0] < subj[1])):
            subj = parsed  # 'Lee said his rival's tweet was only “to mock” her': the parse's subject of the cue
        if subj is not None:
            src = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
        elif code == "en" and i > 0 and toks[i - 1].text not in QUOTE_CHARS | {","}:
            continue  # English names the speaker after the cue only after a quotation or a comma
        else:
            j0 = skip_adverbials(ctx, toks, i + 1, lx)
            e = np_forward(ctx, toks, j0, lx)
            if e <= j0 or toks[e - 1].span.end > q.outer.start:
                continue
            src = Span(toks[j0].span.start, toks[e - 1].span.end)
        cand = Cand("direct", [inner], t.span, src, f"attr.direct.{code}.partial", si)
        if code == "en" and not ctx.polnear:
            # rule attr.filter.en.fragment: in the seed style a fragment quoted inside the author's clause ("called
            # it “a waste”", "said she was “not amused”") is a label or part of a clause, never a claim of its own;
            # its speaker stays an anchor of what follows (session 35: no English attrdev label matched, 10 false alarms)
            cand.anchor_only, cand.rule = True, cand.rule + FRAGMENT_ANCHOR_RULE
        ctx.cands.append(cand)
        return True
    return code == "de" and _named_in_subordinate(ctx, q, inner, si, lx)


def _named_in_subordinate(ctx: Context, q: Quote, inner: Span, si: int, lx: Lang) -> bool:
    """A name given in a subordinate clause, its naming verb last: "…, weil die Regierung das Land
    als «junge Demokratie» bezeichnet hat" — the words quoted are the subordinate clause's
    subject's (German; `naming_before`, `naming_verbs`)."""
    toks = ctx.doc.sentences[si].tokens
    k = next((k for k, t in enumerate(toks) if t.span.start >= q.outer.end), None)
    b = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].span.end <= q.outer.start), None)
    if k is None or b is None or toks[b].text.lower() not in lx.naming_before:
        return False
    if not any(f.lemma in lx.naming_verbs for f in lx.forms.get(toks[k].text.lower(), [])) \
            or not (k + 1 >= len(toks) or toks[k + 1].text in AUX or not toks[k + 1].text[:1].isalpha()):
        return False  # the naming verb closes the clause: "… bezeichnet hat", "… nannte."
    c = b
    while c > 0 and toks[c - 1].text not in (",", ";", ":"):
        c -= 1
    if c == 0 or toks[c].text.lower() not in SUBORDINATORS:
        return False
    # the subject, before the object of the verb-final clause ("weil die Regierung das Land …")
    e = noun_before_object(ctx, toks, c + 1, np_forward(ctx, toks, c + 1, lx, apposition=False), lx, names=False)
    if e <= c + 1 or e > b:
        return False
    src = Span(toks[c + 1].span.start, toks[e - 1].span.end)
    if classify_mention(ctx.text[src.start : src.end], lx)[1] == "unnamed":
        return False
    ctx.cands.append(Cand("direct", [inner], toks[k].span, src, "attr.direct.de.named_subordinate", si))
    return True



def paragraph_rests(ctx: Context) -> None:
    """'… telling the paper: “A.\n\n“B.”': a quotation that a tag's attribution takes up to the end
    of its first paragraph (`contents.paragraph_parts`) and that goes on in the next, reopened
    by a quotation mark, goes on as the same speaker's words without a tag of their own (an
    attribution with no cue that inherits the speaker), unless another attribution has them."""
    from .contents import paragraph_parts

    for c in list(ctx.cands):
        if c.mode not in ("direct", "indirect") or c.cue is None or c.inherit:
            continue
        end = c.content[-1]
        q = next((q for q in ctx.quotes_at(end.start) if q.closed and q.inner.start <= end.start and q.inner.end > end.end), None)
        parts = paragraph_parts(ctx, q.inner) if q is not None else []
        if len(parts) < 2 or parts[0].end != end.end or any(x.overlaps(parts[1]) for d in ctx.cands for x in d.content):
            continue
        ctx.cands.append(Cand("direct", [parts[1]], None, None, "attr.direct.untagged.paragraph", c.sent, inherit=True))


def _named_subject(ctx: Context, c: Cand, lx: Lang) -> bool:
    """The speaker of speech told in the quoted words of a reported clause is a relative pronoun
    that stands for a noun before it ('the drivers, who have said …') or a name ('the mayor said'
    is too vague there: 'people', 'he', a phrase the quotation describes)."""
    if c.source is None:
        return False
    words = ctx.text[c.source.start : c.source.end].split()
    if c.refers_to is not None and words and words[0].lower() in REL_PRONOUNS:
        return True
    return bool(words) and words[0][:1].isupper() and words[0] not in lx.subject_pronouns and words[0].lower() not in lx.determiners


def speech_in_quotations(ctx: Context, lang_of: Callable[[int], Lang]) -> None:
    """"«Der Verband hat uns geschrieben, dass es ein Einzelfall war», schreibt ein Sprecher.": a
    speech act told inside a quotation, with a subject of its own in its clause (a third person:
    "ich habe gesagt" is the speaker's own) and its content inside the quotation, is an attribution of that
    subject (rule +quoted) that reaches the article through the quotation's speaker
    (`Cand.relayed_by`). `lang_of`: the language of a sentence by index."""
    from .cues import NOT_SPEECH, attributive, cue_at, negated
    from .verbs import try_cue

    # (a quotation whose speaker was not found, "attr.direct.untagged.far", is someone's words too:
    # speech told in it is the inner speaker's, relayed by whoever the quotation is found to be of)
    for oc in [c for c in ctx.cands if c.mode in ("direct", "indirect") and (c.source is not None or c.inherit or c.mode == "direct")]:
        # a quotation, or the quoted words of a reported clause ('told … that the board is “talking
        # to the drivers, who have said they want …”')
        spans = oc.content if oc.mode == "direct" else [q.inner for x in oc.content for q in ctx.quotes_within(x) if q.closed]
        for x in spans:
            for si in ctx.sentences_overlapping(x):
                # the words of the quotation in this sentence, as a sentence of their own
                toks = [t for t in ctx.doc.sentences[si].tokens if x.contains(t.span)]
                if len(toks) < 4:
                    continue
                sent = Sentence(Span(toks[0].span.start, toks[-1].span.end), ctx.doc.sentences[si].segment, toks)
                lx = lang_of(si)
                for i, t in enumerate(toks):
                    if i == 0:
                        continue
                    cls = cue_at(ctx, toks, i, lx)
                    if cls is None or cls in NOT_SPEECH or attributive(ctx, toks, i, lx) or negated(toks, i, lx):
                        continue
                    before = len(ctx.cands)
                    try_cue(ctx, si, sent, i, cls, lx)
                    new = ctx.cands[before:]
                    del ctx.cands[before:]
                    for c in new:
                        if c.source is not None and not c.inherit and (head := _pronoun_head(ctx, c.source, lx)) is not None:
                            c.source, c.rule = head, c.rule + "+pronoun_head"  # "She’s actually said, ‘…’": she
                    keep = [c for c in new if c.mode in ("direct", "indirect") and c.source is not None and c.cue is not None and x.contains(c.source)
                            and x.contains(c.cue) and all(x.contains(y) for y in c.content) and not c.inherit
                            and not _pronoun(ctx, c, ctx.doc.sentences[si].tokens, lx)
                            and not any(t.text == "," and c.source.end <= t.span.start < c.cue.start for t in toks)  # (one clause)
                            and not any(t.text in QUOTE_CHARS and u.text == "," and t.span.start < c.cue.start for t, u in pairwise(toks))]
                    # (a closing mark and a comma before the cue: a quotation that ran on past its own tag)
                    rests: list[Cand] = []
                    for c in keep:  # told in the quotation: indirect, unless quoted in it ("He said, ‘Trust me.’")
                        inner = strip_span(ctx.text, c.content[0])
                        if len(c.content) == 1 and (words := _quoted_head(ctx, inner, lx)) is not None:
                            # "He replied that ‘we will fix it,’ adding that …": the words in the marks, not the clause on after them
                            rest = _added_after_head(ctx, toks, words, inner, lx)
                            if rest is not None:  # ("…, adding that the clerk will help": the same speaker's second claim)
                                rests.append(Cand("indirect", [rest[1]], rest[0], c.source, _indirect_rule(c.rule) + "+quoted_head_rest+quoted",
                                                  c.sent, refers_to=c.refers_to))
                            inner, c.rule = words, c.rule + "+quoted_head"
                        if len(c.content) == 1 and len(inner) > 2 and ctx.text[inner.start] in QUOTE_CHARS and ctx.text[inner.end - 1] in QUOTE_CHARS:
                            c.content = [strip_span(ctx.text, Span(inner.start + 1, inner.end - 1))]  # its words, without the marks
                        elif len(c.content) == 1 and lx.code == "en" and (closed := _inner_quotation(ctx.text, inner)) is not None:
                            # "they say, ‘The line is late.’ I can’t blame them": the words in the marks, not the
                            # quotation's speaker's sentences after them (rule +inner_quotation)
                            c.content, c.rule = [closed], c.rule + "+inner_quotation"
                        elif not ctx.text[: c.content[0].start].rstrip().endswith(tuple(QUOTE_CHARS)):
                            c.mode, c.rule = "indirect", _indirect_rule(c.rule)
                        c.rule += "+quoted"
                        if c.mode == "indirect":
                            c.content = [_own_clause(ctx, toks, y) for y in c.content]
                        c.relayed_by, c.via = oc, [v for v in c.via if x.contains(v[0])]
                        for r in rests:
                            if r.source == c.source and r.relayed_by is None:
                                r.relayed_by, r.via = oc, list(c.via)
                    keep += rests
                    for c in list(keep):
                        if (moved := _past_opening_phrase(ctx, c, lx)) is not None:
                            c.content, c.rule = [moved, *c.content[1:]], c.rule + "+past_phrase"  # "testified under oath that …"
                        elif _no_clause_told(ctx, c, lx):
                            keep.remove(c)
                            set_aside(ctx, NO_CLAUSE_TOLD_RULE, c.content[0])
                    if oc.mode == "indirect":  # in the quoted words of a reported clause only a body named or meant by "who"
                        keep = [c for c in keep if _named_subject(ctx, c, lx)]
                    ctx.cands.extend(keep)
                    if keep:
                        break  # one speech act per sentence of the quotation


#: a pronoun that opens a speaker's words inside a quotation, the contraction of an auxiliary after it
#: ("She’s", "They’ve") and adverbs up to the cue ("She’s actually said", "They always say")
_PRONOUN_HEAD = re.compile(r"(\w+)(?:[’']\w{1,2})?(?:\s+[a-z]+)*")


def _pronoun_head(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """A speaker found inside a quotation that is a person's pronoun ("she", "he") run on into the contraction
    of an auxiliary or adverbs by the parse ("She’s actually", "He always"): the pronoun alone (rule
    +pronoun_head), or None. Only when every word after the pronoun is an adverb by the parse."""
    text = ctx.text[sp.start : sp.end]
    m = _PRONOUN_HEAD.fullmatch(text)
    if m is None or m.group(1) not in lx.person_pronouns or m.end(1) == len(text):
        return None
    rest = [w for w in re.finditer(r"[a-z]+", text[m.end(1) :]) if text[m.end(1) + w.start() - 1] not in "’'"]
    if any(ctx.pos_at(Span(sp.start + m.end(1) + w.start(), sp.start + m.end(1) + w.end())) != "ADV" for w in rest):
        return None
    return Span(sp.start, sp.start + m.end(1))


def _indirect_rule(rule: str) -> str:
    return rule.replace("attr.direct.", "attr.indirect.", 1)


def _added_after_head(ctx: Context, toks: list[Token], words: Span, content: Span, lx: Lang) -> tuple[Span, Span] | None:
    """"… replied that ‘we will fix it,’ adding that the clerk will help": after the quoted head of a told
    clause (`_quoted_head`) and its comma, a participle of speech (a cue ending in "-ing") opens a second
    clause of the same speaker; (its cue, its content up to the end of `content`: with its "that"), or None."""
    k = next((k for k, t in enumerate(toks) if t.span.start >= words.end), None)
    if k is not None and k < len(toks) and toks[k].text == ",":
        k += 1
    if k is None or k + 2 >= len(toks) or not toks[k].text.lower().endswith("ing") or not content.contains(toks[k].span):
        return None
    if cue_at(ctx, toks, k, lx) not in ("speech", "report", "writing"):
        return None
    rest = strip_span(ctx.text, Span(toks[k + 1].span.start, content.end))
    return (toks[k].span, rest) if len(re.findall(r"\w+", ctx.text[rest.start : rest.end])) >= 3 else None


#: a quotation mark that opens the words quoted at the head of a clause, and those that may close them
_HEAD_OPENERS = "‘'“\"‚„«"
_HEAD_CLOSERS = "’'”\"‘“»"


def _quoted_head(ctx: Context, content: Span, lx: Lang) -> Span | None:
    """"…, adding that ‘we will fix it,’ and that …": a clause told inside a quotation that opens (past its
    complementizer) with words in quotation marks of their own, which close before a comma and more words of
    the teller's; the quoted words with their marks (rule +quoted_head), or None."""
    text = ctx.text[content.start : content.end]
    m = re.match(r"(\w+)\s+", text)
    a = m.end() if m is not None and m.group(1).lower() in lx.complementizers else 0
    if a >= len(text) or text[a] not in _HEAD_OPENERS:
        return None
    for k in range(a + 2, len(text)):
        if text[k] not in _HEAD_CLOSERS or (k + 1 < len(text) and text[k + 1].isalnum()):
            continue  # (an apostrophe: "He’s", "the teachers’ union" goes on below)
        if text[k - 1] == "," or text[k + 1 :].lstrip().startswith(","):
            return Span(content.start + a, content.start + k + 1) if len(re.findall(r"\w+", text[k + 1 :])) >= 2 else None
        if text[k - 1] in ".!?":
            return None  # (the quoted words end what is told)
    return None


def _own_clause(ctx: Context, toks: list[Token], content: Span) -> Span:
    """What a speaker told inside a quotation ends where the quotation's speaker goes on with a
    clause of his own: a comma, then a subject (a pronoun, or an article and its noun) and a verb
    ("He said Britain would wait, no American would ever say that")."""
    inner = [k for k, t in enumerate(toks) if content.contains(t.span)]
    for k in inner[2:-2]:
        if toks[k].text != ",":
            continue
        m = k + 1
        if ctx.pos_at(toks[m].span) == "DET" and m + 1 < len(toks) and ctx.pos_at(toks[m + 1].span) in ("NOUN", "PROPN", "ADJ"):
            m += 1
        elif ctx.pos_at(toks[m].span) != "PRON":
            continue
        if m + 1 < len(toks) and content.contains(toks[m + 1].span) and ctx.pos_at(toks[m + 1].span) in ("AUX", "VERB"):
            return strip_span(ctx.text, Span(content.start, toks[k].span.start))
    return content


def _pronoun(ctx: Context, c: Cand, toks: list[Token], lx: Lang) -> bool:
    """The speaker is a pronoun, or not a noun by the parse ("Falsch ist, dass …"), or does not
    open its clause with an article, a name or a noun ("what the mayor said when she said …"; a
    relative pronoun after a comma stands for its noun)."""
    sp = c.refers_to or c.source
    assert sp is not None and c.source is not None
    words = ctx.text[sp.start : sp.end].split()
    if len(words) == 1 and words[0] in lx.person_pronouns:
        return False  # "Er hat uns gesagt, …": someone the quotation's speaker tells of (one who is the speaker goes in `resolve`)
    if len(words) == 1 and words[0].lower() in lx.plural_pronouns and lx.code == "en" and _they_told(ctx, c, toks, lx):
        return False  # "So they say they will wait": the people the speaker spoke of (`resolve`: source.pronoun.plural_np)
    k = next((k for k, t in enumerate(toks) if t.span.start >= c.source.start), None)
    if k is None:
        return True
    if toks[k].text.lower() in REL_PRONOUNS and k > 0 and toks[k - 1].text == ",":
        pass  # "…, who have said": the relative pronoun for its noun
    elif ctx.pos_at(toks[k].span) not in ("DET", "PROPN", "NOUN", "ADJ", "NUM", None):
        return True
    if len(words) == 1 and (words[0] in lx.subject_pronouns or words[0].lower() in lx.subject_pronouns):
        return True
    head = next((t for t in reversed(toks) if sp.contains(t.span)), None)
    pos = ctx.pos_at(head.span) if head is not None else None
    return pos is not None and pos not in ("NOUN", "PROPN")


def _they_told(ctx: Context, c: Cand, toks: list[Token], lx: Lang) -> bool:
    """English "they" as the speaker of speech told inside a quotation (rule +quoted with
    source.pronoun.plural_np, session 38) tells a claim: its cue is a verb of speech (a form of the class
    "speech" in cues.json, "were saying" by its participle) with no modal before it ("then they might well
    say, ‘…’" is what they could say, no speech reported), and what it tells opens with no preposition or
    conjunction ("while they answer to and live with …": no clause told)."""
    if c.cue is None or not c.content:
        return False
    cue = ctx.text[c.cue.start : c.cue.end].lower().split()
    if not any(f.cls == "speech" for w in cue for f in lx.forms.get(w, ())):  # ("were saying": its participle)
        return False
    k = next((k for k, t in enumerate(toks) if t.span.start >= c.cue.start), None)
    s = next((k for k, t in enumerate(toks) if c.source is not None and t.span.start >= c.source.start), None)
    if k is None or s is None or any(toks[j].text.lower() in lx.modals for j in range(s + 1, k)):
        return False
    first = re.findall(r"\w+", ctx.text[c.content[0].start : c.content[0].end])[:1]
    return bool(first) and first[0].lower() not in PREPOSITIONS_EN and first[0].lower() not in lx.clause_coordinators


#: a quotation opened inside another one: a single or double opening mark, its words, end punctuation and the closing
#: mark before a space ("‘The line is late.’ I can’t …")
_INNER_QUOTATION = re.compile(r"[‘'“\"](\w[^‘’“”\"]*?[.,!?])[’'”\"](?=\s+\w)")


def _inner_quotation(text: str, content: Span) -> Span | None:
    """English speech told inside a quotation whose content opens with a quotation of its own that closes
    before the outer speaker's words go on ("they say, ‘The line is late.’ I can’t blame them"): the inner
    quotation's words with their end punctuation, without the marks (the attrdev style); None otherwise."""
    m = _INNER_QUOTATION.match(text, content.start, content.end)
    return Span(m.start(1), m.end(1)) if m is not None else None


#: the filter of speech told inside an English quotation whose told part is no clause (`_no_clause_told`)
NO_CLAUSE_TOLD_RULE = "attr.filter.en.quoted_no_clause"


def _no_clause_told(ctx: Context, c: Cand, lx: Lang) -> bool:
    """English speech told inside a quotation and reported (indirect, rule +quoted) whose told part opens with a
    preposition or an auxiliary or modal ("he testified under oath that …", "they spoke about the smoke", "he said
    was truthful", "she said is an insult"): the words after the verb are its object, an adverbial or the rest of
    the quotation's own clause, no clause that anyone told (rule attr.filter.en.quoted_no_clause, session 38; a
    reported clause opens with "that", a subject or quotation marks; a phrase before "that" is passed over by
    `_past_opening_phrase` first)."""
    if lx.code != "en" or c.mode != "indirect" or not c.content:
        return False
    first = re.findall(r"[\w’']+", ctx.text[c.content[0].start : c.content[0].end])[:1]
    return bool(first) and (first[0].lower() in PREPOSITIONS_EN or first[0] in AUX or first[0] in lx.modals)


def _past_opening_phrase(ctx: Context, c: Cand, lx: Lang) -> Span | None:
    """English speech told inside a quotation whose told part opens with a preposition's phrase and then "that"
    ("he testified under oath that the pump was safe", "she told them in May that …"): the told part from
    "that" on (rule +past_phrase, session 38), when at most five words stand before it and none of them is a
    verb by the parse; None otherwise."""
    if lx.code != "en" or c.mode != "indirect" or not c.content:
        return None
    x = c.content[0]
    words = list(re.finditer(r"[\w’']+", ctx.text[x.start : x.end]))
    if not words or words[0].group(0).lower() not in PREPOSITIONS_EN:
        return None
    k = next((k for k, w in enumerate(words[:7]) if w.group(0).lower() in lx.complementizers), None)
    if k is None or k < 2 or any(ctx.pos_at(Span(x.start + w.start(), x.start + w.end())) in ("VERB", "AUX") for w in words[1:k]):
        return _past_phrase_to_subject(ctx, x)
    return Span(x.start + words[k].start(), x.end)


def _past_phrase_to_subject(ctx: Context, x: Span) -> Span | None:
    """English told words that open with a preposition's phrase of up to four words and go on with a clause of
    their own with no "that" ("the manager said after lunch the shift would end early"): from the clause's
    subject on (its noun phrase: the words before the parse's `nsubj` that depend on it), when the parse reads
    a subject among the first six words whose verb or auxiliary follows it inside the told words, and only words
    of a noun or preposition's phrase (`_PHRASE_POS`: no verb, adverb, pronoun or subordinator) stand before it
    (rule +past_phrase; review rev38a, session 38: `_no_clause_told` set such told clauses aside). None
    otherwise ("they spoke about the smoke")."""
    syn, idx = ctx.doc.syntax, words_in(ctx.doc, x)
    for j, n in enumerate(idx[1:7], start=1):
        t = syn[n]
        if t.dep.startswith("nsubj") and t.head in idx and t.head > n and syn[t.head].pos in ("VERB", "AUX", "ADJ", "NOUN"):
            a = j
            while a - 1 >= 1 and syn[idx[a - 1]].head == n:
                a -= 1
            return Span(syn[idx[a]].span.start, x.end) if a >= 2 else None
        if t.pos not in _PHRASE_POS:
            return None
    return None


#: the parts of speech of a preposition's phrase before a told clause's subject (`_past_phrase_to_subject`)
_PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"})


#: "Zitat", "Worte", "Satz": nouns that name someone's words (resources/de/cues.json `quotation_nouns`)
_QUOTATION_NOUNS = frozenset(load("de", "cues").get("quotation_nouns", []))
#: the words that open the owner after a noun ("das Zitat der Ministerin", "die Worte von X")
_OWNER_OPENERS = frozenset(load("de", "lexicon").get("genitive_articles", [])) | frozenset(load("de", "lexicon").get("owner_prepositions", []))


def quotation_owner(ctx: Context) -> None:
    """"Präsidentin X erinnerte an einen Satz des Regierungschefs Y: «Wir stehen an eurer Seite.»", "X erinnerte an die Worte
    von Y: …" (German): what a colon opens after a lead naming someone else's words (a noun of
    `quotation_nouns` with its owner in the genitive or after "von") are that owner's words, whatever
    the lead's verb; the one who recalls them is a downstream link (rule +quotation_owner). The
    owner must be someone who can speak (`_can_speak`), and nothing but the lead stands between the
    speaker and the colon."""
    doc = ctx.doc
    for c in ctx.cands:
        if c.source is None or not c.content or c.inherit or not 0 <= c.sent < len(doc.sentences):
            continue
        sent = doc.sentences[c.sent]
        if pick(doc.segments[sent.segment].language, doc.language) != "de" or not sent.span.contains(c.source):
            continue
        toks = sent.tokens
        lx = lang("de")
        lows = lowered(toks)
        colon = next((k for k, t in enumerate(toks) if t.text == ":" and c.source.end <= t.span.start
                      and not ctx.inside_any_quote(t.span.start)), None)
        if colon is None or not any(x.start >= toks[colon].span.end and x.start - toks[colon].span.end <= 3 for x in c.content[:1]):
            continue  # the content opens right after the colon (past an opening mark)
        k = next((k for k in range(colon) if toks[k].span.start >= c.source.end and toks[k].text in _QUOTATION_NOUNS), None)
        if k is None or k + 2 >= colon or lows[k + 1] not in _OWNER_OPENERS:
            continue
        e = np_forward(ctx, toks, k + 1 if lows[k + 1] in lx.determiners else k + 2, lx)
        if e != colon:
            continue  # the owner's phrase runs up to the colon, nothing after it
        owner = Span(toks[k + 2].span.start, toks[e - 1].span.end)  # (without its article: "Ministerin Y")
        if not _can_speak(ctx, owner, lx):
            # "des finnischen Regierungschefs Olli Rantanen": a role in the genitive, then the name it gives
            r = next((j for j in range(k + 2, e) if toks[j].text[:1].isupper()), e)
            if r == e or not _genitive_role_speaks(" ".join(t.text for t in toks[r:e]), lx):
                continue
            owner = Span(toks[r + 1 if r + 1 < e else r].span.start, toks[e - 1].span.end)
        c.via = [(c.refers_to or c.source, False), *c.via]
        c.source, c.refers_to, c.rule = owner, None, c.rule + "+quotation_owner"


def _genitive_role_speaks(owner: str, lx: Lang) -> bool:
    """"Regierungschefs Olli Rantanen", "Ministers": a role in the genitive of its "-s" (or "-es") names
    someone who can speak as the role itself does ("Regierungschef Olli Rantanen")."""
    first, _, rest = owner.partition(" ")
    for cut in (2, 1):
        if len(first) > 4 and first.endswith("es"[2 - cut :]) and classify_mention(f"{first[:-cut]} {rest}".strip(), lx)[1] != "unnamed":
            return True
    return False
