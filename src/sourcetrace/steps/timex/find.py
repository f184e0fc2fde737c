"""The time expressions of one stretch of text (`find_timexes`): candidates by pattern, those that
are no dates set aside (ages, counts, parts of names, amounts), listed days and years joined."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ...document import Span, Timex
from ...resources import SUPPORTED, load
from ...textutil import folded_lower
from ..quantity import CURRENCY, UNIT, count_opens_sentence, street_number
from .tense import tense_where
from .values import closing_week, event_ahead, normalise
from .words import NEEDS_RX, alternation, kind_needs, kind_patterns, kind_triggers, time_lex, trigger_needs

YEAR_IN = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_NONE = "(?!x)x"  # matches nothing: a list no language fills


def _words(key: str) -> list[str]:
    """The words of `key` in every language's time.json (each language's in its order)."""
    return [w for lang in SUPPORTED for w in load(lang, "time").get(key, [])]


def _sub(key: str, part: str) -> list[str]:
    return [w for lang in SUPPORTED for w in load(lang, "time").get(key, {}).get(part, [])]


def _rx(words: list[str]) -> str:
    """An alternation of words and phrases, the longest first; a phrase's words apart by any space."""
    alts = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in alts) or _NONE


@dataclass(frozen=True)
class _Filters:
    """The words that set a candidate aside or trim it (resources/<lang>/time.json, every language's)."""

    age_after: re.Pattern[str]  # "16 Jahre alt", "three years older", "a 16-year-old": an age
    age_before: re.Pattern[str]  # "ab 16 Jahren", "aged 12 years"
    count_before: re.Pattern[str]  # "rund 1500 Azubis", "about 2000 people": a count
    count_before_weak: re.Pattern[str]  # "only 2000 tickets" a count, "only 2015 when …" a year
    clause_after_year: frozenset[str]  # "… 2015 when", "… 2015 and": the word after a year, no noun counted
    year_before_counts: dict[str, tuple[str, ...]]  # "von 2000 Einwohnern": a count before a plural noun
    year_before: re.Pattern[str]  # "im 1500 …", "of 1990 …": before a capitalised noun still a year
    amount_range: re.Pattern[str]  # "1450 bis 1850 Euro": the second end of a range of amounts
    apposition: re.Pattern[str]  # "vor drei Jahren, am 5. Mai": what may stand between a date and its apposition
    listed_day: re.Pattern[str]  # "am 3., 4. und 5. Oktober": a day number before the next one
    leading_preposition: re.Pattern[str]  # "am Samstag" → "Samstag": left out of the extent
    joined_year_gap: re.Pattern[str]  # "am 21. Mai dieses Jahres", "in March of last year"
    joined_year: re.Pattern[str]
    name_before_weekday: re.Pattern[str]  # "News Sunday …": a programme
    clock_unit_stems: tuple[str, ...]  # "Minuten", "minutes": a clock unit, no age ("mit zwölf Minuten Vorsprung")
    own_day_starts: tuple[str, ...]  # "morgen früh": a part of day that names its own day
    set_adjective_endings: tuple[str, ...]  # "die monatlichen Zahlungen": an inflected adjective of recurrence


@cache
def _filters() -> _Filters:
    hyphen = [w for w in _sub("age_after", "words") if w.startswith("-")]
    hyphen_stems = [w for w in _sub("age_after", "stems") if w.startswith("-")]
    spaced = [w for w in _sub("age_after", "words") if not w.startswith("-")]
    spaced_stems = [w for w in _sub("age_after", "stems") if not w.startswith("-")]
    return _Filters(
        age_after=re.compile(rf"(?:\s+(?:{_rx(spaced)})\b|\s+(?:{_rx(spaced_stems)})\w*|(?:{_rx(hyphen)})\b|(?:{_rx(hyphen_stems)}))", re.I),
        age_before=re.compile(rf"\b(?:{_rx(_words('age_before'))})\s+$", re.I),
        count_before=re.compile(rf"\b(?:{_rx(_words('count_before'))})\s+$", re.I),
        count_before_weak=re.compile(rf"\b(?:{_rx(_sub('count_before_weak', 'words'))})\s+$", re.I),
        clause_after_year=frozenset(w.lower() for w in _sub("count_before_weak", "clause_words")),
        year_before_counts={str(k).lower(): tuple(v) for code in SUPPORTED
                            for k, v in load(code, "time").get("year_before_counts", {}).items() if not str(k).startswith("_")},
        year_before=re.compile(rf"\b(?:{_rx(_words('year_before'))})\s+$", re.I),
        amount_range=re.compile(rf"\s*(?:{_rx(_words('amount_range'))}|-|–)\s*\d[\d.,']*\s*(?:{CURRENCY}|{UNIT})(?!\w)", re.I),
        apposition=re.compile(rf"[\s,(–—-]*(?:(?:{_rx(_sub('apposition', 'prepositions'))})\s+(?:(?:{_rx(_sub('apposition', 'articles'))})\s+)?)?", re.I),
        listed_day=re.compile(rf"(?<![\d.])(\d{{1,2}})\.(?:\s*,\s*|\s+(?:{_rx(_sub('listed_day', 'joiners'))})\s+"
                              rf"(?:(?:{_rx(_sub('listed_day', 'prepositions'))})\s+)?|\s*[-–]\s*)$"),
        leading_preposition=re.compile(rf"(?:{_rx(_sub('leading_prepositions', 'prepositions'))})\s+"
                                       rf"(?:(?:{_rx(_sub('leading_prepositions', 'articles'))})\s+)?", re.I),
        joined_year_gap=re.compile(rf"\s*(?:(?:{_rx(_sub('joined_year', 'links'))})\s+)?", re.I),
        joined_year=re.compile(rf"(?:(?:{_rx(_sub('joined_year', 'articles'))})\s+)?\w*\s*(?:{_rx(_sub('joined_year', 'stems'))})", re.I),
        name_before_weekday=re.compile(rf"\b(?:{_rx(_words('name_before_weekday'))})[ \t]+$"),
        clock_unit_stems=tuple(w.lower() for w in _words("clock_unit_stems")),
        own_day_starts=tuple(w.lower() for w in _words("own_day_starts")),
        set_adjective_endings=tuple(w.lower() for w in _words("set_adjective_endings")),
    )


