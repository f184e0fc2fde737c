"""store: the child tables' short string columns (rule ids, kinds, types, ids, date values) as
unbounded text on PostgreSQL, where a value longer than its VARCHAR(n) — a plug-in's rule id, an
unusual TIMEX3 value — set the whole document aside; SQLite never enforced the lengths

Revision ID: 0008_text_columns
Revises: 0007_claim_search
Create Date: 2026-12-02
"""

from __future__ import annotations

from importlib import import_module

import sqlalchemy as sa
from alembic import op

revision = "0008_text_columns"
down_revision = "0007_claim_search"
branch_labels = None
depends_on = None

#: table → (column, its former length): every bounded string a document's analysis fills
COLUMNS = {
    "segments": (("kind", 16), ("language", 8), ("rule", 64)),
    "sources": (("source", 32), ("type", 32), ("rule", 64)),
    "attributions": (("attribution", 32), ("mode", 16), ("source", 32), ("source_type", 32), ("status", 16),
                     ("rule", 64)),
    "hedges": (("kind", 32), ("rule", 64)),
    "dates": (("type", 16), ("value", 64), ("rule", 64)),
    "quantities": (("rule", 64),),
}


def _views() -> dict[str, str]:
    """The views of revision 0001, which read some of these columns: PostgreSQL changes a column's
    type only while no view uses it."""
    views: dict[str, str] = import_module("sourcetrace.store.migrations.versions.0001_corpus_store").VIEWS
    return views


def _retype(to_text: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite stores any length in any column: nothing to change
    views = _views()
    for name in views:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    for table, columns in COLUMNS.items():
        for column, length in columns:
            op.alter_column(table, column, type_=sa.Text() if to_text else sa.String(length),
                            existing_type=sa.String(length) if to_text else sa.Text(),
                            postgresql_using=None if to_text else f'left("{column}", {length})')
    for name, sql in views.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def upgrade() -> None:
    _retype(True)


def downgrade() -> None:
    _retype(False)  # (values longer than the old bound are cut to it)
