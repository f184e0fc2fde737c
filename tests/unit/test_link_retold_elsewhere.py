"""Rules `link.claim.retold_elsewhere` and `link.claim.same_words_told`. The first: a member that an in-article
rule would put into its article's claim (a quotation that goes on across its tag, a speaker quoted again) joins
instead the claim of another article's member that tells its words nearly as they stand. The second: two members
that tell the same words are not parted by their dates or named sources. Invented texts."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

FIRST, SECOND = "The new dam will flood the whole valley", "Forty farms will lose their fields next spring"


def _doc(doc_id: str, date: str, outlet: str, text: str, quotes: list[str]) -> dict[str, Any]:
    she = text.index("she") if "she" in text else text.index("Mara Quist")

    def att(i: int, content: str) -> dict[str, Any]:
        return {"id": f"a{i}", "mode": "direct", "rule": "t", "status": "attributed", "via": [],
                "source": {"start": she, "end": she + 3, "text": text[she:she + 3], "id": "s1", "name": "Mara Quist",
                           "type": "person"},
                "cue": span_at(text, "said"), "content": [span_at(text, content)]}

    return {"id": doc_id, "outlet": outlet, "date": date, "title": "Dam", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 5, "end": len(text), "rule": "t"}],
            "attributions": [att(i + 1, q) for i, q in enumerate(quotes)],
            "sources": [{"id": "s1", "name": "Mara Quist", "aliases": [], "type": "person"}],
            "hedges": [], "timexes": [], "quantities": []}


def _linked(thresholds: dict[str, float] | None) -> Any:
    from sourcetrace.link import Linker

    earlier = _doc("d1", "2026-05-01", "Hill Post", f"Dam\n\n“{SECOND},” Mara Quist said on the bridge.", [SECOND])
    later = _doc("d2", "2026-05-02", "Valley News", f"Dam\n\n“{FIRST},” she said. “{SECOND}.” The council meets on Friday.",
                 [FIRST, SECOND])
    lk = Linker("hashing", thresholds=thresholds)
    lk.add([earlier])
    lk.add([later])
    return lk


def test_the_words_another_article_tells_alone_join_its_claim() -> None:
    lk = _linked({"claim_retold": 0.9})
    assert lk.members["d2#a2"].claim == lk.members["d1#a1"].claim
    assert lk.members["d2#a1"].claim != lk.members["d1#a1"].claim
    assert lk.vetoed["link.claim.retold_elsewhere"] == 1


def test_without_the_bar_the_quotation_stays_one_claim() -> None:
    lk = _linked(None)  # (hashing's thresholds hold no `claim_retold`: the in-article rule decides)
    assert lk.members["d2#a2"].claim == lk.members["d2#a1"].claim
    assert lk.vetoed["link.claim.retold_elsewhere"] == 0


# -- rule `link.claim.same_words_told`: the same words are not parted by a date or a name read otherwise

QUOTE = "The ferry crossed the strait four days earlier with ninety cars aboard the deck"


def _dated(doc_id: str, date: str, day: str) -> dict[str, Any]:
    text = f"Ferry\n\n“{QUOTE},” Mara Quist said."
    d = _doc(doc_id, date, f"Outlet {doc_id}", text, [QUOTE])
    d["timexes"] = [span_at(text, "four days earlier", type="DATE", value=day, rule="t")]
    return d


def _two_versions(thresholds: dict[str, float] | None) -> Any:
    from sourcetrace.link import Linker

    lk = Linker("hashing", thresholds=thresholds)
    lk.add([_dated("v1", "2026-05-05", "2026-05-01")])
    lk.add([_dated("v2", "2026-05-06", "2026-05-02")])  # (the same words, the relative date read a day later)
    return lk


def test_the_same_words_with_a_relative_date_read_apart_are_one_claim() -> None:
    lk = _two_versions({"claim_retold": 0.9})
    assert lk.members["v1#a1"].claim == lk.members["v2#a1"].claim
    assert lk.vetoed["link.claim.same_words_told"] == 1


def test_without_the_bar_the_date_veto_parts_them() -> None:
    lk = _two_versions(None)
    assert lk.members["v1#a1"].claim != lk.members["v2#a1"].claim
    assert lk.vetoed["link.veto.date"] == 1
