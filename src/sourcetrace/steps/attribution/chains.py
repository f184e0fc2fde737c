"""Chains (via): the intermediaries between the origin of a claim and the article ("unter Berufung auf X", "sagte der Zeitung", "told X")."""

from __future__ import annotations

import re

from ...document import Span, Token
from ..lexicon import (
    Lang,
)
from ..sources import classify_mention
from .context import Context
from .phrases import np_forward

#: first words of chain phrases whose object stands between the origin and the named source
#: ("according to" after a cue names a relay: downstream)
_UPSTREAM = frozenset(["unter", "bezog", "bezieht", "bezogen", "beziehen", "berief", "beruft", "beriefen", "berufen", "stützt", "stützte", "mit", "citing", "quoting"])


def vias(ctx: Context, toks: list[Token], lx: Lang, exclude: Span | None = None, after: int = 0) -> list[tuple[Span, bool]]:
    """Chain mentions: "unter Berufung auf X", "bezog sich auf X", "im Gespräch mit X", "told X"."""
    lows = [t.text.lower() for t in toks]
    out: list[Span] = []
    up: dict[Span, bool] = {}
    for phrase in lx.via:
        L = len(phrase)
        pl = [p.lower() for p in phrase]
        for i in range(after, len(toks) - L + 1):
            if lows[i : i + L] != pl:
                continue
            start = i + L
            # "sagte der Zeitung": the article after the verb belongs to the NP
            if pl[0] in lx.forms and L > 1:
                start = i + 1
            e = np_forward(ctx, toks, start, lx, apposition=False)
            if e <= start:
                continue
            sp = Span(toks[start].span.start, toks[e - 1].span.end)
            if exclude and sp.overlaps(exclude):
                continue
            if any(sp.overlaps(o) for o in out):
                continue
            if pl[0] in lx.forms or pl[0] in ("told", "said"):
                # an addressee is a chain link only if it is a medium
                if not is_medium(ctx, sp, lx):
                    continue
            out.append(sp)
            up[sp] = pl[0] in _UPSTREAM
    out.sort(key=lambda s: s.start)
    return [(sp, up[sp]) for sp in out]


def addressees(ctx: Context, toks: list[Token], a: int, b: int, lx: Lang, src: Span | None,
               have: list[tuple[Span, bool]], content: Span | None) -> list[tuple[Span, bool]]:
    """"sagte Lucke am Samstag der Deutschen Presse-Agentur": a medium as addressee is a
    downstream link of the chain."""
    out: list[tuple[Span, bool]] = []
    for j in range(a, min(b, len(toks))):
        if toks[j].text.lower() in ("der", "dem", "den", "the") and (src is None or toks[j].span.start >= src.end):
            e = np_forward(ctx, toks, j, lx, apposition=False)
            sp = Span(toks[j].span.start, toks[e - 1].span.end) if e > j else None
            if sp is None or any(sp.overlaps(v[0]) for v in have + out) or (content and sp.overlaps(content)):
                continue
            if is_medium(ctx, sp, lx) and not generic(ctx, sp, lx):
                out.append((sp, False))
    return out


def generic(ctx: Context, sp: Span, lx: Lang) -> bool:
    """"vor den Medien", "to reporters": the media at large, not a link one could follow."""
    words = [w for w in re.findall(r"[\w-]+", ctx.text[sp.start : sp.end]) if w.lower() not in lx.determiners]
    return len(words) == 1 and words[0].lower() in ("medien", "presse", "journalisten", "media", "press", "reporters", "journalists")


def is_medium(ctx: Context, sp: Span, lx: Lang) -> bool:
    t = classify_mention(ctx.text[sp.start : sp.end], lx)[1]
    return t in ("media", "news_agency")

