"""A weekday that opens a German sentence before a verb in the present is a day to come (issue 7,
session 12; sentences of our own, in an article of Thursday 17 October 2024)."""

from __future__ import annotations

import sourcetrace


def value(text: str, lang: str = "de") -> str:
    doc = sourcetrace.analyze(text, date="2024-10-17", lang=lang)
    return next(t.value for t in doc.timexes if "ienstag" in doc.span_text(t.span) or "Tuesday" in doc.span_text(t.span))


def test_a_fronted_weekday_before_a_present_verb_is_the_next_one() -> None:
    assert value("Die Lage ist ernst. Am Dienstag kommen die Minister in Brüssel zusammen.") == "2024-10-22"
    assert value("Am Dienstag stimmt der Landtag über den Haushalt ab.") == "2024-10-22"


def test_past_perfect_and_reported_speech_keep_the_last_one() -> None:
    assert value("Am Dienstag kamen die Minister in Brüssel zusammen.") == "2024-10-15"
    assert value("Am Dienstag hat der Landtag über den Haushalt abgestimmt.") == "2024-10-15"
    assert value("Am Dienstag sei der Landtag zusammengekommen, sagte die Sprecherin.") == "2024-10-15"
    assert value("Am Dienstag trat der Minister zurück.") == "2024-10-15"
