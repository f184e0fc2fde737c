"""`sourcetrace eval krauts`: temporal expressions on KRAUTS (German news, TIMEX3), TempEval-3
style: strict extent F1 (identical span), relaxed extent F1 (overlap), and value F1 = relaxed F1 ×
value accuracy on the matched pairs — the same definition the corpus README uses for HeidelTime,
whose shipped output is scored here by the same matcher, side by side."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from ..api import analyze
from ..errors import Errors, InputError
from .metrics import prf

SUBSETS = ("KRAUTS_Dolomiten-42", "KRAUTS_Dolomiten-100", "KRAUTS_DieZeit")
_TIMEX = re.compile(r"<TIMEX3\b([^>]*?)(/>|>(.*?)</TIMEX3>)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(raw: str) -> tuple[str, str, list[tuple[int, int, str, str]]]:
    """(dct, text, [(start, end, type, value)]) with offsets into the tag-free TEXT."""
    dct_m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    dct = dct_m.group(1)[:10] if dct_m else "2000-01-01"
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    out: list[tuple[int, int, str, str]] = []
    text_parts: list[str] = []
    pos = 0
    length = 0
    for m in _TIMEX.finditer(body):
        before = re.sub(r"<[^>]+>", "", body[pos : m.start()])
        text_parts.append(before)
        length += len(before)
        attrs = dict(_ATTR.findall(m.group(1)))
        inner = re.sub(r"<[^>]+>", "", m.group(3) or "")
        if inner:
            out.append((length, length + len(inner), attrs.get("type", ""), attrs.get("value", "")))
        text_parts.append(inner)
        length += len(inner)
        pos = m.end()
    text_parts.append(re.sub(r"<[^>]+>", "", body[pos:]))
    text = "".join(text_parts)
    import html

    # entities would shift offsets: only unescape when the text has none
    if "&" in text and html.unescape(text) != text:
        pass
    return dct, text, out


def _norm(v: str) -> str:
    return re.sub(r"T(\d{1,2})\.(\d\d)", lambda m: f"T{int(m.group(1)):02d}:{m.group(2)}", v).replace("T8:", "T08:").upper()


def _match(gold: list[tuple[int, int, str, str]], sys_t: list[tuple[int, int, str, str]], acc: list[int]) -> None:
    """Adds one document to `acc` (strict tp, relaxed tp, value ok, n_sys, n_gold): each gold
    expression takes the first unused overlapping system expression, an identical span first."""
    used: set[int] = set()
    for gs, ge, _gt, gv in gold:
        best = None
        for k, (ss, se, _st, _sv) in enumerate(sys_t):
            if k in used or not (ss < ge and gs < se):
                continue
            if best is None or (ss == gs and se == ge):
                best = k
        if best is None:
            continue
        used.add(best)
        ss, se, _st, sv = sys_t[best]
        acc[0] += ss == gs and se == ge
        acc[1] += 1
        acc[2] += _norm(sv) == _norm(gv)
    acc[3] += len(sys_t)
    acc[4] += len(gold)


def evaluate(root: Path, *, limit: int = 0) -> dict[str, Any]:
    """sourcetrace and HeidelTime (the corpus' shipped output, news mode) scored by the same
    matcher, per subset. Dolomiten-42 is the subset the rules were not developed on."""
    if not root.exists():
        raise InputError(Errors.E030.format(path=root))
    res: dict[str, Any] = {"corpus": "KRAUTS (192 German news articles, all three subsets)",
                           "metric": "TempEval-3 style: strict/relaxed extent F1; value F1 = relaxed F1 x value accuracy",
                           "development": "rules developed on errors of Dolomiten-100 and DieZeit; Dolomiten-42 held out"}
    total = [0, 0, 0, 0, 0]  # strict tp, relaxed tp, value ok, n_sys, n_gold
    total_ht = [0, 0, 0, 0, 0]
    t0 = time.perf_counter()
    n_docs = 0
    for sub in SUBSETS:
        files = sorted((root / sub).glob("*.tml"))
        if limit:
            files = files[:limit]
        acc = [0, 0, 0, 0, 0]
        acc_ht = [0, 0, 0, 0, 0]
        for f in files:
            dct, text, gold = parse_tml(f.read_text(encoding="utf-8"))
            if not text.strip():
                continue
            n_docs += 1
            doc = analyze(text, date=dct, lang="de")
            _match(gold, [(t.span.start, t.span.end, t.type, t.value) for t in doc.timexes], acc)
            ht_file = root / f"{sub}_Heideltime" / f.name
            if ht_file.exists():
                _dct, ht_text, ht = parse_tml(ht_file.read_text(encoding="utf-8"))
                if ht_text == text:  # the same text, so the same offsets
                    _match(gold, ht, acc_ht)
        total = [a + b for a, b in zip(total, acc)]
        total_ht = [a + b for a, b in zip(total_ht, acc_ht)]
        res[sub] = {"sourcetrace": _rows(acc), "heideltime": _rows(acc_ht)}
    res["all"] = {"sourcetrace": _rows(total), "heideltime": _rows(total_ht)}
    res["documents"] = n_docs
    res["seconds"] = round(time.perf_counter() - t0, 1)
    return res


def _rows(acc: list[int]) -> dict[str, Any]:
    strict_tp, relaxed_tp, value_ok, n_sys, n_gold = acc
    strict = prf(strict_tp, n_sys - strict_tp, n_gold - strict_tp)
    relaxed = prf(relaxed_tp, n_sys - relaxed_tp, n_gold - relaxed_tp)
    value_acc = value_ok / relaxed_tp if relaxed_tp else 0.0
    return {
        "strict_extent": strict,
        "relaxed_extent": relaxed,
        "value_f1": round(relaxed["f1"] * value_acc, 4),
        "value_accuracy_on_matches": round(value_acc, 4),
    }
