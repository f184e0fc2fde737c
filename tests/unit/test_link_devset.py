"""benchmarks/link_devset.py: the label files of benchmarks/linkdev name documents that `make-jsonl`
writes, with spans inside their texts (checked against ../shared, skipped without it); the read
held-out splits (`heldout3` to `heldout26`) are reported and their documents written by default, a
fresh split (in NOT_BY_DEFAULT: heldout27 now) only when asked for by name; `validate` prints counts and
problems, never a score. Each held-out set from the third on is one row of TABLE (below): what its
README promises (minimum counts, kinds of pairs, where its rows lie), checked by the same test.

A new set is one new row of TABLE (with its split in link_devset.NOT_BY_DEFAULT and `fresh=True`); when
the lead has read a fresh set, its row loses `fresh=True` (and its split moves to HELD_SPLITS)."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from link_devset import (
    ALL_SPLITS,
    CLAIM_STATUSES,
    DEV_SPLITS,
    HELD_SPLITS,
    NOT_BY_DEFAULT,
    SPLITS,
    _tsv,
    claim_pair_kinds,
    iter_corpus,
    main,
    one_origin_baseline,
    origin_error_kinds,
    validate,
)
from tests.conftest import shared_path


@dataclass(frozen=True)
class LinkSet:
    """One of linkdev's held-out sets (split heldoutN in the three label files) and what
    linkdev/README.md promises of it; a count is a minimum (0: none promised)."""

    n: int  # its split: heldoutN
    fresh: bool = False  # in NOT_BY_DEFAULT: reported only when asked for by name, until the lead has read it
    # where its rows lie: on documents no earlier row names, its DER STANDARD ones dated rows of the split in
    # standard_dates.tsv (so make-jsonl writes them with it); or (False) on documents earlier rows hold, no
    # span overlapping an earlier row's, no new DER STANDARD row and no new German document in a story pair
    new_documents: bool = False
    # (with new_documents False) some rows lie on documents no earlier row names that make-jsonl writes by
    # default (PolNeAR articles, Wikinews articles; no DER STANDARD row), the rest as above
    added_documents: bool = False
    fresh_texts_of: int | None = None  # attrdev's set of the session (fresh then): no document is one of its texts
    story_pairs: int | None = 0  # None: no story pair at all
    same_story: int = 0
    different_story: int = 0
    story_across_languages: str = ""  # "same": a same-story pair German-English; "some": a pair of either label
    german_same_story: bool = False  # a same-story pair of two German documents
    story_on_earlier_documents: bool = False  # story pairs between documents earlier rows hold
    claims_in_story_documents: bool = False  # its claims and claim pairs lie in documents of its story pairs
    claim_pairs: int = 0
    same_claim: int = 0
    look_alikes: int = 0
    german_claim_pairs_both_labels: bool = False  # pairs from a 10kGNAD row: same claim and look-alike
    across_languages_both_labels: bool = False  # German-English claim pairs: same claim and look-alike
    same_mostly_across_articles: bool = False  # more than half of the same-claim pairs across two articles
    german_across_articles_both_labels: bool = False  # German pairs across two articles: same claim and look-alike
    claims: int = 0
    two_origins: int = 0  # claims of two independent origins or more
    contested: int = 0
    german_only: bool = False  # every claim and claim pair in German documents (else claims in both languages)
    every_status: bool = False  # claims of each of CLAIM_STATUSES
    spans_apart: bool = False  # no span of the set overlapping another of it unless equal


# linkdev's held-out sets from the third on. A new set is one new row here (its split in link_devset's
# NOT_BY_DEFAULT); when the lead has read a fresh set, its `fresh=True` goes (and its split moves from
# NOT_BY_DEFAULT to HELD_SPLITS).
TABLE = (
    LinkSet(3, new_documents=True, story_pairs=60, same_story=15, story_across_languages="same",
            claim_pairs=20, same_claim=1, look_alikes=1, claims=15, two_origins=1, contested=1),
    LinkSet(4, new_documents=True, story_pairs=120, same_story=20, story_across_languages="some",
            german_same_story=True, claims_in_story_documents=True, claim_pairs=40, same_claim=1, look_alikes=1,
            german_claim_pairs_both_labels=True, claims=25, two_origins=4, contested=4),
    LinkSet(5, new_documents=True, fresh_texts_of=12, same_story=1, different_story=1, german_same_story=True,
            claim_pairs=40, same_claim=1, look_alikes=1, claims=30, two_origins=5, contested=4, german_only=True),
    LinkSet(6, fresh_texts_of=13, claim_pairs=40, same_claim=20, look_alikes=15, across_languages_both_labels=True,
            claims=30, two_origins=8, contested=8),
    LinkSet(7, fresh_texts_of=14, story_pairs=1, claim_pairs=60, same_claim=30, look_alikes=20,
            across_languages_both_labels=True, claims=40, two_origins=10, contested=8),
    LinkSet(8, fresh_texts_of=15, story_pairs=1, story_on_earlier_documents=True, claim_pairs=100, same_claim=50,
            look_alikes=50, across_languages_both_labels=True, same_mostly_across_articles=True, claims=60,
            two_origins=10, contested=8),
    LinkSet(9, fresh_texts_of=16, story_pairs=None, claim_pairs=100, same_claim=50, look_alikes=50,
            across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=60, two_origins=10, contested=8, every_status=True),
    LinkSet(10, fresh_texts_of=17, story_pairs=None, claim_pairs=100, same_claim=50, look_alikes=50,
            across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=60, two_origins=20, contested=8, every_status=True,
            spans_apart=True),
    LinkSet(11, fresh_texts_of=18, story_pairs=None, claim_pairs=100, same_claim=50, look_alikes=50,
            across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=60, two_origins=15, contested=8, every_status=True,
            spans_apart=True),
    LinkSet(12, fresh_texts_of=19, story_pairs=None, claim_pairs=100, same_claim=60, look_alikes=50,
            across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=100, two_origins=20, contested=8, every_status=True,
            spans_apart=True),
    LinkSet(13, fresh_texts_of=20, story_pairs=None, claim_pairs=120, same_claim=55, look_alikes=65,
            across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=100, two_origins=12, contested=10, every_status=True,
            spans_apart=True),
    LinkSet(14, fresh_texts_of=21, story_pairs=14, same_story=4, different_story=10,
            story_across_languages="some", claim_pairs=100, same_claim=50, look_alikes=50,
            across_languages_both_labels=True, same_mostly_across_articles=True, claims=60, two_origins=6,
            contested=8, every_status=True, spans_apart=True),
    LinkSet(15, fresh_texts_of=22, story_pairs=13, same_story=6, different_story=7, claim_pairs=140,
            same_claim=75, look_alikes=60, across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=60, two_origins=12, contested=6, every_status=True,
            spans_apart=True),
    LinkSet(16, fresh_texts_of=23, story_pairs=24, same_story=7, different_story=17, claim_pairs=135,
            same_claim=80, look_alikes=50, across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=60, two_origins=15, contested=9, every_status=True,
            spans_apart=True),
    LinkSet(17, fresh_texts_of=24, story_pairs=33, same_story=8, different_story=25, claim_pairs=140,
            same_claim=70, look_alikes=65, across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=60, two_origins=14, contested=9, every_status=True,
            spans_apart=True),
    LinkSet(18, fresh_texts_of=25, story_pairs=41, same_story=6, different_story=35, claim_pairs=139,
            same_claim=58, look_alikes=81, across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=78, two_origins=18, contested=9, every_status=True,
            spans_apart=True),
    LinkSet(19, fresh_texts_of=26, story_pairs=35, same_story=6, different_story=29, claim_pairs=140,
            same_claim=81, look_alikes=59, across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=60, two_origins=14, contested=8, every_status=True,
            spans_apart=True),
    LinkSet(20, fresh_texts_of=27, story_pairs=47, same_story=5, different_story=42, claim_pairs=166,
            same_claim=74, look_alikes=92, across_languages_both_labels=True, claims=73, two_origins=9, contested=5,
            every_status=True, spans_apart=True),
    LinkSet(21, fresh_texts_of=28, story_pairs=37, same_story=5, different_story=32, claim_pairs=167,
            same_claim=94, look_alikes=73, across_languages_both_labels=True, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=61, two_origins=12, contested=9, every_status=True,
            spans_apart=True),
    LinkSet(22, fresh_texts_of=29, added_documents=True, story_pairs=49, same_story=5,
            different_story=44, claim_pairs=169, same_claim=43, look_alikes=126, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=71, two_origins=8, contested=12, every_status=True,
            spans_apart=True),
    LinkSet(23, fresh_texts_of=30, added_documents=True, story_pairs=53, same_story=4,
            different_story=49, claim_pairs=126, same_claim=9, look_alikes=117, same_mostly_across_articles=True,
            claims=61, two_origins=6, contested=6, every_status=True, spans_apart=True),
    LinkSet(24, fresh_texts_of=31, added_documents=True, story_pairs=70, same_story=6,
            different_story=64, claim_pairs=64, same_claim=35, look_alikes=29, same_mostly_across_articles=True,
            german_across_articles_both_labels=True, claims=36, two_origins=9, contested=13, every_status=True,
            spans_apart=True),
    LinkSet(25, fresh_texts_of=32, added_documents=True, story_pairs=49, same_story=6,
            different_story=43, claim_pairs=44, same_claim=25, look_alikes=19,
            german_across_articles_both_labels=True, claims=28, two_origins=8, contested=14, every_status=True,
            spans_apart=True),
    LinkSet(26, fresh_texts_of=33, added_documents=True, story_pairs=62, same_story=8,
            different_story=54, claim_pairs=39, same_claim=21, look_alikes=18,
            german_across_articles_both_labels=True, claims=22, two_origins=2, contested=11, every_status=True,
            spans_apart=True),
    LinkSet(27, fresh=True, fresh_texts_of=34, added_documents=True, story_pairs=35, same_story=8,
            different_story=27, claim_pairs=49, same_claim=28, look_alikes=21,
            german_across_articles_both_labels=True, claims=22, two_origins=6, contested=4, every_status=True,
            spans_apart=True),
)
GERMAN = ("10kgnad-", "wikinews-")  # the ids of German documents
FILES = ("story_pairs.tsv", "claim_pairs.tsv", "claims.tsv")


def _number(split: str) -> int:
    """heldoutN -> N (heldout: 1), a dev split 0: the order in which the sets were made."""
    return int(split.removeprefix("heldout") or 1) if split.startswith("heldout") else 0


def _documents(rows: dict[str, list[dict[str, str]]]) -> set[str]:
    return ({r[k] for n in ("story_pairs.tsv", "claim_pairs.tsv") for r in rows[n] for k in ("document_a", "document_b")}
            | {r["document"] for r in rows["claims.tsv"]})


# the ids of an attrdev set labelled in the same session as a fresh linkdev set, written down by the
# linkdev labeller before that set's articlesN.tsv is on main (ids only, from the session's texts.tsv), so
# the labeller's branch tests alone; once articlesN.tsv is merged the entry is checked against it and can go
# (every set up to 34 is on main; none pending)
_PENDING_ATTR_TEXTS: dict[int, frozenset[str]] = {}


def _attr_texts(n: int) -> set[str]:
    """The document ids of attrdev set n's texts (its PolNeAR files and 10kGNAD test rows; a web page's file name)."""
    attr = Path(__file__).resolve().parents[2] / "benchmarks" / "attrdev" / f"articles{n}.tsv"
    if not attr.exists():
        return set(_PENDING_ATTR_TEXTS[n])
    with attr.open(encoding="utf-8") as f:
        ids = {(f"10kgnad-test-{r['key']}" if r["corpus"] == "10kgnad" else r["key"])  # polnear ids, web page files
               for r in csv.DictReader(f, delimiter="\t")}
    assert n not in _PENDING_ATTR_TEXTS or ids == _PENDING_ATTR_TEXTS[n]
    return ids


def _spans(rows: list[dict[str, str]]) -> list[tuple[str, int, int]]:
    out = [(r["document"], int(r["start"]), int(r["end"])) for r in rows if "document" in r]
    out += [(r[f"document_{x}"], int(r[f"start_{x}"]), int(r[f"end_{x}"])) for r in rows if "document_a" in r for x in "ab"]
    return out


def test_read_held_out_splits_are_reported_by_default_fresh_ones_only_by_name() -> None:
    assert ("heldout", "heldout2", *(f"heldout{s.n}" for s in TABLE if not s.fresh)) == HELD_SPLITS
    assert tuple(f"heldout{s.n}" for s in TABLE if s.fresh) == NOT_BY_DEFAULT
    assert SPLITS == DEV_SPLITS + HELD_SPLITS and ALL_SPLITS == SPLITS + NOT_BY_DEFAULT
    assert set(NOT_BY_DEFAULT) <= set(ALL_SPLITS) and not set(NOT_BY_DEFAULT) & set(SPLITS)


def test_every_label_row_has_a_known_split_and_well_formed_values() -> None:
    for name in FILES:
        for row in _tsv(name):
            assert row.get("split", "dev") in ALL_SPLITS, (name, row)
    for row in _tsv("claim_pairs.tsv"):
        assert 0 <= int(row["start_a"]) < int(row["end_a"]) and 0 <= int(row["start_b"]) < int(row["end_b"])
        assert row["same_claim"] in ("0", "1")
    for row in _tsv("story_pairs.tsv"):
        assert row["same_story"] in ("0", "1") and row["document_a"] != row["document_b"]


@pytest.mark.parametrize("s", TABLE, ids=lambda s: f"heldout{s.n}")
def test_a_held_out_set_holds_what_its_readme_promises(s: LinkSet) -> None:
    """Counts and kinds only: the labels are the lead's."""
    split = f"heldout{s.n}"
    assert (split in NOT_BY_DEFAULT) == s.fresh and (split in SPLITS) == (split in HELD_SPLITS) == (not s.fresh)
    rows = {n: [r for r in _tsv(n) if r.get("split") == split] for n in FILES}
    pairs, cpairs, claims = rows["story_pairs.tsv"], rows["claim_pairs.tsv"], rows["claims.tsv"]
    earlier_rows = {n: [r for r in _tsv(n) if _number(r.get("split", "dev")) < s.n] for n in FILES}
    earlier_docs = _documents(earlier_rows)
    documents, story_docs = _documents(rows), {p[k] for p in pairs for k in ("document_a", "document_b")}
    # story pairs
    if s.story_pairs is None:
        assert not pairs
    else:
        assert len(pairs) >= s.story_pairs and all(p["same_story"] in ("0", "1") for p in pairs)
    assert sum(p["same_story"] == "1" for p in pairs) >= s.same_story
    assert sum(p["same_story"] == "0" for p in pairs) >= s.different_story
    across = [p for p in pairs if p["document_a"].startswith("10kgnad-") != p["document_b"].startswith("10kgnad-")]
    if s.story_across_languages:
        assert any(p["same_story"] == "1" or s.story_across_languages == "some" for p in across)
    if s.german_same_story:
        assert any(p["same_story"] == "1" and p["document_a"].startswith(GERMAN) and p["document_b"].startswith(GERMAN)
                   for p in pairs)
    before = {frozenset((r["document_a"], r["document_b"])) for r in earlier_rows["story_pairs.tsv"]}
    assert not {frozenset((p["document_a"], p["document_b"])) for p in pairs} & before  # none labelled before
    if s.story_on_earlier_documents:
        assert story_docs <= earlier_docs
    if s.claims_in_story_documents:  # every claim and claim pair lies in documents of the set's story pairs
        assert documents <= story_docs
    # claim pairs
    assert len(cpairs) >= s.claim_pairs
    assert sum(p["same_claim"] == "1" for p in cpairs) >= s.same_claim
    assert sum(p["same_claim"] == "0" for p in cpairs) >= s.look_alikes
    assert {p["same_claim"] for p in cpairs if p["document_a"] != p["document_b"]} == {"0", "1"}  # across two articles
    if s.german_claim_pairs_both_labels:
        assert {p["same_claim"] for p in cpairs if p["document_a"].startswith("10kgnad-")} == {"0", "1"}
    if s.across_languages_both_labels:
        assert {p["same_claim"] for p in cpairs
                if p["document_a"].startswith(GERMAN) != p["document_b"].startswith(GERMAN)} == {"0", "1"}
    if s.same_mostly_across_articles:
        same = [p for p in cpairs if p["same_claim"] == "1"]
        assert 2 * sum(p["document_a"] != p["document_b"] for p in same) > len(same)
    if s.german_across_articles_both_labels:
        assert {p["same_claim"] for p in cpairs if p["document_a"] != p["document_b"]
                and p["document_a"].startswith(GERMAN) and p["document_b"].startswith(GERMAN)} == {"0", "1"}
    # claims
    assert len(claims) >= s.claims
    assert sum(int(c["independent_origins"]) >= 2 for c in claims) >= s.two_origins
    assert sum(c["status"] == "contested" for c in claims) >= s.contested
    if s.german_only:
        assert all(p["document_a"].startswith(GERMAN) and p["document_b"].startswith(GERMAN) for p in cpairs)
        assert all(c["document"].startswith(GERMAN) for c in claims)
    else:
        assert {c["document"].startswith(GERMAN) for c in claims} == {True, False}
    if s.every_status:
        assert {c["status"] for c in claims} == set(CLAIM_STATUSES)
    # where the rows lie
    spans = _spans(cpairs + claims)
    dated = {f"10kgnad-test-{r['row']}" for r in _tsv("standard_dates.tsv") if r.get("split") == split}
    if s.new_documents:  # no document of an earlier row; its DER STANDARD documents are dated rows of the split
        assert not documents & earlier_docs
        assert {d for d in documents if d.startswith("10kgnad-")} == dated
    else:  # on documents the earlier sets already hold, never on a span an earlier row covers
        assert {d for d, _, _ in spans} <= earlier_docs or (
            s.added_documents and not any(d.startswith("10kgnad-") for d, _, _ in spans if d not in earlier_docs))
        earlier = _spans(earlier_rows["claim_pairs.tsv"] + earlier_rows["claims.tsv"])
        assert not [(d, a, b) for d, a, b in spans for e, c, f in earlier if d == e and a < f and c < b]
        assert not dated  # no new DER STANDARD row: make-jsonl writes the same documents by default
        assert not any(d.startswith(GERMAN) for d in story_docs - earlier_docs)  # a new document is an English one
    if s.spans_apart:
        assert not [(d, a, b, c, f) for d, a, b in spans for e, c, f in spans
                    if d == e and (a, b) != (c, f) and a < f and c < b]
    if s.fresh_texts_of is not None:  # none of the session's fresh attrdev and factsdev texts
        fresh_texts = _attr_texts(s.fresh_texts_of)
        assert len(fresh_texts) == 16 and not (documents | story_docs) & fresh_texts


