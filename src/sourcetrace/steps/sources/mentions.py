"""One source mention read on its own: its type, the name it gives and the role or description
around the name (`analyse_mention`, `classify_mention`), rule ids `source.<type>`.

German mentions are read without the words at their edge that name no one, the rule a suffix of
the source's rule id (`MentionInfo.trim`, session 32): `source.trim.de.edge` (a connective before,
a particle or an adverb in "-weise" after: "Wobei die Zeugin überraschenderweise", "Lenz selbst"),
`source.trim.de.time` (a time phrase at the end: "die Polizei Anfang Oktober"),
`source.trim.de.object_noun` (an abstract noun after a noun of a person: "einem Kollegen
Einseitigkeit"), `source.trim.de.attribute` (a lower-case attribute before a name that opens with
a capitalised adjective); and a counted group is typed as one: `source.group.de.counted` ("Andere
Politiker", "Drei Nachbarn": unnamed, never a person), `source.group.de.spokespersons` ("Zwei
Sprecher der Firma": anonymous)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ...resources import languages, load
from ..lexicon import (
    CONJ_START,
    PREPOSITIONS_DE,
    PREPOSITIONS_EN,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    is_camel_name,
    person_noun,
)
from .gazetteer import (
    ACRONYM,
    ANOTHER,
    DESCRIBED_TYPES,
    DOMAIN,
    INDEFINITE,
    NAME_TOKEN,
    QUOTED,
    TRANSPARENT,
    country_names,
    function_words,
    gazetteer_match,
    gazetteer_names,
    generic_head,
    genitive_role,
    german_given_names,
    head_type,
    is_role,
    name_head_words,
    noun_ending,
    party_member_nouns,
    place_noun_words,
    region_names,
    translit_key,
)
from .gender import given_name_keys


@dataclass
class MentionInfo:
    text: str
    name: str
    type: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    person_tokens: list[str] = field(default_factory=list)
    genitive_org: str | None = None
    description: bool = False  # "der Diktator", "die Zeitung": to be resolved to an earlier source
    pronoun: bool = False
    trim: str | None = None  # the rule that read the mention without words at its edge or retyped it (a rule id's suffix)


#: an English relative clause on a source's noun ("…, who spoke on condition of anonymity", "… who was not
#: authorised to comment on it"): its pronoun and where it starts
_EN_RELATIVE = re.compile(r"\s*,?\s+(?:who|that)\s+")


def anonymity_relative(t: str, lx: Lang) -> MentionInfo | None:
    """English, `source.anonymous` by a relative clause: a noun phrase without a name whose relative clause
    says why it is not named (`anonymous_markers` of lexicon.json: "a senior aide to the governor, who spoke
    on condition of anonymity", "a clerk who was not authorised to comment on it") is an anonymous
    source named by the noun phrase alone ("senior aide to the governor"), the clause no part of its name
    and no organisation ("of anonymity"). None when no such clause follows or the noun phrase names
    someone ("Ann Lee, who spoke on condition of anonymity": still Ann Lee)."""
    m = _EN_RELATIVE.search(t)
    if m is None or m.start() == 0:
        return None
    clause = t[m.start() :].lower()
    if not any(_says_why_unnamed(clause, mark) for mark in lx.anonymous_markers):
        return None
    inner = analyse_mention(t[: m.start()], lx)
    if inner.pronoun or inner.person_tokens or inner.type not in ("person", "unnamed", "anonymous") or not inner.name:
        return None
    if any(w[:1].isupper() for w in words_of(inner.name)) and inner.type != "anonymous" and not inner.role:
        return None  # "Harbor Freight, which asked …": a name, no one unnamed
    name = re.sub(r"^(?:a|an|the)\s+", "", t[: m.start()].strip(" ,"), flags=re.I)
    return MentionInfo(t, name, "anonymous", role=inner.role, genitive_org=inner.genitive_org)


def _says_why_unnamed(clause: str, mark: str) -> bool:
    """A marker of `anonymous_markers` in a relative clause says why its noun phrase is not named: a phrase of
    more than one word that is no noun phrase ("who asked not to be named", "on condition of anonymity"), as whole
    words; a marker of one word ("anonymous", "unnamed") only as the clause's predicate, after a form of being or
    remaining (`anonymity_predicates` of lexicon.json: "who wished to remain anonymous"). A source the clause
    names ("a lawyer who represents several sources", "who met an insider") or an adjective of another noun ("a
    researcher who studies anonymous donations") says nothing of the speaker's own name."""
    words = mark.split()
    if len(words) > 1:
        return words[0] not in ("a", "an", "the") and re.search(rf"(?<!\w){re.escape(mark)}(?!\w)", clause) is not None
    ws = re.findall(r"\w+", clause)
    return any(ws[k] == mark and ws[k - 1] in _anonymity_predicates() for k in range(1, len(ws)))


@cache
def _anonymity_predicates() -> frozenset[str]:
    return frozenset(load("en", "lexicon").get("anonymity_predicates", []))


def statement_owner(words: list[str], lead: int, lx: Lang) -> bool:
    """Rule `source.statement_owner` (German, session 40): a noun of what someone said (`speech_nouns`
    of resources/de/cues.json: "Vorwurf", "Einschätzung", "Kritik") with its owner in the genitive
    after it ("so der Vorwurf der Staatsanwaltschaft", "so die Einschätzung des Verbands") names
    the owner as the source, as "nach Angaben der Polizei" does."""
    return lx.code == "de" and lead + 2 < len(words) and words[lead].lower() in lx.speech_nouns \
        and words[lead + 1].lower() in ("des", "der") and words[lead][:1].isupper()


def _statement_noun(word: str, lx: Lang) -> bool:
    """A noun for what someone said or thinks ("Meinung", "Angaben", "Darstellung", "Vorwurf"):
    after a possessive it points at the possessor as the source."""
    return word in lx.nach_heads_cased or word in lx.document_heads or word.lower() in lx.speech_nouns


@cache
def _excerpt_heads(code: str) -> frozenset[str]:
    return frozenset(load(code, "according").get("excerpt_heads", []))


#: the source types of a body that a compound of statement may name before its head ("Polizei" of
#: "Polizeiangaben"): organisations that speak, not outlets ("Medienberichten" stays a report)
_COMPOUND_BODIES = frozenset({"government", "police", "military", "intelligence", "ngo", "party", "company", "court",
                              "international_org"})


@cache
def _compound_heads(code: str) -> tuple[str, ...]:
    return tuple(h.lower() for h in load(code, "according").get("compound_statement_heads", []))


def _compound_body(word: str, lx: Lang) -> str | None:
    """The body a German closed compound of statement names before its head (`compound_statement_heads`
    of according.json): "Gewerkschaftsangaben" → "Gewerkschaft" (the linking s dropped),
    "Polizeiangaben" → "Polizei", when that part is a noun that types an organisation (`type_heads`);
    None for anything else ("Zeugenaussagen", "Medienberichten", "Angaben")."""
    low = word.lower()
    head = next((h for h in _compound_heads(lx.code) if low.endswith(h) and len(low) >= len(h) + 3), None)
    if head is None or not word[:1].isupper():
        return None
    part = word[: len(word) - len(head)].rstrip("-")
    for cand in (part, part[:-1] if part.endswith("s") else None):
        if cand and lx.type_heads.get(cand) in _COMPOUND_BODIES:
            return cand
    return None


#: (text, id of the language) → (the language, its name and type): the rules of one document ask for
#: the same phrases many times (`forget_classified` empties it when a document begins; the language
#: is kept so that its id is not reused)
_CLASSIFIED: dict[tuple[str, int], tuple[Lang, tuple[str, str]]] = {}


def forget_classified() -> None:
    _CLASSIFIED.clear()


def classify_mention(text: str, lx: Lang) -> tuple[str, str]:
    key = (text, id(lx))
    hit = _CLASSIFIED.get(key)
    if hit is not None and hit[0] is lx:
        return hit[1]
    info = analyse_mention(text, lx)
    out = (info.name, info.type)
    if len(_CLASSIFIED) >= 4096:
        _CLASSIFIED.clear()
    _CLASSIFIED[key] = (lx, out)
    return out


def _after_extended_attribute(t: str, lx: Lang) -> str | None:
    """German: an article, an attribute that opens with a preposition and closes with an inflected
    adjective or participle, and the capitalised head ("der für das Morgenmagazin zuständige WDR",
    "die vom Bund finanzierte Stiftung") → the article and the head ("der NDR")."""
    if lx.code != "de":
        return None
    m = re.match(r"(\w+)\s+(\w+)\s", t)
    if m is None or m.group(1).lower() not in lx.determiners or m.group(2).lower() not in PREPOSITIONS_DE:
        return None
    for am in re.finditer(r"\s([a-zäöüß][\w-]*(?:e|en|em|er|es))\s+(?=[A-ZÄÖÜ])", t[m.end() - 1 :]):
        rest = t[m.end() - 1 + am.end() :]
        if am.group(1) not in lx.determiners and len(am.group(1)) > 4 and rest.split(",")[0].strip():
            return m.group(1) + " " + rest
    return None


_WORD = re.compile(r"[\w][\w'’.-]*")


def words_of(text: str) -> list[str]:
    """The words of a mention's text, apostrophes, dots and hyphens inside a word kept ("O’Neill", "U.S.", "Ost-West")."""
    return _WORD.findall(text)


#: a dateline that opens a text run into the mention after it ("Berlin – Die deutsche Polizei",
#: "Wien (APA) – Der Minister")
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w./'’-]*(?:\s+[A-ZÄÖÜ][\w./'’-]*)?\s*(?:\([^()]{1,20}\)\s*)?[–—]\s+(?=[A-ZÄÖÜ])")


