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


#: `TextIndex.title_told` weighs words by their IDF only over at least this many other documents
TITLE_TOLD_LEAST = 20


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
        #: document key → the word ids of its title, without the words of `skip` (`title_told`)
        self.titles: dict[str, np.ndarray] = {}

    def add(self, key: str, text: str, title: str = "", skip: frozenset[str] = frozenset()) -> None:
        """Counts the words of a document (once: a key added before is left as it is); keeps the words of
        its `title` but those of `skip` (function words) for `title_told`."""
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
        if title:
            # (the title's words are among the text's where the text holds it; any other gets an id, no count)
            words = [w for w in terms(title) if w not in skip]
            self.titles[key] = np.fromiter((self.vocab.setdefault(w, len(self.vocab)) for w in words), dtype=np.int32,
                                           count=len(words))
            if len(self.vocab) > len(self.df):
                self.df = np.concatenate([self.df, np.zeros(max(len(self.vocab), 2 * len(self.df)) - len(self.df), np.int32)])

    def title_told(self, a: str, b: str) -> float:
        """How much of document `a`'s title document `b` tells (rule `link.story.title_told`): the share of the
        title's words (`add`'s `title`, function words left out) that `b`'s title and text hold, each word weighed
        by its IDF over the other documents added so far, log((m + 1) / (df + 1)) with m and df counting neither
        `a` nor `b` — a word in nearly every document weighs nothing, so the share is that of the title's own words
        ("refuses", "Fox", "debate invitation"), and a word the two hold is not made common by the two themselves;
        -1 when either was not added, `a` has no title words or no other document weighs them, and while fewer than
        `TITLE_TOLD_LEAST` other documents are added (too few to tell a rare word from a common one)."""
        titles = self.__dict__.get("titles", {})  # (an index pickled before titles were kept has none)
        if a == b or a not in titles or b not in self.docs or not len(titles[a]) or self.n - 2 < TITLE_TOLD_LEAST:
            return -1.0
        ids = titles[a]
        held = np.isin(ids, self.docs[b][0])
        # (a's title words are among a's counted words, the title being part of its text; one that is not adds no count)
        own = np.isin(ids, self.docs[a][0]).astype(np.float64)
        df = np.maximum(self.df[ids] - own - held, 0.0)
        idf = np.log((self.n - 2 + 1) / (df + 1.0))
        total = float(idf.sum())
        if total <= 0:
            return -1.0
        return float(idf[held].sum()) / total

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
