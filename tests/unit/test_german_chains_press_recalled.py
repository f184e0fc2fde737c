"""German chains through the press, with sentences of our own (issue 7, session 33):

- "…, sagte der Leiter des Amts, Karl Berger, am Montag der Nachrichtenagentur X.": the medium in the
  dative after the speaker's apposition is a link also past a time or an adverb (chains.links_after);
- "deponieren" (Austrian: to state) is a speech verb like "erklären", with its medium ("im Kurier");
- "…, argumentieren die Anwälte dem Bericht zufolge." / "laut dem Bericht" after "…, berichtete die
  Zeitung X.": the report named by its noun alone is that medium's, which relays the claim, and the
  chain goes on into the Konjunktiv and "heißt es demnach" after it (chains.with_recalled_report);
  not when someone else spoke in between."""

from __future__ import annotations

from tests.attribution_helpers import de, link_names, one, source_name


def test_a_medium_told_after_the_apposition_and_a_day_is_a_link() -> None:
    doc = de("Die Schleuse müsse dringend saniert werden, sagte der Leiter des Hafenamts, Karl Berger, "
             "am Dienstag der Nachrichtenagentur APA.")
    a = one(doc, "Schleuse")
    assert source_name(doc, a) == "Karl Berger"
    assert "APA" in link_names(a)


def test_no_link_for_people_told_after_the_apposition_and_a_day() -> None:
    doc = de("Die Schleuse müsse dringend saniert werden, sagte der Leiter des Hafenamts, Karl Berger, "
             "gestern den Mitarbeitern.")
    assert link_names(one(doc, "Schleuse")) == []


def test_deponieren_is_a_speech_verb_with_its_medium() -> None:
    doc = de("Die Kammer müsse sich von Grund auf erneuern, deponierte Parteichef Karl Berger im Kurier. "
             "Die alten Bräuche brauche niemand mehr.")
    a = one(doc, "von Grund auf erneuern")
    assert source_name(doc, a) == "Karl Berger" and "Kurier" in link_names(a)
    assert "Kurier" in link_names(one(doc, "alten Bräuche"))


def test_the_report_named_by_its_noun_is_the_medium_that_reported_before() -> None:
    doc = de("Das Verfahren beginne am Freitag, berichtete die Morgenpost. "
             "Die Summe sei angemessen, argumentieren die Anwälte des Klägers dem Bericht zufolge in ihrer Klage. "
             "Man habe alle Belege vorgelegt. "
             "Ein solcher Fall sei noch nie vorgekommen, heißt es demnach.")
    claim = one(doc, "Summe sei angemessen")
    assert source_name(doc, claim) == "Anwälte des Klägers"
    assert link_names(claim) == ["Morgenpost"]
    assert link_names(one(doc, "alle Belege")) == ["Morgenpost"]
    assert link_names(one(doc, "noch nie vorgekommen")) == ["Morgenpost"]


def test_laut_dem_bericht_in_a_tag_names_the_medium_not_the_noun() -> None:
    doc = de("Das Verfahren beginne am Freitag, berichtete die Morgenpost. "
             "Die Summe sei angemessen, argumentieren die Anwälte laut dem Bericht in ihrer Klage.")
    assert link_names(one(doc, "Summe sei angemessen")) == ["Morgenpost"]


def test_the_speaker_in_front_keeps_the_recalled_medium() -> None:
    doc = de("Das Verfahren beginne am Freitag, berichtete die Morgenpost. "
             "Die Anwälte des Klägers sagten dem Bericht zufolge, die Summe sei angemessen.")
    assert link_names(one(doc, "Summe sei angemessen")) == ["Morgenpost"]


def test_no_recalled_medium_after_another_speaker() -> None:
    doc = de("Das Verfahren beginne am Freitag, berichtete die Morgenpost. "
             "Der Richter sagte, er kenne die Akten noch nicht. "
             "Die Summe sei angemessen, argumentieren die Anwälte dem Bericht zufolge.")
    assert "Morgenpost" not in link_names(one(doc, "Summe sei angemessen"))


def test_speech_after_a_request_keeps_the_medium_told() -> None:
    # the request claims nothing (an anchor), but the medium its speaker told carries on
    doc = de("Um den Streit zu beenden, fordern wir die Stadt auf, die Regeln zu ändern, sagte ein Sprecher des Landes "
             "der Nachrichtenagentur dpa am Montag in Kiel. Dies habe dazu geführt, dass sich die Pendler stauen.")
    a = one(doc, "Pendler stauen")
    assert source_name(doc, a) == "Sprecher des Landes"
    assert link_names(a) == ["dpa"]


