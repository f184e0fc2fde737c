"""English speech acts on real-article constructions, with sentences of our own (issue 7): who
speaks, what they said, and sources that name no one left out of the source list."""

from __future__ import annotations

from tests.attribution_helpers import one, source_name, source_text

import sourcetrace
from sourcetrace.document import Document


def analyze(text: str) -> Document:
    return sourcetrace.analyze(text, date="2024-10-13", lang="en")


def test_phrase_after_a_cue_that_is_followed_by_a_verb_is_no_inverted_speaker() -> None:
    doc = analyze("The girl, who wore a red hat and said her name was Ann, waved at the crowd.")
    assert not any(source_text(doc, a) == "her name" for a in doc.attributions)
    assert "her name" not in [s.name for s in doc.sources]


def test_share_of_people_keeps_its_mention_but_is_no_listed_source() -> None:
    doc = analyze("Asked about the ferry, 59 percent said the service was too slow.\n\n"
                  "Less than a third said the fares were fair.")
    a = one(doc, "the service was too slow")
    assert source_text(doc, a) == "59 percent" and a.source is None
    assert a.rule.endswith("+names_nobody")
    assert not any(s.name in ("59 percent", "Less than a third") for s in doc.sources)


def test_headline_verb_before_a_name_is_no_first_name() -> None:
    doc = analyze("Lee Says Rivals Cheated, Calls Rossi’s Remarks ‘Troubling.’\n\n"
                  "Ann Lee said the count was wrong. “Rossi, if you are listening, check the files,” Rossi told a news conference.")
    a = one(doc, "if you are listening")
    assert source_name(doc, a) == "Rossi"
    assert not any(s.name.startswith("Calls") for s in doc.sources)


def test_tag_sentence_after_a_question_in_quotation_marks_gives_its_speaker() -> None:
    doc = analyze("The mayor met the pupils on Friday.\n\n"
                  "“How long will the new bridge be?” Lee said in response. “As long as the river is wide.”")
    a = one(doc, "How long will the new bridge be?")
    assert a.rule == "attr.direct.en.tag_after_quote"
    assert source_text(doc, a) == "Lee"
    assert not any(doc.span_text(c) == "in response" for b in doc.attributions for c in b.content)


def test_tag_sentence_with_a_clause_of_its_own_is_no_tag() -> None:
    doc = analyze("The mayor met the pupils on Friday.\n\n“Is it safe?” Lee said the engineers had checked it.")
    assert not any(a.rule == "attr.direct.en.tag_after_quote" for a in doc.attributions)


def test_name_before_its_description_is_the_source() -> None:
    doc = analyze("General Mark Ruiz, chairman of the Harbour Board, told local media the dredging was a success.")
    a = one(doc, "the dredging was a success")
    assert source_name(doc, a) == "Mark Ruiz"
    assert source_text(doc, a) == "General Mark Ruiz, chairman of the Harbour Board"


def test_name_after_a_description_is_the_source() -> None:
    doc = analyze("The mayor met the pupils on Friday.\n\n"
                  "In a statement to the Herald, her chief of staff, Tom Reed, said: “The mayor believes the harbour deal is essential.”")
    a = one(doc, "harbour deal is essential")
    assert source_name(doc, a) == "Tom Reed"


def test_setting_of_the_speech_act_is_no_part_of_the_claim() -> None:
    doc = analyze("The mayor met the pupils on Friday.\n\n"
                  "Lee said the count was wrong on Wednesday at a rally in Dayton.\n\n"
                  "Rossi said the ferry was late in an interview.")
    assert [doc.span_text(c) for c in one(doc, "the count was wrong").content] == ["the count was wrong"]
    assert [doc.span_text(c) for c in one(doc, "the ferry was late").content] == ["the ferry was late"]


def test_setting_of_a_plan_stays_in_the_claim() -> None:
    doc = analyze("The mayor met the pupils on Friday.\n\n"
                  "Lee said she would speak at a rally on Friday.\n\n"
                  "Rossi said the count was wrong at a rally.")
    assert [doc.span_text(c) for c in one(doc, "she would speak").content] == ["she would speak at a rally on Friday"]
    assert [doc.span_text(c) for c in one(doc, "the count was wrong").content] == ["the count was wrong at a rally"]
