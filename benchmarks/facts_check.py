"""Hedges, dates (timex values) and quantities on real articles: our own labels (offsets only; the
texts are read from ../shared/data, never copied), scored with the shared scorer
(shared/eval/score.py) as `sourcetrace eval curated` does it: each article analysed with its date,
gold and predictions written in the scorer's format to a temporary folder and `score.py --dir` run
over it, per split.

    python benchmarks/facts_check.py [--data ../shared/data] [--split dev|held-out|dev2|held-out2|dev3|held-out3|held-out4|held-out5|held-out6|held-out7|held-out8|held-out9|held-out10|held-out11|held-out12|held-out13|held-out14|held-out15|held-out16|held-out17|held-out18|held-out19|held-out20|held-out21|held-out22|held-out23|held-out24|held-out25|held-out26|held-out27|held-out28|held-out29|held-out30|all] [--json] [--show]
    python benchmarks/facts_check.py --split held-out30 --validate

The first two sets (factsdev/articles.tsv, labels.tsv) are curated articles, each dated by its
`.meta.json`. The third (`dev3`, `held-out3`: articles3.tsv, labels3.tsv) labels the texts of
attrdev's sets 3 and 4 (scrapinghub-aeb pages and 10kGNAD rows); their texts and dates come
through attr_check's loaders (`article_text` on the attrdev row of the same name), exactly as
attr_check passes them, and the check stops (exit 1) when a text differs from the one the labels
were made on (its sha256 in articles3.tsv). The fourth (`held-out4` only: articles4.tsv,
labels4.tsv) labels the texts of attrdev's set 5 the same way; it is wholly held out. The fifth
(`held-out5` only: articles5.tsv, labels5.tsv, on attrdev's set 6) is wholly held out too; its
articles5.tsv has a `date` column, the publication date passed for each text (empty: none), as the
hidden benchmark passes publication dates. The sixth (`held-out6` only: articles6.tsv, labels6.tsv,
on attrdev's set 7) has the same columns and is wholly held out; it was read in session 16 and is in
`--split all` since (a fresh set stays out of `all` until it is read: NOT_IN_ALL). The seventh
(`held-out7` only: articles7.tsv, labels7.tsv, session 17) labels the texts of attrdev's set 10 (PolNeAR
train articles and 10kGNAD rows); its articles7.tsv also names each text's `corpus` and `key`, so that
it reads its texts through attr_check's `corpus_text` by itself; it was read at the end of session 17 and
is in `--split all` since. The eighth (`held-out8` only: articles8.tsv, labels8.tsv, session 18) labels
the texts of attrdev's set 12 (PolNeAR train articles and 10kGNAD rows) with the columns of the
seventh; it is held out whole, was read by the lead at the end of session 18 and is in `--split all`
since. The ninth (`held-out9` only: articles9.tsv, labels9.tsv, session 19) labels the same kinds of texts
(PolNeAR train articles and 10kGNAD rows, those of attrdev's fresh set of session 19) with the same
columns; it is held out whole, was read by the lead at the end of session 19 and is in `--split all` since.
The tenth (`held-out10` only: articles10.tsv, labels10.tsv, session 20) labels the texts of attrdev's fresh set
of session 20 (its set 14: PolNeAR train articles and 10kGNAD rows) with the same columns; it is held out whole,
was read by the lead at the end of session 20 and is in `--split all` since. The eleventh (`held-out11` only:
articles11.tsv, labels11.tsv, session 21) labels the texts of attrdev's fresh set of session 21 (its set 15: PolNeAR
train articles and 10kGNAD rows) with the same columns; it is held out whole, was read by the lead at the
end of session 21 and is in `--split all` since. The twelfth (`held-out12` only: articles12.tsv, labels12.tsv,
session 22) labels the texts of attrdev's fresh set of session 22 (its set 16: PolNeAR train articles and 10kGNAD
rows) with the same columns; it is held out whole, was read by the lead at the end of session 22 and is in
`--split all` since. The thirteenth (`held-out13` only: articles13.tsv, labels13.tsv, session 23)
labels the texts of attrdev's fresh set of session 23 (its set 17: PolNeAR train articles and 10kGNAD rows) with the
same columns; it is held out whole, was read by the lead at the end of session 23 and is in `--split all` since.
The fourteenth (`held-out14` only: articles14.tsv, labels14.tsv, session 24) labels the texts of attrdev's fresh set
of session 24 (its set 18: PolNeAR train articles and 10kGNAD rows) with the same columns; it is held out whole, was read
by the lead at the end of session 24 and is in `--split all` since. The fifteenth (`held-out15` only: articles15.tsv,
labels15.tsv, session 25) labels the texts of attrdev's fresh set of session 25 (its set 19: PolNeAR train articles and
10kGNAD rows) with the same columns; it is held out whole, was read by the lead at the end of session 25 and is in
`--split all` since. The sixteenth (`held-out16` only: articles16.tsv, labels16.tsv, session 26) labels the texts of
attrdev's fresh set of session 26 (its set 20: PolNeAR train articles and 10kGNAD rows) with the same columns; it is held
out whole, was read by the lead at the end of session 26 and is in `--split all` since. The seventeenth (`held-out17` only:
articles17.tsv, labels17.tsv, session 27) labels the texts of attrdev's fresh set of session 27 (its set 21: PolNeAR train
articles and 10kGNAD rows) with the same columns; it is held out whole, was read by the lead at the end of session 27
and is in `--split all` since. The eighteenth (`held-out18` only: articles18.tsv, labels18.tsv, session 28) labels the texts
of attrdev's fresh set of session 28 (its set 22: PolNeAR train articles and 10kGNAD rows) with the same columns; it is
held out whole, was read by the lead at the end of session 28 and is in `--split all` since. The nineteenth (`held-out19`
only: articles19.tsv, labels19.tsv, session 29) labels the texts of attrdev's fresh set of session 29 (its set 23: real web
pages of trafilatura-eval's FRESH pool, English and German) with the same columns; its texts come through attr_check's
corpus key `trafi` (the page's text by `trafilatura.extract` with fixed options, the title as line 1) and each is passed
the page's metadata date that `corpus_text` gives, written in its `date` column; facts_check has no reading of its own for
it. It is held out whole, was read by the lead at the end of session 29 and is in `--split all` since. The twentieth
(`held-out20` only: articles20.tsv, labels20.tsv, session 30) labels the texts of attrdev's fresh set of session 30 (its set
24: trafilatura-eval FRESH pages, English and German, read and dated as the nineteenth's) with the same columns. It is
held out whole, was read by the lead at the end of session 30 and is in `--split all` since. The twenty-first
(`held-out21` only: articles21.tsv, labels21.tsv, session 31) labels the texts of attrdev's fresh set of session 31 (its set
25: PolNeAR train articles in English; in German four trafilatura-eval FRESH pages, read and dated as the twentieth's,
and four DER STANDARD rows of 10kGNAD, undated) with the same columns; each row names its own corpus key. It is held
out whole, was read by the lead at the end of session 31 and is in `--split all` since. The twenty-second (`held-out22`
only: articles22.tsv, labels22.tsv, session 32) labels the texts of attrdev's fresh set of session 32 (its set 26:
PolNeAR train articles in English, DER STANDARD rows of 10kGNAD in German, one of them dated by its closing agency
credit) with the same columns. It is held out whole, was read by the lead at the end of session 32 and is in `--split all`
since. The twenty-third (`held-out23` only: articles23.tsv, labels23.tsv, session 33) labels the texts of attrdev's fresh
set of session 33 (its set 27: PolNeAR train articles in English, DER STANDARD rows of 10kGNAD in German) with the same
columns. It is held out whole, was read by the lead at the end of session 33 and is in `--split all` since. The
twenty-fourth (`held-out24` only: articles24.tsv, labels24.tsv, session 34) labels the texts of attrdev's fresh set of
session 34 (its set 28: PolNeAR train articles in English, DER STANDARD rows of 10kGNAD in German) with the same columns.
It is held out whole, was read by the lead at the end of session 34 and is in `--split all` since. The twenty-fifth
(`held-out25` only: articles25.tsv, labels25.tsv, session 35) labels the texts of attrdev's fresh set of session 35 (its
set 29: PolNeAR train articles in English, DER STANDARD rows of 10kGNAD in German, one of them dated by its closing
byline) with the same columns. It is held out whole, was read by the lead at the end of session 35 and is in
`--split all` since. The twenty-sixth (`held-out26` only: articles26.tsv, labels26.tsv, session 36) labels the texts of
attrdev's fresh set of session 36 (its set 30: PolNeAR train articles in English, DER STANDARD rows of 10kGNAD in
German) with the same columns. It is held out whole, was read by the lead at the end of session 36 and is in
`--split all` since. The twenty-seventh (`held-out27` only: articles27.tsv, labels27.tsv, session 37)
labels the texts of attrdev's fresh set of session 37 (its set 31: PolNeAR train articles in English, DER STANDARD rows
of 10kGNAD in German, one of them dated by its closing agency credit) with the same columns. It is held out whole, was read by the lead at the end of session 37 and is in
`--split all` since. The twenty-eighth (`held-out28` only: articles28.tsv, labels28.tsv, session 38) labels the texts
of attrdev's fresh set of session 38 (its set 32: PolNeAR articles in English, DER STANDARD rows of 10kGNAD in German)
with the same columns. It is held out whole, was read by the lead at the end of session 38 and is in
`--split all` since. The twenty-ninth (`held-out29` only: articles29.tsv, labels29.tsv, session 39) labels the texts
of attrdev's fresh set of session 39 (its set 33: PolNeAR articles in English, DER STANDARD rows of 10kGNAD in German)
with the same columns. It is held out whole, was read by the lead at the end of session 39 and is in
`--split all` since. The thirtieth (`held-out30` only: articles30.tsv, labels30.tsv, session 40) labels the texts
of attrdev's fresh set of session 40 (its set 34: PolNeAR train and dev articles in English, DER STANDARD rows of
10kGNAD in German, two of them dated by their closing credits) with the same columns. It is held out whole and stays
out of `--split all` (NOT_IN_ALL) until the session lead has read it.

`--validate` checks the label files of the chosen split without analysing anything and prints no
score: each text is the one the labels were made on (sha256), each label lies inside its text, is no
empty or blank-edged span and has a value of its layer; it prints the counts per layer.

A label with required 0 is defensible but not demanded: a hedge goes to the scorer with
`required: false`; the scorer has no such flag for dates and quantities, so there the label is
left out and a prediction that overlaps it is not counted either way. `--show` lists per layer
the misses (a required label that no prediction matches with the right value) and the false
alarms (a prediction that matches no label), with the value and rule of the prediction.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # attr_check, beside this file, holds the text loaders
from attr_check import HERE as ATTR_HERE
from attr_check import SETS as ATTR_SETS
from attr_check import article_text, read_tsv

HERE = Path(__file__).parent / "factsdev"
SETS = (("articles.tsv", "labels.tsv"), ("articles3.tsv", "labels3.tsv"), ("articles4.tsv", "labels4.tsv"),
        ("articles5.tsv", "labels5.tsv"), ("articles6.tsv", "labels6.tsv"), ("articles7.tsv", "labels7.tsv"),
        ("articles8.tsv", "labels8.tsv"), ("articles9.tsv", "labels9.tsv"), ("articles10.tsv", "labels10.tsv"),
        ("articles11.tsv", "labels11.tsv"), ("articles12.tsv", "labels12.tsv"), ("articles13.tsv", "labels13.tsv"),
        ("articles14.tsv", "labels14.tsv"), ("articles15.tsv", "labels15.tsv"),
        ("articles16.tsv", "labels16.tsv"), ("articles17.tsv", "labels17.tsv"), ("articles18.tsv", "labels18.tsv"),
        ("articles19.tsv", "labels19.tsv"), ("articles20.tsv", "labels20.tsv"), ("articles21.tsv", "labels21.tsv"),
        ("articles22.tsv", "labels22.tsv"), ("articles23.tsv", "labels23.tsv"), ("articles24.tsv", "labels24.tsv"),
        ("articles25.tsv", "labels25.tsv"), ("articles26.tsv", "labels26.tsv"),
        ("articles27.tsv", "labels27.tsv"), ("articles28.tsv", "labels28.tsv"),
        ("articles29.tsv", "labels29.tsv"), ("articles30.tsv", "labels30.tsv"))
SPLITS = ("dev", "held-out", "dev2", "held-out2", "dev3", "held-out3", "held-out4", "held-out5", "held-out6",
          "held-out7", "held-out8", "held-out9", "held-out10", "held-out11", "held-out12", "held-out13", "held-out14",
          "held-out15", "held-out16", "held-out17", "held-out18", "held-out19", "held-out20", "held-out21", "held-out22",
          "held-out23", "held-out24", "held-out25", "held-out26", "held-out27",
          "held-out28", "held-out29", "held-out30")
# held-out sets still unread, named only when they are read; held-out3, held-out4 and held-out5 were read
# (sessions 13 to 15), held-out6 in session 16, held-out7 to held-out29 at the ends of sessions 17 to 39,
# and are counted in `--split all`; a new fresh set goes here until the session lead has read it:
# held-out30 (session 40)
NOT_IN_ALL: tuple[str, ...] = ("held-out30",)
LAYERS = {"hedge": "hedges", "timex": "timexes", "quantity": "quantities"}
SCORES = {"hedges": "hedges", "timexes": "timex_value", "quantities": "quantity_value"}


def _read_tsv(name: str) -> list[dict[str, str]]:
    return read_tsv(HERE / name)


def corpus_rows() -> dict[str, dict[str, str]]:
    """attrdev's rows of the texts read from a corpus (its sets 3 and later), by article name."""
    return {r["article"]: r for tsv, _ in ATTR_SETS[1:] for r in read_tsv(ATTR_HERE / tsv)}


