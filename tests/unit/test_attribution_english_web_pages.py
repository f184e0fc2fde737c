"""English attribution as real web pages write it (issue 7, session 30), each rule first written as a
sentence of our own: a pronoun after a one-line paragraph about a person who said nothing, "it" after a
statement given to an outlet, personal names with a particle, an initial, a reflexive, a possessive or an
adjective around them, two persons of one surname, a title after a hyphen that ends no sentence, and the
press named after "told" with a time or a programme, or as the agent of a question."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, link_texts, one, source_name

from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.mentions import analyse_mention
from sourcetrace.textutil import split_sentences

analyze = partial(analyse, lang="en", date="2025-03-04")


# ---- "he said" after a paragraph about a person who said nothing -----------------------------

def test_pronoun_after_a_one_line_paragraph_means_its_subject() -> None:
    text = ("Harbour board to sell the old ferry\n\n"
            "Pilot Tom Brandt said the ferry was too old for winter crossings.\n\n"
            "Former Harbour Board member Ed Varga joined calls on Monday for a public vote on the sale.\n\n"
            "He said the town had paid for the boat and should decide its fate.\n")
    assert source_name(analyze(text), one(analyze(text), "town had paid for the boat")) == "Ed Varga"


def test_pronoun_keeps_a_person_its_own_sentence_names_first() -> None:
    # the sentence before names another man, but the pronoun's own sentence opens with its person
    text = ("Ferry sale\n\n"
            "On Monday, Ed Varga took aim at a plan by the mayor, Tom Brandt.\n\n"
            "In an interview, Brandt was talking about the budget when he told the council, \"We cannot keep it.\"\n")
    doc = analyze(text)
    assert source_name(doc, one(doc, "We cannot keep it")) == "Tom Brandt"


# ---- "it said" after a statement given to an outlet ------------------------------------------

def test_it_after_a_statement_to_an_outlet_is_the_speaker() -> None:
    doc = analyze("The ferry company said in a statement to Reuters that it would sell the boat. \"We regret the decision,\" it said.")
    a = one(doc, "We regret the decision")
    assert source_name(doc, a) == "ferry company" and link_texts(doc, a) == ["Reuters"]


# ---- names ------------------------------------------------------------------------------------

def test_names_with_a_particle_an_initial_and_a_possessive() -> None:
    lx = lang("en")
    for mention, name in [("Harbour Commissioner Ana de Lima", "Ana de Lima"), ("Jan van Dijk", "Jan van Dijk"),
                          ("Ruth K. Holloway", "Ruth K. Holloway"), ("Councillor Ruth K. Holloway", "Ruth K. Holloway"),
                          ("Ed Varga'", "Ed Varga"), ("a skeptical Ed Varga", "Ed Varga"), ("Ed Varga herself", "Ed Varga"),
                          ("Acting Director of the Port Authority, Ed Varga", "Ed Varga")]:
        info = analyse_mention(mention, lx)
        assert info.name == name and info.type == "person", mention
    assert analyse_mention("Varga of his role", lx).name == "Varga"
    assert analyse_mention("the Ford van", lx).type != "person"  # a particle only between two words in capitals


def test_two_persons_of_one_surname_stay_two() -> None:
    doc = analyze("\"The bridge is safe,\" Greta Holm tells me at the pier. "
                  "Lars Holm, her brother, has run the boatyard since 2019. \"We build two boats a year,\" Lars Holm said.")
    assert source_name(doc, one(doc, "bridge is safe")) == "Greta Holm"
    assert source_name(doc, one(doc, "two boats a year")) == "Lars Holm"


def test_a_title_after_a_hyphen_ends_no_sentence() -> None:
    text = "He won the seat when then-Rep. Ed Varga retired. Senator the Hon. Ruth Lee spoke."
    assert [text[s.start : s.end] for s in split_sentences(text, 0, len(text))] == [
        "He won the seat when then-Rep. Ed Varga retired.", "Senator the Hon. Ruth Lee spoke."]


# ---- the press after "told", and as the agent of a question -----------------------------------

def test_told_an_outlet_with_a_weekday_or_a_programme_before_the_clause() -> None:
    doc = analyze("Ed Varga told Fox News on Monday the ferry would be sold.")
    a = one(doc, "ferry would be sold")
    assert doc.span_text(a.content[0]).startswith("the ferry") and link_texts(doc, a) == ["Fox News"]
    doc = analyze("Ed Varga told NBC News' Today show the ferry would be sold.")
    a = one(doc, "ferry would be sold")
    assert doc.span_text(a.content[0]).startswith("the ferry")


def test_asked_about_something_by_an_outlet() -> None:
    doc = analyze("Asked about the cost by Reuters, Ed Varga said the budget was safe.")
    a = one(doc, "budget was safe")
    assert source_name(doc, a) == "Ed Varga" and link_texts(doc, a) == ["Reuters"]
    doc = analyze("Asked about the cost by the new members, Ed Varga said the budget was safe.")
    assert link_texts(doc, one(doc, "budget was safe")) == []  # no medium, no link


# ---- fronted participles ------------------------------------------------------------------------

def test_an_opening_participle_has_no_speaker_after_it() -> None:
    doc = analyze("Explaining why he kept the records is hard for the harbour master.")
    assert not doc.attributions
    doc = analyze("Adding the resin would let the crew hold the rope firmly.")
    assert not doc.attributions


def test_subject_after_a_fronted_question_with_two_verbs() -> None:
    doc = analyze("Asked about the fee by the Harbour Post, Greta Holm laughed and simply said the boatyard would pay it.")
    a = one(doc, "boatyard would pay it")
    assert source_name(doc, a) == "Greta Holm" and link_texts(doc, a) == ["the Harbour Post"]


# ---- a body whose name has "and", and its spokesperson's pronoun ------------------------------

def test_a_spokesperson_for_a_body_named_with_and_is_one_source() -> None:
    doc = analyze("A spokesperson for the Ports and Harbours Employers Association (PHEA) said its members had cut short contracts. "
                  "\"We have worked with the unions,\" he said.")
    first, second = one(doc, "members had cut short contracts"), one(doc, "worked with the unions")
    assert "Ports and Harbours Employers Association" in (source_name(doc, first) or "")
    assert source_name(doc, second) == source_name(doc, first)
    doc = analyze("The mayor of Leeds and the mayor of York said the plan was sound.")
    assert {s.name for s in doc.sources} == {"mayor of Leeds", "mayor of York"}  # two heads, two sources


# ---- an untagged quotation after a person brought in with a word of speech ---------------------

def test_untagged_quote_after_a_statement_noun_is_the_new_persons() -> None:
    # (one line per paragraph, as a web page's text comes)
    text = ("Court rules on the ferry fee\n"
            "\"Most courts have said the fee is fair,\" noted lawyer Tom Brandt in an interview. \"This one did not.\"\n"
            "The town's lawyer, Mary Holm, had a shorter statement after the ruling on Thursday.\n"
            "\"Nobody can overstate what this ruling means for the harbour.\"\n")
    doc = analyze(text)
    assert source_name(doc, one(doc, "This one did not")) == "Tom Brandt"
    assert source_name(doc, one(doc, "Nobody can overstate")) == "Mary Holm"


def test_pronoun_after_a_surname_that_opens_a_one_line_paragraph() -> None:
    text = ("Harbour wines\n"
            "\"The red is young,\" Clara Voss tells me at her cellar.\n"
            "In 2011 the grower Anselm Brack won a prize for his wine.\n"
            "Brack regards the grape as his father's favourite.\n"
            "\"The wine is softer than the others,\" he says.\n")
    doc = analyze(text)
    assert source_name(doc, one(doc, "wine is softer")) == "Anselm Brack"


def test_a_closing_tag_whose_speaker_has_a_modifier() -> None:
    doc = analyze("Dock workers are paid too little, says a report highlighting the rise of short contracts.")
    a = one(doc, "Dock workers are paid too little")
    assert source_name(doc, a) == "report"
    doc = analyze("Ferries will stop in May, says a study which looked at the harbour.")
    assert source_name(doc, one(doc, "Ferries will stop in May")) == "study"


def test_citing_a_database_is_a_link() -> None:
    doc = analyze("Citing the Harbour Tide Database, the port authority noted that the water was lower than usual.")
    a = one(doc, "water was lower than usual")
    assert source_name(doc, a) == "port authority" and link_texts(doc, a) == ["the Harbour Tide Database"]


def test_a_sentence_that_brings_in_no_speech_gives_the_quotation_after_it_no_new_speaker() -> None:
    # (negated, refused or asked: the person did not speak, so the untagged quotation is not theirs)
    for middle in ("The town's lawyer, Mary Holm, had no statement after the ruling on Thursday.",
                   "The town's lawyer, Mary Holm, did not have a statement after the ruling on Thursday.",
                   "The town's lawyer, Mary Holm, left the court without a statement on Thursday."):
        text = ("Court rules on the ferry fee\n"
                "\"Most courts have said the fee is fair,\" noted lawyer Tom Brandt in an interview. \"This one did not.\"\n"
                f"{middle}\n"
                "\"Nobody can overstate what this ruling means for the harbour.\"\n")
        doc = analyze(text)
        assert source_name(doc, one(doc, "Nobody can overstate")) != "Mary Holm", middle


def test_a_noun_in_ing_after_a_preposition_stays_in_the_speakers_phrase() -> None:
    # ("shipping", "housing": nouns after "of" and "for", no participle that opens a modifier)
    for sentence, speaker in [("The port will close in May, said the head of shipping.", "head of shipping"),
                              ("Rents will rise again next year, said the minister for housing.", "minister for housing")]:
        doc = analyze(sentence)
        assert source_name(doc, one(doc, sentence.split(",")[0])) == speaker, sentence



def test_untagged_quotation_after_a_sentence_that_opens_with_another_person() -> None:
    # (rule +subject_before: the sentence between opens with a person as its subject; no word of speech needed)
    text = ("Ferry fee upheld\n"
            "\"The fee stays as it is,\" said judge Tom Brandt after the hearing. \"Both sides were heard.\" "
            "Mary Holm, a harbour pilot, listened from the back of the room. "
            "\"Our boats will leave this town for good.\"\n")
    doc = analyze(text)
    assert source_name(doc, one(doc, "Both sides were heard")) == "Tom Brandt"
    a = one(doc, "Our boats will leave")
    assert source_name(doc, a) == "Mary Holm"
    assert a.rule.endswith("+subject_before")


def test_untagged_quotation_after_a_sentence_that_reports_speech_goes_on_with_the_speaker() -> None:
    # (+subject_before narrowed, session 38: a sentence between with a verb of speech of its own reports
    # someone's words; the person it opens with was not brought in to speak)
    text = ("Ferry fee upheld\n"
            "Ann Roe, a ferry captain, said she would not pay the new fee. "
            "Also, Tom Brandt is no friend of the harbour, she said. "
            "\"He has never set foot on a boat!\"\n")
    doc = analyze(text)
    a = one(doc, "never set foot on a boat")
    assert source_name(doc, a) == "Ann Roe"
    assert "+subject_before" not in a.rule


def test_quotation_after_a_colon_lead_in_its_own_sentence_takes_no_subject_before() -> None:
    # (+subject_before narrowed, session 38: the quotation must open its own sentence; "A note in the file
    # makes it plain: “…”" is the note's, never the person who opened the sentence before)
    text = ("Ferry fee upheld\n"
            "\"The fee stays as it is,\" said judge Tom Brandt after the hearing. "
            "Mary Holm, a harbour pilot, wrote to the board in May. "
            "A note in the harbour file makes that plain: \"The pilots were never asked about the fee.\"\n")
    doc = analyze(text)
    a = next((a for a in doc.attributions if "never asked about the fee" in doc.text[a.content[0].start : a.content[-1].end]), None)
    assert a is None or source_name(doc, a) != "Mary Holm"


def test_a_fronted_day_is_no_speaker() -> None:
    # (rule +past_fronted_day, session 38: "Sunday, on …, while …, chair Ann Roe said": the day is the time, Roe speaks)
    text = ("Ferry to run again\n"
            "Sunday, on Harbor Radio's \"Morning Desk,\" while commenting on the strike, Harbor Board chair Ann Roe "
            "said the ferry would run again in May.\n")
    doc = analyze(text)
    a = one(doc, "the ferry would run again in May")
    assert a.rule.endswith("+past_fronted_day")
    assert source_name(doc, a) is not None and "Ann Roe" in (source_name(doc, a) or "")
