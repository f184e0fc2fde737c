"""German: a cue whose `cue_not_before` word ("sich" for befinden, ergeben) stands before the verb because the
verb closes its clause ("…, das sich im Norden befindet.") reads as a place or a result, not a report; the same
verb with no reflexive in its clause still reports ("…, befand der Richter.")."""

from __future__ import annotations

from tests.attribution_helpers import joined_contents

from sourcetrace.api import analyze


def _contents(text: str, conventions: str = "seed") -> list[str]:
    return joined_contents(analyze(text, lang="de", conventions=conventions))


def test_a_relative_clause_of_place_is_no_claim() -> None:
    text = "Die Soldaten kommen aus dem Lager Nordfeld, das sich im Norden des Landes befindet."
    assert _contents(text) == [] and _contents(text, "denews") == []  # de-news-quotes style read a report here


def test_a_result_before_a_clause_final_verb_is_no_claim() -> None:
    text = "Der Stadtrat rechnet mit Kosten, weil sich daraus ein Defizit ergibt."
    assert _contents(text) == [] and _contents(text, "denews") == []


def test_the_verb_without_a_reflexive_still_reports() -> None:
    text = "Die Klage sei unbegründet, befand der Richter Paul Anker am Montag."
    assert any("unbegründet" in c for c in _contents(text)) and any("unbegründet" in c for c in _contents(text, "denews"))


def test_insuring_oneself_is_no_assurance() -> None:
    # "sich versichern" (session 36): insurance, not "versicherte, dass …"
    text = "Mit vier von zehn Bauern, die sich gegen Hagel versichern, liegt das Land im Mittelfeld."
    assert _contents(text) == []
    assert any("stabil" in c for c in _contents("Die Prämien bleiben stabil, versicherte der Vorstand Karl Weber."))


def test_calling_oneself_something_is_no_claim() -> None:
    # "sich als … bezeichnen" (session 36): a self-description; calling a thing something stays a claim
    assert _contents("Die Rektorin Anna Berger bezeichnet sich selbst als Arbeiterkind.") == []
    assert any("Fehler" in c for c in _contents("Der Minister Jan Roth bezeichnete den Plan als Fehler."))
