"""Temporal expressions of our own, resolved against a given article date."""

from __future__ import annotations

import pytest
from tests.conftest import analyze

# Sunday 13 October 2024
CASES = [
    ("Der Minister trat am Samstag zurück.", "Samstag", "2024-10-12"),
    ("Die Sitzung findet am Dienstag statt.", "Dienstag", "2024-10-15"),
    ("In der vergangenen Woche gab es Proteste.", "der vergangenen Woche", "2024-W40"),
    ("Der Vertrag wurde im März unterzeichnet.", "März", "2024-03"),
    ("Die Wahl findet im März statt, sagte sie.", "März", "2024-03"),
    ("Im Frühjahr wurden die Raketen geliefert.", "Frühjahr", "2024-SP"),
    ("Ab dem Jahreswechsel 2025 gilt das Gesetz.", "Jahreswechsel 2025", "2025-01-01"),
    ("Das Treffen am 13. Oktober 2024 verlief ruhig.", "13. Oktober 2024", "2024-10-13"),
    ("Das Treffen ist am 20. Oktober geplant.", "20. Oktober", "2024-10-20"),
    ("Seit zweieinhalb Jahren dauert der Krieg.", "zweieinhalb Jahren", "P2.5Y"),
    ("Vor zwei Wochen begann der Streik.", "Vor zwei Wochen", "2024-W39"),
    ("Die Zahlen stammen aus dem Jahr 2019.", "Jahr 2019", "2019"),
    ("Er kam gestern Abend an.", "gestern Abend", "2024-10-12TEV"),
    ("Die Sitzung beginnt um 14.30 Uhr.", "14.30 Uhr", "2024-10-13T14:30"),
    ("Die Messe findet jährlich statt.", "jährlich", "P1Y"),
    ("The deal was signed on October 9, 2024.", "October 9, 2024", "2024-10-09"),
    ("The minister resigned last week.", "last week", "2024-W40"),
    ("Prices rose in the 1990s.", "1990s", "199"),
]


@pytest.mark.parametrize(("text", "expr", "value"), CASES)
def test_timex_value(text: str, expr: str, value: str) -> None:
    doc = analyze(text)
    found = {doc.span_text(t.span): t.value for t in doc.timexes}
    assert any(expr in k or k in expr for k in found), found
    assert value in found.values(), found


def test_ages_are_no_durations() -> None:
    doc = analyze("Der 16 Jahre alte Schüler wurde verletzt.")
    assert doc.timexes == []


def test_inferred_article_date_marks_its_values() -> None:
    import sourcetrace

    doc = sourcetrace.analyze("Am 3. Mai 2021 kam es zu Protesten. Am Samstag gab es neue Demonstrationen.")
    assert doc.date is not None and doc.date.origin == "inferred"
    assert all("inferred_anchor" in t.rule for t in doc.timexes)
