"""Evaluation commands: `sourcetrace eval seed|curated|de-news-quotes|polnear|krauts|embeds|dates`.

Each reads a shared corpus from `--data` (default `../shared/data`), never copies it, and prints
the scores with the corpus, split and metric named."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import Errors, InputError


def data_root(arg: str | None) -> Path:
    root = Path(arg) if arg else Path.cwd().parent / "shared" / "data"
    if not root.exists():
        raise InputError(Errors.E030.format(path=root))
    return root


def run_eval(args: argparse.Namespace) -> int:
    root = data_root(args.data)
    if args.corpus == "seed":
        from .seed import evaluate_seed

        result = evaluate_seed(root.parent)
    elif args.corpus == "de-news-quotes":
        from .denews import evaluate

        result = evaluate(root / "de-news-quotes", args.split, limit=args.limit, sentence_model=args.sentence_model)
    elif args.corpus == "polnear":
        from .polnear import evaluate as ev_polnear

        result = ev_polnear(root / "polnear", args.split, limit=args.limit)
    elif args.corpus == "curated":
        from .curated import evaluate as ev_curated

        result = ev_curated(root, limit=args.limit)
    elif args.corpus == "checkthat2020":
        from .checkthat import evaluate as ev_checkthat

        result = ev_checkthat(root / "checkthat2020-task2-claim-retrieval", args.split, encoder=args.encoder,
                              limit=args.limit)
    elif args.corpus == "krauts":
        from .krauts import evaluate as ev_krauts

        result = ev_krauts(root / "krauts", limit=args.limit)
    elif args.corpus == "dates":
        from .dates import evaluate as ev_dates

        result = ev_dates(root, limit=args.limit)
    else:
        from .embeds import evaluate as ev_embeds

        result = ev_embeds(root / "trafilatura-eval", limit=args.limit)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print(format_result(result))
    return 0


def format_result(result: dict[str, object], indent: str = "") -> str:
    lines = []
    for k, v in result.items():
        if isinstance(v, dict):
            if {"p", "r", "f1"} <= set(v):
                lines.append(f"{indent}{k:<28} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}")
            else:
                lines.append(f"{indent}{k}:")
                lines.append(format_result(v, indent + "  "))
        else:
            lines.append(f"{indent}{k:<28} {v}")
    return "\n".join(lines)
