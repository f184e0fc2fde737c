"""The store on both engines: writes, duplicates, search, sources, status, and injection strings
in every filter (parameterised queries only)."""

from __future__ import annotations

import json
import re
from functools import cache

import pytest
from corpus_helpers import article, english

import sourcetrace
from sourcetrace.corpus.analyse import content_hash, pipeline_version
from sourcetrace.store import DocumentRecord, Store, StoreError
from sourcetrace.writers.json import to_dict

INJECTIONS = [
    "'; DROP TABLE documents; --",
    "\" OR 1=1 --",
    "x' OR '1'='1",
    "Regierung) OR (1=1",
    "NEAR(a b) * ^ : -",
    "%_\\",
    "Robert'); DELETE FROM sources; --",
]


@cache
def _analysis(i: int, lang: str = "de") -> tuple[str, str]:
    text = article(i) if lang == "de" else english(i)
    return text, json.dumps(to_dict(sourcetrace.analyze(text, date="2025-01-0" + str(1 + i % 9))))


def record(i: int, *, doc_id: str | None = None, url: str | None = None, outlet: str = "Nordstädter Zeitung",
           lang: str = "de") -> DocumentRecord:
    text, analysis = _analysis(i, lang)
    return DocumentRecord(id=doc_id or f"doc-{i}", text=text, content_hash=content_hash(text),
                          pipeline_version=pipeline_version(), analysis=json.loads(analysis), url=url, outlet=outlet,
                          title=text.split("\n", 1)[0], date=f"2025-01-0{1 + i % 9}", date_origin="given",
                          language=lang)


@pytest.fixture
def store(store_url: str) -> Store:
    s = Store.open(store_url, create=True)
    yield s  # type: ignore[misc]
    s.close()


def test_add_get_and_duplicates_by_id_and_url(store: Store) -> None:
    res = store.add([record(0, url="https://example.org/a"), record(1), record(2, lang="en")])
    assert (res.added, res.duplicates) == (3, 0)
    res = store.add([record(3, doc_id="doc-0"), record(4, url="https://example.org/a")])
    assert (res.added, res.duplicates) == (0, 2)
    assert [o.split(" (")[1] for o in res.outcomes] == ["same id)", "same url)"]
    assert store.count() == 3
    got = store.get("doc-1")
    assert got is not None and json.loads(got["analysis"]) == record(1).analysis
    assert got["text"] == article(1)
    assert store.get("no such id") is None


def test_the_same_text_under_another_id_is_a_document_of_its_own(store: Store) -> None:
    store.add([record(1)])
    # one text printed twice (two outlets, two ids): both are documents; again under a stored id: a duplicate
    res = store.add([record(1, doc_id="other"), record(1, doc_id="third"), record(1, doc_id="other")])
    assert (res.added, res.same_text, res.duplicates) == (2, 2, 1)
    assert res.outcomes == ["added (same text as doc-1)", "added (same text as doc-1)", "duplicate of other (same id)"]
    assert store.count() == 3
    got = store.get("other")
    assert got is not None and got["text"] == article(1)
    # the old rule, on request: the same text is a duplicate of its first document
    res = store.add([record(1, doc_id="fourth"), record(5)], skip_same_text=True)
    assert (res.added, res.same_text, res.duplicates) == (1, 0, 1)
    assert res.outcomes == ["duplicate of doc-1 (same text)", "added"]


def test_a_document_that_cannot_be_stored_is_set_aside_alone(store: Store) -> None:
    bad = record(1)
    bad.analysis = {**bad.analysis, "timexes": [{"start": 0, "end": 3}]}  # no type, value, rule
    res = store.add([record(0), bad, record(2)], failures=[("f.jsonl", "line 9", "line 9: not valid JSON")])
    assert (res.added, res.failed, res.outcomes[1]) == (2, 1, "failed")
    assert store.count() == 2 and store.get("doc-1") is None
    assert store.raw("SELECT COUNT(*) AS n FROM segments WHERE document NOT IN (SELECT pk FROM documents)")[0]["n"] == 0
    reasons = {f["item"]: f["reason"] for f in store.status()["failures"]}
    assert "could not be stored" in reasons["doc-1"] and "line 9" in reasons


