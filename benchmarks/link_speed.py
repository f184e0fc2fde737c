"""Throughput and memory of cross-article linking, and how it grows with the corpus.

    python benchmarks/link_speed.py --db sqlite:///store.db [--encoder use|e5|hashing] [--replicas N]

Reads the analysed documents of a corpus store (after `sourcetrace ingest`), then links them in
batches of 500 into a fresh in-memory linker, printing documents/s per batch, so that growth with
corpus size shows. `--replicas N` links N copies of the store's documents (new ids, dates shifted
by 400 days each, so they form new stories and claims rather than joining the old ones): a way
to reach 10k documents from a 1k store. The documents are read before the clock starts."""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from datetime import date, timedelta
from typing import Any


def _shift(d: str | None, days: int) -> str | None:
    if not d:
        return d
    try:
        return (date.fromisoformat(d[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return d


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--encoder", default="use")
    ap.add_argument("--replicas", type=int, default=1)
    ap.add_argument("--batch", type=int, default=500)
    args = ap.parse_args()
    from sourcetrace.link import Linker
    from sourcetrace.link.store import as_linker_doc
    from sourcetrace.store import Store  # type: ignore[import-not-found,unused-ignore]

    with Store.open(args.db) as store:
        base = [as_linker_doc(r) for r in store.iter_documents()]
    docs: list[dict[str, Any]] = []
    for k in range(args.replicas):
        for d in base:
            docs.append({**d, "id": f"{d['id']}~{k}" if k else d["id"], "date": _shift(d.get("date"), 400 * k)})
    t_load = time.perf_counter()
    linker = Linker(args.encoder)
    load = time.perf_counter() - t_load
    print(json.dumps({"documents": len(docs), "encoder": args.encoder, "load_seconds": round(load, 2)}))
    t0 = time.perf_counter()
    for i in range(0, len(docs), args.batch):
        t = time.perf_counter()
        linker.add(docs[i : i + args.batch])
        dt = time.perf_counter() - t
        n = min(i + args.batch, len(docs))
        print(json.dumps({"linked": n, "batch_docs_per_s": round(min(args.batch, len(docs) - i) / dt, 1),
                          "claims": len(linker.claim_members),
                          "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
        sys.stdout.flush()
    total = time.perf_counter() - t0
    print(json.dumps({"documents": len(docs), "seconds": round(total, 1), "docs_per_s": round(len(docs) / total, 1),
                      "stories": len({linker.story_of(d) for d in linker.docs}), "claims": len(linker.claim_members)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
