"""Quantities of our own: formats, number words, vague amounts, bounds, units."""

from __future__ import annotations

import pytest
from tests.conftest import analyze

from sourcetrace.steps.quantity import parse_german_number_word

CASES = [
    ("Mehr als 120'000 Besucher kamen ans Fest.", "Mehr als 120'000", (120000, None)),
    ("Es kamen 650.000 Menschen.", "650.000", 650000),
    ("It cost 650,000 dollars.", "650,000 dollars", 650000),
    ("Der Bau kostet 1,5 Mio. Franken.", "1,5 Mio. Franken", 1500000),
    ("The firm raised 2.3bn.", "2.3bn", 2300000000),
    ("Es waren zweihundertfünfzig Teilnehmer.", "zweihundertfünfzig", 250),
    ("Dutzende Menschen protestierten.", "Dutzende", (24, 99)),
    ("Mehrere tausend Soldaten trafen ein.", "Mehrere tausend", (2000, 9999)),
    ("Thousands of people fled.", "Thousands", (2000, 99999)),
    ("Bis zu 48 Millionen Franken sind geplant.", "Bis zu 48 Millionen Franken", (None, 48000000)),
    ("Mindestens drei Menschen starben.", "Mindestens drei", (3, None)),
    ("At least 12 people died.", "At least 12", (12, None)),
    ("Die Arbeitslosigkeit liegt bei 5,2 Prozent.", "5,2 Prozent", 5.2),
    ("Ein 122mm-Geschütz? Nein, ein 122mm Geschütz.", "122mm", 122),
    ("Die Schulden liegen bei 4,1 Billionen Euro.", "4,1 Billionen Euro", 4_100_000_000_000),  # German Billion = 10¹²
    ("The debt stands at 4.1 trillion dollars.", "4.1 trillion dollars", 4_100_000_000_000),  # no float noise
    ("The fund holds 2.3 billion.", "2.3 billion", 2_300_000_000),
    ("Der Fonds verwaltet 0,29 Millionen Franken.", "0,29 Millionen Franken", 290_000),
    ("Es fehlt eine Milliarde Euro.", "eine Milliarde Euro", 1_000_000_000),
    ("Es fehlen 8,7 Mrd. Euro.", "8,7 Mrd. Euro", 8_700_000_000),
    # a currency before the amount is part of it
    ("The company lost $4.2 billion last year.", "$4.2 billion", 4_200_000_000),
    ("Der Umbau kostet CHF 200 Mio.", "CHF 200 Mio.", 200_000_000),
    ("The ticket costs $19.99 online.", "$19.99", 19.99),
    ("Analysts expect between $2 and $3 billion.", "$2 and $3 billion", (2_000_000_000, 3_000_000_000)),
    # thousands marks and decimals together, spaces between groups
    ("Die Rechnung lautet auf 1.234,56 Euro.", "1.234,56 Euro", 1234.56),
    ("The bill came to 1,234.56 dollars.", "1,234.56 dollars", 1234.56),
    ("Knapp 40 000 Menschen kamen.", "Knapp 40 000", 40_000),
    # fractions and dozens before a magnitude word, hyphenated ranges and number words
    ("Es fehlt eine halbe Million Euro.", "eine halbe Million Euro", 500_000),
    ("Sie erhielten anderthalb Milliarden.", "anderthalb Milliarden", 1_500_000_000),
    ("Half a million people fled.", "Half a million", 500_000),
    ("A dozen soldiers were hurt.", "A dozen", 12),
    ("Zwei Dutzend Häuser brannten.", "Zwei Dutzend", 24),
    ("The flood affected 3-4 million people.", "3-4 million", (3_000_000, 4_000_000)),
    ("Die Preise stiegen um 10–15 Prozent.", "10–15 Prozent", (10, 15)),
    ("Twenty-five people were arrested.", "Twenty-five", 25),
    # a unit joined by a hyphen; a bare magnitude word is a vague range like "Tausende"
    ("The runners finished a 42-kilometer course.", "42-kilometer", 42),
    ("Der Umbau verschlang Milliarden.", "Milliarden", (2_000_000_000, 999_999_999_999)),
    ("Billions were spent on the war.", "Billions", (2_000_000_000, 999_999_999_999)),
    # a vague amount of a magnitude: "Hunderte Millionen", "tens of millions"
    ("Der Umbau verschlang Hunderte Millionen Euro.", "Hunderte Millionen Euro", (200_000_000, 999_999_999)),
    ("Tens of millions of people voted.", "Tens of millions", (20_000_000, 99_999_999)),
    ("Zigtausende gingen auf die Straße.", "Zigtausende", (20_000, 99_999)),
    # bounds: "above" and "below" as "more than" and "less than"; "as many as" as "up to"
    ("Turnout stood above 70 percent.", "above 70 percent", (70, None)),
    ("As many as 40 boats were lost.", "As many as 40", (None, 40)),
    # a number before a hyphen and a noun of its count (count_compounds in resources/en/time.json)
    ("A 5,000-strong crowd gathered.", "5,000-strong", 5000),
    ("The 15-member panel voted.", "15-member", 15),
    # a count after a comma that follows a capitalised noun is no part of a name
    ("Es gab 120 Verletzte, 40 davon schwer.", "40", 40),
    # two numbers joined by "oder" / "or": one range
    ("Die Kommission wählt zwei oder drei Bewerber aus.", "zwei oder drei", (2, 3)),
    ("Two or three ships were seen.", "Two or three", (2, 3)),
]


