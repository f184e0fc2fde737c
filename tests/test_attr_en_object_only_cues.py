""""found" and "called" with a plain noun phrase after them report nothing ("agents found 40 kilos
of cocaine hidden in a boat", "the station called the sheriff's office asking questions"); with a
clause ("found that …", "found the bridge was unsafe"), a text or a finding for a subject, or as a
demand or a label ("called for …", "called her a liar") they still report a claim
(`object_only_forms`, `object_only_naming` of resources/en/cues.json; verbs._object_no_clause)."""

from tests.attribution_helpers import en, joined_contents

import sourcetrace


def test_things_found_are_no_claims() -> None:
    doc = en("Drugs seized\n\nCustoms agents found Sunday 90 pounds of heroin concealed inside a boat being pulled from the water.\n\n"
             "On Monday, neighbours walked into the woods where they found the missing dog.\n\n"
             "The radio station called the county sheriff's office asking questions about the raid.\n")
    got = joined_contents(doc)
    assert not any("heroin" in c for c in got)
    assert not any("missing dog" in c for c in got)
    assert not any("sheriff" in c for c in got)


def test_called_for_and_called_her_a_name_stay_claims() -> None:
    # (PolNeAR's conventions count a demand and a label as attributions; the default style does not)
    doc = sourcetrace.analyze("Council row\n\nTwo councillors have called for the harbor master to resign at once.\n\n"
             "The mayor called her rival a coward in a radio interview.\n", date="2024-10-13", lang="en", conventions="polnear")
    got = joined_contents(doc)
    assert any("the harbor master to resign" in c for c in got)
    assert any("a coward" in c for c in got)


def test_found_with_a_clause_is_a_claim() -> None:
    doc = en("Bridge report\n\nInspectors found on Monday the old bridge was unsafe for trucks.\n\n"
             "A county audit found that the agency had overspent by millions.\n")
    got = joined_contents(doc)
    assert any(c.startswith("the old bridge was unsafe") for c in got)
    assert any("the agency had overspent" in c for c in got)
