"""benchmarks/facts_check.py: the label files of the hedge, timex and quantity check are well formed,
the third set reads attrdev's texts under the split rule of factsdev/README.md, the sixth is attrdev's
set 7 held out whole and its loader gives the texts the labels were made on (with ../shared), the
seventh (session 17, on attrdev set 10: PolNeAR train articles and 10kGNAD rows) and the eighth
(session 18, on attrdev set 12, the same corpora) and the ninth (session 19, on the texts of attrdev's
fresh set of that session, the same corpora) and the tenth (session 20, on attrdev's set 14, the same
corpora) and the eleventh (session 21, on attrdev's set 15, the same corpora) and the twelfth (session 22,
on attrdev's set 16, the same corpora) and the thirteenth (session 23, on attrdev's set 17, the same corpora)
read their texts and PolNeAR's dates through their own rows (with ../shared), the eighth to the twelfth, read
at the ends of sessions 18 to 22, are in `--split all`, the thirteenth is fresh and out of it, and an optional
date or quantity label takes the predictions that overlap it out of the count (invented spans)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from facts_check import HERE, LAYERS, SETS, _read_tsv, article_of, corpus_rows, label_problem, split_gold
from tests.conftest import shared_path


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


@pytest.mark.parametrize(("n", "attr_set", "dated"), [(4, 5, False), (5, 6, True)])
def test_the_fourth_and_fifth_sets_are_attrdevs_sets_5_and_6_wholly_held_out_and_in_all_since_they_were_read(
        n: int, attr_set: int, dated: bool) -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL

    facts = _read_tsv(f"articles{n}.tsv")
    attr = {r["article"]: r for r in read_tsv(ATTR_HERE / f"articles{attr_set}.tsv")}
    assert [a["article"] for a in facts] == list(attr)
    for a in facts:
        assert a["language"] == attr[a["article"]]["language"] and len(a["sha256"]) == 64
        assert a["split"] == f"held-out{n}"
        if dated:  # the fifth passes the dates of its texts: a publication date, or none
            assert a["date"] == "" or len(a["date"]) == 10
    assert f"held-out{n}" not in NOT_IN_ALL and (HERE / f"labels{n}.tsv").is_file()  # read in sessions 14 and 15


def test_the_sixth_set_is_attrdevs_set_7_wholly_held_out_and_in_all_since_it_was_read() -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL, SPLITS

    sixth = _read_tsv("articles6.tsv")
    set_7 = {r["article"]: r for r in read_tsv(ATTR_HERE / "articles7.tsv")}
    assert [a["article"] for a in sixth] == list(set_7)
    for a in sixth:
        assert a["language"] == set_7[a["article"]]["language"] and len(a["sha256"]) == 64
        assert a["split"] == "held-out6"
        assert a["date"] == "" or len(a["date"]) == 10
    assert {a["article"] for a in _read_tsv("labels6.tsv")} == set(set_7)  # every text has labels
    assert "held-out6" in SPLITS and "held-out6" not in NOT_IN_ALL  # read in session 16


def test_the_sixth_sets_loader_gives_the_labelled_texts_their_dates_and_labels_inside_them() -> None:
    data = shared_path("data")
    from_corpus = corpus_rows()
    labels = _read_tsv("labels6.tsv")
    for a in _read_tsv("articles6.tsv"):
        text, date, _where, same = article_of(data, a, from_corpus)
        assert same, a["article"]  # the text whose sha256 the row records
        assert date == (a["date"] or None)  # the date the row names, not the URL's
        assert all(label_problem(text, row) is None for row in labels if row["article"] == a["article"])


def test_the_seventh_set_is_held_out_whole_out_of_all_and_names_the_corpus_of_each_text() -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL, SPLITS

    seventh = _read_tsv("articles7.tsv")
    assert [a["article"] for a in seventh] == [f"e{n}" for n in range(69, 79)] + [f"g{n}" for n in range(69, 79)]
    for a in seventh:
        assert a["split"] == "held-out7" and len(a["sha256"]) == 64
        if a["language"] == "en":  # PolNeAR articles, each passed the date of PolNeAR's metadata
            assert a["corpus"] == "polnear" and len(a["date"]) == 10 and a["key"].startswith(a["date"], a["key"].index("_") + 1)
        else:  # DER STANDARD rows of 10kGNAD's test.csv: a date only where the text prints its own
            assert a["corpus"] == "10kgnad" and a["key"].isdigit()
            assert a["date"] == "" or len(a["date"]) == 10
    assert {a["article"] for a in _read_tsv("labels7.tsv")} == {a["article"] for a in seventh}  # every text has labels
    set_10 = {r["article"]: r for r in read_tsv(ATTR_HERE / "articles10.tsv")}  # attrdev set 10 names the same texts
    assert set_10 and all((set_10[a["article"]]["corpus"], set_10[a["article"]]["key"]) == (a["corpus"], a["key"])
                          for a in seventh if a["article"] in set_10)
    assert "held-out7" in SPLITS and "held-out7" not in NOT_IN_ALL  # read at the end of session 17: in `--split all`


@pytest.mark.parametrize("n", [7, 8, 9, 10, 11, 12, 13])  # the sets that name the corpus and key of each text
def test_a_corpus_sets_loader_gives_the_labelled_texts_their_dates_and_labels_inside_them(n: int) -> None:
    data = shared_path("data", "polnear", "data", "metadata.tsv").parents[2]
    from_corpus = corpus_rows()
    labels = _read_tsv(f"labels{n}.tsv")
    for a in _read_tsv(f"articles{n}.tsv"):
        text, date, where, same = article_of(data, a, from_corpus)
        assert same, where  # the text whose sha256 the row records (PolNeAR headline line included)
        assert date == (a["date"] or None)
        assert where == f"{a['corpus']} {a['key']}"
        assert all(label_problem(text, row) is None for row in labels if row["article"] == a["article"])


def test_the_validation_of_the_seventh_set_prints_counts_and_no_score(capsys: pytest.CaptureFixture[str]) -> None:
    from facts_check import main

    data = shared_path("data")
    assert main(["--data", str(data), "--split", "held-out7", "--validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("20 articles;") and "0 problems" in out
    assert " P " not in out and "F1" not in out


def test_the_eighth_set_is_held_out_whole_out_of_all_and_names_the_corpus_of_each_text() -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL, SPLITS

    eighth = _read_tsv("articles8.tsv")
    assert [a["article"] for a in eighth] == [f"e{n}" for n in range(95, 103)] + [f"g{n}" for n in range(79, 87)]
    for a in eighth:
        assert a["split"] == "held-out8" and len(a["sha256"]) == 64
        if a["language"] == "en":  # PolNeAR articles, each passed the date of PolNeAR's metadata
            assert a["corpus"] == "polnear" and len(a["date"]) == 10 and a["key"].startswith(a["date"], a["key"].index("_") + 1)
        else:  # DER STANDARD rows of 10kGNAD's test.csv: a date only where the text prints its own (none does)
            assert a["corpus"] == "10kgnad" and a["key"].isdigit() and a["date"] == ""
    assert {a["article"] for a in _read_tsv("labels8.tsv")} == {a["article"] for a in eighth}  # every text has labels
    if (ATTR_HERE / "articles12.tsv").is_file():  # attrdev set 12 names the same texts
        set_12 = {r["article"]: r for r in read_tsv(ATTR_HERE / "articles12.tsv")}
        assert all((set_12[a["article"]]["corpus"], set_12[a["article"]]["key"]) == (a["corpus"], a["key"])
                   for a in eighth if a["article"] in set_12)
    assert "held-out8" in SPLITS and "held-out8" not in NOT_IN_ALL  # read at the end of session 18: in `--split all`


def test_the_validation_of_the_eighth_set_prints_counts_and_no_score_and_all_takes_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    from facts_check import main

    data = shared_path("data")
    assert main(["--data", str(data), "--split", "held-out8", "--validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("16 articles;") and "0 problems" in out
    assert " P " not in out and "F1" not in out
    assert main(["--data", str(data), "--split", "all", "--validate"]) == 0
    listed = sum(1 for tsv, _ in SETS for a in _read_tsv(tsv) if a["split"] != "held-out13")
    assert capsys.readouterr().out.startswith(f"{listed} articles;")  # the eighth to eleventh are in `all`, the fresh twelfth not


def test_the_ninth_set_is_held_out_whole_out_of_all_and_names_the_corpus_of_each_text() -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL, SPLITS

    ninth = _read_tsv("articles9.tsv")
    assert [a["article"] for a in ninth] == [f"e{n}" for n in range(103, 111)] + [f"g{n}" for n in range(87, 95)]
    for a in ninth:
        assert a["split"] == "held-out9" and len(a["sha256"]) == 64
        if a["language"] == "en":  # PolNeAR articles, each passed the date of PolNeAR's metadata
            assert a["corpus"] == "polnear" and len(a["date"]) == 10 and a["key"].startswith(a["date"], a["key"].index("_") + 1)
        else:  # DER STANDARD rows of 10kGNAD's test.csv: a date only where the text prints its own
            assert a["corpus"] == "10kgnad" and a["key"].isdigit()
            assert a["date"] == "" or len(a["date"]) == 10
    assert {a["article"] for a in _read_tsv("labels9.tsv")} == {a["article"] for a in ninth}  # every text has labels
    if (ATTR_HERE / "articles13.tsv").is_file():  # attrdev's set of session 19 names the same texts
        set_13 = {r["article"]: r for r in read_tsv(ATTR_HERE / "articles13.tsv")}
        assert all((set_13[a["article"]]["corpus"], set_13[a["article"]]["key"]) == (a["corpus"], a["key"])
                   for a in ninth if a["article"] in set_13)
    assert "held-out9" in SPLITS and "held-out9" not in NOT_IN_ALL  # read at the end of session 19: in `--split all`


def test_the_validation_of_the_ninth_set_prints_counts_and_no_score_and_all_takes_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    from facts_check import main

    data = shared_path("data")
    assert main(["--data", str(data), "--split", "held-out9", "--validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("16 articles;") and "0 problems" in out
    assert " P " not in out and "F1" not in out
    assert main(["--data", str(data), "--split", "all", "--validate"]) == 0
    listed = sum(1 for tsv, _ in SETS for a in _read_tsv(tsv) if a["split"] != "held-out13")
    assert capsys.readouterr().out.startswith(f"{listed} articles;")  # read: in `all`, only the fresh twelfth not


def test_the_tenth_set_is_held_out_whole_in_all_once_read_and_names_the_corpus_of_each_text() -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL, SPLITS

    tenth = _read_tsv("articles10.tsv")
    assert [a["article"] for a in tenth] == [f"e{n}" for n in range(111, 119)] + [f"g{n}" for n in range(95, 103)]
    for a in tenth:
        assert a["split"] == "held-out10" and len(a["sha256"]) == 64
        if a["language"] == "en":  # PolNeAR articles, each passed the date of PolNeAR's metadata
            assert a["corpus"] == "polnear" and len(a["date"]) == 10 and a["key"].startswith(a["date"], a["key"].index("_") + 1)
        else:  # DER STANDARD rows of 10kGNAD's test.csv: a date only where the text prints its own
            assert a["corpus"] == "10kgnad" and a["key"].isdigit()
            assert a["date"] == "" or len(a["date"]) == 10
    assert {a["article"] for a in _read_tsv("labels10.tsv")} == {a["article"] for a in tenth}  # every text has labels
    if (ATTR_HERE / "articles14.tsv").is_file():  # attrdev's set of session 20 names the same texts
        set_14 = {r["article"]: r for r in read_tsv(ATTR_HERE / "articles14.tsv")}
        assert all((set_14[a["article"]]["corpus"], set_14[a["article"]]["key"]) == (a["corpus"], a["key"])
                   for a in tenth if a["article"] in set_14)
    assert "held-out10" in SPLITS and "held-out10" not in NOT_IN_ALL  # read at the end of session 20: in `--split all`


def test_the_validation_of_the_tenth_set_prints_counts_and_no_score_and_all_takes_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    from facts_check import main

    data = shared_path("data")
    assert main(["--data", str(data), "--split", "held-out10", "--validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("16 articles;") and "0 problems" in out
    assert " P " not in out and "F1" not in out
    assert main(["--data", str(data), "--split", "all", "--validate"]) == 0
    listed = sum(1 for tsv, _ in SETS for a in _read_tsv(tsv) if a["split"] != "held-out13")
    assert capsys.readouterr().out.startswith(f"{listed} articles;")  # read at the end of session 20: in `all`


def test_the_eleventh_set_is_held_out_whole_in_all_once_read_and_names_the_corpus_of_each_text() -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL, SPLITS

    eleventh = _read_tsv("articles11.tsv")
    assert [a["article"] for a in eleventh] == [f"e{n}" for n in range(119, 127)] + [f"g{n}" for n in range(103, 111)]
    for a in eleventh:
        assert a["split"] == "held-out11" and len(a["sha256"]) == 64
        if a["language"] == "en":  # PolNeAR articles, each passed the date of PolNeAR's metadata
            assert a["corpus"] == "polnear" and len(a["date"]) == 10 and a["key"].startswith(a["date"], a["key"].index("_") + 1)
        else:  # DER STANDARD rows of 10kGNAD's test.csv: a date only where the text prints its own
            assert a["corpus"] == "10kgnad" and a["key"].isdigit()
            assert a["date"] == "" or len(a["date"]) == 10
    assert {a["article"] for a in _read_tsv("labels11.tsv")} == {a["article"] for a in eleventh}  # every text has labels
    if (ATTR_HERE / "articles15.tsv").is_file():  # attrdev's set of session 21 names the same texts
        set_15 = {r["article"]: r for r in read_tsv(ATTR_HERE / "articles15.tsv")}
        assert all((set_15[a["article"]]["corpus"], set_15[a["article"]]["key"]) == (a["corpus"], a["key"])
                   for a in eleventh if a["article"] in set_15)
    assert "held-out11" in SPLITS and "held-out11" not in NOT_IN_ALL  # read at the end of session 21: in `--split all`


def test_the_validation_of_the_eleventh_set_prints_counts_and_no_score_and_all_takes_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    from facts_check import main

    data = shared_path("data")
    assert main(["--data", str(data), "--split", "held-out11", "--validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("16 articles;") and "0 problems" in out
    assert " P " not in out and "F1" not in out
    assert main(["--data", str(data), "--split", "all", "--validate"]) == 0
    listed = sum(1 for tsv, _ in SETS for a in _read_tsv(tsv) if a["split"] != "held-out13")
    assert capsys.readouterr().out.startswith(f"{listed} articles;")  # read at the end of session 21: in `all`


def test_the_twelfth_set_is_held_out_whole_in_all_once_read_and_names_the_corpus_of_each_text() -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL, SPLITS

    twelfth = _read_tsv("articles12.tsv")
    assert [a["article"] for a in twelfth] == [f"e{n}" for n in range(127, 135)] + [f"g{n}" for n in range(111, 119)]
    for a in twelfth:
        assert a["split"] == "held-out12" and len(a["sha256"]) == 64
        if a["language"] == "en":  # PolNeAR articles, each passed the date of PolNeAR's metadata
            assert a["corpus"] == "polnear" and len(a["date"]) == 10 and a["key"].startswith(a["date"], a["key"].index("_") + 1)
        else:  # DER STANDARD rows of 10kGNAD's test.csv: a date only where the text prints its own
            assert a["corpus"] == "10kgnad" and a["key"].isdigit()
            assert a["date"] == "" or len(a["date"]) == 10
    assert {a["article"] for a in _read_tsv("labels12.tsv")} == {a["article"] for a in twelfth}  # every text has labels
    if (ATTR_HERE / "articles16.tsv").is_file():  # attrdev's set of session 22 names the same texts
        set_16 = {r["article"]: r for r in read_tsv(ATTR_HERE / "articles16.tsv")}
        assert all((set_16[a["article"]]["corpus"], set_16[a["article"]]["key"]) == (a["corpus"], a["key"])
                   for a in twelfth if a["article"] in set_16)
    assert "held-out12" in SPLITS and "held-out12" not in NOT_IN_ALL  # read at the end of session 22: in `--split all`


def test_the_validation_of_the_twelfth_set_prints_counts_and_no_score_and_all_takes_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    from facts_check import main

    data = shared_path("data")
    assert main(["--data", str(data), "--split", "held-out12", "--validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("16 articles;") and "0 problems" in out
    assert " P " not in out and "F1" not in out
    assert main(["--data", str(data), "--split", "all", "--validate"]) == 0
    listed = sum(1 for tsv, _ in SETS for a in _read_tsv(tsv) if a["split"] != "held-out13")
    assert capsys.readouterr().out.startswith(f"{listed} articles;")  # read at the end of session 22: in `all`


def test_the_thirteenth_set_is_held_out_whole_out_of_all_and_names_the_corpus_of_each_text() -> None:
    from attr_check import HERE as ATTR_HERE
    from attr_check import read_tsv
    from facts_check import NOT_IN_ALL, SPLITS

    thirteenth = _read_tsv("articles13.tsv")
    assert [a["article"] for a in thirteenth] == [f"e{n}" for n in range(135, 143)] + [f"g{n}" for n in range(119, 127)]
    for a in thirteenth:
        assert a["split"] == "held-out13" and len(a["sha256"]) == 64
        if a["language"] == "en":  # PolNeAR articles, each passed the date of PolNeAR's metadata
            assert a["corpus"] == "polnear" and len(a["date"]) == 10 and a["key"].startswith(a["date"], a["key"].index("_") + 1)
        else:  # DER STANDARD rows of 10kGNAD's test.csv: a date only where the text prints its own
            assert a["corpus"] == "10kgnad" and a["key"].isdigit()
            assert a["date"] == "" or len(a["date"]) == 10
    assert {a["article"] for a in _read_tsv("labels13.tsv")} == {a["article"] for a in thirteenth}  # every text has labels
    if (ATTR_HERE / "articles17.tsv").is_file():  # attrdev's set of session 23 names the same texts
        set_17 = {r["article"]: r for r in read_tsv(ATTR_HERE / "articles17.tsv")}
        assert all((set_17[a["article"]]["corpus"], set_17[a["article"]]["key"]) == (a["corpus"], a["key"])
                   for a in thirteenth if a["article"] in set_17)
    assert "held-out13" in SPLITS and "held-out13" in NOT_IN_ALL  # fresh: out of `--split all` until the lead reads it


def test_the_validation_of_the_thirteenth_set_prints_counts_and_no_score_and_all_leaves_it_out(
        capsys: pytest.CaptureFixture[str]) -> None:
    from facts_check import NOT_IN_ALL, main

    data = shared_path("data")
    assert main(["--data", str(data), "--split", "held-out13", "--validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("16 articles;") and "0 problems" in out
    assert " P " not in out and "F1" not in out
    assert main(["--data", str(data), "--split", "all", "--validate"]) == 0
    listed = sum(1 for tsv, _ in SETS for a in _read_tsv(tsv) if a["split"] not in NOT_IN_ALL)
    assert "held-out13" in NOT_IN_ALL and capsys.readouterr().out.startswith(f"{listed} articles;")  # not in `all`


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
