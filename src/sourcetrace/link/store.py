"""Linking in the corpus store: `link_store(store)` links the documents not linked yet and writes
what it found as tables for people (and Datasette, DuckDB, SQL) to read:

    entities        one row per source across the corpus (name, type, aliases, documents)
    entity_documents which documents each entity occurs in (as a source, an outlet or a credit)
    stories         one row per story (documents, first date, title of its first article)
    story_documents which story each document is in, and which document it copies
    claims          one row per claim (story, text, status, origins, independent origins)
    claim_members   one row per attribution in a claim (document, offsets, source, via, stance, origin)
    citation_edges  which outlet relays which outlet or agency (credit, cites, via, copy)

(`entity_documents` by revision `0004_web_indexes`.) The linker's own state is kept as rows too
(revision `0005_link_rows`), so that a `link` run
reads no pickle and writes only what it added or changed:

    link_documents  one row per linked document (outlet, date, credits, relays, its story's and
                    its copy group's root, its MinHash signature, its event key: 0006_link_events)
    link_members    one row per claim member (its claim; the features the vetoes compare, JSON)
    link_claims     one row per claim (its polarity)
    link_entities, link_keys, link_surnames   the entity resolver (entities, name keys, surnames)
    link_vectors    the encoder's vectors of each document: title and lead, then each member
                    (float32 bytes); vectors computed elsewhere (on Ray) can be put here before
                    `link` runs (`put_vectors`), which then encodes nothing for those documents
    link_state      the encoder's name, the count, and the veto counts

The nearest-neighbour indexes (hnswlib) are rebuilt from `link_vectors` in the order the
documents were linked (the same graph as before the restart) or loaded from a cache file beside
the store whose name and checksum match the linked keys. A store linked before 0005 (one pickle in
`link_state`) is converted on its next `link`. The derived tables are updated for the stories,
claims and entities that changed (`save(..., full=True)` rewrites them all)."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import time
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    delete,
    exists,
    insert,
    select,
    update,
)

from .claims import Member
from .encoders import Encoder, Matrix, NeighbourIndex, PrecomputedEncoder, VectorIndex, encode_documents, get_encoder
from .entities import Entity
from .events import EMPTY, EventKey
from .linker import DocInfo, Linker, date_order, document_texts

metadata = MetaData()
link_state = Table(
    "link_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("encoder", Text, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("updated", Text, nullable=False),
    Column("state", LargeBinary, nullable=False),
)
link_documents = Table(
    "link_documents", metadata,
    Column("document", Text, primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    Column("outlet", Text, nullable=False),
    Column("outlet_entity", Text, nullable=False),
    Column("date", Text),
    Column("title", Text, nullable=False),
    Column("language", Text),
    Column("url", Text),
    Column("credits", Text, nullable=False),
    Column("relays", Text, nullable=False),
    Column("copy_of", Text),
    Column("story_root", Text, nullable=False),
    Column("copy_root", Text, nullable=False),
    Column("copy_date", Text, nullable=False),
    Column("copy_seq", Integer, nullable=False),
    Column("minhash", LargeBinary),
    Column("event", Text),  # events.EventKey as JSON (revision 0006_link_events)
)
link_members = Table(
    "link_members", metadata,
    Column("key", Text, primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    Column("document", Text, nullable=False),
    Column("claim", Text, nullable=False, index=True),
    Column("data", Text, nullable=False),
)
link_claims = Table(
    "link_claims", metadata,
    Column("claim", Text, primary_key=True),
    Column("polarity", Boolean, nullable=False),
)
link_entities = Table(
    "link_entities", metadata,
    Column("id", Text, primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Column("scope", Text, nullable=False),
    Column("aliases", Text, nullable=False),
    Column("documents", Text, nullable=False),
)
link_keys = Table(
    "link_keys", metadata,
    Column("key", Text, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("entity", Text, nullable=False),
)
link_surnames = Table(
    "link_surnames", metadata,
    Column("surname", Text, primary_key=True),
    Column("entity", Text, primary_key=True),
)
link_vectors = Table(
    "link_vectors", metadata,
    Column("document", Text, primary_key=True),
    Column("encoder", Text, nullable=False),
    Column("rows", Integer, nullable=False),
    Column("dim", Integer, nullable=False),
    Column("vectors", LargeBinary, nullable=False),
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
    Column("origin_rules", Text),  # JSON list (revision 0010_claim_origin_rules; NULL before: none read)
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
    Column("origin_rule", Text),  # the rule that chose its origin (revision 0011_member_origin_rule; NULL before)
)
citation_edges = Table(
    "citation_edges", metadata,
    Column("from_outlet", Text, primary_key=True),
    Column("to_entity", Text, primary_key=True),
    Column("kind", Text, primary_key=True),
    Column("document", Text, nullable=False),
)
DERIVED = (entities, entity_documents, stories, story_documents, claims, claim_members, citation_edges)


#: rows per INSERT/DELETE statement: bounded statements, well under SQLite's parameter limit
CHUNK = 500
STATE_FORMAT = 2
#: the linker's attributes kept as rows here; any other (a newer linker's) is pickled into link_state
_ROW_ATTRS = frozenset({"encoder", "t", "entities", "copies", "docs", "members", "claim_members", "claim_polarity",
                        "stories", "_doc_index", "_claim_index", "_window", "_member_vec", "_claim_sum", "vetoed",
                        "events", "_quoted", "_quoted_n", "_runs", "_runs_n", "moved_members", "emptied_claims"})


@dataclass
class _Persisted:
    """What the store holds of a linker, so that `save` writes only what was added or changed."""

    docs: int = 0
    members: int = 0
    claims: int = 0
    keys: int = 0
    surnames: set[tuple[str, str]] = field(default_factory=set)
    story_root: dict[str, str] = field(default_factory=dict)
    copy_root: dict[str, str] = field(default_factory=dict)
    entities: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    readonly: bool = False
    derived: bool = True  # False: the derived tables must be rewritten in full
    store: str = ""  # the store these counts are of (saved into another store, everything is new)


_PERSISTED: weakref.WeakKeyDictionary[Linker, _Persisted] = weakref.WeakKeyDictionary()


# -- rows of members and documents ----------------------------------------------------------------
_MEMBER_COLUMNS = ("key", "document", "claim")
_SET_FIELDS = frozenset(f.name for f in fields(Member) if str(f.type).startswith("set["))
_TUPLE_LIST_FIELDS = frozenset(f.name for f in fields(Member) if str(f.type).startswith("list[") and "tuple" in str(f.type))


def _member_data(m: Member) -> str:
    d = asdict(m)
    for k in _MEMBER_COLUMNS:
        d.pop(k)
    for k in _SET_FIELDS:
        d[k] = sorted(d[k])
    return json.dumps(d, ensure_ascii=False)


def _member_from(key: str, document: str, claim: str, data: str) -> Member:
    """A member as `_member_data` wrote it. Its words, names and short strings (document, claim,
    rule, origin, …) are interned: the members of a corpus share a vocabulary and a few hundred
    thousand documents and entities, which JSON would give each member a copy of."""
    d = json.loads(data)
    for k, v in d.items():
        if isinstance(v, str) and k != "text":
            d[k] = sys.intern(v)
    for k in _SET_FIELDS:
        if k in d:
            d[k] = {sys.intern(x) if isinstance(x, str) else x for x in d[k]}
    for k in _TUPLE_LIST_FIELDS:
        if k in d:
            d[k] = [tuple(x) if isinstance(x, list) else x for x in d[k]]
    # (an own statement kept in no claim, `own_starts` 0, was written with the claim "")
    return Member(key=key, document=sys.intern(document), claim=sys.intern(claim) if claim else None, **d)


def _minhash_bytes(m: Any) -> bytes:
    """A MinHash signature as `scheme NUL dtype NUL values` (datasketch needs the scheme back)."""
    values = np.asarray(m.hashvalues)
    return f"{getattr(m, 'scheme', 'legacy')}\0{values.dtype.str}\0".encode() + values.tobytes()


def _entity_snapshot(e: Entity) -> tuple[str, int, int]:
    return (e.name, len(e.aliases), len(e.documents))


def _chunks(items: list[Any], n: int = CHUNK) -> list[list[Any]]:
    return [items[i : i + n] for i in range(0, len(items), n)]


# -- the nearest-neighbour indexes' cache files ------------------------------------------------------
def _cache_dir(engine: Any) -> Path | None:
    """Where the hnswlib graphs are cached: beside a SQLite file, else in the user's cache folder
    ($SOURCETRACE_LINK_CACHE overrides; an empty value turns the cache off)."""
    env = os.environ.get("SOURCETRACE_LINK_CACHE")
    if env is not None:
        return Path(env) / hashlib.sha1(engine.url.render_as_string(hide_password=True).encode()).hexdigest()[:16] if env else None
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return Path(f"{url.database}.link") if url.database and url.database != ":memory:" else None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "sourcetrace" / "link" / hashlib.sha1(url.render_as_string(hide_password=True).encode()).hexdigest()[:16]


def _checksum(keys: list[str]) -> str:
    h = hashlib.sha1()
    for k in keys:
        h.update(k.encode("utf-8") + b"\n")
    return h.hexdigest()


def _load_index(engine: Any, kind: str, encoder: str, dim: int, keys: list[str]) -> VectorIndex | None:
    d = _cache_dir(engine)
    if d is None or not (d / f"{kind}.json").exists():
        return None
    try:
        meta = json.loads((d / f"{kind}.json").read_text(encoding="utf-8"))
        if meta != {"encoder": encoder, "count": len(keys), "checksum": _checksum(keys)}:
            return None
        return VectorIndex.load(str(d / f"{kind}.hnsw"), dim, keys)
    except (OSError, ValueError, RuntimeError):
        return None  # a damaged or foreign file: rebuild from the vectors


def _save_index(engine: Any, kind: str, encoder: str, index: NeighbourIndex) -> None:
    d = _cache_dir(engine)
    if d is None or not index.keys or not isinstance(index, VectorIndex):  # (a sharded index keeps no file)
        return
    try:
        d.mkdir(parents=True, exist_ok=True)
        index.save(str(d / f"{kind}.hnsw.tmp"))
        os.replace(d / f"{kind}.hnsw.tmp", d / f"{kind}.hnsw")
        meta = {"encoder": encoder, "count": len(index.keys), "checksum": _checksum(index.keys)}
        (d / f"{kind}.json").write_text(json.dumps(meta), encoding="utf-8")
    except OSError:
        pass  # a cache only: the next run rebuilds the graph from link_vectors


# -- loading -----------------------------------------------------------------------------------------
def _state_row(engine: Any) -> Any:
    with engine.connect() as conn:
        return conn.execute(select(link_state).where(link_state.c.id == 1)).first()


#: makes a linker's index of `kind` ("documents" or "members") holding `keys` with their `vectors`
IndexFactory = Callable[[str, list[str], Matrix], NeighbourIndex]


def load_linker(engine: Any, encoder: str | Encoder = "use", *, readonly: bool = False,
                indexes: IndexFactory | None = None) -> Linker:
    """The store's linker as the last `link` left it, or a new one (with `encoder`). A store keeps
    the encoder it was first linked with; an `Encoder` object of that name is used as given (e.g.
    a `PrecomputedEncoder`). `readonly`: for reports and exports — no model, no indexes, no
    vectors are loaded, and it cannot be saved. `indexes`: where the linked vectors go instead of
    hnswlib graphs in this process (`engines.ray_index` shards them over Ray workers)."""
    row = _state_row(engine)
    if row is None:
        linker = Linker(encoder)
        if indexes is not None:
            empty = np.zeros((0, linker.encoder.dim), dtype=np.float32)
            linker.use_indexes(indexes("documents", [], empty), indexes("members", [], empty))
        _PERSISTED[linker] = _Persisted(readonly=readonly, store=engine.url.render_as_string(hide_password=True))
        return linker
    blob = bytes(row.state)
    if not blob.startswith(b"{"):  # a store linked before revision 0005: one pickle, converted on save
        old: Linker = pickle.loads(blob)  # written by an earlier save of ours, never from outside
        if indexes is not None:
            old.use_indexes(indexes("documents", list(old._doc_index.keys), old._doc_index.vectors()),
                            indexes("members", list(old._claim_index.keys), old._claim_index.vectors()))
        _PERSISTED[old] = _Persisted(derived=False, readonly=readonly)
        return old
    meta = json.loads(blob)
    name, dim = str(row.encoder), int(meta["dim"])
    if not isinstance(encoder, str) and encoder.name == name and encoder.dim == dim:
        enc: Encoder = encoder
    elif readonly:
        enc = PrecomputedEncoder(name, dim)
    else:
        enc = get_encoder(name)
    linker = Linker(enc)
    for k, v in pickle.loads(bytes.fromhex(meta["extra"])).items() if meta.get("extra") else ():
        if k not in _ROW_ATTRS:  # (a store saved before `events` was rebuilt from the rows pickled it too)
            setattr(linker, k, v)
    linker.vetoed = Counter(meta.get("vetoed", {}))
    p = _Persisted(readonly=readonly, store=engine.url.render_as_string(hide_password=True))
    with engine.connect() as conn:
        # the rows as they are read (a server-side cursor on PostgreSQL; SQLite reads them so anyway),
        # not the whole of link_members or link_vectors in the driver's memory at once
        conn.execution_options(stream_results=True)
        _load_entities(conn, linker, p)
        _load_documents(conn, linker, p, readonly)
        _load_members(conn, linker, p)
        if not readonly:
            _load_vectors(conn, engine, linker, indexes)
    _PERSISTED[linker] = p
    return linker


def _load_entities(conn: Any, linker: Linker, p: _Persisted) -> None:
    res = linker.entities
    for r in conn.execute(select(link_entities).order_by(link_entities.c.seq)):
        e = Entity(r.id, r.name, r.type, set(json.loads(r.aliases)), set(json.loads(r.documents)), rule=r.rule,
                   scope=r.scope)
        res.entities[e.id] = e
        p.entities[e.id] = _entity_snapshot(e)
    res.restore_keys((r.key, r.entity) for r in conn.execute(select(link_keys.c.key, link_keys.c.entity)
                                                             .order_by(link_keys.c.seq)))
    res.restore_surnames((r.surname, r.entity) for r in conn.execute(select(link_surnames.c.surname,
                                                                             link_surnames.c.entity)))
    p.keys = res.key_count()
    p.surnames = set(res.surname_pairs())


def _load_documents(conn: Any, linker: Linker, p: _Persisted, readonly: bool) -> None:
    cp = linker.copies
    sigs: list[tuple[int, str, bytes]] = []
    # (the ids interned: each document's id stands in several tables, and in its members' rows)
    for r in conn.execute(select(link_documents).order_by(link_documents.c.seq)):
        doc, story_root, copy_root = sys.intern(r.document), sys.intern(r.story_root), sys.intern(r.copy_root)
        linker.docs[doc] = DocInfo(
            doc, r.outlet, r.outlet_entity, r.date, r.title, r.language, json.loads(r.credits), r.copy_of,
            relays=[tuple(x) for x in json.loads(r.relays)], url=r.url,
            event=EventKey.from_dict(json.loads(r.event)) if r.event else EMPTY)
        linker.events.add(linker.docs[doc].event)
        linker.stories.parent[doc] = story_root
        p.story_root[doc] = story_root
        cp.parent[doc] = copy_root
        p.copy_root[doc] = copy_root
        if r.minhash is not None:
            sigs.append((r.copy_seq, doc, bytes(r.minhash)))
    # the copy detector's arrival order, and its LSH rebuilt from the signatures (no graph to keep)
    order = conn.execute(select(link_documents.c.document, link_documents.c.copy_date, link_documents.c.copy_seq)
                         .order_by(link_documents.c.copy_seq)).all()
    for doc, day, seq in order:
        cp.order[sys.intern(doc)] = (day, seq)
    for _seq, doc, blob in sorted(sigs):
        scheme, dtype, values = blob.split(b"\0", 2)
        m = cp._minhash(num_perm=cp.num_perm, scheme=scheme.decode(),
                        hashvalues=np.frombuffer(values, dtype=np.dtype(dtype.decode())))
        cp._sigs[doc] = m
        if not readonly:
            cp.lsh.insert(doc, m)
    p.docs = len(linker.docs)


def _load_members(conn: Any, linker: Linker, p: _Persisted) -> None:
    for r in conn.execute(select(link_claims).order_by(link_claims.c.claim)):
        linker.claim_polarity[sys.intern(r.claim)] = bool(r.polarity)
    claim_order: dict[str, None] = {}
    for r in conn.execute(select(link_members).order_by(link_members.c.seq)):
        m = _member_from(r.key, r.document, r.claim, r.data)
        linker.members[m.key] = m
        linker.docs[m.document].members.append(m.key)
        if m.claim is None:  # (kept in no claim: `own_starts` 0)
            continue
        claim_order.setdefault(m.claim, None)
        linker.claim_members.setdefault(m.claim, []).append(m.key)
    # claims in the order they were made: that of their first members; then the claims merged
    # into others (`Linker._merge_claims`), empty, whose ids are not given again
    linker.claim_members = {c: linker.claim_members[c] for c in claim_order}
    for c in linker.claim_polarity:
        linker.claim_members.setdefault(c, [])
    p.members = len(linker.members)
    p.claims = len(linker.claim_members)


class _GraphVectors(dict[str, Matrix]):
    """`Linker._member_vec` of a loaded linker whose members' graph is an hnswlib graph in this
    process: the vectors of the members loaded are read from the graph, which keeps each one as
    it was added (inner-product space: not normalised), instead of a second copy of every
    member's vector; the members linked after the load are kept as before."""

    def __init__(self, index: VectorIndex) -> None:
        super().__init__()
        self.index = index
        self.position = {k: i for i, k in enumerate(index.keys)}

    def __missing__(self, key: str) -> Matrix:
        i = self.position[key]
        vec: Matrix = self.index.vectors(i, i + 1)[0]
        return vec

    def __reduce__(self) -> Any:  # (pickled, it is a plain dict of every vector)
        return (dict, ({**{k: self[k] for k in self.position}, **self},))


