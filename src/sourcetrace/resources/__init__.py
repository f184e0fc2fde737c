"""Language resources as data: `load(lang, name)` reads `resources/<lang>/<name>.json` once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources as _ir
from typing import Any

SUPPORTED = ("de", "en")


@cache
def languages() -> list[str]:
    """Languages that have a resource folder (a third language is a matter of adding one)."""
    root = _ir.files(__name__)
    return sorted(
        p.name for p in root.iterdir() if p.is_dir() and p.name not in {"common", "__pycache__"}
    )


def languages_for(lang: str | None) -> list[str]:
    """[lang] when it has a resource folder, else every language (a text whose language is not
    known is read with the words of all of them)."""
    have = languages()
    return [lang] if lang in have else have


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    path = _ir.files(__name__).joinpath(lang, f"{name}.json")
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def pick(*candidates: str | None) -> str:
    """The first candidate language that has a resource folder, else German (the default)."""
    have = languages()
    return next((c for c in candidates if c in have), "de")


def load_lang(lang: str, name: str) -> dict[str, Any]:
    """Resource of `lang`, falling back to English for languages without the file."""
    data = load(lang, name)
    return data if data else load("en", name)
