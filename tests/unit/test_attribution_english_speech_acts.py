"""English speech acts on real-article constructions, with sentences of our own (issue 7): who
speaks, what they said, and sources that name no one left out of the source list."""

from __future__ import annotations

from tests.attribution_helpers import analyse, en, one, parsed, source_name, source_text

import sourcetrace
from sourcetrace.steps.attribution.context import Context
from sourcetrace.steps.attribution.style import _clause
from sourcetrace.steps.lexicon import lang


def test_phrase_after_a_cue_that_is_followed_by_a_verb_is_no_inverted_speaker() -> None:
    doc = en("The girl, who wore a red hat and said her name was Ann, waved at the crowd.")
    assert not any(source_text(doc, a) == "her name" for a in doc.attributions)
    assert "her name" not in [s.name for s in doc.sources]


def test_share_of_people_keeps_its_mention_but_is_no_listed_source() -> None:
    doc = en("Asked about the ferry, 59 percent said the service was too slow.\n\n"
                  "Less than a third said the fares were fair.")
    a = one(doc, "the service was too slow")
    assert source_text(doc, a) == "59 percent" and a.source is None
    assert a.rule.endswith("+names_nobody")
    assert not any(s.name in ("59 percent", "Less than a third") for s in doc.sources)


def test_headline_verb_before_a_name_is_no_first_name() -> None:
    doc = en("Lee Says Rivals Cheated, Calls Rossi’s Remarks ‘Troubling.’\n\n"
                  "Ann Lee said the count was wrong. “Rossi, if you are listening, check the files,” Rossi told a news conference.")
    a = one(doc, "if you are listening")
    assert source_name(doc, a) == "Rossi"
    assert not any(s.name.startswith("Calls") for s in doc.sources)


def test_a_tag_after_an_exclamation_gives_its_speaker() -> None:
    doc = en("The mayor met the pupils on Friday.\n\n"
                  "“Build the new bridge now!” Lee said in response. “It is overdue.”")
    a = one(doc, "Build the new bridge now!")
    # (an exclamation and its capitalised tag are one sentence since session 29: the tag is the quotation's cue)
    assert a.rule == "attr.direct.en.quote_speaker_cue"
    assert source_text(doc, a) == "Lee"
    assert not any(doc.span_text(c) == "in response" for b in doc.attributions for c in b.content)


def test_question_before_a_tag_sentence_is_no_claim_but_has_its_speaker_in_polnear_conventions() -> None:
    text = "The mayor met the pupils on Friday.\n\n“How long will the new bridge be?” Lee said in response."
    assert en(text).attributions == []
    doc = sourcetrace.analyze(text, date="2024-10-13", lang="en", conventions="polnear")
    a = one(doc, "How long will the new bridge be?")
    assert a.rule == "attr.direct.en.quote_speaker_cue" and source_text(doc, a) == "Lee"


def test_questions_requests_and_judgements_without_a_clause_claim_nothing() -> None:
    text = ("The mayor met the pupils on Friday.\n\n“Is the bridge safe?” the senator asked. "
            "The senator asked whether the budget was balanced. Lee asked Rossi about the delay. "
            "Lee condemned the attack. Lee said the plan was fair.")
    doc = en(text)
    assert [[doc.span_text(c) for c in a.content] for a in doc.attributions] == [["the plan was fair"]]
    polnear = sourcetrace.analyze(text, date="2024-10-13", lang="en", conventions="polnear")
    assert len(polnear.attributions) > 1


def test_tag_sentence_with_a_clause_of_its_own_is_no_tag() -> None:
    doc = en("The mayor met the pupils on Friday.\n\n“Is it safe?” Lee said the engineers had checked it.")
    assert not any(a.rule == "attr.direct.en.tag_after_quote" for a in doc.attributions)


def test_name_before_its_description_is_the_source() -> None:
    doc = en("General Mark Ruiz, chairman of the Harbour Board, told local media the dredging was a success.")
    a = one(doc, "the dredging was a success")
    assert source_name(doc, a) == "Mark Ruiz"
    assert source_text(doc, a) == "General Mark Ruiz, chairman of the Harbour Board"


def test_name_after_a_description_is_the_source() -> None:
    doc = en("The mayor met the pupils on Friday.\n\n"
                  "In a statement to the Herald, her chief of staff, Tom Reed, said: “The mayor believes the harbour deal is essential.”")
    a = one(doc, "harbour deal is essential")
    assert source_name(doc, a) == "Tom Reed"


def test_setting_of_the_speech_act_is_no_part_of_the_claim() -> None:
    doc = en("The mayor met the pupils on Friday.\n\n"
                  "Lee said the count was wrong on Wednesday at a rally in Dayton.\n\n"
                  "Rossi said the ferry was late in an interview.")
    assert [doc.span_text(c) for c in one(doc, "the count was wrong").content] == ["the count was wrong"]
    assert [doc.span_text(c) for c in one(doc, "the ferry was late").content] == ["the ferry was late"]


