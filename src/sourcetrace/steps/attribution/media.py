"""Which words name a medium: an outlet the gazetteer knows or one it does not ("told the Harbor Ledger"),
a programme and its host, a journalist's outlet, the article's own house ("told the outlet"), a phrase too
generic to be a link, who can be a source at all; with the word lists every chain rule reads
(`resources/<lang>/according.json`) and the phrases that close a noun phrase of sources ("officials at
the central bank").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import chain

from ...document import Span, Token
from ...resources import load
from ..lexicon import (
    PREPOSITIONS_EN,
    Lang,
)
from ..sources import classify_mention
from ..sources.gazetteer import translit_key
from ..sources.gender import given_name_keys
from ..syntax import entities_overlapping
from .context import Context
from .phrases import np_forward

#: an adjective written with a capital inside a German name ("Bayerischen", "Zweiten Deutschen")
_PROPER_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)$")


@cache
def _according(code: str) -> dict[str, frozenset[str]]:
    d = load(code, "according")
    return {k: frozenset(d.get(k, [])) for k in ("interview_nouns", "national_broadcasters", "postposed_addressed", "addressed_short_names", "generic_media", "clause_openers", "relay_verbs", "postmodifiers", "issued_documents", "relied_on_demonstratives", "broadcast_prepositions", "broadcast_verbs",
                                                    "agent_prepositions", "agent_heads", "agent_verbs", "addressee_prepositions", "source_prepositions", "relay_participles", "recalled_documents", "programme_heads",
                                                    "house_determiners", "house_nouns", "unlisted_outlet_exclude",
                                                    "outlet_title_words", "office_modifiers", "media_name_nouns", "outlet_articles",
                                                    "cue_addressee_prepositions", "press_role_nouns", "publication_participles",
                                                    "publication_prepositions", "title_articles", "person_programme_nouns",
                                                    "programme_title_words")}


def postmodified(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int:
    """The end of a noun phrase that ends at toks[e] with the adjective and its phrase after it:
    "people familiar with the matter", "sources close to the minister" (`postmodifiers`)."""
    words = _according(lx.code)["postmodifiers"]
    a = e if 0 < e < len(toks) - 2 and toks[e].text.lower() in words else e - 1  # (the phrase may have taken the adjective)
    if 0 < a < len(toks) - 2 and toks[a].text.lower() in words and toks[a + 1].text.lower() in ("with", "to", "on", "of", "in"):
        e2 = np_forward(ctx, toks, a + 2, lx, apposition=False)
        return e2 if e2 > a + 2 else e
    return e


def with_prepositions(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int:
    """The end of a noun phrase of sources that ends before toks[e] with the prepositional phrases
    that close it ("officials at the central bank", "a nurse at the clinic": `source_prepositions`)."""
    words = _according(lx.code)["source_prepositions"]
    while e < len(toks) - 1 and toks[e].text.lower() in words:
        e2 = np_forward(ctx, toks, e + 1, lx, apposition=False)
        if e2 <= e + 1 or ctx.in_timex(toks[e + 1].span):
            break
        e = e2
    return e


def _short_outlet(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The one addressed is an outlet's short name ("told Fox"; `addressed_short_names`) that the
    text never writes after a capitalised word, as it would a surname ("Dana Fox")."""
    name = ctx.text[sp.start : sp.end]
    if name not in _according(lx.code)["addressed_short_names"]:
        return False
    return re.search(rf"\b[A-Z][\w'’.-]*\s+{re.escape(name)}\b", ctx.text) is None


