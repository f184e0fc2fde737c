"""The corpus store's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

Every table is created by the Alembic migrations in `migrations/versions/`; this module is the
description the code queries through. What a document's analysis fills is unbounded text (rule
ids, kinds, types, date values: revision 0008 widened them on PostgreSQL; SQLite never bounded them). Child tables point at `documents.pk` (an integer, small in
every row) and keep the item's order in `idx`; spans are code-point offsets into
`documents.text`. Full-text search is engine-specific and lives in the migration: an FTS5 table
`documents_fts` on SQLite, a generated `tsv` column with a GIN index on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

runs = Table(
    "runs", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("command", String(32), nullable=False),  # ingest, reanalyze, load
    Column("inputs", Text, nullable=False, default="[]"),  # JSON list of the inputs given
    Column("pipeline_version", String(64), nullable=False),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),  # NULL: still running or killed
    Column("added", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    Column("seconds", Float),
)

documents = Table(
    "documents", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, nullable=False, unique=True),
    Column("url", Text, unique=True),
    Column("outlet", Text),
    Column("title", Text),
    Column("date", String(10)),  # YYYY-MM-DD, YYYY-MM or YYYY
    Column("date_origin", String(16)),  # given, metadata, warc, inferred
    Column("language", String(8)),
    Column("input", Text),  # the file (and line or record) it came from
    Column("input_format", String(8)),  # text, html
    Column("text", Text, nullable=False),
    # the hash of the text: not unique, one text printed by two outlets is two documents (revision 0012)
    Column("content_hash", String(64), nullable=False),
    Column("pipeline_version", String(64), nullable=False),
    Column("reader", Text, nullable=False),  # JSON: what the reader found before the steps ran
    Column("analysis", Text, nullable=False),  # JSON: the article JSON (docs/schema.json), exactly
    Column("run", Integer, ForeignKey("runs.pk")),
    Column("ingested_at", String(32), nullable=False),
    Index("ix_documents_outlet", "outlet"),
    Index("ix_documents_date", "date"),
    Index("ix_documents_pipeline_version", "pipeline_version"),
    Index("ix_documents_language", "language"),
    Index("ix_documents_outlet_date", "outlet", "date"),
    Index("ix_documents_content_hash", "content_hash"),
)


def _doc() -> Column[int]:
    return Column("document", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True)


def _idx() -> Column[int]:
    return Column("idx", Integer, primary_key=True)


segments = Table(
    "segments", metadata, _doc(), _idx(),
    Column("kind", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("language", Text),
    Column("handle", Text),
    Column("author", Text),
    Column("rule", Text, nullable=False),
)

sources = Table(
    "sources", metadata, _doc(), _idx(),
    Column("source", Text, nullable=False),  # the id inside its document ("s1")
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("role", Text),
    Column("aliases", Text),  # JSON list
    Column("mentions", Integer, nullable=False),
    Column("claims", Integer, nullable=False),
    Column("relays", Integer, nullable=False),
    Column("distance", Integer, nullable=False),
    Column("credit", Boolean, nullable=False),
    Column("rule", Text, nullable=False),
    Index("ix_sources_name", "name"),
    Index("ix_sources_type", "type"),
    Index("ix_sources_name_type", "name", "type", "claims", "document"),
    Index("ix_sources_type_claims", "type", "claims"),
)

#: the agencies a document's text credits for its copy (revision 0009): no sources of its claims,
#: the last link of their chains (their ids appear in `attributions.via`)
credits = Table(
    "credits", metadata, _doc(), _idx(),
    Column("credit", Text, nullable=False),  # the id inside its document ("s2"), as `via` names it
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("aliases", Text),  # JSON list
    Column("mentions", Integer, nullable=False),
    Column("relays", Integer, nullable=False),
    Column("rule", Text, nullable=False),
    Index("ix_credits_name", "name"),
)

attributions = Table(
    "attributions", metadata, _doc(), _idx(),
    Column("attribution", Text, nullable=False),  # the id inside its document ("a1")
    Column("mode", Text, nullable=False),
    Column("source", Text),  # sources.source of the same document
    Column("source_name", Text),
    Column("source_type", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("content", Text, nullable=False),  # the content spans' text, joined by " … "
    Column("content_start", Integer),
    Column("content_end", Integer),
    Column("content_spans", Text, nullable=False),  # JSON list of [start, end]
    Column("via", Text, nullable=False),  # JSON list of intermediaries (origin first)
    Column("via_count", Integer, nullable=False),
    Column("status", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Index("ix_attributions_status", "status"),
    Index("ix_attributions_document_source_type", "document", "source_type"),
    Index("ix_attributions_source_name", "source_name"),
)

hedges = Table(
    "hedges", metadata, _doc(), _idx(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text),
    Column("kind", Text),
    Column("scope_start", Integer),
    Column("scope_end", Integer),
    Column("rule", Text, nullable=False),
)

dates = Table(
    "dates", metadata, _doc(), _idx(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text),
    Column("type", Text),
    Column("value", Text),
    Column("rule", Text, nullable=False),
    Index("ix_dates_value", "value"),
)

quantities = Table(
    "quantities", metadata, _doc(), _idx(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text),
    Column("value", Text, nullable=False),  # JSON: a number or [low, high]
    Column("low", Float),
    Column("high", Float),
    Column("unit", Text),
    Column("approximate", Boolean, nullable=False),
    Column("rule", Text, nullable=False),
)

failures = Table(
    "failures", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False),  # the file
    Column("item", Text, nullable=False, default=""),  # "line 7", "record at byte 1234", "" for a whole file
    Column("reason", Text, nullable=False),
    Column("run", Integer, ForeignKey("runs.pk")),
    Column("at", String(32), nullable=False),
    UniqueConstraint("input", "item", name="uq_failures_input_item"),
)

#: Tables filled from one document's analysis, in the order they are written.
CHILD_TABLES: tuple[Table, ...] = (segments, sources, credits, attributions, hedges, dates, quantities)
