"""German chains (via) and nested speech, with sentences of our own (issue 7):

- "…, sagte der Chef der Agentur, Paul Green, der Zeitung X [laut Vorausbericht].": the medium in the
  dative after the speaker's apposition is a link, also before the author's own according-to phrase;
- "X gab bekannt, dass …, sagte Y." / "X habe gesagt, dass …, betonte Y.": two claims, Y's (the main
  clause) and X's (the complement clause, relayed by Y; attr.indirect.de.nested_tag);
- a role noun in the genitive ("nach den Worten des Außenministers") is the person named with it."""

from __future__ import annotations

from tests.attribution_helpers import de, link_names, one, source_name


def test_a_medium_told_after_the_speakers_apposition_is_a_link() -> None:
    doc = de("Die Werke sollen bis 2030 erneuert werden, sagte der Chef der Förderagentur, Paul Green, "
             "der Welt am Sonntag laut Vorausbericht.")
    a = one(doc, "erneuert werden")
    assert source_name(doc, a) == "Paul Green"
    assert "Welt am Sonntag" in link_names(a)


def test_a_closing_tag_after_a_report_with_its_own_clause_makes_two_claims() -> None:
    doc = de("Die Stadtregierung gab noch vor der Sitzung bekannt, dass sie den neuen Plan nicht unterstützen werde, "
             "sagte Bürgermeister Karl Wendt.")
    outer = one(doc, "gab noch vor der Sitzung bekannt")
    assert outer.rule == "attr.indirect.de.nested_tag" and source_name(doc, outer) == "Karl Wendt"
    assert doc.span_text(outer.content[0]) == "Die Stadtregierung gab noch vor der Sitzung bekannt"
    inner = one(doc, "den neuen Plan")
    assert inner.rule == "attr.indirect.de.nested_tag+inner" and source_name(doc, inner) == "Stadtregierung"
    assert doc.span_text(inner.content[0]) == "dass sie den neuen Plan nicht unterstützen werde"
    assert "Karl Wendt" in link_names(inner)


def test_a_closing_tag_after_a_reported_perfect_makes_two_claims() -> None:
    doc = de("Der Minister habe bei seinem Besuch selbst gesagt, dass die Reform kommen müsse, betonte der Sprecher Hans Wolf.")
    inner = one(doc, "die Reform kommen müsse")
    assert inner.rule == "attr.indirect.de.nested_tag+inner"
    assert "Hans Wolf" in link_names(inner)
    outer = one(doc, "bei seinem Besuch")
    assert source_name(doc, outer) == "Hans Wolf" and "Reform" not in doc.span_text(outer.content[0])


def test_no_nested_claim_without_a_report_or_in_the_first_person() -> None:
    # a view without a speech verb, and a speaker's own words in the first person: one claim, the tag's
    doc = de("Die Stadt finde es seltsam, dass der Plan so spät komme, sagte Bürgermeister Karl Wendt.")
    assert [a.rule for a in doc.attributions if a.rule.startswith("attr.indirect.de.nested_tag")] == []
    doc = de("Wir haben immer gesagt, dass der Plan zu spät kommt, sagte Bürgermeister Karl Wendt.")
    assert [a.rule for a in doc.attributions if a.rule.startswith("attr.indirect.de.nested_tag")] == []


def test_a_role_in_the_genitive_is_the_person_named_with_that_role() -> None:
    doc = de("Norwegens Außenminister Lars Berg besuchte am Montag Riga. "
             "Nach den Worten des norwegischen Außenministers bleibe die Zusammenarbeit eng.")
    a = one(doc, "Zusammenarbeit")
    assert source_name(doc, a) == "Lars Berg"
    # counter-example: the owner of a spokeswoman in the genitive stays part of her description
    doc = de("Die Sprecherin des deutschen Finanzministers sagte, die Zahlen seien vorläufig.")
    a = one(doc, "vorläufig")
    assert source_name(doc, a) != "Sprecherin deutschen Finanzministers"
