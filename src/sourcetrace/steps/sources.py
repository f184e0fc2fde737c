"""Source resolution: each mention to one source per real-world source, typed, with role, and the
rebuilt source list (rule ids `source.*`).

Mentions are classified from their words (quoted names, known outlets, role nouns, head nouns of
`lexicon.json`); they merge by a key that ignores German inflection and transliteration
(Lawrow = Lavrov), persons by any shared name token ("Roth" = "Maria Roth"). Pronouns and
definite descriptions ("der Diktator", "die Zeitung") resolve to the nearest earlier compatible
source or person mention.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..document import Attribution, Document, Mention, Source, SourceType, Span, Via
from ..resources import languages, load, pick
from ..textutil import APOSTROPHE_MARKS, QUOTE_MARKS, whole_words
from .candidates import Cand
from .lexicon import CONJ_START, PREPOSITIONS_DE, PREPOSITIONS_EN, SUBORDINATORS, Lang, is_adjective_like, lang

#: the types of a definite description that refers back to a source named before ("die Zeitung",
#: "des Konzerns", "die Partei")
_DESCRIBED_TYPES = frozenset({"media", "news_agency", "government", "military", "intelligence", "think_tank", "website", "company",
                              "party", "court", "police", "ngo", "international_org"})
@cache
def _generic_heads() -> frozenset[str]:
    """Bare type nouns that refer back to a source named before ("die Zeitung", "the agency"):
    `generic_heads` of resources/<lang>/lexicon.json, every language."""
    return frozenset(w for code in languages() for w in load(code, "lexicon").get("generic_heads", []))


def _generic_head(word: str) -> bool:
    """A bare type noun, also in the genitive ("des Konzerns", "des Blattes")."""
    heads = _generic_heads()
    return word in heads or (word.endswith("s") and word[:-1] in heads) or (word.endswith("es") and word[:-2] in heads)


#: indefinite articles: a description that opens with one introduces someone new
_INDEFINITE = frozenset(w for code in languages() for w in load(code, "lexicon").get("indefinite_articles", []))
#: nouns of quantity or part that pass through to the phrase after them ("eine Reihe von Experten")
_TRANSPARENT = frozenset(w for code in languages() for w in load(code, "lexicon").get("transparent_nouns", []))
#: endings of German common nouns: a capitalized word with one of them is not a person's name
_NOUN_END = re.compile(r"(?:ung|heit|keit|schaft|zentrums?|amts?|tion|ität|ismus|ium|verband|verbands|partei|gruppe|ministeriums?|behörde|dienst(?:es|e)?|zeitung|agentur|institut(?:s|es)?|kommission|rat(?:es|s)?|gericht(?:s|es)?|büro|organisation|sender|portal|magazin|bundes\w*|en|nen|ern)$")
#: a name in quotation marks inside a mention ("die Zeitung «Der Bund»"): between marks of
#: QUOTE_MARKS but the apostrophes ("O’Brien’s" holds no quoted name), opened by a mark that opens
#: and closed by one that closes (« and » both: «…» and »…«)
_NAME_QUOTES = "".join(c for c in QUOTE_MARKS if c not in APOSTROPHE_MARKS)
_QUOTED = re.compile(rf"[«„“\"‹»]([^{_NAME_QUOTES}]{{2,80}})[»“”\"›«]")
_ACRONYM = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜ0-9-]{1,10})\)")
_NAME_TOKEN = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*$")
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|de|ch|at|uk|gov|info|io)\b")


@cache
def _translit() -> tuple[list[tuple[str, str]], str]:
    d = load("common", "transliteration")
    return [(a, b) for a, b in d.get("replace", [])], str(d.get("initial_s_before_vowel", "z"))


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    w = word.lower().strip(".,'’")
    w = re.sub(r"['’]s$", "", w)
    rules, s_init = _translit()
    if re.match(r"^s[aeiouy]", w):
        w = s_init + w[1:]
    for a, b in rules:
        w = re.sub(a, b, w) if a.endswith("$") else w.replace(a, b)
    return w


def _stem(word: str) -> str:
    w = word.lower()
    for suf in ("ischen", "ischer", "isches", "ische", "en", "es", "er", "em", "e", "s", "n"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)] + ("isch" if suf.startswith("isch") else "")
    return w


@cache
def _gazetteer() -> list[tuple[str, str, list[str]]]:
    out = []
    for e in load("common", "outlets").get("entries", []):
        out.append((e["name"], e["type"], list(e.get("aliases", []))))
    return out


@cache
def _countries() -> frozenset[str]:
    d = load("common", "countries")
    return frozenset(d.get("countries", []) + d.get("capitals", []))


@cache
def _gazetteer_names() -> frozenset[str]:
    return frozenset(n for name, _t, aliases in _gazetteer() for n in [name, *aliases])


@cache
def _gazetteer_keys() -> list[tuple[str, tuple[str, str, list[str]]]]:
    out = []
    for entry in _gazetteer():
        name, _typ, aliases = entry
        for n in [name, *aliases]:
            key = _org_key(n)
            # multi-word names also match inflected ("der Deutschen Presse-Agentur"); a name of one
            # word besides the article only as a capitalised word (below)
            if len(key.split()) > 1:
                out.append((" " + key + " ", entry))
    return out


@cache
def _gazetteer_single_keys() -> dict[str, tuple[str, str, list[str]]]:
    """Names of one word besides the article by their inflection-free key ("des Spiegels" →
    Der Spiegel); matched only on a capitalised word, so "The Times" is no "at the time"."""
    out: dict[str, tuple[str, str, list[str]]] = {}
    for entry in _gazetteer():
        name, _typ, aliases = entry
        for n in [name, *aliases]:
            key = _org_key(n)
            if key and len(key.split()) == 1 and len(key) >= 4:
                out.setdefault(key, entry)
    return out


@cache
def _media_words() -> frozenset[str]:
    """Words that may stand beside an outlet's name within a longer name of the same outlet
    ("Bloomberg News", "Blick TV", "Spiegel Online"): the media heads of every language."""
    words = {w for code in languages() for w, t in load(code, "lexicon").get("type_heads", {}).items()
             if t in ("media", "news_agency", "website")}
    return frozenset(w for w in words if w[:1].isupper()) | frozenset(load("common", "outlets").get("name_neighbours", []))


@cache
def _name_heads() -> frozenset[str]:
    return frozenset(load("common", "outlets").get("name_heads", []))


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """A one-word outlet name that is a word of a longer name ("Michael Bloomberg", "Sun Xiaomei",
    "Emma Watson"): a capitalised word right beside it that is no media word."""
    left = re.search(r"([A-ZÄÖÜ][\w'’-]*)[ \t]+$", text[:start])
    right = re.match(r"[ \t]+([A-ZÄÖÜ][\w'’-]*)", text[end:])
    media, function = _media_words(), _function_words()
    return any(m is not None and not m.group(1).isupper() and m.group(1) not in media and m.group(1).lower() not in function
               and not _stem(m.group(1)).endswith(_media_stems()) for m in (left, right))


@cache
def _media_stems() -> tuple[str, ...]:
    """The media heads lower-cased: an inflected compound before a name ("des Fernsehsenders n-tv")
    is a type noun, not a first name."""
    return tuple(sorted({w.lower() for w in _media_words() if len(w) >= 5}))


@cache
def _function_words() -> frozenset[str]:
    """Words that may stand capitalised beside an outlet without being a name ("Die Hamas",
    "Laut Bloomberg", "Am Montag"): determiners, stop words and according-to words of every language."""
    out: set[str] = set()
    for code in languages():
        lex = load(code, "lexicon")
        out.update(w.lower() for w in lex.get("determiners", []) + lex.get("np_stop", []))
        out.update(w.lower() for p in load(code, "according").get("prefix", []) for w in p.split())
    return frozenset(out)


def _gazetteer_match(text: str) -> tuple[str, str, list[str]] | None:
    best = None
    for name, typ, aliases in _gazetteer():
        for n in [name, *aliases]:
            # the substring test first: compiling a pattern per name and mention is what costs
            if n in text:
                for mm in whole_words(text, n):
                    if " " not in n and not n.isupper() and _inside_a_name(text, mm.start(), mm.end()):
                        continue  # "Michael Bloomberg" is a person, "Sun Xiaomei" no tabloid
                    if best is None or len(n) > best[0]:
                        best = (len(n), (name, typ, aliases))
                    break
    if best is None:
        key = " " + _org_key(text) + " "
        for k, entry in _gazetteer_keys():
            if k in key and (best is None or len(k) > best[0]):
                best = (len(k), entry)
    if best is None:
        singles = _gazetteer_single_keys()
        for mm in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][\w'’.-]*", text):
            single = singles.get(_org_key(mm.group(0)))
            if single is not None and not _inside_a_name(text, mm.start(), mm.end()):
                return single
    return best[1] if best else None


_HEADS: dict[str, list[tuple[str, str, str, str]]] = {}


def _heads(lx: Lang) -> list[tuple[str, str, str, str]]:
    """Type heads, longest first, with their lowercase form and stem (computed once per language)."""
    if lx.code not in _HEADS:
        items = sorted(lx.type_heads.items(), key=lambda kv: -len(kv[0]))
        _HEADS[lx.code] = [(h, t, h.lower(), _stem(h.lower())) for h, t in items]
    return _HEADS[lx.code]


_HEAD_INDEX: dict[str, tuple[dict[str, list[int]], dict[str, list[int]], list[int]]] = {}


def _head_index(lx: Lang) -> tuple[dict[str, list[int]], dict[str, list[int]], list[int]]:
    """The positions in `_heads` of each lowercase head and each head stem, and those of the heads
    of several words: `_head_type` looks its words up instead of running through every head."""
    if lx.code not in _HEAD_INDEX:
        by_lower: dict[str, list[int]] = {}
        by_stem: dict[str, list[int]] = {}
        for i, (_h, _t, hl, sh) in enumerate(_heads(lx)):
            by_lower.setdefault(hl, []).append(i)
            by_stem.setdefault(sh, []).append(i)
        multi = [i for i, (h, *_rest) in enumerate(_heads(lx)) if " " in h]
        _HEAD_INDEX[lx.code] = (by_lower, by_stem, multi)
    return _HEAD_INDEX[lx.code]


def _head_type(words: list[str], lx: Lang) -> tuple[str | None, str | None]:
    """Type from the head noun (compound suffixes count: "US-Denkfabrik" → think_tank); of the
    heads that fit, the one first in `_heads` (the longest)."""
    heads = _heads(lx)
    by_lower, by_stem, multi = _head_index(lx)

    def skipped(i: int, w: str) -> bool:
        # an English head written capitalised is a name's word ("Times", "Post"): not "the time"
        return heads[i][0][:1].isupper() and not w[:1].isupper() and lx.code != "de"

    caps = [w for w in words if w[:1].isupper()] or words
    for w in reversed(caps):
        lw = w.lower()
        sl = _stem(lw)
        found = [*by_lower.get(lw, ()), *by_stem.get(sl, ()), *by_lower.get(sl, ())]
        for word in {lw, sl}:  # a compound's last part ("US-Denkfabrik"): the head ends the word
            for k in range(1, len(word)):
                found += [i for i in by_lower.get(word[k:], ()) if len(heads[i][0]) >= 3 and len(sl) > len(heads[i][2]) + 2]
        hits = [i for i in found if not skipped(i, w)]
        if hits:
            return heads[min(hits)][1], w
    joined = " ".join(words).lower()
    first_multi = next((i for i in multi if heads[i][2] in joined), None)
    for n, w in enumerate(words):
        hits = [i for i in by_lower.get(w.lower(), ()) if not skipped(i, w)]
        if n == 0 and first_multi is not None:
            hits.append(first_multi)
        if hits:
            return heads[min(hits)][1], w
    return None, None


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


def _statement_noun(word: str, lx: Lang) -> bool:
    """A noun for what someone said or thinks ("Meinung", "Angaben", "Darstellung", "Vorwurf"):
    after a possessive it points at the possessor as the source."""
    return word in lx.nach_heads_cased or word in lx.document_heads or word.lower() in lx.speech_nouns


@cache
def _excerpt_heads(code: str) -> frozenset[str]:
    return frozenset(load(code, "according").get("excerpt_heads", []))


def classify_mention(text: str, lx: Lang) -> tuple[str, str]:
    info = analyse_mention(text, lx)
    return info.name, info.type


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


#: a dateline that opens a text run into the mention after it ("Berlin – Die deutsche Polizei",
#: "Wien (APA) – Der Minister")
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w./'’-]*(?:\s+[A-ZÄÖÜ][\w./'’-]*)?\s*(?:\([^()]{1,20}\)\s*)?[–—]\s+(?=[A-ZÄÖÜ])")


def analyse_mention(text: str, lx: Lang) -> MentionInfo:
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
    if lx.code == "de":
        t = re.sub(r"(?<=\w)-,\s+", "- ", t)  # "Polizei-, Armee-, und Regierungssprecher": one coordination of compounds, no apposition
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
    if len(words) == 1 and words[0] in lx.subject_pronouns:
        return MentionInfo(t, t, "person", pronoun=True)
    if len(words) == 1 and words_l[0] in lx.possessive_determiners:
        return MentionInfo(t, t, "person", pronoun=True)  # "his (claim that …)": whom it points at
    if len(words) == 2 and words_l[0] in lx.possessive_pronouns and _statement_noun(words[1], lx):
        return MentionInfo(t, t, "person", pronoun=True)  # "seiner Meinung (nach)": his
    if len(words) == 2 and words_l[0] in lx.possessive_pronouns | lx.possessive_determiners and words[1][:1].isupper():
        # "seiner Familie", "ihr Anwalt": the one the phrase names, someone of his, not he himself
        inner = analyse_mention(words[1], lx)
        inner.text = t
        return inner
    # an outlet's or its reporter's anonymous source ("a BBC reporter Jane Doe's source inside the camp"): the owner is its genitive
    pm = re.match(r"^(?P<owner>[^,]+?)['’]s\s+(?P<rest>[^,]+)", t) if lx.code == "en" else None
    if pm and any(w.lower() in lx.anonymous_heads for w in re.findall(r"[\w-]+", pm.group("rest"))[:3]) and _outlet_of_owner(pm.group("owner"), lx):
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
    if words and words[lead] in _excerpt_heads(lx.code):
        em = re.search(r"\b(?:aus dem|aus der|aus|from the|from|of the|of)\s+(.+)$", t)
        if em:
            # "eine Passage aus dem UN-Bericht", "a passage from the report": the text it is taken from
            inner = analyse_mention(em.group(1), lx)
            inner.text = t
            inner.aliases = [*inner.aliases, " ".join(words[lead:])]
            return inner
    if words and (words[lead] in lx.document_heads or words[lead] in _TRANSPARENT):
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
        if rest and all(_NAME_TOKEN.match(w) for w in rest) and len(rest) <= 4:
            inner = analyse_mention(" ".join(rest), lx)  # "Mitteilung Correctiv"
            inner.text = t
            return inner
    affiliated = _named_with_affiliation(t, lx)
    if affiliated is not None:
        return affiliated
    quoted = _QUOTED.findall(t)
    acr = _ACRONYM.findall(t)
    gaz = _gazetteer_match(t)
    if gaz and anonymous_head is not None and any(anonymous_head in n.split() for n in [gaz[0], *gaz[2]]):
        anon = any(m.lower() in t.lower() for m in lx.anonymous_markers)  # "Business Insider": a name, no insider
    if gaz and anon and re.sub(r"^(?:(?:der|die|das|the)\s+)", "", t, flags=re.I) in (gaz[0], *gaz[2]):
        anon = False  # the whole mention is an outlet's name ("InsideSources"), whatever words it holds
    dom = _DOMAIN.search(t)
    head_type, head = _head_type([w for w in words if w.lower() not in lx.determiners], lx)
    core = " ".join(w for w in words if w.lower() not in lx.determiners)
    if (anon and not (quoted and not genitive) and head_type not in ("intelligence",)) or (anon and genitive):
        name = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|a|an|the)\s+)", "", t, flags=re.I)
        return MentionInfo(t, name, "anonymous", genitive_org=genitive, aliases=[])
    if quoted and "," in t:
        # "Anna Berg, Sprecherin des Vereins «Grüne Mitte»": the person named before the apposition, not the name quoted in it
        before, _, appo_q = t.partition(",")
        bw = re.findall(r"[\w][\w'’.-]*", before)
        if 2 <= len(bw) <= 4 and all(_NAME_TOKEN.match(w) for w in bw) and not _gazetteer_match(before) \
                and not any(w in lx.type_heads or _NOUN_END.search(w.lower()) for w in bw):
            inner = analyse_mention(before, lx)
            if inner.type == "person":
                inner.text = t
                inner.role = inner.role or appo_q.strip()
                return inner
    if quoted and not (head_type == "document" and not gaz) and not all(_is_role(w, lx) for w in re.findall(r"[\w-]+", quoted[0]) if w[:1].isupper()):
        name = quoted[0].strip().rstrip(".,;:")  # “Fox News Sunday.”: the full stop is the sentence's
        g = _gazetteer_match(name)
        typ = (g[1] if g else None) or head_type or ("website" if _DOMAIN.search(name) else "media")
        aliases = list(acr) + ([g[0]] + g[2] if g else [])
        return MentionInfo(t, name, typ, aliases=[a for a in aliases if a != name])
    if dom and not gaz:
        return MentionInfo(t, dom.group(0), "website")
    if words and words[-1] in ("AG", "GmbH", "SE", "KG", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "plc", "SA", "S.A.", "LLC", "Co.", "Holding"):
        return MentionInfo(t, core, "company")
    if core in _countries():
        return MentionInfo(t, core, "government", role="country")  # metonymy: "Frankreich äußerte sich nicht"
    # "White House Press Secretary Stephanie Grisham": a role and a name make a person, whatever the institution
    ri = max((k for k, w in enumerate(words) if _is_role(w, lx)), default=-1)
    if 0 <= ri < len(words) - 1:
        nt = words[ri + 1 :]
        if len(nt) > 2 and not all(_NAME_TOKEN.match(w) for w in nt) and all(_NAME_TOKEN.match(w) for w in nt[-2:]) \
                and not any(w.lower() in lx.genitive_articles or w.lower() in lx.determiners for w in nt[:-2]):
            # "Secretary of State Mike Pompeo": the name closes the phrase; not after an article,
            # where the words name the role's owner ("ein Anwalt der Kanzlei Roth Lund")
            nt = nt[-2:]
        if len(nt) <= 3 and all(_NAME_TOKEN.match(w) for w in nt) and not any(w in lx.type_heads or _NOUN_END.search(w.lower()) for w in nt) \
                and not _gazetteer_match(" ".join(nt)):
            role = " ".join(w for w in words[: ri + 1] if w.lower() not in lx.determiners)
            return MentionInfo(t, " ".join(nt), "person", role=role, person_tokens=nt)
    if gaz and (head_type in (None, "media", "news_agency", "think_tank", "intelligence", "government", "international_org") or len(words) <= 3):
        name, typ, aliases = gaz
        return MentionInfo(t, name, typ, aliases=list(aliases) + list(acr))
    if "," in t:
        # "Chris Tang, the city's new police chief": a name, then the role it holds
        head_part, _, appo = t.partition(",")
        hw = re.findall(r"[\w][\w'’.-]*", head_part)
        if 2 <= len(hw) <= 4 and all(_NAME_TOKEN.match(w) for w in hw) and not any(w in lx.type_heads or _is_role(w, lx) or w.lower() in lx.determiners for w in hw) \
                and not _gazetteer_match(head_part) and any(_is_role(w, lx) for w in re.findall(r"[\w-]+", appo)):
            return MentionInfo(t, " ".join(hw), "person", role=appo.strip(" ,") or None, person_tokens=hw)
    # persons: role noun followed by name tokens, or bare name tokens
    role_idx = max((k for k, w in enumerate(words) if _is_role(w, lx)), default=-1)
    tail = words[role_idx + 1 :] if role_idx >= 0 else words
    affiliation = None
    cut = next((k for k, w in enumerate(tail) if not _NAME_TOKEN.match(w)), None)
    if role_idx >= 0 and cut is not None and cut > 0:
        affiliation = " ".join(tail[cut:])
        tail = tail[:cut]
    name_toks = [w for w in tail if _NAME_TOKEN.match(w) and w.lower() not in lx.determiners and w not in lx.type_heads]
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
            return MentionInfo(t, core, "person", role=words[role_idx], description=words_l[0] not in _INDEFINITE and not bare)
        if lx.code == "en" and words_l[0] == "the" and tail[0].lower() in ("of", "for", "to") and not any(_is_role(w, lx) for w in tail):
            # "the former secretary of State", "the Republican nominee for the election": a person, described
            return MentionInfo(t, core, "person", role=words[role_idx], description=True)
    # "Der Fraktionschef der Grünen, Volker Ratzmann": a description, then the name
    if "," in t:
        before, _, after_c = t.partition(",")
        aw = re.findall(r"[\w][\w'’.-]*", after_c)
        if aw and len(aw) <= 4 and all(_NAME_TOKEN.match(w) for w in aw) and not any(_NOUN_END.search(w.lower()) or w in lx.type_heads for w in aw):
            role = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|the|a|an)\s+)", "", before.strip(), flags=re.I)
            return MentionInfo(t, " ".join(aw), "person", role=role, person_tokens=aw)
    # "Anna Beispiel, Professorin an der Universität …": apposition after a name
    if "," in t:
        head_part, _, appo = t.partition(",")
        hw = re.findall(r"[\w][\w'’.-]*", head_part)
        if hw and all(_NAME_TOKEN.match(w) for w in hw) and len(hw) <= 4 and not any(w in lx.type_heads for w in hw):
            return MentionInfo(t, " ".join(hw), "person", role=appo.strip(" ,") or None, person_tokens=hw)
    if len(words) > lead + 2 and _is_role(words[lead], lx) and words_l[lead + 1] in ("der", "des", "of"):
        # "der Chefredakteur der Zeitung", "the spokesman of the ministry": a person, described
        name = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an)\s+)", "", t, flags=re.I)
        return MentionInfo(t, name, "person", role=name)
    if head_type and head:
        # "Recherchezentrum Correctiv", "die Zeitung Haaretz": a head noun and the name after it
        hi = words.index(head) if head in words else -1
        after = words[hi + 1 :] if hi >= 0 else []
        if after and len(after) <= 3 and all(_NAME_TOKEN.match(w) or w.isupper() for w in after) and not any(_NOUN_END.search(w.lower()) and w not in _gazetteer_names() for w in after):
            if head in _name_heads():
                return MentionInfo(t, " ".join([head, *after]), head_type)  # "Radio Free Europe": the word is the name's
            return MentionInfo(t, " ".join(after), head_type, role=head)
    if head_type:
        # (the head may look like an adjective: "the paper")
        is_desc = bool(words_l and words_l[0] in ("der", "die", "das", "den", "dem", "des", "the")) and len(
            [w for w in words if (not is_adjective_like(w) or w == head) and w.lower() not in lx.determiners]) == 1 and head is not None and _generic_head(head)
        name = _without_count(re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|sowohl|the|a|an)\s+)+", "", t, flags=re.I), lx)
        return MentionInfo(t, name, head_type, description=is_desc and head_type in _DESCRIBED_TYPES, role=head if is_desc else None)
    if words[-1] in lx.feminine_words or words[-1] in lx.masculine_words:
        # "die Frau", "ein älterer Mann": a person, described; a definite one points back
        return MentionInfo(t, core, "person", role=words[-1], description=words_l[0] in ("der", "die", "das", "the"))
    cw = [w for w in words if w.lower() not in lx.determiners]
    # (no article inside a name, "Das Ausmaß der Gewalt"; no place's noun before it, "Bezirk Tulln")
    if cw and all(_NAME_TOKEN.match(w) for w in cw) and 2 <= len(cw) <= 4 and lx.code == "de" and not any(
        _NOUN_END.search(w.lower()) or len(w) > 14 for w in cw
    ) and not any(w in lx.determiners for w in words_l[1:]) and cw[0] not in _place_nouns():
        return MentionInfo(t, " ".join(cw), "person", person_tokens=cw)
    if lx.code == "en" and cw and all(_NAME_TOKEN.match(w) for w in cw) and 2 <= len(cw) <= 4 and len(cw) == len(words):
        return MentionInfo(t, " ".join(cw), "person", person_tokens=cw)
    if len(cw) == 1 and re.fullmatch(r"[A-ZÄÖÜ][A-Za-z]*[A-Z][A-Za-z]*", cw[0]):
        return MentionInfo(t, cw[0], "unnamed")  # an acronym: "AStA", "ACLU"
    name = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an)\s+)+", "", t, flags=re.I)
    return MentionInfo(t, _without_count(name, lx), "unnamed")


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


def _named_with_affiliation(t: str, lx: Lang) -> MentionInfo | None:
    """A person's name and the body the person belongs to after a preposition ("John Roe of the
    Harbour Trust", "Anna Berg von der Hafenbehörde"; `affiliation_prepositions` of
    resources/<lang>/lexicon.json): the person, with the body as the role; None for anything else
    ("Bank of America", "die Polizei von Kehl", a country's name)."""
    if not lx.affiliation_prepositions:
        return None
    words = t.split()
    k = next((i for i, w in enumerate(words) if w.lower() in lx.affiliation_prepositions), None)
    if k is None or not 2 <= k <= 4 or k == len(words) - 1:
        return None
    name = " ".join(words[:k])
    if not all(_NAME_TOKEN.match(w) for w in words[:k]) or name in _countries() or _gazetteer_match(name) is not None \
            or any(w in lx.type_heads or w.lower() in lx.determiners for w in words[:k]):
        return None
    inner = analyse_mention(name, lx)
    if inner.type != "person" or not inner.person_tokens or inner.pronoun or inner.description:
        return None
    inner.text = t
    body = re.sub(r"^(?:(?:" + "|".join(map(re.escape, sorted(lx.determiners))) + r")\s+)", "", " ".join(words[k + 1 :]), flags=re.I)
    inner.role = inner.role or body
    return inner


_ROLE_ENDS: dict[int, tuple[set[str], tuple[str, ...], list[tuple[str, int]]]] = {}


def _role_ends(lx: Lang) -> tuple[tuple[str, ...], list[tuple[str, int]]]:
    """The capitalised roles of five letters or more that a compound may end with ("Polizeisprecher"),
    lower-cased, with their length (computed once per role list)."""
    hit = _ROLE_ENDS.get(id(lx.person_roles))
    if hit is None or hit[0] is not lx.person_roles:
        ends = [(r.lower(), len(r)) for r in lx.person_roles if r[:1].isupper() and len(r) >= 5]
        hit = (lx.person_roles, tuple(low for low, _n in ends), ends)
        _ROLE_ENDS[id(lx.person_roles)] = hit
    return hit[1], hit[2]


def _is_role(word: str, lx: Lang) -> bool:
    if word in lx.person_roles:
        return True
    if "-" in word.strip("-") and word.rsplit("-", 1)[1] in lx.person_roles and word.rsplit("-", 1)[1][:1].isupper():
        return True  # "GPA-djp-Chef", "SPD-Politiker": a role of a body
    lw = word.lower()
    suffixes, ends = _role_ends(lx)
    return lw.endswith(suffixes) and any(lw.endswith(low) and len(lw) > n for low, n in ends)


def _org_key(name: str) -> str:
    words = re.findall(r"[\w@][\w'’.@-]*", name.lower())
    return " ".join(translit_key(_stem(w)) for w in words if w not in ("der", "die", "das", "des", "the", "sowohl", "als", "auch"))


#: a first and a last name run together where the text lost a space ("KarlBerger")
_GLUED = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,})([A-ZÄÖÜ][a-zäöüß]{2,})$")


