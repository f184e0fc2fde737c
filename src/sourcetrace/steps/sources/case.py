"""German source names in the nominative (issue 7): a source phrase governed in the genitive
("nach Einschätzung des kantonalen Verkehrsamts") or the dative plural ("nach Ansicht von
Fachleuten") is named by its nominative ("kantonales Verkehrsamt", "Fachleute"); the phrase as
written stays an alias. Rule id `source.name.nominative`; lists in resources/de/case.json."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from ...resources import load
from ..lexicon import Lang

RULE = "source.name.nominative"

_WORD = re.compile(r"[\w][\w'’.-]*")


@cache
def _case(code: str) -> dict[str, Any]:
    return load(code, "case")


def _gender(noun: str, code: str) -> str | None:
    """The gender ("m", "n") of a noun that ends in one of `head_genders`, else None."""
    low = noun.lower()
    genders: dict[str, str] = _case(code).get("head_genders", {})
    best = max((e for e in genders if low.endswith(e)), key=len, default=None)
    return genders[best] if best else None


def _known(word: str, lx: Lang, in_text: Callable[[str], bool]) -> bool:
    """A noun the resources know (a type head, or ending in an organisation head of
    `head_genders`) or the text writes as a whole word."""
    return word in lx.type_heads or _gender(word, lx.code) is not None or in_text(word)


def _genitive_head(head: str, lx: Lang, in_text: Callable[[str], bool]) -> str | None:
    """The nominative of a masculine or neuter noun in the genitive ("Verkehrsamts" →
    "Verkehrsamt", "Bundesrates" → "Bundesrat"), when the form without the ending is known; None
    otherwise (a noun that ends in -s in the nominative keeps it: "Kurs", "Haus")."""
    for end in ("es", "s"):
        if head.endswith(end) and len(head) > len(end) + 2:
            cand = head[: -len(end)]
            if _known(cand, lx, in_text):
                return cand
    return None


def _dative_plural_head(head: str, lx: Lang, in_text: Callable[[str], bool]) -> str | None:
    """The nominative plural of a dative plural that added -n ("Fachleuten" → "Fachleute",
    "Anwohnern" → "Anwohner"), when that plural is known (a type head, or written in the text)."""
    if not head.endswith("n") or len(head) < 5:
        return None
    cand = head[:-1]
    if cand.endswith(("er", "el")):
        return cand if cand in lx.type_heads or in_text(cand) else None  # ("Anwohner": one form for one and many)
    # a plural in -e only from the word lists: the text may write the singular ("Kollege" of "Kollegen")
    return cand if cand.endswith("e") and lx.type_heads.get(cand) is not None else None


def nominative(text: str, name: str, lx: Lang, in_text: Callable[[str], bool]) -> str | None:
    """The nominative of `name` as it stands in the mention `text`, when the word before it
    governs a genitive (`genitive_determiners`) or a dative plural (`dative_plural_prepositions`,
    `dative_plural_articles`) and the head noun's case ending can be undone (see
    `_genitive_head`, `_dative_plural_head`); None when the name stays as written."""
    if lx.code != "de" or not name[:1].isalpha():
        return None
    data = _case(lx.code)
    at = text.rfind(name)
    if at < 0:
        return None
    before = _WORD.findall(text[:at])
    if not before:
        return None
    gov = before[-1].lower()
    words = name.split()
    # the head: the last word, or the word before a lower-case word that opens what follows it
    # ("Amts für Umwelt": the rest kept as written)
    k = next((i for i, w in enumerate(words) if i > 0 and w.islower() and not w.endswith("en")), len(words))
    head, adjs, rest = words[k - 1], words[: k - 1], words[k:]
    if not head[:1].isupper() or any(not a.endswith("en") for a in adjs):
        return None
    if gov in data.get("genitive_determiners", []):
        nom = _genitive_head(head, lx, in_text)
        gender = _gender(nom, lx.code) if nom else None
    elif gov in data.get("dative_plural_prepositions", []) or gov in data.get("dative_plural_articles", []):
        nom = _dative_plural_head(head, lx, in_text)
        gender = "plural"
    else:
        return None
    if nom is None:
        return None
    if adjs:
        ending = data.get("strong_adjective_endings", {}).get(gender) if gender else None
        if ending is None:
            return " ".join([nom, *rest])  # no gender known: the head alone
        adjs = [a[:-2] + ending for a in adjs]
    return " ".join([*adjs, nom, *rest])
