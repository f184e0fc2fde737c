"""Hedge, timex and article-date classes (issue 7), each with a counter-example that
must not change. All sentences are our own. Article date: Wednesday 6 March 2024."""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_texts, timexes

import sourcetrace

WED = "2024-03-06"


@pytest.mark.parametrize(("text", "expected"), [
    # a whole number and a half is one duration with its half (not "a half years", one year)
    ("The renovation took two and a half years.", [("two and a half years", "P2.5Y")]),
    ("It was a two-and-a-half-year project.", [("two-and-a-half-year", "P2.5Y")]),
    ("She waited a half hour at the gate.", [("a half hour", "PT30M")]),  # less than an hour: in minutes
    # counter-examples: whole numbers and the German number word stay as they were
    ("He served three years in the council.", [("three years", "P3Y")]),
    ("Die Sanierung dauerte zweieinhalb Jahre.", [("zweieinhalb Jahre", "P2.5Y")]),
])
def test_a_half_after_a_whole_number_is_part_of_the_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday after a word of recurrence is a set of days, TIMEX3 SET
    ("The farmers' market opens every Monday.", [("every Monday", "XXXX-WXX-1")]),
    ("Each Friday the chess club meets in the library.", [("Each Friday", "XXXX-WXX-5")]),
    ("Die Gruppe trifft sich jeden Dienstag im Rathaus.", [("jeden Dienstag", "XXXX-WXX-2")]),
    ("Der Verein tagt jeden Monat.", [("jeden Monat", "P1M")]),
    # counter-examples: one weekday is one day
    ("The farmers' market opened on Monday.", [("Monday", "2024-03-04")]),
    ("Die Gruppe traf sich am Dienstag im Rathaus.", [("Dienstag", "2024-03-05")]),
])
def test_a_recurring_weekday_is_a_set(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "value"), [
    # the tense governs "until Monday": a participle carries none when its clause has a finite
    # marker or a verb of a state
    ("The museum will stay closed until Monday.", "2024-03-11"),
    ("The museum remains closed until Monday.", "2024-03-11"),
    ("Die Straße bleibt bis Montag gesperrt.", "2024-03-11"),
    ("Die Straße wird bis Montag gesperrt.", "2024-03-11"),
    ("He will be sentenced on Monday.", "2024-03-11"),
    # counter-examples: a past clause keeps the last Monday
    ("The road was closed until Monday, officials said.", "2024-03-04"),
    ("The museum stayed closed until Monday.", "2024-03-04"),
    ("Die Straße war bis Montag gesperrt.", "2024-03-04"),
    ("Die Polizei hat die Straße bis Montag gesperrt.", "2024-03-04"),
    ("The plant closed on Monday.", "2024-03-04"),
])
def test_until_a_weekday_follows_the_tense_of_its_clause(text: str, value: str) -> None:
    [(_, got)] = timexes(text, WED, lang=None)
    assert got == value


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Arbeiten dauern voraussichtlich bis Ende Mai.", ["voraussichtlich"]),
    ("Fraglich ist, ob das Geld reicht.", ["Fraglich"]),
    ("Der als streng geltende Richter lehnte den Antrag ab.", ["als streng geltende"]),
    ("Der als einer der besten Köche geltende Wirt schloss sein Lokal.", ["als einer der besten Köche geltende"]),
    ("The reputed smuggler was arrested at the border.", ["reputed"]),
    # counter-examples: an adjective before its noun, a rule in force, "als" of another phrase
    ("Die voraussichtliche Ankunftszeit ist 14 Uhr.", []),
    ("In der fraglichen Nacht war er zu Hause.", []),
    ("Die seit Jahren geltenden Regeln bleiben.", []),
    ("Er sprach als Gast über die geltenden Regeln.", []),
    ("Die derzeit geltenden Regeln bleiben.", []),
])
def test_expectation_doubt_and_reputation_in_a_participle(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ability hoped for or confidently assumed is no doubt
    # ("geht davon aus" itself is an assumption, a hedge like "nimmt an", since session 18)
    ("Er geht davon aus, dass das Land die Quote bald erfüllen könne.", ["geht davon aus"]),
    ("Sie hofft, dass sie bald wieder arbeiten könnte.", []),
    # counter-examples: a possibility feared, an impersonal "es", an inference of the past
    ("Sie fürchtet, dass sie den Job verlieren könnte.", ["könnte"]),
    ("Er geht davon aus, dass es noch schlimmer werden könnte.", ["geht davon aus", "könnte"]),
    ("Die Polizei schließt nicht aus, dass der Brand gelegt worden sein könnte.", ["könnte"]),
    ("Experten warnen, dass die Preise weiter steigen könnten.", ["könnten"]),
    ("Er ist überzeugt, dass der Zeuge gelogen haben könnte.", ["könnte"]),
])
def test_koennte_in_a_dass_clause_ability_or_possibility(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "value"), [
    # a closing credit on a line of its own, after the last sentence with or without its stop
    ("Der Rat tagte am Montag. Er beschloss nichts.\n(APA, 13.10.2024)", "2024-10-13"),
    ("Der Rat tagte am Montag. Er beschloss nichts\n(red, 13.10.2024)\n", "2024-10-13"),
])
def test_a_closing_credit_on_its_own_line_dates_the_article(text: str, value: str) -> None:
    doc = sourcetrace.analyze(text)
    assert doc.date is not None and doc.date.value == value and "credit" in doc.date.evidence


@pytest.mark.parametrize("text", [
    # counter-examples: a last line in parentheses that is no credit; a date in the sentence
    "Der Rat tagte am Montag. Er beschloss nichts.\n(Fortsetzung folgt am 13.10.2024)",
    "Der Rat tagte am Montag (13.10.2024) und beschloss nichts.",
])
def test_a_dated_parenthesis_that_is_no_credit_gives_no_date(text: str) -> None:
    assert sourcetrace.analyze(text).date is None


@pytest.mark.parametrize(("text", "value"), [
    # the future seen from a past saying ("would", "würde"): the month to come, as "will" gives it —
    # an English report and a German one of the same statement must agree on the date
    ("The owner said the mill would stay closed until the end of June.", "2024-06"),
    ("Die Besitzerin sagte, die Mühle würde bis Ende Juni geschlossen bleiben.", "2024-06"),
    ("The owner said the mill will stay closed until the end of June.", "2024-06"),
    # counter-examples: a past clause keeps the last June
    ("The mill stayed closed until the end of June.", "2023-06"),
    ("Die Mühle war bis Ende Juni geschlossen.", "2023-06"),
])
def test_the_future_of_a_past_saying_is_to_come(text: str, value: str) -> None:
    [(_, got)] = timexes(text, WED, lang=None)
    assert got == value
