"""Hedges of session 37 (issue 7), on our own sentences: stated doubt and scant signs ("skeptical that",
"less certain", "no clear sign that", "it did not appear that"), German doubt and open questions ("Zweifel
hat, ob", "wirft die Frage auf, ob", "zeichnet sich ab, dass", "wenig bekannt", "nicht vorhersagen" with an
impersonal subject, "geht das Gerücht um") and "might"/"may" in an indirect question
(hedge.epistemic+question) are hedges; a wish (hedge.not.wish), a speaker's own counterfactual
(hedge.not.counterfactual_self), an emphatic "possibly can", a predicative "apparent" (evident) and the
polling term "likely caucusgoers" are not."""

from __future__ import annotations

import pytest
from tests.facts_helpers import analysed, hedge_texts


@pytest.mark.parametrize(("text", "expected"), [
    ("Several bankers expressed skepticism that the merger would close this year.", ["skepticism that"]),
    ("The trainers were sceptical whether the new track would be ready.", ["sceptical whether"]),
    ("What is less certain is whether the tenants will accept the offer.", ["less certain"]),
    ("There is no clear sign that the new toll reduced traffic.", ["no clear sign that"]),
    ("It did not appear that any of the ballots had been altered.", ["did not appear that"]),
])
def test_english_stated_doubt_and_scant_signs_are_hedges(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ärztin räumt ein, sie habe Zweifel, ob die neue Kur wirkt.", ["habe Zweifel"]),
    ("Der Prüfbericht wirft die Frage auf, ob die Darlehen rechtens waren.", ["wirft die Frage auf"]),
    ("Derzeit zeichnet sich ab, dass die Stadtwerke den Tarif senken.", ["zeichnet sich ab"]),
    ("Über den neuen Verein ist bisher wenig bekannt.", ["wenig bekannt"]),
    ("Damit ließe sich aber noch nicht vorhersagen, ob der Damm bricht.", ["ließe sich aber noch nicht vorhersagen"]),
    ("Im Dorf geht das Gerücht um, der Wirt habe verkauft.", ["geht das Gerücht um"]),
])
def test_german_doubt_open_questions_and_rumour_are_hedges(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, lang="de") == expected


@pytest.mark.parametrize("text", [
    "Der Bürgermeister hat die Brücke gestern eröffnet.",
    "Die Wetterlage zeichnet sich durch starke Winde aus.",
])
def test_german_phrases_need_their_question_or_clause(text: str) -> None:
    assert hedge_texts(text, lang="de") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents of the valley are left wondering whether the river might rise again.", ["might"]),
    ("Nobody can say yet how many stores may close after the merger.", ["may"]),
])
def test_might_and_may_in_an_indirect_question_are_hedges(text: str, expected: list[str]) -> None:
    doc = analysed(text)
    assert [doc.span_text(h.span) for h in doc.hedges if h.rule == "hedge.epistemic+question"] == expected


@pytest.mark.parametrize("text", [
    '"How could I not say that?" the coach asked.',
    "The clerk asked whether the tenants could be evicted.",
])
def test_could_in_a_question_stays_unhedged(text: str) -> None:
    assert hedge_texts(text) == []


@pytest.mark.parametrize("text", [
    "The losses made the owner wish his players could start the season again.",
    "The farmers hope the rains might come early this year.",
    '"I certainly could have handled the vote better," the chairwoman said.',
    '"I suppose we could have waited a week," the organiser said.',
    "The volunteers did everything they possibly can to keep the shelter open.",
    "The gap between the two teams was also apparent on Sunday afternoon.",
    "The senator is popular among likely Republican caucusgoers in the north.",
])
def test_wishes_own_counterfactuals_emphasis_and_evident_things_are_no_hedges(text: str) -> None:
    assert hedge_texts(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels could have fled across the border overnight.", ["could"]),
    ("We could have a deal by Friday, the mayor said.", ["could"]),
    ("The apparent motive was a dispute over land.", ["apparent"]),
])
def test_guesses_about_others_and_the_attributive_apparent_stay_hedges(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Das mag dauern, der Ausgang ist offen.", ["mag"]),
    ("Eine solche Herkunft mag der Grund sein, warum der Wirt zögert.", ["mag"]),
    ("Die Ursachen mögen vielfältig sein.", ["mögen"]),
])
def test_german_mag_with_a_present_infinitive_is_a_possibility(text: str, expected: list[str]) -> None:
    doc = analysed(text, "de")
    assert [doc.span_text(h.span) for h in doc.hedges if h.rule == "hedge.epistemic_mag"] == expected


@pytest.mark.parametrize("text", [
    "Sie mag tanzen.",
    "Die Firma mag keine Daten herausgeben.",
    "Als Beispiel mag der kleine Sender dienen.",
    "Kinder mögen Süßigkeiten.",
])
def test_german_mag_of_a_liking_a_refusal_or_an_example_is_no_hedge(text: str) -> None:
    assert hedge_texts(text, lang="de") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The senator would not name any report that could change her mind vote.", ["could"]),
    ("The new fuel would enable engines that could have a longer range.", ["could"]),
])
def test_a_things_relative_could_after_would_stays_a_possibility(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


def test_a_relative_could_of_a_group_of_people_is_an_ability() -> None:
    assert hedge_texts("The general has identified the troops that could move to the port.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Bande, die für den Großteil der falschen Scheine verantwortlich sein soll, wurde gefasst.", ["soll"]),
    ("Gesucht wird ein Händler, der der Kopf des Rings sein soll.", ["soll"]),
])
def test_a_subordinate_soll_of_an_alleged_guilt_is_hearsay(text: str, expected: list[str]) -> None:
    doc = analysed(text, "de")
    assert [doc.span_text(h.span) for h in doc.hedges if h.rule == "hedge.reportative+allegation"] == expected


@pytest.mark.parametrize("text", [
    "Ein Gremium, das über die Mittel entscheiden soll, tagt im Mai.",
    "Eine Software, die sicher sein soll, wird derzeit getestet.",
])
def test_a_subordinate_soll_of_a_task_or_an_aim_is_no_hedge(text: str) -> None:
    assert hedge_texts(text, lang="de") == []
