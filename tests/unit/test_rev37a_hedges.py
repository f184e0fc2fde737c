"""Review of session 37 (our own sentences): the new hedge rules at their edges. German "mag" after a
person's name is a liking, no possibility (hedge.epistemic_mag); a subordinate "verantwortlich sein soll"
with a time ahead is a task to come, no allegation (hedge.reportative+allegation); the English noun
"hope" before a modal is no wish (hedge.not.wish); "may" in a question that is decided is a permission
(hedge.epistemic+question); "no less certain" and "keinen Zweifel daran" deny a doubt (hedge.phrase)."""

from __future__ import annotations

import pytest
from tests.facts_helpers import analysed, hedge_texts


@pytest.mark.parametrize("text", [
    "Anna mag schwimmen.",
    "Meine Schwester Lena mag tanzen.",
    "Herr Brandt mag gern kochen.",
])
def test_german_mag_after_a_persons_name_is_a_liking(text: str) -> None:
    assert hedge_texts(text, lang="de") == []


def test_german_mag_of_a_possibility_stays_a_hedge() -> None:
    doc = analysed("Das mag dauern, der Ausgang ist offen.", "de")
    assert [h.rule for h in doc.hedges] == ["hedge.epistemic_mag"]


@pytest.mark.parametrize("text", [
    "Eine neue Behörde, die künftig für die Aufsicht verantwortlich sein soll, nimmt die Arbeit auf.",
    "Der Beirat, der ab 2027 für die Vergabe zuständig und verantwortlich sein soll, tagt zum ersten Mal.",
])
def test_a_subordinate_responsibility_to_come_is_no_allegation(text: str) -> None:
    assert hedge_texts(text, lang="de") == []


def test_a_subordinate_alleged_responsibility_stays_hearsay() -> None:
    doc = analysed("Eine Bande, die für die Überfälle am Hafen verantwortlich sein soll, wurde gefasst.", "de")
    assert [h.rule for h in doc.hedges] == ["hedge.reportative+allegation"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The best hope may be a truce.", ["may"]),
    ("Their hopes may fade by spring.", ["may"]),
    ("The hopes of the growers might fade.", ["might"]),
    ("Growers hope the rain might come soon.", []),
])
def test_the_noun_hope_before_a_modal_is_no_wish(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The board will decide whether the club may keep its old name.", []),
    ("Judges ruled on whether the drivers may park on the square.", []),
    ("Nobody can yet decide whether the dam might break.", ["might"]),
    ("The growers are wondering whether the frost may return.", ["may"]),
])
def test_may_in_a_question_that_is_decided_is_a_permission(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The coach is no less certain that the team will win.", "en", []),
    ("What is less certain is whether the tenants will accept the offer.", "en", ["less certain"]),
    ("Es gibt keinen Zweifel daran, wer die Wahl im Dorf gewonnen hat.", "de", []),
    ("Die Ärztin räumt ein, sie habe Zweifel, ob die neue Kur wirkt.", "de", ["habe Zweifel"]),
])
def test_a_denied_doubt_is_no_hedge(text: str, lang: str, expected: list[str]) -> None:
    assert hedge_texts(text, lang=lang) == expected
