"""Train the spaCy models of step `syntax.v1` and copy them into the package.

    python recipes/train_syntax.py en  [--data ../shared/data] [--work build/syntax] [--max-steps 5000]
    python recipes/train_syntax.py de  [...]
    python recipes/train_syntax.py de-ud  [...]
    python recipes/train_syntax.py en-ner  [...]

en: tagger (UPOS + features) and dependency parser on UD English EWT (CC BY-SA 4.0), config
    `recipes/syntax/en_ewt.cfg`; → src/sourcetrace/models/syntax_en_ewt/
de: named entities PER/ORG/LOC on GermEval 2014 train (CC BY 4.0), config
    `recipes/syntax/de_ner.cfg`; → src/sourcetrace/models/ner_de_germeval/
de-ud: morphologizer (UPOS + Mood/Tense/VerbForm/Person/Number) and dependency parser on UD
    German GSD dev (CC BY-SA 4.0) and PUD (CC BY-SA 3.0), scored on GSD test; config
    `recipes/syntax/de_ud.cfg` (`recipes/syntax/ud_de_to_spacy.py` prepares the data; LIT is
    non-commercial and not used); → src/sourcetrace/models/syntax_de_ud/
en-ner: named entities PER/ORG/LOC on WikiGold (CC BY 4.0), Universal NER English EWT dev
    (CC BY-SA 4.0; WikiGold's MISC left unannotated) and Dstl re3d's permissively licensed
    folders, scored on UNER English EWT test, config `recipes/syntax/en_ner.cfg` (the tok2vec of
    the shipped syntax_en_ewt, fine-tuned; `recipes/syntax/en_ner_to_spacy.py` prepares the data);
    → src/sourcetrace/models/ner_en_uner/ for a local build, not shipped (docs/models/ner-en-uner.md)

The configs are spaCy's CPU "efficiency" defaults (hash embeddings of NORM/PREFIX/SUFFIX/SHAPE,
a CNN of width 64-96, no pretrained vectors) with bounded steps; model selection on the dev
split, scores on the test split (`spacy evaluate`, the model's own tokenization aligned to the
gold one). The scores go to <work>/<lang>/test-scores.json and into the model card by hand.
Run from the repository root with the project venv; on a busy 2-core machine each run takes
20-40 minutes (`nice -n 10`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "recipes" / "syntax"

SPECS = {
    "en": {
        "model": "syntax_en_ewt",
        "config": HERE / "en_ewt.cfg",
        "corpus": "ud-english-ewt",
        "files": {s: f"en_ewt-ud-{s}.conllu" for s in ("train", "dev", "test")},
        "licence": "CC BY-SA 4.0",
        "sources": "UD English EWT 2.16 (github.com/UniversalDependencies/UD_English-EWT @15d613d)",
    },
    "de": {
        "model": "ner_de_germeval",
        "config": HERE / "de_ner.cfg",
        "corpus": "germeval2014",
        "licence": "CC BY 4.0",
        "sources": "GermEval 2014 NER (NoSta-D; Benikova, Biemann, Reznicek, LREC 2014)",
    },
    "en-ner": {
        "model": "ner_en_uner",
        "config": HERE / "en_ner.cfg",
        "corpus": ".",
        "licence": "CC BY-SA 4.0",
        "sources": "WikiGold (Balasuriya et al. 2009; CC BY 4.0), Universal NER English EWT dev "
                   "(Mayhew et al. 2024; CC BY-SA 4.0), Dstl re3d (public domain, OGL v3, CC BY 3.0 AU, "
                   "CC BY-SA 3.0 folders) and the tok2vec of syntax_en_ewt (UD EWT, CC BY-SA 4.0); "
                   "scored on UNER English EWT test",
    },
    "de-ud": {
        "model": "syntax_de_ud",
        "config": HERE / "de_ud.cfg",
        "corpus": ".",
        "licence": "CC BY-SA 4.0",
        "sources": "UD German GSD 2.16 dev (CC BY-SA 4.0) and UD German PUD (CC BY-SA 3.0)",
    },
}


def run(*args: str) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True)


def spacy(*args: str) -> None:
    run(sys.executable, "-m", "spacy", *args)


def upos_as_tag(path: Path) -> None:
    """Let the tagger learn UPOS (17 labels) instead of the PTB tags: `spacy convert` puts XPOS
    into `tag_`; the step reads UPOS from `tag_` of this model."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    vocab = Vocab()
    docs = list(DocBin().from_disk(path).get_docs(vocab))
    for d in docs:
        for t in d:
            t.tag_ = t.pos_
    DocBin(docs=docs, store_user_data=False).to_disk(path)


