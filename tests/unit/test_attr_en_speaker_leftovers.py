"""English speakers and sources (session 31, issue 7 leftovers), on sentences we wrote: a show named in a
fronted phrase is no speaker, interview transcripts, a closing tag with a participle and a relative
clause, questions opened by an auxiliary, a place after a fronted preposition, the surname opener that
registers a person only with its answer, and firms named with an ampersand or a company suffix."""

from __future__ import annotations

from tests.attribution_helpers import en, one, source_name, source_text, source_type

import sourcetrace
from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.mentions import analyse_mention


def test_a_show_in_a_fronted_phrase_is_no_speaker() -> None:
    doc = en("Budget talks stall.\n\nAppearing on Morning Forum, the senator said the committee would not meet before the holiday.")
    a = one(doc, "committee would not meet")
    assert source_name(doc, a) != "Morning Forum" and "senator" in (source_text(doc, a) or "")
    assert "Morning Forum" not in [s.name for s in doc.sources]


def test_a_show_in_a_fronted_phrase_leaves_the_named_senator() -> None:
    doc = en("Budget talks stall.\n\nSenator Ann Lee met the mayor on Monday. Appearing on Morning Forum, the senator said "
             "the vote would wait until spring.")
    assert source_name(doc, one(doc, "vote would wait")) == "Ann Lee"


def test_a_named_apposition_still_gives_its_role() -> None:
    doc = en("Port news.\n\nTom Reed, the mayor, opened the quay. The mayor said the quay would be busy.")
    assert source_name(doc, one(doc, "quay would be busy")) == "Tom Reed"


def test_closing_tag_with_a_participle_and_a_relative_clause() -> None:
    doc = en("Budget cuts.\n\nThe cuts will hit rural schools first, said an official overseeing the budget, "
             "who asked not to be named.")
    a = one(doc, "rural schools")
    assert [doc.span_text(c) for c in a.content] == ["The cuts will hit rural schools first"]
    assert a.rule == "attr.indirect.en.postposed" and source_type(doc, "rural schools") == "anonymous"


def test_closing_tag_with_a_prepositional_phrase_and_a_relative_clause() -> None:
    doc = en("Harbour plan.\n\nThe plan is dead, said a senior aide to the governor, who spoke to reporters on Monday.")
    a = one(doc, "plan is dead")
    assert [doc.span_text(c) for c in a.content] == ["The plan is dead"]
    assert (source_text(doc, a) or "").startswith("a senior aide to the governor")


def test_an_auxiliary_that_opens_a_question_is_no_part_of_the_name() -> None:
    doc = en("Harbour plan draws fire.\n\nThe council met on Monday.\n\nDid Mary Holm have a statement? "
             "\"We are sad about the vote and we will appeal.\"")
    a = one(doc, "We are sad")
    assert source_name(doc, a) == "Mary Holm" and source_text(doc, a) == "Mary Holm"
    assert a.rule.startswith("attr.direct.untagged")


def test_a_question_with_its_auxiliary_claims_nothing_and_names_the_person() -> None:
    doc = en("Harbour plan.\n\nHas Tom Reed said anything about the vote? He told reporters the vote was fair.")
    assert [s.name for s in doc.sources] == ["Tom Reed"]
    assert [doc.span_text(c) for a in doc.attributions for c in a.content] == ["the vote was fair"]


def test_a_name_that_is_no_question_keeps_its_first_word() -> None:
    doc = en("Film news.\n\nWill Ferrell said the sequel would be filmed in Ohio.")
    assert source_name(doc, one(doc, "sequel")) == "Will Ferrell"


def test_a_place_after_a_fronted_preposition_is_no_part_of_the_name() -> None:
    doc = en("Treaty talks.\n\nIn Paris de Gaulle said the treaty would hold for a generation.")
    a = one(doc, "treaty would hold")
    assert source_text(doc, a) == "de Gaulle" and a.rule.endswith("+speaker.after_place")
    assert next(s.type for s in doc.sources if s.id == a.source) == "person"


def test_a_given_name_after_a_fronted_place_opens_the_name() -> None:
    doc = en("Campus news.\n\nAt Harbour College Ann Lee said the fees would rise next year.")
    assert source_text(doc, one(doc, "fees would rise")) == "Ann Lee"


def test_a_fronted_place_with_a_comma_is_cut_as_before() -> None:
    doc = en("Treaty talks.\n\nIn Paris, Ann Lee said the treaty would hold.")
    a = one(doc, "treaty would hold")
    assert source_text(doc, a) == "Ann Lee" and "after_place" not in a.rule