def _gold_item(row: dict[str, str]) -> dict[str, Any]:
    item: dict[str, Any] = {"start": int(row["start"]), "end": int(row["end"]), "required": row["required"] == "1"}
    if row["layer"] == "timex":
        item["value"] = row["value"]
    elif row["layer"] == "quantity":
        item["value"] = json.loads(row["value"])
    return item


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def split_gold(gold: dict[str, list[dict[str, Any]]], pred: dict[str, Any]) -> dict[str, Any]:
    """The prediction without the dates and quantities that overlap an optional label, and the
    gold without those labels (hedges keep theirs, marked `required: false`)."""
    out = dict(pred)
    for layer in ("timexes", "quantities"):
        optional = [g for g in gold[layer] if not g["required"]]
        out[layer] = [p for p in pred.get(layer, []) if not any(_overlaps(p, g) for g in optional)]
        gold[layer] = [g for g in gold[layer] if g["required"]]
    return out


def _show(score: ModuleType, art: str, text: str, gold: dict[str, list[dict[str, Any]]], pred: dict[str, Any]) -> None:
    """Misses and false alarms of one article, per layer."""
    for layer in ("hedges", "timexes", "quantities"):
        gs, ps = gold[layer], pred.get(layer, [])

        def right(g: dict[str, Any], p: dict[str, Any], layer: str = layer) -> bool:
            if layer == "timexes":
                return bool(score.timex_value(p.get("value")) == score.timex_value(g["value"]))
            if layer == "quantities":
                return bool(score.quantity_ok(g["value"], p.get("value")))
            return True

        pairs = [(2 if right(g, p) else 1, gi, pi) for gi, g in enumerate(gs) for pi, p in enumerate(ps) if _overlaps(g, p)]
        match = dict(score.greedy(pairs))
        used = set(match.values())
        for gi, g in enumerate(gs):
            pi = match.get(gi)
            if g["required"] and (pi is None or not right(g, ps[pi])):
                got = f" got {ps[pi].get('value')!r} ({ps[pi].get('rule')})" if pi is not None else ""
                print(f"  {art} {layer:10} MISS  {text[g['start']:g['end']]!r} {g.get('value', '')}{got}")
        for pi, p in enumerate(ps):
            if pi not in used and str(p.get("value", "")).upper() not in score.OUT_OF_SCOPE:
                print(f"  {art} {layer:10} FALSE {text[p['start']:p['end']]!r} {p.get('value', '')} ({p.get('rule')})")


