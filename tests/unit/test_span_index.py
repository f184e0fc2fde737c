"""The bisect helpers that replace scans of a whole layer (issue 7: time linear in the input's
size) answer exactly what the scans answered, on edge cases and on random spans."""

import random
import re

from sourcetrace.document import Document, Entity, Span
from sourcetrace.steps.attribution.english_speakers import named_after_capital
from sourcetrace.steps.syntax import entities_overlapping, entity_at
from sourcetrace.textutil import forget_index, in_text_order, items_overlapping, overlaps_any, within_any


def _spans(rng: random.Random, n: int, width: int = 30) -> list[Span]:
    out = []
    for _ in range(n):
        a = rng.randint(0, width)
        out.append(Span(a, a + rng.choice((0, 1, 1, 2, 3, 5, 12))))  # empty ones too
    return out


def test_within_any_at_the_edges() -> None:
    inside = within_any([Span(10, 20), Span(0, 5), Span(12, 30)])
    assert inside(Span(10, 20)) and inside(Span(0, 5)) and inside(Span(12, 30))
    assert inside(Span(15, 25))  # in the third, not the first
    assert not inside(Span(4, 6))  # across an end
    assert not inside(Span(5, 10))  # between two
    assert inside(Span(5, 5))  # an empty span at an end is inside
    assert not inside(Span(31, 31))
    assert not within_any([])(Span(0, 0))


def test_overlaps_any_at_the_edges() -> None:
    hits = overlaps_any([Span(10, 20), Span(3, 3)])
    assert hits(Span(19, 25)) and hits(Span(0, 11)) and hits(Span(12, 12))
    assert not hits(Span(20, 25))  # touching is no overlap
    assert not hits(Span(5, 10))
    assert hits(Span(2, 4)) and not hits(Span(3, 4))  # an empty span strictly inside overlaps, as `Span.overlaps` says
    assert not overlaps_any([])(Span(0, 5))


def test_span_helpers_agree_with_the_scans() -> None:
    rng = random.Random(22)
    for _ in range(300):
        spans = _spans(rng, rng.randint(0, 8))
        inside, hits = within_any(spans), overlaps_any(spans)
        for x in _spans(rng, 10, 40):
            assert inside(x) == any(s.contains(x) for s in spans)
            assert hits(x) == any(s.overlaps(x) for s in spans)


def test_items_overlapping_keeps_the_list_order_and_its_scan() -> None:
    rng = random.Random(7)
    for _ in range(300):
        ents = [Entity(s, "PER", "t") for s in sorted(_spans(rng, rng.randint(0, 9)), key=lambda s: s.start)]
        assert in_text_order(ents)
        for x in _spans(rng, 10, 40):
            assert items_overlapping(ents, x) == [e for e in ents if e.span.overlaps(x)]
    # a long item before short ones is found from inside them
    ents = [Entity(Span(0, 100), "ORG", "t"), Entity(Span(5, 6), "PER", "t"), Entity(Span(50, 60), "LOC", "t")]
    assert [e.label for e in items_overlapping(ents, Span(70, 80))] == ["ORG"]
    assert [e.label for e in items_overlapping(ents, Span(55, 56))] == ["ORG", "LOC"]


def test_items_overlapping_out_of_text_order_scans() -> None:
    ents = [Entity(Span(20, 25), "PER", "t"), Entity(Span(0, 5), "LOC", "t")]
    assert not in_text_order(ents)
    assert [e.label for e in items_overlapping(ents, Span(0, 30))] == ["PER", "LOC"]


def test_the_index_follows_the_list() -> None:
    ents = [Entity(Span(0, 5), "PER", "t")]
    assert items_overlapping(ents, Span(10, 12)) == []
    ents.append(Entity(Span(10, 15), "LOC", "t"))  # a new length: indexed again
    assert [e.label for e in items_overlapping(ents, Span(10, 12))] == ["LOC"]
    ents.reverse()  # reordered in place: forgotten, then scanned
    forget_index(ents)
    assert not in_text_order(ents)
    assert [e.label for e in items_overlapping(ents, Span(0, 12))] == ["LOC", "PER"]


def _entity_at_scan(doc: Document, span: Span) -> Entity | None:
    """`entity_at` as it was: a scan from the first entity."""
    best, best_len = None, 0
    for e in doc.entities:
        if e.span.start >= span.end:
            break
        if e.span.overlaps(span) and (span.contains(e.span) or e.span.contains(span)):
            n = min(e.span.end, span.end) - max(e.span.start, span.start)
            if n > best_len:
                best, best_len = e, n
    return best


def test_entity_at_agrees_with_the_scan() -> None:
    rng = random.Random(3)
    for _ in range(300):
        doc = Document(text="x" * 60)
        doc.entities = [Entity(s, rng.choice(("PER", "ORG")), "t") for s in _spans(rng, rng.randint(0, 8))]
        if rng.random() < 0.7:
            doc.entities.sort(key=lambda e: e.span.start)
        for x in _spans(rng, 10, 40):
            assert entity_at(doc, x) is _entity_at_scan(doc, x)
            if in_text_order(doc.entities):
                assert entities_overlapping(doc, x) == [e for e in doc.entities if e.span.overlaps(x)]
    # on a tie the first in text order wins
    doc = Document(text="x" * 20)
    doc.entities = [Entity(Span(0, 4), "PER", "t"), Entity(Span(4, 8), "ORG", "t")]
    found = entity_at(doc, Span(0, 8))
    assert found is not None and found.label == "PER"


