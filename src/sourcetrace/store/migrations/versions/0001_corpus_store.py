"""corpus store: documents, their analysis in tables, runs, failures, full-text search, views

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _doc() -> sa.Column[int]:
    return sa.Column("document", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True)


def _idx() -> sa.Column[int]:
    return sa.Column("idx", sa.Integer, primary_key=True)


VIEWS = {
    # one row per attribution, with its document's id, outlet and date: "who said what, where"
    "attribution_list": """
        SELECT d.id AS document, d.outlet, d.date, a.attribution, a.mode, a.source_name, a.source_type,
               a.cue, a.content, a.via_count, a.status, a.rule
        FROM attributions a JOIN documents d ON d.pk = a.document""",
    # each source name and type across the corpus: in how many documents, with how many claims
    "source_totals": """
        SELECT s.name, s.type, COUNT(DISTINCT s.document) AS documents, SUM(s.claims) AS claims,
               COUNT(DISTINCT d.outlet) AS outlets
        FROM sources s JOIN documents d ON d.pk = s.document
        GROUP BY s.name, s.type""",
    # per outlet: documents, attributed claims, and the share of them that stand on anonymous sources
    "outlet_sourcing": """
        SELECT d.outlet, COUNT(DISTINCT d.pk) AS documents, COUNT(a.idx) AS claims,
               SUM(CASE WHEN a.source_type IN ('anonymous', 'unnamed') THEN 1 ELSE 0 END) AS anonymous_claims,
               CASE WHEN COUNT(a.idx) = 0 THEN 0.0
                    ELSE 1.0 * SUM(CASE WHEN a.source_type IN ('anonymous', 'unnamed') THEN 1 ELSE 0 END) / COUNT(a.idx)
               END AS anonymous_share
        FROM documents d LEFT JOIN attributions a ON a.document = d.pk
        GROUP BY d.outlet""",
    # claims that reached the article through intermediaries (via chains), longest chains first
    "relayed_claims": """
        SELECT d.id AS document, d.outlet, a.source_name, a.via_count, a.via, a.content
        FROM attributions a JOIN documents d ON d.pk = a.document
        WHERE a.via_count > 0""",
}


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("command", sa.String(32), nullable=False),
        sa.Column("inputs", sa.Text, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32)),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("duplicates", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("seconds", sa.Float),
    )
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.Text, nullable=False, unique=True),
        sa.Column("url", sa.Text, unique=True),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("date_origin", sa.String(16)),
        sa.Column("language", sa.String(8)),
        sa.Column("input", sa.Text),
        sa.Column("input_format", sa.String(8)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("reader", sa.Text, nullable=False),
        sa.Column("analysis", sa.Text, nullable=False),
        sa.Column("run", sa.Integer, sa.ForeignKey("runs.pk")),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    op.create_index("ix_documents_date", "documents", ["date"])
    op.create_index("ix_documents_pipeline_version", "documents", ["pipeline_version"])
    op.create_table(
        "segments", _doc(), _idx(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("language", sa.String(8)),
        sa.Column("handle", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("rule", sa.String(64), nullable=False),
    )
    op.create_table(
        "sources", _doc(), _idx(),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("role", sa.Text),
        sa.Column("aliases", sa.Text),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("relays", sa.Integer, nullable=False),
        sa.Column("distance", sa.Integer, nullable=False),
        sa.Column("credit", sa.Boolean, nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
    )
    op.create_index("ix_sources_name", "sources", ["name"])
    op.create_index("ix_sources_type", "sources", ["type"])
    op.create_table(
        "attributions", _doc(), _idx(),
        sa.Column("attribution", sa.String(32), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("source", sa.String(32)),
        sa.Column("source_name", sa.Text),
        sa.Column("source_type", sa.String(32)),
        sa.Column("source_start", sa.Integer),
        sa.Column("source_end", sa.Integer),
        sa.Column("cue", sa.Text),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("content_start", sa.Integer),
        sa.Column("content_end", sa.Integer),
        sa.Column("content_spans", sa.Text, nullable=False),
        sa.Column("via", sa.Text, nullable=False),
        sa.Column("via_count", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
    )
    op.create_index("ix_attributions_status", "attributions", ["status"])
    op.create_table(
        "hedges", _doc(), _idx(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("kind", sa.String(32)),
        sa.Column("scope_start", sa.Integer),
        sa.Column("scope_end", sa.Integer),
        sa.Column("rule", sa.String(64), nullable=False),
    )
    op.create_table(
        "dates", _doc(), _idx(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("type", sa.String(16)),
        sa.Column("value", sa.String(64)),
        sa.Column("rule", sa.String(64), nullable=False),
    )
    op.create_index("ix_dates_value", "dates", ["value"])
    op.create_table(
        "quantities", _doc(), _idx(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("unit", sa.Text),
        sa.Column("approximate", sa.Boolean, nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
    )
    op.create_table(
        "failures",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("item", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("run", sa.Integer, sa.ForeignKey("runs.pk")),
        sa.Column("at", sa.String(32), nullable=False),
        sa.UniqueConstraint("input", "item", name="uq_failures_input_item"),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # external-content FTS5 index over title and text, kept current by triggers
        op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', "
                   "content_rowid='pk', tokenize='unicode61 remove_diacritics 2')")
        op.execute("CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
                   "INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END")
        op.execute("CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
                   "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
                   "VALUES ('delete', old.pk, old.title, old.text); END")
        op.execute("CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN "
                   "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
                   "VALUES ('delete', old.pk, old.title, old.text); "
                   "INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
                   "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED")
        op.execute("CREATE INDEX ix_documents_tsv ON documents USING GIN (tsv)")
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in ("failures", "quantities", "dates", "hedges", "attributions", "sources", "segments",
                  "documents", "runs"):
        op.drop_table(table)
