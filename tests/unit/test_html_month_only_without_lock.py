"""A month-only metadata date (rule reader.html.month_only) read without touching htmldate's module:
pages are read side by side in threads, and the date stays the month on any day."""

from __future__ import annotations

import threading

import pytest

from sourcetrace.readers.html import dayless_dates, read_html

BODY = ("<body><article><p>The harbour board approved a new ferry line to the islands, its chair said on the pier.</p>"
        "<p>The line starts in the summer and runs twice a day.</p></article></body></html>")


def page(head: str) -> str:
    return f"<html><head><title>Ferry line</title>{head}</head>{BODY}"


def test_htmldate_keeps_its_own_parser() -> None:
    import dateutil.parser
    import htmldate.extractors as hx

    read_html("p.html", page("<meta property='article:published_time' content='2024-09'>"))
    assert hx.dateutil_parse is dateutil.parser.parse  # type: ignore[attr-defined]


@pytest.mark.parametrize("head, want", [
    ("<meta property='article:published_time' content='2024-09'>", "2024-09"),
    ("<meta property='article:published_time' content='2024/9'>", "2024-09"),
    ("<meta property='article:published_time' content='2024-09-01'>", "2024-09-01"),
    ("<meta property='article:published_time' content='2024-09-18T08:00:00Z'>", "2024-09-18"),
])
def test_a_month_alone_is_the_month_and_a_day_stays_a_day(head: str, want: str) -> None:
    doc = read_html("p.html", page(head))
    assert doc.date is not None and doc.date.value == want


def test_a_month_in_a_time_elements_text_is_the_month() -> None:
    html = page("").replace("<article>", "<article><time class='published'>2024-09</time>")
    doc = read_html("p.html", html)
    assert doc.date is not None and doc.date.value == "2024-09"


def test_dayless_strings_are_found_where_htmldate_reads_them() -> None:
    import lxml.html

    tree = lxml.html.fromstring(
        "<html><head><meta name='date' content='2024-09'><meta name='x' content='2024-09-18'></head><body>"
        "<div class='date'><span>2024</span>-09</div><p>2024-10 <b>words</b> after it</p><time>2024-11</time>"
        "</body></html>")
    found = sorted(dayless_dates(tree).values())
    # the meta's month, the div's two pieces together, the <time>'s text; not a full date, not a paragraph that
    # opens with a month (htmldate reads its whole text)
    assert found == ["2024-09-01", "2024-09-01", "2024-11-01"]


def test_pages_read_in_threads_each_keep_their_date() -> None:
    pages = [page(f"<meta property='article:published_time' content='{d}'>")
             for d in ("2024-09", "2023-03-14", "2022-05", "2021-07-30")] * 3
    got: dict[int, str | None] = {}

    def read(i: int) -> None:
        doc = read_html(f"p{i}.html", pages[i])
        got[i] = doc.date.value if doc.date else None

    threads = [threading.Thread(target=read, args=(i,)) for i in range(len(pages))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [got[i] for i in range(4)] == ["2024-09", "2023-03-14", "2022-05", "2021-07-30"]
    assert all(got[i] == got[i % 4] for i in range(len(pages)))


def test_a_month_on_a_page_whose_inline_tags_are_flattened() -> None:
    # (the walk's places of date strings no longer hold after `_flatten_inline`: they are looked for again)
    from sourcetrace.readers.html import FLATTEN_FROM

    bold = "<b>calm</b> " * (FLATTEN_FROM + 10)
    html = page("<meta property='article:published_time' content='2024-09'>").replace(
        "</article>", f"<p>The crossing was {bold} all week.</p></article>")
    doc = read_html("p.html", html)
    assert doc.date is not None and doc.date.value == "2024-09"
