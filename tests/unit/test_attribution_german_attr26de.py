"""German attributions and sources of session 26 (attr26de), on our own invented sentences: a tag
before a colon that goes on speaking, ", so X:" with more after the colon, new verbs of speech
(also a separable one), a description of an outlet that stands only for an outlet of its kind, a
graded opener with an adjective and its noun, and continued speech after a survey's according-to
phrase."""

from __future__ import annotations

from attribution_helpers import de, link_names, one, source_name, source_text


def test_tag_before_a_colon_reports_the_clause_before_it_and_the_colon_goes_on() -> None:
    doc = de("Der Bach ist heute klar. Das war vor vielen Jahren ganz anders, sagt Fischer Huber: "
             "Damals trieb der Schaum bis zur Mühle.")
    a = one(doc, "ganz anders")
    assert doc.span_text(a.content[0]) == "Das war vor vielen Jahren ganz anders"
    assert a.rule == "attr.indirect.de.postposed+colon_after"
    assert source_text(doc, a) == "Fischer Huber"
    b = one(doc, "Damals trieb der Schaum")
    assert source_name(doc, b) == source_name(doc, a)


def test_no_colon_tag_after_a_subordinate_clause() -> None:
    doc = de("Die Sitzung dauerte lange. Als die Frage kam, ob er bleibe, sagte Huber: Ich bleibe.")
    assert not any("colon_after" in a.rule for a in doc.attributions)
    assert one(doc, "Ich bleibe").rule.startswith("attr.indirect.de.inverted")


def test_so_tag_before_a_colon_gives_both_claims_to_the_speaker() -> None:
    doc = de("Das Werk bleibt geschlossen. Ein Neubau ist derzeit nicht zu finanzieren, so die Sprecherin am "
             "Montag: Ja, wir haben uns aus dem Projekt zurückgezogen.")
    a = one(doc, "nicht zu finanzieren")
    assert a.rule == "attr.indirect.de.so"
    assert doc.span_text(a.content[0]) == "Ein Neubau ist derzeit nicht zu finanzieren"
    b = one(doc, "zurückgezogen")
    assert b.rule == "attr.indirect.de.so+colon_after"
    assert source_text(doc, b) == "die Sprecherin"


def test_so_tag_closing_the_sentence_has_no_colon_claim() -> None:
    doc = de("Der Zug fällt aus. Die Strecke bleibt bis Freitag gesperrt, so der Betreiber.")
    a = one(doc, "bis Freitag gesperrt")
    assert a.rule == "attr.indirect.de.so"
    assert not any("colon_after" in x.rule for x in doc.attributions)


def test_new_verbs_of_speech_after_the_claim() -> None:
    doc = de("Die Gäste bleiben aus. Davon wird die Region kaum profitieren, analysiert Forscherin Lena Brandt. "
             "Die Kosten steigen. Drei Millionen Euro fehlen den Gemeinden, errechnete Berater Tom Kerner.")
    assert source_text(doc, one(doc, "kaum profitieren")) == "Forscherin Lena Brandt"
    assert source_text(doc, one(doc, "Drei Millionen Euro fehlen")) == "Berater Tom Kerner"


def test_a_separable_verb_of_speech_with_its_particle_after_the_speaker() -> None:
    doc = de("Die Reform stockt. Die Umsetzung gestaltet sich schwierig, gesteht die Kassenchefin zu.")
    assert source_text(doc, one(doc, "gestaltet sich schwierig")) == "die Kassenchefin"


def test_an_unknown_verb_still_makes_no_tag() -> None:
    doc = de("Die Gäste bleiben aus. Davon wird die Region kaum profitieren, rudert Lena Brandt.")
    assert not any("kaum profitieren" in doc.span_text(c) for a in doc.attributions for c in a.content)


def test_the_paper_described_is_the_paper_named_before_not_the_agency() -> None:
    doc = de("Der Bürgermeister von Lindenau ist zurückgetreten. Das berichtete die Nachrichtenagentur Nordpress "
             "am Montag. Der Rücktritt sei seit Wochen erwartet worden, meldete die Zeitung Lindenauer Bote. "
             "Ein Sprecher des Innenministeriums sagte dem Blatt, man prüfe die Vorgänge.")
    assert link_names(one(doc, "man prüfe die Vorgänge")) == ["Lindenauer Bote"]


def test_the_agency_described_is_the_agency_even_after_a_paper() -> None:
    doc = de("Die Nachrichtenagentur Nordpress meldete, im Hafen brenne es. Die Zeitung Lindenauer Bote schrieb, "
             "es gebe drei Verletzte. Ein Sprecher der Feuerwehr sagte der Agentur, der Brand sei gelöscht.")
    assert link_names(one(doc, "der Brand sei gelöscht")) == ["Nordpress"]


def test_graded_opener_with_an_adjective_and_its_noun_names_the_next_speaker() -> None:
    doc = de("Bürgermeister Jan Ott erklärte, der Haushalt sei ausgeglichen. Etwas langen Atem bewies "
             "Stadträtin Petra Kühn in der Debatte. Die Schulden seien viel zu hoch.")
    a = one(doc, "Die Schulden seien viel zu hoch")
    assert a.rule == "attr.continuation.de.konjunktiv+about"
    assert source_name(doc, a) == "Petra Kühn"  # (not the speaker before, nor none)


def test_speech_goes_on_with_the_speaker_before_a_survey_phrase() -> None:
    doc = de("Gewerkschaftschef Karl Brandl sagte am Dienstag, die Belastung steige seit Jahren. Laut der Umfrage "
             "arbeiten viele Beschäftigte auch im Urlaub. Die Hälfte aller Krankheiten habe ihre Ursache im Beruf.")
    a = one(doc, "Die Hälfte aller Krankheiten")
    assert "+voice_before" in a.rule
    assert source_name(doc, a) == "Karl Brandl"


def test_speech_goes_on_with_the_survey_when_no_one_spoke_right_before() -> None:
    doc = de("Die Belastung im Beruf steigt. Viele klagen über Stress. Laut der Umfrage arbeiten viele "
             "Beschäftigte auch im Urlaub. Die Hälfte aller Krankheiten habe ihre Ursache im Beruf.")
    a = one(doc, "Die Hälfte aller Krankheiten")
    assert "+voice_before" not in a.rule
