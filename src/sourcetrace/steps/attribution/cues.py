"""Cues: which tokens are reporting verbs (from `resources/<lang>/cues.json`), and which only look like one."""

from __future__ import annotations

import re
from functools import cache

from ...document import Token
from ...resources import load
from ..lexicon import (
    CONJ_START,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    CueForm,
    Lang,
    is_capitalized,
)
from ..syntax import relation_at
from .context import QUOTE_CHARS, Context

#: cue classes that state no claim: beliefs ("hofft", "is expected to") and requests ("urged")
NOT_SPEECH = frozenset({"belief", "request"})
#: the relative pronoun of a possessor ("whose remarks"): a cue form after it is a noun
_WHOSE = "whose"


@cache
def _participle_prepositions() -> frozenset[str]:
    """"in", "by": after a past participle on a noun ("the views expressed in the article")."""
    return frozenset(load("en", "cues").get("participle_prepositions", []))


def negated(toks: list[Token], i: int, lx: Lang) -> bool:
    """A negation (`negations` in resources/<lang>/cues.json: "did not respond", "wollte sich
    nicht äußern") in the three words before the cue, in its own clause: nothing was said ("Er
    werde nicht zurücktreten, sagte X" negates what was said, not the saying)."""
    if i > 1 and toks[i - 1].text.lower() == "to" and (toks[i - 2].text.lower() in lx.refusals or (
            i > 2 and toks[i - 3].text.lower() in lx.refusals and toks[i - 2].text.lower() in lx.verb_prefixes)):
        return True  # "declined to say whether …", "refused to comment": nothing was said
    if lx.unsaid_infinitive_heads and _unsaid_infinitive(toks, i, lx):
        return True  # "is likely to stress that …", "it is safe to say …": no speech act took place
    for t in reversed(toks[max(0, i - 3) : i]):
        if t.text in (",", ";", ":", "–", "—") or t.text in QUOTE_CHARS:
            return False
        if t.text.lower() in lx.negations or (lx.code == "en" and t.text.lower().endswith(("n't", "n’t"))):
            return True  # ("don't", "doesn’t": one token)
    return False


#: how many words the infinitive's own subject after "for" may have ("for the port's lawyers to argue")
_FOR_SUBJECT_WORDS = 4


def _unsaid_infinitive(toks: list[Token], i: int, lx: Lang) -> bool:
    """Cue filter cue.en.unsaid_infinitive (session 40): the cue is a to-infinitive after a word of
    `unsaid_infinitive_heads` (resources/en/cues.json) — a prospect ("The board is likely to stress that …",
    "The filings are expected to show that …"), an appearance ("Investors seem to agree …") or the author's
    judgement of saying it ("It is safe to say the ferry is late", "She would do better to say …"): no speech
    act took place, as after a refusal. An adverb may stand before "to" ("likely, again, to"), the
    infinitive's own subject after "for" before it ("not unreasonable for Hale to assert …")."""
    if i < 2 or toks[i - 1].text.lower() != "to":
        return False
    k = i - 2
    fr = next((j for j in range(k, max(-1, k - _FOR_SUBJECT_WORDS - 1), -1) if toks[j].text.lower() == "for"), None)
    if fr is not None and fr < k and all(t.text[:1].isalnum() for t in toks[fr + 1 : k + 1]):
        k = fr - 1  # "for Hale to assert": the infinitive's own subject
    while k > 0 and (toks[k].text.lower() in lx.verb_prefixes or (toks[k].text.lower().endswith("ly") and toks[k].text.lower() not in lx.unsaid_infinitive_heads)):
        k -= 1  # "is also likely to", "is hardly likely to"
    return k >= 0 and toks[k].text.lower() in lx.unsaid_infinitive_heads


def _not_before(toks: list[Token], i: int, forms: list[CueForm], lx: Lang) -> bool:
    """A word of the lexicon's `cue_not_before` with the verb makes it no report: right after it ("Dies
    ergebe sich aus dem Haushalt": a result), or before it in its clause when the verb closes the clause
    ("…, das sich im Norden befindet.": a place)."""
    words = frozenset(w for f in forms for w in lx.cue_not_before.get(f.lemma, ()))
    if not words:
        return False
    if i + 1 < len(toks) and toks[i + 1].text.lower() in words:
        return True
    if i + 1 < len(toks) and toks[i + 1].text not in (".", ",", ";", ":", "!", "?"):
        return False
    k = i - 1
    while k >= 0 and toks[k].text not in (",", ";", ":") and toks[k].text not in QUOTE_CHARS:
        if toks[k].text.lower() in words:
            return True
        k -= 1
    return False


