"""English sources and speakers (session 32, issue 7), on sentences we wrote: a relative clause that says why a
speaker is not named makes an anonymous source (before the cue, in an apposition, closing the sentence); a firm's
spokesperson named with an ampersand; a role noun right before a name; a person named after an owner in the
possessive; a party bracket in the speaker's extent; "told <addressee> <clause>" with a bare plural addressee; a
document's head noun after its owner's name or a noun that the parse takes for a verb, and two owners around a
slash; a participle phrase that dates a document; a named document is not a bare one named before; a document's
name starts with its owner; questions claim nothing."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, one, source_name, source_text, source_type


def test_an_apposed_anonymity_clause_makes_the_description_anonymous() -> None:
    doc = en_after_headline("The ferry plan will be delayed until spring, a senior aide to the mayor, who spoke on "
                            "condition of anonymity, said on Monday.")
    assert source_type(doc, "ferry plan") == "anonymous"
    assert source_name(doc, one(doc, "ferry plan")) == "senior aide to the mayor"


def test_a_restrictive_anonymity_clause_before_the_cue() -> None:
    doc = en_after_headline("A clerk who was not authorised to comment on it said the archive would close in May.")
    a = one(doc, "archive would close")
    assert source_type(doc, "archive would close") == "anonymous" and source_name(doc, a) == "clerk"


def test_an_anonymity_clause_that_closes_the_sentence() -> None:
    doc = en_after_headline("The pool budget is far too small, said a city clerk who asked not to be named.")
    a = one(doc, "pool budget")
    assert [doc.span_text(c) for c in a.content] == ["The pool budget is far too small"]
    assert source_type(doc, "pool budget") == "anonymous" and source_name(doc, a) == "city clerk"


def test_a_named_speaker_with_an_anonymity_clause_stays_the_person() -> None:
    doc = en_after_headline("Tom Reed, who spoke on condition of anonymity, said the vote would be close.")
    assert source_name(doc, one(doc, "vote would be close")) == "Tom Reed"
    assert source_type(doc, "vote would be close") == "person"


def test_a_firm_spokeswoman_keeps_the_ampersand_of_the_firm() -> None:
    doc = en_after_headline("A Marsh & Field spokeswoman said the plant would reopen in June.")
    assert source_name(doc, one(doc, "plant would reopen")) == "Marsh & Field spokeswoman"


def test_told_a_bare_plural_then_the_clause_with_its_own_subject() -> None:
    doc = en_after_headline("Ann Holt told investors sales had doubled in the spring.")
    a = one(doc, "had doubled")
    assert [doc.span_text(c) for c in a.content] == ["sales had doubled in the spring"]
    doc = en_after_headline("The harbor master told residents water bills would rise next year.")
    assert [doc.span_text(c) for c in one(doc, "bills would rise").content] == ["water bills would rise next year"]


def test_a_word_in_s_inside_a_phrase_of_one_is_no_plural_addressee() -> None:
    """'a news conference': the indefinite article's head is one thing, so 'news' (a mass noun) does not end the
    told part; a plural after a preposition inside the phrase still may ('a crowd of voters')."""
    # (the content does not begin inside the addressee's phrase; where the phrase ends is left to a later rule)
    doc = en_after_headline("The harbor master told a news conference fares would rise in June.")
    content = [doc.span_text(c) for c in one(doc, "would rise").content]
    assert len(content) == 1 and content[0].endswith("fares would rise in June") and not content[0].startswith("conference")
    doc = en_after_headline("The treasurer told an earnings call profits had doubled.")
    content = [doc.span_text(c) for c in one(doc, "had doubled").content]
    assert len(content) == 1 and content[0].endswith("profits had doubled") and not content[0].startswith("call")
    doc = en_after_headline("Ann Holt told investors sales had doubled in the spring.")
    assert [doc.span_text(c) for c in one(doc, "had doubled").content] == ["sales had doubled in the spring"]


def test_told_an_addressee_with_an_article_is_unchanged() -> None:
    doc = en_after_headline("Ann Holt told the board members the deal was off.")
    assert [doc.span_text(c) for c in one(doc, "deal was off").content] == ["the deal was off"]


def test_a_poll_after_its_owner_is_the_source_whatever_the_parse_says() -> None:
    doc = en_after_headline("A Lakeside University poll found that most voters oppose the new toll.")
    a = one(doc, "oppose the new toll")
    assert source_text(doc, a) == "A Lakeside University poll"
    assert source_name(doc, a) == "Lakeside University poll" and source_type(doc, "oppose the new toll") == "document"


def test_a_participle_phrase_that_dates_a_document_is_in_its_extent() -> None:
    doc = en_after_headline("A county audit released last week said the pension fund was short.")
    a = one(doc, "pension fund")
    assert source_text(doc, a) == "A county audit released last week"
    assert source_name(doc, a) == "county audit"


def test_a_named_poll_is_not_the_bare_polls_named_before() -> None:
    doc = en_after_headline("Polls suggest the mayor is ahead.\n\nThe Lakeside poll also suggests that the ferry "
                            "is the voters' first concern.")
    assert source_name(doc, one(doc, "first concern")) == "Lakeside poll"


def test_a_bare_survey_after_a_named_one_is_that_survey() -> None:
    doc = en_after_headline("According to a Lakeside Times survey, most nurses work nights.\n\nThe survey also found "
                            "that half of them plan to leave.")
    assert source_name(doc, one(doc, "plan to leave")) == "Lakeside Times survey"


def test_a_document_is_named_from_its_owner_on() -> None:
    doc = en_after_headline("According to a new Harbor News Tracker poll, the senator leads by four points.")
    assert source_name(doc, one(doc, "leads by four points")) == "Harbor News Tracker poll"


def test_a_question_with_a_cue_claims_nothing() -> None:
    doc = en_after_headline("Will the mayor say the ferry plan is dead? Did the council admit that the budget was short?")
    assert doc.attributions == []


def test_a_role_noun_right_before_a_name_is_the_role_of_that_person() -> None:
    doc = en_after_headline("Holt campaign manager Jon Kovar said the rally would go ahead.")
    a = one(doc, "rally would go ahead")
    assert source_name(doc, a) == "Jon Kovar" and source_type(doc, "rally would go ahead") == "person"
    doc = en_after_headline("Lee supporter Zara Dossan said she would vote early.")
    assert source_name(doc, one(doc, "vote early")) == "Zara Dossan"


def test_an_exit_poll_is_the_source_whatever_the_parse_says() -> None:
    doc = en_after_headline("An exit poll found that most voters backed the harbor levy.")
    a = one(doc, "backed the harbor levy")
    assert source_text(doc, a) == "An exit poll" and source_type(doc, "backed the harbor levy") == "document"


def test_a_poll_of_two_owners_joined_by_a_slash() -> None:
    doc = en_after_headline("A Harbor Times/Lakeside News poll released last week found that the mayor leads.")
    a = one(doc, "the mayor leads")
    assert source_text(doc, a) == "A Harbor Times/Lakeside News poll released last week"
    assert source_name(doc, a) == "Harbor Times/Lakeside News poll"


def test_a_party_bracket_after_the_name_is_in_the_speakers_extent() -> None:
    doc = en_after_headline("Rep. Mia Holt (D-Ore.) said the panel would meet in May.")
    a = one(doc, "panel would meet")
    assert source_text(doc, a) == "Rep. Mia Holt (D-Ore.)" and source_name(doc, a) == "Mia Holt"
    doc = en_after_headline("“The levy is fair,” said Sen. Tom Reed (R-Tex.).")
    assert source_text(doc, one(doc, "levy is fair")) == "Sen. Tom Reed (R-Tex.)"


def test_a_person_named_after_an_owner_in_the_possessive() -> None:
    doc = en_after_headline("As the Harbor Ledger’s Ann Lee wrote, the ferry budget is short.")
    a = one(doc, "ferry budget")
    assert source_name(doc, a) == "Ann Lee" and source_type(doc, "ferry budget") == "person"


def test_a_relative_clause_that_names_other_sources_or_describes_another_noun_is_no_anonymity() -> None:
    """A marker counts in the relative clause only where it says why the speaker goes unnamed."""
    doc = en_after_headline("A lawyer who represents several sources said the archive would close in May.")
    assert source_type(doc, "archive would close") != "anonymous"
    doc = en_after_headline("A researcher who studies anonymous donations said the archive would close in May.")
    assert source_type(doc, "archive would close") != "anonymous"
    doc = en_after_headline("A clerk who wished to remain anonymous said the archive would close in May.")
    assert source_type(doc, "archive would close") == "anonymous"
