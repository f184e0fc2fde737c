"""The web app under load, on loopback only, bounded in time and requests.

    python benchmarks/web_load.py [--data ../shared/data] [--scale 100000] [--store FILE.db]
                                  [--encoder use] [--clients 20] [--seconds 20] [--max-requests 4000]
                                  [--workers N] [--baseline SRC --baseline-store FILE.db]
                                  [--client httpx|plain] [--json]

1. The store (skipped when --store names one that exists): the 1,028 articles of 10kgnad (German
   news, DER STANDARD; read from ../shared, never copied) and the invented articles of
   examples/corpus are ingested and linked (`sourcetrace link --encoder use`), then copied again
   and again under new ids (benchmarks/corpus.py `scale_up`: each copy's text gets one line
   appended, its outlet one of 20 names, its analysis rows are copied) until the store holds
   --scale documents. The copies are not linked: stories, claims and entities are those of the
   analysed articles. Build it once (`nice -n 10`) and reuse it with --store.
2. `sourcetrace serve` (--workers worker processes) runs in its own process on 127.0.0.1,
   read-only as users start it; --clients concurrent clients (asyncio + httpx, one connection
   each; `--client plain`: a minimal keep-alive HTTP/1.1 client on asyncio streams, which takes
   a fifth of httpx's CPU a request from the cores the server shares with it) request one kind of page for --seconds or --max-requests, whichever comes first: a
   document page (the HTML report of a random stored document), its JSON twin, a search page (20
   searches of one or two German news words, from very common to rare, asked again and again, as
   a popular search is: the server may answer repeats from its cache), distinct searches (every
   request a search not asked before in the run: two or three words of a list of 40, so the cache
   cannot help), a story page (random stories), a source page (random linked entities) and the
   overview. Reported per kind: requests, errors, median and 95th percentile latency in ms,
   throughput in requests/s, the server's CPU time per request (its processes and workers, from
   /proc: what a request costs whatever else the machine does), the load generator's own CPU time
   per request (it shares the machine's cores with the server), and the machine's load average
   (1 min) when the kind started and ended. Then --sequential requests per kind from a single
   client: the latency of a request that waits for no other.
3. With --baseline SRC (another checkout's `src`, e.g. the main branch's), the same load runs
   against a server of that code too, kind by kind right after ours, so both meet the same load of
   other jobs; it reads --baseline-store, a copy of the store made before this code's server first
   opens (and migrates) the store.

Figures are measurements of this machine (2 cores shared with other jobs, client and server on
the same cores), not assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import sqlite3
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
# from very common in German news to rare: a common word ranks most matches
SEARCHES = ["sagte", "Regierung", "Polizei", "Wien", "Euro", "Präsident", "Millionen", "Studie", "Bundeskanzler",
            "Regierung Wien", "Polizei Wien", "Prozent Euro", "Sprecher sagte", "Flüchtlinge Grenze",
            "Bundeskanzler Faymann", "Gericht Urteil", "Fußball Trainer", "Klimawandel", "Opposition Kritik",
            "Staatsanwaltschaft Ermittlungen"]
# distinct searches: ordered pairs and triples of these words (common to rare), each asked once
WORDS = ["sagte", "Regierung", "Polizei", "Wien", "Euro", "Präsident", "Millionen", "Studie", "Bundeskanzler",
         "Prozent", "Sprecher", "Flüchtlinge", "Grenze", "Gericht", "Urteil", "Trainer", "Opposition", "Kritik",
         "Ermittlungen", "Staatsanwaltschaft", "Österreich", "Deutschland", "Jahr", "Minister", "Partei", "Wahl",
         "Unternehmen", "Bank", "Land", "Stadt", "Schule", "Kinder", "Frauen", "Arbeit", "Spiel", "Saison",
         "Angaben", "Bericht", "Experten", "Zukunft"]


def distinct_searches(n: int, seed: int = 11) -> list[str]:
    """n different searches of two or three of WORDS, in random order."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        q = " ".join(rng.sample(WORDS, rng.choice((2, 2, 3))))
        if q not in seen:
            seen.add(q)
            out.append(f"/search?q={quote(q)}")
    return out


