"""Dates of our own: a programme's title after a broadcaster, a part of a century or decade in years,
a past month without a preposition, and which winter a winter without its year is."""

from __future__ import annotations

import pytest
from tests.facts_helpers import timexes, timexes_with_rules


@pytest.mark.parametrize("text", [
    "The mayor told NBC Today that the ferry will resume.",
    "She said on ABC's Today, with a grin, that she would run.",
    "He told BBC Today listeners that rents would fall.",
])
def test_today_after_a_broadcaster_is_a_programme(text: str) -> None:
    assert timexes(text) == []


def test_today_after_a_name_at_a_sentence_start_is_still_a_day() -> None:
    assert timexes("Today, the mayor said, the ferry will resume.") == [("Today", "2026-03-10")]


@pytest.mark.parametrize(("text", "value"), [
    ("The family has farmed the valley for a century and a half.", "P150Y"),
    ("The firm ran the mill for two and a half decades.", "P25Y"),
    ("The firm ran the mill for a decade.", "P10Y"),
])
def test_a_part_of_a_century_or_decade_is_counted_in_years(text: str, value: str) -> None:
    assert [v for _, v in timexes(text)] == [value]


@pytest.mark.parametrize(("date", "text", "expr", "value"), [
    ("2026-03-10", "Vergangenen Oktober wurde die Fähre stillgelegt.", "Vergangenen Oktober", "2025-10"),
    ("2026-03-10", "Im vergangenen Oktober wurde die Fähre stillgelegt.", "vergangenen Oktober", "2025-10"),
    ("2026-03-10", "Nächsten Juni soll die Fähre wieder fahren.", "Nächsten Juni", "2026-06"),
    ("2026-11-20", "The ferry was shut down last October.", "last October", "2025-10"),
])
def test_a_relative_word_alone_before_a_month(date: str, text: str, expr: str, value: str) -> None:
    found = timexes_with_rules(text, date, "de" if "Fähre" in text else "en")
    assert [(s, v) for s, v, _ in found] == [(expr, value)]


@pytest.mark.parametrize(("date", "text", "value"), [
    # in November and December a winter not told in the past is the one that begins that December
    ("2026-12-05", "Im Winter sollen die Arbeiten ruhen.", "2026-WI"),
    ("2026-11-05", "Im Winter sollen die Arbeiten ruhen.", "2026-WI"),
    ("2026-12-05", "Im Winter wurden die Arbeiten unterbrochen.", "2025-WI"),
    # in January and February the winter under way began the December before
    ("2026-01-15", "Work paused this winter.", "2025-WI"),
    ("2026-02-05", "Im Winter wurden die Arbeiten unterbrochen.", "2025-WI"),
    ("2026-01-15", "Work paused last winter.", "2024-WI"),
    ("2026-01-15", "Work will pause next winter.", "2026-WI"),
    # from March to October: a past winter the last one, a coming one this year's
    ("2026-04-15", "Work paused in the winter.", "2025-WI"),
    ("2026-04-15", "Work will pause in the winter.", "2026-WI"),
    ("2026-04-15", "Work will pause next winter.", "2026-WI"),
    ("2026-12-15", "Work will pause next winter.", "2027-WI"),
])
def test_a_winter_without_its_year_is_named_by_the_december_it_begins(date: str, text: str, value: str) -> None:
    lang = "en" if text.startswith("Work") else "de"
    assert [v for _, v, r in timexes_with_rules(text, date, lang) if r.startswith("timex.season")] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    ("Am vorletzten Donnerstag schloss die Fabrik.", [("vorletzten Donnerstag", "2016-02-25")]),
    ("Vorletzte Woche schloss die Fabrik.", [("Vorletzte Woche", "2016-W08")]),
    ("Im vorletzten Jahr schloss die Fabrik.", [("vorletzten Jahr", "2014")]),
])
def test_the_one_before_the_last(text: str, expected: list[tuple[str, str]]) -> None:
    # 2016-03-10 is a Thursday: the last Thursday is 3 March, the one before it 25 February
    assert [(s, v) for s, v, _ in timexes_with_rules(text, "2016-03-10", "de")] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Zwischen März und Mai des vergangenen Jahres ruhte die Fähre.", "de",
     [("Zwischen März", "2015-03"), ("Mai des vergangenen Jahres", "2015-05")]),
    ("Zwischen November und Februar dieses Jahres fiel der Absatz.", "de",
     [("Zwischen November", "2015-11"), ("Februar dieses Jahres", "2016-02")]),
    ("Between March and June of last year, sales fell.", "en",
     [("Between March", "2015-03"), ("June of last year", "2015-06")]),
])
def test_a_year_phrase_after_a_pair_of_months_dates_both(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, v) for s, v, _ in timexes_with_rules(text, "2016-03-10", lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Rents have risen from 2010 up to today.", "en", ("today", "2026-03-10")),
    ("The ferry has run every summer until today.", "en", ("today", "2026-03-10")),
    ("Die Fähre fährt bis heute jeden Sommer.", "de", ("heute", "2026-03-10")),
    ("Even today the ferry runs every summer.", "en", ("today", "PRESENT_REF")),
])
def test_until_today_reaches_the_article_date(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in [(s, v) for s, v, _ in timexes_with_rules(text, "2026-03-10", lang)]


@pytest.mark.parametrize(("text", "value"), [
    ("Der Bürgermeister hat einen bis Mitte Juni geltenden Baustopp angeordnet.", "2026-06"),
    ("Die Stadt verhängte eine bis März laufende Sperre.", "2027-03"),
    ("Der Streik dauerte bis Mitte Juni.", "2025-06"),
])
def test_a_state_in_force_until_a_month_looks_forward(text: str, value: str) -> None:
    assert [v for _, v, _ in timexes_with_rules(text, "2026-04-30", "de")] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Die Überfahrt dauerte rund sechseinhalb Stunden.", "PT6.5H"),
    ("Der Umbau zog sich über achteinhalb Monate.", "P8.5M"),
])
def test_a_german_number_and_a_half_makes_a_duration(text: str, value: str) -> None:
    assert [v for _, v, _ in timexes_with_rules(text, "2026-03-10", "de")] == [value]
