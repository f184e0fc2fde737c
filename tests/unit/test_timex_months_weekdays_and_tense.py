"""Months and weekdays without a year or week, and the tense that points them (issue 7; sentences of our own): a month
takes its direction only from a tense of its own clause, the prepositions "for", "since", "as of",
"zwischen" and a month paired by "and"/"und" are dates, a word of the future is never past by its
"-ed" shape, a future weekday named on its own day is that day, "later Monday" the nearest Monday."""

from __future__ import annotations

from tests.facts_helpers import timex_value, timexes_with_rules


def test_a_month_takes_no_tense_from_another_clause() -> None:
    # "had" stands in the clause before the colon: November is the nearest one, this year's
    text = "The party runs its race in a year that had two floods: twenty seats are up in November."
    assert timex_value(text, "2016-06-10", "November") == "2016-11"
    # in its own clause the past still points back
    assert timex_value("The seats were filled in November.", "2016-06-10", "November") == "2015-11"


def test_months_after_for_since_and_as_of() -> None:
    assert timex_value("The retrial is set for November.", "2016-05-29", "November") == "2016-11"
    assert timex_value("Since October, the tenants have boiled their water.", "2016-01-19", "October") == "2015-10"
    # an ambiguous month stays out without a day ("for may"), a day after the month keeps the date whole
    assert not [t for t in timexes_with_rules("It is for may be the last chance.", "2016-05-29") if "may" in t[0].lower()]
    assert ("Feb. 14", "2017-02-14") in [(s[-7:], v) for s, v, _ in timexes_with_rules("The vote is planned for Feb. 14.", "2016-11-20")]


def test_the_second_month_of_a_pair() -> None:
    found = timexes_with_rules("Zwischen Jänner und November stiegen die Mieten um drei Prozent.", "2015-12-14", "de")
    assert ("Zwischen Jänner", "2015-01", "timex.month") in found
    assert ("November", "2015-11", "timex.month_pair") in found
    # a pair that crosses the year's end runs forward
    found = timexes_with_rules("The adverts for December and January come from two groups.", "2015-11-27")
    assert ("January", "2016-01", "timex.month_pair") in found
    # no pair without a month before it, and a year after the second month is its own
    assert not [t for t in timexes_with_rules("Sie kamen und Mai blieb.", "2015-12-14", "de") if t[2] == "timex.month_pair"]
    assert ("Mai 2015", "2015-05") in [(s, v) for s, v, _ in timexes_with_rules("Die Messungen vom April und Mai 2015 zeigen mehr Lärm.", "2016-03-01", "de")]


def test_words_of_the_future_are_not_past_by_their_shape() -> None:
    assert timex_value("He said he planned to travel to the capital before January.", "2016-05-11", "January") == "2017-01"
    assert timex_value("She may wait until February to decide.", "2015-12-20", "February") == "2016-02"


def test_a_future_weekday_on_its_own_day() -> None:
    # Thursday 14 July 2016
    assert timex_value("The council is scheduled to vote on Thursday.", "2016-07-14", "Thursday") == "2016-07-14"
    assert timex_value("The council will vote next Thursday.", "2016-07-14", "Thursday") == "2016-07-21"


def test_later_and_earlier_weekday_is_the_nearest() -> None:
    # Tuesday 22 March 2016: "later Monday" is the day before, whatever the tense
    assert timex_value("The team may change its plan when it meets later Monday.", "2016-03-22", "Monday") == "2016-03-21"
    assert timex_value("The mayor will speak later Wednesday.", "2016-03-22", "Wednesday") == "2016-03-23"


def test_the_years_before_with_an_article_are_a_duration() -> None:
    text = "Im Jahr 2015 wurden mehr Bäume gepflanzt als in den vier Jahren davor. Im Mai 2012 begann der Bau. Drei Jahre später war er fertig."
    found = timexes_with_rules(text, "2015-12-14", "de")
    assert ("vier Jahren davor", "P4Y") in [(s, v) for s, v, _ in found]
    assert ("Drei Jahre später", "2015") in [(s, v) for s, v, _ in found]  # no article: the year it came to
    assert timex_value("Sales doubled compared with the two years before 2014. In 2010 it began; four years later it ended.",
                    "2016-01-01", "four years later") == "2014"


def test_a_quarter_or_year_end_told_in_the_past_early_in_a_year() -> None:
    found = timexes_with_rules("The firm sold fewer cars in the third quarter of the year, then held less stock at year's end.", "2016-01-04")
    assert [(s, v) for s, v, _ in found] == [("third quarter of the year", "2015-Q3"), ("year's end", "2015")]
    assert [v for _, v, _ in timexes_with_rules("Sales rose in the third quarter of this year.", "2016-10-04")] == ["2016-Q3"]
    assert [v for _, v, _ in timexes_with_rules("Sales will rise in the third quarter of the year.", "2016-01-04")] == ["2016-Q3"]
    assert [v for _, v, _ in timexes_with_rules("Zum Jahresende waren es 300 Fälle.", "2016-01-10", "de")] == ["2015"]
    assert [v for _, v, _ in timexes_with_rules("Zum Jahresende sollen es 300 sein.", "2016-01-10", "de")] == ["2016"]


def test_tense_and_day_words_of_german_and_english() -> None:
    # the Konjunktiv II of a guess points ahead, not back like the preterite it resembles
    assert timex_value("Die Firma dürfte im Herbst neue Leute einstellen.", "2015-06-19", "Herbst", "de") == "2015-FA"
    # "heute" with its weekday or "tagsüber" is that day, not "nowadays"
    assert timex_value("Der Markt hat heute, Samstag, länger offen.", "2015-06-06", "heute", "de") == "2015-06-06"
    assert timex_value("Es kamen kaum Leute, weil heute tagsüber die Grenze zu war.", "2015-10-24", "heute", "de") == "2015-10-24"
    assert timex_value("Heute leben hier 5000 Menschen.", "2015-10-24", "Heute", "de") == "PRESENT_REF"
    # "in six months" in the past is how long it took; in the future the month it comes to
    assert timex_value("The town has built two schools in six months.", "2015-11-09", "months") == "P6M"
    assert timex_value("The plant will open in six months.", "2015-11-09", "months") == "2016-05"
    # "as of" points ahead unless its own clause is past
    assert timex_value("The new fee applies as of January.", "2016-04-22", "January") == "2017-01"
    assert timex_value("As of January, the rule was dropped.", "2016-04-22", "January") == "2016-01"


def test_the_month_may_is_no_modal_of_the_future() -> None:
    # "May" of a month is no marker of the future: the past of the clause points back
    assert timex_value("After the May vote in August the mayor resigned.", "2026-03-11", "August") == "2025-08"
    # the modal in lower case still points ahead
    assert timex_value("Prices may rise in August.", "2026-03-11", "August") == "2026-08"
