"""What a source's words are, before any mention is read: the gazetteer of outlets, agencies and
countries (resources/common), the head nouns that type a mention (`type_heads` of
resources/<lang>/lexicon.json), role nouns, and the keys that ignore inflection and
transliteration (Lawrow = Lavrov)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...resources import languages, load
from ...textutil import APOSTROPHE_MARKS, QUOTE_MARKS, whole_words
from ..lexicon import Lang

#: the types of a definite description that refers back to a source named before ("die Zeitung",
#: "des Konzerns", "die Partei")
DESCRIBED_TYPES = frozenset({"media", "news_agency", "government", "military", "intelligence", "think_tank", "website", "company",
                              "party", "court", "police", "ngo", "international_org"})


@cache
def _generic_heads() -> frozenset[str]:
    """Bare type nouns that refer back to a source named before ("die Zeitung", "the agency"):
    `generic_heads` of resources/<lang>/lexicon.json, every language."""
    return frozenset(w for code in languages() for w in load(code, "lexicon").get("generic_heads", []))


def generic_head(word: str) -> bool:
    """A bare type noun, also in the genitive ("des Konzerns", "des Blattes")."""
    heads = _generic_heads()
    return word in heads or (word.endswith("s") and word[:-1] in heads) or (word.endswith("es") and word[:-2] in heads)


#: indefinite articles: a description that opens with one introduces someone new
INDEFINITE = frozenset(w for code in languages() for w in load(code, "lexicon").get("indefinite_articles", []))
# ("another witness": someone new, as after an indefinite article; `another_words` of lexicon.json)
ANOTHER = frozenset(w for code in languages() for w in load(code, "lexicon").get("another_words", []))
#: nouns of quantity or part that pass through to the phrase after them ("eine Reihe von Experten")
TRANSPARENT = frozenset(w for code in languages() for w in load(code, "lexicon").get("transparent_nouns", []))
#: endings of German common nouns: a capitalized word with one of them is not a person's name
NOUN_END = re.compile(r"(?:ung|heit|keit|schaft|zentrums?|amts?|tion|ität|ismus|ium|verband|verbands|partei|gruppe|ministeriums?|behörde|dienst(?:es|e)?|zeitung|agentur|institut(?:s|es)?|kommission|rat(?:es|s)?|gericht(?:s|es)?|büro|organisation|sender|portal|magazin|bundes\w*|en|nen|ern)$")


@cache
def german_given_names() -> frozenset[str]:
    """The given names of resources/de/given_names.json (both lists)."""
    d = load("de", "given_names")
    return frozenset([*d.get("feminine_given_names", []), *d.get("masculine_given_names", [])])


def noun_ending(word: str) -> bool:
    """The capitalised word ends like a German common noun (`NOUN_END`) and is no German given name
    ("Jürgen", "Kirsten" end in -en like "Bürgern": the list keeps them names; no rule of its own)."""
    return NOUN_END.search(word.lower()) is not None and word not in german_given_names()


#: a name in quotation marks inside a mention ("die Zeitung «Der Bund»"): between marks of
#: QUOTE_MARKS but the apostrophes ("O’Brien’s" holds no quoted name), opened by a mark that opens
#: and closed by one that closes (« and » both: «…» and »…«)
_NAME_QUOTES = "".join(c for c in QUOTE_MARKS if c not in APOSTROPHE_MARKS)
QUOTED = re.compile(rf"[«„“\"‹»]([^{_NAME_QUOTES}]{{2,80}})[»“”\"›«]")
ACRONYM = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜ0-9-]{1,10})\)")
NAME_TOKEN = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*$")
DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|de|ch|at|uk|gov|info|io)\b")


@cache
def _translit() -> tuple[list[tuple[str, str]], str]:
    d = load("common", "transliteration")
    return [(a, b) for a, b in d.get("replace", [])], str(d.get("initial_s_before_vowel", "z"))


_S_BEFORE_VOWEL = re.compile(r"^s[aeiouy]")
_POSSESSIVE_END = re.compile(r"['’]s$")


@cache
def _translit_steps() -> tuple[list[tuple[dict[int, str] | None, str | re.Pattern[str], str]], str]:
    """`_translit`'s rules as steps taken in order: a run of one-letter replacements none of whose
    replacements holds a letter the run replaces is one `str.translate` table (the same result as
    replacing each in turn); a rule ending in `$` a compiled pattern; any other a plain replacement."""
    rules, s_init = _translit()
    steps: list[tuple[dict[int, str] | None, str | re.Pattern[str], str]] = []
    run: dict[str, str] = {}

    def close() -> None:
        if run:
            steps.append(({ord(a): b for a, b in run.items()}, "", ""))
            run.clear()

    for a, b in rules:
        if len(a) == 1 and a not in run and not any(c in run or c == a for c in b) \
                and not any(a in done for done in run.values()):
            run[a] = b
            continue
        close()
        if len(a) == 1 and not any(c == a for c in b):
            run[a] = b
            continue
        steps.append((None, re.compile(a) if a.endswith("$") else a, b))
    close()
    return steps, s_init


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    w = _POSSESSIVE_END.sub("", word.lower().strip(".,'’"))
    steps, s_init = _translit_steps()
    if _S_BEFORE_VOWEL.match(w):
        w = s_init + w[1:]
    for table, a, b in steps:
        if table is not None:
            w = w.translate(table)
        elif isinstance(a, str):
            w = w.replace(a, b)
        else:
            w = a.sub(b, w)
    return w


@cache
def _keeps_word_endings(lang: str) -> bool:
    """Whether the words of `lang` keep their endings in `word_stem` (`keeps_word_endings` of its
    lexicon.json: English "Stones" is no "Stone")."""
    return bool(load(lang, "lexicon").get("keeps_word_endings"))


def word_stem(word: str, lang: str | None = None) -> str:
    """The word lower-cased without a German ending, unless `lang` keeps its word endings
    (`_keeps_word_endings`)."""
    w = word.lower()
    if lang is not None and _keeps_word_endings(lang):
        return w
    for suf in ("ischen", "ischer", "isches", "ische", "en", "es", "er", "em", "e", "s", "n"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)] + ("isch" if suf.startswith("isch") else "")
    return w


@cache
def gazetteer_entries() -> list[tuple[str, str, list[str]]]:
    """The known names: the outlets and bodies of resources/common/outlets.json, then the parties of
    each language's parties.json (type party; matched as written only, `party_names`)."""
    out = []
    for e in load("common", "outlets").get("entries", []):
        out.append((e["name"], e["type"], list(e.get("aliases", []))))
    for code in languages():
        for e in load(code, "parties").get("parties", []):
            out.append((e["name"], "party", list(e.get("aliases", []))))
    return out


