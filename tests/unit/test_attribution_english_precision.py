"""English precision on news constructions, with sentences of our own (issue 7, session 19): what
the author adds after an according-to phrase or a concession stays out of the claim, a
pseudo-cleft's copula is no part of what was said, a judgement ("found it offensive") and a speech act
of no one in particular ("any mayor would say that …") claim nothing."""

from __future__ import annotations

from tests.attribution_helpers import en, one, source_text

from sourcetrace.document import Document


def contents(doc: Document) -> list[str]:
    return [doc.span_text(c) for a in doc.attributions for c in a.content]


def test_according_to_in_mid_sentence_before_the_authors_participle_keeps_the_claim_alone() -> None:
    doc = en("The ferry line has cut its winter timetable by half, according to the harbour office, "
             "adding to the woes that island shops have faced since spring.")
    a = one(doc, "cut its winter timetable")
    assert doc.span_text(a.content[0]) == "The ferry line has cut its winter timetable by half"
    assert a.rule.endswith("+author_after")


def test_according_to_in_mid_sentence_before_so_keeps_the_claim_alone() -> None:
    doc = en("Two bids are still on the table, according to the council, so a decision may take weeks.")
    a = one(doc, "Two bids")
    assert doc.span_text(a.content[0]) == "Two bids are still on the table"


def test_according_to_after_a_subject_only_keeps_the_whole_clause() -> None:
    # no finite verb before the phrase: it interrupts the clause, which goes on after it
    doc = en("The ferry line, according to the harbour office, will cut its winter timetable by half.")
    a = one(doc, "winter timetable")
    assert "will cut its winter timetable" in doc.span_text(a.content[0])
    assert not a.rule.endswith("+author_after")


def test_concession_after_the_reported_clause_is_the_authors() -> None:
    doc = en('In a radio interview, Ann Berg said she thinks the tunnel was "a costly error," although she backs its upkeep now.')
    a = one(doc, "costly error")
    assert doc.span_text(a.content[0]) == 'she thinks the tunnel was "a costly error'
    assert source_text(doc, a) == "Ann Berg"


def test_concession_inside_the_quotation_stays() -> None:
    doc = en('Ann Berg said the tunnel was "a costly error, although we had no choice."')
    a = one(doc, "costly error")
    assert "we had no choice" in doc.span_text(a.content[0])


def test_pseudo_cleft_copula_is_no_part_of_what_was_said() -> None:
    doc = en('"What the mayor is saying is that the bridge must close for a year," Lee said.')
    inner = [c for c in contents(doc) if c.startswith("that the bridge")]
    assert inner == ["that the bridge must close for a year"], contents(doc)
    assert not any(c.startswith("is that") for c in contents(doc))


def test_finding_something_rude_is_a_judgement_not_speech() -> None:
    doc = en("Many riders found it offensive, journalist Ann Lee said in putting the question to him.")
    assert not any(c.startswith("it offensive") for c in contents(doc)), contents(doc)


def test_said_it_best_before_a_quotation_keeps_the_quotation() -> None:
    doc = en('Lee may have said it best when she wrote: "The council is out of ideas."')
    assert any("The council is out of ideas" in c for c in contents(doc)), contents(doc)


def test_speech_act_of_no_one_in_particular_claims_nothing() -> None:
    doc = en('"When the water is unsafe, any mayor should stand up to say that the pipes must be replaced," Lee said.')
    assert not any(c.startswith("to say") or c.startswith("that the pipes") for c in contents(doc)
                   if c != doc.text), contents(doc)
    a = one(doc, "When the water is unsafe")
    assert source_text(doc, a) == "Lee"


def test_evidence_seen_or_measured_claims_nothing() -> None:
    doc = en("The vet took a closer look at the dog. Blood tests revealed that the dog had eaten rat poison.")
    assert not any(c.startswith("that the dog had eaten") for c in contents(doc)), contents(doc)
    doc = en("Images of the damaged dam indicate that the water rose overnight.")
    assert not doc.attributions


def test_a_study_that_shows_still_makes_a_claim() -> None:
    doc = en("A study by the city's health office showed that the dog had eaten rat poison.")
    one(doc, "the dog had eaten rat poison")


def test_relative_clause_of_saying_ends_before_the_speakers_next_verb() -> None:
    doc = en("Mayor Ann Lee, who said she would probably attend the fair, ultimately did not come to the opening.")
    a = one(doc, "would probably attend")
    assert doc.span_text(a.content[0]) == "she would probably attend the fair"


def test_a_noun_phrase_the_cue_takes_as_its_object_is_no_claim() -> None:
    doc = en("On Sunday the governor defended the mayor's description of the harbour district as poor and unsafe.")
    assert not doc.attributions, contents(doc)
    doc = en("The Lee campaign called this a false start that the voters will not forgive, because the plan failed.")
    assert not any(c.startswith("this a false start") for c in contents(doc)), contents(doc)


def test_a_clause_the_parse_may_read_as_an_object_stays() -> None:
    doc = en("Ann Lee has suggested her brother would be sent abroad for talks.")
    a = one(doc, "would be sent abroad")
    assert source_text(doc, a) == "Ann Lee"


def test_the_authors_apposition_after_a_whole_reported_clause_stays_out() -> None:
    doc = en("Lee said the bulk of the money should go to schools, a sum of some 10 million that the council has set aside.")
    a = one(doc, "should go to schools")
    assert doc.span_text(a.content[0]) == "the bulk of the money should go to schools"
    doc = en('Ann Lee says he\'s "losing the vote on taxes," part of a lashing her allies have given him since May.')
    a = one(doc, "losing the vote")
    assert "lashing" not in doc.span_text(a.content[0])


def test_an_apposition_in_the_reported_clauses_subject_stays() -> None:
    doc = en("Lee said the mayor's plan, a scheme that costs millions, would fail.")
    a = one(doc, "would fail")
    assert doc.span_text(a.content[0]) == "the mayor's plan, a scheme that costs millions, would fail"


def test_questioning_whether_doubts_and_claims_nothing() -> None:
    doc = en("Some residents are questioning whether the new bridge can carry heavy trucks.")
    assert not doc.attributions, contents(doc)


def test_the_question_put_to_a_speaker_is_not_what_the_speaker_said() -> None:
    doc = en("Asked if she was ever afraid, the mayor said no.")
    assert not any(c.startswith("Asked") for c in contents(doc)), contents(doc)
    doc = en("Asked about the bridge, the mayor said it was safe.")
    a = one(doc, "it was safe")
    assert source_text(doc, a) == "the mayor"


def test_nested_speech_in_a_clause_of_cause_ends_with_that_clause() -> None:
    doc = en('Ann Lee went on to say that, because Judge Tom Hale testified that her files were "complete," it is also a sign '
             "that her account was true.")
    nested = [a for a in doc.attributions if a.rule.endswith("nested_report")]
    assert nested, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    assert "it is also a sign" not in doc.span_text(nested[0].content[0])


def test_a_content_that_opens_with_and_is_no_clause_inside_a_quotation_either() -> None:
    doc = en('She said: "Debt is a topic that most people seldom talk about, and usually hide from friends."')
    assert not any(c.startswith("and usually") for c in contents(doc)), contents(doc)
    one(doc, "Debt is a topic")
