"""Dates of web pages (issue 7, session 31; sentences of our own): one decade or century is counted in
years, German decades as nouns, joined centuries, a broadcaster's programme title is no date, "beiden"
without a word of time is "both", idioms of day words name no day, a Sunday's weekend, the winter of
a year's end, "last <month>" of the month just past, "letztem Jahr", the German first half-year, a
planned participle, and the tense of a clause after or of a condition around an expression."""

from __future__ import annotations

from tests.facts_helpers import timex_table, timex_value, timexes


def test_one_decade_or_century_is_counted_in_years() -> None:
    assert timex_value("The city will be carbon-free a decade earlier than its rival.", "2020-01-16", "decade") == "P10Y"
    assert timex_value("Sheep grazed on the hill for over a century.", "2020-01-16", "century") == "P100Y"
    assert timex_value("Costs will rise over the next decade.", "2020-01-16", "decade") == "P10Y"
    assert timex_value("The fund has grown for two decades.", "2020-01-16", "decades") == "P2DE"


def test_german_decades_as_nouns() -> None:
    assert timex_value("Im Keller standen Lampen aus den Sechzigern.", "2019-10-19", "Sechzig", "de") == "196"
    assert timex_value("Der See war noch in den 1980ern trüb.", "2019-10-19", "1980", "de") == "198"


def test_joined_centuries_each_and_a_phase_of_one() -> None:
    table = timex_table("The quarry ran in the late 18th and early 19th centuries.", "2020-01-06")
    assert table["late 18th"] == "17"
    assert table["early 19th centuries"] == "18"
    assert timex_value("The bridge dates from the mid-20th century.", "2020-01-06", "20th") == "19"


def test_a_programme_title_after_its_broadcaster_is_no_date() -> None:
    assert not timexes('The mayor told "XYZ This Morning" host Ann Lee that the pool reopens.', "2020-02-24")
    assert not timexes("The senator went on QRS's This Week to defend his plan.", "2020-02-24")
    # a headline in title case keeps its week
    assert timexes("Shares Rally This Week as Rates Hold", "2020-02-24") == [("This Week", "2020-W09")]


def test_beiden_without_a_word_of_time_is_both() -> None:
    assert timexes("Auch 2023 wird gespart, in beiden Jahren zusammen um ein Fünftel.", "2022-12-06", "de") == [("2023", "2023")]
    assert timex_value("In den nächsten beiden Jahren steigen die Gebühren.", "2022-12-06", "beiden", "de") == "P2Y"


def test_idioms_of_day_words_name_no_day() -> None:
    assert not timexes("Viele Wirte würden lieber heute als morgen schließen.", "2023-11-01", "de")
    assert not timexes("Die Preise stiegen von heute auf morgen.", "2023-11-01", "de")


def test_a_sundays_weekend_and_the_winter_of_a_years_end() -> None:
    assert timex_value("Power use over the weekend fell below the record.", "2020-08-16", "weekend") == "2020-W33-WE"
    assert timex_value("Power use over the weekend fell below the record.", "2020-08-17", "weekend") == "2020-W33-WE"
    assert timex_value("Das Labor will im Winter ohne Pause weiterarbeiten.", "2022-12-06", "Winter", "de") == "2022-WI"
    assert timex_value("Im nächsten Winter wird das Labor schließen.", "2022-12-06", "Winter", "de") == "2023-WI"


def test_last_month_by_name_and_letztem_jahr() -> None:
    assert timex_value("The mayor changed her mind last October.", "2023-11-08", "October") == "2022-10"
    assert timex_value("The mayor changed her mind last March.", "2023-11-08", "March") == "2023-03"
    assert timex_value("Seit letztem Jahr wird die Liste nicht mehr geführt.", "2019-04-30", "Jahr", "de") == "2018"


def test_the_first_half_year_in_german() -> None:
    assert timex_value("Der Konzern meldete für das erste Halbjahr einen Verlust.", "2023-11-01", "Halbjahr", "de") == "2023-H1"


