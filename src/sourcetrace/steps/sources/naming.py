"""Which named source a mention means: a surname's full name, a role's holder, two persons joined
by a conjunction, the members of a coordination, one person described twice, the same
anonymous source again."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from ...document import Document, Span, Via
from ...resources import languages, load, pick
from ...textutil import OPENING_DOUBLE_QUOTES
from ..candidates import Cand
from ..lexicon import PREPOSITIONS_DE, PREPOSITIONS_EN, Lang, lang, person_noun
from .gazetteer import (
    NAME_TOKEN,
    QUOTED,
    country_names,
    function_words,
    gazetteer_match,
    gazetteer_names_written,
    is_role,
    noun_ending,
    place_noun_words,
    translit_key,
)
from .gender import en_gender_words, gender_of, given_name_keys
from .mentions import MentionInfo, analyse_mention, attribute_word
from .persons import place_name
from .registry import WORD_RUN, Registry, another_words


def named_with_role(doc: Document, role: str, lx: Lang) -> str | None:
    """"der US-Präsident" → "Donald Trump" when the text says "US-Präsident Donald Trump"."""
    if not role or not role[:1].isupper():
        return None
    # (an initial may stand inside the name, "Ann B. Lee"; a full stop after it ends the sentence)
    pattern = re.compile(rf"(?<![\w-]){re.escape(role)}s?\s+((?:[A-ZÄÖÜ][\w'’-]+)(?:\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w'’-]+)){{0,2}})")
    names = [m.group(1) for m in _matches_at(pattern, doc.text, role)]
    names = [n for n in names if not any(noun_ending(w) for w in n.split())]
    if names and len({n.split()[-1] for n in names}) == 1:
        return max(names, key=len)  # "President Obama", "President Barack Obama": one person, named in full
    return None


def _matches_at(pattern: re.Pattern[str], text: str, literal: str) -> list[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match starts with `literal`: the
    pattern tried where the literal stands only (found by `str.find`) instead of at every offset
    of the text, one whole-text regex pass per call; non-overlapping, left to right, as finditer."""
    out: list[re.Match[str]] = []
    p = text.find(literal)
    while p >= 0:
        m = pattern.match(text, p)
        if m is not None and m.end() > p:
            out.append(m)
            p = text.find(literal, m.end())
        else:
            p = text.find(literal, p + 1)
    return out


#: (within one line: a heading's last word is no given name of the name that opens the line under it)
_FIRST_NAME = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüéè]+(?:[A-Z][a-zäöüéè]+)?(?:[^\S\n]+[A-ZÄÖÜ]\.)?)[^\S\n]+(?=([\w-]+))")


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


@cache
def _count_words() -> frozenset[str]:
    """Words of a count before a group's noun in every language we have ("Tausende", "mehrere"):
    `plural_openers` and `name_quantifiers`, no first name."""
    return frozenset(w for code in languages() for w in lang(code).plural_openers | lang(code).name_quantifiers)


def _is_cue_form(word: str) -> bool:
    return word.lower() in _cue_forms()


@lru_cache(maxsize=4096)
def _is_any_role(word: str) -> bool:
    """A role noun of any language we have, also as the end of a compound ("Parteikollegin")."""
    return any(is_role(word, lang(code)) for code in languages())


@cache
def _type_head_words() -> frozenset[str]:
    """The type heads of one word of every language we have, lower-cased ("organization", "party", "institut")."""
    return frozenset(h.lower() for code in languages() for h in lang(code).type_heads if " " not in h)


def _is_type_head(word: str) -> bool:
    """A capitalised word that is a type head of any language we have ("Organization")."""
    return word[:1].isupper() and word.lower() in _type_head_words()


def list_joins(lx: Lang) -> list[str]:
    """The one-word `coordination` words that join a pair or a list of sources ("and", "und",
    "sowie"): not those of `coordination_not_joining` ("or", "both"), resources/<lang>/lexicon.json."""
    return [w for w in lx.coordination if " " not in w and w not in lx.coordination_not_joining]


#: a capitalised word and the capitalised word after it ("Ann Lee"), the first captured
_GIVEN_AND_NEXT = re.compile(r"(?<![\w'’.-])([A-ZÄÖÜ][\w'’-]+)\s+([A-ZÄÖÜ][a-zäöüéè][\w'’-]*)(?![\w'’-])(?!\s+[A-ZÄÖÜ])")


def given_full_name(doc: Document, first: str) -> str | None:
    """"Taylor" → "Taylor Swift", "Li" → "Li Jifeng": a one-word name that the text writes only as
    the first of two names, always with the same second ("Ann Lee" … "Ann said"), a person's name
    (not "White House", "Labour Party": no type head, role, place or outlet second, and no third
    capitalised word after it; never after an article, "hatte die Nordair Erfolg", where the second
    word opens the next phrase); None otherwise."""
    if not NAME_TOKEN.match(first) or len(first) < 2 or first.isupper():
        return None
    seconds = set()
    for nxt, at in _given_and_next(doc.text).get(first, ()):
        if _word_before(doc.text, at) in _articles():
            # source.name_in_text.after_article: "hatte die Nordair Erfolg" — a name after an article is a
            # noun phrase's head, the capitalised word after it the next phrase (an object), no second name
            return None
        if _is_type_head(nxt) or nxt in _all_roles() or _is_any_role(nxt) or nxt in country_names() or nxt in place_noun_words() \
                or nxt.lower() in function_words() or _is_cue_form(nxt) or noun_ending(nxt) \
                or gazetteer_match(f"{first} {nxt}") is not None:
            return None
        seconds.add(_POSSESSIVE.sub("", nxt))
    return f"{first} {seconds.pop()}" if len(seconds) == 1 else None