def _unglued(toks: list[str]) -> list[str]:
    """Name tokens with a first and a last name that lost the space between them split in two
    ("KarlBerger" → "Karl", "Berger"), so that the surname alone finds its person."""
    out: list[str] = []
    for t in toks:
        m = _GLUED.match(t)
        out += [m.group(1), m.group(2)] if m else [t]
    return out


class Registry:
    """Sources of one document, merged by key; persons also known from non-source mentions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.sources: list[Source] = []
        self.by_id: dict[str, Source] = {}
        self.keys: dict[str, str] = {}
        self.person_tokens: dict[str, set[str]] = {}
        self.last_pos: dict[str, int] = {}
        self.persons_seen: list[tuple[int, str]] = []  # (offset, source id) of person name mentions
        self.mentions: list[Mention] = []
        self.gender: dict[str, str] = {}  # source id → "f" / "m", where a German role noun or article tells
        self.word_hits: dict[str, tuple[list[int], list[int]]] = {}  # word → (starts, ends) in the text, once
        self.runs: dict[str, list[tuple[int, int]]] | None = None  # every run of word characters → its spans
        self.sentence_starts = [sent.span.start for sent in doc.sentences]
        self._seen_at: dict[str, list[int]] = {}
        self._seen_len = -1

    def whole_word_hits(self, word: str) -> tuple[list[int], list[int]]:
        """Starts and ends of `word` as a whole word in the document's text (as `whole_words`
        finds it), from one pass over the text for all words: the callers ask for many words at
        many positions, and bisect the ends, which grow with the starts."""
        hit = self.word_hits.get(word)
        if hit is None:
            if _WORD_RUN.fullmatch(word):
                if self.runs is None:  # a whole word is a maximal run of word characters and hyphens
                    self.runs = {}
                    for m in _WORD_RUN.finditer(self.doc.text):
                        self.runs.setdefault(m.group(), []).append((m.start(), m.end()))
                found = self.runs.get(word, [])
            else:
                found = [(m.start(), m.end()) for m in whole_words(self.doc.text, word)]
            hit = self.word_hits[word] = ([a for a, _ in found], [b for _, b in found])
        return hit

    def seen_before(self, sid: str, pos: int) -> int:
        """Where the person `sid` was last named before `pos` (`persons_seen`), or -1; the index
        by person is rebuilt when persons were added since."""
        if self._seen_len != len(self.persons_seen):
            self._seen_at = {}
            for at, who in self.persons_seen:
                self._seen_at.setdefault(who, []).append(at)
            for ats in self._seen_at.values():
                ats.sort()
            self._seen_len = len(self.persons_seen)
        ats = self._seen_at.get(sid, [])
        k = bisect.bisect_left(ats, pos)
        return ats[k - 1] if k else -1

    def create(self, name: str, type_: str, rule: str, role: str | None = None) -> Source:
        src = Source(f"s{len(self.sources) + 1}", name, type_, rule, role=role)  # type: ignore[arg-type]
        self.sources.append(src)
        self.by_id[src.id] = src
        return src

    def get(self, sid: str) -> Source:
        return self.by_id[sid]

    def find_person(self, toks: list[str]) -> str | None:
        toks = _unglued(toks)
        keys = {translit_key(t) for t in toks if len(t) >= 2}
        given = _given_name_keys()
        first = translit_key(toks[0]) if len(toks) >= 2 and translit_key(toks[0]) in given else None
        best = None
        for sid, pk in self.person_tokens.items():
            if first is not None and first not in pk and pk & given:
                continue  # "Hillary Clinton" is not "Bill Clinton": two given names, two persons
            if keys & pk and (len(toks) == 1 or translit_key(toks[-1]) in pk or len(keys & pk) >= 2):
                if best is None or self.last_pos.get(sid, 0) > self.last_pos.get(best, 0):
                    best = sid
        return best

    def add(self, info: MentionInfo, span: Span | None, rule: str) -> str:
        pos = span.start if span else 0
        sid: str | None = None
        if info.type == "person" and info.person_tokens:
            sid = self.find_person(info.person_tokens)
        elif info.type == "anonymous":
            key = "anon:" + (_org_key(info.genitive_org) if info.genitive_org else _org_key(info.name))
            sid = self.keys.get(key)
        else:
            for k in [_org_key(info.name), *(_org_key(a) for a in info.aliases)]:
                if k in self.keys:
                    sid = self.keys[k]
                    break
            if sid is None and info.type not in ("unnamed", "person", "social_account"):
                # same head, one set of modifiers inside the other: "Verkehrsamt" = "kantonalen Verkehrsamts"
                mine = _org_key(info.name).split()
                for k, other in self.keys.items():
                    ok = k.split()
                    if mine and ok and mine[-1] == ok[-1] and (set(mine) <= set(ok) or set(ok) <= set(mine)):
                        if self.get(other).type == info.type:
                            sid = other
                            break
        src = self.create(info.name, info.type, rule, info.role) if sid is None else self.get(sid)
        sid = src.id
        if info.type == "person" and info.person_tokens:
            self.person_tokens.setdefault(sid, set()).update(translit_key(t) for t in _unglued(info.person_tokens))
            if len(" ".join(info.person_tokens)) > len(src.name) and src.type == "person":
                if src.name not in src.aliases:
                    src.aliases.append(src.name)
                src.name = " ".join(info.person_tokens)
            self.persons_seen.append((pos, sid))
        if info.type == "anonymous":
            key = "anon:" + (_org_key(info.genitive_org) if info.genitive_org else _org_key(info.name))
            self.keys.setdefault(key, sid)
        else:
            for k in [_org_key(info.name), *(_org_key(a) for a in info.aliases)]:
                self.keys.setdefault(k, sid)
        for a in [info.name, *info.aliases]:
            if a and a != src.name and a not in src.aliases:
                src.aliases.append(a)
        if src.role is None and info.role:
            src.role = info.role
        if src.type == "person" and sid not in self.gender:
            seg = self.doc.segment_at(pos) if span is not None else None
            code = pick(seg.language if seg else None, self.doc.language)
            g = gender_of(info.text, self.doc, code) or (gender_of(info.name, self.doc, code) if code == "en" else None)
            if g is not None:
                self.gender[sid] = g
        if span is not None:
            src.mentions.append(span)
            self.mentions.append(Mention(span, sid, rule))
        self.last_pos[sid] = max(self.last_pos.get(sid, 0), pos)
        return sid

    def mention(self, sid: str, span: Span, rule: str) -> None:
        """One more mention of a known source (a pronoun that points at it)."""
        self.get(sid).mentions.append(span)
        self.mentions.append(Mention(span, sid, rule))
        self.last_pos[sid] = max(self.last_pos.get(sid, 0), span.start)

    def nearest(self, pos: int, types: set[str], role: str | None = None, gender: str | None = None,
                keep: Callable[[Source], bool] | None = None) -> str | None:
        """The source of one of `types` mentioned last before `pos` (one whose role holds `role`
        first), of `gender` or none known, and that `keep` accepts; None when none was."""
        best, best_pos = None, -1
        for s in self.sources:
            if s.type not in types or (gender is not None and self.gender.get(s.id, gender) != gender) or (keep is not None and not keep(s)):
                continue
            p = max((m.start for m in s.mentions if m.start < pos), default=-1)
            if role and s.role and role.lower() in s.role.lower():
                p += 10_000_000
            if p > best_pos:
                best, best_pos = s.id, p
        return best


_ROLE_NAME_RX: dict[int, tuple[set[str], re.Pattern[str]]] = {}
#: an English possessive ending on a name
_POSSESSIVE_S = re.compile(r"['’]s$")


def _house_name(doc: Document, span: Span | None, lx: Lang) -> bool:
    """"sagte er dem STANDARD", "im SPIEGEL-Gespräch": German papers write their own name in
    capitals where other papers write it as a name ("der «Standard»"); a known outlet so written
    in a German text is the article's own publisher, no link of its chain. (Acronyms, "ZDF",
    "APA", are written so by everyone: the outlet's name must not be capitals itself.)"""
    if span is None or lx.code != "de":
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", doc.text[span.start : span.end]) if w.lower() not in lx.determiners]
    if not words or not all(w.isupper() and len(w) >= 4 for w in words):
        return False
    g = _gazetteer_match(doc.text[span.start : span.end])
    return g is not None and g[1] in ("media", "news_agency") and not g[0].isupper() and not any(a.isupper() and a.upper() == " ".join(words) for a in g[2])