def test_long_rule_ids_kinds_and_date_values_are_stored_on_both_engines(store: Store) -> None:
    """A plug-in's rule id or an unusual date value longer than 64 characters is stored as given
    (PostgreSQL's VARCHAR(64) columns set such a document aside before revision 0008)."""
    rec, rule, value = record(3), "plugin.example/" + "r" * 120, "2025-01-03T" + "X" * 100
    a = rec.analysis
    rec.analysis = {**a, "attributions": [{**a["attributions"][0], "rule": rule, "mode": "m" * 40,
                                            "status": "s" * 40}, *a["attributions"][1:]],
                    "timexes": [{**a["timexes"][0], "value": value, "type": "t" * 40, "rule": rule}],
                    "hedges": [{"start": 0, "end": 5, "text": "Streit", "kind": "k" * 80, "rule": rule}],
                    "segments": [{**a["segments"][0], "kind": "k" * 40, "rule": rule}, *a["segments"][1:]],
                    "sources": [{**a["sources"][0], "type": "t" * 40, "id": "s" * 40, "rule": rule},
                                *a["sources"][1:]],
                    "quantities": [{**a["quantities"][0], "rule": rule}]}
    res = store.add([rec, record(4)])
    assert (res.added, res.failed) == (2, 0), store.status()["failures"]
    got = {t: store.raw(f"SELECT x.rule FROM {t} x JOIN documents d ON d.pk = x.document "
                        "WHERE d.id = :d AND x.idx = 0", {"d": "doc-3"})[0]["rule"]
           for t in ("segments", "sources", "attributions", "hedges", "dates", "quantities")}
    assert set(got.values()) == {rule}
    assert store.raw("SELECT value FROM dates WHERE idx = 0 AND rule = :r", {"r": rule})[0]["value"] == value
    assert store.raw("SELECT status FROM attribution_list WHERE rule = :r", {"r": rule})[0]["status"] == "s" * 40


def test_a_text_beyond_the_engines_limits_is_set_aside_with_its_reason(store: Store) -> None:
    """PostgreSQL's full-text index holds at most 1 MB of a document's words (a limit of the
    engine, SQLSTATE 54000): such a document is set aside alone, with that reason, and the rest
    of the batch is stored; SQLite's FTS5 has no such limit and stores it."""
    text = " ".join(f"w{i:07d}" for i in range(150_000))  # 150,000 different words
    huge = DocumentRecord(id="huge", text=text, content_hash=content_hash(text), pipeline_version="v", analysis={})
    res = store.add([record(0), huge, record(1)])
    assert res.added == (3 if store.dialect == "sqlite" else 2) and res.added + res.failed == 3
    if store.dialect == "postgresql":
        (failure,) = store.status()["failures"]
        assert failure["item"] == "huge" and "could not be stored" in failure["reason"]
        assert "tsvector" in failure["reason"] and "\n" not in failure["reason"]
        assert store.get("huge") is None
    assert {h["id"] for h in store.search("Regierung")} == {"doc-0", "doc-1"}


def test_a_new_analysis_that_cannot_be_stored_leaves_the_old_one(store: Store) -> None:
    store.add([record(0)])
    bad = record(0)
    bad.pipeline_version = "other"
    bad.analysis = {**bad.analysis, "timexes": [{"start": 0, "end": 3}]}  # no type, value, rule
    reason = store.replace_analysis("doc-0", bad)
    assert reason is not None and reason.startswith("could not be stored (KeyError")
    assert store.status("other")["outdated"] == 1
    assert store.raw("SELECT COUNT(*) AS n FROM attributions")[0]["n"] == len(record(0).analysis["attributions"])


