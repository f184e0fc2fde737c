"""Attributions on real articles, in the style of the hidden benchmark of issue 7: our own labels
of curated articles that carry no attribution gold (benchmarks/attrdev/labels.json: offsets and
names only; the texts are read from ../shared/data, never copied), scored with the shared scorer
(shared/eval/score.py) as `sourcetrace eval curated` does it: each article analysed with the date
of its `.meta.json`, gold and predictions written in the scorer's format to a temporary folder and
`score.py --dir` run over it, per split and language.

    python benchmarks/attr_check.py [--data ../shared/data] [--split dev|held-out|dev2|…|held-out7|dev8|held-out8|held-out9|dev10|held-out10|held-out11|held-out12|held-out13|held-out14|held-out15|held-out16|held-out17|held-out18|held-out19|held-out20|held-out21|held-out22|held-out23|held-out24|held-out25|held-out26|held-out27|held-out28|held-out29|held-out30|held-out31|held-out32|all] [--lang de|en] [--json] [--show] [--validate]

Each set is a pair of files in attrdev/: `articles.tsv` with `labels.json` (first and second sets:
dev, held-out, dev2, held-out2), then `articlesN.tsv` with `labelsN.json` for the N-th set (splits
`devN` and `held-outN` for the third, fourth and fifth; the sixth and seventh are held out whole:
`held-out6`, `held-out7` only; the eighth is all dev: `dev8` only; the ninth is held out whole as
`held-out8`, the first free held-out name; the tenth as `held-out9`; the eleventh is all dev: `dev10`;
the twelfth is held out whole as `held-out10`, the thirteenth as `held-out11`, the fourteenth as `held-out12`, the
fifteenth as `held-out13`, the sixteenth as `held-out14`, the seventeenth as `held-out15`, the eighteenth as
`held-out16`, the nineteenth as `held-out17`, the twentieth as `held-out18`, the twenty-first as `held-out19`, the
twenty-second as `held-out20`, the twenty-third as `held-out21`, the twenty-fourth as `held-out22`, the twenty-fifth as `held-out23`, the twenty-sixth as `held-out24`, the twenty-seventh as `held-out25`, the twenty-eighth as `held-out26`, the twenty-ninth as `held-out27`, the thirtieth as `held-out28`, the thirty-first as `held-out29`, the thirty-second as `held-out30`, the thirty-third as `held-out31`, the thirty-fourth as `held-out32`). `--split all`
takes every split but those of NOT_IN_ALL (a fresh held-out set until the session lead has read it, reached only by
its name; now held-out32, made in session 40: held-out8 was read in session 16, held-out9 to held-out31 at the ends
of sessions 17 to 39). The later sets
read their texts from corpora through `corpus_text`: `aeb` (scrapinghub-aeb's ground-truth
`articleBody`, the date from the page URL), `10kgnad` (a row of 10kGNAD's test.csv, no date) and
`10kgnad-train` (a row of its train.csv, read the same way, for when that file is brought to
../shared/data; no set uses it yet), `polnear` (a PolNeAR article text by its file name, the date
from PolNeAR's metadata.tsv; its annotations are not read) and `trafi` (a trafilatura-eval page by its
`file` name: trafilatura's plain text with fixed options and the page title as line 1, dated by
trafilatura's metadata; see `trafi_page`).

`--validate` checks the chosen articles' labels against their texts (sha256, offsets, names) and prints
their counts (labels, required, modes, sources, chain links) without running sourcetrace or the scorer:
the one run a labeller makes on a held-out split.

`--show` lists per article the misses (a required label that no predicted content matches, with
the prediction that overlaps it most), the false alarms (a predicted attribution that matches no label), the wrong sources and the missed
chain links, each with the rule of the prediction. Without the shared data (or its scorer) the
check prints why on stderr and exits 0: there is nothing to measure. Exit 1: a labelled article's
text differs from the one the labels were made on (its sha256 in labels.json).
"""

