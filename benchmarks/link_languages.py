"""How much lower an encoder's cosine is across German and English than within one language, for
the same content: the calibration `THRESHOLDS[encoder]["xlang_scale"]`, `["xlang_shift"]` that
puts a German–English cosine on the same-language scale (`linker.on_language_scale`).

    python benchmarks/link_languages.py [--encoder use|e5] [--data ../shared/data]

The texts are the news documents of the parallel UD treebanks (PUD: the same sentences in English
and German, `ud-english-pud`, `ud-german-pud` in ../shared/data; read there, not copied): for each
document its first two English sentences (X) against English runs of its sentences that overlap X
more or less (one sentence, the next three, …) and against the German translations of the same
runs. A same-language cosine m and the cross-language cosine x of one pair say the same content;
the least-squares line x ≈ c · m + d over the pairs of same-language cosine ≥ 0.4 (the range
where stories and claims are decided), turned round (m = x / c − d / c: scale 1 / c, shift −d / c),
is the calibration: it maps the German–English cosines of each band of m onto that band (a line of
m on x instead would pull them towards the mean of the pairs drawn). Printed: the mean cosines by
band of m, the line and how far the calibrated cosines fall from m."""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

import numpy as np

#: runs of each document's sentences compared with its first two (start, end): from all of X to
#: none of it
RUNS = [(0, 1), (0, 2), (0, 3), (1, 3), (1, 4), (2, 4), (0, 4), (2, 5)]


def read_pud(path: Path) -> dict[str, list[str]]:
    """News document id → its sentences' texts, in order."""
    docs: dict[str, list[str]] = defaultdict(list)
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        sid = re.search(r"^# sent_id = (n\d{5})", block, re.M)
        text = re.search(r"^# text = (.+)$", block, re.M)
        if sid and text:
            docs[sid.group(1)].append(text.group(1))
    return docs


def measure(encoder: str, data: Path) -> dict[str, float]:
    from sourcetrace.link.encoders import get_encoder

    en = read_pud(data / "ud-english-pud" / "en_pud-ud-test.conllu")
    de = read_pud(data / "ud-german-pud" / "de_pud-ud-test.conllu")
    ids = [d for d in en if len(en[d]) >= 4 and len(de.get(d, [])) == len(en[d])]
    enc = get_encoder(encoder)
    x_en = enc.encode([" ".join(en[d][:2]) for d in ids])
    mono, cross = [], []
    for lo, hi in RUNS:
        sel = [i for i, d in enumerate(ids) if len(en[d]) >= hi]
        ve = enc.encode([" ".join(en[ids[i]][lo:hi]) for i in sel])
        vd = enc.encode([" ".join(de[ids[i]][lo:hi]) for i in sel])
        mono += list(np.sum(x_en[sel] * ve, axis=1))
        cross += list(np.sum(x_en[sel] * vd, axis=1))
    m, x = np.array(mono), np.array(cross)
    print(f"{encoder}: {len(ids)} PUD news documents, {len(m)} pairs")
    for lo, hi in [(0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]:
        s = (m >= lo) & (m < hi)
        if s.any():
            print(f"  same-language {lo:.1f}–{min(hi, 1.0):.1f}: {int(s.sum()):3d} pairs, "
                  f"German–English {x[s].mean():.3f} (lower by {np.mean(m[s] - x[s]):.3f})")
    fit = m >= 0.4
    c, d = np.polyfit(m[fit], x[fit], 1)
    scale, shift = 1 / c, -d / c
    err = np.abs(scale * x[fit] + shift - m[fit])
    print(f"  calibration: same-language ≈ {scale:.2f} · German–English {shift:+.3f} "
          f"(mean error {err.mean():.3f}; uncalibrated {np.abs(x[fit] - m[fit]).mean():.3f})")
    return {"xlang_scale": round(float(scale), 2), "xlang_shift": round(float(shift), 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--encoder", default="use")
    ap.add_argument("--data", default=str(Path.cwd().parent / "shared" / "data"))
    args = ap.parse_args()
    print(measure(args.encoder, Path(args.data)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
