"""Train the German speaker ranker (`steps/attribution/speaker_model.py`) on GePaDe SpkAtt and write
its weights into the package.

    python recipes/train_speaker_de.py [--data ../shared/data] [--iters 400] [--l2 0.01] [--dry-run]

Events: those of `benchmarks/gepade_check.py` (a Source, a contiguous cue in one sentence) whose cue
word the German parse calls a verb, each sentence analysed by the pipeline as the check does. For
each, the candidates of `speaker_model.candidates` (the nouns, proper nouns and pronouns of the
cue's parsed sentence, the rules' speaker from `speakers.cue_speaker`); a candidate is right when
it is a word of the gold Source. Events with no right candidate (the Source in the sentence before)
are left out of training. Model: a conditional logit over each event's candidates (softmax, the
loss is minus the log of the probability of its right ones), L2, full-batch gradient descent from
zeros — no randomness, so a rerun writes the same weights. Features seen fewer than twice in train
are dropped. Trained on spkatt2023/train, scored on spkatt2023/dev (the accuracy of the top
candidate against the rules' choice on the same events); the figures go to
build/speaker_de/scores.json and into the model card by hand. About a minute on two cores.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from gepade_check import analyse, cue_token, gold_at, head_span, speaker_context, units  # noqa: E402

OUT = ROOT / "src" / "sourcetrace" / "models" / "speaker_de_gepade"


def events(root: Path, split: str) -> list[dict[str, Any]]:
    """Per usable event: its candidates' features, which are right, and whether the rules are right."""
    from sourcetrace.steps.attribution import speaker_model as sm
    from sourcetrace.steps.attribution.speakers import cue_speaker
    from sourcetrace.steps.lexicon import lang

    sm.ENABLED = False  # the rules' own speaker, as the model will see it
    lx = lang("de")
    out: list[dict[str, Any]] = []
    todo, _, _ = units(root, split)
    for unit in todo:
        doc = analyse(unit.text)
        ctx = speaker_context(doc)
        for ev in unit.events:
            at = cue_token(doc, unit, ev)
            if at is None:
                continue
            sent, i, in_lexicon = at
            cue = sent.tokens[i].span
            v = sm.cue_word(doc, cue)
            if v is None or doc.syntax[v].pos != "VERB":
                continue
            spk = cue_speaker(ctx, sent, i, lx)
            rule_span = spk.span if spk is not None else None
            cands = sm.candidates(doc, v, rule_span)
            if not cands:
                continue
            right = [bool(gold_at(unit, (doc.syntax[c].span.start, doc.syntax[c].span.end)) & ev.source) for c, _ in cands]
            rule_ok = False
            if rule_span is not None:
                rule_ok = bool(gold_at(unit, head_span(doc, rule_span.start, rule_span.end)) & ev.source)
            parsed = ctx.syntax_subject is not None and ctx.syntax_subject(sent, i) is not None
            where = "none" if spk is None else spk.where if spk.span is None else f"{spk.where}/{'parse' if parsed else 'rules'}"
            out.append({"feats": [f for _, f in cands], "right": right, "rule_ok": rule_ok, "where": where,
                        "lexicon": in_lexicon, "rule_span": None if rule_span is None else [rule_span.start, rule_span.end],
                        "cands": [(doc.syntax[c].span.start, doc.syntax[c].span.end) for c, _ in cands]})
    return out


def train(evs: list[dict[str, Any]], iters: int, l2: float) -> dict[str, float]:
    counts = Counter(f for ev in evs for fs in ev["feats"] for f in fs)
    vocab = sorted(f for f, n in counts.items() if n >= 2)
    index = {f: k for k, f in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    group: list[int] = []
    pos: list[float] = []
    r = 0
    g = 0
    for ev in evs:
        if not any(ev["right"]):
            continue
        for fs, ok in zip(ev["feats"], ev["right"], strict=True):
            for f in fs:
                if f in index:
                    rows.append(r)
                    cols.append(index[f])
            group.append(g)
            pos.append(1.0 if ok else 0.0)
            r += 1
        g += 1
    R, C, G = np.array(rows), np.array(cols), np.array(group)
    P = np.array(pos)
    w = np.zeros(len(vocab))
    lr = 0.5
    for _ in range(iters):
        s = np.bincount(R, weights=w[C], minlength=r)
        top = np.zeros(g)
        np.maximum.at(top, G, s)
        e = np.exp(s - top[G])
        z = np.bincount(G, weights=e, minlength=g)
        p = e / z[G]
        zp = np.bincount(G, weights=e * P, minlength=g)
        q = e * P / zp[G]
        grad = np.bincount(C, weights=(p - q)[R], minlength=len(vocab)) / g + l2 * w
        w -= lr * grad
    return {f: round(float(x), 4) for f, x in zip(vocab, w, strict=True) if abs(x) >= 1e-4}


def evaluate(evs: list[dict[str, Any]], w: dict[str, float]) -> dict[str, Any]:
    from sourcetrace.steps.attribution.speaker_model import score

    n = len(evs)
    model_ok = rule_ok = 0
    by_where: dict[str, Counter[str]] = {}
    for ev in evs:
        scores = [score(fs, w) for fs in ev["feats"]]
        best = int(np.argmax(scores))
        ok = ev["right"][best]
        model_ok += ok
        rule_ok += ev["rule_ok"]
        c = by_where.setdefault(ev["where"], Counter())
        c["events"] += 1
        c["model"] += ok
        c["rules"] += ev["rule_ok"]
    return {"events": n, "model_acc": round(model_ok / n, 3) if n else 0.0, "rules_acc": round(rule_ok / n, 3) if n else 0.0,
            "by_where": {k: dict(v) for k, v in sorted(by_where.items(), key=lambda kv: -kv[1]["events"])}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--iters", type=int, default=400)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--dry-run", action="store_true", help="score, write no weights")
    args = ap.parse_args(argv)
    root = args.data / "gepade-spkatt" / "spkatt2023"
    if not (root / "train").is_dir():
        print(f"no GePaDe SpkAtt data at {root}", file=sys.stderr)
        return 1
    from sourcetrace.steps.attribution import speaker_model as sm

    tr = events(root, "train")
    dev = events(root, "dev")
    w = train(tr, args.iters, args.l2)
    scores = {"train": evaluate(tr, w), "dev": evaluate(dev, w), "features": len(w)}
    print(json.dumps(scores, indent=1))
    build = ROOT / "build" / "speaker_de"
    build.mkdir(parents=True, exist_ok=True)
    (build / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    sm.ENABLED = True
    if not args.dry_run:
        import numpy
        import spacy

        OUT.mkdir(parents=True, exist_ok=True)
        meta = {"name": "speaker_de_gepade", "version": "1.0.0", "lang": "de", "license": "CC BY-SA 4.0",
                "data": "GePaDe SpkAtt (spkatt2023 train, umanlp/SpkAtt-2023 19be811b), German Bundestag speeches",
                "recipe": "recipes/train_speaker_de.py", "iters": args.iters, "l2": args.l2,
                "scores": {"dev": {k: scores["dev"][k] for k in ("events", "model_acc", "rules_acc")}},
                "library_versions": {"numpy": numpy.__version__, "spacy": spacy.__version__}}
        (OUT / "weights.json").write_text(json.dumps({"meta": meta, "weights": w}, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                          encoding="utf-8")
        print(f"wrote {OUT / 'weights.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
