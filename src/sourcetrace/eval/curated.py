"""`sourcetrace eval curated`: the curated real articles (`shared/data/articles-curated`) that carry
gold annotations, scored with the shared scorer (`shared/eval/score.py`).

Each article is analysed with the date from its `.meta.json`. Its gold comes from the corpus it
was taken from and is converted to the scorer's format (`shared/eval/FORMAT.md`) in a temporary
folder, never stored in the project:

- de-news-quotes articles: the quotations of the same document, shifted by `body_char_offset`
  (types map to modes as in `shared/eval/denews_to_gold.py`; thoughts are not required);
- PolNeAR articles: the attributions of the named `.ann` file (mode `direct` when the content is
  a quotation, `according_to` for "according to", else `indirect`).

Neither corpus annotates chains (via), so the chain recall cannot be measured here. The sources
layer is derived from the gold speakers: one source per distinct name (a name whose words lie
inside another's is the same source); pronouns and bare descriptions name nobody and are left
out. It is an approximation of a hand-made source list.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from ..api import analyze
from ..errors import Errors, InputError
from ..writers.json import dumps
from .polnear import read_ann

_DENEWS_MODES = {"Direct": "direct", "Indirect": "indirect", "Reported": "indirect",
                 "IndirectFreeIndirect": "continuation", "FreeIndirect": "continuation"}
#: words that name nobody on their own (pronouns, bare role nouns are kept: "the spokesman")
_PRONOUNS = frozenset(
    ["er", "sie", "es", "ihr", "wir", "ich", "man", "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "this", "that", "who", "which", "dieser", "diese", "dieses", "der", "die", "das"]
)


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _denews_gold(root: Path, meta: dict[str, Any], text: str) -> list[dict[str, Any]]:
    m = re.search(r'documentName "(.+)"', meta["source_id"])
    if m is None:
        raise InputError(Errors.E030.format(path=meta["source_id"]))
    path = root / "de-news-quotes" / f"{meta['split']}.jsonl"
    if not path.exists():
        raise InputError(Errors.E030.format(path=path))
    off = int(meta["body_char_offset"])
    with path.open(encoding="utf-8") as f:
        doc = next((d for d in map(json.loads, f) if d["documentName"] == m.group(1)), None)
    if doc is None:
        raise InputError(Errors.E030.format(path=f"{path} ({m.group(1)})"))
    return denews_attributions(doc, text, off)


def denews_attributions(doc: dict[str, Any], text: str, off: int = 0) -> list[dict[str, Any]]:
    """A de-news-quotes document's quotations as gold attributions of `shared/eval/FORMAT.md`
    (as `shared/eval/denews_to_gold.py` writes them), its offsets shifted by `off`."""
    out = []
    for a in doc["annotations"]:
        content = [_span(text, s["charBegin"] + off, s["charEnd"] + off) for s in a["quote"].get("spans", [])]
        if not content:
            continue
        src = [_span(text, s["charBegin"] + off, s["charEnd"] + off) for s in a["speaker"].get("spans", [])]
        cue = [_span(text, s["charBegin"] + off, s["charEnd"] + off) for s in a["cue"].get("spans", [])]
        out.append({
            "required": a.get("medium") != "Thought", "mode": _DENEWS_MODES.get(a["type"], "indirect"),
            "source": src[0] if src else None, "source_aliases": [a["speaker"]["text"]] if a["speaker"].get("text") else [],
            "cue": cue[0] if cue else None, "content": content, "via": [],
        })
    return out


def _polnear_gold(root: Path, meta: dict[str, Any], text: str) -> list[dict[str, Any]]:
    rel = meta["gold_attributions"][0].removeprefix("shared/data/")
    path = root / rel
    if not path.exists():
        raise InputError(Errors.E030.format(path=path))
    out = []
    for a in read_ann(path):
        content = [_span(text, sp.start, sp.end) for sp in a["content"]]
        src = [_span(text, sp.start, sp.end) for sp in a.get("source", [])]
        cue = [_span(text, sp.start, sp.end) for sp in a.get("cue", [])]
        first = text[content[0]["start"] : content[0]["start"] + 1] if content else ""
        cue_text = " ".join(c["text"] for c in cue).lower()
        mode = "direct" if first in "\"“‘'" and first else ("according_to" if cue_text.startswith("according") else "indirect")
        out.append({
            "required": True, "mode": mode, "source": src[0] if src else None,
            "source_aliases": [" ".join(s["text"] for s in src)] if src else [],
            "cue": cue[0] if cue else None, "content": content, "via": [],
        })
    return out


def _gold_sources(atts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One source per distinct gold speaker name (see the module docstring)."""
    names: list[str] = []
    for a in atts:
        if not a["required"]:
            continue
        for n in a["source_aliases"]:
            n = re.sub(r"^(?:der|die|das|den|dem|des|the)\s+", "", n.strip(), flags=re.I)
            words = re.findall(r"\w+", n)
            if not words or all(w.lower() in _PRONOUNS for w in words) or not any(w[:1].isupper() for w in words):
                continue
            names.append(n)
    groups: list[list[str]] = []
    for n in sorted(set(names), key=lambda n: (-len(n), n)):
        ws = {w.lower() for w in re.findall(r"\w+", n)}
        g = next((g for g in groups if ws <= {w.lower() for w in re.findall(r"\w+", g[0])}), None)
        if g is None:
            groups.append([n])
        else:
            g.append(n)
    return [{"name": g[0], "aliases": g[1:], "required": True} for g in groups]