def test_setting_of_a_plan_stays_in_the_claim() -> None:
    doc = en("The mayor met the pupils on Friday.\n\n"
                  "Lee said she would speak at a rally on Friday.\n\n"
                  "Rossi said the count was wrong at a rally.")
    assert [doc.span_text(c) for c in one(doc, "she would speak").content] == ["she would speak at a rally on Friday"]
    assert [doc.span_text(c) for c in one(doc, "the count was wrong").content] == ["the count was wrong at a rally"]


def test_untagged_quotation_after_a_tagged_one_is_an_attribution_of_its_own() -> None:
    doc = en("The mayor met the pupils on Friday.\n\n“The bridge is safe,” the engineer said. “We checked every bolt twice.”")
    got = sorted((a.rule.split("+")[0], [doc.span_text(c) for c in a.content]) for a in doc.attributions)
    assert got == [("attr.direct.en.quote_speaker_cue", ["The bridge is safe"]),
                   ("attr.direct.untagged", ["We checked every bolt twice"])]
    a = one(doc, "We checked every bolt")
    assert a.cue is None and source_name(doc, a) == "engineer"


def test_polnear_conventions_join_the_quotations_with_their_marks() -> None:
    doc = sourcetrace.analyze("The mayor met the pupils on Friday.\n\n“The bridge is safe,” the engineer said. “We checked every bolt twice.”",
                              date="2024-10-13", lang="en", conventions="polnear")
    a = one(doc, "The bridge is safe")
    assert [doc.span_text(c) for c in a.content] == ["“The bridge is safe,”", "“We checked every bolt twice.”"]


def test_unknown_conventions_are_refused() -> None:
    import pytest

    from sourcetrace.errors import InputError

    with pytest.raises(InputError, match="conventions 'brat'"):
        sourcetrace.analyze("The mayor said the bridge was safe.", conventions="brat")


def test_headline_states_no_speech_act_in_the_seed_style() -> None:
    text = "Lee Says Bridge Is Safe, Calls Repairs ‘Urgent’\n\nAnn Lee, the mayor, spoke to the council on Monday."
    assert not any(a.rule == "attr.indirect.en.headline" for a in en(text).attributions)
    polnear = sourcetrace.analyze(text, date="2024-10-13", lang="en", conventions="polnear")
    assert any(a.rule == "attr.indirect.en.headline" for a in polnear.attributions)


def test_verb_of_belief_in_the_content_ends_nothing() -> None:
    doc = en("The mayor met the pupils on Friday.\n\n"
                  "However, he said the March call made him realize Rossi and the mayor still believed the city needed to sell the port.")
    a = one(doc, "the March call")
    assert doc.span_text(a.content[-1]).endswith("needed to sell the port")


def test_relative_clause_after_a_participle_is_no_claim() -> None:
    doc = en("The mayor met the pupils on Friday.\n\nRossi was the third witness testifying on Monday who listened in on the call.")
    assert doc.attributions == []


def test_subject_with_an_apposition_after_but_is_the_speaker() -> None:
    doc = en("The mayor met the pupils on Friday.\n\nThe mayor Ann Lee has been eager to sell, but General Mark Ruiz, "
                  "chairman of the Harbour Board, told local media this month that the port is likely to stay open.")
    a = one(doc, "the port is likely to stay open")
    assert source_name(doc, a) == "Mark Ruiz"


def test_body_after_a_rank_like_word_is_no_person() -> None:
    doc = en("The mayor met the pupils on Friday.\n\nIt was under Mayor Ann Rossi that the General Assembly set up a new office. "
                  "In an interview, she said she hoped a younger colleague would follow her.")
    a = one(doc, "she hoped a younger colleague")
    assert source_name(doc, a) == "Ann Rossi"
    assert "Assembly" not in [s.name for s in doc.sources]


def test_speech_act_whose_object_is_a_noun_phrase_claims_nothing() -> None:
    # verbs inside the noun phrase ("to find", "for having delayed") make no clause of it
    doc = en("The harbour minister praised efforts by the envoy to find a settlement in the valley.\n\n"
                  "Tom Reed criticized the decision of the board to close the ferry.")
    assert doc.attributions == [], [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]


def test_clause_after_a_verb_of_saying_stays_a_claim() -> None:
    doc = en("The mayor said rebels shelled the town overnight and then left.")
    a = one(doc, "rebels shelled the town")
    assert source_text(doc, a) == "The mayor"


def test_copula_with_a_particle_after_it_is_a_clause() -> None:
    # the parse makes the particle "off" the predicate: still a clause, so a claim
    doc = en("The harbour master said the ferry was off.")
    a = one(doc, "the ferry was off")
    assert source_text(doc, a) == "The harbour master"


