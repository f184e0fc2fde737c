"""A German cue closing a fronted clause of circumstance ("Während die Sprecherin erklärt hatte, der
Weg werde frei, …"): its subject is the noun phrase after the subordinator, even where "während"
also reads as a preposition (sentences of our own; issue 7)."""

from __future__ import annotations

from tests.attribution_helpers import one, source_name

import sourcetrace
from sourcetrace.document import Document


def analyze(text: str) -> Document:
    return sourcetrace.analyze(text, date="2024-05-02", lang="de")


def test_the_subject_after_waehrend_reports_the_konjunktiv_clause() -> None:
    doc = analyze("Streit um die Brücke\n\nWährend die Sprecherin der Stadt erklärt hatte, der Weg werde bald wieder frei, "
                  "blieb die Baustelle über Wochen bestehen.")
    a = one(doc, "der Weg werde bald wieder frei")
    assert a.mode == "indirect"
    assert source_name(doc, a) == "Sprecherin der Stadt"


def test_a_named_person_after_waehrend_is_the_speaker_as_after_als() -> None:
    for opener in ("Während", "Als"):
        doc = analyze(f"Neue Pläne\n\n{opener} Anna Berger betont hatte, die Kosten seien gedeckt, stieg der Preis erneut.")
        a = one(doc, "die Kosten seien gedeckt")
        assert source_name(doc, a) == "Anna Berger"


def test_a_clause_of_circumstance_without_speech_reports_nothing() -> None:
    doc = analyze("Am Hafen\n\nWährend die Fähre gewartet hatte, blieb der Kai gesperrt. Danach fuhr sie ab.")
    assert not doc.attributions
