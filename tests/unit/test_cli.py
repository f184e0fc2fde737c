"""The command line: reports, several inputs, and one clear line for every bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sourcetrace.cli.main import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "beispiel.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sourcetrace.cli.main", *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, timeout=120)


def test_text_report_names_sources_and_sections(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(EXAMPLE), "--date", "2026-03-03"]) == 0
    out = capsys.readouterr().out
    for section in ("SOURCES USED", "CLAIMS BY SOURCE", "THE AUTHOR'S OWN CLAIMS", "EMBEDDED POSTS", "READER COMMENTS"):
        assert section in out
    assert "Andrea Muster [person" in out


def test_json_output_keeps_the_contract(tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    assert main(["analyze", str(EXAMPLE), "--format", "json", "-o", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    for key in ("segments", "attributions", "sources", "hedges", "timexes", "quantities"):
        assert isinstance(d[key], list) and d[key], key
    schema = json.loads((Path(__file__).resolve().parents[2] / "docs" / "schema.json").read_text(encoding="utf-8"))
    import jsonschema

    jsonschema.validate(d, schema)


def test_the_publisher_applied_is_said_in_the_report_and_the_json(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "p.txt"
    f.write_text('"The fares must rise," board treasurer Oskar Wendt told the Pellwick Gazette.', encoding="utf-8")
    assert main(["analyze", str(f), "--date", "2026-03-11", "--lang", "en", "--publisher", "Pellwick Gazette"]) == 0
    assert "publisher: Pellwick Gazette — the end of every chain" in capsys.readouterr().out
    out = tmp_path / "p.json"
    assert main(["analyze", str(f), "--date", "2026-03-11", "--lang", "en", "--publisher", "Pellwick Gazette",
                 "--format", "json", "-o", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["publisher"] == "Pellwick Gazette" and not d["attributions"][0]["via"]
    assert main(["analyze", str(f), "--date", "2026-03-11", "--lang", "en", "--format", "json", "-o", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["publisher"] is None and [v["name"] for v in d["attributions"][0]["via"]] == ["Pellwick Gazette"]
    assert "publisher:" not in capsys.readouterr().out


def test_several_inputs_go_to_a_directory_and_bad_ones_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    rc = main(["analyze", str(EXAMPLE), str(empty), str(tmp_path / "missing.txt"), "--format", "html", "--output-dir", str(tmp_path / "out")])
    assert rc == 1
    assert (tmp_path / "out" / "beispiel.html").exists()
    err = capsys.readouterr().err
    assert "empty.txt" in err and "missing.txt" in err and "2 input(s) could not be analysed" in err


@pytest.mark.parametrize(("setup", "needle"), [
    ("missing", "no such file"),
    ("dir", "sourcetrace ingest FOLDER"),  # a command that exists
    ("empty", "the file is empty"),
    ("binary", "looks binary"),
    ("latin1", "not UTF-8"),
    ("big", "over the limit"),
    ("nohtml", "no main text"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, setup: str, needle: str) -> None:
    p = tmp_path / "in.txt"
    extra: list[str] = []
    if setup == "dir":
        p = tmp_path
    elif setup == "empty":
        p.write_bytes(b"  \n")
    elif setup == "binary":
        p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    elif setup == "latin1":
        p.write_bytes("Grüße aus Zürich".encode("latin-1"))
    elif setup == "big":
        p.write_text("Satz. " * 100)
        extra = ["--max-bytes", "100"]
    elif setup == "nohtml":
        p.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    r = run("analyze", str(p), *extra)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], r.stderr
    assert "Traceback" not in r.stderr


def test_bad_date_and_lang_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(EXAMPLE), "--date", "13.10.2024"]) == 2
    assert main(["analyze", str(EXAMPLE), "--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err and "use one of" in err


@pytest.mark.parametrize("limit", ["0", "-5"])
def test_a_limit_that_refuses_everything_is_refused(limit: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(EXAMPLE), "--max-bytes", limit]) == 2
    err = capsys.readouterr().err
    assert "[E052]" in err and err.count("\n") == 1


@pytest.mark.parametrize(("name", "code", "kind"), [
    ("feed.jsonl", "E012", "a JSONL file"), ("feed.jsonl.gz", "E012", "a JSONL file"),
    ("crawl.warc.gz", "E012", "a WARC file"), ("shard.parquet", "E012", "a sourcetrace Parquet shard"),
    ("report.json", "E013", "is JSON"), ("feed.ndjson", "E012", "a JSONL file"), ("report.json.gz", "E013", "is JSON")])
def test_a_file_of_many_articles_or_json_points_to_ingest(tmp_path: Path, name: str, code: str, kind: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / name
    p.write_text('{"id": "a1", "text": "Laut Polizei gab es drei Verletzte."}\n', encoding="utf-8")
    assert main(["analyze", str(p)]) == 2
    err = capsys.readouterr().err
    assert f"[{code}]" in err and "sourcetrace ingest" in err and err.count("\n") == 1
    assert f"{p}: {kind}" in err  # what the file is: ingest reads only sourcetrace's own Parquet shards


def test_a_gzipped_article_is_read_as_ingest_reads_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import gzip

    article = "Laut Polizei gab es drei Verletzte."
    p = tmp_path / "a.txt.gz"
    p.write_bytes(gzip.compress(article.encode()))
    assert main(["analyze", str(p), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["attributions"][0]["mode"] == "according_to"
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(p.read_bytes()[:-12])
    big = tmp_path / "big.txt.gz"
    big.write_bytes(gzip.compress(article.encode() * 100))
    for path, code in ((cut, "E014"), (big, "E006"), (tmp_path / "fake.txt.gz", "E014")):
        if path.name.startswith("fake"):
            path.write_text(article, encoding="utf-8")
        assert main(["analyze", str(path), "--max-bytes", "1000"]) == 2
        err = capsys.readouterr().err
        assert f"[{code}]" in err and err.count("\n") == 1, err


def test_a_large_gzip_is_not_read_whole_and_every_member_is_read(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import gzip
    import os
    import tracemalloc

    from sourcetrace.readers import read_path

    # 3 MB that do not compress: over a 1,000-byte limit after its first chunk, never held whole
    big = tmp_path / "big.txt.gz"
    big.write_bytes(gzip.compress(os.urandom(3_000_000), compresslevel=1))
    # a first run imports what the command imports lazily, so that the traced run measures reading alone
    # (run by itself, the test would otherwise count the modules' first import)
    assert main(["analyze", str(big), "--max-bytes", "1000"]) == 2
    capsys.readouterr()
    tracemalloc.start()
    try:
        assert main(["analyze", str(big), "--max-bytes", "1000"]) == 2
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "[E006]" in capsys.readouterr().err and peak < 1_000_000, peak
    # two gzip members one after the other (`cat a.gz b.gz`) are one file, as gzip reads it
    two = tmp_path / "two.txt.gz"
    two.write_bytes(gzip.compress(b"Laut Polizei gab es drei Verletzte. ") + gzip.compress(b"Der Rest folgt."))
    assert read_path(str(two))[1].endswith(b"Der Rest folgt.")


@pytest.mark.parametrize("args", [["analyze", "x.txt", "--format", "jsn"], ["export", "xml"], []])
def test_a_wrong_option_is_one_line_that_points_to_help(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err and "--help'" in err and "usage:" not in err


def test_stdin_is_read() -> None:
    r = run("analyze", "-", "--format", "json", stdin=b"Laut Polizei gab es drei Verletzte.")
    assert r.returncode == 0
    assert json.loads(r.stdout)["attributions"][0]["mode"] == "according_to"


def test_steps_lists_requires_and_assigns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["steps"]) == 0
    assert "attribution.rules.v1" in capsys.readouterr().out


def test_lang_option_holds_for_the_article_text(tmp_path: Path) -> None:
    # an English-looking line that the caller says is German: the CLI and the API agree
    src = tmp_path / "a.txt"
    src.write_text("Der Bürgermeister sagte, the bridge will be closed on Monday for repairs.\n", encoding="utf-8")
    out = tmp_path / "a.json"
    assert main(["analyze", str(src), "--lang", "de", "--format", "json", "-o", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["language"] == "de"
    assert {s["language"] for s in d["segments"] if s["kind"] == "body"} == {"de"}


def test_python_dash_m_sourcetrace_runs_the_command_line() -> None:
    proc = subprocess.run([sys.executable, "-m", "sourcetrace", "steps"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "attribution" in proc.stdout
