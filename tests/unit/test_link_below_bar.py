"""A member that joins a claim below the claim bar by a path of its own (`link.claim.part_of`: the
same speaker's words quoted in part by one article and in full by another) is recorded once, for
the path that decided (`Linker.joined_by`), not counted among the vetoes. Invented articles; the cosine between
the two contents is set by a stub encoder."""

from __future__ import annotations

import pytest
from tests.link_helpers import StubEncoder, one_claim_article, unit

from sourcetrace.link import Linker

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")



PART = "the old ferry pier will stay closed for repairs"
WHOLE = "the old ferry pier will stay closed for repairs and the boats will moor at the grain quay"


def test_a_part_of_the_same_speakers_quote_joins_below_the_bar_counted_once() -> None:
    table = {WHOLE: unit(0, 0.45, (1 - 0.45**2) ** 0.5), PART: unit(0, 1), "\n": unit(1)}
    lk = Linker(StubEncoder(table))
    assert lk.t["claim"] > 0.45  # (below the bar)
    lk.add([one_claim_article("one", "Harbour Gazette", f"Storms hit Veldby.\nTomas Vell said {PART}.", "Tomas Vell", PART,
                     "2031-04-02"),
            one_claim_article("two", "Valley Courier", f"Divers came.\nTomas Vell said {WHOLE}.", "Tomas Vell", WHOLE,
                     "2031-04-03")])
    assert lk.members["one#a1"].claim == lk.members["two#a1"].claim
    assert lk.joined_by == {"two#a1": "link.claim.part_of"}
    assert "link.claim.part_of" not in lk.vetoed  # (joined, not vetoed: `joined_by` says it, once)
