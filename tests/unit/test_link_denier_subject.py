"""Claims across articles (issue 9, rule `link.claim.denied_back+subject`): a denial that the outlet
tells in its own sentence, with no source read but its denier as the subject before the cue ("She
rejected the allegations", "Marsh on Tuesday denied the accusations", "Marsch bestreitet die Vorwürfe"),
is that person's word, not the outlet's: it denies the claim the outlet itself told just before it
(at most 400 characters back: "A pilot accused Marsh of …"), though both stand for the same origin, and the
claim is contested. Speech that the denier opens ("Marsh said …") is the denier's own claim and is
not denied so. Invented texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from tests.link_helpers import span_at
from tests.unit.test_link_own_statements import _doc

from sourcetrace.link import Linker

LEAD_EN = "The ferry season opened on Monday with three new boats on the northern route."
LEAD_DE = "Die Fährsaison begann am Montag mit drei neuen Booten auf der Nordroute."


def _one_paragraph(text: str, lang: str) -> dict[str, Any]:
    """An article of one paragraph: the analysis's sentences, unattributed, split after each full stop."""
    d = _doc("d1", "Harbour Post", text, lang)
    sentences, at = [], 0
    for s in re.split(r"(?<=\.) ", text):
        sentences.append({"start": at, "end": at + len(s), "text": s, "attributions": [], "hedges": [],
                          "status": "asserted"})
        at += len(s) + 1
    d["claims"] = sentences
    return d


def _rows(text: str, lang: str = "en") -> tuple[Linker, list[dict[str, Any]]]:
    lk = Linker("hashing")
    lk.add([_one_paragraph(text, lang)])
    return lk, lk.claim_rows()


def _row_with(rows: list[dict[str, Any]], text: str, words: str) -> dict[str, Any]:
    return next(r for r in rows if any(words in text[m["start"]:m["end"]] for m in r["members"]))


def test_a_pronoun_that_rejects_the_allegations_contests_the_accusation_told_before() -> None:
    text = (f"{LEAD_EN} Last week a ferry pilot accused harbour master Ivo Marsh of falsifying the tide logs of "
            "the northern quay. She rejected the allegations on Wednesday.")
    lk, rows = _rows(text)
    row = _row_with(rows, text, "ferry pilot accused")
    assert [m["stance"] for m in row["members"]] == ["asserts", "denies"]
    assert row["status"] == "contested" and row["independent_origins"] == 1
    denial = next(m for m in lk.members.values() if m.text.startswith("She rejected"))
    assert lk.joined_by[denial.key] == "link.claim.denied_back+subject"
    # the lead is no part of it
    assert _row_with(rows, text, "ferry season")["status"] == "single_origin"


def test_a_named_denier_with_a_time_word_before_the_cue_contests_the_accusation() -> None:
    text = (f"{LEAD_EN} Last week a ferry pilot accused harbour master Ivo Marsh of falsifying the tide logs of "
            "the northern quay. Marsh on Tuesday denied the accusations.")
    _, rows = _rows(text)
    row = _row_with(rows, text, "ferry pilot accused")
    assert row["status"] == "contested" and len(row["members"]) == 2


def test_a_named_denier_contests_the_accusation_told_before_de() -> None:
    text = (f"{LEAD_DE} Ein Lotse beschuldigte den Hafenmeister Ivo Marsch, die Gezeitenbücher des Nordkais "
            "gefälscht zu haben. Marsch bestreitet die Vorwürfe entschieden.")
    _, rows = _rows(text, "de")
    row = _row_with(rows, text, "Ein Lotse beschuldigte")
    assert [m["stance"] for m in row["members"]] == ["asserts", "denies"]
    assert row["status"] == "contested"


def test_the_deniers_own_speech_told_before_is_not_denied() -> None:
    text = (f"{LEAD_EN} Ivo Marsh said the northern quay will close for repairs in the spring. "
            "Marsh on Tuesday denied the report.")
    _, rows = _rows(text)
    assert _row_with(rows, text, "Ivo Marsh said")["status"] == "single_origin"


