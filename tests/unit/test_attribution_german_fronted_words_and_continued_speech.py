"""German constructions of real news copy (sentences of our own; issue 7): a fronted adjective is
no speaker, a quotation after a colon keeps the speaker of its own tag, denials of reports, a
subjectless report in a wie-clause, a speaker after the cue whose clause follows a comma, nested
speech and chains carried into the continuation."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_text


def test_a_fronted_adjective_before_a_reflexive_verb_is_no_speaker() -> None:
    doc = de("Überrascht zeigte sich die Gewerkschaft: «Damit hat am Ende niemand gerechnet.»")
    a = one(doc, "niemand gerechnet")
    assert a.mode == "direct" and source_text(doc, a) == "die Gewerkschaft"
    doc = de("Erfreut äußerte sich auch Ministerin Eva Lang: Der Plan sei gut durchdacht.")
    assert source_text(doc, one(doc, "gut durchdacht")) == "Ministerin Eva Lang"
    # a name before the reflexive verb stays the speaker
    doc = de("Merkel zeigte sich überzeugt, dass der Plan am Ende gelingt.")
    assert source_text(doc, one(doc, "Plan am Ende")) == "Merkel"


def test_a_quotation_after_a_colon_with_a_tag_of_its_own_is_the_tags_speech() -> None:
    doc = de("Begeistert zeigte sich der Vereinsvorsitzende Paul Kern: «Das ist ein großer Tag für uns», sagte er.")
    a = one(doc, "großer Tag")
    assert a.mode == "direct" and doc.span_text(a.content[0]) == "Das ist ein großer Tag für uns"
    assert source_text(doc, a) == "der Vereinsvorsitzende Paul Kern"
    assert a.cue is not None and doc.span_text(a.cue) == "sagte"
    assert all(not source_text(doc, x) or "Begeistert" not in (source_text(doc, x) or "") for x in doc.attributions)
    doc = de("Begeistert zeigte sich auch die Trainerin: «Das Team hat alles gegeben», sagte Maria Lenz.")
    a = one(doc, "alles gegeben")
    assert a.mode == "direct" and source_text(doc, a) == "Maria Lenz"
    doc = de("Der Vorsitzende zeigte sich zufrieden: «Wir haben viel erreicht», sagte er am Abend.")
    a = one(doc, "viel erreicht")
    assert a.mode == "direct" and doc.span_text(a.content[0]) == "Wir haben viel erreicht" and source_text(doc, a) == "Der Vorsitzende"


def test_rejected_reports_after_wonach_are_denied_claims() -> None:
    for text, who in (("Das Ministerium hat Berichte zurückgewiesen, wonach die Schulen im Winter schließen sollen.", "Das Ministerium"),
                      ("Die Regierung wies Berichte zurück, wonach der Minister zurücktreten wolle.", "Die Regierung"),
                      ("Die Firma dementierte Berichte, wonach sie verkauft werden solle.", "Die Firma")):
        doc = de(text)
        a = one(doc, "wonach")
        assert a.status == "denied" and a.mode == "indirect", text
        assert source_text(doc, a) == who, text


def test_a_subjectless_report_in_a_wie_clause() -> None:
    doc = de("Wie es aus Kreisen der Koalition hieß, soll der Haushalt im März beschlossen werden.")
    a = one(doc, "Haushalt")
    assert doc.span_text(a.content[0]) == "soll der Haushalt im März beschlossen werden"
    assert source_text(doc, a) == "Kreisen der Koalition"
    doc = de("Der Haushalt soll im März beschlossen werden, wie es am Abend aus dem Ministerium hieß.")
    a = one(doc, "Haushalt")
    assert doc.span_text(a.content[0]) == "Der Haushalt soll im März beschlossen werden" and source_text(doc, a) == "dem Ministerium"
    doc = de("Der Vertrag sei unterschrieben, wie es in dem Bericht heißt.")
    assert source_text(doc, one(doc, "Vertrag")) == "dem Bericht"
    doc = de("Wie es hieß, sei der Vertrag bereits unterschrieben.")
    a = one(doc, "Vertrag")
    assert source_text(doc, a) is None and a.rule == "attr.indirect.de.wie_subjectless"


def test_the_clause_after_an_inverted_speaker_and_a_comma_is_no_apposition() -> None:
    doc = de("Im Gespräch mit der Agentur Reuters sagte der Manager, die Firma werde Stellen abbauen.")
    a = one(doc, "Stellen abbauen")
    assert source_text(doc, a) == "der Manager" and doc.span_text(a.content[0]) == "die Firma werde Stellen abbauen"
    assert [v.name for v in a.via] == ["Reuters"]
    doc = de("Im Mai sagte der Manager, die Firma baue Stellen ab.")
    assert source_text(doc, one(doc, "Stellen ab")) == "der Manager"
    # an apposition that closes with a comma stays part of the speaker's phrase
    doc = de("«Wir sind bereit», sagte Jan Ott, Chef der Firma, am Montag.")
    assert source_text(doc, one(doc, "bereit")) == "Jan Ott, Chef der Firma"


def test_nested_speech_keeps_the_inner_speaker_as_written() -> None:
    doc = de("Anna Berg sagte, der Bürgermeister habe ihr gesagt, die Brücke werde im Frühjahr geschlossen.")
    inner = next(a for a in doc.attributions if doc.span_text(a.content[0]) == "die Brücke werde im Frühjahr geschlossen")
    assert source_text(doc, inner) == "der Bürgermeister" and "+nested" in inner.rule


def test_chains_carry_into_the_continuation() -> None:
    for text, via in (
        ("Die Zeitung «Morgenpost» berichtete unter Berufung auf Regierungskreise, der Plan sei gescheitert. Die Koalition wolle nun neu verhandeln.", "Regierungskreise"),
        ("Der Plan sei gescheitert, wie die Zeitung unter Berufung auf Regierungskreise meldete. Die Koalition wolle nun neu verhandeln.", "Regierungskreise"),
        ("Die Agentur zitierte den Minister mit den Worten: «Wir werden nicht nachgeben.» Er werde auch keine Frist setzen.", "Agentur"),
        ("Der Minister sagte der Zeitung «Abendblatt», die Gespräche seien gescheitert. Man werde aber weiter reden.", "Abendblatt"),
        ("Gegenüber der Agentur dpa sagte die Sprecherin, die Gespräche seien gescheitert. Man werde aber weiter reden.", "dpa"),
        ("In einem Interview mit einem Radiosender sagte der Minister, die Steuern würden steigen. Das sei unvermeidlich.", "Radiosender"),
        ("Im Gespräch mit der Agentur Reuters sagte der Manager, die Firma werde Stellen abbauen. Betroffen seien vor allem die Werke im Süden.", "Reuters"),
    ):
        doc = de(text)
        first, cont = doc.attributions[0], doc.attributions[-1]
        assert cont.mode == "continuation" and cont.source == first.source, text
        assert via in [v.name for v in first.via] and via in [v.name for v in cont.via], text


def test_a_personal_pronoun_in_a_wie_clause_is_the_speaker() -> None:
    doc = de("Jan Ott ist zufrieden. Der Plan sei gut, wie er am Montag sagte.")
    a = one(doc, "Plan sei gut")
    assert source_text(doc, a) == "er" and a.rule == "attr.indirect.de.wie+subject_before"
    doc = de("Die Rektorin hält die Reform für verfrüht, wie sie in einer Mail an das Kollegium bekundete.")
    assert source_text(doc, one(doc, "Reform")) == "sie"
    doc = de("Wie sie betonte, sei der Plan gut.")
    assert source_text(doc, one(doc, "Plan gut")) == "sie"
    # a pronoun before a passive participle is what was said or done, no speaker
    doc = de("Das Projekt gilt als die Reform, wie sie von Gewerkschaften seit Jahren gefordert würde.")
    assert doc.attributions == []


def test_an_according_to_phrase_after_so_and_a_speaker_is_a_link() -> None:
    doc = de("Entscheidend sei aber, so die Ministerin laut dem Sender, dass die Mieten stiegen.")
    a = one(doc, "Entscheidend")
    assert source_text(doc, a) == "die Ministerin" and [v.name for v in a.via] == ["Sender"]
    assert [doc.span_text(c) for c in a.content] == ["Entscheidend sei aber", "dass die Mieten stiegen"]
    doc = de("Die Lage sei ernst, so der Minister laut BBC.")
    a = one(doc, "Lage")
    assert source_text(doc, a) == "der Minister" and [v.name for v in a.via] == ["BBC"]


def test_a_fronted_noun_of_speech_is_the_object_not_the_speaker() -> None:
    doc = de("Die Vorwürfe wies Landrat Karl Hofer am Dienstag zurück: Er habe nie Geld angenommen.")
    a = one(doc, "nie Geld")
    assert a.status == "denied" and source_text(doc, a) == "Landrat Karl Hofer"
    doc = de("Den Vorwurf wies der Landrat zurück, er habe Geld angenommen.")
    assert source_text(doc, one(doc, "Geld angenommen")) == "der Landrat"


def test_a_fronted_passive_participle_takes_its_agent_after_the_auxiliary() -> None:
    doc = de("Kritisiert wurde der Plan von den Grünen: Er sei zu teuer.")
    assert source_text(doc, one(doc, "zu teuer")) == "den Grünen"
    doc = de("Betont wurde von der Ministerin, dass die Renten sicher seien.")
    assert source_text(doc, one(doc, "Renten")) == "der Ministerin"
    doc = de("Betont wurde, dass die Renten sicher seien.")
    a = one(doc, "Renten")
    assert source_text(doc, a) is None and doc.span_text(a.content[0]) == "dass die Renten sicher seien"
    # a participle after a fronted phrase and its auxiliary keeps the passive of its clause
    doc = de("Gestern Abend wurde berichtet, dass ein zweites Boot im Hafen gesunken ist.")
    assert source_text(doc, one(doc, "zweites Boot")) is None


def test_an_according_to_phrase_inside_what_a_speaker_said_is_an_upstream_link() -> None:
    doc = de("Der Minister sagte, laut Polizei seien drei Menschen verletzt worden.")
    a = one(doc, "drei Menschen")
    assert source_text(doc, a) == "Der Minister" and doc.span_text(a.content[0]) == "seien drei Menschen verletzt worden"
    assert [v.name for v in a.via] == ["Polizei"]
    doc = de("Wie Regierungssprecher Jan Ott mitteilte, ist der Plan nach Auffassung der Kanzlerin richtig. "
                  "Daran ändere auch die Kritik nichts.")
    a = one(doc, "Plan")
    assert source_text(doc, a) == "Regierungssprecher Jan Ott" and "Wie" not in doc.span_text(a.content[0])
    assert [v.name for v in a.via] == ["Kanzlerin"]
    cont = one(doc, "Kritik nichts")
    assert cont.mode == "continuation" and cont.source == a.source


def test_continued_speech_in_a_konjunktiv_of_a_verb_of_news_language() -> None:
    doc = de("Das Blatt «Nordblick» meldete, die Sängerin habe ihre Tour absagen müssen. "
                  "Nach der Pause erhole sie sich aber gut.")
    a = one(doc, "erhole sie")
    assert a.mode == "continuation" and doc.span_text(a.cue) == "erhole"


def test_a_cue_inside_continued_speech_is_no_new_speaker() -> None:
    # a cue in a subordinate clause after the Konjunktiv
    doc = de("Die Stadträtin behauptet, von dem Vertrag nichts gewusst zu haben. "
                  "Sie habe nichts geahnt, bis ihr die Nachbarn davon berichteten.")
    a = one(doc, "nichts geahnt")
    assert a.mode == "continuation" and a.source == one(doc, "gewusst").source
    # a passive participle: its subject is the one told
    doc = de("Jan Ott sagte, die Meldung sei dringend. Zudem müssten die Kunden informiert werden.")
    a = one(doc, "Kunden")
    assert a.mode == "continuation" and a.source == one(doc, "dringend").source


def test_a_quoted_place_or_event_after_the_cue_is_no_speech() -> None:
    doc = de("Die Forscherin sprach auf dem „Tag der offenen Labore der Hochschule Kiel“ über Batterien.")
    assert doc.attributions == []
    doc = de("Der Minister sprach von einer „schweren Krise“.")
    a = one(doc, "schweren Krise")
    assert a.mode == "direct" and source_text(doc, a) == "Der Minister"
    doc = de("Die Ministerin sagte auf dem „Tag der Industrie“, die Steuern würden sinken.")
    assert doc.span_text(one(doc, "Steuern").content[0]) == "die Steuern würden sinken"


def test_quoted_with_words_of_any_kind_and_a_subject_after_the_auxiliary() -> None:
    doc = de("Das Portal zitiert dazu die Trainerin mit folgenden Worten: «Unsere Abwehr hat geschlafen.»")
    a = one(doc, "Abwehr")
    assert a.mode == "direct" and source_text(doc, a) == "die Trainerin" and [v.name for v in a.via] == ["Portal"]
    assert len(doc.attributions) == 1
    doc = de("In einem Rundschreiben wird die Kammer mit den Worten zitiert: «Wir fordern faire Preise.»")
    a = one(doc, "faire Preise")
    assert a.mode == "direct" and source_text(doc, a) == "die Kammer"
    doc = de("Am Montag wurde der Trainer von der Zeitung mit den Worten zitiert, die Mannschaft brauche Zeit.")
    a = one(doc, "Mannschaft")
    assert source_text(doc, a) == "der Trainer" and [v.name for v in a.via] == ["Zeitung"]


def test_a_fronted_prepositional_phrase_is_no_speaker() -> None:
    doc = de("Gegenüber der Nachrichtenagentur Reuters sagte ein Sprecher, man prüfe die Vorwürfe. Ergebnisse gebe es noch nicht.")
    a = one(doc, "prüfe")
    assert source_text(doc, a) == "ein Sprecher" and [v.name for v in a.via] == ["Reuters"]
    cont = one(doc, "Ergebnisse")
    assert cont.mode == "continuation" and cont.source == a.source and [v.name for v in cont.via] == ["Reuters"]


def test_a_modal_konjunktiv_goes_on_after_continued_speech_across_a_paragraph() -> None:
    doc = de("Die Ministerin sagte, das Gesetz komme im Herbst.\n\nEs sei lange vorbereitet worden. Die Kommunen müssten nun handeln.\n\n"
                  "Der Oppositionsführer kritisierte den Plan. Er sei zu teuer.\n\nDas Parlament stimmt im Oktober ab. Eine Mehrheit gelte als sicher.")
    first = one(doc, "Herbst")
    for needle in ("lange vorbereitet", "Kommunen müssten"):
        a = one(doc, needle)
        assert a.mode == "continuation" and a.source == first.source, needle
    assert one(doc, "zu teuer").source != first.source
    # the author's sentence in a new paragraph ends the speech
    assert not [a for a in doc.attributions if "Mehrheit" in doc.span_text(a.content[0])]


def test_a_fronted_adverb_of_manner_is_no_speaker() -> None:
    doc = de("Scharf kritisierte auch die Linke den Beschluss: Er sei unsozial.")
    assert source_text(doc, one(doc, "unsozial")) == "die Linke"


def test_a_speaker_named_by_age_after_the_cue() -> None:
    doc = de("«Wir haben gut gespielt», sagte der 54-Jährige nach dem Spiel.")
    a = one(doc, "gut gespielt")
    assert a.mode == "direct" and source_text(doc, a) == "der 54-Jährige"


def test_speech_goes_on_after_an_inverted_speaker_and_a_perfect_before_a_colon() -> None:
    doc = de("Ähnlich äußerte sich der Verband der Familienunternehmer. Die Politik müsse endlich handeln.")
    a = one(doc, "Politik müsse")
    assert a.mode == "continuation" and a.source is not None
    doc = de("Die Gewerkschaft hat empört reagiert: Die Pläne seien ein Angriff.")
    a = one(doc, "Angriff")
    assert source_text(doc, a) == "Die Gewerkschaft" and doc.span_text(a.cue) == "reagiert"
    assert de("Die Lage ist klar: Man müsse handeln.").attributions == []


def test_a_demonstrative_report_after_the_claim() -> None:
    doc = de("Die Partei sei bereit. Das sagte Parteichef Jan Ott am Montag.")
    a = one(doc, "Partei sei bereit")
    assert source_text(doc, a) == "Parteichef Jan Ott" and a.rule == "attr.indirect.de.anaphoric"
    doc = de("«Wir sind bereit.» Das sagte Parteichef Jan Ott am Montag.")
    a = one(doc, "Wir sind bereit")
    assert a.mode == "direct" and source_text(doc, a) == "Parteichef Jan Ott"
    # an attributive participle after an article is no cue
    assert de("Das gesagte Wort gilt.").attributions == []


def test_so_and_a_verb_of_speech_after_a_quotation() -> None:
    doc = de("«Das Team hat Charakter gezeigt.» So fasste Trainer Jan Ott das Spiel zusammen.")
    a = one(doc, "Charakter")
    assert source_text(doc, a) == "Trainer Jan Ott" and doc.span_text(a.cue) == "fasste"
    doc = de("«Das Team hat Charakter gezeigt.» So ein Sprecher des Vereins am Montag.")
    assert source_text(doc, one(doc, "Charakter")) == "ein Sprecher des Vereins"


def test_more_verbs_of_speech() -> None:
    for text, cue in (("Der Anwalt wandte ein, die Frist sei abgelaufen.", "wandte"),
                      ("Die Ministerin hielt dem Kritiker entgegen, das Gesetz sei längst beschlossen.", "hielt"),
                      ("Der Sprecher stellte richtig, der Minister sei nicht zurückgetreten.", "stellte"),
                      ("Die Veranstalter redeten sich heraus, der Regen sei schuld gewesen.", "redeten"),
                      ("Der Trainer schwärmte, die Mannschaft habe großartig gespielt.", "schwärmte")):
        doc = de(text)
        assert len(doc.attributions) == 1 and doc.span_text(doc.attributions[0].cue) == cue, text
        assert doc.attributions[0].status == "attributed", text
    # a thing that contradicts says nothing
    assert de("Das Gutachten kam zu einem Ergebnis, das den Zahlen der Stadt widerspricht.").attributions == []
    doc = de("«Das ist ein Witz», konterte der Abgeordnete.")
    assert source_text(doc, one(doc, "Witz")) == "der Abgeordnete"
    # without its particle the verb says nothing
    assert de("Die Kinder reden über das Spiel und lachen viel.").attributions == []


def test_the_konjunktiv_after_a_sentence_about_another_person_is_that_persons() -> None:
    doc = de("Die Anwohner forderten, die Fabrik zu schließen. Umweltberater Jan Ott sieht darin eine Wiederholung "
                  "des Streits von 1998. Die Ursache sei bis heute ungeklärt.")
    a = one(doc, "Ursache")
    assert a.mode == "continuation" and source_text(doc, a) == "Umweltberater Jan Ott"
    # the same speaker named again goes on as before
    doc = de("Jan Ott sagte, die Fabrik sei alt. Ott sieht darin eine Wiederholung des Streits. Die Ursache sei bis heute ungeklärt.")
    assert one(doc, "Ursache").source == one(doc, "Fabrik").source
