"""The public surface cannot drift from the docs: every CLI command and option is in the README,
every registered step is listed by `sourcetrace steps`, and `__all__` is the public API."""

from __future__ import annotations

import argparse
from pathlib import Path

import sourcetrace
from sourcetrace.cli.main import build_parser
from sourcetrace.registry import names

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_and_option_is_documented() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, p in sub.choices.items():
        assert f"sourcetrace {name}" in README, name
        for action in p._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{name} {opt}"


def test_every_registered_step_is_documented() -> None:
    for step in names():
        assert step in README, step


def test_all_is_the_public_api() -> None:
    import __future__

    import types

    public = {
        n for n, v in vars(sourcetrace).items()
        if not n.startswith("_") and not isinstance(v, (types.ModuleType, __future__._Feature))
    }
    assert public | {"__version__"} == set(sourcetrace.__all__)