def _particle_name_word(word: str, lx: Lang) -> bool:
    """A lower-case word inside a personal name (German): a particle of `name_particles` ("bin",
    "von") or one joined to the name by a hyphen ("al-Hadi")."""
    if lx.code != "de":
        return False
    low = word.lower()
    head, _, rest = word.partition("-")
    return low in lx.name_particles or (head.lower() in lx.name_particles and NAME_TOKEN.match(rest) is not None)


def _en_name_part(words: list[str], k: int, lx: Lang) -> bool:
    """English: word `k` of `words` is part of a personal name: a word in capitals, or a particle of
    `name_particles` between two of them ("Ana de Lima", "Jan van Dijk")."""
    w = words[k]
    if NAME_TOKEN.match(w):
        return True
    return lx.code == "en" and w in lx.name_particles and 0 < k < len(words) - 1 \
        and NAME_TOKEN.match(words[k - 1]) is not None and NAME_TOKEN.match(words[k + 1]) is not None


@cache
def _mention_reflexives(code: str) -> frozenset[str]:
    return frozenset(load(code, "lexicon").get("mention_reflexives", []))


#: an initial with its full stop between a given name and a surname ("Ann R. Lee")
_MIDDLE_INITIAL = re.compile(r"^[A-Z]\.$")


#: an English owner in the possessive and the name after it ("the Harbor Ledger’s Ann Lee")
_POSSESSED_NAME = re.compile(r"^(?P<owner>(?:(?:the|The)\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})['’]s\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})$")


#: a lower-case word, maybe a compound of hyphenated lower-case parts ("manager", "co-founder")
_HYPHENATED_LOWER = re.compile(r"[a-z]+(?:-[a-z]+)*")

#: an English singular noun of a person by its ending ("manager", "supporter", "adviser", "organizer")
_AGENT_NOUN_EN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant)")


def possessed_person(t: str, lx: Lang) -> MentionInfo | None:
    """English, source.person.after_owner: a speaker named after an owner in the possessive ("the Harbor
    Ledger’s Ann Lee wrote", "Lakeside's Tom Reed said") is that person, the owner (an outlet, a firm, a place)
    its role; None for any other mention. Read for a speech act's own speaker only (sources/resolve.py): as a
    link ("told Harbor TV's Ann Lee") the outlet stays what is named."""
    owned = _POSSESSED_NAME.match(t.strip())
    if lx.code != "en" or owned is None or owned.group("owner").lower() in lx.possessive_determiners:
        return None
    tail = words_of(owned.group("name"))
    if not (2 <= len(tail) <= 3 and all(_en_name_part(tail, i, lx) for i in range(len(tail)))) \
            or any(w in lx.type_heads or is_role(w, lx) for w in tail) or gazetteer_match(" ".join(tail), lx.code):
        return None
    inner = analyse_mention(" ".join(tail), lx)
    if inner.type != "person" or not inner.person_tokens:
        return None
    inner.text = t
    inner.role = inner.role or re.sub(r"^(?:the|a|an)\s+", "", owned.group("owner"), flags=re.I)
    return inner


def _en_person_core(t: str, words: list[str], lx: Lang) -> tuple[str, str | None, str | None] | None:
    """English: the personal name inside a mention that holds more than the name, and the role around it,
    when the rest is no part of it: a reflexive that stresses it ("Ann Lee herself"), a possessive ending
    ("Tom Reed'": the name of "Tom Reed' plan"), an adjective before it ("a skeptical Ann Lee"), a phrase of
    what it was said about ("Reed of his role": `about_prepositions` and a possessive), or a description and the
    name after its comma ("Chief Officer (Acting) of the Port Authority, Tom Reed"). None for any other mention."""
    if lx.code != "en" or len(words) < 2:
        return None
    if words[-1].lower() in _mention_reflexives(lx.code):
        return t[: t.rfind(words[-1])].rstrip(" ,"), None, None
    if words[-1].endswith(("'", "’")) and NAME_TOKEN.match(words[-1]) and len(words[-1]) > 2:
        return t.rstrip()[:-1], None, None
    low = [w.lower() for w in words]
    of = next((k for k in range(1, len(words) - 1) if low[k] in lx.about_prepositions), None)
    if of is not None and low[of + 1] in lx.possessive_determiners and all(NAME_TOKEN.match(w) for w in words[:of]) \
            and not any(is_role(w, lx) for w in words[:of]):
        return " ".join(words[:of]), None, None
    if low[0] in lx.determiners:
        k = 1
        while k < len(words) and words[k].islower() and words[k].isalpha() and not is_role(words[k], lx) \
                and low[k] not in PREPOSITIONS_EN and low[k] not in lx.determiners:
            k += 1
        rest = words[k:]
        if k > 1 and 2 <= len(rest) <= 4 and all(_en_name_part(rest, i, lx) for i in range(len(rest))) \
                and not any(w in lx.type_heads for w in rest) and not gazetteer_match(" ".join(rest), lx.code):
            return " ".join(rest), None, None
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    rest = words[k:]
    # (a compound noun of a person keeps its last part: "co-founder", "vice-president"; rule +hyphenated_role)
    noun = low[k - 1].rsplit("-", 1)[-1] if k >= 1 and _HYPHENATED_LOWER.fullmatch(words[k - 1]) else ""
    if k >= 1 and 2 <= len(rest) <= 3 and noun and "," not in t \
            and (is_role(noun, lx) or (_AGENT_NOUN_EN.fullmatch(noun) and noun not in lx.type_heads
                                       and noun not in PREPOSITIONS_EN and noun not in lx.np_stop)) \
            and all(_en_name_part(rest, i, lx) for i in range(len(rest))) and not any(w in lx.type_heads for w in rest) \
            and not gazetteer_match(" ".join(rest), lx.code):
        # source.person.role_before_name: "Holt campaign manager Jon Kohan", "Lee supporter Mia Dossa", "firm
        # co-founder Ivo Lund": a lower-case noun of a person right before the name that closes the mention;
        # what stands before the name is the role
        return " ".join(rest), t[: t.rfind(rest[0])].strip() or None, "source.person.role_before_name"
    if "," in t:
        before, _, after = t.rpartition(",")
        aw = words_of(after)
        if 2 <= len(aw) <= 4 and all(_en_name_part(aw, i, lx) for i in range(len(aw))) and not any(w in lx.type_heads for w in aw) \
                and any(is_role(w, lx) for w in words_of(before)) and not gazetteer_match(after, lx.code):
            role = re.sub(r"^(?:the|a|an)\s+", "", before.strip(), flags=re.I)
            return " ".join(aw), role, None
    return None