@cache
def party_names() -> frozenset[str]:
    """Every name and alias of the parties of resources/<lang>/parties.json: matched as written only,
    never by a stemmed key ("Grünen" is the party, "der Grüne" one of its members)."""
    return frozenset(n for code in languages() for e in load(code, "parties").get("parties", [])
                     for n in [e["name"], *e.get("aliases", [])])


@cache
def party_member_nouns() -> frozenset[str]:
    """The nouns of a party's member (`member_nouns` of resources/<lang>/parties.json: "der Grüne")."""
    return frozenset(w for code in languages() for w in load(code, "parties").get("member_nouns", []))


@cache
def country_names() -> frozenset[str]:
    d = load("common", "countries")
    return frozenset(d.get("countries", []) + d.get("capitals", []))


@cache
def region_names() -> frozenset[str]:
    """The states and federal states of resources/common/places.json ("Hessen", "Steiermark"), every form."""
    return frozenset(n for group in load("common", "places").get("groups", []) for n in group)


@cache
def gazetteer_names() -> frozenset[str]:
    return frozenset(n for name, _t, aliases in gazetteer_entries() for n in [name, *aliases])


def _cased_key(name: str, lang: str | None) -> str:
    """`org_key` with each lower-case word but the articles masked as "·": a name of capitalised
    words matches only as written with capitals ("page six" is no Page Six)."""
    keyed = [(w, org_key(w, lang)) for w in re.findall(r"[\w@][\w'’.@-]*", name)]  # (each word's key once)
    return " ".join(k if w[:1].isupper() or w.lower() in _ARTICLES or not w[:1].isalpha() else "·" for w, k in keyed if k)


