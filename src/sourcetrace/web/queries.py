"""Read-only queries the web pages need and the store does not offer yet. Every value is a bound
parameter; nothing from a request is ever formatted into SQL. The tables of cross-article linking
(`stories`, `story_documents`, `claims`, `claim_members`, `citation_edges`, written by
`sourcetrace link`) are optional: before a store is linked, the story queries answer empty."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import inspect

from ..store import Store

LINK_TABLES = ("stories", "story_documents", "claims", "claim_members", "citation_edges")
PAGE = 50


def has_link_tables(store: Store) -> bool:
    names = set(inspect(store.engine).get_table_names())
    return all(t in names for t in LINK_TABLES)


def overview(store: Store) -> dict[str, Any]:
    """The corpus at a glance: counts, outlets, source types, anonymous share, stories, failures."""
    status = store.status()
    srcs = store.sources(limit=10)
    claims = sum(o["claims"] for o in srcs["outlets"])
    anonymous = sum(o["anonymous_claims"] for o in srcs["outlets"])
    out: dict[str, Any] = {
        "documents": status["documents"], "languages": status["languages"],
        "failures": status["failures"][:20], "failures_total": len(status["failures"]),
        "outlets": srcs["outlets"][:20], "source_types": srcs["types"], "top_sources": srcs["sources"],
        "claims": claims, "anonymous_claims": anonymous,
        "anonymous_share": round(anonymous / claims, 4) if claims else 0.0,
        "linked": has_link_tables(store), "stories": [], "single_origin_claims": None, "linked_claims": None,
    }
    if out["linked"]:
        out["stories"] = stories(store, limit=10)
        row = store.raw("SELECT COUNT(*) AS n, SUM(CASE WHEN status = :s THEN 1 ELSE 0 END) AS single "
                        "FROM claims", {"s": "single_origin"})[0]
        out["linked_claims"] = int(row["n"] or 0)
        out["single_origin_claims"] = int(row["single"] or 0)
    return out


def documents(store: Store, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
              language: str | None = None, source: str | None = None, page: int = 1) -> dict[str, Any]:
    """One page of documents, newest first, with optional filters (a source filters to documents
    where a source of that name occurs)."""
    clauses: list[str] = []
    params: dict[str, Any] = {"limit": PAGE + 1, "offset": (max(1, page) - 1) * PAGE}
    for key, sql in (("outlet", "d.outlet = :outlet"), ("since", "d.date >= :since"),
                     ("until", "d.date <= :until"), ("language", "d.language = :language"),
                     ("source", "d.pk IN (SELECT s.document FROM sources s WHERE s.name = :source)")):
        value = {"outlet": outlet, "since": since, "until": until, "language": language, "source": source}[key]
        if value:
            clauses.append(sql)
            params[key] = value
    where = " AND ".join(clauses) or "1 = 1"
    rows = store.raw(
        "SELECT d.id, d.title, d.outlet, d.date, d.language, d.url, "
        "(SELECT COUNT(*) FROM attributions a WHERE a.document = d.pk) AS claims "
        f"FROM documents d WHERE {where} ORDER BY d.date DESC, d.pk DESC LIMIT :limit OFFSET :offset", params)
    return {"documents": rows[:PAGE], "page": max(1, page), "more": len(rows) > PAGE}


def document_context(store: Store, doc_id: str) -> dict[str, Any]:
    """What the corpus knows around one document: its story and the claims it takes part in."""
    out: dict[str, Any] = {"story": None, "claims": []}
    if not has_link_tables(store):
        return out
    row = store.raw("SELECT story, copy_of FROM story_documents WHERE document = :d", {"d": doc_id})
    if row:
        out["story"] = row[0]["story"]
        out["copy_of"] = row[0]["copy_of"]
    out["claims"] = store.raw(
        "SELECT DISTINCT c.claim, c.status, c.independent_origins, c.text FROM claim_members m "
        "JOIN claims c ON c.claim = m.claim WHERE m.document = :d ORDER BY c.claim", {"d": doc_id})
    return out


def source(store: Store, name: str, *, limit: int = 200) -> dict[str, Any] | None:
    """One source (by the name the analysis gave it) across the corpus: types, documents, outlets,
    its claims and the intermediaries that relay it. None when no document names it."""
    rows = store.raw(
        "SELECT s.type, s.role, COUNT(DISTINCT s.document) AS documents, SUM(s.claims) AS claims, "
        "SUM(s.relays) AS relays FROM sources s WHERE s.name = :n GROUP BY s.type, s.role "
        "ORDER BY SUM(s.claims) DESC", {"n": name})
    if not rows:
        return None
    outlets = store.raw(
        "SELECT d.outlet, COUNT(DISTINCT d.pk) AS documents FROM sources s JOIN documents d ON d.pk = s.document "
        "WHERE s.name = :n GROUP BY d.outlet ORDER BY COUNT(DISTINCT d.pk) DESC", {"n": name})
    claims = store.raw(
        "SELECT d.id AS document, d.title, d.outlet, d.date, a.attribution, a.mode, a.cue, a.content, a.via, "
        "a.status FROM attributions a JOIN documents d ON d.pk = a.document WHERE a.source_name = :n "
        "ORDER BY d.date DESC, d.pk DESC, a.idx LIMIT :limit", {"n": name, "limit": limit})
    relays: dict[str, int] = {}
    for c in claims:
        c["via"] = json.loads(c["via"] or "[]")
        for link in c["via"]:
            label = link.get("name") if isinstance(link, dict) else str(link)
            if label:
                relays[label] = relays.get(label, 0) + 1
    docs = store.raw(
        "SELECT DISTINCT d.id, d.title, d.outlet, d.date, d.pk FROM sources s JOIN documents d ON d.pk = s.document "
        "WHERE s.name = :n ORDER BY d.date DESC, d.pk DESC LIMIT :limit", {"n": name, "limit": limit})
    for d in docs:
        d.pop("pk", None)
    return {"name": name, "kinds": rows, "outlets": outlets, "claims": claims, "documents": docs,
            "relayed_by": sorted(({"name": k, "claims": v} for k, v in relays.items()),
                                 key=lambda x: (-int(x["claims"]), str(x["name"])))}


def search_claims(store: Store, query: str, documents: list[str], *, limit: int = 20) -> list[dict[str, Any]]:
    """Claims of the given documents (the hits of the article search, best first) whose content
    holds every word of `query` (case-insensitive; bound parameters). A claim's words are its
    article's words, so the full-text index has already found every article that can hold one."""
    words = [w for w in query.split() if w][:8]
    if not words or not documents:
        return []
    params: dict[str, Any] = {"limit": limit}
    clauses = []
    for i, w in enumerate(words):
        params[f"w{i}"] = "%" + w.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(f"LOWER(a.content) LIKE :w{i} ESCAPE '\\'")
    ids = []
    for i, d in enumerate(documents[:100]):
        params[f"d{i}"] = d
        ids.append(f":d{i}")
    rows = store.raw(
        "SELECT d.id AS document, d.title, d.outlet, d.date, a.attribution, a.source_name, a.mode, a.content "
        f"FROM attributions a JOIN documents d ON d.pk = a.document WHERE d.id IN ({', '.join(ids)}) "
        f"AND {' AND '.join(clauses)} ORDER BY a.document, a.idx", params)
    rank = {d: i for i, d in enumerate(documents)}
    return sorted(rows, key=lambda r: rank.get(r["document"], len(rank)))[:limit]


