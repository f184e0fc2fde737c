"""English chains (issue 7), each written as sentences of our own: an outlet the
gazetteer does not know is a link only when it looks like a medium (and each rule of session 14
checked with a phrase that must not become a link), "the outlet" after a named medium is that
medium, a closing "reports X", an as-clause of a reporter, speech nested in an according-to
clause, and an acronym that is no pronoun ("according to WHO")."""

from __future__ import annotations

from functools import partial

import pytest
from tests.attribution_helpers import analyse, link_texts, one, source_name, source_text

from sourcetrace.document import Attribution, Document

analyze = partial(analyse, lang="en", date="2025-03-04")


def opening(doc: Document, start: str) -> Attribution:
    """The one attribution whose first content span opens with `start`."""
    hits = [a for a in doc.attributions if doc.span_text(a.content[0]).startswith(start)]
    assert len(hits) == 1, [[doc.span_text(c) for c in a.content] for a in doc.attributions]
    return hits[0]


# ---- an unlisted outlet must look like a medium ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The bishop told the Pope that the chapel would close in June.",
    "The governor told the Fed that the chapel would close in June.",
    "The witness told the Inquiry that the chapel would close in June.",
    "The neighbour told the Lees that the chapel would close in June.",
    "The warden told the Park Ranger that the chapel would close in June.",
    "The coach told the Editor that the chapel would close in June.",
    "The senator told the Tory Leader that the chapel would close in June.",
    "The minister told the Pope's envoy that the chapel would close in June.",
    "The chapel will close in June, according to a memo seen by the Inquiry.",
])
def test_a_body_or_a_person_told_is_no_link(text: str) -> None:
    doc = analyze(text)
    assert link_texts(doc, one(doc, "chapel would close" if "would" in text else "chapel will close")) == [], text


def test_a_title_that_looks_like_a_newspaper_is_a_link() -> None:
    doc = analyze("The mayor told the Harbor Ledger that the chapel would close in June.")
    assert link_texts(doc, one(doc, "chapel would close")) == ["the Harbor Ledger"]
    doc = analyze("The chapel will close in June, according to a memo seen by the Fenwick Echo.")
    assert link_texts(doc, one(doc, "chapel will close")) == ["the Fenwick Echo"]


def test_a_name_the_text_uses_as_a_medium_elsewhere_is_a_link() -> None:
    # "Marlow Bell" closes with no newspaper word, but the text calls it a newspaper's name
    text = "Kim Hale, a Marlow Bell columnist, wrote about the chapel. The vicar told the Marlow Bell that it would close in June."
    doc = analyze(text)
    assert link_texts(doc, one(doc, "it would close in June")) == ["the Marlow Bell"]
    doc = analyze("The vicar told the Marlow Bell that the chapel would close in June.")
    assert link_texts(doc, one(doc, "chapel would close")) == []


# ---- "the outlet": the medium named before, or the publisher --------------------------------

def test_the_outlet_after_an_unlisted_outlet_is_that_outlet() -> None:
    doc = analyze("According to a report by the Harbor Ledger, the mill will close. An aide told the outlet that 300 jobs would go.")
    assert link_texts(doc, one(doc, "300 jobs would go")) == ["the Harbor Ledger"]
    doc = analyze("The mill will close, Reuters reported. An aide told the outlet that 300 jobs would go.")
    assert link_texts(doc, one(doc, "300 jobs would go")) == ["Reuters"]


def test_the_outlet_with_no_medium_before_is_the_publisher() -> None:
    doc = analyze("The mill will close. An aide told the outlet that 300 jobs would go.")
    assert link_texts(doc, one(doc, "300 jobs would go")) == []


# ---- a closing "reports X", an as-clause, speech nested in a report --------------------------

def test_a_closing_reports_with_a_name_is_a_cue() -> None:
    doc = analyze("The mill will close in June, reports the Harbor Ledger.")
    assert source_text(doc, one(doc, "mill will close")) == "the Harbor Ledger"
    doc = analyze("The mill closed in June, reports Reuters.")
    assert source_name(doc, one(doc, "mill closed")) == "Reuters"
    # a plural noun after the comma is no cue
    doc = analyze("Fighting went on in the north, reports said.")
    assert all("Fighting" not in doc.span_text(a.content[0]) or a.source is None for a in doc.attributions)


