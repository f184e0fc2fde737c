"""Two sources of one article who say one thing join one claim below the bar for one article
(`link.claim.same_doc_other`), and the guards against what session 20's path joined: one text
attributed twice, a speaker telling what another said, two statements on one topic with other
numbers. Invented texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from sourcetrace.link import Linker


def _span(text: str, words: str, **extra: Any) -> dict[str, Any]:
    at = text.index(words)
    return {"start": at, "end": at + len(words), "text": words, **extra}


def _attribution(text: str, i: str, name: str, cue: str, content: str) -> dict[str, Any]:
    source = _span(text, name, id=f"s{i}", name=name, type="person")
    return {"id": f"a{i}", "mode": "indirect", "rule": "t", "status": "attributed", "via": [], "source": source,
            "cue": _span(text, cue), "content": [_span(text, content)]}


def _link(text: str, attributions: list[dict[str, Any]], bar: float | None = 0.3,
          quantities: list[dict[str, Any]] | None = None) -> Linker:
    d = {"id": "d1", "outlet": "Kanalbote", "date": "2026-05-02", "title": "Harbour", "language": "en", "text": text,
         "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": attributions,
         "sources": [{"id": a["source"]["id"], "name": a["source"]["name"], "aliases": [], "type": "person"}
                     for a in attributions],
         "hedges": [], "timexes": [], "quantities": quantities or []}
    lk = Linker("hashing", thresholds={"claim_same_doc": 0.99} | ({"claim_same_doc_other": bar} if bar else {}))
    lk.add([d])
    return lk


FIRST = "the old grain silo on the north pier will be pulled down before the autumn storms"
SECOND = "the old grain silo on the north pier is to be pulled down before the autumn storms"


def _two_sources(first: str = FIRST, second: str = SECOND, between: str = "Divers searched the harbour basin all week.") -> str:
    return (f"The port held a meeting on Friday. Ola Brandt said {first}.\n\n{between}\n\n"
            f"Later that day Mia Stone told reporters {second}.")


def test_two_named_sources_of_one_article_saying_one_thing_are_one_claim() -> None:
    text = _two_sources()
    lk = _link(text, [_attribution(text, "1", "Ola Brandt", "said", FIRST),
                      _attribution(text, "2", "Mia Stone", "told", SECOND)])
    row = next(r for r in lk.claim_rows() if len(r["members"]) == 2)
    assert sorted(row["origins"]) == ["Mia Stone", "Ola Brandt"] and row["status"] == "corroborated"
    assert list(lk.joined_by.values()) == ["link.claim.same_doc_other"]


def test_without_the_bar_the_article_keeps_them_apart() -> None:
    text = _two_sources()
    lk = _link(text, [_attribution(text, "1", "Ola Brandt", "said", FIRST),
                      _attribution(text, "2", "Mia Stone", "told", SECOND)], bar=None)
    assert all(len(r["members"]) == 1 for r in lk.claim_rows())


def test_one_text_read_with_two_speakers_is_not_two_sources() -> None:
    # (adjacent spans in one paragraph: the analysis gave one statement to two speakers)
    # (or two spans of one paragraph: mostly one statement told on, seldom a second source)
    for between in ("", " The harbour board met in the old customs house that evening."):
        text = f"Ola Brandt said {FIRST}.{between} Mia Stone told reporters {SECOND}."
        lk = _link(text, [_attribution(text, "1", "Ola Brandt", "said", FIRST),
                          _attribution(text, "2", "Mia Stone", "told", SECOND)])
        assert all(len(r["members"]) == 1 for r in lk.claim_rows()), between


def test_a_speaker_telling_what_another_said_is_not_a_second_source() -> None:
    second = "as Brandt put it, the old grain silo on the north pier is to be pulled down before the autumn storms"
    text = _two_sources(second=second)
    lk = _link(text, [_attribution(text, "1", "Ola Brandt", "said", FIRST),
                      _attribution(text, "2", "Mia Stone", "told", second)])
    assert all(len(r["members"]) == 1 for r in lk.claim_rows())


def test_two_proposals_on_one_topic_are_not_one_claim() -> None:
    # (one names a number the other does not: two statements on one topic)
    second = "the old grain silo on the north pier should be pulled down within 3 years"
    text = _two_sources(second=second)
    lk = _link(text, [_attribution(text, "1", "Ola Brandt", "said", FIRST),
                      _attribution(text, "2", "Mia Stone", "told", second)], bar=0.1,
               quantities=[_span(text, "3 years", value=3, unit="year")])
    assert all(len(r["members"]) == 1 for r in lk.claim_rows())
