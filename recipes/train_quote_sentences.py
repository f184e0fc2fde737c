"""Build the optional quote-sentence model (`sourcetrace analyze --sentence-model`).

    python recipes/train_quote_sentences.py [--data ../shared/data] [--out-dir DIR]

It is written to the user's model folder (`sourcetrace.steps.sentence_model.model_dir()`:
`$SOURCETRACE_MODELS`, else `$XDG_DATA_HOME/sourcetrace/models`, else
`~/.local/share/sourcetrace/models`), never into the package: its weights derive from a
CC BY-NC-SA 4.0 corpus and may be used and shared only under that licence (non-commercial,
share-alike); see docs/models/quote-sentence-de.md.

Data: de-news-quotes (CC BY-NC-SA 4.0): train for fitting, dev for the threshold (chosen for the
best Joint F1 of the whole analysis on dev). Test is not read here. Each of our sentences that
the rules leave unattributed is an example; its label is whether at least half of its tokens lie
inside gold quotations. Model: L2-regularised logistic regression with full-batch gradient
descent (NumPy), features of `sourcetrace.steps.sentence_model.sentence_features`; words seen in
fewer than 3 training sentences are dropped. The weights are written as plain JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sourcetrace.document import ArticleDate, Document  # noqa: E402
from sourcetrace.eval.denews import doc_date, load_split  # noqa: E402
from sourcetrace.pipeline import Pipeline  # noqa: E402
from sourcetrace.registry import DEFAULT_STEPS, create  # noqa: E402
from sourcetrace.steps.sentence_model import (  # noqa: E402
    MODEL_FILE,
    covered_sentences,
    model_dir,
    sentence_features,
)

RULES = Pipeline([create(n) for n in DEFAULT_STEPS if n != "hedge.rules.v1"])


def examples(articles: list[dict]) -> list[tuple[dict[str, float], int]]:  # type: ignore[type-arg]
    out = []
    for art in articles:
        doc = Document(text=art["originalText"], name="train")
        doc.date = ArticleDate(doc_date(art["documentName"]) or "2010-01-01", "given", "corpus")
        RULES(doc)
        gold_chars: set[int] = set()
        for ann in art["annotations"]:
            for sp in ann["quote"]["spans"]:
                gold_chars.update(range(sp["charBegin"], sp["charEnd"]))
        covered, _owner = covered_sentences(doc)
        last = None
        for i, sent in enumerate(doc.sentences):
            if doc.segments[sent.segment].kind != "body" or not sent.tokens:
                continue
            if i in covered:
                last = i
                continue
            toks = [t for t in sent.tokens if t.text.isalnum()]
            inside = sum(1 for t in toks if t.span.start in gold_chars)
            label = int(bool(toks) and inside >= 0.5 * len(toks))
            out.append((sentence_features(doc, i, covered, last), label))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--epochs", type=int, default=1500)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--out-dir", default=str(model_dir()), help="where to write the model (default: %(default)s)")
    args = ap.parse_args()
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    os.environ["SOURCETRACE_MODELS"] = str(out_dir)  # the dev runs below read the model from there
    root = Path(args.data) / "de-news-quotes"
    train = examples(load_split(root, "train"))
    df = Counter(k for f, _ in train for k in f)
    vocab = sorted(k for k, c in df.items() if c >= 3)
    index = {k: j for j, k in enumerate(vocab)}
    X = np.zeros((len(train), len(vocab)), dtype=np.float32)
    y = np.array([lab for _, lab in train], dtype=np.float32)
    for r, (f, _) in enumerate(train):
        for k, v in f.items():
            if k in index:
                X[r, index[k]] = v
    w = np.zeros(len(vocab), dtype=np.float64)
    pos = y.mean()
    lr = 2.0
    for epoch in range(args.epochs):
        z = X @ w
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        grad = X.T @ (p - y) / len(y) + args.l2 * w
        w -= lr * grad
        if epoch % 250 == 0:
            loss = -np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))
            print(f"epoch {epoch} loss {loss:.4f} (positives {pos:.3f}, n={len(y)})")
    weights = {k: round(float(w[j]), 5) for k, j in index.items() if abs(w[j]) > 1e-4}
    out = out_dir / MODEL_FILE
    model = {"name": "quote_sentence_de.v1", "threshold": 0.5, "weights": weights,
             "trained_on": "de-news-quotes train (700 articles)", "examples": len(y), "positives": int(y.sum()),
             "licence": "CC BY-NC-SA 4.0 (derived from de-news-quotes); see docs/models/quote-sentence-de.md"}
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    # threshold on dev: the best Joint F1 of the whole analysis
    from sourcetrace.api import default_pipeline
    from sourcetrace.eval.denews import evaluate
    from sourcetrace.steps import sentence_model

    best = (0.0, 0.5)
    for th in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        model["threshold"] = th
        out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        sentence_model.load_model.cache_clear()
        default_pipeline.cache_clear()
        joint = evaluate(root, "dev", sentence_model=True)["joint"]["f1"]
        print(f"threshold {th}: dev joint F1 {joint}")
        if joint > best[0]:
            best = (joint, th)
    model["threshold"] = best[1]
    model["dev_joint_f1"] = best[0]
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(weights)} weights, threshold {best[1]} (dev joint F1 {best[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