@lru_cache(maxsize=16)
def _given_and_next(text: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """Every pair of `_GIVEN_AND_NEXT` in the text, the second names (each with where its pair
    starts) by the first, in text order: read once per text (a scan of the whole text for every
    one-word name grew with the square of the input's size)."""
    pairs: dict[str, list[tuple[str, int]]] = {}
    for m in _GIVEN_AND_NEXT.finditer(text):
        pairs.setdefault(m.group(1), []).append((m.group(2), m.start()))
    return {k: tuple(v) for k, v in pairs.items()}


#: a possessive ending
_POSSESSIVE = re.compile(r"['’]s?$")


def full_name(doc: Document, last: str) -> str | None:
    """"Trump" → "Donald Trump" when the text names him so somewhere (two capitalized words,
    the first no common noun); "M." → "Jan M." when the text names someone by a given name and
    that initial (`initial_full_name`)."""
    if _INITIAL.match(last):
        return initial_full_name(doc, last[0])
    if not NAME_TOKEN.match(last) or len(last) < 3 or last.isupper():
        return None  # (an acronym is no surname: "the CDC" is no "Chinese CDC")
    run = WORD_RUN.match(last)
    text = doc.text
    initials = {letter for letter, found in _initial_names(text).items() if any(first == last for first, _ in found)}
    if len(initials) == 1 and (letter := initials.pop()) and initial_full_name(doc, letter) == f"{last} {letter}.":
        return f"{last} {letter}."  # "Jan" where the text names "Jan M.": the given name of that person
    for at, first in _first_names(text).get(run.group() if run else last, []):
        after = at + len(last)
        if not text.startswith(last, at) or WORD_RUN.match(text, after, after + 1):
            continue
        if noun_ending(first) or first in country_names() or len(first) > 12 or first in _all_roles() or _is_any_role(first):
            continue  # "des Machthabers Kim": a role before the name, no first name
        if _is_cue_form(first):
            continue  # "Lee Says Rivals Cheated, Calls Ann’s Remarks …": a headline's verb, no first name
        if first.lower() in _lower_words(text) and _opens_sentence(text, text.rfind(first, 0, at)):
            continue  # "Erste Prognosen …", "Meine Eltern …": a common word capitalised where a sentence or line opens
        if _word_before(text, text.rfind(first, 0, at)) in _articles():
            continue  # "zum Beispiel Leute", "das Projekt Kinder": a noun after its article, no given name
        nxt = re.match(r"\s+([A-ZÄÖÜ][\w'’-]*)", text[after : after + 40])
        if nxt is not None and _is_type_head(nxt.group(1)):
            continue  # "World Health Organization": a body's name goes on, no person's
        if f"{first} {last}" in country_names():
            continue  # "Sri Lanka" for "Lanka": a country's name, no person's
        if attribute_word(first):
            continue  # "Klaffende Löcher", "Syrische Beobachtungsstelle", "Meine Eltern": an attribute or a possessive, no given name
        if first.lower() in ("ex", "herr", "frau", "mr", "mrs") or first.lower() in function_words() or first.lower() in PREPOSITIONS_DE | PREPOSITIONS_EN \
                or first.lower() in _count_words() \
                or first in place_noun_words():  # ("der Bezirk Tulln": a place; "Why Lee's Plan …": a headline's question word)
            # ("Laut Anklageschrift", "Die Zeitung", "Railing Against Trump", "Tausende Fischer": an according-to
            # word, an article, a preposition, a count)
            continue
        return f"{first} {last}"
    # "KarlBerger": the text lost the space between the first and the last name
    for first in _glued_names(text).get(last, []):
        if first not in _all_roles() and not _is_any_role(first) and first not in place_noun_words():
            return f"{first} {last}"
    return None


@lru_cache(maxsize=2)
def _lower_words(text: str) -> frozenset[str]:
    """Every word of the text that it writes in lower case ("erste", "meine"): one pass over the text."""
    return frozenset(re.findall(r"(?<![\w'’-])[a-zäöüß][a-zäöüß]+(?![\w'’-])", text))


@cache
def _articles() -> frozenset[str]:
    """Articles, also joined to a preposition ("zum", "im"), that open a noun phrase and never a person's
    given name: `noun_articles` of resources/<lang>/lexicon.json, of every language (a name's language is
    not known here)."""
    return frozenset(w.lower() for code in languages() for w in load(code, "lexicon").get("noun_articles", []))


def _word_before(text: str, at: int) -> str:
    """The word right before offset `at` (spaces between), lower-cased; "" at a line's start or after a mark."""
    m = re.search(r"([A-Za-zÄÖÜäöüß]+)[ \t\u00a0]+$", text[max(0, at - 30) : at])
    return m.group(1).lower() if m else ""


def _opens_sentence(text: str, at: int) -> bool:
    """The word at `at` opens the text, a line or a sentence (after a full stop, a question or
    exclamation mark, a colon or an opening quotation mark): its capital may be that of any word."""
    k = at - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] in ".!?:\n\r" or text[k] in OPENING_DOUBLE_QUOTES + "‹›‚‘("


#: a surname cut to its initial, with or without its full stop ("M.", "M"): how news texts name a
#: private person ("Jan M. sagte …", later "M." alone)
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.?$")


def initial_full_name(doc: Document, letter: str) -> str | None:
    """"M." → "Jan M.": the one given name the text writes before that initial and its full stop
    (not "Donald J. Trump": a capitalised name goes on after the initial; not "Frau M.", "Und M.": a
    title or a function word is no given name). None when the text names no one so, or two
    different persons with that initial ("Jan M." and "Eva M.": which one is meant the initial
    cannot tell). A Roman numeral is no initial ("Weltkrieg I.", "Karl V."); the word before the
    initial must be a given name (`_given_name_at`: not "Plan B.")."""
    if letter in _ROMAN_LETTERS:
        return None
    firsts = {first for first, at in _initial_names(doc.text).get(letter, [])
              if _given_name_at(doc, first, at) and not (noun_ending(first) or first in country_names() or first in _all_roles() or _is_any_role(first)
                      or first.lower() in ("ex", "herr", "frau", "mr", "mrs", "ms", "dr") or first.lower() in function_words()
                      or first.lower() in PREPOSITIONS_DE | PREPOSITIONS_EN or first in place_noun_words() or _is_cue_form(first))}
    return f"{firsts.pop()} {letter}." if len(firsts) == 1 else None


