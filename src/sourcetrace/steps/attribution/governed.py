"""The noun phrase an according-to preposition governs, read from the German dependency parse
(`steps/syntax.py`, model syntax_de_ud) and the case its articles mark, not from a window of tokens.

"laut einer neuen Studie der Verband …", "Die Reform wird den Angaben zufolge …": the token rules
(`phrases.np_forward`, `np_backward`) take capitalised words and genitive articles as long as they
come, and so run from the source into the clause's own subject or object. The source is the
phrase that the preposition ("laut", "nach Angaben", "gemäß", "zufolge") governs: the subtree of
its noun in the parse. A word after (or before) that subtree that the parse makes an argument of
the clause (its subject, object or root) opens another phrase, and so does an article whose case
cannot be a genitive attribute's: "der" before an adjective in -e ("der größte Sponsor": a
nominative), "den", "dem", "das", "die" before the phrase of "zufolge" ("die Reform den Angaben
zufolge"). The words are data: `governed_phrase` of resources/de/according.json.
"""

from __future__ import annotations

import functools
import re

from ...document import Token
from ...resources import load
from ..lexicon import AUX, PREPOSITIONS_DE, SUBORDINATORS, Lang, is_adjective_like
from ..sources import gazetteer_names
from ..syntax import children, entities_overlapping, subtree
from .context import Context
from .phrases import np_forward

#: the endings of an adjective that opens a name ("der Syrischen Beobachtungsstelle", "der Deutschen Bank")
_NAME_ADJECTIVE = re.compile(r"(?:isch|lich|ig|bar|sam|haft|sch)(?:e|en|er|es|em)$")
#: relations inside a noun phrase: climbing them from a word reaches the phrase's head
_NP_INNER = frozenset({"det", "amod", "compound", "flat", "case", "nummod", "det:poss", "flat:name"})


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    data = load("de", "according").get("governed_phrase", {})
    return {k: frozenset(w.lower() for w in v) for k, v in data.items() if isinstance(v, list)}


def _head(ctx: Context, w: int, stop: set[int]) -> int:
    """The head of the noun phrase word `w` belongs to: up its phrase-internal relations, not into `stop`."""
    syn = ctx.doc.syntax
    for _ in range(8):
        h = syn[w].head
        if h == w or h in stop or syn[w].dep not in _NP_INNER:
            return w
        w = h
    return w


def _clause_role(ctx: Context, h: int, inside: set[int]) -> bool:
    """The phrase headed by word `h` is an argument of the clause (subject, object, expletive, the
    root of a verbless headline) whose head lies outside the preposition's phrase; a second
    subject of a verb that has one already is the parse's slip, no argument."""
    syn = ctx.doc.syntax
    dep = syn[h].dep
    roles = _words().get("clause_relations", frozenset())
    if dep not in roles:
        return False
    if dep == "root":
        return True
    verb = syn[h].head
    if verb in inside or verb == h:
        return False
    if dep.startswith("nsubj"):
        return not any(c != h and syn[c].dep.startswith("nsubj") for c in children(ctx.doc, verb))
    return True


def _one_name(ctx: Context, toks: list[Token], a: int, b: int) -> bool:
    """toks[a] and toks[b] lie in one name the tagger found ("Bank Austria", "Verkehrsclub Österreich")."""
    return any(ent.span.start <= toks[a].span.start and toks[b].span.end <= ent.span.end
               for ent in entities_overlapping(ctx.doc, toks[a].span))


def _bare_noun_after_plural(ctx: Context, toks: list[Token], k: int) -> bool:
    """toks[k], a capitalised word with no article, is a common noun of its own after a noun in
    the dative plural ("laut Medienberichten Informationen über …"), not a name in apposition
    ("der Agentur Reuters", "Bergrettung Axams") nor a name's second word: the parse calls it a
    noun, the tagger finds no name there, and the word before ends in -n."""
    if ctx.pos_at(toks[k].span) != "NOUN" or entities_overlapping(ctx.doc, toks[k].span) or toks[k].text in gazetteer_names():
        return False
    prev = toks[k - 1].text
    return prev[:1].isupper() and prev.endswith("n") and ctx.pos_at(toks[k - 1].span) in ("NOUN", "ADJ")


def _in_subordinate(toks: list[Token], prep: int, lx: Lang) -> bool:
    """The phrase at toks[prep] stands in a clause that a subordinator or "wie" opens ("wie aus
    einem Bericht der Behörde hervorgeht"), which may well have no subject."""
    for t in reversed(toks[:prep]):
        if t.text in (",", ";", ":", "–", "—"):
            return False
        if t.text.lower() in SUBORDINATORS or t.text.lower() in lx.wie:
            return True
    return False


def _has_subject(ctx: Context, verb: int) -> bool:
    """The parse gives the verb a subject (or an expletive "es"), or makes it a passive, which may
    have none ("wurde geschossen")."""
    syn = ctx.doc.syntax
    return any(syn[c].dep.startswith(("nsubj", "csubj", "expl", "aux:pass")) for c in children(ctx.doc, verb))


