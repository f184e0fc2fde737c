"""The linker's state as rows in the store: linking in several runs, with the linker loaded from
the rows in between (its hnswlib graphs rebuilt or read from the cache file), gives exactly what
one uninterrupted linker gives — derived tables included, although each run rewrites only what
changed. Invented documents, hashing encoder (no model)."""

from __future__ import annotations

import pickle
from dataclasses import fields
from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sqlalchemy import insert, select

from sourcetrace.link import Linker, encode_documents, get_encoder
from sourcetrace.link import store as ls
from sourcetrace.link.claims import Member
from sourcetrace.link.encoders import VectorIndex
from sourcetrace.store import Store

T = {"claim": 0.5, "claim_lexical_free": 0.7, "story": 0.35}
FILLER = ("Workers and residents gathered near the town hall on the morning after the council meeting "
          "and talked for a long time about what the decision would mean for the old harbour district.")


def article(doc_id: str, outlet: str, day: str, title: str, said: list[tuple[str, str, str]], *,
            body: str = "", credit: str = "") -> dict[str, Any]:
    """An analysis as the pipeline writes it; `said` holds (speaker, type, content); a content
    starting with 'not ' is denied."""
    text = (credit + " " if credit else "") + title + "\n\n" + body + " "
    attributions, sources = [], []
    for i, (who, kind, what) in enumerate(said, 1):
        start = len(text)
        denied = what.startswith("not ")
        what = what.removeprefix("not ")
        text += f"{who} {'denied' if denied else 'said'} that {what}. "
        c = start + len(who) + len(" denied that " if denied else " said that ")
        sources.append({"id": f"s{i}", "name": who, "aliases": [], "type": kind})
        attributions.append({"id": f"a{i}", "rule": "t", "cue": {"text": "denied" if denied else "said"}, "via": [],
                             "status": "denied" if denied else "attributed",
                             "source": {"id": f"s{i}", "name": who, "type": kind, "start": start,
                                        "end": start + len(who), "text": who},
                             "content": [{"start": c, "end": c + len(what), "text": what}]})
    return {"id": doc_id, "outlet": outlet, "date": day, "title": title, "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": attributions, "sources": sources, "hedges": [], "timexes": [], "quantities": []}


BRIDGE = "the northern bridge will stay closed until the end of May"
DEAL = "the harbour deal was signed in secret last week"
DOCS = [
    article("d1", "Daily One", "2026-03-02", "Bridge closed until May",
            [("Holm", "person", BRIDGE), ("officials", "anonymous", DEAL)], body=FILLER),
    article("d2", "Morning Two", "2026-03-02", "Bridge closed until May",
            [("Holm", "person", BRIDGE), ("officials", "anonymous", DEAL)], body=FILLER, credit="(dpa)"),
    article("d3", "Evening Three", "2026-03-03", "Northern bridge stays shut",
            [("Eva Holm", "person", BRIDGE), ("Harbour Ltd", "company", "not " + DEAL)]),
    article("d4", "Daily One", "2026-09-20", "Chess club opens new hall in the suburbs",
            [("Club chair Ina Lund", "person", "the chess club will open its new hall in October")]),
    # the same text one day earlier: the copy group's original changes from d1 to d5
    article("d5", "Weekly Four", "2026-03-01", "Bridge closed until May",
            [("Holm", "person", BRIDGE), ("officials", "anonymous", DEAL)], body=FILLER),
    article("d6", "Morning Two", "2026-03-03", "Transport ministry on the bridge",
            [("Tom Reed", "person", BRIDGE)]),
    article("d7", "Evening Three", "2026-09-21", "Chess hall opens",
            [("Ina Lund", "person", "the chess club will open its new hall in October")]),
]
BATCHES = [DOCS[:2], DOCS[2:4], DOCS[4:5], DOCS[5:]]


def tables(url: str) -> dict[str, list[tuple[Any, ...]]]:
    with Store.open(url) as store, store.engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in ls.DERIVED}


