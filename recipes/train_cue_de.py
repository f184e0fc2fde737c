"""A learned German cue classifier trained on GePaDe SpkAtt, and how it transfers to news — a
negative result kept reproducible (issue 7, item 1; docs/measurements.md, "German cue model").

    python recipes/train_cue_de.py [--data ../shared/data] [--iters 300] [--l2 0.001] [--reuse]

The question: does a log-linear classifier, trained on GePaDe SpkAtt (German Bundestag speeches,
CC BY-SA 4.0) to say whether a word the German parse (`syntax_de_ud`) has parsed is a speech,
thought or writing cue in context, find cues our lexicon rules miss or reject words they take for
cues wrongly? It does on GePaDe; on news it does not (figures in the doc), so its weights are
written to build/cue_de/weights.json only — not into the package, and no step reads them.

**Candidates and features.** A candidate is a word of our sentences that is a form of the cue
lexicon (`resources/de/cues.json`) or that the German parse calls a verb (`is_candidate`). Its
features (`features`) say what the word is — its lexicon lemma and class (a separable verb's only
when its particle is there), else its lower-cased form; part of speech, mood, verb form, tense —
and how it stands in its sentence: relation and head, a clausal complement or parenthetical and
that clause's mood (Konjunktiv) and opening word, its subject (first person, "es", "man", formal
"Sie", noun, name), object, negation, passive or modal auxiliary, a colon or quotation mark after
it, quotation marks in the sentence, a question; with lexicon class × relation, × complement,
× subject, × negation, × mood.

**Data.** GePaDe: each speech of `spkatt2023/train` and `spkatt2023/dev` analysed whole by our
German pipeline (its gold sentences joined as running text, as `benchmarks/gepade_check.py` joins
them); a candidate is a cue when it overlaps the cue words of a gold event (any event: GePaDe
annotates speech, thought and writing; a verb particle is no cue word). News, for scoring only:
the articles of de-news-quotes dev (CC BY-NC-SA 4.0: read to measure, never trained on), each
analysed with its date; a candidate is a cue when it overlaps the cue of a gold quotation.

**Model.** Binary logistic regression, L2, full-batch Adagrad steps from zeros (no randomness: a
rerun writes the same weights); features seen fewer than three times in train are dropped.

**Scores** (build/cue_de/scores.json), per set and on the candidates that take a content (a
clausal complement, a parenthetical, a colon after them): cue precision (predicted words inside a
gold cue), recall (gold events with a predicted word in their cue; an event whose cue is no
candidate counts as missed) and F1 of

- `model`: the candidates whose probability is at least 0.5;
- `rules`: the candidates the rules take as a cue form (`cues.cue_at` gives a class, not inside a
  quotation, not `attributive`, not `negated`), of any class;
- `rules_minus_model_<t>`: the rules' cues but those the model gives less than t (rejecting);
- `rules_plus_model_<t>`: the rules' cues and the verbs outside the lexicon that take a content
  and that the model gives at least t (admitting).

The analysed features are kept in build/cue_de/data.json (`--reuse` trains on them again without
analysing). About three minutes on two shared cores. Libraries: numpy (training), spaCy (the parse).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from gepade_check import analyse, detokenize, speaker_context  # noqa: E402

BUILD = ROOT / "build" / "cue_de"
_QUOTES = frozenset("\"„“”«»‚‘’")
_CLAUSE_STOPS = frozenset({",", ":", ";", ".", "!", "?", "–", "dass"})
#: the parse's parts of speech of a candidate outside the lexicon
CANDIDATE_POS = frozenset({"VERB"})


def _feat(feats: str, key: str) -> str:
    for kv in feats.split("|"):
        if kv.startswith(key + "="):
            return kv.split("=", 1)[1]
    return "-"


def word_of(doc: Any, tok: Any) -> int | None:
    """The German parse's word of the token (None: not parsed by the German model, or cut differently)."""
    from sourcetrace.steps.syntax import MODELS, PARSER_DE, words_in

    ws = words_in(doc, tok.span)
    if len(ws) != 1 or doc.syntax[ws[0]].rule != MODELS[PARSER_DE] or doc.syntax[ws[0]].span != tok.span:
        return None
    return ws[0]