#: kinds whose paths are asked one after the other, each once
IN_ORDER = {"search distinct"}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "sourcetrace.cli.main", *args]


def build(url: str, data: Path, scale: int, encoder: str) -> dict[str, float]:
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
    subprocess.run(cli("link", "--db", url, "--encoder", encoder), check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    took["link_s"] = time.perf_counter() - t0
    took["scale_s"] = scale_up(url, scale)
    return took


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and all its descendants (uvicorn's workers), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo, seen = 0.0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port


class PlainClient:
    """One keep-alive HTTP/1.1 connection on asyncio's streams, GET only: the load generator with
    the least work of its own (`--client plain`). httpx does much more per request (URL and
    header models, its connection pool) — about 2.6 ms of CPU a request on this machine, which the
    clients take from the cores the server runs on. Reads a response by its Content-Length or its
    chunks; reconnects after an error or `Connection: close`."""

    def __init__(self, base: str, timeout: float = 30.0) -> None:
        host_port = base.split("://", 1)[1].rstrip("/")
        self.host, _, port = host_port.partition(":")
        self.port, self.timeout = int(port or 80), timeout
        self._head = f"HTTP/1.1\r\nHost: {host_port}\r\nAccept: */*\r\n\r\n".encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """The status of GET `path` (its body read and dropped); an OSError or a timeout on failure."""
        try:
            return await asyncio.wait_for(self._get(path), self.timeout)
        except BaseException:
            await self.aclose()
            raise

    async def _get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(b"GET " + path.encode("ascii") + b" " + self._head)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        if "content-length" in fields:
            await self.reader.readexactly(int(fields["content-length"]))
        elif fields.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if fields.get("connection", "").lower() == "close":
            await self.aclose()
        return status

    async def aclose(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def load(base: str, paths: list[str], clients: int, seconds: float, max_requests: int,
               server_pid: int, in_order: bool = False, plain: bool = False) -> dict[str, Any]:
    """Requests, errors, p50/p95 latency, throughput, the load average at start and end, the
    server's CPU time per request (its own work, whatever else the machine does meanwhile) and the
    client's. `in_order`: the paths one after the other, each once (distinct requests), else at
    random. `plain`: the clients are `PlainClient`s instead of httpx's."""
    import httpx

    times: list[float] = []
    errors = 0
    issued = 0
    rng = random.Random(7)
    queue = iter(paths[5:] if in_order else ())

    async def client(c: Any) -> None:
        nonlocal errors, issued
        while time.perf_counter() < deadline and issued < max_requests:
            issued += 1
            path = next(queue, None) if in_order else rng.choice(paths)
            if path is None:
                return
            t0 = time.perf_counter()
            try:
                ok = (await c.get(path) if plain else (await c.get(path)).status_code) == 200
            except (TimeoutError, httpx.HTTPError, OSError, asyncio.IncompleteReadError, ValueError):
                ok = False
            times.append(1000 * (time.perf_counter() - t0))
            errors += 0 if ok else 1

    async with httpx.AsyncClient(base_url=base, timeout=60) as warm:  # not counted: the first of each kind
        for path in paths[:5] if len(paths) > 1 else []:
            await warm.get(path)
    # the clients are made before the clock starts (each builds its TLS context, even for http)
    pool: list[Any] = ([PlainClient(base) for _ in range(clients)] if plain else
                       [httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=1))
                        for _ in range(clients)])
    load0 = os.getloadavg()[0]
    deadline = time.perf_counter() + seconds
    t0, cpu0, own0 = time.perf_counter(), cpu_seconds(server_pid), time.process_time()
    await asyncio.gather(*(client(c) for c in pool))
    wall, cpu, own = time.perf_counter() - t0, cpu_seconds(server_pid) - cpu0, time.process_time() - own0
    for c in pool:
        await c.aclose()
    times.sort()
    return {"requests": len(times), "errors": errors,
            "p50_ms": round(statistics.median(times), 1) if times else None,
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1) if times else None,
            "per_s": round(len(times) / wall, 1), "load": [round(load0, 1), round(os.getloadavg()[0], 1)],
            "server_cpu_ms": round(1000 * cpu / len(times), 1) if times else None,
            "client_cpu_ms": round(1000 * own / len(times), 1) if times else None}


