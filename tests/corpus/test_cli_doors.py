"""The corpus and linking commands as a newcomer meets them: where the result goes (`-o FILE`, a
closed standard output) is checked before any work, and a wrong value is one line and exit 2,
never a traceback. Our own small articles (corpus_helpers)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_helpers import article, gzip_bytes, write_jsonl

from sourcetrace.cli.main import main

SRC = Path(__file__).resolve().parents[2] / "src"
POSIX = pytest.mark.skipif(os.name != "posix", reason="closes a file descriptor of a child process")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("doors")
    url = f"sqlite:///{root / 'store.db'}"
    feed = write_jsonl(root / "feed.jsonl", [{"id": "d1", "text": article(1), "outlet": "Nordstädter Zeitung"}])
    assert main(["ingest", str(feed), "--db", url, "--workers", "1"]) == 0
    return url


def _one_line(err: str, code: str) -> None:
    assert "Traceback" not in err and err.count("\n") == 1 and f"[{code}]" in err, err


@pytest.mark.parametrize("command", [["export", "documents"], ["export", "documents", "--format", "csv"],
                                     ["export", "documents", "--format", "parquet"], ["export", "claims"],
                                     ["show", "d1"], ["story", "s-x"]])
def test_bad_output_file_is_one_line_before_any_work(store: str, tmp_path: Path, command: list[str],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--db", store, "-o", str(tmp_path / "missing" / "out.x")]) == 2
    _one_line(capsys.readouterr().err, "E041")
    assert main([*command, "--db", store, "-o", str(tmp_path)]) == 2
    _one_line(capsys.readouterr().err, "E075")
    assert not any(tmp_path.iterdir())  # nothing left behind


def test_show_writes_its_report_to_a_file(store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "d1.html"
    assert main(["show", "d1", "--db", store, "--format", "html", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert main(["show", "d1", "--db", store, "--format", "json", "-o", str(tmp_path / "d1.json")]) == 0
    assert json.loads((tmp_path / "d1.json").read_text(encoding="utf-8"))["attributions"]


def test_unknown_source_type_names_the_types(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--db", store, "--type", "persons"]) == 2
    err = capsys.readouterr().err
    _one_line(err, "E076")
    assert "person" in err and "anonymous" in err
    assert main(["sources", "--db", store, "--type", "person", "--json"]) == 0
    assert {s["type"] for s in json.loads(capsys.readouterr().out)["sources"]} == {"person"}


@POSIX
@pytest.mark.parametrize("command", [["export", "documents"], ["stories"], ["status"]])
def test_closed_stdout_is_one_line_not_silence(store: str, command: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    r = subprocess.run([sys.executable, "-m", "sourcetrace", *command, "--db", store], stdout=None,
                       stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1), env=env, timeout=120, check=False)
    assert r.returncode == 2
    _one_line(r.stderr.decode(), "E045")
    assert ("pass -o FILE" in r.stderr.decode()) == (command[0] == "export")  # stories and status have no -o


def test_unlinked_store_exports_say_why_they_are_empty(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("hnswlib")
    for what in ("stories", "claims"):
        assert main(["export", what, "--db", store]) == 0
        cap = capsys.readouterr()
        assert cap.out == "" and f"no {what} yet: run 'sourcetrace link'" in cap.err


def test_a_linked_store_without_claims_says_so_not_run_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("hnswlib")
    url = f"sqlite:///{tmp_path / 'quiet.db'}"
    assert main(["export", "claims", "--db", url]) == 2  # no store at all: E064
    capsys.readouterr()
    feed = write_jsonl(tmp_path / "quiet.jsonl", [{"id": "q1", "outlet": "Seeblatt", "date": "2025-04-02",
                                                   "text": "Sonniger Tag\n\nWie schön ist das?\n"}])  # no claim
    assert main(["ingest", str(feed), "--db", url, "--workers", "1"]) == 0
    assert main(["link", "--db", url, "--encoder", "hashing"]) == 0
    capsys.readouterr()
    assert main(["export", "claims", "--db", url]) == 0
    cap = capsys.readouterr()
    assert cap.out == "" and "no claims: the 1 linked document(s) hold none" in cap.err
    assert "run 'sourcetrace link'" not in cap.err
    assert main(["export", "stories", "--db", url]) == 0  # a story of one: no hint
    cap = capsys.readouterr()
    assert json.loads(cap.out)["documents"] == ["q1"] and cap.err == ""


def test_files_of_a_folder_that_are_no_articles_are_counted_with_their_reason(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(article(4), encoding="utf-8")
    (folder / "notes.md").write_text("to do\n", encoding="utf-8")
    (folder / "sub" / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    write_jsonl(folder / "sub" / "feed.jsonl", [{"id": "f1", "text": article(5)}])
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert main(["ingest", str(folder), "--db", url, "--workers", "1"]) == 0  # no article was set aside
    err = capsys.readouterr().err
    assert "1 added, 0 duplicate(s) skipped, 0 set aside, 3 other file(s) skipped" in err
    assert "notes.md: not an article file (.md)" in err and "scan.pdf: not an article file (.pdf)" in err
    assert "feed.jsonl: a JSONL file inside a folder is not read; pass it to ingest by name" in err


def test_a_cut_off_gzip_in_a_folder_is_set_aside_not_stored_cut(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "whole.txt.gz").write_bytes(gzip_bytes(article(2).encode("utf-8")))
    (folder / "cut.txt.gz").write_bytes(gzip_bytes(article(3).encode("utf-8"))[:-20])
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert main(["ingest", str(folder), "--db", url, "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "cut.txt.gz: not a readable gzip file (it ends early)" in err and "1 added" in err


@pytest.mark.parametrize("bound", ["2025-13", "2025-02-30", "garbage"])
def test_a_date_bound_that_is_no_day_is_refused(store: str, bound: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Polizei", "--db", store, "--until", bound]) == 2
    _one_line(capsys.readouterr().err, "E068")
    assert main(["search", "Polizei", "--db", store, "--since", "2024-02-29", "--json"]) == 0


def test_search_without_words_asks_for_words(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    for query in ("", "   "):
        assert main(["search", query, "--db", store]) == 2
        _one_line(capsys.readouterr().err, "E078")


def test_a_type_filter_keeps_the_outlets_share_of_all_their_claims(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--db", store, "--json"]) == 0
    whole = {o["outlet"]: o for o in json.loads(capsys.readouterr().out)["outlets"]}
    for kind in ("person", "anonymous"):
        assert main(["sources", "--db", store, "--type", kind, "--json"]) == 0
        filtered = {o["outlet"]: o for o in json.loads(capsys.readouterr().out)["outlets"]}
        assert filtered == whole  # the type narrows the sources, not the outlets' counts and shares


def test_an_ndjson_feed_that_analyze_sends_to_ingest_is_ingested(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    # (analyze refuses feed.ndjson with E012 naming 'sourcetrace ingest feed.ndjson': that command works)
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "n1", "text": article(4)}]).rename(tmp_path / "feed.ndjson")
    assert main(["analyze", str(feed)]) == 2
    assert f"sourcetrace ingest {feed}" in capsys.readouterr().err
    assert main(["ingest", str(feed), "--db", f"sqlite:///{tmp_path / 's.db'}", "--workers", "1"]) == 0
    assert "1 added" in capsys.readouterr().err


@pytest.mark.parametrize(("flag", "value"), [("--workers", "-1"), ("--commit-every", "0")])
def test_a_worker_count_or_batch_below_its_least_is_refused(tmp_path: Path, flag: str, value: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    feed = write_jsonl(tmp_path / "f.jsonl", [{"id": "w1", "text": article(6)}])
    url = f"sqlite:///{tmp_path / 'w.db'}"
    assert main(["ingest", str(feed), "--db", url, flag, value]) == 2
    err = capsys.readouterr().err
    _one_line(err, "E079")
    assert f"setting {flag[2:].replace('-', '_')} = {value}: give" in err and flag in err
    assert not (tmp_path / "w.db").exists()  # refused before any work


@pytest.mark.parametrize("command", [["search", "Regierung"], ["sources"], ["status"]])
def test_a_limit_below_one_is_refused(store: str, command: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:  # argparse's one line, as for any wrong value
        main([*command, "--db", store, "--limit", "0"])
    assert exc.value.code == 2


@pytest.mark.parametrize("command", [["sources"], ["search", "Regierung"], ["search", "Zebrastreifen"]])
def test_an_outlet_the_store_does_not_hold_is_one_line_and_exit_2(store: str, command: list[str],
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # as an unknown --type or story: a mistake of the user's, no empty headings with exit 0
    capsys.readouterr()
    assert main([*command, "--db", store, "--outlet", "Nordstaedter Zeitung"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    _one_line(err, "E094")
    assert "'Nordstaedter Zeitung'" in err and "did you mean 'Nordstädter Zeitung'?" in err
    assert main([*command, "--db", store, "--outlet", "Lokalblatt am See"]) == 2
    err = capsys.readouterr().err
    _one_line(err, "E094")
    assert "did you mean" not in err  # nothing spelt like it


def test_an_outlet_the_store_holds_is_listed_without_a_message(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["sources", "--db", store, "--outlet", "Nordstädter Zeitung"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "Nordstädter Zeitung" in out
    assert main(["search", "Zebrastreifen", "--db", store, "--outlet", "Nordstädter Zeitung"]) == 0
    assert capsys.readouterr().err == "no hits\n"  # a known outlet without hits: no hits, no error
