"""Kinds of stated uncertainty added in session 22 (issue 7), each as data in resources/<lang>/hedges.json
and in German and English: the difficulty of knowing ("hard to say", "schwer zu beurteilen"), an
undecided or open matter ("up in the air", "ist noch nicht fix, ob"), stated lack of knowledge ("little is
known", "ist nichts bekannt"), appearance verbs with their predicate ("appears certain", "looks set to"),
and "may want to" as advice, no doubt. Each with counter-examples that stay no hedge. All sentences are
our own."""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_texts

WED = "2024-03-06"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ob der Pegel weiter steigt, ist schwer zu sagen.", ["schwer zu sagen"]),
    ("Schwierig zu beurteilen, meinte die Statikerin.", ["Schwierig zu beurteilen"]),
    ("Wie viele Vögel dort brüten, ist kaum abzuschätzen.", ["kaum abzuschätzen"]),
    ("Der Rückgang der Mitglieder ist schwer zu erklären.", ["schwer zu erklären"]),
    ("Das kann ich Ihnen nur schwer sagen.", ["schwer sagen"]),
    ("It is hard to say whether the dam will hold.", ["hard to say"]),
    ("How many birds nest there is difficult to estimate.", ["difficult to estimate"]),
    ("It is too early to tell if the new timetable works.", ["too early to tell"]),
    ("I can't tell whether the crowd liked the speech.", ["can't tell"]),
    # counter-examples: hard to do, no doubt about what is so
    ("Der Koffer ist schwer zu tragen.", []),
    ("Der Gipfel ist kaum zu erreichen.", []),
    ("It was hard to say goodbye to the old house.", []),
    ("The puzzle was hard to solve.", []),
    ("I can't tell you the code.", []),
])
def test_the_difficulty_of_knowing_is_a_hedge(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ob die Fähre auch im Winter fährt, ist noch nicht fix.", ["ist noch nicht fix"]),
    ("Es ist noch nicht entschieden, wann die Brücke öffnet.", ["ist noch nicht entschieden"]),
    ("Über die Herkunft des Bildes ist bislang nichts bekannt.", ["nichts bekannt"]),
    ("The date of the final vote is still up in the air.", ["up in the air"]),
    ("Little is known about the new owner of the mill.", ["Little is known"]),
    ("It has not been decided whether the school will reopen.", ["has not been decided"]),
    # counter-examples: a price that is fixed, a game decided, nothing announced, a literal air
    ("Der Preis für die Karten ist fix.", []),
    ("Das Spiel ist nicht entschieden, es steht unentschieden.", []),
    ("Über die Höhe der Prämie wurde nichts bekannt gegeben.", []),
    ("The balloon rose into the air.", []),
])
def test_an_open_matter_or_lack_of_knowledge_is_a_hedge(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The bill appears certain to pass the council.", ["appears certain"]),
    ("The ferry appeared likely to leave late.", ["appeared likely"]),
    ("The club looks set to sign a new goalkeeper.", ["looks set to"]),
    ("None of the rivals looks poised to catch up.", ["looks poised to"]),
    ("Die Lage scheint sich zu beruhigen.", ["scheint"]),
    # counter-examples: appearing in a place, looking at something
    ("The mayor appeared in court on Monday.", []),
    ("She looks at the set from the balcony.", []),
])
def test_appearance_verbs_with_their_predicate_are_inferences(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Travellers may want to check the timetable first.", []),
    ("Readers might want to skip the second chapter.", []),
    ("The storm may reach the coast by noon.", ["may"]),
])
def test_may_want_to_is_advice(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Diese Anträge könne man rasch erledigen, sagte die Leiterin.", []),
    ("Im Sommer kann man dort baden, im Winter könnte man Ski fahren.", []),
    ("Bei Glatteis könnte man auf dem Steg stürzen und sterben.", ["könnte"]),  # what befalls one: a doubt
    ("Man könnte spekulieren, dass dort einst eine Kapelle stand.", ["könnte"]),  # a guess, which hedges what follows
    ("Die Fähre könnte am Abend ausfallen.", ["könnte"]),
])
def test_an_ability_modal_with_an_impersonal_subject_says_what_one_can_do(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Auch die Zahl der Pendler soll im nächsten Jahr deutlich zunehmen.", ["soll"]),  # a forecast's "soll"
    ("Der Fluss soll bis Freitag weiter steigen, sagen die Meteorologen.", ["soll"]),
    ("Die Löhne sollen steigen, fordert die Gewerkschaft.", []),  # a demand
    ("Die Kinder sollen mehr lernen.", []),  # a task
    ("Die Hilfe soll die Familien davor bewahren, in Armut zu fallen.", []),  # a purpose; "fallen" is a zu-infinitive's
])
def test_a_german_soll_of_a_forecast_is_a_hedge(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Donor and Mayor May be Aligning on Budget\n\nThe donor met the mayor on Friday.", ["May"]),  # a headline in title case
    ("Talks May Not Resume Before Winter", ["May"]),
    ("The fair opens on May 2 in the park.", []),  # a month
    ("Theresa May also said she would stay.", []),  # a name
    ("On Tuesday, Theresa May not only visited the port but also the shipyard.", []),  # a name before "not"
    ("After the count, Theresa May won the vote in her town.", []),  # a name before "win"
])
def test_a_capitalised_may_before_a_verb_is_the_modal(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Zeuge kann sich nicht erinnern, ob das Tor offen war.", ["nicht erinnern"]),
    ("She could not recall whether the door was locked.", ["could not recall"]),
    ("Im Gutachten wird in Frage gestellt, ob die Mittel reichen.", ["in Frage gestellt"]),
    ("The audit called into question whether the funds would last.", ["called into question"]),
    # counter-examples: a name forgotten, a plan opposed: no open question
    ("Sie kann sich nicht an den Namen erinnern.", []),
    ("He could not remember the name of the street.", []),
    ("Die Opposition stellt die Reform in Frage.", []),
])
def test_not_remembering_or_doubting_whether_is_a_hedge(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She ran as fast as she could, then stopped.", []),
    ("We did what we could.", []),
    ("The old bridge could collapse.", ["could"]),
])
def test_an_ability_modal_whose_verb_is_left_out_is_no_doubt(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wenn ein Kind auffällt, melden die Lehrer das. Dann könnten sich die Eltern an die Beratung wenden.", []),
    ("Steigt das Wasser weiter, dann könnte der Damm brechen.", ["könnte"]),  # what happens: a doubt
    ("Die Brücke könnte bald gesperrt werden.", ["könnte"]),
])
def test_an_ability_modal_after_dann_says_what_a_case_allows(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected
