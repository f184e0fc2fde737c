"""A cap on the elements of an HTML page (E098): trafilatura's time grows with the markup, so a page of
very many (even empty) elements is refused with one line before extraction, in `analyze` (exit code 2)
and in batch (`ingest` sets the document aside with its reason and goes on). Generated pages only."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sourcetrace.cli.main import main
from sourcetrace.corpus.analyse import analyse_item
from sourcetrace.corpus.inputs import Failure, Item
from sourcetrace.readers.html import MAX_HTML_ELEMENTS

ARTICLE = "<p>Die Fähre nach Nordholm fährt ab Mai wieder täglich, sagte der Hafenmeister Ole Brandt am Montag.</p>"


def page(empty: int) -> str:
    return f"<html><head><title>Fähre</title></head><body><article>{ARTICLE * 3}{'<i></i>' * empty}</article></body></html>"


def test_a_page_of_too_many_elements_is_refused_before_extraction(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "dense.html"
    p.write_text(page(MAX_HTML_ELEMENTS), encoding="utf-8")
    start = time.process_time()
    assert main(["analyze", str(p)]) == 2
    assert time.process_time() - start < 10  # (trafilatura is not reached: it took 36 s for 160,000 elements)
    err = capsys.readouterr().err
    assert "[E098]" in err and str(MAX_HTML_ELEMENTS) in err and err.count("\n") == 1


def test_a_page_under_the_cap_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "page.html"
    p.write_text(page(200), encoding="utf-8")
    assert main(["analyze", str(p)]) == 0
    assert "Ole Brandt" in capsys.readouterr().out


def test_ingest_sets_a_dense_page_aside_with_its_reason() -> None:
    dense = analyse_item(Item(input="crawl.jsonl", where="line 2", id="d1", data=page(MAX_HTML_ELEMENTS).encode(), kind="html"))
    assert isinstance(dense, Failure) and "[E098]" in dense.reason and dense.where == "line 2"
    auto = analyse_item(Item(input="dense.html", where="", id=None, data=page(MAX_HTML_ELEMENTS).encode()))
    assert isinstance(auto, Failure) and "[E098]" in auto.reason
    assert not isinstance(analyse_item(Item(input="ok.html", where="", id="d2", data=page(10).encode(), kind="html")), Failure)


def test_a_paragraph_of_many_inline_tags_is_read_in_time_linear_in_its_markup() -> None:
    """trafilatura strips inline formatting and leaves a text node per piece, which its paragraph test reads
    in quadratic time (rule reader.html.flatten_inline: stripped and joined first on such a page)."""
    from sourcetrace.readers.html import FLATTEN_FROM, read_html

    def words(n: int, wrap: str = "<b>{}</b> <i>x</i> ") -> str:
        return "<p>" + "".join(wrap.format(f"w{k}") for k in range(n)) + "</p>"

    n = 10_000  # (20,000 inline elements: 0.4 s of CPU read this way, about 18 s before)
    assert 2 * n > FLATTEN_FROM
    for wrap in ("<b>{}</b> <i>x</i> ", "<span>{}</span> <span><em>x</em></span> "):
        start = time.process_time()
        doc = read_html("dense.html", f"<html><head><title>Fähre</title></head><body><article>{ARTICLE}{words(n, wrap)}"
                                      "</article></body></html>")
        assert time.process_time() - start < 5
        assert "Ole Brandt" in doc.text and "w0 x w1 x w2" in doc.text and f"w{n - 1} x" in doc.text
    # an author or date span is kept for trafilatura's metadata
    from lxml import html as lxml_html

    from sourcetrace.readers.html import _flatten_inline
    tree = lxml_html.fromstring('<div><p><span class="author-name">Ole Brandt</span> <span>und</span> <b>er</b></p></div>')
    _flatten_inline(tree)
    assert lxml_html.tostring(tree) == b'<div><p><span class="author-name">Ole Brandt</span> und er</p></div>'


def test_a_page_of_thousands_of_short_blocks_is_read_without_the_fallback_extractors() -> None:
    """justext (a fallback of trafilatura) is quadratic in the short blocks of a page; a page of more than
    NO_FALLBACK_FROM blocks is read without it (rule reader.html.no_fallback)."""
    from sourcetrace.readers.html import NO_FALLBACK_FROM, read_html

    n = NO_FALLBACK_FROM // 2 + 500
    comments = "".join(f"<div class='comment'><span class='author'>Leser {k}</span><p>Gut so {k}.</p></div>"
                       for k in range(n))
    start = time.process_time()
    doc = read_html("many.html", f"<html><head><title>Fähre</title></head><body><article>{ARTICLE * 3}</article>"
                                 f"<section class='comments'>{comments}</section></body></html>")
    assert time.process_time() - start < 20  # (about 60 s with justext)
    assert "Ole Brandt" in doc.text
