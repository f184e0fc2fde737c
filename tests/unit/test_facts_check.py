"""benchmarks/facts_check.py: the label files of the hedge, timex and quantity check are well formed;
the third set reads attrdev's sets 3 and 4 under the split rule of factsdev/README.md; every later set,
one row of TABLE (below), is held out whole on the texts of one attrdev set (the seventh and later name
each text's PolNeAR or 10kGNAD row themselves), its loader gives the texts the labels were made on with
their dates, `--validate` prints counts and no score (with ../shared), and `--split all` takes every read
set and no fresh one (the nineteenth and twentieth read trafilatura-eval pages, each passed the page's
metadata date that attr_check's corpus key `trafi` gives; the twenty-first mixes such pages with PolNeAR
articles and 10kGNAD rows, the twenty-second to thirtieth are PolNeAR articles and 10kGNAD rows again); an optional date or quantity label takes the predictions that overlap it out of
the count (invented spans).

A new set is one new row of TABLE (with its files in facts_check.SETS and SPLITS); when the lead has read
a fresh set, its row loses `fresh=True` (and its split leaves facts_check.NOT_IN_ALL)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from facts_check import HERE, LAYERS, SETS, _read_tsv, article_of, corpus_rows, label_problem, split_gold
from tests.conftest import shared_path


@dataclass(frozen=True)
class FactsSet:
    """One of factsdev's sets held out whole (articlesN.tsv, labelsN.tsv: split held-outN) and what
    factsdev/README.md promises of it."""

    n: int  # N of articlesN.tsv and labelsN.tsv, and of its split held-outN
    attr: int  # the attrdev set whose texts it labels: the same articles, in the same order
    en: range | None = None  # a set naming each text's corpus and key: its English (PolNeAR) articles e…
    de: range | None = None  # and its German ones g… (10kGNAD test.csv rows), listed after them
    dated: bool = True  # a date column: the publication date passed with each text (empty: none)
    german_undated: bool = False  # no German 10kGNAD row prints its own date
    web: bool = False  # e… and g… are trafilatura-eval pages (corpus `trafi`), each passed the page's metadata date
    trafi: tuple[str, ...] = ()  # in a set of PolNeAR articles and 10kGNAD rows, the texts that are such pages instead
    fresh: bool = False  # in facts_check.NOT_IN_ALL: out of `--split all` until the session lead has read it


# factsdev's sets after the third (which splits attrdev's sets 3 and 4, below). A new set is one new row
# here (and its files in facts_check.SETS and SPLITS); when the lead has read a fresh set, its `fresh=True`
# goes (and its split leaves facts_check.NOT_IN_ALL).
TABLE = (
    FactsSet(4, 5, dated=False),
    FactsSet(5, 6),
    FactsSet(6, 7),
    FactsSet(7, 10, range(69, 79), range(69, 79)),  # session 17: PolNeAR train articles and 10kGNAD rows
    FactsSet(8, 12, range(95, 103), range(79, 87), german_undated=True),
    FactsSet(9, 13, range(103, 111), range(87, 95)),
    FactsSet(10, 14, range(111, 119), range(95, 103)),
    FactsSet(11, 15, range(119, 127), range(103, 111)),
    FactsSet(12, 16, range(127, 135), range(111, 119)),
    FactsSet(13, 17, range(135, 143), range(119, 127)),
    FactsSet(14, 18, range(143, 151), range(127, 135)),
    FactsSet(15, 19, range(151, 159), range(135, 143), german_undated=True),
    FactsSet(16, 20, range(159, 167), range(143, 151)),
    FactsSet(17, 21, range(167, 175), range(151, 159), german_undated=True),
    FactsSet(18, 22, range(175, 183), range(159, 167), german_undated=True),
    FactsSet(19, 23, range(183, 191), range(167, 175), web=True),  # session 29: real web pages
    FactsSet(20, 24, range(191, 199), range(175, 183), web=True),  # session 30: web pages
    # session 31: PolNeAR articles; German web pages and DER STANDARD rows
    FactsSet(21, 25, range(199, 207), range(183, 191), german_undated=True,
             trafi=("g183", "g184", "g185", "g186")),
    # session 32: PolNeAR articles and DER STANDARD rows (one dated by its closing agency credit)
    FactsSet(22, 26, range(207, 215), range(191, 199)),
    # session 33: PolNeAR articles and DER STANDARD rows
    FactsSet(23, 27, range(215, 223), range(199, 207)),
    # session 34: PolNeAR articles and DER STANDARD rows
    FactsSet(24, 28, range(223, 231), range(207, 215)),
    # session 35: PolNeAR articles and DER STANDARD rows (one dated by its closing byline)
    FactsSet(25, 29, range(231, 239), range(215, 223)),
    # session 36: PolNeAR articles and DER STANDARD rows
    FactsSet(26, 30, range(239, 247), range(223, 231)),
    # session 37: PolNeAR articles and DER STANDARD rows (one dated by its closing agency credit)
    FactsSet(27, 31, range(247, 255), range(231, 239)),
    # session 38: PolNeAR articles and DER STANDARD rows
    FactsSet(28, 32, range(255, 263), range(239, 247)),
    # session 39: PolNeAR articles and DER STANDARD rows
    FactsSet(29, 33, range(263, 271), range(247, 255)),
    # session 40: PolNeAR train and dev articles and DER STANDARD rows (two dated by their closing credits)
    FactsSet(30, 34, range(271, 279), range(255, 263), fresh=True),
)


def test_the_table_is_facts_checks_list_of_sets_with_the_fresh_ones_out_of_all() -> None:
    from facts_check import NOT_IN_ALL, SPLITS

    assert (("articles.tsv", "labels.tsv"), ("articles3.tsv", "labels3.tsv"),
            *((f"articles{s.n}.tsv", f"labels{s.n}.tsv") for s in TABLE)) == SETS
    assert ("dev", "held-out", "dev2", "held-out2", "dev3", "held-out3", *(f"held-out{s.n}" for s in TABLE)) == SPLITS
    assert tuple(f"held-out{s.n}" for s in TABLE if s.fresh) == NOT_IN_ALL


def test_every_label_names_a_listed_article_and_has_a_value_of_its_layer() -> None:
    for tsv, lab in SETS:
        names = {a["article"] for a in _read_tsv(tsv)}
        for row in _read_tsv(lab):
            assert row["article"] in names
            assert 0 <= int(row["start"]) < int(row["end"])
            assert row["layer"] in LAYERS and row["required"] in {"0", "1"}
            if row["layer"] == "timex":
                assert row["value"]
            elif row["layer"] == "quantity":
                value = json.loads(row["value"])
                assert isinstance(value, (int, float)) or (isinstance(value, list) and len(value) == 2)
            else:
                assert row["value"] == ""


def test_the_third_set_is_attrdevs_sets_3_and_4_split_dev_with_dev_and_held_out_with_held_out() -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv

    rows = corpus_rows()
    third = _read_tsv("articles3.tsv")
    sets_3_and_4 = [r["article"] for tsv in ("articles3.tsv", "articles4.tsv") for r in read_tsv(ATTR_HERE / tsv)]
    assert sorted(a["article"] for a in third) == sorted(sets_3_and_4)
    for a in third:
        attr = rows[a["article"]]
        assert a["language"] == attr["language"] and len(a["sha256"]) == 64
        assert a["split"] == ("dev3" if attr["split"].startswith("dev") else "held-out3")
    assert (HERE / "labels3.tsv").is_file()


def test_an_optional_date_takes_the_overlapping_prediction_out_of_the_count() -> None:
    gold = {"hedges": [], "quantities": [],
            "timexes": [{"start": 10, "end": 20, "value": "XXXX-XX-XX", "required": False},
                        {"start": 40, "end": 48, "value": "2015", "required": True}]}
    pred = {"hedges": [], "quantities": [],
            "timexes": [{"start": 12, "end": 20, "value": "2016-04-25"}, {"start": 40, "end": 48, "value": "2015"}]}
    kept = split_gold(gold, pred)
    assert kept["timexes"] == [{"start": 40, "end": 48, "value": "2015"}]
    assert gold["timexes"] == [{"start": 40, "end": 48, "value": "2015", "required": True}]


@pytest.mark.parametrize("s", TABLE, ids=lambda s: f"set{s.n}")
def test_a_set_labels_the_texts_of_its_attrdev_set_held_out_whole_and_is_in_all_once_read(s: FactsSet) -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL, SPLITS

    facts = _read_tsv(f"articles{s.n}.tsv")
    if (ATTR_HERE / f"articles{s.attr}.tsv").is_file():
        attr = {r["article"]: r for r in read_tsv(ATTR_HERE / f"articles{s.attr}.tsv")}
    else:  # a fresh set labelled beside its attrdev set, whose rows reach main in the same session's merge:
        assert s.fresh  # until then the set's own rows stand in (the checks below on names, corpus and dates still bite)
        attr = {a["article"]: a for a in facts}
    assert attr and [a["article"] for a in facts] == list(attr)  # the texts of the attrdev set, in its order
    if s.en is not None:
        assert [a["article"] for a in facts] == [f"e{i}" for i in s.en] + [f"g{i}" for i in s.de or ()]
    for a in facts:
        assert a["language"] == attr[a["article"]]["language"] and len(a["sha256"]) == 64
        assert a["split"] == f"held-out{s.n}"
        assert ("date" in a) == s.dated
        if s.dated:  # the date passed with the text: a publication date, or none
            assert a["date"] == "" or len(a["date"]) == 10
        if s.en is None:
            continue  # texts read through attrdev's row of the same name
        # a set naming the corpus and key of each text, those of attrdev's row
        assert (attr[a["article"]]["corpus"], attr[a["article"]]["key"]) == (a["corpus"], a["key"])
        if s.web or a["article"] in s.trafi:  # a trafilatura-eval page by its annotations.json file name, passed a day
            assert a["corpus"] == "trafi" and a["key"].startswith("html/") and a["key"].endswith(".html.gz")
            assert len(a["date"]) == 10
        elif a["language"] == "en":  # PolNeAR articles, each passed the date of PolNeAR's metadata
            assert a["corpus"] == "polnear" and len(a["date"]) == 10 and a["key"].startswith(a["date"], a["key"].index("_") + 1)
        else:  # DER STANDARD rows of 10kGNAD's test.csv: a date only where the text prints its own
            assert a["corpus"] == "10kgnad" and a["key"].isdigit()
            if s.german_undated:
                assert a["date"] == ""
    assert {a["article"] for a in _read_tsv(f"labels{s.n}.tsv")} == set(attr)  # every text has labels
    assert f"held-out{s.n}" in SPLITS and (f"held-out{s.n}" in NOT_IN_ALL) == s.fresh


@pytest.mark.parametrize("s", TABLE, ids=lambda s: f"set{s.n}")
def test_a_sets_loader_gives_the_labelled_texts_their_dates_and_labels_inside_them(s: FactsSet) -> None:
    data = shared_path("data")
    corpora = ("trafilatura-eval",) if s.web else ("polnear", "10kgnad") if s.en is not None else ("scrapinghub-aeb", "10kgnad")
    corpora += ("trafilatura-eval",) if s.trafi else ()
    for corpus in corpora:
        shared_path("data", corpus)
    from_corpus = corpus_rows()
    labels = _read_tsv(f"labels{s.n}.tsv")
    for a in _read_tsv(f"articles{s.n}.tsv"):
        text, date, where, same = article_of(data, a, from_corpus)
        assert same, where  # the text whose sha256 the row records (PolNeAR headline line included)
        if s.dated:
            assert date == (a["date"] or None)  # the date the row names, not the URL's
        if "corpus" in a:
            assert where == f"{a['corpus']} {a['key']}"
        if s.web or a["article"] in s.trafi:  # the date passed is the one the corpus key gives with the page (its metadata date)
            from attr_check import corpus_text

            assert date == corpus_text(data, a["corpus"], a["key"])[1]
        assert all(label_problem(text, row) is None for row in labels if row["article"] == a["article"])


@pytest.mark.parametrize("s", TABLE, ids=lambda s: f"set{s.n}")
def test_the_validation_of_a_set_prints_counts_and_no_score(s: FactsSet, capsys: pytest.CaptureFixture[str]) -> None:
    from facts_check import main

    data = shared_path("data")
    assert main(["--data", str(data), "--split", f"held-out{s.n}", "--validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{len(_read_tsv(f'articles{s.n}.tsv'))} articles;") and "0 problems" in out
    assert " P " not in out and "F1" not in out


def test_the_validation_of_split_all_takes_every_read_set_and_no_fresh_one(capsys: pytest.CaptureFixture[str]) -> None:
    from facts_check import NOT_IN_ALL, main

    data = shared_path("data")
    assert main(["--data", str(data), "--split", "all", "--validate"]) == 0
    listed = sum(1 for tsv, _ in SETS for a in _read_tsv(tsv) if a["split"] not in NOT_IN_ALL)
    assert listed and capsys.readouterr().out.startswith(f"{listed} articles;")


def test_a_label_outside_its_text_blank_edged_or_of_a_wrong_value_is_a_problem() -> None:
    text = "Rund 300 Leute kamen am Montag."

    def row(start: int, end: int, layer: str = "quantity", value: str = "300") -> dict[str, str]:
        return {"article": "x", "start": str(start), "end": str(end), "layer": layer, "value": value, "required": "1"}

    assert label_problem(text, row(0, 8, value="300")) is None
    assert label_problem(text, row(21, 30, "timex", "XXXX-XX-XX")) is None
    assert label_problem(text, row(4, 8)) is not None  # " 300" starts with a blank
    assert label_problem(text, row(25, 40)) is not None  # past the end
    assert label_problem(text, row(0, 8, value="rund 300")) is not None  # no JSON
    assert label_problem(text, row(21, 30, "timex", "")) is not None
    assert label_problem(text, row(0, 4, "hedge", "x")) is not None
