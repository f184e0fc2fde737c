"""A labelled check of chains (via): recall and precision of the links in the attributions of
benchmarks/chaindev/labels.json (texts read from ../shared/data, never copied; sentences of our own).

    python benchmarks/chain_check.py [--data ../shared/data] [--json] [--show]

Each text is analysed with its date and its publisher where the corpus gives them (the article's
own outlet is no link). Each item names a sentence (corpus, document, an offset inside it) and the links expected in the
chain of the attribution there (alternative names joined by |; none for a sentence that should
carry no link). The attributions of that sentence are those whose content, cue or source lies in
it. A gold link is found when one of its names equals or contains (or is contained in) the name,
the span text or an alias of a predicted link; a predicted link that matches no gold link of its
sentence is a false alarm. Shared scorer convention (shared/eval/score.py): a link counts only in
`via`; we do not give it the reverse reading credit here.

The groups `families`, `families lang=…` and `family=…` score benchmarks/chaindev/families.json:
sentences of our own by family of chain (an outlet told, a show, a document held, the one cited,
the outlet quoting, a chain carried on, nested speech, none), each text analysed alone; an item's
`at` limits it to the attributions of one sentence, its `also` names links that are neither
required nor wrong. They stay out of `all`, so that `all` remains comparable across sessions.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent / "chaindev"


#: the publisher of each corpus's texts, or how to find it (PolNeAR: the file name's outlet)
_PUBLISHERS = {"de-news-quotes": "Wikinews", "10kgnad": "DER STANDARD (derstandard.at)"}
_POLNEAR_OUTLETS = {"breitbart": "Breitbart", "huff-post": "The Huffington Post", "nyt": "The New York Times", "politico": "Politico",
                    "usa-today": "USA Today", "wash-post": "The Washington Post", "west-journal": "Western Journalism"}


def _curated_publisher(meta: dict[str, Any]) -> str | None:
    """The outlet of a curated article: its publisher's name before any note in brackets, or the
    host of its address when the publisher field describes the text ('dpa/lno text as served
    under a welt.de URL')."""
    name = re.split(r"\s+\(", meta.get("publisher") or "")[0].strip()
    if name and len(name.split()) <= 4:
        return _POLNEAR_OUTLETS.get(name, name)
    host = re.match(r"https?://(?:www\.)?([^/]+)", meta.get("url") or "")
    return host.group(1) if host else None


def _texts(data: Path, items: list[dict[str, Any]]) -> dict[tuple[str, str], tuple[str, str | None, str | None, str | None]]:
    """(corpus, doc) -> (text, date, language, publisher)."""
    from sourcetrace.eval.denews import doc_date

    out: dict[tuple[str, str], tuple[str, str | None, str | None, str | None]] = {}
    need = {(i["corpus"], i["doc"]) for i in items}
    rows: list[list[str]] | None = None
    denews: dict[str, dict[str, Any]] = {}
    for corpus, doc in sorted(need):
        if corpus == "articles-curated":
            meta = json.loads((data / corpus / f"{doc}.meta.json").read_text(encoding="utf-8"))
            m = re.match(r"\d{4}-\d{2}(?:-\d{2})?", meta.get("date") or "")
            out[(corpus, doc)] = ((data / corpus / f"{doc}.txt").read_text(encoding="utf-8"), m.group(0) if m else None, meta.get("language"),
                                  _curated_publisher(meta))
        elif corpus == "de-news-quotes":
            split = doc.split(":")[0]
            if split not in denews:
                for line in (data / corpus / f"{split}.jsonl").open(encoding="utf-8"):
                    art = json.loads(line)
                    denews[f"{split}:{art['documentName'].split(' ')[0]}"] = art
            art = denews[doc]
            out[(corpus, doc)] = (art["originalText"], doc_date(art["documentName"]), "de", _PUBLISHERS[corpus])
        elif corpus == "polnear":
            out[(corpus, doc)] = ((data / corpus / "data" / doc.split("/")[0] / "text" / f"{doc.split('/')[1]}.txt").read_text(encoding="utf-8"), None, "en",
                                  _POLNEAR_OUTLETS.get(doc.split("/")[1].split("_")[0]))
        elif corpus == "10kgnad":
            if rows is None:
                with (data / corpus / "test.csv").open(encoding="utf-8", newline="") as f:
                    rows = list(csv.reader(f, delimiter=";", quotechar="'"))
            out[(corpus, doc)] = (rows[int(doc.split(":")[1])][1], None, "de", _PUBLISHERS[corpus])
        else:
            raise SystemExit(f"unknown corpus {corpus!r} in {HERE / 'labels.json'}")
    return out


def _names(doc: Any, v: Any) -> list[str]:
    src = next((s for s in doc.sources if s.id == v.source), None)
    return [n for n in [v.name, doc.span_text(v.span) if v.span else "", *(src.aliases if src else [])] if n]


def _match(gold: str, names: list[str]) -> bool:
    for alt in gold.split("|"):
        a = alt.casefold().strip()
        for n in names:
            b = n.casefold().strip(" «»„“\"'.,")
            if len(b) >= 2 and (a == b or (len(a) >= 3 and a in b) or (len(b) >= 3 and b in a)):
                return True
    return False


def score_item(doc: Any, at: int | None, gold: list[str], also: list[str] | None = None) -> tuple[int, int, int, list[str]]:
    """(gold links found, predicted links, predicted links that match, predicted names) for the
    sentence around `at`, or the whole text when `at` is None; a predicted link that matches one
    of `also` (neither required nor wrong) is left out."""
    from sourcetrace.document import Span

    if at is None:
        sent: Any = Span(0, len(doc.text))
    else:
        sent = next((s.span for s in doc.sentences if s.span.start <= at < s.span.end), None)
    atts = []
    if sent is not None:
        for a in doc.attributions:
            spans = [*a.content, *(x for x in (a.cue, a.source_span) if x is not None)]
            if any(sp.start < sent.end and sent.start < sp.end for sp in spans):
                atts.append(a)
    pred: list[list[str]] = []
    for a in atts:
        for v in a.via:
            names = _names(doc, v)
            if names not in pred and not any(_match(g, names) for g in also or []):
                pred.append(names)
    found = sum(1 for g in gold if any(_match(g, p) for p in pred))
    right = sum(1 for p in pred if any(_match(g, p) for g in gold))
    return found, len(pred), right, [p[0] for p in pred]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="print every item with what was predicted")
    args = ap.parse_args(argv)
    from sourcetrace import analyze

    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    if not args.data.is_dir():
        print(f"no shared data at {args.data}; only our own sentences are scored", file=sys.stderr)
        labels["items"] = []
    texts = _texts(args.data, labels["items"])
    docs = {k: analyze(t, date=d, lang=lang, publisher=pub) for k, (t, d, lang, pub) in texts.items()}
    groups: dict[str, list[int]] = {}

    def add(group: str, found: int, gold: int, pred: int, right: int) -> None:
        g = groups.setdefault(group, [0, 0, 0, 0])
        for k, x in enumerate((found, gold, pred, right)):
            g[k] += x

    for it in labels["items"]:
        doc = docs[(it["corpus"], it["doc"])]
        found, npred, right, names = score_item(doc, it["at"], it["via"])
        lang = texts[(it["corpus"], it["doc"])][2] or "?"
        for g in ("all", f"lang={lang}", f"corpus={it['corpus']}"):
            add(g, found, len(it["via"]), npred, right)
        if args.show:
            print(f"{it['corpus']}/{it['doc']}@{it['at']}: gold {it['via']} predicted {names}")
    for s in labels["sentences"]:
        doc = analyze(s["text"], date="2024-06-01", lang=s["lang"])
        found, npred, right, names = score_item(doc, None, s["via"])
        for g in ("all", f"lang={s['lang']}", "corpus=own sentences"):
            add(g, found, len(s["via"]), npred, right)
        if args.show:
            print(f"own/{s['lang']}: gold {s['via']} predicted {names}")
    families = json.loads((HERE / "families.json").read_text(encoding="utf-8"))
    for s in families["sentences"]:
        doc = analyze(s["text"], date="2024-06-01", lang=s["lang"])
        at = s["text"].index(s["at"]) if s.get("at") else None
        found, npred, right, names = score_item(doc, at, s["via"], s.get("also"))
        for g in ("families", f"families lang={s['lang']}", f"family={s['family']}"):
            add(g, found, len(s["via"]), npred, right)
        if args.show:
            print(f"family {s['family']}/{s['lang']}: {s['text'][:60]!r} gold {s['via']} predicted {names}")
    out = {g: {"gold": v[1], "found": v[0], "predicted": v[2], "right": v[3],
               "recall": round(v[0] / v[1], 3) if v[1] else None, "precision": round(v[3] / v[2], 3) if v[2] else None}
           for g, v in groups.items()}
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        print(f"{'group':28} {'gold':>5} {'found':>6} {'recall':>7} {'pred':>5} {'right':>6} {'precision':>9}")
        for g, r in out.items():
            print(f"{g:28} {r['gold']:5} {r['found']:6} {r['recall'] if r['recall'] is not None else '-':>7} "
                  f"{r['predicted']:5} {r['right']:6} {r['precision'] if r['precision'] is not None else '-':>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
