"""Speakers: who is the subject of a cue."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...document import Sentence, Span, Token
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_DE,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    is_capitalized,
)
from .context import QUOTE_CHARS, Context
from .cues import attributive
from .phrases import np_forward, skip_adverbials


def subject_before(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """The subject that stands before the verb at toks[i] (V2 with subject first)."""
    s = 0
    if i > 0 and toks[0].text in QUOTE_CHARS and any(
        not ctx.name_like(q.inner) for q in ctx.quotes_at(toks[1].span.start if len(toks) > 1 else 0)
    ):
        return None  # the prefix is a quotation: "«…», sagte X"
    while s < i and (toks[s].text.lower() in CONJ_START or toks[s].text in ("–", "-", ":", '"', "“", "„", "«", "»")):
        s += 1
    if s >= i:
        return None
    first = toks[s].text
    low = first.lower()
    preps = PREPOSITIONS_DE if lx.code == "de" else PREPOSITIONS_EN
    if low in preps or low in SUBORDINATORS or (low in lx.anaphors and lx.code == "de" and i == s + 1) or (
        low in lx.np_stop and low not in lx.determiners
    ):
        return None
    # the subject ends at the first finite verb-ish token (another cue, an aux, "bezog sich")
    e = s
    depth = 0
    while e < i:
        t = toks[e].text
        lw = t.lower()
        if t == "," and depth == 0 and e + 1 < i and toks[e + 1].text.lower() in REL_PRONOUNS:
            depth = 1
        elif t == "," and depth == 1:
            depth = 0
            e += 1
            break
        elif depth == 0 and e > s and (t in AUX or (lx.forms.get(lw) and t[:1].islower() and not attributive(ctx, toks, e, lx)) or lw in ("bezog", "berief", "stützte", "bezieht", "beruft", "stützt")):
            break
        elif depth == 0 and t == ",":
            # an apposition: "Der Fraktionschef der Grünen, Volker Ratzmann, wird …"
            close = next((k for k in range(e + 1, min(i, e + 11)) if toks[k].text == ","), None)
            if close is None or any(toks[k].text in AUX or toks[k].text.lower() in lx.forms for k in range(e + 1, close)):
                return None
            e = close + 1
            continue
        e += 1
    # drop trailing adverbs ("allerdings", "jedoch")
    while e > s and toks[e - 1].text.lower() in (lx.np_stop | CONJ_START | {","}) and toks[e - 1].text.lower() not in lx.determiners:
        e -= 1
    if e <= s or e - s > 25:
        return None
    if e - s == 1 and re.search(r"(?:lich|ell|isch|ig|bar|weise|falls|dings|erdings|ens|ähnlich)$", toks[s].text.lower()):
        return None  # "Offiziell hieß es …", "Ähnlich äußerte sich …": an adverb, not the subject
    if lx.code == "de" and not (is_capitalized(toks[s].text) or is_adjective_like(toks[s].text)):
        return None
    if lx.code == "en":
        inner = [t.text for t in toks[s + 1 : e]]
        if e - s > 10 or any(w[:1].islower() and (w.endswith(("ed", "ing")) or w in AUX or w in ("to", "who", "which", "that", "because", "if", "when", "after", "but", "and")) for w in inner if w not in ("former", "acting")):
            if not (e - s <= 14 and "," in inner):
                return None
    return s, e


def aus_source(ctx: Context, toks: list[Token], i: int, lx: Lang) -> Span | None:
    for k in range(i):
        if toks[k].text.lower() == "aus" or (toks[k].text.lower() == "von" and k + 1 < i and toks[k + 1].text == "Seiten"):
            e = np_forward(ctx, toks, k + 1, lx, apposition=False)
            if e > k + 1:
                return Span(toks[k + 1].span.start, toks[e - 1].span.end)
    return None



@dataclass(frozen=True)
class Speaker:
    """Where a cue's speaker stands.

    `where`: "before" (subject first: "X sagte"), "after" (inverted: "sagte X", "erklärte gestern
    der Präsident"), "after_aux" ("hatte das Komitee betont"), "sentence" (English: the subject
    that opens the sentence, "X …, saying …"), "none" (no subject in the sentence: "Said …" in a
    post; the previous subject is meant)."""

    span: Span | None
    where: str
    after: int  # the first token after the cue (and an inverted speaker): where the content may start


#: An optional syntax layer: the subject (token range) of the verb at a token index, or None when
#: it cannot tell. Set `Context.syntax_subject` to one (for example from a dependency parse).
SubjectFinder = Callable[[Sentence, int], "tuple[int, int] | None"]


def cue_speaker(ctx: Context, sent: Sentence, i: int, lx: Lang) -> Speaker | None:
    """Who is the subject of the cue verb at token i; None when the cue has no speaker of its own
    ("es hieß", "it said", an English anaphor)."""
    toks = sent.tokens
    lows = [t.text.lower() for t in toks]
    subj = ctx.syntax_subject(sent, i) if ctx.syntax_subject is not None else None
    if subj is None:
        subj = subject_before(ctx, toks, i, lx)
    elif subj[0] > i:
        return Speaker(Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end), "after", subj[1])
    if subj is not None:
        s, e = subj
        if lows[s] in lx.anaphors and lx.code == "en":
            return None
        if toks[s].text in lx.subject_pronouns and lows[s] in ("es", "it", "man"):
            return None
        return Speaker(Span(toks[s].span.start, toks[e - 1].span.end), "before", i + 1)
    # inverted: "In seiner Rede erklärte der Präsident X am Samstag, …" / "said X"
    if lx.code == "en" and i > 0 and (
        (toks[i - 1].text not in QUOTE_CHARS | {",", ":"} and lows[i - 1] not in CONJ_START) or lows[i].endswith("ing")
    ):
        # English puts the speaker after the verb only after a quote or comma; otherwise
        # (and for "…, saying …") the speaker is the subject that opens the sentence
        e0 = np_forward(ctx, toks, 0, lx, apposition=False)
        return Speaker(Span(toks[0].span.start, toks[e0 - 1].span.end) if 0 < e0 < i else None, "sentence", i + 1)
    j0 = skip_adverbials(ctx, toks, i + 1, lx)
    e = np_forward(ctx, toks, j0, lx)
    if e > j0 and lows[j0] not in lx.np_stop:
        return Speaker(Span(toks[j0].span.start, toks[e - 1].span.end), "after", e)
    aux = max((k for k in range(i) if toks[k].text in AUX), default=-1) if lx.code == "de" else -1
    if aux >= 0 and np_forward(ctx, toks, skip_adverbials(ctx, toks, aux + 1, lx), lx) > aux + 1:
        # "Im Vorfeld hatte das Komitee betont, dass …": the subject stands after the auxiliary
        a0 = skip_adverbials(ctx, toks, aux + 1, lx)
        ea = np_forward(ctx, toks, a0, lx)
        if ea > i or ea <= a0:
            return None
        return Speaker(Span(toks[a0].span.start, toks[ea - 1].span.end), "after_aux", i + 1)
    if i == 0 or (i == 1 and lows[0] in CONJ_START):
        return Speaker(None, "none", i + 1)  # "Said …" in a post: the subject is in the sentence before
    return None
