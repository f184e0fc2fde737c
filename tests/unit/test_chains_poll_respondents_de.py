"""A share of the people a German poll asked speaks through that poll (session 17, issue 7;
sentences of our own): the pollster named after the poll's noun ("eine Umfrage von X", "die
Befragung der X"), shares written with German share words ("Rund 20 Prozent", "Mehr als die
Hälfte", "einer von drei Befragten"), and no link without a poll."""

from __future__ import annotations

from tests.attribution_helpers import one

import sourcetrace
from sourcetrace.document import Attribution, Document


def analyze(text: str) -> Document:
    return sourcetrace.analyze(text, date="2025-05-06", lang="de")


def links(a: Attribution) -> list[tuple[str, str]]:
    return [(v.name, v.rule) for v in a.via]


def test_shares_of_respondents_speak_through_the_poll_named_before() -> None:
    doc = analyze("Das zeigt eine Befragung der Fährgesellschaft unter 800 Pendlern. Rund 20 Prozent berichten, dass sie "
                  "täglich warten. Mehr als die Hälfte meinte, die Boote seien zu voll. Etwa einer von drei Befragten "
                  "erklärte, er fahre lieber mit dem Rad.")
    poll = [("Befragung der Fährgesellschaft", "via.poll")]
    assert links(one(doc, "täglich warten")) == poll
    assert links(one(doc, "Boote seien zu voll")) == poll
    assert links(one(doc, "lieber mit dem Rad")) == poll


def test_a_poll_by_its_pollster_after_von() -> None:
    doc = analyze("Eine neue Umfrage von Nordblick zeigt ein klares Bild. Rund 60 Prozent sagen, die Maut sei zu hoch.")
    assert links(one(doc, "Maut sei zu hoch")) == [("Umfrage von Nordblick", "via.poll")]


def test_a_share_without_a_poll_has_no_link() -> None:
    doc = analyze("Der Hafen wurde im Mai erweitert. Rund 60 Prozent der Händler sagen, die Miete sei zu hoch.")
    assert links(one(doc, "Miete sei zu hoch")) == []
