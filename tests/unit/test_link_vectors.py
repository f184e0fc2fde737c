"""Vectors into the linker: batched encoding, vectors computed elsewhere (`Linker.add(vectors=)`,
`PrecomputedEncoder`), on invented documents with the hashing encoder (no model, deterministic)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.link import Linker, PrecomputedEncoder, document_texts, encode_documents, get_encoder

T = {"claim": 0.5, "claim_lexical_free": 0.7, "story": 0.35}


def article(doc_id: str, outlet: str, day: str, title: str, said: list[tuple[str, str]]) -> dict[str, Any]:
    """An analysis as the pipeline writes it, with one attribution per (speaker, content)."""
    text = title + "\n\n"
    attributions, sources = [], []
    for i, (who, what) in enumerate(said, 1):
        start = len(text)
        text += f"{who} said that {what}. "
        c = start + len(who) + len(" said that ")
        sources.append({"id": f"s{i}", "name": who, "aliases": [], "type": "person"})
        attributions.append({"id": f"a{i}", "rule": "t", "cue": {"text": "said"}, "via": [], "status": "attributed",
                             "source": {"id": f"s{i}", "name": who, "type": "person", "start": start,
                                        "end": start + len(who), "text": who},
                             "content": [{"start": c, "end": c + len(what), "text": what}]})
    return {"id": doc_id, "outlet": outlet, "date": day, "title": title, "language": "en", "text": text,
            "segments": [{"kind": "body", "start": len(title) + 2, "end": len(text), "rule": "t"}],
            "attributions": attributions, "sources": sources, "hedges": [], "timexes": [], "quantities": []}


DOCS = [
    article("d1", "Daily One", "2026-05-01", "Storm floods the old harbour district",
            [("Fire chief Karl Ost", "the storm flooded the old harbour district overnight"),
             ("Mayor Eva Holm", "the city will open two shelters in the north")]),
    article("d2", "Morning Two", "2026-05-01", "Storm floods old harbour district",
            [("Karl Ost", "the storm flooded the old harbour district overnight")]),
    article("d3", "Daily One", "2026-09-20", "Chess club opens new hall in the suburbs",
            [("Club chair Ina Lund", "the chess club will open its new hall in October")]),
    article("d4", "Evening Three", "2026-05-02", "No sources in this one", []),
]


def _result(lk: Linker) -> tuple[list[list[str]], list[tuple[str, list[str], str]]]:
    stories = sorted(sorted(r["documents"]) for r in lk.story_rows())
    claims = sorted((r["text"], [m["document"] for m in r["members"]], r["status"]) for r in lk.claim_rows())
    return stories, claims


def test_document_texts_are_title_and_lead_then_one_per_claim_member() -> None:
    texts = document_texts(DOCS[0])
    assert len(texts) == 3 and texts[0].startswith("Storm floods the old harbour district.")
    assert texts[1:] == ["the storm flooded the old harbour district overnight", "the city will open two shelters in the north"]
    assert len(document_texts(DOCS[3])) == 1  # a document without claims still has its title and lead
    # a stored row (analysis beside id, outlet, text) gives the same texts
    row = {k: DOCS[0][k] for k in ("id", "outlet", "date", "title", "text", "language")}
    assert document_texts({**row, "analysis": {k: v for k, v in DOCS[0].items() if k not in row}}) == texts


def test_batched_encoding_equals_one_text_at_a_time() -> None:
    enc = get_encoder("hashing")
    vecs = encode_documents(enc, DOCS)
    assert [v.shape for v in vecs] == [(3, enc.dim), (2, enc.dim), (2, enc.dim), (1, enc.dim)]
    for d, v in zip(DOCS, vecs):
        one_by_one = np.vstack([enc.encode([t]) for t in document_texts(d)])
        assert np.allclose(v, one_by_one)


def test_precomputed_vectors_link_as_encoding_does() -> None:
    encoded = Linker("hashing", thresholds=T)
    assert encoded.add(DOCS) == ["d1", "d2", "d3", "d4"]
    vecs = encode_documents(get_encoder("hashing"), DOCS)
    given = Linker(PrecomputedEncoder("hashing", 1024), thresholds=T)  # hashing's thresholds, no encoding
    assert given.t == encoded.t
    assert given.add(DOCS[:2], vectors=vecs[:2]) == ["d1", "d2"]
    # incremental, and a document linked before is skipped with its vectors
    assert given.add(DOCS[1:], vectors=vecs[1:]) == ["d3", "d4"]
    assert _result(given) == _result(encoded)
    assert ["d1", "d2"] in _result(given)[0]


def test_vectors_of_the_wrong_shape_are_refused() -> None:
    vecs = encode_documents(get_encoder("hashing"), DOCS[:2])
    lk = Linker(PrecomputedEncoder("hashing", 1024), thresholds=T)
    with pytest.raises(ValueError, match="vector arrays for"):
        lk.add(DOCS[:2], vectors=vecs[:1])
    with pytest.raises(ValueError, match="expected"):
        lk.add(DOCS[:2], vectors=[vecs[1], vecs[0]])
    assert not lk.docs  # nothing was half added


def test_precomputed_encoder_looks_texts_up_and_falls_back() -> None:
    hashing = get_encoder("hashing")
    known = {"a claim": hashing.encode(["a claim"])[0]}
    enc = PrecomputedEncoder("hashing", 1024, known, fallback=hashing)
    out = enc.encode(["a claim", "another claim"])
    assert np.allclose(out, hashing.encode(["a claim", "another claim"]))
    with pytest.raises(KeyError, match="no precomputed hashing vector"):
        PrecomputedEncoder("hashing", 1024, known).encode(["another claim"])
    with pytest.raises(ValueError):
        PrecomputedEncoder("use", 512, fallback=hashing)


def test_story_candidates_are_searched_within_the_date_window_first() -> None:
    # 30 articles of other weeks nearer to the new one than its story's article of the same day:
    # the window is filtered first, so the article of that day is still a candidate and joins
    rng = np.random.default_rng(5)
    dim = 16
    base = rng.normal(size=dim)
    docs, vecs = [], []
    for i in range(30):
        docs.append(article(f"far{i}", "Daily One", f"2026-{1 + i % 4:02d}-{1 + i % 28:02d}", "Storm elsewhere", []))
        vecs.append((base + 0.05 * rng.normal(size=dim)).reshape(1, -1))
    docs.append(article("same", "Daily One", "2026-08-10", "Storm floods the harbour", []))
    vecs.append((base + 0.6 * rng.normal(size=dim)).reshape(1, -1))
    new = article("new", "Morning Two", "2026-08-11", "Storm floods the harbour district", [])
    vecs = [(v / np.linalg.norm(v)).astype(np.float32) for v in [*vecs, base.reshape(1, -1)]]
    # (the window is what is tested: no bar of its own for a lead without a day, number or claim in common)
    lk = Linker(PrecomputedEncoder("use", dim), thresholds={"story": 0.5, "story_unanchored": 0.0})
    lk.story_trace = []
    lk.add([*docs, new], vectors=vecs)
    near_all = [k for k, _ in lk._doc_index.query(vecs[-1], 20)]
    assert "same" not in near_all  # outside the 20 nearest of the corpus ...
    cands = dict(lk.story_trace)["new"]
    assert [c.other for c in cands] == ["same"]  # ... but the one candidate of its window
    assert lk.story_of("new") == lk.story_of("same")
    assert lk.story_of("far0") != lk.story_of("new")
