"""German source spans read from the parse (session 23, issue 7): the noun phrase an according-to
preposition governs stops at the clause's own subject or object (`attribution.governed`); a clause
opened by a subordinator before or after a cue is no reported speech by itself; a subjectless
report's speaker comes from the frame. Invented sentences only."""

from __future__ import annotations

from attribution_helpers import de, one, source_text


def _according(text: str) -> tuple[str | None, str, list[str]]:
    doc = de(text)
    (a,) = [a for a in doc.attributions if a.mode == "according_to"]
    return source_text(doc, a), a.rule, [doc.span_text(c) for c in a.content]


def test_a_subject_after_the_phrase_is_no_part_of_its_source() -> None:
    src, rule, content = _according("Im Hafen ist laut einer Erhebung der Kammer der Umsatz deutlich gestiegen.")
    assert src == "einer Erhebung der Kammer" and rule.endswith("+governed_subject")
    assert any("der Umsatz" in c for c in content)


def test_a_nominative_article_before_a_weak_adjective_ends_the_source() -> None:
    src, rule, _ = _according("Die Reederei ist laut den Hamburger Nachrichten der größte Arbeitgeber der Region.")
    assert src == "den Hamburger Nachrichten" and "+governed_case" in rule


def test_an_object_without_article_after_a_dative_plural_is_the_clauses() -> None:
    src, rule, content = _according("Er hat laut Medienberichten Informationen über die Firma auf den Inseln verwaltet.")
    assert src == "Medienberichten" and "+governed_parse" in rule
    assert any(c.startswith("Informationen") for c in content)


def test_a_genitive_owner_stays_in_the_source() -> None:
    assert _according("Laut Angaben der Polizei sind drei Menschen gestorben.")[0] == "Angaben der Polizei"
    assert _according("Der Umsatz ist laut einer Erhebung der Kammer deutlich gestiegen.")[0] == "einer Erhebung der Kammer"
    assert _according("Laut der Nachrichtenagentur Reuters hat der Minister den Plan gebilligt.")[0] == "der Nachrichtenagentur Reuters"


def test_a_subjectless_clause_of_its_own_keeps_the_whole_phrase() -> None:
    # a passive, or a wie-clause, has no subject: the genitive stays the source's
    assert _according("Laut Angaben der Polizei wurde am Abend geschossen.")[0] == "Angaben der Polizei"
    assert _according("Die Kosten sind gestiegen, wie aus einem Bericht der Behörde hervorgeht.")[0] == "einem Bericht der Behörde"


def test_zufolge_takes_no_subject_or_adverb_before_its_phrase() -> None:
    src, rule, _ = _according("Die Wirtschaft wird heuer dem Institut zufolge kräftig wachsen.")
    assert src == "dem Institut" and "+governed_case" in rule
    src, rule, _ = _according("Im Mai hat die Stadtverwaltung Presseberichten zufolge neue Regeln erlassen.")
    assert src == "Presseberichten" and "+governed_parse" in rule


def test_zufolge_keeps_a_genitive_and_a_name_after_its_noun() -> None:
    assert _according("Dem Bericht der Zeitung zufolge hat die Stadt den Vertrag gekündigt.")[0] == "Dem Bericht der Zeitung"
    assert _according("Der Nachrichtenagentur Anadolu zufolge wurde die Grenze geschlossen.")[0] == "Der Nachrichtenagentur Anadolu"


def test_a_cue_source_after_a_fronted_name_is_unchanged() -> None:
    doc = de("Die Kammer hat ihre Bilanz vorgelegt. Der Umsatz sei gestiegen, sagte der Präsident der Kammer.")
    a = one(doc, "Der Umsatz sei gestiegen")
    assert source_text(doc, a) == "der Präsident der Kammer"
