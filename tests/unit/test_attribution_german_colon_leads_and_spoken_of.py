"""German claims behind a lead-in (sentences of our own; issue 7, session 20): a clause that opens
with a fronted phrase and names its speaker after the verb ("Trotz … sieht sie keinen Grund: …")
introduces the Konjunktiv after its colon; unquoted speech in the first person that goes on after
such a lead-in is what follows the colon; "sprach von …" claims the phrase from "von" on; a policy
after "gemäß" is a norm, no one's claim."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_a_fronted_phrase_then_the_verb_and_a_pronoun_before_the_colon() -> None:
    doc = de("Die Ministerin Anna Berg hat am Montag neue Regeln angekündigt. Die Regeln würden ab Mai gelten, sagte Berg. "
             "Trotz zuletzt gesunkener Zahlen sieht sie keinen Grund zur Entwarnung: Die Beschlüsse der Länder seien nicht umgesetzt.")
    a = one(doc, "Beschlüsse der Länder")
    assert doc.span_text(a.content[0]) == "Die Beschlüsse der Länder seien nicht umgesetzt"
    assert source_name(doc, a) == "Anna Berg"
    assert a.rule.startswith("attr.indirect.de.colon_subject.fronted")


def test_a_fronted_adverb_then_the_verb_es_and_the_speaker() -> None:
    doc = de("Der Bund setzt auf Kontrollen. Ganz so düster sieht es der Ökonom Jan Roth nicht: Auch in Österreich gebe es Wachstum.")
    a = one(doc, "Wachstum")
    assert doc.span_text(a.content[0]) == "Auch in Österreich gebe es Wachstum"
    assert source_name(doc, a) == "Jan Roth"


def test_an_adjective_before_its_noun_is_no_verb_and_a_thing_no_speaker() -> None:
    # ("Trotz gesunkener Zahlen" is no verb and its noun; no one before the colon can speak)
    doc = de("Trotz deutlich gesunkener Zahlen bleibt die Lage im Land angespannt: Die Preise seien hoch.")
    assert all(a.rule != "attr.indirect.de.colon_subject.fronted" for a in doc.attributions)


def test_first_person_speech_after_a_lead_in_is_what_follows_the_colon() -> None:
    doc = de("Die Ministerin Anna Berg sagte, die Regeln würden ab Mai gelten. "
             "Doch die Ministerin, die seit Mai im Amt ist, sieht es nüchtern: Sparen liegt nicht in unserer Natur.")
    a = one(doc, "Sparen liegt")
    assert doc.span_text(a.content[0]) == "Sparen liegt nicht in unserer Natur"


def test_sprach_von_claims_the_phrase_from_von_on() -> None:
    doc = de("Die Rebellengruppe PKK sprach in ihrem Bekennerschreiben von zwölf getöteten Soldaten.")
    a = one(doc, "zwölf getöteten Soldaten")
    assert doc.span_text(a.content[0]) == "von zwölf getöteten Soldaten"
    assert source_name(doc, a) in ("PKK", "Rebellengruppe PKK")


def test_a_policy_after_gemaess_is_a_norm() -> None:
    doc = de("Gemäß der strengen Einwanderungspolitik des Landes werden Flüchtlinge in Lager auf einer Insel gebracht.")
    assert doc.attributions == []
