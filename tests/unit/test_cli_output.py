"""Where the report goes: a bad -o path, output folder, closed standard output or input is one
line and a non-zero exit, found before the analysis runs so that no work is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import sourcetrace.api
from sourcetrace.cli.main import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "beispiel.txt"
POSIX = pytest.mark.skipif(os.name != "posix", reason="closes file descriptors the POSIX way")


@pytest.fixture
def no_analysis(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Fails the test if the pipeline is built: the output check must come first."""
    built: list[bool] = []

    def refuse(*_: object, **__: object) -> None:
        built.append(True)
        raise AssertionError("the analysis ran before the output was checked")

    monkeypatch.setattr(sourcetrace.api, "default_pipeline", refuse)
    return built


def one_error_line(err: str, code: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"sourcetrace: [{code}]"), err
    return lines[0]


@pytest.mark.parametrize(("target", "code", "needle"), [
    ("missing-folder/report.html", "E041", "does not exist"),
    ("article.txt/report.html", "E041", "does not exist"),  # a file where the folder should be
    ("a-folder", "E040", "is a directory"),
    ("a-folder/", "E040", "is a directory"),
    ("article.txt", "E043", "overwrite the article"),
])
def test_bad_output_path_is_refused_before_the_analysis(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        no_analysis: list[bool], target: str, code: str,
                                                        needle: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Laut Polizei gab es drei Verletzte.\n", encoding="utf-8")
    (tmp_path / "a-folder").mkdir()
    rc = main(["analyze", str(article), "--format", "html", "-o", str(tmp_path / target)])
    assert rc == 2
    assert needle in one_error_line(capsys.readouterr().err, code)
    assert not no_analysis
    assert article.read_text(encoding="utf-8") == "Laut Polizei gab es drei Verletzte.\n"


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs Linux's /proc")
def test_unwritable_output_file_is_refused(capsys: pytest.CaptureFixture[str], no_analysis: list[bool]) -> None:
    assert main(["analyze", str(EXAMPLE), "-o", "/proc/version"]) == 2
    assert "cannot write there" in one_error_line(capsys.readouterr().err, "E042")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     no_analysis: list[bool]) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        assert main(["analyze", str(EXAMPLE), "-o", str(ro / "r.json")]) == 2
        assert "cannot write there" in one_error_line(capsys.readouterr().err, "E042")
        assert main(["analyze", str(EXAMPLE), str(EXAMPLE), "--output-dir", str(ro / "sub")]) == 2
        one_error_line(capsys.readouterr().err, "E044")
    finally:
        ro.chmod(0o700)


def test_output_folder_that_is_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 no_analysis: list[bool]) -> None:
    f = tmp_path / "out"
    f.write_text("x")
    assert main(["analyze", str(EXAMPLE), str(EXAMPLE), "--output-dir", str(f)]) == 2
    assert "not a folder" in one_error_line(capsys.readouterr().err, "E044")
    assert main(["analyze", str(EXAMPLE), str(EXAMPLE), "--output-dir", str(f / "below")]) == 2
    one_error_line(capsys.readouterr().err, "E044")


def test_a_report_file_in_the_output_folder_that_cannot_be_written_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], no_analysis: list[bool]) -> None:
    out = tmp_path / "out"
    (out / "beispiel.html").mkdir(parents=True)  # a folder where the report should go
    assert main(["analyze", str(EXAMPLE), str(EXAMPLE), "--format", "html", "--output-dir", str(out)]) == 2
    assert "beispiel.html: cannot write there" in one_error_line(capsys.readouterr().err, "E042")


def test_the_output_folder_never_overwrites_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     no_analysis: list[bool]) -> None:
    article = tmp_path / "a.json"
    article.write_text("Laut Polizei gab es drei Verletzte.\n", encoding="utf-8")
    assert main(["analyze", str(article), str(EXAMPLE), "--format", "json", "--output-dir", str(tmp_path)]) == 2
    assert "overwrite the article" in one_error_line(capsys.readouterr().err, "E043")
    assert article.read_text(encoding="utf-8") == "Laut Polizei gab es drei Verletzte.\n"


def test_an_existing_report_is_kept_when_the_input_is_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.json"
    out.write_text("earlier report", encoding="utf-8")
    assert main(["analyze", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "earlier report"
    assert not (tmp_path / "missing.txt").exists()
    capsys.readouterr()


def test_a_new_output_folder_is_made(tmp_path: Path) -> None:
    assert main(["analyze", str(EXAMPLE), "--format", "json", "--output-dir", str(tmp_path / "a" / "b")]) == 0
    assert [p.name for p in (tmp_path / "a" / "b").iterdir()] == ["beispiel.json"]


def _run(args: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "sourcetrace.cli.main", *args], stderr=subprocess.PIPE,
                          timeout=120, check=False, **kw)  # type: ignore[call-overload, no-any-return]


@POSIX
def test_closed_stdout_is_one_line_and_non_zero() -> None:
    r = _run(["analyze", str(EXAMPLE)], stdout=None, preexec_fn=lambda: os.close(1))
    assert r.returncode == 2
    one_error_line(r.stderr.decode(), "E045")


@POSIX
def test_closed_stdout_names_o_only_where_the_command_has_it() -> None:
    r = _run(["analyze", str(EXAMPLE)], stdout=None, preexec_fn=lambda: os.close(1))
    assert "pass -o FILE" in r.stderr.decode()
    r = _run(["steps"], stdout=None, preexec_fn=lambda: os.close(1))
    assert r.returncode == 2
    assert "-o" not in one_error_line(r.stderr.decode(), "E045")  # steps has no -o


@POSIX
@pytest.mark.parametrize("command", [["analyze", str(EXAMPLE)], ["steps"]])
def test_a_pipe_whose_reader_stopped_before_any_output_ends_quietly(command: list[str]) -> None:
    # `sourcetrace analyze a.txt | head -n0`: nobody reads the report, which is no mistake of the
    # user's: no work, no message, exit 0 (as other Unix tools end)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        r = _run(command, stdout=write_end)
    finally:
        os.close(write_end)
    assert (r.returncode, r.stderr) == (0, b"")


@POSIX
def test_closed_stdin_is_one_line_and_non_zero() -> None:
    r = _run(["analyze", "-"], stdout=subprocess.PIPE, stdin=None, preexec_fn=lambda: os.close(0))
    assert r.returncode == 2
    one_error_line(r.stderr.decode(), "E046")
    assert r.stdout == b""


class _GoneReader:
    """Standard output whose reader went away during the report (`sourcetrace analyze a.txt | head`)."""

    def write(self, _: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_stops_early_ends_quietly(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    # as a reader that stopped before any output (`| head -n0`): exit 0, no message
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", _GoneReader())
    assert main(["analyze", str(EXAMPLE)]) == 0
    monkeypatch.undo()
    assert capsys.readouterr().err == ""


def test_standard_input_given_twice_is_refused_before_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "-", "-", "--output-dir", str(tmp_path / "out")]) == 2
    assert "give it once" in one_error_line(capsys.readouterr().err, "E080")
    assert not (tmp_path / "out").exists()  # refused before any output folder is made
