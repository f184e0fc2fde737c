"""cross-article linking: each linked document's event key (the names, days and numbers of its
title and lead that tell one happening from another, `link.events`) beside its other state

Revision ID: 0006_link_events
Revises: 0005_link_rows
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_link_events"
down_revision = "0005_link_rows"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # documents linked before this revision keep no key (NULL): they only lack the event signal
    op.add_column("link_documents", sa.Column("event", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("link_documents") as batch:
        batch.drop_column("event")
