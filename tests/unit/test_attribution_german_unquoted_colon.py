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


# The clause before the colon must report speech, a thought, a view or a reaction (session 22):
# a cue, a verb of `colon_lead_verbs` or a noun of `colon_lead_nouns` (resources/de/cues.json).
# Narration before a colon is the author's, whoever its subject is.

def _unquoted(doc: object) -> list[str]:
    return [a.rule for a in doc.attributions if "unquoted" in a.rule]  # type: ignore[attr-defined]


def test_narration_before_a_colon_is_no_speech() -> None:
    for text in ("Die Fähre ist seit Montag gesperrt. Der Bürgermeister Jan Holt steht vor einem Rätsel: Die Brücke über den Kanal ist ebenfalls gesperrt.",
                 "Die Stadt Nordhaven hat im Mai gewählt. Die Reederei Nordwind macht von ihrem Vorkaufsrecht Gebrauch: Die alte Werft geht an die Firma.",
                 "Die Kapitänin Eva Brandt verließ das sinkende Schiff als Letzte: Die Rettungsboote waren bereits auf halbem Weg zum Hafen.",
                 "Die Gebühren steigen im Mai. Die hohen Kosten stellen die Reederei Nordwind vor große Probleme: Drei Linien fahren nur noch im Sommer.",
                 "Die Fähre lag zwei Tage im Dock. Es gibt mehrere Gründe für die Verspätung: Der Motor war alt und das Wetter schlecht."):
        assert _unquoted(de(text)) == [], text


def test_verbs_and_nouns_of_a_view_or_a_reaction_before_the_colon() -> None:
    cases = [("Die Gebühren steigen im Mai. Die Ministerin Eva Brandt sah das gelassen: Die Reedereien haben genug Reserven.", "Reserven", "sah"),
             ("Die Gebühren steigen im Mai. Der Reeder Jan Holt zog aus den Zahlen einen klaren Schluss: Die Linie nach Kiel lohnt sich nicht mehr.", "Kiel", "zog"),
             ("Die Gebühren steigen im Mai. Die Ministerin Eva Brandt hält nach der Sitzung eines für sicher: Die Häfen bleiben in öffentlicher Hand.", "Häfen", "hält"),
             ("Die Gebühren steigen im Mai. Der Reeder Jan Holt wandte sich gegen die Pläne der Behörde: Viele Linien sind so nicht mehr zu halten.", "Linien", "wandte"),
             ("Die Gebühren steigen im Mai. Die Ministerin Eva Brandt schmunzelte: Die Fähren fahren auch im Winter.", "Winter", "schmunzelte"),
             ("Die Gebühren steigen im Mai. Der Reeder Jan Holt fand nach der Sitzung klare Worte: Die Fähren fahren bald nur noch halb voll.", "halb voll", "fand")]
    for text, needle, cue in cases:
        doc = de(text)
        a = one(doc, needle)
        assert "unquoted" in a.rule and doc.span_text(a.cue) == cue, text  # type: ignore[arg-type]
        assert any(n in (source_name(doc, a) or "") for n in ("Eva Brandt", "Jan Holt")), text


def test_a_verb_of_a_view_needs_its_companion_word() -> None:
    # "halten" only with "für", "vor", …; "schmunzeln" only right before the colon
    for text in ("Die Gebühren steigen im Mai. Die Ministerin Eva Brandt hielt nach der Sitzung die Fähre im Hafen von Kiel an: Die Passagiere mussten drei Stunden warten.",
                 "Die Gebühren steigen im Mai. Die Ministerin Eva Brandt schmunzelte über die Fähren im Hafen und ging nach Hause: Die Sitzung war vorbei."):
        assert _unquoted(de(text)) == [], text


def test_a_speaker_and_no_verb_before_the_colon_still_speaks() -> None:
    doc = de("Die Gebühren steigen im Mai. Reeder Jan Holt: Die Fähren fahren dann nur noch halb voll.")
    a = one(doc, "halb voll")
    assert "unquoted" in a.rule and "Jan Holt" in (source_name(doc, a) or "")


def test_a_heading_before_the_colon_names_no_speaker() -> None:
    for text in ("Die Gebühren steigen im Mai. Stürmische Nacht an der Mole von Kiel: Die Fähren blieben bis zum Morgen im Hafen.",
                 "Die Gebühren steigen im Mai. Der kurze Grund: Der Diesel ist teurer geworden."):
        assert _unquoted(de(text)) == [], text
