"""The happening a document reports, as keys that two reports of one happening share and two
articles on the same topic on other occasions mostly do not (issue 9: "the same happening, not
merely the same topic or people").

`event_key(doc)` reads the title and lead (the first `LEAD` characters of the body):

- `names`: name keys of the names there and of the document's named sources — in a language
  that capitalises its nouns (German: "Dach" and "Halle" are no names) the analysis's named
  entities and the phrases of two or more capitalised words ("Bad Reichenhall"), else the
  capitalised words and phrases; a phrase is split at function words and at words of time
  (weekdays, months, "Today", `time.json`: "Tuesday Democratic" is "democratic"), a sentence's
  first words that the document never capitalises inside a sentence are dropped ("While
  Republican …"), and a title in title case ("Trump Endorses Paul Ryan") gives no names of its
  own. The rarer a key in the corpus, the more it weighs (`EventStats`);
- `days`: the days (YYYY-MM-DD) the DATE timexes of the title and lead resolve to against the
  publication date — when the happening took place ("on Tuesday", "am Montag"), not when the
  article appeared; two reports of one happening name days at most one apart;
- `numbers`: the numbers of the title and lead (quantities of 10 or more that are not years): a
  toll, a vote count, a sum;
- `occasions`: the occasion signature — each word of the lead that names a kind of happening
  (`occasions` of link.json: a debate, a rally, an attack; kinds shared by the languages) with the
  day that a time expression right beside it resolves to ("Tuesday's debate", "the rally on
  Saturday", "bei der Debatte am Dienstag"), as `kind@YYYY-MM-DD`: "yesterday's debate" in two
  articles two days apart are two debates. A story does not take a document that tells an
  occasion of a kind the story tells only on days two or more apart (`StoryOccasions` of
  linker.py). Only occasions up to the article's date count: what it reports, not what lies ahead
  ("vows to win the May 10 primary").

Names that differ between German and English beyond transliteration ("Moskau", "Moscow";
"Weißes Haus", "White House": `resources/common/exonyms.json`) are one name key.

`EventStats` keeps how many documents hold each name key (incrementally, as documents are
linked) and scores two keys: the IDF-weighted share of the rarer document's names that the other
holds, how rare the rarest name in common is, whether they name a common day or only days two or
more apart, and whether they share a number or only name others."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from functools import cache
from typing import Any

from ..resources import languages, languages_for, load
from .claims.words import calendar_words, word_lists
from .entities import exonym_keys, is_exonym, name_key, one_name, role_words

#: characters of the body after its start that count as the lead
LEAD = 700
_NAME = re.compile(r"[A-ZÄÖÜ][\w'’-]*[\w](?:[ -][A-ZÄÖÜ][\w'’-]*[\w])*")
_OPENERS = " \"'“„‘»«("
_POSSESSIVE = re.compile(r"['’]s$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_NAMED = frozenset({"person", "organization", "organisation", "institution", "party", "media", "news_agency"})


@dataclass(frozen=True)
class EventKey:
    names: frozenset[str]
    days: frozenset[str]
    numbers: frozenset[str]
    occasions: frozenset[str] = frozenset()  # "kind@YYYY-MM-DD" (`occasions_of`): told as taken place
    ahead: frozenset[str] = frozenset()  # "kind@YYYY-MM-DD" told as still ahead (a preview's occasion)
    # "kind@YYYY-MM-DD": an occasion word of the lead and a day before the article's date that the
    # lead names, anywhere in it ("took both harbour primaries, as the count on Tuesday showed"): a
    # report after the occasion, unless the lead tells that day's occasion as ahead
    reported: frozenset[str] = frozenset()
    # in a language that capitalises its nouns, every capitalised word of the title and lead and the
    # shorter ends of its phrases ("Demokratin Hillary Clinton": "hillary clinton", "clinton"): what
    # may be a name, matched only against the names of a document in another language (`EventStats.names`)
    words: frozenset[str] = frozenset()
    digest: bool = False  # a digest of many happenings' headlines (`is_digest`): a story of its own
    # the days of `days` after the article's date: what it tells as still to come ("contests on
    # Feb. 20"); such a day is no agreement with another article that tells it as past (`EventStats.days`)
    later: frozenset[str] = frozenset()
    published: str = ""  # the article's date (YYYY-MM-DD): its happening's day where the lead names none
    # the article's own occasions read from its whole text (`own_occasions`): "kind@YYYY-MM-DD" reported
    # with a day beside it, "kind@YYYY-MM-DD?" reported without one (dated by the article's date),
    # "kind@YYYY-MM-DD>" told as still ahead (a preview)
    own: frozenset[str] = frozenset()
    # the day the whole text names most often among the days up to a week before the article's date
    # (`main_day`, told at least twice): the day of the happening it reports, "" when none is
    main: str = ""
    # the places the title and lead name (`lead_places`: states, countries, capitals), by their group's key
    places: frozenset[str] = frozenset()
    # the title and lead name the article's own date only by a bare weekday ("on Friday" in a Friday article:
    # `MAIN_OWN_WEEKDAY_RULES`), which may as well be the last or the next such day (`own_weekday_only`): two
    # articles of one date that both name it so share no day of their happening by it (`EventStats.days`, rule
    # `link.story.own_weekday`)
    weekday_only: bool = False
    # rule `link.story.poll` (`poll_told`): 2 the title names an opinion poll, 1 only the lead does, 0 neither
    poll: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"names": sorted(self.names), "days": sorted(self.days), "numbers": sorted(self.numbers),
                "occasions": sorted(self.occasions), "ahead": sorted(self.ahead), "reported": sorted(self.reported),
                "words": sorted(self.words), **({"digest": True} if self.digest else {}),
                **({"later": sorted(self.later)} if self.later else {}),
                **({"published": self.published} if self.published else {}),
                **({"own": sorted(self.own)} if self.own else {}),
                **({"main": self.main} if self.main else {}),
                **({"places": sorted(self.places)} if self.places else {}),
                **({"weekday_only": True} if self.weekday_only else {}),
                **({"poll": self.poll} if self.poll else {})}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> EventKey:
        d = d or {}
        return cls(frozenset(d.get("names", [])), frozenset(d.get("days", [])), frozenset(d.get("numbers", [])),
                   frozenset(d.get("occasions", [])), frozenset(d.get("ahead", [])), frozenset(d.get("reported", [])),
                   frozenset(d.get("words", [])), bool(d.get("digest", False)), frozenset(d.get("later", [])),
                   str(d.get("published", "")), frozenset(d.get("own", [])), str(d.get("main", "")),
                   frozenset(d.get("places", [])), bool(d.get("weekday_only", False)), int(d.get("poll", 0)))


EMPTY = EventKey(frozenset(), frozenset(), frozenset())


def _lead_span(doc: dict[str, Any]) -> tuple[int, int]:
    body = [s for s in doc.get("segments", []) if s.get("kind") == "body"]
    start = int(body[0]["start"]) if body else 0
    return start, start + LEAD


def story_text(doc: dict[str, Any], limit: int = 600) -> str:
    """Title and lead: what a story's happening is told by."""
    text = str(doc.get("text") or "")
    title = str(doc.get("title") or "")
    body = ""
    for seg in doc.get("segments", []):
        if seg.get("kind") == "body":
            body += text[int(seg["start"]) : int(seg["end"])] + " "
            if len(body) > limit:
                break
    if not body:
        body = text
    if title and body.startswith(title):
        body = body[len(title) :]
    return re.sub(r"\s+", " ", f"{title}. {body}")[:limit]



