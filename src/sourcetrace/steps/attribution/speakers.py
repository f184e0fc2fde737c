"""Speakers: who is the subject of a cue."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ...document import Document, Sentence, Span, Token
from ...resources import load
from ...textutil import lowered, whole_words
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_DE,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    is_camel_name,
    is_capitalized,
    lang,
    person_noun,
    skip_conjunction,
    skip_conjunctions,
)
from ..sources import classify_mention, full_name, gazetteer_names
from ..sources.gazetteer import is_role
from ..sources.mentions import COMPANY_SUFFIXES
from ..sources.persons import place_name
from ..syntax import entities_overlapping, relation_at, root_verb, subject_of, words_in
from .contents import en_content_start
from .context import QUOTE_CHARS, Context, strip_span
from .cues import after_auxiliaries, attributive, cue_at
from .phrases import day_words, np_forward, opens_phrase, skip_adverbials

#: endings of German adverbs that open a sentence ("Offiziell", "Ähnlich", "Bezeichnenderweise")
_ADVERB_END = re.compile(r"(?:lich|ell|isch|ig|bar|weise|falls|dings|erdings|ens|ähnlich)$")
#: a present participle used as an adverb ("Mildernd wertete das Gericht …", "Abschließend sagte sie …")
_PARTICIPLE_ADVERB = re.compile(r"\w{3,}[elr]nd$")


#: a dateline that opens the sentence before its subject ("Berlin (dpa) – Der Minister …", "Wien - Die
#: Polizei …", "Bonn (AFP/dpa) — …"): a place of one or two capitalised words, the agency's bracket,
#: a dash (a hyphen only with a space before it, not "Berlin-Mitte")
_DATELINE = re.compile(r"[A-ZÄÖÜ][\w./'’]*(?:\s+[A-ZÄÖÜ][\w./'’]*)?\s*(?:\([^()\n]{1,20}\)\s*)?(?:[–—]|(?<=\s)-)\s+(?=[A-ZÄÖÜ])")


def past_dateline(ctx: Context, toks: list[Token], s: int, i: int) -> int:
    """The first token at or after toks[s] (and up to toks[i]) past a dateline that opens there. A
    dateline opens a paragraph, and no second dash follows it before the cue ("Anna Roe – Chefin der
    Firma – sagte": an apposition between dashes, not a dateline)."""
    start = toks[s].span.start if s < i else 0
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if s >= i or ctx.text[line_start:start].strip():
        return s
    dateline = _DATELINE.match(ctx.text, start, toks[i].span.start)
    if dateline is None or any(t.text in ("–", "—", "-") and t.span.start >= dateline.end() for t in toks[s:i]):
        return s
    return next(k for k in range(s, i + 1) if toks[k].span.start >= dateline.end())


def _time_phrase(ctx: Context, toks: list[Token], s: int, e: int, lx: Lang) -> bool:
    """toks[s:e] tells a time, no one: wholly a time expression ("Am Montag", "Anfang der Woche"),
    or a part of a period before a lower-case word ("Ende des Monats", "Mitte letzter Woche";
    `period_words` of resources/de/lexicon.json)."""
    if e <= s:
        return False
    if all(ctx.in_timex(t.span) for t in toks[s:e]):
        return True
    return e - s >= 2 and toks[s].text in lx.period_words and toks[s + 1].text[:1].islower()


def _subordinate_clause_subject(ctx: Context, toks: list[Token], s: int, i: int, lx: Lang) -> tuple[int, int] | None:
    """A German clause opened at toks[s] by a subordinator of `circumstance_subordinators` ("während",
    "als", "nachdem") whose verb-final cue at toks[i] (with its auxiliaries) closes it before a comma:
    the noun phrase right after the subordinator is the cue's subject ("Während die Sprecherin
    erklärt hatte, …", where "während" also reads as a preposition and the parse may hang the noun
    on it). None unless that phrase runs up to the cue (an object between them: no subject found)."""
    if toks[s].text.lower() not in lx.circumstance_subordinators or s + 1 >= i:
        return None
    k = after_auxiliaries(toks, i + 1, lx, passive=False)
    if k >= len(toks) or toks[k].text != ",":
        return None
    e = np_forward(ctx, toks, s + 1, lx, apposition=False)
    first = toks[s + 1].text.lower()
    return (s + 1, e) if e == i and (first not in lx.np_stop or first in lx.determiners) else None


def subject_before(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """The subject that stands before the verb at toks[i] (V2 with subject first)."""
    s = 0
    if i > 0 and toks[0].text in QUOTE_CHARS and any(
        not ctx.name_like(q.inner) for q in ctx.quotes_at(toks[1].span.start if len(toks) > 1 else 0)
    ):
        return None  # the prefix is a quotation: "«…», sagte X"
    if lx.code == "de":
        # "…, aber man deutete an": a clause joined after a comma has its own subject
        s = next((k + 1 for k in range(i - 2, 0, -1) if toks[k].text in (",", ";") and toks[k + 1].text.lower() in lx.clause_joiners
                  and not ctx.inside_any_quote(toks[k].span.start)), 0)
    s = past_dateline(ctx, toks, s, i)  # "Berlin (dpa) – Der Minister …": no part of the subject
    while s < i and (toks[s].text.lower() in CONJ_START or toks[s].text in ("–", "-", ":", '"', "“", "„", "«", "»")):
        s += 1
    for k in range(s, i - 1):
        if toks[k].text == ":" or "\n" in ctx.text[toks[k].span.end : toks[k + 1].span.start]:
            s = k + 1  # "Vorweg: Die Politiker bestreiten …", a heading on the line before: no part of the subject
    if s >= i:
        return None
    first = toks[s].text
    low = first.lower()
    preps = PREPOSITIONS_DE if lx.code == "de" else PREPOSITIONS_EN
    if lx.code == "de" and low in lx.oblique_openers:
        return None  # "Des Weiteren …", "Dem Bericht …": no nominative, no subject
    if lx.code == "de" and low in lx.name_particles and first[:1].isupper() and 1 < i - s <= 4 and i + 1 < len(toks) \
            and toks[i + 1].text in (",", ":") and toks[i - 1].text[:1].isupper() \
            and all(t.text[:1].isupper() or t.text in ("der", "den") for t in toks[s + 1 : i]):
        return s, i  # "Von der Leyen betonte, …": nothing after the verb can be its subject, so the name is
    if lx.code == "de" and (sub := _subordinate_clause_subject(ctx, toks, s, i, lx)) is not None:
        return sub  # "Während die Sprecherin erklärt hatte, der Weg werde frei, …": the clause's own subject
    if low in preps or low in SUBORDINATORS or (low in lx.anaphors and lx.code == "de" and i == s + 1) or (
        low in lx.np_stop and low not in lx.determiners
    ):
        return None
    if lx.code == "de" and i == s + 3 and toks[s + 1].text.lower() in lx.coordination and toks[s + 2].text.isalpha() \
            and toks[s + 2].text.islower() and toks[s + 2].text not in lx.subject_pronouns | lx.person_pronouns:
        return None  # "Hart und erniedrigend nannte X die Abmachung": a predicate fronted, no noun phrase; the subject follows the verb
    # the subject ends at the first finite verb-ish token (another cue, an aux, "bezog sich")
    e = s
    depth = 0
    rel_at: int | None = None  # the comma that opens a relative clause on the subject
    while e < i:
        t = toks[e].text
        lw = t.lower()
        if t == "," and depth == 0 and e + 1 < i and toks[e + 1].text.lower() in REL_PRONOUNS:
            depth = 1
            rel_at = e
        elif t == "," and depth == 1:
            depth = 0
            e += 1
            break
        elif depth == 0 and e > s and (t in AUX or (lx.forms.get(lw) and t[:1].islower() and not attributive(ctx, toks, e, lx)) or lw in _relying_forms(lx.code)
                                       or (t[:1].islower() and lx.konjunktiv(t))):
            break  # a finite verb ends the subject (a Konjunktiv too: "Er wisse nicht, ob …, sagte X")
        elif depth == 0 and t == ",":
            # an apposition: "Der Fraktionschef der Partei, Ole Brandt, wird …"
            close = next((k for k in range(e + 1, min(i, e + 11)) if toks[k].text == ","), None)
            if close is None or any(toks[k].text in AUX or toks[k].text.lower() in lx.forms for k in range(e + 1, close)) \
                    or (lx.code == "de" and toks[e + 1].text.lower() in SUBORDINATORS):
                return None  # (", ob …," opens a clause, no apposition; English ", as of 2016," is a phrase)
            if lx.code == "de" and any(toks[k].text[:1].islower() and (lx.konjunktiv(toks[k].text) or ctx.pos_at(toks[k].span) in ("VERB", "AUX"))
                                       for k in range(e + 1, close)):
                return None  # "Teile standen unter Wasser, die Fertigung ruhe, sagte X": a clause with its own verb, no apposition
            if lx.code == "en" and toks[e + 1].text[:1].islower() and toks[e + 1].text.endswith("ing"):
                return None  # ", opening the harbour,": a participle clause, no apposition
            e = close + 1
            continue
        e += 1
    if rel_at is not None and lx.code == "de" and rel_at > s and not (
        rel_at + 2 < i and is_capitalized(toks[rel_at + 2].text) and toks[rel_at + 1].text.lower() in lx.determiners
        and not toks[rel_at + 2].text[:1].islower() and _apposition_like(toks, rel_at + 2, i, lx)
    ):
        e = rel_at  # "Die Behörde, die … mitteilte, erklärte": the relative clause is no part of the speaker
    # drop trailing adverbs ("allerdings", "jedoch")
    while e > s and toks[e - 1].text.lower() in (lx.np_stop | CONJ_START | {","}) and toks[e - 1].text.lower() not in lx.determiners \
            and not (lx.code == "de" and e - 1 > s and toks[e - 1].text[:1].isupper()):  # "Peter Kurz": a surname
        e -= 1
    if lx.code == "en" and e - s > 1 and toks[e - 1].text.lower() in lx.floating_quantifiers:
        e -= 1  # "the senators all (said)": a floating quantifier after the subject
    if lx.code == "de" and e - s > 2 and "und" in [t.text for t in toks[s + 1 : i]]:
        # "Er akzeptierte die Niederlage und kommentierte …": the subject is the phrase before the
        # first verb; the cue is the second verb of the same subject
        e0 = np_forward(ctx, toks, s, lx)
        if s < e0 < e and toks[e0].text[:1].islower() and toks[e0].text.lower() not in lx.determiners \
                and toks[e0].text.lower() not in PREPOSITIONS_DE and toks[e0].text not in (",", "und") \
                and "und" in [t.text for t in toks[e0:i]]:
            return s, e0
    if e <= s or e - s > 25:
        return None
    if lx.code == "de" and _time_phrase(ctx, toks, s, e, lx):
        return None  # "Anfang des Monats hatte das Amt gemeldet": a time phrase, the subject follows the verb
    if e - s == 1 and _ADVERB_END.search(toks[s].text.lower()):
        return None  # "Offiziell hieß es …", "Ähnlich äußerte sich …": an adverb, not the subject
    if e - s == 1 and fronted_predicative(ctx, toks, s, i, lx):
        return None  # "Begeistert zeigte sich der Trainer: …": the subject follows the reflexive
    if lx.code == "de" and not (is_capitalized(toks[s].text) or is_adjective_like(toks[s].text) or (s > 0 and low in lx.nominative_openers)):
        return None  # not "Auch die Zeitung meldete": after a conjunction the article is lower-case
    if lx.code == "en":
        inner = [t.text for t in toks[s + 1 : e]]
        if e - s > 10 or any(w[:1].islower() and (w.endswith(("ed", "ing")) or w in AUX or w in ("to", "who", "which", "that", "because", "if", "when", "after", "but", "and")) for w in inner if w not in ("former", "acting")):
            if not (e - s <= 14 and "," in inner):
                return None
    return s, e


#: punctuation that ends the clause before a subject (the words that do: `Lang.clause_boundaries`)
_CLAUSE_PUNCT = frozenset([",", ";", ":", "—", "–", "-", "--", "(", ")"])


def _en_verb_like(word: str, lx: Lang) -> bool:
    w = word.lower()
    return word[:1].islower() and (w in AUX or w in lx.forms or w.endswith("ed") or w in ("to", "do", "does", "did"))


def _apposition_like(toks: list[Token], a: int, i: int, lx: Lang) -> bool:
    """toks[a:] up to the next comma (before i) is a noun phrase without a verb: ", die Anwältin
    der Frau," is an apposition, ", die den Fall prüft," a relative clause."""
    for k in range(a, i):
        t = toks[k].text
        if t == ",":
            return True
        if t[:1].islower() and (t in AUX or t.lower() in lx.forms or (t.endswith(("t", "te", "ten", "en")) and not is_adjective_like(t)
                                                                         and t.lower() not in lx.determiners and t.lower() not in PREPOSITIONS_DE)):
            return False
    return True


#: a party's letter and a state in brackets after a politician's name ("(D-Ohio)", "(R)", "(I-Vt.)")
PARTY_BRACKET = re.compile(r"\(\s*[A-Z](?:-[A-Z][\w. ]{0,20})?\s*\)")


def _before_party_bracket(ctx: Context, toks: list[Token], b: int) -> int:
    """Where a party's bracket that ends just before toks[b] opens ("Ann Lee (D-Ore.) said"), else `b`."""
    if b < 2 or toks[b - 1].text != ")":
        return b
    o = next((k for k in range(b - 2, max(-1, b - 9), -1) if toks[k].text == "("), None)
    if o is None or o == 0 or not PARTY_BRACKET.fullmatch(ctx.text[toks[o].span.start : toks[b - 1].span.end]):
        return b
    return o


def en_subject(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """The subject of an English verb at toks[i]: the noun phrase that closes the clause before
    it ("Indeed, supporters of the plan say", "Using a crude expression, he said", "Trump on
    Monday also said"); a fronted adverbial or participle before a comma is not the subject. A
    party's bracket after a name is no boundary (rule attr.speaker.en.party_bracket, session 36:
    "On Sunday, Ann Lee (D-Ore.) said": the name; its extent adds the bracket)."""
    b = _verb_group_start(ctx, toks, i, lx, timex=True)
    while b > 0 and toks[b - 1].text.lower() in ("on", "in", "at", "last", "this") and b < i:
        b -= 1  # the preposition of a skipped time expression
    b = _before_party_bracket(ctx, toks, b)
    c = b
    def boundary(w: str) -> bool:
        return w in _CLAUSE_PUNCT or w in QUOTE_CHARS or w.lower() in lx.clause_boundaries

    while c > 0 and not boundary(toks[c - 1].text) and b - c < 13:
        c -= 1
    if c > 0 and not boundary(toks[c - 1].text):
        return None  # longer than a subject
    while c < b and (ctx.in_timex(toks[c].span) or (toks[c].text.lower() in lx.np_stop and toks[c].text.lower() not in lx.determiners)):
        c += 1  # "Last week Trump said", "Sometimes they say"
    if c >= b:
        return None
    words = [t.text for t in toks[c:b]]
    first = words[0].lower()
    if first in lx.np_stop or first.endswith("ly") or first in PREPOSITIONS_EN or first in SUBORDINATORS:
        return None
    if any((_en_verb_like(w, lx) and not _in_noun_phrase(words, k, lx))
           or (w.lower().endswith("ing") and w[:1].islower() and not (k > 0 and words[k - 1].lower() in lx.determiners))
           for k, w in enumerate(words)):
        return None  # (not "the hearing", "a briefing": a noun after an article)
    if not any(w[:1].isalpha() for w in words):
        return None
    return c, b


#: punctuation that ends an English noun phrase read backwards (the words that do: `Lang.np_back_stops`)
_NP_BACK_PUNCT = frozenset([",", ";", ":", "(", ")", "—", "–", "-"])


def _verb_group_start(ctx: Context, toks: list[Token], i: int, lx: Lang, *, timex: bool) -> int:
    """The first token of the verb group that ends with the cue at toks[i]: back over auxiliaries,
    verb particles and lower-case -ly adverbs ("has also repeatedly said"), and with `timex` over
    time expressions too ("Monday also said")."""
    b = i
    while b > 0 and (toks[b - 1].text.lower() in AUX or toks[b - 1].text.lower() in lx.verb_prefixes
                     or (lx.ly_adverb(toks[b - 1].text) and toks[b - 1].text[:1].islower())
                     or (timex and ctx.in_timex(toks[b - 1].span))):
        b -= 1
    return b


def _np_back(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int:
    """Start of the English noun phrase that ends just before toks[e] ("members of the
    government"): back over nouns, names, determiners and "of", at most 8 words."""
    b = e
    while b > 0 and e - b < 8:
        w = toks[b - 1].text
        low = w.lower()
        if low in _NP_BACK_PUNCT or low in lx.np_back_stops or w in QUOTE_CHARS or (low in PREPOSITIONS_EN and low != "of") or low in SUBORDINATORS \
                or _en_verb_like(w, lx) or (w[:1].islower() and w.endswith("ing")) or (low in lx.np_stop and low not in lx.determiners) \
                or (w[:1].islower() and ctx.pos_at(toks[b - 1].span) in ("VERB", "AUX")):
            break  # (a verb the spelling rules miss: "Lee met Tom Reed, who …")
        if low == "of" and b > 1 and ctx.pos_at(toks[b - 2].span) in ("ADJ", "ADV", "VERB", "AUX"):
            break  # "critical of Republicans who …": "of" after an adjective opens no part of the noun phrase
        b -= 1
    while b < e and toks[b].text.lower() == "of":
        b += 1
    return b


#: a contracted auxiliary on a relative pronoun ("who's", "who'd", "who've")
_CONTRACTED_AUX = re.compile(r"['’](?:s|d|ve)$")


def en_relative_subject(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int, int] | None:
    """'the government, which has denied …', 'Ann Lee, a lawyer from Ohio, who said …': the relative
    pronoun before the cue (its index) and the noun phrase it stands for (start, end); an
    apposition after a name ("a lawyer from Ohio") stands for the name before it."""
    b = i
    while b > 0 and (toks[b - 1].text.lower() in AUX or toks[b - 1].text.lower() in lx.verb_prefixes
                     or (lx.ly_adverb(toks[b - 1].text) and toks[b - 1].text[:1].islower()) or ctx.in_timex(toks[b - 1].span)):
        b -= 1
        if b > 1 and ctx.in_timex(toks[b].span) and toks[b - 1].text.lower() in lx.time_prepositions:
            b -= 1  # "who in 2010 said": the preposition of a time between the pronoun and the cue
    if b < 2 or _CONTRACTED_AUX.sub("", toks[b - 1].text.lower()) not in ("who", "which"):
        return None  # "who said", "who's called for" (who has)
    r = b - 1
    e = r - 1 if toks[r - 1].text == "," else r
    s = _np_back(ctx, toks, e, lx)
    if s >= e:
        return None
    if s > 2 and toks[s - 1].text == "," and toks[s].text[:1].isupper():
        s4 = _np_back(ctx, toks, s - 1, lx)  # "from Austin, Texas": a place and its state
        if 1 < s4 < s - 1 and toks[s4 - 1].text.lower() in PREPOSITIONS_EN and toks[s4].text[:1].isupper():
            s = s4
    if s > 1 and toks[s - 1].text.lower() in PREPOSITIONS_EN and ctx.pos_at(toks[s - 2].span) not in ("ADJ", "ADV"):
        s2 = _np_back(ctx, toks, s - 1, lx)  # "a lawyer from Ohio" (not "in particular with the council", "critical of Republicans")
        if s2 < s - 1 and (toks[s2].text.lower() in lx.determiners or toks[s2].text[:1].isupper()) \
                and (toks[s - 2].text[:1].isupper() or person_noun(toks[s - 2].text, lx)):
            s = s2  # (not "a sharper attack on Lee, who": the noun before the preposition names no one)
    if s > 2 and toks[s - 1].text.lower() in lx.verb_prefixes and toks[s - 2].text == "," and toks[s].text.lower() in lx.determiners:
        s -= 1  # "Tom Reed, now the council leader, who …": an adverb opens the apposition
    if s > 1 and toks[s - 1].text == "," and (toks[s].text.lower() in lx.determiners or toks[s].text[:1].islower()):
        s3 = _np_back(ctx, toks, s - 1, lx)  # an apposition: the name before it
        if s3 < s - 1 and toks[s3].text[:1].isupper():
            return r, s3, s - 1
    return r, s, e


def _in_noun_phrase(words: list[str], k: int, lx: Lang) -> bool:
    """words[k] looks like a verb but belongs to a noun phrase: "to" before a determiner, a
    pronoun or a name ("sources close to her campaign"), a participle before its agent ("research
    conducted by the institute")."""
    w = words[k].lower()
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if k == 0:
        return False
    if w == "to":
        return nxt.lower() in lx.determiners or nxt.lower() in lx.possessive_determiners or nxt.lower() in lx.demonstratives or nxt[:1].isupper()
    prev = words[k - 1].lower()
    if w in lx.np_postmodifiers and nxt.lower() in PREPOSITIONS_EN:
        return True  # "a diplomat briefed on the talks", "officials involved in the plan"
    back = [x.lower() for x in words[max(0, k - 3) : k]]
    if w in lx.noun_homographs and any(x in lx.np_postmodifiers for x in back):
        return True  # "people familiar with the talks": a noun of the phrase's preposition
    if w.endswith("ed") and (prev in lx.determiners or prev == "of" or prev[:1].isdigit()) and nxt[:1].islower() \
            and nxt.lower() not in lx.determiners and nxt.lower() not in PREPOSITIONS_EN:
        return True  # "of registered voters", "the elected officials": an adjective
    return w.endswith("ed") and nxt.lower() == "by"


@dataclass(frozen=True)
class Speaker:
    """Where a cue's speaker stands.

    `where`: "before" (subject first: "X sagte"), "after" (inverted: "sagte X", "erklärte gestern
    der Präsident"), "after_aux" ("hatte das Komitee betont"), "sentence" (English: the subject
    that opens the sentence, "X …, saying …"), "none" (no subject in the sentence: "Said …" in a
    post; the previous subject is meant), "agent" (a passive's von-phrase), "passive" (a passive
    without agent: the speaker is not named)."""

    span: Span | None
    where: str
    after: int  # the first token after the cue (and an inverted speaker): where the content may start
    refers: Span | None = None  # the antecedent a relative pronoun stands for ("die Anwältin, die angab")
    rule: str = ""  # a tail for the rule of what the speaker's rule made ("+name_before_apposition")


#: An optional syntax layer: the subject (token range) of the verb at a token index, or None when
#: it cannot tell. Set `Context.syntax_subject` to one (for example from a dependency parse).
SubjectFinder = Callable[[Sentence, int], "tuple[int, int] | None"]


def fronted_predicative(ctx: Context, toks: list[Token], s: int, i: int, lx: Lang) -> bool:
    """German: the one word toks[s] right before the verb toks[i] is a predicative adjective or
    participle, not the subject, when a reflexive pronoun follows the verb and a noun phrase that
    can be a nominative follows that ("Begeistert zeigte sich der Trainer: …", "Erfreut äußerte
    sich auch Ministerin Lang"); a name or a role before the verb stays the subject ("Merkel
    zeigte sich der Kritik gegenüber offen"). An adverb of manner (`manner_adverbs`: "Scharf
    kritisierte auch die Linke …") is never the subject, with or without a reflexive."""
    if lx.code != "de" or i != s + 1 or i + 2 >= len(toks):
        return False
    word = toks[s].text
    if not word[:1].isupper() or word in lx.person_roles or bool(entities_overlapping(ctx.doc, toks[s].span)):
        return False
    if word.lower() in lx.manner_adverbs:
        return True  # "Scharf kritisierte auch die Linke den Beschluss: …"
    if toks[i + 1].text.lower() not in lx.reflexive_pronouns:
        return False
    j = skip_adverbials(ctx, toks, i + 2, lx)
    if j >= len(toks):
        return False
    nxt = toks[j]
    return nxt.text.lower() in lx.nominative_openers or nxt.text in lx.person_roles or nxt.text in lx.inverted_pronouns \
        or any(ent.label in ("PER", "ORG") and ent.span.start == nxt.span.start for ent in ctx.doc.entities)


def _fronted_participle_agent(ctx: Context, toks: list[Token], i: int, lx: Lang) -> Speaker | None:
    """A passive with its participle fronted ("Kritisiert wurde der Plan von den Grünen: …",
    "Betont wurde, dass …"): the agent is the von-phrase that closes the clause; no one when
    there is none. None when the cue at i is no such participle."""
    lows = lowered(toks)
    s0 = skip_conjunction(lows)
    if i != s0 or i + 1 >= len(toks) or lows[i + 1] not in lx.process_passive_auxiliaries:
        return None
    # (the cue is a participle: one phrase stands before the finite "wurde", so "kritisiert" is no present)
    stop = next((m for m in range(i + 2, len(toks)) if toks[m].text in (",", ":", ";", ".") or toks[m].text in QUOTE_CHARS), len(toks))
    k = next((m for m in range(i + 2, stop) if lows[m] in _passive_agents(lx.code)), None)
    e = np_forward(ctx, toks, k + 1, lx, apposition=False) if k is not None else -1
    if k is not None and e == stop:
        return Speaker(Span(toks[k + 1].span.start, toks[e - 1].span.end), "agent", e)
    return Speaker(None, "passive", i + 2 if stop == i + 2 else stop)


@cache
def _lex_words(code: str, key: str) -> frozenset[str]:
    """The words of list `key` of the language's lexicon.json, lower-cased."""
    return frozenset(w.lower() for w in load(code, "lexicon").get(key, []))


@cache
def _relying_forms(code: str) -> frozenset[str]:
    """Finite forms of the verbs of relying on a source ("beruft sich auf", "stützte sich auf":
    `relying_verb_forms` of lexicon.json): a finite verb that ends a subject."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("relying_verb_forms", []))


@cache
def _document_participles(code: str) -> frozenset[str]:
    """`document_participles` of according.json ("released", "published"): they date a document after its noun."""
    return frozenset(load(code, "according").get("document_participles", []))


@cache
def _passive_agents(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "according").get("passive_agents", []))


@cache
def _finite_werden(code: str) -> frozenset[str]:
    """The finite forms of the passive auxiliary ("wird", "wurde": `passive_finite_auxiliaries`)."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("passive_finite_auxiliaries", []))


@cache
def _passive_places(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "according").get("passive_places", []))


#: the kinds of body a phrase of place names as the speaker of a passive (`_passive_place`): no place, person or thing
_PLACE_BODIES = frozenset({"government", "police", "court", "party", "company", "organization", "organisation", "ngo",
                           "international_org", "military", "intelligence", "media", "news_agency"})


def _passive_place(ctx: Context, toks: list[Token], i: int, lx: Lang) -> Span | None:
    """German (session 38): a passive cue with no agent in a clause that opens with a phrase of the body where
    it was said ("Im Finanzministerium wurde betont, dass …", "Seitens der Polizei wurde mitgeteilt, …",
    `passive_places`) right before the finite auxiliary: the body (a kind of `_PLACE_BODIES`, not a
    place or a country: "In Wien wurde betont" names no speaker; not a text or a statement that names its
    author, "In einem Bericht der Zeitung wird vermutet") said it. None otherwise."""
    s = 0
    while s < i and lowered(toks)[s] in CONJ_START:
        s += 1
    if s + 2 >= i or toks[s].text.lower() not in _passive_places(lx.code):
        return None
    e = np_forward(ctx, toks, s + 1, lx)
    if not s + 1 < e < i or toks[e].text.lower() not in _finite_werden(lx.code):
        return None
    sp = Span(toks[s + 1].span.start, toks[e - 1].span.end)
    words = ctx.text[sp.start : sp.end].split()
    if any(place_name(w) for w in words) or any(x.label == "LOC" and x.span.overlaps(sp) for x in entities_overlapping(ctx.doc, sp)):
        return None
    if any(w[:1].isupper() and (w.lower() in lx.speech_nouns or classify_mention(w, lx)[1] == "document") for w in words):
        return None  # "In einem Bericht der Zeitung wird vermutet, …": a text, no body where it was said
    return sp if classify_mention(ctx.text[sp.start : sp.end], lx)[1] in _PLACE_BODIES else None


def de_passive(lows: list[str], i: int, lx: Lang) -> bool:
    """A German passive around the cue at i: "Insbesondere wird kritisiert, dass …" (a form of
    werden before it, a clause or the sentence's end after it, and the cue is a participle)."""
    return any(lows[k] in _finite_werden(lx.code) for k in range(i)) and (
        i + 1 >= len(lows) or lows[i + 1] in (",", ".", ":", ";", "dass", "–")
    ) and all(f.lemma != lows[i] for f in lx.forms.get(lows[i], []))


#: relations (without subtype) that say a phrase before a German verb is no subject ("Der Zeitung sagte X")
_NOT_SUBJECT = frozenset({"obj", "iobj", "obl", "advmod", "nmod", "ccomp", "advcl"})


def _participle_adverb(ctx: Context, toks: list[Token], s: int, e: int, i: int) -> bool:
    """German: toks[s:e], one word right before the verb at i, is a present participle used as an adverb
    ("Mildernd wertete das Gericht, dass …", `_PARTICIPLE_ADVERB`), no subject: the parse and the entities
    may call it a name, but a surname alone has its full name somewhere in the text (`full_name`)."""
    return e - s == 1 and s + 1 == i and bool(_PARTICIPLE_ADVERB.match(toks[s].text.lower())) and full_name(ctx.doc, toks[s].text) is None


def de_parse_subject(ctx: Context, toks: list[Token], i: int, lx: Lang, subj: tuple[int, int]) -> tuple[int, int] | None:
    """The German parse's subject of the cue at i, where the rules should follow it; None where
    they decide alone: an expletive or impersonal subject ("heißt es", "sagt man"), a passive
    (its agent is a von-phrase), and a subject after the verb while the rules find one before it
    that the parse does not call an object or adverbial (V2 with the subject first is the common
    order; "Der Zeitung sagte X" fronts the dative). After the verb the rules draw the phrase's
    edges from where the parse starts it ("sagte X der Nachrichtenagentur AFP" → X)."""
    lows = lowered(toks)
    s, e = subj
    if (e - s == 1 and lows[s] in lx.impersonal_pronouns) or lows[s] in lx.oblique_openers:
        return None  # "Dem Sender sagte die Ministerin": a dative is never the subject
    if s < i and lows[s] in PREPOSITIONS_DE:
        return None  # "Gegenüber der Nachrichtenagentur X sagte ein Sprecher": a prepositional phrase is no subject
    if de_passive(lows, i, lx):
        return None
    if _time_phrase(ctx, toks, s, e, lx):
        return None  # "Anfang des Monats hatte das Amt gemeldet": a time phrase is no subject
    first = 0
    while first < s and (lows[first] in CONJ_START or toks[first].text in QUOTE_CHARS | {"–", "-", ":"}):
        first += 1
    if s == first and e - s == 1 and (skip_adverbials(ctx, toks, s, lx) > s or _ADVERB_END.search(lows[s]) or fronted_predicative(ctx, toks, s, i, lx)):
        return None  # a fronted adverb or adjective the parse took for the subject ("Unterdessen verlangen …")
    if s == first and _participle_adverb(ctx, toks, s, e, i):
        return None
    if s < i:
        e2 = np_forward(ctx, toks, s, lx)
        return (s, e2) if s < e2 <= i else subj  # the rules' edges ("die Anwältin (dem Richter)")
    if s > i:
        if any(t.text in (",", ";", ":", "–") or t.text in QUOTE_CHARS for t in toks[i + 1 : s]):
            return None  # an inverted subject stands in the verb's own clause, before any comma
        ruled = subject_before(ctx, toks, i, lx)
        if ruled is not None:
            rel = relation_at(ctx.doc, Span(toks[ruled[0]].span.start, toks[ruled[1] - 1].span.end))
            if rel is None or rel.split(":")[0] not in _NOT_SUBJECT:
                return None
        e2 = np_forward(ctx, toks, s, lx)
        if e2 > s:
            return s, e2
    return subj


def fronted_medium(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[Span, tuple[int, int]] | None:
    """"Der Zeitung «Welt» sagte Huber, …", "Dem Sender sagte die Ministerin …" (German): a medium
    fronted in the dative is the addressee of the cue at i, a downstream link; the subject stands
    after the verb. Returns (the medium, the subject's token range), else None."""
    from .media import is_medium

    if lx.code != "de":
        return None
    n = len(toks)
    lows = lowered(toks)
    s = 0
    while s < i and (lows[s] in CONJ_START or toks[s].text in QUOTE_CHARS | {"–", "-", ":"}):
        s += 1
    if s >= i or lows[s] not in _lex_words(lx.code, "dative_singular_articles"):
        return None
    e = np_forward(ctx, toks, s, lx, apposition=False)
    if e != i:
        return None  # the phrase must stand right before the verb
    medium = Span(toks[s].span.start, toks[e - 1].span.end)
    if not is_medium(ctx, medium, lx):
        return None
    j = skip_adverbials(ctx, toks, i + 1, lx)
    if j >= n:
        return None
    if _inverted_pronoun(toks, j, lx):
        return medium, (j, j + 1)
    if lows[j] in _lex_words(lx.code, "oblique_articles") or not (toks[j].text[:1].isupper() or lows[j] in _lex_words(lx.code, "nominative_articles")):
        return None
    e2 = np_forward(ctx, toks, j, lx)
    if e2 <= j or is_medium(ctx, Span(toks[j].span.start, toks[e2 - 1].span.end), lx):
        return None
    return medium, (j, e2)


def relative_speaker(ctx: Context, toks: list[Token], i: int, lx: Lang) -> Speaker | None:
    """"die Anwältin Eva Roth, die am Montag angab, dass …" (German): the cue closes a relative
    clause whose subject is its pronoun; the speaker's mention is the pronoun, standing for the
    noun phrase before the comma (`Speaker.refers`)."""
    if lx.code != "de" or i < 3 or i + 1 >= len(toks) or toks[i + 1].text not in (",", ":"):
        return None
    k = i - 1
    while k > 1 and toks[k].text not in (",", ";") and toks[k].text not in QUOTE_CHARS and toks[k].text not in AUX and i - k <= 12:
        k -= 1
    if toks[k].text != "," or k + 1 >= i or toks[k + 1].text.lower() not in REL_PRONOUNS:
        return None
    nxt = toks[i + 2].text if i + 2 < len(toks) else "."
    if nxt[:1].islower() and (nxt in AUX or nxt.lower() in lx.forms):
        return Speaker(None, "relative_then_verb", i + 1)  # "X, den die Zeitung zitiert, kommentierte, …": the main clause goes on
    k += 1  # the relative pronoun
    j = skip_adverbials(ctx, toks, k + 1, lx)
    if j + 1 < i and f"{toks[j].text} {toks[j + 1].text}".lower() in lx.group_words:
        j = skip_adverbials(ctx, toks, j + 2, lx)  # "der unter anderem X vorwirft"
    if j < i and lows_nominative(toks[j].text, lx):
        # "die Bank, der Rafael Correa vorwirft, …": the clause has a subject of its own when the
        # pronoun cannot be one, or a name follows it ("der die Vorwürfe zurückwies": the pronoun)
        e = np_forward(ctx, toks, j, lx, apposition=False)
        name = e - j >= 2 and all(t.text[:1].isupper() for t in toks[j:e])
        if j < e <= i and (toks[k].text.lower() not in lx.relative_subjects or name):
            return Speaker(Span(toks[j].span.start, toks[e - 1].span.end), "before", i + 1)
        if toks[k].text.lower() not in lx.relative_subjects:
            return None
    if toks[k].text.lower() not in lx.relative_subjects:
        return None
    m = j
    while m < i:  # only adverbs and prepositional phrases between the pronoun and the verb
        if toks[m].text.lower() in PREPOSITIONS_DE and lx.code == "de":
            e = np_forward(ctx, toks, m + 1, lx, apposition=False)  # "der in einer Stellungnahme vor dem Parlament betonte"
            if e <= m + 1 or e > i:
                return None
            m = e
            continue
        if toks[m].text[:1].isupper() or toks[m].text.lower() in lx.forms:
            return None  # "die die Zeitung zitiert": the pronoun is the object
        m += 1
    b = np_backward_name(ctx, toks, k - 1, lx)
    if b is None:
        return None
    return Speaker(toks[k].span, "before", i + 1, refers=Span(toks[b].span.start, toks[k - 2].span.end))


def lows_nominative(word: str, lx: Lang) -> bool:
    """A word that can open a subject: a capitalized word, "der/die/das/ein/eine" or a pronoun."""
    return (word[:1].isupper() and word.lower() not in lx.oblique_openers) or word.lower() in lx.nominative_openers


def np_backward_name(ctx: Context, toks: list[Token], c: int, lx: Lang) -> int | None:
    """The start of the noun phrase that ends before the comma at toks[c] and names someone (a
    capitalized head, with its article and adjectives), else None."""
    b = c
    while b > 0 and b > c - 8 and (toks[b - 1].text[:1].isupper() or is_adjective_like(toks[b - 1].text)
                                   or toks[b - 1].text.lower() in lx.determiners) and toks[b - 1].text not in QUOTE_CHARS \
            and toks[b - 1].text not in AUX:  # "Gewählt wurde X, der …": the auxiliary is no part of the name
        b -= 1
    if b >= c or not toks[c - 1].text[:1].isupper():
        return None
    if b == 0 and c - b > 1 and toks[0].text.lower() in lx.determiners | CONJ_START:
        return b
    return b


#: a word of a person's name as written (capitalised, maybe an initial or a hyphenated name)
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def _name_before_apposition(ctx: Context, toks: list[Token], subj: tuple[int, int], i: int, lx: Lang) -> tuple[int, int] | None:
    """English: the subject the parse gives the cue at toks[i] is an apposition opened by an article
    ("a reporter visiting Ohio on leave") after a comma, right behind two to four capitalised words
    that open the sentence ("Zoe Marr, …"), and a comma closes the apposition before the cue (only
    adverbs or auxiliaries between): the name's token range, else None."""
    s, e = subj
    if not 3 <= s < e <= i or toks[s - 1].text != "," or toks[s].text.lower() not in ("a", "an", "the"):
        return None
    k0 = 1 if toks[0].text.lower() in CONJ_START else 0
    if toks[i].text.lower().endswith("ing") or not 2 <= s - 1 - k0 <= 4 or not all(
            _NAME_WORD.fullmatch(t.text) and t.text.lower() not in lx.determiners and t.text.lower() not in PREPOSITIONS_EN
            and t.text.lower() not in CONJ_START and not ctx.in_timex(t.span) for t in toks[k0 : s - 1]):
        return None  # (not "In May, a judge …": a time opens the sentence; not "…, saying": a participle's subject is another's)
    close = next((k for k in range(i - 1, e - 1, -1) if toks[k].text == ","), None)
    if close is None or any(toks[k].text in QUOTE_CHARS or toks[k].text in (";", ":") for k in range(s, close)):
        return None
    if not all(t.text.lower() in AUX or t.text.lower() in lx.verb_prefixes or lx.ly_adverb(t.text) for t in toks[close + 1 : i]):
        return None
    return k0, s - 1


def cue_speaker(ctx: Context, sent: Sentence, i: int, lx: Lang) -> Speaker | None:
    """Who is the subject of the cue verb at token i; None when the cue has no speaker of its own
    ("es hieß", "it said", an English anaphor). English: a day's name that opens the sentence is no speaker
    ("Sunday, on the morning show, the mayor said …"; rule +past_fronted_day, `_past_fronted_day`)."""
    found = _cue_speaker(ctx, sent, i, lx)
    if found is not None and found.span is not None and found.where == "before" and lx.code == "en":
        return _past_fronted_day(ctx, sent.tokens, i, found, lx)
    return found


def _past_fronted_day(ctx: Context, toks: list[Token], i: int, found: Speaker, lx: Lang) -> Speaker:
    """Rule +past_fronted_day (English, session 38): a speaker found before the cue that opens with a day's name
    alone or before a comma ("Sunday", "Yesterday, on …": `weekdays`, `relative_days` of time.json) starts with
    the fronted time of the sentence, not its subject ("Sunday, on Harbor Radio, while commenting on the strike,
    chair Ann Roe said …"): the subject that closes the clause right before the cue (`en_subject`) instead;
    unchanged when there is none after the day."""
    assert found.span is not None
    m = re.match(r"(\w+)\s*(,|$)", ctx.text[found.span.start : found.span.end])
    if m is None or m.group(1).lower() not in day_words(lx.code):
        return found
    subj = en_subject(ctx, toks, i, lx)
    if subj is None or toks[subj[0]].span.start <= found.span.start + m.end(1) or toks[subj[1] - 1].span.end > toks[i].span.start:
        return found
    return Speaker(Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end), "before", found.after, rule=found.rule + "+past_fronted_day")


def _cue_speaker(ctx: Context, sent: Sentence, i: int, lx: Lang) -> Speaker | None:
    toks = sent.tokens
    lows = lowered(toks)
    if lx.code == "de" and i + 1 < len(toks) and [lows[i], lows[i + 1]] in lx.subjectless:
        return None  # "So heißt es in dem Schreiben: …": a subjectless report (`sentence.subjectless`)
    if lx.code == "de" and i > 0 and not ctx.inside_any_quote(toks[i].span.start) and _fronted_no_subject(lows, i, lx) \
            and (share := _share_of_group(toks, j1 := skip_adverbials(ctx, toks, i + 1, lx), lx)) is not None:
        # "In einer Umfrage des Verbands sagten 40 Prozent der Befragten, …": a share of a group right after the verb
        # is its subject, whatever the parse or the fronted phrase suggest
        return Speaker(Span(toks[j1].span.start, toks[share - 1].span.end), "after", share)
    fronted = fronted_medium(ctx, toks, i, lx)
    if fronted is not None:
        s, e = fronted[1]
        return Speaker(Span(toks[s].span.start, toks[e - 1].span.end), "after", e)
    rel = relative_speaker(ctx, toks, i, lx)
    if rel is not None:
        return rel if rel.where != "relative_then_verb" else None
    if lx.code == "de" and (agent := _fronted_participle_agent(ctx, toks, i, lx)) is not None:
        return agent
    if lx.code == "en" and (erel := en_relative_subject(ctx, toks, i, lx)) is not None and toks[erel[0] - 1].text == ",":
        # "…, which showed …", "…, who said …": the relative pronoun right before the cue is its subject, whatever the parse says
        return Speaker(toks[erel[0]].span, "before", i + 1, refers=Span(toks[erel[1]].span.start, toks[erel[2] - 1].span.end))
    if lx.code == "en" and (tag := _after_closing_quote(ctx, toks, i, lx)) is not None:
        return Speaker(Span(toks[tag[0]].span.start, toks[tag[1] - 1].span.end), "after", tag[1])
    if lx.code == "en" and ((own := _relative_clause_subject(ctx, toks, i, lx)) is not None
                            or (own := _before_dashes(ctx, toks, i, lx)) is not None):
        return Speaker(Span(toks[own[0]].span.start, toks[own[1] - 1].span.end), "before", i + 1)
    subj = ctx.syntax_subject(sent, i) if ctx.syntax_subject is not None else None
    if subj is not None and lx.code == "en" and subj[0] < subj[1] < i and lows[subj[1]] in lx.recalled_documents \
            and toks[subj[1]].text.islower() and (toks[subj[1] - 1].text[:1].isupper() or ctx.pos_at(toks[subj[1] - 1].span) == "NOUN") \
            and all(lows[k] in lx.verb_prefixes or lows[k] in AUX or lows[k] in _document_participles(lx.code) or ctx.in_timex(toks[k].span)
                    or (k > subj[1] + 1 and lows[k - 1] in _document_participles(lx.code)) for k in range(subj[1] + 1, min(i, subj[1] + 3))):
        # rule attr.speaker.en.document_head: "A Harbor University poll found …", "An exit poll showed …": the
        # document's head noun that the parse took for the verb, before the cue (or a participle that dates it)
        subj = (subj[0], subj[1] + 1)
    if subj is not None and lx.code == "en" and 2 <= subj[0] < subj[1] <= i and toks[subj[0] - 1].text == "/" and toks[subj[0] - 2].text[:1].isupper():
        s0 = subj[0] - 2
        while s0 > 0 and (toks[s0 - 1].text[:1].isupper() or lows[s0 - 1] in lx.determiners or lows[s0 - 1] in lx.document_openers) \
                and toks[s0 - 1].text not in QUOTE_CHARS:
            s0 -= 1
        subj = (s0, subj[1])  # rule attr.speaker.en.joint_owner: "A Harbor Times/Lakeside News poll": both owners of the poll
    if i > 1 and lows[i].endswith("ing") and lows[i - 1] in lx.participle_openers:
        return _main_clause_speaker(ctx, toks, i, subj, lx)
    if subj is not None and lx.code == "de" and subj == (i - 1, i) and lows[i - 1] == "man" and i > 1 and lows[i - 2] in lx.clause_joiners:
        return Speaker(None, "none", i + 1)  # "…, aber man deutete an, …": someone not named said it
    if subj is not None and lx.code == "de":
        subj = de_parse_subject(ctx, toks, i, lx, subj)
    if subj is not None and subj[0] < i:
        # the parse chooses the phrase, the rules draw its edges (roles, titles, appositions)
        ruled = subject_before(ctx, toks, i, lx)
        if ruled is not None and subj[1] <= ruled[0] and ruled[0] == past_dateline(ctx, toks, subj[0], i):
            subj = ruled  # the parse's subject is the place of a dateline ("Berlin (dpa) – Der Minister …")
        elif ruled is None and subj[1] <= (d := past_dateline(ctx, toks, subj[0], i)) < i:
            # the place of a dateline, and no subject the rules could draw ("BOSTON (AP) — A report
            # published Monday said …"): the noun phrase that opens the sentence after the dateline
            e = np_forward(ctx, toks, d, lx, apposition=False)
            if d < e <= i:
                subj = (d, e)
        if ruled is None and lx.code == "en" and i > 0 and toks[i - 1].text not in QUOTE_CHARS | {",", ":"}:
            ruled = en_subject(ctx, toks, i, lx)  # "Rather, people close to the mayor say": the parse's head, the rules' modifiers
            if ruled is not None and ruled[0] != subj[0]:
                ruled = None
        if ruled is not None and ruled[0] < subj[1] and subj[0] < ruled[1] and not (
            lx.code == "en" and (any((_en_verb_like(toks[k].text, lx) and not _in_noun_phrase([t.text for t in toks[ruled[0] : ruled[1]]], k - ruled[0], lx))
                                     or toks[k].text.lower() in ("who", "which", "n't", "not")
                                     or (toks[k].text[:1].islower() and ctx.pos_at(toks[k].span) in ("VERB", "AUX")  # "Lee stood up (and said)"
                                         and not _in_noun_phrase([t.text for t in toks[ruled[0] : ruled[1]]], k - ruled[0], lx))
                                     for k in range(subj[1], ruled[1]))
                                 or any(toks[k].text == "," and toks[k + 1].text.endswith("ing") and toks[k + 1].text[:1].islower()
                                        for k in range(subj[1], min(ruled[1], len(toks) - 1)))
                                 # "The fees, which he said were too high": the parse's subject in the relative clause
                                 or any(toks[k].text.lower() in lx.relatives - lx.possessive_relatives for k in range(ruled[0] + 1, subj[0])))
        ):
            subj = ruled  # not when the rules' phrase runs on into a clause ("The mayor, who has served …")
    named_first = _name_before_apposition(ctx, toks, subj, i, lx) if subj is not None and lx.code == "en" else None
    if named_first is not None:
        # rule attr.*.en.*+name_before_apposition: "Zoe Marr, a reporter visiting Ohio on leave, told …" — the
        # parse took the apposition's noun for the subject; the name that opens the sentence is the speaker
        # (speaker_extent adds the apposition)
        return Speaker(Span(toks[named_first[0]].span.start, toks[named_first[1] - 1].span.end), "before", i + 1,
                       rule="+name_before_apposition")
    if subj is not None and subj[0] < i and lx.code == "en":
        tag = _parenthetical_tag(ctx, toks, i, lx)
        if tag is not None and subj[0] < tag[0]:
            subj = tag  # "Climate change, Lee often says, is the threat": the tag's own subject, not the clause's
    if subj is not None and lx.code == "en" and subj[0] == 0 and subj[1] < i - 1 and toks[subj[1]].text == "," and _opening_participle(toks) \
            and (after := en_subject(ctx, toks, i, lx)) is not None and after[0] > subj[1]:
        subj = after  # "Appearing on CNN, the senator said": the opening participle's phrase is no subject, the one after its comma is
    if subj is not None and subj[0] > i and lx.code == "de" and subj[1] == subj[0] + 1 and _addressee_before_subject(toks, subj[0], lx):
        subj = None  # "Am Abend schrieb ihm die Nachbarin: «…»": the pronoun is the one told, the subject follows it
    if subj is not None and subj[0] > i and lx.code == "de" and addressee_phrase_end(ctx, toks, subj[0], lx) is not None:
        subj = None  # "Am Montag sagte dem Sender ein Sprecher, …": the phrase in the dative is the one told, the subject follows it
    if subj is not None and subj[0] > i:
        return Speaker(Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end), "after", subj[1])
    if subj is None:
        if lx.code == "de" and de_passive(lows, i, lx):
            # passive: "Insbesondere wird kritisiert, dass …" — the agent, if named, after von/durch
            k = next((k for k in range(i) if lows[k] in ("von", "vom", "durch")), None)
            e = np_forward(ctx, toks, k + 1, lx) if k is not None else -1
            if k is not None and k + 1 < e <= i:
                return Speaker(Span(toks[k + 1].span.start, toks[e - 1].span.end), "agent", i + 1)
            if (place := _passive_place(ctx, toks, i, lx)) is not None:
                return Speaker(place, "agent", i + 1, rule="+passive_place")
            return Speaker(None, "passive", i + 1)
        if lx.code == "en" and (erel := en_relative_subject(ctx, toks, i, lx)) is not None:
            # "the board, which has denied": the relative pronoun, standing for its noun
            return Speaker(toks[erel[0]].span, "before", i + 1, refers=Span(toks[erel[1]].span.start, toks[erel[2] - 1].span.end))
        subj = subject_before(ctx, toks, i, lx)
        if subj is not None and lx.code == "de" and _participle_adverb(ctx, toks, subj[0], subj[1], i) \
                and all(lows[k] in CONJ_START for k in range(subj[0])):
            subj = None  # "Mildernd wertete das Gericht, dass …": the subject follows the verb
    if subj is None and lx.code == "en" and i > 0 and toks[i - 1].text not in QUOTE_CHARS | {",", ":"}:
        subj = en_subject(ctx, toks, i, lx)
    if subj is not None and lx.code == "de" and subj[1] <= i:
        obj_first = _fronted_object(ctx, toks, i, subj, lx)
        if obj_first is not None:
            return obj_first
    if subj is None and lx.code == "en" and i > 2 and (lows[i - 1] in lx.clause_conjunctions or (
            i > 3 and lows[i - 1].endswith("ly") and toks[i - 1].text.islower() and lows[i - 2] in lx.clause_conjunctions)):  # ("and simply said")
        # "X accused Spain and Italy of stirring up the protests and warned that …" (a parse without subjects):
        # the conjoined verb's subject is the first verb's, found by the rules
        k = next((k for k in range(1, i - 1) if _en_verb_like(toks[k].text, lx) and not ctx.inside_any_quote(toks[k].span.start)), None)
        first = subject_before(ctx, toks, k, lx) if k is not None else None
        if first is not None and (first[0] == 0 or (first[0] == 1 and toks[0].text.lower() in CONJ_START)):
            subj = first
        elif first is None and k is not None and (lows[0] in PREPOSITIONS_EN or _opening_participle(toks)) \
                and (fe := en_subject(ctx, toks, k, lx)) is not None \
                and fe[0] > 1 and toks[fe[0] - 1].text == "," and not any(_en_verb_like(t.text, lx) for t in toks[1 : fe[0] - 1]):
            # "In his first post, Tom Reed touched on … and noted …", "Asked about it, Lee laughed and said …":
            # the subject after a fronted phrase
            subj = fe
    if lx.code == "en" and (shared := _conjoined_subject(ctx, toks, i, lx)) is not None:
        subj = shared  # "…, while the firefighters deny the claims and say …": the conjoined verb's subject
    if subj is not None and subj[1] <= i and lx.code == "en":
        own = _after_conjunction(ctx, toks, i, lx)
        after_verb = subj[0] > 0 and ctx.pos_at(toks[subj[0] - 1].span) in ("VERB", "AUX")  # "mishandled (the probe and Democrats)"
        runs_over = own is not None and toks[own[0] - 1].text.lower() in SUBORDINATORS and any(toks[k].text[:1].islower() and ctx.pos_at(toks[k].span) in ("VERB", "AUX") for k in range(subj[0], own[0]))
        if own is not None and (own[0] > subj[1] or (own[0] > subj[0] and (after_verb or runs_over))):  # (not "Shares fell after the company")
            subj = own  # "… mishandled the probe and Democrats accused …": the new clause's own subject
    if subj is not None:
        s, e = subj
        if lows[s] in lx.anaphors and lx.code == "en":
            return None
        if toks[s].text in lx.subject_pronouns and lows[s] in lx.impersonal_pronouns:
            return None  # an impersonal subject ("es heißt", "man sagt"); English "It said" stands for a body or a text
        if e - s == 1 and lows[s] in lx.negative_pronouns:
            return None  # "Niemand hat mitgeteilt, dass …": no one said it
        if lx.code == "de" and (ranked := ranked_speaker(ctx, toks, i, s, e, lx)) is not None:
            if ranked[0] > i:
                return Speaker(Span(toks[ranked[0]].span.start, toks[ranked[1] - 1].span.end), "after", ranked[1])
            if ranked[2] is not None:  # a relative pronoun, standing for its noun
                return Speaker(Span(toks[ranked[0]].span.start, toks[ranked[1] - 1].span.end), "before", i + 1, refers=ranked[2])
            s, e = ranked[0], ranked[1]
        return Speaker(Span(toks[s].span.start, toks[e - 1].span.end), "before", i + 1)
    # inverted: "In seiner Rede erklärte der Präsident X am Samstag, …" / "said X"
    if lx.code == "en" and i > 0 and (
        (toks[i - 1].text not in QUOTE_CHARS | {",", ":"} and lows[i - 1] not in CONJ_START) or lows[i].endswith("ing")
    ):
        # English puts the speaker after the verb only after a quote or comma; otherwise
        # (and for "…, saying …") the speaker is the subject that opens the sentence
        if not lows[i].endswith("ing"):
            return None  # no subject right before the verb, none after it: no clear speaker
        k = next((k for k in range(1, i) if _en_verb_like(toks[k].text, lx) and not ctx.inside_any_quote(toks[k].span.start)
                  and not _attributive(ctx, toks, k, lx)), None)
        main = en_subject(ctx, toks, k, lx) if k is not None else None  # (not a verb of the quoted words)
        if main is None:
            # "Ann Lee went on the attack on Monday, saying …": an irregular verb the spelling rules
            # miss; the parse's main verb and its subject
            return _main_clause_speaker(ctx, toks, i, None, lx)
        return Speaker(Span(toks[main[0]].span.start, toks[main[1] - 1].span.end), "sentence", i + 1)
    if lx.code == "en" and i > 1 and toks[i - 1].text == "," and toks[0].text not in QUOTE_CHARS:
        # "Ann Lee, a lawyer from Ohio, said the plan …": a clause follows the cue, so the speaker
        # is the name that opens the sentence, before its apposition
        k0 = en_content_start(ctx, toks, i + 1, lx)
        if k0 is not None and (toks[k0].text in QUOTE_CHARS or any(
                _en_verb_like(toks[m].text, lx) or (toks[m].text.lower().endswith("s") and toks[m].text[:1].islower()) for m in range(k0, len(toks)))):
            c = next((m for m in range(i) if toks[m].text == ","), i)
            s0 = 0
            if lows[0] in PREPOSITIONS_EN and c < i - 1:  # "Of Reed, Lee, who …, said": a fronted phrase first
                s0 = c + 1
                c = next((m for m in range(s0, i) if toks[m].text == ","), i)
            words = [t.text for t in toks[s0:c]]
            if 0 < c - s0 <= 5 and all(w[:1].isupper() or w.lower() in lx.determiners or w in (".", "-") for w in words):
                return Speaker(Span(toks[s0].span.start, toks[c - 1].span.end), "before", i + 1)
            # "President Obama, dedicating the museum on Saturday, said it would …": the subject
            # closes the clause before the parenthetical (a participle, an apposition, a relative clause)
            o = next((m for m in range(i - 2, max(0, i - 26), -1) if toks[m].text == ","), None)
            if o is not None and o >= 1 and (lows[o + 1] in ("who", "which") or not any(
                    toks[m].text in AUX or (lows[m] in lx.forms and not lows[m].endswith("ing")) for m in range(o + 1, i - 1))):
                ps = en_subject(ctx, toks, o, lx)
                if ps is not None and lows[ps[0]] not in lx.anaphors:
                    return Speaker(Span(toks[ps[0]].span.start, toks[ps[1] - 1].span.end), "before", i + 1)
    if lx.code == "en" and lows[i].endswith("ing") and (i == 0 or (i == 1 and lows[0] in CONJ_START)):
        return None  # "Explaining why …", "Adding tar to the blade …": an opening participle's subject is never after it
    j0 = skip_adverbials(ctx, toks, i + 1, lx)
    if lx.code == "de" and _addressee_before_subject(toks, j0, lx):
        j0 = skip_adverbials(ctx, toks, j0 + 1, lx)  # "Am Abend schrieb ihm die Nachbarin: «…»": the one told before the subject
    told_tail = ""
    if lx.code == "de" and (told := addressee_phrase_end(ctx, toks, j0, lx)) is not None:
        j0, told_tail = told, "+addressee_first"  # "Am Montag sagte dem Sender ein Sprecher, …": the one told, in the dative, before the subject
    if lx.code == "de" and j0 < len(toks) and _inverted_pronoun(toks, j0, lx):
        # "Am Montag sagte er, …": a personal pronoun right after the verb is its subject
        return Speaker(toks[j0].span, "after", j0 + 1)
    share = _share_of_group(toks, j0, lx) if lx.code == "de" else None
    if share is not None:
        # "In der Umfrage sagten 40 Prozent der Befragten, …": a share of a group is the subject after the verb
        return Speaker(Span(toks[j0].span.start, toks[share - 1].span.end), "after", share)
    e = np_forward(ctx, toks, j0, lx)
    if lx.code == "en" and j0 < e < len(toks) and (lows[e] in AUX or ctx.pos_at(toks[e].span) in ("VERB", "AUX")):
        return None  # "… and said her name was Ann": the phrase is the subject of what was said
    if e > j0 and lows[j0] not in lx.np_stop:
        return Speaker(Span(toks[j0].span.start, toks[e - 1].span.end), "after", e, rule=told_tail)
    # (an auxiliary of the quoted words is none of the cue's: "«… sind robust», und fügt an")
    aux = max((k for k in range(i) if toks[k].text in AUX and not ctx.inside_any_quote(toks[k].span.start)), default=-1) if lx.code == "de" else -1
    if aux >= 0 and i + 1 < len(toks) and lows[i + 1] in ("worden", "werden"):
        return None  # "sei X beschuldigt worden": a passive, X is the one accused, not the speaker
    if aux >= 0:
        a0 = _past_according(ctx, toks, skip_adverbials(ctx, toks, aux + 1, lx), i, lx)
        if a0 < i and _inverted_pronoun(toks, a0, lx):
            return Speaker(toks[a0].span, "after_aux", i + 1)  # "Gestern hatte sie betont, …"
    if aux >= 0 and np_forward(ctx, toks, (a0 := _past_according(ctx, toks, skip_adverbials(ctx, toks, aux + 1, lx), i, lx)), lx) > aux + 1:
        # "Im Vorfeld hatte das Komitee betont, dass …": the subject stands after the auxiliary
        # ("Am Montag hat laut Klage ein Zeuge erklärt, …": past the text that tells of it)
        ea = np_forward(ctx, toks, a0, lx)
        if ea > i or ea <= a0:
            return None
        return Speaker(Span(toks[a0].span.start, toks[ea - 1].span.end), "after_aux", i + 1)
    if i == 0 or (i == 1 and lows[0] in CONJ_START):
        return Speaker(None, "none", i + 1)  # "Said …" in a post: the subject is in the sentence before
    if lx.code == "de" and i > 2 and lows[i - 1] == "und" and toks[i - 2].text == "," and toks[i - 3].text in QUOTE_CHARS:
        # "X erklärt es so: «…», und fügt an: «…»": the joined verb shares the subject of the first cue
        k = next((k for k in range(1, i - 3) if not ctx.inside_any_quote(toks[k].span.start) and cue_at(ctx, toks, k, lx) is not None), None)
        lead = cue_speaker(ctx, sent, k, lx) if k is not None else None
        if lead is not None and lead.span is not None and not ctx.inside_any_quote(lead.span.start):
            return Speaker(lead.span, "before", i + 1)
    return None


@cache
def _addressee_pronouns(code: str) -> frozenset[str]:
    """Dative pronouns between a cue and its subject after it (`addressee_pronouns` of resources/<lang>/cues.json)."""
    return frozenset(load(code, "cues").get("addressee_pronouns", []))


def _addressee_before_subject(toks: list[Token], j: int, lx: Lang) -> bool:
    """German: toks[j], after a cue, is a dative pronoun of `addressee_pronouns` (the one told) and a
    noun phrase opened by an article or a capital follows it, the cue's subject ("schrieb ihm die
    Nachbarin", "sagte uns Jana Roth")."""
    return j + 1 < len(toks) and toks[j].text in _addressee_pronouns(lx.code) \
        and opens_phrase(toks[j + 1].text, lx)


@cache
def _addressee_articles(code: str) -> frozenset[str]:
    """Articles that never open a subject (`addressee_articles` of resources/<lang>/cues.json)."""
    return frozenset(load(code, "cues").get("addressee_articles", []))


def addressee_phrase_end(ctx: Context, toks: list[Token], s: int, lx: Lang) -> int | None:
    """German, after a postposed cue: toks[s] opens a noun phrase with an article that is never a
    subject's (`addressee_articles`: "dem", "einem", "den") and another noun phrase follows it, opened by
    an article or a capital ("…, sagte dem Sender ein Sprecher", "…, bestätigte einem Reporter die
    Polizei"): the index where that second phrase, the speaker, begins; else None. Between the two may
    stand a postposition of the dative (`addressee_postpositions`: "…, sagte dem Sender gegenüber ein
    Sprecher", "dem Vernehmen nach") or a prepositional phrase ("…, sagte dem Sender nach der Sitzung ein
    Sprecher"); a phrase that runs to the clause's end and holds an article that is also a nominative's
    (`addressee_split_articles`: "der") was read with the speaker as its genitive ("…, sagte einem
    Reporter der Bürgermeister"): the speaker begins at the last such article; or a role written
    before a name there, after a name that is none ("…, sagte dem Sender Bürgermeister Karl Huber"): the
    speaker begins at the role."""
    n = len(toks)
    if s >= n or toks[s].text.lower() not in _addressee_articles(lx.code):
        return None
    e = np_forward(ctx, toks, s, lx, apposition=False)
    if e <= s + 1:
        return None
    data = load(lx.code, "cues")
    j = skip_adverbials(ctx, toks, e, lx)
    if j >= n or not toks[j].text[:1].isalnum():
        # the phrase runs to the clause's end (but for adverbs): the speaker was read as its genitive
        split = data.get("addressee_split_articles", [])
        at = max((k for k in range(s + 2, e) if toks[k].text.lower() in split and np_forward(ctx, toks, k, lx) >= e), default=None)
        if at is None:
            # "…, sagte dem Sender Bürgermeister Karl Huber": a role and a name after the name told, without an article
            at = next((k for k in range(s + 2, e - 1) if toks[k - 1].text[:1].isupper() and not is_role(toks[k - 1].text, lx)
                       and toks[k].text[:1].isupper() and is_role(toks[k].text, lx) and toks[k + 1].text[:1].isupper()), None)
        return at
    if j > e + 3:
        return None
    low = toks[j].text.lower()
    if low in data.get("addressee_postpositions", []) and j + 1 < n and opens_phrase(toks[j + 1].text, lx):
        end = skip_adverbials(ctx, toks, np_forward(ctx, toks, j + 1, lx), lx)
        if end >= n or not toks[end].text[:1].isalnum():
            j = j + 1  # "dem Sender gegenüber ein Sprecher"
    if low in PREPOSITIONS_DE and j < n and toks[j].text.lower() == low and j + 1 < n and opens_phrase(toks[j + 1].text, lx):
        j = skip_adverbials(ctx, toks, np_forward(ctx, toks, j + 1, lx, apposition=False), lx)  # "dem Sender nach der Sitzung ein Sprecher"
        if j >= n:
            return None
    w = toks[j].text
    low = w.lower()
    if low in _addressee_articles(lx.code) or low in PREPOSITIONS_DE or not opens_phrase(w, lx):
        return None
    return j if np_forward(ctx, toks, j, lx) > j else None


def _opening_participle(toks: list[Token]) -> bool:
    """The sentence opens with a participle in capitals ("Asked about …,", "Speaking in Rome,"): a fronted
    clause of circumstance, whose own verb is no finite verb of the sentence."""
    w = toks[0].text if toks else ""
    return w[:1].isupper() and w[1:].islower() and len(w) > 4 and w.lower().endswith(("ed", "ing"))


def ranked_speaker(ctx: Context, toks: list[Token], i: int, s: int, e: int, lx: Lang) -> tuple[int, int, Span | None] | None:
    """German: the speaker the learned ranker (`speaker_model`, trained on GePaDe SpkAtt) prefers to
    the rules' subject toks[s:e] before the cue at i, when it is sure of it (`THRESHOLD`): a noun or
    pronoun of the parse outside any quotation that can speak (not "es", "man", "niemand") and whose
    phrase names someone (`names_someone`) — before the cue outside the rules' phrase, inside it when
    that phrase is no noun phrase of its own head ("Mir fehlt das Gesetz, das Sie angekündigt (haben)":
    a clause of the parse, not the head's noun phrase), or after the cue in its own clause (the inverted
    subject: "Das erklären Sie uns", unless the parse's subject of the cue is the rules'). A relative
    pronoun after a comma stands for the noun whose relative clause the parse makes the cue's ("Ich
    kenne keinen Experten, der das bestätigt hat": the antecedent, third in the result; not "niemand").
    Its noun phrase (token range) is recorded in
    `ctx.model_speakers` (its start), so the attribution's rule id names the model; None otherwise."""
    from .speaker_model import THRESHOLD, cue_word, noun_phrase, rank

    doc = ctx.doc
    rule_span = Span(toks[s].span.start, toks[e - 1].span.end)
    v = cue_word(doc, toks[i].span)  # the parse's word of the cue, asked once
    ranked = rank(doc, v, rule_span)
    if not ranked or ranked[0][1] < THRESHOLD:
        return None
    c = ranked[0][0]
    w = doc.syntax[c].span
    if ctx.inside_any_quote(w.start):
        return None
    if rule_span.start <= w.start < rule_span.end and not _outside_head_phrase(doc, rule_span, c, v):
        return None
    if w.start >= toks[i].span.start and (
            any(t.text in (",", ";", ":", "–") or t.text in QUOTE_CHARS for t in toks[i + 1 :] if t.span.start < w.start)
            or ((parsed := subject_of(doc, toks[i].span)) is not None and parsed.overlaps(rule_span))):
        return None  # after the cue only in its own clause, and not where the parse's subject is the rules'

    word = ctx.text[w.start : w.end].lower()
    if word in lx.impersonal_pronouns or word in lx.negative_pronouns:
        return None
    if word in REL_PRONOUNS:
        return _relative_antecedent(ctx, toks, c, w, v, lx)
    np = noun_phrase(doc, c)
    if not names_someone(ctx, np, lx):
        return None  # the rules' subject stays when the model's phrase names no one
    s2 = next((k for k, t in enumerate(toks) if t.span.end > np.start), None)
    e2 = next((k + 1 for k in range(len(toks) - 1, -1, -1) if toks[k].span.start < np.end), None)
    if s2 is None or e2 is None or s2 >= e2 or s2 <= i < e2:
        return None
    ctx.model_speakers.add(toks[s2].span.start)
    return s2, e2, None


def _relative_antecedent(ctx: Context, toks: list[Token], c: int, w: Span, cue: int | None, lx: Lang) -> tuple[int, int, Span | None] | None:
    """The ranker's relative pronoun (parse word `c` at `w`) after a comma, when the parse makes the
    cue's clause a relative clause (`acl`) of a noun before the pronoun that is no negative pronoun:
    the pronoun's token and the noun phrase it stands for — the parse's, or the part of it right
    before the comma as the rules draw it (`np_backward_name`: "der Antrag von einer Ärztin, die …"
    → "einer Ärztin") — if it names someone; None otherwise."""
    from .speaker_model import noun_phrase

    doc = ctx.doc
    k = next((k for k, t in enumerate(toks) if t.span.start == w.start), None)
    if k is None or k == 0 or toks[k - 1].text != "," or cue is None:
        return None
    verb = doc.syntax[cue]
    if verb.dep.split(":")[0] != "acl" or verb.head == cue or doc.syntax[verb.head].span.start >= w.start:
        return None
    head = verb.head
    if ctx.text[doc.syntax[head].span.start : doc.syntax[head].span.end].lower() in lx.negative_pronouns:
        return None  # "niemand, der das gesagt hat": no one said it
    np = noun_phrase(doc, head)
    b = np_backward_name(ctx, toks, k - 1, lx)  # the noun phrase right before the comma, as the rules draw it
    if b is not None and b < k - 1 and np.start <= toks[b].span.start:
        np = Span(toks[b].span.start, toks[k - 2].span.end)
    if np.end > w.start or not names_someone(ctx, np, lx):
        return None
    ctx.model_speakers.add(w.start)
    return k, k + 1, np


#: relations of a clause below a noun or verb: what hangs on the head through one of them is no part of its noun phrase
_CLAUSES = frozenset({"acl", "advcl", "ccomp", "xcomp", "csubj"})


def _outside_head_phrase(doc: Document, rule_span: Span, c: int, cue: int | None) -> bool:
    """The parse's word `c`, inside the rules' speaker phrase, hangs on that phrase's head through a
    clause (a relative clause of its noun: "das Gesetz, das Sie angekündigt (haben)"), or the head is
    a verb: the phrase ran on past a noun phrase. Not when `c` does not hang on the head at all or
    only through relations of a noun phrase (an apposition, a name, a conjunct), nor when the clause
    is the cue's own (a parse that made "Der Sprecher der Firma, Ann Roe, teilte mit" a noun with a
    relative clause)."""
    words = words_in(doc, rule_span)
    inside = set(words)
    head = next((x for x in words if doc.syntax[x].head not in inside or doc.syntax[x].head == x), None)
    if head is None or head == c:
        return False
    if doc.syntax[head].pos in ("VERB", "AUX"):
        return True
    x = c
    through_clause = False
    for _ in range(len(words)):
        if x == head:
            return through_clause
        if x == cue:
            return False
        through_clause = through_clause or doc.syntax[x].dep.split(":")[0] in _CLAUSES
        if doc.syntax[x].head == x:
            break
        x = doc.syntax[x].head
    return False


def _past_according(ctx: Context, toks: list[Token], j: int, i: int, lx: Lang) -> int:
    """Past a German according-to phrase of one word and its noun phrase at toks[j] ("laut Klage",
    "laut einem Bericht der Zeitung") and the adverbs after it, when the cue at i comes later: where
    the subject after an auxiliary starts ("Am Montag hat laut Klage ein Zeuge erklärt, …")."""
    if lx.code != "de" or j >= i or [toks[j].text.lower()] not in lx.according_prefix:
        return j
    e = np_forward(ctx, toks, j + 1, lx, apposition=False)
    if e <= j + 1 or e >= i:
        return j
    return skip_adverbials(ctx, toks, e, lx)


def _relative_clause_subject(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """The cue at toks[i] closes a relative clause with a subject of its own after "where" or a
    preposition and "which"/"whom" ("a lawsuit in which tenants successfully argued that …", "the
    city, where restructuring lawyers say …"): that noun phrase (token range), not the sentence's
    subject the parse may give; None otherwise."""
    b = _verb_group_start(ctx, toks, i, lx, timex=True)
    s = _np_back(ctx, toks, b, lx)
    if 1 < s < b and toks[s - 1].text.islower() and toks[s - 1].text.endswith("ing") and ctx.pos_at(toks[s - 1].span) in ("NOUN", "ADJ"):
        s -= 1  # "restructuring lawyers": a noun that looks like a participle
    if s >= b or s < 2 or (toks[s].text.lower() in lx.determiners and b - s == 1):
        return None
    rel = toks[s - 1].text.lower()
    if not (rel in lx.place_relatives or (rel in lx.prepositional_relatives and toks[s - 2].text.lower() in PREPOSITIONS_EN)):
        return None
    if any(_en_verb_like(t.text, lx) or ctx.pos_at(t.span) in ("VERB", "AUX") for t in toks[s:b] if not t.text.endswith("ing")):
        return None
    return s, b


def _after_closing_quote(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """'…, which was "hard to bear," wrote Reed, who …': right after a quotation that closes with a
    comma inside its marks, the cue's speaker is the noun phrase after it (a name, a role), which
    closes the sentence or is followed by a comma; its token range, else None."""
    n = len(toks)
    if i < 2 or i + 1 >= n or toks[i - 1].text not in QUOTE_CHARS or toks[i - 2].text != ",":
        return None
    q = ctx.quote_closing_at(toks[i - 1].span.end, lambda q: q.closed)
    if q is None or ctx.name_like(q.inner):
        return None
    j = i + 1
    if toks[j].text.isdigit() and j + 3 < n and toks[j + 1].text == "-" and toks[j + 2].text.lower().startswith(lx.age_units):
        j += 3  # "wrote 51-year-old Tom Reed"
    e = np_forward(ctx, toks, j, lx, apposition=False)
    if e <= j or not (toks[j].text[:1].isupper() or toks[j].text.lower() in lx.determiners) or toks[j].text in lx.subject_pronouns:
        return None
    if e < n and toks[e].text not in (",", ".", "!", "?"):
        return None
    return j, e


#: dashes that set off an apposition or a relative clause ("Tom Roe — co-author of … — said")
_DASHES = frozenset(["—", "–", "--"])


def _before_dashes(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """"Tom Roe — co-author of a book on budgets — said …", "Ann Lee -- who chairs the panel --
    told …": a phrase between dashes right before the cue at toks[i] (auxiliaries and adverbs
    between) describes the subject, which is the noun phrase before the first dash (`en_subject`);
    None otherwise."""
    b = _verb_group_start(ctx, toks, i, lx, timex=False)
    if b < 4 or toks[b - 1].text not in _DASHES or ctx.inside_any_quote(toks[b - 1].span.start):
        return None
    o = next((k for k in range(b - 3, max(0, b - 25), -1) if toks[k].text == toks[b - 1].text), None)
    if o is None or o < 1 or any(t.text in (";", ":") or t.text in QUOTE_CHARS for t in toks[o + 1 : b - 1]):
        return None
    subj = en_subject(ctx, toks, o, lx)
    if subj is None or subj[1] != o or toks[subj[0]].text.lower() in lx.anaphors:
        return None
    if subj[0] > 1 and toks[subj[0] - 1].text == ",":
        # "Ann Lee, the head of the firm -- the one that … -- told": the name before the apposition
        name = en_subject(ctx, toks, subj[0] - 1, lx)
        if name is None or name[1] != subj[0] - 1 or not toks[name[0]].text[:1].isupper() or (name[0] > 0 and toks[name[0] - 1].text == ","):
            return None
        return name
    return subj


def _parenthetical_tag(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """The subject of a tag set off by commas inside the reported sentence ("The bridge, Ann Lee
    often says, is safe", "…, the mayor has said repeatedly, will …"): a short noun phrase between
    a comma and the cue at toks[i] (adverbs and auxiliaries between), when after the cue (and a
    time) a comma is followed by the rest of the first clause's predicate (a finite verb or an
    auxiliary). None otherwise."""
    n = len(toks)
    b = _verb_group_start(ctx, toks, i, lx, timex=False)
    c = next((k for k in range(b - 1, max(0, b - 8), -1) if toks[k].text == ","), None)
    if c is None or c < 2 or c + 1 >= b or ctx.inside_any_quote(toks[c].span.start):
        return None
    words = [t.text for t in toks[c + 1 : b]]
    first = words[0]
    if not (first[:1].isupper() or first.lower() in lx.determiners or first in lx.subject_pronouns) or first.lower() in lx.anaphors:
        return None
    if any(_en_verb_like(w, lx) or w in (",", ";", ":") or w in QUOTE_CHARS or w.lower() in REL_PRONOUNS for w in words):
        return None
    k = i + 1
    while k < n and (ctx.in_timex(toks[k].span) or toks[k].text.lower() in lx.after_cue_time_words
                     or (lx.ly_adverb(toks[k].text) and toks[k].text[:1].islower())):
        k += 1
    if k + 1 >= n or toks[k].text != ",":
        return None
    nxt = toks[k + 1]
    if not nxt.text[:1].islower() or not (nxt.text.lower() in AUX or nxt.text.lower() in lx.modals
                                           or (ctx.pos_at(nxt.span) in ("VERB", "AUX") and not nxt.text.lower().endswith("ing"))):
        return None
    return c + 1, b



def _bare_noun_run(ctx: Context, toks: list[Token], k: int, i: int) -> bool:
    """toks[k:i] are lower-case words without an article, the last a noun, the others nouns,
    adjectives or '-ing' modifiers, right after a conjunction or a subordinator ("after police
    said", "where bankruptcy lawyers say"): the cue's own subject."""
    if k < 1 or ctx.pos_at(toks[i - 1].span) != "NOUN" or i - k > 3:
        return False
    if not all(t.text.isalpha() and t.text.islower() and (ctx.pos_at(t.span) in ("NOUN", "ADJ") or t.text.endswith("ing")) for t in toks[k:i]):
        return False
    return toks[k - 1].text.lower() in CONJ_START or toks[k - 1].text.lower() in SUBORDINATORS


def _conjoined_subject(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """The cue at toks[i] right after 'and' or 'but' shares the subject of the verb before it,
    which opens a clause after a subordinator or a comma inside the sentence ("The firm said …,
    while the firefighters deny the claims and say they came at once": the firefighters). The
    subject's token range, or None (also when that clause is the sentence's first: the parse and
    the rules find its subject)."""
    if i < 4 or toks[i - 1].text.lower() not in lx.clause_conjunctions:
        return None
    for k in range(i - 2, max(0, i - 16), -1):
        w = toks[k].text
        if w in QUOTE_CHARS or w in (";", ":"):
            return None
        if w == "," or (w.lower() in SUBORDINATORS and w.lower() not in lx.complementizers):
            if k == 0:
                return None
            s = k + 1 + (1 if w == "," and k + 2 < i and toks[k + 1].text.lower() in SUBORDINATORS else 0)
            e = np_forward(ctx, toks, s, lx, apposition=False) if s < i else s
            if e == s or e >= i - 2 or toks[s].text.lower() in REL_PRONOUNS or toks[s].text.lower() in lx.complementizers:
                return None
            return (s, e) if _en_verb_like(toks[e].text, lx) or ctx.pos_at(toks[e].span) in ("VERB", "AUX") or (
                toks[e].text[:1].islower() and toks[e].text.endswith("s") and toks[e].text.isalpha()) else None
    return None


def _after_conjunction(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """A short subject of names or a determiner and nouns between a conjunction and the cue at
    toks[i] ("and Democrats accused", "but the mayor said"), also before an apposition between
    commas ("but General Ann Lee, chairman of the board, told") or a bare plural noun right before
    the cue ("This comes after firefighters said"): a new clause's own subject."""
    if i > 3 and toks[i - 1].text == ",":
        o = next((k for k in range(i - 2, max(0, i - 16), -1) if toks[k].text == ","), None)
        if o is not None and o + 1 < i - 1 and toks[o + 1].text[:1].islower() and toks[o + 1].text.lower() not in CONJ_START:
            i = o  # the apposition opens with a description ("chairman of …", "a lawyer"): the subject ends before it
    for k in range(i - 1, max(0, i - 5), -1):
        w = toks[k].text
        if w.lower() in CONJ_START or (w.lower() in SUBORDINATORS and w.lower() not in lx.complementizers):
            # "but the mayor said", "Shares fell after the company said …": the clause's own subject
            return (k + 1, i) if k + 1 < i and w.lower() not in lx.verb_prefixes and toks[k + 1].text != "I" else None
        bare = _bare_noun_run(ctx, toks, k, i)
        if not (w[:1].isupper() and w[:1].isalpha()) and w.lower() not in lx.determiners and not (k > 0 and toks[k - 1].text.lower() in lx.determiners) \
                and not bare:
            return None
    return None


def _attributive(ctx: Context, toks: list[Token], k: int, lx: Lang) -> bool:
    """The verb-like word at toks[k] modifies the noun after it ("The retired engineer", "an
    elected official"): the parse says so (`amod`), or it stands between an article and a word in
    lower case that is no verb form."""
    w = ctx.word_at(toks[k].span)
    if w is not None:
        return w.dep == "amod"
    return 0 < k < len(toks) - 1 and toks[k - 1].text.lower() in lx.determiners and toks[k + 1].text.islower() \
        and not _en_verb_like(toks[k + 1].text, lx) and toks[k + 1].text.lower() not in lx.forms


def _main_clause_speaker(ctx: Context, toks: list[Token], i: int, subj: tuple[int, int] | None, lx: Lang) -> Speaker:
    """'She opened the debate by slamming …', 'Lee lost the crowd after questioning …' (English):
    a participle after a preposition has the main clause's subject: the parse's, else the subject
    before the sentence's first verb."""
    if subj is None or subj[1] > i - 1:
        subj = None
        root = root_verb(ctx.doc, Span(toks[0].span.start, toks[-1].span.end))
        k = next((k for k in range(1, i) if ((root is not None and toks[k].span.overlaps(root)) or _en_verb_like(toks[k].text, lx))
                  and not ctx.inside_any_quote(toks[k].span.start) and not _attributive(ctx, toks, k, lx)), None)
        si = ctx.sentence_index(toks[k].span) if k is not None else None
        if k is not None and si is not None and ctx.syntax_subject is not None:
            subj = ctx.syntax_subject(ctx.doc.sentences[si], k)
        if k is not None and subj is None:
            subj = en_subject(ctx, toks, k, lx)
    span = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end) if subj is not None else None
    return Speaker(span, "sentence", i + 1)


def _fronted_object(ctx: Context, toks: list[Token], i: int, subj: tuple[int, int], lx: Lang) -> Speaker | None:
    """A German sentence that fronts the object of its cue ("Das Angebot lehnte er ab", "Die neue
    Regelung bezeichnete Roth als Fortschritt"): the phrase before the verb is no subject when a
    nominative-only pronoun follows the verb, or when it names nothing that speaks (an abstract
    noun, no role, organisation, document or entity) and a person follows the verb. Returns the
    subject after the verb, else None."""
    s, e = subj
    anaphor = e - s == 1 and s <= 1 and toks[s].text.lower() in lx.anaphors  # "Dies erklärte der Sprecher …"
    if not anaphor and (toks[s].text in lx.subject_pronouns or (toks[s].text.lower() in REL_PRONOUNS and e - s == 1)):
        return None
    j = skip_adverbials(ctx, toks, i + 1, lx)
    if j >= len(toks):
        return None
    if toks[j].text in lx.nominative_only_pronouns:
        return Speaker(toks[j].span, "after", j + 1)
    bare = not (anaphor or _names_nothing(ctx, toks, s, e, lx) or _plural_before_singular_verb(ctx, toks, s, e, i))
    if bare and not _bare_noun(ctx, toks, s, e, lx):
        return None
    if _inverted_pronoun(toks, j, lx) and toks[j].text == "sie":
        return Speaker(toks[j].span, "after", j + 1)
    if toks[j].text.lower() in lx.oblique_articles:
        return None
    e2 = np_forward(ctx, toks, j, lx)
    if e2 <= j:
        return None
    sp = Span(toks[j].span.start, toks[e2 - 1].span.end)
    if bare:
        # "Zweifel äußerte der Minister", "Kritik übte Müller": after a fronted bare noun only a
        # phrase that is surely nominative is the subject (not "Experten warnten die Regierung")
        masculine = toks[j].text.lower() in ("der", "ein") and any(t.text in lx.person_roles and not t.text.endswith("in") for t in toks[j:e2])
        named = any(ent.label == "PER" and ent.span.start == toks[j].span.start for ent in ctx.doc.entities)
        return Speaker(sp, "after", e2) if masculine or named else None
    person = any(ent.label in ("PER", "ORG") for ent in entities_overlapping(ctx.doc, sp)) or any(
        t.text in lx.person_roles or t.text.lower().endswith(lx.animate_endings) for t in toks[j:e2]) \
        or classify_mention(ctx.text[sp.start : sp.end], lx)[1] != "unnamed"
    return Speaker(sp, "after", e2) if person else None


def _bare_noun(ctx: Context, toks: list[Token], s: int, e: int, lx: Lang) -> bool:
    """toks[s:e] is one capitalised noun without an article that names no one ("Zweifel", "Kritik")."""
    sp = toks[s].span
    return e - s == 1 and toks[s].text[:1].isupper() and toks[s].text.isalpha() and toks[s].text not in lx.person_roles \
        and not entities_overlapping(ctx.doc, sp) and classify_mention(toks[s].text, lx)[1] == "unnamed"


def _plural_before_singular_verb(ctx: Context, toks: list[Token], s: int, e: int, i: int) -> bool:
    """The parse reads the head of toks[s:e] as a plural and the verb toks[i] as a singular:
    the phrase is no subject of the verb ("Beispiele nannte der Minister nicht")."""
    head = next((t for t in reversed(toks[s:e]) if t.text[:1].isupper()), None)
    return head is not None and "Number=Plur" in ctx.feats_at(head.span) and "Number=Sing" in ctx.feats_at(toks[i].span)


def _names_nothing(ctx: Context, toks: list[Token], s: int, e: int, lx: Lang) -> bool:
    """The phrase toks[s:e] is a description of a thing: its head noun (the first capitalised
    word) ends like an abstract noun (`inanimate_suffixes`) and is no role, organisation or
    document, or it is a noun of a speech act after its article (`speech_nouns`: "Die Vorwürfe"),
    and no named entity lies in the phrase."""
    sp = Span(toks[s].span.start, toks[e - 1].span.end)
    if entities_overlapping(ctx.doc, sp):
        return False
    head = next((t.text for t in toks[s:e] if t.text[:1].isupper() and t.text.lower() not in lx.determiners), None)
    if head is not None and head.lower() in lx.speech_nouns and toks[s].text.lower() in lx.determiners:
        return True  # "Die Vorwürfe wies der Landrat zurück": a speech act says nothing itself
    if head is None or head in lx.person_roles or head in lx.type_heads or head in lx.document_heads:
        return False
    low = head.lower()
    return low.endswith(lx.inanimate_suffixes) and not low.endswith(lx.animate_endings)


def _fronted_no_subject(lows: list[str], i: int, lx: Lang) -> bool:
    """What stands before the German verb at i is no subject: nothing but clause openers, a phrase that
    opens with a preposition ("In einer Umfrage des Verbands sagten …", "Am Montag sagten …") or one
    word that is no pronoun or article ("Gestern sagten …"). Not "Der Konzern informierte 40 Prozent
    der Beschäftigten, dass …", where the share after the verb is its object."""
    s = 0
    while s < i and lows[s] in CONJ_START:
        s += 1
    return s == i or lows[s] in PREPOSITIONS_DE or (i - s == 1 and lows[s] not in lx.subject_pronouns | lx.determiners)


def _share_of_group(toks: list[Token], j: int, lx: Lang) -> int | None:
    """The end (exclusive) of a German share of a group at toks[j]: a number (after "mehr als", "knapp",
    `share_openers`), a word of share (`share_nouns`: "Prozent", "Drittel", "Mehrheit") and the group in the
    genitive ("40 Prozent der Befragten", "mehr als ein Drittel aller Firmen", "die Mehrheit der Eltern"); None
    otherwise."""
    share = load(lx.code, "lexicon").get("group_shares", {})
    openers, nouns, genitives, most = (frozenset(share.get(k, [])) for k in ("openers", "nouns", "genitives", "quantifiers"))
    n = len(toks)
    k = j
    while k < n and toks[k].text.lower() in openers:
        k += 1
    if k < n and (toks[k].text.replace(",", "").replace(".", "").isdigit() or toks[k].text.lower() in lx.determiners):
        k += 1
    if k < n and toks[k].text in most:
        g = k + 1  # "die meisten befragten Ärzte": a quantifier takes its group without a genitive
    elif k + 2 >= n or (toks[k].text not in nouns and toks[k].text != "%") or toks[k + 1].text.lower() not in genitives:
        return None
    else:
        g = k + 2
    # (lower-case adjectives before the group's noun: "40 Prozent der befragten Ärzte", "der jungen Eltern")
    while g < min(n - 1, k + 5) and toks[g].text[:1].islower() and toks[g].text.isalpha() and toks[g].text.lower() not in lx.determiners:
        g += 1
    if g >= n or not toks[g].text[:1].isupper() or not toks[g].text[:1].isalpha():
        return None
    return g + 1


def _inverted_pronoun(toks: list[Token], j: int, lx: Lang) -> bool:
    """toks[j] is a personal pronoun that closes the inverted subject slot: not "sie" as an object
    before a noun or a verb's particle ("bezeichnete sie als …" is still read as the subject only
    when no noun phrase follows it)."""
    if toks[j].text not in lx.inverted_pronouns:
        return False
    nxt = toks[j + 1].text if j + 1 < len(toks) else "."
    return not (nxt[:1].isupper() and nxt[:1].isalpha())


@cache
def _statement_demonstratives(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "cues").get("statement_demonstratives", []))


def names_someone(ctx: Context, sp: Span, lx: Lang) -> bool:
    """A source mention is a noun phrase that names someone: not punctuation or a number, not an
    adverb or preposition ("Indeed", "Insbesondere", "per se"), not a participle phrase ("Using a
    crude expression"), not a clause ("journalists vetted the documents")."""
    # (an ordinal joined to a word is one modifier: "the 14th-ranked Lund", "the 3rd-seeded player")
    words = re.findall(r"[^\W\d_][\w'’.-]*|\d+(?:st|nd|rd|th)-[^\W\d_][\w-]*|\d[\d.,]*", ctx.text[sp.start : sp.end])
    if not words or not any(w[:1].isalpha() for w in words):
        return False
    raw = ctx.text[sp.start : sp.end]
    if "''" in raw or any(m.group(1) not in lx.title_abbreviations and m.group(1) + "." not in COMPANY_SUFFIXES
                          for m in re.finditer(r"(\w{3,})\.\s+[^\s\d]", raw)):
        return False  # a quotation mark or a sentence end inside: "saw fit. ''We" (not a firm's "Inc. officials")
    content = [w for w in words if w.lower() not in lx.determiners and not (lx.code == "en" and w.lower() in lx.possessive_determiners)]
    if len(words) == 1 and (words[0] in lx.subject_pronouns or words[0].lower() in lx.possessive_determiners):
        return True  # "Diese bestätigte, …", "his (claim that …)": a pronoun, resolved to whom it points at
    if not content:
        return False
    if lx.code == "de" and len(words) == 2 and words[0].lower() in _statement_demonstratives(lx.code) \
            and (words[1].lower() in lx.speech_nouns or words[1].lower() in lx.nach_heads):
        return False  # "Diese Mitteilung kommt aus dem Amt": the statement itself, no one who made it (session 36)
    first = content[0]
    low = first.lower()
    attribute = lx.code == "de" and words[0] != first and low in PREPOSITIONS_DE and len(content) > 3  # "die auf X spezialisierte Zeitung"
    acronym = lx.code == "en" and len(first) >= 2 and first.isupper() and first.isalpha()  # "WHO", not "who"
    acronym = acronym or (lx.code == "de" and first in ctx.stop_word_surnames())  # "sagt Kurz" after "Anna Kurz": her surname
    if ((low in lx.np_stop and low not in lx.determiners and not attribute) or low in SUBORDINATORS) and not acronym:
        return False
    if len(content) <= 2 and low in PREPOSITIONS_DE | PREPOSITIONS_EN and low not in lx.determiners \
            and not (low in lx.name_particles and len(content) == 2 and content[1][:1].isupper()
                     and (first[:1].isupper() or re.search(r"\b[A-ZÄÖÜ][\w-]+ " + re.escape(f"{first} {content[1]}") + r"\b", ctx.text))):
        # "per se"; longer phrases may open with a modifier ("die für gewöhnlich gut informierte …"); a name's
        # particle opens a surname the text gives in full ("sagte von Brandt" after "Alexander von Brandt")
        return False
    if lx.code == "en":
        nominal = words.index(first) > 0 or "-" in first  # "the ruling", "my mother", "conservative-leaning"
        nxt = words[words.index(first) + 1 : words.index(first) + 2]
        if low.endswith("ing") and len(words) - words.index(first) in (2, 3) and nxt and nxt[0][:1].islower() \
                and nxt[0].lower() not in lx.determiners and nxt[0].lower() not in lx.possessive_determiners and nxt[0].lower() not in PREPOSITIONS_EN:
            nominal = True  # "trading experts": a modifier of the noun, no participle phrase
        particle = low in lx.name_particles and len(content) == 2 and content[1][:1].isupper()  # "de Gaulle", "van Dijk": a surname
        if first[:1].islower() and ((low.endswith(("ly", "ing")) and not nominal) or (len(first) <= 2 and words[0] == first and not particle)) \
                and first not in lx.subject_pronouns:
            return False
        k1 = words.index(first) + 1
        if first[:1].isupper() and low.endswith("ing") and k1 < len(words) and (
                words[k1].lower() in lx.determiners or words[k1].lower() in lx.possessive_determiners or words[k1].lower() in PREPOSITIONS_EN):
            return False  # "Using a crude expression", not "Voting rights advocates"
        k0 = words.index(first)
        # (a cue form the parse reads as the noun after an adjective is the phrase's head: "new reports")
        heads = {ctx.text[ctx.doc.syntax[w].span.start : ctx.doc.syntax[w].span.end] for w in words_in(ctx.doc, sp)
                 if ctx.doc.syntax[w].pos == "NOUN" and w > 0 and ctx.doc.syntax[w - 1].pos == "ADJ"}
        if any(_en_verb_like(w, lx) and not _in_noun_phrase(words, k, lx) and not (w in heads and w.lower() in lx.noun_homographs)
               for k, w in enumerate(words) if k > k0):
            return False
    elif lx.code == "de" and len(content) == 1 and first[:1].islower() and not first.startswith("@") and "." not in first and not is_camel_name(first) \
            and not any(ch in QUOTE_CHARS for ch in raw) and first not in lx.inverted_pronouns and first not in gazetteer_names():
        return False  # a lower-case word ("weiteren"), but not a quoted name, a domain ("„tagesschau.de“") or an outlet ("dpa")
    return len(words) <= 20


def names_a_thing(ctx: Context, sp: Span, lx: Lang) -> bool:
    """A German source mention whose head is an abstract noun (`inanimate_suffixes`: "eine
    Entschuldigung", "die Entwicklung") and in which nothing names a speaker: no entity, no role,
    no organisation or document noun (also at the end of a compound: "Regierungserklärung"), no
    owner that is one ("die Einschätzung des Verbands")."""
    if lx.code != "de":
        return False
    nouns = [w for w in re.findall(r"[\w-]+", ctx.text[sp.start : sp.end]) if w[:1].isupper() and w.lower() not in lx.determiners]
    if not nouns:
        return False
    if names_an_event(ctx, sp, lx):
        return True  # "Ein Rundgang im Hafen zeigt, …": an event shows something, it says nothing
    for w in nouns:
        low = w.lower()
        if w in lx.person_roles or w in lx.type_heads or low.endswith(lx.animate_endings) or low.endswith(lx.document_head_endings) \
                or not low.endswith(lx.inanimate_suffixes):
            return False
    return not entities_overlapping(ctx.doc, sp)  # (last: the rare phrase that got this far)


def names_an_event(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The head of a German source mention (its first noun) is a noun of an event (`is_event`); not
    a lone word that is the surname of a person the text names in full (`Context.person_surnames`:
    "…, sagte Fall" after "Ibrahima Fall", a noun too; issue 7, session 37)."""
    nouns = [w for w in re.findall(r"[\w-]+", ctx.text[sp.start : sp.end]) if w[:1].isupper() and w.lower() not in lx.determiners]
    if len(nouns) == 1 and ctx.text[sp.start : sp.end].strip() == nouns[0] and nouns[0] in ctx.person_surnames():
        return False
    return bool(nouns) and is_event(nouns[0], lx)


def is_event(word: str, lx: Lang) -> bool:
    """`word` is a noun of an event or occasion (`event_heads`), also at the end of a compound
    (`event_head_endings`: "Grenzbesuch"), and no role or organisation."""
    if word in lx.person_roles or word in lx.type_heads:
        return False
    low = word.lower()
    return word in lx.event_heads or (low.endswith(lx.event_head_endings) and not low.endswith(lx.animate_endings))


def pronoun_alone(ctx: Context, sp: Span, lx: Lang) -> Span:
    """A subject pronoun takes no words after it: "He made a point of (saying)" → "He"."""
    m = re.match(r"(\w+)\s+[a-z]", ctx.text[sp.start : sp.end])
    if m and lx.code == "en" and m.group(1) in lx.subject_pronouns:
        return Span(sp.start, sp.start + len(m.group(1)))
    return sp


_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w'’-]*")
_ANY_WORD = re.compile(r"[\w'’-]+")


def surname_after_heading(ctx: Context, sp: Span, lx: Lang) -> Span:
    """"Zwölf Monate im Wartesaal Huber warnte …", "Neue Allianzen Berger hingegen
    war …": a sub-heading run into the text (its line break lost, as in flattened copy) before a
    speaker named by the surname alone. When the subject opens its sentence with two words or more
    before a surname whose full name the text gives elsewhere, none of them an article or a role
    ("Landeshauptmann Berger", "Die Firma Roth"), the speaker is the surname alone (German)."""
    words = list(_ANY_WORD.finditer(ctx.text, sp.start, sp.end))
    if len(words) < 3 or words[-1].end() != sp.end or not _NAME_WORD.fullmatch(words[-1].group()):
        return sp
    si = ctx.sentence_index(sp)
    if si is None or strip_span(ctx.text, ctx.doc.sentences[si].span).start != sp.start:
        return sp
    last = words[-1].group()
    full = full_name(ctx.doc, last)
    before = [w.group() for w in words[:-1]]
    if full is None or full.split()[0] in before or before[0].lower() in lx.determiners \
            or any(is_role(w, lx) or w in lx.type_heads or w.lower().endswith(_descriptor_endings(lx)) for w in before):
        return sp
    return Span(words[-1].start(), sp.end)


_DESCRIPTOR_ENDINGS: dict[str, tuple[str, ...]] = {}


def _descriptor_endings(lx: Lang) -> tuple[str, ...]:
    """Role nouns and type heads, lower-cased, as endings of a descriptor noun ("Hafenbürgermeister")."""
    if lx.code not in _DESCRIPTOR_ENDINGS:
        _DESCRIPTOR_ENDINGS[lx.code] = tuple(w.lower() for w in (*lx.person_roles, *lx.type_heads) if len(w) >= 4)
    return _DESCRIPTOR_ENDINGS[lx.code]


def subject_before_object(ctx: Context, sp: Span, lx: Lang) -> Span:
    """An inverted subject that runs on into a named object ("gratulierte Kim Wladimir Putin zum
    Geburtstag"): when the first word of a run of three or more names is, elsewhere in the text,
    a name of its own (standing alone or with other words after it) and the rest is a name the text
    uses elsewhere too, the subject is the first word alone. An article or a descriptor noun is no
    such name ("Der US-Nachrichtensender CNN", "Bürgermeister Jan Kurz")."""
    words = list(_NAME_WORD.finditer(ctx.text, sp.start, sp.end))
    if len(words) < 3 or ctx.text[sp.start : sp.end].count(" ") != len(words) - 1 or words[0].start() != sp.start:
        return sp
    first, rest = words[0].group(), ctx.text[words[1].start() : sp.end]
    if first.lower() in lx.determiners or first.lower() in lx.np_stop or first in lx.subject_pronouns \
            or first.lower().endswith(_descriptor_endings(lx)):
        return sp
    text = ctx.text
    others = [m for m in whole_words(text, first) if not sp.start <= m.start() < sp.end]
    alone_or_other = any(not text.startswith(" " + rest, m.end()) for m in others)
    rest_elsewhere = any(not sp.start <= m.start() < sp.end for m in whole_words(text, rest))
    if alone_or_other and rest_elsewhere:
        return Span(sp.start, words[0].end())
    return sp



_EN_WORD = re.compile(r"[^\W_][\w'’.-]*")
#: parts of speech of a word that ends an English speaker's phrase but is no part of it
_NOT_IN_SPEAKER = frozenset({"ADV", "VERB", "AUX", "PART"})
#: the short forms of "is"/"has" and a negation that the rules may take into a speaker ("He’s (said)", "Trump isn’t")
_CONTRACTED = re.compile(r"(?:['’]s|n['’]t)$")


def trim_speaker(ctx: Context, sp: Span, lx: Lang) -> Span:
    """An English speaker as the noun phrase that names someone, without what the rules ran on
    into: a conjunction that opens the sentence ("But Megan Hester"), a fronted adverbial before
    a comma ("In a Facebook message posted Friday, Cruz"; "Speaking at a rally, Trump"), a
    relative clause ("Mr. Obama, who understood that …"), and at the end adverbs, time expressions,
    verbs and contracted auxiliaries before the cue ("Reid frequently", "Wells Fargo just this
    month", "The nominee continues (to insist)", "He’s (said)"); by the parse's part of speech and
    the time expressions. Unchanged when nothing of that is there."""
    text = ctx.text
    words = [Span(sp.start + m.start(), sp.start + m.end()) for m in _EN_WORD.finditer(text[sp.start : sp.end])]
    if not words:
        return sp
    k = len(words)
    low = [text[w.start : w.end].lower() for w in words]
    a = skip_conjunctions(low, k - 1)
    first = text[words[a].start : words[a].end]
    commas = [m for m in range(a + 1, k) if "," in text[words[m - 1].end : words[m].start]]
    opens_adverbial = low[a] in PREPOSITIONS_EN or low[a] in SUBORDINATORS or low[a] in REL_PRONOUNS \
        or (first[:1].islower() and ctx.pos_at(words[a]) in ("ADV", "VERB", "AUX")) \
        or (low[a].endswith("ing") and a + 1 < k and (low[a + 1] in lx.determiners or low[a + 1] in PREPOSITIONS_EN))
    before = re.search(r"(\w+)\s*$", text[max(0, sp.start - 30) : sp.start])
    after_subordinator = a == 0 and before is not None and before.group(1).lower() in SUBORDINATORS - lx.complementizers
    if commas and (opens_adverbial or after_subordinator):
        # "In a Facebook message posted Friday, Cruz": the subject after the adverbial; "As the
        # nation grapples with …, politicians (are decrying)": after the clause the parse ran on from
        a = commas[-1]
    elif not commas:
        # "Last night Leo Varadkar", "On Friday the minister": a fronted time expression with no
        # comma after it, before a name or a determiner, is no part of the speaker
        m = a
        while m < k - 1 and (ctx.in_timex(words[m]) or (low[m] in PREPOSITIONS_EN and ctx.in_timex(words[m + 1]))):
            m += 1
        if m > a and ctx.in_timex(words[m - 1]) and (text[words[m].start].isupper() or low[m] in lx.determiners):
            a = m
    dashes = [m for m in range(a + 1, k) if any(d in text[words[m - 1].end : words[m].start] for d in ("—", "–", "--", "―", " - "))]
    if dashes and text[words[dashes[-1]].start][:1].isupper():
        a = dashes[-1]  # "LA CROSSE, Wis. — Gov. Ann Lee": a dateline or an opener before the dash
    rel = next((m for m in range(a + 1, k) if ((low[m] in lx.relatives - lx.object_relatives and not text[words[m].start : words[m].end].isupper())
                                               or (low[m] in lx.object_relatives and m in commas))
                or (m in commas and low[m].endswith("ing") and text[words[m].start].islower())), None)
    if rel is not None:
        k = rel  # "Mr. Obama, who understood …", "The senator, appearing on Fox News,": no part of the speaker
    adverbial = next((m for m in range(a + 1, k) if m in commas and (
        (low[m] in PREPOSITIONS_EN and low[m] != "of") or low[m] in CONJ_START or (lx.ly_adverb(low[m]) and ctx.pos_at(words[m]) == "ADV"))), None)
    if adverbial is not None:
        k = adverbial  # "Ann Lee, in an interview on Monday, (said)": an adverbial set off by commas
    while k - 1 > a:
        w = words[k - 1]
        word = text[w.start : w.end]
        if ctx.in_timex(w) or (word[:1].islower() and ((ctx.pos_at(w) in _NOT_IN_SPEAKER and word.lower() not in lx.ly_nouns
                                                        and not _document_after_name(ctx, words, k - 1, a))
                                                       or word in PREPOSITIONS_EN)):
            k -= 1
            continue
        break
    end = words[k - 1].end
    last = text[words[k - 1].start : end]
    if k - 1 > a and last.lower().endswith(("n't", "n’t")) and last[:1].islower():
        k -= 1  # "Trump isn’t"
        end = words[k - 1].end
    elif _CONTRACTED.search(last) and last[:-2].lower() not in REL_PRONOUNS | {"that"} and (
            last[:-2].lower() in lx.contracting_pronouns or (k == len(words) and _verb_follows(ctx, end))):
        end -= 2  # "He’s (said)": the auxiliary, not a possessive
    if a == 0 and k == len(words) and end == words[-1].end:
        if text[end : sp.end].strip() in ("(", "—", "–", "--", "-", "―"):
            return Span(sp.start, end)  # "The mayor — who said …": the dash or bracket opens what follows
        return sp
    return Span(words[a].start, end)


def _document_after_name(ctx: Context, words: list[Span], m: int, a: int) -> bool:
    """words[m] is the head noun of a document or a finding right after a capitalised word or a noun ("A
    Harbor University poll", "an exit poll"), whatever part of speech the parse gave it (rule
    attr.speaker.en.document_head)."""
    text = ctx.text
    return m - 1 >= a and text[words[m].start : words[m].end].lower() in lang("en").recalled_documents \
        and (text[words[m - 1].start : words[m - 1].end][:1].isupper() or ctx.pos_at(words[m - 1]) == "NOUN")


@cache
def _en_words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load("en", "lexicon").get(key, []))


#: the rule suffixes of the two cuts below
QUESTION_AUX_RULE = "+speaker.question_aux"
AFTER_PLACE_RULE = "+speaker.after_place"


def _opens_sentence(ctx: Context, at: int) -> bool:
    """`at` is where the first word of its sentence starts (past a conjunction that opens it: "But did …")."""
    si = ctx.sentence_index(Span(at, at + 1))
    if si is None:
        return False
    lows = [t.text.lower() for t in ctx.doc.sentences[si].tokens]
    k = skip_conjunction(lows, min_len=2)
    toks = ctx.doc.sentences[si].tokens
    return k < len(toks) and toks[k].span.start == at


def past_question_auxiliary(ctx: Context, sp: Span, lx: Lang) -> Span:
    """English: "Did Mary Holm (have a statement?)", "Has Tom Reed (said anything?)": a speaker that opens
    a question with an auxiliary (a capitalised word of `question_auxiliaries`, resources/en/lexicon.json,
    first in a sentence that ends with a question mark) before a name in capitals: the name without it
    (rule suffix `+speaker.question_aux`). Unchanged otherwise ("Will Tom Reed run?" keeps no "Will":
    a question; "Will Smith said …" is no question and stays whole)."""
    if lx.code != "en":
        return sp
    m = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", ctx.text[sp.start : sp.end])
    if m is None or m.group(1).lower() not in _en_words("question_auxiliaries") or not _opens_sentence(ctx, sp.start):
        return sp
    si = ctx.sentence_index(sp)
    if si is None or not ctx.text[ctx.doc.sentences[si].span.start : ctx.doc.sentences[si].span.end].rstrip(" \t\n\"”’'").endswith("?"):
        return sp
    return Span(sp.start + m.end(), sp.end)


def _place_names() -> frozenset[str]:
    from ..sources.gazetteer import country_names

    return country_names() | _state_names()


@cache
def _state_names() -> frozenset[str]:
    return frozenset(n for group in load("common", "places").get("groups", []) for n in group)


def past_fronted_place(ctx: Context, sp: Span, lx: Lang) -> Span:
    """English: "In Paris de Gaulle said …", "At Harbour College Ann Lee said …": a speaker in capitals after
    a preposition of place (`locative_openers`, resources/en/lexicon.json) that opens its sentence with no
    comma after the place: the place is no part of the name. The name starts after a place of
    resources/common (countries, capitals, states: "Paris", "New York"), else at a given name of
    resources/en/gender.json after the first word; a phrase with an article after the words in capitals opens
    at the article ("In Springfield the mayor") (rule suffix `+speaker.after_place`). Unchanged when the
    speaker holds no such place, name or article, or nothing would be left."""
    if lx.code != "en":
        return sp
    words = list(re.finditer(r"[\w'’.-]+", ctx.text[sp.start : sp.end]))
    if len(words) < 2:
        return sp
    k = 0
    if words[0].group().lower() in _en_words("locative_openers"):
        at = sp.start  # (the preposition taken into the speaker: "In Paris de Gaulle")
        k = 1
    else:
        before = re.search(r"([A-Za-z]+)\s+$", ctx.text[max(0, sp.start - 20) : sp.start])
        if before is None or before.group(1).lower() not in _en_words("locative_openers"):
            return sp
        at = sp.start - len(before.group(0))
    if not _opens_sentence(ctx, at) or not words[k].group()[:1].isupper():
        return sp
    places = _place_names()
    cut = next((j for j in range(len(words), k, -1) if " ".join(w.group() for w in words[k:j]) in places), None)
    if cut is None:
        from ..sources.gender import en_gender_words

        given = en_gender_words()[1]
        cut = next((j for j in range(k + 1, len(words)) if words[j].group() in given and words[j - 1].group()[:1].isupper()), None)
    article = next((j for j in range(k + 1, len(words)) if words[j].group() in lx.determiners), None)  # (lower case only)
    if article is not None and all(w.group()[:1].isupper() for w in words[k:article]) and (cut is None or article < cut):
        return Span(sp.start + words[article].start(), sp.end)  # "In Springfield the mayor": the phrase opens at its article
    if cut is None or cut >= len(words) or not any(w.group()[:1].isupper() for w in words[cut:]):
        return sp
    return Span(sp.start + words[cut].start(), sp.end)


#: the rule mark of a claim whose speaker `apposition_name` found as a name with its article ("the Valley Courier")
NAMED_WITH_ARTICLE_RULE = "+named_outlet"


def apposition_name(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """The name in an English speaker of two parts joined by a comma, one a name and the other a
    description of its bearer: "General Ann Lee, chairman of the Joint Chiefs" → "General Ann
    Lee", "her senior policy adviser, Tom Reed" → "Tom Reed". A name is one to five capitalised
    words (not opening with an article); a description opens with a lower-case word. None when
    the speaker is no such pair ("Ann Lee, Bob Ray and Carl Fox", "Lee")."""
    raw = ctx.text[sp.start : sp.end]
    parts = [m for m in re.finditer(r"[^,]+", raw) if m.group().strip()]
    if len(parts) != 2 or raw.count(",") != 1:
        return None
    # a parenthesis after a name is no part of it ("Rep. Ann Lee (D-Ohio), head of …")
    spans = [strip_span(ctx.text, Span(sp.start + m.start(), sp.start + m.start() + len(m.group().split("(")[0])))
             for m in parts]
    words = [_EN_WORD.findall(ctx.text[p.start : p.end]) for p in spans]
    if not all(words):
        return None

    def name(ws: list[str]) -> bool:
        if len(ws) > 1 and ws[0].lower() == "the" and ws[1].lower() not in lx.determiners:
            # rule attr.speaker.en.named_outlet (NAMED_WITH_ARTICLE_RULE on the claim): "the local paper, the Valley
            # Courier", "The Courier, the city's paper": a name with its article, of one word or more
            ws = ws[1:]
        return len(ws) <= 5 and ws[0].lower() not in lx.determiners and all(w[:1].isupper() for w in ws)

    def description(ws: list[str]) -> bool:
        own = next((k for k, w in enumerate(ws[:4]) if re.fullmatch(r"[A-Z][\w.-]*['’]s", w)), None)
        if own is not None and all(w[:1].isupper() for w in ws[:own]) and len(ws) > own + 1 and ws[own + 1][:1].islower():
            return True  # "Berg’s lawyer", "Oslo’s new harbour master": a possessive name, then the role
        if len(ws) > 1 and ws[0] in ("The", "A", "An") and ws[1][:1].islower():
            ws = ws[1:]  # "The local paper, the Valley Courier": a description that opens the sentence
        return ws[0][:1].islower() and ws[0].lower() not in lx.forms

    if name(words[0]) and description(words[1]):
        return spans[0]
    if description(words[0]) and name(words[1]):
        return spans[1]
    return None


def _verb_follows(ctx: Context, end: int) -> bool:
    """The word after `end` is a verb by the parse ("Trump’s said" rather than "Trump’s aides")."""
    m = _EN_WORD.search(ctx.text, end, min(len(ctx.text), end + 40))
    return m is not None and ctx.pos_at(Span(m.start(), m.end())) in ("VERB", "AUX")
