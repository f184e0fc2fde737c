"""Sentence splitting of scraped text: a full stop with no space after it, and a sub-heading
without final punctuation glued to the sentence after it (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from sourcetrace.textutil import split_sentences


def parts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Forellen leben im Bach, sagt Lena Hofer.Im Sommer wird gebaut.",
         ["Die Forellen leben im Bach, sagt Lena Hofer.", "Im Sommer wird gebaut."]),
        ("Der Fall liegt beim EuGH.Danach entscheidet das Gericht.",
         ["Der Fall liegt beim EuGH.", "Danach entscheidet das Gericht."]),
    ],
)
def test_a_full_stop_without_a_space_before_a_capitalised_word_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert parts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sie fuhr nach St.Pölten und blieb dort.",
        "Der dt.Spion kam z.B.Heute an.",
        "Mehr unter www.Beispielseite.Net heute.",
        "Schreiben Sie an Lena.Hofer@beispiel.at bitte.",
        "Die Kampagne Leave.EU warb online.",
        "Die Inflation lag bei 3.5 Prozent.",
        "Die Seite derStandard.at berichtete.",
    ],
)
def test_abbreviations_addresses_acronyms_and_decimals_keep_their_full_stop_inside(text: str) -> None:
    assert parts(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Rat tagte lange. Offene Fragen Bei der Abstimmung fehlten zwei Mitglieder.",
         ["Der Rat tagte lange.", "Offene Fragen", "Bei der Abstimmung fehlten zwei Mitglieder."]),
        ("Mehr Geld hilft uns nicht Zugleich lobte die Ministerin ihren Plan.",
         ["Mehr Geld hilft uns nicht", "Zugleich lobte die Ministerin ihren Plan."]),
        ("Schneller bauen Neben der Brücke entsteht ein Park.",
         ["Schneller bauen", "Neben der Brücke entsteht ein Park."]),
    ],
)
def test_a_sub_heading_without_final_punctuation_is_a_sentence_of_its_own(text: str, expected: list[str]) -> None:
    assert parts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Laut der Zeitung Die Welt kam er spät.",  # an outlet's name after the noun that announces it
        "Ein Buch wie Die Stunde der Füchse erschien.",  # a title after 'wie'
        "Der Weg nach Den Haag war weit.",
        "Linz – Die Stadt baut eine Brücke.",  # a dateline is no heading
        "Graz - Die Stadt baut eine Brücke.",
        "Frankfurt am Main- Die Stadt baut eine Brücke.",
    ],
)
def test_no_heading_split_inside_names_titles_or_datelines(text: str) -> None:
    assert len(parts(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E! News reported that the singer had left the band.", ["E! News reported that the singer had left the band."]),
        ("The tour was cancelled, Yahoo! News said. Fans were angry.",
         ["The tour was cancelled, Yahoo! News said.", "Fans were angry."]),
        # an exclamation before a capitalised word still ends its sentence, a name's "!" at its end too
        ("Vorsicht! Die Brücke ist glatt.", ["Vorsicht!", "Die Brücke ist glatt."]),
        ("Stop! News came in late.", ["Stop!", "News came in late."]),
        ("We watched E! Then we slept.", ["We watched E!", "Then we slept."]),
    ],
)
def test_the_exclamation_mark_inside_a_known_name_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert parts(text) == expected


def test_a_name_written_with_an_exclamation_mark_is_the_source() -> None:
    from sourcetrace import analyze

    doc = analyze("E! News reported that the singer had left the band.", date="2024-06-01")
    assert [(doc.span_text(a.source_span), a.mode) for a in doc.attributions if a.source_span] == [("E! News", "indirect")]