def _load_vectors(conn: Any, engine: Any, linker: Linker, indexes: IndexFactory | None = None) -> None:
    dim, name = linker.encoder.dim, linker.encoder.name
    doc_keys = list(linker.docs)
    member_keys = list(linker.members)
    doc_vecs = np.zeros((len(doc_keys), dim), dtype=np.float32)
    position = {d: i for i, d in enumerate(doc_keys)}
    graph = _load_index(engine, "members", name, dim, member_keys) if indexes is None else None
    member_vec: dict[str, Matrix] = {}
    for r in conn.execute(select(link_vectors).where(
            exists().where(link_documents.c.document == link_vectors.c.document))):
        v = np.frombuffer(bytes(r.vectors), dtype=np.float32).reshape(r.rows, r.dim)
        info = linker.docs[r.document]
        if r.encoder != name or r.rows != 1 + len(info.members):
            raise ValueError(f"link_vectors of {r.document}: {r.encoder} {r.rows} rows, expected {name} "
                             f"{1 + len(info.members)}")
        doc_vecs[position[r.document]] = v[0]
        if graph is None:  # (the cached graph holds them)
            for k, mv in zip(info.members, v[1:]):
                member_vec[k] = mv
    linker.file_by_day(doc_keys, doc_vecs)
    if indexes is not None:
        linker._member_vec = member_vec
        member_vecs = np.asarray([member_vec[k] for k in member_keys], dtype=np.float32).reshape(-1, dim)
        linker.use_indexes(indexes("documents", doc_keys, doc_vecs), indexes("members", member_keys, member_vecs))
    else:
        graph = graph or _member_index(dim, member_keys, member_vec)
        del member_vec
        linker._member_vec = _GraphVectors(graph)
        linker.use_indexes(_load_index(engine, "documents", name, dim, doc_keys) or VectorIndex.build(dim, doc_keys, doc_vecs),
                           graph)
    for cid, keys in linker.claim_members.items():  # the sums as _add_member made them, in member order
        if len(keys) < 2:
            continue
        total = linker._member_vec[keys[0]]
        for k in keys[1:]:
            if not linker.members[k].refers:  # (as `Linker._add_member` sums them)
                total = total + linker._member_vec[k]
        linker._claim_sum[cid] = total


