"""Parquet shards of analysed documents: how a distributed engine hands its results to the store.

A shard holds `DocumentRecord`s, one row each, the JSON fields (`analysis`, `reader`) as JSON
text. `write_shard` writes one; `sourcetrace ingest SHARD.parquet` (or `read_shard` and
`Store.add`) loads it with the same duplicate checks as any other input, without analysing again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .store import DocumentRecord

COLUMNS = ("id", "text", "content_hash", "pipeline_version", "analysis", "reader", "url", "outlet", "title",
           "date", "date_origin", "language", "input", "input_format")
REQUIRED = ("id", "text", "content_hash", "pipeline_version", "analysis")


class ShardError(ValueError):
    """A file that is not a shard of analysed documents."""


def write_shard(records: Sequence[DocumentRecord], path: str | Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    for r in records:
        row = r.to_json()
        row["analysis"] = json.dumps(r.analysis, ensure_ascii=False, separators=(",", ":"))
        row["reader"] = json.dumps(r.reader, ensure_ascii=False, separators=(",", ":"))
        rows.append({k: row[k] for k in COLUMNS})
    schema = pa.schema([(k, pa.string()) for k in COLUMNS])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), str(path))


def count_records(path: str | Path) -> int:
    """How many documents a shard holds, from its Parquet footer (the rows are not read)."""
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(str(path)).metadata.num_rows)


def read_shard(path: str | Path, batch: int = 256) -> Iterator[DocumentRecord]:
    """The records of a shard, in order; ShardError when the file is not one."""
    import pyarrow.lib
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(str(path))
    except (pyarrow.lib.ArrowException, OSError) as exc:
        raise ShardError(f"not a Parquet file ({exc})") from exc
    missing = [c for c in REQUIRED if c not in pf.schema_arrow.names]
    if missing:
        raise ShardError(f"not a shard of analysed documents: no column {', '.join(missing)}")
    for rb in pf.iter_batches(batch_size=batch):
        for row in rb.to_pylist():
            yield DocumentRecord(
                id=str(row["id"]), text=row["text"], content_hash=row["content_hash"],
                pipeline_version=row["pipeline_version"], analysis=json.loads(row["analysis"]),
                reader=json.loads(row.get("reader") or "{}"),
                **{k: row.get(k) for k in COLUMNS[6:]})