from __future__ import annotations

import argparse
import csv
import functools
import gzip
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).parent / "attrdev"
KEYS = ("attr_content", "attr_full", "sources", "attr_via_recall", "attr_recall_by_mode")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


# articlesN.tsv + labelsN.json, and the splits each set has: devN and held-outN, or only held-outN
# for a set that is held out whole (the sixth, the seventh), or only devN for a set that is all dev (the
# eighth); the ninth, held out whole, is `held-out8` (held-out9 would skip a name: the eighth had none), the
# tenth `held-out9`, the eleventh (all dev, English PolNeAR texts) `dev10`, the twelfth (held out whole)
# `held-out10`, the thirteenth (held out whole) `held-out11`, the fourteenth (held out whole) `held-out12`, the
# fifteenth (held out whole) `held-out13`, the sixteenth (held out whole) `held-out14`, the seventeenth (held out
# whole) `held-out15`, the eighteenth (held out whole) `held-out16`, the nineteenth (held out whole) `held-out17`,
# the twentieth (held out whole) `held-out18`, the twenty-first (held out whole) `held-out19`, the twenty-second
# (held out whole) `held-out20`, the twenty-third (held out whole, trafilatura-eval pages) `held-out21`, the
# twenty-fourth (held out whole, trafilatura-eval pages) `held-out22`, the twenty-fifth (held out whole: trafilatura-eval
# pages, PolNeAR train articles and DER STANDARD rows) `held-out23`, the twenty-sixth (held out whole: PolNeAR train
# articles and DER STANDARD rows) `held-out24`, the twenty-seventh (held out whole: PolNeAR train articles and DER
# STANDARD rows) `held-out25`, the twenty-eighth (held out whole: PolNeAR train articles and DER STANDARD rows)
# `held-out26`, the twenty-ninth (held out whole: PolNeAR train articles and DER STANDARD rows) `held-out27`, the
# thirtieth (held out whole: PolNeAR train articles and DER STANDARD rows) `held-out28`, the thirty-first (held out whole:
# PolNeAR train articles and DER STANDARD rows) `held-out29`, the thirty-second (held out whole: PolNeAR train articles
# and DER STANDARD rows) `held-out30`, the thirty-third (held out whole: PolNeAR train and dev articles and DER STANDARD
# rows) `held-out31`, the thirty-fourth (held out whole: PolNeAR train and dev articles and DER STANDARD rows)
# `held-out32`
LATER_SETS: dict[int, tuple[str, ...]] = {3: ("dev3", "held-out3"), 4: ("dev4", "held-out4"), 5: ("dev5", "held-out5"),
                                          6: ("held-out6",), 7: ("held-out7",), 8: ("dev8",), 9: ("held-out8",),
                                          10: ("held-out9",), 11: ("dev10",), 12: ("held-out10",),
                                          13: ("held-out11",), 14: ("held-out12",), 15: ("held-out13",),
                                          16: ("held-out14",), 17: ("held-out15",),
                                          18: ("held-out16",), 19: ("held-out17",),
                                          20: ("held-out18",), 21: ("held-out19",),
                                          22: ("held-out20",), 23: ("held-out21",),
                                          24: ("held-out22",), 25: ("held-out23",),
                                          26: ("held-out24",), 27: ("held-out25",),
                                          28: ("held-out26",), 29: ("held-out27",),
                                          30: ("held-out28",), 31: ("held-out29",),
                                          32: ("held-out30",), 33: ("held-out31",),
                                          34: ("held-out32",)}
