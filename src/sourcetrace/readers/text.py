"""Reading one input: checks that turn a user's mistake into one clear line (E001–E008)."""

from __future__ import annotations

import gzip
import os
import re
import sys
import unicodedata
import zlib
from functools import cache
from pathlib import Path
from typing import Protocol

from ..document import Document, ReaderNote
from ..errors import Errors, InputError

DEFAULT_MAX_BYTES = 5_000_000
#: the default of `--max-bytes` of `analyze` and `ingest` (README: Time and input size): a text of about 8 s of CPU
COMMAND_MAX_BYTES = 500_000
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


#: what a door says besides its own remedy when an input is over its limit: `analyze`'s flag (the API
#: passes its argument's name; ingest, whose limit is fixed, passes "")
RAISE_FLAG = " or raise --max-bytes"


def size_limit(max_bytes: int, html: bool) -> int:
    """The most bytes an input may have: `max_bytes` for a text, HTML_MARKUP_FACTOR times that for an HTML page."""
    return max_bytes * HTML_MARKUP_FACTOR if html else max_bytes


def too_large(name: str, size: int | str, max_bytes: int, html: bool, or_raise: str) -> InputError:
    if html:
        return InputError(Errors.E096.format(path=name, size=size, limit=size_limit(max_bytes, True),
                                             factor=HTML_MARKUP_FACTOR, or_raise=or_raise))
    return InputError(Errors.E006.format(path=name, size=size, limit=max_bytes, or_raise=or_raise))


def check_size(name: str, data: bytes, max_bytes: int, *, html: bool | None = None, or_raise: str = RAISE_FLAG) -> None:
    """The size rule for bytes in hand (E006 for a text over `max_bytes`, E096 for an HTML page over
    HTML_MARKUP_FACTOR times that): `html` as the caller knows it, or None to tell from the bytes."""
    if len(data) <= max_bytes:
        return
    if html is None:
        html = looks_like_html(data[:_HTML_HEAD])
    if len(data) > size_limit(max_bytes, html):
        raise too_large(name, len(data), max_bytes, html, or_raise)


def check_text_size(name: str, doc: Document, max_bytes: int, *, or_raise: str = RAISE_FLAG) -> None:
    """An HTML page's text (what is analysed) must fit `max_bytes`, as a plain-text input must (E097).
    Every door calls it after reading a page: analyze, ingest and the web app (`corpus.analyse.read_item`),
    the API (`sourcetrace.analyze`)."""
    if doc.input_format != "html" or len(doc.text) <= max_bytes // 4:  # (4 bytes a character at most)
        return
    size = len(doc.text.encode("utf-8"))
    if size > max_bytes:
        raise InputError(Errors.E097.format(path=name, size=size, limit=max_bytes, or_raise=or_raise))


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def read_up_to(stream: Readable, n: int) -> bytes:
    parts: list[bytes] = []
    while n > 0 and (chunk := stream.read(min(n, 1 << 20))):
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def read_limited(name: str, stream: Readable, max_bytes: int, *, size: int | None = None,
                 or_raise: str = RAISE_FLAG) -> bytes:
    """The bytes of `stream` (a file, standard input, a gzip stream) under the size rule, one path for
    every kind: what `looks_like_html` reads first, which decides the limit (`size_limit`), then at most
    one byte more than that limit — an input over it is refused (E006, E096) without being held whole.
    `size`, when known (a plain file's), is checked before reading on; otherwise an input cut off at the
    limit is reported as "more than LIMIT" bytes."""
    if size is not None and size <= max_bytes:
        return stream.read()
    head = read_up_to(stream, _HTML_HEAD)
    html = looks_like_html(head)
    limit = size_limit(max_bytes, html)
    if size is not None and size > limit:
        raise too_large(name, size, max_bytes, html, or_raise)
    data = head if len(head) > limit else head + read_up_to(stream, limit + 1 - len(head))
    if len(data) > limit:
        whole = size if size is not None else len(data) if len(head) < _HTML_HEAD else None
        raise too_large(name, whole if whole is not None else f"more than {limit}", max_bytes, html, or_raise)
    return data