def cue_at(ctx: Context, toks: list[Token], i: int, lx: Lang) -> str | None:
    low = toks[i].text.lower()
    forms = lx.forms.get(low)
    if not forms:
        forms = lx.base_forms.get(low) if i + 1 < len(toks) and toks[i + 1].text == "that" and (
            after_auxiliary(toks, i, lx) or (i > 0 and ctx.pos_at(toks[i].span) == "VERB" and toks[i].text.islower()
                                             and toks[i - 1].text[:1].isalpha())) else None
        # ("Data from the census show that …": a plural subject's present tense, as the parse reads it)
    if not forms:
        return None
    if toks[i].text[:1].isupper() and i > 0 and toks[i - 1].text not in QUOTE_CHARS | {"–", ":"}:
        return None  # a capitalized German word inside a sentence is a noun ("Berichte"), not a verb
    if lx.code == "en" and low in _tag_only_forms(lx.code) and not _after_quotation(toks, i):
        return None  # "reacted" speaks only as a quotation's tag ("“…,” reacted Ortiz"), not in "Ortiz reacted angrily"
    if lx.code == "en" and low in _tag_person_forms(lx.code) and i > 0 and toks[i - 1].text[:1].islower() \
            and toks[i - 1].text.lower() not in lx.subject_pronouns and not _person_role(toks[i - 1].text, lx):
        return None  # "“…,” the passage continued": a text goes on, no speaker tagged (not "he continued", "Ortiz continued", "the mayor continued")
    if lx.code == "en" and i > 0:
        prev = toks[i - 1].text.lower()
        if prev in lx.supposing or (i > 1 and f"{toks[i - 2].text.lower()} {prev}" in lx.supposing):
            return None  # "Let's say the bridge costs …": a supposition, no one's claim
        if any(len(p) <= i and [t.text.lower() for t in toks[i - len(p) : i]] == p for p in lx.according_prefix):
            return None  # "According to reports, …": the head of an according-to phrase, a noun
        if prev == "having" and i + 2 < len(toks) and toks[i + 1].text.lower() == "that" and toks[i + 2].text == ",":
            return None  # "Having said that, …": a turn of the author's
        if (prev in lx.determiners or prev in lx.possessive_determiners or prev in lx.demonstratives or prev == _WHOSE
                or (prev in lx.noun_openers and not low.endswith("ed"))) \
                and not (prev in lx.floating_quantifiers and low.endswith("ed")) \
                and not (prev in lx.pronoun_quantifiers and (i == 1 or toks[i - 2].text in (",", ";", ":") or toks[i - 2].text in QUOTE_CHARS
                                                             or toks[i - 2].text.lower() in CONJ_START)
                         and (ctx.pos_at(toks[i].span) == "VERB" or (i + 1 < len(toks) and toks[i + 1].text.lower() == "that"))):
            return None  # "his claims", "the report": a noun ("they all agreed", "Some say …": a quantifier, then the verb)
        k = i - 1
        while k > 0 and (toks[k].text.lower() in lx.verb_prefixes or (toks[k].text.lower().endswith("ly") and toks[k].text[:1].islower())):
            k -= 1  # "were also told", "was widely reported"
        if toks[k].text.lower() in lx.passive_auxiliaries and k < i and not low.endswith("ing") and low != "quoted":
            return None  # "Residents were told that …", "is tweeted by …": passive, the subject is not the speaker
        if lx.possessive_determiners and re.fullmatch(r"[A-Z][\w.-]*['’]s", toks[i - 1].text) and not low.endswith(("ed", "en")) \
                and toks[i - 1].text[:-2].lower() not in lx.contracting_pronouns and ctx.pos_at(toks[i].span) != "VERB":
            return None  # "Editor’s note", "Trump's claims": a noun after a possessive
        if low in lx.speech_nouns and re.fullmatch(r"[\w.-]+['’]s", toks[i - 1].text) and toks[i - 1].text[:-2].lower() not in lx.contracting_pronouns \
                and (ctx.pos_at(toks[i].span) != "VERB" or (relation_at(ctx.doc, toks[i].span) or "").startswith(("nsubj", "obj"))):
            return None  # "the minister's warning that …": a noun after a possessive, the subject or object of the verb after it
        if low in lx.noun_homographs and ctx.pos_at(toks[i].span) in ("NOUN", "PROPN") and not _verb_before_that(ctx, toks, i, lx) \
                and not _closing_tag(toks, i, lx):
            return None  # "member states", "his remarks": the parse reads a noun
        if low.endswith("ed") and i + 1 < len(toks) and toks[i + 1].text.lower() in _participle_prepositions() \
                and relation_at(ctx.doc, toks[i].span) == "acl" and ctx.pos_at(toks[i - 1].span) == "NOUN":
            return None  # "the views expressed in the article", "the concerns voiced by residents": a participle on a noun
        if low.endswith("ed") and i + 1 < len(toks) and toks[i + 1].text.lower() in _participle_prepositions() \
                and toks[i - 1].text in QUOTE_CHARS and ctx.quote_closing_at(toks[i - 1].span.end) is not None \
                and ctx.text[toks[i - 1].span.start - 1 : toks[i - 1].span.start] not in (",", ".", "!", "?", ";", ":"):
            return None  # 'more than the “small plan” unveiled in May': a participle on the quoted noun
        if i + 1 < len(toks) and any(toks[i + 1].text.lower() in lx.reported_object_exclude.get(f.lemma, ()) for f in forms):
            return None  # "pleaded guilty": a plea, no speech act
        if _anonymity(toks, i, lx):
            return None  # "officials who asked not to be named", "spoke on condition of anonymity": who the source is, nothing said
        if low.endswith("ed") and prev in PREPOSITIONS_EN and prev != "as":
            return None  # "of alleged victims", "for reported abuses": a participle after a preposition describes a noun
        if low.endswith("s") and not low.endswith("ss") and prev in PREPOSITIONS_EN:
            return None  # "pleaded not guilty to charges that …", "amid claims that": a plural noun after a preposition
        if low.endswith("ing") and prev in lx.degree_adverbs:
            return None  # "the most telling moment": an adjective
        if low.endswith("ing") and (i + 1 == len(toks) or toks[i + 1].text in (".", ",", ";", "!", "?", ")") or toks[i + 1].text.lower() == "by") \
                and (prev in PREPOSITIONS_EN or ctx.pos_at(toks[i - 1].span) == "ADJ"):
            return None  # "kept for questioning by the police": a noun, nothing said
        if low in lx.naming_participles and _names_after_noun(toks, i, lx):
            return None  # "a group called Northern Front": a name
    if _not_before(toks, i, forms, lx):
        return None  # "Dies ergebe sich aus dem Haushalt", "…, das sich im Süden befindet": a result, a place (lexicon cue_not_before)
    if lx.code == "de" and _stative_passive(toks, i, lx):
        return None  # "Die Ministerin sei gefordert, mehr Geld bereitzustellen": the one called on, no speaker
    if lx.code == "de" and _closes_circumstance(toks, i, lx):
        return None  # "Nachdem er die Frau festgehalten hat, habe er …": a clause of circumstance, the main clause is no speech
    if lx.code == "de":
        # a separable verb's particle closing the clause decides: "rief … auf" is "aufrufen", not "rufen"
        forms = sorted(forms, key=lambda f: f.particle is None)
        if lx.impersonal_only and not any(toks[k].text.lower() == "es" for k in (i - 1, i + 1) if 0 <= k < len(toks)):
            forms = [f for f in forms if f.lemma not in lx.impersonal_only]  # "Blauer Kreis heißt der Verein": a name, no report
    for f in forms:
        if f.particle and lx.code == "en":
            # "pointed out that", "then pointed out": the particle right after the verb; a particle of
            # several words ("made it clear that", "left no doubt that") word for word
            words = f.particle.split()
            if [t.text.lower() for t in toks[i + 1 : i + 1 + len(words)]] == words:
                return f.cls
            continue
        if f.particle:
            if lx.code == "de" and i + 1 < len(toks) and toks[i + 1].text.lower() in lx.particle_verb_not_after.get(f.lemma, ()) \
                    and not _particle_opens_report(toks, i, f.particle, lx):
                continue  # "hielt sich am Geländer fest", "hält an dem Plan fest": a grip or a stance, nothing said
            if low.startswith(f.particle) or (i > 0 and toks[i - 1].text.lower() == f.particle and lx.code == "de"):
                return f.cls  # "bekanntgegeben", "wie X heute bekannt gab": the particle before the verb
            rest = [t.text.lower() for t in toks[i + 1 :]]
            stop = next((k for k, w in enumerate(rest) if w in (",", ":", "dass", ".", "–", ";", "!", "?")), len(rest))
            if lx.code == "de" and lx.separable_particles:
                # "sagt Kooperation zu und beteuert …": the particle before a coordinated verb
                stop = next((k for k, w in enumerate(rest[:stop]) if w in lx.particle_coordinators and k > 0 and rest[k - 1] == f.particle), stop)
            # a separable particle closes its clause: "teilte … mit, dass", "gab … bekannt."
            if stop > 0 and rest[stop - 1] == f.particle:
                return f.cls
            if stop > 0 and rest[stop - 1].startswith("dar") and rest[stop - 1].endswith(f.particle) and lx.code == "de" \
                    and len(rest[stop - 1]) - len(f.particle) >= 5:
                return f.cls  # "wiesen daraufhin, dass …": the particle written together with "darauf"
            continue
        if lx.code == "de" and lx.separable_particles and _other_particle(toks, i, lx):
            return None  # "wertete die Interviews aus", "rief den Minister an": another verb ("auswerten", "anrufen")
        return f.cls
    return None


