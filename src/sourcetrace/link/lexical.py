"""Full-text lexical similarity of documents, for the stories: the TF-IDF cosine of title and
text, with the document frequencies of the documents linked so far (so that it is incremental:
a new document is compared without recomputing the corpus).

Two reports of one happening share its rare words — names of people and places, the words of
what was done — over their whole texts, not only in their leads; two reports of the same people
on other occasions share fewer of them. The title-and-lead vector of the encoder reads the lead
only (`linker.story_text`); this reads everything."""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from itertools import pairwise

import numpy as np

#: words of three letters or more (no digits): what the TF-IDF counts
WORD = re.compile(r"[^\W\d_]{3,}")


def terms(text: str) -> Counter[str]:
    """The words of a text (lower case, `WORD`) with their counts."""
    return Counter(w.lower() for w in WORD.findall(text))


def word_pairs(text: str) -> Counter[str]:
    """The pairs of consecutive words of a text (`WORD`, lower case: "coastguard towed", "towed
    ferry") with their counts: the phrases a happening is told with ("medal honor", "town hall",
    the words of a quoted line), which two reports of the same people on another occasion share
    less often than their single words."""
    words = [w.lower() for w in WORD.findall(text)]
    return Counter(f"{a} {b}" for a, b in pairwise(words))


def full_text(doc: dict[str, object]) -> str:
    """What the lexical similarity reads of a document: its title and its text."""
    return f"{doc.get('title') or ''}\n{doc.get('text') or ''}"


#: word pairs are counted in this many hashed buckets (`TextIndex(pairs=True)`): a corpus has far
#: more distinct pairs than words, and a vocabulary of them would grow without bound
PAIR_BUCKETS = 1 << 22


class TextIndex:
    """Log-scaled term frequencies of the documents added, and the document frequencies of their
    words; `cosine` weighs both documents by the IDF of the documents added so far
    (log((n + 1) / (df + 1)) + 1), so that a word common in the corpus counts little. With `pairs`,
    the terms are the pairs of consecutive words (`word_pairs`), counted by a hash of each pair in
    `PAIR_BUCKETS` buckets (no vocabulary is kept: two pairs of one bucket count as one)."""

    def __init__(self, *, pairs: bool = False) -> None:
        self.pairs = pairs
        self.vocab: dict[str, int] = {}
        self.df = np.zeros(PAIR_BUCKETS if pairs else 1024, dtype=np.int32)
        self.n = 0
        #: document key → (word ids, sorted; 1 + log of their counts)
        self.docs: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        if self.pairs:  # the buckets that hold a pair, not the millions of empty ones
            nonzero = np.flatnonzero(self.df).astype(np.int32)
            state["df"] = (len(self.df), nonzero, self.df[nonzero])
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        df = state.get("df")
        if isinstance(df, tuple):
            size, nonzero, counts = df
            state["df"] = np.zeros(size, dtype=np.int32)
            state["df"][nonzero] = counts  # type: ignore[index]
        self.__dict__.update(state)
        self.__dict__.setdefault("pairs", False)  # (pickled before word pairs were counted)

    def _counts(self, text: str) -> dict[int, int]:
        """Term id → count of a text's terms (words; or word pairs by their hashed bucket)."""
        if not self.pairs:
            return {self.vocab.setdefault(w, len(self.vocab)): c for w, c in terms(text).items()}
        out: dict[int, int] = {}
        for p, c in word_pairs(text).items():
            b = zlib.crc32(p.encode("utf-8")) % PAIR_BUCKETS
            out[b] = out.get(b, 0) + c
        return out

    def add(self, key: str, text: str) -> None:
        """Counts the terms of a document (once: a key added before is left as it is)."""
        if key in self.docs:
            return
        counts = self._counts(text)
        ids = np.fromiter(counts, dtype=np.int32, count=len(counts))
        if len(self.vocab) > len(self.df):
            self.df = np.concatenate([self.df, np.zeros(max(len(self.vocab), 2 * len(self.df)) - len(self.df), np.int32)])
        tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float32, count=len(counts))
        order = np.argsort(ids)
        self.docs[key] = (ids[order], tf[order])
        self.df[ids] += 1
        self.n += 1

    def _weights(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        ids, tf = self.docs[key]
        idf = np.log((self.n + 1) / (self.df[ids] + 1.0)) + 1.0
        return ids, tf * idf.astype(np.float32)

    def cosine(self, a: str, b: str) -> float:
        """The TF-IDF cosine of two documents added (0 when either was not, or has no words)."""
        if a not in self.docs or b not in self.docs:
            return 0.0
        ia, wa = self._weights(a)
        ib, wb = self._weights(b)
        na, nb = float(np.linalg.norm(wa)), float(np.linalg.norm(wb))
        if not na or not nb:
            return 0.0
        _, xa, xb = np.intersect1d(ia, ib, assume_unique=True, return_indices=True)
        return float(wa[xa] @ wb[xb]) / (na * nb)
