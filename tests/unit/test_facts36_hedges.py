"""Hedges of session 36 (issue 7), on our own sentences: stated not-knowing ("we don't know how …"), scant
evidence ("little evidence that"), doubt of a named group ("doubt that"), "still in question", "unsure" and
"purporting" are hedges; a certainty ("no doubt that"), "a little evidence", "it appeared on" a show and an
agent's own view ("had seen … as") are not."""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_texts


@pytest.mark.parametrize(("text", "expected"), [
    ('"We don\'t know how the market will react," the trader said.', ["We don't know"]),
    ("Two surveys found little evidence that the levy cut hiring.", ["little evidence that"]),
    ("Several economists doubt that the rebound will last.", ["doubt that"]),
    ("Whether the dam holds is still in question, engineers said.", ["is still in question"]),
    ("Club's future unsure after sponsor exit", ["unsure"]),
    ("A letter purporting to prove the deal circulated online.", ["purporting"]),
])
def test_stated_not_knowing_scant_evidence_and_doubt_are_hedges(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize("text", [
    "There is no doubt that the levy cut hiring.",
    "The survey found a little evidence of growth.",
    "The rumour first spread after it appeared on a morning show.",
    "The ministry hadn't seen as urgent what later became a scandal.",
])
def test_certainty_some_evidence_a_show_and_an_agents_view_are_no_hedges(text: str) -> None:
    assert hedge_texts(text) == []


@pytest.mark.parametrize("text", ["In the poll, 12 percent of voters were unsure.", "I am unsure which bus to take."])
def test_unsure_of_people_about_themselves_is_no_hedge(text: str) -> None:
    assert hedge_texts(text) == []