def _account_holder(reg: Registry, info: MentionInfo, span: Span | None, lx: Lang) -> str | None:
    """The person the text names who holds the account that posted ("Donald J. Trump
    (@realDonaldTrump)" after "US-Präsident Donald Trump"): one source for one real-world
    speaker, with the account's names as aliases; None when the account's name is no person's
    name the text gives."""
    person = analyse_mention(info.name, lx)
    if person.type != "person" or len(person.person_tokens) < 2:
        return None
    sid = reg.find_person(person.person_tokens)
    if sid is None or reg.get(sid).type != "person":
        return None
    src = reg.get(sid)
    for a in [info.name, *info.aliases]:
        if a and a != src.name and a not in src.aliases:
            src.aliases.append(a)
    if span is not None:
        reg.mention(sid, span, "source.social_account.holder")
    return sid


def _poll_before(reg: Registry, doc: Document, pos: int, lx: Lang) -> str | None:
    """The poll or survey (a source whose name holds one of `poll_heads` of
    resources/<lang>/according.json) named last before `pos`, in its paragraph or the one before;
    None when there is none."""
    heads = lx.poll_heads
    if not heads:
        return None
    sid = reg.nearest(pos, {s.type for s in reg.sources}, keep=lambda s: any(w.lower() in heads for w in re.findall(r"\w+", s.name)))
    if sid is None:
        return None
    at = max((m.start for m in reg.get(sid).mentions if m.start < pos), default=-1)
    return sid if at >= 0 and len(re.findall(r"\n\s*", doc.text[at:pos])) <= 1 else None


