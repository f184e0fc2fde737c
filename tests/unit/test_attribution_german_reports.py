"""German subjectless reports ("hieß es …"; sentences of our own, issue 7): the phrases around
the cue name the source, the text it stands in and the links of the chain, and are no part of
the claim."""

from __future__ import annotations

from tests.attribution_helpers import one, source_text

import sourcetrace
from sourcetrace.document import Document


def analyze(text: str) -> Document:
    return sourcetrace.analyze(text, date="2024-10-13", lang="de")


def test_a_request_by_an_agency_before_the_source_is_a_link_not_content() -> None:
    doc = analyze("Von Berger war keine Bestätigung zu erhalten. Allerdings hieß es auf Anfrage der APA aus seinem Büro: "
                  "Dass ihn das Amt reizt, ist kein Geheimnis.")
    a = one(doc, "ihn das Amt reizt")
    assert doc.span_text(a.content[0]) == "Dass ihn das Amt reizt, ist kein Geheimnis"
    assert source_text(doc, a) == "seinem Büro"
    assert [v.name for v in a.via] == ["APA"]


def test_the_source_is_the_phrase_after_the_cue_not_one_inside_the_claim() -> None:
    doc = analyze("Die Lieferungen aus der Türkei seien verspätet, hieß es aus dem Ministerium.")
    a = one(doc, "Lieferungen")
    assert source_text(doc, a) == "dem Ministerium"
    doc = analyze("Das Kind war bei der Rettung aus dem Wasser bewusstlos, hieß es am Freitag seitens der Pressestelle des Klinikums.")
    assert source_text(doc, one(doc, "Rettung")) == "der Pressestelle des Klinikums"
    doc = analyze("Es habe Kontrollen gegeben, hieß es dazu von der Hafenpolizei.")
    assert source_text(doc, one(doc, "Kontrollen")) == "der Hafenpolizei"


def test_the_claim_follows_an_inverted_cue_and_its_phrases() -> None:
    doc = analyze("Denn überraschend hieß es zu Mittag in Brüssel aus der EU-Kommission, dass dies in Ordnung sei.")
    a = one(doc, "in Ordnung")
    assert doc.span_text(a.content[0]) == "dass dies in Ordnung sei"
    assert source_text(doc, a) == "der EU-Kommission"


def test_a_text_named_before_or_after_the_cue_is_the_source() -> None:
    doc = analyze("In einer Erklärung der Außenminister vom Dienstag hatte es geheißen: «Die Gewalt muss enden.»")
    a = one(doc, "Die Gewalt muss enden")
    assert a.mode == "direct" and source_text(doc, a) == "einer Erklärung der Außenminister"
    doc = analyze("Die Filialen setzten die Preise um, heißt es in der BWB-Analyse.")
    assert source_text(doc, one(doc, "Filialen")) == "der BWB-Analyse"
    doc = analyze("Es sei unentschuldbar, Zivilisten anzugreifen, hieß es in einer am Donnerstag in Genf verbreiteten Erklärung des Generalsekretärs.")
    assert source_text(doc, one(doc, "unentschuldbar")) == "Erklärung des Generalsekretärs"


def test_a_place_after_the_cue_is_no_source() -> None:
    doc = analyze("Die Woche werde nachgeholt, hieß es in Berlin.")
    a = one(doc, "Die Woche werde nachgeholt")
    assert source_text(doc, a) is None