def test_child_tables_hold_the_analysis(store: Store) -> None:
    rec = record(5)
    store.add([rec])
    rows = store.raw("SELECT a.* FROM attributions a JOIN documents d ON d.pk = a.document WHERE d.id = :id "
                     "ORDER BY a.idx", {"id": "doc-5"})
    assert len(rows) == len(rec.analysis["attributions"]) > 0
    for row, att in zip(rows, rec.analysis["attributions"]):
        assert (row["mode"], row["status"], row["rule"]) == (att["mode"], att["status"], att["rule"])
        for start, end in json.loads(row["content_spans"]):
            assert rec.text[start:end] in row["content"]
    for table, key in (("sources", "sources"), ("hedges", "hedges"), ("dates", "timexes"),
                       ("quantities", "quantities"), ("segments", "segments")):
        n = store.raw(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]
        assert n == len(rec.analysis[key]), table
    views = store.raw("SELECT * FROM attribution_list WHERE document = :id", {"id": "doc-5"})
    assert len(views) == len(rows)
    assert store.raw("SELECT * FROM outlet_sourcing")[0]["documents"] == 1
    assert store.raw("SELECT COUNT(*) AS n FROM source_totals")[0]["n"] == len(rec.analysis["sources"])


def test_search_best_first_with_snippets_and_filters(store: Store) -> None:
    store.add([record(i) for i in range(4)] + [record(9, lang="en", outlet="Harbour Post")])
    hits = store.search("Regierung")
    assert {h["id"] for h in hits} == {"doc-0", "doc-1", "doc-2", "doc-3"}
    assert all("[Regierung]" in h["snippet"] for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert [h["id"] for h in store.search("Ellen Park council")] == ["doc-9"]
    assert store.search("Regierung", outlet="Harbour Post") == []
    assert {h["id"] for h in store.search("Regierung", since="2025-01-03")} == {"doc-2", "doc-3"}
    assert {h["id"] for h in store.search("Regierung", until="2025-01-01")} == {"doc-0"}
    assert store.search("Regierung", language="en") == []
    assert store.search("   ") == []
    assert len(store.search("Regierung", limit=2)) == 2


def test_a_word_of_every_document_still_scores_above_zero(store: Store) -> None:
    # bm25 of a word in every document of a small store is about 1e-6: four significant digits, not 0.0
    store.add([record(i) for i in range(4)])
    hits = store.search("Nordstadt")
    assert len(hits) == 4 and all(h["score"] > 0 for h in hits)


def test_search_in_windows_ranks_the_newest_matches_first_and_reaches_every_match(store: Store) -> None:
    store.add([record(i) for i in range(5)] + [record(9, lang="en", outlet="Harbour Post")])
    every = store.search("Regierung")
    assert len(every) == 5
    # a window as large as the matches: exactly the ranking of every match
    assert store.search("Regierung", window=5) == every == store.search("Regierung", window=1000)
    # windows of 2, newest stored first: doc-4 and doc-3 compete for the first two places, …
    paged = [h["id"] for p in range(3) for h in store.search("Regierung", limit=2, offset=2 * p, window=2)]
    assert sorted(paged[:2]) == ["doc-3", "doc-4"] and sorted(paged[2:4]) == ["doc-1", "doc-2"]
    assert paged[4:] == ["doc-0"]
    # … each window best first, with the scores of the whole search; a page across two windows
    scores = {h["id"]: h["score"] for h in every}
    for p in range(2):
        hits = store.search("Regierung", limit=2, offset=2 * p, window=2)
        assert [h["score"] for h in hits] == sorted((scores[h["id"]] for h in hits), reverse=True)
    assert [h["id"] for h in store.search("Regierung", limit=3, offset=1, window=2)] == paged[1:4]
    assert store.search("Regierung", offset=5, window=2) == []
    assert [h["id"] for h in store.search("Regierung", window=2, outlet="Harbour Post")] == []
    assert [h["id"] for h in store.search("Regierung", limit=1, window=1, since="2025-01-04")] == ["doc-4"]
    assert all("[Regierung]" in h["snippet"] for h in store.search("Regierung", window=2))


def test_count_matches_stops_counting_after_at_most(store: Store) -> None:
    store.add([record(i) for i in range(5)] + [record(9, lang="en", outlet="Harbour Post")])
    # search_window counts from its own queries: up to window + 1, None past the last match
    assert store.search_window("Regierung", window=10)[1] == 5
    hits, n = store.search_window("Regierung", window=3, limit=2)
    assert n == 4 and hits == store.search("Regierung", window=3, limit=2)
    assert store.search_window("Regierung", window=3, limit=1, offset=3)[1] == 4  # a later window: more than 3
    assert store.search_window("Regierung", window=2, limit=1, offset=1, since="2025-01-04")[1] == 2
    assert store.search_window("Regierung", window=10, offset=7) == ([], None)
    assert store.search_window("  ") == ([], 0)
    assert store.count_matches("Regierung") == 5
    assert store.count_matches("Regierung", at_most=3) == 4  # "more than 3"
    assert store.count_matches("Regierung", since="2025-01-04") == 2
    assert store.count_matches("Regierung", outlet="Harbour Post") == 0
    assert store.count_matches("  ") == 0
    with pytest.raises(StoreError, match="not a date"):
        store.count_matches("Regierung", until="'; DROP TABLE documents; --")


def _claim(rec: DocumentRecord, content: str) -> DocumentRecord:
    """`rec` with one more attribution whose content is `content` (a span of the text it adds)."""
    start = len(rec.text)
    rec.text += content + "\n"
    rec.content_hash = content_hash(rec.text)
    first = rec.analysis["attributions"][0]
    rec.analysis = {**rec.analysis, "attributions": [*rec.analysis["attributions"], {
        **first, "id": "a-extra", "content": [{"start": start, "end": start + len(content), "text": content}]}]}
    return rec


def test_search_claims_finds_whole_words_through_the_claim_index(store: Store) -> None:
    store.add([_claim(record(0), "Die Europäische Union zahlt den Rest."),
               _claim(record(1), "Der Euro sei stabil, die Union zahle."),
               _claim(record(2), "Die Union zahlt in Euro."), record(9, lang="en", outlet="Harbour Post")])
    found = store.search_claims("Euro zahlt", ["doc-2", "doc-1", "doc-0"])
    # whole words, every one of them: 'Europäische' is not 'Euro', 'zahle' not 'zahlt'
    assert [(c["document"], c["content"]) for c in found] == [("doc-2", "Die Union zahlt in Euro.")]
    assert set(found[0]) == {"document", "title", "outlet", "date", "attribution", "source_name", "mode", "content"}
    # case ignored; in the order of the documents given, then as each document has them
    both = store.search_claims("UNION", ["doc-1", "doc-0", "doc-2"])
    assert [c["document"] for c in both] == ["doc-1", "doc-0", "doc-2"]
    assert [c["document"] for c in store.search_claims("union", ["doc-1", "doc-0"], limit=1)] == ["doc-1"]
    # only the documents given (the article hits)
    assert {c["document"] for c in store.search_claims("Union", ["doc-0"])} == {"doc-0"}
    # the claims the analysis found are in the index too, as any other
    mine = [a for a in record(9, lang="en").analysis["attributions"] if "cost" in
            " ".join(c["text"] for c in a["content"])]
    assert mine and [c["attribution"] for c in store.search_claims("cost", ["doc-9"])] == [mine[0]["id"]]
    assert store.search_claims("Union", []) == [] == store.search_claims("  ", ["doc-0"])
    assert store.search_claims("Union", ["no such id"]) == []


def test_the_claim_index_follows_new_analyses_and_migrations(store: Store) -> None:
    from alembic import command

    from sourcetrace.store.migrate import config

    store.add([_claim(record(0), "Die Union zahlt."), record(1)])
    assert len(store.search_claims("Union zahlt", ["doc-0"])) == 1
    new = record(0)
    new.analysis = {**new.analysis, "attributions": []}
    store.replace_analysis("doc-0", new)  # the old claims leave the index with their rows
    assert store.search_claims("Union zahlt", ["doc-0"]) == []
    store.replace_analysis("doc-0", _claim(record(0), "Die Union zahlt."))
    assert len(store.search_claims("Union zahlt", ["doc-0"])) == 1
    # a store of the revision before: the index is built from the claims it holds
    with store.engine.begin() as conn:
        command.downgrade(config(conn), "0006_link_events")
    with store.engine.begin() as conn:
        command.upgrade(config(conn), "head")
    assert len(store.search_claims("Union zahlt", ["doc-0", "doc-1"])) == 1
    assert {c["document"] for c in store.search_claims("Millionen Euro", ["doc-0", "doc-1"])} == {"doc-0", "doc-1"}
    if store.dialect == "sqlite":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO attributions_fts(attributions_fts) VALUES ('integrity-check')")


def test_claims_linked_before_origin_rules_read_as_none_after_the_upgrade(store: Store) -> None:
    """Revision 0010_claim_origin_rules on a store that holds claims: the rows of the revision
    before keep their values and read as having no origin rules (NULL); rows written after it keep
    theirs; and down again the column goes, the claims stay."""
    from alembic import command
    from sqlalchemy import insert, inspect, text

    from sourcetrace.link import store as ls
    from sourcetrace.store.migrate import config

    def columns() -> set[str]:
        return {c["name"] for c in inspect(store.engine).get_columns("claims")}

    with store.engine.begin() as conn:
        command.downgrade(config(conn), "0009_credits")
    assert "origin_rules" not in columns()
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO claims (claim, story, text, status, independent_origins, origins, denied_by, "
                          "anonymous_only) VALUES ('c-old', 's1', 'Die Fähre fährt.', 'single_origin', 1, "
                          "'[\"Hafenamt\"]', '[]', :anon)"), {"anon": False})
    with store.engine.begin() as conn:
        command.upgrade(config(conn), "head")
    assert "origin_rules" in columns()
    with store.engine.begin() as conn:
        conn.execute(insert(ls.claims).values(claim="c-new", story="s1", text="Die Fähre fährt nicht.", status="corroborated",
                                              independent_origins=2, origins=json.dumps(["Fischer", "Taucher"]),
                                              denied_by="[]", anonymous_only=True,
                                              origin_rules=json.dumps(["link.origin.conjoined_groups"])))
    new, old = ls.claim_lines(store.engine)  # (by claim id)
    assert (old["claim"], old["origins"], old["status"], old["origin_rules"]) == ("c-old", ["Hafenamt"], "single_origin", [])
    assert (new["claim"], new["origin_rules"]) == ("c-new", ["link.origin.conjoined_groups"])
    with store.engine.begin() as conn:
        command.downgrade(config(conn), "0009_credits")
    assert "origin_rules" not in columns()
    assert "origin_rule" not in {c["name"] for c in inspect(store.engine).get_columns("claim_members")}
    with store.engine.connect() as conn:
        assert sorted(r[0] for r in conn.execute(text("SELECT claim FROM claims"))) == ["c-new", "c-old"]


