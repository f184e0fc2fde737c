"""`ingest` end to end: inputs of every kind, ids, bad documents with their reasons, duplicates,
idempotence, resume after kill -9, export as the single-article JSON writer gives it, reanalyze."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from corpus_helpers import article, english, gzip_bytes, html_page, warc_bytes, write_jsonl

import sourcetrace
from sourcetrace.cli.main import main
from sourcetrace.document import ArticleDate
from sourcetrace.store import Store
from sourcetrace.writers.json import to_dict

SRC = Path(__file__).resolve().parents[2] / "src"


def make_inputs(root: Path) -> list[str]:
    folder = root / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(article(0), encoding="utf-8")
    (folder / "sub" / "b.html").write_text(html_page("Hafen wird erneuert", article(1)), encoding="utf-8")
    (folder / "c.txt.gz").write_bytes(gzip_bytes(article(2).encode("utf-8")))
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "nomain.html").write_text("<html><body><nav><a href='/'>x</a></nav></body></html>", encoding="utf-8")
    (folder / "copy.txt").write_text(article(0), encoding="utf-8")  # a.txt's text under another name: added
    (folder / "ignored.pdf").write_bytes(b"%PDF-1.4")
    write_jsonl(root / "docs.jsonl", [
        {"id": "j1", "text": article(3), "outlet": "Nordstädter Zeitung", "date": "2025-02-03", "title": "Eins"},
        {"text": article(4), "url": "https://example.org/j2", "date": "2025-02"},
        {"text": article(5), "date": "2025"},
        "{not json",
        {"id": "j1", "text": article(6)},  # the same id again: a duplicate
        {"id": "j7", "html": html_page("Englisch", english(7)), "lang": "en", "outlet": "Harbour Post"},
        {"id": "j8"},
        {"id": "j9", "text": article(9), "date": "03.02.2025"},
        [1, 2],
    ])
    good = html_page("Stadtbahn", article(10)).encode()
    data = warc_bytes([("https://example.org/w1", "text/html; charset=utf-8", good, "200 OK"),
                       ("https://example.org/logo.png", "image/png", b"\x89PNG....", "200 OK"),
                       ("https://example.org/w3", "text/html", html_page("Markt", article(11)).encode(), "200 OK")])
    (root / "crawl.warc").write_bytes(data[: len(data) - 300])  # the last record cut off
    (root / "crawl2.warc.gz").write_bytes(warc_bytes([("https://example.org/w4", "text/html",
                                                       html_page("Schule", article(12)).encode(), "200 OK")], gz=True))
    return [str(folder), str(root / "docs.jsonl"), str(root / "crawl.warc"), str(root / "crawl2.warc.gz")]


def run_cli(*args: str) -> int:
    return main(list(args))


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    root = tmp_path_factory.mktemp("ingest")
    url = f"sqlite:///{root / 'store.db'}"
    rc = run_cli("ingest", *make_inputs(root), "--db", url, "--workers", "2")
    return root, url, rc


def test_ids_documents_and_failures(ingested: tuple[Path, str, int]) -> None:
    _root, url, rc = ingested
    assert rc == 1  # some documents were set aside
    with Store.open(url) as store:
        s = store.status()
        ids = {r["id"] for r in store.iter_documents()}
    assert ids >= {"a.txt", "sub/b.html", "c.txt.gz", "j1", "https://example.org/j2", "j7", "copy.txt",
                   "https://example.org/w1", "https://example.org/w4"}
    assert any(i.startswith("sha256:") for i in ids)  # no id, no url: the content hash
    assert len(ids) == 10 and s["documents"] == 10  # copy.txt (a.txt's text under its own name) too
    reasons = {(Path(f["input"]).name, f["item"]): f["reason"] for f in s["failures"]}
    assert "empty" in reasons[("empty.txt", "")]
    assert "binary" in reasons[("binary.txt", "")]
    assert "no main text" in reasons[("nomain.html", "")]
    assert "line 4" in reasons[("docs.jsonl", "line 4")] and "JSON" in reasons[("docs.jsonl", "line 4")]
    assert "'text' or 'html'" in reasons[("docs.jsonl", "line 7")]
    assert "not YYYY-MM-DD" in reasons[("docs.jsonl", "line 8")]
    assert "object" in reasons[("docs.jsonl", "line 9")]
    warc = {k[1]: v for k, v in reasons.items() if k[0] == "crawl.warc"}
    assert sum("not an HTML record (image/png)" in v for v in warc.values()) == 1
    assert sum("truncated" in v for v in warc.values()) == 1
    assert s["runs"][0]["duplicates"] == 1  # the second j1 (same id); copy.txt, a.txt's text, is added
    assert s["runs"][0]["failed"] == len(s["failures"]) == 9


def test_metadata_dates_and_offsets(ingested: tuple[Path, str, int]) -> None:
    _root, url, _rc = ingested
    with Store.open(url) as store:
        rows = {r["id"]: r for r in store.iter_documents()}
    assert (rows["j1"]["outlet"], rows["j1"]["date"], rows["j1"]["date_origin"]) == (
        "Nordstädter Zeitung", "2025-02-03", "given")
    assert (rows["https://example.org/j2"]["date"], rows["https://example.org/j2"]["date_origin"]) == (
        "2025-02", "given")
    assert rows["https://example.org/j2"]["url"] == "https://example.org/j2"
    assert rows["j7"]["language"] == "en" and rows["j7"]["input_format"] == "html"
    assert rows["https://example.org/w1"]["date"] == "2025-03-04"  # the page's own date
    assert rows["https://example.org/w4"]["url"] == "https://example.org/w4"
    for r in rows.values():
        analysis = json.loads(r["analysis"])
        for a in analysis["attributions"]:
            for c in a["content"]:
                assert r["text"][c["start"]:c["end"]] == c["text"]


def test_warc_date_is_the_fallback(tmp_path: Path) -> None:
    body = f"<html><body><article><p>{article(13)}</p></article></body></html>".encode()
    (tmp_path / "c.warc").write_bytes(warc_bytes([("https://example.org/x", "text/html", body, "200 OK")]))
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert run_cli("ingest", str(tmp_path / "c.warc"), "--db", url, "--workers", "1") == 0
    with Store.open(url) as store:
        row = store.get("https://example.org/x")
    assert (row is not None and row["date"] in ("2025-05-06", None)) or row["date_origin"] == "inferred"


def test_export_is_the_single_article_json(ingested: tuple[Path, str, int], tmp_path: Path) -> None:
    _root, url, _rc = ingested
    out = tmp_path / "docs.jsonl"
    assert run_cli("export", "documents", "--db", url, "-o", str(out)) == 0
    docs = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    d = docs["j1"]
    assert list(d)[:5] == ["id", "url", "outlet", "date", "title"]
    # title, date and publisher (the outlet) from the JSONL line
    doc = sourcetrace.Document(text=article(3), name="j1", title="Eins", publisher="Nordstädter Zeitung")
    doc.date = ArticleDate("2025-02-03", "given", "input")
    fresh = to_dict(sourcetrace.default_pipeline()(doc))
    assert {k: v for k, v in d.items() if k not in ("id", "url", "outlet")} == fresh
    csv_out = tmp_path / "docs.csv"
    assert run_cli("export", "documents", "--db", url, "--format", "csv", "-o", str(csv_out)) == 0
    assert len(csv_out.read_text(encoding="utf-8").splitlines()) == len(docs) + 1
    pq = pytest.importorskip("pyarrow.parquet")
    assert run_cli("export", "documents", "--db", url, "--format", "parquet", "-o", str(tmp_path / "d.parquet")) == 0
    table = pq.read_table(tmp_path / "d.parquet")
    assert table.num_rows == len(docs)
    assert json.loads(table.column("analysis")[0].as_py())["segments"]


def test_ingest_again_adds_nothing(ingested: tuple[Path, str, int]) -> None:
    root, url, _rc = ingested
    with Store.open(url) as store:
        before = [(r["id"], r["content_hash"], r["analysis"]) for r in store.iter_documents()]
        failures = store.status()["failures"]
    run_cli("ingest", *make_inputs(root / "again"), "--db", url, "--workers", "1")
    with Store.open(url) as store:
        after = [(r["id"], r["content_hash"], r["analysis"]) for r in store.iter_documents()]
        s = store.status()
    assert after == before
    assert s["runs"][-1]["added"] == 0 and s["runs"][-1]["duplicates"] == 11
    assert len(s["failures"]) == 2 * len(failures)  # same items, other paths: recorded once each


def test_show_in_every_format(ingested: tuple[Path, str, int], capsys: pytest.CaptureFixture[str]) -> None:
    _root, url, _rc = ingested
    assert run_cli("show", "j1", "--db", url, "--format", "json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == json.loads(Store.open(url).get("j1")["analysis"])  # type: ignore[index]
    assert run_cli("show", "j1", "--db", url) == 0
    text = capsys.readouterr().out
    assert "SOURCES USED" in text and "Polizei" in text
    assert run_cli("show", "j1", "--db", url, "--format", "html") == 0
    assert capsys.readouterr().out.lstrip().lower().startswith("<!doctype html")
    assert run_cli("show", "nope", "--db", url) == 2
    err = capsys.readouterr().err
    assert "E048" in err and err.count("\n") == 1


def test_search_sources_status_commands(ingested: tuple[Path, str, int], capsys: pytest.CaptureFixture[str]) -> None:
    _root, url, _rc = ingested
    assert run_cli("search", "Polizei", "--db", url, "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all({"id", "snippet"} <= set(h) for h in hits)
    assert run_cli("sources", "--db", url, "--json") == 0
    res = json.loads(capsys.readouterr().out)
    assert {"sources", "types", "outlets"} <= set(res)
    assert run_cli("status", "--db", url, "--json") == 0
    s = json.loads(capsys.readouterr().out)
    assert isinstance(s["documents"], int) and all({"input", "reason"} <= set(f) for f in s["failures"])
    assert run_cli("status", "--db", url) == 0
    assert "documents" in capsys.readouterr().out


def test_user_mistakes_are_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonl = write_jsonl(tmp_path / "x.jsonl", [{"text": article(0)}])
    cases = [
        ("ingest", str(tmp_path / "missing.jsonl"), "--db", f"sqlite:///{tmp_path / 'a.db'}"),
        ("ingest", str(tmp_path / "x.jsonl"), "--db", "nonsense://"),
        ("ingest", str(jsonl), "--db", "postgresql://nobody@127.0.0.1:1/x"),
        ("status", "--db", f"sqlite:///{tmp_path / 'none.db'}"),
        ("search", "x", "--db", f"sqlite:///{tmp_path / 'none.db'}"),
        ("ingest", str(tmp_path / "x.pdf"), "--db", f"sqlite:///{tmp_path / 'a.db'}"),
        ("status", "--db", f"sqlite:///{tmp_path / 'garbage.db'}"),  # a file that is no database
    ]
    (tmp_path / "garbage.db").write_bytes(b"this is not a database file" * 100)
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    for args in cases:
        assert run_cli(*args) == 2, args
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, (args, err)
    assert not (tmp_path / "none.db").exists()


def test_missing_extra_gives_a_hint(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "warcio" else real(name, *a))
    assert run_cli("status", "--db", "sqlite:///x.db") == 2
    err = capsys.readouterr().err
    assert "pip install 'sourcetrace[corpus]'" in err and err.count("\n") == 1


def test_settings_file_then_env_then_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcetrace.settings import resolve

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCETRACE_DB", raising=False)
    monkeypatch.delenv("SOURCETRACE_SETTINGS", raising=False)
    assert resolve()["db"] == "sqlite:///sourcetrace.db"
    (tmp_path / "sourcetrace.toml").write_text('db = "sqlite:///file.db"\nworkers = 3\n', encoding="utf-8")
    assert resolve()["db"] == "sqlite:///file.db" and resolve()["workers"] == 3
    monkeypatch.setenv("SOURCETRACE_DB", "sqlite:///env.db")
    assert resolve()["db"] == "sqlite:///env.db"
    assert resolve(db="sqlite:///flag.db")["db"] == "sqlite:///flag.db"
    (tmp_path / "sourcetrace.toml").write_text('dbb = "x"\n', encoding="utf-8")
    with pytest.raises(sourcetrace.InputError, match="unknown setting"):
        resolve()


def test_reanalyze_brings_old_documents_up_to_date(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "x.jsonl", [{"id": f"r{i}", "text": article(i)} for i in range(3)]
                        + [{"id": "h", "html": html_page("Seite", article(5))}])
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert run_cli("ingest", str(jsonl), "--db", url, "--workers", "1") == 0
    with Store.open(url) as store:
        before = {r["id"]: r["analysis"] for r in store.iter_documents()}
        store.raw("SELECT 1")
        with store.engine.begin() as conn:
            from sqlalchemy import text

            conn.execute(text("UPDATE documents SET pipeline_version = 'old', analysis = '{}' WHERE id IN ('r1', 'h')"))
            conn.execute(text("DELETE FROM attributions"))
        assert store.status(sourcetrace.corpus.pipeline_version())["outdated"] == 2
    assert run_cli("reanalyze", "--db", url, "--workers", "1") == 0
    with Store.open(url) as store:
        after = {r["id"]: r["analysis"] for r in store.iter_documents()}
        assert store.status(sourcetrace.corpus.pipeline_version())["outdated"] == 0
        n = store.raw("SELECT COUNT(*) AS n FROM attributions")[0]["n"]
    assert after == before
    assert n == sum(len(json.loads(before[k])["attributions"]) for k in ("r1", "h"))


def _rows(url: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    with Store.open(url) as store:
        docs = [(r["id"], r["content_hash"], r["analysis"]) for r in store.iter_documents()]
        fails = [(f["input"], f["item"], f["reason"]) for f in store.status()["failures"]]
        n = store.raw("SELECT COUNT(*) AS n FROM attributions")[0]["n"]
    return sorted(docs), [*sorted(fails), ("attributions", str(n), "")]


def test_resume_after_kill_9_gives_the_uninterrupted_result(tmp_path: Path) -> None:
    rows: list[dict[str, object] | str] = [{"id": f"k{i}", "text": article(i)} for i in range(96)]
    rows.insert(10, "{broken")
    rows.insert(20, {"id": "k3", "text": article(40)})
    jsonl = write_jsonl(tmp_path / "k.jsonl", rows)
    env = {**os.environ, "PYTHONPATH": str(SRC), "SOURCETRACE_COMMIT_EVERY": "1"}
    cmd = [sys.executable, "-m", "sourcetrace.cli.main", "ingest", str(jsonl), "--workers", "2"]
    whole = f"sqlite:///{tmp_path / 'whole.db'}"
    subprocess.run([*cmd, "--db", whole], env=env, check=False, capture_output=True, timeout=300)
    killed = f"sqlite:///{tmp_path / 'killed.db'}"
    proc = subprocess.Popen([*cmd, "--db", killed], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # a plain read-only look, cheap enough to poll often
        time.sleep(0.05)
        try:
            with closing(sqlite3.connect(f"file:{tmp_path / 'killed.db'}?mode=ro", uri=True, timeout=0.5)) as conn:
                if conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] >= 5:
                    break
        except sqlite3.Error:  # the store is still being created, or locked for a moment
            continue
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store.open(killed) as store:
        assert 5 <= store.count() < 96  # it was stopped halfway
    res = subprocess.run([*cmd, "--db", killed], env=env, check=False, capture_output=True, timeout=300)
    assert res.returncode == 1  # the broken line
    assert _rows(killed) == _rows(whole)
    with Store.open(killed) as store:
        runs = store.status()["runs"]
    assert runs[0]["finished_at"] is None and runs[1]["finished_at"] is not None


def test_parquet_shards_load_as_they_are(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from sourcetrace.corpus import analyse_item, iter_items
    from sourcetrace.store.shards import read_shard, write_shard

    jsonl = write_jsonl(tmp_path / "x.jsonl", [{"id": f"p{i}", "text": article(i), "outlet": "O"} for i in range(3)])
    records = [analyse_item(it) for it in iter_items([str(jsonl)])]  # type: ignore[arg-type]
    write_shard(records, tmp_path / "shard.parquet")  # type: ignore[arg-type]
    assert [r.to_json() for r in read_shard(tmp_path / "shard.parquet")] == [r.to_json() for r in records]  # type: ignore[union-attr]
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert run_cli("ingest", str(tmp_path / "shard.parquet"), str(tmp_path / "bad.parquet"), "--db", url) == 1
    assert run_cli("ingest", str(tmp_path / "shard.parquet"), str(jsonl), "--db", url, "--workers", "1") == 0
    with Store.open(url) as store:
        s = store.status()
        rows = {r["id"]: r for r in store.iter_documents()}
    assert set(rows) == {"p0", "p1", "p2"} and s["runs"][1]["duplicates"] == 6
    assert json.loads(rows["p1"]["analysis"]) == records[1].analysis  # type: ignore[union-attr]
    assert [Path(f["input"]).name for f in s["failures"]] == ["bad.parquet"]


def test_a_rows_outlet_is_the_publisher_and_its_month_date_is_used(tmp_path: Path) -> None:
    own = ('"The fares must rise," board treasurer Oskar Wendt told the Pellwick Gazette.\n'
           "The new fares start in April, Wendt said.")
    dated = "PELLWICK SOUND, March 11, 2026 — The ferry board agreed on Monday to raise fares, its treasurer said."
    jsonl = write_jsonl(tmp_path / "x.jsonl", [
        {"id": "own", "text": own, "outlet": "Pellwick Gazette", "lang": "en", "date": "2026-03-11"},
        {"id": "other", "text": own.replace("April", "May"), "outlet": "Harbour Post", "lang": "en", "date": "2026-03-12"},
        {"id": "month", "text": dated, "outlet": "Harbour Post", "lang": "en", "date": "2026-03"},
        {"id": "bare", "text": "The ferry board agreed on Monday to raise fares, its treasurer said.", "lang": "en",
         "date": "2026-03"},
    ])
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert run_cli("ingest", str(jsonl), "--db", url, "--workers", "1") == 0

    def check(rows: dict[str, dict[str, object]]) -> None:
        a = {k: json.loads(str(r["analysis"])) for k, r in rows.items()}
        assert a["own"]["publisher"] == "Pellwick Gazette"
        assert not [v for x in a["own"]["attributions"] for v in x["via"]]  # its own name is no link
        assert "Pellwick Gazette" not in [s["name"] for s in a["own"]["sources"]]
        # in another outlet's article the Gazette is a link of the chain
        assert ["Pellwick Gazette"] in [[v["name"] for v in x["via"]] for x in a["other"]["attributions"]]
        assert (a["month"]["date"], rows["month"]["date"]) == ("2026-03-11", "2026-03-11")
        assert "within the given 2026-03 (input)" in a["month"]["date_evidence"]
        # the row's month made exact is still the given date, in the analysis and the store's column
        assert a["month"]["date_origin"] == rows["month"]["date_origin"] == "given"
        assert "2026-03-09" in [t["value"] for t in a["month"]["timexes"]]  # Monday, against the exact date
        assert (a["bare"]["date"], a["bare"]["date_origin"]) == ("2026-03", "given")
        assert (rows["bare"]["date"], rows["bare"]["date_origin"]) == ("2026-03", "given")

    with Store.open(url) as store:
        rows = {r["id"]: r for r in store.iter_documents()}
    check(rows)
    with Store.open(url) as store, store.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("UPDATE documents SET pipeline_version = 'old', analysis = '{}'"))
    assert run_cli("reanalyze", "--db", url, "--workers", "1") == 0
    with Store.open(url) as store:
        again = {r["id"]: r for r in store.iter_documents()}
    check(again)
    assert [again[k]["analysis"] for k in rows] == [rows[k]["analysis"] for k in rows]
