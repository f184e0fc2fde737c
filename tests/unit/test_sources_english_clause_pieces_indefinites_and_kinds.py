"""English sources (invented sentences): a piece of a clause is no listed source, a noun phrase with a
postmodifier ("people briefed on …") is; an indefinite role ("a spokesman", "another witness") opens a
new source and says so in its mention, while repeated indefinites are one; a prince named by title is a
person a pronoun points at; a description of a business agrees with the kind its name tells
(`kinds.agree` of `kinds.firm_kinds_of_name`); a name written before is found as whole words only."""

from __future__ import annotations

from tests.attribution_helpers import en, one, source_name


def test_a_piece_of_a_clause_is_no_listed_source() -> None:
    doc = en("That’s more than what Councillor Ben Adler said the bridge would cost.")
    a = one(doc, "the bridge would cost")
    assert a.rule.endswith("+source.drop.clause")
    assert doc.sources == []


def test_noun_phrases_of_sources_with_a_postmodifier_stay_listed() -> None:
    doc = en("Three people briefed on the ferry plans said the harbour deal was close.\n\n"
             "A person familiar with the matter said the vote would come on Friday.")
    assert source_name(doc, one(doc, "the harbour deal was close")) is not None
    assert source_name(doc, one(doc, "the vote would come on Friday")) is not None


def test_an_indefinite_role_opens_a_new_source_but_repeated_indefinites_are_one() -> None:
    doc = en("The spokesman for the port said the ships were delayed. Later a spokesman said the trains would run.")
    assert source_name(doc, one(doc, "the ships were delayed")) is not None
    a, b = one(doc, "the ships were delayed"), one(doc, "the trains would run")
    assert a.source != b.source
    doc = en("An officer said the door was locked. An officer shouted that the room was empty.")
    assert one(doc, "the door was locked").source == one(doc, "the room was empty").source
    assert [s.name for s in doc.sources] == ["officer"]


def test_another_witness_is_someone_new_and_a_second_indefinite_is_marked() -> None:
    doc = en("A witness said the van was grey. Another witness said the van was green. "
             "The witness said it drove north.")
    grey, green, north = (one(doc, n) for n in ("the van was grey", "the van was green", "it drove north"))
    assert grey.source != green.source
    assert north.source == green.source  # (the bare mention means the newest of that kind)
    # "The spokesman … . A spokesman …": the indefinite opens a new source, and its mention says why
    doc = en("The spokesman said the depot would close. Later a spokesman said it would stay open.")
    shut, stay = one(doc, "the depot would close"), one(doc, "it would stay open")
    assert shut.source != stay.source
    assert [m.rule.endswith("+new.indefinite") for m in doc.mentions if m.source == stay.source] == [True]


def test_a_prince_named_by_title_is_a_person_a_pronoun_points_at() -> None:
    doc = en("Prince Edmund arrived in Oslo on Monday for a visit to the harbour.\n\n"
             "He said the visit was private and would end on Friday.")
    assert source_name(doc, one(doc, "the visit was private")) == "Edmund"


def test_a_description_of_a_business_agrees_with_the_kind_its_name_tells() -> None:
    from sourcetrace.steps.sources.kinds import agree, firm_kinds_of_name

    assert agree({"bank"}, firm_kinds_of_name(["Acme", "Bank"], "en"))
    assert agree({"bank"}, firm_kinds_of_name(["Acme"], "en"))  # (a name that tells no kind)
    assert not agree({"bank"}, firm_kinds_of_name(["Harbor", "Records"], "en"))
    assert agree({"label"}, firm_kinds_of_name(["Harbor", "Records"], "en"))
    assert agree(set(), firm_kinds_of_name(["Harbor", "Records"], "en"))  # (a description of no kind)


def test_a_name_written_before_is_found_as_whole_words_only() -> None:
    from sourcetrace.document import Document, Source
    from sourcetrace.steps.sources.admit import _person_written_before
    from sourcetrace.steps.sources.registry import Registry

    text = "Anna Bergmann spoke first. Then the teacher spoke."
    reg = Registry(Document(text=text))
    src = Source("s1", "Anna Berg", "person", "source.person")
    reg.sources.append(src)
    reg.by_id["s1"] = src
    reg.person_tokens["s1"] = {"anna", "berg"}
    assert _person_written_before(reg.doc, reg, text.index("the teacher"), "f") is None
    reg.doc.text = "Anna Berg spoke first. Then the teacher spoke."
    assert _person_written_before(reg.doc, reg, reg.doc.text.index("the teacher"), "f") == "s1"
