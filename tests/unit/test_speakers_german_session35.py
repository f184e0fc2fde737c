"""German speakers and sources on new texts (issue 7, session 35): the one told in the dative after a
cue, a medium that learned something "vom" someone. Sentences of our own."""

from __future__ import annotations

from tests.attribution_helpers import chain_links, de, source_text


def test_dative_after_postposed_cue_is_the_one_told() -> None:
    # attr.indirect.de.postposed+addressee_first: the phrase in the dative is the addressee, the nominative after it speaks
    for text, speaker, link in [
        ("Die Gebühren würden bald steigen, sagte dem Sender ein Sprecher der Stadtwerke.", "ein Sprecher der Stadtwerke", "Sender"),
        ("Die Gebühren würden bald steigen, sagte dem Lokalradio am Montag eine Sprecherin der Stadtwerke.",
         "eine Sprecherin der Stadtwerke", "Lokalradio"),
    ]:
        doc = de(text)
        [a] = doc.attributions
        assert source_text(doc, a) == speaker and a.rule.endswith("+addressee_first"), (text, a.rule)
        assert [n for n, _p in chain_links(a)] == [link], text
    doc = de("Die Gebühren steigen, bestätigte einem Reporter die Polizei.")
    [a] = doc.attributions
    assert source_text(doc, a) == "die Polizei" and not a.via  # someone told who is no outlet is no link


def test_dative_after_inverted_cue_is_the_one_told() -> None:
    doc = de("Am Montag sagte dem Sender ein Sprecher der Stadtwerke, die Gebühren würden bald steigen.")
    [a] = doc.attributions
    assert source_text(doc, a) == "ein Sprecher der Stadtwerke" and a.rule.endswith("+addressee_first")
    assert [n for n, _p in chain_links(a)] == ["Sender"]


def test_nominative_after_the_cue_stays_the_speaker() -> None:
    # (not after "der": "sagte der Sprecher dem Sender" keeps its subject first)
    doc = de("Die Gebühren würden bald steigen, sagte der Sprecher dem Sender.")
    [a] = doc.attributions
    assert source_text(doc, a) == "der Sprecher" and "+addressee_first" not in a.rule


def test_medium_that_learned_it_vom_someone() -> None:
    # attr.according_to.de.learned_from with "vom" (von dem): the one it learned it from speaks, the medium relays
    doc = de("Die Fähre wird im Herbst verkauft, wie die Inselzeitung am Montag vom Sprecher der Reederei erfuhr.")
    [a] = doc.attributions
    assert source_text(doc, a) == "Sprecher der Reederei" and a.rule == "attr.according_to.de.learned_from"
    assert [n for n, _p in chain_links(a)] == ["Inselzeitung"]


def test_speech_that_points_back_takes_the_sentence_before_in_the_first_person() -> None:
    # attr.indirect.de.postposed+speech_before: a text that lost its quotation marks
    doc = de("Die Halle ist voll. Wir bekommen jeden Tag neue Briefe von Anrainern. Diesen wird sofort nachgegangen, "
             "sagte ein Sprecher der Stadt.")
    [a] = doc.attributions
    assert [doc.span_text(c) for c in a.content] == ["Wir bekommen jeden Tag neue Briefe von Anrainern", "Diesen wird sofort nachgegangen"]
    assert a.rule.endswith("+speech_before")
    doc = de("Im Lager haben wir genug Decken. Die reichen bis zum Frühjahr, erklärt die Helferin Eva Kranz.")
    [a] = doc.attributions
    assert len(a.content) == 2 and a.rule.endswith("+speech_before")


def test_speech_that_points_back_leaves_the_narration_before_it() -> None:
    # the sentence before in the third person is the author's; reported speech in the Konjunktiv leaves a
    # reporter's "wir" before it
    for text in ("Die Regierung will die Steuern erhöhen. Das ist falsch, sagte der Oppositionschef.",
                 "Wir haben beim Ministerium nachgefragt. Dort sei man nicht zuständig, sagte eine Sprecherin."):
        [a] = de(text).attributions
        assert len(a.content) == 1 and "_before" not in a.rule, text


def test_a_fragment_before_a_tag_goes_on_with_the_sentences_before_it() -> None:
    # attr.indirect.de.postposed+fragment_before: "Und zwar …" has no verb; what it goes on with is the speaker's
    doc = de("Das Werk stand still. Wenn die Bänder stehen, verlieren wir Geld. Und zwar jeden Tag, sagte der Betriebsrat Jan Roth.")
    [a] = doc.attributions
    assert [doc.span_text(c) for c in a.content] == ["Das Werk stand still", "Wenn die Bänder stehen, verlieren wir Geld", "Und zwar jeden Tag"]
    assert a.rule.endswith("+fragment_before")
    # (not over a sentence that names someone else)
    doc = de("Minister Karl Wendt kündigte Kürzungen an. Und zwar sofort, sagte der Betriebsrat Jan Roth.")
    assert all(len(a.content) == 1 for a in doc.attributions)