@cache
def _time_words() -> frozenset[str]:
    """Weekdays, months, seasons and relative days of every language (`time.json`): no names."""
    return frozenset().union(*(calendar_words(lang) for lang in languages()))


def title_case(title: str) -> bool:
    """Whether a title capitalises its words as names are ("Trump Endorses Paul Ryan In Wisconsin"):
    at least four words of four letters or more, three quarters of them capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", title) if len(w) >= 4]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _phrases(text: str, opening: bool = True) -> Iterator[tuple[list[str], bool]]:
    """The capitalised phrases of `text` as words, each with whether it opens a sentence (the
    text's start does when `opening`)."""
    for m in _NAME.finditer(text):
        before = text[max(0, m.start() - 12): m.start()].rstrip(_OPENERS)  # what closes the last sentence
        if not before and m.start() > 12:
            before = text[: m.start()].rstrip(_OPENERS)
        yield m.group().split(), (before[-1] in ".!?:\n" if before else opening)


def named_words(text: str) -> frozenset[str]:
    """The words `text` writes capitalised inside a sentence (lower case): what may open a name."""
    return frozenset(w.lower() for words, first in _phrases(text) for w in (words[1:] if first else words))


def _names_in(text: str, *, phrases_only: bool = False, named: frozenset[str] | None = None,
              opening: bool = True) -> set[str]:
    """Capitalised words and phrases of `text` as name keys. A phrase is split at function words
    and words of time ("Tuesday's", "März"); at a sentence's start (the text's start too when
    `opening`) its first words are dropped unless `named` (`named_words` of the document) holds
    them ("While Republican …", "Möglicherweise Wrack"), and a single word is none; with
    `phrases_only` only phrases of two or more words count ("Bad Reichenhall", not "Halle")."""
    stop, time = word_lists()["stopwords"], _time_words()
    named = named_words(text) if named is None else named
    out: set[str] = set()
    for words, first in _phrases(text, opening):
        if first:
            if len(words) < 2:
                continue
            while words and words[0].lower() not in named:
                words = words[1:]
        run: list[str] = []
        for w in [*words, ""]:
            low = _POSSESSIVE.sub("", w.lower())
            if w and low not in stop and low.rstrip(".") not in time:
                run.append(w)
                continue
            key = name_key(" ".join(run)) if run and (len(run) > 1 or not phrases_only) else ""
            if len(key) >= 3:
                out.add(key)
            run = []
    return out


@cache
def _ahead_words(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Patterns of the words that tell an occasion as still ahead, before it in its clause and right
    after it (`occasion_ahead` of link.json), of the language, else of every language."""
    before: set[str] = set()
    after: set[str] = set()
    for x in languages_for(lang):
        d = load(str(x), "link").get("occasion_ahead", {})
        before.update(w.lower() for w in d.get("before", []))
        after.update(w.lower() for w in d.get("after", []))

    def pattern(ws: set[str], at_start: bool) -> re.Pattern[str] | None:
        if not ws:
            return None
        if at_start:
            return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")(?![\w'’])")
        return re.compile(_word_alternation(ws))

    return pattern(before, False), pattern(after, True)


def _told_ahead(text: str, s: int, e: int, value_end: int, lang: str | None) -> bool:
    """Whether the occasion word at `text[s:e]`, whose day ends at `value_end`, is told as ahead: a
    word of `occasion_ahead` before it in its clause (at most 80 characters back), or one right
    after the occasion and its day."""
    before, after = _ahead_words(lang)
    back = text[max(0, s - 80):s].lower()
    marks = list(_CLAUSE_MARK.finditer(back))
    if marks:
        back = back[marks[-1].end():]
    if before and before.search(back):
        return True
    tail = text[max(e, value_end):max(e, value_end) + 40].lower()
    m = _CLAUSE_MARK.search(tail)
    return bool(after and after.search(tail[:m.start()] if m else tail))


@cache
def _occasion_words(lang: str | None) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(word or phrase → kind, (compound head, kind) …) of the language, else of every language:
    `occasions` and `occasion_heads` of link.json, lower case."""
    words: dict[str, str] = {}
    heads: list[tuple[str, str]] = []
    for x in languages_for(lang):
        d = load(str(x), "link")
        for kind, ws in d.get("occasions", {}).items():
            for w in ws:
                words.setdefault(w.lower(), kind)
        for kind, ws in d.get("occasion_heads", {}).items():
            heads += [(w.lower(), kind) for w in ws]
    return words, tuple(heads)


#: a day beside an occasion word: at most this many characters between them, no sentence or clause
#: mark between ("Tuesday's debate", "the debate on Tuesday", "am Dienstag bei einer Kundgebung")
OCCASION_REACH = 25
_OCC_WORD = re.compile(r"[^\W\d_][\w-]*")
_CLAUSE_MARK = re.compile(r"[.;:!?,\n]")


def occasion_spans(text: str, start: int, end: int, timexes: list[dict[str, Any]],
                   lang: str | None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each occasion word of `text[start:end]` (`occasions` of link.json, a
    phrase of two words as "news conference", or a German compound that ends in a word of
    `occasion_heads`), none inside a time expression ("March 3", "Fasching")."""
    words, heads = _occasion_words(lang)
    spans: list[tuple[int, int, str]] = []
    if not words:
        return spans
    inside = [(int(t["start"]), int(t["end"])) for t in timexes if start <= int(t.get("start", -1)) < end]
    # the words of the text itself, each lower-cased: offsets stay the text's (lower-casing the whole
    # text first would shift them after a letter whose lower case is longer, as "İ")
    for m in _OCC_WORD.finditer(text, start, end):
        w = m.group().lower()
        if any(s <= m.start() < e for s, e in inside):
            continue
        kind = words.get(w) or next((k for h, k in heads if w.endswith(h) and len(w) > len(h)), None)
        nxt = re.match(r"\s+([^\W\d_][\w-]*)", text[m.end():m.end() + 30])
        if nxt and f"{w} {nxt.group(1).lower()}" in words:  # a phrase: "news conference", "town hall"
            kind, spans_end = words[f"{w} {nxt.group(1).lower()}"], m.end() + nxt.end()
        else:
            spans_end = m.end()
        if kind:
            spans.append((m.start(), spans_end, kind))
    return spans


def occasions_of(text: str, start: int, end: int, timexes: list[dict[str, Any]], lang: str | None,
                 published: str = "") -> set[str]:
    """The occasions `text[start:end]` tells with their day (`kind@YYYY-MM-DD`): each occasion word
    (or a German compound that ends in one) with the nearest time expression beside it, when that
    one resolves to a day (DATE, or TIME of a day: "Tuesday night"). Given the article's date
    (`published`), those told as still ahead are marked `kind@YYYY-MM-DD>`: a day after it, or the
    day itself with a word of `occasion_ahead` in the clause ("ahead of Tuesday's primary" in an
    article of that Tuesday); a day before it is told as taken place whatever words stand beside it
    ("polls ahead of Tuesday's primary had shown …" the day after): such a one is marked
    `kind@YYYY-MM-DD~`, neither a report nor a preview. Each kind that a word names, with a day
    beside it or not, and not told as ahead, is in the answer as `kind?` (`EventKey.reported`)."""
    if not _occasion_words(lang)[0]:
        return set()
    tx = sorted(((int(t["start"]), int(t["end"]), str(t.get("value"))) for t in timexes
                 if t.get("type") in ("DATE", "TIME") and start - OCCASION_REACH <= int(t.get("start", -1)) < end + OCCASION_REACH),
                key=lambda x: x[0])
    if not tx:
        return set()
    spans = occasion_spans(text, start, end, timexes, lang)
    # the kinds named, not told as ahead: "kind?" in the answer
    kinds = {kind for s, e, kind in spans if not _told_ahead(text, s, e, e, lang)}
    out: set[str] = set()
    dated = bool(_DAY.match(published))
    for s, e, kind in spans:
        best: tuple[int, str, int, int] | None = None
        for ts, te, value in tx:
            gap = text[te:s] if te <= s else text[e:ts] if ts >= e else None
            if gap is None or len(gap) > OCCASION_REACH or _CLAUSE_MARK.search(gap):
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), value, ts, te)
        if best and _DAY.match(best[1]):
            day = best[1][:10]
            if not dated or day > published[:10]:
                out.add(f"{kind}@{day}" + (">" if dated else ""))
            elif _told_ahead(text, min(s, best[2]), e, best[3], lang):
                # the day itself: a preview; a day before: looked at as it was ahead ("polls ahead of
                # Tuesday's primary had …"), which tells neither a report nor a preview
                out.add(f"{kind}@{day}" + (">" if day == published[:10] else "~"))
            else:
                out.add(f"{kind}@{day}")
    for kind in kinds:
        out.add(f"{kind}?")
    return out


#: a kind of happening is one of the article's own occasions (`own_occasions`) when its words weigh
#: this much in the whole text (each mention 1, one in the title or lead 2); at most `OWN_KINDS` kinds,
#: the heaviest first; the kinds of `own_occasion_skip` (link.json: "election") are left out
OWN_WEIGHT = 2
OWN_KINDS = 2


@cache
def _own_skip(lang: str | None) -> frozenset[str]:
    """The kinds `own_occasions` leaves out (`own_occasion_skip` of link.json), of the language,
    else of every language."""
    return frozenset(k for x in languages_for(lang) for k in load(str(x), "link").get("own_occasion_skip", []))


def own_occasions(text: str, timexes: list[dict[str, Any]], lang: str | None, published: str = "",
                  lead_end: int = LEAD) -> frozenset[str]:
    """The occasions an article reports or previews, read from its whole text: the kinds of
    happening it names most (`OWN_WEIGHT`, `OWN_KINDS`), each with the days a time expression beside
    one of its words resolves to (`occasions_of`: "kind@YYYY-MM-DD" told as taken place,
    "kind@YYYY-MM-DD>" told as still ahead), or, where no word of that kind has a day beside it, the
    article's own date as the day of the happening it reports ("kind@YYYY-MM-DD?")."""
    spans = occasion_spans(text, 0, len(text), timexes, lang)
    skip = _own_skip(lang)
    weight: Counter[str] = Counter()
    for s, _e, kind in spans:
        if kind not in skip:
            weight[kind] += 2 if s < lead_end else 1
    kinds = [k for k, w in sorted(weight.items(), key=lambda x: (-x[1], x[0])) if w >= OWN_WEIGHT][:OWN_KINDS]
    if not kinds:
        return frozenset()
    told = occasions_of(text, 0, len(text), timexes, lang, published)
    out: set[str] = set()
    for kind in kinds:
        mine = {o for o in told if o.startswith(f"{kind}@") and not o.endswith("~")}
        out |= mine
        if not mine and _DAY.match(published):
            out.add(f"{kind}@{published[:10]}?")
    return frozenset(out)


def _own_days(own: frozenset[str], undated: bool) -> dict[str, tuple[list[int], list[int]]]:
    """kind → (day ordinals reported, day ordinals told as ahead) of `EventKey.own`; the days of
    the article's date ("?") only when `undated`."""
    out: dict[str, tuple[list[int], list[int]]] = {}
    for o in own:
        kind, _, day = o.partition("@")
        if day.endswith("?") and not undated:
            continue
        ahead = day.endswith(">")
        d = _ordinals(frozenset({day.rstrip("?>")}))
        if d:
            out.setdefault(kind, ([], []))[1 if ahead else 0].append(d[0])
    return out


def _near_any(xs: list[int], ys: list[int], reach: int = 1) -> bool:
    return any(abs(x - y) <= reach for x in xs for y in ys)


def occasion_agreement(a: EventKey, b: EventKey, undated: bool = True) -> int:
    """Whether two articles report one occasion by their own occasions (`EventKey.own`): 1 when
    they report an occasion of one kind on days at most one apart (a night's happening is dated
    the next morning) or preview the same day's, -1 when every occasion of a kind both report lies
    two or more days apart, or one previews what the other reports (a debate's preview against the
    next day's report), else 0; both at once is 0. `undated`: the occasions dated by the article's
    date count too."""
    return own_agreement(a.own, b.own, undated)


def own_kinds(own: frozenset[str]) -> frozenset[str]:
    """The kinds of happening of an article's own occasions (`EventKey.own`: "debate", "rally")."""
    return frozenset(o.partition("@")[0] for o in own)


@cache
def _places() -> tuple[re.Pattern[str], dict[str, str]]:
    """The place names of resources/common/places.json (states of the US, Germany, Austria; the US
    states also by their newswire abbreviations, `abbreviations`: "N.H.", "Fla.") and the
    countries and capitals of countries.json: one pattern of every form, longest first, and each form
    → its key (the group's first form; across languages one key, `exonym_keys`)."""
    first: dict[str, str] = {}
    places = load("common", "places")
    short = places.get("abbreviations", {})  # "N.H.", "Fla.": the newswire's forms of the US states
    for group in places.get("groups", []):
        for form in [*group, *short.get(group[0], [])]:
            first.setdefault(form, group[0])
    countries = load("common", "countries")
    for form in [*countries.get("countries", []), *countries.get("capitals", [])]:
        first.setdefault(form, form)
    ex = exonym_keys()
    key = {f: ex.get(name_key(k), name_key(k)) for f, k in first.items()}
    # (a hyphen is no bound: "Sen. Holm (R-Iowa)", "Iowa-based" name the place too)
    bare = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(first, key=len, reverse=True)) + r")(?!\w)")
    # the name of an outlet, agency or party of outlets.json that holds a place ("New York Times",
    # "Washington Post", "Agence France-Presse") names no place: matched whole, longest first, key ""
    for e in load("common", "outlets").get("entries", []):
        for name in [e["name"], *e.get("aliases", [])]:
            if name not in key and bare.search(name):
                key[name] = ""
    forms = sorted(key, key=len, reverse=True)
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    return rx, key


def lead_places(text: str, persons: Iterable[str] = ()) -> frozenset[str]:
    """The places a title and lead name (`_places`: "New Hampshire", "Bayern", "Moskau"), by key; not
    those inside an outlet's name ("New York Times"), nor those inside the name of a person the
    analysis found (`persons`, `person_names`: "Georgia Smith", "Chad Miller" — a country's name that is
    also a given name or a surname names no place there; session 29)."""
    rx, key = _places()
    for name in sorted(persons, key=len, reverse=True):
        if len(name.split()) < 2 or rx.fullmatch(name):  # (not "Hong Kong" read as a person)
            continue
        # (only a place's name that stands beside a word of the person's name: a mention of a person
        # source is often a description, "New Jersey Gov. Ann Holt", "the Florida senator", "Ann Holt
        # of Iowa", whose place is the lead's all the same)
        inside = [(p.start(), p.end()) for p in rx.finditer(name) if _in_a_name(name, p.start(), p.end())]
        if not inside:
            continue
        chars = list(text)
        for occ in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            for a, b in inside:
                chars[occ.start() + a : occ.start() + b] = " " * (b - a)
        text = "".join(chars)
    words = _abbreviations_also_words()
    return frozenset(key[m.group(0)] for m in rx.finditer(text) if key[m.group(0)]
                     and (m.group(0) not in words or text[max(0, m.start() - 8) : m.start()].rstrip()[-1:] in _AFTER_A_PLACE))


#: what stands before an abbreviation that is also a word where it names its state: a comma after the town of a
#: dateline ("BOSTON, Mass."), the hyphen or parenthesis of a member's party and state ("D-Mass.", "(Mass.)")
_AFTER_A_PLACE = (",", "(", "-", "–")


@cache
def _abbreviations_also_words() -> frozenset[str]:
    """The states' abbreviations of places.json that are also words (`abbreviations_also_words`: "Mass.", the
    church service, "celebrated Mass."; "Ark."): they name their state only after a comma, a hyphen or a
    parenthesis (`_AFTER_A_PLACE`), not at a sentence's end after another word."""
    return frozenset(load("common", "places").get("abbreviations_also_words", []))


#: a word of a person's name beside a place's name inside it: capitalised, no abbreviation ("Gov.")
_NAME_BEFORE = re.compile(r"(?:^|\s)([A-ZÄÖÜ][\w'’-]*) $")
_NAME_AFTER = re.compile(r"^ ([A-ZÄÖÜ][\w'’-]*)(?![\w'’.-])")


def _in_a_name(name: str, start: int, end: int) -> bool:
    """Whether the place's name at [start, end) of a person's name is part of the name proper — the
    word right before or after it is a capitalised name word ("Georgia Smith", "Steve Israel"), no
    role word (`entities.role_words`: "Gov.", "Senator", "Chancellor") nor a function word ("The
    Florida senator")."""
    from .claims.words import word_lists
    from .entities import name_key, role_words

    roles = role_words()
    stop = word_lists()["stopwords"]
    for m in (_NAME_BEFORE.search(name[:start]), _NAME_AFTER.match(name[end:])):
        if m and name_key(m.group(1)) not in roles and m.group(1).lower() not in stop:
            return True
    return False


def person_names(doc: dict[str, Any]) -> frozenset[str]:
    """The names of the persons an analysis found, as the text writes them: a person source's name
    where one of its mentions writes it ("Steve Israel" of "Rep. Steve Israel (D-N.Y.)"; not a name a
    rule built from words around it, and not the rest of a mention, which is often a description with a
    place of its own: "Former Arizona State Senator Dr. Ann Holt", "the Florida senator") and the person
    entities of its named-entity step (`lead_places`)."""
    out: set[str] = set()
    for src in doc.get("sources", []):
        name = " ".join(str(src.get("name") or "").split())
        if src.get("type") == "person" and name:
            if any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", " ".join(str(m.get("text") or "").split()))
                   for m in src.get("mentions", [])):
                out.add(name)
    out.update(str(e.get("text") or "") for e in doc.get("entities", []) if e.get("label") in ("PER", "PERSON"))
    return frozenset(" ".join(n.split()) for n in out if n.strip())


