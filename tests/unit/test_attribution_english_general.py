"""English attribution in the seed style on general constructions (sentences of our own; issue 7,
session 10): a predicate of a particle, evidential verbs with and without a speaker, a poll's
count, a supposed speech act, the end of a reported clause (a conjunct in another tense, a clause
of contrast, a quotation that goes on past a relative pronoun) and the that-clause of a noun that
is the sentence's subject."""

from __future__ import annotations

from tests.attribution_helpers import analyse, contents, en, one, source_name, source_text

from sourcetrace.document import Document


def test_particle_predicate_is_a_clause() -> None:
    doc = en("Mr. Fenwick said the merger with the bakery was off.")
    a = one(doc, "the merger with the bakery was off")
    assert source_text(doc, a) == "Mr. Fenwick"
    assert a.rule.startswith("attr.indirect.en.")


def test_evidential_verb_of_a_thing_says_nothing() -> None:
    doc = en("The treaty was signed in Lisbon in May. It showed that small states can shape a deal.")
    assert doc.attributions == []
    doc = en("Her attack on the senator indicates that she is preparing for a long campaign.")
    assert doc.attributions == []


def test_evidential_verb_of_a_text_or_a_speaker_stays() -> None:
    doc = en("The audit was published on Monday. It showed that the harbour fund had lost money for years.")
    assert contents(doc) == [["that the harbour fund had lost money for years"]]
    doc = en("The results suggest that the new ferry timetable saves commuters an hour a week.")
    assert source_text(doc, one(doc, "saves commuters")) == "The results"
    doc = en("Researchers found that the lake's trout had returned after a decade.")
    assert source_text(doc, one(doc, "trout had returned")) == "Researchers"


def test_share_that_agreed_is_a_poll_count_but_a_share_that_said_speaks() -> None:
    doc = en("Fewer than half agreed with the mayor that the fare was fair, while 12 percent were unsure.")
    assert doc.attributions == []
    doc = en("Sixty-one percent said the toll on the coast road was fair.")
    assert contents(doc) == [["the toll on the coast road was fair"]]


def test_supposed_speech_act_in_a_condition_is_none() -> None:
    doc = en("The harbour will stay closed until the inspector admits that the pier is sound.")
    assert doc.attributions == []
    doc = en("The council will act if the auditor says the accounts are wrong.")
    assert doc.attributions == []


def test_past_speech_act_after_until_stays() -> None:
    doc = en("Nobody moved until the union leader said that the strike was over.")
    assert contents(doc) == [["that the strike was over"]]


def test_conjunct_in_another_tense_is_the_speakers_next_verb() -> None:
    doc = en("Ann Berger, a teacher from Ohio, said she is friendly with the mayor but took issue with his plan for the school.")
    assert contents(doc) == [["she is friendly with the mayor"]]


def test_conjunct_in_the_same_tense_stays_in_the_clause() -> None:
    doc = en("Ann Berger said she is friendly with the mayor but disagrees with his plan for the school.")
    assert contents(doc) == [["she is friendly with the mayor but disagrees with his plan for the school"]]


def test_quotation_in_a_reported_clause_goes_on_past_a_relative_pronoun() -> None:
    doc = en("A spokesman for the agency told reporters that the agency is “working closely with the local councils, "
                  "who have said they need more time before opening the shelters to families.”")
    outer = one(doc, "that the agency is")
    assert doc.span_text(outer.content[0]).endswith("shelters to families.”")
    assert not any(a.rule.startswith("attr.direct.untagged") for a in doc.attributions)
    inner = [a for a in doc.attributions if a.rule.endswith("+quoted")]
    assert [[doc.span_text(c) for c in a.content] for a in inner] == [["they need more time before opening the shelters to families"]]


def test_that_clause_of_a_subject_noun_ends_before_the_main_verb() -> None:
    # (PolNeAR's conventions: the seed style makes no claim of a noun cue, `attr.filter.en.noun_cue`)
    def en(text: str) -> Document:
        return analyse(text, "en", conventions="polnear")

    doc = en("The company's claim that the heater was safe was rejected by the court.")
    a = one(doc, "the heater was safe")
    assert doc.span_text(a.content[0]) == "that the heater was safe"
    assert a.cue is not None and doc.span_text(a.cue) == "claim"
    doc = en("The minister's warning that the old dam could break was ignored by the town council.")
    a = one(doc, "the old dam could break")
    assert doc.span_text(a.content[0]) == "that the old dam could break"
    assert a.rule == "attr.indirect.en.noun_cue"


def test_person_who_suggested_speaks() -> None:
    doc = en("The mayor answered a young woman who suggested that the new tram line would never be finished.")
    assert contents(doc) == [["that the new tram line would never be finished"]]


def test_speaker_of_a_cue_in_a_subordinate_clause_is_its_own_subject() -> None:
    doc = en("Shares of the shipyard fell sharply after the company said its orders would shrink next year.")
    a = one(doc, "its orders would shrink")
    assert source_text(doc, a) == "the company"


def test_relative_clause_on_the_subject_of_a_reported_clause_stays_in_it() -> None:
    doc = en("The governor said the old bridge, which opened in 1990, needs repairs that will cost millions.")
    assert contents(doc) == [["the old bridge, which opened in 1990, needs repairs that will cost millions"]]


def test_relative_clause_after_a_noun_object_is_the_authors() -> None:
    doc = en("The two leaders praised the harbour treaty, which gives the islands a share of the fishing rights.")
    assert not any("gives the islands" in t for ts in contents(doc) for t in ts)


