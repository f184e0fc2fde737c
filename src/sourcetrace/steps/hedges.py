"""Hedges and epistemic status (rule ids `hedge.*`, `status.*`).

Cues come from `resources/<lang>/hedges.json`: reportative "soll/sollen" (not in deontic or
planning use), epistemic modals and adverbs, evidential negations ("nicht eindeutig beweisen",
"could not be independently verified"), confirmations, denials and disputes. Each hedge's scope is
its sentence (or the attribution content that holds it). Each claim — a sentence of the article or
of a post — gets a status: asserted, attributed, hedged, unverified, disputed, denied, confirmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import ClassVar, cast

from ..document import CLAIM_SEGMENTS, Claim, Document, Hedge, Sentence, Span, Status
from ..resources import load_lang, pick
from .attribution import sentence_language


@dataclass(frozen=True)
class _HedgeLex:
    reportative: frozenset[str]
    epistemic: dict[str, str]
    phrases: list[tuple[list[str], str]]
    negators: frozenset[str]
    neg_adverbs: frozenset[str]
    neg_verbs: frozenset[str]
    max_gap: int
    confirmation: frozenset[str]
    denial: frozenset[str]
    dispute: frozenset[str]
    deontic: frozenset[str]
    planning: list[str]
    perfect: frozenset[str]


@cache
def _lex(code: str) -> _HedgeLex:
    d = load_lang(code, "hedges")
    neg = d.get("evidential_negation", {})
    return _HedgeLex(
        reportative=frozenset(d.get("reportative", [])),
        epistemic={k: v for k, v in d.get("epistemic", {}).items() if v},
        phrases=sorted(((p.split(), k) for p, k in d.get("phrases", {}).items()), key=lambda x: -len(x[0])),
        negators=frozenset(neg.get("negators", [])),
        neg_adverbs=frozenset(neg.get("adverbs", [])),
        neg_verbs=frozenset(neg.get("verbs", [])),
        max_gap=int(neg.get("max_gap", 3)),
        confirmation=frozenset(d.get("confirmation", [])),
        denial=frozenset(d.get("denial", [])),
        dispute=frozenset(d.get("dispute", [])),
        deontic=frozenset(w.lower() for w in d.get("deontic_context", [])),
        planning=list(d.get("planning_verbs", [])),
        perfect=frozenset(d.get("perfect_infinitive", [])),
    )


_FUTURE_TIME = re.compile(r"\b(?:20\d\d|ab|künftig|nächste[nmr]?|kommende[nmr]?|bis\s+Ende)\b")


def _soll_is_reportative(words: list[str], i: int, lx: _HedgeLex, sentence: str) -> bool:
    """"soll" as reportative (hearsay) rather than deontic ("Er soll zurücktreten", as a demand)
    or planning ("Das Gesetz soll 2025 in Kraft treten")."""
    tail = words[i + 1 : i + 25]
    if any(w in lx.perfect for w in tail[-6:]) or "laut" in [w.lower() for w in words] or "zufolge" in [w.lower() for w in words]:
        return True
    low = [w.lower() for w in words]
    if any(w in lx.deontic for w in low[:i]):
        return False
    rest = " ".join(tail)
    return not (_FUTURE_TIME.search(rest) and any(p in rest for p in lx.planning))


def find_hedges(doc: Document, sent: Sentence, code: str) -> list[Hedge]:
    lx = _lex(code)
    toks = sent.tokens
    words = [t.text for t in toks]
    low = [w.lower() for w in words]
    text = doc.text[sent.span.start : sent.span.end]
    out: list[Hedge] = []
    taken: set[int] = set()
    for i, w in enumerate(low):
        # evidential negation: "nicht eindeutig beweisen", "could not be independently verified"
        if w in lx.negators or (w.endswith("n't") and "n't" in lx.negators):
            for j in range(i + 1, min(len(low), i + 2 + lx.max_gap)):
                if low[j] in lx.neg_verbs:
                    if all(low[k] in lx.neg_adverbs or low[k] in ("be", "been", "werden", "worden", "sich", "lassen") for k in range(i + 1, j)) or (j - i <= 2):
                        out.append(Hedge(Span(toks[i].span.start, toks[j].span.end), "evidential_negation", " ".join(words[i : j + 1]), "hedge.evidential_negation", sent.span))
                        taken.update(range(i, j + 1))
                        if i > 0 and low[i - 1] in lx.epistemic:
                            taken.add(i - 1)  # "could not be verified": the modal belongs to it
                    break
    for i, w in enumerate(low):
        if i in taken:
            continue
        for phrase, kind in lx.phrases:
            L = len(phrase)
            if low[i : i + L] == [p.lower() for p in phrase]:
                out.append(Hedge(Span(toks[i].span.start, toks[i + L - 1].span.end), kind, " ".join(words[i : i + L]), "hedge.phrase", sent.span))  # type: ignore[arg-type]
                taken.update(range(i, i + L))
                break
        if i in taken:
            continue
        if w in lx.reportative and _soll_is_reportative(words, i, lx, text):
            out.append(Hedge(toks[i].span, "reportative", words[i], "hedge.reportative", sent.span))
        elif w in lx.epistemic:
            if w == "wohl" and i > 0 and low[i - 1] in ("sehr", "zum", "ebenso", "gleich"):
                continue
            if w == "may" and i > 0 and words[i][0].isupper() and i > 0:
                continue
            out.append(Hedge(toks[i].span, lx.epistemic[w], words[i], f"hedge.{lx.epistemic[w]}", sent.span))  # type: ignore[arg-type]
        elif (w in lx.confirmation or w in lx.denial) and any(x in lx.negators or x in ("weder", "noch", "neither", "nor") for x in low[max(0, i - 3) : i]):
            out.append(Hedge(toks[i].span, "evidential_negation", words[i], "hedge.negated_confirmation", sent.span))
        elif w in lx.confirmation:
            out.append(Hedge(toks[i].span, "confirmation", words[i], "hedge.confirmation", sent.span))
        elif w in lx.denial:
            out.append(Hedge(toks[i].span, "denial", words[i], "hedge.denial", sent.span))
        elif w in lx.dispute:
            out.append(Hedge(toks[i].span, "dispute", words[i], "hedge.dispute", sent.span))
    return out


_STATUS_OF = {
    "evidential_negation": "unverified", "denial": "denied", "dispute": "disputed",
    "confirmation": "confirmed", "reportative": "hedged", "epistemic": "hedged",
}
_RANK = ["denied", "disputed", "unverified", "confirmed", "hedged"]


class HedgeTagger:
    name: ClassVar[str] = "hedge.rules.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments", "sentences", "tokens", "attributions")
    assigns: ClassVar[tuple[str, ...]] = ("hedges", "claims")

    def __call__(self, doc: Document) -> None:
        hedges: list[Hedge] = []
        claims: list[Claim] = []
        for sent in doc.sentences:
            seg = doc.segments[sent.segment]
            if seg.kind not in CLAIM_SEGMENTS or not sent.tokens:
                continue
            code = sentence_language(sent, pick(seg.language))
            found = find_hedges(doc, sent, code)
            base = len(hedges)
            hedges.extend(found)
            atts = [a for a in doc.attributions if any(c.overlaps(sent.span) for c in a.content)]
            for a in atts:
                for k, h in enumerate(found):
                    if any(c.contains(h.span) for c in a.content):
                        h.scope = next(c for c in a.content if c.contains(h.span))
                        a.hedges.append(base + k)
            kinds = {_STATUS_OF[h.kind] for h in found if h.kind in _STATUS_OF}
            status = next((s for s in _RANK if s in kinds), "attributed" if atts else "asserted")
            if atts and status == "hedged":
                status = "hedged"
            claims.append(Claim(sent.span, status, [a.id for a in atts], list(range(base, len(hedges)))))  # type: ignore[arg-type]
        for a in doc.attributions:
            ks = {_STATUS_OF[hedges[i].kind] for i in a.hedges if hedges[i].kind in _STATUS_OF}
            a.status = cast(Status, next((s for s in _RANK if s in ks), "attributed"))
        doc.hedges = hedges
        doc.claims = claims
