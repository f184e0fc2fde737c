"""Direct quotations that no sentence rule covered: tagged by "so X", partial quotes with their cue, untagged quotes that keep the previous speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ...document import CLAIM_SEGMENTS, Span
from ...resources import pick
from ..candidates import Cand
from ..lexicon import (
    lang,
)
from ..quotes import Quote
from .contents import split_unclosed
from .context import Context, Intervals, sentence_language, strip_span
from .continuation import line_index
from .cues import NOT_SPEECH, attributive, cue_at, negated
from .phrases import np_forward, skip_adverbials
from .speakers import subject_before


def direct_quotes(ctx: Context) -> None:
    doc = ctx.doc
    covered = Intervals([(c, None) for cand in ctx.cands for c in cand.content])
    spoken = sorted(c.content[-1].end for c in ctx.cands if c.source is not None or c.inherit)
    line_of = line_index(ctx)
    for q in ctx.quotes:
        inner = strip_span(ctx.text, q.inner)
        if len(inner) < 3:
            continue
        words = re.findall(r"\w+", ctx.text[inner.start : inner.end])
        around = [c for c, _ in covered.starting_by(inner.end - 1, inner.start + 1)]  # those overlapping it
        if ctx.name_like(inner) or any(c.contains(inner) or len(c) > len(inner) for c in around):
            continue  # a name or title, or part of what another attribution reports
        qtext = ctx.text[q.inner.start : q.inner.end].rstrip()  # with its final full stop
        if len(words) < 8 and not re.search(r"[.!?…]$", qtext):
            partial_quote(ctx, q, inner)  # "nannte sie «fahrlässig»": a partial quote with its cue
            continue
        if any(ctx.is_quote(c) for c in around):
            continue
        seg_i = next((i for i, s in enumerate(doc.segments) if s.span.contains(q.outer)), None)
        if seg_i is None or doc.segments[seg_i].kind not in CLAIM_SEGMENTS:
            continue
        si = ctx.sentence_index(q.inner) or 0
        if si in ctx.headings:
            continue
        so = re.match(r"\s*,?\s*(so)\s+", ctx.text[q.outer.end : q.outer.end + 12])
        if so and q.closed:
            sent = doc.sentences[si]
            k = next((k for k, t in enumerate(sent.tokens) if t.span.start == q.outer.end + so.start(1)), None)
            code = pick(doc.segments[seg_i].language)
            if k is not None:
                e = np_forward(ctx, sent.tokens, k + 1, lang(code))
                if e > k + 1:
                    src = Span(sent.tokens[k + 1].span.start, sent.tokens[e - 1].span.end)
                    cue = Span(q.outer.end + so.start(1), q.outer.end + so.end(1))
                    ctx.cands.append(Cand("direct", [inner], cue, src, f"attr.direct.{code}.so", si))
                    continue
        parts = [inner]
        if not q.closed:
            parts = split_unclosed(ctx, inner)
        first = parts[0]
        # an untagged quotation goes on with the last speaker only in its paragraph or the next
        near = doc.segments[seg_i].kind != "body" or _near_previous(spoken, first.start, line_of)
        ctx.cands.append(Cand("direct", [first], None, None, "attr.direct.untagged" + ("" if near else ".far"), si, inherit=near))
        for extra in parts[1:]:
            ctx.cands.append(Cand("continuation", [extra], None, None, "attr.direct.unclosed_rest", si, inherit=near))
        if near:
            bisect.insort(spoken, parts[-1].end)
    ctx.cands.sort(key=lambda c: c.content[0].start)


def _near_previous(spoken: list[int], pos: int, line_of: Callable[[int], int]) -> bool:
    """Some attribution with a speaker ends (`spoken`: sorted ends) at most one line (paragraph)
    before `pos`."""
    k = bisect.bisect_right(spoken, pos) - 1
    return k >= 0 and line_of(pos) - line_of(spoken[k] - 1) <= 1


def partial_quote(ctx: Context, q: Quote, inner: Span) -> None:
    """A short quotation inside a clause whose reporting verb and subject are in the same
    sentence ("nannte den Plan einen «teuren Irrweg»")."""
    doc = ctx.doc
    si = ctx.sentence_index(q.outer, whole=True)
    if si is None or si in ctx.headings:
        return
    sent = doc.sentences[si]
    seg = doc.segments[sent.segment]
    code = sentence_language(sent, pick(seg.language))
    lx = lang(code)
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.span.start >= q.outer.start:
            break
        cls = cue_at(ctx, toks, i, lx)
        if cls is None or cls in NOT_SPEECH or attributive(ctx, toks, i, lx) or negated(toks, i):
            continue
        subj = subject_before(ctx, toks, i, lx)
        if subj is not None:
            src = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
        else:
            j0 = skip_adverbials(ctx, toks, i + 1, lx)
            e = np_forward(ctx, toks, j0, lx)
            if e <= j0 or toks[e - 1].span.end > q.outer.start:
                continue
            src = Span(toks[j0].span.start, toks[e - 1].span.end)
        ctx.cands.append(Cand("direct", [inner], t.span, src, f"attr.direct.{code}.partial", si))
        return