def _poll_in_text(doc: Document, pos: int, lx: Lang, reg: Registry | None) -> tuple[int, str | None]:
    """A poll named by its pollster before `pos` in its paragraph or the one before a short one,
    though it said nothing the text reports ("A new Gallup poll shows wide support for the plan.
    Sixty percent say …"): the capitalised words before a `poll_heads` noun ("Gallup poll", "a
    Harbour Polls survey"). Returns where its name ends (-1 when there is none) and, given the
    registry, its id as a document source (`source.poll`)."""
    if not lx.poll_heads:
        return -1, None
    para = doc.text.rfind("\n", 0, pos)
    para = doc.text.rfind("\n", 0, para) if para > 0 and pos - para < 200 else para  # (and the paragraph before a short one)
    lo = max(para + 1, pos - 1500)
    heads = "|".join(re.escape(h) for h in sorted(lx.poll_heads, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w-])((?:[A-ZÄÖÜ][\w&'’./]*[ -]){{1,4}})((?i:{heads}))(?![\w-])")
    found = None
    for m in rx.finditer(doc.text, lo, pos):
        words = m.group(1).split()
        if words[0].lower() not in lx.determiners and not (len(words) == 1 and words[0].lower() in CONJ_START | SUBORDINATORS):
            found = m
    if found is None:
        return -1, None
    if reg is None:
        return found.end(), None
    name = found.group(0).strip()
    sp = Span(found.start(), found.end())
    for s in reg.sources:
        if any(m.overlaps(sp) and m.end < sp.end for m in s.mentions):
            # "The latest Harbour Polls survey finds …" read as the speaker "The latest Harbour Polls": the survey it names
            if s.name not in s.aliases:
                s.aliases.append(s.name)
            s.name, s.type, s.rule = name, "document", s.rule + "+poll"
            reg.keys.setdefault(_org_key(name), s.id)
            reg.mention(s.id, sp, "source.poll")
            return found.end(), s.id
    return found.end(), reg.add(MentionInfo(name, name, "document"), Span(found.start(), found.end()), "source.poll")


def _share_of_people(name: str, lx: Lang) -> bool:
    """A group named by a share of it ("70 percent of Americans", "Half of the voters"): a number
    or a `share_words` word, then a share word, opens the name."""
    words = re.findall(r"[^\W\d_][\w'’-]*|\d[\d.,]*%?|%", name)
    return bool(lx.share_words) and len(words) >= 2 and (words[0][:1].isdigit() or _number_word(words[0], lx) or words[0].lower() in lx.share_words) \
        and (words[0].endswith("%") or words[1].lower() in lx.share_words or words[0].lower() in lx.share_words)


def _number_word(word: str, lx: Lang) -> bool:
    """"Sixty", "Fifty-one", "sechzig": a number written as words (time.json `numbers`,
    `number_words_units`)."""
    nums = _number_words(lx.code)
    return all(p in nums for p in word.lower().split("-")) if word else False


@cache
def _number_words(code: str) -> frozenset[str]:
    d = load(code, "time")
    return frozenset(k for key in ("numbers", "number_words_units") for k in (d.get(key) or {}) if " " not in k)


def _role_name_rx(lx: Lang) -> re.Pattern[str]:
    """A role noun and the capitalised words after it (compiled once per role list)."""
    hit = _ROLE_NAME_RX.get(id(lx.person_roles))
    if hit is None or hit[0] is not lx.person_roles:
        roles = sorted(lx.person_roles, key=len, reverse=True)
        # the name right after the role ("Machthaber Kim Jong-un"), or in apposition after the
        # place or body whose role it is ("der Bürgermeister von Kehl, Tom Lund": the owner's
        # preposition or article of the language, then a name of two or three words)
        owner = "|".join(re.escape(w) for w in sorted(lx.owner_prepositions | lx.genitive_articles))
        of_place = (r"(?:(?:" + owner + r")\s+(?:[A-ZÄÖÜ][\w'’-]+\s+)?[A-ZÄÖÜ][\w'’-]+,\s+(?=[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ]))?") if owner else ""
        rx = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in roles) + r")s?\s+" + of_place + r"((?:[A-ZÄÖÜ][\w'’-]+)(?:\s+[A-ZÄÖÜ][\w'’-]+){0,2})"
        )
        hit = (lx.person_roles, rx)
        _ROLE_NAME_RX[id(lx.person_roles)] = hit
    return hit[1]


def _place_name(word: str) -> bool:
    """A country or capital (countries.json), also in the genitive ("Frankreichs", "Kiews")."""
    places = _countries()
    return word in places or (word.endswith("s") and word[:-1] in places) or (word.endswith("’s") and word[:-2] in places)


def _scan_persons(doc: Document, reg: Registry) -> None:
    """Register persons named with a role noun anywhere in the claim text ("Machthaber Kim
    Jong-un", "President Zelensky"), so later bare names and descriptions resolve to them."""
    for seg in doc.segments:
        if seg.kind not in ("body", "title", "social_post", "caption"):
            continue
        lx = lang(pick(seg.language))
        for m in _role_name_rx(lx).finditer(doc.text, seg.span.start, seg.span.end):
            toks = [t for t in m.group(1).split() if t not in lx.type_heads and t.lower() not in lx.determiners]
            toks = [t for t in toks if t not in lx.person_roles]
            if toks and lx.code == "en":
                own = next((k for k, t in enumerate(toks) if _POSSESSIVE_S.search(t)), len(toks) - 1)
                toks = toks[: own + 1]  # "President Lee’s July speech": the name ends at the possessive
                toks[-1] = _POSSESSIVE_S.sub("", toks[-1])  # "President Obama’s advice": the name is "Obama"
            if not toks or not toks[-1] or (len(toks) == 1 and _place_name(toks[0])):
                continue  # ("die Einwohner Hongkongs": a place after a role, no one's name)
            span = Span(m.start(1), m.start(1) + len(" ".join(toks)))
            sid = reg.find_person(toks)
            if sid is None:
                sid = reg.create(" ".join(toks), "person", "source.person.role_name").id
                reg.person_tokens[sid] = {translit_key(t) for t in toks}
            g = gender_of(doc.text[max(seg.span.start, m.start() - 5) : m.end()], doc, lx.code)
            if g is not None:
                reg.gender.setdefault(sid, g)
            src = reg.get(sid)
            if src.role is None:
                src.role = doc.text[m.start() : m.start(1)].split()[0]  # "Senator Tom Reed": whom "the senator" means
            reg.persons_seen.append((span.start, sid))
            reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), span.start)
    # English persons named by a common given name and a surname ("Donald Trump"): a pronoun or a
    # description later in the text may point at them (English has no entity model)
    for seg in doc.segments:
        if seg.kind not in ("body", "caption") or pick(seg.language, doc.language) != "en":
            continue
        _given_name_persons(doc, reg, seg.span)
    # persons the entity model found (German): a pronoun later in the text may point at them
    for ent in doc.entities:
        if ent.label != "PER":
            continue
        eseg = doc.segment_at(ent.span.start)
        if eseg is None or eseg.kind not in ("body", "caption"):
            continue
        lx = lang(pick(eseg.language, doc.language))
        toks = [t for t in re.findall(r"[\w'’.-]+", doc.text[ent.span.start : ent.span.end])
                if t.lower() not in lx.determiners and t not in lx.person_roles and t[:1].isupper()]
        while toks and toks[0].lower() in _function_words():
            toks = toks[1:]  # "Laut Anklageschrift": the entity model took the according-to word in
        if not toks or len(toks) > 4:
            continue
        sid = reg.find_person(toks)
        if sid is None:
            if len(toks) < 2:
                continue  # a surname alone names someone only once the full name is known
            sid = reg.create(" ".join(toks), "person", "source.person.entity").id
            reg.person_tokens[sid] = {translit_key(t) for t in toks}
        reg.persons_seen.append((ent.span.start, sid))
        reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), ent.span.start)
    _apposition_roles(doc, reg)
    # bare mentions of known persons' name tokens ("Kim", "Kims")
    known = {t: sid for sid, toks in reg.person_tokens.items() for t in toks}
    for m in re.finditer(r"(?<![\w-])([A-ZÄÖÜ][\w-]+?)(?:s)?(?![\w-])", doc.text):
        k = translit_key(m.group(1))
        if k in known:
            reg.persons_seen.append((m.start(), known[k]))
    reg.persons_seen.sort()


#: a name of two or three capitalised words, a comma and the apposition after it up to the next
#: comma or full stop ("Ann Lee, the company's chief executive, …", "Anna Berg, die Ministerin für Häfen, …")
_APPOSITION = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}),\s+([^,.;:!?\n«»„“”\"]{3,80})(?=[,.;])")


def _apposition_roles(doc: Document, reg: Registry) -> None:
    """The role a known person is given in an apposition after the name ("Ann Lee, the company's
    chief executive, …"): the first role noun of an apposition that opens with an article or a
    possessive, so that a later description ("the executive", "die Ministerin") means that person
    and not the one named last. One pass over the text."""
    for m in _APPOSITION.finditer(doc.text):
        seg = doc.segment_at(m.start())
        if seg is None or seg.kind not in ("body", "caption"):
            continue
        lx = lang(pick(seg.language, doc.language))
        words = m.group(2).split()
        if not words or not (words[0].lower() in lx.determiners or _POSSESSIVE_S.search(words[0])):
            continue
        k = next((i for i, w in enumerate(words) if i > 0 and _is_role(w, lx)), None)
        run = [] if k is None else [k]
        while run and run[-1] + 1 < len(words) and _is_role(words[run[-1] + 1], lx):
            run.append(run[-1] + 1)
        role = " ".join(words[i] for i in run) if run else None  # "chief executive"
        if role is None:
            continue
        toks = m.group(1).split()
        sid = reg.find_person(toks)
        if sid is None:
            # a name the text gives a role in apposition is a person's ("Anna Berg, die Ministerin …"),
            # unless a word of it is a common noun, a role, a type noun, a place or an outlet
            if any(_NOUN_END.search(t.lower()) or t in lx.type_heads or _is_role(t, lx) or t.lower() in _function_words() or _place_name(t)
                   for t in toks) or _gazetteer_match(m.group(1)) is not None:
                continue
            sid = reg.create(m.group(1), "person", "source.person.apposition").id
            reg.person_tokens[sid] = {translit_key(t) for t in toks}
            reg.persons_seen.append((m.start(), sid))
            reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), m.start())
        src = reg.get(sid)
        if src.role is None:
            src.role = role
        g = gender_of(m.group(2), doc, lx.code)
        if g is not None:
            reg.gender.setdefault(sid, g)


#: a capitalised given name, an optional initial and a capitalised surname, no capitalised word after it
#: ("Hillary Clinton Goes …" in a headline, "Charlotte Mayor Jennifer …")
_GIVEN_SURNAME = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+)(?:\s+[A-Z]\.)?(\s+[A-Z][\w'’-]*[a-z][\w-]*)(?![\w-])(?!\s+[A-Z])")


def _given_name_persons(doc: Document, reg: Registry, span: Span) -> None:
    """Register "Ann Lee", "Donald J. Trump": a given name of resources/en/gender.json and a
    surname, with the gender the given name tells."""
    _words, names = _en_gender_words()
    for m in _GIVEN_SURNAME.finditer(doc.text, span.start, span.end):
        first = m.group(1)
        if first not in names:
            continue
        toks = [first, *m.group(2).split()]
        toks[-1] = _POSSESSIVE_S.sub("", toks[-1])
        lx = lang("en")
        if any(t in _countries() or t in lx.type_heads or t in lx.person_roles for t in toks[1:]):
            continue  # "Charlotte Mayor …": a place before a role, no given name
        sid = reg.find_person(toks)
        if sid is not None and reg.gender.get(sid, names[first]) != names[first]:
            sid = None  # "Heidi Cruz" after "Ted Cruz": another person of the family
        if sid is None:
            sid = reg.create(" ".join(toks), "person", "source.person.given_name").id
            reg.person_tokens[sid] = {translit_key(t) for t in toks}
        reg.gender.setdefault(sid, names[first])
        reg.persons_seen.append((m.start(), sid))
        reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), m.start())


def _opening_persons(doc: Document, reg: Registry, spans: list[Span]) -> None:
    """Persons that open a sentence of no speech ("Eine Frau wartet vor dem Rathaus", "Der Mann
    veröffentlicht …", "Jan Roth wundert sich …"), so that a pronoun after them may mean them: a
    name joins the person of that name, a definite role noun the person last given that role, and
    anything else is someone new. They enter the source list only once they carry a claim."""
    for sp in spans:
        seg = doc.segment_at(sp.start)
        lx = lang(pick(seg.language if seg else None, doc.language))
        info = analyse_mention(doc.text[sp.start : sp.end], lx)
        toks = info.person_tokens or [w for w in info.name.split() if _NAME_TOKEN.match(w)]
        sid = reg.find_person(toks) if toks and info.type in ("person", "unnamed") else None
        if sid is None and info.description:
            sid = _person_with_role(reg, sp.start, info.role, info.text)
        if sid is None and info.type == "person" and not info.pronoun:
            src = reg.create(info.name, "person", "source.person.opening", info.role)
            sid = src.id
            if info.person_tokens:
                reg.person_tokens[sid] = {translit_key(t) for t in info.person_tokens}
            src.mentions.append(sp)
            g = gender_of(info.text, doc, lx.code)
            if g is not None:
                reg.gender[sid] = g
        if sid is not None:
            reg.persons_seen.append((sp.start, sid))
            reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), sp.start)
    reg.persons_seen.sort()


def _silent_speakers(doc: Document, reg: Registry, spans: Sequence[Span]) -> None:
    """The speakers of speech acts that claim nothing, as mentions of their sources: names only
    (a pronoun names no one new, a description is resolved where it carries a claim)."""
    for sp in spans:
        seg = doc.segment_at(sp.start)
        lx = lang(pick(seg.language if seg else None, doc.language))
        info = analyse_mention(doc.text[sp.start : sp.end], lx)
        if info.pronoun or info.description or not info.name or _share_only(info.text, lx):
            continue  # (a description, "the President", is resolved where it carries a claim)
        sid = reg.add(info, sp, "source.silent")
        if reg.get(sid).type == "person":
            reg.persons_seen.append((sp.start, sid))
            reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), sp.start)
    reg.persons_seen.sort()


def _named_with_role(doc: Document, role: str, lx: Lang) -> str | None:
    """"der US-Präsident" → "Donald Trump" when the text says "US-Präsident Donald Trump"."""
    if not role or not role[:1].isupper():
        return None
    # (an initial may stand inside the name, "Ann B. Lee"; a full stop after it ends the sentence)
    names = [m.group(1) for m in re.finditer(rf"(?<![\w-]){re.escape(role)}s?\s+((?:[A-ZÄÖÜ][\w'’-]+)(?:\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w'’-]+)){{0,2}})", doc.text)]
    names = [n for n in names if not any(_NOUN_END.search(w.lower()) for w in n.split())]
    if names and len({n.split()[-1] for n in names}) == 1:
        return max(names, key=len)  # "President Obama", "President Barack Obama": one person, named in full
    return None


_FIRST_NAME = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüéè]+(?:\s+[A-ZÄÖÜ]\.)?)\s+(?=([\w-]+))")
_WORD_RUN = re.compile(r"[\w-]+")


@lru_cache(maxsize=2)
def _first_names(text: str) -> dict[str, list[tuple[int, str]]]:
    """Every capitalized word (with an initial) followed by another word, indexed by the word
    that follows: one pass over the text instead of one per name looked up."""
    out: dict[str, list[tuple[int, str]]] = {}
    for m in _FIRST_NAME.finditer(text):
        out.setdefault(m.group(2), []).append((m.end(), m.group(1)))
    return out


@cache
def _all_roles() -> frozenset[str]:
    """The person roles of every language we have ("Machthabers", "President")."""
    return frozenset(r for code in languages() for r in lang(code).person_roles)


@cache
def _cue_forms() -> frozenset[str]:
    """The word forms of the cue verbs of every language we have ("says", "calls", "sagte")."""
    return frozenset(f for code in languages() for f in lang(code).forms)


def _is_cue_form(word: str) -> bool:
    return word.lower() in _cue_forms()


