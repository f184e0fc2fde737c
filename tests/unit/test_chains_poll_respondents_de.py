"""A share of the people a German poll asked speaks through that poll (session 17, issue 7;
sentences of our own): the pollster named after the poll's noun ("eine Umfrage des Instituts X",
"die Befragung der Gewerkschaft X"), shares written with German share words ("Rund 20 Prozent",
"Mehr als die Hälfte", "jeder dritte Befragte"), and no link without a poll or when the words
after the poll's noun name what or whom it asks about, not a body (review17 #3)."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one

from sourcetrace.document import Attribution

analyze = partial(analyse, lang="de", date="2025-05-06")


def links(a: Attribution) -> list[tuple[str, str]]:
    return [(v.name, v.rule) for v in a.via]


def test_shares_of_respondents_speak_through_the_poll_named_before() -> None:
    doc = analyze("Eine Befragung der Gewerkschaft Nordblick unter 800 Pendlern zeichnet ein düsteres Bild. Rund 20 Prozent "
                  "berichten, dass sie täglich warten. Mehr als die Hälfte meinte, die Boote seien zu voll.")
    poll = [("Befragung der Gewerkschaft Nordblick", "via.poll")]
    assert links(one(doc, "täglich warten")) == poll
    assert links(one(doc, "Boote seien zu voll")) == poll


def test_a_poll_by_its_institute_after_des() -> None:
    doc = analyze("Eine neue Umfrage des Instituts Nordblick zeigt ein klares Bild. Rund 60 Prozent sagen, die Maut sei zu hoch.")
    assert links(one(doc, "Maut sei zu hoch")) == [("Umfrage des Instituts Nordblick", "via.poll")]


def test_a_share_without_a_poll_has_no_link() -> None:
    doc = analyze("Der Hafen wurde im Mai erweitert. Rund 60 Prozent der Händler sagen, die Miete sei zu hoch.")
    assert links(one(doc, "Miete sei zu hoch")) == []


def test_a_survey_noun_before_what_it_counts_or_asks_is_no_poll() -> None:
    doc = analyze("Die Erhebung der Gebühren beginnt im Mai. Rund 60 Prozent der Händler sagen, die Preise seien zu hoch.")
    assert links(one(doc, "Preise seien zu hoch")) == []
    doc = analyze("Die Befragung der Zeugen dauerte bis zum Abend. Mehr als die Hälfte meinte, der Fahrer sei zu schnell gewesen.")
    assert links(one(doc, "zu schnell gewesen")) == []
