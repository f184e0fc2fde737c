"""Rule `link.story.title_told` read incrementally: the IDF of a title's words is that of the documents
linked before, so a corpus linked in one run and in two batches (the second one later in date, the
index pickled between them as a store keeps it) gives the same stories. Invented documents, vectors
chosen by the test (review of session 33)."""

from __future__ import annotations

import pickle
from typing import Any

import numpy as np
import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from tests.link_helpers import StubEncoder, council_background, noisy_axis, title_and_body

from sourcetrace.link import Linker


def corpus() -> tuple[list[dict[str, Any]], dict[str, np.ndarray]]:
    rng = np.random.default_rng(7)

    docs, table = council_background(rng)  # other happenings of the weeks before
    same = [("Mayor Orlov turns down ferry debate invitation", "Orlov refused the channel's ferry debate invitation.", "2026-03-10"),
            ("Why Orlov turned down the ferry debate", "A day after the refusal of the debate invitation, Orlov explained.",
             "2026-03-11"),
            ("Ferry debate invitation: rivals mock Orlov", "Rivals mocked the mayor for turning down the invitation.", "2026-03-11")]
    other = [("Orlov unveils cheaper boat fares for pupils", "The city hall presented a cut of boat fares for pupils.", "2026-03-11"),
             ("Pupils welcome Orlov's fare cut", "Pupils and parents welcomed the lower fares on the boats.", "2026-03-11")]
    for prefix, items in (("za", same), ("zb", other)):
        for j, (title, body, day) in enumerate(items):
            key = f"{prefix}{j}"
            table[key] = noisy_axis(rng, 0, 0.17)  # one look for all five: only the words part them
            docs.append(title_and_body(key, title, f"{body} ({key})", day))
    return docs, table


def stories(lk: Linker, docs: list[dict[str, Any]]) -> list[list[str]]:
    by: dict[str, list[str]] = {}
    for d in docs:
        by.setdefault(lk.story_of(d["id"]), []).append(d["id"])
    return sorted(sorted(v) for v in by.values() if len(v) > 1)


def test_one_run_and_two_batches_give_the_same_stories() -> None:
    docs, table = corpus()
    one = Linker(StubEncoder(table))
    one.add(docs)
    ordered = sorted(docs, key=lambda d: d["date"])
    two = Linker(StubEncoder(table))
    two.add(ordered[:25])
    two._texts = pickle.loads(pickle.dumps(two._texts))  # (as a store keeps the index between runs)
    two.add(ordered[25:])
    assert stories(one, docs) == stories(two, docs)
    # the rule parts the two happenings here: without it the fares join the debate refusal
    assert ["za0", "za1", "za2"] in stories(one, docs) and ["zb0", "zb1"] in stories(one, docs)
    off = Linker(StubEncoder(table), thresholds={"story_title_untold": 0.0})
    off.add(docs)
    assert ["za0", "za1", "za2", "zb0", "zb1"] in stories(off, docs)
