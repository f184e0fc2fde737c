"""German sources on web pages (sentences of our own; issue 7, session 30): "eigenen Angaben"
names no one but the sentence's subject (also before "zufolge", after a fronted phrase, and never as a
link of a speaker's own sentence); a bare plural of figures or views after "laut" ("laut
Marktprognosen") is no speaker whose speech goes on; a person named after lower-case attributes and a
role noun, or after two role nouns, is named by the name, the words before it the role; a statement
in a name's genitive ("so Brauns Prognose") is that person's; a common word that opens a sentence or
follows an article is no given name of a surname."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one, source_name

from sourcetrace.document import Document
from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.mentions import analyse_mention

analyze = partial(analyse, lang="de", date="2024-10-17")


def names(doc: Document) -> set[str]:
    return {s.name for s in doc.sources}


def test_eigenen_angaben_zufolge_is_on_the_word_of_the_subject() -> None:
    doc = analyze("Die Reederei Nordlicht baut eigenen Angaben zufolge zwei neue Fähren in Kiel.")
    a = one(doc, "zwei neue Fähren")
    assert a.mode == "according_to" and a.rule.startswith("attr.according.de.postfix")
    assert source_name(doc, a) == "Reederei Nordlicht" and "eigenen Angaben" not in names(doc)


def test_nach_eigenen_angaben_after_a_fronted_phrase_is_on_the_word_of_the_subject_after_the_verb() -> None:
    doc = analyze("Von den rund 300 Bäckereien im Kreis vertritt der Innungsverband Oberland nach eigenen Angaben etwa 120.")
    a = one(doc, "etwa 120")
    assert (source_name(doc, a) or "").startswith("Innungsverband") and "eigenen Angaben" not in names(doc)


def test_eigenen_angaben_without_a_subject_names_no_source() -> None:
    doc = analyze("Nach eigenen Angaben wurden 30 neue Fälle gemeldet.")
    a = one(doc, "30 neue Fälle")
    assert a.source is None and a.rule.endswith("+own_no_owner")
    assert not doc.sources
    doc = analyze("Es ist nach eigenen Angaben die älteste Mühle am Fluss.")  # a pronoun that points at no one
    assert one(doc, "älteste Mühle").source is None and not doc.sources


def test_eigenen_angaben_inside_a_speakers_sentence_is_no_link() -> None:
    doc = analyze("Die Bürgermeisterin Lea Storm sagte, der Markt bleibe nach eigenen Angaben bis Mai geschlossen.")
    a = one(doc, "Markt bleibe")
    assert source_name(doc, a) == "Lea Storm" and a.via == []


def test_a_bare_plural_of_figures_after_laut_is_no_speaker_whose_speech_goes_on() -> None:
    doc = analyze("Werftchef Jonas Brink zeigte sich zufrieden. Die Auftragslage sei gut, sagte Brink. "
                  "Bis 2035 würden laut Branchenprognosen weltweit 900 Fähren gebaut. Der Bedarf wachse vor allem in Asien.")
    a = one(doc, "Bedarf wachse")
    assert a.mode == "continuation" and source_name(doc, a) == "Jonas Brink" and "+speaker_before" in a.rule


def test_a_bare_plural_of_figures_after_laut_in_the_konjunktiv_goes_on_with_the_speaker() -> None:
    doc = analyze("Die Auftragslage sei gut, sagte Werftchef Jonas Brink. Bis 2035 seien laut Branchenprognosen 900 Fähren bestellt.")
    a = one(doc, "900 Fähren")
    assert a.mode == "continuation" and source_name(doc, a) == "Jonas Brink" and "+speech_goes_on" in a.rule


def test_a_person_after_attributes_and_a_role_noun_is_named_by_the_name() -> None:
    lx = lang("de")
    info = analyse_mention("der zweifache norwegische Skimeister Ole Berg", lx)
    assert (info.type, info.name, info.role) == ("person", "Ole Berg", "zweifache norwegische Skimeister")
    info = analyse_mention("die Autorin und Historikerin Emily Vance", lx)
    assert (info.type, info.name, info.role) == ("person", "Emily Vance", "Autorin und Historikerin")
    doc = analyze("„Wir fahren weiter“, sagte der zweifache norwegische Skimeister Ole Berg. "
                  "„Das Wetter ist gut“, sagte Berg.")
    assert names(doc) == {"Ole Berg"}


def test_a_statement_in_a_names_genitive_is_that_persons() -> None:
    lx = lang("de")
    assert analyse_mention("Brauns Prognose", lx).name == "Braun"
    assert analyse_mention("Das Papier", lx).name != "Da"  # an article, no name in the genitive
    doc = analyze("Die Ökonomin Hanna Braun sprach im Radio. Die Preise würden weiter steigen, so Brauns Prognose.")
    a = one(doc, "Preise würden")
    assert source_name(doc, a) == "Hanna Braun"


def test_a_common_word_opening_a_sentence_or_after_an_article_is_no_given_name() -> None:
    doc = analyze("Erste Schätzungen liegen vor. Die erste Zählung ergab wenig.\n\n"
                  "Es gibt zum Beispiel Leute, die das anders sehen.\n\n"
                  "Schätzungen zufolge kamen 500 Gäste. Leute berichteten, der Saal sei voll gewesen.")
    assert not any(n.startswith(("Erste ", "Beispiel ")) for n in names(doc))


def test_a_brand_written_lower_case_with_a_capital_after_is_a_name() -> None:
    from sourcetrace.steps.lexicon import is_camel_name

    assert is_camel_name("eBay") and is_camel_name("xAI") and is_camel_name("iRobot")
    assert not is_camel_name("kWh") and not is_camel_name("ebay") and not is_camel_name("Ebay")
    doc = analyze("Die Software wurde nach Angaben von zLabs in drei Monaten geschrieben.")
    a = one(doc, "drei Monaten")
    assert source_name(doc, a) == "zLabs" and "Angaben von" not in names(doc)
    doc = analyze("Die Gebühren würden sinken, teilte eShopper am Montag mit.")
    assert source_name(doc, one(doc, "Gebühren")) == "eShopper"


def test_a_person_entity_ends_at_a_quotation_mark() -> None:
    # the entity model may run a name into the title quoted after it ("Vogt »Die letzte Fahrt«"): the name is
    # the words before the mark, one person with the one named in full before
    from sourcetrace.document import Entity, Segment, Span
    from sourcetrace.steps.sources.persons import scan_persons
    from sourcetrace.steps.sources.registry import Registry

    text = "Der Reporter Jan Vogt schrieb viel. Dann schrieb Vogt »Die letzte Fahrt« in drei Wochen."
    doc = Document(text=text, name="t")
    doc.language = "de"
    doc.segments = [Segment(kind="body", span=Span(0, len(text)), rule="test", language="de")]
    a = text.index("Jan Vogt")
    b = text.index("Vogt »")
    doc.entities = [Entity(span=Span(a, a + 8), label="PER", rule="test.ner"),
                    Entity(span=Span(b, text.index("«")), label="PER", rule="test.ner")]
    reg = Registry(doc)
    scan_persons(doc, reg)
    assert [s.name for s in reg.sources if s.type == "person"] == ["Jan Vogt"]


def test_a_masculine_description_is_no_woman_known_by_her_given_name() -> None:
    doc = analyze("Die Lage sei ernst, sagte Eva Lutz dem Sender Radio Nord.\n\n„Wir sind bereit“, sagte der Trainer dem Sender.")
    a = one(doc, "Wir sind bereit")
    assert source_name(doc, a) != "Eva Lutz"
    doc = analyze("Der Plan sei gut, sagte Jan Roth. „Wir machen weiter“, sagte der Bürgermeister.")
    assert source_name(doc, one(doc, "Wir machen weiter")) == "Jan Roth"


def test_a_quotation_without_a_tag_after_a_bare_plural_of_figures_is_the_last_speakers() -> None:
    doc = analyze("Werftchef Jonas Brink zeigte sich zufrieden. „Die Auftragslage ist gut“, sagte Brink. "
                  "Bis 2035 würden laut Branchenprognosen weltweit 900 Fähren gebaut. „Das sind unsere besten Jahre.“")
    a = one(doc, "besten Jahre")
    assert a.mode == "direct" and source_name(doc, a) == "Jonas Brink" and "+speaker_before" in a.rule


def test_attributes_before_a_statement_noun_leave_the_owner_as_the_source() -> None:
    lx = lang("de")
    assert analyse_mention("den eigenen Angaben der Stadtwerke", lx).name == "Stadtwerke"
    assert analyse_mention("einer neuen Studie der Hochschule Nordheim", lx).name == analyse_mention(
        "einer Studie der Hochschule Nordheim", lx).name
