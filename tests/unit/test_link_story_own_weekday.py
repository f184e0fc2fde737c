"""The common date of two articles that both name it only by a bare weekday (rule `link.story.own_weekday`): "on
Friday" in two Friday articles may as well be the last or the next Friday, and tells nothing of one happening
that their common date does not — the same people's other happening of that day. Such a day is no common day
(`EventStats.days`), so that `link.story.title_told` reads the pair; across languages it stays one (there a
common day is what lets a pair be compared at all). Incremental: one run and two batches give the same stories.
Invented documents, vectors chosen by the test."""

from __future__ import annotations

import pickle
from typing import Any

import numpy as np
import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from tests.link_helpers import StubEncoder, council_background, noisy_axis, span_at, title_and_body

from sourcetrace.link import Linker
from sourcetrace.link.events import EventKey, EventStats, event_key

FRIDAY = "2026-03-13"


def on_day(doc: dict[str, Any], words: str, value: str, rule: str = "timex.weekday") -> dict[str, Any]:
    """`doc` with a DATE timex on `words` of its body, resolved to `value` by the timex rule `rule`."""
    t = span_at(doc["text"], words, type="DATE", value=value, rule=rule)
    t["start"] = doc["text"].index(words, doc["segments"][0]["start"])
    t["end"] = t["start"] + len(words)
    doc["timexes"] = [*doc["timexes"], t]
    return doc


def refusal(day: str = FRIDAY, lang: str = "en") -> dict[str, Any]:
    return on_day(title_and_body("ya", "Mayor Orlov turns down ferry debate invitation",
                                 "On Friday Orlov refused the channel's ferry debate invitation (ya).", day, lang),
                  "Friday", FRIDAY)


def fares(day: str = FRIDAY, lang: str = "en") -> dict[str, Any]:
    return on_day(title_and_body("yb", "Orlov unveils cheaper boat fares for pupils",
                                 "On Friday the city hall presented a cut of boat fares for pupils (yb).", day, lang),
                  "Friday", FRIDAY)


def test_a_bare_own_weekday_is_no_common_day() -> None:
    a, b = event_key(refusal()), event_key(fares())
    assert a.weekday_only and b.weekday_only and a.days == b.days == {FRIDAY}
    assert EventKey.from_dict(a.as_dict()) == a
    assert EventStats.days(a, b) == 0
    # across languages the common day stays one
    assert EventStats.days(a, b, one_language=False) == 1


def test_a_day_named_otherwise_or_another_date_stays_common() -> None:
    # the date written out in one lead: one day of the happening
    doc = fares()
    doc["timexes"] = []
    doc["text"] = doc["text"].replace("On Friday", "On March 13")
    on_day(doc, "March 13", FRIDAY, "timex.date")
    assert not event_key(doc).weekday_only
    assert EventStats.days(event_key(refusal()), event_key(doc)) == 1
    # a report of the next day that names Friday: not its own date, the earlier day looked back to
    later = fares("2026-03-14")
    assert not event_key(later).weekday_only
    assert EventStats.days(event_key(refusal()), event_key(later)) == 1
    # a lead that names its own date by a weekday and by the written date as well
    both = on_day(fares(), "the city hall", FRIDAY, "timex.date")
    assert not event_key(both).weekday_only


def corpus(explicit: bool = False) -> tuple[list[dict[str, Any]], dict[str, np.ndarray]]:
    rng = np.random.default_rng(11)

    docs, table = council_background(rng)  # other happenings of the weeks before
    for d in (refusal(), fares()):
        if explicit:  # the day written out: a common day of the happening
            d["text"] = d["text"].replace("On Friday", "On March 13")
            d["timexes"] = []
            on_day(d, "March 13", FRIDAY, "timex.date")
        table[d["id"]] = noisy_axis(rng, 0, 0.05)  # one look for both: only their days and words part them
        docs.append(d)
    return docs, table


def together(lk: Linker) -> bool:
    return lk.story_of("ya") == lk.story_of("yb")


def test_the_same_people_on_the_same_friday_stay_apart_in_one_run_and_in_two_batches() -> None:
    docs, table = corpus()
    one = Linker(StubEncoder(table))
    one.add(docs)
    assert not together(one)
    ordered = sorted(docs, key=lambda d: d["date"])
    two = Linker(StubEncoder(table))
    two.add(ordered[:25])
    two._texts = pickle.loads(pickle.dumps(two._texts))  # (as a store keeps the index between runs)
    two.add(ordered[25:])
    assert {d["id"]: one.story_of(d["id"]) == one.story_of("ya") for d in docs} \
        == {d["id"]: two.story_of(d["id"]) == two.story_of("ya") for d in docs}
    # with the day written out the two name one day of the happening, and join
    docs, table = corpus(explicit=True)
    lk = Linker(StubEncoder(table))
    lk.add(docs)
    assert together(lk)
