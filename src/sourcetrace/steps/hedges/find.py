"""The hedges and status cues of one sentence (`find_hedges`)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import accumulate

from ...document import Document, Entity, Hedge, Sentence, Span, Status, Token
from ...textutil import QUOTE_MARKS, lowered
from ..sources.gender import en_gender_words
from .clauses import (
    clause_around,
    concessive_possibility,
    deliberative_question,
    fronted_negation_end,
    has_perfect_infinitive,
    indirect_question_hedge,
    is_attributive,
    is_forecast,
    is_impersonal,
    is_passive_reputation,
    lassen_start,
    modal_weakens,
    negated_state,
    negation_closing,
    participle_before_auxiliary,
    phrase_fits,
    reported_ability,
    reported_permission,
    separable_end,
    soll_is_reportative,
    subordinate_according,
    subordinate_allegation,
)
from .words import HedgeLex, hedge_lex

_QUOTES = frozenset(QUOTE_MARKS)


@dataclass(frozen=True)
class StatusCue:
    """A word that sets a claim's status without hedging it: a denial, dispute, confirmation."""

    span: Span
    status: Status
    rule: str



def _in_person_name(doc: Document, toks: list[Token], i: int) -> bool:
    """The capitalised token at i is part of a person's name: it lies in a PER entity, or a given
    name (resources/en/gender.json) stands right before it ("Theresa May not only …")."""
    if _inside_entity(doc, ("PER",), toks[i].span):
        return True
    _words, names = en_gender_words()
    return i > 0 and toks[i - 1].text in names


