"""The web app through its ASGI interface: routes and their JSON twins, 404s, one error shape,
escaping of hostile article content, injection strings in every parameter, the CSP header, size
limits, read-only mode and the token."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from tests.web.conftest import HOSTILE, HOSTILE_ID, INJECTIONS, STORY

from sourcetrace.store import Store

PAGES = ["/", "/documents", "/documents/nested-1", f"/documents/{quote(HOSTILE_ID, safe='')}", "/search?q=Brücke",
         f"/search?q={quote('script window')}", "/stories", f"/stories/{STORY}", "/sources/Lea%20Muster",
         f"/sources/{quote(HOSTILE, safe='')}", "/analyze", f"/documents?source={quote(HOSTILE)}"]
APIS = ["/api/overview", "/api/documents", "/api/documents/nested-1", f"/api/documents/{quote(HOSTILE_ID, safe='')}",
        "/api/search?q=Brücke", "/api/stories", f"/api/stories/{STORY}", "/api/sources/Lea%20Muster",
        "/api/openapi.json"]
UNKNOWN = ["/documents/no-such-id", "/api/documents/no-such-id", "/stories/none", "/api/stories/none",
           "/sources/Nobody%20Here", "/api/sources/Nobody%20Here", "/nothing", "/api/nothing"]


def unescaped_markup(html: str) -> list[str]:
    """Pieces of the hostile string that would be live markup in `html`."""
    bad = []
    for live in ("<script>window.__pwned", 'onerror="window', "<img src=x", 'href="javascript:', "<!--"):
        if live in html:
            bad.append(live)
    return bad


@pytest.mark.parametrize("path", PAGES)
def test_every_page_answers_and_escapes_the_articles(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    assert unescaped_markup(r.text) == []
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "'unsafe-inline'" not in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_hostile_pages_show_the_hostile_text_as_text(client: Any) -> None:
    for path in (f"/documents/{quote(HOSTILE_ID, safe='')}", f"/stories/{STORY}", "/"):
        html = client.get(path).text
        assert "&lt;script&gt;window.__pwned = 1" in html, path
    doc = client.get(f"/documents/{quote(HOSTILE_ID, safe='')}").text
    assert "javascript:" not in re.sub(r"&[#\w]+;", "", "".join(re.findall(r'href="([^"]*)"', doc)))


@pytest.mark.parametrize("path", APIS)
def test_every_api_route_answers_json(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"] == "application/json"
    assert isinstance(r.json(), dict)


def test_api_document_is_the_stored_document_with_its_analysis(client: Any, store_path: Path) -> None:
    got = client.get("/api/documents/nested-1").json()
    with Store.open(f"sqlite:///{store_path}") as store:
        row = store.get("nested-1")
    assert row is not None
    assert got["id"] == "nested-1" and got["text"] == row["text"] and got["outlet"] == "Kleinhafener Zeitung"
    import json

    assert got["analysis"] == json.loads(row["analysis"])
    for a in got["analysis"]["attributions"]:
        for span in a["content"]:
            assert got["text"][span["start"]:span["end"]] == span["text"]
    assert got["corpus"]["story"] == STORY


def test_openapi_describes_the_api(client: Any) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for p in ("/api/documents/{doc_id}", "/api/search", "/api/stories/{story_id}", "/api/sources/{source_id}",
              "/api/analyze", "/api/overview"):
        assert p in paths
    assert not any(p.startswith("/documents") for p in paths)  # HTML pages are not part of the API


@pytest.mark.parametrize("path", UNKNOWN)
def test_unknown_ids_are_404_with_one_error_shape(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    if path.startswith("/api/"):
        assert set(r.json()) == {"error"} and set(r.json()["error"]) == {"status", "title", "detail"}
        assert r.json()["error"]["status"] == 404
    else:
        assert r.headers["content-type"].startswith("text/html") and "Not found" in r.text
        assert "default-src 'none'" in r.headers["content-security-policy"]


def test_bad_parameters_answer_in_the_same_shape(client: Any) -> None:
    for path, status in (("/api/documents?since=yesterday", 400), ("/api/search?q=x&limit=100000", 422),
                         ("/api/documents?page=0", 422), ("/api/search?q=" + "x" * 600, 422)):
        r = client.get(path)
        assert r.status_code == status, path
        assert set(r.json()["error"]) == {"status", "title", "detail"}
        assert "Traceback" not in r.text


PARAMETERS = ["/documents?outlet={}", "/documents?since={}", "/documents?until={}", "/documents?language={}",
              "/documents?source={}", "/documents?page={}", "/search?q={}", "/search?outlet={}&q=a",
              "/search?since={}&q=a", "/search?until={}&q=a", "/search?limit={}&q=a", "/api/search?q={}",
              "/api/documents?outlet={}", "/api/documents?source={}", "/documents/{}", "/api/documents/{}",
              "/sources/{}", "/api/sources/{}", "/stories/{}", "/api/stories/{}", "/stories?page={}"]


@pytest.mark.parametrize("template", PARAMETERS)
def test_injection_strings_in_every_parameter(client: Any, store_path: Path, template: str) -> None:
    with Store.open(f"sqlite:///{store_path}") as store:
        before = store.count()
    for attack in INJECTIONS:
        r = client.get(template.format(quote(attack, safe="")))
        assert r.status_code in (200, 400, 404, 422), (template, attack, r.status_code)
        assert "Traceback" not in r.text and "OperationalError" not in r.text and "sqlite3" not in r.text
        if r.status_code == 200 and "/documents?" in template and "page" not in template:
            # a filter that matches nothing finds nothing: the string was a value, not SQL
            assert "No documents match" in r.text or r.json()["documents"] == []
    with Store.open(f"sqlite:///{store_path}") as store:
        assert store.count() == before


def test_search_finds_articles_and_claims(client: Any) -> None:
    r = client.get("/api/search", params={"q": "Brücke sicher"}).json()
    assert [h["id"] for h in r["documents"]] == ["nested-1"]
    assert any(c["document"] == "nested-1" for c in r["claims"])
    assert r["matches"] == 1 and not r["matches_more"]
    assert client.get("/api/search", params={"q": "zzzqqq"}).json() == {"query": "zzzqqq", "documents": [], "claims": [],
                                                                       "page": 1, "more": False, "matches": 0,
                                                                       "matches_more": False}
    assert "1 article holds every word, best first by bm25" in client.get("/search", params={"q": "Brücke"}).text


def test_search_ranks_a_bounded_window_and_says_so(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcetrace.web import queries

    monkeypatch.setattr(queries, "SEARCH_WINDOW", 1)
    r = client.get("/api/search", params={"q": "Sprecher", "limit": 1}).json()  # both documents hold it
    assert r["matches"] == 1 and r["matches_more"] and len(r["documents"]) == 1 and r["more"]
    html = client.get("/search", params={"q": "Sprecher"}).text
    assert "More than 1 articles hold every word" in html and "most recently stored" in html
    second = client.get("/api/search", params={"q": "Sprecher", "limit": 1, "page": 2}).json()
    assert [h["id"] for h in second["documents"]] == ["nested-1"] != [h["id"] for h in r["documents"]]
    # a page across windows: the newest stored match first
    assert [h["id"] for h in client.get("/api/search", params={"q": "Sprecher"}).json()["documents"]] == \
        [HOSTILE_ID, "nested-1"]


def test_repeated_searches_are_answered_from_the_cache_until_the_store_changes(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient
    from tests.web.conftest import fill, nested_doc, record

    from sourcetrace.web import create_app, queries

    url = f"sqlite:///{tmp_path / 'c.db'}"
    fill(url)
    caches: list[queries.ResultCache] = []
    real = queries.ResultCache

    def kept(*args: Any, **kwargs: Any) -> queries.ResultCache:
        caches.append(real(*args, **{**kwargs, "check_every": 0}))
        return caches[-1]

    with Store.open(url) as store, pytest.MonkeyPatch.context() as mp:
        mp.setattr(queries, "ResultCache", kept)
        with TestClient(create_app(store)) as client:
            first = client.get("/api/search", params={"q": "Sprecher"}).json()
            assert client.get("/api/search", params={"q": "Sprecher"}).json() == first
            assert (caches[0].misses, caches[0].hits) == (1, 1)
            # the API's plain snippets did not change what the page shows from the cache
            assert "<mark>" in client.get("/search", params={"q": "Sprecher"}).text and caches[0].hits == 2
            doc = nested_doc()
            doc.text += " Nachtrag des Sprechers."
            store.add([record(doc, "nested-3", outlet="Andere Zeitung", date="2024-10-15")])
            again = client.get("/api/search", params={"q": "Nachtrag"}).json()
            assert [h["id"] for h in again["documents"]] == ["nested-3"] and caches[0].misses == 2
            assert client.get("/api/search", params={"q": "Sprecher"}).json()["matches"] == first["matches"] + 1


def test_a_store_not_linked_yet_says_so_on_the_stories_page(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient
    from tests.web.conftest import nested_doc, record

    from sourcetrace.web import create_app

    url = f"sqlite:///{tmp_path / 'unlinked.db'}"
    with Store.open(url, create=True) as store:  # the link tables exist from the first migration on
        store.add([record(nested_doc(), "plain-1", outlet="Andere Zeitung", date="2024-10-15")])
        with TestClient(create_app(store)) as client:
            assert client.get("/api/stories").json()["linked"] is False
            assert "not linked yet" in client.get("/stories").text
            assert client.get("/api/overview").json()["linked"] is False


def test_source_page_lists_its_claims_and_documents(client: Any) -> None:
    s = client.get("/api/sources/Lea%20Muster").json()
    assert s["name"] == "Lea Muster" and [d["id"] for d in s["documents"]] == ["nested-1"]
    assert s["claims"] and all(c["document"] == "nested-1" for c in s["claims"])
    assert s["entity"] is None


def test_a_linked_source_is_its_entity(client: Any) -> None:
    e = client.get("/api/sources/e1").json()
    assert (e["entity"], e["name"], e["type"], e["aliases"]) == ("e1", "Lea Muster", "person", ["Muster"])
    assert [d["id"] for d in e["documents"]] == ["nested-1"]
    assert e["claims"] and {c["source_name"] for c in e["claims"]} == {"Lea Muster"}
    by_name = client.get("/api/sources/Lea%20Muster").json()
    assert [c["attribution"] for c in e["claims"]] == [c["attribution"] for c in by_name["claims"]]
    # an anonymous entity has its own documents only, not every source of the same name
    assert [d["id"] for d in client.get("/api/sources/e2").json()["documents"]] == ["nested-1"]
    html = client.get("/sources/e1").text
    assert "Source: Lea Muster" in html and "linked as e1" in html
    assert client.get("/api/sources/e999").status_code == 404


def test_lists_are_paged(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcetrace.web import queries

    monkeypatch.setattr(queries, "PAGE", 1)
    first = client.get(f"/api/stories/{STORY}").json()
    second = client.get(f"/api/stories/{STORY}", params={"page": 2}).json()
    assert len(first["articles"]) == len(second["articles"]) == 1 and first["more"] and not second["more"]
    assert {first["articles"][0]["id"], second["articles"][0]["id"]} == {"nested-1", HOSTILE_ID}
    assert first["claims_total"] == 1 and second["claims"] == []
    assert 'rel="next" href="/stories/story-1?page=2"' in client.get(f"/stories/{STORY}").text
    docs = client.get("/api/documents").json()
    assert len(docs["documents"]) == 1 and docs["more"]
    assert client.get("/api/sources/e1", params={"page": 2}).json()["claims"] == []
    hits = client.get("/api/search", params={"q": "Sprecher", "limit": 1}).json()
    more = client.get("/api/search", params={"q": "Sprecher", "limit": 1, "page": 2}).json()
    assert hits["more"] and [h["id"] for h in hits["documents"]] != [h["id"] for h in more["documents"]]
    assert 'rel="next"' in client.get("/search", params={"q": "Sprecher", "limit": 1}).text


def test_the_overview_is_kept_until_the_store_changes(tmp_path: Path) -> None:
    from tests.web.conftest import fill, nested_doc, record

    from sourcetrace.web import queries

    url = f"sqlite:///{tmp_path / 'o.db'}"
    fill(url)
    calls = []

    def counted(store: Store) -> dict[str, Any]:
        calls.append(1)
        return queries.overview(store)

    with Store.open(url) as store:
        cache = queries.OverviewCache(store, counted, min_age=0)
        assert cache.get()["documents"] == 2 and cache.get()["documents"] == 2
        assert len(calls) == 1  # unchanged store: summed once
        doc = nested_doc()
        doc.text += " Nachtrag."
        store.add([record(doc, "nested-2", outlet="Andere Zeitung", date="2024-10-15")])
        assert cache.get()["documents"] == 3 and len(calls) == 2
        store.record_failures([("elsewhere.txt", "", "unreadable")])
        assert cache.get()["failures_total"] == 2 and len(calls) == 3


def test_story_page_has_articles_claims_and_graph(client: Any) -> None:
    s = client.get(f"/api/stories/{STORY}").json()
    assert {d["id"] for d in s["articles"]} == {"nested-1", HOSTILE_ID}
    assert s["claims"][0]["status"] == "single_origin" and s["claims"][0]["members"][0]["source"] == HOSTILE
    html = client.get(f"/stories/{STORY}").text
    assert "<svg" in html and "<line" in html


def test_the_document_page_is_the_report_with_corpus_links(client: Any) -> None:
    r = client.get("/documents/nested-1")
    policy = r.headers["content-security-policy"]
    assert "script-src 'sha256-" in policy and "'unsafe-inline'" not in policy
    assert 'id="detail"' in r.text and 'id="data"' in r.text  # the report's claim details and its JSON
    assert 'href="/sources/e1"' in r.text and f'href="/stories/{STORY}"' in r.text  # the entity, not the name
    assert 'href="/sources/Polizei"' in r.text  # a source no entity holds: by its name


def test_analyze_shows_without_storing(client: Any, store_path: Path) -> None:
    with Store.open(f"sqlite:///{store_path}") as store:
        before = store.count()
    r = client.post("/analyze", data={"text": "Die Ministerin sagte, die Brücke sei sicher.", "lang": "de"})
    assert r.status_code == 200 and 'id="detail"' in r.text and "Not stored" in r.text
    page = "<html><head><title>T</title></head><body><article><p>The minister said the bridge was safe, " \
           "officials told reporters on Monday.</p></article></body></html>"
    r = client.post("/analyze", files={"file": ("page.html", page.encode(), "text/html")})
    assert r.status_code == 200, r.text[:300]
    j = client.post("/api/analyze", json={"text": "The minister said the bridge was safe."}).json()
    assert j["stored"] is None and j["analysis"]["language"] == "en"
    assert client.post("/analyze", data={"text": "x", "store": "1"}).status_code == 403
    assert client.post("/api/analyze", json={"text": "x", "store": True}).status_code == 403
    assert client.post("/api/analyze", json={"text": "x", "date": "soon"}).status_code == 400
    assert client.post("/api/analyze", json={"nothing": 1}).status_code == 400
    with Store.open(f"sqlite:///{store_path}") as store:
        assert store.count() == before


def test_analyze_errors_speak_of_the_request_not_of_cli_options(client: Any) -> None:
    def detail(r: Any) -> str:
        assert r.status_code == 400, r.text[:300]
        return str(r.json()["error"]["detail"])

    said = detail(client.post("/api/analyze", json={"text": "Er sagte, es regne.", "date": "2025-13"}))
    assert said.startswith('"date" \'2025-13\' is not a date; send it as YYYY-MM-DD') and "--" not in said
    said = detail(client.post("/api/analyze", json={"text": "Er sagte, es regne.", "lang": "fr"}))
    assert said.startswith('"lang" \'fr\' is not supported') and "--" not in said
    assert "not valid JSON" in detail(client.post("/api/analyze", content=b"{not json",
                                                  headers={"content-type": "application/json"}))
    assert "no JSON object" in detail(client.post("/api/analyze", json=["Er sagte, es regne."]))
    page = client.post("/analyze", data={"text": "Er sagte, es regne.", "date": "soon"})
    assert page.status_code == 400 and "leave the field empty" in page.text and "--date" not in page.text


def test_request_size_is_limited(client: Any) -> None:
    big = "Wort " * 250_000  # 1.25 MB > the default 1 MB
    r = client.post("/analyze", data={"text": big})
    assert r.status_code == 413 and "text/html" in r.headers["content-type"]
    r = client.post("/api/analyze", json={"text": big})
    assert r.status_code == 413 and r.json()["error"]["status"] == 413
    r = client.post("/api/analyze", content=b"{}", headers={"content-length": "999999999",
                                                            "content-type": "application/json"})
    assert r.status_code == 413


def test_read_only_store_refuses_writes(client: Any, store_path: Path) -> None:
    from sqlalchemy.exc import OperationalError

    from sourcetrace.cli.serve import read_only

    store = Store.open(f"sqlite:///{store_path}")
    read_only(store)
    with pytest.raises(OperationalError):
        store.raw("DELETE FROM documents")
    store.close()


def test_writable_server_stores_when_asked(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from sourcetrace.web import WebSettings, create_app

    with Store.open(f"sqlite:///{tmp_path / 'w.db'}", create=True) as store:
        c = TestClient(create_app(store, WebSettings(writable=True)))
        r = c.post("/analyze", data={"text": "Die Ministerin sagte, die Brücke sei sicher.", "store": "1"},
                   follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/documents/sha256")
        assert c.get(r.headers["location"]).status_code == 200
        assert store.count() == 1


def test_token_is_required_when_set(store_path: Path) -> None:
    from fastapi.testclient import TestClient

    from sourcetrace.web import WebSettings, create_app

    with Store.open(f"sqlite:///{store_path}") as store:
        c = TestClient(create_app(store, WebSettings(token="s3cret")))
        assert c.get("/api/overview").status_code == 401
        assert c.get("/api/overview").json()["error"]["status"] == 401
        assert c.get("/").status_code == 401 and "text/html" in c.get("/").headers["content-type"]
        assert c.get("/api/overview", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/overview", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        r = c.get("/?token=s3cret")
        assert r.status_code == 200 and "HttpOnly" in r.headers["set-cookie"]
        assert c.get("/documents").status_code == 200  # the cookie carries it on


def test_a_crash_is_a_plain_page_and_no_stack_trace(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcetrace.web import queries

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(queries, "documents", boom)  # (the overview is computed at start-up and kept)
    for path in ("/documents", "/api/documents"):
        r = client.get(path)
        assert r.status_code == 500
        assert "secret internals" not in r.text and "Traceback" not in r.text
    assert client.get("/api/documents").json()["error"]["status"] == 500


def test_static_assets_are_vendored_with_a_licence() -> None:
    from importlib.resources import files

    static = files("sourcetrace.web") / "static"
    names = {p.name for p in static.iterdir()}
    assert "LICENSE.md" in names and {"site.css", "style.css"} <= names
    for p in static.iterdir():
        if p.name.endswith((".css", ".js")):
            assert not re.search(r"https?://", p.read_text(encoding="utf-8")), p.name  # nothing from a network


def test_serve_refuses_a_missing_store_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sourcetrace.cli.main import main

    assert main(["serve", "--db", f"sqlite:///{tmp_path / 'none.db'}"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no store there yet" in err
    assert main(["serve", "--db", f"sqlite:///{tmp_path / 'none.db'}", "--port", "0"]) == 2


def test_serve_refuses_a_port_in_use_in_one_line(store_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Another server on the port: one line before "serving …", not uvicorn's log line after it."""
    import socket

    import uvicorn

    from sourcetrace.cli.main import main

    started: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.append(app))
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = str(holder.getsockname()[1])
        assert main(["serve", "--db", f"sqlite:///{store_path}", "--port", port, "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "[E077]" in err and "choose another --port" in err and not started


def test_serve_checks_every_address_of_its_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """A host of several addresses ("localhost": ::1 and 127.0.0.1 on many machines) is bound on
    each with one worker: a server on the second one is found too, not only on the first."""
    import socket

    from sourcetrace.cli import serve
    from sourcetrace.errors import InputError

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        try:
            with socket.socket() as other:
                other.bind(("127.0.0.2", port))  # (another loopback address: free on Linux)
        except OSError:
            pytest.skip("127.0.0.2 is not a loopback address here")
        both = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in ("127.0.0.2", "127.0.0.1")]
        monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: both)
        with pytest.raises(InputError, match="E077"):
            serve.check_port("localhost", port)
        monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: both[:1])
        serve.check_port("localhost", port)  # (the free address alone passes)


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                                 ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)])
def test_only_loopback_goes_without_a_token(host: str, loopback: bool) -> None:
    from sourcetrace.cli.serve import is_loopback

    assert is_loopback(host) is loopback