def _member_index(dim: int, keys: list[str], vectors: dict[str, Matrix], part_size: int = 20 * CHUNK) -> VectorIndex:
    """The members' graph as `VectorIndex.build` makes it (the same items in the same order, one
    thread), added `part_size` at a time: never a second copy of every member's vector beside
    the linker's own (`Linker._member_vec`) and the graph's."""
    index = VectorIndex(dim)
    index.reserve(len(keys))
    for part in _chunks(keys, part_size):
        index.add(part, np.asarray([vectors[k] for k in part], dtype=np.float32).reshape(-1, dim), threads=1)
    return index


# -- linking ------------------------------------------------------------------------------------------
def as_linker_doc(row: dict[str, Any]) -> dict[str, Any]:
    """A stored document row (analysis as JSON text) as the linker reads it."""
    analysis = row.get("analysis")
    a = json.loads(analysis) if isinstance(analysis, str) else dict(analysis or {})
    return {**a, "id": str(row["id"]), "outlet": row.get("outlet") or "", "date": row.get("date"),
            "title": row.get("title") or a.get("title"), "text": row.get("text") or "",
            "language": row.get("language") or a.get("language")}


def unlinked_documents(engine: Any, batch: int = 500) -> Any:
    """The store's documents not linked yet, oldest first, undated ones last, each in insertion
    order among its equals (rule `link.story.date_order`: a document joins the stories and claims
    of those placed before it, so an input file's order — by outlet, by topic — would decide what a
    report finds; linked ones are not read). Only the keys and dates of all are read at once, the
    documents `batch` at a time."""
    from ..store.schema import documents as d

    with engine.connect() as conn:
        keys = [(r.pk, r.date) for r in conn.execute(
            select(d.c.pk, d.c.date).where(~exists().where(link_documents.c.document == d.c.id)))]
    keys.sort(key=lambda k: (*date_order(k[1]), k[0]))
    for i in range(0, len(keys), batch):
        pks = [k[0] for k in keys[i:i + batch]]
        q = (select(d.c.pk, d.c.id, d.c.url, d.c.outlet, d.c.date, d.c.title, d.c.language, d.c.text, d.c.analysis)
             .where(d.c.pk.in_(pks)))
        with engine.connect() as conn:
            rows = {r.pk: dict(r._mapping) for r in conn.execute(q)}
        yield from (rows[pk] for pk in pks if pk in rows)


