"""The README's screenshots of the web app (docs/img/web-*.png), rebuilt from the invented demo corpus.

    python recipes/web_screenshots.py [--encoder use] [--out docs/img]

Input: examples/corpus/articles.jsonl (our own invented articles). The articles are ingested into a
temporary store and linked (`--encoder use`, as a user would; `hashing` needs no model but links
the English and German articles less well), `sourcetrace serve` runs on loopback, and Debian's
headless Chromium (driven by playwright, as in tests/browser/) takes: the overview, a document with
its first claim selected by keyboard, the largest story (whole page), a source (the linked entity
that makes most claims), a search, and a document at phone width. Output: docs/img/web-*.png.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus" / "articles.jsonl"


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "sourcetrace.cli.main", *args]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--encoder", default="use", choices=["use", "e5", "hashing"])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("needs Debian's chromium (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        url = f"sqlite:///{db}"
        subprocess.run(cli("ingest", str(CORPUS), "--db", url, "--workers", "1"), check=True)
        subprocess.run(cli("link", "--db", url, "--encoder", args.encoder), check=True)
        con = sqlite3.connect(db)
        story = con.execute("SELECT story FROM stories ORDER BY documents DESC, story LIMIT 1").fetchone()[0]
        doc = con.execute("SELECT sd.document FROM story_documents sd JOIN documents d ON d.id = sd.document "
                          "WHERE sd.story = ? AND d.language = 'en' ORDER BY d.date, d.id LIMIT 1", (story,)).fetchone()[0]
        entity = con.execute("SELECT e.id FROM entities e JOIN entity_documents ed ON ed.entity = e.id "
                             "WHERE e.type = 'person' GROUP BY e.id ORDER BY COUNT(*) DESC, e.id LIMIT 1").fetchone()[0]
        word = con.execute("SELECT text FROM claims WHERE story = ? ORDER BY independent_origins DESC, claim LIMIT 1",
                           (story,)).fetchone()[0].split()[1]
        con.close()
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(cli("serve", "--db", url, "--port", str(port), "--workers", "1"))
        try:
            import httpx

            for _ in range(200):
                try:
                    if httpx.get(base + "/api/overview", timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.3)
            args.out.mkdir(parents=True, exist_ok=True)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page(viewport={"width": 1280, "height": 820})
                page.goto(base + "/")
                page.screenshot(path=str(args.out / "web-overview.png"))
                page.goto(f"{base}/documents/{quote(doc, safe='')}")
                page.focus("#article button.key")
                page.keyboard.press("Enter")
                page.screenshot(path=str(args.out / "web-document.png"))
                page.goto(f"{base}/stories/{quote(story, safe='')}")
                page.screenshot(path=str(args.out / "web-story.png"), full_page=True)
                page.goto(f"{base}/sources/{quote(entity, safe='')}")
                page.screenshot(path=str(args.out / "web-source.png"))
                page.goto(f"{base}/search?q={quote(word)}")
                page.screenshot(path=str(args.out / "web-search.png"))
                phone = browser.new_page(viewport={"width": 390, "height": 800})
                phone.goto(f"{base}/documents/{quote(doc, safe='')}")
                phone.click("#article .claim")
                phone.screenshot(path=str(args.out / "web-phone.png"))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"wrote {args.out}/web-*.png (story {story}, document {doc}, source {entity}, search {word!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
