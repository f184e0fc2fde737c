"""Claims two articles share as a mark of one happening (rule `link.story.claims`, off as shipped:
`story_claims_past_veto`, `story_claims_kind`). Invented candidates."""

from __future__ import annotations

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.link.linker import (
    THRESHOLDS,
    StoryCandidate,
    best_story_neighbour,
    claims_tell_one_happening,
    story_score,
)


def test_off_as_shipped() -> None:
    t = THRESHOLDS["use"]
    c = StoryCandidate("b", 0.8, 5, kinds=-1)
    assert not claims_tell_one_happening(c, t, "story_claims_kind")
    assert not claims_tell_one_happening(c, t, "story_claims_past_veto")
    assert story_score(c, t) == pytest.approx(story_score(c._replace(kinds=0), t) - t["story_kind_other"])


def test_two_claims_in_common_keep_the_score_where_the_kinds_differ() -> None:
    t = {**THRESHOLDS["use"], "story_claims_kind": 2}
    # a report of a hearing and one of the interview given after it, both carrying the same two claims
    two = StoryCandidate("interview", t["story"] + 0.1, 2, kinds=-1)
    assert story_score(two, t) == pytest.approx(t["story"] + 0.1)
    assert best_story_neighbour([two], t) == "interview"
    # one claim in common is no mark: the same stump line repeats from one happening to the next
    one = two._replace(shared=1)
    assert story_score(one, t) == pytest.approx(t["story"] + 0.1 - t["story_kind_other"])
    assert best_story_neighbour([one], t) is None


def test_past_the_veto_only_with_enough_claims() -> None:
    t = {**THRESHOLDS["use"], "story_claims_past_veto": 2}
    assert claims_tell_one_happening(StoryCandidate("b", 0.8, 2), t, "story_claims_past_veto")
    assert not claims_tell_one_happening(StoryCandidate("b", 0.8, 1), t, "story_claims_past_veto")


def test_the_replay_lets_a_document_with_enough_claims_in_common_past_the_own_occasion_veto() -> None:
    import sys
    from pathlib import Path
    from types import SimpleNamespace

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from link_devset import replay_stories

    from sourcetrace.link.events import EventKey

    def doc(own: str) -> SimpleNamespace:
        return SimpleNamespace(copy_of=None, event=EventKey(frozenset(), frozenset(), frozenset(), own=frozenset({own})))

    # the first report tells a rally of the 10th, the second one of the 13th (another rally to the veto),
    # but reports two of the first one's claims
    docs = {"a": doc("rally@2026-03-10"), "b": doc("rally@2026-03-13")}
    t = THRESHOLDS["use"]
    linked = SimpleNamespace(docs=docs, day_of=lambda d: None,
                             story_trace=[("a", []), ("b", [StoryCandidate("a", t["story"] + 0.1, 2)])])
    assert replay_stories(linked, t)["b"] == "b"
    assert replay_stories(linked, {**t, "story_claims_past_veto": 2})["b"] == "a"
    assert replay_stories(linked, {**t, "story_claims_past_veto": 3})["b"] == "b"
