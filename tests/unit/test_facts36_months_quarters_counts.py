"""Dates and counts of session 36 (issue 7), on our own sentences: "this November" and "this summer"
of the article's year; a season "of" its year; a fraction spaced wide ("4   1/2 hours"); numbers listed before a
duration's unit; a quarter by its code ("Q4"); a game's "fourth-quarter loss" no firm's quarter; "only 2015
when" a year, "von 2000 Einwohnern" a count; "a twenty-five-year-old" no count of twenty; a magnitude word
shared across a parenthesis and opening a compound."""

from __future__ import annotations

import pytest
from tests.facts_helpers import quantities, timexes, timexes_with_rules


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Both parties must unite to win this November vote.", "2016-01-19", ("this November", "2016-11", "timex.month+this")),
    ("This March was the wettest the farmers remember.", "2016-11-02", ("This March", "2016-03", "timex.month+this")),
    ("Delegates gathered ahead of this summer's convention, which helped the party.", "2016-04-06",
     ("this summer", "2016-SU", "timex.season+this")),
    ("Die Gemeinde will diesen März mit dem Bau beginnen, sagte sie.", "2016-11-10", ("diesen März", "2016-03", "timex.month+this")),
])
def test_this_month_and_this_season_are_of_the_articles_year(text: str, date: str, expected: tuple[str, str, str]) -> None:
    lang = "de" if "Gemeinde" in text else "en"
    assert expected in timexes_with_rules(text, date, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("In the spring of 1968, a few students occupied the hall.", "en", ("spring of 1968", "1968-SP")),
    ("Im Sommer des Jahres 2012 wurde die Brücke gebaut.", "de", ("Sommer des Jahres 2012", "2012-SU")),
])
def test_a_season_of_its_year(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert timexes(text, "2016-01-19", lang) == [expected]


def test_a_fraction_spaced_wide_is_one_duration() -> None:
    got = timexes("The crew worked for 6      1/2     hours on the pump.", "2016-04-15")
    assert got == [("6      1/2     hours", "PT6.5H")]
    assert quantities("The crew worked for 6      1/2     hours on the pump.", "en", "2016-04-15") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Patients sat in the hall for two, three and even four hours.", "en",
     [("two", "PT2H"), ("three", "PT3H"), ("four hours", "PT4H")]),
    ("Die Fahrt dauerte zwei, drei oder vier Tage.", "de", [("zwei", "P2D"), ("drei", "P3D"), ("vier Tage", "P4D")]),
])
def test_numbers_listed_before_a_durations_unit_are_durations(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, "2016-04-15", lang) == expected
    assert quantities(text, lang, "2016-04-15") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The retailer said its margin shrank in Q4, its weakest quarter.", [("Q4", "2015-Q4")]),
    ("Orders rose in Q3 2014 and fell after.", [("Q3 2014", "2014-Q3")]),
    ("Die Zahlen für Q1/2016 kommen im Mai.", [("Q1/2016", "2016-Q1"), ("Mai", "2016-05")]),
])
def test_a_quarter_by_its_code(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, "2016-03-10", "de" if "Zahlen" in text else "en") == expected


def test_a_model_name_with_a_quarter_code_is_no_quarter() -> None:
    assert timexes("The mayor drives an Audi Q3 to the office.", "2016-03-10") == []


def test_a_quarter_code_before_a_capitalised_word_is_a_model_name() -> None:
    # review of session 36: an English capitalised word after the bare code names a product, not a quarter
    assert timexes("The Q4 Max tablet sells well.", "2016-03-10") == []
    assert timexes("Q4 Revenue Beats Forecasts", "2016-03-10") == [("Q4", "2015-Q4")]
    assert timexes("Q4 2015 Revenue Beats Forecasts", "2016-03-10") == [("Q4 2015", "2015-Q4")]


@pytest.mark.parametrize("text", [
    "The Rams squandered a lead and took a fourth-quarter loss against the Jets.",
    "Her third-quarter numbers were poor as the team lost 71-64.",
])
def test_a_games_quarter_before_loss_or_numbers_is_no_date(text: str) -> None:
    assert [v for _, v in timexes(text, "2016-03-10")] == []


def test_a_firms_fourth_quarter_loss_beside_money_stays_a_quarter() -> None:
    assert ("fourth-quarter", "2015-Q4") in timexes("The miner posted a fourth-quarter loss of $3 million.", "2016-03-10")


