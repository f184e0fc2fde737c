"""An XHTML page that opens with an XML declaration naming its encoding is read like any page
(lxml refuses decoded text with such a declaration; the reader drops it before parsing)."""

from __future__ import annotations

import sourcetrace

BODY = """<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Harbor bridge to close for repairs</title>
<meta property="article:published_time" content="2026-02-11T09:00:00Z"/></head><body>
<article><h1>Harbor bridge to close for repairs</h1>
<p>The harbor bridge in Dunmore will close for six weeks from Monday while crews replace its worn cables and deck joints.</p>
<p>City engineer Mara Quill said the repairs could not wait another winter because the joints had cracked in several places.</p>
</article></body></html>"""


def test_page_with_xml_declaration_is_read() -> None:
    for decl in ('<?xml version="1.0" encoding="utf-8"?>\n', '\ufeff<?xml version="1.0" encoding="UTF-8" ?>'):
        doc = sourcetrace.analyze(decl + BODY)
        assert doc.input_format == "html"
        assert "worn cables" in doc.text and "<?xml" not in doc.text
        assert any("could not wait" in doc.span_text(a.content[0]) for a in doc.attributions)


def test_page_with_declaration_as_bytes_is_read() -> None:
    doc = sourcetrace.analyze(('<?xml version="1.0" encoding="utf-8"?>\n' + BODY).encode("utf-8"))
    assert "worn cables" in doc.text