@lru_cache(maxsize=4096)
def _is_any_role(word: str) -> bool:
    """A role noun of any language we have, also as the end of a compound ("Parteikollegin")."""
    return any(_is_role(word, lang(code)) for code in languages())


@cache
def _place_nouns() -> frozenset[str]:
    """Nouns that open a place's name ("Bezirk Tulln", "County Kerry"; `place_nouns` of
    resources/<lang>/lexicon.json, every language)."""
    return frozenset(w for code in languages() for w in load(code, "lexicon").get("place_nouns", []))


def _full_name(doc: Document, last: str) -> str | None:
    """"Trump" → "Donald Trump" when the text names him so somewhere (two capitalized words,
    the first no common noun)."""
    if not _NAME_TOKEN.match(last) or len(last) < 3:
        return None
    run = _WORD_RUN.match(last)
    text = doc.text
    for at, first in _first_names(text).get(run.group() if run else last, []):
        after = at + len(last)
        if not text.startswith(last, at) or _WORD_RUN.match(text, after, after + 1):
            continue
        if _NOUN_END.search(first.lower()) or first in _countries() or len(first) > 12 or first in _all_roles() or _is_any_role(first):
            continue  # "des Machthabers Kim": a role before the name, no first name
        if _is_cue_form(first):
            continue  # "Lee Says Rivals Cheated, Calls Ann’s Remarks …": a headline's verb, no first name
        if first.lower() in ("ex", "herr", "frau", "mr", "mrs") or first.lower() in _function_words() or first.lower() in PREPOSITIONS_DE | PREPOSITIONS_EN \
                or first in _place_nouns():  # ("der Bezirk Tulln": a place)
            # ("Laut Anklageschrift", "Die Zeitung", "Railing Against Trump": an according-to word, an article, a preposition)
            continue
        return f"{first} {last}"
    # "KarlBerger": the text lost the space between the first and the last name
    for first in _glued_names(text).get(last, []):
        if first not in _all_roles() and not _is_any_role(first) and first not in _place_nouns():
            return f"{first} {last}"
    return None


@lru_cache(maxsize=2)
def _glued_names(text: str) -> dict[str, list[str]]:
    """Every word of two capitalised parts ("KarlBerger"), its first part indexed by its second:
    one pass over the text."""
    out: dict[str, list[str]] = {}
    for m in re.finditer(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{2,})([A-ZÄÖÜ][a-zäöüß]{2,})(?![\w-])", text):
        out.setdefault(m.group(2), []).append(m.group(1))
    return out


def _share_only(text: str, lx: Lang) -> bool:
    """A mention of a share or a count of people that names no one ("59 percent", "Less than a
    third", "A majority"): numbers and the language's `share_words` only."""
    words = re.findall(r"[^\W\d_][\w'’-]*|\d[\d.,]*%?|%", text)
    return bool(lx.share_words) and bool(words) and all(w[:1].isdigit() or w.lower() in lx.share_words for w in words[1:]) \
        and (words[0][:1].isdigit() or words[0].lower() in lx.share_words or (len(words) > 1 and _number_word(words[0], lx)))


#: two names of two or three capitalised words joined by a coordination word, each perhaps after a
#: capitalised word of origin ("American Tom Reed and Australian Paul Hart")
_NAME_PAIR = r"(?:[A-ZÄÖÜ][\w'’-]+\s+)?([A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)\s+(?:{joins})\s+(?:[A-ZÄÖÜ][\w'’-]+\s+)?([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){{1,2}})(?![\w'’-])"


