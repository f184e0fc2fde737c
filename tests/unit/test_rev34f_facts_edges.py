"""Review of session 34's dates and counts (rev34f), on our own sentences: the new rules keep off
the sentences they were not meant for — a sentence that ends in a label noun before a count, "say
over N", "twice the size", "the past quarter century", a lower-case "no" before a year, and a
duration whose amount before it belongs to another clause."""

from __future__ import annotations

import pytest
from tests.facts_helpers import quantities, timexes, timexes_with_rules


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The fire began on the third floor. 12 people were hurt.", "en", [("12", 12)]),
    ("Sie trafen sich am zweiten Tag. 40 Gäste kamen.", "de", [("40", 40)]),
    ("Voters turned down Prop. 13 twice.", "en", [("twice", 2)]),
])
def test_a_count_after_a_sentence_that_ends_in_a_label_noun(text: str, lang: str, expected: list[tuple[str, int]]) -> None:
    assert quantities(text, lang, "2016-06-17") == expected


def test_over_after_the_verb_say_is_a_bound() -> None:
    assert quantities("Officials say over 200 homes lost power.", "en", "2016-06-17") == [("over 200", (200, None))]


@pytest.mark.parametrize("text", ["The new depot is twice the size of the old one.", "Shares sold at twice their value."])
def test_twice_before_a_noun_phrase_of_measure_is_a_ratio(text: str) -> None:
    assert quantities(text, "en", "2016-06-17") == []


def test_the_past_quarter_century_is_no_quarter_of_the_year() -> None:
    got = timexes_with_rules("Wages barely moved over the past quarter century.", "2016-06-17")
    assert all(rule != "timex.rel_quarter" for _, _, rule in got)


def test_a_lower_case_no_before_a_year_is_a_determiner() -> None:
    assert timexes("There are no 2015 figures for the region yet.", "2016-06-17") == [("2015", "2015")]


@pytest.mark.parametrize(("text", "duration"), [
    ("In 2012 she spent a year in Lisbon.", ("a year", "P1Y")),
    ("He paid $300 and waited a month for the parts.", ("a month", "P1M")),
])
def test_a_duration_after_an_amount_of_another_clause_is_no_rate(text: str, duration: tuple[str, str]) -> None:
    assert duration in timexes(text, "2016-06-17")


def test_a_relative_quarter_before_a_year_is_left_to_the_year() -> None:
    # "not before a year" (timex.rel_quarter): a year of four digits after it, not only of one
    got = timexes_with_rules("The chain said sales fell last quarter 2015 in two regions.", "2016-06-17")
    assert [(s, v) for s, v, _ in got] == [("2015", "2015")]
