"""The per-sentence tables (`textutil.lowered`, `language.clear_vote`) serve one text: once it is
analysed they are empty, so that a long-running process keeps no text's tokens between texts, and an
analysis run again gives the same answers (our own sentences)."""

from __future__ import annotations

import sourcetrace
from sourcetrace import language, textutil
from sourcetrace.document import Token

TEXT = ("Die Stadträtin sagte am Montag, der Umbau der Halle werde rund 40 Millionen Euro kosten. "
        "Eine Einigung sei möglich, meinte der Bürgermeister. ") * 40


def _answers(doc: sourcetrace.Document) -> list[tuple[str, object]]:
    return [(doc.span_text(q.span), q.value) for q in doc.quantities] + [(doc.span_text(h.span), h.cue) for h in doc.hedges] \
        + [(doc.span_text(t.span), t.value) for t in doc.timexes]


def test_the_tables_are_empty_after_a_text_and_the_answers_stay() -> None:
    first = sourcetrace.analyze(TEXT, date="2016-03-07", lang="de")
    assert textutil._LOWERED == {} and language._VOTED == {}
    tokens: list[Token] = first.sentences[0].tokens
    assert textutil.lowered(tokens) == [t.text.lower() for t in tokens]  # asked again: computed again
    again = sourcetrace.analyze(TEXT, date="2016-03-07", lang="de")
    assert _answers(again) == _answers(first) and _answers(first)
