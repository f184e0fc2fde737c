"""How well each bundled encoder separates same-claim pairs from look-alikes, and how fast it is.

    python benchmarks/link_encoders.py [use e5 hashing]

The pairs are sentences we wrote (German/English, paraphrase, translation, another statement on
the same occasion); the margin is the lowest same-claim cosine minus the highest look-alike one
(positive: one threshold separates them all)."""

from __future__ import annotations

import sys
import time

SAME = [
    ("das Werk bleibe bis Ende Juni geschlossen", "the plant would stay closed until the end of June"),
    ("das Werk bleibe bis Ende Juni geschlossen", "The Kessler Chemie plant in Lindenau will stay closed until the end of June"),
    ("das Feuer habe zwei Produktionshallen zerstört",
     "A fire at the Kessler Chemie plant in Lindenau destroyed two production halls on Saturday night"),
    ("das Feuer habe zwei Produktionshallen zerstört", "The fire destroyed two production halls"),
    ("die Sprinkleranlage sei seit drei Wochen abgeschaltet gewesen",
     "the plant's sprinkler system had been switched off for three weeks"),
    ("die Sprinkleranlage sei seit drei Wochen abgeschaltet gewesen",
     "that the sprinkler system at its Lindenau plant had been switched off before the fire"),
    ("Die Regierung stellt fünf Milliarden Euro für die Bahn bereit",
     "The government is providing five billion euros for the railway"),
]
OTHER = [
    ("the system had been working", "that the sprinkler system at its Lindenau plant had been switched off before the fire"),
    ("die Stadt werde 12 Millionen Euro in Schulen investieren", "das Geld reiche nicht für die Sanierung der Turnhallen"),
    ("das Werk bleibe bis Ende Juni geschlossen", "das Feuer habe zwei Produktionshallen zerstört"),
    ("the plant would stay closed until the end of June",
     "A fire at the Kessler Chemie plant in Lindenau destroyed two production halls on Saturday night"),
    ("Die Regierung stellt fünf Milliarden Euro für die Bahn bereit",
     "Die Regierung will die Bahn bis 2030 privatisieren"),
]


def main() -> int:
    from sourcetrace.link.encoders import get_encoder

    for name in sys.argv[1:] or ["use", "e5", "hashing"]:
        t0 = time.perf_counter()
        enc = get_encoder(name)
        load = time.perf_counter() - t0
        texts = [t for pair in SAME + OTHER for t in pair]
        t1 = time.perf_counter()
        vec = enc.encode(texts)
        per = (time.perf_counter() - t1) / len(texts)
        sims = [float(vec[2 * i] @ vec[2 * i + 1]) for i in range(len(SAME) + len(OTHER))]
        same, other = sims[: len(SAME)], sims[len(SAME) :]
        print(f"{name:8} same-claim {min(same):.2f}–{max(same):.2f}  look-alike {min(other):.2f}–{max(other):.2f}  "
              f"margin {min(same) - max(other):+.2f}  {1000 * per:.0f} ms/sentence  (load {load:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
