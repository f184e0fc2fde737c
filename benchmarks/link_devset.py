"""Score cross-article linking on the development set of benchmarks/linkdev/ (labels only; the
articles are PolNeAR's, read from ../shared/data).

    python benchmarks/link_devset.py make-jsonl OUT.jsonl        # PolNeAR texts + metadata as ingest input
    sourcetrace ingest OUT.jsonl --db sqlite:///polnear.db && sourcetrace link --db sqlite:///polnear.db
    python benchmarks/link_devset.py score --db sqlite:///polnear.db
    python benchmarks/link_devset.py score --analyses analysed.jsonl [--encoder use|e5|hashing]

Story pairs: precision, recall and F1 of "same story" over the labelled pairs. Claim pairs: a pair
is found when both spans (matched by overlap to the members of `export claims`) sit in one claim;
look-alike pairs (label 0) wrongly merged are the false-merge rate. Claims: the independent-origin
count and the status of the claim that holds the labelled span."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent / "linkdev"


def make_jsonl(out: str, data: Path) -> int:
    root = data / "polnear" / "data"
    with (root / "metadata.tsv").open(encoding="utf-8") as f:
        meta = {r["filename"]: r for r in csv.DictReader(f, delimiter="\t")}
    n = 0
    with open(out, "w", encoding="utf-8") as w:
        for split in ("train", "dev", "test"):
            for fn in sorted(os.listdir(root / split / "text")):
                m = meta.get(fn[:-4])
                if not m:
                    continue
                text = (root / split / "text" / fn).read_text(encoding="utf-8")
                w.write(json.dumps({"id": fn[:-4], "outlet": m["publisher"], "date": m["publication_date"],
                                    "title": m["title"], "lang": "en", "text": text}) + "\n")
                n += 1
    return n


def _tsv(name: str) -> list[dict[str, str]]:
    path = HERE / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def link_analyses(path: str, encoder: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """Stories and claims of analysed documents (JSONL as `export documents` writes it), linked in memory."""
    import time

    from sourcetrace.link import Linker

    with open(path, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    docs.sort(key=lambda d: (d.get("date") or "", d["id"]))
    t0 = time.perf_counter()
    linker = Linker(encoder)
    t1 = time.perf_counter()
    for i in range(0, len(docs), 200):
        linker.add(docs[i : i + 200])
    t2 = time.perf_counter()
    speed = {"documents": len(docs), "load_seconds": round(t1 - t0, 1), "link_seconds": round(t2 - t1, 1),
             "documents_per_second": round(len(docs) / (t2 - t1), 1), "encoder": encoder}
    return linker.story_rows(), linker.claim_rows(), speed


def score(db: str | None, analyses: str | None = None, encoder: str = "use") -> dict[str, Any]:
    from sourcetrace.link.store import claim_lines, story_lines

    speed: dict[str, Any] = {}
    if analyses:
        stories, claims, speed = link_analyses(analyses, encoder)
    else:
        from sourcetrace.store import Store  # type: ignore[import-not-found,unused-ignore]

        with Store.open(str(db)) as store:
            stories = story_lines(store.engine)
            claims = claim_lines(store.engine)
    story_of = {d: s["story"] for s in stories for d in s["documents"]}
    res: dict[str, Any] = {"corpus": "PolNeAR (English, 7 US outlets, 2015-16), labels of benchmarks/linkdev"}
    if speed:
        res["linking"] = speed
    pairs = _tsv("story_pairs.tsv")
    tp = fp = fn = 0
    for p in pairs:
        same = story_of.get(p["document_a"]) is not None and story_of.get(p["document_a"]) == story_of.get(p["document_b"])
        gold = p["same_story"] == "1"
        tp += same and gold
        fp += same and not gold
        fn += gold and not same
    res["story_pairs"] = {"pairs": len(pairs), **_prf(tp, fp, fn)}

    def claim_at(doc: str, start: int, end: int) -> dict[str, Any] | None:
        best, overlap = None, 0
        for c in claims:
            for m in c["members"]:
                if m["document"] == doc:
                    o = min(end, m["end"]) - max(start, m["start"])
                    if o > overlap:
                        best, overlap = c, o
        return best

    cpairs = _tsv("claim_pairs.tsv")
    if cpairs:
        found = merged = pos = neg = 0
        for p in cpairs:
            a = claim_at(p["document_a"], int(p["start_a"]), int(p["end_a"]))
            b = claim_at(p["document_b"], int(p["start_b"]), int(p["end_b"]))
            together = a is not None and a is b
            if p["same_claim"] == "1":
                pos += 1
                found += together
            else:
                neg += 1
                merged += together
        res["claim_pairs"] = {"same_claim_pairs": pos, "found": round(found / pos, 3) if pos else None,
                              "look_alike_pairs": neg, "wrongly_merged": round(merged / neg, 3) if neg else None}
    labelled = _tsv("claims.tsv")
    if labelled:
        origins_ok = status_ok = multi = multi_ok = 0
        for row in labelled:
            c = claim_at(row["document"], int(row["start"]), int(row["end"]))
            n = c["independent_origins"] if c else 0
            origins_ok += n == int(row["independent_origins"])
            status_ok += bool(c) and c["status"] == row["status"]
            if int(row["independent_origins"]) >= 2:
                multi += 1
                multi_ok += n >= 2
        k = len(labelled)
        res["claims"] = {"labelled": k, "origin_count_accuracy": round(origins_ok / k, 3),
                         "multi_origin_found": round(multi_ok / multi, 3) if multi else None,
                         "status_accuracy": round(status_ok / k, 3)}
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make-jsonl")
    m.add_argument("out")
    m.add_argument("--data", default=str(Path.cwd().parent / "shared" / "data"))
    s = sub.add_parser("score")
    s.add_argument("--db", help="a store where the PolNeAR JSONL was ingested and linked")
    s.add_argument("--analyses", help="or: analysed documents (JSONL), linked here in memory")
    s.add_argument("--encoder", default="use")
    s.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.cmd == "make-jsonl":
        print(make_jsonl(args.out, Path(args.data)), "documents written", file=sys.stderr)
        return 0
    if not args.db and not args.analyses:
        ap.error("score needs --db or --analyses")
    res = score(args.db, args.analyses, args.encoder)
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
