"""Throughput and memory of cross-article linking, and how they grow with the corpus.

    python benchmarks/link_speed.py encoders --db URL [--docs 300]
    python benchmarks/link_speed.py scale --db URL [--encoder use] [--sizes 10000,100000]
                                          [--ingest-sample FILE.jsonl] [--persist DIR]
                                          [--loads cached,rebuilt,readonly]

`encoders`: sentences per second of USE and e5 on the texts the linker encodes (title and lead,
then each claim member, `document_texts`) of the first N documents of a store, each encoder
given one text per call and all texts of 64 documents per call, side by side in one process.

`scale`: the store's analysed documents (or its first `--base N`) are encoded once (timed: the encoding rate), then linked
into a fresh linker with `Linker.add(docs, vectors=...)` in batches of 500 until the largest size,
printing documents/s per batch and the peak memory. To reach 100,000 documents from a store of a
few thousand, replica k of the store gets new ids, dates shifted by 400·k days (its own stories),
the words of each line of its text shuffled (so that MinHash sees no copies) and its vectors
turned by a random rotation (so that all cosines inside a replica stay as they are — it links like
the original — while cosines across replicas are those of unrelated texts); the analyses (claim
contents, sources, numbers) are the original's. With `--ingest-sample`, the first 40 articles of
that JSONL are analysed side by side (the full pipeline, as `ingest` runs it) for the ratio of
linking to ingest; with `--persist DIR`, the linker is saved into a fresh SQLite store at each
size and loaded back (`--loads`: with and without the hnswlib cache file, read-only), each with
its peak memory above what the process held before it (VmHWM reset through /proc/self/clear_refs,
Linux); at the largest size the linker is dropped before it is loaded back, as `sourcetrace link`
loads a store in a process of its own. Rates are per CPU second of this process (the machine's
other jobs do not count) and by the clock."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_helpers import shift_date


def _rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(t: tuple[float, float]) -> tuple[float, float]:
    return time.perf_counter() - t[0], time.process_time() - t[1]


def _base(db: str, limit: int = 0) -> list[dict[str, Any]]:
    from sourcetrace.link.store import as_linker_doc
    from sourcetrace.store import Store

    out = []
    with Store.open(db) as store:
        for r in store.iter_documents():
            out.append(as_linker_doc(r))
            if limit and len(out) >= limit:
                break
    return out


def cmd_encoders(args: argparse.Namespace) -> None:
    from sourcetrace.link import document_texts, get_encoder

    texts = [t for d in _base(args.db, args.docs) for t in document_texts(d)]
    per_doc = len(texts) / args.docs
    print(json.dumps({"documents": args.docs, "texts": len(texts), "texts_per_document": round(per_doc, 1)}))
    for name in args.encoders.split(","):
        t = _clock()
        enc = get_encoder(name)
        enc.encode(["warm up"])
        load = _since(t)
        sample = texts[: args.single]
        t = _clock()
        for x in sample:
            enc.encode([x])
        one_wall, one_cpu = _since(t)
        t = _clock()
        step = max(1, round(64 * per_doc))
        for i in range(0, len(texts), step):
            enc.encode(texts[i : i + step])
        b_wall, b_cpu = _since(t)
        print(json.dumps({"encoder": name, "load_s": round(load[0], 1),
                          "one_per_call_sentences_per_cpu_s": round(len(sample) / one_cpu, 1),
                          "one_per_call_sentences_per_s": round(len(sample) / one_wall, 1),
                          "batched_sentences_per_cpu_s": round(len(texts) / b_cpu, 1),
                          "batched_sentences_per_s": round(len(texts) / b_wall, 1),
                          "batched_documents_per_cpu_s": round(args.docs / b_cpu, 2),
                          "max_rss_mb": _rss_mb()}))
        sys.stdout.flush()


def _ingest_rate(path: str, n: int = 40) -> float:
    """Articles per CPU second of the full analysis (what `ingest` does per article)."""
    from sourcetrace.corpus import analyse_item, iter_items

    items = []
    for item in iter_items([path]):
        items.append(item)
        if len(items) > n:
            break
    analyse_item(items[0])  # type: ignore[arg-type]  # models loaded outside the clock
    c = time.process_time()
    for item in items[1:]:
        analyse_item(item)  # type: ignore[arg-type]
    return (len(items) - 1) / (time.process_time() - c)


def _replica(d: dict[str, Any], k: int, rng: random.Random) -> dict[str, Any]:
    """Replica k of a document: its words shuffled between the words that hold punctuation, which
    stay where they are (so every sentence keeps its offsets and its words, and the replica has
    the original's sentence members, `claims.sentence_members`, and takes its vectors)."""
    if k == 0:
        return d
    lines = []
    for line in str(d.get("text") or "").split("\n"):
        words = line.split(" ")
        run: list[int] = []
        for i, w in enumerate([*words, "."]):
            if w.isalnum():
                run.append(i)
                continue
            moved = [words[j] for j in run]
            rng.shuffle(moved)
            for j, x in zip(run, moved):
                words[j] = x
            run = []
        lines.append(" ".join(words))
    return {**d, "id": f"{d['id']}~{k}", "date": shift_date(d.get("date"), 400 * k), "text": "\n".join(lines)}


def _rotation(dim: int, k: int) -> np.ndarray[Any, Any]:
    q, r = np.linalg.qr(np.random.default_rng(k).standard_normal((dim, dim)))
    return (q * np.sign(np.diag(r))).astype(np.float32)  # type: ignore[no-any-return]


def _memory_mb(field: str = "VmHWM") -> int:
    """This process's peak (VmHWM) or current (VmRSS) resident memory, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024)
    return _rss_mb()


def _reset_peak() -> None:
    """Starts a new peak (VmHWM) at the current resident memory (Linux: clear_refs 5)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _store_path(folder: Path, size: int) -> Path:
    return folder / f"link-{size}.db"


def _save(linker: Any, folder: Path, size: int) -> dict[str, Any]:
    """Saves the linker into a fresh SQLite store: time, and the peak memory while saving (above
    the memory the linker holds before it)."""
    from sourcetrace.link import store as ls
    from sourcetrace.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    db = _store_path(folder, size)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    out: dict[str, Any] = {}
    with Store.open(f"sqlite:///{db}", create=True) as store:
        _reset_peak()
        before = _memory_mb("VmRSS")
        t = _clock()
        ls.save(store.engine, linker)
        out["save_s"], out["save_cpu_s"] = (round(x, 1) for x in _since(t))
        out["rss_before_save_mb"], out["save_peak_mb"] = before, _memory_mb()
        out["save_added_mb"] = out["save_peak_mb"] - before
    out["store_mb"] = round(sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file()) / 2**20)
    return out


