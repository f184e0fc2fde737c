"""Dates of session 39 (issue 7), on our own sentences: "this past week" told on a Saturday or Sunday is the week now
closing, the article's own ISO week (timex.rel_week+closing); on a weekday, and "last week" or "the past week" on any
day, it stays the week before the article's."""

from __future__ import annotations

from tests.facts_helpers import timexes_with_rules

_TEXT = "This past week the mill closed. Last week the union met. Fans filled this past week's final match."


def test_this_past_week_on_a_sunday_is_the_week_now_closing() -> None:
    assert timexes_with_rules(_TEXT, "2026-03-08") == [
        ("past week", "2026-W10", "timex.rel_week+closing"), ("Last week", "2026-W09", "timex.rel_week"),
        ("past week", "2026-W10", "timex.rel_week+closing")]


def test_this_past_week_on_a_saturday_is_the_week_now_closing() -> None:
    assert [v for _, v, _ in timexes_with_rules(_TEXT, "2026-03-07")] == ["2026-W10", "2026-W09", "2026-W10"]


def test_this_past_week_on_a_weekday_is_the_week_before() -> None:
    assert [v for _, v, _ in timexes_with_rules(_TEXT, "2026-03-11")] == ["2026-W10", "2026-W10", "2026-W10"]


def test_the_past_week_on_a_sunday_stays_the_week_before() -> None:
    assert [v for _, v, _ in timexes_with_rules("The past week was calm in the harbour.", "2026-03-08")] == ["2026-W09"]
