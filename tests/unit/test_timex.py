"""Temporal expressions of our own, resolved against a given article date."""

from __future__ import annotations

import pytest
from tests.conftest import analyze
from tests.facts_helpers import timex_table

import sourcetrace

SUN = "2024-10-13"  # a Sunday
CASES = [
    ("Der Minister trat am Samstag zurück.", "Samstag", "2024-10-12"),
    ("Die Sitzung findet am Dienstag statt.", "Dienstag", "2024-10-15"),
    ("In der vergangenen Woche gab es Proteste.", "der vergangenen Woche", "2024-W40"),
    ("Der Vertrag wurde im März unterzeichnet.", "März", "2024-03"),
    # the reporting verb's past tense is the saying's, not the election's: the next March
    ("Die Wahl findet im März statt, sagte sie.", "März", "2025-03"),
    ("Sie sagte, im März sei der Vertrag unterzeichnet worden.", "März", "2024-03"),
    ("Die Frist läuft bis März.", "bis März", "2025-03"),
    ("Seit Oktober wird verhandelt.", "Oktober", "2024-10"),
    ("Seit November wird verhandelt.", "November", "2023-11"),
    ("Im Frühjahr wurden die Raketen geliefert.", "Frühjahr", "2024-SP"),
    ("Ab dem Jahreswechsel 2025 gilt das Gesetz.", "Jahreswechsel 2025", "2025-01-01"),
    ("Das Treffen am 13. Oktober 2024 verlief ruhig.", "13. Oktober 2024", "2024-10-13"),
    ("Das Treffen ist am 20. Oktober geplant.", "20. Oktober", "2024-10-20"),
    ("Seit zweieinhalb Jahren dauert der Krieg.", "zweieinhalb Jahren", "P2.5Y"),
    ("Vor zwei Wochen begann der Streik.", "Vor zwei Wochen", "2024-W39"),
    ("Die Zahlen stammen aus dem Jahr 2019.", "Jahr 2019", "2019"),
    ("Er kam gestern Abend an.", "gestern Abend", "2024-10-12TEV"),
    ("Die Sitzung beginnt um 14.30 Uhr.", "14.30 Uhr", "2024-10-13T14:30"),
    ("Die Messe findet jährlich statt.", "jährlich", "P1Y"),
    ("The deal was signed on October 9, 2024.", "October 9, 2024", "2024-10-09"),
    ("The minister resigned last week.", "last week", "2024-W40"),
    ("Prices rose in the 1990s.", "1990s", "199"),
    # a number after the weekday that is no day of the month leaves the weekday alone
    ("On Saturday, 3.5 million people voted.", "Saturday", "2024-10-12"),
    ("Am Samstag, 3,5 Millionen Menschen stimmten ab.", "Samstag", "2024-10-12"),
    ("On Saturday, October 12, the polls opened.", "Saturday, October 12", "2024-10-12"),
    ("Am Samstag, 12.10.2024, stimmten sie ab.", "Samstag, 12.10.2024", "2024-10-12"),
    # a date in apposition to an earlier one takes its year: the narrative's, not the article's
    ("Vor drei Jahren, am 5. Mai, begann der Streik.", "5. Mai", "2021-05-05"),
    ("In 2019, on May 5, the strike began.", "May 5", "2019-05-05"),
    ("Letztes Jahr, im März, gab es Proteste.", "März", "2023-03"),
    # a year counted from the last year the text named, not from the article's
    ("They were seized in March 2011. The next year, the group released a video.", "The next year", "2012"),
    ("Im März 2015 wurde er gewählt. Im Jahr darauf trat er zurück.", "Jahr darauf", "2016"),
    ("In der Vergangenheit gab es Kämpfe.", "der Vergangenheit", "PAST_REF"),
    # a part of the article's day or of the night before
    ("The bridge collapsed last night.", "last night", "2024-10-12TNI"),
    ("The minister will speak this evening.", "this evening", "2024-10-13TEV"),
    ("They first met at the end of August.", "end of August", "2024-08"),
    # a hyphenated duration before its noun
    ("The treaty ended a 12-year border war.", "12-year", "P12Y"),
    ("They set a 30-day deadline.", "30-day", "P30D"),
    # anaphoric genitives count from the day last named
    ("Am Donnerstag legte die Kommission ihren Bericht über das Unwetter des Vortags vor.", "des Vortags", "2024-10-09"),
    # vague durations (resources/de/time.json, vague_duration)
    ("In den vergangenen Monaten stiegen die Preise.", "den vergangenen Monaten", "PXM"),
    ("Sie stritten jahrzehntelang.", "jahrzehntelang", "PXDE"),
    # a part of a day without its day belongs to the day the narrative is at
    ("Am Dienstag traf er den Minister. Am Nachmittag reiste er ab.", "Nachmittag", "2024-10-08TAF"),
    # a word of age before a number of years makes it an age, not after "seit"
    ("Die Kinder leben seit drei Jahren im Heim.", "drei Jahren", "P3Y"),
    # "heute" against "damals" is nowadays
    ("Anna Muster, damals Parteichefin und heute Abgeordnete, schwieg.", "heute", "PRESENT_REF"),
    # a duration as an adjective; "mit" before seconds is no age
    ("Nach einem zweiwöchigen Urlaub kehrte sie zurück.", "zweiwöchigen", "P2W"),
    ("Er siegte mit zwölf Sekunden Vorsprung.", "zwölf Sekunden", "PT12S"),
    # quarters and halves of a year; days listed before their month
    ("Im dritten Quartal stieg der Gewinn der Bank.", "dritten Quartal", "2024-Q3"),
    ("Erst in der zweiten Jahreshälfte 2025 soll die Wirtschaft wachsen.", "zweiten Jahreshälfte 2025", "2025-H2"),
    ("Profits rose in the third quarter of 2019.", "third quarter of 2019", "2019-Q3"),
    ("Die Kurse finden am 3., 4. und 5. November statt.", "3", "2024-11-03"),
    ("Die Rennen vom 18. bis zum 20. Dezember fallen aus.", "18", "2024-12-18"),
    ("The memo described a summertime meeting with donors.", "summertime", "2024-SU"),
    # a month before its noun, without a preposition
    ("Reporters recalled a tense August summit.", "August", "2024-08"),
    # an acronym between the month and its noun
    ("She spoke in an August NATO meeting.", "August", "2024-08"),
    # one unit in the genitive after "binnen", "innerhalb"; "Eines Tages" alone is no duration
    ("Binnen eines Tages wurde die Brücke repariert.", "eines Tages", "P1D"),
    ("Der Damm hielt innerhalb eines Jahres nicht mehr.", "eines Jahres", "P1Y"),
]