def documents_to_link(engine: Any, linker: Linker, failures: list[dict[str, str]]) -> Iterator[dict[str, Any]]:
    """The store's documents the linker has not placed yet, as it reads them; a document whose
    analysis cannot be read is recorded in `failures` with its reason and skipped."""
    for row in unlinked_documents(engine):
        if str(row["id"]) in linker.docs:
            continue
        try:
            yield as_linker_doc(row)
        except (ValueError, TypeError) as exc:
            failures.append({"input": str(row.get("id")), "reason": f"analysis unreadable: {exc}"})


def put_vectors(engine: Any, encoder: str, vectors: dict[str, Matrix]) -> None:
    """Stores vectors computed elsewhere (document id → `encode_documents` array, made by the
    encoder `encoder`) for the next `link`, which then encodes nothing for those documents."""
    rows = [{"document": doc, "encoder": encoder, "rows": int(v.shape[0]), "dim": int(v.shape[1]),
             "vectors": np.ascontiguousarray(v, dtype=np.float32).tobytes()} for doc, v in vectors.items()]
    with engine.begin() as conn:
        for part in _chunks(rows):
            conn.execute(delete(link_vectors).where(link_vectors.c.document.in_([r["document"] for r in part])))
            conn.execute(insert(link_vectors), part)