def place_agreement(a: EventKey, b: EventKey) -> int:
    """Whether the titles and leads of two articles name one place (`EventKey.places`): 1 a place in
    common, -1 both name places and none in common, 0 when either names none. With the same kind of
    happening (`kind_agreement`), places apart are two happenings: a primary in one state and the
    next in another, a rally here and one there (rule `link.story.place`)."""
    if not a.places or not b.places:
        return 0
    return 1 if a.places & b.places else -1


#: rule `link.story.looks_back`: the later of two articles dated at least this many days apart tells
#: another happening when its title and lead do not go back to the earlier's day, whether they name a day or not
BACK_APART = 2


def looks_back(a: EventKey, b: EventKey, apart: int = BACK_APART) -> int:
    """Whether the later of two articles of different dates looks back at the earlier one's
    happening: 1 when its title and lead (`EventKey.days`) name the earlier's date or the day before
    it ("Tuesday's vote" in a Thursday report of a Tuesday article), or a day before the earlier's
    date that the earlier's title and lead name too ("Monday's storm" in a Wednesday and a Friday
    report); -1 when they name none of these and
    the two are dated `apart` days or more apart — a report two or three days on whose lead does not
    go back to that day tells the same people's next happening —, or, a day apart, when they name
    another day up to the later's own date instead (its happening's day, "on Wednesday" in a
    Wednesday report beside a Tuesday article); else 0 (the same date, undated, or a day apart with no
    day named: a night's happening is reported the next morning without its day). Rule
    `link.story.looks_back`."""
    da, db = _ordinals(frozenset({a.published})), _ordinals(frozenset({b.published}))
    if not da or not db or da[0] == db[0]:
        return 0
    (later, mine), (earlier, first) = (a, da[0]), (b, db[0])
    if da[0] < db[0]:
        (later, mine), (earlier, first) = (b, db[0]), (a, da[0])
    days = _ordinals(later.days)
    if any(first - 1 <= d <= first for d in days):
        return 1
    # both go back to one day before the earlier's date ("Monday's storm" in a Wednesday and a Friday
    # report): one happening told again
    if set(days) & {d for d in _ordinals(earlier.days) if d < first}:
        return 1
    if mine - first >= apart or any(d <= mine for d in days):
        return -1
    return 0


