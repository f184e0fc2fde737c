"""Linking in the corpus store: `link_store(store)` links the documents not linked yet and writes
what it found as tables for people (and Datasette, DuckDB, SQL) to read:

    entities        one row per source across the corpus (name, type, aliases, documents)
    entity_documents which documents each entity occurs in (as a source, an outlet or a credit)
    stories         one row per story (documents, first date, title of its first article)
    story_documents which story each document is in, and which document it copies
    claims          one row per claim (story, text, status, origins, independent origins)
    claim_members   one row per attribution in a claim (document, offsets, source, via, stance, origin)
    citation_edges  which outlet relays which outlet or agency (credit, cites, via, copy)

The linker's own state (its indexes and the vectors of what is linked) is kept in `link_state`, so
that the next `link` only encodes and places new documents. The tables are created by the Alembic
revision `0002_link` on top of the corpus store's (`entity_documents` by `0004_web_indexes`)."""

from __future__ import annotations

import json
import pickle
import time
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    delete,
    insert,
    select,
)

from .linker import Linker

metadata = MetaData()
link_state = Table(
    "link_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("encoder", Text, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("updated", Text, nullable=False),
    Column("state", LargeBinary, nullable=False),
)
entities = Table(
    "entities", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("aliases", Text, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("rule", Text, nullable=False),
)
entity_documents = Table(
    "entity_documents", metadata,
    Column("entity", Text, primary_key=True),
    Column("document", Text, primary_key=True),
)
stories = Table(
    "stories", metadata,
    Column("story", Text, primary_key=True),
    Column("documents", Integer, nullable=False),
    Column("first_date", Text),
    Column("title", Text),
)
story_documents = Table(
    "story_documents", metadata,
    Column("document", Text, primary_key=True),
    Column("story", Text, nullable=False, index=True),
    Column("copy_of", Text),
    Column("credits", Text, nullable=False),
)
claims = Table(
    "claims", metadata,
    Column("claim", Text, primary_key=True),
    Column("story", Text, index=True),
    Column("text", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("independent_origins", Integer, nullable=False),
    Column("origins", Text, nullable=False),
    Column("denied_by", Text, nullable=False),
    Column("anonymous_only", Boolean, nullable=False),
)
claim_members = Table(
    "claim_members", metadata,
    Column("claim", Text, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("document", Text, nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("source", Text, nullable=False),
    Column("via", Text, nullable=False),
    Column("stance", Text, nullable=False),
    Column("origin", Text),
    Column("rule", Text, nullable=False),
)
citation_edges = Table(
    "citation_edges", metadata,
    Column("from_outlet", Text, primary_key=True),
    Column("to_entity", Text, primary_key=True),
    Column("kind", Text, primary_key=True),
    Column("document", Text, nullable=False),
)
DERIVED = (entities, entity_documents, stories, story_documents, claims, claim_members, citation_edges)


def load_linker(engine: Any, encoder: str = "use") -> Linker:
    """The store's linker as the last `link` left it, or a new one."""
    with engine.connect() as conn:
        row = conn.execute(select(link_state.c.state).where(link_state.c.id == 1)).first()
    if row is None:
        return Linker(encoder)
    linker: Linker = pickle.loads(row[0])  # written by save_linker below, never from outside
    return linker


def as_linker_doc(row: dict[str, Any]) -> dict[str, Any]:
    """A stored document row (analysis as JSON text) as the linker reads it."""
    analysis = row.get("analysis")
    a = json.loads(analysis) if isinstance(analysis, str) else dict(analysis or {})
    return {**a, "id": str(row["id"]), "outlet": row.get("outlet") or "", "date": row.get("date"),
            "title": row.get("title") or a.get("title"), "text": row.get("text") or "",
            "language": row.get("language") or a.get("language")}


def link_store(store: Any, *, encoder: str = "use", batch: int = 256) -> dict[str, Any]:
    """Links the store's unlinked documents; returns counts, failures and the rate."""
    t_load = time.perf_counter()
    linker = load_linker(store.engine, encoder)
    t0 = time.perf_counter()
    todo: list[dict[str, Any]] = []
    added = 0
    failures: list[dict[str, str]] = []

    def flush() -> None:
        nonlocal added
        if not todo:
            return
        try:
            added += len(linker.add(todo))
        except Exception:  # one bad document must not stop the batch: place them one by one
            for d in todo:
                try:
                    added += len(linker.add([d]))
                except Exception as exc:
                    failures.append({"input": str(d.get("id")), "reason": f"{type(exc).__name__}: {exc}"})
        todo.clear()

    for row in store.iter_documents():
        if str(row["id"]) in linker.docs:
            continue
        try:
            todo.append(as_linker_doc(row))
        except (ValueError, TypeError) as exc:
            failures.append({"input": str(row.get("id")), "reason": f"analysis unreadable: {exc}"})
        if len(todo) >= batch:
            flush()
    flush()
    save(store.engine, linker)
    seconds = time.perf_counter() - t0
    return {"linked": added, "documents": len(linker.docs), "stories": len(set(map(linker.story_of, linker.docs))),
            "claims": len(linker.claim_members), "failures": failures, "seconds": round(seconds, 2),
            "load_seconds": round(t0 - t_load, 2),
            "documents_per_second": round(added / seconds, 1) if seconds and added else None,
            "encoder": linker.encoder.name}


def save(engine: Any, linker: Linker) -> None:
    """Writes the linker's state and its derived tables in one transaction."""
    ents = linker.entities.entities
    doc_rows = [{"document": d.id, "story": linker.story_of(d.id),
                 "copy_of": linker.copies.original(d.id) if linker.copies.original(d.id) != d.id else None,
                 "credits": json.dumps(d.credits, ensure_ascii=False)} for d in linker.docs.values()]
    story_rows = []
    for s in linker.story_rows():
        infos = sorted((linker.docs[x] for x in s["documents"]), key=lambda i: (i.date or "9999", i.id))
        story_rows.append({"story": s["story"], "documents": len(infos), "first_date": infos[0].date,
                           "title": infos[0].title})
    claim_rows, member_rows = [], []
    for c in linker.claim_rows():
        claim_rows.append({"claim": c["claim"], "story": c["story"], "text": c["text"], "status": c["status"],
                           "independent_origins": c["independent_origins"],
                           "origins": json.dumps(c["origins"], ensure_ascii=False),
                           "denied_by": json.dumps(c["denied_by"], ensure_ascii=False),
                           "anonymous_only": c["anonymous_only"]})
        for i, m in enumerate(c["members"]):
            member_rows.append({"claim": c["claim"], "idx": i, "document": m["document"], "start": m["start"],
                                "end": m["end"], "source": m["source"], "via": json.dumps(m["via"], ensure_ascii=False),
                                "stance": m["stance"], "origin": m["origin"], "rule": m["rule"]})
    edge_rows = [{"from_outlet": e["from"], "to_entity": e["to"], "kind": e["kind"], "document": e["document"]}
                 for e in linker.citation_edges()]
    entity_rows = [{"id": e.id, "name": e.name, "type": e.type, "aliases": json.dumps(sorted(e.aliases), ensure_ascii=False),
                    "documents": len(e.documents), "rule": e.rule} for e in ents.values()]
    entity_doc_rows = [{"entity": e.id, "document": d} for e in ents.values() for d in sorted(e.documents)]
    with engine.begin() as conn:
        for table in DERIVED:
            conn.execute(delete(table))
        for table, rows in ((entities, entity_rows), (entity_documents, entity_doc_rows), (stories, story_rows),
                            (story_documents, doc_rows),
                            (claims, claim_rows), (claim_members, member_rows), (citation_edges, edge_rows)):
            if rows:
                conn.execute(insert(table), rows)
        conn.execute(delete(link_state))
        conn.execute(insert(link_state), [{"id": 1, "encoder": linker.encoder.name, "documents": len(linker.docs),
                                           "updated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                           "state": pickle.dumps(linker, protocol=pickle.HIGHEST_PROTOCOL)}])


def story_lines(engine: Any) -> list[dict[str, Any]]:
    """`export stories`: {story, documents} per story; every linked document in exactly one."""
    with engine.connect() as conn:
        rows = conn.execute(select(story_documents.c.story, story_documents.c.document)
                            .order_by(story_documents.c.story, story_documents.c.document)).all()
    out: dict[str, list[str]] = {}
    for story, doc in rows:
        out.setdefault(story, []).append(doc)
    return [{"story": s, "documents": ds} for s, ds in out.items()]


def claim_lines(engine: Any) -> list[dict[str, Any]]:
    """`export claims`: one object per claim with its members, origins and status."""
    with engine.connect() as conn:
        cs = [dict(r._mapping) for r in conn.execute(select(claims).order_by(claims.c.claim))]
        ms = [dict(r._mapping) for r in conn.execute(select(claim_members).order_by(claim_members.c.claim,
                                                                                   claim_members.c.idx))]
    members: dict[str, list[dict[str, Any]]] = {}
    for m in ms:
        members.setdefault(m["claim"], []).append(
            {"document": m["document"], "start": m["start"], "end": m["end"], "source": m["source"],
             "via": json.loads(m["via"]), "stance": m["stance"], "origin": m["origin"]})
    return [{"claim": c["claim"], "story": c["story"], "text": c["text"], "members": members.get(c["claim"], []),
             "origins": json.loads(c["origins"]), "denied_by": json.loads(c["denied_by"]),
             "independent_origins": c["independent_origins"], "anonymous_only": bool(c["anonymous_only"]),
             "status": c["status"]} for c in cs]
