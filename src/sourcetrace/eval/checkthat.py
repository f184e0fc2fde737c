"""`sourcetrace eval checkthat2020`: CheckThat! 2020 Task 2 (English) — rank the pool of verified
claims for each tweet; official metric MAP@5 (also MAP@1, MRR and recall of the candidates).

The same two stages as claim linking across articles: candidates, then a re-ranking. The candidates
are fused from BM25 (bm25s) over the claims and their titles and each sentence encoder's nearest
claims (cosine over the whole pool, encoded once and cached by the pool's checksum; `use+e5`, the
default, reads USE and multilingual-e5-small); every candidate is re-ranked by a linear score
fitted on dev: its claim's and its title's cosine with the tweet for each encoder, its normalised
BM25 score and its BM25 rank (1 / (5 + rank)). A tweet is read without its links and without the
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

#: candidates per tweet from each retriever (BM25, the encoder; the encoder's by 0.7 × the claim's
#: cosine + 0.3 × the title's), chosen on dev
TOP_K = 20
DENSE_K = 20
TITLE_WEIGHT = 0.3
#: the re-ranking: a linear score of the features of a candidate — for each encoder its claim's
#: and its title's cosine with the tweet, then its BM25 score over the tweet's best and
#: 1 / (5 + its BM25 rank) — with these weights (the first claim cosine 1), fitted on dev (a
#: softmax over each tweet's candidates; five-fold cross-validated on dev, checked on train: see
#: the README). `use+e5` reads the cosines of both encoders (two opinions on one candidate).
RERANK: dict[str, tuple[float, ...]] = {
    "use": (1.0, 0.78, 0.17, 1.25),
    "e5": (1.0, 0.893, 0.124, 0.271),
    "use+e5": (1.0, 0.908, 2.54, 2.02, 0.382, 1.136),
}
RANK_OFFSET = 5
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


def encoders_of(encoder: str) -> list[str]:
    """The encoders an encoder name stands for: "use+e5" is both."""
    return encoder.split("+")


def rank(pool: list[tuple[str, str, str]], queries: list[str], *, encoder: str = "use", top_k: int = TOP_K,
         dense_k: int = DENSE_K, title_weight: float = TITLE_WEIGHT,
         weights: tuple[float, ...] | None = None) -> list[list[str]]:
    """Pool ids ranked for each query, best first: the fused candidates (BM25's top_k and each
    encoder's dense_k), re-ranked by `weights` (`RERANK` of the encoder: the claim's and the
    title's cosine for each encoder, the BM25 score, the reciprocal BM25 rank)."""
    import bm25s

    from ..link.encoders import get_encoder

    names = encoders_of(encoder)
    if weights is None:  # an encoder without weights of its own (hashing): USE's for each
        weights = RERANK.get(encoder) or RERANK["use"][:2] * len(names) + RERANK["use"][2:]
    w = np.asarray(weights, dtype=np.float64)
    if len(w) != 2 * len(names) + 2:
        raise ValueError(f"{len(w)} weights for the {2 * len(names) + 2} features of {encoder}")
    docs = [f"{c} {t}" for _, c, t in pool]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(docs, stopwords="en", show_progress=False), show_progress=False)
    qtexts = [tweet_text(q) for q in queries]
    vecs = []
    for name in names:
        enc = get_encoder(name)
        vecs.append((_pool_vectors(enc, [c for _, c, _ in pool]), _pool_vectors(enc, [t or c for _, c, t in pool]),
                     enc.encode(qtexts, query=True)))
    tokens = bm25s.tokenize([_URL.sub("", q) for q in queries], stopwords="en", show_progress=False, return_ids=False)
    out = []
    for qi, toks in enumerate(tokens):
        lex = np.asarray(retriever.get_scores(list(toks)), dtype=np.float64)
        by_lex = np.argsort(-lex, kind="stable")
        cosines = [(pvec @ qvec[qi], tvec @ qvec[qi]) for pvec, tvec, qvec in vecs]
        dense = [np.argsort(-((1 - title_weight) * c + title_weight * t), kind="stable")[: min(dense_k, len(pool))].tolist()
                 for c, t in cosines]
        cands = np.asarray(list(dict.fromkeys([*by_lex[: min(top_k, len(pool))].tolist(), *(i for d in dense for i in d)])))
        lex_rank = np.empty(len(pool), dtype=np.int64)
        lex_rank[by_lex] = np.arange(len(pool))
        features = [f[cands] for c, t in cosines for f in (c, t)]
        features += [lex[cands] / (lex.max() or 1.0), 1.0 / (RANK_OFFSET + lex_rank[cands])]
        mixed = w @ np.stack(features)
        out.append([pool[int(cands[i])][0] for i in np.argsort(-mixed, kind="stable")])
    return out


def evaluate(root: Path, split: str, *, encoder: str = "use+e5", limit: int = 0) -> dict[str, Any]:
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
