"""The step (`HedgeTagger`): the hedges of each sentence of a claim segment, their scopes, and the
status of each claim and attribution."""

from __future__ import annotations

import bisect
import re
from typing import ClassVar, cast

from ...document import CLAIM_SEGMENTS, Attribution, Claim, Document, Hedge, Sentence, Span, Status, Timex
from ...resources import pick
from ...textutil import lowered
from ..article_date import is_stamp_line
from ..attribution import sentence_language
from ..lexicon import lang
from .clauses import clause_around
from .find import StatusCue, find_hedges
from .words import hedge_lex


def _future_tokens(doc: Document, sent: Sentence, timexes: list[Timex], starts: list[int]) -> frozenset[int]:
    """Indices of the sentence's tokens inside a time expression after the article's date."""
    if doc.date is None:
        return frozenset()
    date = doc.date.value
    lo = bisect.bisect_left(starts, sent.span.start)
    hi = bisect.bisect_left(starts, sent.span.end)
    spans = [t.span for t in timexes[lo:hi] if _after(t.value, date)]
    if not spans:
        return frozenset()
    return frozenset(k for k, tok in enumerate(sent.tokens) if any(sp.contains(tok.span) for sp in spans))


def _reported_tokens(sent: Sentence, reports: list[Attribution], code: str) -> frozenset[int]:
    """Indices of the sentence's tokens inside the content of one of `reports`; of a report by
    "laut"/"zufolge" (`according` of hearsay_states), only those in the clause of its cue ("Laut einer Umfrage sind viele
    Eltern unzufrieden, die Schulen sollen …": the clause after the comma is no longer the poll's)."""
    toks = sent.tokens
    low = lowered(toks)
    out: set[int] = set()
    for a in reports:
        ks = [k for k, tok in enumerate(toks) if any(c.contains(tok.span) for c in a.content)]
        cue = a.cue
        if a.mode == "according_to" and cue is not None:
            at = [k for k, tok in enumerate(toks) if cue.contains(tok.span)]
            if at and low[at[0]] in hedge_lex(code).according_words:
                cl = clause_around(low, at[0], hedge_lex(code))
                ks = [k for k in ks if cl.start <= k < cl.end]
        out.update(ks)
    return frozenset(out)


_SPEECH_MODES = frozenset({"indirect", "continuation"})


def _speech_tokens(sent: Sentence, atts: list[Attribution]) -> frozenset[int]:
    """Indices of the sentence's tokens inside the content of an indirect or continued attribution
    (reported speech), not inside its cue ("…, die Grünen könnten …" whose cue is "könnten" itself)."""
    out: set[int] = set()
    for a in atts:
        if a.mode not in _SPEECH_MODES:
            continue
        out.update(k for k, tok in enumerate(sent.tokens) if any(c.contains(tok.span) for c in a.content)
                   and not (a.cue is not None and a.cue.contains(tok.span)))
    return frozenset(out)


def _after(value: str, date: str) -> bool:
    """A TIMEX3 value later than the article's date, compared at the coarser of the two."""
    if value == "FUTURE_REF":
        return True
    if not re.match(r"\d{4}(?:-\d\d){0,2}$", value) or not re.match(r"\d{4}", date):
        return False
    n = min(len(value), len(date))
    return value[:n] > date[:n]



def _denying_cue(doc: Document, a: Attribution, starts: list[int]) -> bool:
    """The attribution's cue is a verb of denial (class "deny" in resources/de/cues.json): "X
    bestritt, dass …", "X wies zurück, dass …", or a noun of speech is its object ("X wies die
    Vorwürfe, er habe …, zurück") — what follows is what X denies, so its status is denied. A separable verb denies with its own particle in the sentence ("wies … zurück", not
    "wies … hin"). German; English denials keep their status words (`denial`)."""
    if a.cue is None or a.mode in ("continuation", "according_to", "social_post"):
        return False
    k = bisect.bisect_right(starts, a.cue.start) - 1  # `starts`: the sentences' starts
    sent = doc.sentences[k] if k >= 0 else None
    if sent is None or not sent.span.start <= a.cue.start < sent.span.end \
            or sentence_language(sent, pick(doc.segments[sent.segment].language, doc.language)) != "de":
        return False
    words = [t.text.lower() for t in sent.tokens]
    # the cue, or for a noun of speech the verb whose object it is ("wies die Vorwürfe, …, zurück")
    verbs = [k for k, t in enumerate(sent.tokens) if t.span.start == a.cue.start or (a.rule.endswith(".noun") and t.span.end <= a.cue.start)]
    return any(f.cls == "deny" and (f.particle is None or words[k].startswith(f.particle) or f.particle in words[k + 1 :])
               for k in verbs for f in lang("de").forms.get(words[k], []))


_REPORTING = frozenset({"report", "writing"})