def _particle_opens_report(toks: list[Token], i: int, particle: str, lx: Lang) -> bool:
    """The separable particle that closes the clause of the German verb at i opens what was said:
    a colon, a complementizer or a clause with a Konjunktiv follows it ("hielt am Dienstag fest,
    dass …", "hielt an der Sitzung fest: …", "hielt an der Sitzung fest, die Lage sei ernst")."""
    end = next((k for k in range(i + 1, len(toks)) if toks[k].text in (".", "!", "?", ";")), len(toks))
    p = next((k for k in range(i + 1, end) if toks[k].text.lower() == particle), None)
    if p is None or p + 1 >= end or toks[p + 1].text not in (",", ":"):
        return False
    if toks[p + 1].text == ":" or (p + 2 < end and toks[p + 2].text.lower() in lx.complementizers):
        return True
    stop = next((k for k in range(p + 2, end) if toks[k].text in (",", ":", "–")), end)
    return any(t.text in lx.konj1 or t.text.lower() in lx.konj2 for t in toks[p + 2 : stop])


def _closes_circumstance(toks: list[Token], i: int, lx: Lang) -> bool:
    """The German participle at i closes a clause of circumstance that opens the sentence ("Nachdem
    die Beamten den Mann festgehalten hatten, …"): the clause opens with one of `never_reported`
    ("nachdem", "während"; `Lang.circumstance_openers`), one or more auxiliaries stand between the
    verb and the comma (`after_auxiliaries`), and no complementizer follows the comma: the main clause after it is no one's speech (not a clause
    inside the sentence: "…, indem er sagte, X würde …" reports what was said). The words of
    `never_reported` that are no subordinators ("was", "sondern", "um") open no such clause. A Konjunktiv after the
    clause's first word ("Nachdem er gesagt hatte, die Brücke sei sicher, …") makes the words after
    the comma what was said; a main clause puts its verb right after the comma ("…, habe er …")."""
    if i == 0 or toks[0].text.lower() not in lx.circumstance_openers:
        return False
    if any(t.text in (",", ";", ":") or t.text in QUOTE_CHARS for t in toks[:i]):
        return False
    k = after_auxiliaries(toks, i + 1, lx)
    if not (i + 1 < k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() not in lx.complementizers):
        return False
    end = next((m for m in range(k + 1, len(toks)) if toks[m].text in (",", ";", ":", ".", "!", "?")), len(toks))
    return not any(t.text in lx.konj1 or t.text.lower() in lx.konj2 for t in toks[k + 2 : end])