def lemma_of(toks: list[Any], i: int, lx: Any) -> tuple[str, str]:
    """The cue lexicon's lemma and class of the word toks[i] (a separable verb's only when its
    particle is there: fused, right before it, or closing its clause), else its lower-cased form and '-'."""
    low = toks[i].text.lower()
    for f in sorted(lx.forms.get(low, []), key=lambda f: f.particle is None):
        if f.particle is None or low.startswith(f.particle) or (i > 0 and toks[i - 1].text.lower() == f.particle):
            return str(f.lemma), str(f.cls)
        k = next((k for k in range(i + 1, len(toks)) if toks[k].text.lower() in _CLAUSE_STOPS), len(toks))
        if k - 1 > i and toks[k - 1].text.lower() == f.particle:
            return str(f.lemma), str(f.cls)
    return low, "-"


def is_candidate(doc: Any, toks: list[Any], i: int, lx: Any) -> bool:
    """A form of the cue lexicon, or a word the parse calls a verb."""
    if toks[i].text.lower() in lx.forms:
        return True
    w = word_of(doc, toks[i])
    return w is not None and doc.syntax[w].pos in CANDIDATE_POS


def features(doc: Any, toks: list[Any], i: int, lx: Any) -> list[str]:
    """The features of the word toks[i] of a sentence."""
    from sourcetrace.steps.syntax import children

    text = doc.text
    word = toks[i].text
    lemma, cls = lemma_of(toks, i, lx)
    f = [f"lemma={lemma}", f"lex={cls}", "bias", f"cap={word[:1].isupper() and i > 0 and toks[i - 1].text not in _QUOTES | {':', '–'}}"]
    prev = toks[i - 1].text.lower() if i > 0 else "<s>"
    nxt = toks[i + 1].text if i + 1 < len(toks) else "</s>"
    f += [f"prev_det={prev in lx.determiners}", f"prev_neg={prev in lx.negations}"]
    if prev in (",", ":", "–") or prev in _QUOTES or prev == "<s>":
        f.append(f"prev={prev}")
    if nxt in (":", ",", ".", "?", "!") or nxt in _QUOTES or nxt == "</s>":
        f += [f"next={nxt}", f"lex_next={cls}|{nxt}"]
    elif nxt.lower() in ("dass", "ob", "wie", "es", "sich"):
        f.append(f"next={nxt.lower()}")
    sent_text = text[toks[0].span.start : toks[-1].span.end]
    before = text[toks[0].span.start : toks[i].span.start]
    f += [f"quoted={sum(ch in _QUOTES for ch in before) % 2}", f"has_quote={any(ch in _QUOTES for ch in sent_text)}",
          f"question={sent_text.rstrip().endswith('?')}"]
    w = word_of(doc, toks[i])
    if w is None:
        return [*f, "parsed=False"]
    syn = doc.syntax
    tok = syn[w]
    dep = tok.dep.split(":")[0]
    mood = _feat(tok.feats, "Mood")
    vform = _feat(tok.feats, "VerbForm")
    head = syn[tok.head]
    f += [f"pos={tok.pos}", f"dep={tok.dep}", f"head={'root' if tok.head == w else f'{dep}<{head.pos}'}", f"mood={mood}",
          f"vform={vform}", f"tense={_feat(tok.feats, 'Tense')}", f"lex_pos={cls}|{tok.pos}", f"lemma_pos={lemma}|{tok.pos}",
          f"lex_dep={cls}|{dep}"]
    kids = children(doc, w)
    kdeps = {syn[k].dep for k in kids}
    comp = [k for k in kids if syn[k].dep.split(":")[0] in ("ccomp", "parataxis", "csubj")]
    for d in sorted({d.split(":")[0] for d in kdeps} & {"ccomp", "parataxis", "nsubj", "obj", "iobj", "xcomp", "obl", "expl", "csubj", "advcl"}):
        f += [f"has={d}", f"lex_has={cls}|{d}"]
    f += ["no_comp", f"lemma_nocomp={lemma}", f"lex_nocomp={cls}"] if not comp else [f"lemma_comp={lemma}"]
    for k in comp:
        marks = [text[syn[m].span.start : syn[m].span.end].lower() for m in children(doc, k) if syn[m].dep == "mark"]
        konj = _feat(syn[k].feats, "Mood") == "Sub" or any(_feat(syn[m].feats, "Mood") == "Sub" for m in children(doc, k) if syn[m].pos == "AUX")
        f += [f"comp_mood={_feat(syn[k].feats, 'Mood')}", f"comp_side={'before' if k < w else 'after'}",
              f"comp_mark={marks[0] if marks else '-'}", f"comp_konj={konj}"]
    if head.pos in ("VERB", "AUX") and tok.head != w and dep in ("parataxis", "ccomp"):
        f.append(f"under={dep}|{_feat(head.feats, 'Mood')}")  # "…, sagte sie": a parenthetical to the clause it reports
    for k in kids:
        d = syn[k].dep
        kw = text[syn[k].span.start : syn[k].span.end]
        kl = kw.lower()
        if d.startswith("nsubj"):
            kind = syn[k].pos if syn[k].pos != "PRON" else ("p1" if kl in lx.first_person else "es" if kl == "es" else "man" if kl == "man" else
                                                           "sie_formal" if kw == "Sie" and syn[k].span.start > toks[0].span.start else "pron")
            f += [f"subj={kind}", f"lex_subj={cls}|{kind}"] + (["subj_pass"] if d == "nsubj:pass" else [])
        elif d == "advmod" and kl in lx.negations:
            f += ["neg", f"lex_neg={cls}"]
        elif d.startswith("aux"):
            f.append(f"aux={d}|{_feat(syn[k].feats, 'VerbForm')}")
            if kl.startswith(("werd", "wurd", "word")):
                f.append("aux_werden")
            if kl.startswith(("könn", "kann", "muss", "müss", "soll", "woll", "will", "darf", "dürf", "möcht", "mag")):
                f += ["aux_modal", f"lex_modal={cls}"]
    if not any(d.startswith("nsubj") for d in kdeps):
        f.append("no_subj")
    if mood == "Sub":
        f.append(f"lex_konj={cls}")
    if word.lower().startswith("ge") and vform == "Part":
        f.append("participle")
    return f


