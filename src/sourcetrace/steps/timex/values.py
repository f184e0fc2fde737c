"""The TIMEX3-style value of one expression against the anchor date (`normalise`), and absolute
dates read on their own (`parse_absolute_date`, `find_absolute`, `anchor_range`)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ...document import ArticleDate, Span
from ...resources import SUPPORTED, load
from .tense import adjacent_tense, fronted_present, past_marker_in, state_verb, tense_where
from .words import alternation, holidays, kind_patterns, kind_triggers, time_lex


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


_SEASON_ORDER = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_WINTER_FROM = 11  # from this month on, a winter not told in the past is the one of the year's end (2022-WI)
_WINTER_UNTIL = 2  # up to this month, the winter under way is the one that began the December before


def _winter_year(words: list[str], anchor: dt.date, tense: str) -> int:
    """The year of a winter without its year (`YYYY-WI`: the winter that begins in December of YYYY,
    benchmarks/factsdev/README.md). In January and February the winter under way is the one of the
    year before ("this winter", "im Winter" told in the present or past), a winter to come the next
    one; "last winter" the one before that under way; "next winter" the coming one; from March to
    October a winter told in the past is the last one, a coming one this year's; in November and
    December (`_WINTER_FROM`) a winter not told in the past is this year's."""
    lx = time_lex()
    y, month = anchor.year, anchor.month
    in_winter = month <= _WINTER_UNTIL
    if any(w in lx.past for w in words):
        return y - 2 if in_winter else y - 1
    if any(w in lx.nxt for w in words):
        return y + 1 if month == 12 else y
    if in_winter:
        return y if tense == "future" and not any(w in lx.this for w in words) else y - 1
    if month >= _WINTER_FROM:
        return y - 1 if tense == "past" else y
    if tense == "past" or (tense == "neutral" and month < 7):
        return y - 1
    return y


@cache
def _hyphened_numbers() -> str:
    """The number words written with a hyphen ("twenty-five"), longest first, as an alternation."""
    return "|".join(re.escape(k) for k in sorted((k for k in time_lex().numbers if "-" in k), key=len, reverse=True)) or "(?!x)x"


def _words_of(low: str) -> list[str]:
    """The words of an expression, a number word written with a hyphen ("twenty-five") one word and a
    number's thousands mark or decimal point kept in it ("1,000", "2,5")."""
    return re.findall(rf"(?:{_hyphened_numbers()})(?!\w)|[\wäöü,.]+", low)


def _num(tok: str) -> float | None:
    lx = time_lex()
    t = tok.lower()
    if t in lx.numbers:
        return lx.numbers[t]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+", t):
        return float(re.sub(r"[.,]", "", t))  # "seit 1.000 Jahren", "for 2,000 years": a number in groups of thousands
    try:
        return float(t.replace(",", "."))
    except ValueError:
        return None


@cache
def _parts_longest_first() -> list[tuple[str, str]]:
    return sorted(time_lex().parts.items(), key=lambda kv: -len(kv[0]))


@cache
def _month_words() -> list[tuple[re.Pattern[str], int]]:
    """Each month word as a whole-word pattern, longest first (compiled once)."""
    return [(re.compile(rf"(?<!\w){re.escape(k)}(?!\w)"), v) for k, v in sorted(time_lex().months.items(), key=lambda kv: -len(kv[0]))]


def _forward(words: list[str], sentence: str, t: str) -> bool:
    """A forward preposition opens the expression ("bis Montag") or stands right before it
    ("until Monday", "by Friday"): `forward_prepositions` of resources/<lang>/time.json."""
    lx = time_lex()
    if words[0] in lx.forward:
        return True
    pos = sentence.find(t)
    before = re.search(r"(\w+)\s+$", sentence[max(0, pos - 20) : pos]) if pos > 0 else None
    return bool(before and before.group(1).lower() in lx.forward)


#: a month after a forward preposition ("until January") in a clause told in the past is the coming one when it
#: lies at most this many months after the article's month (the telling is recent, the month still ahead)
_FORWARD_NEAR = 2


#: a weekday after words that look forward to it (`ahead_frames` of time.json: "heading into Friday's
#: ballot") is the coming one when it lies at most this many days after the article's date
AHEAD_FRAME_DAYS = 2


@cache
def _frames(code: str | None) -> dict[str, tuple[str, ...]]:
    """The frame words of language `code`'s time.json (every language's when None or unknown):
    `ahead_frames`, `back_frames`, `after_frames`, and `clause_frames` (ahead frames that may open a
    clause of their own: "before")."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)
    keys = ("ahead_frames", "back_frames", "after_frames", "clause_frames")
    return {k: tuple(sorted({w.lower() for c in codes for w in load(c, "time").get(k, [])})) for k in keys}


@cache
def _weekday_words(code: str | None) -> tuple[str, ...]:
    codes = [code] if code in SUPPORTED else list(SUPPORTED)
    return tuple(sorted({w.lower() for c in codes for w in load(c, "time").get("weekdays", {})}))


@cache
def _ahead_event(code: str | None) -> tuple[frozenset[str], int, int]:
    """`ahead_event` of language `code`'s time.json: the prepositions of an event's day ("on"), how many
    words the event's name may have and how many days ahead its weekday may lie (none: no such reading)."""
    d = load(code, "time").get("ahead_event", {}) if code in SUPPORTED else {}
    return frozenset(w.lower() for w in d.get("prepositions", [])), int(d.get("max_words", 0)), int(d.get("days", 0))


