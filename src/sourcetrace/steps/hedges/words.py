"""The hedge words of resources/<lang>/hedges.json, read once per language (`hedge_lex`): cues,
phrases, clause openers and the word shapes the rules of `clauses` and `find` ask about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ...resources import load_lang


def _phrases(items: list[str]) -> list[tuple[str, ...]]:
    return sorted((tuple(p.lower().split()) for p in items), key=lambda p: -len(p))


@dataclass(frozen=True)
class HedgeLex:
    reportative: frozenset[str]
    reportative_marked: frozenset[str]
    perfect_epistemic: frozenset[str]  # "Es dürfe keine Verstöße gegeben haben", "muss … gewesen sein"
    perfect_participle_needed: frozenset[str]  # "muss … gehabt haben", not "will eine Laterne haben"
    perfect_deadline: frozenset[str]  # "muss bis Freitag eingereicht worden sein": a deadline, no inference
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
    forecast_adverbs: frozenset[str]  # "should soon ease": adverbs between an English modal and its verb
    advice_subjects: frozenset[str]  # "You should lower the price": a person's "should" is advice
    not_after: dict[str, frozenset[str]]
    not_before: dict[str, frozenset[str]]
    not_after_if_later: dict[str, frozenset[str]]  # "less likely … than": not_after only with these later
    not_before_over: dict[str, frozenset[str]]  # "likely Republican primary voters": words between a cue and its not_before word
    phrase_before: dict[tuple[str, ...], frozenset[str]]  # "is said to be", not "She said to be at …"
    phrase_after: dict[tuple[str, ...], frozenset[str]]  # "No one knows whether …"
    phrase_window: int
    phrase_exclude: dict[tuple[str, ...], frozenset[str]]  # "It is possible to book online": what can be done
    phrase_exclude_window: int
    phrase_exclude_stops: frozenset[str]  # "Es ist möglich, dass … zu hoch …": the window ends at "dass"
    # "Ein Wechsel sei jederzeit möglich": a phrase of possibility after a noun of an act one may take (its ending)
    phrase_exclude_acts: dict[tuple[str, ...], tuple[str, ...]]
    phrase_sentence_openers: frozenset[str]  # "Ob er kommt, ist offen": the question word opens the sentence
    phrase_after_or_finite: dict[tuple[str, ...], frozenset[str]]  # "It looks like they …"
    phrase_finite: frozenset[str]
    phrase_window_finite: int
    phrase_finite_endings: tuple[str, ...]  # "It sounded like the crowd liked him": a past tense as finite verb
    names: frozenset[str]
    names_modal_before: frozenset[str]  # "Mayor May Be Leaving": a capitalised "May" before "be" is the modal
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
    ability_restrictors: frozenset[str]  # "could barely lift": a scant ability, no doubt
    ability_passives: frozenset[str]  # "could be seen": a perceiving passive, an ability
    ability_passive_not_before: frozenset[str]  # "could be seen as": a reading, a doubt
    ability_passive_ahead: list[tuple[str, ...]]  # "could be heard next spring": a time ahead, what may happen
    ability_negated_before: frozenset[str]  # "nor could his lawyer": a negated ability
    comparison_not_after: frozenset[str]  # "more than 100 jobs could go": no comparison's clause
    anchored_verbs: frozenset[str]  # "could manage": a past ability only with a negation or past time word
    anchored_negators: frozenset[str]
    anchored_times: list[tuple[str, ...]]
    ability_means: frozenset[str]  # "…, indem …": the means that make an ability possible
    ability_negators: frozenset[str]
    ability_adverbs: frozenset[str]
    ability_ellipsis_followers: frozenset[str]  # "what I could with …": no verb after the modal
    ability_ellipsis_subjects: frozenset[str]  # "They said she could.": a person's ability, its verb left out
    ability_ellipsis_openers: frozenset[str]  # "as fast as they could.": the word two before a modal that ends its clause
    ability_consequences: frozenset[str]  # "Dann könnten sie …": a consequence word right before an ability modal
    ability_subjects: frozenset[str]  # "man": an impersonal subject right beside an ability modal ("könne man …")
    ability_subject_guesses: frozenset[str]  # "Man könnte vermuten, dass …": a guess, still a hedge
    zu_infinitive: str  # "zu" of "zum Opfer zu fallen": a zu-infinitive closes the clause, not the modal's verb
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
    relative_events: frozenset[str]  # "a charge which could lead to …": a possibility even in a relative clause
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
    ability_negator_window: int  # "could not attend": words after the modal its negation may stand (0: its clause)
    ability_negator_not_before: frozenset[str]  # "not only": no negation of the ability
    headline_openers: frozenset[str]  # "Why the plan might work" without "?": a claim, no indirect question
    headline_subject_verbs: frozenset[str]  # "How X could pay remains unclear": a subject clause, no headline
    headline_subject_not_after: frozenset[str]  # "… as inflation is rising": a verb of a clause inside it
    relative_noun_pronouns: frozenset[str]  # "a vacancy that could tip …": what may come of a thing
    relative_noun_not_after: frozenset[str]  # "Anything that could go wrong": no thing of its own
    person_nouns: frozenset[str]  # lexicon.json person_roles: "a driver that could …" keeps its ability
    seem_verbs: frozenset[str]  # "seems increasingly likely": one hedge
    seem_adjectives: frozenset[str]
    seem_gap: int
    animate_relative_pronouns: frozenset[str]  # "die Flüchtlinge, die einreisen könnten": what people can do
    animate_nouns: frozenset[str]
    animate_endings: tuple[str, ...]
    reported_ability: frozenset[str]  # "könne": the reported indicative "kann", an ability after an agent
    agent_pronouns: frozenset[str]
    agent_endings: tuple[str, ...]  # organisations as agents (lexicon.json animate_endings)
    inanimate_suffixes: tuple[str, ...]
    not_agents: frozenset[str]  # "das", "dies": pronouns of a thing before "könne"
    reported_plural: frozenset[str]  # "dürften", "könnten": the Konjunktiv II that stands for a reported "dürfen"/"können"
    reported_plural_guesses: frozenset[str]  # "könnten das Spiel noch drehen": an adverb of a possibility ahead, a guess
    determiners: frozenset[str]
    subject_after: frozenset[str]  # "Allerdings könne es/die …": the subject after the modal
    irrealis: frozenset[str]  # "wären … und VW könnte …", "would have meant … could": a hypothetical's forms
    irrealis_joiners: frozenset[str]  # German: the modal's clause joined to the hypothetical by "und"
    irrealis_breaks: frozenset[str]  # English: "because", "although": a new clause between "would" and the modal
    past_anchors: list[tuple[str, ...]]  # "Ten years ago residents could swim here": a past ability
    past_perfect: frozenset[str]
    past_fronted_max: int
    ersatz_forms: frozenset[str]  # "hätte … bremsen sollen": the modal's own perfect
    ersatz_auxiliaries: frozenset[str]
    sep_number: dict[str, frozenset[str]]  # "gehen von 20 Milliarden aus": an estimate, a figure after "von"
    sep_number_gap: int
    sep_consecutive: frozenset[str]  # "nimmt derart … an, dass": a consecutive clause, no assumption
    sep_hortative: frozenset[str]  # "Nehmen wir an, dass …": a supposition set up, no assumption
    hearsay_unprefixed: frozenset[str]  # "abgeben", "ausgehen": acts, though "geben", "gehen" are states
    neg_deontic_before: frozenset[str]  # "should not confirm": a vote to come, no evidential negation
    neg_future_before: frozenset[str]  # "will not be confirmed" (before a passive only): a vote to come
    neg_future_passive: frozenset[str]
    question_hedges: frozenset[str]  # "whether the talk might soften": modals that are a doubt in an indirect question too
    question_permission_verbs: frozenset[str]  # "decide whether the firm may keep it": a permission to be decided
    question_permission_modals: frozenset[str]
    mag_modals: frozenset[str]  # "Das mag dauern": a possibility with a present infinitive
    mag_optative: frozenset[str]  # "Als Beispiel mag … dienen": an optative, no doubt
    allegations: frozenset[str]  # "…, die dafür verantwortlich sein soll": a subordinate clause's hearsay
    wish_verbs: frozenset[str]  # "wish they could": a modal in what someone wishes, no doubt
    wish_window: int
    wish_noun_after: frozenset[str]  # "the best hope may be …": a wish word after these is a noun
    counterfactual_subjects: frozenset[str]  # "I could have answered better": the speaker's own road not taken
    counterfactual_participles: tuple[str, ...]  # how a participle after "have" ends
    mag_animals: frozenset[str] = frozenset()  # "Der Hund mag schwimmen": an animal's liking, no doubt
    deliberative_words: frozenset[str] = frozenset()  # "Was soll der Lärm?", "Wer soll die Halle bezahlen?": a question of what to do
    negative_subjects: tuple[tuple[str, ...], ...] = ()  # "No one could explain it": a lacking ability, no doubt
    free_choice_determiners: frozenset[str] = frozenset()  # "could choose any school they wanted": a freedom
    free_choice_verbs: frozenset[str] = frozenset()
    direct_question_words: frozenset[str] = frozenset()  # "Which towns could flip?": a direct question's "could"
    direct_question_modals: frozenset[str] = frozenset()  # "Could the storm flood the dock?": a question opened by the modal
    #: a phrase's own rule id and the words right before it that undo it (`phrase_rules`: "ist nicht absehbar",
    #: not "war nicht absehbar")
    phrase_rules: dict[tuple[str, ...], tuple[str, frozenset[str]]] = field(default_factory=dict)
    according_rules: frozenset[str] = frozenset()  # "…, das laut Satzung tagen soll": an account that is a rule, a task
    according_before: frozenset[str] = frozenset()  # "laut": an according word before its account (else after it)
    #: "must be seen as", "can't just assume that": a phrase under a modal of obligation or prohibition (its
    #: word sequences) over up to `obliged_gap` of `obliged_fillers`, a requirement, no doubt
    obliged_modals: tuple[tuple[str, ...], ...] = ()
    obliged_fillers: frozenset[str] = frozenset()
    obliged_gap: int = 0
    #: "Neither the pilots nor the airline know why …": a pair of negated knowers before an open question
    neither_openers: frozenset[str] = frozenset()
    neither_pair: str = ""
    neither_verbs: frozenset[str] = frozenset()
    neither_after: frozenset[str] = frozenset()
    neither_gap: int = 0
    neither_window: int = 0


@cache
def hedge_lex(code: str) -> HedgeLex:
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
    return HedgeLex(
        reportative=frozenset(d.get("reportative", [])),
        reportative_marked=frozenset(d.get("reportative_marked", [])),
        perfect_epistemic=frozenset(w.lower() for w in d.get("perfect_epistemic", {}).get("words", [])),
        perfect_participle_needed=frozenset(w.lower() for w in d.get("perfect_epistemic", {}).get("participle_needed", [])),
        perfect_deadline=frozenset(w.lower() for w in d.get("perfect_epistemic", {}).get("deadline", [])),
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
        forecast_adverbs=frozenset(w.lower() for w in d.get("forecast_infinitives", {}).get("adverbs", [])),
        advice_subjects=frozenset(w.lower() for w in d.get("forecast_infinitives", {}).get("advice_subjects", [])),
        not_after={k.lower(): frozenset(v) for k, v in d.get("not_after", {}).items() if not k.startswith("_")},
        not_before={k.lower(): frozenset(v) for k, v in d.get("not_before", {}).items() if not k.startswith("_")},
        not_after_if_later={k.lower(): frozenset(v) for k, v in d.get("not_after_if_later", {}).items() if not k.startswith("_")},
        not_before_over={k.lower(): frozenset(v) for k, v in d.get("not_before_over", {}).items() if not k.startswith("_")},
        phrase_before={tuple(k.lower().split()): frozenset(v) for k, v in pc.get("before", {}).items()},
        phrase_after={tuple(k.lower().split()): frozenset(v) for k, v in pc.get("after", {}).items()},
        phrase_window=int(pc.get("window", 1)),
        phrase_exclude={tuple(k.lower().split()): frozenset(v) for k, v in pc.get("exclude_after", {}).items()},
        phrase_exclude_window=int(pc.get("exclude_window", 1)),
        phrase_exclude_stops=frozenset(w.lower() for w in pc.get("exclude_stops", [])),
        phrase_exclude_acts={tuple(k.lower().split()): tuple(pc.get("exclude_act_endings", {}).get("endings", []))
                             for k in pc.get("exclude_act_endings", {}).get("phrases", [])},
        phrase_sentence_openers=frozenset(w.lower() for w in pc.get("sentence_openers", [])),
        phrase_after_or_finite={tuple(k.lower().split()): frozenset(v) for k, v in pc.get("after_or_finite", {}).items()},
        phrase_finite=frozenset(pc.get("finite", [])),
        phrase_window_finite=int(pc.get("window_finite", 0)),
        phrase_finite_endings=tuple(pc.get("finite_endings", [])),
        names=frozenset(w.lower() for w in d.get("also_names", [])),
        names_modal_before=frozenset(w.lower() for w in d.get("also_names_modal_before", [])),
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
        ability_restrictors=frozenset(d.get("ability_restrictors", [])),
        ability_passives=frozenset(d.get("ability_passives", {}).get("words", [])),
        ability_passive_not_before=frozenset(d.get("ability_passives", {}).get("not_before", [])),
        ability_passive_ahead=_phrases(d.get("ability_passives", {}).get("ahead", [])),
        ability_negated_before=frozenset(d.get("ability_negated_before", [])),
        comparison_not_after=frozenset(clause.get("comparison_not_after", [])),
        anchored_verbs=frozenset(d.get("ability_anchored", {}).get("verbs", [])),
        anchored_negators=frozenset(d.get("ability_anchored", {}).get("negators", [])),
        anchored_times=_phrases(d.get("ability_anchored", {}).get("anchors", [])),
        ability_means=frozenset(d.get("ability_means", {}).get("words", [])),
        ability_negators=frozenset(d.get("ability_negators", [])),
        ability_adverbs=frozenset(d.get("ability_adverbs", [])),
        ability_ellipsis_followers=frozenset(w.lower() for w in d.get("ability_ellipsis", {}).get("followers", [])),
        ability_ellipsis_openers=frozenset(w.lower() for w in d.get("ability_ellipsis", {}).get("openers", [])),
        ability_ellipsis_subjects=frozenset(w.lower() for w in d.get("ability_ellipsis", {}).get("subjects", [])),
        ability_consequences=frozenset(w.lower() for w in d.get("ability_consequences", {}).get("words", [])),
        ability_subjects=frozenset(w.lower() for w in d.get("ability_subjects", {}).get("words", [])),
        ability_subject_guesses=frozenset(w.lower() for w in d.get("ability_subjects", {}).get("guesses", [])),
        zu_infinitive=str(d.get("forecast_infinitives", {}).get("zu_infinitive", "")).lower(),
        ability_clauses={k: frozenset(v) for k, v in d.get("ability_clauses", {}).items()},
        coordinators=frozenset(clause.get("coordinators", [])),
        irrealis=frozenset(w.lower() for w in clause.get("irrealis", {}).get("forms", [])),
        irrealis_joiners=frozenset(w.lower() for w in clause.get("irrealis", {}).get("joiners", [])),
        irrealis_breaks=frozenset(w.lower() for w in clause.get("irrealis", {}).get("breaks", [])),
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
        relative_events=frozenset(w.lower() for w in d.get("relative_events", {}).get("words", [])),
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
        ability_negator_window=int(d.get("ability_negator_window", 0)),
        ability_negator_not_before=frozenset(w.lower() for w in d.get("ability_negator_not_before", [])),
        headline_openers=frozenset(w.lower() for w in d.get("headline_question_openers", [])),
        headline_subject_verbs=frozenset(w.lower() for w in d.get("headline_subject_verbs", [])),
        headline_subject_not_after=frozenset(w.lower() for w in d.get("headline_subject_not_after", [])),
        relative_noun_pronouns=frozenset(w.lower() for w in d.get("relative_noun_subjects", {}).get("pronouns", [])),
        relative_noun_not_after=frozenset(w.lower() for w in d.get("relative_noun_subjects", {}).get("not_after", [])),
        person_nouns=frozenset(w.lower() for w in load_lang(code, "lexicon").get("person_roles", []) if " " not in w),
        seem_verbs=frozenset(w.lower() for w in d.get("seem_adjectives", {}).get("verbs", [])),
        seem_adjectives=frozenset(w.lower() for w in d.get("seem_adjectives", {}).get("adjectives", [])),
        seem_gap=int(d.get("seem_adjectives", {}).get("max_gap", 0)),
        animate_relative_pronouns=frozenset(w.lower() for w in d.get("animate_relatives", {}).get("pronouns", [])),
        animate_nouns=frozenset(w.lower() for w in d.get("animate_relatives", {}).get("nouns", [])),
        animate_endings=tuple(d.get("animate_relatives", {}).get("endings", [])),
        reported_ability=frozenset(w.lower() for w in d.get("reported_ability", {}).get("modals", [])),
        agent_pronouns=frozenset(w.lower() for w in d.get("reported_ability", {}).get("pronouns", [])),
        agent_endings=tuple(w.lower() for w in load_lang(code, "lexicon").get("animate_endings", [])),
        inanimate_suffixes=tuple(w.lower() for w in load_lang(code, "lexicon").get("inanimate_suffixes", [])),
        not_agents=frozenset(w.lower() for w in d.get("reported_ability", {}).get("not_agents", [])),
        reported_plural=frozenset(w.lower() for w in d.get("reported_plural", {}).get("modals", [])),
        reported_plural_guesses=frozenset(w.lower() for w in d.get("reported_plural", {}).get("possibility_adverbs", [])),
        determiners=frozenset(w.lower() for w in load_lang(code, "lexicon").get("determiners", [])),
        subject_after=frozenset(w.lower() for w in d.get("reported_ability", {}).get("subject_after", [])),
        past_anchors=_phrases(d.get("ability_past", {}).get("anchors", [])),
        past_perfect=frozenset(d.get("ability_past", {}).get("perfect", [])),
        past_fronted_max=int(d.get("ability_past", {}).get("fronted_max", 0)),
        ersatz_forms=frozenset(w.lower() for w in d.get("ersatz_infinitive", {}).get("forms", [])),
        ersatz_auxiliaries=frozenset(w.lower() for w in d.get("ersatz_infinitive", {}).get("auxiliaries", [])),
        neg_deontic_before=frozenset(w.lower() for w in neg.get("deontic_before", [])),
        neg_future_before=frozenset(w.lower() for w in neg.get("future_before", [])),
        neg_future_passive=frozenset(w.lower() for w in neg.get("future_passive", [])),
        sep_number={f: frozenset(v.get("between_number", [])) for v in sep.get("verbs", {}).values() for f in v.get("forms", [])
                    if v.get("between_number")},
        sep_number_gap=int(sep.get("number_gap", 0)),
        sep_consecutive=frozenset(w.lower() for w in sep.get("consecutive", [])),
        sep_hortative=frozenset(w.lower() for w in sep.get("hortative_subjects", [])),
        hearsay_unprefixed=frozenset(w.lower() for w in d.get("hearsay_states", {}).get("unprefixed", [])),
        question_hedges=frozenset(w.lower() for w in clause.get("question_hedges", [])),
        question_permission_verbs=frozenset(w.lower() for w in clause.get("question_permission_verbs", [])),
        question_permission_modals=frozenset(w.lower() for w in clause.get("question_permission_modals", [])),
        mag_modals=frozenset(w.lower() for w in d.get("possibility_mag", {}).get("modals", [])),
        mag_optative=frozenset(w.lower() for w in d.get("possibility_mag", {}).get("optative", [])),
        allegations=frozenset(w.lower() for w in d.get("hearsay_allegations", {}).get("words", [])),
        wish_verbs=frozenset(w.lower() for w in d.get("wishes", {}).get("verbs", [])),
        wish_window=int(d.get("wishes", {}).get("window", 0)),
        wish_noun_after=frozenset(w.lower() for w in d.get("wishes", {}).get("noun_after", [])),
        counterfactual_subjects=frozenset(w.lower() for w in d.get("counterfactual_self", {}).get("subjects", [])),
        counterfactual_participles=tuple(d.get("counterfactual_self", {}).get("participle_endings", [])),
        mag_animals=frozenset(w.lower() for w in d.get("possibility_mag", {}).get("animals", [])),
        deliberative_words=frozenset(w.lower() for w in d.get("deliberative_question", {}).get("words", [])),
        free_choice_determiners=frozenset(w.lower() for w in d.get("free_choice", {}).get("determiners", [])),
        free_choice_verbs=frozenset(w.lower() for w in d.get("free_choice", {}).get("verbs", [])),
        direct_question_words=frozenset(w.lower() for w in d.get("direct_question", {}).get("words", [])),
        direct_question_modals=frozenset(w.lower() for w in d.get("direct_question", {}).get("modal_openers", [])),
        negative_subjects=tuple(tuple(p.lower().split()) for p in d.get("ability_negative_subjects", {}).get("subjects", [])),
        phrase_rules={tuple(k.lower().split()): (v["rule"], frozenset(w.lower() for w in v.get("not_after", [])))
                      for k, v in d.get("phrase_rules", {}).items() if not k.startswith("_")},
        according_rules=frozenset(w.lower() for w in d.get("according_clause", {}).get("rules", [])),
        according_before=frozenset(w.lower() for w in d.get("according_clause", {}).get("prepositions", [])),
        obliged_modals=tuple(tuple(p.lower().split()) for p in d.get("obliged_phrases", {}).get("modals", [])),
        obliged_fillers=frozenset(w.lower() for w in d.get("obliged_phrases", {}).get("fillers", [])),
        obliged_gap=int(d.get("obliged_phrases", {}).get("max_fillers", 0)),
        neither_openers=frozenset(w.lower() for w in d.get("neither_knows", {}).get("openers", [])),
        neither_pair=str(d.get("neither_knows", {}).get("pair", "")).lower(),
        neither_verbs=frozenset(w.lower() for w in d.get("neither_knows", {}).get("verbs", [])),
        neither_after=frozenset(w.lower() for w in d.get("neither_knows", {}).get("after", [])),
        neither_gap=int(d.get("neither_knows", {}).get("max_gap", 0)),
        neither_window=int(d.get("neither_knows", {}).get("window", 0)),
    )


def _plan_time(words: list[str]) -> re.Pattern[str]:
    """A year from 2000 on or one of the language's words of a time to come (`plan_time`: "ab",
    "künftig", "bis Ende"), as a whole word."""
    alts = "".join("|" + r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in words)
    return re.compile(rf"\b(?:20\d\d{alts})\b")