def _given_name_at(doc: Document, first: str, at: int) -> bool:
    """English: the capitalised word before an initial is a given name, one of the given-name list
    (`given_name_keys`) or the first word of a person the named-entity layer finds there ("Plan
    B.", "Vitamin D." name no one). German texts shorten the names of the persons they report on so
    ("Timo K."), with given names the list lacks: any word the rules of `initial_full_name` keep."""
    if doc.language != "en":
        return True
    return translit_key(first) in given_name_keys() or any(
        e.label == "PER" and e.span.start <= at < e.span.end for e in doc.entities)


#: single letters that are Roman numerals more often than initials after a capitalised word
_ROMAN_LETTERS = frozenset("IVX")

_INITIAL_NAME = re.compile(r"(?<![\w.'’-])([A-ZÄÖÜ][a-zäöüßéè]+(?:-[A-ZÄÖÜ][a-zäöüßéè]+)?)\s+([A-ZÄÖÜ])\.(?![\w.])(?:\s+([A-ZÄÖÜ][\w'’-]*))?")


@lru_cache(maxsize=2)
def _initial_names(text: str) -> dict[str, list[tuple[str, int]]]:
    """Every capitalised word followed by an initial and its full stop ("Jan M."), indexed by the
    initial's letter, with its offset; an initial followed by a capitalised word that is no function
    word is a middle initial ("Donald J. Trump") and left out. One pass over the text."""
    out: dict[str, list[tuple[str, int]]] = {}
    for m in _INITIAL_NAME.finditer(text):
        if m.group(3) is not None and m.group(3).lower() not in function_words():
            continue
        out.setdefault(m.group(2), []).append((m.group(1), m.start()))
    return out


@lru_cache(maxsize=2)
def _glued_names(text: str) -> dict[str, list[str]]:
    """Every word of two capitalised parts ("KarlBerger"), its first part indexed by its second:
    one pass over the text."""
    out: dict[str, list[str]] = {}
    for m in re.finditer(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{2,})([A-ZÄÖÜ][a-zäöüß]{2,})(?![\w-])", text):
        out.setdefault(m.group(2), []).append(m.group(1))
    return out


#: two names of two or three capitalised words joined by a coordination word, each perhaps after a
#: capitalised word of origin ("American Tom Reed and Australian Paul Hart")
_NAME_PAIR = r"(?:[A-ZÄÖÜ][\w'’-]+\s+)?([A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)\s+(?:{joins})\s+(?:[A-ZÄÖÜ][\w'’-]+\s+)?([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){{1,2}})(?![\w'’-])"


def pair_members(reg: Registry, doc: Document, span: Span, lx: Lang) -> list[str]:
    """A subject that names two people ("Both men", "Die beiden", "the two women"; `pair_words`,
    `pair_heads`, `pair_words_alone` of resources/<lang>/lexicon.json): the two persons the text last names as a pair
    ("Tom Reed and Paul Hart") in the 3,000 characters before it, of the head noun's gender when
    it tells; [] for anything else ("Both sides")."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", doc.text[span.start : span.end])]
    if words and words[0] in lx.determiners and words[0] not in lx.pair_words:
        words = words[1:]
    if not 1 <= len(words) <= 2 or words[0] not in lx.pair_words or (len(words) == 2 and words[1] not in lx.pair_heads):
        return []
    if len(words) == 1 and words[0] not in lx.pair_words_alone:
        return []  # ("two said" is no subject of two people named before)
    gender = gender_of(words[1], doc, lx.code) if len(words) == 2 else None
    joins = list_joins(lx)
    if not joins:
        return []
    rx = re.compile(_NAME_PAIR.format(joins="|".join(map(re.escape, joins))))
    pairs = list(rx.finditer(doc.text, max(0, span.start - 3000), span.start))
    for m in reversed(pairs):
        out: list[str] = []
        for name in (m.group(1), m.group(2)):
            toks = name.split()
            sid = reg.find_person(toks)
            if sid is None and not is_role(toks[0], lx) and not any(noun_ending(t) or t in lx.type_heads or place_name(t)
                                                                     or t.lower() in function_words() for t in toks) and gazetteer_match(name, lx.code) is None:
                sid = reg.add(MentionInfo(name, name, "person", person_tokens=toks), None, "source.person.pair")
            if sid is not None and reg.get(sid).type == "person" and (gender is None or reg.gender.get(sid, gender) == gender):
                out.append(sid)
        if len(set(out)) == 2:
            return out
    return []


#: a bracket of a few words after a name ("(D-Ohio)", "(left)", "(R)")
_BRACKET = re.compile(r"\(\s*([^()]{1,30}?)\s*\)")


@cache
def _picture_positions(code: str) -> tuple[frozenset[str], frozenset[str]]:
    lex = load(code, "lexicon")
    return frozenset(w.lower() for w in lex.get("picture_positions", [])), frozenset(w.lower() for w in lex.get("position_letters", []))


def picture_position(inner: str, sentence: str, lx: Lang, glued: bool = False) -> bool:
    """Rule source.picture_position: what a bracket after a name holds (`inner`, without its brackets)
    says where that person stands in a picture (`picture_positions` of resources/<lang>/lexicon.json:
    "(left)", "(L)", "(second from right)"), not a party. A letter that may be a party's too
    (`position_letters`: "(R)") is a position only where a bracket of the same `sentence` holds a
    position no party has ("Ann Lee (L) and Tom Reed (R)"); "Gov. Tom Reed (R)" keeps his party. A
    letter in a bracket `glued` to the word before it ("Fizzwell(R)") is a registered mark, no position."""
    positions, letters = _picture_positions(lx.code)
    word = " ".join(inner.split()).lower()
    if word not in positions:
        return False
    if word not in letters:
        return True
    if glued:
        return False
    return any((w := " ".join(m.group(1).split()).lower()) in positions and w not in letters for m in _BRACKET.finditer(sentence))


def _without_bracket(doc: Document, part: str, at: int, lx: Lang) -> str:
    """A member of a coordination without the bracket that closes it when that bracket is a party's
    letter and state or a picture position ("Ann Lee (D-Ohio)", "Tom Reed (right)": the name)."""
    m = re.search(r"\s*\(\s*([^()]{1,30}?)\s*\)$", part)
    if m is None:
        return part
    sent = next((s.span for s in doc.sentences if s.span.start <= at < s.span.end), None)
    sentence = doc.text[sent.start : sent.end] if sent is not None else part
    party = re.fullmatch(r"[A-Z](?:-[A-Z][\w. ]{0,20})?", m.group(1)) is not None
    glued = not m.group(0)[:1].isspace()  # ("Fizzwell(R)": a registered mark)
    return part[: m.start()] if party or picture_position(m.group(1), sentence, lx, glued) else part


def position_bracket_after(doc: Document, span: Span, lx: Lang) -> bool:
    """A bracket right after `span` says where its person stands in a picture ("Ann Lee (L)":
    `picture_position`), read in its sentence: the member's rule mark `+source.picture_position`."""
    m = _BRACKET.match(doc.text, span.end, min(len(doc.text), span.end + 40))
    space = re.match(r"\s+", doc.text[span.end : span.end + 5])
    if m is None and space is not None:
        m = _BRACKET.match(doc.text, span.end + space.end(), min(len(doc.text), span.end + 40))
    if m is None:
        return False
    sent = next((sn.span for sn in doc.sentences if sn.span.start <= span.start < sn.span.end), None)
    sentence = doc.text[sent.start : sent.end] if sent is not None else doc.text[m.start() : m.end()]
    return picture_position(m.group(1), sentence, lx, glued=space is None)


