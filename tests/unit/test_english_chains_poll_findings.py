"""English chains: a group's claim in the clause of a poll's finding ("a Harbour Polls survey found by
48%-40%, the public says …") is an answer to that poll, which relays it (sentences of our own; issue 7)."""

from __future__ import annotations

import sourcetrace
from sourcetrace.document import Attribution, Document


def analyze(text: str) -> Document:
    # (a headline first: the text's first line is read as one)
    return sourcetrace.analyze("Harbor news.\n\n" + text, date="2024-10-13", lang="en")


def claim(doc: Document, words: str) -> Attribution:
    found = [a for a in doc.attributions if any(words in doc.span_text(c) for c in a.content)]
    assert len(found) == 1, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    return found[0]


def test_group_after_a_poll_finding_speaks_through_the_poll() -> None:
    doc = analyze("In May, a Harbour Polls survey found by 48%-40%, the public overall says the bridge should stay open.")
    assert [v.name for v in claim(doc, "the bridge should stay open").via] == ["Harbour Polls survey"]


def test_poll_named_without_a_finding_relays_nothing() -> None:
    doc = analyze("The Harbour Polls survey was expensive, and the mayor says the bridge should stay open.")
    assert [v.name for v in claim(doc, "the bridge should stay open").via] == []


def test_named_speaker_after_a_poll_finding_speaks_for_themself() -> None:
    # a person who comments on what a poll found is no respondent of it
    doc = analyze("A new Harbour Polls survey shows Mayor Ann Reed ahead by six points, her rival Tom Vale said on Monday.")
    assert [v.name for v in claim(doc, "ahead by six points").via] == []
