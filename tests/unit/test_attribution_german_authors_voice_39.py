"""The author's voice in German continued speech (invented sentences; issue 7, session 39): the
author's clause before a colon is no part of the first-person words after it (+lead_colon, the colon
nearest the words); a Konjunktiv II beside a main clause of its own in the indicative is the author's
irrealis, no continued speech (attr.filter.de.irrealis_beside_indicative), but not one in a clause the main
clause governs ("dass", "ob": `governed_clause_openers`), nor one beside a subordinate or a subjunctive
clause."""

from __future__ import annotations

from tests.attribution_helpers import de, one


def test_the_authors_clause_before_a_colon_is_no_part_of_the_first_person_words() -> None:
    doc = de("Am Morgen hatte Lena Vogt den Hof besichtigt. Das Wetter war schlecht: Ich sah keinen Ausweg mehr.")
    a = one(doc, "keinen Ausweg")
    assert doc.span_text(a.content[0]) == "Ich sah keinen Ausweg mehr"
    two = de("Lena Vogt hat ihren Hof verloren. Nach dem Hochwasser war die Sache klar: Sie wollte den Hof "
             "verkaufen: Ich sah keinen Ausweg mehr.")
    b = one(two, "keinen Ausweg")
    assert two.span_text(b.content[0]) == "Ich sah keinen Ausweg mehr"


def test_a_konjunktiv_two_beside_an_indicative_main_clause_is_the_authors() -> None:
    lead = "Die Bürgermeisterin Lena Vogt sagte am Montag, die Brücke sei marode. "
    for said in ("Die Gegner hätten eine Mehrheit von 30 Stimmen gebraucht, bei der Abstimmung im Rat kamen sie "
                 "aber nur auf 28.",
                 "Die Händler hätten gern länger geöffnet, die Stadt lehnte den Antrag aber ab."):
        doc = de(lead + said)
        assert [a for a in doc.attributions if a.mode == "continuation"] == [], said
        assert any(x.rule == "attr.filter.de.irrealis_beside_indicative" for x in doc.set_aside), said


def test_a_konjunktiv_two_with_a_subordinate_or_subjunctive_clause_still_continues() -> None:
    lead = "Die Bürgermeisterin Lena Vogt sagte am Montag, die Brücke sei marode. "
    for said in ("Die Pfeiler hätten schon lange Risse gezeigt, weil das Wasser stieg.",
                 "Die Pfeiler hätten schon lange Risse gezeigt, die das Wasser verursachte.",
                 "Die Pfeiler hätten schon lange Risse gezeigt, die Stadt müsse handeln."):
        doc = de(lead + said)
        assert [a.mode for a in doc.attributions].count("continuation") == 1, said


def test_a_konjunktiv_two_in_a_clause_under_an_indicative_main_clause_is_not_beside_it() -> None:
    doc = de("Die Debatte um die Schulen geht weiter. Die Forscherin Eva Lind kam zu dem Schluss, dass sich "
             "der Umbau der Schule bald lohnen würde.")
    assert not any(x.rule == "attr.filter.de.irrealis_beside_indicative" for x in doc.set_aside)
