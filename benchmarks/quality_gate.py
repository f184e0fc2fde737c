"""Quality floors on the public attribution sets beyond the seed article (issue 7), pinned in
benchmarks/quality_baseline.json with a hash of the data they were measured on:

    python benchmarks/quality_gate.py [--data ../shared/data] [--only de-news-quotes|curated]

Exit status 1 when a figure falls below its floor (tolerance 0.005), 2 when the data changed.
`de-news-quotes` runs `sourcetrace eval de-news-quotes --split test` (shared-task Joint and
Message F1, shared-scorer content and full F1), `curated` runs `sourcetrace eval curated` (per
language: content F1, full F1, sources F1). The seed article's floors are checked by
tests/shared/test_quality_gate.py. These runs take minutes: a benchmark, not a unit test.
A floor is raised by hand after a measured gain, never lowered without saying why in the commit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

BASELINE = Path(__file__).parent / "quality_baseline.json"
TOLERANCE = 0.005


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def _denews(data: Path, section: dict[str, Any]) -> tuple[str, dict[str, float]]:
    from sourcetrace.eval.denews import evaluate

    split = section.get("split", "test")
    res = evaluate(data / "de-news-quotes", split)
    got = {"joint_f1": res["joint"]["f1"], "message_f1": res["message"]["f1"]}
    if "shared_scorer" in res:
        got["shared_attr_content_f1"] = res["shared_scorer"]["attr_content"]["f1"]
        got["shared_attr_full_f1"] = res["shared_scorer"]["attr_full"]["f1"]
    return _digest([data / "de-news-quotes" / f"{split}.jsonl"]), got


def _curated(data: Path, section: dict[str, Any]) -> tuple[str, dict[str, float]]:
    from sourcetrace.eval.curated import curated_articles, evaluate

    res = evaluate(data)
    files = [p for txt, _ in curated_articles(data) for p in (txt, txt.with_name(txt.name.removesuffix(".txt") + ".meta.json"))]
    got = {f"{lang}.{key}": res[lang][key]["f1"] for lang in ("de", "en") if lang in res
           for key in ("attr_content", "attr_full", "sources")}
    return _digest(files), got


RUNS = {"de-news-quotes": _denews, "curated": _curated}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--only", choices=sorted(RUNS))
    args = ap.parse_args(argv)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    status = 0
    for name, run in RUNS.items():
        section = baseline.get(name)
        if section is None or (args.only and args.only != name):
            continue
        digest, got = run(args.data, section)
        if digest != section.get("data_sha256"):
            print(f"{name}: the data changed (sha256 {digest}); re-pin {BASELINE.name}")
            status = max(status, 2)
            continue
        for key, floor in section["floors"].items():
            value = got.get(key)
            ok = value is not None and value >= floor - TOLERANCE
            print(f"{name:15} {key:28} {value if value is not None else '-':>8}  floor {floor:.3f}  {'ok' if ok else 'BELOW'}")
            if not ok:
                status = max(status, 1)
    return status


if __name__ == "__main__":
    sys.exit(main())