def reference(tmp_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The derived tables of one linker that saw every document, written in one full save."""
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    lk = Linker("hashing", thresholds=T)
    for batch in BATCHES:
        lk.add(batch)
    with Store.open(url, create=True) as store:
        ls.save(store.engine, lk, full=True)
    return tables(url)


@pytest.mark.parametrize("cache", [True, False])
def test_runs_from_the_rows_link_as_one_linker(store_url: str, tmp_path: Path, cache: bool,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    if not cache:
        monkeypatch.setenv("SOURCETRACE_LINK_CACHE", "")  # every run rebuilds the graphs from link_vectors
    expected = reference(tmp_path)
    assert any(r[2] for r in expected["story_documents"])  # copies were found, and ...
    assert {r[3] for r in expected["claims"]} >= {"contested", "single_origin"}  # ... the statuses vary
    with Store.open(store_url, create=True) as store:
        for batch in BATCHES:
            lk = ls.load_linker(store.engine, get_encoder("hashing"))
            lk.t.update(T)
            assert lk.add(batch) == [d["id"] for d in batch]
            ls.save(store.engine, lk)
        again = ls.load_linker(store.engine, get_encoder("hashing"))
        assert again.add(DOCS) == []  # everything is linked
    assert tables(store_url) == expected
    # the copy group's original moved to d5, and the person's fullest name reached the old claim rows
    copies = {r[0]: r[2] for r in expected["story_documents"]}
    assert copies["d1"] == "d5" and copies["d2"] == "d5"
    assert any("Eva Holm" in r[5] for r in expected["claims"])


def test_the_members_graph_built_in_parts_is_the_graph_built_at_once(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    vecs = rng.standard_normal((90, 16)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    keys = [f"m{i}" for i in range(len(vecs))]
    whole = VectorIndex.build(16, keys, vecs)
    parts = ls._member_index(16, keys, dict(zip(keys, vecs)), part_size=7)
    whole.save(str(tmp_path / "whole.hnsw"))
    parts.save(str(tmp_path / "parts.hnsw"))
    assert (tmp_path / "whole.hnsw").read_bytes() == (tmp_path / "parts.hnsw").read_bytes()
    assert parts.keys == keys and parts.query_many(vecs[:5], 4) == whole.query_many(vecs[:5], 4)


def test_a_member_pickled_before_it_had_slots_loads_with_the_defaults_of_fields_it_lacks() -> None:
    lk = Linker("hashing", thresholds=T)
    lk.add(DOCS[:1])
    m = next(iter(lk.members.values()))
    assert pickle.loads(pickle.dumps(m)) == m
    old = {f.name: getattr(m, f.name) for f in fields(m) if f.name not in ("confirms", "words")}  # a dict, as before
    again = Member.__new__(Member)
    again.__setstate__(old)
    assert again.key == m.key and again.text == m.text and again.confirms is False and again.words == set()


def test_readonly_loads_no_model_and_cannot_be_saved(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store.open(url, create=True) as store:
        lk = Linker("hashing", thresholds=T)
        lk.add(DOCS)
        ls.save(store.engine, lk)
        ro = ls.load_linker(store.engine, readonly=True)
        assert type(ro.encoder).__name__ == "PrecomputedEncoder" and ro.encoder.name == "hashing"
        assert ro.claim_rows() == lk.claim_rows()
        story = lk.story_of("d1")
        assert ro.story_report(story) == lk.story_report(story)
        with pytest.raises(ValueError, match="read-only"):
            ls.save(store.engine, ro)


def test_a_pickled_state_is_converted_on_the_next_save(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    expected = reference(tmp_path)
    lk = Linker("hashing", thresholds=T)
    for batch in BATCHES[:2]:
        lk.add(batch)
    with Store.open(url, create=True) as store:
        with store.engine.begin() as conn:  # a store as `link` wrote it before revision 0005_link_rows
            conn.execute(insert(ls.link_state), [{"id": 1, "encoder": "hashing", "documents": 4, "updated": "x",
                                                  "state": pickle.dumps(lk)}])
        old = ls.load_linker(store.engine)
        for batch in BATCHES[2:]:
            old.add(batch)
        ls.save(store.engine, old)
        with store.engine.connect() as conn:
            assert not bytes(conn.execute(select(ls.link_state.c.state)).scalar_one()).startswith(b"\x80")
            assert len(conn.execute(select(ls.link_documents)).all()) == len(DOCS)
    assert tables(url) == expected


def test_vectors_put_in_the_store_are_used_not_encoded(tmp_path: Path) -> None:
    from sourcetrace.cli.main import main

    url = f"sqlite:///{tmp_path / 'v.db'}"
    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "articles.jsonl"
    assert main(["ingest", str(corpus), "--db", url, "--workers", "1"]) == 0
    with Store.open(url) as store:
        docs = [ls.as_linker_doc(r) for r in store.iter_documents()]
        vecs = encode_documents(get_encoder("hashing"), docs)
        ls.put_vectors(store.engine, "hashing", {d["id"]: v for d, v in zip(docs[1:], vecs[1:])})
        out = ls.link_store(store, encoder="hashing")
    assert out["linked"] == len(docs) and out["encoded"] == 1  # only the document without stored vectors


def test_a_linker_saved_into_another_store_writes_everything_there(tmp_path: Path) -> None:
    lk = Linker("hashing", thresholds=T)
    lk.add(DOCS[:3])
    with Store.open(f"sqlite:///{tmp_path / 'a.db'}", create=True) as a:
        ls.save(a.engine, lk)
    lk.add(DOCS[3:])
    with Store.open(f"sqlite:///{tmp_path / 'b.db'}", create=True) as b:
        ls.save(b.engine, lk)
        assert len(ls.load_linker(b.engine, get_encoder("hashing")).docs) == len(DOCS)


STATE_TABLES = (ls.link_documents, ls.link_members, ls.link_claims, ls.link_entities, ls.link_keys, ls.link_surnames,
                ls.link_vectors)


def test_rows_are_written_a_chunk_at_a_time_and_come_out_the_same(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A save streams its rows: no INSERT carries more than CHUNK rows (the rows are made as they
    are written, not all at once), and the tables are those of a save in larger chunks."""
    from sqlalchemy import event

    def link_in_runs(url: str) -> tuple[dict[str, list[tuple[Any, ...]]], int]:
        largest = 0

        def count(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
            nonlocal largest
            if statement.lstrip().upper().startswith("INSERT"):
                largest = max(largest, len(parameters) if executemany else 1)

        with Store.open(url, create=True) as store:
            event.listen(store.engine, "before_cursor_execute", count)
            for batch in BATCHES:
                lk = ls.load_linker(store.engine, get_encoder("hashing"))
                lk.t.update(T)
                lk.add(batch)
                ls.save(store.engine, lk)
            with store.engine.connect() as conn:
                rows = {t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in (*ls.DERIVED, *STATE_TABLES)}
        return rows, largest

    expected, _ = link_in_runs(f"sqlite:///{tmp_path / 'large.db'}")
    monkeypatch.setattr(ls, "CHUNK", 2)
    got, largest = link_in_runs(f"sqlite:///{tmp_path / 'small.db'}")
    assert largest == 2
    assert got == expected
    assert len(got["claim_members"]) > 2 and len(got["link_vectors"]) == len(DOCS)


MILL, PORT = "the old paper mill will close in June", "its workers will get new jobs at the ferry port"
PIECES = [
    # one speaker's remarks quoted in two pieces by one article (two claims: the bar for one document
    # keeps them apart), then whole by another, which holds both: one claim
    [article("p1", "Daily One", "2026-05-04", "Paper mill to close", [("Ann Vale", "person", MILL),
                                                                      ("Ann Vale", "person", PORT)])],
    [article("p2", "Morning Two", "2026-05-05", "Mill closure", [("Ann Vale", "person", f"{MILL} and {PORT}")])],
    [article("p3", "Evening Three", "2026-05-06", "Mill and port",
             [("Ann Vale", "person", MILL), ("Tom Reed", "person", "the river ferry will run twice a day from July")])],
]


def test_claims_merged_in_a_later_run_are_rewritten_in_the_store(tmp_path: Path) -> None:
    one = Linker("hashing", thresholds=T)
    for batch in PIECES:
        one.add(batch)
    claim = {m.key: m.claim for m in one.members.values()}
    assert claim["p1#a1"] == claim["p1#a2"] == claim["p2#a1"] == claim["p3#a1"] != claim["p3#a2"]
    assert one.vetoed["link.claim.pieces_merged"] == 1
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    with Store.open(url, create=True) as store:
        ls.save(store.engine, one, full=True)
    expected = tables(url)
    runs = f"sqlite:///{tmp_path / 'runs.db'}"
    with Store.open(runs, create=True) as store:
        for batch in PIECES:
            lk = ls.load_linker(store.engine, get_encoder("hashing"))
            lk.t.update(T)
            lk.add(batch)
            ls.save(store.engine, lk)
        again = ls.load_linker(store.engine, get_encoder("hashing"))
        assert {m.key: m.claim for m in again.members.values()} == claim
        assert len(again.claim_members) == len(one.claim_members)  # (the merged claim's id is not given again)
    assert tables(runs) == expected
    assert len({r[0] for r in expected["claims"]}) == 2


def test_unlinked_documents_come_oldest_first_and_undated_last(tmp_path: Path) -> None:
    from sourcetrace.store.schema import documents

    url = f"sqlite:///{tmp_path / 'order.db'}"
    dates = {"late": "2026-03-04", "none": None, "early": "2026-03-01", "month": "2026-03", "mid": "2026-03-02"}
    with Store.open(url, create=True) as store:
        with store.engine.begin() as conn:
            for i, (doc_id, day) in enumerate(dates.items()):
                conn.execute(insert(documents).values(id=doc_id, date=day, text="t", content_hash=f"h{i}", pipeline_version="v",
                                                      reader="{}", analysis="{}", ingested_at="2026-03-05"))
        # a batch smaller than the documents: the order holds across the batches
        assert [r["id"] for r in ls.unlinked_documents(store.engine, batch=2)] == ["month", "early", "mid", "late", "none"]


def test_link_full_rewrites_the_story_rows_an_older_version_wrote(tmp_path: Path) -> None:
    from sqlalchemy import update

    url = f"sqlite:///{tmp_path / 'titles.db'}"
    lk = Linker("hashing", thresholds=T)
    lk.add(DOCS)
    with Store.open(url, create=True) as store:
        ls.save(store.engine, lk)
    expected = tables(url)
    with Store.open(url) as store:
        with store.engine.begin() as conn:  # a title as an older rule chose it (a copy's, say)
            conn.execute(update(ls.stories).values(title="An old title"))
        assert ls.link_store(store, encoder="hashing")["linked"] == 0  # nothing new: the rows stay as they were
    assert {r[3] for r in tables(url)["stories"]} == {"An old title"}
    with Store.open(url) as store:
        assert ls.link_store(store, encoder="hashing", full=True)["linked"] == 0
    assert tables(url) == expected
    assert "An old title" not in {r[3] for r in expected["stories"]}


def test_an_attribute_of_no_row_is_saved_in_the_state(tmp_path: Path) -> None:
    """What the linker holds beside its rows (a newer linker's attribute) is pickled into the
    store's state, so that a reload has it."""
    import json

    url = f"sqlite:///{tmp_path / 'state.db'}"
    lk = Linker("hashing", thresholds=T)
    lk.add(DOCS)
    lk.__dict__["kept_for_later"] = {"a": 1}
    with Store.open(url, create=True) as store:
        ls.save(store.engine, lk)
        with store.engine.connect() as conn:
            state = json.loads(conn.execute(select(ls.link_state.c.state)).scalar_one())
    extra = pickle.loads(bytes.fromhex(state["extra"]))
    assert extra["kept_for_later"] == {"a": 1}
