"""Full-text lexical similarity of documents, for the stories: the TF-IDF cosine of title and
text, with the document frequencies of the documents linked so far (so that it is incremental:
a new document is compared without recomputing the corpus).

Two reports of one happening share its rare words — names of people and places, the words of
what was done — over their whole texts, not only in their leads; two reports of the same people
on other occasions share fewer of them. The title-and-lead vector of the encoder reads the lead
only (`events.story_text`); this reads everything."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

#: words of three letters or more (no digits): what the TF-IDF counts
WORD = re.compile(r"[^\W\d_]{3,}")


def terms(text: str) -> Counter[str]:
    """The words of a text (lower case, `WORD`) with their counts."""
    return Counter(w.lower() for w in WORD.findall(text))


def full_text(doc: dict[str, object]) -> str:
    """What the lexical similarity reads of a document: its title and its text."""
    return f"{doc.get('title') or ''}\n{doc.get('text') or ''}"


class TextIndex:
    """Log-scaled term frequencies of the documents added, and the document frequencies of their
    words; `cosine` weighs both documents by the IDF of the documents added so far
    (log((n + 1) / (df + 1)) + 1), so that a word common in the corpus counts little."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.df = np.zeros(1024, dtype=np.int32)
        self.n = 0
        #: document key → (word ids, sorted; 1 + log of their counts)
        self.docs: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def add(self, key: str, text: str) -> None:
        """Counts the words of a document (once: a key added before is left as it is)."""
        if key in self.docs:
            return
        counts = terms(text)
        ids = np.fromiter((self.vocab.setdefault(w, len(self.vocab)) for w in counts), dtype=np.int32, count=len(counts))
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
