"""HTML input: main text, metadata, embedded posts and reader comments as their own segments."""

from __future__ import annotations

import sourcetrace

PAGE = """<!doctype html><html lang="de"><head><title>Neue Brücke für Kleinhafen</title>
<meta property="article:published_time" content="2026-03-03T10:00:00Z">
<meta name="author" content="Erika Beispiel"></head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Neue Brücke für Kleinhafen</h1>
<p>Der Bau der neuen Brücke soll laut Bauamt bis zu 48 Millionen Franken kosten. Das ist deutlich mehr als bisher angenommen.</p>
<p>Stadtpräsidentin Andrea Muster erklärte am Dienstag, die Mehrkosten seien vor allem auf gestiegene Stahlpreise zurückzuführen.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Costs are up again, the budget is not.</p>&mdash; Rhine Watch (@rhinewatch_ex) <a href="https://twitter.com/x/status/1">March 3, 2026</a></blockquote>
<p>Die Opposition kritisiert das Projekt seit Monaten scharf und verlangt eine unabhängige Prüfung der Kosten durch den Kanton.</p>
</article>
<section id="comments"><h2>Kommentare</h2><div class="comment"><p>Endlich wird gebaut, das wurde auch Zeit für alle Velofahrer in der Stadt!</p></div></section>
</body></html>"""


def test_html_page_is_read_with_posts_and_metadata() -> None:
    doc = sourcetrace.analyze(PAGE)
    assert doc.input_format == "html"
    assert doc.title == "Neue Brücke für Kleinhafen"
    assert doc.date is not None and doc.date.value == "2026-03-03" and doc.date.origin == "metadata"
    posts = [s for s in doc.segments if s.kind == "social_post"]
    assert len(posts) == 1 and posts[0].handle == "@rhinewatch_ex"
    assert "Costs are up again" in doc.span_text(posts[0].span)
    bodies = " ".join(doc.span_text(s.span) for s in doc.segments if s.kind == "body")
    assert "Costs are up" not in bodies and "Startseite" not in bodies
    assert any(a.mode == "according_to" for a in doc.attributions)


def test_html_and_text_of_the_same_article_give_the_same_attributions() -> None:
    html_doc = sourcetrace.analyze(PAGE)
    text_doc = sourcetrace.analyze(html_doc.text, date="2026-03-03")
    def key(d):  # type: ignore[no-untyped-def]
        return [(a.mode, d.span_text(a.content[0])) for a in d.attributions]
    assert key(html_doc) == key(text_doc)


def test_html_in_a_declared_legacy_charset_is_read() -> None:
    page = PAGE.replace('<meta property', '<meta charset="iso-8859-1"><meta property').encode("latin-1")
    doc = sourcetrace.analyze(page)
    assert "Brücke" in doc.text