def after_auxiliaries(toks: list[Token], k: int, lx: Lang, passive: bool = True) -> int:
    """The first index from k on whose word is no auxiliary of a perfect (`perfect_auxiliaries`,
    `perfect_singular_auxiliaries`) nor, with `passive`, of a passive (`passive_auxiliaries`): where
    the auxiliaries after a German verb-final participle end ("festgehalten hatten, …", "erklärt
    worden war, …"); len(toks) when they run to the end."""
    while k < len(toks):
        w = toks[k].text.lower()
        if not (w in lx.perfect_auxiliaries or (passive and w in lx.passive_auxiliaries) or w in lx.perfect_singular_auxiliaries):
            break
        k += 1
    return k


def _other_particle(toks: list[Token], i: int, lx: Lang) -> bool:
    """The clause of the German verb at i closes with a separable particle (`separable_particles`):
    the verb is that particle's compound, not the cue without a particle. A coordinated verb's
    particle is that verb's ("begrüßte den Plan und griff X an"); a quotation mark closes no clause
    ("nannte den Plan ein «Vorbild»": an article before it)."""
    for k in range(i + 1, len(toks)):
        w = toks[k].text.lower()
        if w in (",", ":", ";", ".", "!", "?", "–", "dass") or w in lx.particle_coordinators:
            return k - 1 > i and toks[k - 1].text.lower() in lx.separable_particles
    return len(toks) - 1 > i and toks[-1].text.lower() in lx.separable_particles