@cache
def mention_edges(code: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """`mention_openers`, `mention_closers`, `mention_closer_endings` and `mention_time_prepositions`
    of the language's lexicon.json (lower case)."""
    lex = load(code, "lexicon")
    return (frozenset(w.lower() for w in lex.get("mention_openers", [])), frozenset(w.lower() for w in lex.get("mention_closers", [])),
            tuple(lex.get("mention_closer_endings", [])), frozenset(w.lower() for w in lex.get("mention_time_prepositions", [])))


@cache
def time_nouns(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's calendar words of time.json (lower case): months, weekdays and parts of the day;
    and the units of time ("Wochen", "Tage")."""
    tm = load(code, "time")
    dates = frozenset(w.lower() for k in ("months", "weekdays", "parts_of_day", "seasons") for w in tm.get(k, {}))
    return dates, frozenset(w.lower() for w in tm.get("units", {}))


def time_word(word: str, code: str) -> bool:
    """A month, weekday, part of the day or season ("Oktober", "Montagabend", "Frühjahr") or a year ("2023")."""
    low = word.lower()
    dates = time_nouns(code)[0]
    return low in dates or bool(re.fullmatch(r"(?:19|20)\d\d", word)) or any(low.startswith(d) and low[len(d):] in dates for d in dates if len(d) > 4)


def person_word(word: str, lx: Lang) -> bool:
    """A noun of a person or a role, also in a form in -n/-en ("Kollegen", "Experten")."""
    forms = [word, *([word[:-1]] if word.endswith("n") else []), *([word[:-2]] if word.endswith("en") else [])]
    return word[:1].isupper() and len(word) > 3 and word.lower() not in lx.determiners and not attribute_word(word) \
        and any(is_role(f, lx) or f.lower() in lx.person_nouns for f in forms)


def _known_name_ends(t: str, last: str, lx: Lang) -> bool:
    """A known name of gazetteer.json in `t` ends with `last` ("Welt am Sonntag"): the time word is the name's."""
    gaz = gazetteer_match(t, lx.code)
    return gaz is not None and any(n.endswith(last) for n in (gaz[0], *gaz[2]))


@cache
def _pointing_stems(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    d = load(code, "lexicon")
    return frozenset(d.get("pointing_attributes", [])), tuple(d.get("pointing_attribute_endings", []))


def _pointing_attribute(word: str, code: str) -> bool:
    """A lower-case attribute of `pointing_attributes` of lexicon.json in any of its inflected forms
    ("diesbezüglichen", "vorliegende", "aktuellen"), or one with an ending of `pointing_attribute_endings`
    ("zwölfjährige")."""
    stems, endings = _pointing_stems(code)
    if not word[:1].islower():
        return False
    w = word.lower()
    for suf in ("en", "er", "es", "em", "e", ""):
        if suf and not w.endswith(suf):
            continue
        stem = w[: len(w) - len(suf)] if suf else w
        if stem in stems or (endings and stem.endswith(endings) and len(stem) > 6):
            return True
    return False


def _edge_trimmed(t: str, lx: Lang) -> tuple[str, str] | None:
    """`source.trim.de.edge`, `source.trim.de.time` (German; words of lexicon.json, see its notes): the
    mention without a connective before it ("Wobei eine der Zeuginnen"), a particle or an adverb in
    "-weise" after it ("Lenz selbst", "… überraschenderweise") and a time phrase that ends it ("die
    Polizei Anfang Oktober", "der Minister am Montag") and an abstract noun after a noun of a person
    ("einem Kollegen Einseitigkeit": `source.trim.de.object_noun`), with the rule that cut it; None
    when nothing is cut or nothing would be left."""
    openers, closers, endings, time_preps = mention_edges(lx.code)
    toks = list(re.finditer(r"\S+", t))
    lo, hi, rule = 0, len(toks), None
    while hi - lo > 1 and toks[lo].group().lower() in openers:
        lo, rule = lo + 1, "source.trim.de.edge"
    first = lo + 1 if hi - lo > 2 and toks[lo].group().lower() in lx.determiners else lo
    if hi - first >= 2 and _pointing_attribute(toks[first].group(), lx.code) and toks[first + 1].group()[:1].isupper():
        # source.trim.de.pointing: "des diesbezüglichen Schreibens", "der zwölfjährige Jonas": an attribute that
        # points back, dates or gives an age names no one; the noun after it is the mention
        lo, rule = first + 1, "source.trim.de.pointing"
    art = lo + 1 if hi - lo > 3 and toks[lo].group().lower() in lx.determiners else lo
    if hi - art > 2 and is_adjective_like(toks[art].group()) and attribute_word(toks[art + 1].group()) and toks[art + 1].group()[:1].isupper():
        # "der oppositionsnahen Syrischen Stiftung …": a lower-case attribute before a name that opens
        # with its own capitalised adjective describes the body; the name is what follows it
        lo, rule = art + 1, "source.trim.de.attribute"
    while hi - lo > 1:
        last = toks[hi - 1].group().rstrip(".,;:")
        if last.islower() and (last in closers or (last.endswith(endings) and len(last) > 8)):
            hi, rule = hi - 1, rule or "source.trim.de.edge"
        elif hi - lo > 2 and time_word(last, lx.code) and (toks[hi - 2].group() in lx.period_words or toks[hi - 2].group().lower() in time_preps) \
                and not _known_name_ends(t[toks[lo].start() : toks[hi - 1].end()], last, lx):
            hi, rule = hi - 2, "source.trim.de.time"
        elif hi - lo > 1 and last[:1].isupper() and len(last) > 6 and last.lower().endswith(tuple(lx.inanimate_suffixes)) \
                and person_word(toks[hi - 2].group(), lx):
            # "von einem Kollegen Einseitigkeit (vorgeworfen)": an abstract noun after a noun of a person
            # is the verb's object (`inanimate_suffixes`), no part of the mention
            hi, rule = hi - 1, "source.trim.de.object_noun"
        else:
            break
    places = _place_prepositions(lx.code)
    cut = next((k for k in range(lo + 1, hi - 1) if toks[k].group() in places), None)
    if cut is not None and "," not in t[toks[cut].start() :] and person_word(toks[cut - 1].group(), lx) and head_type([toks[cut - 1].group()], lx)[0] in (None, "unnamed", "anonymous") and not any(w[:1].isupper() and not attribute_word(w) and NAME_TOKEN.match(w)
                                                                            and not person_word(w, lx) for w in (x.group() for x in toks[lo : cut - 1])) \
            and head_type([x.group().strip(".,;:") for x in toks[cut + 1 : hi]], lx)[0] in (None, "unnamed"):
        # "Aufsichtsbeamte im Lager in Grünau": where the unnamed persons are, no part of their name
        # (a body named there stays: "Sprecher im Innenministerium"; so does an apposition after it, a name)
        hi, rule = cut, "source.trim.de.place"
    if rule is None:
        return None
    return t[toks[lo].start() : toks[hi - 1].end()], rule


@cache
def _place_prepositions(code: str) -> frozenset[str]:
    """`mention_place_prepositions` of the language's lexicon.json (lower case), read once."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("mention_place_prepositions", []))


def _nominative_adjectives(info: MentionInfo, lx: Lang) -> MentionInfo:
    """Rule `source.name.nominative` (German, session 40): a body's name of adjectives in -en and a
    feminine noun in the singular (`feminine_singular_endings` of resources/de/lexicon.json) is a
    genitive or dative ("laut der römischen Staatsanwaltschaft", "nach Angaben der Kieler
    Stadtverwaltung"); its name is the nominative, the adjectives in -e ("römische
    Staatsanwaltschaft"), as the body calls itself. Persons, pronouns and other names stay as
    written."""
    words = info.name.split()
    ends = _feminine_singular_endings(lx.code)
    if info.type in ("person", "unnamed") or info.pronoun or len(words) < 2 or not ends or not words[-1][:1].isupper() \
            or not words[-1].lower().endswith(ends):
        return info
    adjs = words[:-1]
    if not all(w.islower() and w.endswith("en") and len(w) > 4 and w.isalpha() for w in adjs):
        return info
    info.name = " ".join([*(w[:-1] for w in adjs), words[-1]])
    info.trim = info.trim or "source.name.nominative"  # (the source's rule records it: Registry.add)
    return info


@cache
def _feminine_singular_endings(code: str) -> tuple[str, ...]:
    return tuple(load(code, "lexicon").get("feminine_singular_endings", []))


def _counted_group(t: str, info: MentionInfo, lx: Lang) -> MentionInfo:
    """`source.group.de.counted` (German): a count or quantifier before a noun of persons ("Andere
    Politiker", "Zwei Sprecher der Firma", "Mehrere Dutzend Anwohner": `name_quantifiers`,
    `plural_openers` of lexicon.json, a number) with no name in it is a group without a name
    ("unnamed"), never one person; a group of spokespersons ("Zwei Sprecher des Vereins") speaks for
    its body without a name ("anonymous")."""
    words = re.findall(r"[\w-]+", t)
    if len(words) < 2 or info.pronoun:
        return info
    first = words[0].lower()
    if not (first in lx.name_quantifiers or first in lx.plural_openers or words[0].isdigit()):
        return info
    if info.person_tokens and info.person_tokens[0].lower() != first:
        return info  # ("Zwei Brüder, Jan und Ole Roth": the count is no part of the names)
    if info.person_tokens:
        info.person_tokens, info.name = [], " ".join(words[1:]) if info.name == t else info.name  # "Drei Nachbarn": no name
    nouns = [w for w in words[1:] if w[:1].isupper()]
    if not nouns:
        return info
    if nouns[0] == nouns[0].capitalize() and nouns[0].lower() in lx.spokesperson_roles:  # (as a noun is written: "Sprecher")
        info.type, info.trim = "anonymous", "source.group.de.spokespersons"
        info.role = info.role or nouns[0]
        info.description = False
        return info
    if info.type == "person":
        info.type, info.trim, info.description = "unnamed", "source.group.de.counted", False
    return info


@cache
def _attribute_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """`attribute_first_word_endings`, and the possessive determiners (`possessive_words`) and
    determiners (`determiner_words`) of every language we have."""
    ends = tuple(e for code in languages() for e in load(code, "lexicon").get("attribute_first_word_endings", []))
    words = frozenset(w.lower() for code in languages() for w in [*load(code, "lexicon").get("possessive_words", []),
                                                                  *load(code, "lexicon").get("determiner_words", [])])
    return ends, words


def attribute_word(first: str) -> bool:
    """A capitalised word before a name-like word that is an adjective or participle by its ending
    (`attribute_first_word_endings`: "Klaffende", "Syrische") or a determiner ("Meine", "Kein"),
    and no known given name: no first word of a person's name."""
    ends, words = _attribute_words()
    low = first.lower()
    if low in words:
        return True
    return len(low) > 5 and low.endswith(ends) and translit_key(first) not in given_name_keys()


def _party_branch(core: str, gaz: tuple[str, str, list[str]], lx: Lang, text: str = "") -> str | None:
    """`source.party.branch` (German): a party's name (resources/<lang>/parties.json, common/outlets.json) with
    a place beside it names the party's branch there, a source of its own and no alias of the party: a
    capitalised word in -er of a place's people right before it ("die Wiener SPÖ", "die Klosterneuburger
    ÖVP") or a state, country or capital right after it ("die SPÖ Wien", "die CDU Hessen"), also after "in"
    ("die SPÖ in Wien"). The branch's
    name is those words as written; None when no place stands beside the name. The word in -er follows an
    article in `text`, the whole mention (review of session 34: "Weder SPÖ noch ÖVP", "Jeder SPÖ-Wähler",
    "Unser ÖVP" name no place)."""
    words = core.split()
    forms = {gaz[0], *gaz[2]}
    at = next((k for k, w in enumerate(words) if w in forms), None)
    if at is None:
        return None
    places = region_names() | country_names()
    said = text.split()
    if at > 0 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}er", words[at - 1]) and not is_role(words[at - 1], lx) \
            and words[at - 1] not in lx.type_heads \
            and any(w.lower() in lx.determiners and said[k + 1] == words[at - 1] for k, w in enumerate(said[:-1])):
        return " ".join(words[at - 1 : at + 1])
    if at + 1 < len(words) and words[at + 1] in places:
        return " ".join(words[at : at + 2])
    if at + 2 < len(words) and words[at + 1] in load(lx.code, "parties").get("branch_prepositions", []) and words[at + 2] in places:
        return " ".join(words[at : at + 3])  # "die SPÖ in Wien" (review of session 34)
    return None


def _party_body(t: str, words: list[str], lx: Lang) -> MentionInfo | None:
    """German, a party's branch or youth organisation that its neighbours hide from the gazetteer (a
    one-word name beside a capitalised word reads as part of a longer name there):
    - `source.party.branch`: a party's name (parties.json) after a word of a place's people or before a
      state or a capital ("die Wiener Grünen", "die Grünen Tirol"), read as `_party_branch` reads it;
    - `source.party.youth`: a word of a party's youth (`youth_words` of parties.json) beside a party's
      name or the noun of its members ("die Junge ÖVP", "die Grüne Jugend", "die Jungen Grünen"): the
      youth organisation, typed as a party and named as written.
    None otherwise."""
    core = [w for w in words if w.lower() not in lx.determiners]
    if not 2 <= len(core) <= 3:
        return None
    youth = set(load(lx.code, "parties").get("youth_words", []))
    if youth and any(w in youth for w in core):
        rest = [w for w in core if w not in youth]
        gaz = gazetteer_match(" ".join(rest), lx.code) if rest else None
        if rest and ((gaz is not None and gaz[1] == "party" and " ".join(rest) in (gaz[0], *gaz[2]))
                     or (len(rest) == 1 and rest[0] in party_member_nouns())):
            lead = next((k for k, w in enumerate(words) if w.lower() not in lx.determiners), 0)
            return MentionInfo(t, " ".join(words[lead:]), "party", trim="source.party.youth")
        return None
    # (a state or a capital after the name; a country after it may be the national party's own name:
    # "Piratenpartei Deutschland", read as before)
    for part in (core[1:], core[:-1] if core[-1] in region_names() else []):
        gaz = gazetteer_match(" ".join(part), lx.code) if part else None
        if gaz is not None and gaz[1] == "party" and " ".join(part) in (gaz[0], *gaz[2]) \
                and (branch := _party_branch(" ".join(core), gaz, lx, t)) is not None:
            return MentionInfo(t, branch, "party", trim="source.party.branch")
    return None


def analyse_mention(text: str, lx: Lang) -> MentionInfo:
    """The type, name and role of one mention (see the module's doc); German mentions read without the
    words at their edge that name no one (`_edge_trimmed`) and a counted group typed as one
    (`_counted_group`); an English document named from its owner on (`source.document.owner_first`)."""
    if lx.code == "de":
        t = text.strip()
        trimmed = _edge_trimmed(t, lx)
        if trimmed is not None:
            inner = analyse_mention(trimmed[0], lx)
            inner.text = t
            inner.trim = inner.trim or trimmed[1]
            return inner
        return _nominative_adjectives(_counted_group(t, _analyse_mention(text, lx), lx), lx)
    info = _analyse_mention(text, lx)
    if lx.code == "en" and info.type == "document":
        words = info.name.split()
        if len(words) >= 3 and words[0] in lx.document_openers and words[1][:1].isupper():
            # source.document.owner_first: "a new CBS News Tracker poll", "the latest Harbor Times survey": the
            # document is named from its owner on, without the word that dates it
            info.name = " ".join(words[1:])
    return info


def _analyse_mention(text: str, lx: Lang) -> MentionInfo:
    t = text.strip()
    dateline = _DATELINE.match(t)
    if dateline is not None:
        inner = analyse_mention(t[dateline.end() :], lx)  # the mention, not the place of the dateline
        inner.text = t
        return inner
    after_boundary = _after_a_boundary(t)
    if after_boundary is not None:
        # "Grenzdorf Wenn Jan Roth": a capitalised conjunction inside a mention is a new sentence's
        # (a headline run into the text); the mention is what follows it
        boundary = analyse_mention(after_boundary, lx)
        boundary.text = t
        return boundary
    if "(" in t:
        unbracketed = re.sub(r"\s*\([^()]{1,40}\)", "", t).strip()
        named = analyse_mention(unbracketed, lx) if unbracketed and unbracketed != t else None
        if named is not None and named.type == "person" and named.person_tokens:
            # "Bundeskanzlerin Anna Berg (CDU)", "Sen. Tom Reed (D-Ohio)": the person, not the party in brackets
            named.text = t
            return named
        short = [m.group(1) for m in ACRONYM.finditer(t) if sum(ch.isupper() for ch in m.group(1)) >= 2]
        capitalised = named is not None and bool(named.name) and named.name[:1].isupper() and all(
            w[:1].isupper() or w.lower() in lx.determiners or w.lower() in PREPOSITIONS_DE | PREPOSITIONS_EN or w.lower() in lx.coordination
            for w in words_of(named.name))
        if named is not None and short and named.type != "person" and not named.pronoun and (named.type != "unnamed" or capitalised):
            # "Menschenrechtsorganisation Hafen Watch (HW)": the body's name, its short form in brackets an alias
            named.text = t
            named.aliases = [*named.aliases, *(a for a in short if a not in named.aliases and a != named.name)]
            return named
    if lx.code == "de":
        t = re.sub(r"(?<=\w)-,\s+", "- ", t)  # "Polizei-, Armee-, und Regierungssprecher": one coordination of compounds, no apposition
    anonymity = anonymity_relative(t, lx) if lx.code == "en" else None
    if anonymity is not None:
        return anonymity
    rel = re.search(r",\s+(?:der|die|das|dem|den|deren|dessen|welche[rs]?|who|which|whose)\s+.*$", t)
    if rel and rel.start() > 0:
        inner = analyse_mention(t[: rel.start()], lx)
        inner.text = t
        inner.role = inner.role or t[rel.start() :].strip(" ,")
        return inner
    head = _after_extended_attribute(t, lx)
    if head is not None:
        # "der für das Morgenmagazin zuständige WDR": the head noun names the source, not a name in its attribute
        inner = analyse_mention(head, lx)
        inner.text = t
        return inner
    words = re.findall(r"[\w@][\w'’.@-]*", t)
    words_l = [w.lower() for w in words]
    if not words:
        return MentionInfo(t, t, "unnamed")
    party_body = _party_body(t, words, lx) if lx.code == "de" else None
    if party_body is not None:
        return party_body
    core_name = _en_person_core(t, words, lx)
    if core_name is not None and core_name[0] and core_name[0] != t:
        inner = analyse_mention(core_name[0], lx)
        if (inner.type == "person" and inner.person_tokens) or NAME_TOKEN.match(core_name[0]):
            # (a surname alone stays what it is read as: "Lee herself" is "Lee", not the whole phrase)
            inner.text = t
            inner.role = inner.role or core_name[1]
            inner.trim = inner.trim or core_name[2]  # (the rule that read the role before the name, on the mention's rule)
            return inner
    if len(words) == 1 and words[0] in lx.subject_pronouns:
        return MentionInfo(t, t, "person", pronoun=True)
    pron = _without_contraction(words[0], lx) if len(words) == 1 else None
    if pron is not None and pron in lx.subject_pronouns:
        return MentionInfo(pron, pron, "person", pronoun=True)  # "We've (said it)": the pronoun, whom it points at
    if len(words) == 1 and is_second_person(words[0], lx):
        return MentionInfo(t, t, "person", pronoun=True)  # "you('re) (told)": the one addressed, whom `resolve` lists not
    if len(words) == 1 and words_l[0] in lx.possessive_determiners:
        return MentionInfo(t, t, "person", pronoun=True)  # "his (claim that …)": whom it points at
    if len(words) == 2 and words_l[0] in lx.possessive_pronouns and _statement_noun(words[1], lx):
        return MentionInfo(t, t, "person", pronoun=True)  # "seiner Meinung (nach)": his
    if lx.code == "de" and len(words) == 2 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüßéè]+(?:-[A-ZÄÖÜ][a-zäöüßéè]+)?s", words[0]) \
            and _statement_noun(words[1], lx) and gazetteer_match(words[0], lx.code) is None and words_l[0] not in function_words() \
            and words_l[0] not in lx.determiners | lx.possessive_determiners | lx.possessive_pronouns \
            and analyse_mention(words[0][:-1], lx).type in ("unnamed", "person"):
        # "so Prechts Prognose", "Lindners Aussagen zeigen": a statement of the person named in the genitive, that person's word
        inner = analyse_mention(words[0][:-1], lx)
        inner.text = t
        return inner
    if len(words) == 2 and words_l[0] in lx.possessive_pronouns | lx.possessive_determiners and words[1][:1].isupper():
        # "seiner Familie", "ihr Anwalt": the one the phrase names, someone of his, not he himself
        inner = analyse_mention(words[1], lx)
        inner.text = t
        return inner
    firm = _firm_mention(t, lx) if lx.code == "en" else None
    if firm is not None:
        return firm
    # an outlet's or its reporter's anonymous source ("a BBC reporter Jane Doe's source inside the camp"): the owner is its genitive
    pm = re.match(r"^(?P<owner>[^,]+?)['’]s\s+(?P<rest>[^,]+)", t) if lx.code == "en" else None
    if pm and any(w.lower() in lx.anonymous_heads for w in re.findall(r"[\w-]+", pm.group("rest"))[:3]) and outlet_of_owner(pm.group("owner"), lx):
        return MentionInfo(t, pm.group("rest").strip(), "anonymous", genitive_org=pm.group("owner").strip(), aliases=[])
    # genitive organisation: "Insider der «Hafenpost»", "Quelle der Zeitung"
    genitive = None
    gm = re.search(r"\b(?:der|des|of the|of)\s+(.+)$", t)
    anonymous_head = next((w for w in words[:4] if w in lx.anonymous_heads or w.lower() in lx.anonymous_heads), None)
    anon = anonymous_head is not None or any(m.lower() in t.lower() for m in lx.anonymous_markers)
    if gm and anon:
        genitive = gm.group(1).split(",")[0].strip()
    lead = 1 if len(words) > 1 and words[0].lower() in lx.determiners else 0
    if words and "-" in words[lead] and words[lead].rsplit("-", 1)[1] in lx.document_heads:
        inner = analyse_mention(words[lead].rsplit("-", 1)[0], lx)  # "NDR-Recherchen" → NDR
        inner.text = t
        return inner
    body = _compound_body(words[lead], lx) if len(words) == lead + 1 else None
    if body is not None:
        # "nach Gewerkschaftsangaben", "laut Polizeiangaben": the body the compound names says it (the
        # union, the police), an organisation of that kind not named, never the compound itself
        inner = analyse_mention(body, lx)
        inner.text = t
        inner.aliases = [*inner.aliases, words[lead]]
        return inner
    if words and words[lead] in _excerpt_heads(lx.code):
        em = re.search(r"\b(?:aus dem|aus der|aus|from the|from|of the|of)\s+(.+)$", t)
        if em:
            # "eine Passage aus dem UN-Bericht", "a passage from the report": the text it is taken from
            inner = analyse_mention(em.group(1), lx)
            inner.text = t
            inner.aliases = [*inner.aliases, " ".join(words[lead:])]
            return inner
    adj = lead
    while adj < len(words) - 2 and (is_adjective_like(words[adj]) or words_l[adj] in lx.own_adjectives):
        adj += 1  # "den eigenen Angaben der Länder", "einer neuen Studie des Instituts": attributes before the head
    if adj > lead and (words[adj] in lx.document_heads or words[adj] in lx.nach_heads_cased) \
            and words_l[adj + 1] in ("des", "der", "von", "vom"):
        lead = adj
    if words and (words[lead] in lx.document_heads or words[lead] in TRANSPARENT or words[lead] in lx.nach_heads_cased
                  or statement_owner(words, lead, lx)):
        # (an according-to noun is never a source's first word: "Ansicht von Fachleuten" names the experts)
        following = t[t.find(words[lead]) + len(words[lead]) :]  # what follows the head noun
        dm = re.search(r"\b(des|der|von|vom|of the|of|from)\s+(.+)$", following)
        if dm is None and len(words) > lead + 2 and words_l[lead + 1] in lx.possessive_pronouns:
            dm = re.search(r"\b()(" + re.escape(words[lead + 1]) + r"\s+.+)$", following)  # "Angaben seiner Familie"
        if dm:
            # a genitive keeps its article: "Angaben des Konzerns" describes a company named before
            inner = analyse_mention(dm.group(0) if dm.group(1) in ("des", "der") else dm.group(2), lx)
            inner.text = t
            return inner
        rest = words[lead + 1 :]
        if rest and all(NAME_TOKEN.match(w) for w in rest) and len(rest) <= 4:
            inner = analyse_mention(" ".join(rest), lx)  # "Mitteilung Correctiv"
            inner.text = t
            return inner
    titled = _titled_document(t, words, lead, lx)
    if titled is not None:
        return titled
    authored = _authored_by(t, lx) if lx.code == "en" else None
    if authored is not None:
        return authored
    fronted = _name_before_apposition(t, lx) if lx.code == "en" else None
    if fronted is not None:
        return fronted
    venue = _name_on_venue(t, lx) if lx.code == "en" else None
    if venue is not None:
        return venue
    named = _role_then_given_name(t, words, lx) if lx.code == "de" else None
    if named is not None:
        return named
    affiliated = _named_with_affiliation(t, lx)
    if affiliated is not None:
        return affiliated
    described = _described_name(t, words, lx) if lx.code == "en" else None
    if described is not None:
        return described
    quoted = QUOTED.findall(t)
    acr = ACRONYM.findall(t)
    gaz = gazetteer_match(t, lx.code)
    if gaz and anonymous_head is not None and any(anonymous_head in n.split() for n in [gaz[0], *gaz[2]]):
        anon = any(m.lower() in t.lower() for m in lx.anonymous_markers)  # "Business Insider": a name, no insider
    if gaz and anon and re.sub(r"^(?:(?:der|die|das|the)\s+)", "", t, flags=re.I) in (gaz[0], *gaz[2]):
        anon = False  # the whole mention is an outlet's name ("InsideSources"), whatever words it holds
    dom = DOMAIN.search(t)
    htype, head = head_type([w for w in words if w.lower() not in lx.determiners], lx)
    core = " ".join(w for w in words if w.lower() not in lx.determiners)
    if (anon and not (quoted and not genitive) and htype not in ("intelligence",)) or (anon and genitive):
        name = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|a|an|the)\s+)", "", t, flags=re.I)
        return MentionInfo(t, name, "anonymous", genitive_org=genitive, aliases=[])
    if quoted and "," in t:
        # "Anna Berg, Sprecherin des Vereins «Grüne Mitte»": the person named before the apposition, not the name quoted in it
        before, _, appo_q = t.partition(",")
        bw = words_of(before)
        if 2 <= len(bw) <= 4 and all(NAME_TOKEN.match(w) for w in bw) and not gazetteer_match(before, lx.code) \
                and not any(w in lx.type_heads or noun_ending(w) for w in bw):
            inner = analyse_mention(before, lx)
            if inner.type == "person":
                inner.text = t
                inner.role = inner.role or appo_q.strip()
                return inner
    if quoted and not (htype == "document" and not gaz) and not all(is_role(w, lx) for w in re.findall(r"[\w-]+", quoted[0]) if w[:1].isupper()):
        name = quoted[0].strip().rstrip(".,;:")  # “Radio Sunday Hour.”: the full stop is the sentence's
        g = gazetteer_match(name, lx.code)
        typ = (g[1] if g else None) or htype or ("website" if DOMAIN.search(name) else "media")
        aliases = list(acr) + ([g[0]] + g[2] if g else [])
        return MentionInfo(t, name, typ, aliases=[a for a in aliases if a != name])
    if dom and not gaz:
        return MentionInfo(t, dom.group(0), "website")
    if words and words[-1] in COMPANY_SUFFIXES:
        return MentionInfo(t, core, "company")
    if core in country_names():
        return MentionInfo(t, core, "government", role="country")  # metonymy: "Frankreich äußerte sich nicht"
    # "City Hall Press Secretary Dana Moll": a role and a name make a person, whatever the institution
    ri = _role_index(words, lx)
    if 0 <= ri < len(words) - 1:
        nt = words[ri + 1 :]
        if len(nt) > 2 and not all(NAME_TOKEN.match(w) for w in nt) and all(NAME_TOKEN.match(w) for w in nt[-2:]) \
                and not any(w.lower() in lx.genitive_articles or w.lower() in lx.determiners for w in nt[:-2]):
            # "Secretary of State Mike Pompeo": the name closes the phrase; not after an article,
            # where the words name the role's owner ("ein Anwalt der Kanzlei Roth Lund")
            nt = nt[-2:]
        if len(nt) <= 3 and all(NAME_TOKEN.match(w) for w in nt) and not any(w in lx.type_heads or noun_ending(w) for w in nt) \
                and not gazetteer_match(" ".join(nt), lx.code):
            role = " ".join(w for w in words[: ri + 1] if w.lower() not in lx.determiners)
            return MentionInfo(t, " ".join(nt), "person", role=role, person_tokens=nt)
    if lx.code == "de" and gaz and "," in t:
        # "Karl Berger, Leiter der Datenredaktion des NDR": the person named before the apposition, not
        # the outlet named in it (as "Chris Tang, the city's new police chief" below, before the outlet wins)
        head_part, _, appo = t.partition(",")
        hw = words_of(head_part)
        if 2 <= len(hw) <= 4 and all(NAME_TOKEN.match(w) for w in hw) and not any(w in lx.type_heads or is_role(w, lx) or w.lower() in lx.determiners for w in hw) \
                and not gazetteer_match(head_part, lx.code) and any(is_role(w, lx) for w in re.findall(r"[\w-]+", appo)):
            return MentionInfo(t, " ".join(hw), "person", role=appo.strip(" ,") or None, person_tokens=hw)
    if len(words) - lead >= 2 and words[-1].lower() in lx.poll_heads and ((gaz and gaz[1] in ("media", "news_agency")) or htype in ("media", "news_agency")):
        # "a Military Times survey", "a CNN poll": a poll the outlet ran, a document of its own, not the outlet
        # (its name without the determiner that opens it, `lead`: one of the language's `determiners`)
        return MentionInfo(t, re.sub(r"^\S+\s+", "", t.strip()) if lead else t.strip(), "document")
    cw0 = core.split()
    if lx.code == "en" and 3 <= len(cw0) <= 5 and all(NAME_TOKEN.match(w) for w in cw0) and len(cw0[-1]) > 2 \
            and _MIDDLE_INITIAL.match(cw0[-2]) and not _MIDDLE_INITIAL.match(cw0[-3]):
        # "Ann R. Lee": a given name, an initial and a surname are a person, whatever outlet or firm the
        # surname also names; words in capitals before them are a title ("Billionaire Ann R. Lee")
        return MentionInfo(t, " ".join(cw0[-3:]), "person", role=" ".join(cw0[:-3]) or None, person_tokens=cw0[-3:])
    if gaz and gaz[1] == "party" and lx.code == "de" and (branch := _party_branch(core, gaz, lx, t)) is not None:
        return MentionInfo(t, branch, "party", trim="source.party.branch")
    if gaz and gaz[1] == "party" and lx.code == "en" and (head := _person_of_party(t, lx)) is not None:
        # "the GOP front-runner", "a longtime GOP data expert", "GOP leaders": someone of the party, not the party
        name = re.sub(r"^(?:the|a|an)\s+", "", t.strip(), flags=re.I)
        plural = head.endswith("s") and not head.endswith("ss")
        return MentionInfo(t, name, "unnamed" if plural else "person", role=None if plural else head,
                           description=t.strip().lower().startswith("the ") and not plural, trim="source.party.person_head")
    if gaz and (htype in (None, "media", "news_agency", "think_tank", "intelligence", "government", "international_org") or len(words) <= 3):
        name, typ, aliases = gaz
        return MentionInfo(t, name, typ, aliases=list(aliases) + list(acr))
    if "," in t:
        # "Chris Tang, the city's new police chief": a name, then the role it holds
        head_part, _, appo = t.partition(",")
        hw = words_of(head_part)
        if 2 <= len(hw) <= 4 and all(NAME_TOKEN.match(w) for w in hw) and not any(w in lx.type_heads or is_role(w, lx) or w.lower() in lx.determiners for w in hw) \
                and not gazetteer_match(head_part, lx.code) and any(is_role(w, lx) for w in re.findall(r"[\w-]+", appo)):
            return MentionInfo(t, " ".join(hw), "person", role=appo.strip(" ,") or None, person_tokens=hw)
    # persons: role noun followed by name tokens, or bare name tokens
    role_idx = _role_index(words, lx)
    tail = words[role_idx + 1 :] if role_idx >= 0 else words
    affiliation = None
    cut = next((k for k, w in enumerate(tail) if not _en_name_part(tail, k, lx)), None)
    if role_idx >= 0 and cut is not None and cut > 0:
        affiliation = " ".join(tail[cut:])
        tail = tail[:cut]
    name_toks = [w for k, w in enumerate(tail) if _en_name_part(tail, k, lx) and w.lower() not in lx.determiners and w not in lx.type_heads]
    if role_idx >= 0:
        if name_toks and len(name_toks) == len(tail) and len(name_toks) <= 4:
            role = " ".join(w for w in words[: role_idx + 1] if w.lower() not in lx.determiners)
            if affiliation:
                role += " " + affiliation
            return MentionInfo(t, " ".join(name_toks), "person", role=role, person_tokens=name_toks)
        if not tail:
            # "der Minister" points back at a person named before; "ein Minister" is someone new, and so
            # is a German role noun without an article ("UN-Mitarbeiter bestätigten", "Kritiker
            # meinen"): a bare plural, no one named before (issue 9). (English bare roles are mostly
            # titles cut from a name, "Sen.", "Judge", which point back.)
            bare = lx.code == "de" and not any(w in lx.determiners for w in words_l[:role_idx + 1])
            role = genitive_role(words[role_idx], lx) or words[role_idx]  # ("des Ministers": the role "Minister")
            return MentionInfo(t, core, "person", role=role, description=words_l[0] not in INDEFINITE | ANOTHER and not bare)
        if lx.code == "en" and words_l[0] == "the" and tail[0].lower() in ("of", "for", "to") and not any(is_role(w, lx) for w in tail):
            # "the former secretary of State", "the Republican nominee for the election": a person, described
            return MentionInfo(t, core, "person", role=words[role_idx], description=True)
    # "Der Fraktionschef der Partei, Ole Brandt": a description, then the name
    if "," in t:
        before, _, after_c = t.partition(",")
        aw = words_of(after_c)
        if aw and len(aw) <= 5 and NAME_TOKEN.match(aw[0]) and all(NAME_TOKEN.match(w) or _particle_name_word(w, lx) for w in aw) \
                and not any(noun_ending(w) or w in lx.type_heads for w in aw):
            role = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|the|a|an)\s+)", "", before.strip(), flags=re.I)
            return MentionInfo(t, " ".join(aw), "person", role=role, person_tokens=aw)
    # "Anna Beispiel, Professorin an der Universität …": apposition after a name
    if "," in t:
        head_part, _, appo = t.partition(",")
        hw = words_of(head_part)
        if hw and all(NAME_TOKEN.match(w) for w in hw) and len(hw) <= 4 and not any(w in lx.type_heads for w in hw):
            return MentionInfo(t, " ".join(hw), "person", role=appo.strip(" ,") or None, person_tokens=hw)
    if len(words) > lead + 2 and is_role(words[lead], lx) and words_l[lead + 1] in ("der", "des", "of"):
        # "der Chefredakteur der Zeitung", "the spokesman of the ministry": a person, described
        name = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an)\s+)", "", t, flags=re.I)
        return MentionInfo(t, name, "person", role=name)
    if htype and head:
        # "Recherchezentrum Correctiv", "die Zeitung Haaretz": a head noun and the name after it
        hi = words.index(head) if head in words else -1
        after = words[hi + 1 :] if hi >= 0 else []
        if not after and head[:1].isupper():
            # "the local paper Bay Courier": the head found is the name's own word ("Courier"); a
            # lower-case head of the same type before the name describes it
            di = next((k for k in range(len(words) - 2, -1, -1) if words[k].islower() and lx.type_heads.get(words[k]) == htype), -1)
            if di >= 0:
                head, after = words[di], words[di + 1 :]
        if after and len(after) <= 3 and all(NAME_TOKEN.match(w) or w.isupper() or is_camel_name(w) for w in after) \
                and not any(noun_ending(w) and w not in gazetteer_names() for w in after):
            if lx.code == "de" and " ".join(after) in country_names() | region_names():
                # "die Arbeiterkammer Tirol", "das Militärkommando Tirol": the body of a place, named with its head
                # noun (the place alone names no body, and each body of that place would be one source)
                return MentionInfo(t, " ".join([head, *after]), htype, trim="source.name.body_of_place")
            if head in name_head_words():
                return MentionInfo(t, " ".join([head, *after]), htype)  # "Radio Free Europe": the word is the name's
            return MentionInfo(t, " ".join(after), htype, role=head)
    if htype:
        # (the head may look like an adjective: "the paper")
        nouns = [w for w in words if (not is_adjective_like(w) or w == head) and w.lower() not in lx.determiners]
        # (a head of several lower-case words is one noun: "the news agency")
        one_noun = len(nouns) == 1 or (len(nouns) > 1 and all(w.islower() for w in nouns) and " ".join(nouns) in lx.type_heads)
        is_desc = bool(words_l and words_l[0] in ("der", "die", "das", "den", "dem", "des", "the")) and one_noun and head is not None and generic_head(head)
        name = _without_count(re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|sowohl|the|a|an)\s+)+", "", t, flags=re.I), lx)
        return MentionInfo(t, name, htype, description=is_desc and htype in DESCRIBED_TYPES, role=head if is_desc else None)
    if words[-1] in lx.feminine_words or words[-1] in lx.masculine_words:
        # "die Frau", "ein älterer Mann": a person, described; a definite one points back
        return MentionInfo(t, core, "person", role=words[-1], description=words_l[0] in ("der", "die", "das", "the"))
    cw = [w for w in words if w.lower() not in lx.determiners]
    if 2 <= len(cw) <= 4 and all(NAME_TOKEN.match(w) for w in cw) and cw[-1] in firm_name_ends():
        # "Kessler Chemie", "Harbor Equities": the last word is a business's, the name no person's
        return MentionInfo(t, " ".join(cw), "company")
    # (no article inside a name, "Das Ausmaß der Gewalt"; no place's noun before it, "Bezirk Tulln")
    if cw and all(NAME_TOKEN.match(w) for w in cw) and 2 <= len(cw) <= 4 and lx.code == "de" and not any(
        noun_ending(w) or len(w) > 14 for w in cw
    ) and not any(w in lx.determiners for w in words_l[1:]) and cw[0] not in place_noun_words() and not attribute_word(cw[0]) \
            and not thing_name(cw):
        # (no adjective or determiner first: "Kein Schnaps", "Klaffende Löcher" name no one)
        return MentionInfo(t, " ".join(cw), "person", person_tokens=cw)
    if lx.code == "en" and cw and all(_en_name_part(cw, k, lx) for k in range(len(cw))) and 2 <= len(cw) <= 4 and len(cw) == len(words):
        return MentionInfo(t, " ".join(cw), "person", person_tokens=cw)
    if lx.code == "en" and len(cw) == len(words) == 2 and cw[0] in lx.name_particles and NAME_TOKEN.match(cw[1]) \
            and cw[1] not in lx.type_heads and not gazetteer_match(cw[1], lx.code):
        return MentionInfo(t, " ".join(cw), "person", person_tokens=cw[1:])  # "de Gaulle", "van Dijk": a surname with its particle
    if len(cw) == 1 and re.fullmatch(r"[A-ZÄÖÜ][A-Za-z]*[A-Z][A-Za-z]*", cw[0]):
        return MentionInfo(t, cw[0], "unnamed")  # an acronym: "AStA", "ACLU"
    name = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an)\s+)+", "", t, flags=re.I)
    return MentionInfo(t, _without_count(name, lx), "unnamed")


