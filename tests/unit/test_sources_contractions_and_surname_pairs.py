"""Source names on new text (issue 7, session 18; sentences of our own): a pronoun with a verb
joined to it ("we've", "you're") is the pronoun, never a listed name; the one addressed ("you
said") is no listed source; two surnames joined by a conjunction ("Reed and Lee") are the two
persons the text names in full, not one source of both names."""

from __future__ import annotations

from tests.attribution_helpers import en, names

from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources import analyse_mention
from sourcetrace.steps.sources.mentions import is_second_person


def test_a_pronoun_with_a_contraction_is_the_pronoun() -> None:
    lx = lang("en")
    for word, bare in (("we've", "we"), ("We’ll", "We"), ("they're", "they"), ("he's", "he")):
        info = analyse_mention(word, lx)
        assert info.pronoun and info.text == bare, word
    # a name that ends the same way stays a name
    assert not analyse_mention("O'Neill's", lx).pronoun


def test_the_one_addressed_is_no_source() -> None:
    lx = lang("en")
    assert is_second_person("you", lx) and is_second_person("You’re", lx) and not is_second_person("Yount", lx)
    doc = en('Mara Holt chairs the board. "You said it would never work," Holt wrote. You said it would never work.')
    assert names(doc) == ["Mara Holt"]


def test_a_contracted_first_person_pronoun_is_listed_under_no_name_of_its_own() -> None:
    doc = en('Ann Vell runs the depot. "We\'ve got to be careful," Vell said. We\'ve been told that the plan is dead.')
    assert names(doc) == ["Ann Vell"]
    assert all("'" not in s.name for s in doc.sources)


def test_two_surnames_joined_are_the_two_persons_named_in_full() -> None:
    doc = en("Tom Reed and Ann Lee testified on Tuesday. Both Reed and Lee said the order came from the top. "
             "Reed and Lee said they were surprised.")
    assert names(doc) == ["Ann Lee", "Tom Reed"]

