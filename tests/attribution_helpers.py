"""Small look-ups the attribution and source tests share: a text analysed on a fixed date (analyse;
de and en for the two languages, en_after_headline for a text read under a headline), the one
attribution whose content holds a phrase, its source as written and as named in the rebuilt source
list, its chain's links (names, names with positions, or the words that name them), the names (and
types) of that list, and the texts of every attribution's content (part by part, or each content as
one text); and an English document with a hand-written parse, for the tests of the syntax queries
and the rules that read them.

A test file whose examples are dated otherwise binds analyse once, e.g.
`analyze = partial(analyse, lang="de", date="2024-10-17")`, rather than defining its own copy."""

from __future__ import annotations

import sourcetrace
from sourcetrace.document import Attribution, Document, Span, SyntaxToken

DATE = "2024-10-13"
"""The date the shared helpers analyse on unless told otherwise."""

HEADLINE = "Harbor news."
"""The headline en_after_headline puts before a text."""


def analyse(text: str, lang: str | None = None, *, date: str = DATE, conventions: str = "seed") -> Document:
    """`text` analysed on `date` in `lang` (None: the language is detected) in the given conventions
    (sourcetrace.analyze's)."""
    return sourcetrace.analyze(text, date=date, lang=lang, conventions=conventions)


def de(text: str) -> Document:
    """A German text analysed on DATE."""
    return analyse(text, "de")


def en(text: str) -> Document:
    """An English text analysed on DATE."""
    return analyse(text, "en")


def en_after_headline(text: str) -> Document:
    """An English text analysed on DATE after the headline HEADLINE (a text's first line is read as its
    headline, so the text itself is all body)."""
    return analyse(f"{HEADLINE}\n\n{text}", "en")


def names(doc: Document) -> list[str]:
    """The names of the rebuilt source list, sorted."""
    return sorted(s.name for s in doc.sources)


def source_types(doc: Document) -> dict[str, str]:
    """The rebuilt source list as name -> type."""
    return {s.name: s.type for s in doc.sources}


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
    """The one attribution whose content holds `needle` (the test fails, listing every attribution's
    rule and content, when there are none or several)."""
    hits = [a for a in doc.attributions if any(needle in doc.span_text(c) for c in a.content)]
    assert len(hits) == 1, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    return hits[0]


def source_type(doc: Document, needle: str) -> str | None:
    """The type of the source of the one attribution whose content holds `needle` (`one`), in the
    rebuilt source list; None when it has none."""
    a = one(doc, needle)
    return next((s.type for s in doc.sources if s.id == a.source), None)


def source_text(doc: Document, a: Attribution) -> str | None:
    """An attribution's source as written (None when it has no source span)."""
    return doc.span_text(a.source_span) if a.source_span else None


def source_name(doc: Document, a: Attribution) -> str | None:
    """The name of an attribution's source in the rebuilt source list (None when it has none)."""
    return next((s.name for s in doc.sources if s.id == a.source), None)


def link_names(a: Attribution) -> list[str]:
    """The names of an attribution's links, less the outlets credited for the whole article."""
    return [v.name for v in a.via if v.rule != "via.credit"]


def chain_links(a: Attribution) -> list[tuple[str, str]]:
    """An attribution's links as (name, position), credited outlets included."""
    return [(v.name, v.position) for v in a.via]


def link_texts(doc: Document, a: Attribution) -> list[str]:
    """An attribution's links as the words that name them in the text (a link with no span: its name)."""
    return [doc.span_text(v.span) if v.span else v.name for v in a.via]


def parsed(text: str, rows: list[tuple[str, str, str, int]]) -> Document:
    """A document with a hand-written parse: (word, UPOS, relation, head index) per word."""
    doc = Document(text=text, name="t", language="en")
    pos = 0
    for word, upos, dep, head in rows:
        start = text.index(word, pos)
        pos = start + len(word)
        doc.syntax.append(SyntaxToken(Span(start, pos), upos, dep, head, 0, "test"))
    return doc
