"""English sources (issue 7, session 19; sentences of our own): one source per real-world source —
a surname of a speech act that claims nothing is the person the text names in full, an acronym is
the body whose full name the text writes; a body named by its office, authority or bureau is a
government body; a test's result is no listed source; an open question claims nothing."""

from __future__ import annotations

from tests.attribution_helpers import en, names, source_name, source_types

from sourcetrace.steps.sources.acronyms import expansion


def test_a_surname_that_only_cites_is_the_person_named_in_full() -> None:
    doc = en('"The new levy will ruin us," Ludo Varrick said at the rally. In his speech, Varrick cited '
             "a 2019 audit by the county. It says that the pier is unsafe.")
    assert source_types(doc) == {"Ludo Varrick": "person"}
    pier = next(a for a in doc.attributions if doc.text[a.content[0].start : a.content[0].end].startswith("that the pier"))
    assert pier.source is None  # "It" is no person: the audit, not Varrick
    # (counter-example) a surname the text never writes in full stays a name of its own
    doc = en("Varrick cited a 2019 audit. Ann Lee said that the pier was unsafe.")
    assert "Ann Lee" in source_types(doc) and "Varrick" not in source_types(doc)


def test_an_acronym_is_the_body_its_full_name_names() -> None:
    doc = en("The Vellish Centre for Harbour Safety said that the pier was unsafe. Later the CHS said that "
             "the ferry would stop.")
    assert names(doc) == ["Vellish Centre for Harbour Safety"]
    assert all(a.source == doc.sources[0].id for a in doc.attributions)
    assert any(a.rule.endswith("+source.merge.acronym") for a in doc.attributions)
    # the full name written only elsewhere: an alias, and the type of its head
    doc = en("Harbour officials spoke on Monday. The HSA said that the pier was unsafe. The Harbour Safety "
             "Administration has 40 staff.")
    (src,) = doc.sources
    assert (src.name, src.type) == ("HSA", "government") and "Harbour Safety Administration" in src.aliases
    assert src.rule.endswith("+source.type.acronym")
    # (counter-example) no full name in the text: the acronym stays as it is, untyped
    doc = en("The HSA said that the pier was unsafe.")
    assert source_types(doc) == {"HSA": "unnamed"}


def test_the_full_name_of_an_acronym() -> None:
    text = ("The Vellish Centre for Harbour Safety and Rescue met. Ferry and Port Authority Director Ann "
            "Lee spoke. The Office of the HSA Board met.")
    assert expansion(text, "CHS", "en") == "Vellish Centre for Harbour Safety and Rescue"
    assert expansion(text, "FPA", "en") == "Ferry and Port Authority"  # (the name ends before a role and a name)
    assert expansion(text, "OHB", "en") is None  # another acronym inside is no full name
    assert expansion(text, "Ferry", "en") is None


def test_bodies_named_by_office_authority_or_bureau_are_government() -> None:
    assert source_types(en("The Office of Harbour Safety said that the pier was unsafe.")) == {"Office of Harbour Safety": "government"}
    assert source_types(en("The port authority said that the pier was unsafe.")) == {"port authority": "government"}
    assert source_types(en("The Census Bureau said that the town had grown.")) == {"Census Bureau": "government"}


def test_a_result_of_tests_is_no_listed_source() -> None:
    doc = en("Blood tests revealed that the man had eaten the berries.")
    assert names(doc) == [] and all(a.source is None for a in doc.attributions)  # (no claim at all, or one of no one)
    doc = en("Three cuts to the budget followed. The cuts showed that the council was short of money.")
    assert names(doc) == [] and all(a.rule.endswith("+source.drop.thing") for a in doc.attributions)
    # (counter-example) a body that speaks stays
    assert names(en("The Harbour Board revealed that the pier was unsafe.")) == ["Harbour Board"]


def test_an_open_question_claims_nothing() -> None:
    assert en("Some residents are questioning whether the new levy goes too far.").attributions == []
    doc = en("The mayor said that the levy was fair. Critics wondered whether the council had read the audit.")
    assert [s.name for s in doc.sources] == ["mayor"] and len(doc.attributions) == 1
    # (counter-example) after a plain verb of saying, a whether-clause may be the subject of a claim
    doc = en("Ann Lee said whether the ferry runs in May depends on the vote.")
    assert names(doc) == ["Ann Lee"] and len(doc.attributions) == 1


