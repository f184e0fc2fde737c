"""English source names (issue 7, session 25; sentences of our own): two bodies joined by "and"
are two sources even when the gazetteer lists one of them, while a listed name that holds the
"and" stays one; a person's bare name before an apposition is the source's name whatever names
the apposition holds; a venue after "on" is no part of a person's name."""

from __future__ import annotations

from tests.attribution_helpers import en, names, one, source_name, source_text


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


def test_an_english_dateline_is_no_part_of_the_first_claim() -> None:
    doc = en("WASHINGTON (Reuters) — The city will build a new tram line by 2028, the mayor said on Tuesday.")
    a = one(doc, "The city will build")
    assert doc.text[a.content[0].start : a.content[0].end].startswith("The city will build")
    assert a.rule.endswith("+past_dateline")
    doc = en("LA CROSSE, Wis. — The ferry will stop running in October, a spokeswoman said.")
    a = one(doc, "The ferry will stop")
    assert doc.text[a.content[0].start : a.content[0].end].startswith("The ferry")
    # (counter-example) a capitalised name and a dash inside the claim are no dateline
    doc = en("Anna Berg — who led the count — will step down in June, the party said.")
    a = one(doc, "will step down")
    assert doc.text[a.content[0].start : a.content[0].end].startswith("Anna Berg")


def test_an_initial_after_a_common_noun_names_no_one() -> None:
    from sourcetrace.steps.sources.naming import initial_full_name

    doc = en("The council has a fallback that staff call Plan B. The mayor said it would cost more.")
    assert initial_full_name(doc, "B") is None
    # (counter-example) a given name before the initial is a person shortened so
    doc = en("A witness, Kevin M., said he saw the crash. M. said the noise was loud.")
    assert initial_full_name(doc, "M") == "Kevin M."


def test_without_a_parse_the_name_before_the_interview_phrase_is_its_subject() -> None:
    from sourcetrace.steps.attribution.context import Context
    from sourcetrace.steps.attribution.frames import _subject_of_link

    for text in ("That was the view Anna Berg gave in an interview with the Ledger on Friday.",
                 "That was the view Anna Berg gave during an interview with the Ledger on Friday."):
        doc = en(text)
        doc.syntax = []  # (the fallback: a sentence the parse did not cover)
        sp = _subject_of_link(Context(doc), doc.sentences[0])
        assert sp is not None and doc.text[sp.start : sp.end] == "Anna Berg"
    # (counter-example) a verb phrase, no name, before the preposition
    doc = en("That was what the mayor said in an interview with the Ledger on Friday.")
    doc.syntax = []
    assert _subject_of_link(Context(doc), doc.sentences[0]) is None


def test_a_description_of_a_business_is_the_business_named_before() -> None:
    doc = en("Harbor Equities said on Monday that it had cut its forecast for the port. Growth will slow "
             "next year, the brokerage said in a note to clients.")
    a = one(doc, "Growth will slow")
    assert source_name(doc, a) == "Harbor Equities" and a.rule.endswith("+source.merge.firm_description")
    assert "brokerage" not in names(doc)
    doc = en("Mary Lowe Productions said the show had been filmed in Ohio. Anna Berg said the tour would "
             "go on. The production company said the tickets would be refunded.")
    assert source_name(doc, one(doc, "the tickets would be refunded")) == "Mary Lowe Productions"


def test_a_description_of_a_business_is_no_person_named_before() -> None:
    # (counter-example) only persons are named before: the description stays a source of its own
    doc = en("Anna Berg said the plant would close. The company said the workers would be paid until May.")
    a = one(doc, "the workers would be paid")
    assert source_text(doc, a) == "The company"
    assert "merge.firm_description" not in a.rule


def test_two_names_after_a_description_are_two_sources() -> None:
    doc = en("Two members of the council from Ohio, Mary Lowe and Tom Briggs, have said they will not back the bill.")
    assert {"Mary Lowe", "Tom Briggs"} <= set(names(doc))
    # (counter-example) a description after the comma is no name: no member is split off
    doc = en("Two members of the council, Mary Lowe and the mayor of Dayton, said the bill was unfair.")
    assert "Mary Lowe" not in names(doc)


