"""Temporal expressions normalised to TIMEX3-style values against the article date
(rule ids `timex.*`). Live-blog time stamps ("Update, 14.30 Uhr", "10:45") are not anchors of
their own here; a dated line ("13. Oktober 2024:") or a dated update ("Update, 4.6.2021, 10.15 Uhr:")
at the start of a line moves the anchor for what follows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import ClassVar

from ..document import CLAIM_SEGMENTS, ArticleDate, Document, Span, Timex
from ..language import clear_vote
from ..resources import SUPPORTED, load, pick
from ..textutil import OPENING_DOUBLE_QUOTES
from .quantity import _CURRENCY, _UNIT


@dataclass(frozen=True)
class _Lex:
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts: dict[str, str]
    reldays: dict[str, int]
    past: frozenset[str]
    nxt: frozenset[str]
    this: frozenset[str]
    units: dict[str, str]
    numbers: dict[str, float]
    anaphoric: dict[str, str]  # "am folgenden Tag" → "1", "am nächsten Morgen" → "1TMO"
    anaphoric_years: dict[str, int]  # "the following year" → 1: counted from the last year the text named
    later: frozenset[str]
    earlier: frozenset[str]
    forward: frozenset[str]
    backward: frozenset[str]
    frame_verbs: frozenset[str]
    ambiguous_months: frozenset[str]  # "may": a month only with a preposition or a day
    month_before_noun: frozenset[str]  # languages whose month names stand before a noun ("a September meeting")
    quarter_ordinals: dict[str, int]  # "dritten" → 3, "third" → 3
    quarter_nouns: frozenset[str]  # "Quartal", "quarter"
    half_nouns: frozenset[str]  # "Jahreshälfte", "half"
    quarter_needs_year: frozenset[str]  # languages whose quarter or half needs its year named ("the third quarter of 2019")
    adjective_units: dict[str, str]  # "wöchig" → "W": "einwöchigen", "14-tägige"
    relative_parts: dict[str, str]  # "last night" → "-1TNI": a part of a day counted from the article date
    vague_patterns: tuple[str, ...]  # vague durations ("in den vergangenen Jahren", "wochenlang")
    vague_units: tuple[tuple[str, str], ...]  # ("jahrzehnt", "DE"), ("jahr", "Y"), …: the first one held gives the unit


@cache
def _lex() -> _Lex:
    def merged(key: str) -> dict[str, object]:
        out: dict[str, object] = {}
        for lang in SUPPORTED:
            out.update(load(lang, "time").get(key, {}))
        return out

    def mergedl(key: str) -> frozenset[str]:
        return frozenset(w for lang in SUPPORTED for w in load(lang, "time").get(key, []))

    vague = [load(lang, "time").get("vague_duration", {}) for lang in SUPPORTED]
    nums = {k: float(v) for k, v in merged("numbers").items()}  # type: ignore[arg-type]
    for lang in SUPPORTED:
        nums.update({k: float(v) for k, v in load(lang, "time").get("number_words_units", {}).items()})
    return _Lex(
        months={k: int(v) for k, v in merged("months").items()},  # type: ignore[call-overload]
        weekdays={k: int(v) for k, v in merged("weekdays").items()},  # type: ignore[call-overload]
        seasons={k: str(v) for k, v in merged("seasons").items()},
        parts={k: str(v) for k, v in merged("parts_of_day").items()},
        reldays={k: int(v) for k, v in merged("relative_days").items()},  # type: ignore[call-overload]
        past=mergedl("past_words"),
        nxt=mergedl("next_words"),
        this=mergedl("this_words"),
        units={k: str(v) for k, v in merged("units").items()},
        numbers=nums,
        anaphoric={k.lower(): str(v) for k, v in (merged("anaphoric_days") | merged("anaphoric_parts")).items()},
        anaphoric_years={k.lower(): int(v) for k, v in merged("anaphoric_years").items()},  # type: ignore[call-overload]
        later=mergedl("later_words"),
        earlier=mergedl("earlier_words"),
        forward=frozenset(w.lower() for w in mergedl("forward_prepositions")),
        backward=frozenset(w.lower() for w in mergedl("backward_prepositions")),
        frame_verbs=frozenset(
            f.lower() for lang in SUPPORTED for v in load(lang, "cues").get("verbs", {}).values()
            if v.get("class") in ("speech", "writing", "report") for f in v.get("forms", [])
        ),
        ambiguous_months=frozenset(w.lower() for w in mergedl("ambiguous_months")),
        month_before_noun=frozenset(lang for lang in SUPPORTED if load(lang, "time").get("month_before_noun")),
        quarter_ordinals={k.lower(): int(v) for k, v in merged("quarter_ordinals").items()},  # type: ignore[call-overload]
        quarter_nouns=frozenset(w.lower() for w in mergedl("quarter_nouns")),
        half_nouns=frozenset(w.lower() for w in mergedl("half_nouns")),
        quarter_needs_year=frozenset(lang for lang in SUPPORTED if load(lang, "time").get("quarter_needs_year")),
        adjective_units={k.lower(): str(v) for k, v in merged("adjective_units").items()},
        relative_parts={k.lower(): str(v) for k, v in merged("relative_parts").items()},
        vague_patterns=tuple(p for v in vague for p in v.get("patterns", [])),
        vague_units=tuple((k.lower(), str(u)) for v in vague for k, u in v.get("units", {}).items()),
    )


def _alt(words: object) -> str:
    ws = sorted((w for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in ws)


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    lx = _lex()
    M = _alt(lx.months)
    W = _alt(lx.weekdays)
    S = _alt(lx.seasons)
    P = _alt(lx.past | lx.nxt | lx.this)
    U = _alt(lx.units)
    N = _alt(k for k in lx.numbers if len(k) > 1 or k == "a") + r"|\d+(?:[.,]\d+)?"
    Y = r"(?:1[5-9]\d\d|20\d\d)"
    pre_de = r"(?:(?:am|im|ab|seit|bis|vom|zum|um|in|an|von|nach|vor|Anfang|Mitte|Ende|Ende des|Anfang des|Mitte des)\s+(?:dem\s+|den\s+|der\s+)?)?"
    pre_en = r"(?:(?:on|in|since|until|by|from|early|late|mid|last|this|next|earlier|later)\s+(?:the\s+)?)?"
    pre = f"(?:{pre_de}|{pre_en})"
    rules: list[tuple[str, str]] = [
        ("iso", rf"\b{Y}-\d\d-\d\d\b"),
        ("numeric_date", rf"\b(?:(?:am|on)\s+)?(?:(?:{W}),?\s+(?:den\s+)?)?\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:{Y}|\d\d)\b"),
        ("day_month_year", rf"{pre}\b\d{{1,2}}\.?\s+(?:{M})\.?(?:\s*,?\s+{Y})?\b"),
        ("month_day_year", rf"{pre}\b(?:{M})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+{Y}\b)?"),
        ("weekday_date", rf"(?:\b(?:am|on)\s+)?\b(?:{W}),?\s+(?:(?:den|the)\s+)?(?:\d{{1,2}}\.?\s+(?:{M})(?:\s+{Y})?|(?:{M})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{Y})?)\b"),
        ("month_year", rf"{pre}\b(?:{M})\s+{Y}\b"),
        ("year_change", rf"(?:(?:ab|zum|nach|vor|bis)\s+(?:dem\s+)?)?\bJahreswechsel(?:\s+{Y}(?:/\d\d)?)?"),
        ("season_year", rf"{pre}\b(?:{S})\s+{Y}\b"),
        ("month", rf"(?:(?:im|in|seit|bis|ab|Anfang|Mitte|Ende|Ende des|Anfang des|early|late|mid|last|this|next)\s+|\bmid-|\b(?:(?:at|by|until|from|since|in)\s+)?the\s+(?:end|start|beginning|middle)\s+of\s+)(?:(?:{P})\s+)?(?:{M})\b(?!\s*\d)"),
        # a capitalised month between two lower-case words, before its noun: "a key September meeting"
        ("month_attr", r"(?<=(?-i:[a-z]) )(?-i:" + "|".join(re.escape(k.capitalize()) for k in sorted(lx.months, key=len, reverse=True)
                                                         if k.isalpha() and len(k) > 3 and k not in lx.ambiguous_months) + r")(?=\s+(?-i:[A-Z]{2,5}\s+)?(?-i:[a-z]{3,}))"),
        # the end, start or middle of the current year or week ("zum Jahresende", "Anfang der Woche")
        ("year_part", r"\b(?:Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte)\b|\b(?:Ende|Anfang|Mitte)\s+(?:dieses|des)\s+Jahres\b(?!\s+\d)|\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+year\b"),
        ("week_part", r"\b(?:Ende|Anfang|Mitte)\s+(?:der|dieser)\s+Woche\b|\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+week\b|\blater\s+this\s+week\b"),
        ("season", rf"(?:(?:im|im\s+vergangenen|im\s+kommenden|im\s+letzten|im\s+nächsten|in)\s+)(?:Frühjahr|Frühling|Sommer|Herbst|Winter)\b(?!\s*{Y})|(?:(?:in\s+the|this|last|next|during\s+the)\s+)(?:spring|summer|fall|autumn|winter)\b(?!\s*{Y})(?!\s+(?:in|of)\s+(?!the\b|a\b|an\b)(?-i:[a-z]))|\b(?:spring|summer|winter)time\b"),
        ("rel_week", rf"\b(?:(?:in\s+der|in\s+dieser|in\s+den|der|die|den|im|am)\s+)?(?:{P})\s+(?:Woche|Wochenende|Monat|Monats|Jahr|Jahres|week|weekend|month|year)\b"),
        ("ago", rf"\b(?:vor\s+(?:{N})\s+(?:{U})|(?:{N})\s+(?:{U})\s+ago)\b"),
        ("in_future", rf"\b(?:in|In)\s+(?:{N})\s+(?:Tagen|Wochen|Monaten|Jahren|days|weeks|months|years)\b"),
        ("weekday_part", rf"(?:(?:am|on|last|next|this)\s+)?\b(?:{W})(?:abend|morgen|nachmittag|vormittag|mittag|nacht)\b"),
        # not when a day of the month follows ("Dienstag, 3.5.2024", "Tuesday, May 3" are one date);
        # a number that is no date stays out ("On Tuesday, 3.5 million people voted")
        ("weekday", rf"(?:(?:am|on|last|next|this|vergangenen|kommenden|letzten|nächsten|seit|bis|ab|vom|diesen|diesem|an\s+diesem)\s+)?\b(?:{W})\b(?!\s*,?\s*(?:(?:den|the)\s+)?\d{{1,2}}(?:\.\s?\d{{1,2}}\.|\.?\s+(?:{M})\b|(?:st|nd|rd|th)\b))"),
        ("nowadays", r"\b(?:bis|noch|schon|auch|Noch|Schon|Bis)\s+heute\b(?!\s+(?:Abend|Morgen|Nachmittag|Vormittag|Mittag|Nacht|abend|morgen|früh))|\bheute\s+noch\b|\b(?:heutigen|Heutigen)\b|\b(?:Früher|früher)\b(?!\s+(?:als|oder|und|war(?:en)?\s+als))"),
        ("relday", r"\b(?:vorgestern|gestern|heute|übermorgen|yesterday|today|tomorrow)\b(?:\s+(?:Abend|Morgen|Nachmittag|Vormittag|Mittag|Nacht|abend|morgen|nachmittag|vormittag|mittag|nacht|morning|afternoon|evening|night))?"),
        # a part of the article's day or the night before ("last night", "this morning", "tonight")
        ("relpart", r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lx.relative_parts, key=len, reverse=True)) + r")\b" if lx.relative_parts else r"(?!x)x"),
        ("clock", r"\b(?:um\s+|ab\s+|gegen\s+|at\s+)?\d{1,2}(?:[.:]\d\d)?\s*Uhr\b|\b\d{1,2}:\d\d\s*(?:a\.m\.|p\.m\.|am|pm)"),
        ("decade", r"\b(?:in\s+den\s+|in\s+the\s+)?(?:1[5-9]|20)\d0(?:er(?:\s+Jahren?)?|s)\b"),
        ("year", rf"\b(?:(?:im\s+Jahr(?:e)?|des\s+Jahres|in\s+the\s+year|seit|bis|ab|von|vor|nach|in|since|until|by|from|before|after|Anfang|Mitte|Ende|early|late)\s+){Y}\b(?![.,]\d|\s*(?:Euro|Franken|Dollar|Mark|DM|Grad|km|Meter|Menschen)\b)"),
        # "1977", "(1959)", "2009-2011", "2005/2010"; not "17641", "DIN 15733", "1500 Euro", "2013-Bericht"
        ("year_bare", rf"(?<![\w.,'’])(?<![^\d\s(„\"]-)(?<![^\d\s(]/){Y}(?!\w|[.,']\d|[-/][^\W\d])(?!\s*(?:Euro|Franken|Dollar|Mark|DM|Grad|Menschen|Soldaten|Personen|km|Meter|mal)\b)"),
        ("duration2", rf"\b(?:{N})\s+(?:{U})\s+und\s+(?:{N})\s+(?:{U})\b"),
        # also hyphenated before a noun ("an 18-year insurgency", "a 30-day deadline"); not an age
        # ("18-year-old") nor a name ("the Six-Day War": a capitalised unit)
        # "binnen eines Tages": one unit in the genitive after a word of time span ("Eines Tages" alone is no duration)
        ("duration", rf"\b(?:(?:{N})\s+|mehr\s+als\s+(?:{N})\s+|über\s+(?:{N})\s+|(?:{N})-(?-i:(?=[a-z]))|(?:(?<=binnen\s)|(?<=innerhalb\s))eines\s+)(?:{U})\b(?!-old\b)"),
        ("set", r"\b(?:tägliche[nmrs]?|täglich|wöchentliche[nmrs]?|wöchentlich|monatliche[nmrs]?|monatlich|jährliche[nmrs]?|jährlich|daily|weekly|monthly|annually|yearly|(?:jeden|jedes|jede)\s+(?:Tag|Monat|Jahr|Woche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|(?:pro|einmal\s+im|einmal\s+pro)\s+(?:Tag|Monat|Jahr|Woche)|Jahr\s+(?:für|um)\s+Jahr|Tag\s+für\s+Tag|every\s+(?:day|week|month|year)|per\s+(?:day|week|month|year))\b"),
        ("century", r"\b(?:im|des|dem|ins|das)\s+(\d{1,2})\.\s+Jahrhunderts?\b"),
        ("decade2", r"\b(?:in\s+)?den\s+(\d0)er(?:\s+Jahren|-Jahren)\b"),
        ("clock2", r"\b(?:um|ab|bis|gegen|von)\s+(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?!\s*(?:Euro|Franken|Dollar|Prozent|%|Meter|km|Mio|Millionen))"),
        ("daypart", r"\b(?:am|Am|in\s+der|In\s+der)\s+(?:Vormittag|Nachmittag|Abend|Nacht|Mittag)\b(?!\s+(?:vom|zum|auf|von|des|zu)\b)|\bmorgen(?:\s+(?:früh|Abend|Nachmittag|Vormittag))?\b(?<!\bam\smorgen)"),
        ("weekend", r"\b(?:am|Am|übers|übers\s+|an\s+diesem)\s+Wochenende\b|\b(?:over|at|on|during)\s+the\s+weekend\b"),
        ("ref", r"\b(?:jetzt|Jetzt|derzeit|Derzeit|zurzeit|Zurzeit|gegenwärtig|Gegenwärtig|momentan|Momentan|heutzutage|Heutzutage|damals|Damals|einst|Einst|vor\s+kurzem|Vor\s+kurzem|demnächst|Demnächst|im\s+Moment|zur\s+Zeit|zur\s+Stunde|dieser\s+Tage|(?:in\s+)?der\s+Vergangenheit|(?:die|Die)\s+Vergangenheit)\b"),
        ("heuer", r"\b(?:heuer|Heuer|(?:im\s+)?Vorjahr(?:es)?|(?:des\s+)?Vorjahres)\b"),
        ("vague_duration", r"\b(?:" + "|".join(lx.vague_patterns or [r"(?!x)x"]) + r")\b"),
        ("decade_word", r"\b(?:(?:in\s+)?den\s+)?(?:zwanziger|dreißiger|dreissiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger)\s+Jahren?\b"),
        ("half_year", r"\b(?:ein|einem|eines)\s+halben?\s+(?:Jahr|Jahres)\b"),
        # a duration as an adjective ("ein zweiwöchiger Urlaub", "nach 14-tägiger Haft")
        ("duration_adj", rf"\b(?:\d+-|{_alt(k for k in lx.numbers if k.isalpha() and len(k) > 2)})(?:{_alt(lx.adjective_units) or '(?!x)x'})(?:e[nmrs]?)?\b"),
        # a quarter or half of a year: "im dritten Quartal", "in der zweiten Jahreshälfte 2014",
        # "the third quarter of 2019", "the first half of the year"
        ("quarter", rf"\b(?:{_alt(lx.quarter_ordinals) or '(?!x)x'})\s+(?:{_alt(lx.quarter_nouns | lx.half_nouns) or '(?!x)x'})\b"
                    rf"(?:\s+(?:of\s+|des\s+Jahres\s+)?{Y}\b|\s+of\s+(?:the|this|last)\s+year\b|\s+des\s+(?:Vorjahres|vergangenen\s+Jahres|laufenden\s+Jahres)\b)?"),
        # relative to the last year the text named ("in August 2016. The next year, …" → 2017)
        ("anaphoric_year", r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lx.anaphoric_years, key=len, reverse=True)) + r")\b"),
        # relative to the last date the text named (the narrative's reference time), not to the article date
        ("anaphoric", r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lx.anaphoric, key=len, reverse=True)) + r")\b"),
        ("later", rf"\b(?:{N})\s+(?:{U})\s+(?:{_alt(lx.later | lx.earlier)})\b"),
    ]
    flags = re.I
    return [(name, re.compile(rx, flags if name not in ("ref",) else 0)) for name, rx in rules]


@cache
def _triggers() -> dict[str, re.Pattern[str]]:
    """Words without which a pattern cannot match: a cheap search first spares the slow patterns
    (optional prefixes tried at every position) on most sentences. Same results, less time."""
    lx = _lex()
    months = re.compile(rf"(?<!\w)(?:{_alt(lx.months)})(?!\w)", re.I)
    seasons = re.compile(rf"(?<!\w)(?:{_alt(lx.seasons)})(?!\w)", re.I)
    later = re.compile(rf"(?<!\w)(?:{_alt(lx.later | lx.earlier)})(?!\w)", re.I)
    last_words = {k.split()[-1] for k in lx.anaphoric}
    anaphoric = re.compile(rf"(?<!\w)(?:{_alt(last_words)})(?!\w)", re.I)
    out = {k: months for k in ("day_month_year", "month_day_year", "weekday_date", "month_year", "month", "month_attr")}
    out.update({"season_year": seasons, "later": later, "anaphoric": anaphoric})
    return out


# re.IGNORECASE also matches i with ı and İ, s with ſ: folded first, so that a pattern's word is
# then a substring of the lower-cased text wherever the pattern matches
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_DIGIT = "<digit>"  # needs a digit (searched as \d)
_YEARISH = "<year>"  # needs a number that can be a year (1500–2099)
_NEEDS_RX = {_DIGIT: re.compile(r"\d"), _YEARISH: re.compile(r"(?:1[5-9]|20)\d\d")}


@cache
def _needs() -> dict[str, tuple[str, ...]]:
    """For each pattern, what a sentence must contain for the pattern to match there: one of these
    lower-case substrings (of the words the pattern itself spells out), or a digit or a year-like
    number. Tested before the pattern, like the triggers; same results, less time."""
    lx = _lex()
    units = tuple(sorted(lx.units))
    weekdays = tuple(sorted(lx.weekdays))
    return {
        "iso": (_YEARISH,),
        "numeric_date": (_DIGIT,),
        "day_month_year": (_DIGIT,),
        "month_day_year": (_DIGIT,),
        "weekday_date": (_DIGIT,),
        "month_year": (_YEARISH,),
        "year_change": ("jahreswechsel",),
        "season_year": (_YEARISH,),
        "year_part": ("jahr", "year"),
        "week_part": ("woche", "week"),
        "season": ("frühjahr", "frühling", "sommer", "herbst", "winter", "spring", "summer", "fall", "autumn"),
        "rel_week": ("woche", "monat", "jahr", "week", "month", "year"),
        "ago": units,
        "in_future": ("tagen", "wochen", "monaten", "jahren", "days", "weeks", "months", "years"),
        "weekday_part": weekdays,
        "weekday": weekdays,
        "nowadays": ("heut", "früher"),
        "relday": ("gestern", "heute", "morgen", "yesterday", "today", "tomorrow"),
        "clock": (_DIGIT,),
        "decade": (_DIGIT,),
        "year": (_YEARISH,),
        "year_bare": (_YEARISH,),
        "duration2": units,
        "duration": units,
        "set": ("täglich", "wöchentlich", "monatlich", "jährlich", "daily", "weekly", "monthly", "annually",
                "yearly", "tag", "monat", "jahr", "woche", "mittwoch", "day", "week", "month", "year"),
        "century": ("jahrhundert",),
        "decade2": (_DIGIT,),
        "clock2": (_DIGIT,),
        "daypart": ("vormittag", "nachmittag", "abend", "nacht", "mittag", "morgen"),
        "weekend": ("wochenende", "weekend"),
        "relpart": tuple(sorted({k.split()[-1] for k in lx.relative_parts})),
        "vague_duration": tuple(k for k, _ in lx.vague_units),
        "decade_word": ("iger",),
        "half_year": ("halbe",),
        "duration_adj": tuple(sorted(lx.adjective_units)),
        "quarter": tuple(sorted(lx.quarter_nouns | lx.half_nouns)),
        "heuer": ("heuer", "vorjahr"),
        "anaphoric_year": ("jahr", "year"),
        "later": units,
    }


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


@cache
def _tense_markers(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(past, future) marker patterns of a language's `time` resource (every language's when
    `code` is None): whole words case-insensitively, the word-shape patterns case-sensitively
    (verb forms in lower case only: "Gericht", "Gebiet", "United" are no participles)."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)

    def compiled(words_key: str, patterns_key: str | None) -> re.Pattern[str]:
        words = {w for c in codes for w in load(c, "time").get(words_key, [])}
        shapes = [p for c in codes for p in (load(c, "time").get(patterns_key, []) if patterns_key else [])]
        alts = [_alt(words)] if words else []
        alts += [f"(?-i:{p})" for p in shapes]
        return re.compile(r"\b(?:" + "|".join(alts or [r"(?!x)x"]) + r")\b", re.I)

    return compiled("tense_past", "tense_past_patterns"), compiled("tense_future", None)


@cache
def _present_exclude(code: str | None) -> frozenset[str]:
    return frozenset(load(code, "time").get("present_future_exclude", [])) if code in SUPPORTED else frozenset()


def _fronted_present(window: str, match: str, code: str | None) -> bool:
    """The expression opens its sentence and a finite verb follows it that is no past marker and
    none of `present_future_exclude` (German V2: "Am Dienstag kommen die Minister zusammen"):
    the present tense of something to come. Only for languages with that list."""
    excl = _present_exclude(code)
    pos = window.find(match)
    if not excl or pos < 0:
        return False
    before = window[:pos].rstrip(" \t" + OPENING_DOUBLE_QUOTES)
    if before and before[-1] not in ".!?:\n":
        return False
    m = re.match(r"\s+(\w+)", window[pos + len(match) :])
    if m is None or not m.group(1).isalpha() or not m.group(1).islower() or m.group(1) in excl:
        return False
    return _tense_markers(code)[0].fullmatch(m.group(1)) is None


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]„“”\"«»–—]|\s-\s")


@cache
def _determiner_before() -> re.Pattern[str]:
    """An article or a possessive that ends the text before a tense marker (`tense_determiners` of
    resources/<lang>/time.json, every language): the marker is then a noun or an adjective."""
    words = [w for lang in SUPPORTED for w in load(lang, "time").get("tense_determiners", [])]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.I)


@lru_cache(maxsize=1024)  # asked again for the same expression against the other end of the date range
def _tense_where(window: str, match: str, code: str | None = None) -> tuple[str, bool]:
    """"past", "future" or "neutral" for a time expression: by the tense markers of its own clause;
    when that clause has none, by the nearest marker elsewhere in the sentence that is not a
    reporting verb ("Die Wahl findet im März statt, sagte sie": the saying is past, the election
    is not). The markers are those of language `code` (of every language when None)."""
    past_rx, future_rx = _tense_markers(code)
    pos = window.find(match)
    if pos < 0:
        pos = 0
    end = pos + len(match)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(window)]
    c0 = max((b for b in breaks if b < pos), default=-1) + 1
    c1 = min((b for b in breaks if b >= end), default=len(window))
    if len(re.findall(r"\w+", window[c0:pos] + " " + window[end:c1])) <= 2:
        # a fronted adverbial ("On Wednesday, Trump said …"): its clause is the one that follows
        c1 = min((b for b in breaks if b > c1), default=len(window))
    frame = _lex().frame_verbs
    best: tuple[int, int, str] | None = None
    for rx, name in ((past_rx, "past"), (future_rx, "future")):
        for m in rx.finditer(window):
            if pos <= m.start() < end:
                continue  # inside the expression itself ("vergangenen Woche" is handled there)
            inside = c0 <= m.start() < c1
            if not inside and m.group(0).lower() in frame:
                continue
            if name == "past" and _determiner_before().search(window, 0, m.start()) and not m.group(0).endswith("ed"):
                continue  # "das höchste Gremium", "die letzten": an adjective, not a past verb
            if name == "future" and _determiner_before().search(window, 0, m.start()) and m.group(0).lower() in ("plant", "will", "plans", "plan"):
                continue  # "the plant closed", "the will of the voters": a noun, not a verb of the future
            key = (0 if inside else 1, abs(m.start() - pos), name)
            if best is None or key[:2] < best[:2]:
                best = key
    return (best[2], best[0] == 0) if best else ("neutral", False)


_SEASON_ORDER = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def _num(tok: str) -> float | None:
    lx = _lex()
    t = tok.lower()
    if t in lx.numbers:
        return lx.numbers[t]
    try:
        return float(t.replace(",", "."))
    except ValueError:
        return None


@cache
def _parts_longest_first() -> list[tuple[str, str]]:
    return sorted(_lex().parts.items(), key=lambda kv: -len(kv[0]))


@cache
def _month_words() -> list[tuple[re.Pattern[str], int]]:
    """Each month word as a whole-word pattern, longest first (compiled once)."""
    return [(re.compile(rf"(?<!\w){re.escape(k)}(?!\w)"), v) for k, v in sorted(_lex().months.items(), key=lambda kv: -len(kv[0]))]


def _part_of(low: str) -> str:
    return next((v for k, v in _parts_longest_first() if low.endswith(k)), "")


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def normalise(kind: str, m: re.Match[str], anchor: dt.date, sentence: str,
              narrative: dt.date | None = None, narrative_year: int | None = None,
              code: str | None = None) -> tuple[str, str] | None:
    """(type, value) for a match of rule `kind`, resolved against `anchor` (the article date);
    anaphoric expressions ("am folgenden Tag", "two days later") against `narrative`, the last
    day the text named before them. An empty value: relative, and nothing to resolve it by."""
    lx = _lex()
    t = m.group(0)
    low = t.lower()
    tense, own_clause = _tense_where(sentence, m.group(0), code)  # `sentence` is a window around the match
    future = tense == "future"
    years = re.findall(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", t)
    year = int(years[-1]) if years else None
    month = next((v for rx, v in _month_words() if rx.search(low)), None)

    def month_year(mo: int, day: int | None = None, nearest: bool = False) -> int:
        """The year of a month (and day) named without one: by tense, else the nearest; a full
        day and month is nearly always the nearest such date (announcements, recent events)."""
        if year:
            return year
        if nearest and day is not None:
            cands = []
            for y in (anchor.year - 1, anchor.year, anchor.year + 1):
                try:
                    cands.append((abs((dt.date(y, mo, day) - anchor).days), y))
                except ValueError:
                    continue
            if cands:
                return min(cands)[1]
        here = (anchor.month, anchor.day if day is not None else 0)
        there = (mo, day if day is not None else 0)
        prep = " ".join(low.split()[:-1])
        if prep in lx.backward:  # "seit März": the last March up to now
            return anchor.year if there <= here else anchor.year - 1
        if prep in lx.forward and not (tense == "past" and own_clause):  # "Frist bis März", "ab März": the next one
            return anchor.year if there >= here else anchor.year + 1
        if tense == "future":
            return anchor.year if there >= here else anchor.year + 1
        if tense == "past":
            return anchor.year if there <= here else anchor.year - 1
        day = 15 if day is None else day
        # no tense to go by: the nearest such date
        cands = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                cands.append((abs((dt.date(y, mo, min(day, 28)) - anchor).days), y))
            except ValueError:
                continue
        return min(cands)[1]

    if kind == "iso":
        return "DATE", t
    if kind == "numeric_date":
        parts = re.findall(r"\d+", t)
        d, mo, y = int(parts[0]), int(parts[1]), int(parts[2])
        y = y + 2000 if y < 100 else y
        try:
            return "DATE", dt.date(y, mo, d).isoformat()
        except ValueError:
            return None
    if kind in ("day_month_year", "month_day_year", "weekday_date"):
        if month is None:
            return None
        nums = [int(x) for x in re.findall(r"\d+", t) if len(x) <= 2]
        if not nums:
            return None
        y = month_year(month, nums[0], nearest=True)
        try:
            return "DATE", dt.date(y, month, nums[0]).isoformat()
        except ValueError:
            return None
    if kind == "month_year" and month and year:
        return "DATE", f"{year}-{month:02d}"
    if kind == "year_change":
        y = year if year else anchor.year + (1 if anchor.month >= 7 or future else 0)
        if year and re.search(r"\d{4}/\d\d", t):
            y = year + 1
        return "DATE", f"{y}-01-01"
    if kind in ("season_year", "season"):
        code = next((v for k, v in lx.seasons.items() if k in low), None)
        if code is None:
            return None
        if year is not None:
            return "DATE", f"{year}-{code}"
        words = low.split()
        y = anchor.year
        if any(w in lx.past for w in words):
            y -= 1
        elif any(w in lx.nxt for w in words) or (future and _SEASON_ORDER[code] < anchor.month):
            y += 1
        elif (tense == "past" and _SEASON_ORDER[code] > anchor.month + 1) or (tense == "neutral" and _SEASON_ORDER[code] - anchor.month > 6):
            y -= 1
        elif tense == "neutral" and anchor.month - _SEASON_ORDER[code] > 6:
            y += 1
        return "DATE", f"{y}-{code}"
    if kind in ("month", "month_attr") and month:
        rel = next((w for w in low.split() if w in lx.past | lx.nxt), None)
        if rel in lx.past:
            return "DATE", f"{anchor.year - 1 if month >= anchor.month else anchor.year}-{month:02d}"
        if rel in lx.nxt:
            return "DATE", f"{anchor.year + 1 if month <= anchor.month else anchor.year}-{month:02d}"
        return "DATE", f"{month_year(month)}-{month:02d}"
    if kind == "rel_week":
        words = low.split()
        k = -1 if any(w in lx.past for w in words) else 1 if any(w in lx.nxt for w in words) else 0
        unit = words[-1]
        if unit.startswith("wochenende") or unit.startswith("weekend"):
            return "DATE", _week(anchor + dt.timedelta(weeks=k)) + "-WE"
        if unit.startswith(("woche", "week")):
            return "DATE", _week(anchor + dt.timedelta(weeks=k))
        if unit.startswith(("monat", "month")):
            y, mo = _shift_month(anchor.year, anchor.month, k)
            return "DATE", f"{y}-{mo:02d}"
        if unit.startswith(("jahr", "year")):
            return "DATE", str(anchor.year + k)
        return None
    if kind == "in_future":
        toks = re.findall(r"[\wäöü]+", low)
        n = next((x for x in (_num(w) for w in toks[1:]) if x is not None), None)
        fu = next((lx.units[w] for w in toks if w in lx.units), None)
        if n is None or fu is None:
            return None
        if fu == "D":
            return "DATE", (anchor + dt.timedelta(days=n)).isoformat()
        if fu == "W":
            return "DATE", _week(anchor + dt.timedelta(weeks=n))
        if fu == "M":
            y, mo = _shift_month(anchor.year, anchor.month, int(n))
            return "DATE", f"{y}-{mo:02d}"
        return "DATE", str(anchor.year + int(n))
    if kind == "ago":
        toks = re.findall(r"[\wäöü]+", low)
        n = next((x for x in (_num(w) for w in toks) if x is not None), None)
        unit_: str | None = next((lx.units[w] for w in toks if w in lx.units), None)
        if n is None or unit_ is None:
            return None
        unit = unit_
        if unit == "D":
            return "DATE", (anchor - dt.timedelta(days=n)).isoformat()
        if unit == "W":
            return "DATE", _week(anchor - dt.timedelta(weeks=n))
        if unit == "M":
            y, mo = _shift_month(anchor.year, anchor.month, -int(n))
            return "DATE", f"{y}-{mo:02d}"
        if unit == "Y":
            return "DATE", str(anchor.year - int(n))
        return None
    if kind in ("weekday", "weekday_part"):
        wd = next((v for k, v in lx.weekdays.items() if k in low), None)
        if wd is None:
            return None
        words = low.split()
        delta = (wd - anchor.isoweekday()) % 7
        if any(w in lx.this for w in words):  # "diesen Donnerstag": the one of this week
            day = anchor + dt.timedelta(days=wd - anchor.isoweekday())
            if tense == "past" and day > anchor:
                day -= dt.timedelta(days=7)  # "an diesem Samstag kamen …": the one just past
            return ("TIME", f"{day.isoformat()}T{_part_of(low)}") if kind == "weekday_part" else ("DATE", day.isoformat())
        if any(w in lx.past for w in words) or words[0] in lx.backward:  # "vom Samstag", "seit Montag"
            nextish = False
        elif any(w in lx.nxt for w in words) or tense == "future" or (tense == "neutral" and _fronted_present(sentence, t, code)):
            nextish = True  # ("Am Dienstag kommen die Minister zusammen": the present of a plan)
        elif tense == "past":
            nextish = False
        else:
            nextish = 0 < delta <= 3  # no tense to go by: the nearest such day
        day = anchor + dt.timedelta(days=delta) if nextish else anchor - dt.timedelta(days=(anchor.isoweekday() - wd) % 7)
        if nextish and delta == 0:
            day = anchor + dt.timedelta(days=7)
        if kind == "weekday_part":
            return "TIME", f"{day.isoformat()}T{_part_of(low)}"
        return "DATE", day.isoformat()
    if kind == "relday":
        first = low.split()[0]
        if first not in lx.reldays:
            return None
        if first == "today" and re.search(r"\b(?:until|even|still|of|to)\s+$", sentence[: max(0, sentence.find(t))], re.I):
            return "DATE", "PRESENT_REF"  # "even today", "the world of today"
        if first == "heute" and len(low.split()) == 1 and tense != "past" and not re.search(
            r"\bUhr\b|\d[.:]\d\d|\b(?:Abend|Nachmittag|Vormittag|Mittag|morgen|gestern|tonight|this morning)\b", sentence
        ):
            return "DATE", "PRESENT_REF"  # "Heute leben hier 5000 Menschen": nowadays, not this day
        if len(low.split()) == 1 and lx.reldays[first] == 0 and _then_now().search(sentence):
            return "DATE", "PRESENT_REF"  # "damals Parteichef und heute Abgeordneter": now against then
        day = anchor + dt.timedelta(days=lx.reldays[first])
        rest = low.split()[1:]
        if rest and rest[0] in lx.parts:
            return "TIME", f"{day.isoformat()}T{lx.parts[rest[0]]}"
        return "DATE", day.isoformat()
    if kind == "clock":
        hm = re.search(r"(\d{1,2})(?:[.:](\d\d))?", t)
        if not hm:
            return None
        h = int(hm.group(1))
        if re.search(r"p\.?m", low) and h < 12:
            h += 12
        if h > 24:
            return None
        return "TIME", f"{anchor.isoformat()}T{h:02d}:{hm.group(2) or '00'}"
    if kind == "decade":
        dm = re.search(r"(\d{3})0", t)
        return ("DATE", dm.group(1)) if dm else None
    if kind in ("year", "year_bare") and year:
        return "DATE", str(year)
    if kind == "duration2":
        parts = re.split(r"\s+und\s+", low)
        out = "P"
        for part in parts:
            toks2 = re.findall(r"[\wäöü,.]+", part)
            n2 = next((x for x in (_num(w) for w in toks2) if x is not None), None)
            u2 = next((lx.units[w] for w in toks2 if w in lx.units), None)
            if n2 is None or u2 is None or u2 in ("H", "S"):
                return None
            out += f"{_fmt_num(n2)}{u2}"
        return "DURATION", out
    if kind == "duration":
        toks = re.findall(r"[\wäöü,.]+", low)
        n = next((x for x in (_num(w) for w in toks) if x is not None), 1 if toks[:1] == ["eines"] else None)
        unit_ = next((lx.units[w] for w in toks if w in lx.units), None)
        if n is None or unit_ is None:
            return None
        unit = unit_
        prefix = "PT" if unit in ("H", "S") or (unit == "M" and ("minute" in low)) else "P"
        return "DURATION", f"{prefix}{_fmt_num(n)}{unit}"
    if kind == "set":
        if re.search(r"täglich|daily|jeden\s+tag|every\s+day|pro\s+tag|tag\s+für\s+tag|per\s+day", low):
            return "SET", "P1D"
        if re.search(r"wöchentlich|weekly|every\s+week|jede\s+woche|pro\s+woche|im\s+woche|per\s+week", low):
            return "SET", "P1W"
        if re.search(r"monatlich|monthly|jeden\s+monat|every\s+month|pro\s+monat|im\s+monat|per\s+month", low):
            return "SET", "P1M"
        if re.search(r"jährlich|annually|yearly|jedes\s+jahr|every\s+year|pro\s+jahr|im\s+jahr|jahr\s+(?:für|um)\s+jahr|per\s+year", low):
            return "SET", "P1Y"
        wd = next((v for k, v in lx.weekdays.items() if k in low), None)
        return ("SET", f"XXXX-WXX-{wd}") if wd else None
    if kind == "ref":
        if re.match(r"(?:damals|kürzlich|unlängst|einst|vor\s+kurzem)$", low) or low.endswith("vergangenheit"):
            return "DATE", "PAST_REF"
        if re.search(r"künftig|demnächst|zukunft", low):
            return "DATE", "FUTURE_REF"
        return "DATE", "PRESENT_REF"
    if kind == "century":
        c = int(re.search(r"(\d{1,2})\.", t).group(1))  # type: ignore[union-attr]
        return "DATE", f"{c - 1:02d}"
    if kind == "decade2":
        dm2 = re.search(r"(\d)0er", t)
        assert dm2 is not None
        y = (anchor.year // 100) * 100 + int(dm2.group(1)) * 10
        if y > anchor.year:
            y -= 100
        return "DATE", str(y // 10)
    if kind == "clock2":
        hm = re.search(r"(\d{1,2})[.:](\d\d)", t)
        assert hm is not None
        return "TIME", f"{anchor.isoformat()}T{int(hm.group(1)):02d}:{hm.group(2)}"
    if kind == "daypart":
        if low.startswith("morgen"):
            day = anchor + dt.timedelta(days=1)
            rest = low.split()[1:]
            if rest and rest[0] in lx.parts:
                return "TIME", f"{day.isoformat()}T{lx.parts[rest[0]]}"
            if rest and rest[0] == "früh":
                return "TIME", f"{day.isoformat()}TMO"
            return "DATE", day.isoformat()
        dpart = next((v for k, v in _parts_longest_first() if low.endswith(k)), None)
        return ("TIME", f"{anchor.isoformat()}T{dpart}") if dpart else None
    if kind == "weekend":
        k = 0 if tense != "past" else -1
        if tense != "past" and anchor.isoweekday() >= 6:
            k = 0
        return "DATE", _week(anchor + dt.timedelta(weeks=k)) + "-WE"
    if kind == "nowadays":
        if re.fullmatch(r"bis\s+heute", low):
            return "DATE", anchor.isoformat()  # "bis heute": up to this day
        return "DATE", "PAST_REF" if "früher" in low else "PRESENT_REF"
    if kind == "heuer":
        return "DATE", str(anchor.year if "heuer" in low else anchor.year - 1)
    if kind == "vague_duration":
        u = next((v for k, v in lx.vague_units if k in low), "Y")
        return "DURATION", ("PTX" if u == "H" else "PX") + u
    if kind == "decade_word":
        decades = {"zwanziger": 2, "dreißiger": 3, "dreissiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
                 "siebziger": 7, "achtziger": 8, "neunziger": 9}
        d = next(v for k, v in decades.items() if k in low)
        century = (anchor.year // 100) * 100
        y = century + d * 10
        if y > anchor.year:
            y -= 100
        return "DATE", str(y // 10)
    if kind == "year_part":
        return "DATE", str(anchor.year)
    if kind == "week_part":
        return "DATE", _week(anchor)
    if kind == "half_year":
        return "DURATION", "P0.5Y"
    if kind == "duration_adj":
        suffix = next(k for k in sorted(lx.adjective_units, key=len, reverse=True) if k in low)
        n_adj = _num(low.split(suffix)[0].rstrip("-"))
        unit_adj = lx.adjective_units[suffix]
        return ("DURATION", f"{'PT' if unit_adj in ('H', 'S') else 'P'}{_fmt_num(n_adj)}{unit_adj}") if n_adj else None
    if kind == "quarter":
        return _quarter(low, anchor, year, tense, code)
    if kind == "anaphoric_year":
        step = lx.anaphoric_years.get(re.sub(r"\s+", " ", low))
        if step is None:
            return None
        return "DATE", str((narrative_year if narrative_year is not None else anchor.year) + step)
    if kind in ("anaphoric", "relpart"):
        ref = (narrative or anchor) if kind == "anaphoric" else anchor
        key = re.sub(r"\s+", " ", low)
        code = (lx.anaphoric if kind == "anaphoric" else lx.relative_parts).get(key)
        if code is None:
            return None
        cm = re.fullmatch(r"(-?\d+)(T\w+)?", code)
        if cm is None:
            return None
        day = ref + dt.timedelta(days=int(cm.group(1)))
        return ("TIME", day.isoformat() + cm.group(2)) if cm.group(2) else ("DATE", day.isoformat())
    if kind == "later":
        # "zwei Tage später", "three weeks earlier": TimeML annotates the distance, a duration
        toks = re.findall(r"[\wäöü]+", low)
        n = next((x for x in (_num(w) for w in toks) if x is not None), None)
        unit_ = next((lx.units[w] for w in toks if w in lx.units), None)
        if n is None or unit_ is None:
            return None
        minutes = unit_ == "M" and "minute" in low
        return "DURATION", f"{'PT' if unit_ in ('H', 'S') or minutes else 'P'}{_fmt_num(n)}{unit_}"
    return None


@cache
def _then_now() -> re.Pattern[str]:
    """A word for a time long past ("damals", "einst"): a "heute" beside it means nowadays."""
    words = {w for lang in SUPPORTED for w in load(lang, "time").get("then_words", [])}
    return re.compile(rf"\b(?:{_alt(words)})\b", re.I) if words else re.compile(r"(?!x)x")


def _quarter(low: str, anchor: dt.date, year: int | None, tense: str | None, code: str | None) -> tuple[str, str] | None:
    """"im dritten Quartal" → 2014-Q3, "the first half of 2019" → 2019-H1: the year named, the
    year before ("des Vorjahres", "of last year"), else the article's (the one before when the
    tense is past and that quarter is still to come)."""
    lx = _lex()
    words = low.split()
    n = lx.quarter_ordinals.get(words[0])
    if n is None:
        return None
    half = words[1] in lx.half_nouns
    named = year is not None or len(words) > 2
    if not named and code in lx.quarter_needs_year:
        return None  # "in the third quarter" of a game, "the first half": no year to tie it to
    if year is None:
        year = anchor.year - 1 if re.search(r"vorjahr|vergangenen|last", low) else anchor.year
        first_month = (n - 1) * (6 if half else 3) + 1
        if not named and tense == "past" and first_month > anchor.month:
            year -= 1
    return "DATE", f"{year}-{'H' if half else 'Q'}{n}"


def parse_absolute_date(text: str) -> str | None:
    """An absolute date in `text` ("March 3, 2026", "3. März 2026", "2026-03-03")."""
    anchor = dt.date(2000, 1, 1)
    for kind, rx in _patterns():
        if kind not in ("iso", "numeric_date", "day_month_year", "month_day_year", "weekday_date"):
            continue
        m = rx.search(text)
        if m and re.search(r"(1[5-9]\d\d|20\d\d)", m.group(0)):
            res = normalise(kind, m, anchor, "")
            if res:
                return res[1]
    return None


_ABSOLUTE = ("iso", "numeric_date", "day_month_year", "month_day_year", "weekday_date", "month_year", "year")


def find_absolute(text: str, start: int, end: int) -> list[tuple[Span, str]]:
    """Dates that carry their own year (their values need no anchor): (span, value)."""
    anchor = dt.date(2000, 1, 1)
    out = []
    for kind, rx in _patterns():
        if kind not in _ABSOLUTE:
            continue
        for m in rx.finditer(text, start, end):
            if not re.search(r"(1[5-9]|20)\d\d", m.group(0)):
                continue
            res = normalise(kind, m, anchor, "")
            if res:
                out.append((Span(m.start(), m.end()), res[1]))
    return out


_YEAR_IN = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# far apart on purpose: a value that is the same against both does not depend on the anchor
_UNKNOWN = (dt.date(1993, 2, 9), dt.date(2011, 8, 23))


def anchor_range(date: ArticleDate | None) -> tuple[dt.date, dt.date]:
    """The first and last day the article date may stand for: one day, a month, a year, or (date
    unknown) two far-apart days, so that a value which differs between them is unresolved."""
    if date is None:
        return _UNKNOWN
    if date.grain == "day":
        d = dt.date.fromisoformat(date.value)
        return d, d
    y = int(date.value[:4])
    if date.grain == "month":
        m = int(date.value[5:7])
        first = dt.date(y, m, 1)
        return first, dt.date(*_shift_month(y, m, 1), 1) - dt.timedelta(days=1)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _full_day(value: str) -> dt.date | None:
    if re.match(r"\d{4}-\d\d-\d\d(?:T|$)", value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _name_part(text: str, s: int, e: int, kind: str) -> bool:
    """A time word inside a name: a hyphenated compound ("ZDF-heute", "heute-journal"), or an
    all-capitals word beside another one ("USA TODAY"), or a capitalised deictic word inside a
    sentence ("the Today programme", "die Sendung Heute")."""
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
    if kind in ("weekday", "weekday_part") and re.search(r"\bNews[ \t]+$", text[max(0, s - 8) : s]):
        return True  # "Fox News Sunday": a programme
    if word[:1].isupper() and kind == "relday":
        before = text[max(0, s - 3) : s]
        return bool(re.search(r"[a-zäöüß,][ \t]+$", before))
    return False


_AGE_AFTER = re.compile(r"(?:\s+(?:alt|alte[nrms]?|jung|jünger\w*|älter\w*|old|younger|older)\b|-old\b|-jährig)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:ab|unter|mit|aged|age)\s+$", re.I)
_COUNT_BEFORE = re.compile(r"\b(?:rund|fast|etwa|knapp|circa|ca\.|mehr\s+als|weniger\s+als|über|bis\s+zu|insgesamt|es|about|around|nearly|almost|over|some)\s+$", re.I)
_ATTRIBUTIVE = re.compile(r"\b(?:der|die|das|des|dem|den|von|vom|the|of|in|im|seit|bis|ab)\s+$", re.I)


def _age(text: str, m: re.Match[str]) -> bool:
    clock = _lex().units.get(m.group(0).split()[-1].lower()) in ("S", "H") or "minute" in m.group(0).lower()
    if _AGE_AFTER.match(text, m.end()) or (not clock and _AGE_BEFORE.search(text[max(0, m.start() - 8) : m.start()])):
        return True  # "16 Jahre alt", "mit elf Wochen"; not "mit zwölf Sekunden Vorsprung"
    # a number of years after a word of age in the same clause: "Kinder zwischen sechs und elf
    # Jahren", "die Altersgrenze von 18 Jahren", "children under 12 years"
    lx = _lex()
    years = lx.units.get(m.group(0).split()[-1].lower()) == "Y"
    since = re.search(r"(\w+)\s+$", text[max(0, m.start() - 12) : m.start()])
    if not years or (since and since.group(1).lower() in lx.backward):
        return False  # "seit drei Jahren": how long, whoever it is about
    return _age_context().search(text, max(0, m.start() - 60), m.start()) is not None


@cache
def _age_context() -> re.Pattern[str]:
    words = {w for lang in SUPPORTED for w in load(lang, "time").get("age_nouns", [])}
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"\b(?:{_alt(words)})\b[^.;:!?\n]{{0,40}}$", re.I)


# the second end of a range of amounts after a year-like number: "von 2000 bis 3000 Grad",
# "1450 bis 1850 Euro" are amounts, not years
_RANGE_OF_AMOUNTS = re.compile(rf"\s*(?:bis|und|-|–|to|and)\s*\d[\d.,']*\s*(?:{_CURRENCY}|{_UNIT})(?!\w)", re.I)


def _count(text: str, m: re.Match[str]) -> bool:
    """A four-digit number that counts something: after a bound ("rund 1500"), or before a
    capitalised noun without a determiner or preposition that would make it a year."""
    before = text[max(0, m.start() - 14) : m.start()]
    if _COUNT_BEFORE.search(before):
        return True
    nxt = re.match(r"[ \t]+([A-ZÄÖÜ][a-zäöüß]+)", text[m.end() : m.end() + 30])
    return bool(nxt) and not _ATTRIBUTIVE.search(before) and bool(re.search(r"[a-zäöüß,]\s+$", before))


def _joins_year(text: str, prev: Timex, m: re.Match[str]) -> bool:
    """Whether a year expression (`m`, "dieses Jahres", "of last year") completes the month or day
    just before it (`prev`, named without a year)."""
    if prev.type != "DATE" or not re.fullmatch(r"\d{4}-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)|", prev.value) or prev.rule not in _YEARLESS:
        return False
    if _YEAR_IN.search(text[prev.span.start : prev.span.end]):
        return False
    gap = text[prev.span.end : m.start()]
    return bool(re.fullmatch(r"\s*(?:of\s+|des\s+)?", gap, re.I)) and bool(re.match(r"(?:des\s+)?\w*\s*(?:jahr|year)", m.group(0), re.I))


_YEARLESS = ("timex.day_month_year", "timex.month_day_year", "timex.month", "timex.weekday_date", "timex.season")


_YEARLESS_KINDS = ("day_month_year", "month_day_year", "weekday_date", "month", "month_attr")
_APPOSITION = re.compile(r"[\s,(–—-]*(?:(?:am|im|on|in|at)\s+(?:dem\s+|the\s+)?)?", re.I)


def _narrative_year(text: str, prev: Timex, m: re.Match[str], start: int) -> str | None:
    """The year a date without one takes from the date named just before it in the same sentence,
    when it stands in apposition to it ("vor drei Jahren, am 5. Mai", "in 2019, on May 5",
    "im Jahr 2019 (im März)"): the narrative's year, not the article's."""
    if prev.type != "DATE" or not re.fullmatch(r"\d{4}(?:-\d\d)?", prev.value) or prev.span.start < start:
        return None
    if prev.rule not in ("timex.ago", "timex.year", "timex.year_bare", "timex.month_year", "timex.rel_week") :
        return None
    if _APPOSITION.fullmatch(text, prev.span.end, m.start()) is None:
        return None
    if len(prev.value) == 7 and m.group(0) and not re.search(r"\d", m.group(0)):
        return None  # a month after a month ("im März 2019, im April") names its own
    return prev.value[:4]


_LOWER_WORD_END = re.compile(r"(?<![\w-])[a-z][a-z']*\s$")
_NAMEABLE = ("relday", "weekday", "nowadays", "daypart", "weekend", "ref", "set")


def find_timexes(text: str, start: int, end: int, anchor: dt.date, *,
                 alt: dt.date | None = None, narrative: dt.date | None = None,
                 narrative_year: int | None = None, code: str | None = None) -> list[Timex]:
    """Non-overlapping temporal expressions in text[start:end], earliest-longest first. `alt`, when
    given, is the other end of the range the article date may stand for: a value that differs
    between `anchor` and `alt` is left unresolved (empty). `narrative` is the last day the text named
    before this stretch; anaphoric expressions count from it. `code` is the stretch's language
    (its tense markers); None uses every language's."""
    cands: list[tuple[int, int, str, re.Match[str]]] = []
    triggers = _triggers()
    needs = _needs()
    low = text[start:end].translate(_FOLD).lower()
    has: dict[object, bool] = {}  # each trigger and each need searched at most once per stretch
    for kind, rx in _patterns():
        need = needs.get(kind)
        if need is not None:
            ok = False
            for w in need:
                if w in _NEEDS_RX:
                    if w not in has:
                        has[w] = _NEEDS_RX[w].search(text, start, end) is not None
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
                has[trig] = trig.search(text, start, end) is not None
            if not has[trig]:
                continue  # the pattern needs a word this stretch lacks (a month name, "später", …)
        for m in rx.finditer(text, start, end):
            if m.end() > m.start():
                cands.append((m.start(), -(m.end() - m.start()), kind, m))
    cands.sort(key=lambda c: (c[0], c[1]))
    out: list[Timex] = []
    taken_end = -1
    window = text[start:end]
    for s, _neg, kind, m in cands:
        if s < taken_end:
            continue
        if _name_part(text, m.start(), m.end(), kind):
            continue
        lo, hi = anchor, alt
        if kind in ("clock", "daypart") and not m.group(0).lower().startswith("morgen"):
            # a time or part of day belongs to the date just mentioned ("Donnerstag, 25. Februar, um
            # 20 Uhr"), else to the day the narrative is at ("Am Dienstag … Am Nachmittag …")
            day = next((_full_day(t.value) for t in reversed(out) if t.type == "DATE" and _full_day(t.value)), None)
            day = day or (narrative if kind == "daypart" else None)
            if day:
                lo, hi = day, None
        if kind == "month_attr" and (code not in _lex().month_before_noun or not _LOWER_WORD_END.search(text[max(0, s - 30) : s])):
            continue  # a language without that order, or a name or sentence start before it ("Snowboarder March")
        if kind in ("duration", "duration2") and _age(text, m):
            continue  # an age ("16 Jahre alt", "ab 16 Jahren", "mit elf Wochen"), not a duration
        if (kind == "year_bare" and _count(text, m)) or (kind in ("year", "year_bare") and _RANGE_OF_AMOUNTS.match(text, m.end())):
            continue  # "rund 1500 Azubis", "fast 2000 Mitarbeiter": a number, not a year
        res = normalise(kind, m, lo, window, narrative, narrative_year, code)
        if res is None:
            continue
        typ, value = res
        anchored = not _YEAR_IN.search(m.group(0)) and typ in ("DATE", "TIME") and not value.endswith("_REF")
        if value and hi is not None and hi != lo and (kind != "anaphoric" or narrative is None) \
                and (kind != "anaphoric_year" or narrative_year is None):
            other = normalise(kind, m, hi, window, narrative, narrative_year, code)
            if other is None or other[1] != value:
                value = ""  # relative to a date we do not know precisely enough: left unresolved
        if kind in ("rel_week", "year") and re.fullmatch(r"\d{4}", value or "0") and out and _joins_year(text, out[-1], m):
            # "am 21. Mai dieses Jahres", "in March of last year": one expression, its year from the second part
            prev = out[-1]
            prev.span = Span(prev.span.start, m.end())
            if prev.value and value:
                prev.value = value + prev.value[4:]
            elif not value:
                prev.value = ""
            taken_end = m.end()
            continue
        if value and typ == "DATE" and kind in _YEARLESS_KINDS and not _YEAR_IN.search(m.group(0)) and out:
            year = _narrative_year(text, out[-1], m, start)
            if year:
                value = year + value[4:]  # "vor drei Jahren, am 5. Mai": the May of that year
        elif not value and typ == "DATE" and kind in _YEARLESS_KINDS and not _YEAR_IN.search(m.group(0)) and out:
            year = _narrative_year(text, out[-1], m, start)
            res2 = normalise(kind, m, dt.date(int(year), 6, 30), window, narrative, code=code) if year else None
            if year and res2 and res2[1]:
                value = year + res2[1][4:]
        s0 = m.start()
        pm = _LEADING_PREP.match(text, s0, m.end())
        if pm and pm.end() < m.end():
            s0 = pm.end()  # TimeML extents leave out the preposition: "am Samstag" → "Samstag"
        out.extend(_listed_days(text, max(start, taken_end), s0, value) if kind == "day_month_year" else [])
        out.append(Timex(Span(s0, m.end()), typ, value, f"timex.{kind}", anchored=anchored and bool(value)))  # type: ignore[arg-type]
        taken_end = m.end()
        if value and typ in ("DATE", "TIME") and _full_day(value):
            narrative = _full_day(value)
        if value and typ == "DATE" and re.match(r"\d{4}", value) and _YEAR_IN.search(m.group(0)):
            narrative_year = int(value[:4])
    return out