def _vectors_for(engine: Any, linker: Linker, docs: list[dict[str, Any]]) -> tuple[list[Matrix], int]:
    """Each document's vectors: stored ones (put_vectors) when they fit, the rest encoded in one
    call. Returns them and how many were encoded."""
    enc = linker.encoder
    with engine.connect() as conn:
        stored = {r.document: r for r in conn.execute(select(link_vectors).where(
            link_vectors.c.document.in_([str(d["id"]) for d in docs])))}
    out: list[Matrix | None] = []
    todo: list[int] = []
    for i, d in enumerate(docs):
        r = stored.get(str(d["id"]))
        n = len(document_texts(d)) if r is not None else 0
        if r is not None and r.encoder == enc.name and r.dim == enc.dim and r.rows == n:
            out.append(np.frombuffer(bytes(r.vectors), dtype=np.float32).reshape(r.rows, r.dim))
        else:
            out.append(None)
            todo.append(i)
    if todo:
        for i, v in zip(todo, encode_documents(enc, [docs[i] for i in todo])):
            out[i] = v
    return [v for v in out if v is not None], len(todo)


def link_store(store: Any, *, encoder: str | Encoder = "use", batch: int = 256, full: bool = False) -> dict[str, Any]:
    """Links the store's unlinked documents; returns counts, failures and the rate. `full` rewrites
    every derived row (stories, claims, entities) from the linker's state, not only those the new
    documents touch: rows an older version wrote (a story's title chosen by an older rule) are
    brought up to date, with nothing to link or without (`link --full`)."""
    t_load = time.perf_counter()
    linker = load_linker(store.engine, encoder)
    t0 = time.perf_counter()
    todo: list[dict[str, Any]] = []
    added = encoded = 0
    failures: list[dict[str, str]] = []
    encode_seconds = 0.0

    def flush() -> None:
        nonlocal added, encoded, encode_seconds
        if not todo:
            return
        try:
            t = time.perf_counter()
            vecs, n = _vectors_for(store.engine, linker, todo)
            encode_seconds += time.perf_counter() - t
            encoded += n
            added += len(linker.add(todo, vectors=vecs))
        except Exception:  # one bad document must not stop the batch: place them one by one
            for d in todo:
                if str(d["id"]) in linker.docs:
                    continue
                try:
                    added += len(linker.add([d]))
                except Exception as exc:
                    failures.append({"input": str(d.get("id")), "reason": f"{type(exc).__name__}: {exc}"})
        todo.clear()

    for doc in documents_to_link(store.engine, linker, failures):
        todo.append(doc)
        if len(todo) >= batch:
            flush()
    flush()
    t_save = time.perf_counter()
    if added or full or not _PERSISTED[linker].derived:  # nothing new: nothing to write (a converted store is written)
        save(store.engine, linker, full=full)
    t1 = time.perf_counter()
    seconds = t1 - t0
    return {"linked": added, "documents": len(linker.docs), "stories": len(set(map(linker.story_of, linker.docs))),
            "claims": len(linker.claim_members), "failures": failures, "seconds": round(seconds, 2),
            "load_seconds": round(t0 - t_load, 2), "encode_seconds": round(encode_seconds, 2),
            "save_seconds": round(t1 - t_save, 2), "encoded": encoded,
            "documents_per_second": round(added / seconds, 1) if seconds and added else None,
            "encoder": linker.encoder.name}