SETS = (("articles.tsv", "labels.json"), *((f"articles{n}.tsv", f"labels{n}.json") for n in LATER_SETS))
SPLITS = ("dev", "held-out", "dev2", "held-out2", *(s for kinds in LATER_SETS.values() for s in kinds))
# splits that `--split all` leaves out: a held-out set still unread, reached only by its name, so that
# the identity checks that run `--split all` never analyse it (as facts_check.NOT_IN_ALL)
NOT_IN_ALL: tuple[str, ...] = ("held-out32",)  # session 40's fresh set, until the lead has read it (held-out31 is in `all`)
# PolNeAR's folders (compartments) of article texts, as metadata.tsv names them
POLNEAR_COMPARTMENTS = ("train", "dev", "test", "annotator-training")
# the 10kGNAD files a corpus key reads (same csv format: `;`, quote `'`, columns label and text)
GNAD_FILES = {"10kgnad": "test.csv", "10kgnad-train": "train.csv"}
# a date in a page URL: /2019/11/19/, /2019/11/, /2019-11-19/, -2019-11-19 (then / - . or the end)
URL_DATE = re.compile(r"[/-]((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/.-]|$)")


def chosen(row: dict[str, str], split: str, lang: str | None) -> bool:
    """Whether `--split split --lang lang` takes the article of this row of articles*.tsv: its own
    split by name, `all` every split but those of NOT_IN_ALL."""
    in_split = split == row["split"] or (split == "all" and row["split"] not in NOT_IN_ALL)
    return in_split and lang in (None, row["language"])


def url_date(url: str) -> str | None:
    """The first date written in a URL's path, ISO (day or month), or None."""
    m = URL_DATE.search(url.split("?")[0])
    return "-".join(g for g in m.groups() if g) if m else None


@functools.cache
def _aeb(path: Path) -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return entries


@functools.cache
def _polnear_meta(path: Path) -> dict[str, dict[str, str]]:
    return {r["filename"]: r for r in read_tsv(path)}


@functools.cache
def _trafi_urls(path: Path) -> dict[str, str]:
    return {a["file"]: a.get("url") or "" for a in json.loads(path.read_text(encoding="utf-8"))}


# the fixed options of corpus `trafi`: plain text of the main content, no reader comments, no tables
# (a table's cells come out as loose lines that are no sentences), no links, images or formatting, no
# metadata block; trafilatura's own defaults otherwise (no precision/recall bias, no deduplication)
TRAFI_OPTIONS: dict[str, Any] = {"output_format": "txt", "include_comments": False, "include_tables": False,
                                 "include_links": False, "include_images": False, "include_formatting": False,
                                 "with_metadata": False}
# the date of corpus `trafi`: the page's own date (markup, JSON-LD, URL) as htmldate finds it without its
# extensive search, which also guesses from any date in the text (a copyright year becomes 1 January)
TRAFI_DATE = {"original_date": True, "extensive_search": False}


def _trafi_metadata(html: str, url: str | None) -> tuple[Any, str | None]:
    """trafilatura's metadata of a page and its date (TRAFI_DATE) as YYYY-MM-DD, or YYYY-MM when the
    page names only a month: htmldate fills a month alone ("2025-05") with the day the check runs; the
    reader's `stated_date` keeps such a date that month, on any day."""
    import trafilatura
    from trafilatura.utils import load_html

    from sourcetrace.readers.html import stated_date

    tree = load_html(html)
    if tree is None:
        return trafilatura.extract_metadata(html, default_url=url or None, date_config=dict(TRAFI_DATE)), None
    meta = trafilatura.extract_metadata(tree, default_url=url or None, date_config=dict(TRAFI_DATE))
    date = (meta.date or "")[:10] or None
    return meta, stated_date(tree, date, html=html, url=meta.url, params=TRAFI_DATE)


