"""A quotation that states something and closes with a tag question after its comma ("…, who
knows?", "…, right?": `tag_questions` of resources/en/cues.json, session 28) is a statement, the
speaker's claim; a quotation that only asks stays no claim. Our own invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import en, one, source_name


def test_a_statement_with_a_tag_question_is_a_claim() -> None:
    doc = en("Bridge news.\n\n"
             "“The new bridge will carry trains by the spring, who knows?” said Mayor Ann Vell on Tuesday.\n\n"
             "“We paid for the whole thing twice, right?” Vell added.\n")
    assert source_name(doc, one(doc, "carry trains by the spring")) == "Ann Vell"
    assert source_name(doc, one(doc, "paid for the whole thing twice")) == "Ann Vell"


def test_a_quotation_that_only_asks_is_no_claim() -> None:
    doc = en("Bridge news.\n\n“Who will pay for the new bridge?” said Mayor Ann Vell on Tuesday.\n")
    assert not any("Who will pay" in doc.span_text(c) for a in doc.attributions for c in a.content)


def test_a_question_before_the_tag_or_an_asking_cue_still_asks() -> None:
    doc = en("Ferry news.\n\n"
             "“Do you really expect the ferry to sail by the summer, right?” the councillor asked the director.\n\n"
             "“You will sign the ferry contract before the vote, yes?” Ann Vell asked.\n")
    assert not any("ferry" in doc.span_text(c) for a in doc.attributions for c in a.content)
