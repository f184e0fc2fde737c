"""English (session 29): a quotation that ends in a question or an exclamation mark and its capitalised tag
('“Why pay for it?” Roe told the council.') are one sentence (textutil.split_sentences, `tag_after_question`
of en/cues.json). Our own invented sentences."""

from __future__ import annotations

from attribution_helpers import en, one, source_text
from sourcetrace.textutil import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]


def test_a_question_or_an_exclamation_and_its_named_tag_are_one_sentence() -> None:
    assert _sentences("“Why should we pay for a boat nobody uses?” Roe told the council on Monday.") == [
        "“Why should we pay for a boat nobody uses?” Roe told the council on Monday."]
    assert _sentences("“We cannot wait any longer!” Mayor Ann Roe said. The vote is on Friday.") == [
        "“We cannot wait any longer!” Mayor Ann Roe said.", "The vote is on Friday."]


def test_a_question_before_a_new_sentence_without_a_tag_still_ends_it() -> None:
    assert _sentences("“Why should we pay?” The question hung in the air.") == ["“Why should we pay?”", "The question hung in the air."]
    assert _sentences("“Who pays?” Roe Street Bakery closed on Friday.") == ["“Who pays?”", "Roe Street Bakery closed on Friday."]
    assert _sentences("Why should we pay? Roe told the council nothing.") == ["Why should we pay?", "Roe told the council nothing."]


def test_an_exclamation_with_its_tag_is_the_named_speakers_quotation() -> None:
    doc = en("Council debates ferry.\n\n“We cannot wait any longer!” Mayor Ann Roe told reporters on Monday.\n")
    a = one(doc, "cannot wait any longer")
    assert source_text(doc, a) == "Mayor Ann Roe"

