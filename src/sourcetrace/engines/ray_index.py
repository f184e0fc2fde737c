"""The linker's nearest-neighbour search sharded over Ray actors (`link --engine ray`).

The linked vectors — one per document (title and lead), one per claim member — are cut into a
fixed number of *parts* by their position in link order (item i goes to part i % parts); each
part is an hnswlib graph built by adding its items in that order on one thread, so the same
items always make the same graph. The parts are spread over the workers' actors (part p on actor
p % workers): no process holds the whole index, the driver included.

Before the driver links a batch, `Shards.prepare` sends every actor the items linked since the
last batch (for its parts) and the batch's queries; each actor answers every query from each of
its parts (the best `k`, by cosine, equal cosines by key) and merges them. The driver merges the
actors' answers the same way and, while the batch is linked, adds what the batch itself linked
before a query (an exact search over those few items, `hnswlib.BFIndex`: the same cosine as the
graphs). So a query sees every item linked before it, as in the local linker, and its answer
depends on the number of parts, never on the number of workers. Where the graphs find the exact
neighbours (always, on small corpora) the answers are the local linker's.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..link.encoders import Matrix, VectorIndex, best_first

KINDS = ("documents", "members")
#: parts per index: the answers depend on this number, not on the number of workers (who hold
#: parts % workers each); more workers than parts leaves some without work
PARTS = 8


def _rss_mb() -> float:
    """This process's resident memory now (Linux), in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class IndexShard:
    """A Ray actor holding some parts of both indexes (documents and claim members)."""

    def __init__(self, dim: int, parts: list[int]) -> None:
        self.dim = dim
        self.parts = {kind: {p: VectorIndex(dim) for p in parts} for kind in KINDS}

    def step(self, adds: dict[str, dict[int, tuple[list[str], Matrix]]], queries: dict[str, Matrix],
             k: int) -> dict[str, list[list[tuple[str, float]]]]:
        """Adds each part's new items (in link order), then answers `queries` per kind: the best
        `k` of this actor's parts for each query row."""
        for kind, by_part in adds.items():
            for p, (keys, vecs) in by_part.items():
                self.parts[kind][p].add(keys, vecs, threads=1)
        out: dict[str, list[list[tuple[str, float]]]] = {}
        for kind, q in queries.items():
            per_part = [index.query_many(q, k) for index in self.parts[kind].values()]
            out[kind] = [best_first([h for answers in per_part for h in answers[i]], k) for i in range(len(q))]
        return out

    def stats(self) -> dict[str, Any]:
        return {"pid": os.getpid(), "rss_mb": round(_rss_mb(), 1),
                "items": {kind: sum(len(x) for x in parts.values()) for kind, parts in self.parts.items()}}


class ShardedIndex:
    """The driver's view of one sharded index (`link.encoders.NeighbourIndex`): the keys in link
    order, the answers `Shards.prepare` fetched for the current batch, and the batch's own items."""

    def __init__(self, owner: Shards, kind: str, dim: int) -> None:
        self.owner, self.kind, self.dim = owner, kind, dim
        self.keys: list[str] = []
        self._unsent: list[tuple[int, str, Matrix]] = []    # (position, key, vector) not on the actors yet
        self._kept_from = 0                                  # vectors of items from here on are kept (for `vectors`)
        self._kept: list[Matrix] = []
        self._answers: dict[bytes, list[tuple[str, float]]] = {}
        self._batch_keys: list[str] = []
        self._batch_vecs: list[Matrix] = []
        self._batch: Any = None

    def __len__(self) -> int:
        return len(self.keys)

    def load(self, keys: list[str], vectors: Matrix) -> None:
        """Items linked before this run (sent to the actors with the first batch, not kept here)."""
        for key, v in zip(keys, np.asarray(vectors, dtype=np.float32).reshape(-1, self.dim)):
            self._unsent.append((len(self.keys), key, v))
            self.keys.append(key)
        self._kept_from = len(self.keys)

    def add(self, keys: list[str], vectors: Matrix) -> None:
        vecs = np.asarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        for key, v in zip(keys, vecs):
            self._unsent.append((len(self.keys), key, v))
            self.keys.append(key)
            self._kept.append(v)
            self._batch_add(key, v)

    def vectors(self, start: int = 0, end: int | None = None) -> Matrix:
        end = len(self.keys) if end is None else end
        if end <= start:
            return np.zeros((0, self.dim), dtype=np.float32)
        if start < self._kept_from:
            raise ValueError(f"the vectors of items before {self._kept_from} are on the Ray workers only")
        return np.asarray(self._kept[start - self._kept_from : end - self._kept_from], dtype=np.float32)

    def query(self, vector: Matrix, k: int = 10) -> list[tuple[str, float]]:
        v = np.ascontiguousarray(vector, dtype=np.float32).reshape(-1)
        answer = self._answers.get(v.tobytes())
        if answer is None or k > self.owner.k:
            answer = self.owner.ask(self.kind, v.reshape(1, -1), k)[0]  # not prepared: ask the actors now
        hits = list(answer)
        if self._batch_keys:
            labels, dists = self._batch.knn_query(v.reshape(1, -1), k=min(k, len(self._batch_keys)))
            hits += [(self._batch_keys[int(lab)], float(1.0 - d)) for lab, d in zip(labels[0], dists[0])]
        return best_first(hits, k)

    # -- the batch's own items: searched here, exactly, until the next `prepare` sends them ------
    def _batch_add(self, key: str, v: Matrix) -> None:
        import hnswlib

        if self._batch is None or len(self._batch_keys) >= self._batch.get_max_elements():
            self._batch = hnswlib.BFIndex(space="ip", dim=self.dim)
            self._batch.init_index(max_elements=max(256, 2 * len(self._batch_keys)))
            if self._batch_keys:  # (grown: the items so far again, same labels)
                self._batch.add_items(np.asarray(self._batch_vecs, dtype=np.float32), np.arange(len(self._batch_keys)))
        self._batch.add_items(v.reshape(1, -1), np.asarray([len(self._batch_keys)]))
        self._batch_keys.append(key)
        self._batch_vecs.append(v)

    def _new_batch(self, answers: dict[bytes, list[tuple[str, float]]]) -> None:
        self._answers = answers
        self._batch_keys, self._batch_vecs = [], []
        self._batch = None

    def _take_unsent(self) -> list[tuple[int, str, Matrix]]:
        out, self._unsent = self._unsent, []
        return out


