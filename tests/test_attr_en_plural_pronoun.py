"""English "they" stands for a group or a body named before, never for one person named before
(source.pronoun.plural: resolve.py, `plural_pronouns` / `plural_heads` of resources/en/lexicon.json)."""

from tests.attribution_helpers import en, one, source_name


def test_they_is_the_group_not_the_woman_named_before() -> None:
    doc = en("Ferry dispute\n\nMara Quill spoke to the paper on Friday. The deckhands told the harbor office that the "
             "engine had failed twice. They claimed that the captain had ordered them to keep sailing.\n")
    a = one(doc, "the captain had ordered")
    assert source_name(doc, a) == "deckhands"
    assert "+plural_pronoun" in a.rule


def test_they_is_a_body_named_before() -> None:
    doc = en("Road closed\n\nThe Dunmore Police Department said the bridge road was closed after a crash. "
             "They said the road would reopen on Monday.\n")
    a = one(doc, "would reopen on Monday")
    assert source_name(doc, a) == "Dunmore Police Department"


def test_they_with_only_a_person_before_has_no_source() -> None:
    doc = en("Ferry dispute\n\nTom Berrick said the ferry was late again on Friday. Others who use it see it differently. "
             "They say the timetable has improved since spring.\n")
    a = one(doc, "the timetable has improved")
    assert source_name(doc, a) is None


def test_he_still_is_the_man_named_before() -> None:
    doc = en("Ferry dispute\n\nCaptain Tom Berrick said the engine was sound. He said the deckhands had panicked.\n")
    a = one(doc, "the deckhands had panicked")
    assert source_name(doc, a) == "Tom Berrick"


def test_they_after_someones_campaign_are_that_persons_people() -> None:
    doc = en("Senate race\n\nRep. Dana Whitlock spoke in Tampa on Monday. Whitlock’s campaign is tying the flood bill to her rival. "
             "They are saying the rival's flood bill vote shows he wants to play politics.\n")
    a = one(doc, "the rival's flood bill vote")
    assert source_name(doc, a) == "Dana Whitlock"


def test_examples_after_like_are_no_group_for_they() -> None:
    doc = en("Prison plan\n\nWhile rights groups like the Harbor Liberties Union praised the plan, they said it did not go far enough.\n")
    a = one(doc, "it did not go far enough")
    assert "like" not in (source_name(doc, a) or "")


def test_a_surname_in_s_is_no_group_for_they() -> None:
    # (review rev29b: the plural test read the surname "Rivers" as a plural description)
    doc = en("Club season\n\nCoach Dan Rivers said the team had played well. They said the pitch would be relaid.\n")
    a = one(doc, "the pitch would be relaid")
    assert source_name(doc, a) != "Dan Rivers"
    assert "+plural_pronoun" not in a.rule
