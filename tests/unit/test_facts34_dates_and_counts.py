"""Dates and counts of session 34 (issue 7), on our own sentences: a bill's number is no year, a quarter
named relative to the article's, a range of durations whose unit stands once, a number in groups of
thousands inside a duration, a weekday's possessive in a fronted phrase, a year-like count after a
bound or at a German sentence's start, the ranks of a listicle standing alone on their lines, "#2",
a clock time before a comma, "just under $N" and an abbreviated label across a sentence split."""

from __future__ import annotations

import pytest
from tests.facts_helpers import Value, quantities, timexes, timexes_with_rules


@pytest.mark.parametrize("text", [
    "Minutes before House Bill 1714 took effect, a judge blocked it.",
    "Critics said HB 1714's wording was vague.",
    "The lawyers who fought SB 1850 met again in court.",
])
def test_a_bills_number_is_no_year(text: str) -> None:
    assert [v for _, v in timexes(text, "2016-07-02")] == []


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("The bakery chain reported last quarter that sales were flat.", "2016-06-17", [("last quarter", "2016-Q1", "timex.rel_quarter")]),
    ("Orders should recover next quarter, the firm said.", "2016-11-20", [("next quarter", "2017-Q1", "timex.rel_quarter")]),
    ("The club scored ten points in the last quarter.", "2016-06-17", []),
])
def test_a_quarter_relative_to_the_articles(text: str, date: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes_with_rules(text, date) == expected


def test_a_quarter_relative_to_the_articles_in_german() -> None:
    got = timexes_with_rules("Der Umsatz der Kette stieg im vergangenen Quartal leicht.", "2016-05-10", "de")
    assert [(v, r) for _, v, r in got] == [("2016-Q1", "timex.rel_quarter")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Die Pachtverträge laufen meist zwölf oder 15 Jahre.", "de", [("zwölf", "P12Y"), ("15 Jahre", "P15Y")]),
    ("Bis dahin dürften noch zehn bis 20 Jahre vergehen.", "de", [("zehn", "P10Y"), ("20 Jahre", "P20Y")]),
    ("Such leases usually run for three or four years.", "en", [("three", "P3Y"), ("four years", "P4Y")]),
])
def test_each_end_of_a_range_of_durations_is_a_duration(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, "2016-05-10", lang) == expected
    assert quantities(text, lang, "2016-05-10") == []


def test_the_first_end_of_a_range_of_durations_names_its_rule() -> None:
    got = timexes_with_rules("Die Pachtverträge laufen meist zwölf oder 15 Jahre.", "2016-05-10", "de")
    assert got[0][2] == "timex.duration+range_first"


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Der Damm hielt dem stärksten Hochwasser seit 1.000 Jahren stand.", "de", "P1000Y"),
    ("The wall has stood for 2,000 years.", "en", "P2000Y"),
])
def test_a_number_in_groups_of_thousands_in_a_duration(text: str, lang: str, value: str) -> None:
    assert [v for _, v in timexes(text, "2016-05-10", lang)] == [value]


def test_a_weekdays_possessive_in_a_fronted_phrase_takes_the_tense_of_the_clause_after_it() -> None:
    # 2016-08-17 is a Wednesday: the meeting told in the past is the last Saturday, not the next one
    text = "During Saturday's meeting, council members from rural towns voiced doubts about the plan."
    assert [v for _, v in timexes(text, "2016-08-17")] == ["2016-08-13"]


@pytest.mark.parametrize(("text", "expected_q", "expected_t"), [
    ("Die Helfer zählten mindestens 1790 Tote in der Wüste.", [("mindestens 1790", (1790, None))], []),
    ("Das sei der Plan. 1500 Grenzbeamte sollen es am Ende sein.", [("1500", 1500)], []),
    ("Das Abkommen gilt bis mindestens 2021.", [], [("2021", "2021")]),
    ("2014 starben in der Region 111 Menschen.", [("111", 111)], [("2014", "2014")]),
])
def test_a_year_like_count(text: str, expected_q: list[tuple[str, Value]], expected_t: list[tuple[str, str]]) -> None:
    assert quantities(text, "de", None) == expected_q
    assert timexes(text, None, "de") == expected_t


def test_the_ranks_of_a_listicle_alone_on_their_lines_count_nothing() -> None:
    text = ("Ten Things Our Readers Said This Year.\n\n1\nA Baker Spoke Up.\n\nShe wrote about her 40 years at the oven.\n\n"
            "2\nA Driver Asked For Help.\n\nHe had seen 3 buses pass in the rain.\n\n3\nA Teacher Was Heard.\n\nThat is all.")
    assert quantities(text, "en", "2016-12-20") == [("Ten", 10), ("3", 3)]


def test_a_number_after_a_hash_counts_nothing() -> None:
    assert quantities("The Fifth Floor: Notes from the Newsroom, #2.", "en") == []


@pytest.mark.parametrize("text", [
    "The first alert began at 6 p.m., when reserves fell below the line.",
    "The crash happened at around 3 a.m., Wednesday, near the bridge.",
])
def test_a_clock_time_before_a_comma_counts_nothing(text: str) -> None:
    assert quantities(text, "en") == []


def test_just_under_is_the_number_itself() -> None:
    assert quantities("The publisher has a market value of just under $7 billion.", "en") == [("just under $7 billion", 7000000000)]


def test_an_abbreviated_label_before_a_sentence_split() -> None:
    assert quantities("The letter about Prop. 13 in the paper said it costs the schools too much.", "en") == []


def test_over_after_a_noun_of_control_is_no_bound() -> None:
    assert quantities("The tribes hold land rights over 25 percent of the forest, and over 300 people live there.", "en") == [
        ("25 percent", 25), ("over 300", (300, None))]


@pytest.mark.parametrize(("text", "expected"), [
    ("State law bars her from the ballot twice in one fall.", [("twice", 2)]),
    ("Buyers may want to think twice.", []),
    ("The new tank holds twice as much water.", []),
])
def test_twice_counts_occasions(text: str, expected: list[tuple[str, Value]]) -> None:
    assert quantities(text, "en") == expected


def test_a_relative_unit_read_as_a_span_names_that_reading_in_its_rule() -> None:
    assert timexes_with_rules("Prices have doubled in the last year.", "2024-03-07") == [("last year", "P1Y", "timex.rel_week+span")]
    assert timexes_with_rules("Prices will double next year.", "2024-03-07") == [("next year", "2025", "timex.rel_week")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Users spent 50 minutes a day on the site.", [("50 minutes", "PT50M")]),
    ("The $6.99-a-month plan opened. He earns $37,000 a year.", []),
    ("They restored a week of voting.", [("a week", "P1W")]),
])
def test_a_unit_of_time_after_an_amount_is_a_rate(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, "2016-06-17") == expected


def test_a_time_word_in_a_short_quoted_title_is_no_date() -> None:
    text = "He recalled the end of his show “Nolan Tonight.” A gig on “Friday Night Live” followed. They meet on Friday."
    assert timexes(text, "2015-12-22") == [("Friday", "2015-12-25")]


def test_a_unit_after_an_amount_and_a_preposition_is_a_span() -> None:
    assert timexes("The change will cost the state $33.6 billion over a decade.", "2015-11-24") == [("a decade", "P10Y")]