def test_a_planned_participle_points_ahead() -> None:
    text = "Zu der für diesen Donnerstag geplanten Sitzung wollte der Chef nicht kommen."
    assert timex_value(text, "2021-11-03", "Donnerstag", "de") == "2021-11-04"


def test_the_tense_of_a_clause_after_and_of_a_condition() -> None:
    # the future of the relative clause after the weekday is not the weekday's
    assert timex_value("Voters approved a bond on Tuesday that will fund new schools.", "2023-11-08", "Tuesday") == "2023-11-07"
    # a present tense inside a condition points ahead
    assert timex_value("She promised a new budget if her party wins in January.", "2016-08-01", "January") == "2017-01"
    assert timex_value("The mayor, if she wins in November, would cut the fares.", "2016-05-16", "November") == "2016-11"
    assert timex_value("If the law was passed in March, nobody noticed.", "2016-08-01", "March") == "2016-03"


def test_a_stamp_under_the_title_does_not_move_a_given_date() -> None:
    text = "Summit moved to Friday\n20. März 2021 - 15:00 Uhr\nAm Donnerstag will die Behörde entscheiden."
    assert timex_value(text, "2021-03-16", "Donnerstag", "de") == "2021-03-18"
    # a dated line further down (a live blog's entry) still anchors what follows it
    text = "Summit moved to Friday\nErster Absatz.\nZweiter Absatz.\n20. März 2021: Am Donnerstag will die Behörde entscheiden."
    assert timex_value(text, "2021-03-16", "Donnerstag", "de") == "2021-03-25"


def test_a_day_without_its_year_belongs_to_the_narrative_of_an_earlier_year() -> None:
    text = ("The roofer left the job on March 3, 2010. A jury later convicted him. The owner came back to the house "
            "on March 9 and tried to call a neighbour the next day. On March 11, her brother came.")
    table = timex_table(text, "2012-06-20")
    assert table["March 9"] == "2010-03-09" and table["the next day"] == "2010-03-10" and table["March 11"] == "2010-03-11"
    # the future and a day far from the narrative keep the article's year
    assert timex_value("The law passed on March 3, 2010. The court will rule on March 9.", "2012-02-20", "March 9") == "2012-03-09"
    assert timex_value("The law passed on March 3, 2010. The firm appealed on June 2.", "2012-06-20", "June 2") == "2012-06-02"


def test_by_how_much_earlier_than_planned_is_a_duration() -> None:
    text = "Der Ofen geht am 3. Mai drei Wochen früher als vorgesehen vom Netz."
    assert timex_value(text, "2022-12-06", "Wochen", "de") == "P3W"
    assert timex_value("Am 28. November kam der Brief. Zwei Wochen später kam die Antwort.", "2022-12-06", "Wochen", "de") == "2022-W50"


def test_until_today_is_the_day_and_even_today_nowadays() -> None:
    assert timex_value("The market was busy for years. Until today.", "2023-11-08", "today") == "2023-11-08"
    assert timex_value("Even today the old rules hold.", "2023-11-08", "today") == "PRESENT_REF"


def test_a_month_after_aus_dem_and_vorjahr_after_a_named_year() -> None:
    assert timex_value("Das zeigen die Zahlen der Kassen aus dem April.", "2020-04-30", "April", "de") == "2020-04"
    text = "Das Institut zählte die Anleger für das Jahr 2020. Das ist ein Plus von einem Drittel im Vergleich zum Vorjahr."
    assert timex_value(text, "2021-04-28", "Vorjahr", "de") == "2019"
    assert timex_value("2015 stieg der Umsatz zum Vorjahr um fünf Prozent.", "2021-04-28", "Vorjahr", "de") == "2014"
    assert timex_value("Der Umsatz stieg im Vergleich zum Vorjahr.", "2021-04-28", "Vorjahr", "de") == "2020"