@pytest.mark.parametrize(("text", "expr", "value"), CASES)
def test_timex_value(text: str, expr: str, value: str) -> None:
    found = timex_table(text, SUN, lang=None)
    assert any(expr in k or k in expr for k in found), found
    assert value in found.values(), found


@pytest.mark.parametrize("text", [
    "Der 16 Jahre alte Schüler wurde verletzt.",
    "Wählen dürfen Jugendliche ab 16 Jahren.",
    "Mit elf Wochen begann das Baby zu sprechen.",
    "Sein 16 Jahre jüngerer Bruder kam mit.",
    "The 93 year-old leader stayed.",
    "The 18-year-old student was hurt.",
    "Kinder zwischen sechs und elf Jahren wandern mit.",
    "Die Altersgrenze von 18 Jahren bleibt.",
])
def test_ages_are_no_durations(text: str) -> None:
    doc = analyze(text)
    assert doc.timexes == []


@pytest.mark.parametrize(("text", "years"), [
    ("Der Film (1959) lief in den Jahren 2009-2011 und wieder (2005/2010).", ["1959", "2009", "2011", "2005", "2010"]),
    ("Es gab 17641 Proben nach der Norm DIN 15733.", []),
    ("Im Werk arbeiten rund 1500 Azubis, fast 2000 Mitarbeiter und 1800 Beamte.", []),
    ("Sie hat 2013 gewonnen, die Wahlen 2010 verloren.", ["2013", "2010"]),
    ("Der Strom erreicht von 2000 bis 3000 Grad, die Reise kostet 1450 bis 1850 Mark.", []),
])
def test_four_digits_are_years_only_where_they_name_one(text: str, years: list[str]) -> None:
    doc = analyze(text)
    assert [t.value for t in doc.timexes] == years


