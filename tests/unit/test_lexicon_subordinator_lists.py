"""The German lists of subordinators and how they nest (session 24): each narrower list is a part
of the broader one its note names, so that a word added to one meaning is not forgotten in the
other. The lists differ where their meanings do (see the notes in resources/de/*.json)."""

from __future__ import annotations

from sourcetrace.resources import load
from sourcetrace.steps.lexicon import SUBORDINATORS, lang


def _de(name: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load("de", name).get(key, []))


def test_the_narrower_german_subordinator_lists_lie_inside_the_broader_ones() -> None:
    lx = lang("de")
    adverbial = frozenset(w.lower() for w in load("de", "cues")["adverbial_clause"]["subordinators"])
    assert lx.circumstance_subordinators and lx.circumstance_subordinators <= adverbial
    # the fronted clauses of circumstance open with a word of never_reported that is an adverbial
    # or a clause subordinator; the others open none
    assert lx.circumstance_openers <= lx.never_reported
    assert lx.circumstance_openers <= adverbial | _de("lexicon", "clause_subordinators")
    assert lx.never_reported - lx.circumstance_openers == {"was", "sondern", "um"}
    assert {"nachdem", "während", "sodass"} <= lx.circumstance_openers
    assert _de("lexicon", "subordinators") <= SUBORDINATORS


def test_document_heads_in_lower_case_are_built_once_per_language() -> None:
    lx = lang("de")
    assert lx.document_heads_lower is lx.document_heads_lower
    assert lx.document_heads_lower == {w.lower() for w in lx.document_heads}
    assert all(len(w) >= 4 and w in lx.document_heads_lower for w in lx.document_head_endings)
