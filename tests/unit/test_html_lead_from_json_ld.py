"""A lead paragraph that the extractor drops (set apart in the markup as a teaser) is taken from the
page's JSON-LD `articleBody` when the extracted text's first line stands in it after that lead
(rule reader.html.lead_from_json_ld); nothing is added when the articleBody begins as the text does."""

from __future__ import annotations

import json

import lxml.html

from sourcetrace.readers.html import _lead_from_json_ld, read_html

LEAD = "Die Stadtwerke Nordheim bauen ein zweites Windrad am Deich, sagte Bürgermeisterin Lea Storm am Montag."
PAGE: dict[str, str | None] = {"title": "Zweites Windrad | Nordheimer Bote", "url": None}
REST = ["Das erste Windrad liefert seit drei Jahren Strom für rund 900 Haushalte.", "Der Bau soll im Mai beginnen."]


def tree_with(body: str) -> lxml.html.HtmlElement:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Zweites Windrad", "articleBody": body})
    return lxml.html.fromstring(f'<html><head><script type="application/ld+json">{ld}</script></head><body><p>x</p></body></html>')


def test_the_dropped_lead_comes_from_the_article_body() -> None:
    tree = tree_with(LEAD + "\n\n" + "\n\n".join(REST))
    assert _lead_from_json_ld(tree, ["Zweites Windrad am Deich", *REST], **PAGE) == (1, [LEAD])


def test_nothing_is_added_when_the_text_begins_as_the_article_body() -> None:
    tree = tree_with(LEAD + "\n\n" + "\n\n".join(REST))
    assert _lead_from_json_ld(tree, [LEAD, *REST], **PAGE) == (0, [])
    assert _lead_from_json_ld(tree_with("<p>" + LEAD + "</p>"), REST, **PAGE) == (0, [])  # a body with markup is not read
    assert _lead_from_json_ld(lxml.html.fromstring("<html><body><p>x</p></body></html>"), REST, **PAGE) == (0, [])


def test_broken_or_deeply_nested_json_ld_is_left_out() -> None:
    # (a JSON parser's RecursionError on a page's nesting must not end the analysis with a traceback)
    for script in ('{"articleBody": "abc', "[" * 50_000 + "]" * 50_000, '{"a":' * 3_000 + '"x"' + "}" * 3_000):
        tree = lxml.html.fromstring(f'<html><head><script type="application/ld+json">{script}</script></head><body><p>x</p></body></html>')
        assert _lead_from_json_ld(tree, REST, **PAGE) == (0, [])


def test_escaped_characters_of_the_article_body_are_read_as_text() -> None:
    lead = "Die Stadtwerke &amp; die Gemeinde Nordheim bauen ein zweites Windrad, sagte Lea Storm am Montag."
    tree = tree_with(lead + "\n\n" + "\n\n".join(REST))
    assert _lead_from_json_ld(tree, ["Zweites Windrad am Deich", *REST], **PAGE) == (1, [lead.replace("&amp;", "&")])
    # (markup escaped in the JSON is markup still: such a body is not read)
    assert _lead_from_json_ld(tree_with("&lt;p&gt;" + LEAD + "\n\n" + "\n\n".join(REST)), ["Zweites Windrad am Deich", *REST], **PAGE) == (0, [])


def ld_page(*objects: dict[str, object], title: str, canonical: str | None = None) -> lxml.html.HtmlElement:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return lxml.html.fromstring(f"<html><head><title>{title}</title>{link}{scripts}</head><body><p>x</p></body></html>")


OTHER_LEAD = "Der Fährverkehr nach Nordholm ruht bis Ende Mai, teilte die Reederei Krabbe am Dienstag mit."


def test_only_the_pages_own_article_restores_a_lead() -> None:
    """A page may carry a related article's JSON-LD with its own articleBody; its lead is another article's."""
    body = LEAD + "\n\n" + "\n\n".join(REST)
    own = {"@type": "NewsArticle", "headline": "Zweites Windrad", "articleBody": body}
    related = {"@type": "NewsArticle", "headline": "Fähre ruht bis Ende Mai",
               "url": "https://bote.example/faehre-ruht", "articleBody": OTHER_LEAD + "\n\n" + "\n\n".join(REST)}
    first = ["Zweites Windrad am Deich", *REST]
    # the related article is longer, and came first before: now the own one is chosen
    related["articleBody"] = str(related["articleBody"]) + "\n\nMehr dazu folgt in Kürze auf unserer Seite."
    assert _lead_from_json_ld(ld_page(related, own, title="x"), first, title="Zweites Windrad | Nordheimer Bote",
                              url=None) == (1, [LEAD])
    # only a related article on the page: nothing restored
    assert _lead_from_json_ld(ld_page(related, title="x"), first, title="Zweites Windrad | Nordheimer Bote",
                              url="https://bote.example/windrad") == (0, [])
    # the own article known by its URL (the headline differs from the title)
    by_url = {"@type": "NewsArticle", "headline": "Nordheim baut", "mainEntityOfPage": {"@id": "https://www.bote.example/windrad/"},
              "articleBody": body}
    assert _lead_from_json_ld(ld_page(related, by_url, title="x"), first, title="Windrad am Deich",
                              url="https://bote.example/windrad") == (1, [LEAD])
    # one article that names neither headline nor URL is the page's own; two such are not told apart
    bare = {"@type": "NewsArticle", "articleBody": body}
    assert _lead_from_json_ld(ld_page(bare, title="x"), first, title="Windrad", url=None) == (1, [LEAD])
    assert _lead_from_json_ld(ld_page(bare, dict(bare), title="x"), first, title="Windrad", url=None) == (0, [])


def test_read_html_matches_the_article_by_the_pages_title() -> None:
    related = {"@type": "NewsArticle", "headline": "Fähre ruht bis Ende Mai",
               "articleBody": OTHER_LEAD + "\n\n" + "\n\n".join(REST)}
    own = {"@type": "NewsArticle", "headline": "Zweites Windrad am Deich", "articleBody": LEAD + "\n\n" + "\n\n".join(REST)}
    more = [f"Im {m} sollen die Fundamente gegossen werden, die Kräne stehen dann {k} Wochen am Deich." for k, m in
            enumerate(("Juni", "Juli", "August", "September"), 2)]
    paras = "".join(f"<p>{p}</p>" for p in REST + more)  # (a page long enough that the extractor reads its markup)
    for objects, lead in (((related,), None), ((related, own), LEAD)):
        scripts = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)
        html = (f"<html><head><title>Zweites Windrad am Deich</title>{scripts}</head><body><article>"
                f"<h1>Zweites Windrad am Deich</h1>{paras}</article></body></html>")
        text = read_html("p.html", html).text
        assert OTHER_LEAD not in text and (lead is None or lead in text), text
