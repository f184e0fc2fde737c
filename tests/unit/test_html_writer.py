"""The HTML report without a browser: everything from the article is escaped, marks nest properly
(also when they cross), claims inside claims are linked both ways, and the page is self-contained."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_docs import HOSTILE, find, hostile_doc, nested_doc

from sourcetrace.document import ArticleDate, Attribution, Claim, Document, Hedge, Segment, Source, Span, Timex
from sourcetrace.writers.html import render


class Page(HTMLParser):
    """Collects tags and attributes, the text of scripts and styles, and checks that tags nest and
    that no control (button, link, focusable element) sits inside another."""

    VOID: ClassVar[frozenset[str]] = frozenset({"meta", "br", "img", "input", "link", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.controls = 0  # controls open around the current tag
        self._control: list[bool] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in self.VOID:
            return
        interactive = (tag in ("button", "a", "select", "textarea") or a.get("role") == "button"
                       or a.get("tabindex") not in (None, "-1"))
        assert not (interactive and self.controls), (tag, a)  # no control inside a control (invalid HTML)
        self.controls += interactive
        self.stack.append(tag)
        self._control.append(interactive)
        if tag in ("script", "style"):
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()
        self.controls -= self._control.pop()
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)


def parse(doc: Document) -> tuple[Page, str]:
    out = render(doc)
    page = Page()
    page.feed(out)
    page.close()
    assert page.stack == [], page.stack
    return page, out


def test_hostile_article_text_stays_text() -> None:
    page, out = parse(hostile_doc())
    assert sum(1 for tag, _ in page.tags if tag == "script") == 2
    assert not any(tag in ("img", "iframe", "object", "embed", "a") and "javascript" in str(a) for tag, a in page.tags)
    assert not any(tag == "img" for tag, _ in page.tags)
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for value in attrs.values():
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, attrs)
    # the only executable script is ours: the data block is JSON and the CSP allows one hash
    json_block = next(a for t, a in page.tags if t == "script" and a.get("type") == "application/json")
    assert json_block["id"] == "data"
    assert "<script>window" not in out and "<img src=x" not in out
    assert html.escape(HOSTILE, quote=True) in out  # shown, as text


def test_csp_allows_only_the_report_s_own_style_and_script() -> None:
    page, _ = parse(nested_doc())
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp

    def digest(s: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"

    script = next(s for s in page.scripts if "addEventListener" in s)
    assert f"script-src {digest(script)}" in csp
    assert f"style-src {digest(page.styles[0])}" in csp
    for _, attrs in page.tags:
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not value or value.startswith("#"), attrs  # nothing is loaded, no link leaves the page


def test_article_text_is_kept_exactly() -> None:
    doc = nested_doc()
    _, out = parse(doc)
    main = out[out.index('<main id="article"'):out.index("</main>")]
    texts = re.findall(r'<div class="text">(.*?)</div></div>', main, re.S)
    assert [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in texts] == [doc.span_text(s.span) for s in doc.segments]


def test_a_claim_inside_a_claim_is_marked_and_linked_both_ways() -> None:
    page, out = parse(nested_doc())
    claims = [a for t, a in page.tags if t == "span" and "claim" in (a.get("class") or "").split()
              and a.get("data-att")]
    spans = {a["data-att"]: a for a in reversed(claims)}  # the first piece of each
    assert "nested" in (spans["a2"]["class"] or "") and "nested" not in (spans["a1"]["class"] or "")
    assert not any("tabindex" in a or "role" in a for a in claims)  # the spans are no controls
    keys = [a for t, a in page.tags if t == "button" and a.get("class") == "key"]
    assert [a["data-att"] for a in keys] == ["a1", "a2", "a3"]  # one keyboard stop each, in reading order
    for a in keys:
        assert a["aria-pressed"] == "false" and a["aria-label"].startswith(f"claim {a['data-n']}: ")
    outer = out[out.index('id="card-a1"'):out.index("</div>", out.index('id="card-a1"'))]
    inner = out[out.index('id="card-a2"'):out.index("</div>", out.index('id="card-a2"'))]
    assert '<dt>contains</dt><dd><button type="button" class="goto" data-att="a2">' in outer
    assert '<dt>inside</dt><dd><button type="button" class="goto" data-att="a1">' in inner
    assert "Lea Muster → Agentur X" not in inner and "Sprecher → Agentur X → this article" in inner


def test_crossing_marks_are_split_and_still_nest() -> None:
    doc = nested_doc()
    # a claim that starts inside the outer quotation and ends after it
    doc.attributions[2].content = [Span(find(doc.text, "sicher").start, find(doc.text, "Das ist neu").end)]
    page, out = parse(doc)
    pieces = [a for t, a in page.tags if t == "span" and a.get("data-att") == "a3"]
    assert len(pieces) >= 2 and sum(1 for t, a in page.tags if t == "button" and a.get("data-att") == "a3"
                                    and a.get("class") == "key") == 1
    main = out[out.index('<main id="article"'):out.index("</main>")]
    texts = re.findall(r'<div class="text">(.*?)</div></div>', main, re.S)
    assert html.unescape(re.sub(r"<[^>]+>", "", texts[1])) == doc.span_text(doc.segments[1].span)


@pytest.mark.parametrize(("date", "needle"), [
    (None, "Article date:</b> unknown"),
    (ArticleDate("2024-10", "metadata", "article:published_time"), "2024-10 (month only), from the page&#x27;s metadata"),
    (ArticleDate("2024", "inferred", "the byline"), "2024 (year only), inferred from the byline — may be wrong"),
    (ArticleDate("2024-10-13", "given", "--date"), "2024-10-13, given (--date)"),
])
def test_the_date_and_its_origin_are_shown(date: ArticleDate | None, needle: str) -> None:
    _, out = parse(nested_doc(date))
    assert needle in out
    assert ('class="date date-unknown"' in out) == (date is None)


def test_legend_values_and_the_author_s_own_claims() -> None:
    _, out = parse(nested_doc())
    for mode in ("direct", "indirect", "according_to", "continuation", "social_post"):
        assert f'<span class="sw m-{mode}"></span><b>{mode}</b>' in out
    assert "<b>news_agency</b>" in out and "<b>reportative</b>" in out
    assert "<td data-label=\"in the text\">Montag</td><td data-label=\"value\">2024-10-07</td>" in out
    assert "<td data-label=\"in the text\">3 Verletzte</td><td data-label=\"value\">3</td>" in out
    assert '<button type="button" class="own-link" data-own="own-1">Das ist neu.</button>' in out
    assert '<span class="own" id="own-1">' in out


def test_a_real_analysis_renders(example_doc: Document) -> None:
    page, out = parse(example_doc)
    assert "Embedded post — Rhine Watch (@rhinewatch_ex)" in out
    assert "Reader comment (not analysed as claims)" in out
    cards = [a for t, a in page.tags if t == "div" and (a.get("class") or "") == "card"]
    assert len(cards) == len(example_doc.attributions)


def test_an_unresolved_date_says_so() -> None:
    doc = nested_doc(date=None)
    doc.timexes[0].value = ""  # relative, and no article date to resolve it against
    _, out = parse(doc)
    assert "<td data-label=\"in the text\">Montag</td><td data-label=\"value\">unresolved (no anchor date)</td>" in out
    assert 'title="date: unresolved (no anchor date)"' in out


def test_a_status_names_the_words_that_set_it() -> None:
    doc = nested_doc()
    doc.attributions[2].status = "denied"
    doc.claims = [Claim(find(doc.text, "Laut Polizei soll es am Montag 3 Verletzte gegeben haben."), "denied",
                        ["a3"], status_cue=find(doc.text, "soll"), status_rule="status.test"),
                  Claim(find(doc.text, "Das ist neu."), "disputed", status_cue=find(doc.text, "neu"))]
    _, out = parse(doc)
    assert "<dt>status</dt><dd>denied (“soll”) — denied</dd>" in out
    assert "status status.test" in out
    assert "<span class=tag>disputed: “neu”</span>" in out


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab <>&\"'«»\n", min_size=1, max_size=60), st.data())
def test_any_marks_nest_and_keep_the_text(text: str, data: st.DataObject) -> None:
    """Whatever the marks, crossing or not, the tags balance and the article text comes back."""

    def span() -> Span:
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(0, len(text)))
        return Span(min(a, b), max(a, b))

    doc = Document(text=text, name="p.txt", language="de")
    cut = data.draw(st.integers(0, len(text)))
    doc.segments = [Segment("body", Span(0, cut), "t"), Segment("comment", Span(cut, len(text)), "t")]
    doc.sources = [Source("s1", "X", "person", "t")]
    n = data.draw(st.integers(0, 4))
    doc.attributions = [Attribution(f"a{i}", "indirect", [span() for _ in range(data.draw(st.integers(1, 2)))],
                                    "s1", span(), span(), "t") for i in range(n)]
    doc.hedges = [Hedge(span(), "epistemic", "x", "t") for _ in range(data.draw(st.integers(0, 2)))]
    doc.timexes = [Timex(span(), "DATE", "2024", "t") for _ in range(data.draw(st.integers(0, 2)))]
    page, out = parse(doc)
    main = out[out.index('<main id="article"'):out.index("</main>")]
    texts = re.findall(r'<div class="text">(.*?)</div></div>', main, re.S)
    assert [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in texts] == [doc.span_text(s.span) for s in doc.segments]
    stops = [a["data-att"] for t, a in page.tags if t == "span" and a.get("tabindex") == "0"]
    assert len(stops) == len(set(stops))  # at most one keyboard stop per claim


@given(st.one_of(st.none(), st.integers(), st.text(alphabet="ab <>&\"'«»\n\u00e4", max_size=40)))
def test_esc_is_html_escape_with_quotes(value: object) -> None:
    from sourcetrace.writers.html import esc

    assert esc(value) == html.escape("" if value is None else str(value), quote=True)