def test_values_inferred_from_evidence_are_marked() -> None:
    import sourcetrace

    doc = sourcetrace.analyze("Ein Titel\nStand: 13.10.2024\nAm Samstag gab es neue Demonstrationen.")
    assert doc.date is not None and (doc.date.value, doc.date.origin) == ("2024-10-13", "inferred")
    (sat,) = [t for t in doc.timexes if doc.span_text(t.span) == "Samstag"]
    assert sat.value == "2024-10-12" and sat.rule.endswith("+inferred_anchor")


def test_a_date_named_in_the_text_is_not_the_article_date() -> None:
    import sourcetrace

    doc = sourcetrace.analyze("Am 3. Mai 2021 kam es zu Protesten. Gestern gab es neue Demonstrationen, wie schon vor 1933.")
    assert doc.date is None
    found = {doc.span_text(t.span): t.value for t in doc.timexes}
    assert found["3. Mai 2021"] == "2021-05-03"  # absolute: needs no anchor
    assert found["Gestern"] == ""  # relative and no article date: unresolved, not guessed


@pytest.mark.parametrize(("date", "text", "expr", "value"), [
    ("2024-10", "Im vergangenen Monat stiegen die Preise.", "vergangenen Monat", "2024-09"),
    ("2024-10", "Vor fünf Jahren begann es.", "Vor fünf Jahren", "2019"),
    ("2024-10", "Gestern stiegen die Preise.", "Gestern", ""),
    ("2024", "Im vergangenen Jahr stiegen die Preise.", "vergangenen Jahr", "2023"),
    ("2024", "Der Vertrag wurde im März unterzeichnet.", "März", ""),
])
def test_a_month_or_year_resolves_only_what_it_determines(date: str, text: str, expr: str, value: str) -> None:
    found = timex_table(text, date, lang=None)
    assert found.get(expr) == value, found


@pytest.mark.parametrize(("text", "expr", "value"), [
    # the narrative's own date, not the article date, anchors "the next morning"
    ("Am Sonntag, 3. Mai 2020, kündigte der Minister an, dass die Schulen ab dem kommenden Morgen schließen.", "kommenden Morgen", "2020-05-04TMO"),
    ("Die Proteste begannen am 2. Juni 2021. Am Tag darauf griff die Polizei ein.", "Tag darauf", "2021-06-03"),
    ("On March 3, 2019, the rebels entered the town. The next day they left.", "next day", "2019-03-04"),
])
def test_anaphoric_expressions_count_from_the_last_named_day(text: str, expr: str, value: str) -> None:
    found = timex_table(text, SUN, lang=None)
    assert any(expr in k and v == value for k, v in found.items()), found


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a year phrase completes the day or month before it
    ("Die Wahl fand am 21. Mai dieses Jahres statt.", "21. Mai dieses Jahres", "2024-05-21"),
    ("Die Dokumente sind auf Ende Januar des vergangenen Jahres datiert.", "Januar des vergangenen Jahres", "2023-01"),
    ("The plant closed in March of last year.", "March of last year", "2023-03"),
    # a fronted adverbial takes the tense of the clause it opens
    ("On Wednesday, the minister said he would resign.", "Wednesday", "2024-10-09"),
    ("Die Flüchtlinge sind am Mittwoch, den 9. Oktober angekommen.", "Mittwoch, den 9. Oktober", "2024-10-09"),
    ("The minister leaves for Berlin today, where he will meet the chancellor.", "today", "2024-10-13"),
    ("Die Proteste vom Freitag wirken nach.", "Freitag", "2024-10-11"),
    ("Das Parlament wird den Entscheid vom Freitag bestätigen müssen.", "Freitag", "2024-10-11"),
    ("In mid-October the talks resume.", "mid-October", "2024-10"),
    ("The plant closes by the end of the year.", "end of the year", "2024"),
    ("Die Zahl steigt zum Jahresende.", "Jahresende", "2024"),
    ("Anfang der Woche kam er an.", "Anfang der Woche", "2024-W41"),
    ("Im Sommer des Jahres 2005 kam er.", "Sommer des Jahres 2005", "2005-SU"),
    # "two days later" after a named day is the day it comes to (as our article labels resolve it);
    # with no day named before, or in minutes, it stays a distance
    ("Die Proteste begannen am 2. Juni 2021. Zwei Tage später griff die Polizei ein.", "Zwei Tage später", "2021-06-04"),
    ("Drei Minuten später fiel das Tor.", "Drei Minuten später", "PT3M"),
    ("Daran hat sich bis heute nichts geändert.", "heute", "2024-10-13"),
])
def test_phrases_and_clauses(text: str, expr: str, value: str) -> None:
    found = timex_table(text, SUN, lang=None)
    assert any(expr in k and v == value for k, v in found.items()), found


