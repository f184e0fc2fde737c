"""Corpus mode: many documents from folders, JSONL and WARC files, analysed in parallel and
written to the store (`sourcetrace.store`). `ingest(...)` is what `sourcetrace ingest` runs; `warm_up`, `progress_bar` and `load_shard` are what
another engine (`sourcetrace.engines`) builds on."""

from __future__ import annotations

from .analyse import analyse_item, pipeline_version
from .ingest import IngestSummary, ingest, load_shard, progress_bar, reanalyze, warm_up
from .inputs import Failure, Item, iter_items

__all__ = ["Failure", "IngestSummary", "Item", "analyse_item", "ingest", "iter_items", "load_shard",
           "pipeline_version", "progress_bar", "reanalyze", "warm_up"]
