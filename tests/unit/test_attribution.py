"""Attribution rules on sentences of our own (German and English)."""

from __future__ import annotations

import pytest
from tests.conftest import analyze

CASES = [
    # text, mode, source text, cue text, content starts with
    ("Laut Polizei wurden drei Menschen verletzt.", "according_to", "Polizei", "Laut", "wurden drei"),
    ("Drei Menschen wurden laut der Feuerwehr verletzt.", "according_to", "der Feuerwehr", "laut", "Drei Menschen"),
    ("Einem Bericht der Stadtverwaltung zufolge ist die Brücke marode.", "according_to", "Einem Bericht der Stadtverwaltung", "zufolge", "ist die Brücke"),
    ("Die Ministerin sagte am Montag, die Lage sei ernst.", "indirect", "Die Ministerin", "sagte", "die Lage sei ernst"),
    ("Am Montag erklärte der Sprecher Hans Frei, man prüfe alle Optionen.", "indirect", "der Sprecher Hans Frei", "erklärte", "man prüfe"),
    ("Die Lage sei ernst, schreibt die Zeitung «Der Bund».", "indirect", "die Zeitung «Der Bund»", "schreibt", "Die Lage sei ernst"),
    ("Die Preise steigen weiter, wie mehrere Ökonomen sagen.", "indirect", "mehrere Ökonomen", "sagen", "Die Preise steigen"),
    ("«Wir werden nicht aufgeben», sagte die Trainerin Maria Roth.", "direct", "die Trainerin Maria Roth", "sagte", "Wir werden nicht aufgeben"),
    ("„Das ist ein guter Tag für die Stadt“, so Roth.", "direct", "Roth", "so", "Das ist ein guter Tag"),
    ("The minister said on Monday that the plan would go ahead.", "indirect", "The minister", "said", "that the plan"),
    ("According to the police, three people were injured.", "according_to", "the police", "According to", "three people"),
    # an English quotation without its marks (the seed gold's style; PolNeAR's conventions keep them)
    ('"We will not give up," said coach Maria Roth.', "direct", "coach Maria Roth", "said", "We will not give up"),
]


@pytest.mark.parametrize(("text", "mode", "source", "cue", "content"), CASES)
def test_attribution(text: str, mode: str, source: str, cue: str, content: str) -> None:
    doc = analyze(text)
    assert doc.attributions, f"no attribution in {text!r}"
    a = doc.attributions[0]
    assert a.mode == mode
    assert a.source_span is not None and doc.span_text(a.source_span) == source
    assert a.cue is not None and doc.span_text(a.cue) == cue
    assert doc.span_text(a.content[0]).startswith(content)


def test_anaphoric_cue_takes_the_sentence_before() -> None:
    doc = analyze("Die Fabrik soll geschlossen werden. Das berichtet die «Neue Zeitung» unter Berufung auf Insider.")
    (a,) = doc.attributions
    assert doc.span_text(a.content[0]) == "Die Fabrik soll geschlossen werden"
    assert [v.name for v in a.via] == ["Insider"]
    src = doc.source_by_id(a.source or "")
    assert src is not None and src.name == "Neue Zeitung" and src.type == "media"


def test_continuation_inherits_the_last_source() -> None:
    doc = analyze("Die Ministerin sagte, die Lage sei ernst. Man habe aber einen Plan. Das Wetter ist schön.")
    modes = [a.mode for a in doc.attributions]
    assert modes == ["indirect", "continuation"]
    assert doc.attributions[1].source == doc.attributions[0].source


def test_untagged_quote_keeps_the_previous_speaker() -> None:
    doc = analyze("«Wir sind bereit», sagte die Trainerin Maria Roth. «Die Mannschaft hat hart gearbeitet und freut sich.»")
    assert [a.mode for a in doc.attributions] == ["direct", "direct"]
    assert doc.attributions[1].source == doc.attributions[0].source


def test_names_in_quotes_are_not_quotations() -> None:
    doc = analyze("Das «Centre for Harbour and Coast Studies» hat einen neuen Sitz.")
    assert doc.attributions == []


def test_coordinated_sources_are_two() -> None:
    doc = analyze("Nach dem Angriff meldeten sowohl deutsche als auch französische Behörden, dass niemand verletzt worden sei.")
    names = sorted(s.name for s in doc.sources)
    assert names == ["deutsche Behörden", "französische Behörden"]


def test_chain_via_a_newspaper_and_an_agency() -> None:
    doc = analyze("«Die Lage ist ernst», erklärt Anna Beispiel, Professorin an der Universität Bern, im Gespräch mit der Nachrichtenagentur AFP.")
    (a,) = doc.attributions
    assert [v.name for v in a.via] == ["AFP"]
    src = doc.source_by_id(a.source or "")
    assert src is not None and src.name == "Anna Beispiel" and src.type == "person"
    assert src.distance == 1


def test_transliterations_resolve_to_one_person() -> None:
    doc = analyze("Außenminister Sergej Lawrow sagte, die Gespräche gingen weiter.\nForeign Minister Sergey Lavrov said the talks would go on.")
    people = [s for s in doc.sources if s.type == "person"]
    assert len(people) == 1


def test_speech_named_not_quoted_is_reported() -> None:
    doc = analyze("Die Polizei sprach von einer weitgehend friedlichen Demonstration.")
    (a,) = doc.attributions
    assert a.rule.endswith(".reported.spoken_of")
    assert doc.span_text(a.source_span) == "Die Polizei"  # type: ignore[arg-type]
    assert doc.span_text(a.content[0]) == "von einer weitgehend friedlichen Demonstration"


def test_own_statement_resolves_to_the_subject() -> None:
    doc = analyze("Nach eigenen Angaben kaufte die Beispiel AG die Daten für 600 Franken.")
    (a,) = doc.attributions
    assert doc.span_text(a.source_span) == "eigenen Angaben"  # type: ignore[arg-type]
    src = doc.source_by_id(a.source or "")
    assert src is not None and (src.name, src.type) == ("Beispiel AG", "company")


def test_own_statement_after_a_conjunction_and_a_verb_does_not_fail() -> None:
    # the sentence opens with "So" and a verb: no subject before "nach", and no crash
    doc = analyze("So konnte sie nach eigenen Angaben die Konten der Firma einsehen.")
    (a,) = doc.attributions
    assert doc.span_text(a.source_span) == "eigenen Angaben"  # type: ignore[arg-type]


def test_circumstance_clauses_are_not_content() -> None:
    doc = analyze("Die Behörde informierte die Öffentlichkeit, nachdem die Zahlen bekannt geworden waren.")
    assert doc.attributions == []


def test_source_resolution_does_not_import_the_attribution_rules() -> None:
    """steps.attribution uses steps.sources, never the other way round (no import cycle)."""
    import subprocess
    import sys

    code = "import sys, sourcetrace.steps.sources; print('sourcetrace.steps.attribution' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