def coordinated_members(doc: Document, span: Span, lx: Lang, reg: Registry | None = None) -> list[Span]:
    """The members of a source mention that coordinates two sources the rules before did not
    split ("Berlin und Paris", "harbour pilots and city officials", "both engineers and workers
    at the dam", "Reed and Lee" after "Tom Reed" and "Ann Lee"): their spans, or [] for a mention
    that is one name ("World Travel and Tourism Council", "Kongress- und Verteidigungskreise") or no
    coordination. The words that join are `coordination` of resources/<lang>/lexicon.json; a member
    of one word is a person's surname when the text names that person in full (`full_name`) or
    `reg` knows the person, and then the other member may be a name's word that nothing types
    ("Reed and Menendez")."""
    text = doc.text[span.start : span.end]
    if "," in text and not QUOTED.search(text) and len(text) <= 160:
        return _named_after_description(doc, span, lx)
    if "," in text or QUOTED.search(text) or len(text) > 120:
        return []
    joins = list_joins(lx)
    hits = [m for m in re.finditer(r"(?<![\w-])(?:" + "|".join(map(re.escape, joins)) + r")(?![\w-])", text)] if joins else []
    if len(hits) != 1:
        return []
    m = hits[0]
    left, right = text[: m.start()].rstrip(), text[m.end() :].lstrip()
    lead = re.match(r"(?:" + "|".join(map(re.escape, [w for w in lx.coordination if " " not in w])) + r")\s+", left, flags=re.I)
    if lead:
        left = left[lead.end() :]  # "both analysts and …", "sowohl …"
    if lx.code == "en":
        left, right = _without_bracket(doc, left, span.start, lx), _without_bracket(doc, right, span.start, lx)
    if not left or not right or left.endswith("-") or _one_listed_name(text, m.start(), lx):
        return []
    lw, rw = re.findall(r"[\w'’.-]+", left), re.findall(r"[\w'’.-]+", right)
    if lx.code == "en" and shares_surname(left, right):
        start = span.start + text.index(left)
        rstart = span.start + m.end() + (len(text[m.end() :]) - len(text[m.end() :].lstrip()))
        return [Span(start, start + len(left)), Span(rstart, rstart + len(right))]  # "Tom and Ada Ness": two persons
    if lx.code == "en" and _two_roles_of_one(lw, rw, lx):
        return []  # "the singer and guitarist": one person, two roles
    if lx.code == "en" and _join_inside_governed_name(lw, rw):
        return []  # "a spokesman for the Ports and Harbours Association": one person, of a body whose name has "and"
    places = left in country_names() and right in country_names()
    described = any(w[:1].islower() and w.lower() not in lx.determiners for w in lw) and any(w[:1].islower() and w.lower() not in lx.determiners for w in rw)
    if not places and not (described and lx.code == "en"):
        typed = [analyse_mention(x, lx) for x in (left, right)]
        named = [i.type not in ("unnamed",) and not i.pronoun and (i.type != "person" or i.person_tokens) for i in typed]
        surnames = [_surname_of_someone(doc, reg, i) for i in typed]
        # ("Reed and Menendez": one a surname of someone named in full, the other a name's word of its own)
        if not all(n or s or (any(surnames) and _one_name_word(i)) for n, s, i in zip(named, surnames, typed, strict=True)):
            return []
    start = span.start + text.index(left)
    rstart = span.start + m.end() + (len(text[m.end() :]) - len(text[m.end() :].lstrip()))
    return [Span(start, start + len(left)), Span(rstart, rstart + len(right))]


