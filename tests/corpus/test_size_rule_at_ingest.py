"""ingest holds analyze's size rule with its own fixed limit (corpus.inputs.MAX_BYTES): a file of a
folder, a JSONL row or a WARC record over it is counted and set aside with its reason (E006, E096,
E097), never fatal, and the other documents are stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_helpers import article, write_jsonl

from sourcetrace.cli.main import main
from sourcetrace.corpus.inputs import MAX_BYTES


def test_documents_over_the_limit_are_set_aside_with_their_reason(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(article(1), encoding="utf-8")
    (folder / "long.txt").write_bytes(b"Der Kiosk bleibt zu. " * (MAX_BYTES // 20))
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "r1", "text": article(2)},
                                                 {"id": "r2", "text": "Der Kiosk bleibt zu. " * (MAX_BYTES // 20)}])
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert main(["ingest", str(folder), str(feed), "--db", url, "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "2 added" in err and "2 set aside" in err, err
    assert f"long.txt: [E006] long.txt: {21 * (MAX_BYTES // 20)} bytes, over the limit of {MAX_BYTES} bytes for a text; " \
           "split the file\n" in err
    assert f"[E006] r2: {21 * (MAX_BYTES // 20)} bytes, over the limit of {MAX_BYTES} bytes" in err
    assert "--max-bytes" not in err  # (ingest has no such flag)
