"""English attribution (issue 7): the failure classes seen on real articles, each as
sentences of our own — an as-clause that names a medium after or inside what it reports, an
according-to source with a relative clause that closes the sentence, a tag whose setting runs to
the end of the sentence, a speaker inside a relative clause, and a participle after "with"."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import contents, en, one, source_name, source_text

# ---- "…, as X reported" ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("The grant had been frozen since May, as the Harbor Ledger reported on Monday.", "the Harbor Ledger"),
    ("The grant had been frozen since May, as the Harbor Ledger first reported.", "the Harbor Ledger"),
    ("The grant had been frozen since May, as first reported by the Harbor Ledger.", "the Harbor Ledger"),
    ("The grant had been frozen since May, as Ann Cole told reporters on Monday.", "Ann Cole"),
])
def test_as_clause_after_the_claim_names_its_source(text: str, who: str) -> None:
    doc = en(text)
    assert contents(doc) == [["The grant had been frozen since May"]]
    a = doc.attributions[0]
    assert source_text(doc, a) == who  # not a phrase that opens with "as", dropped as naming no one
    assert a.rule.endswith(".en.wie")


def test_as_clause_between_subject_and_predicate_leaves_both_parts_to_the_claim() -> None:
    doc = en("The grant, as the Harbor Ledger reported on Monday, had been frozen since May.")
    assert contents(doc) == [["The grant", "had been frozen since May"]]
    assert source_text(doc, doc.attributions[0]) == "the Harbor Ledger"


@pytest.mark.parametrize("text", [
    "Turnout rose sharply, as the mayor had predicted.",
    "The vote was delayed again, as officials feared.",
])
def test_as_clause_of_a_belief_reports_nothing(text: str) -> None:
    assert en(text).attributions == []


# ---- according to X, who … ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("The dam is safe for now, according to Paul Ortiz, who inspected it in June.", "Paul Ortiz"),
    ("The factory will close by the end of the year, according to two workers who asked not to be named.", "two workers"),
])
def test_relative_clause_on_an_according_to_source_is_no_part_of_the_claim(text: str, who: str) -> None:
    doc = en(text)
    assert len(doc.attributions) == 1
    a = doc.attributions[0]
    said = doc.span_text(a.content[0])
    assert "according" not in said and said == text.split(",")[0]
    assert source_text(doc, a) == who


# ---- the setting of a tag that closes the sentence ------------------------------------------------

def test_tag_with_a_setting_and_a_place_after_the_cue() -> None:
    doc = en("The city will cut bus routes next year, Mayor Ann Cole said Tuesday at a news conference in the town hall.")
    assert contents(doc) == [["The city will cut bus routes next year"]]
    assert source_name(doc, doc.attributions[0]) == "Ann Cole"


def test_participle_after_a_tag_with_a_setting_is_a_speech_act_of_its_own() -> None:
    doc = en("The plan will cost $4 million, the mayor said in a statement on Monday, adding that work could start in May.")
    first = one(doc, "The plan will cost")
    assert [doc.span_text(c) for c in first.content] == ["The plan will cost $4 million"]
    added = one(doc, "work could start in May")
    assert doc.span_text(added.cue) == "adding"
    assert source_text(doc, added) == "the mayor"


# ---- a speaker inside a relative clause -----------------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("The town stood at the heart of a zoning suit in which tenants successfully argued that the landlord had lied.", "tenants"),
    ("The firm moved its case to Denver, where local lawyers have often argued that the courts are fast.", "local lawyers"),
    ("She wrote to the board, to whom the auditors had said that the books were in order.", "the auditors"),
])
def test_subject_of_a_relative_clause_is_the_speaker_not_the_sentence_subject(text: str, who: str) -> None:
    doc = en(text)
    assert len(doc.attributions) == 1
    assert source_text(doc, doc.attributions[0]) == who


# ---- "with X -ing" -------------------------------------------------------------------------------

def test_participle_after_with_does_not_report_the_clause_before_it() -> None:
    doc = en("The tax plan became a campaign issue, with Senator Ann Lee criticizing the plan.")
    assert not any(doc.span_text(c) == "The tax plan became a campaign issue" for a in doc.attributions for c in a.content)


def test_participle_of_saying_after_with_has_the_named_speaker() -> None:
    doc = en("The tax plan became a campaign issue, with Senator Ann Lee saying it would hurt families.")
    assert contents(doc) == [["it would hurt families"]]
    assert source_name(doc, doc.attributions[0]) == "Ann Lee"


# ---- a description between dashes before the cue ---------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("Tom Roe — co-author of a book on city budgets — said the mayor tended to make promises at such events.", "Tom Roe"),
    ("Roe -- co-author of a book on city budgets -- said the mayor tended to make promises at such events.", "Roe"),
    ("Ann Lee -- who chairs the panel -- told reporters that the vote would be delayed.", "Ann Lee"),
    ("Ann Lee, the head of Ora Media -- the firm that owns the station -- told reporters that the deal was done.", "Ann Lee"),
])
def test_speaker_before_a_description_between_dashes(text: str, who: str) -> None:
    doc = en(text)
    assert len(doc.attributions) == 1
    a = doc.attributions[0]
    assert source_name(doc, a) == who
    said = doc.span_text(a.content[0])
    assert said.startswith(("the mayor", "that the")) and "--" not in said and "—" not in said
    src = source_text(doc, a)
    assert src is not None and src == src.strip()  # the mention as written, without the space before the closing dash


def test_noun_in_ing_after_an_article_belongs_to_the_subject() -> None:
    doc = en("The transcript of the hearing – released by the court – shows that the judge spoke for an hour.")
    assert contents(doc) == [["that the judge spoke for an hour"]]
    assert source_text(doc, doc.attributions[0]) == "The transcript of the hearing"


# ---- the speaker's next verb of speech ---------------------------------------------------------------

def test_conjoined_verb_of_speech_after_a_clause_on_the_addressee_is_a_speech_act_of_its_own() -> None:
    doc = en("Lee is telling a farmers group that the harvest is ruined and says she will ask for aid.")
    assert contents(doc) == [["that the harvest is ruined"], ["she will ask for aid"]]
    assert [source_text(doc, a) for a in doc.attributions] == ["Lee", "Lee"]


# ---- a quotation that goes on a sentence the author began ----------------------------------------------

def test_quotation_in_lower_case_after_the_authors_words_is_one_mixed_clause() -> None:
    doc = en('The closures have been "deeply painful" and the firm is working to prevent more, but for now, '
                  '"we will not gamble with lives," chief executive Ann Lee said.')
    a = one(doc, "we will not gamble with lives")
    assert a.mode == "indirect"
    assert doc.span_text(a.content[0]).startswith("The closures have been")
    assert source_name(doc, a) == "Ann Lee"
    assert a.rule == "attr.indirect.en.quote_speaker_cue_mixed"


@pytest.mark.parametrize("text", ['The mayor shrugged, "We tried," she said.', '"We tried," she said.'])
def test_quotation_that_opens_its_own_sentence_stays_direct(text: str) -> None:
    doc = en(text)
    assert contents(doc) == [["We tried"]]
    assert doc.attributions[0].mode == "direct"


@pytest.mark.parametrize("text", [
    "More than 9,000 homes lost power on Sunday, according to a union representing bus drivers in the valley.",
    "More than 9,000 homes lost power on Sunday, according to officials in the capital of the state.",
])
def test_modifier_of_an_according_to_source_is_no_part_of_the_claim(text: str) -> None:
    doc = en(text)
    assert contents(doc) == [["More than 9,000 homes lost power on Sunday"]]


def test_quotation_in_lower_case_after_a_word_before_an_inverted_tag_is_one_mixed_clause() -> None:
    doc = en('Three scans could not explain the pain, which was "deeply frustrating," wrote Reed, who had never been ill.')
    assert len(doc.attributions) == 1
    a = doc.attributions[0]
    said = doc.span_text(a.content[0])
    assert said.startswith("Three scans could not explain the pain") and '"deeply frustrating' in said
    assert a.mode == "indirect" and source_name(doc, a) == "Reed"


def test_quotation_that_goes_on_after_the_tag_stays_direct() -> None:
    doc = en('The summit achieved "too little," he added, "and the next one must do better."')
    assert all(a.mode == "direct" for a in doc.attributions)


# ---- speakers after a quotation, an age, a fronted phrase; relative pronouns -----------------------------

def test_age_before_an_inverted_speaker_is_no_part_of_the_name() -> None:
    doc = en('"After two weeks, I could not climb the stairs," wrote 51-year-old Tom Reed of Leeds.')
    assert source_name(doc, one(doc, "I could not climb the stairs")) == "Tom Reed"


def test_conjoined_cue_after_a_fronted_phrase_has_the_first_verbs_subject() -> None:
    doc = en('In his first post about the move, Tom Reed touched upon the idea of failure and noted there should be "no fear" involved.')
    a = one(doc, "no fear")
    assert a.mode == "indirect" and source_name(doc, a) == "Tom Reed"


def test_relative_pronoun_right_before_the_cue_is_its_subject() -> None:
    doc = en("One of the first hints was Reed's blood test, which showed his body was fighting a mould.")
    assert all(source_text(doc, a) != "One of the first" for a in doc.attributions)


def test_addressee_named_before_a_clause_without_that() -> None:
    doc = en("However, Reed told Singh he didn't keep any pets, just a few plants.")
    assert contents(doc) == [["he didn't keep any pets, just a few plants"]]
    assert source_text(doc, doc.attributions[0]) == "Reed"


@pytest.mark.parametrize("text", [
    "The prince met Ann Roe that night, a victim of the gang's alleged smuggling ring.",
])
def test_participle_before_its_noun_at_the_end_is_no_closing_tag(text: str) -> None:
    assert en(text).attributions == []


def test_broadcast_episode_of_the_speech_act_is_no_part_of_the_claim() -> None:
    doc = en("The news came a month after Reed announced that his wife was pregnant in an earlier episode of the show.")
    assert contents(doc) == [["that his wife was pregnant"]]


def test_speech_in_a_relative_clause_ends_where_the_main_predicate_goes_on() -> None:
    doc = en("Tom Reed, a lawyer from Ohio, who said the case was weak, left early.")
    assert contents(doc) == [["the case was weak"]]
    assert source_name(doc, doc.attributions[0]) == "Tom Reed"


def test_object_relative_clause_after_a_comma_is_no_part_of_the_speakers_name() -> None:
    doc = en("The senator, whom critics call a maverick, said the bill would pass.")
    assert source_name(doc, doc.attributions[0]) == "senator"
