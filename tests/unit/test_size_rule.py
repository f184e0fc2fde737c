"""One size rule at every door (readers.text): a text may have --max-bytes bytes, an HTML page
HTML_MARKUP_FACTOR times as many and its text again --max-bytes (E006, E096, E097). Plain and gzipped
files and standard input are read by one path (`read_limited`), so a gzipped page over the allowance
gets E096 like a plain one, and an input cut off at the limit is reported as "more than" the limit
that holds for it, not as the size where reading stopped."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest

from sourcetrace import analyze
from sourcetrace.cli.main import main
from sourcetrace.corpus.analyse import read_item
from sourcetrace.corpus.inputs import Item
from sourcetrace.errors import InputError
from sourcetrace.readers.text import HTML_MARKUP_FACTOR, read_path

PARA = "<p>Der Kiosk am Südufer öffnet ab Juni wieder, sagte die Pächterin Greta Holm am Freitag.</p>"


def page(body: str, padding: int = 0) -> str:
    script = f"<script>var pad = '{'b' * padding}';</script>" if padding else ""
    return f"<html><head><title>Kiosk öffnet</title>{script}</head><body><article>{body}</article></body></html>"


def err_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


def test_a_gzipped_page_over_the_allowance_gets_e096_like_a_plain_one(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    big = page(PARA, 5_000 * HTML_MARKUP_FACTOR).encode("utf-8")
    plain, gz = tmp_path / "big.html", tmp_path / "big.html.gz"
    plain.write_bytes(big)
    gz.write_bytes(gzip.compress(big))
    assert main(["analyze", str(plain), "--max-bytes", "5000"]) == 2
    err = err_line(capsys)
    assert "[E096]" in err and f"{len(big)} bytes" in err and "raise --max-bytes" in err
    assert main(["analyze", str(gz), "--max-bytes", "5000"]) == 2
    err = err_line(capsys)
    assert "[E096]" in err and f"(uncompressed): the HTML page is {len(big)} bytes" in err
    # a page read only up to its allowance: "more than" it
    huge = page(PARA, 30_000 * HTML_MARKUP_FACTOR).encode("utf-8")
    gz.write_bytes(gzip.compress(huge))
    assert main(["analyze", str(gz), "--max-bytes", "30000"]) == 2
    err = err_line(capsys)
    assert "[E096]" in err and f"is more than {30_000 * HTML_MARKUP_FACTOR} bytes, over the limit" in err


def test_a_text_over_the_limit_is_reported_against_its_own_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    text = ("Die Pächterin Greta Holm sagte, der Kiosk bleibe bis Juni zu. " * 6_000).encode("utf-8")  # (over the 256 KB read first)
    gz = tmp_path / "long.txt.gz"
    gz.write_bytes(gzip.compress(text))
    assert main(["analyze", str(gz), "--max-bytes", "5000"]) == 2
    err = err_line(capsys)
    assert "[E006]" in err and "more than 5000 bytes, over the limit of 5000 bytes" in err
    # standard input: not the size where reading stopped (10 × the limit, a page's allowance) but the text's rule
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert main(["analyze", "-", "--max-bytes", "5000"]) == 2
    err = err_line(capsys)
    assert "[E006] stdin: more than 5000 bytes, over the limit of 5000 bytes" in err
    # a file whose size is known says it
    plain = tmp_path / "long.txt"
    plain.write_bytes(text)
    assert main(["analyze", str(plain), "--max-bytes", "5000"]) == 2
    assert f"[E006] {plain}: {len(text)} bytes, over the limit of 5000 bytes" in err_line(capsys)


def test_a_short_input_on_stdin_gives_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Greta Holm sagte, der Kiosk bleibe zu. " * 10
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    with pytest.raises(InputError, match=rf"^\[E006\] stdin: {len(data)} bytes, over the limit of 100 bytes"):
        read_path("-", max_bytes=100)


def test_a_page_under_the_allowance_is_read_from_every_kind_of_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = page(PARA * 2, 20_000).encode("utf-8")
    assert 5_000 < len(data) < 5_000 * HTML_MARKUP_FACTOR
    gz = tmp_path / "p.html.gz"
    gz.write_bytes(gzip.compress(data))
    assert read_path(str(gz), max_bytes=5_000)[1] == data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert read_path("-", max_bytes=5_000) == ("stdin", data)


WORDY = page("".join(f"<p>Am {k}. Tag verkaufte der Kiosk {k} Eis, sagte die Pächterin Greta Holm.</p>"
                     for k in range(1, 80)))


def test_the_api_holds_the_same_rule() -> None:
    with pytest.raises(InputError, match=r"^\[E097\] -: the text of the HTML page is \d+ bytes.*larger max_bytes$"):
        analyze(WORDY, max_bytes=2_000)
    with pytest.raises(InputError, match=r"^\[E006\]"):
        analyze("Greta Holm sagte, der Kiosk bleibe zu. " * 100, max_bytes=2_000)
    assert analyze(page(PARA), max_bytes=2_000).text


def test_ingest_and_the_web_app_read_an_item_under_the_rule() -> None:
    """`corpus.analyse.read_item` is the door of ingest and of the web app: a document over the
    limit is refused there, and the worker sets it aside with its reason (never fatal)."""
    with pytest.raises(InputError, match=r"^\[E097\] w\.html: .* over the limit of 2000 bytes for a text; "
                                         r"save the part you need as plain text$"):
        read_item(Item(input="feed.jsonl", where="line 1", id="w.html", data=WORDY.encode(), kind="html", max_bytes=2_000))
    with pytest.raises(InputError, match=r"^\[E006\] t1: 4000 bytes, over the limit of 2000 bytes for a text"):
        read_item(Item(input="feed.jsonl", where="line 2", id="t1", data=b"Kiosk zu. " * 400, kind="text", max_bytes=2_000))
    big = page(PARA, 25_000).encode()
    with pytest.raises(InputError, match=r"^\[E096\]"):
        read_item(Item(input="a.warc", where="record", id="u", data=big, kind="html", max_bytes=2_000))
    assert read_item(Item(input="x", where="", id="k", data=page(PARA, 5_000).encode(), kind="auto",
                          max_bytes=2_000)).input_format == "html"
