"""German sources that name no one (sentences of our own; issue 7): a fronted object or an
anaphor before the verb, a negated speech act, a negative pronoun, a heading or a word before a
colon, a verb before an according-to phrase."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, de, one, source_text

# A speech act without a clause is a claim in de-news-quotes' conventions only (the seed's style lists none): the
# subjects of such sentences are tested with those.
analyze_denews = partial(analyse, lang="de", conventions="denews")


def test_a_fronted_anaphor_is_no_speaker() -> None:
    doc = analyze_denews("Dies erklärte der Sprecher der Stadt am Montag in Hamburg vor Journalisten.")
    a = one(doc, "Dies erklärte")
    assert source_text(doc, a) == "der Sprecher der Stadt"
    assert a.via == []


def test_a_fronted_plural_object_is_no_speaker_of_a_singular_verb() -> None:
    doc = analyze_denews("Einzelheiten schilderte der Zeuge vor Gericht ausführlich.")
    assert source_text(doc, one(doc, "Einzelheiten schilderte")) == "der Zeuge"


def test_a_fronted_bare_noun_before_a_masculine_role_is_the_object() -> None:
    doc = analyze_denews("Zweifel äußerte der Minister an der Darstellung des Angestellten.")
    assert source_text(doc, one(doc, "Zweifel äußerte")) == "der Minister"
    # a plural of people before the verb stays its subject
    doc = analyze_denews("Experten warnten die Regierung vor einem Scheitern des Plans.")
    assert source_text(doc, one(doc, "Experten warnten")) == "Experten"


def test_a_speech_act_negated_after_the_cue_says_nothing() -> None:
    assert analyze_denews("Beispiele nannte der Minister in seiner Rede am Dienstag allerdings nicht.").attributions == []
    assert analyze_denews("Die Reederei äußerte sich am Abend nicht zu dem Unfall.").attributions == []
    assert analyze_denews("Die Firma gab keine Details zu dem Unfall bekannt.").attributions == []
    doc = analyze_denews("Die Polizei bestätigte den Tod eines Mannes in der Nacht.")
    assert source_text(doc, one(doc, "Die Polizei bestätigte")) == "Die Polizei"


def test_a_negative_pronoun_is_no_speaker() -> None:
    assert de("Niemand hat mitgeteilt, dass die Firma schließt.").attributions == []


def test_words_before_a_colon_or_on_the_line_before_are_no_part_of_the_subject() -> None:
    doc = de("Vorweg: Die beteiligten Händler bestreiten, dass es einen Streit gegeben hat.")
    assert source_text(doc, one(doc, "dass es einen Streit")) == "Die beteiligten Händler"
    doc = de("Vorschlag an den Bundestag\nDer Bundesrat schlug vor, die Regel zu ändern.")
    assert source_text(doc, one(doc, "die Regel zu ändern")) == "Der Bundesrat"


def test_a_verb_before_an_according_to_phrase_is_no_part_of_its_source() -> None:
    doc = de("Auch kleine Reedereien verlieren Medienberichten zufolge Kunden im Norden.")
    a = next(a for a in doc.attributions if a.mode == "according_to")
    assert source_text(doc, a) == "Medienberichten"


def test_sondern_opens_no_claim() -> None:
    doc = de("Der Minister nannte nicht nur die Kosten, sondern auch die Risiken des Plans.")
    assert not any(doc.span_text(c).startswith("sondern") for a in doc.attributions for c in a.content)


def test_a_clause_of_circumstance_before_a_postposed_cue_is_no_claim() -> None:
    doc = de("Während sich die Opposition bisher zurückgehalten hat, fordert die Partei seit gestern den Rücktritt des Präsidenten.")
    assert not any(doc.span_text(c).startswith("Während") for a in doc.attributions for c in a.content)


def test_a_name_given_with_als_runs_past_a_comma() -> None:
    doc = de("Er bezeichnete es als die Wahl zwischen einem leeren Boot, einem leeren Hafen und einer leeren Kasse.")
    a = one(doc, "leeren Kasse")
    assert a.rule == "attr.indirect.de.reported.named_as"
    assert doc.span_text(a.content[0]) == "es als die Wahl zwischen einem leeren Boot, einem leeren Hafen und einer leeren Kasse"
    doc = de("Der Minister bezeichnete den Plan als Fehler, die Kosten seien zu hoch.")
    assert doc.span_text(one(doc, "die Kosten seien").content[0]) == "die Kosten seien zu hoch"


def test_sprach_von_after_a_prepositional_phrase_names_what_was_said() -> None:
    doc = de("Der Bürgermeister sprach trotz der Proteste von einem gelungenen und ruhigen Fest.")
    a = one(doc, "gelungenen")
    assert source_text(doc, a) == "Der Bürgermeister"
    # what was said is the phrase from "von" on, not the speaker and the cue around it (session 20)
    assert doc.span_text(a.content[0]) == "von einem gelungenen und ruhigen Fest"
    assert a.rule.startswith("attr.indirect.de.reported.spoken_of")
