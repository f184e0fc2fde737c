"""The HTML report in headless Chromium: self-contained, and a click shows a claim's chain."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import sourcetrace
from sourcetrace.writers.html import render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.browser
def test_click_on_a_claim_shows_its_chain(tmp_path: Path) -> None:
    if CHROMIUM is None:
        if os.environ.get("SOURCETRACE_REQUIRE_BROWSER"):
            pytest.fail("chromium is required here (SOURCETRACE_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    text = "«Die Lage ist ernst», erklärt Anna Beispiel, Professorin an der Universität Bern, im Gespräch mit der Nachrichtenagentur AFP."
    page_file = tmp_path / "report.html"
    page_file.write_text(render(sourcetrace.analyze(text, date="2024-10-13")), encoding="utf-8")
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        page.click(".content")
        detail = page.inner_text("#detail")
        browser.close()
    assert "Anna Beispiel" in detail
    assert "AFP" in detail and "this article" in detail
    assert all(u.startswith("file:") for u in requests), requests