def takes_content(f: list[str]) -> bool:
    """The features show a content: a clausal complement, a parenthetical, a colon after the word."""
    return any(x in ("has=ccomp", "has=parataxis", "next=:") or x.startswith("under=") for x in f)


def probability(feats: list[str], w: dict[str, float]) -> float:
    s = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))


def doc_rows(doc: Any, cues: list[tuple[int, list[tuple[int, int]]]], name: str) -> list[dict[str, Any]]:
    """The candidates of an analysed document: features, whether gold (and the events of the gold
    cues they lie in), and the rules' decision."""
    from sourcetrace.steps.attribution.cues import attributive, cue_at, negated
    from sourcetrace.steps.lexicon import lang

    lx = lang("de")
    ctx = speaker_context(doc)
    rows: list[dict[str, Any]] = []
    for sent in doc.sentences:
        toks = sent.tokens
        for i, tok in enumerate(toks):
            if not is_candidate(doc, toks, i, lx):
                continue
            events = [k for k, chars in cues if any(a < tok.span.end and tok.span.start < b for a, b in chars)]
            cls = cue_at(ctx, toks, i, lx)
            rule = cls is not None and not ctx.inside_quote(tok.span.start) and not attributive(ctx, toks, i, lx) and not negated(toks, i, lx)
            rows.append({"f": features(doc, toks, i, lx), "gold": bool(events), "events": events, "rule": rule,
                         "rule_cls": cls if rule else None, "word": tok.text, "doc": name})
    return rows


def gepade(root: Path, split: str) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    n = 0
    for path in sorted((root / split).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text, offsets = detokenize([(s["SentenceId"], s["Tokens"]) for s in data["Sentences"]])
        cues = []
        for k, ann in enumerate(data["Annotations"]):
            chars = [offsets[(int(s), int(t))] for s, t in (r.split(":") for r in ann.get("Cue", [])) if (int(s), int(t)) in offsets]
            if chars:
                cues.append((k, chars))
        n += len(cues)
        rows += doc_rows(analyse(text), cues, path.stem)
    return {"rows": rows, "events": n}


def news(path: Path) -> dict[str, Any]:
    from sourcetrace.api import analyze
    from sourcetrace.eval.denews import doc_date

    rows: list[dict[str, Any]] = []
    n = 0
    for line in path.open(encoding="utf-8"):
        art = json.loads(line)
        cues = [(k, [(sp["charBegin"], sp["charEnd"]) for sp in a["cue"]["spans"]]) for k, a in enumerate(art["annotations"]) if a["cue"]["spans"]]
        n += len(cues)
        rows += doc_rows(analyze(art["originalText"], lang="de", date=doc_date(art["documentName"])), cues, art["documentName"])
    return {"rows": rows, "events": n}


def train(rows: list[dict[str, Any]], iters: int, l2: float, min_count: int = 3) -> dict[str, float]:
    counts = Counter(f for r in rows for f in set(r["f"]))
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: k for k, f in enumerate(vocab)}
    pairs = [(n, index[f]) for n, r in enumerate(rows) for f in set(r["f"]) if f in index]
    R, C = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    y = np.array([1.0 if r["gold"] else 0.0 for r in rows])
    w = np.zeros(len(vocab))
    g2 = np.full(len(vocab), 1e-8)
    for _ in range(iters):
        s = np.bincount(R, weights=w[C], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(s, -30, 30)))
        grad = np.bincount(C, weights=(p - y)[R], minlength=len(vocab)) / len(rows) + l2 * w
        g2 += grad * grad
        w -= 0.5 * grad / np.sqrt(g2)
    return {f: round(float(x), 4) for f, x in zip(vocab, w, strict=True) if abs(x) >= 1e-4}


