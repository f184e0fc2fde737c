"""A person whose given name is a country's or a state's ("Georgia Smith", "Chad Miller") is a person
source, while the country alone speaking is its government ("Israel said"): the resolver's country names
(countries.json) do not make a place of a person's name (session 29). Our own invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import en


def test_a_given_name_that_is_a_place_names_a_person_and_a_country_its_government() -> None:
    doc = en("Ferry plan wins support.\n\n"
             "Georgia Smith, the harbor director, said on Monday the ferry would run hourly. "
             "Chad Miller, a council member, said the plan was too costly.\n\n"
             "Israel said it would send a delegation.\n")
    types = {s.name: s.type for s in doc.sources}
    assert types.get("Georgia Smith") == "person" and types.get("Chad Miller") == "person"
    assert types.get("Israel") == "government"
