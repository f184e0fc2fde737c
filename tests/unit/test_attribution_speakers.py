"""Who speaks: the subject of the cue, never a fronted adverbial, an addressee or a headline
(sentences of our own; issue 7)."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import analyse, one, source_text

from sourcetrace.document import Document


def test_fronted_adverb_is_not_the_speaker_en() -> None:
    doc = analyse("Indeed, supporters of the new bridge say the costs are low.", lang="en")
    a = one(doc, "the costs are low")
    assert source_text(doc, a) == "supporters of the new bridge"
    assert all(s.name != "Indeed" for s in doc.sources)


def test_fronted_participle_is_neither_speaker_nor_content() -> None:
    doc = analyse("Using a blunt phrase, she said the council had failed.", lang="en")
    a = one(doc, "the council had failed")
    assert source_text(doc, a) == "she"
    assert not any("Using" in doc.span_text(c) for x in doc.attributions for c in x.content)


@pytest.mark.parametrize(("text", "lang", "needle", "speaker"), [
    pytest.param("The harvest was poor, Mr. Petrov said on Thursday.", "en", "The harvest was poor", "Mr. Petrov", id="title_abbreviation_stays_in_the_name"),
    pytest.param("Sometimes the farmers say the weather is to blame.", "en", "the weather is to blame", "the farmers", id="adverb_without_comma_is_skipped"),
    pytest.param("Die Kritik wurde von der Gewerkschaft geäußert, die Löhne seien zu niedrig.", None, "die Löhne seien zu niedrig", "der Gewerkschaft", id="passive_agent_is_the_speaker_de"),
    pytest.param("Die Lage blieb ruhig. Am Abend gab er bekannt, er wolle zurücktreten.", "de", "er wolle zurücktreten", "er", id="german_inverted_pronoun_subject_de"),
    pytest.param("Dem Sender sagte die Ministerin am Montag, sie werde nicht zurücktreten.", "de", "sie werde nicht zurücktreten", "die Ministerin", id="german_dative_before_the_cue_is_not_the_speaker_de"),
    pytest.param("But their spokesman said on Friday that the bridge would open in May.", "en", "the bridge would open in May", "their spokesman", id="possessive_phrase_and_opening_conjunction_en"),
])
def test_the_speaker_as_written(text: str, lang: str | None, needle: str, speaker: str) -> None:
    doc = analyse(text, lang=lang)
    assert source_text(doc, one(doc, needle)) == speaker


def test_passive_without_agent_names_no_source_de() -> None:
    doc = analyse("Der Bericht lobt die Behörden. Insbesondere wird kritisiert, dass die Fristen zu kurz gewesen seien.")
    a = one(doc, "die Fristen zu kurz")
    assert a.source_span is None
    assert all(s.name != "Insbesondere" for s in doc.sources)


def test_genitive_determiner_opens_no_subject_de() -> None:
    doc = analyse("Die Ministerin sagte, der Plan sei gut. Des Weiteren erklärte sie, man habe genug Geld.")
    assert all(s.name not in ("Des", "Weiteren", "Des Weiteren") for s in doc.sources)


def test_addressee_medium_is_a_downstream_link_not_the_speaker_de() -> None:
    doc = analyse("Die Lage sei ernst, sagte Demir der Nachrichtenagentur AFP.")
    a = one(doc, "Die Lage sei ernst")
    assert source_text(doc, a) == "Demir"
    assert [(v.name, v.position) for v in a.via] == [("AFP", "downstream")]


def test_quoting_outlet_relays_the_one_quoted_de() -> None:
    doc = analyse("Die Zeitung «Morgenpost» zitiert den Bürgermeister mit den Worten: «Wir bauen die Brücke neu.»")
    a = one(doc, "Wir bauen die Brücke neu")
    assert source_text(doc, a) == "den Bürgermeister"
    assert [v.name for v in a.via] == ["Morgenpost"]


def test_quoted_as_saying_en() -> None:
    doc = analyse("The Tribune quoted a city engineer as saying that the bridge was unsafe.", lang="en")
    a = one(doc, "the bridge was unsafe")
    assert source_text(doc, a) == "a city engineer"
    assert [(v.name, v.position) for v in a.via] == [("Tribune", "downstream")]


def test_according_to_after_a_cue_is_a_chain_link_en() -> None:
    doc = analyse("The mayor told residents that the bridge would reopen, according to a statement from her office.", lang="en")
    a = one(doc, "the bridge would reopen")
    assert source_text(doc, a) == "The mayor"
    assert doc.span_text(a.content[0]) == "that the bridge would reopen"
    assert [v.position for v in a.via] == ["downstream"]


def test_headlines_and_subheadings_are_not_speech() -> None:
    text = "Minister kritisiert Brückenplan\n\nDer Minister sagte, der Plan sei zu teuer.\n\nKritik aus der Opposition\n\nDie Opposition erklärte, man werde klagen."
    doc = analyse(text)
    assert [doc.span_text(a.content[0]) for a in doc.attributions] == ["der Plan sei zu teuer", "man werde klagen"]


def test_addressee_in_quotes_is_skipped_before_the_content_de() -> None:
    doc = analyse("Er sagte der Zeitung «Kurier», man werde weiter verhandeln.")
    a = one(doc, "man werde weiter verhandeln")
    assert doc.span_text(a.content[0]) == "man werde weiter verhandeln"
    assert [v.name for v in a.via] == ["Kurier"]


def test_a_pronoun_subject_takes_no_words_after_it() -> None:
    doc = analyse("Mayor Ann Lee was cheerful. She went out of her way to say that the budget was sound.", lang="en")
    a = one(doc, "the budget was sound")
    assert source_text(doc, a) == "She"
    assert all("went" not in s.name for s in doc.sources)


def test_german_parse_finds_the_subject_inside_a_relative_clause_de() -> None:
    # the rules took the sentence's first noun ("Anlass"); the parse names the clause's own subject
    doc = analyse("Anlass war ein Interview der Abgeordneten, in dem sie gesagt hatte, sie habe keine Fehler gemacht.", lang="de")
    a = one(doc, "sie habe keine Fehler gemacht")
    assert source_text(doc, a) == "sie"
    assert all(s.name != "Anlass" for s in doc.sources)


def test_german_parse_subject_with_a_parenthesis_de() -> None:
    doc = analyse("Maria Beispiel von der Stadtverwaltung Kleinhafens (Amt für Umwelt, AfU) sagte, die Werte "
                  "seien unbedenklich.", lang="de")
    a = one(doc, "die Werte seien unbedenklich")
    src = source_text(doc, a)
    assert src is not None and src.startswith("Maria Beispiel")


def test_english_function_words_are_data() -> None:
    # issue 7: the English words the speaker rules read come from resources/en/lexicon.json
    from sourcetrace.resources import load
    from sourcetrace.steps.lexicon import CONJ_START, PREPOSITIONS_EN, REL_PRONOUNS, lang

    data = load("en", "lexicon")
    for key in ("prepositions", "clause_openers", "relative_pronouns", "possessive_determiners", "verb_prefixes"):
        assert key in data["_origin"] and data[key]
    assert set(data["prepositions"]) == PREPOSITIONS_EN
    assert {"but", "however"} <= CONJ_START and {"und", "aber"} <= CONJ_START
    assert {"who", "whose"} <= REL_PRONOUNS and "welche" in REL_PRONOUNS
    assert "their" in lang("en").possessive_determiners and not lang("de").possessive_determiners


def test_fronted_prepositional_phrase_is_not_the_speaker_en() -> None:
    # a weak parse makes "part" the subject of "said"; a subject behind a preposition and a comma is an adverbial
    doc = analyse("For her part, Governor Ana Ruiz said she planned to stay in the race until the spring.", lang="en")
    a = one(doc, "she planned to stay in the race")
    assert source_text(doc, a) == "Governor Ana Ruiz"
    assert all("part" not in s.name for s in doc.sources)


def test_tag_inside_the_clause_speaks_not_the_clause_subject_en() -> None:
    # "Cheap housing, Ms. Ruiz often says, is …": an adverb in the tag; the parse's subject is the clause's
    doc = analyse("Cheap housing, Ms. Ruiz often says, is the best cure for a shrinking town.", lang="en")
    a = one(doc, "the best cure for a shrinking town")
    assert source_text(doc, a) == "Ms. Ruiz"
    assert [doc.span_text(c) for c in a.content] == ["Cheap housing", "is the best cure for a shrinking town"]


def test_adverb_after_a_tag_is_no_part_of_the_claim_en() -> None:
    doc = analyse("The ferry, the harbour master has said repeatedly, will run until the ice comes.", lang="en")
    a = one(doc, "will run until the ice comes")
    assert source_text(doc, a) == "the harbour master"
    assert [doc.span_text(c) for c in a.content] == ["The ferry", "will run until the ice comes"]


def test_quotation_then_an_adverbial_then_the_tag_en() -> None:
    # the author's phrase or clause after the quotation ("in that contract", "while they were in
    # charge") goes on to the tag; the speaker is the name after the last comma
    text = ("Tom Reed runs the harbour board.\n\n“We must read what is written” in that contract, Reed said.\n\n"
            "“The council ignored the engineers” while they were in charge, Reed said.")
    doc = analyse(text, lang="en")
    for words in ("We must read what is written", "The council ignored the engineers"):
        a = one(doc, words)
        assert a.mode == "direct" and source_text(doc, a) == "Reed"
        assert [doc.span_text(c) for c in a.content] == [words]


def _named(doc: Document, needle: str) -> str | None:
    from tests.attribution_helpers import source_name

    return source_name(doc, one(doc, needle))


def test_pronoun_agrees_in_gender_with_the_person_it_means_en() -> None:
    text = ("Mayor Ann Lee met the businessman Tom Reed at the harbour on Monday.\n\n"
            "Reed said the hotel would bring 200 jobs. Lee said the plan would need a vote of the council.\n\n"
            "“We will start in May,” he said.\n\n“We have not seen the plans yet,” she said.")
    doc = analyse(text, lang="en")
    assert _named(doc, "We will start in May") == "Tom Reed"
    assert _named(doc, "We have not seen the plans yet") == "Ann Lee"


def test_he_never_means_a_woman_en() -> None:
    # the only person named before is a woman (her title tells): "he" stays unresolved
    doc = analyse("Mrs. Okafor said the ferry was late again.\n\n“The timetable is a fiction,” he said.", lang="en")
    a = one(doc, "The timetable is a fiction")
    assert source_text(doc, a) == "he"
    assert all(s.name != "Okafor" for s in doc.sources if s.id == a.source)


def test_two_given_names_with_one_surname_are_two_persons_en() -> None:
    doc = analyse("Paul Okafor said the ferry was late. Nancy Okafor said the bus was late too.", lang="en")
    assert _named(doc, "the ferry was late") == "Paul Okafor"
    assert _named(doc, "the bus was late too") == "Nancy Okafor"


def test_role_description_means_a_person_named_before_en() -> None:
    # "the businessman" names no one: the person the text names most often before it, never the
    # one named in the description's own clause; "Reed’s lawyer" is someone of Reed's, a source of its own
    text = ("Tom Reed wants to build a hotel at the harbour. Mayor Ann Lee opposes the plan.\n\n"
            "The businessman said the hotel would bring 200 jobs.\n\n"
            "The Ohio businessman has praised Lee, saying she was a fair opponent.\n\n"
            "Reed’s lawyer said the papers were filed on Monday.")
    doc = analyse(text, lang="en")
    assert _named(doc, "the hotel would bring 200 jobs") == "Tom Reed"
    assert _named(doc, "she was a fair opponent") == "Tom Reed"
    assert _named(doc, "the papers were filed") == "Reed’s lawyer"
    assert not any(s.name in ("businessman", "Ohio businessman") for s in doc.sources)


def test_person_named_by_a_given_name_is_known_to_a_later_pronoun_en() -> None:
    # Nora Quist says nothing, but a later "she" means her, not the man who spoke before
    text = ("Paul Okafor said the ferry would be late again.\n\nNora Quist waited at the pier for two hours.\n\n"
            "“The boat never came,” she said.")
    doc = analyse(text, lang="en")
    assert _named(doc, "The boat never came") == "Nora Quist"


def test_participle_after_an_irregular_main_verb_has_its_subject_en() -> None:
    # "went" is no verb by spelling: the parse's main verb gives the subject of "saying"
    doc = analyse("Ana Ruiz went on offense against Liberal front-runner Tom Reed on Monday, saying he would give up the harbour.", lang="en")
    a = one(doc, "he would give up the harbour")
    assert source_text(doc, a) == "Ana Ruiz"


def test_bare_office_is_no_person_named_before_en() -> None:
    # "the mayor" may be someone the text never names; "the Ohio businessman" is an epithet for Reed
    text = ("Tom Reed wants to build a hotel at the harbour.\n\nThe mayor said in a statement that the ferry would run.\n\n"
            "The Ohio businessman said the hotel would open in May.")
    doc = analyse(text, lang="en")
    assert _named(doc, "that the ferry would run") == "mayor"
    assert _named(doc, "the hotel would open in May") == "Tom Reed"