@pytest.mark.shared
def test_heldout5_german_rows_are_written_by_default() -> None:
    """Read at the end of session 18: make-jsonl --corpus 10kgnad writes its DER STANDARD rows by
    default (53 documents), and only they are missing when the split is left out."""
    data = shared_path("data")
    default = {d["id"]: d for d in iter_corpus(data, "10kgnad")}
    without = {d["id"] for d in iter_corpus(data, "10kgnad", tuple(s for s in SPLITS if s != "heldout5"))}
    dated = {f"10kgnad-test-{r['row']}" for r in _tsv("standard_dates.tsv") if r.get("split") == "heldout5"}
    assert dated and dated <= set(default) and not dated & without and set(default) == without | dated
    assert all(default[d]["date"] and default[d]["text"] for d in dated)
    assert len(default) == 53


@pytest.mark.shared
def test_validate_finds_every_labelled_document_and_span_in_the_corpora() -> None:
    data = shared_path("data")
    report = validate(data)
    assert report["problems"] == []
    # heldout3 is read: make-jsonl --corpus 10kgnad writes its German documents by default
    german3 = {r[k] for r in _tsv("story_pairs.tsv") if r.get("split") == "heldout3"
               for k in ("document_a", "document_b") if r[k].startswith("10kgnad-")}
    default = {d["id"]: d for d in iter_corpus(data, "10kgnad")}
    assert german3 and german3 <= set(default) and all(default[g]["date"] for g in german3)
    # every set's spans lie inside their texts (the problems above) and its counts are those its README gives
    # (a fresh set's too: validate counts it, nothing scores it by default)
    counts = report["counts"]
    for s in TABLE:
        split = f"heldout{s.n}"
        assert counts["story_pairs"].get(f"{split}:same", 0) >= s.same_story
        assert counts["story_pairs"].get(f"{split}:different", 0) >= s.different_story
        assert counts["claim_pairs"].get(f"{split}:same", 0) >= s.same_claim
        assert counts["claim_pairs"].get(f"{split}:look_alike", 0) >= s.look_alikes
        assert counts["claims"].get(f"{split}:two_or_more_origins", 0) >= s.two_origins
        assert counts["claims"].get(f"{split}:contested", 0) >= s.contested