def _event_ahead(m: re.Match[str], words: list[str], code: str | None) -> bool:
    """Whether the weekday of `m`, after a preposition of `ahead_event` ("on Monday"), names the day of an event
    that an ahead frame before it looks forward to: "days before the county fair on Monday", "in the run-up to
    the vote on Sunday" (the event's name in at most `max_words` words, no clause mark and no verb in the past
    between; not "before the fair opened on Monday")."""
    preps, most, _ = _ahead_event(code)
    if not preps or len(words) < 2 or words[0] not in preps or not any(words[1].startswith(w) for w in _weekday_words(code)):
        return False
    back = m.string[max(0, m.start() - 120) : m.start()]
    frames = "|".join(re.escape(f) for f in _frames(code)["ahead_frames"])
    hit = re.search(rf"(?<![\w-])(?:{frames})((?:\s+[\w'’.-]+){{1,{most}}})\s*$", back, re.I)
    if hit is None or _CLAUSE_END.search(hit.group(1)):
        return False
    # (past_marker_in passes over the first word of its text, an adjective there: here every word counts)
    return not past_marker_in(" x" + hit.group(1), code)


def event_ahead(m: re.Match[str], code: str | None) -> bool:
    """Whether the weekday expression of `m` names the day of an event an ahead frame looks forward to
    (`_event_ahead`); the finder names it in the rule (timex.weekday+event_ahead)."""
    return _event_ahead(m, m.group(0).lower().split(), code)


def _frame_before(m: re.Match[str], words: list[str], code: str | None = None) -> str:
    """"ahead" when words of `ahead_frames` stand right before the weekday of `m` ("ahead of
    Friday's ballot"), "back" for words of `back_frames` ("a recount of Sunday's ballot"), "after"
    for words of `after_frames`, which may follow it the same day ("in the wake of Friday's storm"),
    else "" — and "" where the expression opens with a word of its own ("on", "next", "last"), which
    decides. Only the frames of the text's language `code` are read. An ahead frame that opens a
    clause of its own (`clause_frames`: "before Saturday's game began") whose verb is in the past
    tells a weekday already past: "" there, and the tense decides."""
    fr = _frames(code)
    if not (fr["ahead_frames"] or fr["back_frames"] or fr["after_frames"]) \
            or not any(words[0].startswith(w) for w in _weekday_words(code)):
        return ""
    back = m.string[max(0, m.start() - 40) : m.start()].rstrip().lower()
    for name, frames in (("ahead", fr["ahead_frames"]), ("back", fr["back_frames"]), ("after", fr["after_frames"])):
        hit = next((f for f in frames if re.search(rf"(?<![\w-]){re.escape(f)}$", back)), None)
        if hit is None:
            continue
        if name == "ahead" and hit in fr["clause_frames"] and _past_clause_after(m, code):
            return ""
        return name
    return ""


_CLAUSE_END = re.compile(r"[,;:.!?()\[\]„“”\"«»–—]|\s-\s")


def _past_clause_after(m: re.Match[str], code: str | None) -> bool:
    """Whether the words after the weekday of `m`, up to the end of its clause, hold a verb in the
    past tense ("before Saturday's game began": the frame's own clause tells it as past)."""
    end = _CLAUSE_END.search(m.string, m.end())
    rest = m.string[m.end() : end.start() if end else len(m.string)]
    return past_marker_in(rest, code)


@cache
def _multiword_numbers() -> tuple[str, ...]:
    """The number words of more than one word ("a half"), longest first."""
    return tuple(sorted((k for k in time_lex().numbers if " " in k), key=len, reverse=True))


def _part_of(low: str) -> str:
    return next((v for k, v in _parts_longest_first() if low.endswith(k)), "")


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


#: one decade or one century in years ("for a decade" P10Y, "over a century" P100Y, as the gold writes
#: them); a count of them keeps its unit ("two decades" P2DE)
_ONE_IN_YEARS = {"DE": "P10Y", "CE": "P100Y"}


def _validity_after(m: re.Match[str]) -> bool:
    """A present participle right after a month with "bis" ("ein bis Mitte Juni geltender Stopp",
    `validity_participle_endings`): a state in force from now until that month, whatever the tense
    of the clause that tells of it."""
    nxt = re.match(r"\s+(\w+)", m.string[m.end() : m.end() + 30])
    return bool(nxt and nxt.group(1).islower() and nxt.group(1).endswith(time_lex().validity_participle_endings))


def closing_week(m: re.Match[str], anchor: dt.date) -> bool:
    """Whether a relative week with a past word ("past week") right after a "this" word ("this past week") is told on
    one of `closing_week_days` (a Saturday or Sunday): the week now closing, the article's own ISO week, not the one
    before it ("last week" keeps that reading) (timex.rel_week+closing)."""
    lx = time_lex()
    words = m.group(0).lower().split()
    before = re.search(r"(\w+)\s+$", m.string[max(0, m.start() - 20) : m.start()])
    return bool(words) and words[-1] == "week" and any(w in lx.past for w in words) and before is not None \
        and before.group(1).lower() in lx.this and anchor.isoweekday() in lx.closing_week_days


