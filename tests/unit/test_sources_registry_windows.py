"""The registry's windows (session 24): the persons named and the sources mentioned in a stretch of
the text are looked up by bisection, not by a scan of every person of the document, and a German
role description joins only a person named in the stretch before it (invented sentences)."""

from __future__ import annotations

from tests.attribution_helpers import de

from sourcetrace.document import Entity, Span
from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.mentions import MentionInfo, analyse_mention
from sourcetrace.steps.sources.registry import Registry
from sourcetrace.steps.sources.resolve import _person_just_named

TEXT = ("Die Familie Berisha betreibt seit Jahren einen Kiosk am Hafen.\n\n"
        "Der Hafen wird im Frühjahr neu gebaut. Die Arbeiten dauern bis zum Herbst.\n\n"
        "Berisha wohnt seit drei Jahren in der Stadt. Zurück nach Hause könne er nicht, erklärt der junge Familienvater.")


def _at(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def test_persons_and_mentions_between_two_offsets() -> None:
    doc = de(TEXT)
    reg = Registry(doc)
    a = reg.add(MentionInfo("Ida Lund", "Ida Lund", "person", person_tokens=["Ida", "Lund"]), Span(10, 18), "t")
    b = reg.add(MentionInfo("Tom Rieder", "Tom Rieder", "person", person_tokens=["Tom", "Rieder"]), Span(120, 130), "t")
    reg.persons_seen.append((60, b))  # (appended out of order, as the rules do)
    c = reg.add(MentionInfo("Hafenamt", "Hafenamt", "unnamed"), Span(70, 78), "t")
    assert reg.seen_between(0, 100) == [(10, a), (60, b)]
    assert reg.seen_between(10, 60) == [(10, a)] and reg.seen_between(11, 60) == []
    assert reg.mentioned_between(50, 200) == {b, c}
    assert reg.named_between(50, 200) == [b, c]  # (in the order of the sources)
    reg.persons_seen.sort()
    reg.persons_seen[0] = (12, a)  # (any other change rebuilds the index)
    assert reg.seen_between(0, 100) == [(12, a), (60, b)]


def test_a_surname_the_entity_model_finds_is_a_source_named_in_the_window() -> None:
    # "Berisha" in the sentence before the description: a source of that last name mentioned only
    # two paragraphs back ("Familie Berisha") is not the person the window names
    doc = de(TEXT)
    lx = lang("de")
    reg = Registry(doc)
    reg.add(MentionInfo("Familie Berisha", "Familie Berisha", "unnamed"), _at(TEXT, "Familie Berisha"), "t")
    near = _at(TEXT, "Berisha wohnt")
    near = Span(near.start, near.start + len("Berisha"))
    doc.entities = [Entity(near, "PER", "t")]
    desc = _at(TEXT, "der junge Familienvater")
    info = analyse_mention("der junge Familienvater", lx)
    assert _person_just_named(doc, reg, desc.start, info, lx, set()) is None
    # the one mentioned there is
    here = reg.add(MentionInfo("Berisha", "Berisha", "unnamed"), near, "t")
    assert _person_just_named(doc, reg, desc.start, info, lx, set()) == here
