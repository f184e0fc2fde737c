"""Convert GermEval 2014 (NoSta-D) NER files into spaCy's binary training format.

    python recipes/syntax/germeval_to_spacy.py <germeval dir> <out dir>

Only the outer annotation level is used, and only the classes PER, ORG and LOC; derived and
part forms (``LOCderiv`` "deutschen", ``ORGpart`` "NDR-Recherchen") and ``OTH`` become O,
because sourcetrace asks "is this a person, an organisation or a place", not "does it mention
one". Ten sentences make one spaCy document; tokens are joined by single spaces (the corpus
does not record the original spacing).
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

KEEP = {"PER", "ORG", "LOC"}


def sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    opener = gzip.open if path.suffix == ".gz" else open
    sent: list[tuple[str, str]] = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            cols = line.split("\t")
            if len(cols) < 3 or not cols[1]:
                continue
            tag = cols[2]
            if tag != "O":
                prefix, label = tag.split("-", 1)
                tag = f"{prefix}-{label}" if label in KEEP else "O"
            sent.append((cols[1], tag))
    if sent:
        yield sent


def fix_iob(tags: list[str]) -> list[str]:
    """An I- tag that follows nothing of its class (after dropping a class) starts an entity."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def convert(src: Path, dst: Path, per_doc: int = 10) -> int:
    vocab = Vocab()
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"])
    batch: list[list[tuple[str, str]]] = []
    n = 0

    def flush() -> None:
        words = [w for s in batch for w, _ in s]
        tags = fix_iob([t for s in batch for _, t in s])
        sent_starts = [i == 0 for s in batch for i in range(len(s))]
        db.add(Doc(vocab, words=words, ents=tags, sent_starts=sent_starts))

    for sent in sentences(src):
        batch.append(sent)
        n += 1
        if len(batch) == per_doc:
            flush()
            batch = []
    if batch:
        flush()
    db.to_disk(dst)
    return n


def main() -> None:
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for split, name in (("train", "NER-de-train.tsv.gz"), ("dev", "NER-de-dev.tsv"), ("test", "NER-de-test.tsv")):
        n = convert(src / name, out / f"germeval-{split}.spacy")
        print(f"{split}: {n} sentences")


if __name__ == "__main__":
    main()
