"""store: `documents.content_hash` a plain index, no longer unique. One text printed by two outlets
is two documents (`Store.add`), and each keeps the hash of its own text; before this revision a
later copy stored a hash derived from its id (`copy_hash`) to get past the unique constraint.
Those derived hashes are written back to the hash of the document's text.

SQLite cannot drop a constraint: the table is built again without it (its rows, primary keys,
indexes, full-text triggers and the views over it kept), with foreign keys off meanwhile — a
dropped parent would take its analyses' rows with it (ON DELETE CASCADE). PRAGMA foreign_keys only
takes effect outside a transaction, so the open one is committed first and opened again after.

Revision ID: 0012_content_hash_index
Revises: 0011_member_origin_rule
Create Date: 2026-12-06
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012_content_hash_index"
down_revision = "0011_member_origin_rule"
branch_labels = None
depends_on = None

INDEX = "ix_documents_content_hash"


#: the documents read at a time while looking for derived hashes (`_derived_hashes`)
BATCH = 500


def _derived_hashes(bind: Any, batch: int = BATCH) -> list[tuple[int, str]]:
    """(pk, hash of its text) of every document stored with a derived hash (`copy_hash`: the hash of
    its text's hash and its id). The texts are streamed `batch` rows at a time (`yield_per`: a
    server-side cursor on PostgreSQL), not all read into memory at once: only the few derived rows
    are kept."""
    out = []
    rows = bind.execute(sa.text("SELECT pk, id, content_hash, text FROM documents ORDER BY pk"),
                        execution_options={"yield_per": batch})
    for pk, doc_id, stored, text in rows:
        own = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if stored != own and stored == hashlib.sha256(f"{own}\n{doc_id}".encode()).hexdigest():
            out.append((int(pk), own))
    return out


def _set_hashes(bind: Any, rows: list[tuple[int, str]]) -> None:
    for pk, value in rows:
        bind.execute(sa.text("UPDATE documents SET content_hash = :h WHERE pk = :pk"), {"h": value, "pk": pk})


def _sqlite_rebuild(unique: bool) -> None:
    """Build SQLite's `documents` again from its own CREATE statement, with or without
    `UNIQUE (content_hash)`, keeping every index, trigger and view (with it, all but this revision's
    index)."""
    bind = op.get_bind()
    raw: Any = bind.connection.dbapi_connection  # (sqlite3: commit, PRAGMA and BEGIN of its own)
    was_open = raw.in_transaction
    keys = raw.execute("PRAGMA foreign_keys").fetchone()[0]
    raw.commit()  # (PRAGMA foreign_keys is a no-op inside a transaction)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("BEGIN")
    try:
        # (rows whose parent was gone before — deleted with foreign keys off, as the sqlite3 shell does —
        # are no fault of the rebuild: only keys it breaks stop it)
        broken_before = len(raw.execute("PRAGMA foreign_key_check").fetchall())
        (create,) = raw.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name='documents'").fetchone()
        others = [s for (s,) in raw.execute("SELECT sql FROM sqlite_master WHERE tbl_name='documents' AND "
                                            "type IN ('index', 'trigger') AND sql IS NOT NULL AND name != ? "
                                            "ORDER BY type, name", (INDEX if unique else "",))]
        views = raw.execute("SELECT name, sql FROM sqlite_master WHERE type='view' ORDER BY name").fetchall()
        clause = re.compile(r",\s*UNIQUE\s*\(\s*\"?content_hash\"?\s*\)", re.I)
        body = clause.sub("", create)
        if unique:
            body = re.sub(r"\)\s*$", ", UNIQUE (content_hash))", body)
        body = re.sub(r"^CREATE TABLE\s+\"?documents\"?", "CREATE TABLE documents_rebuilt", body, flags=re.I)
        for name, _ in views:
            raw.execute(f'DROP VIEW "{name}"')
        raw.execute(body)
        raw.execute("INSERT INTO documents_rebuilt SELECT * FROM documents")
        raw.execute("DROP TABLE documents")
        raw.execute("ALTER TABLE documents_rebuilt RENAME TO documents")
        for sql in others:
            raw.execute(sql)
        for _, sql in views:
            raw.execute(sql)
        broken = len(raw.execute("PRAGMA foreign_key_check").fetchall()) - broken_before
        if broken > 0:
            raise RuntimeError(f"rebuilding documents broke {broken} foreign keys")
        raw.commit()
    except BaseException:
        raw.rollback()
        raise
    finally:
        raw.execute(f"PRAGMA foreign_keys={'ON' if keys else 'OFF'}")
        if was_open:
            raw.execute("BEGIN")  # (the migration's transaction goes on: alembic stamps the revision in it)


def _pg_unique_name() -> str | None:
    for uq in sa.inspect(op.get_bind()).get_unique_constraints("documents"):
        if uq["column_names"] == ["content_hash"]:
            return str(uq["name"])
    return None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_rebuild(unique=False)
    else:
        name = _pg_unique_name()
        if name:
            op.drop_constraint(name, "documents", type_="unique")
    _set_hashes(bind, _derived_hashes(bind))  # (a copy's derived hash: its text's again)
    op.create_index(INDEX, "documents", ["content_hash"])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":  # (SQLite's rebuild leaves it out: the rebuild commits what went before it,
        op.drop_index(INDEX, "documents")  # and a downgrade that fails there can run again)
    # a later document of a text stored already takes a derived hash again (the old `copy_hash`)
    first: set[str] = set()
    derived = []
    for pk, doc_id, value in bind.execute(sa.text("SELECT pk, id, content_hash FROM documents ORDER BY pk")):
        if value in first:
            derived.append((int(pk), hashlib.sha256(f"{value}\n{doc_id}".encode()).hexdigest()))
        first.add(value)
    _set_hashes(bind, derived)
    if bind.dialect.name == "sqlite":
        _sqlite_rebuild(unique=True)
    else:
        op.create_unique_constraint("documents_content_hash_key", "documents", ["content_hash"])
