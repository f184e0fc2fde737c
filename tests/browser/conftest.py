"""The headless Chromium that the browser tests share (Debian's /usr/bin/chromium driven by
playwright). Skips without a browser, unless SOURCETRACE_REQUIRE_BROWSER=1 (CI) makes a missing
browser a failure."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


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
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        yield b
        b.close()
