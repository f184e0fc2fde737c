"""Contents: what is claimed, given where the cue and the source stand."""

from __future__ import annotations

import functools
import re

from ...document import Sentence, Span, Token
from ...resources import load, pick
from ...textutil import lowered
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_EN,
    SUBORDINATORS,
    Lang,
    lang,
)
from .context import LINK, QUOTE_CHARS, Context, sentence_language, strip_span
from .media import outlet_at
from .phrases import np_forward


def content_after(ctx: Context, toks: list[Token], k: int, sent: Sentence) -> Span | None:
    if k >= len(toks):
        return None
    if toks[k].text in QUOTE_CHARS:
        q = ctx.quote_opening_at(toks[k].span.start)
        if q is not None and q.outer.end > sent.span.end:
            inner = q.inner if q.closed else split_unclosed(ctx, q.inner)[0]
            return paragraph_parts(ctx, inner)[0]  # a quotation that goes on in the next paragraph: what this tag gives ends with its own
    sp = strip_span(ctx.text, Span(toks[k].span.start, sent.span.end))
    m = LINK.search(ctx.text, sp.start, sp.end)
    if m:
        sp = strip_span(ctx.text, Span(sp.start, m.start()))
    cut = _trailing_chain(ctx, toks, k, sent)
    if cut is not None and cut > sp.start:
        sp = strip_span(ctx.text, Span(sp.start, min(sp.end, cut)))
    return sp if len(sp) > 8 else None


def _trailing_chain(ctx: Context, toks: list[Token], k: int, sent: Sentence) -> int | None:
    """Where a closing chain phrase starts (", according to a statement", ", unter Berufung auf
    Regierungskreise"): it names who relays the claim and is no part of it."""
    seg = ctx.doc.segments[sent.segment]
    lx = lang(sentence_language(sent, pick(seg.language, ctx.doc.language)))
    lows = lowered(toks)
    for m in range(k + 1, len(toks)):
        # (also after a quotation that closes with the comma: '… should "look elsewhere," according to X')
        quoted = m > k + 1 and toks[m - 1].text in QUOTE_CHARS and toks[m - 2].text == ","
        if (toks[m - 1].text != "," and not quoted) or ctx.inside_any_quote(toks[m].span.start):
            continue
        for phrase in lx.via:
            if phrase[0].lower() not in lx.forms and lows[m : m + len(phrase)] == [p.lower() for p in phrase] and phrase[0].lower() != "gegenüber":
                return toks[m - 1].span.end if quoted else toks[m - 1].span.start
    return None


def content_around(ctx: Context, toks: list[Token], a: int, b: int, sent: Sentence) -> Span | None:
    if a > 2:
        return strip_span(ctx.text, Span(sent.span.start, toks[a].span.start))
    return content_after(ctx, toks, b, sent)


def clause_content(ctx: Context, toks: list[Token], a: int, b: int, sent: Sentence, notes: list[str] | None = None) -> Span | None:
    """Content of an according-to phrase toks[a:b]: its clause; without the phrase when the
    phrase opens the clause. `notes` gets "dashes" when dashes that set no clause's bounds were
    read past (`_around_dashes`: a suffix of the rule id), "author_after" when the English claim
    ends before a phrase after which the author goes on (`_author_goes_on`), "before_aside" when an
    English aside after the phrase (a hyphen between spaces, an opening bracket: `_aside_opens`) closed
    the clause, and "modifier_after" when a participle or a phrase in capitals on the phrase's noun runs to
    the clause's end (`_participle_only`; session 35)."""
    text = ctx.text
    # clause = the part of the sentence between dashes/semicolons that holds the phrase
    cs, ce = sent.span.start, sent.span.end
    aside = False
    for t in toks:
        if t.text in ("–", "—", ";", "-") and t.span.end <= toks[a].span.start:
            cs = t.span.end
        if t.text in ("–", "—", ";") and t.span.start >= toks[b - 1].span.end and ce == sent.span.end:
            ce = t.span.start
        elif t.span.start >= toks[b - 1].span.end and ce == sent.span.end and _english(ctx, sent) and _aside_opens(text, t):
            # "…, according to the poll - despite …", "… (a wide margin)": an aside of the author's (after a claim only,
            # not after a phrase that opens the sentence: "According to the poll, half (52 percent) …")
            if re.search(r"\w", text[sent.span.start : toks[a].span.start]):
                ce, aside = t.span.start, True
    dashes = [t for t in toks if t.text in ("–", "—")]
    if cs > sent.span.start and ce < sent.span.end and not text[cs : toks[a].span.start].strip(" ,") \
            and not text[toks[b - 1].span.end : ce].strip(" ,"):
        # "Sie ist – nach eigenen Angaben – die größte": a parenthesis between dashes, its clause is around it
        cs = max((t.span.end for t in dashes if t.span.end < cs - 1), default=sent.span.start)
        ce = min((t.span.start for t in dashes if t.span.start > ce), default=sent.span.end)
    if not _english(ctx, sent):
        bounds = _around_dashes(ctx, toks, a, b, sent, cs, ce)
        if bounds != (cs, ce) and notes is not None:
            notes.append("dashes")
        cs, ce = bounds
    pre = text[cs : toks[a].span.start].strip(" ,")
    pre_words = [w for w in re.findall(r"\w+", pre) if w.lower() not in CONJ_START]
    if not pre_words:
        cs = toks[b - 1].span.end if b - 1 < len(toks) else cs
    elif ((_english(ctx, sent) and toks[a - 1].text in (",", "(", "—", "–")) or toks[a - 1].text == ",") \
            and not re.search(r"\w", text[toks[b - 1].span.end : ce]):
        ce = toks[a - 1].span.start  # "Turnout rose, according to the union.", "…, wie aus dem Bericht hervorgeht.": the claim ends before the phrase
        if aside and notes is not None:
            notes.append("before_aside")  # (English: a spaced hyphen or a bracket after the phrase closed the clause)
    elif _english(ctx, sent) and toks[a - 1].text in (",", "(", "—", "–") and _participle_only(ctx, toks, b, ce):
        # "…, according to a survey conducted by the station - …": a participle on the phrase's noun, then the clause's end
        ce = toks[a - 1].span.start
        if notes is not None:
            notes.append("modifier_after")
    elif _english(ctx, sent) and toks[a - 1].text == "," and _author_goes_on(ctx, toks, a, b, cs, ce):
        ce = toks[a - 1].span.start  # "Sales fell, according to the firm, adding to …": the author's participle after the claim
        if notes is not None:
            notes.append("author_after")
    sp = strip_span(text, Span(cs, ce))
    if sp.end <= sp.start or len(re.findall(r"\w+", text[sp.start : sp.end])) < 3:
        return None
    # whole-sentence clauses keep their leading words; drop a leading "und"
    m = re.match(r"(?:und|and|doch|aber|but)\s+", text[sp.start : sp.end])
    if m:
        sp = Span(sp.start + m.end(), sp.end)
    return sp


