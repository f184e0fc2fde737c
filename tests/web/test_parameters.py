"""Every parameter of every route, found from the app itself (so a new route or parameter is
covered without listing it here): injection strings are values, never SQL or markup, and never
a stack trace; the filters of /documents select what they name."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from tests.web.conftest import HOSTILE, HOSTILE_ID, INJECTIONS, STORY

from sourcetrace.store import Store

#: a valid value for each path parameter, so that the route's other parameters are reached
VALID_PATH = {"doc_id": "nested-1", "story_id": STORY, "source_id": "e1"}


def get_routes(client: Any) -> list[tuple[str, list[str], list[str]]]:
    """(path template, path parameters, query parameters) of every GET route of the app."""
    from fastapi.routing import APIRoute

    fastapi_app = client.app.app  # the Guard wraps the FastAPI app
    out = []
    for route in fastapi_app.routes:
        if isinstance(route, APIRoute) and "GET" in route.methods:
            out.append((route.path, [p.alias for p in route.dependant.path_params],
                        [p.alias for p in route.dependant.query_params]))
    return out


def url(path: str, values: dict[str, str], query: dict[str, str]) -> str:
    for name, value in values.items():
        path = path.replace("{" + name + ":path}", quote(value, safe="")).replace("{" + name + "}", quote(value, safe=""))
    return path + ("?" + urlencode(query) if query else "")


def test_the_routes_are_found(client: Any) -> None:
    # a vacuous enumeration would make the test below pass without testing anything
    routes = {path: (pp, qp) for path, pp, qp in get_routes(client)}
    assert {"/documents", "/api/documents", "/documents/{doc_id:path}", "/search", "/api/search",
            "/sources/{source_id:path}", "/stories", "/stories/{story_id:path}", "/api/overview"} <= set(routes)
    assert set(routes["/api/search"][1]) == {"q", "outlet", "since", "until", "limit", "page"}
    assert set(routes["/documents"][1]) == {"outlet", "since", "until", "language", "source", "page"}


def test_injection_strings_in_every_parameter_of_every_route(client: Any, store_path: Path) -> None:
    with Store.open(f"sqlite:///{store_path}") as store:
        before = (store.count(), store.raw("SELECT COUNT(*) AS n FROM attributions")[0]["n"])
    tried = 0
    for path, path_params, query_params in get_routes(client):
        for param in path_params + query_params:
            for attack in INJECTIONS:
                values = {p: (attack if p == param else VALID_PATH[p]) for p in path_params}
                query = {"q": "Sprecher"} if "q" in query_params and param != "q" else {}
                if param in query_params:
                    query[param] = attack
                target = url(path, values, query)
                r = client.get(target)
                tried += 1
                assert r.status_code in (200, 400, 404, 422), (target, r.status_code)
                assert "Traceback" not in r.text and "sqlite3" not in r.text and "Error:" not in r.text, target
                if r.status_code == 200 and param in ("outlet", "language", "source") and path.endswith("/documents"):
                    assert ("No documents match" in r.text) if path == "/documents" else r.json()["documents"] == []
                if r.headers["content-type"].startswith("text/html"):
                    assert "<script>window" not in r.text  # shown, if at all, as text
    assert tried > 300
    with Store.open(f"sqlite:///{store_path}") as store:
        assert (store.count(), store.raw("SELECT COUNT(*) AS n FROM attributions")[0]["n"]) == before


@pytest.mark.parametrize("attack", INJECTIONS)
def test_injection_strings_in_the_analyze_fields(client: Any, store_path: Path, attack: str) -> None:
    with Store.open(f"sqlite:///{store_path}") as store:
        before = store.count()
    for field in ("date", "lang"):
        r = client.post("/analyze", data={"text": "Die Ministerin sagte, die Brücke sei sicher.", field: attack[:8]})
        assert r.status_code in (200, 400, 422) and "Traceback" not in r.text, (field, attack)
        j = client.post("/api/analyze", json={"text": "Die Ministerin sagte, die Brücke sei sicher.", field: attack})
        assert j.status_code in (200, 400, 422) and set(j.json()) >= ({"error"} if j.status_code != 200 else {"analysis"})
    r = client.post("/api/analyze", json={"text": f"Die Ministerin sagte: «{attack}»."})
    assert r.status_code == 200 and attack in r.json()["text"]  # the text is the text
    assert client.post("/api/analyze", json={"text": attack, "store": attack}).status_code == 403  # read-only
    with Store.open(f"sqlite:///{store_path}") as store:
        assert store.count() == before


def ids(client: Any, **query: str) -> set[str]:
    return {d["id"] for d in client.get("/api/documents", params=query).json()["documents"]}


def test_the_filters_of_documents_select_what_they_name(client: Any) -> None:
    everything = {"nested-1", HOSTILE_ID}
    assert ids(client) == everything
    assert ids(client, outlet="Kleinhafener Zeitung") == {"nested-1"}
    assert ids(client, outlet=HOSTILE) == {HOSTILE_ID}
    assert ids(client, since="2024-10-14") == {HOSTILE_ID}
    assert ids(client, until="2024-10-13") == {"nested-1"}
    assert ids(client, since="2024-10", until="2024-10-31") == everything
    assert ids(client, since="2025") == set()
    for typo in ("2024-13", "2024-02-30", "0000"):  # shaped like a date, but none: a 400, not a silent filter
        r = client.get("/api/documents", params={"until": typo})
        assert r.status_code == 400 and "must be a date" in r.json()["error"]["detail"], typo
    assert ids(client, language="de") == everything and ids(client, language="en") == set()
    assert ids(client, source="Lea Muster") == {"nested-1"}  # a source's name in the analysis
    assert ids(client, source="Nobody Here") == set()
    assert ids(client, outlet="Kleinhafener Zeitung", since="2024-10-14") == set()  # filters combine
    html = client.get("/documents", params={"outlet": "Kleinhafener Zeitung", "language": "de"}).text
    assert 'value="Kleinhafener Zeitung"' in html and "Brückenstreit in Kleinhafen" in html
    assert HOSTILE_ID not in html and "&lt;script&gt;" not in html.split("<main", 1)[1]
