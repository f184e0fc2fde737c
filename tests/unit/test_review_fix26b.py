"""Fixes of the session-26 review (rev26a) findings on this session's attribution rules, on
invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import en, one


def test_link_carried_over_a_quoted_question_not_over_the_authors_own() -> None:
    asked = en('"The bridge is safe," Tom Brill told Radio Nord on Friday. "Will it last?" '
               '"It will last decades," he said.')
    a = one(asked, "It will last decades")
    assert [(v.name, v.rule) for v in a.via] == [("Radio Nord", "via.phrase+continued.after_question")]
    # (the author's own question, unquoted, is narration between: no interview goes on)
    mused = en('"The bridge is safe," Tom Brill told Radio Nord on Friday. Will it last? '
               "It will last decades, he said.")
    assert one(mused, "It will last decades").via == []