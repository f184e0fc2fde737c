""""found" and "called" with a plain noun phrase after them report nothing ("agents found 40 kilos
of cocaine hidden in a boat", "the station called the sheriff's office asking questions"); with a
clause ("found that …", "found the bridge was unsafe") they still report a claim
(`object_only_forms` of resources/en/cues.json; verbs._object_no_clause)."""

from attribution_helpers import en, joined_contents


def test_things_found_and_offices_phoned_are_no_claims() -> None:
    doc = en("Drugs seized\n\nCustoms agents found Sunday 90 pounds of heroin concealed inside a boat being pulled from the water.\n\n"
             "The radio station called the county sheriff's office asking questions about the raid.\n\n"
             "On Monday, neighbours walked into the woods where they found the missing dog.\n")
    got = joined_contents(doc)
    assert not any("heroin" in c for c in got)
    assert not any("sheriff" in c for c in got)
    assert not any("missing dog" in c for c in got)


def test_found_with_a_clause_is_a_claim() -> None:
    doc = en("Bridge report\n\nInspectors found on Monday the old bridge was unsafe for trucks.\n\n"
             "A county audit found that the agency had overspent by millions.\n")
    got = joined_contents(doc)
    assert any(c.startswith("the old bridge was unsafe") for c in got)
    assert any("the agency had overspent" in c for c in got)
