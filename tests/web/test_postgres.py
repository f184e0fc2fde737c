"""The web app over a PostgreSQL store (the server named by SOURCETRACE_TEST_PG, `.ci/postgres.sh
start`; skipped without one, except in CI): the same pages, API routes, 404s, filters, search,
linked sources and parameters as over SQLite, read-only connections, and the thread pool the
reading routes use there."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from tests.pg_helpers import fresh_database
from tests.web.conftest import HOSTILE_ID, INJECTIONS, STORY, fill
from tests.web.test_app import APIS, PAGES, UNKNOWN, unescaped_markup
from tests.web.test_parameters import get_routes, ids, url

from sourcetrace.store import Store


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with fresh_database("web_") as url_:
        fill(url_)
        yield url_


@pytest.fixture
def pg_client(pg_url: str) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from sourcetrace.cli.serve import read_only
    from sourcetrace.web import create_app

    store = Store.open(pg_url)
    read_only(store)
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        yield c
    store.close()


def test_every_page_and_api_route_answers_over_postgresql(pg_client: Any) -> None:
    for path in PAGES + APIS:
        r = pg_client.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        if path in PAGES:  # (JSON holds the articles' strings as they are)
            assert unescaped_markup(r.text) == [], path
    for path in UNKNOWN:
        assert pg_client.get(path).status_code == 404, path


def test_search_sources_stories_and_filters_over_postgresql(pg_client: Any) -> None:
    r = pg_client.get("/api/search", params={"q": "Brücke sicher"}).json()
    assert [h["id"] for h in r["documents"]] == ["nested-1"] and r["matches"] == 1
    assert "[Brücke]" in r["documents"][0]["snippet"] and any(c["document"] == "nested-1" for c in r["claims"])
    e = pg_client.get("/api/sources/e1").json()
    assert (e["name"], e["aliases"]) == ("Lea Muster", ["Muster"]) and [d["id"] for d in e["documents"]] == ["nested-1"]
    assert {c["source_name"] for c in e["claims"]} == {"Lea Muster"}
    assert [d["id"] for d in pg_client.get("/api/sources/e2").json()["documents"]] == ["nested-1"]
    s = pg_client.get(f"/api/stories/{STORY}").json()
    assert {d["id"] for d in s["articles"]} == {"nested-1", HOSTILE_ID} and s["claims"][0]["members"]
    assert ids(pg_client, outlet="Kleinhafener Zeitung") == {"nested-1"}
    assert ids(pg_client, since="2024-10-14") == {HOSTILE_ID} and ids(pg_client, until="2024-10-13") == {"nested-1"}
    assert ids(pg_client, source="Lea Muster") == {"nested-1"} and ids(pg_client, language="en") == set()
    assert pg_client.get("/api/overview").json()["documents"] == 2


def test_injection_strings_over_postgresql(pg_client: Any, pg_url: str) -> None:
    tried = 0
    for path, path_params, query_params in get_routes(pg_client):
        for param in path_params + query_params:
            for attack in INJECTIONS[:6]:
                values = {p: (attack if p == param else {"doc_id": "nested-1", "story_id": STORY,
                                                         "source_id": "e1"}[p]) for p in path_params}
                query = {"q": "Sprecher"} if "q" in query_params and param != "q" else {}
                if param in query_params:
                    query[param] = attack
                r = pg_client.get(url(path, values, query))
                tried += 1
                assert r.status_code in (200, 400, 404, 422), (path, param, attack, r.status_code)
                assert "Traceback" not in r.text and "psycopg" not in r.text
    assert tried > 100
    with Store.open(pg_url) as store:
        assert store.count() == 2


def test_a_read_only_server_cannot_write_to_postgresql(pg_url: str) -> None:
    from sqlalchemy.exc import DBAPIError

    from sourcetrace.cli.serve import read_only

    store = Store.open(pg_url)
    read_only(store)
    with pytest.raises(DBAPIError, match="read-only"):
        store.raw("DELETE FROM documents")
    assert store.count() == 2
    store.close()
