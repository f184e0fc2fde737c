"""Small articles, pages, JSONL and WARC files for the corpus tests, all written here."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

PEOPLE = ["Anna Berger", "Jonas Keller", "Miriam Vogt", "Lukas Brandt", "Sofia Lang", "Paul Richter"]
TOPICS = ["die neue Brücke", "der Hafen", "das Hallenbad", "die Stadtbahn", "der Marktplatz", "die Schule"]


def article(i: int) -> str:
    """A short German news text, different for every i."""
    who, what = PEOPLE[i % len(PEOPLE)], TOPICS[(i // len(PEOPLE)) % len(TOPICS)]
    return (f"Streit um {what} in Nordstadt ({i})\n\n"
            f"Die Regierung der Stadt will {what} bis 2027 erneuern. {who}, Sprecherin des Bauamts, sagte am "
            f"Montag, die Kosten lägen bei {i + 3} Millionen Euro. Laut Polizei gab es bei der Demonstration "
            f"{i % 7 + 2} Verletzte. Der Verband soll Einspruch erhoben haben, berichtete die Nordstädter Zeitung "
            f"unter Berufung auf interne Unterlagen.\n")


def english(i: int) -> str:
    return (f"Council approves harbour plan ({i})\n\nThe council approved the plan on Tuesday. "
            f"Mayor Ellen Park said the work would cost {i + 2} million dollars, according to the minutes. "
            "Officials reportedly expect delays.\n")


def html_page(title: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="2025-03-04"></head>'
            f"<body><nav><a href='/'>Start</a></nav><article><h1>{title}</h1>{paras}</article>"
            f"<footer>Impressum</footer></body></html>")


def write_jsonl(path: Path, rows: list[dict[str, object] | str]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def warc_bytes(records: list[tuple[str, str, bytes, str]], gz: bool = False) -> bytes:
    """A WARC of response records (uri, content type, body, HTTP status line)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for uri, ctype, body, status in records:
        hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=hh,
                                   warc_headers_dict={"WARC-Date": "2025-05-06T10:00:00Z"})
        w.write_record(rec)
    return buf.getvalue()


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)
