"""Every error code names one message, in one place: the catalogue `errors.Errors`. A code written
by hand elsewhere, or a catalogue entry no code uses, is how two messages came to share E045 and
E046 (issue 11); this scans the whole package for both."""

from __future__ import annotations

import re
from pathlib import Path

import sourcetrace
from sourcetrace.errors import Errors

PACKAGE = Path(sourcetrace.__file__).parent
CODE = re.compile(r"\b[EW]\d{3}\b")


def _sources() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py")) if p.name != "errors.py"}


def test_codes_are_written_only_in_the_catalogue() -> None:
    """No message outside errors.py carries a code of its own ("[E045] ..."): codes come from Errors."""
    by_hand = [f"{p.relative_to(PACKAGE)}:{n}: {line.strip()}"
               for p, text in _sources().items() for n, line in enumerate(text.splitlines(), 1)
               if re.search(r"\[[EW]\d{3}\]", line)]
    assert by_hand == []


def test_every_code_is_unique_and_used() -> None:
    names = [m.name for m in Errors]
    assert len(names) == len(Errors.__members__), "two codes with the same message became aliases"
    assert all(CODE.fullmatch(n) for n in names)
    used = {m for text in _sources().values() for m in re.findall(r"Errors\.([EW]\d{3})", text)}
    assert used - set(names) == set()  # (mypy checks this too)
    assert set(names) - used == set(), "catalogue entries that no code raises"


def test_a_formatted_message_starts_with_its_own_code() -> None:
    msg = Errors.E054.format(path="missing.jsonl")
    assert msg.startswith("[E054] missing.jsonl:")
