"""An interview's link goes on past quotations of many sentences (invented sentences): the gap to the
speaker's next claim is counted from where the quotation before ends (`+continued.past_quotation`) and
to where the next one begins (`+continued.long_quotation`), not from the first sentence of the one
before or to the cue after a long quotation; narration between still ends the occasion. A quotation after a
colon keeps the interview phrase that opens its sentence (`attr.direct.en.colon_subject+fronted_link`)."""

from __future__ import annotations

from tests.attribution_helpers import en, one


def _links(doc, needle: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(v.name, v.rule) for v in one(doc, needle).via]


def test_the_link_goes_on_after_an_untagged_quotation_of_many_sentences() -> None:
    doc = en('Mira Lane, a farmer, told the Harbor Ledger that the harvest had failed. "I saw the fields turn '
             'brown," she said. "The wheat died first. Then the corn went. Then the beans were gone. It was the '
             'worst year in memory." "Nobody could have planned for it," she continued.')
    assert _links(doc, "Nobody could have planned") == [("Harbor Ledger", "via.phrase+continued.past_quotation")]
    # (a sentence of narration after the quotation: another occasion, nothing carried)
    doc = en('Mira Lane, a farmer, told the Harbor Ledger that the harvest had failed. "I saw the fields turn '
             'brown," she said. "The wheat died first. Then the corn went. Then the beans were gone. It was the '
             'worst year in memory." The county sent no help. "Nobody could have planned for it," she continued.')
    assert _links(doc, "Nobody could have planned") == []


def test_the_link_goes_on_into_a_long_quotation_whose_cue_comes_last() -> None:
    doc = en("“It will be a hard winter, who knows?” Hale told the Harbor Ledger in an interview aired on Monday. "
             "“First, we have no coal. We have no wood either. The roads are closed. Nobody is coming. We are "
             "alone,” Hale said.")
    assert _links(doc, "First, we have no coal") == [("Harbor Ledger", "via.phrase+continued.long_quotation")]


def test_a_colon_quotation_keeps_the_interview_phrase_before_it() -> None:
    doc = en("In an interview with NBC News on June 3, Hale continued his criticism of the board: “We will take "
             "the harbour vote easily.”")
    a = one(doc, "We will take the harbour vote easily")
    assert a.rule == "attr.direct.en.colon_subject+fronted_link" and [v.name for v in a.via] == ["NBC News"]
    doc = en("Hale continued his criticism of the board: “We will take the harbour vote easily.”")
    a = one(doc, "We will take the harbour vote easily")
    assert a.rule == "attr.direct.en.colon_subject" and a.via == []
