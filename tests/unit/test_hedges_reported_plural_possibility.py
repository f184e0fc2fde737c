"""Where the rules of reported permission and plain abilities (issue 7) stop: a possibility ahead
stays a hedge (review of session 33; sentences of our own).

German "dürften"/"könnten" in reported speech with an adverb of a possibility ahead after the modal
("noch", "bald": `reported_plural.possibility_adverbs`) is a guess, as English "could still"; an
English perceiving passive with a time ahead in its clause ("could be heard next spring",
`ability_passives.ahead`) is what may happen; "may as" is the idiom only before "well"; "less
likely" is a statistic only with "than" later in its sentence (`not_after_if_later`).
"""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_cues

_DATE = "2016-01-01"


@pytest.mark.parametrize("text", [
    "Der Trainer sagte, seine Spieler könnten die Partie noch drehen.",
    "Der Analyst erklärte, Sparer könnten bald ihr Geld abheben.",
])
def test_reported_plural_with_a_possibility_ahead_stays_a_hedge(text: str) -> None:
    assert "könnten" in hedge_cues(text, "de", _DATE)


def test_reported_permission_without_such_an_adverb_is_still_none() -> None:
    assert hedge_cues("Der Trainer sagte, seine Spieler dürften das Trikot behalten.", "de", _DATE) == []


@pytest.mark.parametrize("text", [
    "The appeal could be heard by the regional court next spring.",
    "Shifts in the rents could be felt in the coming months.",
    "The council may as soon as Friday vote on the pier plan.",
])
def test_a_possibility_ahead_in_english_stays_a_hedge(text: str) -> None:
    assert hedge_cues(text, "en", _DATE) != []


@pytest.mark.parametrize("text", [
    "Sirens could be heard from the station next to the dock.",  # "next to": a place, no time ahead
    "We may as well take the ferry home.",
])
def test_perceiving_and_the_shrug_stay_no_hedges(text: str) -> None:
    assert hedge_cues(text, "en", _DATE) == []


def test_not_yet_allowed_is_no_possibility() -> None:
    # "noch nicht": a permission not yet given, no adverb of a possibility ahead
    assert hedge_cues("Der Trainer sagte, seine Spieler dürften noch nicht ins Stadion gehen.", "de", _DATE) == []
    assert hedge_cues("Die Anwältin sagte, Pächter dürften dort noch keine Hütten bauen.", "de", _DATE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The pier plan is now less likely to pass the council.", ["likely"]),  # a lowered chance: a doubt
    ("Ferry riders are less likely to be late than bus riders, the survey found.", []),  # a statistic: "than"
])
def test_less_likely_is_a_statistic_only_with_than(text: str, expected: list[str]) -> None:
    assert hedge_cues(text, "en", _DATE) == expected
