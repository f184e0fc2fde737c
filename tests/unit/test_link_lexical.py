"""The full-text similarity of story linking (link.lexical) and its path into a story, on invented
documents; and the leave-one-set-out choice of benchmarks/link_devset.py."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sourcetrace.link.lexical import TextIndex, full_text, terms
from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, best_story_neighbour

FERRY = ("The ferry Nordlicht ran aground on a sandbank off Lindholm on Tuesday with 214 passengers aboard. "
         "The coastguard of Lindholm towed the Nordlicht free at high tide; the captain blamed the fog.")
FERRY_TOO = ("Passengers of the Nordlicht spent six hours on the sandbank near Lindholm before the coastguard "
             "towed the ferry free. The captain said the fog had hidden the buoys.")
OTHER_FERRY = ("A ferry to Osterby was cancelled on Wednesday because of a storm; passengers waited in the "
               "harbour and the operator promised refunds.")
COUNCIL = ("The town council of Brennau voted for a new budget on Tuesday; the mayor said the school roof "
           "would be repaired first.")


def test_terms_are_words_of_three_letters_or_more_in_lower_case() -> None:
    assert terms("The 214 passengers of the Nordlicht, at sea") == {"the": 2, "passengers": 1, "nordlicht": 1, "sea": 1}
    assert full_text({"title": "Ferry aground", "text": "Body."}) == "Ferry aground\nBody."


def test_two_reports_of_one_happening_share_more_of_their_text_than_reports_of_another_occasion() -> None:
    index = TextIndex()
    for key, text in (("a", FERRY), ("b", FERRY_TOO), ("c", OTHER_FERRY), ("d", COUNCIL)):
        index.add(key, text)
    assert index.cosine("a", "b") > 2 * index.cosine("a", "c") > 0
    assert index.cosine("a", "b") == pytest.approx(index.cosine("b", "a"))
    assert index.cosine("a", "a") == pytest.approx(1.0)
    assert index.cosine("a", "unknown") == 0.0


def test_a_word_that_more_documents_hold_weighs_less_as_documents_are_added() -> None:
    index = TextIndex()
    index.add("a", "Nordlicht aground off Lindholm")
    index.add("b", "Nordlicht towed free")
    before = index.cosine("a", "b")
    index.add("a", "a document added again is counted once")
    for i in range(5):
        index.add(f"x{i}", f"Nordlicht timetable number {i} harbour")
    assert index.n == 7
    assert index.cosine("a", "b") < before  # "nordlicht" is in six of seven documents now


def _doc(doc_id: str, day: str, lang: str, title: str, body: str) -> dict[str, Any]:
    text = f"{title}\n\n{body}"
    return {"id": doc_id, "outlet": f"Outlet {doc_id}", "date": day, "title": title, "language": lang, "text": text,
            "segments": [{"kind": "body", "start": len(title) + 2, "end": len(text)}],
            "attributions": [], "sources": [], "timexes": [], "hedges": [], "quantities": []}


def test_a_full_text_cosine_at_the_bar_joins_a_story_in_the_same_language_only() -> None:
    t = {**THRESHOLDS["use"], "story_text": 0.4}
    far = StoryCandidate("x", 0.1, 0, text=0.45)
    assert best_story_neighbour([far], t) == "x"
    assert best_story_neighbour([far._replace(text=0.35)], t) is None
    assert best_story_neighbour([far._replace(across=True)], t) is None  # (across languages no words are compared)
    # the lead's rule ranks first: a candidate it takes wins over one the text alone takes
    assert best_story_neighbour([far, StoryCandidate("y", 0.95, 0, days=1, text=0.2)], t) == "y"
    assert best_story_neighbour([far], {k: v for k, v in t.items() if k != "story_text"}) is None


@pytest.mark.parametrize(("lang", "day", "joins"), [("en", "2026-04-08", True), ("de", "2026-04-08", False),
                                                    ("en", "2026-04-14", False)])
def test_reports_with_unlike_leads_and_alike_texts_are_one_story(lang: str, day: str, joins: bool) -> None:
    pytest.importorskip("hnswlib")
    pytest.importorskip("datasketch")
    from sourcetrace.link import Linker, PrecomputedEncoder

    # orthogonal lead vectors: only the full text can join them (not in another language, nor
    # beyond the story's window of days)
    vecs = [np.eye(1, 16, i, np.float32) for i in range(4)]
    docs = [_doc("council", "2026-04-07", "en", "Budget vote", COUNCIL),
            _doc("other", "2026-04-08", "en", "Storm", OTHER_FERRY),
            _doc("first", "2026-04-07", "en", "Ferry aground", FERRY)]
    lk = Linker(PrecomputedEncoder("use", 16), thresholds={"story_text": 0.4})
    lk.story_trace = []
    lk.add(docs, vectors=vecs[:3])
    lk.add([_doc("second", day, lang, "Six hours on a sandbank", FERRY_TOO)], vectors=vecs[3:])
    cand = {c.other: c for c in dict(lk.story_trace)["second"]}
    assert (lk.story_of("second") == lk.story_of("first")) is joins
    assert lk.story_of("second") != lk.story_of("other")
    if lang == "de" and "first" in cand:
        assert cand["first"].text == 0.0
    # the words are kept with the linker (a store pickles them with its state)
    again = pickle.loads(pickle.dumps(lk))
    assert again._texts.cosine("first", "second") == pytest.approx(lk._texts.cosine("first", "second"))


def test_leave_one_set_out_judges_each_set_by_a_choice_made_without_it() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from link_devset import leave_one_set_out

    pairs = [{"document_a": f"a{i}", "document_b": f"b{i}", "same_story": s, "set": k, "split": sp}
             for i, (s, k, sp) in enumerate([("1", "A", "dev"), ("0", "A", "dev"), ("1", "B", "heldout"),
                                               ("1", "B", "heldout"), ("0", "C", "dev2")])]
    lax, strict = ({"bar": 0.1}, {0, 1, 2, 3, 4}), ({"bar": 0.9}, {0, 2, 3})
    out = leave_one_set_out([lax, strict], pairs)
    assert {k: v["chosen"] for k, v in out["folds"].items()} == {"A": {"bar": 0.9}, "B": {"bar": 0.9}, "C": {"bar": 0.9}}
    assert out["pooled"]["found"] == 3 and out["pooled"]["wrongly_merged"] == 0 and out["pooled"]["f1"] == 1.0
    assert out["dev"]["pairs"] == 2 and out["heldout"]["found"] == 2


def test_leave_one_round_out_folds_by_the_labelling_round_of_the_split() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from link_devset import labelling_round, leave_one_set_out

    assert [labelling_round({"split": s}) for s in ("dev", "heldout", "dev2", "heldout2", "heldout3")] == \
        ["round1", "round1", "round2", "round2", "round3"]
    pairs = [{"document_a": f"a{i}", "document_b": f"b{i}", "same_story": s, "set": k, "split": sp}
             for i, (s, k, sp) in enumerate([("1", "A", "dev"), ("0", "B", "heldout"), ("1", "C", "dev2"),
                                               ("0", "C", "dev2"), ("1", "D", "heldout3")])]
    lax, strict = ({"bar": 0.1}, {0, 1, 2, 3, 4}), ({"bar": 0.9}, {0, 2})
    out = leave_one_set_out([lax, strict], pairs, ("dev", "heldout", "dev2", "heldout2", "heldout3"), folds="round")
    assert set(out["folds"]) == {"round1", "round2", "round3"}
    # round 3 is judged by what rounds 1 and 2 chose (the strict bar), which misses its one pair
    assert out["folds"]["round3"]["chosen"] == {"bar": 0.9} and out["heldout3"]["found"] == 0


def test_days_apart_lower_the_story_score_by_the_set_share_only() -> None:
    from sourcetrace.link.linker import story_score

    c = StoryCandidate("x", 0.8, 0, apart=3)
    assert story_score(c, {"story_apart": 0.0}) == pytest.approx(0.8)
    assert story_score(c, {"story_apart": 0.05}) == pytest.approx(0.65)
    assert story_score(c._replace(apart=0), {"story_apart": 0.05}) == pytest.approx(0.8)


def test_a_logistic_rule_is_fitted_and_judged_fold_by_fold_on_invented_candidates() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from types import SimpleNamespace

    from link_devset import LOGISTIC_FEATURES, candidate_features, fit_logistic, logistic_crossval

    x = np.array([[0.9], [0.8], [0.7], [0.3], [0.2], [0.1]])
    w = fit_logistic(x, np.array([1.0, 1.0, 1.0, 0.0, 0.0, 0.0]), l2=0.1)
    assert w[0] > 0 and (x @ w[:-1] + w[-1] > 0).tolist() == [True] * 3 + [False] * 3
    assert len(candidate_features(StoryCandidate("x", 0.5, 0))) == len(LOGISTIC_FEATURES)
    # documents b… each meet a… among their candidates: alike leads on the same story, unlike ones on others
    trace, pairs, docs = [], [], {}
    for i in range(12):
        same = i % 2 == 0
        trace += [(f"a{i}", []), (f"b{i}", [StoryCandidate(f"a{i}", 0.9 if same else 0.2, 0, days=1 if same else -1)])]
        pairs.append({"document_a": f"a{i}", "document_b": f"b{i}", "same_story": "1" if same else "0",
                      "set": "AB"[i % 4 // 2], "split": "dev"})
        for d in (f"a{i}", f"b{i}"):
            docs[d] = SimpleNamespace(copy_of=None, event=SimpleNamespace(digest=False, occasions=frozenset(),
                                                                        ahead=frozenset(), reported=frozenset(), own=frozenset()))
    linker = SimpleNamespace(story_trace=trace, docs=docs, day_of=lambda d: None)
    out = logistic_crossval(linker, pairs, ("dev",))
    assert set(out["folds"]) == {"A", "B"} and out["pooled"]["f1"] == 1.0
    assert out["folds"]["A"]["weights"]["sim"] > 0


def test_a_batch_is_placed_oldest_first_and_undated_documents_last() -> None:
    pytest.importorskip("hnswlib")
    pytest.importorskip("datasketch")
    from sourcetrace.link import Linker, PrecomputedEncoder
    from sourcetrace.link.linker import date_order

    # the answer of Wednesday given before the report of Tuesday it answers, an undated note first:
    # the report is placed first, so that the answer finds it among what was placed before it
    vecs = [np.eye(1, 16, i, np.float32) for i in range(3)]
    docs = [_doc("note", "", "en", "Harbour notes", COUNCIL), _doc("second", "2026-04-08", "en", "Six hours on a sandbank", FERRY_TOO),
            _doc("first", "2026-04-07", "en", "Ferry aground", FERRY)]
    lk = Linker(PrecomputedEncoder("use", 16), thresholds={"story_text": 0.4})
    lk.story_trace = []
    assert lk.add(docs, vectors=vecs) == ["note", "second", "first"]  # the ids as given
    assert [doc for doc, _ in lk.story_trace] == ["first", "second", "note"]
    assert lk.story_of("second") == lk.story_of("first") == "s-first"
    assert sorted(["2016-03-01", None, "2016-03", "2015-12-31"], key=date_order) == ["2015-12-31", "2016-03", "2016-03-01", None]