@pytest.mark.shared
def test_a_splits_german_documents_are_written_only_when_it_is_asked_for() -> None:
    """The loader: make-jsonl --corpus 10kgnad writes the DER STANDARD rows of a split only when that
    split is asked for (as a fresh split's, listed in NOT_BY_DEFAULT, are), dated, with the text of their
    test.csv row; heldout4, read since session 17, is written by default."""
    data = shared_path("data")
    german = {r[k] for n in ("story_pairs.tsv", "claim_pairs.tsv") for r in _tsv(n) if r.get("split") == "heldout4"
              for k in ("document_a", "document_b") if r[k].startswith("10kgnad-")}
    default = {d["id"]: d for d in iter_corpus(data, "10kgnad")}
    without = {d["id"] for d in iter_corpus(data, "10kgnad", tuple(s for s in SPLITS if s != "heldout4"))}
    assert german and german <= set(default) and not german & without and without < set(default)
    assert all(default[g]["date"] and default[g]["lang"] == "de" and default[g]["outlet"] == "DER STANDARD" for g in german)
    assert len(default) - len(without) == sum(r.get("split") == "heldout4" for r in _tsv("standard_dates.tsv"))


@pytest.mark.shared
def test_validate_command_prints_counts_and_no_scores(capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    data = shared_path("data")
    monkeypatch.setattr(sys, "argv", ["link_devset.py", "validate", "--data", str(data)])
    assert main() == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"documents_in_corpora", "counts", "notes", "problems"}
    assert "f1" not in json.dumps(out)