def test_a_fronted_weekday_takes_the_verb_past_its_appositions() -> None:
    text = "Friday, the city, leading a group of nine towns, asked a court to halt the plan."
    assert timex_value(text, "2016-08-16", "Friday") == "2016-08-12"


def test_the_week_prior_is_the_week_before() -> None:
    assert timex_value("Sales reached 26 a day, up from 16 in the week prior.", "2020-10-01", "week") == "2020-W39"
    assert not timexes("The week prior to the vote was calm.", "2020-10-01")


def test_expected_points_ahead_unless_past_or_compared() -> None:
    assert timex_value("Both are expected to meet in the November race.", "2016-08-23", "November") == "2016-11"
    assert timex_value("Sales were lower than expected in March.", "2016-08-23", "March") == "2016-03"
    assert timex_value("He was expected to resign in March.", "2016-08-23", "March") == "2016-03"


def test_a_month_with_a_possessive_before_its_noun() -> None:
    assert timex_value("According to July's city survey, most residents agree.", "2016-08-01", "July") == "2016-07"


def test_last_or_next_century_is_no_hundred_years() -> None:
    # the century before or after this one, not a stretch counted from now
    assert not timexes("Fares were lower last century.", "2020-01-16")
    assert not timexes("The dam may not last into next century.", "2020-01-16")
    assert timex_value("Fares rose over the past century.", "2020-01-16", "century") == "P100Y"


def test_expected_after_had_or_than_has_no_future_but_other_markers_keep_theirs() -> None:
    assert timex_value("They had expected a deal in March.", "2016-08-23", "March") == "2016-03"
    assert timex_value("The vote is expected in March.", "2016-08-23", "March") == "2017-03"
    # 'than' before 'will' is no article: the future stays
    assert timex_value("More ferries than will run in March are needed.", "2016-08-23", "March") == "2017-03"


def test_last_month_by_name_across_the_years_end() -> None:
    # the month just past is "last month": "last <its name>" is the one a year before, in January too
    assert timex_value("The mayor changed her mind last December.", "2024-01-10", "December") == "2022-12"
    assert timex_value("The mayor changed her mind last January.", "2024-02-10", "January") == "2023-01"
    assert timex_value("The mayor changed her mind last November.", "2024-01-10", "November") == "2023-11"
    assert timex_value("The mayor changed her mind last January.", "2024-01-10", "January") == "2023-01"


def test_vorjahr_does_not_count_from_a_year_long_past() -> None:
    text = "Die Brauerei wurde 1998 gegründet. Ihr Absatz stieg im Vergleich zum Vorjahr um ein Zehntel."
    assert timex_value(text, "2023-05-05", "Vorjahr", "de") == "2022"
    assert timex_value("Der Chor, seit 1950 aktiv, sang öfter als im Vorjahr.", "2023-05-05", "Vorjahr", "de") == "2022"


def test_a_decade_noun_after_in_is_an_age() -> None:
    assert not timexes("Eine Radlerin in den Fünfzigern wurde leicht verletzt.", "2023-01-05", "de")
    assert timex_value("Die Möbel stammen aus den Siebzigern.", "2023-01-05", "Siebzig", "de") == "197"


def test_a_day_of_the_weeks_before_the_article_is_not_the_narratives() -> None:
    text = "The club, founded on May 5, 2010, held its yearly dinner on June 1."
    assert timex_value(text, "2023-06-10", "June 1") == "2023-06-01"


def test_a_fronted_weekday_passes_over_a_relative_clause() -> None:
    assert timex_value("Monday, the mayor, who will retire soon, met the press.", "2020-08-16", "Monday") == "2020-08-10"
    assert timex_value("On Friday, the council, which met last week, will vote.", "2020-08-16", "Friday") == "2020-08-21"


def test_seit_dem_month_points_back_as_seit() -> None:
    assert timex_value("Seit dem März ruht der Betrieb.", "2023-01-05", "März", "de") == "2022-03"
    assert timex_value("Seit März ruht der Betrieb.", "2023-01-05", "März", "de") == "2022-03"