def add_mood_scores(model: Path, test: Path, scores: Path) -> None:
    """The Konjunktiv figures of the German model on the test split, word by word over the gold
    tokens: precision, recall and F1 of `Mood=Sub`, and the accuracy of Mood on the gold finite
    verbs (spaCy's own `morph_per_feat` counts the same but only where tokens align)."""
    import spacy as sp
    from spacy.tokens import DocBin

    nlp = sp.load(model)
    tp = fp = fn = right = finite = 0
    for gold in DocBin().from_disk(test).get_docs(nlp.vocab):
        pred = gold.copy()  # the gold words, so tokens align one to one
        for _name, proc in nlp.pipeline:
            pred = proc(pred)
        for g, p in zip(gold, pred, strict=True):
            gs, ps = g.morph.get("Mood") == ["Sub"], p.morph.get("Mood") == ["Sub"]
            tp += gs and ps
            fp += ps and not gs
            fn += gs and not ps
            if g.morph.get("VerbForm") == ["Fin"]:
                finite += 1
                right += g.morph.get("Mood") == p.morph.get("Mood")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    out = json.loads(scores.read_text(encoding="utf-8"))
    out["mood_sub"] = {"p": prec, "r": rec, "f": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                       "gold": tp + fn}
    out["mood_acc_finite"] = right / finite if finite else 0.0
    scores.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lang", choices=sorted(SPECS))
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "syntax")
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--skip-train", action="store_true", help="evaluate and install an existing run")
    args = ap.parse_args()
    spec = SPECS[args.lang]
    work: Path = args.work / args.lang
    work.mkdir(parents=True, exist_ok=True)
    data: Path = args.data / str(spec["corpus"])
    if not data.is_dir():
        sys.exit(f"error: corpus not found: {data}")

    if args.lang == "en":
        files = spec["files"]
        assert isinstance(files, dict)
        for name in files.values():
            spacy("convert", str(data / name), str(work), "-c", "conllu", "-n", "10")
        train, dev, test = (work / Path(files[s]).with_suffix(".spacy").name for s in ("train", "dev", "test"))
        for path in (train, dev, test):
            upos_as_tag(path)
    elif args.lang == "de":
        run(sys.executable, str(HERE / "germeval_to_spacy.py"), str(data), str(work))
        train, dev, test = (work / f"germeval-{s}.spacy" for s in ("train", "dev", "test"))
    elif args.lang == "en-ner":
        run(sys.executable, str(HERE / "en_ner_to_spacy.py"), str(data), str(work))
        train, dev, test = (work / f"en-ner-{s}.spacy" for s in ("train", "dev", "test"))
    else:
        run(sys.executable, str(HERE / "ud_de_to_spacy.py"), str(data), str(work))
        train, dev, test = (work / f"ud-de-{s}.spacy" for s in ("train", "dev", "test"))

    out = work / "out"
    if not args.skip_train:
        extra = [f"--training.max_steps={args.max_steps}"] if args.max_steps else []
        if args.lang == "en-ner":  # the tagger's and parser's tok2vec of syntax_en_ewt, trained on
            # as the NER's (names are proper nouns; EWT train is ten times the NER data)
            extra.extend(["--paths.syntax_en", str(ROOT / "src" / "sourcetrace" / "models" / "syntax_en_ewt")])
        spacy("train", str(spec["config"]), "--paths.train", str(train), "--paths.dev", str(dev),
              "-o", str(out), *extra)
    best = out / "model-best"
    scores = work / "test-scores.json"
    spacy("evaluate", str(best), str(test), "--output", str(scores))
    if args.lang == "de-ud":
        add_mood_scores(best, test, scores)

    dest = ROOT / "src" / "sourcetrace" / "models" / str(spec["model"])
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(best, dest)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({"name": spec["model"], "version": "1.0.0", "license": spec["licence"],
                 "author": "sourcetrace", "description": f"trained by recipes/train_syntax.py {args.lang}",
                 "sources": [{"name": spec["sources"], "license": spec["licence"]}],
                 "test_performance": json.loads(scores.read_text(encoding="utf-8"))})
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"installed {dest}")


if __name__ == "__main__":
    main()
