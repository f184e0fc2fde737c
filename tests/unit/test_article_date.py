"""The article date: only from evidence about the article (stamps, datelines, bylines, embedded
posts), else unknown and said so; `--date` takes a day, a month or a year. Fixtures are ours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import sourcetrace
from sourcetrace.cli.main import main
from sourcetrace.eval.dates import within_a_week


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Neue Brücke eröffnet\nVon Anna Muster und Peter Beispiel, Kleinhafener Zeitung | 13. Oktober 2024, 14:32 Uhr\n"
     "Die Brücke ist fertig.", "2024-10-13", "byline"),
    ("Bridge opens\nBy Jane Roe | Oct. 13, 2024\nThe bridge is finished.", "2024-10-13", "byline"),
    ("Neue Brücke eröffnet\nKLEINHAFEN, 13. Oktober 2024 (sda) - Die Brücke ist fertig.", "2024-10-13", "dateline"),
    ("Neue Brücke eröffnet\nSonntag, 13. Oktober 2024\nDie Brücke ist fertig.", "2024-10-13", "dateline"),
    ("Neue Brücke eröffnet\nDie Brücke ist fertig.\nStand: 13.10.2024 12:04 Uhr", "2024-10-13", "stamp"),
    ("Bridge opens\nUpdated 3:45 p.m. ET Nov. 27, 2015\nThe bridge is finished.", "2015-11-27", "stamp"),
    # a live blog is as new as its latest update
    ("Liveticker Brücke\nUpdate vom 12. Oktober 2024, 09:00 Uhr: Die Arbeiten beginnen.\n"
     "Update vom 13. Oktober 2024, 16:05 Uhr: Die Brücke ist fertig.", "2024-10-13", "stamp"),
    ("Neue Brücke eröffnet\nOktober 2024\nDie Brücke ist fertig.", "2024-10", "dateline"),
    # a credit in parentheses closing the text, after its last sentence
    ("Neue Brücke eröffnet. Die Brücke ist fertig, sagte die Bürgermeisterin. (Anna Muster, Jan Beispiel, 13.10.2024)",
     "2024-10-13", "credit"),
    ("Neue Brücke eröffnet. Die Brücke ist fertig. (red, 13.10.2024)", "2024-10-13", "credit"),
    # a labelled stamp in parentheses on a line of its own
    ("Bridge opens\nThe bridge is finished.\n(Published Sunday, Oct. 13, 2024)\nThe mayor spoke first.", "2024-10-13", "stamp"),
])
def test_evidence_about_the_article_gives_its_date(text: str, value: str, kind: str) -> None:
    doc = sourcetrace.analyze(text)
    assert doc.date is not None and doc.date.value == value and doc.date.origin == "inferred"
    assert kind in doc.date.evidence


@pytest.mark.parametrize("text", [
    # dates the story mentions: history, a chronology, an opening sentence
    "Die Partei im Wandel\nVor 1933 hatte die Partei viele Mitglieder. Heute sind es wenige.",
    "Chronik\nDer Streit begann im Frühjahr.\nKleine Chronik\n1. Tag: (27.12.2008)\n2. Tag: (28.12.2008)",
    "Grenzen zu\nVon wegen. Am Freitag, 9. Oktober 2020, verkündete der Minister die Schließung.",
    "Grenzen zu\nAm Freitag, 9. Oktober 2020, verkündete der Minister die Schließung.",
    "A long history\nIn 2010, the company was founded; by October 2014 it had 300 staff.",
    # a date in parentheses after a colon or in the middle of the text is no credit
    "Chronik\nDer Streit begann im Frühjahr. Erster Tag: (27.12.2008)",
    "Die Partei im Wandel. Der Gründer (Anna Muster, 3.4.1950) lebte hier. Heute ist es still.",
])
def test_a_date_the_text_mentions_is_not_the_article_date(text: str) -> None:
    assert sourcetrace.analyze(text).date is None


def test_the_latest_post_dates_an_article_without_a_stamp() -> None:
    text = ("Streit um die Brücke\nDer Bürgermeister antwortete auf Twitter.\n"
            "Die Brücke ist fertig! pic.twitter.com/abc\n— Jane Roe (@janeroe_demo) October 12, 2024\n")
    doc = sourcetrace.analyze(text)
    assert doc.date is not None and (doc.date.value, doc.date.origin) == ("2024-10-12", "inferred")
    assert "post" in doc.date.evidence


def test_unknown_date_is_said_in_json_and_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Streit um die Brücke\nGestern sagte der Bürgermeister, die Brücke sei fertig.", encoding="utf-8")
    out = tmp_path / "a.json"
    assert main(["analyze", str(article), "--format", "json", "-o", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["date"] is None and d["date_origin"] == "unknown" and "unresolved" in d["date_evidence"]
    assert [t["value"] for t in d["timexes"]] == [None]
    assert main(["analyze", str(article)]) == 0
    report = capsys.readouterr().out
    assert "unknown" in report and "Gestern = unresolved" in report


@pytest.mark.parametrize(("given", "stored"), [("2015-06-03", "2015-06-03"), ("2015-06", "2015-06"), ("2015", "2015")])
def test_date_option_takes_a_day_month_or_year(tmp_path: Path, given: str, stored: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Im vergangenen Jahr sagte der Bürgermeister, die Brücke sei fertig.", encoding="utf-8")
    out = tmp_path / "a.json"
    assert main(["analyze", str(article), "--format", "json", "--date", given, "-o", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert (d["date"], d["date_origin"]) == (stored, "given")
    assert [t["value"] for t in d["timexes"]] == ["2014"]


@pytest.mark.parametrize("bad", ["2015-13", "2015-02-30", "15-06", "Juni 2015", "2015/06"])
def test_a_bad_date_option_is_one_clear_line(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    assert main(["analyze", "-", "--date", bad]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "YYYY-MM" in err[0]


@pytest.mark.parametrize(("predicted", "real", "ok"), [
    ("2024-10-13", "2024-10-08", True), ("2024-10-13", "2024-10-01", False),
    ("2024-10", "2024-10-30", True), ("2024", "2023-12-28", True), ("2024", "2023-11-01", False),
    ("2016-01-03", "2015-06/2016-05 (corpus period)", True),
])
def test_within_a_week(predicted: str, real: str, ok: bool) -> None:
    assert within_a_week(predicted, real) is ok


_HARBOUR = ("PELLWICK SOUND, March 11, 2026 — The ferry board agreed on Monday to raise fares, its treasurer said.\n"
            "The new fares start in April.")


@pytest.mark.parametrize("given", ["2026-03", "2026"])
def test_a_dateline_within_the_given_month_or_year_makes_it_exact(given: str) -> None:
    doc = sourcetrace.analyze(_HARBOUR, date=given, lang="en")
    # the given date made exact keeps its origin: no guess the report should warn of
    assert doc.date is not None and doc.date.value == "2026-03-11" and doc.date.origin == "given"
    assert doc.date.evidence == f"dateline in the text, within the given {given} (--date)"
    monday = [t.value for t in doc.timexes if doc.text[t.span.start:t.span.end].endswith("Monday")]
    assert monday == ["2026-03-09"]  # resolved against the exact date


@pytest.mark.parametrize("given", ["2026-04", "2025", "2026-03-12"])
def test_a_dateline_outside_the_given_date_does_not_win(given: str) -> None:
    doc = sourcetrace.analyze(_HARBOUR, date=given, lang="en")
    assert doc.date is not None and (doc.date.value, doc.date.origin, doc.date.evidence) == (given, "given", "--date")


def test_page_metadata_within_the_given_month_makes_it_exact() -> None:
    page = ("<html><head><meta property='article:published_time' content='2026-03-11T08:00:00Z'>"
            "<title>Fares</title></head><body><article><p>The ferry board agreed to raise fares, its treasurer "
            "said on Monday.</p><p>The new fares start in April.</p></article></body></html>")
    exact = sourcetrace.analyze(page, date="2026-03", lang="en")
    assert exact.date is not None and exact.date.value == "2026-03-11" and exact.date.origin == "metadata"
    assert exact.date.evidence.endswith("within the given 2026-03 (--date)")
    other = sourcetrace.analyze(page, date="2026-05", lang="en")
    assert other.date is not None and (other.date.value, other.date.origin) == ("2026-05", "given")


def test_the_text_report_says_the_refined_date_is_within_the_given(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(_HARBOUR, encoding="utf-8")
    assert main(["analyze", str(f), "--date", "2026-03", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "article date: 2026-03-11, from dateline in the text, within the given 2026-03 (--date)" in out
    assert "may be wrong" not in out.split("\n\n")[0]
    assert main(["analyze", str(f), "--date", "2026-03", "--lang", "en", "--format", "html"]) == 0
    assert '<p class="date date-given" id="article-date"><b>' in capsys.readouterr().out  # no warning sign


def test_an_analysis_stored_with_the_refined_date_inferred_reads_as_before() -> None:
    # analyses stored before the exact date kept the given origin say `inferred`: no warning either
    from sourcetrace.document import ArticleDate
    from sourcetrace.writers.html import _date_line
    from sourcetrace.writers.text import describe_date

    doc = sourcetrace.analyze(_HARBOUR, date="2026-03-11", lang="en")
    doc.date = ArticleDate("2026-03-11", "inferred", "dateline in the text, within the given 2026-03 (input)")
    assert describe_date(doc) == "2026-03-11, inferred from dateline in the text, within the given 2026-03 (input)"
    assert "⚠" not in _date_line(doc)


@pytest.mark.parametrize(("text", "own"), [
    # a labelled publication stamp on its own line is page furniture, no claim of the author's
    ("Harbour plan approved\n\nThe council approved the harbour plan.\n\nPublished March 2, 2026",
     ["The council approved the harbour plan."]),
    ("Hafenplan beschlossen\n\nDer Rat hat den Hafenplan beschlossen.\n\nVeröffentlicht am 2. März 2026, 10:15 Uhr",
     ["Der Rat hat den Hafenplan beschlossen."]),
    # counter-examples: a sentence that only opens with a label word, or says more than the date
    ("Harbour plan approved\n\nPublished in 2019, the guide lists every ferry of the coast.",
     ["Published in 2019, the guide lists every ferry of the coast."]),
    ("Harbour plan approved\n\nUpdated figures were published on March 2, 2026.",
     ["Updated figures were published on March 2, 2026."]),
])
def test_a_date_stamp_is_no_claim_of_the_author(text: str, own: list[str]) -> None:
    doc = sourcetrace.analyze(text, date="2026-03-02")
    body = [doc.span_text(c.span) for c in doc.claims if not c.attributions
            and doc.segment_at(c.span.start) is not None and doc.segment_at(c.span.start).kind == "body"]
    assert body == own