@cache
def _name_short_forms() -> frozenset[str]:
    """`name_short_forms` of resources/de/lexicon.json: short forms of two capitals that open a body's name."""
    return frozenset(load("de", "lexicon").get("name_short_forms", []))


#: a Roman numeral, as it closes the name of a monarch, a pope, a law or a programme ("IV", "XVI.")
_ROMAN = re.compile(r"[IVXLC]+\.?")


def thing_name(words: list[str]) -> bool:
    """German capitalised words that name no person (`source.name.not_person`): a short form in
    capitals before the last word ("IG Nordmetall", a union's name), or a Roman numeral after a word that
    is no given name ("Sozialpaket IV", "Basel III": a law, a programme, a set of rules; not "Ludwig XIV").
    A short form of two letters counts only when `name_short_forms` of lexicon.json lists it: two
    capitals are as often a person's initials ("JD Vance", "AJ Berg")."""
    if any(w.isupper() and not _ROMAN.fullmatch(w) and (len(w) >= 3 or (len(w) == 2 and w in _name_short_forms()))
           for w in words[:-1]):
        return True
    return len(words) >= 2 and bool(_ROMAN.fullmatch(words[-1])) and words[0] not in german_given_names() \
        and translit_key(words[0]) not in given_name_keys()


@cache
def _contractions(code: str) -> tuple[str, ...]:
    return tuple(load(code, "lexicon").get("pronoun_contractions", []))


