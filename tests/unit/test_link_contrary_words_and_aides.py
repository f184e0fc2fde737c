"""Independent origins and status (issue 9, session 32): an outlet's words that read the other way from a
claim, with no denial word in them, contest nothing (`link.origin.contrary_own_words`); an unnamed aide
beside the campaign of the article adds no origin (`link.origin.aide_of_principal`). Invented texts,
analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

from sourcetrace.link import Linker


def _doc(doc_id: str, outlet: str, text: str, attributions: list[dict[str, Any]], date: str = "2026-05-02") -> dict[str, Any]:
    """One document: its sentences (split at ". ") the analysis's claims, the one that holds an
    attribution attributed, the others asserted."""
    claims, at = [], 0
    for piece in text.split(". "):
        end = at + len(piece) + (1 if at + len(piece) < len(text) else 0)
        ids = [a["id"] for a in attributions if at <= a["content"][0]["start"] < end]
        claims.append({"start": at, "end": end, "text": text[at:end], "attributions": ids, "hedges": [],
                       "status": "attributed" if ids else "asserted"})
        at += len(piece) + 2
    sources = [a["source"] for a in attributions]
    return {"id": doc_id, "outlet": outlet, "date": date, "title": "Ferry", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": attributions, "claims": claims,
            "sources": [{"id": s["id"], "name": s["name"], "aliases": [], "type": s["type"]} for s in sources],
            "hedges": [], "timexes": [], "quantities": []}


def _said(text: str, name: str, content: str) -> dict[str, Any]:
    return {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
            "source": span_at(text, name, id="s1", name=name, type="person"),
            "cue": span_at(text, "said"), "content": [span_at(text, content)]}


def _rows(own: str) -> tuple[dict[str, Any], Linker]:
    """The claim of a pilot's negated statement, with another outlet's sentence `own` linked after it."""
    content = "the night ferry will not sail to the north quay this winter"
    first = f"Harbour pilot Ann Lee said {content}. Gulls circled the empty quay."
    lk = Linker("hashing")
    lk.add([_doc("d1", "Harbour Post", first, [_said(first, "Ann Lee", content)]),
            _doc("d2", "Coast Courier", own, [], date="2026-05-03")])
    row = next(r for r in lk.claim_rows() for m in r["members"] if m["document"] == "d1" and "north quay" in
               first[m["start"] : m["end"]])
    return row, lk


def test_an_outlets_contrary_words_without_a_denial_word_contest_nothing() -> None:
    own = "The night ferry will sail to the quay at noon on Sunday. Tickets are sold at the kiosk."
    row, _ = _rows(own)
    contrary = [m for m in row["members"] if m["document"] == "d2"]
    # (the other outlet's sentence joined the claim the other way round: a denier by its polarity alone)
    assert contrary and contrary[0]["stance"] == "denies" and contrary[0]["source"] == ""
    assert row["status"] == "single_origin" and row["denied_by"] == []
    assert row["independent_origins"] == 1 and row["origins"] == ["Ann Lee"]
    assert "link.origin.contrary_own_words" in row["origin_rules"]


def test_the_same_words_the_other_way_still_contest() -> None:
    # (the pilot's own words with the negation gone: the outlet says the statement is false, a denial with no cue)
    own = "The night ferry will sail to the north quay this winter. Tickets are sold at the kiosk."
    row, _ = _rows(own)
    assert any(m["document"] == "d2" and m["stance"] == "denies" and m["source"] == "" for m in row["members"])
    assert row["status"] == "contested" and "link.origin.contrary_own_words" not in row["origin_rules"]


def test_an_outlets_words_that_deny_still_contest() -> None:
    # (a denial cue in the outlet's sentence: someone it did not name denies, rule link.origin.unread_denier)
    own = "The ferry company denied that the night ferry will not sail to the north quay this winter. Tickets are sold."
    row, _ = _rows(own)
    assert any(m["document"] == "d2" and m["stance"] == "denies" for m in row["members"])
    assert row["status"] == "contested" and "link.origin.contrary_own_words" not in row["origin_rules"]


def test_the_rule_reads_the_member_only() -> None:
    from sourcetrace.link.claims.record import Member

    def member(text: str, **kw: Any) -> Member:
        return Member(key="d#1", document="d", start=0, end=len(text), text=text, source=None, source_type=None,
                      source_role=None, via=[], upstream=[], downstream=[], negated=kw.pop("negated", False),
                      denial_cue=kw.pop("denial_cue", False), stance="denies", **kw)

    assert Linker._contrary_own_words(member("The night ferry will sail to the north quay this winter."))
    assert not Linker._contrary_own_words(member("The ferry company rejected the claim.", denial_cue=True))
    assert not Linker._contrary_own_words(member("Such plans do not exist.", negated=True))  # (points back)
    assert not Linker._contrary_own_words(member("the night ferry will sail again", no_speaker=True))
    m = member("The night ferry will sail to the north quay this winter.")
    m.source = "Ann Lee"
    assert not Linker._contrary_own_words(m)
    m = member("The night ferry will sail to the north quay this winter.")
    m.stance = "asserts"
    assert not Linker._contrary_own_words(m)


def _two_speakers(first: str, second: str) -> dict[str, Any]:
    """The claim of one content told twice in one article, by `first` and then by `second`."""
    content = "the harbour tax would double the rents of the quay shops"
    text = f"{first} said {content}. Later that day {second} said {content}. Gulls circled."
    at = text.index(content, text.index(second))
    attributions = [
        {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
         "source": span_at(text, first, id="s1", name=first, type="organization"),
         "cue": span_at(text, "said"), "content": [span_at(text, content)]},
        {"id": "a2", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
         "source": {**span_at(text, second), "id": "s2", "name": second, "type": "unnamed"},
         "cue": {"start": at - 5, "end": at - 1, "text": "said"},
         "content": [{"start": at, "end": at + len(content), "text": content}]}]
    lk = Linker("hashing")
    lk.add([_doc("d1", "Harbour Post", text, attributions)])
    return next(r for r in lk.claim_rows() if len(r["members"]) == 2)


def test_an_unnamed_aide_beside_the_campaign_of_the_article_adds_no_origin() -> None:
    row = _two_speakers("The Ann Lee campaign", "his chief aide")
    assert row["origins"] == ["Ann Lee"] and row["status"] == "single_origin"
    assert "link.origin.aide_of_principal" in row["origin_rules"]
    # (an aide whom the source names, or someone who is no aide, stays an origin of their own)
    row = _two_speakers("The Ann Lee campaign", "Ben Ross, a senior aide")
    assert len(row["origins"]) == 2 and "link.origin.aide_of_principal" not in row["origin_rules"]
    row = _two_speakers("The Ann Lee campaign", "his landlord")
    assert len(row["origins"]) == 2