# a day number that shares the month named after it: "am 3., 4. und 5. Oktober", "vom 18. bis
# zum 19. Dezember", "am 16. und 17. sowie am 23. und 24. Januar"
_LISTED_DAY = re.compile(r"(?<![\d.])(\d{1,2})\.(?:\s*,\s*|\s+(?:und|bis|sowie|oder)\s+(?:(?:zum|am)\s+)?|\s*[-–]\s*)$")


def _listed_days(text: str, lo: int, end: int, value: str) -> list[Timex]:
    """The days listed before a day with its month ("am 3., 4. und 5. Oktober"), each with that
    month and year, earliest first."""
    found: list[Timex] = []
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return found
    while True:
        m = _LISTED_DAY.search(text, max(lo, end - 30), end)
        if m is None:
            break
        try:
            day = dt.date(int(value[:4]), int(value[5:7]), int(m.group(1)))
        except ValueError:
            break
        found.append(Timex(Span(m.start(1), m.end(1)), "DATE", day.isoformat(), "timex.listed_day", anchored=True))
        end = m.start()
    return found[::-1]


_LEADING_PREP = re.compile(r"(?:am|im|in|an|ab|seit|bis|vom|zum|zur|um|gegen|on|at|since|until|from|by)\s+(?:dem\s+|the\s+)?", re.I)
# a dated line or a live blog's dated update ("13. Oktober 2024:", "Update vom 4. Juni 2021, 10:15 Uhr:",
# "Update, 4.6.2021, 10.15 Uhr:")
_DAY_WITH_YEAR = r"(\d{1,2}\.\s?\w+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\w+\s+\d{1,2},\s+\d{4})"
_DATELINE = re.compile(rf"[ \t]*(?:Update(?:\s+(?:vom|am|from|on))?\s*[,:-]?\s*{_DAY_WITH_YEAR}\s*[:,–-]|{_DAY_WITH_YEAR}\s*[:–-])")