def _aside_opens(text: str, t: Token) -> bool:
    """English: token `t` opens an aside that bounds a clause: a hyphen standing alone between spaces
    (a dash typed as a hyphen: "… in May - despite …") or an opening bracket."""
    if t.text == "(":
        return True
    return t.text == "-" and text[t.span.start - 1 : t.span.start] == " " and text[t.span.end : t.span.end + 1] == " "


def _participle_only(ctx: Context, toks: list[Token], b: int, ce: int) -> bool:
    """English: the words after an according-to phrase up to the end of its clause `ce` are a participle
    phrase or a phrase in capitals on its noun and nothing else ("a survey conducted by the station", "a
    group tracking the spending", "the polling average in New Hampshire"): a participle in -ed or -ing, or
    a preposition before a word in capitals, first, then no finite verb or auxiliary, no comma."""
    rest = [t for t in toks[b:] if t.span.end <= ce]
    if not rest or not rest[0].text.islower() or not (
            (rest[0].text.endswith(("ed", "ing")) and ctx.pos_at(rest[0].span) == "VERB")
            or (rest[0].text in PREPOSITIONS_EN and len(rest) > 1 and rest[1].text[:1].isupper())):
        return False  # (or a place or owner in capitals: "according to the polling average in New Hampshire - …")
    return not any(t.text in (",", ";", ":") or t.text in QUOTE_CHARS or t.text.lower() in AUX
                   or (ctx.pos_at(t.span) in ("VERB", "AUX") and not t.text.endswith(("ing", "ed"))) for t in rest[1:])


#: English words that open the author's clause after an according-to phrase in mid-sentence
_AFTER_CLAIM = frozenset(load("en", "according").get("after_claim_openers", []))


def _author_goes_on(ctx: Context, toks: list[Token], a: int, b: int, cs: int, ce: int) -> bool:
    """English: the according-to phrase toks[a:b] stands between commas after a whole clause (one
    with a finite verb) and the sentence goes on with the author's words: a participle ("…,
    according to the firm, adding to its losses") or a word of `after_claim_openers` ("…, so …",
    "…, which …"). What was said is the clause before the phrase."""
    n = len(toks)
    if b >= n - 1 or toks[b].text != "," or toks[b].span.end > ce or ctx.inside_any_quote(toks[a].span.start):
        return False
    nxt = toks[b + 1]
    low = nxt.text.lower()
    participle = nxt.text.islower() and low.endswith("ing") and ctx.pos_at(nxt.span) == "VERB"
    if not (participle or low in _AFTER_CLAIM):
        return False
    before = [t for t in toks[:a] if t.span.start >= cs]
    return any(ctx.pos_at(t.span) in ("VERB", "AUX") and t.text.islower() and not t.text.endswith("ing") for t in before)


