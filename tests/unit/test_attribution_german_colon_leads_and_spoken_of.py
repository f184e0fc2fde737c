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
    doc = de("Die Reederei Nordwind sprach in ihrer Mitteilung von drei beschädigten Fähren.")
    a = one(doc, "drei beschädigten Fähren")
    assert doc.span_text(a.content[0]) == "von drei beschädigten Fähren"
    assert source_name(doc, a) in ("Nordwind", "Reederei Nordwind")


def test_a_policy_after_gemaess_is_a_norm() -> None:
    doc = de("Gemäß der strengen Einwanderungspolitik des Landes werden Flüchtlinge in Lager auf einer Insel gebracht.")
    assert doc.attributions == []


def test_a_naming_verb_claims_what_it_names_and_the_name() -> None:
    doc = de("Der Minister Jan Roth bezeichnete den Fahrplan als Zumutung, und der Verband sammelt Beschwerden.")
    a = one(doc, "Fahrplan")
    assert doc.span_text(a.content[0]) == "den Fahrplan als Zumutung"
    assert a.rule.startswith("attr.indirect.de.reported.named_as")
    doc = de("Am Montag nannte der Minister Jan Roth den Plan einen Fehler.")
    assert doc.span_text(one(doc, "Plan").content[0]) == "den Plan einen Fehler"
    doc = de("Überraschend und mutig nannte der Hafenexperte Jan Roth den Entwurf.")
    assert doc.span_text(one(doc, "mutig").content[0]) == "Überraschend und mutig"


def test_a_name_one_takes_is_no_claim() -> None:
    assert de("Die Sängerin Eva Roth nennt sich jetzt Stella.").attributions == []


def test_eigene_angaben_after_a_pronoun_are_the_pronoun_s_person() -> None:
    doc = de("Laut dem Sender wurde der junge Segler Sam Roth drei Wochen lang auf einer Insel festgehalten. "
             "Die Ärztin Eva Lund sagte, das sei falsch. "
             "Da er nach eigenen Angaben das Boot in Kiel ohne Papiere gewechselt hatte, sollte er eine Strafe zahlen.")
    a = one(doc, "Boot")
    assert source_name(doc, a) == "Sam Roth"


def test_her_account_is_never_a_man_s() -> None:
    doc = de("Der Polizist Jan Roth sagte, er habe nichts gesehen. Die Verletzte erzählt eine andere Geschichte. "
             "Dann habe sie nach ihrer Darstellung die Beamten um Einlass gebeten. Das sei alles ruhig verlaufen.")
    hers = [a for a in doc.attributions if "Beamten" in doc.span_text(a.content[-1])]
    assert hers and all(source_name(doc, a) != "Jan Roth" for a in hers)


def test_a_share_of_people_after_a_postposed_cue_speaks_and_names_no_one() -> None:
    doc = de("Eine Umfrage der Arbeiterkammer unter 800 Beschäftigten zeigt die Lage. "
             "Am Abend sei man kaum mehr zu sprechen, gab knapp ein Drittel der Teilnehmer an.")
    a = one(doc, "Abend")
    assert doc.span_text(a.content[0]) == "Am Abend sei man kaum mehr zu sprechen"
    assert doc.span_text(a.source_span) == "knapp ein Drittel der Teilnehmer"  # type: ignore[arg-type]
    # a share of a group is no one in particular: the mention stays, no source is listed for it
    assert a.source is None and a.rule.endswith("+names_nobody")
    assert all("Drittel" not in s.name for s in doc.sources)


def test_a_description_in_ler_or_schafter_stands_for_the_man_named_before() -> None:
    doc = de("Der Plan verstoße gegen das Recht der Union, sagte der Arbeitsrechtsexperte Jan Roth am Donnerstag. "
             "Das Gesetz sei überholt, so der Arbeitsrechtler.")
    a = one(doc, "überholt")
    assert source_name(doc, a) == "Jan Roth" and a.rule.endswith("+source.merge.description")
    assert [s.name for s in doc.sources] == ["Jan Roth"]


def test_von_after_a_study_that_names_no_one_is_no_author() -> None:
    doc = de("Viele Dörfer sind laut einer neuen Studie von Dürre bedroht.")
    a = one(doc, "Dörfer")
    assert doc.span_text(a.source_span) == "einer neuen Studie"  # type: ignore[arg-type]
    doc = de("Viele Dörfer sind laut einer neuen Studie von Greenpeace bedroht.")
    assert doc.span_text(one(doc, "Dörfer").source_span) == "einer neuen Studie von Greenpeace"  # type: ignore[arg-type]


def test_a_role_of_the_same_group_stands_for_the_man_named_before() -> None:
    doc = de("Der Plan verstoße gegen das Recht der Union, sagte der Arbeitsrechtsexperte Jan Roth am Donnerstag. "
             "Der Anwalt sieht im neuen Gesetz einen Fehler, auch wenn die Stadt davon profitiere.")
    assert [s.name for s in doc.sources] == ["Jan Roth"]


def test_the_civil_servant_a_sentence_names_goes_on_in_the_konjunktiv() -> None:
    doc = de("Wer den Schaden am Steg zu verantworten hat, soll Gutachterin Eva Lund prüfen. "
             "Der Beamte weist jede Schuld zurück. Er habe den Radfahrer erst sehr spät gesehen.")
    a = one(doc, "Radfahrer")
    assert a.mode == "continuation" and doc.span_text(a.source_span) == "Der Beamte"  # type: ignore[arg-type]


def test_aus_sicht_of_someone_who_can_speak_is_an_according_to_phrase() -> None:
    doc = de("Die Sanierung der Brücke kam aus Sicht der Landesregierung viel zu spät.")
    a = one(doc, "Sanierung")
    assert a.mode == "according_to" and doc.span_text(a.source_span) == "der Landesregierung"  # type: ignore[arg-type]
    assert de("Die Burg ist aus Sicht des Tals kaum zu sehen.").attributions == []


def test_an_according_to_claim_ends_at_a_colon_before_a_konjunktiv() -> None:
    doc = de("Was das für die Bauern bedeutet, hängt laut Jan Roth vom Wetter ab: In trockenen Jahren müsse man Wasser kaufen.")
    a = one(doc, "vom Wetter ab")
    assert a.mode == "according_to" and doc.span_text(a.content[-1]).endswith("laut Jan Roth vom Wetter ab")
    b = one(doc, "Wasser kaufen")
    assert b.mode == "continuation" and source_name(doc, b) == "Jan Roth"
    assert b.rule.startswith("attr.continuation.de.konjunktiv+after_colon")