def test_copula_whose_predicate_the_parse_hangs_on_a_name_is_a_clause() -> None:
    # a parse that makes the name the head and hangs the copula's predicate on it
    # ("ministers" as nmod:desc of "Ida"): the predicate still has its subject and copula
    doc = parsed("The owners are ministers Ida Varga , who fled", [
        ("The", "DET", "det", 1), ("owners", "NOUN", "nsubj", 3), ("are", "AUX", "cop", 3),
        ("ministers", "NOUN", "nmod:desc", 4), ("Ida", "PROPN", "root", 4), ("Varga", "PROPN", "flat", 4),
        (",", "PUNCT", "punct", 8), ("who", "PRON", "nsubj", 8), ("fled", "VERB", "acl:relcl", 4)])
    ctx = Context(doc)
    assert _clause(ctx, list(range(9)), say=False, lx=lang("en"))
    # a noun phrase with a relative clause claims nothing: "the attack, which killed ten"
    doc = parsed("the attack , which killed ten", [
        ("the", "DET", "det", 1), ("attack", "NOUN", "root", 1), (",", "PUNCT", "punct", 4),
        ("which", "PRON", "nsubj", 4), ("killed", "VERB", "acl:relcl", 1), ("ten", "NUM", "obj", 4)])
    assert not _clause(Context(doc), list(range(6)), say=False, lx=lang("en"))


def test_addressee_before_that_is_no_part_of_the_claim() -> None:
    doc = en("Lee has been criticized for telling the farmers that they would earn more by selling the land.")
    a = one(doc, "earn more by selling the land")
    assert [doc.span_text(c) for c in a.content] == ["that they would earn more by selling the land"]


def test_pronoun_means_the_speaker_of_a_speech_act_that_claims_nothing() -> None:
    # the claim of responsibility is no attribution, but "it" means the one who made it
    doc = en("Two soldiers died when their helicopter crashed, the army said on Monday.\n\n"
                  "The Northern Front, however, claimed responsibility for the attack on the helicopter, "
                  "which it said came down near the hills south of the port.")
    a = one(doc, "came down near the hills south of the port")
    assert source_name(doc, a) == "Northern Front"
    assert not any("responsibility" in doc.span_text(c) for x in doc.attributions for c in x.content)


def test_commitment_in_an_infinitive_claims_nothing() -> None:
    from sourcetrace.document import Span
    from sourcetrace.steps.attribution.context import Context
    from sourcetrace.steps.attribution.style import claims_nothing
    from sourcetrace.steps.candidates import Cand
    from sourcetrace.steps.lexicon import lang

    text = "Ann Lee vowed not to raise the fares again. The bridge is said to be the oldest in the region."
    ctx = Context(en(text))

    def cand(cue: str, content: str) -> Cand:
        c0, k0 = text.index(cue), text.index(content)
        return Cand("indirect", [Span(k0, k0 + len(content))], Span(c0, c0 + len(cue)), Span(0, 7), "attr.indirect.en.v2", 0)

    assert claims_nothing(ctx, cand("vowed", "not to raise the fares again"), lang("en"))  # a commitment
    assert not claims_nothing(ctx, cand("said", "to be the oldest in the region"), lang("en"))  # hearsay: "is said to"


def test_verb_after_to_in_a_noun_phrase_object_makes_no_clause() -> None:
    doc = en("Ann Lee reminded the voters of her plan to close the old ferry terminal.")
    assert doc.attributions == [], [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]


def test_noun_cue_inside_a_whether_clause_claims_nothing() -> None:
    doc = analyse("When asked whether the mayor’s claim that the bridge was safe was right, most residents said it was not.\n\n"
                  "The mayor’s claim that the ferry was late was wrong, the engineers said.", "en", conventions="polnear")
    assert not any(doc.span_text(a.content[0]) == "that the bridge was safe" for a in doc.attributions)
    assert any(doc.span_text(a.content[0]).startswith("that the ferry was late") for a in doc.attributions)



def test_clause_of_circumstance_after_a_cue_is_no_claim() -> None:
    doc = en("Tom Reed replied calmly as he watched the mayor’s address on television.")
    assert not any(doc.span_text(c).startswith("he watched") for a in doc.attributions for c in a.content)


def test_speech_act_with_a_preposition_leaves_the_next_cue_its_quotation() -> None:
    # "joking with the voters" claims nothing and does not swallow the participle after it
    doc = en("Reed took a risk by joking with the voters, telling the audience, “I’m a fisherman like you, folks,” "
                  "and, “Does anyone here not fish?”")
    a = one(doc, "fisherman like you")
    assert a.mode == "direct" and [doc.span_text(c) for c in a.content] == ["I’m a fisherman like you, folks,"]
    assert source_text(doc, a) == "Reed"
    assert not any(doc.span_text(c).startswith("with the voters") for x in doc.attributions for c in x.content)


def test_a_prediction_with_a_clause_is_a_claim_an_expectation_is_not() -> None:
    # attrdev README (tenth set): "predicted that …" is required; expectation, hope and fear are
    # the author's sentence, no attribution
    doc = en("Two economists at the port authority predicted that freight volumes would fall by winter.")
    assert [(a.mode, doc.span_text(a.cue) if a.cue else None) for a in doc.attributions] == [("indirect", "predicted")]
    assert [doc.span_text(c) for c in doc.attributions[0].content] == ["that freight volumes would fall by winter"]
    assert en("Two economists at the port authority expect that freight volumes will fall by winter.").attributions == []
    # with a noun phrase it claims nothing (the seed style), nor in an as-clause of what came true
    assert en("The harbour master predicted a quiet winter.").attributions == []
