"""`sourcetrace ingest --engine ray`: the same pipeline on Ray Data, resumable by shard.

A *shard* is a slice of the input: one JSONL or WARC file cut into runs of `shard_size` documents,
or up to `shard_size` files of a folder. Slices are analysed a wave at a time (about `wave_size`
documents) as one Ray Dataset whose batches go to a pool of actors (`_Analyse`: the pipeline and
its resources load once per actor); each slice is written as one Parquet shard of analysed documents (`store.shards`), atomically, with a
`.failures.jsonl` beside it for the documents set aside. A shard whose Parquet file exists is
finished: a killed run started again reads past it and redoes only the rest. With `--db` the
finished shards are loaded into the store through the store's own duplicate checks (so loading
one twice adds nothing); with `--out` they stay on disk for `sourcetrace ingest DIR/*.parquet`.

The analysis of a document is the local engine's (`corpus.analyse.analyse_item`), so both engines
store the same analyses; a test compares their exports document by document.
"""

from __future__ import annotations

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
from ..corpus.inputs import Failure, Item, estimate, iter_items, kind_of
from ..errors import Errors, InputError


@dataclass(frozen=True)
class Shard:
    key: str          # stable name: digest of the input's identity + slice number
    source: str       # the input path as given
    index: int        # slice number within the input


def _identity(path: str) -> str:
    """What a shard's name depends on: the input's absolute path, size and modification time, so
    that a changed input is analysed again rather than taken for finished."""
    p = Path(path).resolve()
    parts = [str(p)]
    files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
    for f in files:
        st = f.stat()
        parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]


def _slices(path: str, shard_size: int) -> Iterator[tuple[int, list[Item | Failure]]]:
    items = iter_items([path])
    for i in itertools.count():
        chunk = list(itertools.islice(items, shard_size))
        if not chunk:
            return
        yield i, chunk


class _Analyse:
    """A Ray Data actor: loads the pipeline once, then analyses batches of pickled items."""

    def __init__(self, sentence_model: bool) -> None:
        from ..corpus import warm_up

        self.sentence_model = sentence_model
        warm_up()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        from ..corpus.analyse import analyse_item

        out = []
        for blob in batch["item"]:
            x = pickle.loads(blob)
            res = x if isinstance(x, Failure) else analyse_item(x, self.sentence_model)
            out.append(pickle.dumps(res))
        return {"slice": batch["slice"], "n": batch["n"], "result": out}


def _write_atomic(path: Path, write: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    os.replace(tmp, path)


def _run_wave(ray_data: Any, wave: list[tuple[Path, list[Item | Failure]]], workers: int,
              sentence_model: bool) -> None:
    """Analyse several slices as one Ray Dataset (one actor pool for all of them) and write each
    slice's Parquet shard (+ its failures)."""
    from ..store.shards import write_shard

    rows = [{"slice": k, "n": n, "item": pickle.dumps(x)}
            for k, (_target, chunk) in enumerate(wave) for n, x in enumerate(chunk)]
    ds = ray_data.from_items(rows, override_num_blocks=max(1, min(len(rows), workers * 4)))
    ds = ds.map_batches(_Analyse, fn_constructor_kwargs={"sentence_model": sentence_model}, batch_size=4,
                        compute=ray_data.ActorPoolStrategy(size=workers), num_cpus=1)
    done: dict[int, list[tuple[int, Any]]] = {k: [] for k in range(len(wave))}
    for r in ds.take_all():
        done[int(r["slice"])].append((int(r["n"]), pickle.loads(r["result"])))
    for k, (target, _chunk) in enumerate(wave):
        results = [obj for _n, obj in sorted(done[k], key=lambda x: x[0])]  # input order, whatever the workers did
        records = [x for x in results if not isinstance(x, Failure)]
        failures = [x for x in results if isinstance(x, Failure)]
        fail_path = target.with_name(target.name.removesuffix(".parquet") + ".failures.jsonl")
        _write_atomic(fail_path, lambda p, f=failures: p.write_text(
            "".join(json.dumps(x.triple(), ensure_ascii=False) + "\n" for x in f), encoding="utf-8"))
        _write_atomic(target, lambda p, r=records: write_shard(r, p))  # last: its presence means "finished"


def _read_failures(target: Path) -> list[Failure]:
    fail_path = target.with_name(target.name.removesuffix(".parquet") + ".failures.jsonl")
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
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.verbose_progress = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    return ray


def ingest_ray(inputs: list[str], *, out: Path, store: Any | None = None, address: str | None = None,
               workers: int = 0, shard_size: int = 500, wave_size: int = 0, sentence_model: bool = False,
               progress: bool = True) -> IngestSummary:
    """Analyse `inputs` on Ray into Parquet shards under `out`; load them into `store` when given."""
    from ..corpus.analyse import pipeline_version

    workers = default_workers(workers)
    ray = start_ray(address, workers)
    # each wave starts its actors again (about 5 CPU s each: the pipeline loads), so a wave gives
    # every actor some 500 documents (about 40 CPU s of analysis); at least 4,000 documents
    wave_size = wave_size or max(4000, 500 * workers)
    out.mkdir(parents=True, exist_ok=True)
    summary = IngestSummary(run=store.begin_run("ingest-ray", inputs, pipeline_version(sentence_model))
                            if store is not None else 0)
    t0 = time.perf_counter()
    bar = progress_bar(estimate(inputs) if progress else None, "ingest (ray)")  # counts documents as they are sliced
    finished: list[Path] = []
    wave: list[tuple[Path, list[Item | Failure]]] = []
    try:
        for path in inputs:
            if kind_of(path) == "parquet":  # already analysed: goes straight to the store
                if store is not None:
                    load_shard(store, path, summary, bar=bar)
                continue
            ident = _identity(path)
            for index, chunk in _slices(path, shard_size):
                target = out / f"{ident}-{index:05d}.parquet"
                if not target.exists():
                    wave.append((target, chunk))
                    if sum(len(c) for _t, c in wave) >= wave_size:
                        _run_wave(ray.data, wave, workers, sentence_model)
                        wave = []
                finished.append(target)
                bar.update(len(chunk))
        if wave:
            _run_wave(ray.data, wave, workers, sentence_model)
        for target in finished:
            fails = _read_failures(target)
            summary.failures.extend(fails)
            if store is not None:
                load_shard(store, str(target), summary)  # not counted on the bar again
                store.record_failures([f.triple() for f in fails], summary.run)
                summary.seen += len(fails)
                summary.failed += len(fails)
            else:
                from ..store.shards import count_records

                n = count_records(target)
                summary.seen += n + len(fails)
                summary.added += n
                summary.failed += len(fails)
    finally:
        bar.close()
    summary.seconds = time.perf_counter() - t0
    if store is not None:
        store.finish_run(summary.run, added=summary.added, duplicates=summary.duplicates, failed=summary.failed,
                         seconds=summary.seconds)
    print(f"sourcetrace: {len(finished)} shard(s) under {out}", file=sys.stderr)
    return summary
