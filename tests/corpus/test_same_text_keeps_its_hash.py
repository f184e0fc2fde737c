"""A document whose text a stored document has keeps the hash of its own text (`content_hash` is a
plain index since revision 0012_content_hash_index), and a store written before, where such a copy
stored a hash derived from its id, upgrades to that: rows, analyses, search and views kept, on both
engines."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from test_store import record

from sourcetrace.corpus.analyse import content_hash
from sourcetrace.store import Store


@pytest.fixture
def store(store_url: str) -> Store:
    s = Store.open(store_url, create=True)
    yield s  # type: ignore[misc]
    s.close()


def _hashes(store: Store) -> dict[str, str]:
    return {r["id"]: r["content_hash"] for r in store.raw("SELECT id, content_hash FROM documents")}


def _unique_on_hash(store: Store) -> bool:
    insp = inspect(store.engine)
    return any(u["column_names"] == ["content_hash"] for u in insp.get_unique_constraints("documents")) or any(
        i["column_names"] == ["content_hash"] and i["unique"] for i in insp.get_indexes("documents"))


def _children(store: Store) -> dict[str, int]:
    return {t: store.raw(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]
            for t in ("attributions", "sources", "segments", "dates", "quantities")}


def test_a_second_document_of_one_text_stores_the_hash_of_its_text(store: Store) -> None:
    res = store.add([record(1), record(1, doc_id="reprint")])
    assert res.outcomes == ["added", "added (same text as doc-1)"]
    h = _hashes(store)
    assert h["doc-1"] == h["reprint"] == content_hash(record(1).text)
    assert not _unique_on_hash(store)
    # a third copy is told to be of the first document, not of the second
    assert store.add([record(1, doc_id="third")]).outcomes == ["added (same text as doc-1)"]


def test_an_old_store_with_a_derived_hash_upgrades_to_the_hash_of_the_text(store: Store) -> None:
    from alembic import command

    from sourcetrace.store.migrate import config

    store.add([record(1), record(1, doc_id="reprint"), record(2)])
    before = _children(store)
    assert before["attributions"] > 0
    own = content_hash(record(1).text)
    with store.engine.begin() as conn:
        command.downgrade(config(conn), "0011_member_origin_rule")
    # down: the unique constraint is back, the later copy holds the derived hash it held then
    assert _unique_on_hash(store)
    assert _hashes(store)["reprint"] == hashlib.sha256(f"{own}\nreprint".encode()).hexdigest()
    assert _hashes(store)["doc-1"] == own and _children(store) == before
    with store.engine.begin() as conn:
        command.upgrade(config(conn), "head")
    assert not _unique_on_hash(store)
    assert "ix_documents_content_hash" in {i["name"] for i in inspect(store.engine).get_indexes("documents")}
    h = _hashes(store)
    assert h["doc-1"] == h["reprint"] == own and h["doc-2"] == content_hash(record(2).text)
    # the analyses' rows, the full-text search and the views over the rebuilt table are all there
    assert _children(store) == before
    assert {x["id"] for x in store.search("Regierung")} >= {"doc-1", "reprint", "doc-2"}
    assert store.raw("SELECT * FROM outlet_sourcing")[0]["documents"] == 3
    # and the store takes another copy with the hash of its text, and deletes cascade again
    store.add([record(1, doc_id="third")])
    assert _hashes(store)["third"] == own
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM documents WHERE id = 'doc-2'"))
    assert _children(store)["attributions"] < before["attributions"] + len(record(1).analysis["attributions"])
    assert store.raw("SELECT COUNT(*) AS n FROM attributions a LEFT JOIN documents d ON d.pk = a.document "
                     "WHERE d.pk IS NULL")[0]["n"] == 0


def test_an_old_sqlite_store_with_rows_left_by_a_delete_without_foreign_keys_upgrades(tmp_path: Path) -> None:
    # the sqlite3 shell deletes with foreign keys off: the analysis rows of the document stay behind;
    # the rebuild breaks no key of its own and must not refuse the store for those
    import sqlite3

    from alembic import command

    from sourcetrace.store.migrate import config

    path = tmp_path / "old.db"
    with Store.open(f"sqlite:///{path}", create=True) as s:
        s.add([record(1), record(1, doc_id="reprint"), record(2)])
        with s.engine.begin() as conn:
            command.downgrade(config(conn), "0011_member_origin_rule")
    raw = sqlite3.connect(path)
    raw.execute("DELETE FROM documents WHERE id = 'doc-2'")
    raw.commit()
    orphans = len(raw.execute("PRAGMA foreign_key_check").fetchall())
    raw.close()
    assert orphans > 0
    with Store.open(f"sqlite:///{path}") as s:
        assert s.raw("SELECT version_num FROM alembic_version")[0]["version_num"] == "0012_content_hash_index"
        assert _hashes(s) == {"doc-1": content_hash(record(1).text), "reprint": content_hash(record(1).text)}
        assert len(s.raw("SELECT * FROM attributions")) > 0


def test_a_sqlite_downgrade_that_fails_in_the_rebuild_keeps_the_index_and_can_run_again(tmp_path: Path) -> None:
    # the rebuild commits what the downgrade did before it; a failure inside it (here a trigger of another
    # table that names a missing table, which SQLite's RENAME refuses) must leave a store of 0012 whole
    import sqlite3

    from alembic import command

    from sourcetrace.store.migrate import config

    with Store.open(f"sqlite:///{tmp_path / 's.db'}", create=True) as s:
        s.add([record(1), record(1, doc_id="reprint")])
        with s.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TRIGGER stray AFTER INSERT ON runs BEGIN INSERT INTO gone VALUES (1); END")
        for _ in range(2):  # the same error again, not a missing index
            with pytest.raises(sqlite3.OperationalError, match="gone"), s.engine.begin() as conn:
                command.downgrade(config(conn), "0011_member_origin_rule")
            assert s.raw("SELECT version_num FROM alembic_version")[0]["version_num"] == "0012_content_hash_index"
            assert "ix_documents_content_hash" in {i["name"] for i in inspect(s.engine).get_indexes("documents")}
        with s.engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER stray")
            command.downgrade(config(conn), "0011_member_origin_rule")
        assert _unique_on_hash(s) and s.raw("SELECT version_num FROM alembic_version")[0]["version_num"] == \
            "0011_member_origin_rule"
