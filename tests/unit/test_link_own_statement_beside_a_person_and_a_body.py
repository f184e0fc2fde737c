"""Independent origins (issue 9), rule `link.origin.relays_speaker`: an outlet's own statement of
what a named person asserts relays that person, but not where a named source that is no person —
an institution, a document, an agency — asserts the claim too: the outlet may state the body's
account on its own and stays an origin. Invented texts, analyses written by hand, the hashing
encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

from sourcetrace.link import Linker

CONTENT = "the ferry company closed the harbour bridge to trucks on Monday after Jonas Keller spotted cracks"
STATED = "On Monday the ferry company closed the harbour bridge to trucks after Jonas Keller spotted cracks."
FILLER = ["Tourists waited on the quay for hours while gulls circled above the empty ticket booth.",
          "A local bakery handed out free coffee to drivers stuck in the long queue near the toll gate.",
          "Fishermen mended their nets beside the old lighthouse as the evening fog rolled in."]


def _doc(i: int, outlet: str, text: str, source: tuple[str, str] | None) -> dict[str, Any]:
    """An English article of two lines; the first attributed to `source` (name, type) if given."""
    atts = []
    if source:
        atts = [{"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
                 "source": span_at(text, source[0], id="s1", name=source[0], type=source[1]),
                 "cue": span_at(text, "said"), "content": [span_at(text, CONTENT)]}]
    first = text.index("\n")
    claims = [{"start": 0, "end": first, "text": text[:first], "attributions": ["a1"] if atts else [], "hedges": [],
               "status": "attributed" if atts else "asserted"},
              {"start": first + 1, "end": len(text), "text": text[first + 1:], "attributions": [], "hedges": [],
               "status": "asserted"}]
    return {"id": f"d{i}", "outlet": outlet, "date": f"2026-03-1{i}", "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": atts, "claims": claims,
            "sources": [{"id": "s1", "name": source[0], "aliases": [], "type": source[1]}] if source else [],
            "hedges": [], "timexes": [], "quantities": []}


def _row(second: tuple[str, str] | None) -> dict[str, Any]:
    """The fact said by Ann Holt in one paper, by `second` (if any) in another, stated by a third
    in its own words."""
    docs = [_doc(0, "Harbour Post", f"Ann Holt said that {CONTENT}.\n{FILLER[0]}", ("Ann Holt", "person")),
            _doc(2, "Coast Herald", f"{STATED}\n{FILLER[2]}", None)]
    if second:
        docs.insert(1, _doc(1, "Valley Times", f"{second[0]} said that {CONTENT}.\n{FILLER[1]}", second))
    lk = Linker("hashing")
    lk.add(docs)
    (row,) = [r for r in lk.claim_rows() if len({m["document"] for m in r["members"]}) == len(docs)]
    return row


def test_an_own_statement_beside_a_person_alone_relays_the_person() -> None:
    row = _row(None)
    assert row["origins"] == ["Ann Holt"] and "link.origin.relays_speaker" in row["origin_rules"]


def test_an_own_statement_beside_a_person_and_an_institution_is_an_origin_of_its_own() -> None:
    row = _row(("The ferry board", "institution"))
    assert "Coast Herald" in row["origins"] and row["independent_origins"] == 3
    assert "link.origin.relays_speaker" not in row["origin_rules"]


def test_an_own_statement_beside_two_persons_relays_them() -> None:
    row = _row(("Ben Ross", "person"))
    assert sorted(row["origins"]) == ["Ann Holt", "Ben Ross"] and row["status"] == "corroborated"
    assert "link.origin.relays_speaker" in row["origin_rules"]
