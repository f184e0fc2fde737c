"""Fixtures of the corpus tests: a store URL per engine, and small articles we wrote ourselves.

The PostgreSQL cases run against the server named by SOURCETRACE_TEST_PG (`.ci/postgres.sh start`
prints one); each test gets a fresh database. Without a reachable server they are skipped, except
in CI (CI=true), where they must run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.pg_helpers import fresh_database

pytest.importorskip("sqlalchemy")

@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty store, once per engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with fresh_database("st_") as url:
        yield url


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
