"""Modals that grant or state an ability, emphatic negations, and new kinds of hedges (issue 7;
sentences of our own).

German "dürften"/"könnten" inside reported speech stand for the reported "dürfen"/"können" (the
plural Konjunktiv I equals the indicative): after an agent and before an act they tell what someone
is allowed or able to do, no doubt (hedges/clauses.reported_permission); a guess of what happens or
is, a perfect, or a modal outside reported speech stays a hedge. English "could barely", "could be
seen", "nor could" and a "could" in a clause of comparison are abilities; "can't possibly", "might
as well" and a negated denial ("cannot be denied") are emphatic, no doubt. New cues: verbs of
guessing and speculating, "It's doubtful", "I don't know if", "no immediate information"; German
"hegt den Verdacht", "drängt sich der Verdacht auf", "nicht zu erfahren", "Niemand weiß, …",
"in den Sternen", "so gut wie sicher", "ungewiss".
"""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_cues

_DATE = "2016-01-01"


@pytest.mark.parametrize("text", [
    "Die Ministerin sagte, Pensionisten dürften künftig bis zu zwei Jobs annehmen.",
    "Der Sprecher meint, die Mieter dürften ihre Wohnungen nicht an Touristen vermieten.",
    "Der Anwalt erklärte, sie könnten ihre Gärten verpachten – aber bauen dürften sie dort nicht.",
])
def test_reported_permission_of_an_agent_is_no_hedge(text: str) -> None:
    cues = hedge_cues(text, "de", _DATE)
    assert "dürften" not in cues and "könnten" not in cues


@pytest.mark.parametrize(("text", "cue"), [
    ("Die Preise dürften im Frühjahr steigen, sagte der Ökonom.", "dürften"),  # a verb of change: a forecast
    ("Die Täter dürften über die Grenze geflohen sein, sagte die Ermittlerin.", "dürften"),  # a perfect: inferred
    ("Die Verhandlungen dürften schwierig werden, meint der Sprecher.", "dürften"),  # "werden": what may come
    ("Die Pendler dürften am Montag länger warten.", "dürften"),  # no reported speech
])
def test_a_guess_in_reported_speech_stays_a_hedge(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "de", _DATE)


@pytest.mark.parametrize("text", [
    "She could barely lift the crate onto the cart.",
    "Flames could be seen from the harbour.",
    "The owner could not be reached, nor could his lawyer.",
    "The village grew faster than even its founders could have hoped.",
    "Critics say the rookie can't possibly win the final.",
    "The new sign might as well be blank.",
    "The damage to the bridge cannot be denied.",
    "There is no denying the orchestra had a strong season.",
])
def test_abilities_and_emphatic_negations_are_no_hedges(text: str) -> None:
    assert hedge_cues(text, "en", _DATE) == []


@pytest.mark.parametrize(("text", "cue"), [
    ("More than 300 jobs could go next year.", "could"),  # "more than": a bound, no comparison's clause
    ("The vote could be seen as a rebuke of the mayor.", "could"),  # a reading, no perceiving
    ("Rents could rise again in spring.", "could"),
])
def test_could_of_possibility_stays_a_hedge(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "en", _DATE)


@pytest.mark.parametrize(("text", "cue"), [
    ("The neighbour guessed that the van belonged to a plumber.", "guessed that"),
    ("Fans began to speculate that the coach would leave.", "speculate that"),
    ("It’s doubtful that the old pier will survive another storm.", "It’s doubtful"),
    ("I don’t know if the ferry runs on holidays.", "I don’t know if"),
    ("The agency had no immediate information about why the pump failed.", "no immediate information"),
])
def test_new_english_hedges(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "en", _DATE)


@pytest.mark.parametrize(("text", "cue"), [
    ("Die Abgeordnete hegt den Verdacht, dass das Amt Akten zurückhält.", "hegt den Verdacht"),
    ("Da drängt sich der Verdacht auf, dass die Zahlen geschönt wurden.", "drängt sich der Verdacht auf"),
    ("Was der Umbau gekostet hat, war nicht zu erfahren.", "nicht zu erfahren"),
    ("Niemand weiß, wohin die Spenden geflossen sind.", "Niemand weiß"),
    ("Wir wissen noch nicht, wer den Brand gelegt hat.", "wissen noch nicht"),
    ("Die Zukunft des Werks steht weiterhin in den Sternen.", "in den Sternen"),
    ("Der Sieg der Titelverteidigerin gilt inzwischen als so gut wie sicher.", "so gut wie sicher"),
    ("Ob der Markt im Mai öffnet, ist derzeit ungewiss.", "ungewiss"),
])
def test_new_german_hedges(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "de", _DATE)


@pytest.mark.parametrize("text", [
    "Niemand weiß das besser als die Köchin selbst.",  # no open question after it
    "Nicht ungewiss ist dagegen, dass der Rat zustimmt.",  # negated: certain
])
def test_german_knowing_and_certainty_without_doubt(text: str) -> None:
    assert hedge_cues(text, "de", _DATE) == []


@pytest.mark.parametrize(("text", "cue"), [
    ("That could give the club a fresh start.", "could"),  # a demonstrative opening the sentence, no relative
    ("The grant goes to the museum, which could hire two guides.", "could"),  # a thing before the comma
    ("Fans who said they could change their vote were counted twice.", "could"),  # what was said, no relative
    ("Great singer, though it sounds like she’s quitting the tour.", "it sounds like"),  # a contracted subject after it
    ("He is likely to lose voters in the suburbs.", "likely"),
    ("Asked about the loan, the banker said it could.", "could"),  # "it": a doubt, not a person's ability
])
def test_could_and_inference_of_a_possibility(text: str, cue: str) -> None:
    assert cue in hedge_cues(text, "en", _DATE)


@pytest.mark.parametrize("text", [
    "Among 400 likely Democratic primary voters, most backed the mayor.",  # a polling term
    "They asked whether she could join the band, and he said she could.",  # a person's ability, its verb left out
])
def test_polling_terms_and_elliptic_abilities_are_no_hedges(text: str) -> None:
    assert hedge_cues(text, "en", _DATE) == []


@pytest.mark.parametrize("text", [
    "Die Laune im Team sei denkbar schlecht, hieß es aus dem Verein.",  # "denkbar" of an intensifier, also after "sei"
    "Die Katzen werden sich im neuen Heim wohl fühlen.",  # "wohl fühlen": comfort, no doubt
])
def test_german_intensifier_and_comfort_are_no_hedges(text: str) -> None:
    assert hedge_cues(text, "de", _DATE) == []


def test_german_verb_of_seeming_and_its_adjective_are_one_hedge() -> None:
    assert hedge_cues("Der Ausgang der Abstimmung scheint völlig ungewiss.", "de", _DATE) == ["scheint völlig ungewiss"]


def test_less_likely_of_a_statistic_is_no_hedge() -> None:
    assert hedge_cues("Cyclists are less likely to be injured than drivers, the study found.", "en", _DATE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Es gibt eine Liste von Risiken, auf die man sich einstellen könnte.", []),  # "man" in the relative clause
    ("Es gibt eine Liste von Risiken, an denen man sterben könnte.", ["könnte"]),  # what happens: a doubt
    ("Er fürchtet, dass man sich irren könnte.", ["könnte"]),  # a dass-clause keeps its doubt
])
def test_impersonal_man_in_a_verb_final_clause(text: str, expected: list[str]) -> None:
    assert hedge_cues(text, "de", _DATE) == expected
