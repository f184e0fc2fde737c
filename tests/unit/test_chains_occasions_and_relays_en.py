"""English chains of session 24 (attr24en): an interview named with its day ("in a Friday interview
with X"), an outlet's short name before the interview noun ("in a Fox interview"), an untagged
quotation whose own sentence names its occasion, whom a reporter cites ("citing participants in
the meeting") as a link of the reporter's quotation and of the speech told inside it. Invented
sentences."""

from __future__ import annotations

from tests.attribution_helpers import en, link_names, one, source_name, source_text


def test_interview_with_a_day_names_its_medium() -> None:
    doc = en("Harbor bridge reopens.\n\n“I will not run again,” Ann Lee said in a Tuesday interview with Telemundo. "
             "“My time in office is over.”\n")
    assert link_names(one(doc, "I will not run again")) == ["Telemundo"]
    assert link_names(one(doc, "My time in office")) == ["Telemundo"]


def test_interview_with_a_capitalised_word_that_is_no_time_stays_unread() -> None:
    # (a capitalised word that is no day before the noun: the plain phrase rule does not read it)
    doc = en("Harbor bridge reopens.\n\n“I will not run again,” Ann Lee said in a Harbor interview with Tom Hale.\n")
    assert link_names(one(doc, "I will not run again")) == []


def test_untagged_quote_takes_the_occasion_its_sentence_names() -> None:
    doc = en("Harbor bridge reopens.\n\n“The bridge is safe,” Tom Hale said in an interview with CNN. "
             "In a Fox interview the next morning, Hale was blunter still: “It is the best bridge we have.”\n")
    assert link_names(one(doc, "The bridge is safe")) == ["CNN"]
    assert link_names(one(doc, "the best bridge we have")) == ["Fox"]


def test_untagged_quote_without_an_occasion_keeps_the_chain_before() -> None:
    doc = en("Harbor bridge reopens.\n\n“The bridge is safe,” Tom Hale said in an interview with CNN. "
             "“It is the best bridge we have.”\n")
    assert link_names(one(doc, "the best bridge we have")) == ["CNN"]


def test_reporter_citing_participants_links_the_quote_and_the_speech_inside() -> None:
    doc = en("Budget talks stall.\n\n“The mayor said the plan was ready,” Jane Roe of the Harbor Ledger wrote, "
             "citing attendees at the session.\n")
    outer = one(doc, "The mayor said the plan was ready")
    assert link_names(outer) == ["attendees"]
    inner = [a for a in doc.attributions if a is not outer and any(doc.span_text(c) == "the plan was ready" for c in a.content)]
    assert len(inner) == 1 and link_names(inner[0]) == ["attendees", "Jane Roe"]


def test_citing_a_reason_names_no_link() -> None:
    doc = en("Budget talks stall.\n\n“The plan is late,” wrote reporter Jane Roe, citing delays in the meeting schedule.\n")
    assert link_names(one(doc, "The plan is late")) == []


def test_as_someone_puts_it_names_the_speaker() -> None:
    doc = en("Budget talks stall.\n\nAs the Ledger's Tom Hale puts it, the council has run out of good options.\n\n"
             "As Bo Park, the council's chair, put it: “We will vote against the budget.”\n")
    a = one(doc, "the council has run out")
    assert a.mode == "according_to" and a.rule == "attr.according.en.as_put_it"
    assert source_text(doc, a) is not None and "Tom Hale" in (source_text(doc, a) or "")
    b = one(doc, "We will vote against the budget")
    assert b.rule == "attr.according.en.as_put_it" and "Bo Park" in (source_text(doc, b) or "")


def test_as_clause_without_put_it_is_no_such_attribution() -> None:
    doc = en("Budget talks stall.\n\nAs the mayor put the plan on the table, the council left the room.\n")
    assert not any(a.rule.endswith("as_put_it") for a in doc.attributions)


def test_headline_question_word_is_no_first_name() -> None:
    doc = en("Why Lee's council gamble matters.\n\nThe vote is close. “The council will come around,” Lee said.\n")
    assert "Why Lee" not in [s.name for s in doc.sources]
    assert source_name(doc, one(doc, "The council will come around")) == "Lee"


def test_a_share_of_a_group_names_no_source() -> None:
    doc = en("Young voters are hopeful, poll finds.\n\nForty percent of nurses say that wages will rise next year. "
             "Just shy of a third, 31%, say the new rules are fair.\n")
    listed = [s.name for s in doc.sources]
    assert not any("percent" in n or "shy" in n for n in listed), listed
    assert one(doc, "wages will rise").rule.endswith("+names_nobody")
    assert one(doc, "the new rules are fair").rule.endswith("+names_nobody")


def test_a_clause_cut_as_speaker_names_no_one() -> None:
    # (the speech told inside the quotation, "… landlord to assert …": its speaker phrase ran over the verb "resists")
    doc = en("Park dispute.\n\n“The council firmly resists pressure by any landlord to assert its park claims,” the council said.\n")
    assert [s.name for s in doc.sources] == ["council"]


def test_a_speaker_with_a_participle_or_a_relative_clause_keeps_the_name() -> None:
    doc = en("Trade talks.\n\nThree staff members briefed on the merger said the prices would stay. "
             "Officials who asked not to be named said the talks would resume in May.\n")
    assert source_text(doc, one(doc, "the prices would stay")) == "Three staff members briefed on the merger"
    b = one(doc, "the talks would resume")
    assert (source_text(doc, b) or "").startswith("Officials") and "no_source" not in b.rule


def test_a_sentence_naming_the_interview_of_a_person_is_its_occasion() -> None:
    doc = en("Lee speaks out.\n\nSuch is the case Ann Lee makes in an interview with Politico.\n\n"
             "“I think the council is wrong,” Lee said. “The bridge must be rebuilt.”\n")
    assert link_names(one(doc, "I think the council is wrong")) == ["Politico"]
    assert link_names(one(doc, "The bridge must be rebuilt")) == ["Politico"]


def test_an_interview_of_a_thing_is_no_occasion_of_a_later_speaker() -> None:
    doc = en("Lee speaks out.\n\nThe report was discussed in an interview with Politico.\n\n"
             "“I think the council is wrong,” Lee said.\n")
    assert link_names(one(doc, "I think the council is wrong")) == []


def test_one_of_a_group_is_someone_not_a_share() -> None:
    # a bare count before "of" names a person of the group (an anonymous source), not a share of people
    doc = en("Budget fight.\n\nOne of the mayor's aides said the vote would be delayed until June.\n")
    a = one(doc, "the vote would be delayed")
    assert not a.rule.endswith("+names_nobody")
    assert [s.name for s in doc.sources if "aides" in s.name or "One" in s.name]
