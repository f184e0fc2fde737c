"""Chains (via): agencies, outlets, documents and statements between the origin of a claim and
the article (sentences of our own; issue 7)."""

from __future__ import annotations

import sourcetrace
from sourcetrace.document import Attribution, Document


def analyze(text: str, lang: str | None = None) -> Document:
    return sourcetrace.analyze(text, date="2024-10-13", lang=lang)


def only(doc: Document) -> Attribution:
    assert len(doc.attributions) == 1, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    return doc.attributions[0]


def links(a: Attribution) -> list[tuple[str, str]]:
    return [(v.name, v.position) for v in a.via]


def test_told_an_agency() -> None:
    a = only(analyze("A senior engineer told Reuters that the dam had cracked.", lang="en"))
    assert links(a) == [("Reuters", "downstream")]


def test_document_seen_by_an_outlet() -> None:
    doc = analyze("According to a draft audit seen by the Guardian, the agency missed its targets.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "the agency missed its targets"
    assert a.source_span is not None and doc.span_text(a.source_span) == "a draft audit"
    assert links(a) == [("The Guardian", "downstream")]


def test_document_held_by_an_outlet_de() -> None:
    doc = analyze("Laut einem Prüfbericht, der dem «Spiegel» vorliegt, fehlen dem Amt Millionen.")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "fehlen dem Amt Millionen"
    assert links(a) == [("Spiegel", "downstream")]


def test_agency_reporting_the_report() -> None:
    doc = analyze("Die Polizei sagte, der Täter sei nach Süden geflohen, berichtete die Nachrichtenagentur dpa.")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "der Täter sei nach Süden geflohen"
    assert [v.name for v in a.via] == ["dpa"]


def test_agency_reporting_the_report_en() -> None:
    doc = analyze("Prosecutors said the suspect had fled to the south, the Associated Press reported.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "the suspect had fled to the south"
    assert [v.position for v in a.via] == ["downstream"]


def test_relying_on_a_source_de() -> None:
    doc = analyze("Die Zeitung beruft sich auf Regierungskreise, wonach der Plan gescheitert sei. Man habe keine Mehrheit.")
    first, cont = doc.attributions
    assert first.source_span is not None and doc.span_text(first.source_span) == "Regierungskreise"
    assert links(first) == [("Zeitung", "downstream")]
    assert cont.mode == "continuation" and cont.source == first.source and links(cont) == links(first)


def test_interview_with_a_quoted_outlet_name_de() -> None:
    doc = analyze("Im Gespräch mit dem «Spiegel» erklärte die Ministerin, man werde sparen.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "die Ministerin"
    assert doc.span_text(a.content[0]) == "man werde sparen"
    assert [v.name for v in a.via] == ["Spiegel"]


def test_on_request_of_an_agency_de() -> None:
    a = only(analyze("Der Minister sagte auf Anfrage der Deutschen Presse-Agentur, die Steuern würden steigen."))
    assert [v.position for v in a.via] == ["downstream"]