def test_this_weekday_on_that_day_is_the_day_itself() -> None:
    doc = analyze("Der Rat tagt diesen Donnerstag.", date="2024-10-10")
    assert [t.value for t in doc.timexes] == ["2024-10-10"]


@pytest.mark.parametrize("text", [
    "Das sagte er der Zeitung Kleinhafen Daily News am Telefon.",
    "Das sagte er dem ZDF-heute-journal.",
    "Er schrieb für die Sendung heute-show.",
    "She told USA TODAY that she would run.",
    "Israel took the land in the Six-Day War.",
])
def test_time_words_inside_names_are_no_timexes(text: str) -> None:
    doc = analyze(text)
    assert doc.timexes == [], [(doc.span_text(t.span), t.value) for t in doc.timexes]


def test_a_noun_that_looks_like_a_future_verb_does_not_set_the_tense() -> None:
    # "plant" is German for "plans", and English for a factory: after an article it is the noun
    doc = analyze("In March, the plant closed.", date="2024-10-13")
    assert [(doc.span_text(t.span), t.value) for t in doc.timexes] == [("March", "2024-03")]


@pytest.mark.parametrize("text", [
    "Die Internetzeitung „Daily NK“ meldete es zuerst.",
    "She said so on “Fox News Sunday.”",
])
def test_time_words_inside_names_are_no_timex(text: str) -> None:
    assert analyze(text).timexes == []


@pytest.mark.parametrize(("text", "value"), [
    # a capitalised noun that looks like a participle ("Gericht", "Gebiet") sets no past tense
    ("Sie kündigte an, dass ein Gericht am Montag urteilen werde.", "2024-10-14"),
    ("Am Montag wurde das Urteil verkündet.", "2024-10-07"),
])
def test_only_verbs_set_the_tense(text: str, value: str) -> None:
    doc = analyze(text, date="2024-10-12")
    assert [t.value for t in doc.timexes] == [value]


def test_a_fall_in_prices_is_no_season() -> None:
    doc = analyze("After this fall in prices, growth slowed. The vote comes this fall.", date="2024-06-01")
    assert [(doc.span_text(t.span), t.value) for t in doc.timexes] == [("this fall", "2024-FA")]


@pytest.mark.parametrize(("text", "value"), [
    # each language's own tense markers: German "plant" (plans) is no English future
    ("A fire broke out at the Norberg Metall plant on Saturday night.", "2026-03-14"),
    ("Die Firma plant am Samstag eine Feier.", "2026-03-21"),
])
def test_tense_markers_are_the_sentences_language(text: str, value: str) -> None:
    doc = analyze(text, date="2026-03-15")
    assert [t.value for t in doc.timexes] == [value]


@pytest.mark.parametrize(("date", "text", "value"), [
    ("2024-10-16", "Over the weekend, the club sold its stadium.", "2024-W41-WE"),
    ("2024-10-16", "The president will travel over the weekend.", "2024-W42-WE"),
])
def test_the_weekend_follows_the_tense(date: str, text: str, value: str) -> None:
    doc = analyze(text, date=date)
    assert [(t.value, t.rule) for t in doc.timexes] == [(value, "timex.weekend")]


def test_may_alone_is_no_month() -> None:
    doc = analyze("Prime minister May said the plan was fair.")
    assert doc.timexes == []


@pytest.mark.parametrize("text", [
    "Officials say the train may have stopped at the next station.",  # "in may" inside "train may"
    "A second witness came forward, and a second hearing is planned.",  # an ordinal before its noun
    "A second, smaller fire broke out in the shed.",  # an ordinal, a comparative after the comma
    "Then came a second, more serious complaint.",
])
def test_a_modal_after_a_word_ending_in_in_and_an_ordinal_second_are_no_timexes(text: str) -> None:
    doc = analyze(text)
    assert doc.timexes == [], [(doc.span_text(t.span), t.value) for t in doc.timexes]