def stories(store: Store, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    if not has_link_tables(store):
        return []
    return store.raw(
        "SELECT s.story, s.documents, s.first_date, s.title, "
        "(SELECT COUNT(*) FROM claims c WHERE c.story = s.story) AS claims "
        "FROM stories s ORDER BY s.documents DESC, s.first_date DESC, s.story LIMIT :limit OFFSET :offset",
        {"limit": limit, "offset": offset})


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story: its articles by outlet and time, its claims with status and origins and members,
    and the citation graph among its outlets. None when there is no such story."""
    if not has_link_tables(store):
        return None
    head = store.raw("SELECT story, documents, first_date, title FROM stories WHERE story = :s", {"s": story_id})
    if not head:
        return None
    docs = store.raw(
        "SELECT d.id, d.title, d.outlet, d.date, d.language, sd.copy_of, sd.credits FROM story_documents sd "
        "JOIN documents d ON d.id = sd.document WHERE sd.story = :s ORDER BY d.date, d.outlet, d.id", {"s": story_id})
    for d in docs:
        d["credits"] = json.loads(d["credits"] or "[]")
    claims = store.raw(
        "SELECT claim, text, status, independent_origins, origins, denied_by, anonymous_only FROM claims "
        "WHERE story = :s ORDER BY independent_origins DESC, claim", {"s": story_id})
    members = store.raw(
        "SELECT m.claim, m.idx, m.document, m.start, m.\"end\", m.source, m.via, m.stance, m.origin, m.rule "
        "FROM claim_members m JOIN claims c ON c.claim = m.claim WHERE c.story = :s ORDER BY m.claim, m.idx",
        {"s": story_id})
    by_claim: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        m["via"] = json.loads(m["via"] or "[]")
        by_claim.setdefault(m["claim"], []).append(m)
    for c in claims:
        c["origins"] = json.loads(c["origins"] or "[]")
        c["denied_by"] = json.loads(c["denied_by"] or "[]")
        c["anonymous_only"] = bool(c["anonymous_only"])
        c["members"] = by_claim.get(c["claim"], [])
    edges = store.raw(
        "SELECT e.from_outlet, e.to_entity, e.kind, e.document FROM citation_edges e "
        "JOIN story_documents sd ON sd.document = e.document WHERE sd.story = :s "
        "ORDER BY e.from_outlet, e.to_entity, e.kind", {"s": story_id})
    return {**head[0], "articles": docs, "claims": claims, "citation_edges": edges}


def graph_layout(edges: list[dict[str, Any]], width: int = 640) -> dict[str, Any]:
    """Node positions for drawing the citation graph as SVG: relaying outlets on the left, what
    they cite on the right (an outlet that is both sits on the left)."""
    left = sorted({e["from_outlet"] for e in edges})
    right = sorted({e["to_entity"] for e in edges} - set(left))
    row = 34
    height = max(len(left), len(right), 1) * row + 20
    pos: dict[str, tuple[int, int]] = {}
    for i, n in enumerate(left):
        pos[n] = (150, 20 + i * row)
    for i, n in enumerate(right):
        pos[n] = (width - 200, 20 + i * row)
    nodes = [{"name": n, "x": x, "y": y, "side": "left" if x < width / 2 else "right"} for n, (x, y) in pos.items()]
    lines = [{"x1": pos[e["from_outlet"]][0], "y1": pos[e["from_outlet"]][1], "x2": pos[e["to_entity"]][0],
              "y2": pos[e["to_entity"]][1], "kind": e["kind"], "label": f"{e['from_outlet']} → {e['to_entity']}"}
             for e in edges if e["from_outlet"] in pos and e["to_entity"] in pos]
    return {"width": width, "height": height, "nodes": nodes, "lines": lines}
