"""German constructions of real news copy (sentences of our own; issue 7): an event
is no speaker, a noun of age stands for the person named before, "Geht es nach X" is an
according-to phrase, and the Konjunktiv after a frame of someone's state of mind is that
person's speech."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one, source_name

analyze = partial(analyse, lang="de", date="2024-10-17")


def test_an_event_shows_something_but_says_nothing() -> None:
    for text in ("Der Rundgang durch die Altstadt zeige, dass die Läden leer stünden.",
                 "Ein Besuch im Hafen zeigt: Die Fischer hätten kaum noch Arbeit.",
                 "Der Zwischenfall am Flughafen belegt, dass die Kontrollen nicht reichen."):
        doc = analyze(text)
        assert doc.attributions == [], text
        assert doc.sources == [], text
    # a person or a study still shows something on its own word
    doc = analyze("Die Studie der Universität zeigt, dass die Mieten steigen.")
    assert one(doc, "Mieten steigen").mode == "indirect"


def test_a_later_cue_speaks_when_an_event_opens_the_sentence() -> None:
    doc = analyze("Der Unfall an der Kreuzung zeigt, dass die Ampel zu kurz geschaltet ist, sagte die Sprecherin Lea Sommer.")
    a = one(doc, "Ampel")
    assert a.mode == "indirect" and source_name(doc, a) == "Lea Sommer"


def test_a_noun_of_age_stands_for_the_person_named_before() -> None:
    doc = analyze("Der Trainer Udo Brand ist seit zehn Jahren im Verein. Der 54-Jährige sagte am Sonntag, er wolle noch lange bleiben.")
    assert source_name(doc, one(doc, "lange bleiben")) == "Udo Brand"
    doc = analyze("Am Montag besuchte Bürgermeisterin Eva Lang mit dem Stadtrat Tom Weiss das Werk. "
                  "Die 61-Jährige sagte, der Standort sei sicher.")
    assert source_name(doc, one(doc, "Standort")) == "Eva Lang"  # the woman, not the man named last


def test_geht_es_nach_x_is_an_according_to_phrase() -> None:
    doc = analyze("Geht es nach dem Landrat Peter Holm, soll die Umgehungsstraße im Sommer fertig sein.")
    a = one(doc, "Umgehungsstraße")
    assert a.mode == "according_to" and a.rule == "attr.according.de.goes_by"
    assert doc.span_text(a.content[0]) == "soll die Umgehungsstraße im Sommer fertig sein" and source_name(doc, a) == "Peter Holm"
    doc = analyze("Wenn es nach der Ministerin Eva Lang geht, wird das Gesetz noch in diesem Jahr verabschiedet.")
    a = one(doc, "Gesetz")
    assert a.mode == "according_to" and source_name(doc, a) == "Eva Lang"
    assert doc.span_text(a.content[0]) == "wird das Gesetz noch in diesem Jahr verabschiedet"
    # "nach" of time or place is no one's word
    assert analyze("Geht es nach Norden, wird die Straße schmaler.").attributions == []


def test_konjunktiv_after_a_frame_of_someones_state_is_their_speech() -> None:
    doc = analyze("Der Landrat Peter Holm zeigte sich erschüttert. Man müsse jetzt schnell helfen. Die Opfer bräuchten Unterstützung.")
    for needle in ("schnell helfen", "Unterstützung"):
        a = one(doc, needle)
        assert a.mode == "continuation" and source_name(doc, a) == "Peter Holm", needle
    assert one(doc, "schnell helfen").rule == "attr.continuation.de.konjunktiv+frame"
    doc = analyze("Erschüttert zeigte sich auch die Ministerin Eva Lang. Das Land werde den Familien helfen.")
    assert source_name(doc, one(doc, "Familien helfen")) == "Eva Lang"
    # a new person's frame ends the speech before it
    doc = analyze("Die Ministerin Eva Lang sagte, der Plan sei gut. Der Landrat Peter Holm reagierte empört. Er habe nichts davon gewusst.")
    assert source_name(doc, one(doc, "nichts davon")) == "Peter Holm"
    # the author's indicative after the frame says nothing
    assert analyze("Der Landrat zeigte sich zufrieden. Das Wetter war gut.").attributions == []


def test_fuer_a_named_person_before_a_copula_is_that_persons_view() -> None:
    doc = analyze("Für den Historiker Jan Ott ist der Fund im Moor ein großer Glücksfall.")
    a = one(doc, "Glücksfall")
    assert a.mode == "according_to" and a.rule == "attr.according.de.perspective" and source_name(doc, a) == "Jan Ott"
    assert doc.span_text(a.content[0]) == "ist der Fund im Moor ein großer Glücksfall"
    # the view goes on in the Konjunktiv
    doc = analyze("Für die Trainerin Mia Roth ist der Kunstrasen ein echter Gewinn. Die Jugend könne nun auch im Winter üben.")
    assert source_name(doc, one(doc, "im Winter")) == "Mia Roth"
    # no one named: no one's view
    assert analyze("Für die Anleger war es ein schwarzer Tag an der Börse.").attributions == []


def test_a_konjunktiv_i_after_a_sentence_that_names_one_speaker() -> None:
    doc = analyze("Der Bauleiter Tom Lee führte am Morgen über das Gelände. "
                  "Danach hatte Lee die neue Halle besichtigt. Der Zeitplan sei trotz des Regens zu halten.")
    a = one(doc, "Zeitplan")
    assert a.mode == "continuation" and a.rule == "attr.continuation.de.konjunktiv+subject" and source_name(doc, a) == "Tom Lee"
    doc = analyze("Der Verband Radio Nord hingegen bleibt vorsichtig. Die Zahlen könne man noch nicht beurteilen.")
    assert source_name(doc, one(doc, "Zahlen")) == "Radio Nord"
    # a Konjunktiv II is the author's wish, a heading names no one who speaks
    assert analyze("Der Bürgermeister Jan Ott eröffnete das Fest. Es wäre schön gewesen, wenn mehr Gäste gekommen wären.").attributions == []
    doc = analyze("Der Preis geht an Präsident Tom Lee\nDen Preis habe der Präsident Tom Lee selbst gestiftet, sagte die Jurorin Eva Lang am Abend.")
    assert all(source_name(doc, a) != "Tom Lee" for a in doc.attributions)


def test_a_tag_after_its_claim_leaves_the_dateline_and_the_lead_before_a_colon_out() -> None:
    doc = analyze("Kleinhafen – Die Fähre fährt ab Mai wieder stündlich, sagt der Hafenmeister Jan Ott.")
    assert doc.span_text(one(doc, "Fähre").content[0]) == "Die Fähre fährt ab Mai wieder stündlich"
    doc = analyze("Keine Panik, so lautet die Botschaft von Jan Ott: Der Deich hält auch dem nächsten Sturm stand, sagt der Ingenieur.")
    assert doc.span_text(one(doc, "Deich").content[0]) == "Der Deich hält auch dem nächsten Sturm stand"
    # a quotation after the colon stays with the words that frame it
    doc = analyze("Am Bahnhof hängte der Wirt ein Schild auf: „Heute nur Suppe“, erzählt der Nachbar Jan Ott.")
    assert any(doc.span_text(c).startswith("Am Bahnhof hängte") for a in doc.attributions for c in a.content)


def test_zu_bedenken_geben_and_more_konjunktiv_forms() -> None:
    doc = analyze("Ein neuer Bahnhof sei teurer als geplant, gab der Stadtrat Tom Weiss zu bedenken. "
                  "Die Stadt müsse daher sparen.")
    a = one(doc, "teurer als geplant")
    assert a.mode == "indirect" and source_name(doc, a) == "Tom Weiss"
    assert source_name(doc, one(doc, "sparen")) == "Tom Weiss"
    doc = analyze("Die Sprecherin Ina Falk sagte, das Fest sei gelungen. Der Regen bereite ihr keine Sorgen. Die Gäste trügen ohnehin Schirme.")
    for needle in ("Regen bereite", "Gäste trügen"):
        a = one(doc, needle)
        assert a.mode == "continuation" and source_name(doc, a) == "Ina Falk", needle


def test_a_quoted_event_after_a_preposition_is_no_link_and_no_source() -> None:
    for text in ("Der Minister Jan Ott sagte auf dem «Zukunftsforum» in Bonn, die Wirtschaft wachse wieder.",
                 "Die Steuern sinken, sagte die Ministerin Eva Lang auf dem «Zukunftsforum» der Wirtschaft."):
        doc = analyze(text)
        assert len(doc.attributions) == 1 and doc.attributions[0].via == [], text
        assert [s.name for s in doc.sources] == ["Jan Ott" if "Jan Ott" in text else "Eva Lang"], text
    # a medium addressed in the dative stays a link
    doc = analyze("Die Ministerin Eva Lang sagte der Zeitung «Nordkurier», die Steuern würden sinken.")
    assert [v.name for v in one(doc, "Steuern").via] == ["Nordkurier"]


def test_heisst_with_a_subject_of_its_own_names_something() -> None:
    assert analyze("Blauer Kreis heißt der Verein, und sein Sitz liegt am Markt.").attributions == []
    doc = analyze("Im Bericht heißt es, die Lage sei ernst.")
    assert one(doc, "Lage").mode == "indirect"
    doc = analyze("Die Lage sei ernst, hieß es aus dem Ministerium.")
    assert one(doc, "Lage").mode == "indirect"


def test_the_subject_of_a_passive_participle_is_no_speaker() -> None:
    doc = analyze("Der Bericht muss noch von allen Mitgliedern gelesen werden, bevor die Sitzung beginnt.")
    assert doc.attributions == []


def test_er_after_a_surname_in_its_own_sentence_is_that_person() -> None:
    doc = analyze("Der Kämmerer Hans Lotter war dagegen. Stadtrat Lutz Weingart kam später. Weingart verlangt eine Prüfung.\n"
                  "Für Weingart ein klarer Fehler, wie er am Montag betonte. Die Kosten lägen viel zu hoch.")
    for needle in ("klarer Fehler", "viel zu hoch"):
        assert source_name(doc, one(doc, needle)) == "Lutz Weingart", needle
