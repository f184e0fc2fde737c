"""The names in common of two articles whose kinds of happening differ (rule `link.story.names_kind`): the same
people are what a debate and the next day's rally of one candidate share, so where the kinds the two whole texts
name most have none in common (`link.story.kind`), the names count up to `story_names_kind_other` only.
Incremental: one run and two batches give the same stories. Invented documents, vectors chosen by the test."""

from __future__ import annotations

import pickle
from typing import Any

import numpy as np
import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from tests.link_helpers import StubEncoder, council_background, title_and_body

from sourcetrace.link import Linker
from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, best_story_neighbour, names_counted, story_score

T = THRESHOLDS["use"]


def test_names_count_up_to_the_cap_only_where_the_kinds_differ() -> None:
    cap = T["story_names_kind_other"]
    same_people = StoryCandidate("rally", 0.5, 0, names=0.9, kinds=-1)
    assert names_counted(same_people, T) == pytest.approx(cap)
    assert names_counted(same_people._replace(names=cap / 2), T) == pytest.approx(cap / 2)  # few names: all count
    assert names_counted(same_people._replace(kinds=0), T) == 0.9  # a kind unknown on one side
    assert names_counted(same_people._replace(kinds=1), T) == 0.9
    off = {**T, "story_names_kind_other": -1.0}
    assert names_counted(same_people, off) == 0.9
    assert story_score(same_people, off) - story_score(same_people, T) == pytest.approx(T["event_names"] * (0.9 - cap))
    # claims in common keep the kind's term off, and the names whole (`story_claims_kind`, off as shipped)
    claims = {**T, "story_claims_kind": 2.0}
    assert names_counted(same_people._replace(shared=2), claims) == 0.9


def test_the_same_people_at_the_bar_only_by_their_names_fall_below_it() -> None:
    # (lead cosine 0.65, full texts 0.3, all names in common, a day apart: 0.65 + 0.15 + 0.36 − 0.2 − 0.05 = 0.91
    # off; with the names capped 0.65 + 0.15 + 0.12 − 0.2 − 0.05 = 0.67, below the bar of 0.70)
    rally = StoryCandidate("rally", 0.65, 0, names=0.9, text=0.3, apart=1, kinds=-1)
    assert best_story_neighbour([rally], {**T, "story_names_kind_other": -1.0}) == "rally"
    assert best_story_neighbour([rally], T) is None
    assert best_story_neighbour([rally._replace(kinds=1)], T) == "rally"


def debate() -> dict[str, Any]:
    return title_and_body("na", "Orlov and Brandt spar over Kestrel Bay ferries",
                          "Mayor Orlov and Councillor Brandt of Kestrel Bay met for a debate on Tuesday. The debate "
                          "turned on the ferries. Viewers called the debate a draw (na).", "2026-03-10")


def rally(kind: str = "rally") -> dict[str, Any]:
    return title_and_body("nb", "Orlov and Brandt trade barbs in Kestrel Bay",
                          f"Mayor Orlov spoke at a {kind} in Kestrel Bay, where Councillor Brandt also spoke. The {kind} "
                          f"drew a crowd to the pier. After the {kind} Orlov left for the coast (nb).", "2026-03-11")


def corpus(kind: str = "rally") -> tuple[list[dict[str, Any]], dict[str, np.ndarray]]:
    rng = np.random.default_rng(7)
    docs, table = council_background(rng)  # other happenings of the weeks before
    a = np.zeros(StubEncoder.dim, np.float32)
    a[0] = 1.0
    b = np.zeros(StubEncoder.dim, np.float32)
    b[0], b[7] = 0.45, float(np.sqrt(1 - 0.45**2))  # a lead cosine of 0.45; their full texts and names do the rest
    table["(na)"], table["(nb)"] = a, b
    return [*docs, debate(), rally(kind)], table


def together(lk: Linker) -> bool:
    return lk.story_of("na") == lk.story_of("nb")


def test_a_debate_and_the_next_days_rally_of_the_same_people_stay_apart_in_one_run_and_in_two_batches() -> None:
    docs, table = corpus()
    one = Linker(StubEncoder(table))
    one.story_trace = []
    one.add(docs)
    (cand,) = [c for d, cs in one.story_trace if d == "nb" for c in cs if c.other == "na"]
    assert cand.kinds == -1 and cand.names > T["story_names_kind_other"]
    assert not together(one)
    # the same with the rule off: the names carry the pair past the bar
    off = Linker(StubEncoder(table), thresholds={"story_names_kind_other": -1.0})
    off.add(docs)
    assert together(off)
    ordered = sorted(docs, key=lambda d: d["date"])
    two = Linker(StubEncoder(table))
    two.add(ordered[:25])
    two._texts = pickle.loads(pickle.dumps(two._texts))  # (as a store keeps the index between runs)
    two.add(ordered[25:])
    assert {d["id"]: one.story_of(d["id"]) == one.story_of("na") for d in docs} \
        == {d["id"]: two.story_of(d["id"]) == two.story_of("na") for d in docs}
    # the next day's debate of the same two: one kind, the names count whole, and the two join
    docs, table = corpus("debate")
    lk = Linker(StubEncoder(table))
    lk.add(docs)
    assert together(lk)


def test_a_linker_pickled_before_the_rule_takes_the_cap_of_its_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a store linked before rule link.story.names_kind: its next batch caps the names as a new store does)
    monkeypatch.setitem(THRESHOLDS, "hashing", {**THRESHOLDS["hashing"], "story_names_kind_other": 0.3})
    lk = Linker("hashing")
    del lk.t["story_names_kind_other"]
    assert pickle.loads(pickle.dumps(lk)).t["story_names_kind_other"] == 0.3
    monkeypatch.setitem(THRESHOLDS, "hashing", {k: v for k, v in THRESHOLDS["hashing"].items() if k != "story_names_kind_other"})
    assert "story_names_kind_other" not in pickle.loads(pickle.dumps(Linker("hashing"))).t  # (an encoder without it)
