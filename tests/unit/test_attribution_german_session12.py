"""German constructions of real news copy, session 12 (sentences of our own; issue 7): an event
is no speaker, a noun of age stands for the person named before, "Geht es nach X" is an
according-to phrase, and the Konjunktiv after a frame of someone's state of mind is that
person's speech."""

from __future__ import annotations

from tests.attribution_helpers import one, source_name

import sourcetrace
from sourcetrace.document import Document


def analyze(text: str) -> Document:
    return sourcetrace.analyze(text, date="2024-10-17", lang="de")


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
    doc = analyze("Der Brandanschlag auf das Vereinsheim zeigt, dass die Täter vor nichts zurückschrecken, erklärte die Vorsitzende Lea Sommer.")
    a = one(doc, "vor nichts")
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