def test_a_second_alone_is_still_a_duration() -> None:
    doc = analyze("The lights went out for a second.")
    assert [(doc.span_text(t.span), t.value) for t in doc.timexes] == [("a second", "PT1S")]
    doc = analyze("Within a second, the lights went out again.")  # a comma, then no comparative
    assert [(doc.span_text(t.span), t.value) for t in doc.timexes] == [("a second", "PT1S")]


@pytest.mark.parametrize(("text", "found"), [
    ("Der Verein feiert heuer sein fast 80-jähriges Bestehen.", [("80-jähriges", "P80Y")]),  # a noun of lasting
    ("Nach einer 5-jährigen Haftstrafe kam er frei.", [("5-jährigen", "P5Y")]),
    ("Der 45-jährige Fahrer blieb unverletzt.", []),  # an age
])
def test_a_year_adjective_before_a_noun_of_lasting_is_a_duration(text: str, found: list[tuple[str, str]]) -> None:
    doc = analyze(text, date="2024-10-08")
    got = [(doc.span_text(t.span), t.value) for t in doc.timexes if t.rule == "timex.duration_years_adj" or (t.value or "").startswith("P")]
    assert got == found


@pytest.mark.parametrize(("text", "value"), [
    ("Der neue Chef wird diesen Donnerstag erstmals entscheiden.", "2024-10-10"),  # the day itself, future tense or not
    ("An diesem Samstag kamen nach Angaben der Veranstalter viele Besucher in die Halle.", "2024-10-05"),  # past: the one just past
])
def test_this_weekday_follows_the_tense_only_into_the_past(text: str, value: str) -> None:
    doc = analyze(text, date="2024-10-10")
    assert [(t.value, t.rule) for t in doc.timexes] == [(value, "timex.weekday")]


def test_a_quarter_of_a_game_is_no_timex() -> None:
    assert analyze("The Lakers led in the third quarter and scored in the first half.").timexes == []


def test_a_dated_update_line_anchors_what_follows() -> None:
    """A live blog's update line ("Update, 4.6.2021, 10.15 Uhr:") is the anchor of the weekdays
    below it, until the next dated line; a date inside a sentence moves no anchor."""
    doc = analyze("Update vom 9. Oktober 2024, 10:15 Uhr: Die Ministerin sprach am Montag.\n"
                  "Update, 2.10.2024, 9.20 Uhr: Der Minister sprach am Montag.\n"
                  "Der Zug fuhr am 1. Oktober 2024, sagte er. Sie kam am Freitag an.")
    found = [(doc.span_text(t.span), t.value) for t in doc.timexes if t.rule == "timex.weekday"]
    assert found == [("Montag", "2024-10-07"), ("Montag", "2024-09-30"), ("Freitag", "2024-09-27")]
    assert not any(t.value == "" for t in doc.timexes)


def test_a_bare_month_after_a_dated_day_of_an_earlier_year_is_that_years() -> None:
    """"Am 30. März 2017 … Vor der Wahl im Mai erhalten …": the narrative's May (a present of
    narration), not the article's; the future keeps to the article's year."""
    found = timex_table("Am 2. März 2019 schrieb der Kassenwart an den Verein. Vor der Wahl im Mai erhalten alle Mitglieder "
                        "einen Brief. Im Juni wird der Verein wieder wählen.", SUN, lang=None)
    assert found["Mai"] == "2019-05" and found["Juni"] == "2025-06", found


def test_a_second_before_a_comma_and_however_is_a_duration() -> None:
    """'however' ends in -er but is no comparative: 'a second, however …' stays one second."""
    import sourcetrace

    doc = sourcetrace.analyze("The lights went out for a second, however the pumps kept running.",
                              date="2024-10-13", lang="en")
    assert [t.value for t in doc.timexes] == ["PT1S"]


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The town was founded in the 12th century.", "12th century", "11"),
    ("Monks copied it during the fifteenth century.", "the fifteenth century", "14"),
    ("In den 80ern zog sie nach Wien.", "den 80ern", "198"),
    ("Die Mode der 70er-Jahre kehrt zurück.", "der 70er-Jahre", "197"),
    ("Nach einer Viertelstunde war alles vorbei.", "einer Viertelstunde", "PT15M"),
    ("He led the party for a half-century.", "a half-century", "P50Y"),
    ("They held a weeklong summit.", "a weeklong", "P1W"),
    ("The vote came a half-hour later than planned.", "a half-hour", "PT30M"),
    ("She waited half an hour.", "half an hour", "PT30M"),
    ("The strike lasted 2-1/2 years.", "2-1/2 years", "P2.5Y"),
    ("It ended a year and a half ago, he said.", "a year and a half", "P1.5Y"),
    ("Nach drei Dekaden endete die Herrschaft.", "drei Dekaden", "P3DE"),
])
def test_centuries_decades_and_durations_of_one_word_or_a_half(text: str, expr: str, value: str) -> None:
    found = timex_table(text, SUN, lang=None)
    assert found.get(expr) == value, found


