"""`ingest --engine ray` gives what the local engine gives, document by document, and resumes by
shard. Ray runs in local mode with two CPUs (as in CI); the tests skip without the 'ray' extra."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_helpers import article, english, html_page, write_jsonl

from sourcetrace.cli.main import main

pytest.importorskip("ray")
pytest.importorskip("pyarrow")


def _inputs(root: Path) -> list[str]:
    rows: list[dict[str, object] | str] = [
        {"id": f"r{i}", "text": article(i), "outlet": "Nordstädter Zeitung", "date": "2025-02-03"} for i in range(5)]
    rows.insert(2, "{not json")
    rows.append({"id": "r-en", "html": html_page("Harbour", english(3)), "lang": "en"})
    rows.append({"id": "r-empty", "text": ""})
    write_jsonl(root / "docs.jsonl", rows)
    folder = root / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(article(20), encoding="utf-8")
    (folder / "b.html").write_text(html_page("Hafen", article(21)), encoding="utf-8")
    (folder / "c.txt").write_text(article(20), encoding="utf-8")  # a.txt's text under another name: added
    return [str(root / "docs.jsonl"), str(folder)]


def _export(url: str, out: Path) -> dict[str, dict[str, object]]:
    assert main(["export", "documents", "--db", url, "-o", str(out)]) == 0
    return {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def _failures(url: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    main(["status", "--db", url, "--json"])
    return sorted(f["reason"] for f in json.loads(capsys.readouterr().out)["failures"])



def test_ray_and_local_give_the_same_store(tmp_path: Path, ray_session: object,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    inputs = _inputs(tmp_path)
    local, on_ray = f"sqlite:///{tmp_path / 'local.db'}", f"sqlite:///{tmp_path / 'ray.db'}"
    assert main(["ingest", *inputs, "--db", local, "--workers", "1"]) == 1  # two documents set aside
    assert main(["ingest", *inputs, "--db", on_ray, "--engine", "ray", "--workers", "2", "--shard-size", "3"]) == 1
    a, b = _export(local, tmp_path / "a.jsonl"), _export(on_ray, tmp_path / "b.jsonl")
    assert list(a) == list(b) and len(a) == 9  # in the same order: the shards load one after another
    assert "c.txt" in a  # the same text under another id is a document on both engines
    for doc_id in a:
        assert a[doc_id] == b[doc_id], doc_id
    assert _failures(local, capsys) == _failures(on_ray, capsys) and len(_failures(local, capsys)) == 2
    # the same input again adds nothing; a shard analysed but not loaded when a run was killed is loaded
    staged = sorted((tmp_path / next(p.name for p in tmp_path.glob(".sourcetrace-ray-*"))).glob("*.parquet"))
    assert len(staged) == 4 and all(Path(f"{x}.loaded").exists() for x in staged)
    Path(f"{staged[-1]}.loaded").unlink()
    assert main(["ingest", *inputs, "--db", on_ray, "--engine", "ray", "--workers", "2", "--shard-size", "3"]) == 1
    assert all(Path(f"{x}.loaded").exists() for x in staged)
    assert list(_export(on_ray, tmp_path / "c.jsonl")) == list(a)
    # the old rule on request, on Ray too: the same text under another id is skipped
    skip = f"sqlite:///{tmp_path / 'skip.db'}"
    assert main(["ingest", *inputs, "--db", skip, "--engine", "ray", "--workers", "2", "--shard-size", "3",
                 "--skip-same-text"]) == 1
    assert "c.txt" not in _export(skip, tmp_path / "d.jsonl") and len(_export(skip, tmp_path / "d.jsonl")) == 8


def test_shards_resume_and_load_later(tmp_path: Path, ray_session: object) -> None:
    inputs = _inputs(tmp_path)
    out = tmp_path / "shards"
    assert main(["ingest", *inputs, "--engine", "ray", "--out", str(out), "--shard-size", "3"]) == 1
    shards = sorted(out.glob("*.parquet"))
    assert len(shards) == 4  # 8 JSONL lines in slices of 3, one slice for the folder's 2 files
    # a killed run: one shard lost; the next run redoes only that one
    stamps = {p: p.stat().st_mtime_ns for p in shards}
    shards[1].unlink()
    assert main(["ingest", *inputs, "--engine", "ray", "--out", str(out), "--shard-size", "3"]) == 1
    assert sorted(out.glob("*.parquet")) == shards
    assert all(p.stat().st_mtime_ns == stamps[p] for p in shards if p != shards[1])
    # the shards load into a store as they are, with the same documents as the local engine
    url, local = f"sqlite:///{tmp_path / 'from-shards.db'}", f"sqlite:///{tmp_path / 'local.db'}"
    assert main(["ingest", *map(str, shards), "--db", url]) == 0
    assert main(["ingest", *inputs, "--db", local, "--workers", "1"]) == 1
    assert _export(url, tmp_path / "s.jsonl") == _export(local, tmp_path / "l.jsonl")


def test_ray_options_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = _inputs(tmp_path)
    assert main(["ingest", *inputs, "--out", str(tmp_path / "x")]) == 2
    assert "--engine ray" in capsys.readouterr().err
    (tmp_path / "file").write_text("x")
    assert main(["ingest", *inputs, "--engine", "ray", "--out", str(tmp_path / "file")]) == 2
    err = capsys.readouterr().err
    assert "is a file" in err and "Traceback" not in err