def curated_articles(root: Path) -> list[tuple[Path, dict[str, Any]]]:
    base = root / "articles-curated"
    if not base.exists():
        raise InputError(Errors.E030.format(path=base))
    out = []
    for mp in sorted(base.glob("*.meta.json")):
        meta = json.loads(mp.read_text(encoding="utf-8"))
        if meta.get("gold_annotations") or meta.get("gold_attributions"):
            out.append((mp.with_name(mp.name.removesuffix(".meta.json") + ".txt"), meta))
    return out


def article_date(meta: dict[str, Any]) -> str | None:
    """The leading ISO date of a `.meta.json` "date" ("2017-11-15 (approx., event date)" gives
    2017-11-15, "2015-06/2016-05" gives 2015-06), or None."""
    m = re.match(r"\d{4}(?:-\d\d){0,2}", meta.get("date") or "")
    return m.group(0) if m else None


def analysed(source: str | bytes, name: str, date: str | None, conventions: str = "seed") -> dict[str, Any]:
    """The analysis JSON of one article (what `sourcetrace analyze --json` writes), as a dict;
    `conventions` as in `api.default_pipeline`."""
    result: dict[str, Any] = json.loads(dumps(analyze(source, name=name, date=date, conventions=conventions)))
    return result


def write_scored(folder: Path, name: str, text: str, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """NAME.txt, NAME.gold.json and NAME.json in `folder`, as `score.py --dir` reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")


def scorer_module(scorer: Path) -> ModuleType:
    """The shared scorer (`shared/eval/score.py`) imported as a module, for its matchers."""
    spec = importlib.util.spec_from_file_location("shared_score", scorer)
    if spec is None or spec.loader is None:
        raise InputError(Errors.E030.format(path=scorer))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def shared_scores(gold_dir: Path, scorer: Path) -> dict[str, Any]:
    """`score.py --dir` over NAME.gold.json + NAME.txt + NAME.json in one folder."""
    run = subprocess.run([sys.executable, str(scorer), "--dir", str(gold_dir), str(gold_dir), "--json"],
                         capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def evaluate(root: Path, *, limit: int = 0, keep: Path | None = None) -> dict[str, Any]:
    """Score the curated articles with gold; `keep` writes gold and predictions there."""
    arts = curated_articles(root)
    if limit:
        arts = arts[:limit]
    res: dict[str, Any] = {
        "corpus": f"articles-curated with gold ({len(arts)} articles: "
                  + ", ".join(p.stem for p, _ in arts) + ")",
        "metric": "shared/eval/score.py (strict names); sources derived from the gold speakers",
    }
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp)
        for lang_ in ("de", "en"):
            (out / lang_).mkdir(parents=True, exist_ok=True)
        for path, meta in arts:
            text = path.read_text(encoding="utf-8")
            atts = _denews_gold(root, meta, text) if meta.get("gold_annotations") else _polnear_gold(root, meta, text)
            gold = {"language": meta["language"], "date": meta["date"], "attributions": atts, "sources": _gold_sources(atts)}
            # a gold derived from a corpus is scored against the analysis in that corpus' conventions
            pred = analysed(path.read_bytes(), str(path), meta["date"], "denews" if meta.get("gold_annotations") else "polnear")
            write_scored(out / meta["language"], path.stem, text, gold, pred)
        scorer = root.parent / "eval" / "score.py"
        for lang_ in ("de", "en"):
            d = out / lang_
            if not any(d.glob("*.gold.json")):
                continue
            scores = shared_scores(d, scorer)
            res[lang_] = {k: scores[k] for k in ("attr_content", "attr_full", "sources", "attr_recall_by_mode")}
    return res