def _around_dashes(ctx: Context, toks: list[Token], a: int, b: int, sent: Sentence, cs: int, ce: int) -> tuple[int, int]:
    """German: the bounds (cs, ce) of an according-to phrase's clause, where the dashes that set
    them do not close a clause — two dashes before the phrase are a parenthesis ("Die Regeln – ob
    alt oder neu – sind laut Umfrage selten", the clause runs from the sentence's start), and a
    phrase whose part between dashes has no finite verb beside it is an insert in the clause around
    ("Der Mann – laut Polizei Mitte 40 – starb", "…, die das Lager räumte – laut Gericht zu Unrecht"):
    that clause, from the comma before the dash (or the start) to the sentence's end."""
    semis = [t.span.end for t in toks if t.text == ";" and t.span.end <= toks[a].span.start]
    start = max(semis, default=sent.span.start)
    before = [t for t in toks if t.text in ("–", "—") and t.span.end <= toks[a].span.start]
    if before and len(before) % 2 == 0 and cs == before[-1].span.end:
        cs = start
    if (cs == start and ce == sent.span.end) or not any(ctx.pos_at(t.span) is not None for t in toks):
        return cs, ce  # (a sentence without a parse: no finite verb can be told)
    piece = [t for k, t in enumerate(toks) if cs <= t.span.start and t.span.end <= ce and not a <= k < b]
    if any(_finite(ctx, t) for t in piece):
        return cs, ce
    commas = [t.span.end for t in toks if t.text == "," and start <= t.span.start and t.span.end <= cs and not ctx.inside_any_quote(t.span.start)]
    ends = [t.span.start for t in toks if t.text == ";" and t.span.start >= ce]
    return max(commas, default=start), min(ends, default=sent.span.end)


def around_phrase(ctx: Context, toks: list[Token], a: int, b: int, content: Span, closing: bool = False) -> list[Span]:
    """What an according-to phrase toks[a:b] inside a German clause says is the clause without
    the phrase: "Die Firma plant [nach Angaben der Gewerkschaft] den Abbau von Stellen" (both
    parts of two words or more; else the clause as it is); with `closing`, a phrase that closes
    the clause stays out of it too ("Es kamen 500 Leute [nach Angaben der Polizei]." )."""
    text = ctx.text
    if closing and content.start < toks[a].span.start and toks[b - 1].span.end >= content.end - 1 \
            and toks[a].span.start < content.end and not text[toks[b - 1].span.end : content.end].strip(".!?"):
        # a phrase that closes the clause ("Es kamen 500 Leute nach Angaben der Polizei."): it stays out
        before = strip_span(text, Span(content.start, toks[a].span.start))
        return [before] if len(re.findall(r"\w+", text[before.start : before.end])) >= 2 else [content]
    if not (content.start < toks[a].span.start and toks[b - 1].span.end < content.end):
        return [content]
    before = strip_span(text, Span(content.start, toks[a].span.start))
    after = strip_span(text, Span(toks[b - 1].span.end, content.end))
    if any(len(re.findall(r"\w+", text[p.start : p.end])) < 2 for p in (before, after)):
        return [content]
    return [before, after]


def _english(ctx: Context, sent: Sentence) -> bool:
    seg = ctx.doc.segments[sent.segment]
    return sentence_language(sent, pick(seg.language, ctx.doc.language)) == "en"


def paragraph_parts(ctx: Context, inner: Span) -> list[Span]:
    """The words of a quotation in its first paragraph and, when it goes on in later paragraphs
    (each reopened by a quotation mark: the English convention), the rest, without the mark that
    reopens it: '“A.\n\n“B.”' gives A and B."""
    t = ctx.text
    brk = t.find("\n", inner.start, inner.end)
    if brk <= inner.start:
        return [strip_span(t, inner)]
    first = strip_span(t, Span(inner.start, brk))
    rest = strip_span(t, Span(brk, inner.end))
    while rest.start < rest.end and t[rest.start] in QUOTE_CHARS:
        rest = strip_span(t, Span(rest.start + 1, rest.end))
    return [first, rest] if len(rest) > 2 else [first]


def split_unclosed(ctx: Context, inner: Span) -> list[Span]:
    t = ctx.text
    m = LINK.search(t, inner.start, inner.end)
    end = m.start() if m else inner.end
    from ...textutil import split_sentences

    sents = split_sentences(t, inner.start, end)
    if len(sents) <= 1:
        return [strip_span(t, Span(inner.start, end))]
    return [sents[0], strip_span(t, Span(sents[1].start, sents[-1].end))]


def _object_relative(toks: list[Token], j: int, lx: Lang) -> bool:
    """The cue that ends at the comma toks[j] closes a relative clause whose pronoun is its object
    (", which the union has criticized,", ", whom the mayor praised,"): a relative pronoun after a
    comma, then the cue's subject, no comma between."""
    for k in range(j - 2, max(-1, j - 8), -1):
        if toks[k].text in (",", ";", ":") or toks[k].text in QUOTE_CHARS:
            return False
        if toks[k].text.lower() in ("which", "whom") or (toks[k].text.lower() == "that" and k > 0 and toks[k - 1].text == ","):
            return k > 0 and toks[k - 1].text == "," and k + 1 < j - 1
    return False


