"""Chains through the press of session 17 (issue 7), each on sentences of our own: "via" an outlet
or a reporter of one (English), a reporter "of" an outlet the gazetteer does not know, an
outlet named after "in den" (German dative plural), and what must stay no link ("via email",
a reporter of a body that is no outlet, "in den Gesprächen")."""

from __future__ import annotations

from functools import partial

import pytest
from tests.attribution_helpers import analyse, link_names, one, source_text

analyze = partial(analyse, date="2025-05-06")


def test_via_an_outlet_set_off_after_the_speaker_en() -> None:
    doc = analyze("Lena Marsh, via USA Today, said that the referee had missed the foul.", "en")
    a = one(doc, "referee had missed")
    assert link_names(a) == ["USA Today"]
    assert source_text(doc, a) == "Lena Marsh"  # the via phrase is no part of the speaker


def test_via_a_reporter_of_an_outlet_carries_into_the_next_quotation_en() -> None:
    doc = analyze('"We were too slow," Marsh said, via Ben Ode of the Upton Post-Gazette. "The second half was better."', "en")
    assert link_names(one(doc, "too slow")) == ["Upton Post-Gazette"]
    assert link_names(one(doc, "second half")) == ["Upton Post-Gazette"]


def test_told_a_reporter_of_an_unlisted_outlet_en() -> None:
    doc = analyze('"The pier is unsafe," the harbour master told Ben Ode of the Fenwick Ledger.', "en")
    assert link_names(one(doc, "pier is unsafe")) == ["Fenwick Ledger"]


@pytest.mark.parametrize("text", [
    "The clerk sent the forms via email, the mayor said.",
    '"The pier is unsafe," the harbour master told Ben Ode of the Rotary Club.',
])
def test_via_or_of_what_is_no_outlet_is_no_link_en(text: str) -> None:
    doc = analyze(text, "en")
    a = one(doc, "forms" if "forms" in text else "pier is unsafe")
    assert link_names(a) == []


def test_outlet_after_in_den_is_a_link_and_carries_into_the_konjunktiv_de() -> None:
    doc = analyze("Bürgermeisterin Eva Kranz sagte am Montag in den Salzburger Nachrichten: Die Fähre fährt ab Mai. "
                  "Der Fahrplan sei fertig.", "de")
    assert link_names(one(doc, "Fähre fährt")) == ["Salzburger Nachrichten"]
    assert link_names(one(doc, "Fahrplan sei fertig")) == ["Salzburger Nachrichten"]


def test_in_den_without_an_outlet_is_no_link_de() -> None:
    doc = analyze("Der Minister sagte in den Gesprächen mit der Opposition, das Gesetz komme im Herbst.", "de")
    assert link_names(one(doc, "Gesetz komme")) == []


def test_outlets_added_to_the_gazetteer_are_links_when_told_en() -> None:
    doc = analyze('"No deal was reached," a studio lawyer told Rolling Stone on Friday.', "en")
    assert link_names(one(doc, "No deal")) == ["Rolling Stone"]
