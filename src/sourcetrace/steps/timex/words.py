"""The time words of resources/<lang>/time.json, compiled once: month, weekday and season names,
relative words, number words, and the patterns and trigger words of each kind of expression."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...resources import SUPPORTED, load


@dataclass(frozen=True)
class _Lex:
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts: dict[str, str]
    reldays: dict[str, int]
    past: frozenset[str]
    before_last: frozenset[str]  # "vorletzten Donnerstag", "vorletzte Woche": one unit further back than "letzten"
    nxt: frozenset[str]
    this: frozenset[str]
    units: dict[str, str]
    numbers: dict[str, float]
    anaphoric: dict[str, str]  # "am folgenden Tag" → "1", "am nächsten Morgen" → "1TMO"
    anaphoric_years: dict[str, int]  # "the following year" → 1: counted from the last year the text named
    anaphoric_months: dict[str, int]  # "later that month" → 0: counted from the last month or day the text named
    later: frozenset[str]
    earlier: frozenset[str]
    forward: frozenset[str]
    validity_participle_endings: tuple[str, ...]  # "bis Juni geltenden": a present participle after a forward month
    backward: frozenset[str]
    frame_verbs: frozenset[str]
    ambiguous_months: frozenset[str]  # "may": a month only with a preposition or a day
    month_before_noun: frozenset[str]  # languages whose month names stand before a noun ("a September meeting")
    quarter_ordinals: dict[str, int]  # "dritten" → 3, "third" → 3
    quarter_nouns: frozenset[str]  # "Quartal", "quarter"
    quarter_report_nouns: frozenset[str]  # "earnings": "fourth-quarter earnings" a firm's quarter, no game's
    half_nouns: frozenset[str]  # "Jahreshälfte", "half"
    relative_quarters: dict[str, int]  # "last quarter" → -1: quarters after the article's
    relative_quarters_not_before: frozenset[str]  # "last quarter of the year", "the past quarter century": no quarter of its own
    quarter_needs_year: frozenset[str]  # languages whose quarter or half needs its year named ("the third quarter of 2019")
    adjective_units: dict[str, str]  # "wöchig" → "W": "einwöchigen", "14-tägige"
    relative_parts: dict[str, str]  # "last night" → "-1TNI": a part of a day counted from the article date
    vague_patterns: tuple[str, ...]  # vague durations ("in den vergangenen Jahren", "wochenlang")
    vague_units: tuple[tuple[str, str], ...]  # ("jahrzehnt", "DE"), ("jahr", "Y"), …: the first one held gives the unit
    ordinal_units: tuple[str, ...]  # "a second": also an ordinal ("a second person")
    ordinal_unit_after: frozenset[str]  # "a second later", "a second ago": the words after which it is a duration
    ordinal_unit_degree: frozenset[str]  # "a second, more powerful quake": degree words of the adjective after a comma
    ordinal_unit_not_comparative: frozenset[str]  # "a second, however …": words in -er that are no comparative
    year_adjective_nouns: frozenset[str]  # "seines 40-jährigen Bestehens": nouns that make "-jährig" a duration
    half_suffixes: tuple[str, ...]  # "two and a half years", "a two-and-a-half-year term": one half more
    set_determiners: frozenset[str]  # "every Monday", "jeden Montag": a set of days, not one day
    decade_words: dict[str, int]  # "zwanziger" → 2: "in den zwanziger Jahren"
    year_adjective_stems: tuple[str, ...]  # "jährig": "40-jährigen Bestehens"
    half_year_patterns: tuple[str, ...]  # "ein halbes Jahr"
    half_year_needs: tuple[str, ...]  # "halbe": what one of them needs
    year_offsets: dict[str, int]  # "heuer" → 0, "vorjahr" → -1: years back from the article's
    year_offset_patterns: tuple[str, ...]  # "(?:im\s+)?Vorjahr(?:es)?"
    duration_adjectives: frozenset[str]  # "four straight years", "zwei weitere Jahre": between number and unit
    set_rate_words: frozenset[str]  # "pro Tag", "per day": the unit of a rate, no time of its own
    set_attributive_before: frozenset[str]  # "their daily business": an adjective before its noun
    century_ordinals: dict[str, int]  # "fifteenth" → 15: "the fifteenth century"
    fixed_durations: dict[str, str]  # "viertelstunde" → "PT15M", "weeklong" → "P1W": a duration in one word
    ago_approximations: frozenset[str]  # "vor knapp drei Wochen": a word of approximation between "vor" and the number
    amount_units: frozenset[str]  # "März 20 Franken": a currency or unit after a number makes it an amount, no day
    #: weekdays (ISO numbers) on which "this past week" is the week now closing, the article's own ("this past week"
    #: in a Sunday paper: Monday to that Sunday), not the one before it (`closing_week`, timex.rel_week+closing)
    closing_week_days: frozenset[int] = frozenset()


@cache
def time_lex() -> _Lex:
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
    for lang in SUPPORTED:
        # tens and ones written as one word ("twenty-five", "fünfundzwanzig": `number_compound` of the language)
        comp = load(lang, "time").get("number_compound", {})
        own = {k.lower(): float(v) for k, v in load(lang, "time").get("numbers", {}).items()}
        own.update({k.lower(): float(v) for k, v in load(lang, "time").get("number_words_units", {}).items()})
        tens = {k: v for k, v in own.items() if k.isalpha() and v in (20, 30, 40, 50, 60, 70, 80, 90)}
        ones = {k: own[k] for k in comp.get("ones", []) if k in own}
        form = str(comp.get("form", ""))
        if form:
            nums.update({form.format(tens=t, ones=o): tv + ov for t, tv in tens.items() for o, ov in ones.items()})
    return _Lex(
        months={k: int(v) for k, v in merged("months").items()},  # type: ignore[call-overload]
        weekdays={k: int(v) for k, v in merged("weekdays").items()},  # type: ignore[call-overload]
        seasons={k: str(v) for k, v in merged("seasons").items()},
        parts={k: str(v) for k, v in merged("parts_of_day").items()},
        reldays={k: int(v) for k, v in merged("relative_days").items()},  # type: ignore[call-overload]
        past=mergedl("past_words") | mergedl("before_last_words"),
        before_last=mergedl("before_last_words"),
        nxt=mergedl("next_words"),
        this=mergedl("this_words"),
        units={k: str(v) for k, v in merged("units").items()},
        numbers=nums,
        anaphoric={k.lower(): str(v) for k, v in (merged("anaphoric_days") | merged("anaphoric_parts")).items()},
        anaphoric_years={k.lower(): int(v) for k, v in merged("anaphoric_years").items()},  # type: ignore[call-overload]
        anaphoric_months={k.lower(): int(v) for k, v in merged("anaphoric_months").items()},  # type: ignore[call-overload]
        later=mergedl("later_words"),
        earlier=mergedl("earlier_words"),
        forward=frozenset(w.lower() for w in mergedl("forward_prepositions")),
        validity_participle_endings=tuple(sorted(mergedl("validity_participle_endings"))),
        backward=frozenset(w.lower() for w in mergedl("backward_prepositions")),
        frame_verbs=frozenset(
            f.lower() for lang in SUPPORTED for v in load(lang, "cues").get("verbs", {}).values()
            if v.get("class") in ("speech", "writing", "report") for f in v.get("forms", [])
        ),
        ambiguous_months=frozenset(w.lower() for w in mergedl("ambiguous_months")),
        month_before_noun=frozenset(lang for lang in SUPPORTED if load(lang, "time").get("month_before_noun")),
        quarter_ordinals={k.lower(): int(v) for k, v in merged("quarter_ordinals").items()},  # type: ignore[call-overload]
        quarter_nouns=frozenset(w.lower() for w in mergedl("quarter_nouns")),
        quarter_report_nouns=frozenset(w.lower() for w in mergedl("quarter_report_nouns")),
        half_nouns=frozenset(w.lower() for w in mergedl("half_nouns")),
        relative_quarters={k.lower(): int(v) for k, v in merged("relative_quarters").items()},  # type: ignore[call-overload]
        relative_quarters_not_before=mergedl("relative_quarters_not_before"),
        quarter_needs_year=frozenset(lang for lang in SUPPORTED if load(lang, "time").get("quarter_needs_year")),
        adjective_units={k.lower(): str(v) for k, v in merged("adjective_units").items()},
        relative_parts={k.lower(): str(v) for k, v in merged("relative_parts").items()},
        vague_patterns=tuple(p for v in vague for p in v.get("patterns", [])),
        vague_units=tuple((k.lower(), str(u)) for v in vague for k, u in v.get("units", {}).items()),
        ordinal_units=tuple(sorted({w.lower() for lang in SUPPORTED for w in load(lang, "time").get("ordinal_unit", {}).get("words", [])})),
        ordinal_unit_after=frozenset(w.lower() for lang in SUPPORTED for w in load(lang, "time").get("ordinal_unit", {}).get("duration_before", [])),
        ordinal_unit_degree=frozenset(w.lower() for lang in SUPPORTED for w in load(lang, "time").get("ordinal_unit", {}).get("degree_words", [])),
        ordinal_unit_not_comparative=frozenset(w.lower() for lang in SUPPORTED
                                               for w in load(lang, "time").get("ordinal_unit", {}).get("not_comparatives", [])),
        year_adjective_nouns=frozenset(w.lower() for w in mergedl("year_adjective_nouns")),
        # the separate ones only: a joined German "einhalb" is part of its number word ("zweieinhalb")
        half_suffixes=tuple(sorted((w for w in mergedl("half_suffixes") if w[:1] in " -"), key=len, reverse=True)),
        set_determiners=frozenset(w.lower() for w in mergedl("set_determiners")),
        decade_words={k.lower(): int(v) for k, v in merged("decade_words").items()},  # type: ignore[call-overload]
        year_adjective_stems=tuple(sorted({w.lower() for w in mergedl("year_adjective_stems")}, key=len, reverse=True)),
        half_year_patterns=tuple(p for lang in SUPPORTED for p in load(lang, "time").get("half_year", {}).get("patterns", [])),
        half_year_needs=tuple(sorted({w.lower() for lang in SUPPORTED for w in load(lang, "time").get("half_year", {}).get("needs", [])})),
        year_offsets={k.lower(): int(v) for lang in SUPPORTED for k, v in load(lang, "time").get("year_offsets", {}).get("words", {}).items()},
        year_offset_patterns=tuple(p for lang in SUPPORTED for p in load(lang, "time").get("year_offsets", {}).get("patterns", [])),
        duration_adjectives=frozenset(w.lower() for w in mergedl("duration_adjectives")),
        set_rate_words=frozenset(w.lower() for w in mergedl("set_rate_words")),
        set_attributive_before=frozenset(w.lower() for w in mergedl("set_attributive_before")),
        century_ordinals={k.lower(): int(v) for k, v in merged("century_ordinals").items()},  # type: ignore[call-overload]
        fixed_durations={k.lower(): str(v) for k, v in merged("fixed_durations").items()},
        ago_approximations=frozenset(w.lower() for w in mergedl("ago_approximations")),
        amount_units=mergedl("amount_units"),
        closing_week_days=frozenset(int(d) for lang in SUPPORTED for d in load(lang, "time").get("closing_week", {}).get("weekdays", [])),
    )


@cache
def holidays() -> tuple[dict[str, str], frozenset[str]]:
    """(each holiday on a fixed day, its name in lower case with a straight apostrophe → "MM-DD"; the
    lower-case words after which its name stays a day) of `holidays` of resources/<lang>/time.json."""
    days = {k.lower(): str(v) for lang in SUPPORTED for k, v in load(lang, "time").get("holidays", {}).get("days", {}).items()}
    free = frozenset(w.lower() for lang in SUPPORTED for w in load(lang, "time").get("holidays", {}).get("free_after", []))
    return days, free


def _holiday_rx() -> str:
    """A holiday's name (`holidays`), any apostrophe; in a language with `free_after` (English, whose
    nouns are written in lower case) not before a lower-case word other than those ("Christmas tree":
    part of a noun) nor before a capitalised one ("Christmas Island": a name)."""
    alts = []
    for lang in SUPPORTED:
        spec = load(lang, "time").get("holidays", {})
        days = spec.get("days", {})
        if not days:
            continue
        names = "|".join(re.escape(k.lower()).replace(r"\ ", r"\s+").replace("'", "['’]") for k in sorted(days, key=len, reverse=True))
        free = spec.get("free_after")
        # (nor before a capitalised word: "Christmas Island", "A Christmas Carol", a name; the longer
        # holidays, "Christmas Eve", are listed and tried first)
        after = rf"(?!\s+(?!(?:{alternation(free)})\b)(?-i:[a-z]))(?!\s+(?-i:[A-Z][a-z]))" if free else ""
        alts.append(rf"(?:{names})(?![\w'’-]){after}")
    return rf"\b(?:{'|'.join(alts)})" if alts else r"(?!x)x"


_PHASE = r"(?:early|late|mid)(?:-|\s+)"  # "the late 19th century", "the mid-20th century"


def alternation(words: object) -> str:
    ws = sorted((w for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in ws)


def _ordinal_unit(lx: _Lex) -> str:
    """A negative lookahead after a duration: "a second" before a lower-case word that is none of
    `ordinal_unit.duration_before` ("a second person"; not "a second later"), or before a comma and
    a comparative ("a second, smaller fire", "a second, more powerful quake") is an ordinal."""
    if not lx.ordinal_units:
        return ""
    # one lookbehind per phrase: each must have a fixed width
    units = "|".join(r"(?<=\b" + re.escape(u).replace(r"\ ", r"\s") + ")" for u in lx.ordinal_units)
    after = alternation(lx.ordinal_unit_after) or "(?!x)x"
    degree = alternation(lx.ordinal_unit_degree) or "(?!x)x"
    not_cmp = alternation(lx.ordinal_unit_not_comparative) or "(?!x)x"
    return (rf"(?!(?:{units})(?:\s+(?!(?:{after})\b)[a-z]"
            rf"|,\s+(?:(?:{degree})\s+[a-z]+|(?!(?:{not_cmp})\b)[a-z]+er)\s+[a-z]))")




@cache
def kind_patterns() -> list[tuple[str, re.Pattern[str]]]:
    lx = time_lex()
    M = alternation(lx.months)
    W = alternation(lx.weekdays)
    S = alternation(lx.seasons)
    P = alternation(lx.past | lx.nxt | lx.this)
    U = alternation(lx.units)
    # "2-1/2 years", "1 1/2 hours": a whole number and a half written as a fraction
    N = alternation(k for k in lx.numbers if len(k) > 1 or k == "a") + r"|\d+(?:-|[ \t]+)1/2|\d+(?:[.,]\d+)?"
    # a whole number and a half, separate from it ("two and a half", "two-and-a-half")
    H = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lx.half_suffixes) or "(?!x)x"
    Y = r"(?:1[5-9]\d\d|20\d\d)"
    # a currency or unit right after a number (`amount_units`): "März 20 Franken" is a month and an amount, no day
    units = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(lx.amount_units, key=len, reverse=True)) or "(?!x)x"
    AMOUNT_UNIT = rf"\s*(?:{units})(?!\w)"
    pre_de = r"(?:(?:am|im|ab|seit|bis|vom|zum|um|in|an|von|nach|vor|zwischen|Anfang|Mitte|Ende|Ende des|Anfang des|Mitte des)\s+(?:dem\s+|den\s+|der\s+)?)?"
    pre_en = r"(?:(?:on|in|since|until|by|from|for|between|as\s+of|early|late|mid|last|this|next|earlier|later)\s+(?:the\s+)?)?"
    pre = f"(?:{pre_de}|{pre_en})"
    _ord = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{alternation(lx.century_ordinals) or '(?!x)x'})"
    rules: list[tuple[str, str]] = [
        ("iso", rf"\b{Y}-\d\d-\d\d\b"),
        ("numeric_date", rf"\b(?:(?:am|on)\s+)?(?:(?:{W}),?\s+(?:den\s+)?)?\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:{Y}|\d\d)\b"),
        ("day_month_year", rf"{pre}\b\d{{1,2}}\.?\s+(?:{M})\.?(?:\s*,?\s+{Y})?\b"),
        # not a number in groups after a month ("im März 30.000 Menschen")
        # nor an amount after a month ("ab März 20 Franken günstiger"): its number counts, the month stands alone
        ("month_day_year", rf"{pre}\b(?:{M})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]\d)(?!{AMOUNT_UNIT})(?:,?\s+{Y}\b)?"),
        ("weekday_date", rf"(?:\b(?:am|on)\s+)?\b(?:{W}),?\s+(?:(?:den|the)\s+)?(?:\d{{1,2}}\.?\s+(?:{M})(?:\s+{Y})?|(?:{M})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{Y})?)\b"),
        ("month_year", rf"{pre}\b(?:{M})\s+{Y}\b"),
        ("year_change", rf"(?:(?:ab|zum|nach|vor|bis)\s+(?:dem\s+)?)?\bJahreswechsel(?:\s+{Y}(?:/\d\d)?)?"),
        ("season_year", rf"{pre}\b(?:{S})\s+(?:of\s+(?:the\s+year\s+)?|des\s+Jahres\s+)?{Y}\b"),
        # ("vom April", "aus dem April", "seit dem April": a preposition with its article)
        ("month", rf"(?:\b(?:im|in|seit|bis|ab|von|vom|aus\s+dem|seit\s+dem|zwischen|Anfang|Mitte|Ende|Ende des|Anfang des|early|late|mid|last|this|next|until|before|after|by|from|during|through|since|between|for|as\s+of)\s+|\bmid-|\b(?:(?:at|by|until|from|since|in)\s+)?the\s+(?:end|start|beginning|middle)\s+of\s+)(?:(?:{P})\s+)?(?:{M})\b(?!\.?\s*\d+(?:st|nd|rd|th)?\b(?![.,]\d)(?!{AMOUNT_UNIT}))|\b(?:{P})\s+(?:{M})\b(?!\.?\s*\d+(?:st|nd|rd|th)?\b(?![.,]\d)(?!{AMOUNT_UNIT}))"),
        # the second month of a pair ("zwischen Jänner und November", "in December and January"): kept
        # only right after a month (find_timexes), which gives it its year
        ("month_pair", rf"\b(?:und|and|oder|or)\s+(?:{M})\b(?!\s*\d)(?!\s+{Y})"),
        # a capitalised month between two lower-case words, before its noun: "a key September meeting", or
        # with a possessive: "according to July's poll"
        ("month_attr", r"(?<=(?-i:[a-z]) )(?-i:" + "|".join(re.escape(k.capitalize()) for k in sorted(lx.months, key=len, reverse=True)
                                                         if k.isalpha() and len(k) > 3 and k not in lx.ambiguous_months) + r")(?=\s+(?-i:[A-Z]{2,5}\s+)?(?-i:[a-z]{3,})|['’]s\s)"),
        # the end, start or middle of the current year or week ("zum Jahresende", "Anfang der Woche")
        ("year_part", r"\b(?:Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte)\b|\b(?:Ende|Anfang|Mitte)\s+(?:dieses|des)\s+Jahres\b(?!\s+\d)|\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+year\b|\byear['’]s\s+end\b"),
        # the end, start or middle of the current month ("Ende des Monats", "by the end of the month")
        ("month_part", r"\b(?:Monatsende|Monatsanfang|Monatsbeginn|Monatsmitte)\b|\b(?:Ende|Anfang|Mitte)\s+(?:dieses|des)\s+Monats\b|\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+month\b|\bmonth['’]s\s+end\b"),
        ("week_part", r"\b(?:Ende|Anfang|Mitte)\s+(?:der|dieser)\s+Woche\b|\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+week\b|\blater\s+this\s+week\b"),
        ("season", rf"(?:(?:im|im\s+vergangenen|im\s+kommenden|im\s+letzten|im\s+nächsten|in)\s+)(?:Frühjahr|Frühling|Sommer|Herbst|Winter)\b(?!\s*{Y})|(?:(?:in\s+the|this|last|next|during\s+the)\s+)(?:spring|summer|fall|autumn|winter)\b(?!\s*{Y})(?!\s+(?:in|of)\s+(?!the\b|a\b|an\b)(?-i:[a-z]))|\b(?:spring|summer|winter)time\b"),
        ("rel_week", rf"\b(?:(?:in\s+der|in\s+dieser|in\s+den|der|die|den|im|am)\s+)?(?:{P})\s+(?:Woche|Wochenende|Monat|Monats|Jahr|Jahres|week|weekend|month|year)\b"
                     # "in the week prior": the one before, its relative word after the unit
                     rf"|\b(?:in\s+)?the\s+(?:week|month|year)\s+(?:{alternation(lx.past)})\b(?!\s+to\b)"),
        ("ago", rf"\b(?:vor\s+(?:(?:{alternation(lx.ago_approximations) or '(?!x)x'})\s+)?(?:{N})\s+(?:{U})|(?:{N})\s+(?:{U})\s+ago)\b"),
        ("in_future", rf"\b(?:in|In)\s+(?:{N})\s+(?:Tagen|Wochen|Monaten|Jahren|days|weeks|months|years)\b"),
        ("weekday_part", rf"(?:(?:am|on|last|next|this)\s+)?\b(?:{W})(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)\b"),
        # not when a day of the month follows ("Dienstag, 3.5.2024", "Tuesday, May 3" are one date);
        # a number that is no date stays out ("On Tuesday, 3.5 million people voted")
        ("weekday", rf"(?:(?:am|on|last|next|this|vergangenen|kommenden|letzten|vorletzten|nächsten|seit|bis|ab|vom|diesen|diesem|an\s+diesem)\s+)?\b(?:{W})\b(?!\s*,?\s*(?:(?:den|the)\s+)?\d{{1,2}}(?:\.\s?\d{{1,2}}\.|\.?\s+(?:{M})\b|(?:st|nd|rd|th)\b))"),
        ("nowadays", r"\b(?:bis|noch|schon|auch|Noch|Schon|Bis)\s+heute\b(?!\s+(?:Abend|Morgen|Nachmittag|Vormittag|Mittag|Nacht|abend|morgen|früh))|\bheute\s+noch\b|\b(?:heutigen|Heutigen)\b|\b(?:Früher|früher)\b(?!\s+(?:als|oder|und|war(?:en)?\s+als))"),
        ("relday", r"\b(?:vorgestern|gestern|heute|übermorgen|yesterday|today|tomorrow)\b(?:\s+(?:Abend|Morgen|Nachmittag|Vormittag|Mittag|Nacht|abend|morgen|nachmittag|vormittag|mittag|nacht|morning|afternoon|evening|night))?"),
        # a part of the article's day or the night before ("last night", "this morning", "tonight")
        ("relpart", r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lx.relative_parts, key=len, reverse=True)) + r")\b" if lx.relative_parts else r"(?!x)x"),
        ("clock", r"\b(?:um\s+|ab\s+|gegen\s+|at\s+)?\d{1,2}(?:[.:]\d\d)?\s*Uhr\b|\b\d{1,2}:\d\d\s*(?:a\.m\.|p\.m\.|am|pm)"),
        # "in den 1980ern" (the dative plural of "die 1980er")
        ("decade", r"\b(?:in\s+den\s+|in\s+the\s+)?(?:1[5-9]|20)\d0(?:er(?:\s+Jahren?)?|ern|s)\b"),
        # a decade without its century ("in the late '90s", "the '80s"): the last such decade up to the article's year
        # "the '90s", "the late '90s"; without its apostrophe only as the second of a pair after a full decade ("the
        # 1960s and 70s": "in the 30s" alone is as often a share or a temperature)
        ("decade_short", r"(?:\b(?:in\s+)?the\s+(?:(?:early|late|mid)(?:-|\s+))?)?(?<![\w'’])['’]\d0s\b"
                         r"|(?<=\d\d0s and )\d0s\b|(?<=\d\d0s or )\d0s\b|(?<=\d\d0s to )\d0s\b"),
        ("year", rf"\b(?:(?:im\s+Jahr(?:e)?|des\s+Jahres|in\s+the\s+year|seit|bis|ab|von|vor|nach|in|since|until|by|from|before|after|Anfang|Mitte|Ende|early|late)\s+"
                 rf"|(?:(?:in|since|until|by|from|before|after|through)\s+)?(?:mid|early|late)-){Y}\b(?![.,]\d|\s*(?:Euro|Franken|Dollar|Mark|DM|Grad|km|Meter|Menschen)\b)"),
        # "1977", "(1959)", "2009-2011", "2005/2010"; not "17641", "DIN 15733", "1500 Euro", "2013-Bericht"
        ("year_bare", rf"(?<![\w.,'’])(?<![^\d\s(„\"]-)(?<![^\d\s(]/){Y}(?!\w|[.,']\d|[-/][^\W\d])(?!\s*(?:Euro|Franken|Dollar|Mark|DM|Grad|Menschen|Soldaten|Personen|km|Meter|mal)\b)"),
        ("duration2", rf"\b(?:{N})\s+(?:{U})\s+und\s+(?:{N})\s+(?:{U})\b"),
        # also hyphenated before a noun ("an 18-year insurgency", "a 30-day deadline"); not an age
        # ("18-year-old") nor a name ("the Six-Day War": a capitalised unit)
        # "binnen eines Tages": one unit in the genitive after a word of time span ("Eines Tages" alone is no duration)
        # a duration in one word goes to fixed_duration ("a half-century" is P50Y, not half of one)
        ("duration", rf"\b(?!(?:(?:an?|eine[rn]?)\s+)?(?:{alternation(lx.fixed_durations) or '(?!x)x'})(?![\w-]))(?:(?:{N})(?:-plus)?(?:{H})?\s+(?:(?:{alternation(lx.duration_adjectives) or '(?!x)x'})\s+)?|mehr\s+als\s+(?:{N})\s+|über\s+(?:{N})\s+|(?:{N})(?:{H})?-(?-i:(?=[a-z]))|(?:(?<=binnen\s)|(?<=innerhalb\s))eines\s+)(?:{U})\b(?!-(?!long\b|and\b|per\b|a\b)(?-i:[a-z]))(?:(?:{H})\b)?"
                     # "a second person", "a second, smaller fire": an ordinal before its noun (with an
                     # adjective after a comma), not one second
                     + _ordinal_unit(lx)),
        # "seit seinem fast 60-jährigen Bestehen": '-jährig' before a noun of lasting is a duration (else mostly an age)
        ("duration_years_adj", rf"\b(?:\d+-|{alternation(k for k in lx.numbers if k.isalpha() and len(k) > 2)})(?:{alternation(lx.year_adjective_stems) or '(?!x)x'})e[nmrs]?(?=\s+(?:{alternation(lx.year_adjective_nouns) or '(?!x)x'})\b)"),
        ("set", r"\b(?:tägliche[nmrs]?|täglich|wöchentliche[nmrs]?|wöchentlich|monatliche[nmrs]?|monatlich|jährliche[nmrs]?|jährlich|daily|weekly|monthly|annually|yearly|(?:jeden|jedes|jede)\s+(?:Tag|Monat|Jahr|Woche)|(?:pro|einmal\s+im|einmal\s+pro)\s+(?:Tag|Monat|Jahr|Woche)|Jahr\s+(?:für|um)\s+Jahr|Tag\s+für\s+Tag|every\s+(?:day|week|month|year)|per\s+(?:day|week|month|year))\b"
                # "every Monday", "jeden Montag" (set_determiners of resources/<lang>/time.json)
                rf"|\b(?:{alternation(lx.set_determiners) or '(?!x)x'})\s+(?:{W})\b"),
        # "im 19. Jahrhundert", "in the 12th century", "the fifteenth century"
        # "the late 19th century", "the mid-20th century"; of two joined centuries each ("the late 17th
        # and early 18th centuries": the first without its noun)
        ("century", r"\b(?:im|des|dem|ins|das)\s+(\d{1,2})\.\s+Jahrhunderts?\b"
                    rf"|\b(?:in\s+)?the\s+(?:{_PHASE})?{_ord}(?:\s+century\b|(?=\s+(?:and|or|to)\s+(?:the\s+)?(?:{_PHASE})?{_ord}\s+centuries\b))"
                    rf"|\b(?:{_PHASE}){_ord}\s+centur(?:y|ies)\b"),
        # "in den 80er Jahren", "der 70er-Jahre", "in den 80ern"
        ("decade2", r"\b(?:(?:in\s+)?den|der|die)\s+(\d0)er(?:n\b|(?:\s+|-)Jahren?\b)"),
        # a duration in one word: "eine Viertelstunde", "a weeklong summit", "a half-century"
        ("fixed_duration", rf"\b(?:(?:an?|eine[rn]?)\s+)?(?:{alternation(lx.fixed_durations) or '(?!x)x'})(?![\w-])"),
        ("clock2", r"\b(?:um|ab|bis|gegen|von)\s+(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?!\s*(?:Euro|Franken|Dollar|Prozent|%|Meter|km|Mio|Millionen))"),
        ("daypart", r"\b(?:am|Am|in\s+der|In\s+der)\s+(?:Vormittag|Nachmittag|Abend|Nacht|Mittag|(?-i:Morgen))\b(?!\s+(?:vom|zum|auf|von|des|der|zu)\b)|\bmorgen(?:\s+(?:früh|Abend|Nachmittag|Vormittag))?\b(?<!\bam\smorgen)"),
        ("weekend", r"\b(?:am|Am|übers|übers\s+|an\s+diesem)\s+Wochenende\b|\b(?:over|at|on|during)\s+the\s+weekend\b"),
        ("ref", r"\b(?:jetzt|Jetzt|derzeit|Derzeit|zurzeit|Zurzeit|gegenwärtig|Gegenwärtig|momentan|Momentan|heutzutage|Heutzutage|damals|Damals|einst|Einst|vor\s+kurzem|Vor\s+kurzem|demnächst|Demnächst|im\s+Moment|zur\s+Zeit|zur\s+Stunde|dieser\s+Tage|(?:in\s+)?der\s+Vergangenheit|(?:die|Die)\s+Vergangenheit)\b"),
        ("heuer", r"\b(?:" + ("|".join(lx.year_offset_patterns) or r"(?!x)x") + r")\b"),
        ("vague_duration", r"\b(?:" + "|".join(lx.vague_patterns or [r"(?!x)x"]) + r")\b"),
        # "in den zwanziger Jahren", and the noun after its article ("aus den Sechzigern"); not after
        # "in", where it is mostly an age ("eine Frau in den Fünfzigern": in her fifties)
        ("decade_word", rf"\b(?:(?:in\s+)?den\s+)?(?:{alternation(lx.decade_words) or '(?!x)x'})\s*Jahren?\b"
                        rf"|(?<!\bin\s)(?<!\bIn\s)\bden\s+(?:{alternation(lx.decade_words) or '(?!x)x'})n\b"),
        ("half_year", r"\b(?:" + ("|".join(lx.half_year_patterns) or r"(?!x)x") + r")\b"),
        # a duration as an adjective ("ein zweiwöchiger Urlaub", "nach 14-tägiger Haft")
        ("duration_adj", rf"\b(?:\d+-|{alternation(k for k in lx.numbers if k.isalpha() and len(k) > 2)})(?:{alternation(lx.adjective_units) or '(?!x)x'})(?:e[nmrs]?)?\b"),
        # a quarter or half of a year: "im dritten Quartal", "in der zweiten Jahreshälfte 2014",
        # "the third quarter of 2019", "the first half of the year"
        ("quarter", rf"\b(?:{alternation(lx.quarter_ordinals) or '(?!x)x'})(?:\s+|-)(?:{alternation(lx.quarter_nouns | lx.half_nouns) or '(?!x)x'})\b"
                    rf"(?:\s+(?:of\s+|des\s+Jahres\s+)?{Y}\b|\s+of\s+(?:the|this|last)\s+year\b|\s+des\s+(?:Vorjahres|vergangenen\s+Jahres|laufenden\s+Jahres)\b)?"),
        # a quarter by its code ("Q4", "Q4 2015", "Q3/2016", "2016 Q1"); not after a capitalised word, a model's
        # name ("an Audi Q3")
        ("quarter_code", rf"(?<![\w-])(?:{Y}\s?)?(?-i:Q)[1-4](?:\s?/\s?{Y}|\s+{Y})?(?![\w-])"),
        # a quarter relative to the article's ("last quarter", "im vergangenen Quartal"); not "the last quarter"
        # (of a game, or "of the year"), nor before a word of `relative_quarters_not_before` ("of", "des",
        # "century") or a year
        ("rel_quarter", r"(?<!\bthe\s)(?<!\bThe\s)\b(?:" + ("|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lx.relative_quarters, key=len, reverse=True)) or r"(?!x)x")
                        + r")\b(?![-‐])(?!\s+(?:" + "|".join([re.escape(w) for w in sorted(lx.relative_quarters_not_before)] + [r"\d+"]) + r")\b)"),
        # relative to the last year the text named ("in March 2011. The following year, …" → 2012)
        ("anaphoric_year", r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lx.anaphoric_years, key=len, reverse=True)) + r")\b"),
        # relative to the last month or day the text named ("later that month", "im selben Monat")
        ("anaphoric_month", r"\b(?:" + ("|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lx.anaphoric_months, key=len, reverse=True)) or r"(?!x)x") + r")\b"),
        # relative to the last date the text named (the narrative's reference time), not to the article date
        ("anaphoric", r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lx.anaphoric, key=len, reverse=True)) + r")\b"),
        ("later", rf"\b(?:{N})\s+(?:{U})\s+(?:{alternation(lx.later | lx.earlier)})\b"),
        # a holiday on a fixed day ("after Christmas", "zu Silvester"): that day of the nearest year
        ("holiday", _holiday_rx()),
    ]
    flags = re.I
    return [(name, re.compile(rx, flags if name not in ("ref",) else 0)) for name, rx in rules]


@cache
def _trigger_lists() -> dict[str, frozenset[str]]:
    """The words of each trigger of `kind_triggers`, by the trigger's name."""
    lx = time_lex()
    return {"months": frozenset(lx.months), "seasons": frozenset(lx.seasons), "later": frozenset(lx.later | lx.earlier),
            "anaphoric": frozenset(k.split()[-1] for k in lx.anaphoric), "units": frozenset(lx.units)}