def test_an_uploaded_page_is_size_limited_as_analyze_limits_it(store_path: Path) -> None:
    """An HTML upload may be 10 × --max-bytes, as in `analyze` (its text is what is analysed, and must fit
    --max-bytes); beyond that, one line (E096, 413). A pasted text has the limit itself (E006)."""
    from fastapi.testclient import TestClient

    from sourcetrace.web import WebSettings, create_app

    def page(markup: int) -> bytes:
        return (b"<html><head><title>Ferry</title><style>" + b"p{}" * (markup // 3) + b"</style></head><body><article>"
                b"<p>The harbour board approved a new ferry line to the islands on Tuesday, its chair said.</p>"
                b"</article></body></html>")

    with Store.open(f"sqlite:///{store_path}") as store:
        c = TestClient(create_app(store, WebSettings(max_bytes=1000)))
        r = c.post("/analyze", files={"file": ("page.html", page(8000), "text/html")})  # 8 kB of markup
        assert r.status_code == 200, r.text
        r = c.post("/analyze", files={"file": ("page.html", page(11_000), "text/html")})
        assert r.status_code == 413 and "text/html" in r.headers["content-type"] and "Traceback" not in r.text
        assert "[E096] web:/analyze: the HTML page is " in r.text and "over the limit of 10000 bytes for a page" in r.text
        r = c.post("/api/analyze", json={"html": page(8000).decode()})
        assert r.status_code == 200
        r = c.post("/api/analyze", json={"text": "Der Kiosk bleibt zu. " * 60})
        assert r.status_code == 413 and "[E006]" in r.json()["error"]["detail"]
        # a text pasted into the form (multipart, as a browser sends it) is over the limit in one line, not refused
        # by the form parser
        r = c.post("/analyze", files={"text": (None, "Der Kiosk bleibt zu. " * 60)})
        assert r.status_code == 413 and "[E006] web:/analyze: 1260 bytes, over the limit of 1000 bytes" in r.text
        r = c.post("/analyze", files={"text": (None, "Der Kiosk bleibt zu."), "date": (None, "2025-05-06 und mehr")})
        assert r.status_code == 422 and "longer than 10 characters" in r.text
        r = c.post("/analyze", content=b"x" * 100_000, headers={"content-type": "multipart/form-data; boundary=x"})
        assert r.status_code == 413  # beyond the request limit (10 × the article's and 64 kB of form)


def test_wrong_methods_answer_in_the_error_shape(client: Any) -> None:
    r = client.post("/api/documents/nested-1")
    assert r.status_code == 405 and r.json() == {"error": {"status": 405, "title": "Method not allowed",
                                                            "detail": "Method Not Allowed"}}
    r = client.delete("/documents/nested-1")
    assert r.status_code == 405 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]


