"""Review of the session 30 rules (sentences of our own; issue 7): variants around the new rules that
went wrong — the author who did not ask gets no answer ("Wir fragen nicht den Wirt, ob …"); a
name in apposition right under a heading is the name alone, not the heading's last word with it, and a
heading's last word is no given name of the word that opens the line under it; a
dative pronoun between a cue and its subject after it is the one told, not the speaker ("Am Abend
schrieb ihm die Nachbarin einen Zettel: „…“", as after a postposed cue)."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_no_answer_is_given_to_a_question_the_author_did_not_ask() -> None:
    asked = de("Titel\nWir fragen den Schmied, ob die Arbeit gut laufe. «Nein, es gibt kaum Aufträge.»")
    a = one(asked, "kaum Aufträge")
    assert a.rule == "attr.direct.de.asked" and source_name(asked, a) == "Schmied"
    for text in ("Titel\nWir fragen nicht den Schmied, ob die Arbeit gut laufe. «Nein, es gibt kaum Aufträge.»",
                 "Titel\nDen Schmied fragen wir nicht, ob die Arbeit gut laufe. «Nein, es gibt kaum Aufträge.»"):
        doc = de(text)
        assert one(doc, "kaum Aufträge").rule != "attr.direct.de.asked"
        assert source_name(doc, one(doc, "kaum Aufträge")) != "Schmied"


def test_a_name_in_apposition_under_a_heading_leaves_the_heading_out() -> None:
    doc = de("Chorprobe\nJana Holm, die Leiterin des Chors, lachte nur. «Wir singen weiter.»")
    assert source_name(doc, one(doc, "singen weiter")) == "Jana Holm"
    assert not any("\n" in s.name for s in doc.sources)


def test_the_one_told_between_a_cue_and_its_subject_is_not_the_speaker() -> None:
    doc = de("Titel\nAm Morgen schrieb ihm die Vermieterin eine Karte: «Die Heizung läuft wieder.»")
    assert source_name(doc, one(doc, "Heizung läuft")) == "Vermieterin"
    doc = de("Titel\nAm Freitag erklärte mir ein Sprecher der Feuerwehr, die Brücke sei wieder frei.")
    assert source_name(doc, one(doc, "Brücke sei")) == "Sprecher der Feuerwehr"
    doc = de("Titel\nAm Freitag sagte ihnen Jana Holm, die Brücke sei wieder frei.")
    assert source_name(doc, one(doc, "Brücke sei")) == "Jana Holm"


def test_a_headings_last_word_is_no_given_name_of_the_line_under_it() -> None:
    doc = de("Neue Wege\nFragen wir die Gemeinde, warum das so ist. «Das wissen wir auch nicht.»")
    assert not any("Wege" in s.name or "Fragen" in s.name for s in doc.sources)
    doc = de("Neue Wege\nHolm sagte, der Weg sei zu steil. Jana Holm wohnt am Hang.")
    assert source_name(doc, one(doc, "zu steil")) == "Jana Holm"
