"""German speakers in long reports with interviews and eyewitness accounts (sentences of our own;
issue 7, session 32): unquoted speech in the first person that goes on sentence after sentence is
one claim, a surname that is also an adverb ("Kurz", "Gleich") names the person the text introduced
with it, a "so X" tag after a short opening word splits the claim it stands in, and a question put
to the speaker is no speech of the one before."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_unquoted_first_person_sentences_after_a_frame_are_one_claim() -> None:
    doc = de("Die Bürgermeisterin Eva Roth kam spät. Danach erzählte sie der Zeitung von dem Abend: "
             "Ich war mit dem Rad unterwegs, als es krachte. Ich dachte an einen Unfall. Dann sah ich das Auto auf dem Gehweg.")
    a = one(doc, "mit dem Rad")
    assert source_name(doc, a) == "Eva Roth" and "+first_person_run" in a.rule
    assert [doc.span_text(c) for c in a.content] == [
        "Ich war mit dem Rad unterwegs, als es krachte", "Ich dachte an einen Unfall", "Dann sah ich das Auto auf dem Gehweg"]
    assert len(doc.attributions) == 1


def test_a_first_person_run_after_a_tag_is_one_claim_apart_from_the_tagged_one() -> None:
    doc = de("Jan Weber bleibt gelassen. Die Gäste hätten sich an den Lärm gewöhnt, sagt Weber. "
             "Wir haben die Fenster erneuert. Unsere Nachbarn schlafen jetzt besser.")
    tagged = one(doc, "an den Lärm")
    assert [doc.span_text(c) for c in tagged.content] == ["Die Gäste hätten sich an den Lärm gewöhnt"]
    run = one(doc, "Fenster erneuert")
    assert source_name(doc, run) == "Jan Weber"
    assert [doc.span_text(c) for c in run.content] == ["Wir haben die Fenster erneuert", "Unsere Nachbarn schlafen jetzt besser"]


def test_a_clause_a_cue_governs_does_not_take_the_first_person_after_it() -> None:
    doc = de("Der Fischer Tom Ilunga wartet am Ufer. Nachbarn haben mir gesagt, dass mein Boot gestohlen worden sei. "
             "Ich habe seitdem nichts mehr gehört.")
    assert all(len(a.content) == 1 for a in doc.attributions)


def test_a_surname_that_is_also_an_adverb_names_the_person() -> None:
    doc = de("Die Ministerin Eva Kurz verteidigt den Plan. Die Kritiker hätten sich gründlich verrechnet, sagt Kurz.")
    a = one(doc, "verrechnet")
    assert source_name(doc, a) == "Eva Kurz" and "+stop_word_surname" in a.rule
    # without the name in full, the word stays an adverb
    doc = de("Die Ministerin verteidigt den Plan. Kurz danach verließ sie den Saal.")
    assert not doc.attributions


def test_so_and_a_surname_inside_the_claim_after_a_short_opening() -> None:
    doc = de("Die Ministerin Eva Kurz war in Linz. Bisher, so Kurz, habe der Verband das Thema gemieden.")
    a = one(doc, "gemieden")
    assert source_name(doc, a) == "Eva Kurz" and "+inside" in a.rule
    assert [doc.span_text(c) for c in a.content] == ["Bisher", "habe der Verband das Thema gemieden"]


def test_a_question_put_to_the_speaker_is_no_speech_going_on() -> None:
    doc = de("Die Ministerin Eva Roth war in Linz. Der Plan sei gut, sagte Roth. "
             "Auf  die Frage, ob das auch im Süden so sei, sagte Roth: Das ist eine schwierige Frage.")
    assert not any("Auf" in doc.span_text(c) for a in doc.attributions for c in a.content)


def test_in_den_worten_von_names_the_source_inside_the_clause() -> None:
    doc = de("Die Firma Nordlicht hat, in den Worten von Kira Weber, ein schweres Jahr hinter sich.")
    a = one(doc, "schweres Jahr")
    assert a.mode == "according_to" and source_name(doc, a) == "Kira Weber"
    doc = de("Mit den Worten von Jan Roth: Die Lage ist ernst.")
    assert source_name(doc, one(doc, "Lage ist ernst")) == "Jan Roth"


def test_a_konjunktiv_before_the_colon_keeps_the_lead_in_the_claim() -> None:
    doc = de("Der Minister Jan Roth sprach lange. Die Kritiker hätten sich verrechnet, sagt Roth. Er sei nur offen: Wir stehen am Limit.")
    assert [doc.span_text(c) for c in one(doc, "am Limit").content] == ["Er sei nur offen: Wir stehen am Limit"]


def test_a_place_after_a_preposition_is_no_subject_for_the_first_person_after_it() -> None:
    doc = de("Die Stadt feiert. Ich war letztes Jahr in New York im Urlaub. Mir geht es heute gut.")
    assert all("York" not in (source_name(doc, a) or "") for a in doc.attributions)


def test_a_first_person_account_goes_on_across_a_few_sentences_in_the_third_person() -> None:
    doc = de("Der Bürgermeister Jan Nagl kam spät. Danach erzählte er der Zeitung von dem Abend: Ich war mit dem Rad "
             "unterwegs, als es krachte. Die beiden flogen durch die Luft. Er war sofort tot. Auf mich fuhr er auch zu. "
             "Die Polizei sperrte danach die Straße.")
    a = one(doc, "mit dem Rad")
    assert source_name(doc, a) == "Jan Nagl" and "+first_person_bridge" in a.rule
    assert doc.span_text(a.content[-1]) == "Auf mich fuhr er auch zu"
    # no sentence in the first person after them: the author's own
    assert not any("Polizei sperrte" in doc.span_text(c) for x in doc.attributions for c in x.content)


def test_no_bridge_across_a_sentence_that_names_another_person() -> None:
    doc = de("Die Wirtin Anna Gruber erzählte der Zeitung: Ich habe heute nichts verkauft. Am Feldrand hält Bauer Karl Moser "
             "mit dem Traktor. Ich habe hier noch nie einen Fremden gesehen.")
    a = one(doc, "nichts verkauft")
    assert "+first_person_bridge" not in a.rule
    assert not any("Fremden" in doc.span_text(c) for c in a.content)
    # "von" names whose view a phrase gives: the one named goes on speaking
    doc = de("Der Bauleiter Tom Weingart war zufrieden. Am Abend sprach die Stadt. Aus Sicht von Weingart hat die Brücke "
             "gute Chancen, bald zu öffnen. Doch dazu müsse der Stahl rechtzeitig kommen.")
    assert source_name(doc, one(doc, "Stahl rechtzeitig")) == "Tom Weingart"
