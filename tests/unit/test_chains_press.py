"""Chains through the press (issue 7, session 12; sentences of our own): an outlet addressed
after the speaker without an article, the poll that the shares of people answering it speak
through, the outlet that carries a speaker named again by a description, the document a
medium's report stands on, and a figure one speaker relays from a study."""

from __future__ import annotations

from tests.attribution_helpers import analyse, chain_links, one, source_name


def test_outlet_addressed_after_the_speaker_and_an_adverb_de() -> None:
    doc = analyse("Die Zahl der Unfälle ist stark gestiegen, sagte Polizeichef Karl Berger dazu Spiegel Online.", "de")
    assert chain_links(one(doc, "Zahl der Unfälle")) == [("Spiegel Online", "downstream")]
    doc = analyse("Die Zahl der Unfälle ist stark gestiegen, sagte Karl Berger am Montag Spiegel Online.", "de")
    assert chain_links(one(doc, "Zahl der Unfälle")) == [("Spiegel Online", "downstream")]
    # a place or a person there is no outlet
    for text in ("Die Zahl der Unfälle ist stark gestiegen, sagte Karl Berger am Montag in Kiel.",
                 "Die Zahl der Unfälle ist stark gestiegen, sagte Karl Berger dazu Anna Roth."):
        assert one(analyse(text, "de"), "Zahl der Unfälle").via == []


def test_shares_of_people_speak_through_the_poll_their_pollster_names_en() -> None:
    doc = analyse("A new Gallup poll shows broad support for the ferry plan. Sixty percent say that the fares are too high. "
                  "And a whopping 70 percent of islanders say the old pier should close.\n\n"
                  "A later Harbour Polls survey is less clear. Only 40 percent of voters say the mayor should resign.", "en")
    sixty = one(doc, "fares are too high")
    assert sixty.source is None and [v.rule for v in sixty.via] == ["via.poll"] and "Gallup poll" in sixty.via[0].name
    seventy = one(doc, "old pier should close")
    assert source_name(doc, seventy) == "70 percent of islanders"  # the share, not the words that weigh it
    assert [v.name for v in seventy.via] == [sixty.via[0].name]
    assert [v.name for v in one(doc, "mayor should resign").via] == ["Harbour Polls survey"]
    poll = next(s for s in doc.sources if s.id == sixty.via[0].source)
    assert poll.type == "document" and "Gallup poll" in [poll.name, *poll.aliases]


def test_a_speaker_named_again_by_its_noun_keeps_the_outlet_en() -> None:
    doc = analyse('"The bridge is unsafe," one engineer told the Independent.\n\n'
                  '"It could collapse within a year," the engineer warned.', "en")
    first, second = one(doc, "bridge is unsafe"), one(doc, "collapse within a year")
    assert first.source == second.source
    assert chain_links(second) == [("The Independent", "downstream")] and second.via[0].rule.endswith("+continued")
    doc = analyse("Two officials said the ferry plan had failed. The officials said it would be revived.", "en")
    assert one(doc, "plan had failed").source == one(doc, "would be revived").source


def test_the_document_a_medium_reported_from_is_an_upstream_link_de() -> None:
    doc = analyse("Die Zahl der Wildunfälle hat sich nach einem Bericht der «Hafenpost» verdoppelt. "
                  "Dies geht aus Daten des Forstamts hervor.", "de")
    report = next(a for a in doc.attributions if source_name(doc, a) == "Hafenpost")
    assert [(v.position, v.rule) for v in report.via] == [("upstream", "via.phrase")] and "Forstamt" in report.via[0].name
    # a claim of the author's before it stands on the document alone
    doc = analyse("Die Stadt plant neue Radwege. Das geht aus einem Bericht des Verkehrsamts hervor.", "de")
    assert [a.via for a in doc.attributions] == [[]]


def test_a_figure_relayed_inside_reported_speech_de() -> None:
    doc = analyse("Der Verband fordert strengere Regeln. Viele Verträge seien unfair, sagte sein Chef Karl Berger. "
                  "So arbeite jeder dritte Fahrer ohne Pause, laut einer Studie der Arbeiterkammer. "
                  "In Kiel liege die Quote sogar höher.", "de")
    for needle in ("jeder dritte Fahrer", "In Kiel"):
        a = one(doc, needle)
        assert "Arbeiterkammer" in (source_name(doc, a) or "")
        assert [(v.name, v.position, v.rule) for v in a.via] == [("Karl Berger", "downstream", "via.relayed_speech")]
    # fronted, the according-to phrase opens the author's own sentence
    doc = analyse("Der Bürgermeister sagte, die Straße sei gesperrt. Laut Polizei seien drei Menschen verletzt worden.", "de")
    assert one(doc, "drei Menschen").via == []


