"""Hedges and epistemic status (rule ids `hedge.*`, `status.*`).

Cues come from `resources/<lang>/hedges.json`:

- hedges — words that weaken a claim: reportative "soll/sollen" (not deontic, planned, purpose or
  conditional), epistemic modals and adverbs, reputation ("gilt … als", "is seen as"), inference
  ("scheint", "appears to", "suggests"; German separable verbs with their particle at the clause's
  end, "deuten … darauf hin", "nimmt an, dass", "liegt nahe, dass"; the passive reputation "wird …
  als … gesehen"), and evidential negations (what could not be verified:
  "ließ sich nicht unabhängig überprüfen", "could not be independently verified", "no indication",
  "impossible to know"; also with the verb or noun of checking first: "Überprüfen ließen sich die
  Zahlen nicht", "Eine Überprüfung durch Dritte war nicht möglich"). A modal in a
  conditional ("Sollte es zu einem Prozess kommen"), purpose ("damit … könnten"), indirect
  question ("whether … could") or comparison ("als könnten sie") clause weakens nothing the
  author says; nor does a negated ability ("könne sich nicht erinnern", also across a quoted name:
  "an den Brief der „Tagespost“ nicht erinnern"; "could not attend"),
  English "could" in a relative clause (ability) or "sollte" without a perfect infinitive
  (advice: "Ägypten sollte … einreisen lassen"). Only modal verbs (`modal_verbs`) are weakened by
  their clause: an adverb hedges in any clause ("ob der Tarif womöglich überhöht ist"). An
  ability modal in a relative clause of the means ("Karten, mit denen Familien günstiger reisen könnten")
  or before a condition of its possibility ("könne erst dann starten, wenn") is no hedge.
- status cues — denials, disputes and confirmations ("dementierte", "denied", "is disputed"):
  they set the claim's status and are not hedges. A participle before a noun ("the disputed city
  of Jerusalem") describes that noun, not the sentence.

Each hedge's scope is its sentence (or the attribution content that holds it). Each claim — a
sentence of the article or of a post — gets a status: asserted, attributed, hedged, unverified,
disputed, denied, confirmed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import ClassVar, cast

from ..document import CLAIM_SEGMENTS, Attribution, Claim, Document, Hedge, Sentence, Span, Status, Timex
from ..resources import load_lang, pick
from ..textutil import QUOTE_MARKS
from .attribution import sentence_language
from .lexicon import lang


def _phrases(items: list[str]) -> list[tuple[str, ...]]:
    return sorted((tuple(p.lower().split()) for p in items), key=lambda p: -len(p))


@dataclass(frozen=True)
class _HedgeLex:
    reportative: frozenset[str]
    reportative_marked: frozenset[str]
    perfect_epistemic: frozenset[str]  # "Es dürfe keine Verstöße gegeben haben"
    perfect_double: frozenset[str]  # "soll … hinrichten haben lassen"
    epistemic: dict[str, str]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    negators: frozenset[str]
    neg_adverbs: frozenset[str]
    neg_fillers: frozenset[str]
    neg_verbs: frozenset[str]
    neg_pair: frozenset[str]
    neg_determiners: frozenset[str]
    neg_impersonal: frozenset[str]
    neg_impersonal_subjects: frozenset[str]
    forecast: frozenset[str]
    not_after: dict[str, frozenset[str]]
    not_before: dict[str, frozenset[str]]
    phrase_before: dict[tuple[str, ...], frozenset[str]]  # "is said to be", not "She said to be at …"
    phrase_after: dict[tuple[str, ...], frozenset[str]]  # "No one knows whether …"
    phrase_window: int
    phrase_after_or_finite: dict[tuple[str, ...], frozenset[str]]  # "It looks like they …"
    phrase_finite: frozenset[str]
    phrase_window_finite: int
    names: frozenset[str]
    max_gap: int
    confirmation: frozenset[str]
    denial: frozenset[str]
    denial_verbs: list[tuple[str, ...]]
    denial_objects: frozenset[str]
    denial_first: frozenset[str]
    dispute: frozenset[str]
    attributive: frozenset[str]
    deontic: frozenset[str]
    planning: list[str]
    purpose_verbs: frozenset[str]
    purpose_openers: frozenset[str]
    perfect: frozenset[str]
    reputation_verbs: frozenset[str]
    reputation_marker: str
    reputation_gap: int
    reputation_agent: str
    reputation_participles: frozenset[str]  # "der als liberal geltende Minister"
    reputation_participle_not_after: frozenset[str]
    boundaries: frozenset[str]
    openers: list[tuple[tuple[str, ...], str]]
    ability: frozenset[str]
    ability_verbs: frozenset[str]
    ability_verb_adverbs: frozenset[str]  # "could only manage": an adverb before the verb of ability
    anchored_verbs: frozenset[str]  # "could manage": a past ability only with a negation or past time word
    anchored_negators: frozenset[str]
    anchored_times: list[tuple[str, ...]]
    ability_means: frozenset[str]  # "…, indem …": the means that make an ability possible
    ability_negators: frozenset[str]
    ability_adverbs: frozenset[str]
    ability_clauses: dict[str, frozenset[str]]
    coordinators: frozenset[str]
    clause_subjects: frozenset[str]  # English: "… and it could": a new clause after the coordinator
    verb_second: bool
    cue_forms: frozenset[str]
    purpose_subjects: tuple[str, ...]
    stative: frozenset[str]
    according_words: frozenset[str]  # "laut", "zufolge": hearsay of whatever "soll" tells in their clause
    hearsay_states: frozenset[str]  # present infinitives "soll" reports as hearsay ("soll in Berlin leben")
    hearsay_particles: tuple[str, ...]  # separable particles before a state's stem ("aufhalten", "vorliegen")
    hearsay_contexts: list[tuple[str, ...]]  # a habit or allegation: "soll regelmäßig Drogen verkaufen"
    hearsay_context_stems: tuple[str, ...]  # "Steueroasen": the start of a word of an allegation
    event_infinitives: frozenset[str]  # what befalls one, no ability: "könnten Tausende sterben"
    deontic_after: frozenset[str]
    planned: frozenset[str]
    separable: dict[str, tuple[str, str, frozenset[str]]]
    sep_gap: int
    sep_joined: frozenset[str]
    sep_then: str
    sep_openers: frozenset[str]
    passive_participles: frozenset[str]
    passive_aux: frozenset[str]
    passive_after: frozenset[str]
    passive_gap: int
    modal_verbs: frozenset[str]
    ability_conditions: list[tuple[str, ...]]
    ability_hopes: list[tuple[str, ...]]  # "hofft, dass er … könne": an ability hoped for
    ability_subordinators: frozenset[str]
    epistemic_infinitives: frozenset[str]
    impersonal_subjects: frozenset[str]
    forecast_phrases: list[tuple[str, ...]]
    perfect_copula: str  # "sein" of "verletzt worden sein": a perfect only after a participle
    perfect_auxiliary: str  # "haben" of "hinrichten haben lassen"
    participle_words: frozenset[str]  # what a participle looks like: a word, its start, its end
    participle_starts: tuple[str, ...]
    participle_ends: tuple[str, ...]
    lassen_reflexive: str  # "ließe sich … nicht sagen": the reflexive after a form of "lassen"
    lassen_starts: tuple[str, ...]  # the starts of the forms of "lassen"
    infinitive_endings: tuple[str, ...]  # how the infinitive after "soll" ends
    plan_time: re.Pattern[str]  # "ab 2025", "künftig": a time that makes "soll" + a planning verb a plan
    attributive_adverb_endings: tuple[str, ...]  # "the hotly disputed city": an adverb before the participle
    attributive_not_before: frozenset[str]  # "disputed by", "disputed that": a verb, no attributive participle
    negator_endings: tuple[str, ...]  # "couldn't": a negation at a word's end
    reported_that: str  # "said that it could …": the complementizer of reported speech


@cache
def _lex(code: str) -> _HedgeLex:
    d = load_lang(code, "hedges")
    neg = d.get("evidential_negation", {})
    rep = d.get("reputation", {})
    den = d.get("denial_of_object", {})
    clause = d.get("clause", {})
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for p, k in d.get("phrases", {}).items():
        toks = tuple(p.lower().split())
        by_first.setdefault(toks[0], []).append((toks, k))
    for v in by_first.values():
        v.sort(key=lambda x: -len(x[0]))
    openers = [(p, kind) for kind in ("conditional", "purpose", "question", "counterfactual", "temporal", "relative", "means")
               for p in _phrases(clause.get(kind, []))]
    openers.sort(key=lambda x: -len(x[0]))
    sep = d.get("separable", {})
    pc = d.get("phrase_context", {})
    passive = rep.get("passive", {})
    shape = d.get("perfect_shape", {})
    cues = load_lang(code, "cues")
    cue_forms = frozenset(f.lower() for v in cues.get("verbs", {}).values() for f in v.get("forms", []))
    return _HedgeLex(
        reportative=frozenset(d.get("reportative", [])),
        reportative_marked=frozenset(d.get("reportative_marked", [])),
        perfect_epistemic=frozenset(w.lower() for w in d.get("perfect_epistemic", {}).get("words", [])),
        perfect_double=frozenset(w.lower() for w in d.get("perfect_double", {}).get("words", [])),
        epistemic={k.lower(): v for k, v in d.get("epistemic", {}).items() if v},
        phrases=by_first,
        negators=frozenset(neg.get("negators", [])),
        neg_adverbs=frozenset(w.lower() for w in neg.get("adverbs", [])),
        neg_fillers=frozenset(w.lower() for w in neg.get("fillers", [])),
        neg_verbs=frozenset(w.lower() for w in neg.get("verbs", [])),
        neg_pair=frozenset(w.lower() for w in neg.get("pair", [])),
        neg_determiners=frozenset(w.lower() for w in neg.get("determiners", [])),
        neg_impersonal=frozenset(w.lower() for w in neg.get("impersonal", {}).get("verbs", [])),
        neg_impersonal_subjects=frozenset(w.lower() for w in neg.get("impersonal", {}).get("subjects", [])),
        forecast=frozenset(w.lower() for w in d.get("forecast_infinitives", {}).get("words", [])),
        not_after={k.lower(): frozenset(v) for k, v in d.get("not_after", {}).items() if not k.startswith("_")},
        not_before={k.lower(): frozenset(v) for k, v in d.get("not_before", {}).items() if not k.startswith("_")},
        phrase_before={tuple(k.lower().split()): frozenset(v) for k, v in pc.get("before", {}).items()},
        phrase_after={tuple(k.lower().split()): frozenset(v) for k, v in pc.get("after", {}).items()},
        phrase_window=int(pc.get("window", 1)),
        phrase_after_or_finite={tuple(k.lower().split()): frozenset(v) for k, v in pc.get("after_or_finite", {}).items()},
        phrase_finite=frozenset(pc.get("finite", [])),
        phrase_window_finite=int(pc.get("window_finite", 0)),
        names=frozenset(w.lower() for w in d.get("also_names", [])),
        max_gap=int(neg.get("max_gap", 3)),
        confirmation=frozenset(d.get("confirmation", [])),
        denial=frozenset(d.get("denial", [])),
        denial_verbs=_phrases(den.get("verbs", [])),
        denial_objects=frozenset(w.lower() for w in den.get("objects", [])),
        denial_first=frozenset(p[0] for p in _phrases(den.get("verbs", []))),
        dispute=frozenset(d.get("dispute", [])),
        attributive=frozenset(d.get("attributive_markers", [])),
        deontic=frozenset(w.lower() for w in d.get("deontic_context", [])),
        planning=list(d.get("planning_verbs", [])),
        purpose_verbs=frozenset(d.get("purpose_verbs", [])),
        purpose_openers=frozenset(w.lower() for w in d.get("purpose_adverbs", [])),
        perfect=frozenset(d.get("perfect_infinitive", [])),
        reputation_verbs=frozenset(w.lower() for w in rep.get("verbs", [])),
        reputation_marker=str(rep.get("marker", "")).lower(),
        reputation_gap=int(rep.get("max_gap", 0)),
        reputation_agent=str(rep.get("agent", "")).lower(),
        reputation_participles=frozenset(w.lower() for w in rep.get("participles", [])),
        reputation_participle_not_after=frozenset(w.lower() for w in rep.get("participle_not_after", [])),
        boundaries=frozenset(clause.get("boundaries", [])),
        openers=openers,
        ability=frozenset(d.get("ability_modals", [])),
        ability_verbs=frozenset(d.get("ability_verbs", [])),
        ability_verb_adverbs=frozenset(d.get("ability_verb_adverbs", [])),
        anchored_verbs=frozenset(d.get("ability_anchored", {}).get("verbs", [])),
        anchored_negators=frozenset(d.get("ability_anchored", {}).get("negators", [])),
        anchored_times=_phrases(d.get("ability_anchored", {}).get("anchors", [])),
        ability_means=frozenset(d.get("ability_means", {}).get("words", [])),
        ability_negators=frozenset(d.get("ability_negators", [])),
        ability_adverbs=frozenset(d.get("ability_adverbs", [])),
        ability_clauses={k: frozenset(v) for k, v in d.get("ability_clauses", {}).items()},
        coordinators=frozenset(clause.get("coordinators", [])),
        clause_subjects=frozenset(clause.get("subjects", [])),
        verb_second=bool(clause.get("verb_second", False)),
        cue_forms=cue_forms,
        purpose_subjects=tuple(w.lower() for w in d.get("purpose_subjects", {}).get("nouns", [])),
        stative=frozenset(w.lower() for w in d.get("purpose_subjects", {}).get("stative", [])),
        hearsay_states=frozenset(w.lower() for w in d.get("hearsay_states", {}).get("words", [])),
        according_words=frozenset(w.lower() for w in d.get("hearsay_states", {}).get("according", [])),
        hearsay_particles=tuple(w.lower() for w in d.get("hearsay_states", {}).get("particles", [])),
        hearsay_contexts=_phrases([w.lower() for w in d.get("hearsay_contexts", {}).get("words", [])]),
        hearsay_context_stems=tuple(w.lower() for w in d.get("hearsay_contexts", {}).get("stems", [])),
        event_infinitives=frozenset(w.lower() for w in d.get("event_infinitives", {}).get("words", []))
        | frozenset(w.lower() for w in d.get("forecast_infinitives", {}).get("words", []) if " " not in w)
        | frozenset(d.get("epistemic_infinitives", [])),
        deontic_after=frozenset(w.lower() for w in d.get("deontic_after", {}).get("words", [])),
        planned=frozenset(w.lower() for w in d.get("planned_infinitive", {}).get("words", [])),
        separable={f: (particle, str(v.get("then", "")), frozenset(v.get("between", [])))
                   for particle, v in sep.get("verbs", {}).items() for f in v.get("forms", [])},
        sep_gap=int(sep.get("max_gap", 0)),
        sep_joined=frozenset(sep.get("joined", [])),
        sep_then=str(sep.get("then", "")),
        sep_openers=frozenset(sep.get("clause_openers", [])),
        passive_participles=frozenset(passive.get("participles", [])),
        passive_aux=frozenset(passive.get("auxiliaries", [])),
        passive_after=frozenset(passive.get("after", [])),
        passive_gap=int(passive.get("max_gap", 0)),
        modal_verbs=frozenset(w.lower() for w in d.get("modal_verbs", [])),
        ability_conditions=_phrases(d.get("ability_conditions", [])),
        ability_hopes=_phrases(d.get("ability_hopes", [])),
        ability_subordinators=frozenset(d.get("ability_subordinators", [])),
        epistemic_infinitives=frozenset(d.get("epistemic_infinitives", [])),
        impersonal_subjects=frozenset(d.get("impersonal_subjects", [])),
        forecast_phrases=[p for p in _phrases(d.get("forecast_infinitives", {}).get("words", [])) if len(p) > 1],
        perfect_copula=str(shape.get("copula", "")),
        perfect_auxiliary=str(shape.get("auxiliary", "")),
        participle_words=frozenset(shape.get("participle_words", [])),
        participle_starts=tuple(shape.get("participle_starts", [])),
        participle_ends=tuple(shape.get("participle_ends", [])),
        lassen_reflexive=str(d.get("impersonal_lassen", {}).get("reflexive", "")),
        lassen_starts=tuple(d.get("impersonal_lassen", {}).get("starts", [])),
        infinitive_endings=tuple(d.get("infinitive_endings", [])),
        plan_time=_plan_time(d.get("plan_time", [])),
        attributive_adverb_endings=tuple(d.get("attributive_adverb_endings", [])),
        attributive_not_before=frozenset(d.get("attributive_not_before", [])),
        negator_endings=tuple(neg.get("negator_endings", [])),
        reported_that=str(clause.get("reported_that", "")),
    )


def _plan_time(words: list[str]) -> re.Pattern[str]:
    """A year from 2000 on or one of the language's words of a time to come (`plan_time`: "ab",
    "künftig", "bis Ende"), as a whole word."""
    alts = "".join("|" + r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in words)
    return re.compile(rf"\b(?:20\d\d{alts})\b")


@dataclass(frozen=True)
class _Clause:
    """The clause around a word: token range [start, end) and how it is introduced."""

    start: int
    end: int
    kind: str | None  # conditional, purpose, question, counterfactual, relative or None
    opener: int  # index of the introducing word (or -1)


def _clause(low: list[str], i: int, lx: _HedgeLex) -> _Clause:
    s = i
    while s > 0 and low[s - 1] not in lx.boundaries:
        s -= 1
    e = i + 1
    while e < len(low) and low[e] not in lx.boundaries:
        e += 1
    while e > i + 1 and not low[e - 1][:1].isalnum():
        e -= 1  # the closing full stop is no word of the clause
    if not lx.verb_second:
        # English clauses keep their subordinator in front of the subject: look back for the
        # nearest one ("whether their comments could …"), the longest phrase ending there
        for k in range(i - 1, s - 1, -1):
            if low[k] in lx.coordinators and k + 1 < i and low[k + 1] in lx.clause_subjects:
                break  # "spreading that virus and it could …": the modal's clause starts after "and"
            for phrase, kind in lx.openers:
                b = k - len(phrase) + 1
                if b >= s and tuple(low[b : k + 1]) == phrase:
                    return _Clause(s, e, kind, b)
        return _Clause(s, e, None, -1)
    if s < i and low[s] in lx.coordinators:
        s += 1  # "Doch sollten die beiden …": the clause starts after the coordinator
    for phrase, kind in lx.openers:
        if tuple(low[s : s + len(phrase)]) == phrase:
            if kind == "relative" and (s == 0 or low[s - 1] != ","):
                break  # "Die Rebellen sollen …": an article, not a relative pronoun
            if kind == "relative" and len(phrase) == 1 and i == s + 2 and i + 1 < e and low[i] in lx.modal_verbs | lx.reportative_marked:
                break  # "…, die Region sollte wieder wachsen": article, noun, then the modal second, a main clause
            return _Clause(s, e, kind, s)
    return _Clause(s, e, None, -1)


def _perfect_infinitive(low: list[str], i: int, cl: _Clause, lx: _HedgeLex) -> bool:
    """"soll … angenommen haben", "sollen … verletzt worden sein", "… gekämpft haben soll"."""
    if i + 1 == cl.end:  # verb-final: the infinitive stands before the modal
        return i > cl.start and low[i - 1] in lx.perfect and (low[i - 1] != lx.perfect_copula or _participle(low, i - 2, lx))
    last = cl.end - 1
    if last > i + 2 and low[last] in lx.perfect_double and lx.perfect_auxiliary in low[last - 2 : last]:
        return True  # "soll seine Gegner hinrichten haben lassen", "soll haben fliehen können"
    if last <= i or low[last] not in lx.perfect:
        return False
    return low[last] != lx.perfect_copula or _participle(low, last - 1, lx)


def _fronted_negation(low: list[str], i: int, lx: _HedgeLex) -> int:
    """A verb or noun of checking that opens its clause, the negation closing it: "Überprüfen
    ließen sich die Zahlen nicht", "Eine Überprüfung durch Dritte war nicht möglich",
    "Independent confirmation was not possible". The index of the clause's last word, or -1."""
    if low[i] not in lx.neg_verbs:
        return -1
    cl = _clause(low, i, lx)
    last = cl.end - 1
    if i - cl.start > 2 or last - i < 2 or last - i > lx.max_gap + 3:
        return -1
    if low[last] in lx.negators or (low[last] in lx.neg_fillers and low[last - 1] in lx.negators):
        return last
    return -1


