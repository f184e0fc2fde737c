"""The corpus store (SQLite by default, PostgreSQL): documents, their analysis in tables, runs
and failures. `Store.open(url, create=True)` creates or upgrades it (Alembic); `Store.add`
writes `DocumentRecord`s in one transaction with duplicate checks; the read methods (`get`,
`iter_documents`, `search`, `sources`, `status`) serve the CLI, the web app and engines alike.

Needs the `corpus` extra: pip install 'sourcetrace[corpus]'.
"""

from __future__ import annotations

from .store import AddResult, DocumentRecord, Store, StoreError, child_rows, normalise_url

__all__ = ["AddResult", "DocumentRecord", "Store", "StoreError", "child_rows", "normalise_url"]
