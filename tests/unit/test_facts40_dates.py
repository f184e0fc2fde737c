"""Dates of session 40 (issue 7), on our own sentences: a weekday after "on" that closes the name of an event an ahead
frame looks forward to ("days before the county fair on Monday", "in the run-up to the vote on Monday") is that event's
coming day when it lies at most three days after the article's date, whatever the tense of the sentence
(timex.weekday+event_ahead); not when a verb in the past tells the event ("Before the fair opened on Monday")."""

from __future__ import annotations

import pytest
from tests.facts_helpers import timexes_with_rules


@pytest.mark.parametrize(("text", "expected"), [
    # written on a Friday: the county fair lies ahead, whatever the tense of the sentence
    ("The mayor was nowhere to be seen, only days before the county fair on Monday.",
     [("Monday", "2016-02-01", "timex.weekday+event_ahead")]),
    ("Candidates spent heavily in the run-up to the regional vote on Monday.",
     [("Monday", "2016-02-01", "timex.weekday+event_ahead")]),
])
def test_english_weekday_of_an_event_looked_forward_to_is_the_coming_one(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes_with_rules(text, "2016-01-29") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Before the county fair opened on Monday, the mayor spoke.", [("Monday", "2016-01-25", "timex.weekday")]),
    ("The mayor spoke on Monday.", [("Monday", "2016-01-25", "timex.weekday")]),
])
def test_english_weekday_without_an_event_looked_forward_to_keeps_its_tense(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes_with_rules(text, "2016-01-29") == expected
