"""Word shapes read from resources/<lang>/… (session 16, sentences of our own): the German words of
times, quoting, descriptions and infinitives come from the language's resources, a language
without them has none, and quoting phrases are those of the sentence's language wherever they
stand ("wurde zitiert mit den Worten: «…»", "quoted X at the port as having said")."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import source_name

import sourcetrace
from sourcetrace.link.entities import name_key, one_name
from sourcetrace.link.events import _country_adjectives
from sourcetrace.steps.attribution.cues import _infinitive_particles
from sourcetrace.steps.lexicon import lang


@pytest.mark.parametrize(("text", "found"), [
    ("Die Halle war in den achtziger Jahren gebaut worden.", ("den achtziger Jahren", "198")),
    ("Heuer kamen mehr Gäste an den See.", ("Heuer", "2024")),
    ("Im Vorjahr kamen weniger Gäste an den See.", ("Vorjahr", "2023")),
    ("Nach einem halben Jahr war die Brücke fertig.", ("einem halben Jahr", "P0.5Y")),
    ("Der Chor feiert sein 40-jähriges Bestehen.", ("40-jähriges", "P40Y")),
])
def test_german_time_words_of_the_resources(text: str, found: tuple[str, str]) -> None:
    doc = sourcetrace.analyze(text, date="2024-10-08", lang="de")
    assert found in [(doc.span_text(t.span), t.value) for t in doc.timexes]


def test_a_country_adjective_in_lower_case_names_its_country() -> None:
    keys = _country_adjectives("Die russische Armee und die deutschen Truppen")
    assert {one_name(k, "de") for k in keys} == {one_name(name_key("Russland"), "de"), one_name(name_key("Deutschland"), "de")}


def test_a_language_without_the_german_words_has_none() -> None:
    en = lang("en")
    assert en.perfect_singular_auxiliaries == frozenset() and set(en.description_articles) == {"the"}
    assert _infinitive_particles("en") == (frozenset(), None)
    assert lang("de").description_articles == {"der": "m", "die": "f"}
    # each language its own: the agent of a passive, the adverbs inside an auxiliary's cue
    assert lang("de").passive_agents == {"von", "vom"} and lang("en").passive_agents == {"by"}
    assert lang("de").cue_adverbs == frozenset() and "n't" in lang("en").cue_adverbs
    assert lang("en").preposition_cues == frozenset() and "gemäß" in lang("de").preposition_cues


def test_a_german_quoting_phrase_after_the_passive_cue_is_no_content() -> None:
    doc = sourcetrace.analyze("Die Ministerin Karla Vogt wurde zitiert mit den Worten: «Wir bauen die Mole nicht.»",
                              date="2024-10-08", lang="de")
    assert [doc.span_text(c) for a in doc.attributions for c in a.content] == ["Wir bauen die Mole nicht."]
    assert source_name(doc, doc.attributions[0]) == "Karla Vogt"


def test_an_english_quoting_phrase_after_a_prepositional_phrase() -> None:
    doc = sourcetrace.analyze("The Harbor Ledger quoted the minister at the port as having said the pier would not be built.",
                              date="2024-10-08", lang="en")
    a = next(a for a in doc.attributions if a.rule == "attr.indirect.en.active_quote")
    assert doc.span_text(a.content[0]) == "the pier would not be built"
    assert [v.name for v in a.via] == ["Harbor Ledger"]


def test_hedge_word_shapes_are_each_languages_own() -> None:
    from sourcetrace.steps.hedges import hedge_lex

    de, en = hedge_lex("de"), hedge_lex("en")
    assert de.negator_endings == () and en.negator_endings == ("n't",)
    assert (de.perfect_copula, de.perfect_auxiliary) == ("sein", "haben") and (en.perfect_copula, en.participle_starts) == ("", ())
    assert de.lassen_reflexive == "sich" and en.lassen_starts == () and en.infinitive_endings == ()
    assert de.plan_time.search("soll ab Juli gelten") and not en.plan_time.search("will apply from July")
    assert en.reported_that == "that" and de.reported_that == "" and de.attributive_not_before == frozenset()


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Die monatlichen Zahlungen an den Verein steigen.", "de", []),  # an inflected adjective of recurrence
    ("Der Bäcker war täglich in der Backstube.", "de", [("täglich", "P1D")]),
    ("Die Tochter ist 16 Jahre alt.", "de", []),  # an age, no duration
    ("Am Samstag öffnet die Bibliothek wieder.", "de", [("Samstag", "2024-10-12")]),  # the preposition stays out
    ("The ferry left on Saturday.", "en", [("Saturday", "2024-10-05")]),
])
def test_time_filter_words_of_the_resources(text: str, lang: str, found: list[tuple[str, str]]) -> None:
    doc = sourcetrace.analyze(text, date="2024-10-08", lang=lang)
    assert [(doc.span_text(t.span), t.value) for t in doc.timexes] == found
