"""Session 33's speed changes (issue 7) give the answers of the slower forms they replaced, on text we
wrote: the unit-of-time trigger of the duration patterns, the bounded search before a tense marker,
the folding of a stretch before its substring tests, and the sentence end found by bisection."""

from __future__ import annotations

import datetime as dt

from tests.attribution_helpers import en

from sourcetrace.steps.sources.resolve import _sentence_end
from sourcetrace.steps.timex import tense
from sourcetrace.steps.timex.find import find_timexes
from sourcetrace.steps.timex.words import FOLD
from sourcetrace.textutil import folded_lower


def _durations(text: str) -> list[str]:
    return [text[t.span.start : t.span.end] for t in find_timexes(text, 0, len(text), dt.date(2024, 3, 5)) if t.type == "DURATION"]


def test_a_unit_after_a_hyphen_a_line_break_or_at_the_start_still_triggers_the_duration_patterns() -> None:
    assert _durations("The club set a 30-day deadline.") == ["30-day"]
    assert _durations("Sie wartete drei\nTage auf Antwort.") == ["drei\nTage"]
    assert _durations("Drei Tage lang regnete es.") == ["Drei Tage"]
    assert _durations("Am Dienstag regnete es.") == []  # "Tag" inside a word is no unit of its own


def test_the_search_before_a_tense_marker_starts_late_but_answers_the_same() -> None:
    texts = ["the ", "xthe  ", " the\n", "their\n \n", "was  ", "than\u00a0", "", "  ", "a the", "The"]
    patterns = [tense._determiner_before(), tense._participle_not_future("en"), tense._participle_not_future(None)]
    for text in texts:
        for rx in patterns:
            for end in range(len(text) + 1):
                assert tense._ends_with(rx, text, end) == (rx.search(text, 0, end) is not None), (text, end)


def test_folded_lower_folds_what_the_translation_table_folded() -> None:
    text = "İstanbul ıssız ſeit KELVIN \u212a ẞ Å " + "".join(chr(c) for c in range(0x80, 0x600))
    assert folded_lower(text) == text.translate(FOLD).lower()


def test_the_sentence_end_by_bisection() -> None:
    doc = en("Ann Lee spoke. ... Tom Reed left!")
    reference = []
    for at in range(len(doc.text) + 1):
        sent = next((s for s in doc.sentences if s.span.start <= at < s.span.end), None)
        reference.append(at if sent is None else len(doc.text[: sent.span.end].rstrip(" .!?\n")))
    assert [_sentence_end(doc, at) for at in range(len(doc.text) + 1)] == reference
    assert _sentence_end(doc, 0) == len("Ann Lee spoke")
