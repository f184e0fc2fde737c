"""The reference article, scored with the shared scorer (`shared/eval/score.py`)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from ..api import analyze
from ..writers.json import dumps


def score_file(shared: Path, gold: Path, article: Path, pred_json: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.json"
        pred.write_text(pred_json, encoding="utf-8")
        out = subprocess.run(
            [sys.executable, str(shared / "eval" / "score.py"), str(gold), str(article), str(pred), "--json"],
            capture_output=True, text=True, check=True,
        )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def evaluate_seed(shared: Path) -> dict[str, object]:
    article = shared / "seed" / "article.txt"
    doc = analyze(article.read_bytes(), name=str(article))
    res = score_file(shared, shared / "seed" / "gold.json", article, dumps(doc))
    res = {"corpus": "shared/seed (1 article)", "metric": "shared/eval/score.py", **res}
    return res
