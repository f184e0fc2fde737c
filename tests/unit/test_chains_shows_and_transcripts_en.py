"""English chains through shows and transcripts (session 23, issue 7) on sentences of our own: a
programme named by its outlet ("on Fox and Friends") after a verb of appearing or speaking with a
short object between ("talked politics Monday on …") is where the speaker spoke, and the quotations
of that speaker after it carry its link until another speaker takes over; a show recalled ("on the
same show") after one a speaker spoke on; the lines of a transcript of a speaker whose claim before
named where they spoke."""

from __future__ import annotations

from tests.attribution_helpers import en, link_names, one, source_name


def test_show_after_a_verb_and_its_object_carries_into_the_quotations() -> None:
    doc = en("Council race.\n\nMara Lind, the sister of the mayor, talked politics Tuesday on Fox and Friends.\n\n"
             "\u201cThe council has ignored the harbor for two years,\u201d Lind said. \u201cIt is time for a change. "
             "We will keep knocking on doors.\u201d\n\nTom Reeve, a council member, disagreed. "
             "\u201cThe numbers speak for themselves,\u201d he said.")
    for words in ("ignored the harbor", "keep knocking on doors"):
        assert link_names(one(doc, words)) == ["Fox and Friends"], words
    assert link_names(one(doc, "numbers speak for themselves")) == []


def test_a_place_after_on_is_no_show() -> None:
    doc = en("Council race.\n\nTom Reeve worked on Capitol Hill for a decade.\n\n"
             "\u201cThe numbers speak for themselves,\u201d Reeve said.")
    assert link_names(one(doc, "numbers speak for themselves")) == []


def test_a_report_on_an_outlet_is_no_show() -> None:
    doc = en("Council race.\n\nTom Reeve read a report on Fox and Friends Monday.\n\n"
             "\u201cThe numbers speak for themselves,\u201d Reeve said.")
    assert link_names(one(doc, "numbers speak for themselves")) == []


def test_a_document_between_the_verb_and_on_is_no_show() -> None:
    # a report the outlet aired is what was discussed, not where the speaker spoke
    doc = en("Port dispute.\n\nAnn Lee discussed the report on CNN and said the port would open in May.")
    assert link_names(one(doc, "port would open")) == []
    doc = en("Port dispute.\n\nAnn Lee repeated the claim on CNN and said the port would open in May.")
    assert link_names(one(doc, "port would open")) == ["CNN"]


def test_same_show_recalls_the_show_a_speaker_spoke_on() -> None:
    doc = en("Port dispute.\n\nAnn Lee said on CNN's Harbor Hour that the port would open in May.\n\n"
             "Later on the same show, Rep. Tom Reed argued that the ferry schedule was a mistake.")
    assert link_names(one(doc, "ferry schedule")) == ["CNN"]


def test_same_show_without_a_show_before_names_no_link() -> None:
    doc = en("Port dispute.\n\nAnn Lee said at a rally that the port would open in May.\n\n"
             "Later on the same show, Rep. Tom Reed argued that the ferry schedule was a mistake.")
    assert link_names(one(doc, "ferry schedule")) == []


def test_transcript_lines_carry_the_occasion_of_their_speaker() -> None:
    doc = en("Lee on the port.\n\nSunday, on CNN's \u201cHarbor Hour,\u201d Governor Ann Lee said the port plan was "
             "\u201ca good start.\u201d\n\nPartial transcript:\n\nTOM HALE: The mayor released a plan on Friday. "
             "What do you think?\n\nLEE: Well, I think the whole city needs to work together. People want safe "
             "streets.\n\nHALE: And the ferry?\n\nLEE: The ferry will run on time. We checked the numbers.")
    for words in ("whole city needs to work together", "ferry will run on time"):
        a = one(doc, words)
        assert link_names(a) == ["CNN"], words
        assert a.rule.endswith("+occasion")


def test_transcript_of_a_speaker_who_named_no_occasion_has_no_link() -> None:
    doc = en("Lee on the port.\n\nGovernor Ann Lee said the port plan was \u201ca good start.\u201d\n\nPartial transcript:\n\n"
             "TOM HALE: The mayor released a plan on Friday. What do you think?\n\n"
             "LEE: Well, I think the whole city needs to work together. People want safe streets.\n\n"
             "HALE: And the ferry?\n\nLEE: The ferry will run on time. We checked the numbers.")
    assert link_names(one(doc, "ferry will run on time")) == []


def test_a_frame_whose_quotation_marks_hold_a_title() -> None:
    doc = en("Port dispute.\n\nAnn Lee, the director of the port, appeared on CNN's \u201cState of the Union\u201d on Sunday "
             "to defend the plan.\n\n\u201cWe will not sign this deal,\u201d Lee said. \u201cIt is bad for the workers.\u201d")
    for words in ("not sign this deal", "bad for the workers"):
        assert link_names(one(doc, words)) == ["CNN"], words


def test_a_frame_whose_quotation_is_speech_is_none() -> None:
    doc = en("Port dispute.\n\nAnn Lee, the director of the port, appeared on CNN on Sunday and called the plan "
             "\u201ca bad idea for all of us.\u201d\n\nTom Reed, a docker, disagreed. \u201cWe will sign,\u201d Reed said.")
    assert link_names(one(doc, "We will sign")) == []


def test_sat_down_with_an_outlet_is_an_interview() -> None:
    doc = en("Port dispute.\n\nJo Hale, a crane driver, sat down with Reuters on Friday at the docks of the old port.\n\n"
             "\u201cThe port is my life,\u201d Hale said. \u201cI will not leave it.\u201d\n\n"
             "Tom Reed, her neighbour, sat down with his lawyers on Friday at the docks.\n\n\u201cWe will win,\u201d Reed said.")
    for words in ("port is my life", "not leave it"):
        assert link_names(one(doc, words)) == ["Reuters"], words
    assert link_names(one(doc, "We will win")) == []


def test_a_second_speech_act_after_an_interview_phrase_keeps_speaker_and_link() -> None:
    doc = en("Port dispute.\n\nAnn Lee said in an interview with CNN that the plan was good and added that voters "
             "would be happy.")
    first, second = one(doc, "the plan was good"), one(doc, "voters would be happy")
    assert first is not second
    for a in (first, second):
        assert source_name(doc, a) == "Ann Lee"
        assert link_names(a) == ["CNN"]


def test_a_relative_clause_on_the_interview_stays_in_what_was_said() -> None:
    doc = en("Port dispute.\n\nAnn Lee said the crane that the port bought and repaired last year was broken.")
    assert "repaired last year was broken" in doc.span_text(one(doc, "crane").content[0])


def test_a_programme_title_after_an_outlet_possessive_is_no_part_of_what_was_said() -> None:
    doc = en("Port dispute.\n\nAnn Lee said on CNN's \u201cHarbor Hour\u201d that the port would open in May.")
    a = one(doc, "port would open in May")
    assert doc.span_text(a.content[0]).startswith("that the port")
    assert link_names(a) == ["CNN"]


def test_a_quotation_after_a_possessive_that_is_speech_stays() -> None:
    doc = en("Port dispute.\n\nAnn Lee said the mayor's \u201cplan is a failure\u201d and must go.")
    assert "plan is a failure" in doc.span_text(one(doc, "plan is a failure").content[0])
