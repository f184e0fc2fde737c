"""Independent origins and status (issue 9, session 31): a denial told in a sentence with no source
contests the claim even where its outlet relays the claim's source (`link.origin.unread_denier`); a
conjunction inside an apposition joins no second source; bare surnames that end like plurals, joined
by "and", are people of their own (`link.origin.conjoined_surnames`). Invented texts, analyses
written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

from sourcetrace.link import Linker
from sourcetrace.link.claims import bare_surnames, conjunction_in_apposition


def _claims(text: str) -> list[dict[str, Any]]:
    """The analysis's sentences (split at ". "), unattributed and asserted."""
    out, at = [], 0
    for piece in text.split(". "):
        end = at + len(piece) + (1 if at + len(piece) < len(text) else 0)
        out.append({"start": at, "end": end, "text": text[at:end], "attributions": [], "hedges": [], "status": "asserted"})
        at += len(piece) + 2
    return out


def _doc(text: str, attributions: list[dict[str, Any]], lang: str = "en") -> dict[str, Any]:
    claims = _claims(text)
    for a in attributions:  # (the sentence that holds an attribution is attributed)
        for c in claims:
            if c["start"] <= a["content"][0]["start"] < c["end"]:
                c["attributions"] = [a["id"]]
    sources = [a["source"] for a in attributions if a.get("source")]
    return {"id": "d1", "outlet": "Harbour Post", "date": "2026-05-02", "title": "Ferry", "language": lang, "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": attributions, "claims": claims,
            "sources": [{"id": s["id"], "name": s["name"], "aliases": [], "type": s["type"]} for s in sources],
            "hedges": [], "timexes": [], "quantities": []}


def _attribution(text: str, i: str, source: dict[str, Any], cue: str, content: str) -> dict[str, Any]:
    return {"id": i, "mode": "indirect", "rule": "t", "status": "attributed", "via": [], "source": source,
            "cue": span_at(text, cue), "content": [span_at(text, content)]}


def _row(d: dict[str, Any], words: str) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add([d])
    return next(r for r in lk.claim_rows() for m in r["members"] if words in d["text"][m["start"] : m["end"]])


def test_a_denial_whose_speaker_was_not_read_contests_the_claim() -> None:
    content = "the ferry line had skipped the hull inspections for three winters"
    text = (f"Dock worker Mia Holt said {content}. "
            "The ferry line rejected the allegation on Tuesday evening. Gulls circled the empty quay.")
    holt = span_at(text, "Mia Holt", id="s1", name="Mia Holt", type="person")
    row = _row(_doc(text, [_attribution(text, "a1", holt, "said", content)]), "hull inspections")
    denial = [m for m in row["members"] if m["stance"] == "denies"]
    # (the outlet's sentence stands for the line's denial: it relays no one, it is not the outlet's
    # own word against Holt's claim that the outlet itself relays)
    assert denial and "rejected the allegation" in text[denial[0]["start"] : denial[0]["end"]]
    assert row["status"] == "contested" and "link.origin.unread_denier" in row["origin_rules"]
    assert row["independent_origins"] == 1 and row["origins"] == ["Mia Holt"]


def test_a_conjunction_inside_an_apposition_joins_no_second_source() -> None:
    assert conjunction_in_apposition("Tom Ries, co-director of the Centre for Trade and Port Studies, a think tank")
    assert not conjunction_in_apposition("Ann Lee, a councillor, and Ben Ross, a mayor")
    assert not conjunction_in_apposition("Ann Lee of Ohio and Ben Ross of Utah, both members of the canal board")
    assert not conjunction_in_apposition("Tom Ries")
    assert not conjunction_in_apposition("Two objectors, Ann Lee and Ben Ross")
    assert not conjunction_in_apposition("Ann Lee, Ben Ross and Eva Holm")
    content = "the new quay would pay for itself within a decade"
    text = f"Tom Ries, co-director of the Centre for Trade and Port Studies, a think tank, said {content}."
    ries = {**span_at(text, "Tom Ries, co-director of the Centre for Trade and Port Studies, a think tank"),
            "id": "s1", "name": "Tom Ries", "type": "person"}
    row = _row(_doc(text, [_attribution(text, "a1", ries, "said", content)]), "pay for itself")
    assert row["origins"] == ["Tom Ries"] and row["status"] == "single_origin"