_NARRATIVE_REACH = 2  # sentences after a dated day in which a bare month still belongs to its year


def _month_of_narrative(text: str, span: Span, found: list[Timex], day: dt.date, anchor: dt.date, code: str | None) -> None:
    """A month named without a year, shortly after a day named with an earlier year than the
    article's ("Am 30. März 2017 schrieb er … Vor der Wahl im Mai erhalten …"), is that narrative's
    month (the nearest one to that day), unless its clause speaks of the future."""
    if day.year >= anchor.year:
        return
    for t in found:
        if t.rule != "timex.month" or not re.fullmatch(r"\d{4}-\d\d", t.value) or _YEAR_IN.search(text[t.span.start : t.span.end]):
            continue
        if _tense_where(text[span.start : span.end], text[t.span.start : t.span.end], code)[0] == "future":
            continue
        month = int(t.value[5:7])
        year = min((day.year - 1, day.year, day.year + 1), key=lambda y: abs((y - day.year) * 12 + month - day.month))
        t.value = f"{year}-{month:02d}"


class TimexTagger:
    name: ClassVar[str] = "timex.rules.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments", "sentences", "article_date")
    assigns: ClassVar[tuple[str, ...]] = ("timexes",)

    def __call__(self, doc: Document) -> None:
        lo, hi = anchor_range(doc.date)
        alt: dt.date | None = hi if hi != lo else None
        anchor = lo
        narrative: dt.date | None = None
        narrative_year: int | None = None  # the last year the text named in so many words ("2016", "August 2016")
        dated: tuple[int, dt.date] | None = None  # the last day named with its year, and the sentence's number
        out: list[Timex] = []
        for k, sent in enumerate(doc.sentences):
            seg = doc.segments[sent.segment]
            if seg.kind not in CLAIM_SEGMENTS:
                continue
            sent_alt = alt
            if seg.kind == "social_post" and seg.date and re.fullmatch(r"\d{4}-\d\d-\d\d", seg.date):
                sent_anchor, sent_alt = dt.date.fromisoformat(seg.date), None
            else:
                m = _DATELINE.match(doc.text, sent.span.start, sent.span.end)
                if m and doc.text[sent.span.start - 1 : sent.span.start] in ("", "\n"):
                    iso = parse_absolute_date(m.group(1) or m.group(2))
                    if iso and len(iso) == 10:
                        # a dated line ("13. Oktober 2024:") is the anchor of what follows it
                        anchor, alt = dt.date.fromisoformat(iso), None
                        sent_alt = None
                sent_anchor = anchor
            found = find_timexes(doc.text, sent.span.start, sent.span.end, sent_anchor, alt=sent_alt, narrative=narrative,
                                 narrative_year=narrative_year,
                                 code=clear_vote(sent.tokens) or pick(seg.language, doc.language))
            if doc.date and doc.date.origin == "inferred":
                for t in found:
                    if t.anchored:
                        t.rule += "+inferred_anchor"
            if dated is not None and k - dated[0] <= _NARRATIVE_REACH:
                _month_of_narrative(doc.text, sent.span, found, dated[1], sent_anchor, code=clear_vote(sent.tokens) or pick(seg.language, doc.language))
            for t in found:
                if t.value and t.type in ("DATE", "TIME") and _full_day(t.value):
                    narrative = _full_day(t.value)
                    if _YEAR_IN.search(doc.text[t.span.start : t.span.end]):
                        dated = (k, narrative) if narrative else dated
                if t.value and t.type == "DATE" and re.match(r"\d{4}", t.value) and _YEAR_IN.search(doc.text[t.span.start : t.span.end]):
                    narrative_year = int(t.value[:4])
            out.extend(found)
        doc.timexes = out
