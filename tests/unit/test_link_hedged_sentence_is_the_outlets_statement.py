"""Claim members (issue 9), rule `link.claim.own_statement_hedged`: a sentence with no attribution
that the analysis reads as hedged in the outlet's own voice ("The ferry company may close …",
"… appeared to …") is an own statement of the outlet — its outlet the origin, one origin, as the
labels count it — where before it was no member and its claim counted no origin at all; one that a
reportative hedge opens ("Reportedly, …") is hearsay: a claim told only so stays unsourced (rule
`link.origin.hearsay`). Invented texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from sourcetrace.link import Linker
from sourcetrace.link.claims.members import members_of

FACT = "the ferry company will close the harbour bridge to trucks next week after an inspector spotted cracks"
FILLER = "Tourists waited on the quay for hours while gulls circled above the empty ticket booth."


def _doc(first: str, hedge: str, kind: str, outlet: str = "Harbour Post") -> dict[str, Any]:
    """An English article of two lines: `first`, hedged by the analysis on the word `hedge` (of `kind`), then filler."""
    text = f"{first}\n{FILLER}"
    n, at = len(first), text.index(hedge)
    hedges = [{"start": at, "end": at + len(hedge), "text": hedge, "kind": kind, "rule": "t",
               "scope": {"start": 0, "end": n, "text": first}}]
    claims = [{"start": 0, "end": n, "text": first, "attributions": [], "hedges": [0], "status": "hedged"},
              {"start": n + 1, "end": len(text), "text": text[n + 1:], "attributions": [], "hedges": [], "status": "asserted"}]
    return {"id": "d0", "outlet": outlet, "date": "2026-03-10", "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": [],
            "claims": claims, "sources": [], "hedges": hedges, "timexes": [], "quantities": [],
            "sentences": [{"start": 0, "end": n}, {"start": n + 1, "end": len(text)}]}


def _bridge(doc: dict[str, Any]) -> list[Any]:
    return [m for m in members_of(doc) if "bridge" in m.text]


def _row(doc: dict[str, Any]) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add([doc])
    (row,) = [r for r in lk.claim_rows() if any("bridge" in lk.members[k].text for k in lk.claim_members[r["claim"]])]
    return row


def test_a_sentence_hedged_in_the_outlets_voice_is_its_own_statement() -> None:
    doc = _doc(f"It seems likely that {FACT}.", "likely", "epistemic")
    (m,) = _bridge(doc)
    assert m.rule == "link.claim.own_statement_hedged" and m.own_statement and not m.hearsay and m.source is None
    row = _row(doc)
    assert row["independent_origins"] == 1 and row["status"] == "single_origin" and row["origins"] == ["Harbour Post"]
    assert row["origin_rules"] == ["link.origin.own_statement"]


def test_an_inference_hedge_is_the_outlets_statement_too() -> None:
    (m,) = _bridge(_doc(f"By Monday it appeared that {FACT}.", "appeared", "inference"))
    assert m.own_statement and not m.hearsay


def test_a_hedged_sentence_that_hearsay_opens_names_no_origin() -> None:
    doc = _doc(f"Reportedly, {FACT}.", "Reportedly", "reportative")
    (m,) = _bridge(doc)
    assert m.rule == "link.claim.own_statement_hedged" and m.hearsay
    row = _row(doc)
    assert row["independent_origins"] == 0 and row["status"] == "unsourced"
    assert "link.origin.hearsay" in row["origin_rules"]


def test_a_hedged_question_or_fragment_is_no_member() -> None:
    assert _bridge(_doc(f"Could it be that {FACT}?", "Could", "epistemic")) == []
    assert _bridge(_doc("Perhaps the harbour bridge, the trucks and the cracks.", "Perhaps", "epistemic")) == []


def test_a_hedged_indirect_question_is_no_member() -> None:
    # "It is unclear whether X" leaves X open: the outlet asserts neither side (open_question_words after
    # the hedge, or opening the sentence); a hedged statement with a conditional still is its statement
    assert _bridge(_doc(f"It is unclear whether {FACT}.", "unclear", "epistemic")) == []
    assert _bridge(_doc(f"It remains to be seen whether {FACT}.", "remains to be seen", "epistemic")) == []
    assert _bridge(_doc(f"Whether {FACT} is unclear.", "unclear", "epistemic")) == []
    (m,) = _bridge(_doc(f"If the vote fails, it seems likely that {FACT}.", "likely", "epistemic"))
    assert m.rule == "link.claim.own_statement_hedged" and m.stance == "asserts"
