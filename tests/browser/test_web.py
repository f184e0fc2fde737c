"""The web app in headless Chromium (Debian's /usr/bin/chromium driven by playwright), served by
uvicorn on loopback: click through every page, select claims (a nested one too) by keyboard,
follow a source, search, analyse a pasted text; nothing loads from elsewhere, hostile article
content never runs, focus is visible and phone widths do not scroll sideways. Skips without a
browser, unless SOURCETRACE_REQUIRE_BROWSER=1 makes a missing browser a failure."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from tests.browser.conftest import TIMEOUT_MS, new_page
from tests.web.conftest import HOSTILE, STORY, fill

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from sourcetrace.cli.serve import read_only
    from sourcetrace.store import Store
    from sourcetrace.web import create_app

    path: Path = tmp_path_factory.mktemp("webb") / "store.db"
    fill(f"sqlite:///{path}")
    store = Store.open(f"sqlite:///{path}")
    read_only(store)
    # the test's own listening socket, handed to uvicorn: no other process can take the port between
    # choosing it and serving on it, and the browser's first connection waits in its backlog
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(64)
    port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [s]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not server.started:  # started: the app's startup (lifespan) has run and it serves
        assert thread.is_alive(), "uvicorn stopped before it served"
        assert time.monotonic() < deadline, "uvicorn did not start serving in time"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=TIMEOUT_MS / 1000)
    s.close()
    store.close()


class Visit:
    def __init__(self, page: Any, base: str) -> None:
        self.page, self.base = page, base
        self.foreign: list[str] = []
        self.problems: list[str] = []
        page.on("request", lambda r: None if r.url.startswith(base) else self.foreign.append(r.url))
        page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e: self.problems.append(f"error: {e}"))
        page.on("console", lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None)

    def clean(self) -> None:
        assert self.foreign == [] and self.problems == []
        assert self.page.evaluate("window.__pwned") is None


@pytest.fixture
def visit(browser: Any, base: str) -> Iterator[Any]:
    pages: list[Any] = []

    def _open(path: str, width: int = 1280, height: int = 900) -> Visit:
        page = new_page(browser, width, height)
        pages.append(page)
        v = Visit(page, base)
        page.goto(base + path)
        return v

    yield _open
    for p in pages:
        p.close()


def test_click_through_every_page(visit: Any) -> None:
    """Each navigating click is followed by a wait for the new URL (and its load), and page text is
    checked with retrying `expect`: a click returns before a slow machine has committed the
    navigation it starts, so reading `page.url` right after it can still see the old page."""
    from playwright.sync_api import expect

    v = visit("/")
    page = v.page
    expect(page).to_have_title(re.compile(r"^Corpus"))
    page.click("nav.site >> text=Documents")
    page.wait_for_url(re.compile(r"/documents$"))
    page.click("table.list >> text=Brückenstreit in Kleinhafen")
    page.wait_for_url(re.compile(r"/documents/nested-1"))
    page.wait_for_selector("#article .claim")
    page.click("#h-corpus ~ ul >> text=Lea Muster")  # follow a source: its linked entity
    page.wait_for_url(re.compile(r"/sources/e1$"))
    expect(page.locator("h1")).to_contain_text("Source: Lea Muster")
    page.click("ol.hits >> text=Brückenstreit in Kleinhafen")  # back to a document it is cited in
    page.wait_for_url(re.compile(r"/documents/nested-1"))
    page.click("nav.site >> text=Stories")
    page.wait_for_url(re.compile(r"/stories$"))
    page.click("table.list a")
    page.wait_for_url(re.compile(f"/stories/{re.escape(STORY)}"))
    expect(page.locator("svg.graph line")).to_have_count(1)
    page.click("nav.site >> text=Search")
    page.wait_for_url(re.compile(r"/search"))
    page.fill("#q", "Brücke sicher")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"q=Br"))
    expect(page.locator("ol.hits mark").first).to_be_visible()
    page.click("#h-docs ~ ol >> text=Brückenstreit in Kleinhafen")
    page.wait_for_url(re.compile(r"/documents/nested-1"))
    page.click("nav.site >> text=Analyze")
    page.wait_for_url(re.compile(r"/analyze$"))
    page.fill("#text", "Die Ministerin Lea Muster sagte, die Brücke sei sicher.")
    page.click("form.analyze button")
    page.wait_for_selector("#article .claim")  # the analysis (a POST answered with its report)
    expect(page.locator("#h-note")).to_contain_text("Not stored")
    v.clean()
    assert page.goto(v.base + "/documents/no-such-id").status == 404
    expect(page.locator("h1")).to_contain_text("Not found")


def test_claims_and_a_nested_claim_by_keyboard(visit: Any) -> None:
    v = visit("/documents/nested-1")
    page = v.page
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.att") == "a1":
            break
    assert page.evaluate("document.activeElement.dataset.att") == "a1"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("none", "")
    page.keyboard.press("Enter")
    assert "Lea Muster" in page.inner_text("#detail")
    page.keyboard.press("Tab")  # the claim inside the quotation
    assert page.evaluate("document.activeElement.dataset.att") == "a2"
    page.keyboard.press(" ")
    selected = page.eval_on_selector_all("#article .claim.sel", "es => es.map(e => e.dataset.att)")
    assert set(selected) == {"a2"}
    assert "Sprecher" in page.inner_text("#detail")
    # no control inside another (a button in a button is invalid HTML), on the whole page
    nested = "a, button, [role=button], [tabindex]:not([tabindex='-1'])"
    assert page.evaluate(f"[...document.querySelectorAll(\"{nested}\")].filter(e => e.parentElement.closest(\"{nested}\")).length") == 0
    v.clean()


def test_hostile_content_never_runs_anywhere(visit: Any) -> None:
    from urllib.parse import quote

    from tests.web.conftest import HOSTILE_ID

    for path in ("/", "/documents", f"/documents/{quote(HOSTILE_ID, safe='')}", f"/stories/{STORY}",
                 f"/sources/{quote(HOSTILE, safe='')}", "/search?q=window", f"/documents?outlet={quote(HOSTILE)}"):
        v = visit(path)
        assert v.page.locator("text=<script>window.__pwned = 1").count() >= 1, path  # shown as text
        for link in v.page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"):
            assert not link.lower().startswith("javascript:"), (path, link)
        v.clean()


def test_focus_is_visible_on_site_pages(visit: Any) -> None:
    v = visit("/")
    page = v.page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "sourcetrace"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("none", "")
    v.clean()


@pytest.mark.parametrize("path", ["/", "/documents", "/documents/nested-1", f"/stories/{STORY}",
                                  "/sources/Lea%20Muster", "/search?q=Br%C3%BCcke", "/analyze"])
def test_phone_width_does_not_scroll_sideways(visit: Any, path: str) -> None:
    v = visit(path, width=360, height=740)
    assert v.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
    v.clean()


@pytest.mark.parametrize("path", ["/", "/documents", "/documents/nested-1", "/stories", f"/stories/{STORY}",
                                  "/sources/e1", "/search?q=Br%C3%BCcke", "/analyze", "/documents/no-such-id"])
def test_text_contrast_is_enough(visit: Any, path: str) -> None:
    """Body text, links, muted text, marks, table cells and the navigation reach 4.5:1 against their
    background on every kind of page."""
    v = visit(path)
    ratios = v.page.evaluate("""() => {
      const lum = c => { const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map(Number).map(x => x / 255)
        .map(x => x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4); return 0.2126*r + 0.7152*g + 0.0722*b; };
      const bg = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
        if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
      return [...document.querySelectorAll('nav.site a, main a, main p, main li, main td, main th, .muted, mark, footer, ' +
                                           'h1, h2, label, button, .claim')].map(e => {
        const a = lum(getComputedStyle(e).color), b = lum(bg(e));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }); }""")
    assert ratios and min(ratios) >= 4.5, (path, min(ratios))
    if path.endswith("no-such-id"):
        return  # a 404 page: the browser reports the status as a console error
    v.clean()
