"""Quantities: Swiss, German and English number formats, number words, vague amounts, bounds,
percentages, money and units (rule ids `quantity.*`). A value is a number or `[low, high]` with
`None` for an open end."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import cache
from typing import ClassVar, cast

from ..document import CLAIM_SEGMENTS, Document, Quantity, Span
from ..resources import SUPPORTED, languages, load
from ..textutil import folded_lower

Number = float | int
Value = Number | tuple[Number | None, Number | None]

CURRENCY = r"(?:Euro|EUR|€|US-Dollar|Dollar|USD|\$|Franken|CHF|Fr\.|Rubel|Pfund|£|Yen|Yuan|Won|Hrywnja|Mark|DM|dollars?|euros?|pounds?)"
# a currency written before the amount: "$4.2 billion", "US$ 3 Mio.", "€5bn", "CHF 200", "Rs 12 lakh"
_PRE_CURRENCY = r"(?:US\$|A\$|C\$|HK\$|\$|€|£|¥|₹|Rs\.?|CHF|EUR|USD|GBP|Fr\.|SFr\.)"
UNIT = (
    r"(?:mm|cm|km|m|kg|g|t|Tonnen|Tonne|Kilometern|Kilometer|Metern|Meter|Millimetern|Millimeter|Kilogramm|Gramm|Litern|Liter|l|ha|Hektar|"
    r"Prozent|Prozentpunkte|%|percent|per\s+cent|percentage\s+points|miles?|feet|tons?|tonnes?|"
    r"km/h|mph|Grad|°C|degrees|MW|GW|kW|kWh|GWh|Einwohner|Quadratkilometer|km²|m²)"
)


class _Folded(dict[str, object]):
    """A word list keyed in lower case whose keys are also found as the case-insensitive patterns
    match them: "Tauſende" (a long s, as Fraktur OCR writes it), "bİllİon" — letters that fold to
    another under re.IGNORECASE but keep their own lower case (`_fold`)."""

    def __missing__(self, key: str) -> object:
        folded = _fold(key)
        if folded != key and folded in self:
            return self[folded]
        raise KeyError(key)


def _fold(word: str) -> str:
    """`word` in lower case with ſ, the Kelvin sign and İ as the letters they match (s, k, i)."""
    return word.lower().replace("ſ", "s").replace("\u212a", "k").replace("i\u0307", "i")


@cache
def _lex() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {k: _Folded() for k in (
        "scale", "vague", "mult", "bounds", "words", "fraction", "dozen", "clock", "service", "service_before", "service_after",
        "articles", "article_ones", "er_nouns", "file_number", "halves", "not_compounds", "streets",
        "bounds_after", "bound_suffixes", "bounded_ones", "bounded_one_bounds", "bound_not_after", "bound_verbs", "range_openers", "range_closers", "fixed_compounds", "zero_not_before",
        "zero_not_after", "times_words", "times_not_before", "times_not_after")}
    for lang in SUPPORTED:
        t = load(lang, "time")
        out["scale"].update(t.get("scale_words", {}))
        out["vague"].update(t.get("vague", {}))
        out["mult"].update(t.get("vague_multipliers", {}))
        out["bounds"].update(t.get("bounds", {}))
        out["bounds_after"].update(t.get("bounds_after", {}))
        out["range_closers"].update(dict.fromkeys((w.lower() for w in t.get("range_closers", [])), 1))
        out["bound_suffixes"].update(t.get("bound_suffixes", {}))
        out["bounded_ones"].update(dict.fromkeys(t.get("bounded_ones", []), 1))
        out["bounded_one_bounds"].update(dict.fromkeys(t.get("bounded_one_bounds", []), 1))
        for key in ("bound_not_after", "bound_verbs", "range_openers"):
            for bound, before in t.get(key, {}).items():
                words = cast(set[str], out[key].setdefault(bound.lower(), set()))
                words.update(w.lower() for w in before)
        out["words"].update({k: v for k, v in t.get("digits", {}).items()})
        out["words"].update(t.get("number_words_units", {}))
        out["words"].update(dict.fromkeys(t.get("zero_words", {}).get("words", []), 0))
        out["zero_not_before"].update(dict.fromkeys(t.get("zero_words", {}).get("not_before", []), 1))
        out["zero_not_after"].update(dict.fromkeys(t.get("zero_words", {}).get("not_after", []), 1))
        out["times_words"].update(t.get("times_words", {}).get("words", {}))
        out["words"].update(t.get("times_words", {}).get("words", {}))
        out["times_not_before"].update(dict.fromkeys(t.get("times_words", {}).get("not_before", []), 1))
        out["times_not_after"].update(dict.fromkeys(t.get("times_words", {}).get("not_after", []), 1))
        out["fraction"].update(t.get("fraction_scales", {}))
        out["dozen"].update(t.get("dozen_words", {}))
        out["not_compounds"].update(dict.fromkeys(t.get("compound_not_counts", []), 1))
        out["fixed_compounds"].update(dict.fromkeys(t.get("compound_fixed_phrases", []), 1))
        out["streets"].update(dict.fromkeys(t.get("street_words", []), 1))
        out["clock"].update(dict.fromkeys(t.get("clock_words", []), 1))
        service = t.get("service_numbers", {})
        out["service"].update(dict.fromkeys(service.get("numbers", []), 1))
        out["service_before"].update(dict.fromkeys(service.get("before", []), 1))
        out["service_after"].update(dict.fromkeys(service.get("after", []), 1))
        words = t.get("count_article_words", {})
        out["articles"].update(dict.fromkeys(words.get("never", []), 1))
        out["article_ones"].update(dict.fromkeys(words.get("with_unit", []), 1))
        for part in ("ones", "ones_alone", "after_focus", "focus_negations", "not_before"):
            out.setdefault(part, _Folded()).update(dict.fromkeys(words.get(part, []), 1))
        out["er_nouns"].update(dict.fromkeys(t.get("count_er_nouns", []), 1))
        out["halves"].update(dict.fromkeys(t.get("half_suffixes", []), 1))
        if t.get("file_number_after"):
            out["file_number"][str(t["file_number_after"])] = 1
    return out


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_DE_ONES = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_DE_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}


def parse_german_number_word(word: str) -> int | None:
    """zweihundertfünfzig → 250, einundzwanzig → 21, dreitausend → 3000."""
    w = word.lower()
    if not w:
        return None

    def below_100(s: str) -> int | None:
        if s in _DE_ONES:
            return _DE_ONES[s]
        if s in _DE_TEENS:
            return _DE_TEENS[s]
        if s in _DE_TENS:
            return _DE_TENS[s]
        if "und" in s:
            a, _, b = s.partition("und")
            if a in _DE_ONES and b in _DE_TENS:
                return _DE_ONES[a] + _DE_TENS[b]
        return None

    def below_1000(s: str) -> int | None:
        if "hundert" in s:
            a, _, b = s.partition("hundert")
            h = _DE_ONES.get(a, 1 if a == "" else -1)
            if h < 0:
                return None
            rest = below_100(b) if b else 0
            return None if rest is None else h * 100 + rest
        return below_100(s)

    if "tausend" in w:
        a, _, b = w.partition("tausend")
        th = below_1000(a) if a else 1
        rest = below_1000(b) if b else 0
        if th is None or rest is None:
            return None
        return th * 1000 + rest
    return below_1000(w)


@cache
def _pattern() -> re.Pattern[str]:
    lx = _lex()
    bounds = _alt(lx["bounds"])
    scale = _alt(lx["scale"])
    vague = _alt(lx["vague"])
    mult = _alt(lx["mult"])
    words = r"[a-zäöüß]*(?:hundert|tausend|zig|ßig|zehn)[a-zäöüß]*|" + _alt(lx["words"])
    # 650'000; 1.234,56 / 1,234.56; 40 000 (a space, no-break or narrow space between groups);
    # 650.000 / 650,000; 3,5 / 3.5
    num = (r"\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:,\d{3})+\.\d+"
           r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d|[ \u00a0\u202f]\d)|\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?")
    fraction = _alt(lx["fraction"])
    dozen = _alt(lx["dozen"])
    # "a 5,000-strong crowd", "a seven-game run", "ein 41-seitiges Urteil": a number joined to a
    # lower-case word is a count, unless the word is one of `compound_not_counts` ("a 30-day deadline")
    not_compounds = _alt(lx["not_compounds"]) or "(?!x)x"
    er_nouns = _alt(lx["er_nouns"]) or "(?!x)x"  # "die 5.000er-Marke"
    halves = _alt(lx["halves"]) or "(?!x)x"  # "three-and-a-half"
    fixed = _alt(lx["fixed_compounds"]) or "(?!x)x"  # "a two-way street", "a one-time payment": no count
    # the first part of a longer compound, the number alone in the span (quantity.number+compound):
    # German "700-Megawatt-Kraftwerk", "1200-Dollar-Schecks", "Vier-Personen-Haushalte", "200- und
    # 500-Euro-Scheine"; English "a $9-a-month plan", "the 1.4-square-mile town"
    # (not after "#": "#2", "episode #14" name a rank or an issue, quantity.number never)
    rx = rf"""
    (?<![\w\-/.,'’:$€£¥\#])
    (?!(?:{fixed})(?![\w-]))
    (?:(?P<bound>{bounds})\s+)?
    (?:(?P<pcur>{_PRE_CURRENCY})\s?(?=\d))?
    (?P<minus>(?<![^\s(])[-−](?=\d))?
    (?:
        (?P<mult>{mult})\s+(?P<mscale>hundert|tausend|Hundert|Tausend|hundred|thousand|Millionen|million|millions)\b
      | (?P<frac>{fraction})(?:\s+|-)(?P<fscale>{scale}|{dozen})\b
      | (?:(?P<dnum>\d+|{_alt(lx["words"])}|eine?|an?)(?:\s+|-))(?P<dozen>{dozen})\b
      | (?P<vague>{vague})\b(?:\s+(?P<vscale>{scale})\b)?
      | (?P<r1>\d+(?:[.,]\d+)?)\s?[-–]\s?(?P<r2>\d+(?:[.,]\d+)?)(?=\s*(?:{scale}|{CURRENCY}|{UNIT})(?![\w/]))(?:\s*(?P<rscale>{scale})(?![\w]))?
      | (?P<hwhole>\d+|{_alt(lx["words"])})(?P<half>{halves})(?![\w-])(?:\s+(?P<hscale>{scale})\b)?
      | (?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?P<ones>one|two|three|four|five|six|seven|eight|nine)\b(?:\s+(?P<tscale>{scale})\b)?
      | (?P<num>{num})(?:\s*(?P<scale>{scale})(?![\w]))?
      | (?P<one>eine[rmn]?|ein|one|an?)\s+(?P<oscale>{scale})\b
      | (?P<word>{words})(?P<times>(?-i:mal))?\b(?:\s+(?P<wscale>{scale})\b)?
    )
    (?:\s*(?P<cur>{CURRENCY})(?![\w]) | (?:\s*|-(?=[^\W\d]))(?P<unit>{UNIT})(?![\w/])(?P<utail>(?<=[^\W\d])-(?-i:[A-ZÄÖÜ])[\wäöüß]+)?
       | -(?!(?:{not_compounds})(?![\w-]))(?-i:[a-zäöüß]+)(?![\w-]) | (?<=\d)er-(?:{er_nouns})(?![\w-]))?
    (?:(?=-(?P<ctail>(?-i:[A-ZÄÖÜ])[\wäöüß]*))
       | (?=-\s+(?:und|oder|bis)\s)(?P<suspended>)
       | (?=-(?!(?:{not_compounds})-)(?-i:[a-z]+)-(?-i:[a-z]))
       | (?![\w\-]|[.,]\d|[/:]\d))
    """
    return re.compile(rx, re.X | re.I)


def _to_decimal(s: str, lang: str | None = None) -> Decimal:
    s = re.sub(r"['’ \u00a0\u202f]", "", s)
    if lang == "en" and re.fullmatch(r"\d{1,3}\.\d{3}", s):
        return Decimal(s)  # "a yield of 2.345%": English writes a decimal point, never a thousands dot
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s):
        return Decimal(re.sub(r"[.,]", "", s))
    if "," in s and "." in s:  # "1.234,56", "1,234.56": the last mark is the decimal one
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(",", ".")
    return Decimal(s.replace(",", "."))


@cache
def _decimal_marks(lang: str) -> str:
    """The decimal mark of language `lang` (`decimal_mark` of its time.json; "" when it names none)."""
    return str(load(lang, "time").get("decimal_mark", "")) if lang in SUPPORTED else ""


def _decimal_before_scale(raw: str, lang: str | None) -> bool:
    """Whether a figure with one group of three digits after the language's decimal mark stands before a
    magnitude word ("3,999 Milliarden", "1,250 Millionen" in German): there the mark is the decimal one, as it
    always is in that language, not a thousands separator (3.999 billion, not 3999 billion)."""
    mark = _decimal_marks(lang) if lang else ""
    return bool(mark) and re.fullmatch(rf"\d{{1,3}}{re.escape(mark)}\d{{3}}", re.sub(r"['’ \u00a0\u202f]", "", raw)) is not None


def _plain(d: Decimal, keep_float: bool = False) -> Number:
    """An exact decimal as int when whole, else the float nearest to it (no noise: 4.1 × 10¹²
    is 4100000000000, not 4099999999999.9995)."""
    if d == d.to_integral_value() and not keep_float:
        return int(d)
    return float(d)


def _to_number(s: str, lang: str | None = None) -> Number:
    d = _to_decimal(s, lang)
    grouped = re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", re.sub(r"['’ \u00a0\u202f]", "", s)) and d == _to_decimal(s)
    return _plain(d, keep_float="." in s.replace(",", ".") and not grouped)


_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")
_THREAD = re.compile(r"(?<!\S)\d+\s*[|/]\s*\d+(?!\S)")


@cache
def _scales(lang: str | None) -> dict[str, int]:
    """Magnitude words of all languages, those of `lang` taking precedence (German "Billion" is
    10¹², English "billion" 10⁹)."""
    out = _Folded()
    for code in (*[c for c in SUPPORTED if c != lang], *([lang] if lang in SUPPORTED else [])):
        out.update({k: int(v) for k, v in load(code, "time").get("scale_words", {}).items()})
    return cast(dict[str, int], out)


def find_quantities(text: str, start: int, end: int, blocked: list[Span], lang: str | None = None,
                    models: set[str] | None = None) -> list[Quantity]:
    """The quantities of text[start:end] outside the `blocked` spans (time expressions). `models`, when
    given, collects the numbers set aside as a model's name ("a Boeing 757 jet"), which the caller may
    set aside elsewhere in the text too."""
    lx = _lex()
    scales = _scales(lang)
    out: list[Quantity] = []
    thread = [Span(m.start(), m.end()) for m in _THREAD.finditer(text, start, end)]
    for m in _pattern().finditer(text, start, end):
        span = Span(m.start(), m.end())
        if any(span.overlaps(b) for b in blocked) or any(span.overlaps(t) for t in thread):
            continue
        bound = (m.group("bound") or "").lower()
        kind = lx["bounds"].get(bound) if bound else None
        if kind and _RANGE_GAP.fullmatch(bound) and (_after_number(text[max(start, span.start - 30) : span.start])
                                                     or (out and _RANGE_GAP.fullmatch(text[out[-1].span.end : m.end("bound")]))):
            # "von 200 bis 1000 Euro": the "bis" of a range, joined below, no bound of its own
            kind, span = None, Span(m.end("bound") + len(text[m.end("bound") : m.end()]) - len(text[m.end("bound") : m.end()].lstrip()), span.end)
        if kind and (bound in lx["bound_not_after"] or bound in lx["bound_verbs"]) \
                and _other_sense(text, span, end, cast(set[str], lx["bound_not_after"].get(bound, set())), cast(set[str], lx["bound_verbs"].get(bound, set()))):
            # "eine Umfrage unter 500 Lehrern", "verfügt über 40 Busse": a preposition of another sense, the number exact
            kind, span = None, Span(m.start("bound") + len(m.group("bound")) + len(text[m.end("bound") : m.end()]) - len(text[m.end("bound") : m.end()].lstrip()), span.end)
        range_end = False
        if kind and bound in lx["range_openers"] and _range_opened(text, span, cast(set[str], lx["range_openers"][bound]),
                                                                                 set(lx["range_closers"])):
            # "Die Mieten steigen von 8 Euro am Stadtrand (Nord) bis zu 14 Euro": the far end of a range opened before, the number exact
            kind, range_end = None, True
            span = Span(m.start("bound") + len(m.group("bound")) + len(text[m.end("bound") : m.end()]) - len(text[m.end("bound") : m.end()].lstrip()), span.end)
        unit = m.group("unit") or m.group("cur") or m.group("pcur")
        rule = "quantity.number"
        ctail = m.group("ctail")
        if (ctail is not None or m.group("suspended") is not None) and (lang != "de" or not m.group("num")):
            continue  # a capitalised compound: German compounds with a number in digits only ("COVID-19", "Zwei-Welten-Theorie")
        if ctail is not None and ctail.lower().startswith(_compound_heads_not_counts()):
            continue  # "die 20-Uhr-Ausgabe", "die 42-Jährige", "eine 24-Stunden-Betreuung": a time, an age, a duration
        if ctail is not None and re.fullmatch(rf"(?:{CURRENCY}|{UNIT})", ctail, re.I):
            unit = ctail  # "1200-Dollar-Schecks", "5000-Euro-Grenze": the amount's currency
        value: Value
        approximate = False
        if m.group("vague"):
            vlo, vhi = cast(list[int], lx["vague"][re.sub(r"\s+", " ", m.group("vague").lower())])
            vsc = scales[m.group("vscale").lower()] if m.group("vscale") else 1  # "Hunderte Millionen"
            if not m.group("vscale") and not unit and (unit_after := re.match(r"\s+(?:of\s+|von\s+)?(\w+)", text[span.end : span.end + 30])) \
                    and unit_after.group(1).lower() in _time_units():
                continue  # "hundreds of hours", "Hunderte Stunden": a vague duration (a timex), no count
            value, rule = (int(vlo) * vsc, (int(vhi) + 1) * vsc - 1 if vsc > 1 else int(vhi)), "quantity.vague"
        elif m.group("mult"):
            mlo, mhi = cast(list[int], lx["mult"][m.group("mult").lower()])
            sc = int(lx["scale"].get(m.group("mscale").lower().rstrip("s"), lx["scale"].get(m.group("mscale").lower(), 1)))  # type: ignore[call-overload]
            value, rule = (int(mlo) * sc, (int(mhi) + 1) * sc - 1), "quantity.vague_multiplier"
        elif m.group("frac"):
            # "eine halbe Million", "anderthalb Milliarden", "half a million"
            f = Decimal(str(lx["fraction"][re.sub(r"\s+", " ", m.group("frac").lower())]))
            fs = m.group("fscale").lower()  # "ein halbes Dutzend": half of twelve
            value, rule = _plain(f * Decimal(str(scales[fs] if fs in scales else lx["dozen"][fs]))), "quantity.word"
        elif m.group("dozen"):
            d0 = m.group("dnum").lower()
            k = int(d0) if d0.isdigit() else int(cast(int, lx["words"].get(d0, 1)))  # "zwei Dutzend", "a dozen"
            value, rule = k * int(cast(int, lx["dozen"][m.group("dozen").lower()])), "quantity.word"
        elif m.group("r1"):
            # "3-4 million", "10–15 Prozent": one range
            sc = Decimal(scales[m.group("rscale").lower()]) if m.group("rscale") else Decimal(1)
            lo_, hi_ = _to_decimal(m.group("r1"), lang) * sc, _to_decimal(m.group("r2"), lang) * sc
            if lo_ >= hi_:
                continue  # "3-1": a score, not a range
            value, rule = (_plain(lo_), _plain(hi_)), "quantity.number+range"
        elif m.group("hwhole"):
            # "three-and-a-half points", "7 and a half percent"
            h0 = m.group("hwhole").lower()
            whole = Decimal(h0) if h0.isdigit() else Decimal(str(lx["words"][h0]))
            h = (whole + Decimal("0.5")) * Decimal(scales[m.group("hscale").lower()] if m.group("hscale") else 1)
            value, rule = _plain(h), "quantity.word"
        elif m.group("tens"):
            n3 = int(cast(int, lx["words"][m.group("tens").lower()])) + int(cast(int, lx["words"][m.group("ones").lower()]))
            value, rule = (n3 * scales[m.group("tscale").lower()] if m.group("tscale") else n3), "quantity.word"
        elif m.group("one"):
            value, rule = scales[m.group("oscale").lower()], "quantity.word"  # "eine Milliarde", "a million"
        elif m.group("num"):
            raw = m.group("num")
            n = _to_number(raw, lang)
            if m.group("scale") and _decimal_before_scale(raw, lang):
                # "3,999 Milliarden": a language whose decimal mark is the comma writes a fraction there, no thousands
                n = _plain(Decimal(re.sub(r"['’ \u00a0\u202f]", "", raw).replace(",", ".")) * Decimal(str(scales[m.group("scale").lower()])))
                rule = "quantity.number+decimal_before_scale"
            elif m.group("scale"):
                n = _plain(_to_decimal(raw, lang) * Decimal(str(scales[m.group("scale").lower()])))
            elif not unit and re.search(r"[.,]\d", raw) and (sc_c := _scale_compound_rx().match(text, span.end)):
                # "die 2,7-Millionenstadt", "eine 1,5 Millionenstadt": a number with a fraction before a compound that
                # opens with a magnitude word counts in that magnitude (quantity.number+scale_compound)
                n = _plain(_to_decimal(raw, lang) * Decimal(str(scales[sc_c.group(1).lower()])))
                rule = "quantity.number+scale_compound"
            elif ctail is not None and ctail.lower() in scales and not m.group("cur"):
                # "die 300-Millionen-Euro-Anleihe": the magnitude is part of the amount and of its span
                n = _plain(_to_decimal(raw, lang) * Decimal(str(scales[ctail.lower()])))
                span = Span(span.start, span.end + 1 + len(ctail))
                tail2 = re.match(rf"-({CURRENCY})(?![\w])", text[span.end : span.end + 20], re.I)
                unit = tail2.group(1) if tail2 else unit
            elif _YEAR.match(raw) and not unit and (not bound or bound in _time_prepositions()) \
                    and not (not bound and (count_opens_sentence(text, span.start, span.end, lang) or _year_counts(text, span, lang))):
                continue  # a year, also "ab 2018", "bis 1990"
            if re.fullmatch(r"\d{10,}", raw):
                continue  # an identifier (a post's id, a phone number), not an amount
            if not unit and not m.group("scale") and re.fullmatch(r"\d{1,2}\.0", raw) \
                    and re.search(r"(?-i:[A-Z])[\w-]*\s$", text[max(start, span.start - 30) : span.start]):
                continue  # "Web 2.0", "Industrie 4.0": a version in a name
            if _not_an_amount(text, span, raw, start):
                continue
            value = -n if m.group("minus") else n  # "(-0,3 Prozent)": a fall
        else:
            w = m.group("word").lower()
            if m.group("times") is None and w.endswith("mal") and parse_german_number_word(w[:-3]) is not None:
                w = w[:-3]  # "zehnmal", "zwanzigmal": its letters matched as one word
            n2 = parse_german_number_word(w) if w not in lx["words"] else lx["words"][w]
            if n2 is None or w in lx["articles"] or (w in lx["article_ones"] and not unit):
                continue  # "ein Prozent", "one percent" count one; a bare "ein" is an article
            if w in _tens_ones()[0] and _tens_ones()[1].match(text, span.end):
                continue  # "a twenty-five-year-old man": tens and ones of one number word, an age, no count of twenty
            if not unit and (clock := re.match(r"\s*(\S+)", text[span.end : span.end + 12])) \
                    and (clock.group(1).rstrip(",;.)") in lx["clock"] or clock.group(1).rstrip(",;)") in lx["clock"]):
                continue  # "um neun Uhr", "at ten o'clock": a clock time, as "um 9 Uhr"
            if not unit and _or_so(text, span, start):
                continue  # "a map or two in the glove box", "over the past month or two": a vague few, no count
            if m.group("wscale"):
                n2 = _plain(Decimal(str(n2)) * Decimal(str(scales[m.group("wscale").lower()])))
            if n2 == 0 and ("-" in text[span.start : span.end] or text[span.end : span.end + 1] == "-"):
                continue  # "zero-interest loans", "a zero-sum game", "Null-Toleranz": a kind of thing, no count
            if n2 == 0 and (nxt := re.match(r"\s+(\w+)", text[span.end : span.end + 20])) and nxt.group(1).lower() in lx["zero_not_before"]:
                continue  # "from zero to 60 mph", "null und nichtig": a scale's start or an idiom, no count
            if n2 == 0 and (prv := re.search(r"(\w+)\s+$", text[max(0, span.start - 20) : span.start])) \
                    and prv.group(1).lower() in lx["zero_not_after"]:
                continue  # "at ground zero", "die Stunde null": the name of a place or a time, no count
            if w in lx["times_words"]:
                nxt_w = re.match(r"\s+(\w+)", text[span.end : span.end + 20])
                prv_w = re.search(r"(\w+)\s+$", text[max(start, span.start - 20) : span.start])
                if (nxt_w and nxt_w.group(1).lower() in lx["times_not_before"]) or (prv_w and prv_w.group(1).lower() in lx["times_not_after"]):
                    continue  # "twice as much" (a ratio), "think twice" (an idiom): no count
            value, rule = n2, "quantity.word"  # type: ignore[assignment]
            if m.group("times") or (text[span.end - 3 : span.end].lower() == "mal" and w != m.group("word").lower()) or w in lx["times_words"]:
                rule = "quantity.word+times"  # "zweimal festgenommen": a count of occasions
        if isinstance(value, (int, float)) and kind:
            if kind in ("gt", "ge"):
                value = (value, None)
            elif kind in ("lt", "le"):
                value = (None, value)
            else:
                approximate = True
            rule += f"+bound_{kind}"
        if range_end:
            rule += "+range_end"
        if isinstance(value, (int, float)) and not kind and not _bound_after().match(text, span.end, end) \
                and (late := _bound_after_noun().match(text, span.end, end)) and (late.group("verb") is None or lang == "de"):
            # "100.000 Unterschriften oder mehr", "80 Cent oder auch weniger": the bound after the noun; the
            # amount alone stays the span (quantity.*+bound_after_noun_*)
            late_words = [w for w in late.group("after").lower().split() if w not in _bound_fillers()]
            late_kind = str(lx["bounds_after"][" ".join(late_words)])
            value = (value, None) if late_kind in ("gt", "ge") else (None, value)
            rule += f"+bound_after_noun_{late_kind}"
        if isinstance(value, (int, float)) and not kind and (after := _bound_after().match(text, span.end, end)):
            # "zwei oder mehr Häuser", "10 or more": a bound written after its number
            after_kind = str(lx["bounds_after"][re.sub(r"\s+", " ", after.group("after").lower())])
            value = (value, None) if after_kind in ("gt", "ge") else (None, value)
            span, rule = Span(span.start, after.end()), rule + f"+bound_after_{after_kind}"
        if isinstance(value, (int, float)) and not kind and m.group("num") \
                and (glued := next((x for x in lx["bound_suffixes"] if text[span.start : span.end].lower().endswith(x)), None)):
            # "the 40-plus teams": a bound joined to its number by a hyphen (`bound_suffixes` of time.json)
            glued_kind = str(lx["bound_suffixes"][glued])
            value = (value, None) if glued_kind in ("gt", "ge") else (None, value)
            rule += f"+bound_after_{glued_kind}"
        if isinstance(value, (int, float)) and not unit and span.end - span.start <= 2 and value < 2:
            continue
        if rule == "quantity.number" and not unit and (_ordinal(text, span, start) or _label(text, span, start, lang) or _after_label_noun(text, span, start, lang)
                                                       or _list_rank(text, span)):
            if models is not None and _model_number(text, span, lang):
                models.add(text[span.start : span.end])
            continue
        if rule == "quantity.word" and not unit and ctail is None and (_word_in_name(text, span, start, lang) or _after_rank_noun(text, span, start, lang)):
            continue
        if _FRACTION.match(text, span.end):
            continue  # "zwei Drittel", "two-thirds": a share, not a count of two
        if not unit and (gap := _RANGE_TO.match(text, span.end)) and any(span.end < b.start <= gap.end() for b in blocked):
            continue  # "10 bis 12 Uhr", "drei bis fünf Stunden": the first end of a time's range
        if text[span.end : span.end + 1] == "-":
            rule += "+compound"  # the first part of a longer compound ("700-Megawatt-Kraftwerk")
        out.append(Quantity(span, value, rule, unit=unit, approximate=approximate))
    low = folded_lower(text[start:end])  # (the passes below need a word of theirs: not tried without one)
    for m in _only_one().finditer(text, start, end) if any(w in low for w in _first_words("after_focus")) else ():
        span = Span(m.start("one"), m.end("one"))
        prev = re.search(r"(\w+)\s+$", text[max(start, m.start() - 20) : m.start()])
        if prev and prev.group(1).lower() in _lex()["focus_negations"]:
            continue  # "nicht nur ein Symbol", "not only one …"
        if not any(span.overlaps(b) for b in blocked) and not any(span.overlaps(q.span) for q in out):
            out.append(Quantity(span, 1, "quantity.word+focus"))
    for m in _bounded_one().finditer(text, start, end) if any(w in low for w in _first_words("bounded_one_bounds")) else ():
        span = Span(m.start(), m.end())
        kind = str(lx["bounds"].get(m.group("bound").lower(), ""))
        if kind not in ("gt", "ge", "lt", "le") or _FRACTION.match(text, span.end) or _ONE_IN.match(text, span.end):
            continue  # "mehr als ein Drittel", "more than one in five": a share
        if (nxt := re.match(r"\s+(\w+)", text[span.end : span.end + 20])) and nxt.group(1).lower() in _time_units():
            continue  # "mehr als ein Jahr alt": an age or a duration, no count
        if not any(span.overlaps(b) for b in blocked) and not any(span.overlaps(q.span) for q in out):
            value = (1, None) if kind in ("gt", "ge") else (None, 1)
            out.append(Quantity(span, value, f"quantity.word+bound_{kind}"))  # "mindestens ein weiterer", "at least one"
    for m in _SHARE_PAIR.finditer(text, start, end):
        # "lost the district 68%-31%", "a 62%-32% divide": two shares set against each other, each a quantity
        for k in (1, 2):
            span = Span(m.start(f"n{k}"), m.end(f"u{k}"))
            # (a number an earlier pass took without its sign, "was 58%-40%": the share with its sign in its place)
            inside = [q for q in out if q.span.start == span.start and q.span.end < span.end and q.unit is None]
            if inside and not any(span.overlaps(q.span) for q in out if q not in inside):
                out[:] = [q for q in out if q not in inside]
            if not any(span.overlaps(b) for b in blocked) and not any(span.overlaps(q.span) for q in out):
                out.append(Quantity(span, _to_number(m.group(f"n{k}"), lang), "quantity.number+pair", unit=m.group(f"u{k}")))
    for m in _collective().finditer(text, start, end):
        span = Span(m.start("noun"), m.end("noun"))
        if not any(span.overlaps(b) for b in blocked) and not any(span.overlaps(q.span) for q in out):
            n_members = _collective_words().get(m.group("noun").lower())
            if n_members:
                out.append(Quantity(span, n_members, "quantity.collective"))  # "a trio of lawyers": 3
    for m in _BETWEEN_DASH.finditer(text, start, end) if "between" in low or "zwischen" in low else ():
        span = Span(m.start("r1"), m.end("r2"))
        lo_, hi_ = _to_decimal(m.group("r1"), lang), _to_decimal(m.group("r2"), lang)
        if _YEAR.match(m.group("r1")) and _YEAR.match(m.group("r2")):
            continue  # "between 2010-2015": years
        if lo_ < hi_ and not any(span.overlaps(b) for b in blocked) and not any(span.overlaps(q.span) for q in out):
            out.append(Quantity(span, (_plain(lo_), _plain(hi_)), "quantity.number+range"))  # "between 300-400 ballots"
    out.sort(key=lambda q: q.span.start)
    _shared_scale(text, start, end, out, scales, lang)
    return _ranges(text, out, scales)


@cache
def _scale_compound_rx() -> re.Pattern[str]:
    """A space and a compound noun that opens with a German magnitude word ("Millionenstadt")."""
    words = {w for w, v in load("de", "time").get("scale_words", {}).items() if int(v) >= 10**6 and w.isalpha()} if "de" in SUPPORTED else set()
    return re.compile(rf"[ \t]+({_alt(words) or '(?!x)x'})(?=(?-i:[a-zäöüß]{{3,}}))", re.I)


@cache
def _shared_scale_rx() -> re.Pattern[str]:
    """A number, a parenthesis with another (after a label and a colon: a year's figure) and a magnitude
    word after the parenthesis that counts for both ("6,3 (2014: 4,9) Millionen Euro")."""
    words = {w for code in SUPPORTED for w in load(code, "time").get("scale_words", {}) if len(w) > 2}
    return re.compile(rf"(?P<n1>\d+(?:[.,]\d+)?)\s*\(\s*(?:[^():]{{1,25}}:\s*)?(?P<n2>\d+(?:[.,]\d+)?)\s*\)\s*"
                      rf"(?P<scale>{_alt(words)})(?![\w])", re.I)


def _shared_scale(text: str, start: int, end: int, out: list[Quantity], scales: dict[str, int], lang: str | None) -> None:
    """Each number before and inside a parenthesis that a magnitude word follows takes that magnitude
    (quantity.number+shared_scale: "ein Gewinn von 6,3 (2014: 4,9) Millionen Euro" 6300000 and 4900000); the
    magnitude word read alone as a vague amount goes. In place, on `out` sorted by start."""
    if "(" not in text[start:end]:
        return
    for m in _shared_scale_rx().finditer(text, start, end):
        scale = Decimal(str(scales[m.group("scale").lower()]))
        firsts = [i for i, q in enumerate(out) if (q.span.start, q.span.end) in ((m.start("n1"), m.end("n1")), (m.start("n2"), m.end("n2")))
                  and isinstance(q.value, (int, float)) and q.rule == "quantity.number"]
        if len(firsts) != 2:
            continue
        for i in firsts:
            q = out[i]
            out[i] = Quantity(q.span, _plain(_to_decimal(text[q.span.start : q.span.end], lang) * scale), q.rule + "+shared_scale",
                              unit=q.unit, approximate=q.approximate)
        scale_span = Span(m.start("scale"), m.end("scale"))
        out[:] = [q for q in out if not (q.rule.startswith("quantity.vague") and q.span.overlaps(scale_span))]


@cache
def _tens_ones() -> tuple[frozenset[str], re.Pattern[str]]:
    """The tens words of `numbers` and a pattern of a hyphen and a ones word of `number_compound` (every
    language's time.json): the two halves of "twenty-five"."""
    tens = frozenset(str(w).lower() for code in SUPPORTED for w, v in load(code, "time").get("numbers", {}).items()
                     if isinstance(v, int) and 20 <= v <= 90 and v % 10 == 0)
    ones = [w for code in SUPPORTED for w in load(code, "time").get("number_compound", {}).get("ones", [])]
    return tens, re.compile(rf"-(?:{_alt(ones) or '(?!x)x'})\b", re.I)


_SHARE_PAIR = re.compile(r"(?<![\w.,-])(?P<n1>\d+(?:[.,]\d+)?)(?P<u1>%)\s?[-–]\s?(?P<n2>\d+(?:[.,]\d+)?)(?P<u2>%)(?![\w-])")
_BETWEEN_DASH = re.compile(r"(?<![\w-])(?:between|zwischen)\s+(?P<r1>\d+(?:[.,]\d+)?)\s?[-–]\s?(?P<r2>\d+(?:[.,]\d+)?)(?![\w-]|[.,]\d)", re.I)


@cache
def _first_words(key: str) -> tuple[str, ...]:
    """The first word of each phrase of the list `key` (`_lex`), folded and lower-cased
    (`folded_lower`): a pattern that opens with one of the phrases matches only in a text that holds one."""
    return tuple(sorted({folded_lower(w.split()[0]) for w in _lex()[key] if w.split()}))


@cache
def _only_one() -> re.Pattern[str]:
    """"only one nurse", "in Graz gar nur einen.": an article after a word of focus counts one
    (`count_article_words` in resources/<lang>/time.json: `ones` before a noun too, `ones_alone` only
    where no noun follows, since "nur ein Vorwand" is "only a pretext"); not "just one of"."""
    lx = _lex()
    if not lx["after_focus"]:
        return re.compile("(?!x)x")
    focus, not_before = _alt(lx["after_focus"]), _alt(lx["not_before"]) or "(?!x)x"
    ones, alone = _alt(lx["ones"]) or "(?!x)x", _alt(lx["ones_alone"]) or "(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{focus})\s+(?P<one>(?:{ones})(?![\w-])(?!\s+(?:{not_before})\b)|(?:{alone})(?=\s*[.,;:!?)]))", re.I)


_NUMBER_WORD = re.compile(r"\d")


def _range_opened(text: str, span: Span, openers: set[str], closers: set[str]) -> bool:
    """Whether a word of `openers` ("von", "from") followed by a number stands in the clause before the bound
    that opens `span`, up to twelve words back ("Die Mieten steigen von 8 Euro am Stadtrand (Nord) bis zu 14 Euro
    im Zentrum", "ranging from 4 percent in the north up to 7 percent"): the bound is the far end of that range,
    unless one of `closers` has closed it before ("von 300 bis 600 Franken (bis zu 550 Euro)": a bound of its own)."""
    before = re.search(r"[^.;:!?\n]*$", text[max(0, span.start - 120) : span.start])
    back = before.group(0).split()[-12:] if before else []
    return any(w.lower() in openers and _NUMBER_WORD.match(back[k + 1]) and not any(x.lower() in closers for x in back[k + 2 :])
               for k, w in enumerate(back[:-1]))


def _other_sense(text: str, span: Span, end: int, nouns: set[str], verbs: set[str]) -> bool:
    """Whether the bound word that opens `span` is a preposition of another sense: one of `nouns`
    stands right before it ("eine Umfrage unter 500 Lehrern"), or one of `verbs` stands in its clause,
    at most six words back ("Insgesamt verfügt die Firma über 40 Busse") or, as a German verb at the
    end of its clause, within the three words after the number ("…, die über 40 Busse verfügt")."""
    before = re.search(r"[^.,;:!?()\n]*$", text[max(0, span.start - 80) : span.start])
    back = before.group(0).split() if before else []
    if back and back[-1].lower() in nouns:
        return True
    if any(w.lower() in verbs for w in back[-6:]):
        return True
    clause = re.match(r"[^.,;:!?()\n]*", text[span.end : min(end, span.end + 50)])
    return any(w.lower() in verbs for w in (clause.group(0).split()[:3] if clause else ()))


@cache
def _bound_after() -> re.Pattern[str]:
    """A bound after a number ("oder mehr", "or more": `bounds_after` in resources/<lang>/time.json)."""
    words = _lex()["bounds_after"]
    if not words:
        return re.compile("(?!x)x")
    return re.compile(rf"\s+(?P<after>{_alt(words)})(?![\w-])", re.I)


@cache
def _bound_fillers() -> frozenset[str]:
    """`bound_after_fillers` of every language's time.json, in lower case."""
    return frozenset(w.lower() for code in SUPPORTED for w in load(code, "time").get("bound_after_fillers", []))


@cache
def _bound_after_noun() -> re.Pattern[str]:
    """A bound after the noun of a number (`bounds_after` of resources/<lang>/time.json, with one of
    `bound_after_fillers` before it): up to three words of letters, none of them a number, then the bound
    and the end of the phrase ("100.000 gültige Unterschriften oder mehr.", "80 Cent oder auch weniger"), in
    German also a verb or particle in lower case before it ("… oder mehr sein,", "… oder auch weniger an.")."""
    words = _lex()["bounds_after"]
    fillers = sorted(_bound_fillers())
    if not words:
        return re.compile("(?!x)x")
    fill = rf"(?:(?:{_alt(fillers)})\s+)?" if fillers else ""
    # (the filler may also stand inside the bound: "oder auch weniger")
    bounds = "|".join(re.escape(w).replace(r"\ ", r"\s+" + fill) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\s+(?-i:[a-zäöüßA-ZÄÖÜ])[^\W\d_]*){{1,3}}\s+{fill}(?P<after>{bounds})"
                      rf"(?=(?P<verb>\s+(?-i:[a-zäöüß]+))?\s*[.,;:!?)]|\s*$)", re.I)


@cache
def _time_units() -> frozenset[str]:
    """The nouns of time units of every language (`units` in resources/<lang>/time.json)."""
    return frozenset(w.lower() for code in SUPPORTED for w in load(code, "time").get("units", {}))


_ONE_IN = re.compile(r"\s+(?:in|von|out\s+of|aus)\s+\S", re.I)


@cache
def _collective_words() -> dict[str, int]:
    """The nouns of a group of so many (`collective_counts.words` of every language's time.json)."""
    return {k.lower(): int(v) for code in SUPPORTED for k, v in load(code, "time").get("collective_counts", {}).get("words", {}).items()}


@cache
def _collective() -> re.Pattern[str]:
    """"a trio of lawyers", "a pair of interviews": a noun of a group of so many between an indefinite
    article and "of" (`collective_counts` of resources/<lang>/time.json) counts its members."""
    parts = [load(code, "time").get("collective_counts", {}) for code in SUPPORTED]
    before = [w for p in parts for w in p.get("before", [])]
    after = [w for p in parts for w in p.get("after", [])]
    if not _collective_words() or not before or not after:
        return re.compile("(?!x)x")
    return re.compile(rf"(?<![\w-])(?:{_alt(before)})\s+(?P<noun>{_alt(_collective_words())})\s+(?:{_alt(after)})\b", re.I)


@cache
def _bounded_one() -> re.Pattern[str]:
    """"mindestens ein weiterer", "at least one": an article after a bound counts one
    (`bounded_one_bounds` and `bounded_ones` in resources/<lang>/time.json)."""
    lx = _lex()
    if not lx["bounded_one_bounds"] or not lx["bounded_ones"]:
        return re.compile("(?!x)x")
    return re.compile(rf"(?<![\w-])(?P<bound>{_alt(lx['bounded_one_bounds'])})\s+(?:{_alt(lx['bounded_ones'])})(?![\w-])", re.I)


@cache
def _file_number() -> re.Pattern[str]:
    """What follows the first number of a court's file number ("7 Ob 12/19k"): `file_number_after`
    in resources/<lang>/time.json."""
    return re.compile("|".join(f"(?:{p})" for p in _lex()["file_number"]) or "(?!x)x")


@cache
def _street() -> re.Pattern[str]:
    """What follows a house number: up to three capitalised words, then a word of `street_words`
    (resources/<lang>/time.json): "12 Elm St.", "310 N. Oak Avenue"."""
    words = _alt(_lex()["streets"]) or "(?!x)x"
    return re.compile(rf"[ \t]+(?:(?-i:[A-Z0-9][\w'’-]*\.?)[ \t]+){{1,3}}(?:{words})(?!\w)")


@cache
def _count_first_languages() -> frozenset[str]:
    return frozenset(lang for lang in SUPPORTED if load(lang, "time").get("count_opens_sentence"))


def count_opens_sentence(text: str, start: int, end: int, lang: str | None) -> bool:
    """A number that opens a sentence before a capitalised word, in a language that capitalises its
    nouns (`count_opens_sentence` of its time.json): "1500 Beamte sollen es werden" counts (a year-like
    number read as a count, quantity.number; the timex step leaves it); not a heading's year before a
    colon or a dash ("2015 Rückblick: …"), and an English headline ("2016 Was Hard") keeps its year."""
    if lang not in _count_first_languages() or not re.search(r"(?:^|[.!?]\s+)$", text[max(0, start - 3) : start]):
        return False
    return re.match(r"[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?![a-zäöüß]|[ \t]*[:–—-])", text[end : end + 40]) is not None


def _year_counts(text: str, span: Span, lang: str | None) -> bool:
    """A number of four digits without a bound of its own that the timex step reads as a count, not a
    year ("insgesamt 1800 Reisende", "only 2000 tickets": timex.not.count): counted here too
    (quantity.number), so that neither step leaves it out. Before a capitalised noun only in a language
    that capitalises its nouns (`count_opens_sentence`): an English "its 2016 Annual Report" names a year."""
    from .timex.find import year_counts  # (the timex step imports this module)

    return year_counts(text, span.start, span.end, lang, nouns=lang in _count_first_languages())


def street_number(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`–`end` is a house number: no amount, no year."""
    return re.fullmatch(r"\d{1,5}", text[start:end]) is not None and _street().match(text, end) is not None


@cache
def _or_so_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the joiners, the words after) of `vague_alternative` in resources/<lang>/time.json."""
    t = [load(lang, "time").get("vague_alternative", {}) for lang in SUPPORTED]
    return (frozenset(w.lower() for d in t for w in d.get("joiners", [])),
            frozenset(w.lower() for d in t for w in d.get("after", [])))


def _or_so(text: str, span: Span, start: int) -> bool:
    """A number word joined by "or" to a noun without a number ("a map or two", "a month or two",
    `vague_alternative`) and followed by no noun of its own (a word of `after`, or punctuation): "one
    or two of them", a vague few, no count of two. Not "a dog or two cats", nor "one or two"."""
    joiners, after = _or_so_words()
    before = re.search(r"(\w+)\s+(\w+)\s+$", text[max(start, span.start - 40) : span.start])
    if not before or before.group(2).lower() not in joiners or not before.group(1).isalpha() \
            or not before.group(1).islower() or _number_word(before.group(1)):
        return False
    nxt = re.match(r"\s*([\w’']+|\S)", text[span.end : span.end + 20])
    return nxt is None or not nxt.group(1)[:1].isalnum() or nxt.group(1).lower() in after


def _not_an_amount(text: str, span: Span, raw: str, start: int) -> bool:
    """A number that counts nothing: a clock time ("10 p.m.", "um 8 Uhr"), a court's file number
    ("7 Ob 12/19k"), an emergency number where it is called ("called 911", "the 911 dispatcher"; the
    numbers and words in time.json `service_numbers`), a house number ("at 12 Elm Street")."""
    lx = _lex()
    if street_number(text, span.start, span.end):
        return True
    after = text[span.end : span.end + 12]
    word = re.match(r"\s*(\S+)", after)
    if word and (word.group(1) in lx["clock"] or word.group(1).rstrip(",;.)") in lx["clock"] or word.group(1).rstrip(",;)") in lx["clock"]):
        return True  # ("at 6 p.m., when …": the clock word with its own full stop, before a comma)
    if text[span.end : span.end + 1] == ")" and _SCORE_BEFORE.search(text, max(start, span.start - 12), span.start):
        return True  # "won 7-6 (5)": the points of a tie-break after a set's score
    if _file_number().match(text, span.end):
        return True
    if raw in lx["service"]:
        prev = re.search(r"(\w+)\W*$", text[max(start, span.start - 20) : span.start])
        nxt = re.match(r"\W*(\w+)", text[span.end : span.end + 20])
        return bool((prev and prev.group(1).lower() in lx["service_before"]) or (nxt and nxt.group(1).lower() in lx["service_after"]))
    return False


_SCORE_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}[-–]\d{1,2}\s?\($")


_FRACTION = re.compile(r"(?:\s+|-)(?:Drittel|Viertel|Fünftel|Sechstel|Achtel|Zehntel|thirds?|quarters?|fifths?|tenths?)\b", re.I)


_LINE_NUMBER = re.compile(r"[ \t]*(\d{1,3})\.?[ \t]+\S")
_ALONE_ON_LINE = re.compile(r"[ \t]*(?:\n|$)")  # nothing after a number up to its line's end


def _list_rank(text: str, span: Span) -> bool:
    """A number that opens a line of a numbered list ("2 Jane Roe." after a line "1 John Doe."): it
    opens its line before a capitalised word, and the line before or after (blank lines skipped) opens
    with the number one lower or one higher. Also a number alone on its line, without a full stop, above
    an item's title ("2", then a line "Jane Roe Speaks Out"), where the number one lower or one higher
    stands alone on a line of the text too, however far (quantity.list_rank: the ranks of a listicle)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    n = int(text[span.start : span.end]) if text[span.start : span.end].isdigit() else -1
    if n < 0 or text[line_start : span.start].strip():
        return False
    if _ALONE_ON_LINE.match(text, span.end) and n < 1000:
        return any(re.search(rf"(?m)^[ \t]*{k}[ \t]*$", text) for k in (n - 1, n + 1) if k >= 0)
    if not re.match(r"\.?[ \t]+[A-ZÄÖÜ]", text[span.end : span.end + 3]):
        return False
    # the lines before and after, blank lines skipped, read in place (no copy of the text per number)
    before = line_start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    prev_end = text.rfind("\n", 0, before) + 1
    prev = _LINE_NUMBER.match(text, prev_end) if line_start > 0 else None
    line_end = text.find("\n", span.end)
    nxt_at = line_end
    while 0 <= nxt_at < len(text) and text[nxt_at].isspace():
        nxt_at += 1
    nxt = _LINE_NUMBER.match(text, nxt_at) if nxt_at >= 0 else None
    return bool((prev and int(prev.group(1)) == n - 1) or (nxt and int(nxt.group(1)) == n + 1))


def _ordinal(text: str, span: Span, start: int) -> bool:
    """A German ordinal or enumeration: "vom 9. zum 10. Mai", "des 3. Bataillons", "2. Tag:" at
    the start of a line, a rank in parentheses "(4.)"."""
    if not re.match(r"\.(?!\d)", text[span.end : span.end + 1]):
        return False
    if re.match(r"\.\s*[a-zäöüß]", text[span.end : span.end + 3]):
        return True
    if text[span.end : span.end + 2] == ".)" and _rank_in_parentheses(text, span, start):
        return True  # "Jane Doe (4.)", "(Last week: 2.)", "am Montag (27.7.)": a rank or a day in parentheses
    if re.search(r"\b(?:der|des|dem|den|die|das|am|im|zum|zur|vom|beim|ihr(?:e[mnrs]?)?|sein(?:e[mnrs]?)?)\s+$", text[max(start, span.start - 8) : span.start], re.I) \
            and re.match(r"\.\s+[A-ZÄÖÜ]", text[span.end : span.end + 3]):
        return True  # "des 3. Bataillons", "am 2. Tag": an ordinal after an article
    line_start = text.rfind("\n", 0, span.start) + 1
    return not text[max(line_start, start) : span.start].strip()


def _rank_in_parentheses(text: str, span: Span, start: int) -> bool:
    """A number before ".)" that is a rank or a day in parentheses: nothing but the number, a day's
    digits, one word ("(Platz 4.)") or a label ending in a colon ("(Last week: 2.)") before it since
    the opening parenthesis; not the last number of a whole sentence in parentheses ("(In all, the crew
    counted 4000.)"), which counts."""
    line_start = text.rfind("\n", 0, span.start) + 1
    opening = text.rfind("(", max(start, line_start), span.start)
    if opening < 0:
        return True
    inside = text[opening + 1 : span.start].strip()
    return not inside or inside.endswith(":") or re.fullmatch(r"[\d.\s]+", inside) is not None or len(inside.split()) < 2


@cache
def _function_words() -> frozenset[str]:
    """Words after which a number is no part of a name (`number_name_function_words` of every
    language's words.json)."""
    return frozenset(w for code in languages() for w in load(code, "words").get("number_name_function_words", []))


_ACRONYM_NAME = re.compile(r"(?<![\w.&-])[A-Z][A-Z&]{1,4} $")  # "NBC 5", "S&P 500"


def _label(text: str, span: Span, start: int, lang: str | None) -> bool:
    """A number that is part of a name ("Frontal 21", "die Europastraße 29, …", "Route 66."): it
    follows a capitalised word inside the sentence and counts nothing after it."""
    if lang == "en" and _ACRONYM_NAME.search(text, max(start, span.start - 8), span.start) and text[span.start : span.end].isdigit():
        return True  # "NBC 5 reported", "KTLA 5": a station's name, even at a sentence's start
    if re.fullmatch(r"\d{1,3}(?:[.,'’]\d{3})+", text[span.start : span.end]):
        return False  # "im Mai 20.000, im Juni 15.000": a number in groups measures, a name has none
    before = re.search(r"(\S+)\s+(\S+)\s+$", text[max(start, span.start - 60) : span.start])
    if before is None:
        return False
    prev = before.group(2).lstrip("\"'„“”«»‘’")  # "“Harbour 7,”": a title in quotation marks
    if not prev[:1].isupper() or prev.lower() in _function_words() or re.search(r"[.!?:;„“\"«»]$", before.group(1)) \
            or not prev[-1:].isalnum():  # "352 Verletzte, 99 davon": a comma ends the phrase before
        return False
    nxt = re.match(r"\s*([\wÄÖÜäöüß]+)?(?:\s+([\wÄÖÜäöüß]+))?", text[span.end : span.end + 40])
    word = nxt.group(1) if nxt else None
    if word is None:
        return True  # punctuation or the end: "… Frontal 21." counts nothing
    if lang == "en":
        if _model_number(text, span, lang) and word[:1].islower():
            return True  # "his Boeing 757 jet", "a Boeing 727 from a bankrupt firm": a model's name (quantity.model)
        return word[:1].isupper() and word.lower() not in _function_words()  # "Number 10 Downing Street"
    if re.fullmatch(r"\d+,\d+", text[span.start : span.end]):
        return False  # "das Plus 2,4 statt 2,1 Prozent": a decimal comma measures, a name has none
    noun = nxt.group(2) if nxt else None
    if word in _count_attributes(lang or "") and noun and noun[:1].isupper():
        return False  # "in Bayern 12 solcher Brücken": an attribute of counting and its noun follow
    if noun and noun[:1].isdigit() and word in _partitives(lang or ""):
        return False  # "brauchte 61 der 120 Stimmen": a part of a whole
    return word[:1].islower()


@cache
def _compound_heads_not_counts() -> tuple[str, ...]:
    """The first parts of a compound after a number that make it no count (`compound_heads_not_counts` of
    every language's time.json), in lower case."""
    return tuple(w.lower() for code in SUPPORTED for w in load(code, "time").get("compound_heads_not_counts", []))


_MODEL_DIGITS = re.compile(r"\d{3,4}")


def _model_number(text: str, span: Span, lang: str | None) -> bool:
    """A number of three or four digits, not in groups, right after a capitalised word that follows a
    determiner (`model_determiners` of resources/<lang>/time.json; `_label` has checked the capitalised
    word): a model's name ("a Boeing 757 jet", "his Boeing 757"), not a count ("In Ohio 300 people")."""
    if lang not in SUPPORTED or _MODEL_DIGITS.fullmatch(text, span.start, span.end) is None:
        return False
    dets = load(lang, "time").get("model_determiners", [])
    before = re.search(r"(\w+)\s+[A-Z][\w-]*\s+$", text[max(0, span.start - 40) : span.start])
    return bool(dets) and before is not None and before.group(1).lower() in dets


@cache
def _all_model_determiners() -> frozenset[str]:
    return frozenset(w.lower() for code in SUPPORTED for w in load(code, "time").get("model_determiners", []))


def _after_model_determiner(text: str, start: int) -> bool:
    """One of the two words right before text[start] is one of `model_determiners` (any language), or the
    word right before is capitalised, the maker's name: "the 757 was parked", "a 25-year-old 757", "a 1968
    Boeing 727" name the model the text named; "737 passengers", "the jet carried 737 people" count."""
    words = re.findall(r"[\w-]+", text[max(0, start - 40) : start])[-2:]
    return any(w.lower() in _all_model_determiners() for w in words) or (bool(words) and words[-1][:1].isupper())


@cache
def _count_attributes(lang: str) -> frozenset[str]:
    """Words between a count and its noun ("12 solcher Brücken", "drei weitere Fälle"):
    `count_attributes` in resources/<lang>/time.json."""
    return frozenset(load(lang, "time").get("count_attributes", [])) if lang in SUPPORTED else frozenset()


@cache
def _partitives(lang: str) -> frozenset[str]:
    """Words between a part and its whole ("60 der 100 Stimmen"): `partitive_words` in
    resources/<lang>/time.json."""
    return frozenset(load(lang, "time").get("partitive_words", [])) if lang in SUPPORTED else frozenset()


@cache
def _label_nouns(lang: str) -> frozenset[str]:
    return frozenset(load(lang, "time").get("label_nouns", [])) if lang in SUPPORTED else frozenset()


def _after_label_noun(text: str, span: Span, start: int, lang: str | None) -> bool:
    """"in area 55", "Tag 5 der Angriffe", "Artikel 5": a number right after a noun that it names
    (`label_nouns` in resources/<lang>/time.json), not a count."""
    m = re.search(r"([^\W\d_]+)\.?\s+$", text[max(start, span.start - 30) : span.start])
    if m is None and span.start == start and lang not in _count_first_languages():
        # an abbreviated label that the sentence split took for a full stop ("Prop. 13 failed"): read across
        # it, when capitalised as a name's label is in a language that writes its nouns in lower case; not
        # a sentence that ends in a noun ("on the third floor. 12 people were hurt", "am dritten Tag. 40 …")
        m = re.search(r"(?<![\w.])([A-Z][^\W\d_]*)\.[ \t]+$", text[max(0, span.start - 30) : span.start])
    if m is None or not text[span.start : span.end].isdigit():
        return False
    word = m.group(1)
    nouns = _label_nouns(lang or "")
    # English capitalises a label in a name ("Section 1001", "P.O. Box 69440", "No. 19")
    return word in nouns or ((word[:1].islower() or lang == "en") and word.lower() in nouns)


@cache
def _rank_nouns(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(lang, "time").get("rank_nouns", [])) if lang in SUPPORTED else frozenset()


def _after_rank_noun(text: str, span: Span, start: int, lang: str | None) -> bool:
    """"auf Platz drei", "the number two official": a number word right after a noun of rank
    (`rank_nouns` in resources/<lang>/time.json) names the rank, it counts nothing."""
    m = re.search(r"([^\W\d_]+)\.?\s+$", text[max(start, span.start - 20) : span.start])
    return m is not None and m.group(1).lower() in _rank_nouns(lang or "")


_WORD_RX = re.compile(r"[^\W\d_][\w'’-]*")


def _word_in_name(text: str, span: Span, start: int, lang: str | None) -> bool:
    """A capitalised number word inside a name ("BBC Radio Four", "the \"Three Amigos\"", „Ein
    Land – Zwei Systeme“): not at the start of its sentence, and (in English, where nouns are not
    capitalised) beside a capitalised word that is no function word; not in a headline (a line in
    title case without a full stop)."""
    word = text[span.start : span.end]
    if not word[:1].isupper():
        return False
    before = text[start : span.start].rstrip()
    if not before.strip("\"'„“”«»‘’ ") or before[-1] in ".!?:;":
        return False  # the start of the sentence (or of a quotation that opens it)
    if before[-1] in "–—" and len(before[max(0, text.rfind("\n", 0, span.start) + 1 - start) :].split()) <= 4 \
            and not re.search(r"[\"'„“”«»‘’]", before):
        return False  # "Innsbruck – Drei Wanderer …": the text starts after a dateline
    line_a = text.rfind("\n", 0, span.start) + 1
    line_b = text.find("\n", span.end)
    line = text[line_a : line_b if line_b >= 0 else len(text)].rstrip()
    words = _WORD_RX.findall(line)
    if words and line[-1:] not in ".!?\"”“»" and sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
        return False  # "Taliban Say They Freed Two Hostages": a headline
    if lang == "de":
        return True
    prev = _WORD_RX.findall(before[-40:])
    nxt = _WORD_RX.match(text, span.end + 1) if text[span.end : span.end + 1] == " " else None
    return bool((prev and prev[-1][:1].isupper() and prev[-1].lower() not in _function_words() and before[-1].isalnum())
                or (nxt and nxt.group(0)[:1].isupper() and nxt.group(0).lower() not in _function_words()))


@cache
def _time_prepositions() -> frozenset[str]:
    """Prepositions before a time (`temporal_prepositions` of every language's time.json): a year
    after one ("ab 2018") is a date, even where the word can also bound an amount."""
    return frozenset(w.lower() for code in SUPPORTED for w in load(code, "time").get("temporal_prepositions", []))


def _after_number(before: str) -> bool:
    """Whether `before` ends with a number ("200 ", "zwei ")."""
    tok = re.search(r"(\S+)\s+$", before)
    if tok is None:
        return False
    word = tok.group(1).lower()
    return bool(re.search(r"\d\.?$", word)) or word in _lex()["words"] or parse_german_number_word(word) is not None


_RANGE_TO = re.compile(r"\s*(?:bis|to|-|–)\s*", re.I)
_RANGE_GAP = re.compile(r"\s*(?:bis|to|through|-|–|—|und|and|oder|or)\s*$", re.I)
# "rose from 41.5 percent to 47.2 percent": a change, two values (German says "von 3 Prozent auf 5 Prozent";
# "von 15 Prozent bis 40 Prozent" is a range)
_CHANGE_FROM = re.compile(r"\bfrom\s+$", re.I)
_RANGE_OPEN = re.compile(r"(?:zwischen|between|von|from)\s+$", re.I)
_ALTERNATIVE = re.compile(r"\b(?:oder|or)\b", re.I)


_LIST_BEFORE = re.compile(r"(?:\d|\b[^\W\d]+)\s*,\s*$")
_LIST_AFTER = re.compile(r"\s*(?:,|und\b|and\b|oder\b|or\b)\s*(?:\d|[^\W\d]+\b)", re.I)


def _spoken_range(text: str, prev: Quantity, q: Quantity) -> bool:
    """Two whole numbers a step apart, joined by a comma and in no longer list ("3, 4 percent", "fünf,
    sechs"): a spoken range. Not "1, 2, 3", nor "3, 4 und 5"."""
    a, b = prev.value, q.value
    if not (isinstance(a, int) and isinstance(b, int) and a >= 1 and b == a + 1):
        return False
    before = text[max(0, prev.span.start - 20) : prev.span.start]
    if _LIST_BEFORE.search(before) and _number_word(re.sub(r"\W+$", "", before).split()[-1] if before.split() else ""):
        return False
    after = _LIST_AFTER.match(text, q.span.end)
    return not (after and _number_word(after.group(0).strip(" ,").split()[-1]))


def _number_word(tok: str) -> bool:
    return bool(re.fullmatch(r"\d+[.,]?", tok)) or tok.lower() in _lex()["words"] or parse_german_number_word(tok.lower()) is not None


def _ranges(text: str, qs: list[Quantity], scales: dict[str, int]) -> list[Quantity]:
    """"200 bis 1000 Euro", "zwischen 2 und 3 Millionen", "between 10 and 20 percent", "zwei oder drei
    Kandidaten" as one range;
    a magnitude word after the second number counts for the first too."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        bounded = "+bound" in prev.rule.replace("+bound_approx", "") + q.rule if prev is not None else True
        if prev is not None and isinstance(prev.value, (int, float)) and isinstance(q.value, (int, float)) and not bounded:
            gap = text[prev.span.end : q.span.start]
            conj = re.search(r"\b(?:und|and)\b", gap, re.I) is not None
            opened = _RANGE_OPEN.search(text[max(0, prev.span.start - 12) : prev.span.start]) is not None
            change = prev.unit is not None and _CHANGE_FROM.search(text[max(0, prev.span.start - 8) : prev.span.start]) is not None \
                and re.search(r"\bto\b", gap, re.I) is not None
            # "(30 percent to 60 percent)", "Wisconsin, 52 percent to 37 percent": a poll's two shares, each its unit
            compared = prev.unit is not None and q.unit == prev.unit and re.search(r"\bto\b", gap, re.I) is not None \
                and re.search(r"[(,:]\s*$", text[max(0, prev.span.start - 3) : prev.span.start]) is not None
            if gap == ", " and prev.unit is None and _spoken_range(text, prev, q):
                # "polling at 5, 6 percent", "einer von vier, fünf Bewerbern": a range said as two neighbours
                out[-1] = Quantity(Span(prev.span.start, q.span.end), (prev.value, q.value), q.rule + "+range_spoken", unit=q.unit,
                                   approximate=prev.approximate)
                continue
            # "auf 2,5 oder 2,6 Prozent", "300, 400 or 500 tenants", "17 or 18 percent": alternatives, each a
            # quantity of its own (quantity.number, two values); only two whole numbers a step apart written
            # as words are a range said with "or" ("zwei oder drei Kandidaten")
            alternatives = _ALTERNATIVE.search(gap) is not None and not (
                isinstance(prev.value, int) and isinstance(q.value, int) and q.value == prev.value + 1
                and not re.search(r"\d", text[prev.span.start : prev.span.end] + text[q.span.start : q.span.end]))
            if len(gap) <= 6 and _RANGE_GAP.fullmatch(gap) and (opened or not conj) and prev.unit in (None, q.unit) and not change \
                    and not compared and not alternatives:
                lo, hi = prev.value, q.value
                sm = re.search(r"[^\W\d]+\.?", text[q.span.start : q.span.end])
                word = sm.group(0).lower() if sm else ""
                if word in scales and not re.search(r"[^\W\d]", text[prev.span.start : prev.span.end]):
                    lo = _plain(Decimal(str(lo)) * Decimal(scales[word]))
                elif (dozen := re.search(r"[^\W\d]+$", text[q.span.start : q.span.end])) and dozen.group(0).lower() in _lex()["dozen"] and lo < 12:
                    # "zwei bis drei Dutzend", "two to three dozen": the dozen counts for the first end too (24 to 36)
                    lo = _plain(Decimal(str(lo)) * Decimal(str(_lex()["dozen"][dozen.group(0).lower()])))
                if lo <= hi:  # "etwa 60 bis 80": the range, about
                    out[-1] = Quantity(Span(prev.span.start, q.span.end), (lo, hi), q.rule + "+range", unit=q.unit,
                                       approximate=prev.approximate)
                    continue
        out.append(q)
    return out


class QuantityTagger:
    name: ClassVar[str] = "quantity.rules.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments", "sentences", "timexes")
    assigns: ClassVar[tuple[str, ...]] = ("quantities",)

    def __call__(self, doc: Document) -> None:
        blocked = sorted((t.span for t in doc.timexes), key=lambda sp: sp.start)
        starts = [sp.start for sp in blocked]
        longest = max((len(sp) for sp in blocked), default=0)
        out: list[Quantity] = []
        models: set[str] = set()
        for sent in doc.sentences:
            if doc.segments[sent.segment].kind not in CLAIM_SEGMENTS:
                continue
            seg = doc.segments[sent.segment]
            # only the time expressions that can reach into this sentence (linear time)
            near = blocked[bisect.bisect_left(starts, sent.span.start - longest) : bisect.bisect_left(starts, sent.span.end)]
            out.extend(find_quantities(doc.text, sent.span.start, sent.span.end, near, seg.language or doc.language, models))
        if models:
            # a number the text uses as a model's name ("his Boeing 757 jet") names that model wherever it
            # stands after a determiner ("the 757 was parked", "a 25-year-old 757"), no count (quantity.model); not "737 passengers"
            out = [q for q in out if not (q.rule == "quantity.number" and q.unit is None and doc.text[q.span.start : q.span.end] in models
                                          and _after_model_determiner(doc.text, q.span.start))]
        doc.quantities = out
