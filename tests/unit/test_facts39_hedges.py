"""Hedges of session 39 (issue 7), on our own sentences: a verb-final German "soll" closing a relative or other
subordinate clause that names whose account it follows ("laut", "zufolge") is hearsay even of an act
(hedge.reportative+according_clause), though not when that account is a rule or a plan ("laut Satzung", a task);
German "nicht absehbar"/"nicht abzusehen" of what will come is stated uncertainty (hedge.phrase+unforeseeable), not
in a hindsight told in the past ("war nicht absehbar"); English "there is no consensus on whether …" is an open
question (hedge.phrase+no_consensus), "no consensus on the budget" is no hedge."""

from __future__ import annotations

import pytest
from tests.facts_helpers import analysed, hedge_texts


def _rules(text: str, lang: str = "de") -> list[tuple[str, str]]:
    doc = analysed(text, lang)
    return [(doc.span_text(h.span), h.rule) for h in doc.hedges]


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Firma vertrieb einen Tee, der ihren Angaben zufolge jede Erkältung heilen soll.", ["soll"]),
    ("Gesucht wird ein Radfahrer, der laut Zeugen einen Hund getreten haben soll.", ["soll"]),
    ("Der Händler verkaufte Steine, die seiner Darstellung zufolge Unglück abwehren sollen.", ["sollen"]),
    # (review rev39a) the noun of a rule after the account's own noun is no account of a rule
    ("Die Werft verkaufte ein Boot, das laut Hersteller alle Regeln einhalten soll.", ["soll"]),
])
def test_german_soll_of_a_named_account_in_a_subordinate_clause_is_hearsay(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, lang="de") == expected


def test_german_according_clause_has_its_rule() -> None:
    assert _rules("Die Firma vertrieb einen Tee, der ihren Angaben zufolge jede Erkältung heilen soll.") == [
        ("soll", "hedge.reportative+according_clause")]


@pytest.mark.parametrize("text", [
    "Der Verein wählte einen Beirat, der laut Satzung zweimal im Jahr tagen soll.",
    "Die Stadt baut eine Halle, die dem Stufenplan zufolge Platz für Vereine bieten soll.",
    "Der Rat bildete einen Ausschuss, der die Kosten prüfen soll.",
    # (review rev39a) the account's noun after an adjective, or before its genitive attribute
    "Der Verein wählte einen Beirat, der laut einem neuen Vertrag die Kasse prüfen soll.",
    "Die Stadt schuf eine Stelle, die dem Beschluss des Gemeinderats zufolge die Fähren prüfen soll.",
])
def test_german_soll_of_a_rule_or_a_task_in_a_subordinate_clause_is_no_hedge(text: str) -> None:
    assert hedge_texts(text, lang="de") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Wann die Fähre wieder fährt, ist noch nicht absehbar.", [("nicht absehbar", "hedge.phrase+unforeseeable")]),
    ("Ein Ende des Streiks der Bäcker ist nicht abzusehen.", [("nicht abzusehen", "hedge.phrase+unforeseeable")]),
])
def test_german_unforeseeable_is_stated_uncertainty(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rules(text) == expected


def test_german_unforeseeable_in_hindsight_is_no_hedge() -> None:
    assert hedge_texts("Der Einsturz der alten Scheune war nicht absehbar.", lang="de") == []


def test_english_no_consensus_on_whether_is_a_hedge() -> None:
    assert _rules("There is no consensus on whether the dam caused the drought downstream.", "en") == [
        ("no consensus on", "hedge.phrase+no_consensus")]


def test_english_no_consensus_on_a_thing_is_no_hedge() -> None:
    assert hedge_texts("The council reached no consensus on the harbour budget.") == []
