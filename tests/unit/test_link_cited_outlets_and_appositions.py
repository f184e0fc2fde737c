"""Independent origins (issue 9): an outlet's own statement of a claim that an outlet its article
cites tells too relays that outlet (rule `link.origin.cited_outlet`), also where the article types
the cited paper as unnamed; an outlet that cites no outlet telling it stays an origin of its own; a
description joined by "and" inside a speaker's apposition is no second speaker. Invented texts,
analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

from sourcetrace.link import Linker


def _according(text: str, i: str, outlet: str, type_: str, content: str) -> dict[str, Any]:
    """"According to <outlet>, <content>": an attribution to a paper of the given source type."""
    return {"id": i, "mode": "according_to", "rule": "t", "status": "attributed", "via": [],
            "source": span_at(text, outlet, id=f"s{i}", name=outlet, type=type_),
            "cue": span_at(text, "According to"), "content": [span_at(text, content)]}


def _doc(i: str, outlet: str, text: str, date: str, attributions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """An English article: one analysis sentence per line, attributed where an attribution's
    content starts in it."""
    attributions = attributions or []
    claims, at = [], 0
    for line in text.split("\n"):
        ids = [a["id"] for a in attributions if at <= a["content"][0]["start"] < at + len(line)]
        claims.append({"start": at, "end": at + len(line), "text": line, "attributions": ids, "hedges": [],
                       "status": "attributed" if ids else "asserted"})
        at += len(line) + 1
    sources = [a["source"] for a in attributions]
    return {"id": i, "outlet": outlet, "date": date, "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": attributions, "claims": claims,
            "sources": [{"id": s["id"], "name": s["name"], "aliases": [], "type": s["type"]} for s in sources],
            "hedges": [], "timexes": [], "quantities": []}


#: one fact, stated by the first paper, and in other words (no copy of it) by the second
FIRST = "The ferry company closed the harbour bridge to trucks on Monday after Jonas Keller spotted cracks."
SECOND = "On Monday the ferry company closed the harbour bridge to trucks after Jonas Keller spotted cracks."
FILLER = ["Tourists waited on the quay for hours while gulls circled above the empty ticket booth.",
          "A local bakery handed out free coffee to drivers stuck in the long queue near the toll gate."]
CITED = "the repairs would cost the town at least two million euros over three years"


def _fact_row(cited_outlet: str, type_: str) -> dict[str, Any]:
    """The claim of the fact, where the second paper states it in its own words and elsewhere
    tells another thing "according to" `cited_outlet`."""
    second = f"{FILLER[1]}\n{SECOND}\nAccording to {cited_outlet}, {CITED}."
    lk = Linker("hashing")
    lk.add([_doc("d1", "Harbour Post", f"{FIRST}\n{FILLER[0]}", "2026-03-10"),
            _doc("d2", "Coast Herald", second, "2026-03-11",
                 [_according(second, "a1", cited_outlet, type_, CITED)])])
    (row,) = [r for r in lk.claim_rows() if len({m["document"] for m in r["members"]}) == 2]
    assert sorted(m["origin_rule"] for m in row["members"]) == ["link.origin.own_statement"] * 2
    return row


def test_an_own_statement_of_what_a_cited_outlet_tells_relays_that_outlet() -> None:
    row = _fact_row("the Harbour Post", "media")
    assert row["origins"] == ["Harbour Post"] and row["independent_origins"] == 1
    assert row["status"] == "single_origin" and "link.origin.cited_outlet" in row["origin_rules"]


def test_a_cited_paper_typed_unnamed_is_the_outlet_the_store_knows() -> None:
    # (an English article's analysis may type a foreign paper as an unnamed source: the linker
    # knows the name as an outlet of the corpus)
    row = _fact_row("the Harbour Post", "unnamed")
    assert row["origins"] == ["Harbour Post"] and row["independent_origins"] == 1


def test_an_outlet_citing_another_outlet_that_does_not_tell_it_is_an_origin_of_its_own() -> None:
    row = _fact_row("the Valley Times", "media")
    assert row["origins"] == ["Coast Herald", "Harbour Post"] and row["status"] == "corroborated"
    assert "link.origin.cited_outlet" not in row["origin_rules"]


def _origins_of_one_speaker(mention: str, name: str) -> list[str]:
    content = "the harbour bridge must close to trucks until the cracks are repaired"
    text = f"{mention} said on Monday that {content}."
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
           "source": span_at(text, mention, id="s1", name=name, type="person"),
           "cue": span_at(text, "said"), "content": [span_at(text, content)]}
    lk = Linker("hashing")
    lk.add([_doc("d1", "Harbour Post", text, "2026-03-10", [att])])
    (row,) = [r for r in lk.claim_rows() if any("harbour bridge" in text[m["start"]:m["end"]] for m in r["members"])]
    return list(row["origins"])


def test_a_description_joined_inside_an_apposition_is_no_second_speaker() -> None:
    # "Ann Holt, the former mayor and Port Authority commissioner": one woman described twice
    assert _origins_of_one_speaker("Ann Holt, the former mayor and Port Authority commissioner",
                                   "Ann Holt") == ["Ann Holt"]


def test_a_second_full_name_after_an_apposition_is_a_second_speaker() -> None:
    # (two people of one board named together, as "X and Y both said": two origins)
    origins = _origins_of_one_speaker("Ann Holt of Ashby and Ben Ross of Eastmoor", "Ann Holt")
    assert len(origins) == 2 and origins[0].startswith("Ann Holt") and origins[1].startswith("Ben Ross")


def _two_articles_of_one_person(role_a: str | None, name_b: str, role_b: str | None) -> dict[str, Any]:
    """One content said by "Ann Holt" (with `role_a`) in one article and by `name_b` (with
    `role_b`) in another: the claim's row."""
    content = "the harbour bridge must close to trucks until the cracks are repaired"
    docs = []
    for i, (name, role, date) in enumerate([("Ann Holt", role_a, "2026-03-10"), (name_b, role_b, "2026-03-11")]):
        text = f"{name} said on Monday that {content}.\n{FILLER[i]}"
        att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
               "source": span_at(text, name, id="s1", name=name, type="person"),
               "cue": span_at(text, "said"), "content": [span_at(text, content)]}
        d = _doc(f"d{i}", ["Harbour Post", "Coast Herald"][i], text, date, [att])
        d["sources"][0]["role"] = role
        docs.append(d)
    lk = Linker("hashing")
    lk.add(docs)
    (row,) = [r for r in lk.claim_rows() if len({m["document"] for m in r["members"]}) == 2]
    return row


