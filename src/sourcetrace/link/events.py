"""The happening a document reports, as keys that two reports of one happening share and two
articles on the same topic on other occasions mostly do not (issue 9: "the same happening, not
merely the same topic or people").

`event_key(doc)` reads the title and lead (the first `LEAD` characters of the body):

- `names`: name keys of the capitalised words and phrases there that do not open a sentence (in
  German every noun is capitalised: the rarer a key in the corpus, the more it weighs, see
  `EventStats`), and of the named sources of the whole document;
- `days`: the days (YYYY-MM-DD) the DATE timexes of the title and lead resolve to against the
  publication date — when the happening took place ("on Tuesday", "am Montag"), not when the
  article appeared; two reports of one happening name days at most one apart;
- `numbers`: the numbers of the title and lead (quantities of 10 or more that are not years): a
  toll, a vote count, a sum.

`EventStats` keeps how many documents hold each name key (incrementally, as documents are
linked) and scores two keys: the IDF-weighted share of the rarer document's names that the other
holds, how rare the rarest name in common is, whether they name a common day or only days two or
more apart, and whether they share a number."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

from .claims import _lex
from .entities import name_key

#: characters of the body after its start that count as the lead
LEAD = 700
_NAME = re.compile(r"[A-ZÄÖÜ][\w'’-]*[\w](?:[ -][A-ZÄÖÜ][\w'’-]*[\w])*")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_NAMED = frozenset({"person", "organization", "organisation", "institution", "party", "media", "news_agency"})


@dataclass(frozen=True)
class EventKey:
    names: frozenset[str]
    days: frozenset[str]
    numbers: frozenset[str]

    def as_dict(self) -> dict[str, list[str]]:
        return {"names": sorted(self.names), "days": sorted(self.days), "numbers": sorted(self.numbers)}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> EventKey:
        d = d or {}
        return cls(frozenset(d.get("names", [])), frozenset(d.get("days", [])), frozenset(d.get("numbers", [])))


EMPTY = EventKey(frozenset(), frozenset(), frozenset())


def _lead_span(doc: dict[str, Any]) -> tuple[int, int]:
    body = [s for s in doc.get("segments", []) if s.get("kind") == "body"]
    start = int(body[0]["start"]) if body else 0
    return start, start + LEAD


def _names_in(text: str) -> set[str]:
    """Capitalised words and phrases of `text` that do not open a sentence, as name keys."""
    stop = _lex()["stopwords"]
    out: set[str] = set()
    for m in _NAME.finditer(text):
        before = text[: m.start()].rstrip(" \"'“„‘»«(")
        if not before or before[-1] in ".!?:\n":
            # a sentence's first word: a name only when a capitalised word follows it in the phrase
            words = m.group().split()
            if len(words) < 2:
                continue
        words = [w for w in re.split(r"[ ]", m.group()) if w.lower() not in stop]
        if not words:
            continue
        key = name_key(" ".join(words))
        if len(key) >= 3:
            out.add(key)
    return out


def event_key(doc: dict[str, Any]) -> EventKey:
    """The event key of an analysed document (its analysis with `text`, `title`)."""
    text = str(doc.get("text") or "")
    s, e = _lead_span(doc)
    title = str(doc.get("title") or "")
    lead = text[s:e]
    names = _names_in(title) | _names_in(lead)
    for src in doc.get("sources", []):
        if src.get("type") in _NAMED and src.get("name"):
            names.add(name_key(str(src["name"])))
    days = {str(t["value"])[:10] for t in doc.get("timexes", [])
            if t.get("type") == "DATE" and _DAY.match(str(t.get("value"))) and int(t.get("start", e)) < e}
    nums: set[str] = set()
    for q in doc.get("quantities", []):
        v = q.get("value")
        if int(q.get("start", e)) < e and isinstance(v, (int, float)) and not isinstance(v, bool) \
                and v >= 10 and not (float(v).is_integer() and 1900 <= v <= 2100):
            nums.add(f"{float(v):g}")
    return EventKey(frozenset(n for n in names if n), frozenset(days), frozenset(nums))


def _ordinals(days: frozenset[str]) -> list[int]:
    out = []
    for d in days:
        try:
            out.append(Date.fromisoformat(d).toordinal())
        except ValueError:
            continue
    return out


class EventStats:
    """Document frequencies of name keys, and the event agreement of two documents."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0

    def add(self, key: EventKey) -> None:
        self.df.update(key.names)
        self.n += 1

    def _w(self, name: str) -> float:
        return math.log((self.n + 1) / (self.df.get(name, 0) + 1)) + 0.1

    def names(self, a: EventKey, b: EventKey) -> float:
        """IDF-weighted share of the names of the document with fewer that the other also holds."""
        if not a.names or not b.names:
            return 0.0
        small, large = (a, b) if len(a.names) <= len(b.names) else (b, a)
        total = sum(self._w(x) for x in small.names)
        return sum(self._w(x) for x in small.names & large.names) / total if total else 0.0

    def rare(self, a: EventKey, b: EventKey) -> float:
        """How rare the rarest name the two hold in common is: its IDF among the linked documents
        as a share of the highest possible (a name no other document holds: 1), 0 with none in
        common. Reports of one happening share its rare names (a place, a wreck's name, a
        hall), two articles on the same people at other occasions mostly only common ones."""
        common = a.names & b.names
        if not common or self.n < 2:
            return 0.0
        top = math.log(self.n + 1)
        return max(math.log((self.n + 1) / (self.df.get(x, 0) + 1)) for x in common) / top

    @staticmethod
    def days(a: EventKey, b: EventKey) -> int:
        """1 when both name a common day, -1 when both name days and all are two or more days
        apart, else 0: one does not name a day, or the nearest are a day apart (a primary night
        and the next morning's analysis of it name the night and the morning, or a happening late
        one day is dated the next: neither agreement nor disagreement)."""
        if not a.days or not b.days:
            return 0
        if a.days & b.days:
            return 1
        return 0 if any(abs(x - y) <= 1 for x in _ordinals(a.days) for y in _ordinals(b.days)) else -1

    @staticmethod
    def numbers(a: EventKey, b: EventKey) -> int:
        return len(a.numbers & b.numbers)