def test_a_medium_report_told_inside_reported_speech_is_relayed_by_the_speaker() -> None:
    doc = analyse("Ann Lee said she first spoke to the tenants in May after the Gazette reported the rents had been raised.", "en")
    outer, a = doc.attributions
    assert source_name(doc, outer) == "Ann Lee" and doc.span_text(a.content[0]) == "the rents had been raised"
    assert a.rule == "attr.indirect.en.nested_report" and source_name(doc, a) == "Gazette"
    assert chain_links(a) == [("Ann Lee", "downstream")]
    doc = analyse("Anna Berg sagte, sie habe reagiert, nachdem der «Spiegel» berichtet hatte, die Brücke sei gesperrt.", "de")
    nested = [a for a in doc.attributions if a.rule.endswith("nested_report")]
    assert [doc.span_text(a.content[0]) for a in nested] == ["die Brücke sei gesperrt"]
    assert chain_links(nested[0]) == [("Anna Berg", "downstream")]
    # a person's report there is that person's claim too, told by the speaker (benchmarks/attrdev/README.md,
    # "Nested speech"); the speaker's own earlier words ("after she reported") are no second claim
    doc = analyse("Ann Lee said she first spoke to the tenants in May after the mayor reported the rents had been raised.", "en")
    outer, a = doc.attributions
    assert source_name(doc, a) == "mayor" and doc.span_text(a.content[0]) == "the rents had been raised"
    assert chain_links(a) == [("Ann Lee", "downstream")] and outer.via == []
    doc = analyse("Ann Lee said she first spoke to the tenants in May after she reported the rents had been raised.", "en")
    assert len(doc.attributions) == 1


def test_speech_told_inside_a_medium_report_is_relayed_by_the_medium_en() -> None:
    doc = analyse("The Gazette says the deckhand was stopped at the pier after two clerks of a bakery said he had taken a bike.", "en")
    inner = doc.attributions[-1]
    assert doc.span_text(inner.content[0]) == "he had taken a bike"
    assert inner.rule == "attr.indirect.en.nested_report" and chain_links(inner) == [("Gazette", "downstream")]


def test_the_paper_told_is_the_outlet_named_before_en() -> None:
    doc = analyse("The Gazette says the ferry was late again. A deckhand, Ann Lee, tells the paper that the engine failed.", "en")
    assert [v.name for v in one(doc, "the engine failed").via] == ["Gazette"]


def test_a_ruling_held_by_an_agency_de() -> None:
    doc = analyse("Die Firma habe die Rechnung nie bezahlt, heißt es in dem Schreiben (4 Ob 12/22), das der APA vorliegt. "
                  "Die Frist sei nicht abgelaufen.", "de")
    for needle in ("Rechnung nie bezahlt", "Frist sei"):
        assert chain_links(one(doc, needle)) == [("APA", "downstream")]


def test_a_paper_writing_its_own_name_in_capitals_is_the_publisher_de() -> None:
    for text in ("Die Lage sei ernst, sagt er zum STANDARD.", "Die Lage sei ernst, sagt er im STANDARD-Gespräch."):
        doc = analyse(text, "de")
        assert one(doc, "Die Lage sei ernst").via == [] and doc.sources == []
    # another paper's name, and an acronym every paper writes in capitals, stay links
    assert chain_links(one(analyse("Die Lage sei ernst, sagte er dem «Standard».", "de"), "Die Lage")) == [("Standard", "downstream")]
    assert chain_links(one(analyse("Die Lage sei ernst, sagte er der APA.", "de"), "Die Lage")) == [("APA", "downstream")]


def test_an_outlet_told_in_a_clause_that_ends_in_the_cue_de() -> None:
    doc = analyse("Die Werft muss die volle Strafe zahlen, wie ein Gerichtssprecher der APA am Freitag mitteilte.", "de")
    a = one(doc, "volle Strafe")
    assert source_name(doc, a) == "Gerichtssprecher" and chain_links(a) == [("APA", "downstream")]
    # a role at a medium takes the medium as its genitive
    doc = analyse("Die Werft muss die volle Strafe zahlen, wie der Chefredakteur der Zeitung mitteilte.", "de")
    assert one(doc, "volle Strafe").via == []
