"""Chains through the press by family (issue 7, session 13; sentences of our own, as in
benchmarks/chaindev/families.json): the one a medium cites in its apposition or after an
according-to phrase, a person quoted with the place after the noun, a document named again by
its kind, the text an agency quotes from, a show's title after its noun, a medium told after
"so X" or "Das sagte X"."""

from __future__ import annotations

from tests.attribution_helpers import chain_links, one, source_text

import sourcetrace
from sourcetrace.document import Document


def analyze(text: str, lang: str) -> Document:
    return sourcetrace.analyze(text, date="2024-06-01", lang=lang)


def test_citing_people_with_their_place_is_no_content_en() -> None:
    doc = analyze("The bank will raise rates, the Journal said, citing unnamed officials at the central bank.", "en")
    a = one(doc, "raise rates")
    assert [doc.span_text(c) for c in a.content] == ["The bank will raise rates"]
    assert [p for _, p in chain_links(a)] == ["upstream"] and "officials" in a.via[0].name
    doc = analyze("According to the Herald, citing two officials at the ministry, the mine will close.", "en")
    a = one(doc, "the mine will close")
    assert len(doc.attributions) == 1 and doc.span_text(a.content[0]) == "the mine will close"
    assert source_text(doc, a) == "the Herald" and [p for _, p in chain_links(a)] == ["upstream"]


def test_a_medium_citing_in_its_apposition_en() -> None:
    doc = analyze("The Herald, citing two police officers, reported that the suspect had fled abroad.", "en")
    a = one(doc, "fled abroad")
    assert source_text(doc, a) == "The Herald" and [p for _, p in chain_links(a)] == ["upstream"] and "officers" in a.via[0].name
    # a person's apposition cites no one for a medium: "citing" there gives a reason
    doc = analyze("The mayor, citing the storm, said the market would close early.", "en")
    assert one(doc, "market would close").via == []


def test_quoted_with_a_place_after_the_noun_en() -> None:
    doc = analyze("The Tribune quoted a nurse at the clinic as saying the ward was full.", "en")
    a = one(doc, "ward was full")
    assert source_text(doc, a) == "a nurse at the clinic" and chain_links(a) == [("Tribune", "downstream")]


def test_citing_a_count_of_people_de() -> None:
    doc = analyze("Der Minister will zurücktreten, wie die Agentur Reuters unter Berufung auf zwei Beamte meldet.", "de")
    assert [p for _, p in chain_links(one(doc, "Minister will zurücktreten"))] == ["upstream"]


def test_laut_a_report_citing_someone_is_one_claim_de() -> None:
    doc = analyze("Laut einem Bericht der «Hafenpost» unter Berufung auf Regierungskreise will der Minister zurücktreten.", "de")
    a = one(doc, "Minister zurücktreten")
    assert len(doc.attributions) == 1 and doc.span_text(a.content[0]) == "will der Minister zurücktreten"
    assert chain_links(a) == [("Regierungskreise", "upstream")]


def test_a_document_named_again_by_its_kind_keeps_its_chain() -> None:
    doc = analyze("Die Firma habe nie gezahlt, heißt es in dem Urteil, das der APA vorliegt. Das Gericht tagte zwei Tage. "
                  "Der Kläger hat laut Urteil keine Frist versäumt.", "de")
    a = one(doc, "keine Frist")
    assert chain_links(a) == [("APA", "downstream")] and a.rule.endswith("+recalled_document")
    doc = analyze("Laut einem Bericht der «Hafenpost» unter Berufung auf das Innenministerium stieg die Zahl der Einbrüche. "
                  "Dem Bericht vom Donnerstag zufolge sind vor allem Dörfer betroffen.", "de")
    a = one(doc, "Dörfer betroffen")
    assert source_text(doc, a) == "Dem Bericht" and chain_links(a) == [("Innenministerium", "upstream")]
    doc = analyze("A report by the Herald, citing two officials, says the mine will close. According to the report, 300 jobs are at risk.", "en")
    assert [p for _, p in chain_links(one(doc, "300 jobs"))] == ["upstream"]
    # a report never named before carries nothing
    doc = analyze("Die Polizei nannte keine Zahlen. Laut Bericht wurden drei Menschen verletzt.", "de")
    assert one(doc, "drei Menschen").via == []


def test_an_agency_quoting_from_a_report_de() -> None:
    doc = analyze("Die Agentur Reuters zitiert aus dem Bericht, wonach die Kosten stark gestiegen seien.", "de")
    a = one(doc, "Kosten stark gestiegen")
    assert source_text(doc, a) == "dem Bericht" and chain_links(a) == [("Reuters", "downstream")]


def test_a_show_title_after_its_noun_is_no_content_de() -> None:
    doc = analyze("Die Kanzlerin sagte in der ARD-Sendung «Bericht aus Berlin», die Steuern stiegen nicht.", "de")
    a = one(doc, "Steuern")
    assert len(doc.attributions) == 1 and doc.span_text(a.content[0]) == "die Steuern stiegen nicht"
    assert chain_links(a) == [("ARD", "downstream")]


def test_a_medium_told_after_so_or_das_sagte_de() -> None:
    assert chain_links(one(analyze("„Wir sind vorbereitet“, so der Einsatzleiter zur APA.", "de"), "vorbereitet")) == [("APA", "downstream")]
    assert one(analyze("Man sei vorbereitet, so der Einsatzleiter zur Lage am Deich.", "de"), "vorbereitet").via == []
    doc = analyze("Die Grenze bleibe offen. Das sagte Innenminister Karl Berg am Montag dem «Kurier».", "de")
    assert chain_links(one(doc, "Grenze bleibe offen")) == [("Kurier", "downstream")]
    doc = analyze("Die Grenze bleibe offen. Das sagte Innenminister Karl Berg am Montag in Wien.", "de")
    assert one(doc, "Grenze bleibe offen").via == []


def test_a_document_held_by_a_medium_that_the_sentence_points_back_to_de() -> None:
    doc = analyze("Die Behörde will 40 Stellen streichen. Das geht aus einem Schreiben des Ministeriums hervor, "
                  "das dem Bayerischen Rundfunk vorliegt.", "de")
    assert [p for _, p in chain_links(one(doc, "40 Stellen"))] == ["downstream"]


def test_an_outlet_after_a_time_or_in_comments_en() -> None:
    doc = analyze("The senator said Tuesday on CNN that the deal was off.", "en")
    assert chain_links(one(doc, "deal was off")) == [("CNN", "downstream")]
    doc = analyze("The minister said in comments to the Financial Times that the talks had failed.", "en")
    a = one(doc, "talks had failed")
    assert doc.span_text(a.content[0]) == "that the talks had failed" and chain_links(a) == [("Financial Times", "downstream")]
    assert one(analyze("The minister said in comments to reporters that the talks had failed.", "en"), "talks had failed").via == []


def test_testimony_told_by_a_document_de() -> None:
    # "aussagen" (to testify) is a verb of speech: the witness's claim, through the lawsuit that tells of it
    doc = analyze("Laut Klage hat ein früherer Manager der Firma unter Eid ausgesagt, dass die Bilanz gefälscht worden sei.", "de")
    a = one(doc, "Bilanz gefälscht")
    assert source_text(doc, a) == "ein früherer Manager der Firma" and chain_links(a) == [("Klage", "downstream")]
    # the noun "Aussagen" is no cue
    assert analyze("Die Aussagen des Zeugen waren widersprüchlich.", "de").attributions == []
