"""Dates and counts of session 35 (issue 7), on our own sentences: "zumindest N" and "N-plus" as bounds;
a year-like count after a bound or before a German noun counted by the quantity step too (and not when
its own count follows it); tens and ones written as one word in a duration or an "ago"; a year joined
to mid/early/late; a quarter before a noun of a report; a rate word closing a name."""

from __future__ import annotations

import pytest
from tests.facts_helpers import quantities, timexes, timexes_with_rules


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Die Sanierung kostet zumindest 30 Millionen Euro.", "de", [("zumindest 30 Millionen Euro", [30000000, None])]),
    ("The league has 40-plus teams this season.", "en", [("40-plus", [40, None])]),
])
def test_bounds_zumindest_and_plus(text: str, lang: str, expected: list[tuple[str, list[int | None]]]) -> None:
    assert [(t, list(v) if isinstance(v, tuple) else v) for t, v in quantities(text, lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("At least 2015 people signed the petition.", "en", [("At least 2015", (2015, None))]),
    ("Only 1800 tickets were sold for the final.", "en", [("1800", 1800)]),
    ("Am Bahnhof warten insgesamt 1800 Reisende auf einen Zug.", "de", [("1800", 1800)]),
    ("Im Dorf leben 1900 Menschen.", "de", [("1900", 1900)]),
    ("Die Behörde gibt die Zahl der Verletzten mit mindestens 1790 an.", "de", [("mindestens 1790", (1790, None))]),
])
def test_a_year_like_count_is_a_quantity(text: str, lang: str, expected: list[tuple[str, object]]) -> None:
    assert quantities(text, lang) == expected
    assert timexes(text, "2026-03-10", lang) == []


def test_a_years_possessive_after_a_bound_stays_a_year() -> None:
    text = "Orders this spring were more than 2015's total."
    assert ("2015", "2015") in timexes(text, "2016-05-04")
    assert quantities(text, "en", "2016-05-04") == []


def test_a_year_before_its_own_count_stays_a_year() -> None:
    text = "Waren es 2014 noch neun Anzeigen, sind es jetzt zwei."
    assert ("2014", "2014") in timexes(text, "2016-05-04", "de")
    assert [v for _, v in quantities(text, "de", "2016-05-04")] == [9, 2]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Twenty-five years ago the ferry stopped running.", "en", ("Twenty-five years ago", "2001")),
    ("The repairs took thirty-two days.", "en", ("thirty-two days", "P32D")),
    ("Vor fünfundzwanzig Jahren fuhr die letzte Fähre.", "de", ("Vor fünfundzwanzig Jahren", "2001")),
    ("Die Reparatur dauerte zweiunddreißig Tage.", "de", ("zweiunddreißig Tage", "P32D")),
    # (joined to its unit by a hyphen too: the tens and the ones, not the tens alone)
    ("The harbour signed a twenty-five-year lease.", "en", ("twenty-five-year", "P25Y")),
    ("The crew finished a thirty-two-day voyage.", "en", ("thirty-two-day", "P32D")),
])
def test_tens_and_ones_in_one_word(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert timexes(text, "2026-03-10", lang) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The bakery has hired staff since mid-2015.", [("mid-2015", "2015", "timex.year")]),
    ("Prices peaked in late-2014, traders said.", [("late-2014", "2014", "timex.year")]),
])
def test_a_year_joined_to_mid_early_or_late(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes_with_rules(text, "2016-02-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The chain will publish its fourth quarter earnings on Thursday.", "2015-Q4"),
    ("Its fourth-quarter profit fell sharply.", "2015-Q4"),
    ("Analysts expect first-quarter sales to slow.", "2016-Q1"),
])
def test_a_quarter_before_a_reports_noun_needs_no_year(text: str, expected: str) -> None:
    got = timexes_with_rules(text, "2016-02-08")
    assert got[0][1:] == (expected, "timex.quarter")


def test_a_games_quarter_stays_no_date() -> None:
    assert timexes_with_rules("She scored twice in the fourth quarter and once in a fourth-quarter rally.", "2016-02-08") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbor Radio Daily airs on weekdays at noon.", []),
    ("The mayor told Harbor Radio Daily host Ann Lee about it.", []),
    ("The ferry runs daily between the islands.", ["P1D"]),
    ("The town paper said so. Daily fares rose.", ["P1D"]),
])
def test_a_rate_word_closing_a_name_is_no_set(text: str, expected: list[str]) -> None:
    assert [v for _, v in timexes(text, "2016-08-24")] == expected


def test_a_channels_number_is_no_count() -> None:
    assert quantities("She told listeners of Harbor Radio Channel 88 that the vote was close.") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The cargo ship left the yard 1,000 days ago.", "en", ("1,000 days ago", "2023-06-14")),
    ("Vor 1.000 Tagen verließ das Schiff die Werft.", "de", ("Vor 1.000 Tagen", "2023-06-14")),
])
def test_a_number_with_a_thousands_mark_before_ago_is_read_whole(text: str, lang: str, expected: tuple[str, str]) -> None:
    # (as a duration reads it: the digits after the mark are no second number)
    assert timexes(text, "2026-03-10", lang) == [expected]