def test_a_name_in_the_genitive_before_an_adjective_and_a_role_owns_the_role() -> None:
    # np_forward: "Roths früherer Chef" is one phrase, the role's; the speaker is its holder, named in apposition
    doc = de("Wenn er nicht zuhört, soll er es selber machen, sagte Roths früherer Chef, Kammerpräsident Karl Wendt, im Gespräch.")
    [a] = doc.attributions
    assert source_text(doc, a) == "Roths früherer Chef, Kammerpräsident Karl Wendt"
    assert [s.name for s in doc.sources] == ["Karl Wendt"]


def test_a_statement_named_by_its_author_in_the_genitive_is_the_author() -> None:
    # source.merge.genitive_author: "einer Erklärung Wendts" is Karl Wendt's, no document named "Wendts"
    doc = de("In einer am Montag verbreiteten Erklärung Wendts hieß es, der Angriff sei unentschuldbar. "
             "Später sagte Karl Wendt, die Lage sei ernst.")
    assert [s.name for s in doc.sources] == ["Karl Wendt"]
    assert doc.attributions[0].rule.endswith("+source.merge.genitive_author")


def test_a_participle_as_an_adverb_before_the_verb_is_no_subject() -> None:
    # speakers._participle_adverb: "Mildernd wertete das Gericht": the subject follows the verb
    doc = de("Mildernd wertete das Gericht, dass der Mann gestanden hatte.")
    [a] = doc.attributions
    assert source_text(doc, a) == "das Gericht"
    # (a surname of that shape whose full name the text gives stays the subject)
    doc = de("Die Anwältin Eva Behrend war zufrieden. Behrend sagte, die Feuerwehr sei schnell gewesen.")
    [a] = doc.attributions
    assert source_text(doc, a) == "Behrend"


def test_party_branches_that_a_capitalised_neighbour_hid() -> None:
    # source.party.branch for a one-word party name beside a place word (the gazetteer reads it as part of a name)
    from sourcetrace.steps.lexicon import lang
    from sourcetrace.steps.sources.mentions import analyse_mention

    lx = lang("de")
    for text, name in [("die Wiener Grünen", "Wiener Grünen"), ("die Tiroler Grünen", "Tiroler Grünen"),
                       ("die Grünen Wien", "Grünen Wien"), ("die Tiroler SPÖ", "Tiroler SPÖ")]:
        info = analyse_mention(text, lx)
        assert (info.name, info.type) == (name, "party"), text
    assert analyse_mention("Anna Wiener", lx).type == "person"


def test_a_party_youth_organisation_is_a_party_not_a_person() -> None:
    # source.party.youth: `youth_words` of parties.json beside a party's name or its members' noun
    from sourcetrace.steps.lexicon import lang
    from sourcetrace.steps.sources.mentions import analyse_mention

    lx = lang("de")
    for text, name in [("Die Grüne Jugend", "Grüne Jugend"), ("die Jungen Grünen", "Jungen Grünen"),
                       ("die Junge ÖVP", "Junge ÖVP"), ("die Jugend der SPÖ", "Jugend der SPÖ")]:
        info = analyse_mention(text, lx)
        assert (info.name, info.type, info.trim) == (name, "party", "source.party.youth"), text
    doc = de("Die Grüne Jugend forderte, der Minister müsse zurücktreten.")
    assert [(s.name, s.type) for s in doc.sources] == [("Grüne Jugend", "party")]
    assert analyse_mention("die Jugend", lx).type != "party"


