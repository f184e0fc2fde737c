"""The German speaker ranker (steps/attribution/speaker_model.py, trained on GePaDe SpkAtt by
recipes/train_speaker_de.py): where the rules' subject runs on into a clause the model's speaker
replaces it and names the model in the rule id, a relative pronoun it picks stands for the noun before it; ordinary subjects — a role with its name, an
apposition, two conjoined bodies — stay as the rules draw them; the recipe's training is
deterministic and ranks the right candidate first. Invented sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sourcetrace import analyze
from sourcetrace.steps.attribution import speaker_model as sm

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "recipes"))

RUN_ON = "Die Trainerin verteilte ein Blatt in dem sie erklärte, dass das Training am Freitag ausfalle."


def _speakers(text: str) -> list[tuple[str | None, str]]:
    doc = analyze(text, lang="de")
    return [(text[a.source_span.start : a.source_span.end] if a.source_span else None, a.rule) for a in doc.attributions]


def test_the_weights_ship_with_their_licence() -> None:
    assert sm.weights()
    import json
    from importlib import resources

    meta = json.loads((resources.files("sourcetrace.models") / sm.NAME / "weights.json").read_text(encoding="utf-8"))["meta"]
    assert meta["license"] == "CC BY-SA 4.0" and meta["recipe"] == "recipes/train_speaker_de.py"


def test_a_subject_that_runs_on_into_a_clause_gives_way_to_the_models_speaker() -> None:
    [(speaker, rule)] = _speakers(RUN_ON)
    assert speaker == "sie" and rule.endswith("+" + sm.RULE)


def test_without_the_model_the_rules_phrase_runs_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sm, "ENABLED", False)
    [(speaker, rule)] = _speakers(RUN_ON)
    assert speaker is not None and speaker.startswith("Die Trainerin verteilte") and sm.RULE not in rule


@pytest.mark.parametrize(("text", "name"), [
    ("Die Stadt beauftragte einen Gutachter, der im März festgestellt hat, dass die Brücke marode ist.", "Gutachter"),
    ("Unterstützt wird der Antrag von einer Ärztin, die öffentlich erklärt hat, dass die Klinik überlastet sei.", "Ärztin"),
])
def test_a_relative_pronoun_the_model_picks_stands_for_the_noun_before_it(text: str, name: str) -> None:
    doc = analyze(text, lang="de")
    [a] = doc.attributions
    assert a.source_span is not None and text[a.source_span.start : a.source_span.end] in ("der", "die")
    assert "_relative" in a.rule and a.rule.endswith("+" + sm.RULE)
    assert {s.id: s for s in doc.sources}[a.source].name == name


def test_without_the_model_the_relative_clause_is_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sm, "ENABLED", False)
    [(speaker, _)] = _speakers("Die Stadt beauftragte einen Gutachter, der im März festgestellt hat, dass die Brücke marode ist.")
    assert speaker != "der"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Sprecherin der Stadtwerke, Anna Berg, sagte, die Leitung sei repariert.", "Die Sprecherin der Stadtwerke, Anna Berg"),
    ("Die Gewerkschaft und der Arbeitgeberverband erklärten am Abend, die Gespräche gingen weiter.",
     "Die Gewerkschaft und der Arbeitgeberverband"),
    ("Fraktionschefin Eva Lind hatte zuvor betont, dass der Haushalt stehe.", "Fraktionschefin Eva Lind"),
    ("Der Pfarrer legte einen Brief vor, in dem er versicherte, dass die Kirche offen bleibe.", "er"),
])
def test_ordinary_subjects_stay_as_the_rules_draw_them(text: str, speaker: str) -> None:
    [(got, rule)] = _speakers(text)
    assert got == speaker and sm.RULE not in rule


def test_training_is_deterministic_and_ranks_the_right_candidate_first() -> None:
    from train_speaker_de import train

    events = [{"feats": [["dep=nsubj", "link=v0"], ["dep=obj", "link=v0"], ["dep=nmod", "link=g0"]], "right": [True, False, False]}
              for _ in range(3)] + [{"feats": [["dep=obj", "link=v0"], ["dep=nsubj", "link=v0"]], "right": [False, True]}]
    w1, w2 = train(events, 50, 0.01), train(events, 50, 0.01)
    assert w1 == w2
    assert sm.score(["dep=nsubj", "link=v0"], w1) > sm.score(["dep=obj", "link=v0"], w1)
