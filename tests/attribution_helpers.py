"""Small look-ups the attribution and source tests share: a German or English text analysed on a
fixed date, the one attribution whose content holds a phrase, its source as written and as named
in the rebuilt source list, the names of its chain's links, the names of that list, and the texts of
every attribution's content (part by part, or each content as one text); and an English document
with a hand-written parse, for the tests of the syntax queries and the rules that read them."""

from __future__ import annotations

import sourcetrace
from sourcetrace.document import Attribution, Document, Span, SyntaxToken


def de(text: str) -> Document:
    return sourcetrace.analyze(text, date="2024-10-13", lang="de")


def en(text: str) -> Document:
    return sourcetrace.analyze(text, date="2024-10-13", lang="en")


def names(doc: Document) -> list[str]:
    return sorted(s.name for s in doc.sources)


def contents(doc: Document) -> list[list[str]]:
    """The texts of each attribution's content, in order."""
    return [[doc.span_text(c) for c in a.content] for a in doc.attributions]


def content_text(doc: Document, a: Attribution) -> str:
    """An attribution's content as one text, its parts joined by " … "."""
    return " … ".join(doc.span_text(c) for c in a.content)


def joined_contents(doc: Document) -> list[str]:
    """Each attribution's content as one text (content_text), in order."""
    return [content_text(doc, a) for a in doc.attributions]


def one(doc: Document, needle: str) -> Attribution:
    hits = [a for a in doc.attributions if any(needle in doc.span_text(c) for c in a.content)]
    assert len(hits) == 1, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    return hits[0]


def source_text(doc: Document, a: Attribution) -> str | None:
    return doc.span_text(a.source_span) if a.source_span else None


def source_name(doc: Document, a: Attribution) -> str | None:
    return next((s.name for s in doc.sources if s.id == a.source), None)


def link_names(a: Attribution) -> list[str]:
    """The names of an attribution's links, less the outlets credited for the whole article."""
    return [v.name for v in a.via if v.rule != "via.credit"]


def parsed(text: str, rows: list[tuple[str, str, str, int]]) -> Document:
    """A document with a hand-written parse: (word, UPOS, relation, head index) per word."""
    doc = Document(text=text, name="t", language="en")
    pos = 0
    for word, upos, dep, head in rows:
        start = text.index(word, pos)
        pos = start + len(word)
        doc.syntax.append(SyntaxToken(Span(start, pos), upos, dep, head, 0, "test"))
    return doc
