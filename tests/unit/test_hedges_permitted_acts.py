"""Predicative "möglich" (session 34's hedge convention in benchmarks/factsdev/README.md), on our own
sentences: an event that may happen is hedged; an act that one may or can take is allowed or feasible,
no doubt (hedge.not.permitted_act, `exclude_act_endings` of resources/de/hedges.json)."""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_texts


@pytest.mark.parametrize(("text", "expected"), [
    ("Eine Einigung sei möglich, sagte die Gewerkschaft.", ["sei möglich"]),
    ("Weitere Schließungen seien möglich, warnte der Betriebsrat.", ["seien möglich"]),
    ("Auch ein Quereinstieg aus anderen Fächern sei möglich, sagte der Rektor.", []),
    ("Eine Rückgabe der Karten ist nicht mehr möglich.", []),
    ("Ob danach ein Masterabschluss möglich ist, sagte er nicht.", []),
])
def test_predicative_moeglich_of_an_event_and_of_a_permitted_act(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, None, "de") == expected
