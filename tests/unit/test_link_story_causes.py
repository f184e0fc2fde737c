"""benchmarks/link_devset.py `story-causes`: how each labelled story pair is found, missed or wrongly
merged, read from recorded story candidates (`story_pair_causes`, `story_cause_table`). Invented
documents and candidates, no corpus."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from link_devset import STORY_CAUSES, replay_stories, story_cause_table, story_pair_causes

from sourcetrace.link.events import EventKey
from sourcetrace.link.linker import THRESHOLDS, StoryCandidate

T = THRESHOLDS["use"]
AT, BELOW = T["story"] + 0.1, T["story"] - 0.2


def _linked() -> SimpleNamespace:
    """Seven reports placed in this order: a ferry grounding (a), its report the next morning (b, beside a),
    the harbour master's statement (c, beside b), a copy of a (d), the new ferry's launch a month on that meets
    a below the bar (e), a rally told on another day than b's rally (f, turned away by the own occasions), and
    a German report sharing nothing of the happening with a (g)."""
    def doc(own: str = "", copy_of: str | None = None, lang: str = "en") -> SimpleNamespace:
        event = EventKey(frozenset(), frozenset(), frozenset(), own=frozenset({own}) if own else frozenset())
        return SimpleNamespace(copy_of=copy_of, event=event, language=lang)

    docs = {"a": doc(), "b": doc("rally@2026-03-10"), "c": doc(), "d": doc(copy_of="a"), "e": doc(),
            "f": doc("rally@2026-03-13"), "g": doc(lang="de")}
    trace = [("a", []), ("b", [StoryCandidate("a", AT, 0)]), ("c", [StoryCandidate("b", AT, 0), StoryCandidate("a", BELOW, 0)]),
             ("d", [StoryCandidate("a", AT, 0)]), ("e", [StoryCandidate("a", BELOW, 0)]),
             ("f", [StoryCandidate("b", AT, 0)]), ("g", [StoryCandidate("a", AT, 0, across=True)])]
    days = {"a": 1, "b": 2, "c": 2, "d": 1, "e": 30, "f": 3, "g": 2}
    return SimpleNamespace(docs=docs, day_of=days.get, story_trace=trace, t=T)


def _pair(a: str, b: str, same: bool) -> dict[str, str]:
    return {"document_a": a, "document_b": b, "same_story": "1" if same else "0", "split": "dev", "set": "invented"}


def test_each_pair_gets_how_it_was_decided() -> None:
    linked = _linked()
    rows = story_pair_causes(linked, [_pair("a", "b", True), _pair("c", "a", False), _pair("a", "d", True),
                                      _pair("a", "e", True), _pair("b", "f", True), _pair("a", "g", True),
                                      _pair("e", "g", False)])
    assert [r["cause"] for r in rows] == ["own_choice", "through_hub", "copy", "below_bar", "vetoed",
                                          "across_unanchored", "not_a_candidate"]
    assert {r["cause"] for r in rows} <= set(STORY_CAUSES)
    assert rows[1]["between"] == ["b"] and rows[1]["together"] and not rows[1]["same_story"]
    assert rows[1]["documents"] == ["a", "c"]  # the earlier, then the later one
    assert rows[3]["apart"] == 29 and rows[3]["candidate"]["score"] < rows[3]["candidate"]["bar"]
    table = story_cause_table(rows, ("dev",))
    assert table["dev"] == table["all"]
    assert table["all"]["found"] == {"copy": 1, "own_choice": 1}
    assert table["all"]["wrongly_merged"] == {"through_hub": 1}
    assert table["all"]["missed"] == {"across_unanchored": 1, "below_bar": 1, "vetoed": 1}


def test_the_replay_records_its_edges_without_changing_the_stories() -> None:
    linked = _linked()
    placed: dict[str, str] = {}
    kept: dict[str, set[str]] = {}
    assert replay_stories(linked, T, placed=placed, kept=kept) == replay_stories(linked, T)
    assert placed == {"b": "a", "c": "b", "d": "a"}
    assert kept["f"] == set() and kept["c"] == {"a", "b"}


def test_a_copy_placed_beside_its_original_is_no_veto() -> None:
    # (rev30c: a copy joins its original's story before any candidate is weighed; apart from
    # another document it meets at the bar, it joined another story — no story veto turned it away)
    linked = _linked()
    linked.docs["h"] = SimpleNamespace(copy_of="g", event=EventKey(frozenset(), frozenset(), frozenset()), language="de")
    linked.story_trace.append(("h", [StoryCandidate("a", AT, 0)]))
    days = {"a": 1, "b": 2, "c": 2, "d": 1, "e": 30, "f": 3, "g": 2, "h": 2}
    linked.day_of = days.get
    (row,) = story_pair_causes(linked, [_pair("a", "h", True)])
    assert not row["together"] and row["cause"] == "joined_other"


def test_each_row_carries_the_titles_and_the_days_of_the_happenings() -> None:
    # (session 34: a wrong merge is read beside the found pairs by its two titles and the days each event key
    # tells — the lead's days, those still to come, the main day, the own occasions; no text beyond the titles)
    linked = _linked()
    linked.docs["a"].title = "Ferry runs aground off the north quay"
    linked.docs["b"].event = EventKey(frozenset(), frozenset({"2026-03-10", "2026-03-12"}), frozenset(),
                                      later=frozenset({"2026-03-12"}), main="2026-03-10",
                                      own=frozenset({"rally@2026-03-10"}))
    (row,) = story_pair_causes(linked, [_pair("b", "a", True)])
    assert row["titles"] == ["Ferry runs aground off the north quay", ""]  # the earlier, then the later (no title)
    assert row["happening"][0] == {"days": [], "later": [], "main": "", "own": []}
    assert row["happening"][1] == {"days": ["2026-03-10", "2026-03-12"], "later": ["2026-03-12"], "main": "2026-03-10",
                                   "own": ["rally@2026-03-10"]}
