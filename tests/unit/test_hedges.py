"""The hedge test set: German and English sentences of our own (tests/fixtures/hedges.tsv)."""

from __future__ import annotations

import csv

import pytest
from tests.conftest import FIXTURES, analyze

ROWS = list(csv.reader((FIXTURES / "hedges.tsv").open(encoding="utf-8"), delimiter="\t"))[1:]


@pytest.mark.parametrize(("sentence", "expected", "status"), ROWS)
def test_hedge_set(sentence: str, expected: str, status: str) -> None:
    doc = analyze(sentence)
    found = sorted(doc.span_text(h.span) for h in doc.hedges)
    assert found == sorted(x for x in expected.split("|") if x)
    assert doc.claims[0].status == status


@pytest.mark.parametrize(("sentence", "status", "cue", "rule"), [
    ("Der Sprecher dementierte die Vorwürfe.", "denied", "dementierte", "status.denial"),
    ("The figure is disputed by economists.", "disputed", "disputed", "status.dispute"),
    ("The army confirmed the attack on Tuesday.", "confirmed", "confirmed", "status.confirmation"),
])
def test_status_cue_is_recorded_not_a_hedge(sentence: str, status: str, cue: str, rule: str) -> None:
    doc = analyze(sentence)
    claim = doc.claims[0]
    assert (claim.status, claim.status_rule) == (status, rule)
    assert claim.status_cue is not None and doc.span_text(claim.status_cue) == cue
    assert doc.hedges == []


@pytest.mark.parametrize(("sentence", "content"), [
    ("Der Bürgermeister wies zurück, dass er Spenden angenommen habe.", "dass er Spenden angenommen habe"),
    ("Die Reederei bestreitet, dass das Schiff überladen war.", "dass das Schiff überladen war"),
    ("Der Bürgermeister wies die Vorwürfe, er habe Spenden angenommen, entschieden zurück.", "er habe Spenden angenommen"),
])
def test_what_a_verb_of_denial_introduces_is_denied(sentence: str, content: str) -> None:
    doc = analyze(sentence)
    assert [(doc.span_text(a.content[0]), a.status) for a in doc.attributions] == [(content, "denied")]


def test_a_separable_verb_denies_only_with_its_own_particle() -> None:
    doc = analyze("Der Bürgermeister wies darauf hin, dass die Brücke gesperrt sei.")
    assert [a.status for a in doc.attributions] == ["attributed"]


def test_hedged_attribution_keeps_its_hedge() -> None:
    doc = analyze("Die Polizei sagte, der Täter könnte ins Ausland geflohen sein.")
    hedged = [a for a in doc.attributions if a.hedges]
    assert hedged and doc.span_text(doc.hedges[hedged[0].hedges[0]].span) == "könnte"
    assert hedged[0].status == "hedged"


@pytest.mark.parametrize(("sentence", "cue", "kind"), [
    ("Er gilt als möglicher Nachfolger.", "gilt als", "reputation"),
    ("The governor is seen as a moderate.", "is seen as", "reputation"),
    ("Der Anstieg scheint gestoppt.", "scheint", "inference"),
    ("The new data suggests that the outbreak began earlier.", "suggests that", "inference"),
    ("Die Preise dürften weiter steigen.", "dürften", "epistemic"),
])
def test_hedge_kind(sentence: str, cue: str, kind: str) -> None:
    doc = analyze(sentence)
    assert [(doc.span_text(h.span), h.kind) for h in doc.hedges] == [(cue, kind)]
    assert doc.claims[0].status == "hedged"


@pytest.mark.parametrize(("text", "hedges"), [
    # after a sentence that names demands, "soll" of a present infinitive is one more demand
    ("Der Verband nannte seine Forderungen. Vor allem sollen die Verträge kürzer werden. "
     "Die Mitglieder sollen jederzeit kündigen können.", []),
    ("Der Verband nannte seine Forderungen. Der Kassier soll Geld veruntreut haben.", ["soll"]),  # hearsay stays
    # "sollte" of a forecast, not beside a demand, not as "if"
    ("Die Mieten sollten im Herbst weiter steigen, sagt die Maklerin.", ["sollten"]),
    ("Die Löhne sollten steigen, verlangt die Gewerkschaft.", []),
    ("Sollten die Mieten steigen, zieht sie aus.", []),
    # a verb of judging after the negation: unverified with an impersonal subject only
    ("Ob die Lieferung vollständig ist, kann man derzeit nicht sagen.", ["nicht sagen"]),
    ("Er wollte nicht sagen, wer gewonnen hat.", []),
])
def test_demands_forecasts_and_impersonal_negations(text: str, hedges: list[str]) -> None:
    doc = analyze(text)
    assert [doc.span_text(h.span) for h in doc.hedges] == hedges
