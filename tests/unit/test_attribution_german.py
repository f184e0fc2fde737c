"""German constructions of reported speech (sentences of our own; issue 7): inverted pronoun
subjects, subjectless reports with the place of the statement before them, "seiner Meinung nach"."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name, source_text

import sourcetrace


def test_inverted_pronoun_is_the_speaker() -> None:
    doc = de("Die Bürgermeisterin Lea Roth besuchte den Hafen. Am Montag sagte sie, die Kais seien zu niedrig.")
    a = one(doc, "die Kais seien zu niedrig")
    assert source_text(doc, a) == "sie"
    assert source_name(doc, a) == "Lea Roth"
    assert a.mode == "indirect"


def test_pronoun_after_the_auxiliary_is_the_speaker() -> None:
    doc = de("Kapitän Ole Brandt sagte, die Fähre sei sicher. Auf Nachfrage musste er betonen, dass kein Öl ausgelaufen sei.")
    a = one(doc, "kein Öl ausgelaufen sei")
    assert source_text(doc, a) == "er"
    assert "Ole Brandt" in (source_name(doc, a) or "")


def test_where_it_was_said_before_heisst_es() -> None:
    doc = de("In einem Gutachten der Hafenbehörde heißt es, die Kaimauer müsse bis 2026 erneuert werden.")
    a = one(doc, "die Kaimauer müsse")
    assert doc.span_text(a.content[0]) == "die Kaimauer müsse bis 2026 erneuert werden"
    assert source_text(doc, a) == "einem Gutachten der Hafenbehörde"


def test_aus_phrase_after_hiess_es() -> None:
    doc = de("Die Fähre werde im Winter nicht fahren, hieß es aus der Reederei.")
    a = one(doc, "Die Fähre werde")
    assert doc.span_text(a.content[0]) == "Die Fähre werde im Winter nicht fahren"
    assert source_text(doc, a) == "der Reederei"


def test_possessive_opinion_noun_points_at_the_person() -> None:
    doc = de("Die Ökonomin Vera Lind sagte, der Markt sei angespannt. Die Preise würden ihrer Ansicht nach weiter steigen.")
    a = one(doc, "Die Preise würden")
    assert a.mode == "according_to"
    assert "Vera Lind" in (source_name(doc, a) or "")


def test_inverted_object_pronoun_before_a_noun_is_not_the_speaker() -> None:
    doc = de("Der Verband kritisierte das Gesetz. Gestern bezeichnete sie Minister Horn als voreilig.")
    assert not any(source_text(doc, a) == "sie" for a in doc.attributions)


def test_konjunktiv_of_any_ieren_verb_continues_the_speech() -> None:
    doc = de("Die Ministerin Karla Vogt sagte, die Brücke sei sicher. Das Land investiere weiter in den Hafen.")
    a = one(doc, "Das Land investiere")
    assert a.mode == "continuation"
    assert "Karla Vogt" in (source_name(doc, a) or "")


def test_konjunktiv_of_an_ern_verb_continues_the_speech() -> None:
    doc = de("Die Ministerin Karla Vogt sagte, die Brücke sei sicher. Die Werft liefere die Fähre im Mai.")
    a = one(doc, "Die Werft liefere")
    assert a.mode == "continuation"


def test_a_determiner_is_no_konjunktiv() -> None:
    doc = de("Die Ministerin Karla Vogt sagte, die Brücke sei sicher. In Kiel sind einige Straßen gesperrt.")
    assert not any("einige Straßen" in doc.span_text(c) for a in doc.attributions for c in a.content)


def test_a_pronoun_points_at_the_person_the_entity_model_found() -> None:
    doc = de("Der Physiker Jonas Albrecht sprach am Abend in Bremen. Auf Nachfrage musste er betonen, dass es kaum Messdaten gebe.")
    a = one(doc, "kaum Messdaten")
    assert source_text(doc, a) == "er"
    assert "Jonas Albrecht" in (source_name(doc, a) or "")


def test_a_quotation_introduced_by_a_colon_inside_reported_speech_is_a_direct_claim_of_the_same_speaker() -> None:
    doc = de("Die Ministerin Karla Vogt sagte, sie habe den Plan geprüft: «Wir bauen die Mole nicht.»")
    outer = one(doc, "sie habe den Plan")
    inner = next(a for a in doc.attributions if a.mode == "direct")
    assert doc.span_text(inner.content[0]) == "Wir bauen die Mole nicht"
    assert inner.source == outer.source and inner.rule == "attr.direct.nested"


def test_a_phrase_quoted_inside_reported_speech_stays_part_of_it() -> None:
    text = "Die Ministerin Karla Vogt sagte, die Lage am Hafen sei «völlig unklar und gefährlich»."
    doc = de(text)
    a = one(doc, "die Lage am Hafen")
    assert a.mode == "indirect" and doc.span_text(a.content[0]).endswith("gefährlich»")
    assert not any(x.mode == "direct" for x in doc.attributions)
    # de-news-quotes annotates the quoted phrase as a quotation of its own, with the same speaker
    doc = sourcetrace.analyze(text, date="2024-10-13", lang="de", conventions="denews")
    inner = next(x for x in doc.attributions if x.mode == "direct")
    assert doc.span_text(inner.content[0]) == "völlig unklar und gefährlich"
    assert inner.source == one(doc, "die Lage am Hafen").source and inner.rule == "attr.direct.nested"


def test_a_single_quoted_noun_inside_reported_speech_is_no_claim() -> None:
    doc = de("Die Ministerin Karla Vogt sagte, der Plan sei ein «Luftschloss» und werde scheitern.")
    assert not any(a.mode == "direct" for a in doc.attributions)


def test_nested_quotations_stay_part_of_english_reported_speech() -> None:
    doc = sourcetrace.analyze('The mayor said the harbour plan was "a costly mistake" and would fail.', lang="en")
    assert not any(a.rule == "attr.direct.nested" for a in doc.attributions)


def test_second_verb_of_a_coordination_keeps_the_first_subject() -> None:
    doc = de("Die Trainerin Mia Hof lobte ihr Team und sagte, der Gegner sei stärker gewesen.")
    a = one(doc, "der Gegner sei stärker gewesen")
    assert source_text(doc, a) == "Die Trainerin Mia Hof"


def test_a_speech_act_without_a_clause_is_no_claim_in_the_seed_style() -> None:
    # a comparison, a demand, a confirmation of a thing: an act named, nothing claimed; de-news-quotes counts them
    for text, cue in (
        ("Der Historiker Paul Marx verglich die Lage mit dem Jahr 1923, als die Preise täglich stiegen.", "verglich"),
        ("Der Präsident verlangte die Freilassung einer Lehrerin, die am Montag in Haft genommen wurde.", "verlangte"),
        ("Das Ministerium bestätigte den Besuch des Königs am Dienstag.", "bestätigte"),
    ):
        assert de(text).attributions == [], text
        doc = sourcetrace.analyze(text, date="2024-10-13", lang="de", conventions="denews")
        assert any(doc.span_text(a.cue) == cue for a in doc.attributions if a.cue), text


def test_a_passive_relative_clause_does_not_hide_the_speech_act() -> None:
    doc = sourcetrace.analyze("Der Präsident verlangte die Freilassung einer Lehrerin, die am Montag in Haft genommen wurde.",
                              date="2024-10-13", lang="de", conventions="denews")
    a = one(doc, "Freilassung einer Lehrerin")
    assert source_text(doc, a) == "Der Präsident"


def test_a_name_given_without_a_clause_is_a_claim() -> None:
    doc = de("Die Ministerin Karla Vogt nannte den Plan einen teuren Fehler.")
    a = one(doc, "den Plan")
    assert source_text(doc, a) == "Die Ministerin Karla Vogt"
    assert doc.span_text(a.content[0]) == "den Plan einen teuren Fehler"  # what is named and the name (session 20)


def test_the_speaker_of_a_speech_act_without_a_clause_goes_on() -> None:
    doc = de("Der Verband bestätigte den Unfall am Montag. Man habe alle Regeln eingehalten.")
    (a,) = doc.attributions
    assert a.mode == "continuation" and source_name(doc, a) == "Verband"
    assert [s.name for s in doc.sources] == ["Verband"]


def test_speech_that_goes_on_over_sentences_is_one_continuation_a_sentence() -> None:
    text = "Die Ministerin Karla Vogt sagte am Montag, die Brücke sei sicher. Das Land investiere weiter in den Hafen. " \
           "Die Werft liefere die Fähre im Mai."
    doc = de(text)
    a, b = one(doc, "Das Land investiere"), one(doc, "Die Werft liefere")
    assert a.mode == b.mode == "continuation" and a.source == b.source is not None
    assert [doc.span_text(c) for c in a.content] == ["Das Land investiere weiter in den Hafen"]
    # in de-news-quotes' conventions the run is one attribution
    a = one(sourcetrace.analyze(text, lang="de", conventions="denews"), "Das Land investiere")
    assert [doc.span_text(c) for c in a.content] == ["Das Land investiere weiter in den Hafen", "Die Werft liefere die Fähre im Mai"]


def test_forderte_with_victims_is_no_speech_act() -> None:
    doc = de("Am Sonntag traf der Taifun die Küste. Der Sturm forderte nach Behördenangaben zwölf Todesopfer in drei Dörfern.")
    assert not any(a.rule.startswith("attr.indirect.de.reported") for a in doc.attributions)


def test_talking_with_someone_reports_no_claim() -> None:
    doc = de("Am Abend sprachen die beiden Astronautinnen zehn Minuten mit ihren Familien.")
    assert doc.attributions == []


def test_medium_addressed_in_a_fronted_wie_clause_is_a_link_of_the_chain() -> None:
    doc = de("Wie Minister Karl Vogt am Montag der Deutschen Presse-Agentur sagte, ist die Brücke sicher.")
    a = one(doc, "ist die Brücke sicher")
    assert [doc.span_text(v.span) for v in a.via if v.span] == ["der Deutschen Presse-Agentur"]
    assert all(v.position == "downstream" for v in a.via)
