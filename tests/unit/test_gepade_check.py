"""benchmarks/gepade_check.py: GePaDe SpkAtt's token format read back into running text, the events
it takes and skips, and the speaker of a gold cue scored against the gold Source, on a tiny speech
of invented sentences in the spkatt2023 JSON format; without the data the check exits 0."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from gepade_check import check, detokenize, main, units

SPEECH = {
    "Sentences": [
        {"SentenceId": 0, "Tokens": ["Die", "Ministerin", "sagte", ",", "die", "Brücke", "sei", "sicher", "."]},
        {"SentenceId": 1, "Tokens": ["Am", "Abend", "erklärte", "der", "Bürgermeister", ",", "der", "Haushalt", "stehe", "."]},
        {"SentenceId": 2, "Tokens": ["Das", "hat", "er", "uns", "gestern", "noch", "einmal", "gesagt", "."]},
    ],
    "Annotations": [
        {"Cue": ["0:2"], "Source": ["0:0", "0:1"], "Message": ["0:4", "0:5", "0:6", "0:7"]},
        {"Cue": ["1:2"], "Source": ["1:3", "1:4"], "Message": ["1:6", "1:7", "1:8"]},
        {"Cue": ["2:1", "2:7"], "Source": ["2:2"], "Message": []},  # a cue in two parts: skipped
        {"Cue": ["2:7"], "Source": [], "Message": ["2:0"]},  # no Source: nothing to choose, not counted
    ],
}


def test_tokens_are_joined_as_german_text_with_their_offsets() -> None:
    text, offsets = detokenize([(0, ["„", "Wir", "kommen", "“", ",", "sagte", "sie", "."])])
    assert text == "„Wir kommen“, sagte sie."
    assert text[slice(*offsets[(0, 1)])] == "Wir" and text[slice(*offsets[(0, 5)])] == "sagte"


def test_the_speaker_of_each_gold_cue_is_scored_against_the_gold_source(tmp_path: Path) -> None:
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "speech.json").write_text(json.dumps(SPEECH, ensure_ascii=False), encoding="utf-8")
    todo, n, skipped = units(tmp_path, "dev")
    assert (n, skipped) == (2, 1) and [u.sent for u in todo] == [0, 1]
    res = check(tmp_path, "dev")
    assert res["events"] == 2 and res["skipped"] == 1
    assert res["given_cue"]["answered"] == 2 and res["given_cue"]["speaker_acc"] == 1.0
    assert res["given_cue"]["lexicon_cues"]["events"] == 2
    assert res["pipeline"]["cue_recall"] == 1.0 and res["pipeline"]["speaker_acc"] == 1.0


def test_without_the_data_the_check_says_why_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path)]) == 0
    assert "no GePaDe SpkAtt data" in capsys.readouterr().err
