"""`sourcetrace eval checkthat2020`: CheckThat! 2020 Task 2 (English) — rank the pool of verified
claims for each tweet; official metric MAP@5 (also MAP@1, MRR and recall of the candidates).

The same two stages as claim linking across articles: a cheap lexical retrieval (BM25, bm25s) of
candidates, then the sentence encoder re-ranks them, mixing cosine with the normalised BM25
score. Only the tweets and their candidates are encoded, never the whole pool."""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import Errors, InputError

#: candidates per tweet and the weight of the lexical score in the re-ranking, chosen on dev
TOP_K = 20
LEXICAL_WEIGHT = 0.2
_URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+")


def _tsv(path: Path) -> list[list[str]]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return [r for r in rows[1:] if r]


def load(root: Path, split: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]], dict[str, set[str]]]:
    """(pool of (id, claim, title), queries of (id, text), qrels)."""
    if not root.exists():
        raise InputError(Errors.E030.format(path=root))
    qdir = root / "test" if split == "test" else root / "v3.0" / split
    pool = [(r[0], r[1], r[2] if len(r) > 2 else "") for r in _tsv(root / "v3.0" / "verified_claims.docs.tsv")]
    queries = [(r[0], r[1]) for r in _tsv(qdir / "tweets.queries.tsv")]
    qrels: dict[str, set[str]] = {}
    for line in (qdir / "tweet-vclaim-pairs.qrels").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 3:
            qrels.setdefault(parts[0], set()).add(parts[2])
    return pool, queries, qrels


def average_precision(ranked: list[str], gold: set[str], k: int) -> float:
    hits, total = 0, 0.0
    for i, d in enumerate(ranked[:k]):
        if d in gold:
            hits += 1
            total += hits / (i + 1)
    return total / min(len(gold), k) if gold else 0.0


def rank(pool: list[tuple[str, str, str]], queries: list[str], *, encoder: str = "use", top_k: int = TOP_K,
         lexical_weight: float = LEXICAL_WEIGHT) -> list[list[str]]:
    """Pool ids ranked for each query, best first (the top_k candidates)."""
    import bm25s

    from ..link.encoders import get_encoder

    docs = [f"{c} {t}" for _, c, t in pool]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(docs, stopwords="en", show_progress=False), show_progress=False)
    qtexts = [_URL.sub("", q) for q in queries]
    k = min(top_k, len(pool))
    idx, scores = retriever.retrieve(bm25s.tokenize(qtexts, stopwords="en", show_progress=False), k=k,
                                     show_progress=False)
    enc = get_encoder(encoder)
    cands = sorted({int(j) for row in idx for j in row})
    where = {j: i for i, j in enumerate(cands)}
    cvec = enc.encode([pool[j][1] for j in cands])
    qvec = enc.encode(qtexts, query=True)
    out = []
    for qi, (row, srow) in enumerate(zip(idx, scores)):
        cos = np.array([float(cvec[where[int(j)]] @ qvec[qi]) for j in row])
        lex = np.asarray(srow, dtype=np.float64)
        mixed = cos + lexical_weight * lex / (lex.max() or 1.0)
        out.append([pool[int(row[i])][0] for i in np.argsort(-mixed, kind="stable")])
    return out


def evaluate(root: Path, split: str, *, encoder: str = "use", limit: int = 0) -> dict[str, Any]:
    if split == "train":
        split = "train"
    pool, queries, qrels = load(root, split)
    if limit:
        queries = queries[:limit]
    t0 = time.perf_counter()
    ranked = rank(pool, [q for _, q in queries], encoder=encoder)
    seconds = time.perf_counter() - t0
    golds = [qrels.get(qid, set()) for qid, _ in queries]
    n = len(queries) or 1
    rr = []
    for r, g in zip(ranked, golds):
        pos = next((i for i, d in enumerate(r) if d in g), None)
        rr.append(0.0 if pos is None else 1.0 / (pos + 1))
    return {
        "corpus": f"CheckThat! 2020 Task 2 (English tweets vs {len(pool)} verified claims), split {split}",
        "metric": "MAP@k as the task's official scorer (AP over the top k, divided by min(|gold|, k))",
        "encoder": encoder,
        "queries": len(queries),
        "map@1": round(sum(average_precision(r, g, 1) for r, g in zip(ranked, golds)) / n, 4),
        "map@5": round(sum(average_precision(r, g, 5) for r, g in zip(ranked, golds)) / n, 4),
        "mrr@20": round(sum(rr) / n, 4),
        "candidate_recall": round(sum(bool(set(r) & g) for r, g in zip(ranked, golds)) / n, 4),
        "seconds": round(seconds, 1),
    }