@pytest.mark.parametrize("bad", INJECTIONS)
def test_injection_strings_in_search_and_every_filter(store: Store, bad: str) -> None:
    store.add([record(0), record(1)])
    store.search(bad)
    store.search(bad, window=10)
    store.count_matches(bad)
    store.search_claims(bad, ["doc-0", bad])
    assert store.search_claims("Polizei", [bad]) == []
    for key in ("outlet", "language"):
        assert store.search("Regierung", **{key: bad}) == []
        assert store.search("Regierung", window=10, **{key: bad}) == []
        assert store.count_matches("Regierung", **{key: bad}) == 0
    for key in ("since", "until"):
        with pytest.raises(StoreError, match="not a date"):
            store.search("Regierung", **{key: bad})
    store.sources(outlet=bad)
    store.sources(source_type=bad)
    assert store.sources(outlet=bad)["sources"] == []
    assert store.get(bad) is None
    assert store.known_ids([bad, "doc-0"]) == {"doc-0"}
    store.record_failures([(bad, bad, bad)])
    assert store.count() == 2
    assert {f["input"] for f in store.status()["failures"]} == {bad}
    assert store.raw("SELECT COUNT(*) AS n FROM sources")[0]["n"] > 0


def test_sources_across_the_corpus(store: Store) -> None:
    recs = [record(i, outlet="A" if i < 2 else "B") for i in range(4)]
    store.add(recs)
    res = store.sources()
    claims = sum(len(r.analysis["attributions"]) for r in recs)
    by_outlet = {o["outlet"]: o for o in res["outlets"]}
    assert set(by_outlet) == {"A", "B"}
    assert sum(o["claims"] for o in res["outlets"]) == claims
    assert all(0.0 <= o["anonymous_share"] <= 1.0 for o in res["outlets"])
    assert sum(t["sources"] for t in res["types"]) == sum(len(r.analysis["sources"]) for r in recs)
    only_a = store.sources(outlet="A")
    assert [o["outlet"] for o in only_a["outlets"]] == ["A"]
    police = [s for s in res["sources"] if s["name"] == "Polizei"]
    assert police and police[0]["documents"] == 4


