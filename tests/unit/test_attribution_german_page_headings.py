"""German attribution on web pages, session 29 (sentences of our own; issue 7): a page's
sub-headings state no one's speech act. A heading line that opens with a person's label
("Berger: Tarif bleibt") opens no interview turn and counts as no label; nor does a heading inside
an interview's answer, a pull quote on a line of its own („Wir geben nicht auf“), or a list item's
heading after its number ("5. Keine Rückwirkung: …"). A German line that ends in a bare closing
quotation mark, with no closing punctuation inside or after it, is such a heading
(`Context._headings`); running text that ends a quotation with a full stop is not."""

from __future__ import annotations

from tests.attribution_helpers import de, joined_contents, one, source_name

INTERVIEW = ("Die Ministerin Lena Berger hat den neuen Tarif verteidigt.\n"
             "STANDARD: Was halten Sie von der Kritik der Gewerkschaft?\n"
             "Berger: Ich halte sie für überzogen. Der Tarif ist fair.\n"
             "Berger: Tarif soll bis zum Sommer bleiben\n"
             "STANDARD: Und wenn die Kosten steigen?\n"
             "Berger: Dann reden wir neu. Aber nicht vor dem Sommer.\n"
             "„Wir lassen uns nicht treiben“\n"
             "STANDARD: Wer zahlt am Ende?\n"
             "Berger: Am Ende zahlen alle ein wenig mehr.")


def test_a_heading_with_a_persons_label_opens_no_turn_of_an_interview() -> None:
    doc = de(INTERVIEW)
    texts = joined_contents(doc)
    assert not any("Tarif soll bis zum Sommer bleiben" in t for t in texts)
    # the real turns around the heading are still the interviewed person's
    a = one(doc, "Ich halte sie für überzogen")
    assert a.rule == "attr.direct.de.interview_turn" and source_name(doc, a) == "Lena Berger"
    b = one(doc, "Dann reden wir neu")
    assert b.rule == "attr.direct.de.interview_turn" and source_name(doc, b) == "Lena Berger"
    c = one(doc, "zahlen alle ein wenig mehr")
    assert source_name(doc, c) == "Lena Berger"


def test_a_pull_quote_on_a_line_of_its_own_is_no_part_of_the_answer_before_it() -> None:
    doc = de(INTERVIEW)
    assert not any("Wir lassen uns nicht treiben" in t for t in joined_contents(doc))


def test_a_lone_heading_label_of_a_named_person_is_no_claim() -> None:
    doc = de("Der Stadtrat Paul Weiß hat den Haushalt kritisiert. Die Schulden seien zu hoch, sagte er.\n"
             "Weiß: Sparen statt neue Kredite\n"
             "Der Kämmerer wies die Kritik zurück.")
    assert not any("Sparen statt neue Kredite" in t for t in joined_contents(doc))
    assert source_name(doc, one(doc, "Die Schulden seien zu hoch")) == "Paul Weiß"


def test_a_heading_that_ends_in_a_quotation_is_no_claim_but_a_quoted_sentence_is() -> None:
    doc = de("Die Kammerpräsidentin Ute Sander hat den Zuschlag kritisiert.\n"
             "Sander: Zuschlag „viel zu knapp“\n"
             "„Der Zuschlag ist viel zu knapp bemessen“, sagte Sander am Montag.")
    texts = joined_contents(doc)
    assert not any("Zuschlag „viel zu knapp“" in t for t in texts)
    a = one(doc, "viel zu knapp bemessen")
    assert source_name(doc, a) == "Ute Sander"


def test_a_list_items_heading_after_its_number_is_no_speakers_label() -> None:
    doc = de("Der Verband Bioenergie Nord hat seine Forderungen vorgelegt. Die wichtigsten Punkte:\n"
             "4. Keine Rückwirkung: Die Abgabe darf erst für künftige Erlöse gelten.\n"
             "5. Höhere Zuschläge: Die Zuschläge müssen die Kosten decken.")
    assert not any(a.rule == "attr.direct.de.interview_turn" for a in doc.attributions)
    assert not any(s.name in ("Keine Rückwirkung", "Höhere Zuschläge") for s in doc.sources)


def test_a_line_that_reports_past_speech_and_ends_in_its_quotation_is_no_heading() -> None:
    # (fix30: a verb in the past before the quotation reports what was said; a sub-heading's verb,
    # if any, is in the present — rule attr.heading.de.quote_end)
    doc = de("Die Arbeiten an der Fähre beginnen im März.\n"
             "Die Hafenmeisterin Jana Roth sagte am Montag: „Wir werden den Anleger bis Mai erneuern“\n"
             "Die Kosten trägt das Land.")
    a = one(doc, "Anleger bis Mai erneuern")
    assert source_name(doc, a) == "Jana Roth"
    doc = de("Die Arbeiten an der Fähre beginnen im März.\n"
             "Roth sagt: „Wir schaffen das bis Mai“\n"
             "Die Kosten trägt das Land.")
    assert not any("Wir schaffen das" in t for t in joined_contents(doc))
