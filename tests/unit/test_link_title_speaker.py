"""Claim members (issue 9), rule `link.claim.title_speaker`: a headline of the text (a segment of kind
`title`) that gives a speaker's words after a colon ("Ann Lee: ‘…’", "Ann Lee on the strike: …") or
after a cue verb ("Ann Lee says …") is a member with the source of the body's attribution whose name
ends in the same word — the analysis reads the body only, and a label's span often lies in the
headline. Invented texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from sourcetrace.link import Linker
from sourcetrace.link.claims.members import members_of

BODY = "The harbour master Ann Lee said the grain quay would stay closed until the cranes are repaired."
QUOTE = "the grain quay would stay closed until the cranes are repaired"


def _doc(title: str, doc_id: str = "d0", outlet: str = "Harbour Post", source: str = "Ann Lee") -> dict[str, Any]:
    """An English article whose text opens with the headline `title`, then one attributed sentence."""
    text = f"{title}\n{BODY}"
    b = len(title) + 1
    at = text.index(QUOTE)
    src = text.index("Ann Lee")
    cue = text.index("said")
    return {"id": doc_id, "outlet": outlet, "date": "2026-03-10", "title": title, "language": "en", "text": text,
            "segments": [{"kind": "title", "start": 0, "end": len(title), "rule": "t"},
                         {"kind": "body", "start": b, "end": len(text), "rule": "t"}],
            "attributions": [{"id": "a1", "rule": "attr.indirect.en.v2", "status": "attributed",
                              "content": {"start": at, "end": at + len(QUOTE), "text": QUOTE},
                              "source": {"id": "s1", "start": src, "end": src + 7, "text": "Ann Lee", "name": source,
                                         "type": "person"},
                              "cue": {"start": cue, "end": cue + 4, "text": "said"}, "via": []}],
            "claims": [{"start": b, "end": len(text), "text": BODY, "attributions": ["a1"], "hedges": [], "status": "attributed"}],
            "sources": [{"id": "s1", "name": source, "type": "person", "aliases": []}],
            "hedges": [], "timexes": [], "quantities": [], "sentences": [{"start": b, "end": len(text)}]}


def _titles(doc: dict[str, Any]) -> list[Any]:
    return [m for m in members_of(doc) if m.rule == "link.claim.title_speaker"]


def test_a_headline_with_the_speakers_name_before_a_colon_is_a_member_of_that_speaker() -> None:
    (m,) = _titles(_doc("Lee: ‘The Grain Quay Stays Shut Until the Cranes Work.’"))
    assert m.source == "Ann Lee" and m.source_type == "person"
    # (the headline's capitals undone where the body writes a word in lower case: no name for the vetoes)
    assert m.text == "‘the grain quay stays shut until the cranes work.’"
    assert m.start == len("Lee: ") and not m.own_statement and not m.sentence


def test_the_topic_after_the_speaker_is_cut_off_and_a_cue_verb_opens_the_words() -> None:
    (m,) = _titles(_doc("Ann Lee on the Cranes: Grain Quay Stays Shut"))
    assert m.source == "Ann Lee" and m.text == "grain quay stays shut"
    (m,) = _titles(_doc("Harbour Master Lee Says Grain Quay Stays Shut Until Spring"))
    assert m.source == "Ann Lee" and m.text == "grain quay stays shut until spring"


def test_a_headline_that_names_no_speaker_of_the_body_or_asks_is_no_member() -> None:
    assert _titles(_doc("Ben Ross: Grain Quay Stays Shut")) == []  # (no attribution of the body names him)
    assert _titles(_doc("Lee: Will the Grain Quay Stay Shut?")) == []
    assert _titles(_doc("The Latest: Grain Quay Stays Shut")) == []
    assert _titles(_doc("Lee: ‘Shut.’")) == []  # (one content word)


def test_the_headline_joins_the_speakers_claim_told_by_another_outlet() -> None:
    a = _doc("Lee: Grain Quay Would Stay Closed Until the Cranes Are Repaired", "d0")
    b = _doc("Cranes down at the port", "d1", outlet="Coast Courier")
    lk = Linker("hashing")
    lk.add([a, b])
    (title,) = [k for k in lk.docs["d0"].members if lk.members[k].rule == "link.claim.title_speaker"]
    body_b = next(k for k in lk.docs["d1"].members if lk.members[k].rule == "attr.indirect.en.v2")
    assert lk.members[title].claim == lk.members[body_b].claim
    row = next(r for r in lk.claim_rows() if r["claim"] == lk.members[title].claim)
    assert row["independent_origins"] == 1 and row["origins"] == ["Ann Lee"]


def test_a_headline_whose_cue_denies_is_a_denial_of_the_words_after_it() -> None:
    (m,) = _titles(_doc("Lee Denies Grain Quay Will Stay Shut Until Spring"))
    assert m.source == "Ann Lee" and m.text == "grain quay will stay shut until spring"
    assert m.denial_cue and not m.negated
    (m,) = _titles(_doc("Ann Lee says grain quay will stay shut until spring"))
    assert not m.denial_cue
    # (a denial word that refuses someone something denies no claim)
    (m,) = _titles(_doc("Lee denies dockers the right to strike this winter"))
    assert not m.denial_cue


def test_a_headline_whose_name_is_spoken_to_or_about_gives_no_words_of_that_name() -> None:
    assert _titles(_doc("Ann Lee told to reopen the grain quay by the council")) == []
    assert _titles(_doc("Harbour Master Lee Said to Weigh Closing the Grain Quay")) == []
    assert _titles(_doc("Lee asked about grain quay closure at council meeting")) == []
    (m,) = _titles(_doc("Lee warns of grain quay closure until spring"))  # (a cue with its own preposition)
    assert m.source == "Ann Lee"
