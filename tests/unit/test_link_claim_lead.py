"""Rule `link.claim.lead`: an article's lead and the body member nearest to it tell one claim."""

from __future__ import annotations

from test_link import doc

from sourcetrace.link import Linker
from sourcetrace.link.linker import THRESHOLDS

LEAD = "the council will close the old ferry quay on the east bank"
AGAIN = "the piers are rotten, so the ferries will stop landing at the east bank quay"
OTHER = "the tickets for the night buses will cost two euros less"


def _linker(**t: float) -> Linker:
    return Linker("hashing", thresholds={"claim": 0.5, "claim_lexical_free": 0.7, "story": 0.35, **t})


def _claims(lk: Linker, doc_id: str = "d1") -> list[str | None]:
    return [lk.members[k].claim for k in sorted(lk.docs[doc_id].members, key=lambda k: lk.members[k].start)]


def test_the_lead_and_the_body_member_nearest_to_it_are_one_claim() -> None:
    article = doc("d1", "Harbour Courier", "2026-04-06", "Ferry quay", [
        {"src": "Mayor Ann Lee", "type": "person", "content": LEAD},
        {"src": "Ann Lee", "type": "person", "content": OTHER},
        {"src": "Ann Lee", "type": "person", "content": AGAIN}])
    lk = _linker(claim_lead=0.4)
    lk.add([article])
    lead, other, again = _claims(lk)
    # the lead's words told again further on, in other words: one claim, below the bar for one article
    assert lead == again and lk.vetoed["link.claim.lead"] == 1
    # another remark of the same speaker on the same occasion, farther from the lead, stays apart
    assert other != lead
    row = next(r for r in lk.claim_rows() if len(r["members"]) == 2)
    # one article's repeated claim is one origin
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    # without the threshold (as for the hashing and e5 encoders) the two stay apart; USE has it
    lk = _linker()
    lk.add([article])
    assert len(set(_claims(lk))) == 3
    assert THRESHOLDS["use"]["claim_lead"] == 0.5 and "claim_lead" not in THRESHOLDS["hashing"]


def test_the_lead_does_not_join_a_member_a_veto_or_a_denial_parts_from_it() -> None:
    lk = _linker(claim_lead=0.4)
    lk.add([doc("d1", "Harbour Courier", "2026-04-06", "Ferry quay", [
        {"src": "Mayor Ann Lee", "type": "person", "content": "the council will close three ferry quays on the east bank",
         "num": ("three", 3)},
        {"src": "Ann Lee", "type": "person", "content": "the piers are rotten, so the ferries will stop landing at five east bank quays",
         "num": ("five", 5)}])])
    assert len(set(_claims(lk))) == 2 and not lk.vetoed["link.claim.lead"]  # other numbers: other statements
    lk = _linker(claim_lead=0.4)
    lk.add([doc("d1", "Harbour Courier", "2026-04-06", "Ferry quay", [
        {"src": "Mayor Ann Lee", "type": "person", "content": LEAD},
        {"src": "Tom Reed", "type": "person", "content": "the ferries will stop landing at the east bank quay", "status": "denied"}])])
    # a denial joins (as denying) by its own rules, not as the lead told again
    assert not lk.vetoed["link.claim.lead"]
    assert [lk.members[k].stance for k in lk.docs["d1"].members if lk.members[k].source == "Tom Reed"] == ["denies"]
    # two speakers of one article who say one thing in other words are two origins, not one repeat
    lk = _linker(claim_lead=0.4)
    lk.add([doc("d1", "Harbour Courier", "2026-04-06", "Ferry quay", [
        {"src": "Tom Reed", "type": "person", "content": LEAD},
        {"src": "Ann Lee", "type": "person", "content": AGAIN}])])
    assert len(set(_claims(lk))) == 2 and not lk.vetoed["link.claim.lead"]