# -- saving ---------------------------------------------------------------------------------------------
class _Rows:
    """Rows inserted as they are made, CHUNK at a time per table, so that a save holds one chunk
    of each table's rows, never all of them (a full save at 100,000 documents writes millions)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.pending: dict[Table, list[dict[str, Any]]] = {}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        rows = self.pending.setdefault(table, [])
        rows.append(row)
        if len(rows) >= CHUNK:
            self.flush(table)

    def extend(self, table: Table, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.add(table, row)

    def flush(self, table: Table | None = None) -> None:
        for t in [table] if table is not None else list(self.pending):
            rows = self.pending.pop(t, [])
            if rows:
                self.conn.execute(insert(t), rows)


def _doc_rows(linker: Linker, new_docs: list[DocInfo], seq: int, story_root: dict[str, str],
              copy_root: dict[str, str]) -> Iterator[dict[str, Any]]:
    for i, d in enumerate(new_docs, seq):
        sig: Any = linker.copies._sigs.get(d.id)
        day, copy_seq = linker.copies.order[d.id]
        yield {"document": d.id, "seq": i, "outlet": d.outlet, "outlet_entity": d.outlet_entity, "date": d.date,
               "title": d.title, "language": d.language, "url": d.url,
               "credits": json.dumps(d.credits, ensure_ascii=False),
               "relays": json.dumps(d.relays, ensure_ascii=False), "copy_of": d.copy_of,
               "story_root": story_root[d.id], "copy_root": copy_root[d.id], "copy_date": day, "copy_seq": copy_seq,
               "minhash": _minhash_bytes(sig) if sig is not None else None,
               "event": json.dumps(d.event.as_dict(), ensure_ascii=False)}


def _vector_rows(linker: Linker, new_docs: list[DocInfo], position: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Each new document's vectors (title and lead, then its members), read from the index a
    chunk of documents at a time."""
    index = linker._doc_index
    for part in _chunks(new_docs):
        lo = min(position[d.id] for d in part)
        doc_vecs = index.vectors(lo, max(position[d.id] for d in part) + 1)
        for d in part:
            v = np.vstack([doc_vecs[position[d.id] - lo].reshape(1, -1),
                           *[linker._member_vec[k].reshape(1, -1) for k in d.members]])
            yield {"document": d.id, "encoder": linker.encoder.name, "rows": v.shape[0], "dim": v.shape[1],
                   "vectors": np.ascontiguousarray(v, dtype=np.float32).tobytes()}


def _entity_rows(changed: list[Entity]) -> Iterator[dict[str, Any]]:
    for e in changed:
        yield {"id": e.id, "seq": int(e.id[1:]) if e.id[1:].isdigit() else 0, "name": e.name, "type": e.type,
               "rule": e.rule, "scope": e.scope, "aliases": json.dumps(sorted(e.aliases), ensure_ascii=False),
               "documents": json.dumps(sorted(e.documents), ensure_ascii=False)}


