"""Source resolution (sentences of our own; issue 7): whom a pronoun, a possessive phrase or an
adverb that stands for a source refers to."""

from __future__ import annotations

from tests.attribution_helpers import one, source_name, source_text

import sourcetrace
from sourcetrace.document import Document


def de(text: str) -> Document:
    return sourcetrace.analyze(text, date="2024-10-13", lang="de")


def en(text: str) -> Document:
    return sourcetrace.analyze(text, date="2024-10-13", lang="en")


def test_a_possessive_before_a_group_names_the_group_not_its_owner() -> None:
    doc = de("Der Hafenmeister Jan Roth ist verschwunden. Nach Angaben seiner Familie hielt er sich zuletzt in Kiel auf.")
    a = one(doc, "hielt er sich")
    assert source_name(doc, a) == "Familie"


def test_a_possessive_before_a_noun_of_opinion_is_its_owner() -> None:
    doc = de("Der Bürgermeister Jan Roth äußerte sich am Montag. Seiner Darstellung zufolge ist die Mole marode.")
    a = one(doc, "ist die Mole marode")
    assert source_name(doc, a) == "Jan Roth"


def test_we_outside_a_quotation_is_the_author_not_the_last_person() -> None:
    doc = de("Bürgermeisterin Anna Kurz eröffnete die Brücke. Später erklärten wir den Anwohnern, dass die Brücke zu schmal sei.")
    a = one(doc, "die Brücke zu schmal")
    assert source_text(doc, a) == "wir"
    assert a.source is None
    doc = en("Mayor Ann Lee opened the bridge on Monday. We told the residents that the bridge was too narrow.")
    a = one(doc, "the bridge was too narrow")
    assert a.source is None


def test_sie_with_a_singular_verb_is_no_plural_noun_before_it() -> None:
    doc = de("Bürgermeisterin Anna Roth besucht die Schule. Die Lehrer berichten, der Hof sei zu klein. Sie sagt, die Pause sei zu kurz.")
    a = one(doc, "die Pause sei")
    assert source_name(doc, a) == "Anna Roth"


def test_demnach_stands_for_the_person_named_in_the_sentence_before() -> None:
    doc = de("Laut dem zuständigen Staatsanwalt Paul Weber gab es drei Täter. Die Täter benutzten demnach gestohlene Autos.")
    a = one(doc, "gestohlene Autos")
    assert source_name(doc, a) == "Paul Weber"


def test_demnach_with_no_source_before_names_no_one() -> None:
    doc = de("Die Täter benutzten demnach gestohlene Autos.")
    a = one(doc, "gestohlene Autos")
    assert a.source is None and a.source_span is None