def test_a_speech_act_in_the_konjunktiv_goes_on_with_the_speaker() -> None:
    doc = de("Parteichef Karl Berger sagte am Mittwoch im Ö1-Morgenjournal, dass seine Partei nicht mitstimme. "
             "Den Vorschlag zur Schulreform lehne die Partei etwa ab. Die Reform komme ohnehin zu spät.")
    act = one(doc, "lehne die Partei")
    assert act.rule == "attr.continuation.de.konjunktiv+reported_act+inherit"
    assert source_name(doc, act) == "Karl Berger" and link_names(act) == link_names(one(doc, "nicht mitstimme"))
    assert source_name(doc, one(doc, "zu spät")) == "Karl Berger"


def test_a_speech_act_in_the_first_person_is_no_reported_act() -> None:
    doc = de("Parteichef Karl Berger sagte am Mittwoch, dass seine Partei nicht mitstimme. Den Vorschlag lehne ich ab.")
    assert [a.rule for a in doc.attributions if "reported_act" in a.rule] == []


def test_the_medium_of_a_lead_before_the_colon_is_the_link_of_the_answer() -> None:
    doc = de("Ob sie die Partei weiter führe, wusste Anna Lenz am Sonntag in der ZiB 2 nicht genau: "
             "Ich gehe davon aus, dass ich das tue, antwortete sie.")
    a = one(doc, "Ich gehe davon aus")
    assert source_name(doc, a) == "Anna Lenz"
    assert link_names(a) == ["Zeit im Bild"]


def test_no_lead_link_when_the_lead_names_no_speaker() -> None:
    doc = de("Die Lage im ZDF ist ernst: Wir müssen sparen, sagte Anna Lenz.")
    assert link_names(one(doc, "Wir müssen sparen")) == []


def test_a_news_programme_of_a_public_broadcaster_is_a_medium() -> None:
    doc = de("Die Reform sei nötig, sagte Anna Lenz im Morgenjournal. Man müsse jetzt handeln.")
    assert link_names(one(doc, "Reform sei nötig")) == ["Morgenjournal"]
    assert link_names(one(doc, "jetzt handeln")) == ["Morgenjournal"]


def test_speech_after_a_request_tag_goes_on_with_the_one_who_asked() -> None:
    # the request claims nothing (an anchor, +request_anchor), but the Konjunktiv after it is hers, not the
    # earlier speaker's
    doc = de("Der Fährverein werde sich weiter gegen die Pläne wehren, so Vereinschef Otto Brandl. "
             "Für den Hafenbeirat reagierte am Freitag dessen Vorsitzende Greta Holm. "
             "Man möge vor dem Winter noch einmal über die Fahrpläne reden, appellierte sie an den Senat. "
             "Am Beirat habe bisher keine Einigung gehangen.")
    assert source_name(doc, one(doc, "keine Einigung")) == "Greta Holm"
    assert [a for a in doc.attributions if "appellierte" in doc.text[a.content[0].start : a.content[0].end]] == []


def test_the_link_of_a_sentence_that_names_the_speaker_carries_into_the_konjunktiv() -> None:
    doc = de("Das Landgericht verwirft in einem Urteil, das der APA vorliegt, den Einwand der Versicherung. "
             "Die Frist könne erst beginnen, wenn der Kunde mit Kosten rechnen muss. "
             "Es komme nicht darauf an, wann der Kläger davon wusste, so das Gericht.")
    first = one(doc, "Frist könne")
    assert first.rule == "attr.continuation.de.konjunktiv+subject+framed_link"
    assert source_name(doc, first) == "Landgericht" and link_names(first) == ["APA"]
    assert link_names(one(doc, "davon wusste")) == ["APA"]


def test_telling_how_much_is_a_claim_not_a_question() -> None:
    doc = de("Zugleich machen die Anwälte laut Morgenpost deutlich, wie sehr der Autor den Politiker getäuscht habe.")
    a = one(doc, "wie sehr")
    assert source_name(doc, a) == "Anwälte" and link_names(a) == ["Morgenpost"]
    doc = de("Die Studentin Anna Lenz erzählte im Gespräch mit der Zeitung Morgenpost, wie schwierig es sei, wieder Fuß zu fassen.")
    assert link_names(one(doc, "wie schwierig")) == ["Zeitung Morgenpost"]


def test_asking_or_explaining_how_many_stays_a_question() -> None:
    assert de("Der Minister solle erzählen, wie schwierig es sei.").attributions == []
    assert de("Sie schilderte, wie lange sie gewartet habe.").attributions == []
