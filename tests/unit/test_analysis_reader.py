"""The article JSON read back into a Document gives the same JSON and the same reports."""

from __future__ import annotations

import json
from pathlib import Path

import sourcetrace
from sourcetrace.readers.analysis import from_dict
from sourcetrace.writers.html import render as render_html
from sourcetrace.writers.json import to_dict
from sourcetrace.writers.text import render as render_text

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "beispiel.txt"


def test_round_trip_of_the_example(example_doc: sourcetrace.Document) -> None:
    data = json.loads(json.dumps(to_dict(example_doc)))
    back = from_dict(data, example_doc.text)
    assert to_dict(back) == data
    assert render_text(back) == render_text(example_doc)
    assert render_html(back) == render_html(example_doc)


def test_round_trip_of_html_with_posts() -> None:
    page = ("<html><head><title>Streit im Rat</title></head><body><article><p>Der Rat stritt lange. "
            "Laut Polizei gab es drei Verletzte, sagte ein Sprecher am Montag.</p>"
            '<blockquote class="twitter-tweet"><p>Wir bleiben dabei!</p>— Rat Nordstadt (@ratnord) '
            '<a href="x">12. Mai 2025</a></blockquote><p>Die Sitzung soll vertagt werden.</p></article>'
            "</body></html>")
    doc = sourcetrace.analyze(page, date="2025-05-13")
    data = json.loads(json.dumps(to_dict(doc)))
    assert to_dict(from_dict(data, doc.text)) == data


def test_round_trip_keeps_what_a_step_set_aside() -> None:
    # Document.set_aside (source.drop.unclaimed_member) is read back, so a stored document's reports say it too
    doc = sourcetrace.analyze("Neue Abgabe\n\nIm Mai haben NEOS und KPÖ eine Abgabe auf Zweitwohnungen verlangt. "
                              "Es gehe um leistbares Wohnen, so die NEOS-Aussendung.\n", date="2025-05-13", lang="de")
    assert [x.rule for x in doc.set_aside] == ["source.drop.unclaimed_member"]
    data = json.loads(json.dumps(to_dict(doc)))
    back = from_dict(data, doc.text)
    assert to_dict(back) == data
    assert render_text(back) == render_text(doc) and render_html(back) == render_html(doc)