def _reporting(doc: Document, a: Attribution, code: str) -> bool:
    """Whether an attribution is a report: "laut"/"according to", or a cue of reporting or writing
    (class "report"/"writing" in resources/<lang>/cues.json: "berichten", "melden", "schreiben")."""
    if a.mode == "according_to":
        return True
    if a.cue is None:
        return False
    return any(f.cls in _REPORTING for f in lang(code).forms.get(doc.span_text(a.cue).lower(), []))


def _demands(sent: Sentence, found: list[Hedge], code: str, before: bool) -> bool:
    """Whether the next sentence goes on with demands: this one names them (`deontic_context`,
    "Forderungen", "will"), or went on with them (after demands, a "soll" that is no hedge)."""
    lx = hedge_lex(code)
    low = lowered(sent.tokens)
    if any(w in lx.deontic for w in low):
        return True
    hedged = {h.span.start for h in found}
    modals = [t for t, w in zip(sent.tokens, low, strict=True) if w in lx.reportative or w in lx.reportative_marked]
    return before and bool(modals) and all(t.span.start not in hedged for t in modals)


_STATUS_OF = {"evidential_negation": "unverified", "reportative": "hedged", "epistemic": "hedged",
              "reputation": "hedged", "inference": "hedged"}
_RANK = ["denied", "disputed", "unverified", "confirmed", "hedged"]


class _SpanIndex:
    """Attributions by the start of their content spans, so that each sentence finds those
    overlapping it without scanning them all (linear time on long inputs)."""

    def __init__(self, atts: list[Attribution]) -> None:
        pairs = sorted(((c.start, c.end, k) for k, a in enumerate(atts) for c in a.content), key=lambda p: p[0])
        self.starts = [p[0] for p in pairs]
        self.pairs = pairs
        self.atts = atts
        # the longest content span bounds how far back an overlapping one can start
        self.longest = max((e - s for s, e, _ in pairs), default=0)

    def overlapping(self, span: Span) -> list[Attribution]:
        lo = bisect.bisect_left(self.starts, span.start - self.longest)
        hi = bisect.bisect_left(self.starts, span.end)
        ks = sorted({k for s, e, k in self.pairs[lo:hi] if s < span.end and span.start < e})
        return [self.atts[k] for k in ks]


class HedgeTagger:
    name: ClassVar[str] = "hedge.rules.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments", "sentences", "tokens", "timexes", "attributions")
    assigns: ClassVar[tuple[str, ...]] = ("hedges", "claims")

    def __call__(self, doc: Document) -> None:
        hedges: list[Hedge] = []
        claims: list[Claim] = []
        index = _SpanIndex(doc.attributions)
        timexes = sorted(doc.timexes, key=lambda t: t.span.start)
        tx_starts = [t.span.start for t in timexes]
        att_marks: dict[str, list[StatusCue]] = {}
        demands = False  # the sentence before named demands or went on with them
        for sent in doc.sentences:
            seg = doc.segments[sent.segment]
            if seg.kind not in CLAIM_SEGMENTS or not sent.tokens \
                    or is_stamp_line(doc.text[sent.span.start : sent.span.end]):
                demands = False  # a publication stamp ("Published March 2, 2026") is no claim
                continue
            code = sentence_language(sent, pick(seg.language))
            atts = index.overlapping(sent.span)
            reported = _reported_tokens(sent, [a for a in atts if _reporting(doc, a, code)], code)
            found, marks = find_hedges(doc, sent, code, _future_tokens(doc, sent, timexes, tx_starts), demands, reported,
                                       _speech_tokens(sent, atts))
            demands = _demands(sent, found, code, demands)
            base = len(hedges)
            hedges.extend(found)
            for a in atts:
                for k, h in enumerate(found):
                    scope = next((c for c in a.content if c.contains(h.span)), None)
                    if scope is not None:
                        h.scope = scope
                        a.hedges.append(base + k)
                att_marks.setdefault(a.id, []).extend(m for m in marks if any(c.contains(m.span) for c in a.content))
            kinds = {_STATUS_OF[h.kind] for h in found if h.kind in _STATUS_OF} | {m.status for m in marks}
            status = next((s for s in _RANK if s in kinds), "attributed" if atts else "asserted")
            cue = next((m for m in marks if m.status == status), None)
            claims.append(Claim(sent.span, cast(Status, status), [a.id for a in atts], list(range(base, len(hedges))),
                                status_cue=cue.span if cue else None, status_rule=cue.rule if cue else None))
        starts = [s.span.start for s in doc.sentences]
        for a in doc.attributions:
            ks = {_STATUS_OF[hedges[i].kind] for i in a.hedges if hedges[i].kind in _STATUS_OF}
            ks |= {m.status for m in att_marks.get(a.id, [])}
            if _denying_cue(doc, a, starts):
                ks.add("denied")
            a.status = cast(Status, next((s for s in _RANK if s in ks), "attributed"))
        doc.hedges = hedges
        doc.claims = claims
