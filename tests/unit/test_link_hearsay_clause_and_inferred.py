"""Independent origins and status (issue 9, session 33): a clause an outlet's sentence tells as hearsay — a
relative clause, a second predicate or a participle phrase that a reportative cue opens ("…, who reportedly …",
"… und soll …") — is a member of its own, hearsay, and the rest of the sentence the outlet's own statement
(`members.hearsay_pieces`, rule suffix `+hearsay_clause`); a German own statement the outlet hedges as its own
conjecture ("dürfte", "liegt nahe") names no origin (`Member.inferred`, rule `link.origin.inferred`). Invented
texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import outlet_sentence_doc

from sourcetrace.link import Linker
from sourcetrace.link.claims.members import clause_pieces, hearsay_pieces, members_of


def _pieces(sentence: str, cue: str, lang: str = "en") -> list[tuple[str, bool]]:
    doc = outlet_sentence_doc(0, "Harbour Post", sentence, cue, lang=lang)
    return [(doc["text"][a:b], told) for a, b, told in hearsay_pieces(doc, 0, len(sentence), 3)]


def test_a_clause_that_a_reportative_cue_opens_is_cut_off_as_hearsay() -> None:
    # a second predicate
    assert _pieces("The ferry captain was born in Tromsø and is said to have sailed every fjord of the coast.",
                   "is said to") == [("The ferry captain was born in Tromsø", False),
                                     ("and is said to have sailed every fjord of the coast", True)]
    assert _pieces("Der Kapitän wurde 1971 in Kiel geboren und soll auf allen Meeren gesegelt sein.", "soll", "de") == [
        ("Der Kapitän wurde 1971 in Kiel geboren", False), ("und soll auf allen Meeren gesegelt sein", True)]
    # a relative clause, with auxiliaries between its pronoun and the cue
    assert _pieces("For the harbour master, who reportedly has been itching to leave the quay, the key question is "
                   "whether the ferries will run.", "reportedly") == [
        ("For the harbour master", False), ("who reportedly has been itching to leave the quay", True),
        ("the key question is whether the ferries will run.", False)]
    assert ("and has been rumored to be seeking a seat on the council", True) in _pieces(
        "The pilot, who chairs the board and has been rumored to be seeking a seat on the council, declined to comment.",
        "rumored")
    # a participle phrase after a comma
    assert _pieces("Lind, a veteran pilot from Bergen, has been on a hiring spree, reportedly winning over enough "
                   "deckhands to crew three boats.", "reportedly")[1] == (
        "reportedly winning over enough deckhands to crew three boats", True)
    # (a comma between digits ends no clause)
    assert _pieces("Lind, a veteran pilot from Bergen, has been on a hiring spree, reportedly winning over the "
                   "1,200 deckhands of the port.", "reportedly")[1] == (
        "reportedly winning over the 1,200 deckhands of the port", True)


def test_no_cut_where_the_cue_opens_no_clause_of_its_own() -> None:
    # (in the main clause the cue tells the whole sentence as hearsay: `mark_hearsay`)
    sentence = "The harbour board of the old town has reportedly approved the new quay for the ferries."
    assert _pieces(sentence, "reportedly") == [(sentence, False)]
    # (two subjects joined: the conjunction opens no clause)
    sentence = "Lee and Ross reportedly met the pilots on Friday in the harbour office."
    assert _pieces(sentence, "reportedly") == [(sentence, False)]
    # (the rest states nothing on either side: its main clause runs on both sides of the hearsay)
    sentence = "The new owner of the harbour line, who reportedly sold two boats, opened an office."
    assert _pieces(sentence, "reportedly") == [(sentence, False)]
    # (German verb-final: the cue closes the relative clause, far from its pronoun)
    sentence = "Der Betreiber der Fähre, der zwei Boote verkauft haben soll, eröffnete am Montag ein Büro am Kai."
    assert _pieces(sentence, "soll", "de") == [(sentence, False)]


def test_the_hearsay_clause_is_a_member_of_its_own() -> None:
    sentence = "The ferry captain was born in Tromsø and is said to have sailed every fjord of the coast."
    ms = [m for m in members_of(outlet_sentence_doc(0, "Harbour Post", sentence, "is said to")) if m.start < len(sentence)]
    assert [(m.text, m.hearsay) for m in ms] == [("The ferry captain was born in Tromsø", False),
                                                 ("and is said to have sailed every fjord of the coast", True)]
    # (a sentence with a cue verb, "said": sentence members, `link.claim.sentence+hearsay_clause`)
    assert all(m.rule == "link.claim.sentence+hearsay_clause" and m.source is None for m in ms)
    # (with none, the outlet's own statements)
    sentence = "The ferry captain was born in Tromsø and reportedly sailed every fjord of the coast."
    ms = [m for m in members_of(outlet_sentence_doc(0, "Harbour Post", sentence, "reportedly")) if m.start < len(sentence)]
    assert [(m.text, m.hearsay, m.rule) for m in ms] == [
        ("The ferry captain was born in Tromsø", False, "link.claim.own_statement_hedged+hearsay_clause"),
        ("and reportedly sailed every fjord of the coast", True, "link.claim.own_statement_hedged+hearsay_clause")]


def _rows(docs: list[dict[str, Any]], words: str) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add(docs)
    (row,) = [r for r in lk.claim_rows() if any(words in lk.members[k].text for k in lk.claim_members[r["claim"]])]
    return row


def test_the_hearsay_clause_is_unsourced_and_the_statement_keeps_its_outlet() -> None:
    sentence = "The ferry captain was born in Tromsø and is said to have sailed every fjord of the coast."
    docs = [outlet_sentence_doc(0, "Harbour Post", sentence, "is said to")]
    told = _rows(docs, "every fjord")
    assert told["status"] == "unsourced" and told["independent_origins"] == 0
    assert "link.origin.hearsay" in told["origin_rules"]
    own = _rows(docs, "born in")
    assert own["status"] == "single_origin" and own["origins"] == ["Harbour Post"]


def test_a_german_conjecture_of_the_outlet_names_no_origin() -> None:
    sentence = "Die Ursache des Ausfalls der Fähre dürfte ein Riss im Ruder gewesen sein."
    doc = outlet_sentence_doc(0, "Hafenblatt", sentence, "dürfte", kind="epistemic", lang="de")
    (m,) = [m for m in members_of(doc) if "Ruder" in m.text]
    assert m.inferred and not m.hearsay and m.rule == "link.claim.own_statement_hedged"
    row = _rows([doc], "Ruder")
    assert row["status"] == "unsourced" and row["independent_origins"] == 0 and row["origins"] == []
    assert "link.origin.inferred" in row["origin_rules"]
    doc = outlet_sentence_doc(0, "Hafenblatt", "Der Verdacht liegt nahe, dass die Fähre zu schnell in den Hafen einlief.",
               "liegt nahe", kind="inference", lang="de")
    assert _rows([doc], "Hafen")["status"] == "unsourced"


def test_the_same_without_the_hedge_or_in_english_stays_the_outlets() -> None:
    doc = outlet_sentence_doc(0, "Hafenblatt", "Die Ursache des Ausfalls der Fähre war ein Riss im Ruder.", lang="de")
    assert _rows([doc], "Ruder")["origins"] == ["Hafenblatt"]
    # (English "may": the labels count the outlet's own statement, `unsourced_hedge_kinds` of en/link.json is empty)
    doc = outlet_sentence_doc(0, "Harbour Post", "The cause of the ferry's breakdown may have been a crack in the rudder.", "may",
               kind="epistemic")
    (m,) = [m for m in members_of(doc) if "rudder" in m.text]
    assert not m.inferred
    assert _rows([doc], "rudder")["origins"] == ["Harbour Post"]


def test_a_conjecture_in_a_later_clause_hedges_that_clause_only() -> None:
    sentence = "Am Montag wurde im Hafen ein Matrose festgenommen, der mit dem Schmuggel zu tun haben könnte."
    doc = outlet_sentence_doc(0, "Hafenblatt", sentence, "könnte", kind="epistemic", lang="de")
    (m,) = [m for m in members_of(doc) if "Matrose" in m.text]
    assert not m.inferred
    assert _rows([doc], "Matrose")["origins"] == ["Hafenblatt"]


def test_a_german_denn_joins_two_clauses_each_its_own_statement() -> None:
    # ("denn" joins two main clauses, as "und" and "während" do: `clause_splits` of de/link.json; session 33)
    sentence = "Die Reederei könnte einen neuen Kapitän gut gebrauchen, denn im Winter fiel die Fähre an neun Tagen aus."
    assert [sentence[a:b] for a, b in clause_pieces(sentence, 0, len(sentence), "de", 3)] == [
        "Die Reederei könnte einen neuen Kapitän gut gebrauchen", "im Winter fiel die Fähre an neun Tagen aus."]
    doc = outlet_sentence_doc(0, "Hafenblatt", sentence, "könnte", kind="epistemic", lang="de")
    # (the conjecture of the first clause leaves the second the outlet's own statement)
    assert {m.text: m.inferred for m in members_of(doc) if m.start < len(sentence)} == {
        "Die Reederei könnte einen neuen Kapitän gut gebrauchen": True, "im Winter fiel die Fähre an neun Tagen aus.": False}


def test_a_second_predicate_joined_by_but_is_cut_off_as_hearsay() -> None:
    # (session 40: "but" joins a second predicate as "and" does, `hearsay_clause_conjunctions` of link.json)
    assert _pieces("Ina Holm is the owner of the ferry line, but has reportedly sold two of its old boats to a rival.",
                   "reportedly") == [("Ina Holm is the owner of the ferry line", False),
                                     ("but has reportedly sold two of its old boats to a rival", True)]
    assert _pieces("Ina Holm führt die Fährlinie seit 2019, aber soll zwei ihrer alten Boote verkauft haben.", "soll",
                   "de") == [("Ina Holm führt die Fährlinie seit 2019", False),
                             ("aber soll zwei ihrer alten Boote verkauft haben", True)]


def test_a_cue_after_a_fronted_phrase_and_the_subject_tells_the_sentence_as_hearsay() -> None:
    # (session 40: a phrase a preposition opens and a comma closes stands before the subject; the cue after the
    # subject opens the main clause all the same: rule link.origin.hearsay, `_past_fronted_phrase`)
    for sentence in ("In Kelby, the old harbour master reportedly has kept two ferries for himself over the winter.",
                     "After the vote on Monday, the harbour board reportedly met again behind closed doors."):
        docs = [outlet_sentence_doc(0, "Harbour Post", sentence, "reportedly")]
        row = _rows(docs, "harbour")
        assert row["status"] == "unsourced" and row["independent_origins"] == 0, sentence
        assert "link.origin.hearsay" in row["origin_rules"], sentence
    # (a phrase with a verb, or a relative clause after the comma, is no fronted phrase: the cue tells that clause)
    sentence = "For the mayor, who reportedly owns two ferries, the harbour is a matter of the heart."
    assert _rows([outlet_sentence_doc(0, "Harbour Post", sentence, "reportedly")], "matter")["independent_origins"] == 1
