"""CheckThat! 2020 claim retrieval: the ranking and the metric on an invented pool."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("bm25s")
pytest.importorskip("hnswlib")

from sourcetrace.eval.checkthat import average_precision, evaluate, rank


def test_average_precision_at_k() -> None:
    assert average_precision(["a", "b"], {"a"}, 5) == 1.0
    assert average_precision(["x", "a"], {"a"}, 5) == 0.5
    assert average_precision(["x", "y"], {"a"}, 1) == 0.0


POOL = [("1", "The city council banned cars from the old town centre.", "Cars banned?"),
        ("2", "A photo shows a shark swimming on a flooded highway.", "Shark on highway"),
        ("3", "The mayor said the bridge will be closed for two years.", "Bridge closed")]


def test_rank_puts_the_matching_verified_claim_first() -> None:
    ranked = rank(POOL, ["Unbelievable: shark swimming on the highway after the flood https://t.co/x"],
                  encoder="hashing", top_k=3)
    assert ranked[0][0] == "2"


def test_evaluate_reads_the_task_layout(tmp_path: Path) -> None:
    (tmp_path / "v3.0" / "dev").mkdir(parents=True)
    (tmp_path / "v3.0" / "verified_claims.docs.tsv").write_text(
        "\tvclaim\ttitle\n" + "".join(f"{i}\t{c}\t{t}\n" for i, c, t in POOL), encoding="utf-8")
    (tmp_path / "v3.0" / "dev" / "tweets.queries.tsv").write_text(
        "\ttweet_content\n10\tcars are banned from the old town now\n11\tbridge closed two years says mayor\n",
        encoding="utf-8")
    (tmp_path / "v3.0" / "dev" / "tweet-vclaim-pairs.qrels").write_text("10\t0\t1\t1\n11\t0\t3\t1\n", encoding="utf-8")
    res = evaluate(tmp_path, "dev", encoder="hashing")
    assert res["queries"] == 2
    assert res["map@5"] == 1.0


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCETRACE_LINK_CACHE", str(tmp_path / "cache"))


def test_the_encoder_adds_candidates_that_share_no_word_with_the_tweet() -> None:
    pool = [("1", "Footage shows sharks swimming along flooded highways.", ""),
            ("2", "Motorways closed.", "")]
    query = ["a shark swam along the motorways"]
    lexical_only = rank(pool, query, encoder="hashing", top_k=1, dense_k=0)
    assert lexical_only == [["2"]]  # BM25 sees only the shared word
    fused = rank(pool, query, encoder="hashing", top_k=1, dense_k=2)
    assert sorted(fused[0]) == ["1", "2"]


def test_pool_vectors_are_cached_by_encoder_and_texts(tmp_path: Path) -> None:
    from sourcetrace.eval.checkthat import _pool_vectors
    from sourcetrace.link.encoders import get_encoder

    enc = get_encoder("hashing")
    first = _pool_vectors(enc, ["one claim", "another claim"])
    assert list((tmp_path / "cache" / "checkthat").glob("hashing-*.npy"))
    assert (first == _pool_vectors(enc, ["one claim", "another claim"])).all()


def test_the_rerank_weighs_the_bm25_rank() -> None:
    pool = [("1", "Footage shows sharks swimming along flooded highways near the coast.", ""),
            ("2", "A shark was seen on a highway.", ""),
            ("3", "Flooded highways after the storm.", "")]
    query = ["shark on the highway"]
    by_rank_only = rank(pool, query, encoder="hashing", top_k=3, dense_k=0, weights=(0.0, 0.0, 0.0, 100.0))
    lexical = rank(pool, query, encoder="hashing", top_k=3, dense_k=0, weights=(0.0, 0.0, 100.0, 0.0))
    assert by_rank_only == lexical  # (the BM25 score and its rank order the candidates alike)
    assert by_rank_only[0][0] == "2"


def test_two_encoders_each_add_candidates_and_a_pair_of_cosines() -> None:
    from sourcetrace.eval.checkthat import RERANK

    pool = [("1", "Footage shows sharks swimming along flooded highways.", ""),
            ("2", "Motorways closed.", "")]
    query = ["a shark swam along the motorways"]
    assert len(RERANK["use+e5"]) == 2 * 2 + 2
    both = rank(pool, query, encoder="hashing+hashing", top_k=1, dense_k=2)  # weights: USE's for each
    assert sorted(both[0]) == ["1", "2"]
    with pytest.raises(ValueError):
        rank(pool, query, encoder="hashing+hashing", weights=(1.0, 0.0, 0.0, 0.0))
