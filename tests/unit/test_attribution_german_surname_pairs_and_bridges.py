"""Review of session 32's German first-person runs and stop-word surnames (sentences of our own): a
surname that is also an adverb is found after a given name that follows a role ("Bundeskanzler
Sebastian Kurz": the pairs of capitalised words overlap), and a reporter's "ich" after a speaker's
"wir" is no part of the speaker's claim; "so ein Unsinn" after a short opening names no speaker."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_a_stop_word_surname_after_a_role_and_a_given_name_names_the_person() -> None:
    doc = de("Bundeskanzler Sebastian Kurz verteidigt den Plan. Die Kritiker hätten sich verrechnet, sagt Kurz.")
    a = one(doc, "verrechnet")
    assert source_name(doc, a) == "Sebastian Kurz" and "+stop_word_surname" in a.rule


def test_a_reporters_ich_after_a_speakers_wir_is_not_bridged_to_the_speaker() -> None:
    doc = de("Die Bürgermeisterin Eva Roth sagte der Zeitung: Wir sind bereit. Die Stadt hat drei Millionen Euro "
             "bereitgestellt. Das Geld liegt auf einem Konto. Ich habe bei der Stadt nachgefragt.")
    a = one(doc, "bereit")
    assert source_name(doc, a) == "Eva Roth" and "+first_person_bridge" not in a.rule
    assert [doc.span_text(c) for c in a.content] == ["Wir sind bereit"]


def test_a_speakers_ich_is_still_bridged_across_the_authors_sentences() -> None:
    doc = de("Der Zeuge Tom Ilunga erzählte der Zeitung: Ich stand an der Ampel. Das Auto kam von links. "
             "Es fuhr viel zu schnell. Mir blieb keine Zeit zum Ausweichen.")
    a = one(doc, "Ampel")
    assert source_name(doc, a) == "Tom Ilunga" and "+first_person_bridge" in a.rule
    assert doc.span_text(a.content[-1]) == "Mir blieb keine Zeit zum Ausweichen"


def test_so_and_a_noun_phrase_of_no_speaker_after_a_short_opening_is_no_source() -> None:
    doc = de("Die Ministerin Eva Roth war in Linz. Nein, so ein Unsinn, das habe sie nie gesagt.")
    assert not any("+inside" in a.rule for a in doc.attributions)
    doc = de("Die Ministerin Eva Roth war in Linz. Bisher, so ein Sprecher, habe die Stadt gespart.")
    a = one(doc, "gespart")
    assert "+inside" in a.rule and [doc.span_text(c) for c in a.content] == ["Bisher", "habe die Stadt gespart"]
