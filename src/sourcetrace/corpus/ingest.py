"""`ingest` and `reanalyze`: items are read in order by this process, analysed by worker
processes (results come back in input order), and written by this process alone, a batch per
transaction. A document already in the store (same id, URL or text) is not written again, so a
run killed at any moment and started again ends with exactly what one uninterrupted run gives.

What another engine (`sourcetrace.engines`) builds on: `warm_up()` loads the pipeline in a worker
before its first document, `progress_bar(total, desc)` is the progress bar every engine shows,
`load_shard(store, path, summary)` loads a Parquet shard of analysed documents into the store
through its duplicate checks, counting into an `IngestSummary`.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from ..document import WITHIN_GIVEN
from ..store.store import DocumentRecord, Store
from .analyse import analyse_doc, analyse_item, pipeline_version, restore
from .inputs import MAX_BYTES, Failure, Item, estimate, iter_items, kind_of, other_files

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class IngestSummary:
    run: int = 0
    seen: int = 0
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    #: of `added`, the documents whose text a stored document has (republished copies, each its own document)
    same_text: int = 0
    seconds: float = 0.0
    #: wall-clock seconds spent in the store (duplicate look-ups and writes), part of `seconds`
    store_seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    #: files of the input folders that are no articles (`inputs.other_files`): (path, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        rate = self.seen / self.seconds if self.seconds else 0.0
        other = f", {len(self.skipped)} other file(s) skipped" if self.skipped else ""
        same = f" ({self.same_text} same text as a stored document)" if self.same_text else ""
        return (f"{self.added} added{same}, {self.duplicates} duplicate(s) skipped, {self.failed} set aside{other} "
                f"({self.seen} in {self.seconds:.1f} s, {rate:.1f}/s)")


def worker_count(requested: int) -> int:
    return requested if requested > 0 else (os.cpu_count() or 1)


def _map(func: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """func over items in order, in `workers` processes (or in this one when workers == 1)."""
    if workers <= 1:
        yield from map(func, items)
        return
    warm_up()  # forked workers inherit the loaded resources instead of each loading them
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(workers) as pool:
        yield from pool.imap(func, items, chunksize=2)


def warm_up() -> None:
    """Load the default pipeline and its resources in this process (run on one short text)."""
    from ..api import default_pipeline
    from ..document import Document

    default_pipeline()(Document(text="Laut Polizei gab es am Montag drei Verletzte, sagte ein Sprecher.", name="-"))


def progress_bar(total: int | None, desc: str) -> Any:
    """A tqdm bar on standard error, counting documents; shown only on a terminal."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", disable=not sys.stderr.isatty(), file=sys.stderr,
                dynamic_ncols=True, smoothing=0.1)


def _skip_known(store: Store, items: Iterator[Item | Failure], summary: IngestSummary, bar: Any,
                batch: int = 200) -> Iterator[Item | Failure]:
    """Pass on items not yet in the store; count the others as duplicates without analysing them."""
    while True:
        chunk = list(itertools.islice(items, batch))
        if not chunk:
            return
        ids = [x.id for x in chunk if isinstance(x, Item) and x.id]
        t0 = time.perf_counter()
        known = store.known_ids(ids) if ids else set()
        summary.store_seconds += time.perf_counter() - t0
        for x in chunk:
            if isinstance(x, Item) and x.id in known:
                summary.seen += 1
                summary.duplicates += 1
                bar.update(1)
                continue
            yield x


def _passthrough(x: Item | Failure, sentence_model: bool) -> DocumentRecord | Failure:
    return x if isinstance(x, Failure) else analyse_item(x, sentence_model)


def ingest(store: Store, inputs: list[str], *, workers: int = 0, commit_every: int = 50,
           sentence_model: bool = False, progress: bool = True, skip_same_text: bool = False,
           max_bytes: int = MAX_BYTES) -> IngestSummary:
    """Read, analyse and store every document of `inputs` (folders, JSONL, WARC). A document whose
    text a stored one has under another id and URL is added (`Store.add`) unless `skip_same_text`; one over
    the size rule's `max_bytes` (`iter_items`) is set aside with its reason."""
    version = pipeline_version(sentence_model)
    summary = IngestSummary(run=store.begin_run("ingest", inputs, version), skipped=other_files(inputs))
    t0 = time.perf_counter()
    bar = progress_bar(estimate(inputs) if progress else None, "ingest")
    records: list[DocumentRecord] = []
    fails: list[Failure] = []
    last_commit = time.monotonic()

    def flush() -> None:
        nonlocal last_commit
        t_store = time.perf_counter()
        res = store.add(records, summary.run, [f.triple() for f in fails], skip_same_text=skip_same_text)
        summary.added += res.added
        summary.same_text += res.same_text
        summary.duplicates += res.duplicates
        summary.failed += res.failed
        records.clear()
        fails.clear()
        store.progress_run(summary.run, added=summary.added, duplicates=summary.duplicates, failed=summary.failed)
        last_commit = time.monotonic()
        summary.store_seconds += time.perf_counter() - t_store

    try:
        for shard in [p for p in inputs if kind_of(p) == "parquet"]:
            load_shard(store, shard, summary, bar=bar, batch=commit_every, skip_same_text=skip_same_text)
        todo = _skip_known(store, iter_items(inputs, max_bytes), summary, bar)
        for result in _map(partial(_passthrough, sentence_model=sentence_model), todo, worker_count(workers)):
            summary.seen += 1
            if isinstance(result, Failure):
                summary.failed += 1
                summary.failures.append(result)
                fails.append(result)
            else:
                records.append(result)
            bar.update(1)
            bar.set_postfix(added=summary.added + len(records), dup=summary.duplicates, failed=summary.failed,
                            refresh=False)
            if len(records) + len(fails) >= commit_every or time.monotonic() - last_commit > 5:
                flush()
        flush()
    finally:
        bar.close()
    summary.seconds = time.perf_counter() - t0
    store.finish_run(summary.run, added=summary.added, duplicates=summary.duplicates, failed=summary.failed,
                     seconds=summary.seconds)
    return summary