def kind_agreement(a: EventKey, b: EventKey) -> int:
    """Whether two articles report the same kind of happening, by the kinds their whole texts name
    most (`own_occasions`, at most `OWN_KINDS` each, whatever their days): 1 a kind in common, -1
    none in common (a debate against a rally, a ruling against a protest: the same people's other
    happening), 0 when either names no kind often enough. Rule `link.story.kind`."""
    ka, kb = own_kinds(a.own), own_kinds(b.own)
    if not ka or not kb:
        return 0
    return 1 if ka & kb else -1


def own_agreement(a: frozenset[str], b: frozenset[str], undated: bool = True) -> int:
    """`occasion_agreement` of two sets of own occasions (`EventKey.own`)."""
    da, db = _own_days(a, undated), _own_days(b, undated)
    agree = other = False
    for kind in da.keys() & db.keys():
        (ra, pa), (rb, pb) = da[kind], db[kind]
        if ra and rb:
            if _near_any(ra, rb):
                agree = True
            else:
                other = True
        elif pa and pb and _near_any(pa, pb, 0):
            agree = True
        if (pa and not ra and _near_any(pa, rb)) or (pb and not rb and _near_any(pb, ra)):
            other = True
    return 1 if agree and not other else -1 if other and not agree else 0


@cache
def _capitalised_nouns(lang: str | None) -> bool:
    """Whether the language writes its nouns capitalised (`capitalised_nouns` of link.json: German)."""
    return bool(lang in languages() and load(str(lang), "link").get("capitalised_nouns"))


