"""Chains (via): agencies, outlets, documents and statements between the origin of a claim and
the article (sentences of our own; issue 7)."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import analyse, chain_links, one, source_name, source_text

import sourcetrace
from sourcetrace.document import Attribution, Document


def only(doc: Document) -> Attribution:
    assert len(doc.attributions) == 1, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    return doc.attributions[0]


def test_told_an_agency() -> None:
    a = only(analyse("A senior engineer told Reuters that the dam had cracked.", lang="en"))
    assert chain_links(a) == [("Reuters", "downstream")]


def test_document_seen_by_an_outlet() -> None:
    doc = analyse("According to a draft audit seen by the Guardian, the agency missed its targets.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "the agency missed its targets"
    assert a.source_span is not None and doc.span_text(a.source_span) == "a draft audit"
    assert chain_links(a) == [("The Guardian", "downstream")]


def test_document_held_by_an_outlet_de() -> None:
    doc = analyse("Laut einem Prüfbericht, der dem «Spiegel» vorliegt, fehlen dem Amt Millionen.")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "fehlen dem Amt Millionen"
    assert chain_links(a) == [("Spiegel", "downstream")]


def test_agency_reporting_the_report() -> None:
    doc = analyse("Die Polizei sagte, der Täter sei nach Süden geflohen, berichtete die Nachrichtenagentur dpa.")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "der Täter sei nach Süden geflohen"
    assert [v.name for v in a.via] == ["dpa"]


def test_agency_reporting_the_report_en() -> None:
    doc = analyse("Prosecutors said the suspect had fled to the south, the Associated Press reported.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "the suspect had fled to the south"
    assert [v.position for v in a.via] == ["downstream"]


def test_relying_on_a_source_de() -> None:
    doc = analyse("Die Zeitung beruft sich auf Regierungskreise, wonach der Plan gescheitert sei. Man habe keine Mehrheit.")
    first, cont = doc.attributions
    assert first.source_span is not None and doc.span_text(first.source_span) == "Regierungskreise"
    assert chain_links(first) == [("Zeitung", "downstream")]
    assert cont.mode == "continuation" and cont.source == first.source and chain_links(cont) == chain_links(first)


def test_interview_with_a_quoted_outlet_name_de() -> None:
    doc = analyse("Im Gespräch mit dem «Spiegel» erklärte die Ministerin, man werde sparen.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "die Ministerin"
    assert doc.span_text(a.content[0]) == "man werde sparen"
    assert [v.name for v in a.via] == ["Spiegel"]


def test_on_request_of_an_agency_de() -> None:
    a = only(analyse("Der Minister sagte auf Anfrage der Deutschen Presse-Agentur, die Steuern würden steigen."))
    assert [v.position for v in a.via] == ["downstream"]


def test_quotation_told_an_outlet_goes_on_in_the_next_quotation() -> None:
    doc = analyse('"The ferry will not sail," the harbour master told Reuters on Friday. "We have no crew."', lang="en", conventions="polnear")
    a = only(doc)
    assert [doc.span_text(c) for c in a.content] == ['"The ferry will not sail,"', '"We have no crew."']
    assert chain_links(a) == [("Reuters", "downstream")]


def test_quotation_in_an_interview_with_a_broadcaster() -> None:
    a = only(analyse('"Rents must fall," Mayor Ida Lunde said in an interview with the BBC.', lang="en"))
    assert chain_links(a) == [("BBC", "downstream")]


def test_quoted_programme_name_loses_the_sentence_stop() -> None:
    a = only(analyse('"Rents must fall," Mayor Ida Lunde said in a long interview with "Fox News Sunday."', lang="en"))
    assert [v.name for v in a.via] == ["Fox News Sunday"]


def test_told_people_who_are_no_medium() -> None:
    for text in ('"Rents must fall," the mayor told lawmakers.', '"Rents must fall," the mayor told reporters.'):
        assert only(analyse(text, lang="en")).via == []


def test_told_a_journalist_of_a_named_outlet() -> None:
    a = only(analyse('"The bridge is safe," the engineer told VOA correspondent Lena Ford.', lang="en"))
    assert [v.name for v in a.via] == ["Voice of America"]


def test_according_to_a_statement_after_a_tagged_quotation() -> None:
    doc = analyse('"This is a proud day," he told the volunteers, according to a statement from his office.', lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "This is a proud day"
    assert [v.span and doc.span_text(v.span) for v in a.via] == ["a statement"]


def test_reported_citing_is_no_part_of_the_content() -> None:
    doc = analyse("The Ledger reported, citing two officials, that the mill would close.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "that the mill would close"
    assert chain_links(a) == [("two officials", "upstream")]


def test_tag_then_citing_at_the_end() -> None:
    doc = analyse("The mill will close in May, the Daily Mail reported, citing two company sources.", lang="en")
    a = only(doc)
    assert [doc.span_text(c) for c in a.content] == ["The mill will close in May"]
    assert chain_links(a) == [("two company sources", "upstream")]


def test_said_according_to_an_outlet() -> None:
    doc = analyse("The mill will close in May, the manager said, according to the Daily Mail.", lang="en")
    a = only(doc)
    assert [doc.span_text(c) for c in a.content] == ["The mill will close in May"]
    assert chain_links(a) == [("Daily Mail", "downstream")]


def test_pronoun_after_a_quotation_tells_a_broadcaster_de() -> None:
    doc = analyse("Die Ministerin Eva Roth sagte, man werde sparen. „Das Geld fehlt“, sagte sie dem NDR. „Wir haben keine Wahl.“")
    first, second, third = doc.attributions
    assert second.mode == "direct" and doc.span_text(second.content[0]) == "Das Geld fehlt"
    assert second.source == first.source and chain_links(second) == [("NDR", "downstream")]
    assert third.source == first.source and chain_links(third) == [("NDR", "downstream")]


def test_es_after_a_quotation_is_no_speaker_de() -> None:
    doc = analyse("„Alles wird gut“, hieß es im Aufruf neben einem Bild mit dem Schriftzug „Frieden“.")
    assert all(v.name != "Frieden" for a in doc.attributions for v in a.via)


def test_conversation_with_people_is_no_link_de() -> None:
    a = only(analyse("Im Gespräch mit deutschen Beamten sagte der Minister, die Grenze bleibe offen."))
    assert a.via == []


def test_media_at_large_are_no_link_de() -> None:
    doc = analyse("„Die Grenze bleibt offen“, sagte der Minister Jan Holm gegenüber den Medien.")
    assert only(doc).via == []


def test_wie_clause_relying_on_a_source_de() -> None:
    a = only(analyse("Das Werk schließt im Mai, wie die «Hafenpost» unter Berufung auf Betriebsräte berichtet."))
    assert chain_links(a) == [("Betriebsräte", "upstream")]


def test_zufolge_with_a_relative_clause_naming_the_chain_de() -> None:
    doc = analyse("Der «Hafenpost» zufolge, die sich auf interne Papiere beruft, schließt das Werk im Mai.")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "schließt das Werk im Mai"
    assert chain_links(a) == [("interne Papiere", "upstream")]


def test_on_request_fronted_de() -> None:
    a = only(analyse("Auf Anfrage des «Tagblatts» sagte eine Sprecherin, das Werk schließe im Mai."))
    assert [v.name for v in a.via] == ["Tagblatts"]


def test_citing_a_reason_is_no_link() -> None:
    a = only(analyse('"The country has changed," the senator said in June, citing the release of prisoners.', lang="en"))
    assert a.via == []


@pytest.mark.parametrize(("text", "expected"), [
    # "citing X" between a speaker who is no medium and the cue: X is the one cited, an upstream link
    ("The town hall, citing the fire service, said the blaze was under control.", [("fire service", "upstream")]),
    ("Mara Quist, citing two nurses at the clinic, said the ward was full.", [("nurses", "upstream")]),
    # counter-examples: a reason or a rule cited is no one's word
    ("The harbour master, citing safety rules, said the pier would stay shut.", []),
    ("Mara Quist, citing the heavy rain, said the match was off.", []),
])
def test_citing_between_any_speaker_and_the_cue_is_a_link(text: str, expected: list[tuple[str, str]]) -> None:
    assert chain_links(only(analyse(text, lang="en"))) == expected


def test_according_to_an_outlet_relays_a_speech_act() -> None:
    doc = analyse("According to the Ledger, the minister said the mill would close.", lang="en")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "the minister"
    assert chain_links(a) == [("Ledger", "downstream")]


def test_laut_an_outlet_relays_a_speech_act_de() -> None:
    doc = analyse("Laut der «Hafenpost» sagte der Minister, das Werk werde im Mai geschlossen.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "der Minister"
    assert doc.span_text(a.content[0]) == "das Werk werde im Mai geschlossen"
    assert [v.name for v in a.via] == ["Hafenpost"]


def test_according_to_inside_the_claim_stays_the_source() -> None:
    doc = analyse("According to the police, three people were hurt, a witness said.", lang="en")
    assert [a.mode for a in doc.attributions] == ["according_to"]


def test_so_closing_with_an_interview_de() -> None:
    doc = analyse("Die Brücke, so Landrat Ole Brandt im Gespräch mit dem «Tagblatt», bleibe gesperrt.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "Landrat Ole Brandt"
    assert [v.name for v in a.via] == ["Tagblatt"]


def test_subjectless_report_on_request_of_an_agency_de() -> None:
    a = only(analyse("Die Brücke bleibe gesperrt, hieß es am Freitag aus dem Landratsamt auf Anfrage der APA."))
    assert [v.name for v in a.via] == ["APA"]


def test_postposed_zitiert_names_the_one_quoted_de() -> None:
    doc = analyse("Die Brücke bleibe gesperrt, zitiert die «Hafenpost» den Landrat Ole Brandt.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "den Landrat Ole Brandt"
    assert [v.name for v in a.via] == ["Hafenpost"]


def test_postposed_zitiert_agency_and_name_in_one_phrase_de() -> None:
    doc = analyse("Die Brücke bleibe gesperrt, zitierte die Nachrichtenagentur APA Brandt am Freitag.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "Brandt"
    assert [v.name for v in a.via] == ["APA"]


def test_relying_on_people_familiar_with_the_plans_de() -> None:
    a = only(analyse("Die Firma werde verkauft, berichtet die «Hafenpost» unter Berufung auf mit dem Werksverkauf vertraute Personen."))
    assert chain_links(a) == [("mit dem Werksverkauf vertraute Personen", "upstream")]


def test_relying_on_information_from_circles_de() -> None:
    a = only(analyse("Das Boot sei gekentert, meldete die Nachrichtenagentur AFP unter Berufung auf Angaben aus Sicherheitskreisen."))
    assert chain_links(a) == [("Sicherheitskreisen", "upstream")]


def test_document_seen_by_an_outlet_as_subject() -> None:
    doc = analyse("A draft audit seen by the Guardian says the agency missed its targets.", lang="en")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "A draft audit"
    assert [v.name for v in a.via] == ["The Guardian"]


def test_a_one_word_outlet_name_inside_a_name_is_no_link_de() -> None:
    doc = analyse("Am Montag sagte die Abgeordnete Sun Lee im Interview mit der Zeitung «Morgenblatt», es gebe Gewalt.")
    assert all(v.name != "The Sun" for a in doc.attributions for v in a.via)


def test_interview_named_by_its_medium() -> None:
    a = only(analyse("In an October CNN interview, the mayor said the bridge was safe.", lang="en"))
    assert chain_links(a) == [("CNN", "downstream")]
    a = only(analyse("Im ZDF-Interview sagte die Ministerin, die Brücke sei sicher.", lang="de"))
    assert chain_links(a) == [("ZDF", "downstream")]
    a = only(analyse("In einem Interview des ORF sagte die Ministerin, die Brücke sei sicher.", lang="de"))
    assert chain_links(a) == [("ORF", "downstream")]


def test_an_interview_without_a_medium_is_no_link() -> None:
    a = only(analyse("In an interview, the mayor said the bridge was safe.", lang="en"))
    assert chain_links(a) == []


def test_medium_before_a_postposition_de() -> None:
    a = only(analyse("Der Bürgermeister hatte CORRECTIV gegenüber gesagt, dass die Brücke sicher sei.", lang="de"))
    assert chain_links(a) == [("Correctiv", "downstream")]
    a = only(analyse("Der Bürgermeister sagte gegenüber Journalisten, die Brücke sei sicher.", lang="de"))
    assert chain_links(a) == []


def test_document_seen_by_an_outlet_outside_the_source_phrase() -> None:
    a = only(analyse("Internal police reports seen by Reuters suggest that the bridge was unsafe.", lang="en"))
    assert ("Reuters", "downstream") in chain_links(a)


def test_a_person_cited_by_an_outlet_is_no_second_mention_of_the_outlet_de() -> None:
    a = only(analyse("Der Sänger starb am Samstag, wie die New York Times unter Berufung auf seine Managerin berichtete.", lang="de"))
    assert [p for _n, p in chain_links(a)] == ["upstream"] and chain_links(a)[0][0] != "The New York Times"


def test_according_phrase_after_the_cue_relays_the_speech_act_de() -> None:
    doc = analyse("Der Minister sagte laut Reuters, die Brücke werde im Mai geschlossen.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "Der Minister"
    assert doc.span_text(a.content[0]) == "die Brücke werde im Mai geschlossen"
    assert chain_links(a) == [("Reuters", "downstream")]


def test_according_phrase_after_a_postposed_cue_de() -> None:
    doc = analyse("Er werde nicht zurücktreten, sagte die Ministerin laut der Nachrichtenagentur Reuters.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "die Ministerin"
    assert chain_links(a) == [("Reuters", "downstream")]


def test_according_phrase_inside_what_was_said_stays_the_source_de() -> None:
    doc = analyse("Der Minister sagte, laut Reuters sei die Brücke gesperrt.")
    assert all(("Reuters", "downstream") not in chain_links(a) for a in doc.attributions)


def test_medium_reporting_a_speech_act_en() -> None:
    doc = analyse("The AP reported that the minister said the bridge would close.", lang="en")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "the minister"
    assert doc.span_text(a.content[0]) == "the bridge would close"
    assert chain_links(a) == [("AP", "downstream")]


def test_medium_reporting_a_speech_act_without_that_en() -> None:
    doc = analyse("Reuters reported the mayor told lawmakers that the bridge would close.", lang="en")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "the mayor"
    assert chain_links(a) == [("Reuters", "downstream")]


def test_medium_reporting_a_speech_act_de() -> None:
    doc = analyse("Der «Spiegel» berichtet, der Minister habe gesagt, die Brücke werde geschlossen.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "der Minister"
    assert doc.span_text(a.content[0]) == "die Brücke werde geschlossen"
    assert chain_links(a) == [("Spiegel", "downstream")]


def test_medium_reporting_without_a_speech_act_stays_the_source_en() -> None:
    doc = analyse("The AP reported that the bridge would close.", lang="en")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "The AP" and not a.via


def test_participle_appearing_on_a_medium_en() -> None:
    doc = analyse("The senator, appearing on Fox News, said the bill was dead.", lang="en")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "The senator"
    assert chain_links(a) == [("Fox News", "downstream")]


def test_said_on_a_medium_en() -> None:
    doc = analyse("Ann Cole said on Fox News that the bill was dead. The bill is dead, the governor said on Monday.", lang="en")
    first, second = doc.attributions
    assert chain_links(first) == [("Fox News", "downstream")]
    assert chain_links(second) == []


def test_told_an_outlet_by_its_short_name_en() -> None:
    a = only(analyse('"It is over," Clinton told Fox in the interview.', lang="en"))
    assert [n for n, _p in chain_links(a)] == ["Fox"]
    # a surname in the text: the short name is the person
    doc = analyse('Dana Fox arrived late. "It is over," the mayor told Fox.', lang="en")
    assert all(not a.via for a in doc.attributions)


def test_subjectless_report_takes_the_institution_after_the_cue_de() -> None:
    doc = analyse("Die Truppen aus Russland seien abgezogen, hieß es am Montag aus dem Verteidigungsministerium.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "dem Verteidigungsministerium"


def test_subjectless_report_after_an_agency_link_de() -> None:
    doc = analyse("Man prüfe den Fall, hieß es am Montag auf Anfrage der APA aus dem Ministerium.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "dem Ministerium"
    assert chain_links(a) == [("APA", "downstream")]


def test_subjectless_report_named_text_after_the_cue_de() -> None:
    doc = analyse("Der Angeklagte habe das Geld veruntreut, heißt es in der Anklageschrift.")
    a = only(doc)
    assert a.source_span is not None and doc.span_text(a.source_span) == "der Anklageschrift"


def test_circles_of_a_ministry_are_no_relay_de() -> None:
    doc = analyse("Der Plan sei gescheitert, hieß es aus Kreisen des Innenministeriums.")
    assert chain_links(only(doc)) == []
    doc = analyse("Ein Insider der «Hafenpost» sagte, der Plan sei gescheitert.")
    assert chain_links(only(doc)) == [("Hafenpost", "downstream")]


def test_according_word_is_no_first_name_de() -> None:
    doc = analyse("Laut Anklageschrift hat der Angeklagte das Geld veruntreut.")
    a = only(doc)
    assert next(s for s in doc.sources if s.id == a.source).name == "Anklageschrift"


def test_participle_clause_is_no_part_of_the_content_en() -> None:
    doc = analyse("According to a transcript released by the White House, the president asked for a favor.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "the president asked for a favor"


def test_outlet_of_a_programme_is_the_link_en() -> None:
    a = only(analyse('"It is over," Ann Cole said on CNN\'s "Weekend Desk."', lang="en"))
    assert chain_links(a) == [("CNN", "downstream")]


def test_the_screen_at_large_is_no_link_en() -> None:
    a = only(analyse('"I would," Mia said to the TV.', lang="en"))
    assert a.via == []


def test_lower_case_agency_name_de() -> None:
    doc = analyse("Die Schule bleibe geschlossen, sagte der Bürgermeister laut dpa.")
    assert chain_links(only(doc)) == [("dpa", "downstream")]
    a = only(analyse("Laut dpa bleibt die Schule geschlossen."))
    assert a.source_span is not None and analyse("Laut dpa bleibt die Schule geschlossen.").span_text(a.source_span) == "dpa"


def test_someone_reporting_another_speech_act_keeps_the_source_en() -> None:
    doc = analyse("Lena Park testified that Tom Reed told her the money was gone.", lang="en")
    a = next(a for a in doc.attributions if not a.rule.endswith("+nested"))
    assert a.source_span is not None and doc.span_text(a.source_span) == "Lena Park"
    assert chain_links(a) == [("Tom Reed", "upstream")]
    # and the words relayed are Reed's own, relayed by Park (resources/en/according.json nested_speech)
    inner = next(a for a in doc.attributions if a.rule.endswith("+nested"))
    assert doc.span_text(inner.content[0]) == "the money was gone"
    assert inner.source_span is not None and doc.span_text(inner.source_span) == "Tom Reed"
    assert chain_links(inner) == [("Lena Park", "downstream")]
    # a pronoun reporting its own speech act is no second speaker
    assert chain_links(only(analyse("Lena Park said she told the board that the money was gone.", lang="en"))) == []


def test_someone_reporting_another_speech_act_de() -> None:
    text = "Die Polizei sagte, der Zeuge habe erklärt, der Täter sei geflohen."
    a = only(analyse(text, conventions="denews"))
    assert chain_links(a) == [("Zeuge", "upstream")]
    # the seed's style also labels the witness's words, through the police
    doc = analyse(text)
    assert chain_links(exactly(doc, "der Zeuge habe erklärt, der Täter sei geflohen")) == [("Zeuge", "upstream")]
    assert chain_links(exactly(doc, "der Täter sei geflohen")) == [("Polizei", "downstream")]


def test_a_country_speaks_for_its_government_en() -> None:
    doc = analyse("South Africa said the talks would resume on Monday.", lang="en")
    assert next(s for s in doc.sources if s.id == only(doc).source).type == "government"


def test_document_held_by_a_medium_without_an_article_de() -> None:
    a = only(analyse("Laut Papieren, die CORRECTIV vorliegen, zahlte die Partei zwei Jahre lang keine Steuern."))
    assert [p for _n, p in chain_links(a)] == ["downstream"] and "correctiv" in chain_links(a)[0][0].lower()


def test_telling_an_outlet_en() -> None:
    doc = analyse("The senator criticised the plan, telling Reuters that it would fail.", lang="en")
    told = next(a for a in doc.attributions if a.cue is not None and doc.span_text(a.cue) == "telling")
    assert doc.span_text(told.content[0]) == "that it would fail"
    assert chain_links(told) == [("Reuters", "downstream")]


def test_told_an_outlet_then_the_clause_without_that() -> None:
    doc = analyse("The engineer told the Herald the dam is safe.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "the dam is safe"
    assert chain_links(a) == [("Herald", "downstream")]


def test_told_the_media_at_large_is_no_link() -> None:
    doc = analyse("The mayor told US media this month that the bridge would reopen.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "that the bridge would reopen"
    assert chain_links(a) == []


def test_citing_a_reason_is_no_source() -> None:
    doc = analyse("The talks collapsed in May when the minister ended them, citing rebel violence.", lang="en")
    assert all(a.mode != "according_to" for a in doc.attributions)
    assert not any(s.name == "rebel violence" for s in doc.sources)


def test_according_to_after_a_relative_clause() -> None:
    doc = analyse("The hostages were freed in Doha, where the group maintains an office, according to a rebel envoy.", lang="en")
    a = only(doc)
    assert a.mode == "according_to"
    assert a.source_span is not None and doc.span_text(a.source_span) == "a rebel envoy"
    assert doc.span_text(a.content[0]).startswith("The hostages were freed in Doha")


def test_relying_on_a_source_told_after_the_report_de() -> None:
    doc = analyse("Die Internetzeitung «Nordblick» meldete, der Minister sei operiert worden. Er sei aber auf dem Weg der Besserung. "
                  "«Nordblick» beruft sich auf einen Informanten im Ministerium.")
    first, cont = doc.attributions
    assert chain_links(first) == [("Informanten", "upstream")]
    assert cont.mode == "continuation" and chain_links(cont) == [("Informanten", "upstream")]


def test_citing_a_source_after_the_report() -> None:
    doc = analyse("The mayor will resign, the Herald reported. The newspaper cited two senior officials.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "The mayor will resign"
    assert chain_links(a) == [("two senior officials", "upstream")]


def test_another_outlet_citing_is_no_link_of_the_first() -> None:
    doc = analyse("The Times reported that the mayor would resign. The Post cited two officials.", lang="en")
    assert chain_links(only(doc)) == []


def test_citing_a_reason_alone_claims_nothing() -> None:
    assert analyse("The minister cited the budget.", lang="en").attributions == []


def test_clause_told_an_agency_with_a_quoted_word_inside() -> None:
    doc = analyse('The bridge was closed by the army, which acted against "criminals" in the city, a senior source told Reuters.', lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == 'The bridge was closed by the army, which acted against "criminals" in the city'
    assert chain_links(a) == [("Reuters", "downstream")]


def test_clause_told_an_agency_by_a_speaker_with_a_relative_clause() -> None:
    doc = analyse("The crew fled to the harbour, the official, who said she had spoken to them, told Reuters.", lang="en")
    main = next(a for a in doc.attributions if doc.span_text(a.content[0]) == "The crew fled to the harbour")
    assert chain_links(main) == [("Reuters", "downstream")]
    rel = next(a for a in doc.attributions if a is not main)
    assert doc.span_text(rel.content[0]) == "she had spoken to them" and chain_links(rel) == []


def test_citing_people_familiar_with_the_matter() -> None:
    doc = analyse("The bridge is unsafe, the Journal reported, citing people familiar with the matter.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "The bridge is unsafe"
    assert chain_links(a) == [("people familiar with the matter", "upstream")]


def test_clause_then_speaker_in_an_interview_with_an_outlet() -> None:
    doc = analyse("The bridge will be repaired, Mayor Anna Berg said on Monday in an interview with the Boston Globe.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "The bridge will be repaired"
    assert a.source_span is not None and "Anna Berg" in doc.span_text(a.source_span)
    assert [v.position for v in a.via] == ["downstream"] and "Boston Globe" in a.via[0].name


def test_interview_with_an_outlet_closing_the_content() -> None:
    doc = analyse("Ann Berg said the bridge was safe in an interview with CNN late on Tuesday.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "the bridge was safe"
    assert chain_links(a) == [("CNN", "downstream")]


def test_quoted_by_an_outlet_as_saying() -> None:
    doc = analyse("Ann Berg was quoted by the Boston Globe as saying the bridge was safe.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "the bridge was safe"
    assert a.source_span is not None and doc.span_text(a.source_span) == "Ann Berg"
    assert len(a.via) == 1 and "Boston Globe" in a.via[0].name


def test_interview_with_an_outlet_whose_name_has_a_small_word_de() -> None:
    doc = analyse("Die Brücke sei sicher, sagte Berg im Gespräch mit der «Welt am Sonntag».")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "Die Brücke sei sicher"
    assert chain_links(a) == [("Welt am Sonntag", "downstream")]


def test_nested_speech_de_stays_the_reporters_in_de_news_quotes_conventions() -> None:
    text = "Anna Berg sagte, der Bürgermeister habe ihr gesagt, die Brücke sei sicher."
    assert chain_links(only(analyse(text, conventions="denews"))) == [("Bürgermeister", "upstream")]
    # the seed's style: his words too, through her
    told = exactly(analyse("Anna Berg sagte, Tom Lund habe ihr gesagt, die Brücke sei sicher."), "die Brücke sei sicher")
    assert chain_links(told) == [("Anna Berg", "downstream")]


def test_a_short_quotation_with_a_verb_of_speech_inside_is_the_tagged_speakers() -> None:
    doc = analyse('"The mayor told me the bridge was safe," Ann Berg said.', lang="en")
    a = exactly(doc, "The mayor told me the bridge was safe")
    assert a.mode == "direct" and a.source_span is not None and doc.span_text(a.source_span) == "Ann Berg"
    # and what the mayor told her is his, through her (speech told inside a quotation)
    told = exactly(doc, "the bridge was safe")
    assert told.mode == "indirect" and source_text(doc, told) == "The mayor" and [v.name for v in told.via] == ["Ann Berg"]


def test_the_statement_speaks_for_its_issuer() -> None:
    doc = analyse('Two soldiers died in a crash, the army said in a statement on Monday. "The cause is under investigation," '
                  "the statement said. It did not name the soldiers and said it was informing their families.", lang="en")
    quote = next(a for a in doc.attributions if a.mode == "direct")
    # the army's words (the mention "the statement" names it); the statement is the army's own
    # medium, like "said in a statement", no link of the chain (session 19)
    assert next(s.name for s in doc.sources if s.id == quote.source) == "army"
    assert chain_links(quote) == []
    assert all(s.name != "statement" for s in doc.sources)
    last = next(a for a in doc.attributions if "informing" in doc.span_text(a.content[0]))
    assert next(s.name for s in doc.sources if s.id == last.source) == "army"


def test_a_report_named_alone_stays_the_source() -> None:
    a = only(analyse("The report said the bridge was unsafe.", lang="en"))
    assert a.via == [] and a.source_span is not None


def test_a_possessed_document_is_no_issued_one_de() -> None:
    doc = analyse("Die Polizei teilte in einer Erklärung mit, der Täter sei geflohen. Ein Zeuge widersprach am Abend. "
                  "Seiner Darstellung zufolge war der Täter noch im Haus.")
    assert not any(a.rule.endswith("+issuer") for a in doc.attributions)


def test_an_outlets_short_name_is_the_outlet_named_before() -> None:
    doc = analyse('"We will win," Ann Berg said in a recent interview with "Fox News Sunday." '
                  '"The polls are wrong," Berg told Fox in the interview.', lang="en")
    assert [v.name for a in doc.attributions for v in a.via] == ["Fox News Sunday", "Fox News Sunday"]
    assert [s.name for s in doc.sources if s.type in ("media", "unnamed")] == ["Fox News Sunday"]


def test_an_agency_quoting_a_passage_of_a_report_de() -> None:
    doc = analyse("Die Nachrichtenagentur Reuters zitiert eine Passage aus dem OSZE-Bericht, wonach in einem Dorf "
                  "zwei Wahllokale geschlossen worden seien.")
    a = only(doc)
    src = next(s for s in doc.sources if s.id == a.source)
    assert src.name == "OSCE" and "Passage aus dem OSZE-Bericht" in src.aliases
    assert chain_links(a) == [("Reuters", "downstream")]


def test_agency_credit_is_the_last_link_of_every_claim_de() -> None:
    doc = analyse(
        "Kiel (dpa/lno) – Die Fähre bleibt bis Freitag im Hafen, sagte der Bürgermeister dem «Tagesspiegel». "
        "Die Reederei teilte mit, der Motor werde repariert.\n"
        "Die Werft rechnet mit hohen Kosten. (APA, 3.4.2024)"
    )
    first = one(doc, "Die Fähre bleibt")
    assert chain_links(first) == [("Tagesspiegel", "downstream"), ("dpa", "downstream"), ("APA", "downstream")]
    assert [v.rule for v in first.via][1:] == ["via.credit", "via.credit"]
    assert chain_links(one(doc, "der Motor werde repariert")) == [("dpa", "downstream"), ("APA", "downstream")]


def test_agency_credit_in_an_english_dateline() -> None:
    doc = analyse("OSLO (Reuters) - The ferry will stay in port until Friday, the harbour master said.", lang="en")
    a = only(doc)
    assert chain_links(a) == [("Reuters", "downstream")]


def test_no_credit_link_for_the_agency_itself_nor_without_a_credit() -> None:
    doc = analyse("Kiel (dpa) – Die Fähre bleibe im Hafen, berichtete die Deutsche Presse-Agentur.")
    assert all(v.rule != "via.credit" for a in doc.attributions for v in a.via)
    plain = analyse("Die Fähre bleibe im Hafen, sagte der Hafenmeister (links) am Montag.")
    assert all(not a.via for a in plain.attributions)


def test_dative_outlet_after_a_compound_role_or_a_name_de() -> None:
    for text, outlet in [
        ("Die Preise würden steigen, sagte der Reederei-Manager der Zeitung «Hafenpost».", "Hafenpost"),
        ("Die Preise würden steigen, sagte die Behördenchefin Ida Brandt der Nachrichtenagentur Reuters.", "Reuters"),
        ("Die Preise würden steigen, sagte der Grünen-Politiker der Zeitung Welt am Sonntag.", "Welt am Sonntag"),
    ]:
        doc = analyse(text)
        a = only(doc)
        assert [v.name for v in a.via] == [outlet], text
        assert a.source_span is not None and outlet not in doc.span_text(a.source_span), text


def test_role_at_a_medium_keeps_its_genitive_de() -> None:
    doc = analyse("Die Preise würden steigen, sagte die ARD-Korrespondentin der Zeitung am Montag.")
    assert all(not a.via for a in doc.attributions)


def test_dative_outlet_after_the_speakers_apposition_de() -> None:
    doc = analyse("Die Schulen seien überlastet, sagte Anna Berg, eine Lehrerin aus Kiel, der Nachrichtenagentur AFP.")
    assert [v.name for v in only(doc).via] == ["AFP"]
    doc = analyse("Die Schulen seien überlastet, sagte Anna Berg, eine Lehrerin aus Kiel, die seit Jahren der Zeitung schreibt.")
    assert all(not a.via for a in doc.attributions)


def test_demonstrative_after_a_relay_is_the_one_relied_on_de() -> None:
    doc = analyse(
        "Die «Hafenpost» meldete, die Werft sei verkauft worden. "
        "Die «Hafenpost» beruft sich auf einen Mitarbeiter. "
        "Dieser gehe davon aus, dass alle Stellen erhalten blieben."
    )
    first = one(doc, "die Werft sei verkauft worden")
    assert [(v.position) for v in first.via] == ["upstream"]
    relied = one(doc, "Dieser gehe davon aus")
    assert relied.rule == "attr.continuation.de.konjunktiv+relied_on"
    assert relied.source_span is not None and doc.span_text(relied.source_span).startswith("einen Mitarbeiter")
    assert [(v.name, v.position) for v in relied.via] == [("Hafenpost", "downstream")]


def test_interview_link_goes_on_with_the_same_speaker() -> None:
    doc = analyse(
        '"The dam will hold," Sarah Quist told the BBC on Sunday. '
        "The town had nothing to fear, she said. "
        '"We checked every gate," she added.',
        lang="en",
    )
    for needle in ("The dam will hold", "The town had nothing to fear", "We checked every gate"):
        a = one(doc, needle)
        assert [v.name for v in a.via] == ["BBC"], needle
    assert one(doc, "We checked every gate").via[0].rule.endswith("+continued")


def test_interview_link_stops_at_another_occasion_or_speaker() -> None:
    doc = analyse(
        '"The dam will hold," Sarah Quist told the BBC on Sunday. '
        "The town had nothing to fear, she said at a rally on Monday. "
        "The mayor Tom Berg said the gates were old.",
        lang="en",
    )
    assert one(doc, "The dam will hold").via
    assert not one(doc, "The town had nothing to fear").via
    assert not one(doc, "the gates were old").via


def test_interview_link_goes_on_de() -> None:
    doc = analyse("Die Brücke bleibe gesperrt, sagte die Landrätin Ida Brandt dem WDR. Die Prüfung dauere Wochen, sagte sie.")
    assert [v.name for v in one(doc, "Die Prüfung dauere Wochen").via] == ["WDR"]


def test_the_publisher_is_no_link() -> None:
    text = '"The dam will hold," Sarah Quist told the Harbour Times on Sunday. She said the gates were new.'
    told = sourcetrace.analyze(text, date="2024-10-13", lang="en")
    assert [v.name for v in one(told, "The dam will hold").via] == ["Harbour Times"]
    own = sourcetrace.analyze(text, date="2024-10-13", lang="en", publisher="harbourtimes.com")
    assert own.publisher == "harbourtimes.com"
    assert all(not a.via for a in own.attributions)


@pytest.mark.parametrize("publisher", ["nyt", "nytimes.com", "New York Times"])
def test_the_publisher_by_a_short_or_host_name_of_the_outlet_list_is_no_link(publisher: str) -> None:
    text = '"The dam will hold," Sarah Quist told The New York Times on Sunday.'
    told = sourcetrace.analyze(text, date="2024-10-13", lang="en")
    assert [v.name for v in only(told).via] == ["The New York Times"]
    own = sourcetrace.analyze(text, date="2024-10-13", lang="en", publisher=publisher)
    assert not only(own).via and "The New York Times" not in [s.name for s in own.sources]


@pytest.mark.parametrize(("publisher", "named"), [("wash-post", "Washington Post"), ("huff-post", "Huffington Post"),
                                                  ("der-spiegel", "Spiegel")])
def test_the_publisher_by_a_slug_of_its_name_is_no_link(publisher: str, named: str) -> None:
    # ("Spiegel" written as a name: "the SPIEGEL" in capitals is the outlet's own house style, its publisher by
    # itself — source.publisher.house_capitals, session 34)
    text = f'"The dam will hold," Sarah Quist told the {named} on Sunday.'
    told = sourcetrace.analyze(text, date="2024-10-13", lang="en")
    assert len(only(told).via) == 1
    own = sourcetrace.analyze(text, date="2024-10-13", lang="en", publisher=publisher)
    assert not only(own).via


def test_a_slug_no_outlet_alone_fits_names_none() -> None:
    from sourcetrace.steps.sources.outlets import publisher_keys

    assert publisher_keys("harbour-daily") == {"harbourdaily"}


def test_a_slug_part_that_is_a_whole_word_stands_for_that_word_only() -> None:
    from sourcetrace.steps.sources.outlets import publisher_keys

    # "york" is a word of The New York Times: "new-york" is no slug of The New Yorker
    assert publisher_keys("new-york") == {"newyork"}
    assert "newyorker" in publisher_keys("new-yorker") and "washingtonpost" in publisher_keys("wash-post")


def test_the_publisher_is_no_link_de() -> None:
    text = "Kiel (dpa) – Die Werft sei verkauft, sagte ein Sprecher auf Anfrage des STANDARD."
    doc = sourcetrace.analyze(text, date="2024-10-13", publisher="DER STANDARD (derstandard.at)")
    assert [(v.name, v.rule) for v in only(doc).via] == [("dpa", "via.credit")]
    agency = sourcetrace.analyze(text, date="2024-10-13", publisher="dpa")
    assert all(v.name != "dpa" for v in only(agency).via)


def test_each_medium_of_a_coordination_holding_a_document_de() -> None:
    doc = analyse("Laut Unterlagen, die WDR und NDR vorliegen, zahlte der Verein keine Miete.")
    assert [v.name for v in only(doc).via] == ["WDR", "NDR"]


def test_told_an_outlet_in_an_interview_after_the_clause() -> None:
    for text, outlet in [
        ("The bridge will stay closed, the governor told The Harbour Times in an interview.", "Harbour Times"),
        ("The bridge will stay closed, the governor told the Associated Press in a telephone interview on Monday.", "AP"),
        ('The bridge will stay closed, the governor said on CNN\'s "Weekend Desk".', "CNN"),
    ]:
        doc = analyse(text, lang="en")
        a = only(doc)
        assert doc.span_text(a.content[0]) == "The bridge will stay closed", text
        assert [v.name for v in a.via] == [outlet], text


def test_said_on_a_broadcaster_de() -> None:
    for text, outlet in [
        ("Die Brücke bleibe gesperrt, sagte die Landrätin im ZDF.", "ZDF"),
        ("Die Landrätin sagte im Deutschlandfunk, die Brücke bleibe gesperrt.", "Deutschlandfunk"),
        ("Die Brücke bleibe gesperrt, sagte die Landrätin bei n-tv.", "n-tv"),
    ]:
        assert [v.name for v in only(analyse(text)).via] == [outlet], text
    for text in ("Die Brücke bleibe gesperrt, sagte die Landrätin im Kreistag.",
                 "Die Landrätin, die früher im ZDF moderierte, sagte, die Brücke bleibe gesperrt."):
        assert all(not a.via for a in analyse(text).attributions), text


def exactly(doc: Document, content: str) -> Attribution:
    hits = [a for a in doc.attributions if [doc.span_text(c) for c in a.content] == [content]]
    assert len(hits) == 1, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    return hits[0]


def test_speech_told_inside_reported_speech_de() -> None:
    doc = analyse("Paul Roth, ein Fischer, sagte, der Fang sei schlecht gewesen. Er habe früher viele Käufer aus dem Dorf gehabt. "
                  "Einige Nachbarn hätten ihm sogar gesagt: „Wir kaufen nichts mehr.“ Der Hafen liegt still.")
    quoted = exactly(doc, "Wir kaufen nichts mehr")
    assert quoted.mode == "direct" and [v.name for v in quoted.via] == ["Paul Roth"]
    assert [v.position for v in quoted.via] == ["downstream"]
    # the sentence goes on with the fisherman's reported speech
    cont = [a for a in doc.attributions if a.mode == "continuation" and doc.span_text(a.content[0]).startswith("Einige Nachbarn")]
    assert len(cont) == 1 and source_name(doc, cont[0]) == "Paul Roth"


def test_speech_told_inside_an_agency_report_de() -> None:
    doc = analyse("Laut der Nachrichtenagentur dpa hat sich Minister Karl Brandt von dem Plan distanziert. Neben dem Antrag habe er "
                  "einen Brief an den Rat gesandt, in dem er mitteile, dass die Fraktion den Plan nicht unterstütze.")
    a = exactly(doc, "dass die Fraktion den Plan nicht unterstütze")
    assert source_name(doc, a) == "Karl Brandt" and [v.name for v in a.via] == ["dpa"]


def test_own_speaker_in_the_indicative_is_no_nested_speech_de() -> None:
    doc = analyse("Paul Roth, ein Fischer, sagte, der Fang sei schlecht gewesen. Die Hafenmeisterin erklärte dagegen, es gebe genug Fisch.")
    a = one(doc, "es gebe genug Fisch")
    assert a.via == [] and not any(x.rule.endswith("+nested+inherit") for x in doc.attributions)


def test_same_speaker_going_on_is_no_nested_speech_de() -> None:
    doc = analyse("Paul Roth, ein Fischer, sagte, der Fang sei schlecht gewesen. Er habe zudem betont, dass er bleiben wolle.")
    a = one(doc, "dass er bleiben wolle")
    assert a.via == [] and not any("nested" in x.rule for x in doc.attributions)


def test_speaking_through_a_lawyer_de() -> None:
    doc = analyse("Der Unternehmer Max Berger lässt über seine Anwältin mitteilen, dass er den Verein nie gekannt habe. "
                  "Niemand habe ihn informiert.")
    first = one(doc, "dass er den Verein nie gekannt habe")
    assert source_name(doc, first) == "Max Berger" and chain_links(first) == [("Anwältin", "downstream")]
    cont = one(doc, "Niemand habe ihn informiert")
    assert chain_links(cont) == [("Anwältin", "downstream")]


def test_talking_about_a_lawyer_is_no_link_de() -> None:
    a = only(analyse("Der Minister sprach über seinen Anwalt und sagte, er vertraue ihm."))
    assert a.via == []


def test_speaking_through_a_spokeswoman_en() -> None:
    a = only(analyse("The singer, through her spokeswoman, denied that she had cancelled the tour.", lang="en"))
    assert chain_links(a) == [("spokeswoman", "downstream")]
    b = only(analyse("Through a spokesman, the mayor denied that he had known about the payments.", lang="en"))
    assert chain_links(b) == [("spokesman", "downstream")]


def test_money_through_a_lawyer_is_no_link_en() -> None:
    a = only(analyse("The mayor said the money went through his lawyer.", lang="en"))
    assert a.via == []


def test_hearsay_told_by_the_one_a_demonstrative_report_names_de() -> None:
    doc = analyse("So soll der Vorsitzende Jan Ode auf einer Sitzung gesagt haben, dass die Kasse leer sei. "
                  "Dies erklärte bereits 2019 die frühere Schatzmeisterin Eva Linde in einer eidesstattlichen Versicherung.")
    a = exactly(doc, "dass die Kasse leer sei")
    assert source_name(doc, a) == "Jan Ode"
    assert [v.position for v in a.via] == ["downstream"] and "Eva Linde" in a.via[0].name


def test_a_confirmation_of_what_was_said_is_no_link_de() -> None:
    doc = analyse("Der Vorsitzende Jan Ode sagte auf einer Sitzung, dass die Kasse leer sei. Das bestätigte auch die Schatzmeisterin Eva Linde.")
    assert exactly(doc, "dass die Kasse leer sei").via == []


def test_a_report_confirmed_by_authorities_de() -> None:
    doc = analyse("Wie die Nachrichtenagentur dpa berichtet, wurde der Fahrer in Polen festgenommen, wie die polnischen Behörden bestätigt haben.")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "wurde der Fahrer in Polen festgenommen"
    assert [(v.position, "Behörden" in v.name) for v in a.via] == [("upstream", True)]


def test_a_speaker_confirmed_by_authorities_keeps_the_clause_de() -> None:
    # only what a medium reports stands on the ones it names so
    a = only(analyse("Wie die Ministerin sagte, wurde der Fahrer in Polen festgenommen, wie die Behörden bestätigten."))
    assert a.via == []


def test_speech_told_inside_a_quotation_de() -> None:
    doc = analyse("„Der Verband hat uns dazu geschrieben, dass es sich um einen Einzelfall handele“, schreibt ein Sprecher des Landtages.")
    outer = exactly(doc, "Der Verband hat uns dazu geschrieben, dass es sich um einen Einzelfall handele")
    assert outer.mode == "direct" and outer.via == []
    inner = exactly(doc, "dass es sich um einen Einzelfall handele")
    assert inner.mode == "indirect" and source_text(doc, inner) == "Der Verband"
    assert [(v.name, v.position) for v in inner.via] == [("Sprecher des Landtages", "downstream")]


def test_speech_told_inside_a_quotation_en() -> None:
    doc = analyse("“The council told us that the bridge was safe,” the engineer said. “We will check it again.”", lang="en")
    inner = exactly(doc, "that the bridge was safe")
    assert source_text(doc, inner) == "The council" and [v.position for v in inner.via] == ["downstream"]
    # the quotation's speaker goes on in the next quotation, not the council
    nxt = exactly(doc, "We will check it again")
    assert source_name(doc, nxt) == "engineer" and source_name(doc, nxt) == source_name(doc, exactly(doc, "The council told us that the bridge was safe"))


def test_own_words_inside_a_quotation_are_no_nested_speech_de() -> None:
    doc = analyse("„Ich habe immer gesagt, dass wir gewinnen“, sagte die Trainerin.")
    assert len(doc.attributions) == 1 and doc.attributions[0].via == []


def test_a_relative_speaker_after_a_preposition_phrase_en() -> None:
    doc = analyse("“We are working in particular with the Harbour Council, who have said they need more time,” the spokesman said.", lang="en")
    inner = exactly(doc, "they need more time")
    assert source_name(doc, inner) == "Harbour Council" and [v.position for v in inner.via] == ["downstream"]


def test_relied_on_in_a_relative_clause_with_truncated_compounds_de() -> None:
    doc = analyse("Nach übereinstimmenden Angaben der Zeitung «Nordblick» und des Senders Radio Nord, die sich auf die Angaben von "
                  "Polizei-, Armee-, und Regierungssprechern stützen, wurden drei Brücken zerstört.")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "wurden drei Brücken zerstört"
    assert [(v.position, v.span is not None and doc.span_text(v.span)) for v in a.via] == [
        ("upstream", "Polizei-, Armee-, und Regierungssprechern")]
    assert "," not in a.via[0].name and a.via[0].name.startswith("Polizei- Armee-")


def test_a_relative_clause_after_truncated_compounds_ends_at_its_own_comma_de() -> None:
    doc = analyse("Nach Angaben der Zeitung «Nordblick», die sich auf Polizei-, Armee- und Regierungssprecher stützt, wurden drei Brücken zerstört.")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "wurden drei Brücken zerstört" and [v.position for v in a.via] == ["upstream"]


def test_someone_quoted_inside_a_quotation_en() -> None:
    doc = analyse("The mayor, Tom Reed, said the roads would be repaired. “He said, ‘Trust me, I will fix the roads.’ That may worry "
                  "people here,” said Alan Brook, a baker from Dover.", lang="en")
    inner = exactly(doc, "Trust me, I will fix the roads")
    assert inner.mode == "direct" and source_name(doc, inner) == "Tom Reed"
    assert [(v.name, v.position) for v in inner.via] == [("Alan Brook", "downstream")]


def test_he_inside_a_quotation_is_not_its_speaker_de() -> None:
    doc = analyse("Der Bürgermeister Max Kern kam zu Besuch. „Er hat uns gesagt, dass die Schule bleibt“, sagte der Elternsprecher Paul Linde.")
    inner = exactly(doc, "dass die Schule bleibt")
    assert source_name(doc, inner) == "Max Kern" and [v.name for v in inner.via] == ["Paul Linde"]


def test_he_inside_a_quotation_with_no_one_else_named_is_no_claim_de() -> None:
    doc = analyse("„Er hat uns gesagt, dass die Schule bleibt“, sagte die Elternsprecherin Eva Linde.")
    assert len(doc.attributions) == 1 and doc.attributions[0].mode == "direct"


def test_what_is_told_inside_a_quotation_ends_where_the_speaker_goes_on_en() -> None:
    doc = analyse("The senator, Ann Lee, said the harbour was safe. “She said the port would close, no sailor would ever believe that,” "
                  "said Tom Reed, a fisherman.", lang="en")
    inner = exactly(doc, "the port would close")
    assert source_name(doc, inner) == "Ann Lee" and [v.name for v in inner.via] == ["Tom Reed"]


def test_an_outlet_reporters_source_and_its_later_mentions_en() -> None:
    doc = analyse("A BBC Africa Desk reporter Jane Doe's source inside the camp, a farmer who asked not to be named, said the road "
                  "was closed. “Nobody can leave the camp,” the source said.", lang="en")
    first = exactly(doc, "the road was closed")
    assert source_name(doc, first) == "source inside the camp" and chain_links(first) == [("BBC", "downstream")]
    again = exactly(doc, "Nobody can leave the camp")
    assert again.source == first.source and chain_links(again) == [("BBC", "downstream")]


def test_another_owners_sources_are_no_link_en() -> None:
    doc = analyse("The company's sources said the plant would close.", lang="en")
    a = only(doc)
    assert a.via == [] and source_name(doc, a) == "company's sources"


# session 10: more members of the chain families of issue 7 (sentences of our own)


def test_quoted_by_asked_by_and_statements_to_an_outlet_en() -> None:
    for text, outlet in [("The harbour master, quoted by Reuters, said the ferry would stay in port.", "Reuters"),
                         ("Asked by the BBC about the ferry, the harbour master said it would stay in port.", "BBC"),
                         ("The ferry line said in an emailed statement to Reuters that it would appeal.", "Reuters"),
                         ("The ferry line said in a statement emailed to Bloomberg that it would appeal.", "Bloomberg"),
                         ("The harbour master said during an appearance on CNN that the ferry would stay in port.", "CNN")]:
        a = only(analyse(text, lang="en"))
        assert chain_links(a) == [(outlet, "downstream")], text


def test_said_on_a_broadcaster_without_an_article_en() -> None:
    doc = analyse("The harbour master said on BBC Radio that the ferry would stay in port.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "that the ferry would stay in port"
    assert [n for n, _p in chain_links(a)] == ["BBC"]


def test_wie_clause_of_a_medium_before_a_speech_act_de() -> None:
    # "Wie X berichtet, sagte Y, …": Y said it, the medium relays it
    for text in ("Wie der «Hafenbote» berichtet, sagte der Kapitän, die Fähre bleibe im Hafen.",
                 "Wie der «Hafenbote» berichtet, hat der Kapitän gesagt, die Fähre bleibe im Hafen."):
        doc = analyse(text, lang="de")
        a = only(doc)
        assert source_text(doc, a) == "der Kapitän" and doc.span_text(a.content[0]) == "die Fähre bleibe im Hafen", text
        assert [n for n, _p in chain_links(a)] == ["Hafenbote"]
    # without a speech act of its own the medium stays the source
    doc = analyse("Wie der «Hafenbote» berichtet, bleibt die Fähre im Hafen.", lang="de")
    a = only(doc)
    assert source_name(doc, a) == "Hafenbote" and a.mode == "according_to" and not a.via


def test_addressee_after_zu_or_without_article_and_a_request_by_compound_de() -> None:
    for text, outlet in [("Die Fähre bleibe im Hafen, sagte ein Sprecher zu Reuters.", "Reuters"),
                         ("Ein Sprecher sagte Reuters, die Fähre bleibe im Hafen.", "Reuters"),
                         ("Ein Sprecher sagte auf AFP-Anfrage, die Fähre bleibe im Hafen.", "AFP")]:
        a = only(analyse(text, lang="de"))
        assert [n for n, _p in chain_links(a)] == [outlet], text
        assert chain_links(a)[0][1] == "downstream"


def test_weekday_before_a_request_is_no_outlet_de() -> None:
    a = only(analyse("Viele seien dagegen, erklärte der Bürgermeister am Freitag auf Anfrage der APA.", lang="de"))
    assert [n for n, _p in chain_links(a)] == ["APA"]


def test_documents_before_a_speech_act_with_a_relative_clause_de() -> None:
    # "Laut Unterlagen, die X vorliegen, antwortet Y …: «…»": Y speaks, the documents and the outlet holding them are links
    doc = analyse("Laut Unterlagen, die dem «Hafenboten» vorliegen, antwortet Berg dem Kapitän am 3. März 2020, "
                  "und damit vor der Wahl: „Wir haben die Zusage.“", lang="de")
    a = only(doc)
    assert source_name(doc, a) == "Berg" and doc.span_text(a.content[0]).startswith("Wir haben die Zusage")
    assert {n for n, _p in chain_links(a)} == {"Unterlagen", "Hafenboten"}
    doc = analyse("Laut Unterlagen, die dem «Hafenboten» vorliegen, sagte Berg, er habe die Zusage.", lang="de")
    a = only(doc)
    assert source_name(doc, a) == "Berg" and doc.span_text(a.content[0]) == "er habe die Zusage"
    assert "Unterlagen" in [n for n, _p in chain_links(a)]


def test_speech_told_in_reported_speech_past_a_sentence_of_the_author_de() -> None:
    doc = analyse("„Das waren Einzelfälle“, sagt Anna Berg. Es habe Streit gegeben. Was sie mehr beunruhigt, ist die Lage "
                  "der Pendler. Händler hätten ihren Kunden gesagt, sie seien nicht willkommen.", lang="de")
    told = exactly(doc, "sie seien nicht willkommen")
    assert [n for n, _p in chain_links(told)] == ["Anna Berg"]


def test_speech_told_inside_reported_speech_is_labelled_in_the_seed_style_only_de() -> None:
    text = "Der Anwalt erklärte, der Fahrer habe ihm gesagt, er habe nichts gesehen."
    doc = analyse(text, lang="de")
    outer = exactly(doc, "der Fahrer habe ihm gesagt, er habe nichts gesehen")
    assert source_name(doc, outer) == "Anwalt" and chain_links(outer) == [("Fahrer", "upstream")]
    inner = [a for a in doc.attributions if doc.span_text(a.content[0]) == "er habe nichts gesehen"]
    assert len(inner) == 1 and source_name(doc, inner[0]) == "Fahrer" and chain_links(inner[0]) == [("Anwalt", "downstream")]
    # de-news-quotes annotates only the reporter's
    doc = analyse(text, lang="de", conventions="denews")
    assert not any(doc.span_text(a.content[0]) == "er habe nichts gesehen" for a in doc.attributions)


def test_name_in_apposition_after_a_role_and_its_place_de() -> None:
    doc = analyse("„Das waren Einzelfälle“, sagt Anna Berg. Sie wohnt in Kehl.\n"
                  "So auch der Bürgermeister von Kehl, Tom Lund. „Ich mache mir keine Sorgen“, sagt er.", lang="de")
    a = exactly(doc, "Ich mache mir keine Sorgen")
    assert source_name(doc, a) == "Tom Lund"


def test_share_of_people_answering_a_poll_speaks_through_the_poll_en() -> None:
    doc = analyse("A Harbour Polls survey of ferry users has found that the line is losing riders.\n\n"
                  "Asked about the timetable, 59 percent said it was too slow.", lang="en")
    a = exactly(doc, "it was too slow")
    assert a.source is None and [(v.name, v.position, v.rule) for v in a.via] == [("Harbour Polls survey of ferry users", "downstream", "via.poll")]
    poll = next(s for s in doc.sources if s.name == "Harbour Polls survey of ferry users")
    assert "Harbour Polls survey" in poll.aliases
    # a report is no poll that people answered
    doc = analyse("A new report by the Harbour Institute found that the line is losing riders. "
                  "Asked about the timetable, 59 percent said it was too slow.", lang="en")
    assert exactly(doc, "it was too slow").via == []


def test_speaker_who_closes_the_sentence_relays_the_speech_act_before_it_en() -> None:
    # "Voters now say …, a study concluded": what the voters say ends before the study, which relays it
    doc = analyse("Voters now say they trust the harbour board more than the council, a study by an institute in Oslo "
                  "concluded this year.", lang="en")
    a = only(doc)
    assert source_text(doc, a) == "Voters" and doc.span_text(a.content[0]) == "they trust the harbour board more than the council"
    assert chain_links(a) == [("study by an institute in Oslo", "downstream")]
    doc = analyse("Voters now say they trust the harbour board, a researcher told Reuters in an interview on Monday.", lang="en")
    a = only(doc)
    assert doc.span_text(a.content[0]) == "they trust the harbour board"
    assert [n for n, _p in chain_links(a)] == ["researcher", "Reuters"]


def test_a_parenthetical_speaker_inside_the_clause_cuts_nothing_en() -> None:
    doc = analyse("Ann Lee said the bridge, the mayor told her, was safe.", lang="en")
    assert any(doc.span_text(a.content[0]).endswith("was safe") for a in doc.attributions)


def test_quotation_of_someone_the_report_names_before_its_colon_de() -> None:
    # "In Kehl warb ein Laden: «…», berichtet X": the shop's words, through X
    doc = analyse("In Kehl warb ein Laden mit Plakaten: „Hier zahlen Sie keine Gebühr, wir haben immer offen“, "
                  "berichtet Anna Berg.", lang="de")
    told = exactly(doc, "Hier zahlen Sie keine Gebühr, wir haben immer offen")
    assert told.mode == "direct" and source_name(doc, told) == "Laden" and chain_links(told) == [("Anna Berg", "downstream")]
    # a clause with no one of its own before the colon leaves the quotation the reporter's
    doc = analyse("Am Ende steht die Empfehlung: „Wir wollen so nicht leben.“", lang="de")
    assert all(source_name(doc, a) != "Empfehlung" for a in doc.attributions)


def test_medium_that_learned_it_from_someone_de() -> None:
    # "…, wie X aus Y erfuhr": Y is the source, the medium a downstream link; without Y the medium is the source
    for text in ("Die Fähre wird verkauft, wie die Nachrichtenagentur dpa aus Kreisen der Reederei erfuhr.",
                 "Wie die Nachrichtenagentur dpa aus Kreisen der Reederei erfuhr, wird die Fähre verkauft.",
                 "Die Fähre wird verkauft. Das erfuhr die Nachrichtenagentur dpa aus Kreisen der Reederei."):
        doc = analyse(text, lang="de")
        a = only(doc)
        assert source_text(doc, a) == "Kreisen der Reederei" and [n for n, _p in chain_links(a)] == ["dpa"], text
        assert doc.span_text(a.content[0]).endswith(("wird verkauft", "wird die Fähre verkauft")), text
    doc = analyse("Wie der «Hafenbote» erfuhr, wird die Fähre verkauft.", lang="de")
    a = only(doc)
    assert source_name(doc, a) == "Hafenbote" and a.mode == "according_to" and not a.via
    # someone who learned something is no one's source
    assert analyse("Die Fähre wird verkauft. Das erfuhr die Kapitänin erst gestern.", lang="de").attributions == []


def test_according_to_a_document_by_its_author_en() -> None:
    # "according to a report by the BBC": the author belongs to the source, not to what was said
    for text, said in [("According to a report by the Harbour Institute, the ferry will stay in port.", "the ferry will stay in port"),
                       ("The ferry will stay in port, according to a report by the Harbour Institute.", "The ferry will stay in port")]:
        doc = analyse(text, lang="en")
        a = only(doc)
        assert source_text(doc, a) == "a report by the Harbour Institute" and doc.span_text(a.content[0]) == said, text
