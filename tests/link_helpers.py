"""Invented link fixtures analysed by the pipeline and linked in memory (tests/fixtures/link_*.json),
shared by the linking tests, and a stub encoder whose vectors the test chooses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from sourcetrace.api import default_pipeline, prepare
from sourcetrace.document import Document
from sourcetrace.link import Linker
from sourcetrace.link.claims import Member
from sourcetrace.writers.json import to_dict

FIXTURES = Path(__file__).resolve().parent / "fixtures"

Linked = tuple[Linker, dict[str, dict[str, Any]]]


def span_at(text: str, words: str, **extra: Any) -> dict[str, Any]:
    """A span of an analysis written by hand: where `words` first stands in `text`, with its text and
    any other fields (`id`, `name`, `type`, …)."""
    at = text.index(words)
    return {"start": at, "end": at + len(words), "text": words, **extra}


def analysed(a: dict[str, str]) -> dict[str, Any]:
    """One fixture article as the store exports it: title and body analysed with its date and language."""
    text = f"{a['title']}\n\n{a['body']}"
    doc = prepare(Document(text=text, name=a["id"], title=a["title"]), date=a["date"], lang=a["language"])
    default_pipeline(False)(doc)
    return {**to_dict(doc), "id": a["id"], "outlet": a["outlet"], "date": a["date"], "title": a["title"], "text": text}


def title_and_body(doc_id: str, title: str, body: str, date: str, lang: str = "en") -> dict[str, Any]:
    """A document as the story rules read it, without running the pipeline: title, one body segment, no
    sources or timexes (the story tests of kinds and places of happenings)."""
    text = f"{title}\n\n{body}"
    return {"id": doc_id, "title": title, "text": text, "language": lang, "date": date, "sources": [],
            "segments": [{"kind": "body", "start": len(title) + 2, "end": len(text)}], "timexes": []}


def link_fixture(name: str) -> Linked:
    """The articles of fixtures/`name` linked in date order with the bundled encoder (USE)."""
    docs = sorted((analysed(a) for a in json.loads((FIXTURES / name).read_text(encoding="utf-8"))["articles"]),
                  key=lambda d: d["date"])
    lk = Linker("use")
    lk.add(docs)
    return lk, {d["id"]: d for d in docs}


def claim_of(linked: Linked, doc_id: str, words: str) -> dict[str, Any]:
    """The claim row with a member of `doc_id` whose content holds `words` (one row, however many of its
    members hold them: the headline that sums up a lead holds its words too, `link.claim.headline`)."""
    lk, docs = linked
    text = docs[doc_id]["text"]
    found = [r for r in lk.claim_rows() if any(m["document"] == doc_id and words in text[m["start"] : m["end"]]
                                               for m in r["members"])]
    assert len(found) == 1, (doc_id, words, found)
    return found[0]


class StubEncoder:
    """Vectors chosen by the test: each text the linker encodes gets the vector of the first key of
    `table` it contains (a unit vector), else the first axis."""

    name = "stub"
    dim = 8

    def __init__(self, table: dict[str, np.ndarray]) -> None:
        self.table = table

    def encode(self, texts: list[str], *, query: bool = False) -> Any:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i] = next((v for k, v in self.table.items() if k in t), np.eye(self.dim, dtype=np.float32)[0])
        return out


def unit(*xs: float) -> np.ndarray:
    """A unit vector of the stub encoder's size whose first coordinates are `xs`."""
    v = np.zeros(StubEncoder.dim, dtype=np.float32)
    v[: len(xs)] = xs
    return v / np.linalg.norm(v)


def one_claim_article(doc_id: str, outlet: str, text: str, who: str, words: str, date: str) -> dict[str, Any]:
    """An analysed English document, one claim per line, whose only attribution gives `words` (in the text) to the
    person `who`."""
    claims, at = [], 0
    start = text.index(words)
    for line in text.split("\n"):
        claims.append({"start": at, "end": at + len(line), "attributions": ["a1"] if at <= start < at + len(line) else []})
        at += len(line) + 1
    attribution = {"id": "a1", "rule": "attr.indirect.en.test", "cue": {"text": "said"}, "via": [],
                   "source": {"id": "s1", "name": who, "type": "person", "text": who},
                   "content": [{"start": start, "end": start + len(words), "text": words}]}
    return {"id": doc_id, "outlet": outlet, "date": date, "title": "", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text)}], "claims": claims,
            "attributions": [attribution], "sources": [], "hedges": [], "timexes": [], "quantities": []}


