"""German: a claim that opens with a free relative clause ("Was dort geschieht, das ist rechtswidrig,
sagte X") is X's, the relative clause no subject of the closing tag; sentences of our own."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_a_free_relative_then_das_before_a_closing_tag_is_the_speakers_claim() -> None:
    doc = de("Was die Stadt jetzt plant, das ist ein großer Fehler, sagte die Stadträtin Eva Berg.")
    a = one(doc, "großer Fehler")
    assert a.rule.startswith("attr.indirect.de.postposed") and source_name(doc, a) == "Eva Berg"
    assert doc.span_text(a.content[0]) == "Was die Stadt jetzt plant, das ist ein großer Fehler"


def test_a_clause_of_circumstance_before_a_closing_tag_claims_nothing() -> None:
    # counter-example: "nachdem" opens a circumstance, and no main clause follows it before the tag
    doc = de("Nachdem die Stadt den Plan vorgelegt hatte, sagte die Stadträtin Eva Berg nichts mehr.")
    assert not any("Plan vorgelegt" in doc.span_text(c) for a in doc.attributions for c in a.content)
