"""Corpus mode: what the store costs on top of the analysis, its size, and query latency.

    python benchmarks/corpus.py [--data ../shared/data] [--pg postgresql://…/db] [--scale 100000]

1. Ingest rate. The 1,028 articles of 10kgnad (German news, DER STANDARD; read from ../shared,
   never copied) are analysed in one process without a store (reading, all steps, the article
   JSON: the bare analysis), then ingested with `--workers 1` into SQLite and, with --pg, into
   PostgreSQL. The ratio ingest time / bare time is the store's cost (target < 1.2), in wall-clock
   time and in this process's CPU time (steadier when other jobs share the cores; it leaves out
   the PostgreSQL server's own work, which the wall-clock ratio includes).
2. Size: the database's bytes per 1,000 articles (SQLite file + WAL; PostgreSQL
   pg_database_size minus that of the empty store).
3. Latency at scale (--scale N documents, default 100,000): the analysed articles are copied
   inside the database (SQL, doubling the store each round) under new ids, each copy's text with
   one line appended ("Kopie N") so that it is not a duplicate; the analysis rows are copied, not
   recomputed. `--scale-from URL` does only this, on an existing store. Then the median and 95th percentile
   of `search` (5 queries), `sources`, and `show` (get + the text report) over random documents.

Figures are measurements of this machine (2 cores shared with other jobs), not assertions.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_helpers import WARMUP


def load_articles(data: Path) -> list[dict[str, str]]:
    path = data / "10kgnad" / "test.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";", quotechar="'"))
    return [{"id": f"10kgnad-{i:04d}", "text": text, "outlet": "DER STANDARD", "title": text.split(". ")[0][:120],
             "section": label} for i, (label, text) in enumerate(rows)]


def write_jsonl(articles: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({k: a[k] for k in ("id", "text", "outlet", "title")}, ensure_ascii=False) + "\n")


def bare(jsonl: Path) -> tuple[float, float, int]:
    from sourcetrace.corpus import analyse_item, iter_items

    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for item in iter_items([str(jsonl)]):
        analyse_item(item)  # type: ignore[arg-type]
        n += 1
    return time.perf_counter() - t0, time.process_time() - c0, n


def ingest_into(url: str, jsonl: Path) -> tuple[float, float, int]:
    from sourcetrace.corpus import ingest
    from sourcetrace.store import Store

    with Store.open(url, create=True) as store:
        t0, c0 = time.perf_counter(), time.process_time()
        s = ingest(store, [str(jsonl)], workers=1, progress=False)
        print(f"  (of which in the store: {s.store_seconds:.1f} s wall, "
              f"{100 * s.store_seconds / max(s.seconds - s.store_seconds, 1e-9):.1f} % on top of the rest of the run)")
        return time.perf_counter() - t0, time.process_time() - c0, s.added


def db_size(url: str) -> int:
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    from sourcetrace.store import Store

    with Store.open(url) as store:
        return int(store.raw("SELECT pg_database_size(current_database()) AS n")[0]["n"])


def scale_up(url: str, target: int) -> float:
    """Copies of the stored documents (and of earlier copies), made inside the database, until it
    holds `target`: each copy
    gets a new id (`<id>-c<n>`), its text one more line ("Kopie n"), a new content hash (64
    characters), an outlet among 20, and the same analysis rows (segments, sources, attributions,
    …)."""
    from sqlalchemy import text

    from sourcetrace.store import Store
    from sourcetrace.store.schema import CHILD_TABLES

    with Store.open(url) as store:
        base = int(store.raw("SELECT MAX(pk) AS n FROM documents")[0]["n"] or 0)
        have = store.count()
        t0 = time.perf_counter()
        n = 0
        new_hash = ("substr(content_hash || :tag, length(:tag) + 1)" if store.dialect == "sqlite"
                    else "md5(content_hash || :tag) || md5(:tag || content_hash)")  # 64 characters, unique
        while have < target and base:
            n += 1
            base = int(store.raw("SELECT MAX(pk) AS n FROM documents")[0]["n"])  # the store doubles each round
            with store.engine.begin() as conn:
                conn.execute(text(
                    'INSERT INTO documents (id, url, outlet, title, date, date_origin, language, input, input_format, '
                    "text, content_hash, pipeline_version, reader, analysis, run, ingested_at) "
                    "SELECT id || :tag, NULL, outlet || :outlet, title, date, date_origin, language, input, "
                    f"input_format, text || :line, {new_hash}, pipeline_version, reader, analysis, run, "
                    "ingested_at FROM documents WHERE pk <= :base ORDER BY pk LIMIT :remaining"),
                    {"tag": f"-c{n}", "outlet": f" {n % 20}", "line": f"\nKopie {n}", "base": base,
                     "remaining": target - have})
                for table in CHILD_TABLES:
                    names = [c.name for c in table.columns if c.name != "document"]
                    quoted = ", ".join(f'c."{c}"' for c in names)
                    conn.execute(text(
                        f'INSERT INTO {table.name} (document, {", ".join(chr(34) + c + chr(34) for c in names)}) '
                        f"SELECT nd.pk, {quoted} FROM {table.name} c JOIN documents od ON od.pk = c.document "
                        "JOIN documents nd ON nd.id = od.id || :tag WHERE od.pk <= :base"),
                        {"tag": f"-c{n}", "base": base})
            have = store.count()
            print(f"  … {have:,} documents", flush=True)
        store.optimize_search()  # as an ingest run of that many documents ends
        return time.perf_counter() - t0


def latency(url: str, repeat: int = 20) -> dict[str, Any]:
    from sourcetrace.readers.analysis import from_dict
    from sourcetrace.store import Store
    from sourcetrace.writers.text import render

    def timed(fn: Any, n: int) -> dict[str, float]:
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            fn()
            times.append(1000 * (time.perf_counter() - t0))
        times.sort()
        return {"median_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1)}

    out: dict[str, Any] = {}
    with Store.open(url) as store:
        out["documents"] = store.count()
        ids = [r["id"] for r in store.raw("SELECT id FROM documents ORDER BY pk LIMIT 2000")]
        rng = random.Random(7)
        for q in ("Regierung", "Bundeskanzler Faymann", "Flüchtlinge Grenze", "sagte", "Polizei Wien"):
            out[f"search {q!r}"] = timed(lambda q=q: store.search(q, limit=20), max(3, repeat // 4))
            out[f"search {q!r}"]["hits"] = len(store.search(q, limit=20))
        out["search with --outlet"] = timed(lambda: store.search("Regierung", outlet="DER STANDARD 3"), 5)
        out["sources"] = timed(lambda: store.sources(limit=30), 3)
        out["sources --outlet"] = timed(lambda: store.sources(limit=30, outlet="DER STANDARD 3"), 3)

        def show() -> None:
            row = store.get(rng.choice(ids))
            assert row is not None
            render(from_dict(json.loads(row["analysis"]), row["text"]))

        out["show"] = timed(show, repeat)
        out["status"] = timed(lambda: store.status(), 3)
    return out


def report_scale(url: str, target: int, results: dict[str, Any]) -> int:
    engine = url.split(":", 1)[0]
    t = scale_up(url, target)
    size = db_size(url)
    lat = latency(url)
    print(f"{engine} store of {lat['documents']:,} documents (copies written in {t:.0f} s; {size / 1e9:.2f} GB, "
          f"{size / lat['documents'] * 1000 / 1e6:.1f} MB per 1,000):", flush=True)
    for k, v in lat.items():
        if k != "documents":
            print(f"  {k:<34} median {v['median_ms']:8.1f} ms  p95 {v['p95_ms']:8.1f} ms"
                  + (f"  ({v['hits']} hits)" if "hits" in v else ""), flush=True)
    results[f"{engine}_scale"] = {"seconds_to_write": round(t), "bytes": size, **lat}
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--pg", help="an empty PostgreSQL database to ingest into (and scale, with --scale-pg)")
    ap.add_argument("--scale", type=int, default=100_000, help="documents for the latency test (0: skip)")
    ap.add_argument("--scale-pg", action="store_true", help="also scale and time the PostgreSQL store")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    ap.add_argument("--work", help="folder for the stores (default: a temporary one)")
    ap.add_argument("--scale-from", metavar="URL", help="only scale this existing store and time its queries")
    args = ap.parse_args()
    if args.scale_from:
        return report_scale(args.scale_from, args.scale, {})
    data = Path(args.data)
    if not (data / "10kgnad" / "test.csv").exists():
        print(f"skipped: {data / '10kgnad' / 'test.csv'} not found (needs ../shared/data)")
        return 0
    work = Path(args.work or tempfile.mkdtemp(prefix="st-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    articles = load_articles(data)
    if args.limit:
        articles = articles[: args.limit]
    jsonl = work / "articles.jsonl"
    write_jsonl(articles, jsonl)
    chars = sum(len(a["text"]) for a in articles)
    print(f"corpus: 10kgnad test, {len(articles)} articles, {chars:,} characters; one process (--workers 1)")

    from sourcetrace.api import default_pipeline
    from sourcetrace.document import Document

    default_pipeline()(Document(text=WARMUP, name="warmup"))
    t_bare, c_bare, n = bare(jsonl)
    print(f"bare analysis (read, all steps, article JSON): {t_bare:7.1f} s wall {c_bare:7.1f} s CPU  "
          f"{n / t_bare:6.1f} articles/s")
    results: dict[str, Any] = {"articles": n, "bare_s": round(t_bare, 2), "bare_cpu_s": round(c_bare, 2)}
    stores = {"sqlite": f"sqlite:///{work / 'bench.db'}"}
    if args.pg:
        stores["postgresql"] = args.pg
    for engine, url in stores.items():
        empty = 0
        if engine == "postgresql":
            from sourcetrace.store import Store

            Store.open(url, create=True).close()
            empty = db_size(url)
        t, c, added = ingest_into(url, jsonl)
        size = db_size(url) - empty
        print(f"ingest into {engine:<10}: {t:7.1f} s wall {c:7.1f} s CPU  {added / t:6.1f} articles/s  "
              f"ratio to bare: wall {t / t_bare:.2f}, CPU {c / c_bare:.2f}  "
              f"size {size / added * 1000 / 1e6:.1f} MB per 1,000 articles")
        results[engine] = {"ingest_s": round(t, 2), "ingest_cpu_s": round(c, 2), "ratio_wall": round(t / t_bare, 3),
                           "ratio_cpu": round(c / c_bare, 3), "mb_per_1000": round(size / added * 1000 / 1e6, 2)}
    if args.scale:
        for engine, url in stores.items():
            if engine == "postgresql" and not args.scale_pg:
                continue
            report_scale(url, args.scale, results)
    (work / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"results: {work / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
