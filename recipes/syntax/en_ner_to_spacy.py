"""Convert WikiGold and Universal NER English EWT into spaCy's binary training format.

    python recipes/syntax/en_ner_to_spacy.py <data dir> <out dir>

train: WikiGold (`wikigold-en/wikigold.conll.txt`, CC BY 4.0, IOB1, PER/ORG/LOC/MISC), UNER
English EWT dev (`uner/en_ewt-ud-dev.iob2`, CC BY-SA 4.0, IOB2, PER/ORG/LOC) and the news and
government texts of Dstl re3d (`re3d-en`, the folders of RE3D_FOLDERS: US public domain, Open
Government Licence v3.0, CC BY 3.0 AU, CC BY-SA 3.0; not BBC_Online, CC BY-NC, nor the EU
delegation's, whose terms are a web page's), every tenth document of each held back as `dev`
(model selection only); test: UNER English EWT test, never trained on.

re3d marks phrases, not names ("the Kurdish YPG", "U.S. service members"), and roles and
pronouns as persons: a leading article is dropped, and an entity with a lower-case word other
than "of", "for", "and", "the" (…) becomes missing annotation, as does a pronoun ("We") and a person
with a role noun of sourcetrace's English lexicon in it; only Person, Organisation and Location with confidence >= 0.5 are kept,
Nationality is missing (as MISC), every other type is O.

The label set is UNER's (PER, ORG, LOC). WikiGold's MISC tokens become *missing* annotation,
not O: UNER leaves nationalities, events and works untagged (O) while WikiGold tags them MISC,
so teaching either "entity" or "not an entity" there would contradict the other corpus; missing
values teach nothing about those tokens. Ten sentences of one source document make one spaCy
document; tokens are joined by single spaces.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

KEEP = {"PER", "ORG", "LOC"}
Sent = list[tuple[str, str]]
RE3D_FOLDERS = ("CENTCOM", "US_State_Department", "UK_Government", "Australian_Department_of_Foreign_Affairs", "Wikipedia")
RE3D_TYPES = {"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"}
_NAME_GLUE = {"of", "for", "and", "the", "de", "al", "bin", "on"}


def iob_docs(
    path: Path,
    doc_marker: str,
    *,
    comment: str | None = None,
    sep: str | None = None,
    word: int = 0,
    tag: int = -1,
    id_col: int | None = None,
) -> Iterator[list[Sent]]:
    """Documents of sentences of (word, tag) from a file of one token a line.

    A line starting with `doc_marker` begins a new document, a blank line ends a sentence, a line
    starting with `comment` (checked after the marker) is skipped. `sep` splits a line into
    columns (None: any white space), `word` and `tag` pick two of them. With `id_col`, a line with
    too few columns or whose id has "-" or "." (a multiword token or empty node of CoNLL-U) is skipped.
    """
    doc: list[Sent] = []
    sent: Sent = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(doc_marker):
            if sent:
                doc.append(sent)
            if doc:
                yield doc
            doc, sent = [], []
            continue
        if comment is not None and line.startswith(comment):
            continue
        if not line.strip():
            if sent:
                doc.append(sent)
            sent = []
            continue
        cols = line.split(sep)
        if id_col is not None and (len(cols) <= max(word, tag) or "-" in cols[id_col] or "." in cols[id_col]):
            continue
        sent.append((cols[word], cols[tag]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def wikigold_docs(path: Path) -> Iterator[list[Sent]]:
    """WikiGold: documents split at -DOCSTART-, the word first and its IOB1 tag last ("#" is a word)."""
    return iob_docs(path, "-DOCSTART-")


def uner_docs(path: Path) -> Iterator[list[Sent]]:
    """UNER: documents split at `# newdoc`, other `#` lines comments, tab-separated id, word, IOB2 tag."""
    return iob_docs(path, "# newdoc", comment="#", sep="\t", word=1, tag=2, id_col=0)


def re3d_docs(folder: Path) -> Iterator[list[Sent]]:
    """Documents of re3d as sentences of (word, IOB2 tag; MISC for missing), tokenized and split
    by spaCy's blank English pipeline."""
    import json

    import spacy

    from sourcetrace.steps.lexicon import lang

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    lx = lang("en")
    pronouns = lx.subject_pronouns | {"me", "us", "Me", "Us"}
    roles = lx.person_roles | {"Mr", "Mrs", "Ms", "Dr", "Sir"}
    ents: dict[str, list[dict[str, object]]] = {}
    for line in (folder / "entities.json").read_text(encoding="utf-8-sig").splitlines():
        if line.strip():
            e = json.loads(line)
            ents.setdefault(str(e["documentId"]), []).append(e)
    for line in (folder / "documents.json").read_text(encoding="utf-8-sig").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        text = str(d["text"])
        doc = nlp(text)
        tags = ["O"] * len(doc)
        spans = []
        for e in ents.get(str(d["_id"]), []):
            label = RE3D_TYPES.get(str(e["type"]))
            if label is None or float(e["confidence"]) < 0.5:  # type: ignore[arg-type]
                continue
            b, end = int(e["begin"]), int(e["end"])  # type: ignore[call-overload]
            while text[b:end].lower().startswith("the "):
                b += 4
            words = text[b:end].split()
            if any(w[:1].islower() and w not in _NAME_GLUE for w in words):
                label = "MISC"  # a phrase, not a name: neither entity nor O
            if any(w in pronouns for w in words) or (label == "PER" and any(w.strip(",.") in roles for w in words)):
                label = "MISC"  # "Foreign Office Minister", "I": a role or a pronoun, no name
            sp = doc.char_span(b, end, alignment_mode="expand")
            if sp is not None:
                spans.append((sp.start, sp.end, label))
        taken: set[int] = set()
        for a, z, label in sorted(spans, key=lambda x: -(x[1] - x[0])):
            if taken & set(range(a, z)):
                continue
            taken |= set(range(a, z))
            for k in range(a, z):
                tags[k] = ("B-" if k == a else "I-") + label
        out: list[Sent] = []
        for sent in doc.sents:
            words_tags = [(t.text, tags[t.i]) for t in sent if not t.is_space]
            if words_tags:
                out.append(words_tags)
        if out:
            yield out


