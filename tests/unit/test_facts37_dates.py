"""Dates of session 37 (issue 7), on our own sentences: "won't" is the negated future, not the past of
"win" (a month after it is the coming one), and the end, start or middle of a month is a month
(timex.month_part): of the month the text last named for "the end of the month" / "Ende des Monats", of
the article's month for "this month" and "Monatsende"."""

from __future__ import annotations

import pytest
from tests.facts_helpers import timexes, timexes_with_rules


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor won't sign the budget in March, aides said.", [("March", "2016-03")]),
    ("The mayor won’t sign the budget in March, aides said.", [("March", "2016-03")]),
    ("The team won the regional cup in March.", [("March", "2015-03")]),
])
def test_wont_points_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, "2016-01-20") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The club will publish its accounts by the end of this month.", "en", [("the end of this month", "2016-01", "timex.month_part")]),
    ("The club will publish its accounts by the end of the month.", "en", [("the end of the month", "2016-01", "timex.month_part")]),
    ("Der Verein legt seine Bilanz bis Ende des Monats vor.", "de", [("Ende des Monats", "2016-01", "timex.month_part")]),
    ("Zum Monatsende steigen die Gebühren.", "de", [("Monatsende", "2016-01", "timex.month_part")]),
    ("The office will load the files in April 2016 and expects to finish by the end of the month.", "en",
     [("April 2016", "2016-04", "timex.month_year"), ("the end of the month", "2016-04", "timex.month_part")]),
])
def test_a_part_of_a_month_is_that_month(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes_with_rules(text, "2016-01-20", lang) == expected
