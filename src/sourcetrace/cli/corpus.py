"""The corpus commands: ingest, status, export, search, sources, show, reanalyze. Thin over
`sourcetrace.corpus` and `sourcetrace.store`; every user mistake is one line and exit 2."""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from typing import Any

from ..errors import Errors, InputError
from ..readers.text import COMMAND_MAX_BYTES


def _need_extra() -> None:
    import importlib.util

    for module in ("sqlalchemy", "alembic", "warcio", "tqdm"):
        if importlib.util.find_spec(module) is None:
            raise InputError(Errors.E053.format(missing=module))


def _db_errors(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A database failure during a command (a lost connection, a full disk) is one line, exit 2."""

    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        from ..store import StoreError

        try:
            return func(args)
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise StoreError(Errors.E049.format(kind=type(exc).__name__, reason=reason)) from exc

    return wrapper


def open_store(args: argparse.Namespace, *, create: bool = False) -> Any:
    _need_extra()
    from ..settings import resolve
    from ..store import Store

    settings = resolve(db=args.db)
    return Store.open(str(settings["db"]), create=create)


def _dump(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    _need_extra()
    from ..corpus import ingest
    from ..corpus.inputs import check_inputs
    from ..settings import resolve

    if args.max_bytes <= 0:
        raise InputError(Errors.E052.format())
    check_inputs(args.inputs)
    settings = resolve(db=args.db, workers=args.workers, commit_every=args.commit_every)
    from ..store import Store

    if args.engine == "ray":
        return _ingest_ray(args, settings)
    if args.out is not None or args.address is not None:
        raise InputError(Errors.E071.format(what="--out/--address without --engine ray"))
    with Store.open(str(settings["db"]), create=True) as store:
        summary = ingest(store, args.inputs, workers=settings["workers"], commit_every=settings["commit_every"],
                         sentence_model=args.sentence_model, skip_same_text=args.skip_same_text,
                         max_bytes=args.max_bytes)
    return _ingest_report(summary)


def _ingest_ray(args: argparse.Namespace, settings: dict[str, Any]) -> int:
    """`ingest --engine ray`: analysed on Ray into Parquet shards, loaded into the store unless --out."""
    from pathlib import Path

    from ..engines.ray_engine import driver_output_to_stderr, ingest_ray, staging_dir
    from ..store import Store

    if args.out is not None and args.db is not None:
        raise InputError(Errors.E071.format(what="both --db and --out given"))
    if args.out is not None:
        out = Path(args.out)
        if out.exists() and not out.is_dir():
            raise InputError(Errors.E072.format(path=args.out))
        with driver_output_to_stderr():
            summary = ingest_ray(args.inputs, out=out, address=args.address, workers=args.workers or 0,
                                 shard_size=args.shard_size, sentence_model=args.sentence_model,
                                 max_bytes=args.max_bytes)
        return _ingest_report(summary)
    db_url = str(settings["db"])
    with Store.open(db_url, create=True) as store, driver_output_to_stderr():
        summary = ingest_ray(args.inputs, out=staging_dir(db_url), store=store, address=args.address,
                             workers=args.workers or 0, shard_size=args.shard_size,
                             sentence_model=args.sentence_model, skip_same_text=args.skip_same_text,
                             max_bytes=args.max_bytes)
    return _ingest_report(summary)


def _ingest_report(summary: Any) -> int:
    for path, reason in summary.skipped[:10]:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    if len(summary.skipped) > 10:
        print(f"… and {len(summary.skipped) - 10} more file(s) that are no articles", file=sys.stderr)
    for f in summary.failures[:20]:
        print(f"set aside {f.input}{' ' + f.where if f.where and f.where not in f.reason else ''}: {f.reason}",
              file=sys.stderr)
    if len(summary.failures) > 20:
        print(f"… and {len(summary.failures) - 20} more (sourcetrace status lists them all)", file=sys.stderr)
    print(f"sourcetrace: {summary.line()}", file=sys.stderr)
    if summary.failed and not summary.added and not summary.duplicates:
        return 1
    return 1 if summary.failed else 0


def cmd_reanalyze(args: argparse.Namespace) -> int:
    from ..corpus import reanalyze
    from ..settings import resolve

    with open_store(args) as store:
        summary = reanalyze(store, workers=resolve(workers=args.workers)["workers"],
                            sentence_model=args.sentence_model, force=args.all)
    print(f"sourcetrace: {summary.added} reanalysed, {summary.failed} failed ({summary.seconds:.1f} s)",
          file=sys.stderr)
    return 1 if summary.failed else 0


def cmd_status(args: argparse.Namespace) -> int:
    from ..corpus import pipeline_version

    with open_store(args) as store:
        s = store.status(pipeline_version())
    if args.json:
        _dump(s)
        return 0
    print(f"store       {s['store']}")
    print(f"documents   {s['documents']}  ({s['outdated']} under an older pipeline version; "
          f"current {s['pipeline_version']})")
    print(f"languages   {', '.join(f'{k} {v}' for k, v in sorted(s['languages'].items()))}")
    print(f"duplicates  {s['duplicates']} skipped over all runs")
    print(f"runs        {len(s['runs'])}")
    for r in s["runs"][-10:]:
        print(f"  #{r['run']} {r['command']} {r['started_at']}  added {r['added']}, duplicates {r['duplicates']}, "
              f"set aside {r['failed']}  [{r['state']}]")
    print(f"failures    {len(s['failures'])}")
    for f in s["failures"][: args.limit]:
        print(f"  {f['input']}: {f['reason']}")
    if len(s["failures"]) > args.limit:
        print(f"  … {len(s['failures']) - args.limit} more (--limit N, or --json)")
    return 0


def _export_rows(store: Any) -> Iterator[dict[str, Any]]:
    for row in store.iter_documents():
        analysis = json.loads(row["analysis"])
        head = {k: row[k] for k in ("id", "url", "outlet", "date", "title")}
        yield {**head, **{k: v for k, v in analysis.items() if k not in head}}


FLAT = ("id", "url", "outlet", "date", "date_origin", "title", "language", "text_length", "attributions",
        "sources", "hedges", "timexes", "quantities", "anonymous_sources")


def _flat(doc: dict[str, Any]) -> dict[str, Any]:
    out = {k: doc.get(k) for k in FLAT[:8]}
    for k in ("attributions", "sources", "hedges", "timexes", "quantities"):
        out[k] = len(doc.get(k, []))
    out["anonymous_sources"] = sum(1 for s in doc.get("sources", []) if s.get("type") in ("anonymous", "unnamed"))
    return out


def cmd_export(args: argparse.Namespace) -> int:
    if args.what != "documents":
        from .link import export as export_linked

        return export_linked(args)
    if args.format == "parquet" and not args.output:
        raise InputError(Errors.E047.format())
    with open_store(args) as store:
        if args.format == "parquet":
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError as exc:
                raise InputError(Errors.E053.format(missing="pyarrow")) from exc
            rows = []
            for d in _export_rows(store):
                rows.append({**_flat(d), "analysis": json.dumps(
                    {k: v for k, v in d.items() if k not in FLAT[:5]}, ensure_ascii=False)})
            pq.write_table(pa.Table.from_pylist(rows), args.output)
            print(f"sourcetrace: {len(rows)} document(s) written to {args.output}", file=sys.stderr)
            return 0
        n = 0
        with (open(args.output, "w", encoding="utf-8", newline="") if args.output
              else nullcontext(sys.stdout)) as out:
            writer = csv.DictWriter(out, fieldnames=list(FLAT)) if args.format == "csv" else None
            if writer:
                writer.writeheader()
            for d in _export_rows(store):
                if writer:
                    writer.writerow(_flat(d))
                else:
                    out.write(json.dumps(d, ensure_ascii=False) + "\n")
                n += 1
    if args.output:
        print(f"sourcetrace: {n} document(s) written to {args.output}", file=sys.stderr)
    return 0


def _unknown_outlet(store: Any, outlet: str) -> None:
    """An --outlet that names no outlet of the store is a mistake of the user's (as an unknown
    --type or story): one line naming the outlets of a like spelling, exit 2; never empty headings
    with exit 0. Checked only when the filter found nothing, so a filter that matches costs nothing."""
    import difflib

    if store.raw("SELECT 1 AS one FROM documents WHERE outlet = :o LIMIT 1", {"o": outlet}):
        return
    names = [str(r["outlet"]) for r in store.raw("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")]
    folded = {n.casefold(): n for n in names}
    near = difflib.get_close_matches(outlet.casefold(), list(folded), n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(folded[n]) for n in near)}?)" if near else ""
    raise InputError(Errors.E094.format(outlet=outlet, hint=hint))


def cmd_search(args: argparse.Namespace) -> int:
    if not str(args.query).split():
        raise InputError(Errors.E078.format())
    with open_store(args) as store:
        hits = store.search(args.query, limit=args.limit, outlet=args.outlet, since=args.since, until=args.until,
                            language=args.lang)
        if args.outlet is not None and not hits:
            _unknown_outlet(store, args.outlet)
    if args.json:
        _dump(hits)
        return 0
    if not hits:
        print("no hits", file=sys.stderr)
    for h in hits:
        print(f"{h['id']}  {h['date'] or '':10}  {h['outlet'] or ''}  {h['title'] or ''}")
        print(f"    {' '.join(str(h['snippet']).split())}")
    return 0


def at_least_one(value: str) -> int:
    """An argparse type: a whole number of at least 1 (`--limit 0` listed one hit, `-1` all)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value}: give at least 1")
    return n