def _names(doc: dict[str, Any], title: str, lead: str, end: int) -> set[str]:
    """Name keys of the title and lead and of the document's named sources. Where nouns are
    capitalised, the analysis's named entities before `end`, the phrases of two or more capitalised
    words, the title's words that name an entity of the document, and the sources' names; else the
    capitalised words and phrases, none of a title in title case."""
    lang = str(doc.get("language") or "")[:2].lower() or None
    sources = [str(x["name"]) for x in doc.get("sources", []) if x.get("type") in _NAMED and x.get("name")]
    named = named_words(str(doc.get("text") or ""))
    if not _capitalised_nouns(lang):
        names = (set() if title_case(title) else _names_in(title, named=named)) | _names_in(lead, named=named)
        for src in sources:
            names |= _names_in(src, named=named, opening=False)
        joined = _joined_names(f"{title}\n{lead}")
        # ("European Court", "Justice" of "European Court of Justice" are no names of their own)
        names = {k for k in names if not any(k != j and f" {k} " in f" {j} " for j in joined)} | joined
        return _without_roles({one_name(k, lang) for k in names})
    ents = [e for e in doc.get("entities", []) if e.get("text")]
    keys = {name_key(str(e["text"])) for e in ents}
    names = {name_key(str(e["text"])) for e in ents if int(e.get("start", end)) < end} | {name_key(x) for x in sources}
    names |= _names_in(title, phrases_only=True, named=named) | _names_in(lead, phrases_only=True, named=named)
    names |= _names_in(title, named=named) & keys
    # a single capitalised word that is a place or institution of exonyms.json ("Moskau", "Kreml")
    names |= {k for k in _names_in(title, named=named) | _names_in(lead, named=named) if is_exonym(k, lang)}
    names |= _country_adjectives(f"{title}\n{lead}") | _joined_names(f"{title}\n{lead}")
    return _without_roles({one_name(k, lang) for k in names if len(k) >= 3})


@cache
def _joined_exonyms() -> re.Pattern[str] | None:
    """The forms of exonyms.json with a word in lower case inside ("European Court of Justice",
    "Bundesamt für Migration und Flüchtlinge", "Ärzte ohne Grenzen"), which reading capitalised
    phrases splits at the function word ("European Court", "Justice")."""
    forms = sorted({f for g in load("common", "exonyms").get("groups", []) for f in g
                    if any(w[:1].islower() for w in f.split()[1:])}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)") if forms else None


def _joined_names(text: str) -> set[str]:
    """The name keys of the forms of `_joined_exonyms` that `text` holds."""
    found = _joined_exonyms()
    return {name_key(m.group()) for m in found.finditer(text)} if found else set()


@cache
def _country_adjective() -> re.Pattern[str] | None:
    """A country's adjective in lower case with its ending (`country_adjective_suffixes`,
    `country_adjective_stems` and `adjective_endings` of resources/<lang>/link.json: "russische",
    "deutschen"), the stem as group 1; None in languages that write none."""
    def words(key: str) -> list[str]:
        return sorted({w for x in languages() for w in load(x, "link").get(key, [])}, key=lambda w: (-len(w), w))
    suffixes, stems, ends = words("country_adjective_suffixes"), words("country_adjective_stems"), words("adjective_endings")
    if not suffixes and not stems:
        return None
    alts = [rf"[a-zäöüß]+(?:{'|'.join(map(re.escape, suffixes))})"] if suffixes else []
    alts += [re.escape(w) for w in stems]
    end = rf"(?:{'|'.join(map(re.escape, ends))})?" if ends else ""
    return re.compile(rf"(?<![\w-])({'|'.join(alts)}){end}(?![\w-])")


def _country_adjectives(text: str) -> set[str]:
    """The name keys of the countries whose adjective `text` writes in lower case, as German does
    ("die russische Armee", "im ukrainischen Netz": the stem is in its country's group of
    exonyms.json), where an English report writes it capitalised ("the Russian army")."""
    rx = _country_adjective()
    return {k for w in rx.findall(text) if (k := name_key(w)) in exonym_keys()} if rx is not None else set()