def test_runs_failures_and_status(store: Store) -> None:
    run = store.begin_run("ingest", ["x.jsonl"], "v1")
    store.add([record(0)], run, failures=[("x.jsonl", "line 2", "line 2: not valid JSON")])
    store.record_failures([("x.jsonl", "line 2", "line 2: not valid JSON (again)")], run)
    store.finish_run(run, added=1, duplicates=0, failed=1, seconds=0.5)
    s = store.status(pipeline_version())
    assert s["documents"] == 1 and s["outdated"] == 0
    assert s["failures"] == [{"input": "x.jsonl", "item": "line 2", "reason": "line 2: not valid JSON (again)",
                              "run": run, "at": s["failures"][0]["at"]}]
    assert s["runs"][0]["inputs"] == ["x.jsonl"] and s["runs"][0]["state"] == "finished"


def test_a_run_that_writes_much_of_the_store_merges_the_full_text_indexes(store: Store) -> None:
    def segments() -> list[int]:
        return [store.raw(f"SELECT COUNT(DISTINCT segid) AS n FROM {t}_idx")[0]["n"]
                for t in ("documents_fts", "attributions_fts")]

    for i in range(3):  # one transaction each: a segment each
        store.add([record(i)])
    before = [h["id"] for h in store.search("Regierung")], store.search_claims("Millionen Euro", ["doc-1"])
    if store.dialect == "sqlite":
        assert min(segments()) >= 2
    run = store.begin_run("ingest", [], "v")
    store.finish_run(run, added=0, duplicates=0, failed=0, seconds=0.1)  # wrote nothing: left alone
    if store.dialect == "sqlite":
        assert min(segments()) >= 2
    store.finish_run(run, added=3, duplicates=0, failed=0, seconds=0.1)
    if store.dialect == "sqlite":
        assert segments() == [1, 1]
    assert ([h["id"] for h in store.search("Regierung")], store.search_claims("Millionen Euro", ["doc-1"])) == before
    assert before[1]


