"""The `sourcetrace` command: a thin door onto the same pipeline as the Python API."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from ..errors import Errors, InputError, SourcetraceError
from ..readers.text import COMMAND_MAX_BYTES

FORMATS = {"text": "txt", "json": "json", "html": "html"}


#: The terminal report is wrapped to the terminal, but never wider than this (long lines read badly).
MAX_TEXT_WIDTH = 120


def _render(doc: object, fmt: str, why: bool = False) -> str:
    if fmt == "json":
        from ..writers.json import dumps

        return dumps(doc)  # type: ignore[arg-type]
    if fmt == "html":
        from ..writers.html import render as render_html

        return render_html(doc)  # type: ignore[arg-type]
    from ..writers.text import render as render_text

    width = min(MAX_TEXT_WIDTH, shutil.get_terminal_size((100, 24)).columns)
    return render_text(doc, width=width, why=why)  # type: ignore[arg-type]


def _fd_closed(fd: int, writing: bool) -> bool:
    """True when `fd` cannot be used: closed, or opened the wrong way."""
    try:
        os.fstat(fd)
    except OSError:
        return True
    try:
        import fcntl

        mode = fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE
        if mode == (os.O_RDONLY if writing else os.O_WRONLY):
            return True
    except (ImportError, OSError):
        pass
    return False


def _stream_closed(stream: object, writing: bool) -> bool:
    if stream is None:
        return True
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return False  # not a real file (a test's capture): nothing to check
    return _fd_closed(int(fd), writing)


class ReaderGone(Exception):
    """Standard output is a pipe whose reader has already stopped (`… | head -n0`) before anything
    was written: nobody will read the result, so the command ends quietly with exit 0, as other
    Unix tools do, instead of working for nothing."""


def _reader_gone(stream: object) -> bool:
    """True when `stream` is a pipe whose read end is closed."""
    try:
        fd = int(stream.fileno())  # type: ignore[attr-defined]
        import select

        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError, TypeError):
        return False


def _check_stdout(has_output_option: bool) -> None:
    """A closed standard output is the user's mistake (one line, E045); a pipe whose reader has
    stopped is no mistake (ReaderGone: quiet, exit 0)."""
    if _stream_closed(sys.stdout, writing=True):
        raise InputError(Errors.E045.format(or_file=" or pass -o FILE" if has_output_option else ""))
    if _reader_gone(sys.stdout):
        raise ReaderGone


def _probe_write(path: Path, shown: str) -> None:
    """Check that `path` can be written, without truncating it or leaving a file behind."""
    try:
        if path.exists():
            with path.open("a", encoding="utf-8"):
                pass
        else:
            with path.open("x", encoding="utf-8"):
                pass
            path.unlink()
    except OSError as exc:
        raise InputError(Errors.E042.format(path=shown, reason=exc.strerror or type(exc).__name__)) from exc


def check_output_file(output: str | None, has_output_option: bool = True) -> None:
    """The corpus and linking commands: refuse an `-o FILE` that cannot be written, or a closed
    standard output, before any work runs (one line, exit 2, never a traceback); `has_output_option`:
    the command takes `-o FILE` (E045 suggests it only then)."""
    if output is None:
        _check_stdout(has_output_option)
        return
    out = Path(output)
    if out.is_dir() or output.endswith(("/", os.sep)):
        raise InputError(Errors.E075.format(path=output))
    if not out.parent.is_dir():
        raise InputError(Errors.E041.format(path=output, folder=str(out.parent)))
    _probe_write(out, output)


#: Commands whose result goes to standard output unless `-o FILE` names a file (`analyze` checks its own).
TO_STDOUT = frozenset({"export", "search", "sources", "show", "status", "stories", "story", "steps", "eval"})


def _targets(inputs: list[str], out_dir: Path, ext: str) -> list[Path]:
    """DIR/<input stem>.<ext> per input; a second input with the same stem gets -2, -3, …"""
    targets: list[Path] = []
    for path in inputs:
        stem = "stdin" if path == "-" else Path(path).stem
        target, k = out_dir / f"{stem}.{ext}", 2
        while target in targets:
            target, k = out_dir / f"{stem}-{k}.{ext}", k + 1
        targets.append(target)
    return targets


def _not_an_input(target: Path, inputs: list[str], shown: str) -> None:
    if target.exists():
        for path in inputs:
            if path != "-" and Path(path).exists() and Path(path).resolve() == target.resolve():
                raise InputError(Errors.E043.format(path=shown))


def check_outputs(args: argparse.Namespace) -> list[Path | None]:
    """Refuse an output that cannot be written, before any analysis runs (so no work is lost).
    Returns where each input's report goes (None: standard output)."""
    inputs: list[str] = args.inputs
    if "-" in inputs and _stream_closed(sys.stdin, writing=False):
        raise InputError(Errors.E046.format())
    if args.output_dir:
        out_dir = Path(args.output_dir)
        if out_dir.exists() and not out_dir.is_dir():
            raise InputError(Errors.E044.format(path=args.output_dir, reason="it is a file, not a folder"))
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=out_dir, prefix=".sourcetrace-"):
                pass
        except OSError as exc:
            raise InputError(Errors.E044.format(path=args.output_dir, reason=exc.strerror or type(exc).__name__)) from exc
        targets = _targets(inputs, out_dir, FORMATS[args.format])
        for target in targets:
            if target.is_dir():
                raise InputError(Errors.E042.format(path=str(target), reason="a folder of that name is in the way"))
            _not_an_input(target, inputs, str(target))
            if target.exists():
                _probe_write(target, str(target))
        return list(targets)
    if args.output:
        out = Path(args.output)
        if out.is_dir() or args.output.endswith(("/", os.sep)):
            raise InputError(Errors.E040.format(path=args.output))
        folder = out.parent
        if not folder.is_dir():
            raise InputError(Errors.E041.format(path=args.output, folder=str(folder)))
        _not_an_input(out, inputs, args.output)
        _probe_write(out, args.output)
        return [out]
    _check_stdout(has_output_option=True)
    return [None] * len(inputs)


