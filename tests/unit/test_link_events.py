"""The event signal of story linking (link.events) on invented documents."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date as Date
from typing import Any

import numpy as np
import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.link import Linker, PrecomputedEncoder
from sourcetrace.link.entities import name_key
from sourcetrace.link.events import EMPTY, EventKey, EventStats, event_key, occasions_of, one_name, title_case
from sourcetrace.link.linker import (
    THRESHOLDS,
    StoryCandidate,
    StoryOccasions,
    across_languages,
    anchored,
    best_story_by_mean,
    best_story_neighbour,
    on_language_scale,
    story_bar,
    story_score,
    tells_the_happening,
)


def analysed(title: str, body: str, timexes: list[tuple[str, str]],
             numbers: list[tuple[str, float]] | None = None) -> dict[str, Any]:
    text = f"{title}\n\n{body}"
    start = len(title) + 2

    def at(word: str) -> int:
        return text.index(word, start)

    return {"id": "d", "title": title, "text": text,
            "segments": [{"kind": "body", "start": start, "end": len(text)}],
            "sources": [{"id": "s1", "name": "Anna Berg", "type": "person"}, {"id": "s2", "name": "Experten", "type": "unnamed"}],
            "timexes": [{"start": at(w), "end": at(w) + len(w), "text": w, "type": "DATE", "value": v} for w, v in timexes],
            "quantities": [{"start": at(w), "end": at(w) + len(w), "text": w, "value": v} for w, v in numbers or []]}


def test_event_key_reads_names_days_and_numbers_of_the_lead() -> None:
    d = analysed("Harbour bridge closes", "The council of Lindenau voted on Tuesday to close the Harbour Bridge. "
                 "The vote was 31 to 12 in 2024.", [("Tuesday", "2026-03-03")], [("31", 31), ("12", 12), ("2024", 2024)])
    key = event_key(d)
    assert key.days == {"2026-03-03"}
    assert key.numbers == {"31", "12"}  # a year is no key number
    assert {"lindenau", "harbour bridge", "anna berg"} <= key.names  # "The" opening a sentence is none
    assert "experten" not in key.names  # an unnamed source names nobody
    assert EventKey.from_dict(key.as_dict()) == key


def test_names_are_no_days_months_title_case_words_or_words_that_only_open_a_sentence() -> None:
    d = analysed("Harbor Board Backs New Ferry Line To Lindholm",
                 "Tuesday's vote of the Harbor Board went ahead. While Mayor Eva Holm was away on Monday, "
                 "the board met in Kestrel Bay in March. Tuesday Democratic members agreed.", [])
    d["language"] = "en"
    key = event_key(d)
    # the role before a name is no part of it ("Mayor Eva Holm": "eva holm")
    assert {"harbor board", "eva holm", "kestrel bay", "democratic"} <= key.names
    assert not key.names & {"tuesday", "monday", "march", "vhile mayor eva holm", "mayor eva holm", "tuesday democratic"}
    assert "ferry line" not in key.names and "lindholm" not in key.names  # a title in title case names nothing of its own
    assert title_case("Harbor Board Backs New Ferry Line To Lindholm") and not title_case("Harbor board backs a ferry")


def test_german_names_are_entities_and_phrases_not_every_capitalised_noun() -> None:
    d = analysed("Dach der Eishalle in Bad Kestrelheim eingestürzt",
                 "Das Dach der Halle brach am Montag unter dem Schnee ein. Bürgermeisterin Eva Holm "
                 "sprach von einem Unglück. Die Feuerwehr aus Lindau half.", [])
    d["language"] = "de"
    d["sources"] = [{"id": "s1", "name": "Eva Holm", "type": "person"}]
    d["entities"] = [{"start": d["text"].index("Lindau"), "end": d["text"].index("Lindau") + 6, "text": "Lindau", "label": "LOC"}]
    key = event_key(d)
    assert {"bad kestrelheim", "eva holm", "lindau"} <= key.names
    assert not key.names & {"dach", "halle", "eishalle", "unglük", "feuervehr", "schnee", "montag"}


def test_numbers_of_the_lead_agree_or_only_differ() -> None:
    a = EventKey(frozenset(), frozenset(), frozenset({"214"}))
    assert EventStats.numbers(a, EventKey(frozenset(), frozenset(), frozenset({"214", "12"}))) == 1
    assert EventStats.numbers(a, EventKey(frozenset(), frozenset(), frozenset({"400"}))) == -1  # another happening's count
    assert EventStats.numbers(a, EMPTY) == 0
    t = {"story": 0.8, "story_with_claims": 0.8, "story_shared_claims": 1, "event_numbers": 0.15}
    assert best_story_neighbour([StoryCandidate("x", 0.82, 0, numbers=-1)], t) is None
    assert best_story_neighbour([StoryCandidate("x", 0.7, 0, numbers=1)], t) == "x"


def test_across_languages_the_lead_alone_makes_no_story() -> None:
    # a German and an English lead at 0.9 on the same-language scale but nothing of the happening in
    # common (no claim, day or number): two occasions of the same people, as far as the lead tells
    t = {"story": 0.8, "story_with_claims": 0.6, "story_shared_claims": 1}
    alone = StoryCandidate("x", 0.9, 0, across=True)
    assert not tells_the_happening(alone) and best_story_neighbour([alone], t) is None
    assert best_story_neighbour([alone._replace(across=False)], t) == "x"
    for told in (alone._replace(shared=1), alone._replace(days=1), alone._replace(numbers=1)):
        assert tells_the_happening(told) and best_story_neighbour([told], t) == "x"
    assert not tells_the_happening(alone._replace(days=-1, numbers=-1))


def test_a_common_day_lifts_a_story_candidate_and_only_other_days_lower_it() -> None:
    stats = EventStats()
    a = EventKey(frozenset({"lindenau"}), frozenset({"2026-03-03"}), frozenset({"31"}))
    same_day = EventKey(frozenset({"lindenau"}), frozenset({"2026-03-03", "2026-03-04"}), frozenset())
    other_day = EventKey(frozenset({"lindenau"}), frozenset({"2026-02-24"}), frozenset())
    undated = EventKey(frozenset(), frozenset(), frozenset())
    assert stats.days(a, same_day) == 1
    assert stats.days(a, other_day) == -1
    assert stats.days(a, undated) == 0
    next_day = EventKey(frozenset(), frozenset({"2026-03-04"}), frozenset())
    assert stats.days(a, next_day) == 0  # a night and the next morning: neither agree nor disagree
    assert stats.numbers(a, same_day) == 0
    t = {"story": 0.8, "story_with_claims": 0.7, "story_shared_claims": 2, "event_day": 0.1}
    near = [StoryCandidate("x", 0.74, 0, days=1), StoryCandidate("y", 0.79, 0, days=-1)]
    assert story_score(near[0], t) == pytest.approx(0.84)
    assert best_story_neighbour(near, t) == "x"  # the same happening's day outweighs a closer lead
    assert best_story_neighbour(near, {**t, "event_day": 0.0}) is None


def test_names_weigh_by_how_rare_they_are() -> None:
    stats = EventStats()
    for i in range(20):
        stats.add(EventKey(frozenset({"trump"} | ({"iowa"} if i == 0 else set())), frozenset(), frozenset()))
    a = EventKey(frozenset({"trump", "iowa"}), frozenset(), frozenset())
    b = EventKey(frozenset({"trump", "nevada"}), frozenset(), frozenset())
    c = EventKey(frozenset({"iowa", "ohio"}), frozenset(), frozenset())
    assert stats.names(a, c) > stats.names(a, b)  # a rare name in common says more than a frequent one


def test_the_rarest_name_in_common_scores_near_one_and_a_common_one_near_zero() -> None:
    stats = EventStats()
    for i in range(50):
        stats.add(EventKey(frozenset({"trump"} | ({"graf zeppelin"} if i == 0 else set())), frozenset(), frozenset()))
    wreck = EventKey(frozenset({"graf zeppelin", "trump"}), frozenset(), frozenset())
    rally = EventKey(frozenset({"trump", "ohio"}), frozenset(), frozenset())
    other = EventKey(frozenset({"ohio"}), frozenset(), frozenset())
    assert stats.rare(wreck, wreck) > 0.7  # a name one earlier document holds
    assert stats.rare(wreck, rally) < 0.05  # every document holds 'trump'
    assert stats.rare(wreck, other) == 0.0  # nothing in common
    t = {"story": 0.8, "story_with_claims": 0.8, "story_shared_claims": 1, "event_rare": 0.2}
    cand = StoryCandidate("x", 0.7, 0, rare=stats.rare(wreck, wreck))
    assert story_score(cand, t) > 0.8 and best_story_neighbour([cand], t) == "x"
    assert best_story_neighbour([cand], {**t, "event_rare": 0.0}) is None


LEADS = {"a": "On Monday the council met in the town hall to hear the plans. ",
         "b": "On Monday, after a long evening of questions, councillors gave their backing. ",
         "c": "On Monday the mayor spoke again at a crowded meeting in the harbour. "}


def reported(doc_id: str, date: str, title: str, said: str) -> dict[str, Any]:
    """An article whose body reports one claim of the mayor."""
    lead = LEADS[doc_id]
    text = f"{title}\n\n{lead}Mayor Eva Holm said that {said}."
    body = len(title) + 2
    content = text.index(said)
    return {"id": doc_id, "outlet": f"Outlet {doc_id}", "date": date, "title": title, "language": "en", "text": text,
            "segments": [{"kind": "body", "start": body, "end": len(text)}],
            "attributions": [{"id": "a1", "mode": "indirect", "rule": "t",
                              "source": {"start": content - 19, "end": content - 10, "text": "Eva Holm", "id": "s1",
                                         "name": "Eva Holm", "type": "person"},
                              "cue": {"start": 0, "end": 0, "text": "said"},
                              "content": [{"start": content, "end": content + len(said), "text": said}],
                              "via": [], "status": "attributed"}],
            "sources": [{"id": "s1", "name": "Eva Holm", "aliases": [], "type": "person"}],
            "timexes": [], "hedges": [], "quantities": []}


SAID = "the new ferry line to the island will start running in the spring"


def story_linker(**t: float) -> Linker:
    # only a claim in common can join these stories: their titles and leads are never alike enough alone
    return Linker("hashing", thresholds={"claim": 0.5, "claim_lexical_free": 0.7, "story": 1.5, "story_with_claims": 0.0,
                                         "story_shared_claims": 1, **t})


def test_a_claim_in_common_is_read_pair_by_pair_not_from_the_claims_linked() -> None:
    a = reported("a", "2026-03-02", "Ferry plans for the island", SAID)
    b = reported("b", "2026-03-04", "Council backs a ferry", SAID)
    lk = story_linker(claim_days=1)  # the claims' time bound keeps the two members apart ...
    lk.add([a, b])
    assert lk.copies.original("b") == "b"
    assert len(lk.claim_rows()) == 2
    assert lk.story_of("a") == lk.story_of("b")  # ... the story still sees the claim they have in common
    assert lk.claims_in_common(lk.docs["b"], ["a"]) == {"a": 1}
    lk.add([reported("c", "2026-03-04", "Council backs a ferry", "the old bridge to the island will close in the autumn")])
    assert lk.claims_in_common(lk.docs["c"], ["a"]) == {}


def _pair_vectors(cos: float, dim: int = 8) -> tuple[Any, Any]:
    """Two unit vectors at cosine `cos`."""
    a = np.zeros((1, dim), np.float32)
    b = np.zeros((1, dim), np.float32)
    a[0, 0] = 1.0
    b[0, 0], b[0, 1] = cos, (1 - cos**2) ** 0.5
    return a, b


def _lead(doc_id: str, day: str, title: str, lang: str) -> dict[str, Any]:
    text = f"{title}\n\n{title}."
    body = len(title) + 2
    number = re.search(r"\d+", text[body:])  # the number of the title, as the analysis reads it
    quantities = [{"start": body + number.start(), "end": body + number.end(), "text": number.group(),
                   "value": int(number.group())}] if number else []
    return {"id": doc_id, "outlet": f"Outlet {doc_id}", "date": day, "title": title, "language": lang, "text": text,
            "segments": [{"kind": "body", "start": body, "end": len(text)}],
            "attributions": [], "sources": [], "timexes": [], "hedges": [], "quantities": quantities}


@pytest.mark.parametrize(("lang_b", "joins"), [("de", True), ("en", False)])
def test_a_german_and_an_english_lead_are_compared_on_the_same_language_scale(lang_b: str, joins: bool) -> None:
    # the encoder gives a German report and an English one of the same happening a lower cosine
    # than two English ones: 0.66 across languages is about 0.83 within one
    assert across_languages("de", "en-GB") and not across_languages("en", "en") and not across_languages(None, "de")
    t = THRESHOLDS["use"]
    assert float(on_language_scale(np.array([0.66], np.float32), t)[0]) == pytest.approx(0.834, abs=0.01)
    assert float(on_language_scale(np.array([0.1], np.float32), t)[0]) < 0.1  # unrelated texts stay apart
    # (a leads' cosine of 0.5: on the same-language scale 0.6; with the number and the names in
    # common the German report reaches the story bar, an English lead of 0.5 does not)
    a, b = _pair_vectors(0.5)
    lk = Linker(PrecomputedEncoder("use", 8))
    lk.story_trace = []
    lk.add([_lead("en1", "2026-04-02", "Ferry with 214 passengers runs aground off Lindholm", "en")], vectors=[a])
    lk.add([_lead("x2", "2026-04-02", "Fähre mit 214 Passagieren vor Lindholm auf Grund gelaufen", lang_b)], vectors=[b])
    assert (lk.story_of("x2") == lk.story_of("en1")) is joins
    assert dict(lk.story_trace)["x2"][0].sim == pytest.approx(0.6 if joins else 0.5, abs=0.01)


@pytest.mark.parametrize(("lang_b", "shared"), [("de", {"en1": 1}), ("en", {})])
def test_a_claim_in_common_across_languages_is_read_on_the_same_language_scale(lang_b: str, shared: dict[str, int]) -> None:
    en = reported("a", "2026-03-02", "Ferry plans for the island", SAID)
    de = reported("b", "2026-03-02", "Fährpläne für die Insel", "die neue Fährlinie zur Insel fahre ab dem Frühjahr")
    en["id"], de["id"], de["language"] = "en1", "x2", lang_b
    lead_a, lead_b = _pair_vectors(0.2)
    said_a, said_b = _pair_vectors(0.52)  # a translation's cosine: about 0.63 within one language
    said_a, said_b = np.roll(said_a, 2, axis=1), np.roll(said_b, 2, axis=1)
    lk = Linker(PrecomputedEncoder("use", 8))
    lk.add([en, de], vectors=[np.vstack([lead_a, said_a]), np.vstack([lead_b, said_b])])
    assert lk.claims_in_common(lk.docs["x2"], ["en1"]) == shared


@pytest.mark.parametrize(("lang_b", "claims"), [("de", 1), ("en", 2)])
def test_a_translated_claim_joins_the_claim_on_the_same_language_scale(lang_b: str, claims: int) -> None:
    # a translation's raw cosine (0.52) is below the claim threshold; on the same-language scale
    # (about 0.63) it is the same claim, while two English texts at 0.52 stay two claims
    en = reported("a", "2026-03-02", "Ferry plans for the island", SAID)
    de = reported("b", "2026-03-02", "Fährpläne für die Insel", "die neue Fährlinie zur Insel fahre ab dem Frühjahr")
    en["id"], de["id"], de["language"] = "en1", "x2", lang_b
    lead_a, lead_b = _pair_vectors(0.2)
    said_a, said_b = _pair_vectors(0.52)
    said_a, said_b = np.roll(said_a, 2, axis=1), np.roll(said_b, 2, axis=1)
    lk = Linker(PrecomputedEncoder("use", 8))
    assert lk.t["claim"] > 0.52
    lk.add([en, de], vectors=[np.vstack([lead_a, said_a]), np.vstack([lead_b, said_b])])
    assert len(lk.claim_rows()) == claims


def test_a_report_in_the_other_language_is_ranked_on_the_same_language_scale_among_the_candidates() -> None:
    # 25 German articles of the same days nearer by raw cosine (0.70) than the English report of
    # the same happening (0.66, about 0.83 within one language): it is still a candidate, and joins
    dim = 32
    new = np.zeros((1, dim), np.float32)
    new[0, 0] = 1.0
    docs, vecs = [], []
    for i in range(25):
        v = np.zeros((1, dim), np.float32)
        v[0, 0], v[0, 1 + i] = 0.7, (1 - 0.49) ** 0.5
        docs.append(_lead(f"de{i}", "2026-04-02", f"Stadtrat berät Haushalt {i}", "de"))
        vecs.append(v)
    en = np.zeros((1, dim), np.float32)
    en[0, 0], en[0, 30] = 0.66, (1 - 0.66**2) ** 0.5
    docs.append(_lead("en1", "2026-04-02", "Ferry with 214 passengers runs aground off Lindholm", "en"))
    vecs.append(en)
    lk = Linker(PrecomputedEncoder("use", dim))
    lk.story_trace = []
    lk.add([*docs, _lead("new", "2026-04-02", "Fähre mit 214 Passagieren vor Lindholm auf Grund gelaufen", "de")],
           vectors=[*vecs, new])
    cands = dict(lk.story_trace)["new"]
    assert len(cands) == 20 and cands[0].other == "en1"
    assert lk.story_of("new") == lk.story_of("en1")


def test_a_story_spans_at_most_three_days_so_neighbouring_occasions_do_not_chain() -> None:
    # a debate, its report two days later, then a rally two days after that report: each alike
    # enough to the one before, but the rally is four days after the debate
    vecs = [np.eye(1, 8, 0, np.float32) for _ in range(4)]
    docs = [_lead("debate", "2026-09-01", "Candidates clash in the second debate", "en"),
            _lead("report", "2026-09-03", "What Tuesday's second debate showed", "en"),
            _lead("rally", "2026-09-05", "Candidate holds a rally after the debate", "en")]
    # the report names the debate's day (two days before it: without a day of the happening in
    # either lead, articles two days apart tell two happenings, `EventStats.days`)
    tuesday = docs[1]["text"].rindex("Tuesday")
    docs[1]["timexes"] = [{"start": tuesday, "end": tuesday + 7, "type": "DATE", "value": "2026-09-01"}]
    lk = Linker(PrecomputedEncoder("use", 8))
    lk.add(docs[:2], vectors=vecs[:2])
    assert lk.story_of("report") == lk.story_of("debate")
    lk.add(docs[2:], vectors=vecs[2:3])
    assert lk.story_of("rally") != lk.story_of("debate")
    assert lk.story_days.span[lk.stories.find("debate")] == (Date(2026, 9, 1).toordinal(), Date(2026, 9, 3).toordinal())
    # a linker loaded without the stories' days (an older pickle; a store keeps only the
    # documents' stories) finds them again from its documents
    del lk.__dict__["story_days"], lk.__dict__["_spanned"]
    lk.add([_lead("late", "2026-09-05", "The debate's fact checks", "en")], vectors=[vecs[3]])
    assert lk.story_of("late") == lk.story_of("rally")
    assert lk.story_days.span[lk.stories.find("debate")][1] == Date(2026, 9, 3).toordinal()


def test_the_occasion_signature_is_an_occasion_word_with_the_day_beside_it() -> None:
    d = analysed("Holm and Ross clash again",
                 "Eva Holm and Ben Ross clashed over the new quay in Thursday's debate in Kestrel Bay. "
                 "On Monday, Ross had promised 600 jobs; the rally drew a crowd.",
                 [("Thursday", "2026-03-12"), ("Monday", "2026-03-09")])
    d["language"], d["date"] = "en", "2026-03-13"
    key = event_key(d)
    # "Monday" is parted from "the rally" by a comma and a clause: the rally has no day of its own
    assert key.occasions == {"debate@2026-03-12"}
    assert EventKey.from_dict(key.as_dict()) == key
    assert EventKey.from_dict({"names": [], "days": [], "numbers": []}).occasions == frozenset()  # a key stored before
    d = analysed("Holm and Ross clash", "The Tuesday March 3 debate in Kestrel Bay drew a crowd.",
                 [("Tuesday", "2026-03-03"), ("March 3", "2026-03-03")])
    d["language"], d["date"] = "en", "2026-03-04"
    assert event_key(d).occasions == {"debate@2026-03-03"}  # "March" of the date is no protest march


def test_occasion_words_are_read_at_the_offsets_of_the_text_whatever_their_case() -> None:
    # "İ" lower-cases to two code points: the words after four of them stay where they are
    text = "İlkay İnce and İpek İşcan spoke at Monday's rally."
    monday = text.index("Monday")
    timexes = [{"start": monday, "end": monday + 6, "type": "DATE", "value": "2026-03-09"}]
    # ("rally?": the kind is named, `EventKey.reported`)
    assert occasions_of(text, 0, len(text), timexes, "en") == {"rally@2026-03-09", "rally?"}
    assert occasions_of(text.upper(), 0, len(text), timexes, "en") == {"rally@2026-03-09", "rally?"}


def test_german_occasions_are_words_and_compounds_that_end_in_one_and_none_lies_ahead() -> None:
    d = analysed("Holm und Ross streiten über den Kai",
                 "Bei der Fernsehdebatte am Dienstag stritten Eva Holm und Ben Ross über den neuen Kai. "
                 "Die Stichwahl am 29. März entscheidet.",
                 [("Dienstag", "2026-03-10"), ("29. März", "2026-03-29")])
    d["language"], d["date"] = "de", "2026-03-11"
    assert event_key(d).occasions == {"debate@2026-03-10"}  # the run-off after the article's date is ahead
    d["date"] = "2026-03-30"
    assert event_key(d).occasions == {"debate@2026-03-10", "election@2026-03-29"}


def test_a_story_takes_no_occasion_of_its_kind_on_days_two_or_more_apart() -> None:
    told = StoryOccasions()
    told.widen("s", {"debate@2026-03-10", "rally@2026-03-08"})
    assert told.fits("s", {"debate@2026-03-10"})  # the same debate
    assert told.fits("s", {"debate@2026-03-11"})  # a debate late one day is dated the next
    assert not told.fits("s", {"debate@2026-03-12"})  # "yesterday's debate" two days later: another one
    assert not told.fits("s", {"rally@2026-03-10", "debate@2026-03-10"})  # the rally two days on
    assert told.fits("s", {"speech@2026-03-20"})  # no occasion of that kind in the story
    assert told.fits("s", set()) and told.fits("other", {"debate@2026-03-20"})
    assert told.fits("s", {"debate@2026-03-12"}, gap=0)  # no bar
    told.widen("s", {"debate@2026-03-12"})
    assert told.fits("s", {"debate@2026-03-13"})  # a story that tells debates of two days fits either


def test_german_and_english_names_of_one_place_are_one_name() -> None:
    assert one_name(name_key("Moskau")) == one_name(name_key("Moscow"))
    assert one_name(name_key("Weißes Haus")) == one_name(name_key("White House"))
    assert one_name(name_key("Kestrel Bay")) == name_key("Kestrel Bay")
    d = analysed("Treffen in Moskau", "Eva Holm reiste am Montag nach Moskau und traf Ben Ross im Kreml.",
                 [("Montag", "2026-03-09")])
    d["language"] = "de"
    e = analysed("Meeting in Moscow", "Eva Holm travelled to Moscow on Monday and met Ben Ross at the Kremlin.",
                 [("Monday", "2026-03-09")])
    e["language"] = "en"
    # in German a single capitalised word is a name only as a place or institution of exonyms.json
    assert {one_name(name_key("Moscow")), one_name(name_key("Kremlin"))} <= event_key(d).names & event_key(e).names



def test_adjective_endings_are_taken_off_only_in_a_language_whose_names_decline() -> None:
    # German declines the adjective of a name: "dem Europäischem Gerichtshof" is the listed one
    assert one_name(name_key("Europäischem Gerichtshof"), "de") == one_name(name_key("European Court of Justice"))
    # an English name keeps its words: "Whiter House" is no form of the White House, "Houses of
    # Commons" no listed form; words in -e, -er, -es stay as written
    assert one_name(name_key("Whiter House"), "en") == name_key("Whiter House")
    assert one_name(name_key("Houses of Commons"), "en") == name_key("Houses of Commons")
    assert one_name(name_key("White House"), "en") == one_name(name_key("Weißes Haus"), "de")


def test_more_german_and_english_place_names_are_one_name() -> None:
    # exonyms.json: places and bodies whose German and English names differ beyond transliteration
    for de, en in (("Jemen", "Yemen"), ("Pjöngjang", "Pyongyang"), ("Donezk", "Donetsk"), ("Unterhaus", "House of Commons"),
                   ("Nahost", "Middle East"), ("Bundeskriminalamt", "Federal Criminal Police Office")):
        assert one_name(name_key(de)) == one_name(name_key(en))
    d = analysed("Gespräche in Tiflis", "Eva Holm traf am Montag in Tiflis Vertreter aus dem Jemen.", [("Montag", "2026-03-09")])
    d["language"] = "de"
    e = analysed("Talks in Tbilisi", "Eva Holm met envoys from Yemen in Tbilisi on Monday.", [("Monday", "2026-03-09")])
    e["language"] = "en"
    assert {one_name(name_key("Tbilisi")), one_name(name_key("Yemen"))} <= event_key(d).names & event_key(e).names

def _dated(doc_id: str, day: str, title: str, weekday: str, value: str) -> dict[str, Any]:
    """A lead whose day of the happening stands beside its occasion word ("Tuesday's debate")."""
    d = _lead(doc_id, day, title, "en")
    at = d["text"].index(weekday, int(d["segments"][0]["start"]))
    d["timexes"] = [{"start": at, "end": at + len(weekday), "text": weekday, "type": "DATE", "value": value}]
    return d


def test_two_debates_of_the_same_people_days_apart_are_two_stories_also_after_reloading() -> None:
    vecs = [np.eye(1, 8, 0, np.float32) for _ in range(4)]
    lk = Linker(PrecomputedEncoder("use", 8))
    lk.add([_dated("first", "2026-09-02", "Holm and Ross clash in Tuesday's debate", "Tuesday", "2026-09-01"),
            _dated("report", "2026-09-03", "What Tuesday's debate showed", "Tuesday", "2026-09-01"),
            _dated("second", "2026-09-04", "Holm and Ross clash in Thursday's debate", "Thursday", "2026-09-03")],
           vectors=vecs[:3])
    assert lk.story_of("report") == lk.story_of("first")
    assert lk.story_of("second") != lk.story_of("first")  # alike leads, another debate
    # the stories' occasions are found again from the documents when a linker is loaded without them
    del lk.__dict__["story_occasions"]
    del lk.__dict__["story_own"]  # (a store linked before the own occasions' veto)
    lk.add([_dated("late", "2026-09-04", "Fact checks of Tuesday's debate", "Tuesday", "2026-09-01")], vectors=[vecs[3]])
    assert lk.story_of("late") == lk.story_of("first")
    assert lk.docs["late"].event.occasions == {"debate@2026-09-01"}


def test_an_occasion_of_the_articles_own_day_told_as_ahead_is_a_preview() -> None:
    d = analysed("Ross and Holm make a last push",
                 "Ahead of Tuesday's primary in Kestrel Bay, Ben Ross toured three harbour towns.",
                 [("Tuesday", "2026-03-10")])
    d["language"], d["date"] = "en", "2026-03-10"
    key = event_key(d)
    assert key.occasions == frozenset() and key.ahead == {"primary@2026-03-10"}
    assert EventKey.from_dict(key.as_dict()) == key
    d = analysed("Ross wins in Kestrel Bay", "Ben Ross won Tuesday's primary in Kestrel Bay by a wide margin.",
                 [("Tuesday", "2026-03-10")])
    d["language"], d["date"] = "en", "2026-03-10"
    assert event_key(d).occasions == {"primary@2026-03-10"} and not event_key(d).ahead
    d = analysed("Ross und Holm vor der Entscheidung",
                 "Vor der Vorwahl am Dienstag warb Ben Ross in drei Hafenstädten um Stimmen.",
                 [("Dienstag", "2026-03-10")])
    d["language"], d["date"] = "de", "2026-03-10"
    assert event_key(d).ahead == {"primary@2026-03-10"}
    # the next day the same words look back: neither a preview nor a report
    d = analysed("What the polls missed", "Polls ahead of Tuesday's primary in Kestrel Bay had Holm in front.",
                 [("Tuesday", "2026-03-10")])
    d["language"], d["date"] = "en", "2026-03-11"
    assert not event_key(d).occasions and not event_key(d).ahead and not event_key(d).reported
    # a day after the article's date is ahead whatever the words
    d = analysed("Ross and Holm", "Ross vowed to win the primary on Tuesday.", [("Tuesday", "2026-03-17")])
    d["language"], d["date"] = "en", "2026-03-12"
    assert event_key(d).ahead == {"primary@2026-03-17"} and not event_key(d).occasions


def test_a_preview_and_the_report_of_an_occasion_are_two_stories() -> None:
    told = StoryOccasions()
    told.widen("preview", set(), {"primary@2026-03-10"})
    assert not told.fits("preview", {"primary@2026-03-10"})  # the report does not join the preview
    assert not told.fits("preview", {"primary@2026-03-11"})  # nor the next morning's
    assert told.fits("preview", set(), ahead={"primary@2026-03-10"})  # another preview does
    assert told.fits("preview", {"debate@2026-03-10"})  # another kind of occasion says nothing
    told.widen("report", {"primary@2026-03-10"})
    assert not told.fits("report", set(), ahead={"primary@2026-03-10"})  # a preview does not join the report
    assert told.fits("report", {"primary@2026-03-10"}, ahead={"primary@2026-03-10"})  # one that reports it too does
    # a look-ahead to the next primary only, a week on, tells another happening (as two reports
    # a week apart do); one that reports this primary and looks ahead to the next joins
    assert not told.fits("report", set(), ahead={"primary@2026-03-17"})
    assert told.fits("report", set(), ahead={"primary@2026-03-17"}, reported={"primary@2026-03-10"})
    assert told.fits("report", {"debate@2026-03-09"}, ahead={"debate@2026-03-17"})  # a kind the story does not tell
    assert told.fits("report", set(), gap=0, ahead={"primary@2026-03-10"})  # no bar
    told.widen("both", {"primary@2026-03-10"}, {"primary@2026-03-10"})
    assert told.fits("both", {"primary@2026-03-10"})  # a story that reports it takes its reports


def test_a_preview_and_the_report_of_one_primary_with_alike_leads_are_two_stories() -> None:
    vecs = [np.eye(1, 8, 0, np.float32) for _ in range(3)]
    lk = Linker(PrecomputedEncoder("use", 8))
    preview = analysed("Ross and Holm in Kestrel Bay", "Ahead of Tuesday's primary, Ross and Holm toured Kestrel Bay.",
                       [("Tuesday", "2026-03-10")])
    report = analysed("Ross and Holm in Kestrel Bay", "Ross beat Holm in Tuesday's primary in Kestrel Bay.",
                      [("Tuesday", "2026-03-10")])
    late = analysed("Ross and Holm in Kestrel Bay", "After Tuesday's primary, Ross and Holm left Kestrel Bay.",
                    [("Tuesday", "2026-03-10")])
    for doc_id, d, day in (("preview", preview, "2026-03-10"), ("report", report, "2026-03-10"), ("late", late, "2026-03-11")):
        d.update(id=doc_id, date=day, language="en", outlet=f"Outlet {doc_id}", attributions=[], hedges=[])
    lk.add([preview, report, late], vectors=vecs)
    assert lk.story_of("report") != lk.story_of("preview")
    assert lk.story_of("late") == lk.story_of("report")


def test_a_report_names_the_kind_and_a_past_day_anywhere_in_its_lead() -> None:
    d = analysed("Ross takes three harbour towns",
                 "Ben Ross took the Lindholm, Kestrel Bay and Norderstrand primaries, "
                 "the regional networks found once the count had ended on Tuesday night.", [("Tuesday", "2026-03-10")])
    d["language"], d["date"] = "en", "2026-03-11"
    key = event_key(d)
    assert key.occasions == frozenset() and key.reported == {"primary@2026-03-10"}
    assert EventKey.from_dict(key.as_dict()) == key
    told = StoryOccasions()
    told.widen("preview", set(), {"primary@2026-03-10"})
    assert not told.fits("preview", key.occasions, ahead=key.ahead, reported=key.reported)
    # looking back at the days before the occasion is no report of it
    d = analysed("Ross and Holm", "Polls ahead of Tuesday's primary had Holm in front; the primary's turnout was low.",
                 [("Tuesday", "2026-03-10")])
    d["language"], d["date"] = "en", "2026-03-11"
    assert not event_key(d).reported and not event_key(d).ahead


def test_capitalised_german_words_count_as_names_against_an_english_document() -> None:
    de = analysed("Bericht belastet Ministerin",
                  "Ein am Mittwoch veröffentlichter Bericht des Rechnungshofs kritisiert die Ministerin Eva Holm. "
                  "Die Demokratin Lena Marsh verlangte in Kestrel eine Anhörung.", [("Mittwoch", "2026-03-11")])
    de["language"], de["date"] = "de", "2026-03-11"
    en = analysed("Audit faults Holm", "An audit released Wednesday faults Secretary Eva Holm; Lena Marsh wants "
                  "a hearing in Kestrel.", [("Wednesday", "2026-03-11")])
    en["language"], en["date"] = "en", "2026-03-11"
    kd, ke = event_key(de), event_key(en)
    # the phrase's ends and its single words: "Demokratin Lena Marsh" gives "lena marsh", "marsh"
    assert {"lena marsh", "marsh", "kestrel"} <= kd.words and not ke.words
    assert EventKey.from_dict(kd.as_dict()) == kd
    stats = EventStats()
    for k in (kd, ke):
        stats.add(k)
    bare = EventKey(kd.names, kd.days, kd.numbers)
    assert stats.names(kd, ke) > stats.names(bare, ke)  # "Kestrel" and "Lena Marsh" are now in common
    # between two German documents the capitalised words are no names ("Bericht", "Ministerin")
    assert stats.names(kd, EventKey(frozenset({"bericht"}), frozenset(), frozenset(), words=frozenset({"bericht"}))) == 0.0


def test_a_digest_of_headlines_joins_no_story() -> None:
    heads = ["HARBOUR BRIDGE CLOSES FOR REPAIRS", "FERRY STRIKE ENDS AFTER TWO DAYS", "NEW MAYOR SWORN IN TODAY",
             "STORM WARNING FOR THE NORTH COAST", "MUSEUM RETURNS STOLEN PAINTINGS"]
    body = " ".join(f"{h} A short paragraph on it follows here." for h in heads)
    d = analysed("Monday's Morning Briefing", body, [])
    assert event_key(d).digest and EventKey.from_dict(event_key(d).as_dict()).digest
    one = analysed("Bridge closes", "INTENSE WORK ON BOTH SIDES The harbour bridge closes on Monday for repairs.", [])
    assert not event_key(one).digest  # one article's section head is no digest
    vecs = [np.eye(1, 8, 0, np.float32) for _ in range(2)]
    lk = Linker(PrecomputedEncoder("use", 8))
    d.update(id="digest", date="2026-03-09", language="en", outlet="Outlet A", attributions=[], hedges=[])
    report = analysed("Harbour bridge closes for repairs", "The harbour bridge closes on Monday for repairs, the "
                      "council said; ferries run every hour until it opens again in May.", [])
    report.update(id="report", date="2026-03-09", language="en", outlet="Outlet B", attributions=[], hedges=[])
    assert not event_key(report).digest
    lk.add([d, report], vectors=vecs)
    assert lk.story_of("digest") != lk.story_of("report")  # alike as they are


def test_the_day_of_the_happening_is_read_against_each_article_s_own_date() -> None:
    # a look-ahead names the vote's day as to come, the report as past: no common day of a happening
    ahead = analysed("Holm tours the valley", "Eva Holm toured Lindholm before Sunday's vote.", [("Sunday", "2026-05-10")])
    ahead["language"], ahead["date"] = "en", "2026-05-07"
    report = analysed("Holm wins the valley", "Eva Holm won Sunday's vote in Lindholm.", [("Sunday", "2026-05-10")])
    report["language"], report["date"] = "en", "2026-05-11"
    a, r = event_key(ahead), event_key(report)
    assert a.later == {"2026-05-10"} and not r.later and r.published == "2026-05-11"
    assert EventKey.from_dict(a.as_dict()) == a
    assert EventStats.days(a, r) == 0
    assert EventStats.days(r, r) == 1 and EventStats.days(a, a) == 1  # two reports, two look-aheads
    # leads that name no day of their happening: their dates tell it (a happening is reported on its
    # day or the next), two or more days apart two happenings, never one
    count = EventKey(frozenset(), frozenset(), frozenset(), published="2026-05-03")
    result = EventKey(frozenset(), frozenset(), frozenset(), published="2026-05-05")
    nextday = EventKey(frozenset(), frozenset(), frozenset(), published="2026-05-04")
    assert EventStats.days(count, result) == -1
    assert EventStats.days(count, nextday) == 0 and EventStats.days(count, count) == 0
    assert EventStats.days(count, EventKey(frozenset(), frozenset(), frozenset())) == 0  # undated
    # only days to come name no day of the happening either (a crew named, the launch ahead)
    crew = EventKey(frozenset(), frozenset({"2026-05-04"}), frozenset(), later=frozenset({"2026-05-04"}),
                    published="2026-05-03")
    assert EventStats.days(crew, result) == -1


def test_alike_leads_that_share_no_moment_of_the_happening_need_a_higher_bar() -> None:
    # two articles on the same candidates and topic (alike leads, names in common) at no common
    # moment — no claim, day nor number of the lead in common: mostly one topic on two occasions
    # (the bar is off by default since session 16: it is set here as a linker may be given it)
    t = {**THRESHOLDS["use"], "story_unanchored": 1.0}
    topic = StoryCandidate("x", 0.74, 0, names=0.3, rare=0.8)
    assert t["story"] <= story_score(topic, t) < t["story_unanchored"]
    assert not anchored(topic) and best_story_neighbour([topic], t) is None
    assert best_story_neighbour([topic], {**t, "story_unanchored": 0.0}) == "x"
    # counter-examples: the same leads with a day, a number or a claim of the happening in common join
    for told in (topic._replace(days=1), topic._replace(numbers=1), topic._replace(shared=1)):
        assert anchored(told) and best_story_neighbour([told], t) == "x"
    # a day of the same week but not the same day (0: a night and the next morning) anchors nothing
    assert not anchored(topic._replace(days=0, numbers=0))
    # leads nearly the same words pass without any anchor
    assert best_story_neighbour([StoryCandidate("y", 0.9, 0, names=0.5, rare=0.8)], t) == "y"
    # other encoders have no such bar: the story bar alone
    assert story_bar(topic, THRESHOLDS["hashing"]) == THRESHOLDS["hashing"]["story"]


def test_a_document_joins_the_story_whose_members_agree_on_average() -> None:
    # a story of three reports of one hearing and a look-alike story of one rally: the new document
    # reaches the bar through one hearing report, but the other two tell it far less
    t = {"story": 0.7, "story_mean_slack": 0.1}
    story = {"h1": "hearing", "h2": "hearing", "h3": "hearing", "r1": "rally"}
    hearing = [StoryCandidate("h1", 0.75, 0), StoryCandidate("h2", 0.4, 0), StoryCandidate("h3", 0.45, 0)]
    assert best_story_neighbour(hearing, {"story": 0.7}) == "h1"  # one neighbour alone: it joins
    counts: Counter[str] = Counter()
    assert best_story_neighbour(hearing, t, story.__getitem__, counts) is None
    assert counts["link.story.mean_below"] == 1
    # members that all stay near the bar: the story takes it, beside its best member
    near = [StoryCandidate("h1", 0.75, 0), StoryCandidate("h2", 0.66, 0), StoryCandidate("h3", 0.64, 0)]
    assert best_story_by_mean(near, t, story.__getitem__) == "h1"
    # of two stories within reach, the one of the better mean, not of the single closest member
    rally = [StoryCandidate("r1", 0.74, 0)]
    assert best_story_by_mean([StoryCandidate("h1", 0.78, 0), StoryCandidate("h2", 0.62, 0), *rally], t,
                              story.__getitem__) == "r1"
    # a story none of whose members reaches the bar takes nothing, however alike on average
    assert best_story_by_mean([StoryCandidate("h1", 0.69, 0), StoryCandidate("h2", 0.69, 0)], t, story.__getitem__) is None
    # without the slack (or without the stories) the best neighbour decides, as before
    assert best_story_neighbour(hearing, {**t, "story_mean_slack": -1.0}, story.__getitem__) == "h1"
    assert best_story_neighbour(hearing, t) == "h1"
    # across languages only candidates that tell the happening count, in the mean too
    assert best_story_by_mean([*near, StoryCandidate("h2", 0.1, 0, across=True)], t, story.__getitem__) == "h1"
