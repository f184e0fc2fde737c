"""German "über" right after a paper or notes of a sum ("eine Rechnung über N Euro") names their worth,
an exact sum, as the seventeenth facts set's rules decided; a limit ("ein Einkommen über N Euro") stays
a bound (`bound_not_after` "über" of resources/de/time.json; our own sentences)."""

from __future__ import annotations

import pytest
from tests.facts_helpers import quantities


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Kassier stellte eine Rechnung über 900 Euro aus.", [("900 Euro", 900)]),
    ("Im Kofferraum lag Falschgeld über 7.000 Euro.", [("7.000 Euro", 7000)]),
    ("Wer ein Einkommen über 60.000 Euro hat, zahlt mehr.", [("über 60.000 Euro", (60000, None))]),
])
def test_ueber_after_a_paper_or_notes_of_a_sum_is_their_worth(text: str, expected: list[tuple[str, object]]) -> None:
    assert quantities(text, "de", "2016-06-17") == expected
