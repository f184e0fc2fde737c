"""German claims before a postposed tag ("…, sagte X.", "…, so X:"; invented sentences): which clause the tag
reports — the Konjunktiv clause after an indicative one, a first-person clause kept, a pluperfect tag
after "weil", an infinitive cue inside what it reports, "Um" as a preposition and a clause of
circumstance with its main clause (but no purpose clause and no lone subordinate clause); a tag before
a colon that goes on speaking, and its lead-in that is no claim; new verbs of speech (also separable),
an unknown verb no tag; object verbs claim after a comma only in the Konjunktiv; a relative clause
before a perfect main clause is no claim."""

from __future__ import annotations

from tests.attribution_helpers import contents, de, one, source_name, source_text


def test_tag_after_an_indicative_then_a_konjunktiv_clause_reports_the_konjunktiv_clause() -> None:
    doc = de("Der Sturm zog in der Nacht über das Tal. Teile der Halle standen unter Wasser, die ganze "
             "Fertigung ruhe vorerst, sagte eine Sprecherin des Herstellers.")
    a = one(doc, "Fertigung ruhe vorerst")
    assert doc.span_text(a.content[0]) == "die ganze Fertigung ruhe vorerst"
    assert a.rule.endswith("+konjunktiv_clause")
    assert source_text(doc, a) == "eine Sprecherin des Herstellers"


def test_first_person_clause_before_the_konjunktiv_clause_stays_in_the_content() -> None:
    doc = de("Der Rat tagte lange. Wir sind bereit, die Lage sei aber ernst, sagte der Bürgermeister.")
    a = one(doc, "Lage sei aber ernst")
    assert doc.span_text(a.content[0]).startswith("Wir sind bereit")
    assert "+konjunktiv_clause" not in a.rule


def test_a_single_konjunktiv_clause_keeps_its_tag() -> None:
    doc = de("Die Bahn meldete Verspätungen. Die Strecke sei wieder frei, sagte ein Sprecher der Bahn.")
    a = one(doc, "Strecke sei wieder frei")
    assert doc.span_text(a.content[0]) == "Die Strecke sei wieder frei"
    assert "+konjunktiv_clause" not in a.rule


def test_pluperfect_tag_after_a_konjunktiv_clause_with_weil() -> None:
    doc = de("Die Regierung legte einen Plan vor. Die Reform werde nicht scheitern, weil sonst das Bündnis "
             "zerbrechen würde, hatte Verkehrsministerin Petra Lindholm erklärt.")
    a = one(doc, "Reform werde nicht scheitern")
    assert a.rule.startswith("attr.indirect.de.postposed_aux")
    assert source_name(doc, a) == "Petra Lindholm"


def test_relative_clause_before_a_perfect_main_clause_is_no_claim() -> None:
    doc = de("Der Chef der Firma, der den Vertrag unterschrieben hatte, hat nun seinen Rückzug angekündigt.")
    assert doc.attributions == []


def test_infinitive_cue_inside_what_the_tag_reports() -> None:
    doc = de("Der Trainer wurde entlassen. Man darf nicht zuerst alles versprechen und dann sagen, es "
             "gibt kein Geld, sagte der Sportchef Jon Arnason.")
    a = one(doc, "Man darf nicht zuerst alles versprechen")
    assert source_name(doc, a) == "Jon Arnason"


def test_claim_opening_with_the_preposition_um_before_a_tag() -> None:
    doc = de("Die Schule nimmt viele neue Kinder auf. Um die meisten dieser Kinder müssten sich Lehrer nicht "
             "eigens kümmern, sagt die Ärztin.")
    a = one(doc, "eigens kümmern")
    assert a.rule == "attr.indirect.de.postposed"
    assert doc.span_text(a.content[0]) == "Um die meisten dieser Kinder müssten sich Lehrer nicht eigens kümmern"
    assert source_text(doc, a) == "die Ärztin"


def test_no_claim_of_a_purpose_clause_with_zu_before_a_tag() -> None:
    doc = de("Die Stadt plant neue Wege. Um die Kinder zu schützen, sagt die Ärztin, braucht es mehr Ampeln.")
    assert not any(doc.span_text(a.content[0]).startswith("Um die Kinder") for a in doc.attributions)
    doc = de("Die Stadt plant neue Wege. Um früher anzufangen, erklärte der Planer am Montag.")
    assert not any(doc.span_text(a.content[0]).startswith("Um früher") for a in doc.attributions)


def test_clause_of_circumstance_with_its_main_clause_before_a_tag_is_a_claim() -> None:
    doc = de("Der Prozess ging weiter. Nachdem der Wagen gehalten hatte, sei der Fahrer sofort geflohen, sagte die Zeugin.")
    a = one(doc, "sofort geflohen")
    assert a.rule == "attr.indirect.de.postposed"
    assert doc.span_text(a.content[0]).startswith("Nachdem der Wagen gehalten hatte")
    assert source_text(doc, a) == "die Zeugin"


