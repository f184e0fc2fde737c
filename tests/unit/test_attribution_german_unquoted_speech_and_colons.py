"""German reported speech without quotation marks (sentences of our own; issue 7): a
verbless frame before a colon names who speaks, unquoted speech in the first person goes on, a
tag in the middle of a sentence leaves the rest to the speaker, a Konjunktiv I after a fronted
condition is reported speech, a closing passive of "zitieren" names the one quoted, and a file
number after ", so X" does not hide the speaker."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one, source_name

analyze = partial(analyse, lang="de", date="2024-10-17")

LEAD = "Die Gemeinde Almfeld will das Hallenbad schließen. "


def test_a_noun_of_speech_and_its_owner_before_a_colon() -> None:
    doc = analyze(LEAD + "Die Antwort der Bürgermeisterin Eva Lang: Wir haben dafür kein Geld mehr.")
    a = one(doc, "kein Geld")
    assert a.mode == "direct" and a.rule == "attr.direct.de.colon_noun" and source_name(doc, a) == "Eva Lang"
    assert doc.span_text(a.content[0]) == "Wir haben dafür kein Geld mehr"
    doc = analyze(LEAD + "Die Forderung der Gewerkschaft: Das Bad muss bis zum Sommer offen bleiben.")
    a = one(doc, "Sommer")
    assert a.mode == "indirect" and source_name(doc, a) == "Gewerkschaft"
    # a name the text gave in full, as a genitive before the noun
    doc = analyze(LEAD + "Stadtrat Peter Lorenz ist dagegen. Lorenz' Antwort: Das Bad bleibt offen, solange ich im Rat sitze.")
    assert source_name(doc, one(doc, "solange ich")) == "Peter Lorenz"
    # no one owns the noun: no one speaks
    for text in ("Die Bilanz des Jahres: drei neue Schulen und ein Hallenbad.", "Die Gründe dafür: hohe Kosten und wenig Personal."):
        assert analyze(LEAD + text).attributions == [], text


def test_a_speaker_and_dazu_before_a_colon_and_the_first_person_going_on() -> None:
    doc = analyze(LEAD + "Die Bäderfirma Blauwal AG dazu auf Anfrage: Wir halten uns an die Verträge mit der Gemeinde. "
                  "Unsere Eintrittspreise bleiben stabil. Außerdem bauen wir im Frühjahr ein neues Becken. "
                  "Die Firma wurde vor vierzig Jahren gegründet. Wir fragten beim Land nach.")
    a = one(doc, "Verträge")
    assert a.mode == "direct" and a.rule.startswith("attr.direct.de.colon_frame") and source_name(doc, a) == "Bäderfirma Blauwal AG"
    # the first person goes on: one claim of three sentences, as one quotation of them would be (session 32)
    assert "+first_person_run" in a.rule and len(a.content) == 3
    for needle in ("Eintrittspreise", "neues Becken"):
        assert one(doc, needle) is a, needle
    # the author's sentence ends it: a later "wir" is no longer the firm's
    assert not any("gegründet" in doc.span_text(x) or "fragten" in doc.span_text(x) for a in doc.attributions for x in a.content)
    # an abbreviation with points names the speaker too
    doc = analyze(LEAD + "Die B.A.D. dazu: Unsere Preise sind seit Jahren gleich.")
    assert source_name(doc, one(doc, "Preise")) == "B.A.D."
    # after speech in the third person the first person does not go on
    doc = analyze(LEAD + "Der Bäderverband dazu: Die Regeln gelten für alle. Wir waren am Montag vor Ort.")
    assert len(doc.attributions) == 1 and doc.attributions[0].mode == "indirect"


def test_the_speaker_goes_on_after_a_tag_in_the_middle_of_an_unquoted_sentence() -> None:
    doc = analyze("Der Physiker Lukas Brenner hat das Labor verlassen. Das ist keine Lösung, sagt er, aber wir müssen etwas tun.")
    a = one(doc, "keine Lösung")
    assert [doc.span_text(x) for x in a.content] == ["Das ist keine Lösung", "aber wir müssen etwas tun"]
    assert a.rule == "attr.indirect.de.postposed+goes_on+subject_before" and source_name(doc, a) == "Lukas Brenner"
    # a second verb of the speaker's, a relative clause about him: the author's
    doc = analyze("Der Physiker Lukas Brenner hat das Labor verlassen. Das ist keine Lösung, sagte er, und verließ den Saal.")
    assert [doc.span_text(x) for x in one(doc, "keine Lösung").content] == ["Das ist keine Lösung"]
    doc = analyze("Der Physiker Lukas Brenner hat das Labor verlassen. Das Labor sei zu klein, sagte Brenner, der dort lange forschte.")
    assert [doc.span_text(x) for x in one(doc, "zu klein").content] == ["Das Labor sei zu klein"]


def test_a_konjunktiv_i_after_a_fronted_condition_goes_on_with_the_speech() -> None:
    doc = analyze("Die Umweltministerin Eva Lang sagte, der Wald müsse bleiben. Wenn die Straße gebaut werde, sei er verloren.")
    a = one(doc, "Straße gebaut")
    assert a.mode == "continuation" and source_name(doc, a) == "Eva Lang"
    doc = analyze("Die Umweltministerin Eva Lang sagte, der Wald müsse bleiben. Ob die Straße komme, sei noch offen.")
    assert source_name(doc, one(doc, "Straße komme")) == "Eva Lang"
    # the author's condition in the indicative or a hypothesis in the Konjunktiv II stays the author's
    for text in ("Die Umweltministerin Eva Lang sagte, der Wald müsse bleiben. Wenn die Straße gebaut wird, ist er verloren.",
                 "Die Umweltministerin Eva Lang sagte, der Wald müsse bleiben. Wenn es regnen würde, käme niemand."):
        doc = analyze(text)
        assert len(doc.attributions) == 1, text


def test_a_closing_passive_of_zitieren_names_the_one_quoted() -> None:
    doc = analyze("Das Gymnasium hat einen neuen Direktor. Die Schule bleibe bis Ostern geschlossen, wird der Direktor zitiert.")
    a = one(doc, "bis Ostern")
    assert a.rule == "attr.indirect.de.cited_passive" and doc.span_text(a.source_span) == "der Direktor"  # type: ignore[arg-type]
    assert doc.span_text(a.content[0]) == "Die Schule bleibe bis Ostern geschlossen"
    doc = analyze("Das Gymnasium hat einen neuen Direktor. Der Mietvertrag ist längst unterschrieben, wurde die Anwältin Eva Lang im Radio zitiert.")
    assert source_name(doc, one(doc, "Mietvertrag")) == "Eva Lang"


def test_a_file_number_after_so_and_the_court() -> None:
    doc = analyze("Die Klage wurde verhandelt. Die Kündigung sei unwirksam, so das Arbeitsgericht (4 Ca 77/21).")
    a = one(doc, "Kündigung")
    assert a.rule == "attr.indirect.de.so" and source_name(doc, a) == "Arbeitsgericht"


def test_continued_speech_with_a_named_subject_of_its_own_is_that_ones() -> None:
    doc = analyze("Die Bäckermeisterin Eva Roth sagte, der Laden werde im Herbst umgebaut. "
                  "Ihr Kompagnon Tom Lee sieht das anders und ist der Meinung, dass der Umbau erst im Winter beginne.")
    a = one(doc, "erst im Winter")
    assert a.rule == "attr.indirect.de.main_subject" and str(source_name(doc, a)).endswith("Tom Lee")
    assert a.mode == "indirect" and doc.span_text(a.content[0]) == "dass der Umbau erst im Winter beginne"
    # the speaker before named again, a relative clause in the Konjunktiv, the subject of what was said: the speech goes on
    doc = analyze("Die Bäckermeisterin Eva Roth sagte, der Laden werde im Herbst umgebaut. Roth ist der Meinung, dass es schnell gehe.")
    assert str(source_name(doc, one(doc, "schnell gehe"))).endswith("Eva Roth")
    doc = analyze("Die Ministerin Eva Lang sagte, die Lage sei ernst. Der Landrat Tom Lee besuchte das Dorf, das besonders betroffen sei.")
    assert source_name(doc, one(doc, "betroffen sei")) == "Eva Lang"
    doc = analyze("Die Ministerin Eva Lang sagte, die Lage sei ernst. Der Landrat Tom Lee habe das Dorf besucht, das betroffen sei.")
    assert source_name(doc, one(doc, "Dorf besucht")) == "Eva Lang"


def test_continued_speech_ends_before_the_authors_comment_on_it() -> None:
    doc = analyze("Der Vereinschef Hans Huber ist zuversichtlich. Er wolle den Sportplatz schon im Mai eröffnen, womit allerdings kaum jemand rechnet.")
    a = one(doc, "Sportplatz")
    assert doc.span_text(a.content[0]) == "Er wolle den Sportplatz schon im Mai eröffnen" and str(source_name(doc, a)).endswith("Hans Huber")
    # a comment in the Konjunktiv is still the speaker's
    doc = analyze("Der Vereinschef Hans Huber sagte, der Platz sei fast fertig. Es fehle an Toren, wobei vor allem die Netze teuer seien.")
    assert doc.span_text(one(doc, "Toren").content[0]) == "Es fehle an Toren, wobei vor allem die Netze teuer seien"


def test_er_demanding_something_is_no_body_with_a_feminine_name() -> None:
    doc = analyze("Die Stadtverwaltung berichtet von einem Rekord an Einsätzen. Bekannt ist, dass der Bürgermeister Hans Huber verärgert ist. "
                  "Vor allem verlange er neue Löschfahrzeuge für die Wehr.")
    a = one(doc, "Löschfahrzeuge")
    assert a.rule == "attr.continuation.de.konjunktiv+pronoun" and doc.span_text(a.source_span) == "er"  # type: ignore[arg-type]
    # one spoken of, not speaking, and a body of masculine name, go on with the speech
    doc = analyze("Die Vereinszeitung meldet, der Trainer sei verletzt. Seit Montag trainiere er aber schon wieder.")
    assert source_name(doc, one(doc, "trainiere er")) == "Vereinszeitung"
    doc = analyze("Der Feuerwehrverband berichtet von einem Rekord an Einsätzen. Vor allem verlange er neue Löschfahrzeuge für die Wehr.")
    assert source_name(doc, one(doc, "Löschfahrzeuge")) == "Feuerwehrverband"


def test_a_tag_after_a_claim_that_opens_with_an_adverb_of_quantity() -> None:
    doc = analyze("Der Hof liegt am Waldrand. Mindestens drei Schafe seien in der Nacht entlaufen, erklärte die Bäuerin Anna Moser.")
    a = one(doc, "drei Schafe")
    assert a.rule == "attr.indirect.de.postposed" and str(source_name(doc, a)).endswith("Anna Moser")


def test_a_cue_in_the_konjunktiv_is_part_of_what_the_closing_tag_reports() -> None:
    doc = analyze("Der Brunnen liegt am Markt. Die Messung habe gezeigt, dass das Wasser sauber sei, sagte der Laborleiter Karl Brenner dem Sender Radio Süd.")
    a = one(doc, "Wasser sauber")
    assert source_name(doc, a) == "Karl Brenner"
    assert doc.span_text(a.content[0]) == "Die Messung habe gezeigt, dass das Wasser sauber sei"
    # in the indicative the first cue speaks for itself
    doc = analyze("Der Brunnen liegt am Markt. Die Ministerin Eva Lang sagte, das Wasser sei sauber, und das sei gut so.")
    assert source_name(doc, one(doc, "Wasser sei sauber")) == "Eva Lang"


def test_den_angaben_zufolge_is_the_word_of_the_source_just_named() -> None:
    doc = analyze("Der Pass ist seit Freitag zu. Nach Angaben der Bergwacht ist der Weg zur Hütte gesperrt. "
                  "Am Gipfel liegen den Angaben zufolge zwei Meter Schnee.")
    a = one(doc, "Meter Schnee")
    assert a.rule.startswith("attr.according.de.postfix+inner_phrase+anaphoric") and source_name(doc, a) == source_name(doc, one(doc, "Hütte"))


def test_a_number_before_a_word_that_opens_a_clause_ends_the_sentence() -> None:
    from sourcetrace.textutil import split_sentences

    text = "Die Probe fand im Saal 12. Bei der Pause gab es Kuchen. Am 24. Oktober war es ruhig."
    assert [text[s.start : s.end] for s in split_sentences(text, 0, len(text))] == [
        "Die Probe fand im Saal 12.", "Bei der Pause gab es Kuchen.", "Am 24. Oktober war es ruhig."]



def test_unquoted_speech_after_a_colon_runs_on_while_it_leans_back() -> None:
    # a tag and a phrase of where it was said before the colon: the colon still opens the speaker's words (session 36)
    doc = analyze("Die Bäderchefin Ida Wenger will mehr Geld. Das sei nötig, sagt Wenger im Interview: "
                  "Ohne Geld schließt das Bad im Mai. Und dann steht die Stadt ohne Schwimmkurse da. "
                  "Die Gemeinde prüft den Antrag im Herbst.")
    a = one(doc, "schließt das Bad")
    assert source_name(doc, a) == "Ida Wenger" and a.rule.endswith("+colon_run")
    assert a.mode == "direct"  # the speaker's own words, which lost their quotation marks
    assert [doc.span_text(x) for x in a.content] == ["Ohne Geld schließt das Bad im Mai", "Und dann steht die Stadt ohne Schwimmkurse da"]
    # the author's report after it, one that opens with nothing that points back, stays apart
    assert not any("Herbst" in doc.span_text(x) for a in doc.attributions for x in a.content)
    # a lone speaker's label: the first person goes on too, a sentence in the Konjunktiv I ends it
    doc = analyze("Der Wirt Otto Brandl kennt die Lage. Brandl: Wer nicht reserviert, bekommt keinen Tisch. "
                  "Wir sind jeden Abend voll. Im Winter werde das anders, hofft man.")
    a = one(doc, "reserviert")
    assert a.rule == "attr.direct.de.interview_turn+colon_run" and len(a.content) == 2 and one(doc, "jeden Abend") is a
    assert one(doc, "Im Winter") is not a


def test_a_colon_run_takes_a_sentence_the_speaker_talks_around_and_stops_at_the_authors_words() -> None:
    # the speaker's reported speech goes on right after it: the sentence between is the speaker's
    doc = analyze("Der Wirt Otto Brandl kennt die Lage. Brandl: Wer nicht reserviert, bekommt keinen Tisch. "
                  "Die Gäste kommen lieber spät. Im Winter sei das anders.")
    a = one(doc, "reserviert")
    assert one(doc, "lieber spät") is a and one(doc, "Im Winter") is not a
    # no speech goes on after it: the author's sentence stays apart, as do one in the past and one about the speaker
    for after in ("Die Gäste kommen lieber spät.", "Die Gäste kamen früher später.", "Er führt das Lokal seit zehn Jahren."):
        doc = analyze("Der Wirt Otto Brandl kennt die Lage. Brandl: Wer nicht reserviert, bekommt keinen Tisch. " + after)
        a = one(doc, "reserviert")
        assert len(a.content) == 1 and "+colon_run" not in a.rule, after
    # a claim cut at a colon inside its sentence runs to its end; a sentence that announces its own colon stays apart
    doc = analyze("Wer trägt die Kosten? Der Kassier Egon Kranz, der den Verein leitet, antwortet knapp: Der Haken ist immer: Zeit. "
                  "Und der Ausweg ist auch immer: Zeit. Und eines ist klar: Die Saison beginnt im Mai.")
    a = one(doc, "Der Haken")
    assert [doc.span_text(x) for x in a.content] == ["Der Haken ist immer: Zeit", "Und der Ausweg ist auch immer: Zeit"]


def test_a_modal_in_a_colon_run_is_the_speakers_own_hedge() -> None:
    doc = analyze("Die Bäderchefin Ida Wenger will mehr Geld. Das sei nötig, sagt Wenger im Interview: "
                  "Wenn man so weitermacht, verliert man alles. Wir könnten unsere Gäste verlieren.")
    a = one(doc, "Gäste")
    assert a.mode == "direct" and one(doc, "weitermacht") is a
    assert any(doc.span_text(h.span) == "könnten" for h in doc.hedges)


def test_a_colon_run_leaves_a_first_person_past_to_the_author_when_the_report_goes_on() -> None:
    # review of session 36: the newsroom's "wir" telling what it did, the author's report in the past right after it
    text = ("Der Kreistag hat am Montag über die Klinik beraten. Die Landrätin sagte im Ausschuss: Die Klinik ist zu klein. "
            "Da hilft auch kein Anbau. Deshalb brauchen wir einen Neubau. Wir haben die Beratung bis zum Schluss verfolgt. {after}")
    doc = analyze(text.format(after="Am Ende stimmten neun Räte dagegen."))
    a = one(doc, "zu klein")
    assert a.rule.endswith("+colon_run") and one(doc, "Neubau") is a
    assert not any("Beratung" in doc.span_text(c) for x in doc.attributions for c in x.content)
    # the speaker goes on in the present: the sentence stays hers
    doc = analyze(text.format(after="Und wir bleiben dabei."))
    a = one(doc, "zu klein")
    assert one(doc, "Beratung") is a