def test_claim_pair_kinds_say_where_each_pair_is_found_or_missed() -> None:
    # two claims: one of two members in two articles, one of one long member holding two spans
    claims = [{"members": [{"document": "a", "start": 0, "end": 50}, {"document": "b", "start": 10, "end": 40}]},
              {"members": [{"document": "a", "start": 60, "end": 200}]},
              {"members": [{"document": "a", "start": 300, "end": 340}]}]

    def pair(a: tuple[str, int, int], b: tuple[str, int, int], same: str) -> dict[str, str]:
        return {"document_a": a[0], "start_a": str(a[1]), "end_a": str(a[2]), "document_b": b[0],
                "start_b": str(b[1]), "end_b": str(b[2]), "same_claim": same}

    kinds = claim_pair_kinds(claims, [
        pair(("a", 5, 30), ("b", 12, 30), "1"),  # two articles, one claim: found
        pair(("a", 70, 90), ("a", 150, 190), "0"),  # both in one member: merged whatever the linker does
        pair(("a", 70, 90), ("a", 310, 330), "1"),  # two members of one article, two claims: missed
        pair(("a", 210, 250), ("b", 12, 30), "1"),  # a span no member overlaps
    ])
    assert kinds["same_claim"]["across_articles"] == [1, 1]
    assert kinds["look_alike"]["one_member"] == [1, 1]
    assert kinds["same_claim"]["within_article"] == [0, 1]
    assert kinds["same_claim"]["no_member"] == [0, 1]


