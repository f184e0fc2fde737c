"""Hand-built documents for the report tests: the writers are tested on known layers, not on what
the analysis happens to find."""

from __future__ import annotations

from sourcetrace.document import (
    ArticleDate,
    Attribution,
    Claim,
    Document,
    Hedge,
    Quantity,
    Segment,
    Source,
    Span,
    Timex,
    Via,
)


def find(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


NESTED_TEXT = (
    "Brückenstreit in Kleinhafen\n"
    "Die Ministerin Lea Muster sagte: «Der Sprecher hat erklärt, die Brücke sei sicher.» Das ist neu.\n"
    "Laut Polizei soll es am Montag 3 Verletzte gegeben haben.\n"
)


GIVEN = ArticleDate("2024-10-13", "given", "--date")


def nested_doc(date: ArticleDate | None = GIVEN) -> Document:
    """An outer quotation that carries an inner reported claim, an according-to claim with a hedge,
    a date and a quantity, and one sentence of the author's own."""
    t = NESTED_TEXT
    doc = Document(text=t, name="nested.txt", title="Brückenstreit in Kleinhafen", language="de",
                   date=None if date is None else ArticleDate(date.value, date.origin, date.evidence))
    title_end = t.index("\n")
    doc.segments = [Segment("title", Span(0, title_end), "test", "de"),
                    Segment("body", Span(title_end + 1, len(t) - 1), "test", "de")]
    doc.sources = [
        Source("s1", "Lea Muster", "person", "test", role="Ministerin", mentions=[find(t, "Lea Muster")]),
        Source("s2", "Sprecher", "person", "test", mentions=[find(t, "Der Sprecher")]),
        Source("s3", "Polizei", "government", "test", mentions=[find(t, "Polizei")]),
        Source("s4", "Agentur X", "news_agency", "test", distance=1),
    ]
    doc.hedges = [Hedge(find(t, "soll"), "reportative", "soll", "hedge.test")]
    doc.attributions = [
        Attribution("a1", "direct", [find(t, "Der Sprecher hat erklärt, die Brücke sei sicher.")], "s1",
                    find(t, "Die Ministerin Lea Muster"), find(t, "sagte"), "attr.test.outer", segment=1),
        Attribution("a2", "indirect", [find(t, "die Brücke sei sicher")], "s2", find(t, "Der Sprecher"),
                    find(t, "erklärt"), "attr.test.inner", segment=1,
                    via=[Via("s4", "Agentur X", None, "via.test", "downstream")]),
        Attribution("a3", "according_to", [find(t, "soll es am Montag 3 Verletzte gegeben haben")], "s3",
                    find(t, "Polizei"), find(t, "Laut"), "attr.test.according", status="hedged", hedges=[0],
                    segment=1),
    ]
    doc.timexes = [Timex(find(t, "Montag"), "DATE", "2024-10-07", "timex.test")]
    doc.quantities = [Quantity(find(t, "3 Verletzte"), 3, "quantity.test")]
    doc.claims = [Claim(find(t, "Das ist neu."), "asserted")]
    return doc


HOSTILE = '<script>window.__pwned = 1; alert(1)</script> <img src=x onerror="window.__pwned = 2"> <a href="javascript:window.__pwned=3">x</a> "\' </script><!--'


def hostile_doc() -> Document:
    """Article text, names, handles and metadata full of markup: all of it must come out as text."""
    t = f"{HOSTILE}\nDer Sprecher sagte: «{HOSTILE}» Ende.\n{HOSTILE} @evil\n"
    first = t.index("\n")
    third = t.index("\n", first + 1)
    doc = Document(text=t, name=f"{HOSTILE}.txt", title=HOSTILE, author=HOSTILE, language="de",
                   url="javascript:window.__pwned=4", date=ArticleDate("2024-10-13", "metadata", HOSTILE))
    doc.segments = [Segment("title", Span(0, first), "test", "de"),
                    Segment("body", Span(first + 1, third), "test", "de"),
                    Segment("social_post", Span(third + 1, len(t) - 1), "test", "de", author=HOSTILE,
                            handle=HOSTILE, date=HOSTILE, platform=HOSTILE)]
    inner = find(t, HOSTILE, 1)
    doc.sources = [Source("s1", HOSTILE, "person", "test", role=HOSTILE, mentions=[find(t, "Der Sprecher")])]
    doc.attributions = [Attribution("a1", "direct", [inner], "s1", find(t, "Der Sprecher"), find(t, "sagte"),
                                    "attr.test", segment=1, via=[Via("s1", HOSTILE, None, HOSTILE)])]
    doc.hedges = [Hedge(find(t, "alert", 1), "epistemic", HOSTILE, HOSTILE)]
    doc.timexes = [Timex(find(t, "window", 1), "DATE", HOSTILE, HOSTILE)]
    doc.quantities = [Quantity(find(t, "x", 3), 1, HOSTILE, unit=HOSTILE)]
    doc.claims = [Claim(find(t, "Ende."), "asserted")]
    return doc
