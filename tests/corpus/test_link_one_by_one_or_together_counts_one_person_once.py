"""Linking documents one by one (a `link` run each, the linker loaded from the store in between)
gives the members, origins and claim rows that linking them together gives, also where one person
is named under their own name in one article and as speaking for their office in another (rule
`link.origin.person_as_principal`) and a document linked later names another person of the same
surname: a claim's row is written when the claim changes, so it must not depend on the resolver's
state that later documents change. Invented documents, hashing encoder (no model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from test_link_state import T, article, tables

from sourcetrace.link import Linker, get_encoder
from sourcetrace.link import store as ls
from sourcetrace.store import Store

BRIDGE = "the harbour bridge must close to trucks until the cracks are repaired"
CHOIR = "the school choir will sing at the autumn fair next Sunday morning"


def _docs(person: str) -> list[dict[str, Any]]:
    office = article("d2", "Coast Herald", "2026-03-11", "Bridge to close to trucks",
                     [("Ann Holt", "person", BRIDGE)])
    office["sources"][0]["role"] = "director of the Port Authority"
    return [article("d1", "Harbour Post", "2026-03-10", "Bridge to close to trucks", [(person, "person", BRIDGE)]),
            office,
            article("d3", "Valley News", "2026-03-12", "Choir at the fair", [("Ben Holt", "person", CHOIR)])]


def _members(lk: Linker) -> dict[str, tuple[Any, ...]]:
    ents = lk.entities.entities
    return {m.key: (m.claim, ents[m.origin].name if m.origin else None, m.origin_rule) for m in lk.members.values()}


@pytest.mark.parametrize("person", ["Ann M. Holt", "Holt"])
def test_one_by_one_and_together_give_the_same_members_origins_and_rows(tmp_path: Path, person: str) -> None:
    docs = _docs(person)
    together = Linker("hashing", thresholds=T)
    together.add(docs)
    url = f"sqlite:///{tmp_path / 'together.db'}"
    with Store.open(url, create=True) as store:
        ls.save(store.engine, together, full=True)
    runs = f"sqlite:///{tmp_path / 'runs.db'}"
    with Store.open(runs, create=True) as store:
        for doc in docs:
            lk = ls.load_linker(store.engine, get_encoder("hashing"))
            lk.t.update(T)
            lk.add([doc])
            ls.save(store.engine, lk)
        again = ls.load_linker(store.engine, get_encoder("hashing"))
        assert _members(again) == _members(together)
    assert tables(runs) == tables(url)
    # the person and their office are one origin of the bridge claim, in both
    (row,) = [r for r in tables(url)["claims"] if "Port Authority" in r[5]]
    assert row[4] == 1 and row[3] == "single_origin"
