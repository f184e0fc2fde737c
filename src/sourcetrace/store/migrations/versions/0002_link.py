"""cross-article linking: entities, stories, story documents, claims, claim members, citation edges,
and the linker's state (issue 9)

Revision ID: 0002_link
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_link"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("encoder", sa.Text, nullable=False),
        sa.Column("documents", sa.Integer, nullable=False),
        sa.Column("updated", sa.Text, nullable=False),
        sa.Column("state", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "entities",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("aliases", sa.Text, nullable=False),
        sa.Column("documents", sa.Integer, nullable=False),
        sa.Column("rule", sa.Text, nullable=False),
    )
    op.create_table(
        "stories",
        sa.Column("story", sa.Text, primary_key=True),
        sa.Column("documents", sa.Integer, nullable=False),
        sa.Column("first_date", sa.Text),
        sa.Column("title", sa.Text),
    )
    op.create_table(
        "story_documents",
        sa.Column("document", sa.Text, primary_key=True),
        sa.Column("story", sa.Text, nullable=False),
        sa.Column("copy_of", sa.Text),
        sa.Column("credits", sa.Text, nullable=False),
    )
    op.create_index("ix_story_documents_story", "story_documents", ["story"])
    op.create_table(
        "claims",
        sa.Column("claim", sa.Text, primary_key=True),
        sa.Column("story", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("independent_origins", sa.Integer, nullable=False),
        sa.Column("origins", sa.Text, nullable=False),
        sa.Column("denied_by", sa.Text, nullable=False),
        sa.Column("anonymous_only", sa.Boolean, nullable=False),
    )
    op.create_index("ix_claims_story", "claims", ["story"])
    op.create_table(
        "claim_members",
        sa.Column("claim", sa.Text, primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("via", sa.Text, nullable=False),
        sa.Column("stance", sa.Text, nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("rule", sa.Text, nullable=False),
    )
    op.create_index("ix_claim_members_document", "claim_members", ["document"])
    op.create_table(
        "citation_edges",
        sa.Column("from_outlet", sa.Text, primary_key=True),
        sa.Column("to_entity", sa.Text, primary_key=True),
        sa.Column("kind", sa.Text, primary_key=True),
        sa.Column("document", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("citation_edges", "claim_members", "claims", "story_documents", "stories", "entities", "link_state"):
        op.drop_table(table)
