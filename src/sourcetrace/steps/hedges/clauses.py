"""The clause around a word (`clause_around`) and what it makes of a modal, a negation or a phrase
there: hearsay or plan, doubt or ability, an evidential negation, an attributive participle."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...textutil import QUOTE_MARKS
from .words import HedgeLex


@dataclass(frozen=True)
class Clause:
    """The clause around a word: token range [start, end) and how it is introduced."""

    start: int
    end: int
    kind: str | None  # conditional, purpose, question, counterfactual, relative or None
    opener: int  # index of the introducing word (or -1)


def clause_around(low: list[str], i: int, lx: HedgeLex) -> Clause:
    cl = _clause_around(low, i, lx)
    if not lx.verb_second or cl.kind is not None or i + 1 != cl.end or cl.start < 4 or low[cl.start - 1] != ",":
        return cl
    # "ob Bulgarien Hilfe, die es braucht, anfordern könnte": a verb-final clause resumed after a
    # relative clause inside it takes the subordinator of the part before that relative clause
    inner = _clause_around(low, cl.start - 2, lx)
    if inner.kind != "relative" or inner.start < 2 or low[inner.start - 1] != ",":
        return cl
    outer = _clause_around(low, inner.start - 2, lx)
    if outer.kind in ("conditional", "purpose", "question", "counterfactual"):
        return Clause(outer.start, cl.end, outer.kind, outer.opener)
    return cl


def _clause_around(low: list[str], i: int, lx: HedgeLex) -> Clause:
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
            if low[k] in lx.cue_forms and k + 1 < i and low[k + 1] in lx.clause_subjects:
                break  # "voters who said they could …": the modal's clause is what was said, after the verb
            for phrase, kind in lx.openers:
                b = k - len(phrase) + 1
                if b >= s and tuple(low[b : k + 1]) == phrase:
                    if kind == "counterfactual" and b > 0 and low[b - 1] in lx.comparison_not_after \
                            and not (k + 2 == i and low[k + 1] in lx.clause_subjects and low[k + 1] != "there"):
                        # ("sold for less than they might have hoped": a pronoun right after "than" and before the
                        # modal opens a comparison's clause of its own, hedge.not.comparison_clause)
                        continue  # "More than 100 jobs could go": "than" of a bound, no comparison's clause
                    if kind == "relative" and all(w in _QUOTES for w in low[:b]):
                        continue  # "That could cost jobs.": a demonstrative opening the sentence, no relative pronoun
                    if kind == "temporal" and _finite_between(low, k + 1, i, lx):
                        return Clause(s, e, None, -1)  # "her use of it when she was in office could have …": the modal is the main clause's
                    return Clause(s, e, kind, b)
        return Clause(s, e, None, -1)
    if s < i and low[s] in lx.coordinators:
        s += 1  # "Doch sollten die beiden …": the clause starts after the coordinator
    for phrase, kind in lx.openers:
        if tuple(low[s : s + len(phrase)]) == phrase:
            if kind in ("relative", "means") and (s == 0 or low[s - 1] != ","):
                break  # "Die Rebellen sollen …", "Mit dem Gesetz könnte …": an article, not a relative pronoun
            if kind == "relative" and len(phrase) == 1 and i == s + 2 and i + 1 < e and low[i] in lx.modal_verbs | lx.reportative_marked:
                break  # "…, die Region sollte wieder wachsen": article, noun, then the modal second, a main clause
            return Clause(s, e, kind, s)
    return Clause(s, e, None, -1)


def _finite_between(low: list[str], a: int, b: int, lx: HedgeLex) -> bool:
    """Whether a finite verb (`phrase_finite`, or a past tense of `finite_endings`) stands among the
    words [a, b): the clause opened before them has its own verb and has ended."""
    return any(w in lx.phrase_finite or (len(w) > 3 and lx.phrase_finite_endings and w.endswith(lx.phrase_finite_endings))
               for w in low[a:b])


def has_perfect_infinitive(low: list[str], i: int, cl: Clause, lx: HedgeLex, words: list[str] | None = None) -> bool:
    """"soll … angenommen haben", "sollen … verletzt worden sein", "… gekämpft haben soll"; with
    `words`, a participle before the copula is a lower-case word ("… der Kandidat bei der
    Gemeinderatswahl sein soll": a noun that starts like a participle, no perfect)."""
    def participle(k: int) -> bool:
        return _participle(low, k, lx) and (words is None or words[k][:1].islower())

    if i + 1 == cl.end:  # verb-final: the infinitive stands before the modal
        return i > cl.start and low[i - 1] in lx.perfect and (low[i - 1] != lx.perfect_copula or participle(i - 2))
    last = cl.end - 1
    if last > i + 2 and low[last] in lx.perfect_double and lx.perfect_auxiliary in low[last - 2 : last]:
        return True  # "soll seine Gegner hinrichten haben lassen", "soll haben fliehen können"
    if last <= i or low[last] not in lx.perfect:
        return False
    return low[last] != lx.perfect_copula or participle(last - 1)


def participle_before_auxiliary(words: list[str], low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """Whether the auxiliary of the perfect infinitive of the modal at `i` (before a verb-final modal,
    else closing the clause) follows a participle, a lower-case word of its shape: "muss … gehabt
    haben", "umgefallen sein muss"; not the plain "will eine Laterne haben", "muss Geld haben". Before
    the copula the participle must hold its mark inside ("gekommen", "umgefallen") or be "worden": an
    adjective ("muss bereit sein") or a state ("muss unterschrieben sein") is what is required."""
    aux = i - 1 if i + 1 == cl.end else cl.end - 1
    if aux - 1 < cl.start or low[aux] not in lx.perfect or not words[aux - 1][:1].islower() or not _participle(low, aux - 1, lx):
        return False
    prev = low[aux - 1]
    return low[aux] != lx.perfect_copula or prev in lx.participle_words or any(p in prev for p in lx.participle_starts)


def fronted_negation_end(low: list[str], i: int, lx: HedgeLex) -> int:
    """A verb or noun of checking that opens its clause, the negation closing it: "Überprüfen
    ließen sich die Zahlen nicht", "Eine Überprüfung durch Dritte war nicht möglich",
    "Independent confirmation was not possible". The index of the clause's last word, or -1."""
    if low[i] not in lx.neg_verbs:
        return -1
    cl = clause_around(low, i, lx)
    last = cl.end - 1
    if i - cl.start > 2 or last - i < 2 or last - i > lx.max_gap + 3:
        return -1
    if low[last] in lx.negators or (low[last] in lx.neg_fillers and low[last - 1] in lx.negators):
        return last
    return -1


def _participle(low: list[str], k: int, lx: HedgeLex) -> bool:
    return k >= 0 and (low[k] in lx.participle_words or low[k].startswith(lx.participle_starts)
                       or low[k].endswith(lx.participle_ends))


def soll_is_reportative(words: list[str], low: list[str], i: int, lx: HedgeLex, future: frozenset[int] = frozenset(),
                         demands_before: bool = False, reported: bool = False) -> bool:
    """"soll" as hearsay rather than deontic ("Er soll zurücktreten", as a demand), planned
    ("Das Gesetz soll 2025 in Kraft treten"), purpose ("…, die helfen soll"), conditional
    ("Sollte es zu einem Prozess kommen") or advice ("Ägypten sollte …")."""
    cl = clause_around(low, i, lx)
    perfect = has_perfect_infinitive(low, i, cl, lx, words)
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


def deliberative_question(words: list[str], low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether a "soll"/"sollen" asks in a direct question what is to be done or what something is for: right
    after a question word of `deliberative_question` that opens the sentence (after a quotation mark, a colon or
    a dash too) or itself opening it, a "?" closing the sentence after it ("Was soll der Lärm?", "Wer soll die
    Halle bezahlen?", "Soll die Stadt zahlen?") and no perfect infinitive in its clause ("Wo soll er sich versteckt
    haben?" asks about hearsay): no hearsay (hedge.not.deliberative_question)."""
    if not lx.deliberative_words or low[i] not in lx.reportative:
        return False
    k = i - 1 if i > 0 and low[i - 1] in lx.deliberative_words else i
    if k > 0 and low[k - 1] not in _STRETCH_OPENERS and low[k - 1] not in (".", "!", "?"):
        return False
    rest = low[i + 1 :]
    close = next((j for j, w in enumerate(rest) if w in (".", "!", "?")), -1)
    if close < 0 or rest[close] != "?":
        return False
    return not has_perfect_infinitive(low, i, clause_around(low, i, lx), lx, words)


def subordinate_allegation(words: list[str], low: list[str], i: int, lx: HedgeLex, future: frozenset[int] = frozenset()) -> bool:
    """Whether a verb-final "soll"/"sollen" closing a relative or other subordinate clause after "sein"
    tells what someone is alleged to be guilty of or involved in (`allegations`: "eine Bande, die für
    die Überfälle verantwortlich sein soll", "der Mann, der an dem Betrug beteiligt sein soll"): hearsay,
    though such a clause's "soll" of an act is its task ("ein Gremium, das entscheiden soll"), and so is
    a responsibility to come: a time ahead in the clause (`plan_time`, or a date of `future`: "eine
    Behörde, die künftig für die Aufsicht verantwortlich sein soll")."""
    if low[i] not in lx.reportative or not lx.allegations:
        return False
    cl = clause_around(low, i, lx)
    if cl.kind in (None, "conditional", "purpose") or i + 1 != cl.end or i - 1 <= cl.start or low[i - 1] != lx.perfect_copula:
        return False
    if any(cl.start <= k < cl.end for k in future) or lx.plan_time.search(" ".join(words[cl.start : i])):
        return False  # a task to come, not an allegation (review of session 37)
    return any(w in lx.allegations for w in low[cl.start : i - 1])


def subordinate_according(words: list[str], low: list[str], i: int, lx: HedgeLex, future: frozenset[int] = frozenset()) -> bool:
    """Whether a verb-final "soll"/"sollen" closing a relative or other subordinate clause follows an account named in
    that same clause (`according`: "laut", "zufolge": "ein Mittel, das seinen Angaben zufolge jedes Fieber senken soll",
    "ein Fahrer, der laut Zeugen zu schnell unterwegs gewesen sein soll"): hearsay even of an act, though such a clause's
    "soll" alone tells its task ("ein Gremium, das entscheiden soll"). Not when the account is a rule or a plan
    (`according_clause.rules`, also at the end of a compound: "…, das laut Satzung jährlich tagen soll", "laut
    Stufenplan", "laut einem neuen Vertrag", "dem Beschluss des Rates zufolge"), nor of a time ahead in the clause (a task to come) (hedge.reportative+according_clause)."""
    if low[i] not in lx.reportative or not lx.according_words:
        return False
    cl = clause_around(low, i, lx)
    if cl.kind in (None, "conditional", "purpose") or i + 1 != cl.end:
        return False
    if any(cl.start <= k < cl.end for k in future) or lx.plan_time.search(" ".join(words[cl.start : i])):
        return False
    for k in range(cl.start, i):
        if low[k] not in lx.according_words:
            continue
        # the account: the first noun (a word in capitals) after a preposition ("laut", over an article, a possessive or
        # an adjective: "laut einem neuen Vertrag"), the nouns of the phrase before a postposition ("zufolge", also one
        # with a genitive after it: "dem Beschluss des Rates zufolge")
        if low[k] in lx.according_before:
            near = next(([low[m]] for m in range(k + 1, min(i, k + 5)) if words[m][:1].isupper()), [])
        else:
            near = [low[m] for m in range(max(cl.start, k - 4), k) if words[m][:1].isupper()]
        return not any(w.endswith(r) for w in near for r in lx.according_rules)
    return False


def _hearsay_state(words: list[str], low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """Whether "soll" + a present infinitive reports a state ("Er soll in Berlin leben", "Der Schaden
    soll bei einer Million liegen", "…, wo er sich aufhalten soll"): the infinitive closing its
    clause (before the modal when that ends it) is one of `hearsay_states`. An act ("Die Lehrer sollen
    mehr erfahren", "Die Polizei soll an der Grenze kontrollieren") is a task, plan or demand."""
    k = i - 1 if i + 1 == cl.end else cl.end - 1
    while k > i and words[k][:1].isupper() and k + 2 < len(low) and low[k + 1] == ",":
        k = clause_around(low, k + 2, lx).end - 1  # "sollen sich Frauen, Kinder und Alte befinden": over a list's commas
    if k <= cl.start - 1 or k == i or not low[k][:1].isalpha() or words[k][:1].isupper() or not low[k].endswith(lx.infinitive_endings):
        return True  # no infinitive to go by
    if low[k] in lx.hearsay_states:
        return True
    # a separable particle before a state's stem ("aufhalten", "vorliegen"), not any word ending in
    # one ("fliegen", "verhandeln", "anerkennen", "erhalten")
    return any(low[k].startswith(p) and low[k][len(p) :] in lx.hearsay_states and low[k][len(p) :] not in lx.hearsay_unprefixed
               for p in lx.hearsay_particles)


def _hearsay_context(low: list[str], cl: Clause, lx: HedgeLex) -> bool:
    """Whether the clause of "soll" tells a habit or an allegation (`hearsay_contexts`: "Der Mann soll
    regelmäßig Drogen verkaufen", "Der Konzern soll seine Gewinne in Steueroasen verschieben"): what
    someone is said to do, hearsay even of an act."""
    ws = low[cl.start : cl.end]
    if any(w.startswith(lx.hearsay_context_stems) for w in ws) and lx.hearsay_context_stems:
        return True
    return any(tuple(ws[k : k + len(p)]) == p for p in lx.hearsay_contexts for k in range(len(ws)))


def is_forecast(low: list[str], i: int, lx: HedgeLex) -> bool:
    """"sollte" of a forecast, and in German "soll/sollen" too: its clause ends in an infinitive of
    change ("Die Mieten sollten weiter steigen", "Die Nachfrage sollte weiter wachsen", "Die Zahl der
    Pendler soll weiter zunehmen") or a German main clause fronts it before the modal ("Kräftig steigen
    sollten im Winter die Heizkosten"), with no demand in the sentence ("Die Löhne
    sollten steigen, fordert die Gewerkschaft") and not as "if" ("Sollten die Preise fallen, …").
    English keeps the verb right after the modal (after adverbs: "The rain should soon ease"), and a
    person as its subject gives advice ("You should lower the price")."""
    if low[i] not in lx.reportative_marked and not (lx.verb_second and low[i] in lx.reportative):
        return False
    cl = clause_around(low, i, lx)
    if not lx.verb_second:
        k = i + 1
        while k < cl.end and (low[k] in lx.forecast_adverbs or (lx.attributive_adverb_endings and low[k].endswith(lx.attributive_adverb_endings))):
            k += 1
        if cl.kind is not None or i == cl.start or k >= cl.end or low[k] not in lx.forecast or low[i - 1] in lx.advice_subjects:
            return False
        if k + 1 < cl.end and low[k + 1] in lx.attributive:
            return False  # "Companies should improve their records": a verb with an object, advice
        return not any(w in lx.deontic or w in lx.deontic_after for w in low)
    if cl.end - 2 > i and low[cl.end - 2] == lx.zu_infinitive:
        return False  # "…, soll sie davon abhalten, zum Opfer zu fallen": a zu-infinitive, not the modal's verb
    ends = low[cl.end - 1] in lx.forecast or any(cl.end - len(p) > i and tuple(low[cl.end - len(p) : cl.end]) == p
                                                 for p in lx.forecast_phrases)
    # the infinitive fronted before the modal of a main clause ("Deutlich sinken sollten ab dem Herbst die
    # Kosten"): the modal in second place, not at its clause's end (not "…, dass die Kosten sinken sollten")
    ends = ends or (i > cl.start and low[i - 1] in lx.forecast)
    if cl.kind is not None or cl.end <= i + 1 or not ends:
        return False
    return not any(w in lx.deontic or w in lx.deontic_after for w in low)


def _purpose_subject(words: list[str], low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
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


def _subject_clause(low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether the clause opened by a headline's question word is the subject of a finite verb
    after it ("How the council could pay for it remains unclear.", "Wie die Stadt das bezahlen
    könnte, bleibt offen."): an indirect question, not a headline's claim. In a verb-second
    language the verb stands right after the comma that closes the clause; in English no word of
    `headline_subject_not_after` stands before it (the verb would be a clause's inside it)."""
    for k in range(i + 2, len(low) - 1):
        if low[k] in lx.headline_subject_not_after:
            return False  # ("Why the euro could fall as inflation is rising": the verb of a clause inside it)
        if low[k] in lx.headline_subject_verbs and low[k + 1][:1].isalnum() and (not lx.verb_second or low[k - 1] == ","):
            return True
    return False


def modal_weakens(low: list[str], i: int, lx: HedgeLex) -> bool:
    """An epistemic modal in a conditional, purpose, question or comparison clause, or an
    ability modal in a relative clause, weakens nothing that the author asserts."""
    if lx.modal_verbs and low[i] not in lx.modal_verbs:
        return True  # an adverb ("ob … womöglich …", "whether it was perhaps …") hedges in any clause
    if _wished(low, i, lx):
        return False  # "fans wish the old coach could return": what someone wishes, no doubt (hedge.not.wish)
    if _own_counterfactual(low, i, lx):
        return False  # "I certainly could have handled it better": the speaker's own road not taken (hedge.not.counterfactual_self)
    if low[i] in lx.ability and _direct_question(low, lx):
        return False  # "Which towns could flip?": a direct question's "could" (hedge.not.direct_question)
    if low[i] in lx.ability and _free_choice(low, i, lx):
        return False  # "They could choose any school they wanted": a freedom (hedge.not.free_choice)
    if _negative_subject(low, i, lx):
        return False  # "No one could explain the noise": what no one was able to do (hedge.not.negated_subject)
    cl = clause_around(low, i, lx)
    # (in a verb-final clause after a comma, not a dass-clause, the subject anywhere before the modal:
    # "…, auf die man sich einstellen könnte"; not "…, dass man sich irren könnte")
    final = lx.verb_second and i + 1 == cl.end and cl.start > 0 and low[cl.start - 1] == "," \
        and low[cl.start] not in lx.ability_subordinators
    beside = low[cl.start : i] if final else low[max(cl.start, i - 1) : i + 2]
    if low[i] in lx.ability and any(w in lx.ability_subjects for w in beside) and not _event(low, i, cl, lx) \
            and low[cl.end - 1] not in lx.ability_subject_guesses:
        return False  # "Diese könne man nach Hause schicken", "Dann kann man …": what anyone is able to do, no doubt
    if _irrealis_consequence(low, i, cl, lx):
        return False  # "… wären die Kosten abzusehen und die Firma könnte zahlen": what a hypothetical case would allow
    if low[i] in lx.ability and _plain_ability(low, i, lx):
        return False  # "could barely lift", "could be seen for miles", "nor could his lawyer": an ability, no doubt
    if low[i] in lx.ability and i >= 2 and low[i - 2] in lx.ability_ellipsis_openers \
            and (i + 1 == len(low) or not low[i + 1][:1].isalnum() or low[i + 1] in lx.ability_ellipsis_followers):
        return False  # "as many as she could.", "did what I could with …": an ability whose verb is left out
    if low[i] in lx.ability and i >= 1 and low[i - 1] in lx.ability_ellipsis_subjects and (i + 1 == len(low) or not low[i + 1][:1].isalnum()):
        return False  # "They said she could.": a person's ability, its verb left out
    if cl.kind == "means" and low[i] in lx.ability:
        return False  # "Karten, mit denen Familien günstiger reisen könnten": the means to act, an ability
    if low[i] in lx.ability and cl.end + 1 < len(low) and low[cl.end] == "," and low[cl.end + 1] in lx.ability_means \
            and not _event(low, i, cl, lx):
        return False  # "Helfen könnten Lehrer einfach, indem sie zuhören": an ability and its means
    if low[i] in lx.ability and ((i > cl.start and low[i - 1] in lx.ability_consequences)
                                 or (i + 1 < cl.end and low[i + 1] in lx.ability_consequences)) and not _event(low, i, cl, lx):
        return False  # "Dann könnten sich die Lehrer an … wenden", "Die Bürger könnten dann …": what a case or plan named before allows
    if low[i] in lx.ability and _apodosis(low, i, cl, lx) and not _event(low, i, cl, lx):
        return False  # "Wenn jemand fragt, könnte er …": what a condition would allow, not a doubt
    if low[i] in lx.ability and _hoped_ability(low, i, cl, lx):
        return False  # "Er hofft, dass er bald wieder spielen könne": an ability hoped for, no doubt
    if low[i] in lx.ability and any(tuple(low[k : k + len(p)]) == p for p in lx.ability_conditions
                                    for k in range(i + 1, min(cl.end, i + 3))):
        return False  # "Der Bau könne erst dann starten, wenn …": what makes it possible, not a doubt
    if low[i] in lx.ability and _animate_relative(low, i, cl, lx):
        return False  # "die Flüchtlinge, die einreisen könnten": what people are able or allowed to do
    if cl.kind == "question" and cl.opener == 0 and low[0] in lx.headline_openers and "?" not in low \
            and not _subject_clause(low, i, lx):
        cl = Clause(cl.start, cl.end, None, -1)  # "Why the plan might still work": a headline's claim, no question
    if indirect_question_hedge(low, i, lx, cl):
        pass  # "wondering whether the river might rise", "how many stores may close": no ability reading, a doubt (hedge.epistemic+question)
    elif cl.kind in ("conditional", "purpose", "question", "counterfactual", "temporal"):
        # in a verb-second language a modal right after the word is a main clause's verb
        # ("Damit könnte er …"), except in a comparison ("als könnten sie …")
        return lx.verb_second and cl.kind != "counterfactual" and cl.opener + 1 == i and i + 1 < cl.end
    if low[i] in lx.ability and _negated_ability(low, i, cl, lx) and not negated_state(low, i, lx, cl):
        return False  # "könne sich nicht erinnern", "could not attend": a (lacking) ability
    if low[i] in lx.ability and (any(w in lx.ability_adverbs for w in low[cl.start : cl.end])
                                 or _wanted(low, cl.end, lx)):
        return False  # "problemlos überwinden könne", "machen könnten, was sie wollten": an ability
    if cl.kind == "relative" and low[i] in lx.ability and not lx.verb_second:
        # "anything that could …", "in which ISIS could emerge" — but "said that it could …"
        # is reported speech, whose hedges count
        if _relative_event(low, i, cl, lx) or _relative_thing(low, i, cl, lx):
            return True  # "a charge which could lead to a fine", "homes that could be affected", "sparks that could set …"
        return low[cl.opener] == lx.reported_that and any(w in lx.cue_forms for w in low[max(0, cl.opener - 4) : cl.opener])
    if low[i] in lx.ability and _past_ability(low, i, cl, lx):
        return False  # "Back then, farmers could sell their grain at the market": the past of "can"
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


_WISH_STOPS = frozenset({".", ",", ";", ":", "!", "?", "—", "–"})


def _wished(low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether the modal at `i` stands in what someone wishes or hopes: a verb of `wishes` within
    `window` words before it, no punctuation between ("fans wish the old coach could return",
    "she hopes the talks might resume"). A wish names what is wanted, not what the writer doubts. Not
    the noun: right before the modal as its subject, or after a determiner ("The best hope may be a
    truce", "the hopes of the fans might fade", "our only hope may be …": a determiner of lexicon.json or a
    word of `wishes.noun_after` before it; a guess, review of session 37)."""
    for k in range(i - 1, max(-1, i - 1 - lx.wish_window), -1):
        if low[k] in _WISH_STOPS:
            return False
        if low[k] in lx.wish_verbs:
            return k < i - 1 and not (k > 0 and (low[k - 1] in lx.determiners or low[k - 1] in lx.wish_noun_after))
    return False


def _direct_question(low: list[str], lx: HedgeLex) -> bool:
    """Whether the sentence is a direct question: its first word one of `direct_question` (after opening quotes)
    and "?" its last mark (before closing quotes); or a yes/no question opened by an ability modal of
    `direct_question.modal_openers` itself ("Could the storm flood the dock?", hedge.not.direct_question+polar)."""
    if not lx.direct_question_words and not lx.direct_question_modals:
        return False
    words = [w for w in low if w not in _QUOTES]
    return len(words) > 2 and (words[0] in lx.direct_question_words or words[0] in lx.direct_question_modals) and words[-1] == "?"


def _free_choice(low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether the words after an ability modal, up to a clause mark, hold a free choice: a word of
    `free_choice.determiners`, then within five words a subject pronoun (`clause.subjects`) and a verb of
    `free_choice.verbs` ("could choose any school they wanted", "could live wherever she liked")."""
    if not lx.free_choice_determiners:
        return False
    for k in range(i + 1, len(low)):
        if low[k] in _WISH_STOPS:
            return False
        if low[k] in lx.free_choice_determiners:
            ahead = low[k + 1 : k + 6]
            return any(w in lx.free_choice_verbs and j > 0 and ahead[j - 1] in lx.clause_subjects for j, w in enumerate(ahead))
    return False


def _negative_subject(low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether an ability modal stands right after a negative subject of `ability_negative_subjects` ("No one
    could explain the noise", "nobody could reach the ward") and no perfect follows it ("No one could have
    known" keeps its reading): a lacking ability, as "could not" is, no doubt (hedge.not.negated_subject)."""
    if low[i] not in lx.ability or (i + 1 < len(low) and low[i + 1] in lx.past_perfect):
        return False
    return any(i >= len(p) and tuple(low[i - len(p) : i]) == p for p in lx.negative_subjects)


def _own_counterfactual(low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether an ability modal is the speaker's own counterfactual: a first-person subject of
    `counterfactual_self` right before it (or before one adverb of `attributive_adverb_endings`), then a
    perfect ("I could have chosen otherwise", "we certainly could have done more"): what the speaker
    might have done and did not, no doubt about a claim. Not "they could have fled" (a guess about
    others) nor "we could have a deal" (no participle)."""
    if low[i] not in lx.ability or not lx.counterfactual_subjects or i + 2 >= len(low) or low[i + 1] not in lx.past_perfect:
        return False
    k = i - 1
    if k > 0 and lx.attributive_adverb_endings and low[k].endswith(lx.attributive_adverb_endings):
        k -= 1
    return k >= 0 and low[k] in lx.counterfactual_subjects and low[i + 2].endswith(lx.counterfactual_participles)


def indirect_question_hedge(low: list[str], i: int, lx: HedgeLex, cl: Clause | None = None) -> bool:
    """Whether a modal of `question_hedges` ("might", "may": no reading of ability) stands after the
    subject of an indirect question ("wondering whether the river might rise", "how many stores may
    close"): it tells that what is asked about may happen, a doubt (hedge.epistemic+question). Not right
    after the question word, where it is a direct question's own auxiliary ("Why might the stadium open
    late?"), nor in a question clause that opens the sentence."""
    if low[i] not in lx.question_hedges:
        return False
    cl = cl or clause_around(low, i, lx)
    # (inside the sentence, after the verb or noun that asks it: a question word opening the sentence
    # keeps the readings of a headline or a subject clause, "Why the ferry might stop … was the topic")
    if not (cl.kind == "question" and i > cl.opener + 1 and any(w[:1].isalnum() for w in low[: cl.opener])):
        return False
    # "The court will decide whether the firm may keep the land": a permission to be decided
    # (`question_permission_modals` after one of `question_permission_verbs`; review of session 37)
    return not (low[i] in lx.question_permission_modals and any(w in lx.question_permission_verbs for w in low[max(0, cl.opener - 3) : cl.opener]))


def concessive_possibility(words: list[str], low: list[str], i: int, lx: HedgeLex,
                           named: frozenset[int] = frozenset()) -> bool:
    """Whether German "mag"/"mögen" (`possibility_mag`) with a present infinitive ending its clause says
    what may be so ("Das mag dauern", "Eine solche Lage mag der Grund sein", "Die Gründe mögen vielfältig
    sein"): a possibility, not a liking ("Sie mag tanzen": a person pronoun or a person before it; also a
    person's name, "Anna mag tanzen", "Schwester Lena mag reiten": a given name of given_names.json, a
    capitalised word after a noun of a person, or a word of a person or organisation entity, `named`), not a
    refusal ("Die Firma mag keine Daten herausgeben": a negation in its clause) and not the optative of an
    example ("Als Beispiel mag … dienen", `optative`)."""
    if low[i] not in lx.mag_modals:
        return False
    cl = clause_around(low, i, lx)
    last = cl.end - 1
    if cl.kind is not None or last <= i or not words[last][:1].islower() or not low[last].endswith(lx.infinitive_endings):
        return False
    if low[last] in lx.mag_optative or any(w in lx.ability_negators for w in low[cl.start : cl.end]):
        return False
    if i == cl.start:
        return False
    head = low[i - 1]
    persons = lx.person_nouns | lx.animate_nouns
    if i - 1 in named or _person_name(words, low, i - 1, persons):
        return False  # "Anna mag tanzen", "Herr Brandt mag …": a person's liking or will (review of session 37)
    if head in lx.mag_animals:
        return False  # "Der Hund mag schwimmen", "Katzen mögen Wärme": an animal's liking (hedge.not.animal_liking)
    return head not in lx.agent_pronouns and head not in persons and not (head.endswith("en") and head[:-2] in persons)


def _person_name(words: list[str], low: list[str], k: int, persons: frozenset[str]) -> bool:
    """words[k] is a person's name: a German given name (given_names.json), or a capitalised word right after
    a noun of a person or a title ("Schwester Lena", "Herr Brandt"; `persons`)."""
    from ..sources.gazetteer import german_given_names

    if not words[k][:1].isupper():
        return False
    return words[k] in german_given_names() or (k > 0 and low[k - 1] in persons)


def _plain_ability(low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether an ability modal reads as what someone can (or cannot) do, whatever its clause: a
    restrictor right after it ("could barely lift the box", `ability_restrictors`), a passive of
    perceiving ("Smoke could be seen for miles", `ability_passives`; not "could be seen as a snub", nor
    with a time ahead after it in its clause, "The appeal could be heard next spring"),
    or a negated ability shared with the clause before ("…, nor could his lawyer",
    `ability_negated_before`)."""
    n = len(low)
    if i + 1 < n and low[i + 1] in lx.ability_restrictors:
        return True
    if i + 2 < n and low[i + 1] == "be" and low[i + 2] in lx.ability_passives \
            and not (i + 3 < n and low[i + 3] in lx.ability_passive_not_before):
        rest = low[i + 3 :]
        end = next((k for k, w in enumerate(rest) if w in _CLAUSE_ENDS), len(rest))
        ws = rest[:end]  # "The appeal could be heard next spring": a time ahead, what may happen
        return not any(tuple(ws[k : k + len(p)]) == p for p in lx.ability_passive_ahead for k in range(len(ws)))
    return i > 0 and low[i - 1] in lx.ability_negated_before


def reported_ability(words: list[str], low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether a reported "kann" (`reported_ability`: "könne") tells what an agent is able to do:
    in a main clause, not verb-final, after a subject that acts (a person pronoun, a noun of a
    person or organisation, also ending a compound: "Der SPÖ-Kandidat", or a name: one capitalised
    word without an article that is no abstract noun) and before an infinitive of an act, not of
    what happens or is (`event_infinitives`), nor a perfect ("… gehandelt haben könne")."""
    if low[i] not in lx.reported_ability:
        return False
    cl = clause_around(low, i, lx)
    if cl.kind is not None or i == cl.start or i + 1 >= cl.end or i - cl.start > 4:
        return False
    last = low[cl.end - 1]
    if last in lx.event_infinitives or not last.endswith(lx.infinitive_endings) or has_perfect_infinitive(low, i, cl, lx, words):
        return False
    k = i - 1  # the subject's last word, right before the modal (verb second)
    head = low[k]
    if not head[:1].isalpha():
        return False
    if i - cl.start == 1:
        if head in lx.agent_pronouns:
            return True
        # a name ("Österreich könne …", "Verdi könne …"); not "Das könne …", "Dies könne …", nor an abstract noun
        if not words[k][:1].isupper() or head in lx.not_agents or head in lx.determiners:
            return False
        if low[i + 1] in lx.subject_after:
            return False  # "Allerdings könne es …", "Dennoch könne die Firma …": a fronted adverb, the subject after the modal
        return head.endswith(lx.agent_endings) or not head.endswith(lx.inanimate_suffixes)
    if low[cl.start] not in lx.determiners or not words[k][:1].isupper():
        return False
    nouns = lx.person_nouns | lx.animate_nouns
    return head in nouns or any(head.endswith(n) for n in nouns if len(n) > 3) or head.endswith(lx.agent_endings)


def reported_permission(words: list[str], low: list[str], i: int, lx: HedgeLex, named: frozenset[int] = frozenset()) -> bool:
    """Whether a plural Konjunktiv II "dürften"/"könnten" (`reported_plural`) inside reported speech
    stands for the reported "dürfen"/"können" (whose Konjunktiv I equals the indicative): what an
    agent is allowed or able to do, no doubt ("Sie sagte, die Mieter dürften ihre Wohnungen kaufen",
    "kaufen dürften sie sie aber nicht"). The agent is a person pronoun right before the modal (or,
    with the infinitive fronted, right after it), a capitalised word alone before it that names no
    thing, or a noun after an article that names people or an organisation (`named`: indices of the
    words of a person or organisation entity); the infinitive names an act, not what happens or is
    (`event_infinitives`, `epistemic_infinitives`, a verb of change), no perfect follows ("Die
    Täter dürften geflohen sein", said of them, stays a guess) and no adverb of a possibility ahead
    stands after the modal in its clause without a negation (`possibility_adverbs`: "… könnten das Spiel
    noch drehen"; not "… dürften sie noch nicht", not yet allowed). The caller passes only modals inside
    the content of an indirect or continued attribution whose cue is not the modal itself."""
    if low[i] not in lx.reported_plural:
        return False
    cl = clause_around(low, i, lx)
    if cl.kind is not None or has_perfect_infinitive(low, i, cl, lx, words):
        return False
    after = low[i + 1 : cl.end]
    if any(w in lx.reported_plural_guesses for w in after) and not any(w in lx.ability_negators for w in after):
        return False  # "die Spieler könnten das Spiel noch drehen": a possibility ahead, as "could still" (not "noch nicht")

    def act(k: int) -> bool:
        w = low[k]
        return words[k][:1].islower() and w.endswith(lx.infinitive_endings) and w not in lx.event_infinitives \
            and w not in lx.epistemic_infinitives and w not in lx.forecast

    if cl.start < i and i + 1 < cl.end and low[i + 1] in lx.agent_pronouns:
        return i - 1 == cl.start and act(i - 1)  # "heiraten dürften sie nicht"
    if i == cl.start or i + 1 >= cl.end or i - cl.start > 4 or not act(cl.end - 1):
        return False
    k = i - 1  # the subject's last word, right before the modal (verb second)
    head = low[k]
    if i - cl.start == 1:
        if head in lx.agent_pronouns:
            return True
        # a group without an article ("Homosexuelle dürften …"), not "Das könnten …" nor an abstract noun
        return words[k][:1].isupper() and head not in lx.not_agents and head not in lx.determiners \
            and low[i + 1] not in lx.subject_after and not head.endswith(lx.inanimate_suffixes)
    if low[cl.start] not in lx.determiners or not words[k][:1].isupper():
        return False
    nouns = lx.person_nouns | lx.animate_nouns
    # (also a plural of a role, `animate_relatives.endings`: "die Spielerinnen", "die Hauptmieterinnen")
    stems = [head, *(head[: -len(e)] for e in lx.animate_endings if head.endswith(e) and len(head) > len(e) + 3)]
    return k in named or any(h in nouns or any(h.endswith(n) for n in nouns if len(n) > 3) for h in stems) \
        or head.endswith(lx.agent_endings)


def _irrealis_consequence(low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """Whether the modal at `i` tells what a hypothetical case would allow (`irrealis`): German, its
    clause joined by "und" to a part in the Konjunktiv II before it ("Mit einer Einigung wären die
    Kosten abzusehen und die Firma könnte zahlen", "Hätte ich Zeit und ich dürfte nur ein Buch
    mitnehmen"); English, an ability modal after "would" in its own clause with no coordinator between
    ("a plan that would mean farmers could sell more milk"; not "It would cost more and could
    take years", "I would buy more because it could …": `breaks`). Not, in German, when its verb names what happens ("… und die Wirtschaft könnte
    schrumpfen")."""
    if not lx.irrealis:
        return False
    if lx.verb_second:
        joins = [k for k in range(cl.start, i) if low[k] in lx.irrealis_joiners]
        if not joins or _event(low, i, cl, lx):
            return False
        return any(w in lx.irrealis for w in low[cl.start : joins[-1]])
    if low[i] not in lx.ability:
        return False
    if cl.kind == "relative" and (_relative_event(low, i, cl, lx) or _relative_thing(low, i, cl, lx)):
        return False  # "would not name any report that could change her mind": what may come of a thing, not what the hypothetical allows
    before = low[cl.start : i]
    if not any(w in lx.irrealis for w in before):
        return False
    last = max(k for k, w in enumerate(before) if w in lx.irrealis)
    return not any(w in lx.coordinators or w in lx.irrealis_breaks for w in before[last:])


def _negated_ability(low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """Whether the ability modal at `i` is negated: a negator in its clause (German: "könne sich an
    den Brief nicht erinnern", also across a quoted name) or, where the language sets a window
    (`ability_negator_window`), within that many words after it ("could not attend", "could still
    not say"; not "could lose … not only because …"); never "not only", "nicht nur"."""
    end = _over_quotes(low, cl.end, lx)
    lo, hi = (i + 1, min(end, i + 1 + lx.ability_negator_window)) if lx.ability_negator_window else (cl.start, end)
    return any(low[k] in lx.ability_negators and not (k + 1 < len(low) and low[k + 1] in lx.ability_negator_not_before)
               for k in range(lo, hi))


def negated_state(low: list[str], i: int, lx: HedgeLex, cl: Clause | None = None) -> bool:
    """Whether a verb-final German ability modal has the copula for its infinitive, right before it, with a
    negation in its clause ("…, dass das Gesetz nicht vereinbar sein könnte", "ob die Brücke nicht zu schwach
    sein könnte"): a state that may not hold, a doubt, not a lacking ability (hedge.epistemic+negated_state)."""
    if not lx.verb_second or low[i] not in lx.ability or i < 1 or low[i - 1] != lx.perfect_copula:
        return False
    cl = cl or clause_around(low, i, lx)
    return i - 1 > cl.start and _negated_ability(low, i, cl, lx)


def _animate_relative(low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """Whether a verb-final ability modal closes a relative clause ("…, die einreisen könnten")
    whose antecedent, the word before its comma, is a person or a group of people (`animate_relatives`
    or `person_roles`, also in a plural), with an infinitive of an act before it (not one of
    `event_infinitives`, not "sein"/"werden")."""
    if not lx.animate_nouns or cl.kind != "relative" or i + 1 != cl.end or i - 1 <= cl.opener \
            or low[cl.opener] not in lx.animate_relative_pronouns or cl.opener < 2 or low[cl.opener - 1] != ",":
        return False
    ante = low[cl.opener - 2]
    people = lx.animate_nouns | lx.person_nouns
    if ante not in people and not any(ante.endswith(e) and ante[: -len(e)] in people for e in lx.animate_endings):
        return False
    return low[i - 1] not in lx.event_infinitives and low[i - 1] not in lx.epistemic_infinitives


def _past_ability(low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """Whether an ability modal, not before a perfect ("could have"), stands in a clause anchored in
    the past (`ability_past`: "ago", "back then", "last year"), or after a short fronted adverbial
    that holds one ("In those days, …")."""
    if not lx.past_anchors or (i + 1 < len(low) and low[i + 1] in lx.past_perfect):
        return False
    ws = low[cl.start : cl.end]
    if 0 < cl.start <= lx.past_fronted_max:
        ws = low[: cl.start] + ws
    return any(tuple(ws[k : k + len(p)]) == p for p in lx.past_anchors for k in range(len(ws) - len(p) + 1))


def _relative_thing(low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """Whether an ability modal stands right after "that"/"which" (`relative_noun_subjects`) whose
    antecedent (before a comma or closing quote, if any) is a noun naming a thing, so that the modal says what may come of it ("a leak
    that could flood the cellar", "sparks that could set fires"): not after an indefinite pronoun
    ("Anything that could go wrong") or a person ("a driver that could …", `person_roles`)."""
    if cl.opener < 1 or i != cl.opener + 1 or low[cl.opener] not in lx.relative_noun_pronouns:
        return False
    k = cl.opener - 1
    while k > 0 and (low[k] == "," or low[k] in _QUOTES):
        k -= 1  # "the campaign, which could …", "an “economic bubble” that could …": the noun before the comma or quote
    ante = low[k]
    if not ante[:1].isalpha() or ante in lx.relative_noun_not_after or ante in lx.person_nouns \
            or (ante.endswith("s") and ante[:-1] in lx.person_nouns):
        return False
    return ante not in lx.cue_forms and ante not in lx.clause_subjects


def _relative_event(low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """Whether an ability modal in a relative clause, right after its relative pronoun, has for its
    verb (after an adverb) one of `relative_events`: what may happen to or come of the antecedent
    ("which could result in", "who could be affected", "that could cost jobs"), not what someone is
    able to do ("Anything that could go wrong", "someone who could drive")."""
    if cl.opener < 0 or i != cl.opener + 1 or i + 1 >= len(low):
        return False
    k = i + 1
    if lx.attributive_adverb_endings and low[k].endswith(lx.attributive_adverb_endings) and k + 1 < len(low):
        k += 1  # "which could eventually result in"
    return low[k] in lx.relative_events


def _opened_by_question_word(low: list[str], i: int, lx: HedgeLex) -> bool:
    """Whether a question word of `sentence_openers` opens the sentence or a stretch after a colon, a dash or
    an opening quotation mark before the phrase at `i` ("Whether it works is unknown", "She wrote: “Whether
    it works is unknown”")."""
    return any(low[k] in lx.phrase_sentence_openers and (k == 0 or low[k - 1] in _STRETCH_OPENERS) for k in range(i))


# (not a comma: "the mayor, who is unknown to most, …" is a relative clause)
_STRETCH_OPENERS = frozenset({":", "“", "„", "\"", "«", "»", "(", "–", "—", "'", "‘", "‚"})


def phrase_fits(low: list[str], i: int, phrase: tuple[str, ...], lx: HedgeLex) -> bool:
    """Whether a phrase at `i` has the context its hedge needs (`phrase_context`): a word before it
    ("is said to be", not "She said to be at the station"), a word after it ("No one knows whether
    …", not "No one knows the city better"), or a subject or a finite verb after it ("It looks like
    they …", not "It looks like a bird from here")."""
    end = i + len(phrase)
    if phrase in lx.phrase_before and not (i > 0 and low[i - 1] in lx.phrase_before[phrase]):
        return False
    if phrase in lx.phrase_after and not any(w in lx.phrase_after[phrase] for w in low[end : end + lx.phrase_window]) \
            and not (i > 0 and _opened_by_question_word(low, i, lx)):
        return False  # "Offen ist, ob …" or "Ob er kommt, ist offen"; not "Der Laden ist offen"
    if phrase in lx.phrase_exclude:
        window = []
        for w in low[end : end + lx.phrase_exclude_window]:
            if w in lx.phrase_exclude_stops:
                break  # "Es ist möglich, dass die Zahlen viel zu hoch sind": the "zu" is in the clause it hedges
            window.append(w)
        if any(w in lx.phrase_exclude[phrase] for w in window):
            return False  # "It is possible to book online", "Es ist möglich, Karten online zu kaufen": what can be done
    if phrase in lx.phrase_exclude_acts:
        back = []
        for w in reversed(low[max(0, i - 8) : i]):
            if not w[:1].isalnum() or w in lx.phrase_exclude_stops:
                break
            back.append(w)
        if any(w.endswith(lx.phrase_exclude_acts[phrase]) for w in back):
            return False  # "Auch ein Quereinstieg sei möglich", "ob ein Masterabschluss möglich ist": what one may do, no doubt (hedge.not.permitted_act)
    if phrase in lx.phrase_after_or_finite:
        if end < len(low) and low[end] in lx.phrase_after_or_finite[phrase]:
            return True
        ahead = []
        for w in low[end : end + lx.phrase_window_finite]:
            if not w[:1].isalnum():
                break
            ahead.append(w)
        return any(w in lx.phrase_finite or (len(w) > 3 and w.endswith(lx.phrase_finite_endings) and lx.phrase_finite_endings)
                   for w in ahead)
    return True


def _event(low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """Whether the infinitive of an ability modal (closing its clause, or fronted before it) names
    what happens rather than what someone can do (`event_infinitives`, the forecast's verbs of change,
    `sein`/`werden`): "…, könnte die Wirtschaft schrumpfen", "…, könnten Tausende Menschen sterben" —
    a doubt, no ability."""
    last = low[cl.end - 1] if cl.end - 1 > i else ""
    first = low[i - 1] if i - 1 >= cl.start else ""
    return last in lx.event_infinitives or first in lx.event_infinitives


def _apodosis(low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
    """A verb-second modal that opens its clause right after a comma has the clauses before it as
    its first position; whether one of them (back to the sentence's start) is conditional: "Sollten
    andere Städte nachziehen, könne das Land …", "Wenn jemand wirklich, wirklich kaufen wollte,
    könnte er …"."""
    if not lx.verb_second or cl.start != i or i == 0 or low[i - 1] != ",":
        return False
    k = i - 1  # the comma before the modal
    while k > 0:
        before = clause_around(low, k - 1, lx)
        if before.kind == "conditional":
            return True
        if before.start == 0 or low[before.start - 1] != ",":
            return False
        k = before.start - 1
    return False


def negation_closing(low: list[str], i: int, lx: HedgeLex) -> int:
    """A verb-second verb of confirmation whose clause ends in its negation a few words on ("Die
    Polizei bestätigte das bisher nicht"): the index of the negation, else -1."""
    if not lx.verb_second:
        return -1
    last = clause_around(low, i, lx).end - 1
    return last if i < last <= i + lx.max_gap + 2 and low[last] in lx.negators else -1


def _hoped_ability(low: list[str], i: int, cl: Clause, lx: HedgeLex) -> bool:
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


def _wanted(low: list[str], end: int, lx: HedgeLex) -> bool:
    """", was sie wollten" after the modal's clause: what someone wants, which the modal allows."""
    if end + 1 >= len(low) or low[end] != "," or low[end + 1] not in lx.ability_clauses:
        return False
    return any(w in lx.ability_clauses[low[end + 1]] for w in low[end + 2 : end + 6])


def _over_quotes(low: list[str], end: int, lx: HedgeLex) -> int:
    """A clause's end when quotation marks around a name or title inside it do not end it ("er
    könne sich an den Brief der „Tagespost“ nicht erinnern")."""
    while end < len(low) and low[end] in _QUOTES:
        end += 1
        while end < len(low) and low[end] not in lx.boundaries:
            end += 1
    return end


def lassen_start(low: list[str], i: int, lx: HedgeLex) -> int:
    """Where an evidential negation of judging starts: at a form of "lassen" right before "sich" in
    its clause ("ließe sich … freilich nicht sagen": the impersonal "ließe sich" is the cue), else at
    the negation itself (a verb of checking keeps "nicht … überprüfen")."""
    cl = clause_around(low, i, lx)
    for k in range(cl.start, i - 1):
        if low[k] in lx.neg_fillers and low[k + 1] == lx.lassen_reflexive and low[k].startswith(lx.lassen_starts):
            return k if i - k <= lx.max_gap + 6 else i
    return i


def is_impersonal(low: list[str], i: int, lx: HedgeLex) -> bool:
    """"Ob die Lieferung vollständig ist, kann man nicht sagen", "lässt sich nicht abschätzen": a verb of judging after
    the negation counts as unverified only with an impersonal subject in the clause before it
    ("er wollte nicht sagen" is a refusal)."""
    cl = clause_around(low, i, lx)
    return any(w in lx.neg_impersonal_subjects for w in low[cl.start : i])


def _then(low: list[str], j: int, word: str) -> bool:
    """Whether ", <word>" follows token j ("nimmt an, dass")."""
    return j + 2 < len(low) and low[j + 1] == "," and low[j + 2] == word


def separable_end(low: list[str], i: int, lx: HedgeLex) -> int:
    """A verb of inference with its particle at the clause's end: "Die Akten deuten jedoch darauf
    hin", "Die Polizei nimmt an, dass …", "Der Verdacht liegt nahe, dass …"; or its joined form
    before ", dass" or in a wie-clause ("Es wird angenommen, dass …", "wie die Akten nahelegen").
    The index of the cue's last word, or -1."""
    if low[i] in lx.sep_joined:
        cl = clause_around(low, i, lx)
        return i if _then(low, i, lx.sep_then) or (cl.start < i and low[cl.start] in lx.sep_openers) else -1
    if low[i] not in lx.separable:
        return -1
    if i + 1 < len(low) and low[i + 1] in lx.sep_hortative and (all(w in _QUOTES for w in low[:i]) or low[i - 1] == ":"):
        # "Nehmen wir an, dass …", "Ein Beispiel: Nehmen wir an, …": the verb opens its sentence or the clause after a
        # colon, a supposition the writer sets up, no assumption (hedge.not.hortative_supposition)
        return -1
    particle, then, between = lx.separable[low[i]]
    numbered = lx.sep_number.get(low[i], frozenset())
    for j in range(i + 1, min(len(low), i + 2 + max(lx.sep_gap, lx.sep_number_gap if numbered else 0))):
        if low[j] in lx.boundaries:
            return -1
        if low[j] in lx.sep_consecutive and then:
            return -1  # "nimmt derart … Züge an, dass …": a consecutive "dass", no assumption
        if low[j] == particle and (j + 1 == len(low) or not low[j + 1][:1].isalnum()):
            ok = _then(low, j, then) if then else (j <= i + 1 + lx.sep_gap and any(w in between for w in low[i + 1 : j])) \
                or _figure_after(low, i, j, numbered)
            return j if ok else -1
    return -1


def _figure_after(low: list[str], i: int, j: int, words: frozenset[str]) -> bool:
    """Whether one of `words` ("von") stands between verb and particle with a figure after it:
    "gehen von 20 bis 30 Milliarden Euro aus", "geht sogar von bis zu 80 Millionen aus"; a year
    right before the particle is a starting point, no figure ("Die Planung geht von 2019 aus")."""
    ks = [k for k in range(i + 1, j) if low[k] in words]
    return bool(ks) and any(any(c.isdigit() for c in w) and not (k == j - 1 and _YEAR.fullmatch(w))
                            for k, w in enumerate(low[ks[0] + 1 : j], start=ks[0] + 1))


_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")


_HARD_STOPS = frozenset({",", ";", ":", "?", "!"})


def is_passive_reputation(low: list[str], i: int, lx: HedgeLex) -> bool:
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


def is_attributive(low: list[str], words: list[str], i: int, lx: HedgeLex) -> bool:
    """"the disputed city": a participle between a determiner and its noun."""
    if i + 1 >= len(low) or not words[i + 1][:1].isalpha():
        return False
    prev = low[i - 1] if i > 0 else ""
    if prev.endswith(lx.attributive_adverb_endings) and i > 1:
        prev = low[i - 2]
    return prev in lx.attributive and low[i + 1] not in lx.attributive_not_before

#: punctuation that ends a clause for `_plain_ability`'s look at the words after a perceiving passive
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?"})
