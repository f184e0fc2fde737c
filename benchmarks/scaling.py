"""Does analysis time grow with the input's size and no faster? Builds inputs of 10 KB … 1 MB by
concatenating real articles (`../shared/data/articles-curated`, all of them, in name order,
repeated as needed; without ../shared, the repository's example and fixture texts) and analyses
each through the CLI in this process, as a user would:

    sourcetrace analyze INPUT --format json -o OUT --max-bytes 2000000

    python benchmarks/scaling.py [--data ../shared/data] [--sizes 10,50,100,200,500,1000]
                                 [--repeat 1] [--steps]

Prints, per size, the CPU seconds of this process (best of --repeat, after one warm-up run that
loads the models) beside the wall-clock seconds, the ratio to the 50 KB time and to the size
ratio, and with --steps the seconds per pipeline step. Linear time means the time ratio stays
near the size ratio (1 MB = 20 × 50 KB). CPU time is the figure to compare: on a shared machine
the wall-clock time also counts the other jobs. Figures are measurements, not assertions.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(data: Path) -> tuple[str, list[str]]:
    folder = data / "articles-curated"
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(folder.glob("*.txt"))]
    if texts:
        return f"{folder} ({len(texts)} articles)", texts
    own = [ROOT / "examples" / "beispiel.txt", *sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8").strip() for p in own if p.exists()]
    fixture = ROOT / "tests" / "fixtures" / "hedges.tsv"
    if fixture.exists():  # the hedge test sentences, one paragraph each
        texts.append("\n\n".join(line.split("\t")[0] for line in fixture.read_text(encoding="utf-8").splitlines()[1:]))
    return "the repository's example and fixture texts", texts


def build(texts: list[str], size: int) -> str:
    """Whole articles separated by blank lines until `size` UTF-8 bytes; the last one is cut at
    a line end so that no sentence is broken."""
    parts: list[str] = []
    used = 0
    k = 0
    while used < size:
        t = texts[k % len(texts)]
        k += 1
        b = len(t.encode("utf-8")) + 2
        if used + b > size:
            room = size - used - 2
            cut = t.encode("utf-8")[:room].decode("utf-8", "ignore")
            cut = cut[: cut.rfind("\n")] if "\n" in cut else cut
            if cut.strip():
                parts.append(cut)
            break
        parts.append(t)
        used += b
    return "\n\n".join(parts) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--sizes", default="10,50,100,200,500,1000", help="sizes in KB (1000 = 1 MB)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--steps", action="store_true", help="also print the seconds per step")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]

    from sourcetrace.api import default_pipeline
    from sourcetrace.cli.main import main as cli

    origin, texts = corpus(Path(args.data))
    print(f"inputs: concatenated from {origin}")
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out.json")

        def run(path: Path) -> tuple[float, float]:
            t0, c0 = time.perf_counter(), time.process_time()
            code = cli(["analyze", str(path), "--format", "json", "-o", out, "--max-bytes", "2000000"])
            if code != 0:
                raise SystemExit(f"analyze failed on {path} (exit {code})")
            return time.process_time() - c0, time.perf_counter() - t0

        warm = Path(tmp) / "warm.txt"
        warm.write_text(build(texts, 20_000), encoding="utf-8")
        run(warm)
        pipeline = default_pipeline(False)  # the CLI's pipeline (same cache key)
        rows = []
        for kb in sizes:
            path = Path(tmp) / f"in{kb}.txt"
            path.write_text(build(texts, kb * 1000), encoding="utf-8")
            for st in pipeline.stats.values():
                st.calls, st.seconds = 0, 0.0
            cpu, wall = min(run(path) for _ in range(args.repeat))
            steps = {name: st.seconds / args.repeat for name, st in pipeline.stats.items()}
            rows.append((kb, path.stat().st_size, cpu, wall, steps))
            print(f"  {kb:>5} KB done in {cpu:.2f} s CPU, {wall:.2f} s wall", file=sys.stderr)

    base = next((r for r in rows if r[0] == 50), rows[0])
    print(f"CPU seconds of this process (wall-clock seconds depend on the other jobs); best of {args.repeat}")
    print(f"{'size':>8} {'bytes':>10} {'CPU s':>8} {'wall s':>8} {'x CPU of ' + str(base[0]) + ' KB':>15} {'x size':>7} {'CPU s per 100 KB':>17}")
    for kb, nbytes, cpu, wall, _steps in rows:
        print(f"{kb:>5} KB {nbytes:>10,} {cpu:>8.2f} {wall:>8.2f} {cpu / base[2]:>15.1f} {nbytes / base[1]:>7.1f} {100_000 * cpu / nbytes:>17.2f}")
    if args.steps:
        names = sorted(rows[-1][4], key=lambda n: -rows[-1][4][n])
        print("wall seconds per step:")
        print(f"  {'step':<32}" + "".join(f"{str(kb) + ' KB':>10}" for kb, *_ in rows))
        for name in names:
            print(f"  {name:<32}" + "".join(f"{r[4].get(name, 0.0):>10.2f}" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
