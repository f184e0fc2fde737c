"""A document between two stories (rule `link.story.between`, `linker.between_stories`): one that reaches the bar
with members of two stories about equally, while its best candidate names no common day of the happening with it,
tells neither happening more than the other — a piece on a race between a harbour referendum's eve and its count,
an analysis of two contests the morning after — and joins neither; a common day anchors its best candidate, and a
clear best story still takes it. Invented candidates, scored with USE's thresholds."""

from __future__ import annotations

from collections import Counter

from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, best_story_neighbour, story_score

# two stories: the eve of a (made-up) ferry-fare referendum ("eve", "eve-2") and the count of a mayoral runoff in
# another town ("count"); the document, an analysis of the week's contests, reaches both above the bar
STORY = {"eve": "s1", "eve-2": "s1", "count": "s2"}.__getitem__


def _cands() -> list[StoryCandidate]:
    eve = StoryCandidate("eve", 0.70, 0, names=0.3, days=0, apart=1, text=0.25, kinds=1, told=0.5)
    count = StoryCandidate("count", 0.66, 0, names=0.3, days=0, apart=1, text=0.25, kinds=1, told=0.5)
    return [eve, count]


def test_a_document_between_two_stories_joins_neither() -> None:
    t = THRESHOLDS["use"]
    cands = _cands()
    scores = [story_score(c, t) for c in cands]
    assert all(s >= t["story"] for s in scores) and abs(scores[0] - scores[1]) < t.get("story_between", 0.3)
    counts: Counter[str] = Counter()
    assert best_story_neighbour(cands, t, STORY, counts) is None
    assert counts["link.story.between"] == 1
    # without the stories (or with the rule off) the nearer candidate is taken, as before
    assert best_story_neighbour(cands, t) == "eve"
    assert best_story_neighbour(cands, {**t, "story_between": 0.0}, STORY) == "eve"


def test_a_common_day_anchors_the_best_candidate() -> None:
    t = THRESHOLDS["use"]
    eve, count = _cands()
    # the best candidate names a common day of the happening with the document: it joins it
    assert best_story_neighbour([eve._replace(days=1), count], t, STORY) == "eve"


def test_two_members_of_one_story_and_a_clear_best_story() -> None:
    t = THRESHOLDS["use"]
    eve, count = _cands()
    # both candidates at the bar are members of one story: no other story stands beside it
    assert best_story_neighbour([eve, eve._replace(other="eve-2", sim=0.66)], t, STORY) == "eve"
    # the other story far below the best (more than `story_between`): the best story takes the document
    near = eve._replace(sim=count.sim + t["story_between"] + 0.05)
    assert story_score(count, t) >= t["story"] and story_score(near, t) - story_score(count, t) > t["story_between"]
    assert best_story_neighbour([near, count], t, STORY) == "eve"


def test_a_rival_whose_headline_the_document_does_not_retell_is_no_story_beside_it() -> None:
    t = THRESHOLDS["use"]
    eve, count = _cands()
    # the other story's candidate near the best by its look alone, its headline hardly retold (no common day, no
    # claim: `link.story.title_told` already reads it as another happening) — the best story takes the document
    untold = count._replace(sim=0.66 + t["story_title_untold"], told=0.1)
    assert story_score(untold, t) >= t["story"] and abs(story_score(untold, t) - story_score(eve, t)) < t["story_between"]
    assert best_story_neighbour([eve, untold], t, STORY) == "eve"
