"""Session 34's speed changes (issue 7) give the answers of the scans they replaced, on invented
inputs: the entity that holds a token found by bisection, the last mention of a source before an
offset, the nearest source with its test asked only of a would-be winner, and the function-word
vote remembered for every sentence of a long text."""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.attribution_helpers import de

from sourcetrace import language
from sourcetrace.document import Document, Entity, Source, Span, Token
from sourcetrace.steps.hedges.find import _inside_entity, _named
from sourcetrace.steps.sources.mentions import MentionInfo
from sourcetrace.steps.sources.registry import Registry


def _old_named(doc: Document, toks: list[Token]) -> frozenset[int]:
    spans = [e.span for e in doc.entities if e.label in ("PER", "ORG")]
    return frozenset(k for k, t in enumerate(toks) if any(sp.start <= t.span.start and t.span.end <= sp.end for sp in spans))


def test_the_entity_around_a_token_is_the_one_a_scan_finds() -> None:
    rnd = random.Random(34)
    for _ in range(200):
        doc = Document(text="x" * 200)
        for _ in range(rnd.randint(0, 12)):
            a = rnd.randint(0, 190)
            doc.entities.append(Entity(Span(a, a + rnd.randint(0, 15)), rnd.choice(["PER", "ORG", "LOC"]), "t"))
        toks = []
        for _ in range(rnd.randint(0, 20)):
            a = rnd.randint(0, 195)
            toks.append(Token(Span(a, a + rnd.randint(0, 6)), "w"))
        assert _named(doc, toks) == _old_named(doc, toks)
        for t in toks:
            assert _inside_entity(doc, ("PER",), t.span) == any(
                e.label == "PER" and e.span.start <= t.span.start and t.span.end <= e.span.end for e in doc.entities)
    # the index follows the list as it grows, and a new list
    doc = Document(text="x" * 50)
    assert not _inside_entity(doc, ("PER",), Span(3, 5))
    doc.entities.append(Entity(Span(2, 6), "PER", "t"))
    assert _inside_entity(doc, ("PER",), Span(3, 5)) and not _inside_entity(doc, ("PER",), Span(3, 7))
    doc.entities = [Entity(Span(10, 20), "PER", "t")]
    assert not _inside_entity(doc, ("PER",), Span(3, 5)) and _inside_entity(doc, ("PER",), Span(10, 20))


def _old_nearest(reg: Registry, pos: int, types: set[str], role: str | None = None, gender: str | None = None,
                 keep: Callable[[Source], bool] | None = None) -> str | None:
    best, best_pos = None, -1
    for s in reg.sources:
        if s.type not in types or (gender is not None and reg.gender.get(s.id, gender) != gender) or (keep is not None and not keep(s)):
            continue
        p = max((m.start for m in s.mentions if m.start < pos), default=-1)
        if role and s.role and role.lower() in s.role.lower():
            p += 10_000_000
        if p > best_pos:
            best, best_pos = s.id, p
    return best


def test_the_nearest_source_is_the_one_the_scan_of_every_mention_finds() -> None:
    rnd = random.Random(7)
    names = ["Ida Lund", "Tom Rieder", "Stadtrat", "Polizei", "Hafenamt", "Eva Berg", "Verein"]
    types = {"Ida Lund": "person", "Tom Rieder": "person", "Eva Berg": "person", "Stadtrat": "government",
             "Polizei": "police", "Hafenamt": "government", "Verein": "ngo"}
    for _ in range(40):
        reg = Registry(de("Ein Satz. " * 60))
        for _ in range(rnd.randint(1, 30)):
            name = rnd.choice(names)
            a = rnd.randint(0, 590)
            info = MentionInfo(name, name, types[name], role=rnd.choice([None, "Sprecher", "Leiterin"]),
                               person_tokens=name.split() if types[name] == "person" else [])
            sid = reg.add(info, Span(a, a + len(name)), "t")
            if rnd.random() < 0.3:
                reg.mention(sid, Span(rnd.randint(0, 590), 600), "t")
            if rnd.random() < 0.2:
                reg.gender[sid] = rnd.choice(["f", "m"])
        for pos in range(0, 620, 37):
            for kinds in ({"person"}, {"government", "police"}, {"person", "ngo", "government"}):
                for role in (None, "sprecher"):
                    for gender in (None, "f"):
                        for keep in (None, lambda s: "a" in s.name, lambda s: s.id != "s2"):
                            assert reg.nearest(pos, kinds, role, gender, keep) == _old_nearest(reg, pos, kinds, role, gender, keep)
            for s in reg.sources:
                assert reg.last_mention_before(s, pos) == max((m.start for m in s.mentions if m.start < pos), default=-1)


def test_a_long_texts_sentences_keep_their_vote() -> None:
    words = ["der", "die", "und", "nicht", "the", "and", "Wort"]
    rnd = random.Random(3)
    sents = [[Token(Span(0, 1), rnd.choice(words)) for _ in range(rnd.randint(0, 8))] for _ in range(6000)]
    language._VOTED.clear()
    first = [language.clear_vote(s) for s in sents]
    assert first == [language._clear_vote(s) for s in sents]
    calls = 0
    real = language._clear_vote

    def counted(tokens: list[Token]) -> str | None:
        nonlocal calls
        calls += 1
        return real(tokens)

    language._clear_vote = counted  # type: ignore[assignment]
    try:
        assert [language.clear_vote(s) for s in sents] == first  # (a second pass over 6,000 sentences)
    finally:
        language._clear_vote = real  # type: ignore[assignment]
    assert calls == 0