@pytest.mark.parametrize(("host", "needs_token"), [("127.0.0.1", False), ("0.0.0.0", True), ("192.168.1.5", True)])
def test_serve_makes_up_a_token_off_loopback(store_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str], host: str, needs_token: bool) -> None:
    """`serve` bound to anything but loopback never runs without a token: it makes one up and prints
    the URL with it (uvicorn is replaced here: nothing is bound)."""
    import uvicorn

    from sourcetrace.cli import serve
    from sourcetrace.cli.main import main

    started: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.append(app))
    monkeypatch.setattr(serve, "check_port", lambda host, port, workers: None)  # these hosts need not be this machine's
    monkeypatch.delenv(serve.TOKEN_ENV, raising=False)
    assert main(["serve", "--db", f"sqlite:///{store_path}", "--host", host, "--workers", "1"]) == 0
    app = started[0].app
    token = app.settings.token
    assert (token is not None) is needs_token
    if needs_token:
        assert f"?token={token}" in capsys.readouterr().err and len(token) >= 24
        assert app.settings.writable is False


def test_the_overview_shows_the_corpus_at_a_glance(client: Any) -> None:
    o = client.get("/api/overview").json()
    assert o["documents"] == 2 and o["languages"] and o["outlets_total"] == 2
    assert o["claims"] > 0 and 0.0 <= o["anonymous_share"] <= 1.0
    assert {t["type"] for t in o["source_types"]} >= {"person"}
    assert (o["single_origin_claims"], o["linked_claims"]) == (1, 1)
    assert [s["story"] for s in o["stories"]] == [STORY] and o["failures_total"] == 1
    html = client.get("/").text
    assert "1</b> of 1 linked claims rest on a single origin" in html and "inputs set aside" in html
    assert f'href="/stories/{STORY}"' in html and 'href="/documents?outlet=Kleinhafener%20Zeitung"' in html


