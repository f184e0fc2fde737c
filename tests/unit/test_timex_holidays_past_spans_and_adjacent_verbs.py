"""Dates of issue 7 (session 33; invented sentences): holidays on a fixed day (timex.holiday), "in the
last year" as one year up to now, "in N years or less" and a past "in N months" beside a number in
groups as durations, the verb right before a weekday ("announced Monday"), "in midafternoon", a decade
without its century ("the late '90s"), and a year after "a" before a name ("a 1971 Ford")."""

from __future__ import annotations

import pytest
from tests.facts_helpers import timexes, timexes_with_rules


@pytest.mark.parametrize(("text", "date", "lang", "want"), [
    # 2024-12-20 is a Friday: the Christmas of that December
    ("The mayor will present her budget after Christmas, aides said.", "2024-12-20", "en", ("Christmas", "2024-12-25")),
    # written in January, the New Year's Eve just past
    ("Fireworks injured three people on New Year’s Eve in the old town.", "2025-01-06", "en", ("New Year’s Eve", "2024-12-31")),
    ("Crowds celebrating Bastille Day in the harbour town were dispersed.", "2024-07-15", "en", ("Bastille Day", "2024-07-14")),
    ("Zu Silvester kamen tausende Gäste in die Altstadt.", "2025-01-03", "de", ("Silvester", "2024-12-31")),
])
def test_a_holiday_on_a_fixed_day_is_its_nearest_day(text: str, date: str, lang: str, want: tuple[str, str]) -> None:
    found = timexes_with_rules(text, date, lang)
    assert (*want, "timex.holiday") in found


def test_a_holiday_before_a_lower_case_noun_is_part_of_it() -> None:
    assert not [t for t in timexes_with_rules("They sold a Christmas tree and Christmas lights.", "2024-12-20") if t[2] == "timex.holiday"]


def test_a_holiday_in_a_narrative_takes_the_narrative_year() -> None:
    text = ("The pipe was fitted on December 16, 2019. She flew home to spend Christmas with her aunt. "
            "She returned on December 27 and found the flat cold.")
    found = dict(timexes(text, date="2021-04-20"))
    assert found["Christmas"] == "2019-12-25" and found["December 27"] == "2019-12-27"


@pytest.mark.parametrize(("text", "want"), [
    ("The mayor has changed her mind twice in the last year.", ("last year", "P1Y")),
    ("During the past month, rents in the district rose.", ("past month", "P1M")),
    # the calendar year before, and a week of a month, stay as they were
    ("Rents in the district rose last year.", ("last year", "2025")),
])
def test_the_last_year_after_a_preposition_is_one_year_up_to_now(text: str, want: tuple[str, str]) -> None:
    assert want in timexes(text)


@pytest.mark.parametrize(("text", "want"), [
    ("A modest loan can be repaid in 10 years or less, the adviser wrote.", ("10 years", "P10Y")),
    # the comma inside a number in groups does not cut the clause off its past verb
    ("The small press has sold 120,000 copies in eight months.", ("eight months", "P8M")),
])
def test_in_n_units_as_a_duration(text: str, want: tuple[str, str]) -> None:
    assert want in timexes(text)


# 2024-11-19 is a Tuesday
@pytest.mark.parametrize(("text", "value"), [
    # a past verb right before the weekday decides, whatever modal follows
    ("A ferry merger announced Monday would move the firm's seat abroad.", "2024-11-18"),
    # a participle after an auxiliary carries no tense of its own: the future decides
    ("The records will be released Monday.", "2024-11-25"),
    ("The board will meet on Monday.", "2024-11-25"),
])
def test_the_verb_right_before_a_weekday(text: str, value: str) -> None:
    assert ("Monday", value) in timexes(text, date="2024-11-19")


def test_parts_of_the_day_decades_and_model_years() -> None:
    assert ("midafternoon", "2024-11-19TAF") in timexes("The staff call came in midafternoon.", date="2024-11-19")
    assert ("late '90s", "199") in timexes("I first met the painter in the late '90s.", date="2016-07-05")
    assert ("1971", "1971") in timexes("He drove a 1971 Ford pickup to the fair.", date="2016-07-05")


def test_a_month_counted_from_the_last_month_named() -> None:
    text = ("The mayor opened her campaign in June 2015. A month later, she toured the harbour. "
            "The ferry report comes out on Aug. 9. Later that month, a second report follows.")
    found = dict(timexes(text, date="2016-07-18"))
    assert found["A month later"] == "2015-07" and found["Later that month"] == "2016-08"


def test_until_a_month_just_ahead_told_in_the_past() -> None:
    # written in December, the telling past: the coming January; a month further back stays past
    assert timexes("They said he did not need to speak until January.", date="2015-12-23") == [("January", "2016-01")]
    assert timexes("The shop stayed closed until March.", date="2015-12-23") == [("March", "2015-03")]


def test_hours_with_plus_are_a_duration() -> None:
    assert ("35-plus hours", "PT35H") in timexes("She was working 35-plus hours at two jobs.", date="2016-05-09")


def test_today_in_a_comparison_is_the_present() -> None:
    assert timexes("Ferry fares were twice as high compared to today.", date="2024-11-14") == [("today", "PRESENT_REF")]
    assert ("heute", "PRESENT_REF") in timexes("Die Mieten waren im Vergleich zu heute niedrig.", date="2024-11-14", lang="de")
    # "up to today" still reaches the article's day
    assert timexes("Rents stayed low up to today.", date="2024-11-14") == [("today", "2024-11-14")]


def test_a_weekday_after_a_broadcaster_with_its_preposition_is_a_day() -> None:
    # 2024-11-14 is a Thursday
    assert timexes("The party told ABC News on Monday that it would wait.", date="2024-11-14") == [("Monday", "2024-11-11")]
