"""Chains of session 35 (issue 7), each written as sentences of our own: a German relative clause that
says a medium has seen the document ("die … einsehen konnte") names it as a link, as one that says the
medium holds it ("die … vorliegen"); a chain phrase whose object is the speaker's own material
("unter Berufung auf eigene Recherchen") names no link; a programme's title between two pairs of
apostrophes ("said on ''The Harbor Hour''") is a link as one in quotation marks; a recording a phrase
names ("according to audio provided by Harbor Radio") gives way to the medium that holds it; "citing data
from X" in a speaker's apposition links to X, as it does after the cue; one quoted in a text of another's
speaks next via that text; first-person speech after a sentence that names its speaker and a medium
takes that medium; a German interview named again by its noun ("in dem Interview") links to the medium of
the one named before; a name a German text introduces after a noun of the press ("die Nachrichtenagentur
Niva") is a medium where the text names it again."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import de, en, link_names, link_texts, names, one

# ---- a document a medium has seen -------------------------------------------------------------

@pytest.mark.parametrize("clause", ["die Reuters einsehen konnte", "die Reuters eingesehen hat", "die Reuters vorliegen"])
def test_german_document_seen_by_a_medium_links_to_it(clause: str) -> None:
    doc = de(f"Die Werft sucht neue Geldgeber. Die Werft stecke in großen Schwierigkeiten, hieß es in den Unterlagen, {clause}.")
    assert link_texts(doc, one(doc, "stecke in großen Schwierigkeiten")) == ["Reuters"]


def test_german_seen_document_carries_its_link_into_the_next_sentence() -> None:
    doc = de("Die Werft sucht neue Geldgeber. Die Werft stecke in großen Schwierigkeiten, hieß es in den Unterlagen, "
             "die Reuters einsehen konnte. Ein Vorstand trat den Angaben zufolge zurück.")
    assert link_texts(doc, one(doc, "Ein Vorstand trat")) == ["Reuters"]


# ---- the speaker's own material is no link ------------------------------------------------------

def test_german_own_research_is_no_link() -> None:
    doc = de("Die Stadt plant einen neuen Hafen. Wie die Zeitung Nordkurier unter Berufung auf eigene Recherchen berichtet, "
             "sind tausend Familien betroffen. Betroffen seien alle Bezirke.")
    assert link_texts(doc, one(doc, "tausend Familien")) == []
    assert link_texts(doc, one(doc, "alle Bezirke")) == []
    assert not any("Recherchen" in n for n in names(doc))


def test_german_own_informant_and_others_stay_links() -> None:
    doc = de("Die Stadt plant einen neuen Hafen. Wie die Zeitung Nordkurier unter Berufung auf einen eigenen Informanten "
             "berichtet, sind tausend Familien betroffen.")
    assert link_texts(doc, one(doc, "tausend Familien")) == ["einen eigenen Informanten"]
    doc = de("Die Stadt plant einen neuen Hafen. Wie die Zeitung Nordkurier unter Berufung auf Regierungskreise "
             "berichtet, sind tausend Familien betroffen.")
    assert link_texts(doc, one(doc, "tausend Familien")) == ["Regierungskreise"]


def test_english_own_reporting_is_no_link() -> None:
    doc = en("The city plans a new port. The Harbor Ledger, citing its own analysis of tax records, said a thousand families were affected.")
    assert link_texts(doc, one(doc, "thousand families")) == []


# ---- a title between two pairs of apostrophes ---------------------------------------------------

def test_english_title_in_doubled_apostrophes_is_a_link() -> None:
    doc = en("The talks went on for hours. ''We will not give up the port,'' Ann Lee said on ''The Harbor Hour With Tom Hale'' "
             "last month. ''The harbor needs new cranes.''")
    assert link_texts(doc, one(doc, "give up the port")) == ["The Harbor Hour With Tom Hale"]
    assert link_names(one(doc, "needs new cranes")) == link_names(one(doc, "give up the port"))


def test_english_words_in_doubled_apostrophes_that_name_no_medium_are_no_link() -> None:
    doc = en("The talks went on for hours. ''We will not give up the port,'' Ann Lee said on ''the whole, a good year''.")
    assert link_texts(doc, one(doc, "give up the port")) == []


# ---- a recording held by a medium ---------------------------------------------------------------

@pytest.mark.parametrize(("tail", "medium"), [
    ("according to audio provided by Harbor Public Radio", "Harbor Public Radio"),
    ("according to a recording provided by the Harbor Ledger", "the Harbor Ledger"),
    ("according to a memo seen by Reuters", "Reuters"),
])
def test_english_recording_gives_way_to_the_medium_that_holds_it(tail: str, medium: str) -> None:
    doc = en(f'The talks went on for hours. "We will not give up the port," Ann Lee said on Monday, {tail}.')
    assert link_texts(doc, one(doc, "give up the port")) == [medium]
    assert not any(n.lower() in ("audio", "recording", "memo") for n in names(doc))


# ---- "citing data from X" in the speaker's apposition ---------------------------------------------

def test_english_data_cited_in_the_speakers_apposition_link_to_their_issuer() -> None:
    doc = en("The port is old. Ann Lee, citing data from the Harbor Statistics Office, said that about 4 million people live near the coast.")
    assert link_names(one(doc, "4 million people")) == ["Harbor Statistics Office"]
    doc = en("The port is old. Ann Lee, citing two officials at the ministry, said that traffic fell by a third.")
    assert link_texts(doc, one(doc, "traffic fell")) == ["two officials"]  # (people: the phrase as before)


# ---- magazines the gazetteer knows since session 35 ----------------------------------------------

def test_english_magazine_told_is_a_link_carried_to_the_next_quotation() -> None:
    doc = en('The port is old. "We will not give up the port," Ann Lee told Vogue last year. "The harbor needs new cranes."')
    assert link_texts(doc, one(doc, "give up the port")) == ["Vogue"]
    assert link_names(one(doc, "new cranes")) == ["Vogue"]
    doc = en("The port is old. The cranes are wired to the grid, Ann Lee said.")
    assert link_texts(doc, one(doc, "wired to the grid")) == []


# ---- quoted in a text of another's ---------------------------------------------------------------

def test_german_one_quoted_in_anothers_report_speaks_next_via_that_report() -> None:
    doc = de("Bei dem Brand starben zehn Menschen. Im Bericht der Hilfsorganisation Feuerwacht wird ein Feuerwehrmann zitiert. "
             "Seiner Darstellung zufolge brach das Feuer im Keller aus. Die Türen seien verschlossen gewesen.")
    first = one(doc, "brach das Feuer")
    assert "+quoted_in" in first.rule
    assert link_texts(doc, first) == ["Bericht der Hilfsorganisation Feuerwacht"]
    assert link_names(one(doc, "Türen seien")) == link_names(first)


def test_german_konjunktiv_after_one_quoted_in_a_report_goes_via_the_report() -> None:
    doc = de("Bei dem Brand starben zehn Menschen. Ein Feuerwehrmann wird im Bericht der Stiftung Brandschutz zitiert. "
             "Das Feuer sei im Keller ausgebrochen.")
    a = one(doc, "Das Feuer sei")
    assert link_texts(doc, a) == ["Bericht der Stiftung Brandschutz"]


@pytest.mark.parametrize("text", [
    "Bei dem Brand starben zehn Menschen. In einer Erklärung wird ein Feuerwehrmann zitiert. Das Feuer sei im Keller ausgebrochen.",
    "Bei dem Brand starben zehn Menschen. Im Bericht wird ein Feuerwehrmann zitiert. Das Feuer sei im Keller ausgebrochen.",
])
def test_german_ones_own_or_ownerless_text_is_no_link(text: str) -> None:
    # the rule fires where the report has an owner ("im Bericht der Stiftung Brandschutz") ...
    owned = de(text.replace("In einer Erklärung wird ein Feuerwehrmann", "Ein Feuerwehrmann wird im Bericht der Stiftung Brandschutz")
               .replace("Im Bericht wird ein Feuerwehrmann", "Ein Feuerwehrmann wird im Bericht der Stiftung Brandschutz"))
    assert link_texts(owned, one(owned, "Das Feuer sei")) == ["Bericht der Stiftung Brandschutz"]
    # ... and not on the speaker's own text or a report with no owner: no attribution there has a link
    # (today none is read at all: the one quoted has no text of another to speak through)
    doc = de(text)
    assert all(link_texts(doc, a) == [] for a in doc.attributions)


# ---- first-person speech after a sentence that names its speaker and a medium --------------------

def test_german_first_person_after_a_naming_sentence_takes_its_medium() -> None:
    doc = de("Der Hafen ist alt. Zugleich verteidigte Anna Berg im Gespräch mit dem ZDF den Plan. Ich würde heute genauso entscheiden.")
    a = one(doc, "Ich würde heute")
    assert a.rule.endswith("+subject+framed_link")
    assert link_names(a) == ["ZDF"]
    doc = de("Der Hafen ist alt. Zugleich verteidigte Anna Berg den Plan. Ich würde heute genauso entscheiden.")
    assert link_texts(doc, one(doc, "Ich würde heute")) == []


# ---- a German interview named again by its noun ---------------------------------------------------

def test_german_interview_named_again_links_to_the_medium_named_before() -> None:
    doc = de("Der Hafen ist alt. Anna Berg hielt in einem ARD-Interview am Sonntag fest, es sei traurig. Auf dem Platz waren "
             "viele Menschen. Die Bürgermeisterin betonte in dem Interview auch, dass die Kräne zu klein seien.")
    assert link_names(one(doc, "Kräne zu klein")) == ["ARD"]
    doc = de("Der Hafen ist alt. Auf dem Platz waren viele Menschen. In dem Gespräch mit dem Minister sagte sie, die Kräne seien zu klein.")
    assert link_texts(doc, one(doc, "Kräne seien zu klein")) == []


# ---- a German outlet the text introduces by a noun of the press -------------------------------------

def test_german_name_introduced_as_a_news_agency_is_a_medium_later() -> None:
    doc = de("Der Hafen ist alt. Die Nachrichtenagentur Niva sprach mit Hafenarbeitern. Der Kranführer Jan Ott verlor seine "
             "Arbeit. Im Gespräch mit Niva erzählte er, wie schwer das Leben geworden sei.")
    assert link_texts(doc, one(doc, "wie schwer das Leben")) == ["Niva"]
    doc = de("Der Hafen ist alt. Der Kranführer Jan Ott verlor seine Arbeit. Im Gespräch mit Niva erzählte er, wie schwer das Leben geworden sei.")
    assert link_texts(doc, one(doc, "wie schwer das Leben")) == []


def test_a_persons_name_after_a_noun_of_the_press_is_no_medium() -> None:
    # (review of session 35: the press noun's dative object, "widmete das Magazin Anna Berg …", a given name and a surname)
    doc = de("Im Mai widmete das Magazin Anna Berg eine ganze Ausgabe. Im Gespräch mit Anna Berg sagte Tom Roth, "
             "der Hafen werde geschlossen.")
    assert link_texts(doc, one(doc, "der Hafen werde geschlossen")) == []


def test_a_citing_phrase_of_the_speakers_own_material_after_the_cue_is_no_content() -> None:
    # (review of session 35: own material names no link, and the phrase stays out of what was said)
    doc = en("Harbor Radio reported, citing its own analysis, that the pier had collapsed.")
    a = one(doc, "the pier had collapsed")
    assert doc.span_text(a.content[0]) == "that the pier had collapsed" and link_texts(doc, a) == []
    doc = en("Harbor Radio reported, citing port officials, that the pier had collapsed.")
    assert link_texts(doc, one(doc, "the pier had collapsed")) == ["port officials"]
