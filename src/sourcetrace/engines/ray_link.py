"""`sourcetrace link --engine ray`: encodings and the nearest-neighbour search on Ray, the
grouping on the driver, in order.

Linking spends most of its time encoding texts (a document's title and lead, then each
attributed claim: `link.document_texts`). That part runs on Ray Data: the documents to link go
through `map_batches` to a pool of actors (`_Encode`, the encoder loaded once per actor), a wave
of documents at a time, and come back in document order (`preserve_order`) while the actors work
ahead. The linked vectors live on Ray actors too, cut into parts (`ray_index`): before each batch
the actors take the items linked since the last one and answer the batch's nearest-neighbour
queries. The driver then places each document with `Linker.add(docs, vectors=...)` exactly as the
local linker does — same order, same vectors, the same incremental grouping into stories and
claims — so the result is the local one, whatever the number of workers
(`tests/corpus/test_ray_link.py` compares the exports).

What stays on the driver, and bounds a run: the grouping itself, which is sequential by design
(a document joins what was linked before it), and the linker's state without the indexes (the
claim members' vectors for the claims' centres among it). `docs/scale.md` has the measured rates.
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import Errors, InputError
from .ray_engine import default_workers, start_ray
from .ray_index import Shards


class _Encode:
    """A Ray Data actor: loads the encoder once, then encodes batches of documents, each batch in
    one `encode` call as `Linker.add` encodes the batch it is given (encoders that batch are not
    bit-for-bit the same on other batches: USE differs by about 1e-7)."""

    def __init__(self, encoder: str) -> None:
        from ..link.encoders import USEEncoder, get_encoder

        # one thread per actor: an actor holds one CPU, the pool is the parallelism (USE gives the
        # same vectors with one thread as with two)
        self.encoder = USEEncoder(threads=1) if encoder == "use" else get_encoder(encoder)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        from ..link import document_texts, encode_documents

        out_vecs, out_errors = [], []
        for blob in batch["docs"]:
            docs = pickle.loads(blob)
            errors = []
            for d in docs:
                try:
                    document_texts(d)
                    errors.append("")
                except Exception as exc:  # the local linker sets such a document aside with this reason
                    errors.append(f"{type(exc).__name__}: {exc}")
            vecs: list[Any]
            if not any(errors):
                vecs = list(encode_documents(self.encoder, docs))
            else:  # the local linker then adds the batch's documents one by one, each encoded alone
                vecs = [encode_documents(self.encoder, [d])[0] if not e else None for d, e in zip(docs, errors)]
            out_vecs.append(pickle.dumps(vecs, protocol=pickle.HIGHEST_PROTOCOL))
            out_errors.append(pickle.dumps(errors))
        return {"b": batch["b"], "vectors": out_vecs, "errors": out_errors}


def _ray(address: str | None, workers: int) -> Any:
    ray = start_ray(address, workers)
    # results in document order, whatever worker made them
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    return ray


def encode_ray(batches: Sequence[list[dict[str, Any]]], *, encoder: str, workers: int
               ) -> Iterator[tuple[int, list[Any], list[str]]]:
    """(index, vectors, errors) for each batch of documents, in order, computed by `workers` Ray
    actors (Ray must be initialised): per document its (len(document_texts(doc)), dim) array, or
    None and the reason its texts could not be read."""
    import ray.data

    rows = [{"b": i, "docs": pickle.dumps(b, protocol=pickle.HIGHEST_PROTOCOL)} for i, b in enumerate(batches)]
    if not rows:
        return
    ds: Any = ray.data.from_items(rows, override_num_blocks=len(rows))
    ds = ds.map_batches(_Encode, fn_constructor_kwargs={"encoder": encoder}, batch_size=1,
                        compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1)
    for expected, r in enumerate(ds.iter_rows()):
        i = int(r["b"])
        if i != expected:  # preserve_order is what makes the grouping independent of the workers
            raise RuntimeError(f"Ray returned batch {i} where {expected} was due")
        yield i, pickle.loads(r["vectors"]), pickle.loads(r["errors"])


def _link_wave(linker: Any, batches: list[list[dict[str, Any]]], encoder: str, workers: int,
               failures: list[dict[str, str]], timing: dict[str, float], shards: Shards) -> int:
    """Encode a wave of batches on Ray and add each batch to `linker` in order, as the local
    linker adds them, its neighbours searched on the `shards`; returns how many documents were linked."""
    added = 0
    t_wait = time.perf_counter()
    for i, vecs, errors in encode_ray(batches, encoder=encoder, workers=workers):
        timing["wait_seconds"] += time.perf_counter() - t_wait
        t = time.perf_counter()
        shards.prepare(vecs)
        timing["search_seconds"] += time.perf_counter() - t
        t, c = time.perf_counter(), time.thread_time()
        docs = batches[i]
        try:
            if any(errors):
                raise ValueError(errors)
            added += len(linker.add(docs, vectors=vecs))
        except Exception:  # one bad document must not stop the batch: place them one by one
            for d, v, error in zip(docs, vecs, errors):
                try:
                    if error:
                        failures.append({"input": str(d.get("id")), "reason": error})
                        continue
                    added += len(linker.add([d], vectors=[v]))
                except Exception as exc:
                    failures.append({"input": str(d.get("id")), "reason": f"{type(exc).__name__}: {exc}"})
        timing["group_seconds"] += time.perf_counter() - t
        timing["group_cpu_seconds"] += time.thread_time() - c  # this thread only: not Ray's own threads
        t_wait = time.perf_counter()
    return added


def _batches(docs: Sequence[dict[str, Any]], batch: int) -> list[list[dict[str, Any]]]:
    return [list(docs[i : i + batch]) for i in range(0, len(docs), batch)]


def _precomputed(encoder: str) -> Any:
    """An encoder of that name and size that loads no model (the actors have it)."""
    from ..link import PrecomputedEncoder
    from ..link.encoders import E5Encoder, HashingEncoder, USEEncoder

    dim = {"use": USEEncoder.dim, "e5": E5Encoder.dim}.get(encoder) or HashingEncoder().dim
    return PrecomputedEncoder(encoder, dim)


def _shards(ray: Any, linker: Any, workers: int, parts: int) -> Shards:
    """Index actors holding `linker`'s vectors, which then searches them instead of its own indexes."""
    from ..link.linker import NEIGHBOURS

    shards = Shards(ray, linker.encoder.dim, workers, parts=parts, k=NEIGHBOURS)
    old_docs, old_members = linker._doc_index, linker._claim_index
    linker.use_indexes(shards.factory("documents", list(old_docs.keys), old_docs.vectors()),
                       shards.factory("members", list(old_members.keys), old_members.vectors()))
    return shards