@cache
def _gazetteer_keys(lang: str | None = None) -> list[tuple[str, tuple[str, str, list[str]]]]:
    out = []
    for entry in gazetteer_entries():
        name, _typ, aliases = entry
        if name in party_names():
            continue  # a party's name only as written
        for n in [name, *aliases]:
            key = _cased_key(n, lang)
            if key.startswith("·") or key.endswith("·"):
                continue  # a name of lower-case words ("manager magazin") only as written
            # multi-word names also match inflected ("der Deutschen Presse-Agentur"); a name of one
            # word besides the article only as a capitalised word (below)
            if len(key.split()) > 1:
                out.append((" " + key + " ", entry))
    return out


@cache
def _gazetteer_single_keys(lang: str | None = None) -> dict[str, tuple[str, str, list[str]]]:
    """Names of one word besides the article by their inflection-free key ("des Spiegels" →
    Der Spiegel); matched only on a capitalised word, so "The Times" is no "at the time"."""
    out: dict[str, tuple[str, str, list[str]]] = {}
    for entry in gazetteer_entries():
        name, _typ, aliases = entry
        if name in party_names():
            continue  # a party's name only as written
        for n in [name, *aliases]:
            key = org_key(n, lang)
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
def name_head_words() -> frozenset[str]:
    return frozenset(load("common", "outlets").get("name_heads", []))


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """A one-word outlet name that is a word of a longer name ("Michael Bloomberg", "Sun Xiaomei",
    "Emma Watson"): a capitalised word right beside it that is no media word."""
    left = re.search(r"([A-ZÄÖÜ][\w'’-]*)[ \t]+$", text[:start])
    right = re.match(r"[ \t]+([A-ZÄÖÜ][\w'’-]*)", text[end:])
    media, function = _media_words(), function_words()
    return any(m is not None and not m.group(1).isupper() and m.group(1) not in media and m.group(1).lower() not in function
               and not word_stem(m.group(1)).endswith(_media_stems()) for m in (left, right))


@cache
def _media_stems() -> tuple[str, ...]:
    """The media heads lower-cased: an inflected compound before a name ("des Fernsehsenders n-tv")
    is a type noun, not a first name."""
    return tuple(sorted({w.lower() for w in _media_words() if len(w) >= 5}))


@cache
def function_words() -> frozenset[str]:
    """Words that may stand capitalised beside an outlet or a name without being a name ("Die Hamas",
    "Laut Bloomberg", "Am Montag", "Was Anna K. sich wünscht"): determiners, stop words, question words
    and according-to words of every language."""
    out: set[str] = set()
    for code in languages():
        lex = load(code, "lexicon")
        out.update(w.lower() for w in lex.get("determiners", []) + lex.get("np_stop", []) + lex.get("question_words", []))
        out.update(w.lower() for p in load(code, "according").get("prefix", []) for w in p.split())
    return frozenset(out)


@cache
def _names_by_opening() -> tuple[list[tuple[str, tuple[str, str, list[str]]]], dict[str, list[int]], list[int]]:
    """Every name and alias of the gazetteer with its entry, in the gazetteer's order; the positions
    of those of three characters or more by their first three characters, and the positions of the
    shorter ones: `gazetteer_match` tests only the names whose opening stands in the text."""
    flat = [(n, entry) for entry in gazetteer_entries() for n in [entry[0], *entry[2]]]
    by_opening: dict[str, list[int]] = {}
    short: list[int] = []
    for i, (n, _entry) in enumerate(flat):
        if len(n) >= 3:
            by_opening.setdefault(n[:3], []).append(i)
        else:
            short.append(i)
    return flat, by_opening, short


