"""Quality gate on the shared reference article: per-field floors pinned in
benchmarks/quality_baseline.json, with the gold file's hash (skipped when ../shared is absent)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from tests.conftest import shared_path

from sourcetrace.eval.seed import evaluate_seed

BASELINE = json.loads((Path(__file__).resolve().parents[2] / "benchmarks" / "quality_baseline.json").read_text())
TOLERANCE = 0.005


@pytest.mark.shared
def test_seed_scores_stay_above_their_floors() -> None:
    shared = shared_path().resolve()
    gold = shared / "seed" / "gold.json"
    digest = hashlib.sha256(gold.read_bytes()).hexdigest()
    assert digest == BASELINE["seed"]["gold_sha256"], "the gold file changed: re-pin benchmarks/quality_baseline.json"
    res = evaluate_seed(shared)
    floors = BASELINE["seed"]["floors"]
    got = {
        "segment_line_accuracy": res["segment_line_accuracy"],
        "post_handle_recall": res["post_handle_recall"],
        "attr_via_recall": res["attr_via_recall"],
        **{k: res[k]["f1"] for k in ("attr_full", "sources", "hedges", "timex_value", "quantity_value")},  # type: ignore[index]
    }
    low = {k: (got[k], v) for k, v in floors.items() if got[k] < v - TOLERANCE}
    assert not low, f"below floor (got, floor): {low}"