def test_an_as_clause_of_a_reporter_and_the_speech_nested_in_it() -> None:
    doc = analyze("As Emily Vance reports for the Ledger, the ward closed last week, when officials in Upton announced that two nurses had fallen ill.")
    outer = one(doc, "ward closed last week")
    assert outer.mode == "according_to" and source_text(doc, outer) == "Emily Vance"
    inner = opening(doc, "that two nurses had fallen ill")
    assert source_text(doc, inner) == "officials in Upton" and link_texts(doc, inner) == ["Emily Vance"]


def test_speech_in_a_clause_of_time_inside_an_according_to_claim() -> None:
    doc = analyze("According to the Ledger, the ward closed last week after officials announced that two nurses had fallen ill.")
    outer = one(doc, "ward closed last week")
    assert outer.mode == "according_to" and source_text(doc, outer) == "the Ledger"
    inner = opening(doc, "that two nurses had fallen ill")
    assert source_text(doc, inner) == "officials" and link_texts(doc, inner) == ["the Ledger"]
    # the speech act of the main clause is relayed, not nested: one claim, the phrase a link
    doc = analyze("According to the Ledger, officials announced that two nurses had fallen ill.")
    assert len(doc.attributions) == 1 and link_texts(doc, doc.attributions[0]) == ["the Ledger"]


# ---- an acronym is no pronoun ----------------------------------------------------------------

def test_an_acronym_in_capitals_is_no_relative_pronoun() -> None:
    doc = analyze("According to WHO, there were 300 cases of the fever last year.")
    assert source_text(doc, one(doc, "300 cases")) == "WHO"
    doc = analyze("The fever is spread by fleas, per the WHO, and by rats.")
    assert source_text(doc, one(doc, "spread by fleas")) == "the WHO"
    doc = analyze("The officials who met him said the bridge was safe.")
    assert source_text(doc, one(doc, "bridge was safe")) == "The officials"


# ---- a verb of speech "to" a medium ------------------------------------------------------------

def test_a_verb_of_speech_addressed_to_a_medium_is_a_link() -> None:
    doc = analyze("The pier is unsafe, a spokesman confirmed to Reuters.")
    assert link_texts(doc, one(doc, "pier is unsafe")) == ["Reuters"]
    doc = analyze("A spokesman explained to the Harbor Ledger that the pier was unsafe.")
    assert link_texts(doc, one(doc, "pier was unsafe")) == ["the Harbor Ledger"]
    doc = analyze("According to a report by the Courier, the pier is unsafe. An aide further claimed to the outlet that the owner knew.")
    assert link_texts(doc, one(doc, "owner knew")) == ["the Courier"]
    # no medium after "to": no link
    for text in ("A spokesman claimed to be unaware that the pier was unsafe.",
                 "Ann Lee said to the Pope that the pier was unsafe.",
                 "The mayor spoke to the crowd and said the pier was unsafe."):
        doc = analyze(text)
        assert link_texts(doc, one(doc, "pier was unsafe")) == [], text


# ---- an outlet named by its people, its podcast, or how an interview came out ----------------

def test_an_outlet_before_its_reporter_or_its_podcast_is_the_link() -> None:
    doc = analyze("The pier is unsafe, Ann Lee told Reuters reporter Tom Hale.")
    assert link_texts(doc, one(doc, "pier is unsafe")) == ["Reuters"]
    doc = analyze("Ann Lee told a Harbor Ledger podcast that the pier was unsafe.")
    assert link_texts(doc, one(doc, "pier was unsafe")) == ["Harbor Ledger"]
    # a beat before the reporter is no outlet
    for text in ("The pier is unsafe, Ann Lee told White House reporter Tom Hale.",
                 "The pier is unsafe, Ann Lee told Pentagon correspondent Tom Hale."):
        doc = analyze(text)
        assert link_texts(doc, one(doc, "pier is unsafe")) == [], text


def test_an_interview_named_with_how_and_when_it_came_out() -> None:
    doc = analyze("Ann Lee said in an interview aired Sunday on CNN that the pier was unsafe.")
    assert link_texts(doc, one(doc, "pier was unsafe")) == ["CNN"]
    doc = analyze("In an interview with the Harbor Ledger published Monday, Ann Lee said the pier was unsafe.")
    assert link_texts(doc, one(doc, "pier was unsafe")) == ["the Harbor Ledger"]
    doc = analyze("Ann Lee said in an interview posted on her website that the pier was unsafe.")
    assert link_texts(doc, one(doc, "pier was unsafe")) == []