def _participle(low: list[str], k: int, lx: _HedgeLex) -> bool:
    return k >= 0 and (low[k] in lx.participle_words or low[k].startswith(lx.participle_starts)
                       or low[k].endswith(lx.participle_ends))


def _soll_is_reportative(words: list[str], low: list[str], i: int, lx: _HedgeLex, future: frozenset[int] = frozenset(),
                         demands_before: bool = False, reported: bool = False) -> bool:
    """"soll" as hearsay rather than deontic ("Er soll zurücktreten", as a demand), planned
    ("Das Gesetz soll 2025 in Kraft treten"), purpose ("…, die helfen soll"), conditional
    ("Sollte es zu einem Prozess kommen") or advice ("Ägypten sollte …")."""
    cl = _clause(low, i, lx)
    perfect = _perfect_infinitive(low, i, cl, lx)
    if low[i] in lx.reportative_marked:
        # sollte/solle: hearsay only with a perfect infinitive, and never as "if" (V1 or wenn)
        return perfect and cl.kind != "conditional"
    if perfect:
        return True
    if cl.kind is not None and i + 1 == cl.end:
        return False  # a subordinate clause's task or purpose: "ein Gremium, das … entscheiden soll"
    if any(w in lx.according_words for w in low[cl.start : cl.end]):
        return True  # "Laut Polizei soll der Mann …", in the clause of "soll" only
    if demands_before and not (cl.end > i + 1 and low[cl.end - 1] in lx.stative):
        return False  # "Er nannte seine Forderungen. Die Fristen sollen kürzer werden.": the demands go on
    if any(w in lx.deontic for w in low[:i]) or any(w in lx.deontic_after for w in low[cl.end :]):
        return False  # "Er soll zurücktreten, fordert die Opposition"
    if cl.end > i + 1 and low[cl.end - 1] in lx.planned:
        return False  # "Die Brücke soll eröffnet werden": a plan, not hearsay
    if _purpose_subject(words, low, i, cl, lx):
        return False  # "Das Gesetz soll Familien entlasten": the measure's purpose
    if i == cl.start + 1 and low[cl.start] in lx.purpose_openers:
        return False  # "Damit soll verhindert werden, …"
    if any(w in lx.purpose_verbs for w in low[i + 1 : min(cl.end, i + 4)]):
        return False  # "Das Programm soll helfen, …", "soll dazu dienen"
    if lx.hearsay_states and not reported and not _hearsay_state(words, low, i, cl, lx) \
            and not _hearsay_context(low, cl, lx):
        return False  # "Die Kinder sollen mehr lernen": a task, plan or demand, not hearsay (unless a report tells it)
    if any(k < cl.end for k in future):
        return False  # a plan: "Am Dienstag soll das Gesetz verabschiedet werden" (a date after the article's)
    rest = " ".join(words[i + 1 : cl.end if cl.end > i + 1 else i + 25])
    return not (lx.plan_time.search(rest) and any(p in rest for p in lx.planning))