def _join_inside_governed_name(lw: list[str], rw: list[str]) -> bool:
    """English: the join stands inside the name a preposition governs after a lower-case head ("a
    spokesperson for the Ports and Harbours Association", "an official at the Food and Farm Agency"): the
    words before the join after that preposition are in capitals (an article allowed), every word after
    it is in capitals (or an acronym in brackets). The head is who speaks, the name with its "and" one body."""
    p = next((k for k in range(len(lw) - 1, 0, -1) if lw[k] in PREPOSITIONS_EN), None)
    if p is None or not any(w[:1].islower() and w not in PREPOSITIONS_EN and w.lower() not in ("a", "an", "the") for w in lw[:p]):
        return False
    inside = [w for w in lw[p + 1 :] if w.lower() != "the"]
    return bool(inside) and all(w[:1].isupper() for w in inside) and bool(rw) and all(w.strip("()")[:1].isupper() for w in rw)


def _named_after_description(doc: Document, span: Span, lx: Lang) -> list[Span]:
    """A description, then after its last comma the names of the two persons it describes ("two
    members of the council from Ohio, Mary Lowe and Tom Briggs"): the two names' spans (rules
    source.coordination.*), or [] for anything else. Each name is two to four capitalised words,
    none a role, a type head, a determiner or a listed body's, and the description holds a word in
    lower case (no list of names of its own: "Lowe, Reed and Hart")."""
    text = doc.text[span.start : span.end]
    head, _, tail = text.rpartition(",")
    joins = list_joins(lx)
    if not joins or not any(w[:1].islower() for w in re.findall(r"[\w'’-]+", head)):
        return []
    m = re.fullmatch(r"\s*(.+?)\s+(?:" + "|".join(map(re.escape, joins)) + r")\s+(.+?)\s*", tail)
    if m is None:
        return []
    for k, part in enumerate((m.group(1), m.group(2))):
        ws = re.findall(r"[\w'’.-]+", part)
        if k == 0 and lx.code == "en" and shares_surname(part, m.group(2)):
            continue  # "Clay's biographers, Tom and Ada Ness": the first given name shares the second's surname
        if not 2 <= len(ws) <= 4 or not all(NAME_TOKEN.match(w) for w in ws) \
                or any(w in lx.type_heads or is_role(w, lx) or w.lower() in lx.determiners for w in ws) or gazetteer_match(part, lx.code):
            return []
    base = span.start + len(head) + 1
    return [Span(base + m.start(1), base + m.end(1)), Span(base + m.start(2), base + m.end(2))]


def shares_surname(left: str, right: str) -> bool:
    """English, rule source.coordination.*+shared_surname (session 39): two persons of one family named
    with one surname ("Tom and Ada Ness", "Bill and Ann Rowe"): the left member is one given name of
    resources/en/gender.json, the right one a given name of it and one or two capitalised words more.
    The left member's name is then its given name and the right one's surname (`with_shared_surname`)."""
    names = en_gender_words()[1]
    lw, rw = left.split(), right.split()
    return len(lw) == 1 and lw[0] in names and 2 <= len(rw) <= 3 and rw[0] in names \
        and all(NAME_TOKEN.match(w) and w[:1].isupper() and w not in names for w in rw[1:])


def with_shared_surname(first: str, members: list[str]) -> str:
    """A member of a coordination named by its given name alone, with the surname of the member after it
    (`shares_surname`: "Tom" of "Tom and Ada Ness" is "Tom Ness"); any other member as written."""
    k = members.index(first) if first in members else -1
    if 0 <= k < len(members) - 1 and shares_surname(first, members[k + 1]):
        return first + " " + " ".join(members[k + 1].split()[1:])
    return first


def _one_listed_name(text: str, join: int, lx: Lang) -> bool:
    """Whether a coordinated mention is one name the gazetteer lists: a listed name written across
    its joining word ("Bill and Melinda Gates Foundation"), or one it finds by key only. A listed name
    on one side of the join alone ("the World Bank and European Union") is one member of two
    (rules source.coordination.*)."""
    if gazetteer_match(text, lx.code) is None:
        return False
    written = gazetteer_names_written(text)
    return not written or any(s <= join < e for s, e in written)


def _two_roles_of_one(lw: list[str], rw: list[str], lx: Lang) -> bool:
    """English: one definite article before two singular nouns of a person joined ("the singer and
    guitarist", "the actor and director"): one person described twice, not two (a second article,
    "the mayor and the governor", or a plural, "the mayors and governors", makes two)."""
    if len(lw) != 2 or len(rw) != 1 or lw[0].lower() != "the":
        return False
    nouns = [lw[1], rw[0]]
    bodies = {h.lower() for h in lx.type_heads} | lx.document_heads_lower
    return all(w[:1].islower() and not w.endswith("s") and w not in bodies and person_noun(w, lx) for w in nouns)


def _surname_of_someone(doc: Document, reg: Registry | None, info: MentionInfo) -> bool:
    """A mention of one capitalised word that is the surname of a person the text names in full
    ("Lee" after "Ann Lee") or the registry knows."""
    words = info.name.split()
    if len(words) != 1 or info.type != "unnamed" or info.pronoun or not words[0][:1].isupper():
        return False
    return (reg is not None and reg.find_person(words) is not None) or full_name(doc, words[0]) is not None


