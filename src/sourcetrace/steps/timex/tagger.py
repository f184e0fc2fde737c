"""The timex step (`TimexTagger`, `timex.rules.v1`): each segment's expressions against the article
date, moved by dated lines and updates and by the month a narrative is told in."""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar

from ...document import CLAIM_SEGMENTS, Document, Span, Timex
from ...language import clear_vote
from ...resources import pick
from .find import YEAR_IN, find_timexes, full_day
from .tense import tense_where
from .values import anchor_range, parse_absolute_date

# a dated line or a live blog's dated update ("13. Oktober 2024:", "Update vom 4. Juni 2021, 10:15 Uhr:",
# "Update, 4.6.2021, 10.15 Uhr:")
_DAY_WITH_YEAR = r"(\d{1,2}\.\s?\w+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\w+\s+\d{1,2},\s+\d{4})"
_DATELINE = re.compile(rf"[ \t]*(?:Update(?:\s+(?:vom|am|from|on))?\s*[,:-]?\s*{_DAY_WITH_YEAR}\s*[:,–-]|{_DAY_WITH_YEAR}\s*[:–-])")


_NARRATIVE_REACH = 2  # sentences after a dated day in which a bare month still belongs to its year
_YEAR_REACH = 1  # sentences after a named year in which "Vorjahr" is the year before it


def _month_of_narrative(text: str, span: Span, found: list[Timex], day: dt.date, anchor: dt.date, code: str | None) -> None:
    """A month named without a year, shortly after a day named with an earlier year than the
    article's ("Am 30. März 2017 schrieb er … Vor der Wahl im Mai erhalten …"), is that narrative's
    month (the nearest one to that day), unless its clause speaks of the future."""
    if day.year >= anchor.year:
        return
    for t in found:
        if t.rule != "timex.month" or not re.fullmatch(r"\d{4}-\d\d", t.value) or YEAR_IN.search(text[t.span.start : t.span.end]):
            continue
        if tense_where(text[span.start : span.end], text[t.span.start : t.span.end], code)[0] == "future":
            continue
        month = int(t.value[5:7])
        year = min((day.year - 1, day.year, day.year + 1), key=lambda y: abs((y - day.year) * 12 + month - day.month))
        t.value = f"{year}-{month:02d}"


_HEADER_LINES = 2  # a dated line among the first lines of a text (title, stamp) is the page's own stamp


def _stamp_under_title(doc: Document, start: int) -> bool:
    """A bare dated line right under the title ("Storm closes schools / 20. März 2021 - 15:00 Uhr"), in
    a text whose date is given or read from its metadata to the day: the page's stamp (often of an
    update), not a live blog's entry ("Update vom …" lines still anchor); the given date stays the
    anchor of what the text tells."""
    return bool(doc.date and doc.date.origin != "inferred" and doc.date.grain == "day"
                and doc.text.count("\n", 0, start) <= _HEADER_LINES)


class TimexTagger:
    name: ClassVar[str] = "timex.rules.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments", "sentences", "article_date")
    assigns: ClassVar[tuple[str, ...]] = ("timexes",)

    def __call__(self, doc: Document) -> None:
        lo, hi = anchor_range(doc.date)
        alt: dt.date | None = hi if hi != lo else None
        anchor = lo
        narrative: dt.date | None = None
        narrative_year: int | None = None  # the last year the text named in so many words ("2016", "August 2016")
        year_named: tuple[int, int] | None = None  # that year and the number of the sentence that named it
        dated: tuple[int, dt.date] | None = None  # the last day named with its year, and the sentence's number
        narrative_month: tuple[int, int] | None = None  # the (year, month) of the last month or day named with a value
        out: list[Timex] = []
        for k, sent in enumerate(doc.sentences):
            seg = doc.segments[sent.segment]
            if seg.kind not in CLAIM_SEGMENTS:
                continue
            sent_alt = alt
            if seg.kind == "social_post" and seg.date and re.fullmatch(r"\d{4}-\d\d-\d\d", seg.date):
                sent_anchor, sent_alt = dt.date.fromisoformat(seg.date), None
            else:
                m = _DATELINE.match(doc.text, sent.span.start, sent.span.end)
                if m and doc.text[sent.span.start - 1 : sent.span.start] in ("", "\n") \
                        and not (m.group(1) is None and _stamp_under_title(doc, sent.span.start)):
                    iso = parse_absolute_date(m.group(1) or m.group(2))
                    if iso and len(iso) == 10:
                        # a dated line ("13. Oktober 2024:") is the anchor of what follows it
                        anchor, alt = dt.date.fromisoformat(iso), None
                        sent_alt = None
                sent_anchor = anchor
            found = find_timexes(doc.text, sent.span.start, sent.span.end, sent_anchor, alt=sent_alt, narrative=narrative,
                                 narrative_year=narrative_year,
                                 recent_year=year_named[0] if year_named and k - year_named[1] <= _YEAR_REACH else None,
                                 narrative_month=narrative_month,
                                 code=clear_vote(sent.tokens) or pick(seg.language, doc.language))
            if doc.date and doc.date.origin == "inferred":
                for t in found:
                    if t.anchored:
                        t.rule += "+inferred_anchor"
            if dated is not None and k - dated[0] <= _NARRATIVE_REACH:
                _month_of_narrative(doc.text, sent.span, found, dated[1], sent_anchor, code=clear_vote(sent.tokens) or pick(seg.language, doc.language))
            for t in found:
                if t.value and t.type in ("DATE", "TIME") and (mm := re.match(r"(\d{4})-(\d\d)(?:-\d\d|$|T)", t.value)):
                    narrative_month = (int(mm.group(1)), int(mm.group(2)))
                if t.value and t.type in ("DATE", "TIME") and full_day(t.value):
                    narrative = full_day(t.value)
                    if YEAR_IN.search(doc.text[t.span.start : t.span.end]):
                        dated = (k, narrative) if narrative else dated
                if t.value and t.type == "DATE" and re.match(r"\d{4}", t.value) and YEAR_IN.search(doc.text[t.span.start : t.span.end]):
                    narrative_year = int(t.value[:4])
                    year_named = (narrative_year, k)
            out.extend(found)
        doc.timexes = out
