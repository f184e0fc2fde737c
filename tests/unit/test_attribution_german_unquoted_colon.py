"""German texts that have lost their quotation marks (sentences of our own; issue 7, session 21):
a main clause in the indicative after a colon is what the one named before the colon said, though
the verb before it is no speech verb (`quoted.colon_unquoted`, rules attr.*.de.colon_subject*.unquoted):
direct in the first person, else indirect. Not in a text with quotation marks, not after a
copula, not when the author goes on about the one named, nor after a place or a plural verb."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_an_indicative_clause_after_a_lead_in_with_no_speech_verb() -> None:
    doc = de("Die Hafenbehörde hat neue Gebühren beschlossen. "
             "Der Minister Jan Holt beurteilt die Beschlüsse der Behörde als schweren Fehler: Die Fähren fahren dann nur noch halb voll.")
    a = one(doc, "halb voll")
    assert doc.span_text(a.content[0]) == "Die Fähren fahren dann nur noch halb voll"
    assert a.mode == "indirect"
    assert source_name(doc, a) == "Jan Holt"
    assert a.rule == "attr.indirect.de.colon_subject.unquoted"


def test_the_first_person_after_the_colon_is_direct() -> None:
    doc = de("Die Hafenbehörde hat neue Gebühren beschlossen. "
             "Der Minister Jan Holt ärgerte sich über die Beschlüsse der Behörde: Wir verlieren damit jeden zweiten Kunden.")
    a = one(doc, "jeden zweiten Kunden")
    assert a.mode == "direct"
    assert source_name(doc, a) == "Jan Holt"
    assert a.rule == "attr.direct.de.colon_subject.unquoted"


def test_a_subject_with_an_apposition_before_the_verb() -> None:
    doc = de("Die Gebühren steigen im Mai. "
             "Der Sprecher der Reederei Nordwind, Jan Holt, deutete die Entscheidung der Behörde als Warnsignal: Viele Linien sind so nicht mehr zu halten.")
    a = one(doc, "Linien")
    assert doc.span_text(a.content[0]) == "Viele Linien sind so nicht mehr zu halten"
    assert "Holt" in (source_name(doc, a) or "")
    assert a.rule.startswith("attr.indirect.de.colon_subject")


def test_not_in_a_text_with_quotation_marks() -> None:
    # (in a text that keeps its quotation marks, an indicative clause after a colon is the author's)
    doc = de("Der Reeder Jan Holt sagte: „Wir fahren weiter.“ "
             "Der Minister Jan Holt beurteilt die Beschlüsse der Behörde als schweren Fehler: Die Fähren fahren dann nur noch halb voll.")
    assert not any("unquoted" in a.rule for a in doc.attributions)


def test_the_author_going_on_about_the_one_named_is_no_speech() -> None:
    doc = de("Lange galt der Reeder Jan Holt als Favorit: Holt verlor aber im Mai die Wahl im Verband.")
    assert not any("unquoted" in a.rule for a in doc.attributions)
    doc = de("Die Reederei Nordwind sucht neue Kunden: Sie hat im Mai drei Linien eröffnet.")
    assert not any("unquoted" in a.rule for a in doc.attributions)


def test_a_copula_a_place_with_a_plural_verb_and_a_thing_are_no_speakers() -> None:
    doc = de("Die Lage im Hafen ist klar: Die Fähren bleiben im Mai in Kiel.")
    assert not any("unquoted" in a.rule for a in doc.attributions)
    doc = de("Kiel erreichen weitere schlechte Nachrichten: Die Werft am Hafen schließt im Mai.")
    assert not any("unquoted" in a.rule for a in doc.attributions)
    doc = de("Der Sturm traf die Küste mit voller Wucht: Die Fähren blieben drei Tage im Hafen.")
    assert not any("unquoted" in a.rule for a in doc.attributions)
