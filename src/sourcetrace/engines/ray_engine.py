"""`sourcetrace ingest --engine ray`: the same pipeline on Ray, resumable by shard.

A *shard* is a slice of the input: one JSONL or WARC file cut into runs of `shard_size` documents,
or up to `shard_size` files of a folder. The driver reads the input and hands each slice to one
of `workers` Ray actors (`ShardWorker`: the pipeline and its resources load once per actor, for
the whole run), a few slices per actor ahead. The actor analyses the slice and writes it itself
as one Parquet shard of analysed documents (`store.shards`), atomically, with a `.failures.jsonl`
beside it for the documents set aside; the driver only hears how many of each. A shard whose
Parquet file exists is finished: a killed run started again reads past it and redoes only the rest.

With `--db` each finished shard is loaded into the store by a Ray task (`_load_shard`, on any
worker) through the store's own duplicate checks, in input order — each load waits for the one
before it, so the store's documents are in the order the local engine gives them (and linking,
which follows that order, links them the same way) — and a `.loaded` file beside the shard marks
it done. With `--out` the shards stay on disk for `sourcetrace ingest DIR/*.parquet`.

The analysis of a document is the local engine's (`corpus.analyse.analyse_item`), so both engines
store the same analyses; a test compares their exports document by document.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import os
import pickle
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..corpus import IngestSummary, load_shard, progress_bar
from ..corpus.inputs import MAX_BYTES, Failure, Item, estimate, iter_items, kind_of, other_files
from ..errors import Errors, InputError


@dataclass(frozen=True)
class Shard:
    key: str          # stable name: digest of the input's identity + slice number
    source: str       # the input path as given
    index: int        # slice number within the input


def _identity(path: str, max_bytes: int = MAX_BYTES) -> str:
    """What a shard's name depends on: the input's absolute path, size and modification time, so
    that a changed input is analysed again rather than taken for finished, and the size rule's limit
    (`--max-bytes`) unless it is the default, under which other documents are set aside."""
    p = Path(path).resolve()
    parts = [str(p)] + ([f"max_bytes:{max_bytes}"] if max_bytes != MAX_BYTES else [])
    files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
    for f in files:
        st = f.stat()
        parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]


def _slices(path: str, shard_size: int, max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, list[Item | Failure]]]:
    items = iter_items([path], max_bytes)
    for i in itertools.count():
        chunk = list(itertools.islice(items, shard_size))
        if not chunk:
            return
        yield i, chunk


class ShardWorker:
    """A Ray actor: loads the pipeline once, then analyses slices and writes each as a shard."""

    def __init__(self, sentence_model: bool) -> None:
        from ..corpus import warm_up

        self.sentence_model = sentence_model
        warm_up()

    def run(self, target: str, blob: bytes) -> tuple[int, int]:
        """Analyse a pickled slice and write its shard (+ its failures) at `target`; returns the
        numbers of documents stored and set aside."""
        from ..corpus.analyse import analyse_item
        from ..store.shards import write_shard

        chunk: list[Item | Failure] = pickle.loads(blob)
        results = [x if isinstance(x, Failure) else analyse_item(x, self.sentence_model) for x in chunk]
        records = [x for x in results if not isinstance(x, Failure)]
        failures = [x for x in results if isinstance(x, Failure)]
        path = Path(target)
        _loaded_path(path).unlink(missing_ok=True)  # (a shard made again is loaded again)
        _write_atomic(_failures_path(path), lambda p: p.write_text(
            "".join(json.dumps(x.triple(), ensure_ascii=False) + "\n" for x in failures), encoding="utf-8"))
        _write_atomic(path, lambda p: write_shard(records, p))  # last: its presence means "finished"
        return len(records), len(failures)

    def stats(self) -> dict[str, Any]:
        return {"pid": os.getpid()}


def _write_atomic(path: Path, write: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    os.replace(tmp, path)


def _failures_path(target: Path) -> Path:
    return target.with_name(target.name.removesuffix(".parquet") + ".failures.jsonl")


def _loaded_path(target: Path) -> Path:
    return target.with_name(target.name + ".loaded")


def _load_shard(db_url: str, target: str, run: int, counts: dict[str, int], _written: Any = None,
                failures: bool = True, skip_same_text: bool = False) -> dict[str, int]:
    """A Ray task: load one finished shard (and record its failures) into the store, adding to
    `counts`, the totals of the shards loaded before it (Ray passes them in once that load has
    finished: the chain keeps the input order); marks the shard loaded."""
    from ..corpus import IngestSummary
    from ..store import Store

    path = Path(target)
    summary = IngestSummary(run=run, seen=counts["seen"], added=counts["added"], duplicates=counts["duplicates"],
                            failed=counts["failed"], same_text=counts.get("same_text", 0))
    with Store.open(db_url) as store:
        load_shard(store, target, summary, skip_same_text=skip_same_text)
        fails = _read_failures(path) if failures else []
        store.record_failures([f.triple() for f in fails], run)
    if failures:
        _loaded_path(path).touch()
    return {"seen": summary.seen + len(fails), "added": summary.added, "duplicates": summary.duplicates,
            "failed": summary.failed + len(fails), "same_text": summary.same_text}


def _read_failures(target: Path) -> list[Failure]:
    fail_path = _failures_path(target)
    if not fail_path.exists():
        return []
    return [Failure(*json.loads(line)) for line in fail_path.read_text(encoding="utf-8").splitlines() if line]


def staging_dir(db_url: str) -> Path:
    """Where `--db` runs keep their finished shards (beside the SQLite file, else in the working folder)."""
    digest = hashlib.sha256(db_url.encode()).hexdigest()[:12]
    if db_url.startswith("sqlite:///") and db_url != "sqlite:///:memory:":
        return Path(db_url.removeprefix("sqlite:///")).resolve().parent / f".sourcetrace-ray-{digest}"
    return Path.cwd() / f".sourcetrace-ray-{digest}"


def default_workers(workers: int) -> int:
    """`--workers`: as given, else one per CPU of this machine."""
    return workers if workers > 0 else (os.cpu_count() or 1)


_started_here = False  # whether start_ray started the Ray this process is connected to


@contextlib.contextmanager
def driver_output_to_stderr() -> Iterator[None]:
    """While Ray works, what it prints on the driver goes to stderr, so that stdout carries only
    the command's own output (`link --json`, a report). Ray prints the errors its nodes publish
    ("(raylet) A worker died or was killed …") on stdout, from a thread of its own, even with
    `log_to_driver=False`; a message in the middle of the JSON made it unreadable. A Ray that
    `start_ray` started inside the block is shut down before it ends, so that its thread has
    nothing left to print once the command writes its output; one started before (a session of
    the caller's) is left running."""
    global _started_here
    with contextlib.redirect_stdout(sys.stderr):
        try:
            yield
        finally:
            if _started_here:
                import ray

                ray.shutdown()
                _started_here = False


def start_ray(address: str | None, workers: int) -> Any:
    """The `ray` module, connected to the cluster at `address` (or a local one of `workers` CPUs)
    unless already connected, with Ray Data's progress output off; a one-line error when the
    `ray` extra is not installed. Shared by `ingest --engine ray` and `link --engine ray`."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise InputError(Errors.E070.format()) from exc
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"address": address, "ignore_reinit_error": True, "log_to_driver": False,
                                  "include_dashboard": False, "configure_logging": False}
        if address is None:
            kwargs["num_cpus"] = workers
        ray.init(**kwargs)
        global _started_here
        _started_here = True
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.verbose_progress = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    return ray


def ingest_ray(inputs: list[str], *, out: Path, store: Any | None = None, address: str | None = None,
               workers: int = 0, shard_size: int = 500, ahead: int = 2, sentence_model: bool = False,
               progress: bool = True, skip_same_text: bool = False, max_bytes: int = MAX_BYTES) -> IngestSummary:
    """Analyse `inputs` on Ray into Parquet shards under `out`; load them into `store` when given
    (`skip_same_text`, `max_bytes`: as `corpus.ingest`).
    `ahead`: slices queued per actor beyond the one it works on."""
    from ..corpus.analyse import pipeline_version
    from ..store.shards import count_records

    workers = default_workers(workers)
    ray = start_ray(address, workers)
    out.mkdir(parents=True, exist_ok=True)
    summary = IngestSummary(run=store.begin_run("ingest-ray", inputs, pipeline_version(sentence_model))
                            if store is not None else 0, skipped=other_files(inputs))
    db_url = str(store.url) if store is not None else ""
    load = ray.remote(_load_shard).options(num_cpus=0, max_retries=0)  # one at a time: each waits for the last
    actor_class = ray.remote(ShardWorker).options(num_cpus=1)
    actors: list[Any] = []
    t0 = time.perf_counter()
    bar = progress_bar(estimate(inputs) if progress else None, "ingest (ray)")  # counts documents analysed
    shards: list[Path] = []
    skipped: set[Path] = set()                    # finished and loaded by an earlier run
    running: dict[Any, tuple[int, int]] = {}     # actor task → (documents in its slice, actor)
    busy = [0] * workers                          # tasks queued per actor
    loads: Any = {"seen": 0, "added": 0, "duplicates": 0, "failed": 0, "same_text": 0}  # the last load's totals (a ref once loading)

    def settle(block: bool) -> None:
        while running and (block or len(running) >= workers * (1 + ahead)):
            done, _ = ray.wait(list(running), num_returns=1)
            ray.get(done[0])  # an actor's error ends the run here (finished shards stay)
            n, a = running.pop(done[0])
            busy[a] -= 1
            bar.update(n)
            block = block and bool(running)

    try:
        for path in inputs:
            if kind_of(path) == "parquet":  # already analysed: goes straight to the store, in order
                if store is not None:
                    loads = load.remote(db_url, str(Path(path).resolve()), summary.run, loads, None, False,
                                         skip_same_text)
                continue
            ident = _identity(path, max_bytes)
            for index, chunk in _slices(path, shard_size, max_bytes):
                target = out / f"{ident}-{index:05d}.parquet"
                shards.append(target)
                written: Any = None
                if not target.exists():
                    if not actors:
                        actors = [actor_class.remote(sentence_model) for _ in range(workers)]
                    settle(False)
                    a = busy.index(min(busy))  # the actor with the least queued
                    written = actors[a].run.remote(str(target), pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL))
                    running[written] = (len(chunk), a)
                    busy[a] += 1
                else:
                    bar.update(len(chunk))
                if store is not None and (written is not None or not _loaded_path(target).exists()):
                    loads = load.remote(db_url, str(target), summary.run, loads, written, True,
                                         skip_same_text)
                elif store is not None:
                    skipped.add(target)
        settle(True)
        totals = ray.get(loads) if isinstance(loads, ray.ObjectRef) else loads
    finally:
        bar.close()
        for a in actors:
            ray.kill(a)
    if store is not None:
        summary.seen, summary.added = totals["seen"], totals["added"]
        summary.duplicates, summary.failed = totals["duplicates"], totals["failed"]
        summary.same_text = totals["same_text"]
    for target in shards:
        fails = _read_failures(target)
        summary.failures.extend(fails)
        if store is None or target in skipped:  # (a shard loaded by an earlier run: its documents are in)
            n = count_records(target)
            summary.seen += n + len(fails)
            summary.added += n if store is None else 0
            summary.duplicates += n if store is not None else 0
            summary.failed += len(fails)
            if store is not None:
                store.record_failures([f.triple() for f in fails], summary.run)
    summary.seconds = time.perf_counter() - t0
    if store is not None:
        store.finish_run(summary.run, added=summary.added, duplicates=summary.duplicates, failed=summary.failed,
                         seconds=summary.seconds)
    print(f"sourcetrace: {len(shards)} shard(s) under {out}", file=sys.stderr)
    return summary