def test_named_transcript_lines_are_their_speakers_words_and_questions_claim_nothing() -> None:
    doc = en("Talking ports\n\nWe spoke with Dana Kirsch and Lars Ebb, who run the new ferry line.\n\n"
             "Ledger: Why did the line start so late?\n\n"
             "Dana: Two boats failed their tests in May. The line opened in June instead.\n\n"
             "Lars: We carried nine thousand people in the first month.\n\n"
             "Ledger: What comes next?\n\n"
             "Dana: A night crossing, once the harbour lights are fixed.\n\n"
             "Lars: And a second boat for the winter.")
    assert source_name(doc, one(doc, "Two boats failed")) == "Dana Kirsch"
    assert source_name(doc, one(doc, "nine thousand")) == "Lars Ebb"
    assert one(doc, "night crossing").rule == "attr.direct.en.transcript_named"
    assert not any("started so late" in doc.span_text(c) or "comes next" in doc.span_text(c)
                   for a in doc.attributions for c in a.content)


def test_labels_once_each_are_no_transcript() -> None:
    doc = en("Harbour cake\n\nThe harbour cafe bakes its Brown Sugar Cake with Sea Salt for the ferry crews.\n\n"
             "Brown Sugar: Use a dark one for a deeper taste of caramel.\n\n"
             "Sea Salt: Add a pinch before the dough rests for an hour.")
    assert not any(a.rule == "attr.direct.en.transcript_named" for a in doc.attributions)


def test_a_single_label_line_is_no_transcript() -> None:
    doc = en("Storm warning\n\nUpdate: The storm will reach the coast on Friday, the weather office said.")
    assert [source_name(doc, a) for a in doc.attributions] == ["weather office"]


def test_answer_lines_of_an_interview_are_the_interviewees() -> None:
    doc = en("Talking harbours with the port chief\n\nWe spoke with Mary Holm, who has run the port for ten years.\n\n"
             "Q: Is the harbour too small for the new ships?\n\nA: It is, and we need a new quay by 2028.\n\n"
             "Q: Who pays for it?\n\nA: The state pays half and the city the rest.")
    a = one(doc, "new quay by 2028")
    assert a.rule == "attr.direct.en.transcript_answer" and source_name(doc, a) == "Mary Holm"
    assert source_name(doc, one(doc, "state pays half")) == "Mary Holm"
    assert not any("too small" in doc.span_text(c) for a in doc.attributions for c in a.content)


def test_the_surname_opener_registers_its_person_only_with_its_answer() -> None:
    from sourcetrace.steps.sources.anaphora import paragraph_subject_before
    from sourcetrace.steps.sources.registry import Registry

    text = "The board met Tom Holm Jr. on Monday.\n\nHolm regards the plan as weak. She says the vote must wait."
    doc = sourcetrace.analyze(text, date="2025-05-06", lang="en")
    reg = Registry(doc)
    assert paragraph_subject_before(reg, doc, text.index("She says"), "f") is None
    assert reg.sources == []  # a woman's pronoun: no answer, and no person registered on the way
    sid = paragraph_subject_before(reg, doc, text.index("She says"), "m")
    assert sid is not None and reg.get(sid).name == "Tom Holm" and reg.get(sid).rule == "source.person.full_name_in_text"


def test_firms_named_with_an_ampersand_or_a_suffix() -> None:
    en_ = lang("en")
    for text, name in (("Pacific Harbor Gas & Electric Co.", "Pacific Harbor Gas & Electric Co."), ("Marsh & Field", "Marsh & Field"),
                       ("the Lake Holdings Inc.", "Lake Holdings Inc."), ("PH&E", "PH&E")):
        info = analyse_mention(text, en_)
        assert (info.name, info.type) == (name, "company"), text
    group = analyse_mention("PH&E officials", en_)
    assert (group.name, group.type, group.aliases) == ("PH&E", "company", ["PH&E officials"])
    assert analyse_mention("A source at Marsh & Field Inc.", en_).type == "anonymous"
    assert analyse_mention("Ann Lee & Tom Reed", en_).type == "person"


