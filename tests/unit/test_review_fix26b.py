"""Fixes of the session-26 review (rev26a) findings on this session's attribution rules, on
invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import de, en, one


def test_link_carried_over_a_quoted_question_not_over_the_authors_own() -> None:
    asked = en('"The bridge is safe," Tom Brill told Radio Nord on Friday. "Will it last?" '
               '"It will last decades," he said.')
    a = one(asked, "It will last decades")
    assert [(v.name, v.rule) for v in a.via] == [("Radio Nord", "via.phrase+continued.after_question")]
    # (the author's own question, unquoted, is narration between: no interview goes on)
    mused = en('"The bridge is safe," Tom Brill told Radio Nord on Friday. Will it last? '
               "It will last decades, he said.")
    assert one(mused, "It will last decades").via == []


def test_another_witness_is_someone_new_and_a_second_indefinite_is_marked() -> None:
    doc = en("A witness said the van was grey. Another witness said the van was green. "
             "The witness said it drove north.")
    grey, green, north = (one(doc, n) for n in ("the van was grey", "the van was green", "it drove north"))
    assert grey.source != green.source
    assert north.source == green.source  # (the bare mention means the newest of that kind)
    # "The spokesman … . A spokesman …": the indefinite opens a new source, and its mention says why
    doc = en("The spokesman said the depot would close. Later a spokesman said it would stay open.")
    shut, stay = one(doc, "the depot would close"), one(doc, "it would stay open")
    assert shut.source != stay.source
    assert [m.rule.endswith("+new.indefinite") for m in doc.mentions if m.source == stay.source] == [True]


def test_quotation_after_a_topic_and_a_colon_is_the_claim() -> None:
    doc = en("Lena Ortmann commented on the ruling: “It was a sad day for the town.”")
    a = one(doc, "It was a sad day for the town")
    assert (a.mode, a.rule, doc.span_text(a.content[0])) == (
        "direct", "attr.direct.en.v2+topic_colon_quote", "It was a sad day for the town")
    assert en("Lena Ortmann spoke about the budget on Monday.").attributions == []


def test_object_verbs_claim_after_a_comma_only_in_the_konjunktiv() -> None:
    assert de("Das Labor analysiert die Proben aus dem See, die Ergebnisse kommen am Montag.").attributions == []
    assert de("Die Firma reklamiert die defekte Lieferung, der Hersteller schweigt bisher.").attributions == []
    doc = de("Das Labor errechnet für das Jahr, die Kosten seien um ein Drittel gestiegen.")
    assert doc.span_text(one(doc, "die Kosten seien").content[0]) == "die Kosten seien um ein Drittel gestiegen"


def test_lead_in_before_a_tag_and_a_colon_is_no_claim() -> None:
    doc = de("Eines ist klar, sagt die Bürgermeisterin Anna Feld: Die Brücke wird im Mai gesperrt.")
    assert [[doc.span_text(c) for c in a.content] for a in doc.attributions] == [["Die Brücke wird im Mai gesperrt"]]
    doc = de("Das war früher anders, sagt die Bürgermeisterin Anna Feld: Die Brücke wird im Mai gesperrt.")
    assert doc.span_text(one(doc, "Das war früher anders").content[0]) == "Das war früher anders"
