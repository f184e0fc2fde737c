"""How much of an earlier article's title a later one tells (`lexical.TextIndex.title_told`, rule
`link.story.title_told`): a later report of a happening retells what the first headline announced, the same
people's other happening of those days mostly does not. Invented documents."""

from __future__ import annotations

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.link.lexical import TextIndex
from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, story_score, title_untold

SKIP = frozenset({"the", "and", "for", "with", "her"})


def index() -> TextIndex:
    ix = TextIndex()
    filler = [f"The harbour council met again on the quay and the mayor spoke with the workers, note {i}." for i in range(25)]
    for i, text in enumerate(filler):
        ix.add(f"f{i}", text)
    ix.add("a", "Mayor Orlov turns down the ferry debate invitation\nThe mayor declined the invitation of the "
           "harbour channel to a debate on the ferries.", "Mayor Orlov turns down the ferry debate invitation", SKIP)
    ix.add("b", "Why Orlov said no to the ferry debate\nA day after declining the invitation to a ferry debate, the "
           "mayor told the workers why she turns down such debates.", "Why Orlov said no to the ferry debate", SKIP)
    ix.add("c", "Orlov opens the new quay\nThe mayor opened the new quay and thanked the workers.",
           "Orlov opens the new quay", SKIP)
    return ix


def test_a_later_report_tells_the_earlier_title() -> None:
    ix = index()
    assert ix.title_told("a", "b") > 0.6
    # the same mayor's other happening: her name and the common words are all it holds of that title
    assert ix.title_told("a", "c") < 0.35
    # unknown: a document not added, or one added without a title
    assert ix.title_told("a", "x") == -1.0
    assert ix.title_told("f0", "a") == -1.0
    # too few other documents to weigh a word by its rarity: unknown
    few = TextIndex()
    for key in ("a", "b"):
        few.add(key, "Orlov turns down the ferry debate", "Orlov turns down the ferry debate", SKIP)
    assert few.title_told("a", "b") == -1.0


def test_the_score_falls_only_with_no_day_and_no_claim_in_common() -> None:
    t = THRESHOLDS["use"]
    told = StoryCandidate("a", 0.8, 0, told=0.6)
    untold = told._replace(told=0.1)
    assert not title_untold(told, t) and title_untold(untold, t)
    assert story_score(told, t) - story_score(untold, t) == pytest.approx(t["story_title_untold"])
    # a day of the happening in common, a claim in common, another language, an unknown share: no change
    for c in (untold._replace(days=1), untold._replace(shared=1), untold._replace(across=True), untold._replace(told=-1.0)):
        assert not title_untold(c, t)
