"""Independent origins (issue 9), rule `link.origin.hearsay`: a sentence an outlet tells only as
hearsay, with no source ("Reportedly, …": a reportative hedge of the analysis in it,
`Member.hearsay`), names no origin — a claim told only so is unsourced, and beside a named source
it adds no outlet; the same sentence without the hedge stays the outlet's own statement. Invented
texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from sourcetrace.link import Linker
from sourcetrace.link.claims.members import members_of

FACT = "the ferry company closed the harbour bridge to trucks on Monday after an inspector spotted cracks"
#: the fact in other words (no copy of the sentence that tells it first)
REWORDED = "on Monday the ferry company closed the harbour bridge to trucks after an inspector spotted cracks"
FILLER = ["Tourists waited on the quay for hours while gulls circled above the empty ticket booth.",
          "A local bakery handed out free coffee to drivers stuck in the long queue near the toll gate."]


def _doc(i: int, outlet: str, first: str, hedge: str | None = None,
         source: str | None = None, type_: str = "person") -> dict[str, Any]:
    """An English article of two lines: `first` (with a reportative hedge on the word `hedge`, or
    said by `source`), then filler."""
    text = f"{first}\n{FILLER[i % 2]}"
    atts, sources = [], []
    if source:
        at = text.index(FACT)
        atts = [{"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
                 "source": {"id": "s1", "start": 0, "end": len(source), "text": source, "name": source, "type": type_},
                 "cue": {"start": text.index("said"), "end": text.index("said") + 4, "text": "said"},
                 "content": [{"start": at, "end": at + len(FACT), "text": FACT}]}]
        sources = [{"id": "s1", "name": source, "aliases": [], "type": type_}]
    hedges = []
    if hedge:
        at = text.index(hedge)
        hedges = [{"start": at, "end": at + len(hedge), "kind": "reportative", "rule": "t",
                   "scope": {"start": 0, "end": len(first), "text": first}}]
    n = len(first)
    claims = [{"start": 0, "end": n, "text": first, "attributions": ["a1"] if atts else [], "hedges": [],
               "status": "attributed" if atts else "asserted"},
              {"start": n + 1, "end": len(text), "text": text[n + 1:], "attributions": [], "hedges": [], "status": "asserted"}]
    return {"id": f"d{i}", "outlet": outlet, "date": f"2026-03-1{i}", "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": atts,
            "claims": claims, "sources": sources, "hedges": hedges, "timexes": [], "quantities": []}


def _row(docs: list[dict[str, Any]]) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add(docs)
    (row,) = [r for r in lk.claim_rows() if any("harbour bridge" in lk.members[k].text for k in lk.claim_members[r["claim"]])]
    return row


def test_a_sentence_told_as_hearsay_is_a_hearsay_member() -> None:
    (m, *_) = [m for m in members_of(_doc(0, "Harbour Post", f"Reportedly, {FACT}.", "Reportedly")) if "bridge" in m.text]
    assert m.hearsay and m.source is None
    (m, *_) = [m for m in members_of(_doc(0, "Harbour Post", f"On Monday {FACT}.")) if "bridge" in m.text]
    assert not m.hearsay


def test_a_claim_told_only_as_hearsay_is_unsourced() -> None:
    row = _row([_doc(0, "Harbour Post", f"Reportedly, {FACT}.", "Reportedly"),
                _doc(1, "Coast Herald", f"Reportedly, {FACT}.", "Reportedly")])
    assert row["status"] == "unsourced" and row["independent_origins"] == 0
    assert "link.origin.hearsay" in row["origin_rules"]


def test_the_same_sentence_without_the_hedge_is_the_outlets_own() -> None:
    row = _row([_doc(0, "Harbour Post", f"On Monday {FACT}.")])
    assert row["status"] == "single_origin" and row["origins"] == ["Harbour Post"]


def test_hearsay_beside_a_named_source_adds_no_outlet() -> None:
    # (beside a board's account an outlet's own statement of it is an origin of its own; its hearsay is not)
    board = "The ferry board"
    row = _row([_doc(0, "Harbour Post", f"{board} said that {FACT}.", source=board, type_="institution"),
                _doc(1, "Coast Herald", f"Reportedly, {REWORDED}.", "Reportedly")])
    assert row["origins"] == [board] and row["status"] == "single_origin"
    row = _row([_doc(0, "Harbour Post", f"{board} said that {FACT}.", source=board, type_="institution"),
                _doc(1, "Coast Herald", f"{REWORDED[:1].upper()}{REWORDED[1:]}.")])
    assert row["origins"] == ["Coast Herald", board] and row["status"] == "corroborated"


def _member(sentence: str, hedge: str) -> Any:
    (m, *_) = [m for m in members_of(_doc(0, "Harbour Post", sentence, hedge)) if "harbour" in m.text.lower()]
    return m


def test_a_reportative_cue_after_a_long_subject_tells_the_sentence_as_hearsay() -> None:
    # (fix30: the cue stands after more than HEARSAY_WORDS words, but in the main clause, right
    # after its subject and auxiliary)
    assert _member("The new owner of the old harbour ferry line is reportedly selling two boats to a rival.",
                   "reportedly").hearsay
    # (a relative clause, or a cue after the main verb or inside a noun phrase, tells one phrase only)
    assert not _member("The new owner of the harbour line, who reportedly sold two boats, opened an office.",
                       "reportedly").hearsay
    assert not _member("The new owner of the harbour ferry line denied the alleged sale of two boats.",
                       "alleged").hearsay
    # (rev30c: after a possessive "'s" the cue is an attribute of a noun, one phrase only)
    assert not _member("The new owner's alleged sale of the harbour ferry line angered the town.", "alleged").hearsay
    assert not _member("The new owner of the harbour line’s alleged debts worried the bank.", "alleged").hearsay
    # (rev30c: the period of an initial, a title or a decimal ends no phrase before the cue)
    assert _member("Harbour master J. Lind of the northern pier is reportedly selling two boats.", "reportedly").hearsay
    assert _member("The 2.5 million euro harbour deal of the town has reportedly collapsed.", "reportedly").hearsay


def test_a_german_soll_after_a_long_subject_tells_the_sentence_as_hearsay() -> None:
    def member(sentence: str) -> Any:
        doc = _doc(0, "Hafenblatt", sentence, "soll")
        doc["language"] = "de"
        (m, *_) = [m for m in members_of(doc) if "Fähre" in m.text]
        return m

    assert member("Der frühere Betreiber der kleinen Fähre am Nordkai soll zwei Boote verkauft haben.").hearsay
    # (in a relative clause "soll" tells one phrase only)
    assert not member("Der Betreiber der Fähre, der zwei Boote verkauft haben soll, eröffnet ein Büro.").hearsay
