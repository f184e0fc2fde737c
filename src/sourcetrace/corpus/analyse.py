"""One document through the pipeline, in a worker process: an `Item` in, a `DocumentRecord` or a
`Failure` out. Also the pipeline version stored with every document."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from ..document import WITHIN_GIVEN, ArticleDate, Document, ReaderNote, Segment, Span
from ..errors import InputError
from ..store.store import DocumentRecord
from .inputs import Failure, Item

#: What the analysis depends on: a change to any of these files changes the pipeline version.
_VERSIONED = ("steps/**/*.py", "resources/**/*.json", "readers/*.py", "pipeline.py", "document.py",
              "registry.py", "api.py", "language.py", "textutil.py", "writers/json.py")


def pipeline_version(sentence_model: bool = False) -> str:
    """`<package version>+<digest of the code and resources the analysis runs on>`: documents
    stored under another version are what `reanalyze` brings up to date. Worked out once per
    process (forked workers inherit it)."""
    return _pipeline_version(bool(sentence_model))


@cache
def _pipeline_version(sentence_model: bool) -> str:
    from .. import __version__
    from ..api import default_pipeline

    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for pattern in _VERSIONED:
        for p in sorted(root.glob(pattern)):
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    for step in default_pipeline(sentence_model).steps:
        h.update(step.name.encode())
    return f"{__version__}+{h.hexdigest()[:12]}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def reader_state(doc: Document) -> dict[str, Any]:
    """What the reader found before any step ran: enough to run the steps again (`reanalyze`)."""
    return {
        "input_format": doc.input_format, "title": doc.title, "author": doc.author, "url": doc.url,
        "language": doc.language, "publisher": doc.publisher,
        "date": [doc.date.value, doc.date.origin, doc.date.evidence] if doc.date else None,
        "segments": [[s.kind, s.span.start, s.span.end, s.rule, s.handle, s.author, s.date, s.platform]
                     for s in doc.segments],
        **({"reader_notes": [[n.rule, n.note] for n in doc.reader_notes]} if doc.reader_notes else {}),
    }


def restore(text: str, state: dict[str, Any], name: str) -> Document:
    """The Document as the reader left it (the inverse of `reader_state`)."""
    doc = Document(text=text, name=name, title=state.get("title"), author=state.get("author"), url=state.get("url"),
                   language=state.get("language") or "und", input_format=state.get("input_format") or "text",
                   publisher=state.get("publisher"))
    if state.get("date"):
        value, origin, evidence = state["date"]
        doc.date = ArticleDate(value, origin, evidence)
    doc.reader_notes = [ReaderNote(rule, note) for rule, note in state.get("reader_notes", [])]
    for kind, start, end, rule, handle, author, date, platform in state.get("segments", []):
        doc.segments.append(Segment(kind=kind, span=Span(start, end), rule=rule, handle=handle, author=author,
                                    date=date, platform=platform))
    return doc


def read_item(item: Item) -> Document:
    """Bytes of an item → the reader's Document, with the item's metadata applied."""
    from ..api import check_lang, give_date
    from ..readers import check_size, check_text_size, decode_input, read_document
    from ..readers.html import read_html

    name = item.id or item.input
    # (every item under analyze's size rule, its limit the item's: a JSONL row or WARC record as a file of a folder)
    check_size(name, item.data, item.max_bytes, html=None if item.kind == "auto" else item.kind == "html",
               or_raise=item.or_raise)
    if item.kind == "html":
        doc = read_html(name, decode_input(name, item.data))
    elif item.kind == "text":
        doc = Document(text=decode_input(name, item.data), name=name, input_format="text")
    else:
        doc = read_document(name, item.data)
    if not doc.text.strip():
        raise InputError(f"{name}: no text")
    check_text_size(name, doc, item.max_bytes, or_raise=item.or_raise)
    if item.title and not doc.title:
        doc.title = item.title
    if item.url:
        doc.url = item.url
    forced = check_lang(item.lang) if item.lang else None
    if forced:
        doc.language = forced
    if item.outlet and item.outlet.strip():
        doc.publisher = item.outlet.strip()  # as `analyze --publisher`: never a link of its own article
    if item.date:
        give_date(doc, item.date, "input")  # a month or year too, as `analyze --date 2025-05`
    elif doc.date is None and item.fallback_date:
        doc.date = ArticleDate(item.fallback_date, "metadata", "WARC-Date of the record")
    return doc


def analyse_doc(doc: Document, sentence_model: bool = False) -> dict[str, Any]:
    from ..api import default_pipeline
    from ..writers.json import to_dict

    default_pipeline(sentence_model)(doc)
    return to_dict(doc)


def analyse_item(item: Item, sentence_model: bool = False) -> DocumentRecord | Failure:
    """Read and analyse one item; a bad document becomes a Failure with its reason."""
    try:
        doc = read_item(item)
        state = reader_state(doc)
        analysis = analyse_doc(doc, sentence_model)
    except InputError as exc:
        return Failure(item.input, item.where, _where(item, str(exc)))
    except Exception as exc:  # a bug of ours must not stop the corpus
        return Failure(item.input, item.where,
                       _where(item, f"internal error ({type(exc).__name__}: {exc}); please report it"))
    digest = content_hash(doc.text)
    date, origin = ((doc.date.value, doc.date.origin) if doc.date and WITHIN_GIVEN in doc.date.evidence else
                    (item.date, "given")) if item.date else (
        (doc.date.value, "warc" if doc.date.evidence.startswith("WARC") else doc.date.origin) if doc.date else
        (None, None))
    return DocumentRecord(
        id=item.id or f"sha256:{digest[:32]}", text=doc.text, content_hash=digest,
        pipeline_version=pipeline_version(sentence_model), analysis=analysis, reader=state, url=item.url,
        outlet=item.outlet, title=doc.title, date=date, date_origin=origin, language=doc.language,
        input=item.input + (f" ({item.where})" if item.where else ""), input_format=doc.input_format)


def _where(item: Item, reason: str) -> str:
    return f"{item.where}: {reason}" if item.where and not reason.startswith(item.where) else reason
