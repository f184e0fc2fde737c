"""An agency credited for the copy ("Berlin (dpa) –", "Reuters contributed", "Quellen: AFP") is no
source of the claims, but the last link of their chains: it stands in `Document.credits`, and every
id a chain link (`Via.source`) names resolves to a source or a credit — in the document, its JSON,
the JSON read back, the corpus store, the reports (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import analyze, shared_path

from sourcetrace.document import Credit, Document, Source
from sourcetrace.readers.analysis import from_dict
from sourcetrace.writers import html, text
from sourcetrace.writers.json import to_dict

ROOT = Path(__file__).resolve().parents[2]

#: invented texts: a dateline with an agency, a closing credit line, a source footer
CREDITED = [
    "Titel\n\nBerlin (dpa) - Der Minister Karl Berger sagte, «wir ändern das».\n",
    "Titel\n\nHamburg (dpa/lno) – Die Feuerwehr teilte mit, der Brand sei gelöscht. "
    "Ein Sprecher sagte, niemand sei verletzt worden.\n",
    "Harbour plan approved\n\nOSLO (Reuters) - The harbour board said on Monday it would open the new pier in May.\n",
    "Brücke bleibt gesperrt\n\nDie Stadt erklärte, die Brücke bleibe bis Juni gesperrt.\n\nQuellen: AFP\n",
]


def _unresolved(doc: Document) -> list[str]:
    return [v.source for a in doc.attributions for v in a.via if doc.named_by_id(v.source) is None] + [
        a.source for a in doc.attributions if a.source is not None and doc.source_by_id(a.source) is None]


def _unresolved_json(d: dict[str, object]) -> list[str]:
    ids = {x["id"] for k in ("sources", "credits") for x in d.get(k, [])}  # type: ignore[attr-defined]
    return [v["id"] for a in d["attributions"] for v in a["via"] if v["id"] not in ids]  # type: ignore[attr-defined, index]


def test_a_credited_agency_is_a_credit_not_a_source_and_the_chain_link_resolves() -> None:
    doc = analyze(CREDITED[0])
    (a,) = doc.attributions
    assert [(v.name, v.rule) for v in a.via] == [("dpa", "via.credit")]
    assert [s.name for s in doc.sources] == ["Karl Berger"]
    (c,) = doc.credits
    assert isinstance(c, Credit) and (c.name, c.type, c.id) == ("dpa", "news_agency", a.via[0].source)
    assert doc.source_by_id(c.id) is None and doc.named_by_id(c.id) is c
    assert [doc.span_text(m) for m in c.mentions] == ["dpa"]
    assert c.rule.startswith("source.credit")


def test_a_dateline_is_no_part_of_the_source_span() -> None:
    for sep in ("-", "–", "—"):
        for agency in (" (dpa)", ""):
            doc = analyze(f"Titel\n\nBerlin{agency} {sep} Der Minister Karl Berger sagte, «wir ändern das».\n")
            (a,) = doc.attributions
            assert a.source_span is not None and doc.span_text(a.source_span) == "Der Minister Karl Berger", (sep, agency)
            assert [doc.span_text(m) for s in doc.sources for m in s.mentions] == ["Der Minister Karl Berger"]


def test_a_hyphen_inside_a_place_name_is_no_dateline() -> None:
    doc = analyze("Titel\n\nBerlin-Mitte hat einen neuen Bezirkschef. Der Bezirkschef Jan Roth sagte, er freue sich.\n")
    assert doc.attributions and all(a.source_span for a in doc.attributions)
    assert all(not doc.span_text(a.source_span).startswith("Berlin") for a in doc.attributions if a.source_span)


@pytest.mark.parametrize("text", [
    "Titel\n\nEs gab Streit. Anna Roth – Chefin der Firma – sagte, man werde das ändern.\n",
    "Titel\n\nKarl Berger – Bürgermeister seit vielen Jahren – sagte, man werde das ändern.\n",
])
def test_a_name_before_an_apposition_between_dashes_is_no_dateline(text: str) -> None:
    # a dateline opens a paragraph and has no second dash before the cue
    (a,) = analyze(text).attributions
    assert a.source_span is not None and analyze(text).span_text(a.source_span).startswith(("Anna Roth", "Karl Berger"))


@pytest.mark.parametrize("article", CREDITED)
def test_the_credits_are_the_agencies_the_chains_end_in(article: str) -> None:
    # a credit is listed because claims' chains end in it (`via.credit`), not for any credited mention
    doc = analyze(article)
    assert doc.credits and doc.attributions
    ends = {link.source for a in doc.attributions for link in a.via if link.rule == "via.credit"}
    assert {c.id for c in doc.credits} == ends



@pytest.mark.parametrize("article", CREDITED)
def test_every_chain_link_resolves_in_the_json_and_back(article: str) -> None:
    doc = analyze(article)
    assert doc.credits, "the text credits an agency"
    assert not _unresolved(doc)
    d = to_dict(doc)
    assert not _unresolved_json(d)
    assert {c["id"] for c in d["credits"]} == {c.id for c in doc.credits}
    back = from_dict(json.loads(json.dumps(d)), doc.text)
    assert to_dict(back) == d
    assert not _unresolved(back) and [c.name for c in back.credits] == [c.name for c in doc.credits]


def test_the_reports_list_the_credit_apart_from_the_sources() -> None:
    doc = analyze(CREDITED[0])
    report = text.render(doc)
    sources_part = report.split("SOURCES USED", 1)[1].split("CREDITED FOR THE COPY", 1)[0]
    assert "Karl Berger" in sources_part and "dpa" not in sources_part
    assert "dpa [news_agency]; ends 1 chain(s)" in report
    page = html.render(doc)
    assert 'id="credits"' in page and '<td data-label="credited">dpa</td>' in page


def test_a_cited_agency_that_is_also_credited_is_a_source_and_a_credit_under_one_id() -> None:
    doc = analyze("Titel\n\nBerlin (dpa) - Die Regierung will die Steuer senken, wie die dpa aus Kreisen erfuhr. "
                  "Der Minister Karl Berger sagte, «wir ändern das».\n")
    listed = {s.id: s for s in doc.sources if s.name == "dpa"}
    (sid,) = listed  # cited: in both lists, same id, flagged as credited
    assert isinstance(listed[sid], Source) and listed[sid].credit and doc.credit_by_id(sid) is not None
    assert not _unresolved(doc)


def test_the_store_keeps_the_credits_in_their_table(tmp_path: Path) -> None:
    from sourcetrace.store.store import DocumentRecord, Store

    doc = analyze(CREDITED[0])
    with Store.open(f"sqlite:///{tmp_path / 'c.db'}", create=True) as store:
        store.add([DocumentRecord(id="d1", text=doc.text, content_hash="h1", analysis=to_dict(doc),
                                  pipeline_version="test", language=doc.language, title="Titel")])
        rows = store.raw("SELECT c.credit, c.name, c.type, c.mentions, c.relays FROM credits c "
                         "JOIN documents d ON d.pk = c.document WHERE d.id = :d", {"d": "d1"})
        assert [(r["name"], r["type"], r["mentions"], r["relays"]) for r in rows] == [("dpa", "news_agency", 1, 1)]
        via = json.loads(store.raw("SELECT via FROM attributions")[0]["via"])
        assert [v["id"] for v in via] == [rows[0]["credit"]]
        assert not store.raw("SELECT name FROM sources WHERE name = 'dpa'")


def test_every_chain_link_resolves_in_the_example_and_the_demo_corpus(example_doc: Document) -> None:
    assert not _unresolved(example_doc)
    for line in (ROOT / "examples" / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc = analyze(rec["text"], date=rec["date"])
        assert not _unresolved(doc), rec["id"]
        assert not _unresolved_json(to_dict(doc)), rec["id"]


@pytest.mark.shared
def test_every_chain_link_resolves_in_the_curated_articles() -> None:
    from sourcetrace.eval.curated import analysed, curated_articles

    root = shared_path("data")
    found = 0
    for path, meta in curated_articles(root):  # as `sourcetrace eval curated` analyses them
        d = analysed(path.read_bytes(), str(path), meta["date"], "denews" if meta.get("gold_annotations") else "polnear")
        assert not _unresolved_json(d), path.name
        found += sum(1 for a in d["attributions"] for v in a["via"] if v["rule"] == "via.credit")
    assert found, "some curated article is agency copy"