def test_clause_of_circumstance_alone_before_a_tag_is_no_claim() -> None:
    doc = de("Der Prozess ging weiter. Während die Verteidigung schwieg, forderte die Anklägerin eine Haftstrafe.")
    assert not any(doc.span_text(a.content[0]).startswith("Während") for a in doc.attributions)


def test_tag_before_a_colon_reports_the_clause_before_it_and_the_colon_goes_on() -> None:
    doc = de("Der Bach ist heute klar. Das war vor vielen Jahren ganz anders, sagt Fischer Huber: "
             "Damals trieb der Schaum bis zur Mühle.")
    a = one(doc, "ganz anders")
    assert doc.span_text(a.content[0]) == "Das war vor vielen Jahren ganz anders"
    assert a.rule == "attr.indirect.de.postposed+colon_after"
    assert source_text(doc, a) == "Fischer Huber"
    b = one(doc, "Damals trieb der Schaum")
    assert source_name(doc, b) == source_name(doc, a)


def test_no_colon_tag_after_a_subordinate_clause() -> None:
    doc = de("Die Sitzung dauerte lange. Als die Frage kam, ob er bleibe, sagte Huber: Ich bleibe.")
    assert not any("colon_after" in a.rule for a in doc.attributions)
    assert one(doc, "Ich bleibe").rule.startswith("attr.indirect.de.inverted")


def test_so_tag_before_a_colon_gives_both_claims_to_the_speaker() -> None:
    doc = de("Das Werk bleibt geschlossen. Ein Neubau ist derzeit nicht zu finanzieren, so die Sprecherin am "
             "Montag: Ja, wir haben uns aus dem Projekt zurückgezogen.")
    a = one(doc, "nicht zu finanzieren")
    assert a.rule == "attr.indirect.de.so"
    assert doc.span_text(a.content[0]) == "Ein Neubau ist derzeit nicht zu finanzieren"
    b = one(doc, "zurückgezogen")
    assert b.rule == "attr.indirect.de.so+colon_after"
    assert source_text(doc, b) == "die Sprecherin"


def test_so_tag_closing_the_sentence_has_no_colon_claim() -> None:
    doc = de("Der Zug fällt aus. Die Strecke bleibt bis Freitag gesperrt, so der Betreiber.")
    a = one(doc, "bis Freitag gesperrt")
    assert a.rule == "attr.indirect.de.so"
    assert not any("colon_after" in x.rule for x in doc.attributions)


def test_lead_in_before_a_tag_and_a_colon_is_no_claim() -> None:
    doc = de("Eines ist klar, sagt die Bürgermeisterin Anna Feld: Die Brücke wird im Mai gesperrt.")
    assert contents(doc) == [["Die Brücke wird im Mai gesperrt"]]
    doc = de("Das war früher anders, sagt die Bürgermeisterin Anna Feld: Die Brücke wird im Mai gesperrt.")
    assert doc.span_text(one(doc, "Das war früher anders").content[0]) == "Das war früher anders"


def test_new_verbs_of_speech_after_the_claim() -> None:
    doc = de("Die Gäste bleiben aus. Davon wird die Region kaum profitieren, analysiert Forscherin Lena Brandt. "
             "Die Kosten steigen. Drei Millionen Euro fehlen den Gemeinden, errechnete Berater Tom Kerner.")
    assert source_text(doc, one(doc, "kaum profitieren")) == "Forscherin Lena Brandt"
    assert source_text(doc, one(doc, "Drei Millionen Euro fehlen")) == "Berater Tom Kerner"


def test_a_separable_verb_of_speech_with_its_particle_after_the_speaker() -> None:
    doc = de("Die Reform stockt. Die Umsetzung gestaltet sich schwierig, gesteht die Kassenchefin zu.")
    assert source_text(doc, one(doc, "gestaltet sich schwierig")) == "die Kassenchefin"


def test_an_unknown_verb_still_makes_no_tag() -> None:
    doc = de("Die Gäste bleiben aus. Davon wird die Region kaum profitieren, rudert Lena Brandt.")
    assert not any("kaum profitieren" in doc.span_text(c) for a in doc.attributions for c in a.content)


def test_object_verbs_claim_after_a_comma_only_in_the_konjunktiv() -> None:
    assert de("Das Labor analysiert die Proben aus dem See, die Ergebnisse kommen am Montag.").attributions == []
    assert de("Die Firma reklamiert die defekte Lieferung, der Hersteller schweigt bisher.").attributions == []
    doc = de("Das Labor errechnet für das Jahr, die Kosten seien um ein Drittel gestiegen.")
    assert doc.span_text(one(doc, "die Kosten seien").content[0]) == "die Kosten seien um ein Drittel gestiegen"
