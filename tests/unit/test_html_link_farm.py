"""A paragraph of thousands of links (rule reader.html.link_farm): left out before extraction when its links
are its text, read as plain text when it is prose; noted in the document either way."""

from __future__ import annotations

import json
import time

import sourcetrace
from sourcetrace.corpus.analyse import reader_state, restore
from sourcetrace.readers.analysis import from_dict
from sourcetrace.readers.html import LINK_FARM_FROM, read_html
from sourcetrace.writers.html import render as render_html
from sourcetrace.writers.json import dumps
from sourcetrace.writers.text import render

STORY = ("<p>The harbour board approved a new ferry line to the islands on Tuesday, its chair said at the pier.</p>"
         "<p>The first boat leaves in June, and tickets will cost less than the bus, according to the board.</p>")


def page(paragraph: str) -> str:
    return f"<html><head><title>Ferry line</title></head><body><article>{STORY}{paragraph}</article></body></html>"


def farm(n: int) -> str:
    return "<p>" + " ".join(f'<a href="/tag/{i}">harbour tag {i}</a>' for i in range(n)) + "</p>"


def test_a_paragraph_of_thousands_of_links_is_left_out_and_noted() -> None:
    n = 3 * LINK_FARM_FROM
    t = time.process_time()
    doc = read_html("farm.html", page(farm(n)))
    assert time.process_time() - t < 3  # (about 1.5 s without the rule; 5 s at 8,000 links, growing with the square)
    assert "ferry line" in doc.text and "harbour tag" not in doc.text
    assert [(x.rule, x.note) for x in doc.reader_notes] == [
        ("reader.html.link_farm", "a paragraph of 3,000 links was left out (a list of links, not the article's text)")]


def test_prose_with_that_many_links_keeps_its_text() -> None:
    words = " ".join(f'said the <a href="/w/{i}">pilot</a> of boat number {i} once more' for i in range(LINK_FARM_FROM + 50))
    doc = read_html("prose.html", page(f"<p>{words}.</p>"))
    assert "said the pilot of boat number 7 once more" in doc.text
    assert [x.note for x in doc.reader_notes] == ["the 1,050 links of a paragraph were read as plain text"]


def test_a_paragraph_of_fewer_links_is_read_as_before() -> None:
    doc = read_html("tags.html", page(farm(LINK_FARM_FROM)))
    assert "harbour tag 7" in doc.text and doc.reader_notes == []
    assert "reader_notes" not in json.loads(dumps(sourcetrace.analyze(page(farm(20)), lang="en")))


def test_the_note_reaches_the_json_the_report_and_a_stored_document() -> None:
    doc = sourcetrace.analyze(page(farm(LINK_FARM_FROM + 1)), lang="en")
    assert json.loads(dumps(doc))["reader_notes"] == [
        {"rule": "reader.html.link_farm", "note": "a paragraph of 1,001 links was left out (a list of links, not the "
                                                  "article's text)"}]
    assert "reader: a paragraph of 1,001 links was left out" in render(doc, width=200)
    assert "[reader.html.link_farm]" in render(doc, width=200, why=True)
    again = restore(doc.text, reader_state(doc), doc.name)
    assert again.reader_notes == doc.reader_notes
    shown = from_dict(json.loads(dumps(doc)), doc.text)
    assert shown.reader_notes == doc.reader_notes
    assert "Reader: a paragraph of 1,001 links was left out" in render_html(shown)
    assert "<code>reader.html.link_farm</code>" in render_html(shown)