def _closing_tag(ctx: Context, toks: list[Token], j: int, lx: Lang) -> bool:
    """toks[j:] is only a speaker, a cue form and a time before the end of the sentence
    ("people familiar with the plans say.", "officials said on Monday."): the tag of the whole
    sentence, no clause of an earlier verb."""
    n = len(toks)
    k = n - 1 if n and toks[-1].text in (".", "!", "?") else n
    while k > j and (ctx.in_timex(toks[k - 1].span) or toks[k - 1].text.lower() in lx.time_prepositions):
        k -= 1
    e = k - 1  # the cue: the last word before the time and the full stop
    if e <= j or e - j > 8 or toks[e].text.lower() not in lx.forms or toks[e].text.lower().endswith("ing"):
        return False
    return toks[j].text[:1].isalpha() and not any(
        t.text in (",", ";", ":") or t.text in QUOTE_CHARS or t.text.lower() in AUX or t.text.lower() in ("that", "and", "but") for t in toks[j:e])


def _about_end(ctx: Context, toks: list[Token], j: int, lx: Lang) -> int | None:
    """Where what was said begins after 'of' and whom it is about ('said of the mayor, “…”',
    'says of the plan that …', 'joked of the museum: “…”'): the complementizer, or the quotation
    after a comma or colon; up to eight words of a noun phrase without a verb between. None
    otherwise ('spoke of the danger', 'warned of floods, saying …')."""
    n = len(toks)
    for k in range(j + 1, min(n, j + 10)):
        low = toks[k].text.lower()
        if low in lx.complementizers:
            return k if k > j + 1 else None
        if toks[k].text in (",", ":"):
            return k + 1 if k > j + 1 and k + 1 < n and toks[k + 1].text in QUOTE_CHARS else None
        if toks[k].text in QUOTE_CHARS or low in AUX or low in lx.forms or (low in lx.subject_pronouns and k > j + 1):
            return None
    return None


#: English words after which a title in quotation marks is a programme's (`quoted_title_after` of according.json)
_QUOTED_TITLE_AFTER = frozenset(load("en", "according").get("quoted_title_after", []))


def _quoted_title_end(toks: list[Token], k: int, after: frozenset[str] | None = None) -> int | None:
    """A title in quotation marks that opens at toks[k] after a word of `after` (by default
    `quoted_title_after`: 'an interview with “The Morning Table”'): up to six words, the first in
    capitals, no sentence mark inside; the index after its closing mark, or None."""
    if k == 0 or toks[k - 1].text.lower() not in (_QUOTED_TITLE_AFTER if after is None else after) or k + 2 >= len(toks) or not toks[k + 1].text[:1].isupper():
        return None
    m = next((m for m in range(k + 2, min(len(toks), k + 8)) if toks[m].text in QUOTE_CHARS), None)
    if m is None or any(t.text in (".", "!", "?", ";", ":") for t in toks[k + 1 : m]):
        return None
    return m + 1


def _title_at(toks: list[Token], k: int) -> int | None:
    """`_quoted_title_end` after a word of `quoted_title_after` or after an outlet's possessive
    ('on CNN's “Harbor Hour”')."""
    end = _quoted_title_end(toks, k)
    if end is None and k > 0 and toks[k - 1].text.endswith(("'s", "’s")):
        end = _quoted_title_end(toks, k, frozenset({toks[k - 1].text.lower()}))
    return end


def _possessive_title(toks: list[Token], k: int) -> bool:
    """The quotation mark at toks[k] opens or closes a programme's title after an outlet's
    possessive ('ABC’s “Morning Harbor”'), a name, not what was said."""
    at = k
    if not (k > 0 and toks[k - 1].text.endswith(("'s", "’s"))):
        at = next((m for m in range(k - 1, max(0, k - 8), -1) if toks[m].text in QUOTE_CHARS), 0)  # a closing mark: its opening one
    return at > 0 and toks[at - 1].text.endswith(("'s", "’s")) and _quoted_title_end(toks, at, frozenset({toks[at - 1].text.lower()})) is not None


