"""Past, future or neither for a time expression, by the tense markers of its own clause
(`tense_past`, `tense_future` of resources/<lang>/time.json): which way a relative date points."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...resources import SUPPORTED, load
from ...textutil import OPENING_DOUBLE_QUOTES
from .words import alternation, time_lex


@cache
def _tense_markers(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(past, future) marker patterns of a language's `time` resource (every language's when
    `code` is None): whole words case-insensitively, the word-shape patterns case-sensitively
    (verb forms in lower case only: "Gericht", "Gebiet", "United" are no participles; the modal
    "may" of `tense_future_patterns`, never the month "May")."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)

    def compiled(words_key: str, patterns_key: str | None) -> re.Pattern[str]:
        words = {w for c in codes for w in load(c, "time").get(words_key, [])}
        shapes = [p for c in codes for p in (load(c, "time").get(patterns_key, []) if patterns_key else [])]
        alts = [alternation(words)] if words else []
        alts += [f"(?-i:{p})" for p in shapes]
        return re.compile(r"\b(?:" + "|".join(alts or [r"(?!x)x"]) + r")\b", re.I)

    past, future = compiled("tense_past", "tense_past_patterns"), compiled("tense_future", "tense_future_patterns")
    # a word of the future list is never past by its shape ("scheduled", "planned": what is to come), nor a word of
    # `tense_past_not` ("succeed", "indeed": the shape of a past without its tense)
    not_past = {w for c in codes for w in load(c, "time").get("tense_past_not", [])}
    shape_not = rf"(?!(?:{alternation(not_past)})\b)" if not_past else ""
    return re.compile(rf"(?!(?:{future.pattern})){shape_not}{past.pattern}", re.I), future


@cache
def _participles(code: str | None) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """What makes a past marker a participle, which carries no tense of its own: the participle
    shapes (`tense_participle_patterns`: German "gesperrt"), the words before an English "-ed"
    that make it one (`participle_auxiliaries`: "stay closed", "is expected"), and the finite
    verbs of a state that hold in the present (`tense_state_verbs`: "bleibt", "remains")."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)
    shapes = [p for c in codes for p in load(c, "time").get("tense_participle_patterns", [])]
    rx = re.compile("|".join(f"(?:{p})" for p in shapes) or r"(?!x)x")
    aux = frozenset(w.lower() for c in codes for w in load(c, "time").get("participle_auxiliaries", []))
    state = frozenset(w.lower() for c in codes for w in load(c, "time").get("tense_state_verbs", []))
    return rx, aux, state


def _participle(window: str, m: re.Match[str], code: str | None) -> bool:
    """A past marker that is a participle ("gesperrt", "will stay closed"), not a finite verb."""
    shapes, aux, _state = _participles(code)
    if shapes.fullmatch(m.group(0)):
        return True
    before = re.search(r"(\w+)\s+$", window[max(0, m.start() - 30) : m.start()])
    return bool(before and before.group(1).lower() in aux and m.group(0).endswith("ed"))


@cache
def _present_exclude(code: str | None) -> frozenset[str]:
    return frozenset(load(code, "time").get("present_future_exclude", [])) if code in SUPPORTED else frozenset()


def fronted_present(window: str, match: str, code: str | None) -> bool:
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


def adjacent_tense(text: str, start: int, code: str | None) -> str | None:
    """"past" or "future" when the word right before text[start:] is a finite tense marker ("a merger
    announced Monday", "he will Monday"), which the expression after it belongs to; None otherwise (no
    marker there, a participle: "will be released Monday", or a noun after an article)."""
    before = text[max(0, start - 40) : start]
    m = re.search(r"(\w+)[ \t]+$", before)
    if m is None:
        return None
    past_rx, future_rx = _tense_markers(code)
    word = m.group(1)
    if future_rx.fullmatch(word):
        return None if _determiner_before().search(before, 0, m.start()) else "future"
    if past_rx.fullmatch(word) is None or _determiner_before().search(before, 0, m.start()):
        return None
    wm = re.compile(r"\w+").match(before, m.start(1))
    return None if wm is None or _participle(before, wm, code) else "past"