def test_why_claims_tells_what_kept_two_articles_claims_apart() -> None:
    import numpy as np
    from link_devset import explain_claim_pairs

    from sourcetrace.link import Linker, PrecomputedEncoder

    def article(doc_id: str, said: str) -> dict[str, object]:
        text = f"Ferry news\n\nMayor Eva Holm said that {said}."
        at = text.index(said)
        return {"id": doc_id, "outlet": f"Outlet {doc_id}", "date": "2031-03-02", "title": "Ferry news", "language": "en",
                "text": text, "segments": [{"kind": "body", "start": 12, "end": len(text)}],
                "attributions": [{"id": "a1", "mode": "indirect", "rule": "t", "cue": {"start": 0, "end": 0, "text": "said"},
                                  "source": {"start": at - 19, "end": at - 10, "text": "Eva Holm", "id": "s1",
                                             "name": "Eva Holm", "type": "person"},
                                  "content": [{"start": at, "end": at + len(said), "text": said}], "via": [],
                                  "status": "attributed"}],
                "sources": [{"id": "s1", "name": "Eva Holm", "aliases": [], "type": "person"}],
                "timexes": [], "hedges": [], "quantities": []}

    first, second = "the ferry line will start in spring", "the harbour will close for repairs in winter"
    vecs = []
    for cos in (1.0, 0.3):  # (the second member at cosine 0.3 with the first: below the claim bar)
        v = np.zeros((2, 8), np.float32)
        v[0, 7] = 1.0
        v[1, 0], v[1, 1] = cos, (1 - cos**2) ** 0.5
        vecs.append(v)
    lk = Linker(PrecomputedEncoder("use", 8))
    lk.add([article("d1", first), article("d2", second)], vectors=vecs)
    a = next(m for m in lk.members.values() if m.document == "d1")
    b = next(m for m in lk.members.values() if m.document == "d2")
    pair = {"document_a": "d1", "start_a": str(a.start), "end_a": str(a.end), "document_b": "d2",
            "start_b": str(b.start), "end_b": str(b.end), "same_claim": "1", "split": "dev"}
    (row,) = explain_claim_pairs(lk, [pair])
    assert row["kind"] == "across_articles" and not row["together"]
    assert row["cosine"] == 0.3 and "below_claim_bar" in row["kept_apart_by"]
    assert [m["document"] for m in row["members"]] == ["d1", "d2"]


