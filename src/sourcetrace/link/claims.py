"""Claim members: one attributed claim of one document, with the features the vetoes compare
(numbers, dates, named sources, negation, content words) and its stance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..resources import languages, load
from .entities import name_key

_WORD = re.compile(r"\w+(?:n't)?", re.I)


@cache
def _lex() -> dict[str, frozenset[str]]:
    """Negation words, denial cues, spokesperson words and stopwords of every language, pooled:
    a claim and its translation are compared with each other's words."""
    out: dict[str, set[str]] = {"negation": set(), "denial_cues": set(), "spokesperson": set(), "stopwords": set()}
    for lang in languages():
        try:
            d = load(lang, "link")
        except (FileNotFoundError, OSError):
            continue
        for k in out:
            out[k].update(w.lower() for w in d.get(k, []))
    return {k: frozenset(v) for k, v in out.items()}


@dataclass
class Member:
    """One attribution of one document as a candidate member of a cross-article claim."""

    key: str  # "<document>#<attribution id>"
    document: str
    start: int
    end: int
    text: str
    source: str | None
    source_type: str | None
    source_role: str | None
    via: list[str]
    upstream: list[tuple[str, str]]  # (name, type) of links before the source, origin first
    downstream: list[tuple[str, str]]
    negated: bool
    denial_cue: bool
    numbers: list[float | tuple[float | None, float | None]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    claim: str | None = None
    stance: str = "asserts"
    origin: str | None = None  # entity id
    rule: str = "link.claim.member"


def _inside(span: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    s, e = int(span.get("start", -1)), int(span.get("end", -1))
    return any(a <= s and e <= b for a, b in spans)


def _spans_text(text: str, spans: list[dict[str, Any]]) -> str:
    parts = []
    for sp in spans:
        t = sp.get("text")
        parts.append(t if isinstance(t, str) else text[int(sp["start"]) : int(sp["end"])])
    return " … ".join(parts)


def members_of(doc: dict[str, Any]) -> list[Member]:
    """The claim members of one analysed document (its attributions)."""
    lex = _lex()
    text = str(doc.get("text") or "")
    sources = {s.get("id"): s for s in doc.get("sources", [])}
    names_in_doc = []
    for s in doc.get("sources", []):
        if s.get("type") not in ("anonymous", "unnamed"):
            for n in [s.get("name", ""), *s.get("aliases", [])]:
                if n and len(n) >= 3:
                    names_in_doc.append(n)
    denial_hedges = [h for h in doc.get("hedges", []) if h.get("kind") in ("denial", "dispute")]
    out: list[Member] = []
    for a in doc.get("attributions", []):
        content = a.get("content") or []
        if isinstance(content, dict):
            content = [content]
        if not content:
            continue
        spans = [(int(c["start"]), int(c["end"])) for c in content]
        ctext = _spans_text(text, content)
        src = a.get("source") or None
        s_full = sources.get(src.get("id")) if src else None
        name = (src.get("name") or src.get("text")) if src else None
        stype = (src.get("type") or (s_full or {}).get("type")) if src else None
        role = (s_full or {}).get("role")
        up: list[tuple[str, str]] = []
        down: list[tuple[str, str]] = []
        for v in a.get("via", []):
            vs = sources.get(v.get("id"), {})
            item = (str(v.get("name", "")), str(vs.get("type", "unnamed")))
            (up if v.get("position") == "upstream" else down).append(item)
        words = [w.lower() for w in _WORD.findall(ctext)]
        negated = sum(w in lex["negation"] or w.endswith("n't") for w in words) % 2 == 1
        cue = (a.get("cue") or {}).get("text", "") or ""
        denial = a.get("status") == "denied" or any(c in cue.lower() for c in lex["denial_cues"]) or any(
            (h.get("scope") and _inside(h["scope"], spans)) or _inside(h, [(min(spans)[0] - 80, max(e for _, e in spans))])
            for h in denial_hedges)
        nums: list[float | tuple[float | None, float | None]] = []
        for q in doc.get("quantities", []):
            if _inside(q, spans):
                v = q.get("value")
                if isinstance(v, list):
                    nums.append((v[0], v[1]))
                elif isinstance(v, (int, float)):
                    nums.append(float(v))
        dates = [str(t.get("value")) for t in doc.get("timexes", []) if t.get("type") == "DATE" and _inside(t, spans)
                 and re.match(r"^\d{4}", str(t.get("value")))]
        names = {name_key(n) for n in names_in_doc if n in ctext}
        out.append(Member(
            key=f"{doc['id']}#{a.get('id')}", document=str(doc["id"]), start=min(s for s, _ in spans),
            end=max(e for _, e in spans), text=ctext, source=name, source_type=stype, source_role=role,
            via=[n for n, _ in up] + [n for n, _ in down], upstream=up, downstream=down, negated=negated,
            denial_cue=bool(denial), numbers=nums, dates=dates, names=names,
            words={name_key(w) for w in words if w not in lex["stopwords"] and len(w) > 2 and not w.isdigit()},
            rule=str(a.get("rule", "link.claim.member"))))
    return out


def _sig_round(x: float, like: float) -> float:
    """x rounded to as many significant digits as `like` shows (10'000 has one, 10'400 three)."""
    if like == 0:
        return x
    digits = len(str(abs(int(like))).rstrip("0")) if float(like).is_integer() else 6
    from math import floor, log10

    p = digits - 1 - floor(log10(abs(like)))
    return round(x, p)


def numbers_compatible(a: float | tuple[float | None, float | None], b: float | tuple[float | None, float | None]) -> bool:
    """Equal, equal after rounding to the rougher one's precision, or overlapping ranges."""
    def rng(v: float | tuple[float | None, float | None]) -> tuple[float, float]:
        if isinstance(v, tuple):
            return (v[0] if v[0] is not None else float("-inf"), v[1] if v[1] is not None else float("inf"))
        return (v, v)

    if isinstance(a, tuple) or isinstance(b, tuple):
        (a0, a1), (b0, b1) = rng(a), rng(b)
        return a0 <= b1 and b0 <= a1
    if a == b:
        return True
    return _sig_round(b, a) == a or _sig_round(a, b) == b


def veto(m: Member, n: Member) -> str | None:
    """Why m and n cannot assert the same thing, or None."""
    if m.numbers and n.numbers:
        small, large = (m.numbers, n.numbers) if len(m.numbers) <= len(n.numbers) else (n.numbers, m.numbers)
        if not all(any(numbers_compatible(x, y) for y in large) for x in small):
            return "link.veto.number"
    if m.dates and n.dates:
        if not any(a.startswith(b) or b.startswith(a) for a in m.dates for b in n.dates):
            return "link.veto.date"
    if m.names and n.names and not (m.names & n.names):
        return "link.veto.entity"
    return None


def lexical_overlap(m: Member, n: Member) -> float:
    if not m.words or not n.words:
        return 0.0
    return len(m.words & n.words) / min(len(m.words), len(n.words))


def is_spokesperson(role: str | None) -> str | None:
    """The principal a spokesperson's role names ("Sprecher des Innenministeriums" → "Innenministeriums"), or None."""
    if not role:
        return None
    low = role.lower()
    for w in sorted(_lex()["spokesperson"], key=len, reverse=True):
        i = low.find(w)
        if i >= 0:
            rest = role[i + len(w) :].strip(" ,")
            rest = re.sub(r"^(?:des|der|von|vom|of|for|to|the)\s+", "", rest, flags=re.I)
            rest = re.sub(r"^(?:the|der|die|das)\s+", "", rest, flags=re.I)
            return rest or None
    return None
