"""Small fixes of session 24 in the attribution rules (invented sentences): a German subject's
prepositional phrase is cut only outside an apposition, a possessive in the genitive after the noun
of an according-to phrase keeps the phrase whole, and an English transcript speaker takes the
occasion of their own claim only."""

from __future__ import annotations

from tests.attribution_helpers import de, en, link_names, one, source_name, source_text

from sourcetrace.document import Entity, Span
from sourcetrace.steps.attribution.context import Context
from sourcetrace.steps.attribution.continuation import _name_before_preposition
from sourcetrace.steps.lexicon import lang


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def test_a_preposition_of_an_apposition_stays_in_the_subject() -> None:
    text = "Jan Roth im Gespräch mit der Zeitung sieht darin einen Fehler. Jan Roth, Chef von Hafenbau Nord, sieht das anders."
    doc = de(text)
    first, second = _span(text, "Jan Roth"), _span(text, "Jan Roth,")
    doc.entities = [Entity(first, "PER", "t"), Entity(Span(second.start, second.end - 1), "PER", "t")]  # (as the entity model tags them)
    ctx, lx = Context(doc), lang("de")
    cut = _name_before_preposition(ctx, _span(text, "Jan Roth im Gespräch mit der Zeitung"), lx)
    assert doc.span_text(cut) == "Jan Roth"
    whole = _span(text, "Jan Roth, Chef von Hafenbau Nord")
    assert _name_before_preposition(ctx, whole, lx) == whole  # (not "Jan Roth, Chef")


def test_a_possessive_genitive_after_the_phrase_noun_keeps_the_phrase_whole() -> None:
    doc = de("Der Vertrag sei gültig, den Angaben seiner Anwältin zufolge.")
    a = one(doc, "Der Vertrag sei gültig")
    assert doc.span_text(a.content[0]) == "Der Vertrag sei gültig"
    assert source_text(doc, a) == "den Angaben seiner Anwältin" and source_name(doc, a) == "Anwältin"


def test_a_transcript_speaker_takes_no_occasion_of_someone_who_named_them() -> None:
    # the senator spoke on the show and named the governor: the governor's transcript lines are not
    # the senator's occasion (English, `english_document._occasion_of`)
    doc = en("Lee on the port.\n\nGovernor Ann Lee said the port plan was \u201ca good start.\u201d\n\n"
             "Sunday, on CNN's \u201cHarbor Hour,\u201d Senator Tom Reed attacked Lee and said the plan was \u201ca bad start.\u201d\n\n"
             "Partial transcript:\n\nTOM HALE: The mayor released a plan on Friday. What do you think?\n\n"
             "LEE: Well, I think the whole city needs to work together. People want safe streets.\n\n"
             "HALE: And the ferry?\n\nLEE: The ferry will run on time. We checked the numbers.")
    assert link_names(one(doc, "a bad start")) == ["CNN"]
    for words in ("whole city needs to work together", "ferry will run on time"):
        a = one(doc, words)
        assert link_names(a) == [] and not a.rule.endswith("+occasion"), words
