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


def test_a_parenthesis_between_dashes_before_the_phrase_is_no_clause_boundary() -> None:
    [(rule, content)] = _contents("Die Regeln für den Garten – ob alt oder neu – sind laut Umfrage nur selten bekannt.")
    assert rule.endswith("+dashes")
    assert " ".join(content).startswith("Die Regeln für den Garten")


def test_a_fragment_between_dashes_belongs_to_the_clause_around_it() -> None:
    [(rule, content)] = _contents("Am Montag kam es zu einem Unglück am Berg. Die Frau – laut Bergwacht Mitte 30 – starb noch am Hang.")
    assert rule.endswith("+dashes")
    assert content[0] == "Die Frau" and content[-1].endswith("starb noch am Hang")
    [(rule, content)] = _contents("Er hat Kontakt zu einer Agentur, die ebenfalls Plakate für die Partei klebte – laut Gericht auf illegale Weise.")
    assert content == ["die ebenfalls Plakate für die Partei klebte", "auf illegale Weise"]


def test_a_clause_of_its_own_after_a_dash_keeps_its_bounds() -> None:
    # counter-examples: a dash before a clause with its own verb, and the phrase between dashes alone
    [(rule, content)] = _contents("Der Hafen wurde gesperrt – laut Polizei wurden drei Menschen verletzt.")
    assert not rule.endswith("+dashes") and content == ["wurden drei Menschen verletzt"]
    [(rule, content)] = _contents("Die Firma ist – nach Angaben des Verbands – der größte Arbeitgeber im Tal.")
    assert not rule.endswith("+dashes") and content == ["Die Firma ist", "der größte Arbeitgeber im Tal"]


def test_a_period_word_before_a_number_ends_the_source() -> None:
    doc = de("Ein Wanderer stürzte am Montag ab. Der Mann – laut Polizei Mitte 40 – wurde schwer verletzt.")
    [a] = [a for a in doc.attributions if a.mode == "according_to"]
    assert a.source_span is not None and doc.span_text(a.source_span) == "Polizei"
    doc = de("Laut der Mitte wird das Gesetz im Herbst scheitern.")
    [a] = doc.attributions
    assert a.source_span is not None and doc.span_text(a.source_span) == "der Mitte"


def test_an_infinitive_with_zu_after_the_comma_opens_no_main_clause() -> None:
    # the parse may read "festzuhalten" as a finite plural: the clause goes on past the comma
    [(_, content)] = _contents("Der Wirt soll laut Zeugen auch versucht haben, die Gäste festzuhalten.")
    assert " ".join(content).endswith("die Gäste festzuhalten")
