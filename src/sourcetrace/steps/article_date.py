"""The article date: given (--date), from HTML metadata, or inferred from the text — the latest
date of an embedded post, a dateline, or an absolute date in the first lines — and marked as
inferred with its evidence (rule `article_date.v1`)."""

from __future__ import annotations

import re
from typing import ClassVar

from ..document import ArticleDate, Document
from .timex import parse_absolute_date


class ArticleDater:
    name: ClassVar[str] = "article_date.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments",)
    assigns: ClassVar[tuple[str, ...]] = ("article_date",)

    def __call__(self, doc: Document) -> None:
        if doc.date is not None:
            return
        posts = [
            s.date for s in doc.segments
            if s.kind == "social_post" and s.date and re.fullmatch(r"\d{4}-\d\d-\d\d", s.date)
        ]
        if posts:
            latest = max(posts)
            doc.date = ArticleDate(latest, "inferred", f"latest date of {len(posts)} embedded post(s)")
            return
        for seg in doc.segments[:6]:
            if seg.kind in ("title", "body", "boilerplate", "caption"):
                head = doc.text[seg.span.start : min(seg.span.end, seg.span.start + 400)]
                iso = parse_absolute_date(head)
                if iso and len(iso) == 10:
                    doc.date = ArticleDate(iso, "inferred", f"first absolute date in the text: {iso}")
                    return
        years = re.findall(r"(?<!\d)(20\d\d)(?!\d)", doc.text)
        if years:
            y = max(years, key=years.count)
            doc.date = ArticleDate(f"{y}-07-01", "inferred", f"most frequent year {y}; day unknown")