def prf(pred: list[bool], rows: list[dict[str, Any]], n_events: int) -> dict[str, float]:
    n_pred = sum(pred)
    tp = sum(1 for p, r in zip(pred, rows, strict=True) if p and r["gold"])
    found = {(r["doc"], e) for p, r in zip(pred, rows, strict=True) if p for e in r["events"]}
    prec = tp / n_pred if n_pred else 0.0
    rec = len(found) / n_events if n_events else 0.0
    return {"predicted": n_pred, "precision": round(prec, 3), "recall": round(rec, 3),
            "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0}


def evaluate(rows: list[dict[str, Any]], n: int, w: dict[str, float]) -> dict[str, Any]:
    probs = [probability(r["f"], w) for r in rows]
    lexicon = [r["f"][1] != "lex=-" for r in rows]
    content = [takes_content(r["f"]) for r in rows]
    out: dict[str, Any] = {"events": n, "candidates": len(rows), "gold_candidates": sum(r["gold"] for r in rows),
                           "model": prf([p >= 0.5 for p in probs], rows, n), "rules": prf([r["rule"] for r in rows], rows, n)}
    for t in (0.1, 0.3, 0.5):
        out[f"rules_minus_model_{t}"] = prf([r["rule"] and p >= t for r, p in zip(rows, probs, strict=True)], rows, n)
    for t in (0.5, 0.65, 0.8):
        out[f"rules_plus_model_{t}"] = prf([r["rule"] or (not lx and c and p >= t) for r, p, lx, c in zip(rows, probs, lexicon, content, strict=True)], rows, n)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--l2", type=float, default=0.001)
    ap.add_argument("--reuse", action="store_true", help="train on build/cue_de/data.json from an earlier run")
    args = ap.parse_args(argv)
    root = args.data / "gepade-spkatt" / "spkatt2023"
    BUILD.mkdir(parents=True, exist_ok=True)
    cache = BUILD / "data.json"
    if args.reuse and cache.is_file():
        data = json.loads(cache.read_text(encoding="utf-8"))
    else:
        if not (root / "train").is_dir():
            print(f"no GePaDe SpkAtt data at {root}", file=sys.stderr)
            return 1
        data = {"gepade_train": gepade(root, "train"), "gepade_dev": gepade(root, "dev")}
        dn = args.data / "de-news-quotes" / "dev.jsonl"
        if dn.is_file():
            data["denews_dev"] = news(dn)
        cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    w = train(data["gepade_train"]["rows"], args.iters, args.l2)
    scores: dict[str, Any] = {"features": len(w)}
    for name, split in data.items():
        rows = split["rows"]
        scores[name] = evaluate(rows, split["events"], w)
        with_content = [r for r in rows if takes_content(r["f"])]
        scores[name + " (candidates taking a content)"] = {
            k: v for k, v in evaluate(with_content, len({(r["doc"], e) for r in with_content for e in r["events"]}), w).items()
            if k in ("events", "candidates", "gold_candidates", "model", "rules")}
    print(json.dumps(scores, indent=1))
    (BUILD / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    import spacy

    meta = {"name": "cue_de_gepade (not shipped)", "lang": "de", "license": "CC BY-SA 4.0",
            "data": "GePaDe SpkAtt (spkatt2023 train, umanlp/SpkAtt-2023 19be811b), German Bundestag speeches",
            "recipe": "recipes/train_cue_de.py", "iters": args.iters, "l2": args.l2,
            "library_versions": {"numpy": np.__version__, "spacy": spacy.__version__}}
    (BUILD / "weights.json").write_text(json.dumps({"meta": meta, "weights": w}, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                         encoding="utf-8")
    print(f"wrote {BUILD / 'weights.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
