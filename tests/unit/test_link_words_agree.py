"""Rule `link.claim.words_agree`: below the claim bar, two contents of one language that share half
their content words, in two articles whose full texts are alike, tell one claim (when every member
of the claim agrees so); boilerplate in two unrelated articles, and contents that share a word or
two, do not. Invented articles; the cosine between the two contents is set by a stub encoder."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from sourcetrace.link import Linker
from sourcetrace.link.claims import Member
from sourcetrace.link.claims.compare import words_agree

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

ON = {"claim_words": 0.4, "claim_words_share": 0.5, "claim_words_least": 3, "claim_words_text": 0.2}


def _member(text: str, lang: str = "en") -> Member:
    from sourcetrace.link.claims.words import WORD, content_keys

    return Member(key="d#a1", document="d", start=0, end=len(text), text=text, source=None, source_type=None,
                  source_role=None, via=[], upstream=[], downstream=[], negated=False, denial_cue=False,
                  words=content_keys(WORD.findall(text)), language=lang)


def test_words_agree_needs_half_the_shorter_contents_words_and_two_of_what_is_said() -> None:
    closed = _member("the old ferry pier will stay closed for repairs until the spring")
    again = _member("the old ferry pier would remain closed for repairs until spring, he added")
    assert words_agree(closed, again)
    # one word and a name in common: the topic, not one statement
    other = _member("the old ferry company expects higher fares next year")
    assert not words_agree(closed, other)
    # a short content all of whose words the longer one holds is agreed with (a part told again)
    assert words_agree(_member("the pier stays closed for repairs"), closed)
    # three words in common of which only one is no name: names are whom it is said of
    assert not words_agree(_member("Mayor Elin Rask praised the plan"), _member("Mayor Elin Rask rejected the budget plan"))


class StubEncoder:
    """Vectors chosen by the test: each text the linker encodes gets the vector of the first key of
    `table` it contains (a unit vector), else the first axis."""

    name = "stub"
    dim = 8

    def __init__(self, table: dict[str, np.ndarray]) -> None:
        self.table = table

    def encode(self, texts: list[str], *, query: bool = False) -> Any:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i] = next((v for k, v in self.table.items() if k in t), np.eye(self.dim, dtype=np.float32)[0])
        return out


def _unit(*xs: float) -> np.ndarray:
    v = np.zeros(StubEncoder.dim, dtype=np.float32)
    v[: len(xs)] = xs
    return v / np.linalg.norm(v)


def _article(doc_id: str, outlet: str, text: str, who: str, words: str, date: str = "2031-04-02") -> dict[str, Any]:
    """An analysis as the pipeline writes it: one body segment, one line a sentence, one attribution."""
    claims, at = [], 0
    start = text.index(words)
    for line in text.split("\n"):
        claims.append({"start": at, "end": at + len(line), "attributions": ["a1"] if at <= start < at + len(line) else []})
        at += len(line) + 1
    attribution = {"id": "a1", "rule": "attr.indirect.en.test", "cue": {"text": "said"}, "via": [],
                   "source": {"id": "s1", "name": who, "type": "person", "text": who},
                   "content": [{"start": start, "end": start + len(words), "text": words}]}
    return {"id": doc_id, "outlet": outlet, "date": date, "title": "", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text)}], "claims": claims,
            "attributions": [attribution], "sources": [], "hedges": [], "timexes": [], "quantities": []}


FIRST = "the old ferry pier will stay closed for repairs until the spring"
SECOND = "the old ferry pier would remain closed for repairs until the spring"
HARBOUR = ("Storm damage at the harbour of Veldby kept the fishing boats in port this week.\n"
           "Harbour master Tomas Vell said {c}.\nDivers inspected the pier on Monday and found cracked pillars.")
HARBOUR2 = ("The storm that hit Veldby harbour this week cracked the pillars of the pier, divers found.\n"
            "Harbour master Tomas Vell said {c}.\nThe fishing boats stayed in port.")


def _linked(first: dict[str, Any], second: dict[str, Any], cosine: float, thresholds: dict[str, float]) -> Linker:
    table = {FIRST: _unit(0, 1), SECOND: _unit(0, cosine, (1 - cosine**2) ** 0.5), "\n": _unit(1)}
    lk = Linker(StubEncoder(table), thresholds=thresholds)
    lk.add([first, second])
    return lk


def test_two_tellings_in_the_same_words_join_below_the_bar() -> None:
    a = _article("en-one", "Harbour Gazette", HARBOUR.format(c=FIRST), "Tomas Vell", FIRST)
    # (another speaker: the same one's words told in part would join as a part, `link.claim.part_of`)
    b = _article("en-two", "Valley Courier", HARBOUR2.format(c=SECOND), "Lena Ost", SECOND, "2031-04-03")
    lk = _linked(a, b, 0.45, ON)
    one, two = (lk.members[k] for k in ("en-one#a1", "en-two#a1"))
    assert one.claim == two.claim
    assert lk.joined_by == {"en-two#a1": "link.claim.words_agree"}
    # the path is off (the bar `claim_words` above the claim bar), or the cosine below its own bar
    for cosine, t in ((0.45, {**ON, "claim_words": 1.01}), (0.3, ON)):
        lk = _linked(a, b, cosine, t)
        assert lk.members["en-one#a1"].claim != lk.members["en-two#a1"].claim, (cosine, t)
        assert lk.joined_by == {}


def test_articles_of_other_happenings_keep_alike_words_apart() -> None:
    # the same words in two articles whose full texts have nothing else in common
    a = _article("en-one", "Harbour Gazette", HARBOUR.format(c=FIRST), "Tomas Vell", FIRST)
    unrelated = ("A jazz quartet from Lisbon opened the autumn festival in Marden on Friday evening.\n"
                 "Organiser Ines Kohl said {c}.\nTickets for the closing concert sold out within hours.\n"
                 "Three choirs and a brass band from Oslo join the programme, which runs for nine days.")
    b = _article("en-two", "Valley Courier", unrelated.format(c=SECOND), "Ines Kohl", SECOND, "2031-04-03")
    # (with two documents every word weighs alike: the two texts' TF-IDF cosine is 0.25, the two
    # harbour articles' 0.74; a bar of 0.3 parts the first and keeps the second)
    lk = _linked(a, b, 0.45, {**ON, "claim_words_text": 0.3})
    assert lk.members["en-one#a1"].claim != lk.members["en-two#a1"].claim
    assert lk.joined_by == {}
    b = _article("en-two", "Valley Courier", HARBOUR2.format(c=SECOND), "Lena Ost", SECOND, "2031-04-03")
    lk = _linked(a, b, 0.45, {**ON, "claim_words_text": 0.3})
    assert lk.members["en-one#a1"].claim == lk.members["en-two#a1"].claim
