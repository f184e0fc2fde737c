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


@pytest.mark.parametrize(("text", "expected"), [
    ("But it's not clear why the firm would pay so much.", ["it's not clear"]),
    ("It isn’t clear who signed the letter.", ["It isn’t clear"]),
    ("Last year the agency expressed doubt that the plant works.", ["expressed doubt"]),
    ("The new data calls into serious question those claims.", ["calls into serious question"]),
])
def test_stated_doubt_in_english_contractions_and_with_an_adjective(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, "2016-01-05", "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The engineer wrote: “Whether the pump can run on seawater is unknown, although we think it is hard.”", ["is unknown"]),
    ("The new mayor, who is unknown to most voters, spoke.", []),
])
def test_a_question_word_opening_a_quotation_stands_for_the_sentences_opener(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, "2016-01-05", "en") == expected


@pytest.mark.parametrize("text", [
    "Ein Regierungswechsel sei möglich, sagte die Politologin.",
    "Auch ein Rücktritt des Landesrats sei möglich, hieß es aus der Partei.",
    "Ein EU-Beitritt des Landes sei möglich, meinte der Diplomat.",
])
def test_predicative_moeglich_of_a_change_or_a_resignation_that_may_happen_is_a_hedge(text: str) -> None:
    # (review rev34f: -wechsel, -rücktritt and -beitritt name events in the news, no permitted act)
    assert len(hedge_texts(text, None, "de")) == 1