def _story_rows(linker: Linker, docs: list[DocInfo], story_root: dict[str, str], copy_root: dict[str, str],
                touched: set[str] | None) -> Iterator[dict[str, Any]]:
    """The `stories` rows of the stories in `touched` (all when None): documents, first date, and the
    title of its first original by (date, id): a copy names the story only when it has no original
    in it (a copy of the same date whose id sorts first gave the story the copy's title)."""
    first: dict[str, tuple[bool, str, str, DocInfo]] = {}  # story → its title's document by (copy, date, id)
    dates: dict[str, str] = {}  # story → its first date
    count: Counter[str] = Counter()
    for d in docs:
        s = "s-" + story_root[d.id]
        if touched is None or s in touched:
            count[s] += 1
            key = (copy_root.get(d.id, d.id) != d.id, d.date or "9999", d.id)
            if s not in first or key < first[s][:3]:
                first[s] = (*key, d)
            if d.date and (s not in dates or d.date < dates[s]):
                dates[s] = d.date
    for s, n in count.items():
        yield {"story": s, "documents": n, "first_date": dates.get(s), "title": first[s][3].title}


def _claim_rows(linker: Linker, claim_ids: list[str], touched: set[str], rows: _Rows) -> None:
    """The `claims` and `claim_members` rows of the claims in `touched`, as each claim is summed up."""
    for cid in claim_ids:
        if cid not in touched or not linker.claim_members[cid]:  # (a claim merged into another is empty)
            continue
        c = linker.claim_row(cid)
        rows.add(claims, {"claim": c["claim"], "story": c["story"], "text": c["text"], "status": c["status"],
                          "independent_origins": c["independent_origins"],
                          "origins": json.dumps(c["origins"], ensure_ascii=False),
                          "denied_by": json.dumps(c["denied_by"], ensure_ascii=False),
                          "anonymous_only": c["anonymous_only"],
                          "origin_rules": json.dumps(c["origin_rules"], ensure_ascii=False)})
        for i, m in enumerate(c["members"]):
            rows.add(claim_members, {"claim": c["claim"], "idx": i, "document": m["document"], "start": m["start"],
                                     "end": m["end"], "source": m["source"],
                                     "via": json.dumps(m["via"], ensure_ascii=False), "stance": m["stance"],
                                     "origin": m["origin"], "rule": m["rule"], "origin_rule": m["origin_rule"]})


