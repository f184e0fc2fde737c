"""`sourcetrace eval embeds`: on the German pages of trafilatura-eval that hold embedded posts or
reader comments (`pages-with-embeds-or-comments.tsv`), how many posts and comments end up
labelled as such."""

from __future__ import annotations

import csv
import gzip
import time
from pathlib import Path
from typing import Any

from ..api import analyze
from ..errors import Errors, InputError, SourcetraceError


def evaluate(root: Path, *, limit: int = 0) -> dict[str, Any]:
    tsv = root / "pages-with-embeds-or-comments.tsv"
    if not tsv.exists():
        raise InputError(Errors.E030.format(path=tsv))
    rows = [r for r in csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t") if r["lang"] == "de"]
    if limit:
        rows = rows[:limit]
    posts_expected = posts_found = pages_posts = pages_posts_ok = 0
    pages_comments = pages_comments_ok = 0
    failed: list[str] = []
    t0 = time.perf_counter()
    for r in rows:
        expected = int(r["twitter_blockquotes"] or 0) + int(r["instagram_blockquotes"] or 0)
        has_comments = int(r["reader_comment_chars"] or 0) > 0
        try:
            with gzip.open(root / r["file"]) as f:
                html = f.read()
            doc = analyze(html, name=r["file"])
        except SourcetraceError as exc:
            failed.append(f"{r['file']}: {exc}")
            doc = None
        found = sum(1 for s in doc.segments if s.kind == "social_post") if doc else 0
        comments = any(s.kind == "comment" for s in doc.segments) if doc else False
        if expected:
            pages_posts += 1
            posts_expected += expected
            posts_found += min(found, expected)
            pages_posts_ok += found >= expected
        if has_comments:
            pages_comments += 1
            pages_comments_ok += comments
    return {
        "corpus": f"trafilatura-eval German pages with embeds or comments ({len(rows)} pages)",
        "metric": "posts labelled social_post (capped at the page's count) / embedded blockquotes; pages with comments where a comment segment was found",
        "posts_found": f"{posts_found}/{posts_expected}",
        "pages_with_all_posts": f"{pages_posts_ok}/{pages_posts}",
        "pages_with_comments_found": f"{pages_comments_ok}/{pages_comments}",
        "pages_failed": len(failed),
        "failures": failed[:10],
        "seconds": round(time.perf_counter() - t0, 1),
    }