def _write(target: Path, rendered: str) -> None:
    try:
        target.write_text(rendered, encoding="utf-8")
    except OSError as exc:
        raise InputError(Errors.E042.format(path=str(target), reason=exc.strerror or type(exc).__name__)) from exc


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
    from ..readers import check_text_size, read_document, read_path

    if args.date:
        check_date(args.date)
    check_lang(args.lang)
    if args.max_bytes <= 0:
        raise InputError(Errors.E052.format())
    inputs: list[str] = args.inputs
    if len(inputs) > 1 and not args.output_dir:
        raise InputError(Errors.E011.format(count=len(inputs)))
    if inputs.count("-") > 1:  # (the second read would find it empty)
        raise InputError(Errors.E080.format(count=inputs.count("-")))
    targets = check_outputs(args)
    if "-" in inputs and sys.stdin is not None and sys.stdin.isatty():
        print("sourcetrace: reading the article from the terminal; end it with Ctrl-D (Ctrl-Z Enter on Windows)",
              file=sys.stderr)
    pipeline = default_pipeline(args.sentence_model)
    failures: list[tuple[str, str]] = []
    for i, (path, target) in enumerate(zip(inputs, targets), 1):
        try:
            name, data = read_path(path, max_bytes=args.max_bytes)
            read = read_document(name, data)
            check_text_size(name, read, args.max_bytes)  # (an HTML page may be larger: its text is what is analysed)
            doc = prepare(read, date=args.date, lang=args.lang, publisher=args.publisher)
            pipeline(doc)
            rendered = _render(doc, args.format, args.why)
            if target is None:
                sys.stdout.write(rendered)
            else:
                _write(target, rendered)
        except InputError as exc:
            if len(inputs) == 1:
                raise
            failures.append((path, str(exc)))
        except BrokenPipeError:
            raise
        except Exception as exc:  # a bug of ours must not lose the other documents of a batch
            if len(inputs) == 1:
                raise
            failures.append((path, f"internal error ({type(exc).__name__}: {exc}); please report it with this file"))
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