def test_a_coordinated_source_taken_off_the_list_is_set_aside_visibly() -> None:
    # source.drop.unclaimed_member leaves no claim to carry its rule: the document says what it set aside
    import json
    from pathlib import Path

    import jsonschema

    from sourcetrace.writers.json import to_dict
    from sourcetrace.writers.text import render

    doc = de("Neue Maut\n\nSchon im Juni haben NEOS und KPÖ eine Maut für Lastwagen vorgeschlagen. "
             "Es gehe um die Straßen, so die NEOS-Aussendung.\n")
    assert [s.name for s in doc.sources] == ["NEOS"]
    [x] = doc.set_aside
    assert x.rule == "source.drop.unclaimed_member" and x.note.startswith("KPÖ:")
    assert x.span is not None and doc.span_text(x.span) == "KPÖ"
    d = to_dict(doc)
    assert d["set_aside"] == [{"rule": x.rule, "note": x.note, "mention": {"start": x.span.start, "end": x.span.end, "text": "KPÖ"}}]
    schema = json.loads((Path(__file__).resolve().parents[2] / "docs" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(d, schema)
    assert "set aside: KPÖ:" in render(doc) and "[source.drop.unclaimed_member]" in render(doc, why=True)
    assert "set_aside" not in to_dict(de("Die Kammer sagte, die Straßen seien schlecht."))


def test_dative_then_postposition_or_prepositional_phrase_before_the_speaker() -> None:
    # +addressee_first over a postposition of the dative (addressee_postpositions) or a prepositional
    # phrase: the phrase after it speaks; an outlet told stays a link
    for text, speaker, links in [
        ("Der Kran bleibt bis Ostern stehen, sagte dem Lokalblatt gegenüber eine Sprecherin des Hafens.",
         "eine Sprecherin des Hafens", ["Lokalblatt"]),
        ("Der Kran bleibt bis Ostern stehen, sagte dem Vernehmen nach ein Techniker der Werft.", "ein Techniker der Werft", []),
        ("Der Kran bleibt bis Ostern stehen, sagte dem Lokalblatt gegenüber eine Sprecherin am Abend.", "eine Sprecherin", ["Lokalblatt"]),
        ("Der Kran bleibt bis Ostern stehen, sagte dem Sender nach der Sitzung ein Sprecher des Hafens.",
         "ein Sprecher des Hafens", ["Sender"]),
    ]:
        doc = de(text)
        [a] = doc.attributions
        assert source_text(doc, a) == speaker and a.rule.endswith("+addressee_first"), (text, a.rule, source_text(doc, a))
        assert [n for n, _p in chain_links(a)] == links, text


def test_a_speaker_read_as_the_genitive_of_the_one_told() -> None:
    # "einem Reporter der Bürgermeister": a phrase in the dative that runs to the clause's end holds its
    # speaker after "der" (addressee_split_articles), postposed and inverted alike
    for text in ("Der Kran bleibt bis Ostern stehen, sagte einem Reporter der Hafenmeister.",
                 "Der Kran bleibt bis Ostern stehen, sagte den Reportern der Hafenmeister am Abend.",
                 "Am Abend sagte einem Reporter der Hafenmeister, der Kran bleibe bis Ostern stehen."):
        doc = de(text)
        [a] = doc.attributions
        assert source_text(doc, a) == "der Hafenmeister" and a.rule.endswith("+addressee_first"), (text, a.rule)
    # (a genitive before the speaker stays in the phrase told)
    doc = de("Der Kran bleibt bis Ostern stehen, sagte einem Reporter der Zeitung der Hafenmeister.")
    [a] = doc.attributions
    assert source_text(doc, a) == "der Hafenmeister"



def test_a_role_and_a_name_after_the_outlet_told() -> None:
    # +addressee_first: "dem Inselradio Bürgermeisterin Jana Ebert" is the outlet told, then the speaker with her
    # role and no article; the outlet stays a link (chains.vias cuts the phrase told at the speaker)
    for text in ("Der Kran bleibt bis Ostern stehen, sagte dem Inselradio Bürgermeisterin Jana Ebert.",
                 "Am Abend sagte dem Inselradio Bürgermeisterin Jana Ebert, der Kran bleibe bis Ostern stehen."):
        doc = de(text)
        [a] = doc.attributions
        assert source_text(doc, a) == "Bürgermeisterin Jana Ebert" and a.rule.endswith("+addressee_first"), (text, a.rule)
        assert [n for n, _p in chain_links(a)] == ["Inselradio"], text

def test_youth_organisations_known_by_their_own_name_are_parties() -> None:
    # parties.json: "Junge Union" (no party's name in it for source.party.youth to read) and "Jusos"
    for text, name in [("Die Schulden wachsen zu schnell, warnte die Junge Union.", "Junge Union"),
                       ("Die Schulden wachsen zu schnell, warnten die Jusos.", "Jusos")]:
        assert [(s.name, s.type) for s in de(text).sources] == [(name, "party")], text
    # (a person's surname "Jung" stays a person)
    assert [(s.name, s.type) for s in de("Die Schulden wachsen zu schnell, warnte Lena Jung.").sources] == [("Lena Jung", "person")]


def test_speech_that_points_back_leaves_the_newsrooms_own_sentence() -> None:
    # +speech_before: a sentence whose only first person is "unsere Zeitung" (newsroom_nouns) is the author's
    doc = de("Unsere Redaktion hat bei der Werft nachgefragt. Dort ist man zufrieden, sagte ein Sprecher.")
    [a] = doc.attributions
    assert len(a.content) == 1 and "_before" not in a.rule
    # (the speaker's own "unsere" stays speech)
    doc = de("Unsere Halle ist voll. Die wird im Sommer ausgebaut, sagte der Werftchef.")
    [a] = doc.attributions
    assert len(a.content) == 2 and a.rule.endswith("+speech_before")


def test_a_time_after_von_is_no_one_a_medium_learned_it_from() -> None:
    # attr.according_to.de.learned: "von Montag" is a time, so the medium that learned it is the source
    doc = de("Die Fähre wird im Herbst verkauft, wie die Inselzeitung von Montag erfuhr.")
    [a] = doc.attributions
    assert source_text(doc, a) == "die Inselzeitung" and a.rule == "attr.according_to.de.learned"
