"""The web app: FastAPI routes over the corpus store, Jinja2 templates with autoescaping, and the
single-article HTML report for documents (the same writer as `sourcetrace show --format html`).

Every HTML page has a JSON twin under /api (described at /api/openapi.json). Errors have one
shape on /api — `{"error": {"status", "title", "detail"}}` — and are a plain page elsewhere; a
stack trace never reaches a client. Security: autoescaped templates and the report's escaping,
a Content-Security-Policy on every response, bound SQL parameters only, a request size limit,
read-only unless started with `writable=True`, and a token when one is set (the CLI sets one
whenever the app is bound to anything but loopback).
"""

from __future__ import annotations

import functools
import hmac
import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Any, ParamSpec, TypeVar
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import SourcetraceError
from ..store import Store, StoreError
from ..store.store import is_date_filter
from ..writers.text import count
from . import queries

log = logging.getLogger("sourcetrace.web")

P = ParamSpec("P")
R = TypeVar("R")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The policy of every page but the stored article's report (which brings its own, see `_report_page`).
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
TOKEN_COOKIE = "sourcetrace_token"
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_MARK = ("\x02", "\x03")

# query parameters: every text bounded, pages and limits in range
Text = Annotated[str | None, Query(max_length=500)]
Q = Annotated[str, Query(max_length=500)]
Limit = Annotated[int, Query(ge=1, le=100)]
PageNo = Annotated[int, Query(alias="page", ge=1, le=100000)]


@dataclass(frozen=True)
class WebSettings:
    """How the app was started: writable (analyses may be stored), the token (None: none asked),
    the largest article `/analyze` accepts in bytes (requests may be a little larger), and how many
    search answers each worker keeps."""

    writable: bool = False
    token: str | None = None
    max_bytes: int = 1_000_000
    #: answers to repeated searches kept per worker until the store changes (0: none)
    search_cache: int = 512


# -- helpers for templates ---------------------------------------------------------------------------
def safe_url(url: object) -> str | None:
    """An article's URL as a link target only when it is http(s); never `javascript:` or `data:`."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    return u if urlsplit(u).scheme.lower() in ("http", "https") and "\\" not in u else None


def seg(value: object) -> str:
    """A value as one URL path segment (slashes too are escaped)."""
    return quote(str(value), safe="")


def marked(snippet: object) -> Markup:
    """A search snippet with its hit marks as <mark>, everything else escaped."""
    text = str(escape(str(snippet or "")))
    return Markup(text.replace(_MARK[0], "<mark>").replace(_MARK[1], "</mark>"))


def doc_link(doc_id: object, title: object = None) -> Markup:
    """A link to a document's page, its title (else its id) as the text; both escaped. A function,
    not a template macro: pages call it for every row, and a Jinja macro call costs ten times more."""
    return Markup(f'<a href="/documents/{seg(doc_id)}">{escape(title or doc_id)}</a>')  # seg: %-escaped


def source_link(name: object, entity: object = None) -> Markup:
    """A link to a source's page: its entity id once linked, else its name; the name as the text."""
    return Markup(f'<a href="/sources/{seg(entity or name)}">{escape(name)}</a>')


def counted(n: object, word: str) -> str:
    """ "1 claim", "2 claims", "0 claims": a count with its noun in the singular where it is one."""
    return count(int(n or 0), word)  # type: ignore[call-overload]


