"""`sourcetrace eval dates`: the article date found without `--date`, against the publication
date in `articles-curated/NNN.meta.json`, for every plain text and every raw HTML page the set
points to. A given date is right when it lies within a week of the real one (a month or a year
when the real date falls in it, give or take a week); a date range in the metadata
("2015-06/2016-05", the corpus period) counts the week around the whole range."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from pathlib import Path
from typing import Any

from ..api import analyze
from ..errors import Errors, InputError

_WEEK = dt.timedelta(days=7)


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a date value stands for (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or a range
    `A/B` of those)."""
    if "/" in value:
        a, b = value.split("/", 1)
        pa, pb = _period(a), _period(b)
        return (pa[0], pb[1]) if pa and pb else None
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = dt.date(y, int(m.group(2)), int(m.group(3)))
        return d, d
    if m.group(2):
        mo = int(m.group(2))
        nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
        return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def within_a_week(predicted: str, real: str) -> bool:
    p, r = _period(predicted), _period(real.split(" ")[0])
    if p is None or r is None:
        return False
    return p[0] - _WEEK <= r[1] and r[0] - _WEEK <= p[1]


def evaluate(root: Path, *, limit: int = 0) -> dict[str, Any]:
    """Scores over `articles-curated` (plain texts) and the raw pages behind it (HTML)."""
    curated = root / "articles-curated"
    if not curated.exists():
        raise InputError(Errors.E030.format(path=curated))
    metas = sorted(curated.glob("*.meta.json"))
    if limit:
        metas = metas[:limit]
    rows: dict[str, list[dict[str, Any]]] = {"text": [], "html": []}
    for path in metas:
        meta = json.loads(path.read_text(encoding="utf-8"))
        real = str(meta["date"])
        inputs: list[tuple[str, bytes]] = [("text", path.with_name(path.name.replace(".meta.json", ".txt")).read_bytes())]
        if meta.get("html"):
            page = root.parent.parent / meta["html"]  # "shared/data/…" relative to the folder holding shared/
            if page.exists():
                inputs.append(("html", gzip.decompress(page.read_bytes())))
        for kind, data in inputs:
            try:
                doc = analyze(data, name=meta["id"])
            except InputError as exc:
                rows[kind].append({"id": meta["id"], "real": real, "given": None, "error": str(exc)})
                continue
            value = doc.date.value if doc.date else None
            rows[kind].append({
                "id": meta["id"], "real": real, "given": value,
                "origin": doc.date.origin if doc.date else "unknown",
                "evidence": doc.date.evidence if doc.date else None,
                "ok": bool(value and within_a_week(value, real)),
            })
    res: dict[str, Any] = {
        "corpus": f"shared/data/articles-curated ({len(metas)} articles; meta.json date) and their raw HTML pages",
        "metric": "of the dates given without --date, the share within a week of the real one; coverage = given / all",
    }
    for kind, rs in rows.items():
        given = [r for r in rs if r["given"]]
        ok = sum(1 for r in given if r["ok"])
        res[kind] = {
            "documents": len(rs),
            "dates_given": len(given),
            "within_a_week": ok,
            "precision": round(ok / len(given), 3) if given else None,
            "coverage": round(len(given) / len(rs), 3) if rs else None,
            "wrong": ", ".join(f"{r['id']} {r['given']} (real {r['real']})" for r in given if not r["ok"]) or "none",
        }
    return res