def example_members(reg: Registry, doc: Document, span: Span, lx: Lang) -> list[Span]:
    """A group described and then named by examples after a comma ("prominent senators, like Ann
    Lee, Tom Reed and Lund"; `example_words` of resources/<lang>/lexicon.json): the spans of the
    named persons, each a person's name of two to four words or the surname of someone the text
    names in full; [] when any example is something else."""
    markers = load(lx.code, "lexicon").get("example_words", [])
    text = doc.text[span.start : span.end]
    m = re.search(r",\s*(?:" + "|".join(map(re.escape, markers)) + r")\s+(?=\S)", text) if markers else None
    if m is None:
        return []
    joins = list_joins(lx)
    sep = re.compile(r"\s*,\s*(?:(?:" + "|".join(map(re.escape, joins)) + r")\s+)?|\s+(?:" + "|".join(map(re.escape, joins)) + r")\s+")
    out: list[Span] = []
    at = m.end()
    for piece in [*sep.finditer(text, at), None]:
        end = piece.start() if piece is not None else len(text.rstrip())
        part = text[at:end]
        info = analyse_mention(part, lx)
        ok = (info.type == "person" and 2 <= len(info.person_tokens) <= 4 and not info.pronoun and info.name == part.strip()) \
            or _surname_of_someone(doc, reg, info)
        if not part.strip() or not ok:
            return []
        out.append(Span(span.start + at, span.start + end))
        if piece is None:
            break
        at = piece.end()
    return out


#: what may stand between a description and the name in apposition after it: a bracket ("(PIK)")
#: and a phrase of up to six words after a preposition ("im Senat", "für Klimafolgenforschung")
_APPOSITION_GAP = r"(?:\s*\([^()]{1,60}\))?(?:\s+(?:{preps})\s+[^,.;:!?()\n]{1,60}?)?(?:\s*\([^()]{1,60}\))?"


@cache
def _apposition_rx(code: str) -> re.Pattern[str]:
    preps = "|".join(map(re.escape, sorted(PREPOSITIONS_DE if code == "de" else PREPOSITIONS_EN, key=len, reverse=True)))
    return re.compile(_APPOSITION_GAP.replace("{preps}", preps) + r",\s+((?:[A-ZÄÖÜ][\w'’.-]*\s+){1,3}[A-ZÄÖÜ][\w'’-]+)(?=\s*[,.;:!?]|\s*$)")


def apposition_name(doc: Document, span: Span, lx: Lang, *, role: str | None = None) -> str | None:
    """The person's name in apposition right after a description of a person that names no one
    ("schrieb der Chef der Partei (UKP), Nils Berg, im Netz", "sagte der Minderheitsführer im
    Senat, Jan Roth."): two to four capitalised words after a comma, closed by a punctuation mark,
    read as a person's name; None for anything else ("sagte der Minister, Anna Berg habe …").
    After a German description by a person's `role` ("nach Worten des Staatssekretärs im
    Ministerium, Torben Wessel,") two or three such words are a name even when their given name is
    none we know (`source.person.apposition_after+unknown_given_name`, see `_name_after_role`)."""
    m = _apposition_rx(lx.code).match(doc.text, span.end, min(len(doc.text), span.end + 200))
    if m is None:
        return None
    name = m.group(1)
    info = analyse_mention(name, lx)
    if gazetteer_match(name, lx.code) is not None or info.pronoun:
        return None
    if info.type != "person" or info.name != name or not info.person_tokens:
        return name if role and _name_after_role(name, info, lx) else None
    return name


def _name_after_role(name: str, info: MentionInfo, lx: Lang) -> bool:
    """Two or three capitalised words in apposition after a German role noun are the person's name
    though no given name of ours opens them ("Torben", "Malte": a given name may end like a
    noun): German news names the holder of a role so ("der Chef des Vereins, Torben Wessel,"). Not
    when the last word ends like a common noun or heads a body's name, nor when a word is a role,
    a place or a country (the apposition then names no person)."""
    words = name.split()
    if lx.code != "de" or not 2 <= len(words) <= 3 or info.type != "unnamed" or info.name != name:
        return False
    if not all(NAME_TOKEN.match(w) and w[:1].isupper() and "." not in w for w in words):
        return False
    return not (noun_ending(words[-1]) or any(w in lx.type_heads or is_role(w, lx) or place_name(w) or w in country_names() for w in words))


def _one_name_word(info: MentionInfo) -> bool:
    """A mention of one capitalised word that nothing types ("Menendez")."""
    words = info.name.split()
    return len(words) == 1 and info.type == "unnamed" and not info.pronoun and bool(NAME_TOKEN.match(words[0])) \
        and words[0] not in country_names() and not noun_ending(words[0])


def one_person_described(doc: Document, c: Cand, lx: Lang) -> bool:
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
        role = any(is_role(w, lx) for w in re.findall(r"[\w-]+", info.text))
        if info.person_tokens or info.type not in ("person", "unnamed") or not role:
            named += 1
    return named <= 1


def surname_source(reg: Registry, doc: Document, info: MentionInfo, span: Span | None) -> str | None:
    """A name of one word ("Roth", "Keuter") as the person of that surname: the person the text
    names in full ("Trump" → "Donald Trump" where the text writes it so), else the person known by
    that name token; the source's id, or None when the mention is no such name. Lower-case
    modifiers before the name are its description ("the 14th-ranked Lund", "the veteran Lund")."""
    words = info.name.split()
    if len(words) >= 2 and info.type == "unnamed" and not info.pronoun and NAME_TOKEN.match(words[-1]) \
            and all(w[:1].islower() or w[:1].isdigit() for w in words[:-1]) and _english_at(doc, span):
        return surname_source(reg, doc, MentionInfo(info.text, words[-1], "unnamed", role=" ".join(words[:-1])), span)
    if len(words) != 1 or info.type not in ("unnamed", "person") or info.pronoun or info.description:
        return None
    # (a role noun alone, without an article, may be a surname: "laut Bischof" where the text names "Jens Bischof")
    bare_role = info.type == "person" and not info.person_tokens and info.text.strip() == info.name and info.name[:1].isupper()
    if (info.type == "unnamed" or bare_role) and (full := full_name(doc, info.name)) is not None:
        # ("M." or "Jan" where the text names "Jan M.": a person named by an initial, news style)
        rule = "source.person.initial_name_in_text" if _INITIAL.match(full.split()[-1]) else "source.person.full_name_in_text"
        return reg.add(MentionInfo(info.text, full, "person", role=info.role, person_tokens=full.split()), span, rule)
    known = reg.find_person([info.name])
    if known is None:
        if info.type == "unnamed" and (given := given_full_name(doc, info.name)) is not None:
            # "Taylor said" where the text names "Taylor Vane": the person of that given name (a
            # person only when the first is a known given name: "Tottenham" → "Tottenham Hotspur", a club)
            if translit_key(info.name) in given_name_keys() or reg.find_person(given.split()) is not None:
                return reg.add(MentionInfo(info.text, given, "person", role=info.role, person_tokens=given.split()), span, "source.person.given_name_in_text")
            return reg.add(MentionInfo(info.text, given, info.type, role=info.role), span, "source.name_in_text")
        return None
    reg.add(MentionInfo(info.text, info.name, "person", role=info.role, person_tokens=[info.name]), span, "source.person.known_name")
    return known


