"""Sentences and tokens per segment, with offsets (rule `sentences.rules.v1`).

A regex tokenizer that keeps Swiss "120'000", «» and „“ quotes, dashes, handles and URLs whole,
and a splitter that does not end a sentence at abbreviations or ordinals ("13. Oktober").
Line breaks always end a sentence (scraped paragraphs)."""

from __future__ import annotations

import bisect
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
        all_lines = list(lines(text))  # once: per segment, only the lines it overlaps
        starts = [ln.start for ln in all_lines]
        for i, seg in enumerate(doc.segments):
            for k in range(max(0, bisect.bisect_right(starts, seg.span.start) - 1), len(all_lines)):
                ln = all_lines[k]
                if ln.start >= seg.span.end:
                    break
                if ln.end <= seg.span.start:
                    continue
                s, e = max(ln.start, seg.span.start), min(ln.end, seg.span.end)
                while e > s and text[e - 1].isspace():
                    e -= 1  # a segment ending inside a line ends at its last non-space
                if e <= s:
                    continue
                for sp in split_sentences(text, s, e):
                    out.append(Sentence(sp, i, tokenize(text, sp.start, sp.end)))
        doc.sentences = out