def _pair(reg: Registry, doc: Document, span: Span, lx: Lang) -> list[str]:
    """A subject that names two people ("Both men", "Die beiden", "the two women"; `pair_words`,
    `pair_heads` of resources/<lang>/lexicon.json): the two persons the text last names as a pair
    ("Tom Reed and Paul Hart") in the 3,000 characters before it, of the head noun's gender when
    it tells; [] for anything else ("Both sides")."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", doc.text[span.start : span.end])]
    if words and words[0] in lx.determiners and words[0] not in lx.pair_words:
        words = words[1:]
    if not 1 <= len(words) <= 2 or words[0] not in lx.pair_words or (len(words) == 2 and words[1] not in lx.pair_heads):
        return []
    if len(words) == 1 and words[0] not in ("both", "beide", "beiden"):
        return []  # ("two said" is no subject of two people named before)
    gender = gender_of(words[1], doc, lx.code) if len(words) == 2 else None
    joins = [w for w in lx.coordination if " " not in w and w not in ("oder", "or", "sowohl", "both")]
    if not joins:
        return []
    rx = re.compile(_NAME_PAIR.format(joins="|".join(map(re.escape, joins))))
    pairs = list(rx.finditer(doc.text, max(0, span.start - 3000), span.start))
    for m in reversed(pairs):
        out: list[str] = []
        for name in (m.group(1), m.group(2)):
            toks = name.split()
            sid = reg.find_person(toks)
            if sid is None and not _is_role(toks[0], lx) and not any(_NOUN_END.search(t.lower()) or t in lx.type_heads or _place_name(t)
                                                                     or t.lower() in _function_words() for t in toks) and _gazetteer_match(name) is None:
                sid = reg.add(MentionInfo(name, name, "person", person_tokens=toks), None, "source.person.pair")
            if sid is not None and reg.get(sid).type == "person" and (gender is None or reg.gender.get(sid, gender) == gender):
                out.append(sid)
        if len(set(out)) == 2:
            return out
    return []


def _members(doc: Document, span: Span, lx: Lang) -> list[Span]:
    """The members of a source mention that coordinates two sources the rules before did not
    split ("Berlin und Paris", "harbour pilots and city officials", "both engineers and workers
    at the dam"): their spans, or [] for a mention that is one name ("World Travel and Tourism
    Council", "Kongress- und Verteidigungskreise") or no coordination. The words that join are
    `coordination` of resources/<lang>/lexicon.json."""
    text = doc.text[span.start : span.end]
    if "," in text or _QUOTED.search(text) or len(text) > 120:
        return []
    joins = [w for w in lx.coordination if " " not in w and w not in ("oder", "or", "sowohl", "both")]
    hits = [m for m in re.finditer(r"(?<![\w-])(?:" + "|".join(map(re.escape, joins)) + r")(?![\w-])", text)] if joins else []
    if len(hits) != 1:
        return []
    m = hits[0]
    left, right = text[: m.start()].rstrip(), text[m.end() :].lstrip()
    lead = re.match(r"(?:" + "|".join(map(re.escape, [w for w in lx.coordination if " " not in w])) + r")\s+", left, flags=re.I)
    if lead:
        left = left[lead.end() :]  # "both analysts and …", "sowohl …"
    if not left or not right or left.endswith("-") or _gazetteer_match(text) is not None:
        return []
    lw, rw = re.findall(r"[\w'’.-]+", left), re.findall(r"[\w'’.-]+", right)
    places = left in _countries() and right in _countries()
    described = any(w[:1].islower() and w.lower() not in lx.determiners for w in lw) and any(w[:1].islower() and w.lower() not in lx.determiners for w in rw)
    if not places and not (described and lx.code == "en"):
        typed = [analyse_mention(x, lx) for x in (left, right)]
        if not all(i.type not in ("unnamed",) and not i.pronoun and (i.type != "person" or i.person_tokens) for i in typed):
            return []
    start = span.start + text.index(left)
    rstart = span.start + m.end() + (len(text[m.end() :]) - len(text[m.end() :].lstrip()))
    return [Span(start, start + len(left)), Span(rstart, rstart + len(right))]


def _one_person_described(doc: Document, c: Cand, lx: Lang) -> bool:
    """The coordinated members of a source mention are one person's roles and the name in
    apposition after them ("Seine Kollegin und Mitstreiterin im Rat, Clara Mo", "Jan Roth, ein
    Abgeordneter und Oberst a. D."): only one member holds a name, the others are roles."""
    assert c.source is not None
    whole = analyse_mention(doc.text[c.source.start : c.source.end], lx)
    if whole.type != "person" or not whole.person_tokens or "," not in whole.text:
        return False
    named = 0
    for co in c.co_sources:
        info = analyse_mention(doc.text[co.start : co.end], lx)
        role = any(_is_role(w, lx) for w in re.findall(r"[\w-]+", info.text))
        if info.person_tokens or info.type not in ("person", "unnamed") or not role:
            named += 1
    return named <= 1


def _surname_source(reg: Registry, doc: Document, info: MentionInfo, span: Span | None) -> str | None:
    """A name of one word ("Roth", "Keuter") as the person of that surname: the person the text
    names in full ("Trump" → "Donald Trump" where the text writes it so), else the person known by
    that name token; the source's id, or None when the mention is no such name."""
    if len(info.name.split()) != 1 or info.type not in ("unnamed", "person") or info.pronoun or info.description:
        return None
    if info.type == "unnamed" and (full := _full_name(doc, info.name)) is not None:
        return reg.add(MentionInfo(info.text, full, "person", role=info.role, person_tokens=full.split()), span, "source.person.full_name_in_text")
    known = reg.find_person([info.name])
    if known is None:
        return None
    reg.add(MentionInfo(info.text, info.name, "person", role=info.role, person_tokens=[info.name]), span, "source.person.known_name")
    return known


def _same_anonymous(reg: Registry, doc: Document, sp: Span, info: MentionInfo, lx: Lang) -> str | None:
    """"the source", "die Quelle": an anonymous source named by its head noun and an article only
    is the latest anonymous source before it whose name opens with that noun; "the engineer"
    after "one engineer", "the analyst" after "a bank analyst": a group or someone not named, by
    the noun its name ends in, in the 1,500 characters before it; else None."""
    words = doc.text[sp.start : sp.end].split()
    if info.genitive_org or len(words) != 2 or words[0].lower() not in lx.determiners:
        return None
    head = words[1].lower()
    if info.type == "unnamed" and words[1].islower() and words[0].lower() in ("the", "der", "die", "das"):
        sid = reg.nearest(sp.start, {"unnamed"}, keep=lambda s: s.name.split()[-1].lower() == head and s.name.lower() != head)
        near = sid is not None and max((m.end for m in reg.get(sid).mentions if m.start < sp.start), default=-1) >= sp.start - 1500
        return sid if near else None
    if info.type != "anonymous":
        return None
    # ("the officials" after "two US officials": the noun its name ends in)
    return reg.nearest(sp.start, {"anonymous"}, keep=lambda s: head in (s.name.split()[0].lower(), s.name.split()[-1].lower()))


@cache
def _journalist_roles(code: str) -> frozenset[str]:
    return frozenset(load(code, "according").get("journalist_roles", []))


def _outlet_of_owner(owner: str, lx: Lang) -> str | None:
    """The outlet an anonymous source belongs to, as written: the owner itself ("der «Hafenpost»"),
    or the outlet of a journalist of its ("a BBC reporter Jane Doe('s source)"); None for another
    owner ("Kreise des Ministeriums")."""
    info = analyse_mention(owner, lx)
    if info.type in ("media", "news_agency"):
        return owner
    roles = _journalist_roles(lx.code)
    g = _gazetteer_match(owner) if any(w.lower() in roles for w in re.findall(r"[\w-]+", owner)) else None
    if g is None or g[1] not in ("media", "news_agency"):
        return None
    return next((n for n in [g[0], *g[2]] if n in owner), None)


def _genitive_link(reg: Registry, doc: Document, lx: Lang, genitive: str, outer: Span, position: str) -> Via:
    """The outlet named in a genitive ("Insider der «Hafenpost»") as a link of the chain."""
    gid = reg.add(analyse_mention(genitive, lx), _sub_span(doc, outer, genitive), "source.via.genitive")
    return Via(gid, reg.get(gid).name, None, "via.genitive", position)  # type: ignore[arg-type]


def _sub_span(doc: Document, outer: Span, piece: str) -> Span | None:
    k = doc.text.find(piece, outer.start, outer.end)
    return Span(k, k + len(piece)) if k >= 0 else None


def _ranks(text: str) -> set[str]:
    """The rank prefixes (`rank_prefixes` of every language) in a description: a word of its own
    ("vice president"), a hyphenated part ("Vize-Außenminister", "Ex-Minister") or, when four
    letters or more, the start of a compound ("Vizekanzler")."""
    words = text.lower().replace("-", "- ").split()
    return {r for code in languages() for r in lang(code).rank_prefixes
            if any(w in (r, r + "-") or (len(r) >= 4 and w.startswith(r) and len(w) > len(r) + 4) for w in words)}


def _person_with_role(reg: Registry, pos: int, role: str | None, described: str | None = None) -> str | None:
    """The latest person mentioned before `pos` whose role has the same head noun; a compound
    ends in it ("der Konzern-Sprecher" after "ein Sprecher"); not when the description
    (`described`, else the role) has a rank the person's role lacks ("der Vize-Außenminister")."""
    if not role:
        return None
    head = role.split()[-1].lower()
    ranked = _ranks(described or role)
    best, best_pos = None, -1
    for s in reg.sources:
        their = (s.role or "").lower()
        own = their.split()[-1] if their else ""
        if s.type != "person" or not own or not (head in their or (len(own) >= 5 and head.endswith(own))):
            continue
        if not ranked <= _ranks(their):
            continue  # "der Vize-Außenminister" is not "der Außenminister Tom Lund"
        p = max((m.start for m in s.mentions if m.start < pos), default=-1)
        p = max(p, reg.seen_before(s.id, pos))
        if p > best_pos:
            best, best_pos = s.id, p
    return best


@cache
def _en_gender_words() -> tuple[dict[str, str], dict[str, str]]:
    """resources/en/gender.json as two look-ups: word or title → "f"/"m", given name → "f"/"m"."""
    data = load("en", "gender")
    words = {w: "f" for w in data.get("feminine_words", [])} | {w: "m" for w in data.get("masculine_words", [])}
    names = {w: "f" for w in data.get("feminine_given_names", [])} | {w: "m" for w in data.get("masculine_given_names", [])}
    return words, names


@cache
def _given_name_keys() -> frozenset[str]:
    """The given names of resources/en/gender.json as person-token keys."""
    _words, names = _en_gender_words()
    return frozenset(translit_key(n) for n in names)


def _en_gender(text: str) -> str | None:
    """"f" or "m" for an English mention whose title, role or kinship noun tells ("Mrs. Lee",
    "the spokeswoman", "his brother"), else whose first given name does ("Ann Lee"); None when
    nothing tells (resources/en/gender.json)."""
    words, names = _en_gender_words()
    toks = re.findall(r"[\w'’-]+\.?", text)
    for w in reversed(toks):
        g = words.get(w) or words.get(w.rstrip(".")) or (words.get(w.lower()) if w[:1].islower() else None)
        if g is not None:
            return g
    roles = lang("en").person_roles
    caps = [w.rstrip(".") for w in toks if w[:1].isupper() and w.rstrip(".") not in words and w not in roles and w.rstrip(".") not in roles]
    return names.get(caps[0]) if len(caps) >= 2 else None


def gender_of(text: str, doc: Document, code: str = "de") -> str | None:
    """"f" or "m" for a mention whose words tell, else None: in English its title, role noun or
    given name (`_en_gender`); in German its role noun ("Ministerin Anna Roth", "der
    Vorsitzende", "Ehefrau"; `feminine_words` / `masculine_words` for the nouns without a
    feminine suffix)."""
    if code == "en":
        return _en_gender(text)
    lx = lang("de")
    words = re.findall(r"[\w-]+", text)
    # the first role noun is the head, the ones after it its owners ("Anna Roth, die Gründerin
    # des Vereins der Fischer"; "die Frau des Ministers")
    for k in range(len(words)):
        w = words[k]
        if w in lx.feminine_words:
            return "f"
        if w in lx.masculine_words:
            return "m"
        if not w[:1].isupper() or not _is_role(w, lx):
            continue
        if w.endswith(("in", "innen")) and len(w) > 4:
            return "f"
        if w.endswith("e"):  # "die Vorsitzende", "der Abgeordnete": the article tells
            art = words[k - 1].lower() if k > 0 else ""
            return "f" if art in ("die", "eine") else ("m" if art in ("der", "ein") else None)
        return "m"
    return None


def _pronoun_gender(doc: Document, pronoun: str, cue: Span | None, lx: Lang) -> str | None:
    """The gender a subject pronoun asks of its antecedent: "he" a man, "she" a woman; German
    "er" a man, "sie" with a singular verb a woman (or a feminine noun: "die Polizei"); None when
    it does not tell (`masculine_pronouns`, `feminine_pronouns`, `plural_pronouns` of
    resources/<lang>/lexicon.json)."""
    low = pronoun.strip().lower()
    g = "m" if low in lx.masculine_pronouns else "f" if low in lx.feminine_pronouns else None
    if g is None or low not in lx.plural_pronouns:
        return g
    if cue is None:
        return None
    verb = doc.text[cue.start : cue.end].split()[0].lower()
    return None if verb.endswith(lx.plural_verb_endings) else g


def _first_person(pronoun: str, lx: Lang) -> bool:
    """"wir", "ich", "I", "we" (and "unserer (Meinung nach)"): the speaker of the text the word stands in."""
    return pronoun.split()[0].lower() in lx.first_person


def _antecedent(reg: Registry, doc: Document, pos: int, gender: str, not_this: str | None = None) -> str | None:
    """The latest person before `pos` whose gender agrees (or is unknown), not `not_this`; when the latest one
    that agrees is not the latest person at all and a source of another kind with the matching
    article stands after it ("die Polizei … sie"), that source."""
    best = reg.nearest(pos, {"person"}, gender=gender, keep=lambda s: s.id != not_this)
    best_pos = max((m.start for m in reg.get(best).mentions if m.start < pos), default=-1) if best else -1
    for p, sid in reg.persons_seen:
        if best_pos < p < pos and reg.gender.get(sid, gender) == gender and sid != not_this:
            best, best_pos = sid, p
    article = ("die", "eine") if gender == "f" else ("der", "ein")
    org, org_pos = None, best_pos
    for m in reg.mentions:
        src = reg.get(m.source)
        if org_pos < m.span.start < pos and src.type in _ORGANISATIONS and doc.text[m.span.start : m.span.end].split()[0].lower() in article:
            org, org_pos = m.source, m.span.start
    return org or best


#: source types of a body that a pronoun of its noun's gender stands for ("die Polizei … sie"); not
#: "unnamed", which holds plurals ("Die Beamten … sie" is no "sie" of a singular verb)
_ORGANISATIONS = frozenset({"government", "military", "intelligence", "media", "news_agency", "think_tank", "ngo", "company", "court", "police",
                            "party", "international_org", "website"})
#: source types a neuter pronoun ("it") can stand for
_NOT_PERSONS = _ORGANISATIONS | {"document", "unnamed"}


#: an English possessive before a role noun ("Morrison's lawyer", "his spokeswoman")
_OWNED = re.compile(r"\w['’]s?\s+\S|\b(?:his|her|its|their|our|my|your)\s", re.I)


@cache
def _epithets() -> frozenset[str]:
    return frozenset(w.lower() for w in load("en", "lexicon").get("epithets", []))


def _epithet(text: str) -> bool:
    """An English description by which an article refers back to a person it names without it
    ("the businessman", "the Republican nominee": `epithets` of resources/en/lexicon.json) or by a
    past office ("the former secretary of State") or with a place or party ("the Russian
    leader"); not a bare office ("the mayor" may be someone the text never names) nor one who
    speaks for someone (`agent_roles`: "the White House spokesman")."""
    raw = re.findall(r"[\w-]+", text)
    words = [w.lower() for w in raw]
    if any(w in _epithets() for w in words) or "former" in words:
        return True
    # "the Russian leader", "the New York governor": a named person described by place or party
    lex = load("en", "lexicon")
    agents = {w.lower() for w in lex.get("agent_roles", [])}
    return len(raw) >= 3 and words[0] == "the" and raw[1][:1].isupper() and not any(w in agents for w in words)


def _most_mentioned_person(reg: Registry, doc: Document, pos: int, gender: str | None) -> str | None:
    """For an English definite description of a person that the text names with no role ("the
    businessman", "the former secretary of State"): the named person whose surname the text
    writes most often before `pos` (and of the description's gender, when it tells), the one
    written last on a tie; None when no person was named before."""
    best: tuple[int, int] | None = None
    out: str | None = None
    k = bisect.bisect_right(reg.sentence_starts, pos) - 1
    end = doc.sentences[k].span.end if k >= 0 and pos < doc.sentences[k].span.end else pos
    comma = doc.text.find(",", pos, end)
    end = comma if comma >= 0 else end  # the description's own clause
    for s in reg.sources:
        if s.type != "person" or s.id not in reg.person_tokens or (gender is not None and reg.gender.get(s.id, gender) != gender):
            continue
        last = s.name.split()[-1]
        if len(last) < 3 or not last[:1].isupper():
            continue
        if next(whole_words(doc.text[pos:end], last), None) is not None:
            continue  # "The businessman praised Putin": not the one named in the description's own clause
        starts, ends = reg.whole_word_hits(last)
        n = bisect.bisect_right(ends, pos)  # the mentions that end before the description
        if n and (best is None or (n, starts[n - 1]) > best):
            best, out = (n, starts[n - 1]), s.id
    return out


def _last_person_before(reg: Registry, pos: int, lo: int = 0, gender: str | None = None) -> str | None:
    """The person mentioned last in [lo, pos), of `gender` or none known; None when none was."""
    cand = [(p, sid) for p, sid in reg.persons_seen if lo <= p < pos and (gender is None or reg.gender.get(sid, gender) == gender)]
    return max(cand)[1] if cand else None


_CAPITALISED = re.compile(r"([A-ZÄÖÜ][\w-]+)\s+(?=([\w-]+))")
_CAPITALISED_AT_END = re.compile(r"([A-ZÄÖÜ][\w-]+)\s+$")


@lru_cache(maxsize=2)
def _capitalised_before(text: str) -> dict[str, list[tuple[int, str, int]]]:
    """Every capitalised word followed by another word, indexed by the word that follows, with its
    start, the capitalised word and where the word after it starts: one pass over the text instead
    of one per name looked up."""
    out: dict[str, list[tuple[int, str, int]]] = {}
    for m in _CAPITALISED.finditer(text):
        out.setdefault(m.group(2), []).append((m.start(1), m.group(1), m.end()))
    return out


def _type_nouns_before(text: str, name: str) -> Iterator[str]:
    r"""The capitalised words right before `name` (a whole word) in `text`, in text order, as
    `re.finditer(r"([A-ZÄÖÜ][\w-]+)\s+" + name + r"(?![\w-])")` finds them: looked up in the
    index of `_capitalised_before` by the name's first word."""
    run = _WORD_RUN.match(name)
    if run is None:
        return
    last_end = 0
    for start, word, at in _capitalised_before(text).get(run.group(), []):
        end = at + len(name)
        if not text.startswith(name, at) or _WORD_RUN.match(text, end, end + 1):
            continue
        if start < last_end:  # its word overlaps the name found before: the part after it, if any
            m = _CAPITALISED_AT_END.search(text, last_end, at)
            if m is None:
                continue
            word = m.group(1)
        last_end = end
        yield word


def _type_in_text(text: str, name: str, lx: Lang) -> tuple[SourceType, str] | None:
    """The type of a name that the text gives elsewhere with a type noun right before it
    ("Rheinmetall" → company for "der Rüstungskonzern Rheinmetall"), with that noun as the role."""
    if not _NAME_TOKEN.match(name) or len(name.split()) > 3 or len(name) < 2:
        return None
    for word in _type_nouns_before(text, name):
        if word.lower() in lx.determiners or _is_role(word, lx):
            continue
        typ, head = _head_type([word], lx)
        if typ is not None and head is not None:
            return typ, word  # type: ignore[return-value]
    return None


def _named_just_before(reg: Registry, doc: Document, si: int, adverb: Span) -> str | None:
    """For an adverb that stands for a source ("demnach"): the person last named in the sentence
    before, when no other source was mentioned after that (a person named in the adverb's own
    sentence is what it is about: "Das Verfahren gegen X wurde demnach …")."""
    if not 0 < si < len(doc.sentences):
        return None
    lo, hi = doc.sentences[si - 1].span.start, doc.sentences[si].span.start
    sid = _last_person_before(reg, hi, lo)
    if sid is None:
        return None
    at = max(p for p, s in reg.persons_seen if s == sid and lo <= p < hi)
    later = any(at < m.span.start < adverb.start and m.source != sid for m in reg.mentions)
    return None if later else sid


def _outlet_of_short_name(reg: Registry, info: MentionInfo) -> str | None:
    """A link of one unknown word that opens the name of an outlet already named ("Fox" for "Fox
    News Sunday"): that outlet."""
    words = info.name.split()
    if info.type != "unnamed" or len(words) != 1 or not words[0][:1].isupper():
        return None
    return next((s.id for s in reg.sources if s.type in ("media", "news_agency") and len(s.name.split()) > 1
                 and s.name.split()[0] == words[0]), None)


def resolve(doc: Document, cands: list[Cand], persons: Sequence[Span] = (), silent: Sequence[Span] = ()) -> None:
    """Each candidate's source mention to one source; `persons`: the persons that open sentences
    (whom a later pronoun may mean, whether or not they said anything); `silent`: the speakers
    of speech acts that claim nothing, whom a later pronoun may mean too ('The rebels claimed
    responsibility for the attack, which they said …'). Both enter the source list only once
    they carry a claim."""
    reg = Registry(doc)
    _scan_persons(doc, reg)
    _opening_persons(doc, reg, [p for p in persons if not any(c.source is not None and c.source.overlaps(p) for c in cands)])
    _silent_speakers(doc, reg, silent)
    # (persons found only by scanning are kept aside: they enter the list once they carry a claim)
    atts: list[Attribution] = []
    used: set[str] = set()
    # the last attribution per context (the body, or one embedded post) for inheritance
    prev_ctx: dict[int | None, tuple[str, list[Via], int]] = {}
    prev_source: str | None = None
    prev_via: list[Via] = []
    quoted: list[tuple[Span, str]] = []  # the quotations resolved so far and their speakers
    publisher = _publisher_keys(doc.publisher)
    # per context: the last source, the outlets it spoke to or through, and the sentence
    told_before: dict[int | None, tuple[str, list[Via], int]] = {}
    sid_of: dict[int, str | None] = {}  # the source of each candidate resolved so far
    outlet_of: dict[str, Via] = {}  # the outlet an anonymous source was named by ("a source of the Post")
    for n, c in enumerate(cands):
        seg = doc.segment_at(c.content[0].start)
        lx = lang(pick(seg.language if seg else None, doc.language))
        sid: str | None = None
        src_info: MentionInfo | None = None  # the source mention's analysis, when made
        rule = c.rule
        if c.mode == "social_post" and seg is not None:
            name = seg.author or (seg.handle or "unknown account")
            info = MentionInfo(name, name, "social_account", aliases=[seg.handle] if seg.handle else [])
            sid = _account_holder(reg, info, c.source, lx) or reg.add(info, c.source, "source.social_account")
        elif c.inherit:
            prev_source, prev_via, prev_end = prev_ctx.get(c.post_account, (None, [], -1))
            named = _named_just_before(reg, doc, c.sent, c.source) if c.source is not None else None
            if c.source is not None and named is not None and named != prev_source:
                # "Laut dem Staatsanwalt X habe es …. Die Täter benutzten demnach …": the person
                # named in the sentence before, whose word the adverb means
                sid = named
                rule += "+previous_sentence"
                reg.mention(sid, c.source, "source.anaphoric_adverb")
            elif prev_source is not None and c.content[0].start - prev_end < 1500:
                sid = prev_source
                rule += "+inherit"
                if c.source is None and lx.code == "de":
                    # the source's latest mention before it, which the reader resolves the speaker
                    # from (German, as de-news-quotes marks it; PolNeAR leaves English ones unmarked)
                    c.source = next((m.span for m in reversed(reg.mentions)
                                     if m.source == sid and m.span.end <= c.content[0].start), None)
            else:
                c.source = None  # an adverb that stands for no source named before names no one
        elif c.subjectless:
            sent_start = doc.sentences[c.sent].span.start if c.sent < len(doc.sentences) else 0
            lo = doc.segments[c.post_account].span.start if c.post_account is not None else 0
            sid = _last_person_before(reg, sent_start, max(lo, sent_start - 600))  # only a person just named
            if sid is not None and c.source is None:
                rule += "+previous_subject"
                # point at the mention in the text when it is close by
                near = [p for p, s in reg.persons_seen if s == sid and lo <= p < sent_start]
                if near:
                    m = re.match(r"[\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)*", doc.text[near[-1] :])
                    ctx = doc.text[max(lo, near[-1] - 12) : near[-1]]
                    rm = re.search(r"(?:President|Präsident|Minister|Premier)\s*$", ctx)
                    start = near[-1] - (len(rm.group(0)) if rm else 0)
                    c.source = Span(start, near[-1] + (len(m.group(0)) if m else 0))
        elif c.source is not None and c.refers_to is None and not c.co_sources and (pair := _pair(reg, doc, c.source, lx)):
            for p_sid in pair:
                reg.mention(p_sid, c.source, "source.person.pair")
            used.update(pair)
            sid = pair[0]
        elif c.source is not None and c.refers_to is None and not c.co_sources and (members := _members(doc, c.source, lx)):
            ids = []
            for co in members:
                minfo = analyse_mention(doc.text[co.start : co.end], lx)
                known = _surname_source(reg, doc, minfo, co)
                ids.append(known if known is not None else reg.add(minfo, co, f"source.coordination.{minfo.type}"))
            used.update(ids)
            sid = ids[0]
        elif c.source is not None and c.co_sources and not _one_person_described(doc, c, lx):
            whole = doc.text[c.source.start : c.source.end]
            group = bool(re.search(r",\s*(?:" + "|".join(map(re.escape, lx.group_words)) + r")\b", whole))
            head = re.findall(r"[\w-]+", whole)[-1]
            ids = []
            for co in c.co_sources:
                piece = doc.text[co.start : co.end]
                cinfo = analyse_mention(piece, lx)
                last = (re.findall(r"[\w-]+", piece) or [""])[-1]
                # (an adjective shares the head: "deutsche als auch französische Behörden"; a name
                # does not: "Sowohl Roth als auch Lund")
                if not group and head not in piece and (last[:1].islower() or piece.rstrip().endswith("-") or last.lower().endswith(("sche", "schen"))):
                    # shared head: "deutsche als auch französische Behörden"
                    cinfo = analyse_mention(piece + " " + head, lx)
                    cinfo.name = re.sub(r"^(?:sowohl|both)\s+", "", cinfo.name)
                known = _surname_source(reg, doc, cinfo, co)  # "Sowohl Roth als auch Lund": two persons named before
                ids.append(known if known is not None else reg.add(cinfo, co, f"source.{'group' if group else 'coordination'}.{cinfo.type}"))
            used.update(ids)
            sid = ids[-1] if group else ids[0]
        elif c.source is not None:
            info = analyse_mention(doc.text[(c.refers_to or c.source).start : (c.refers_to or c.source).end], lx)
            if c.refers_to is None:
                src_info = info
            if info.pronoun and info.text.lower() in lx.neuter_pronouns:
                # "It said …" stands for a body or a text named before, never for a person
                sid = reg.nearest(c.source.start, set(_NOT_PERSONS))
                if sid is not None and max(m.end for m in reg.get(sid).mentions if m.start < c.source.start) < c.source.start - 800:
                    sid = None
                if sid:
                    reg.mention(sid, c.source, "source.pronoun")
            elif info.pronoun and _first_person(info.text, lx):
                # "wir", "I": inside a quotation its speaker, outside it the author, never someone named before
                sid = next((q_sid for q, q_sid in quoted if q.start <= c.source.start < q.end), None)
                if sid:
                    reg.mention(sid, c.source, "source.pronoun.first_person")
            elif info.pronoun:
                want = _pronoun_gender(doc, info.text, c.cue, lx)
                if lx.code == "en":
                    # the nearest person who spoke whose gender agrees or is unknown: an English "he"
                    # never means a woman named before ("Ann Lee", "Mrs. Lee", "the spokeswoman")
                    sid = reg.nearest(c.source.start, {"person"}, gender=want) or _last_person_before(reg, c.source.start, gender=want)
                else:
                    sid = (_antecedent(reg, doc, c.source.start, want) if want else None) \
                        or reg.nearest(c.source.start, {"person"}) or _last_person_before(reg, c.source.start)
                teller = sid_of.get(id(c.relayed_by)) if c.relayed_by is not None and c.relayed_by.mode == "direct" else None
                if sid is not None and sid == teller:
                    # "«He told me: …», said Ann": inside a quotation "he" is someone other than its speaker
                    sid = _antecedent(reg, doc, c.source.start, want or "m", teller)
                if sid:
                    reg.mention(sid, c.source, "source.pronoun")  # the same source, not a second one of its name
                    if want and lx.code == "en":
                        reg.gender.setdefault(sid, want)  # "Reed said …. “…,” he said.": Reed is a man from now on
                elif " " in info.text.strip():
                    # "Seiner Darstellung (zufolge)" with no person to point at: the phrase stays the source
                    sid = reg.add(MentionInfo(info.text, info.name, "unnamed"), c.source, "source.unnamed")
            elif info.description:
                if info.type == "person":
                    named = _named_with_role(doc, info.role or "", lx)
                    if named:
                        sid = reg.add(MentionInfo(info.text, named, "person", role=info.role, person_tokens=named.split()), c.source, "source.person.role_in_text")
                    else:
                        # "der Diktator": the person with that role, else the person last named by
                        # name nearby; a bare description ("die Ministerin") takes no other one
                        owned = lx.code == "en" and bool(_OWNED.search(info.text))
                        owner = re.match(r"\s*(?:the\s+)?([\w .-]+?)['’]s?\s", info.text)
                        if owned and owner is not None and _place_name(owner.group(1).strip()):
                            owned = False  # "Russia's president" is the president of Russia, a title, not someone of its
                        # (never the one who tells of it: "Anna Berg sagte, der Bürgermeister habe ihr gesagt, …")
                        tellers = {sid_of.get(id(c.relayed_by))} if c.relayed_by is not None else set()
                        tellers |= {m.source for vsp, up in c.via if not up for m in reg.mentions if m.span.overlaps(vsp)}
                        sid = _person_with_role(reg, c.source.start, info.role, info.text) if not owned else None
                        sid = None if sid in tellers else sid
                        if sid is None and lx.code == "en" and not owned and _epithet(info.text):
                            sid = _most_mentioned_person(reg, doc, c.source.start, gender_of(info.text, doc, "en"))
                        if sid is None and not owned and lx.code != "en":  # ("Morrison's lawyer", "his spokeswoman": someone of theirs, someone new)
                            # (an English bare office, "the mayor", may be someone the text never names:
                            # only the one it gives that role, or an epithet's person, above)
                            # the person named last nearby, of the description's gender ("der
                            # Bürgermeister Jan Roth" is no "die Ministerin"), not the one who tells of it
                            want = gender_of(info.text, doc, lx.code)
                            last = _last_person_before(reg, c.source.start, max(0, c.source.start - 1000), gender=want)
                            sid = last if last is not None and last in reg.person_tokens and last not in tellers else None
                else:
                    # the nearest of its type, one whose name or role ends in the same noun first
                    # ("des Konzerns" → "der Rüstungskonzern Rheinmetall")
                    sid = reg.nearest(c.source.start, {info.type} | ({"media", "news_agency"} if info.type in ("media", "news_agency") else set()),
                                      role=_stem(info.role) if info.role else None)
                if sid is not None:
                    src = reg.get(sid)
                    src.mentions.append(c.source)
                    reg.mentions.append(Mention(c.source, sid, "source.description"))
                    if info.name not in src.aliases:
                        src.aliases.append(info.name)
                else:
                    sid = reg.add(info, c.source, "source.description.new")
            elif info.type == "unnamed" and _share_only(info.text, lx):
                rule += "+names_nobody"  # "59 percent said": the mention stays, no source is listed
            elif (surname := _surname_source(reg, doc, info, c.source)) is not None:
                sid = surname
            elif (again := _same_anonymous(reg, doc, c.source, info, lx)) is not None:
                sid = again  # "… the source said": the anonymous source named before
                reg.mention(sid, c.source, "source.anonymous.again")
            else:
                if info.type == "unnamed" and (typed := _type_in_text(doc.text, info.name, lx)) is not None:
                    info.type, info.role = typed  # "Rheinmetall" after "der Rüstungskonzern Rheinmetall"
                sid = reg.add(info, c.source, f"source.{info.type}")
        via: list[Via] = []
        for vsp, upstream in c.via:
            vinfo = analyse_mention(doc.text[vsp.start : vsp.end], lx)
            if vinfo.description:
                # "die Zeitung" → the outlet named before; "seine Managerin" → a person, never the
                # claim's own source ("wie die Zeitung unter Berufung auf seine Managerin berichtete")
                kinds = {vinfo.type} | ({"media", "news_agency"} if vinfo.type in ("media", "news_agency") else set())
                # a person by role: the one the text gives that role ("der Bürgermeister" after "der
                # Bürgermeister Jan Roth"), else the one named last
                vid = _person_with_role(reg, vsp.start, vinfo.role, vinfo.text) if vinfo.type == "person" else None
                vid = vid if vid is not None and vid != sid else reg.nearest(vsp.start, kinds)
                if vid is None or vid == sid:
                    vid = reg.add(vinfo, vsp, "source.via")
                else:
                    reg.mention(vid, vsp, "source.via.description")
            elif (short := _outlet_of_short_name(reg, vinfo)) is not None:
                vid = short  # "told Fox in the interview" after "an interview with «Fox News Sunday»": one outlet
                reg.mention(vid, vsp, "source.via.short_name")
            elif (known := _surname_source(reg, doc, vinfo, vsp)) is not None:
                vid = known  # "wie Roth der Zeitung sagte" after "Anna Roth": the person named before
            else:
                vid = reg.add(vinfo, vsp, "source.via")
            vsrc = reg.get(vid)
            pos = "upstream" if upstream else "downstream"
            via.append(Via(vid, vsrc.name, vsp, "via.phrase", pos))  # type: ignore[arg-type]
            if vinfo.genitive_org:
                via.append(_genitive_link(reg, doc, lx, vinfo.genitive_org, vsp, pos))
        if c.source is not None and not via and (rule.endswith("+names_nobody") or (src_info is not None and _share_of_people(src_info.name, lx))):
            # ("59 percent said", "70 percent of Americans say": the share answered a poll)
            poll = _poll_before(reg, doc, c.source.start, lx)
            if poll is None or max(m.end for m in reg.get(poll).mentions if m.start < c.source.start) < _poll_in_text(doc, c.source.start, lx, reg=None)[0]:
                poll = _poll_in_text(doc, c.source.start, lx, reg)[1] or poll  # (a pollster named since: "A Reuters poll has …")
            if poll is not None:  # "A YouGov poll … . Asked about …, 59 percent said …": the poll relays its answers
                psrc = reg.get(poll)
                words = psrc.name.split()
                # (the noun the postmodifier hangs on: "YouGov poll | of American voters")
                head = max((k for k, w in enumerate(words[:-1]) if w.lower() in lx.poll_heads and words[k + 1][:1].islower()), default=None)
                if head is not None and 0 < head < len(words) - 1 and words[head - 1][:1].isupper() and " ".join(words[: head + 1]) not in psrc.aliases:
                    psrc.aliases.append(" ".join(words[: head + 1]))  # "YouGov poll of American voters": also "YouGov poll"
                first = next((k for k, w in enumerate(words) if w[:1].isupper()), 0)
                if 0 < first < len(words) - 1 and all(w.islower() for w in words[:first]) and " ".join(words[first:]) not in psrc.aliases:
                    psrc.aliases.append(" ".join(words[first:]))  # "new Gallup poll": also "Gallup poll"
                via.append(Via(poll, psrc.name, None, "via.poll", "downstream"))
        if sid is not None and reg.get(sid).type == "anonymous" and c.source is not None:
            # "Die Quelle der «Hafenpost»": the outlet relays its anonymous source
            ainfo = src_info or analyse_mention(doc.text[c.source.start : c.source.end], lx)
            outlet = _outlet_of_owner(ainfo.genitive_org, lx) if ainfo.genitive_org else None
            if outlet is not None:
                # (not "Kreise des Ministeriums": the circles belong to the ministry, it relays nothing)
                via.append(_genitive_link(reg, doc, lx, outlet, c.source, "downstream"))
                outlet_of[sid] = via[-1]
            elif sid in outlet_of and all(v.source != outlet_of[sid].source for v in via):
                # "… the source said": the same anonymous source, relayed by the same outlet
                via.append(outlet_of[sid])
        if c.inherit and sid is not None and sid == prev_source and not via:
            via = list(prev_via)
        told = told_before.get(c.post_account)
        if not via and told is not None and sid == told[0] and c.sent - told[2] == 1 and _goes_on(doc, c, lx):
            # '"…," she told Fox. The country would not accept it, she said.': the same occasion
            via = [Via(v.source, v.name, v.span, v.rule + "+continued", v.position) for v in told[1]]
        if c.post_account is not None and c.mode != "social_post":
            pseg = doc.segments[c.post_account]
            name = pseg.author or pseg.handle or "account"
            pinfo = MentionInfo(name, name, "social_account", aliases=[pseg.handle] if pseg.handle else [])
            pid = _account_holder(reg, pinfo, None, lx) or reg.add(pinfo, None, "source.social_account")
            via.append(Via(pid, name, None, "via.embedding_post", "downstream"))
        seen_via: set[str] = set()
        deduped: list[Via] = []
        for v in via:
            if v.source != sid and v.source not in seen_via and not _is_publisher(reg.get(v.source), publisher) \
                    and not _house_name(doc, v.span, lx):
                seen_via.add(v.source)
                deduped.append(v)
        # chain order: origin first — upstream links, (the named source), downstream links
        via = [v for v in deduped if v.position == "upstream"] + [v for v in deduped if v.position == "downstream"]
        sid_of[id(c)] = sid
        att = Attribution(
            id=f"a{n + 1}", mode=c.mode, content=c.content, source=sid, source_span=(c.extent if c.source is not None else None) or c.source, cue=c.cue,  # type: ignore[arg-type]
            rule=rule, via=via, segment=next((i for i, s in enumerate(doc.segments) if s.span.contains(c.content[0])), 0),
        )
        atts.append(att)
        if sid:
            used.add(sid)
        used.update(v.source for v in via)
        if sid is not None and c.mode != "social_post" and not (c.relayed_by is not None and c.relayed_by.mode == "direct"):
            # (speech told inside a quotation: the quotation's speaker goes on, not the one told of)
            prev_ctx[c.post_account] = (sid, via, c.content[-1].end)
            told_before[c.post_account] = (sid, [v for v in via if v.position == "downstream" and v.rule.startswith("via.phrase")], c.sent)
        if sid is not None and c.mode == "direct":
            quoted.extend((sp, sid) for sp in c.content)
    dropped = _relayed_links(reg, cands, atts, publisher)
    dropped += [a for c, a in zip(cands, atts, strict=True) if c.anchor_only]  # its speaker went on; it claims nothing
    if dropped:
        atts = [a for a in atts if not any(a is d for d in dropped)]
        for k, a in enumerate(atts):
            a.id = f"a{k + 1}"
        for d in dropped:
            if d.source is not None and not any(a.source == d.source or any(v.source == d.source for v in a.via) for a in atts):
                used.discard(d.source)
    cited = set(used)  # the sources the text cites, before the credit lines are read
    credited = _credits(doc, reg, used, lang(pick(doc.language)))
    _credit_links(doc, reg, atts, [sid for sid in credited if not _is_publisher(reg.get(sid), publisher)])
    # distance: intermediaries between a source and the article
    dist: dict[str, int] = {}
    for a in atts:
        chain = [v.source for v in a.via if v.position == "upstream"]
        chain += [a.source] if a.source else []
        chain += [v.source for v in a.via if v.position == "downstream"]
        for k, sid_ in enumerate(chain):
            dist[sid_] = min(dist.get(sid_, 99), len(chain) - k - 1)
    out = []
    for s in reg.sources:
        # an agency credited for the copy ("(dpa)", "Reuters contributed", "Quellen: AFP") wrote the
        # text and stands at the end of each claim's chain (`via.credit`), but it is no source of the
        # source list unless the text cites it (issue 7: one entry per source that says something)
        if s.id in cited or (s.id in used and not s.credit):
            s.distance = dist.get(s.id, 0)
            out.append(s)
    doc.sources = out
    doc.attributions = atts
    listed = {s.id for s in out}
    doc.mentions = [m for m in reg.mentions if m.source in listed]


def _relayed_links(reg: Registry, cands: list[Cand], atts: list[Attribution], publisher: set[str]) -> list[Attribution]:
    """A claim another speaker relays (`Cand.relayed_by`: speech told inside someone's reported
    speech) has that speaker, and the links after him, as downstream links of its chain. Returns
    the speech told inside a quotation that names no one else ("«Er hat gesagt, …»" where "er"
    is the quotation's own speaker, or no one): no claim of its own."""
    at = {id(c): a for c, a in zip(cands, atts, strict=True)}
    dropped: list[Attribution] = []
    carried: tuple[str, list[Via]] | None = None  # the source of the relayed claim just before, and the links added to it
    for c, a in zip(cands, atts, strict=True):
        outer = at.get(id(c.relayed_by)) if c.relayed_by is not None else None
        if outer is not None and c.relayed_by is not None and c.relayed_by.mode == "direct" and (a.source is None or a.source == outer.source):
            dropped.append(a)
            continue
        if outer is None and carried is not None and c.inherit and a.source == carried[0]:
            add = carried[1]  # "… laut einer Studie der Kammer. In Kiel liege die Quote höher.": still relayed
        elif outer is None or outer.source is None or a.source is None or outer.source == a.source:
            carried = None if not c.inherit else carried
            continue
        else:
            add = [Via(outer.source, reg.get(outer.source).name, None, "via.relayed_speech", "downstream")]
            add += [Via(v.source, v.name, v.span, v.rule, "downstream") for v in outer.via if v.position == "downstream"]
            carried = (a.source, add)
        have = {a.source, *(v.source for v in a.via)}
        for v in add:
            if v.source not in have and not _is_publisher(reg.get(v.source), publisher):
                have.add(v.source)
                a.via.append(v)
    return dropped


#: "(dpa)", "(dpa/lno)", "(FR mit dpa)", "(Reuters, APA, red)", and with the date of the copy
#: after the names: "(APA, 18.8.2015)", "(APA; 1.11.2015)"
_AGENCY_CREDIT = re.compile(
    r"\((?P<inner>(?:[A-Za-zÄÖÜäöü.-]{2,12}\s+mit\s+)?(?:[A-Za-zÄÖÜäöü.-]{2,12})(?:\s*[/,]\s*[A-Za-zÄÖÜäöü.-]{2,12})*)"
    r"(?:\s*[,;]?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?\)(?=\s*(?:[–—-]\s|$|\n))"
)


def _inline_credits(doc: Document, reg: Registry, used: set[str], lx: Lang) -> list[str]:
    """Agency credits inside the text: a dateline "Hamburg (dpa/lno) –" or a closing "(FR mit dpa)";
    the ids of the sources credited."""
    credited: list[str] = []
    agencies = {n.lower(): name for name, typ, aliases in _gazetteer() if typ in ("news_agency", "media") for n in [name, *aliases]}
    for seg in doc.segments:
        if seg.kind not in ("body", "source_list", "caption"):
            continue
        for m in _AGENCY_CREDIT.finditer(doc.text, seg.span.start, seg.span.end):
            parts = re.split(r"\s*(?:/|,|\bmit\b)\s*", m.group("inner"))
            known = [p for p in parts if p.lower() in agencies]
            if not known:
                continue
            for p in known:
                start = doc.text.find(p, m.start(), m.end())
                info = MentionInfo(p, agencies[p.lower()], "news_agency")
                g = _gazetteer_match(agencies[p.lower()])
                if g:
                    info.type, info.aliases = g[1], list(g[2])
                sid = reg.add(info, Span(start, start + len(p)), "source.credit.inline")
                src = reg.get(sid)
                src.credit = True
                used.add(sid)
                if seg.kind != "caption":  # (a photo's credit is not the text's)
                    credited.append(sid)
    return credited


@cache
def _reporter_credits() -> frozenset[str]:
    """The phrases of a credit line that names the article's own reporters ("contributed to this
    report", "Mitarbeit:"; `reporter_credits` of resources/<lang>/according.json, every language)."""
    return frozenset(p for code in languages() for p in load(code, "according").get("reporter_credits", []))


def _credits(doc: Document, reg: Registry, used: set[str], lx: Lang) -> list[str]:
    """Credit lines and source footers ("(dpa)", "Mit Material von AFP", "Quellen: …"); the ids of
    the sources credited."""
    credited = _inline_credits(doc, reg, used, lx)
    for seg in doc.segments:
        if seg.kind != "source_list":
            continue
        body = doc.text[seg.span.start : seg.span.end]
        for m in re.finditer(r"[^\n:,;()/]+", body):
            piece = m.group(0).strip(" -•*–")
            if not piece or len(piece) > 80:
                continue
            low = piece.lower()
            if any(low.startswith(w.lower()) and len(low) <= len(w) + 1 for w in ("Verwendete Quellen", "Quellen", "Quelle", "Sources", "Source", "Unsere Quellen")):
                continue
            piece = re.sub(r"^(?:mit material von|mit material der|mit material des|additional reporting by|reporting by|fr mit|mit)\s+", "", piece, flags=re.I).strip()
            if not piece or len(piece) < 2:
                continue
            info = analyse_mention(piece, lx)
            line = body[body.rfind("\n", 0, m.start()) + 1 : (body.find("\n", m.end()) + 1 or len(body) + 1) - 1].lower()
            if any(p.lower() in line for p in _reporter_credits()) and info.type not in ("news_agency", "media"):
                continue  # "Jo Hart contributed to this report": a reporter of the article, no source of it
            start = seg.span.start + m.start() + m.group(0).find(piece)
            sid = reg.add(info, Span(start, start + len(piece)) if doc.text[start : start + len(piece)] == piece else None, "source.credit")
            src = reg.get(sid)
            src.credit = True
            used.add(sid)
            credited.append(sid)
    return credited


def _name_key(name: str) -> str:
    """"The Washington Post", "washingtonpost.com", "DER STANDARD" → "washingtonpost", "standard"."""
    low = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip().lower())
    low = re.sub(r"\.(?:com|org|net|info|de|at|ch|co\.uk|uk|fr|it|es|eu|ru)(?:/.*)?$", "", low)
    low = re.sub(r"^(?:the|der|die|das)\s+", "", low)
    return re.sub(r"[\W_]+", "", low)


def _publisher_keys(publisher: str | None) -> set[str]:
    """The names the publisher goes by: each part of "DER STANDARD (derstandard.at)", with the
    names of the outlet list when it is one of them ("NYT" → The New York Times)."""
    if not publisher:
        return set()
    names = [p for p in re.split(r"\s*[(),;|]\s*", publisher) if p.strip()]
    for p in list(names):
        g = _gazetteer_match(p.strip())
        if g is not None:
            names += [g[0], *g[2]]
    return {k for k in map(_name_key, names) if len(k) >= 2}


def _is_publisher(src: Source, keys: set[str]) -> bool:
    """The source is the article's own publisher: a name of it equals one of the publisher's, or
    holds one of five letters or more ("STANDARD" and "WebStandard" in DER STANDARD, "Breitbart
    London" in Breitbart)."""
    if not keys or src.type == "person":
        return False
    for n in {_name_key(x) for x in [src.name, *src.aliases]}:
        if n in keys or any(len(k) >= 5 and k in n for k in keys):
            return True
    return False


def _goes_on(doc: Document, c: Cand, lx: Lang) -> bool:
    """The claim's cue is a plain verb of speech ('she said', 'he added', 'sagte er';
    `continuing_lemmas`) and the words of its sentence outside what was said name no other
    occasion ('at a rally', 'later', 'in a statement'; `continuing_occasion_words`)."""
    d = load(lx.code, "according")
    lemmas = set(d.get("continuing_lemmas", []))
    if c.cue is None or not any(f.lemma in lemmas for f in lx.forms.get(doc.text[c.cue.start : c.cue.end].lower(), [])):
        return False
    if c.sent >= len(doc.sentences):
        return False
    occasions = set(d.get("continuing_occasion_words", []))
    frame = [t.text.lower() for t in doc.sentences[c.sent].tokens if not any(x.start <= t.span.start < x.end for x in c.content)]
    return not occasions.intersection(frame)


def _credit_links(doc: Document, reg: Registry, atts: list[Attribution], credited: list[str]) -> None:
    """A news agency credited for the text ("Hamburg (dpa/lno) –", "(APA, 18.8.2015)",
    "WASHINGTON (AP) —", "Quellen: Reuters") wrote the copy the publisher prints: it stands between
    every speaker of the text and the article, the last downstream link of each claim of the body
    (not of an embedded post or a reader's comment, which reach the page another way). The
    publisher itself is the end of the chain, no link (benchmarks/chaindev/labels.json, _about)."""
    agencies = list(dict.fromkeys(sid for sid in credited if reg.get(sid).type == "news_agency"))
    if not agencies:
        return
    for a in atts:
        if a.mode == "social_post" or doc.segments[a.segment].kind in ("social_post", "comment"):
            continue
        for sid in agencies:
            if sid != a.source and all(v.source != sid for v in a.via):
                a.via.append(Via(sid, reg.get(sid).name, None, "via.credit", "downstream"))
