"""Independent origins (issue 9): one person named under their own name in one article and as
speaking for their office in another counts once, as the office (rule
`link.origin.person_as_principal`), also where the two articles write the name differently — a
member's source whose name can be the official's (`entities.one_person_named`), not only an exact
name; another person of that surname stays apart, and so does the count when a document linked
later names another person of that surname. Invented texts, analyses written by hand, the hashing
encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

from sourcetrace.link import Linker
from sourcetrace.link.entities import one_person_named

CONTENT = "the harbour bridge must close to trucks until the cracks are repaired"
FILLER = ["Tourists waited on the quay for hours while gulls circled above the empty ticket booth.",
          "A local bakery handed out free coffee to drivers stuck in the long queue near the toll gate."]


def _said(i: int, outlet: str, name: str, role: str | None, date: str) -> dict[str, Any]:
    """An English article where `name` (of `role`) said the content."""
    text = f"{name} said on Monday that {CONTENT}.\n{FILLER[i]}"
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
           "source": span_at(text, name, id="s1", name=name, type="person"),
           "cue": span_at(text, "said"), "content": [span_at(text, CONTENT)]}
    first = text.index("\n")
    claims = [{"start": 0, "end": first, "text": text[:first], "attributions": ["a1"], "hedges": [], "status": "attributed"},
              {"start": first + 1, "end": len(text), "text": text[first + 1:], "attributions": [], "hedges": [],
               "status": "asserted"}]
    return {"id": f"d{i}", "outlet": outlet, "date": date, "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": [att], "claims": claims,
            "sources": [{"id": "s1", "name": name, "aliases": [], "type": "person", "role": role}],
            "hedges": [], "timexes": [], "quantities": []}


def _two_document_row(lk: Linker) -> dict[str, Any]:
    (row,) = [r for r in lk.claim_rows() if len({m["document"] for m in r["members"]}) == 2]
    return row


def _row(name_a: str, role_a: str | None, name_b: str) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add([_said(0, "Harbour Post", name_b, None, "2026-03-10"),
            _said(1, "Coast Herald", name_a, role_a, "2026-03-11")])
    return _two_document_row(lk)


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


def test_names_of_one_person_by_surname_initial_or_role_word() -> None:
    assert one_person_named("Holt", "Ann Holt") and one_person_named("Ann M. Holt", "Ann Holt")
    assert one_person_named("Dr. Ann Holt", "Ann Holt") and one_person_named("A. Holt", "Ann Holt")
    assert not one_person_named("Ben Holt", "Ann Holt") and not one_person_named("Mara Lind", "Ann Holt")
    # a description that ends in the surname names no one
    assert not one_person_named("emails of Holt", "Ann Holt")


def test_initials_name_one_person_only_where_they_agree_with_the_first_names() -> None:
    # (fix30: before, a name of initials only was one person with every name of its surname)
    assert one_person_named("J. Holt", "Jonas Holt") and one_person_named("J. R. Holt", "Jonas Holt")
    assert one_person_named("Jonas R. Holt", "J. Holt") and one_person_named("Dr. J. Holt", "J. R. Holt")
    assert not one_person_named("J. Holt", "Ben Holt") and not one_person_named("Sen. B. Holt", "Jonas Holt")
    assert not one_person_named("J. R. Holt", "J. K. Holt") and not one_person_named("J. R. Holt", "R. Holt")


OTHER = "the school choir will sing at the autumn fair next Sunday morning"


def test_another_person_of_the_surname_linked_later_leaves_the_count_as_it_was() -> None:
    # the claim's row must not depend on what unrelated documents linked after it name: a store
    # writes the row once, when the claim changes, and one run over all three must agree with it
    for name in ("Ann M. Holt", "Holt"):
        lk = Linker("hashing")
        lk.add([_said(0, "Harbour Post", name, None, "2026-03-10"),
                _said(1, "Coast Herald", "Ann Holt", "director of the Port Authority", "2026-03-11")])
        first = _two_document_row(lk)
        other = _said(0, "Valley News", "Ben Holt", None, "2026-03-12")
        other["id"] = "d2"
        other["text"] = other["text"].replace(CONTENT, OTHER)
        other["attributions"][0]["content"] = [span_at(other["text"], OTHER)]
        lk.add([other])
        later = _two_document_row(lk)
        assert first["independent_origins"] == later["independent_origins"] == 1, name
        assert first["status"] == later["status"] == "single_origin"


def test_initials_decide_the_row_the_same_linked_together_or_one_by_one() -> None:
    # (rev30c: fix30's initials, through the claim's row; the row must not depend on how the two
    # documents were linked — in one call, one by one, or in the other order)
    for name, origins in (("A. Holt", 1), ("A. M. Holt", 1), ("B. Holt", 2)):
        docs = [_said(0, "Harbour Post", name, None, "2026-03-10"),
                _said(1, "Coast Herald", "Ann Holt", "director of the Port Authority", "2026-03-11")]
        rows = []
        for order in ([docs], [docs[:1], docs[1:]], [docs[1:], docs[:1]]):
            lk = Linker("hashing")
            for part in order:
                lk.add(part)
            row = _two_document_row(lk)
            rows.append((row["independent_origins"], row["status"], sorted(row["origins"]), sorted(row["origin_rules"])))
        assert rows[0][0] == origins, name
        assert rows[0] == rows[1] == rows[2], name