def possessor_named_before(reg: Registry, doc: Document, pos: int, lx: Lang, gender: str | None = None) -> str | None:
    """Whom a possessive of opinion or word ("seiner Einschätzung nach", "ihren Angaben zufolge")
    means when no person is known before it: the last surname written in this sentence or the one
    before (in the same paragraph) that the text names in full ("Am Montag hat Roth die Zahlen
    vorgelegt. Sie seien seiner Einschätzung nach zu hoch." where "Jan Roth" is named elsewhere),
    registered as that person at the surname; None when there is no such name. A person known to be
    of another gender than the possessive's (`gender`: "seiner" is no "Ministerin Anna Roth") is
    passed over."""
    si = bisect.bisect_right(reg.sentence_starts, pos) - 1  # the sentence holding `pos`, by bisection
    if si < 0 or pos >= doc.sentences[si].span.end:
        return None
    lo = doc.sentences[si].span.start
    if si > 0 and "\n" not in doc.text[doc.sentences[si - 1].span.end : lo]:
        lo = doc.sentences[si - 1].span.start
    for m in reversed(list(re.finditer(r"(?<![\w'’.-])([A-ZÄÖÜ][\w'’-]+)(?![\w'’-])", doc.text[lo:pos]))):
        word = m.group(1)
        before = doc.text[lo:lo + m.start(1)].split()[-1:]
        if word.lower() in function_words() or is_role(word, lx) or word in country_names() or noun_ending(word) \
                or (before and before[0].lower() in lx.determiners | lx.possessive_determiners | lx.oblique_openers):
            continue  # ("die Flüchtlinge", "seine Partei": a noun after its article, no one's surname)
        full = full_name(doc, word)
        if full is not None and gender in ("f", "m") and (known := reg.find_person(full.split())) is not None \
                and reg.gender.get(known, gender) != gender:
            continue  # (a woman's name for "seiner", a man's for "ihrer")
        if full is not None:
            at = Span(lo + m.start(1), lo + m.end(1))
            return reg.add(MentionInfo(word, full, "person", person_tokens=full.split()), at, "source.person.full_name_in_text")
    return None


def _english_at(doc: Document, span: Span | None) -> bool:
    """The segment at `span` (else the document) is English."""
    seg = doc.segment_at(span.start) if span is not None else None
    return pick(seg.language if seg else None, doc.language) == "en"


def same_anonymous(reg: Registry, doc: Document, sp: Span, info: MentionInfo, lx: Lang) -> str | None:
    """"the source", "die Quelle": an anonymous source named by its head noun and an article only
    is the latest anonymous source before it whose name opens with that noun; "the engineer"
    after "one engineer", "the analyst" after "a bank analyst": a group or someone not named, by
    the noun its name ends in, in the 1,500 characters before it; "the survey" after "a Harbor
    Ledger survey", "die Studie" after "eine Studie der Universität": a document the same way;
    else None."""
    words = doc.text[sp.start : sp.end].split()
    if info.genitive_org or len(words) != 2 or words[0].lower() not in lx.determiners:
        return None
    head = words[1].lower()
    if info.type in ("unnamed", "document") and (words[1].islower() or info.type == "document") and words[0].lower() in ("the", "der", "die", "das"):
        # ("the survey" after "a Harbor Ledger survey", "die Studie" after "eine Studie der Universität Kiel")
        sid = reg.nearest(sp.start, {info.type}, keep=lambda s: _head_noun(s.name, lx) == head and s.name.lower() != head)
        near = sid is not None and max((m.end for m in reg.get(sid).mentions if m.start < sp.start), default=-1) >= sp.start - 1500
        return sid if near else None
    if info.type != "anonymous":
        return None
    # ("the officials" after "two US officials": the noun its name ends in)
    same = reg.nearest(sp.start, {"anonymous"}, keep=lambda s: head in (s.name.split()[0].lower(), s.name.split()[-1].lower()))
    if same is not None or head not in load(lx.code, "according").get("generic_anonymous_heads", []):
        return same
    # "the source" after "an insider told …": the one anonymous source just named, of its number
    sid = reg.nearest(sp.start, {"anonymous"}, keep=lambda s: s.name.split()[-1].lower().endswith("s") == head.endswith("s"))
    near = sid is not None and max((m.end for m in reg.get(sid).mentions if m.start < sp.start), default=-1) >= sp.start - 1500
    return sid if near else None


def _head_noun(name: str, lx: Lang) -> str:
    """The noun a name of words in lower case ends in before a phrase that describes it ("doctor"
    of "doctor on the scene", "engineer" of "bank engineer"), lower-cased."""
    words = name.lower().split()
    preps = PREPOSITIONS_DE if lx.code == "de" else PREPOSITIONS_EN
    k = next((i for i, w in enumerate(words) if i and w in preps), len(words))
    return words[k - 1] if k else ""


