"""English sources and speakers (session 33, issue 7), on sentences we wrote: a speaker named after a
postposed cue with a relative clause that closes the sentence ("…, said a clerk who has worked there for
years."); a bracket after a name that says where that person stands in a picture ("(left)", "(L)") is no
party, and a member of a coordinated mention goes without it."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, link_names, one, source_name

from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.naming import picture_position


def test_a_relative_clause_after_a_postposed_speaker_closes_the_sentence() -> None:
    doc = en_after_headline("The bakery on Elm Street will close in March, said a clerk who has sold bread there for years.")
    a = one(doc, "bakery on Elm Street")
    assert [doc.span_text(c) for c in a.content] == ["The bakery on Elm Street will close in March"]
    assert a.rule.endswith("+speaker_relative") and source_name(doc, a) == "clerk"
    doc = en_after_headline("Egg prices have doubled since spring, says a farmer who sells at the Saturday market.")
    assert source_name(doc, one(doc, "Egg prices")) == "farmer"


def test_a_relative_clause_with_a_cue_of_its_own_is_no_speaker_phrase() -> None:
    doc = en_after_headline("The ferry will stop in May, said a sailor who told the crew the engine had failed.")
    assert not any("+speaker_relative" in a.rule for a in doc.attributions)


def test_picture_positions_are_no_parties() -> None:
    en = lang("en")
    assert picture_position("left", "Ann Holt (left) and Tom Lund (right) met on Monday.", en)
    assert picture_position("R", "Ann Holt (L) and Tom Lund (R) met on Monday.", en)
    assert not picture_position("R", "Gov. Tom Lund (R) met her on Monday.", en)
    assert not picture_position("D-Ohio", "Sen. Ann Holt (D-Ohio) met him on Monday.", en)


def test_a_coordinated_member_goes_without_its_position_bracket() -> None:
    doc = en_after_headline("Ann Holt (L) speaks with Tom Lund (R) at the county fair. Holt (C) and Lund (R) said "
                            "they would meet again in June.")
    names = sorted(s.name for s in doc.sources)
    assert names == ["Ann Holt", "Tom Lund"]
    assert source_name(doc, one(doc, "meet again")) == "Ann Holt"


def test_the_name_before_an_apposition_the_parse_takes_for_the_subject() -> None:
    doc = en_after_headline("Zorba Quint, a journalist visiting Ohio on vacation, told the Herald that she saw the "
                            "ferry leave an hour early.")
    a = one(doc, "ferry leave")
    assert source_name(doc, a) == "Zorba Quint" and "+name_before_apposition" in a.rule
    assert link_names(a) == ["Herald"]
    assert "journalist" not in [s.name for s in doc.sources]


def test_the_rule_records_what_the_content_start_was_moved_past() -> None:
    doc = en_after_headline("Ann Holt told the Herald on Monday that the ferry would stop in May.")
    assert one(doc, "ferry would stop").rule == "attr.indirect.en.v2+start.told"
    doc = en_after_headline("Tom Lund said in a statement that the pier was safe.")
    assert one(doc, "pier was safe").rule == "attr.indirect.en.v2+start.setting"
    doc = en_after_headline("Tom Lund told investors sales had doubled in the spring.")
    assert one(doc, "had doubled").rule == "attr.indirect.en.v2+start.bare_addressee"
    doc = en_after_headline("Tom Lund said the pier was safe.")
    assert one(doc, "pier was safe").rule == "attr.indirect.en.v2"


def test_a_time_that_opens_the_sentence_is_no_name_before_an_apposition() -> None:
    doc = en_after_headline("In June, a county judge sided with the tenants, saying the rent rule was unlawful.")
    assert not any("+name_before_apposition" in a.rule for a in doc.attributions)


def test_a_descriptive_relative_on_a_name_or_time_closes_what_was_said() -> None:
    doc = en_after_headline("Organisers said the fair is in better shape than the 2009 fair in Dayton, where the "
                            "organisers lost money.")
    a = one(doc, "better shape")
    assert [doc.span_text(c) for c in a.content] == ["the fair is in better shape than the 2009 fair in Dayton"]
    assert a.rule.endswith("+end.descriptive_relative")
    doc = en_after_headline("Ann Holt said she would not stand next to Tom Lund, who has led the board since 2010.")
    assert [doc.span_text(c) for c in one(doc, "next to").content] == ["she would not stand next to Tom Lund"]


def test_a_relative_clause_in_the_subject_of_what_was_said_stays() -> None:
    doc = en_after_headline("Ann Holt said the mayor, who owns the land, would sell it.")
    assert [doc.span_text(c) for c in one(doc, "would sell").content] == ["the mayor, who owns the land, would sell it"]


def test_a_conjunct_in_the_form_of_the_reported_clause_stays_in_it() -> None:
    doc = en_after_headline("Ann Holt said the county has run such checks in the past and given away bottled water "
                            "to every farm.")
    a = one(doc, "such checks")
    assert [doc.span_text(c) for c in a.content] == [
        "the county has run such checks in the past and given away bottled water to every farm"]
    assert a.rule == "attr.indirect.en.v2+end.clause_form"
    doc = en_after_headline("Ann Holt said the meeting was for private reasons and does not mean an endorsement "
                            "from the board.")
    a = one(doc, "private reasons")
    assert doc.span_text(a.content[-1]).endswith("endorsement from the board") and a.rule.endswith("+end.clause_form")


def test_the_speakers_next_act_after_the_reported_clause_still_ends_it() -> None:
    doc = en_after_headline("Ann Holt said the plan has failed but took no questions.")
    assert [doc.span_text(c) for c in one(doc, "plan has failed").content] == ["the plan has failed"]
    doc = en_after_headline("Ann Holt said the plan had failed and would not say more.")
    assert [doc.span_text(c) for c in one(doc, "plan had failed").content] == ["the plan had failed"]


def test_a_relative_clause_inside_a_subordinate_clause_stays() -> None:
    doc = en_after_headline("Officials have said that they missed the risk that grew when river towns, who had been "
                            "warned for years, kept building on the banks.")
    a = one(doc, "missed the risk")
    assert not doc.span_text(a.content[-1]).endswith("river towns")
    assert "+end.descriptive_relative" not in a.rule


def test_an_outlet_named_after_its_description_goes_by_its_name() -> None:
    doc = en_after_headline("The local paper, the Valley Courier, said the mayor had resigned. The Courier said the "
                            "vote had been close.")
    assert [(s.name, s.type) for s in doc.sources] == [("Valley Courier", "media")]
    assert source_name(doc, one(doc, "vote had been close")) == "Valley Courier"
    doc = en_after_headline("The Harbor Gazette, the city newspaper, said the pier would close.")
    assert source_name(doc, one(doc, "pier would close")) == "Harbor Gazette"


def test_a_conjunct_in_a_regular_past_form_after_a_perfect_is_the_narrators() -> None:
    # review rev33e: "thanked" after "has approved" may be a simple past of the speaker's next act
    doc = en_after_headline("Ann Holt said the council has approved the plan and thanked the voters.")
    assert [doc.span_text(c) for c in one(doc, "approved the plan").content] == ["the council has approved the plan"]


def test_a_relative_clause_with_a_speech_act_gets_no_descriptive_relative_tail() -> None:
    # review rev33e: the nested speech cut the content, not attr.content.en.descriptive_relative
    doc = en_after_headline("Ann Holt said she met Tom Lund, who told her the pier was unsafe.")
    a = one(doc, "she met Tom Lund")
    assert [doc.span_text(c) for c in a.content] == ["she met Tom Lund"]
    assert "+end.descriptive_relative" not in a.rule


def test_a_bare_verb_sharing_the_clauses_modal_stays() -> None:
    # (kept by the rules before clause_form here: no +end.clause_form tail)
    doc = en_after_headline("Ann Holt said the city will join the pact and build two parks next year.")
    a = one(doc, "join the pact")
    assert [doc.span_text(c) for c in a.content] == ["the city will join the pact and build two parks next year"]
    assert a.rule == "attr.indirect.en.v2"
    doc = en_after_headline("Ann Holt said the plan had failed and would not say more.")
    assert "+end.clause_form" not in one(doc, "plan had failed").rule
