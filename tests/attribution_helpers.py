"""Small look-ups the attribution tests share: the one attribution whose content holds a phrase,
and its source as written and as named in the rebuilt source list."""

from __future__ import annotations

from sourcetrace.document import Attribution, Document


def one(doc: Document, needle: str) -> Attribution:
    hits = [a for a in doc.attributions if any(needle in doc.span_text(c) for c in a.content)]
    assert len(hits) == 1, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    return hits[0]


def source_text(doc: Document, a: Attribution) -> str | None:
    return doc.span_text(a.source_span) if a.source_span else None


def source_name(doc: Document, a: Attribution) -> str | None:
    return next((s.name for s in doc.sources if s.id == a.source), None)