def _load_back(folder: Path, size: int, encoder: Any, documents: int, loads: set[str]) -> dict[str, Any]:
    """Loads the saved linker back (`loads`: with the hnswlib cache file, without it, read-only):
    time, and the memory each load adds to what this process holds."""
    import os

    from sourcetrace.link import store as ls
    from sourcetrace.store import Store

    out: dict[str, Any] = {}
    with Store.open(f"sqlite:///{_store_path(folder, size)}") as store:
        for cache in [c for c in (True, False) if ("cached" if c else "rebuilt") in loads]:
            if not cache:
                os.environ["SOURCETRACE_LINK_CACHE"] = ""
            _reset_peak()
            before = _memory_mb("VmRSS")
            t = _clock()
            again = ls.load_linker(store.engine, encoder)
            key = "load_cached" if cache else "load_rebuilt"
            out[f"{key}_s"], out[f"{key}_cpu_s"] = (round(x, 1) for x in _since(t))
            out[f"{key}_added_mb"] = _memory_mb() - before
            assert len(again.docs) == documents
            del again
        os.environ.pop("SOURCETRACE_LINK_CACHE", None)
        if "readonly" in loads:
            t = _clock()
            ls.load_linker(store.engine, readonly=True)
            out["load_readonly_s"] = round(_since(t)[0], 1)
    return out


