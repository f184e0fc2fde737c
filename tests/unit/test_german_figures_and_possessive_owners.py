"""German: figures and calculations someone gives are an according-to phrase like "nach Angaben" ("Nach Zahlen
des Verbands X …", "nach ihren Berechnungen": `nach_heads` of according.json); a possessive of such a phrase
with no owner before it in its sentence but a number and a verb ("2027 steigt nach ihren Berechnungen …") stands
for the body that opens the sentence before, also where the parse finds no subject there
(`antecedents.opening_body`)."""

from __future__ import annotations

from tests.attribution_helpers import contents, de, link_names, one, source_name


def test_figures_of_a_body_are_its_word() -> None:
    doc = de("Nach Zahlen des Werftenverbands VSM wurden 2025 nur zwölf Schiffe gebaut.")
    a = one(doc, "zwölf Schiffe")
    assert a.mode == "according_to" and "VSM" in (source_name(doc, a) or "")


def test_painting_by_numbers_is_no_attribution() -> None:
    assert contents(de("Im Kurs malen die Kinder nach Zahlen.")) == []


def test_a_possessive_after_a_number_and_a_verb_stands_for_the_body_before() -> None:
    doc = de("Die Landesregierung präsentiert neue Daten zur Ausbildung. "
             "2027 steigt nach ihren Berechnungen die Zahl der Lehrstellen.")
    a = one(doc, "Lehrstellen")
    assert a.mode == "according_to" and source_name(doc, a) == "Landesregierung"
    assert "ihren Berechnungen" not in [s.name for s in doc.sources]


def test_figures_under_demnach_keep_the_chain_of_the_report_before() -> None:
    told = "Der Minister sagte der Zeitung Morgenpost, die Werften bräuchten mehr Aufträge. "
    doc = de(told + "Nach Zahlen des Werftenverbands VSM wurden demnach nur zwölf Schiffe gebaut.")
    a = one(doc, "zwölf Schiffe")
    assert "VSM" in (source_name(doc, a) or "") and link_names(a) == ["Zeitung Morgenpost"]
    doc = de(told + "Nach Zahlen des Werftenverbands VSM wurden nur zwölf Schiffe gebaut.")
    assert link_names(one(doc, "zwölf Schiffe")) == []