def _may_open_subject(toks: list[Token], e: int, lx: Lang) -> bool:
    """A word of the clause after the according-to phrase (up to its next punctuation) may open its
    subject: an article, a capitalised word, a subject pronoun ("… sind drei Menschen gestorben")."""
    for t in toks[e:]:
        if t.text in (",", ".", ";", ":", "!", "?", "–", "—"):
            return False
        if t.text.lower() in lx.determiners or t.text[:1].isupper() or t.text in lx.subject_pronouns:
            return True
    return False


def nominative_after(toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k:] opens a nominative (or accusative) noun phrase that no genitive can be: "der" before
    an adjective in -e and a capitalised noun ("der größte Arbeitgeber"; a genitive or dative has
    "der größten"), or an article that is never a genitive's ("das", "die", "ein", "eine")."""
    if k >= len(toks):
        return False
    low = toks[k].text.lower()
    if low in _words().get("never_genitive", frozenset()):
        return True
    if low in _words().get("weak_nominative", frozenset()) and k + 2 < len(toks):
        adj = toks[k + 1].text
        return adj[:1].islower() and adj.endswith("e") and is_adjective_like(adj) and toks[k + 2].text[:1].isupper()
    return False


def governed_end(ctx: Context, toks: list[Token], prep: int, s: int, e: int, lx: Lang) -> tuple[int, str] | None:
    """Where the source toks[s:e] after the according-to preposition toks[prep] ends when it ran
    into the clause: (k, "parse") when toks[k:e] lie outside the subtree of the noun the
    preposition governs and the parse makes them an argument of the clause ("laut einer Studie |
    der Verband …", "laut Medienberichten | Informationen …"), (k, "case") when an article at k
    marks a nominative ("laut den Nachrichten | der größte Sponsor"); None when the phrase is whole."""
    if lx.code != "de" or e - s < 2:
        return None
    syn = ctx.doc.syntax
    w = ctx.word_index(toks[prep].span)
    if w is not None and syn[w].dep in ("case", "dep") and syn[w].head != w:
        n0 = syn[w].head
        inside = set(subtree(ctx.doc, n0))
        words = [ctx.word_index(t.span) for t in toks[s:e]]
        for k in range(s + 1, e):
            wk = words[k - s]
            if wk is None or wk in inside or any(x is None or x in inside for x in words[k - s :]):
                continue
            if not (toks[k].text[:1].isupper() or toks[k].text.lower() in lx.determiners) or _one_name(ctx, toks, k - 1, k):
                continue
            if toks[k].text.lower() not in lx.determiners and not _bare_noun_after_plural(ctx, toks, k):
                break  # "der Nachrichtenagentur Reuters", "den Salzburger Nachrichten": a name after its noun
            if _clause_role(ctx, _head(ctx, wk, inside), inside):
                return k, "parse"
            break
        # the parse hung the clause's subject on the phrase as a genitive ("laut einer Studie der
        # Wissensstand ist …"): the verb the phrase belongs to has no subject of its own and no
        # phrase follows that could be one, so the last "der" + noun of the phrase is it
        last = max((k for k in range(s + 1, e - 1) if toks[k].text.lower() in _words().get("weak_nominative", frozenset())
                    and toks[k - 1].text[:1].isupper()), default=None)
        verb = syn[n0].head
        if last is not None and syn[n0].dep == "obl" and verb != n0 and not _has_subject(ctx, verb) \
                and not _may_open_subject(toks, e, lx) and prep > 0 and toks[prep - 1].text not in (",", "(", "–", "—") \
                and not _in_subordinate(toks, prep, lx):
            return last, "subject"
    for k in range(s + 1, e - 1):
        if toks[k - 1].text[:1].isupper() and nominative_after(toks, k, lx):
            return k, "case"
    for k in range(s + 1, e):
        if _verbless_head(ctx, toks, k, lx):
            return k, "nouns"
    return None


