"""Compiled views of the language resources used by the attribution, source and hedge steps."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from ..resources import load, load_lang
from ..textutil import OPENING_DOUBLE_QUOTES

if TYPE_CHECKING:
    from ..document import Token


@dataclass(frozen=True)
class CueForm:
    lemma: str
    cls: str
    particle: str | None
    participle: bool


@dataclass
class Lang:
    code: str
    forms: dict[str, list[CueForm]]
    according_prefix: list[list[str]]
    according_postfix: set[str]
    wie: set[str]
    via: list[list[str]]
    type_heads: dict[str, str]
    anonymous_heads: set[str]
    anonymous_markers: list[str]
    person_roles: set[str]
    document_heads: set[str]
    np_stop: set[str]
    determiners: set[str]
    subject_pronouns: set[str]
    anaphors: set[str]
    so_cue: set[str]
    complementizers: set[str]
    subjectless: list[list[str]]
    group_words: set[str]
    nach_heads: tuple[str, ...] = ()
    reported_exclude: frozenset[str] = frozenset()
    reported_object_exclude: dict[str, frozenset[str]] = field(default_factory=dict)  # "forderte … Todesopfer"
    particle_verb_not_after: dict[str, frozenset[str]] = field(default_factory=dict)  # "hielt sich (fest)": a grip, no speech
    cue_not_before: dict[str, frozenset[str]] = field(default_factory=dict)  # "ergibt sich": a result, no report
    demnach: frozenset[str] = frozenset()
    # the case of German function words (resources/de/lexicon.json), read by the speaker rules
    nominative_only_pronouns: frozenset[str] = frozenset()  # "er", "ich", "wir": always a subject
    oblique_articles: frozenset[str] = frozenset()  # "den", "dem", "seinem": no subject after the verb
    oblique_openers: frozenset[str] = frozenset()  # "des", "dem", "im": never open a nominative
    nominative_openers: frozenset[str] = frozenset()  # "der", "ein", "sie": lower-case words that open a subject
    reflexive_pronouns: frozenset[str] = frozenset()  # "sich": "Begeistert zeigte sich der Trainer"
    place_prepositions: frozenset[str] = frozenset()  # "auf dem «Kongress»": a quoted place or event, not speech
    manner_adverbs: frozenset[str] = frozenset()  # "Scharf (kritisierte)": a fronted adverb of manner, no subject
    relative_subjects: frozenset[str] = frozenset()  # "der", "welche": relative pronouns that can be a subject
    inverted_pronouns: frozenset[str] = frozenset()  # "er", "sie": a subject right after an inverted verb
    subjectless_source: frozenset[str] = frozenset()  # "aus", "seitens": "hieß es aus dem Ministerium"
    subjectless_where: frozenset[str] = frozenset()  # "in": "heißt es im Bericht"
    naming_verbs: frozenset[str] = frozenset()  # "nennen", "bezeichnen": "nannte es einen «Irrweg»"
    naming_before: frozenset[str] = frozenset()  # "als", "einen": the word before the name given
    particles: frozenset[str] = frozenset()  # the separable particles of the cue verbs ("an", "zurück")
    perfect_auxiliaries: frozenset[str] = frozenset()  # "hat", "hatte": "…, hatte X erklärt"
    separable_particles: frozenset[str] = frozenset()  # "aus": "wertete … aus" is "auswerten", no cue "werten"
    particle_coordinators: frozenset[str] = frozenset()  # "und": "sagt … zu und beteuert": a particle before it closes the clause
    konjunktiv_copulas: frozenset[str] = frozenset()  # "sei", "seien": a reported perfect's auxiliary ("sei … bekannt gegeben worden")
    konj1: set[str] = field(default_factory=set)
    konj2: set[str] = field(default_factory=set)
    konj1_suffixes: tuple[str, ...] = ()  # "iere": a Konjunktiv I of any verb in -ieren
    title_abbreviations: frozenset[str] = frozenset()  # "Mr", "Dr": a title whose full stop stays inside the name
    noun_homographs: frozenset[str] = frozenset()  # cue forms that are as often nouns ("states", "remarks")
    # the bare forms left out of `forms` ("show", "claim": as often nouns), cue forms only after one of
    # `base_auxiliaries` ("did show", "would claim")
    base_forms: dict[str, list[CueForm]] = field(default_factory=dict)
    base_auxiliaries: frozenset[str] = frozenset()
    noun_openers: frozenset[str] = frozenset()  # "no warning", "any comment": a cue form after them is a noun
    ly_nouns: frozenset[str] = frozenset()  # "ally", "family": '-ly' words that are no adverbs
    degree_adverbs: frozenset[str] = frozenset()  # "most", "very": an '-ing' cue form after them is an adjective
    pronoun_quantifiers: frozenset[str] = frozenset()  # "Some (say)", "Many (argue)": a subject of their own
    colon_verbs: frozenset[str] = frozenset()  # "posted (on X): “…”": the verb of a quotation after a colon
    refusals: frozenset[str] = frozenset()  # "declined (to say)": nothing was said
    unsaid_infinitive_heads: frozenset[str] = frozenset()  # "likely (to say)", "safe (to say)": no speech act took place
    supposing: frozenset[str] = frozenset()  # "let's", "let us": before a cue, a supposition ("Let's say …")
    possessive_pronouns: frozenset[str] = frozenset()  # "seiner (Meinung nach)": points at a person like "er"
    via_upstream: frozenset[tuple[str, ...]] = frozenset()  # chain phrases whose object stands before the source
    via_addressed: frozenset[tuple[str, ...]] = frozenset()  # chain phrases whose object is a link only when a medium
    via_verb_last: frozenset[tuple[str, ...]] = frozenset()  # "beruft sich auf", also as "sich auf X beruft"
    person_pronouns: frozenset[str] = frozenset()  # "er", "sie": pronouns that stand for a person
    person_pronouns_lower: frozenset[str] = frozenset()  # `person_pronouns` in lower case, for a word lower-cased
    masculine_pronouns: frozenset[str] = frozenset()  # "he", "er": ask a man of their antecedent
    feminine_pronouns: frozenset[str] = frozenset()  # "she", "sie"
    plural_pronouns: frozenset[str] = frozenset()  # "sie": a gender only with a verb in the singular
    plural_verb_endings: tuple[str, ...] = ()  # "-en": "sie sagten" is plural
    antecedent_sentences: int = 0  # how many sentences back a subject pronoun looks for a subject that agrees
    masculine_possessives: frozenset[str] = frozenset()  # "seiner (Darstellung zufolge)": a man's (or a masculine body's)
    feminine_possessives: frozenset[str] = frozenset()  # "ihrer (Darstellung zufolge)": a woman's (or a feminine body's)
    nonfinite_markers: frozenset[str] = frozenset()  # "to", "having": before a verb, no finite clause of its own
    clause_joints: frozenset[str] = frozenset()  # ",", "and", "which": end a clause or join a new one
    via_needs_source: frozenset[tuple[str, ...]] = frozenset()  # "citing X": a link only when X can be a source
    seed_only_prefix: frozenset[tuple[str, ...]] = frozenset()  # "aus Sicht": according-to phrases of the seed's style only
    poll_heads: frozenset[str] = frozenset()  # "poll", "Umfrage": a source that is a poll (according.json)
    recalled_documents: frozenset[str] = frozenset()  # "report", "Bericht": head nouns of a document or a finding, lower case (according.json)
    document_openers: frozenset[str] = frozenset()  # "new", "latest": they date a document before its owner's name (according.json)
    spokesperson_roles: frozenset[str] = frozenset()  # "spokeswoman", "Sprecher": who speaks for a body by office, lower case (lexicon.json)
    sentence_adverbs: frozenset[str] = frozenset()  # "however", "indeed": open a sentence before its subject, lower case (lexicon.json)
    descriptive_relatives: frozenset[str] = frozenset()  # "where", "who": hang the author's description on a name or a time, lower case (lexicon.json)
    respondent_nouns: frozenset[str] = frozenset()  # "Befragten", "Teilnehmer": those who answered a survey (according.json)
    poll_owner_words: frozenset[str] = frozenset()  # "der", "von": the pollster after a poll's noun ("eine Umfrage von Forsa"; according.json)
    learned_verbs: frozenset[str] = frozenset()  # "erfuhr": a medium that learned something (according.json)
    learned_from: frozenset[str] = frozenset()  # "aus", "von": whom it learned it from
    source_postmodifiers: frozenset[str] = frozenset()  # "by": "according to a report by X" (according.json)
    document_in: frozenset[str] = frozenset()  # "in": "according to a report in X" (according.json)
    passive_agents: frozenset[str] = frozenset()  # "von", "by": the agent of a passive (according.json)
    preposition_cues: frozenset[str] = frozenset()  # "nach (Angaben der Polizei)": the cue (according.json)
    relay_openers: frozenset[str] = frozenset()  # "unter (Berufung auf)", "citing": beside a cue, a chain (according.json)
    relayed_after_cue: frozenset[str] = frozenset()  # "(told them …,) according (to a statement)": a relay (according.json)
    nach_heads_cased: frozenset[str] = frozenset()  # "Angaben", "Informationen": what a source said, as written
    inanimate_suffixes: tuple[str, ...] = ()  # "-ung", "-heit": abstract nouns, no speaker ("Die Regelung")
    animate_endings: tuple[str, ...] = ()  # "-regierung", "-opposition": organisations among them
    impersonal_only: frozenset[str] = frozenset()  # "berichten_passiv": a report only with "es" ("hieß es")
    frame_verbs: frozenset[tuple[str, ...]] = frozenset()  # "zeigte sich", "reagierte" (cues.json)
    perspective_prepositions: frozenset[str] = frozenset()  # "Für X ist …" (according.json)
    perspective_verbs: frozenset[str] = frozenset()  # "ist", "bleibt": the copula after it
    goes_by_verbs: frozenset[str] = frozenset()  # "Geht es nach X, …" (according.json)
    goes_by_openers: frozenset[str] = frozenset()  # "Wenn es nach X geht, …"
    event_heads: frozenset[str] = frozenset()  # "Besuch", "Vorfall": events, which show but say nothing
    event_head_endings: tuple[str, ...] = ()  # "-besuch", "-anschlag": the same at the end of a compound
    age_noun_endings: tuple[str, ...] = ()  # "-Jährige": "der 54-Jährige" stands for the person named before
    feminine_words: frozenset[str] = frozenset()  # "Frau", "Ehefrau", "Mutter": women without a feminine suffix
    masculine_words: frozenset[str] = frozenset()  # "Herr", "Ehemann", "Vater"
    # English function words of the speaker rules (resources/en/lexicon.json)
    possessive_determiners: frozenset[str] = frozenset()  # "my mother", "our sources"
    clause_boundaries: frozenset[str] = frozenset()  # words that end the clause before a subject read backwards
    verb_prefixes: frozenset[str] = frozenset()  # "Trump also said", "he later told"
    cue_adverbs: frozenset[str] = frozenset()  # "has not (said)", "had also (said)": inside an auxiliary's cue
    np_back_stops: frozenset[str] = frozenset()  # words that end a noun phrase read backwards
    floating_quantifiers: frozenset[str] = frozenset()  # "the senators all (said)"
    contracting_pronouns: frozenset[str] = frozenset()  # "He’s (said)": the 's of an auxiliary
    passive_auxiliaries: frozenset[str] = frozenset()  # "were (told)": a passive, the subject is no speaker
    # passive_auxiliaries without the forms of a perfect ("ist", "war"): a werden-passive
    process_passive_auxiliaries: frozenset[str] = frozenset()
    passive_auxiliaries_konjunktiv: frozenset[str] = frozenset()  # "(gefordert) würde": a passive in the Konjunktiv II
    neuter_pronouns: frozenset[str] = frozenset()  # "it": stands for a body or a text, never a person
    first_person: frozenset[str] = frozenset()  # "wir", "I": outside a quotation the author, never someone named
    time_prepositions: frozenset[str] = frozenset()  # "(said) on Tuesday", "last week"
    setting_prepositions: frozenset[str] = frozenset()  # "(said) in a statement", "at a rally"
    about_prepositions: frozenset[str] = frozenset()  # "(said) of the mayor, “…”": whom what was said is about
    setting_openers: frozenset[str] = frozenset()  # "a", "the", "cnn": what opens a setting's noun phrase
    addressees: frozenset[str] = frozenset()  # "(told) reporters", "them"
    addressee_verbs: frozenset[str] = frozenset()  # "told", "assured": cue forms that name whom they tell
    addressee_clause_verbs: frozenset[str] = frozenset()  # "told (settler leaders) that"
    clause_conjunctions: frozenset[str] = frozenset()  # "and", "but": a clause with its own subject may follow
    clause_coordinators: frozenset[str] = frozenset()  # "and", "or", "but": what they tell opens no clause of its own
    recipient_prepositions: frozenset[str] = frozenset()  # "agreed with (the mayor) that"
    empty_objects: frozenset[str] = frozenset()  # "said so.", "said as much": no clause
    demonstratives: frozenset[str] = frozenset()  # "this claim": a cue form after them is a noun
    dash_comment_openers: frozenset[str] = frozenset()  # "- though …": the author's comment after a claim
    naming_participles: frozenset[str] = frozenset()  # "a group called X": a name, not speech
    participle_openers: frozenset[str] = frozenset()  # "by (slamming)": the participle's subject is the main clause's
    speech_nouns: frozenset[str] = frozenset()  # "his claim that …", "die Forderung, …": nouns that introduce what was said
    colon_nouns: frozenset[str] = frozenset()  # "Die Antwort der Ministerin: …": with speech_nouns, before a colon alone
    # "sah das gelassen:", "hält … fest:": verbs of a view or a reaction before a colon (cues.json colon_lead_verbs):
    # a form and the words of which one must stand in the clause too (none: any clause), and whether it must end it
    colon_lead_forms: dict[str, tuple[frozenset[str], bool]] = field(default_factory=dict)
    colon_lead_nouns: frozenset[str] = frozenset()  # "zog den Schluss:", "fand klare Worte:"
    colon_frame_adverbs: frozenset[str] = frozenset()  # "Die Firma dazu: …": a verbless frame before a colon
    tag_goes_on: frozenset[str] = frozenset()  # "…, sagt sie, aber wir …": the speaker goes on after the tag
    speaking_first_person: frozenset[str] = frozenset()  # "wir", "unser": unquoted speech in the first person
    speaking_first_person_singular: frozenset[str] = frozenset()  # "ich", "mir": one person speaking
    continuative_relatives: frozenset[str] = frozenset()  # "…, worüber er …": the author's comment on the clause before
    anaphoric_determiners: frozenset[str] = frozenset()  # "den Angaben zufolge": the source just named
    anaphoric_articles: frozenset[str] = frozenset()  # "dem Bericht zufolge": the owner of "Bericht" named before
    masculine_articles: frozenset[str] = frozenset()  # "der", "ein": a masculine noun's, which "er" may stand for
    stative_auxiliaries: frozenset[str] = frozenset()  # "ist (gefordert)": a participle after it is a state, no speech act
    perfect_singular_auxiliaries: frozenset[str] = frozenset()  # "(erklärt) hat": the cue is still the main verb
    feminine_articles: frozenset[str] = frozenset()  # "die", "eine": a feminine noun's in the singular, which "sie" may stand for
    never_reported: frozenset[str] = frozenset()  # "nachdem", "um": a clause after the cue's object that is no claim
    circumstance_subordinators: frozenset[str] = frozenset()  # "während": opens a fronted clause whose cue may report speech
    interrogatives: frozenset[str] = frozenset()  # "wie", "ob": an indirect question after the cue, no claim
    topic_prepositions: frozenset[str] = frozenset()  # "über": "berichtete über X, Y und Z" names a topic, no claim
    question_openers: tuple[str, ...] = ()  # "auf die frage": a question put to the speaker, no claim
    indirect_question_openers: frozenset[str] = frozenset()  # "ob", "warum": open an indirect question after a comma
    indicative_question_frames: frozenset[str] = frozenset()  # "ist", "bleibt": the author's verb before an indirect question
    relative_prepositions: frozenset[str] = frozenset()  # "bei (denen)": a preposition opening a relative clause
    relative_after_preposition: frozenset[str] = frozenset()  # "(bei) denen", "(mit) welchem"
    genitive_articles: frozenset[str] = frozenset()  # "der", "des": the owner of a noun after it ("die Forderung der Ministerin")
    owner_prepositions: frozenset[str] = frozenset()  # "von", "vom": the owner in a prepositional phrase
    date_prepositions: frozenset[str] = frozenset()  # "vom", "am": a date closing a phrase of where it was said
    document_date_prepositions: frozenset[str] = frozenset()  # "vom", "of": a document's kind before its date
    own_adjectives: frozenset[str] = frozenset()  # "(nach) eigenen (Angaben)": on the word of the clause's subject
    hearsay_modals: frozenset[str] = frozenset()  # "soll": "soll … getan haben", reported hearsay
    deontic_modals: frozenset[str] = frozenset()  # "soll", "muss", "kann": a demand or a possibility, in reported speech too
    konjunktiv1_indicative_pronouns: frozenset[str] = frozenset()  # "ich": next to it a Konjunktiv-I form is indicative
    according_relatives: frozenset[str] = frozenset()  # "who", "that": a clause on an according-to source
    name_quantifiers: frozenset[str] = frozenset()  # "some", "mehrere": a count before a group's noun, no part of its name
    plural_openers: frozenset[str] = frozenset()  # "tausende", "hunderte": a group of many, no one person
    name_particles: frozenset[str] = frozenset()  # "von", "van": open a family name ("Von der Leyen")
    relatives: frozenset[str] = frozenset()  # the language's relative pronouns ("who", "die")
    possessive_relatives: frozenset[str] = frozenset()  # "whose": opens no clause of its own in a subject
    object_relatives: frozenset[str] = frozenset()  # "whom": ends a speaker's phrase after a comma
    prepositional_relatives: frozenset[str] = frozenset()  # "(in) which", "(of) whom": a relative clause with its own subject
    place_relatives: frozenset[str] = frozenset()  # "where": a relative clause with its own subject
    masculine_person_endings: tuple[str, ...] = ()  # "der Franzose", "der Kieler": a man
    feminine_person_endings: tuple[str, ...] = ()  # "die Kielerin": a woman
    person_noun_endings: tuple[str, ...] = ()  # "actor", "-ist": a noun of a person by what they do
    inhabitant_endings: tuple[str, ...] = ()  # "der Kieler" after "Kiel": one who lives there
    place_name_endings: tuple[str, ...] = ()  # "Flörsheim": a place, so "der Flörsheimer" lives there
    general_person_nouns: frozenset[str] = frozenset()  # "the politician": any holder of a role may be called so
    role_variants: tuple[frozenset[str], ...] = ()  # "der Machthaber" … "der Diktator": one holder, in turn
    role_variant_compound_ends: frozenset[str] = frozenset()  # "Forscher": "der Klimaforscher" is still one
    age_units: tuple[str, ...] = ()  # "year" of "51-year-old Tom Reed": an age before a name
    pair_words: frozenset[str] = frozenset()  # "both", "beide": a subject that names two people named before
    pair_heads: frozenset[str] = frozenset()  # "men", "Männer": the plural noun after a pair word
    pair_words_alone: frozenset[str] = frozenset()  # "both", "beide": a pair word that needs no head noun
    rank_prefixes: tuple[str, ...] = ()  # "vize", "deputy": a role with one is another office than the plain role
    description_articles: dict[str, str] = field(default_factory=dict)  # "der" → "m": a description's article, its gender
    affiliation_prepositions: frozenset[str] = frozenset()  # "(Anna Berg) von (der Hafenbehörde)": the body a named person belongs to
    speak_of: frozenset[str] = frozenset()  # "sprechen": "sprach von einer freien Wahl" names what was said
    clause_joiners: frozenset[str] = frozenset()  # "(…, ) aber (man deutete an)": a main clause of its own
    negative_pronouns: frozenset[str] = frozenset()  # "Niemand (hat mitgeteilt)": no one spoke
    impersonal_pronouns: frozenset[str] = frozenset()  # "es (heißt)", "man (sagt)": no one in particular
    negations: frozenset[str] = frozenset()  # "nicht", "keine": a negated clause after the cue says nothing
    not_negating: frozenset[str] = frozenset()  # "(nicht) nur": no negation of the verb
    medium_role_endings: tuple[str, ...] = ()  # "korrespondent": a role at a medium ("der Korrespondent der Zeitung")
    noun_endings: tuple[str, ...] = ()  # "-ung", "-sprecher": a common noun ("der Sprecher der Zeitung": a genitive after it)
    not_participles: frozenset[str] = frozenset()  # "bereits", "nicht": no participle before "haben"/"sein"
    norm_heads: tuple[str, ...] = ()  # "gesetz", "verfassung": after "laut", a norm, no one's claim
    for_heads: tuple[str, ...] = ()  # "organisation", "amt": a body's name goes on with "für" ("Bundesamt für Migration")
    modal_konjunktiv2: frozenset[str] = frozenset()  # "könnte", "würde": continued speech only right after speech
    author_modals: frozenset[str] = frozenset()  # "dürfte": the author's own hedge, no continued speech
    irrealis_konjunktiv2: frozenset[str] = frozenset()  # "hätte", "wäre": the author's irrealis, no continued speech
    period_words: frozenset[str] = frozenset()  # "Mitte", "Ende": before a number, a part of an age or a time, no name
    conditional_openers: frozenset[str] = frozenset()  # "wenn", "ob": a condition or a question, no continued speech
    after_cue_time_words: frozenset[str] = frozenset()  # "(as X said) on (Monday)": a time after the cue
    coordination: frozenset[str] = frozenset()  # "und", "sowie": words that join conjuncts
    coordination_not_joining: frozenset[str] = frozenset()  # "oder", "both": of `coordination`, none joins a pair or list of sources
    passive_reports: list[list[str]] = field(default_factory=list)  # "wurde bekannt", "war die Rede": no one named said it
    share_words: frozenset[str] = frozenset()  # "percent", "third": a share of people ("59 percent said") names no one
    share_nouns: frozenset[str] = frozenset()  # "percent", "half": the words that make "X of Y" a share, not "one of Y"
    share_heads: frozenset[str] = frozenset()  # "hälfte": the share words that open a share alone ("Die Hälfte"); empty: every share word
    speech_events: frozenset[str] = frozenset()  # "interview": "(said …) in an interview" is the speech act's setting
    occasions: frozenset[str] = frozenset()  # "rally": "(said …) on Wednesday at a rally", next to a time
    plan_words: frozenset[str] = frozenset()  # "will", "to": a claim about a plan keeps its setting
    question_verbs: frozenset[str] = frozenset()  # "ask": what such a cue reports is asked, not claimed
    clause_verbs: frozenset[str] = frozenset()  # "say": a noun right after such a cue opens the clause reported
    object_clause_lemmas: frozenset[str] = frozenset()  # "say": a noun phrase after such a cue may be a clause misparsed
    modals: frozenset[str] = frozenset()  # "could": goes on with the predicate of a clause a tag interrupts
    evidential_verbs: frozenset[str] = frozenset()  # "show": a thing may be its subject ("the study shows that …")
    evidence_heads: frozenset[str] = frozenset()  # "results", "findings": a text or finding that may show something
    hypothetical_openers: frozenset[str] = frozenset()  # "until", "if": a speech act in such a clause is only supposed
    share_verbs: frozenset[str] = frozenset()  # "say": the verbs by which a share of respondents reports a claim
    np_postmodifiers: frozenset[str] = frozenset()  # "familiar (with the matter)": goes on describing a noun
    person_heads: frozenset[str] = frozenset()  # "woman", "jury": a noun of people (with gender.json's words)
    contrast_openers: frozenset[str] = frozenset()  # "while": a clause of contrast on the cue verb is the author's
    cleft_copulas: frozenset[str] = frozenset()  # "is": "what she is saying is that …", the content opens with "that"
    generic_speakers: frozenset[str] = frozenset()  # "any", "nobody": a subject that names no one who spoke
    judged_objects: frozenset[str] = frozenset()  # "it": "found it offensive", a judgement, no clause
    evidence_things: frozenset[str] = frozenset()  # "tests", "images": seen or measured, no text and no speaker

    @cached_property
    def document_heads_lower(self) -> frozenset[str]:
        """`document_heads` in lower case, built once per language object."""
        return frozenset(w.lower() for w in self.document_heads)

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        """The nouns `person_noun` looks a word up in: `document_heads`, `anonymous_heads`,
        `person_roles`, `type_heads`, `evidence_heads` and `person_heads`, as written and in lower
        case. Built once per language object (it was built on every call)."""
        agents = self.document_heads | self.anonymous_heads | self.person_roles | set(self.type_heads) \
            | self.evidence_heads | self.person_heads
        return frozenset(agents) | frozenset(w.lower() for w in agents)

    @cached_property
    def document_head_endings(self) -> tuple[str, ...]:
        """The document nouns (`document_heads`) of four letters or more, lower case: a compound
        that ends in one names a document ("Regierungserklärung"). Built once per language object."""
        return tuple(sorted(w for w in self.document_heads_lower if len(w) >= 4))

    @cached_property
    def circumstance_openers(self) -> frozenset[str]:
        """The words of `never_reported` that are subordinators — of `adverbial_clause.subordinators`
        (cues.json) or `clause_subordinators` (lexicon.json) — and so open a fronted clause of
        circumstance ("nachdem", "während"); the others ("was", "sondern", "um") open none.
        Derived once per language object from those lists."""
        adverbial = load_lang(self.code, "cues").get("adverbial_clause", {}).get("subordinators", [])
        clause = load_lang(self.code, "lexicon").get("clause_subordinators", [])
        return self.never_reported & frozenset(w.lower() for w in [*adverbial, *clause])

    def ly_adverb(self, word: str) -> bool:
        """An English word in '-ly' that is an adverb ("later", "repeatedly"), not one of `ly_nouns`
        ("the country's closest ally")."""
        low = word.lower()
        return low.endswith("ly") and low not in self.ly_nouns

    def konjunktiv(self, word: str) -> bool:
        """The word as written is a form of the Konjunktiv I ("sei", "habe"), or, in lower case,
        one of the Konjunktiv II ("wäre", "hätte"), of `konj1`/`konj2`."""
        return word in self.konj1 or word.lower() in self.konj2


_BY_FIRST: dict[int, tuple[list[list[str]], dict[str, list[tuple[list[str], list[str]]]]]] = {}


def phrases_by_first(phrases: list[list[str]]) -> dict[str, list[tuple[list[str], list[str]]]]:
    """The phrases (lists of words) by their first word lower-cased, each with its lower-cased
    words, in their order: a token is compared with the few phrases it can start, not all of
    them. Computed once per phrase list."""
    hit = _BY_FIRST.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    out: dict[str, list[tuple[list[str], list[str]]]] = {}
    for phrase in phrases:
        low = [w.lower() for w in phrase]
        out.setdefault(low[0], []).append((phrase, low))
    _BY_FIRST[id(phrases)] = (phrases, out)
    return out


def _split(phrases: list[str]) -> list[list[str]]:
    return sorted((p.split() for p in phrases), key=len, reverse=True)


@cache
def lang(code: str) -> Lang:
    cues = load_lang(code, "cues")
    acc = load_lang(code, "according")
    lex = load_lang(code, "lexicon")
    forms: dict[str, list[CueForm]] = {}
    fused = bool(cues.get("separable_fused"))
    for lemma, entry in cues.get("verbs", {}).items():
        particle = entry.get("particle")
        stem = lemma.lower()[len(particle) :] if particle and lemma.lower().startswith(particle) else lemma.lower()
        for f in entry["forms"]:
            # a weak participle "ge…t" ("gesagt"); not a form of a verb whose stem begins with "ge"
            # ("gestehen": "gesteht" is its present, its participle "gestanden")
            part = (f.startswith("ge") and f.endswith("t") and len(f) > 5 and not stem.startswith("ge")) or (f.endswith(("ed", "en")) and code == "en")
            forms.setdefault(f.lower(), []).append(
                CueForm(lemma, entry["class"], particle, bool(part))
            )
            if fused and particle and not f.lower().startswith(particle) and (particle + f).lower() not in forms \
                    and (not f.endswith("en") or f.endswith("ten")) and entry["class"] in ("speech", "report", "writing", "confirm"):
                # not the infinitive ("angeben müssen"), not a rejection ("dass die Partei den Plan ablehnt")
                # a separable verb at the end of a subordinate clause: "…, die auch angab, dass …"
                forms[(particle + f).lower()] = [CueForm(lemma, entry["class"], particle, False)]
    base_forms: dict[str, list[CueForm]] = {}
    if cues.get("base_auxiliaries"):
        for lemma, entry in cues.get("verbs", {}).items():
            base = lemma.split()[0].lower()
            if base not in forms:
                base_forms.setdefault(base, []).append(CueForm(lemma, entry["class"], entry.get("particle"), False))
    k = load(code, "konjunktiv")
    return Lang(
        code=code,
        forms=forms,
        according_prefix=_split(acc.get("prefix", [])),
        according_postfix={w.lower() for w in acc.get("postfix", [])},
        norm_heads=_lower_tuple(acc, "norm_heads"),
        for_heads=_lower_tuple(lex, "for_heads"),
        wie={w.lower() for w in acc.get("wie_clause", [])},
        via=_split(acc.get("via", [])),
        type_heads=dict(lex.get("type_heads", {})),
        anonymous_heads=set(lex.get("anonymous_heads", [])),
        anonymous_markers=list(lex.get("anonymous_markers", [])),
        person_roles=set(lex.get("person_roles", [])),
        document_heads=set(lex.get("document_heads", [])),
        np_stop={w.lower() for w in lex.get("np_stop", [])},
        determiners={w.lower() for w in lex.get("determiners", [])},
        subject_pronouns=set(lex.get("subject_pronouns", [])),
        anaphors={w.lower() for w in cues.get("anaphors", [])},
        so_cue={w.lower() for w in cues.get("so_cue", [])},
        complementizers={w.lower() for w in cues.get("complementizers", [])},
        subjectless=_split(cues.get("subjectless_report", [])),
        group_words={w.lower() for w in lex.get("group_words", [])},
        nach_heads=_lower_tuple(acc, "nach_heads"),
        reported_exclude=frozenset(lex.get("reported_exclude", [])),
        reported_object_exclude={k: frozenset(v) for k, v in lex.get("reported_object_exclude", {}).items()},
        particle_verb_not_after={k: frozenset(v) for k, v in lex.get("particle_verb_not_after", {}).items()},
        cue_not_before={k: frozenset(v) for k, v in lex.get("cue_not_before", {}).items()},
        demnach=_lower(cues, "demnach"),
        nominative_only_pronouns=frozenset(lex.get("nominative_only_pronouns", [])),
        oblique_articles=_lower(lex, "oblique_articles"),
        oblique_openers=_lower(lex, "oblique_openers"),
        nominative_openers=_lower(lex, "nominative_openers"),
        reflexive_pronouns=_lower(lex, "reflexive_pronouns"),
        place_prepositions=_lower(lex, "place_prepositions"),
        manner_adverbs=_lower(lex, "manner_adverbs"),
        relative_subjects=_lower(lex, "relative_subjects"),
        inverted_pronouns=frozenset(lex.get("inverted_pronouns", [])),
        subjectless_source=_lower(cues, "subjectless_report_source"),
        subjectless_where=_lower(cues, "subjectless_report_where"),
        naming_verbs=frozenset(cues.get("naming_verbs", [])),
        naming_before=_lower(cues, "naming_before"),
        perfect_auxiliaries=_lower(cues, "perfect_auxiliaries"),
        separable_particles=_lower(cues, "separable_particles"),
        particle_coordinators=_lower(cues, "particle_coordinators") | _lower(lex, "verb_and_clause_coordinators"),
        konjunktiv_copulas=_lower(cues, "konjunktiv_copulas"),
        particles=frozenset(f.particle for fs in forms.values() for f in fs if f.particle),
        konj1=set(k.get("konjunktiv1", [])),
        konj2=set(k.get("konjunktiv2", [])),
        konj1_suffixes=tuple(k.get("konjunktiv1_suffixes", [])),
        title_abbreviations=frozenset(lex.get("title_abbreviations", [])),
        noun_homographs=_lower(cues, "noun_homographs"),
        base_forms=base_forms,
        base_auxiliaries=_lower(cues, "base_auxiliaries"),
        noun_openers=_lower(lex, "noun_openers"),
        ly_nouns=_lower(lex, "ly_nouns"),
        degree_adverbs=_lower(lex, "degree_adverbs"),
        supposing=_lower(cues, "supposing"),
        refusals=_lower(cues, "refusals"),
        unsaid_infinitive_heads=_lower(cues, "unsaid_infinitive_heads"),
        colon_verbs=_lower(cues, "colon_verbs"),
        pronoun_quantifiers=_lower(lex, "pronoun_quantifiers"),
        possessive_pronouns=_lower(lex, "possessive_pronouns"),
        via_upstream=frozenset(tuple(p.lower().split()) for p in acc.get("via_upstream", [])),
        via_addressed=frozenset(tuple(p.lower().split()) for p in acc.get("via_addressed", [])),
        via_verb_last=frozenset(tuple(p.lower().split()) for p in acc.get("via_verb_last", [])),
        person_pronouns=frozenset(lex.get("person_pronouns", [])),
        person_pronouns_lower=_lower(lex, "person_pronouns"),
        masculine_pronouns=_lower(lex, "masculine_pronouns"),
        feminine_pronouns=_lower(lex, "feminine_pronouns"),
        plural_pronouns=_lower(lex, "plural_pronouns"),
        plural_verb_endings=tuple(lex.get("plural_verb_endings", [])),
        antecedent_sentences=int(lex.get("antecedent_sentences", 0)),
        masculine_possessives=_lower(lex, "masculine_possessives"),
        feminine_possessives=_lower(lex, "feminine_possessives"),
        nonfinite_markers=_lower(lex, "nonfinite_markers"),
        clause_joints=_lower(lex, "clause_joints"),
        via_needs_source=frozenset(tuple(p.lower().split()) for p in acc.get("via_needs_source", [])),
        seed_only_prefix=frozenset(tuple(p.lower().split()) for p in acc.get("seed_only_prefix", [])),
        poll_heads=_lower(acc, "poll_heads"),
        recalled_documents=_lower(acc, "recalled_documents"),
        document_openers=_lower(acc, "document_openers"),
        spokesperson_roles=_lower(lex, "spokesperson_roles"),
        sentence_adverbs=_lower(lex, "sentence_adverbs"),
        descriptive_relatives=_lower(lex, "descriptive_relatives"),
        poll_owner_words=_lower(acc, "poll_owner_words"),
        respondent_nouns=_lower(acc, "respondent_nouns"),
        learned_verbs=_lower(acc, "learned_verbs"),
        learned_from=_lower(acc, "learned_from"),
        source_postmodifiers=_lower(acc, "source_postmodifiers"),
        document_in=_lower(acc, "document_in"),
        relay_openers=_lower(acc, "relay_openers"),
        preposition_cues=_lower(acc, "preposition_cues"),
        passive_agents=_lower(acc, "passive_agents"),
        relayed_after_cue=_lower(acc, "relayed_after_cue"),
        nach_heads_cased=frozenset(acc.get("nach_heads", [])),
        inanimate_suffixes=tuple(lex.get("inanimate_suffixes", [])),
        animate_endings=tuple(lex.get("animate_endings", [])),
        impersonal_only=frozenset(cues.get("impersonal_only", [])),
        frame_verbs=frozenset(tuple(p.lower().split()) for p in cues.get("frame_verbs", [])),
        perspective_prepositions=_lower(acc, "perspective_prepositions"),
        perspective_verbs=_lower(acc, "perspective_verbs"),
        goes_by_verbs=_lower(acc, "goes_by_verbs"),
        goes_by_openers=_lower(acc, "goes_by_openers"),
        event_heads=frozenset(lex.get("event_heads", [])),
        event_head_endings=tuple(lex.get("event_head_endings", [])),
        age_noun_endings=tuple(lex.get("age_noun_endings", [])),
        feminine_words=frozenset(lex.get("feminine_words", [])),
        masculine_words=frozenset(lex.get("masculine_words", [])),
        possessive_determiners=_lower(lex, "possessive_determiners"),
        clause_boundaries=_lower(lex, "clause_boundaries"),
        verb_prefixes=_lower(lex, "verb_prefixes"),
        cue_adverbs=_lower(lex, "cue_adverbs"),
        np_back_stops=_lower(lex, "np_back_stops"),
        floating_quantifiers=_lower(lex, "floating_quantifiers"),
        contracting_pronouns=_lower(lex, "contracting_pronouns"),
        passive_auxiliaries=_lower(lex, "passive_auxiliaries"),
        process_passive_auxiliaries=_lower(lex, "passive_auxiliaries") - _lower(lex, "passive_perfect_forms"),
        passive_auxiliaries_konjunktiv=_lower(lex, "passive_auxiliaries_konjunktiv"),
        neuter_pronouns=_lower(lex, "neuter_pronouns"),
        first_person=_lower(lex, "first_person"),
        participle_openers=_lower(lex, "participle_openers"),
        naming_participles=_lower(cues, "naming_participles"),
        dash_comment_openers=_lower(lex, "dash_comment_openers"),
        demonstratives=_lower(lex, "demonstratives"),
        time_prepositions=_lower(lex, "time_prepositions"),
        setting_prepositions=_lower(lex, "setting_prepositions"),
        about_prepositions=_lower(lex, "about_prepositions"),
        setting_openers=_lower(lex, "setting_openers"),
        addressees=_lower(lex, "addressees"),
        addressee_verbs=_lower(lex, "addressee_verbs"),
        recipient_prepositions=_lower(lex, "recipient_prepositions"),
        addressee_clause_verbs=_lower(lex, "addressee_clause_verbs"),
        clause_conjunctions=_lower(lex, "clause_conjunctions"),
        clause_coordinators=_lower(lex, "clause_coordinators"),
        empty_objects=_lower(lex, "empty_objects"),
        speech_nouns=_lower(cues, "speech_nouns"),
        colon_nouns=_lower(cues, "colon_nouns"),
        colon_lead_forms={f.lower(): (_lower(e, "with"), bool(e.get("last")))
                          for e in cues.get("colon_lead_verbs", {}).values() for f in e["forms"]},
        colon_lead_nouns=_lower(cues, "colon_lead_nouns"),
        colon_frame_adverbs=_lower(cues, "colon_frame_adverbs"),
        tag_goes_on=_lower(cues, "tag_goes_on"),
        speaking_first_person=_lower(cues, "speaking_first_person"),
        speaking_first_person_singular=_lower(cues, "speaking_first_person_singular"),
        masculine_articles=_lower(lex, "masculine_articles"),
        feminine_articles=_lower(lex, "feminine_articles"),
        stative_auxiliaries=_lower(lex, "stative_auxiliaries"),
        perfect_singular_auxiliaries=_lower(lex, "perfect_singular_auxiliaries"),
        anaphoric_determiners=_lower(acc, "anaphoric_determiners"),
        anaphoric_articles=_lower(acc, "anaphoric_articles"),
        continuative_relatives=_lower(cues, "continuative_relatives"),
        never_reported=_lower(cues, "never_reported"),
        circumstance_subordinators=_lower(cues, "circumstance_subordinators"),
        interrogatives=_lower(cues, "interrogatives"),
        topic_prepositions=_lower(cues, "topic_prepositions"),
        question_openers=_lower_tuple(cues, "question_openers"),
        indirect_question_openers=_lower(cues, "indirect_question_openers"),
        indicative_question_frames=_lower(cues, "indicative_question_frames"),
        relative_prepositions=_lower(cues, "relative_prepositions"),
        relative_after_preposition=_lower(cues, "relative_after_preposition"),
        genitive_articles=_lower(lex, "genitive_articles"),
        owner_prepositions=_lower(lex, "owner_prepositions"),
        date_prepositions=_lower(lex, "date_prepositions"),
        document_date_prepositions=_lower(lex, "document_date_prepositions"),
        hearsay_modals=_lower(lex, "hearsay_modals"),
        deontic_modals=_lower(lex, "deontic_modals"),
        own_adjectives=_lower(lex, "own_adjectives"),
        konjunktiv1_indicative_pronouns=_lower(lex, "konjunktiv1_indicative_pronouns"),
        according_relatives=_lower(lex, "according_relatives"),
        affiliation_prepositions=_lower(lex, "affiliation_prepositions"),
        rank_prefixes=_lower_tuple(lex, "rank_prefixes"),
        description_articles={k.lower(): str(v) for k, v in lex.get("description_articles", {}).items()},
        pair_words=_lower(lex, "pair_words"),
        name_quantifiers=_lower(lex, "name_quantifiers"),
        plural_openers=_lower(lex, "plural_openers"),
        name_particles=_lower(lex, "name_particles"),
        relatives=_lower(lex, "relative_pronouns"),
        possessive_relatives=_lower(lex, "possessive_relatives"),
        object_relatives=_lower(lex, "object_relatives"),
        prepositional_relatives=_lower(lex, "prepositional_relatives"),
        place_relatives=_lower(lex, "place_relatives"),
        masculine_person_endings=_lower_tuple(lex, "masculine_person_endings"),
        feminine_person_endings=_lower_tuple(lex, "feminine_person_endings"),
        person_noun_endings=_lower_tuple(lex, "person_noun_endings"),
        inhabitant_endings=_lower_tuple(lex, "inhabitant_endings"),
        place_name_endings=_lower_tuple(lex, "place_name_endings"),
        general_person_nouns=_lower(lex, "general_person_nouns"),
        role_variants=tuple(frozenset(w.lower() for w in group) for group in lex.get("role_variants", [])),
        role_variant_compound_ends=_lower(lex, "role_variant_compound_ends"),
        age_units=_lower_tuple(lex, "age_units"),
        pair_heads=_lower(lex, "pair_heads"),
        pair_words_alone=_lower(lex, "pair_words_alone"),
        speak_of=_lower(cues, "speak_of"),
        clause_joiners=_lower(lex, "clause_joiners"),
        negative_pronouns=_lower(lex, "negative_pronouns"),
        impersonal_pronouns=_lower(lex, "impersonal_pronouns"),
        negations=_lower(cues, "negations"),
        not_negating=_lower(cues, "not_negating"),
        medium_role_endings=_lower_tuple(lex, "medium_role_endings"),
        noun_endings=_lower_tuple(lex, "noun_endings"),
        not_participles=_lower(k, "not_participles"),
        modal_konjunktiv2=_lower(k, "modal_konjunktiv2"),
        author_modals=_lower(k, "author_modals"),
        irrealis_konjunktiv2=_lower(k, "irrealis_konjunktiv2"),
        period_words=frozenset(lex.get("period_words", [])),
        conditional_openers=_lower(k, "conditional_openers"),
        after_cue_time_words=_lower(lex, "after_cue_time_words"),
        coordination=_lower(lex, "coordination"),
        coordination_not_joining=_lower(lex, "coordination_not_joining"),
        passive_reports=_split([p.lower() for p in cues.get("passive_reports", [])]),
        share_words=_lower(lex, "share_words"),
        share_heads=_lower(lex, "share_heads"),
        share_nouns=_lower(lex, "share_nouns"),
        speech_events=_lower(lex, "speech_events"),
        occasions=_lower(lex, "occasions"),
        plan_words=_lower(lex, "plan_words"),
        question_verbs=_lower(cues, "question_verbs"),
        clause_verbs=_lower(cues, "clause_verbs"),
        object_clause_lemmas=_lower(cues, "object_clause_lemmas"),
        modals=_lower(lex, "modals"),
        evidential_verbs=_lower(cues, "evidential_verbs"),
        evidence_heads=_lower(cues, "evidence_heads"),
        hypothetical_openers=_lower(cues, "hypothetical_openers"),
        share_verbs=_lower(cues, "share_verbs"),
        contrast_openers=_lower(lex, "contrast_openers"),
        cleft_copulas=_lower(lex, "cleft_copulas"),
        generic_speakers=_lower(lex, "generic_speakers"),
        judged_objects=_lower(lex, "judged_objects"),
        evidence_things=_lower(cues, "evidence_things"),
        np_postmodifiers=_lower(lex, "np_postmodifiers"),
        person_heads=_lower(cues, "person_heads") | _gender_words(code),
    )


#: nouns of a person or a body by their ending ("researchers", "scientists", "historians", "residents")
_AGENT_NOUN = re.compile(r"(?!\w*ments?$)\w+(?:ist|er|or|ian|ant|ent)s?")


def person_noun(word: str, lx: Lang) -> bool:
    """A noun that names a person or a body of people or a text that speaks for one: a role, a
    type head ("ministry"), an anonymous head ("officials"), a document head, a noun of
    `person_heads` or gender.json, or an agent noun by its ending ("researcher", "historian")."""
    low = word.lower().strip(".")
    return low in lx.person_nouns or bool(_AGENT_NOUN.fullmatch(low))


def _gender_words(code: str) -> frozenset[str]:
    """The nouns of resources/<lang>/gender.json that name a man or a woman ("woman", "mother",
    "spokesman") in lower case, with an English plural ("women", "mothers")."""
    g = load(code, "gender")
    words = {w.lower() for key in ("feminine_words", "masculine_words") for w in g.get(key, []) if w[:1].islower()}
    return frozenset(words | {w[:-3] + "men" if w.endswith("man") else w + "s" for w in words})


def _lower(lex: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.get(key, []))


def _lower_tuple(lex: dict[str, Any], key: str) -> tuple[str, ...]:
    """The list `key` of a resource in lower case, in its order (endings and prefixes for
    `str.endswith` / `str.startswith`)."""
    return tuple(w.lower() for w in lex.get(key, []))


#: the function words of the clause rules, German and English (resources/<lang>/lexicon.json)
_EN = load("en", "lexicon")
_DE = load("de", "lexicon")


def _both(key: str) -> frozenset[str]:
    return _lower(_DE, key) | _lower(_EN, key)


AUX = _both("auxiliaries")  # "hat", "sei", "has": also the German Konjunktiv forms ("Der Mann habe darin geschrieben")
PREPOSITIONS_DE = _lower(_DE, "prepositions")
PREPOSITIONS_EN = _lower(_EN, "prepositions")
CONJ_START = _both("clause_openers")
SUBORDINATORS = _both("subordinators")
REL_PRONOUNS = _both("relative_pronouns")


def _low(word: str | Token) -> str:
    return word if isinstance(word, str) else word.text.lower()


def skip_conjunction(words: Sequence[str | Token], min_len: int = 1) -> int:
    """1 when the first of `words` (lower-case strings or tokens) is a conjunction or adverb that
    may open a clause before its subject (CONJ_START: "And", "But", "Aber") and there are at least
    `min_len` words, else 0: where a clause's own first word is ("And the minister said").
    `min_len` is at least 1; `min_len=2` keeps a lone conjunction as the first word."""
    return 1 if len(words) >= min_len and _low(words[0]) in CONJ_START else 0


def skip_conjunctions(words: Sequence[str | Token], stop: int) -> int:
    """The index of the first of `words` (lower-case strings or tokens) after the run of
    clause-opening conjunctions that starts them ("And yet …"), at most `stop`."""
    s = 0
    while s < stop and _low(words[s]) in CONJ_START:
        s += 1
    return s

_ADJ_END = re.compile(r"^[a-zäöüß][\w-]*(?:e|en|er|es|em|sche|schen|ischer|ische|ische)$")


def is_adjective_like(word: str) -> bool:
    return bool(_ADJ_END.match(word)) and len(word) > 3


def is_capitalized(word: str) -> bool:
    """A word that opens with a capital, an opening quotation mark or "@", or a brand's name written with a
    lower-case first letter and a capital after it ("eBay", "xAI", "iRobot": `is_camel_name`)."""
    return bool(word) and (word[0].isupper() or word[0] in OPENING_DOUBLE_QUOTES + "@" or is_camel_name(word))


#: a name that opens with one or two lower-case letters and goes on with a capital ("eBay", "xAI", "iRobot")
_CAMEL_NAME = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z0-9]+(?:-[A-Za-zÄÖÜäöüß]+)*")
#: units written so ("kWh", "mAh"): no names
_CAMEL_UNITS = frozenset(("kWh", "mWh", "mAh", "kWp", "kVA", "kHz", "dBm", "mSv", "kBit", "mmHg"))


def is_camel_name(word: str) -> bool:
    """A brand's or a firm's name written with a lower-case first letter and a capital after it ("eBay",
    "xAI", "iRobot", "eToro"), which the text capitalises nowhere; not a unit ("kWh")."""
    return bool(_CAMEL_NAME.fullmatch(word)) and word not in _CAMEL_UNITS