def find_hedges(doc: Document, sent: Sentence, code: str, future: frozenset[int] = frozenset(),
                demands_before: bool = False, reported: frozenset[int] = frozenset(),
                speech: frozenset[int] = frozenset()) -> tuple[list[Hedge], list[StatusCue]]:
    """The hedges and status cues of one sentence; `demands_before`: the sentence before named
    demands or went on with them (a "soll" of a present infinitive there is one more demand);
    `reported`: indices of the sentence's tokens inside what a report tells ("wie Medien berichten",
    "Das meldet …"), where "soll" of an act is hearsay too ("Der Nachschub soll aus dem Norden
    kommen, wie Medien berichten") — not outside it ("Laut einer Umfrage sind viele Eltern
    unzufrieden, die Schulen sollen deshalb mehr Lehrer einstellen": a demand); `speech`: indices of
    the tokens inside what someone says in reported speech (an indirect or continued attribution's
    content, not its cue), where German "dürften"/"könnten" of an agent's act are the reported
    "dürfen"/"können" ("Sie sagte, die Mieter dürften ihre Wohnungen kaufen")."""
    lx = hedge_lex(code)
    toks = sent.tokens
    words = [t.text for t in toks]
    low = lowered(toks)
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
        end = fronted_negation_end(low, i, lx)
        if end >= 0:
            add(i, end, "evidential_negation", "hedge.evidential_negation")
        elif (w in lx.negators or w.endswith(lx.negator_endings)) and not _after_deontic(low, i, lx):
            for j in range(i + 1, min(n, i + 2 + lx.max_gap + (2 if w in lx.neg_determiners else 0))):
                if low[j] in lx.boundaries:
                    break
                # a verb of judging before a colon introduces what one would say, no doubt
                # ("da darf man nicht bloß sagen: …")
                if low[j] in lx.neg_verbs or (low[j] in lx.neg_impersonal and is_impersonal(low, i, lx)
                                               and not (j + 1 < n and low[j + 1] == ":")):
                    gap = range(i + 1, j)
                    loose = [k for k in gap if low[k] not in lx.neg_adverbs and low[k] not in lx.neg_fillers]
                    # "Neither claim could be verified", "Keine der Angaben ließ sich überprüfen": a
                    # negating determiner may have its noun between it and the verb
                    noun_ok = w in lx.neg_determiners and len(loose) <= 2 and all(k <= i + 2 for k in loose)
                    if j - i <= 2 or not loose or noun_ok:
                        # "weder bestätigen noch dementieren": the whole pair
                        if j + 2 < n and low[j + 1] in lx.neg_pair and low[j + 2] in lx.denial | lx.neg_verbs:
                            j += 2
                        start = lassen_start(low, i, lx) if low[j] in lx.neg_impersonal else i
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
            end = i + len(phrase)
            rule, undo = lx.phrase_rules.get(phrase, ("hedge.phrase", frozenset()))
            if tuple(low[i:end]) == phrase and not (i > 0 and low[i - 1] in lx.not_after.get(w, ())) \
                    and not (end < n and low[end] in lx.not_before.get(phrase[-1], ())) and phrase_fits(low, i, phrase, lx):
                # (the word after a phrase as after its last word alone: "sei denkbar schlecht", an intensifier)
                if i > 0 and low[i - 1] in undo:
                    break  # "Der Sturz war nicht absehbar": a hindsight, no doubt (phrase_rules' not_after)
                if _obliged(low, i, lx):
                    break  # "must be seen as", "can't just assume that": a requirement, no doubt (hedge.not.obliged_phrase)
                add(i, i + len(phrase) - 1, kind, rule)
                break
        if i in taken:
            continue
        end = separable_end(low, i, lx)
        if end >= 0:
            add(i, end, "inference", "hedge.separable")
            continue
        end = _neither_knows(low, i, lx)
        if end >= 0:
            add(i, end, "epistemic", "hedge.phrase+neither_knows")  # "Neither the pilots nor the airline know why …"
            continue
        if w in lx.passive_participles and is_passive_reputation(low, i, lx):
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
                cl = clause_around(low, i, lx)
                if i + 1 == cl.end:
                    for j in range(i - 1, max(cl.start, i - 2 - lx.reputation_gap) - 1, -1):
                        if low[j] == lx.reputation_marker:
                            add(j, i, "reputation", "hedge.reputation")
                            break
            continue
        if w in lx.ersatz_forms and _ersatz_infinitive(words, low, i, lx):
            continue  # "hätte früher bremsen sollen": the modal's own perfect, no hearsay, no doubt
        if w in lx.reportative or w in lx.reportative_marked:
            if deliberative_question(words, low, i, lx):
                continue  # "Was soll der Lärm?", "Wer soll die Halle bezahlen?": what is to be done, no hearsay (hedge.not.deliberative_question)
            if is_forecast(low, i, lx):
                add(i, i, "epistemic", "hedge.forecast")
            elif soll_is_reportative(words, low, i, lx, future, demands_before, i in reported):
                add(i, i, "reportative", "hedge.reportative")
            elif subordinate_allegation(words, low, i, lx, future):
                add(i, i, "reportative", "hedge.reportative+allegation")  # "…, die dafür verantwortlich sein soll"
            elif subordinate_according(words, low, i, lx, future):
                add(i, i, "reportative", "hedge.reportative+according_clause")  # "…, das seinen Angaben zufolge heilen soll"
        elif w in lx.perfect_epistemic:
            cl = clause_around(low, i, lx)
            if has_perfect_infinitive(low, i, cl, lx, words) and not any(x in lx.perfect_deadline for x in low[cl.start : cl.end]) \
                    and (w not in lx.perfect_participle_needed or participle_before_auxiliary(words, low, i, cl, lx)):
                add(i, i, "epistemic", "hedge.epistemic_perfect")
            elif concessive_possibility(words, low, i, lx, _named(doc, toks)):
                add(i, i, "epistemic", "hedge.epistemic_mag")  # "Das mag dauern": what may be so
        elif w in lx.epistemic:
            if i > 0 and low[i - 1] in lx.not_after.get(w, ()) \
                    and (w not in lx.not_after_if_later or any(x in lx.not_after_if_later[w] for x in low[i + 1 :])):
                continue  # "sehr wohl", "zum Wohl": no doubt there; "less likely … than": a statistic
            if i + 1 < n and (low[i + 1] in lx.not_before.get(w, ()) or " ".join(low[i + 1 : i + 3]) in lx.not_before.get(w, ())):
                continue  # "wohl kaum" (hardly), "likely voters" (a polling term), "might as well" (two words)
            if w in lx.not_before_over and _not_before_over(words, low, i, lx):
                continue  # "likely Republican primary voters": the polling term over a party's name and a kind of vote
            if w in lx.names and words[i][0].isupper() and i > 0 and (not (i + 1 < n and low[i + 1] in lx.names_modal_before)
                                                                      or _in_person_name(doc, toks, i)):
                continue  # "May 2": a month, not a modal (but "Mayor May Be Leaving" in a headline; "Theresa May not only …": a name)
            if _mentioned(low, i):
                continue  # "words like “maybe”": a word mentioned, not used
            kind = lx.epistemic[w]
            if kind == "epistemic" and not modal_weakens(low, i, lx):
                continue
            if kind == "epistemic" and reported_ability(words, low, i, lx):
                continue  # "Er könne dem Vorschlag etwas abgewinnen": the reported "kann" of an agent, an ability
            if kind == "epistemic" and i in speech and reported_permission(words, low, i, lx, _named(doc, toks)):
                continue  # "Sie sagte, die Mieter dürften ihre Wohnungen kaufen": the reported "dürfen", a permission
            question = indirect_question_hedge(low, i, lx)
            suffix = "+question" if question else "+negated_state" if negated_state(low, i, lx) else ""
            add(i, i, kind, f"hedge.{kind}{suffix}")
        elif (w in lx.confirmation or w in lx.denial) and any(low[k] in lx.negators and _after_deontic(low, k, lx)
                                                             for k in range(max(0, i - 3), i)):
            continue  # "should not confirm the nominee", "will not be confirmed": a vote to come, neither doubt nor status
        elif w in lx.denial and any(x in lx.negators for x in low[max(0, i - 3) : i]):
            continue  # "cannot be denied", "there is no denying": an emphatic assertion, neither doubt nor denial
        elif w in lx.confirmation and any(x in lx.negators for x in low[max(0, i - 3) : i]):
            add(i, i, "evidential_negation", "hedge.negated_confirmation")
        elif w in lx.confirmation and (last := negation_closing(low, i, lx)) > i:
            add(i, last, "evidential_negation", "hedge.negated_confirmation")
        elif w in lx.confirmation:
            marks.append(StatusCue(toks[i].span, "confirmed", "status.confirmation"))
        elif w in lx.denial:
            marks.append(StatusCue(toks[i].span, "denied", "status.denial"))
        elif w in lx.dispute and not is_attributive(low, words, i, lx):
            marks.append(StatusCue(toks[i].span, "disputed", "status.dispute"))
        elif w in lx.denial_first:
            for phrase in lx.denial_verbs:
                if tuple(low[i : i + len(phrase)]) == phrase or (len(phrase) == 2 and w == phrase[0] and phrase[1] in low[i + 2 : i + 8]):
                    if any(x in lx.denial_objects for x in low[i + 1 : i + 6]):
                        marks.append(StatusCue(toks[i].span, "denied", "status.denial"))
                    break
    out.sort(key=lambda h: h.span.start)
    return _seem_adjectives(toks, out, lx), marks


