"""The headless Chromium that the browser tests share (Debian's /usr/bin/chromium driven by
playwright). Skips without a browser, unless SOURCETRACE_REQUIRE_BROWSER=1 (CI) makes a missing
browser a failure.

Under load (CI's 2 cores, other jobs) nothing here waits a fixed time: every page gets generous
default timeouts (`TIMEOUT_MS`), and tests wait for conditions (`wait_for_url`, `expect`, which
retry), never read `page.url` or a page's text right after a click that navigates: Playwright's
click waits only for navigations the page has requested by the time the click returns."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# the longest any one wait may take (an action, a navigation, an `expect`): generous, since a loaded
# machine can be many times slower than an idle one; a passing test never waits this long
TIMEOUT_MS = 60_000


def new_page(browser: Any, width: int, height: int) -> Any:
    """A page whose actions, navigations and waits time out only after `TIMEOUT_MS`."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(TIMEOUT_MS)
    page.set_default_navigation_timeout(TIMEOUT_MS)
    return page


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        if os.environ.get("SOURCETRACE_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required here (SOURCETRACE_REQUIRE_BROWSER=1) but not installed")
        pytest.skip("chromium not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("SOURCETRACE_REQUIRE_BROWSER") == "1":
            raise
        pytest.skip("playwright not installed (pip install -e '.[dev]')")
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"], timeout=TIMEOUT_MS)
        yield b
        b.close()
