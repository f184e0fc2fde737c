"""The optional sentence model lives in the user's model folder, never in the package."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from sourcetrace.api import default_pipeline
from sourcetrace.cli.main import main
from sourcetrace.steps import sentence_model

ARTICLE = ("Der Gemeinderat von Kleinhafen hat am Montag getagt. Die Präsidentin sagte, der Hafen werde saniert.\n"
           "Die Arbeiten dauern bis in den Herbst. Danach öffnet der Steg wieder für Boote.\n")


@pytest.fixture
def model_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("SOURCETRACE_MODELS", str(tmp_path))
    sentence_model.load_model.cache_clear()
    default_pipeline.cache_clear()
    yield tmp_path
    sentence_model.load_model.cache_clear()
    default_pipeline.cache_clear()


def test_the_package_ships_no_model_trained_on_non_commercial_data() -> None:
    shipped = [p.name for p in resources.files("sourcetrace.models").iterdir()]
    assert sentence_model.MODEL_FILE not in shipped


def test_missing_model_is_one_line_naming_the_recipe(model_folder: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    assert main(["analyze", str(art), "--sentence-model"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "recipes/train_quote_sentences.py" in err and str(model_folder) in err


def test_a_model_in_the_user_folder_is_used(model_folder: Path, tmp_path: Path) -> None:
    # a model that calls every sentence reported speech: the rules' uncovered sentences become continuations
    (model_folder / sentence_model.MODEL_FILE).write_text(
        json.dumps({"name": "test", "threshold": 0.5, "weights": {"bias": 5.0}}), encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "a.json"
    assert main(["analyze", str(art), "--sentence-model", "--lang", "de", "--format", "json", "-o", str(out)]) == 0
    rules = {a["rule"].split()[0] for a in json.loads(out.read_text(encoding="utf-8"))["attributions"]}
    assert "attr.model.quote_sentence_de.v1" in rules


def test_a_damaged_model_is_reported(model_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (model_folder / sentence_model.MODEL_FILE).write_text("{not json", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    assert main(["analyze", str(art), "--sentence-model"]) == 2
    assert "not a readable sentence model" in capsys.readouterr().err
