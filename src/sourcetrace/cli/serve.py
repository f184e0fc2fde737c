"""`sourcetrace serve`: the web app over a corpus store, on uvicorn. Thin over `sourcetrace.web`."""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import secrets
import sys
from typing import Any

from ..errors import Errors, InputError

TOKEN_ENV = "SOURCETRACE_TOKEN"
#: how `serve --workers N` hands its options to the worker processes uvicorn starts
SERVE_ENV = "SOURCETRACE_SERVE"
DEFAULT_WORKERS = max(1, min(4, os.cpu_count() or 1))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def read_only(store: Any) -> None:
    """Make every connection of the store refuse writes (SQLite `query_only`, PostgreSQL read-only
    transactions), so a read-only server cannot change the store even through a bug of ours. A
    SQLite store (in WAL mode, so readers never wait for a writer) is also read through a memory
    map of up to 1 GiB, shared by all connections and worker processes through the page cache."""
    from sqlalchemy import event

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        if store.dialect == "sqlite":
            cur.execute("PRAGMA query_only = ON")
            cur.execute("PRAGMA mmap_size = 1073741824")
        else:
            cur.execute("SET default_transaction_read_only = on")
            dbapi_conn.commit()
        cur.close()

    event.listen(store.engine, "connect", on_connect)
    store.engine.dispose()  # connections opened before (the schema check) are not reused


def check_port(host: str, port: int, workers: int = 1) -> None:
    """A port another server holds (or a host this machine has not) is one line before the server
    starts, not uvicorn's log line after the "serving" message. Each address is bound as uvicorn
    binds it (SO_REUSEADDR): with one worker every address the host resolves to ("localhost": often
    ::1 and 127.0.0.1), IPv6 ones IPv6-only (asyncio's create_server); with several, the host's
    IPv4 addresses (IPv6 for a host with ':'), as uvicorn's Config.bind_socket does."""
    import socket

    family = socket.AF_UNSPEC if workers == 1 else socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        infos = socket.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        for af, kind, proto, _name, address in dict.fromkeys(infos):
            with socket.socket(af, kind, proto) as sock:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if workers == 1 and af == socket.AF_INET6 and hasattr(socket, "IPPROTO_IPV6"):
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                sock.bind(address)
    except OSError as exc:
        raise InputError(Errors.E077.format(host=host, port=port, reason=exc.strerror or exc)) from exc


def cmd_serve(args: argparse.Namespace) -> int:
    import importlib.util

    for module in ("fastapi", "uvicorn", "jinja2", "multipart", "sqlalchemy"):
        if importlib.util.find_spec(module) is None:
            raise InputError(Errors.E050.format(missing=module))
    if not 0 < args.port < 65536:
        raise InputError(Errors.E051.format(port=args.port))
    if args.max_bytes < 1:
        raise InputError(Errors.E052.format())
    token = args.token or os.environ.get(TOKEN_ENV) or None
    if token is None and not is_loopback(args.host):
        token = secrets.token_urlsafe(24)
        print(f"sourcetrace: bound to {args.host}, not loopback: every request needs the token; open "
              f"http://{args.host}:{args.port}/?token={token} (or set ${TOKEN_ENV})", file=sys.stderr)
    if args.workers < 1:
        raise InputError(Errors.E073.format(workers=args.workers))
    import uvicorn

    from ..settings import resolve
    from ..store import Store

    url = str(resolve(db=args.db)["db"])
    options = {"db": url, "writable": args.writable, "token": token, "max_bytes": args.max_bytes}
    store = Store.open(url)  # a missing store or a failed migration stops here, in one line
    shown = store.url if "@" not in store.url else "the store"
    store.close()
    check_port(args.host, args.port, args.workers)
    print(f"sourcetrace: serving {shown} {'(writable)' if args.writable else '(read-only)'} on "
          f"http://{args.host}:{args.port}/ with {args.workers} worker process(es) — Ctrl-C stops", file=sys.stderr)
    run = {"host": args.host, "port": args.port, "log_level": "warning", "access_log": False, "server_header": False,
           "limit_concurrency": args.max_connections, "timeout_keep_alive": 5}
    if args.workers == 1:
        app = app_from_options(options)
        try:
            uvicorn.run(app, **run)
        finally:
            app.state_store.close()
    else:  # uvicorn starts the workers, each imports the app from here with the options in its environment
        os.environ[SERVE_ENV] = json.dumps(options)
        uvicorn.run("sourcetrace.cli.serve:app_from_environment", factory=True, workers=args.workers, **run)
    return 0


class _App:
    """The ASGI app with the store it reads, closed when the server stops."""

    def __init__(self, app: Any, store: Any) -> None:
        self.app, self.state_store = app, store

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


def app_from_options(options: dict[str, Any]) -> _App:
    from ..store import Store
    from ..web import WebSettings, create_app

    store = Store.open(str(options["db"]))
    if not options["writable"]:
        read_only(store)
    settings = WebSettings(writable=bool(options["writable"]), token=options["token"],
                           max_bytes=int(options["max_bytes"]))
    return _App(create_app(store, settings), store)


def app_from_environment() -> _App:
    """The app of one worker process of `serve --workers N` (uvicorn calls this factory)."""
    return app_from_options(json.loads(os.environ[SERVE_ENV]))


def add_parser(sub: Any) -> None:
    p = sub.add_parser("serve", help="the web app over the corpus store (read-only unless --writable)")
    p.add_argument("--db", metavar="URL", default=None,
                   help="store URL (default: settings file, else $SOURCETRACE_DB, else sqlite:///sourcetrace.db)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1; anything but loopback requires a token)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--writable", action="store_true", help="let /analyze store what it analysed")
    p.add_argument("--token", default=None,
                   help=f"require this token (header 'Authorization: Bearer …', or ?token= once); default "
                        f"${TOKEN_ENV}, generated when bound to anything but loopback")
    p.add_argument("--max-bytes", type=int, default=1_000_000, metavar="N",
                   help="largest article /analyze accepts (default 1,000,000 bytes)")
    p.add_argument("--max-connections", type=int, default=200, metavar="N",
                   help="concurrent connections per worker before new ones get 503 (default 200)")
    p.add_argument("--workers", type=int, default=DEFAULT_WORKERS, metavar="N",
                   help="worker processes answering requests (default: one per core, at most 4)")
    p.set_defaults(func=cmd_serve)