def _hearsay_state(words: list[str], low: list[str], i: int, cl: _Clause, lx: _HedgeLex) -> bool:
    """Whether "soll" + a present infinitive reports a state ("Er soll in Berlin leben", "Der Schaden
    soll bei einer Million liegen", "…, wo er sich aufhalten soll"): the infinitive closing its
    clause (before the modal when that ends it) is one of `hearsay_states`. An act ("Die Lehrer sollen
    mehr erfahren", "Die Polizei soll an der Grenze kontrollieren") is a task, plan or demand."""
    k = i - 1 if i + 1 == cl.end else cl.end - 1
    while k > i and words[k][:1].isupper() and k + 2 < len(low) and low[k + 1] == ",":
        k = _clause(low, k + 2, lx).end - 1  # "sollen sich Frauen, Kinder und Alte befinden": over a list's commas
    if k <= cl.start - 1 or k == i or not low[k][:1].isalpha() or words[k][:1].isupper() or not low[k].endswith(lx.infinitive_endings):
        return True  # no infinitive to go by
    if low[k] in lx.hearsay_states:
        return True
    # a separable particle before a state's stem ("aufhalten", "vorliegen"), not any word ending in
    # one ("fliegen", "verhandeln", "anerkennen", "erhalten")
    return any(low[k].startswith(p) and low[k][len(p) :] in lx.hearsay_states for p in lx.hearsay_particles)


