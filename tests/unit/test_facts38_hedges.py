"""Hedges of session 38 (issue 7), on our own sentences: stated uncertainty in its forms ("it's entirely
possible that", "harder to say", "surmised", "a reasonable assumption that") is a hedge, and a negated state in a
German dass-clause ("dass die Brücke nicht sicher sein könnte", hedge.epistemic+negated_state) is a doubt, not a
lacking ability. No hedges: the idiom "could do with" (hedge.not.could_do_with), "could" after a negative subject
(hedge.not.negated_subject), in a direct question (hedge.not.direct_question), before a free choice
(hedge.not.free_choice), after "hopefully" (hedge.not.wish) or anchored in a stage of life gone by
(hedge.not.past_ability); "might" in a comparison's own clause after "than" and a pronoun
(hedge.not.comparison_clause); German "soll" in a direct question of what to do (hedge.not.deliberative_question)
and "mag" of an animal's liking (hedge.not.animal_liking)."""

from __future__ import annotations

import pytest
from tests.facts_helpers import analysed, hedge_texts


@pytest.mark.parametrize(("text", "expected"), [
    ("It's entirely possible that the ferry strike will end by spring.", ["It's entirely possible that"]),
    ("How the new tariff will work each season is harder to say.", ["harder to say"]),
    ("The harbour master surmised that the cargo had been moved.", ["surmised"]),
    ("It is a reasonable assumption that the ledgers were kept in the cellar.", ["reasonable assumption that"]),
])
def test_english_stated_uncertainty_is_a_hedge(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize("text", [
    "The old lighthouse could do with a coat of paint.",
    "No one could explain the humming in the pipes.",
    "Nobody could reach the ward after the flood.",
    "Which villages could flip in the county vote?",
    "What is the most a tenant could get back from the fund?",
    "Under the new charter, pupils could choose any club they wanted.",
    "Hopefully the twins could stay at the academy.",
    "Marta could swim across the lake as a child.",
    "The farmers sold for less than they might have hoped.",
])
def test_english_could_of_ability_idiom_or_question_is_no_hedge(text: str) -> None:
    assert hedge_texts(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The storm could reach the coast by Friday.", ["could"]),
    ("No one could have foreseen the landslide.", ["could"]),
    ("The bakery spends more than it earns and may even close in May.", ["may"]),
])
def test_english_could_and_may_of_possibility_stay_hedges(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize("text", [
    "Was soll der Lärm?",
    "Wer soll den neuen Spielplatz bezahlen?",
    "Der Hausmeister fragte: Wie soll das klappen?",
    "Der Hund mag schwimmen.",
    "Die Pferde mögen Äpfel fressen.",
])
def test_german_deliberative_soll_and_animal_mag_are_no_hedges(text: str) -> None:
    assert hedge_texts(text, lang="de") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Wo soll der Kassier das Geld versteckt haben?", ["soll"]),
    ("Der Kassier soll das Geld im Keller versteckt haben.", ["soll"]),
    ("Das mag dauern.", ["mag"]),
])
def test_german_hearsay_and_possibility_stay_hedges(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, lang="de") == expected


def test_german_negated_state_in_a_dass_clause_is_a_doubt() -> None:
    doc = analysed("Die Prüfer befürchten, dass die neue Brücke nicht stabil genug sein könnte.", lang="de")
    assert [(doc.span_text(h.span), h.rule) for h in doc.hedges] == [("könnte", "hedge.epistemic+negated_state")]
    assert hedge_texts("Der Kassier könne sich an den Brief nicht erinnern.", lang="de") == []
