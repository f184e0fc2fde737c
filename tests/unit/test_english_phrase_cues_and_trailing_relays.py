"""English cues of several words ('made clear that', 'made it clear that', 'left no doubt that', 'made the
case that'), read word for word in their inflected forms only, and a second speech act of the sentence
('…, adding that …') kept when an according-to phrase closes the sentence; a long setting between the cue
and "that" (sentences of our own; issue 7)."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import en_after_headline, joined_contents, source_name


@pytest.mark.parametrize("cue", ["made clear", "made it clear", "left no doubt", "made the case"])
def test_phrase_cue_states_a_claim(cue: str) -> None:
    doc = en_after_headline(f"The harbor master {cue} that the pier would stay shut until June.")
    assert joined_contents(doc) == ["that the pier would stay shut until June"]
    assert source_name(doc, doc.attributions[0]) is not None
    assert doc.span_text(doc.attributions[0].cue) == cue


@pytest.mark.parametrize("text", [
    "The chef made pasta that the guests loved.",
    "The storm left no trace of the old pier.",
    "If you make clear that your guests leave by ten, the neighbors will relax.",
])
def test_no_phrase_cue(text: str) -> None:
    assert en_after_headline(text).attributions == []


def test_second_speech_act_before_trailing_according_to() -> None:
    doc = en_after_headline("The bishop said that his visit was private, adding that critics should read the schedule, "
                            "according to Reuters.")
    assert joined_contents(doc) == ["that his visit was private", "that critics should read the schedule"]
    assert all([v.name for v in a.via] == ["Reuters"] for a in doc.attributions)


def test_long_setting_between_cue_and_that() -> None:
    doc = en_after_headline("The governor said in a long statement released by her office on Tuesday that the bridge would reopen.")
    assert joined_contents(doc) == ["that the bridge would reopen"]
    assert source_name(doc, doc.attributions[0]) == "governor"


def test_setting_runs_no_further_than_its_limit() -> None:
    doc = en_after_headline("The governor spoke in a hall full of farmers and ranchers from the three northern counties of the "
                            "state that the union had rented.")
    assert doc.attributions == []
