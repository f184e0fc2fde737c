"""German attributions and sources of session 25 (attr25de), on our own invented sentences: a tag
after an indicative clause and a Konjunktiv clause, a pluperfect tag after a clause with "weil",
a noun of a person of one gender that stands for the person named before it."""

from __future__ import annotations

from attribution_helpers import de, names, one, source_name, source_text


def test_tag_after_an_indicative_then_a_konjunktiv_clause_reports_the_konjunktiv_clause() -> None:
    doc = de("Der Sturm zog in der Nacht über das Tal. Teile der Halle standen unter Wasser, die ganze "
             "Fertigung ruhe vorerst, sagte eine Sprecherin des Herstellers.")
    a = one(doc, "Fertigung ruhe vorerst")
    assert doc.span_text(a.content[0]) == "die ganze Fertigung ruhe vorerst"
    assert a.rule.endswith("+konjunktiv_clause")
    assert source_text(doc, a) == "eine Sprecherin des Herstellers"


def test_first_person_clause_before_the_konjunktiv_clause_stays_in_the_content() -> None:
    doc = de("Der Rat tagte lange. Wir sind bereit, die Lage sei aber ernst, sagte der Bürgermeister.")
    a = one(doc, "Lage sei aber ernst")
    assert doc.span_text(a.content[0]).startswith("Wir sind bereit")
    assert "+konjunktiv_clause" not in a.rule


def test_a_single_konjunktiv_clause_keeps_its_tag() -> None:
    doc = de("Die Bahn meldete Verspätungen. Die Strecke sei wieder frei, sagte ein Sprecher der Bahn.")
    a = one(doc, "Strecke sei wieder frei")
    assert doc.span_text(a.content[0]) == "Die Strecke sei wieder frei"
    assert "+konjunktiv_clause" not in a.rule


def test_pluperfect_tag_after_a_konjunktiv_clause_with_weil() -> None:
    doc = de("Die Regierung legte einen Plan vor. Die Reform werde nicht scheitern, weil sonst das Bündnis "
             "zerbrechen würde, hatte Verkehrsministerin Petra Lindholm erklärt.")
    a = one(doc, "Reform werde nicht scheitern")
    assert a.rule.startswith("attr.indirect.de.postposed_aux")
    assert source_name(doc, a) == "Petra Lindholm"


def test_relative_clause_before_a_perfect_main_clause_is_no_claim() -> None:
    doc = de("Der Chef der Firma, der den Vertrag unterschrieben hatte, hat nun seinen Rückzug angekündigt.")
    assert doc.attributions == []


def test_boy_named_before_is_the_source_of_the_boy() -> None:
    doc = de("Jonas Keller, 14 Jahre alt, lebt seit einem Jahr in Graz. Die Schule sei schwer, aber er "
             "lerne schnell, erzählt der Bub. Später sagte Keller, er wolle Arzt werden.")
    a = one(doc, "Schule sei schwer")
    assert source_name(doc, a) == "Jonas Keller"
    assert names(doc) == ["Jonas Keller"]


def test_a_man_is_no_one_named_before() -> None:
    doc = de("Jonas Keller leitet die Schule. Ein Mann kam am Abend vorbei. Die Tür sei offen gewesen, "
             "erzählt der Mann.")
    a = one(doc, "Tür sei offen gewesen")
    assert source_name(doc, a) != "Jonas Keller"
