"""A learned step for what the rules leave: sentences that report someone's speech without a cue
of their own (free indirect speech, Konjunktiv runs, reported speech acts). A logistic regression
over sentence features, trained on de-news-quotes train (`recipes/train_quote_sentences.py`,
model card `docs/models/quote-sentence-de.md`); weights are plain JSON.

The weights derive from a CC BY-NC-SA 4.0 corpus, so they are not part of the package: the recipe
builds them on request into the user's model folder (`model_dir()`: `$SOURCETRACE_MODELS`, else
`$XDG_DATA_HOME/sourcetrace/models`, else `~/.local/share/sourcetrace/models`), where this step
finds them; without them, asking for the step is a one-line error that says how to build them.

Rule id of what it adds: `attr.model.quote_sentence_de.v1`.
"""

from __future__ import annotations

import json
import math
import os
import re
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from ..document import Attribution, Document, Sentence
from ..errors import Errors, InputError
from .lexicon import AUX, lang

MODEL_NAME = "quote_sentence_de.v1"
MODEL_FILE = "quote_sentence_de.json"


def model_dir() -> Path:
    """Where models built by a recipe live: `$SOURCETRACE_MODELS`, else the XDG data folder."""
    env = os.environ.get("SOURCETRACE_MODELS")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "sourcetrace" / "models"


def model_path() -> Path:
    return model_dir() / MODEL_FILE


def sentence_features(doc: Document, idx: int, covered: set[int], last_att_sent: int | None) -> dict[str, float]:
    """Features of sentence `idx`: its words and markers, and where the last attribution stood."""
    lx = lang("de")
    sent = doc.sentences[idx]
    words = [t.text for t in sent.tokens]
    low = [w.lower() for w in words]
    f: dict[str, float] = {"bias": 1.0}
    for w in set(low):
        if w.isalpha() and len(w) > 1:
            f["w=" + w] = 1.0
    if low:
        f["first=" + low[0]] = 1.0
    f["konj1"] = float(any(w in lx.konj1 for w in words))
    f["konj2"] = float(any(w in lx.konj2 for w in low))
    f["soll"] = float(any(w in ("soll", "sollen") for w in low))
    f["cue"] = float(any(w in lx.forms and not w[:1].isupper() for w in words[1:]))
    f["quote"] = float(any(c in doc.text[sent.span.start : sent.span.end] for c in "«»„“\""))
    f["pron_start"] = float(bool(low) and low[0] in ("er", "sie", "es", "man", "dies", "dieser", "diese"))
    f["aux"] = float(any(w in AUX for w in low))
    f["len"] = min(len(words), 60) / 60
    f["prev_att"] = float(idx - 1 in covered)
    if last_att_sent is not None:
        d = idx - last_att_sent
        f[f"dist={min(d, 5)}"] = 1.0
    else:
        f["dist=none"] = 1.0
    same_para = idx > 0 and "\n" not in doc.text[doc.sentences[idx - 1].span.end : sent.span.start]
    f["same_para"] = float(same_para)
    f["num"] = float(bool(re.search(r"\d", doc.text[sent.span.start : sent.span.end])))
    return f


@cache
def load_model() -> dict[str, Any]:
    path = model_path()
    if not path.is_file():
        raise InputError(Errors.E032.format(path=path))
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data.get("weights"), dict) or not isinstance(data.get("threshold"), float | int):
            raise ValueError("no weights or threshold")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(Errors.E033.format(path=path, reason=exc)) from exc
    return data


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def covered_sentences(doc: Document) -> tuple[set[int], dict[int, Attribution]]:
    covered: set[int] = set()
    owner: dict[int, Attribution] = {}
    for i, s in enumerate(doc.sentences):
        for a in doc.attributions:
            if any(c.overlaps(s.span) for c in a.content):
                covered.add(i)
                owner[i] = a
    return covered, owner


class QuoteSentenceModel:
    name: ClassVar[str] = "attribution.sentence_model.v1"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "attributions")
    assigns: ClassVar[tuple[str, ...]] = ("attributions",)

    def __init__(self) -> None:
        load_model()  # a missing model is reported when the pipeline is built, before any work

    def __call__(self, doc: Document) -> None:
        model = load_model()
        weights: dict[str, float] = model["weights"]
        threshold = float(model["threshold"])
        covered, owner = covered_sentences(doc)
        last: int | None = None
        added: list[Attribution] = []
        for i, sent in enumerate(doc.sentences):
            seg = doc.segments[sent.segment]
            if seg.kind != "body" or seg.language != "de" or not sent.tokens:
                continue
            if i in covered:
                last = i
                continue
            p = score(weights, sentence_features(doc, i, covered, last))
            if p < threshold:
                continue
            prev = owner.get(last) if last is not None and i - last <= 2 else None
            added.append(self._attribution(doc, sent, prev, p, len(doc.attributions) + len(added) + 1))
            covered.add(i)
            if prev is not None:
                owner[i] = prev
                last = i
        if added:
            doc.attributions = sorted([*doc.attributions, *added], key=lambda a: a.content[0].start)

    @staticmethod
    def _attribution(doc: Document, sent: Sentence, prev: Attribution | None, p: float, n: int) -> Attribution:
        from .attribution.context import strip_span

        content = strip_span(doc.text, sent.span)
        return Attribution(
            id=f"m{n}", mode="continuation", content=[content], source=prev.source if prev else None,
            source_span=None, cue=None, rule=f"attr.model.{MODEL_NAME} p={p:.2f}",
            via=list(prev.via) if prev else [], segment=sent.segment,
        )