@cache
def _trigger_patterns() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.I) for name, words in _trigger_lists().items()}


@cache
def kind_triggers() -> dict[str, re.Pattern[str]]:
    """Words without which a pattern cannot match: a cheap search first spares the slow patterns
    (optional prefixes tried at every position) on most sentences. Same results, less time."""
    rx = _trigger_patterns()
    out = {k: rx["months"] for k in ("day_month_year", "month_day_year", "weekday_date", "month_year", "month", "month_attr", "month_pair")}
    out.update({"season_year": rx["seasons"], "later": rx["later"], "anaphoric": rx["anaphoric"]})
    # a unit of time as a word of its own (after a space or a hyphen, before a word's end: "drei Tage",
    # "a 30-day deadline"), as every branch of these patterns spells it; not inside a word ("Dienstag")
    out.update({k: rx["units"] for k in ("duration", "duration2", "ago")})
    return out


@cache
def trigger_needs() -> dict[re.Pattern[str], tuple[str, ...]]:
    """For each pattern of `kind_triggers`: lower-case strings one of which a stretch folded and
    lower-cased (`FOLD`) contains wherever the pattern matches in it — its words, less each word
    that contains another of them ("april" holds "apr"). A stretch without any is not searched
    (a substring test instead of the pattern tried at every position). Same results, less time."""
    rx = _trigger_patterns()
    out: dict[re.Pattern[str], tuple[str, ...]] = {}
    for name, words in _trigger_lists().items():
        low = {w.translate(FOLD).lower() for w in words}
        out[rx[name]] = tuple(sorted(w for w in low if not any(v != w and v in w for v in low)))
    return out


