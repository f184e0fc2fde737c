"""The articles' own occasions read from the whole text (link.events.own_occasions) and their
agreement as a story feature, on invented sentences."""

from __future__ import annotations

from typing import Any

from sourcetrace.link.events import EventKey, event_key, occasion_agreement, own_occasions
from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, StoryOwnOccasions, story_score


def analysed(title: str, body: str, timexes: list[tuple[str, str]], lang: str, date: str) -> dict[str, Any]:
    text = f"{title}\n\n{body}"
    start = len(title) + 2
    return {"id": "d", "title": title, "text": text, "language": lang, "date": date,
            "segments": [{"kind": "body", "start": start, "end": len(text)}], "sources": [],
            "timexes": [{"start": text.index(w, start), "end": text.index(w, start) + len(w), "text": w,
                         "type": "DATE", "value": v} for w, v in timexes]}


def own(title: str, body: str, timexes: list[tuple[str, str]], lang: str = "en", date: str = "2026-03-11") -> frozenset[str]:
    return event_key(analysed(title, body, timexes, lang, date)).own


def test_the_occasion_the_whole_text_names_most_with_the_day_beside_one_of_its_words() -> None:
    got = own("Holm and Ross trade blows",
              "Eva Holm and Ben Ross traded blows over the harbour. " + "The crowd cheered both of them. " * 30
              + "Ross said after Tuesday's debate that he had won it. Viewers judged the debate a draw. The debate ran long.",
              [("Tuesday", "2026-03-10")])
    # named only far below the lead, but three times and once with its day
    assert got == {"debate@2026-03-10"}


def test_an_occasion_without_a_day_is_dated_by_the_article_and_a_passing_word_is_none() -> None:
    assert own("Ross speaks in Kestrel Bay", "At the rally Ross promised jobs. The rally ended late.",
               []) == {"rally@2026-03-11?"}
    assert own("Ross speaks", "Ross promised jobs to the crowd at the quay.", []) == frozenset()
    # the election a campaign names all through is its subject, not one article's occasion (own_occasion_skip)
    assert own("Ross speaks", "Ross spoke of the election. The election is near. " * 3, []) == frozenset()


def test_a_preview_is_told_as_ahead_in_german_too() -> None:
    assert own("Holm und Ross vor dem Duell", "Vor der Debatte am Dienstag bereiteten sich beide vor. Die Debatte wird live gezeigt.",
               [("Dienstag", "2026-03-10")], "de", "2026-03-10") == {"debate@2026-03-10>"}
    assert own_occasions("", [], "en") == frozenset()


def key(*own: str) -> EventKey:
    return EventKey(frozenset(), frozenset(), frozenset(), own=frozenset(own))


def test_one_occasion_another_one_and_a_preview_against_its_report() -> None:
    assert occasion_agreement(key("debate@2026-03-10"), key("debate@2026-03-11?")) == 1  # the night and the morning after
    assert occasion_agreement(key("rally@2026-03-10"), key("rally@2026-03-12")) == -1  # two rallies
    assert occasion_agreement(key("debate@2026-03-10>"), key("debate@2026-03-10")) == -1  # preview and report
    assert occasion_agreement(key("debate@2026-03-10>"), key("debate@2026-03-10>")) == 1  # two previews
    assert occasion_agreement(key("debate@2026-03-10"), key("rally@2026-03-10")) == 0  # kinds apart: nothing said
    assert occasion_agreement(key("rally@2026-03-10?"), key("rally@2026-03-12?"), undated=False) == 0
    stored = key("debate@2026-03-10", "rally@2026-03-09?")
    assert EventKey.from_dict(stored.as_dict()) == stored


def test_the_occasion_terms_are_off_as_shipped() -> None:
    t = THRESHOLDS["use"]
    plain, same, other = (StoryCandidate("x", 0.6, 0, occasion=v, occasion_dated=v) for v in (0, 1, -1))
    assert story_score(plain, t) == story_score(same, t) == story_score(other, t)
    on = {**t, "story_occasion": 0.1, "story_occasion_other": 0.2}
    assert story_score(same, on) > story_score(plain, on) > story_score(other, on)


def test_a_story_takes_no_document_whose_own_occasion_one_of_its_members_tells_otherwise() -> None:
    told = StoryOwnOccasions()
    told.widen("s", frozenset({"rally@2026-03-10"}))
    told.widen("s", frozenset({"speech@2026-03-10?"}))
    assert told.fits("s", frozenset({"rally@2026-03-11?"}))  # the same rally, told the next morning
    assert not told.fits("s", frozenset({"rally@2026-03-13"}))  # another rally of the same people
    assert not told.fits("s", frozenset({"rally@2026-03-10>"}))  # its preview
    assert told.fits("s", frozenset()) and told.fits("other", frozenset({"rally@2026-03-13"}))