def test_clause_after_a_cue_with_a_participle_between_commas_is_what_was_said() -> None:
    doc = en("The police, citing two witnesses, said the gunman fled on foot towards the station.")
    a = one(doc, "the gunman fled on foot")
    assert source_text(doc, a) == "The police"


def test_source_familiar_with_the_matter_keeps_its_description() -> None:
    doc = en("According to a person familiar with the matter, the ferry contract could be signed next week.")
    a = one(doc, "the ferry contract could be signed next week")
    assert doc.span_text(a.content[0]) == "the ferry contract could be signed next week"
    assert source_text(doc, a) == "a person familiar with the matter"
    doc = en("The ferry contract could be signed next week, according to three bankers familiar with the talks.")
    a = one(doc, "The ferry contract")
    assert source_text(doc, a) == "three bankers familiar with the talks"
    doc = en("The ferry contract is nearly done, said a diplomat briefed on the talks.")
    assert source_text(doc, one(doc, "nearly done")) == "a diplomat briefed on the talks"


def test_quotation_split_by_its_tag_is_one_attribution() -> None:
    doc = en("“The strike is over,” the union leader declared, “and the buses run again tomorrow.”")
    assert contents(doc) == [["The strike is over", "and the buses run again tomorrow"]]
    doc = en("“The harbour must be dredged,” she said, and “every delay costs the fishermen money.”")
    assert contents(doc) == [["The harbour must be dredged", "every delay costs the fishermen money"]]


def test_quotation_in_the_next_sentence_stays_its_own_attribution() -> None:
    doc = en("“The strike is over,” the union leader said. “The buses run again tomorrow.”")
    assert contents(doc) == [["The strike is over"], ["The buses run again tomorrow"]]


def test_condemnation_for_being_something_claims_nothing() -> None:
    doc = en("After he blasted the new museum for being too expensive, the councillor left the meeting.")
    assert doc.attributions == []


def test_relative_pronoun_after_a_place_stands_for_the_person() -> None:
    doc = en("The plan was backed by a lawyer from Ohio who said it would create hundreds of jobs.")
    a = one(doc, "create hundreds of jobs")
    assert source_text(doc, a) == "a lawyer from Ohio"


def test_quotation_after_a_participle_and_a_colon_is_direct_and_ends_with_its_paragraph() -> None:
    doc = en("The senator rejected the plan, telling the Herald: “The harbour tax is a burden on every family.\n\n"
                  "“We will vote against it next week, whatever the mayor says.”")
    first = one(doc, "The harbour tax is a burden")
    assert first.mode == "direct"
    assert [doc.span_text(c).rstrip(".") for c in first.content] == ["The harbour tax is a burden on every family"]
    rest = one(doc, "We will vote against it")
    assert rest is not first and rest.mode == "direct" and rest.cue is None


def test_participle_object_ends_before_the_sentences_next_predicate() -> None:
    doc = en("The mayor opened the meeting by praising volunteers who think the park can be saved and moved on to the budget.")
    assert not any("moved on to the budget" in t for ts in contents(doc) for t in ts)


def test_participle_clause_keeps_its_own_second_verb() -> None:
    doc = en("The two writers praised the speech, saying it angered the governor and exposed a clear weakness.")
    assert ["it angered the governor and exposed a clear weakness"] in contents(doc)


def test_active_conjunct_with_an_object_is_no_part_of_a_passive_clause() -> None:
    doc = en("The prisoners said that they were being fed well and thanked their guards for the blankets.")
    assert contents(doc) == [["that they were being fed well"]]


def test_relative_pronoun_after_an_attack_on_someone_stands_for_that_person() -> None:
    doc = en("She followed up with an attack on the mayor, who has said he wants to stay neutral.")
    a = one(doc, "he wants to stay neutral")
    assert next(s.name for s in doc.sources if s.id == a.source) == "mayor"


def test_according_to_before_a_phrase_of_time_between_commas() -> None:
    doc = en("According to the port authority, as of 2023, the harbour had taken in more than 4,000 ships a year.")
    a = one(doc, "the harbour had taken in")
    assert source_text(doc, a) == "the port authority"
    assert a.mode == "according_to"


def test_a_noun_of_quantity_passes_through_to_who_follows() -> None:
    """'a variety of sources', 'a handful of aides': the phrase runs over its 'of' (transparent_nouns in
    en/lexicon.json) and the source is who follows, never the quantity noun; 'the number of' in the
    content stays content."""
    doc = en("According to a variety of sources, the ferry company will close its yard in May.")
    a = one(doc, "the ferry company will close its yard in May")
    assert source_text(doc, a) == "a variety of sources"
    assert source_name(doc, a) == "sources"
    assert next(s.type for s in doc.sources if s.id == a.source) == "anonymous"
    doc = en("A handful of aides said the harbour plan was dropped.")
    a = one(doc, "the harbour plan was dropped")
    assert source_name(doc, a) == "aides"
    doc = en("The number of stranded ferries rose to twelve, the port authority said.")
    a = one(doc, "The number of stranded ferries rose to twelve")
    assert source_name(doc, a) == "port authority"


def test_a_noun_cue_makes_no_claim_in_the_seed_style() -> None:
    doc = en("The minister's warning that the old dam could break was ignored by the town council.")
    assert doc.attributions == []