def article_of(data: Path, a: dict[str, str], from_corpus: dict[str, dict[str, str]]) -> tuple[str, str | None, str, bool]:
    """The text, the date passed with it, a name for messages and whether the text is the one the
    labels were made on (its sha256, where the row has one) of one row of an articlesN.tsv here."""
    # a curated article is dated by its .meta.json ("2017-11-15 (approx., event date)" -> 2017-11-15),
    # a corpus text as attr_check dates it (the page URL's date, or none)
    text, date, where = article_text(data, from_corpus.get(a["article"], a))
    if "date" in a:  # the fifth and later sets name the publication date they pass (empty: none)
        date = a["date"] or None
    same = not a.get("sha256") or hashlib.sha256(text.encode("utf-8")).hexdigest() == a["sha256"]
    return text, date, where, same


def label_problem(text: str, row: dict[str, str]) -> str | None:
    """What is wrong with one label of labelsN.tsv on its text (None: nothing): a span outside the
    text, empty or with blank edges, a layer or required flag unknown, a value not of its layer."""
    start, end = int(row["start"]), int(row["end"])
    if not 0 <= start < end <= len(text):
        return f"span {start}-{end} outside the text ({len(text)} characters)"
    span = text[start:end]
    if span != span.strip():
        return f"span {start}-{end} has blank edges"
    if row["layer"] not in LAYERS or row["required"] not in {"0", "1"}:
        return f"layer {row['layer']!r} or required {row['required']!r} unknown"
    if row["layer"] == "hedge" and row["value"]:
        return "a hedge with a value"
    if row["layer"] == "timex" and not row["value"]:
        return "a timex without a value"
    if row["layer"] == "quantity":
        try:
            value = json.loads(row["value"])
        except ValueError:
            return f"quantity value {row['value']!r} is no JSON"
        if not (isinstance(value, (int, float)) or (isinstance(value, list) and len(value) == 2)):
            return f"quantity value {row['value']!r} is no number or range"
    return None


