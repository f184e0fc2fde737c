"""A fresh PostgreSQL database per test or module, on the server named by SOURCETRACE_TEST_PG
(`.ci/postgres.sh start` prints one). Without a reachable server the test is skipped, except in
CI (CI=true), where it must run."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

PG_ENV = "SOURCETRACE_TEST_PG"


def pg_admin_url() -> str | None:
    """The server's admin URL, None when unset (a failure in CI)."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set in CI: .ci/run must start PostgreSQL")
        return None
    return url


@contextmanager
def fresh_database(prefix: str) -> Iterator[str]:
    """The URL of a new, empty database named `prefix` + a random suffix, dropped afterwards."""
    admin = pg_admin_url()
    if admin is None:
        pytest.skip(f"no PostgreSQL server ({PG_ENV} unset; .ci/postgres.sh start gives one)")
    import psycopg

    name = f"{prefix}{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"PostgreSQL at {admin} not reachable: {exc}")
    try:
        yield f"{admin.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