def to_biluo_input(tags: list[str]) -> list[str]:
    """IOB1 or IOB2 tags → spaCy's IOB2 strings; MISC and unknown classes → "" (missing).

    An I- tag that does not continue an entity of its class starts one (IOB1 and dropped classes).
    """
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t == "O":
            out.append("O")
            prev = "O"
            continue
        prefix, label = t.split("-", 1)
        if label not in KEEP:
            out.append("")
            prev = "O"
            continue
        if prefix == "I" and prev[2:] != label:
            prefix = "B"
        t = f"{prefix}-{label}"
        out.append(t)
        prev = t
    return out


def add(db: DocBin, vocab: Vocab, doc: list[Sent], per_doc: int = 10) -> None:
    for i in range(0, len(doc), per_doc):
        batch = doc[i : i + per_doc]
        words = [w for s in batch for w, _ in s]
        # sentence by sentence, so an entity never runs across a sentence end
        tags = [t for s in batch for t in to_biluo_input([t for _, t in s])]
        starts = [j == 0 for s in batch for j in range(len(s))]
        db.add(Doc(vocab, words=words, ents=tags, sent_starts=starts))


def main() -> None:
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    train, dev, test = (DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"]) for _ in range(3))
    counts = {"train": 0, "dev": 0, "test": 0}
    sources = [
        wikigold_docs(data / "wikigold-en" / "wikigold.conll.txt"),
        uner_docs(data / "uner" / "en_ewt-ud-dev.iob2"),
        *(re3d_docs(data / "re3d-en" / f) for f in RE3D_FOLDERS),
    ]
    for docs in sources:
        for k, doc in enumerate(docs):
            split = "dev" if k % 10 == 9 else "train"
            add(dev if split == "dev" else train, vocab, doc)
            counts[split] += sum(len(s) for s in doc)
    for doc in uner_docs(data / "uner" / "en_ewt-ud-test.iob2"):
        add(test, vocab, doc)
        counts["test"] += sum(len(s) for s in doc)
    for name, db in (("train", train), ("dev", dev), ("test", test)):
        db.to_disk(out / f"en-ner-{name}.spacy")
        print(f"{name}: {counts[name]} tokens")


if __name__ == "__main__":
    main()
