"""German continued reported speech when another person or text comes between (invented sentences): a
main clause that opens with a graded phrase ("Etwas gelassener beurteilte X …", also with an adjective
and its noun) names the one whose Konjunktiv follows (`continuation._person_after_graded_opener`); after
a perfect with an according-to phrase the perfect's subject speaks on if the verb is one of speech;
first-person speech after a lead with its own subject is that person's; speech goes on with the
speaker before a survey's according-to phrase, else with the survey; a reflexive "sich ergeben" names
a result, no report, so speech goes on through it."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name, source_text

from sourcetrace.steps.attribution.context import Context
from sourcetrace.steps.attribution.continuation import _person_after_graded_opener
from sourcetrace.steps.lexicon import lang

_QUOTED = "Kämmerin Petra Lindner kritisierte den Entwurf scharf: „Wir können uns das nicht leisten. Das ist ein Fehler.“ "


def test_the_person_after_a_graded_opener_speaks_on() -> None:
    doc = de("Der Stadtrat beriet am Montag über den Haushalt.\n\n" + _QUOTED
             + "Etwas gelassener beurteilte Bürgermeister Klaus Berger die Lage der Stadt. Der Haushalt sei solide geplant. "
             "Sparen sei jetzt nicht nötig.")
    a = one(doc, "Der Haushalt sei solide geplant")
    assert a.rule.startswith("attr.continuation.de.konjunktiv+about")
    assert source_name(doc, a) == "Klaus Berger"
    assert source_name(doc, one(doc, "Sparen sei jetzt nicht nötig")) == "Klaus Berger"


def test_without_a_person_after_the_verb_the_speech_goes_on_with_its_speaker() -> None:
    doc = de("Der Stadtrat beriet am Montag über den Haushalt.\n\n" + _QUOTED
             + "Etwas später begann die Sitzung wieder. Der Haushalt sei falsch geplant.")
    a = one(doc, "Der Haushalt sei falsch geplant")
    assert a.rule.startswith("attr.continuation.de.konjunktiv+inherit")
    assert source_name(doc, a) == "Petra Lindner"  # (the role is no part of the name: person_roles, session 26)


def test_the_graded_opener_rule_names_no_pronoun_article_or_thing() -> None:
    lx = lang("de")
    for text, want in (("Deutlich schärfer äußerte sich Landesrätin Maria Huber zum Plan.", "Landesrätin Maria Huber"),
                       ("Deutlich schärfer formulierte es die Opposition.", None),  # (a pronoun, then an article)
                       ("Etwas gelassener sieht er die Lage.", None),  # (a pronoun after the verb)
                       ("Viel vorsichtiger formulierte Kanzler Max Winter seine Antwort.", "Kanzler Max Winter"),
                       ("Der Plan überzeugte Bürgermeister Klaus Berger nicht.", None),  # (an article opens: a subject of its own)
                       ("Etwas weiter nördlich liegt Kleinstadt am See.", None)):  # (no person after the verb)
        doc = de(text)
        sp = _person_after_graded_opener(Context(doc), doc.sentences[0], lx)
        assert (doc.span_text(sp) if sp is not None else None) == want, text


def test_graded_opener_with_an_adjective_and_its_noun_names_the_next_speaker() -> None:
    doc = de("Bürgermeister Jan Ott erklärte, der Haushalt sei ausgeglichen. Etwas langen Atem bewies "
             "Stadträtin Petra Kühn in der Debatte. Die Schulden seien viel zu hoch.")
    a = one(doc, "Die Schulden seien viel zu hoch")
    assert a.rule == "attr.continuation.de.konjunktiv+about"
    assert source_name(doc, a) == "Petra Kühn"  # (not the speaker before, nor none)


def test_speech_after_a_perfect_with_an_according_phrase_goes_on_with_its_subject() -> None:
    # the text named by "laut" carried it: the one the perfect's subject names spoke
    doc = de("Die Firma Nordbau steht vor Gericht.\n\nZwei Tage später hat Thomas Meier das laut Anklageschrift vor dem "
             "Richter, in Linz, ausgesagt. Seine Firma sei von der Stadt bezahlt worden. Es habe viel Geld gegeben.")
    a = one(doc, "Seine Firma sei von der Stadt bezahlt worden")
    assert a.rule.startswith("attr.continuation.de.konjunktiv+cue_subject") and source_name(doc, a) == "Thomas Meier"
    assert source_name(doc, one(doc, "Es habe viel Geld gegeben")) == "Thomas Meier"


def test_after_a_perfect_of_no_speech_the_according_phrase_goes_on() -> None:
    doc = de("Die Firma Nordbau steht vor Gericht.\n\nZwei Tage später hat Thomas Meier laut Anklageschrift die Stadt "
             "verlassen. Seine Firma sei von der Stadt bezahlt worden.")
    a = one(doc, "Seine Firma sei von der Stadt bezahlt worden")
    assert a.rule.startswith("attr.continuation.de.konjunktiv+inherit") and source_name(doc, a) == "Anklageschrift"


def test_first_person_speech_after_a_lead_with_its_own_subject_is_that_persons() -> None:
    doc = de("Im Dorf wird viel über den Zaun gesprochen.\n\nMit den Fremden habe er kein Problem, sagt Wirt Anton Kofler. "
             "Sie haben uns nur die Äpfel gegessen, das ist mir egal. Bürgermeister Stefan Gruber steht noch immer unter dem "
             "Eindruck der letzten Woche: Als die Leute durch unsere Gassen zogen, war das für alle schlimm.")
    a = one(doc, "Als die Leute durch unsere Gassen zogen")
    # (a lead with its own subject before words in the first person: those words are the subject's own,
    # direct, by the colon lead, rule attr.direct.de.colon_lead.first_person, session 38)
    assert a.rule == "attr.direct.de.colon_lead.first_person" and a.mode == "direct" and source_name(doc, a) == "Stefan Gruber"
    assert doc.span_text(a.content[0]).startswith("Als die Leute")  # (the lead before the colon is the author's)
    # the speech before, with no lead of its own, goes on with its speaker
    assert source_name(doc, one(doc, "Sie haben uns nur die Äpfel gegessen")) == "Wirt Anton Kofler"


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


def test_reflexive_ergeben_is_no_report_and_speech_goes_on() -> None:
    doc = de("Der Rat tagt im Mai. Laut dem Kämmerer droht ein Defizit. Dies ergebe sich aus dem Haushalt.")
    a = one(doc, "ergebe sich")
    assert a.mode == "continuation"
    assert a.rule == "attr.continuation.de.konjunktiv+inherit"
    assert source_text(doc, a) == "dem Kämmerer"


def test_ergeben_with_a_clause_still_reports() -> None:
    doc = de("Die Schule wurde befragt. Die Umfrage ergab, dass die meisten Eltern zufrieden sind.")
    a = one(doc, "die meisten Eltern")
    assert a.mode == "indirect"
    assert source_text(doc, a) == "Die Umfrage"
