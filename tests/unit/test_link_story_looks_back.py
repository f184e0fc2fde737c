"""Whether a later article looks back at an earlier one's happening (`events.looks_back`, rule
`link.story.looks_back`): a report two or more days after another whose title and lead name neither
the earlier article's date nor the day before, or one a day after it that names another day of its
own, tells the same people's next happening. Invented documents."""

from __future__ import annotations

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from tests.link_helpers import title_and_body as analysed

from sourcetrace.link.events import EventKey, event_key, looks_back
from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, best_story_neighbour, story_score


def key(published: str, days: set[str] = frozenset()) -> EventKey:  # type: ignore[assignment]
    return EventKey(frozenset(), frozenset(days), frozenset(), published=published)


def test_a_later_lead_that_names_the_earlier_day_looks_back() -> None:
    rally = key("2026-03-02", {"2026-03-02"})
    # two days on, the lead names the rally's day or the day before it: one happening told again
    assert looks_back(key("2026-03-04", {"2026-03-02"}), rally) == 1
    assert looks_back(rally, key("2026-03-05", {"2026-03-01"})) == 1
    # two or three days on, the lead names another day or none: the next happening
    assert looks_back(key("2026-03-04", {"2026-03-03"}), rally) == -1
    assert looks_back(key("2026-03-05", set()), rally) == -1
    assert looks_back(rally, key("2026-03-04", {"2026-03-06"})) == -1


def test_a_day_later_the_lead_that_dates_its_happening_elsewhere_tells_another() -> None:
    rally = key("2026-03-02", {"2026-03-02"})
    # a day on, the lead names its own day or an older one, not the rally's: another happening
    assert looks_back(key("2026-03-03", {"2026-03-03"}), rally) == -1
    assert looks_back(key("2026-03-03", {"2026-02-27"}), rally) == -1
    # it names the rally's day or the day before: one happening; only a day ahead: nothing said
    assert looks_back(key("2026-03-03", {"2026-03-02", "2026-03-03"}), rally) == 1
    assert looks_back(key("2026-03-03", {"2026-03-01"}), rally) == 1
    assert looks_back(key("2026-03-03", {"2026-03-09"}), rally) == 0


def test_articles_close_in_date_or_undated_say_nothing() -> None:
    rally = key("2026-03-02", {"2026-03-02"})
    # the next day without a day named: a night's happening is reported the next morning without its day
    assert looks_back(key("2026-03-03", set()), rally) == 0
    # the same day
    assert looks_back(key("2026-03-02", {"2026-02-20"}), rally) == 0
    assert looks_back(key("", set()), rally) == 0
    assert looks_back(rally, key("", {"2026-03-02"})) == 0


def test_the_days_come_from_the_title_and_lead() -> None:
    first = analysed("a", "Harrow rallies in Dunmore", "Ann Harrow spoke to a crowd in Dunmore on Monday.", "2026-03-02")
    later = analysed("b", "Harrow's Monday speech still echoes", "The speech Ann Harrow gave on Monday drew a reply.",
                     "2026-03-04")
    at = later["text"].index("on Monday")
    later["timexes"] = [{"start": at + 3, "end": at + 9, "text": "Monday", "type": "DATE", "value": "2026-03-02"}]
    assert looks_back(event_key(later), event_key(first)) == 1
    later["timexes"] = []
    assert looks_back(event_key(later), event_key(first)) == -1


def test_a_candidate_that_does_not_look_back_falls_below_the_bar() -> None:
    t = THRESHOLDS["use"]
    other = StoryCandidate("other", t["story"] + 0.02, 0, back=-1)
    assert story_score(other, t) == pytest.approx(t["story"] + 0.02 - t["story_not_back"])
    assert best_story_neighbour([other], t) is None
    # one that looks back, or that is too close in date to say: the term does not apply
    assert best_story_neighbour([other._replace(back=1)], t) == "other"
    assert best_story_neighbour([other._replace(back=0)], t) == "other"


def test_two_reports_that_go_back_to_one_earlier_day_look_back_at_one_happening() -> None:
    # a Wednesday and a Friday report that both name the Monday of a storm: the later names neither the
    # earlier's date nor the day before, yet both tell that Monday's happening
    wednesday = key("2026-03-04", {"2026-03-02"})
    assert looks_back(key("2026-03-06", {"2026-03-02"}), wednesday) == 1
    assert looks_back(wednesday, key("2026-03-06", {"2026-03-02", "2026-03-05"})) == 1
    # a day the earlier names as still ahead of it, or none in common: as before
    assert looks_back(key("2026-03-06", {"2026-03-05"}), key("2026-03-04", {"2026-03-05"})) == -1
    assert looks_back(key("2026-03-06", {"2026-02-27"}), wednesday) == -1