def trafi_page(html: str, url: str | None) -> tuple[str, str | None]:
    """The text and date of one decoded trafilatura-eval page (corpus `trafi`): the title that
    trafilatura's metadata gives (if any, its white space collapsed) as line 1, then what
    `trafilatura.extract` returns with TRAFI_OPTIONS (the title not doubled when the text's first line is
    the title already); the date is the metadata's (TRAFI_DATE) as YYYY-MM-DD, YYYY-MM for a page that
    names only a month (`_trafi_metadata`), or None."""
    import trafilatura

    meta, date = _trafi_metadata(html, url)
    body = trafilatura.extract(html, **TRAFI_OPTIONS) or ""
    title = " ".join((meta.title or "").split())
    if not title or body.split("\n", 1)[0].strip() == title:  # a headline the body opens with is not doubled
        return body, date
    return f"{title}\n{body}", date


@functools.cache
def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=";", quotechar="'"))


def corpus_text(data: Path, corpus: str, key: str) -> tuple[str, str | None]:
    """The text and date (or None) of one article of the later sets: corpus `aeb` =
    scrapinghub-aeb/ground-truth.json[key]["articleBody"], dated by its URL; corpus `10kgnad`
    (`10kgnad-train`) = the text column of row `key` (0-based) of 10kgnad/test.csv (train.csv), undated;
    corpus `polnear` = polnear/data/<compartment>/text/<key>.txt (key: the file name without `.txt`, its
    headline line included), dated by its `publication_date` in polnear/data/metadata.tsv. PolNeAR's own
    annotations are never read here. Corpus `trafi` = the page trafilatura-eval/<key> (key: the `file` of
    its annotations.json, `html/<name>.gz`), decoded by trafilatura and read by `trafi_page` with the URL
    annotations.json gives."""
    if corpus == "aeb":
        entry = _aeb(data / "scrapinghub-aeb" / "ground-truth.json")[key]
        return entry["articleBody"], url_date(entry.get("url") or "")
    if corpus in GNAD_FILES:
        return _csv_rows(data / "10kgnad" / GNAD_FILES[corpus])[int(key)][1], None
    if corpus == "polnear":
        meta = _polnear_meta(data / "polnear" / "data" / "metadata.tsv")[key]
        if meta["compartment"] not in POLNEAR_COMPARTMENTS:
            raise ValueError(f"polnear {key!r}: no text in compartment {meta['compartment']!r}")
        path = data / "polnear" / "data" / meta["compartment"] / "text" / f"{key}.txt"
        return path.read_text(encoding="utf-8"), meta["publication_date"] or None
    if corpus == "trafi":
        from trafilatura.utils import decode_file

        root = data / "trafilatura-eval"
        raw = gzip.decompress((root / key).read_bytes())
        return trafi_page(decode_file(raw), _trafi_urls(root / "annotations.json").get(key))
    raise ValueError(f"unknown corpus {corpus!r}")


def article_text(data: Path, row: dict[str, str]) -> tuple[str, str | None, str]:
    """Text, date and a name for messages of one row of articles.tsv / articlesN.tsv."""
    if row.get("corpus"):
        text, date = corpus_text(data, row["corpus"], row["key"])
        return text, date, f"{row['corpus']} {row['key']}"
    from sourcetrace.eval.curated import article_date

    base = data / "articles-curated" / row["article"]
    meta = json.loads(base.with_suffix(".meta.json").read_text(encoding="utf-8"))
    return base.with_suffix(".txt").read_text(encoding="utf-8"), article_date(meta), str(base.with_suffix(".txt"))


def _span(text: str, se: list[int] | None) -> dict[str, Any] | None:
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]} if se else None


def gold_of(entry: dict[str, Any], text: str, date: str | None) -> dict[str, Any]:
    """One article's labels (labels.json) as a gold file of shared/eval/FORMAT.md: spans with
    their text, the speaker's and the chain links' names looked up in the article's source list."""
    names = {s["name"]: s for s in entry["sources"]}

    def aliases(name: str) -> list[str]:
        return [name, *names[name]["aliases"]]

    atts = [{
        "required": a["required"], "mode": a["mode"],
        "source": _span(text, a["source"]), "cue": _span(text, a["cue"]),
        "source_aliases": [n for s in a["speaker"] for n in aliases(s)],
        "content": [_span(text, c) for c in a["content"]],
        "via": [{"name": v, "aliases": names[v]["aliases"]} for v in a["via"]],
    } for a in entry["attributions"]]
    sources = [{k: s[k] for k in ("name", "aliases", "type", "required")} for s in entry["sources"]]
    return {"date": date, "attributions": atts, "sources": sources}