def validate(data: Path, arts: list[dict[str, str]], labels: list[dict[str, str]]) -> int:
    """Check the chosen articles and their labels without analysing anything (no score is printed):
    exit 1 on a text that changed or a bad label, else print the counts per layer."""
    from_corpus = corpus_rows()
    bad = 0
    counts: dict[str, list[int]] = {layer: [0, 0] for layer in LAYERS}
    for a in arts:
        text, _date, where, same = article_of(data, a, from_corpus)
        if not same:
            print(f"facts_check: {where} is not the text the labels were made on", file=sys.stderr)
            bad += 1
        for row in labels:
            if row["article"] != a["article"]:
                continue
            problem = label_problem(text, row)
            if problem:
                print(f"facts_check: {a['article']} label {row['start']}-{row['end']}: {problem}", file=sys.stderr)
                bad += 1
            elif row["layer"] in counts:
                counts[row["layer"]][0] += 1
                counts[row["layer"]][1] += row["required"] == "1"
    print(f"{len(arts)} articles; " + ", ".join(f"{layer} {n} ({r} required)" for layer, (n, r) in counts.items())
          + f"; {bad} problems")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="all",
                    help="all: every split but those still unread (NOT_IN_ALL), which are named only when they are read")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="list misses and false alarms per layer")
    ap.add_argument("--validate", action="store_true",
                    help="check texts (sha256) and label offsets and values, analyse nothing, print no score")
    args = ap.parse_args(argv)
    if not (args.data / "articles-curated").is_dir():
        print(f"no shared data at {args.data}", file=sys.stderr)
        return 2
    arts: list[dict[str, str]] = []
    labels: list[dict[str, str]] = []
    for tsv, lab in SETS:
        arts += [a for a in _read_tsv(tsv) if args.split == a["split"] or (args.split == "all" and a["split"] not in NOT_IN_ALL)]
        labels += _read_tsv(lab)
    if args.validate:
        return validate(args.data, arts, labels)
    from sourcetrace.eval.curated import analysed, scorer_module, shared_scores, write_scored

    score = scorer_module(args.data.parent / "eval" / "score.py")
    from_corpus = corpus_rows()
    splits = sorted({a["split"] for a in arts})
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for a in arts:
            text, date, where, same = article_of(args.data, a, from_corpus)
            if not same:
                print(f"facts_check: {where} is not the text the labels were made on", file=sys.stderr)
                return 1
            gold: dict[str, list[dict[str, Any]]] = {layer: [] for layer in LAYERS.values()}
            for row in labels:
                if row["article"] == a["article"]:
                    gold[LAYERS[row["layer"]]].append(_gold_item(row))
            pred = analysed(text, where, date)
            if args.show:
                _show(score, a["article"], text, gold, pred)
            pred = split_gold(gold, pred)
            write_scored(Path(tmp) / a["split"], a["article"], text, {"date": date, **gold}, pred)
        for s in splits:
            res = shared_scores(Path(tmp) / s, args.data.parent / "eval" / "score.py")
            out[s] = {layer: res[key] for layer, key in SCORES.items()}
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"{'split':9} {'layer':11} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for s, rows in out.items():
        for layer, r in rows.items():
            print(f"{s:9} {layer:11} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f}  {r['tp']:3} {r['fp']:3} {r['fn']:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
