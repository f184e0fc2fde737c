"""German according-to phrases in a sentence of several clauses (sentences of our own; issue 7):
what is said on the phrase's word is the clause the phrase stands in, not the clause before a
subordinator, a coordinator or an asyndetic main clause, and not a main clause after a comma."""

from __future__ import annotations

from tests.attribution_helpers import de


def _contents(text: str) -> list[tuple[str, list[str]]]:
    doc = de(text)
    return [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions if a.mode == "according_to"]


def test_a_subordinate_clause_after_a_comma_is_the_phrases_clause() -> None:
    [(rule, content)] = _contents("Die Zahlen stiegen deutlich, als die Partei laut vorläufigem Endergebnis knapp vorn lag.")
    assert rule.endswith("+clause")
    assert " ".join(content).startswith("die Partei") and "Zahlen" not in " ".join(content)


def test_a_main_clause_after_the_comma_is_no_part_of_what_was_said() -> None:
    [(rule, content)] = _contents("Eine Kampagne gegen den Hafen gab es laut Berg wirklich, das bestritt der Konzern am Montag.")
    assert rule.endswith("+clause")
    assert content == ["Eine Kampagne gegen den Hafen gab es laut Berg wirklich"]


def test_two_main_clauses_joined_by_a_comma() -> None:
    [(_, content)] = _contents("Prüfen lässt sich das nicht, der Fahrer selbst war nach Aussage des Zeugen nicht nüchtern.")
    joined = " ".join(content)
    assert joined.startswith("der Fahrer selbst war") and "Prüfen" not in joined


def test_a_clause_after_a_colon_and_before_a_new_main_clause() -> None:
    [(_, content)] = _contents("Der Plan wurde gestoppt: Laut Berechnungen der Kommission würde das Land viel Geld erhalten, "
                               "die Kosten werden auf das Doppelte geschätzt.")
    assert content == ["würde das Land viel Geld erhalten"]


def test_a_relative_clause_before_the_phrase_keeps_the_whole_sentence() -> None:
    # counter-example: the comma of a relative clause opens no clause of the phrase's own
    [(rule, content)] = _contents("Die Firma, die 1990 gegründet wurde, plant laut Gewerkschaft den Abbau von 300 Stellen.")
    assert not rule.endswith("+clause")
    assert " ".join(content).startswith("Die Firma, die 1990 gegründet wurde")


def test_a_phrase_in_a_single_clause_is_unchanged() -> None:
    [(rule, content)] = _contents("Laut Polizei wurden am Montag drei Menschen bei dem Unfall verletzt.")
    assert not rule.endswith("+clause")
    assert content == ["wurden am Montag drei Menschen bei dem Unfall verletzt"]
