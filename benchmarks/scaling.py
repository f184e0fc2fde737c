"""Does analysis time grow with the input's size and no faster? Builds inputs of 10 KB … 1 MB by
concatenating real news articles, German and English taking turns, none repeated (see `corpus`;
without ../shared/data, the repository's example and fixture texts), and analyses each through
the CLI in this process, as a user would:

    sourcetrace analyze INPUT --format json -o OUT --max-bytes 2000000

    python benchmarks/scaling.py [--data ../shared/data] [--sizes 10,50,100,200,500,1000]
                                 [--repeat 1] [--steps]

Prints, per size, the share of the input the analysis read (title, body, posts, captions: reader
comments and boilerplate are skipped), the CPU seconds of the analysing process (each size in a fresh process, best
of --repeat, after one warm-up run on other text that loads the models) beside the wall-clock seconds, the ratio to the 50 KB time and to the size
ratio, and with --steps the seconds per pipeline step. Linear time means the time ratio stays
near the size ratio (1 MB = 20 × 50 KB). CPU time is the figure to compare: on a shared machine
the wall-clock time also counts the other jobs. Figures are measurements, not assertions.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(data: Path) -> tuple[str, list[list[str]]]:
    """Real news articles in two streams that take turns by size (German needs more rules than
    English, so every input gets the same mix): de-news-quotes test, dev, then train (German);
    PolNeAR test, dev, then train (English). Clean article texts without reader comments or page
    furniture, so that the whole input is analysed; no article is repeated up to 1 MB, so no
    cache sees the same text twice."""
    streams: dict[str, list[str]] = {"de": [], "en": []}
    for split in ("test", "dev", "train"):
        path = data / "de-news-quotes" / f"{split}.jsonl"
        if path.exists() and sum(map(len, streams["de"])) < 1_000_000:
            streams["de"] += [json.loads(line)["originalText"].strip() for line in path.open(encoding="utf-8")]
        folder = data / "polnear" / "data" / split / "text"
        if sum(map(len, streams["en"])) < 1_000_000:
            streams["en"] += [p.read_text(encoding="utf-8").strip() for p in sorted(folder.glob("*.txt"))]
    if all(streams.values()):
        return "de-news-quotes (German) and PolNeAR (English) articles, test split first", list(streams.values())
    own = [ROOT / "examples" / "beispiel.txt", *sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8").strip() for p in own if p.exists()]
    fixture = ROOT / "tests" / "fixtures" / "hedges.tsv"
    if fixture.exists():  # the hedge test sentences, one paragraph each
        texts.append("\n\n".join(line.split("\t")[0] for line in fixture.read_text(encoding="utf-8").splitlines()[1:]))
    return "the repository's example and fixture texts (repeated: ../shared/data is absent)", [texts]


def build(streams: list[list[str]], size: int) -> str:
    """Whole articles separated by blank lines until `size` UTF-8 bytes, the stream with the
    fewest bytes so far giving the next one; the last is cut at a line end so that no sentence
    is broken."""
    parts: list[str] = []
    used = [0] * len(streams)
    nxt = [0] * len(streams)
    while sum(used) < size:
        k = min(range(len(streams)), key=lambda j: used[j])
        t = streams[k][nxt[k] % len(streams[k])]
        nxt[k] += 1
        b = len(t.encode("utf-8")) + 2
        if sum(used) + b > size:
            room = size - sum(used) - 2
            cut = t.encode("utf-8")[: max(0, room)].decode("utf-8", "ignore")
            cut = cut[: cut.rfind("\n")] if "\n" in cut else cut
            if cut.strip():
                parts.append(cut)
            break
        parts.append(t)
        used[k] += b
    return "\n\n".join(parts) + "\n"


def measure(path: str, warm: str, repeat: int) -> dict[str, object]:
    """In a fresh process: one warm-up run on other text (loads the models), then `repeat`
    timed runs of the CLI on `path`; CPU and wall seconds of the best, seconds per step."""
    from sourcetrace.api import default_pipeline
    from sourcetrace.cli.main import main as cli

    out = str(Path(path).with_suffix(".json"))

    def run(p: str) -> tuple[float, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        code = cli(["analyze", p, "--format", "json", "-o", out, "--max-bytes", "2000000"])
        if code != 0:
            raise SystemExit(f"analyze failed on {p} (exit {code})")
        return time.process_time() - c0, time.perf_counter() - t0

    run(warm)
    pipeline = default_pipeline(False)  # the CLI's pipeline (same cache key)
    for st in pipeline.stats.values():
        st.calls, st.seconds = 0, 0.0
    cpu, wall = min(run(path) for _ in range(repeat))
    result = json.loads(Path(out).read_text(encoding="utf-8"))
    claims = {"title", "body", "social_post", "caption"}  # the segments the analysis reads
    analysed = sum(sg["end"] - sg["start"] for sg in result["segments"] if sg["kind"] in claims)
    return {"cpu": cpu, "wall": wall, "analysed": analysed / max(1, result["text_length"]),
            "steps": {n: st.seconds / repeat for n, st in pipeline.stats.items()}}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--sizes", default="10,50,100,200,500,1000", help="sizes in KB (1000 = 1 MB)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--steps", action="store_true", help="also print the seconds per step")
    ap.add_argument("--one", nargs=2, metavar=("INPUT", "WARMUP"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], args.one[1], args.repeat)))
        return 0
    sizes = [int(x) for x in args.sizes.split(",")]

    origin, streams = corpus(Path(args.data))
    print(f"inputs: concatenated from {origin}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"  # from the other end of the streams: text no input holds
        warm.write_text(build([list(reversed(x)) for x in streams], 20_000), encoding="utf-8")
        for kb in sizes:
            path = Path(tmp) / f"in{kb}.txt"
            path.write_text(build(streams, kb * 1000), encoding="utf-8")
            # each size in a fresh process, so that no cache holds the articles of a smaller one
            res = subprocess.run([sys.executable, __file__, "--one", str(path), str(warm), "--repeat", str(args.repeat)],
                                 capture_output=True, text=True, check=True)
            m = json.loads(res.stdout.strip().splitlines()[-1])
            rows.append((kb, path.stat().st_size, float(m["cpu"]), float(m["wall"]), dict(m["steps"]), float(m["analysed"])))
            print(f"  {kb:>5} KB done in {m['cpu']:.2f} s CPU, {m['wall']:.2f} s wall", file=sys.stderr)

    base = next((r for r in rows if r[0] == 50), rows[0])
    print(f"CPU seconds of the analysing process (wall-clock seconds also count other jobs); best of {args.repeat}")
    print(f"{'size':>8} {'bytes':>10} {'analysed':>9} {'CPU s':>8} {'wall s':>8} {'x CPU of ' + str(base[0]) + ' KB':>15} {'x size':>7} {'CPU s per 100 KB':>17}")
    for kb, nbytes, cpu, wall, _steps, share in rows:
        print(f"{kb:>5} KB {nbytes:>10,} {share:>9.0%} {cpu:>8.2f} {wall:>8.2f} {cpu / base[2]:>15.1f} {nbytes / base[1]:>7.1f} {100_000 * cpu / nbytes:>17.2f}")
    if args.steps:
        names = sorted(rows[-1][4], key=lambda n: -rows[-1][4][n])
        print("wall seconds per step:")
        print(f"  {'step':<32}" + "".join(f"{str(kb) + ' KB':>10}" for kb, *_ in rows))
        for name in names:
            print(f"  {name:<32}" + "".join(f"{r[4].get(name, 0.0):>10.2f}" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
