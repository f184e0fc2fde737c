"""CPU time of `read_html` on made-up pages of the shapes README "Time and input size" names (generated
here, no corpus text): many short paragraphs, empty elements, a wide table, a list of links, one paragraph
of <br> lines, one of inline tags, one of links (a link farm), many short blocks.

    python benchmarks/page_shapes.py [--n 49000] [--only links_paragraph,inline_paragraph]

One process; each page read once after a warm-up page; CPU seconds of `read_html` alone, with the page's
bytes and elements, and what the reader noted (`Document.reader_notes`) or refused (E098).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

SENTENCE = "The ferry to the islands leaves at nine, the harbour master said on Monday"


def _page(body: str) -> str:
    return f"<html><head><title>Ferry</title></head><body><article><p>{SENTENCE}.</p><p>{SENTENCE}, again.</p>{body}</article></body></html>"


def short_paragraphs(n: int) -> str:
    return _page("".join(f"<p>{SENTENCE} ({i}).</p>" for i in range(n)))


def empty_divs(n: int) -> str:
    return _page("<div></div>" * n)


def wide_table(n: int) -> str:
    return _page("<table><tr>" + "<td>x</td>" * (n // 2) + "</tr></table>")


def links_list(n: int) -> str:
    return _page("<ul>" + "".join(f'<li><a href="/t/{i}">tag {i}</a></li>' for i in range(n // 2)) + "</ul>")


def br_paragraph(n: int) -> str:
    return _page("<p>" + "".join(f"line {i}<br>" for i in range(n)) + "</p>")


def inline_paragraph(n: int) -> str:
    return _page("<p>" + " ".join(f"<b>word</b> <i>{i}</i>" for i in range(n // 2)) + "</p>")


def links_paragraph(n: int) -> str:
    return _page("<p>" + " ".join(f'<a href="/t/{i}">tag {i}</a>' for i in range(n)) + "</p>")


def short_blocks(n: int) -> str:
    return _page("".join(f"<div class='comment'><p>ok {i}</p></div>" for i in range(n // 2)))


SHAPES: dict[str, Callable[[int], str]] = {f.__name__: f for f in (
    short_paragraphs, empty_divs, wide_table, links_list, br_paragraph, inline_paragraph, links_paragraph, short_blocks)}


def main() -> None:
    from sourcetrace.errors import InputError
    from sourcetrace.readers.html import read_html

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=49_000, help="elements of the shape (default 49,000, under the cap of 50,000)")
    ap.add_argument("--only", default="", help="comma-separated shape names (default: all)")
    args = ap.parse_args()
    read_html("warm-up.html", short_paragraphs(50))
    names = [s for s in args.only.split(",") if s] or list(SHAPES)
    print("| shape | n | KB | CPU s | note |\n|---|---|---|---|---|")
    for name in names:
        html = SHAPES[name](args.n)
        t = time.process_time()
        try:
            doc = read_html(f"{name}.html", html)
            note = "; ".join(f"{x.rule}: {x.note}" for x in doc.reader_notes)
        except InputError as exc:
            note = str(exc).split(":")[1].strip() if ":" in str(exc) else str(exc)
        print(f"| {name} | {args.n:,} | {len(html.encode()) // 1024:,} | {time.process_time() - t:.2f} | {note} |", flush=True)


if __name__ == "__main__":
    main()
