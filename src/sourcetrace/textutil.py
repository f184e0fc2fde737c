"""Tokens, lines and sentences with code-point offsets into the untouched text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import accumulate, pairwise
from typing import Any, Protocol, TypeVar

from .document import Span, Token

#: quotation marks of every common style, one character each (TOKEN_RE makes each a token of its
#: own; two apostrophes '' are one mark too, a token of two characters: attribution.context.QUOTE_CHARS)
QUOTE_MARKS = "«»„“”\"‚‘’‹›"
#: the marks of QUOTE_MARKS that are also apostrophes ("O’Brien", "Trump’s")
APOSTROPHE_MARKS = "‚‘’"
#: the double quotation marks (German „…“, French and Swiss «…» and »…«, English “…”, straight "…")
DOUBLE_QUOTE_MARKS = "«»„“”\""
#: the double marks that may open a quotation (not ”) and those that may close one (not „)
OPENING_DOUBLE_QUOTES = "«»„“\""
CLOSING_DOUBLE_QUOTES = "«»“”\""
TOKEN_RE = re.compile(
    rf"""
    https?://\S+|www\.\S+|pic\.twitter\.com/\w+|\b[\w.-]+\.(?:com|org|net|de|ch|at|uk|gov)(?:/\S*)?\b
    |[@#]\w+
    |\d+(?:['’]\d{{3}})+(?:[.,]\d+)?          # Swiss 120'000
    |\d+(?:[.,]\d+)*(?:[.,]\d+)?%?
    |\w+(?:[-'’.]\w+)*(?:-(?=\s|,))?         # words with hyphens, apostrophes; truncation "Nord-"
    |''|[{QUOTE_MARKS}]                       # '' : two apostrophes as one quotation mark
    |\.\.\.|…|[–—-]+
    |\S
    """,
    re.X,
)


def lower_aligned(text: str) -> str:
    """`text` in lower case, one code point for each of its own, so that an offset found in it is
    the same offset in `text`: a letter whose lower case is longer ("İ" → "i̇") keeps only the
    first code point of it ("i"). `str.lower` would shift every offset after such a letter."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] for c in text)


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations after which a full stop ends no sentence: `sentence_abbreviations` of every
    language's words.json (a text's language is not known when it is split)."""
    from .resources import languages, load

    return frozenset(w for code in languages() for w in load(code, "words").get("sentence_abbreviations", []))


@cache
def number_abbreviations() -> frozenset[str]:
    """Abbreviations that stand only before a number ("No. 5"): before a word their full stop ends
    the sentence ("He said no. Then …"; `number_abbreviations` of every language's words.json)."""
    from .resources import languages, load

    return frozenset(w for code in languages() for w in load(code, "words").get("number_abbreviations", []))


@cache
def clause_openers() -> frozenset[str]:
    """Capitalised words that open a clause and never follow an ordinal ("Die", "Bei", "Er"): after
    a number and a full stop the sentence ends (`clause_openers` of every language's words.json)."""
    from .resources import languages, load

    return frozenset(w for code in languages() for w in load(code, "words").get("clause_openers", []))


@cache
def _heading_re() -> re.Pattern[str]:
    """A sentence that opens with a scraped sub-heading without final punctuation: two to eight
    words, the first capitalised, then a capitalised word of `heading_openers` (every language's
    words.json) after a word that is none of `heading_not_after`."""
    from .resources import languages, load

    openers = {w for code in languages() for w in load(code, "words").get("heading_openers", [])}
    alt = "|".join(sorted((re.escape(w) for w in openers), key=len, reverse=True))
    return re.compile(rf"[A-ZÄÖÜ][\w-]*(?: +\w[\w-]*){{0,6}}? +(\w(?:[\w-]*\w)?) +(?=(?:{alt}) +\w)") if alt else re.compile(r"(?!)")


@cache
def _heading_not_after() -> frozenset[str]:
    from .resources import languages, load

    return frozenset(w for code in languages() for w in load(code, "words").get("heading_not_after", []))


def _heading_end(text: str, start: int, end: int) -> int | None:
    """Where a sub-heading glued to the sentence text[start:end] ends (after its last word), or None."""
    m = _heading_re().match(text, start, end)
    if m is None or m.group(1).lower() in _heading_not_after():
        return None
    return m.end(1)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [
        Token(Span(m.start(), m.end()), m.group())
        for m in TOKEN_RE.finditer(text, start, end)
    ]


#: the lower-case words of the latest token lists (a sentence's tokens): id → (the list, its length,
#: the words). The rules of the syntax, hedge and attribution steps ask for the same sentence's
#: words in lower case dozens of times; the list is kept so that its id cannot be reused by another
#: list while its entry stands. Room for every sentence of a text of about 2 MB: each step reads the
#: sentences in order, so a smaller table, cleared when full, would lose a long text's early sentences
#: before the next step asks for them again
_LOWERED: dict[int, tuple[list[Token], int, list[str]]] = {}
_LOWERED_MAX = 16384


def forget_lowered() -> None:
    """Empty the table of `lowered` (pipeline.release_sentence_tables, after each text)."""
    _LOWERED.clear()


def folded_lower(text: str) -> str:
    """`text` in lower case, with the three letters that a case-insensitive pattern (`re.I`) takes
    for "i" or "s" but `str.lower` does not turn into them ("İ", "ı", "ſ") made "i", "i", "s": wherever
    such a pattern matches a word of its own, the word is a substring of this (a quick test that
    spares trying the pattern at every position of a text that lacks the word)."""
    return text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()


def lowered(tokens: list[Token]) -> list[str]:
    """`[t.text.lower() for t in tokens]`, made once per token list (while its length stays the
    same) and shared by every caller: a caller reads it and never changes it."""
    hit = _LOWERED.get(id(tokens))
    if hit is not None and hit[0] is tokens and hit[1] == len(tokens):
        return hit[2]
    if len(_LOWERED) >= _LOWERED_MAX:
        _LOWERED.clear()
    low = [t.text.lower() for t in tokens]
    _LOWERED[id(tokens)] = (tokens, len(tokens), low)
    return low


def within_any(spans: Iterable[Span]) -> Callable[[Span], bool]:
    """A test whether a span lies inside one of `spans` (`any(s.contains(x) for s in spans)`),
    by a bisect over the spans sorted by start with the furthest end up to each: no scan of all
    of them for every span asked about."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    reach = list(accumulate((s.end for s in ordered), max))

    def within(x: Span) -> bool:
        k = bisect_right(starts, x.start)  # the spans that start at or before x
        return k > 0 and reach[k - 1] >= x.end

    return within


def overlaps_any(spans: Iterable[Span]) -> Callable[[Span], bool]:
    """A test whether a span overlaps one of `spans` (`any(s.overlaps(x) for s in spans)`), by
    the same bisect as `within_any`."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    reach = list(accumulate((s.end for s in ordered), max))

    def overlaps(x: Span) -> bool:
        k = bisect_left(starts, x.end)  # the spans that start before x ends
        return k > 0 and reach[k - 1] > x.start

    return overlaps


class _HasSpan(Protocol):
    @property
    def span(self) -> Span: ...


_Item = TypeVar("_Item", bound=_HasSpan)

# per list of items (entities, timexes): the list, its length when indexed, and the index that
# `items_overlapping` bisects (None when the list is not in text order); a few lists at a time
_SPAN_INDEX: dict[int, tuple[Sequence[Any], int, tuple[int, ...], tuple[list[int], list[int]] | None]] = {}


def _probe(items: Sequence[_HasSpan]) -> tuple[int, ...]:
    """The span starts of a list's first, middle and last items: a cheap check that a cached
    index still fits a list whose items were replaced or reordered in place (its length kept)."""
    n = len(items)
    return tuple(items[k].span.start for k in ((0, n // 2, n - 1) if n else ()))


def _span_index(items: Sequence[_HasSpan]) -> tuple[list[int], list[int]] | None:
    got = _SPAN_INDEX.get(id(items))
    probe = _probe(items)
    if got is not None and got[0] is items and got[1] == len(items) and got[2] == probe:
        return got[3]
    starts = [x.span.start for x in items]
    index = (starts, list(accumulate((x.span.end for x in items), max))) \
        if all(a <= b for a, b in pairwise(starts)) else None
    if len(_SPAN_INDEX) >= 4:
        _SPAN_INDEX.clear()
    _SPAN_INDEX[id(items)] = (items, len(items), probe, index)
    return index


def in_text_order(items: Sequence[_HasSpan]) -> bool:
    """Whether the items' spans start in text order (what `items_overlapping` bisects)."""
    return _span_index(items) is not None


def forget_index(items: Sequence[_HasSpan]) -> None:
    """Drop the index of a list that was reordered in place (its length unchanged)."""
    _SPAN_INDEX.pop(id(items), None)


def items_overlapping(items: Sequence[_Item], span: Span) -> list[_Item]:
    """The items of a list (entities, timexes: anything with a `span`) that overlap `span`, in
    the list's order: a bisect over the list in text order (by start) instead of a scan of all
    of them; the scan when it is not in text order. The index is kept for the list as long as
    its length does not change (the steps fill such a layer once, then read it)."""
    index = _span_index(items)
    if index is None:
        return [x for x in items if x.span.overlaps(span)]
    starts, reach = index
    # before `lo` every item ends at or before the span's start; from `hi` on every one starts at or after its end
    lo, hi = bisect_right(reach, span.start), bisect_left(starts, span.end)
    return [x for x in items[lo:hi] if x.span.overlaps(span)]


def whole_words(text: str, phrase: str) -> Iterator[re.Match[str]]:
    r"""Where `phrase` stands in `text` as whole words: not inside a longer word or a hyphenated
    compound ("Lee" not in "Leeds" or "Lee-Smith"). The matches of `re.finditer` with the pattern
    `(?<![\w-])PHRASE(?![\w-])`, found faster: the pattern is tried only where `str.find` finds the
    phrase (a pattern that opens with a look-behind is otherwise tried at every position of the
    text, and the callers search whole texts for many names)."""
    rx = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")
    if not phrase:
        return rx.finditer(text)
    return _found_words(text, phrase, rx)


def _found_words(text: str, phrase: str, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for `rx` the whole-word pattern of the non-empty `phrase` (`whole_words`):
    every match starts where the phrase does, and the next is looked for after its end."""
    find, match = text.find, rx.match
    i = find(phrase)
    while i >= 0:
        m = match(text, i)  # (the look-behind still sees the character before i)
        if m is None:
            i = find(phrase, i + 1)
        else:
            yield m
            i = find(phrase, m.end())


def lines(text: str) -> Iterator[Span]:
    """Non-empty lines (without the line break), as spans."""
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            s = pos + (len(raw) - len(raw.lstrip()))
            e = pos + len(raw.rstrip())
            yield Span(s, e)
        pos += len(raw) + 1


_SENT_END = re.compile(r"[.!?…]+(?:''|[«»“”\"’‘›‹)\]])*(?=\s+(?:''|[\"„«»“‚‹(\[])?[A-ZÄÖÜ0-9])|[.!?…]+(?:''|[«»“”\"’‘›‹)\]])*\s*$"
                       # a full stop with no space after it, scraped text's lost line break or space:
                       # a word of three letters or more, then a capitalised word ("befinden.Im Jahr")
                       r"|(?<=[^\W\d_]{3})\.(?=[A-ZÄÖÜ][a-zäöüß]+\b)")

#: a run of non-space characters that is an address, a handle or a file name, not two sentences
_ADDRESS = re.compile(r"://|www\.|@|/|\.[a-z]{2,4}\b")


def _glued_stop(text: str, dot: int) -> bool:
    """Whether the full stop at `dot`, with a capitalised word right after it, ends a sentence:
    the word before has a lower-case letter and is no abbreviation ("dt.Spion", "St.Pölten"), and
    the run of non-space characters it stands in is no web or mail address, handle or file name
    ("www.Beispiel.Net", "Anna.Muster@firma.at")."""
    a = dot
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = dot + 1
    while b < len(text) and not text[b].isspace():
        b += 1
    before = re.search(r"[\w.]+$", text[a:dot])
    word = before.group() if before else ""
    if not any(c.islower() for c in word) or word.lower() in abbreviations() or "." in word:
        return False
    return _ADDRESS.search(text[a:b]) is None


@cache
def _bang_names() -> re.Pattern[str] | None:
    """The known names written with an exclamation mark inside ("E! News", "Yahoo! Finance"): the
    names and aliases of resources/common/outlets.json with a "!" before a further word. Their "!"
    ends no sentence (rule `sentences.rules.v1`, `split_sentences`); a name that ends in "!" needs
    no entry, as only a capitalised word after "!" ends one. A lexicon, not a rule of case: in
    German every noun is capitalised, so a capitalised word after "!" cannot tell a name going on
    ("E! News berichtete") from an exclamation and the next sentence ("Achtung! Polizei warnt")."""
    from .resources import load

    names = {n for e in load("common", "outlets").get("entries", []) for n in [e["name"], *e.get("aliases", [])]
             if re.search(r"!\s*\w", n)}
    if not names:
        return None
    alts = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _inside_bang_name(text: str, at: int, start: int, end: int) -> bool:
    """Whether the "!" at text[at] is inside a known name written with one (`_bang_names`)."""
    rx = _bang_names()
    if rx is None:
        return False
    return any(m.start() < at and m.end() > at + 1 for m in rx.finditer(text, max(start, at - 40), min(end, at + 60)))


#: initials written with full stops ("G.K. Butterfield", "(D-N.C.)"): like a single initial, no sentence end
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")


@cache
def _abbrev_re() -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s(]|(?<=[a-z])-)([\w.]+)\.$")  # ("then-Rep.": a title after a hyphen)


@cache
def _tag_languages() -> tuple[str, ...]:
    """The languages whose cues.json asks for `tag_after_question` (the speaker's tag after a closing question)."""
    from .resources import languages, load

    return tuple(code for code in languages() if load(code, "cues").get("tag_after_question"))


@cache
def _tag_after_re() -> re.Pattern[str] | None:
    """A speaker's tag after a quotation: one to four capitalised words ("Roe", "Mayor Ann Roe") and a
    finite form of a verb of speech or writing (the `verbs` of every language's cues.json that list
    `tag_after_question`: their forms but the base form and the -ing form), as a whole word."""
    from .resources import load

    forms: set[str] = set()
    for code in _tag_languages():
        for verb, entry in load(code, "cues").get("verbs", {}).items():
            if isinstance(entry, dict) and entry.get("class") in ("speech", "writing", "request"):
                forms.update(f for f in entry.get("forms", []) if f != verb and not f.endswith("ing"))
    if not forms:
        return None
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\s+((?:[A-Z][\w'’.-]*\s+){{1,4}})(?:{alts})(?![\w-])")


@cache
def _tag_stop_words() -> frozenset[str]:
    """Words that open a new clause, not a speaker's tag ("But", "Because", "I", "On Monday", "Then"): the
    `clause_openers`, `subordinators`, `prepositions`, `np_stop` and `subject_pronouns` "I" of the languages with
    `tag_after_question` (lower-cased)."""
    from .resources import load

    out: set[str] = set()
    for code in _tag_languages():
        lex = load(code, "lexicon")
        # (and a sentence's own openers: "On Monday Roe said …", "Then Roe said …": `prepositions`, `np_stop`)
        out.update(w.lower() for k in ("clause_openers", "subordinators", "prepositions", "np_stop") for w in lex.get(k, []))
        out.update(w.lower() for w in lex.get("subject_pronouns", []) if w.lower() == "i")
    return frozenset(out)


@cache
def _tag_clause_words() -> frozenset[str]:
    """Words that, after the verb of a would-be tag, open a clause of what was said ("Roe said the budget
    was spent", "Lee said it would not", "… said that …"): the `subject_pronouns`, `auxiliaries` and
    `modals` of lexicon.json and the `complementizers` of cues.json of the languages with `tag_after_question`
    (lower-cased)."""
    from .resources import load

    out: set[str] = set()
    for code in _tag_languages():
        lex = load(code, "lexicon")
        out.update(w.lower() for k in ("subject_pronouns", "auxiliaries", "modals") for w in lex.get(k, []))
        out.update(w.lower() for w in load(code, "cues").get("complementizers", []))
    return frozenset(out)


def _quote_tag_after(text: str, m: re.Match[str], end: int) -> bool:
    """The sentence end `m` is a question or an exclamation that closes a quotation ('“Why pay for it?”',
    '“Stop!”') and a speaker's tag follows it (`_tag_after_re`: 'Roe told the council', 'Mayor Ann Roe
    said'): the tag is the quotation's, no new sentence (session 29). A lower-case tag ('asked Lee') opens
    none anyway: `_SENT_END` wants a capital after the space."""
    mark = m.group()
    if not mark or mark[-1] not in CLOSING_DOUBLE_QUOTES + "’'" or not any(c in "?!" for c in mark):
        return False
    rx = _tag_after_re()
    tag = rx.match(text, m.end(), end) if rx is not None else None
    if tag is None or any(w.lower() in _tag_stop_words() for w in tag.group(1).split()):
        return False
    # what follows the verb, up to the next punctuation: a verb with an addressee takes its object ("told the
    # council", "told a paper in an interview"); after another ("said", "wrote") a word or a prepositional phrase
    # may follow ("said on Monday", "wrote in a letter"), but no noun phrase or clause of what was said
    # ('“Why not?” Tom Vell said the budget was spent.' and 'Critics said it failed.' are new sentences)
    verb = text[tag.start(1) + len(tag.group(1)) : tag.end()].lower()
    if verb in _tag_verbs_with_objects():
        return True
    tail = re.split(r"[,.;:!?…—–()\"“”„«»]", text[tag.end() : end], maxsplit=1)[0].split()
    if any(w.lower() in _tag_clause_words() for w in tail):
        return False
    return len(tail) <= 1 or tail[0].lower() in _tag_stop_words()


@cache
def _tag_verbs_with_objects() -> frozenset[str]:
    """The verbs of a tag that take an addressee ("Roe told the council", "Lee asked reporters"):
    `addressee_verbs` of lexicon.json of the languages with `tag_after_question` (lower-cased)."""
    from .resources import load

    return frozenset(w.lower() for code in _tag_languages() for w in load(code, "lexicon").get("addressee_verbs", []))


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of one line/paragraph text[start:end]."""
    out: list[Span] = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        if m.end() < end and not text[m.end()].isspace() and text[m.start()] == "." \
                and m.end() - m.start() == 1 and not _glued_stop(text, m.start()):
            continue
        if m.group().rstrip() == "!" and _inside_bang_name(text, m.start(), start, end):
            continue  # "E! News reported …": the name's "!" (an outlet's, resources/common/outlets.json)
        if _quote_tag_after(text, m, end):
            continue  # '“Why pay for it?” Roe told the council.': the question and its tag are one sentence
        cut = m.end()
        head = text[s : m.start() + 1]
        am = _abbrev_re().search(head)
        if am and text[m.start()] == "." and m.group().startswith(".") and len(m.group().rstrip()) == 1:
            word = am.group(1).lower()
            before_number = re.match(r"\s*\(?#?\d", text[m.end() : end]) is not None
            if (word in abbreviations() and (before_number or word not in number_abbreviations())) \
                    or (len(word) == 1 and word.isalpha()) or word.isdigit() or _INITIALS.match(word):
                # ordinal numbers ("13. Oktober") and abbreviations do not end a sentence; a number
                # before a word that opens a clause does ("… im Saal 12. Bei …")
                nxt = re.match(r"\s*(\w+)", text[m.end() : end]) if word.isdigit() else None
                if not (word.isdigit() and (len(word) == 4 or (nxt is not None and nxt.group(1) in clause_openers()))):
                    continue
        while cut > s and text[cut - 1].isspace():
            cut -= 1
        if cut > s:
            out.append(Span(s, cut))
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append(Span(s, e))
    return [part for sp in out for cut in _after_post_links(text, sp) for part in _without_heading(text, cut)]


# the link that closes an embedded post run into the text, with the hashtags after it, before a
# capital that opens the next sentence ("… #Gauland pic.twitter.com/AbC12 Der Minister sagte …")
_POST_LINK_END = re.compile(r"(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)(?:\s+#\w+)*(?=\s+[A-ZÄÖÜ])")


def _after_post_links(text: str, sp: Span) -> list[Span]:
    """The sentence `sp` cut after each post link that closes an embedded post run into the text
    (a scraped tweet: its text, its author, its link, and the article goes on without a full stop)."""
    out: list[Span] = []
    s = sp.start
    for m in _POST_LINK_END.finditer(text, sp.start, sp.end):
        nxt = m.end()
        while nxt < sp.end and text[nxt].isspace():
            nxt += 1
        if nxt >= sp.end or m.end() <= s:
            continue
        out.append(Span(s, m.end()))
        s = nxt
    out.append(Span(s, sp.end))
    return out


def _without_heading(text: str, sp: Span) -> list[Span]:
    """The sentence `sp`, or a sub-heading glued to its start and the sentence after it."""
    cut = _heading_end(text, sp.start, sp.end)
    if cut is None:
        return [sp]
    nxt = cut
    while nxt < sp.end and text[nxt].isspace():
        nxt += 1
    return [Span(sp.start, cut), Span(nxt, sp.end)]
