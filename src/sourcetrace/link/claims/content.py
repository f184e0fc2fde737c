"""What a member's content says: its words without its attribution's cue and source (and a
dateline), and the numbers, dates and durations inside it, with which dates were read from a
bare weekday name."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from ...resources import languages_for, load
from .words import WORD


def in_spans(span: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    s, e = int(span.get("start", -1)), int(span.get("end", -1))
    return any(a <= s and e <= b for a, b in spans)


def _spans_text(text: str, spans: list[dict[str, Any]]) -> str:
    parts = []
    for sp in spans:
        t = sp.get("text")
        parts.append(t if isinstance(t, str) else text[int(sp["start"]) : int(sp["end"])])
    return " … ".join(parts)


def without_tag(text: str, content: list[dict[str, Any]], a: dict[str, Any]) -> str:
    """The words of a content without its attribution's cue and source where the analysis took
    them in ("Verletzt wurde nach Angaben der Polizei niemand" → "Verletzt wurde niemand"): the
    stretch from the first to the last of them is cut, when both stand inside one content span.
    What the claim says is compared, not who says it (the cosine, the content words, the names);
    a dateline before it (`_DATELINE`) is cut too."""
    return _DATELINE.sub("", _content_words(text, content, a))


#: a dateline the analysis took into a content that opens the article ("Marlingen (dpa) - ",
#: "BERLIN (Reuters) — "): where and by whom it was written, not what was said
_DATELINE = re.compile(r"^\s*[A-ZÄÖÜ][\w .'’/-]{0,40}\(\s*[\w/ .-]{1,20}\)\s*[-–—:]\s*")


def _content_words(text: str, content: list[dict[str, Any]], a: dict[str, Any]) -> str:
    tag = [x for x in (a.get("cue"), a.get("source")) if isinstance(x, dict) and "start" in x and "end" in x]
    if len(tag) < 2:
        return _spans_text(text, content)
    cut = (min(int(x["start"]) for x in tag), max(int(x["end"]) for x in tag))
    parts = []
    for sp in content:
        start, end = int(sp["start"]), int(sp["end"])
        if start <= cut[0] and cut[1] <= end and cut[1] - cut[0] < end - start:
            piece = (text[start : cut[0]].rstrip() + " " + text[cut[1] : end].lstrip()).strip(" ,")
            parts.append(re.sub(r"\s*,\s*,", ",", piece))
        else:
            t = sp.get("text")
            parts.append(t if isinstance(t, str) else text[start:end])
    return " … ".join(parts)


class Times(NamedTuple):
    """The times of a content (`numbers_and_dates`): DATE values, DURATION values in days, and
    the dates read from a bare weekday name."""

    dates: list[str]
    durations: list[float]
    weekday_dates: list[str]


def numbers_and_dates(doc: dict[str, Any], text: str, spans: list[tuple[int, int]]) -> tuple[
        list[float | tuple[float | None, float | None]], list[str], Times]:
    """The numbers of the quantities inside `spans` (ranges as pairs), the words they are written
    with ("46 percent": the number veto compares them, not the words) and the times (`Times`):
    the DATE values, the DURATION values in days ("drei Wochen", "three weeks": P3W = 21; a
    duration is a number of its own that the quantities do not hold) and which dates were read
    from a bare weekday ("ab Donnerstag", "from Thursday": resolved against the article's date,
    the last or the next such day, `weekday_date`)."""
    nums: list[float | tuple[float | None, float | None]] = []
    unit_words: list[str] = []
    for q in doc.get("quantities", []):
        if in_spans(q, spans):
            unit_words += WORD.findall(str(q.get("text") or text[int(q["start"]) : int(q["end"])]))
            v = q.get("value")
            if isinstance(v, list):
                nums.append((v[0], v[1]))
            elif isinstance(v, (int, float)):
                nums.append(float(v))
    dates: list[str] = []
    durations: list[float] = []
    weekdays: list[str] = []
    lang = doc.get("language")
    for t in doc.get("timexes", []):
        if not in_spans(t, spans):
            continue
        value = str(t.get("value"))
        if t.get("type") == "DATE" and re.match(r"^\d{4}", value):
            dates.append(value)
            if weekday_date(str(t.get("text") or text[int(t["start"]) : int(t["end"])]), lang):
                weekdays.append(value)
        elif t.get("type") == "DURATION":
            days = duration_days(value)
            if days:
                durations.append(days)
    return nums, unit_words, Times(dates, durations, weekdays)


#: days of a duration unit of a TIMEX3 value (P3W, P2M, PT5H; a decade "DE", a century "CE")
_DURATION_UNITS = {"Y": 365.0, "M": 30.0, "W": 7.0, "D": 1.0, "DE": 3650.0, "CE": 36500.0}


_DURATION_TIME_UNITS = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}


def duration_days(value: str) -> float | None:
    """The days a TIMEX3 duration value spans ("P3W" = 21, "P1.5Y", "PT12H" = 0.5), or None for
    a value without a number ("PXY": some years)."""
    m = re.fullmatch(r"P(?:(\d+(?:\.\d+)?)(DE|CE|[YMWD]))?(?:T(\d+(?:\.\d+)?)([HMS]))?", value)
    if not m or not (m.group(1) or m.group(3)):
        return None
    days = float(m.group(1)) * _DURATION_UNITS[m.group(2)] if m.group(1) else 0.0
    if m.group(3):
        days += float(m.group(3)) * _DURATION_TIME_UNITS[m.group(4)]
    return days


@cache
def _time_words(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The weekday names and the words that fix which one is meant ("next", "last", "this",
    "kommenden", "vergangenen": `past_words`, `next_words`, `this_words` of resources/<lang>/time.json)."""
    days: set[str] = set()
    fixers: set[str] = set()
    for x in languages_for(lang):
        try:
            t = load(x, "time")
        except (FileNotFoundError, OSError):
            continue
        days.update(w.lower() for w in t.get("weekdays", {}))
        for k in ("past_words", "next_words", "this_words"):
            fixers.update(w.lower() for w in t.get(k, []))
    return frozenset(days), frozenset(fixers)


def weekday_date(timex_text: str, lang: str | None = None) -> bool:
    """Whether a date was read from a bare weekday name ("Thursday", "ab Donnerstag", "on
    Thursday night"), with no number and no word that says which one ("next Thursday", "am
    vergangenen Donnerstag"): against the article's date it may be the last such day or the
    next, and two articles of one happening resolve it a week apart ("would run a bus from
    Thursday" read as the past Thursday)."""
    words = [w.lower() for w in WORD.findall(timex_text)]
    days, fixers = _time_words(lang)
    return any(w in days for w in words) and not any(w.isdigit() or w in fixers for w in words)
