"""Corpus mode: many documents from folders, JSONL and WARC files, analysed in parallel and
written to the store (`sourcetrace.store`). `ingest(...)` is what `sourcetrace ingest` runs."""

from __future__ import annotations

from .analyse import analyse_item, pipeline_version
from .ingest import IngestSummary, ingest, reanalyze
from .inputs import Failure, Item, iter_items

__all__ = ["Failure", "IngestSummary", "Item", "analyse_item", "ingest", "iter_items", "pipeline_version",
           "reanalyze"]
