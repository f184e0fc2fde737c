"""store: `credits`, the agencies a document's text credits for its copy ("Berlin (dpa) –",
"Reuters contributed"), one row each, from the analysis's `credits` list: no source of its claims
(the `sources` table keeps those), but the last link of their chains (`attributions.via`). Analyses
stored before the list existed have no credits to copy; `reanalyze` fills them in.

Revision ID: 0009_credits
Revises: 0008_text_columns
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_credits"
down_revision = "0008_text_columns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "credits",
        sa.Column("document", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("credit", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("aliases", sa.Text),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("relays", sa.Integer, nullable=False),
        sa.Column("rule", sa.Text, nullable=False),
    )
    op.create_index("ix_credits_name", "credits", ["name"])


def downgrade() -> None:
    op.drop_index("ix_credits_name", table_name="credits")
    op.drop_table("credits")