def _hearsay_context(low: list[str], cl: _Clause, lx: _HedgeLex) -> bool:
    """Whether the clause of "soll" tells a habit or an allegation (`hearsay_contexts`: "Der Mann soll
    regelmäßig Drogen verkaufen", "Der Konzern soll seine Gewinne in Steueroasen verschieben"): what
    someone is said to do, hearsay even of an act."""
    ws = low[cl.start : cl.end]
    if any(w.startswith(lx.hearsay_context_stems) for w in ws) and lx.hearsay_context_stems:
        return True
    return any(tuple(ws[k : k + len(p)]) == p for p in lx.hearsay_contexts for k in range(len(ws)))


def _forecast(low: list[str], i: int, lx: _HedgeLex) -> bool:
    """"sollte" of a forecast: its clause ends in an infinitive of change ("Die Mieten sollten weiter
    steigen", "Die Nachfrage sollte weiter wachsen"), with no demand in the sentence ("Die Löhne
    sollten steigen, fordert die Gewerkschaft") and not as "if" ("Sollten die Preise fallen, …")."""
    if low[i] not in lx.reportative_marked:
        return False
    cl = _clause(low, i, lx)
    ends = low[cl.end - 1] in lx.forecast or any(cl.end - len(p) > i and tuple(low[cl.end - len(p) : cl.end]) == p
                                                 for p in lx.forecast_phrases)
    if cl.kind is not None or cl.end <= i + 1 or not ends:
        return False
    return not any(w in lx.deontic or w in lx.deontic_after for w in low)