def cmd_scale(args: argparse.Namespace) -> None:
    from sourcetrace.link import Linker, PrecomputedEncoder, document_texts, encode_documents, get_encoder

    sizes = sorted(int(s) for s in args.sizes.split(","))
    loads = set(args.loads.split(","))
    base = _base(args.db, args.base)
    enc = get_encoder(args.encoder)
    cache = Path(args.vectors) if args.vectors else None
    t = _clock()
    if cache and cache.exists():
        z = np.load(cache)
        vecs = [z[str(i)] for i in range(len(base))]
        enc_rate = json.loads(str(z["meta"]))
    else:
        vecs = []
        for i in range(0, len(base), 64):
            vecs.extend(encode_documents(enc, base[i : i + 64]))
        wall, cpu = _since(t)
        texts = sum(len(v) for v in vecs)
        enc_rate = {"documents": len(base), "texts": texts, "documents_per_cpu_s": round(len(base) / cpu, 2),
                    "documents_per_s": round(len(base) / wall, 2), "sentences_per_cpu_s": round(texts / cpu, 1)}
        if cache:
            np.savez(cache, meta=json.dumps(enc_rate), **{str(i): v for i, v in enumerate(vecs)})
    print(json.dumps({"encoding": args.encoder, **enc_rate}))
    ingest = _ingest_rate(args.ingest_sample) if args.ingest_sample else None
    if ingest:
        print(json.dumps({"ingest_articles_per_cpu_s": round(ingest, 2)}))
    sys.stdout.flush()

    linker = Linker(PrecomputedEncoder(enc.name, enc.dim))
    rng = random.Random(0)
    k, done = 0, 0
    spent_wall = spent_cpu = 0.0  # in Linker.add only (not making the replicas)
    pending: list[tuple[dict[str, Any], np.ndarray[Any, Any]]] = []
    rot = None
    for size in sizes:
        while done < size:
            while len(pending) < args.batch and done + len(pending) < size:
                j = (done + len(pending)) % len(base)
                if j == 0:
                    k = (done + len(pending)) // len(base)
                    rot = _rotation(enc.dim, k) if k else None
                v = vecs[j] if rot is None else vecs[j] @ rot
                rep = _replica(base[j], k, rng)
                n = len(document_texts(rep)) if k else len(v)
                if n != len(v):  # a shuffled sentence may pass or fail a member test its original did not
                    v = v[np.arange(n) % len(v)]
                pending.append((rep, v))
            t = _clock()
            linker.add([d for d, _ in pending], vectors=[v for _, v in pending])
            wall, cpu = _since(t)
            spent_wall += wall
            spent_cpu += cpu
            done += len(pending)
            if done % (args.batch * args.every) == 0 or done == size:
                print(json.dumps({"linked": done, "batch_docs_per_cpu_s": round(len(pending) / cpu, 1),
                                  "batch_docs_per_s": round(len(pending) / wall, 1),
                                  "members": len(linker.members), "claims": len(linker.claim_members),
                                  "max_rss_mb": _rss_mb()}))
                sys.stdout.flush()
            pending = []
        link_rate = done / spent_cpu
        total = 1 / (1 / link_rate + 1 / enc_rate["documents_per_cpu_s"])
        row_docs = len(linker.docs)
        row: dict[str, Any] = {"size": done, "link_docs_per_cpu_s": round(link_rate, 1),
                               "link_docs_per_s": round(done / spent_wall, 1),
                               "with_encoding_docs_per_cpu_s": round(total, 2),
                               "stories": len({linker.story_of(d) for d in linker.docs}),
                               "claims": len(linker.claim_members), "max_rss_mb": _rss_mb()}
        if ingest:
            row["link_to_ingest"] = round(link_rate / ingest, 2)
            row["with_encoding_to_ingest"] = round(total / ingest, 2)
        if args.persist:
            row.update(_save(linker, Path(args.persist), done))
            if size == sizes[-1]:  # the last size: load it back without the linker beside it
                encoder, linker = linker.encoder, None
                gc.collect()
                row.update(_load_back(Path(args.persist), done, encoder, row_docs, loads))
            else:
                row.update(_load_back(Path(args.persist), done, linker.encoder, row_docs, loads))
        print(json.dumps(row))
        sys.stdout.flush()


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("encoders")
    e.add_argument("--db", required=True)
    e.add_argument("--docs", type=int, default=300)
    e.add_argument("--single", type=int, default=300, help="texts encoded one per call")
    e.add_argument("--encoders", default="use,e5")
    s = sub.add_parser("scale")
    s.add_argument("--db", required=True)
    s.add_argument("--encoder", default="use")
    s.add_argument("--sizes", default="10000,100000")
    s.add_argument("--base", type=int, default=0, help="replicate only the store's first N documents")
    s.add_argument("--batch", type=int, default=500)
    s.add_argument("--every", type=int, default=10, help="print every N batches")
    s.add_argument("--vectors", help="an .npz file keeping the base vectors between runs")
    s.add_argument("--ingest-sample", help="a JSONL of articles: analyse 40 for the ingest rate")
    s.add_argument("--persist", help="a folder: save and load the linker at each size")
    s.add_argument("--loads", default="cached,rebuilt,readonly",
                   help="with --persist: which loads to time (cached: hnswlib graphs from the cache file, "
                        "rebuilt: from the stored vectors, readonly: no vectors)")
    args = ap.parse_args()
    cmd_encoders(args) if args.cmd == "encoders" else cmd_scale(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
