"""Occasions: where and when a speech act took place, which is no part of what was said (English).

"Lee said the count was wrong on Wednesday at a rally in Dayton": the time and the rally are the
setting of "said", not of the claim. The words are data (`speech_events`, `occasions`,
`plan_words` of resources/en/lexicon.json).
"""

from __future__ import annotations

from ...document import Span, Token
from ..lexicon import Lang
from .context import Context, strip_span

#: the longest setting phrase looked at ("at a packed campaign rally in downtown Dayton")
_MAX_SETTING = 8


def trailing_setting(ctx: Context, content: Span, lx: Lang) -> Span:
    """The content without the setting of the speech act at its end: a phrase of a setting
    preposition whose head is a speech event ("in an interview", "at a news conference"), or an
    occasion ("at a rally", "during a hearing") next to a time ("on Wednesday at a rally", "at
    a rally Wednesday"), with that time. The content stays as it is when what remains states a
    plan or a future ("he would speak at a rally on Friday", "… at a hearing next week": the
    setting is part of the claim), is
    shorter than three words, or has no such phrase."""
    si = ctx.sentence_index(content)
    if si is None or not lx.speech_events:
        return content
    toks = [t for t in ctx.doc.sentences[si].tokens if content.start <= t.span.start and t.span.end <= content.end]
    lows = [t.text.lower() for t in toks]
    k = len(toks)
    while k > 0 and toks[k - 1].text in (".", "!", "?"):
        k -= 1
    speech = timed = occasion = False
    cut = k
    while k > 0:
        t = _time_start(ctx, toks, lows, k, lx)
        if t is not None:
            k, timed = t, True
            cut = k
            continue
        end = _after_place(toks, lows, k, lx)
        s = _setting_start(toks, lows, end, lx)
        if s is None:
            break
        head = _head(lows, end, lx)
        speech = speech or head in lx.speech_events
        occasion = occasion or head in lx.occasions
        k = cut = s
    if cut >= len(toks) or not (speech or (occasion and timed)) or cut < 3:
        return content
    if any(w in lx.plan_words for w in lows) or ctx.inside_any_quote(toks[cut].span.start):
        return content
    return strip_span(ctx.text, Span(content.start, toks[cut].span.start))


def _time_start(ctx: Context, toks: list[Token], lows: list[str], k: int, lx: Lang) -> int | None:
    """Where a time expression that ends at toks[k] starts, with its preposition ("on Wednesday")."""
    j = k
    while j > 0 and ctx.in_timex(toks[j - 1].span):
        j -= 1
    if j == k:
        return None
    return j - 1 if j > 0 and lows[j - 1] in lx.time_prepositions else j


def _setting_start(toks: list[Token], lows: list[str], k: int, lx: Lang) -> int | None:
    """Where a setting phrase that ends at toks[k] starts: a setting preposition and a noun
    phrase without a verb or a comma whose head is a speech event or an occasion."""
    if k == 0 or _head(lows, k, lx) not in lx.speech_events | lx.occasions:
        return None
    for p in range(k - 2, max(-1, k - _MAX_SETTING - 1), -1):
        if toks[p].text in (",", ";", ":") or lows[p] in lx.forms:
            return None
        if lows[p] in lx.setting_prepositions:
            return p
    return None


def _after_place(toks: list[Token], lows: list[str], k: int, lx: Lang) -> int:
    """Where a place named after an event or occasion starts ("at a rally [in Dayton]",
    "at a news conference [in New York]"), else k: the place belongs to the setting."""
    o = next((m for m in range(k - 2, max(0, k - 6), -1) if lows[m] == "of"), None)
    if o is not None and o >= 2 and _head(lows, o, lx) in lx.speech_events and not any(
            t.text in (",", ";", ":") or lows[m] in lx.forms for m, t in enumerate(toks[o + 1 : k], o + 1)):
        return o  # "on an episode of the show", "in a broadcast of “Nightline”": what the event was part of
    p = k
    while p > 0 and k - p < 3 and toks[p - 1].text[:1].isupper():
        p -= 1
    if p == k or p < 2 or lows[p - 1] not in lx.setting_prepositions or _head(lows, p - 1, lx) not in lx.speech_events | lx.occasions:
        return k
    return p - 1


def _head(lows: list[str], k: int, lx: Lang) -> str:
    """The last word before toks[k], or the last two when they name one speech event or occasion
    ("news conference", "town hall")."""
    two = " ".join(lows[max(0, k - 2) : k])
    return two if k >= 2 and two in lx.speech_events | lx.occasions else (lows[k - 1] if k else "")
