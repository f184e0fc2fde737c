"""English attribution across the constructions of news copy (sentences of our own; issue 7,
session 11): British spellings before a cue, bare verb forms after an auxiliary, passives with an
agent, fronted quotations with their tags (inverted or not, with long appositions), according-to
in the middle of a sentence, relative clauses and appositions on the speaker, settings ("in a
statement", "told reporters", "wrote on X"), a claim that someone else denies, and the quoted
words of a short quotation that opens a sentence."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import contents, en, one, source_name, source_text

from sourcetrace.steps.syntax import american

# ---- British spellings and bare forms -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The airline apologised to the passengers and said the delay had been caused by a strike.",
    "The prime minister apologised for the delay and said the report would be published in full.",
    "The chancellor organised a summit and said the talks had been productive.",
])
def test_british_verb_before_a_conjoined_cue_keeps_its_subject(text: str) -> None:
    doc = en(text)
    assert len(doc.attributions) == 1
    a = doc.attributions[0]
    assert source_text(doc, a) in ("The airline", "The prime minister", "The chancellor")
    assert doc.span_text(a.cue) == "said"


def test_american_spelling_of_british_word_forms() -> None:
    assert american("apologised") == "apologized"
    assert american("organisation") == "organization"
    assert american("analysed") == "analyzed"
    assert american("favoured") == "favored"
    # spelt so in American English too, or a name
    for word in ("praised", "promising", "surprised", "advisers", "exercise", "hours", "toured", "Louise", "otherwise"):
        assert american(word) is None, word


@pytest.mark.parametrize(("text", "who", "said"), [
    ("The report did show that the river had been polluted for years.", "The report", "that the river had been polluted for years"),
    ("The figures do show that crime has fallen in the city.", "The figures", "that crime has fallen in the city"),
    ("The council would later claim that it had never received the letter.", "The council", "that it had never received the letter"),
])
def test_bare_form_after_an_auxiliary_is_a_cue(text: str, who: str, said: str) -> None:
    doc = en(text)
    assert contents(doc) == [[said]]
    assert source_text(doc, doc.attributions[0]) == who


@pytest.mark.parametrize(("text", "who"), [
    ("Data from the census show that women run a third of the firms.", "Data from the census"),
    ("Leaked records from the firm show that it lost money for years.", "Leaked records from the firm"),
    ("The mayor charges that the council wasted money on the stadium.", "The mayor"),
])
def test_present_tense_that_looks_like_a_noun_before_that(text: str, who: str) -> None:
    doc = en(text)
    assert len(doc.attributions) == 1
    assert source_text(doc, doc.attributions[0]) == who
    assert doc.span_text(doc.attributions[0].content[0]).startswith("that ")


@pytest.mark.parametrize("text", [
    "The TV show that aired on Monday was a hit.",
    "The mayor rejected the charges that were filed.",
    "The network will show the film on Sunday.",
    "Critics would call them dreamers.",
    "Voters will find it hard to choose.",
    "Nobody had any warning of the flood.",
])
def test_bare_form_or_noun_without_a_clause_is_no_cue(text: str) -> None:
    assert en(text).attributions == []


# ---- passives -----------------------------------------------------------------------------------

def test_passive_with_an_agent_and_a_that_clause() -> None:
    doc = en("It was announced by the ministry that the border would reopen.")
    a = one(doc, "the border would reopen")
    assert source_text(doc, a) == "the ministry"
    assert a.rule == "attr.indirect.en.passive_agent"
    doc = en("It has been reported by the Ledger on Monday that the mayor would resign.")
    assert source_name(doc, one(doc, "the mayor would resign")) == "Ledger"


def test_negated_passive_says_nothing() -> None:
    assert en("It was not confirmed by the police that the driver had fled.").attributions == []


def test_quoted_as_saying() -> None:
    doc = en("The mayor was quoted as saying that the ferry would run again by June.")
    assert source_text(doc, one(doc, "the ferry would run again")) == "The mayor"


# ---- fronted quotations and their tags ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“We are not going anywhere,” said Ruth Adler, who has run the bakery since 1988.",
    "“We are not going anywhere,” Ruth Adler said.",
])
def test_fronted_quote_with_inverted_or_plain_tag(text: str) -> None:
    doc = en(text)
    a = one(doc, "We are not going anywhere")
    assert source_name(doc, a) == "Ruth Adler"
    assert a.mode == "direct"


@pytest.mark.parametrize("text", [
    "“The harbour is safe,” Jane Roe, the director of the port authority and a former pilot, told The Daily Ledger.",
    "“The harbour is safe,” Jane Roe, who runs the port authority and flies planes, told The Daily Ledger.",
])
def test_speaker_with_a_long_apposition_before_told_is_no_addressee(text: str) -> None:
    doc = en(text)
    a = one(doc, "The harbour is safe")
    assert source_name(doc, a) == "Jane Roe"
    assert [v.name for v in a.via] == ["Daily Ledger"]


def test_short_opening_quotation_holds_its_own_cue_forms() -> None:
    doc = en("“Every time you say that,” Lee said, “you help the other side.”")
    assert contents(doc) == [["Every time you say that", "you help the other side"]]
    assert source_text(doc, doc.attributions[0]) == "Lee"


def test_quote_after_tag_goes_on_in_the_next_sentence() -> None:
    doc = en("“We had no warning,” said one resident. “The water came in within minutes.”")
    assert source_text(doc, one(doc, "We had no warning")) == "one resident"
    assert source_name(doc, one(doc, "The water came in")) == "one resident"


def test_split_quotation_around_its_tag() -> None:
    doc = en("“We will appeal,” the lawyer said, “because the verdict is wrong.”")
    assert contents(doc) == [["We will appeal", "because the verdict is wrong"]]


# ---- according to, appositions, relative clauses, settings ----------------------------------------

def test_according_to_in_the_middle_of_the_sentence() -> None:
    doc = en("The storm, according to forecasters, will reach the coast on Sunday night.")
    a = one(doc, "will reach the coast")
    assert source_text(doc, a) == "forecasters"
    assert a.mode == "according_to"


@pytest.mark.parametrize(("text", "name"), [
    ("Tom Brandt, who chairs the housing committee, said the rents had doubled in a decade.", "Tom Brandt"),
    ("Jane Roe, a spokeswoman for the agency, said the inspections would continue.", "Jane Roe"),
    ("The union’s leader, Carla Mendes, warned that a strike was likely.", "Carla Mendes"),
    ("Dr. Felix Moreau, the hospital’s chief of surgery, said the wait times had fallen.", "Felix Moreau"),
    ("Even Norway, the closest ally of the country, said it was opposed to the plan.", "Norway"),
])
def test_speaker_with_apposition_or_relative_clause(text: str, name: str) -> None:
    doc = en(text)
    assert len(doc.attributions) == 1
    assert source_name(doc, doc.attributions[0]) == name


@pytest.mark.parametrize(("text", "said"), [
    ("In a statement, the ministry said the vaccine supply was secure.", "the vaccine supply was secure"),
    ("The coach told reporters that the team had trained hard all week.", "that the team had trained hard all week"),
    ("The senator wrote on X that the vote had been postponed.", "that the vote had been postponed"),
    ("The company said in a filing that profits fell by 12 percent.", "that profits fell by 12 percent"),
    ("Officials said on Tuesday that three people had been injured in the fire.", "that three people had been injured in the fire"),
])
def test_setting_between_cue_and_clause(text: str, said: str) -> None:
    assert contents(en(text)) == [[said]]


def test_participle_between_commas_does_not_speak() -> None:
    doc = en("The governor, speaking at a news conference, said the roads would reopen on Monday.")
    assert contents(doc) == [["the roads would reopen on Monday"]]
    assert source_text(doc, doc.attributions[0]) == "The governor"


# ---- a claim someone else denies --------------------------------------------------------------------

def test_charge_someone_denied_is_no_part_of_the_claim() -> None:
    doc = en("Critics complained that the fund had been mismanaged, a charge that Mr. Hale denied, "
                  "noting that the accounts had been audited.")
    complaint = one(doc, "the fund had been mismanaged")
    assert doc.span_text(complaint.content[0]) == "that the fund had been mismanaged"
    assert source_text(doc, complaint) == "Critics"
    note = one(doc, "the accounts had been audited")
    assert source_text(doc, note) == "Mr. Hale"
    assert note.rule.endswith("+relative_speaker")


def test_allegation_after_the_claim_ends_it() -> None:
    doc = en("Residents said the water was unsafe, an allegation the utility rejects.")
    assert contents(doc) == [["the water was unsafe"]]


def test_noun_in_ly_ends_an_apposition_whole() -> None:
    doc = en("Norway, the country's closest ally, said it was opposed to the plan.")
    assert source_text(doc, one(doc, "opposed to the plan")) == "Norway, the country's closest ally"


# ---- junk speakers and speech acts that say nothing ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Having said that, the plan is still too costly.",
    "Let's say the bridge costs $10 million.",
    "Firms that don't disclose their fees lost clients.",
    "The three “gaps” she cited are the budget, the staff and the roads.",
])
def test_turns_suppositions_negations_and_gaps_say_nothing(text: str) -> None:
    assert en(text).attributions == []


def test_complementizer_before_an_interjected_phrase_stays() -> None:
    doc = en("Lee said that, if elected, she would cut taxes.")
    assert contents(doc) == [["that, if elected, she would cut taxes"]]


def test_speaker_inside_a_relative_clause_with_a_gap() -> None:
    doc = en("The fees, which he said were too high, were cut.")
    a = one(doc, "were too high")
    assert source_text(doc, a) == "he"


def test_participle_after_a_preposition_has_the_main_clause_speaker() -> None:
    doc = en("After saying her knee was “so swollen I could not walk,” she was “rushed off” to the hospital.")
    assert len(doc.attributions) == 1
    a = doc.attributions[0]
    assert source_text(doc, a) == "she"
    assert a.rule == "attr.indirect.en.fronted_participle"
    doc = en("After saying that the budget was tight, the mayor cut the bus fares.")
    assert contents(doc) == [["that the budget was tight"]]
    assert source_text(doc, doc.attributions[0]) == "the mayor"


def test_participle_after_a_quotation_takes_the_tags_speaker_not_the_quotes() -> None:
    doc = en("“This town was built on hard work,” she said at a news conference announcing that the city would sue the state.")
    assert source_text(doc, one(doc, "the city would sue the state")) == "she"


@pytest.mark.parametrize(("text", "said"), [
    ("Some say the bridge is unsafe.", "the bridge is unsafe"),
    ("But some note that the mayor has done little.", "that the mayor has done little"),
    ("Many argue that the fare is too high.", "that the fare is too high"),
])
def test_quantifier_alone_is_a_subject_not_an_article(text: str, said: str) -> None:
    doc = en(text)
    assert contents(doc) == [[said]]
    assert doc.attributions[0].source is None  # a quantifier alone names no one


def test_quantifier_in_a_parenthesis_is_a_hedge_not_a_speaker() -> None:
    assert en("The club set a bold - some say reckless - goal to double its members.").attributions == []


def test_participle_after_a_quotation_that_closes_on_its_comma() -> None:
    doc = en('In a statement, the firm said: "The mine was a success when it opened a decade ago," '
                  "adding that its value had doubled.")
    assert source_text(doc, one(doc, "its value had doubled")) == "the firm"


@pytest.mark.parametrize("text", [
    "Lee has a long feud with Tom Reed, now the council leader, who in 2010 said the bridge was safe.",
    "Lee met Tom Reed, who on Monday said the bridge was safe.",
])
def test_relative_pronoun_after_an_apposition_or_before_a_time(text: str) -> None:
    doc = en(text)
    assert source_name(doc, one(doc, "the bridge was safe")) == "Tom Reed"


@pytest.mark.parametrize("text", [
    "The mayor declined to say whether the bridge was safe.",
    "Lee was unable to confirm that the ferry had sunk.",
])
def test_refusal_to_speak_says_nothing(text: str) -> None:
    assert en(text).attributions == []


def test_refusal_after_a_claim_is_no_chain_link() -> None:
    doc = en("He claimed the plan was smart, although he refused to say more.")
    a = one(doc, "the plan was smart")
    assert a.via == []


@pytest.mark.parametrize(("text", "who"), [
    ("Ann Lee spoke first. The council posted on X: “We thank the harbour master for his service.”", "The council"),
    ("Ann Lee spoke first. Tom Reed continued: “The ferry is late again.”", "Tom Reed"),
])
def test_verb_before_a_colon_gives_the_quotation_its_own_speaker(text: str, who: str) -> None:
    doc = en(text)
    a = doc.attributions[-1]
    assert source_text(doc, a) == who
    assert a.rule == "attr.direct.en.colon_subject"


def test_posting_something_is_no_speech_act() -> None:
    assert en("The police posted a video of the crash on Facebook.").attributions == []


def test_tag_after_a_quotation_of_two_sentences_names_its_speaker() -> None:
    doc = en("Lee spoke first. “The rules do not hold. They are wrong,” said widow Ann Lee.")
    a = one(doc, "They are wrong")
    assert source_text(doc, a) == "widow Ann Lee"
    assert a.rule == "attr.direct.en.postposed"


def test_reverend_does_not_end_the_sentence() -> None:
    doc = en("Lee spoke first. “The city will never be the same,” said the Rev. Tom Reed, of Mayfield Church.")
    assert source_text(doc, one(doc, "never be the same")) == "the Rev. Tom Reed"


@pytest.mark.parametrize("text", [
    "The views expressed in the column are the writer's own and not the paper's.",
    "Rangers found him trapped in a shed where he had gone to rest.",
])
def test_participle_on_a_noun_and_a_finding_of_someone_say_nothing(text: str) -> None:
    assert en(text).attributions == []


def test_possessive_her_still_opens_a_clause() -> None:
    assert contents(en("The mayor said her office was closed.")) == [["her office was closed"]]


def test_according_to_reports() -> None:
    doc = en("According to reports, the ferry is offering free tea to anyone who waits.")
    a = one(doc, "the ferry is offering free tea")
    assert a.mode == "according_to"
    assert source_text(doc, a) == "reports"