def en_content_start(ctx: Context, toks: list[Token], j: int, lx: Lang, why: list[str] | None = None) -> int | None:
    """Where the reported clause begins after an English cue: past a time adverbial ("on
    Tuesday"), a setting ("in a statement", "at a rally"), an addressee ("told reporters").
    `why`, when given, collects the ids of what the start was moved past, in order (rule ids
    attr.content.en.<id>: time, about, place, setting, cleft, adverb, recipient, addressee, title,
    told, bare_addressee, time_gap), which the caller records in its attribution's rule."""
    moved = why if why is not None else []
    n = len(toks)
    lows = lowered(toks)
    cue_word = lows[j - 1] if j > 0 else ""
    steps = 0
    while j < n and steps < 4:
        steps += 1
        if ctx.in_timex(toks[j].span) or (
            lows[j] in lx.time_prepositions and j + 1 < n and ctx.in_timex(toks[j + 1].span)
        ):
            j += 1
            steps -= 1
            moved.append("time")
            continue
        if steps == 1 and lows[j] in lx.about_prepositions and cue_word in lx.forms and j + 2 < n:
            k = _about_end(ctx, toks, j, lx)
            if k is not None:  # 'said of the mayor, “He lied.”', "says of the plan that it …": whom it is about, then what was said
                j = k
                moved.append("about")
                continue
        if lows[j] in lx.setting_prepositions and j + 1 < n and toks[j + 1].text[:1].isupper() and lows[j + 1] not in lx.setting_openers \
                and not outlet_at(ctx, toks[j + 1].span.start):
            k = j + 1
            while k < n and k - j <= 5 and (toks[k].text[:1].isupper() or toks[k].text == ","):
                k += 1
            if k < n and lows[k] in lx.complementizers and toks[k - 1].text != ",":
                j = k  # "said in Des Moines that …": a place, then the clause
                moved.append("place")
                continue
            if k + 1 < n and toks[k].text in lx.subject_pronouns and toks[k].text != "It" and toks[k + 1].text[:1].islower() \
                    and toks[k - 1].text != "," and ctx.pos_at(toks[k + 1].span) in ("VERB", "AUX", None):
                j = k  # "remarking from Boston she thought …": a place, then the clause with its subject
                moved.append("place")
                continue
        if lows[j] in lx.setting_prepositions and j + 1 < n and (lows[j + 1] in lx.setting_openers or _quoted_title_end(toks, j + 1) is not None or (
                toks[j + 1].text[:1].isupper() and outlet_at(ctx, toks[j + 1].span.start))):  # "said on BBC Radio that …", 'said on “Morning Table” that
            k = j + 1
            # (a setting of up to `long_adverbial_words` words: "said in a statement released by her office on Tuesday that …")
            most = int(load(lx.code, "according").get("long_adverbial_words", 8))
            subject = None
            while k < n and k - j <= most and ((toks[k].text not in (",", ":") and lows[k] not in lx.complementizers and toks[k].text not in QUOTE_CHARS)
                                            or (toks[k].text in QUOTE_CHARS and _title_at(toks, k) is not None)):
                if toks[k].text in QUOTE_CHARS:
                    # 'in another interview with “The Morning Table” that …', 'said on CNN's “Harbor Hour” that …': a programme's title
                    k = _title_at(toks, k) or k
                    continue
                if k > j + 1 and lows[k] in SUBORDINATORS and lows[k] not in ("after", "before"):
                    return None  # "replied calmly as he watched …": a clause of circumstance, nothing reported
                if k > j + 1 and toks[k].text in lx.subject_pronouns and toks[k].text != "It" and k + 1 < n and toks[k + 1].text[:1].islower():
                    break  # "said after the convention he would …": the clause opens with its subject
                if lx.code == "en" and k > j + 2 and (subject := _subject_after_setting(ctx, toks, j, k, lx)) is not None:
                    break  # "told me at the depot the vans were gone": a noun phrase and its finite verb open the clause
                k += 1
            if k < n and k > j + 1 and toks[k].text in lx.subject_pronouns:
                j = k
                moved.append("setting")
                continue
            if subject is not None:
                j = k
                moved.append("setting_subject")
                continue
            if k < n and (lows[k] in lx.complementizers or toks[k].text in (",", ":") or toks[k].text in QUOTE_CHARS):
                j = k + (1 if toks[k].text in (",", ":") else 0)
                moved.append("setting")
                continue
            return None
        if lows[j] in lx.cleft_copulas and j + 1 < n and lows[j + 1] == "that" and j > 0 and toks[j - 1].text[:1].isalpha():
            j += 1  # "what the mayor is saying is that …": the pseudo-cleft's copula is no part of what was said
            moved.append("cleft")
            continue
        if toks[j].text in (",", ":"):
            if toks[j].text == "," and j + 1 < n and lows[j + 1].endswith("ing") and lows[j + 1] in lx.forms:
                return None  # "a charge that Hale denied, noting that …": the participle speaks for itself
            if toks[j].text == "," and _object_relative(toks, j, lx):
                return None  # "The plan, which the union has criticized, will …": the cue's object is the relative pronoun
            j += 1
            continue
        if lows[j].endswith("ly") and toks[j].text[:1].islower() and j + 1 < n and toks[j + 1].text == "," \
                and ctx.pos_at(toks[j].span) in (None, "ADV"):
            j += 1  # "…, the mayor has said repeatedly, will …": an adverb of the cue
            moved.append("adverb")
            continue
        if lows[j] in lx.recipient_prepositions and j > 0 and lows[j - 1] in lx.forms:
            # "agreed with the mayor that …", "complained to the council that …": whom, then the clause
            t = next((k for k in range(j + 1, min(n, j + 8)) if lows[k] == "that"), None)
            if t is not None and not any(lows[m] in AUX or lows[m] in lx.forms or toks[m].text in (",", ";") for m in range(j + 1, t)):
                j = t
                moved.append("recipient")
                continue
        if lows[j] in lx.addressees and toks[j].text != "US" and j > 0 and lows[j - 1] in lx.addressee_verbs:
            j += 1
            moved.append("addressee")
            continue
        if j > 0 and lows[j - 1] in lx.addressee_clause_verbs and toks[j].text in QUOTE_CHARS \
                and (te := _quoted_title_end(toks, j, lx.addressee_clause_verbs)) is not None and te < n and lows[te] == "that":
            j = te  # 'told “The Morning Table” that …': a programme's title, then the clause
            moved.append("title")
            continue
        if j > 0 and lows[j - 1] in lx.addressee_clause_verbs:
            # "told settler leaders that …": the addressee, then the clause ("telling Reuters that",
            # "telling the voters that"; not "telling the story of …:")
            nxt = next((k for k in range(j, min(n, j + 9)) if lows[k] in ("that", ",", ":") or (
                toks[k].text in QUOTE_CHARS and not _possessive_title(toks, k))), None)
            participle = lows[j - 1].endswith("ing") and not toks[j].text[:1].isupper()
            if nxt is not None and nxt > j and not any(lows[m] in AUX or lows[m] in lx.forms for m in range(j, nxt)) \
                    and (lows[nxt] == "that" or not any(toks[m].text in lx.subject_pronouns and toks[m].text != "It" for m in range(j + 1, nxt))) \
                    and (not participle or lows[nxt] == "that" or (nxt + 1 < n and toks[nxt + 1].text in QUOTE_CHARS)):
                j = nxt if lows[nxt] == "that" else nxt + 1
                moved.append("told")
                continue
        if j > 0 and lows[j - 1] in lx.addressee_clause_verbs and (
                not lows[j - 1].endswith("ing") or toks[j].text[:1].isupper()):
            e = np_forward(ctx, toks, j, lx, apposition=False)
            if lx.code == "en" and j < e < n and toks[e].text in QUOTE_CHARS and toks[e - 1].text.endswith(("'s", "’s")):
                # 'told ABC’s “Morning Harbor” on Friday the ferries …': the outlet's programme, in quotation marks
                e = _quoted_title_end(toks, e, frozenset({toks[e - 1].text.lower()})) or e
            if lx.code == "en" and (pe := _programme_end(toks, j, e)) is not None:
                e = pe  # "told the Morning Table show the ferries …", "told ABC News' Harbor Hour program …": an outlet's programme
            whom = e  # (whom it was told, before a time)
            while j < e < n and (ctx.in_timex(toks[e].span) or _weekday(toks[e].text, lx) or (
                    lx.code == "en" and lows[e] in lx.time_prepositions and e + 1 < n and (ctx.in_timex(toks[e + 1].span) or _weekday(toks[e + 1].text, lx)))):
                e += 1  # "told African-Americans this weekend he …", "told CNN on Monday the tone …": a time between whom and what
            if j < whom <= j + 6 and e < n and (toks[e].text in lx.subject_pronouns or lows[e] in lx.determiners):
                j = e  # "told his audience they …"
                moved.append("told")
                continue
            if lx.code == "en" and e == whom and (k := _bare_addressee_end(ctx, toks, j, e)) is not None:
                j = k  # "told investors sales had doubled": whom (a bare plural), then the clause's own subject
                moved.append("bare_addressee")
                continue
        if lx.code == "en" and j > 0 and lows[j - 1] in lx.forms and (t := _time_gap_that(ctx, toks, j)) is not None:
            j = t  # "argued for years that …", "said earlier this week that …": a time of the cue, then the clause
            moved.append("time_gap")
            continue
        break
    if j >= n or toks[j].text in (".", "!", "?"):
        return None
    if j > 0 and lows[j] in lx.passive_auxiliaries and toks[j].text.islower() and lx.forms.get(lows[j - 1]) \
            and all(f.lemma not in lx.clause_verbs for f in lx.forms[lows[j - 1]]):
        return None  # "The three “gaps” she cited are …": the cue's object is the noun before it (not "which he said were …")
    if any(f.lemma == "find" for f in lx.forms.get(cue_word, [])) and (lows[j] in ("him", "them", "me", "us") or (
            lows[j] == "her" and j + 1 < n and (lows[j + 1].endswith(("ed", "ing")) or lows[j + 1] in PREPOSITIONS_EN))):
        return None  # "Police found her buried in a basket": whom they found, no finding reported
    if lows[j] in lx.empty_objects and j + 1 < n and toks[j + 1].text in (".", ",", "much", ":"):
        return None
    if j > 0 and toks[j - 1].text == "," and _closing_tag(ctx, toks, j, lx):
        return None  # "… if the mayor agrees (to the plan), officials close to the talks say.": the sentence's own tag follows
    if j > 0 and toks[j - 1].text == "," and lows[j].endswith("ing") and lows[j] in lx.forms:
        return None  # "warned of floods, saying …": the participle after the comma is a speech act of its own
    return j


