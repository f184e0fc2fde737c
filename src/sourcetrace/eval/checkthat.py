"""`sourcetrace eval checkthat2020`: CheckThat! 2020 Task 2 (English) — rank the pool of verified
claims for each tweet; official metric MAP@5 (also MAP@1, MRR and recall of the candidates).

The same two stages as claim linking across articles: candidates, then a re-ranking. The candidates
are fused from two retrievers: BM25 (bm25s) over the claims and their titles, and the sentence
encoder's nearest claims (cosine over the whole pool, encoded once and cached by the pool's
checksum); every candidate is re-ranked by its cosine with the tweet (0.7 × the claim's, 0.3 × its
title's) plus the normalised BM25 score. A tweet is read without its links and without the
signature an embedded tweet ends with ("— Name (@handle) January 14, 2020")."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import Errors, InputError

#: candidates per tweet from each retriever (BM25, the encoder) and the weight of the lexical score
#: in the re-ranking, chosen on dev
TOP_K = 20
DENSE_K = 20
LEXICAL_WEIGHT = 0.2
TITLE_WEIGHT = 0.3
_URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+")
_SIGNATURE = re.compile(r"\s*[—–-]\s*[^—–]*\(@\w+\)\s*\w+ \d{1,2}, \d{4}\s*$")


def tweet_text(tweet: str) -> str:
    """The tweet's own words: links and the embed's closing signature removed."""
    return re.sub(r"\s+", " ", _SIGNATURE.sub("", _URL.sub(" ", tweet))).strip()


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


def _pool_vectors(enc: Any, texts: list[str]) -> Any:
    """The encoder's vectors of every claim of the pool, cached in the user's cache folder by the
    encoder and a checksum of the texts ($SOURCETRACE_LINK_CACHE moves it, empty turns it off)."""
    env = os.environ.get("SOURCETRACE_LINK_CACHE")
    folder = None
    if env != "":
        base = Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sourcetrace" / "link"
        folder = base / "checkthat"
    digest = hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    path = folder / f"{enc.name}-{digest}.npy" if folder else None
    if path and path.exists():
        vecs = np.load(path, allow_pickle=False)
        if vecs.shape == (len(texts), enc.dim):
            return vecs
    vecs = np.concatenate([enc.encode(texts[i : i + 512]) for i in range(0, len(texts), 512)]) if texts else \
        np.zeros((0, enc.dim), np.float32)
    if path:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, vecs)
        except OSError:
            pass  # a cache only
    return vecs


def rank(pool: list[tuple[str, str, str]], queries: list[str], *, encoder: str = "use", top_k: int = TOP_K,
         dense_k: int = DENSE_K, lexical_weight: float = LEXICAL_WEIGHT,
         title_weight: float = TITLE_WEIGHT) -> list[list[str]]:
    """Pool ids ranked for each query, best first (the fused candidates: BM25's top_k and the
    encoder's dense_k)."""
    import bm25s

    from ..link.encoders import get_encoder

    docs = [f"{c} {t}" for _, c, t in pool]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(docs, stopwords="en", show_progress=False), show_progress=False)
    qtexts = [tweet_text(q) for q in queries]
    enc = get_encoder(encoder)
    pvec = _pool_vectors(enc, [c for _, c, _ in pool])
    tvec = _pool_vectors(enc, [t or c for _, c, t in pool]) if title_weight else pvec
    qvec = enc.encode(qtexts, query=True)
    tokens = bm25s.tokenize([_URL.sub("", q) for q in queries], stopwords="en", show_progress=False, return_ids=False)
    out = []
    for qi, toks in enumerate(tokens):
        lex = np.asarray(retriever.get_scores(list(toks)), dtype=np.float64)
        cos = (1 - title_weight) * (pvec @ qvec[qi]) + title_weight * (tvec @ qvec[qi])
        cands = list(dict.fromkeys([*np.argsort(-lex, kind="stable")[: min(top_k, len(pool))].tolist(),
                                    *np.argsort(-cos, kind="stable")[: min(dense_k, len(pool))].tolist()]))
        mixed = cos[cands] + lexical_weight * lex[cands] / (lex.max() or 1.0)
        out.append([pool[cands[i]][0] for i in np.argsort(-mixed, kind="stable")])
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