def test_bare_surnames_that_end_like_plurals_are_two_people() -> None:
    assert bare_surnames("Mills and Rivers") == ["Mills", "Rivers"]
    assert bare_surnames("Mr. Mills and Ms. Rivers") == ["Mills", "Rivers"]
    assert bare_surnames("Ann Mills and Rivers") == [] and bare_surnames("Mills") == []
    content = "the harbour board had hidden the dredging costs from the council"
    text = (f"Councillors Ann Mills and Joe Rivers filed the complaint on Monday. Mills and Rivers wrote {content}. "
            "The board did not answer.")
    # (the analysis kept one part's full name as the source, the other written by surname only)
    src = {**span_at(text, "Mills and Rivers"), "id": "s1", "name": "Ann Mills", "type": "person"}
    lk = Linker("hashing")
    # (a person known by the surname, as the corpus knows one from another article)
    lk.entities.resolve("Joe Rivers", "person", doc_id="d0", scope="")
    d = _doc(text, [_attribution(text, "a1", src, "wrote", content)])
    lk.add([d])
    row = next(r for r in lk.claim_rows() for m in r["members"] if "dredging" in text[m["start"] : m["end"]])
    assert sorted(row["origins"]) == ["Ann Mills", "Joe Rivers"] and row["status"] == "corroborated"
    assert "link.origin.conjoined_surnames" in row["origin_rules"]



def test_a_negated_denial_word_is_no_denial_and_contests_nothing() -> None:
    content = "the ferry line had skipped the hull inspections for three winters"
    for second in ("The ferry line did not deny the allegation on Tuesday evening.",
                   "Nobody at the ferry line rejected the allegation on Tuesday evening.",
                   "There is no denying the ferry line let its boats run down."):
        text = f"Dock worker Mia Holt said {content}. {second} Gulls circled the empty quay."
        holt = span_at(text, "Mia Holt", id="s1", name="Mia Holt", type="person")
        row = _row(_doc(text, [_attribution(text, "a1", holt, "said", content)]), "hull inspections")
        assert row["status"] == "single_origin" and all(m["stance"] == "asserts" for m in row["members"]), second
    c = "die Reederei habe die Prüfungen der Rümpfe drei Winter lang ausgelassen"
    text = f"Die Hafenarbeiterin Mia Holt sagte, {c}. Die Reederei hat die Vorwürfe bislang nicht zurückgewiesen."
    holt = span_at(text, "Mia Holt", id="s1", name="Mia Holt", type="person")
    assert _row(_doc(text, [_attribution(text, "a1", holt, "sagte", c)], lang="de"), "Rümpfe")["status"] == "single_origin"
    # (the negation of a clause of its own further back leaves the denial a denial)
    text = (f"Dock worker Mia Holt said {content}. The ferry line, which has not sailed since May, "
            "rejected the allegation on Tuesday evening.")
    holt = span_at(text, "Mia Holt", id="s1", name="Mia Holt", type="person")
    assert _row(_doc(text, [_attribution(text, "a1", holt, "said", content)]), "hull inspections")["status"] == "contested"


def test_an_attributions_cue_negated_in_its_clause_denies_nothing() -> None:
    from sourcetrace.link.claims.members import members_of

    content = "it had skipped the hull inspections for three winters"
    for lead, cue, denies in (("The ferry line denied that", "denied", True),
                              ("The ferry line did not deny that", "deny", False),
                              ("The ferry line has never denied that", "denied", False)):
        text = f"{lead} {content}. Gulls circled."
        line = span_at(text, "The ferry line", id="s1", name="ferry line", type="organization")
        (m,) = [m for m in members_of(_doc(text, [_attribution(text, "a1", line, cue, content)])) if m.rule == "t"]
        assert m.denial_cue is denies, lead
