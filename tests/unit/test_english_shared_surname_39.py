"""English sources of session 39 (issue 7), written as sentences of our own: two given names joined before one
surname ("Tom and Ada Ness", "the mill's historians, Paul and Ada Lindqvist") name two persons of one family, each
with that surname (rule `source.coordination.person+shared_surname`; the given names of resources/en/gender.json);
two full names keep their own surnames."""

from __future__ import annotations

from tests.attribution_helpers import en, names, one, source_name


def test_two_given_names_and_one_surname_are_two_persons() -> None:
    doc = en("The old mill closed in 1921.\n\nTom and Ada Ness said the work at the looms was hard.\n")
    assert {"Tom Ness", "Ada Ness"} <= set(names(doc))
    assert not any(n.startswith("Tom and") for n in names(doc))
    assert any(s.rule == "source.coordination.person+shared_surname" for s in doc.sources)


def test_a_description_then_two_given_names_and_one_surname() -> None:
    doc = en("The old mill closed in 1921.\n\nThe mill's historians, Paul and Ada Lindqvist, wrote that the owners "
             "never paid a fair wage.\n")
    assert {"Paul Lindqvist", "Ada Lindqvist"} <= set(names(doc))
    assert source_name(doc, one(doc, "never paid a fair wage")) == "Paul Lindqvist"


def test_two_full_names_keep_their_own_surnames() -> None:
    doc = en("The old mill closed in 1921.\n\nTom Ness and Ada Wolk said the work at the looms was hard.\n")
    assert {"Tom Ness", "Ada Wolk"} <= set(names(doc))
    assert not any(s.rule.endswith("+shared_surname") for s in doc.sources)
