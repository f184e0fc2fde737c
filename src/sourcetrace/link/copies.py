"""Copies: wire copies and republished texts, found by near-duplicate detection (MinHash LSH over
word shingles, datasketch) and by agency credits ("(AP)", "dpa/lno", "Quelle: Reuters").

A copy group's original is its earliest document (ties: the first added); a copy is not an
independent report. Below the whole text, a sentence: an outlet's own statement that repeats most of
the words of a sentence of an earlier document (`sentence_share`) is a copy of that sentence
(`Linker._copied_sentence`, rule `link.origin.copy_sentence`)."""

from __future__ import annotations

import re
from functools import cache

from ..resources import load
from .entities import outlet_gazetteer

SHINGLE = 5
NUM_PERM = 64
#: estimated Jaccard of 5-word shingles above which two texts are one text republished
COPY_THRESHOLD = 0.6
_WORD = re.compile(r"\w+")
#: a sentence is a copy of an earlier one when at least this share of its 5-word shingles stand in
#: that one's text (as `COPY_THRESHOLD` for whole texts) …
SENTENCE_SHARE = 0.6
#: … and it has at least this many (twelve words: a short stock phrase, "gave no answer when asked
#: on Friday", is told by many outlets in their own words, and copies nothing)
SENTENCE_SHINGLES = 8
#: the encoder's cosine (on the same-language scale) at or above which a neighbour is read for
#: the words it shares at all: a sentence that repeats most of another's words is near it
SENTENCE_NEAR = 0.5


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def sentence_share(sentence: str | set[str], original: str) -> float:
    """The share of a sentence's 5-word shingles (its text, or its shingles as `shingles` gives
    them) that stand in the original's text: 1.0 for a sentence repeated word for word inside a
    longer one, 0.0 for a sentence of fewer than `SENTENCE_SHINGLES` (too short to tell a copy)."""
    mine = shingles(sentence) if isinstance(sentence, str) else sentence
    if len(mine) < SENTENCE_SHINGLES:
        return 0.0
    return len(mine & shingles(original)) / len(mine)


@cache
def _credit_res() -> list[re.Pattern[str]]:
    names = sorted({n for key, (canon, type_) in outlet_gazetteer().items() if type_ == "news_agency"
                    for n in _agency_names(canon)}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return [re.compile(p.format(agency=alt), re.M) for p in load("common", "agencies")["credit_patterns"]]


@cache
def _agency_names(canon: str) -> tuple[str, ...]:
    out = [canon]
    for e in load("common", "outlets").get("entries", []):
        if e["name"] == canon:
            out.extend(e.get("aliases", []))
    return tuple(out)


def agency_credits(text: str) -> list[str]:
    """Agencies credited for the text (canonical names), from its first and last lines."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    edge = "\n".join(lines[:3] + lines[-3:])
    found: list[str] = []
    for rx in _credit_res():
        for m in rx.finditer(edge):
            canon = outlet_gazetteer().get(m.group("agency").lower())
            name = canon[0] if canon else m.group("agency")
            if name not in found:
                found.append(name)
    return found


class CopyDetector:
    """Incremental near-duplicate groups."""

    def __init__(self, threshold: float = COPY_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        from datasketch import MinHash, MinHashLSH

        self._minhash = MinHash
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.threshold = threshold
        self._sigs: dict[str, object] = {}
        self.parent: dict[str, str] = {}
        self.order: dict[str, tuple[str, int]] = {}  # doc → (date, arrival) for choosing originals

    def _find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def add(self, doc_id: str, text: str, date: str | None) -> str | None:
        """Adds a document; returns the id of the document it copies (its group's original) or None."""
        m = self._minhash(num_perm=self.num_perm)
        sh = shingles(text)
        m.update_batch([s.encode("utf-8") for s in sh])  # the same values as one update per shingle, 7x faster
        self.parent[doc_id] = doc_id
        self.order[doc_id] = (date or "9999", len(self.order))
        if len(sh) >= 3:
            for other in self.lsh.query(m):
                if m.jaccard(self._sigs[other]) >= self.threshold:
                    self._union(doc_id, str(other))
            self.lsh.insert(doc_id, m)
            self._sigs[doc_id] = m
        root = self._find(doc_id)
        return None if root == doc_id else root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        first, second = sorted((ra, rb), key=lambda d: self.order[d])
        self.parent[second] = first

    def original(self, doc_id: str) -> str:
        return self._find(doc_id)

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for d in self.parent:
            out.setdefault(self._find(d), []).append(d)
        return out