class _Parser(argparse.ArgumentParser):
    """A wrong option or value (`--format jsn`) is one line that says where help is, exit 2, as
    every other user mistake is (argparse's default prints the whole usage block first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}; see '{self.prog} --help'\n")


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    p = _Parser(prog="sourcetrace", description="Make the sourcing of news articles explicit.")
    p.add_argument("--version", action="version", version=f"sourcetrace {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analyse articles (plain text or HTML)")
    a.add_argument("inputs", nargs="+", metavar="INPUT", help="article files, or - for standard input")
    a.add_argument("--format", choices=sorted(FORMATS), default="text", help="report format (default: text)")
    g = a.add_mutually_exclusive_group()
    g.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (one input)")
    g.add_argument("--output-dir", metavar="DIR", help="write DIR/<input stem>.<json|html|txt> per input")
    a.add_argument("--date", metavar="YYYY[-MM[-DD]]",
                   help="article date, or its month or year (else metadata, dateline, byline or post dates; else unknown)")
    a.add_argument("--lang", default="auto", help="auto, de or en (default: auto, per segment)")
    a.add_argument("--publisher", metavar="NAME",
                   help="the outlet that publishes the article (else an HTML page's site name): the end of every chain, never a link")
    a.add_argument("--max-bytes", type=int, default=COMMAND_MAX_BYTES, help="refuse inputs larger than this (default 500 KB, see README: Time and input size); an HTML page may be 10 times as large, its text not")
    a.add_argument("--sentence-model", action="store_true",
                   help="also run the learned quote-sentence step (more recall on Wikinews-style text, less precision)")
    a.add_argument("--why", action="store_true",
                   help="text report: show the rule id behind every claim, chain link, hedge, date and quantity")
    a.set_defaults(func=cmd_analyze)
    s = sub.add_parser("steps", help="list the pipeline's steps with what they require and assign")
    s.add_argument("--sentence-model", action="store_true", help="include the optional learned step")
    s.set_defaults(func=cmd_steps)
    e = sub.add_parser("eval", help="score against a shared corpus (needs ../shared/data)")
    e.add_argument("corpus", choices=["seed", "curated", "de-news-quotes", "polnear", "krauts", "embeds", "dates",
                                      "checkthat2020"])
    e.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    e.add_argument("--data", default=None, help="path of shared/data (default: ../shared/data)")
    e.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--sentence-model", action="store_true", help="include the learned quote-sentence step")
    e.add_argument("--encoder", default="use+e5", choices=["use", "e5", "use+e5", "hashing"],
                   help="sentence encoder for checkthat2020 (default: use+e5, the cosines of both)")
    e.set_defaults(func=cmd_eval)
    from .corpus import add_parsers
    from .link import add_parsers as add_link_parsers

    add_parsers(sub)
    add_link_parsers(sub)
    from .serve import add_parser as add_serve

    add_serve(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command in TO_STDOUT:
            check_output_file(getattr(args, "output", None), has_output_option=hasattr(args, "output"))
        elif args.command == "link" and args.json and _stream_closed(sys.stdout, writing=True):
            # (a reader gone is no reason to skip linking, which changes the store: only a closed one is)
            raise InputError(Errors.E045.format(or_file=""))
        return int(args.func(args))
    except SourcetraceError as exc:
        print(f"sourcetrace: {exc}", file=sys.stderr)
        return 2
    except ReaderGone:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader stopped early (`| head -1`): no mistake of the user's and nothing lost that was
        # asked for, so the command ends as when the reader stopped before any output (ReaderGone):
        # quietly with exit 0, as common Unix tools do; Python must not complain at exit either
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's flush at exit finds no broken pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
