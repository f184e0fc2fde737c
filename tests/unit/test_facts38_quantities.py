"""Quantities of session 38 (issue 7), on our own sentences: "bis zu"/"up to" after "von"/"from" and a number
in its clause is the far end of that range, its number exact (quantity.number+range_end), unless "bis"/"to" closed
the range before; "our way up to" is a goal, no bound."""

from __future__ import annotations

import pytest
from tests.facts_helpers import quantities


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Der Radweganteil schwankt von 2,5 Prozent im Süden (Kärnten) bis zu 7,5 Prozent im Norden.", "de",
     [("2,5 Prozent", 2.5), ("7,5 Prozent", 7.5)]),
    ("Fares range from 3 dollars in the valley up to 9 dollars on the ridge.", "en", [("3 dollars", 3), ("9 dollars", 9)]),
    ("The bakers are working their way up to $18 an hour.", "en", [("$18", 18)]),
])
def test_the_far_end_of_a_range_and_a_goal_are_exact(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    assert quantities(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Die Gutscheine im Wert von 300 bis 600 Franken (bis zu 550 Euro) kommen per Post.", "de",
     [("300 bis 600 Franken", (300, 600)), ("bis zu 550 Euro", (None, 550))]),
    ("Up to 400 riders are expected.", "en", [("Up to 400", (None, 400))]),
])
def test_a_bound_of_its_own_stays_a_bound(text: str, lang: str, expected: list[tuple[str, object]]) -> None:
    assert quantities(text, lang) == expected
