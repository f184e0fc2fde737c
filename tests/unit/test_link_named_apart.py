"""Independent origins and status (issue 9, session 35): two named sources of different articles whose words are
nowhere near each other are two speakers that the claim grouping chained together, not one claim told twice — the
origin that corroborates the fewest others is left out (`Linker._named_apart`, rule `link.origin.named_apart`,
`claim_corroborates` of THRESHOLDS); and an attribution whose speaker the analysis did not read, told through a
clause that a reportative cue opens with a relative pronoun ("…, who is said to …"), is hearsay
(`members.mark_hearsay`, `link.origin.hearsay`). Invented texts and members, vectors chosen by the test."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import bare_member, span_at
from tests.link_helpers import corroborating_linker as _linker

from sourcetrace.link import Linker
from sourcetrace.link.claims import Member
from sourcetrace.link.claims.members import _word_opened_clause, mark_hearsay
from sourcetrace.link.linker import THRESHOLDS


def _member(key: str, doc: str, source: str | None, lang: str = "en", stance: str = "asserts",
            type_: str = "person") -> Member:
    return bare_member(key, doc, source, "the quay will close", lang=lang, stance=stance, type_=type_)


def _apart(lk: Linker, ms: list[Member], counted: list[Member] | None = None) -> set[str]:
    """The names of the origins `_named_apart` leaves out: each member's origin its source's entity (an
    outlet's where it has none)."""
    for m in ms:
        m.origin = (lk.entities.resolve(m.source, str(m.source_type), doc_id=m.document, scope=f"doc:{m.document}").id
                    if m.source else lk.entities.outlet(f"Paper {m.document}", m.document).id)
    told_by: dict[str, list[Any]] = {}
    for m in counted if counted is not None else ms:
        told_by.setdefault(str(m.origin), []).append(m)
    return {lk.entities.entities[o].name for o in lk._named_apart(set(told_by), told_by, ms)}


def test_two_named_sources_of_two_articles_far_apart_count_once() -> None:
    a, b = _member("a", "d1", "Ann Lee"), _member("b", "d2", "Ben Ross")
    assert len(_apart(_linker({"a": [1, 0, 0], "b": [0, 1, 0]}), [a, b])) == 1
    # (their words near each other: one claim told by two, both stand)
    assert _apart(_linker({"a": [1, 0, 0], "b": [1, 0.2, 0]}), [a, b]) == set()


def test_sources_of_one_article_and_outlets_own_words_always_stand() -> None:
    # (one article tells both side by side)
    a, b = _member("a", "d1", "Ann Lee"), _member("b", "d1", "Ben Ross")
    assert _apart(_linker({"a": [1, 0, 0], "b": [0, 1, 0]}), [a, b]) == set()
    # (an article that holds a member of each, one of them denying: the two are set against each other there)
    a, b = _member("a", "d1", "Ann Lee"), _member("b", "d2", "Ben Ross")
    b_denies = _member("c", "d1", "Ben Ross", stance="denies")
    assert _apart(_linker({"a": [1, 0, 0], "b": [0, 1, 0], "c": [0, 1, 0]}), [a, b, b_denies], [a, b]) == set()
    # (an outlet's own statement names no source, an unnamed witness no one across the corpus: not this rule's)
    a, b = _member("a", "d1", "Ann Lee"), _member("b", "d2", None)
    assert _apart(_linker({"a": [1, 0, 0], "b": [0, 1, 0]}), [a, b]) == set()
    a, b = _member("a", "d1", "a witness", type_="unnamed"), _member("b", "d2", "another witness", type_="unnamed")
    assert _apart(_linker({"a": [1, 0, 0], "b": [0, 1, 0]}), [a, b]) == set()
    # (nor is an outlet's own finding, "records seen by this newspaper")
    a, b = _member("a", "d1", "Ann Lee"), _member("b", "d2", "Ben Ross")
    b.own_finding = True
    assert _apart(_linker({"a": [1, 0, 0], "b": [0, 1, 0]}), [a, b]) == set()


def test_the_origin_that_corroborates_fewest_others_is_left_out() -> None:
    a, b, c = _member("a", "d1", "Ann Lee"), _member("b", "d2", "Ben Ross"), _member("c", "d3", "Cy Holt")
    # a and b near each other, c near neither
    assert _apart(_linker({"a": [1, 0, 0], "b": [1, 0.1, 0], "c": [0, 0, 1]}), [a, b, c]) == {"Cy Holt"}
    # a chain: a near b, b near c, a far from c — one end goes, two origins stay
    out = _apart(_linker({"a": [1, 0, 0], "b": [0.87, 0.5, 0], "c": [0.5, 0.87, 0]}), [a, b, c])
    assert len(out) == 1 and out < {"Ann Lee", "Cy Holt"}


def test_across_languages_the_cosine_is_read_on_the_same_language_scale() -> None:
    a, b = _member("a", "d1", "Ann Lee", "en"), _member("b", "d2", "Ben Ross", "de")
    lk = _linker({"a": [1, 0, 0], "b": [0.66, 0.75, 0]})  # raw cosine ~0.66, on the USE line ~0.84
    lk.t.update(xlang_scale=1.46, xlang_shift=-0.13)
    assert _apart(lk, [a, b]) == set()
    b.language = "en"  # (the same cosine in one language is below the bar)
    assert len(_apart(lk, [a, b])) == 1


def test_the_rule_is_the_use_encoders_only() -> None:
    assert THRESHOLDS["use"]["claim_corroborates"] == 0.75
    assert "claim_corroborates" not in THRESHOLDS["e5"] and "claim_corroborates" not in THRESHOLDS["hashing"]
    a, b = _member("a", "d1", "Ann Lee"), _member("b", "d2", "Ben Ross")
    lk = _linker({"a": [1, 0, 0], "b": [0, 1, 0]})
    del lk.t["claim_corroborates"]
    assert _apart(lk, [a, b]) == set()


def _said(i: int, outlet: str, speaker: str, words: str) -> dict[str, Any]:
    """An article of two lines: `speaker` said on Monday that `words`, then filler."""
    first = f"{speaker} said on Monday that {words}."
    text = f"{first}\nGulls circled above the empty ticket booth on the northern quay all afternoon."
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
           "source": span_at(text, speaker, id="s1", name=speaker, type="person"), "cue": span_at(text, "said"),
           "content": [span_at(text, words)]}
    n = len(first)
    claims = [{"start": 0, "end": n, "text": first, "attributions": ["a1"], "hedges": [], "status": "attributed"},
              {"start": n + 1, "end": len(text), "text": text[n + 1:], "attributions": [], "hedges": [], "status": "asserted"}]
    return {"id": f"d{i}", "outlet": outlet, "date": f"2026-03-1{i}", "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": [att],
            "claims": claims, "sources": [{"id": "s1", "name": speaker, "aliases": [], "type": "person", "role": None}],
            "hedges": [], "timexes": [], "quantities": []}