def _timing() -> dict[str, float]:
    return {"wait_seconds": 0.0, "search_seconds": 0.0, "group_seconds": 0.0, "group_cpu_seconds": 0.0}


def link_docs_ray(docs: Sequence[dict[str, Any]], *, encoder: str = "use", workers: int = 0,
                  address: str | None = None, linker: Any = None, batch: int = 256, parts: int = 0
                  ) -> tuple[Any, dict[str, Any]]:
    """Link `docs` (linker documents: analysis plus id, outlet, date, text) into `linker` (a new
    one with `encoder`'s thresholds when None), `batch` documents per `Linker.add` as
    `linker.add(docs[i:i + batch])` would, the neighbours searched in `parts` parts
    (`ray_index.PARTS`) on the workers; returns the linker and where the time went (with the
    index actors' memory)."""
    from ..link import Linker
    from ..link.encoders import ENCODERS
    from .ray_index import PARTS

    if encoder not in ENCODERS:
        raise InputError(Errors.E091.format(name=encoder, choices=", ".join(ENCODERS)))
    workers = default_workers(workers)
    ray = _ray(address, workers)
    linker = linker if linker is not None else Linker(_precomputed(encoder))
    shards = _shards(ray, linker, workers, parts or PARTS)
    timing: dict[str, Any] = _timing()
    failures: list[dict[str, str]] = []
    batches = _batches(docs, batch)
    per_wave = _wave(workers)
    try:
        for start in range(0, len(batches), per_wave):
            _link_wave(linker, batches[start : start + per_wave], linker.encoder.name, workers, failures, timing, shards)
        timing["index_actors"] = shards.stats()
    finally:
        shards.close()
    timing["failures"] = float(len(failures))
    return linker, timing


def _wave(workers: int) -> int:
    """Batches per Ray job: enough to keep every actor busy, few enough to bound the driver's memory."""
    return max(64, 8 * workers)


def link_store_ray(store: Any, *, encoder: str = "use", workers: int = 0, address: str | None = None,
                   batch: int = 256, parts: int = 0, full: bool = False) -> dict[str, Any]:
    """`link --engine ray`: links the store's unlinked documents (the only ones it reads) as
    `link.store.link_store` does (same result, same counts), the encoding and the neighbour
    search done on Ray; returns counts, failures and the rate. `full` as in `link_store`."""
    from ..link.store import documents_to_link, load_linker, save
    from .ray_index import PARTS

    workers = default_workers(workers)
    t_load = time.perf_counter()
    ray = _ray(address, workers)
    shards: Shards | None = None

    def indexes(kind: str, keys: list[str], vectors: Any) -> Any:
        nonlocal shards
        if shards is None:
            from ..link.linker import NEIGHBOURS

            shards = Shards(ray, vectors.shape[1], workers, parts=parts or PARTS, k=NEIGHBOURS)
        return shards.factory(kind, keys, vectors)

    # a store linked before keeps its linker and its encoder; a new one needs no model here; the
    # linked vectors go to the index actors, not into hnswlib graphs on the driver
    linker = load_linker(store.engine, _precomputed(encoder), indexes=indexes)
    if shards is None:  # (a linker loaded otherwise: its indexes moved to the actors)
        shards = _shards(ray, linker, workers, parts or PARTS)
    t0 = time.perf_counter()
    failures: list[dict[str, str]] = []
    timing = _timing()
    todo: list[dict[str, Any]] = []
    added = 0
    try:
        for doc in documents_to_link(store.engine, linker, failures):
            todo.append(doc)
            if len(todo) >= batch * _wave(workers):
                added += _link_wave(linker, _batches(todo, batch), linker.encoder.name, workers, failures, timing,
                                    shards)
                todo = []
        if todo:
            added += _link_wave(linker, _batches(todo, batch), linker.encoder.name, workers, failures, timing, shards)
        save(store.engine, linker, full=full)
        memory = [s["rss_mb"] for s in shards.stats()]
    finally:
        shards.close()
    seconds = time.perf_counter() - t0
    return {"linked": added, "documents": len(linker.docs), "stories": len(set(map(linker.story_of, linker.docs))),
            "claims": len(linker.claim_members), "failures": failures, "seconds": round(seconds, 2),
            "load_seconds": round(t0 - t_load, 2),
            "documents_per_second": round(added / seconds, 1) if seconds and added else None,
            "encoder": linker.encoder.name, "engine": "ray", "workers": workers,
            "encode_wait_seconds": round(timing["wait_seconds"], 2),
            "search_seconds": round(timing["search_seconds"], 2),
            "group_seconds": round(timing["group_seconds"], 2),
            "group_cpu_seconds": round(timing["group_cpu_seconds"], 2),
            "index_actor_rss_mb": memory}
