"""The column reader of the English NER recipe (recipes/syntax/en_ner_to_spacy.py): one reader
for WikiGold's and UNER's files, documents split at their marker, sentences at a blank line.
Invented tokens."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "recipes" / "syntax"))


def test_wikigold_shape_splits_documents_and_keeps_a_hash_word(tmp_path: Path) -> None:
    from en_ner_to_spacy import wikigold_docs

    path = tmp_path / "wg.txt"
    path.write_text("-DOCSTART- O\n\nMara I-PER\nsang O\n\n# O\nOne O\n\n-DOCSTART- O\n\nOslo I-LOC\n", encoding="utf-8")
    assert list(wikigold_docs(path)) == [
        [[("Mara", "I-PER"), ("sang", "O")], [("#", "O"), ("One", "O")]],
        [[("Oslo", "I-LOC")]],
    ]


def test_uner_shape_skips_comments_and_multiword_lines(tmp_path: Path) -> None:
    from en_ner_to_spacy import uner_docs

    path = tmp_path / "uner.iob2"
    lines = [
        "# newdoc id = a",
        "# text = Ben's dog",
        "1-2\tBen's\tB-PER",
        "1\tBen\tB-PER",
        "2\t's\tO",
        "2.1\tgap\tO",
        "3\tdog\tO",
        "",
        "4\tshort",
        "# newdoc id = b",
        "1\tRome\tB-LOC",
        "",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert list(uner_docs(path)) == [
        [[("Ben", "B-PER"), ("'s", "O"), ("dog", "O")]],
        [[("Rome", "B-LOC")]],
    ]
