"""The analysis is deterministic: the same input gives the same JSON in every process, whatever the
hash seed of that process (sets and dicts of strings iterate in an order that PYTHONHASHSEED sets)
and whatever documents the process analysed before (a cache shared across documents must not change
a result). Three texts of our own (tests/fixtures/determinism: an English report, a German one, an
English HTML page) with quotations, pronoun speakers, according-to phrases, outlets and chain links
are analysed in two fresh processes: in one order under one hash seed, in the reverse order under
another; each document's JSON must be the same in both, so the last document of one process (analysed
after the two others) equals the first of the other (analysed alone)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import sourcetrace

FIXTURES = Path(__file__).parent.parent / "fixtures" / "determinism"
DOCS = ("harbor_en.txt", "werft_de.txt", "museum_en.html")

# analyses the files named on the command line in that order; prints {file name: analysis JSON}
SCRIPT = """
import json, sys
from pathlib import Path
from sourcetrace.api import analyze
from sourcetrace.writers.json import dumps
out = {}
for path in sys.argv[1:]:
    out[Path(path).name] = json.loads(dumps(analyze(Path(path).read_bytes(), name=Path(path).name, date="2024-05-20")))
print(json.dumps(out, sort_keys=True))
"""


def _run(seed: str, names: list[str]) -> dict[str, object]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    src = str(Path(sourcetrace.__file__).resolve().parents[1])  # the tree under test, not an installed copy
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)
    run = subprocess.run([sys.executable, "-c", SCRIPT, *(str(FIXTURES / n) for n in names)],
                         capture_output=True, text=True, check=True, env=env)
    result: dict[str, object] = json.loads(run.stdout)
    return result


def test_same_json_under_two_hash_seeds_and_both_orders() -> None:
    first = _run("0", list(DOCS))
    second = _run("1", list(reversed(DOCS)))
    assert sorted(first) == sorted(DOCS)
    for name in DOCS:
        assert first[name] == second[name], name
    # the fixture exercises attribution: every text has attributions with named sources
    for name in DOCS:
        doc = first[name]
        assert isinstance(doc, dict)
        assert len(doc["attributions"]) >= 3, name
        assert any(a.get("source") for a in doc["attributions"]), name