def save(engine: Any, linker: Linker, *, full: bool = False) -> None:
    """Writes what the linker added or changed since it was loaded, and the derived tables of the
    stories, claims and entities concerned, in one transaction; `full` rewrites every derived row.
    The rows are made as they are written (`_Rows`): memory beyond the linker's own stays a few
    chunks of rows, whatever the size of the corpus."""
    p = _PERSISTED.get(linker) or _Persisted(derived=False)
    if p.readonly:
        raise ValueError("a linker loaded read-only cannot be saved")
    where = engine.url.render_as_string(hide_password=True)
    # the linker's state rows are written anew only when the store holds none of this linker's (a
    # store linked before revision 0005, or another store); `full` alone rewrites every derived row
    # and writes the state as it grew: the vectors of the documents saved before stay where they are
    # (with Ray they are on the workers only: `link --engine ray --full` of a linked store)
    state_full = not p.derived or bool(p.store and p.store != where)
    if state_full:  # everything is new: all rows again
        p, full = _Persisted(), True
    ents = linker.entities
    docs = list(linker.docs.values())
    new_docs = docs[p.docs:]
    story_root = {d.id: linker.stories.find(d.id) for d in docs}
    copy_root = {d.id: linker.copies.original(d.id) for d in docs}
    moved = [d for d in docs[: p.docs] if story_root[d.id] != p.story_root.get(d.id)
             or copy_root[d.id] != p.copy_root.get(d.id)]
    members = list(linker.members.values())
    new_members = members[p.members:]
    claim_ids = list(linker.claim_members)
    changed_entities = [e for e in ents.entities.values() if p.entities.get(e.id) != _entity_snapshot(e)]
    position = {k: i for i, k in enumerate(linker._doc_index.keys[p.docs:], p.docs)} if new_docs else {}
    if any(d.id not in position for d in new_docs):
        raise ValueError("the linker's document index lacks documents it holds (a failed add?)")
    # (what the linker pickles of itself, `Linker.__getstate__`)
    extra = {k: v for k, v in linker.__getstate__().items() if k not in _ROW_ATTRS}
    state = {"format": STATE_FORMAT, "dim": linker.encoder.dim, "vetoed": dict(linker.vetoed),
             "extra": pickle.dumps(extra, protocol=pickle.HIGHEST_PROTOCOL).hex() if extra else None}

    # what the derived tables must show anew
    if full:
        touched_docs = set(linker.docs)
        touched_claims = set(claim_ids)
        touched_entities = set(ents.entities)
    else:
        touched_docs = {d.id for d in new_docs} | {d.id for d in moved}
        touched_claims = {m.claim or "" for m in new_members}
        # claims merged since the last save: the one kept and those left empty (`Linker._merge_claims`)
        touched_claims |= {linker.members[k].claim or "" for k in linker.__dict__.get("moved_members", ())}
        touched_claims |= set(linker.__dict__.get("emptied_claims", ()))
        for d in moved:
            touched_claims |= {linker.members[k].claim or "" for k in d.members}
        renamed = {e.id for e in changed_entities if e.id in p.entities and p.entities[e.id][0] != e.name}
        if renamed:
            touched_claims |= {m.claim or "" for m in members if m.origin in renamed}
        touched_entities = {e.id for e in changed_entities}
    touched_stories = {"s-" + story_root[d] for d in touched_docs} | {"s-" + p.story_root[d.id] for d in moved}

    with engine.begin() as conn:
        if state_full:  # (also: the first save of a store linked before revision 0005)
            for table in (*DERIVED, link_documents, link_members, link_claims, link_entities, link_keys,
                          link_surnames):
                conn.execute(delete(table))
        else:
            for table in DERIVED if full else (citation_edges,):
                conn.execute(delete(table))
            for table, col, ids in ((stories, stories.c.story, touched_stories),
                                    (story_documents, story_documents.c.document, touched_docs),
                                    (claims, claims.c.claim, touched_claims),
                                    (claim_members, claim_members.c.claim, touched_claims),
                                    (entities, entities.c.id, touched_entities),
                                    (entity_documents, entity_documents.c.entity, touched_entities),
                                    (link_entities, link_entities.c.id, {e.id for e in changed_entities})):
                if full and table is not link_entities:
                    continue
                for part in _chunks(sorted(ids)):
                    conn.execute(delete(table).where(col.in_(part)))
            for d in moved:
                conn.execute(update(link_documents).where(link_documents.c.document == d.id)
                             .values(story_root=story_root[d.id], copy_root=copy_root[d.id]))
            added = {m.key for m in new_members}
            for k in sorted(set(linker.__dict__.get("moved_members", ())) - added):
                # a member saved before whose claim was merged into another
                conn.execute(update(link_members).where(link_members.c.key == k).values(claim=linker.members[k].claim or ""))
        for part in _chunks([d.id for d in new_docs]):
            conn.execute(delete(link_vectors).where(link_vectors.c.document.in_(part)))
        rows = _Rows(conn)
        # the derived tables
        rows.extend(stories, _story_rows(linker, docs, story_root, copy_root, None if full else touched_stories))
        rows.extend(story_documents, ({"document": d, "story": "s-" + story_root[d],
                                       "copy_of": copy_root[d] if copy_root[d] != d else None,
                                       "credits": json.dumps(linker.docs[d].credits, ensure_ascii=False)}
                                      for d in touched_docs))
        _claim_rows(linker, claim_ids, touched_claims, rows)
        rows.extend(citation_edges, ({"from_outlet": e["from"], "to_entity": e["to"], "kind": e["kind"],
                                      "document": e["document"]} for e in linker.citation_edges()))
        rows.extend(entities, ({"id": e.id, "name": e.name, "type": e.type,
                                "aliases": json.dumps(sorted(e.aliases), ensure_ascii=False),
                                "documents": len(e.documents), "rule": e.rule}
                               for e in ents.entities.values() if e.id in touched_entities))
        rows.extend(entity_documents, ({"entity": e.id, "document": d} for e in ents.entities.values()
                                       if e.id in touched_entities for d in sorted(e.documents)))
        # the linker's state
        rows.extend(link_documents, _doc_rows(linker, new_docs, p.docs, story_root, copy_root))
        rows.extend(link_members, ({"key": m.key, "seq": i, "document": m.document, "claim": m.claim or "",
                                    "data": _member_data(m)} for i, m in enumerate(new_members, p.members)))
        rows.extend(link_claims, ({"claim": c, "polarity": linker.claim_polarity[c]} for c in claim_ids[p.claims:]))
        rows.extend(link_entities, _entity_rows(changed_entities))
        rows.extend(link_keys, ({"key": k, "seq": i, "entity": v}
                                for i, (k, v) in enumerate(ents.name_keys(p.keys), p.keys)))
        rows.extend(link_surnames, ({"surname": s, "entity": e} for s, e in ents.surname_pairs()
                                    if (s, e) not in p.surnames))
        rows.extend(link_vectors, _vector_rows(linker, new_docs, position))
        rows.flush()
        conn.execute(delete(link_state))
        conn.execute(insert(link_state), [{"id": 1, "encoder": linker.encoder.name, "documents": len(linker.docs),
                                           "updated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                           "state": json.dumps(state).encode("utf-8")}])
    # what the store now holds
    linker.__dict__.pop("moved_members", None)
    linker.__dict__.pop("emptied_claims", None)
    p.docs, p.members, p.claims, p.keys = len(docs), len(members), len(claim_ids), ents.key_count()
    p.surnames = set(ents.surname_pairs())
    p.story_root, p.copy_root = story_root, copy_root
    p.entities = {e.id: _entity_snapshot(e) for e in ents.entities.values()}
    p.derived, p.store = True, where
    _PERSISTED[linker] = p
    _save_index(engine, "documents", linker.encoder.name, linker._doc_index)
    _save_index(engine, "members", linker.encoder.name, linker._claim_index)


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
             "via": json.loads(m["via"]), "stance": m["stance"], "origin": m["origin"], "rule": m["rule"],
             "origin_rule": m["origin_rule"]})
    return [{"claim": c["claim"], "story": c["story"], "text": c["text"], "members": members.get(c["claim"], []),
             "origins": json.loads(c["origins"]), "denied_by": json.loads(c["denied_by"]),
             "independent_origins": c["independent_origins"], "anonymous_only": bool(c["anonymous_only"]),
             "status": c["status"], "origin_rules": json.loads(c["origin_rules"] or "[]")} for c in cs]
