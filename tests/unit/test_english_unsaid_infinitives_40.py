"""English attribution of session 40 (issue 7), written as sentences of our own: general behaviours of
English news prose around verbs of saying in a to-infinitive, adding to something, and a speaker's reason after a
tag.

- cue filter `cue.en.unsaid_infinitive`: a verb of saying in a to-infinitive after a word of a prospect
  ("is likely to stress"), an appearance ("seem to agree") or the author's judgement of saying it ("would
  do better to say", "unreasonable for X to claim") reports no speech act that took place: no claim and
  no source (`unsaid_infinitive_heads` of resources/en/cues.json).
- cue filter `cue.en.noun_infinitive`: a to-infinitive on a common noun of the subject ("Her refusal to
  say …", "The promise to add …") tells what the noun is of; the noun is no speaker and nothing was said.
  A noun of a person stays ("The first senator to say …"), and so does a verb of the subject's before it
  ("went well out of his way to insist …").
- `reported_object_exclude` (resources/en/lexicon.json): "adds to the confusion" makes something greater, no
  speech act.
- `attr.indirect.en.clause_speaker_cue+reason`: after a tag set off by commas in mid-sentence, a clause of
  reason ("…, the mayor said, because …") is still what the speaker said, part of the claim.
"""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, joined_contents, names, one, source_name

# ---- cue.en.unsaid_infinitive --------------------------------------------------------------------

def test_a_prospect_of_saying_is_no_claim() -> None:
    doc = en_after_headline("The harbor board is likely to stress that the pier is safe.")
    assert doc.attributions == [] and names(doc) == []


def test_a_verb_of_showing_that_is_expected_is_no_claim() -> None:
    doc = en_after_headline("The port accounts are expected to show that the harbor lost money.")
    assert doc.attributions == [] and names(doc) == []


def test_what_people_seem_to_agree_is_the_authors_view() -> None:
    doc = en_after_headline("Dock workers seem to agree that the pier is unsafe.")
    assert doc.attributions == []


def test_the_authors_judgement_of_saying_it_is_no_claim() -> None:
    doc = en_after_headline("Hale would do better to say that the fund is empty.\n\n"
                            "It would be unreasonable for Hale to claim that the pier was safe.")
    assert doc.attributions == [] and names(doc) == []


def test_going_on_to_say_is_still_saying() -> None:
    doc = en_after_headline("Mayor Tom Hale went on to say that the pier was safe.\n\n"
                            "Ann Roe continued to insist that the ferry would run.")
    assert source_name(doc, one(doc, "the pier was safe")) == "Tom Hale"
    assert source_name(doc, one(doc, "the ferry would run")) == "Ann Roe"


# ---- cue.en.noun_infinitive ----------------------------------------------------------------------

def test_a_refusal_to_say_is_no_speaker() -> None:
    doc = en_after_headline("Her refusal to say who had paid for the pier drew groans from the crowd.")
    assert doc.attributions == [] and names(doc) == []


def test_a_promise_to_add_is_no_speaker() -> None:
    doc = en_after_headline("Promise to add ferries is met with relief among sailors.")
    assert doc.attributions == [] and names(doc) == []


def test_a_verb_of_the_subject_before_the_noun_keeps_the_speaker() -> None:
    doc = en_after_headline("Mayor Tom Hale spoke to the crews on Monday.\n\n"
                            "Hale went well out of his way to insist that the ferry fund was empty.")
    assert any("the ferry fund was empty" in c for c in joined_contents(doc))


def test_a_person_noun_before_the_infinitive_stays_a_speaker() -> None:
    doc = en_after_headline("The first senator to say that the pier was unsafe was Ann Roe.")
    assert any("the pier was unsafe" in c for c in joined_contents(doc))


def test_adding_to_something_is_no_speech_act() -> None:
    doc = en_after_headline("The latest delay adds to the confusion that has surrounded the pier since May.")
    assert doc.attributions == [] and names(doc) == []


def test_added_that_stays_a_speech_act() -> None:
    doc = en_after_headline("Mayor Tom Hale spoke on Monday. He added that the pier was safe.")
    assert source_name(doc, one(doc, "the pier was safe")) == "Tom Hale"


# ---- attr.indirect.en.clause_speaker_cue+reason --------------------------------------------------

def test_a_reason_after_a_mid_sentence_tag_is_part_of_the_claim() -> None:
    doc = en_after_headline("The pier is unsafe, the mayor said, because the beams are rotten.")
    a = one(doc, "The pier is unsafe")
    assert [doc.span_text(c) for c in a.content] == ["The pier is unsafe", "because the beams are rotten"]
    assert a.rule == "attr.indirect.en.clause_speaker_cue+reason"


def test_a_clause_of_circumstance_after_the_tag_is_the_authors() -> None:
    doc = en_after_headline("The pier was closed, lawmakers said on Friday, as they left the hall.")
    a = one(doc, "The pier was closed")
    assert [doc.span_text(c) for c in a.content] == ["The pier was closed"]
    assert a.rule == "attr.indirect.en.clause_speaker_cue"
