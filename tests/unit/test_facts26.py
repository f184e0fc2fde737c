"""Hedges, dates and quantities of session 26 (issue 7; sentences of our own): counts joined by a
hyphen to "way"/"time", half a dozen written "half-dozen", "trillions", "adds up to" a total,
alternatives joined by "or"/"oder" as quantities of their own, zero written as a word; the present
of a fixture or schedule points forward; "heute" of a present state; "jeden Morgen" no date; a
fronted infinitive of a forecast before "sollten", predicative "denkbar", the superlative
"wahrscheinlichste" and a negated "sound like" as hedges."""

from __future__ import annotations

import pytest

import sourcetrace

Value = int | float | tuple[int | float | None, int | float | None] | None


def quantities(text: str, lang: str = "en") -> list[tuple[str, Value]]:
    doc = sourcetrace.analyze(text, date="2026-03-10", lang=lang)
    return [(doc.span_text(q.span), q.value) for q in doc.quantities]


def timexes(text: str, date: str | None = "2026-03-10", lang: str = "en") -> list[tuple[str, str]]:
    doc = sourcetrace.analyze(text, date=date, lang=lang)
    return [(doc.span_text(t.span), t.value) for t in doc.timexes]


def hedges(text: str, lang: str) -> list[str]:
    return [h.cue for h in sourcetrace.analyze(text, date="2026-03-10", lang=lang).hedges]


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


def test_zero_as_a_word() -> None:
    assert ("null Euro", 0) in quantities("Die Gemeinde hat bis dato null Euro überwiesen.", "de")
    assert quantities("The car goes from zero to 60 mph.") == [("60 mph", 60)]
    assert quantities("Der Vertrag ist null und nichtig, die Null-Toleranz-Linie bleibt.", "de") == []


@pytest.mark.parametrize(("text", "word", "value"), [
    ("The Hawks play Saturday against the Lions, with a one-game lead.", "Saturday", "2026-03-14"),
    ("The Hawks lost on Saturday and play the Lions on Sunday.", "Sunday", "2026-03-15"),
    ("The Hawks lost on Saturday and play the Lions on Sunday.", "Saturday", "2026-03-07"),
    ("The museum opens Friday, officials said.", "Friday", "2026-03-13"),
    ("The ski course, which begins in late January, is full.", "January", "2027-01"),
    # a noun after an article is no verb of the future
    ("The play on Saturday was a disaster.", "Saturday", "2026-03-07"),
    ("The plant closed on Friday.", "Friday", "2026-03-06"),
])
def test_the_present_of_a_fixture_points_forward(text: str, word: str, value: str) -> None:
    assert next(v for s, v in timexes(text) if word in s) == value


@pytest.mark.parametrize(("text", "date"), [
    ("Der Mann lebte mit seiner heute neunjährigen Tochter zwei Jahre in einem Lager.", None),
    ("Der heute 60-jährige Wirt war damals Lehrling.", "2026-03-10"),
    ("Der Streit begann unter Tom Test (heute im Vorstand) und dauerte bis 2011.", None),
])
def test_heute_of_a_present_state_is_present_ref(text: str, date: str | None) -> None:
    assert ("heute", "PRESENT_REF") in timexes(text, date, "de")


def test_heute_of_an_event_on_the_day_stays_the_day() -> None:
    assert ("heute", "2026-03-10") in timexes("Auf der heute in Graz stattfindenden Messe kam es zum Streit.", lang="de")


def test_a_part_of_day_after_every_is_no_date() -> None:
    assert timexes("\u201eWir backen jeden Morgen frisch\u201c, sagte sie.", lang="de") == []
    assert ("Morgen", "2026-03-11") in timexes("Morgen kommen die Gäste.", lang="de")


@pytest.mark.parametrize(("text", "lang", "cue"), [
    ("Deutlich sinken sollten ab dem Herbst die Heizkosten.", "de", "sollten"),
    ("Nach den Berechnungen sind zwei Szenarien denkbar – ein schwaches und ein starkes.", "de", "denkbar"),
    ("Es hieß, eine Senkung der Gebühren sei ab 2028 denkbar.", "de", "denkbar"),
    ("Die derzeit wahrscheinlichste Variante: Die Gebühr sinkt.", "de", "wahrscheinlichste"),
    ("It doesn\u2019t sound like the mayor knows what she will do next.", "en", "It doesn\u2019t sound like"),
])
def test_hedges(text: str, lang: str, cue: str) -> None:
    assert cue in hedges(text, lang)


@pytest.mark.parametrize("text", [
    "Die Mieter fordern, dass die Mieten sinken sollten.",  # a demand
    "Das Ergebnis fiel denkbar knapp aus.",  # an intensifier
    "Das ist kaum denkbar.",
])
def test_no_hedge(text: str) -> None:
    assert not [c for c in hedges(text, "de") if c in ("sollten", "denkbar")]


def test_a_clock_time_in_words_is_no_count() -> None:
    assert quantities("Die Gruppe soll am Freitag um neun Uhr abreisen.", "de") == []
    assert quantities("Am Abend kamen neun Gäste.", "de") == [("neun", 9)]


def test_a_day_or_year_that_a_relative_clause_describes_is_no_duration() -> None:
    assert timexes("Each strike is a day when the buses do not run.") == []
    assert timexes("He took office in a year that brought two floods.") == []
    assert ("a day", "P1D") in timexes("He spent a day in jail and a year abroad.")


def test_yesterday_after_of_is_the_past_figuratively() -> None:
    found = timexes("Critics called it the politics of yesterday; the minister quit yesterday.", "2016-08-10")
    assert found == [("yesterday", "PAST_REF"), ("yesterday", "2016-08-09")]


def test_a_vague_few_after_or_is_no_count() -> None:
    assert quantities("Most drivers keep a map or two in the glove box.") == []
    assert quantities("Fuel prices rose over the past month or two, traders said.") == []
    assert ("two", 2) in quantities("She bought a dog or two cats.")


def test_alleged_as_a_verb_is_no_hedge() -> None:
    text = "The tenant alleged in a letter that the owner cheated, and the alleged damage was shown."
    doc = sourcetrace.analyze(text, date="2026-03-10", lang="en")
    assert [h.span.start for h in doc.hedges] == [text.index("alleged damage")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Sitzung am Dienstag (heute) wurde verschoben.", "de"),
    ("The vote set for Tuesday (today) was put off, the clerk said.", "en"),
])
def test_a_bare_today_in_parentheses_is_the_day(text: str, lang: str) -> None:
    """A "(heute)"/"(today)" that closes right after names the day again, no present state."""
    assert ("heute" if lang == "de" else "today", "2026-03-10") in timexes(text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Crews searched the site at ground zero for a week.", "en"),
    ("Doctors never found patient zero of the outbreak.", "en"),
    ("Für die Partei begann damit die Stunde null.", "de"),
])
def test_zero_as_part_of_a_name_is_no_count(text: str, lang: str) -> None:
    assert quantities(text, lang) == []


def test_zero_before_its_noun_still_counts() -> None:
    assert quantities("The ground crew had zero spare parts.") == [("zero", 0)]
