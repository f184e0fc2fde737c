"""German speakers of a cue (sentences of our own; issue 7): a descriptor noun before a name, an
article after a conjunction, 'lassen' with a speech verb, a speech verb's dative addressee, the
speaker after a postposed cue and its adverbials."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name, source_text


def test_an_article_before_a_descriptor_and_a_name_is_no_name_of_its_own() -> None:
    # "Der" stands alone elsewhere and "Radiosender Hafenfunk" is used again: still one speaker
    doc = de("Der Hafen bleibt zu. Der Radiosender Hafenfunk berichtete unter Berufung auf einen Lotsen, "
                  "die Schleuse sei beschädigt. Der Radiosender Hafenfunk sendet seit 1990.")
    a = one(doc, "die Schleuse sei")
    assert source_text(doc, a) == "Der Radiosender Hafenfunk"
    assert source_name(doc, a) == "Hafenfunk"
    assert "+no_source" not in a.rule


def test_a_role_before_a_name_is_no_name_of_its_own() -> None:
    doc = de("Der Bürgermeister war nicht da. Am Montag erklärte Bürgermeister Jan Olsen, die Brücke sei sicher. "
                  "Jan Olsen ist seit 2019 im Amt.")
    a = one(doc, "die Brücke sei sicher")
    assert source_text(doc, a) == "Bürgermeister Jan Olsen"


def test_a_sentence_with_its_own_subject_after_a_conjunction_is_its_own_attribution() -> None:
    doc = de("Die Polizei sagte, der Täter sei geflohen. Auch die Zeitung „Hafenblatt“ meldete, "
                  "der Hafen habe schließen müssen.")
    a = one(doc, "der Hafen habe")
    assert a.mode == "indirect" and a.rule.startswith("attr.indirect.de.v2")
    assert source_name(doc, a) == "Hafenblatt"


def test_an_extended_attribute_before_the_speaker_keeps_the_speaker() -> None:
    doc = de("Die Polizei sagte, der Täter sei geflohen. Auch die auf Hafenthemen spezialisierte Zeitung "
                  "„Hafenblatt“ meldete, der Hafen habe schließen müssen.")
    a = one(doc, "der Hafen habe")
    assert a.mode == "indirect"
    assert source_name(doc, a) == "Hafenblatt"


def test_lassen_with_a_speech_verb_is_a_cue() -> None:
    for text, speaker in (
        ("Der Minister ließ über einen Sprecher wissen, er werde nicht zurücktreten.", "Der Minister"),
        ("Die Firma ließ mitteilen, die Produktion werde eingestellt.", "Die Firma"),
        ("Der Konzern ließ verlauten, man prüfe alle Optionen.", "Der Konzern"),
        ("«Wir klagen», ließ die Reederei wissen.", "die Reederei"),
    ):
        doc = de(text)
        assert len(doc.attributions) == 1, text
        assert source_text(doc, doc.attributions[0]) == speaker
        assert doc.span_text(doc.attributions[0].cue) in ("ließ",)


def test_lassen_without_a_speech_verb_is_no_cue() -> None:
    assert de("Die Polizei ließ das Auto abschleppen.").attributions == []
    doc = de("Der Trainer ließ die Spieler laufen, sagte der Kapitän.")
    a = one(doc, "Der Trainer ließ")
    assert source_text(doc, a) == "der Kapitän"


def test_a_medium_after_a_speakers_role_is_the_addressee() -> None:
    doc = de("Die Anlage werde bis Juni geschlossen, sagte der Bürgermeister der dpa.")
    a = one(doc, "Die Anlage werde")
    assert source_text(doc, a) == "der Bürgermeister"
    assert [v.name for v in a.via] == ["dpa"]
    doc = de("Die Anlage werde bis Juni geschlossen, sagte am Montag ein Sprecher der Deutschen Presse-Agentur.")
    assert source_text(doc, one(doc, "Die Anlage werde")) == "ein Sprecher"


def test_a_medium_after_a_role_at_a_medium_is_a_genitive() -> None:
    doc = de("Die Anlage werde bis Juni geschlossen, sagte der Korrespondent der Zeitung «Nordkurier».")
    a = one(doc, "Die Anlage werde")
    assert source_text(doc, a) == "der Korrespondent der Zeitung «Nordkurier»"
    assert a.via == []
    doc = de("Ein Sprecher der Nachrichtenagentur Reuters sagte, die Anlage werde bis Juni geschlossen.")
    assert source_text(doc, one(doc, "die Anlage werde")) == "Ein Sprecher der Nachrichtenagentur Reuters"


def test_the_speaker_after_a_postposed_cue_and_a_time() -> None:
    doc = de("Die Anlage werde bis Juni geschlossen, sagte am Montag der Bürgermeister.")
    a = one(doc, "Die Anlage werde")
    assert a.rule == "attr.indirect.de.postposed"
    assert source_text(doc, a) == "der Bürgermeister"
    assert doc.span_text(a.content[0]) == "Die Anlage werde bis Juni geschlossen"


def test_what_was_said_ends_before_the_main_clause_of_a_fronted_subordinate_clause() -> None:
    doc = de("Nachdem die Anwältin dem Richter mitgeteilt hatte, dass der Mann gesucht werde, "
                  "hatte dieser beschlossen, die Verhandlung zu vertagen.")
    a = one(doc, "dass der Mann gesucht werde")
    assert doc.span_text(a.content[0]) == "dass der Mann gesucht werde"
    assert source_text(doc, a) == "die Anwältin"


def test_a_coordinated_speech_verb_is_a_second_claim_of_the_same_speaker() -> None:
    doc = de("Der Sprecher erklärte, die Stadt sei pleite, und fügte hinzu, man brauche dringend Hilfe.")
    first, second = one(doc, "die Stadt sei pleite"), one(doc, "man brauche dringend Hilfe")
    assert doc.span_text(first.content[0]) == "die Stadt sei pleite"
    assert source_text(doc, second) == "Der Sprecher"
    assert second.rule.endswith("+coordinated")


def test_a_verb_in_the_konjunktiv_goes_on_with_what_was_said() -> None:
    doc = de("Der Sprecher sagte, die Stadt sei pleite, habe aber noch Reserven.")
    a = one(doc, "die Stadt sei pleite")
    assert doc.span_text(a.content[0]) == "die Stadt sei pleite, habe aber noch Reserven"


def test_a_main_clause_after_a_cue_in_a_subordinate_clause_is_no_claim() -> None:
    doc = de("Nach einer Sitzung, in der Ortega den Vertrag als Fehler bezeichnete, "
                  "wurden er und sein Stellvertreter vom Dienst freigestellt.")
    assert not any("wurden er und sein Stellvertreter" in doc.span_text(c) for a in doc.attributions for c in a.content)


def test_what_was_said_in_a_relative_clause_ends_before_the_main_verb() -> None:
    doc = de("Die Reederei, die betonte, der Kran sei überlastet gewesen, hat Klage eingereicht.")
    a = one(doc, "der Kran sei")
    assert doc.span_text(a.content[0]) == "der Kran sei überlastet gewesen"
    assert source_name(doc, a) == "Reederei"


def test_a_clause_joined_after_a_comma_has_its_own_subject() -> None:
    doc = de("Der Hafen ist zu, aber die Polizei erklärte, der Täter sei gefasst.")
    assert source_text(doc, one(doc, "der Täter sei gefasst")) == "die Polizei"
    doc = de("Angaben zu Kosten und Umfang der Sanierung wurden nicht veröffentlicht, aber man deutete an, das Budget aufstocken zu wollen.")
    assert not any(a.source_span is not None and "Angaben" in source_text(doc, a) for a in doc.attributions)


def test_the_subject_after_a_dative_relative_pronoun_speaks() -> None:
    doc = de("Die Proteste richten sich an die Notenbank und die Großbanken, denen unter anderem Clara Vidal vorwirft, "
                  "Verursacher der Blase zu sein.")
    assert source_text(doc, one(doc, "Verursacher der Blase")) == "Clara Vidal"


def test_bekannt_gegeben_written_apart_is_a_cue() -> None:
    doc = de("Die Firma hat bekannt gegeben, dass sie das Werk im Mai schließt.")
    a = one(doc, "dass sie das Werk")
    assert source_text(doc, a) == "Die Firma"
