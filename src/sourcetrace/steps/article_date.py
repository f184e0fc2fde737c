"""The article date (rule `article_date.v2`): given (--date), from HTML metadata, or inferred from
real evidence about the article itself, with that evidence named; otherwise unknown.

Evidence, in order of trust:
1. a dateline or byline in the first lines ("BERLIN, 13. Oktober 2024 (dpa) –", "Von Anna Muster,
   13.10.2024", "13.10.2024, 14:32 Uhr"), labelled publication stamps on a line of their own
   anywhere ("Stand: 13.10.2024", "Update vom 3. Mai 2020, 16:05 Uhr:", "Published Oct. 13, 2024",
   also in parentheses) and a credit in parentheses closing the text after its last sentence
   ("… bleibt offen. (Anna Muster, 13.10.2024)", "(APA, 13.10.2024)", also on a line of its own); of several stamps the
   latest (a live blog is as new as its last update);
2. the latest date of an embedded post (an article is not older than what it embeds).

A date merely mentioned in the text ("vor 1933", "am 27. Dezember 2008 begann …") says when
something happened, not when the article was written: it is never taken. A stamp that names only
a month or a year gives `YYYY-MM` or `YYYY`."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import ClassVar

from ..document import REFINED_IN_TEXT, WITHIN_GIVEN, ArticleDate, Document, Span
from ..resources import SUPPORTED, load
from .timex import find_absolute

_STAMP_SEGMENTS = ("title", "body", "boilerplate", "caption")
_HEAD_LINES = 6  # a dateline or byline stands among the first lines
_TAIL_LINES = 4  # "Stand: …" often closes a page


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    def words(key: str) -> str:
        ws = {w for lang in SUPPORTED for w in load(lang, "time").get(key, [])}
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))

    weekdays = "|".join(sorted({w for lang in SUPPORTED for w in load(lang, "time").get("weekdays", {})}, key=len, reverse=True))
    wd = rf"(?:(?:{weekdays})\.?,?\s*)?"
    clock = r"(?:\d{1,2}[:.]\d\d\s*(?:Uhr|h|a\.m\.|p\.m\.|am|pm)?(?:\s*[A-Z]{2,4})?\s*[,|·/–—-]?\s*)?"
    return {
        # a label word opening a line: a line in the middle of the text needs one to be a stamp
        # (also in parentheses: "(Published Monday, Nov. 18, 2019)")
        "label_start": re.compile(rf"\(?(?:{words('date_labels')})", re.I),
        # "Stand: 13.10.2024", "Update vom 03. Mai 2020, 16:05 Uhr:", "Updated 3:45 p.m. ET Nov. 27, 2015"
        "label": re.compile(rf"\(?(?:{words('date_labels')})\b\s*:?\s*(?:(?:am|vom|on|at)\s+)?{wd}{clock}(?:(?:am|vom|on)\s+)?", re.I),
        # "13.10.2024", "Sonntag, 13. Oktober 2024" at the start of a line
        "bare": re.compile(rf"{wd}{clock}", re.I),
        # "BERLIN, 13. Oktober 2024", "WASHINGTON (AP) —", "Genf/Zürich –"
        "place": re.compile(
            r"(?!(?:Am|Im|An|In|Ab|Bis|Seit|Vom|Zum|Vor|Nach|Bei|Der|Die|Das|Den|Dem|On|At|By|From|Since|Until|The|Last|This|Next)\b)"
            rf"(?!(?i:{weekdays})\b)"
            r"[A-ZÄÖÜ][\wÄÖÜäöüß.'/-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß.'/-]*){0,3}\s*(?:\([^()\n]{1,30}\)\s*)?[,–—-]\s*" + wd),
        # "Von Anna Muster, 13.10.2024", "By Jane Doe | Oct. 13, 2024"
        # "Von Anna Muster, NDR, 13.10.2024", "By Jane Doe | Oct. 13, 2024": names checked by _names
        "byline": re.compile(rf"(?:{words('byline_words')})\b:?\s+(?P<names>[^\n.!?;:]{{2,100}}?)\s*[,|·–—-]\s*{wd}{clock}"),
        # what may follow a dateline's date: the end of the line, a separator, a time, an agency
        "after": re.compile(r"\s*(?:$|[,|·:–—(/-]|\)\s*$|\d{1,2}[:.]\d\d|um\b|at\b|Uhr\b)", re.I),
        # a credit closing the text after its last sentence: "… ausgefallen. (Anna Muster, 12.9.2015)",
        # "(APA, 3.4.2016)", "(red, 3.4.2016)", "(3.4.2016)"
        # also on a line of its own after the last sentence ("…\n(APA, 13.10.2024)")
        "credit": re.compile(r"(?<=[.!?…\"“”»«’'\n])\s*\((?P<names>[^()\n]{0,100}?)[,;]?\s*"
                             r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:1[5-9]|20)\d\d)\)[\s\"'“”]*$"),
    }


# every date find_absolute gives has a year in it: a line without one is passed over unread
_YEARISH = re.compile(r"(?:1[5-9]|20)\d\d")
_CONNECTORS = frozenset({"und", "and", "&", "von", "van", "de", "del", "der", "zu", "mit", "with"})


def _names(text: str) -> bool:
    """Names of authors (and their outlet): every word capitalised or a connector, at most ten."""
    words = re.findall(r"[^\s,|·/()–—-]+", text)
    return 0 < len(words) <= 10 and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def _credit_names(text: str) -> bool:
    """Who a closing credit names: nobody, authors ("Anna Muster, Jan Beispiel") or an agency's or
    editor's short code ("APA/dpa", "red"), at most ten words."""
    words = re.findall(r"[^\s,|·/()–—-]+", text)
    return len(words) <= 10 and all(w[:1].isupper() or w.lower() in _CONNECTORS or (w.isalpha() and len(w) <= 4) for w in words)