class Server:
    """`sourcetrace serve` of one source tree over one store, on a free loopback port."""

    def __init__(self, store: Path, src: Path | None, workers: int | None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ)
        if src is not None:
            env["PYTHONPATH"] = str(src)
        args = ["serve", "--db", f"sqlite:///{store}", "--host", "127.0.0.1", "--port", str(self.port)]
        if workers is not None:
            args += ["--workers", str(workers)]
        self.proc = subprocess.Popen(cli(*args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)

    def __enter__(self) -> Server:
        import httpx

        for _ in range(600):  # the first start migrates the store (new indexes): give it time
            if self.proc.poll() is not None:
                raise SystemExit(f"the server stopped: {self.proc.stderr.read().decode()[-500:] if self.proc.stderr else ''}")
            try:
                if httpx.get(self.base + "/api/stories", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        idle = cpu_seconds(self.proc.pid)
        for _ in range(240):  # until its workers are idle (each computes the overview at start-up)
            time.sleep(1)
            now = cpu_seconds(self.proc.pid)
            if now - idle < 0.05:
                break
            idle = now
        return self

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=60)


def sample(store: Path) -> dict[str, Any]:
    """What the clients ask for: random documents, stories, entities, from the store itself."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    rng = random.Random(1)
    total = int(db.execute("SELECT MAX(pk) FROM documents").fetchone()[0])
    picks = rng.sample(range(1, total + 1), min(2000, total))
    ids = [r[0] for r in db.execute(f"SELECT id FROM documents WHERE pk IN ({', '.join('?' * len(picks))})", picks)]
    stories = [r[0] for r in db.execute("SELECT story FROM stories")]
    stories = rng.sample(stories, min(500, len(stories)))
    entities = [r[0] for r in db.execute("SELECT id FROM entities")]
    entities = rng.sample(entities, min(500, len(entities)))
    out = {"documents": int(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]), "ids": ids,
           "stories": stories, "entities": entities,
           "largest_story": db.execute("SELECT MAX(documents) FROM stories").fetchone()[0]}
    db.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--scale", type=int, default=100_000, help="documents in the store (default 100,000)")
    ap.add_argument("--store", type=Path, default=None, help="SQLite file to use, built there when missing")
    ap.add_argument("--encoder", default="use", help="encoder of `link` when the store is built (default use)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20.0, help="per kind of page")
    ap.add_argument("--max-requests", type=int, default=4000, help="per kind of page")
    ap.add_argument("--workers", type=int, default=None, help="serve --workers (default: serve's own default)")
    ap.add_argument("--baseline", type=Path, default=None, help="a source tree (its src/) to measure side by side")
    ap.add_argument("--baseline-store", type=Path, default=None,
                    help="the baseline's copy of the store (made from --store when missing)")
    ap.add_argument("--sequential", type=int, default=60, metavar="N",
                    help="then N requests per kind from one client (latency without queueing); 0: none")
    ap.add_argument("--kinds", default="document page,document JSON,search page,search distinct,story page,source page,"
                    "overview",
                    help="comma-separated kinds of page to measure")
    ap.add_argument("--client", choices=("httpx", "plain"), default="httpx",
                    help="the load generator's HTTP client: httpx (default), or plain (PlainClient: one keep-alive "
                         "HTTP/1.1 connection on asyncio streams, a fifth of httpx's CPU a request)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    store_file = args.store or Path(tempfile.mkdtemp()) / "web-load.db"
    url = f"sqlite:///{store_file}"
    took: dict[str, float] = {}
    if not store_file.exists():
        if not (args.data / "10kgnad").is_dir():
            print(f"needs {args.data}/10kgnad (../shared/data)", file=sys.stderr)
            return 2
        took = build(url, args.data, args.scale, args.encoder)
    if args.baseline is not None:
        if args.baseline_store is None:
            print("--baseline needs --baseline-store", file=sys.stderr)
            return 2
        if not args.baseline_store.exists():  # before this tree's server migrates the store
            shutil.copyfile(store_file, args.baseline_store)
    s = sample(store_file)
    paths = {
        "document page": [f"/documents/{quote(i, safe='')}" for i in s["ids"]],
        "document JSON": [f"/api/documents/{quote(i, safe='')}" for i in s["ids"]],
        "search page": [f"/search?q={quote(q)}" for q in SEARCHES],
        "search distinct": distinct_searches(2 * (args.max_requests + args.sequential) + 10),
        "story page": [f"/stories/{quote(x, safe='')}" for x in s["stories"]],
        "source page": [f"/sources/{quote(x, safe='')}" for x in s["entities"]],
        "overview": ["/"],
    }
    kinds = [k.strip() for k in args.kinds.split(",") if paths.get(k.strip())]
    results: dict[str, dict[str, Any]] = {}
    alone: dict[str, dict[str, Any]] = {}
    runs = [("this", store_file, None)] + ([("baseline", args.baseline_store, args.baseline)] if args.baseline else [])
    servers = {name: Server(store, src, args.workers if name == "this" else None).__enter__()
               for name, store, src in runs}
    try:
        for kind in kinds:
            for name, _store, _src in runs:
                results.setdefault(kind, {})[name] = asyncio.run(
                    load(servers[name].base, paths[kind], args.clients, args.seconds, args.max_requests,
                         servers[name].proc.pid, in_order=kind in IN_ORDER, plain=args.client == "plain"))
        for kind in kinds if args.sequential else []:
            for name, _store, _src in runs:
                # distinct searches: the ones the load above did not ask (the same for both servers)
                todo = paths[kind][args.max_requests + 5:] if kind in IN_ORDER else paths[kind]
                alone.setdefault(kind, {})[name] = asyncio.run(
                    load(servers[name].base, todo, 1, args.seconds, args.sequential, servers[name].proc.pid,
                         in_order=kind in IN_ORDER, plain=args.client == "plain"))
    finally:
        for server in servers.values():
            server.__exit__()
    out = {"documents": s["documents"], "stories_sampled": len(s["stories"]), "largest_story": s["largest_story"],
           "clients": args.clients, "client": args.client, "seconds_per_kind": args.seconds, "workers": args.workers,
           "build": {k: round(v, 1) for k, v in took.items()}, "pages": results, "one_client": alone}
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        print(f"store: {s['documents']:,} documents (SQLite), {len(s['stories'])} stories sampled (largest "
              f"{s['largest_story']}); {args.clients} concurrent clients, ≤ {args.seconds:g} s or "
              f"{args.max_requests} requests per kind")
        print(f"{'page':<15} {'server':<9} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7} "
              f"{'CPU ms/req':>10} {'client CPU':>10} load")
        for title, table in ((f"{args.clients} clients", results), ("one client", alone)):
            print(title)
            for kind, by in table.items():
                for name, r in by.items():
                    print(f"{kind:<15} {name:<9} {r['requests']:>8} {r['errors']:>6} {r['p50_ms']:>8} {r['p95_ms']:>8} "
                          f"{r['per_s']:>7} {r['server_cpu_ms']:>10} {r['client_cpu_ms']:>10} "
                          f"{r['load'][0]}–{r['load'][1]}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
