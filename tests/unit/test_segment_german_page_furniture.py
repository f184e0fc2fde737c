"""Segmentation of German web pages, session 29 (lines of our own; issue 7): teaser and service
lines of a page ("Lesen Sie hier: …", ">>> …", "Das könnte Dich auch interessieren: …",
"Stand: …", `boilerplate` of resources/de/segments.json) are boilerplate, so the speaker's
Konjunktiv goes on across them; the headline that a page prints again at the top of its body is
the page's furniture (rule segment.title.repeat), not a second claim of the author's."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name

from sourcetrace.document import Document, Segment, Span
from sourcetrace.steps.segment import Segmenter

PAGE = ("Die Bürgermeisterin Karin Ott hat den Haushalt vorgestellt. „Wir müssen sparen“, sagte Ott.\n"
        ">>> Alles zum Haushalt der Stadt Kleinbach\n"
        "Die Schulden seien zu hoch. Neue Kredite werde es nicht geben.\n"
        "Lesen Sie hier: Der Kämmerer tritt zurück\n"
        "Das könnte Dich auch interessieren: Neue Bäder für Kleinbach\n"
        "Stand: 12.10.2024, 18:00 Uhr\n"
        "Der Rat stimmt am Freitag ab.")


def _kind_of_line(doc: Document, opening: str) -> str:
    at = doc.text.index("\n" + opening) + 1
    return next(s.kind for s in doc.segments if s.span.start <= at < s.span.end)


def test_teaser_and_service_lines_are_boilerplate() -> None:
    doc = de(PAGE)
    for opening in (">>>", "Lesen Sie hier", "Das könnte Dich", "Stand:"):
        assert _kind_of_line(doc, opening) == "boilerplate", opening
    assert _kind_of_line(doc, "Der Rat stimmt") == "body"


def test_the_speakers_konjunktiv_goes_on_across_a_teaser_line() -> None:
    doc = de(PAGE)
    a = one(doc, "Die Schulden seien zu hoch")
    assert a.mode == "continuation" and source_name(doc, a) == "Karin Ott"
    assert source_name(doc, one(doc, "Neue Kredite werde es nicht geben")) == "Karin Ott"
    # the teasers' own words are no one's claim
    assert not any("Kämmerer tritt zurück" in doc.span_text(c) for a in doc.attributions for c in a.content)


def _page(title: str, body: str) -> Document:
    text = f"{title}\n{body}"
    doc = Document(text=text, name="t", input_format="html")
    doc.segments = [Segment(kind="title", span=Span(0, len(title)), rule="reader.html.title")]
    Segmenter()(doc)
    return doc


def test_the_headline_printed_again_over_the_body_is_furniture() -> None:
    doc = _page("Stadtrat beschließt neuen Radweg am Fluss | Kleinbacher Blatt",
                "Stadtrat beschließt neuen Radweg am Fluss\nDer Stadtrat hat am Montag einen neuen Radweg am Fluss beschlossen. "
                "Er soll im Frühjahr fertig sein.")
    repeat = [s for s in doc.segments if s.rule == "segment.title.repeat"]
    assert len(repeat) == 1 and doc.span_text(repeat[0].span) == "Stadtrat beschließt neuen Radweg am Fluss"
    assert repeat[0].kind == "boilerplate"
    assert any(s.kind == "body" and doc.span_text(s.span).startswith("Der Stadtrat hat") for s in doc.segments)


def test_a_first_line_that_only_shares_words_with_the_headline_stays_body() -> None:
    doc = _page("Radweg am Fluss kommt", "Radweg am Fluss kommt später als geplant, sagt die Stadt, weil Geld fehlt.\nMehr im Frühjahr.")
    assert not any(s.rule == "segment.title.repeat" for s in doc.segments)


def test_a_body_sentence_that_opens_like_a_service_line_stays_body() -> None:
    # "Weitere Informationen" is furniture as a heading of its own or before a colon, not as the
    # subject of a sentence of the report (review rev29b)
    doc = de("Brand in Kleinbach\n\nIn einer Scheune in Kleinbach hat es am Montag gebrannt.\n\n"
             "Weitere Informationen nannte die Feuerwehr am Abend nicht.\n\nWeitere Informationen\n\n"
             "Weitere Informationen: Telefon der Gemeinde\n\nDer Schaden sei hoch, sagte ein Sprecher der Feuerwehr.")
    assert _kind_of_line(doc, "Weitere Informationen nannte") == "body"
    assert _kind_of_line(doc, "Weitere Informationen\n") == "boilerplate"
    assert _kind_of_line(doc, "Weitere Informationen:") == "boilerplate"


def test_a_first_line_that_runs_on_from_the_headline_stays_body() -> None:
    # (fix30: the line holds the whole title and more, with no mark setting the more apart: the
    # body's first sentence, which tells more than the title)
    title = "Stadtrat beschließt neuen Radweg am Fluss"
    doc = _page(title, f"{title} bis zum Sommer.\nEr soll im Frühjahr fertig sein.")
    assert not any(s.rule == "segment.title.repeat" for s in doc.segments)
    # a section label before a colon, or the site's name after a bar, is set apart: a repeat
    doc = _page(title, f"Verkehr: {title}\nEr soll im Frühjahr fertig sein.")
    assert [s.rule for s in doc.segments if s.rule == "segment.title.repeat"] == ["segment.title.repeat"]
    doc = _page(title, f"{title} | Kleinbacher Blatt\nEr soll im Frühjahr fertig sein.")
    assert [s.rule for s in doc.segments if s.rule == "segment.title.repeat"] == ["segment.title.repeat"]
