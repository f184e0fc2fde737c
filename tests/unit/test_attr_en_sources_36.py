"""English speakers and sources (session 36, issue 7), on sentences we wrote: an abbreviated title before a
name holds the role its noun names (`role_abbreviations`, `+source.role_abbreviation`); a description
stands for the one person its own sentence names before it (`+source.named_in_sentence`), and one that
refers back by a past office or an epithet for the person who opens the sentence before as its subject
(`+source.description.subject_before`) before the person the text names most often; a work named with
the person who made it after "by" is that person's word (`source.person.author_by`). Speakers: a party's
bracket after a name behind a fronted phrase keeps the name the subject (attr.speaker.en.party_bracket),
"He said:" closing a paragraph tags the quotation that opens the next (`+paragraph_before`), and
"remembers", "laughed", "shot back" tag a quotation right before them (`tag_only_forms`); "made the point
that" reports a claim; a name with an age after it in commas is a person (`source.person.aged`); two
descriptions of one person under one article tag a quotation by the first (`+two_descriptions`)."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, one, source_name

from sourcetrace.steps.sources.persons import spelled_role


def test_an_abbreviated_title_is_spelled_as_its_role_noun() -> None:
    assert spelled_role("Sen.") == "senator"
    assert spelled_role("Lt. Gov.") == "lieutenant governor"
    assert spelled_role("Gov") == "governor"
    assert spelled_role("mayor") == "mayor"


def test_the_senator_is_the_one_named_with_the_abbreviated_title() -> None:
    doc = en_after_headline("Sen. Mara Quillfeather said on Tuesday that the harbor bill should wait.\n\n"
                            "\u201cThis bill gives the waterfront away,\u201d the independent Oregon senator told reporters.\n\n"
                            "Gov. Tom Brackwater said the plan was sound. \u201cWe cannot wait another year,\u201d the governor said.")
    a = one(doc, "gives the waterfront away")
    assert source_name(doc, a) == "Mara Quillfeather" and a.rule.endswith("+source.role_abbreviation")
    assert source_name(doc, one(doc, "cannot wait another year")) == "Tom Brackwater"
    assert [s.name for s in doc.sources] == ["Mara Quillfeather", "Tom Brackwater"]


def test_a_description_is_the_person_its_own_sentence_names_before_it() -> None:
    doc = en_after_headline("Sen. Mara Quillfeather said on Tuesday that the harbor bill should wait.\n\n"
                            "Fishermen in Astoria were less patient. Jim Pettle toured the docks on Friday and was blunt: "
                            "\u201cThis bill saves the waterfront,\u201d the senator told reporters.")
    a = one(doc, "saves the waterfront")
    assert source_name(doc, a) == "Jim Pettle" and a.rule.endswith("+source.named_in_sentence")


def test_a_former_office_is_the_subject_of_the_sentence_before_not_the_most_named() -> None:
    doc = en_after_headline("Tom Brackwater has won the race twice. Brackwater praised the plan, and Brackwater's allies "
                            "backed it. Brackwater is favored.\n\n"
                            "Rick Hollins (R-Texas) blasted Brackwater and praised the harbor board in an interview. "
                            "\u201cHe has no plan for the port,\u201d the former governor said.")
    a = one(doc, "no plan for the port")
    assert source_name(doc, a) == "Rick Hollins" and a.rule.endswith("+source.description.subject_before")


def test_a_quotation_that_opens_the_sentence_before_names_no_subject() -> None:
    doc = en_after_headline("Tom Brackwater has won the race twice. Brackwater praised the plan, and Brackwater's allies "
                            "backed it. Brackwater is favored.\n\n"
                            "\u201cRick Hollins never built a pier,\u201d an aide said on Monday. "
                            "\u201cHe has no plan for the port,\u201d the former governor said.")
    assert "subject_before" not in one(doc, "no plan for the port").rule


def test_a_work_by_a_named_person_is_that_persons_word() -> None:
    doc = en_after_headline("The port board faced new trouble last week after a long article in Harbor Weekly magazine "
                            "by Ann Castellan, who reported that the port paid a $2 million settlement to a pilot.")
    assert source_name(doc, one(doc, "port paid a $2 million settlement")) == "Ann Castellan"
    assert [s.name for s in doc.sources] == ["Ann Castellan"]


def test_a_work_by_a_body_keeps_its_reading() -> None:
    doc = en_after_headline("A report by the Harbor Trust said the pier was unsafe.")
    one(doc, "pier was unsafe")
    assert [(s.name, s.type) for s in doc.sources] == [("report by the Harbor Trust", "document")]


def test_a_party_bracket_after_a_name_behind_a_fronted_phrase_keeps_the_speaker() -> None:
    doc = en_after_headline("On Sunday, Ben Cole (R-Ore.) said the harbor board was too slow.\n\n"
                            "In a radio interview, Eva Lund (D) said the pier had to close.")
    a = one(doc, "harbor board was too slow")
    assert source_name(doc, a) == "Ben Cole" and a.rule == "attr.indirect.en.v2"
    assert source_name(doc, one(doc, "pier had to close")) == "Eva Lund"


def test_a_cue_and_colon_closing_a_paragraph_tags_the_quotation_that_opens_the_next() -> None:
    doc = en_after_headline("Tom Ladd was the harbor master for years. He said:\n\n"
                            "\u201cOn every board I served on, you cut off your ties. You cut off business ties.\u201d\n\n"
                            "Ann Fry spoke next.")
    a = one(doc, "On every board I served on")
    assert source_name(doc, a) == "Tom Ladd" and a.rule == "attr.direct.en.cue_quote+paragraph_before"


def test_remembers_laughed_and_shot_back_tag_a_quotation_only() -> None:
    doc = en_after_headline("\u201cThose goats were so smart,\u201d remembers Ann Lee, who runs the island program.\n\n"
                            "\u201cThey all came for the free food,\u201d Jim Ross shot back.\n\n"
                            "Ann Lee remembered the flood of 1990. Police shot a man on Friday. Tom Reed laughed.")
    assert source_name(doc, one(doc, "goats were so smart")) == "Ann Lee"
    assert source_name(doc, one(doc, "came for the free food")) == "Jim Ross"
    assert len(doc.attributions) == 2


def test_a_pronoun_that_links_a_nested_claim_is_the_person_it_stands_for() -> None:
    doc = en_after_headline("Tom Reed, a dock worker, came to the meeting. He said that Ann Lee has admitted she was wrong "
                            "about the pier.")
    inner = next(a for a in doc.attributions if a.rule.endswith("+nested"))
    assert source_name(doc, inner) == "Ann Lee" and [v.name for v in inner.via] == ["Tom Reed"]
    assert [s.name for s in doc.sources] == ["Tom Reed", "Ann Lee"]


def test_a_name_with_an_age_after_it_is_a_person_a_pronoun_may_mean() -> None:
    doc = en_after_headline("\u201cWe have bigger problems than this pier,\u201d says Gloria Garcia, a nurse from Salem.\n\n"
                            "Oluwaseun Marr, 18, from Lane County, disagrees. \u201cAnyone may fish where they like,\u201d he says.")
    a = one(doc, "Anyone may fish where they like")
    assert source_name(doc, a) == "Oluwaseun Marr"
    assert next(s for s in doc.sources if s.name == "Oluwaseun Marr").rule == "source.person.aged"


def test_made_the_point_that_reports_a_claim_and_made_alone_does_not() -> None:
    doc = en_after_headline("Tom Reed also made the point that the pier would cost twice as much as planned. "
                            "Eva Lund made a cake that was large.")
    a = one(doc, "pier would cost twice as much")
    assert source_name(doc, a) == "Tom Reed"
    assert len(doc.attributions) == 1


def test_two_descriptions_of_one_person_under_one_article_tag_a_quotation() -> None:
    doc = en_after_headline("Sen. Ann Holt on Wednesday called on the city to press the harbor board.\n\n"
                            "\u201cThe board is worried about the port,\u201d the Oregon senator and candidate for governor "
                            "told reporters.")
    a = one(doc, "board is worried about the port")
    assert source_name(doc, a) == "Ann Holt" and "+two_descriptions" in a.rule
