"""Review of session 33's German sources and chains (sentences of our own): the bare noun 'der Vater'
is someone's father, no epithet of the pope the text names (only 'der Heilige Vater' is:
`role_variant_epithets`); two capitals before a surname are a person's initials unless
`name_short_forms` lists them ('JD Vance' a person, 'IG Nordmetall' a union); 'dem Bericht zufolge'
after a report that a sentence since the medium's brought in with an indefinite article is that report,
no medium's."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name

from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources import analyse_mention


def test_a_father_is_no_pope() -> None:
    doc = de("Besuch in Rom\n\nPapst Leo empfing am Montag die Familie des Opfers. Der Vater sagte, er hoffe auf Gerechtigkeit.\n")
    assert source_name(doc, one(doc, "Gerechtigkeit")) == "Vater"
    doc = de("Messe in Rom\n\nPapst Leo besuchte am Sonntag die Stadt. Viele Menschen seien einsam, sagte der Heilige Vater.\n")
    assert source_name(doc, one(doc, "einsam")) == "Leo"


def test_two_capitals_before_a_surname_are_initials() -> None:
    lx = lang("de")
    assert analyse_mention("JD Vance", lx).type == "person"
    assert analyse_mention("die IG Nordmetall", lx).type != "person"
    doc = de("Wahlkampf\n\nJD Vance sagte am Montag, die Zölle blieben. Vance fügte hinzu, er sei zuversichtlich.\n")
    assert [(s.name, s.type) for s in doc.sources] == [("JD Vance", "person")]


def test_a_report_brought_in_since_the_medium_is_no_medium_s() -> None:
    doc = de("Streit um Gebühren\n\nDie Zeitung Hafenbote berichtete am Montag, der Streit gehe weiter. Das Ministerium legte "
             "einen Bericht vor. Die Gebühren seien zu hoch, argumentieren die Kläger dem Bericht zufolge.\n")
    assert [v.name for v in one(doc, "zu hoch").via] == []
    doc = de("Streit um Gebühren\n\nDie Zeitung Hafenbote berichtete am Montag, der Streit gehe weiter. Die Gebühren seien "
             "zu hoch, argumentieren die Kläger dem Bericht zufolge.\n")
    claim = one(doc, "zu hoch")
    assert [v.name for v in claim.via] == ["Hafenbote"] and claim.rule.endswith("+recalled_report")


def test_bodies_named_by_a_noun_in_ung_speak() -> None:
    for text, name in (("Die Verteidigung erklärte, der Angeklagte sei unschuldig.", "Verteidigung"),
                       ("Die Bergrettung erklärte, die Lawinengefahr sei hoch.", "Bergrettung"),
                       ("Die Rechtsabteilung teilte mit, der Vertrag sei gültig.", "Rechtsabteilung")):
        doc = de(f"Streit\n\n{text}\n")
        assert [s.name for s in doc.sources] == [name], text
    doc = de("Streit\n\nDie Vereinbarung sieht vor, dass die Löhne steigen.\n")
    assert doc.sources == []
