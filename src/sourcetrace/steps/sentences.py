"""Sentences and tokens per segment, with offsets (rule `sentences.rules.v1`).

A regex tokenizer that keeps Swiss "650'000", «» and „“ quotes, dashes, handles and URLs whole,
and a splitter that does not end a sentence at abbreviations or ordinals ("13. Oktober").
Line breaks always end a sentence (scraped paragraphs)."""

from __future__ import annotations

from typing import ClassVar

from ..document import Document, Sentence
from ..textutil import lines, split_sentences, tokenize


class SentenceSplitter:
    name: ClassVar[str] = "sentences.rules.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments",)
    assigns: ClassVar[tuple[str, ...]] = ("sentences", "tokens")

    def __call__(self, doc: Document) -> None:
        text = doc.text
        out: list[Sentence] = []
        for i, seg in enumerate(doc.segments):
            for ln in lines(text[: seg.span.end]):
                if ln.end <= seg.span.start:
                    continue
                s, e = max(ln.start, seg.span.start), min(ln.end, seg.span.end)
                for sp in split_sentences(text, s, e):
                    out.append(Sentence(sp, i, tokenize(text, sp.start, sp.end)))
        doc.sentences = out
