"""Quantities of our own: "a maximum of N" and "a minimum of N" as bounds, a vague few of a compound
magnitude ("mehrere hunderttausend", "einige Zehntausend") as its range."""

from __future__ import annotations

import pytest
from tests.facts_helpers import Value, quantities


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The fee is capped at a maximum of 35 percent.", "en", [("a maximum of 35 percent", (None, 35))]),
    ("Each team needs a minimum of 11 players.", "en", [("a minimum of 11", (11, None))]),
    ("Mehrere hunderttausend Menschen zogen durch die Stadt.", "de", [("Mehrere hunderttausend", (200000, 999999))]),
    ("Einige Zehntausend Fans kamen ins Stadion.", "de", [("Einige Zehntausend", (20000, 99999))]),
])
def test_bounds_and_vague_compounds(text: str, lang: str, expected: list[tuple[str, Value]]) -> None:
    assert quantities(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The bank offered zero-interest loans to farmers.", "en", []),
    ("They ordered zero-emission buses for the coast.", "en", []),
    ("The club scored zero goals all winter.", "en", [("zero", 0)]),
])
def test_a_zero_joined_by_a_hyphen_is_no_count(text: str, lang: str, expected: list[tuple[str, Value]]) -> None:
    assert quantities(text, lang) == expected