def _anonymity(toks: list[Token], i: int, lx: Lang) -> bool:
    """The cue at toks[i] is part of a phrase of `anonymous_markers` (lexicon) that says why a
    source is not named: after a relative pronoun ("who asked not to be named") or with the
    phrase right after it ("spoke on condition of anonymity")."""
    lows = [t.text.lower() for t in toks[max(0, i - 1) : i + 7]]
    if i == 0:
        lows.insert(0, "")
    here, after = " ".join(lows) + " ", " ".join(lows[2:]) + " "
    return any((m.split()[0] in REL_PRONOUNS and here.startswith(m + " ")) or (m.split()[0] in PREPOSITIONS_EN and after.startswith(m + " "))
               for m in lx.anonymous_markers)


def _verb_before_that(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """A cue form that is as often a noun stands between a name, a subject pronoun or the parse's subject and 'that'
    or a subject pronoun ("The mayor charges that …", "Lee claims that …", "The Ledger reports he …"): a verb,
    whatever a weak parse says. (Not
    after a determiner or possessive, which cue_at has ruled out: "the charges that …".)"""
    if i < 1 or i + 1 >= len(toks) or not (toks[i + 1].text == "that" or (toks[i + 1].text in lx.subject_pronouns
                                                                         and toks[i + 1].text.lower() not in lx.neuter_pronouns)):
        return False  # ("The Daily Ledger reports he was …": a subject pronoun opens the clause)
    prev = toks[i - 1].text
    return prev in lx.subject_pronouns or (prev[:1].isupper() and prev.isalpha()) or (relation_at(ctx.doc, toks[i - 1].span) or "").startswith("nsubj")


@cache
def _tag_only_forms(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "cues").get("tag_only_forms", []))


def _person_role(word: str, lx: Lang) -> bool:
    """A noun of a person or of people (a role, `person_heads`, an anonymous head: "mayor", "official")."""
    low = word.lower()
    return any(low in ws or low in {w.lower() for w in ws} for ws in (lx.person_roles, lx.person_heads, lx.anonymous_heads))


@cache
def _tag_person_forms(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "cues").get("tag_person_forms", []))