def test_claim_causes_tell_where_a_pair_across_two_articles_is_decided() -> None:
    import numpy as np
    from link_devset import analysis_gap, cause_table, claim_pair_causes

    from sourcetrace.link import Linker, PrecomputedEncoder

    def article(doc_id: str, said: str, extra: str = "") -> dict[str, object]:
        text = f"Ferry news\n\nMayor Eva Holm said that {said}.{extra}"
        at = text.index(said)
        return {"id": doc_id, "outlet": f"Outlet {doc_id}", "date": "2031-03-02", "title": "Ferry news", "language": "en",
                "text": text, "segments": [{"kind": "body", "start": 12, "end": len(text)}],
                "attributions": [{"id": "a1", "mode": "indirect", "rule": "t", "cue": {"start": at - 10, "end": at - 5, "text": "said"},
                                  "source": {"start": at - 19, "end": at - 10, "text": "Eva Holm", "id": "s1",
                                             "name": "Eva Holm", "type": "person"},
                                  "content": [{"start": at, "end": at + len(said), "text": said}], "via": [],
                                  "status": "attributed"}],
                "sources": [{"id": "s1", "name": "Eva Holm", "aliases": [], "type": "person"}],
                "claims": [{"start": 12, "end": at + len(said) + 1, "attributions": ["a1"]},
                           *([{"start": at + len(said) + 2, "end": len(text), "attributions": []}] if extra else [])],
                "timexes": [], "hedges": [], "quantities": []}

    first, second = "the ferry line will start in spring", "the harbour will close for repairs in winter"
    own = " The old pier was painted blue by volunteers last week."
    vecs = []
    for cos in (1.0, 0.3):  # (the second member at cosine 0.3 with the first: below the claim bar, never met)
        v = np.zeros((2, 8), np.float32)
        v[0, 7] = 1.0
        v[1, 0], v[1, 1] = cos, (1 - cos**2) ** 0.5
        vecs.append(v)
    docs = {"d1": article("d1", first, own), "d2": article("d2", second)}
    lk = Linker(PrecomputedEncoder("use", 8))
    lk.claim_trace = {}
    lk.add([docs["d1"], docs["d2"]], vectors=vecs)
    a = next(m for m in lk.members.values() if m.document == "d1")
    b = next(m for m in lk.members.values() if m.document == "d2")
    # the second member's candidates were recorded: the first one, below the claim bar
    assert [(k, why) for k, _, why in lk.claim_trace[b.key]] == [(a.key, "below_bar")]
    text1 = str(docs["d1"]["text"])
    pier = text1.index("The old pier")
    pairs = [{"document_a": "d1", "start_a": str(a.start), "end_a": str(a.end), "document_b": "d2",
              "start_b": str(b.start), "end_b": str(b.end), "same_claim": "1", "split": "dev"},
             {"document_a": "d1", "start_a": str(pier), "end_a": str(len(text1)), "document_b": "d2",
              "start_b": str(b.start), "end_b": str(b.end), "same_claim": "0", "split": "dev"}]
    met, own_words = claim_pair_causes(lk, docs, pairs)
    assert met["cause"] == "below_bar" and met["across"] and met["cosine"] == 0.3
    # the outlet's own sentence (no cue verb) made no member: an analysis gap of that kind
    assert own_words["cause"] == "no_member:own_statement"
    assert analysis_gap(docs["d1"], a.start - 19, a.start - 11) == "source_or_cue"
    table = cause_table([met, own_words], ("dev",))
    assert table["dev"] == {"below_bar": [1, 0], "no_member:own_statement": [0, 1]} == table["all"]


