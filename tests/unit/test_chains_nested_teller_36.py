"""Chains of session 36 (issue 7), each written as sentences of our own: speech told inside someone's
reported speech whose teller is a pronoun links to the one the pronoun stands for, not to a source
named "She" (`via.phrase+pronoun_speaker`); words quoted at the head of a clause told inside a quotation
("replied that ‘…,’ adding that …") are the inner speaker's words alone, a direct claim relayed by the
quotation's speaker (`+quoted_head`), and a clause the same speaker adds after them ("…, adding that …") a
second one (`+quoted_head_rest`); a pronoun speaker inside a quotation run on into a contraction or an adverb
("She’s actually said, ‘…’") keeps its claim (`+pronoun_head`); a piece written for a medium ("In an essay in
the Harbor Ledger, he wrote") links to that medium (`written_piece_phrase`); a person who "was on CNN" sets the
occasion of what that person says next (`attr.frame.interview+subject_ran_on`); "X quoted Y as saying …" ends
before the author's concession (`+concession_end`); speech told in a relative clause inside a report ("a clerk
who said …") is nested (`nested_report+relative`); "said on a press call arranged by the unions" names no link
(`via_occasion_nouns`)."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import en, link_names, names, one

from sourcetrace.document import Attribution, Document

# ---- the teller named by a pronoun ---------------------------------------------------------------


def _ruled(doc: Document, end: str) -> Attribution:
    """The one attribution whose rule ends in `end`."""
    hits = [a for a in doc.attributions if a.rule.endswith(end)]
    assert len(hits) == 1, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    return hits[0]


def test_pronoun_teller_links_to_the_person_it_stands_for() -> None:
    doc = en("Anna Berg said she met the mayor on Monday. She said that she personally was tired and noted that "
             "Tom Reed himself has admitted he will not run again.")
    inner = _ruled(doc, "+nested")
    assert link_names(inner) == ["Anna Berg"]
    assert any(v.rule == "via.phrase+pronoun_speaker" for v in inner.via)
    assert "She" not in names(doc)


def test_named_teller_keeps_its_link() -> None:
    doc = en("Anna Berg said she met the mayor on Monday. Berg noted that Tom Reed himself has admitted he will not run again.")
    inner = _ruled(doc, "+nested")
    assert link_names(inner) == ["Anna Berg"]
    assert not any("pronoun_speaker" in v.rule for v in inner.via)


# ---- words quoted at the head of a clause told inside a quotation ------------------------------


def test_quoted_head_of_a_told_clause_is_the_inner_claim() -> None:
    doc = en("“The manager replied that ‘He is going to fix the roof,’ adding that the clerk will help,” Jan Holm testified.")
    inner = _ruled(doc, "+quoted_head+quoted")
    assert doc.span_text(inner.content[0]) == "He is going to fix the roof"
    assert inner.mode == "direct"
    assert inner.rule.endswith("+quoted_head+quoted")
    assert link_names(inner) == ["Jan Holm"]


def test_quoted_head_with_the_comma_outside_the_marks() -> None:
    doc = en("“The manager replied that ‘He’s going to fix the teachers’ roof’, adding that the clerk will help,” Jan Holm testified.")
    inner = _ruled(doc, "+quoted_head+quoted")
    assert doc.span_text(inner.content[0]) == "He’s going to fix the teachers’ roof"
    assert link_names(inner) == ["Jan Holm"]


def test_told_clause_without_quoted_head_stays_whole() -> None:
    doc = en("“The manager replied that he is going to fix the roof soon,” Jan Holm testified.")
    inner = _ruled(doc, "+quoted")
    assert "+quoted_head" not in inner.rule
    assert doc.span_text(inner.content[0]).startswith("that he is going")


def test_clause_added_after_the_quoted_head_is_a_second_claim() -> None:
    doc = en("“The manager replied that ‘He is going to fix the roof,’ adding that the clerk will help with the tiles,” Jan Holm testified.")
    rest = _ruled(doc, "+quoted_head_rest+quoted")
    assert doc.span_text(rest.content[0]) == "that the clerk will help with the tiles"
    assert rest.mode == "indirect"
    assert link_names(rest) == ["Jan Holm"]


def test_no_second_claim_without_a_participle_of_speech() -> None:
    doc = en("“The manager replied that ‘He is going to fix the roof,’ climbing the ladder at once,” Jan Holm testified.")
    assert not any("quoted_head_rest" in a.rule for a in doc.attributions)


# ---- a piece written for a medium -----------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["In an essay in the Harbor Ledger in May", "In a recent column for the Harbor Ledger",
                                    "In an op-ed in the Harbor Ledger"])
def test_piece_written_for_a_medium_links_to_it(phrase: str) -> None:
    doc = en(f"Tom Reed has long warned about the port. {phrase}, he wrote, “The cranes are old and the port will lose its ships.”")
    assert link_names(one(doc, "The cranes are old")) == ["Harbor Ledger"]


def test_piece_named_without_a_medium_is_no_link() -> None:
    doc = en("Tom Reed has long warned about the port. In an essay in May, he wrote, “The cranes are old and the port will lose its ships.”")
    assert link_names(one(doc, "The cranes are old")) == []


# ---- a pronoun speaker inside a quotation run on into a contraction or an adverb ---------------------


@pytest.mark.parametrize("tag", ["She’s actually said on the radio", "She has actually said on the radio", "She always says"])
def test_pronoun_speaker_inside_a_quotation_keeps_its_claim(tag: str) -> None:
    doc = en(f"Paul Hart criticised Governor Lisa Grant on Monday. “{tag}, ‘I refuse to use that word in public,’” he noted.")
    inner = _ruled(doc, "+quoted")
    assert doc.span_text(inner.content[0]) == "I refuse to use that word in public"
    assert inner.source is not None and (src := doc.source_by_id(inner.source)) is not None and src.name == "Lisa Grant"
    assert link_names(inner) == ["Paul Hart"]


# ---- a person who was on a programme, then speaks -----------------------------------------------------


def test_person_on_a_medium_sets_the_occasion_of_what_follows() -> None:
    doc = en("The port closed on Monday after a rally by Tom Reed and the dock workers.\n\n"
             "On Tuesday, Tom Reed was on CNN to discuss the port.\n\n"
             "He said the talks with the harbour board had brought “real progress” at last.")
    assert link_names(one(doc, "real progress")) == ["CNN"]


def test_subject_run_on_into_the_medium_is_cut_for_the_frame() -> None:
    doc = en("The port closed on Monday after a rally by Tom Reed and the dock workers.\n\n"
             "On the morning of the strike, Reed was on CNN talking about where the workers go from here.\n\n"
             "He said the talks with the harbour board had brought “real progress” at last.\n\n"
             "“If the board keeps its word, the cranes will run by May,” Reed said.")
    assert link_names(one(doc, "real progress")) == ["CNN"]
    assert link_names(one(doc, "cranes will run")) == ["CNN"]


def test_a_thing_on_a_medium_sets_no_occasion() -> None:
    doc = en("The port closed on Monday after a rally by Tom Reed and the dock workers.\n\n"
             "On Tuesday, the video of the rally was on CNN all morning.\n\n"
             "Reed said the talks with the harbour board had brought “real progress” at last.")
    assert link_names(one(doc, "real progress")) == []


# ---- "X quoted Y as saying …": the author's concession after it ------------------------------------


def test_quoted_as_saying_ends_before_the_authors_concession() -> None:
    doc = en("The port closed on Monday.\n\nThe Harbor Ledger quoted a witness as saying she saw one truck and heard shots, "
             "although it was not clear whether they came from the driver.")
    said = one(doc, "she saw one truck")
    assert doc.span_text(said.content[0]) == "she saw one truck and heard shots"
    assert said.rule == "attr.indirect.en.active_quote+concession_end"
    assert link_names(said) == ["Harbor Ledger"]


# ---- speech told in a relative clause inside someone's report ------------------------------------------


def test_relative_clause_speech_inside_a_report_is_nested() -> None:
    doc = en("The port was in crisis again on Friday. Jan Holm reported that the port paid a settlement to a clerk "
             "who said the manager had abused her for years.")
    inner = _ruled(doc, "nested_report+relative")
    assert doc.span_text(inner.content[0]) == "the manager had abused her for years"
    assert link_names(inner) == ["Jan Holm"]


def test_relative_clause_speech_skips_the_one_told() -> None:
    doc = en("The ward was busy. Anna Berg said the port hired a nurse who told reporters that the ward was full.")
    assert doc.span_text(_ruled(doc, "nested_report+relative").content[0]) == "that the ward was full"


@pytest.mark.parametrize("text", ["Jan Holm said the port needs a manager who says what he thinks.",
                                  "Jan Holm said the port hired a clerk who told them what to do."])
def test_relative_clause_of_no_told_claim_is_no_nested_speech(text: str) -> None:
    doc = en(f"The port was quiet on Friday. {text}")
    assert not any("+relative" in a.rule for a in doc.attributions)



# ---- an occasion one spoke at is no medium --------------------------------------------------------------


def test_call_set_up_by_others_is_no_link() -> None:
    doc = en("The port closed on Monday.\n\n“Working our way up will allow me to save,” Anna Berg, a clerk at a crane company, "
             "said on a press call arranged by the unions. “It would also let me put money away.”")
    assert link_names(one(doc, "allow me to save")) == []
    assert not any("call" in n for n in names(doc))


def test_call_of_a_known_outlet_stays_a_link() -> None:
    doc = en("The port closed on Monday. Tom Reed said on a CNN call with viewers that the port would reopen.")
    assert link_names(one(doc, "port would reopen")) == ["CNN"]


# ---- a part or body of a medium after "on" is no place where one spoke (review of session 36) -------


@pytest.mark.parametrize("where", ["was on the board of CNN", "was on the advisory board of the BBC",
                                   "was on the staff of CNN"])
def test_a_part_of_a_medium_sets_no_occasion(where: str) -> None:
    doc = en("The port closed on Monday after a rally by Tom Reed and the dock workers.\n\n"
             f"For six years, Tom Reed {where}.\n\n"
             "He said the talks with the harbour board had brought “real progress” at last.")
    assert link_names(one(doc, "real progress")) == []


def test_a_medium_itself_after_a_form_of_be_still_sets_the_occasion() -> None:
    doc = en("The port closed on Monday after a rally by Tom Reed and the dock workers.\n\n"
             "On Tuesday, Tom Reed was on the evening show of CNN to discuss the port.\n\n"
             "He said the talks with the harbour board had brought “real progress” at last.")
    assert link_names(one(doc, "real progress")) == ["CNN"]
