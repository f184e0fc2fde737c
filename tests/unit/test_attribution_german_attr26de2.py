"""German attributions of session 26, second wave (attr26de2), on our own invented sentences: a
reflexive "sich ergeben" names a result, no report, so continued speech goes on through it; a claim
before a postposed tag that opens with "Um" as a preposition, or with a clause of circumstance
followed by its main clause, is a claim."""

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


def test_claim_opening_with_the_preposition_um_before_a_tag() -> None:
    doc = de("Die Schule nimmt viele neue Kinder auf. Um die meisten dieser Kinder müssten sich Lehrer nicht "
             "eigens kümmern, sagt die Ärztin.")
    a = one(doc, "eigens kümmern")
    assert a.rule == "attr.indirect.de.postposed"
    assert doc.span_text(a.content[0]) == "Um die meisten dieser Kinder müssten sich Lehrer nicht eigens kümmern"
    assert source_text(doc, a) == "die Ärztin"


def test_no_claim_of_a_purpose_clause_with_zu_before_a_tag() -> None:
    doc = de("Die Stadt plant neue Wege. Um die Kinder zu schützen, sagt die Ärztin, braucht es mehr Ampeln.")
    assert not any(doc.span_text(a.content[0]).startswith("Um die Kinder") for a in doc.attributions)
    doc = de("Die Stadt plant neue Wege. Um früher anzufangen, erklärte der Planer am Montag.")
    assert not any(doc.span_text(a.content[0]).startswith("Um früher") for a in doc.attributions)


def test_clause_of_circumstance_with_its_main_clause_before_a_tag_is_a_claim() -> None:
    doc = de("Der Prozess ging weiter. Nachdem der Wagen gehalten hatte, sei der Fahrer sofort geflohen, sagte die Zeugin.")
    a = one(doc, "sofort geflohen")
    assert a.rule == "attr.indirect.de.postposed"
    assert doc.span_text(a.content[0]).startswith("Nachdem der Wagen gehalten hatte")
    assert source_text(doc, a) == "die Zeugin"


def test_clause_of_circumstance_alone_before_a_tag_is_no_claim() -> None:
    doc = de("Der Prozess ging weiter. Während die Verteidigung schwieg, forderte die Anklägerin eine Haftstrafe.")
    assert not any(doc.span_text(a.content[0]).startswith("Während") for a in doc.attributions)