def _credit(doc: Document, line: Span) -> str | None:
    """The date of a credit in parentheses that closes the text ("… (Anna Muster, 12.9.2015)"),
    `YYYY-MM-DD`, or None."""
    m = _rx()["credit"].search(doc.text, line.start, line.end)
    if m is None or not _credit_names(m.group("names")):
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def _lines(doc: Document) -> list[Span]:
    """The non-empty lines of the segments where a stamp can stand (not posts or comments)."""
    out: list[Span] = []
    for seg in doc.segments:
        if seg.kind not in _STAMP_SEGMENTS:
            continue
        pos = seg.span.start
        for line in doc.text[seg.span.start : seg.span.end].split("\n"):
            if line.strip():
                out.append(Span(pos, pos + len(line)))
            pos += len(line) + 1
    return out


_STAMP_TAIL = re.compile(r"[\s,|·–—/()-]*(?:(?:um|at)\s+)?(?:\d{1,2}[:.]\d\d\s*(?:Uhr|h|a\.m\.|p\.m\.|am|pm)?\s*(?:[A-Z]{2,4})?)?[\s.)]*")


def is_stamp_line(text: str) -> bool:
    """Whether a line (or sentence) is a labelled publication stamp and nothing else ("Published
    March 2, 2026", "Veröffentlicht am 2. März 2026, 10:15 Uhr", "Updated 3:45 p.m. ET Nov. 27,
    2015"): page furniture, not a claim of the author's (rule `claims.skip.date_stamp`)."""
    t = text.strip()
    if len(t) > 80 or not _YEARISH.search(t) or not _rx()["label_start"].match(t):
        return False
    dates = sorted(find_absolute(t, 0, len(t)), key=lambda sv: (sv[0].start, -sv[0].end))
    if not dates:
        return False
    span = dates[0][0]
    start = span.start
    prep = re.match(r"(?:am|im|vom|on|in)\s+", t[start : span.end], re.I)
    if prep:
        start += prep.end()
    return bool(_rx()["label"].fullmatch(t[:start])) and bool(_STAMP_TAIL.fullmatch(t[span.end :]))