def unlisted_outlet(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """An English outlet the gazetteer does not know, by where it stands and what it looks like:
    after a phrase of address ("told the Harbor Ledger", "in an interview with the Valley Courier")
    or after a report's preposition ("a report in the Harbor Ledger"), "the" and one to four words
    in capitals that name no other kind of body (a government, a court, a party: "told the Senate
    Committee"; a club, a union, a church: `unlisted_outlet_exclude`), no person (a person's name
    has no article) and no place, and that look like a medium (`_medium_like`: "told the Pope",
    "the Fed", "the Inquiry", "the Lees" are none). A time the noun phrase ran on into is cut off
    ("told the Harbor Ledger Monday afternoon"); a reporter after the outlet's possessive is left
    out ("told the Harbor Ledger's Jane Roe": the Harbor Ledger). The outlet's span, or None."""
    if lx.code != "en":
        return None
    words = list(_TITLE_WORD.finditer(ctx.text, sp.start, sp.end))
    if len(words) < 2 or words[0].group().lower() not in _according(lx.code)["outlet_articles"]:
        return None
    k = 1
    owner = False  # "the Harbor Ledger's Jane Roe": the outlet of its reporter
    while k < len(words) and k <= 4 and words[k].group()[:1].isupper() and not ctx.in_timex(Span(words[k].start(), words[k].end())):
        k += 1
        if words[k - 1].group().endswith(("'s", "’s")):
            owner = True
            break
    rest = words[k:]
    if rest and not owner and rest[0].group() in _according(lx.code)["publication_participles"]:
        rest = rest[1:]  # "the Harbor Ledger published Monday": the interview's publication, then its time
    if k == 1 or (not owner and any(not ctx.in_timex(Span(w.start(), w.end())) for w in rest)):
        return None  # (not "the Harbor Ledger editorial board")
    last = words[k - 1].group()[:-2] if owner else words[k - 1].group()
    if last in _according(lx.code)["unlisted_outlet_exclude"]:
        return None  # "told the Rotary Club"
    out = Span(sp.start, words[k - 1].end() - (2 if owner else 0))
    if out.end <= words[1].start():
        return None
    if any(e.label in ("PER", "LOC") for e in entities_overlapping(ctx.doc, out)):
        return None
    title = [w.group() for w in words[1 : k - 1]] + [last]
    return out if _medium_like(ctx, out, title, lx) else None


def _journalist_of(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """"told Jo Hale of the Harbor Ledger", "via Jo Hale of the Upton Post-Gazette": a person's
    name (words in capitals) and "of" before an outlet the gazetteer does not know; the outlet's
    span (`unlisted_outlet`), or None. English."""
    if lx.code != "en":
        return None
    m = re.match(r"(?:[A-Z][\w'’.-]*\s+){1,3}of\s+(?=the\s)", ctx.text[sp.start : sp.end])
    return unlisted_outlet(ctx, Span(sp.start + m.end(), sp.end), lx) if m else None


def _medium_before_noun(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """German: a noun phrase that ran on into the object of the verb after it ("übte im Gespräch mit
    der Kleinhafener Rundschau Kritik an …"): the longest part of it, cut before a capitalised
    word, that is a medium; None otherwise."""
    if lx.code != "de":
        return None
    words = list(re.finditer(r"[\w.-]+", ctx.text[sp.start : sp.end]))
    for k in range(len(words) - 1, 0, -1):
        if not words[k].group()[:1].isupper():
            continue
        found = medium_in(ctx, Span(sp.start, sp.start + words[k - 1].end()), lx)
        if found is not None:
            return found
    return None


def _host_programme(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """"Asked by Hale whether …" after "in an interview with Tom Hale's podcast": a name of one to
    three words in capitals whose last word the text named before as the host of a programme in
    the possessive (`person_programme_nouns`); that programme's span, the latest before, or None."""
    words = re.findall(r"[\w'’.-]+", ctx.text[sp.start : sp.end])
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    if ctx.text.find(words[-1] + "'", 0, sp.start) < 0 and ctx.text.find(words[-1] + "’", 0, sp.start) < 0:
        return None  # (no possessive of the name before: the pattern below cannot match)
    nouns = "|".join(re.escape(n) for n in sorted(_according(lx.code)["person_programme_nouns"], key=len, reverse=True))
    if not nouns:
        return None
    last = None
    pat = rf"(?<![\w-])(?:[A-Z][\w.-]*\s+){{0,2}}{re.escape(words[-1])}(?:['’]s|['’])\s+(?:{nouns})\b"
    for m in re.finditer(pat, ctx.text[: sp.start]):
        last = m
    return Span(last.start(), last.end()) if last is not None else None


def _medium_like(ctx: Context, out: Span, title: list[str], lx: Lang) -> bool:
    """Whether "the" + `title` (its words in capitals) looks like a medium: its type is a medium
    (a word of one in it: "the Valley Courier", "the Upton Times"); or a place or a name before a
    word that closes newspapers' titles (`outlet_title_words`: "the Fenwick Ledger", "the Upton
    Leader"), with no word before it that makes an office of a role ("the Majority Leader",
    `office_modifiers`); or the text uses the same name as a medium elsewhere ("the Ledger
    newspaper", "Ledger columnist Kim Hale": `_named_as_media`). Not "the Pope", "the Fed", "the
    Inquiry", "the Lees", "the Park Ranger", "the Editor"."""
    if classify_mention(ctx.text[out.start : out.end], lx)[1] in ("media", "news_agency"):
        return True
    d = _according(lx.code)
    if len(title) >= 2 and title[-1].rsplit("-", 1)[-1] in d["outlet_title_words"] and not any(w in d["office_modifiers"] for w in title[:-1]):
        return True
    return " ".join(title) in _named_as_media(ctx.text, lx.code)


@lru_cache(maxsize=4)
def _named_as_media(text: str, code: str) -> frozenset[str]:
    """The names in capitals the text uses as media: before a noun of the press ("the Upton Leader
    newspaper", "Ledger columnist Kim Hale": `media_name_nouns`) or after one ("the weekly Upton
    Leader", "the newspaper Upton Leader"), without a leading "The"; one search per text."""
    nouns = "|".join(re.escape(n) for n in sorted(_according(code)["media_name_nouns"], key=len, reverse=True))
    if not nouns:
        return frozenset()
    name = r"((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)"
    out: set[str] = set()
    arts = _according(code)["outlet_articles"]
    article = rf"(?:(?:{'|'.join(re.escape(a) for a in sorted(arts))})\s+)?" if arts else ""
    leading = {a.capitalize() for a in _according(code)["title_articles"]}  # "The", "A", "An"
    for rx in (rf"{name}(?:['’]s)?\s+(?:{nouns})\b", rf"\b(?:{nouns})\s+{article}{name}"):
        for m in re.finditer(rx, text):
            words = m.group(1).split()
            if words and words[0] in leading:
                words = words[1:]
            if words:
                out.add(" ".join(words))
    return frozenset(out)


#: a word of a title ("Ledger", "St.", "A&M")
_TITLE_WORD = re.compile(r"[\w'’.&-]*\w")


def house_reading(ctx: Context, sp: Span, lx: Lang) -> tuple[bool, Span | None]:
    """How a phrase of a house noun ("told the outlet", "told this newspaper": `house_nouns`) reads,
    as (publisher, referent); (False, None) for any other phrase. Publisher: the text names no outlet
    before it (a known one, `_all_outlet_names`, or one that is a link or a source of a claim before
    it, listed or not: "according to a report by the Harbor Ledger"), so it is the article's own
    publisher, the end of every chain and no link of it. Referent: after a named outlet it may mean
    that one, and stays a link — the medium named last before it in the 3,000 characters before (a
    link, a medium that is a source, a known outlet's name). The media before it are looked up once."""
    if not _house_phrase(ctx, sp, lx):
        return False, None
    found = _media_before(ctx, sp, lx)
    publisher = _first_outlet(ctx.text) >= sp.start and not found
    lo = max(0, sp.start - 3000)
    known = [Span(m.start(), m.end()) for m in _all_outlet_names().finditer(ctx.text, lo, sp.start)]
    found += [k for k in known[-1:] if k.start >= lo]
    return publisher, max(found, key=lambda x: x.end, default=None)


def _house_phrase(ctx: Context, sp: Span, lx: Lang) -> bool:
    words = re.findall(r"[\w-]+", ctx.text[sp.start : sp.end].lower())
    return len(words) == 2 and words[0] in _according(lx.code)["house_determiners"] and words[1] in _according(lx.code)["house_nouns"]


def _media_before(ctx: Context, sp: Span, lx: Lang) -> list[Span]:
    """The links and the sources that are media (listed or not) of the claims before `sp`, but for
    phrases of a house noun (which mean one of these or the publisher)."""
    links = (v for c in ctx.cands for v, _ in c.via if v.end <= sp.start)
    media = (c.source for c in ctx.cands if c.source is not None and c.source.end <= sp.start and held_medium(ctx, c.source, lx))
    return [x for x in chain(links, media) if not _house_phrase(ctx, x, lx)]


@lru_cache(maxsize=4)
def _first_outlet(text: str) -> int:
    """Where the first name of a known outlet starts in `text` (its length when there is none):
    one search per text, not one per phrase."""
    m = _all_outlet_names().search(text)
    return m.start() if m is not None else len(text)


def _named_medium(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The phrase names a known outlet or has a media word ("im Sender X"), not only a name in
    quotation marks ("im „Black Lion Hospital“" is a place)."""
    words = re.findall(r"[\w-]+", ctx.text[sp.start : sp.end])
    return _all_outlet_names().search(ctx.text, sp.start, sp.end) is not None \
        or any(lx.type_heads.get(w) in ("media", "news_agency") for w in words)


@cache
def _call_sign(code: str) -> re.Pattern[str] | None:
    pattern = load(code, "according").get("station_call_sign")
    return re.compile(pattern) if isinstance(pattern, str) and pattern else None


def call_sign(ctx: Context, sp: Span, lx: Lang, bare: bool = True) -> bool:
    """The phrase is a broadcaster's call sign ("WXYZ", "KABC-TV", "WQRS710": `station_call_sign`
    of the language's according.json), which no gazetteer lists in full; read only where a phrase of
    address or a broadcast preposition stands before it (alone, such a word may be any acronym).
    With `bare` False (after a phrase of address: "told WADA", "speaking to KPMG" name a body
    addressed as often) only with its band or dial number ("told KABC-TV", "told WQRS710")."""
    pat = _call_sign(lx.code)
    word = ctx.text[sp.start : sp.end].strip()
    if word.upper() in _not_call_signs(lx.code):
        return False  # ("appeared on WNBA courts": a league of that shape, `not_call_signs`; "KXYZ-TV" with its band stays one)
    return pat is not None and pat.match(word) is not None and (bare or re.search(r"[-\d]", word) is not None)


@cache
def _not_call_signs(code: str) -> frozenset[str]:
    return frozenset(w.upper() for w in load(code, "according").get("not_call_signs", []))


def outlet_programme(ctx: Context, sp: Span, lx: Lang) -> bool:
    """A programme named by its outlet's name and a title after it, where one appeared or spoke
    ("on Fox and Friends", "on CBS This Morning", "on BBC Breakfast"): the phrase opens with a
    known outlet's name or an outlet's short name (`addressed_short_names`) and goes on in words
    in capitals (or the small words of a title: `programme_title_words`) only. English."""
    if lx.code != "en":
        return False
    text = ctx.text[sp.start : sp.end]
    m = _all_outlet_names().match(text)
    short = next((n for n in sorted(_according(lx.code)["addressed_short_names"], key=len, reverse=True)
                  if text.startswith(n + " ")), None)
    first = m.end() if m is not None else (len(short) if short is not None else 0)
    rest = text[first:].split()
    if not first or not rest or re.match(r"['’]s\b", text[first : first + 2]):
        return False  # (the outlet's possessive: "CNN's decision" is a thing of the medium)
    small = _according(lx.code)["programme_title_words"]
    return rest[-1][:1].isupper() and all(w[:1].isupper() or w.lower() in small for w in rest)


def _whole_outlet(ctx: Context, sp: Span) -> Span:
    """A phrase that ends inside the name of a known outlet, cut short by a word that also opens a
    time ("der Zeitung Welt | am Sonntag"): the phrase up to the end of the name."""
    for m in _all_outlet_names().finditer(ctx.text, sp.start, sp.end + 40):
        if m.start() >= sp.end:
            break
        if m.end() > sp.end and m.start() >= sp.start and not re.search(r"[.!?,;:]", ctx.text[sp.end : m.end()]):
            return Span(sp.start, m.end())
    return sp


def generic(ctx: Context, sp: Span, lx: Lang) -> bool:
    """"vor den Medien", "to reporters", "told US media", "türkischen Medien zufolge": the media at
    large, not a link one could follow (a known outlet in the phrase names one: "CNN reporters")."""
    words = [w for w in re.findall(r"[\w-]+", ctx.text[sp.start : sp.end]) if w.lower() not in lx.determiners]
    if not words or words[-1].lower() not in _according(lx.code)["generic_media"]:
        return False
    if lx.code == "de" and len(words) > 1 and _PROPER_ADJECTIVE.match(words[-2]) \
            and (words[-2] != words[0] or ctx.text[: sp.start].rstrip()[-1:] not in ("", ".", "!", "?", ":")):
        return False  # "im Bayerischen Fernsehen": a broadcaster's name (not "im russischen Fernsehen")
    if lx.code == "de" and len(words) == 2 and words[-1].lower() in _according(lx.code)["national_broadcasters"] \
            and ctx.text[sp.start : sp.end].split()[0].lower() == "dem" and re.fullmatch(r"[a-zäöü]+ischen", words[0]):
        return False  # "…, sagte X dem isländischen Fernsehen": told the country's broadcaster, one outlet (not "im russischen Fernsehen")
    return len(words) == 1 or (len(words) <= 3 and _all_outlet_names().search(ctx.text, sp.start, sp.end) is None)


def can_be_source(ctx: Context, sp: Span, lx: Lang) -> bool:
    """"two officials", "the Pentagon", "a report", "two managers at the plant": someone or
    something that can say a thing (not "the release of prisoners", "Taliban violence": a reason
    given). An English noun phrase the source types leave unnamed can say a thing when its head
    (the last word before a preposition) is a noun of persons ("managers", "residents":
    `_person_heads`)."""
    if classify_mention(ctx.text[sp.start : sp.end], lx)[1] != "unnamed":
        return True
    if lx.code != "en":
        return False
    words = re.findall(r"[\w'’-]+", ctx.text[sp.start : sp.end].lower())
    k = next((i for i, w in enumerate(words) if i and w in PREPOSITIONS_EN), len(words))
    return k > 0 and words[k - 1] in _person_heads(lx)


_PERSON_HEADS: dict[str, frozenset[str]] = {}


def _person_heads(lx: Lang) -> frozenset[str]:
    """Nouns of persons, lower-cased: `person_heads` (cues.json), `anonymous_heads`, `person_roles`
    (and their plurals) and `cited_person_heads`."""
    if lx.code not in _PERSON_HEADS:
        roles = {w.lower() for w in (*lx.person_roles, *lx.anonymous_heads)}
        _PERSON_HEADS[lx.code] = frozenset(lx.person_heads | roles | {w + "s" for w in roles}
                                           | {w.lower() for w in load(lx.code, "lexicon").get("cited_person_heads", [])})
    return _PERSON_HEADS[lx.code]


def is_medium(ctx: Context, sp: Span, lx: Lang) -> bool:
    t = classify_mention(ctx.text[sp.start : sp.end], lx)[1]
    if t in ("media", "news_agency"):
        return True
    if lx.code != "de" or t not in ("unnamed", "person", "organisation"):
        return False
    # German: a name the text introduces after a noun of the press ("die Nachrichtenagentur Niva … im
    # Gespräch mit Niva"; session 35)
    words = [w for w in ctx.text[sp.start : sp.end].split() if w.lower() not in lx.determiners]
    return bool(words) and words[0][:1].isupper() and " ".join(words) in _introduced_media(ctx.text)


@lru_cache(maxsize=4)
def _introduced_media(text: str) -> frozenset[str]:
    """The names a German text introduces after a noun of `press_nouns_before_name` ("die Nachrichtenagentur
    Niva", "der Sender «Kanal Nord»"): the words in capitals after it, up to three, and each shorter run of them from
    the first (German nouns are in capitals too); without quotation marks; not a known given name with a surname
    (`gender.given_name_keys`: the press noun's dative object); one search per text."""
    nouns = load("de", "according").get("press_nouns_before_name", [])
    if not nouns:
        return frozenset()
    rx = rf"\b(?:{'|'.join(map(re.escape, nouns))})\s+[«„“\"]?([A-ZÄÖÜ][\w.&'’-]*(?:\s+[A-ZÄÖÜ][\w.&'’-]*){{0,2}})"
    out: set[str] = set()
    for m in re.finditer(rx, text):
        words = m.group(1).rstrip(".").split()
        if len(words) > 1 and translit_key(words[0]) in given_name_keys():
            continue  # ("widmete das Magazin Anna Berg eine Ausgabe": a given name and a surname, a person; review of session 35)
        out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))  # ("die Zeitung Nordkurier Kritik …": the name may end early)
    return frozenset(out)


@cache
def _all_outlet_names() -> re.Pattern[str]:
    names = {n for e in load("common", "outlets").get("entries", []) if e.get("type") in ("media", "news_agency")
             for n in [e["name"], *e.get("aliases", [])] if len(n) >= 2}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def outlet_at(ctx: Context, pos: int, one_word: bool = False) -> bool:
    """A known outlet's name (common/outlets.json: an acronym or a name of several words; with
    `one_word` also a name of one word, "Reuters", "Bild") starts at `pos`."""
    return (_all_outlet_names() if one_word else _outlet_names()).match(ctx.text, pos) is not None


@cache
def _outlet_names() -> re.Pattern[str]:
    # an acronym or a name of several words: a one-word name ("Sun", "Zeit") inside a phrase is too often something else
    names = {n for e in load("common", "outlets").get("entries", []) if e.get("type") in ("media", "news_agency")
             for n in [e["name"], *e.get("aliases", [])] if (len(n) >= 2 and n.isupper()) or " " in n}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def medium_in(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """The medium an addressee names: the phrase itself ("der Nachrichtenagentur AFP", "The
    Associated Press"), else a known outlet inside it ("VOA Pentagon correspondent Carla Babb",
    "Moderator der ARD-Sendung"); None for people and the media at large."""
    if generic(ctx, sp, lx):
        return None
    m = _outlet_names().search(ctx.text, sp.start, sp.end)
    if m is not None and re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 3]):
        return Span(m.start(), m.end())  # "CNN's «State of the Union»", "Fox News's Chris Wallace": the outlet, not its programme
    title = _press_title(ctx, sp, lx) if m is None else None
    if title is not None:
        return title  # ("a Harbor Ledger podcast": the outlet; "Tom Hale's podcast": the programme)
    if is_medium(ctx, sp, lx):
        return sp
    if m is None:
        return None
    return Span(m.start(), m.end())


def _press_title(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """A medium named before a noun of the press or of its people inside a phrase ("Reuters
    reporter Tom Hale", "a Harbor Ledger podcast", "the Upton Star's newsletter"): the words in
    capitals before the first such noun (`media_name_nouns`, `press_role_nouns`) when they are a
    known outlet or the noun makes a medium of them; a programme named after its host in the
    possessive ("Tom Hale's podcast": `person_programme_nouns`), the whole phrase; None
    otherwise. English."""
    if lx.code != "en":
        return None
    d = _according(lx.code)
    nouns = d["media_name_nouns"] | d["press_role_nouns"]
    words = list(_TITLE_WORD.finditer(ctx.text, sp.start, sp.end))
    k = 1 if words and words[0].group().lower() in lx.determiners else 0
    j = k
    while j < len(words) and words[j].group()[:1].isupper():
        j += 1
    if j == k or j >= len(words) or words[j].group().lower() not in nouns or j - k > 4:
        return None
    owner = words[j - 1].group().endswith(("'s", "’s")) or ctx.text[words[j - 1].end() : words[j - 1].end() + 1] in ("'", "’")
    if owner and words[j].group().lower() in d["person_programme_nouns"] and not (k and words[0].group().lower() != "the"):
        # "Tom Hale's podcast", "Ann Lee’s show": a programme named after its host, a medium of its own
        return Span(words[k].start(), words[j].end())
    title = Span(words[k].start(), words[j - 1].end() - (2 if words[j - 1].group().endswith(("'s", "’s")) else 0))
    if any(e.label in ("PER", "LOC") for e in entities_overlapping(ctx.doc, title)):
        return None
    known = _all_outlet_names().fullmatch(ctx.text, title.start, title.end)
    return title if known is not None or words[j].group().lower() in d["media_name_nouns"] else None


def held_medium(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """The medium that holds a document ("seen by Reuters", "seen by the Brackley Sentinel"): a
    known one (`is_medium`) or a title the gazetteer does not know (`unlisted_outlet`)."""
    return sp if is_medium(ctx, sp, lx) else unlisted_outlet(ctx, sp, lx)