@cache
def _second_person(code: str) -> frozenset[str]:
    return frozenset(load(code, "lexicon").get("second_person", []))


def is_second_person(word: str, lx: Lang) -> bool:
    """"you", "you're", "du": a pronoun of the one addressed (`second_person` of
    resources/<lang>/lexicon.json), someone the text does not name."""
    return (_without_contraction(word, lx) or word) in _second_person(lx.code)


def _without_contraction(word: str, lx: Lang) -> str | None:
    """A word without the verb joined to it ("we've" → "we", "You’re" → "You";
    `pronoun_contractions` of resources/<lang>/lexicon.json), or None when it ends in none."""
    w = word.replace("’", "'")
    end = next((e for e in _contractions(lx.code) if w.lower().endswith(e) and len(w) > len(e)), None)
    return w[: -len(end)] if end else None


@cache
def _author_prepositions() -> frozenset[str]:
    """`document_author_prepositions` of every language's resources/<lang>/lexicon.json ("from", "von")."""
    return frozenset(w.lower() for code in languages() for w in load(code, "lexicon").get("document_author_prepositions", []))


def _titled_document(t: str, words: list[str], lead: int, lx: Lang) -> MentionInfo | None:
    """A document named by a title before its head noun and its author after it ("the Harbour
    Facts report from Tidewater", "die Hafen-Bilanz-Studie von Nordwerk"): the author, the title and
    head an alias; None for anything else (the head noun first is read elsewhere)."""
    k = next((i for i in range(lead + 1, len(words) - 2) if words[i] in lx.document_heads
              and words[i + 1].lower() in _author_prepositions()), None)
    if k is None or not all(w[:1].isupper() for w in words[lead:k]):
        return None
    by = t[t.find(words[k + 1], t.find(words[k])) + len(words[k + 1]) :].strip()
    inner = analyse_mention(by, lx)
    if inner.pronoun or inner.description or not inner.name[:1].isupper():
        return None
    inner.text = t
    inner.aliases = [*inner.aliases, " ".join(words[lead : k + 1])]
    return inner