def _named_scan(text: str, end: int, surname: str) -> bool:
    return re.search(r"\b[A-Z][\w.'’-]*\s+" + re.escape(surname) + r"\b", text[:end]) is not None


def test_named_after_capital_at_the_edges() -> None:
    text = "Then Ann Lee spoke. later lee left. Dr. O'Hara Leeds came. The mayor Lee-Smith went."
    assert named_after_capital(text, len(text), "Lee")
    assert not named_after_capital(text, text.index("Ann"), "Lee")
    assert named_after_capital(text, text.index(" spoke"), "Lee")  # ending where the text is cut
    assert not named_after_capital(text, text.index("Lee") + 2, "Lee")  # cut inside the name
    assert not named_after_capital(text[text.index("later"):], 40, "lee")  # no capital word before it
    assert named_after_capital(text, len(text), "Leeds")  # "O'Hara": a word with an apostrophe
    assert not named_after_capital(text, len(text), "Lee-Smith")  # after "mayor", in lower case
    assert named_after_capital(text.replace("mayor", "Mayor"), len(text), "Lee-Smith")
    for name in ("Lee", "lee", "Leeds", "Lee-Smith", "Smith", "Hara", "O'Hara"):
        for end in range(0, len(text) + 1, 7):
            assert named_after_capital(text, end, name) == _named_scan(text, end, name), (name, end)
    assert not named_after_capital("Ann\u00a0Lees", 8, "Lee")  # inside a longer word
    assert named_after_capital("Ann\u00a0Lee", 7, "Lee")  # a no-break space is white space
    assert not named_after_capital("", 5, "Lee")


def test_named_after_capital_agrees_with_the_pattern() -> None:
    rng = random.Random(11)
    alphabet = list("AaBbLe ée_.-'’\u00a0\n1Ä,")
    names = ["Lee", "Le", "e", "Lee.", "-Lee", "Lé", "A", "e e", " Lee", "_", "’s"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        surname = rng.choice([*names, "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))])
        end = rng.randint(0, len(text) + 1)
        assert named_after_capital(text, end, surname) == _named_scan(text, end, surname), (text, end, surname)


def test_seen_before_follows_appends_and_sorts() -> None:
    from sourcetrace.steps.sources import Registry

    reg = Registry(Document(text="x" * 200))
    rng = random.Random(5)

    def scan(sid: str, pos: int) -> int:
        return max((at for at, who in reg.persons_seen if who == sid and at < pos), default=-1)

    for step in range(60):
        reg.persons_seen.append((rng.randint(0, 150), rng.choice("abc")))
        if step % 7 == 0:
            reg.persons_seen.sort()
        for sid in "abcd":
            for pos in (0, 1, 40, 75, 151):
                assert reg.seen_before(sid, pos) == scan(sid, pos), (step, sid, pos)
    reg.persons_seen.extend([(160, "d"), (10, "d")])  # a change by other means than an append: indexed again
    assert reg.seen_before("d", 200) == 160 and reg.seen_before("d", 160) == 10


def test_matches_at_the_literal_agree_with_finditer() -> None:
    from sourcetrace.steps.sources.naming import _matches_at

    rng = random.Random(9)
    alphabet = list("Chef chefs Ann B. Lee-Ko’s \n")
    for role in ("Chef", "Chefs", "C", "ef"):
        pattern = re.compile(rf"(?<![\w-]){re.escape(role)}s?\s+((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){{0,2}})")
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
            assert [m.span() for m in _matches_at(pattern, text, role)] == [m.span() for m in pattern.finditer(text)], (role, text)
    text = "Chef Ann Lee und Chef Ann. Chefs Bo Li, Vize-Chef Kai"
    pattern = re.compile(r"(?<![\w-])Chefs?\s+([A-Z]\w+)")
    assert [m.group(1) for m in _matches_at(pattern, text, "Chef")] == ["Ann", "Ann", "Bo"]


def test_items_overlapping_sees_a_list_changed_in_place_at_its_length() -> None:
    ents = [Entity(Span(0, 5), "PER", "t"), Entity(Span(10, 15), "ORG", "t"), Entity(Span(20, 25), "LOC", "t")]
    assert [e.label for e in items_overlapping(ents, Span(11, 12))] == ["ORG"]
    # the items replaced (same list, same length, no forget_index): the stale index must not answer
    ents[0], ents[1], ents[2] = Entity(Span(30, 35), "PER", "t"), Entity(Span(40, 45), "ORG", "t"), Entity(Span(50, 55), "LOC", "t")
    assert [e.label for e in items_overlapping(ents, Span(41, 42))] == ["ORG"]
    assert items_overlapping(ents, Span(11, 12)) == []
