"""Hedge and timex classes of session 16 (issue 7), each with a counter-example that must not
change. All sentences are our own. Article date: Wednesday 6 March 2024."""

from __future__ import annotations

import pytest
from tests.conftest import analyze

WED = "2024-03-06"


def _hedges(text: str) -> list[str]:
    doc = analyze(text, WED)
    return [doc.span_text(h.span) for h in doc.hedges]


@pytest.mark.parametrize(("text", "expected"), [
    # "soll" + a present infinitive of an act is a task, plan or demand, not hearsay
    ("Die Schüler sollen mehr über den Umgang mit Geld erfahren.", []),
    ("Die Feuerwehr soll auch an den Brücken kontrollieren.", []),
    ("Alle, die damit nicht einverstanden seien, sollen ihr Amt zurücklegen, sagt der Sprecher.", []),
    ("Niemand weiß, wohin die Reise gehen soll, erklärte der Trainer.", []),
    # counter-examples: a state, a perfect infinitive, a state after a list's commas stay hearsay
    ("Der Händler soll in einer Villa am See leben.", ["soll"]),
    ("Der Schaden soll bei zwei Millionen Euro liegen.", ["soll"]),
    ("Der Wirt soll die Gäste betrogen haben.", ["soll"]),
    ("Unter den Gästen sollen sich Sänger, Maler und Schauspieler befinden.", ["sollen"]),
    # an act that a report tells is hearsay too, the report in the sentence or the next one
    ("Der Nachschub soll aus dem Norden kommen, wie mehrere Zeitungen berichten.", ["soll"]),
    ("Die Techniker sollen den Bauern dabei helfen, die Pumpen zu warten. Das meldet die Lokalzeitung.", ["sollen"]),
])
def test_soll_of_an_act_is_no_hearsay(text: str, expected: list[str]) -> None:
    assert _hedges(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "dürfe" (Konjunktiv I) permits or forbids; only before a perfect infinitive does it weaken
    ("Man dürfe jetzt nicht auf die anderen Länder warten.", []),
    ("Es dürfe keine Verstöße gegen die Regeln gegeben haben.", ["dürfe"]),
    # counter-example: "dürfte" stays epistemic
    ("Die Preise dürften weiter steigen.", ["dürften"]),
])
def test_duerfe_weakens_only_before_a_perfect_infinitive(text: str, expected: list[str]) -> None:
    assert _hedges(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ability modal that opens the main clause after a conditional one: what the condition allows
    ("Sollten andere Gemeinden nachziehen, könne das Land dagegenhalten.", []),
    ("Wenn ein Kunde wirklich, wirklich kommen wollte, könnte er am Zaun klingeln.", []),
    # an ability modal in an indirect wh-question
    ("Es gab einen Entwurf, wie die Umstellung vonstattengehen könnte.", []),
    ("Entscheidend sei, mit wem man die Pläne umsetzen könne.", []),
    # counter-examples: a main clause of its own, and one after a clause that is no condition
    ("Der Markt könnte einbrechen, sagte der Händler.", ["könnte"]),
    ("Weil die Zinsen steigen, könnte der Markt einbrechen.", ["könnte"]),
])
def test_ability_modal_after_a_condition_or_in_a_wh_question(text: str, expected: list[str]) -> None:
    assert _hedges(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a confirmation whose clause ends in its negation is no confirmation: unverified
    ("Die Behörde bestätigte das bisher aber nicht.", ["bestätigte das bisher aber nicht"]),
    # German phrases of likelihood, assumption and hearsay
    ("Der Beschluss werde aller Wahrscheinlichkeit nach am Montag fallen.", ["aller Wahrscheinlichkeit nach"]),
    ("Es sei vorstellbar, dass der Tarif später auch im Ausland gilt.", ["sei vorstellbar"]),
    ("Der Ministerin, der Ehrgeiz nachgesagt wird, fehlt die Mehrheit.", ["nachgesagt"]),
    ("Wohl gemerkt: das gilt nur für Mitglieder.", []),
    # counter-example: a confirmation
    ("Die Behörde bestätigte den Bericht am Abend.", []),
])
def test_german_phrases_of_doubt(text: str, expected: list[str]) -> None:
    assert _hedges(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "it sounds like" + a clause, "no one knows"
    ("The museum has announced an event, and it sounds like it will be about dinosaurs.", ["it sounds like"]),
    ("The quarrel over the fence looks like it's coming to an end.", ["looks like it's"]),
    ("No one knows how long the drought will last.", ["No one knows"]),
    ("The baker, said to be the best in town, retired.", ["said to be"]),
    # counter-examples: "said to" with its hearer, a looking like of things
    ("The mayor said to reporters that the bridge is safe.", []),
    ("The new library looks like a ship.", []),
])
def test_english_phrases_of_inference(text: str, expected: list[str]) -> None:
    assert _hedges(text) == expected