def _env() -> Environment:
    env = Environment(loader=PackageLoader("sourcetrace.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True), auto_reload=False)
    env.filters.update(seg=seg, safe_url=safe_url, marked=marked, counted=counted)
    env.globals.update(doc_link=doc_link, source_link=source_link)
    return env


# -- errors --------------------------------------------------------------------------------------------
_TITLES = {400: "Bad request", 401: "Token required", 403: "Forbidden", 404: "Not found",
           405: "Method not allowed", 413: "Request too large", 422: "Invalid parameters", 500: "Server error"}


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def error_response(env: Environment, path: str, status: int, detail: str) -> Response:
    title = _TITLES.get(status, "Error")
    if _is_api(path):
        return JSONResponse({"error": {"status": status, "title": title, "detail": detail}}, status_code=status,
                            headers=_SECURITY_HEADERS)
    page = env.get_template("error.html").render(status=status, title=title, detail=detail)
    return HTMLResponse(page, status_code=status, headers=_SECURITY_HEADERS)


_SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                     "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


# -- middleware (plain ASGI) --------------------------------------------------------------------------
class Guard:
    """Request size limit, token check and security headers, before any route runs."""

    def __init__(self, app: ASGIApp, env: Environment, settings: WebSettings) -> None:
        self.app, self.env, self.settings = app, env, settings
        from ..readers.text import size_limit

        # an HTML page may be 10 × --max-bytes (its text is what is analysed), with the form's other fields and framing
        self.limit = size_limit(settings.max_bytes, True) + 64 * 1024

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "/")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self.settings.token is not None:
            ok, set_cookie = self._token_ok(scope, headers)
            if not ok:
                await error_response(self.env, path, 401, "this server needs its token: open it with ?token=… "
                                     "or send 'Authorization: Bearer …'")(scope, receive, send)
                return
        else:
            set_cookie = False
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await error_response(self.env, path, 413, f"requests are limited to {self.limit} bytes")(
                scope, receive, send)
            return
        body = b""
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                more = bool(message.get("more_body"))
                if len(body) > self.limit:
                    await error_response(self.env, path, 413, f"requests are limited to {self.limit} bytes")(
                        scope, receive, send)
                    return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        token = self.settings.token

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                present = {k.lower() for k, _ in raw}
                for k, v in _SECURITY_HEADERS.items():
                    if k.lower().encode() not in present:
                        raw.append((k.lower().encode(), v.encode()))
                if set_cookie and token is not None:
                    raw.append((b"set-cookie", f"{TOKEN_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/".encode()))
                message["headers"] = raw
            await send(message)

        await self.app(scope, replay, send_with_headers)

    def _token_ok(self, scope: Scope, headers: dict[str, str]) -> tuple[bool, bool]:
        assert self.settings.token is not None
        want = self.settings.token.encode()
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and hmac.compare_digest(auth[7:].strip().encode(), want):
            return True, False
        for part in headers.get("cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == TOKEN_COOKIE and hmac.compare_digest(value.encode(), want):
                return True, False
        from urllib.parse import parse_qs

        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = query.get("token", [""])[0]
        if given and hmac.compare_digest(given.encode(), want):
            return True, True
        return False, False


# -- the app -------------------------------------------------------------------------------------------
def create_app(store: Store, settings: WebSettings | None = None) -> ASGIApp:
    """The ASGI app over an open store (wrapped in the guard middleware)."""
    settings = settings or WebSettings()
    env = _env()
    overview_cache = queries.OverviewCache(store, lambda s: queries.overview(s))
    search_cache = queries.ResultCache(store, size=settings.search_cache)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        overview_cache.warm()
        yield

    app = FastAPI(title="sourcetrace", summary="The sourcing of news articles in a corpus store: documents, "
                  "sources, stories and claims.", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  debug=False, lifespan=lifespan)
    app.state.store = store
    app.state.settings = settings
    app.mount("/static", StaticFiles(packages=[("sourcetrace.web", "static")]), name="static")

    def page(template: str, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(template).render(request_path=request.url.path, writable=settings.writable,
                                                 **context)
        return HTMLResponse(html, status_code=status)

    inline = store.dialect == "sqlite"

    def reads(fn: Callable[P, R]) -> Callable[P, Any]:
        """A route that reads the store. On SQLite it runs on the event loop: its queries are CPU
        work on a memory map that never waits for a writer (WAL), bounded by the pages' limits,
        and FastAPI's hop to its thread pool and back cost 0.5–0.8 ms a request, as much as a
        document page's queries. On PostgreSQL, which waits for the network, it stays a plain
        function, which FastAPI runs in its thread pool."""
        if not inline:
            return fn

        @functools.wraps(fn)
        async def run(*args: P.args, **kwargs: P.kwargs) -> R:
            return fn(*args, **kwargs)

        return run

    def not_found(what: str) -> HTTPException:
        return HTTPException(404, f"no {what} in this store")

    def check_date(name: str, value: str | None) -> str | None:
        if value and not (_DATE.fullmatch(value) and is_date_filter(value)):
            raise HTTPException(400, f"{name} must be a date: YYYY-MM-DD, YYYY-MM or YYYY")
        return value or None

    # errors ----------------------------------------------------------------------------------------
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(env, request.url.path, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if any(e.get("type") == "json_invalid" for e in exc.errors()):
            return error_response(env, request.url.path, 400, "the request body is not valid JSON; "
                                  "send a JSON object, e.g. {\"text\": \"…\"}")
        if any(e.get("type") == "dict_type" and tuple(e.get("loc", ()))[:1] == ("body",) for e in exc.errors()):
            return error_response(env, request.url.path, 400, "the request body is no JSON object; "
                                  "send one, e.g. {\"text\": \"…\"}")
        fields = ", ".join(".".join(str(p) for p in e.get("loc", ())[1:]) or "request" for e in exc.errors())
        return error_response(env, request.url.path, 422, f"invalid or missing parameter: {fields}")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return error_response(env, request.url.path, 400, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path)
        return error_response(env, request.url.path, 500, "the server could not answer this request; "
                              "its log has the details")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    # overview --------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request) -> HTMLResponse:
        return page("index.html", request, o=overview_cache.get())

    @app.get("/api/overview", summary="The corpus at a glance",
             description="Computed once and kept until the store changes (a new document, run, failure or link).")
    def api_overview() -> dict[str, Any]:
        return overview_cache.get()

    # documents -------------------------------------------------------------------------------------
    def doc_list(outlet: str | None, since: str | None, until: str | None, language: str | None,
                 source: str | None, page_no: int) -> dict[str, Any]:
        return queries.documents(store, outlet=outlet or None, since=check_date("since", since),
                                 until=check_date("until", until), language=language or None, source=source or None,
                                 page=page_no)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    @reads
    def documents(request: Request, outlet: Text = None, since: Text = None, until: Text = None,
                  language: Text = None, source: Text = None,
                  page_no: PageNo = 1) -> HTMLResponse:
        result = doc_list(outlet, since, until, language, source, page_no)
        filters = {"outlet": outlet or "", "since": since or "", "until": until or "", "language": language or "",
                   "source": source or ""}
        return page("documents.html", request, r=result, filters=filters)

    @app.get("/api/documents", summary="Documents, newest first (50 a page), with filters")
    @reads
    def api_documents(outlet: Text = None, since: Text = None, until: Text = None, language: Text = None,
                      source: Text = None,
                      page_no: PageNo = 1) -> dict[str, Any]:
        return doc_list(outlet, since, until, language, source, page_no)

    def stored_page(doc_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        row, context = queries.document_page(store, doc_id)
        if row is None:
            raise not_found(f"document with id {doc_id!r}")
        return row, context

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    @reads
    def document(request: Request, doc_id: str) -> Response:
        row, context = stored_page(doc_id)
        analysis = json.loads(row["analysis"])
        extra = env.get_template("document_context.html").render(row=row, context=context,
                                                                  sources=analysis.get("sources", []),
                                                                  credits=analysis.get("credits", []))
        return _report_page(analysis, row["text"], env, extra)

    @app.get("/api/documents/{doc_id:path}", summary="One stored document with its analysis",
             description="The document's metadata and text, `analysis` (the article JSON, docs/schema.json, "
                         "offsets into `text`), and `corpus` (its story and linked claims, once linked).")
    @reads
    def api_document(doc_id: str) -> dict[str, Any]:
        row, context = stored_page(doc_id)
        out = {k: row[k] for k in ("id", "url", "outlet", "date", "date_origin", "title", "language",
                                    "pipeline_version", "text")}
        out["analysis"] = json.loads(row["analysis"])
        out["corpus"] = context
        return out

    # search ----------------------------------------------------------------------------------------
    def run_search(q: str, outlet: str | None, since: str | None, until: str | None, limit: int,
                   page_no: int) -> dict[str, Any]:
        """One page of hits and their claims, and the number of matches (counted up to
        `SEARCH_WINDOW`; `matches_more`: there are more). Ranking: bm25 within windows of
        `SEARCH_WINDOW` matches, newest stored first (see `Store.search`). Repeated searches are
        answered from `search_cache`; the result is a copy the caller may change."""
        since, until = check_date("since", since), check_date("until", until)
        filters: dict[str, Any] = {"outlet": outlet or None, "since": since, "until": until}

        def compute() -> dict[str, Any]:
            if not q.strip():
                return {"query": q, "documents": [], "claims": [], "page": page_no, "more": False,
                        "matches": 0, "matches_more": False}
            window = queries.SEARCH_WINDOW
            hits, n = store.search_window(q, window=window, limit=limit + 1, offset=(page_no - 1) * limit,
                                          mark=_MARK, **filters)
            more, hits = len(hits) > limit, hits[:limit]
            claims = queries.search_claims(store, q, [h["id"] for h in hits], limit=limit) if hits else []
            if n is None:  # a page past the last match: counted on its own
                n = store.count_matches(q, at_most=window, **filters)
            return {"query": q, "documents": hits, "claims": claims, "page": page_no, "more": more,
                    "matches": min(n, window), "matches_more": n > window}

        r = search_cache.get((q, outlet or None, since, until, limit, page_no), compute)
        return {**r, "documents": [dict(h) for h in r["documents"]], "claims": [dict(c) for c in r["claims"]]}

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    @reads
    def search(request: Request, q: Q = "", outlet: Text = None, since: Text = None, until: Text = None,
               limit: Limit = 20, page_no: PageNo = 1) -> HTMLResponse:
        filters = {"q": q, "outlet": outlet or "", "since": since or "", "until": until or "", "limit": limit}
        return page("search.html", request, r=run_search(q, outlet, since, until, limit, page_no),
                    filters={k: v for k, v in filters.items() if v}, window=queries.SEARCH_WINDOW)

    @app.get("/api/search", summary="Full-text search over articles (every word, best first, `limit` a page) "
             "and the claims of those articles that hold the words",
             description=f"Ranking: bm25 (`ts_rank` on PostgreSQL) within windows of {queries.SEARCH_WINDOW:,} "
                         "matches taken newest stored first — page 1 ranks the newest "
                         f"{queries.SEARCH_WINDOW:,} matches, later pages go on to older ones; with at most "
                         f"{queries.SEARCH_WINDOW:,} matches this is the ranking of every match. `matches` is "
                         f"counted up to {queries.SEARCH_WINDOW:,}; `matches_more` says there are more.")
    @reads
    def api_search(q: Q = "", outlet: Text = None, since: Text = None, until: Text = None,
                   limit: Limit = 20, page_no: PageNo = 1) -> dict[str, Any]:
        r = run_search(q, outlet, since, until, limit, page_no)
        for h in r["documents"]:
            h["snippet"] = str(h["snippet"] or "").replace(_MARK[0], "[").replace(_MARK[1], "]")
        return r

    # sources ---------------------------------------------------------------------------------------
    def source_or_404(source_id: str, page_no: int) -> dict[str, Any]:
        found = queries.source(store, source_id, page=page_no)
        if found is None:
            raise not_found(f"source {source_id!r}")
        return found

    @app.get("/sources/{source_id:path}", response_class=HTMLResponse, include_in_schema=False)
    @reads
    def source(request: Request, source_id: str, page_no: PageNo = 1) -> HTMLResponse:
        return page("source.html", request, s=source_or_404(source_id, page_no))

    @app.get("/api/sources/{source_id:path}", summary="One source across the corpus: claims, documents, outlets, "
             "relays (50 of each a page)",
             description="`source_id` is the entity id `sourcetrace link` gave the source (`entities.id`); before "
                         "the store is linked, the source's name.")
    @reads
    def api_source(source_id: str, page_no: PageNo = 1) -> dict[str, Any]:
        return source_or_404(source_id, page_no)

    # stories ---------------------------------------------------------------------------------------
    def stories_page(page_no: int) -> dict[str, Any]:
        """One page of stories, largest first, whether there is a next one, and whether the store is linked."""
        rows = queries.stories(store, limit=queries.PAGE + 1, offset=(page_no - 1) * queries.PAGE)
        return {"stories": rows[:queries.PAGE], "page": page_no, "more": len(rows) > queries.PAGE,
                "linked": bool(rows) or queries.is_linked(store)}

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    @reads
    def stories(request: Request, page_no: PageNo = 1) -> HTMLResponse:
        p = stories_page(page_no)
        return page("stories.html", request, stories=p["stories"], more=p["more"], page_no=page_no, linked=p["linked"])

    @app.get("/api/stories", summary="Stories, largest first (50 a page)")
    @reads
    def api_stories(page_no: PageNo = 1) -> dict[str, Any]:
        return stories_page(page_no)

    def story_or_404(story_id: str, page_no: int) -> dict[str, Any]:
        found = queries.story(store, story_id, page=page_no)
        if found is None:
            raise not_found(f"story {story_id!r}")
        return found

    @app.get("/stories/{story_id:path}", response_class=HTMLResponse, include_in_schema=False)
    @reads
    def story(request: Request, story_id: str, page_no: PageNo = 1) -> HTMLResponse:
        s = story_or_404(story_id, page_no)
        return page("story.html", request, s=s, graph=queries.graph_layout(s["citation_edges"]))

    @app.get("/api/stories/{story_id:path}", summary="One story: articles, claims with status and origins "
             "(50 of each a page), citation graph")
    @reads
    def api_story(story_id: str, page_no: PageNo = 1) -> dict[str, Any]:
        return story_or_404(story_id, page_no)

    # analyze ---------------------------------------------------------------------------------------
    @app.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_form(request: Request) -> HTMLResponse:
        return page("analyze.html", request, max_bytes=settings.max_bytes)

    def run_analysis(data: bytes, kind: str, date: str | None, lang: str | None, keep: bool,
                     api: bool = False) -> tuple[Any, str | None]:
        from ..api import check_date as check_article_date
        from ..api import check_lang
        from ..corpus.analyse import analyse_item
        from ..corpus.inputs import Item
        from ..readers.text import check_size
        from ..store import DocumentRecord

        where = "web:/analyze"
        if keep and not settings.writable:
            raise HTTPException(403, "this server is read-only; start it with --writable to store analyses")
        if not data.strip():
            raise HTTPException(400, "paste an article or choose an HTML file")
        try:  # (analyze's size rule, with the server's --max-bytes: a text up to it, an HTML page up to 10 × it)
            check_size(where, data, settings.max_bytes, html=None if kind == "auto" else kind == "html", or_raise="")
        except SourcetraceError as exc:
            raise HTTPException(413, str(exc)) from exc
        # (the web's own wording: the CLI's messages name --date and --lang, which a web user has not)
        if date:
            try:
                check_article_date(date)
            except SourcetraceError as exc:
                want = "YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"
                raise HTTPException(400, f'"date" {date!r} is not a date; send it as {want}, or leave it out' if api
                                    else f"the date {date!r} is not a date; enter {want}, or leave the field empty"
                                    ) from exc
        try:
            check_lang(lang or None)
        except SourcetraceError as exc:
            raise HTTPException(400, f'"lang" {lang!r} is not supported; send one of: auto, de, en' if api
                                else f"the language {lang!r} is not supported; choose auto, de or en") from exc
        item = Item(input=where, where="", id=None, data=data, kind=kind,  # type: ignore[arg-type]
                    date=date or None, lang=lang or None, max_bytes=settings.max_bytes)
        result = analyse_item(item)  # (the size rule of every door, `corpus.analyse.read_item`, with this limit)
        if not isinstance(result, DocumentRecord):
            raise HTTPException(400, result.reason)
        stored_id = None
        if keep:
            added = store.add([result])
            search_cache.clear()
            stored_id = result.id
            if not added.added and added.outcomes and added.outcomes[0].startswith("duplicate of "):
                stored_id = added.outcomes[0].split(" ")[2]
        return result, stored_id

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyze_post(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool
        from starlette.datastructures import UploadFile as Upload
        from starlette.formparsers import MultiPartException

        from ..readers.text import size_limit

        # (the form is read here, not by FastAPI's Form parameters, whose parser refuses a field over 1 MB with a
        # message of its own: a pasted text or a page up to the size rule's limit reaches `run_analysis`, which
        # says in one line what is over)
        try:
            form = await request.form(max_files=1, max_fields=8, max_part_size=size_limit(settings.max_bytes, True) + 1)
        except (MultiPartException, StarletteHTTPException) as exc:  # (starlette turns the parser's error into a 400 of its own)
            why = str(getattr(exc, "detail", None) or getattr(exc, "message", None) or exc).rstrip(".")
            raise HTTPException(400, f"the form could not be read ({why}); send it from the page's form") from exc

        def field(name: str, longest: int) -> str:
            value = form.get(name)
            if value is None or isinstance(value, Upload):
                return ""
            if len(value) > longest:
                raise HTTPException(422, f"the field {name!r} is longer than {longest} characters")
            return value

        text, date, lang, store_it = field("text", 10_000_000), field("date", 10), field("lang", 8), field("store", 8)
        file = form.get("file")
        if isinstance(file, Upload) and file.filename:  # (whole: `Guard` bounds the request; the size rule is `run_analysis`'s)
            data, kind = await file.read(), "auto"
        else:
            data, kind = text.encode("utf-8"), "text"
        record, stored_id = await run_in_threadpool(run_analysis, data, kind, date, lang, bool(store_it))
        if stored_id is not None:
            return RedirectResponse(f"/documents/{seg(stored_id)}", status_code=303)
        note = env.get_template("analyze_note.html").render(writable=settings.writable)
        return _report_page(record.analysis, record.text, env, note)

    @app.post("/api/analyze", summary="Analyse one article (plain text or HTML); stored only when asked "
              "and the server is writable")
    def api_analyze(body: dict[str, Any]) -> dict[str, Any]:
        raw = body.get("html") if body.get("html") else body.get("text")
        if not isinstance(raw, str):
            raise HTTPException(400, "send {\"text\": …} or {\"html\": …}")
        record, stored_id = run_analysis(raw.encode("utf-8"), "html" if body.get("html") else "text",
                                         str(body.get("date") or ""), str(body.get("lang") or ""),
                                         bool(body.get("store")), api=True)
        return {"stored": stored_id, "text": record.text, "analysis": record.analysis}

    return Guard(app, env, settings)


_STYLE_SRC = re.compile(r"style-src ")
_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def _report_page(analysis: dict[str, Any], text: str, env: Environment, extra: str) -> HTMLResponse:
    """The single-article HTML report (as `sourcetrace show --format html`), with the site's
    navigation and `extra` (corpus context) added. The report's own policy stays, widened only to
    let the site's stylesheet in; the same policy is sent as a header."""
    from ..readers.analysis import from_dict
    from ..writers.html import render

    html = render(from_dict(analysis, text))
    m = _META_CSP.search(html)
    policy = m.group(1).replace("&#x27;", "'").replace("&#39;", "'") if m else CSP
    policy = _STYLE_SRC.sub("style-src 'self' ", policy, count=1)
    if m:
        html = html[:m.start()] + f'<meta http-equiv="Content-Security-Policy" content="{escape(policy)}">' + \
            '<link rel="stylesheet" href="/static/site.css">' + html[m.end():]
    nav = env.get_template("nav.html").render()
    html = html.replace("<body>", "<body>" + nav, 1)
    marker = '<section aria-labelledby="h-legend">'
    html = html.replace(marker, extra + marker, 1) if marker in html else html.replace("</main>", "</main>" + extra, 1)
    # frame-ancestors works only in the header (a <meta> policy ignores it, and says so)
    return HTMLResponse(html, headers={"Content-Security-Policy": policy + "; frame-ancestors 'none'"})
