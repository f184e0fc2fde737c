"""English source names (issue 7, session 25; sentences of our own): two bodies joined by "and"
are two sources even when the gazetteer lists one of them, while a listed name that holds the
"and" stays one; a person's bare name before an apposition is the source's name whatever names
the apposition holds; a venue after "on" is no part of a person's name."""

from __future__ import annotations

from tests.attribution_helpers import en, names, one, source_name


def test_a_listed_body_on_one_side_of_and_is_one_member_of_two() -> None:
    doc = en("The World Bank and European Union stressed that the loan terms would stay the same.")
    assert {"World Bank", "European Union"} <= set(names(doc))
    assert not any(" and " in n for n in names(doc))


def test_a_listed_name_that_holds_the_and_stays_one_source() -> None:
    doc = en("The Globe and Mail reported that the rail line would open in June.")
    assert "Globe and Mail" in " ".join(names(doc))
    assert "Mail" not in names(doc)


def test_a_bare_name_before_an_apposition_names_the_source() -> None:
    doc = en("“We are ready for the launch,” said Anna Kovac, CEO and Founder of Kovac Robotics Inc.")
    assert source_name(doc, one(doc, "We are ready for the launch")) == "Anna Kovac"
    doc = en("Dorn Ellery, a spokesman for Governor Tim Walsh, said the plan was flawed from the start.")
    assert source_name(doc, one(doc, "the plan was flawed")) == "Dorn Ellery"


def test_a_company_or_a_role_before_the_comma_is_not_read_as_a_bare_name() -> None:
    # (counter-example) a role title before the name still makes the person of that role
    doc = en("Press Secretary Dana Moll, who joined in May, said the office would reopen on Monday.")
    assert source_name(doc, one(doc, "the office would reopen")) == "Dana Moll"
    # (counter-example) a company's name before the comma is the company, not a person
    doc = en("Kovac Robotics Inc, a supplier of the agency, said the rover would ship in June.")
    assert "Kovac Robotics Inc" in names(doc)


def test_a_venue_after_on_is_no_part_of_a_persons_name() -> None:
    doc = en("“The race is over for the party now,” wrote Peter Lane on Hot Topics.")
    assert source_name(doc, one(doc, "The race is over")) == "Peter Lane"
    # (counter-example) "on" inside a body's own words is left alone
    doc = en("The Commission on Elections said the count would end on Friday.")
    assert "Peter Lane" not in names(doc) and any("Commission on Elections" in n for n in names(doc))
