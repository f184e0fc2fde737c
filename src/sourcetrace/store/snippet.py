"""Search snippets made in Python from a hit's stored text: a passage of about `WIDTH` characters
where the query's words stand closest together, each occurrence between `mark`.

The full-text engines can make snippets themselves (FTS5 `snippet()`, PostgreSQL `ts_headline`),
but both look each hit up again: FTS5 runs the MATCH once more and reads the position lists of
every hit, `ts_headline` parses the whole text. On the 100,000-document store that cost as much
as ranking the matches. Here the page's hits are read once by primary key (the first
`MAX_CHARS` characters of their text: the work per hit is bounded) and each word is looked up with
`str.find`, the passage found with string methods; about 30 µs a hit.

Words are compared as the engines' tokenizers compare them, closely enough for display: whole
runs of letters and digits, case ignored (a word is looked for as written, in lower case and with
a capital; when none of those occurs, in the case-folded text), diacritics ignored
as FTS5's `remove_diacritics` does (`Osterreich` marks `Österreich`). Which documents match and
their order stay the engine's; the snippet only shows where.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: how much of a hit's text is searched for the passage (characters from its start)
MAX_CHARS = 50_000
#: about how many characters a snippet shows (some 20 words of German or English news)
WIDTH = 140
#: characters of context before the first marked word
LEAD = 30
#: occurrences kept for choosing the passage
MAX_HITS = 200
_TOKEN = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
_NONSPACE = re.compile(r"\S")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Letters of the Latin, Greek and Cyrillic blocks with a diacritic → the letter without it."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x500):
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if len(base) == 1 and base != chr(code):
            table[code] = base
    return table


def fold(text: str) -> str:
    """`text` without diacritics and lower-cased, of the same length (a letter whose lower case
    is longer stays as it is), so that offsets into it are offsets into `text`."""
    plain = text.translate(_fold_table())
    low = plain.lower()
    if len(low) == len(plain):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in plain)


def query_words(query: str) -> dict[str, tuple[str, ...]]:
    """The words of a query as the tokenizer splits them (`a_b` is `a` and `b`), each folded →
    the spellings to look for in the text: as written, in lower case and with a capital (and so
    without its diacritics, when it has any)."""
    out: dict[str, tuple[str, ...]] = {}
    for word in _TOKEN.findall(query):
        folded, low = fold(word), word.lower()
        spellings = (word, low, low.capitalize()) + ((folded, folded.capitalize()) if folded != low else ())
        out[folded] = tuple(dict.fromkeys((*out.get(folded, ()), *spellings)))
    return out


def _occurrences(text: str, words: dict[str, tuple[str, ...]]) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of each word standing whole in `text`, in order (at most
    `MAX_HITS`). A word none of whose spellings occurs is looked for in the folded text."""
    hits: list[tuple[int, int, str]] = []
    folded: str | None = None
    for word, spellings in words.items():
        found = False
        for spelling in spellings:
            found = _find(text, spelling, word, hits) or found
        if not found:
            folded = fold(text) if folded is None else folded
            _find(folded, word, word, hits)
    hits.sort()
    return hits[:MAX_HITS]


def _find(haystack: str, needle: str, word: str, hits: list[tuple[int, int, str]]) -> bool:
    """Add the whole-word occurrences of `needle` (as `word`); True when there is one."""
    found, at, n = False, haystack.find(needle), len(haystack)
    while at >= 0 and len(hits) < 4 * MAX_HITS:
        end = at + len(needle)
        if (at == 0 or not haystack[at - 1].isalnum()) and (end >= n or not haystack[end].isalnum()):
            hits.append((at, end, word))
            found = True
        at = haystack.find(needle, at + 1)
    return found


def snippet(text: str | None, words: dict[str, tuple[str, ...]], mark: tuple[str, str] = ("[", "]")) -> str:
    """About `WIDTH` characters of `text` from just before the place where most different `words`
    (`query_words`) stand within `WIDTH` characters (the first such place), every occurrence
    marked; the start of the text when none occurs (a match in the title only). Runs of white
    space are one space; `…` where the text goes on."""
    text = (text or "")[:MAX_CHARS]
    hits = _occurrences(text, words) if words and text else []
    if not hits:
        end = _word_end(text, WIDTH)
        return _clean(text[:end]) + (" …" if _NONSPACE.search(text, end) else "")
    best, best_score = 0, -1
    for i, (start, _end, _word) in enumerate(hits):
        score = len({h[2] for h in hits[i:i + 2 * len(words)] if h[0] < start + WIDTH})
        if score > best_score:
            best, best_score = i, score
            if score == len(words):
                break
    anchor, anchor_end = hits[best][0], hits[best][1]
    begin = anchor
    if anchor > 0:  # some words of context, from the start of a word
        space = _SPACE.search(text, max(0, anchor - LEAD), anchor)
        begin = 0 if anchor <= LEAD else (space.end() if space else anchor)
    end = max(_word_end(text, begin + WIDTH), anchor_end)
    out: list[str] = ["… "] if _NONSPACE.search(text, 0, begin) else []
    at = begin
    for start, stop, _word in hits:
        if start >= begin and stop <= end and start >= at:
            out += [text[at:start], mark[0], text[start:stop], mark[1]]
            at = stop
    out.append(text[at:end])
    return _clean("".join(out)).strip() + (" …" if _NONSPACE.search(text, end) else "")


def _word_end(text: str, at: int) -> int:
    """The end of the word at `at` (`at` itself when it is not in a word; at most 30 more)."""
    if at >= len(text):
        return len(text)
    space = _SPACE.search(text, at, at + 30)
    return space.start() if space else at


def _clean(s: str) -> str:
    return _SPACE.sub(" ", s)