def _purpose_subject(words: list[str], low: list[str], i: int, cl: _Clause, lx: _HedgeLex) -> bool:
    """Whether the subject of "soll" + a present infinitive is a measure, plan or built thing
    ("Das Gesetz soll …", "Künftig soll die Reform …") and the infinitive no state ("sein")."""
    if not lx.purpose_subjects or cl.end <= i + 1 or low[cl.end - 1] in lx.stative:
        return False
    # the subject stands before "soll" (V2) or, after a fronted adverbial, right after it
    before = [k for k in range(cl.start, i) if words[k][:1].isupper() and k > cl.start]
    if not before and i > cl.start:
        before = [k for k in range(cl.start, i) if words[k][:1].isupper()][-1:]
    after = [k for k in range(i + 1, min(cl.end - 1, i + 4)) if words[k][:1].isupper()]
    nouns = before[-1:] if before and i - cl.start > 1 else after[:1]
    return any(low[k].endswith(lx.purpose_subjects) for k in nouns)


def _modal_weakens(low: list[str], i: int, lx: _HedgeLex) -> bool:
    """An epistemic modal in a conditional, purpose, question or comparison clause, or an
    ability modal in a relative clause, weakens nothing that the author asserts."""
    if lx.modal_verbs and low[i] not in lx.modal_verbs:
        return True  # an adverb ("ob … womöglich …", "whether it was perhaps …") hedges in any clause
    cl = _clause(low, i, lx)
    if cl.kind == "means" and low[i] in lx.ability:
        return False  # "Karten, mit denen Familien günstiger reisen könnten": the means to act, an ability
    if low[i] in lx.ability and cl.end + 1 < len(low) and low[cl.end] == "," and low[cl.end + 1] in lx.ability_means \
            and not _event(low, i, cl, lx):
        return False  # "Helfen könnten Lehrer einfach, indem sie zuhören": an ability and its means
    if low[i] in lx.ability and _apodosis(low, i, cl, lx) and not _event(low, i, cl, lx):
        return False  # "Wenn jemand fragt, könnte er …": what a condition would allow, not a doubt
    if low[i] in lx.ability and _hoped_ability(low, i, cl, lx):
        return False  # "Er hofft, dass er bald wieder spielen könne": an ability hoped for, no doubt
    if low[i] in lx.ability and any(tuple(low[k : k + len(p)]) == p for p in lx.ability_conditions
                                    for k in range(i + 1, min(cl.end, i + 3))):
        return False  # "Der Bau könne erst dann starten, wenn …": what makes it possible, not a doubt
    if cl.kind in ("conditional", "purpose", "question", "counterfactual", "temporal"):
        # in a verb-second language a modal right after the word is a main clause's verb
        # ("Damit könnte er …"), except in a comparison ("als könnten sie …")
        return lx.verb_second and cl.kind != "counterfactual" and cl.opener + 1 == i and i + 1 < cl.end
    if low[i] in lx.ability and any(w in lx.ability_negators for w in low[cl.start : _over_quotes(low, cl.end, lx)]):
        return False  # "könne sich nicht erinnern", "could not attend": a (lacking) ability
    if low[i] in lx.ability and (any(w in lx.ability_adverbs for w in low[cl.start : cl.end])
                                 or _wanted(low, cl.end, lx)):
        return False  # "problemlos überwinden könne", "machen könnten, was sie wollten": an ability
    if cl.kind == "relative" and low[i] in lx.ability and not lx.verb_second:
        # "anything that could …", "in which ISIS could emerge" — but "said that it could …"
        # is reported speech, whose hedges count
        return low[cl.opener] == lx.reported_that and any(w in lx.cue_forms for w in low[max(0, cl.opener - 4) : cl.opener])
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt in lx.ability_verb_adverbs and i + 2 < len(low):
        nxt = low[i + 2]  # "could only manage two stairs"
    if low[i] in lx.ability and nxt in lx.anchored_verbs:
        # "could manage": a past ability only when negated, restricted or anchored in the past
        ws = low[cl.start : cl.end]
        return not (any(w in lx.anchored_negators for w in ws)
                    or any(tuple(ws[k : k + len(p)]) == p for p in lx.anchored_times for k in range(len(ws))))
    # "couldn't attend", "could hear the voice": a past ability
    return not (low[i] in lx.ability and (nxt.endswith(lx.negator_endings) or nxt in lx.ability_verbs))


