"""A poll named in the opening paragraph relays the answers its respondents give paragraphs later
(English `poll_reach_paragraphs` of resources/en/according.json, session 28: "59 percent said …" is
the respondents' claim via the poll named before, at any distance within 1500 characters). Our own
invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import en, link_names, one

POLL = (
    "Harbour voters split on the tunnel.\n\n"
    "Two weeks before the vote, the tunnel plan leads narrowly, according to a new Lakeshore College poll released Monday.\n\n"
    "The plan has gained support since spring, when it trailed by ten points.\n\n"
    "Its backers have spent heavily on advertising in the last month.\n\n"
    "While 12 percent said they are still undecided, 31 percent said they could change their minds before the vote.\n"
)


def test_shares_that_answer_three_paragraphs_after_the_poll_link_to_it() -> None:
    doc = en(POLL)
    for needle in ("still undecided", "change their minds"):
        assert link_names(one(doc, needle)) == ["Lakeshore College poll"]


def test_a_share_with_no_poll_before_it_links_to_nothing() -> None:
    doc = en("Harbour voters split on the tunnel.\n\n"
             "The plan has gained support since spring.\n\n"
             "While 12 percent said they are still undecided, most have made up their minds.\n")
    assert all(not link_names(a) for a in doc.attributions)


def test_a_fronted_among_phrase_is_no_speaker_of_the_share() -> None:
    doc = en("Mayor leads.\n\n"
             "The mayor leads the race, a new Lakeshore College survey shows.\n\n"
             "Among older voters, however, 61 percent said they would vote for the mayor.\n")
    a = one(doc, "vote for the mayor")
    assert a.source_span is not None and doc.span_text(a.source_span) == "61 percent"
    assert link_names(a) == ["Lakeshore College survey"]  # (the survey named from its owner on: source.document.owner_first, session 32)


# the poll's passage ends at a paragraph that names another source (session 29): a share of people after
# it answered something else, not the poll
MEETING = (
    "Voters back tram line\n\n"
    "A new Harbour Polls survey released on Tuesday found that most residents back the new tram line.\n\n"
    "Sixty percent said the line should be finished by 2028, according to the survey.\n\n"
    "On Wednesday the city council met to debate the budget. Mayor Ann Roe told the council that the city would have to borrow more.\n\n"
    "Residents packed the hall. Asked by a show of hands, 40 percent said they opposed the new parking tax.\n"
)


def test_a_share_after_another_source_has_spoken_is_no_answer_to_the_poll() -> None:
    doc = en(MEETING)
    assert link_names(one(doc, "finished by 2028")) == ["Harbour Polls survey"]
    assert not link_names(one(doc, "parking tax"))


def test_a_poll_found_again_by_its_pollster_is_no_link_after_another_source() -> None:
    # (the pollster's name read from the text, `poll_in_text`, stops where `poll_before` stops)
    doc = en(MEETING.replace("A new Harbour Polls survey released on Tuesday found",
                             "Harbour Polls released a survey on Tuesday. The Harbour Polls survey found"))
    assert not link_names(one(doc, "parking tax"))


def test_a_person_named_in_the_figures_does_not_end_the_passage() -> None:
    # (a governor the answers are about speaks for nothing: the shares after him still answer the poll)
    doc = en("Voters back tram line\n\n"
             "A new Harbour Polls survey released on Tuesday found that most residents back the new tram line.\n\n"
             "Support for Governor Tom Lane stood at 41 percent, down from 45 percent in May.\n\n"
             "Among renters the numbers were higher.\n\n"
             "Asked about the cost, 40 percent said they would pay a higher fare.\n")
    assert link_names(one(doc, "higher fare")) == ["Harbour Polls survey"]


def test_the_pollsters_own_comment_does_not_end_the_passage() -> None:
    # (review rev29a: a person who speaks of the poll, its director here, is part of the poll's passage; the
    # shares after her still answer the poll)
    doc = en("Voters split on tram line\n\n"
             "A new survey by Harbour Polls of 900 adults found broad support for the tram line.\n\n"
             "“The town is split along party lines,” said Jane Ott, who led the survey.\n\n"
             "Among older voters, only 35 percent said they would ride the tram.\n")
    assert link_names(one(doc, "ride the tram")) == ["new survey by Harbour Polls of 900 adults"]
