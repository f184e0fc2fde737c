"""English chains: a group's claim in the clause of a poll's finding ("a Harbour Polls survey found by
48%-40%, the public says …") is an answer to that poll, which relays it (sentences of our own; issue 7)."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, one


def test_group_after_a_poll_finding_speaks_through_the_poll() -> None:
    doc = en_after_headline("In May, a Harbour Polls survey found by 48%-40%, the public overall says the bridge should stay open.")
    assert [v.name for v in one(doc, "the bridge should stay open").via] == ["Harbour Polls survey"]


def test_poll_named_without_a_finding_relays_nothing() -> None:
    doc = en_after_headline("The Harbour Polls survey was expensive, and the mayor says the bridge should stay open.")
    assert [v.name for v in one(doc, "the bridge should stay open").via] == []


def test_named_speaker_after_a_poll_finding_speaks_for_themself() -> None:
    # a person who comments on what a poll found is no respondent of it
    doc = en_after_headline("A new Harbour Polls survey shows Mayor Ann Reed ahead by six points, her rival Tom Vale said on Monday.")
    assert [v.name for v in one(doc, "ahead by six points").via] == []
