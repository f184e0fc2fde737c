"""Quantities of issue 7 (session 33; invented sentences): "a trio of" counts three
(quantity.collective), two shares set against each other ("58%-40%") are two quantities, two numbers
in digits joined by "or" are alternatives even a step apart, and a magnitude word before a unit of time
("hundreds of hours") is a vague duration, no count."""

from __future__ import annotations

from tests.facts_helpers import quantities


def test_a_noun_of_a_group_counts_its_members() -> None:
    assert ("trio", 3) in quantities("The club hired a trio of coaches last spring.")
    assert ("pair", 2) in quantities("She gave a pair of interviews at home.")
    # "the pair of" points back to a group named before
    assert quantities("The pair of coaches left.") == []


def test_two_shares_set_against_each_other() -> None:
    assert quantities("The mayor lost the ward 58%-40% in the spring.") == [("58%", 58), ("40%", 40)]


def test_digits_a_step_apart_joined_by_or_are_alternatives() -> None:
    assert quantities("The levy may fall to 17 or 18 percent.") == [("17", 17), ("18 percent", 18)]
    assert quantities("Die Schulen dürfen 38 oder 39 Prozent selbst bestimmen.", "de") == [("38", 38), ("39 Prozent", 39)]
    # in words, a range said with "or", as before
    assert quantities("Two or three members left.") == [("Two or three", (2, 3))]


def test_a_magnitude_word_before_a_unit_of_time_is_no_count() -> None:
    assert quantities("She spent hundreds of hours on the plan.") == []
    assert quantities("She spent hundreds of dollars on the plan.") == [("hundreds", (200, 999))]


def test_the_number_of_a_longer_compound() -> None:
    found = quantities("Das 700-Megawatt-Kraftwerk versorgt 7500 Vier-Personen-Haushalte.", "de")
    assert ("700", 700) in found and ("7500", 7500) in found
    assert quantities("Sie tauschte 200- und 500-Euro-Scheine.", "de") == [("200", 200), ("500", 500)]
    assert quantities("Die 300-Millionen-Euro-Anleihe fiel.", "de") == [("300-Millionen", 300_000_000)]
    # a year before a compound stays a year, a currency after the number makes it an amount
    assert quantities("Der 2019-Bericht nennt die 2000-Euro-Grenze.", "de") == [("2000", 2000)]
    assert quantities("He paid for a $9-a-month plan in the 1.4-square-mile town.") == [("$9", 9), ("1.4", 1.4)]
    # a clock time, an age, a duration or a number word before a compound's noun count nothing
    assert quantities("Die 20-Uhr-Ausgabe zeigte die 42-Jährige und die Zwei-Welten-Theorie.", "de") == []


def test_a_model_number_is_no_count() -> None:
    text = "His Boeing 757 jet was refitted. The 757 is often parked at the airport, 300 feet from the gate."
    assert quantities(text) == [("300 feet", 300)]
    assert ("300", 300) in quantities("In Ohio 300 people voted.")


def test_a_bound_after_the_noun_of_its_number() -> None:
    assert quantities("Nötig wären 100.000 gültige Unterschriften oder mehr, sagt er.", "de") == [("100.000", (100_000, None))]
    assert quantities("They need 10 signatures or more.") == [("10", (10, None))]
    # German: a verb or particle may close the clause after it, a filler may stand inside the bound
    assert quantities("Es müssten 100.000 erfasste Stimmen oder mehr sein, sagt sie.", "de") == [("100.000", (100_000, None))]
    assert quantities("Bei den Bäckern kommen nur 80 Cent oder auch weniger an.", "de") == [("80", (None, 80))]
    # a bound word before another noun is none
    assert quantities("Sie fordert 30 Euro pro Stunde und mehr Urlaub.", "de") == [("30 Euro", 30)]


def test_a_range_of_dozens() -> None:
    assert quantities("Es kamen zwei bis drei Dutzend Menschen.", "de") == [("zwei bis drei Dutzend", (24, 36))]
    assert quantities("Two to three dozen people came.") == [("Two to three dozen", (24, 36))]