#: the English preposition that names who made a work after it ("an article by Ann Lee")
_MADE_BY = re.compile(r"\sby\s+(?=[A-Z])")


def _authored_by(t: str, lx: Lang) -> MentionInfo | None:
    """English (rule `source.person.author_by`, session 36): a work or an outlet named with the person who
    wrote it after "by" ("a long article in Harbor Weekly by Ann Castellan", "calculations by Ann
    Castellan of the port authority"): that person, when the words after the last "by" are a person's
    name (with the body it belongs to after it); the work is the person's word, no source of its own.
    None for anything else (a body or a group after "by", or no "by")."""
    found = list(_MADE_BY.finditer(t))
    if not found or not t[: found[-1].start()].strip():
        return None
    inner = analyse_mention(t[found[-1].end() :], lx)
    if inner.type != "person" or not inner.person_tokens or inner.pronoun or inner.description:
        return None
    inner.text, inner.trim = t, inner.trim or "source.person.author_by"
    return inner


def _role_index(words: list[str], lx: Lang) -> int:
    """The index of the last role noun of a mention's words, -1 for none; a role noun right after
    a given name (resources/en/gender.json) or after a role noun and a name's word is a surname, no
    role ("Anna Richter", "Vorstand Jens Bischof")."""

    def surname(k: int) -> bool:
        prev = words[k - 1] if k > 0 else ""
        if not prev[:1].isupper() or is_role(prev, lx) or prev in lx.type_heads or noun_ending(prev):
            return False
        return translit_key(prev) in given_name_keys() or (k >= 2 and is_role(words[k - 2], lx) and bool(NAME_TOKEN.match(prev)))

    # (a mention in the genitive, "des österreichischen Außenministers": its role noun with the genitive -s)
    genitive = bool(words) and words[0].lower() == "des"
    return max((k for k, w in enumerate(words) if (is_role(w, lx) or (genitive and genitive_role(w, lx))) and not surname(k)), default=-1)


