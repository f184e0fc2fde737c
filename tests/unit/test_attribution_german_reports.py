"""German subjectless reports ("hieß es …"; sentences of our own, issue 7): the phrases around
the cue name the source, the text it stands in and the links of the chain, and are no part of
the claim."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, de, one, source_text

import sourcetrace


def test_a_request_by_an_agency_before_the_source_is_a_link_not_content() -> None:
    doc = de("Die Ministerin selbst schwieg zunächst. Gestern hieß es dann auf Anfrage der APA aus ihrem Ressort: "
                  "Dass sie kandidieren will, ist längst bekannt.")
    a = one(doc, "sie kandidieren will")
    assert doc.span_text(a.content[0]) == "Dass sie kandidieren will, ist längst bekannt"
    assert source_text(doc, a) == "ihrem Ressort"
    assert [v.name for v in a.via] == ["APA"]


def test_the_source_is_the_phrase_after_the_cue_not_one_inside_the_claim() -> None:
    doc = de("Die Lieferungen aus der Türkei seien verspätet, hieß es aus dem Ministerium.")
    a = one(doc, "Lieferungen")
    assert source_text(doc, a) == "dem Ministerium"
    doc = de("Das Kind war bei der Rettung aus dem Wasser bewusstlos, hieß es am Freitag seitens der Pressestelle des Klinikums.")
    assert source_text(doc, one(doc, "Rettung")) == "der Pressestelle des Klinikums"
    doc = de("Es habe Kontrollen gegeben, hieß es dazu von der Hafenpolizei.")
    assert source_text(doc, one(doc, "Kontrollen")) == "der Hafenpolizei"


def test_the_claim_follows_an_inverted_cue_and_its_phrases() -> None:
    doc = de("Doch unerwartet hieß es am Abend in Genf aus der UN-Mission, dass der Plan zulässig sei.")
    a = one(doc, "Plan zulässig")
    assert doc.span_text(a.content[0]) == "dass der Plan zulässig sei"
    assert source_text(doc, a) == "der UN-Mission"


def test_a_text_named_before_or_after_the_cue_is_the_source() -> None:
    doc = de("In einer Erklärung der Außenminister vom Dienstag hatte es geheißen: «Die Gewalt muss enden.»")
    a = one(doc, "Die Gewalt muss enden")
    assert a.mode == "direct" and source_text(doc, a) == "einer Erklärung der Außenminister"
    doc = de("Die Filialen setzten die Preise um, heißt es in der BWB-Analyse.")
    assert source_text(doc, one(doc, "Filialen")) == "der BWB-Analyse"
    doc = de("Es sei nicht hinnehmbar, Sanitäter zu behindern, hieß es in einer spät abends in Bern verbreiteten Erklärung des Verbandspräsidenten.")
    assert source_text(doc, one(doc, "nicht hinnehmbar")) == "Erklärung des Verbandspräsidenten"


def test_a_place_after_the_cue_is_no_source() -> None:
    doc = de("Die Woche werde nachgeholt, hieß es in Berlin.")
    a = one(doc, "Die Woche werde nachgeholt")
    assert source_text(doc, a) is None


def test_a_participle_after_a_postposed_auxiliary_may_look_like_the_present() -> None:
    doc = de("„Wir wollen unsere Werke enger verzahnen“, hatte Konzernchef Peter Lang in einem Interview erklärt.")
    a = one(doc, "Werke enger verzahnen")
    assert a.mode == "direct" and source_text(doc, a) == "Konzernchef Peter Lang"
    doc = de("Die nächste Probe ist die Wahl im Juni, bei der die Partei ihre Kandidatur angekündigt hat.")
    assert doc.attributions == []


def test_a_quoted_word_given_as_a_name_by_a_speaker_is_a_direct_claim() -> None:
    doc = de("Der Abgeordnete Jan Wolf nannte den Bericht eine „Zeitungsente“.")
    a = next(a for a in doc.attributions if a.mode == "direct")
    assert doc.span_text(a.content[0]) == "Zeitungsente" and source_text(doc, a) == "Der Abgeordnete Jan Wolf"
    doc = de("Der Kurs fiel stark. Händler sprachen in diesem Zusammenhang von „Panikverkäufen“.")
    a = next(a for a in doc.attributions if a.mode == "direct")  # (the sentence is also reported, as without the phrase between)
    assert doc.span_text(a.content[0]) == "Panikverkäufen" and source_text(doc, a) == "Händler"
    for text in ("Dies nennt man einen „Aktiensplit“.", "Der Pilot flog eine „Cessna“.", "Er las die „Zeit“ am Morgen."):
        assert not [a for a in de(text).attributions if a.mode == "direct"], text


def test_a_longer_quoted_phrase_inside_the_sentence_keeps_the_cue_before_it() -> None:
    doc = de("Bei einer Fahrt durch das Waldbrandgebiet sprach die Präsidentin von der „bittersten Stunde seit der Gründung unserer Provinz“.")
    a = one(doc, "bittersten Stunde")
    assert a.mode == "direct" and source_text(doc, a) == "die Präsidentin"


def test_an_inverted_speaker_of_a_named_report_opens_with_its_article() -> None:
    doc = de("In der Nacht gab es Krawalle. Insgesamt spricht die Polizei von weniger Zusammenstößen als im Vorjahr. "
                  "In einem Depot seien zwölf Busse ausgebrannt.")
    a = one(doc, "weniger Zusammenstößen")
    assert source_text(doc, a) == "die Polizei"
    c = one(doc, "zwölf Busse")
    assert c.mode == "continuation" and c.source == a.source


def test_a_noun_of_speech_introduces_what_was_said() -> None:
    doc = de("Das Eingeständnis der Ministerin Rita Berg, ihre Entscheidung sei falsch gewesen, führte zu einem Misstrauensantrag.")
    a = one(doc, "Entscheidung sei falsch")
    assert doc.span_text(a.content[0]) == "ihre Entscheidung sei falsch gewesen"
    assert source_text(doc, a) == "der Ministerin Rita Berg" and doc.span_text(a.cue) == "Eingeständnis"
    doc = de("Der Bürgermeister unterstützt die Forderungen von Politikern der Grünen, die Bank zu boykottieren, allerdings nicht.")
    a = one(doc, "Bank zu boykottieren")
    assert doc.span_text(a.content[0]) == "die Bank zu boykottieren" and source_text(doc, a) == "Politikern der Grünen"
    doc = de("Hafenmeister Jan Kurz erneuerte seinen Vorwurf, die Stadt habe die Mole verfallen lassen.")
    a = one(doc, "Mole verfallen")
    assert "Jan Kurz" in next(s.name for s in doc.sources if s.id == a.source)


def test_a_noun_of_belief_or_without_a_clause_makes_no_attribution() -> None:
    for text in ("Die Verhandlungen über die Forderung nach höheren Löhnen, die die Gewerkschaft stellte, scheiterten.",
                 "Ihre Hoffnung, die Lage werde sich bessern, erfüllte sich nicht."):
        assert de(text).attributions == [], text


def test_a_particle_written_together_with_a_pronominal_adverb() -> None:
    doc = de("Politische Beobachter wiesen daraufhin, dass die Lage ernst sei.")
    assert source_text(doc, one(doc, "Lage ernst")) == "Politische Beobachter"
    assert de("Es gab größere Zweifel daran, ob der Spieler antreten könne.").attributions == []


def test_a_relative_pronoun_speaks_across_prepositional_phrases() -> None:
    doc = de("Ernannt wurde der Chemiker Tomas Wendt, der in seiner kurzen Antrittsrede vor dem Senat betonte, er bleibe parteilos.")
    a = one(doc, "bleibe parteilos")
    assert source_text(doc, a) == "der"
    assert next(s.name for s in doc.sources if s.id == a.source) == "Tomas Wendt"  # not "Ernannt wurde …"
    doc = de("Die Ministerin, die die Zeitung zitiert, betonte, sie bleibe im Amt.")
    assert source_text(doc, one(doc, "bleibe im Amt")) == "Die Ministerin"
    doc = de("Die Bank, der unter anderem Präsident Paulo Sarmento vorwirft, die Krise verschuldet zu haben, schweigt.")
    assert source_text(doc, one(doc, "Krise verschuldet")) == "Präsident Paulo Sarmento"


def test_a_konjunktiv_clause_after_a_postposed_cue_is_the_claim() -> None:
    doc = de("Auf einen Termin hatten sich die Partner noch nicht verständigt, hieß es, klar sei aber, dass die Brücke gebaut werde.")
    a = one(doc, "Brücke gebaut")
    assert doc.span_text(a.content[0]) == "klar sei aber, dass die Brücke gebaut werde"
    doc = de("Die Reform komme später, hieß es, und die Kosten seien noch offen.")
    assert doc.span_text(one(doc, "Reform komme").content[0]) == "Die Reform komme später"


def test_a_present_looking_participle_needs_a_perfect_auxiliary_and_a_main_clause() -> None:
    for text in ("Von einigen Rednern der Sitzung, wie etwa von Vertretern der Nachbarländer, wurde die Souveränität des Landes betont.",
                 "Erst wenn alle Prüfer unterschrieben haben, kann der fertige Bericht veröffentlicht werden."):
        assert not [a for a in de(text).attributions if a.rule.endswith("postposed_aux")], text
    doc = de("Der Premier, der die Geschäfte an seinen Stellvertreter übergeben hatte, hat nun seine Rückkehr angekündigt.")
    assert not [a for a in doc.attributions if a.rule.endswith("postposed_aux")]


def test_what_became_known_is_a_claim_with_no_source() -> None:
    doc = de("Außerdem wurde bekannt, dass die Brauerei ihren Absatz im Sommer gesteigert hat.")
    a = one(doc, "die Brauerei")
    assert a.rule == "attr.indirect.de.passive_report" and a.source is None
    assert doc.span_text(a.content[0]) == "dass die Brauerei ihren Absatz im Sommer gesteigert hat"
    assert a.cue is not None and doc.span_text(a.cue) == "wurde bekannt"
    doc = de("Zunächst war die Rede davon, dass drei Boote gekentert seien.")
    assert doc.span_text(one(doc, "Boote").content[0]) == "dass drei Boote gekentert seien"


def test_a_wie_clause_with_no_subject_fronts_a_claim_with_no_source() -> None:
    doc = de("Wie am Montag mitgeteilt wurde, bleibt die Fähre bis zum Frühjahr im Hafen.")
    a = one(doc, "die Fähre")
    assert a.rule == "attr.indirect.de.passive_report" and a.source is None
    assert doc.span_text(a.content[0]) == "bleibt die Fähre bis zum Frühjahr im Hafen"
    assert a.cue is not None and doc.span_text(a.cue) == "mitgeteilt wurde"
    doc = de("Wie bekannt wurde, bleibt die Fähre im Hafen.")
    assert one(doc, "die Fähre").rule == "attr.indirect.de.passive_report"


def test_what_became_known_without_a_clause_of_what_was_said_is_no_claim() -> None:
    doc = de("Der Skandal wurde bekannt, als die Zeitung darüber schrieb.")
    assert not any(a.rule == "attr.indirect.de.passive_report" for a in doc.attributions)
    doc = de("Wie erwartet wurde, gewann die Partei die Wahl.")  # a belief, no speech
    assert not doc.attributions
    doc = de("Wie die Polizei mitteilte, bleibt die Fähre im Hafen.")  # a subject: the speaker
    assert one(doc, "die Fähre").rule == "attr.indirect.de.wie_fronted"


_denews = partial(analyse, lang="de", conventions="denews")


def test_a_speech_act_in_the_passive_is_reported_with_its_agent() -> None:
    # a name given is a claim in the seed's style too
    doc = de("Von der Stadtverwaltung wurde der Umbau als großer Fortschritt bezeichnet.")
    a = one(doc, "der Umbau")
    assert a.rule == "attr.indirect.de.reported_passive" and source_text(doc, a) == "der Stadtverwaltung"
    assert a.cue is not None and doc.span_text(a.cue) == "bezeichnet"
    # a welcome or an accusation is one in de-news-quotes' conventions only
    assert de("Von der Stadtverwaltung wurde der Umbau begrüßt.").attributions == []
    doc = _denews("Von der Stadtverwaltung wurde der Umbau begrüßt.")
    a = one(doc, "der Umbau")
    assert a.rule == "attr.indirect.de.reported_passive" and doc.span_text(a.cue) == "begrüßt"  # type: ignore[arg-type]
    doc = _denews("Dem Händler wird von den Behörden Betrug vorgeworfen.")
    assert source_text(doc, one(doc, "Betrug")) == "den Behörden"


def test_a_passive_with_no_speech_act_or_no_agent_reports_nothing() -> None:
    for text in ("Die Brücke wurde von der Stadt gebaut.", "Die Pläne wurden vom Minister nicht bestätigt.",
                 "Besonders kritisiert wurde die Verzögerung.", "Die Halle wurde von 2010 bis 2012 saniert."):
        assert not de(text).attributions, text


def test_the_agent_of_a_passive_report_keeps_its_genitive_and_its_quoted_name() -> None:
    doc = de("Von der Führung Bayerns wurde der Beschluss als Fortschritt bezeichnet.")
    assert source_text(doc, one(doc, "der Beschluss")) == "der Führung Bayerns"
    doc = _denews("Von der Bewegung „Freie Bürger“ wurden neue Proteste angekündigt.")
    assert source_text(doc, one(doc, "neue Proteste")) == "der Bewegung „Freie Bürger“"


def test_an_according_to_phrase_opening_the_second_conjunct_makes_two_claims() -> None:
    doc = de("Der Händler soll die Kundin bedroht haben und laut Medienberichten auch versucht haben, sie festzuhalten.")
    first, second = sorted(doc.attributions, key=lambda a: a.content[0].start)
    assert doc.span_text(first.content[0]) == "Der Händler soll die Kundin bedroht haben"
    assert [doc.span_text(c) for c in second.content] == ["auch versucht haben, sie festzuhalten"]
    assert source_text(doc, first) == source_text(doc, second) == "Medienberichten"
    assert first.rule.endswith("+conjunct") and second.mode == first.mode == "according_to"


def test_the_agent_of_a_passive_report_follows_the_auxiliary_and_the_clause_ends_at_a_conjunction() -> None:
    doc = de("Das Massaker von Kiefersfelden wurde vom Landgericht als Mord bezeichnet.")
    assert source_text(doc, one(doc, "Das Massaker")) == "Landgericht"
    doc = de("Der Kandidat war im Wahlkampf vom Präsidenten unterstützt worden und hatte wie dieser die Regierung kritisiert.")
    assert not any(a.rule == "attr.indirect.de.reported_passive" for a in doc.attributions)


def test_no_first_conjunct_from_a_clause_of_circumstance_or_a_phrase_with_its_cue_last() -> None:
    doc = de("Nachdem das Verfahren eingeführt worden war, und laut der Klinik bereits hundert Kinder geboren wurden, wächst die Nachfrage.")
    assert not any(a.rule.endswith("+conjunct") for a in doc.attributions)
    doc = de("Die Erschütterungen waren Berichten der Sender Sky News und BBC zufolge bis London zu spüren.")
    assert not any(a.rule.endswith("+conjunct") for a in doc.attributions)


def test_a_name_given_in_a_subordinate_clause_is_its_subjects_words() -> None:
    doc = de("Der Bericht ist heikel, weil die Regierung Kanada im Mai als „treuen und verlässlichen Partner“ bezeichnet hat.")
    a = one(doc, "treuen und verlässlichen Partner")
    assert a.mode == "direct" and a.rule == "attr.direct.de.named_subordinate"
    assert source_text(doc, a) == "die Regierung" and a.cue is not None and doc.span_text(a.cue) == "bezeichnet"
    doc = de("Er kam, nachdem man den Plan als „großen und mutigen Wurf“ bezeichnet hatte.")
    assert not doc.attributions  # "man" names no one


def test_a_fronted_time_before_the_cue_is_no_claim() -> None:
    doc = sourcetrace.analyze("Am Freitag, 9. Oktober 2020, verkündete der Landrat Paul Kern, dass die Schulen geschlossen blieben.",
                              date="2020-10-10", lang="de")
    assert [doc.span_text(a.content[0]) for a in doc.attributions] == ["dass die Schulen geschlossen blieben"]


def test_a_law_after_gemaess_is_no_source_in_the_seed_style() -> None:
    text = "Gemäß dem neuen Schulgesetz müssen die Klassen kleiner werden. Laut der Rektorin fehlen aber Räume."
    doc = sourcetrace.analyze(text, lang="de")
    assert [doc.span_text(a.content[0]) for a in doc.attributions] == ["fehlen aber Räume"]
    doc = sourcetrace.analyze(text, lang="de", conventions="denews")  # de-news-quotes annotates the law as speaker
    assert len(doc.attributions) == 2


def test_a_wie_clause_after_a_colon_reports_what_follows_the_colon() -> None:
    doc = sourcetrace.analyze("Am Abend spitzte sich die Lage zu: Zwei Brücken wurden gesperrt, wie der Sender berichtete.", lang="de")
    a = one(doc, "Zwei Brücken")
    assert a.mode == "according_to" and doc.span_text(a.content[0]) == "Zwei Brücken wurden gesperrt"


def test_an_according_to_phrase_between_dashes_reports_the_clause_around_it() -> None:
    doc = sourcetrace.analyze("Der Verein ist – nach eigenen Angaben – der größte im Land.", lang="de")
    a = next(a for a in doc.attributions if a.mode == "according_to")
    assert [doc.span_text(c) for c in a.content] == ["Der Verein ist", "der größte im Land"]


def test_deutlich_machen_and_klar_machen_are_speech_acts() -> None:
    doc = sourcetrace.analyze("Die Ministerin machte am Montag deutlich, dass die Steuern nicht steigen. "
                              "Er hat klar gemacht, dass er bleibt. Das Wetter machte den Ausflug unmöglich.", lang="de")
    assert [doc.span_text(a.content[0]) for a in doc.attributions] == ["dass die Steuern nicht steigen", "dass er bleibt"]
    doc = sourcetrace.analyze("So wird der Verkehr von einem Teil der Stadt in den anderen fast unmöglich gemacht.", lang="de")
    assert doc.attributions == []  # "gemacht" without its particle is no speech act


def test_a_quotation_right_after_the_cue_is_what_was_said() -> None:
    doc = sourcetrace.analyze("Bedenkt man, dass der frühere Minister Karl Brandt im Jahr 2010 verkündete „Die Bahn gehört zum Land“, "
                              "wundert das niemanden.", lang="de")
    a = one(doc, "Die Bahn gehört")
    assert a.mode == "direct" and doc.span_text(a.content[0]) == "Die Bahn gehört zum Land"
    assert source_text(doc, a) == "der frühere Minister Karl Brandt"


def test_a_quoted_question_claims_nothing_in_the_seed_style() -> None:
    text = "Auf dem Plakat stand: „Wann kommt endlich der Bus?“ Die Stadt sagte, der Fahrplan werde geändert."
    assert [a.mode for a in sourcetrace.analyze(text, lang="de").attributions] == ["indirect"]


def test_wir_outside_a_quotation_is_the_author_who_claims_nothing() -> None:
    doc = sourcetrace.analyze("Sagen wir nur so viel: Die Behörde weiß wohl, warum. Der Sprecher sagte, man prüfe den Fall.", lang="de")
    assert [doc.span_text(a.content[0]) for a in doc.attributions] == ["man prüfe den Fall"]


def test_a_quotation_of_two_sentences_before_a_postposed_cue_is_one_claim() -> None:
    doc = sourcetrace.analyze('"Die Firma muss alle Kunden informieren. Denn die müssen den Schaden kennen", sagte die Abgeordnete dem Sender.',
                              lang="de")
    a = one(doc, "Denn die müssen")
    assert a.mode == "direct" and doc.span_text(a.content[0]).startswith("Die Firma muss alle Kunden informieren.")
