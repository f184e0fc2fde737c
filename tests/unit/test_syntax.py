"""Step syntax.v1: the shipped parser and NER models, spans, sentence selection and the queries."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import parsed

from sourcetrace.document import Document, Entity, Source, Span
from sourcetrace.pipeline import Pipeline
from sourcetrace.registry import DEFAULT_STEPS, create
from sourcetrace.steps.syntax import (
    MODELS,
    entity_at,
    subject_finder,
    subject_of,
    type_by_entities,
    words_in,
)

PIPE_TOKENS = Pipeline([create(n) for n in ("segment.rules.v1", "sentences.rules.v1")])
PIPE = Pipeline([create(n) for n in ("segment.rules.v1", "sentences.rules.v1", "syntax.v1")])


def run(text: str, language: str) -> Document:
    doc = Document(text=text, name="t", language=language)
    return PIPE(doc)


def cue(doc: Document, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return Span(start, start + len(word))


def test_step_is_default_and_declares_layers() -> None:
    assert "syntax.v1" in DEFAULT_STEPS
    step = create("syntax.v1")
    assert step.requires == ("segments", "sentences", "tokens")
    assert set(step.assigns) == {"syntax", "entities"}


def test_english_words_are_offsets_into_untouched_text() -> None:
    text = "  The   minister   said on Monday:  “We will not resign.”\nIt rained all day long."
    doc = run(text, "en")
    assert doc.syntax, "the cue sentence is parsed"
    for t in doc.syntax:
        assert doc.text[t.span.start : t.span.end].strip() == doc.text[t.span.start : t.span.end] != ""
        assert doc.syntax[t.head].sentence == t.sentence
        assert t.rule == MODELS["syntax_en_ewt"]
    words = [doc.span_text(t.span) for t in doc.syntax]
    assert "minister" in words and "said" in words
    # the sentence without cue, quote or according-to word is left alone
    assert "rained" not in words
    for i in range(len(doc.syntax)):  # every head chain ends at a root of the same sentence
        seen = set()
        while doc.syntax[i].head != i:
            assert i not in seen
            seen.add(i)
            i = doc.syntax[i].head


def test_subject_of_speech_verb() -> None:
    doc = run("The spokeswoman for the ministry said that the talks had failed.", "en")
    sub = subject_of(doc, cue(doc, "said"))
    assert sub is not None and doc.span_text(sub) == "The spokeswoman for the ministry"


def test_subject_is_never_the_addressee_nor_a_fronted_adverbial() -> None:
    doc = run("Indeed, the senator told reporters that the bill would pass.", "en")
    sub = subject_of(doc, cue(doc, "told"))
    assert sub is not None and doc.span_text(sub) == "the senator"


def test_pronoun_subject() -> None:
    doc = run("He said the plan was dead.", "en")
    sub = subject_of(doc, cue(doc, "said"))
    assert sub is not None and doc.span_text(sub) == "He"


def test_queries_without_syntax_layer_answer_none() -> None:
    doc = Document(text="She said so.", name="t", language="en")
    assert subject_of(doc, Span(4, 8)) is None
    assert words_in(doc, Span(0, 12)) == []
    assert entity_at(doc, Span(0, 3)) is None


def test_german_entities() -> None:
    text = "Bundeskanzlerin Angela Merkel sagte am Montag in Berlin, die Vereinten Nationen müssten handeln."
    doc = run(text, "de")
    labels = {(doc.span_text(e.span), e.label) for e in doc.entities}
    assert ("Angela Merkel", "PER") in labels
    assert ("Berlin", "LOC") in labels
    assert all(e.rule == MODELS["ner_de_germeval"] for e in doc.entities)
    person = entity_at(doc, cue(doc, "Angela Merkel"))
    assert person is not None and person.label == "PER"


def test_german_sentence_without_cue_is_not_tagged() -> None:
    doc = run("Angela Merkel wohnt seit vielen Jahren in Berlin.", "de")
    assert doc.entities == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_empty_and_odd_input(language: str) -> None:
    assert run("", language).syntax == []
    doc = run("„\n“ said –", language)
    assert all(0 <= t.span.start < t.span.end <= len(doc.text) for t in doc.syntax)


def test_relative_pronoun_stands_for_its_noun() -> None:
    doc = parsed("the ministry, which said no", [
        ("the", "DET", "det", 1), ("ministry", "NOUN", "root", 1), (",", "PUNCT", "punct", 1),
        ("which", "PRON", "nsubj", 4), ("said", "VERB", "acl:relcl", 1), ("no", "INTJ", "obj", 4)])
    sub = subject_of(doc, cue(doc, "said"))
    assert sub is not None and doc.span_text(sub) == "the ministry"


def test_passive_agent_and_participle_clause() -> None:
    doc = parsed("it was said by the minister , adding more", [
        ("it", "PRON", "nsubj:pass", 2), ("was", "AUX", "aux:pass", 2), ("said", "VERB", "root", 2),
        ("by", "ADP", "case", 5), ("the", "DET", "det", 5), ("minister", "NOUN", "obl:agent", 2),
        (",", "PUNCT", "punct", 7), ("adding", "VERB", "advcl", 2), ("more", "ADJ", "obj", 7)])
    sub = subject_of(doc, cue(doc, "said"))
    assert sub is not None and doc.span_text(sub) == "the minister"
    sub = subject_of(doc, cue(doc, "adding"))
    assert sub is not None and doc.span_text(sub) == "the minister"


def test_addressee_and_adverbial_are_never_the_subject() -> None:
    doc = parsed("Indeed , Ann told Bob so", [
        ("Indeed", "ADV", "advmod", 3), (",", "PUNCT", "punct", 3), ("Ann", "PROPN", "nsubj", 3),
        ("told", "VERB", "root", 3), ("Bob", "PROPN", "iobj", 3), ("so", "ADV", "advmod", 3)])
    sub = subject_of(doc, cue(doc, "told"))
    assert sub is not None and doc.span_text(sub) == "Ann"
    doc.syntax[2].dep = "obl"  # without a subject there is no answer, not a guess
    assert subject_of(doc, cue(doc, "told")) is None


def test_subject_finder_maps_to_rule_tokens() -> None:
    doc = run("The spokeswoman said the talks had failed.", "en")
    find = subject_finder(doc)
    assert find is not None
    sent = doc.sentences[0]
    i = next(k for k, t in enumerate(sent.tokens) if t.text == "said")
    rng = find(sent, i)
    assert rng is not None
    assert [t.text for t in sent.tokens[rng[0] : rng[1]]] == ["The", "spokeswoman"]
    assert subject_finder(Document(text="x", name="t")) is None


def test_subject_inside_the_quotation_is_not_the_speaker() -> None:
    doc = parsed("“ I quit , ” added Ann", [
        ("“", "PUNCT", "punct", 5), ("I", "PRON", "nsubj", 2), ("quit", "VERB", "ccomp", 5),
        (",", "PUNCT", "punct", 5), ("”", "PUNCT", "punct", 5), ("added", "VERB", "root", 5),
        ("Ann", "PROPN", "nsubj", 5)])
    PIPE_TOKENS(doc)  # the rules' sentences and tokens
    find = subject_finder(doc)
    assert find is not None
    sent = doc.sentences[0]
    i = next(k for k, t in enumerate(sent.tokens) if t.text == "added")
    rng = find(sent, i)
    assert rng is not None and [t.text for t in sent.tokens[rng[0] : rng[1]]] == ["Ann"]
    doc.syntax[1].head, doc.syntax[6].dep = 5, "obj"  # a parse with "I" as the subject of "added"
    assert find(sent, i) is None


def test_entities_type_unnamed_sources_as_persons() -> None:
    doc = Document(text="Xaver Yberle und die Firma Zett sagten, es sei vorbei.", name="t", language="de")
    doc.sources = [Source("s1", "Xaver Yberle", "unnamed", "source.unnamed", mentions=[Span(0, 12)]),
                   Source("s2", "Zett", "unnamed", "source.unnamed", mentions=[Span(27, 31)])]
    doc.entities = [Entity(Span(0, 12), "PER", "m"), Entity(Span(27, 31), "ORG", "m")]
    type_by_entities(doc)
    assert [s.type for s in doc.sources] == ["person", "unnamed"]
    assert doc.sources[0].rule == "source.unnamed+ner.person"


def test_german_relative_clause_stands_for_its_noun() -> None:
    # GSD (and our German model) writes a relative clause as `acl`, EWT as `acl:relcl`
    doc = parsed("die Behörde , die mitteilte", [
        ("die", "DET", "det", 1), ("Behörde", "NOUN", "root", 1), (",", "PUNCT", "punct", 4),
        ("die", "PRON", "nsubj", 4), ("mitteilte", "VERB", "acl", 1)])
    sub = subject_of(doc, cue(doc, "mitteilte"))
    assert sub is not None and doc.span_text(sub) == "die Behörde"


def test_german_dative_addressee_after_the_subject_is_left_out() -> None:
    # "sagte X der Nachrichtenagentur AFP": the subject, not the agency it spoke to
    doc = parsed("sagte Ann Zett der Nachrichtenagentur AFP", [
        ("sagte", "VERB", "root", 0), ("Ann", "PROPN", "nsubj", 0), ("Zett", "PROPN", "flat", 1),
        ("der", "DET", "det", 4), ("Nachrichtenagentur", "NOUN", "obj", 0), ("AFP", "PROPN", "appos", 4)])
    sub = subject_of(doc, cue(doc, "sagte"))
    assert sub is not None and doc.span_text(sub) == "Ann Zett"
    doc.syntax[1].dep = "obj"  # no subject in the parse: no answer, never the dative
    assert subject_of(doc, cue(doc, "sagte")) is None


def test_german_cue_sentences_are_parsed() -> None:
    text = "Der Minister sagte am Montag, die Lage sei ernst.\nDas Wetter war schön."
    doc = run(text, "de")
    assert doc.syntax, "the cue sentence is parsed"
    words = [doc.span_text(t.span) for t in doc.syntax]
    assert "sagte" in words and "Wetter" not in words  # no cue form: not parsed
    for t in doc.syntax:
        assert t.rule == MODELS["syntax_de_ud"]
        assert doc.syntax[t.head].sentence == t.sentence
    sub = subject_of(doc, cue(doc, "sagte"))
    assert sub is not None and doc.span_text(sub) == "Der Minister"
    sei = doc.syntax[words.index("sei")]
    assert "Mood=Sub" in sei.feats  # the Konjunktiv of the reported clause


def test_german_quote_without_cue_form_gets_entities_but_no_parse() -> None:
    doc = run("„Wir bleiben“, so Angela Merkel in Berlin.", "de")
    assert doc.syntax == []
    assert any(e.label == "PER" for e in doc.entities)


def test_mixed_languages_keep_heads_in_their_sentence() -> None:
    text = "Der Minister sagte, die Lage sei ernst. The minister said the talks had failed. Die Ministerin sagte, sie komme."
    doc = run(text, "de")
    assert doc.syntax
    for k, t in enumerate(doc.syntax):
        assert doc.syntax[t.head].sentence == t.sentence
        assert k == 0 or doc.syntax[k - 1].span.start < t.span.start


def test_a_sentence_is_parsed_as_one() -> None:
    # the parser would cut this sentence before "said" on its own guess, leaving the cue without subject
    doc = run("Carla Moss, president of the Lakeview Nurses Association, which represents hospital staff in "
              "three counties, said she hopes the strike ends soon.", "en")
    assert sum(w.dep == "root" for w in doc.syntax) == 1
    sub = subject_of(doc, cue(doc, "said"))
    assert sub is not None and doc.span_text(sub).startswith("Carla Moss")