class Shards:
    """The actors holding the parts of both indexes, and the driver's two `ShardedIndex` views."""

    def __init__(self, ray: Any, dim: int, workers: int, *, parts: int = PARTS, k: int = 20) -> None:
        self.ray, self.dim, self.parts, self.k = ray, dim, parts, k
        n = max(1, min(workers, parts))
        # no CPU reserved: they work while the driver waits for them, and the encoding actors
        # must get every CPU; spread over the cluster's nodes
        actor = ray.remote(IndexShard).options(num_cpus=0, scheduling_strategy="SPREAD")
        self.actors = [actor.remote(dim, [p for p in range(parts) if p % n == w]) for w in range(n)]
        self.index = {kind: ShardedIndex(self, kind, dim) for kind in KINDS}

    def factory(self, kind: str, keys: list[str], vectors: Matrix) -> ShardedIndex:
        """For `link.store.load_linker(indexes=...)` and `Linker.use_indexes`."""
        self.index[kind].load(keys, vectors)
        return self.index[kind]

    def _call(self, queries: dict[str, Matrix], k: int) -> list[dict[str, list[list[tuple[str, float]]]]]:
        adds: list[dict[str, dict[int, tuple[list[str], Matrix]]]] = [{kind: {} for kind in KINDS} for _ in self.actors]
        for kind in KINDS:
            by_part: dict[int, list[tuple[str, Matrix]]] = {}
            for pos, key, v in self.index[kind]._take_unsent():
                by_part.setdefault(pos % self.parts, []).append((key, v))
            for p, items in by_part.items():
                adds[p % len(self.actors)][kind][p] = ([x[0] for x in items],
                                                       np.asarray([x[1] for x in items], dtype=np.float32))
        return list(self.ray.get([a.step.remote(adds[i], queries, k) for i, a in enumerate(self.actors)]))

    def prepare(self, vectors: Sequence[Matrix | None]) -> None:
        """Before a batch is linked: the actors take the items linked since the last batch and
        answer the batch's queries (row 0 of each document's vectors against the documents, the
        other rows against the claim members)."""
        rows: dict[str, dict[bytes, Matrix]] = {kind: {} for kind in KINDS}
        for vecs in vectors:
            if vecs is None:
                continue
            m = np.asarray(vecs, dtype=np.float32)
            for i, row in enumerate(m):
                r = np.ascontiguousarray(row)
                rows["documents" if i == 0 else "members"].setdefault(r.tobytes(), r)
        queries = {kind: np.asarray(list(rows[kind].values()), dtype=np.float32).reshape(-1, self.dim)
                   for kind in KINDS}
        results = self._call(queries, self.k)
        for kind in KINDS:
            answers = {key: best_first([h for res in results for h in res[kind][i]], self.k)
                       for i, key in enumerate(rows[kind])}
            self.index[kind]._new_batch(answers)

    def ask(self, kind: str, q: Matrix, k: int) -> list[list[tuple[str, float]]]:
        """A query `prepare` did not foresee, answered now (from the items before the batch)."""
        pending = {x: self.index[x]._unsent for x in KINDS}
        batch = {x: len(self.index[x]._batch_keys) for x in KINDS}
        for x in KINDS:  # the batch's own items stay out: `query` searches them itself
            cut = len(pending[x]) - batch[x]
            self.index[x]._unsent = pending[x][:cut]
        try:
            results = self._call({kind: q}, k)
        finally:
            for x in KINDS:
                self.index[x]._unsent = pending[x][len(pending[x]) - batch[x]:]
        return [best_first([h for res in results for h in res[kind][i]], k) for i in range(len(q))]

    def stats(self) -> list[dict[str, Any]]:
        return list(self.ray.get([a.stats.remote() for a in self.actors]))

    def close(self) -> None:
        for a in self.actors:
            self.ray.kill(a)
        self.actors = []
