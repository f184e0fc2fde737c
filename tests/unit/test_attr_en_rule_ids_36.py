"""English rules of session 35 that no test named (reread of session 36), pinned on sentences we wrote:
`attr.filter.en.inline_fragment` (a quotation inside the author's own sentence is set aside, no claim) and
`source.silent.trimmed` (a speaker of a speech act that claims nothing is named without the dateline and
the fronted phrase that open its line)."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, joined_contents, one, source_name


def test_a_quotation_inside_the_authors_sentence_is_set_aside_as_inline_fragment() -> None:
    doc = en_after_headline("Tom Reed was at the pier on Monday.\n\n"
                            "The old dock sign still reads \u201cWe will not let the harbor die while we still have boats.\u201d")
    assert joined_contents(doc) == []
    assert [(x.rule, doc.span_text(x.span) if x.span else None) for x in doc.set_aside] == [
        ("attr.filter.en.inline_fragment", "We will not let the harbor die while we still have boats")]


def test_a_silent_speaker_is_trimmed_of_its_dateline_and_fronted_phrase() -> None:
    doc = en_after_headline("SPRINGFIELD, Ore. \u2014 At a rally here last week, Councillor Reed called it \u201ca waste of money.\u201d "
                            "He said the council had lied about the costs.")
    assert source_name(doc, one(doc, "council had lied")) == "Councillor Reed"
    (s,) = doc.sources
    assert s.rule == "source.silent"  # (the mention source.silent.trimmed gave the speaker's own name only)
    assert [doc.span_text(m) for m in s.mentions] == ["Councillor Reed", "He"]