def _phrase_fits(low: list[str], i: int, phrase: tuple[str, ...], lx: _HedgeLex) -> bool:
    """Whether a phrase at `i` has the context its hedge needs (`phrase_context`): a word before it
    ("is said to be", not "She said to be at the station"), a word after it ("No one knows whether
    …", not "No one knows the city better"), or a subject or a finite verb after it ("It looks like
    they …", not "It looks like a bird from here")."""
    end = i + len(phrase)
    if phrase in lx.phrase_before and not (i > 0 and low[i - 1] in lx.phrase_before[phrase]):
        return False
    if phrase in lx.phrase_after and not any(w in lx.phrase_after[phrase] for w in low[end : end + lx.phrase_window]):
        return False
    if phrase in lx.phrase_after_or_finite:
        if end < len(low) and low[end] in lx.phrase_after_or_finite[phrase]:
            return True
        ahead = []
        for w in low[end : end + lx.phrase_window_finite]:
            if not w[:1].isalnum():
                break
            ahead.append(w)
        return any(w in lx.phrase_finite for w in ahead)
    return True


def _event(low: list[str], i: int, cl: _Clause, lx: _HedgeLex) -> bool:
    """Whether the infinitive of an ability modal (closing its clause, or fronted before it) names
    what happens rather than what someone can do (`event_infinitives`, the forecast's verbs of change,
    `sein`/`werden`): "…, könnte die Wirtschaft schrumpfen", "…, könnten Tausende Menschen sterben" —
    a doubt, no ability."""
    last = low[cl.end - 1] if cl.end - 1 > i else ""
    first = low[i - 1] if i - 1 >= cl.start else ""
    return last in lx.event_infinitives or first in lx.event_infinitives


def _apodosis(low: list[str], i: int, cl: _Clause, lx: _HedgeLex) -> bool:
    """A verb-second modal that opens its clause right after a comma has the clauses before it as
    its first position; whether one of them (back to the sentence's start) is conditional: "Sollten
    andere Städte nachziehen, könne das Land …", "Wenn jemand wirklich, wirklich kaufen wollte,
    könnte er …"."""
    if not lx.verb_second or cl.start != i or i == 0 or low[i - 1] != ",":
        return False
    k = i - 1  # the comma before the modal
    while k > 0:
        before = _clause(low, k - 1, lx)
        if before.kind == "conditional":
            return True
        if before.start == 0 or low[before.start - 1] != ",":
            return False
        k = before.start - 1
    return False


def _negation_closes(low: list[str], i: int, lx: _HedgeLex) -> int:
    """A verb-second verb of confirmation whose clause ends in its negation a few words on ("Die
    Polizei bestätigte das bisher nicht"): the index of the negation, else -1."""
    if not lx.verb_second:
        return -1
    last = _clause(low, i, lx).end - 1
    return last if i < last <= i + lx.max_gap + 2 and low[last] in lx.negators else -1


def _hoped_ability(low: list[str], i: int, cl: _Clause, lx: _HedgeLex) -> bool:
    """A verb-final modal of ability in a dass-clause after a word of hope or confident expectation
    (`ability_hopes`, within six words before the subordinator), its infinitive no `sein`/`haben`
    of an inference and its subject not impersonal "es"."""
    if not lx.ability_hopes or i + 1 != cl.end or cl.start < 2:
        return False
    k = cl.start if low[cl.start] in lx.ability_subordinators else -1
    if k < 0 or low[i - 1] in lx.epistemic_infinitives or any(w in lx.impersonal_subjects for w in low[k + 1 : k + 3]):
        return False
    before = low[max(0, k - 7) : k]
    return any(tuple(before[j : j + len(p)]) == p for p in lx.ability_hopes for j in range(len(before) - len(p) + 1))


_QUOTES = frozenset(QUOTE_MARKS)


def _wanted(low: list[str], end: int, lx: _HedgeLex) -> bool:
    """", was sie wollten" after the modal's clause: what someone wants, which the modal allows."""
    if end + 1 >= len(low) or low[end] != "," or low[end + 1] not in lx.ability_clauses:
        return False
    return any(w in lx.ability_clauses[low[end + 1]] for w in low[end + 2 : end + 6])


def _over_quotes(low: list[str], end: int, lx: _HedgeLex) -> int:
    """A clause's end when quotation marks around a name or title inside it do not end it ("er
    könne sich an den Brief der „Tagespost“ nicht erinnern")."""
    while end < len(low) and low[end] in _QUOTES:
        end += 1
        while end < len(low) and low[end] not in lx.boundaries:
            end += 1
    return end


def _lassen_sich(low: list[str], i: int, lx: _HedgeLex) -> int:
    """Where an evidential negation of judging starts: at a form of "lassen" right before "sich" in
    its clause ("ließe sich … freilich nicht sagen": the impersonal "ließe sich" is the cue), else at
    the negation itself (a verb of checking keeps "nicht … überprüfen")."""
    cl = _clause(low, i, lx)
    for k in range(cl.start, i - 1):
        if low[k] in lx.neg_fillers and low[k + 1] == lx.lassen_reflexive and low[k].startswith(lx.lassen_starts):
            return k if i - k <= lx.max_gap + 6 else i
    return i


def _impersonal(low: list[str], i: int, lx: _HedgeLex) -> bool:
    """"Ob die Lieferung vollständig ist, kann man nicht sagen", "lässt sich nicht abschätzen": a verb of judging after
    the negation counts as unverified only with an impersonal subject in the clause before it
    ("er wollte nicht sagen" is a refusal)."""
    cl = _clause(low, i, lx)
    return any(w in lx.neg_impersonal_subjects for w in low[cl.start : i])


