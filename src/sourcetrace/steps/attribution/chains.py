"""Chains (via): the intermediaries between the origin of a claim and the article ("unter Berufung auf X", "sagte der Zeitung", "told X")."""

from __future__ import annotations

import re

from ...document import Span, Token
from ..lexicon import (
    REL_PRONOUNS,
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



def trailing_relay(ctx: Context, toks: list[Token], content: Span, lx: Lang) -> tuple[Span, Span] | None:
    """"…, der Täter sei geflohen, berichtete die Nachrichtenagentur dpa." / "…, the Associated
    Press reported.": a medium that reports the report closes the content; it is a downstream
    link, not part of what was said. Returns (the content without it, the medium)."""
    from .cues import cue_at

    inner = [k for k, t in enumerate(toks) if content.start <= t.span.start and t.span.end <= content.end]
    if len(inner) < 5:
        return None
    last = inner[-1]
    for m in range(last - 1, inner[0] + 2, -1):
        if toks[m].text != ",":
            continue
        if ctx.inside_any_quote(toks[m].span.start):
            return None
        a = m + 1
        if cue_at(ctx, toks, a, lx) in ("report", "speech", "writing"):  # ", berichtete die Agentur X"
            e = np_forward(ctx, toks, a + 1, lx, apposition=False)
            if e == last + 1:
                sp = Span(toks[a + 1].span.start, toks[e - 1].span.end)
                break
        elif cue_at(ctx, toks, last, lx) in ("report", "speech", "writing"):  # ", the Associated Press reported"
            e = np_forward(ctx, toks, a, lx, apposition=False)
            if e == last:
                sp = Span(toks[a].span.start, toks[e - 1].span.end)
                break
        return None
    else:
        return None
    if not is_medium(ctx, sp, lx):
        return None
    return Span(content.start, toks[m].span.start), sp


#: participles that attach a relay to a document ("a report seen by Reuters") and verbs that end a
#: German relative clause saying who holds it ("ein Bericht, der dem «Spiegel» vorliegt")
_HELD = frozenset(["seen", "obtained", "reviewed", "viewed", "vorliegt", "vorlag", "vorliegen", "vorlagen", "zugespielt", "vorliegenden"])


def relative_clause_end(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int | None:
    """After a source phrase ending at toks[e]: the index just past a clause that describes it
    (", der dem «Spiegel» vorliegt,", "seen by Reuters,"), or None."""
    n = len(toks)
    if e < n - 2 and toks[e].text == "," and toks[e + 1].text.lower() in REL_PRONOUNS:
        close = next((k for k in range(e + 2, min(n, e + 16)) if toks[k].text == ","), None)
        return close + 1 if close is not None and close + 1 < n else None
    if e < n - 2 and toks[e].text.lower() in _HELD and toks[e + 1].text.lower() == "by":
        close = next((k for k in range(e + 2, min(n, e + 10)) if toks[k].text == ","), None)
        return close + 1 if close is not None and close + 1 < n else None
    return None


def relative_relay(ctx: Context, toks: list[Token], a: int, b: int, lx: Lang) -> Span | None:
    """The medium in a clause toks[a:b] that says who holds the source ("seen by Reuters",
    "der dem «Spiegel» vorliegt")."""
    words = {t.text.lower() for t in toks[a:b]}
    if not words & _HELD:
        return None
    for k in range(a, b):
        if toks[k].text.lower() in ("by", "dem", "der", "den"):
            e = np_forward(ctx, toks, k + 1 if toks[k].text.lower() == "by" else k, lx, apposition=False)
            if e > k + 1:
                sp = Span(toks[k + 1 if toks[k].text.lower() == "by" else k].span.start, toks[e - 1].span.end)
                if is_medium(ctx, sp, lx):
                    return sp
    return None
