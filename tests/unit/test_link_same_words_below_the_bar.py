"""Below the claim bar, a second sign that two contents tell one statement (rule
`link.claim.same_words`, `claim_run`): a run of four content words in a row, nothing but stopwords
between them and no more than one of them a name or a word that describes a person
(`claims.word_runs`, `person_words`), that the two share and that
few other articles of the claims' window hold (at most `RUN_DOCS` other documents: a label of the
topic that many hold is no sign). The candidate is found by the run even when the cosine does not
put it among the nearest; the vetoes of numbers, dates and names still part. Invented articles;
the cosine between the contents is set by a stub encoder."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from tests.link_helpers import StubEncoder

from sourcetrace.link import Linker
from sourcetrace.link.claims import Member, word_runs
from sourcetrace.link.claims.compare import RUN_DOCS

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

RUN = {"claim_run": 0.3}


def _at(cos: float) -> np.ndarray:
    """A unit vector at cosine `cos` with the second axis (and orthogonal to the first, the leads')."""
    v = np.zeros(StubEncoder.dim, dtype=np.float32)
    v[1], v[2] = cos, (1 - cos**2) ** 0.5
    return v


def _article(doc_id: str, outlet: str, who: str, words: str, date: str,
             number: tuple[str, float] | None = None) -> dict[str, Any]:
    text = f"Gales closed the Veldby harbour.\n{who} said {words}.\nDivers inspected the pier."
    start = text.index(words)
    quantities = []
    if number:
        at = text.index(number[0], start)
        quantities.append({"start": at, "end": at + len(number[0]), "text": number[0], "value": number[1]})
    attribution = {"id": "a1", "rule": "attr.indirect.en.test", "cue": {"text": "said"}, "via": [],
                   "source": {"id": "s1", "name": who, "type": "person", "text": who},
                   "content": [{"start": start, "end": start + len(words), "text": words}]}
    return {"id": doc_id, "outlet": outlet, "date": date, "title": "", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text)}], "claims": [],
            "attributions": [attribution], "sources": [], "hedges": [], "timexes": [], "quantities": quantities}


FIRST = "the board will stop dredging silted berths before the winter"
SECOND = "money ran short, so crews stop dredging silted berths at the quay"


def _link(second: str, cos: float, *, thresholds: dict[str, float] | None = RUN, others: int = 0,
          first: str = FIRST) -> Linker:
    table = {first: _at(1.0), second: _at(cos)}
    lk = Linker(StubEncoder(table), thresholds=thresholds)
    docs = [_article("one", "Harbour Gazette", "Tomas Vell", first, "2031-04-02")]
    for i in range(others):  # (other articles of the window that hold the run, in other statements)
        words = f"unions asked why crews stop dredging silted berths in district {i}"
        table[words] = np.eye(StubEncoder.dim, dtype=np.float32)[3 + i % 4]
        docs.append(_article(f"other{i}", f"Outlet {i}", f"Speaker {i}", words, "2031-04-02"))
    docs.append(_article("two", "Valley Courier", "Ann Berg", second, "2031-04-03"))
    lk.add(docs)
    return lk


def _runs(text: str) -> frozenset[tuple[str, ...]]:
    return word_runs(Member("d#a", "d", 0, 0, text, None, None, None, [], [], [], False, False, language="en"))


def test_runs_are_four_content_words_in_a_row_with_at_most_one_name() -> None:
    assert ("stop", "dredging", "silted", "berths") in _runs("Veldby crews stop dredging the silted berths")
    assert _runs("Tomas Vell and Ann Berg met Ole Dahl") == frozenset()


def test_a_run_that_describes_a_person_is_no_run() -> None:
    """How articles name someone ("the former harbour secretary", "the acting port commissioner") recurs
    in statements of every kind: role words and rank prefixes count as names do."""
    assert _runs("the former deputy harbour secretary Tomas Vell") == frozenset()
    assert ("ferry", "pier", "stays", "closed") in _runs("the former deputy harbour secretary says the ferry pier stays closed")


def test_a_statement_told_in_the_same_words_joins_below_the_bar() -> None:
    lk = _link(SECOND, 0.35)
    assert lk.t["claim_run"] <= 0.35 < lk.t["claim"]
    assert lk.members["one#a1"].claim == lk.members["two#a1"].claim
    assert lk.joined_by == {"two#a1": "link.claim.same_words"}


def test_off_without_claim_run() -> None:
    lk = _link(SECOND, 0.35, thresholds=None)
    assert "claim_run" not in lk.t
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim and lk.joined_by == {}


def test_no_join_below_claim_run() -> None:
    lk = _link(SECOND, 0.25)
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim and lk.joined_by == {}


def test_no_join_without_a_run_in_common() -> None:
    other = "money ran short, so the silted berths at the quay stay as they are"
    lk = _link(other, 0.45)
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim and lk.joined_by == {}


def test_a_run_that_many_articles_hold_is_no_sign() -> None:
    lk = _link(SECOND, 0.35, others=RUN_DOCS)
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim
    assert "two#a1" not in lk.joined_by


def test_another_number_still_parts_them() -> None:
    first = "the board will stop dredging silted berths for three weeks"
    second = "money ran short, so crews stop dredging silted berths for five weeks"
    lk = Linker(StubEncoder({first: _at(1.0), second: _at(0.35)}), thresholds=RUN)
    lk.add([_article("one", "Harbour Gazette", "Tomas Vell", first, "2031-04-02", ("three", 3.0)),
            _article("two", "Valley Courier", "Ann Berg", second, "2031-04-03", ("five", 5.0))])
    assert lk.members["one#a1"].numbers and lk.members["two#a1"].numbers
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim and lk.joined_by == {}


def test_an_outlets_own_statement_is_no_told_statement() -> None:
    """Told words only: an outlet's own sentence (`members.own_statements`) that holds the run tells
    the happening's background in the same words, not the statement someone made."""
    own = "Money ran short, so crews stop dredging silted berths at the quay."
    text = f"Gales closed the Veldby harbour.\n{own}\nDivers inspected the pier."
    at = text.index(own)
    doc = {"id": "two", "outlet": "Valley Courier", "date": "2031-04-03", "title": "", "language": "en", "text": text,
           "segments": [{"kind": "body", "start": 0, "end": len(text)}],
           "claims": [{"start": at, "end": at + len(own), "attributions": [], "status": "asserted"}],
           "attributions": [], "sources": [], "hedges": [], "timexes": [], "quantities": []}
    for thresholds in (RUN, None):
        lk = Linker(StubEncoder({FIRST: _at(1.0), own[:-1]: _at(0.35)}), thresholds=thresholds)
        lk.add([_article("one", "Harbour Gazette", "Tomas Vell", FIRST, "2031-04-02"), doc])
        mine = [x for x in lk.members.values() if x.document == "two"]
        assert len(mine) == 1 and mine[0].own_statement
        assert mine[0].claim != lk.members["one#a1"].claim and lk.joined_by == {}
