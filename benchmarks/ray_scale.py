"""The Ray engine with 1 and 2 workers: throughput, scaling ratio, memory per worker, and the
per-core rate a projection to a cluster starts from.

    python benchmarks/ray_scale.py ingest [--limit 400] [--data ../shared/data]
    python benchmarks/ray_scale.py link --db sqlite:///STORE.db [--encoder use] [--replicas N]

`ingest`: the first N articles of 10kgnad test (German news, DER STANDARD; read from ../shared,
never copied) go through `sourcetrace ingest --engine ray --db sqlite:///…` (the analysis on Ray
actors that write their own Parquet shards, each shard loaded into SQLite by a Ray task in input
order) with 1 and then 2 workers, each in a fresh Ray session of that many CPUs, and through the
local engine (`--workers 1` and `2`, into SQLite) side by side as the baseline.

`link`: the documents of a store (after `ingest`), N copies under new ids and dates 400 days
apart (`--replicas`), linked with `engines.ray_link.link_docs_ray` (the encodings on Ray actors,
the neighbour search on index actors holding parts of the vectors, the grouping on the driver)
with 1 and 2 workers, and with the local linker as the baseline,
both `--batch` documents per `Linker.add` (so both encode the same batches and must agree:
`same_as_local`).

Memory per worker: the highest resident set (VmHWM) of any Ray worker process that ran the
actors (or the loading tasks, or the index actors: each counted apart), sampled from /proc twice
a second. CPU per document: the CPU seconds of those processes
(and of the driver), so that the per-core rate does not depend on how busy the shared cores were.
Figures are measurements of this machine, not assertions; the load average is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_helpers import WARMUP, shift_date

from corpus import load_articles, write_jsonl

TICK = os.sysconf("SC_CLK_TCK")


def _ancestors(pid: int) -> set[int]:
    out = set()
    while pid > 1:
        try:
            pid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
        out.add(pid)
    return out


class WorkerSampler:
    """Peak RSS and CPU seconds of this process's Ray worker processes whose title names `marker`
    (descendants of this process only: other Ray sessions on the machine are not counted)."""

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.peak_kb: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> WorkerSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        for pid_s in os.listdir("/proc"):
            if not pid_s.isdigit():
                continue
            pid = int(pid_s)
            try:
                title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                if not title.startswith("ray::") or (self.marker not in title and pid not in self.cpu):
                    continue
                if pid not in self.cpu and os.getpid() not in _ancestors(pid):
                    continue
                status = Path(f"/proc/{pid}/status").read_text()
                stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            hwm = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)
            self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), hwm)
            self.cpu[pid] = (int(stat[11]) + int(stat[12])) / TICK  # utime + stime

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(0.5)
        self._sample()

    def result(self) -> dict[str, Any]:
        return {"worker_processes": len(self.peak_kb),
                "peak_rss_mb_per_worker": round(max(self.peak_kb.values(), default=0) / 1024),
                "worker_cpu_s": round(sum(self.cpu.values()), 1)}


def _ray_session(workers: int) -> Any:
    import ray

    for attempt in range(3):  # on a busy machine the local node can time out while starting
        try:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, configure_logging=False)
            return ray
        except Exception:
            ray.shutdown()
            if attempt == 2:
                raise
            time.sleep(10)
    return ray


def _cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def bench_ingest(args: argparse.Namespace) -> dict[str, Any]:
    from sourcetrace.engines.ray_engine import ingest_ray
    from sourcetrace.store import Store  # type: ignore[import-not-found,unused-ignore]

    data = Path(args.data)
    if not (data / "10kgnad" / "test.csv").exists():
        print(f"skipped: {data / '10kgnad' / 'test.csv'} not found (needs ../shared/data)")
        return {}
    work = Path(tempfile.mkdtemp(prefix="st-ray-bench-"))
    articles = load_articles(data)[: args.limit]
    jsonl = work / "articles.jsonl"
    write_jsonl(articles, jsonl)
    print(f"corpus: 10kgnad test, first {len(articles)} articles, {sum(len(a['text']) for a in articles):,} characters;"
          f" load average {os.getloadavg()[0]:.1f}")
    out: dict[str, Any] = {"articles": len(articles), "runs": []}
    from sourcetrace.api import default_pipeline
    from sourcetrace.corpus.ingest import ingest
    from sourcetrace.document import Document

    default_pipeline()(Document(text=WARMUP, name="warm-up"))
    # what an actor costs before its first document (starting, loading the pipeline): one document alone
    write_jsonl(articles[:1], work / "one.jsonl")
    ray = _ray_session(1)
    with WorkerSampler("ShardWorker") as sampler:
        ingest_ray([str(work / "one.jsonl")], out=work / "one", workers=1, progress=False)
    ray.shutdown()
    out["actor_fixed_cpu_s"] = sampler.result()["worker_cpu_s"]
    print(json.dumps({"actor_fixed_cpu_s (one document)": out["actor_fixed_cpu_s"]}))

    for workers in (1, 2):
        # the local engine, as the baseline, run beside the Ray engine
        url = f"sqlite:///{work / f'local{workers}.db'}"
        t0, c0, cc0 = time.perf_counter(), _cpu_self(), _cpu_children()
        with Store.open(url, create=True) as store:
            s = ingest(store, [str(jsonl)], workers=workers, progress=False)
        wall = time.perf_counter() - t0
        run = {"engine": "local", "workers": workers, "wall_s": round(wall, 1), "docs_per_s": round(s.added / wall, 2),
               "cpu_s": round(_cpu_self() - c0 + _cpu_children() - cc0, 1), "load": round(os.getloadavg()[0], 1)}
        print(json.dumps(run))
        out["runs"].append(run)

        ray = _ray_session(workers)
        shards = work / f"shards{workers}"
        url = f"sqlite:///{work / f'ray{workers}.db'}"
        t0, c0, m0 = time.perf_counter(), _cpu_self(), time.thread_time()
        with WorkerSampler("ShardWorker") as sampler, WorkerSampler("_load_shard") as loader, \
                Store.open(url, create=True) as store:
            s = ingest_ray([str(jsonl)], out=shards, store=store, workers=workers, shard_size=args.shard_size,
                           progress=False)
        wall, main_cpu = time.perf_counter() - t0, time.thread_time() - m0
        ray.shutdown()
        # the driver's main thread reads and slices the input and hands the slices over; Ray's own
        # threads in the driver poll and schedule, per second rather than per document
        loading = loader.result()
        run = {"engine": "ray", "workers": workers, "wall_s": round(wall, 1), "docs_per_s": round(s.added / wall, 2),
               "driver_cpu_s": round(_cpu_self() - c0, 1), "driver_main_thread_cpu_s": round(main_cpu, 1),
               **sampler.result(), "load_task_cpu_s": loading["worker_cpu_s"],
               "load_task_peak_rss_mb": loading["peak_rss_mb_per_worker"], "load": round(os.getloadavg()[0], 1)}
        run["docs_per_worker_cpu_s"] = round(s.added / run["worker_cpu_s"], 2) if run["worker_cpu_s"] else None
        steady = run["worker_cpu_s"] - workers * out["actor_fixed_cpu_s"]
        run["docs_per_worker_cpu_s_after_startup"] = round(s.added / steady, 2) if steady > 0 else None
        print(json.dumps(run))
        out["runs"].append(run)
    ray2 = next(r for r in out["runs"] if r["engine"] == "ray" and r["workers"] == 2)
    if ray2["load_task_cpu_s"]:  # the loading tasks: one at a time, in input order, beside the analysis
        out["load"] = {"step": "load shards into SQLite (Ray tasks)", "docs_per_cpu_s":
                       round(out["articles"] / ray2["load_task_cpu_s"], 1)}
        print(json.dumps(out["load"]))
    by = {(r["engine"], r["workers"]): r for r in out["runs"]}
    out["scaling"] = {e: round(by[(e, 2)]["docs_per_s"] / by[(e, 1)]["docs_per_s"], 2) for e in ("local", "ray")}
    print(json.dumps({"scaling_2_over_1": out["scaling"]}))
    out["work"] = str(work)
    return out


def bench_link(args: argparse.Namespace) -> dict[str, Any]:
    from sourcetrace.engines.ray_link import link_docs_ray
    from sourcetrace.link import Linker
    from sourcetrace.link.store import as_linker_doc
    from sourcetrace.store import Store  # type: ignore[import-not-found,unused-ignore]

    with Store.open(args.db) as store:
        base = [as_linker_doc(r) for r in store.iter_documents()]
    if args.limit:
        base = base[: args.limit]
    docs: list[dict[str, Any]] = []
    for k in range(args.replicas):
        docs += [{**d, "id": f"{d['id']}~{k}" if k else d["id"], "date": shift_date(d.get("date"), 400 * k)} for d in base]
    print(f"link: {len(docs)} documents from {args.db} ({args.replicas} replica(s)), encoder {args.encoder};"
          f" load average {os.getloadavg()[0]:.1f}")
    out: dict[str, Any] = {"documents": len(docs), "encoder": args.encoder, "runs": []}
    t0, c0 = time.perf_counter(), _cpu_self()
    local = Linker(args.encoder)
    t1 = time.perf_counter()
    for i in range(0, len(docs), args.batch):  # the batches link_docs_ray uses: the same vectors
        local.add(docs[i : i + args.batch])
    wall = time.perf_counter() - t1
    run = {"engine": "local", "workers": 1, "load_s": round(t1 - t0, 1), "wall_s": round(wall, 1),
           "docs_per_s": round(len(docs) / wall, 2), "cpu_s": round(_cpu_self() - c0, 1),
           "load": round(os.getloadavg()[0], 1)}
    print(json.dumps(run))
    out["runs"].append(run)
    for workers in (1, 2):
        ray = _ray_session(workers)
        t0, c0 = time.perf_counter(), _cpu_self()
        m0 = time.thread_time()
        with WorkerSampler("_Encode") as sampler, WorkerSampler("IndexShard") as index:
            linker, timing = link_docs_ray(docs, encoder=args.encoder, workers=workers, batch=args.batch)
        wall, main_cpu = time.perf_counter() - t0, time.thread_time() - m0
        ray.shutdown()
        same = linker.story_rows() == local.story_rows() and linker.claim_rows() == local.claim_rows()
        searched = index.result()
        run = {"engine": "ray", "workers": workers, "wall_s": round(wall, 1), "docs_per_s": round(len(docs) / wall, 2),
               **{k: round(v, 1) for k, v in timing.items() if isinstance(v, float)},
               "driver_cpu_s": round(_cpu_self() - c0, 1), "driver_main_thread_cpu_s": round(main_cpu, 1),
               **sampler.result(), "index_actors": searched["worker_processes"],
               "index_actor_cpu_s": searched["worker_cpu_s"], "index_actor_peak_rss_mb": searched["peak_rss_mb_per_worker"],
               "same_as_local": same, "load": round(os.getloadavg()[0], 1)}
        print(json.dumps(run))
        out["runs"].append(run)
    by = {(r["engine"], r["workers"]): r for r in out["runs"]}
    out["scaling"] = round(by[("ray", 2)]["docs_per_s"] / by[("ray", 1)]["docs_per_s"], 2)
    print(json.dumps({"scaling_2_over_1": out["scaling"]}))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="part", required=True)
    p = sub.add_parser("ingest")
    p.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    p.add_argument("--limit", type=int, default=400)
    p.add_argument("--shard-size", type=int, default=100)
    p.add_argument("--json", help="also write the results to this file")
    p = sub.add_parser("link")
    p.add_argument("--db", required=True)
    p.add_argument("--encoder", default="use")
    p.add_argument("--replicas", type=int, default=1)
    p.add_argument("--batch", type=int, default=32, help="documents per Linker.add and per Ray task")
    p.add_argument("--limit", type=int, default=0, help="only the first N documents of the store")
    p.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()
    res = bench_ingest(args) if args.part == "ingest" else bench_link(args)
    if getattr(args, "json", None):
        Path(args.json).write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