def past_marker_in(text: str, code: str | None) -> bool:
    """Whether `text`, the rest of a clause after a time expression ("… game began"), holds a finite
    verb in the past: a past marker of language `code` that is not the first word (an adjective
    before its noun: "Saturday's delayed vote"), nor the end of a hyphenated compound ("long-delayed"),
    nor after an article or a possessive, nor a participle."""
    first = re.match(r"(?:['’]s\b)?\W*\w+", text)  # (after the weekday's possessive: "Saturday's delayed vote")
    for m in _tense_markers(code)[0].finditer(text):
        if (first is not None and m.start() < first.end()) or text[max(0, m.start() - 1) : m.start()] == "-":
            continue  # (nor the end of a compound adjective: "Saturday's long-delayed vote", "rain-soaked parade")
        if _ends_with(_determiner_before(), text, m.start()) or _participle(text, m, code):
            continue
        return True
    return False


_NON_WORD = re.compile(r"\W*")
_FRONTED_REACH = 3  # clauses after a fronted time expression searched for the verb it belongs to
# (not the comma inside a number in groups: "sold 235,000 copies in eight months" is one clause)
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]„“”\"«»–—]|\s-\s")


@cache
def _determiner_before() -> re.Pattern[str]:
    """An article or a possessive that ends the text before a tense marker (`tense_determiners` of
    resources/<lang>/time.json, every language): the marker is then a noun or an adjective."""
    words = [w for lang in SUPPORTED for w in load(lang, "time").get("tense_determiners", [])]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.I)


@cache
def _longest_word_before() -> int:
    """The length of the longest word of `tense_determiners` and `participle_not_future_after` (every language)."""
    return max((len(w) for lang in SUPPORTED for key in ("tense_determiners", "participle_not_future_after")
                for w in load(lang, "time").get(key, [])), default=0)


def _ends_with(rx: re.Pattern[str], text: str, end: int) -> bool:
    """`rx.search(text, 0, end)` for a pattern of one word of a list, then white space up to `end`
    (`_determiner_before`, `_participle_not_future`): a match can only start that word's length before
    the white space, so the search starts there (the same answer; trying every position of the text
    before was quadratic in a long sentence); the pattern's word boundary still sees the text before it."""
    k = end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return rx.search(text, max(0, k - _longest_word_before()), end) is not None


@cache
def _participle_not_future(code: str | None) -> re.Pattern[str]:
    """A word that ends the text before a future marker of participle shape and takes its future away
    (`participle_not_future_after` of language `code`'s time.json, every language's when None): a past
    auxiliary ("was expected", "had expected") or a comparison ("than expected")."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)
    words = {w for c in codes for w in load(c, "time").get("participle_not_future_after", [])}
    return re.compile(rf"\b(?:{alternation(words)})\s+$" if words else r"(?!x)x", re.I)


#: a negation right after a modal: "can't", "can’t", "can not" ("cannot" is one word, no marker)
_NEGATION_AFTER = re.compile(r"['’]t\b|\s+not\b", re.I)


@cache
def _not_negated() -> frozenset[str]:
    """Future markers that point ahead only when no negation follows them (`tense_future_not_negated`
    of resources/<lang>/time.json, every language): "Can she win in May?", not "she can't recall"."""
    return frozenset(w.lower() for lang in SUPPORTED for w in load(lang, "time").get("tense_future_not_negated", []))


@cache
def _future_nouns() -> frozenset[str]:
    """Future markers that are nouns after an article or a possessive (`tense_future_nouns` of
    resources/<lang>/time.json, every language): "the plant", "the will of the voters", "the play"."""
    return frozenset(w.lower() for lang in SUPPORTED for w in load(lang, "time").get("tense_future_nouns", []))


def _clause_of(window: str, pos: int, end: int) -> tuple[int, int]:
    """The clause around window[pos:end]: between the clause breaks before and after it."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(window)]
    return max((b for b in breaks if b < pos), default=-1) + 1, min((b for b in breaks if b >= end), default=len(window))


@cache
def _openers(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the words that open a relative or complement clause after an expression, `clause_openers_after`:
    "approved on Tuesday that will grant …"; the words that open a condition, `conditional_openers`:
    "if he wins in November") of language `code`'s time.json (every language's when None)."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)

    def rx(key: str) -> re.Pattern[str]:
        words = {w for c in codes for w in load(c, "time").get(key, [])}
        return re.compile(rf"\b(?:{alternation(words)})\b" if words else r"(?!x)x", re.I)

    return rx("clause_openers_after"), rx("conditional_openers")