def test_a_described_denier_in_parentheses_contests_the_account_told_before() -> None:
    text = (f"{LEAD_EN} On Tuesday the harbour master pushed a pilot off the gangway of the northern quay, "
            "two deckhands told the crew. (A harbour spokesman disputed that account.)")
    _, rows = _rows(text)
    row = _row_with(rows, text, "pushed a pilot")
    assert row["status"] == "contested" and len(row["members"]) == 2


def test_a_doubt_that_the_analysis_read_and_that_only_points_back_denies_the_claim_before() -> None:
    """Rule link.claim.denied_in_article+status_cue: "Die Senatorin bezweifelt das" — a sentence the
    analysis read as disputed, whose cue is no word of `denial_cues`, refers back as a denial cue's does."""
    content = "dass die neue Fähre bereits ab dem ersten Mai zwischen den Inseln fahren werde"
    doubt = "Die Senatorin bezweifelt das."
    text = f"{LEAD_DE} Die Reederei erklärte am Donnerstag, {content}. {doubt}"
    src = span_at(text, "Die Reederei", id="s1", name="Reederei", type="organisation")
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [], "source": src,
           "cue": span_at(text, "erklärte"), "content": [span_at(text, content)]}
    d = _one_paragraph(text, "de")
    d["attributions"], d["sources"] = [att], [{"id": "s1", "name": "Reederei", "aliases": [], "type": "organisation"}]
    d["claims"][1]["attributions"] = ["a1"]
    d["claims"][2].update(status="disputed", status_cue=span_at(text, "bezweifelt"))
    lk = Linker("hashing")
    lk.add([d])
    row = _row_with(lk.claim_rows(), text, "neue Fähre")
    assert [m["stance"] for m in row["members"]] == ["asserts", "denies"]
    assert row["status"] == "contested"
    denial = next(m for m in lk.members.values() if m.text == doubt)
    assert denial.refers and lk.joined_by[denial.key] == "link.claim.denied_in_article+status_cue"
    # a clause before the cue and words of its own after it tell something else, not a doubt of what was told
    other = "Der Streit begann, als die Ministerin die Erfahrung des Kapitäns bezweifelte."
    text = f"{LEAD_DE} Die Reederei erklärte am Donnerstag, {content}. {other}"
    att.update(source=span_at(text, "Die Reederei", id="s1", name="Reederei", type="organisation"),
               cue=span_at(text, "erklärte"), content=[span_at(text, content)])
    d = _one_paragraph(text, "de")
    d["attributions"], d["sources"] = [att], [{"id": "s1", "name": "Reederei", "aliases": [], "type": "organisation"}]
    d["claims"][1]["attributions"] = ["a1"]
    d["claims"][2].update(status="disputed", status_cue=span_at(text, "bezweifelte"))
    lk = Linker("hashing")
    lk.add([d])
    assert _row_with(lk.claim_rows(), text, "neue Fähre")["status"] == "single_origin"


def test_the_subject_before_a_denial_cue() -> None:
    for text, subject in [("The Port Authority on Monday rejected the allegation.", "Port Authority Monday"),
                          ("She rejected the allegations.", ""),
                          ("Marsch weist alle gegen ihn vorgebrachten Anschuldigungen zurück.", "Marsch"),
                          ("Er bestritt den Vorwurf.", ""),
                          ("and he later denied the report.", None),
                          ("After the hearing, the accusations were denied.", None),
                          ("Critics called the report false.", None)]:
        m = SimpleNamespace(text=text, source=None, denial_cue=True)
        assert Linker._denier_subject(m, len(text)) == subject, text  # type: ignore[arg-type]
    # a member with a source names its denier already
    m = SimpleNamespace(text="She rejected the allegations.", source="Ivo Marsh", denial_cue=True)
    assert Linker._denier_subject(m, len(m.text)) is None  # type: ignore[arg-type]