def _clip(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def show(score: ModuleType, art: str, text: str, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """The misses, false alarms, wrong sources and missed links of one article, matched as the
    scorer matches them (character Jaccard of the content >= 0.5, best first)."""
    gatts = gold["attributions"]
    patts = [p for p in pred.get("attributions", []) if score.as_spans(p.get("content"))]
    jac: dict[tuple[int, int], float] = {}
    for gi, g in enumerate(gatts):
        gc = score.chars(g["content"])
        for pi, p in enumerate(patts):
            pc = score.chars(score.as_spans(p["content"]))
            if gc & pc:
                jac[gi, pi] = len(gc & pc) / len(gc | pc)
    match = dict(score.greedy([(j, gi, pi) for (gi, pi), j in jac.items() if j >= 0.5]))

    def text_of(p: dict[str, Any]) -> str:
        return _clip(" … ".join(text[c["start"]:c["end"]] for c in score.as_spans(p["content"])))

    for gi, g in enumerate(gatts):
        pi = match.get(gi)
        if not g["required"]:
            continue
        who = g["source_aliases"][0] if g["source_aliases"] else "-"
        content = _clip(" … ".join(c["text"] for c in g["content"]))
        if pi is None:
            near = max((j, qi) for (qg, qi), j in jac.items() if qg == gi) if any(qg == gi for qg, _ in jac) else None
            links = f" via {[v['name'] for v in g['via']]!r}" if g["via"] else ""
            print(f"  {art} MISS   {g['mode']:12} [{who}] {content!r}{links}")
            if near:
                print(f"  {art}        nearest J {near[0]:.2f}: {text_of(patts[near[1]])!r} ({patts[near[1]].get('rule')})")
            continue
        p = patts[pi]
        pnames = score.texts_of(p.get("source"), text)
        gnames = g["source_aliases"] + ([g["source"]["text"]] if g["source"] else [])
        ok = bool(g["source"] and any(score.overlaps(g["source"], s) for s in score.as_spans(p.get("source"))))
        if not (ok or score.names_match(gnames, pnames) or not gnames):
            got = pnames[0] if pnames else None
            name = (p.get("source") or {}).get("name")
            named = f" = {name!r}" if name and name != got else ""  # the source the mention was resolved to
            print(f"  {art} SOURCE {g['mode']:12} [{who}] got {got!r}{named} ({p.get('rule')}) {content!r}")
        pvia = [n for v in (p.get("via") or []) for n in score.texts_of(v, text)]
        for v in g["via"]:
            if not (score.names_match([v["name"], *v["aliases"]], pvia)
                    or (score.names_match([v["name"], *v["aliases"]], pnames) and score.names_match(gnames, pvia))):
                print(f"  {art} VIA    {g['mode']:12} [{who}] via {v['name']!r} got {pvia!r} ({p.get('rule')})")
        gvia = [n for v in g["via"] for n in (v["name"], *v["aliases"])]
        extra = [n for n in dict.fromkeys(pvia) if not score.names_match([n], gvia + gnames)]
        if extra and not g["via"]:  # a link where the label has none (a wrong link beside a right one is not listed)
            print(f"  {art} VIA+   {g['mode']:12} [{who}] got via {extra!r} ({p.get('rule')}) {content!r}")
    hit = set(match.values())
    for pi, p in enumerate(patts):
        if pi not in hit:
            src = score.texts_of(p.get("source"), text)
            cue = " / ".join(score.texts_of(p.get("cue"), text)) if p.get("cue") else ""
            print(f"  {art} FALSE  {p.get('mode', '?'):12} [{src[0] if src else '-'}] {text_of(p)!r} ({p.get('rule')})"
                  + (f" cue {cue!r}" if cue else ""))
    show_sources(score, art, text, gold, pred)


def show_sources(score: ModuleType, art: str, text: str, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """The source list, matched by name as the scorer matches it: the labelled sources no
    predicted one names (SRC-MISS), the predicted ones that name no labelled source (SRC-JUNK),
    and the matched ones of another type (SRC-TYPE)."""
    gsrc, psrc = gold["sources"], pred.get("sources", [])
    pairs = [(1, gi, pi) for gi, g in enumerate(gsrc) for pi, p in enumerate(psrc)
             if score.names_match(g["aliases"] + [g["name"]], score.texts_of(p, text))]
    m = dict(score.max_matching(pairs))
    for gi, g in enumerate(gsrc):
        if gi not in m and g["required"]:
            print(f"  {art} SRC-MISS  [{g['name']}] {g['type']} aliases {g['aliases']}")
        elif gi in m and g.get("type") and psrc[m[gi]].get("type") != g["type"]:
            print(f"  {art} SRC-TYPE  [{g['name']}] {g['type']} got {psrc[m[gi]].get('type')} ({psrc[m[gi]].get('rule')})")
    for pi, p in enumerate(psrc):
        if pi not in m.values():
            print(f"  {art} SRC-JUNK  [{p.get('name')}] {p.get('type')} aliases {p.get('aliases')} ({p.get('rule')})")


def label_problems(entry: dict[str, Any], text: str) -> list[str]:
    """What is wrong with one article's labels against its text: a sha256 that differs, a span out of
    the text or empty, a speaker or link that the source list does not name."""
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["sha256"]:
        return ["not the text the labels were made on"]
    names = {s["name"] for s in entry["sources"]}
    problems = []
    for i, a in enumerate(entry["attributions"]):
        spans = [*a["content"], *(s for s in (a["source"], a["cue"]) if s)]
        if not a["content"] or not all(0 <= s < e <= len(text) for s, e in spans):
            problems.append(f"attribution {i}: a span out of the text or empty")
        if not set(a["speaker"]) | set(a["via"]) <= names:
            problems.append(f"attribution {i}: a speaker or link not in its sources")
    return problems


def label_counts(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts of a split's README table: labels, required ones by mode, sources (required) and
    chain links on required labels."""
    atts = [a for e in entries for a in e["attributions"]]
    req = [a for a in atts if a["required"]]
    modes: dict[str, int] = {}
    for a in req:
        modes[a["mode"]] = modes.get(a["mode"], 0) + 1
    sources = [s for e in entries for s in e["sources"]]
    return {"articles": len(entries), "labels": len(atts), "required": len(req),
            "required_by_mode": dict(sorted(modes.items(), key=lambda kv: (-kv[1], kv[0]))),
            "sources": len(sources), "required_sources": sum(1 for s in sources if s["required"]),
            "chain_links_on_required": sum(len(a["via"]) for a in req)}


def validate(data: Path, arts: list[dict[str, str]], labels: dict[str, Any], as_json: bool) -> int:
    """`--validate`: every chosen article's labels checked against its text, and the counts per split
    and language; no analysis, no scores. Exit 1 when a label does not fit its text."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    bad = 0
    for a in arts:
        text, _, where = article_text(data, a)
        entry = labels[a["article"]]
        for problem in label_problems(entry, text):
            print(f"attr_check: {a['article']} ({where}): {problem}", file=sys.stderr)
            bad += 1
        groups.setdefault((a["split"], a["language"]), []).append(entry)
    out: dict[str, Any] = {}
    for (split, lang), entries in groups.items():
        out.setdefault(split, {})[lang] = label_counts(entries)
    print(json.dumps(out, indent=1) if as_json else "\n".join(
        f"{split} {lang}: {json.dumps(c)}" for split, langs in out.items() for lang, c in langs.items()))
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="dev",
                    help="dev2/held-out2: the second set of labels (articles.tsv); devN/held-outN: the N-th "
                         "(articlesN.tsv, N = 3, 4, 5; the sixth and seventh sets have held-out6, held-out7 only, "
                         "the eighth dev8 only, the ninth held-out8 only, the tenth held-out9 only, the eleventh dev10 "
                         "only, the twelfth held-out10 only, the thirteenth held-out11 only, the fourteenth held-out12 only, "
                         "the fifteenth held-out13 only, the sixteenth held-out14 only, the seventeenth held-out15 "
                         "only, the eighteenth held-out16 only, the nineteenth held-out17 only, the twentieth held-out18 only, "
                         "the twenty-first held-out19 only, the twenty-second held-out20 only, the twenty-third "
                         "held-out21 only, the twenty-fourth held-out22 only, the twenty-fifth held-out23 only, the twenty-sixth "
                         "held-out24 only, the twenty-seventh held-out25 only, the twenty-eighth held-out26 only, "
                         "the twenty-ninth held-out27 only, the thirtieth held-out28 only, the thirty-first held-out29 only, "
                         "the thirty-second held-out30 only, the thirty-third held-out31 only, the thirty-fourth held-out32 only); "
                         f"all: every split but those of NOT_IN_ALL (fresh sets, reached only by name until read: "
                         f"{', '.join(NOT_IN_ALL) or 'none now'})")
    ap.add_argument("--lang", choices=["de", "en"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="list misses, false alarms, wrong sources and missed links")
    ap.add_argument("--validate", action="store_true",
                    help="only check the labels against their texts and print their counts: no analysis, no scores")
    args = ap.parse_args(argv)
    scorer_path = args.data.parent / "eval" / "score.py"
    if not (args.data / "articles-curated").is_dir() or not (args.validate or scorer_path.is_file()):
        print(f"attr_check: skipped, no shared data and scorer at {args.data} (point --data at ../shared/data)",
              file=sys.stderr)
        return 0
    labels: dict[str, Any] = {}
    arts: list[dict[str, str]] = []
    for tsv, js in SETS:
        labels.update(json.loads((HERE / js).read_text(encoding="utf-8"))["articles"])
        arts += [a for a in read_tsv(HERE / tsv)
                 if chosen(a, args.split, args.lang)]
    if args.validate:
        return validate(args.data, arts, labels, args.json)
    from sourcetrace.eval.curated import analysed, scorer_module, shared_scores, write_scored

    score = scorer_module(scorer_path)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for a in arts:
            text, date, where = article_text(args.data, a)
            entry = labels[a["article"]]
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["sha256"]:
                print(f"attr_check: {where} is not the text the labels were made on", file=sys.stderr)
                return 1
            gold = gold_of(entry, text, date)
            pred = analysed(text, where, date)
            if args.show:
                show(score, a["article"], text, gold, pred)
            write_scored(Path(tmp) / a["split"] / a["language"], a["article"], text, gold, pred)
        for folder in sorted(Path(tmp).glob("*/*")):
            res = shared_scores(folder, scorer_path)
            out.setdefault(folder.parent.name, {})[folder.name] = {k: res[k] for k in KEYS}
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    for split, langs in out.items():
        for lang, r in langs.items():
            n = sum(1 for a in arts if (a["split"], a["language"]) == (split, lang))
            print(f"{split} {lang} ({n} articles)")
            for k in ("attr_content", "attr_full", "sources"):
                row = r[k]
                print(f"  {k:13} P {row['p']:.3f}  R {row['r']:.3f}  F1 {row['f1']:.3f}   (tp {row['tp']} fp {row['fp']} fn {row['fn']})")
            print(f"  via recall    {r['attr_via_recall']}")
            print(f"  recall by mode {r['attr_recall_by_mode']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