def _named(doc: Document, toks: list[Token]) -> frozenset[int]:
    """Indices of the tokens inside a person or organisation entity."""
    return frozenset(k for k, t in enumerate(toks) if _inside_entity(doc, ("PER", "ORG"), t.span))


#: per tuple of labels, the index of the latest entity list asked about (`_inside_entity`): the list
#: itself (so that its id is not reused), its length, the starts of its entities of those labels in
#: order and the running maximum of their ends
_ENTITY_INDEX: dict[tuple[str, ...], tuple[list[Entity], int, list[int], list[int]]] = {}


def _inside_entity(doc: Document, labels: tuple[str, ...], span: Span) -> bool:
    """An entity of one of `labels` holds `span` (starts at or before it and ends at or after it), as a
    scan of `doc.entities` would tell, by bisection: of the entities that start at or before the span,
    the one that ends last decides. The index is built once per entity list (and again when it grows),
    not once per sentence: a long text has thousands of both."""
    ents = doc.entities
    hit = _ENTITY_INDEX.get(labels)
    if hit is None or hit[0] is not ents or hit[1] != len(ents):
        spans = sorted((e.span.start, e.span.end) for e in ents if e.label in labels)
        hit = _ENTITY_INDEX[labels] = (ents, len(ents), [a for a, _ in spans], list(accumulate((b for _, b in spans), max)))
    k = bisect.bisect_right(hit[2], span.start)
    return k > 0 and hit[3][k - 1] >= span.end


def _after_deontic(low: list[str], i: int, lx: HedgeLex) -> bool:
    """A negation after or fused with a future or deontic modal (`deontic_before`): "should not
    confirm", "will not be confirmed", "won't be confirmed" — a vote or act to come, nothing that
    could not be checked. A future (`future_before`) only before a passive (`future_passive`): "will
    not be confirmed" is a vote to come, "police will not confirm the name" a refusal to confirm."""
    if low[i] in lx.neg_deontic_before or (i > 0 and low[i - 1] in lx.neg_deontic_before):
        return True
    future = low[i] in lx.neg_future_before or (i > 0 and low[i - 1] in lx.neg_future_before)
    return future and i + 1 < len(low) and low[i + 1] in lx.neg_future_passive