def genitive_link(reg: Registry, doc: Document, lx: Lang, genitive: str, outer: Span, position: str) -> Via:
    """The outlet named in a genitive ("Insider der «Hafenpost»") as a link of the chain."""
    gid = reg.add(analyse_mention(genitive, lx), _sub_span(doc, outer, genitive), "source.via.genitive")
    return Via(gid, reg.get(gid).name, None, "via.genitive", position)  # type: ignore[arg-type]


def _sub_span(doc: Document, outer: Span, piece: str) -> Span | None:
    k = doc.text.find(piece, outer.start, outer.end)
    return Span(k, k + len(piece)) if k >= 0 else None


@cache
def _team_nouns(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "lexicon").get("team_nouns", []))


def team_leader(doc: Document, span: Span, lx: Lang) -> Span | None:
    """The name in "<name> and his team" ("Lee and her colleagues reported …"; `team_nouns` of
    lexicon.json after a possessive determiner): the named person speaks for the group, one
    source (issue 7); None for any other mention."""
    nouns = _team_nouns(lx.code)
    if not nouns:
        return None
    text = doc.text[span.start : span.end]
    m = re.match(r"^((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(\w+)\s+(\w+)\s+([\w-]+)$", text)
    if m is None or m.group(2).lower() not in lx.coordination or m.group(3).lower() not in lx.possessive_determiners \
            or m.group(4).lower() not in nouns or m.group(1).split()[0].lower() in lx.determiners:
        return None
    return Span(span.start, span.start + len(m.group(1)))


@cache
def _negative_determiners(code: str) -> frozenset[str]:
    """`negative_determiners` of resources/<lang>/lexicon.json ("no"), lower case."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("negative_determiners", []))


@cache
def possessive_alternation(code: str) -> str:
    """The endings of a possessor (`possessive_endings` of resources/<lang>/lexicon.json: "'s", "’s"), longest
    first, as the alternatives of a regular expression ("" when the language lists none)."""
    return "|".join(re.escape(e) for e in sorted(load(code, "lexicon").get("possessive_endings", []), key=len, reverse=True))


@cache
def _bare_name_words(code: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """What `bare_name` reads of resources/<lang>/lexicon.json: `occasion_prepositions` ("in his speech"),
    `participle_endings` ("conducted"), `plural_endings` and `singular_s_endings` (a plural noun, not
    "cross"), and a possessor in lower case before a name by `possessive_endings` ("the paper's Ann Lee")."""
    lex = load(code, "lexicon")
    ends = possessive_alternation(code)
    return (frozenset(w.lower() for w in lex.get("occasion_prepositions", [])), tuple(lex.get("participle_endings", [])),
            tuple(lex.get("plural_endings", [])), tuple(lex.get("singular_s_endings", [])),
            re.compile(rf"^[a-z][\w-]*(?:{ends})\s+(?=[A-Z])" if ends else r"(?!)"))


#: a year that opens a name ("2014 Labor Department study")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def bare_name(name: str, lx: Lang) -> str | None:
    """Rule source.alias.bare_name (English): the bare noun phrase of a source's name registered with
    words around it that name no one, as an alias a reader would give it, or None when there are none:
    a description after a comma ("Jan Roe, chairman of the board" → "Jan Roe"), a possessor in lower
    case before a name ("the paper's Ann Lee" → "Ann Lee"), the occasion after a name ("Hale in his
    speech" → "Hale"), a past participle after the head ("Harbor poll conducted" → "Harbor poll"), and
    the modifiers before a name in capitals ("fiscally conservative Harbor Fund", "recent Port Authority
    report", "another recent Ledger poll", "2014 Port Authority study": words in lower case that are no
    function word, no negation (`negative_determiners`: "no"), no plural noun and no noun of a person or a text (`person_noun`), the determiners of `determiners`
    and `another_words`, the words that date a document in lower case (`document_openers`: "recent", "new"), a year;
    not the article alone: "The Hill" is its name). The name itself is kept: the alias only lets the source be found by
    its bare name."""
    if lx.code != "en":
        return None
    t = name.strip()
    head, _, rest = t.partition(", ")
    if rest[:1].islower() and len(head.split()) >= 2 and all(w[:1].isupper() for w in head.split()):
        t = head  # (a person's or body's description after a comma)
    occasion, participle, plural, singular_s, possessor = _bare_name_words(lx.code)
    t = possessor.sub("", t, count=1)  # (a possessor in lower case before a name)
    words = t.split()
    if len(words) >= 3 and words[-3].lower() in occasion and words[-2].lower() in lx.possessive_determiners and words[0][:1].isupper():
        words = words[:-3]  # (the occasion: "in his speech")
    if len(words) >= 3 and words[-1].islower() and words[-1].endswith(participle) and words[-2][:1].islower():
        words = words[:-1]  # (a past participle after the head noun: "poll conducted")
    k = 0
    articles = lx.determiners | another_words(lx.code)
    while k < len(words) - 1 and (
            (words[k].islower() and words[k].isalpha() and words[k] not in PREPOSITIONS_EN and words[k] not in function_words()
             and words[k] not in lx.negations | _negative_determiners(lx.code) and not person_noun(words[k], lx) and not (words[k].endswith(plural) and not words[k].endswith(singular_s)))
            or (words[k].islower() and words[k] in lx.document_openers) or words[k].lower() in articles or _YEAR.fullmatch(words[k])):
        k += 1
    if k > 0 and words[k][:1].isupper() and words[k].lower() not in articles and any(w.lower() not in articles for w in words[:k]):
        words = words[k:]
    bare = " ".join(words)
    return bare if bare != " ".join(name.split()) and any(w[:1].isupper() for w in words) else None
