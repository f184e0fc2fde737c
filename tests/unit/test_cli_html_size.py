"""--max-bytes and HTML pages: the limit is for the text analysed, so a page may be
HTML_MARKUP_FACTOR times as large (its markup, scripts and styles cost little to read); a page over
that (E096) or whose text is over the limit (E097) gets one line and exit code 2; plain text keeps
the limit as it is (E006)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sourcetrace.cli.main import main
from sourcetrace.readers.text import HTML_MARKUP_FACTOR

ARTICLE = "<p>Die Fähre nach Nordholm fährt ab Mai wieder täglich, sagte der Hafenmeister Ole Brandt am Montag.</p>"


def page(body: str, padding: int) -> str:
    script = "<script>var x = '" + "a" * padding + "';</script>"
    return f"<html><head><title>Fähre fährt wieder</title>{script}</head><body><article>{body}</article></body></html>"


def test_a_page_larger_than_the_limit_whose_text_fits_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "page.html"
    p.write_text(page(ARTICLE * 3, 20_000), encoding="utf-8")
    assert p.stat().st_size > 5_000
    assert main(["analyze", str(p), "--max-bytes", "5000"]) == 0
    assert "Ole Brandt" in capsys.readouterr().out
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(p.read_bytes()))
    assert main(["analyze", str(gz), "--max-bytes", "5000"]) == 0


def test_a_page_over_the_markup_allowance_or_with_too_much_text_is_refused(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.html"
    big.write_text(page(ARTICLE, 5_000 * HTML_MARKUP_FACTOR), encoding="utf-8")
    assert main(["analyze", str(big), "--max-bytes", "5000"]) == 2
    err = capsys.readouterr().err
    assert "[E096]" in err and err.count("\n") == 1
    wordy = tmp_path / "wordy.html"
    paragraphs = "".join(f"<p>Am Tag {k} fuhr die Fähre {k} Mal nach Nordholm und zurück, sagte der Hafenmeister.</p>" for k in range(120))
    wordy.write_text(page(paragraphs, 10), encoding="utf-8")
    assert main(["analyze", str(wordy), "--max-bytes", "5000"]) == 2
    err = capsys.readouterr().err
    assert "[E097]" in err and err.count("\n") == 1


def test_plain_text_keeps_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Die Fähre fährt wieder, sagte Ole Brandt. " * 200, encoding="utf-8")
    assert main(["analyze", str(p), "--max-bytes", "5000"]) == 2
    assert "[E006]" in capsys.readouterr().err


def test_a_page_that_opens_with_a_long_style_block_is_measured_as_a_page(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    # (a saved page whose inline stylesheet comes before its doctype: the reader takes it for HTML, so must the limit)
    style = "<style>" + "".join(f".c{k} {{ color: red; }}\n" for k in range(600)) + "</style>\n"
    assert len(style) > 4096
    p = tmp_path / "styled.html"
    p.write_text(style + page(ARTICLE * 3, 10), encoding="utf-8")
    assert 5_000 < p.stat().st_size < 5_000 * HTML_MARKUP_FACTOR
    assert main(["analyze", str(p), "--max-bytes", "5000"]) == 0
    assert "Ole Brandt" in capsys.readouterr().out
