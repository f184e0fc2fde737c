"""web app: which documents each linked entity occurs in, and the indexes the pages read through

Revision ID: 0004_web_indexes
Revises: 0003_store_indexes
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_web_indexes"
down_revision = "0003_store_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # `sourcetrace link` writes one row per (entity, document): /sources/{entity id} reads a source's
    # documents from here instead of matching names, which would merge distinct anonymous sources
    op.create_table(
        "entity_documents",
        sa.Column("entity", sa.Text, primary_key=True),
        sa.Column("document", sa.Text, primary_key=True),
    )
    op.create_index("ix_entity_documents_document", "entity_documents", ["document"])
    # a source's claims by name (the page of an unlinked source): no scan of every attribution
    op.create_index("ix_attributions_source_name", "attributions", ["source_name"])
    # documents of one outlet, newest first (the filtered document list)
    op.create_index("ix_documents_outlet_date", "documents", ["outlet", "date"])
    # a story's citation edges (joined on their document), the story list largest first
    op.create_index("ix_citation_edges_document", "citation_edges", ["document"])
    op.create_index("ix_stories_size", "stories", ["documents", "first_date", "story"])


def downgrade() -> None:
    op.drop_index("ix_stories_size", "stories")
    op.drop_index("ix_citation_edges_document", "citation_edges")
    op.drop_index("ix_documents_outlet_date", "documents")
    op.drop_index("ix_attributions_source_name", "attributions")
    op.drop_index("ix_entity_documents_document", "entity_documents")
    op.drop_table("entity_documents")
