"""A claim's one anonymous origin that the text counts ("both neighbours", "zwei Ermittler") is two
origins at least (`Linker._counted_group`, `counted_groups` of resources/<lang>/link.json); an
uncounted group ("officials") and a named person stay one."""

from __future__ import annotations

from types import SimpleNamespace

from sourcetrace.link.linker import Linker


def _linker(name: str, kind: str) -> SimpleNamespace:
    return SimpleNamespace(entities=SimpleNamespace(entities={"e1": SimpleNamespace(name=name, type=kind)}))


def test_a_counted_anonymous_group_adds_one_origin() -> None:
    for name in ("Both grandparents", "two lifeguards", "Beide Nachbarn", "drei Schöffen"):
        assert Linker._counted_group(_linker(name, "anonymous"), {"e1"}) == 1, name  # type: ignore[arg-type]


def test_an_uncounted_group_or_a_named_person_adds_none() -> None:
    assert Linker._counted_group(_linker("Lifeguards", "anonymous"), {"e1"}) == 0  # type: ignore[arg-type]
    assert Linker._counted_group(_linker("Two Rivers Gazette", "media"), {"e1"}) == 0  # type: ignore[arg-type]
    assert Linker._counted_group(_linker("both lifeguards", "anonymous"), {"e1", "e2"}) == 0  # type: ignore[arg-type]
