"""The day a whole article dwells on (`events.main_day`, rule `link.story.main_day`), on invented documents."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.link.events import EventKey, EventStats, event_key, main_day
from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, best_story_neighbour, story_score


def timex(value: str, type_: str = "DATE") -> dict[str, Any]:
    return {"start": 0, "end": 1, "text": "x", "type": type_, "value": value}


def test_the_main_day_is_the_recent_day_the_text_names_most_often() -> None:
    tx = [timex("2026-04-07"), timex("2026-04-07T20:00", "TIME"), timex("2026-04-05"), timex("2026-04-07")]
    assert main_day(tx, "2026-04-08") == "2026-04-07"
    # of equals, the one named first
    assert main_day([timex("2026-04-05"), timex("2026-04-06"), timex("2026-04-06"), timex("2026-04-05")],
                    "2026-04-08") == "2026-04-05"


@pytest.mark.parametrize("timexes, published", [
    ([timex("2026-04-07")], "2026-04-08"),  # named once: no main day
    ([timex("2026-03-20"), timex("2026-03-20")], "2026-04-08"),  # more than a week before
    ([timex("2026-04-10"), timex("2026-04-10")], "2026-04-08"),  # still to come
    ([timex("2026-04-07"), timex("2026-04-07")], ""),  # undated article
    ([timex("2026-W14"), timex("2026-W14"), timex("2026-04", "DATE")], "2026-04-08"),  # no day
])
def test_no_main_day_without_a_recent_day_named_twice(timexes: list[dict[str, Any]], published: str) -> None:
    assert main_day(timexes, published) == ""


def test_a_bare_weekday_of_the_articles_own_weekday_does_not_make_its_main_day() -> None:
    # a Thursday article (2026-04-09) that names "Thursday" (resolved to its own date) twice and
    # Tuesday once: Thursday may be last week's or next week's, so no main day
    thursday = {"start": 0, "end": 8, "text": "Thursday", "type": "DATE", "value": "2026-04-09", "rule": "timex.weekday"}
    tuesday = {"start": 20, "end": 27, "text": "Tuesday", "type": "DATE", "value": "2026-04-07", "rule": "timex.weekday"}
    assert main_day([thursday, thursday, tuesday], "2026-04-09") == ""
    # the weekdays of other days still count, and so does the article's date told otherwise ("today")
    assert main_day([thursday, tuesday, tuesday], "2026-04-09") == "2026-04-07"
    today = {**thursday, "text": "today", "rule": "timex.relday"}
    assert main_day([today, today, tuesday], "2026-04-09") == "2026-04-09"
    # a weekday with a part of its day ("Donnerstagabend") is as ambiguous
    evening = {**thursday, "text": "Donnerstagabend", "type": "TIME", "value": "2026-04-09TEV", "rule": "timex.weekday_part"}
    assert main_day([evening, evening, tuesday], "2026-04-09") == ""
    assert main_day([{**evening, "value": "2026-04-07TEV"}, tuesday], "2026-04-09") == "2026-04-07"
    # a "Thursday" that the analysis resolved to last week's Thursday counts as that day
    last_week = {**thursday, "value": "2026-04-02"}
    assert main_day([last_week, last_week], "2026-04-09") == "2026-04-02"


def test_two_main_days_agree_on_one_day_and_differ_two_days_apart() -> None:
    def key(main: str) -> EventKey:
        return EventKey(frozenset(), frozenset(), frozenset(), main=main)

    assert EventStats.main_day(key("2026-04-07"), key("2026-04-07")) == 1
    assert EventStats.main_day(key("2026-04-07"), key("2026-04-09")) == -1
    assert EventStats.main_day(key("2026-04-07"), key("2026-04-08")) == 0  # a night and the next morning
    assert EventStats.main_day(key("2026-04-07"), key("")) == 0


def test_the_main_day_lowers_a_look_alike_of_another_day_and_lifts_one_of_the_same_day() -> None:
    t = THRESHOLDS["use"]
    other_day = StoryCandidate("rally", t["story"] + 0.05, 0, main=-1)
    assert story_score(other_day, t) == pytest.approx(t["story"] + 0.05 - t["story_main_day_other"])
    assert best_story_neighbour([other_day], t) is None
    assert best_story_neighbour([other_day._replace(main=0)], t) == "rally"
    same_day = StoryCandidate("vote", t["story"] - 0.03, 0, main=1)
    assert best_story_neighbour([same_day], t) == "vote"
    assert best_story_neighbour([same_day._replace(main=0)], t) is None


def test_event_key_reads_the_main_day_of_the_whole_text_and_keeps_it_in_its_dict() -> None:
    lead = "The harbour council voted on the new ferry line."
    body = f"{lead} " + "Filler words about the harbour. " * 40 + "On Tuesday the vote passed. Tuesday was long."
    text = f"Ferry vote\n\n{body}"
    at = [i for i in range(len(text)) if text.startswith("Tuesday", i)]
    doc = {"id": "d", "title": "Ferry vote", "text": text, "date": "2026-04-09", "language": "en",
           "segments": [{"kind": "body", "start": 12, "end": len(text)}],
           "timexes": [{"start": i, "end": i + 7, "text": "Tuesday", "type": "DATE", "value": "2026-04-07"} for i in at]}
    key = event_key(doc)
    assert key.main == "2026-04-07"
    assert EventKey.from_dict(key.as_dict()).main == "2026-04-07"
    assert "main" not in EventKey(frozenset(), frozenset(), frozenset()).as_dict()


def test_a_preview_that_names_its_own_weekday_has_no_main_day_a_report_of_that_day_keeps_it() -> None:
    title = "Ferry vote ahead"
    text = f"{title}\n\nThe harbour council meets on Tuesday to vote on the new ferry line. " \
           + "Filler words about the harbour. " * 40 + "Members said Tuesday would be long."
    at = [i for i in range(len(text)) if text.startswith("Tuesday", i)]

    def doc(rule: str) -> dict[str, Any]:
        return {"id": "d", "title": title, "text": text, "date": "2026-04-07", "language": "en",
                "segments": [{"kind": "body", "start": len(title) + 2, "end": len(text)}],
                "timexes": [{"start": i, "end": i + 7, "text": "Tuesday", "type": "DATE", "value": "2026-04-07",
                             "rule": rule} for i in at]}

    assert event_key(doc("timex.weekday")).main == ""  # a Tuesday article's bare "Tuesday"
    assert event_key(doc("timex.relday")).main == "2026-04-07"  # the day told as the article's own
