"""A lead paragraph that the extractor drops (set apart in the markup as a teaser) is taken from the
page's JSON-LD `articleBody` when the extracted text's first line stands in it after that lead
(rule reader.html.lead_from_json_ld); nothing is added when the articleBody begins as the text does."""

from __future__ import annotations

import json

import lxml.html

from sourcetrace.readers.html import _lead_from_json_ld

LEAD = "Die Stadtwerke Nordheim bauen ein zweites Windrad am Deich, sagte Bürgermeisterin Lea Storm am Montag."
REST = ["Das erste Windrad liefert seit drei Jahren Strom für rund 900 Haushalte.", "Der Bau soll im Mai beginnen."]


def tree_with(body: str) -> lxml.html.HtmlElement:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Zweites Windrad", "articleBody": body})
    return lxml.html.fromstring(f'<html><head><script type="application/ld+json">{ld}</script></head><body><p>x</p></body></html>')


def test_the_dropped_lead_comes_from_the_article_body() -> None:
    tree = tree_with(LEAD + "\n\n" + "\n\n".join(REST))
    assert _lead_from_json_ld(tree, ["Zweites Windrad am Deich", *REST]) == (1, [LEAD])


def test_nothing_is_added_when_the_text_begins_as_the_article_body() -> None:
    tree = tree_with(LEAD + "\n\n" + "\n\n".join(REST))
    assert _lead_from_json_ld(tree, [LEAD, *REST]) == (0, [])
    assert _lead_from_json_ld(tree_with("<p>" + LEAD + "</p>"), REST) == (0, [])  # a body with markup is not read
    assert _lead_from_json_ld(lxml.html.fromstring("<html><body><p>x</p></body></html>"), REST) == (0, [])


def test_broken_or_deeply_nested_json_ld_is_left_out() -> None:
    # (a JSON parser's RecursionError on a page's nesting must not end the analysis with a traceback)
    for script in ('{"articleBody": "abc', "[" * 50_000 + "]" * 50_000, '{"a":' * 3_000 + '"x"' + "}" * 3_000):
        tree = lxml.html.fromstring(f'<html><head><script type="application/ld+json">{script}</script></head><body><p>x</p></body></html>')
        assert _lead_from_json_ld(tree, REST) == (0, [])


def test_escaped_characters_of_the_article_body_are_read_as_text() -> None:
    lead = "Die Stadtwerke &amp; die Gemeinde Nordheim bauen ein zweites Windrad, sagte Lea Storm am Montag."
    tree = tree_with(lead + "\n\n" + "\n\n".join(REST))
    assert _lead_from_json_ld(tree, ["Zweites Windrad am Deich", *REST]) == (1, [lead.replace("&amp;", "&")])
    # (markup escaped in the JSON is markup still: such a body is not read)
    assert _lead_from_json_ld(tree_with("&lt;p&gt;" + LEAD + "\n\n" + "\n\n".join(REST)), ["Zweites Windrad am Deich", *REST]) == (0, [])