def _then(low: list[str], j: int, word: str) -> bool:
    """Whether ", <word>" follows token j ("nimmt an, dass")."""
    return j + 2 < len(low) and low[j + 1] == "," and low[j + 2] == word


def _separable(low: list[str], i: int, lx: _HedgeLex) -> int:
    """A verb of inference with its particle at the clause's end: "Die Akten deuten jedoch darauf
    hin", "Die Polizei nimmt an, dass …", "Der Verdacht liegt nahe, dass …"; or its joined form
    before ", dass" or in a wie-clause ("Es wird angenommen, dass …", "wie die Akten nahelegen").
    The index of the cue's last word, or -1."""
    if low[i] in lx.sep_joined:
        cl = _clause(low, i, lx)
        return i if _then(low, i, lx.sep_then) or (cl.start < i and low[cl.start] in lx.sep_openers) else -1
    if low[i] not in lx.separable:
        return -1
    particle, then, between = lx.separable[low[i]]
    for j in range(i + 1, min(len(low), i + 2 + lx.sep_gap)):
        if low[j] in lx.boundaries:
            return -1
        if low[j] == particle and (j + 1 == len(low) or not low[j + 1][:1].isalnum()):
            ok = _then(low, j, then) if then else any(w in between for w in low[i + 1 : j])
            return j if ok else -1
    return -1


_HARD_STOPS = frozenset({",", ";", ":", "?", "!"})


def _passive_reputation(low: list[str], i: int, lx: _HedgeLex) -> bool:
    """"Von vielen wird dies als Erfolg gesehen", "… als Vorbild angesehen werden": a participle
    of regarding that closes its clause, "als" before it, a passive auxiliary before that (quotes
    and dashes of a title in between do not end the clause)."""
    k = i + 1
    if k < len(low) and low[k] in lx.passive_after:
        k += 1
    if k < len(low) and low[k][:1].isalnum():
        return False
    als = -1
    for j in range(i - 1, max(-1, i - 1 - lx.passive_gap), -1):
        if low[j] in _HARD_STOPS:
            return False
        if als < 0 and low[j] == lx.reputation_marker:
            als = j
        elif als >= 0 and low[j] in lx.passive_aux:
            return True
    return False


def _attributive(low: list[str], words: list[str], i: int, lx: _HedgeLex) -> bool:
    """"the disputed city": a participle between a determiner and its noun."""
    if i + 1 >= len(low) or not words[i + 1][:1].isalpha():
        return False
    prev = low[i - 1] if i > 0 else ""
    if prev.endswith(lx.attributive_adverb_endings) and i > 1:
        prev = low[i - 2]
    return prev in lx.attributive and low[i + 1] not in lx.attributive_not_before


@dataclass(frozen=True)
class StatusCue:
    """A word that sets a claim's status without hedging it: a denial, dispute, confirmation."""

    span: Span
    status: Status
    rule: str


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
    low = [t.text.lower() for t in toks]
    out: set[int] = set()
    for a in reports:
        ks = [k for k, tok in enumerate(toks) if any(c.contains(tok.span) for c in a.content)]
        cue = a.cue
        if a.mode == "according_to" and cue is not None:
            at = [k for k, tok in enumerate(toks) if cue.contains(tok.span)]
            if at and low[at[0]] in _lex(code).according_words:
                cl = _clause(low, at[0], _lex(code))
                ks = [k for k in ks if cl.start <= k < cl.end]
        out.update(ks)
    return frozenset(out)


def _after(value: str, date: str) -> bool:
    """A TIMEX3 value later than the article's date, compared at the coarser of the two."""
    if value == "FUTURE_REF":
        return True
    if not re.match(r"\d{4}(?:-\d\d){0,2}$", value) or not re.match(r"\d{4}", date):
        return False
    n = min(len(value), len(date))
    return value[:n] > date[:n]