def test_replace_analysis(store: Store) -> None:
    store.add([record(0)])
    new = record(0)
    new.pipeline_version = "other"
    new.analysis = {**new.analysis, "attributions": []}
    assert store.replace_analysis("doc-0", new) is None
    assert store.raw("SELECT COUNT(*) AS n FROM attributions")[0]["n"] == 0
    assert store.status("other")["outdated"] == 0


def test_open_errors_are_one_line(tmp_path: object) -> None:
    for url in ("nonsense", "mysql://x@y/z", "sqlite:///" + str(tmp_path) + "/missing.db",
                "sqlite:///no/such/folder/x.db", "postgresql://nobody@127.0.0.1:1/x"):
        with pytest.raises(StoreError) as err:
            Store.open(url, create=not url.endswith("missing.db"))
        assert "\n" not in str(err.value) and re.match(r"\[E06[1-7]\] ", str(err.value))


def test_a_failed_upgrade_is_one_line(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration step that fails with the driver's own error (as 0012's SQLite rebuild can) or its own
    check is a one-line StoreError that names the store, not a traceback."""
    import sqlite3

    url = "sqlite:///" + str(tmp_path) + "/x.db"
    Store.open(url, create=True).close()
    for failure in (sqlite3.OperationalError("database table is locked"), RuntimeError("rebuilding broke 2 keys")):
        def fail(self: Store, exc: Exception = failure) -> None:
            raise exc
        monkeypatch.setattr(Store, "migrate", fail)
        with pytest.raises(StoreError) as err:
            Store.open(url)
        assert "\n" not in str(err.value) and str(err.value).startswith("[E095] ")
        assert str(failure) in str(err.value) and "x.db" in str(err.value)


def test_raw_binds_named_parameters_on_the_driver(store: Store) -> None:
    """`raw` runs on the driver's cursor: `:name` parameters (one used twice, unused ones ignored,
    a literal % and ::-free SQL) bound in the driver's own style, rows as dicts, errors as SQLAlchemy's."""
    from sqlalchemy.exc import DBAPIError

    store.add([record(0), record(1)])
    rows = store.raw("SELECT id, outlet FROM documents WHERE id = :a OR (id = :b AND outlet = outlet) "
                     "OR id = :a ORDER BY id", {"a": "doc-0", "b": "doc-1", "unused": 1})
    assert rows == [{"id": "doc-0", "outlet": rows[0]["outlet"]}, {"id": "doc-1", "outlet": rows[1]["outlet"]}]
    assert store.raw("SELECT COUNT(*) AS n FROM documents WHERE id LIKE 'doc-%' AND id <> :x",
                     {"x": "' OR '1'='1"})[0]["n"] == 2
    with pytest.raises(DBAPIError):
        store.raw("SELECT no_such_column FROM documents")
    assert store.raw("SELECT COUNT(*) AS n FROM documents")[0]["n"] == 2  # the connection is usable again


def test_members_linked_before_their_origin_rule_read_as_none_after_the_upgrade(store: Store) -> None:
    """Revision 0011_member_origin_rule: a claim member written before it reads with no origin rule
    (NULL), one written after keeps its own; down again the column goes, the members stay."""
    from alembic import command
    from sqlalchemy import insert, inspect, text

    from sourcetrace.link import store as ls
    from sourcetrace.store.migrate import config

    def columns() -> set[str]:
        return {c["name"] for c in inspect(store.engine).get_columns("claim_members")}

    with store.engine.begin() as conn:
        command.downgrade(config(conn), "0010_claim_origin_rules")
    assert "origin_rule" not in columns()
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO claims (claim, story, text, status, independent_origins, origins, denied_by, "
                          "anonymous_only, origin_rules) VALUES ('c1', 's1', 'Die Fähre fährt.', 'single_origin', 1, "
                          "'[\"Hafenamt\"]', '[]', :anon, '[]')"), {"anon": False})
        conn.execute(text("INSERT INTO claim_members (claim, idx, document, start, \"end\", source, via, stance, origin, rule) "
                          "VALUES ('c1', 0, 'd1', 0, 16, 'Hafenamt', '[]', 'asserts', 'Hafenamt', 't')"))
    with store.engine.begin() as conn:
        command.upgrade(config(conn), "head")
    assert "origin_rule" in columns()
    with store.engine.begin() as conn:
        conn.execute(insert(ls.claim_members).values(claim="c1", idx=1, document="d2", start=0, end=16, source="Hafenamt",
                                                     via="[]", stance="asserts", origin="Hafenamt", rule="t",
                                                     origin_rule="link.origin.source"))
    (claim,) = ls.claim_lines(store.engine)
    assert [(m["document"], m["origin_rule"]) for m in claim["members"]] == [("d1", None), ("d2", "link.origin.source")]
    with store.engine.begin() as conn:
        command.downgrade(config(conn), "0010_claim_origin_rules")
    assert "origin_rule" not in columns()
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM claim_members")).scalar() == 2
