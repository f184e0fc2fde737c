"""The registry of a document's sources answers its look-ups of mentions (the last one in a window, the
sources whose mention overlaps a span, one source's mentions, the rule of its last mention before a
place, the source of the first mention of a span) from indexes that grow with the list, as a scan of
every mention would: source resolution stays linear in a long text's mentions (session 37)."""

from __future__ import annotations

from sourcetrace.document import Document, Mention, Span
from sourcetrace.steps.sources.registry import Registry


def test_the_indexes_of_mentions_answer_as_a_scan_does() -> None:
    reg = Registry(Document(text="x" * 400))
    rows = [(Span(10, 20), "s1", "source.person"), (Span(15, 60), "s2", "source.via"), (Span(30, 34), "s1", "source.pronoun"),
            (Span(30, 34), "s3", "source.pronoun"), (Span(200, 210), "s2", "source.via.pronoun"), (Span(5, 8), "s3", "source.x")]
    for k, (span, sid, rule) in enumerate(rows):
        reg.mentions.append(Mention(span, sid, rule))
        seen = reg.mentions[: k + 1]
        for lo, hi in ((0, 400), (11, 31), (30, 31), (16, 200), (300, 400)):
            scan = max(((m.span.start, m.source) for m in seen if lo <= m.span.start < hi), default=None)
            assert reg.last_mentioned_between(lo, hi) == scan
            assert reg.mentioned_between(lo, hi) == {m.source for m in seen if lo <= m.span.start < hi}
            probe = Span(lo, hi)
            assert reg.mentioned_over(probe) == {m.source for m in seen if m.span.overlaps(probe)}
        for sid in ("s1", "s2", "s3", "s4"):
            assert reg.source_mentions(sid) == [m for m in seen if m.source == sid]
            for pos in (0, 12, 31, 250):
                scan_rule = max(((m.span.start, m.rule) for m in seen if m.source == sid and m.span.start < pos), default=None)
                assert reg.last_rule_before(sid, pos) == scan_rule
        assert reg.source_at(Span(30, 34)) == next((m.source for m in seen if m.span == Span(30, 34)), None)


def test_the_indexes_follow_mentions_moved_to_another_source() -> None:
    """A source folded into another (admit) gives it its mentions: a look-up after the move answers
    with the new owner, as a scan of the list does, not with the id the indexes held before."""
    reg = Registry(Document(text="x" * 400))
    for span, sid, rule in ((Span(10, 20), "s1", "source.person"), (Span(40, 52), "s2", "source.description"),
                            (Span(90, 93), "s2", "source.pronoun"), (Span(120, 130), "s3", "source.person")):
        reg.mentions.append(Mention(span, sid, rule))
    assert reg.source_mentions("s2") and reg.source_at(Span(40, 52)) == "s2"  # the indexes are built
    reg.move_mentions("s2", "s1")
    assert all(m.source != "s2" for m in reg.mentions)
    assert reg.source_mentions("s2") == []
    assert reg.source_mentions("s1") == [m for m in reg.mentions if m.source == "s1"]
    assert [m.span.start for m in reg.source_mentions("s1")] == [10, 40, 90]
    assert reg.source_at(Span(40, 52)) == "s1"
    assert reg.mentioned_between(30, 100) == {"s1"}
    assert reg.last_mentioned_between(0, 100) == (90, "s1")
    assert reg.mentioned_over(Span(45, 95)) == {"s1"}
    assert reg.last_rule_before("s1", 100) == (90, "source.pronoun")
    assert reg.last_rule_before("s2", 100) is None
    reg.mentions.append(Mention(Span(150, 155), "s1", "source.pronoun"))  # appended after the move: taken in
    assert reg.last_mentioned_between(0, 400) == (150, "s1")
