"""English attribution of session 40 (issue 7), on sentences we wrote: rule `attr.filter.en.as_coordinated` — an
as-clause after what is said names its speaker only with one verb of saying ("…, as the Harbor Ledger first
reported", "…, as Mayor Tom Hale has said"); two coordinated acts ("…, as the crowd laughed and applauded") make
it a clause of circumstance, and its subject no speaker."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, names, one, source_name


def test_a_crowd_that_laughed_and_applauded_is_no_speaker() -> None:
    doc = en_after_headline("“Will the ferry run?” asked the boy, as the crowd laughed and applauded.")
    assert "crowd" not in names(doc)
    assert not any(a.rule.startswith("attr.indirect.en.wie") for a in doc.attributions)


def test_an_as_clause_with_one_verb_of_saying_still_names_the_speaker() -> None:
    doc = en_after_headline("The pier will close in May, as Mayor Tom Hale has said.")
    a = one(doc, "The pier will close in May")
    assert source_name(doc, a) == "Tom Hale" and a.rule == "attr.indirect.en.wie"
