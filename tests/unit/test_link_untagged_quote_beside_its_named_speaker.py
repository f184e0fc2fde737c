"""Independent origins (issue 9), rule `link.origin.untagged_beside_named`: a quotation that one
outlet prints with no speaker (the analysis found none: `Member.no_speaker`) beside the same words
that another article attributes to a named speaker adds no origin of its own — they are most
likely that speaker's words, and the outlet relays them; alone, the outlet still stands for its
unread speaker (one origin, `link.origin.speaker_unread`). Invented texts, analyses written by
hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

from sourcetrace.link import Linker

QUOTE = "nobody has ever been better prepared to rebuild the harbour bridge than our new director"
FILLER = ["Tourists waited on the quay for hours while gulls circled above the empty ticket booth.",
          "A local bakery handed out free coffee to drivers stuck in the long queue near the toll gate."]


def _doc(i: int, outlet: str, speaker: str | None) -> dict[str, Any]:
    """An article quoting QUOTE: said by `speaker`, or untagged (no source found)."""
    first = f"“{QUOTE.capitalize()},” {speaker} said on Monday." if speaker else f"“{QUOTE.capitalize()}.”"
    text = f"{first}\n{FILLER[i % 2]}"
    content = span_at(text, QUOTE.capitalize())
    if speaker:
        att = {"id": "a1", "mode": "direct", "rule": "t", "status": "attributed", "via": [],
               "source": span_at(text, speaker, id="s1", name=speaker, type="person"), "cue": span_at(text, "said"),
               "content": [content]}
        sources = [{"id": "s1", "name": speaker, "aliases": [], "type": "person", "role": None}]
    else:
        att = {"id": "a1", "mode": "direct", "rule": "attr.direct.untagged", "status": "attributed", "via": [],
               "source": None, "cue": None, "content": [content]}
        sources = []
    n = len(first)
    claims = [{"start": 0, "end": n, "text": first, "attributions": ["a1"], "hedges": [], "status": "attributed"},
              {"start": n + 1, "end": len(text), "text": text[n + 1:], "attributions": [], "hedges": [], "status": "asserted"}]
    return {"id": f"d{i}", "outlet": outlet, "date": f"2026-03-1{i}", "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": [att],
            "claims": claims, "sources": sources, "hedges": [], "timexes": [], "quantities": []}


def _row(docs: list[dict[str, Any]]) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add(docs)
    (row,) = [r for r in lk.claim_rows() if any("harbour bridge" in lk.members[k].text for k in lk.claim_members[r["claim"]])]
    return row


def test_an_untagged_quote_beside_its_named_speaker_adds_no_origin() -> None:
    row = _row([_doc(0, "Harbour Post", "Ann Holt"), _doc(1, "Coast Herald", None)])
    assert len({m["document"] for m in row["members"]}) == 2
    assert row["origins"] == ["Ann Holt"] and row["independent_origins"] == 1 and row["status"] == "single_origin"
    assert "link.origin.untagged_beside_named" in row["origin_rules"]


def test_an_untagged_quote_alone_stands_for_its_unread_speaker() -> None:
    row = _row([_doc(1, "Coast Herald", None)])
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    assert "link.origin.untagged_beside_named" not in row["origin_rules"]


def test_two_named_speakers_of_one_quote_stay_two() -> None:
    row = _row([_doc(0, "Harbour Post", "Ann Holt"), _doc(1, "Coast Herald", "Ben Ross")])
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"


def _one_article(gap: str) -> dict[str, Any]:
    """One article that has Ann Holt say QUOTE, then prints the same words untagged after `gap`
    (a space: the same paragraph; line breaks: a later one)."""
    first = f"Ann Holt said on Monday that {QUOTE}."
    second = f"“{QUOTE.capitalize()}.”"
    text = f"{first}{gap}{second}\n{FILLER[0]}"
    named = span_at(text, QUOTE)
    at = text.index(second) + 1
    untagged = {"start": at, "end": at + len(QUOTE), "text": text[at:at + len(QUOTE)]}
    atts = [{"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
             "source": span_at(text, "Ann Holt", id="s1", name="Ann Holt", type="person"), "cue": span_at(text, "said"),
             "content": [named]},
            {"id": "a2", "mode": "direct", "rule": "attr.direct.untagged", "status": "attributed", "via": [],
             "source": None, "cue": None, "content": [untagged]}]
    b = text.index(second)
    claims = [{"start": 0, "end": len(first), "text": first, "attributions": ["a1"], "hedges": [], "status": "attributed"},
              {"start": b, "end": b + len(second), "text": second, "attributions": ["a2"], "hedges": [], "status": "attributed"}]
    return {"id": "d0", "outlet": "Harbour Post", "date": "2026-03-10", "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": atts,
            "claims": claims, "sources": [{"id": "s1", "name": "Ann Holt", "aliases": [], "type": "person"}],
            "hedges": [], "timexes": [], "quantities": []}


def test_untagged_words_in_the_named_speakers_paragraph_add_no_origin() -> None:
    # (fix30: the rule reaches another article, or the untagged words' own paragraph)
    row = _row([_one_article(" ")])
    assert len(row["members"]) == 2
    assert row["origins"] == ["Ann Holt"] and "link.origin.untagged_beside_named" in row["origin_rules"]


def test_untagged_words_in_another_paragraph_of_the_article_are_no_case_of_the_rule() -> None:
    # (the outlet stands for them; beside its own article's named source of the claim it relays
    # that source, `_resolve_relay`, so the count is the same — the rule does not claim them)
    row = _row([_one_article("\n\n")])
    assert len(row["members"]) == 2
    assert "link.origin.untagged_beside_named" not in row["origin_rules"]
    assert "link.origin.outlet" in row["origin_rules"] and row["origins"] == ["Ann Holt"]


def test_untagged_words_count_the_same_linked_together_or_one_by_one() -> None:
    # (rev30c: fix30's reach of the rule, with another article that prints the words untagged, in
    # one call, one by one and in the other order)
    for gap in (" ", "\n\n"):
        docs = [_one_article(gap), _doc(1, "Coast Herald", None)]
        rows = []
        for order in ([docs], [docs[:1], docs[1:]], [docs[1:], docs[:1]]):
            lk = Linker("hashing")
            for part in order:
                lk.add(part)
            (row,) = [r for r in lk.claim_rows() if len(r["members"]) == 3]
            rows.append((row["independent_origins"], row["status"], sorted(row["origins"]), sorted(row["origin_rules"])))
        assert rows[0][2] == ["Ann Holt"], gap
        assert rows[0] == rows[1] == rows[2], gap
