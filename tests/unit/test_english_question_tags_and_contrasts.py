"""English (session 29): a quotation that ends in a question or an exclamation mark and its capitalised tag
('“Why pay for it?” Roe told the council.') are one sentence (textutil.split_sentences, `tag_after_question`
of en/cues.json); a claim ends before ", while/whereas <subject> <verb of speech>": the other speaker's claim
set against it is not part of it (`contrast_speaker_openers` of en/according.json). Our own invented
sentences."""

from __future__ import annotations

from tests.attribution_helpers import content_text, en, one, source_text

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


def test_a_claim_ends_before_another_speakers_contrasting_claim() -> None:
    doc = en("Ferry vote.\n\n"
             "The mayor says the ferry will pay for itself, while the treasurer says fares will rise.\n\n"
             "Officials said the ferry was safe, while critics, including the union, said it was too old.\n")
    assert content_text(doc, one(doc, "pay for itself")) == "the ferry will pay for itself"
    assert source_text(doc, one(doc, "fares will rise")) == "the treasurer"
    assert content_text(doc, one(doc, "ferry was safe")) == "the ferry was safe"
    assert source_text(doc, one(doc, "too old")) == "critics"


def test_a_contrast_without_a_speaker_or_with_the_speakers_own_tag_stays_in_the_claim() -> None:
    doc = en("Ferry vote.\n\n"
             "Roe said the ferry was late, while the buses ran on time.\n\n"
             "Lee said the ferry runs hourly, while buses, she said, run every ten minutes.\n")
    assert content_text(doc, one(doc, "ferry was late")) == "the ferry was late, while the buses ran on time"
    assert content_text(doc, one(doc, "runs hourly")) == "the ferry runs hourly, while buses, she said, run every ten minutes"


def test_a_clause_opener_after_a_question_is_no_tag() -> None:
    assert _sentences("“Why?” Because I said so.") == ["“Why?”", "Because I said so."]
    assert _sentences("“Why not?” But Roe said no.") == ["“Why not?”", "But Roe said no."]


def test_a_request_to_do_something_is_no_claim() -> None:
    # "asked X to …" asks for a deed, it states nothing (a request; session 28 review): no claim, also with a
    # that-clause inside the request; the speaker's statement beside it stays one
    doc = en("Ferry vote.\n\n"
             "Mayor Ann Roe asked the council to approve the new ferry contract before the summer.\n\n"
             "The union asked the judge to find that the firm had broken the contract.\n\n"
             "Lee asked voters to remember that the ferry had been promised for years, and said the crew was ready.\n")
    assert [content_text(doc, a) for a in doc.attributions] == ["the crew was ready"]


def test_a_new_sentence_with_its_own_claim_after_a_question_is_no_tag() -> None:
    # (review rev29a: a capitalised speaker and a verb of speech after a question open a sentence of their own
    # when a clause of what was said follows the verb, or a sentence opener stands before the speaker)
    assert _sentences("“Why not?” Tom Vell said the budget was already spent.") == [
        "“Why not?”", "Tom Vell said the budget was already spent."]
    assert _sentences("Lee asked: “Will it pass?” Senate Republicans said it would not.") == [
        "Lee asked: “Will it pass?”", "Senate Republicans said it would not."]
    assert _sentences("“What now?” Critics said the plan failed.") == ["“What now?”", "Critics said the plan failed."]
    assert _sentences("“How?” On Monday Roe said no.") == ["“How?”", "On Monday Roe said no."]
    # tags stay with their question: nothing, a time or an addressee after the verb
    assert _sentences("“Why?” Roe said on Monday.") == ["“Why?” Roe said on Monday."]
    assert _sentences("“Is this fair?” Roe asked reporters after the vote.") == [
        "“Is this fair?” Roe asked reporters after the vote."]


def test_a_claim_after_a_question_keeps_its_speaker() -> None:
    doc = en("Ferry vote.\n\n“Why not?” Tom Vell said the budget was already spent.\n")
    a = one(doc, "budget was already spent")
    assert source_text(doc, a) == "Tom Vell" and content_text(doc, a) == "the budget was already spent"