def noisy_axis(rng: np.random.Generator, axis: int, noise: float) -> np.ndarray:
    """A unit vector of `StubEncoder.dim` near the axis `axis`, `noise` the spread of `rng`'s draw."""
    v = np.zeros(StubEncoder.dim, np.float32)
    v[axis] = 1.0
    v += rng.normal(0, noise, StubEncoder.dim).astype(np.float32)
    return v / np.linalg.norm(v)


#: the topics of `council_background`'s documents
COUNCIL_TOPICS = ["harbour cranes", "school canteen", "river cleanup", "library hours", "tram timetable", "park benches"]


def council_background(rng: np.random.Generator) -> tuple[list[dict[str, Any]], dict[str, np.ndarray]]:
    """24 documents of other happenings of the weeks before (1 to 8 March 2026: council notes on six
    topics, each near an axis 1–6 of its own), enough to weigh a title word by its rarity; their
    vectors by key for `StubEncoder`, drawn from `rng` (the story tests of sessions 33 and 35)."""
    docs, table = [], {}
    for i in range(24):
        key = f"zq{i:03d}"
        table[key] = noisy_axis(rng, 1 + i % 6 if i % 6 < 5 else 6, 0.08)
        docs.append(title_and_body(key, f"Council notes on {COUNCIL_TOPICS[i % 6]} number {i}",
                                   f"The council discussed the {COUNCIL_TOPICS[i % 6]} again ({key}). Residents spoke at length.",
                                   f"2026-03-{1 + i // 3:02d}"))
    return docs, table


#: a second line for `outlet_sentence_doc`, of no claim to anyone
FILLER = {"en": "Gulls circled above the empty ticket booth on the northern quay all afternoon.",
          "de": "Am Nachmittag kreisten Möwen über dem leeren Kartenhäuschen am Nordkai."}


def outlet_sentence_doc(i: int, outlet: str, first: str, hedge: str | None = None, kind: str = "reportative",
                        lang: str = "en") -> dict[str, Any]:
    """An analysed article of two lines, written by hand (no pipeline): `first`, the outlet's own sentence
    (hedged on the word `hedge`, of the analysis's hedge kind `kind`), then filler; id `d{i}`, dated the
    1{i}th of March 2026."""
    text = f"{first}\n{FILLER[lang]}"
    hedges = []
    if hedge:
        at = text.index(hedge)
        hedges = [{"start": at, "end": at + len(hedge), "text": hedge, "kind": kind, "rule": "t",
                   "scope": {"start": 0, "end": len(first), "text": first}}]
    n = len(first)
    claims = [{"start": 0, "end": n, "text": first, "attributions": [], "hedges": [0] if hedges else [],
               "status": "hedged" if hedges else "asserted"},
              {"start": n + 1, "end": len(text), "text": text[n + 1:], "attributions": [], "hedges": [], "status": "asserted"}]
    return {"id": f"d{i}", "outlet": outlet, "date": f"2026-03-1{i}", "title": "t", "language": lang, "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": [],
            "claims": claims, "sources": [], "hedges": hedges, "timexes": [], "quantities": []}


def bare_member(key: str, doc: str, source: str | None, text: str, lang: str = "en", stance: str = "asserts",
                type_: str = "person") -> Member:
    """A claim member written by hand for the origin tests: only its key, document, words, source (typed
    `type_` where it has one), language and stance."""
    return Member(key=key, document=doc, start=0, end=10, text=text, source=source,
                  source_type=type_ if source else None, source_role=None, via=[], upstream=[], downstream=[],
                  negated=False, denial_cue=False, language=lang, stance=stance)


def corroborating_linker(vectors: dict[str, list[float]]) -> Linker:
    """A hashing linker with USE's corroboration bar (`claim_corroborates` 0.75) whose member vectors are the
    test's, each scaled to unit length."""
    lk = Linker("hashing")
    lk.t["claim_corroborates"] = 0.75
    for key, v in vectors.items():
        vec = np.array(v, dtype=np.float32)
        lk._member_vec[key] = vec / np.linalg.norm(vec)
    return lk
