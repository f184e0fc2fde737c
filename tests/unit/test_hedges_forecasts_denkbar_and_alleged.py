"""Hedges of forecasts and likelihood (issue 7; sentences of our own): a fronted infinitive of a forecast
before "sollten", predicative "denkbar", the superlative "wahrscheinlichste" and a negated "sound like"
are hedges; a demand with "sollten", an intensifying or negated "denkbar" are not, nor "alleged" as a verb."""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_cues

import sourcetrace


@pytest.mark.parametrize(("text", "lang", "cue"), [
    ("Deutlich sinken sollten ab dem Herbst die Heizkosten.", "de", "sollten"),
    ("Nach den Berechnungen sind zwei Szenarien denkbar – ein schwaches und ein starkes.", "de", "denkbar"),
    ("Es hieß, eine Senkung der Gebühren sei ab 2028 denkbar.", "de", "denkbar"),
    ("Die derzeit wahrscheinlichste Variante: Die Gebühr sinkt.", "de", "wahrscheinlichste"),
    ("It doesn\u2019t sound like the mayor knows what she will do next.", "en", "It doesn\u2019t sound like"),
])
def test_hedges(text: str, lang: str, cue: str) -> None:
    assert cue in hedge_cues(text, lang)


@pytest.mark.parametrize("text", [
    "Die Mieter fordern, dass die Mieten sinken sollten.",  # a demand
    "Das Ergebnis fiel denkbar knapp aus.",  # an intensifier
    "Das ist kaum denkbar.",
])
def test_no_hedge(text: str) -> None:
    assert not [c for c in hedge_cues(text, "de") if c in ("sollten", "denkbar")]


def test_alleged_as_a_verb_is_no_hedge() -> None:
    text = "The tenant alleged in a letter that the owner cheated, and the alleged damage was shown."
    doc = sourcetrace.analyze(text, date="2026-03-10", lang="en")
    assert [h.span.start for h in doc.hedges] == [text.index("alleged damage")]
