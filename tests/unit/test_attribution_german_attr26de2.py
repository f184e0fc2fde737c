"""German attributions of session 26, second wave (attr26de2), on our own invented sentences: a
reflexive "sich ergeben" names a result, no report, so continued speech goes on through it."""

from __future__ import annotations

from attribution_helpers import de, one, source_text


def test_reflexive_ergeben_is_no_report_and_speech_goes_on() -> None:
    doc = de("Der Rat tagt im Mai. Laut dem Kämmerer droht ein Defizit. Dies ergebe sich aus dem Haushalt.")
    a = one(doc, "ergebe sich")
    assert a.mode == "continuation"
    assert a.rule == "attr.continuation.de.konjunktiv+inherit"
    assert source_text(doc, a) == "dem Kämmerer"


def test_ergeben_with_a_clause_still_reports() -> None:
    doc = de("Die Schule wurde befragt. Die Umfrage ergab, dass die meisten Eltern zufrieden sind.")
    a = one(doc, "die meisten Eltern")
    assert a.mode == "indirect"
    assert source_text(doc, a) == "Die Umfrage"
