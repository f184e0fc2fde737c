from __future__ import annotations

from pathlib import Path

import pytest

import sourcetrace
from sourcetrace.document import Document

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def example_doc() -> Document:
    text = (Path(__file__).resolve().parents[1] / "examples" / "beispiel.txt").read_text(encoding="utf-8")
    return sourcetrace.analyze(text, name="beispiel.txt")


def analyze(text: str, date: str = "2024-10-13") -> Document:
    return sourcetrace.analyze(text, date=date)


def shared_path(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available (needs ../shared)")
    return p
