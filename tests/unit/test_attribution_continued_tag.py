"""'“…,” he continued' (English `tag_only_forms` of resources/en/cues.json, session 28): "continued" is a
quotation's tag, the speaker goes on with the link of his last claim; elsewhere ("prices continued
to rise") it reports nothing. Our own invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import en, link_names, one, source_name, source_text


def test_a_quotation_tagged_continued_is_the_speakers_with_his_link() -> None:
    doc = en("Minister speaks out.\n\n"
             "“The canal is too narrow for these ships,” Minister Olav Trenholm told the Harbour Gazette on Friday.\n\n"
             "He did not stop there.\n\n"
             "“Widening it would cost less than a new port,” he continued.\n")
    a = one(doc, "Widening it would cost")
    assert source_name(doc, a) == "Olav Trenholm"
    assert a.cue is not None and doc.span_text(a.cue) == "continued"
    assert link_names(a) == ["Harbour Gazette"]


def test_continued_outside_a_tag_is_no_cue() -> None:
    doc = en("Prices climb.\n\nFuel prices continued to rise in March, and the ferry company continued its winter timetable.\n")
    assert doc.attributions == []


def test_a_text_that_continues_tags_no_speaker() -> None:
    doc = en("Memoir excerpt.\n\n"
             "“Olav Trenholm knew the canal was too narrow,” the chapter says. "
             "“He had known it for years,” the passage continued.\n")
    assert all(a.cue is None or doc.span_text(a.cue) != "continued" for a in doc.attributions)


def test_a_role_noun_before_continued_is_the_speaker() -> None:
    doc = en("Port news.\n\n"
             "“The harbour needs a second quay,” Mayor Ann Vell said on Tuesday.\n\n"
             "“Without it the ferries will keep waiting,” the mayor continued.\n")
    assert source_text(doc, one(doc, "ferries will keep waiting")) == "the mayor"
