"""ingest holds analyze's size rule with its own `--max-bytes` (default as analyze's, corpus.inputs.MAX_BYTES):
a file of a folder, a JSONL row or a WARC record over it is counted and set aside with its reason (E006, E096,
E097), never fatal, and the other documents are stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_helpers import article, html_page, warc_bytes, write_jsonl

from sourcetrace.cli.main import main
from sourcetrace.corpus.inputs import MAX_BYTES
from sourcetrace.readers.text import COMMAND_MAX_BYTES

LONG = "Der Kiosk bleibt zu. "


def test_the_default_limit_is_analyzes() -> None:
    assert MAX_BYTES == COMMAND_MAX_BYTES == 500_000


def test_documents_over_the_limit_are_set_aside_with_their_reason(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(article(1), encoding="utf-8")
    (folder / "long.txt").write_bytes(LONG.encode() * (MAX_BYTES // 20))
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "r1", "text": article(2)},
                                                 {"id": "r2", "text": LONG * (MAX_BYTES // 20)}])
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert main(["ingest", str(folder), str(feed), "--db", url, "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "2 added" in err and "2 set aside" in err, err
    assert f"long.txt: [E006] long.txt: {21 * (MAX_BYTES // 20)} bytes, over the limit of {MAX_BYTES} bytes for a text; " \
           "split the file or raise --max-bytes\n" in err
    assert f"[E006] r2: {21 * (MAX_BYTES // 20)} bytes, over the limit of {MAX_BYTES} bytes" in err


def test_max_bytes_sets_the_limit_for_files_rows_and_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "short.txt").write_text(article(3), encoding="utf-8")
    (folder / "long.txt").write_text(article(4) + LONG * 200, encoding="utf-8")
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "r1", "text": article(5)},
                                                 {"id": "r2", "text": article(6) + LONG * 200}])
    small = html_page("Kiosk am Hafen", article(7)).encode()
    page_of_long_text = html_page("Kiosk am Bahnhof", "\n".join(article(i) for i in range(10, 30))).encode()
    big_page = html_page("Kiosk am Markt", article(9)).replace("<footer>", "<!--" + "x" * 30_000 + "--><footer>").encode()
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(warc_bytes([("https://example.org/a", "text/html", small, "200 OK"),
                                 ("https://example.org/b", "text/html", page_of_long_text, "200 OK"),
                                 ("https://example.org/c", "text/html", big_page, "200 OK")]))
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert main(["ingest", str(folder), str(feed), str(warc), "--db", url, "--workers", "1", "--max-bytes", "3000"]) == 1
    err = capsys.readouterr().err
    assert "3 added" in err and "4 set aside" in err, err
    assert "long.txt: [E006] long.txt: " in err and "over the limit of 3000 bytes for a text; split the file or " \
           "raise --max-bytes" in err
    assert "[E006] r2: " in err
    # a page may be 10 times the limit, its text not; a record over 10 times it is not read further
    assert "[E097] https://example.org/b: the text of the HTML page is " in err
    assert "[E096] https://example.org/c: the HTML page is more than 30000 bytes, over the limit of 30000 bytes" in err


@pytest.mark.parametrize("value", ["0", "-5"])
def test_a_limit_that_is_no_size_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str) -> None:
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", url, f"--max-bytes={value}"]) == 2
    err = capsys.readouterr().err
    assert "[E052]" in err and err.count("\n") == 1 and "Traceback" not in err
