"""Speed and memory: analyse the 148 test articles of de-news-quotes in one process, side by side
with plain sentence splitting of the same texts (the baseline), and say where the time goes.

    python benchmarks/speed.py [--data ../shared/data] [--repeat 1]

Prints articles per second for both (by the CPU time of this one process, and by the clock),
their ratio, peak memory (RSS high-water mark of this
process, and tracemalloc's peak of Python allocations during the full analysis), and the
seconds per pipeline step. Figures are measurements, not assertions.

One pass by default: after the warm-up article every article is read for the first time, so the
caches that outlive a document (the lru caches of pure functions of a word or a phrase, spaCy's
vocabulary) hold only what the articles before it put there, as in a process that analyses a
stream of articles. With --repeat N (best of N) the later passes read articles already seen,
whose words every such cache then holds: warm figures, a little flattering.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--repeat", type=int, default=1, help="passes, best taken (the first is the cold one: see above)")
    args = ap.parse_args()
    path = Path(args.data) / "de-news-quotes" / "test.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found (needs ../shared/data)")
        return 0
    texts = [json.loads(line)["originalText"] for line in path.open(encoding="utf-8")]

    from sourcetrace.api import default_pipeline
    from sourcetrace.document import Document
    from sourcetrace.textutil import lines, split_sentences

    pipeline = default_pipeline()
    # load every model once before timing: a real article of the corpus, long enough to reach the language
    # identifier (a short text is decided by function words alone and would leave its model to the first pass)
    pipeline(Document(text=texts[0], name="warmup"))
    for st in pipeline.stats.values():
        st.calls, st.seconds = 0, 0.0

    def baseline() -> tuple[float, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            for ln in lines(t):
                split_sentences(t, ln.start, ln.end)
        return time.process_time() - c0, time.perf_counter() - t0

    def full() -> tuple[float, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            pipeline(Document(text=t, name="bench"))
        return time.process_time() - c0, time.perf_counter() - t0

    base_cpu, base_s = min(baseline() for _ in range(args.repeat))
    full_cpu, full_s = min(full() for _ in range(args.repeat))
    tracemalloc.start()
    full()
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(texts)
    print(f"corpus: de-news-quotes test, {n} articles, {sum(len(t) for t in texts):,} characters; "
          + ("one pass, every article read for the first time" if args.repeat == 1 else f"best of {args.repeat} (warm caches)"))
    print("articles per second of CPU time on one core (wall-clock time in brackets: it also counts other jobs)")
    print(f"baseline (sentence splitting only): {n / base_cpu:8.1f} articles/s  ({n / base_s:.1f} by the clock)")
    print(f"full analysis (all steps):          {n / full_cpu:8.1f} articles/s  ({n / full_s:.1f} by the clock)"
          f"   {full_cpu / base_cpu:.1f}x the baseline's CPU time")
    print(f"peak memory: {rss_mb:.0f} MB RSS high-water mark (process); {peak / 2**20:.1f} MB peak Python allocations during one full pass")
    total = sum(st.seconds for st in pipeline.stats.values())
    print("where the time goes (wall-clock seconds, all passes):")
    for name, st in sorted(pipeline.stats.items(), key=lambda kv: -kv[1].seconds):
        print(f"  {name:<24} {st.seconds:6.2f} s  {100 * st.seconds / total:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
