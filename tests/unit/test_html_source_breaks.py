"""Line breaks in a page's source inside a paragraph are spaces, as a browser shows them: the
reader joins the paragraph's lines, so a quotation and its tag stay one sentence (rule
reader.html.source_breaks); <br> and preformatted text keep their breaks."""

from __future__ import annotations

import sourcetrace
from sourcetrace.readers.html import read_html

PAGE = """<html lang="de"><head><title>Neue Fähre für den Hafen</title>
<meta property="article:published_time" content="2026-02-11T09:00:00Z"></head><body>
<article><h1>Neue Fähre für den Hafen</h1>
<p>Seit
die Werft im Norden wieder Aufträge bekommt,
hoffen viele Familien im Ort auf sichere Arbeitsplätze. Der Hafenmeister Ole Brandt <a href="/brandt">ist zufrieden</a>.
"Wir haben
so viel zu tun wie seit Jahren nicht
mehr", sagte Brandt am Montag vor der Presse.</p>
<p>Die erste Fähre soll im Frühjahr ausgeliefert werden.<br>Eine zweite folgt im Herbst.</p>
<pre>Zeile eins
Zeile zwei</pre>
</article></body></html>"""


def test_source_breaks_inside_a_paragraph_are_spaces() -> None:
    doc = read_html("page.html", PAGE)
    assert "Seit die Werft im Norden wieder Aufträge bekommt, hoffen viele Familien" in doc.text
    assert '"Wir haben so viel zu tun wie seit Jahren nicht mehr", sagte Brandt' in doc.text
    assert "ausgeliefert werden.\nEine zweite" in doc.text  # a <br> still breaks the line


def test_the_quotation_is_one_attribution_with_its_speaker() -> None:
    doc = sourcetrace.analyze(PAGE)
    a = next(a for a in doc.attributions if "so viel zu tun" in doc.span_text(a.content[0]))
    assert a.mode == "direct" and a.source is not None
    assert next(s.name for s in doc.sources if s.id == a.source) == "Ole Brandt"


def test_the_tree_loses_the_source_breaks_inside_words_only() -> None:
    # (trafilatura keeps a paragraph's source breaks on some pages, by its fallback extractors: the
    # reader removes them from the tree before any extractor reads it)
    import lxml.html

    from sourcetrace.readers.html import _collapse_source_breaks

    tree = lxml.html.fromstring("<div>\n  <p>Seit\ndie Werft <b>wieder\nAufträge</b> bekommt,\nhoffen alle.</p>\n"
                                "  <pre>Zeile eins\nZeile zwei</pre>\n</div>")
    _collapse_source_breaks(tree)
    p, pre = tree.findall(".//p")[0], tree.findall(".//pre")[0]
    assert p.text_content() == "Seit die Werft wieder Aufträge bekommt, hoffen alle."
    assert pre.text == "Zeile eins\nZeile zwei"
    assert tree.text == "\n  "  # whitespace alone is the markup's layout, left as it is
