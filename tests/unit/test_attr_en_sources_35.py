"""English speakers and sources (session 35, issue 7), on sentences we wrote: a cue whose content is a
noun phrase with no clause of its own reports no speech (`attr.filter.en.noun_object`)."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, joined_contents, one, source_name


def test_a_cue_with_a_noun_phrase_and_no_clause_claims_nothing() -> None:
    doc = en_after_headline("Mayor Tom Reed avoided touting the successes of the harbor plan, or even linking himself to it. "
                            "The United States responded warmly by lifting sanctions and providing $50 million in aid. "
                            "The rebels have maintained a strong presence in the valley since May. "
                            "People in the port were still talking about Jane Doe.")
    assert joined_contents(doc) == []
    assert [s.name for s in doc.sources] == []


def test_a_cue_with_a_clause_or_a_quotation_still_claims() -> None:
    doc = en_after_headline("Tom Reed maintained that the harbor plan was sound. "
                            "Ann Holt responded that the council had never seen the figures.")
    assert source_name(doc, one(doc, "harbor plan was sound")) == "Tom Reed"
    assert source_name(doc, one(doc, "never seen the figures")) == "Ann Holt"


def test_a_verb_of_saying_keeps_a_content_the_parse_may_misread() -> None:
    doc = en_after_headline("Ann Holt said officers searched the harbor office on Monday.")
    assert source_name(doc, one(doc, "officers searched the harbor office")) == "Ann Holt"


def test_a_quoted_fragment_is_no_claim_but_its_speaker_goes_on() -> None:
    doc = en_after_headline("The mayor backed the new pier. For that she drew Tom Reed's anger - he called her \"reckless\" "
                            "and said she had \"no plan\" for the harbor.\n\n"
                            "\"Nobody asked the fishermen. Nobody asked the ferry crews either.\"")
    assert joined_contents(doc) == ["Nobody asked the fishermen. Nobody asked the ferry crews either"]
    a = one(doc, "Nobody asked the fishermen")
    assert a.rule == "attr.direct.untagged+inherit" and a.source is not None  # the fragment's speaker, an anchor, goes on


def test_a_silent_speaker_after_a_dateline_and_a_fronted_phrase_is_named() -> None:
    doc = en_after_headline("SPRINGFIELD, Ore. \u2014 At a rally here last week, Tom Reed called it \u201ca waste of money.\u201d "
                            "He said the council had lied about the costs.")
    assert source_name(doc, one(doc, "council had lied")) == "Tom Reed"


def test_he_after_a_paragraph_about_one_man_is_that_man() -> None:
    text = ("\u201cThe pier will be finished by May,\u201d said Tom Lund, who leads the port board.\n\n"
            "Jim Reed, a onetime fisherman from Dover, came back to the town in 2019. He sold his boat a year later. "
            "He now runs the ferry depot.\n\n"
            "\u201cNobody asked the crews what they need,\u201d he said.")
    a = one(en_after_headline(text), "Nobody asked the crews")
    assert source_name(en_after_headline(text), a) == "Jim Reed" and a.rule.endswith("+source.pronoun.paragraph_about")
    # a paragraph that quotes someone is no paragraph about one man: the rule keeps out
    quoted = text.replace("He sold his boat a year later.", "He said \u201cthe boat was too old to keep\u201d and sold it.")
    assert "paragraph_about" not in one(en_after_headline(quoted), "Nobody asked the crews").rule


def test_a_description_before_a_persons_full_name_is_that_person() -> None:
    doc = en_after_headline("\u201cThe ferry is late again,\u201d said Dover resident Whit Symms. \u201cIt always is.\u201d\n\n"
                            "Symms said the town should buy a second boat.\n\n"
                            "The pier is old, Holt of the dock crews said. Ann B. Holt said the union would meet in May.")
    assert sorted(s.name for s in doc.sources) == ["Ann B. Holt", "Whit Symms"]
    a = one(doc, "The ferry is late again")
    assert source_name(doc, a) == "Whit Symms" and a.rule.endswith("+source.merge.person_named_inside")
    assert source_name(doc, one(doc, "The pier is old")) == "Ann B. Holt"


def test_an_according_to_phrase_before_an_aside_closes_the_claim() -> None:
    doc = en_after_headline("The ferry is losing money, according to the port's own audit - despite a rise in fares last year.\n\n"
                            "Turnout rose to 61 percent, according to exit polls (a record, but one that few expected).\n\n"
                            "Many fishermen - who made up a third of the voters, according to a survey conducted by Harbor Radio "
                            "- oppose the plan.\n\n"
                            "According to the county poll, half of the town (52 percent) wants a new pier.\n\n"
                            "The mayor trails by nine points, according to the polling average in Dover - despite her lead in May.")
    assert joined_contents(doc) == ["The ferry is losing money", "Turnout rose to 61 percent", "who made up a third of the voters",
                                    "half of the town (52 percent) wants a new pier", "The mayor trails by nine points"]
    assert one(doc, "losing money").rule.endswith("+before_aside")
    assert one(doc, "trails by nine points").rule.endswith("+modifier_after")


def test_a_phrase_the_authors_sentence_quotes_is_no_claim() -> None:
    doc = en_after_headline("\u201cThe ferry will run again in May,\u201d Ann Holt said.\n\n"
                            "The plan would be paid for by \u201cclosing the tax loopholes that the big shipping firms have used for years.\u201d\n\n"
                            "Since then, letters have arrived at the depot, many addressed simply to \u201cthe kind people of the harbor office.\u201d\n\n"
                            "Tom Reed said the plan would bring \u201cmore jobs than the old mill ever did.\u201d")
    assert joined_contents(doc) == ["The ferry will run again in May", "the plan would bring \u201cmore jobs than the old mill ever did.\u201d"]


def test_a_speaker_who_quotes_himself_or_reads_a_finding_makes_no_second_claim() -> None:
    doc = en_after_headline("\u201cAs I\u2019ve said before, the pier is safe and the council knows it,\u201d Tom Reed said.\n\n"
                            "\u201cThe latest data shows that the ferry is full on most days,\u201d Ann Holt said.")
    assert joined_contents(doc) == ["As I\u2019ve said before, the pier is safe and the council knows it",
                                    "The latest data shows that the ferry is full on most days"]
    assert [s.name for s in doc.sources] == ["Tom Reed", "Ann Holt"]


def test_a_party_word_before_a_noun_of_a_person_names_someone_of_the_party() -> None:
    doc = en_after_headline("A longtime GOP data expert said the vote on the pier would be close.\n\n"
                            "The Democratic Party said it would not take a side.")
    a = one(doc, "vote on the pier")
    assert source_name(doc, a) == "longtime GOP data expert"
    assert [s.name for s in doc.sources] == ["longtime GOP data expert", "Democratic Party"]
    assert "+source.party.person_head" in next(s for s in doc.sources if s.name == "longtime GOP data expert").rule


def test_an_untagged_quotation_after_its_speakers_own_act_is_theirs() -> None:
    doc = en_after_headline("\u201cThe ferry will run again in May,\u201d Ann Holt said.\n\n"
                            "Tom Reed, a ferry captain, responded first, ripping into the council late on Monday.\n\n"
                            "\u201cNobody asked the crews what they need. The council never came down to the docks.\u201d")
    a = one(doc, "Nobody asked the crews")
    assert source_name(doc, a) == "Tom Reed" and a.rule == "attr.direct.untagged.previous_subject+own_act"
    assert len(doc.attributions) == 2  # ("responded first, ripping into …" claims nothing)


def test_a_verb_of_opinion_keeps_a_clause_the_parse_reads_as_a_phrase() -> None:
    # (review of session 35: the parse reads "needs", "rise" as an adverbial or open complement, no finite verb of a
    # clause; "insist" and "argue" take a clause, object_clause_lemmas of en/cues.json)
    doc = en_after_headline("Tom Reed insisted the town needs a new pier.\n\n"
                            "Ann Holt argued the ferry fares rise every spring.\n\n"
                            "Jim Lund maintained a strong presence on the board.")
    assert source_name(doc, one(doc, "the town needs a new pier")) == "Tom Reed"
    assert source_name(doc, one(doc, "the ferry fares rise every spring")) == "Ann Holt"
    assert len(doc.attributions) == 2  # (a noun object still claims nothing)


def test_a_filtered_speech_act_is_recorded_as_set_aside_with_its_rule() -> None:
    # (review of session 35: the filters that drop a candidate leave no item to carry their rule id)
    doc = en_after_headline("Mayor Tom Reed avoided touting the successes of the harbor plan. "
                            "Her claim that the pier was unsafe angered the crews.\n\n"
                            "\u201cAs I\u2019ve said before, the pier is safe,\u201d Tom Reed said.")
    assert [(x.rule, doc.span_text(x.span) if x.span else None) for x in doc.set_aside] == [
        ("attr.filter.en.noun_cue", "that the pier was unsafe"),
        ("attr.filter.en.noun_object", "the successes of the harbor plan"),
        ("attr.filter.en.quoted_inner", "the pier is safe")]
    assert all(x.note.startswith("no claim: ") for x in doc.set_aside)
    assert joined_contents(doc) == ["As I\u2019ve said before, the pier is safe"]


def test_a_quoted_fragment_set_aside_is_recorded_with_its_rule() -> None:
    doc = en_after_headline("The council voted for the pier. That drew Tom Reed's scorn - he called it \"careless\" and said "
                            "the council had \"no plan\" for the ferry crews.")
    assert joined_contents(doc) == []
    assert [(x.rule, doc.span_text(x.span) if x.span else None) for x in doc.set_aside] == [("attr.filter.en.fragment", "no plan")]
