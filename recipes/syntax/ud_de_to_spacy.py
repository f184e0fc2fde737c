"""Convert the German UD treebanks we may use for shipped weights into spaCy's binary format.

    python recipes/syntax/ud_de_to_spacy.py <data dir> <out dir>

Training material: UD German GSD dev (CC BY-SA 4.0) and UD German PUD (CC BY-SA 3.0), ten
sentences to a spaCy document; every tenth document goes to the development split used for
model selection. Held out for the scores: UD German GSD test. UD German LIT is CC BY-NC-SA
and is not used. Contractions written as one word ("zum" = zu + dem) become one token with the
relation of their first part (`spacy convert --merge-subtokens`). Relation subtypes that PUD
writes and GSD does not (`acl:relcl`, `flat:name`, `obl:tmod`, …) become their GSD form.

The morphology is cut down to the verbal features the attribution rules can use — Mood (the
Konjunktiv: `Mood=Sub`), Tense, VerbForm, Person and Number — so that the morphologizer's
labels stay few enough to learn from about 1,800 sentences.
Writes <out>/ud-de-train.spacy, ud-de-dev.spacy, ud-de-test.spacy.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

#: (corpus directory, file, role)
FILES = [
    ("ud-german-gsd", "de_gsd-ud-dev.conllu", "train"),
    ("ud-german-pud", "de_pud-ud-test.conllu", "train"),
    ("ud-german-gsd", "de_gsd-ud-test.conllu", "test"),
]
KEEP_FEATS = ("Mood", "Tense", "VerbForm", "Person", "Number")
#: PUD writes relation subtypes that GSD (the test split) leaves out; one convention for all
HARMONISE = {"acl:relcl": "acl", "flat:name": "flat", "obl:tmod": "obl", "nmod:poss": "nmod",
             "cc:preconj": "cc", "nsubj:outer": "nsubj"}


def convert(path: Path, tmp: Path, vocab: Vocab) -> list[Doc]:
    subprocess.run([sys.executable, "-m", "spacy", "convert", str(path), str(tmp), "-c", "conllu",
                    "-n", "10", "-T"], check=True, stdout=subprocess.DEVNULL)
    docs = list(DocBin().from_disk(tmp / path.with_suffix(".spacy").name).get_docs(vocab))
    for d in docs:
        for t in d:
            feats = t.morph.to_dict()
            t.set_morph({k: v for k, v in feats.items() if k in KEEP_FEATS} or None)
            t.dep_ = HARMONISE.get(t.dep_, t.dep_)
    return docs


def main() -> None:
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    split: dict[str, list[Doc]] = {"train": [], "dev": [], "test": []}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus, name, role in FILES:
            path = data / corpus / name
            if not path.is_file():
                sys.exit(f"error: treebank file not found: {path}")
            docs = convert(path, Path(tmp), vocab)
            if role == "test":
                split["test"].extend(docs)
            else:
                for k, d in enumerate(docs):
                    split["dev" if k % 10 == 9 else "train"].append(d)
    for role, docs in split.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"ud-de-{role}.spacy")
        print(f"{role}: {len(docs)} documents, {sum(len(list(d.sents)) for d in docs)} sentences, "
              f"{sum(len(d) for d in docs)} tokens")


if __name__ == "__main__":
    main()