def find_hedges(doc: Document, sent: Sentence, code: str, future: frozenset[int] = frozenset(),
                demands_before: bool = False, reported: frozenset[int] = frozenset()) -> tuple[list[Hedge], list[StatusCue]]:
    """The hedges and status cues of one sentence; `demands_before`: the sentence before named
    demands or went on with them (a "soll" of a present infinitive there is one more demand);
    `reported`: indices of the sentence's tokens inside what a report tells ("wie Medien berichten",
    "Das meldet …"), where "soll" of an act is hearsay too ("Der Nachschub soll aus dem Norden
    kommen, wie Medien berichten") — not outside it ("Laut einer Umfrage sind viele Eltern
    unzufrieden, die Schulen sollen deshalb mehr Lehrer einstellen": a demand)."""
    lx = _lex(code)
    toks = sent.tokens
    words = [t.text for t in toks]
    low = [w.lower() for w in words]
    n = len(low)
    out: list[Hedge] = []
    marks: list[StatusCue] = []
    taken: set[int] = set()

    def add(i: int, j: int, kind: str, rule: str) -> None:
        out.append(Hedge(Span(toks[i].span.start, toks[j].span.end), kind, " ".join(words[i : j + 1]), rule, sent.span))  # type: ignore[arg-type]
        taken.update(range(i, j + 1))

    for i, w in enumerate(low):
        if i in taken:
            continue
        # evidential negation: "nicht zweifelsfrei belegen", "could not be independently verified",
        # "ließ sich nicht unabhängig überprüfen", "niemand konnte … beweisen", "no evidence"
        end = _fronted_negation(low, i, lx)
        if end >= 0:
            add(i, end, "evidential_negation", "hedge.evidential_negation")
        elif w in lx.negators or w.endswith(lx.negator_endings):
            for j in range(i + 1, min(n, i + 2 + lx.max_gap + (2 if w in lx.neg_determiners else 0))):
                if low[j] in lx.boundaries:
                    break
                if low[j] in lx.neg_verbs or (low[j] in lx.neg_impersonal and _impersonal(low, i, lx)):
                    gap = range(i + 1, j)
                    loose = [k for k in gap if low[k] not in lx.neg_adverbs and low[k] not in lx.neg_fillers]
                    # "Neither claim could be verified", "Keine der Angaben ließ sich überprüfen": a
                    # negating determiner may have its noun between it and the verb
                    noun_ok = w in lx.neg_determiners and len(loose) <= 2 and all(k <= i + 2 for k in loose)
                    if j - i <= 2 or not loose or noun_ok:
                        # "weder bestätigen noch dementieren": the whole pair
                        if j + 2 < n and low[j + 1] in lx.neg_pair and low[j + 2] in lx.denial | lx.neg_verbs:
                            j += 2
                        start = _lassen_sich(low, i, lx) if low[j] in lx.neg_impersonal else i
                        add(start, j, "evidential_negation", "hedge.evidential_negation")
                        for k in range(i - 1, max(-1, i - 3), -1):
                            if low[k] in lx.epistemic:
                                taken.add(k)  # "could not be verified", "könne noch nicht …": the modal belongs to it
                                break
                            if low[k] not in lx.neg_fillers:
                                break
                    break
    for i, w in enumerate(low):
        if i in taken:
            continue
        for phrase, kind in lx.phrases.get(w, ()):
            if tuple(low[i : i + len(phrase)]) == phrase and not (i > 0 and low[i - 1] in lx.not_after.get(w, ())) \
                    and _phrase_fits(low, i, phrase, lx):
                add(i, i + len(phrase) - 1, kind, "hedge.phrase")
                break
        if i in taken:
            continue
        end = _separable(low, i, lx)
        if end >= 0:
            add(i, end, "inference", "hedge.separable")
            continue
        if w in lx.passive_participles and _passive_reputation(low, i, lx):
            add(i, i, "reputation", "hedge.reputation_passive")
            continue
        if w in lx.reputation_participles:
            # "der als liberal geltende Minister": the marker before the participle, in its clause
            if i > 0 and low[i - 1] not in lx.reputation_participle_not_after:
                for j in range(i - 1, max(-1, i - 2 - lx.reputation_gap), -1):
                    if low[j] in lx.boundaries:
                        break
                    if low[j] == lx.reputation_marker:
                        add(j, i, "reputation", "hedge.reputation_participle")
                        break
            continue
        if w in lx.reputation_verbs:
            # "gilt als", "X gilt seit Jahren als der beste …", "seen by many as"
            # (where the language names the holders after an agent word, only then)
            agent_ok = not lx.reputation_agent or (i + 1 < n and low[i + 1] == lx.reputation_agent)
            for j in range(i + 1, min(n, i + 2 + lx.reputation_gap) if agent_ok else i + 1):
                if low[j] in lx.boundaries:
                    break
                if low[j] == lx.reputation_marker:
                    add(i, j, "reputation", "hedge.reputation")
                    break
            if i not in taken and lx.verb_second:
                # verb-final (German order): "…, der als Geste der Islamisten gilt"
                cl = _clause(low, i, lx)
                if i + 1 == cl.end:
                    for j in range(i - 1, max(cl.start, i - 2 - lx.reputation_gap) - 1, -1):
                        if low[j] == lx.reputation_marker:
                            add(j, i, "reputation", "hedge.reputation")
                            break
            continue
        if w in lx.reportative or w in lx.reportative_marked:
            if _forecast(low, i, lx):
                add(i, i, "epistemic", "hedge.forecast")
            elif _soll_is_reportative(words, low, i, lx, future, demands_before, i in reported):
                add(i, i, "reportative", "hedge.reportative")
        elif w in lx.perfect_epistemic:
            if _perfect_infinitive(low, i, _clause(low, i, lx), lx):
                add(i, i, "epistemic", "hedge.epistemic_perfect")
        elif w in lx.epistemic:
            if i > 0 and low[i - 1] in lx.not_after.get(w, ()):
                continue  # "sehr wohl", "zum Wohl": no doubt there
            if i + 1 < n and low[i + 1] in lx.not_before.get(w, ()):
                continue  # "wohl kaum" (hardly), "likely voters" (a polling term)
            if w in lx.names and words[i][0].isupper() and i > 0:
                continue  # "May 2": a month, not a modal
            kind = lx.epistemic[w]
            if kind == "epistemic" and not _modal_weakens(low, i, lx):
                continue
            add(i, i, kind, f"hedge.{kind}")
        elif (w in lx.confirmation or w in lx.denial) and any(x in lx.negators for x in low[max(0, i - 3) : i]):
            add(i, i, "evidential_negation", "hedge.negated_confirmation")
        elif w in lx.confirmation and (last := _negation_closes(low, i, lx)) > i:
            add(i, last, "evidential_negation", "hedge.negated_confirmation")
        elif w in lx.confirmation:
            marks.append(StatusCue(toks[i].span, "confirmed", "status.confirmation"))
        elif w in lx.denial:
            marks.append(StatusCue(toks[i].span, "denied", "status.denial"))
        elif w in lx.dispute and not _attributive(low, words, i, lx):
            marks.append(StatusCue(toks[i].span, "disputed", "status.dispute"))
        elif w in lx.denial_first:
            for phrase in lx.denial_verbs:
                if tuple(low[i : i + len(phrase)]) == phrase or (len(phrase) == 2 and w == phrase[0] and phrase[1] in low[i + 2 : i + 8]):
                    if any(x in lx.denial_objects for x in low[i + 1 : i + 6]):
                        marks.append(StatusCue(toks[i].span, "denied", "status.denial"))
                    break
    out.sort(key=lambda h: h.span.start)
    return out, marks


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
    lx = _lex(code)
    low = [t.text.lower() for t in sent.tokens]
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
            if seg.kind not in CLAIM_SEGMENTS or not sent.tokens:
                demands = False
                continue
            code = sentence_language(sent, pick(seg.language))
            atts = index.overlapping(sent.span)
            reported = _reported_tokens(sent, [a for a in atts if _reporting(doc, a, code)], code)
            found, marks = find_hedges(doc, sent, code, _future_tokens(doc, sent, timexes, tx_starts), demands, reported)
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