def read_file(path: Path, name: str, max_bytes: int, *, or_raise: str = RAISE_FLAG) -> bytes:
    """A plain or gzipped (.gz: article.txt.gz, page.html.gz) file's bytes under the size rule
    (`read_limited`; for a gzipped file the rule holds for its uncompressed bytes, decompressed a chunk
    at a time: neither a gzip bomb nor a large compressed file is held whole, and a file of several
    members, `cat a.gz b.gz`, is read whole as `gzip` reads it). E014 for a gzip file that cannot be
    read (cut off, or none), E008 for a file that cannot be read at all."""
    try:
        if not path.name.lower().endswith(".gz"):
            with path.open("rb") as f:
                return read_limited(name, f, max_bytes, size=os.fstat(f.fileno()).st_size, or_raise=or_raise)
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
            try:
                return read_limited(f"{name} (uncompressed)", unzipped, max_bytes, or_raise=or_raise)
            except EOFError as exc:
                raise InputError(Errors.E014.format(path=name, reason="it ends early")) from exc
            except (gzip.BadGzipFile, zlib.error) as exc:
                raise InputError(Errors.E014.format(path=name, reason=exc)) from exc
    except OSError as exc:
        raise InputError(Errors.E008.format(path=name, reason=exc.strerror)) from exc


def read_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bytes]:
    """Return (display name, raw bytes) for a path or '-' (stdin), or raise InputError. An HTML page
    may be HTML_MARKUP_FACTOR × `max_bytes` (its text is checked once read: `check_text_size`)."""
    if path == "-":
        return "stdin", read_limited("stdin", sys.stdin.buffer, max_bytes)
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
    return path, read_file(p, path, max_bytes)


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


@cache
def _mojibake_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every way a letter of U+00C0–U+00FF ("ç", "é", "ü") reads when its two UTF-8 bytes were decoded as
    Latin-1 ("Ã§", "Ã©", "Ã¼") — the lead "Ã" as written or decomposed ("A" and a combining tilde), the
    second character as written or in its compatibility decomposition ("1⁄4" for "¼", " ̈" for "¨"), as
    texts that were normalised afterwards have them — and the letter each stands for; the pattern finds
    the longest first. (Not "Ã " for "à": a space after a capital is no sure sign.)"""
    table: dict[str, str] = {}
    for code in range(0xC0, 0x100):
        letter = chr(code)
        if not letter.isalpha() or letter in "\u00c2\u00c3":
            continue  # ("Ã\x83" is "Ã" read twice more: text decoded three times stays as it is)
        read = letter.encode("utf-8").decode("latin-1")
        lead, cont = read[0], read[1]
        if cont == "\u00a0":
            continue
        for a in {lead, unicodedata.normalize("NFD", lead)}:
            for b in {cont, unicodedata.normalize("NFKD", cont)}:
                table[a + b] = letter
    alts = sorted(table, key=len, reverse=True)
    # (not the first two of a character of three bytes: "Ã¢€" of "–" read twice)
    return re.compile("(?:" + "|".join(map(re.escape, alts)) + ")(?![\u0080-\u00bf\u20ac\u2122\u0153\u201c\u201d\u2019\u2018\u2013\u2014])"), table


def repair_mojibake(text: str) -> tuple[str, int]:
    """Rule reader.mojibake: letters whose two UTF-8 bytes were decoded as Latin-1 a second time
    ("FranÃ§ois", "GuantÃ¡namo", also normalised afterwards: `_mojibake_forms`) read as written
    ("François", "Guantánamo"), the characters of each letter made one, and as many spaces added at the
    end of the run of characters without a space that holds them ("François," then the spaces), so that
    the text keeps its length and every offset outside that run stays that of the input. Returns the
    text and the number of letters repaired."""
    if "\u00c3" not in text and "A\u0303" not in text:
        return text, 0
    rx, table = _mojibake_forms()
    out: list[str] = []
    at = owed = n = 0
    run_end = 0
    for m in rx.finditer(text):
        if owed and m.start() >= run_end:
            out += [text[at:run_end], " " * owed]
            at, owed = run_end, 0
        out += [text[at : m.start()], table[m.group()]]
        owed, n, at = owed + len(m.group()) - 1, n + 1, m.end()
        run_end = at
        while run_end < len(text) and not text[run_end].isspace():
            run_end += 1
    if owed:
        out += [text[at:run_end], " " * owed]
        at = run_end
    out.append(text[at:])
    return "".join(out), n


def plain_document(text: str, name: str) -> Document:
    """A plain-text article as a Document, its plain mojibake repaired (`repair_mojibake`, noted)."""
    repaired, n = repair_mojibake(text)
    doc = Document(text=repaired, name=name, input_format="text")
    if n:
        doc.reader_notes.append(ReaderNote("reader.mojibake", f"{n} letter(s) of doubly decoded UTF-8 read as written, "
                                                              "spaces after each keeping the offsets"))
    return doc


def read_document(name: str, data: bytes) -> Document:
    """Bytes of a plain-text or HTML article → Document (HTML detected from the content)."""
    text = decode_input(name, data)
    if looks_like_html(data):
        from .html import read_html

        return read_html(name, text)
    return plain_document(text, name)