def test_a_firms_people_speak_for_the_firm_and_its_short_name_keeps_the_full_one() -> None:
    doc = en("Utility raises rates\n\nPacific Harbor Gas & Electric Co. began cutting power on Tuesday.\n\n"
             "PHG&E officials said the outages would end by Friday. Lake Holdings Inc. officials said the mill would close.")
    a = one(doc, "outages would end")
    firm = next(s for s in doc.sources if s.id == a.source)
    assert (firm.name, firm.type) == ("PHG&E", "company") and "Pacific Harbor Gas & Electric" in firm.aliases
    assert (source_name(doc, one(doc, "mill would close")), source_type(doc, "mill would close")) == ("Lake Holdings Inc.", "company")


def test_a_show_closing_a_fronted_participle_phrase_is_no_name_with_an_apposition() -> None:
    doc = en("Budget talks stall.\n\nInterviewed on Morning Forum, the senator, a Democrat, said the vote would wait.")
    assert "Morning Forum" not in [s.name for s in doc.sources]
    assert source_text(doc, one(doc, "vote would wait")) == "the senator, a Democrat"


def test_an_article_after_a_fronted_place_opens_the_speaker() -> None:
    doc = en("Bridge works.\n\nIn Springfield the mayor said the bridge would close in June.")
    assert source_text(doc, one(doc, "bridge would close")) == "the mayor"


def test_an_opening_participle_phrase_is_no_subject_and_its_outlet_a_link() -> None:
    doc = en("Budget talks stall.\n\nAppearing on CNN, the senator said the committee would not meet before the holiday.")
    a = one(doc, "committee would not meet")
    assert source_text(doc, a) == "the senator" and [v.name for v in a.via] == ["CNN"]


def test_a_given_name_with_one_line_beside_a_transcripts_speakers_and_no_common_noun_label() -> None:
    doc = en("Storm news\n\nThe storm hit the coast on Friday. Ann Lee of the weather office said more rain would come.\n\n"
             "Update: The storm reached Upton on Saturday, and an update will follow.\n\n"
             "Update: Roads in Upton are closed until Monday. The Update Team posts more at noon.\n\n"
             "Rick Terrill and Mary Kirsch run the ferry.\n\n"
             "Rick: We lost two boats in the storm.\n\nMary: The third one is safe in the harbour.\n\n"
             "Rick: We hope to sail again on Tuesday.")
    assert source_name(doc, one(doc, "third one is safe")) == "Mary Kirsch"
    assert source_name(doc, one(doc, "lost two boats")) == "Rick Terrill"
    assert not any(a.rule == "attr.direct.en.transcript_named" and "Upton" in doc.span_text(a.content[0]) for a in doc.attributions)


def test_a_list_of_names_each_on_one_line_is_no_transcript() -> None:
    # a who's-who list: every name opens one line and what follows describes them, nobody speaks
    doc = en("Harbour vote.\n\nAnn Lee, the finance minister, and Tom Reed, the opposition leader, meet on Monday.\n\n"
             "Ann Lee: The finance minister has led the talks since May and wants a deal by June.\n"
             "Tom Reed: The opposition leader wants a new vote on the budget.")
    assert not any(a.rule.startswith("attr.direct.en.transcript_named") for a in doc.attributions)
    # the same names in a conversation that returns to a speaker are turns
    doc = en("Harbour vote.\n\nAnn Lee, the finance minister, and Tom Reed, the opposition leader, met on Monday.\n\n"
             "Ann Lee: We want a deal by June.\nTom Reed: We want a new vote first.\nAnn Lee: Then there will be no deal at all.")
    assert source_name(doc, one(doc, "no deal at all")) == "Ann Lee"


def test_answers_belong_to_the_interviewee_not_to_the_reporter_named_after_them() -> None:
    doc = en("Harbour talk.\n\nMary Jones, the port director, spoke with our reporter Tom Reed last week.\n\n"
             "Q: Is the quay too small?\nA: It is, and we need a new one.\nQ: When will work start?\nA: Next spring, if the money comes.")
    a = one(doc, "money comes")
    assert a.rule == "attr.direct.en.transcript_answer" and source_name(doc, a) == "Mary Jones"


def test_a_transcript_label_may_open_with_a_title_of_the_lexicon() -> None:
    doc = en("Budget hearing.\n\nSenator Ann Holm questioned Tom Reed, the harbour chief.\n\n"
             "Sen. Holm: Your budget doubled in two years.\nTom Reed: The new quay cost more than we planned.\n"
             "Sen. Holm: Then the plan was wrong from the start.")
    assert source_name(doc, one(doc, "wrong from the start")) == "Ann Holm"