def test_only_before_a_year_and_a_clause_word_is_no_count() -> None:
    text = "It was only 2011 when the club moved into the new hall."
    assert timexes(text, "2016-03-10") == [("2011", "2011")]
    assert quantities(text, "en", "2016-03-10") == []


def test_von_before_a_year_like_number_and_a_plural_noun_is_a_count() -> None:
    text = "Die Stadt übernimmt die Gebühren von 1500 Haushalten."
    assert timexes(text, "2016-03-10", "de") == []
    assert quantities(text, "de", "2016-03-10") == [("1500", 1500)]
    assert timexes("Von 2010 bis 2014 wuchs der Ort.", "2016-03-10", "de") == [("Von 2010", "2010"), ("2014", "2014")]


def test_tens_and_ones_of_an_age_are_no_count() -> None:
    assert quantities("A thirty-four-year-old driver was stopped.", "en", "2016-03-10") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Der Verein meldet einen Überschuss von 4,12 (2014: 3,05) Millionen Euro.", "de",
     [("4,12", 4120000), ("3,05", 3050000)]),
    ("Sales reached 2.4 (2014: 2.1) billion dollars.", "en", [("2.4", 2400000000), ("2.1", 2100000000)]),
])
def test_a_magnitude_word_after_a_parenthesis_counts_for_both_numbers(text: str, lang: str, expected: list[tuple[str, int]]) -> None:
    assert quantities(text, lang, "2016-03-10") == expected


def test_a_number_with_a_fraction_before_a_magnitude_compound() -> None:
    assert quantities("Die 1,8 Millionenstadt baut eine neue Linie.", "de", "2016-03-10") == [("1,8", 1800000)]
    assert quantities("Es gibt drei Millionenstädte im Land.", "de", "2016-03-10") == [("drei", 3)]


@pytest.mark.parametrize(("text", "date", "expected"), [
    # "can" points ahead as "will" does; "succeed" has a past's shape but no past tense
    ("Can the mayor succeed in winning back the suburbs in November?", "2016-03-07", ("November", "2016-11")),
    ("Not only can she carry the state in November, she can carry the region.", "2016-01-19", ("November", "2016-11")),
])
def test_the_year_of_a_month_after_can_and_succeed(text: str, date: str, expected: tuple[str, str]) -> None:
    assert expected in timexes(text, date)


@pytest.mark.parametrize(("text", "expected"), [
    # a negated "can" and the noun "can" point nowhere ahead: the month is the last one (review of session 36)
    ("The treasurer can't recall the vote in March.", ("March", "2016-03")),
    ("The treasurer can’t recall the vote in March.", ("March", "2016-03")),
    ("The treasurer can not recall the vote in March.", ("March", "2016-03")),
    ("A can of soup cost two dollars in March.", ("March", "2016-03")),
    ("Can the treasurer balance the books in March?", ("March", "2017-03")),
])
def test_a_negated_can_or_the_noun_can_is_no_future(text: str, expected: tuple[str, str]) -> None:
    assert expected in timexes(text, "2016-07-20")


def test_a_decade_without_its_apostrophe_after_a_full_one() -> None:
    text = "Her best years were the 1970s and 80s, long before the merger."
    assert timexes(text, "2016-06-05") == [("1970s", "197"), ("80s", "198")]


@pytest.mark.parametrize("text", ["Highs should stay in the 70s along the coast.", "Her approval sank into the mid-30s."])
def test_a_bare_decade_number_alone_is_no_decade(text: str) -> None:
    assert timexes(text, "2016-06-05") == []


@pytest.mark.parametrize("text", [
    "She is a second-generation grower from the valley.",
    "Prices change on a minute-by-minute basis.",
    "Sales rose on a year-over-year basis.",
])
def test_a_unit_of_time_opening_a_hyphenated_compound_is_no_duration(text: str) -> None:
    assert timexes(text, "2016-06-05") == []


def test_a_unit_before_long_a_half_or_a_rate_stays_a_duration() -> None:
    assert timexes("He spent a year-and-a-half abroad.", "2016-06-05") == [("a year-and-a-half", "P1.5Y")]
    assert ("12-hour", "PT12H") in timexes("Students may hold a 12-hour-per-week job.", "2016-06-05")