def test_one_person_named_as_themself_and_as_their_office_counts_once() -> None:
    # "Ann Holt, director of the Port Authority" in one article (her office the origin, rule
    # link.origin.official) and "Ann Holt" in the other: one person, counted as her office
    row = _two_articles_of_one_person("director of the Port Authority", "Ann Holt", None)
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    assert "link.origin.person_as_principal" in row["origin_rules"]


def test_another_person_beside_an_office_counts_apart() -> None:
    row = _two_articles_of_one_person("director of the Port Authority", "Ben Ross", None)
    assert row["independent_origins"] == 2 and "link.origin.person_as_principal" not in row["origin_rules"]


def _said_and_stated(name: str, type_: str) -> dict[str, Any]:
    """The fact said by `name` (of source type `type_`) in one paper and stated by another paper
    in its own words: the claim's row."""
    content = "the ferry company closed the harbour bridge to trucks on Monday after Jonas Keller spotted cracks"
    first = f"{name} said that {content}.\n{FILLER[0]}"
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
           "source": span_at(first, name, id="s1", name=name, type=type_),
           "cue": span_at(first, "said"), "content": [span_at(first, content)]}
    lk = Linker("hashing")
    lk.add([_doc("d1", "Harbour Post", first, "2026-03-10", [att]),
            _doc("d2", "Coast Herald", f"{FILLER[1]}\n{SECOND}", "2026-03-11")])
    (row,) = [r for r in lk.claim_rows() if len({m["document"] for m in r["members"]}) == 2]
    assert [m["origin_rule"] for m in row["members"] if m["document"] == "d2"] == ["link.origin.own_statement"]
    return row


def test_an_outlets_own_statement_of_what_a_person_asserts_relays_the_person() -> None:
    row = _said_and_stated("Ann Holt", "person")
    assert row["origins"] == ["Ann Holt"] and row["status"] == "single_origin"
    assert "link.origin.relays_speaker" in row["origin_rules"]


def test_an_outlets_own_statement_beside_a_boards_finding_is_an_origin_of_its_own() -> None:
    # (not a person: an institution's or a document's account, which another outlet may state on its own)
    row = _said_and_stated("The ferry board", "institution")
    assert row["independent_origins"] == 2 and "Coast Herald" in row["origins"]
    assert "link.origin.relays_speaker" not in row["origin_rules"]
