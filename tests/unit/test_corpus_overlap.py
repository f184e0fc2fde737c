"""benchmarks/corpus_overlap.py: the lines a git range adds that share a run of 7 words with a corpus
text, on a tiny repository and a tiny ../shared of invented texts in tmp_path; without ../shared the
check exits 0."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus_overlap import added_lines, corpus_texts, grams, hits, main

SEED = "Die Fähre nach Borkum fährt ab Montag wieder zweimal am Tag, teilte die Reederei mit."
CURATED = "The lighthouse keeper counted forty gulls on the roof before the storm arrived."
AEB = "A small bakery in the harbour town sold out of rye bread by nine in the morning."
GNAD = "Im Stadtpark blühen die Kirschbäume heuer zwei Wochen früher als im Vorjahr."
POLNEAR = "The county clerk said the new voting machines would arrive on a yellow truck."
DNQ = "Der Bürgermeister von Kleinstadt versprach einen neuen Spielplatz neben der Schule."


def make_shared(root: Path) -> Path:
    data = root / "data"
    for d in ("seed", "data/articles-curated", "data/scrapinghub-aeb", "data/10kgnad", "data/polnear/data/dev/text",
              "data/de-news-quotes"):
        (root / d).mkdir(parents=True)
    (root / "seed" / "article.txt").write_text(SEED, encoding="utf-8")
    (data / "articles-curated" / "001.txt").write_text(CURATED, encoding="utf-8")
    (data / "scrapinghub-aeb" / "ground-truth.json").write_text(
        json.dumps({"abc123": {"articleBody": AEB, "url": "https://example.org/x"}}), encoding="utf-8")
    (data / "10kgnad" / "test.csv").write_text(f"Panorama;'{GNAD}'\n", encoding="utf-8")
    (data / "polnear" / "data" / "dev" / "text" / "a.txt").write_text(POLNEAR, encoding="utf-8")
    (data / "de-news-quotes" / "dev.jsonl").write_text(
        json.dumps({"documentName": "x", "originalText": "Erster Absatz.\n\n" + DNQ, "annotations": []},
                   ensure_ascii=False) + "\n", encoding="utf-8")
    return root


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   check=True, capture_output=True)


def make_repo(root: Path, added: str) -> Path:
    (root / "src").mkdir(parents=True)
    (root / "src" / "m.py").write_text("x = 1\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "first")
    git(root, "checkout", "-q", "-b", "work")
    (root / "src" / "m.py").write_text("x = 1\n" + added, encoding="utf-8")
    git(root, "commit", "-q", "-am", "second")
    return root


def test_every_corpus_is_read(tmp_path: Path) -> None:
    texts = dict(corpus_texts(make_shared(tmp_path)))
    joined = "\n".join(texts.values())
    for text in (SEED, CURATED, AEB, GNAD, POLNEAR, DNQ):
        assert text in joined
    assert "seed/article.txt" in texts and any(w.startswith("10kgnad") for w in texts)


def test_a_run_over_two_added_lines_is_found_and_placed_on_its_first_line() -> None:
    diff = ("diff --git a/t.py b/t.py\n--- a/t.py\n+++ b/t.py\n@@ -3,0 +4,2 @@\n"
            "+# the keeper counted forty gulls\n+# on the roof before the storm\n")
    blocks = added_lines(diff)
    assert [[(a.path, a.line) for a in b] for b in blocks] == [[("t.py", 4), ("t.py", 5)]]
    found = hits(grams(blocks), [("curated", CURATED)])
    assert found["counted forty gulls on the roof before"][0].line == 4
    assert {where for _, where in found.values()} == {"curated"}


def test_the_check_lists_a_hit_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = make_shared(tmp_path / "shared")
    repo = make_repo(tmp_path / "repo", f'S = "{GNAD}"\nT = "a sentence of our own that says nothing at all"\n')
    assert main(["main...work", "--repo", str(repo), "--shared", str(shared)]) == 1
    out = capsys.readouterr().out
    assert "src/m.py:2: 10kgnad test.csv row 1 | im stadtpark blühen die kirschbäume heuer zwei" in out
    assert "src/m.py:3" not in out


def test_text_of_our_own_passes(tmp_path: Path) -> None:
    shared = make_shared(tmp_path / "shared")
    repo = make_repo(tmp_path / "repo", 'S = "Im Stadtpark steht eine Bank, auf der niemand sitzt."\n')
    assert main(["main...work", "--repo", str(repo), "--shared", str(shared)]) == 0


def test_without_the_shared_texts_the_check_says_why_and_exits_0(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--shared", str(tmp_path / "absent")]) == 0
    assert "no corpus texts" in capsys.readouterr().err