def _neither_knows(low: list[str], i: int, lx: HedgeLex) -> int:
    """The index of the verb of knowing in "Neither the pilots nor the airline know why …": a word of
    `neither_knows.openers`, its pair within `max_gap` words, a verb of knowing within `max_gap` words after
    the pair and a question word within `window` words after the verb, no clause mark between — an open
    question no one named can answer, as "no one knows whether …"; not "Neither the pilots nor the airline
    know the route" (no question). -1 if not."""
    if low[i] not in lx.neither_openers:
        return -1
    stops = lx.boundaries - {"-"}
    pair = next((k for k in range(i + 2, min(len(low), i + 2 + lx.neither_gap)) if low[k] == lx.neither_pair
                 or low[k] in stops), -1)
    if pair < 0 or low[pair] != lx.neither_pair:
        return -1
    verb = next((k for k in range(pair + 2, min(len(low), pair + 2 + lx.neither_gap)) if low[k] in lx.neither_verbs
                 or low[k] in stops), -1)
    if verb < 0 or low[verb] not in lx.neither_verbs:
        return -1
    return verb if any(w in lx.neither_after for w in low[verb + 1 : verb + 1 + lx.neither_window]) else -1


def _obliged(low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether a modal of obligation or prohibition (`obliged_phrases.modals`, word sequences) stands right
    before the phrase at `i`, or before up to `max_fillers` of its `fillers` ("must be seen as a leader",
    "has to be seen as", "Planners can't just assume that …"): what someone is required or forbidden to think
    or be taken for, no doubt about a claim."""
    for gap in range(lx.obliged_gap + 1):
        end = i - gap
        if end < 0 or any(w not in lx.obliged_fillers for w in low[end:i]):
            return False
        if any(end >= len(m) and tuple(low[end - len(m) : end]) == m for m in lx.obliged_modals):
            return True
    return False


def _ersatz_infinitive(words: list[str], low: list[str], i: int, lx: HedgeLex) -> bool:
    """A modal's infinitive right after another lower-case infinitive, with a form of "haben"
    before them in the clause (`ersatz_infinitive`): "hätte früher bremsen sollen", "hat nicht kommen
    können" — the modal's own perfect, not "soll"/"könnte" of hearsay or doubt. Not after "haben"
    itself ("die das Geld genommen haben sollen": the perfect infinitive of hearsay)."""
    if i < 2 or not words[i - 1][:1].islower() or not low[i - 1].endswith("en") or low[i - 1] in lx.ersatz_auxiliaries:
        return False
    cl = clause_around(low, i, lx)
    return any(w in lx.ersatz_auxiliaries for w in low[cl.start : i - 1])


def _not_before_over(words: list[str], low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether a word of the cue's `not_before` follows it over up to three words that are each
    capitalised or one of its `not_before_over` ("likely Republican primary voters", "likely general
    election voters"; not "likely to lose voters")."""
    over = lx.not_before_over[low[i]]
    for k in range(i + 1, min(len(low), i + 5)):
        if low[k] in lx.not_before.get(low[i], ()):
            return k > i + 1
        if not (low[k] in over or (words[k][:1].isupper() and words[k][:1].isalpha())):
            return False
    return False


def _mentioned(low: list[str], i: int) -> bool:
    """A word alone between quotation marks ("words like “maybe” and “perhaps”"): mentioned, not used."""
    return 0 < i < len(low) - 1 and low[i - 1] in _QUOTES and low[i + 1] in _QUOTES


def _seem_adjectives(toks: list[Token], found: list[Hedge], lx: HedgeLex) -> list[Hedge]:
    """A verb of seeming and its epistemic adjective a few words on as one hedge ("seems increasingly
    likely", `seem_adjectives`), with the verb's kind and rule."""
    if not lx.seem_verbs:
        return found
    starts = {t.span.start: k for k, t in enumerate(toks)}
    ends = {t.span.end: k for k, t in enumerate(toks)}
    out: list[Hedge] = []
    for h in found:
        prev = out[-1] if out else None
        if prev is not None and prev.cue.lower() in lx.seem_verbs and h.cue.lower() in lx.seem_adjectives \
                and prev.span.end in ends and h.span.start in starts:
            gap = toks[ends[prev.span.end] + 1 : starts[h.span.start]]
            if len(gap) <= lx.seem_gap and all(t.text[:1].isalpha() for t in gap):
                a, b = starts[prev.span.start], ends[h.span.end]
                cue = " ".join(t.text for t in toks[a : b + 1])
                out[-1] = Hedge(Span(prev.span.start, h.span.end), prev.kind, cue, prev.rule, prev.scope)
                continue
        out.append(h)
    return out