def _subject_after_setting(ctx: Context, toks: list[Token], j: int, k: int, lx: Lang) -> int | None:
    """English, rule attr.content.en.setting_subject (session 39): inside a setting after a cue that
    began at toks[j] ("told me at the depot …", "said in the hall …"), toks[k] opens the reported clause
    without "that": a lower-case determiner ("the", "his") right after the setting's noun, whose noun
    phrase a finite verb follows ("told me at the depot the vans were gone"). The index of that verb,
    else None."""
    n = len(toks)
    if not (toks[k].text.islower() and toks[k].text in lx.determiners and ctx.pos_at(toks[k - 1].span) in ("NOUN", "PROPN")):
        return None
    if toks[k - 1].text.lower() in lx.determiners or not any(ctx.pos_at(t.span) == "ADP" for t in toks[j : k - 1]):
        return None
    e = np_forward(ctx, toks, k, lx, apposition=False)
    if not (k + 1 < e < n):
        return None
    verb = toks[e].text
    pos = ctx.pos_at(toks[e].span)
    finite = verb.islower() and (verb in AUX or verb in lx.modals or (
        pos in ("VERB", "AUX") and (verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss")))))
    return e if finite else None


def _bare_addressee_end(ctx: Context, toks: list[Token], j: int, e: int) -> int | None:
    """English, rule attr.content.en.bare_addressee: after "told" a noun phrase toks[j:e] of lower-case
    words that a finite verb follows ("told investors sales had doubled", "told the residents water bills
    would rise") is whom it was told and the subject of what was said, run together: the told part ends
    with its last plural noun that other nouns follow. The index where what was said begins, else None."""
    n = len(toks)
    if not (j + 2 <= e <= j + 5 < n + 5) or e >= n:
        return None
    lx = lang("en")
    verb = toks[e].text
    pos = ctx.pos_at(toks[e].span)
    finite = verb.lower() in AUX or verb.lower() in lx.modals or (
        pos in ("VERB", "AUX") and verb.islower() and (verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss"))))
    if not finite:
        return None
    words = [t.text for t in toks[j:e]]
    if not all(w.isalpha() and w.islower() for w in words):
        return None
    one = _indefinite_articles()
    for k in range(e - 2, j - 1, -1):
        w = toks[k].text
        if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3 and w not in lx.determiners \
                and w not in lx.possessive_determiners and ctx.pos_at(toks[k].span) in ("NOUN", None) \
                and all(ctx.pos_at(t.span) in ("NOUN", "ADJ", None) for t in toks[k + 1 : e]) \
                and not _in_phrase_of_one(ctx, toks, j, k, one):
            return k + 1
    return None


@functools.cache
def _indefinite_articles() -> frozenset[str]:
    return frozenset(w.lower() for w in load("en", "lexicon").get("indefinite_articles", []))


def _in_phrase_of_one(ctx: Context, toks: list[Token], j: int, k: int, one: frozenset[str]) -> bool:
    """toks[k] stands in a noun phrase that an indefinite article opens, no preposition between ("told a news
    conference prices would rise", "an earnings call"): the article's head is one thing, so a word ending in
    -s inside its phrase is no plural head but a modifier (a mass noun), and the told part does not end there."""
    for m in range(k - 1, j - 1, -1):
        if toks[m].text.lower() in one:
            return True
        if ctx.pos_at(toks[m].span) == "ADP":
            return False
    return False



@functools.cache
def _weekdays(code: str) -> frozenset[str]:
    return frozenset(load(code, "time").get("weekdays", {}))


def _weekday(word: str, lx: Lang) -> bool:
    """A weekday's name in capitals ("Monday"), a time wherever the timex layer leaves it out (after an
    outlet's name: "told Harbor News on Monday")."""
    return word[:1].isupper() and word.lower() in _weekdays(lx.code)


@functools.cache
def _programme_nouns() -> frozenset[str]:
    return frozenset(w for w in load("en", "according").get("person_programme_nouns", []) if " " not in w)


def _programme_end(toks: list[Token], j: int, e: int) -> int | None:
    """English: the end of an outlet's programme named after a verb of telling at `j`, beyond the noun
    phrase that ends at `e`: an optional article, an optional owner in the possessive ("ABC's", "ABC
    News'"), one to four words in capitals and a programme noun (`person_programme_nouns`:
    "the Morning Table show", "Harbor Radio's Night Desk program"). None when no such phrase stands there."""
    n = len(toks)
    k = j + 1 if j < n and toks[j].text.lower() == "the" else j
    caps = k
    while caps < n and caps - k < 6 and (toks[caps].text[:1].isupper() or toks[caps].text in ("'", "’")):
        caps += 1
    if caps == k or caps >= n or toks[caps].text.lower() not in _programme_nouns() or caps + 1 < e:
        return None
    return caps + 1


@functools.cache
def _time_words() -> frozenset[str]:
    t = load("en", "time")
    return frozenset([*t.get("units", {}), *t.get("earlier_words", []), *t.get("later_words", []), *t.get("past_words", []),
                      *t.get("this_words", []), "for", "over", "long", "ago"])


def _time_gap_that(ctx: Context, toks: list[Token], j: int) -> int | None:
    """English: the "that" of a reported clause after a time adverbial of the cue that the timex
    layer does not cover whole ("argued for years that …", "said earlier this week that …", "has
    said for decades that …"): one to five words between the cue and "that", each in a time
    expression, a word of time of resources/en/time.json (its units, "earlier", "later", "last",
    "this"; "for", "over", "long", "ago") or an adverb of the parse, and no verb right after "that"
    (not a relative clause: "said last week that was …"). None for anything else."""
    n = len(toks)
    words = _time_words()
    k = j
    while k < n and k - j < 5 and toks[k].text.lower() != "that":
        low = toks[k].text.lower()
        if not (ctx.in_timex(toks[k].span) or low in words or (toks[k].text.islower() and ctx.pos_at(toks[k].span) == "ADV"
                                                                  and low.endswith("ly"))):
            return None
        k += 1
    if k == j or k + 1 >= n or toks[k].text.lower() != "that" or ctx.pos_at(toks[k + 1].span) in ("VERB", "AUX"):
        return None
    if not any(ctx.in_timex(toks[m].span) or toks[m].text.lower() in words for m in range(j, k)):
        return None  # (adverbs alone, "said privately that", are the rules' before this one)
    return k


_ZU_INFINITIVE = re.compile(r"[a-zäöü]{2,}zu[a-zäöüß]{2,}en")  # "festzuhalten", "anzugreifen"


def _finite(ctx: Context, t: Token) -> bool:
    """The parse reads the token as a finite verb (indicative or subjunctive); not an infinitive
    with "zu" inside, which the parse may read as a finite plural ("…, sie festzuhalten")."""
    return ctx.pos_at(t.span) in ("VERB", "AUX") and "Mood=" in ctx.feats_at(t.span) and not _ZU_INFINITIVE.fullmatch(t.text)


def own_clause(ctx: Context, toks: list[Token], a: int, b: int, content: Span, lx: Lang) -> Span | None:
    """German: the clause of the sentence that holds an according-to phrase toks[a:b], when
    `content` (the phrase's sentence or dash-bounded part) joins it to another clause by a comma or
    a colon: "Die Zahlen stiegen, als die Partei laut Endergebnis vorn lag" → "die Partei laut
    Endergebnis vorn lag"; "Die Kampagne gab es laut Berg wirklich, das bestritt der Konzern" →
    "Die Kampagne gab es laut Berg wirklich". A comma opens the phrase's clause when a word of
    `clause_subordinators` or `clause_coordinators` (lexicon.json) follows it, or when a finite
    verb stands on both sides (two main clauses); one closes it when the clause has its finite
    verb and the words after the comma open a main clause (a finite verb first or second, or after
    an article and a noun, not last). None: the content is one clause."""
    subs, coords = clause_words(lx.code)
    if not subs:
        return None
    n = len(toks)
    inside = [k for k in range(n) if content.start <= toks[k].span.start and toks[k].span.end <= content.end]
    if not inside or not (inside[0] <= a and b - 1 <= inside[-1]):
        return None
    first, last = inside[0], inside[-1]
    seps = [k for k in range(first, last + 1) if toks[k].text in (",", ":") and not ctx.inside_any_quote(toks[k].span.start)]
    start, end = first, last
    left = max((k for k in seps if k < a), default=None)
    if left is not None and left + 1 <= a:
        k = left + 1
        low = toks[k].text.lower()
        if toks[left].text == ":" or low in subs or low in coords:
            start = k + 1 if low in subs or low in coords else k
        elif k < a and not _finite(ctx, toks[k]) and any(_finite(ctx, t) for t in toks[k:a]) \
                and any(_finite(ctx, t) for t in toks[first:left]):
            start = k
    right = min((k for k in seps if k >= b and toks[k].text == ","), default=None)
    if right is not None and right + 1 <= last:
        q_end = min((k for k in seps if k > right), default=last + 1)
        q = toks[right + 1 : q_end]
        own = [t for t in (*toks[start:a], *toks[b:right])]
        fin = next((i for i, t in enumerate(q) if _finite(ctx, t) and not (i > 0 and q[i - 1].text.lower() == "zu")), None)
        opens_main = fin is not None and q[0].text.lower() not in subs | coords and (
            fin <= 1 or (q[0].text.lower() in lx.determiners and fin < len(q) - 1 and ctx.pos_at(q[fin + 1].span) not in ("VERB", "AUX")))
        if opens_main and any(_finite(ctx, t) for t in own):
            end = right - 1
    if start == first and end == last:
        return None
    if start >= a:
        start = b  # the phrase opens its clause: what is said follows it
    if start > end:
        return None
    sp = strip_span(ctx.text, Span(toks[start].span.start, toks[end].span.end))
    if len(re.findall(r"\w+", ctx.text[sp.start : sp.end])) < 3:
        return None
    return sp


@functools.cache
def clause_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's `clause_subordinators` and its coordinators of clauses, `clause_coordinators`
    with `verb_and_clause_coordinators` (lexicon.json), lower-cased."""
    lex = load(code, "lexicon")
    return (frozenset(w.lower() for w in lex.get("clause_subordinators", [])),
            frozenset(w.lower() for w in [*lex.get("clause_coordinators", []), *lex.get("verb_and_clause_coordinators", [])]))
