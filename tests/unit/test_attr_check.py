"""benchmarks/attr_check.py: our attribution labels turned into the shared scorer's gold, on an
invented article (the labelled articles themselves are in ../shared)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from attr_check import gold_of, main

TEXT = "The harbour will close on Monday, the port authority said, according to a statement."


def _entry() -> dict[str, object]:
    return {
        "sha256": "",
        "sources": [
            {"name": "Port Authority", "aliases": ["port authority"], "type": "organisation", "required": True},
            {"name": "statement", "aliases": ["statement"], "type": "document", "required": False},
        ],
        "attributions": [{
            "mode": "indirect", "required": True, "source": [34, 52], "cue": [53, 57],
            "content": [[0, 32]], "speaker": ["Port Authority"], "via": ["statement"],
        }],
    }


def test_labels_become_gold_spans_with_their_text_and_the_speakers_names() -> None:
    gold = gold_of(_entry(), TEXT, "2026-05-01")
    (att,) = gold["attributions"]
    assert att["source"] == {"start": 34, "end": 52, "text": "the port authority"}
    assert att["cue"]["text"] == "said"
    assert [c["text"] for c in att["content"]] == ["The harbour will close on Monday"]
    assert att["source_aliases"] == ["Port Authority", "port authority"]
    assert att["via"] == [{"name": "statement", "aliases": ["statement"]}]
    assert gold["date"] == "2026-05-01"
    assert [(s["name"], s["required"]) for s in gold["sources"]] == [("Port Authority", True), ("statement", False)]


def test_a_label_naming_an_unlisted_source_is_an_error() -> None:
    entry = _entry()
    entry["attributions"][0]["speaker"] = ["Harbour Master"]  # type: ignore[index]
    with pytest.raises(KeyError):
        gold_of(entry, TEXT, None)


def test_without_the_shared_data_the_check_skips_with_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "data")]) == 0
    assert "skipped" in capsys.readouterr().err


def test_every_listed_article_has_well_formed_labels_and_the_second_set_follows_its_split_rule() -> None:
    import json

    from attr_check import HERE, read_tsv

    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))["articles"]
    rows = read_tsv(HERE / "articles.tsv")
    assert sorted(r["article"] for r in rows) == sorted(labels)
    for r in rows:
        assert r["split"] in {"dev", "held-out", "dev2", "held-out2"}
        if r["split"] in {"dev2", "held-out2"}:  # fixed rule of attrdev/README.md: divisible by 3 is held out
            assert (r["split"] == "held-out2") == (int(r["article"]) % 3 == 0)
        entry = labels[r["article"]]
        names = {s["name"] for s in entry["sources"]}
        for a in entry["attributions"]:
            assert set(a["speaker"]) <= names and set(a["via"]) <= names
            spans = [*a["content"], *(s for s in (a["source"], a["cue"]) if s)]
            assert a["content"] and all(0 <= s < e for s, e in spans)
    assert {r["article"] for r in rows if r["split"] == "held-out2"} == {"012", "015", "021", "024", "027", "030"}
