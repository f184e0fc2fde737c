"""German cues of a judgement and a calculation, with sentences of our own (issue 7): "befinden" as a
closing tag ("…, befand der Landesrat") reports a view, but "sich befinden" is where something is
(lexicon cue_not_before); "berechnen" as a closing tag ("…, berechnet der Gutachter aus einem Test")
reports a result, while a passive or an object of the verb ("Die Gebühr berechnete die Gemeinde nach
der Fläche") reports no one's word (cues.json object_then_konjunktiv; lexicon reported_exclude)."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_befand_as_a_closing_tag_reports_a_view() -> None:
    doc = de("Die Zeit der großen Zuwächse ist vorbei, weil das Geld fehlt, befand der Landesrat Peter Moser.")
    a = one(doc, "großen Zuwächse")
    assert a.rule.startswith("attr.indirect.de.postposed") and source_name(doc, a) == "Peter Moser"


def test_sich_befinden_is_a_place_not_a_view() -> None:
    doc = de("Das Lager befindet sich am Stadtrand. Die Akten befanden sich im Keller des Amtes.")
    assert doc.attributions == []


def test_berechnet_as_a_closing_tag_reports_a_result() -> None:
    doc = de("Der Lenker hatte zur Unfallzeit rund zwei Promille, berechnet der Gutachter Karl Huber aus einem Bluttest.")
    a = one(doc, "zwei Promille")
    assert a.rule.startswith("attr.indirect.de.postposed") and source_name(doc, a) == "Karl Huber"


def test_a_fee_calculated_is_no_ones_word() -> None:
    doc = de("Die Kosten werden nach dem Verbrauch berechnet. Die Gebühr berechnete die Gemeinde nach der Fläche.")
    assert doc.attributions == []
    # nor is a calculation with its object a speech act reported without a clause (lexicon reported_exclude)
    doc = de("Der Forscher berechnet das Wahlverhalten der Bürger anhand der Stahlerzeugung im Land.")
    assert doc.attributions == []