def test_counts_on_the_pages_are_in_the_singular_where_they_are_one(client: Any) -> None:
    # "(person, 1 claims in 1 documents)" read wrong; the filter writes "1 claim", "2 claims"
    import re

    from sourcetrace.web.app import counted

    assert (counted(1, "claim"), counted(2, "claim"), counted(None, "document")) == ("1 claim", "2 claims", "0 documents")
    pages = [client.get(p).text for p in ("/", f"/stories/{STORY}", "/sources/e1")]
    for html in pages:
        assert not re.search(r"\b1 (?:claims|documents|articles|origins|mentions)\b", html), html
    overview = client.get("/api/overview").json()
    one = [s for s in overview["top_sources"] if s["claims"] == 1 and s["documents"] == 1]
    assert one and "1 claim in 1 document)" in pages[0]


def test_an_uploaded_page_whose_text_is_over_the_limit_is_refused_as_analyze_refuses_it(store_path: Path) -> None:
    """The size rule of every door (`corpus.analyse.read_item`): a page that fits the upload limit but whose
    text is larger in UTF-8 (a windows-1252 page: '€' is one byte there, three in UTF-8) is refused (E097)."""
    from fastapi.testclient import TestClient

    from sourcetrace.web import WebSettings, create_app

    body = "<p>" + "„Öl“ – 5 € für Bären. " * 32 + "</p>"
    page = ('<html><head><meta charset="windows-1252"><title>Preise</title></head><body><article>' + body
            + "</article></body></html>").encode("cp1252")
    assert len(page) < 1000
    with Store.open(f"sqlite:///{store_path}") as store:
        c = TestClient(create_app(store, WebSettings(max_bytes=1000)))
        r = c.post("/analyze", files={"file": ("page.html", page, "text/html")})
        assert r.status_code == 400 and "[E097]" in r.text and "over the limit of 1000 bytes" in r.text