def test_a_house_number_and_a_grouped_number_after_a_month_are_no_dates() -> None:
    doc = analyze("Police stopped a van owned by a man of 1987 Birch Drive on Monday.", date="2024-10-13")
    assert [doc.span_text(t.span) for t in doc.timexes] == ["Monday"]
    doc = analyze("Im März wurden 40.000 Anträge gestellt.", date="2024-10-13")
    assert [(doc.span_text(t.span), t.value) for t in doc.timexes] == [("März", "2024-03")]
    assert [doc.span_text(q.span) for q in doc.quantities] == ["40.000"]


def test_that_day_that_night_and_that_year_point_back_to_the_named_day_or_year() -> None:
    found = timex_table("The vote was moved to March 3, 2023. He had a dinner planned for that night and a speech that day. "
                        "In 2019 the mill closed. The town lost a third of its jobs that year.", SUN, lang=None)
    assert (found["that night"], found["that day"], found["that year"]) == ("2023-03-03TNI", "2023-03-03", "2019")


def test_that_night_without_a_day_named_before_names_none() -> None:
    doc = analyze("He remembers going out for dinner that night.", date="2024-10-13")
    assert doc.timexes == []


def test_a_german_year_named_back_from_the_last_one() -> None:
    found = timex_table("Die Firma meldete im Mai 2011 Insolvenz an. Im Herbst desselben Jahres wurde sie verkauft. "
                        "Der Umsatz lag 2016 bei 20 Mio. Euro. Im Jahr davor waren es 25 Mio. Euro.", SUN, lang=None)
    assert (found["Herbst desselben Jahres"], found["Jahr davor"]) == ("2011-FA", "2015")


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Vor knapp drei Wochen begann der Streik.", "Vor knapp drei Wochen", "2024-W38"),  # approximately, still three weeks ago
    ("Von März bis Juli 2019 wurde gebaut.", "Von März", "2019-03"),  # the first month of a range takes the year of the second
    ("The plant ran from November to February 2022.", "November", "2021-11"),
    ("The office stays closed until March.", "March", "2025-03"),
])
def test_ranges_approximate_distances_and_more_prepositions(text: str, expr: str, value: str) -> None:
    found = timex_table(text, SUN, lang=None)
    assert found.get(expr) == value, found


def test_an_undated_text_takes_the_year_its_sentence_names() -> None:
    doc = sourcetrace.analyze("Im Frühjahr 2019 kamen bis Ende Mai mehr Gäste als im Vorjahr.")  # no article date
    found = {doc.span_text(t.span): t.value for t in doc.timexes}
    assert (found["Ende Mai"], found["Vorjahr"]) == ("2019-05", "2018")
    doc = sourcetrace.analyze("Im Oktober wurde gewählt.")  # no year named: left unresolved
    assert [t.value for t in doc.timexes] == [""]


def test_a_daily_after_an_article_is_a_paper() -> None:
    doc = analyze("She edits a local daily. It appears weekly.")
    assert [(doc.span_text(t.span), t.value) for t in doc.timexes] == [("weekly", "P1W")]


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Nach einer Viertelſtunde war alles vorbei.", "einer Viertelſtunde", "PT15M"),  # a long s, as Fraktur OCR writes it
    ("IN DEN 80ERN ZOG SIE NACH WIEN.", "DEN 80ERN", "198"),  # capitals: the patterns ignore case
])
def test_durations_in_one_word_and_decades_in_other_letter_cases(text: str, expr: str, value: str) -> None:
    doc = analyze(text, date="2024-10-13")
    assert {doc.span_text(t.span): t.value for t in doc.timexes}.get(expr) == value
