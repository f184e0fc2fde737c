"""cross-article linking: each claim's `origin_rules`, the ids of the origin rules that read its
members' origins or set a member's aside (`Linker.claim_row`), as a JSON list. Claims summed up
before this revision have none (NULL, read as an empty list); a later `link` that rewrites one reads
its members as stored, and a member linked before the member origin rules carries no rule id of its
own (`Member.origin_rule`).

Revision ID: 0010_claim_origin_rules
Revises: 0009_credits
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_claim_origin_rules"
down_revision = "0009_credits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("claims", sa.Column("origin_rules", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("origin_rules")
