"""How many sources one source names: a group of people or one institution (`is_group`), two or more
sources joined by a conjunction (`conjoined`, `joint_speakers`), the people a group source names
after it (`named_members`), and whether a part names a source of its own or only describes one."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ...resources import languages, languages_for, load
from .words import FULL_NAME, word_lists


@cache
def _group_rules(lang: str | None) -> list[dict[str, Any]]:
    """The group rules (`group` of link.json) of the language, else of every language."""
    langs = languages_for(lang)
    return [g for g in (load(x, "link").get("group") for x in langs) if isinstance(g, dict)]


def named_members(text: str, src: dict[str, Any] | None, lang: str | None) -> str | None:
    """The people a group source names right after it ("Other candidates, including Ann Lee and
    Ben Ross, have said …", "Mehrere Ministerpräsidenten, darunter Anna Berg und Karl Lund,
    …": `inclusions` of resources/<lang>/link.json), when they are two or more full names
    joined by a conjunction (`conjoined`), else None: the group speaks through them, each an
    origin of their own."""
    if src is None or "end" not in src:
        return None
    words = "|".join(re.escape(w) for w in sorted(word_lists()["inclusions"], key=len, reverse=True))
    if not words:
        return None
    m = re.match(rf"\s*,\s*(?:{words})\s+([^,;:.()]+?)\s*,", text[int(src["end"]) : int(src["end"]) + 200], re.I)
    if not m:
        return None
    parts = conjoined(m.group(1), lang)
    return m.group(1) if len(parts) >= 2 and all(FULL_NAME.fullmatch(p) for p in parts) else None


def joint_speakers(ctext: str, raw: list[str], forms: frozenset[str], lang: str | None, reach: int = 2) -> str | None:
    """The subject of a sentence member's first cue verb, when it names two or more sources of
    their own joined by a conjunction ("Sowohl die Behörde als auch das Militär kündigten …
    an", "Ann Lee and Ben Ross both said …": `conjoined`), else None: such a subject is read as
    the member's source, each part an origin. The subject opens the clause of the verb (after
    the last comma before it, with a capital or a determiner) and stands right before it, with
    at most `reach` words between, written in lower case and opening no noun phrase ("both",
    "have", "haben"); each part is a name: after its determiner and adjectives in lower case,
    capitalised words only (name particles aside)."""
    from ...steps.lexicon import PREPOSITIONS_DE, PREPOSITIONS_EN
    from ...steps.lexicon import lang as lexicon

    first = next((w for w in raw if w.lower() in forms), None)
    at = re.search(rf"(?<!\w){re.escape(first)}(?!\w)", ctext) if first else None
    if at is None:
        return None
    pieces = ctext[: at.start()].split(",")
    # the subject told in an apposition right before the verb ("Two councillors, Ida Brandt and
    # Paul Wendt, floated …"): the piece between the last two commas
    words = (pieces[-2] if len(pieces) >= 3 and not pieces[-1].strip() else pieces[-1]).split()
    if len(pieces) >= 3 and all(w[:1].islower() for w in pieces[-1].split()) and len(pieces[-1].split()) <= reach \
            and pieces[-2].split() and pieces[-2].split()[0][:1].islower() and pieces[-3].split():
        # the subject before an apposition that describes it, set off by commas ("Ann Lee of Ohio
        # and Ben Ross of Utah, both members of the canal board, also said …"): the piece before it
        words = pieces[-3].split() + pieces[-1].split()
    # a finite auxiliary ends the subject where the object stands between it and the verb
    # ("Frankreich und die USA haben das Vorgehen der Armee kritisiert": `finite_auxiliaries`)
    # (German: in English the auxiliary stands right before the verb, and a modal before a noun
    # that is a cue form, "would have reversed previous pledges", opens no speech)
    auxiliaries = _finite_auxiliaries(lang)
    aux = next((i for i, w in enumerate(words) if w in auxiliaries), None)
    if aux:
        words = words[:aux]
    codes = languages_for(lang)
    determiners = {w for c in codes for w in lexicon(c).determiners} | word_lists()["correlatives"]
    lex = word_lists()
    k = len(words)
    while k > 0 and len(words) - k < reach and words[k - 1][:1].islower() and words[k - 1].lower() not in determiners \
            and words[k - 1].lower() not in lex["conjunctions"]:
        k -= 1
    words = words[:k]
    if not words or not (words[0][:1].isupper() or words[0].lower() in determiners) or \
            words[0].lower() in PREPOSITIONS_DE | PREPOSITIONS_EN or words[0].endswith(":"):
        return None  # ("In Nairobi und Mombasa gab es …": a place, no speaker)
    while len(words) > 1 and words[-1].lower() in lex["floating_quantifiers"]:
        words = words[:-1]  # "Ann Lee and Bob Ross both said": "both" is no part of the second name
    parts = conjoined(" ".join(words), lang)
    home = _home_after_name(lang)

    def a_name(part: str) -> bool:
        part = home.sub("", part) if home is not None else part  # "Ann Lee of Ohio": the name
        toks = [t for t in part.split() if t.lower() not in determiners]
        while toks and toks[0][:1].islower():  # adjectives before the name ("das israelische Militär")
            toks = toks[1:]
        return bool(toks) and all(t[:1].isupper() or t.lower() in lex["name_particles"] for t in toks)

    return " ".join(words) if len(parts) >= 2 and all(a_name(p) for p in parts) else None


@cache
def _finite_auxiliaries(lang: str | None) -> frozenset[str]:
    """`finite_auxiliaries` of resources/<lang>/link.json, of the language, else of every language."""
    return frozenset(w for c in languages_for(lang) for w in load(c, "link").get("finite_auxiliaries", []))


@cache
def _home_after_name(lang: str | None) -> re.Pattern[str] | None:
    """A home named at the end of a name ("Ann Lee of Ohio", "Anna Berg aus Linz"): one of
    `home_prepositions` of resources/<lang>/link.json (of the language, else of every language)
    before capitalised words; None when there are none. Compiled once per language."""
    home = sorted({w for c in languages_for(lang) for w in load(c, "link").get("home_prepositions", [])})
    if not home:
        return None
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in home) + r")(?:\s+[A-ZÄÖÜ][\w.'’-]*)+$")


@cache
def _conjunction(correlative: bool = False) -> re.Pattern[str]:
    """A conjunction between two sources ("and", "und", …; `conjunctions` of resources/<lang>/link.json;
    with `correlative`, also the second half of "neither … nor", "weder … noch": `correlative_conjunctions`)."""
    words = sorted(word_lists()["conjunctions"] | (word_lists()["correlative_conjunctions"] if correlative else frozenset()),
                   key=len, reverse=True)
    return re.compile(r"(?i)\s+(?:" + "|".join(re.escape(w) for w in words) + r")\s+")


def conjoined(name: str | None, lang: str | None = None) -> list[str]:
    """The sources a conjoined source names, when each part names someone of its own ("Elijah
    Reyes of Ohio and Tom Baker of Iowa", "Polizei und Feuerwehr", "Neither John
    Kasich nor Marco Rubio": a full name or one institution, `is_group`); else []. Separate
    people and institutions count separately."""
    if not name:
        return []
    first, _, rest = name.strip().partition(" ")
    correlative = first.lower() in word_lists()["correlatives"] and bool(rest)  # "Neither A nor B", "Weder A noch B"
    if correlative:
        name = rest
    parts = [p.strip(" ,") for p in _conjunction(correlative).split(name)]
    if len(parts) < 2 or any(not p or p.endswith("-") for p in parts):  # "Kongress- und Verteidigungskreise"
        return []
    rules = [load(x, "link") for x in languages_for(lang)]
    if any(set(re.findall(r"[\w'’]+", parts[0].lower())) & set(r.get("name_prepositions", [])) for r in rules) and \
            not all(FULL_NAME.search(p) for p in parts[1:]):
        # the conjunction joins words of one name ("Organization for Economic Cooperation and
        # Development", "Landesamt für Gesundheit und Lebensmittelsicherheit")
        return []
    if any(FULL_NAME.search(p) for p in parts) and all(
            FULL_NAME.search(p) or (not is_group(p, None, lang) and (not _a_description(p, rules) or an_institution(p, lang)))
            for p in parts):
        return [_the_name(p) for p in parts]
    if all(not is_group(p, None, lang) and not _a_description(p, rules) for p in parts):
        return [_the_name(p) for p in parts]
    return []


def conjunction_in_apposition(mention: str | None, lang: str | None = None) -> bool:
    """Whether the first conjunction of a source as written stands inside a description that a
    comma opened after the name and no comma closed before the conjunction ("Dean Ross,
    co-director of the Centre for Trade and Port Studies, said": one man and his institution's
    name, no second source): the words between the last comma and the conjunction open in lower
    case. Not "Ann Lee, a councillor, and Ben Ross" (the description closed), nor a list of names
    ("Two objectors, Ann Lee and Ben Ross", "Ann Lee, Ben Ross and Eva Holm")."""
    found = _conjunction().search(mention or "")
    if not found:
        return False
    before = (mention or "")[: found.start()].rstrip()
    if "," not in before or before.endswith(","):
        return False
    piece = before.rsplit(",", 1)[1].strip()
    return piece[:1].islower()


def bare_surnames(mention: str | None, lang: str | None = None) -> list[str]:
    """The parts of a source as written that joins single capitalised words by a conjunction
    ("Mills and Cummings", "Mr. Lee and Mr. Ross": an abbreviated title before a word dropped), else
    []: bare surnames, whichever way `is_group` reads a name that ends like a plural."""
    parts = [p.strip(" ,") for p in _conjunction().split(mention or "")]
    if len(parts) < 2:
        return []
    out = []
    for p in parts:
        words = p.split()
        while len(words) > 1 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöü]{1,3}\.", words[0]):
            words = words[1:]
        if len(words) != 1 or not re.fullmatch(r"[A-ZÄÖÜ][\w'’-]+", words[0]):
            return []
        out.append(words[0])
    return out


def dual_group(name: str | None, lang: str | None = None) -> str | None:
    """The group an unnamed source names as two ("Both parents", "both candidates", "die beiden
    Sängerinnen": `dual_quantifiers` of resources/<lang>/link.json before a plural noun), else None:
    two people or groups, each an origin of its own (rule `link.origin.dual`), as "X and Y both
    said" is. The noun must close the name (at most three words after the quantifier, none a
    conjunction, no full name): a plural, capitalised in a language that capitalises its nouns, else
    ending in -s or one of `plural_nouns` ("men", "people")."""
    if not name:
        return None
    lex = word_lists()
    words = re.findall(r"[\w'’-]+", name)
    while words and words[0].lower() in lex["articles"]:
        words = words[1:]
    if len(words) < 2 or len(words) > 4 or words[0].lower() not in lex["dual_quantifiers"] or FULL_NAME.search(name):
        return None
    rest = words[1:]
    if any(w.lower() in lex["conjunctions"] for w in rest):
        return None
    head = rest[-1]
    rules = [load(x, "link") for x in languages_for(lang)]
    if any(r.get("capitalised_nouns") for r in rules):
        plural = head[:1].isupper()
    else:
        plural = (len(head) > 3 and head.lower().endswith("s")) or head.lower() in lex["plural_nouns"]
    return " ".join(rest) if plural else None


def conjoined_groups(name: str | None, lang: str | None = None) -> list[str]:
    """The unnamed groups a conjoined unnamed source names, when two or more groups of different
    standing are joined ("Augenzeugen und Opfer", "Kongress- und Verteidigungskreise", "sowohl
    Mitarbeiter als auch Studenten", "witnesses and residents"), else []: each group says it
    itself, an origin of its own (once per article, as any unnamed group). A part cut before the
    head it shares with the next ("Kongress-") is a group of its own; one group named in two
    genders ("Mitarbeiter und Mitarbeiterinnen": `feminine_endings` of resources/<lang>/link.json)
    is one; a part that names someone (a full name) or speaks for someone (`spokesperson`), or two
    parts of officials (`official`: "Beamte und Mitarbeiter", of one institution), make it no such
    source (`conjoined`, the spokesperson and the officials rules read those). Each part must be a noun of people: capitalised in a
    language that capitalises its nouns, else a group by `is_group` ("current and former
    officials" joins two adjectives, one group)."""
    if not name:
        return []
    lex = word_lists()
    first, _, rest = name.strip().partition(" ")
    correlative = first.lower() in lex["correlatives"] and bool(rest)
    if correlative:
        name = rest
    parts = [p.strip() for q in _conjunction(correlative).split(name) for p in q.split(",")]
    if len(parts) < 2 or any(not p for p in parts):
        return []
    rules = [load(x, "link") for x in languages_for(lang)]
    nouns_capitalised = any(r.get("capitalised_nouns") for r in rules)
    officials = 0
    kept: list[tuple[str, str]] = []
    for part in parts:
        words = re.findall(r"[\w'’-]+", part)
        while words and words[0].lower() in lex["articles"]:
            words = words[1:]
        if not words or FULL_NAME.search(part):
            return []
        head = words[0]
        for w in words[1:]:
            if w.lower() in lex["complement_words"]:
                break
            head = w
        low = head.lower().rstrip("-")
        if low in lex["spokesperson"] or any(s in low for s in lex["spokesperson"] if len(s) > 5):
            return []  # ("Militär- und Pentagon-Sprecher": spokespeople speak for their principals)
        officials += low in lex["official"]
        if officials > 1:
            return []  # ("Beamte und Mitarbeiter des Ministeriums": officials of one institution, once)
        if not head.endswith("-") and not (head[:1].isupper() if nouns_capitalised else is_group(part, None, lang)):
            return []
        if any(_one_group(low, k) for _, k in kept):
            continue
        kept.append((part, low))
    if len(kept) < 2:
        return []
    return [p + "…" if p.endswith("-") else p for p, _ in kept]


def _one_group(a: str, b: str) -> bool:
    """Whether two head nouns name one group in its two genders ("mitarbeiter" and
    "mitarbeiterinnen", "studenten" and "studentinnen"): one is the other's stem and a feminine
    ending (`feminine_endings` of resources/<lang>/link.json)."""
    endings = {e for x in languages() for e in load(x, "link").get("feminine_endings", [])}
    for x, y in ((a, b), (b, a)):
        for e in endings:
            if y.endswith(e) and len(y) - len(e) >= 4 and x.startswith(y[: len(y) - len(e)]):
                return True
    return a == b


#: source types (`type_heads` of resources/<lang>/lexicon.json) of one institution
INSTITUTION_TYPES = frozenset({"government", "party", "ngo", "think_tank", "company", "court", "police", "military", "intelligence"})


def an_institution(part: str, lang: str | None) -> bool:
    """Whether a part of a conjoined source is an institution the source typing knows by its head
    noun ("the company", "the ministry"; `type_heads` of resources/<lang>/lexicon.json): beside a
    named person ("The company and the minister, Pascale Boistard") it is a source of its own."""
    from ...steps.lexicon import lang as lexicon
    from ...steps.sources import head_type

    if lang not in languages():
        return False
    lx = lexicon(lang)
    words = [w for w in re.findall(r"[\w'’-]+", part) if w.lower() not in lx.determiners]
    if set(w.lower() for w in words) & word_lists()["complement_words"]:
        return False  # "director of the Institute of Politics": a person by their institution
    return head_type(words, lx)[0] in INSTITUTION_TYPES


def _the_name(part: str) -> str:
    """A part of a conjoined source by its name where a description stands beside it behind a
    comma ("Two objectors, Lawrence Joyce" → "Lawrence Joyce"; "Tony Auden, ein Sprecher" →
    "Tony Auden"): the one comma-separated piece that is a full name, else the part."""
    pieces = [x.strip() for x in part.split(",") if x.strip()]
    names = [x for x in pieces if FULL_NAME.fullmatch(x)]
    return names[0] if len(pieces) > 1 and len(names) == 1 else part


def describes(part: str, lang: str | None) -> bool:
    """Whether a part of a conjoined source describes its source rather than naming it ("the
    company"): such a part is an unnamed source of its article, not an entity across articles."""
    return _a_description(part, [load(x, "link") for x in languages_for(lang)])


def names_its_own(part: str, lang: str | None) -> bool:
    """Whether a part of a conjoined source stands for a source of its own: a name, or an
    institution known by its head noun ("the company"); not a person's description ("director
    of the Institute of Politics")."""
    return not describes(part, lang) or an_institution(part, lang)


def _a_description(part: str, rules: list[dict[str, Any]]) -> bool:
    """Whether a part of a conjoined source describes someone rather than naming them: in a
    language whose names are capitalised and other nouns not (`lowercase_descriptions` of
    link.json), a first or last word in lower case after the articles ("former secretary of
    state", "its co-founder", "the movie", "California superdelegate")."""
    words = re.findall(r"[\w'’.-]+", part)
    for r in rules:
        if not r.get("lowercase_descriptions"):
            continue
        g = r.get("group", {})
        skip = {*g.get("singular_determiners", []), *g.get("ambiguous_determiners", []), "a", "an"}
        rest = [w for w in words if w.lower() not in skip] or words
        if rest and (rest[0][:1].islower() or rest[-1][:1].islower()):
            return True
    return False


def is_group(name: str | None, mention: str | None = None, lang: str | None = None) -> bool:
    """Whether an unnamed source is a group of people ("Experten", "Anwohner", "two witnesses",
    "a resident") rather than one institution ("die Feuerwehr", "the fire department"): by the
    determiner before its name in the mention ("nach Angaben der Feuerwehr" → "der") and the
    ending of its head noun (rules in resources/<lang>/link.json, `group`; without a known
    language, a group when any language's rules say so)."""
    words = re.findall(r"[\w'’-]+", name or mention or "")
    if not words:
        return True
    comp = word_lists()["complement_words"]
    det = ""
    if mention and name and name in mention:
        before = re.findall(r"[\w'’-]+", mention[: mention.index(name)])
        det = before[-1].lower() if before else ""
    elif len(words) > 1:
        det = words[0].lower()

    def group_by(g: dict[str, Any]) -> bool:
        dets = {*g.get("quantifiers", []), *g.get("singular_determiners", []), *g.get("ambiguous_determiners", [])}
        first = det if det in dets else words[0].lower() if words[0].lower() in dets else ""
        rest = words[1:] if first and first == words[0].lower() and len(words) > 1 else words
        head = rest[0]
        for w in rest[1:]:
            if w.lower() in comp:
                break
            head = w
        h = head.lower()
        plural = any(h.endswith(e) for e in g.get("plural_endings", [])) and not any(
            h.endswith(e) for e in g.get("singular_endings", []))
        if first in g.get("quantifiers", []):
            return True
        if first in g.get("singular_determiners", []):
            return False
        if first in g.get("ambiguous_determiners", []):
            return plural
        return bool(g.get("bare_is_group", False)) or plural

    return any(group_by(g) for g in _group_rules(lang))
