"""The kind of an outlet (an agency, a paper, a broadcaster), so that a description of one ("das
Blatt", "der Agentur", "des Senders") stands only for an outlet named before of the same kind
(`outlet_kinds` of resources/<lang>/lexicon.json: the endings of the nouns that name each kind).
A language without the list, or an outlet of no kind its words tell, agrees with any description
(rule `source.outlet_kind`, session 26)."""

from __future__ import annotations

import re
from functools import cache

from ...document import Source
from ...resources import load


@cache
def _kinds(code: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = load(code, "lexicon").get("outlet_kinds", {})
    return tuple((kind, tuple(w.lower() for w in words)) for kind, words in table.items())


def kind_of_words(words: list[str], code: str) -> str | None:
    """The kind the last word of `words` that ends in a kind's noun names ("Tageszeitung" → paper),
    or None."""
    for w in reversed(words):
        low = w.lower()
        for kind, ends in _kinds(code):
            if any(low == e or (len(e) >= 4 and low.endswith(e)) for e in ends):
                return kind
    return None


def kind_of_source(s: Source, code: str) -> str | None:
    """An outlet's kind: an agency by its type, else by its role or the words of its name."""
    if not _kinds(code):
        return None
    if s.type == "news_agency":
        return "agency"
    for text in (s.role or "", s.name, *s.aliases):
        kind = kind_of_words(re.findall(r"[\wÄÖÜäöüß]+", text or ""), code)
        if kind is not None:
            return kind
    return None


def kinds_agree(description: str, s: Source, code: str) -> bool:
    """Whether an outlet described by the noun phrase `description` ("dem Blatt") may be `s`: the
    description's kind is unknown, or `s` is of that kind, or (not an agency) of no kind known."""
    want = kind_of_words(re.findall(r"[\wÄÖÜäöüß]+", description), code)
    if want is None:
        return True
    have = kind_of_source(s, code)
    if have is None:
        return want != "agency" or s.type == "news_agency"
    return have == want
