"""Corpus text kept out of the repository: list the lines a git range adds that share a run of 7
words with any text of ../shared, and exit 1 when there is one.

    python benchmarks/corpus_overlap.py [RANGE [PATH …]] [--shared ../shared] [--repo .] [--n 7]

RANGE is what `git diff` takes (default `main...HEAD`: what this branch adds since it left main);
the paths default to the parts of the repository that carry text of ours (src, tests, benchmarks,
docs, README.md, examples, recipes). The corpus texts read: the seed's `*.txt`, the curated
articles (`data/articles-curated/*.txt`), scrapinghub-aeb's ground-truth `articleBody`, the texts
of 10kGNAD's test.csv, PolNeAR's `*.txt` and every string of de-news-quotes' `*.jsonl` records.
Words are runs of `\\w` characters, lowercased; a run may go over the line ends of consecutive added
lines of one file (a wrapped comment or docstring). A hit prints the file and line where the run
starts, the corpus text it shares (file or record) and the run. Without ../shared the check says
why on stderr and exits 0. `make overlap` runs it on the current branch; a hit is rewritten as our
own words, never kept.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

N = 7
PATHS = ("src", "tests", "benchmarks", "docs", "README.md", "examples", "recipes")
_WORD = re.compile(r"\w+")
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@")


@dataclass(frozen=True)
class Added:
    """A line the range adds: its file, its line number in the new version and its text."""

    path: str
    line: int
    text: str


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def added_lines(diff: str) -> list[list[Added]]:
    """The added lines of a unified diff (`git diff -U0`), in blocks of consecutive lines of one file."""
    blocks: list[list[Added]] = []
    path, line, header = "", 0, False
    block: list[Added] | None = None
    for raw in diff.splitlines():
        if raw.startswith("diff "):
            header, block = True, None
        elif header and raw.startswith("+++ "):
            path = raw[4:].removeprefix("b/")
        elif m := _HUNK.match(raw):
            line, header, block = int(m.group(1)), False, None
        elif header:
            continue
        elif raw.startswith("+"):
            if block is None:
                block = []
                blocks.append(block)
            block.append(Added(path, line, raw[1:]))
            line += 1
        elif not raw.startswith("-"):  # a removed line leaves the added block open
            block = None
    return blocks


def grams(blocks: Iterable[list[Added]], n: int = N) -> dict[str, Added]:
    """Every run of n words of the added blocks, with the line it starts on (the first one seen)."""
    out: dict[str, Added] = {}
    for block in blocks:
        seq = [(w, a) for a in block for w in words(a.text)]
        for i in range(len(seq) - n + 1):
            out.setdefault(" ".join(w for w, _ in seq[i:i + n]), seq[i][1])
    return out


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def corpus_texts(shared: Path) -> Iterator[tuple[str, str]]:
    """(where, text) of every corpus text under `shared` that the check compares with; a corpus that
    is absent is passed over."""
    data = shared / "data"
    for f in sorted([*shared.glob("seed/*.txt"), *data.glob("articles-curated/*.txt")]):
        yield str(f.relative_to(shared)), f.read_text(encoding="utf-8", errors="ignore")
    aeb = data / "scrapinghub-aeb" / "ground-truth.json"
    if aeb.is_file():
        for key, page in json.loads(aeb.read_text(encoding="utf-8")).items():
            yield f"scrapinghub-aeb {key[:12]}", page.get("articleBody") or ""
    gnad = data / "10kgnad" / "test.csv"
    if gnad.is_file():
        csv.field_size_limit(10**9)
        with gnad.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
                if row:
                    yield f"10kgnad test.csv row {i + 1}", row[-1]
    for f in sorted(data.glob("polnear/**/*.txt")):
        yield str(f.relative_to(shared)), f.read_text(encoding="utf-8", errors="ignore")
    for f in sorted(data.glob("de-news-quotes/*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if line.strip():
                    yield f"{f.relative_to(shared)} line {i + 1}", "\n".join(_strings(json.loads(line)))


def hits(added: dict[str, Added], texts: Iterable[tuple[str, str]], n: int = N) -> dict[str, tuple[Added, str]]:
    """The runs of `added` found in a text: run → (its added line, the first text it is found in)."""
    found: dict[str, tuple[Added, str]] = {}
    for where, text in texts:
        w = words(text)
        for i in range(len(w) - n + 1):
            g = " ".join(w[i:i + n])
            if g in added and g not in found:
                found[g] = (added[g], where)
    return found


def git_diff(repo: Path, rng: str, paths: Iterable[str]) -> str:
    return subprocess.run(["git", "-C", str(repo), "diff", "-U0", "--no-color", "--no-ext-diff", rng, "--", *paths],
                          capture_output=True, text=True, check=True).stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("range", nargs="?", default="main...HEAD", help="a git range for `git diff` (default main...HEAD)")
    ap.add_argument("paths", nargs="*", default=list(PATHS), help=f"paths to check (default {' '.join(PATHS)})")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--repo", type=Path, default=Path("."))
    ap.add_argument("--n", type=int, default=N, help=f"words in a run (default {N})")
    args = ap.parse_args(argv)
    if not (args.shared / "data").is_dir() and not (args.shared / "seed").is_dir():
        print(f"no corpus texts at {args.shared}: nothing to compare with", file=sys.stderr)
        return 0
    added = grams(added_lines(git_diff(args.repo, args.range, args.paths)), args.n)
    found = hits(added, corpus_texts(args.shared), args.n)
    for g, (a, where) in sorted(found.items(), key=lambda kv: (kv[1][0].path, kv[1][0].line)):
        print(f"{a.path}:{a.line}: {where} | {g}")
    print(f"{len(added)} runs of {args.n} words added in {args.range}, {len(found)} found in a corpus text",
          file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
