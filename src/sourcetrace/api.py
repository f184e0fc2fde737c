"""The Python API: `analyze(text_or_html, *, date=None, lang=None) -> Document`."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .document import WITHIN_GIVEN, ArticleDate, Document
from .errors import Errors, InputError
from .pipeline import Pipeline
from .readers import DEFAULT_MAX_BYTES, check_size, check_text_size, decode_input, looks_like_html, plain_document
from .registry import CONVENTION_STEPS, DEFAULT_STEPS, OPTIONAL_STEPS, create
from .resources import SUPPORTED


@cache
def default_pipeline(sentence_model: bool = False, conventions: str = "seed") -> Pipeline:
    """The pipeline used by `analyze` and the CLI, built once per process. `sentence_model`
    adds the learned quote-sentence step (see docs/models/quote-sentence-de.md); `conventions`
    "polnear" or "denews" swaps in the steps that follow PolNeAR's or de-news-quotes' annotation conventions (`CONVENTION_STEPS`),
    for scoring against gold of that style; the default is the seed gold's style."""
    swap = CONVENTION_STEPS.get(conventions, {}) if conventions != "seed" else {}
    if conventions != "seed" and not swap:
        raise InputError(Errors.E093.format(value=conventions, choices="seed, " + ", ".join(CONVENTION_STEPS)))
    names = [swap.get(n, n) for n in DEFAULT_STEPS]
    if sentence_model:
        for extra, after in OPTIONAL_STEPS.items():
            names.insert(names.index(swap.get(after, after)) + 1, extra)
    return Pipeline([create(name) for name in names])


def check_date(value: str) -> str:
    """A date given by the user: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (only what is known)."""
    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
            return dt.date.fromisoformat(v).isoformat()
        if re.fullmatch(r"\d{4}-\d\d", v):
            return dt.date.fromisoformat(v + "-01").isoformat()[:7]
        if re.fullmatch(r"\d{4}", v) and int(v) >= 1:
            return v
    except ValueError as exc:
        raise InputError(Errors.E009.format(value=value)) from exc
    raise InputError(Errors.E009.format(value=value))


def check_lang(value: str | None) -> str | None:
    if value in (None, "auto"):
        return None
    if value not in SUPPORTED:
        raise InputError(Errors.E010.format(value=value, choices="auto, " + ", ".join(SUPPORTED)))
    return value


def give_date(doc: Document, value: str, evidence: str) -> None:
    """The user's date of the article. A month or year (`YYYY-MM`, `YYYY`) the reader's own date
    (the page's metadata) falls in and makes exact is kept as that finer date, the user's noted;
    a date that disagrees with the user's gives way to it. A dateline in the text makes a
    coarse given date exact in the same way (`ArticleDater`)."""
    value = check_date(value)
    have = doc.date
    if have is not None and len(value) < 10 and len(have.value) > len(value) and have.value.startswith(value + "-"):
        doc.date = ArticleDate(have.value, have.origin, f"{have.evidence}, {WITHIN_GIVEN} {value} ({evidence})")
        return
    doc.date = ArticleDate(value, "given", evidence)


def prepare(doc: Document, *, date: str | None = None, lang: str | None = None, publisher: str | None = None) -> Document:
    if publisher and publisher.strip():
        doc.publisher = publisher.strip()
    if date:
        give_date(doc, date, "--date")
    forced = check_lang(lang)
    if forced:
        doc.language = forced
    return doc


def analyze(text_or_html: str | bytes, *, date: str | None = None, lang: str | None = None,
            name: str = "-", sentence_model: bool = False, conventions: str = "seed",
            publisher: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Analyse one article given as plain text or HTML (detected); `conventions` as in
    `default_pipeline`; `publisher` names the outlet that publishes it, when known, which no chain
    then counts as a link. The size rule of `sourcetrace analyze --max-bytes` holds: a text of more
    than `max_bytes` bytes (UTF-8), an HTML page of more than 10 times that or whose text is over it
    raises InputError (E006, E096, E097)."""
    data = text_or_html.encode("utf-8") if isinstance(text_or_html, str) else text_or_html
    or_raise = " or pass a larger max_bytes"
    check_size(name, data, max_bytes, or_raise=or_raise)
    text = decode_input(name, data)
    if looks_like_html(data):
        from .readers.html import read_html

        doc = read_html(name, text)
        check_text_size(name, doc, max_bytes, or_raise=or_raise)
    else:
        doc = plain_document(text, name)
    doc = prepare(doc, date=date, lang=lang, publisher=publisher)
    default_pipeline(sentence_model, conventions)(doc)
    return doc
