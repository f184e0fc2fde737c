"""`link --engine ray` gives what the local `link` gives: the same stories and claims, exported
line by line, whether in one run or incrementally, with one or two workers. Ray runs in local
mode with two CPUs (as in CI); the hashing encoder keeps it fast. Skips without the 'ray' and
'link' extras."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("ray")
pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.cli.main import main
from sourcetrace.store import Store

DEMO = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "articles.jsonl"



def _exports(url: str, tmp: Path, tag: str) -> tuple[str, str]:
    out = []
    for what in ("stories", "claims"):
        path = tmp / f"{tag}-{what}.jsonl"
        assert main(["export", what, "--db", url, "-o", str(path)]) == 0
        out.append(path.read_text(encoding="utf-8"))
    return out[0], out[1]


def _split(tmp: Path) -> tuple[Path, Path, int]:
    rows = [x for x in DEMO.read_text(encoding="utf-8").splitlines() if x.strip()]
    first, rest = tmp / "first.jsonl", tmp / "rest.jsonl"
    first.write_text("\n".join(rows[:3]) + "\n", encoding="utf-8")
    rest.write_text("\n".join(rows[3:]) + "\n", encoding="utf-8")
    return first, rest, len(rows)


def test_ray_link_equals_local_link(tmp_path: Path, ray_session: object, capsys: pytest.CaptureFixture[str]) -> None:
    first, rest, n = _split(tmp_path)
    base = tmp_path / "base.db"
    assert main(["ingest", str(first), str(rest), "--db", f"sqlite:///{base}", "--workers", "1"]) == 0
    urls = {}
    for name in ("local", "ray1", "ray2"):
        shutil.copy(base, tmp_path / f"{name}.db")
        urls[name] = f"sqlite:///{tmp_path / f'{name}.db'}"
    assert main(["link", "--db", urls["local"], "--encoder", "hashing"]) == 0
    capsys.readouterr()
    for name, workers in (("ray1", "1"), ("ray2", "2")):
        assert main(["link", "--db", urls[name], "--encoder", "hashing", "--engine", "ray", "--workers", workers,
                     "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["linked"] == n and out["engine"] == "ray" and out["failures"] == []
    stories, claims = _exports(urls["local"], tmp_path, "local")
    assert len(stories.splitlines()) >= 2 and len(claims.splitlines()) >= 3  # something was grouped
    for name in ("ray1", "ray2"):
        assert _exports(urls[name], tmp_path, name) == (stories, claims), name


def test_ray_link_continues_a_store_linked_locally(tmp_path: Path, ray_session: object,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Incremental: the first documents linked locally, the rest on Ray, ends as linking all locally."""
    first, rest, n = _split(tmp_path)
    mixed, local = f"sqlite:///{tmp_path / 'mixed.db'}", f"sqlite:///{tmp_path / 'local.db'}"
    for url in (mixed, local):
        assert main(["ingest", str(first), "--db", url, "--workers", "1"]) == 0
        assert main(["link", "--db", url, "--encoder", "hashing"]) == 0
        assert main(["ingest", str(rest), "--db", url, "--workers", "1"]) == 0
    assert main(["link", "--db", local]) == 0
    capsys.readouterr()
    read: list[str] = []
    from sourcetrace.link import store as link_store_module

    def counted(engine: object, batch: int = 500) -> Iterator[dict[str, object]]:
        for row in unlinked(engine, batch):
            read.append(str(row["id"]))
            yield row

    unlinked = link_store_module.unlinked_documents
    monkeypatch.setattr(link_store_module, "unlinked_documents", counted)
    monkeypatch.setattr(Store, "iter_documents", None)  # every document: not read
    assert main(["link", "--db", mixed, "--engine", "ray", "--workers", "2", "--json"]) == 0
    assert len(read) == n - 3  # only the documents not linked yet were read
    out = json.loads(capsys.readouterr().out)
    assert out["linked"] == n - 3 and out["documents"] == n and out["encoder"] == "hashing"
    assert _exports(mixed, tmp_path, "mixed") == _exports(local, tmp_path, "local")
    # nothing new: nothing linked, nothing changed
    assert main(["link", "--db", mixed, "--engine", "ray", "--workers", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["linked"] == 0


def test_link_full_on_ray_rewrites_the_rows_of_a_linked_store(tmp_path: Path, ray_session: object,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """`link --engine ray --full` of a store linked before, some documents new: the vectors of the
    documents saved before are on the Ray workers only, so the full rewrite is of the derived rows
    (a story title an older version wrote comes back as the linker chooses it) and the store ends as
    the local link of the same documents."""
    import sqlite3

    first, rest, _n = _split(tmp_path)
    on_ray, local = f"sqlite:///{tmp_path / 'ray.db'}", f"sqlite:///{tmp_path / 'local.db'}"
    for url in (on_ray, local):
        assert main(["ingest", str(first), "--db", url, "--workers", "1"]) == 0
        assert main(["link", "--db", url, "--encoder", "hashing"]) == 0
        assert main(["ingest", str(rest), "--db", url, "--workers", "1"]) == 0
    assert main(["link", "--db", local]) == 0
    with sqlite3.connect(tmp_path / "ray.db") as conn:  # a title as an older rule chose it
        conn.execute("UPDATE stories SET title = 'An old title'")
    capsys.readouterr()
    assert main(["link", "--db", on_ray, "--engine", "ray", "--workers", "1", "--full", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["linked"] == len(rest.read_text(encoding="utf-8").splitlines())
    assert _exports(on_ray, tmp_path, "ray") == _exports(local, tmp_path, "local")
    with sqlite3.connect(tmp_path / "ray.db") as conn:
        assert "An old title" not in {t for (t,) in conn.execute("SELECT title FROM stories")}
    # and with nothing new to link
    assert main(["link", "--db", on_ray, "--engine", "ray", "--workers", "1", "--full", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["linked"] == 0
    assert _exports(on_ray, tmp_path, "ray") == _exports(local, tmp_path, "local")


def test_link_ray_options_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, _rest, _n = _split(tmp_path)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["ingest", str(first), "--db", url, "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["link", "--db", url, "--address", "127.0.0.1:1"]) == 2
    err = capsys.readouterr().err
    assert "--engine ray" in err and err.count("\n") == 1


def test_many_batches_on_two_workers_group_as_the_local_linker(tmp_path: Path, ray_session: object) -> None:
    """Small batches, so that the two actors encode several each and finish out of order: the
    driver still groups in document order and ends where the local linker ends."""
    from sourcetrace.engines.ray_link import link_store_ray
    from sourcetrace.link.store import claim_lines, link_store, story_lines
    from sourcetrace.store import Store

    first, rest, n = _split(tmp_path)
    base = tmp_path / "base.db"
    assert main(["ingest", str(first), str(rest), "--db", f"sqlite:///{base}", "--workers", "1"]) == 0
    shutil.copy(base, tmp_path / "ray.db")
    with Store.open(f"sqlite:///{base}") as local, Store.open(f"sqlite:///{tmp_path / 'ray.db'}") as on_ray:
        a = link_store(local, encoder="hashing", batch=2)
        b = link_store_ray(on_ray, encoder="hashing", workers=2, batch=2)
        assert a["linked"] == b["linked"] == n and b["failures"] == []
        assert story_lines(local.engine) == story_lines(on_ray.engine)
        assert claim_lines(local.engine) == claim_lines(on_ray.engine)
        assert any(len({m["document"] for m in c["members"]}) > 1 for c in claim_lines(local.engine))


def _exact(vectors: list[tuple[str, object]], q: object, k: int) -> list[tuple[str, float]]:
    import numpy as np

    sims = [(key, float(np.dot(v, q))) for key, v in vectors]  # type: ignore[call-overload]
    return sorted(sims, key=lambda h: (-round(h[1], 5), h[0]))[:k]


def test_sharded_search_answers_as_one_index_whatever_the_workers(ray_session: object) -> None:
    """The neighbour search on Ray (`engines.ray_index`): items cut into parts over one or two
    actors, each query seeing every item added before it (the batch's own ones too), answers as
    an exact search would, equal cosines ordered by key; the same answers with 1 and 2 workers."""
    import numpy as np

    from sourcetrace.engines.ray_index import Shards

    rng = np.random.default_rng(7)
    vecs = rng.normal(size=(90, 16)).astype(np.float32)
    vecs[40] = vecs[3]  # equal vectors: ties, ordered by key
    vecs[41] = vecs[3]
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    keys = [f"d{i:03d}" for i in range(len(vecs))]
    answers = []
    for workers in (1, 2):
        shards = Shards(ray_session, 16, workers, parts=3, k=5)
        index = shards.factory("documents", keys[:10], vecs[:10])  # linked before this run
        shards.factory("members", [], np.zeros((0, 16), np.float32))
        got = []
        for start in range(10, 90, 20):  # batches of 20: the actors hold what came before each
            batch = vecs[start : start + 20]
            shards.prepare([m.reshape(1, -1) for m in batch])
            for i, v in enumerate(batch):
                hits = index.query(v, 5)
                assert [h[0] for h in hits] == [h[0] for h in _exact(list(zip(keys, vecs))[: start + i], v, 5)]
                got.append(hits)
                index.add([keys[start + i]], v.reshape(1, -1))
        assert sum(s["items"]["documents"] for s in shards.stats()) == 70  # the last batch is not sent yet
        assert len(shards.actors) == workers
        shards.close()
        answers.append(got)
    assert answers[0] == answers[1]


def test_what_ray_prints_on_the_driver_stays_off_the_json(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Ray prints the errors its nodes publish ("(raylet) A worker died …") on the driver's stdout
    from a thread of its own; during `link --engine ray --json` they go to stderr, so that stdout
    stays one JSON document. The run is replaced by one that prints as Ray does (no cluster needed)."""
    import sys

    from sourcetrace.engines import ray_link

    first, _rest, _n = _split(tmp_path)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["ingest", str(first), "--db", url, "--workers", "1"]) == 0
    capsys.readouterr()

    def noisy(store: object, **kwargs: object) -> dict[str, object]:
        print("(raylet) A worker died or was killed while executing a task", file=sys.stdout)
        return {"linked": 3, "engine": "ray", "failures": []}

    monkeypatch.setattr(ray_link, "link_store_ray", noisy)
    assert main(["link", "--db", url, "--engine", "ray", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == {"linked": 3, "engine": "ray", "failures": []}
    assert "(raylet) A worker died" in err


def test_a_ray_started_for_the_command_is_shut_down_before_its_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ray that `start_ray` starts inside `driver_output_to_stderr` is shut down when the block
    ends (its thread then prints nothing after the command's JSON); a Ray the caller had started
    keeps running. A stand-in `ray` module records the calls."""
    import sys
    import types

    from sourcetrace.engines import ray_engine

    calls: list[str] = []
    state = {"up": False}
    fake = types.ModuleType("ray")
    fake.is_initialized = lambda: state["up"]  # type: ignore[attr-defined]
    fake.init = lambda **kw: (calls.append("init"), state.update(up=True))  # type: ignore[attr-defined]
    fake.shutdown = lambda: (calls.append("shutdown"), state.update(up=False))  # type: ignore[attr-defined]
    data = types.ModuleType("ray.data")
    data.DataContext = types.SimpleNamespace(get_current=lambda: types.SimpleNamespace())  # type: ignore[attr-defined]
    fake.data = data  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ray", fake)
    monkeypatch.setitem(sys.modules, "ray.data", data)

    with ray_engine.driver_output_to_stderr():
        ray_engine.start_ray(None, 1)
    assert calls == ["init", "shutdown"]
    calls.clear()
    state["up"] = True  # the caller's own session
    with ray_engine.driver_output_to_stderr():
        ray_engine.start_ray(None, 1)
    assert calls == [] and state["up"]