def _without_roles(names: set[str]) -> set[str]:
    """The name keys with the role before a person's name taken off ("Interior Minister Nino
    Jarkava", "House Speaker Anna Berg": the words after the last role word of `person_roles`, where
    two or more follow it), less those that are another key of two words or more with words before
    it where the name stands alone too ("EU-Ratspräsidentin Marta Lindgren" beside "Marta
    Lindgren"). The role is written differently in the other language and seldom twice alike in one,
    so as a rare key of its own it only lowered the share of names that two reports of one
    happening have in common."""
    roles = role_words()
    out = set()
    for k in names:
        words = k.split()
        cut = max((i for i, w in enumerate(words[:-2]) if w in roles), default=None)
        out.add(" ".join(words[cut + 1:]) if cut is not None else k)
    full = {k for k in out if " " in k}
    return {k for k in out if not any(k.endswith(" " + x) for x in full if x != k)}


def _capitalised_words(text: str, lang: str | None) -> set[str]:
    """Name keys of each capitalised word of `text` and of the ends of its capitalised phrases (split
    at function words and words of time), a genitive's stem beside the word ("Clintons": "clinton"):
    in German, where every noun is capitalised, what may be a name — to be matched against the names
    of an English document, where capitals mark them."""
    stop, time = word_lists()["stopwords"], _time_words()
    out: set[str] = set()
    for words, _first in _phrases(text):
        run: list[str] = []
        for w in [*words, ""]:
            low = w.lower()
            if w and low not in stop and low.rstrip(".") not in time:
                run.append(w)
                continue
            for i in range(len(run)):
                out.add(name_key(" ".join(run[i:])))
            for x in run:
                if len(x) > 4 and x[-1] == "s":
                    out.add(name_key(x[:-1]))
            run = []
    return {one_name(k, lang) for k in out if len(k) >= 3}


#: a digest ("Monday's Morning Briefing", "Ten things to know today") lists at least this many
#: headlines (runs of four or more words in capitals) in the first `DIGEST_REACH` characters of its
#: body; one article's section heads ("LONG QUEUES AT THE POLLS") are one or two
DIGEST_HEADLINES = 5
DIGEST_REACH = 3000
_HEADLINE = re.compile(r"(?:\b[A-Z0-9ÄÖÜ][A-Z0-9ÄÖÜ'’&.-]+\b[ ,:]*){4,}")


def is_digest(text: str, start: int = 0) -> bool:
    """Whether a text is a digest of many happenings (a newsletter of the day's headlines) rather
    than the report of one: `DIGEST_HEADLINES` headlines in capitals near its start. Such a
    document joins no story and no story takes it (benchmarks/linkdev: "newsletters and round-ups
    covering many happenings" are no one happening's story)."""
    return len(_HEADLINE.findall(text, start, start + DIGEST_REACH)) >= DIGEST_HEADLINES


def _without_amounts(text: str, doc: dict[str, Any], end: int) -> str:
    """`text` with the quantities and time expressions of the analysis blanked out (offsets kept):
    where nouns are capitalised, "50 Milliarden Euro", "zehn Kilometern Tiefe" are capitalised
    phrases that name no one, which the English report of the same happening writes in lower case
    ("50 billion euros") — as names they lower the share of names the two have in common and give
    two German reports of other happenings a rare "name" in common. Only `text[:end]` is read (the
    title and lead): what is returned ends there."""
    chars = list(text[:end])
    for x in [*doc.get("quantities", []), *doc.get("timexes", [])]:
        a, b = int(x.get("start", 0)), min(int(x.get("end", 0)), end)
        if a < b:
            chars[a:b] = "#" * (b - a)
    return "".join(chars)


def _numbers(doc: dict[str, Any], end: int) -> set[str]:
    """The numbers of the quantities before `end` (10 or more, not years) as strings; of a range the
    bounds it names ("mindestens zwölf", "at least 12": 12; "über 50 Milliarden Euro": 5e10), which
    the other language's report may write as a plain number."""
    nums: set[str] = set()
    for q in doc.get("quantities", []):
        if int(q.get("start", end)) >= end:
            continue
        v = q.get("value")
        for x in v if isinstance(v, list) else [v]:
            if isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 10 \
                    and not (float(x).is_integer() and 1900 <= x <= 2100):
                nums.add(f"{float(x):g}")
    return nums


def event_key(doc: dict[str, Any]) -> EventKey:
    """The event key of an analysed document (its analysis with `text`, `title`)."""
    text = str(doc.get("text") or "")
    s, e = _lead_span(doc)
    title = str(doc.get("title") or "")
    lang = str(doc.get("language") or "")[:2].lower() or None
    # where nouns are capitalised, names are read with the amounts and times blanked out
    shown = _without_amounts(text, doc, e) if _capitalised_nouns(lang) else text
    lead = shown[s:e]
    if title and text[s:e].startswith(title):  # the title as the text's first line is the title
        lead = lead[len(title):]
    if title and text.startswith(title):
        title = shown[: len(title)]
    names = _names(doc, title, lead, e)
    days = {str(t["value"])[:10] for t in doc.get("timexes", [])
            if t.get("type") in ("DATE", "TIME") and _DAY.match(str(t.get("value"))) and int(t.get("start", e)) < e}
    nums = _numbers(doc, e)
    # the happenings reported apart from those ahead ("vows to win the May 10 primary", "ahead of
    # Tuesday's primary" on the Tuesday): a preview is not the story of the report
    published = str(doc.get("date") or "")[:10]
    told = occasions_of(text, s, min(e, len(text)), doc.get("timexes", []), lang, published)
    occasions = {o for o in told if o[-1].isdigit()}
    ahead = {o[:-1] for o in told if o.endswith(">")}
    looked = {o[:-1] for o in told if o.endswith("~")} | ahead
    reported = set(occasions)
    if _DAY.match(published):
        reported |= {f"{o[:-1]}@{d}" for o in told if o.endswith("?") for d in days if d < published
                     and f"{o[:-1]}@{d}" not in looked}
    words = _capitalised_words(f"{title}\n{lead}", lang) if _capitalised_nouns(lang) else set()
    later = {d for d in days if d > published} if _DAY.match(published) else set()
    later |= today_ahead(doc, e, published)
    return EventKey(frozenset(n for n in names if n), frozenset(days), frozenset(nums), frozenset(occasions),
                    frozenset(ahead), frozenset(reported), frozenset(words), is_digest(text, s), frozenset(later),
                    published if _DAY.match(published) else "",
                    own_occasions(text, doc.get("timexes", []), lang, published, e),
                    main_day(doc.get("timexes", []), published), lead_places(story_text(doc, LEAD), person_names(doc)),
                    own_weekday_only(doc.get("timexes", []), published, e), poll_told(title, text[s:e], lang))


