"""Kinds of named businesses and outlets, so that a description of one ("the bank", "das Blatt",
"der Agentur") stands only for a name of its kind. Two tables of resources/<lang>/lexicon.json,
one rule (`agree`): a description may stand for a name unless both tell kinds and no kind is
shared; a language without a table, or a name of no kind its words tell, agrees with any
description.

- `firm_kinds` (English businesses, `source.merge.firm_description`): a description's head noun → the
  words of a business's name that tell that kind, whole words as written ("the bank" ~ "Acme
  Bank"; "Harbor Records" tells a label, no bank). A word may tell several kinds ("Bank": a bank
  and a lender).
- `outlet_kinds` (German outlets, `source.outlet_kind`, session 26): a kind → the endings of the
  nouns that name it, in lower case, so that compounds count ("Tageszeitung" → paper). An outlet
  has one kind: an agency also by its type; and a description of an agency needs an agency,
  even where the outlet's words tell no kind.

The two readings of words stay apart because they decide differently: whole words as written
against endings of lower-cased nouns (an ending would make "Micro" or "Air" match inside other
words; whole words would miss the German compounds)."""

from __future__ import annotations

import re
from functools import cache

from ...document import Source
from ...resources import load


def agree(wanted: set[str], have: set[str]) -> bool:
    """The one rule: the kinds a description names (`wanted`) and those a name tells (`have`)
    agree where either is empty or they share one."""
    return not wanted or not have or bool(wanted & have)


# businesses (English): whole words of a name

@cache
def firm_kinds(code: str) -> dict[str, frozenset[str]]:
    """A description's head noun (lower case) → the words of a business's name that tell that kind."""
    table = load(code, "lexicon").get("firm_kinds", {})
    return {k.lower(): frozenset(v) for k, v in table.items() if v}


def firm_kinds_of_name(words: list[str], code: str) -> set[str]:
    """The kinds a business's name tells: those one of its words (as written) belongs to."""
    have = set(words)
    return {kind for kind, names in firm_kinds(code).items() if have & names}


# outlets (German): endings of nouns

@cache
def _outlet_kinds(code: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = load(code, "lexicon").get("outlet_kinds", {})
    return tuple((kind, tuple(w.lower() for w in words)) for kind, words in table.items())


def outlet_kind_of_words(words: list[str], code: str) -> str | None:
    """The kind the last word of `words` that ends in a kind's noun names ("Tageszeitung" → paper),
    or None."""
    for w in reversed(words):
        low = w.lower()
        for kind, ends in _outlet_kinds(code):
            if any(low == e or (len(e) >= 4 and low.endswith(e)) for e in ends):
                return kind
    return None


def outlet_kind_of_source(s: Source, code: str) -> str | None:
    """An outlet's kind: an agency by its type, else by its role or the words of its name."""
    if not _outlet_kinds(code):
        return None
    if s.type == "news_agency":
        return "agency"
    for text in (s.role or "", s.name, *s.aliases):
        kind = outlet_kind_of_words(re.findall(r"[\wÄÖÜäöüß]+", text or ""), code)
        if kind is not None:
            return kind
    return None


def outlet_kinds_agree(description: str, s: Source, code: str) -> bool:
    """Whether an outlet described by the noun phrase `description` ("dem Blatt") may be `s`: the
    kinds `agree`, but a description of an agency never stands for an outlet that is no agency."""
    want = outlet_kind_of_words(re.findall(r"[\wÄÖÜäöüß]+", description), code)
    have = outlet_kind_of_source(s, code)
    if want == "agency" and have is None:
        return s.type == "news_agency"
    return agree({want} if want else set(), {have} if have else set())
