"""`link`, `export stories|claims|claimreview`, `stories` and `story` on a store of our own invented
articles (examples/corpus); the hashing encoder keeps it fast — the semantics of linking are
tested in tests/unit/test_link.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.cli.main import main

DEMO = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "articles.jsonl"


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_link_export_and_story_report(store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _lines(DEMO)
    first, rest = tmp_path / "first.jsonl", tmp_path / "rest.jsonl"
    first.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[:4]), encoding="utf-8")
    rest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[4:]), encoding="utf-8")
    assert main(["ingest", str(first), "--db", store_url, "--workers", "1"]) == 0
    assert main(["link", "--db", store_url, "--encoder", "hashing", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["linked"] == 4 and out["encoder"] == "hashing"

    # incremental: only the new documents are linked, the old ones keep their places
    assert main(["ingest", str(rest), "--db", store_url, "--workers", "1"]) == 0
    assert main(["link", "--db", store_url, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["linked"] == len(rows) - 4 and out["documents"] == len(rows)
    assert main(["link", "--db", store_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["linked"] == 0

    assert main(["export", "stories", "--db", store_url, "-o", str(tmp_path / "s.jsonl")]) == 0
    stories = _lines(tmp_path / "s.jsonl")
    docs = [d for s in stories for d in s["documents"]]  # type: ignore[attr-defined]
    assert sorted(docs) == sorted(str(r["id"]) for r in rows)  # every document in exactly one story

    assert main(["export", "claims", "--db", store_url, "-o", str(tmp_path / "c.jsonl")]) == 0
    claims = _lines(tmp_path / "c.jsonl")
    assert claims
    texts = {str(r["id"]): str(r["text"]) for r in rows}
    for c in claims:
        assert {"claim", "story", "members", "origins", "independent_origins", "status"} <= set(c)
        assert c["status"] in ("single_origin", "corroborated", "contested", "unsourced")
        # the ids of the origin rules that read its origins (revision 0010_claim_origin_rules)
        assert all(str(r).startswith("link.origin.") for r in c["origin_rules"])  # type: ignore[attr-defined]
        # a claim with origins names the rules that chose them (session 21: every origin path has one)
        assert c["origin_rules"] or not c["origins"]
        for m in c["members"]:  # type: ignore[attr-defined]
            assert m["stance"] in ("asserts", "denies")
            # each member: the rule that made it and the one that chose its origin (revision 0011_member_origin_rule)
            assert m["rule"] and str(m["origin_rule"]).startswith("link.origin.")
            assert 0 <= m["start"] < m["end"] <= len(texts[m["document"]])

    assert main(["export", "claimreview", "--db", store_url]) == 0
    reviews = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    review = reviews[0]
    # each origin is a schema.org Person or Organization where its source type says so, else a Thing
    authors = {a["name"]: a["@type"] for r in reviews for a in r["itemReviewed"]["author"]}
    assert authors.get("Eva Lindqvist") == "Person" and authors.get("Lindenauer Rundschau") == "Organization"
    assert {t for n, t in authors.items() if "Mitarbeiter" in n} <= {"Thing"}  # an anonymous source
    assert review["@type"] == "ClaimReview" and review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["firstAppearance"]["@type"] == "NewsArticle"
    # the demo articles have no URL: each appearance names its store id, and no id poses as a URL
    for work in review["itemReviewed"]["appearance"]:
        assert "url" not in work and work["identifier"] in texts

    assert main(["stories", "--db", store_url, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    biggest = listed[0]["story"]
    # a copy names no story that has an original: the wire copy of the demo whose id sorts first among
    # the fire story's earliest articles titled the story before
    from sourcetrace.store import Store

    with Store.open(store_url) as store:
        members = store.raw("SELECT sd.story, sd.copy_of, d.title FROM story_documents sd "
                            "JOIN documents d ON d.id = sd.document")
    copies = {str(m["title"]) for m in members if m["copy_of"]}
    assert copies  # the demo has a copy
    for s in listed:
        originals = {str(m["title"]) for m in members if m["story"] == s["story"] and not m["copy_of"]}
        assert not originals or s["title"] in originals, (s, originals)
    assert main(["story", biggest, "--db", store_url, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] and "citation_graph" in report
    assert main(["story", biggest, "--db", store_url, "--format", "html", "-o", str(tmp_path / "s.html")]) == 0
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert "<h1>Story" in page and page.startswith('<!doctype html><html lang="en">')
    csp = page.split('http-equiv="Content-Security-Policy" content="')[1].split('"')[0]
    assert "default-src &#x27;none&#x27;" in csp and "unsafe-inline" not in csp
    style = page.split("<style>")[1].split("</style>")[0]
    import base64
    import hashlib

    assert base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() in csp  # its own style alone
    assert ' lang="de"' in page  # the German demo articles' titles say so

    # every entity's documents are listed (the web app's /sources/{entity id} reads them)
    from sourcetrace.store import Store

    with Store.open(store_url) as store:
        counts = {r["id"]: r["documents"] for r in store.raw("SELECT id, documents FROM entities")}
        listed = store.raw("SELECT entity, COUNT(*) AS n FROM entity_documents GROUP BY entity")
        assert counts and {r["entity"]: r["n"] for r in listed} == {k: v for k, v in counts.items() if v}
    assert main(["story", biggest, "--db", store_url]) == 0
    assert "CITATION GRAPH" in capsys.readouterr().out


def test_unknown_story_is_one_line(store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text(DEMO.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert main(["ingest", str(one), "--db", store_url, "--workers", "1"]) == 0
    assert main(["link", "--db", store_url, "--encoder", "hashing"]) == 0
    assert main(["story", "s-none", "--db", store_url]) == 2
    assert "[E092]" in capsys.readouterr().err


# one invented agency story printed by two outlets under their own ids (and a third, unrelated article)
WIRE = ("The city council of Marlow approved a new tram line on Tuesday. The line will link the harbour "
        "with the university by 2029, mayor Ida Brenner said. \"We have waited for this for twenty years,\" "
        "Brenner told reporters. The project will cost 310 million euros, according to the transport office. "
        "Construction is due to start next spring.\n")
OTHER = ("A storm closed three schools in Dunmore on Friday. Pupils stayed at home while workers repaired "
         "the roofs, the school board said. The board expects the schools to open again on Monday.\n")


def test_one_text_under_two_ids_is_two_documents_of_one_story(store_url: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"id": "post-1", "text": WIRE, "outlet": "Harbour Post", "date": "2026-03-03", "lang": "en"},
            {"id": "courier-7", "text": WIRE, "outlet": "Valley Courier", "date": "2026-03-04", "lang": "en"},
            {"id": "post-2", "text": OTHER, "outlet": "Harbour Post", "date": "2026-03-05", "lang": "en"}]
    src = tmp_path / "wire.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["ingest", str(src), "--db", store_url, "--workers", "1"]) == 0
    assert "3 added (1 same text as a stored document), 0 duplicate(s) skipped" in capsys.readouterr().err
    assert main(["link", "--db", store_url, "--encoder", "hashing", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["linked"] == 3

    assert main(["export", "stories", "--db", store_url, "-o", str(tmp_path / "s.jsonl")]) == 0
    stories = _lines(tmp_path / "s.jsonl")
    docs = [d for s in stories for d in s["documents"]]  # type: ignore[attr-defined]
    assert sorted(docs) == ["courier-7", "post-1", "post-2"]  # each document in exactly one story
    wire = next(s for s in stories if "post-1" in s["documents"])  # type: ignore[operator]
    assert "courier-7" in wire["documents"]  # type: ignore[operator]

    assert main(["export", "claims", "--db", store_url, "-o", str(tmp_path / "c.jsonl")]) == 0
    claims = [c for c in _lines(tmp_path / "c.jsonl") if c["story"] == wire["story"]]
    both = [c for c in claims if {m["document"] for m in c["members"]} == {"post-1", "courier-7"}]  # type: ignore[attr-defined]
    assert both  # the copy's claims are members too
    # a copy repeats its original: it adds no origin, not even its outlet's
    assert all(c["independent_origins"] == 1 for c in both)
    assert not any("Valley Courier" in str(o) for c in both for o in c["origins"])  # type: ignore[attr-defined]
    assert main(["story", str(wire["story"]), "--db", store_url]) == 0
    assert "copy of post-1" in capsys.readouterr().out  # the linker's copy detection found the exact copy

    # the old rule on request: the same text under another id is skipped
    again = tmp_path / "again.jsonl"
    again.write_text(json.dumps({"id": "gazette-3", "text": WIRE, "outlet": "Gazette"}) + "\n", encoding="utf-8")
    assert main(["ingest", str(again), "--db", store_url, "--workers", "1", "--skip-same-text"]) == 0
    assert "0 added, 1 duplicate(s) skipped" in capsys.readouterr().err
