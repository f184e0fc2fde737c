"""The kind of happening two articles report (`events.kind_agreement`, rule `link.story.kind`): the
same people's debate and their rally a day later are two stories. Invented documents."""

from __future__ import annotations

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from tests.link_helpers import title_and_body as analysed

from sourcetrace.link.events import EventKey, event_key, kind_agreement, own_kinds
from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, best_story_neighbour, story_score


def key(own: set[str]) -> EventKey:
    return EventKey(frozenset(), frozenset(), frozenset(), own=frozenset(own))


def test_kinds_agree_when_one_is_common_and_differ_when_none_is() -> None:
    debate, rally = key({"debate@2026-03-10"}), key({"rally@2026-03-11?"})
    assert own_kinds(debate.own) == {"debate"}
    assert kind_agreement(debate, rally) == -1
    # a common kind agrees whatever the days (the days are the own-occasion veto's)
    assert kind_agreement(debate, key({"debate@2026-03-12", "rally@2026-03-12?"})) == 1
    # an article that names no kind often enough says nothing
    assert kind_agreement(debate, key(set())) == 0


def test_the_kinds_come_from_the_whole_text_of_each_article() -> None:
    debate = analysed("a", "Holm and Ross clash", "Holm and Ross met for a debate in Kestrel Bay. "
                      + "The debate turned on the harbour. Viewers called the debate a draw.", "2026-03-11")
    rally = analysed("b", "Ross in Kestrel Bay", "Ross spoke at a rally in Kestrel Bay. "
                     + "The rally drew a large crowd. After the rally he left for the coast.", "2026-03-12")
    other = analysed("c", "Holm in Kestrel Bay", "Holm spoke of the harbour to reporters on the quay.", "2026-03-12")
    assert kind_agreement(event_key(debate), event_key(rally)) == -1
    assert kind_agreement(event_key(debate), event_key(other)) == 0


def test_a_look_alike_of_another_kind_of_happening_falls_below_the_bar() -> None:
    t = THRESHOLDS["use"]
    rally = StoryCandidate("rally", t["story"] + 0.1, 0, kinds=-1)
    assert story_score(rally, t) == pytest.approx(t["story"] + 0.1 - t["story_kind_other"])
    assert best_story_neighbour([rally], t) is None
    assert best_story_neighbour([rally._replace(kinds=0)], t) == "rally"
    assert best_story_neighbour([rally._replace(kinds=1)], t) == "rally"