# re.IGNORECASE also matches i with ı and İ, s with ſ: folded first, so that a pattern's word is
# then a substring of the lower-cased text wherever the pattern matches
FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_DIGIT = "<digit>"  # needs a digit (searched as \d)
_YEARISH = "<year>"  # needs a number that can be a year (1500–2099)
NEEDS_RX = {_DIGIT: re.compile(r"\d"), _YEARISH: re.compile(r"(?:1[5-9]|20)\d\d")}


@cache
def kind_needs() -> dict[str, tuple[str, ...]]:
    """For each pattern, what a sentence must contain for the pattern to match there: one of these
    lower-case substrings (of the words the pattern itself spells out), or a digit or a year-like
    number. Tested before the pattern, like the triggers; same results, less time."""
    lx = time_lex()
    units = tuple(sorted(lx.units))
    weekdays = tuple(sorted(lx.weekdays))
    return {
        "iso": (_YEARISH,),
        "numeric_date": (_DIGIT,),
        "quarter_code": (_DIGIT,),
        "day_month_year": (_DIGIT,),
        "month_day_year": (_DIGIT,),
        "weekday_date": (_DIGIT,),
        "month_year": (_YEARISH,),
        "year_change": ("jahreswechsel",),
        "season_year": (_YEARISH,),
        "year_part": ("jahr", "year"),
        "month_part": ("monat", "month"),
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
        "decade_short": ("0s",),
        "year": (_YEARISH,),
        "year_bare": (_YEARISH,),
        "duration2": units,
        "duration": units,
        "set": ("täglich", "wöchentlich", "monatlich", "jährlich", "daily", "weekly", "monthly", "annually",
                "yearly", "tag", "monat", "jahr", "woche", "day", "week", "month", "year", *weekdays),
        "century": ("jahrhundert", "century", "centuries"),
        "fixed_duration": tuple(sorted({k.split("-")[0].split()[0] for k in lx.fixed_durations})),
        "decade2": (_DIGIT,),
        "clock2": (_DIGIT,),
        "daypart": ("vormittag", "nachmittag", "abend", "nacht", "mittag", "morgen"),
        "weekend": ("wochenende", "weekend"),
        "relpart": tuple(sorted({k.split()[-1] for k in lx.relative_parts})),
        "vague_duration": tuple(k for k, _ in lx.vague_units),
        "decade_word": tuple(sorted(lx.decade_words)),
        "half_year": lx.half_year_needs,
        "duration_adj": tuple(sorted(lx.adjective_units)),
        "duration_years_adj": lx.year_adjective_stems,
        "quarter": tuple(sorted(lx.quarter_nouns | lx.half_nouns)),
        "rel_quarter": tuple(sorted(lx.quarter_nouns)),
        "heuer": tuple(sorted(lx.year_offsets)),
        "anaphoric_year": ("jahr", "year"),
        "anaphoric_month": ("monat", "month"),
        "later": units,
        "holiday": tuple(sorted({k.split()[0].split("'")[0] for k in holidays()[0]})),
    }
