"""The terminal report: wrapped to the width it is given, the JSON's mode names, rule ids only on
request, and the article date's origin (or its absence) said in words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.report_docs import find, nested_doc

import sourcetrace
from sourcetrace.document import ArticleDate, Claim, Document
from sourcetrace.writers.text import render

TEXT = (
    "Der Gemeinderat hat am Montag über das neue Schulhaus beraten. Laut Polizei gab es drei Verletzte, "
    "die mit einem ausserordentlich langen Wortungetüm wie Strassenverkehrsordnungswidrigkeitenverfahren "
    "beschrieben wurden. «Wir prüfen jede einzelne Zahl zweimal», sagte die Präsidentin Anna Beispiel. "
    "Sie erklärte, die Kosten seien wohl um 12 Prozent gestiegen.\n"
)


@pytest.fixture(scope="module")
def doc() -> Document:
    return sourcetrace.analyze(TEXT, date="2025-03-04")


@pytest.mark.parametrize("width", [40, 57, 100])
def test_every_line_fits_the_width(doc: Document, width: int) -> None:
    for why in (False, True):
        lines = render(doc, width=width, why=why).splitlines()
        assert max(len(line) for line in lines) <= width
        assert len(lines) > 10


def test_a_too_narrow_width_is_raised_to_forty(doc: Document) -> None:
    assert max(len(line) for line in render(doc, width=10).splitlines()) <= 40


def test_modes_are_the_json_names(doc: Document) -> None:
    out = render(doc)
    modes = {a.mode for a in doc.attributions}
    assert {"direct", "according_to"} <= modes
    for mode in modes:
        assert f"• {mode} ·" in out
    assert "• quote" not in out and "according to ·" not in out


def test_rule_ids_only_on_request(doc: Document) -> None:
    rules = {a.rule for a in doc.attributions} | {s.rule for s in doc.sources} | {t.rule for t in doc.timexes}
    plain, why = render(doc), render(doc, why=True, width=400)
    assert not any(rule in plain for rule in rules)
    assert "why:" not in plain
    assert all(rule in why for rule in rules)


@pytest.mark.parametrize(("date", "needles"), [
    (None, ["article date: unknown", "pass --date"]),
    (ArticleDate("2025-03-04", "inferred", "a dateline"), ["2025-03-04, inferred from a dateline", "may be wrong"]),
    (ArticleDate("2025-03", "metadata", "article:published_time"), ["2025-03 (month only), from the page's metadata"]),
    (ArticleDate("2025", "inferred", "the byline"), ["2025 (year only), inferred"]),
    (ArticleDate("2025-03-04", "given", "--date"), ["2025-03-04, given (--date)"]),
])
def test_the_date_says_where_it_comes_from(doc: Document, date: ArticleDate | None, needles: list[str]) -> None:
    saved = doc.date
    try:
        doc.date = date
        head = " ".join(render(doc, width=400).splitlines()[:4])
    finally:
        doc.date = saved
    for needle in needles:
        assert needle in head


def test_sections_and_values(doc: Document) -> None:
    out = render(doc, width=400)
    assert "Anna Beispiel [person" in out
    assert "THE AUTHOR'S OWN CLAIMS" in out and "– Der Gemeinderat hat am Montag" in out
    assert "Montag = 2025-03-03" in out
    assert "12 Prozent = 12" in out


def test_cli_wraps_to_columns_and_why_adds_rules(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "COLUMNS": "52"}
    for extra in ([], ["--why"]):
        r = subprocess.run([sys.executable, "-m", "sourcetrace.cli.main", "analyze", str(src), "--date", "2025-03-04",
                            *extra], capture_output=True, text=True, env=env, timeout=120, check=True)
        assert max(len(line) for line in r.stdout.splitlines()) <= 52
        assert ("why:" in r.stdout) == bool(extra)


def test_a_status_names_the_words_that_set_it() -> None:
    doc = nested_doc()
    doc.attributions[2].status = "denied"
    doc.claims.append(Claim(find(doc.text, "Laut Polizei soll es am Montag 3 Verletzte gegeben haben."), "denied",
                            ["a3"], status_cue=find(doc.text, "soll"), status_rule="status.test"))
    doc.claims.append(Claim(find(doc.text, "Das ist neu."), "disputed", status_cue=find(doc.text, "neu"),
                            status_rule="status.test2"))
    doc.claims.pop(0)
    out = render(doc, width=200)
    assert "• according_to · cue “Laut” · denied (“soll”)" in out
    assert "– Das ist neu. [disputed: “neu”]" in out
    assert "status.test" not in out
    why = render(doc, width=200, why=True)
    assert "status status.test" in why and "why: status.test2" in why


def test_the_summary_line_counts_in_the_singular_where_it_is_one() -> None:
    from sourcetrace.writers.html import render as render_html

    one = sourcetrace.analyze("Laut Polizei soll es einen Verletzten gegeben haben.\n", date="2025-03-04", lang="de")
    assert (len(one.attributions), len(one.sources), len(one.hedges)) == (1, 1, 1)
    assert "language de · 1 attribution · 1 source · 1 hedge\n" in render(one)
    assert "1 claim from others · 1 source ·" in render_html(one)


def test_why_names_what_a_fold_of_sources_folded_into_what() -> None:
    # a definite description folded into the person it stands for: the rule id alone
    # ("+source.merge.description") did not say which mention went into which source (a noun that
    # person_roles does not list: a listed role is resolved as a role before any fold)
    text = ("Neuer Laden am Platz\n\nDie Töpferin Olga Brandt hat am Montag eine Filiale eröffnet. "
            "\"Wir drehen jede Schale von Hand\", sagte Brandt.\n\nDie Nachbarn freuen sich. "
            "Die Töpferin erklärte, sie wolle im Herbst zwei Lehrlinge ausbilden.\n")
    d = sourcetrace.analyze(text, date="2026-03-10")
    folded = [a for a in d.attributions if "+source.merge.description" in a.rule]
    assert folded, [a.rule for a in d.attributions]
    report = " ".join(render(d, width=200, why=True).split())
    assert "folded: \u201cDie Töpferin\u201d \u2192 Olga Brandt (source.merge.description)" in report
    assert "folded:" not in render(d, width=200)  # rule ids and folds only on request
    from sourcetrace.writers.html import render as render_html

    assert "folded: \u201cDie Töpferin\u201d \u2192 Olga Brandt (source.merge.description)" in render_html(d)
