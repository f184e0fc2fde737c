"""Small look-ups the hedge, date and quantity tests share: a text analysed in a language on a given
date, and its quantities (text and value), dates (text and value, or with the rule that made
them, or as a table of text to value) and hedges (their cues or their texts). A `lang` of None
leaves the language to the detector, as a text mixing German and English tables needs."""

from __future__ import annotations

import sourcetrace
from sourcetrace.document import Document

Value = int | float | tuple[int | float | None, int | float | None] | None


def analysed(text: str, lang: str | None = "en", date: str | None = "2026-03-10") -> Document:
    return sourcetrace.analyze(text, date=date, lang=lang)


def quantities(text: str, lang: str = "en", date: str | None = "2026-03-10") -> list[tuple[str, Value]]:
    doc = analysed(text, lang, date)
    return [(doc.span_text(q.span), q.value) for q in doc.quantities]


def timexes(text: str, date: str | None = "2026-03-10", lang: str | None = "en") -> list[tuple[str, str]]:
    doc = analysed(text, lang, date)
    return [(doc.span_text(t.span), t.value) for t in doc.timexes]


def timex_table(text: str, date: str | None = "2026-03-10", lang: str | None = "en") -> dict[str, str]:
    """Each date's text and its value (the last date of a text, where two read the same)."""
    doc = analysed(text, lang, date)
    return {doc.span_text(t.span): t.value for t in doc.timexes}


def timexes_with_rules(text: str, date: str, lang: str = "en") -> list[tuple[str, str, str]]:
    doc = analysed(text, lang, date)
    return [(doc.span_text(t.span), t.value, t.rule) for t in doc.timexes]


def timex_value(text: str, date: str, word: str, lang: str = "en") -> str:
    """The value of the first date whose text holds `word`."""
    return next(v for s, v, _ in timexes_with_rules(text, date, lang) if word in s)


def hedge_cues(text: str, lang: str, date: str | None = "2026-03-10") -> list[str]:
    return [h.cue for h in analysed(text, lang, date).hedges]


def hedge_texts(text: str, date: str | None = "2026-03-10", lang: str | None = "en") -> list[str]:
    """The text each hedge covers (its whole span, not only its cue), in order."""
    doc = analysed(text, lang, date)
    return [doc.span_text(h.span) for h in doc.hedges]