def test_the_one_origin_baseline_scores_one_origin_and_single_origin_everywhere() -> None:
    rows = [{"independent_origins": "1", "status": "single_origin"},
            {"independent_origins": "2", "status": "corroborated"},
            {"independent_origins": "1", "status": "contested"},
            {"independent_origins": "0", "status": "unsourced"}]
    assert one_origin_baseline(rows) == {"origin_count_accuracy": 0.5, "multi_origin_found": 0.0,
                                         "status_accuracy": 0.25}
    assert one_origin_baseline(rows[:1])["multi_origin_found"] is None  # (no claim of two origins to find)


def test_origin_error_kinds_say_which_part_of_the_linking_a_wrong_count_is_in() -> None:
    def claim(n: int, status: str, members: list[tuple[str, str]]) -> dict[str, object]:
        return {"independent_origins": n, "status": status,
                "members": [{"document": d, "stance": stance} for d, stance in members]}

    pairs = [
        ({"independent_origins": "1", "status": "single_origin"}, claim(1, "single_origin", [("a", "asserts")])),
        # two origins labelled, the claim never joined the other article: one member
        ({"independent_origins": "2", "status": "corroborated"}, claim(1, "single_origin", [("a", "asserts")])),
        ({"independent_origins": "2", "status": "corroborated"},
         claim(1, "single_origin", [("a", "asserts"), ("a", "asserts")])),
        # one origin labelled, a look-alike of another article chained in
        ({"independent_origins": "1", "status": "single_origin"},
         claim(2, "corroborated", [("a", "asserts"), ("b", "asserts")])),
        # a denial labelled that never joined the claim, and one that did but counts no other origin
        ({"independent_origins": "1", "status": "contested"}, claim(1, "single_origin", [("a", "asserts")])),
        ({"independent_origins": "1", "status": "contested"},
         claim(1, "single_origin", [("a", "asserts"), ("b", "denies")])),
        ({"independent_origins": "1", "status": "single_origin"},
         claim(1, "contested", [("a", "asserts"), ("b", "denies")])),
        ({"independent_origins": "1", "status": "single_origin"}, None),
        ({"independent_origins": "0", "status": "unsourced"}, None),
    ]
    assert origin_error_kinds(pairs) == {  # type: ignore[arg-type]
        "contested_missed_no_denial": 1, "contested_missed_with_denial": 1, "contested_wrongly": 1,
        "count_no_claim": 1, "count_right": 5, "count_too_few_one_article": 1, "count_too_few_one_member": 1,
        "count_too_many_articles": 1}
