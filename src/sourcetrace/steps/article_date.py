"""The article date: given (--date), from HTML metadata, or inferred from the text and marked as
inferred with its evidence (rule `article_date.v1`). Inference, in order of trust: the latest
date of an embedded post; an absolute date in the dateline (first lines); the latest full date
in the text that is not a future one ("bis 13. Mai 2025"); the latest month and year; the latest
year (mid-year, flagged as a guess)."""

from __future__ import annotations

import re
from typing import ClassVar

from ..document import CLAIM_SEGMENTS, ArticleDate, Document
from .timex import find_absolute, parse_absolute_date

_FUTURE_BEFORE = re.compile(r"(?:bis|ab|ab dem|bis zum|until|by|from|nach|after|kommenden?|nächsten?|next)\s*$", re.I)


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
        for seg in doc.segments[:3]:
            if seg.kind in ("title", "body", "boilerplate", "caption"):
                head = doc.text[seg.span.start : min(seg.span.end, seg.span.start + 160)]
                iso = parse_absolute_date(head)
                if iso and len(iso) == 10:
                    doc.date = ArticleDate(iso, "inferred", f"dateline: {iso}")
                    return
        # absolute expressions anywhere (their values do not depend on the anchor)
        full: list[str] = []
        months: list[str] = []
        years: list[str] = []
        for seg in doc.segments:
            if seg.kind not in CLAIM_SEGMENTS:
                continue
            for span, v in find_absolute(doc.text, seg.span.start, seg.span.end):
                before = doc.text[max(0, span.start - 12) : span.start]
                if _FUTURE_BEFORE.search(before) or re.match(r"(?:bis|ab|until|by)\b", doc.text[span.start : span.end], re.I):
                    continue
                if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                    full.append(v)
                elif re.fullmatch(r"\d{4}-\d\d", v):
                    months.append(v)
                elif re.fullmatch(r"\d{4}", v):
                    years.append(v)
        if full:
            doc.date = ArticleDate(max(full), "inferred", f"latest of {len(full)} full date(s) in the text")
        elif months:
            doc.date = ArticleDate(max(months) + "-15", "inferred", f"latest month named in the text ({max(months)}); day guessed")
        elif years:
            doc.date = ArticleDate(max(years) + "-07-01", "inferred", f"latest year named in the text ({max(years)}); month and day guessed")
