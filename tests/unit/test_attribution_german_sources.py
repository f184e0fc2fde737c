"""German source phrases (sentences of our own; issue 7): where a speaker's noun phrase starts
and ends, a medium fronted in the dative, relative and demonstrative pronouns as speakers."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name, source_text

import sourcetrace
from sourcetrace.steps.lexicon import lang


def test_a_relative_clause_is_no_part_of_the_speaker() -> None:
    doc = de("Die Hafenbehörde, die den Unfall seit Wochen untersucht, erklärte am Montag, der Kran sei überlastet gewesen.")
    a = one(doc, "der Kran sei")
    assert source_text(doc, a) == "Die Hafenbehörde"


def test_an_apposition_with_an_article_stays_part_of_the_speaker() -> None:
    doc = de("Mira Olsen, die Anwältin der Reederei, sagte, die Klage sei unbegründet.")
    a = one(doc, "die Klage sei")
    assert source_text(doc, a) == "Mira Olsen, die Anwältin der Reederei"
    assert source_name(doc, a) == "Mira Olsen"


def test_a_genitive_with_adjectives_and_a_name_in_apposition() -> None:
    doc = de("Nach Angaben des Sprechers des städtischen Hafenamtes, Jonas Berg, ist die Fähre wieder in Betrieb.")
    a = one(doc, "ist die Fähre")
    assert source_text(doc, a) == "Angaben des Sprechers des städtischen Hafenamtes, Jonas Berg"
    assert source_name(doc, a) == "Jonas Berg"
    assert doc.span_text(a.content[0]) == "ist die Fähre wieder in Betrieb"


def test_a_quoted_phrase_after_the_source_is_no_part_of_it() -> None:
    doc = de("Der Fall werde nach Angaben der Hafenpolizei „mit größter Sorgfalt“ geprüft.")
    a = next(a for a in doc.attributions if a.mode == "according_to")
    assert source_text(doc, a) == "Angaben der Hafenpolizei"


def test_a_quoted_name_after_a_head_noun_stays() -> None:
    doc = de("Nach Angaben der Zeitung „Nordkurier“ ist die Brücke gesperrt.")
    a = one(doc, "ist die Brücke gesperrt")
    assert source_text(doc, a) == "Angaben der Zeitung „Nordkurier“"


def test_a_capitalized_stop_word_after_a_first_name_is_a_surname() -> None:
    doc = de("Hafenmeister Peter Kurz sagte, die Mole werde im Mai fertig.")
    a = one(doc, "die Mole werde")
    assert source_text(doc, a) == "Hafenmeister Peter Kurz"


def test_a_medium_fronted_in_the_dative_is_the_addressee() -> None:
    doc = de("Der Zeitung „Küstenbote“ sagte Hanna Weber, sie werde den Vertrag nicht verlängern.")
    a = one(doc, "sie werde den Vertrag")
    assert source_text(doc, a) == "Hanna Weber"
    assert [v.name for v in a.via] == ["Küstenbote"]


def test_a_medium_as_subject_is_still_the_speaker() -> None:
    doc = de("Der Sender Radio Nord meldete, die Fähre sei ausgefallen.")
    a = one(doc, "die Fähre sei")
    assert source_text(doc, a) == "Der Sender Radio Nord"
    assert a.via == []


def test_a_demonstrative_pronoun_points_at_the_person_before() -> None:
    doc = de("Die Reederei beauftragte die Anwältin Eva Holm. Diese bestätigte, dass die Fähre seetüchtig ist.")
    a = one(doc, "dass die Fähre")
    assert source_text(doc, a) == "Diese"
    assert source_name(doc, a) == "Eva Holm"


def test_a_relative_pronoun_speaks_for_its_noun() -> None:
    doc = de("Sie vertritt den Anwalt Ole Brandt, der am Montag angab, dass die Ladung falsch gesichert war.")
    a = one(doc, "dass die Ladung")
    assert source_text(doc, a) == "der"
    assert source_name(doc, a) == "Ole Brandt"


def test_the_subject_of_a_relative_clause_speaks() -> None:
    doc = de("Die Kritik gilt der Werft, der Lars Jensen vorwirft, die Frist versäumt zu haben.")
    a = one(doc, "die Frist versäumt")
    assert source_text(doc, a) == "Lars Jensen"


def test_a_cue_in_a_relative_clause_before_the_main_verb_reports_nothing() -> None:
    doc = de("Ein Beamter, den die Zeitung zitiert, kommentierte, die Pläne seien veraltet.")
    a = one(doc, "die Pläne seien")
    assert source_text(doc, a) == "Ein Beamter"


def test_an_indefinite_description_is_someone_new() -> None:
    doc = de("Die Polizei befragte die Ministerin Eva Roth. Ein Minister, der anonym bleiben wollte, sagte, der Plan sei gescheitert.")
    a = one(doc, "der Plan sei")
    assert source_name(doc, a) != "Eva Roth"


def test_a_passive_after_a_konjunktiv_auxiliary_has_no_speaker() -> None:
    doc = de("Die Staatsanwältin begründete den Antrag mit der Fluchtgefahr. Außerdem sei der Mann bereits mehrfach beschuldigt worden, darunter wegen Betrugs.")
    assert not any(source_text(doc, a) == "der Mann" for a in doc.attributions)


def test_separable_verbs_fuse_at_the_end_of_a_clause() -> None:
    forms = lang("de").forms
    assert "angab" in forms and "mitteilte" in forms and "feststellte" in forms
    assert "angeben" not in forms  # an infinitive stays apart ("angeben müssen")
    assert "ablehnt" not in forms  # a rejection is no speech act


def test_meinte_reports_what_was_said() -> None:
    doc = de("Ein Sprecher der Reederei meinte, die Fähre sei sicher.")
    a = one(doc, "die Fähre sei sicher")
    assert source_text(doc, a) == "Ein Sprecher der Reederei"


def test_demnach_is_the_mention_of_the_source_just_named() -> None:
    doc = de("Die Hafenbehörde teilte mit, die Mole sei marode. Demnach müsse sie bis Mai erneuert werden.")
    a = one(doc, "müsse sie bis Mai")
    assert source_text(doc, a) == "Demnach"
    assert source_name(doc, a) == "Hafenbehörde"


def test_a_name_that_opens_with_von_is_a_subject() -> None:
    doc = de("Von der Heide betonte, die Werft brauche neue Aufträge.")
    a = one(doc, "die Werft brauche")
    assert source_text(doc, a) == "Von der Heide"


def test_a_fronted_prepositional_phrase_is_no_subject() -> None:
    doc = de("Von der Werft erklärte ein Sprecher, die Aufträge reichten bis 2026.")
    a = one(doc, "die Aufträge reichten")
    assert source_text(doc, a) == "ein Sprecher"


def test_the_subject_before_a_colon_speaks_the_quotation() -> None:
    doc = de("Der Fischereiverband reagierte gelassen: „Das ist für uns nichts Neues, wir kennen das seit Jahren.“")
    a = one(doc, "Das ist für uns nichts Neues")
    assert source_text(doc, a) == "Der Fischereiverband"
    assert a.cue is not None and doc.span_text(a.cue) == "reagierte"


def test_an_adverb_verb_and_subject_before_a_colon() -> None:
    doc = de("Die Preise steigen. Ähnlich äußerte sich die Ökonomin Vera Lind: „Der Markt bleibt angespannt, das wird dauern.“")
    a = one(doc, "Der Markt bleibt angespannt")
    assert source_text(doc, a) == "die Ökonomin Vera Lind"


def test_a_pronominal_adverb_before_a_colon_is_no_speaker() -> None:
    doc = de("Die Reederei gab eine Erklärung ab. Darin steht unter anderem: „Wir bedauern den Vorfall sehr und prüfen alles.“")
    assert all(source_text(doc, a) != "Darin" for a in doc.attributions)


def test_a_date_closes_the_place_before_heisst_es() -> None:
    doc = de("In einem Schreiben der Reederei vom vergangenen Montag heißt es, die Fähre werde ersetzt.")
    a = one(doc, "die Fähre werde ersetzt")
    assert source_text(doc, a) == "einem Schreiben der Reederei"


def test_the_authors_sentence_in_a_new_paragraph_ends_the_speech() -> None:
    doc = de("Kapitän Ole Brandt sagte, die Fähre sei sicher.\n\nDie Stadt zahlt jährlich drei Millionen Euro. "
                  "Gegen die Werft ermittelt die Staatsanwaltschaft. Der Chef soll Gelder veruntreut haben.")
    assert not any(any("veruntreut" in doc.span_text(c) for c in a.content) and source_name(doc, a) == "Ole Brandt"
                   for a in doc.attributions)


def test_a_new_paragraph_about_the_speaker_goes_on_with_the_speech() -> None:
    doc = de("Der Minister Jan Roth sagte, die Messwerte seien zu hoch.\n\nRoth war mehrmals vor Ort. "
                  "Die Behörden seien zu langsam.")
    a = one(doc, "Die Behörden seien")
    assert source_name(doc, a) == "Jan Roth"


def test_an_inverted_subject_that_runs_into_a_named_object() -> None:
    doc = de("Hanna Weber traf Lars Jensen. Lars Jensen kam spät. Später dankte Hanna Lars Jensen für das Treffen – "
                  "und nannte ihn einen «verlässlichen Partner».")
    a = next(a for a in doc.attributions if a.source_span is not None and "Hanna" in doc.span_text(a.source_span))
    assert source_text(doc, a) == "Hanna"
    assert "Jensen" not in (source_name(doc, a) or "")


def test_a_fronted_object_before_a_nominative_pronoun_is_no_speaker() -> None:
    doc = de("Der Förster Paul Weber ging durch den Wald. Die Entwicklung der Bestände kommentierte er mit den Worten: „Das ist bedenklich.“")
    a = one(doc, "Das ist bedenklich")
    assert source_text(doc, a) == "er"
    assert source_name(doc, a) == "Paul Weber"


def test_a_fronted_abstract_noun_gives_way_to_the_person_after_the_verb() -> None:
    doc = de("Die Ministerin Anna Roth besuchte den Hof. Die neue Regelung bezeichnete Roth als großen Fortschritt.")
    a = one(doc, "großen Fortschritt")
    assert source_name(doc, a) == "Anna Roth"


def test_an_organisation_before_the_verb_stays_the_speaker() -> None:
    doc = de("Die Regierung bezeichnete den Plan als Fehler.")
    a = one(doc, "den Plan als Fehler")
    assert source_text(doc, a) == "Die Regierung"


def test_continued_speech_points_at_the_mention_it_goes_on_from() -> None:
    text = "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Lea Sommer. „Die alte ist nicht mehr sicher.“"
    doc = de(text)
    a = one(doc, "Die alte ist nicht mehr sicher")
    assert source_text(doc, a) == "Bürgermeisterin Lea Sommer"
    assert source_name(doc, a) == "Lea Sommer"


def test_a_report_without_clause_needs_the_cue_as_the_main_verb() -> None:
    for text in (
        "Drei des Betrugs beschuldigte Händler müssen sich ab Montag vor Gericht verantworten.",
        "Am Abend kam es zu Protesten, als der Bürgermeister die Pläne erklären wollte.",
        "Die Probleme des Vereins liegen in der schwachen Führung begründet.",
    ):
        assert de(text).attributions == [], text
    doc = sourcetrace.analyze("Die Schüler klagten über zu viel Stress.", date="2024-10-13", lang="de", conventions="denews")
    assert source_text(doc, one(doc, "zu viel Stress")) == "Die Schüler"


def test_a_report_in_a_named_text_after_heisst_es_has_that_text_as_its_source() -> None:
    doc = de("Die Kommission tagte bis in die Nacht. Nun heißt es im Abschlussbericht, die Wahl sei fair gewesen.")
    a = one(doc, "die Wahl sei fair")
    assert source_text(doc, a) == "Abschlussbericht"
    assert doc.span_text(a.content[0]) == "die Wahl sei fair gewesen"
    doc = de("Die Schule verschickte eine Mitteilung. So heißt es in dem Brief ausdrücklich: „Die Turnhalle bleibt geschlossen.“")
    a = one(doc, "Die Turnhalle bleibt")
    assert (a.mode, source_text(doc, a)) == ("direct", "dem Brief")


def test_darin_points_at_the_text_named_in_the_sentence_before() -> None:
    doc = de("Es war ein langer Tag. Der Verein verschickte am Freitag eine Erklärung. Darin steht unter anderem: „Wir ziehen die Mannschaft mit sofortiger Wirkung zurück.“")
    a = one(doc, "Wir ziehen die Mannschaft")
    assert source_text(doc, a) == "eine Erklärung"


def test_a_sentence_of_speaker_and_cue_alone_introduces_the_quotation_after_it() -> None:
    doc = de("Es war ein langer Tag. Die Ministerin Eva Lang sprach im Landtag. Sie fügte hinzu. „Wir werden die Schulen sanieren, sobald das Geld da ist.“")
    a = one(doc, "Wir werden die Schulen")
    assert source_text(doc, a) == "Sie"
    assert source_name(doc, a) == "Eva Lang"


def test_an_adverb_before_the_colon_keeps_the_quotation_with_its_inverted_speaker() -> None:
    doc = de("Es war ein langer Tag. Nachdem der Moderator ihn gefragt hatte, entgegnete Meier empört: „Das lasse ich mir nicht gefallen, das ist eine Frechheit.“")
    a = one(doc, "Das lasse ich mir")
    assert source_text(doc, a) == "Meier"
    assert all("Nachdem der Moderator" not in doc.span_text(c) for x in doc.attributions for c in x.content)


def test_pronouns_agree_in_gender_with_the_person_they_point_at() -> None:
    text = ("Heute gab es ein Treffen.\nDie Ministerin Anna Roth traf den Bürgermeister Hans Berger im Rathaus. "
            "Sie sagte, die Lage sei gut. Er betonte, es gebe Probleme.")
    doc = de(text)
    assert source_name(doc, one(doc, "die Lage sei gut")) == "Anna Roth"
    assert source_name(doc, one(doc, "es gebe Probleme")) == "Hans Berger"
    assert sorted(s.name for s in doc.sources) == ["Anna Roth", "Hans Berger"]  # a pronoun adds no second source


def test_so_with_its_verb_closes_a_quotation_and_names_the_speaker_after_an_object_pronoun() -> None:
    doc = de("Es war ein langer Tag.\nDer Konzern baut Stellen ab. „Gegenüber seinem Personal ist er die eiserne Hand im Handschuh“, "
                  "so charakterisierte ihn der Gewerkschafter Paul Aubin von der CFTC.")
    a = one(doc, "die eiserne Hand")
    assert (a.mode, doc.span_text(a.cue) if a.cue else None) == ("direct", "charakterisierte")
    assert source_name(doc, a) == "Paul Aubin"


def test_nach_an_event_with_its_definite_article_is_no_according_to() -> None:
    doc = de("Die Helfer sollen beim Aufbau der Verwaltung nach der Unabhängigkeitserklärung helfen.")
    assert all(a.mode != "according_to" for a in doc.attributions)
    doc = de("Nach Angaben der Feuerwehr ist die Straße wieder frei.")
    assert one(doc, "die Straße wieder frei").mode == "according_to"


def test_weder_noch_negates_both_cues_and_an_als_clause_is_no_content() -> None:
    doc = de("Die Reederei konnte weder bestätigen noch ausschließen, dass ein Matrose vermisst wird.")
    assert doc.attributions == []
    doc = de("Es war spät. Der Historiker Paul Marx verglich die Lage mit dem Jahr 1923, als die Preise täglich stiegen.")
    assert all(not doc.span_text(c).startswith("als die Preise") for a in doc.attributions for c in a.content)


def test_the_case_of_german_function_words_is_data() -> None:
    # resources/de/lexicon.json holds them (issue 7: language knowledge as data); English has none
    lx_de, lx_en = lang("de"), lang("en")
    assert {"er", "ich", "wir"} <= lx_de.nominative_only_pronouns and "sie" not in lx_de.nominative_only_pronouns
    assert {"den", "dem", "des"} <= lx_de.oblique_articles and "der" not in lx_de.oblique_articles
    assert "der" in lx_de.relative_subjects and "dem" not in lx_de.relative_subjects
    assert not (lx_en.nominative_only_pronouns or lx_en.oblique_articles or lx_en.relative_subjects or lx_en.inverted_pronouns)
    doc = de("Die neue Regelung bezeichnete er als großen Fortschritt für die Häfen.")
    assert [source_text(doc, a) for a in doc.attributions] == ["er"]


def test_the_speaker_as_written_keeps_its_apposition() -> None:
    doc = sourcetrace.analyze("Greta Lind, die Leiterin der Fachstelle, kündigte an, die Prüfung zu beschleunigen.", date="2024-10-13", lang="de")
    a = doc.attributions[0]
    assert doc.span_text(a.source_span) == "Greta Lind, die Leiterin der Fachstelle"
    assert next(s.name for s in doc.sources if s.id == a.source) == "Greta Lind"
    doc = sourcetrace.analyze("Die Lage sei ernst, sagte Greta Lind, die Leiterin der Fachstelle.", date="2024-10-13", lang="de")
    assert doc.span_text(doc.attributions[0].source_span) == "Greta Lind, die Leiterin der Fachstelle"


def test_a_relative_clause_or_a_clause_of_time_is_no_apposition_of_the_speaker() -> None:
    for text in ("Greta Lind, die am Montag in Kiel war, sagte, die Lage sei ernst.", "Die Lage sei ernst, sagte Greta Lind, als sie ankam."):
        doc = sourcetrace.analyze(text, date="2024-10-13", lang="de")
        assert doc.span_text(doc.attributions[0].source_span) == "Greta Lind", text


def test_the_head_noun_after_an_extended_attribute_names_the_source() -> None:
    doc = de("Der für das Morgenmagazin zuständige WDR erklärte, die Sendung werde fortgesetzt.")
    assert source_name(doc, one(doc, "die Sendung werde")) == "WDR"
    doc = de("Der für Kultur zuständige Senator Paul Brandt sagte, das Museum bleibe geöffnet.")
    assert source_name(doc, one(doc, "das Museum bleibe")) == "Paul Brandt"


def test_the_broadcasters_network_is_no_alias_of_its_news_programme() -> None:
    doc = de("Die ARD teilte mit, das Programm werde geändert. Die Tagesschau berichtete, der Streik sei beendet.")
    assert source_name(doc, one(doc, "das Programm werde")) == "ARD"
    assert source_name(doc, one(doc, "der Streik sei")) == "tagesschau"


def test_a_tally_or_a_projection_someone_gives_is_according_to_them() -> None:
    doc = de("Das Unwetter hat nach einer Bilanz der Feuerwehr vier Verletzte gefordert.")
    a = one(doc, "vier Verletzte")
    assert a.mode == "according_to" and source_text(doc, a) == "einer Bilanz der Feuerwehr"
    doc = de("Nach einer Hochrechnung des Senders liegt die Partei knapp vorn.")
    assert one(doc, "liegt die Partei").mode == "according_to"


def test_a_name_quoted_in_the_apposition_does_not_name_the_speaker() -> None:
    doc = de("Lena Kraus, Abgeordnete der Partei „Neue Mitte“, sagte, der Haushalt sei solide.")
    assert source_name(doc, one(doc, "der Haushalt sei")) == "Lena Kraus"
