"""Independent origins and status (issue 9, session 34): an outlet's sentence that tells, in the passive with no
agent, that something is speculated or rumoured ("Seit Tagen wird über … spekuliert", "It was rumoured that …")
names no one who says it: hearsay, no origin (`members.mark_speculated`, `Member.speculated`, rule
`link.origin.speculated`). Invented texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import outlet_sentence_doc

from sourcetrace.link import Linker
from sourcetrace.link.claims.members import members_of


def _doc(first: str, lang: str) -> dict[str, Any]:
    """An article of two lines: `first`, the outlet's own sentence, then filler; no hedge in the analysis."""
    return outlet_sentence_doc(1, "Hafenblatt" if lang == "de" else "Harbour Post", first, lang=lang)


def _member(doc: dict[str, Any], word: str) -> Any:
    (m,) = [m for m in members_of(doc) if word in m.text]
    return m


def _row(doc: dict[str, Any], word: str) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add([doc])
    return next(r for r in lk.claim_rows() if any(word in doc["text"][x["start"]:x["end"]] for x in r["members"]))


def test_a_speculation_in_the_passive_names_no_origin() -> None:
    doc = _doc("Angesichts der Verluste der Reederei wird seit Wochen über einen Verkauf der Fähre spekuliert.", "de")
    m = _member(doc, "Fähre")
    assert m.hearsay and m.speculated
    row = _row(doc, "Fähre")
    assert row["status"] == "unsourced" and row["independent_origins"] == 0
    assert {"link.origin.hearsay", "link.origin.speculated"} <= set(row["origin_rules"])
    doc = _doc("It was rumoured that the ferry line would close its northern route.", "en")
    assert _member(doc, "ferry").speculated


def test_a_speculation_with_its_agent_or_in_a_later_clause_stays_the_outlets() -> None:
    # (an agent names who speculates: "von Analysten", "by the harbour master")
    doc = _doc("Seit Wochen wird von Analysten über einen Verkauf der Fähre spekuliert.", "de")
    assert not _member(doc, "Fähre").hearsay
    doc = _doc("It was speculated by the harbour master that the ferry line would close.", "en")
    assert not _member(doc, "ferry").hearsay
    # (the passive in a relative clause tells what the speculation is about, not the sentence: the outlet's own)
    doc = _doc("Die Reederei verkaufte am Montag die Fähre, über deren Zukunft lange spekuliert wurde.", "de")
    m = _member(doc, "Reederei")
    assert not m.hearsay and not m.speculated
    assert _row(doc, "Reederei")["origins"] == ["Hafenblatt"]


def test_an_agent_later_in_the_clause_names_who_speculates() -> None:
    # (review: "by" after the participle up to the clause of what is speculated names the agent; a "by" inside
    # that clause does not)
    doc = _doc("It was widely speculated on Monday by two analysts that the ferry line would close.", "en")
    assert not _member(doc, "ferry").hearsay
    doc = _doc("It was rumoured for weeks that the ferry line would be sold by its owner.", "en")
    assert _member(doc, "ferry").speculated