@cache
def _poll_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The words that name an opinion poll (`poll_words` of link.json), of the language, else of every language."""
    words = {w.lower() for x in languages_for(lang) for w in load(str(x), "link").get("poll_words", [])}
    return re.compile(_word_alternation(words), re.IGNORECASE) if words else None


def poll_told(title: str, lead: str, lang: str | None) -> int:
    """Rule `link.story.poll`: 2 when the title names an opinion poll (`poll_words`: "New poll shows …",
    "Umfrage: …"), 1 when only the lead does, 0 when neither."""
    pattern = _poll_pattern(lang)
    if pattern is None:
        return 0
    return 2 if pattern.search(title) else 1 if pattern.search(lead) else 0


def poll_apart(a: EventKey, b: EventKey) -> bool:
    """Rule `link.story.poll`: whether two articles are kept in different stories because one's title announces an
    opinion poll (`EventKey.poll` 2) and the other's title and lead name no poll at all (0). A poll's release is a
    happening of its own; the same candidates' debate, rally or remark of those days, which shares their names and
    days, is another one. A report that retells the poll in its lead (1) may still join it."""
    pa, pb = getattr(a, "poll", 0), getattr(b, "poll", 0)  # (a key made before the rule tells nothing)
    return (pa == 2 and pb == 0) or (pb == 2 and pa == 0)


def own_weekday_only(timexes: list[dict[str, Any]], published: str, end: int) -> bool:
    """Rule `link.story.own_weekday`: whether the title and lead (DATE and TIME timexes before `end`) name the
    article's own date, and name it only by a bare weekday (`MAIN_OWN_WEEKDAY_RULES`: "on Friday", "Freitagabend" in
    a Friday article) — a day the analysis resolves to the article's date that may as well be the last or the next
    such day, as `main_day` reads it since session 26. Two articles of one date that both name their day so tell
    nothing of one happening by it that their common date does not (`EventStats.days`)."""
    if not _DAY.match(published):
        return False
    rules = [t.get("rule") for t in timexes if t.get("type") in ("DATE", "TIME")
             and str(t.get("value"))[:10] == published[:10] and int(t.get("start", end)) < end]
    return bool(rules) and all(r in MAIN_OWN_WEEKDAY_RULES for r in rules)


#: rule `link.story.ahead_today`: a word of `today_ahead` at most this many characters from a day of
#: the lead, in its sentence, tells that day as still to come
TODAY_AHEAD_REACH = 120
#: a preposition of a later occasion (`today_ahead_before`: "ahead of") at most this many characters before
#: the day, its object's phrase ("ahead of the mayor's speech on Friday")
TODAY_AHEAD_BEFORE = 40


@cache
def _today_ahead_words(lang: str | None, which: str = "today_ahead") -> re.Pattern[str] | None:
    """The words of the future of `today_ahead` (link.json) of the language, else of every language,
    as one pattern (written as listed: "Will" at a sentence's start asks, a name "Will" names);
    `which="today_ahead_before"`: the prepositions of a later occasion ("ahead of"), which tell only the
    day after them."""
    words: set[str] = set()
    for x in languages_for(lang):
        words.update(load(str(x), "link").get(which, []))
    if not words:
        return None
    return re.compile(_word_alternation(words))


#: an apostrophe that opens a word of a list: a contraction, written onto the word before it ("he'll", "they’ll")
_APOSTROPHES = ("'", "’")


def _word_alternation(words: Iterable[str]) -> str:
    """One pattern of the words of a list, each a whole word, longest first: not inside another word — except a
    contraction ("'ll", "’ll"), which stands right after the word it is written onto ("he'll", "we’ll"), so that
    the future of "he'll be there on Thursday" is read as that of "he will" (rule `link.story.contraction`)."""
    alts = [(r"(?<=\w)" if w.startswith(_APOSTROPHES) else r"(?<![\w'’])") + re.escape(w)
            for w in sorted(words, key=len, reverse=True)]
    return r"(?:" + "|".join(alts) + r")(?![\w'’])"


def today_ahead(doc: dict[str, Any], end: int, published: str) -> set[str]:
    """Rule `link.story.ahead_today`: the days of the title and lead (DATE and TIME timexes before
    `end`) that are the article's own date and that their sentence tells as still to come — a word
    of `today_ahead` (link.json: "will", "set to", "wird") in the sentence at most
    `TODAY_AHEAD_REACH` characters before or after the time expression ("On Friday evening the mayor
    will open the bridge" in a Friday article). Such a day joins `EventKey.later`: it is no common
    day with a report that tells it as past (`EventStats.days`), as a preview written the morning of
    a speech is not the story of the speech's report the next day, though both name that evening."""
    if not _DAY.match(published):
        return set()
    lang = str(doc.get("language") or "")[:2].lower() or None
    rx, before = _today_ahead_words(lang), _today_ahead_words(lang, "today_ahead_before")
    text = str(doc.get("text") or "")
    sentences = [(int(x.get("start", 0)), int(x.get("end", 0))) for x in doc.get("sentences", [])]
    # a modal the analysis read as hearsay ("Am Freitagmorgen soll ein Mann die Bank überfallen haben":
    # hedge kind `reportative`) tells a past deed as told by others, not a day still to come
    hearsay = [(int(h.get("start", 0)), int(h.get("end", 0))) for h in doc.get("hedges", []) if h.get("kind") == "reportative"]
    out: set[str] = set()
    for t in doc.get("timexes", []):
        value, a = str(t.get("value")), int(t.get("start", end))
        if t.get("type") not in ("DATE", "TIME") or value[:10] != published or a >= end:
            continue
        b = int(t.get("end", a))
        s, e = next(((x, y) for x, y in sentences if x <= a < y), (0, len(text)))
        lo, hi = max(s, a - TODAY_AHEAD_REACH), min(e, b + TODAY_AHEAD_REACH)
        # (within the day's clause of the sentence: a colon or semicolon between the word and the day parts them —
        # "…, die die Partei führen soll: eine Konferenz, zu der sie am Freitag lud")
        lo = max([lo, *(i + 1 for i in (text.rfind(":", lo, a), text.rfind(";", lo, a)) if i >= 0)])
        hi = min([hi, *(i for i in (text.find(":", b, hi), text.find(";", b, hi)) if i >= 0)])
        # (a preposition of a later occasion only before the day, its object: "ahead of Friday's opening";
        # "spoke on Thursday ahead of the caucus", "ahead of her rival in a poll of Monday" tell no day to come)
        found = [w.start() for w in [*(rx.finditer(text, lo, a) if rx else ()), *(rx.finditer(text, b, hi) if rx else ()),
                                     *(before.finditer(text, max(lo, a - TODAY_AHEAD_BEFORE), a) if before else ())]]
        if any(not any(x <= w < y for x, y in hearsay) for w in found):
            out.add(published)
    return out


#: how many days before the article's date a day of its text may lie to be its happening's (`main_day`)
MAIN_REACH = 7
#: how often the whole text must name that day
MAIN_LEAST = 2
#: the timex rules whose day does not count for `main_day` where it is the article's own date: a bare
#: weekday that names the article's own weekday ("on Tuesday" in a Tuesday article) may be that day,
#: the last such day or the next one — the analysis resolves it to the article's date, so a preview
#: or a look back that names the day of the week it is published on dwelt on its own date
#: (benchmarks/linkdev, session 26: story F1 pooled 0.705 → 0.722 on the replayed candidates); a weekday
#: with a part of its day ("Dienstagabend", rule `timex.weekday_part`) is as ambiguous (session 27)
MAIN_OWN_WEEKDAY_RULES = frozenset({"timex.weekday", "timex.weekday_part"})


def main_day(timexes: list[dict[str, Any]], published: str, reach: int = MAIN_REACH, least: int = MAIN_LEAST) -> str:
    """The day of the happening an article reports, read from its whole text: the day (YYYY-MM-DD)
    that its DATE and TIME expressions resolve to most often among the article's date and the
    `reach` days before it, named at least `least` times (of equals, the one named first); "" when
    the article is undated or names no such day often enough. Two reports of one happening mostly
    dwell on its day ("on Tuesday", "Tuesday night", "am Dienstag"); the same people's next
    happening, two or more days on, on another one (`EventStats.main_day`). A bare weekday that
    resolves to the article's own date (`MAIN_OWN_WEEKDAY_RULES`: "Tuesday" in a Tuesday article,
    which may as well be the last or the next such day) is not counted."""
    try:
        pub = Date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return ""
    count: Counter[int] = Counter()
    for t in timexes:
        value = str(t.get("value"))[:10]
        if t.get("type") not in ("DATE", "TIME") or not _DAY.match(value):
            continue
        if t.get("rule") in MAIN_OWN_WEEKDAY_RULES and value == published[:10]:
            continue
        try:
            day = Date.fromisoformat(value).toordinal()
        except ValueError:
            continue
        if 0 <= pub - day <= reach:
            count[day] += 1
    if not count:
        return ""
    day, n = count.most_common(1)[0]
    return Date.fromordinal(day).isoformat() if n >= least else ""


def _ordinals(days: frozenset[str]) -> list[int]:
    out = []
    for d in days:
        try:
            out.append(Date.fromisoformat(d).toordinal())
        except ValueError:
            continue
    return out


class EventStats:
    """Document frequencies of name keys, and the event agreement of two documents."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0

    def add(self, key: EventKey) -> None:
        self.df.update(key.names)
        self.n += 1

    def _w(self, name: str) -> float:
        return math.log((self.n + 1) / (self.df.get(name, 0) + 1)) + 0.1

    def names(self, a: EventKey, b: EventKey) -> float:
        """IDF-weighted share of the names of the document with fewer that the other also holds."""
        an, bn = a.names, b.names
        # a document of a language that capitalises its nouns beside one that does not: its
        # capitalised words that the other holds as names are names too ("Paris", "Clinton")
        if a.words and not b.words:
            an = an | (a.words & bn)
        elif b.words and not a.words:
            bn = bn | (b.words & an)
        if not an or not bn:
            return 0.0
        small, large = (an, bn) if len(an) <= len(bn) else (bn, an)
        total = sum(self._w(x) for x in small)
        return sum(self._w(x) for x in small & large) / total if total else 0.0

    def rare(self, a: EventKey, b: EventKey) -> float:
        """How rare the rarest name the two hold in common is: its IDF among the linked documents
        as a share of the highest possible (a name no other document holds: 1), 0 with none in
        common. Reports of one happening share its rare names (a place, a wreck's name, a
        hall), two articles on the same people at other occasions mostly only common ones."""
        common = a.names & b.names
        if not common or self.n < 2:
            return 0.0
        top = math.log(self.n + 1)
        return max(math.log((self.n + 1) / (self.df.get(x, 0) + 1)) for x in common) / top

    @staticmethod
    def days(a: EventKey, b: EventKey, one_language: bool = True) -> int:
        """1 when both name a common day (both as past or both as to come: `EventKey.later`), -1
        when both name days and all are two or more days apart, or neither names a past day and
        their dates are two or more days apart (`EventKey.published`), else 0: one does not name a
        day, or the nearest are a day apart (a primary night and the next morning's analysis of it
        name the night and the morning, or a happening late one day is dated the next: neither
        agreement nor disagreement). In one language (`one_language`), the common date of two
        articles that both name it only by a bare weekday (`EventKey.weekday_only`: "Friday" in two
        Friday articles) is no common day (rule `link.story.own_weekday`, session 35: the same people's
        other happening of that day; across languages a common day is what anchors a pair,
        `linker.tells_the_happening`, and stays one)."""
        # a common day that one tells as to come and the other as past (a look-ahead to the day of
        # a vote and the vote's report): neither agreement nor disagreement
        common = {d for d in a.days & b.days if (d in a.later) == (d in b.later)}
        if one_language and a.published and a.published == b.published \
                and getattr(a, "weekday_only", False) and getattr(b, "weekday_only", False):
            common.discard(a.published)
        if common:
            return 1
        # neither names a day of its happening (none, or only days to come): each reports what
        # happened on its own date or the day before, so articles two or more days apart tell two
        # happenings (a delegate count and the next primary's result) — never an agreement, though
        if not a.days - a.later and not b.days - b.later:
            pa, pb = _ordinals(frozenset({a.published})), _ordinals(frozenset({b.published}))
            if pa and pb and abs(pa[0] - pb[0]) >= 2:
                return -1
        if not a.days or not b.days or a.days & b.days:
            return 0
        return 0 if any(abs(x - y) <= 1 for x in _ordinals(a.days) for y in _ordinals(b.days)) else -1

    @staticmethod
    def main_day(a: EventKey, b: EventKey, apart: int = 2) -> int:
        """1 when the two articles' happenings (`EventKey.main`, read from each whole text) fall on
        one day, -1 when they lie `apart` days or more apart (the same people's happenings of
        neighbouring occasions: a primary and the next rally), 0 when either has none or they are a
        day apart (a night and the next morning)."""
        x, y = _ordinals(frozenset({getattr(a, "main", "")})), _ordinals(frozenset({getattr(b, "main", "")}))
        if not x or not y:
            return 0
        if x[0] == y[0]:
            return 1
        return -1 if abs(x[0] - y[0]) >= apart else 0

    @staticmethod
    def numbers(a: EventKey, b: EventKey) -> int:
        """How many numbers of the lead the two have in common, -1 when both name numbers and none
        is common (a ferry's 214 passengers and a new ferry's 400 seats: two happenings), else 0."""
        if a.numbers and b.numbers and not a.numbers & b.numbers:
            return -1
        return len(a.numbers & b.numbers)
