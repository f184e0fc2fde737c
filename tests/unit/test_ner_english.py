"""The English entity model (`SyntaxParser.english_entities`, `model.ner_en_uner.v1`): off by
default and not shipped; the queries and the source typing it feeds, with entities set by hand,
and the model itself when it is built into the package (skipped otherwise). Invented sentences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcetrace.document import Document, Entity, Source, Span
from sourcetrace.pipeline import Pipeline
from sourcetrace.registry import create
from sourcetrace.steps.syntax import MODELS, NER_EN, SyntaxParser, english_person_in, has_model, type_by_entities

EN = MODELS[NER_EN]
STEPS = ("segment.rules.v1", "sentences.rules.v1", "syntax.v1")
needs_model = pytest.mark.skipif(not has_model(NER_EN), reason="the English entity model is not in this package")


@pytest.fixture
def entities_on() -> Iterator[None]:
    SyntaxParser.english_entities = True
    try:
        yield
    finally:
        SyntaxParser.english_entities = False


@pytest.fixture
def entities_off() -> Iterator[None]:
    SyntaxParser.english_entities = False
    try:
        yield
    finally:
        SyntaxParser.english_entities = False


def at(doc: Document, words: str) -> Span:
    start = doc.text.index(words)
    return Span(start, start + len(words))


def test_option_is_off_by_default() -> None:
    assert SyntaxParser.english_entities is False
    assert EN == "model.ner_en_uner.v1"


def test_person_in_a_mention_is_the_one_person_entity_inside_it() -> None:
    doc = Document(text="Talia Brennick for most of the season was quiet, her coach said.", name="t", language="en")
    whole = at(doc, "Talia Brennick for most of the season")
    doc.entities = [Entity(at(doc, "Talia Brennick"), "PER", EN)]
    person = english_person_in(doc, whole)
    assert person is not None and doc.span_text(person) == "Talia Brennick"


def test_no_person_for_a_possessive_a_single_word_or_part_of_a_longer_name() -> None:
    doc = Document(text="Talia Brennick’s office and Brennick and Dean Talia Brennick said so.", name="t", language="en")
    doc.entities = [Entity(at(doc, "Talia Brennick"), "PER", EN)]
    assert english_person_in(doc, at(doc, "Talia Brennick’s office")) is None  # the office, not the person
    doc.entities = [Entity(Span(28, 36), "PER", EN)]
    assert english_person_in(doc, Span(24, 36)) is None  # one word: "Russians", "Deadline" may look alike
    start = doc.text.index("Dean Talia")
    doc.entities = [Entity(Span(start + 5, start + 19), "PER", EN)]
    assert english_person_in(doc, Span(start, start + 19)) is None  # the model cut a capitalised run


def test_no_person_when_two_entities_or_not_a_person_or_another_model() -> None:
    doc = Document(text="Talia Brennick and Vorland Freight said so.", name="t", language="en")
    whole = at(doc, "Talia Brennick and Vorland Freight")
    doc.entities = [Entity(at(doc, "Talia Brennick"), "PER", EN), Entity(at(doc, "Vorland Freight"), "ORG", EN)]
    assert english_person_in(doc, whole) is None
    doc.entities = [Entity(at(doc, "Vorland Freight"), "ORG", EN)]
    assert english_person_in(doc, whole) is None
    doc.entities = [Entity(at(doc, "Talia Brennick"), "PER", MODELS["ner_de_germeval"])]
    assert english_person_in(doc, whole) is None
    doc.entities = [Entity(at(doc, "Talia Brennick"), "PER", EN)]
    assert english_person_in(doc, at(doc, "Brennick and Vorland")) is None  # the entity runs out of the mention


def test_english_entities_type_sources_with_the_model_id() -> None:
    doc = Document(text="Talia Brennick said so. Vorland Freight said no. Russians said yes.", name="t", language="en")
    doc.sources = [Source("s1", "Talia Brennick", "unnamed", "source.unnamed", mentions=[at(doc, "Talia Brennick")]),
                   Source("s2", "Vorland Freight", "person", "source.person", mentions=[at(doc, "Vorland Freight")]),
                   Source("s3", "Russians", "unnamed", "source.unnamed", mentions=[at(doc, "Russians")])]
    doc.entities = [Entity(at(doc, "Talia Brennick"), "PER", EN), Entity(at(doc, "Vorland Freight"), "ORG", EN),
                    Entity(at(doc, "Russians"), "PER", EN)]
    type_by_entities(doc)
    assert [s.type for s in doc.sources] == ["person", "person", "unnamed"]  # one word is no name
    assert doc.sources[0].rule == f"source.unnamed+{EN}.person"
    assert doc.sources[1].rule == "source.person"


def test_only_a_whole_mention_entity_types_a_source() -> None:
    doc = Document(text="Talia Brennick supporters said so.", name="t", language="en")
    doc.sources = [Source("s1", "Talia Brennick supporters", "unnamed", "source.unnamed", mentions=[at(doc, "Talia Brennick supporters")])]
    doc.entities = [Entity(at(doc, "Talia Brennick"), "PER", EN)]
    type_by_entities(doc)
    assert doc.sources[0].type == "unnamed"


def test_german_entities_keep_their_rule_suffix() -> None:
    doc = Document(text="Xaver Yberle sagte, es sei vorbei.", name="t", language="de")
    doc.sources = [Source("s1", "Xaver Yberle", "unnamed", "source.unnamed", mentions=[Span(0, 12)])]
    doc.entities = [Entity(Span(0, 12), "PER", MODELS["ner_de_germeval"])]
    type_by_entities(doc)
    assert doc.sources[0].rule == "source.unnamed+ner.person"


def test_off_adds_no_english_entities(entities_off: None) -> None:
    doc = Pipeline([create(n) for n in STEPS])(
        Document(text="Marguerite Ollendorf, who chairs Tessaly Holdings, said the deal was dead.", name="t", language="en"))
    assert doc.syntax and doc.entities == []


@needs_model
def test_model_entities_carry_its_rule_and_lie_on_words(entities_on: None) -> None:
    text = "Marguerite Ollendorf, who chairs Tessaly Holdings in Denver, said on Tuesday that the deal was dead."
    doc = Pipeline([create(n) for n in STEPS])(Document(text=text, name="t", language="en"))
    for e in doc.entities:
        word = doc.span_text(e.span)
        assert e.rule == EN and e.label in ("PER", "ORG", "LOC")
        assert word == word.strip() != "" and word[:1].isupper()


@needs_model
def test_sentence_without_cue_is_not_tagged(entities_on: None) -> None:
    doc = Pipeline([create(n) for n in STEPS])(
        Document(text="Marguerite Ollendorf has lived in Denver for many years.", name="t", language="en"))
    assert doc.entities == []


class _Entities:
    """Puts given English entities on the document, as the model would (no model needed)."""

    name = "test.entities"
    requires = ("syntax",)
    assigns = ("entities",)

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def __call__(self, doc: Document) -> None:
        doc.entities = sorted((Entity(at(doc, w), lab, EN) for w, lab in self.names.items()),  # type: ignore[arg-type]
                              key=lambda e: e.span.start)


def sources_with(text: str, names: dict[str, str]) -> list[Source]:
    steps = [create(n) for n in STEPS] + [_Entities(names)] + [create(n) for n in ("attribution.rules.v1",)]
    return Pipeline(steps)(Document(text=text, name="t", language="en")).sources  # type: ignore[list-item]


def test_a_mention_of_no_type_is_cut_to_the_person_inside_it(entities_off: None) -> None:
    text = "Ellis Varga for the last year has claimed that the plan was dead."
    before = sources_with(text, {})
    assert [(s.name, s.type) for s in before] != [("Ellis Varga", "person")]
    after = sources_with(text, {"Ellis Varga": "PER"})
    assert [(s.name, s.type) for s in after] == [("Ellis Varga", "person")]
    assert after[0].rule == f"source.person+{EN}"