def _without_count(name: str, lx: Lang) -> str:
    """A group's name without the count before it ("Some cybersecurity experts" → "cybersecurity
    experts"; `name_quantifiers` of resources/<lang>/lexicon.json)."""
    words = name.split()
    if len(words) > 2 and words[0].islower() and any(w[:1].isdigit() and k + 1 < len(words) and words[k + 1].lower() in lx.share_words
                                                      and all(x.islower() for x in words[:k]) for k, w in enumerate(words[1:4], 1)):
        # "a whopping 60 percent of residents": the share, not the words that weigh it
        return " ".join(words[next(k for k, w in enumerate(words) if w[:1].isdigit()) :])
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in lx.name_quantifiers else name


def _after_a_boundary(t: str) -> str | None:
    """What follows a capitalised conjunction or subordinator inside a mention ("Grenzdorf Wenn
    Jan Roth" → "Jan Roth"; `clause_openers`, `subordinators` of both languages), when a
    capitalised word follows it; else None."""
    words = list(re.finditer(r"[\w'’.-]+", t))
    for k in range(len(words) - 1, 0, -1):
        w = words[k].group()
        if w[:1].isupper() and w.lower() in SUBORDINATORS | CONJ_START and k + 1 < len(words) and words[k + 1].group()[:1].isupper():
            return t[words[k + 1].start() :]
    return None


def _described_name(t: str, words: list[str], lx: Lang) -> MentionInfo | None:
    """English: a description that ends in a lower-case noun of a person, then a person's name
    of two or three words that opens with a given name (resources/en/gender.json): "Former
    National Security Council official Timothy Morrison", "High school math teacher Angela
    Cooper" — the person, the words before the name the role. Not a body after an agent noun
    ("computer maker Dell Technologies": no given name), nor a text ("the report Anna Berg wrote")."""
    from .gender import en_gender_words

    k = max((i for i, w in enumerate(words) if w[:1].islower()), default=-1)
    name = words[k + 1 :]
    if k < 0 or not 2 <= len(name) <= 3 or name[0] not in en_gender_words()[1]:
        return None
    if not all(NAME_TOKEN.match(w) for w in name) or any(w in lx.type_heads for w in name) or gazetteer_match(" ".join(name), lx.code):
        return None
    noun = words[k].lower()
    if noun in lx.document_heads or noun in lx.evidence_heads or not person_noun(noun, lx):
        return None
    role = " ".join(w for w in words[: k + 1] if w.lower() not in lx.determiners)
    return MentionInfo(t, " ".join(name), "person", role=role, person_tokens=name)


# the last word of a company's name ("Acme Robotics Inc"): a company, not a person's name
COMPANY_SUFFIXES = frozenset(("AG", "GmbH", "SE", "KG", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "plc", "SA", "S.A.", "LLC", "Co.", "Holding"))


#: a firm's short name of capitals joined by an ampersand ("PG&E", "AT&T")
AMPERSAND_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,3}&[A-Z][A-Za-z]{0,3}")
#: a word of a firm's name: capitalised (dots, hyphens and apostrophes inside), or an ampersand
_FIRM_WORD = re.compile(r"[A-Z][\w'’.&-]*|&")


def _firm_mention(t: str, lx: Lang) -> MentionInfo | None:
    """English: a firm named with an ampersand ("Pacific Gas & Electric Co.", "Marsh & Field", "PG&E") or a
    company suffix ("Lake Holdings Inc.": `COMPANY_SUFFIXES`), alone or before a plural noun of its people
    of `anonymous_heads` ("PG&E officials", "Lake Holdings Inc. officials"): the company (the whole mention
    an alias of it), its name as written with the ampersand; not a person ("Marsh & Field" is no one's
    first and last name; two given names around the ampersand are two persons: "Ann Lee & Tom Reed") and
    not an anonymous source when no anonymity marker says so. A name in the outlet gazetteer stays what
    the gazetteer says; None for any other mention."""
    from .gender import en_gender_words

    body = re.sub(r"^(?:the|a|an)\s+", "", t.strip(), flags=re.I).rstrip(",;:")
    words = body.split()
    head = words[-1] if words and words[-1].isalpha() and words[-1].islower() else None
    name_words = words[:-1] if head is not None else words
    if not 1 <= len(name_words) <= 7 or not all(_FIRM_WORD.fullmatch(w) for w in name_words):
        return None
    amp = [k for k, w in enumerate(name_words) if w == "&"]
    if not (amp or AMPERSAND_ACRONYM.fullmatch(name_words[0]) or (len(name_words) >= 2 and name_words[-1] in COMPANY_SUFFIXES)):
        return None
    if any(k == 0 or k == len(name_words) - 1 for k in amp) or any(mark in t.lower() for mark in lx.anonymous_markers):
        return None
    speaker = head is not None and head in lx.spokesperson_roles
    if head is not None and not speaker and (head not in lx.anonymous_heads or not head.endswith("s")):
        return None
    given = en_gender_words()[1]
    if any(name_words[0] in given and name_words[k + 1] in given for k in amp):
        return None  # "Ann Lee & Tom Reed": two persons
    name = " ".join(name_words)
    if any(is_role(w, lx) or w in lx.type_heads for w in name_words) or gazetteer_match(name, lx.code) is not None:
        return None
    if speaker:
        # "a Marsh & Field spokeswoman": the firm's unnamed spokesperson, named by the firm as written (with
        # its ampersand) and the role, as "a Harbor spokeswoman" is (source.person)
        return MentionInfo(t, f"{name} {head}", "person", role=head)
    return MentionInfo(t, name, "company", aliases=[body] if head is not None else [])


