"""Rule `link.claim.recalled`: a speaker's words quoted again beyond the claims' window (`claim_days`) join the
claim of the older quotation — a memorable line recalled months later is the same statement, not a new one; the
article that recalls it opens a window of its own for the claim. An outlet's own sentence told again, and a
quotation in other words, stay apart. Invented texts."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

LINE = "Not one more tree on the ridge will fall for a parking lot"
OTHER = "The ridge trail will close for the winter after the first snow"


def _doc(doc_id: str, date: str, text: str, quote: str | None, *, direct: bool = True) -> dict[str, Any]:
    atts = []
    if quote is not None:
        who = text.index("Ilse Varga")
        atts = [{"id": "a1", "mode": "direct" if direct else "indirect", "rule": "attr.direct.t" if direct else "attr.indirect.t", "status": "attributed", "via": [],
                 "source": {"start": who, "end": who + 10, "text": "Ilse Varga", "id": "s1", "name": "Ilse Varga",
                            "type": "person"},
                 "cue": span_at(text, "said"), "content": [span_at(text, quote)]}]
    return {"id": doc_id, "outlet": f"Outlet {doc_id}", "date": date, "title": "Ridge", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 7, "end": len(text), "rule": "t"}],
            "attributions": atts,
            "sources": [{"id": "s1", "name": "Ilse Varga", "aliases": [], "type": "person"}] if atts else [],
            "hedges": [], "timexes": [], "quantities": []}


def _quoted(doc_id: str, date: str, quote: str = LINE) -> dict[str, Any]:
    return _doc(doc_id, date, f"Ridge\n\n“{quote},” Ilse Varga said at the hall.", quote)


def _linked(docs: list[dict[str, Any]], thresholds: dict[str, float] | None = None) -> Any:
    from sourcetrace.link import Linker

    lk = Linker("hashing", thresholds={"claim_recalled": 0.7} if thresholds is None else thresholds)
    for d in docs:
        lk.add([d])
    return lk


def test_a_line_quoted_again_months_later_joins_its_claim() -> None:
    lk = _linked([_quoted("spring", "2026-03-02"), _quoted("summer", "2026-06-20")])
    assert lk.members["summer#a1"].claim == lk.members["spring#a1"].claim
    assert lk.joined_by["summer#a1"] == "link.claim.recalled"
    assert lk.vetoed["link.claim.recalled"] == 1


def test_the_recalling_article_opens_a_window_for_its_week() -> None:
    # (an article of the week after the recall joins through the recall, though the claim's first member lies
    # months before it)
    lk = _linked([_quoted("spring", "2026-03-02"), _quoted("summer", "2026-06-20"), _quoted("later", "2026-06-23")])
    assert lk.members["later#a1"].claim == lk.members["spring#a1"].claim
    assert lk.vetoed["link.claim.recalled"] == 1  # (the third joins by the ordinary candidates)


def test_without_the_threshold_the_claims_window_parts_them() -> None:
    lk = _linked([_quoted("spring", "2026-03-02"), _quoted("summer", "2026-06-20")], thresholds={})
    assert lk.members["summer#a1"].claim != lk.members["spring#a1"].claim
    assert lk.vetoed["link.claim.recalled"] == 0


def test_other_words_of_the_speaker_months_later_stay_apart() -> None:
    lk = _linked([_quoted("spring", "2026-03-02"), _quoted("summer", "2026-06-20", OTHER)])
    assert lk.members["summer#a1"].claim != lk.members["spring#a1"].claim


def test_words_told_without_quotation_marks_stay_apart() -> None:
    # (no direct quotation and no quoted words: an indirect content told again months later is background told
    # anew, which the claims' window keeps apart)
    text = f"Ridge\n\nIlse Varga said that {LINE.lower()}."
    lk = _linked([_doc("spring", "2026-03-02", text, LINE.lower(), direct=False),
                  _doc("summer", "2026-06-20", text, LINE.lower(), direct=False)])
    assert lk.members["summer#a1"].claim != lk.members["spring#a1"].claim
