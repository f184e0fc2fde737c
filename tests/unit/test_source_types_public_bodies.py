"""The type of a public body that speaks or is credited (issue 7; sentences of our own): the fire
brigade is `government` (resources/de/lexicon.json `type_heads`); a town named as a place is no
source. A spokesperson named by the role alone after "ein"/"a" is
anonymous, the body named just before in the role; a named or owned one stays a person."""

from __future__ import annotations

import sourcetrace


def _types(text: str) -> dict[str, str]:
    doc = sourcetrace.analyze(text, date="2026-03-02")
    return {s.name: s.type for s in [*doc.sources, *doc.credits]}


def test_the_fire_brigade_is_a_public_body() -> None:
    types = _types("Brand in Tannfeld\n\nDie Feuerwehr teilte mit, der Brand in der Scheune sei gelöscht.\n")
    assert types.get("Feuerwehr") == "government"


def test_a_passer_by_stays_a_person_and_a_place_no_source() -> None:
    types = _types("Brand in Tannfeld\n\nDie Stadt liegt am Fluss. Ein Passant sagte, er habe den Rauch gesehen.\n")
    assert list(types) == ["Passant"]


def test_an_unnamed_spokesperson_is_anonymous_with_the_body_named_before() -> None:
    doc = sourcetrace.analyze("Gebühren steigen\n\nDie Hafenbehörde erhöht die Gebühren. Ein Sprecher sagte, "
                              "die Gebühren seien angemessen.\n", date="2026-03-02")
    assert [(s.name, s.type, s.role, s.rule) for s in doc.sources] == [
        ("Sprecher", "anonymous", "Sprecher, Hafenbehörde", "source.anonymous.spokesperson")]
    doc = sourcetrace.analyze("Fees rise\n\nA spokeswoman said the new fees were fair.\n", date="2026-03-02")
    assert [(s.name, s.type) for s in doc.sources] == [("spokeswoman", "anonymous")]


def test_a_named_or_owned_spokesperson_stays_a_person() -> None:
    doc = sourcetrace.analyze("Gebühren steigen\n\nSprecher Jan Holm sagte, die Gebühren seien angemessen.\n", date="2026-03-02")
    assert [(s.name, s.type) for s in doc.sources] == [("Jan Holm", "person")]
    doc = sourcetrace.analyze("Gebühren steigen\n\nEine Sprecherin der Reederei sagte, die Preise blieben gleich.\n", date="2026-03-02")
    assert [s.type for s in doc.sources] == ["person"]


def test_an_outlet_named_before_is_not_the_body_of_an_unnamed_spokesperson() -> None:
    # the paper that reports is the one the spokesperson speaks to, not the one it speaks for
    doc = sourcetrace.analyze("Streit um Gebühren\n\nDie Zeitung Tannfelder Bote berichtete über den Streit. "
                              "Ein Sprecher sagte dem Blatt, man prüfe die Gebühren.\n", date="2026-03-02")
    spokes = [s for s in doc.sources if s.rule == "source.anonymous.spokesperson"]
    assert [(s.name, s.role) for s in spokes] == [("Sprecher", "Sprecher")]
