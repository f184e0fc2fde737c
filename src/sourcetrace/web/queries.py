"""Read-only queries the web pages need and the store does not offer yet. Every value is a bound
parameter; nothing from a request is ever formatted into SQL. The tables of cross-article linking
(`stories`, `story_documents`, `claims`, `claim_members`, `citation_edges`, `entities`,
`entity_documents`, written by `sourcetrace link`) are optional: before a store is linked, the
story queries answer empty and sources are found by name.

Every list is one page (`PAGE` rows, `page` from 1) read with LIMIT/OFFSET through an index; a
page's related rows come in one query (no query per row). The corpus overview aggregates every
source row, so `OverviewCache` keeps it until the store changes. Search ranks at most two windows
of `SEARCH_WINDOW` matches a page and counts matches up to that many; `ResultCache` keeps the
answers to repeated searches until the store changes."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from ..store import Store
from ..store.store import read_rows

LINK_TABLES = ("stories", "story_documents", "claims", "claim_members", "citation_edges")
PAGE = 50
#: how many of a source's names (an entity's aliases) its queries match
MAX_NAMES = 200
#: search ranks its matches (bm25) in windows of this many, newest stored first, and counts up to it
SEARCH_WINDOW = 200
_LINKED: dict[int, tuple[float, bool, bool]] = {}
_LINKED_TTL = 10.0


def _link_state(store: Store) -> tuple[bool, bool]:
    """(the link tables exist, `entity_documents` exists too), checked at most every 10 s per store
    (`sourcetrace link` may run while the app serves)."""
    now = time.monotonic()
    hit = _LINKED.get(id(store))
    if hit is not None and now - hit[0] < _LINKED_TTL:
        return hit[1], hit[2]
    names = set(inspect(store.engine).get_table_names())
    tables = all(t in names for t in LINK_TABLES)
    entities = tables and {"entities", "entity_documents"} <= names
    _LINKED[id(store)] = (now, tables, entities)
    return tables, entities


def has_link_tables(store: Store) -> bool:
    return _link_state(store)[0]


def is_linked(store: Store) -> bool:
    """`sourcetrace link` has made stories in this store (its tables exist from the first
    migration on, so their presence says nothing)."""
    return has_link_tables(store) and bool(store.raw("SELECT 1 AS x FROM stories LIMIT 1"))


def has_entities(store: Store) -> bool:
    return _link_state(store)[1]


def fingerprint(store: Store) -> tuple[Any, ...]:
    """What changes whenever the store's content does: the newest document, run, failure and link
    (and the latest run's counters, which `reanalyze` moves); each read from a primary key, O(1)."""
    row = store.raw(
        "SELECT (SELECT MAX(pk) FROM documents) AS d, (SELECT MAX(pk) FROM failures) AS f, "
        "(SELECT COUNT(*) FROM failures) AS nf, (SELECT MAX(pk) FROM runs) AS r")[0]
    last = store.raw("SELECT added, duplicates, failed, finished_at FROM runs ORDER BY pk DESC LIMIT 1")
    linked = store.raw("SELECT updated FROM link_state WHERE id = 1") if has_link_tables(store) else []
    return (row["d"], row["f"], row["nf"], row["r"], tuple(last[0].values()) if last else None,
            linked[0]["updated"] if linked else None)


class OverviewCache:
    """The corpus overview, computed once and kept until the store changes (see `fingerprint`).
    One computation at a time: while it runs, other requests get the previous value if there is
    one (else they wait for it); a changing store (an ingest under way) is summed again at most
    every `min_age` seconds."""

    def __init__(self, store: Store, compute: Callable[[Store], dict[str, Any]], min_age: float = 30.0) -> None:
        self.store, self.compute, self.min_age = store, compute, min_age
        self._lock = threading.Lock()
        self._value: dict[str, Any] | None = None
        self._key: tuple[Any, ...] | None = None
        self._at = 0.0

    def get(self) -> dict[str, Any]:
        key = fingerprint(self.store)
        value = self._value
        if value is not None and (key == self._key or time.monotonic() - self._at < self.min_age):
            return value
        if value is not None and self._lock.locked():
            return value  # being summed again: the previous figures meanwhile
        with self._lock:
            if self._value is not None and self._key == key:
                return self._value
            fresh = self.compute(self.store)
            self._value, self._key, self._at = fresh, key, time.monotonic()
            return fresh

    def warm(self) -> None:
        """Compute it in the background (at start-up), so that the first visitor does not wait."""
        def run() -> None:
            with contextlib.suppress(Exception):  # the first request meets the error and reports it
                self.get()

        threading.Thread(target=run, name="overview-cache", daemon=True).start()


class ResultCache:
    """The answers to repeated requests (search pages), at most `size` of them, least recently
    used first out; emptied when the store changes. The store's `fingerprint` is read again at most
    every `check_every` seconds, so an ingest shows within that time; `clear` empties it at once
    (this app stored a document). Values are shared: callers must not change them."""

    def __init__(self, store: Store, size: int = 512, check_every: float = 2.0) -> None:
        self.store, self.size, self.check_every = store, size, check_every
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._key: tuple[Any, ...] | None = None
        self._checked = float("-inf")
        self.hits = self.misses = 0

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._checked = float("-inf")

    def _current(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return
        key = fingerprint(self.store)
        with self._lock:
            if key != self._key:
                self._items.clear()
                self._key = key
            self._checked = now

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if self.size < 1:
            return compute()
        self._current()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
        value = compute()  # outside the lock: two misses of one key may both compute, harmlessly
        with self._lock:
            self.misses += 1
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


def _in(prefix: str, values: Iterable[Any], params: dict[str, Any]) -> str:
    """`:p0, :p1, …` for an IN list, the values bound into `params`."""
    names = []
    for i, v in enumerate(values):
        params[f"{prefix}{i}"] = v
        names.append(f":{prefix}{i}")
    return ", ".join(names) or "NULL"


def _page(page: int) -> tuple[int, int]:
    page = max(1, int(page))
    return page, (page - 1) * PAGE


def overview(store: Store) -> dict[str, Any]:
    """The corpus at a glance: counts, outlets, source types, anonymous share, stories, failures.
    Aggregates the whole store: serve it through `OverviewCache`."""
    status = store.status()
    srcs = store.sources(limit=10)
    claims = sum(o["claims"] for o in srcs["outlets"])
    anonymous = sum(o["anonymous_claims"] for o in srcs["outlets"])
    linked = is_linked(store)
    out: dict[str, Any] = {
        "documents": status["documents"], "languages": status["languages"],
        "failures": status["failures"][:20], "failures_total": len(status["failures"]),
        "outlets": srcs["outlets"][:20], "outlets_total": len(srcs["outlets"]), "source_types": srcs["types"],
        "top_sources": srcs["sources"], "claims": claims, "anonymous_claims": anonymous,
        "anonymous_share": round(anonymous / claims, 4) if claims else 0.0,
        "linked": linked, "stories": [], "single_origin_claims": None, "linked_claims": None,
    }
    if linked:
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
    page, offset = _page(page)
    clauses: list[str] = []
    params: dict[str, Any] = {"limit": PAGE + 1, "offset": offset}
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
    return {"documents": rows[:PAGE], "page": page, "more": len(rows) > PAGE}


Rows = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


def _reader(conn: Connection) -> Rows:
    """Bound-parameter queries on one open connection (a page's queries share it)."""
    def run(sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        return read_rows(conn, sql, params)

    return run


def entity_ids(store: Store, documents: Iterable[str]) -> dict[tuple[str, str], str]:
    """(document id, source name) → the id of the linked entity that source is in that document,
    for the given documents (one query; empty before `sourcetrace link`)."""
    if not has_entities(store):
        return {}
    return _entity_ids(store.raw, documents)


def _entity_ids(run: Rows, documents: Iterable[str]) -> dict[tuple[str, str], str]:
    docs = list(dict.fromkeys(documents))[:500]
    if not docs:
        return {}
    params: dict[str, Any] = {}
    rows = run("SELECT ed.document, e.id, e.name, e.aliases FROM entity_documents ed "
               f"JOIN entities e ON e.id = ed.entity WHERE ed.document IN ({_in('d', docs, params)}) "
               "ORDER BY ed.document, e.id", params)
    out: dict[tuple[str, str], str] = {}
    for r in rows:
        for name in [r["name"], *json.loads(r["aliases"] or "[]")]:
            out.setdefault((r["document"], name), r["id"])
    return out


#: the columns of a stored document a page shows (as `Store.get`)
DOCUMENT_COLUMNS = ("id, url, outlet, date, title, text, analysis, reader, pipeline_version, date_origin, "
                    "language")


def document_page(store: Store, doc_id: str) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """The stored document (the columns of `Store.get`; None when there is none) and what the
    corpus knows around it: its story, the claims it takes part in, and the entity id of each of
    its sources' names (`entities`, once linked) — one connection, at most three queries (the
    document with its story; its linked claims; its sources' entities)."""
    linked, entities = _link_state(store)
    with store.engine.connect() as conn:
        run = _reader(conn)
        if linked:
            rows = run(f"SELECT {', '.join('d.' + c.strip() for c in DOCUMENT_COLUMNS.split(','))}, "
                       "sd.story AS _story, sd.copy_of AS _copy_of FROM documents d "
                       "LEFT JOIN story_documents sd ON sd.document = d.id WHERE d.id = :d", {"d": doc_id})
        else:
            rows = run(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = :d", {"d": doc_id})
        if not rows:
            return None, {"story": None, "claims": [], "entities": {}}
        row = rows[0]
        story = {"story": row.pop("_story", None), "copy_of": row.pop("_copy_of", None)}
        return row, _context(run, doc_id, linked, entities, story)


def _context(run: Rows, doc_id: str, linked: bool, entities: bool,
             story: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {"story": None, "claims": [], "entities": {}}
    if not linked:
        return out
    if story and story["story"] is not None:
        out["story"] = story["story"]
        out["copy_of"] = story["copy_of"]
    out["claims"] = run(
        "SELECT DISTINCT c.claim, c.status, c.independent_origins, c.text FROM claim_members m "
        "JOIN claims c ON c.claim = m.claim WHERE m.document = :d ORDER BY c.claim LIMIT :limit",
        {"d": doc_id, "limit": PAGE})
    if entities:
        out["entities"] = {name: eid for (_doc, name), eid in _entity_ids(run, [doc_id]).items()}
    return out


def source(store: Store, key: str, *, page: int = 1) -> dict[str, Any] | None:
    """One source across the corpus: its types, outlets, the intermediaries that relay it, and one
    page of its claims and of its documents. `key` is an entity id of the link tables (the source
    as `sourcetrace link` resolved it: its documents from `entity_documents`, its names from its
    aliases — distinct anonymous sources stay apart) or, before linking, the name the analysis
    gave it. None when there is no such source."""
    page, offset = _page(page)
    params: dict[str, Any] = {"limit": PAGE + 1, "offset": offset}
    entity = store.raw("SELECT id, name, type, aliases, documents FROM entities WHERE id = :e",
                       {"e": key}) if has_entities(store) else []
    if entity:
        e = entity[0]
        names = list(dict.fromkeys([e["name"], *json.loads(e["aliases"] or "[]")]))[:MAX_NAMES]
        params["e"] = e["id"]
        # from the entity's documents to their rows by document: CROSS JOIN fixes that order on
        # SQLite, and a name compared as an expression (`|| ''`) is not looked up in the names'
        # index — else SQLite's planner (no statistics) reads every row of the name across the
        # corpus (a common name such as "Polizei": thousands) for each of the entity's documents
        docs_from = "entity_documents ed CROSS JOIN documents d"
        docs_where = "ed.entity = :e AND d.id = ed.document"
        in_names = _in("n", names, params)
        src_where, att_where = f"(s.name || '') IN ({in_names})", f"(a.source_name || '') IN ({in_names})"
        head: dict[str, Any] = {"name": e["name"], "entity": e["id"], "type": e["type"], "aliases": names[1:]}
    else:
        params["n"] = key
        docs_from = "documents d"
        docs_where = "d.pk IN (SELECT s2.document FROM sources s2 WHERE s2.name = :n)"
        src_where, att_where = "s.name = :n", "a.source_name = :n"
        head = {"name": key, "entity": None, "type": None, "aliases": []}
    kinds = store.raw(
        "SELECT s.type, s.role, COUNT(DISTINCT s.document) AS documents, SUM(s.claims) AS claims, "
        f"SUM(s.relays) AS relays FROM {docs_from} CROSS JOIN sources s "
        f"WHERE {docs_where} AND s.document = d.pk AND {src_where} GROUP BY s.type, s.role "
        "ORDER BY SUM(s.claims) DESC", params)
    if not kinds and not entity:
        return None
    outlets = store.raw(
        f"SELECT d.outlet, COUNT(DISTINCT d.pk) AS documents FROM {docs_from} WHERE {docs_where} "
        "GROUP BY d.outlet ORDER BY COUNT(DISTINCT d.pk) DESC, d.outlet LIMIT :limit", params)
    claim_cols = ("d.id AS document, d.title, d.outlet, d.date, a.attribution, a.source_name, a.mode, a.cue, "
                  "a.content, a.via, a.status")
    claims = store.raw(
        f"SELECT {claim_cols} FROM {docs_from} CROSS JOIN attributions a "
        f"WHERE {docs_where} AND a.document = d.pk AND {att_where} ORDER BY d.date DESC, d.pk DESC, a.idx "
        "LIMIT :limit OFFSET :offset", params)
    docs = store.raw(
        f"SELECT d.id, d.title, d.outlet, d.date FROM {docs_from} WHERE {docs_where} "
        "ORDER BY d.date DESC, d.pk DESC LIMIT :limit OFFSET :offset", params)
    # who relays it: the chains of its latest claims that have one (bounded, one query)
    relay_rows = store.raw(
        f"SELECT a.via FROM {docs_from} CROSS JOIN attributions a "
        f"WHERE {docs_where} AND a.document = d.pk AND {att_where} AND a.via_count > 0 "
        "ORDER BY d.date DESC, d.pk DESC LIMIT 1000", params)
    relays: dict[str, int] = {}
    for r in relay_rows:
        for link in json.loads(r["via"] or "[]"):
            label = link.get("name") if isinstance(link, dict) else str(link)
            if label:
                relays[label] = relays.get(label, 0) + 1
    for c in claims:
        c["via"] = json.loads(c["via"] or "[]")
    return {**head, "kinds": kinds, "outlets": outlets[:PAGE], "claims": claims[:PAGE], "documents": docs[:PAGE],
            "page": page, "more": len(claims) > PAGE or len(docs) > PAGE,
            "relayed_by": sorted(({"name": k, "claims": v} for k, v in relays.items()),
                                 key=lambda x: (-int(x["claims"]), str(x["name"])))}


def search_claims(store: Store, query: str, documents: list[str], *, limit: int = 20) -> list[dict[str, Any]]:
    """Claims of the given documents (the hits of the article search, best first) whose content
    holds every word of `query`, found through the store's claim index (`Store.search_claims`:
    whole words, as the article search matches them). A claim's words are its article's words, so
    the article search has already found every article that can hold one. Each claim carries its
    source's entity id once the store is linked."""
    rows = store.search_claims(query, documents[:100], limit=limit) if documents else []
    ids = entity_ids(store, (r["document"] for r in rows))
    for r in rows:
        r["entity"] = ids.get((r["document"], r["source_name"] or ""))
    return rows


def stories(store: Store, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    if not has_link_tables(store):
        return []
    return store.raw(
        "SELECT s.story, s.documents, s.first_date, s.title, "
        "(SELECT COUNT(*) FROM claims c WHERE c.story = s.story) AS claims "
        "FROM stories s ORDER BY s.documents DESC, s.first_date DESC, s.story LIMIT :limit OFFSET :offset",
        {"limit": limit, "offset": offset})


def story(store: Store, story_id: str, *, page: int = 1) -> dict[str, Any] | None:
    """One story: one page of its articles by time and of its claims (most origins first) with
    status, origins and members, and the citation graph among its outlets (its 200 first edges).
    None when there is no such story."""
    if not has_link_tables(store):
        return None
    head = store.raw("SELECT story, documents, first_date, title FROM stories WHERE story = :s", {"s": story_id})
    if not head:
        return None
    page, offset = _page(page)
    params: dict[str, Any] = {"s": story_id, "limit": PAGE + 1, "offset": offset}
    docs = store.raw(
        "SELECT d.id, d.title, d.outlet, d.date, d.language, sd.copy_of, sd.credits FROM story_documents sd "
        "JOIN documents d ON d.id = sd.document WHERE sd.story = :s ORDER BY d.date, d.outlet, d.id "
        "LIMIT :limit OFFSET :offset", params)
    for d in docs:
        d["credits"] = json.loads(d["credits"] or "[]")
    claims = store.raw(
        "SELECT claim, text, status, independent_origins, origins, denied_by, anonymous_only FROM claims "
        "WHERE story = :s ORDER BY independent_origins DESC, claim LIMIT :limit OFFSET :offset", params)
    n_claims = int(store.raw("SELECT COUNT(*) AS n FROM claims WHERE story = :s", {"s": story_id})[0]["n"])
    shown = claims[:PAGE]
    mparams: dict[str, Any] = {}
    members = store.raw(
        "SELECT m.claim, m.idx, m.document, m.start, m.\"end\", m.source, m.via, m.stance, m.origin, m.rule "
        f"FROM claim_members m WHERE m.claim IN ({_in('c', [c['claim'] for c in shown], mparams)}) "
        "ORDER BY m.claim, m.idx", mparams) if shown else []
    ids = entity_ids(store, (m["document"] for m in members))
    by_claim: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        m["via"] = json.loads(m["via"] or "[]")
        m["entity"] = ids.get((m["document"], m["source"]))
        by_claim.setdefault(m["claim"], []).append(m)
    for c in shown:
        c["origins"] = json.loads(c["origins"] or "[]")
        c["denied_by"] = json.loads(c["denied_by"] or "[]")
        c["anonymous_only"] = bool(c["anonymous_only"])
        c["members"] = by_claim.get(c["claim"], [])
    edges = store.raw(
        "SELECT e.from_outlet, e.to_entity, e.kind, e.document FROM citation_edges e "
        "JOIN story_documents sd ON sd.document = e.document WHERE sd.story = :s "
        "ORDER BY e.from_outlet, e.to_entity, e.kind LIMIT 200", {"s": story_id})
    return {**head[0], "articles": docs[:PAGE], "claims": shown, "claims_total": n_claims, "citation_edges": edges,
            "page": page, "more": len(docs) > PAGE or len(claims) > PAGE}


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
