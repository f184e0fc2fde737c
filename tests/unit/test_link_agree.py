"""Below the claim bar, a member of an article that tells the same happening in many of the same
words (full-text TF-IDF cosine ≥ `claim_agree_text`, an article of its story's candidates) joins
at `claim_agree` or more when the two contents share their words (`link.claim.agree`, rule
recorded in `Linker.joined_by`; off by default: the tests set `AGREE`); not when the two articles tell other things in other words, when
another number parts them, or below `claim_agree`. Invented articles; the cosine between the two
contents is set by a stub encoder."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from tests.link_helpers import StubEncoder

from sourcetrace.link import Linker

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")



AGREE = {"claim_agree": 0.45, "claim_agree_text": 0.2}


def _at(cos: float) -> np.ndarray:
    """A unit vector at cosine `cos` with the second axis (and orthogonal to the first, the leads')."""
    v = np.zeros(StubEncoder.dim, dtype=np.float32)
    v[1], v[2] = cos, (1 - cos**2) ** 0.5
    return v


def _axis(i: int) -> np.ndarray:
    return np.eye(StubEncoder.dim, dtype=np.float32)[i]


def _article(doc_id: str, outlet: str, lead: str, who: str, words: str, rest: str, date: str,
             number: tuple[str, float] | None = None) -> dict[str, Any]:
    text = f"{lead}\n{who} said {words}.\n{rest}"
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


LEAD = "Storms flooded the Veldby harbour on Monday and the ferry pier was damaged."
REST = "Fishermen in Veldby moved their boats to the grain quay while divers inspected the broken pier posts."
FIRST = "the harbour board will close the old ferry pier until the autumn"
SECOND = "the old ferry pier must stay shut until the autumn repairs are done"


def _link(second: str, cos: float, rest: str = REST, first_rest: str = REST, lead: str = LEAD) -> Linker:
    lk = Linker(StubEncoder({FIRST: _at(1.0), second: _at(cos)}), thresholds=AGREE)
    lk.add([_article("one", "Harbour Gazette", LEAD, "Tomas Vell", FIRST, first_rest, "2031-04-02"),
            _article("two", "Valley Courier", lead, "Ann Berg", second, rest, "2031-04-03")])
    return lk


def test_a_restatement_below_the_bar_joins_by_its_words_in_an_article_alike() -> None:
    lk = _link(SECOND, 0.5)
    assert lk.t["claim_agree"] <= 0.5 < lk.t["claim"]  # (below the bar, at the agreement bar)
    assert lk.members["one#a1"].claim == lk.members["two#a1"].claim
    assert lk.joined_by == {"two#a1": "link.claim.agree"}


def test_the_path_is_off_by_default() -> None:
    lk = Linker(StubEncoder({FIRST: _at(1.0), SECOND: _at(0.5)}))
    lk.add([_article("one", "Harbour Gazette", LEAD, "Tomas Vell", FIRST, REST, "2031-04-02"),
            _article("two", "Valley Courier", LEAD, "Ann Berg", SECOND, REST, "2031-04-03")])
    assert "claim_agree" not in lk.t and lk.members["one#a1"].claim != lk.members["two#a1"].claim


def test_no_join_below_the_agreement_bar() -> None:
    lk = _link(SECOND, 0.4)
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim
    assert lk.joined_by == {}
    assert lk.joined_by == {}


def test_no_join_when_the_articles_tell_other_things() -> None:
    other = ("Tax rates for shop owners in the capital rise next year, the finance office wrote in a letter "
             "to every business; bakers, tailors, florists and jewellers protested outside the town hall against "
             "the new levy, carrying banners and drums. The mayor promised a hearing in spring, while the chamber of "
             "commerce asked lawyers whether the council may raise such duties without a public vote. Several "
             "cafés closed early, and a brass band played marches for the crowd until police cleared the square.")
    mine = ("Rescue crews pulled two trawlers off the rocks near the lighthouse; the coastguard counted seven "
            "sunken dinghies, a torn fuel line and oil drifting towards the beaches, where volunteers laid booms "
            "and gulls were washed by students of the marine school. Insurers sent surveyors, and the ferry line "
            "offered its passengers buses through the mountain pass to the airport and the railway station.")
    lk = _link(SECOND, 0.5, rest=other, first_rest=mine, lead="Shop owners marched through the capital on Monday.")
    assert lk._texts.cosine("two", "one") < lk.t["claim_agree_text"]
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim
    assert lk.joined_by == {}


def test_no_join_when_another_number_parts_them() -> None:
    lk = Linker(StubEncoder({"three piers": _at(1.0), "five piers": _at(0.5)}), thresholds=AGREE)
    lk.add([_article("one", "Harbour Gazette", LEAD, "Tomas Vell", "the harbour board will close three piers of the old ferry harbour",
                     REST, "2031-04-02", ("three", 3.0)),
            _article("two", "Valley Courier", LEAD, "Ann Berg", "the old ferry harbour must close five piers until the autumn",
                     REST, "2031-04-03", ("five", 5.0))])
    assert lk.members["one#a1"].numbers and lk.members["two#a1"].numbers
    assert lk.members["one#a1"].claim != lk.members["two#a1"].claim
    assert lk.joined_by == {}


def test_below_the_bar_the_words_must_agree_with_every_member_of_the_claim() -> None:
    """A third article's member at 0.59 with the claim's first member but 0.44 with its second
    (the claim's centre still near: no chaining veto) does not join by its words."""
    third = "the old ferry pier closes until the autumn storms pass"
    b = np.zeros(StubEncoder.dim, dtype=np.float32)
    b[1], b[3] = 0.62, (1 - 0.62**2) ** 0.5
    c = np.zeros(StubEncoder.dim, dtype=np.float32)
    c[1], c[3] = 0.59, (0.44 - 0.62 * 0.59) / (1 - 0.62**2) ** 0.5
    c[2] = (1 - c[1] ** 2 - c[3] ** 2) ** 0.5
    lk = Linker(StubEncoder({FIRST: _at(1.0), SECOND: b, third: c}), thresholds=AGREE)
    lk.add([_article("one", "Harbour Gazette", LEAD, "Tomas Vell", FIRST, REST, "2031-04-02"),
            _article("two", "Valley Courier", LEAD, "Ann Berg", SECOND, REST, "2031-04-03"),
            _article("three", "Coast News", LEAD, "Ole Dahl", third, REST, "2031-04-03")])
    assert lk.members["one#a1"].claim == lk.members["two#a1"].claim  # (at the bar: 0.62)
    assert lk.members["three#a1"].claim != lk.members["one#a1"].claim
    assert lk.vetoed["link.veto.agree_claim"] == 1 and lk.joined_by == {}