def gazetteer_match(text: str, lang: str | None = None) -> tuple[str, str, list[str]] | None:
    """The outlet named in `text`: as written, else by its key (German endings stripped unless
    `lang` keeps its word endings; capitalised words only by capitalised words), else by one capitalised word."""
    best = None
    flat, by_opening, short = _names_by_opening()
    # the names whose first three characters stand in the text, in the gazetteer's order (the first
    # of the longest wins, as when every name was tried)
    found = set(short)
    for at in range(len(text) - 2):
        found.update(by_opening.get(text[at : at + 3], ()))
    for i in sorted(found):
        n, (name, typ, aliases) = flat[i]
        # the substring test first: compiling a pattern per name and mention is what costs
        if n in text:
            for mm in whole_words(text, n):
                if " " not in n and not n.isupper() and _inside_a_name(text, mm.start(), mm.end()):
                    continue  # "Michael Bloomberg" is a person, "Sun Xiaomei" no tabloid
                if best is None or len(n) > best[0]:
                    best = (len(n), (name, typ, aliases))
                break
    if best is None:
        key = " " + _cased_key(text, lang) + " "
        for k, entry in _gazetteer_keys(lang):
            if k in key and (best is None or len(k) > best[0]):
                best = (len(k), entry)
    if best is None:
        singles = _gazetteer_single_keys(lang)
        for mm in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][\w'’.-]*", text):
            single = singles.get(org_key(mm.group(0), lang))
            if single is not None and not _inside_a_name(text, mm.start(), mm.end()):
                return single
    return best[1] if best else None


def gazetteer_names_written(text: str) -> list[tuple[int, int]]:
    """Where the names and aliases of the gazetteer stand in `text` as written, whole words (not a
    one-word name inside a person's name, as `gazetteer_match` reads them): their (start, end)."""
    out: list[tuple[int, int]] = []
    for name, _typ, aliases in gazetteer_entries():
        for n in [name, *aliases]:
            if n in text:
                out += [(mm.start(), mm.end()) for mm in whole_words(text, n)
                        if " " in n or n.isupper() or not _inside_a_name(text, mm.start(), mm.end())]
    return out


_HEADS: dict[str, list[tuple[str, str, str, str]]] = {}


def _heads(lx: Lang) -> list[tuple[str, str, str, str]]:
    """Type heads, longest first, with their lowercase form and stem (computed once per language)."""
    if lx.code not in _HEADS:
        items = sorted(lx.type_heads.items(), key=lambda kv: -len(kv[0]))
        _HEADS[lx.code] = [(h, t, h.lower(), word_stem(h.lower())) for h, t in items]
    return _HEADS[lx.code]


_HEAD_INDEX: dict[str, tuple[dict[str, list[int]], dict[str, list[int]], list[int]]] = {}


def _head_index(lx: Lang) -> tuple[dict[str, list[int]], dict[str, list[int]], list[int]]:
    """The positions in `_heads` of each lowercase head and each head stem, and those of the heads
    of several words: `head_type` looks its words up instead of running through every head."""
    if lx.code not in _HEAD_INDEX:
        by_lower: dict[str, list[int]] = {}
        by_stem: dict[str, list[int]] = {}
        for i, (_h, _t, hl, sh) in enumerate(_heads(lx)):
            by_lower.setdefault(hl, []).append(i)
            by_stem.setdefault(sh, []).append(i)
        multi = [i for i, (h, *_rest) in enumerate(_heads(lx)) if " " in h]
        _HEAD_INDEX[lx.code] = (by_lower, by_stem, multi)
    return _HEAD_INDEX[lx.code]


def head_type(words: list[str], lx: Lang) -> tuple[str | None, str | None]:
    """Type from the head noun (compound suffixes count: "US-Denkfabrik" → think_tank); of the
    heads that fit, the one first in `_heads` (the longest); a head of several words that ends the
    phrase first ("news agency")."""
    heads = _heads(lx)
    by_lower, by_stem, multi = _head_index(lx)

    def skipped(i: int, w: str) -> bool:
        # an English head written capitalised is a name's word ("Times", "Post"): not "the time"
        return heads[i][0][:1].isupper() and not w[:1].isupper() and lx.code != "de"

    lows = [w.lower() for w in words]
    for i in multi:
        # a head of several words that ends the phrase ("the state news agency"): not its last word
        # alone ("agency", a government's)
        hw = heads[i][2].split()
        if len(lows) >= len(hw) and lows[-len(hw) :] == hw and not skipped(i, words[-1]):
            return heads[i][1], words[-1]
    caps = [w for w in words if w[:1].isupper()] or words
    for w in reversed(caps):
        lw = w.lower()
        sl = word_stem(lw)
        found = [*by_lower.get(lw, ()), *by_stem.get(sl, ()), *by_lower.get(sl, ())]
        if lx.code == "de" and "-" in lw.strip("-"):
            # a German compound with a hyphen takes the type of its last part ("US-Küstenwache", "EU-Wetterdienst")
            part = lw.rsplit("-", 1)[1]
            found += [*by_lower.get(part, ()), *by_stem.get(word_stem(part), ()), *by_lower.get(word_stem(part), ())]
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


_ROLE_ENDS: dict[int, tuple[set[str], tuple[str, ...], list[tuple[str, int]]]] = {}


def _role_ends(lx: Lang) -> tuple[tuple[str, ...], list[tuple[str, int]]]:
    """The capitalised roles of five letters or more that a compound may end with ("Polizeisprecher"),
    lower-cased, with their length (computed once per role list)."""
    hit = _ROLE_ENDS.get(id(lx.person_roles))
    if hit is None or hit[0] is not lx.person_roles:
        ends = [(r.lower(), len(r)) for r in lx.person_roles if r[:1].isupper() and len(r) >= 5]
        ends += [(r.lower(), len(r)) for r in load(lx.code, "lexicon").get("short_role_ends", [])]
        hit = (lx.person_roles, tuple(low for low, _n in ends), ends)
        _ROLE_ENDS[id(lx.person_roles)] = hit
    return hit[1], hit[2]


def is_role(word: str, lx: Lang) -> bool:
    if word in lx.person_roles:
        return True
    if "-" in word.strip("-") and word.rsplit("-", 1)[1] in lx.person_roles and word.rsplit("-", 1)[1][:1].isupper():
        return True  # "GPA-djp-Chef", "SPD-Politiker": a role of a body
    lw = word.lower()
    suffixes, ends = _role_ends(lx)
    return lw.endswith(suffixes) and any(lw.endswith(low) and len(lw) > n for low, n in ends)


def genitive_role(word: str, lx: Lang) -> str | None:
    """The German role noun of a genitive in -s ("des Außenministers", "des Sprechers", "des
    Staatssekretärs", "des Parteichefs"): a role that `person_roles` lists or a compound ending in one
    (`is_role`), of a masculine noun of the strong declension (`genitive_s_role_endings` of
    resources/de/lexicon.json: a weak noun's genitive is "des Präsidenten"); None for other
    languages and other words."""
    if lx.code != "de" or len(word) < 5 or not word.endswith("s") or word in lx.person_roles:
        return None
    base = word[:-1]
    if base.endswith(("er", "or")) and base in lx.person_roles:
        return base
    return base if base.endswith(_genitive_s_endings(lx.code)) and is_role(base, lx) else None


@cache
def _genitive_s_endings(code: str) -> tuple[str, ...]:
    return tuple(load(code, "lexicon").get("genitive_s_role_endings", []))


_ARTICLES = ("der", "die", "das", "des", "the", "sowohl", "als", "auch")


@lru_cache(maxsize=65536)
def org_key(name: str, lang: str | None = None) -> str:
    """The key of a name by which two spellings of one organisation or person meet: its words in
    lower case without articles, each stemmed (`word_stem`) and transliterated (`translit_key`).
    Kept per name: the merge rules compare every source's name with every other's."""
    words = re.findall(r"[\w@][\w'’.@-]*", name.lower())
    return " ".join(translit_key(word_stem(w, lang)) for w in words if w not in _ARTICLES)


@cache
def place_noun_words() -> frozenset[str]:
    """Nouns that open a place's name ("Bezirk Tulln", "County Kerry"; `place_nouns` of
    resources/<lang>/lexicon.json, every language)."""
    return frozenset(w for code in languages() for w in load(code, "lexicon").get("place_nouns", []))
