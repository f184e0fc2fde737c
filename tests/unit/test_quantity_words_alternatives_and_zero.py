"""Quantities told in words (issue 7; sentences of our own): counts joined by a hyphen to "way"/"time"
(but no fixed phrase such as "one-time"), "half-dozen", "trillions", "adds up to" a total, "up to" a
bound; alternatives joined by "or"/"oder" as quantities of their own, two numbers a step apart as a
range, "a … or two" no count; zero written as a word, but not in a name ("ground zero"); a clock time
in words is no count."""

from __future__ import annotations

import pytest
from tests.facts_helpers import Value, quantities


@pytest.mark.parametrize(("text", "want"), [
    ("She won a five-way primary in the spring.", ("five-way", 5)),
    ("The club beat a three-time champion.", ("three-time", 3)),
    ("A half-dozen of the council seats are open.", ("A half-dozen", 6)),
    ("The coach was fined at least a half-dozen times last season.", ("at least a half-dozen", (6, None))),
    ("Cleaning the oceans could cost trillions of euros.", ("trillions", (2_000_000_000_000, 999_999_999_999_999))),
    ("The cuts would add up to $2.5 trillion more than planned.", ("$2.5 trillion", 2_500_000_000_000)),
    ("That adds up to 145,000 over three years.", ("145,000", 145_000)),
    ("The senator, who has zero union backers so far, disagreed.", ("zero", 0)),
])
def test_counts_totals_and_words(text: str, want: tuple[str, Value]) -> None:
    assert want in quantities(text)


def test_fixed_phrases_of_way_and_time_are_no_counts() -> None:
    assert quantities("A one-time grant paid for the two-way street.") == []
    assert quantities("Prices rose ten-times in a three-times larger area.") == []


def test_up_to_stays_a_bound_without_add() -> None:
    assert ("up to 20", (None, 20)) in quantities("Each van carries up to 20 boxes.")


def test_alternatives_joined_by_or_are_quantities_of_their_own() -> None:
    assert quantities("The city will not admit 300, 400 or 500 new tenants.") == [("300", 300), ("400", 400), ("500", 500)]
    found = quantities("Der Beitrag soll von 4,5 auf 2,5 oder 2,6 Prozent sinken.", "de")
    assert ("2,5", 2.5) in found and ("2,6 Prozent", 2.6) in found
    # two whole numbers a step apart: a range said with "or"
    assert quantities("Two or three members left.") == [("Two or three", (2, 3))]
    assert quantities("Es kamen zwei oder drei Kandidaten.", "de") == [("zwei oder drei", (2, 3))]


def test_a_vague_few_after_or_is_no_count() -> None:
    assert quantities("Most drivers keep a map or two in the glove box.") == []
    assert quantities("Fuel prices rose over the past month or two, traders said.") == []
    assert ("two", 2) in quantities("She bought a dog or two cats.")


def test_zero_as_a_word() -> None:
    assert ("null Euro", 0) in quantities("Die Gemeinde hat bis dato null Euro überwiesen.", "de")
    assert quantities("The car goes from zero to 60 mph.") == [("60 mph", 60)]
    assert quantities("Der Vertrag ist null und nichtig, die Null-Toleranz-Linie bleibt.", "de") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Crews searched the site at ground zero for a week.", "en"),
    ("Doctors never found patient zero of the outbreak.", "en"),
    ("Für die Partei begann damit die Stunde null.", "de"),
])
def test_zero_as_part_of_a_name_is_no_count(text: str, lang: str) -> None:
    assert quantities(text, lang) == []


def test_zero_before_its_noun_still_counts() -> None:
    assert quantities("The ground crew had zero spare parts.") == [("zero", 0)]


def test_a_clock_time_in_words_is_no_count() -> None:
    assert quantities("Die Gruppe soll am Freitag um neun Uhr abreisen.", "de") == []
    assert quantities("Am Abend kamen neun Gäste.", "de") == [("neun", 9)]