def _subclauses(window: str, pos: int, end: int, c0: int, c1: int, code: str | None) -> tuple[int, int, bool]:
    """The clause window[c0:c1] narrowed to the expression's own part: it ends before a relative or
    complement clause that follows the expression ("voters approved it on Tuesday | that will grant
    …": the future is the other clause's), and it begins at a condition's opener before it ("promised
    reform | if he takes office in January"). The flag: the clause is such a condition."""
    after, cond = _openers(code)
    m = after.search(window, end, c1)
    if m is not None and m.start() > end:
        c1 = m.start()
    opener = None
    for m in cond.finditer(window, c0, pos):
        opener = m
    if opener is not None:
        c0 = opener.start()
    return c0, c1, opener is not None


def state_verb(window: str, match: str, code: str | None = None) -> bool:
    """A verb of a state that holds now (`tense_state_verbs`: "bleibt", "remains") in the
    expression's own clause: "bleibt bis Montag gesperrt" lasts into the days to come."""
    pos = window.find(match)
    if pos < 0:
        return False
    end = pos + len(match)
    c0, c1 = _clause_of(window, pos, end)
    return _state_word_in(window, c0, pos, end, c1, code)


def _state_word_in(window: str, c0: int, pos: int, end: int, c1: int, code: str | None) -> bool:
    """Whether one of `tense_state_verbs` stands in the clause window[c0:c1] outside the expression
    window[pos:end]."""
    state = _participles(code)[2]
    return bool(state) and any(w.lower() in state for w in re.findall(r"\w+", window[c0:pos] + " " + window[end:c1]))


@cache
def _embedded_past_before(code: str | None) -> re.Pattern[str]:
    """The modals that a finite past verb never precedes in its own clause (`embedded_past_before` of
    language `code`'s time.json, every language's when None), as a pattern matched right after a past
    marker: "the club she founded will open …" (tense.embedded_past)."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)
    words = {w for c in codes for w in load(c, "time").get("embedded_past_before", [])}
    return re.compile(rf"\s+(?:{alternation(words)})\b" if words else r"(?!x)x", re.I)


def _embedded_past(window: str, m: re.Match[str], code: str | None) -> bool:
    """Whether the past marker `m` ends a clause inside the subject, a modal right after it: "On Monday,
    the club she founded will open a store" (the founding is past, the opening ahead), "what he said
    would matter": the marker is no tense of the expression's clause (tense.embedded_past)."""
    return _embedded_past_before(code).match(window, m.end()) is not None


@cache
def _fronted_prepositions(code: str | None) -> frozenset[str]:
    """The prepositions that open a fronted phrase without a verb (`fronted_phrase_prepositions` of language
    `code`'s time.json, every language's when None)."""
    codes = [code] if code in SUPPORTED else list(SUPPORTED)
    return frozenset(w.lower() for c in codes for w in load(c, "time").get("fronted_phrase_prepositions", []))


def _fronted_phrase(window: str, c0: int, c1: int, past_rx: re.Pattern[str], future_rx: re.Pattern[str],
                    code: str | None) -> bool:
    """Whether the clause window[c0:c1] opens the sentence with a preposition of `fronted_phrase_prepositions`,
    ends at a comma and holds no tense marker: a
    fronted phrase without a verb of its own, however long ("In a long letter to the county board in March,
    the mayor wrote …"), which belongs to the clause after it, as a short fronted adverbial does (tense.fronted_phrase)."""
    if window[:c0].strip(" \t\n" + OPENING_DOUBLE_QUOTES) or c1 >= len(window) or window[c1] != ",":
        return False
    first = re.match(r"\W*(\w+)", window[c0:c1])
    if first is None or first.group(1).lower() not in _fronted_prepositions(code):
        return False
    return past_rx.search(window, c0, c1) is None and future_rx.search(window, c0, c1) is None