def _after_quotation(toks: list[Token], i: int) -> bool:
    """The cue at i is a quotation's tag: a closing quotation mark (and its comma) right before it,
    or before its subject of up to four words, no punctuation in them ("“…,” reacted Ortiz", "“…,”
    Mayor Ortiz reacted", "“…,” the mayor reacted", "“…,” she reacted", "“…,” the city’s mayor reacted")."""
    k = i - 1
    while k >= 0 and i - k <= 4 and _subject_word(toks[k].text):
        k -= 1
    while k >= 0 and toks[k].text in (",", "?", "!", "."):
        k -= 1
    return k >= 0 and toks[k].text in QUOTE_CHARS


def _subject_word(word: str) -> bool:
    """A word of a tag's subject: letters, maybe hyphenated or in the possessive ("city’s", "vice-mayor")."""
    return word.removesuffix("’s").removesuffix("'s").replace("-", "").isalpha() or word in ("'s", "’s")


def _closing_tag(toks: list[Token], i: int, lx: Lang) -> bool:
    """A cue form that is as often a noun closes the sentence after a comma with a name after it,
    or opens an as-clause after one ("…, reports Reuters.", "…, reports the Harbor Ledger.", "As
    Ann Roe reports, …", "As Roe reports for the Ledger, …"): a verb, whatever a weak parse says
    (not "…, reports of fighting", "…, reports said", "as reports show")."""
    if i >= 1 and toks[i - 1].text == ",":
        rest = [t.text for t in toks[i + 1 :]]
        while rest and rest[-1] in (".", "!", "?"):
            rest.pop()
        if rest and rest[0].lower() in lx.determiners and rest[0].lower() not in lx.possessive_determiners:
            rest = rest[1:]
        return 0 < len(rest) <= 5 and all(w[:1].isupper() for w in rest)
    if _speaker_then_closing(toks, i, lx):
        return True
    a = next((k for k in range(i - 1, -1, -1) if toks[k].text.lower() in lx.wie), None)
    if a is None or not (a == 0 or toks[a - 1].text == ",") or a + 1 >= i:
        return False
    return all(t.text[:1].isupper() or t.text.lower() in lx.determiners for t in toks[a + 1 : i]) \
        and i + 1 < len(toks) and toks[i + 1].text in (",", "for", "in", "on")


def _plural_number(toks: list[Token], k: int, end: int) -> bool:
    """The token at `k` is a number ("12", "1,200") and no name that opens with digits: not one
    with letters ("3M") nor one a word is glued to ("3" "M" as split)."""
    w = toks[k].text.replace(",", "").replace(".", "")
    glued = k + 1 < end and toks[k].span.end == toks[k + 1].span.start and toks[k + 1].text[:1].isalpha()
    return w.isdigit() and not glued


def _speaker_then_closing(toks: list[Token], i: int, lx: Lang) -> bool:
    """English: the cue form closes the sentence after a comma and a short noun phrase, its subject
    ("…, the bank reports.", "…, a new study reports.", "…, Anna Roe reports."): one to five words
    after the comma, none a preposition, a cue form or a word of "according to" (not "…, according
    to news reports.", "…, citing local reports."); the first word no quantifier or number of a
    plural, which takes no verb "reports" ("…, both local news reports."; a name that opens with a
    digit is no number: "…, 3M reports.")."""
    if lx.code != "en":
        return False
    end = len(toks)
    while end > 0 and toks[end - 1].text in (".", "!", "?"):
        end -= 1
    if i != end - 1:
        return False
    c = next((k for k in range(i - 1, -1, -1) if toks[k].text == ","), None)
    if c is None or c == 0 or not 1 <= i - c - 1 <= 5:
        return False
    words = [t.text.lower() for t in toks[c + 1 : i]]
    if toks[i].text.endswith("s") and (words[0] in lx.pronoun_quantifiers or words[0] in lx.name_quantifiers
                                       or _plural_number(toks, c + 1, i)):
        return False  # "…, both local news reports.", "…, two new reports.": a plural, no subject of "reports" ("…, both sides claim.")
    return not any(w in PREPOSITIONS_EN or w in lx.forms or w == "according" or not w[:1].isalnum() for w in words)


