"""English sources (issue 7, session 16; sentences of our own): an adjective before a report keeps
the report and its author in the phrase, a thing for a subject is no listed source, a person's name
after a description of the person is the source's name, and the agency that wrote the copy is no
source of the claims told to it."""

from __future__ import annotations

from tests.attribution_helpers import en, names, one, source_name, source_types


def test_an_adjective_before_a_report_keeps_the_report_and_its_author() -> None:
    doc = en("The mill will close in May, according to a recent report by the BBC.")
    assert source_name(doc, one(doc, "The mill will close")) == "BBC"
    doc = en("The mill will close in May, according to new reports.")
    assert names(doc) == ["new reports"]
    # (counter-example) a participle before its agent still ends the phrase: the agent is a link
    doc = en("The memo, seen by Reuters, said that the mill would close in May.")
    a = one(doc, "the mill would close")
    assert source_name(doc, a) == "memo" and [v.name for v in a.via] == ["Reuters"]


def test_a_thing_for_a_subject_is_no_listed_source() -> None:
    doc = en("Shares of the bakery chain climbed on Friday. The stock added almost 3% by noon, "
             "after a slump that traders called overdone.")
    assert "stock" not in names(doc)
    doc = en("The court ruled on Monday. The decision confirms that the pier was built without a permit.")
    a = one(doc, "the pier was built")
    assert a.source is None and a.rule.endswith("+source.drop.thing") and names(doc) == []


def test_people_bodies_and_the_subjects_of_saying_stay_sources() -> None:
    for text, name in [
        ("The residents said that the mill had been loud for years.", "residents"),
        ("The mayor was away. His office said that he was at a conference in Ohio.", "His office"),
        ("A Taliban representative said that the talks would resume on Monday.", "Taliban representative"),
        ("Police arrested a man on Friday. The suspect told officers that he had found the car.", "suspect"),
        ("The pier was closed on Monday. The closure means that the ferry will stop, the port said.", "port"),
    ]:
        assert name in names(en(text)), text


def test_a_name_after_a_description_of_a_person_names_the_source() -> None:
    doc = en("Former harbour board official Timothy Marsh said that the pier was unsafe.")
    assert source_types(doc) == {"Timothy Marsh": "person"}
    assert next(s for s in doc.sources).role == "Former harbour board official"
    doc = en("High school math teacher Angela Brook said she had driven four hours to the rally.")
    assert source_types(doc) == {"Angela Brook": "person"}
    # (counter-example) a body after an agent noun opens with no given name: no person
    doc = en("Computer maker Dell Technologies said that sales rose.")
    assert source_types(doc).get("Dell Technologies") != "person"


def test_the_agency_of_the_dateline_told_a_claim_is_a_link_but_no_listed_source() -> None:
    doc = en("NEW YORK (Reuters) - Oil prices fell on Tuesday after sources told Reuters that the cartel would not cut output.")
    a = one(doc, "the cartel would not cut output")
    assert names(doc) == ["sources"] and "Reuters" in [v.name for v in a.via]
    assert [c.name for c in doc.credits] == ["Reuters"]
    doc = en("(CNN) The mayor made a trip to the harbour, according to City Hall. "
             "Aides told CNN that the trip had been planned for months.")
    assert names(doc) == ["Aides", "City Hall"]
    # (counter-example) an outlet that wrote nothing of the copy stays the source it was told to
    doc = en("The mayor made a trip to the harbour, according to City Hall. "
             "Aides told CNN that the trip had been planned for months.")
    assert "CNN" in names(doc)


def test_the_source_after_an_anonymous_source_of_another_noun_is_that_one() -> None:
    doc = en('The label is in turmoil. "He is frustrated," an insider told the Harbor Ledger on Monday. '
             '"He does not run the label," the source added.')
    assert names(doc) == ["Harbor Ledger", "insider"] or names(doc) == ["insider"]
    assert source_name(doc, one(doc, "He does not run the label")) == "insider"
    # (counter-example) of another number it is someone else: "the sources" are not the insider
    doc = en('The label is in turmoil. "He is frustrated," an insider told the Harbor Ledger on Monday. '
             '"He does not run the label," the sources added.')
    assert source_name(doc, one(doc, "He does not run the label")) != "insider"