def load_shard(store: Store, path: str, summary: IngestSummary, *, bar: Any | None = None, batch: int = 200,
               skip_same_text: bool = False) -> None:
    """Store the analysed documents of a Parquet shard (a distributed engine's output) as they are,
    `batch` per transaction, through the store's duplicate checks; the counts go into `summary`
    (and `bar`, when given). A file that is not such a shard is recorded as a failure of the run."""
    from ..store.shards import ShardError, read_shard

    absolute = str(Path(path).resolve())
    records = read_shard(path)
    while True:
        try:
            chunk = list(itertools.islice(records, max(batch, 1)))
        except (ShardError, KeyError, ValueError, OSError) as exc:
            failure = Failure(absolute, "", f"not a readable shard of analysed documents ({exc})")
            summary.failed += 1
            summary.failures.append(failure)
            store.record_failures([failure.triple()], summary.run)
            return
        if not chunk:
            return
        res = store.add(chunk, summary.run, skip_same_text=skip_same_text)
        summary.seen += len(chunk)
        summary.added += res.added
        summary.same_text += res.same_text
        summary.duplicates += res.duplicates
        summary.failed += res.failed
        if bar is not None:
            bar.update(len(chunk))
        store.progress_run(summary.run, added=summary.added, duplicates=summary.duplicates, failed=summary.failed)


def _reanalyse_row(row: dict[str, Any], sentence_model: bool) -> tuple[str, DocumentRecord | Failure]:
    import json

    from ..api import give_date

    try:
        doc = restore(row["text"], json.loads(row["reader"]), row["id"])
        if row["outlet"]:
            doc.publisher = row["outlet"]  # also for rows stored before the reader state kept the publisher
        if row["date_origin"] == "given" and row["date"] and doc.date is None:
            give_date(doc, row["date"], "input")  # a month or year given, stored before the reader state kept it
        analysis = analyse_doc(doc, sentence_model)
    except Exception as exc:  # kept as it was, reported
        return row["id"], Failure(row["input"] or row["id"], row["id"], f"reanalysis failed ({type(exc).__name__}: {exc})")
    refined = doc.date is not None and WITHIN_GIVEN in doc.date.evidence
    date, origin = (row["date"], row["date_origin"]) if (row["date_origin"] == "given" and not refined) or not doc.date else (
        doc.date.value, row["date_origin"] if row["date_origin"] == "warc" else doc.date.origin)
    return row["id"], DocumentRecord(
        id=row["id"], text=row["text"], content_hash=row["content_hash"],
        pipeline_version=pipeline_version(sentence_model), analysis=analysis, url=row["url"], outlet=row["outlet"],
        title=doc.title, date=date, date_origin=origin, language=doc.language, input=row["input"])


def reanalyze(store: Store, *, workers: int = 0, sentence_model: bool = False, force: bool = False
              ) -> IngestSummary:
    """Run the current pipeline again over every document stored under another pipeline version
    (all documents with `force`), from the text and reader state kept in the store."""
    version = pipeline_version(sentence_model)
    summary = IngestSummary(run=store.begin_run("reanalyze", [], version))
    t0 = time.perf_counter()
    status = store.status(version)
    bar = progress_bar(status["documents"] if force else status["outdated"], "reanalyze")
    rows = store.iter_documents(outdated_from=None if force else version)
    try:
        for _doc_id, result in _map(partial(_reanalyse_row, sentence_model=sentence_model), rows,
                                    worker_count(workers)):
            summary.seen += 1
            if isinstance(result, Failure):
                summary.failed += 1
                summary.failures.append(result)
                store.record_failures([result.triple()], summary.run)
            elif (reason := store.replace_analysis(result.id, result)) is not None:
                failure = Failure(result.input or result.id, result.id, reason)
                summary.failed += 1
                summary.failures.append(failure)
                store.record_failures([failure.triple()], summary.run)
            else:
                summary.added += 1
            bar.update(1)
    finally:
        bar.close()
    summary.seconds = time.perf_counter() - t0
    store.finish_run(summary.run, added=summary.added, duplicates=0, failed=summary.failed, seconds=summary.seconds)
    return summary
