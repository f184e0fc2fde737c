"""Review of session 33's dates and quantities (sentences of our own): a number the text uses as a
model's name counts where a noun follows it ("737 riders") and names the model only after a
determiner ("the 737"); a holiday's name before a capitalised word is part of a name ("Christmas
Island"), no day; a share pair keeps its sign on both shares after any verb ("was 58%-40%")."""

from __future__ import annotations

from tests.facts_helpers import quantities, timexes_with_rules


def test_a_model_number_with_a_noun_after_it_counts() -> None:
    text = "Her Airbus 320 jet took 320 riders to Lyon. The 320 then stood idle for a week."
    assert quantities(text) == [("320", 320)]


def test_a_holiday_before_a_capitalised_word_is_part_of_a_name() -> None:
    found = timexes_with_rules("They sailed to Christmas Island and came home after Christmas.", "2024-12-20")
    assert [(t[0], t[1]) for t in found if t[2] == "timex.holiday"] == [("Christmas", "2024-12-25")]
    assert [t for t in timexes_with_rules("The choir sang a Christmas Carol medley.", "2024-12-20") if t[2] == "timex.holiday"] == []


def test_a_share_pair_keeps_both_signs() -> None:
    assert quantities("The tally was 61%-37% at noon.") == [("61%", 61), ("37%", 37)]


def test_a_holiday_many_countries_name_gets_no_fixed_day() -> None:
    text = "Ghana held parades on Independence Day, and the city lit fireworks on the Fourth of July."
    found = [(t[0], t[1]) for t in timexes_with_rules(text, "2024-05-20") if t[2] == "timex.holiday"]
    assert found == [("Fourth of July", "2024-07-04")]
