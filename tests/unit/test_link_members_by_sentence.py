"""A direct quotation that runs over several sentences is one claim member per sentence
(`claims.members.by_sentence`, issue 9): a claim is a sentence-sized proposition. Invented
sentences; the documents are built by hand, their sentences given as the analysis gives them."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.link.claims import members_of
from sourcetrace.link.claims.members import SPLIT_MODES, SPLIT_SUFFIX


def _sentences(text: str) -> list[dict[str, int]]:
    """The sentences of an invented text: each run up to a full stop, with its closing quote mark."""
    return [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^\s.][^.]*\.[”\"]?", text)]


def _doc(text: str, quoted: str, *, mode: str = "direct", tag: str = " Holt said.",
         with_sentences: bool = True, more: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A document with one attribution of `quoted` (as it stands in `text`) to Ann Holt, its tag
    the words `tag` after it."""
    start = text.index(quoted)
    end = start + len(quoted)
    after = text.index(tag, end)
    src = after + tag.index("Holt")
    cue = after + tag.index("said")
    a = {"id": "a1", "mode": mode, "source": {"id": "s1", "name": "Ann Holt", "text": "Holt", "start": src, "end": src + 4},
         "cue": {"text": "said", "start": cue, "end": cue + 4}, "content": [{"start": start, "end": end}],
         "status": "attributed", "rule": f"attr.{mode}.tagged"}
    return {"id": "d1", "language": "en", "text": text,
            "sources": [{"id": "s1", "name": "Ann Holt", "type": "person", "aliases": []}],
            "attributions": [a, *(more or [])], "claims": [], "hedges": [],
            "segments": [{"kind": "body", "start": 0, "end": len(text)}],
            "sentences": _sentences(text) if with_sentences else []}


QUOTE = ("The bridge toll will not rise before the spring. "
         "The council approved the harbour budget on Monday. "
         "Ferry crews will get a new contract.")
TEXT = f"Harbour\n\n“{QUOTE}” Holt said. The session ended late."


def test_a_quotation_of_three_sentences_is_three_members() -> None:
    members = members_of(_doc(TEXT, QUOTE))
    assert [m.text for m in members] == ["The bridge toll will not rise before the spring.",
                                         "The council approved the harbour budget on Monday.",
                                         "Ferry crews will get a new contract."]
    assert [m.key for m in members] == ["d1#a1", f"d1#a1{SPLIT_SUFFIX}1", f"d1#a1{SPLIT_SUFFIX}2"]
    # each keeps the attribution's source and rule, the rule marked as one sentence of it
    assert {m.source for m in members} == {"Ann Holt"}
    assert {m.rule for m in members} == {f"attr.direct.tagged{SPLIT_SUFFIX}"}
    # the stance is each sentence's own: only the first is negated
    assert [m.negated for m in members] == [True, False, False]
    assert [(TEXT[m.start : m.end]) for m in members] == [m.text for m in members]
    # no part goes on with the one before it: they are several statements
    assert all(m.continues is None for m in members)
    # deterministic
    assert [m.key for m in members_of(_doc(TEXT, QUOTE))] == [m.key for m in members]


def test_a_short_sentence_is_no_member_of_its_own() -> None:
    quote = "No. The bridge toll will not rise before the spring. Never. The harbour budget is settled for good."
    text = f"Harbour\n\n“{quote}” Holt said."
    members = members_of(_doc(text, quote))
    # the first, too short, goes with the one after it; a later one with the one before it
    assert [m.text for m in members] == ["No. The bridge toll will not rise before the spring. Never.",
                                         "The harbour budget is settled for good."]


def test_one_sentence_or_no_sentences_known_is_one_member() -> None:
    one = "The bridge toll will not rise before the spring."
    assert [m.text for m in members_of(_doc(f"Harbour\n\n“{one}” Holt said.", one))] == [one]
    members = members_of(_doc(TEXT, QUOTE, with_sentences=False))
    assert [m.key for m in members] == ["d1#a1"] and members[0].text == QUOTE
    assert members[0].rule == "attr.direct.tagged"


def test_other_modes_stay_whole() -> None:
    assert "according_to" not in SPLIT_MODES
    members = members_of(_doc(TEXT, QUOTE, mode="according_to"))
    assert len(members) == 1 and members[0].text == QUOTE


def test_a_quotation_that_goes_on_across_its_tag_goes_on_from_its_last_sentence() -> None:
    second = "The ferry timetable stays as it is."
    text = f"Harbour\n\n“{QUOTE}” Holt said. “{second}”"
    start = text.index(second)
    more = {"id": "a2", "mode": "direct", "source": {"id": "s1", "name": "Ann Holt", "text": "Holt",
                                                     "start": text.index("Holt said"), "end": text.index("Holt said") + 4},
            "cue": None, "content": [{"start": start, "end": start + len(second)}], "status": "attributed",
            "rule": "attr.direct.continued"}
    members = members_of(_doc(text, QUOTE, more=[more]))
    assert [m.key for m in members] == ["d1#a1", f"d1#a1{SPLIT_SUFFIX}1", f"d1#a1{SPLIT_SUFFIX}2", "d1#a2"]
    assert members[3].continues == f"d1#a1{SPLIT_SUFFIX}2"
