"""An opinion poll's release is a happening of its own (rule `link.story.poll`, `events.poll_told`,
`events.poll_apart`): a document whose title announces a poll joins no story of a document whose title and lead
name no poll — the same candidates' rally of that day shares their names, day and words but is another happening
—, while a report that retells the poll in its lead may still join it. Invented documents, vectors chosen by the
test."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from tests.link_helpers import StubEncoder, council_background, title_and_body

from sourcetrace.link import Linker
from sourcetrace.link.events import EventKey, event_key, poll_apart, poll_told


def key(poll: int) -> EventKey:
    return EventKey(frozenset(), frozenset(), frozenset(), poll=poll)


def test_the_title_or_the_lead_names_a_poll() -> None:
    assert poll_told("New survey puts Orlov ahead of Brandt", "Orlov leads by four points.", "en") == 2
    assert poll_told("Orlov pulls ahead", "A poll of 900 voters shows Orlov four points up.", "en") == 1
    assert poll_told("Orlov speaks on the pier", "Orlov spoke of the ferries to a crowd.", "en") == 0
    assert poll_told("Umfrage: Orlov vorn", "Orlov liegt vier Punkte vor Brandt.", "de") == 2
    # a whole word only: "polling" and "pollen" name no poll of the list
    assert poll_told("Pollen season in Kestrel Bay", "", "en") == 0


def test_a_polls_report_and_a_document_that_names_no_poll_stay_apart() -> None:
    assert poll_apart(key(2), key(0)) and poll_apart(key(0), key(2))
    assert not poll_apart(key(2), key(1))  # the lead retells the poll
    assert not poll_apart(key(2), key(2))
    assert not poll_apart(key(1), key(0)) and not poll_apart(key(0), key(0))
    assert EventKey.from_dict(key(2).as_dict()).poll == 2
    assert "poll" not in key(0).as_dict()


def poll() -> dict[str, Any]:
    return title_and_body("pa", "Poll: Orlov and Brandt level in Kestrel Bay mayoral race",
                          "Mayor Orlov and Councillor Brandt of Kestrel Bay stand level, a survey of 800 residents "
                          "found on Tuesday. Orlov and Brandt each drew 41 percent in Kestrel Bay (pa).", "2026-03-10")


def other(lead: str) -> dict[str, Any]:
    return title_and_body("pb", "Orlov and Brandt level in Kestrel Bay mayoral race",
                          f"Mayor Orlov and Councillor Brandt of Kestrel Bay {lead} on Tuesday. Orlov and Brandt "
                          "each spoke of the ferries in Kestrel Bay (pb).", "2026-03-10")


def linked(lead: str) -> Linker:
    docs, table = council_background(np.random.default_rng(7))  # other happenings of the weeks before
    a = np.zeros(StubEncoder.dim, np.float32)
    a[0] = 1.0
    table["(pa)"], table["(pb)"] = a, a  # one title-and-lead vector: only the poll tells the two apart
    lk = Linker(StubEncoder(table))
    lk.add([*docs, poll(), other(lead)])
    return lk


def test_a_poll_and_the_same_candidates_rally_are_two_stories_and_a_retelling_of_the_poll_joins_it() -> None:
    rally = linked("spoke at one rally on the pier")
    assert event_key(poll()).poll == 2 and event_key(other("spoke at one rally on the pier")).poll == 0
    assert rally.story_of("pa") != rally.story_of("pb")
    retold = linked("stand level in a new poll")
    assert retold.story_of("pa") == retold.story_of("pb")
