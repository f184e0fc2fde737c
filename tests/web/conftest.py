"""Fixtures of the web tests: a SQLite store holding hand-built documents (a nested claim, and one
whose text, title, URL, names and handles are all markup), one of them in a story with linked
claims and a citation edge, linked entities for some of their sources, and a test client over
the app."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("sqlalchemy")

from tests.report_docs import HOSTILE, hostile_doc, nested_doc

from sourcetrace.corpus.analyse import content_hash, reader_state
from sourcetrace.document import Document
from sourcetrace.store import DocumentRecord, Store
from sourcetrace.writers.json import to_dict

HOSTILE_ID = f"evil/{HOSTILE}"
STORY = "story-1"
INJECTIONS = ["' OR '1'='1", "1; DROP TABLE documents; --", '" OR ""="', "%", "_", "\\", "') UNION SELECT id, text FROM documents --",
              "*", "NEAR(a b)", "\"unbalanced", "x' AND 1=(SELECT COUNT(*) FROM sqlite_master) --"]

# The link tables as `sourcetrace link` writes them (issue 9); IF NOT EXISTS: once its migration is
# in the store, these are its own tables.
LINK_DDL = [
    "CREATE TABLE IF NOT EXISTS stories (story TEXT PRIMARY KEY, documents INTEGER NOT NULL, first_date TEXT, title TEXT)",
    "CREATE TABLE IF NOT EXISTS story_documents (document TEXT PRIMARY KEY, story TEXT NOT NULL, copy_of TEXT, credits TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS claims (claim TEXT PRIMARY KEY, story TEXT, text TEXT NOT NULL, status TEXT NOT NULL, "
    "independent_origins INTEGER NOT NULL, origins TEXT NOT NULL, denied_by TEXT NOT NULL, anonymous_only BOOLEAN NOT NULL)",
    "CREATE TABLE IF NOT EXISTS claim_members (claim TEXT NOT NULL, idx INTEGER NOT NULL, document TEXT NOT NULL, "
    "start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, source TEXT NOT NULL, via TEXT NOT NULL, stance TEXT NOT NULL, "
    "origin TEXT, rule TEXT NOT NULL, PRIMARY KEY (claim, idx))",
    "CREATE TABLE IF NOT EXISTS citation_edges (from_outlet TEXT NOT NULL, to_entity TEXT NOT NULL, kind TEXT NOT NULL, "
    "document TEXT NOT NULL, PRIMARY KEY (from_outlet, to_entity, kind))",
]


def record(doc: Document, doc_id: str, *, outlet: str, date: str, url: str | None = None) -> DocumentRecord:
    return DocumentRecord(id=doc_id, text=doc.text, content_hash=content_hash(doc.text), pipeline_version="test",
                          analysis=to_dict(doc), reader=reader_state(doc), url=url, outlet=outlet, title=doc.title,
                          date=date, date_origin="given", language=doc.language, input="test", input_format="text")


def _rules_cut(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (v[:64] if k in ("rule", "value") and isinstance(v, str) else _rules_cut(v))
                for k, v in value.items()}
    return [_rules_cut(v) for v in value] if isinstance(value, list) else value


def fill(url: str) -> None:
    """Write the fixture documents and link rows into the store at `url` (SQLite or PostgreSQL)."""
    from sqlalchemy import text

    hostile = record(hostile_doc(), HOSTILE_ID, outlet=HOSTILE, date="2024-10-14", url="javascript:alert(1)")
    if not url.startswith("sqlite"):  # PostgreSQL holds a rule id and a date's value to 64 characters
        hostile.analysis = _rules_cut(hostile.analysis)
    with Store.open(url, create=True) as store:
        added = store.add([record(nested_doc(), "nested-1", outlet="Kleinhafener Zeitung", date="2024-10-13",
                                  url="https://example.org/nested"), hostile])
        assert added.added == 2, added
        store.record_failures([(HOSTILE, "line 3", HOSTILE)])
        with store.engine.begin() as conn:
            def put(sql: str, **values: Any) -> None:
                conn.execute(text(sql), values)

            for ddl in LINK_DDL:
                conn.exec_driver_sql(ddl)
            put("INSERT INTO stories VALUES (:s, 2, '2024-10-13', :title)", s=STORY, title=HOSTILE)
            put("INSERT INTO story_documents VALUES ('nested-1', :s, NULL, '[]')", s=STORY)
            put("INSERT INTO story_documents VALUES (:d, :s, 'nested-1', :credits)", d=HOSTILE_ID, s=STORY,
                credits=json.dumps([HOSTILE]))
            put("INSERT INTO claims (claim, story, text, status, independent_origins, origins, denied_by, anonymous_only) "
                "VALUES ('c1', :s, :t, 'single_origin', 1, :origins, '[]', :anon)", s=STORY,
                t=HOSTILE, origins=json.dumps([HOSTILE]), anon=False)
            put("INSERT INTO claim_members (claim, idx, document, start, \"end\", source, via, stance, origin, rule) "
                "VALUES ('c1', 0, :d, 0, 5, :src, :via, 'asserts', :origin, 'test')",
                d=HOSTILE_ID, src=HOSTILE, via=json.dumps([HOSTILE]), origin=HOSTILE)
            put("INSERT INTO citation_edges VALUES (:o, 'dpa', 'credit', :d)", o=HOSTILE, d=HOSTILE_ID)
            # entities as `link` resolves them: Lea Muster also under her surname; two anonymous
            # "Sprecher" kept apart (one per document) although they share the name
            for eid, name, type_, aliases, docs in (
                    ("e1", "Lea Muster", "person", ["Lea Muster", "Muster"], ["nested-1"]),
                    ("e2", "Sprecher", "unnamed", ["Sprecher"], ["nested-1"]),
                    ("e3", HOSTILE, "person", [HOSTILE], [HOSTILE_ID])):
                put("INSERT INTO entities VALUES (:e, :name, :type, :aliases, :n, 'test')", e=eid, name=name,
                    type=type_, aliases=json.dumps(aliases), n=len(docs))
                for d in docs:
                    put("INSERT INTO entity_documents VALUES (:e, :d)", e=eid, d=d)


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "store.db"
    fill(f"sqlite:///{path}")
    return path


@pytest.fixture
def client(store_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from sourcetrace.cli.serve import read_only
    from sourcetrace.web import create_app

    store = Store.open(f"sqlite:///{store_path}")
    read_only(store)
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        yield c
    store.close()
