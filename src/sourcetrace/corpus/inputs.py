"""Inputs of `ingest`: folders (walked recursively: .txt, .html, .htm, each optionally .gz), JSONL
files (.jsonl, .ndjson, each optionally .gz) and WARC files (.warc, .warc.gz). Each yields `Item`s to analyse and
`Failure`s (input, item, reason) for what cannot be read; nothing here raises for a bad document.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import Errors, InputError
from ..readers.text import COMMAND_MAX_BYTES, RAISE_FLAG, read_file, read_up_to, size_limit, too_large

FOLDER_SUFFIXES = (".txt", ".html", ".htm")
#: the size rule's limit of a document, as `analyze --max-bytes` (`ingest --max-bytes`, the same default)
MAX_BYTES = COMMAND_MAX_BYTES
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass
class Item:
    """One document to analyse. `id` is known before analysis unless the document is to be named
    by its content hash."""

    input: str
    where: str
    id: str | None
    data: bytes
    kind: Literal["auto", "text", "html"] = "auto"
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    title: str | None = None
    lang: str | None = None
    fallback_date: str | None = None
    #: the size rule's limit (`readers.text.check_size`, `check_text_size`): ingest's --max-bytes, the web app's own
    max_bytes: int = MAX_BYTES
    #: what the size rule's message adds to its remedy: ingest names its flag, the web app nothing (its users cannot raise it)
    or_raise: str = ""


@dataclass
class Failure:
    input: str
    where: str
    reason: str

    def triple(self) -> tuple[str, str, str]:
        return (self.input, self.where, self.reason)


def kind_of(path: str) -> str:
    p = Path(path)
    name = p.name.lower()
    if p.is_dir():
        return "folder"
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".parquet"):
        return "parquet"  # a shard of analysed documents (sourcetrace.store.shards)
    if name.endswith(tuple(s + z for s in FOLDER_SUFFIXES for z in ("", ".gz"))):
        return "file"
    return "unknown"


def check_inputs(paths: list[str]) -> None:
    """Raise InputError (exit 2) for an input that cannot be used at all."""
    for path in paths:
        p = Path(path)
        if not p.exists():
            raise InputError(Errors.E054.format(path=path))
        if not os.access(p, os.R_OK):
            raise InputError(Errors.E055.format(path=path))
        if kind_of(path) == "unknown":
            raise InputError(Errors.E056.format(path=path))


def estimate(paths: list[str]) -> int | None:
    """How many items the inputs hold, for the progress bar (None when unknown: WARC)."""
    total = 0
    for path in paths:
        k = kind_of(path)
        if k == "folder":
            total += len(_folder_files(Path(path)))
        elif k == "file":
            total += 1
        elif k == "parquet":
            try:
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            except Exception:  # counted as a failure when it is read
                pass
        elif k == "jsonl":
            opener = gzip.open if path.lower().endswith(".gz") else open
            try:
                with opener(path, "rb") as f:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
            except (OSError, EOFError, zlib.error):
                pass
        else:
            return None
    return total


def _folder_files(root: Path) -> list[Path]:
    suffixes = tuple(s + z for s in FOLDER_SUFFIXES for z in ("", ".gz"))
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name.lower().endswith(suffixes))


def other_files(paths: list[str]) -> list[tuple[str, str]]:
    """The files of the folders among `paths` that ingest does not read (`_folder_files` takes only
    articles), each with why: (absolute path, reason). They are counted and reported, not set
    aside: a folder may hold notes or images beside its articles."""
    suffixes = tuple(s + z for s in FOLDER_SUFFIXES for z in ("", ".gz"))
    out: list[tuple[str, str]] = []
    for path in paths:
        if kind_of(path) != "folder":
            continue
        for p in sorted(Path(path).resolve().rglob("*")):
            if p.is_file() and not p.name.lower().endswith(suffixes):
                many = kind_of(str(p))
                if many in ("jsonl", "warc", "parquet"):
                    out.append((str(p), f"a {'JSONL' if many == 'jsonl' else many.upper() if many == 'warc' else 'Parquet'}"
                                        " file inside a folder is not read; pass it to ingest by name"))
                else:
                    ext = "".join(p.suffixes[-2:]) if p.suffixes else "no extension"
                    out.append((str(p), f"not an article file ({ext}); ingest reads a folder's .txt, .html and .htm "
                                        "files (each optionally .gz)"))
    return out


def iter_items(paths: list[str], max_bytes: int = MAX_BYTES) -> Iterator[Item | Failure]:
    """The documents of `paths`, each under analyze's size rule with `max_bytes` (`ingest --max-bytes`): a
    text of more bytes, an HTML page of more than 10 times that or whose text is over it is a Failure with
    its reason (a file or a WARC record read only as far as its limit; a JSONL row when it is read)."""
    for path in paths:
        k = kind_of(path)
        absolute = str(Path(path).resolve())
        if k == "folder":
            yield from _iter_folder(Path(path), absolute, max_bytes)
        elif k == "file":
            yield from _iter_file(Path(path), absolute, Path(path).name, max_bytes)
        elif k == "jsonl":
            yield from _iter_jsonl(path, absolute, max_bytes)
        elif k == "warc":
            yield from _iter_warc(path, absolute, max_bytes)


def _iter_file(p: Path, absolute: str, doc_id: str, max_bytes: int) -> Iterator[Item | Failure]:
    try:  # (the size rule of `analyze`: max_bytes for a text, 10 times that for an HTML page)
        data = read_file(p, doc_id, max_bytes, or_raise=RAISE_FLAG)
    except (OSError, InputError) as exc:
        yield Failure(absolute, "", str(exc) if isinstance(exc, InputError) else f"cannot read ({exc.strerror})")
        return
    base = p.name.lower().removesuffix(".gz")
    kind: Literal["auto", "html"] = "html" if base.endswith((".html", ".htm")) else "auto"
    yield Item(input=absolute, where="", id=doc_id, data=data, kind=kind, max_bytes=max_bytes, or_raise=RAISE_FLAG)


def _iter_folder(root: Path, absolute: str, max_bytes: int) -> Iterator[Item | Failure]:
    for p in _folder_files(root):
        rel = p.relative_to(root).as_posix()
        yield from _iter_file(p, str(Path(absolute) / rel), rel, max_bytes)


def _opt_str(row: dict[str, object], key: str, where: str) -> str | None:
    v = row.get(key)
    if v is None or v == "":
        return None
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise InputError(f"{where}: '{key}' must be a string")
    return str(v)


def _iter_jsonl(path: str, absolute: str, max_bytes: int) -> Iterator[Item | Failure]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    n = 0
    try:
        with opener(path, "rb") as f:
            for n, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                where = f"line {n}"
                try:
                    row = json.loads(raw)
                except (ValueError, UnicodeDecodeError) as exc:
                    yield Failure(absolute, where, f"{where}: not valid JSON ({exc})")
                    continue
                if not isinstance(row, dict):
                    yield Failure(absolute, where, f"{where}: not a JSON object")
                    continue
                try:
                    body = row.get("text") if row.get("text") is not None else row.get("html")
                    if not isinstance(body, str):
                        raise InputError(f"{where}: needs 'text' or 'html' (a string)")
                    date = _opt_str(row, "date", where)
                    if date is not None and not _DATE.fullmatch(date):
                        raise InputError(f"{where}: date {date!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
                    item = Item(input=absolute, where=where, id=_opt_str(row, "id", where),
                                data=body.encode("utf-8"), kind="text" if row.get("text") is not None else "html",
                                url=_opt_str(row, "url", where), outlet=_opt_str(row, "outlet", where), date=date,
                                title=_opt_str(row, "title", where), lang=_opt_str(row, "lang", where),
                                max_bytes=max_bytes, or_raise=RAISE_FLAG)
                except InputError as exc:
                    yield Failure(absolute, where, str(exc))
                    continue
                if item.id is None:
                    item.id = item.url
                yield item
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(absolute, f"line {n + 1}", f"line {n + 1}: the file cannot be read further ({exc})")


def _iter_warc(path: str, absolute: str, max_bytes: int) -> Iterator[Item | Failure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    offset = 0
    try:
        with open(path, "rb") as f:
            it = ArchiveIterator(f)
            for record in it:
                if record.rec_type != "response":
                    continue  # request, metadata, warcinfo: not documents
                # (before get_record_offset, which skips the rest; a page read only as far as its limit)
                payload = read_up_to(record.content_stream(), size_limit(max_bytes, True) + 1)
                offset = it.get_record_offset()
                where = f"record at byte {offset}"
                uri = record.rec_headers.get_header("WARC-Target-URI")
                warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                ctype = record.http_headers.get_header("Content-Type") if record.http_headers else None
                status = record.http_headers.get_statuscode() if record.http_headers else None
                if record.rec_headers.get_header("WARC-Truncated") or getattr(record.raw_stream, "limit", 0) > 0:
                    yield Failure(absolute, where, f"{where} ({uri}): truncated WARC record; skipped")
                    continue
                if status and not status.startswith("2"):
                    yield Failure(absolute, where, f"{where} ({uri}): HTTP status {status}, not a page; skipped")
                    continue
                if not ctype or "html" not in ctype.lower():
                    yield Failure(absolute, where, f"{where} ({uri}): not an HTML record ({ctype or 'no type'}); "
                                  "skipped")
                    continue
                if len(payload) > size_limit(max_bytes, True):
                    limit = size_limit(max_bytes, True)
                    yield Failure(absolute, where, str(too_large(uri or where, f"more than {limit}", max_bytes, True,
                                                                 RAISE_FLAG)))
                    continue
                yield Item(input=absolute, where=where, id=uri, data=payload, kind="html", url=uri,
                           fallback_date=warc_date, max_bytes=max_bytes, or_raise=RAISE_FLAG)
            end = (it.get_record_offset() or 0) + (it.get_record_length() or 0)
            size = os.path.getsize(path)
            if size - end > 4:  # bytes left that no complete record covers: a cut-off gzip member
                where = f"record at byte {end}"
                yield Failure(absolute, where, f"{where}: truncated WARC record; skipped")
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        where = f"after byte {offset}"
        yield Failure(absolute, where, f"{where}: truncated or damaged WARC data ({str(exc).splitlines()[0]}); "
                      "the rest of the file is skipped")

