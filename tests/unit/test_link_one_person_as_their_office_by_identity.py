"""Independent origins (issue 9): one person named under their own name in one article and as
speaking for their office in another counts once, as the office (rule
`link.origin.person_as_principal`), also where the two articles write the name differently — the
person is the one the entity linker knows by the name (`EntityResolver.person_known_as`), not only
an exact name; another person of that surname stays apart. Invented texts, analyses written by
hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from sourcetrace.link import Linker
from sourcetrace.link.entities import EntityResolver

CONTENT = "the harbour bridge must close to trucks until the cracks are repaired"
FILLER = ["Tourists waited on the quay for hours while gulls circled above the empty ticket booth.",
          "A local bakery handed out free coffee to drivers stuck in the long queue near the toll gate."]


def _span(text: str, words: str, **extra: Any) -> dict[str, Any]:
    at = text.index(words)
    return {"start": at, "end": at + len(words), "text": words, **extra}


def _said(i: int, outlet: str, name: str, role: str | None, date: str) -> dict[str, Any]:
    """An English article where `name` (of `role`) said the content."""
    text = f"{name} said on Monday that {CONTENT}.\n{FILLER[i]}"
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
           "source": _span(text, name, id="s1", name=name, type="person"),
           "cue": _span(text, "said"), "content": [_span(text, CONTENT)]}
    first = text.index("\n")
    claims = [{"start": 0, "end": first, "text": text[:first], "attributions": ["a1"], "hedges": [], "status": "attributed"},
              {"start": first + 1, "end": len(text), "text": text[first + 1:], "attributions": [], "hedges": [],
               "status": "asserted"}]
    return {"id": f"d{i}", "outlet": outlet, "date": date, "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": [att], "claims": claims,
            "sources": [{"id": "s1", "name": name, "aliases": [], "type": "person", "role": role}],
            "hedges": [], "timexes": [], "quantities": []}


def _row(name_a: str, role_a: str | None, name_b: str) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add([_said(0, "Harbour Post", name_b, None, "2026-03-10"),
            _said(1, "Coast Herald", name_a, role_a, "2026-03-11")])
    (row,) = [r for r in lk.claim_rows() if len({m["document"] for m in r["members"]}) == 2]
    return row


def test_a_person_named_by_surname_elsewhere_is_their_office() -> None:
    row = _row("Ann Holt", "director of the Port Authority", "Holt")
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    assert "link.origin.person_as_principal" in row["origin_rules"]


def test_a_person_named_with_a_middle_initial_elsewhere_is_their_office() -> None:
    row = _row("Ann Holt", "director of the Port Authority", "Ann M. Holt")
    assert row["independent_origins"] == 1
    assert "link.origin.person_as_principal" in row["origin_rules"]


def test_another_person_of_the_same_surname_is_an_origin_of_their_own() -> None:
    row = _row("Ann Holt", "director of the Port Authority", "Ben Holt")
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    assert "link.origin.person_as_principal" not in row["origin_rules"]


def test_the_resolver_names_a_known_person_without_making_one() -> None:
    r = EntityResolver()
    ann = r.resolve("Ann Holt", "person", doc_id="d1", scope="outlet:x")
    n = len(r.entities)
    assert r.person_known_as("Holt") == ann.id == r.person_known_as("Ann Holt")
    assert r.person_known_as("Ben Holt") is None and r.person_known_as("Mara Lind") is None
    assert len(r.entities) == n
