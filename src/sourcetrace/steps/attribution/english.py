"""English constructions: a quotation or a clause first, the speaker and cue after it."""

from __future__ import annotations

from ...document import Sentence, Span
from ..candidates import Cand
from ..lexicon import (
    AUX,
    Lang,
)
from .chains import addressees, is_medium
from .contents import en_content_start
from .context import QUOTE_CHARS, Context, strip_span
from .phrases import np_forward


def en_quote_then_speaker(ctx: Context, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
    """'"…," he said.' / '"…," Scott Pruitt, the attorney general, said on Monday.'"""
    toks = sent.tokens
    text = ctx.text
    j = i - 1
    while j >= 0 and i - j <= 20 and toks[j].text not in QUOTE_CHARS:
        j -= 1
    if j < 0 or i - j > 20 or j == i - 1:
        return False
    q = ctx.quote_closing_at(toks[j].span.end, lambda q: q.closed)
    if q is None or ctx.name_like(q.inner):
        return False
    start = j + 1
    if start < i and toks[start].text == ",":
        start += 1
    if start >= i:
        return False
    between = [t.text.lower() for t in toks[start:i]]
    if any(w in AUX or w in lx.forms or w in ("that", "and", "but") for w in between):
        return False
    src = Span(toks[start].span.start, toks[i - 1].span.end)
    src = strip_span(text, src)
    content = strip_span(text, q.inner)
    if len(content) < 3:
        return False
    ctx.cands.append(Cand("direct", [content], cue, src, "attr.direct.en.quote_speaker_cue", si))
    return True


def en_clause_then_speaker(ctx: Context, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
    """"The men were handed over, an insurgent source told AFP." — content, then subject and cue
    at the end of the sentence."""
    toks = sent.tokens
    n = len(toks)
    lows = [t.text.lower() for t in toks]
    j = i - 1
    while j > 0 and i - j <= 12 and toks[j].text != ",":
        if lows[j] in AUX or lows[j] in lx.forms or lows[j] in ("that", "and", "but", "which", "who"):
            return False
        j -= 1
    if j <= 2 or toks[j].text != "," or j == i - 1:
        return False
    tail = n - i
    if tail > 8 or (any(toks[k].text == "," for k in range(i + 1, n - 1)) and tail > 4):
        return False
    if toks[0].text in QUOTE_CHARS:
        return False
    rest = en_content_start(ctx, toks, i + 1, lx)
    if rest is not None and any(_finite(toks[k].text, lx) for k in range(rest, n)):
        return False  # "Using a crude expression, he said they wanted …": the clause follows the cue
    if not any(_finite(t.text, lx) for t in toks[:j]):
        return False  # "Along with his allies, X argued": an adverbial, not a claim
    src = strip_span(ctx.text, Span(toks[j + 1].span.start, toks[i - 1].span.end))
    content = strip_span(ctx.text, Span(sent.span.start, toks[j].span.start))
    if len(content) < 10:
        return False
    via = addressees(ctx, toks, i + 1, n, lx, src, [], content)
    if lows[i] in ("told", "tells") and i + 1 < n:
        e = np_forward(ctx, toks, i + 1, lx, apposition=False)
        if e > i + 1:
            sp = Span(toks[i + 1].span.start, toks[e - 1].span.end)
            if is_medium(ctx, sp, lx) and not any(v[0].overlaps(sp) for v in via):
                via.append((sp, False))
    ctx.cands.append(Cand("indirect", [content], cue, src, "attr.indirect.en.clause_speaker_cue", si, via=via))
    return True


def _finite(word: str, lx: Lang) -> bool:
    """A word that can be the finite verb of a clause (auxiliary, modal, past tense, a cue verb)."""
    w = word.lower()
    return w in AUX or w in ("can", "could", "should", "must", "may", "might", "shall", "does", "did", "do") or (
        word[:1].islower() and (w.endswith("ed") or w in lx.forms or (w.endswith("s") and len(w) > 3 and not w.endswith("ss")))
    )