def _verbless_head(ctx: Context, toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k] heads a phrase of the clause's own after the phrase's noun toks[k-1], both nouns
    without article ("Laut Jahresbericht | Rückgang an Beschwerden – …", a verbless headline;
    "nach Angaben von Sicherheitskräften | Extremisten aus …"): the
    parse calls the second a common noun, the tagger finds no name in either, a preposition or a
    genitive article follows toks[k], and no finite verb stands after it up to a dash, a colon or
    the end. Two common nouns in a row are no one noun phrase; a name after its noun is ("der
    Agentur Reuters", "Bank Austria in …")."""
    n = len(toks)
    if k < 1 or k + 1 >= n or not (toks[k - 1].text[:1].isupper() and toks[k].text[:1].isupper()) \
            or (k >= 2 and toks[k - 2].text.lower() in lx.determiners):
        return False  # (a noun first in the sentence has no article before it)
    if ctx.pos_at(toks[k].span) != "NOUN" or any(entities_overlapping(ctx.doc, t.span) or t.text in gazetteer_names() for t in toks[k - 1 : k + 1]):
        return False
    if toks[k].text.isupper() or _NAME_ADJECTIVE.search(toks[k - 1].text.lower()):
        return False  # "Bugün TV", "der Syrischen Beobachtungsstelle": an acronym or an adjective of a name
    if not (toks[k + 1].text.lower() in PREPOSITIONS_DE or toks[k + 1].text.lower() in lx.genitive_articles):
        return False
    for t in toks[k + 1 :]:
        if t.text in ("–", "—", ":", ";", "."):
            break
        if t.text[:1].islower() and (t.text in AUX or "VerbForm=Fin" in ctx.feats_at(t.span) or ctx.finite_indicative(t.span) or lx.konjunktiv(t.text)):
            return False
    return True


def governed_extend(ctx: Context, toks: list[Token], prep: int, s: int, e: int, lx: Lang) -> int | None:
    """Where the source toks[s:e] after the according-to preposition toks[prep] ends when a
    genitive owner follows that the token rules left out ("laut Einschätzungen | der Ratingagentur",
    "laut Angaben | ihrer Familien"): the end of that noun phrase when the parse hangs its noun on
    the noun the preposition governs (`nmod`); None otherwise."""
    n = len(toks)
    if lx.code != "de" or e >= n - 1 or e <= s or toks[e].text.lower() not in _words().get("genitive_openers", frozenset()):
        return None
    syn = ctx.doc.syntax
    w = ctx.word_index(toks[prep].span)
    if w is None or syn[w].dep not in ("case", "dep") or syn[w].head == w:
        return None
    n0 = syn[w].head
    e2 = np_forward(ctx, toks, e, lx, apposition=False)
    if e2 <= e + 1:
        return None
    x = ctx.word_index(toks[e2 - 1].span)
    inside = set(subtree(ctx.doc, n0))
    if x is None or x not in inside or syn[x].dep != "nmod" or syn[x].head != n0:
        return None
    return e2


def governed_start(ctx: Context, toks: list[Token], b: int, post: int, lx: Lang) -> tuple[int, str] | None:
    """Where the source toks[b:post] before the postposition toks[post] ("zufolge") begins when the
    words before it took in the clause's own: (k, "case") when an article that no genitive has
    follows a noun or an adverb ("die Reform | den Angaben zufolge", "heuer | der Bank zufolge"),
    (k, "parse") when toks[b:k] lie outside the subtree of the phrase's noun in the parse
    ("die Verwaltung | Presseberichten zufolge"); None when the phrase is whole."""
    if lx.code != "de" or post - b < 2:
        return None
    genitive = _words().get("genitive_determiners", frozenset())
    for k in range(post - 2, b, -1):
        low = toks[k].text.lower()
        if low in lx.determiners and toks[k - 1].text[:1].isalpha() and toks[k - 1].text.lower() not in lx.determiners:
            if low in genitive and toks[k - 1].text[:1].isupper():
                continue  # "dem Bericht der Zeitung zufolge": a genitive after its noun
            return k, "case"
    syn = ctx.doc.syntax
    w = ctx.word_index(toks[post - 1].span)
    if w is None:
        return None
    words = [ctx.word_index(t.span) for t in toks[b:post]]
    if any(x is None for x in words):
        return None
    span = {x for x in words if x is not None}
    n0 = w
    # a name after its noun belongs to it ("der Nachrichtenagentur Anadolu zufolge"), a common noun
    # that the parse hangs on the noun before it does not ("die Verwaltung Presseberichten zufolge")
    name = syn[w].pos == "PROPN" or bool(entities_overlapping(ctx.doc, toks[post - 1].span)) or toks[post - 1].text in gazetteer_names()
    inner = ("nmod", "flat", "compound", "det", "amod", "flat:name", *(("appos",) if name else ()))
    for _ in range(6):  # from the last noun up to the phrase's head ("dem Bericht der Zeitung": Bericht)
        h = syn[n0].head
        if h == n0 or h not in span or syn[n0].dep not in inner or syn[h].pos not in ("NOUN", "PROPN"):
            break
        n0 = h
    inside = set(subtree(ctx.doc, n0))
    k = b
    while k < post - 1 and words[k - b] not in inside:
        k += 1
    if k == b or not all(x in inside for x in words[k - b :]) or _one_name(ctx, toks, k - 1, k):
        return None
    if not any(syn[x].pos in ("NOUN", "PROPN") and toks[b + m].text[:1].isupper() and not is_adjective_like(toks[b + m].text.lower())
               for m, x in enumerate(words[: k - b]) if x is not None):
        return None  # "Französischen Medienberichten zufolge": an adjective the parse left outside
    if toks[k].text[:1].isupper() or toks[k].text.lower() in lx.determiners:
        return k, "parse"
    return None

