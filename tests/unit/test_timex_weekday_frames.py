"""A weekday after words that look forward to it ("heading into Friday's ballot") or that can only
follow it ("a recount of Sunday's ballot"): invented sentences, resolved against a given article date."""

from __future__ import annotations

import pytest
from tests.conftest import analyze


def weekdays(text: str, date: str) -> list[str]:
    doc = analyze(text, date=date)
    return [str(t.value) for t in doc.timexes if t.rule == "timex.weekday"]


# 2024-10-14 is a Monday, 2024-10-16 a Wednesday
@pytest.mark.parametrize(("text", "date", "value"), [
    # a narrative in the past tense on the eve of a vote still looks ahead to it
    ("Heading into Tuesday's harbour ballot, the mayor was three points ahead in one poll.", "2024-10-14", "2024-10-15"),
    ("Ahead of Wednesday's ferry vote, both camps raised money.", "2024-10-14", "2024-10-16"),
    ("The council met twice before Tuesday's ballot on the new pier.", "2024-10-14", "2024-10-15"),
    # the article's own weekday: that day
    ("Going into Monday's caucuses, the senator visited ten towns.", "2024-10-14", "2024-10-14"),
    # the day before the article: the frame looks back at it from there
    ("Heading into Tuesday's primaries, the mayor had won forty delegates.", "2024-10-16", "2024-10-15"),
    # further off than two days, the tense decides as before (past: the last such day)
    ("Ahead of Friday's ferry vote, both camps raised money.", "2024-10-14", "2024-10-11"),
])
def test_a_weekday_after_words_that_look_ahead_is_the_coming_one_when_near(text: str, date: str, value: str) -> None:
    assert weekdays(text, date) == [value]


@pytest.mark.parametrize(("text", "date", "value"), [
    # a recount follows its vote: a Monday article's "Monday's vote" is the week before
    ("The board ruled that a recount of Monday's ferry ballot was not possible.", "2024-10-14", "2024-10-07"),
    ("A recount of Saturday's vote was ordered.", "2024-10-14", "2024-10-12"),
    ("In the aftermath of Sunday's flood, the town will rebuild the dyke.", "2024-10-14", "2024-10-13"),
])
def test_a_weekday_after_words_that_follow_it_is_the_last_one(text: str, date: str, value: str) -> None:
    assert weekdays(text, date) == [value]


def test_a_weekday_with_a_word_of_its_own_is_read_by_that_word() -> None:
    # "last" decides, whatever frame stands before it
    assert weekdays("Ahead of last Tuesday's vote, the mayor said little.", "2024-10-14") == ["2024-10-08"]


# 2024-10-18 is a Friday
@pytest.mark.parametrize(("text", "date", "value"), [
    # "before" with no verb of its own looks ahead to the coming day, whatever the tense of the sentence
    ("The two coaches met before Saturday's final in the old stadium.", "2024-10-18", "2024-10-19"),
    ("The mayor spoke before Saturday’s delayed vote on the pier.", "2024-10-18", "2024-10-19"),
    # "before" opening a clause whose verb is past: that day is past, the tense decides
    ("Fans had filled the square before Saturday's final began.", "2024-10-17", "2024-10-12"),
    ("Police had closed two roads before Saturday's march started in the old town.", "2024-10-18", "2024-10-12"),
])
def test_before_looks_ahead_unless_its_own_clause_is_past(text: str, date: str, value: str) -> None:
    assert weekdays(text, date) == [value]


@pytest.mark.parametrize(("text", "date", "value"), [
    # a wake or an aftermath may follow on the same day: the article's own Friday stays that Friday
    ("In the wake of Friday's storm, the ferry stayed in port.", "2024-10-18", "2024-10-18"),
    ("In the aftermath of Friday's storm the mayor visited the harbour.", "2024-10-18", "2024-10-18"),
    ("In the wake of Tuesday's storm, the ferry stayed in port.", "2024-10-18", "2024-10-15"),
    # a recount cannot: the Friday before
    ("A recount of Friday's ballot was ordered.", "2024-10-18", "2024-10-11"),
])
def test_a_wake_may_follow_the_same_day_a_recount_does_not(text: str, date: str, value: str) -> None:
    assert weekdays(text, date) == [value]


def test_frames_are_read_in_the_texts_language_only() -> None:
    from sourcetrace.steps.timex.values import _frames

    assert "before" in _frames("en")["ahead_frames"]
    assert not any(_frames("de").values())  # German has no frame words: English ones never apply there


@pytest.mark.parametrize("text", [
    "Crowds filled the square before Tuesday's long-awaited harbour vote.",
    "The stalls were set up before Tuesday's rain-soaked market.",
])
def test_a_hyphenated_adjective_after_the_weekday_is_no_past_clause(text: str) -> None:
    # (2024-10-14 is a Monday: the frame 'before' looks ahead to the coming Tuesday)
    assert weekdays(text, "2024-10-14") == ["2024-10-15"]
