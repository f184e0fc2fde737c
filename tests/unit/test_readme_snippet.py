"""The README's Python snippet runs as printed and names the sources, not their internal ids."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_the_api_snippet_prints_source_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    snippet = next(b for b in blocks if "sourcetrace.analyze(" in b)
    (tmp_path / "article.txt").write_text(
        "«Wir bauen die Brücke bis 2030 fertig», sagte die Ministerin Lea Muster. "
        "Laut Polizei gab es drei Verletzte.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet, "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    assert any(line.startswith("Lea Muster [direct]: Wir bauen die Brücke") for line in lines), lines
    assert any(line.startswith("Polizei [according_to]") for line in lines), lines
