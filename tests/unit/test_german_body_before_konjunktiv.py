"""German: a body that opens the sentence right before a Konjunktiv sentence as the subject of an indicative
verb ("Die Landesregierung legte eine eigene Rechnung vor. Es fehle noch …") is the one whose speech the
Konjunktiv reports (`attr.continuation.de.konjunktiv+about`), like a person there; a modal of a demand after
the body ("Der Verein soll die Kosten tragen.") is part of the speech before, so the speaker stays."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_a_body_opening_the_sentence_before_speaks() -> None:
    doc = de("Der Bürgermeister sagte, die Brücke werde im Mai eröffnet. Die Kosten lägen im Rahmen. "
             "Die Landesregierung legte am Dienstag eine eigene Rechnung vor. Es fehle noch eine Million Euro.")
    a = one(doc, "Es fehle noch")
    assert a.rule == "attr.continuation.de.konjunktiv+about" and source_name(doc, a) == "Landesregierung"
    assert source_name(doc, one(doc, "Die Kosten lägen")) != "Landesregierung"


def test_a_body_before_a_modal_of_demand_keeps_the_speaker() -> None:
    said = "Der Landesrat Karl Vogt sagte, die Feuerwehr sei am Limit. "
    doc = de(said + "Die Stadtverwaltung soll die Kosten der neuen Wache tragen. Das sei auch vereinbart.")
    assert source_name(doc, one(doc, "Das sei auch vereinbart")) == "Karl Vogt"
    doc = de(said + "Die Stadtverwaltung trägt die Kosten der neuen Wache. Das sei auch vereinbart.")
    assert source_name(doc, one(doc, "Das sei auch vereinbart")) == "Stadtverwaltung"
