"""Quantities of session 40 (issue 7), on our own sentences: in German, whose decimal mark is the comma, a figure with
one group of three digits after the comma before a magnitude word is a decimal ("3,125 Millionen" is 3.125 million,
quantity.number+decimal_before_scale), not a thousands group; a thousands dot stays one ("1.250 Millionen")."""

from __future__ import annotations

import pytest
from tests.facts_helpers import analysed


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Fonds verwaltet 3,125 Millionen Euro für die Gemeinden.", 3125000),
    ("Im Vorjahr gab es noch 2,875 Milliarden Hektar Weideland.", 2875000000),
])
def test_german_comma_with_three_digits_before_a_magnitude_is_a_decimal(text: str, expected: int) -> None:
    doc = analysed(text, "de")
    assert [(q.value, q.rule) for q in doc.quantities][:1] == [(expected, "quantity.number+decimal_before_scale")]


def test_german_thousands_dot_before_a_magnitude_stays_a_thousands_group() -> None:
    assert [q.value for q in analysed("Der Fonds verwaltet 1.250 Millionen Euro.", "de").quantities] == [1250000000]
