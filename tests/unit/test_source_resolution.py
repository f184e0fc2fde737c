"""Source resolution (sentences of our own; issue 7): whom a pronoun, a possessive phrase or an
adverb that stands for a source refers to."""

from __future__ import annotations

from tests.attribution_helpers import de, en, one, source_name, source_text

import sourcetrace


def test_a_possessive_before_a_group_names_the_group_not_its_owner() -> None:
    doc = de("Der Hafenmeister Jan Roth ist verschwunden. Nach Angaben seiner Familie hielt er sich zuletzt in Kiel auf.")
    a = one(doc, "hielt er sich")
    assert source_name(doc, a) == "Familie"


def test_a_possessive_before_a_noun_of_opinion_is_its_owner() -> None:
    doc = de("Der Bürgermeister Jan Roth äußerte sich am Montag. Seiner Darstellung zufolge ist die Mole marode.")
    a = one(doc, "ist die Mole marode")
    assert source_name(doc, a) == "Jan Roth"


def test_we_outside_a_quotation_is_the_author_not_the_last_person() -> None:
    text = "Bürgermeisterin Anna Kurz eröffnete die Brücke. Später erklärten wir den Anwohnern, dass die Brücke zu schmal sei."
    # the seed's style: the author's own words are no attribution (German)
    assert de(text).attributions == []
    doc = sourcetrace.analyze(text, date="2024-10-13", lang="de", conventions="denews")
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


def test_a_pronoun_points_at_a_person_who_opened_a_sentence_of_no_speech() -> None:
    doc = de("Eine Frau wartet vor dem Rathaus. Sie wohnt in Kiel. Sie findet das Verbot richtig: „Die Regeln sind streng.“")
    a = one(doc, "Die Regeln sind streng")
    assert source_name(doc, a) == "Frau"


def test_a_plural_subject_is_no_antecedent_of_er() -> None:
    doc = de("Bürgermeister Jan Roth besuchte den Hafen. Die Reporter konnten den Fall klären. Er sagte, die Mole sei marode.")
    a = one(doc, "die Mole sei")
    assert source_name(doc, a) == "Jan Roth"


def test_an_untagged_quotation_after_a_sentence_about_a_person_is_that_persons() -> None:
    doc = de("Bürgermeisterin Anna Roth sagte, die Brücke bleibe gesperrt. Jan Kurz ärgert sich über die Sperrung. "
             "„Das versteht hier niemand.“ Er müsse nun jeden Tag Umwege fahren.")
    a = one(doc, "Das versteht hier niemand")
    assert source_name(doc, a) == "Jan Kurz"
    assert a.rule == "attr.direct.untagged.previous_subject"
    b = one(doc, "Umwege fahren")
    assert source_name(doc, b) == "Jan Kurz"


def test_an_untagged_quotation_after_a_quoted_speaker_stays_his() -> None:
    doc = de("„Die Brücke bleibt zu“, sagte Bürgermeisterin Anna Roth. „Wir prüfen alles.“")
    a = one(doc, "Wir prüfen alles")
    assert source_name(doc, a) == "Anna Roth"


def test_a_genitive_description_points_at_the_company_named_before() -> None:
    doc = de("Der Autokonzern Belmar baut ein Werk in Ungarn. Belmar erklärte, das Werk sei sicher. "
             "Nach Angaben des Konzerns ist die Produktion in Brasilien eingestellt.")
    a = one(doc, "die Produktion in Brasilien")
    assert source_name(doc, a) == "Belmar"
    assert next(s.type for s in doc.sources if s.name == "Belmar") == "company"


def test_an_attribute_before_the_noun_stays_in_the_speakers_phrase() -> None:
    doc = de("Die für den Hafen zuständige Behörde erklärte, die Mole sei marode.")
    a = one(doc, "die Mole sei")
    assert source_text(doc, a) == "Die für den Hafen zuständige Behörde"
    doc = de("Laut dem für den Hafen zuständigen Staatsanwalt Paul Weber gab es drei Täter.")
    a = one(doc, "gab es drei Täter")
    assert source_name(doc, a) == "Paul Weber"


def test_a_compound_role_refers_back_to_the_role_it_ends_in() -> None:
    doc = de("Die Fähre fällt aus, sagte ein Sprecher. Man prüfe alles, teilte der Reederei-Sprecher weiter mit.")
    a, b = one(doc, "Die Fähre fällt aus"), one(doc, "Man prüfe alles")
    assert a.source is not None and a.source == b.source


def test_a_role_noun_without_a_determiner_is_no_one_named_before() -> None:
    """'EU-Mitarbeiter bestätigten, …' (issue 9): a bare role noun, plural or a headline's, is
    someone new, not the person named in a sentence before; 'der Mitarbeiter' may point back."""
    text = ("Nach Angaben von Bürgermeister Karl Bergmann ist die Fähre gesunken. Der Hafen bleibt geschlossen. "
            "EU-Mitarbeiter bestätigten, dass die Fähre überladen war.")
    doc = de(text)
    a = one(doc, "dass die Fähre überladen war")
    assert source_name(doc, a) == "EU-Mitarbeiter"


def test_a_described_outlet_is_named_by_its_name_not_its_description() -> None:
    # "the local paper Bay Ledger", where the name's own last word is an outlet's word too: the name
    # is the source, the description ("paper") its role; a bare description stays as written
    doc = en("The regional paper Dune Courier reported that the ferry would stop in May.")
    assert [(s.name, s.type, s.role) for s in doc.sources] == [("Dune Courier", "media", "paper")]
    doc = en("The local paper reported that the ferry would stop in May.")
    assert [s.name for s in doc.sources] == ["local paper"]


def test_a_description_of_one_gender_is_not_someone_of_the_other_whose_role_holds_its_noun() -> None:
    # "Sprecher" is inside "Sprecherin": the role noun alone joined the two (persons.person_with_role)
    doc = de("Die Fähre nach Moorholm fährt ab Mai nicht mehr. Eine Sprecherin der Reederei sagte, die Kosten seien zu hoch. "
             "Der Sprecher ergänzte, man prüfe andere Routen.")
    first, second = one(doc, "die Kosten seien"), one(doc, "man prüfe andere Routen")
    assert source_name(doc, first) == "Sprecherin der Reederei"
    assert second.source is not None and second.source != first.source
    # (the same gender still joins: "ein Sprecher der Stadt" … "der Sprecher")
    doc = de("Ein Sprecher der Stadt sagte, die Brücke werde saniert. Der Sprecher fügte hinzu, das koste zwei Millionen Euro.")
    assert one(doc, "die Brücke werde").source == one(doc, "das koste zwei").source
