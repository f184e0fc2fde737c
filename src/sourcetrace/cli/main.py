"""The `sourcetrace` command: a thin door onto the same pipeline as the Python API."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..errors import Errors, InputError, SourcetraceError

FORMATS = {"text": "txt", "json": "json", "html": "html"}


def _render(doc: object, fmt: str) -> str:
    if fmt == "json":
        from ..writers.json import dumps

        return dumps(doc)  # type: ignore[arg-type]
    if fmt == "html":
        from ..writers.html import render as render_html

        return render_html(doc)  # type: ignore[arg-type]
    from ..writers.text import render as render_text

    return render_text(doc)  # type: ignore[arg-type]


def _progress(i: int, n: int, name: str) -> None:
    if n > 1 and sys.stderr.isatty():
        width = 30
        done = int(width * i / n)
        sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {name[-40:]:<40}")
        if i == n:
            sys.stderr.write("\n")
        sys.stderr.flush()


def cmd_analyze(args: argparse.Namespace) -> int:
    from ..api import check_date, check_lang, default_pipeline, prepare
    from ..readers import read_document, read_path

    if args.date:
        check_date(args.date)
    check_lang(args.lang)
    inputs: list[str] = args.inputs
    if len(inputs) > 1 and not args.output_dir:
        raise InputError(Errors.E011.format(count=len(inputs)))
    pipeline = default_pipeline(args.sentence_model)
    failures: list[tuple[str, str]] = []
    written: set[Path] = set()
    out_dir = Path(args.output_dir) if args.output_dir else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(inputs, 1):
        try:
            name, data = read_path(path, max_bytes=args.max_bytes)
            doc = prepare(read_document(name, data), date=args.date, lang=args.lang)
            pipeline(doc)
            rendered = _render(doc, args.format)
        except InputError as exc:
            if len(inputs) == 1:
                raise
            failures.append((path, str(exc)))
            _progress(i, len(inputs), path)
            continue
        except Exception as exc:  # a bug of ours must not lose the other documents of a batch
            if len(inputs) == 1:
                raise
            failures.append((path, f"internal error ({type(exc).__name__}: {exc}); please report it with this file"))
            _progress(i, len(inputs), path)
            continue
        if out_dir:
            stem = "stdin" if path == "-" else Path(path).stem
            target = out_dir / f"{stem}.{FORMATS[args.format]}"
            k = 2
            while target in written:  # two inputs with the same stem in one run
                target = out_dir / f"{stem}-{k}.{FORMATS[args.format]}"
                k += 1
            written.add(target)
            target.write_text(rendered, encoding="utf-8")
        elif args.output:
            Path(args.output).write_text(rendered, encoding="utf-8")
        else:
            sys.stdout.write(rendered)
        _progress(i, len(inputs), path)
    if failures:
        for path, reason in failures:
            print(f"skipped {path}: {reason}", file=sys.stderr)
        print(Errors.W001.format(count=len(failures)), file=sys.stderr)
        return 2 if len(failures) == len(inputs) else 1
    return 0


def cmd_steps(args: argparse.Namespace) -> int:
    from ..api import default_pipeline

    for row in default_pipeline(args.sentence_model).analyze_pipes():
        print(f"{row['name']:<24} requires {', '.join(row['requires'])}  →  assigns {', '.join(row['assigns'])}")  # type: ignore[arg-type]
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from ..eval import run_eval

    return run_eval(args)


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    p = argparse.ArgumentParser(prog="sourcetrace", description="Make the sourcing of news articles explicit.")
    p.add_argument("--version", action="version", version=f"sourcetrace {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analyse articles (plain text or HTML)")
    a.add_argument("inputs", nargs="+", metavar="INPUT", help="article files, or - for standard input")
    a.add_argument("--format", choices=sorted(FORMATS), default="text", help="report format (default: text)")
    g = a.add_mutually_exclusive_group()
    g.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (one input)")
    g.add_argument("--output-dir", metavar="DIR", help="write DIR/<input stem>.<json|html|txt> per input")
    a.add_argument("--date", metavar="YYYY-MM-DD", help="article date (else metadata or inferred)")
    a.add_argument("--lang", default="auto", help="auto, de or en (default: auto, per segment)")
    a.add_argument("--max-bytes", type=int, default=5_000_000, help="refuse inputs larger than this")
    a.add_argument("--sentence-model", action="store_true",
                   help="also run the learned quote-sentence step (more recall on Wikinews-style text, less precision)")
    a.set_defaults(func=cmd_analyze)
    s = sub.add_parser("steps", help="list the pipeline's steps with what they require and assign")
    s.add_argument("--sentence-model", action="store_true", help="include the optional learned step")
    s.set_defaults(func=cmd_steps)
    e = sub.add_parser("eval", help="score against a shared corpus (needs ../shared/data)")
    e.add_argument("corpus", choices=["seed", "de-news-quotes", "polnear", "krauts", "embeds"])
    e.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    e.add_argument("--data", default=None, help="path of shared/data (default: ../shared/data)")
    e.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--sentence-model", action="store_true", help="include the learned quote-sentence step")
    e.set_defaults(func=cmd_eval)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except SourcetraceError as exc:
        print(f"sourcetrace: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
