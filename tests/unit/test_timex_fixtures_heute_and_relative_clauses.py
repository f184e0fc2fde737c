"""Dates of fixtures, of "heute"/"today" and of days a clause describes (issue 7; sentences of our own): the
present of a fixture or schedule points forward; "heute" of a present state is PRESENT_REF, of an event
on the day the day, and a bare "(heute)"/"(today)" the day; "jeden Morgen" is no date; a day or year
that a relative clause describes is no duration; "of yesterday" is the past figuratively."""

from __future__ import annotations

import pytest
from tests.facts_helpers import timexes


@pytest.mark.parametrize(("text", "word", "value"), [
    ("The Hawks play Saturday against the Lions, with a one-game lead.", "Saturday", "2026-03-14"),
    ("The Hawks lost on Saturday and play the Lions on Sunday.", "Sunday", "2026-03-15"),
    ("The Hawks lost on Saturday and play the Lions on Sunday.", "Saturday", "2026-03-07"),
    ("The museum opens Friday, officials said.", "Friday", "2026-03-13"),
    ("The ski course, which begins in late January, is full.", "January", "2027-01"),
    # a noun after an article is no verb of the future
    ("The play on Saturday was a disaster.", "Saturday", "2026-03-07"),
    ("The plant closed on Friday.", "Friday", "2026-03-06"),
])
def test_the_present_of_a_fixture_points_forward(text: str, word: str, value: str) -> None:
    assert next(v for s, v in timexes(text) if word in s) == value


@pytest.mark.parametrize(("text", "date"), [
    ("Der Mann lebte mit seiner heute neunjährigen Tochter zwei Jahre in einem Lager.", None),
    ("Der heute 60-jährige Wirt war damals Lehrling.", "2026-03-10"),
    ("Der Streit begann unter Tom Test (heute im Vorstand) und dauerte bis 2011.", None),
])
def test_heute_of_a_present_state_is_present_ref(text: str, date: str | None) -> None:
    assert ("heute", "PRESENT_REF") in timexes(text, date, "de")


def test_heute_of_an_event_on_the_day_stays_the_day() -> None:
    assert ("heute", "2026-03-10") in timexes("Auf der heute in Graz stattfindenden Messe kam es zum Streit.", lang="de")


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Sitzung am Dienstag (heute) wurde verschoben.", "de"),
    ("The vote set for Tuesday (today) was put off, the clerk said.", "en"),
])
def test_a_bare_today_in_parentheses_is_the_day(text: str, lang: str) -> None:
    """A "(heute)"/"(today)" that closes right after names the day again, no present state."""
    assert ("heute" if lang == "de" else "today", "2026-03-10") in timexes(text, lang=lang)


def test_a_part_of_day_after_every_is_no_date() -> None:
    assert timexes("\u201eWir backen jeden Morgen frisch\u201c, sagte sie.", lang="de") == []
    assert ("Morgen", "2026-03-11") in timexes("Morgen kommen die Gäste.", lang="de")


def test_a_day_or_year_that_a_relative_clause_describes_is_no_duration() -> None:
    assert timexes("Each strike is a day when the buses do not run.") == []
    assert timexes("He took office in a year that brought two floods.") == []
    assert ("a day", "P1D") in timexes("He spent a day in jail and a year abroad.")


def test_yesterday_after_of_is_the_past_figuratively() -> None:
    found = timexes("Critics called it the politics of yesterday; the minister quit yesterday.", "2016-08-10")
    assert found == [("yesterday", "PAST_REF"), ("yesterday", "2016-08-09")]
