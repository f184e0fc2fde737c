"""German source names in the nominative (issue 7; sentences of our own): a source phrase in the
genitive or the dative plural is named by its nominative, the phrase as written an alias; an
according-to noun never opens a source's name; reports of the media at large are no recall of a
body's statement named before."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name

from sourcetrace.document import Document, Source
from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.case import nominative


def _source(doc: Document, name: str) -> Source:
    hits = [s for s in doc.sources if s.name == name]
    assert len(hits) == 1, [(s.name, s.aliases) for s in doc.sources]
    return hits[0]


def test_genitive_names_take_the_nominative_and_keep_the_phrase_as_alias() -> None:
    doc = de("Der Umbau des Hafens verzögert sich nach Angaben des Wirtschaftsministeriums um ein Jahr. "
             "Nach Einschätzung des regionalen Bauamts bleibt die Zufahrt geöffnet.")
    assert source_name(doc, one(doc, "verzögert sich")) == "Wirtschaftsministerium"
    assert "Wirtschaftsministeriums" in _source(doc, "Wirtschaftsministerium").aliases
    assert source_name(doc, one(doc, "bleibt die Zufahrt")) == "regionales Bauamt"
    assert "regionalen Bauamts" in _source(doc, "regionales Bauamt").aliases


def test_dative_plural_after_von_and_no_according_noun_in_the_name() -> None:
    doc = de("Nach Ansicht von Fachleuten ist der neue Tarif zu hoch.")
    assert source_name(doc, one(doc, "der neue Tarif")) == "Fachleute"
    assert "Fachleuten" in _source(doc, "Fachleute").aliases


def test_media_reports_stay_apart_from_a_body_named_before() -> None:
    doc = de("Nach Einschätzung des städtischen Forstamts ist der Wald gesund. Laut Medienberichten gibt es Ärger im Rathaus.")
    forst = _source(doc, "städtisches Forstamt")
    assert not any("Medienbericht" in a for a in forst.aliases)
    assert source_name(doc, one(doc, "Ärger im Rathaus")) != "städtisches Forstamt"


def _nom(text: str, name: str, known: tuple[str, ...] = ()) -> str | None:
    return nominative(text, name, lang("de"), lambda w: w in known)


def test_a_noun_with_s_in_the_nominative_keeps_it() -> None:
    assert _nom("Angaben des Kurs", "Kurs") is None
    assert _nom("Angaben des Hauses", "Hauses") is None  # "Haus" known neither to the lists nor to the text
    assert _nom("Angaben des Hauses", "Hauses", known=("Haus",)) == "Haus"
    assert _nom("Angaben des Bus", "Bus") is None


def test_no_gender_known_names_the_head_alone() -> None:
    # "Wachtrupp" ends in no head of a known gender: the adjective is dropped, the head named
    assert _nom("Aussagen des örtlichen Wachtrupps", "örtlichen Wachtrupps", known=("Wachtrupp",)) == "Wachtrupp"
    assert _nom("Aussagen des Bayerischen Landesrats", "Bayerischen Landesrats") == "Bayerischer Landesrat"


def test_other_cases_and_unknown_plurals_stay_as_written() -> None:
    assert _nom("Angaben der Stadtverwaltung", "Stadtverwaltung") is None  # a feminine genitive has no ending
    assert _nom("nach Ansicht von Kollegen", "Kollegen", known=("Kollege",)) is None  # a singular, no plural
    assert _nom("mit Anwohnern", "Anwohnern", known=("Anwohner",)) == "Anwohner"
    assert _nom("mit Anwohnern", "Anwohnern") == "Anwohner"  # a plural of the word lists
    assert _nom("mit Gärtnern", "Gärtnern") is None  # a plural neither the lists nor the text know
    assert _nom("das Verkehrsamt", "Verkehrsamt") is None
