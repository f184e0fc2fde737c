"""Fixtures of the corpus tests: a store URL per engine, and small articles we wrote ourselves.

The PostgreSQL cases run against the server named by SOURCETRACE_TEST_PG (`.ci/postgres.sh start`
prints one); each test gets a fresh database. Without a reachable server they are skipped, except
in CI (CI=true), where they must run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlalchemy")

PG_ENV = "SOURCETRACE_TEST_PG"

def _pg_admin_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set in CI: .ci/run must start PostgreSQL")
        return None
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty store, once per engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    admin = _pg_admin_url()
    if admin is None:
        pytest.skip(f"no PostgreSQL server ({PG_ENV} unset; .ci/postgres.sh start gives one)")
    import psycopg

    name = f"st_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"PostgreSQL at {admin} not reachable: {exc}")
    base = admin.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def ray_session() -> Iterator[object]:
    """Ray in local mode with two CPUs (as in CI), started once for every Ray test. Ray gives its
    node 30 s to start; on a machine busy with other jobs that can pass, so it is tried three times."""
    ray = pytest.importorskip("ray")
    import time

    for attempt in range(3):
        try:
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False,
                     ignore_reinit_error=True)
            break
        except Exception:  # "The current node timed out during startup"
            ray.shutdown()
            if attempt == 2:
                raise
            time.sleep(5)
    yield ray
    ray.shutdown()