def test_a_claim_row_counts_the_origins_that_corroborate() -> None:
    lk = Linker("hashing")
    lk.add([_said(0, "Harbour Post", "Ann Lee", "the north quay will close in June for repairs"),
            _said(1, "Coast Herald", "Ben Ross", "ferry fares will rise by a tenth next spring")])
    cids = [cid for cid, keys in lk.claim_members.items() if any("quay" in lk.members[k].text or "fares" in lk.members[k].text
                                                                  for k in keys)]
    if len(cids) > 1:  # (the claim grouping chained the two remarks together, as a look-alike chain does)
        lk._merge_claims(cids)
    (cid,) = [cid for cid, keys in lk.claim_members.items() if any("quay" in lk.members[k].text for k in keys)]
    row = lk.claim_row(cid)
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"  # (the rule off for hashing)
    lk.t["claim_corroborates"] = 0.99
    row = lk.claim_row(cid)
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    assert "link.origin.named_apart" in row["origin_rules"]


def test_an_unread_speakers_words_in_a_clause_opened_by_who_is_said_are_hearsay() -> None:
    assert _word_opened_clause("It seems that the harbour master, who is ", "en")
    assert _word_opened_clause("Es heißt, dass der Hafenmeister, welcher ", "de")
    # (German's relative pronoun that is an article too opens one right after a comma)
    assert _word_opened_clause("Es heißt, dass der Hafenmeister, der ", "de")
    assert _word_opened_clause("Im Hafen liegen seit Tagen zwei Frachter, die ", "de")
    assert not _word_opened_clause("Im Hafen liegen seit Tagen zwei Frachter, ein ", "de")
    assert not _word_opened_clause("Der Hafenmeister sprach gestern mit dem Reeder über die ", "de")
    # (a comma or a conjunction opens no such clause: the analysis's own rules read those)
    assert not _word_opened_clause("The harbour master has been busy, ", "en")
    assert not _word_opened_clause("The harbour master was born in Tromsø and is ", "en")
    text = "It seems that the harbour master, who is said to have closed the north quay, wants a new post."
    at = text.index("said to")
    doc = {"text": text, "language": "en", "hedges": [{"start": at, "end": at + 7, "kind": "reportative"}]}
    m = _member("a", "d1", None)
    m.start, m.end, m.no_speaker = 0, len(text) - 1, True
    assert mark_hearsay(doc, [m])[0].hearsay
    # (an attribution with its speaker read, or an outlet's sentence, is not this rule's)
    m = _member("a", "d1", "Ann Lee")
    m.start, m.end = 0, len(text) - 1
    assert not mark_hearsay(doc, [m])[0].hearsay
