"""The corpus store: one class over SQLAlchemy 2 that every front door uses (CLI, web app,
distributed engines). Parameterised queries only; the engine is chosen by the URL
(`sqlite:///file.db` or `postgresql://user@host/db`, psycopg 3)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DataError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)

from ..errors import Errors, SourcetraceError
from . import schema as t
from . import snippet as snippets

_WORD = re.compile(r"\w+")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def is_date_filter(value: str) -> bool:
    """A `since`/`until` bound: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, and a real day or month
    (`2025-13` or `2025-02-30` is a typo, not a bound that silently matches everything)."""
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat((value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10])
    except ValueError:
        return False
    return True
#: the FTS5 indexes of a SQLite store (revisions 0001 and 0007)
FTS_TABLES = ("documents_fts", "attributions_fts")
#: an ingest or reanalyze run that wrote at least this share of the store's documents ends by
#: merging the full-text indexes (`Store.optimize_search`)
OPTIMIZE_SHARE = 0.05
#: an attribution's row id in SQLite's claim index, `attributions_fts`: document * CLAIM_KEY + idx
#: (migration 0007_claim_search)
CLAIM_KEY = 1_048_576


def _window_slices(offset: int, limit: int, window: int) -> list[tuple[int, int, int, int]]:
    """The parts of the ranking rows offset … offset + limit - 1 fall into when matches are ranked
    in windows of `window`: (first match of the window, window size, offset within it, rows)."""
    out = []
    while limit > 0:
        w, inner = divmod(offset, window)
        take = min(limit, window - inner)
        out.append((w * window, window, inner, take))
        offset, limit = offset + take, limit - take
    return out


@lru_cache(maxsize=1024)
def _compiled(dialect: Dialect, sql: str) -> tuple[str, tuple[str, ...] | None, frozenset[str]]:
    """`sql` with `:name` parameters in the driver's own style, compiled by SQLAlchemy once per
    statement: (the statement, the parameter names in order for a positional style — SQLite's `?` —
    else None, the names it uses)."""
    compiled = text(sql).compile(dialect=dialect)
    positions = compiled.positiontup
    return compiled.string, tuple(positions) if positions else None, frozenset(compiled.bind_names.values())


def fetch(conn: Connection, sql: str, params: Mapping[str, Any] | None = None) -> tuple[list[str], Sequence[Any]]:
    """A read query with bound `:name` parameters on an open connection, run on its driver's cursor:
    (the column names, the rows as the driver's tuples). What `conn.execute(text(sql), params)`
    does, without SQLAlchemy's work per statement (parsing the text, cache keys, Row objects): that
    cost 0.4–0.5 ms a query, more than SQLite took to answer most of the web pages' queries. A
    driver's error is raised as SQLAlchemy's (`DBAPIError`), as `execute` raises it."""
    statement, positions, names = _compiled(conn.dialect, sql)
    given = params or {}
    args: Any = tuple(given[n] for n in positions) if positions is not None else {n: given[n] for n in names}
    dbapi_error = conn.dialect.loaded_dbapi.Error
    cursor = conn.connection.cursor()
    try:
        cursor.execute(statement, args)
        columns = [c[0] for c in cursor.description or ()]
        return columns, cursor.fetchall()
    except dbapi_error as exc:
        raise DBAPIError.instance(statement, args, exc, dbapi_error) from exc
    finally:
        cursor.close()


def read_rows(conn: Connection, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """`fetch`, each row a dict of its columns."""
    columns, rows = fetch(conn, sql, params)
    return [dict(zip(columns, row, strict=True)) for row in rows]


class StoreError(SourcetraceError):
    """The store cannot be opened or used (bad URL, no server, no such file)."""


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class DocumentRecord:
    """One analysed document as it goes into the store (what `ingest` workers and a distributed
    engine produce). `analysis` is `writers.json.to_dict(doc)`; `reader` what the reader found
    before any step ran (see `corpus.analyse.reader_state`), so that `reanalyze` can start again
    from the same point."""

    id: str
    text: str
    content_hash: str
    pipeline_version: str
    analysis: dict[str, Any]
    reader: dict[str, Any] = field(default_factory=dict)
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    date_origin: str | None = None
    language: str | None = None
    input: str | None = None
    input_format: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AddResult:
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    #: of `added`, the records whose text equals a stored document's (a republished copy: its own document)
    same_text: int = 0
    #: per record in order: "added", "added (same text as ID)", "failed" (recorded in failures), or
    #: "duplicate of ID (same id|url)" ("… (same text)" only with `skip_same_text`)
    outcomes: list[str] = field(default_factory=list)


def normalise_url(url: str) -> str:
    """`postgresql://` selects psycopg 3; everything else is taken as SQLAlchemy reads it."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def display_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def child_rows(doc_pk: int, analysis: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows of the child tables for one analysis dict (the article JSON)."""
    rows: dict[str, list[dict[str, Any]]] = {tb.name: [] for tb in t.CHILD_TABLES}
    for i, s in enumerate(analysis.get("segments", [])):
        rows["segments"].append({"document": doc_pk, "idx": i, "kind": s["kind"], "start": s["start"], "end": s["end"],
                                 "language": s.get("language"), "handle": s.get("handle"), "author": s.get("author"),
                                 "rule": s["rule"]})
    for i, s in enumerate(analysis.get("sources", [])):
        rows["sources"].append({"document": doc_pk, "idx": i, "source": s["id"], "name": s["name"], "type": s["type"],
                                "role": s.get("role"), "aliases": json.dumps(s.get("aliases", []), ensure_ascii=False),
                                "mentions": len(s.get("mentions", [])), "claims": len(s.get("claims", [])),
                                "relays": len(s.get("relays", [])), "distance": s.get("distance", 0),
                                "credit": bool(s.get("credit")), "rule": s["rule"]})
    for i, c in enumerate(analysis.get("credits", [])):
        rows["credits"].append({"document": doc_pk, "idx": i, "credit": c["id"], "name": c["name"], "type": c["type"],
                                "aliases": json.dumps(c.get("aliases", []), ensure_ascii=False),
                                "mentions": len(c.get("mentions", [])), "relays": len(c.get("relays", [])),
                                "rule": c["rule"]})
    for i, a in enumerate(analysis.get("attributions", [])):
        src = a.get("source") or {}
        cue = a.get("cue") or {}
        content = a.get("content", [])
        via = a.get("via", [])
        rows["attributions"].append({
            "document": doc_pk, "idx": i, "attribution": a["id"], "mode": a["mode"], "source": src.get("id"),
            "source_name": src.get("name") or src.get("text"), "source_type": src.get("type"),
            "source_start": src.get("start"), "source_end": src.get("end"),
            "cue": cue.get("text"), "cue_start": cue.get("start"), "cue_end": cue.get("end"),
            "content": " … ".join(c.get("text", "") for c in content),
            "content_start": content[0]["start"] if content else None,
            "content_end": content[-1]["end"] if content else None,
            "content_spans": json.dumps([[c["start"], c["end"]] for c in content]),
            "via": json.dumps([{k: v[k] for k in ("name", "id", "position", "start", "end") if k in v} for v in via],
                              ensure_ascii=False),
            "via_count": len(via), "status": a["status"], "rule": a["rule"]})
    for i, h in enumerate(analysis.get("hedges", [])):
        scope = h.get("scope") or {}
        rows["hedges"].append({"document": doc_pk, "idx": i, "start": h["start"], "end": h["end"],
                               "text": h.get("text", ""), "kind": h["kind"], "scope_start": scope.get("start"),
                               "scope_end": scope.get("end"), "rule": h["rule"]})
    for i, x in enumerate(analysis.get("timexes", [])):
        rows["dates"].append({"document": doc_pk, "idx": i, "start": x["start"], "end": x["end"],
                              "text": x.get("text", ""), "type": x["type"], "value": x["value"], "rule": x["rule"]})
    for i, q in enumerate(analysis.get("quantities", [])):
        v = q["value"]
        low, high = (v[0], v[1]) if isinstance(v, list) else (v, v)
        rows["quantities"].append({"document": doc_pk, "idx": i, "start": q["start"], "end": q["end"],
                                   "text": q.get("text", ""), "value": json.dumps(v), "low": low, "high": high,
                                   "unit": q.get("unit"), "approximate": bool(q.get("approximate")),
                                   "rule": q["rule"]})
    return rows


def _document_fault(exc: Exception) -> bool:
    """Whether a statement failed because of the document's values, not because of the store
    (a lost connection, a full disk): a malformed analysis, a duplicate or a value the column
    refuses, or a limit of the engine — PostgreSQL's SQLSTATE classes 22 (data), 23 (integrity)
    and 54 (program limit: a text whose words do not fit in a tsvector, an index entry too large)."""
    if not isinstance(exc, DBAPIError):
        return True  # ValueError, TypeError, KeyError: the analysis dict is not what it should be
    if isinstance(exc, (IntegrityError, DataError)):
        return True
    return str(getattr(exc.orig, "sqlstate", "") or "")[:2] in ("22", "23", "54")


def _first_line(exc: Exception) -> str:
    """The first line of what the database driver (or else the exception) said."""
    lines = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _not_stored(exc: Exception) -> str:
    """A document's one-line failure reason."""
    return f"could not be stored ({type(exc).__name__}: {_first_line(exc)})"


def _search_error(query: str, exc: Exception) -> StoreError:
    """The one-line error of a search the database could not run (E069)."""
    return StoreError(Errors.E069.format(query=query, reason=_first_line(exc)))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # SQLAlchemy's recipe for working SAVEPOINTs with pysqlite: let SQLAlchemy emit BEGIN itself
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


class Store:
    """A corpus store at a database URL. Open with `Store.open(url)`; close with `close()` (or
    use it as a context manager)."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect.name

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, create: bool = False) -> Store:
        """Open the store at `url`, bringing its schema up to date. A SQLite file that does not
        exist is created only with `create=True`; otherwise that is a StoreError."""
        try:
            sa_url = make_url(normalise_url(url))
        except ArgumentError as exc:
            raise StoreError(Errors.E061.format(url=url)) from exc
        if sa_url.get_backend_name() not in ("sqlite", "postgresql"):
            raise StoreError(Errors.E062.format(url=display_url(url)))
        if sa_url.get_backend_name() == "sqlite":
            path = sa_url.database or ""
            if path in ("", ":memory:"):
                raise StoreError(Errors.E063.format())
            if not create and not Path(path).exists():
                raise StoreError(Errors.E064.format(path=path, url=url))
            parent = Path(path).resolve().parent
            if not parent.is_dir():
                raise StoreError(Errors.E065.format(path=path, folder=parent))
        try:
            engine = create_engine(sa_url)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise StoreError(Errors.E066.format(url=display_url(url), reason=exc)) from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        store = cls(engine, url)
        try:
            store.migrate()
        except OperationalError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise StoreError(Errors.E067.format(url=display_url(url), reason=reason)) from exc
        except (sqlite3.Error, RuntimeError) as exc:
            # a migration that works on the driver's own connection (0012's SQLite table rebuild) fails
            # with the driver's error or its own check, not SQLAlchemy's: one line, not a traceback
            engine.dispose()
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(Errors.E095.format(url=display_url(url), reason=reason)) from exc
        return store

    def migrate(self) -> None:
        from .migrate import upgrade

        with self.engine.begin() as conn:
            upgrade(conn)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs and failures -----------------------------------------------------------------------
    def begin_run(self, command: str, inputs: Sequence[str], pipeline_version: str) -> int:
        with self.engine.begin() as conn:
            pk = conn.execute(insert(t.runs).returning(t.runs.c.pk), {
                "command": command, "inputs": json.dumps(list(inputs), ensure_ascii=False),
                "pipeline_version": pipeline_version, "started_at": now(), "added": 0, "duplicates": 0,
                "failed": 0}).scalar_one()
        return int(pk)

    def finish_run(self, run: int, *, added: int, duplicates: int, failed: int, seconds: float) -> None:
        """Mark a run finished; a run that wrote at least `OPTIMIZE_SHARE` of the store's documents
        (a bulk load, a reanalysis) then merges the full-text indexes (`optimize_search`)."""
        with self.engine.begin() as conn:
            conn.execute(update(t.runs).where(t.runs.c.pk == run).values(
                finished_at=now(), added=added, duplicates=duplicates, failed=failed, seconds=round(seconds, 3)))
        if added > 0 and added >= OPTIMIZE_SHARE * self.count():
            self.optimize_search()

    def optimize_search(self) -> None:
        """Merge each full-text index of a SQLite store (FTS5: the articles', the claims') into one
        segment: a query then reads one list per word instead of one per segment, of which a bulk
        load leaves a dozen (on the 100,000-document store a distinct search of the web app took
        about 13 % less CPU). It rewrites the indexes: some 15 s for 100,000 documents. PostgreSQL
        keeps its GIN indexes itself: nothing to do there."""
        if self.dialect != "sqlite":
            return
        with self.engine.begin() as conn:
            for table in FTS_TABLES:
                conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")

    def progress_run(self, run: int, *, added: int, duplicates: int, failed: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(t.runs).where(t.runs.c.pk == run).values(
                added=added, duplicates=duplicates, failed=failed))

    def record_failures(self, failures: Iterable[tuple[str, str, str]], run: int | None = None,
                        conn: Connection | None = None) -> None:
        """Record (input, item, reason) triples; the same input and item again replaces its reason."""
        rows = list(failures)
        if not rows:
            return
        if conn is None:
            with self.engine.begin() as c:
                self.record_failures(rows, run, c)
            return
        for inp, item, reason in rows:
            conn.execute(delete(t.failures).where(t.failures.c.input == inp, t.failures.c.item == item))
            conn.execute(insert(t.failures), {"input": inp, "item": item, "reason": reason, "run": run, "at": now()})

    # -- writing documents -----------------------------------------------------------------------
    def known_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                chunk = list(ids[i:i + 500])
                found.update(conn.execute(select(t.documents.c.id).where(t.documents.c.id.in_(chunk))).scalars())
        return found

    def add(self, records: Sequence[DocumentRecord], run: int | None = None,
            failures: Sequence[tuple[str, str, str]] = (), *, skip_same_text: bool = False) -> AddResult:
        """Add documents (and record failures) in one transaction. A record whose id or URL is
        already stored (or earlier in the same batch) is a duplicate and is not written. A record
        whose text equals a stored document's under another id and URL is a document of its own
        (one text printed by two outlets, or under two titles): it is added with the hash of its text,
        and the linker finds it as a copy of the first; `skip_same_text` skips it as a duplicate
        instead (the old rule)."""
        result = AddResult()
        with self.engine.begin() as conn:
            self.record_failures(failures, run, conn)
            ids = [r.id for r in records]
            urls = [r.url for r in records if r.url]
            hashes = [r.content_hash for r in records]
            d = t.documents.c
            seen_id = dict(conn.execute(select(d.id, d.id).where(d.id.in_(ids))).all()) if ids else {}
            seen_url = dict(conn.execute(select(d.url, d.id).where(d.url.in_(urls))).all()) if urls else {}
            seen_hash: dict[str, str] = {}
            if hashes:  # (the first document of each text: the one a copy is told to be of)
                for h, doc_id in conn.execute(select(d.content_hash, d.id).where(d.content_hash.in_(hashes))
                                              .order_by(d.pk)):
                    seen_hash.setdefault(h, doc_id)
            stamp = now()
            for r in records:
                same = seen_hash.get(r.content_hash)
                dup = (("id", seen_id.get(r.id)) if r.id in seen_id else
                       ("url", seen_url.get(r.url)) if r.url and r.url in seen_url else
                       ("text", same) if same is not None and skip_same_text else None)
                if dup is not None:
                    result.duplicates += 1
                    result.outcomes.append(f"duplicate of {dup[1]} (same {dup[0]})")
                    continue
                try:
                    with conn.begin_nested():  # a document that cannot be stored is set aside alone
                        self._insert(conn, r, run, stamp)
                except (DBAPIError, ValueError, TypeError, KeyError) as exc:
                    if not _document_fault(exc):
                        raise
                    where = r.input or r.id
                    self.record_failures([(where, r.id, _not_stored(exc))], run, conn)
                    result.failed += 1
                    result.outcomes.append("failed")
                    continue
                seen_id[r.id] = r.id
                if r.url:
                    seen_url[r.url] = r.id
                result.added += 1
                if same is None:
                    seen_hash[r.content_hash] = r.id
                    result.outcomes.append("added")
                else:
                    result.same_text += 1
                    result.outcomes.append(f"added (same text as {same})")
        return result

    def _insert(self, conn: Connection, r: DocumentRecord, run: int | None, stamp: str) -> None:
        pk = conn.execute(insert(t.documents).returning(t.documents.c.pk), {
            "id": r.id, "url": r.url, "outlet": r.outlet, "title": r.title, "date": r.date,
            "date_origin": r.date_origin, "language": r.language, "input": r.input,
            "input_format": r.input_format, "text": r.text, "content_hash": r.content_hash,
            "pipeline_version": r.pipeline_version,
            "reader": json.dumps(r.reader, ensure_ascii=False, separators=(",", ":")),
            "analysis": json.dumps(r.analysis, ensure_ascii=False, separators=(",", ":")),
            "run": run, "ingested_at": stamp}).scalar_one()
        self._write_children(conn, int(pk), r.analysis)

    def _write_children(self, conn: Connection, pk: int, analysis: dict[str, Any]) -> None:
        rows = child_rows(pk, analysis)
        for table in t.CHILD_TABLES:
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])

    def replace_analysis(self, doc_id: str, record: DocumentRecord) -> str | None:
        """Store a new analysis of an already stored document (used by `reanalyze`). None when
        done; else why the new analysis could not be stored (the document keeps its old one)."""
        try:
            with self.engine.begin() as conn:
                pk = conn.execute(select(t.documents.c.pk).where(t.documents.c.id == doc_id)).scalar_one()
                for table in t.CHILD_TABLES:
                    conn.execute(delete(table).where(table.c.document == pk))
                conn.execute(update(t.documents).where(t.documents.c.pk == pk).values(
                    pipeline_version=record.pipeline_version, language=record.language, title=record.title,
                    date=record.date, date_origin=record.date_origin,
                    analysis=json.dumps(record.analysis, ensure_ascii=False, separators=(",", ":"))))
                self._write_children(conn, pk, record.analysis)
        except (DBAPIError, ValueError, TypeError, KeyError) as exc:
            if not _document_fault(exc):
                raise
            return _not_stored(exc)
        return None

    # -- reading ---------------------------------------------------------------------------------
    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.documents)).scalar_one())

    def status(self, current_version: str | None = None) -> dict[str, Any]:
        with self.engine.connect() as conn:
            docs = int(conn.execute(select(func.count()).select_from(t.documents)).scalar_one())
            f = t.failures.c
            failures = [dict(r._mapping) for r in conn.execute(
                select(f.input, f.item, f.reason, f.run, f.at).order_by(f.input, f.pk))]
            r = t.runs.c
            runs = [dict(x._mapping) for x in conn.execute(select(
                r.pk.label("run"), r.command, r.inputs, r.pipeline_version, r.started_at, r.finished_at,
                r.added, r.duplicates, r.failed, r.seconds).order_by(r.pk))]
            versions: dict[str, int] = dict(conn.execute(select(t.documents.c.pipeline_version, func.count())
                                         .group_by(t.documents.c.pipeline_version)).all())
            langs: dict[str | None, int] = dict(conn.execute(select(t.documents.c.language, func.count())
                                      .group_by(t.documents.c.language)).all())
        for run in runs:
            run["inputs"] = json.loads(run["inputs"])
            run["state"] = "finished" if run["finished_at"] else "unfinished (running or stopped)"
        out: dict[str, Any] = {
            "store": display_url(self.url), "documents": docs, "failures": failures, "runs": runs,
            "duplicates": sum(int(x["duplicates"]) for x in runs),
            "pipeline_versions": versions, "languages": {str(k): v for k, v in langs.items()},
        }
        if current_version is not None:
            out["pipeline_version"] = current_version
            out["outdated"] = docs - int(versions.get(current_version, 0))
        return out

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """One document as `export documents` gives it, plus its text; None when not stored."""
        d = t.documents.c
        with self.engine.connect() as conn:
            row = conn.execute(select(d.id, d.url, d.outlet, d.date, d.title, d.text, d.analysis, d.reader,
                                      d.pipeline_version, d.date_origin, d.language)
                               .where(d.id == doc_id)).first()
        return None if row is None else dict(row._mapping)

    def iter_documents(self, *, outlet: str | None = None, batch: int = 500,
                       outdated_from: str | None = None) -> Iterator[dict[str, Any]]:
        """Documents in insertion order, as rows (analysis and reader still JSON text). With
        `outdated_from`, only those whose pipeline version differs from it."""
        d = t.documents.c
        last = 0
        while True:
            q = select(d.pk, d.id, d.url, d.outlet, d.date, d.title, d.language, d.text, d.analysis, d.reader,
                       d.pipeline_version, d.date_origin, d.input, d.input_format, d.content_hash
                       ).where(d.pk > last).order_by(d.pk).limit(batch)
            if outlet is not None:
                q = q.where(d.outlet == outlet)
            if outdated_from is not None:
                q = q.where(d.pipeline_version != outdated_from)
            with self.engine.connect() as conn:
                rows = [dict(r._mapping) for r in conn.execute(q)]
            if not rows:
                return
            yield from rows
            last = rows[-1]["pk"]

    def search(self, query: str, *, limit: int = 20, outlet: str | None = None, since: str | None = None,
               until: str | None = None, language: str | None = None,
               mark: tuple[str, str] = ("[", "]"), offset: int = 0, window: int | None = None) -> list[dict[str, Any]]:
        """Full-text search over title and text: every word of `query` must occur (diacritics and
        case ignored). Hits best first, each with id, title, outlet, date, snippet and score (higher is
        better; bm25 on SQLite, ts_rank on PostgreSQL, so not comparable across engines); `offset`
        skips that many of the best (the next page). Snippets are made for the hits returned only.

        `window=None` ranks every match. `window=N` bounds the work of a query whatever the word:
        the matches are taken newest stored first in windows of N (the first N, the next N, …) and
        ranked within their window, so a page reads and scores at most two windows instead of every
        match of a common word; the scores are the same (collection statistics stay global), and
        with at most N matches the order is exactly that of `window=None`."""
        return self._search(query, limit, offset, outlet, since, until, language, mark, window)[0]

    def search_window(self, query: str, *, window: int = 1000, limit: int = 20, offset: int = 0,
                      outlet: str | None = None, since: str | None = None, until: str | None = None,
                      language: str | None = None, mark: tuple[str, str] = ("[", "]")
                      ) -> tuple[list[dict[str, Any]], int | None]:
        """`search(..., window=window)` and, from the same queries, the number of matches counted
        up to `window + 1` (`window + 1`: more than `window`); None when the page fell past the last
        match (`count_matches` then tells)."""
        return self._search(query, limit, offset, outlet, since, until, language, mark, window)

    def _search(self, query: str, limit: int, offset: int, outlet: str | None, since: str | None,
                until: str | None, language: str | None, mark: tuple[str, str], window: int | None
                ) -> tuple[list[dict[str, Any]], int | None]:
        for name, value in (("since", since), ("until", until)):
            if value is not None and not is_date_filter(value):
                raise StoreError(Errors.E068.format(name=name, value=value))
        words = _WORD.findall(query)
        if not words:
            return [], 0
        if window is not None and window < 1:
            raise ValueError("window must be at least 1")
        params, filters = self._search_filters(words, outlet, since, until, language)
        params["chars"] = snippets.MAX_CHARS
        limit, offset = max(1, int(limit)), max(0, int(offset))
        # the slices of the ranking a page needs: (window's first match, how many, offset within it, count)
        slices = [(0, None, offset, limit)] if window is None else _window_slices(offset, limit, window)
        rows: list[dict[str, Any]] = []
        matches: int | None = None
        try:
            with self.engine.connect() as conn:
                for first, size, skip, take in slices:
                    part = {**params, "wfirst": first, "wsize": size, "offset": skip, "limit": take}
                    got = (self._search_sqlite(conn, filters, part) if self.dialect == "sqlite"
                           else self._search_pg(conn, filters, part))
                    if got and size is not None and matches is None:
                        # the first window's candidates, counted up to size + 1; a later one that
                        # holds any means more than size
                        matches = min(int(got[0]["_n"]), size + 1) if first == 0 else size + 1
                    rows += got
                    if len(got) < take:
                        break  # no more matches
        except SQLAlchemyError as exc:  # e.g. an FTS5 query it cannot parse
            raise _search_error(query, exc) from exc
        said = snippets.query_words(" ".join(words))
        return [{k: v for k, v in r.items() if k not in ("_n", "_text")}
                | {"snippet": snippets.snippet(r["_text"], said, mark), "score": _four_digits(float(r["score"]))}
                for r in rows], matches

    def count_matches(self, query: str, *, outlet: str | None = None, since: str | None = None,
                      until: str | None = None, language: str | None = None, at_most: int = 1000) -> int:
        """How many documents `search` finds for `query`, counted up to `at_most + 1` (a result of
        `at_most + 1` means "more than `at_most`"): the work stays bounded for a common word."""
        for name, value in (("since", since), ("until", until)):
            if value is not None and not is_date_filter(value):
                raise StoreError(Errors.E068.format(name=name, value=value))
        words = _WORD.findall(query)
        if not words:
            return 0
        params, filters = self._search_filters(words, outlet, since, until, language)
        params["cap"] = max(0, int(at_most)) + 1
        if self.dialect == "sqlite":
            join = "" if filters == "1 = 1" else " JOIN documents d ON d.pk = documents_fts.rowid"
            sql = (f"SELECT COUNT(*) FROM (SELECT documents_fts.rowid FROM documents_fts{join} "
                   f"WHERE documents_fts MATCH :q AND {filters} LIMIT :cap)")
        else:
            sql = ("SELECT COUNT(*) FROM (SELECT d.pk FROM documents d WHERE d.tsv @@ plainto_tsquery('simple', :q) "
                   f"AND {filters} LIMIT :cap) AS m")
        try:
            with self.engine.connect() as conn:
                return int(conn.execute(text(sql), params).scalar_one())
        except SQLAlchemyError as exc:
            raise _search_error(query, exc) from exc

    def search_claims(self, query: str, documents: Sequence[str], *, limit: int = 20) -> list[dict[str, Any]]:
        """The claims (attributions) of the given documents whose content holds every word of
        `query`, as the article search matches words (whole words, case ignored; diacritics too on
        SQLite), found through the claim index (revision 0007: FTS5, a tsvector on PostgreSQL).
        In the order of `documents` (the article hits, best first), then as each document has
        them; at most `limit`. Each: document, title, outlet, date, attribution, source_name,
        mode, content."""
        words = _WORD.findall(query)
        ids = list(dict.fromkeys(documents))[:500]
        if not words or not ids or limit < 1:
            return []
        params, _ = self._search_filters(words, None, None, None, None)
        params = {"q": params["q"]}
        in_ids = ", ".join(f":d{i}" for i in range(len(ids)))
        params.update({f"d{i}": d for i, d in enumerate(ids)})
        cols = "d.id AS document, d.title, d.outlet, d.date, a.attribution, a.source_name, a.mode, a.content"
        try:
            with self.engine.connect() as conn:
                if self.dialect == "sqlite":
                    rows = self._claims_sqlite(conn, cols, in_ids, params)
                else:
                    rows = read_rows(conn, f"SELECT {cols} FROM documents d JOIN attributions a ON a.document = d.pk "
                                     f"WHERE d.id IN ({in_ids}) AND a.tsv @@ plainto_tsquery('simple', :q) "
                                     "ORDER BY a.document, a.idx", params)
        except SQLAlchemyError as exc:
            raise _search_error(query, exc) from exc
        rank = {d: i for i, d in enumerate(ids)}
        rows.sort(key=lambda r: rank[r["document"]])  # stable: each document's claims stay in order
        return rows[:limit]

    @staticmethod
    def _claims_sqlite(conn: Connection, cols: str, in_ids: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """The documents' primary keys, the index's keys of the claims that match within their
        range (smallest to largest key: FTS5 reads one range of its lists, which costs less than
        one look-up per document), then the rows of the matched claims."""
        pks = dict(fetch(conn, f"SELECT pk, id FROM documents WHERE id IN ({in_ids})", params)[1])
        if not pks:
            return []
        found = fetch(conn, "SELECT rowid FROM attributions_fts WHERE attributions_fts MATCH :q "
                      "AND rowid >= :low AND rowid < :high",
                      {"q": params["q"], "low": min(pks) * CLAIM_KEY, "high": (max(pks) + 1) * CLAIM_KEY})[1]
        keys = {int(k) for (k,) in found if int(k) // CLAIM_KEY in pks}
        if not keys:
            return []
        docs = {f"p{i}": pk for i, pk in enumerate(sorted({k // CLAIM_KEY for k in keys}))}
        rows = read_rows(conn, f"SELECT {cols}, a.document AS _pk, a.idx AS _idx FROM attributions a "
                         f"JOIN documents d ON d.pk = a.document WHERE a.document IN ({', '.join(':' + k for k in docs)}) "
                         "ORDER BY a.document, a.idx", docs)
        return [{k: v for k, v in r.items() if k not in ("_pk", "_idx")} for r in rows
                if int(r["_pk"]) * CLAIM_KEY + int(r["_idx"]) in keys]

    def _search_filters(self, words: list[str], outlet: str | None, since: str | None, until: str | None,
                        language: str | None) -> tuple[dict[str, Any], str]:
        """The bound parameters (`q` in this engine's query syntax) and the WHERE clause of the filters."""
        params: dict[str, Any] = {"outlet": outlet, "since": since, "until": until, "language": language}
        clauses = {"outlet": "d.outlet = :outlet", "since": "d.date >= :since", "until": "d.date <= :until",
                   "language": "d.language = :language"}
        filters = " AND ".join(["1 = 1"] + [sql for key, sql in clauses.items() if params[key] is not None])
        if self.dialect == "sqlite":  # every word as a quoted FTS5 string: no operators from a user
            params["q"] = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        else:
            params["q"] = " ".join(words)
        return params, filters

    @staticmethod
    def _search_pg(conn: Connection, filters: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """tsvector and ts_rank; with a window, only the window's matches (newest first) are ranked.
        The page's rows come with the start of their text, for `snippet` (`ts_headline` parsed
        every hit's whole text again)."""
        if params["wsize"] is None:
            matches = (f"SELECT d.pk, d.tsv, 0 AS n FROM documents d, q WHERE d.tsv @@ q.query AND {filters}")
        else:  # the window and one match more, to count "more than"; that one is not ranked
            matches = ("SELECT pk, tsv, n FROM (SELECT pk, tsv, COUNT(*) OVER () AS n, ROW_NUMBER() OVER "
                       f"(ORDER BY pk DESC) AS i FROM (SELECT d.pk, d.tsv FROM documents d, q WHERE d.tsv @@ q.query "
                       f"AND {filters} ORDER BY d.pk DESC LIMIT :wsize + 1 OFFSET :wfirst) AS w) AS c "
                       "WHERE i <= :wsize")
        sql = ("WITH q AS (SELECT plainto_tsquery('simple', :q) AS query), "
               f"m AS ({matches}), "
               "hits AS (SELECT m.pk, m.n, ts_rank(m.tsv, q.query) AS score FROM m, q "
               "ORDER BY score DESC, m.pk LIMIT :limit OFFSET :offset) "
               "SELECT d.id, d.title, d.outlet, d.date, hits.n AS _n, substr(d.text, 1, :chars) AS _text, "
               "hits.score AS score FROM hits JOIN documents d ON d.pk = hits.pk ORDER BY hits.score DESC, hits.pk")
        return read_rows(conn, sql, params)

    @staticmethod
    def _search_sqlite(conn: Connection, filters: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """FTS5 in two steps: rank the matches by bm25 and keep one page of row ids, then read that
        page's rows by primary key, with the start of their text for `snippet` (FTS5's snippet()
        looked every hit up in the index again, as much work as the ranking). With a window, FTS5
        hands over the window's matches newest first by rowid and stops; they are counted, and
        sorted by bm25 here (in SQL the window functions and the sort cost half as much again as
        the matching and bm25 themselves)."""
        join = "" if filters == "1 = 1" else " JOIN documents d ON d.pk = documents_fts.rowid"
        if params["wsize"] is None:
            top = fetch(conn, f"SELECT documents_fts.rowid AS pk, bm25(documents_fts) AS rank FROM documents_fts{join} "
                        f"WHERE documents_fts MATCH :q AND {filters} ORDER BY rank, documents_fts.rowid "
                        "LIMIT :limit OFFSET :offset", params)[1]
            n = 0
        else:  # the window and one match more, to count "more than"; that one is not ranked
            window = fetch(conn,  # up to wsize + 1 rows, as the driver's tuples
                           f"SELECT documents_fts.rowid, bm25(documents_fts) FROM documents_fts{join} "
                           f"WHERE documents_fts MATCH :q AND {filters} ORDER BY documents_fts.rowid DESC "
                           "LIMIT :wsize + 1 OFFSET :wfirst", params)[1]
            n = len(window)
            ranked = sorted(window[:params["wsize"]], key=lambda r: (r[1], r[0]))
            top = ranked[params["offset"]:params["offset"] + params["limit"]]
        if not top:
            return []
        rank = {int(pk): float(score) for pk, score in top}
        ids = {f"p{i}": pk for i, pk in enumerate(rank)}
        rows = read_rows(conn, "SELECT d.pk, d.id, d.title, d.outlet, d.date, substr(d.text, 1, :chars) AS _text "
                         f"FROM documents d WHERE d.pk IN ({', '.join(':' + k for k in ids)})",
                         {**ids, "chars": params["chars"]})
        out = [{k: r[k] for k in ("id", "title", "outlet", "date", "_text")} | {"score": -rank[int(r["pk"])],
                                                                                 "_pk": int(r["pk"]), "_n": n}
               for r in rows]
        out.sort(key=lambda r: (-r["score"], r["_pk"]))
        for r in out:
            del r["_pk"]
        return out

    def sources(self, *, limit: int = 50, outlet: str | None = None, source_type: str | None = None
                ) -> dict[str, Any]:
        """Sources across the corpus: per source type, the sources with most claims (name, type,
        documents, claims), and per outlet the documents, attributed claims and the share of them
        that stand on anonymous or unnamed sources. Read from covering indexes (revision 0003);
        the outlet filter joins the documents; the type filter narrows the sources and types, not the
        outlets' counts (their share is of all their claims)."""
        s, d, a = t.sources.c, t.documents.c, t.attributions.c
        src_from = t.sources if outlet is None else t.sources.join(t.documents, d.pk == s.document)
        q = (select(s.name, s.type, func.count(func.distinct(s.document)).label("documents"),
                    func.sum(s.claims).label("claims"))
             .select_from(src_from).group_by(s.name, s.type)
             .order_by(func.sum(s.claims).desc(), func.count(func.distinct(s.document)).desc(), s.name)
             .limit(max(1, int(limit))))
        ty = (select(s.type, func.count().label("n"), func.sum(s.claims).label("claims")).select_from(src_from)
              .group_by(s.type).order_by(func.sum(s.claims).desc(), s.type))
        anon = func.sum(case((a.source_type.in_(("anonymous", "unnamed")), 1), else_=0))
        docs = select(d.outlet, func.count().label("documents")).group_by(d.outlet)
        att = (select(d.outlet, func.count().label("claims"), anon.label("anonymous_claims"))
               .select_from(t.attributions.join(t.documents, d.pk == a.document)).group_by(d.outlet))
        if outlet is not None:
            q, ty = q.where(d.outlet == outlet), ty.where(d.outlet == outlet)
            docs, att = docs.where(d.outlet == outlet), att.where(d.outlet == outlet)
        if source_type is not None:  # the outlets' table stays whole: a share of the filtered type would be 0 or 1
            q, ty = q.where(s.type == source_type), ty.where(s.type == source_type)
        with self.engine.connect() as conn:
            sources = [{**dict(r._mapping), "documents": int(r.documents), "claims": int(r.claims or 0)}
                       for r in conn.execute(q)]
            types = [{"type": r.type, "sources": int(r.n), "claims": int(r.claims or 0)} for r in conn.execute(ty)]
            per_outlet = {r.outlet: (int(r.claims), int(r.anonymous_claims or 0)) for r in conn.execute(att)}
            outlets = []
            for r in conn.execute(docs):
                claims, anon_claims = per_outlet.get(r.outlet, (0, 0))
                outlets.append({"outlet": r.outlet, "documents": int(r.documents), "claims": claims,
                                "anonymous_claims": anon_claims,
                                "anonymous_share": round(anon_claims / claims, 4) if claims else 0.0})
        outlets.sort(key=lambda o: (-o["documents"], str(o["outlet"] or "")))
        return {"sources": sources, "types": types, "outlets": outlets}

    def raw(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """A read query with bound `:name` parameters (for views and tools), each row a dict; never
        format values into `sql`. Run on the driver's cursor (see `read_rows`)."""
        with self.engine.connect() as conn:
            return read_rows(conn, sql, params)


def _four_digits(score: float) -> float:
    """A search score to four significant digits: bm25 of a word in nearly every document of a
    small store is about 1e-6, which rounding to four decimals made 0.0 for every hit."""
    return float(f"{score:.4g}")