def test_a_time_between_the_cue_and_that_opens_no_new_clause() -> None:
    doc = en("The union argued for years that the mine was unsafe for its workers.")
    a = one(doc, "the mine was unsafe")
    assert source_name(doc, a) == "union" or source_name(doc, a) == "The union"
    doc = en("Anna Berg said earlier this week that she would run for the seat again.")
    assert source_name(doc, one(doc, "she would run for the seat")) == "Anna Berg"
    # (counter-example) a noun phrase between the cue and "that" is no time of the cue
    doc = en("The mayor praised the plan on Monday that the council had drafted in May.")
    assert not [a for a in doc.attributions if "the council had drafted" in doc.text[a.content[0].start : a.content[-1].end]]


def test_a_noun_like_cue_form_closing_the_sentence_after_its_subject_is_a_tag() -> None:
    doc = en("Prices rose by two percent in May, the bank reports.")
    assert source_name(doc, one(doc, "Prices rose by two percent")) == "bank"
    # (counter-example) reports after a preposition are a source's noun, not a tag
    doc = en("The fighting went on for a week, according to local reports.")
    a = one(doc, "The fighting went on")
    assert a.mode == "according_to"


def test_a_claim_the_author_opens_with_and_before_its_tag_is_kept() -> None:
    doc = en("The moon may hide an ocean. And prices rose by two percent in May, the bank said.")
    assert source_name(doc, one(doc, "prices rose by two percent")) == "bank"
    # (counter-example) a verb after the cue that shares its object reports nothing
    doc = en("The guards found and freed the boy on Monday.")
    assert not doc.attributions


def test_a_bound_and_a_number_open_the_reported_clause_not_an_adverbial() -> None:
    doc = en("The fire brigade reported at least 40 houses were flooded in the lower town.")
    assert source_name(doc, one(doc, "40 houses were flooded")) in ("fire brigade", "The fire brigade")
    # (counter-example) a preposition and a noun after the cue are what the talk was about
    doc = en("The mayor spoke about a plan for the harbor on Monday.")
    assert not doc.attributions


def test_an_acronym_and_a_dash_that_open_the_claim_are_no_dateline() -> None:
    # a lower-case word after the dash: the acronym is the claim's subject, no place of a dateline
    doc = en("NATO – not the European Union – must act now, the minister said.")
    a = one(doc, "must act now")
    assert doc.text[a.content[0].start : a.content[0].end].startswith("NATO")
    assert "+past_dateline" not in a.rule


def test_a_plural_before_a_closing_reports_is_no_tag() -> None:
    # "both …", "two …" take "report", not "reports": a noun phrase in apposition, no speaker
    doc = en("He cited two sources, both local news reports.")
    assert not [a for a in doc.attributions if any("cited two sources" in doc.span_text(c) for c in a.content)]
    doc = en("The deal is dead, the union claims.")
    assert source_name(doc, one(doc, "The deal is dead")) == "union"


def test_a_name_that_opens_with_a_digit_before_a_closing_reports_is_a_tag() -> None:
    # "3M" is a company's name, no number of a plural: its "reports" is the tag
    doc = en("Profits rose five percent, 3M reports.")
    assert source_name(doc, one(doc, "Profits rose five percent")) == "3M"
    # (counter-example) a number of a plural still takes "report", not "reports"
    doc = en("He cited several findings, 12 new reports.")
    assert not [a for a in doc.attributions if any("cited several findings" in doc.span_text(c) for c in a.content)]


def test_a_dateline_before_a_lower_case_word_is_still_a_dateline() -> None:
    # one dash, no pair: the place before it is the dateline ("NATO – not … – must" keeps its subject)
    doc = en("Markets\n\nNEW YORK — stocks fell sharply on Monday, traders said.")
    a = one(doc, "stocks fell sharply")
    assert doc.span_text(a.content[0]).startswith("stocks")
    assert "+past_dateline" in a.rule