def _span_value(n: float, unit: str, minutes: bool = False) -> str:
    """The TIMEX3 value of a duration of `n` units: PT for hours, seconds and minutes."""
    if n == 1 and unit in _ONE_IN_YEARS:
        return _ONE_IN_YEARS[unit]
    if n != int(n) and unit in _ONE_IN_YEARS:
        # "a century and a half" P150Y, "two and a half decades" P25Y: a part of the unit in years
        return f"P{_fmt_num(n * int(_ONE_IN_YEARS[unit][1:-1]))}Y"
    return f"{'PT' if unit in ('H', 'S') or minutes else 'P'}{_fmt_num(n)}{unit}"


def normalise(kind: str, m: re.Match[str], anchor: dt.date, sentence: str,
              narrative: dt.date | None = None, narrative_year: int | None = None,
              code: str | None = None, narrative_month: tuple[int, int] | None = None) -> tuple[str, str] | None:
    """(type, value) for a match of rule `kind`, resolved against `anchor` (the article date);
    anaphoric expressions ("am folgenden Tag", "two days later") against `narrative`, the last
    day the text named before them ("later that month", "a month later" against `narrative_month`,
    the last month or day named). An empty value: relative, and nothing to resolve it by."""
    lx = time_lex()
    t = m.group(0)
    low = t.lower()
    tense, own_clause = tense_where(sentence, m.group(0), code)  # `sentence` is a window around the match
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
        before = re.search(r"(\w+)\s+$", m.string[max(0, m.start() - 20) : m.start()])
        leads = prep.split()[:1] + ([before.group(1).lower()] if before else [])  # "bis Juni", "bis Mitte Juni"
        if any(w in lx.forward for w in leads) and _validity_after(m):
            return anchor.year if there >= here else anchor.year + 1  # "ein bis Mitte Juni geltender Stopp": in force until the next June
        if prep in lx.forward and not (tense == "past" and own_clause):  # "Frist bis März", "ab März": the next one
            return anchor.year if there >= here else anchor.year + 1
        if prep in lx.forward and day is None and 0 < (mo - anchor.month) % 12 <= _FORWARD_NEAR:
            # "they told him to wait until January", written in December: the coming January, though the telling is past
            return anchor.year if mo > anchor.month else anchor.year + 1
        # only a tense of the month's own clause says which way it points: a marker of another clause
        # ("… in a year that had two floods: twenty seats are up in November") is no evidence
        if tense == "future" and own_clause:
            return anchor.year if there >= here else anchor.year + 1
        if tense == "past" and own_clause:
            return anchor.year if there <= here else anchor.year - 1
        day = 15 if day is None else day
        # no tense to go by: the nearest such date
        cands = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                cands.append((abs((dt.date(y, mo, min(max(day, 1), 28)) - anchor).days), y))
            except ValueError:
                continue
        return min(cands)[1] if cands else anchor.year

    if kind == "holiday":
        # "after Christmas" in a December text: that Christmas; the nearest such day (timex.holiday)
        md = holidays()[0].get(re.sub(r"\s+", " ", low.replace("’", "'")))
        if md is None:
            return None
        hmo, hday = int(md[:2]), int(md[3:])
        return "DATE", dt.date(month_year(hmo, hday, nearest=True), hmo, hday).isoformat()
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
        if not nums or not 1 <= nums[0] <= 31:
            return None  # (no day of a month: "seit 0 August", OCR's lost digit)
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
        if code == "WI":
            return "DATE", f"{_winter_year(words, anchor, tense)}-WI"
        y = anchor.year
        if any(w in lx.past for w in words):
            # "last spring" in November is this year's; "last fall" in November, still under way, the one before
            y -= 0 if code != "WI" and _SEASON_ORDER[code] + 1 < anchor.month else 1
        elif any(w in lx.nxt for w in words):
            y += 1
        elif any(w in lx.this for w in words):
            pass  # "this summer", "diesen Herbst": the season of the article's year, whatever the tense (timex.this_season)
        elif code == "WI" and anchor.month >= _WINTER_FROM and tense != "past":
            pass  # "im Winter" written in November or December: the winter that begins that year
        elif future and _SEASON_ORDER[code] < anchor.month:
            y += 1
        elif (tense == "past" and _SEASON_ORDER[code] > anchor.month + 1) or (tense == "neutral" and _SEASON_ORDER[code] - anchor.month > 6):
            y -= 1
        elif tense == "neutral" and anchor.month - _SEASON_ORDER[code] > 6:
            y += 1
        return "DATE", f"{y}-{code}"
    if kind in ("month", "month_attr") and month:
        rel = next((w for w in low.split() if w in lx.past | lx.nxt), None)
        if rel in lx.past:
            # "last October" written in November: the October of the year before (the month just
            # past is "last month"); "last March" written in November: this year's; across the year's
            # end alike ("last December" written in January: two Decembers back)
            back = (anchor.month - month) % 12
            back += 12 if back <= 1 else 0
            return "DATE", f"{anchor.year - (back - anchor.month + 12) // 12}-{month:02d}"
        if rel in lx.nxt:
            return "DATE", f"{anchor.year + 1 if month <= anchor.month else anchor.year}-{month:02d}"
        if any(w in lx.this for w in low.split()):
            return "DATE", f"{anchor.year}-{month:02d}"  # "this November", "diesen März": the month of the article's year
        return "DATE", f"{month_year(month)}-{month:02d}"
    if kind == "rel_week":
        words = low.split()
        k = -1 if any(w in lx.past for w in words) else 1 if any(w in lx.nxt for w in words) else 0
        k -= 1 if any(w in lx.before_last for w in words) else 0  # "vorletzte Woche": two weeks back
        if closing_week(m, anchor):
            k = 0  # "this past week" on a Saturday or Sunday: the week now closing, the article's own
        unit = words[-1] if words[-1] not in lx.past else words[-2]  # ("the week prior")
        if len(words) == 2 and _past_span(m):
            for stem, code_ in (("year", "Y"), ("month", "M"), ("week", "W")):
                if unit == stem:
                    return "DURATION", f"P1{code_}"  # "in the last year", "during the past month": one unit up to now
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
        toks = _words_of(low)
        n = next((x for x in (_num(w) for w in toks[1:]) if x is not None), None)
        fu = next((lx.units[w] for w in toks if w in lx.units), None)
        if n is None or fu is None:
            return None
        if tense == "past" and own_clause:
            return "DURATION", f"P{_fmt_num(n)}{fu}"  # "the town has built two schools in six months": how long it took
        if _bound_after_time().match(m.string, m.end()):
            return "DURATION", f"P{_fmt_num(n)}{fu}"  # "repaid in 10 years or less": at most that long, a duration
        if fu == "D":
            return "DATE", (anchor + dt.timedelta(days=n)).isoformat()
        if fu == "W":
            return "DATE", _week(anchor + dt.timedelta(weeks=n))
        if fu == "M":
            y, mo = _shift_month(anchor.year, anchor.month, int(n))
            return "DATE", f"{y}-{mo:02d}"
        return "DATE", str(anchor.year + int(n))
    if kind == "ago":
        toks = _words_of(low)
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
        before = sentence[: max(0, sentence.find(t))].split()
        frame = _frame_before(m, words, code)
        if not re.match(r"['’]s\b", m.string[m.end() : m.end() + 3]) and (adjacent := adjacent_tense(m.string, m.start(), code)):
            tense = adjacent  # "a merger announced Monday would …": the verb right before the day tells its tense
        if before and before[-1].lower() in lx.later | lx.earlier and words[0] not in lx.nxt | lx.past:
            nextish = 0 < delta <= 3  # "later Monday", "earlier Tuesday": the nearest such day, whatever the tense
        elif any(w in lx.past for w in words) or words[0] in lx.backward or frame in ("back", "after"):  # "vom Samstag", "seit Montag"
            nextish = False  # ("in the wake of Friday's storm": the last Friday, the article's own where it names it)
        elif frame == "ahead" and delta <= AHEAD_FRAME_DAYS:
            nextish = True  # "heading into Friday's ballot" written on the Thursday: the coming one, whatever the tense
        elif 0 < delta <= _ahead_event(code)[2] and _event_ahead(m, words, code):
            nextish = True  # "days before the county fair on Monday" written on the Friday: the coming one (timex.weekday+event_ahead)
        elif _forward(words, sentence, t) and tense != "past" and state_verb(sentence, t, code):
            nextish = True  # "bleibt bis Montag gesperrt", "remains closed until Monday": the next one
        elif any(w in lx.nxt for w in words) or tense == "future" or (tense == "neutral" and fronted_present(sentence, t, code)):
            nextish = True  # ("Am Dienstag kommen die Minister zusammen": the present of a plan)
        elif tense == "past":
            nextish = False
        else:
            nextish = 0 < delta <= 3  # no tense to go by: the nearest such day
        day = anchor + dt.timedelta(days=delta) if nextish else anchor - dt.timedelta(days=(anchor.isoweekday() - wd) % 7)
        if nextish and delta == 0 and any(w in lx.nxt for w in words):
            day = anchor + dt.timedelta(days=7)  # "next Thursday" written on a Thursday: the week after
        elif nextish and delta == 0:
            day = anchor  # "is scheduled to testify on Thursday" written on a Thursday: that day
        elif delta == 0 and (any(w in lx.past for w in words) or frame == "back"):
            day = anchor - dt.timedelta(days=7)  # "last Tuesday", "a recount of Tuesday's ballot" written on a Tuesday: the week before
        if any(w in lx.before_last for w in words):
            day -= dt.timedelta(days=7)  # "am vorletzten Donnerstag": the Thursday before the last one
        if kind == "weekday_part":
            return "TIME", f"{day.isoformat()}T{_part_of(low)}"
        return "DATE", day.isoformat()
    if kind == "relday":
        first = low.split()[0]
        if first not in lx.reldays:
            return None
        if len(low.split()) == 1 and lx.reldays[first] == 0 and _compared_before().search(m.string, max(0, m.start() - 30), m.start()):
            return "DATE", "PRESENT_REF"  # "compared to today", "im Vergleich zu heute": the present set against a past, no day
        if first == "today" and re.search(r"\b(?:until|till|to)\s+$", sentence[: max(0, sentence.find(t))], re.I):
            return "DATE", anchor.isoformat()  # "up to today", "until today", as "bis heute": up to the article's day
        if first == "today" and re.search(r"\b(?:even|still|of)\s+$", sentence[: max(0, sentence.find(t))], re.I):
            return "DATE", "PRESENT_REF"  # "even today", "the world of today": nowadays
        if first == "yesterday" and re.search(r"\bof\s+$", m.string[max(0, m.start() - 12) : m.start()], re.I):
            return "DATE", "PAST_REF"  # "the politics of yesterday": the past, figuratively, not the day before
        after = sentence[sentence.find(t) + len(t) :] if t in sentence else ""
        if len(low.split()) == 1 and lx.reldays[first] == 0 and _currently(m.string[max(0, m.start() - 30) : m.start()],
                                                                           m.string[m.end() : m.end() + 40]):
            return "DATE", "PRESENT_REF"  # "seiner heute achtjährigen Tochter", "(heute im Vorstand)": currently
        if first == "heute" and len(low.split()) == 1 and tense != "past" and not re.search(
            r"\bUhr\b|\d[.:]\d\d|\b(?:Abend|Nachmittag|Vormittag|Mittag|morgen|gestern|tagsüber|tonight|this morning)\b", sentence
        ) and not re.match(rf",?\s*(?:{alternation(lx.weekdays)})\b", after, re.I):  # "heute, Samstag,": that day
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
    if kind == "decade_short":
        dm = re.search(r"(?<!\d)['’]?(\d)0s", t)
        if dm is None:
            return None
        y = (anchor.year // 100) * 100 + int(dm.group(1)) * 10
        return "DATE", str((y - 100 if y > anchor.year else y) // 10)  # "in the late '90s" written in 2016: 199
    if kind == "decade":
        dm = re.search(r"(\d{3})0", t)
        return ("DATE", dm.group(1)) if dm else None
    if kind in ("year", "year_bare") and year:
        return "DATE", str(year)
    if kind == "duration2":
        parts = re.split(r"\s+und\s+", low)
        out = "P"
        for part in parts:
            toks2 = _words_of(part)
            n2 = next((x for x in (_num(w) for w in toks2) if x is not None), None)
            u2 = next((lx.units[w] for w in toks2 if w in lx.units), None)
            if n2 is None or u2 is None or u2 in ("H", "S"):
                return None
            out += f"{_fmt_num(n2)}{u2}"
        return "DURATION", out
    if kind == "duration":
        toks = _words_of(low)
        n = next((x for x in (_num(w) for w in toks) if x is not None), 1 if toks[:1] == ["eines"] else None)
        # a number word of two words first ("a half hour" is half of one, not one)
        n = next((lx.numbers[k] for k in _multiword_numbers() if low.startswith((k + " ", k + "-"))), n)  # "a half-hour"
        if fm := re.match(r"(\d+)(?:-|[ \t]+)1/2\b", low):
            n = int(fm.group(1)) + 0.5  # "2-1/2 years"
        if n is not None and n == int(n) and any(h in low for h in lx.half_suffixes):
            n += 0.5  # "two and a half years": P2.5Y
        unit_ = next((lx.units[w] for w in toks if w in lx.units), None)
        if n is None or unit_ is None:
            return None
        unit = unit_
        if unit == "H" and n < 1 and n * 60 == int(n * 60):
            return "DURATION", f"PT{int(n * 60)}M"  # "a half-hour": in minutes (but "1.5 hours" PT1.5H)
        return "DURATION", _span_value(n, unit, unit == "M" and "minute" in low)
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
        cm = re.search(r"(\d{1,2})(?:\.|st|nd|rd|th)", t)
        c = int(cm.group(1)) if cm else next((v for k, v in sorted(lx.century_ordinals.items(), key=lambda kv: -len(kv[0])) if k in low), 0)
        return ("DATE", f"{c - 1:02d}") if c else None
    if kind == "fixed_duration":
        # (compared case-folded: the pattern ignores case, so "Viertelſtunde" with a long s, as in
        # Fraktur OCR, matches "viertelstunde", which its lower case does not contain)
        folded = low.casefold()
        value = next((v for k, v in sorted(lx.fixed_durations.items(), key=lambda kv: -len(kv[0])) if k.casefold() in folded), None)
        return ("DURATION", value) if value is not None else None
    if kind == "decade2":
        dm2 = re.search(r"(\d)0er", t, re.I)  # (the pattern ignores case: "IN DEN 80ERN")
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
        # told in the past, the weekend before; on a Sunday the one that ends that day ("the use over
        # the weekend fell", written on the Sunday)
        k = 0 if tense != "past" or anchor.isoweekday() == 7 else -1
        return "DATE", _week(anchor + dt.timedelta(weeks=k)) + "-WE"
    if kind == "nowadays":
        if re.fullmatch(r"bis\s+heute", low):
            return "DATE", anchor.isoformat()  # "bis heute": up to this day
        return "DATE", "PAST_REF" if "früher" in low else "PRESENT_REF"
    if kind == "heuer":
        return "DATE", str(anchor.year + next((v for k, v in lx.year_offsets.items() if k in low), -1))
    if kind == "vague_duration":
        u = next((v for k, v in lx.vague_units if k in low), "Y")
        return "DURATION", ("PTX" if u == "H" else "PX") + u
    if kind == "decade_word":
        d = next(v for k, v in lx.decade_words.items() if k in low)
        century = (anchor.year // 100) * 100
        y = century + d * 10
        if y > anchor.year:
            y -= 100
        return "DATE", str(y // 10)
    if kind == "year_part":
        # "at year's end", "zum Jahresende" told in the past early in a year: the year just ended
        ended = tense == "past" and own_clause and anchor.month <= 3 and re.search(r"end", low) is not None
        return "DATE", str(anchor.year - 1 if ended else anchor.year)
    if kind == "month_part":
        # "by the end of this month", "Monatsende": the anchor's month; "the end of the month", "Ende des
        # Monats" points back to the month the text last named ("in January … by the end of the month")
        if narrative_month is not None and re.search(r"\b(?:the|des)\s+(?:month|monats)\b", low):
            return "DATE", f"{narrative_month[0]:04d}-{narrative_month[1]:02d}"
        return "DATE", f"{anchor.year:04d}-{anchor.month:02d}"
    if kind == "week_part":
        return "DATE", _week(anchor)
    if kind == "half_year":
        return "DURATION", "P0.5Y"
    if kind == "duration_adj":
        suffix = next(k for k in sorted(lx.adjective_units, key=len, reverse=True) if k in low)
        n_adj = _num(low.split(suffix)[0].rstrip("-"))
        unit_adj = lx.adjective_units[suffix]
        return ("DURATION", f"{'PT' if unit_adj in ('H', 'S') else 'P'}{_fmt_num(n_adj)}{unit_adj}") if n_adj else None
    if kind == "duration_years_adj":
        stem = next(k for k in lx.year_adjective_stems if k in low)
        n_years = _num(low.split(stem)[0].rstrip("-"))
        return ("DURATION", f"P{_fmt_num(n_years)}Y") if n_years else None
    if kind == "quarter":
        nxt = re.match(r"[\s-]+(\w+)", m.string[m.end() : m.end() + 30])
        report = nxt is not None and nxt.group(1).lower() in time_lex().quarter_report_nouns
        if report and nxt is not None and nxt.group(1).lower() in _weak_report()[0] \
                and not any(w in _weak_report()[1] for w in re.findall(r"[$€£]|\w+", sentence.lower())):
            report = False  # "a fourth-quarter loss" of a game: a loss or numbers of a firm only beside money or a firm's word
        return _quarter(low, anchor, year, tense, code, report=report)
    if kind == "quarter_code":
        # "Q4 2015" that year's; a bare "Q4" the last such quarter begun by the article's date, as a report's
        name = re.search(r"[^.!?:\s]\s+((?-i:[A-Z])\w*)\s+$", m.string[max(0, m.start() - 40) : m.start()])
        if name is not None and not re.fullmatch(r"\d+", t):
            return None  # "an Audi Q3": a model's name after a capitalised word inside the sentence, no quarter
        model_word = re.match(r"\s+((?-i:[A-Z])[a-z]\w*)", m.string[m.end() : m.end() + 30])
        if code == "en" and year is None and model_word is not None and model_word.group(1).lower() not in time_lex().months \
                and model_word.group(1).lower() not in time_lex().quarter_report_nouns:
            # "the Q4 Pro laptop": a model's name before a capitalised English word that is no month nor a noun of a
            # report ("Q4 Results" in a headline), no quarter (review of session 36)
            return None
        n_q = int(re.search(r"Q([1-4])", t).group(1))  # type: ignore[union-attr]
        if year is None:
            year = anchor.year if (n_q - 1) * 3 + 1 <= anchor.month else anchor.year - 1
        return "DATE", f"{year}-Q{n_q}"
    if kind == "rel_quarter":
        shift = lx.relative_quarters.get(re.sub(r"\s+", " ", low))
        if shift is None:
            return None
        q = anchor.year * 4 + (anchor.month - 1) // 3 + shift  # "last quarter" in May 2016: 2016-Q1
        return "DATE", f"{q // 4}-Q{q % 4 + 1}"
    if kind == "anaphoric_month":
        # "later that month", "the following month": counted from the last month or day the text named
        step_m = lx.anaphoric_months.get(re.sub(r"\s+", " ", low))
        if step_m is None or narrative_month is None:
            return None
        y, mo = _shift_month(narrative_month[0], narrative_month[1], step_m)
        return "DATE", f"{y}-{mo:02d}"
    if kind == "anaphoric_year":
        step = lx.anaphoric_years.get(re.sub(r"\s+", " ", low))
        if step is None or (step == 0 and narrative_year is None):
            return None  # "that year" points back to a year the text named; without one it names none
        return "DATE", str((narrative_year if narrative_year is not None else anchor.year) + step)
    if kind in ("anaphoric", "relpart"):
        ref = (narrative or anchor) if kind == "anaphoric" else anchor
        key = re.sub(r"\s+", " ", low)
        code = (lx.anaphoric if kind == "anaphoric" else lx.relative_parts).get(key)
        if code is None:
            return None
        cm = re.fullmatch(r"(-?\d+)(T\w+)?", code)
        if cm is None or (kind == "anaphoric" and int(cm.group(1)) == 0 and narrative is None):
            return None  # "that night", "the same day": a day the text named before, or none
        day = ref + dt.timedelta(days=int(cm.group(1)))
        return ("TIME", day.isoformat() + cm.group(2)) if cm.group(2) else ("DATE", day.isoformat())
    if kind == "later":
        # "zwei Tage später", "three weeks earlier": the day it came to, counted from the last day
        # (or year) the text named (`_later_date`); the distance, a duration, when the text named
        # none, or when a word of the present stands beside it ("Now, 30 years later, …")
        toks = _words_of(low)
        n = next((x for x in (_num(w) for w in toks) if x is not None), None)
        unit_ = next((lx.units[w] for w in toks if w in lx.units), None)
        if n is None or unit_ is None:
            return None
        minutes = unit_ == "M" and "minute" in low
        # "in den vier Jahren davor", "in the three years before": a stretch of time, its length
        now = _present_beside(sentence, t) or bool(_span_article().search(sentence[: max(0, sentence.find(t))]))
        # "zwei Wochen früher als geplant", "a decade earlier than its rival": by how much, a duration
        if t in sentence and _comparison_after().match(sentence, sentence.find(t) + len(t)):
            now = True
        dated = _later_date(toks, n, unit_, narrative, narrative_year, narrative_month) if not minutes and not now else None
        if dated is not None:
            return "DATE", dated  # "am 14. September … Drei Tage später": the day it came to
        return "DURATION", _span_value(n, unit_, minutes)
    return None


@cache
def _past_span_rx() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a preposition and an article that end the text before, the relative words) of `past_span` of
    resources/<lang>/time.json (every language)."""
    parts = [load(code, "time").get("past_span", {}) for code in SUPPORTED]
    preps = [w for p in parts for w in p.get("prepositions", [])]
    arts = [w for p in parts for w in p.get("articles", [])]
    words = frozenset(w.lower() for p in parts for w in p.get("words", []))
    if not preps or not arts:
        return re.compile(r"(?!x)x"), words
    return re.compile(rf"\b(?:{alternation(preps)})\s+(?:{alternation(arts)})\s+$", re.I), words


def _past_span(m: re.Match[str]) -> bool:
    """"in the last year", "during the past month" (`past_span`): one unit up to now, a duration;
    not "the last week of October"."""
    rx, words = _past_span_rx()
    if m.group(0).split()[0].lower() not in words or re.match(r"\s+of\b", m.string[m.end() : m.end() + 5], re.I):
        return False
    return rx.search(m.string[max(0, m.start() - 30) : m.start()]) is not None


@cache
def _bound_after_time() -> re.Pattern[str]:
    """A bound written after "in N units" (`bounds_after` of resources/<lang>/time.json, every language:
    "in ten years or less", "in drei Jahren oder weniger"): how long at most, no point in time
    (timex.in_future as a duration)."""
    words = [w for code in SUPPORTED for w in load(code, "time").get("bounds_after", {})]
    return re.compile(rf"\s+(?:{alternation(words)})\b" if words else r"(?!x)x", re.I)


@cache
def _comparison_after() -> re.Pattern[str]:
    """The word of a comparison right after "N units earlier/later" (`comparison_words` of
    resources/<lang>/time.json, every language): "two weeks earlier than planned" is how much earlier."""
    words = [w for code in SUPPORTED for w in load(code, "time").get("comparison_words", [])]
    return re.compile(rf"\s+(?:{alternation(words)})\b" if words else r"(?!x)x", re.I)


@cache
def _span_article() -> re.Pattern[str]:
    """An article right before "N Jahren davor" (`span_articles` of resources/<lang>/time.json, every
    language): the years before, a duration ("in den vier Jahren davor" P4Y), not a point."""
    words = [w for code in SUPPORTED for w in load(code, "time").get("span_articles", [])]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+$" if words else r"(?!x)x", re.I)


def _later_date(toks: list[str], n: float, unit: str, narrative: dt.date | None, narrative_year: int | None,
                narrative_month: tuple[int, int] | None = None) -> str | None:
    """The date "drei Tage später", "a year later", "two weeks earlier" point to from the last day
    (or year) the text named before them, "a month later" from the last month or day named
    (`narrative_month`); None when the text named none or the count is no whole number (then the
    distance stays a duration)."""
    if n != int(n):
        return None
    k = -int(n) if any(w in time_lex().earlier for w in toks) else int(n)
    if unit == "M" and narrative_month is not None:
        y, mo = _shift_month(narrative_month[0], narrative_month[1], k)
        return f"{y}-{mo:02d}"  # "in June 2015 … A month later": July 2015
    year = narrative_year if narrative_year is not None else narrative.year if narrative is not None else None
    if unit == "Y" and year is not None:
        return str(year + k)
    if narrative is None:
        return None
    if unit == "D":
        return (narrative + dt.timedelta(days=k)).isoformat()
    if unit == "W":
        return _week(narrative + dt.timedelta(weeks=k))
    if unit == "M":
        y, mo = _shift_month(narrative.year, narrative.month, k)
        return f"{y}-{mo:02d}"
    return None


@cache
def _currently_before() -> frozenset[str]:
    return frozenset(w.lower() for lang in SUPPORTED for w in load(lang, "time").get("currently_before", []))


def _currently(before: str, after: str) -> bool:
    """Whether a "today" word between `before` and `after` means "currently" (`currently_before` of
    resources/<lang>/time.json): after an article or a possessive and right before the adjective of
    a noun ("der heute 50-jährige Chef", "seiner heute achtjährigen Tochter"), or opening a parenthesis
    ("Max Muster (heute im Vorstand)"; not a bare "(heute)" after a day: that day) — the present state of someone, not the day of the report. Not
    before a participle or a phrase of its own ("die heute beginnende Messe", "der heute gewählte Rat",
    "auf der heute in Wien stattfindenden Konferenz": what happens on the day)."""
    if re.search(r"\(\s*$", before):
        return not re.match(r"\s*\)", after)  # ("Freitag (heute)": that day, named again)
    last = re.search(r"(\w+)\s+$", before)
    nxt = re.match(r"\s+([\w-]+)", after)
    if not (last and last.group(1).lower() in _currently_before() and nxt):
        return False
    word = nxt.group(1)
    return (word[:1].isdigit() or word[:1].islower()) and re.search(r"(?:e|en|er|es|em)$", word) is not None \
        and re.search(r"end(?:e|en|er|es|em)$", word) is None and not word.startswith("ge")


@cache
def _present_words() -> frozenset[str]:
    return frozenset(w.lower() for lang in SUPPORTED for w in load(lang, "time").get("present_words", []))


def _present_beside(sentence: str, t: str) -> bool:
    """Whether a word of the present (`present_words`: "now", "heute") stands within three words
    before or after `t` in its sentence ("Now, 30 years later, it is still in force")."""
    at = sentence.find(t)
    if at < 0:
        return False
    before = re.split(r"[.!?]\s", sentence[:at])[-1]
    after = re.split(r"[.!?](?:\s|$)", sentence[at + len(t) :])[0]
    near = re.findall(r"\w+", before)[-3:] + re.findall(r"\w+", after)[:3]
    return any(w.lower() in _present_words() for w in near)


@cache
def _compared_before() -> re.Pattern[str]:
    """Words of a comparison right before a "today" word (`compared_with_present` of resources/<lang>/time.json,
    every language: "compared to", "im Vergleich zu"): the present as such, nowadays."""
    words = {w for lang in SUPPORTED for w in load(lang, "time").get("compared_with_present", [])}
    return re.compile(rf"\b(?:{alternation(words)})\s+$", re.I) if words else re.compile(r"(?!x)x")


@cache
def _then_now() -> re.Pattern[str]:
    """A word for a time long past ("damals", "einst"): a "heute" beside it means nowadays."""
    words = {w for lang in SUPPORTED for w in load(lang, "time").get("then_words", [])}
    return re.compile(rf"\b(?:{alternation(words)})\b", re.I) if words else re.compile(r"(?!x)x")


@cache
def _weak_report() -> tuple[frozenset[str], frozenset[str]]:
    """(the nouns of `quarter_report_nouns` that a game's quarter has too, the words of money or of a firm
    one of which their sentence needs: `quarter_report_weak` of every language's time.json)."""
    parts = [load(c, "time").get("quarter_report_weak", {}) for c in SUPPORTED]
    return (frozenset(w.lower() for p in parts for w in p.get("nouns", [])),
            frozenset(w.lower() for p in parts for w in p.get("signs", [])))


def _quarter(low: str, anchor: dt.date, year: int | None, tense: str | None, code: str | None,
             report: bool = False) -> tuple[str, str] | None:
    """"im dritten Quartal" → 2014-Q3, "the first half of 2019" → 2019-H1: the year named, the
    year before ("des Vorjahres", "of last year"), else the article's (the one before when the
    tense is past and that quarter is still to come). A quarter before a noun of a firm's report
    ("fourth-quarter earnings", `quarter_report_nouns`) needs no year named: the last such quarter
    begun by the article's date (a February text's "fourth quarter results" are of the year before)."""
    lx = time_lex()
    words = re.split(r"[\s-]+", low)  # ("fourth-quarter")
    n = lx.quarter_ordinals.get(words[0])
    if n is None:
        return None
    half = words[1] in lx.half_nouns
    named = year is not None or len(words) > 2
    if not named and report and not half:
        first = (n - 1) * 3 + 1
        return "DATE", f"{anchor.year if first <= anchor.month else anchor.year - 1}-Q{n}"
    if not named and code in lx.quarter_needs_year:
        return None  # "in the third quarter" of a game, "the first half": no year to tie it to
    if year is None:
        year = anchor.year - 1 if re.search(r"vorjahr|vergangenen|last", low) else anchor.year
        first_month = (n - 1) * (6 if half else 3) + 1
        # "the third quarter" or "… of the year" told in the past, before that quarter began this
        # year: the last one ("of this year" stays this year's)
        own_year = not named or (not re.search(r"\d", low) and not any(w in lx.this for w in words))
        if own_year and tense == "past" and first_month > anchor.month:
            year -= 1
    return "DATE", f"{year}-{'H' if half else 'Q'}{n}"


def parse_absolute_date(text: str) -> str | None:
    """An absolute date in `text` ("March 3, 2026", "3. März 2026", "2026-03-03")."""
    anchor = dt.date(2000, 1, 1)
    for kind, rx in kind_patterns():
        if kind not in ("iso", "numeric_date", "day_month_year", "month_day_year", "weekday_date"):
            continue
        m = rx.search(text)
        if m and re.search(r"(1[5-9]\d\d|20\d\d)", m.group(0)):
            res = normalise(kind, m, anchor, "")
            if res:
                return res[1]
    return None


_YEAR_LIKE = re.compile(r"(1[5-9]|20)\d\d")
_ABSOLUTE = ("iso", "numeric_date", "day_month_year", "month_day_year", "weekday_date", "month_year", "year")


def find_absolute(text: str, start: int, end: int) -> list[tuple[Span, str]]:
    """Dates that carry their own year (their values need no anchor): (span, value)."""
    anchor = dt.date(2000, 1, 1)
    out: list[tuple[Span, str]] = []
    if _YEAR_LIKE.search(text, start, end) is None:
        return out  # (every date below needs a year-like number, which a match can only take from the stretch)
    triggers = kind_triggers()
    for kind, rx in kind_patterns():
        if kind not in _ABSOLUTE:
            continue
        trig = triggers.get(kind)
        if trig is not None and trig.search(text, start, end) is None:
            continue  # the pattern needs a word this stretch lacks (a month name), as `find_timexes` skips it
        for m in rx.finditer(text, start, end):
            if not re.search(r"(1[5-9]|20)\d\d", m.group(0)):
                continue
            res = normalise(kind, m, anchor, "")
            if res:
                out.append((Span(m.start(), m.end()), res[1]))
    return out


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
