"""A poll named in the opening paragraph relays the answers its respondents give paragraphs later
(English `poll_reach_paragraphs` of resources/en/according.json, session 28: "59 percent said …" is
the respondents' claim via the poll named before, at any distance within 1500 characters). Our own
invented sentences."""

from __future__ import annotations

from attribution_helpers import en, link_names, one

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
    assert link_names(a) == ["new Lakeshore College survey"]  # (the survey as its sentence names it)
