"""Hedges of session 40 (issue 7), on our own sentences: a German verb of inference opening its sentence
with "wir" right after it sets up a supposition to reason from (hedge.not.hortative_supposition); an English
yes/no question opened by an ability modal asks, as a question word's does (hedge.not.direct_question+polar); an
English phrase under a modal of obligation or prohibition is a requirement (hedge.not.obliged_phrase); German
predicative "unsicher" before an open question is a hedge whatever the verb and adverbs before it
(hedge.phrase+uncertain_question); English "Neither X nor Y know(s)" before an open question is one
(hedge.phrase+neither_knows)."""

from __future__ import annotations

import pytest
from tests.facts_helpers import analysed, hedge_texts


def _rules(text: str, lang: str) -> list[tuple[str, str]]:
    doc = analysed(text, lang)
    return [(doc.span_text(h.span), h.rule) for h in doc.hedges]


@pytest.mark.parametrize("text", [
    "Nehmen wir an, dass der Bäcker jeden Morgen zehn Brote verkauft.",
    "Nehmen wir außerdem an, dass die Fähre eine Stunde braucht.",
    "Gehen wir davon aus, dass der Zug pünktlich ist.",
    "Ein einfaches Rechenbeispiel: Nehmen wir an, der Laden verkauft täglich hundert Brezeln.",
    "„Nehmen wir an, der Pegel steigt um einen Meter“, sagte die Ingenieurin.",
])
def test_german_hortative_supposition_is_no_hedge(text: str) -> None:
    assert hedge_texts(text, lang="de") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Polizei nimmt an, dass der Fahrer zu schnell war.", ["nimmt an"]),
    ("Wir nehmen an, dass der Zug pünktlich ist.", ["nehmen an"]),
])
def test_german_assumption_of_a_subject_stays_a_hedge(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, lang="de") == expected


@pytest.mark.parametrize("text", [
    "Could a late frost ruin the cherry harvest?",
    "Could the new bypass cut traffic in the old town?",
])
def test_english_yes_no_question_opened_by_an_ability_modal_is_no_hedge(text: str) -> None:
    assert hedge_texts(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Might the ferry talks collapse?", ["Might"]),
    ("A late frost could ruin the cherry harvest.", ["could"]),
])
def test_english_other_modals_and_statements_keep_their_hedge(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize("text", [
    "The new harbour master must be seen as a reformer by the fishermen.",
    "He has to be seen as a leader before the spring vote.",
    "Planners can't just assume that a levee will hold.",
])
def test_english_phrase_under_a_modal_of_obligation_is_no_hedge(text: str) -> None:
    assert hedge_texts(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The new harbour master is seen as a reformer.", ["is seen as"]),
    ("We assume that the old dam will hold.", ["We assume"]),
])
def test_english_phrase_without_an_obligation_stays_a_hedge(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Es ist weiterhin unsicher, ob der Wochenmarkt im Winter öffnet.",
     [("unsicher", "hedge.phrase+uncertain_question")]),
    ("Noch sei völlig unsicher, wann die neue Brücke freigegeben wird.",
     [("unsicher", "hedge.phrase+uncertain_question")]),
])
def test_german_unsicher_before_an_open_question_is_a_hedge(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rules(text, "de") == expected


@pytest.mark.parametrize("text", [
    "Die Gegend am Bahnhof ist nachts unsicher.",
    "Der junge Torwart wirkte lange unsicher.",
])
def test_german_unsicher_without_a_question_is_no_hedge(text: str) -> None:
    assert hedge_texts(text, lang="de") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Neither the pilots nor the airline know why the left engine failed.",
     [("Neither the pilots nor the airline know", "hedge.phrase+neither_knows")]),
    ("Neither Greens nor Liberals know which candidate the new map helps.",
     [("Neither Greens nor Liberals know", "hedge.phrase+neither_knows")]),
])
def test_english_neither_nor_know_before_an_open_question_is_a_hedge(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rules(text, "en") == expected


def test_english_neither_nor_know_without_a_question_is_no_hedge() -> None:
    assert hedge_texts("Neither the pilots nor the airline know the mountain route.") == []
