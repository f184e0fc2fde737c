"""cross-article linking: the linker's state as rows (documents, members, claims, entities, name
keys, vectors) instead of one pickle, so that a `link` run writes only what it added or changed

Revision ID: 0005_link_rows
Revises: 0004_web_indexes
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_link_rows"
down_revision = "0004_web_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_documents",
        sa.Column("document", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False, unique=True),
        sa.Column("outlet", sa.Text, nullable=False),
        sa.Column("outlet_entity", sa.Text, nullable=False),
        sa.Column("date", sa.Text),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("language", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("credits", sa.Text, nullable=False),
        sa.Column("relays", sa.Text, nullable=False),
        sa.Column("copy_of", sa.Text),
        sa.Column("story_root", sa.Text, nullable=False),
        sa.Column("copy_root", sa.Text, nullable=False),
        sa.Column("copy_date", sa.Text, nullable=False),
        sa.Column("copy_seq", sa.Integer, nullable=False),
        sa.Column("minhash", sa.LargeBinary),
    )
    op.create_table(
        "link_members",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False, unique=True),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("claim", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_link_members_claim", "link_members", ["claim"])
    op.create_table(
        "link_claims",
        sa.Column("claim", sa.Text, primary_key=True),
        sa.Column("polarity", sa.Boolean, nullable=False),
    )
    op.create_table(
        "link_entities",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("rule", sa.Text, nullable=False),
        sa.Column("scope", sa.Text, nullable=False),
        sa.Column("aliases", sa.Text, nullable=False),
        sa.Column("documents", sa.Text, nullable=False),
    )
    op.create_table(
        "link_keys",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("entity", sa.Text, nullable=False),
    )
    op.create_table(
        "link_surnames",
        sa.Column("surname", sa.Text, primary_key=True),
        sa.Column("entity", sa.Text, primary_key=True),
    )
    op.create_table(
        "link_vectors",
        sa.Column("document", sa.Text, primary_key=True),
        sa.Column("encoder", sa.Text, nullable=False),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("dim", sa.Integer, nullable=False),
        sa.Column("vectors", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    for table in ("link_vectors", "link_surnames", "link_keys", "link_entities", "link_claims", "link_members",
                  "link_documents"):
        op.drop_table(table)