def after_auxiliary(toks: list[Token], i: int, lx: Lang) -> bool:
    """toks[i] is a bare verb after an auxiliary of `base_auxiliaries` (cues.json) with adverbs
    between ("did show", "would not claim", "can now confirm"). (cue_at takes such a bare form
    only before 'that': "would call them …", "will find it difficult" report nothing.)"""
    k = i - 1
    while k >= 0 and toks[k].text.lower() not in lx.base_auxiliaries and (toks[k].text.lower() in lx.verb_prefixes or toks[k].text.lower() in lx.negations
                      or (toks[k].text.lower().endswith("ly") and toks[k].text[:1].islower())):
        k -= 1
    return k >= 0 and k < i and toks[k].text.lower() in lx.base_auxiliaries and toks[k].text[:1].islower()


def _names_after_noun(toks: list[Token], i: int, lx: Lang) -> bool:
    """toks[i] follows an indefinite noun phrase that is no sentence's subject and precedes a
    name: "joined a party called the Greens", "a leader of a group called Northern Front" (not
    "A spokesman called Lee a liar")."""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if not nxt[:1].isupper() and not (nxt.lower() in lx.determiners and i + 2 < len(toks) and toks[i + 2].text[:1].isupper()):
        return False
    k = next((k for k in range(i - 1, max(-1, i - 4), -1) if toks[k].text.lower() in ("a", "an")), None)
    return k is not None and k > 0 and toks[k - 1].text[:1].isalpha() and toks[k - 1].text[:1].islower() \
        and all(t.text[:1].isalpha() for t in toks[k + 1 : i])


def attributive(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """A participle used as an adjective ("die gut informierte Denkfabrik", "einer am Dienstag veröffentlichten
    Umfrage") is no cue."""
    if lx.code != "de" or i + 1 >= len(toks) or not is_capitalized(toks[i + 1].text):
        return False
    if i >= 1 and toks[i - 1].text in ("Nicht", "nicht", "Nie", "Kaum") and toks[i].text.endswith(("te", "ten")):
        return True
    if i == 1 and toks[0].text.lower() in lx.anaphors and not toks[i].text.lower().startswith("ge"):
        return False  # "Das sagte Parteichef X am Montag": the demonstrative is the object, the verb finite
    k = i - 1
    # (over a time expression too: "einer am Dienstag veröffentlichten Umfrage")
    while k >= 0 and ((toks[k].text[:1].islower() and toks[k].text.lower() not in lx.determiners) or ctx.in_timex(toks[k].span)):
        k -= 1
    return (k >= 0 and k < i - 1 and toks[k].text.lower() in lx.determiners) or (k == i - 1 and k >= 0 and toks[k].text.lower() in lx.determiners)



def takes_addressee(lx: Lang, word: str) -> bool:
    """The cue form `word` names whom it is said to right after it ("told reporters", "reminded
    the court"): `takes_addressee` in `resources/<lang>/cues.json`."""
    return word.lower() in _addressee_forms(lx.code)


@cache
def _addressee_forms(code: str) -> frozenset[str]:
    verbs = load(code, "cues").get("verbs", {})
    return frozenset(f.lower() for v in verbs.values() if v.get("takes_addressee") for f in v["forms"])


@cache
def _infinitive_particles(code: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The particles of an infinitive clause (`infinitive_particles` of resources/<lang>/cues.json:
    "zu") and a pattern of an infinitive with one inside a separable verb ("bereitzustellen",
    "anzufordern"), or None without particles."""
    words = frozenset(load(code, "cues").get("infinitive_particles", []))
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return words, (re.compile(rf"[a-zäöüß]+(?:{alt})[a-zäöüß]{{2,}}n") if words else None)


def _stative_passive(toks: list[Token], i: int, lx: Lang) -> bool:
    """A German participle of a cue right after a form of "sein" (`stative_auxiliaries`) and
    before a comma that opens a zu-infinitive: "X ist gefordert, … zu tun", "Y sei aufgerufen, …
    anzupacken" — the subject is the one called on, not a speaker."""
    if i == 0 or i + 2 >= len(toks) or toks[i - 1].text.lower() not in lx.stative_auxiliaries or toks[i + 1].text != ",":
        return False
    particles, fused = _infinitive_particles(lx.code)
    for t in toks[i + 2 :]:
        if t.text in (",", ";", ":", ".", "–"):
            return False
        if t.text in particles or (fused is not None and fused.fullmatch(t.text)):
            return True
    return False