def test_an_acronym_after_a_country_adjective_is_the_body_named_in_full() -> None:
    doc = en("The Vellish Centre for Harbour Safety said that the pier was unsafe. The ferry stopped. The "
             "Vellish CHS has said that the ferry would run again in May.")
    assert names(doc) == ["Vellish Centre for Harbour Safety"]


def test_a_rank_before_a_name_is_the_role() -> None:
    for text in ['"I enjoyed the drill," said Air Force 1st Lt. Tobin Marsh, who serves in Vell.',
                 '"I enjoyed the drill," said Army Sgt. Tobin Marsh.',
                 "Lt. Col. Tobin Marsh said that the drill went well."]:
        doc = en(text)
        assert source_types(doc) == {"Tobin Marsh": "person"}, text
        assert doc.sources[0].role


def test_a_body_whose_name_goes_on_with_for() -> None:
    for text in ["According to the Centre for Harbour Safety (CHS) in Vell, the pier is unsafe.",
                 "According to the Office for Port Statistics, the pier is unsafe."]:
        doc = en(text)
        assert names(doc)[0] in ("Centre for Harbour Safety", "Office for Port Statistics"), text
    # (counter-example) 'for' after a person's name or a lower-case noun opens no name
    doc = en("According to the minister for Harbours, the pier is unsafe.")
    assert names(doc) != ["minister for Harbours"]


def test_the_outlet_described_is_the_outlet_named_before() -> None:
    doc = en('"The pier is unsafe," a harbour official told the Vell Ledger. The ferry will stop in May, '
             "according to the newspaper.")
    ferry = next(a for a in doc.attributions if doc.text[a.content[0].start : a.content[0].end].startswith("The ferry"))
    assert source_name(doc, ferry) == "Vell Ledger"
    assert ferry.rule.endswith("+source.merge.outlet_description")
    assert "newspaper" not in names(doc)
    # (counter-example) no outlet named before: the description stays as it is
    doc = en("The ferry will stop in May, according to the newspaper.")
    assert names(doc) == ["newspaper"]


def test_a_person_and_their_team_is_the_person() -> None:
    doc = en("Ann Lee studies the moons of Vell. Lee and her team reported that they found water on the moon.")
    assert names(doc) == ["Ann Lee"] and doc.attributions[0].rule.endswith("+source.team_leader")
    doc = en("Dr. Ann Lee and her colleagues found that the moon holds water.")
    assert names(doc) == ["Ann Lee"]
    # (counter-example) two persons named stay two
    assert names(en("Ann Lee and Tom Reed said that the moon holds water.")) == ["Ann Lee", "Tom Reed"]


def test_one_article_before_two_roles_describes_one_person() -> None:
    doc = en("Tom Reed played in Vell on Monday. After the show, the drummer and pianist told the crowd "
             "that the tour would go on.")
    assert names(doc) == ["Tom Reed"]
    # (counter-example) a second article makes two
    assert len(names(en("The mayor and the governor said that the pier would open in May."))) == 2


def test_a_first_name_alone_is_the_person_the_text_names_in_full() -> None:
    doc = en('The label fought with Tarla Vane for months. "I just want to sing my songs," Tarla said on Friday.')
    assert names(doc) == ["Tarla Vane"] and doc.sources[0].rule == "source.name_in_text"
    doc = en("The doctor Wu Jinfeng treated the man. Wu explained that the man had eaten the rabbit.")
    assert names(doc) == ["Wu Jinfeng"]
    # (counter-examples) a body's name is no first and last name; a first name with two surnames is no one's
    doc = en("The White House said on Monday that the pier was unsafe. White said that the ferry would stop.")
    assert "White" in names(doc)
    doc = en("Tarla Vane met Tarla Dunn. Tarla said that the ferry would stop.")
    assert names(doc) == ["Tarla"]


def test_a_first_name_with_a_capital_inside() -> None:
    doc = en('DeShawn Marsh scored 30 points. "We played well," Marsh said.')
    assert source_types(doc) == {"DeShawn Marsh": "person"}


def test_a_surname_after_lower_case_modifiers_is_the_person() -> None:
    doc = en('Tobin Varrick beat Ed Lund on Sunday. "I played well," the 14th-ranked Varrick said.')
    assert names(doc) == ["Tobin Varrick"]
    doc = en('Tobin Varrick beat Ed Lund on Sunday. "I played well," the veteran Varrick said.')
    assert names(doc) == ["Tobin Varrick"]
    # (counter-example) a surname the text never writes in full keeps its description
    doc = en('"I played well," the veteran Varrick said.')
    assert names(doc) == ["veteran Varrick"]