def full_day(value: str) -> dt.date | None:
    if re.match(r"\d{4}-\d\d-\d\d(?:T|$)", value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


_TITLE_KINDS = ("rel_week", "relpart")
# a broadcaster or paper before a title: an all-capitals name ("CBS") or a possessive ("ABC's"), and an
# opening quotation mark after it ("ABC's \"This Week\"")
_OWNER_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|\w['’]s)[ \t]+[\"“„]?$")


def _programme_title(text: str, s: int, e: int) -> bool:
    """A relative phrase of more than one word, each capitalised, right after a broadcaster's name
    or possessive and before a word in lower case: a programme's title ("told CBS This Morning on
    air", "ABC's This Week with …"), no time. A headline in title case ("Markets Rally This Week")
    has no owner before it."""
    words = text[s:e].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if not _OWNER_BEFORE.search(text[max(0, s - 20) : s]):
        return False
    nxt = re.match(r"[\"”“]?[ \t]+(\S+)", text[e : e + 30])
    return bool(nxt and nxt.group(1)[:1].islower())


_QUOTE_OPEN = "\"“„«"
_QUOTE_CLOSE = "\"”“»"


def _quoted_title(text: str, s: int, e: int) -> bool:
    """A capitalised time word inside a short title in quotation marks, each of its two to five words
    capitalised but for short function words ("a guest spot on “Friday Night Live”", "his show “Nolan
    Tonight.”"): a show's or a book's name, no time (timex.not.quoted_title)."""
    if not text[s : s + 1].isupper():
        return False
    left = max(text.rfind(q, max(0, s - 40), s) for q in _QUOTE_OPEN)
    rights = [i for i in (text.find(q, e, e + 40) for q in _QUOTE_CLOSE) if i >= 0]
    if left < 0 or not rights:
        return False
    inner = text[left + 1 : min(rights)].strip().rstrip(".,!?")
    words = inner.split()
    if not 2 <= len(words) <= 5 or any(c in inner for c in "\n.!?,;:" + _QUOTE_OPEN + _QUOTE_CLOSE):
        return False
    return words[0][:1].isupper() and words[-1][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in words)


def _name_part(text: str, s: int, e: int, kind: str) -> bool:
    """A time word inside a name: a hyphenated compound ("ZDF-heute", "heute-journal"), or an
    all-capitals word beside another one ("USA TODAY"), or a capitalised deictic word inside a
    sentence ("the Today programme", "die Sendung Heute"), or inside a short title in quotation marks."""
    if kind in _TITLE_KINDS and _programme_title(text, s, e):
        return True
    if kind in (*_NAMEABLE, "relpart", "weekday_part") and _quoted_title(text, s, e):
        return True
    if kind not in _NAMEABLE:
        return False
    word = text[s:e]
    if (s > 1 and text[s - 1] == "-" and text[s - 2].isalnum()) or (e + 1 < len(text) and text[e] == "-" and text[e + 1].isalnum()):
        return True
    if word.isupper() and len(word) > 2:
        left = re.search(r"([A-Za-zÄÖÜäöü&.']+)\s+$", text[max(0, s - 30) : s])
        right = re.match(r"\s+([A-Za-zÄÖÜäöü&.']+)", text[e : e + 30])
        return any(x is not None and x.group(1).isupper() and len(x.group(1)) > 1 for x in (left, right))
    if word[:1].isupper() and " " not in word:
        # "Hürriyet Daily News": a capitalised time word between two capitalised words
        left = re.search(r"(\S+)[ \t]+$", text[max(0, s - 30) : s])
        right = re.match(r"[ \t]+(\S+)", text[e : e + 30])
        if left and right and left.group(1)[:1].isupper() and right.group(1)[:1].isupper() and left.group(1)[-1:].isalnum():
            return True
    if word[:1].isupper() and kind == "set" and re.match(r"[ \t]+[A-Z][\w]", text[e : e + 3]):
        return True  # "Daily NK", "Weekly Standard": a name
    if word[:1].isupper() and kind == "set" and " " not in word \
            and re.search(r"\b[A-Z][\w'’]*[ \t]+[A-Z][\w'’]*[ \t]+$", text[max(0, s - 40) : s]):
        return True  # "Radio News Daily airs at six": a capitalised rate word after two capitalised words closes a name
    if kind in ("weekday", "weekday_part") and word[:1].isupper() and _filters().name_before_weekday.search(text[max(0, s - 8) : s]):
        return True  # "Radio Sunday Hour": a programme (not "told ABC News on Monday": the preposition opens the date)
    if word[:1].isupper() and kind == "relday" and " " not in word and _OWNER_BEFORE.search(text[max(0, s - 20) : s]) \
            and not re.match(r"[\"”“]?[ \t]+[A-Z]", text[e : e + 3]):
        return True  # "told NBC Today that …", "on ABC's Today": a broadcaster's programme, no day
    if word[:1].isupper() and kind == "relday":
        before = text[max(0, s - 3) : s]
        return bool(re.search(r"[a-zäöüß,][ \t]+$", before))
    return False


@cache
def _period_relatives() -> tuple[frozenset[str], frozenset[str]]:
    """(the articles, the relative words) of `period_relative` in resources/<lang>/time.json."""
    arts = {w.lower() for lang in SUPPORTED for w in load(lang, "time").get("period_relative", {}).get("articles", [])}
    rels = {w.lower() for lang in SUPPORTED for w in load(lang, "time").get("period_relative", {}).get("relatives", [])}
    return frozenset(arts), frozenset(rels)


def _period_named(text: str, m: re.Match[str]) -> bool:
    """A unit of time with an indefinite article and a relative clause after it ("a day when …",
    "a year that …", `period_relative`): one such day or year that the clause describes, no duration."""
    arts, rels = _period_relatives()
    words = m.group(0).split()
    if len(words) != 2 or words[0].lower() not in arts:
        return False
    nxt = re.match(r"\s+(\w+)", text[m.end() : m.end() + 20])
    return bool(nxt and nxt.group(1).lower() in rels)


@cache
def _rate_articles() -> dict[str, frozenset[str]]:
    """The articles that make a unit of time the unit of a rate after an amount (`rate_articles` of each
    language's time.json: "a", "an")."""
    return {lang: frozenset(w.lower() for w in load(lang, "time").get("rate_articles", [])) for lang in SUPPORTED}


_AMOUNT_BEFORE = re.compile(r"(?:\d[\d,.]*(?:\s*(?:million|billion|thousand|hundred))?|\d[\d,.]*-?[a-z]+)(?:[ \t]+[a-z][a-z'-]*){0,3}[ \t]*-?$"
                            r"|\$\d[\d,.]*-$")


def _rate_unit(text: str, m: re.Match[str], code: str | None) -> bool:
    """A unit of time after an indefinite article right after an amount and at most three words of its
    noun ("50 minutes a day", "sent 50 men a day", "earns $37,000 a year", "a $6.99-a-month service"): the
    unit of a rate (`rate_articles` of the language), no time of its own; not "with a year left", "a week
    of voting" (no amount before)."""
    words = m.group(0).split()
    arts = _rate_articles().get(code or "", frozenset()) if code in SUPPORTED else frozenset().union(*_rate_articles().values())
    first = re.split(r"-", words[0])[0].lower()
    if len(words) > 2 or first not in arts or (len(words) == 1 and "-" not in words[0]):
        return False
    prev = re.search(r"(\w+)[ \t]+$", text[max(0, m.start() - 20) : m.start()])
    if prev and prev.group(1).lower() in _rate_not_after():
        return False  # "$33 billion over a decade", "in more than a year": a span, no rate
    amount = _AMOUNT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    # not when a new clause starts between the amount and the unit ("In 2015 he spent a year abroad",
    # "paid $500 and waited a month": `rate_breaks`)
    return amount is not None and not any(w in _rate_breaks() for w in re.findall(r"[a-z][a-z'-]*", amount.group(0)))


@cache
def _rate_not_after() -> frozenset[str]:
    return frozenset(w.lower() for lang in SUPPORTED for w in load(lang, "time").get("rate_not_after", []))


@cache
def _rate_breaks() -> frozenset[str]:
    return frozenset(w.lower() for lang in SUPPORTED for w in load(lang, "time").get("rate_breaks", []))


def _rate_or_attribute(text: str, m: re.Match[str]) -> bool:
    """A word of recurrence that names no time: the unit of a rate after an amount ("eine Million
    Barrel pro Tag", "200 Aufgriffe pro Woche", "40 per month": `set_rate_words`), or an adjective
    before its noun — German by its ending ("die monatlichen Zahlungen", "des jährlichen Umsatzes"),
    English after a determiner or "of" ("their daily business", "activities of daily life":
    `set_attributive_before`), or a noun after an article ("a local daily."). "Er war täglich dort",
    "published weekly" stay sets."""
    lx = time_lex()
    words = m.group(0).split()
    if len(words) > 1 and words[0].lower() in lx.set_rate_words:
        return True
    if len(words) > 1:
        return False
    if words[0].lower().endswith(_filters().set_adjective_endings):
        return True
    before = re.search(r"(\w+)\s+$", text[max(0, m.start() - 20) : m.start()])
    if before and before.group(1).lower() in lx.set_attributive_before and words[0].islower():
        return True
    # "a local daily.", "the weekly,": the noun (a paper), after an article, before a comma or a full stop
    return bool(re.search(r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?$", text[max(0, m.start() - 20) : m.start()])) \
        and re.match(r"[.,;:]", text[m.end() : m.end() + 1]) is not None


def _age(text: str, m: re.Match[str]) -> bool:
    fl = _filters()
    clock = time_lex().units.get(m.group(0).split()[-1].lower()) in ("S", "H") or any(u in m.group(0).lower() for u in fl.clock_unit_stems)
    if fl.age_after.match(text, m.end()) or (not clock and fl.age_before.search(text[max(0, m.start() - 8) : m.start()])):
        return True  # "16 Jahre alt", "mit elf Wochen"; not "mit zwölf Sekunden Vorsprung"
    # a number of years after a word of age in the same clause: "Kinder zwischen sechs und elf
    # Jahren", "die Altersgrenze von 18 Jahren", "children under 12 years"
    lx = time_lex()
    years = lx.units.get(m.group(0).split()[-1].lower()) == "Y"
    since = re.search(r"(\w+)\s+$", text[max(0, m.start() - 12) : m.start()])
    if not years or (since and since.group(1).lower() in lx.backward | lx.past):
        return False  # "seit drei Jahren", "in the past two years": how long, whoever it is about
    return _age_context().search(text, max(0, m.start() - 60), m.start()) is not None


@cache
def _age_context() -> re.Pattern[str]:
    words = {w for lang in SUPPORTED for w in load(lang, "time").get("age_nouns", [])}
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"\b(?:{alternation(words)})\b[^.;:!?\n]{{0,40}}$", re.I)


@cache
def _day_idioms() -> re.Pattern[str]:
    """The idioms of day words that name no day (`day_idioms` of resources/<lang>/time.json, every language's)."""
    pats = _words("day_idioms")
    return re.compile(rf"\b(?:{'|'.join(pats)})\b" if pats else _NONE, re.I)


@cache
def _both_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the words for "both", the words after which they count) of `both_words` in resources/<lang>/time.json."""
    words = frozenset(w.lower() for w in _sub("both_words", "words"))
    lx = time_lex()
    after = frozenset(w.lower() for w in _sub("both_words", "counted_after")) | lx.past | lx.nxt | lx.this
    return words, after


def _both(text: str, m: re.Match[str]) -> bool:
    """A duration or date counted with a word for "both" that counts nothing ("in beiden Jahren
    zusammen", "in jedem der beiden Jahre": the two years named before); after a word of time
    ("den vergangenen beiden Jahren") it is a count of two."""
    words, after = _both_words()
    for w in re.finditer(r"\w+", m.group(0)):
        if w.group(0).lower() in words:
            before = re.search(r"(\w+)\s+$", text[max(0, m.start() + w.start() - 30) : m.start() + w.start()])
            return not (before and before.group(1).lower() in after)
    return False


@cache
def _numbered_name_words() -> dict[str, frozenset[str]]:
    """The words after which a number of four digits is a name's number, by language
    (`numbered_name_words` of resources/<lang>/time.json), in lower case."""
    return {lang: frozenset(w.lower() for w in load(lang, "time").get("numbered_name_words", [])) for lang in SUPPORTED}


def _numbered_name(text: str, start: int, code: str | None) -> bool:
    """A four-digit number right after a word that numbers a bill or a record ("House Bill 1714",
    "HB 1714's", "Prop. 1850", "Drucksache 1830": `numbered_name_words` of the text's language, every
    language's when unknown), the word capitalised or abbreviated with a full stop: the name's number,
    no year; not "there are no 2015 figures" (a determiner)."""
    before = re.search(r"([^\W\d_][\w.]*?)(\.?)[ \t]+$", text[max(0, start - 20) : start])
    if before is None or not (before.group(1)[:1].isupper() or before.group(2)):
        return False  # a name's label is capitalised or abbreviated: "no 2015 figures" names the year
    words = _numbered_name_words()
    known = words.get(code or "", frozenset()) if code in words else frozenset().union(*words.values())
    return before.group(1).lower() in known


def _count(text: str, m: re.Match[str], code: str | None = None) -> bool:
    return year_counts(text, m.start(), m.end(), code)


def _count_follows(text: str, end: int) -> bool:
    """A number within two words after a four-digit one ("Waren es 2014 noch neun, …"): the count is that
    number, the four digits its year."""
    nxt = re.match(r"[ \t]+(?:\w+[ \t]+)?(\w+)", text[end : end + 40])
    return nxt is not None and (nxt.group(1).isdigit() or time_lex().numbers.get(nxt.group(1).lower(), 0) >= 2)  # (not "an", "ein")


def year_counts(text: str, start: int, end: int, code: str | None = None, nouns: bool = True) -> bool:
    """A four-digit number that counts something: after a bound ("rund 1500"), or before a
    capitalised noun without a determiner or preposition that would make it a year; in a language
    that capitalises its nouns (`count_opens_sentence` of its time.json) also at a sentence's start
    before one ("1500 Beamte sollen es werden": timex.not.count; an English headline, "2016 Was Hard",
    keeps its year)."""
    before = text[max(0, start - 14) : start]
    if _filters().count_before_weak.search(before) and _clause_after(text, end):
        return False  # "it was only 2015 when …": a year (timex.year_bare), no count of what follows
    if (bound := _filters().count_before.search(before)) is not None and not _count_follows(text, end) \
            and not re.match(r"['’]s\b", text[end : end + 3]):  # ("more than 2015's total": that year's)
        # not a year's bound after a preposition of time ("bis mindestens 2021", "until at least 2030")
        prep = re.search(r"(\w+)\s+$", text[max(0, start - 14 - 20) : start - len(before) + bound.start()])
        lx = time_lex()
        return prep is None or prep.group(1).lower() not in lx.forward | lx.backward
    if not nouns:
        return False  # (the bound alone: the quantity step's question)
    nxt = re.match(r"[ \t]+([A-ZÄÖÜ][a-zäöüß]+)", text[end : end + 30])
    if count_opens_sentence(text, start, end, code):
        return True
    if nxt and (prep := _filters().year_before.search(before)) is not None:
        # "von 2000 Einwohnern": a preposition of `year_before_counts` before a plural noun (its ending) counts
        endings = _filters().year_before_counts.get(prep.group(0).strip().lower(), ())
        return bool(endings) and nxt.group(1).endswith(endings)
    return bool(nxt) and bool(re.search(r"[a-zäöüß,]\s+$", before))


def _counted_after_preposition(text: str, m: re.Match[str]) -> bool:
    """A year's match that opens with a preposition of `year_before_counts` ("von 2000") and is followed by
    a capitalised noun with one of its endings ("von 2000 Einwohnern"): a count (timex.not.count)."""
    first = m.group(0).split()[0].lower()
    endings = _filters().year_before_counts.get(first, ())
    nxt = re.match(r"[ \t]+([A-ZÄÖÜ][a-zäöüß]+)", text[m.end() : m.end() + 30])
    return bool(endings) and nxt is not None and nxt.group(1).endswith(endings)


def _clause_after(text: str, end: int) -> bool:
    """The number at text[:end] is followed by a punctuation mark or a word of `count_before_weak`'s
    `clause_words` ("only 2015 when", "only 2015, …"): no noun that it counts."""
    nxt = re.match(r"[ \t]*(\w+|[^\w\s])", text[end : end + 30])
    return nxt is None or not nxt.group(1)[0].isalnum() or nxt.group(1).lower() in _filters().clause_after_year



def _joins_year(text: str, prev: Timex, m: re.Match[str]) -> bool:
    """Whether a year expression (`m`, "dieses Jahres", "of last year") completes the month or day
    just before it (`prev`, named without a year)."""
    if prev.type != "DATE" or not re.fullmatch(r"\d{4}-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)|", prev.value) or prev.rule not in _YEARLESS:
        return False
    if YEAR_IN.search(text[prev.span.start : prev.span.end]):
        return False
    gap = text[prev.span.end : m.start()]
    fl = _filters()
    return bool(fl.joined_year_gap.fullmatch(gap)) and bool(fl.joined_year.match(m.group(0)))


_YEARLESS = ("timex.day_month_year", "timex.month_day_year", "timex.month", "timex.weekday_date", "timex.season",
             "timex.month_pair")


_YEARLESS_KINDS = ("day_month_year", "month_day_year", "weekday_date", "month", "month_attr")


def _undated(lo: dt.date, hi: dt.date | None) -> bool:
    """Whether the article date is unknown (the anchor a range of more than a year)."""
    return hi is not None and (hi - lo).days > 366


def _sentence_year(text: str, found: list[Timex]) -> str | None:
    """In an undated text, the year the sentence itself names before a month without one ("im
    Frühjahr 2019 kamen bis Ende Mai mehr Gäste"): the narrative's year, evidence of the text and
    no guess."""
    for t in reversed(found):
        if t.type == "DATE" and re.match(r"\d{4}", t.value) and YEAR_IN.search(text[t.span.start : t.span.end]):
            return t.value[:4]
    return None


def _narrative_year(text: str, prev: Timex, m: re.Match[str], start: int) -> str | None:
    """The year a date without one takes from the date named just before it in the same sentence,
    when it stands in apposition to it ("vor drei Jahren, am 5. Mai", "in 2019, on May 5",
    "im Jahr 2019 (im März)"): the narrative's year, not the article's."""
    if prev.type != "DATE" or not re.fullmatch(r"\d{4}(?:-\d\d)?", prev.value) or prev.span.start < start:
        return None
    if prev.rule not in ("timex.ago", "timex.year", "timex.year_bare", "timex.month_year", "timex.rel_week") :
        return None
    if _filters().apposition.fullmatch(text, prev.span.end, m.start()) is None:
        return None
    if len(prev.value) == 7 and m.group(0) and not re.search(r"\d", m.group(0)):
        return None  # a month after a month ("im März 2019, im April") names its own
    return prev.value[:4]


_NARRATED_DAYS = ("day_month_year", "month_day_year", "holiday")
# how far from the last day the text named (in days) a day and month without a year may lie to belong to it
_NARRATED_BEFORE, _NARRATED_AFTER = 14, 60
_RECENT_DAYS = 31  # a day this close before the article's is news of the days before it, not of the narrative


def _narrated_day(value: str, narrative: dt.date, window: str, expr: str, code: str | None, anchor: dt.date) -> str:
    """A day and month without a year in a text whose last named day lies in a year before the
    article's ("… on December 16, 2010. … She returned on December 27"): the day of that narrative
    (the nearest such day, up to two weeks before or two months after it) rather than the one nearest
    the article's date; not in a clause of the future ("the court will rule on January 5"), nor when
    that day lies in the month before the article's ("founded on May 5, 2010, held its meeting on
    June 1" in a text of 10 June: this June's)."""
    if (given := full_day(value)) is not None and 0 <= (anchor - given).days <= _RECENT_DAYS:
        return value
    try:
        cands = [dt.date(y, int(value[5:7]), int(value[8:10])) for y in (narrative.year - 1, narrative.year, narrative.year + 1)]
    except ValueError:
        return value
    day = min(cands, key=lambda d: abs((d - narrative).days))
    if not -_NARRATED_BEFORE <= (day - narrative).days <= _NARRATED_AFTER or day.isoformat() == value:
        return value
    if tense_where(window, expr, code)[0] == "future":
        return value
    return day.isoformat()


# how many years before the article's a named year may lie for "Vorjahr" to count from it: a year of the
# figures a text reports ("die Zahlen für 2020 … im Vergleich zum Vorjahr"), not a founding year long past
# ("1998 gegründet … steigerte den Umsatz gegenüber dem Vorjahr": the article's year before)
_YEAR_RECENT = 6


_LOWER_WORD_END = re.compile(r"(?<![\w-])[a-z][a-z']*\s$")
_NAMEABLE = ("relday", "weekday", "nowadays", "daypart", "weekend", "ref", "set")


def find_timexes(text: str, start: int, end: int, anchor: dt.date, *,
                 alt: dt.date | None = None, narrative: dt.date | None = None,
                 narrative_year: int | None = None, code: str | None = None,
                 recent_year: int | None = None, narrative_month: tuple[int, int] | None = None) -> list[Timex]:
    """Non-overlapping temporal expressions in text[start:end], earliest-longest first. `alt`, when
    given, is the other end of the range the article date may stand for: a value that differs
    between `anchor` and `alt` is left unresolved (empty). `narrative` is the last day the text named
    before this stretch; anaphoric expressions count from it. `recent_year`, a year the text named in so
    many words in this sentence or the one before: "Vorjahr" is the year before it. `narrative_month`, the
    (year, month) of the last month or day the text named with a resolved value: "later that month", "a
    month later" count from it. `code` is the stretch's language
    (its tense markers); None uses every language's."""
    cands: list[tuple[int, int, str, re.Match[str]]] = []
    triggers = kind_triggers()
    needs = kind_needs()
    trigger_words = trigger_needs()
    low = folded_lower(text[start:end])  # (`FOLD`, then lower case)
    has: dict[object, bool] = {}  # each trigger and each need searched at most once per stretch
    for kind, rx in kind_patterns():
        need = needs.get(kind)
        if need is not None:
            ok = False
            for w in need:
                if w in NEEDS_RX:
                    if w not in has:
                        has[w] = NEEDS_RX[w].search(text, start, end) is not None
                    ok = has[w]
                else:
                    ok = w in low
                if ok:
                    break
            if not ok:
                continue  # the pattern needs a word (or a number) this stretch lacks
        trig = triggers.get(kind)
        if trig is not None:
            if trig not in has:
                has[trig] = any(w in low for w in trigger_words[trig]) and trig.search(text, start, end) is not None
            if not has[trig]:
                continue  # the pattern needs a word this stretch lacks (a month name, "später", …)
        for m in rx.finditer(text, start, end):
            if m.end() > m.start():
                cands.append((m.start(), -(m.end() - m.start()), kind, m))
    idioms = [(i.start(), i.end()) for i in _day_idioms().finditer(text, start, end)]
    if idioms:
        cands = [c for c in cands if not any(a <= c[0] < b for a, b in idioms)]  # "lieber heute als morgen": no day
    cands.sort(key=lambda c: (c[0], c[1]))
    out: list[Timex] = []
    taken_end = -1
    window = text[start:end]
    for s, _neg, kind, m in cands:
        if s < taken_end:
            continue
        if _name_part(text, m.start(), m.end(), kind):
            continue
        if kind == "month" and any(w in time_lex().ambiguous_months for w in m.group(0).split()):
            continue  # "this may get resolved": a modal in lower case, no month
        if kind == "month_pair":
            if not out or out[-1].rule not in _PAIRED_MONTHS or text[out[-1].span.end : m.start()].strip():
                continue  # "und Mai" right after a month only ("im April und Mai")
            pair = _month_pair(m, out[-1])
            if pair is not None:
                out.append(pair)
                taken_end = m.end()
            continue
        if kind == "set" and _rate_or_attribute(text, m):
            continue  # "200 Aufgriffe pro Woche", "die monatlichen Zahlungen": no time of their own
        if kind in ("daypart", "relday") and (word_before := re.search(r"(\w+)\s+$", text[max(0, s - 12) : s])) \
                and word_before.group(1).lower() in time_lex().set_determiners:
            continue  # "jeden Morgen" (every morning): a recurring part of day, not tomorrow nor one day
        lo, hi = anchor, alt
        if kind in ("clock", "daypart") and not m.group(0).lower().startswith(_filters().own_day_starts):
            # a time or part of day belongs to the date just mentioned ("Donnerstag, 25. Februar, um
            # 20 Uhr"), else to the day the narrative is at ("Am Dienstag … Am Nachmittag …")
            day = next((full_day(t.value) for t in reversed(out) if t.type == "DATE" and full_day(t.value)), None)
            day = day or (narrative if kind == "daypart" else None)
            if day:
                lo, hi = day, None
        if kind == "month_attr" and (code not in time_lex().month_before_noun or not _LOWER_WORD_END.search(text[max(0, s - 30) : s])):
            continue  # a language without that order, or a name or sentence start before it ("Snowboarder March")
        if kind == "duration" and _rate_unit(text, m, code):
            continue  # "50 minutes a day", "$9-a-month plan", "3,000 a year": the unit of a rate, no time (timex.not.rate)
        if kind == "duration" and _period_named(text, m):
            continue  # "a day when the buses do not run", "in a year that brought …": that day or year, no duration
        if kind in ("duration", "duration2", "in_future", "ago", "later") and _both(text, m):
            continue  # "in beiden Jahren zusammen": the two years named before, no time of its own
        if kind in ("duration", "duration2") and _age(text, m):
            continue  # an age ("16 Jahre alt", "ab 16 Jahren", "mit elf Wochen"), not a duration
        if (kind == "year_bare" and _count(text, m, code)) or (kind == "year" and _counted_after_preposition(text, m)) or (kind in ("year", "year_bare") and _filters().amount_range.match(text, m.end())):
            continue  # "rund 1500 Azubis", "fast 2000 Mitarbeiter": a number, not a year
        if kind == "year_bare" and street_number(text, m.start(), m.end()):
            continue  # "of 1987 Birch Drive": a house number
        if kind == "year_bare" and _numbered_name(text, m.start(), code):
            continue  # "House Bill 1714", "HB 1714", "Drucksache 1830": a bill's or a record's number, no year (timex.not.numbered_name)
        res = normalise(kind, m, lo, window, narrative, narrative_year, code, narrative_month=narrative_month)
        if res is None:
            continue
        typ, value = res
        anchored = not YEAR_IN.search(m.group(0)) and typ in ("DATE", "TIME") and not value.endswith("_REF")
        if value and hi is not None and hi != lo and (kind != "anaphoric" or narrative is None) \
                and (kind != "anaphoric_year" or narrative_year is None) and (kind not in ("anaphoric_month", "later", "month_part") or narrative_month is None):
            other = normalise(kind, m, hi, window, narrative, narrative_year, code, narrative_month=narrative_month)
            if other is None or other[1] != value:
                value = ""  # relative to a date we do not know precisely enough: left unresolved
        if kind in ("rel_week", "year", "anaphoric_year") and re.fullmatch(r"\d{4}", value or "0") and out and _joins_year(text, out[-1], m):
            # "am 21. Mai dieses Jahres", "in March of last year": one expression, its year from the second part
            prev = out[-1]
            prev.span = Span(prev.span.start, m.end())
            if prev.value and value:
                prev.value = value + prev.value[4:]
            elif not value:
                prev.value = ""
            if prev.rule == "timex.month_pair" and len(out) > 1 and out[-2].rule in _PAIRED_MONTHS:
                _pair_year(out[-2], prev)  # "zwischen März und Mai des Vorjahres": both that year
            taken_end = m.end()
            continue
        if value and typ == "DATE" and kind in _NARRATED_DAYS and not YEAR_IN.search(m.group(0)) and narrative is not None \
                and (hi is None or hi == lo) and narrative.year < lo.year:
            value = _narrated_day(value, narrative, window, m.group(0), code, lo)
        if value and typ == "DATE" and kind in _YEARLESS_KINDS and not YEAR_IN.search(m.group(0)) and out:
            year = _narrative_year(text, out[-1], m, start)
            if year:
                value = year + value[4:]  # "vor drei Jahren, am 5. Mai": the May of that year
        elif not value and typ == "DATE" and kind in _YEARLESS_KINDS and not YEAR_IN.search(m.group(0)) and out:
            year = _narrative_year(text, out[-1], m, start) or (_sentence_year(text, out) if _undated(lo, hi) else None)
            res2 = normalise(kind, m, dt.date(int(year), 6, 30), window, narrative, code=code) if year else None
            if year and res2 and res2[1]:
                value = year + res2[1][4:]
        elif value and kind == "heuer" and recent_year is not None and lo.year - _YEAR_RECENT <= recent_year != lo.year \
                and value == str(lo.year - 1):
            value = str(recent_year - 1)  # "… im Jahr 2020. … ein Anstieg im Vergleich zum Vorjahr": the year before 2020
        elif not value and kind == "heuer" and out and _undated(lo, hi) and (year := _sentence_year(text, out)):
            # "im Frühjahr 2019 … mehr als im Vorjahr": the year before the one this sentence names
            res2 = normalise(kind, m, dt.date(int(year), 6, 30), window, narrative, code=code)
            value = res2[1] if res2 else ""
        s0 = m.start()
        pm = _filters().leading_preposition.match(text, s0, m.end())
        if pm and pm.end() < m.end():
            s0 = pm.end()  # TimeML extents leave out the preposition: "am Samstag" → "Samstag"
        out.extend(_listed_days(text, max(start, taken_end), s0, value) if kind == "day_month_year" else [])
        # a relative unit read as a span up to now ("in the last year" P1Y, "in six months" of work done) names
        # that reading in its rule, as the date reading keeps the kind's own
        rule = f"timex.{kind}+span" if typ == "DURATION" and kind in ("rel_week", "in_future") else f"timex.{kind}"
        if kind in ("month", "month_attr", "season") and value and any(w in time_lex().this for w in m.group(0).lower().split()):
            rule += "+this"  # "this November", "this summer": of the article's year, whatever the tense (values.normalise)
        if kind == "rel_week" and typ == "DATE" and closing_week(m, lo):
            rule += "+closing"  # "this past week" on a Saturday or Sunday: the article's own week (values.closing_week)
        if kind == "weekday" and typ == "DATE" and event_ahead(m, code):
            rule += "+event_ahead"  # "days before the county fair on Monday": the day of an event looked forward to (values._event_ahead)
        out.append(Timex(Span(s0, m.end()), typ, value, rule, anchored=anchored and bool(value)))  # type: ignore[arg-type]
        taken_end = m.end()
        if value and typ in ("DATE", "TIME") and full_day(value):
            narrative = full_day(value)
        if value and typ in ("DATE", "TIME") and (mm := re.match(r"(\d{4})-(\d\d)(?:-\d\d|$|T)", value)):
            narrative_month = (int(mm.group(1)), int(mm.group(2)))
        if value and typ == "DATE" and re.match(r"\d{4}", value) and YEAR_IN.search(m.group(0)):
            narrative_year = recent_year = int(value[:4])
    _range_years(text, out)
    _range_firsts(text, out, start, code)
    return out


@cache
def _range_first_rx(code: str | None) -> re.Pattern[str]:
    """A number and a joiner right before a duration's number (`duration_range_joiners` of the language, every
    language's when None): "zwölf oder |13 Jahre", "ten to |15 years", "3-|5 years"."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)
    joiners = {w for c in codes for w in load(c, "time").get("duration_range_joiners", [])}
    numbers = alternation(k for k in time_lex().numbers if k.isalpha() and len(k) > 1)
    join = rf"\s+(?:{alternation(joiners)})\s+" if joiners else r"(?!x)x"
    return re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?|{numbers})(?:{join}|\s?[-–]\s?)$", re.I)


def _range_firsts(text: str, found: list[Timex], start: int, code: str | None) -> None:
    """The first end of a range of durations that names its unit once ("zwölf oder 13 Jahre", "ten to
    15 years"): a duration of its own with the second's unit (timex.duration+range_first), as the two
    ends of a range of years are two dates. A number that is itself a duration is left alone."""
    for i in range(len(found) - 1, -1, -1):
        t = found[i]
        um = re.fullmatch(r"(PT?)(\d+(?:\.\d+)?)([A-Z]+)", t.value)
        if t.rule != "timex.duration" or um is None or not text[t.span.start : t.span.start + 1].isalnum():
            continue
        lm = _listed_rx(code).search(text, max(start, t.span.start - 60), t.span.start)
        if lm is not None and not (i > 0 and found[i - 1].span.end > lm.start()):
            _listed_durations(found, i, lm, um)
            continue
        m = _range_first_rx(code).search(text, max(start, t.span.start - 40), t.span.start)
        if m is None or (i > 0 and found[i - 1].span.end > m.start(1)):
            continue
        word = m.group(1).lower()
        n = time_lex().numbers.get(word) if not word[0].isdigit() else float(word.replace(",", "."))
        if n is None or n >= float(um.group(2)):
            continue  # a first end not below the second ("20 to 5 years"): no range
        value = f"{um.group(1)}{int(n) if n == int(n) else n}{um.group(3)}"
        found.insert(i, Timex(Span(m.start(1), m.end(1)), "DURATION", value, "timex.duration+range_first"))


@cache
def _listed_rx(code: str | None) -> re.Pattern[str]:
    """Numbers listed with commas and a joiner of `duration_list` right before a duration's number, an
    adverb of its `fillers` between ("stayed two, three or even |four weeks", "zwei, drei oder |vier Jahre")."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)
    part = [load(c, "time").get("duration_list", {}) for c in codes]
    joiners, fillers = {w for p in part for w in p.get("joiners", [])}, {w for p in part for w in p.get("fillers", [])}
    numbers = alternation(k for k in time_lex().numbers if k.isalpha() and len(k) > 1)
    n = rf"(?:\d+|{numbers})"
    fill = rf"(?:(?:{alternation(fillers)})\s+)?" if fillers else ""
    return re.compile(rf"(?<![\w.,])({n}(?:,\s*{n})+),?\s+(?:{alternation(joiners) or '(?!x)x'})\s+{fill}$", re.I)


def _listed_durations(found: list[Timex], i: int, lm: re.Match[str], um: re.Match[str]) -> None:
    """Each number of a list before a duration that names the unit once ("two, three or even four weeks"):
    a duration of its own with that unit (timex.duration+listed), when the numbers rise to the last."""
    nums = [(mm.start() + lm.start(1), mm.end() + lm.start(1), mm.group(0)) for mm in re.finditer(r"\w+", lm.group(1))]
    values = [time_lex().numbers.get(w.lower()) if not w[0].isdigit() else float(w) for _, _, w in nums]
    last = float(um.group(2))
    if any(v is None for v in values) or not all(a < b for a, b in pairwise([*_floats(values), last])):
        return
    for (s0, e0, _), v in reversed(list(zip(nums, _floats(values), strict=True))):
        value = f"{um.group(1)}{int(v) if v == int(v) else v}{um.group(3)}"
        found.insert(i, Timex(Span(s0, e0), "DURATION", value, "timex.duration+listed"))


def _floats(values: list[float | int | None]) -> list[float]:
    """The numbers of a list that has no None."""
    return [float(v) for v in values if v is not None]


_PAIRED_MONTHS = ("timex.month", "timex.month_attr", "timex.month_pair")


def _month_pair(m: re.Match[str], first: Timex) -> Timex | None:
    """The second month of a pair ("zwischen Jänner und November", "in December and January"),
    without its conjunction: the year of the first month, or the one after when it comes earlier
    in the year (the months of a pair run forward); unresolved when the first is."""
    words = m.group(0).lower().split()
    month = time_lex().months.get(words[-1])
    if month is None:
        return None
    value = ""
    if re.fullmatch(r"\d{4}-\d\d", first.value):
        year = int(first.value[:4]) + (1 if month < int(first.value[5:7]) else 0)
        value = f"{year}-{month:02d}"
    start = m.end() - len(m.group(0).split()[-1])
    return Timex(Span(start, m.end()), "DATE", value, "timex.month_pair", anchored=bool(value))


def _pair_year(first: Timex, second: Timex) -> None:
    """The first month of a pair whose second took its year from a year phrase after it: that year,
    or the one before when the first month comes later in the year (the months of a pair run forward)."""
    if not (re.fullmatch(r"\d{4}-\d\d", first.value) and re.fullmatch(r"\d{4}-\d\d", second.value)):
        first.value = "" if not second.value else first.value
        return
    year = int(second.value[:4]) - (1 if int(first.value[5:7]) > int(second.value[5:7]) else 0)
    first.value = f"{year}{first.value[4:]}"


_RANGE_LINK = re.compile(r"\s*(?:bis(?:\s+(?:zum|Ende|Anfang))?|to|through|until|[-–])\s*", re.I)


def _range_years(text: str, found: list[Timex]) -> None:
    """The first month of a range whose second names its year ("Von März bis Juli 2019",
    "from March to June 2019"): that year, or the one before when the month comes later in the year."""
    lx = time_lex()
    for a, b in pairwise(found):
        if a.rule != "timex.month" or not re.fullmatch(r"\d{4}-\d\d", b.value) or not YEAR_IN.search(text[b.span.start : b.span.end]):
            continue
        if YEAR_IN.search(text[a.span.start : a.span.end]) or not _RANGE_LINK.fullmatch(text, a.span.end, b.span.start):
            continue
        words = re.findall(r"\w+", text[a.span.start : a.span.end].lower())
        month = next((lx.months[w] for w in reversed(words) if w in lx.months), None)
        if month is None:
            continue
        year = int(b.value[:4]) - (1 if month > int(b.value[5:7]) else 0)
        a.value, a.anchored = f"{year}-{month:02d}", False


def _listed_days(text: str, lo: int, end: int, value: str) -> list[Timex]:
    """The days listed before a day with its month ("am 3., 4. und 5. Oktober"), each with that
    month and year, earliest first."""
    found: list[Timex] = []
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return found
    while True:
        m = _filters().listed_day.search(text, max(lo, end - 30), end)
        if m is None:
            break
        try:
            day = dt.date(int(value[:4]), int(value[5:7]), int(m.group(1)))
        except ValueError:
            break
        found.append(Timex(Span(m.start(1), m.end(1)), "DATE", day.isoformat(), "timex.listed_day", anchored=True))
        end = m.start()
    return found[::-1]

