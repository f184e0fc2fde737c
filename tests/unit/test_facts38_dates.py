"""Dates of session 38 (issue 7), on our own sentences: a past verb right before a modal ends a clause inside
the subject, and the modal tells the tense (tense.embedded_past: "On Monday, the club she founded will open a
store"); a long fronted phrase without a verb takes the tense of the clause after it (tense.fronted_phrase)."""

from __future__ import annotations

import pytest
from tests.facts_helpers import timexes


@pytest.mark.parametrize(("text", "expected"), [
    # a past verb right before "will" ends a relative clause inside the subject: the modal tells the tense
    ("On Monday, the bakery she founded will open a second shop.", [("Monday", "2016-04-18")]),
    ("On Monday, the bakery she founded opened a second shop.", [("Monday", "2016-04-11")]),
])
def test_past_of_a_clause_inside_the_subject_does_not_orient_a_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, "2016-04-17") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In a long essay for a farming journal in December, the minister wrote that the dams were safe.", [("December", "2015-12")]),
    ("In a long essay for a farming journal in December, the minister will set out her plans.", [("December", "2016-12")]),
])
def test_a_long_fronted_phrase_takes_the_tense_of_the_clause_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, "2016-08-01") == expected
