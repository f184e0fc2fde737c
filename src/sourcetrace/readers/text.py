"""Reading one input: checks that turn a user's mistake into one clear line (E001–E008)."""

from __future__ import annotations

import gzip
import re
import sys
import zlib
from pathlib import Path
from typing import BinaryIO

from ..document import Document
from ..errors import Errors, InputError

DEFAULT_MAX_BYTES = 5_000_000
#: Files of many articles, which `sourcetrace ingest` reads (analyze reads one article).
_CORPUS_FILES = (((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"), "JSONL file"), ((".warc", ".warc.gz"), "WARC file"),
                 ((".parquet",), "sourcetrace Parquet shard"))
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|body|span|a|meta|script)\b", re.I)


#: an HTML page may be this many times --max-bytes: the limit is for the text analysed, and a page's
#: markup, scripts and styles (often 90 % of its bytes and more) cost little to read
HTML_MARKUP_FACTOR = 10

#: what `looks_like_html` reads of an input: its first 4 KB (_SNIFF), or up to 256 KB of leading style,
#: script and comment blocks (_LEADING_MAX) and 4 KB after them
_SNIFF = 4096
_LEADING_MAX = 262144
_HTML_HEAD = _LEADING_MAX + _SNIFF


def _over_limit(name: str, size: int, max_bytes: int, head: bytes) -> InputError | None:
    """The error for an input of `size` bytes over its limit (`max_bytes`, an HTML page
    HTML_MARKUP_FACTOR times as much, whose text the caller checks), else None."""
    if size <= max_bytes:
        return None
    if not looks_like_html(head):
        return InputError(Errors.E006.format(path=name, size=size, limit=max_bytes))
    if size > max_bytes * HTML_MARKUP_FACTOR:
        return InputError(Errors.E096.format(path=name, size=size, limit=max_bytes * HTML_MARKUP_FACTOR, factor=HTML_MARKUP_FACTOR))
    return None


def check_text_size(name: str, doc: Document, max_bytes: int) -> None:
    """An HTML page's text (what is analysed) must fit `max_bytes`, as a plain-text input must (E097)."""
    size = len(doc.text.encode("utf-8"))
    if doc.input_format == "html" and size > max_bytes:
        raise InputError(Errors.E097.format(path=name, size=size, limit=max_bytes))


def read_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bytes]:
    """Return (display name, raw bytes) for a path or '-' (stdin), or raise InputError. An HTML page
    may be HTML_MARKUP_FACTOR × `max_bytes` (its text is checked once read: `check_text_size`)."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes * HTML_MARKUP_FACTOR + 1)
        name = "stdin"
    else:
        p = Path(path)
        if p.is_dir():
            raise InputError(Errors.E002.format(path=path))
        if not p.exists():
            raise InputError(Errors.E001.format(path=path))
        lower = p.name.lower()
        for suffixes, kind in _CORPUS_FILES:
            if lower.endswith(suffixes):
                raise InputError(Errors.E012.format(path=path, kind=kind))
        if lower.removesuffix(".gz").endswith(".json"):
            raise InputError(Errors.E013.format(path=path))
        gz = lower.endswith(".gz")
        try:
            size = p.stat().st_size
            if size > max_bytes and not gz:
                with p.open("rb") as f:
                    head = f.read(_HTML_HEAD)
                if (err := _over_limit(path, size, max_bytes, head)) is not None:
                    raise err
            if not gz:
                data = p.read_bytes()
            else:  # article.txt.gz, page.html.gz: as ingest reads them; the limit holds for the uncompressed text
                with p.open("rb") as raw:
                    try:
                        data = gunzip(raw, max_bytes * HTML_MARKUP_FACTOR)
                    except EOFError as exc:
                        raise InputError(Errors.E014.format(path=path, reason="it ends early")) from exc
                    except (gzip.BadGzipFile, zlib.error) as exc:
                        raise InputError(Errors.E014.format(path=path, reason=exc)) from exc
                if len(data) > max_bytes and _over_limit(path, len(data), max_bytes, data[:_HTML_HEAD]) is not None:
                    limit = max_bytes * HTML_MARKUP_FACTOR if looks_like_html(data[:_HTML_HEAD]) else max_bytes
                    raise InputError(Errors.E006.format(path=f"{path} (uncompressed)", size=f"more than {limit}", limit=limit))
        except OSError as exc:
            raise InputError(Errors.E008.format(path=path, reason=exc.strerror)) from exc
        name = path
    if (err := _over_limit(name, len(data), max_bytes, data[:_HTML_HEAD])) is not None:
        raise err
    return name, data


def gunzip(raw: BinaryIO, limit: int) -> bytes:
    """The uncompressed bytes of a gzip stream, at most `limit + 1` of them (more than `limit`: over
    the limit), decompressed a chunk at a time: neither a gzip bomb nor a large compressed file is
    held whole, and a file of several members (`cat a.gz b.gz`) is read whole as `gzip` reads it.
    EOFError when it ends early (a cut-off download), gzip.BadGzipFile or zlib.error when it is none."""
    with gzip.GzipFile(fileobj=raw, mode="rb") as f:
        return f.read(limit + 1)


#: what a saved page may hold before its doctype: comments, a style or script block (a page whose inline
#: stylesheet comes first), blank lines
_LEADING_BLOCKS = re.compile(rb"(?:\s+|<!--.*?-->|<style\b.*?</style\s*>|<script\b.*?</script\s*>)+", re.S | re.I)


def _opens_html(head: bytes) -> bool:
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def looks_like_html(data: bytes) -> bool:
    if _opens_html(data[:_SNIFF]):
        return True
    lead = _LEADING_BLOCKS.match(data, 0, _LEADING_MAX)
    if lead is None or lead.end() < 64:
        return False
    return _opens_html(data[lead.end() : lead.end() + _SNIFF])


def decode_input(name: str, data: bytes) -> str:
    if not data.strip():
        raise InputError(Errors.E003.format(path=name))
    if b"\x00" in data[:8192]:
        raise InputError(Errors.E005.format(path=name))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if looks_like_html(data):
            # a web page declares its own encoding; offsets then point into the decoded page
            m = re.search(rb"""charset\s*=\s*["']?([\w-]+)""", data[:4096], re.I)
            for enc in ([m.group(1).decode("ascii")] if m else []) + ["cp1252"]:
                try:
                    return data.decode(enc)
                except (UnicodeDecodeError, LookupError):
                    continue
        raise InputError(
            Errors.E004.format(path=name, reason=f"bad byte at offset {exc.start}")
        ) from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 8:
        raise InputError(Errors.E005.format(path=name))
    return text


def read_document(name: str, data: bytes) -> Document:
    """Bytes of a plain-text or HTML article → Document (HTML detected from the content)."""
    text = decode_input(name, data)
    if looks_like_html(data):
        from .html import read_html

        return read_html(name, text)
    return Document(text=text, name=name, input_format="text")
