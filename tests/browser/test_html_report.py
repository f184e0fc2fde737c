"""The HTML report in headless Chromium (Debian's /usr/bin/chromium driven by playwright):
self-contained, claims selectable by mouse and keyboard (also a claim inside another), usable at
phone width, and hostile article text never runs. Skips without a browser, unless
SOURCETRACE_REQUIRE_BROWSER=1 (CI) makes a missing browser a failure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.browser.conftest import new_page
from tests.report_docs import HOSTILE, hostile_doc, nested_doc

import sourcetrace
from sourcetrace.document import Document
from sourcetrace.writers.html import render

pytestmark = pytest.mark.browser


class Opened:
    def __init__(self, page: Any, requests: list[str], problems: list[str]) -> None:
        self.page, self.requests, self.problems = page, requests, problems

    def detail(self) -> str:
        return str(self.page.inner_text("#detail"))

    def selected(self) -> set[str]:
        return set(self.page.eval_on_selector_all("#article .claim.sel", "es => es.map(e => e.dataset.att)"))


@pytest.fixture
def open_report(browser: Any, tmp_path: Path) -> Iterator[Any]:
    pages: list[Any] = []

    def _open(doc: Document, width: int = 1280, height: int = 900) -> Opened:
        f = tmp_path / f"report-{len(pages)}.html"
        f.write_text(render(doc), encoding="utf-8")
        page = new_page(browser, width, height)
        pages.append(page)
        requests: list[str] = []
        problems: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e: problems.append(f"error: {e}"))
        page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
        page.goto(f.as_uri())
        return Opened(page, requests, problems)

    yield _open
    for p in pages:
        p.close()


def test_click_on_a_claim_shows_its_chain(open_report: Any) -> None:
    text = ("«Die Lage ist ernst», erklärt Anna Beispiel, Professorin an der Universität Bern, "
            "im Gespräch mit der Nachrichtenagentur AFP.")
    r = open_report(sourcetrace.analyze(text, date="2024-10-13"))
    r.page.click("#article .claim")
    detail = r.detail()
    assert "Anna Beispiel" in detail
    assert "AFP" in detail and "this article" in detail
    assert all(u.startswith("file:") for u in r.requests), r.requests
    assert r.problems == []


def test_inner_and_outer_claims_can_each_be_selected_by_mouse(open_report: Any) -> None:
    r = open_report(nested_doc())
    r.page.click('#article .claim[data-att="a2"]')
    assert r.selected() == {"a2"}
    assert "Sprecher → Agentur X → this article" in r.detail()
    # the outer claim's own words, outside the inner claim
    r.page.click('#article .claim[data-att="a1"] > .cue')
    assert r.selected() == {"a1"}
    assert "Lea Muster → this article" in r.detail()
    # and from the details: the claim inside, then the claim around it
    r.page.click('#card-a1 button.goto[data-att="a2"]')
    assert r.selected() == {"a2"}
    r.page.click('#card-a2 button.goto[data-att="a1"]')
    assert r.selected() == {"a1"}
    assert r.problems == []


def test_claims_are_reached_and_selected_with_the_keyboard(open_report: Any) -> None:
    r = open_report(nested_doc())
    page = r.page
    order = []
    for _ in range(4):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.dataset.att || document.activeElement.className"))
    assert order == ["skip", "a1", "a2", "a3"]  # reading order, the outer claim before the inner one
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.dataset.att") == "a1"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")  # focus is visible
    page.keyboard.press("Enter")
    assert r.selected() == {"a1"}
    assert page.get_attribute('#article button.key[data-att="a1"]', "aria-pressed") == "true"
    page.keyboard.press("Tab")
    page.keyboard.press(" ")
    assert r.selected() == {"a2"}
    assert page.evaluate("window.scrollY") == 0  # Space selected, it did not scroll the page
    assert page.get_attribute('#article button.key[data-att="a1"]', "aria-pressed") == "false"
    page.keyboard.press("Escape")
    assert r.selected() == set()
    assert page.get_attribute("#detail", "aria-live") == "polite"
    tree = page.locator("#article").aria_snapshot()  # what a screen reader gets: both claims, and the text
    assert 'button "claim 1: direct, Lea Muster' in tree and 'button "claim 2: indirect, Sprecher' in tree
    assert "text: Der Sprecher hat erklärt," in tree
    controls = "a, button, [role=button], [tabindex]:not([tabindex='-1'])"  # none inside another
    assert page.evaluate(f"[...document.querySelectorAll(\"{controls}\")].filter(e => e.parentElement.closest(\"{controls}\")).length") == 0
    assert r.problems == []


def test_the_page_shows_values_posts_comments_and_own_claims(open_report: Any, example_doc: Document) -> None:
    r = open_report(example_doc)
    page = r.page
    body = page.inner_text("body").lower()
    for needle in ("legend", "according_to", "embedded post — rhine watch", "reader comment",
                   "the author's own claims", "dates and times", "quantities", "hedges", "article date:"):
        assert needle in body, needle
    page.click("button.own-link")
    assert page.eval_on_selector_all("#article .own.flash", "es => es.length") == 1
    page.click('#claims button.goto[data-att="a8"]')  # the embedded post's claim, from the list
    assert "Rhine Watch" in r.detail() and "social_post" in r.detail()
    assert r.problems == []


def test_unknown_date_is_said(open_report: Any) -> None:
    r = open_report(nested_doc(date=None))
    assert "Article date: unknown" in r.page.inner_text("#article-date").replace("⚠ ", "")


@pytest.mark.parametrize("width", [320, 390, 768])
def test_narrow_screens_do_not_scroll_sideways_and_show_the_claim(open_report: Any, example_doc: Document,
                                                                  width: int) -> None:
    r = open_report(example_doc, width=width, height=700)
    page = r.page
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.click('#article .claim[data-att="a5"]')
    detail = page.locator("#detail").bounding_box()
    claim = page.locator('#article .claim[data-att="a5"]').first.bounding_box()
    assert detail["y"] >= 0 and detail["y"] + 40 <= 700  # the details are on screen
    assert claim["y"] >= 0 and claim["y"] + claim["height"] <= detail["y"] + 1  # the claim is not hidden
    assert "Kleinhafener Zeitung" in r.detail()
    page.click("#close")
    assert r.selected() == set()
    assert r.problems == []


def test_long_words_do_not_widen_a_phone_screen(open_report: Any) -> None:
    url = "https://example.org/" + "a" * 180
    text = (f"Laut Polizei ist {url} die Quelle. «Die Adresse {url} stimmt», sagte Anna Beispiel.\n"
            f"Verwendete Quellen:\n- {url}\n")
    r = open_report(sourcetrace.analyze(text, date="2024-10-13"), width=320, height=640)
    assert r.page.evaluate("document.documentElement.scrollWidth") <= 320
    r.page.click("#article button.key")
    assert r.page.evaluate("document.documentElement.scrollWidth") <= 320


def test_hostile_article_text_never_runs(open_report: Any) -> None:
    r = open_report(hostile_doc())
    page = r.page
    assert page.evaluate("window.__pwned") is None
    page.click('#article .claim[data-att="a1"]')
    page.wait_for_selector('#article .claim.sel[data-att="a1"]')  # the click's handler has run
    assert page.evaluate("window.__pwned") is None
    assert r.problems == []
    assert page.evaluate("document.scripts.length") == 2
    assert page.evaluate("document.querySelectorAll('img, iframe, a[href^=\"javascript\"]').length") == 0
    assert HOSTILE.split("<!--")[0].strip() in page.inner_text("#article")
    assert page.inner_text("h1") == HOSTILE
    assert all(u.startswith("file:") for u in r.requests), r.requests


def test_hostile_html_page_through_the_whole_pipeline(open_report: Any) -> None:
    page_html = (
        "<html><head><title>&lt;script&gt;window.__pwned=1&lt;/script&gt; Titel</title>"
        '<link rel="canonical" href="javascript:window.__pwned=2"></head><body><article>'
        "<h1>&lt;img src=x onerror=window.__pwned=3&gt; Streit</h1>"
        "<p>Der Bürgermeister sagte am Montag, die Brücke &lt;script&gt;window.__pwned=4&lt;/script&gt; "
        "sei sicher und werde 2026 fertig. Laut Polizei gab es drei Verletzte.</p>"
        '<p>Ein <a href="javascript:window.__pwned=5">Link</a> und <b onclick="window.__pwned=6">fett</b>. '
        "Die Stadt bestätigte, die Kosten lägen bei 40 Millionen Franken.</p>"
        "<script>window.__pwned = 7</script></article></body></html>"
    )
    doc = sourcetrace.analyze(page_html, date="2024-10-13")
    r = open_report(doc)
    page = r.page
    for claim in page.query_selector_all("#article button.key"):
        claim.click()
    assert page.evaluate("window.__pwned") is None
    assert r.problems == []
    assert page.evaluate("document.scripts.length") == 2
    assert page.evaluate("document.querySelectorAll('img, iframe, a[href^=\"javascript\"], [onclick]').length") == 0
