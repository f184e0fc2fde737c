"""English attribution on political news (issue 7), with sentences of our own: a reported clause
without "that" whose verb the parse misreads, what was said "of" someone, a setting with a place."""

from __future__ import annotations

from tests.attribution_helpers import en, one, source_text


def test_clause_without_that_whose_modal_the_parse_misreads_is_reported() -> None:
    doc = en("Rita Olsen said the harbour tax should fund two new ferries.")
    a = one(doc, "the harbour tax should fund two new ferries")
    assert a.mode == "indirect" and source_text(doc, a) == "Rita Olsen"


def test_clause_without_that_with_a_verb_in_s_before_an_article_is_reported() -> None:
    doc = en("The councillor said the town favors a smaller bridge.")
    a = one(doc, "the town favors a smaller bridge")
    assert source_text(doc, a) == "The councillor"


def test_clause_without_that_with_a_past_verb_before_its_object_is_reported() -> None:
    doc = en("Tom Reyes, a spokesman for the dockers, said the union expected wages to rise in spring.")
    a = one(doc, "the union expected wages to rise")
    assert source_text(doc, a) is not None and source_text(doc, a).startswith("Tom Reyes")


def test_mixed_quotation_after_a_subject_without_that_is_reported() -> None:
    doc = en("Ann Keller says the new map “would be a gift to the incumbents.”")
    a = one(doc, "would be a gift to the incumbents")
    assert a.mode == "indirect" and source_text(doc, a) == "Ann Keller"


def test_noun_phrase_after_said_stays_no_claim() -> None:
    doc = en("The pastor said the words that would open the ceremony.\n\nShe said a prayer for the sailors.")
    assert not doc.attributions


def test_what_was_said_of_someone_begins_after_the_comma() -> None:
    doc = en("The banker says of Ms. Grant, “If she wins, she will sell the port.”")
    a = one(doc, "If she wins, she will sell the port.")
    assert a.mode == "direct" and source_text(doc, a) == "The banker"
    assert not any("Ms. Grant" in doc.span_text(c) for b in doc.attributions for c in b.content)


def test_what_was_said_of_something_with_that() -> None:
    doc = en("Ann Wells said of the budget that it left the schools short.")
    a = one(doc, "that it left the schools short")
    assert source_text(doc, a) == "Ann Wells"


def test_place_after_the_cue_is_no_part_of_the_clause() -> None:
    doc = en("Ann Wells said in Des Moines that the race was close.")
    a = one(doc, "the race was close")
    assert doc.span_text(a.content[0]) == "that the race was close"


def test_participle_after_a_cue_with_of_keeps_its_clause() -> None:
    doc = en("Ann Wells warned of floods, saying the old dam was weak.")
    a = one(doc, "the old dam was weak")
    assert source_text(doc, a) == "Ann Wells"


def test_quoted_nickname_inside_the_speakers_name() -> None:
    doc = en("“We have waited long enough for this,” state Del. Mara “Mimi” Olsen (D-Eastport) told the crowd.")
    a = one(doc, "We have waited long enough for this")
    assert a.mode == "direct" and source_text(doc, a) is not None and "Olsen" in (source_text(doc, a) or "")


def test_titles_of_us_politics_end_no_sentence() -> None:
    doc = en("Sens. Ann Wells and Tom Hale said the deal was dead.\n\nAtty. Gen. Rita Moss said the case was closed.")
    assert len(doc.sentences) == 2
    assert "Ann Wells" in (source_text(doc, one(doc, "the deal was dead")) or "")
    assert "Rita Moss" in (source_text(doc, one(doc, "the case was closed")) or "")


def test_no_before_a_word_ends_the_sentence() -> None:
    doc = en("Asked if he would run, Tom Hale said no. Gov. Ann Wells said the seat was hers.")
    assert len(doc.sentences) == 2
    assert "Ann Wells" in (source_text(doc, one(doc, "the seat was hers")) or "")


def test_told_someone_what_happened_claims_nothing() -> None:
    doc = en("After the clerk left, I told the officer at the gate what I had seen.")
    assert not doc.attributions


def test_quotation_inside_an_embedded_post_is_part_of_the_post() -> None:
    doc = en("The county launched a new slogan on Monday.\n\n"
             "Wow. This is even worse than the \"Clean Water. We Mean It.\" posters. pic.twitter.com/Ab12Cd34Ef\n\n"
             "— Jo Brant (@jobrant) March 3, 2021\n")
    posts = [a for a in doc.attributions if a.mode == "social_post"]
    assert len(posts) == 1 and "This is even worse" in " ".join(doc.span_text(c) for c in posts[0].content)
    assert not any(a.mode == "direct" for a in doc.attributions)


def test_quotation_after_a_sentence_whose_subject_is_a_named_person() -> None:
    doc = en("“The race is over,” said Tom Hale, an editor.\n\n"
             "Eastfield College's Mara Olsen agreed. “Voters are running out of time. The choice may be Rossi.”")
    a = one(doc, "Voters are running out of time")
    assert a.mode == "direct" and source_text(doc, a) == "Mara Olsen"


def test_quotation_after_a_paragraph_that_only_names_its_speaker() -> None:
    doc = en("“She is done,” Tom Hale said.\n\nMara Olsen continued her remarks.\n\n“Eight years ago she was the favourite. She was winning!”")
    a = one(doc, "Eight years ago she was the favourite")
    assert source_text(doc, a) == "Mara Olsen"


def test_clause_after_but_about_the_speaker_in_the_past_is_the_authors() -> None:
    doc = en("Ann Wells said both plans are \"dead on arrival,\" but she gave the mayor a compliment.\n\n"
             "Tom Hale said the bill was weak, but he would vote for it.")
    a = one(doc, "dead on arrival")
    assert "compliment" not in doc.span_text(a.content[-1])
    b = one(doc, "the bill was weak")
    assert "he would vote for it" in doc.span_text(b.content[-1])


def test_label_then_colon_then_quotation_is_the_labellers() -> None:
    doc = en('Columnist Ann Wells, a former aide, calls Reed "a candidate of many faces": '
             '"As a campaigner, his gift is to sense where the base is. The problem is the split."')
    a = one(doc, "his gift is to sense where the base is")
    assert a.mode == "direct" and (source_text(doc, a) or "").startswith("Columnist Ann Wells")


def test_indefinite_pronoun_after_says_is_its_object() -> None:
    doc = en("Tom Hale says everything his rivals told him not to say, he does not know the job.\n\n"
             "Ann Wells said everything was fine.")
    assert not any("his rivals told him" in doc.span_text(c) for a in doc.attributions for c in a.content)
    assert source_text(doc, one(doc, "everything was fine")) == "Ann Wells"


def test_fragment_before_a_tag_of_saying_stays_a_claim() -> None:
    doc = en("As for cost, ''cutting the rate and closing loopholes would pay for itself,'' Mr. Hale said.")
    a = one(doc, "cutting the rate and closing loopholes")
    assert source_text(doc, a) == "Mr. Hale"


def test_indefinite_pronoun_object_inside_a_quotation_claims_nothing() -> None:
    doc = en("“The levy is a scandal,” Ann Wells said. “He does and says everything his donors taught him, he does not know the job.”")
    assert not any(a.rule.endswith("+quoted") and "his donors taught him" in doc.span_text(a.content[0]) for a in doc.attributions)
