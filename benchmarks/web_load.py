"""The web app under load, on loopback only, bounded in time and requests.

    python benchmarks/web_load.py [--data ../shared/data] [--scale 100000] [--store FILE.db]
                                  [--clients 20] [--seconds 20] [--max-requests 4000] [--json]

1. The store (skipped when --store names one that exists): the 1,028 articles of 10kgnad (German
   news, DER STANDARD; read from ../shared, never copied) and the invented articles of
   examples/corpus are ingested, linked (`sourcetrace link --encoder hashing`: no model to load; the
   pages read the link tables, not the encoder), then written again and again under new ids
   (benchmarks/corpus.py `scale_up`: each copy's text gets one line appended, its analysis is
   copied) until the store holds --scale documents. The copies are not linked.
2. `sourcetrace serve` runs in its own process on 127.0.0.1 (read-only, as users start it);
   --clients concurrent clients (asyncio + httpx, one connection each) request one kind of page
   for --seconds or --max-requests, whichever comes first: a document page (the HTML report of a
   random stored document), its JSON twin, a search page (German news words, one or two words),
   a story page (random stories), and the overview. Reported per kind: requests, errors, median
   and 95th percentile latency in ms, and throughput in requests/s.

Figures are measurements of this machine (2 cores shared with other jobs, client and server on
the same cores), not assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEARCHES = ["Regierung", "Polizei", "Wien", "Euro", "Präsident", "Regierung Wien", "Polizei Wien", "Prozent Euro",
            "Bundeskanzler", "Sprecher sagte", "Studie", "Millionen"]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "sourcetrace.cli.main", *args]


def build(url: str, data: Path, scale: int) -> dict[str, float]:
    sys.path.insert(0, str(HERE))
    from corpus import load_articles, scale_up, write_jsonl  # benchmarks/corpus.py

    took: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "10kgnad.jsonl"
        write_jsonl(load_articles(data), jsonl)
        t0 = time.perf_counter()
        subprocess.run(cli("ingest", str(jsonl), str(ROOT / "examples" / "corpus" / "articles.jsonl"), "--db", url,
                           "--workers", "2"), check=False, stderr=subprocess.DEVNULL)
        took["ingest_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run(cli("link", "--db", url, "--encoder", "hashing"), check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    took["link_s"] = time.perf_counter() - t0
    took["scale_s"] = scale_up(url, scale, batch=1000)
    return took


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port


async def load(base: str, paths: list[str], clients: int, seconds: float, max_requests: int) -> dict[str, Any]:
    import httpx

    times: list[float] = []
    errors = 0
    issued = 0
    deadline = time.perf_counter() + seconds
    rng = random.Random(7)

    async def client() -> None:
        nonlocal errors, issued
        async with httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=1)) as c:
            while time.perf_counter() < deadline and issued < max_requests:
                issued += 1
                path = rng.choice(paths)
                t0 = time.perf_counter()
                try:
                    r = await c.get(path)
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                times.append(1000 * (time.perf_counter() - t0))
                errors += 0 if ok else 1

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    wall = time.perf_counter() - t0
    times.sort()
    return {"requests": len(times), "errors": errors,
            "p50_ms": round(statistics.median(times), 1) if times else None,
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1) if times else None,
            "per_s": round(len(times) / wall, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--scale", type=int, default=100_000, help="documents in the store (default 100,000)")
    ap.add_argument("--store", type=Path, default=None, help="SQLite file to use, built there when missing")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20.0, help="per kind of page")
    ap.add_argument("--max-requests", type=int, default=4000, help="per kind of page")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    store_file = args.store or Path(tempfile.mkdtemp()) / "web-load.db"
    url = f"sqlite:///{store_file}"
    took: dict[str, float] = {}
    if not store_file.exists():
        if not (args.data / "10kgnad").is_dir():
            print(f"needs {args.data}/10kgnad (../shared/data)", file=sys.stderr)
            return 2
        took = build(url, args.data, args.scale)
    from sourcetrace.store import Store

    with Store.open(url) as store:
        n = store.count()
        rng = random.Random(1)
        total = int(store.raw("SELECT MAX(pk) AS n FROM documents")[0]["n"])
        picks = rng.sample(range(1, total + 1), min(2000, total))
        ids = [r["id"] for r in store.raw("SELECT id FROM documents WHERE pk IN (" +
                                          ", ".join(f":p{i}" for i in range(len(picks))) + ")",
                                          {f"p{i}": p for i, p in enumerate(picks)})]
        stories = [r["story"] for r in store.raw("SELECT story FROM stories ORDER BY documents DESC LIMIT 500")]
        biggest = store.raw("SELECT MAX(documents) AS n FROM stories")[0]["n"]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(cli("serve", "--db", url, "--host", "127.0.0.1", "--port", str(port)),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        import httpx

        for _ in range(120):
            try:
                if httpx.get(base + "/api/stories", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        kinds = {
            "document page": [f"/documents/{quote(i, safe='')}" for i in ids],
            "document JSON": [f"/api/documents/{quote(i, safe='')}" for i in ids],
            "search page": [f"/search?q={quote(q)}" for q in SEARCHES],
            "story page": [f"/stories/{quote(s, safe='')}" for s in stories],
            "overview": ["/"],
        }
        results = {}
        for kind, paths in kinds.items():
            if paths:
                results[kind] = asyncio.run(load(base, paths, args.clients, args.seconds, args.max_requests))
    finally:
        server.terminate()
        server.wait(timeout=30)
    out = {"documents": n, "stories": len(stories), "largest_story": biggest, "clients": args.clients,
           "seconds_per_kind": args.seconds, "build": {k: round(v, 1) for k, v in took.items()}, "pages": results}
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        print(f"store: {n:,} documents (SQLite), {len(stories)} stories sampled (largest {biggest}); "
              f"{args.clients} concurrent clients, ≤ {args.seconds:g} s or {args.max_requests} requests per kind")
        print(f"{'page':<15} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7}")
        for kind, r in results.items():
            print(f"{kind:<15} {r['requests']:>8} {r['errors']:>6} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['per_s']:>7}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
