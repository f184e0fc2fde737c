"""English chain links of session 40 (issue 7), on sentences we wrote: rule `via.hosted_event` — a medium named
before the noun of an event it holds ("said at a Reuters summit", "at the Financial Times forum") is a link
of what was said there (`hosted_event_nouns` of resources/en/according.json); an event that names no medium
("a recent charity event") names no link."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, link_names, one, source_name


def test_a_quotation_at_an_event_a_news_agency_holds_goes_through_the_agency() -> None:
    doc = en_after_headline("“I think the pier will close,” port manager Ann Roe said at a Reuters summit in Oslo on Monday.")
    a = one(doc, "I think the pier will close")
    assert source_name(doc, a) == "Ann Roe" and link_names(a) == ["Reuters"]


def test_a_claim_at_a_forum_a_newspaper_holds_goes_through_the_newspaper() -> None:
    doc = en_after_headline("Ann Roe said at the Financial Times forum in Oslo that the pier would close.")
    a = one(doc, "the pier would close")
    assert link_names(a) == ["Financial Times"]


def test_an_event_of_no_medium_is_no_link() -> None:
    doc = en_after_headline("Ann Roe said at a recent charity event in Oslo that the pier would close.")
    assert link_names(one(doc, "the pier would close")) == []
