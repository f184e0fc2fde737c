"""A poll named by its noun and its pollster after it ("a poll conducted by NBC News", invented sentences):
the shares of people who answered it speak through it (`poll_owner_words` of resources/en/according.json,
sources/outlets.py poll_in_text), and the pollster's name is one of the poll's names (`pollster_alias`)."""

from __future__ import annotations

from tests.attribution_helpers import en, one

from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.outlets import pollster_alias


def test_shares_answer_a_poll_named_by_its_pollster_after_the_noun() -> None:
    doc = en("In a poll conducted by NBC News and the Harbor Ledger, just 31 percent of voters said they trusted "
             "the mayor. Asked about the bridge, 40 percent of voters said it should close.")
    for needle in ("they trusted the mayor", "it should close"):
        a = one(doc, needle)
        assert [v.rule for v in a.via] == ["via.poll"], needle
        poll = doc.source_by_id(a.via[0].source)
        assert poll is not None
        assert poll.name == "poll conducted by NBC News" and "NBC News" in poll.aliases, needle


def test_the_pollster_alias_reads_only_a_name_after_the_owner_words() -> None:
    lx = lang("en")
    assert pollster_alias("survey by the Civic Institute", lx) == "Civic Institute"
    assert pollster_alias("poll commissioned by Harbor Polls", lx) == "Harbor Polls"
    assert pollster_alias("poll of likely voters", lx) is None
    assert pollster_alias("Gallup poll", lx) is None
