"""The recipe of the German cue model that was tried and not kept (recipes/train_cue_de.py;
docs/measurements.md, "German cues"): its features read the lexicon and the German parse, a
separable verb has its lexicon lemma only with its particle, and its training is deterministic.
Invented sentences."""

from __future__ import annotations

import sys
from pathlib import Path

from sourcetrace import analyze
from sourcetrace.steps.lexicon import lang

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "recipes"))


def _features(text: str, word: str) -> list[str]:
    from train_cue_de import features, is_candidate

    doc = analyze(text, lang="de")
    lx = lang("de")
    for sent in doc.sentences:
        for i, tok in enumerate(sent.tokens):
            if tok.text == word:
                assert is_candidate(doc, sent.tokens, i, lx)
                return features(doc, sent.tokens, i, lx)
    raise AssertionError(word)


def test_a_cue_with_a_reported_clause_has_the_lexicon_and_the_clause() -> None:
    f = _features("Die Bürgermeisterin sagte, die Brücke werde im Mai eröffnet.", "sagte")
    assert "lemma=sagen" in f and "lex=speech" in f and "pos=VERB" in f and "has=ccomp" in f and "subj=NOUN" in f


def test_a_separable_verb_has_its_lemma_only_with_its_particle() -> None:
    from train_cue_de import lemma_of

    lx = lang("de")
    toks = analyze("Der Verein teilte am Montag mit, dass das Fest ausfalle.", lang="de").sentences[0].tokens
    i = next(k for k, t in enumerate(toks) if t.text == "teilte")
    assert lemma_of(toks, i, lx) == ("mitteilen", "speech")
    toks = analyze("Der Verein teilte den Kuchen in zwölf Stücke.", lang="de").sentences[0].tokens
    i = next(k for k, t in enumerate(toks) if t.text == "teilte")
    assert lemma_of(toks, i, lx)[1] == "-"


def test_training_is_deterministic_and_learns_the_clause() -> None:
    from train_cue_de import probability, train

    rows = [{"f": ["bias", "has=ccomp"], "gold": True}] * 3 + [{"f": ["bias", "has=obj"], "gold": False}] * 3
    w1, w2 = train(rows, 50, 0.001, min_count=1), train(rows, 50, 0.001, min_count=1)
    assert w1 == w2
    assert probability(["bias", "has=ccomp"], w1) > 0.5 > probability(["bias", "has=obj"], w1)
