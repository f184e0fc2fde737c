"""Revision 0012_content_hash_index looks for the documents stored with a derived hash by reading
every document's text: it streams them a batch at a time (`yield_per`, a server-side cursor on
PostgreSQL) instead of reading all texts into memory, and still finds every derived hash, on both
engines."""

from __future__ import annotations

import hashlib
import importlib
from typing import Any

import pytest
from sqlalchemy import event, text
from test_store import record

from sourcetrace.corpus.analyse import content_hash
from sourcetrace.store import Store

rev = importlib.import_module("sourcetrace.store.migrations.versions.0012_content_hash_index")


@pytest.fixture
def store(store_url: str) -> Store:
    s = Store.open(store_url, create=True)
    yield s  # type: ignore[misc]
    s.close()


def _reads_of_texts(store: Store) -> list[dict[str, Any]]:
    """The execution options of every statement that reads the documents' texts, recorded from now on."""
    seen: list[dict[str, Any]] = []

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if "text FROM documents" in statement:
            seen.append(dict(context.execution_options))

    event.listen(store.engine, "before_cursor_execute", before)
    return seen


def test_the_upgrade_reads_the_texts_in_batches_not_all_at_once(store: Store) -> None:
    from alembic import command

    from sourcetrace.store.migrate import config

    store.add([record(1), record(1, doc_id="reprint"), record(2)])
    with store.engine.begin() as conn:
        command.downgrade(config(conn), "0011_member_origin_rule")
    seen = _reads_of_texts(store)
    with store.engine.begin() as conn:
        command.upgrade(config(conn), "head")
    assert [(o.get("stream_results"), o.get("yield_per")) for o in seen] == [(True, rev.BATCH)]
    # and the copy's derived hash is its text's again
    hashes = {r["id"]: r["content_hash"] for r in store.raw("SELECT id, content_hash FROM documents")}
    assert hashes["reprint"] == hashes["doc-1"] == content_hash(record(1).text)


def test_derived_hashes_are_found_across_batches_smaller_than_the_table(store: Store) -> None:
    store.add([record(i) for i in range(1, 6)])
    with store.engine.begin() as conn:
        ids = {r.id: (int(r.pk), r.content_hash) for r in conn.execute(text("SELECT pk, id, content_hash FROM documents"))}
        # two documents stored as a copy was before this revision: the hash of their text's hash and their id
        for doc in ("doc-2", "doc-5"):
            pk, own = ids[doc]
            derived = hashlib.sha256(f"{own}\n{doc}".encode()).hexdigest()
            conn.execute(text("UPDATE documents SET content_hash = :h WHERE pk = :pk"), {"h": derived, "pk": pk})
    with store.engine.connect() as conn:
        found = rev._derived_hashes(conn, batch=2)
    assert found == sorted((ids[d][0], ids[d][1]) for d in ("doc-2", "doc-5"))