def _plain_name(part: str, lx: Lang) -> list[str] | None:
    """The words of a person's bare name ("Anna Kovac", "Dan Hooper"): two to four name tokens, no
    role, type head, determiner or company suffix among them and no outlet or body the gazetteer
    lists; None for anything else."""
    ws = words_of(part)
    if not 2 <= len(ws) <= 4 or not all(NAME_TOKEN.match(w) for w in ws) or ws[-1] in COMPANY_SUFFIXES:
        return None
    if any(w in lx.type_heads or is_role(w, lx) or w.lower() in lx.determiners for w in ws) or gazetteer_match(part, lx.code):
        return None
    return ws


def _name_before_apposition(t: str, lx: Lang) -> MentionInfo | None:
    """English: a person's bare name, then after a comma what the person is, a role among its words
    ("Anna Kovac, CEO and Founder of Kovac Robotics Inc", "Dan Hooper, a spokesman for Governor Tim
    Walsh"): the person named first, whatever names (a company's, a superior's) the apposition holds
    (its role is the apposition)."""
    head, comma, appo = t.partition(",")
    if not comma:
        return None
    hw = _plain_name(head, lx)
    if hw is None or not any(is_role(w, lx) for w in re.findall(r"[\w-]+", appo)):
        return None
    return MentionInfo(t, " ".join(hw), "person", role=appo.strip(" ,") or None, person_tokens=hw)


def _name_on_venue(t: str, lx: Lang) -> MentionInfo | None:
    """English: a person's bare name, then "on" and the capitalised name of where the words appeared
    ("Peter Lane on Hot Topics", "Jane Roe on Twitter"): the person; the venue is no part of the
    name."""
    m = re.fullmatch(r"(.+?)\s+on\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})", t)
    if m is None:
        return None
    hw = _plain_name(m.group(1), lx)
    if hw is None:
        return None
    return MentionInfo(t, " ".join(hw), "person", person_tokens=hw)


def _named_with_affiliation(t: str, lx: Lang) -> MentionInfo | None:
    """A person's name and the body the person belongs to after a preposition ("John Roe of the
    Harbour Trust", "Anna Berg von der Hafenbehörde"; `affiliation_prepositions` of
    resources/<lang>/lexicon.json): the person, with the body as the role; None for anything else
    ("Bank of America", "die Polizei von Kehl", a country's name)."""
    if not lx.affiliation_prepositions:
        return None
    words = t.split()
    k = next((i for i, w in enumerate(words) if w.lower() in lx.affiliation_prepositions), None)
    # (English: a role in lower case before the name, "analyst Tom Reed of Harbor Capital", rule
    # source.person.role_name_affiliation: the person, the role and the body their role)
    lead = 0
    if lx.code == "en" and k is not None:
        while lead < min(k, 3) and words[lead][:1].islower() and words[lead].isalpha() and words[lead].lower() not in PREPOSITIONS_EN:
            lead += 1
        if lead and (words[0].lower() in lx.determiners or not (is_role(words[lead - 1], lx) or _AGENT_NOUN_EN.fullmatch(words[lead - 1]))):
            lead = 0  # ("the Harbor Trust of …", "former Tom Reed": no role before the name)
    if k is None or not 2 <= k - lead <= 4 or k == len(words) - 1:
        return None
    name = " ".join(words[lead:k])
    if not all(NAME_TOKEN.match(w) for w in words[lead:k]) or name in country_names() or gazetteer_match(name, lx.code) is not None \
            or any(w in lx.type_heads or w.lower() in lx.determiners for w in words[lead:k]):
        return None
    inner = analyse_mention(name, lx)
    if inner.type != "person" or not inner.person_tokens or inner.pronoun or inner.description:
        return None
    inner.text = t
    body = re.sub(r"^(?:(?:" + "|".join(map(re.escape, sorted(lx.determiners))) + r")\s+)", "", " ".join(words[k + 1 :]), flags=re.I)
    inner.role = inner.role or (" ".join([*words[:lead], words[k], body]) if lead else body)
    if lead:
        inner.trim = inner.trim or "source.person.role_name_affiliation"  # (on the mention's rule)
    return inner


@cache
def _journalist_roles(code: str) -> frozenset[str]:
    return frozenset(load(code, "according").get("journalist_roles", []))


def outlet_of_owner(owner: str, lx: Lang) -> str | None:
    """The outlet an anonymous source belongs to, as written: the owner itself ("der «Hafenpost»"),
    or the outlet of a journalist of its ("a BBC reporter Jane Doe('s source)"); None for another
    owner ("Kreise des Ministeriums")."""
    info = analyse_mention(owner, lx)
    if info.type in ("media", "news_agency"):
        return owner
    roles = _journalist_roles(lx.code)
    g = gazetteer_match(owner, lx.code) if any(w.lower() in roles for w in re.findall(r"[\w-]+", owner)) else None
    if g is None or g[1] not in ("media", "news_agency"):
        return None
    return next((n for n in [g[0], *g[2]] if n in owner), None)


@cache
def firm_name_ends() -> frozenset[str]:
    """Last words of a business's name in any language ("Chemie", "Holdings": `firm_name_ends` of
    resources/<lang>/lexicon.json): a name that ends in one is a company's, no person's."""
    return frozenset(w for code in languages() for w in load(code, "lexicon").get("firm_name_ends", []))


@cache
def _role_form_endings(code: str) -> tuple[str, ...]:
    return tuple(e.lower() for e in load(code, "lexicon").get("role_noun_endings", []))


def _role_form(word: str, lx: Lang) -> bool:
    """A noun whose ending makes it a role or a profession, not a given name (`role_noun_endings`
    of resources/<lang>/lexicon.json: "Bäckerin", "Stadtratsmitglied"), with a stem before it."""
    low = word.lower()
    return any(low.endswith(e) and len(low) >= len(e) + 3 for e in _role_form_endings(lx.code))


def _role_then_given_name(t: str, words: list[str], lx: Lang) -> MentionInfo | None:
    """A person named after what describes them (German): "Der Zweite Vorsitzende der
    Gewerkschaft der Bäcker, Jonas Keller" (an apposition of two or three name words after a
    phrase with a role noun, whose words would type a body), "Die Psychotherapeutin Barbara
    Pfanner" (a noun the role lists may lack before a given name of resources/en/gender.json and
    a surname; or before any two name words where the noun has the ending of a role,
    `role_noun_endings`: "Bäckerin Lea Vogt") — the name is the person's, the words before it the
    role."""
    before, _, after = t.rpartition(",")
    if before:
        tail, lead = words_of(after), words_of(before)
        if not (2 <= len(tail) <= 3 and any(is_role(w, lx) for w in lead)):
            return None
    else:
        k = k0 = 1 if len(words) > 1 and words[0].lower() in lx.determiners else 0
        while k < len(words) - 3 and words[k].islower() and words[k] not in lx.coordination:
            k += 1  # "der dreimalige Weltmeister Peter Sagan": lower-case attributes before the noun describe it too
        n_lead = 3 if len(words) - k >= 5 and words[k + 1] in lx.coordination and words[k + 2][:1].isupper() else 1
        lead, tail = words[k : k + n_lead : 2], words[k + n_lead :]
        given = bool(tail) and translit_key(tail[0]) in given_name_keys()
        if not (len(tail) == 2 or (len(tail) == 3 and given)) or not (given or any(_role_form(w, lx) for w in lead)) \
                or any(translit_key(w) in given_name_keys() or w in lx.type_heads or not w[:1].isupper() for w in lead):
            return None  # ("Anna Maria Berg": names all; "Partei Anna Berg": a body's name; "der Publizist und Philosoph Jan Roth": two roles)
    if not all(NAME_TOKEN.match(w) for w in tail) or any(is_role(w, lx) or w in lx.type_heads for w in tail) \
            or gazetteer_match(" ".join(tail), lx.code):
        return None
    role = " ".join(w for w in lead if w.lower() not in lx.determiners) if before else " ".join(words[k0 : k + n_lead])
    return MentionInfo(t, " ".join(tail), "person", role=role or None, person_tokens=tail)


def _person_of_party(t: str, lx: Lang) -> str | None:
    """English: the noun of a person that closes a mention naming a party only as a word before it ("the GOP
    front-runner", "a longtime GOP data expert", "Republican strategists"), lower case; None otherwise
    (rule `source.party.person_head`)."""
    words = re.findall(r"[\w'’-]+", t)
    if len(words) < 2 or not words[-1].islower():
        return None
    head = words[-1].lower()
    return head if person_noun(head, lx) or is_role(head, lx) or head in lx.person_heads else None
