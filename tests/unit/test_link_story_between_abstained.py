"""Rule `link.story.between+abstained`: a document that stood between two stories when it was placed (rule
`link.story.between`: it joined neither and started a story of its own) is no rival of a later document. Read as a
story like any other, it made the next report of either happening abstain in turn — a cascade that hung on the order
the documents came in: linked in one run (date order), a report dated before the piece between the two stories was
placed first and joined its story; linked in batches, the same report coming late met the piece as a rival and stood
alone. Invented documents, vectors chosen by the test; the abstentions kept in a store between batches."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, best_story_neighbour, story_score

# the unit part: a ferry strike's story ("quay", "quay-2"), a tram strike's ("depot") and a round-up of the week's
# strikes ("roundup") that stood between them and makes a story of its own
STORY = {"quay": "s1", "quay-2": "s1", "depot": "s2", "roundup": "s3"}.__getitem__


def _cands() -> tuple[StoryCandidate, StoryCandidate, StoryCandidate]:
    quay = StoryCandidate("quay", 0.80, 0, names=0.3, days=0, text=0.4, kinds=1, told=0.8)
    roundup = StoryCandidate("roundup", 0.66, 0, names=0.3, days=0, text=0.3, kinds=1, told=0.6)
    depot = StoryCandidate("depot", 0.62, 0, names=0.3, days=0, text=0.3, kinds=1, told=0.6)
    return quay, roundup, depot


def test_a_rival_that_abstained_itself_is_no_story_beside_the_best() -> None:
    t = THRESHOLDS["use"]
    quay, roundup, _ = _cands()
    assert story_score(roundup, t) >= t["story"] and story_score(quay, t) - story_score(roundup, t) < t["story_between"]
    counts: Counter[str] = Counter()
    # read as a story, the round-up stands within `story_between` of the best: the report abstains (session 39)
    assert best_story_neighbour([quay, roundup], t, STORY, counts) is None and counts["link.story.between"] == 1
    # known to have stood between two stories itself, it is no rival: the report joins the ferry strike's story
    assert best_story_neighbour([quay, roundup], t, STORY, counts, {"roundup"}) == "quay"
    assert counts["link.story.between"] == 1 and counts["link.story.between+abstained"] == 1


def test_a_real_story_beside_the_best_still_counts() -> None:
    t = THRESHOLDS["use"]
    quay, roundup, depot = _cands()
    # the tram strike's story is a rival whatever the round-up did: the report between the two strikes abstains
    assert story_score(quay, t) - story_score(depot, t) < t["story_between"]
    assert best_story_neighbour([quay, roundup, depot], t, STORY, None, {"roundup"}) is None
    # and where the best candidate is the one that abstained, the rule reads the others as before
    assert best_story_neighbour([roundup._replace(sim=0.9), quay], t, STORY, None, {"roundup"}) is None


# -- linked: the same documents in one run and in batches ------------------------------------------------------------

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from tests.link_helpers import StubEncoder, council_background, title_and_body, unit  # noqa: E402

from sourcetrace.link import Linker  # noqa: E402

#: (key, title, body, date, vector): two strikes of one day, a round-up of both the next day, and a report of the
#: ferry strike of the first day that may come in late
ITEMS = [
    ("ka", "Kelmport ferry crews strike over rosters",
     "Ferry crews in Kelmport walked out over new rosters; no ferry left the quay.", "2026-04-10", (1, 0.05)),
    ("kb", "Kelmport ferry strike strands commuters",
     "Commuters waited at the Kelmport quay as the ferry crews stayed on strike over rosters.", "2026-04-10", (1, -0.05)),
    ("ta", "Dunmere tram drivers strike over pay",
     "Tram drivers in Dunmere stopped work over pay; no tram ran in the old town.", "2026-04-10", (0, 1)),
    ("wx", "A week of strikes: ferry crews and tram drivers",
     "Ferry crews in Kelmport and tram drivers in Dunmere both went on strike, over rosters and pay.", "2026-04-11", (1, 1)),
    ("ky", "Kelmport ferry strike: crews reject rosters",
     "The Kelmport ferry crews on strike rejected the rosters again; tram drivers elsewhere watched.", "2026-04-10", (1, 0.2)),
]


def corpus() -> tuple[list[dict[str, Any]], dict[str, np.ndarray]]:
    docs, table = council_background(np.random.default_rng(5))  # other happenings of the weeks before
    for key, title, body, day, (x, y) in ITEMS:
        table[key] = unit(x, y, 0, 0, 0, 0, 0, 0.45 if key == "wx" else 0.3)
        docs.append(title_and_body(key, title, f"{body} ({key})", day))
    return docs, table


def stories(lk: Linker) -> list[list[str]]:
    by: dict[str, list[str]] = {}
    for key, *_ in ITEMS:
        by.setdefault(lk.story_of(key), []).append(key)
    return sorted(sorted(v) for v in by.values())


def test_one_run_and_batches_give_the_same_stories() -> None:
    docs, table = corpus()
    one = Linker(StubEncoder(table))
    one.add(docs)
    # the round-up stands between the two strikes and joins neither; the late report joins its strike
    assert stories(one) == [["ka", "kb", "ky"], ["ta"], ["wx"]] and one.abstained == {"wx"}
    # the report of the first day comes in a later batch, after the round-up of the second day was placed
    two = Linker(StubEncoder(table))
    two.add([d for d in docs if d["id"] != "ky"])
    two.add([d for d in docs if d["id"] == "ky"])
    assert stories(two) == stories(one) and two.abstained == {"wx"}
    # (the round-up alone abstained; the late report, which would have abstained in turn, joined by the rule)
    assert two.vetoed["link.story.between"] == 1 and two.vetoed["link.story.between+abstained"] == 1


def test_the_abstentions_are_kept_in_the_store(tmp_path: Path) -> None:
    from sourcetrace.link import store as ls
    from sourcetrace.store import Store

    docs, table = corpus()
    with Store.open(f"sqlite:///{tmp_path / 's.db'}", create=True) as store:
        lk = Linker(StubEncoder(table))
        lk.add([d for d in docs if d["id"] != "ky"])
        ls.save(store.engine, lk)
        again = ls.load_linker(store.engine, StubEncoder(table))
        assert again.abstained == {"wx"}
        again.add([d for d in docs if d["id"] == "ky"])
        assert stories(again) == [["ka", "kb", "ky"], ["ta"], ["wx"]]