@lru_cache(maxsize=1024)  # asked again for the same expression against the other end of the date range
def tense_where(window: str, match: str, code: str | None = None) -> tuple[str, bool]:
    """"past", "future" or "neutral" for a time expression: by the tense markers of its own clause;
    when that clause has none, by the nearest marker elsewhere in the sentence that is not a
    reporting verb ("Die Wahl findet im März statt, sagte sie": the saying is past, the election
    is not). The markers are those of language `code` (of every language when None)."""
    past_rx, future_rx = _tense_markers(code)
    pos = window.find(match)
    if pos < 0:
        pos = 0
    end = pos + len(match)
    c0, c1 = _clause_of(window, pos, end)
    c0, c1, condition = _subclauses(window, pos, end, c0, c1, code)
    relative: list[tuple[int, int]] = []  # relative clauses passed over after a fronted expression
    # (a weekday's possessive is no word of its own: "During Saturday's meeting, members voiced …" is fronted)
    short = len(re.findall(r"\w+", window[c0:pos] + " " + re.sub(r"^['’]s\b", "", window[end:c1]))) <= 2
    if (short or _fronted_phrase(window, c0, c1, past_rx, future_rx, code)) and not condition:
        # a fronted adverbial ("On Wednesday, Trump said …"): its clause is the one that follows, past
        # appositions without a tense marker ("Friday, the state, leading a coalition, asked …")
        # appositions without a tense marker ("Friday, the state, leading a coalition, asked …") and
        # relative clauses, whose tense is their own ("Monday, the mayor, who will retire, met …")
        for _ in range(_FRONTED_REACH):
            prev = c1
            c1 = min((m.start() for m in _CLAUSE_BREAK.finditer(window) if m.start() > c1), default=len(window))
            gap = _NON_WORD.match(window, prev)  # (the break itself and the space after it)
            if prev < len(window) and gap and _openers(code)[0].match(window, gap.end()):
                relative.append((prev, c1))
                continue
            if c1 >= len(window) or past_rx.search(window, end, c1) or future_rx.search(window, end, c1):
                break
    frame = time_lex().frame_verbs
    # a participle of the expression's own clause carries no tense when a finite marker or a verb
    # of a state stands in that clause ("will stay closed until Monday", "bleibt bis Montag gesperrt")
    participles: set[int] = set()
    finite_inside = False
    for rx, name in ((past_rx, "past"), (future_rx, "future")):
        for m in rx.finditer(window, c0, c1):
            if pos <= m.start() < end or _ends_with(_determiner_before(), window, m.start()) \
                    or any(a <= m.start() < b for a, b in relative) or (name == "past" and _embedded_past(window, m, code)):
                continue  # the expression's own words; a noun or adjective after an article; a relative's past
            if name == "past" and _participle(window, m, code):
                participles.add(m.start())
            else:
                finite_inside = True
    if participles and not finite_inside:
        finite_inside = _state_word_in(window, c0, pos, end, c1, code)
    if condition and not any(m.start() not in participles and not (pos <= m.start() < end)
                             for m in past_rx.finditer(window, c0, c1)):
        return "future", True  # "if he wins in November", "falls im März gewählt wird": a condition to come
    best: tuple[int, int, str] | None = None
    for rx, name in ((past_rx, "past"), (future_rx, "future")):
        for m in rx.finditer(window):
            if pos <= m.start() < end or any(a <= m.start() < b for a, b in relative):
                continue  # inside the expression itself ("vergangenen Woche" is handled there) or a relative clause passed over
            if name == "past" and _embedded_past(window, m, code):
                continue  # "the club she founded will open …": the past of a clause inside the subject (tense.embedded_past)
            inside = c0 <= m.start() < c1
            if inside and finite_inside and m.start() in participles:
                continue
            if not inside and m.group(0).lower() in frame:
                continue
            if name == "past" and _ends_with(_determiner_before(), window, m.start()) and not m.group(0).endswith("ed"):
                continue  # "das höchste Gremium", "die letzten": an adjective, not a past verb
            if name == "future" and m.group(0).lower().endswith("ed") and _ends_with(_participle_not_future(code), window, m.start()):
                continue  # "he was expected to …", "had expected", "than expected": no future of its own
            if name == "future" and _ends_with(_determiner_before(), window, m.start()) and m.group(0).lower() in _future_nouns():
                continue  # "the plant closed", "the will of the voters", "the play": a noun, not a verb of the future
            if name == "future" and m.group(0).lower() in _not_negated() and _NEGATION_AFTER.match(window, m.end()):
                continue  # "he can't recall the vote in March": a negated "can" points nowhere ahead
            key = (0 if inside else 1, abs(m.start() - pos), name)
            if best is None or key[:2] < best[:2]:
                best = key
    return (best[2], best[0] == 0) if best else ("neutral", False)
