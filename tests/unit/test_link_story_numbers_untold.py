"""Other numbers and an untold headline (rule `link.story.numbers_untold`, `linker.numbers_untold`): two leads that
name numbers and none in common, where the later one retells little of the earlier one's headline, are two
happenings of the same people — a new survey's shares against another survey's, one candidate's tax sums against
another's —; either sign alone is not enough. Invented candidates, scored with USE's thresholds."""

from __future__ import annotations

import pytest

from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, numbers_untold, story_score


def test_other_numbers_and_an_untold_title_lower_the_score() -> None:
    t = THRESHOLDS["use"]
    # the same people a day apart, a day of the happening in common (so `link.story.title_told` does not read the
    # pair), their leads' numbers all different (a 4 percent levy against a 9 percent one), the title hardly retold
    other = StoryCandidate("a", 0.72, 0, names=0.3, days=1, numbers=-1, apart=1, told=0.1)
    assert numbers_untold(other, t)
    assert story_score(other._replace(told=0.6), t) - story_score(other, t) == pytest.approx(t["story_numbers_untold"])
    # the headline retold, numbers in common, no numbers on one side, an unknown share (another language): no change
    for c in (other._replace(told=0.6), other._replace(numbers=1), other._replace(numbers=0), other._replace(told=-1.0)):
        assert not numbers_untold(c, t)
    # a day and a claim in common do not spare the pair: other figures under another headline tell another happening
    assert numbers_untold(other._replace(shared=2), t)


def test_off_without_the_weight() -> None:
    t = {k: v for k, v in THRESHOLDS["use"].items() if k != "story_numbers_untold"}
    c = StoryCandidate("a", 0.72, 0, days=1, numbers=-1, told=0.1)
    assert story_score(c, t) - story_score(c, THRESHOLDS["use"]) == pytest.approx(THRESHOLDS["use"]["story_numbers_untold"])
