"""The bound of `link.veto.names_only` (`claim_names_free`, session 37): two members of one language that share
names and no plain word are parted below it only. Nearer (USE 0.7 and up), the encoder has read one statement
about the same people told in other words; below it the names in common are the topic. Invented articles; the
cosine between the two contents is set by a stub encoder."""

from __future__ import annotations

import pytest
from tests.link_helpers import StubEncoder, one_claim_article, unit

from sourcetrace.link import Linker
from sourcetrace.link.claims.compare import plain_words_in_common

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")


ONE = "Oda Brenning carried Falkmoor in the ballot"
TWO = "Falkmoor gave Oda Brenning a clear majority"


def _linked(cosine: float, thresholds: dict[str, float] | None = None) -> Linker:
    table = {ONE: unit(0, 1), TWO: unit(0, cosine, (1 - cosine**2) ** 0.5), "\n": unit(1)}
    lk = Linker(StubEncoder(table), thresholds=thresholds)
    lk.add([one_claim_article("one", "Marsh Gazette", f"Votes were counted.\nLeni Sarto said {ONE}.", "Leni Sarto", ONE,
                     "2031-05-02"),
            one_claim_article("two", "Fen Courier", f"The count ended.\nPiet Morrow said {TWO}.", "Piet Morrow", TWO,
                     "2031-05-03")])
    return lk


def test_names_in_common_near_enough_tell_one_statement() -> None:
    lk = _linked(0.72)
    one, two = lk.members["one#a1"], lk.members["two#a1"]
    assert not plain_words_in_common(one, two)  # (only the names in common: the veto's case)
    assert lk.t["claim"] < 0.72 < lk.t["claim_lexical_free"]
    assert one.claim == two.claim
    assert lk.vetoed["link.veto.names_only"] == 0


def test_names_in_common_below_the_bound_are_the_topic() -> None:
    lk = _linked(0.65)
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim
    assert lk.vetoed["link.veto.names_only"] == 1


def test_without_the_bound_the_veto_reaches_claim_lexical_free() -> None:
    # (as before session 37: the names-only veto parted every pair below `claim_lexical_free`)
    lk = _linked(0.72, {"claim_names_free": 0.75})
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim
    assert lk.vetoed["link.veto.names_only"] == 1


def test_a_linker_pickled_before_the_bound_takes_its_encoders_bound() -> None:
    # (review rev37b: a store linked before session 37 links its next batch with the bound, as a new store does)
    import pickle

    lk = Linker("use")
    assert lk.t["claim_names_free"] == 0.7
    del lk.t["claim_names_free"]
    assert pickle.loads(pickle.dumps(lk)).t["claim_names_free"] == 0.7
    assert "claim_names_free" not in pickle.loads(pickle.dumps(Linker("hashing"))).t  # (hashing: none, claim_lexical_free)
