"""Small helpers the benchmarks share (imported as `bench_helpers` beside them)."""

from __future__ import annotations

from datetime import date, timedelta


def shift_date(d: str | None, days: int) -> str | None:
    """An ISO date `days` later (a replica of a document dated apart from its original, so that
    the linker's date window keeps them in different stories); anything else unchanged."""
    if not d:
        return d
    try:
        return (date.fromisoformat(d[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return d


# A warm-up document for timed runs: long enough (twelve words or more) to reach the language
# identifier, whose model a short text never loads, so that no model is loaded inside a timed pass.
WARMUP = (
    "Aufwärmen: Laut Polizei gab es am Montag in der Stadt drei Verletzte, sagte eine Sprecherin "
    "der Behörde am Abend, und die Ermittlungen dauern an."
)
