"""cross-article linking: each claim member's `origin_rule`, the id of the rule that chose its
origin (`Linker._origin`: the source, the start of its chain, a spokesperson's principal, an
anonymous source, the outlet or agency of an unattributed sentence, …). Members written before this
revision have none (NULL); a later `link` that rewrites their claim writes it.

Revision ID: 0011_member_origin_rule
Revises: 0010_claim_origin_rules
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_member_origin_rule"
down_revision = "0010_claim_origin_rules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("claim_members", sa.Column("origin_rule", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("claim_members") as batch:
        batch.drop_column("origin_rule")
