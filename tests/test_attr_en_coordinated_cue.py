"""An English cue whose content would open with "and"/"but" and a second cue form has no content of
its own ("The police responded and confirmed that …"): the second cue reports, with the same
subject (verbs._coordinated_cue_opens)."""

from tests.attribution_helpers import en, one, source_name


def test_second_of_two_coordinated_cues_reports() -> None:
    doc = en("Crash report\n\nThe Dunmore Police Department replied and confirmed that a ladder lay across the lane.\n")
    a = one(doc, "a ladder lay across the lane")
    assert a.cue is not None and doc.span_text(a.cue) == "confirmed"
    assert source_name(doc, a) == "Dunmore Police Department"


def test_and_with_a_clause_of_its_own_is_not_a_coordinated_cue() -> None:
    doc = en("Budget\n\nShe responded and the mayor said that the budget was fine.\n")
    a = one(doc, "the budget was fine")
    assert source_name(doc, a) == "mayor"
