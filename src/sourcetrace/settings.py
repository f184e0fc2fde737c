"""Settings of the corpus commands, declared once with default and help.

Each value comes from, in increasing precedence: the default below, a settings file
(`sourcetrace.toml` in the working folder, or the file named by `SOURCETRACE_SETTINGS`), an
environment variable, and finally the command-line flag. The settings file is TOML with the
names below as top-level keys:

    db = "postgresql://me@localhost/news"
    workers = 2
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Errors, InputError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    env: str
    help: str


SETTINGS: dict[str, Setting] = {s.name: s for s in (
    Setting("db", "sqlite:///sourcetrace.db", "SOURCETRACE_DB",
            "database URL of the corpus store: sqlite:///FILE.db or postgresql://USER@HOST/DB"),
    Setting("workers", 0, "SOURCETRACE_WORKERS",
            "worker processes for ingest and reanalyze (0 = one per CPU core)"),
    Setting("commit_every", 50, "SOURCETRACE_COMMIT_EVERY",
            "documents written per transaction during ingest (a kill loses at most these)"),
)}

SETTINGS_FILE_ENV = "SOURCETRACE_SETTINGS"
SETTINGS_FILE = "sourcetrace.toml"


def _file() -> dict[str, Any]:
    path = os.environ.get(SETTINGS_FILE_ENV) or (SETTINGS_FILE if Path(SETTINGS_FILE).is_file() else None)
    if not path:
        return {}
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as exc:
        raise InputError(Errors.E057.format(path=path, reason=exc.strerror)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(Errors.E058.format(path=path, reason=exc)) from exc
    unknown = sorted(set(data) - set(SETTINGS))
    if unknown:
        raise InputError(Errors.E059.format(path=path, unknown=", ".join(unknown), known=", ".join(SETTINGS)))
    return data


def resolve(**flags: Any) -> dict[str, Any]:
    """The settings in force: defaults ← settings file ← environment ← flags (None = not given)."""
    values = {name: s.default for name, s in SETTINGS.items()}
    values.update(_file())
    for name, s in SETTINGS.items():
        if os.environ.get(s.env):
            values[name] = os.environ[s.env]
    values.update({k: v for k, v in flags.items() if v is not None and k in SETTINGS})
    for name, s in SETTINGS.items():
        if isinstance(s.default, int):
            try:
                values[name] = int(values[name])
            except (TypeError, ValueError) as exc:
                raise InputError(Errors.E060.format(name=name, value=values[name])) from exc
    for name, least, want in (("workers", 0, "give 0 (one per CPU core) or more"),
                              ("commit_every", 1, "give at least 1 document per transaction")):
        if values[name] < least:
            raise InputError(Errors.E079.format(name=name, value=values[name], want=want,
                                                flag=name.replace("_", "-"), env=SETTINGS[name].env))
    return values