def cmd_sources(args: argparse.Namespace) -> int:
    if args.type is not None:
        from typing import get_args

        from ..document import SourceType

        if args.type not in get_args(SourceType):
            raise InputError(Errors.E076.format(value=args.type, choices=", ".join(get_args(SourceType))))
    with open_store(args) as store:
        res = store.sources(limit=args.limit, outlet=args.outlet, source_type=args.type)
        if args.outlet is not None and not res["outlets"]:
            _unknown_outlet(store, args.outlet)
    if args.json:
        _dump(res)
        return 0
    print("SOURCE TYPES")
    for t in res["types"]:
        print(f"  {t['type']:<18} {t['sources']:>7} source(s) {t['claims']:>8} claim(s)")
    print("SOURCES (most claims first)")
    for s in res["sources"]:
        print(f"  {s['name'][:40]:<40} {s['type']:<16} {s['documents']:>6} doc(s) {s['claims']:>6} claim(s)")
    print("BY OUTLET")
    for o in res["outlets"]:
        print(f"  {str(o['outlet'] or '(none)')[:30]:<30} {o['documents']:>6} doc(s) {o['claims']:>7} claim(s) "
              f"{100 * o['anonymous_share']:5.1f} % anonymous or unnamed")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from ..readers.analysis import from_dict

    with open_store(args) as store:
        row = store.get(args.id)
    if row is None:
        raise InputError(Errors.E048.format(id=args.id))
    analysis = json.loads(row["analysis"])
    if args.format == "json":
        out = json.dumps(analysis, ensure_ascii=False, indent=1) + "\n"
    elif args.format == "html":
        from ..writers.html import render as render_html

        out = render_html(from_dict(analysis, row["text"]))
    else:
        from ..writers.text import render as render_text

        out = render_text(from_dict(analysis, row["text"]))
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(out)
        print(f"sourcetrace: document {args.id!r} written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(out)
    return 0


def add_parsers(sub: Any) -> None:
    def db(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", metavar="URL", default=None,
                       help="store URL (default: settings file, else $SOURCETRACE_DB, else sqlite:///sourcetrace.db)")

    p = sub.add_parser("ingest", help="analyse folders, JSONL and WARC files into the corpus store")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="folder, .jsonl(.gz), .warc(.gz), or .txt/.html(.gz)")
    db(p)
    p.add_argument("--workers", type=int, default=None, metavar="N", help="worker processes (default: one per core)")
    p.add_argument("--commit-every", type=int, default=None, metavar="N",
                   help="documents per transaction (default 50)")
    p.add_argument("--sentence-model", action="store_true", help="also run the learned quote-sentence step")
    p.add_argument("--max-bytes", type=int, default=COMMAND_MAX_BYTES, metavar="N",
                   help="set aside a document larger than this, with its reason (as analyze: default 500 KB, an HTML "
                        "page 10 times as large, its text not; see README: Time and input size)")
    p.add_argument("--skip-same-text", action="store_true",
                   help="skip a document whose text a stored one has under another id and URL (default: add it "
                        "as a document of its own, which 'link' finds as a copy)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local worker processes (default) or Ray Data (the 'ray' extra)")
    p.add_argument("--address", default=None, metavar="ADDR",
                   help="with --engine ray: a running Ray cluster (default: start Ray on this machine)")
    p.add_argument("--out", default=None, metavar="DIR",
                   help="with --engine ray: keep Parquet shards in DIR instead of loading a store "
                        "(load them later with: sourcetrace ingest DIR/*.parquet)")
    p.add_argument("--shard-size", type=int, default=500, metavar="N",
                   help="with --engine ray: documents per shard, the unit of resuming (default 500)")
    p.set_defaults(func=_db_errors(cmd_ingest))

    p = sub.add_parser("reanalyze", help="bring documents stored under an older pipeline version up to date")
    db(p)
    p.add_argument("--workers", type=int, default=None, metavar="N", help="worker processes (default: one per core)")
    p.add_argument("--all", action="store_true", help="reanalyse every document, not only outdated ones")
    p.add_argument("--sentence-model", action="store_true", help="also run the learned quote-sentence step")
    p.set_defaults(func=_db_errors(cmd_reanalyze))

    p = sub.add_parser("status", help="documents, runs and failures of the store")
    db(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--limit", type=at_least_one, default=30, help="failures listed (text output)")
    p.set_defaults(func=_db_errors(cmd_status))

    p = sub.add_parser("export", help="write the stored documents with their analysis")
    p.add_argument("what", choices=["documents", "stories", "claims", "claimreview"],
                   help="documents (with their analysis); stories, claims, claimreview (after 'sourcetrace link')")
    db(p)
    p.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl",
                   help="jsonl: the article JSON per line; csv/parquet: one row per document (default: jsonl)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    p.set_defaults(func=_db_errors(cmd_export))

    p = sub.add_parser("search", help="full-text search over the stored articles")
    p.add_argument("query", help="words that must all occur")
    db(p)
    p.add_argument("--json", action="store_true", help="print a JSON list of hits")
    p.add_argument("--limit", type=at_least_one, default=20, help="hits (default 20)")
    p.add_argument("--outlet", help="only this outlet")
    p.add_argument("--since", metavar="DATE", help="only documents dated on or after DATE")
    p.add_argument("--until", metavar="DATE", help="only documents dated on or before DATE")
    p.add_argument("--lang", help="only documents in this language")
    p.set_defaults(func=_db_errors(cmd_search))

    p = sub.add_parser("sources", help="sources across the corpus: types, claims, anonymous share by outlet")
    db(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--limit", type=at_least_one, default=30, help="sources listed (default 30)")
    p.add_argument("--outlet", help="only this outlet")
    p.add_argument("--type", help="only sources of this type")
    p.set_defaults(func=_db_errors(cmd_sources))

    p = sub.add_parser("show", help="one stored document as the single-article reports show it")
    p.add_argument("id", help="document id")
    db(p)
    p.add_argument("--format", choices=["text", "json", "html"], default="text", help="report format")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (default: standard output)")
    p.set_defaults(func=_db_errors(cmd_show))