@pytest.mark.parametrize(("text", "expr", "value"), CASES)
def test_quantity(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    found = {doc.span_text(q.span): q.value for q in doc.quantities}
    assert expr in found, found
    assert found[expr] == value


def test_years_dates_and_model_names_are_not_quantities() -> None:
    doc = analyze("Im Jahr 2019 wurde die KN23 getestet, am 13. Oktober auch die D-74 (1944).")
    assert [doc.span_text(q.span) for q in doc.quantities] == []


@pytest.mark.parametrize("text", [
    "Since 9/11, the agency has grown, and it works 24/7.",
    "Es steht erneut 50:50, das Spiel endete 3:1.",
    "Zwei Drittel der Befragten stimmten zu, two-thirds of voters too.",
    "Die Recherche ist heute im Magazin Blickpunkt 12 zu sehen.",
    "Der Stau reicht bis zur Landstraße 17, sagte die Polizei.",
    "In der Nacht vom 14. zum 15. Juni brannte die Scheune.",
    "Chronik\n1. Tag: Die Brücke wird gesperrt.\n2. Tag: Die Arbeiten beginnen.",
    "Tag 5 der Proteste: Nach Artikel 3 der Satzung darf der Rat tagen.",  # a number after a noun it names
    "The rebels in area 12 are blocking the road to gate 4.",
    "The comedian spoke on BBC Radio Four about the so-called \"Three Tenors.\"",  # number words in names
    "Die Stadt warb mit dem Motto „Ein Ort – Zwei Welten“ um Gäste.",
])
def test_names_ordinals_and_enumerations_are_no_quantities(text: str) -> None:
    doc = analyze(text)
    assert [doc.span_text(q.span) for q in doc.quantities] == []


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Es droht ein Bußgeld von 300 bis 1500 Euro.", "300 bis 1500 Euro", (300, 1500)),
    ("Betroffen sind zwischen 2 und 3 Millionen Menschen.", "2 und 3 Millionen", (2_000_000, 3_000_000)),
    ("Prices rose between 10 and 20 percent.", "10 and 20 percent", (10, 20)),
])
def test_ranges_are_one_quantity(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    found = {doc.span_text(q.span): q.value for q in doc.quantities}
    assert found == {expr: value}


def test_number_words_that_count_stay_quantities() -> None:
    doc = analyze("Two gunmen died, and three others escaped.\n\"Three people died,\" she said.\nMine Workers Free Two Hostages")
    assert [q.value for q in doc.quantities] == [2, 3, 3, 2]


def test_counts_after_a_capitalised_word_stay_quantities() -> None:
    doc = analyze("Nach Angaben der Behörden 62 Zivilisten und insgesamt 384 Tote.")
    assert [q.value for q in doc.quantities] == [62, 384]


@pytest.mark.parametrize(("word", "value"), [("einundzwanzig", 21), ("dreitausend", 3000), ("hundertzwei", 102), ("neunzehn", 19)])
def test_german_number_words(word: str, value: int) -> None:
    assert parse_german_number_word(word) == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Im Jahresvergleich lag das Plus 2,4 statt 2,1 Prozent.", "2,4", 2.4),  # a decimal comma after a noun measures
    ("Der Wohnbau schrumpfte leicht (-0,3 Prozent).", "-0,3 Prozent", -0.3),  # a fall
    ("In Bayern gibt es 12 solcher Brücken.", "12", 12),  # an attribute of counting and its noun follow
    ("Die Halle bietet Platz für etwa 60 bis 80 Gäste.", "etwa 60 bis 80", (60, 80)),
    ("Die Mieten stiegen um ein Prozent.", "ein Prozent", 1),
    ("Die Firma haftet für die Schäden dreier Mieter.", "dreier", 3),
])
def test_decimals_signs_ranges_and_words_of_counting(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    found = {doc.span_text(q.span): q.value for q in doc.quantities}
    assert expr in found, found
    assert found[expr] == value


@pytest.mark.parametrize("text", [
    "The shop closed at 9 p.m. on the pier.",  # a clock time
    "A neighbour called 911 and the 911 dispatcher sent a car.",  # an emergency number where it is called
    "So entschied das Landesgericht (7 Ob 12/19k) im Streit.",  # a court's file number
])
def test_clock_times_emergency_and_file_numbers_are_no_quantities(text: str) -> None:
    doc = analyze(text)
    assert [doc.span_text(q.span) for q in doc.quantities] == []


def test_a_score_is_no_range() -> None:
    doc = analyze("Bayern gewann das Spiel 3-1 nach Verlängerung.")
    assert doc.quantities == []


@pytest.mark.parametrize("text", [
    "Die Soldaten des 3. Bataillons zogen ab.",  # an ordinal after an article
    "He accused Number 10 Downing Street of meddling.",  # a number inside a name
    "The storm hit at dawn. WXYZ 4 has the pictures.",  # a station's name, at a sentence's start
    '<tweet tweet-id="673672413863927808"><tweet/>',  # an identifier
])
def test_no_quantity(text: str) -> None:
    assert analyze(text).quantities == []


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Die Liste hat die 3.000er-Marke erreicht.", "3.000er-Marke", 3000),  # a threshold written as a compound
    ("Die 12.000-Einwohner-Gemeinde baut eine Halle.", "12.000-Einwohner-Gemeinde", 12000),  # a count inside a compound
    ("Die Partei blieb unter der 4-Prozent-Hürde.", "4-Prozent-Hürde", 4),
    ("The mayor won by three-and-a-half points.", "three-and-a-half", 3.5),
    ("Turnout fell 4 and a half percent.", "4 and a half percent", 4.5),
])
def test_number_compounds_and_halves(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    found = {doc.span_text(q.span): q.value for q in doc.quantities}
    assert found.get(expr) == value, found


def test_a_threshold_compound_needs_its_noun() -> None:
    doc = analyze("Die 68er-Bewegung prägte die Stadt.")  # a generation's name, not a count
    assert doc.quantities == []


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The coupe has a 310-horsepower engine.", "310-horsepower", 310),  # a number joined to its noun
    ("They ended a seven-game losing run.", "seven-game", 7),
    ("A 13.3-inch display is standard.", "13.3-inch", 13.3),
    ("Das Gericht veröffentlichte ein 41-seitiges Urteil.", "41-seitiges", 41),
])
def test_a_number_joined_to_a_lower_case_word_counts(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    found = {doc.span_text(q.span): q.value for q in doc.quantities}
    assert found.get(expr) == value, found


@pytest.mark.parametrize("text", [
    "Two-thirds of the members agreed.",  # a share
    "The talks were a one-on-one affair.",  # a fixed phrase
    "She hit a 3-pointer at the buzzer.",  # a name of a basket
])
def test_compounds_that_are_no_counts(text: str) -> None:
    assert analyze(text).quantities == []


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The yield fell to 2.345% on Friday.", "2.345%", 2.345),  # English writes a decimal point
    ("He paid Rs 12 lakh for the land.", "Rs 12 lakh", 1200000),
    ("A crowd of several dozen waited outside.", "several dozen", (24, 99)),
    ("Ein halbes Dutzend Anträge liegt vor.", "Ein halbes Dutzend", 6),
    ("Vor dem Rathaus standen mehrere Dutzend Menschen.", "mehrere Dutzend", (24, 99)),
    ("Es droht eine Strafe bis 500 Euro.", "bis 500 Euro", (None, 500)),
    ("Karten kosten ab 25 Euro.", "ab 25 Euro", (25, None)),
    ("Der Steg ist nicht mal 40 Meter lang.", "nicht mal 40 Meter", (None, 40)),
    ("Es reichen nicht mehr als vier Stimmen.", "nicht mehr als vier", (None, 4)),
    ("Tickets kosten 100 bis 300 Euro.", "100 bis 300 Euro", (100, 300)),  # "bis" of a range, no bound
    ("Die Koalition brauchte 61 der 120 Stimmen.", "61", 61),  # a part of a whole
    ("Am Montag kamen 3.120 Menschen, am Dienstag 2.870.", "2.870", 2870),  # after a weekday, no name
    ("Im Mai kamen 20.000, im Juni 15.000 Menschen an.", "20.000", 20000),  # a month, then a grouped number
])
def test_amounts_words_and_bounds(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    found = {doc.span_text(q.span): q.value for q in doc.quantities}
    assert found.get(expr) == value, found


def test_a_change_from_one_share_to_another_is_two_values() -> None:
    doc = analyze("Turnout rose from 41.5 percent to 47.2 percent.")
    assert [(doc.span_text(q.span), q.value) for q in doc.quantities] == [("41.5 percent", 41.5), ("47.2 percent", 47.2)]


@pytest.mark.parametrize("text", [
    "Police searched a garage behind 4521 Maple Avenue on Monday.",  # a house number
    "Write to P.O. Box 55123 for details.",  # a label before the number
    "Section 2113 applies to bank robbery.",
    "Die Beratung ist montags 9 bis 11 Uhr geöffnet.",  # the first end of a clock range
])
def test_numbers_that_name_or_time_something(text: str) -> None:
    doc = analyze(text)
    assert [doc.span_text(q.span) for q in doc.quantities] == []


@pytest.mark.parametrize(("text", "expr"), [
    ("The ward had forty beds and only one nurse.", "one"),  # after a word of focus, an article counts one
    ("Drei Bewerber gab es in Linz, in Graz gar nur einen.", "einen"),
])
def test_one_after_a_word_of_focus_counts(text: str, expr: str) -> None:
    doc = analyze(text)
    assert (expr, 1) in [(doc.span_text(q.span), q.value) for q in doc.quantities]


@pytest.mark.parametrize("text", [
    "It is just one of many problems.",
    "Das ist nicht nur ein Symbol.",
    "Es dauerte nur ein paar Tage.",
])
def test_one_after_focus_that_counts_nothing(text: str) -> None:
    doc = analyze(text)
    assert [q for q in doc.quantities if q.value == 1] == []


def test_a_range_with_a_dash_after_between() -> None:
    doc = analyze("Officials counted between 300-400 ballots.")
    assert [(doc.span_text(q.span), q.value) for q in doc.quantities] == [("300-400", (300, 400))]


def test_a_number_word_after_a_dateline_dash_counts() -> None:
    doc = analyze("Innsbruck – Drei Wanderer wurden am Berg gerettet.")
    assert ("Drei", 3) in [(doc.span_text(q.span), q.value) for q in doc.quantities]


def test_a_german_range_with_its_unit_on_both_ends_stays_one_range() -> None:
    doc = analyze("Die Zölle liegen je nach Hersteller zwischen 12 Prozent und 80 Prozent, bei anderen von 15 Prozent bis 40 Prozent.")
    assert [(doc.span_text(q.span), q.value) for q in doc.quantities][-1] == ("15 Prozent bis 40 Prozent", (15, 40))


@pytest.mark.parametrize("text", [
    "Ab 2027 gilt das neue Gesetz.",  # a year after a word that can also bound an amount
    "Der 44-jährige Fahrer blieb unverletzt.",  # an age
])
def test_years_and_ages_after_bounds_and_hyphens_are_no_counts(text: str) -> None:
    assert analyze(text).quantities == []


def test_an_index_named_with_an_ampersand() -> None:
    doc = analyze("The S&P 500 index fell while 40 traders watched.")
    assert [doc.span_text(q.span) for q in doc.quantities] == ["40"]


def test_a_hyphenated_dozen_and_a_rating() -> None:
    doc = analyze("Nearly two-dozen towns voted; a four-star hotel opened.")
    assert [(doc.span_text(q.span), q.value) for q in doc.quantities] == [("Nearly two-dozen", 24)]


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Zigtauſende gingen auf die Straße.", "Zigtauſende", (20000, 99999)),  # a long s, as Fraktur OCR writes it
    ("Thouſands of people fled.", "Thouſands", (2000, 99999)),
    ("Ein halbeſ Dutzend Anträge liegt vor.", "Ein halbeſ Dutzend", 6),
])
def test_words_the_patterns_match_in_another_letter_form_are_read(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    assert {doc.span_text(q.span): q.value for q in doc.quantities}.get(expr) == value


@pytest.mark.parametrize("text", [
    "The weekly list of favourites follows.\n\n1. Ulla Brandt (Last week: 3.)\n\n2. Kemal Orhan (4.)",  # ranks in parentheses
    "Die Vorstellung ist für Freitag (14.8.) geplant.",  # a day and month in parentheses
    "Die Liste landete auf Platz vier, die andere auf Rang 2.",  # a rank after its noun
])
def test_ranks_and_days_in_parentheses_are_no_quantities(text: str) -> None:
    doc = analyze(text)
    assert [doc.span_text(q.span) for q in doc.quantities] == []


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Mindestens ein weiterer Zeuge wird noch gesucht.", "Mindestens ein", (1, None)),  # an article after a bound counts one
    ("At least one ferry was delayed by the storm.", "At least one", (1, None)),
    ("In drei oder mehr Gemeinden fiel der Strom aus.", "drei oder mehr", (3, None)),  # a bound after its number
    ("The town council can seat 12 or fewer members.", "12 or fewer", (None, 12)),
    ("Her campaign ended within $3M of the leader.", "within $3M", (None, 3_000_000)),
    ("He now faces up to a $75,000 penalty.", "up to a $75,000", (None, 75000)),
])
def test_bounds_before_an_article_and_after_a_number(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    assert {doc.span_text(q.span): q.value for q in doc.quantities}.get(expr) == value


def test_more_than_one_in_a_share_is_no_bound_of_one() -> None:
    doc = analyze("More than one in four drivers said so, mehr als ein Drittel der Befragten auch.")
    assert [q for q in doc.quantities if q.value == (1, None)] == []


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Eine Umfrage unter 900 Pendlern zeigt das Gegenteil.", "900", 900),  # "unter" of a survey: among
    ("Die Genossenschaft verfügt über 340 Wohnungen.", "340", 340),  # "über" of "verfügen"
    ("Bekannt ist, dass der Verein über 75 Boote verfügt.", "75", 75),  # the verb at the end of its clause
    ("Heute verfügt die Feuerwehr über 14 Drehleitern.", "14", 14),  # the verb before the subject
    ("Der Verein hat über 75 Mitglieder.", "über 75", (75, None)),  # a bound still
    ("Laut der Umfrage sind unter 30 Prozent zufrieden.", "unter 30 Prozent", (None, 30)),  # a survey's noun further back
])
def test_a_bound_word_of_another_sense_leaves_the_number_exact(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    assert {doc.span_text(q.span): q.value for q in doc.quantities}.get(expr) == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("She recalled polling at 5, 6 percent a year ago.", "5, 6 percent", (5, 6)),  # a spoken range
    ("Sie ist eine von vier, fünf Bewerberinnen.", "vier, fünf", (4, 5)),
])
def test_a_spoken_range_of_neighbours_is_one_range(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    assert {doc.span_text(q.span): q.value for q in doc.quantities}.get(expr) == value


def test_a_list_of_numbers_is_no_spoken_range() -> None:
    doc = analyze("Die Gruppen 2, 3, 4 und 5 spielen am Abend.")
    assert [q for q in doc.quantities if isinstance(q.value, tuple)] == []


def test_two_shares_of_a_poll_are_two_values_and_a_range_stays_one() -> None:
    doc = analyze("The mayor is under water (41 percent to 49 percent), while the plant runs at 70% to 80% of capacity.")
    assert [(doc.span_text(q.span), q.value) for q in doc.quantities] == [
        ("41 percent", 41), ("49 percent", 49), ("70% to 80%", (70, 80))]


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Der Mann wurde dreimal verurteilt.", "dreimal", 3),  # a count of occasions
    ("Sie hat es elfmal versucht.", "elfmal", 11),
])
def test_german_counts_of_occasions(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    found = [(doc.span_text(q.span), q.value, q.rule) for q in doc.quantities]
    assert (expr, value, "quantity.word+times") in found, found


@pytest.mark.parametrize("text", [
    "Smith won the final set 7-6 (4) after three hours.",  # the points of a tie-break
    "The match ended at 2 a.m. local time (0200 GMT).",  # a clock time with its zone
    "The order of the panel:\n\n1 Jane Roe.\n\n2 Max Muster.\n\n3 Erika Muster.",  # a numbered list without full stops
    "Her favourite film is \u201cRocket 88,\u201d he said.",  # a title in quotation marks
    "Die Äußerungen seien schon mehr als ein Jahr alt.",  # an age after a bound, no count of one
])
def test_scores_clock_zones_list_numbers_and_titles_are_no_quantities(text: str) -> None:
    doc = analyze(text)
    assert [doc.span_text(q.span) for q in doc.quantities] == []


def test_a_number_opening_a_line_that_is_no_list_still_counts() -> None:
    doc = analyze("The council met again.\n\n4 Ministers resigned on Friday.")
    assert [(doc.span_text(q.span), q.value) for q in doc.quantities] == [("4", 4)]


def test_an_amount_after_a_month_is_no_day() -> None:
    doc = analyze("Der Fährpass kostet ab Oktober 12 Franken mehr.", date="2021-06-01")
    assert [(doc.span_text(q.span), q.value) for q in doc.quantities] == [("12 Franken", 12)]
    assert [(doc.span_text(t.span), t.value) for t in doc.timexes] == [("Oktober", "2021-10")]


def test_a_version_after_a_name_is_no_quantity() -> None:
    doc = analyze("The group called itself Hydra 3.0 and sent 4.0 tonnes of aid.")
    assert [(doc.span_text(q.span), q.value) for q in doc.quantities] == [("4.0 tonnes", 4.0)]


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The market was crowded. (In all, the stewards counted 4000.)", "4000", 4000),  # a sentence in parentheses
    ("Der Markt war voll. (Die Helfer zählten insgesamt 4000.)", "4000", 4000),
])
def test_the_last_number_of_a_sentence_in_parentheses_counts(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    assert {doc.span_text(q.span): q.value for q in doc.quantities}.get(expr) == value


def test_a_rank_after_one_word_in_parentheses_stays_no_quantity() -> None:
    doc = analyze("Sie landete im Finale (Platz 4.) knapp hinter der Siegerin.")
    assert [doc.span_text(q.span) for q in doc.quantities] == []


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("No more than one ferry left the harbour.", "No more than one", (None, 1)),
    ("The hall admits no more than 40 guests.", "no more than 40", (None, 40)),
    ("Not more than 12 seats remain.", "Not more than 12", (None, 12)),
    ("No fewer than 30 boats sailed.", "No fewer than 30", (30, None)),
    ("Es kamen nicht weniger als 40 Gäste.", "nicht weniger als 40", (40, None)),
])
def test_negated_bounds_turn_round(text: str, expr: str, value: object) -> None:
    doc = analyze(text)
    assert {doc.span_text(q.span): q.value for q in doc.quantities}.get(expr) == value


@pytest.mark.parametrize(("text", "timex", "expr", "value"), [
    ("In March 20 million people voted.", "March", "20 million", 20_000_000),  # a magnitude after the number
    ("Ab März 20 Franken günstiger wird das Ticket.", "März", "20 Franken", 20),
    ("Seit Mai 12 Prozent weniger Fahrgäste.", "Mai", "12 Prozent", 12),
])
def test_a_magnitude_or_unit_after_a_month_is_no_day(text: str, timex: str, expr: str, value: object) -> None:
    doc = analyze(text)
    assert [doc.span_text(t.span) for t in doc.timexes] == [timex]
    assert {doc.span_text(q.span): q.value for q in doc.quantities}.get(expr) == value


def test_amount_units_are_data_of_both_languages() -> None:
    from sourcetrace.resources import load

    for lang, unit in (("de", "Franken"), ("en", "percent")):
        assert unit in load(lang, "time")["amount_units"]