def find_stamps(doc: Document) -> list[tuple[str, str]]:
    """(value, kind) of every publication stamp in the text: kind is `dateline`, `byline`, `stamp`
    or `credit`; the value is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`."""
    rx = _rx()
    lines = _lines(doc)
    out: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        head = i < _HEAD_LINES
        tail = i >= len(lines) - _TAIL_LINES
        if not _YEARISH.search(doc.text, line.start, line.end):
            continue
        if not (head or tail or (out and len(out[-1][0]) == 4)) and not rx["label_start"].match(doc.text, line.start, line.end):
            continue  # in the middle only a labelled stamp counts (or a bare year may drop the last one, below)
        for span, value in sorted(find_absolute(doc.text, line.start, line.end), key=lambda sv: (sv[0].start, -sv[0].end)):
            if not re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", value):
                continue
            start = span.start
            prep = re.match(r"(?:am|im|vom|on|in)\s+", doc.text[start : span.end], re.I)
            if prep:
                start += prep.end()
            prefix = doc.text[line.start : start]
            after_ok = bool(rx["after"].match(doc.text, span.end, line.end))
            short = line.end - line.start <= 80
            if rx["label"].fullmatch(prefix) and (short or after_ok):
                out.append((value, "stamp"))
            elif head and after_ok and (b := rx["byline"].fullmatch(prefix)) and _names(b.group("names")):
                out.append((value, "byline"))
            elif after_ok and (((head or (tail and short)) and rx["bare"].fullmatch(prefix))
                               or (head and rx["place"].fullmatch(prefix))):
                out.append((value, "dateline"))
            if len(value) == 4 and out and out[-1][0] == value and not short:
                out.pop()  # a bare year opening a long line is a topic ("2015 war ein Jahr …"), not a stamp
            break  # only the first date of a line can be its stamp
    credit = _credit(doc, lines[-1]) if lines else None
    if credit is not None:
        out.append((credit, "credit"))
    return out


class ArticleDater:
    name: ClassVar[str] = "article_date.v2"
    requires: ClassVar[tuple[str, ...]] = ("segments",)
    assigns: ClassVar[tuple[str, ...]] = ("article_date",)

    def __call__(self, doc: Document) -> None:
        if doc.date is not None:
            if doc.date.grain != "day":
                self._refine(doc, doc.date)
            return
        stamps = find_stamps(doc)
        if stamps:
            # the most precise of the latest: a full date beats a month or year it falls in
            best = max(stamps, key=lambda s: (s[0][:4], s[0][5:7] or "00", s[0][8:10] or "00"))
            kinds = sorted({k for v, k in stamps if v == best[0]})
            what = "/".join(kinds)
            more = f" (latest of {len(stamps)})" if len(stamps) > 1 else ""
            doc.date = ArticleDate(best[0], "inferred", f"{what} in the text{more}")
            return
        posts = [
            s.date for s in doc.segments
            if s.kind == "social_post" and s.date and re.fullmatch(r"\d{4}-\d\d-\d\d", s.date)
        ]
        if posts:
            doc.date = ArticleDate(max(posts), "inferred", f"latest date of {len(posts)} embedded post(s)")

    @staticmethod
    def _refine(doc: Document, coarse: ArticleDate) -> None:
        """A month or year given (or from metadata) made exact by a stamp in the text that falls in
        it ("--date 2025-05" and the dateline "…, May 4, 2025 —"): the latest such stamp, its kind
        named beside the date it agrees with. A stamp outside the coarse date does not win over it.
        The exact date keeps the coarse date's origin (`given`, `metadata`): it is that date made
        exact, not a guess (`inferred` would say "may be wrong" of a date the user or page vouches for)."""
        fits = [(v, k) for v, k in find_stamps(doc) if len(v) > len(coarse.value) and v.startswith(coarse.value + "-")]
        if not fits:
            return
        best = max(fits, key=lambda s: (s[0][5:7] or "00", s[0][8:10] or "00"))
        what = "/".join(sorted({k for v, k in fits if v == best[0]}))
        within = (f"{WITHIN_GIVEN} {coarse.value} ({coarse.evidence})" if coarse.origin == "given" else
                  f"within {coarse.value} from {coarse.origin} ({coarse.evidence})")
        doc.date = ArticleDate(best[0], coarse.origin, f"{what} {REFINED_IN_TEXT}{within.removeprefix('within')}")