@pytest.mark.parametrize(("body", "boundary", "why"), [
    (b"--other\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nA short note.", "; boundary=x", "Invalid multipart data"),
    (b"A short note.", "", "Missing boundary in multipart"),
    (b"--x\r\nContent-Type: text/plain\r\n\r\nA short note.\r\n--x--\r\n", "; boundary=x", "must be provided"),
])
def test_a_form_that_cannot_be_read_is_one_line_of_400(client: Any, body: bytes, boundary: str, why: str) -> None:
    """/analyze reads its form itself: a body the multipart parser refuses answers 400 in the app's words."""
    r = client.post("/analyze", content=body, headers={"content-type": "multipart/form-data" + boundary})
    assert r.status_code == 400 and "Traceback" not in r.text
    assert "the form could not be read (" in r.text and why in r.text


def test_a_form_with_two_files_or_many_fields_is_refused(client: Any) -> None:
    two = [("file", ("a.html", b"<p>One.</p>", "text/html")), ("file", ("b.html", b"<p>Two.</p>", "text/html"))]
    r = client.post("/analyze", files=two)
    assert r.status_code == 400 and "the form could not be read (Too many files" in r.text
    r = client.post("/analyze", files=[(f"f{i}", (None, "x")) for i in range(12)])
    assert r.status_code == 400 and "the form could not be read (Too many fields" in r.text
    r = client.post("/analyze", files={"text": ("note.txt", b"A note sent as a file.", "text/plain")})
    assert r.status_code == 400 and "paste an article" in r.text  # (a file in the text field is no pasted text)
