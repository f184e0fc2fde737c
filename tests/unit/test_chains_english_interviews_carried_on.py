"""English interview links that go on, or stop (invented sentences): an interview "taped for" a show links
to the show (`chains._aired_on`) and the speaker's next statements carry it; the answer to the
interviewer's quoted question keeps the link, and so does speech after a quoted question, but not
after the author's own question or other narration between; a transcript speaker takes no occasion
of someone who named them (`english_document._occasion_of`)."""

from __future__ import annotations

from tests.attribution_helpers import en, link_names, one


def test_an_interview_filed_for_a_show_links_and_the_speaker_goes_on_with_it() -> None:
    doc = en("“We will publish the budget next month,” Laura Finch told Sam Hale in an interview taped for "
             "Monday’s Face the Nation.\n\nFinch said the town would wait for the audit.\n\n"
             "“The audit comes first,” she said.")
    for needle in ("We will publish the budget", "the town would wait", "The audit comes first"):
        assert link_names(one(doc, needle)) == ["Face the Nation"], needle
    doc = en("“We will publish the budget next month,” Laura Finch said on Sunday, filed for release later.")
    assert link_names(one(doc, "We will publish the budget")) == []


def test_the_answer_to_the_interviewers_question_keeps_the_interview_link() -> None:
    doc = en("“We will close the port,” Mayor Lena Ortiz told Tom Reed of CNN on Monday.\n\n"
             "Reed then asked, “For how long?”\n\n"
             "“For a month, maybe two,” Ortiz responded.\n\n"
             "The council met on Tuesday.\n\n"
             "“It was the right call,” Ortiz said.")
    assert link_names(one(doc, "We will close the port")) == ["CNN"]
    assert link_names(one(doc, "For a month, maybe two")) == ["CNN"]
    assert link_names(one(doc, "It was the right call")) == []  # (narration between: another occasion)


def test_link_carried_over_a_quoted_question_not_over_the_authors_own() -> None:
    asked = en('"The bridge is safe," Tom Brill told Radio Nord on Friday. "Will it last?" '
               '"It will last decades," he said.')
    a = one(asked, "It will last decades")
    assert [(v.name, v.rule) for v in a.via] == [("Radio Nord", "via.phrase+continued.after_question")]
    # (the author's own question, unquoted, is narration between: no interview goes on)
    mused = en('"The bridge is safe," Tom Brill told Radio Nord on Friday. Will it last? '
               "It will last decades, he said.")
    assert one(mused, "It will last decades").via == []


def test_a_transcript_speaker_takes_no_occasion_of_someone_who_named_them() -> None:
    # the senator spoke on the show and named the governor: the governor's transcript lines are not
    # the senator's occasion (English, `english_document._occasion_of`)
    doc = en("Lee on the port.\n\nGovernor Ann Lee said the port plan was \u201ca good start.\u201d\n\n"
             "Sunday, on CNN's \u201cHarbor Hour,\u201d Senator Tom Reed attacked Lee and said the plan was \u201ca bad start.\u201d\n\n"
             "Partial transcript:\n\nTOM HALE: The mayor released a plan on Friday. What do you think?\n\n"
             "LEE: Well, I think the whole city needs to work together. People want safe streets.\n\n"
             "HALE: And the ferry?\n\nLEE: The ferry will run on time. We checked the numbers.")
    assert link_names(one(doc, "a bad start")) == ["CNN"]
    for words in ("whole city needs to work together", "ferry will run on time"):
        a = one(doc, words)
        assert link_names(a) == [] and not a.rule.endswith("+occasion"), words
