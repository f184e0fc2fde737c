"""Whether two claim members can tell one claim: the vetoes (other numbers, durations, dates or
named sources part them), and how many content words they share."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache

from .record import Member
from .words import name_words


def plain_words_in_common(m: Member, n: Member) -> set[str]:
    """The content words two members have in common that are no part of a name in either (the
    names of the sources the article knows, `Member.names`, and where the language tells names
    by their case, its capitalised words): what they say, beside whom they say it of."""
    names = {w for x in (m, n) for nm in x.names for w in nm.split()}
    return (m.words & n.words) - names - name_words(m.text, m.language) - name_words(n.text, n.language)


def _sig_round(x: float, like: float) -> float:
    """x rounded to as many significant digits as `like` shows (10'000 has one, 10'400 three)."""
    if like == 0:
        return x
    digits = len(str(abs(int(like))).rstrip("0")) if float(like).is_integer() else 6
    from math import floor, log10

    p = digits - 1 - floor(log10(abs(like)))
    return round(x, p)


def numbers_compatible(a: float | tuple[float | None, float | None], b: float | tuple[float | None, float | None]) -> bool:
    """Equal, equal after rounding to the rougher one's precision, or overlapping ranges."""
    def rng(v: float | tuple[float | None, float | None]) -> tuple[float, float]:
        if isinstance(v, tuple):
            return (v[0] if v[0] is not None else float("-inf"), v[1] if v[1] is not None else float("inf"))
        return (v, v)

    if isinstance(a, tuple) or isinstance(b, tuple):
        (a0, a1), (b0, b1) = rng(a), rng(b)
        return a0 <= b1 and b0 <= a1
    if a == b:
        return True
    return _sig_round(b, a) == a or _sig_round(a, b) == b


def _date_range(value: str) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers: a day, an ISO week ("2016-W19"), a month, a year."""
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            d = date.fromisoformat(value[:10])
            return d, d
        if m := re.match(r"^(\d{4})-W(\d{2})$", value):
            start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return start, start + timedelta(days=6)
        if m := re.match(r"^(\d{4})-(\d{2})$", value):
            y, mo = int(m.group(1)), int(m.group(2))
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return date(y, mo, 1), nxt - timedelta(days=1)
        if re.match(r"^\d{4}$", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def dates_compatible(a: str, b: str, weekday: bool = False) -> bool:
    """Whether two date values can name the same time: one holds the other ("2016-05" and
    "2016-05-12", "next week" = "2016-W19" and "Thursday" = "2016-05-12"); values of other
    shapes (seasons, parts of a day) by prefix. With `weekday` (one of them was read from a bare
    weekday name, `weekday_date`), two days a week apart are one too: the last and the next
    Thursday of one article's date."""
    ra, rb = _date_range(a), _date_range(b)
    if ra and rb:
        if weekday and ra[0] == ra[1] and rb[0] == rb[1] and abs((ra[0] - rb[0]).days) == 7:
            return True
        return ra[0] <= rb[1] and rb[0] <= ra[1]
    return a.startswith(b) or b.startswith(a)


def veto(m: Member, n: Member) -> str | None:
    """Why m and n cannot assert the same thing, or None: other numbers (beyond compatible
    rounding), other durations ("drei Wochen" and "eight weeks"), other dates, other named
    sources."""
    if m.numbers and n.numbers:
        small, large = (m.numbers, n.numbers) if len(m.numbers) <= len(n.numbers) else (n.numbers, m.numbers)
        if not all(any(numbers_compatible(x, y) for y in large) for x in small):
            return "link.veto.number"
    if m.durations and n.durations:
        few, many = (m.durations, n.durations) if len(m.durations) <= len(n.durations) else (n.durations, m.durations)
        if not all(any(numbers_compatible(x, y) for y in many) for x in few):
            return "link.veto.duration"
    if m.dates and n.dates:
        loose = set(m.weekday_dates) | set(n.weekday_dates)
        if not any(dates_compatible(a, b, a in loose or b in loose) for a in m.dates for b in n.dates):
            return "link.veto.date"
    if m.names and n.names and not (m.names & n.names):
        return "link.veto.entity"
    return None


def lexical_overlap(m: Member, n: Member) -> float:
    if not m.words or not n.words:
        return 0.0
    return len(m.words & n.words) / min(len(m.words), len(n.words))


def contains(m: Member, n: Member, share: float = 0.8, least: int = 3) -> bool:
    """Whether one content holds (nearly) all content words of the other, which has at least
    `least` of them: the shorter quote is part of the longer one."""
    small, large = (m.words, n.words) if len(m.words) <= len(n.words) else (n.words, m.words)
    return len(small) >= least and len(small & large) >= share * len(small)


#: a phrase quoted inside a content: between a pair of quotation marks, at most this many words
_QUOTED = re.compile(r"(?<!\w)(?:\"|“|„|«|»|‘|'')([^\"“”„«»]{2,80}?)(?:\"|”|“|«|»|’|'')(?!\w)")
QUOTED_WORDS = 8


def quoted_in(text: str) -> set[str]:
    """The phrases a text quotes inside its own words ("wants the port to stay a “neutral” ground"): each
    in lower case, with at most `QUOTED_WORDS` words and a content word (`content_keys`) among them."""
    from .words import WORD, content_keys

    out = set()
    for q in _QUOTED.findall(text):
        words = WORD.findall(q)
        if words and len(words) <= QUOTED_WORDS and content_keys(words):
            out.add(" ".join(w.lower() for w in words))
    return out


def quoted_phrases(m: Member) -> set[str]:
    """The phrases a member's content quotes inside its own words (`quoted_in`), and a short
    direct quotation as a whole (a content of at most `QUOTED_WORDS` words that the analysis read
    as quoted: its rule is one of direct speech, "She called the plan “a rusty tub”" → "a rusty tub")."""
    from .words import WORD, content_keys

    out = quoted_in(m.text)
    if m.rule.startswith("attr.direct"):
        words = WORD.findall(m.text)
        if words and len(words) <= QUOTED_WORDS and content_keys(words):
            out.add(" ".join(w.lower() for w in words))
    return out


def quotes_in_common(m: Member, n: Member) -> bool:
    """Whether two contents quote one phrase inside their own words: each tells in its own words
    what one speaker was quoted as saying ("wants the port to stay a “neutral” ground", "her pledge to
    keep the port “neutral”"; `shared_quote`)."""
    return shared_quote(m, n) is not None


#: a quotation inside a content, of any length (`quoted_runs`)
_QUOTED_RUN = re.compile(r"(?<!\w)(?:\"|“|„|«|»|‘|'')([^\"“”„«»]{2,400}?)(?:\"|”|“|«|»|’|'')(?!\w)")
#: a run of at least this many words of a quotation, with at least VERBATIM_CONTENT content words,
#: that another member's direct quotation holds word for word is that speaker's statement told again,
#: whoever tells it (`quoted_verbatim`)
VERBATIM_WORDS = 6
VERBATIM_CONTENT = 4


def _word_seq(text: str) -> list[str]:
    """A text's words in lower case, its apostrophes unified ("Israel’s" = "Israel's")."""
    from .words import WORD

    return [w.lower() for w in WORD.findall(text.replace("’", "'"))]


def quoted_runs(text: str) -> list[list[str]]:
    """The quotations inside a text ("… claim that the deal “has to do with the port”"), each as its words
    in lower case (`_word_seq`). Read once per text (`_quoted_runs`: the linker asks for the runs of
    every member of an article each time it places a direct quotation); each call gets lists of its
    own, as `_holds` compares runs and their slices with list slices (a tuple never equals a list)."""
    return [list(run) for run in _quoted_runs(text)]


@lru_cache(maxsize=8192)
def _quoted_runs(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(seq) for q in _QUOTED_RUN.findall(text) if (seq := _word_seq(q)))


def _holds(words: list[str], run: list[str]) -> bool:
    """Whether `run` stands word for word, in order and unbroken, in `words`."""
    k = len(run)
    return any(words[i : i + k] == run for i in range(len(words) - k + 1))


def quoted_verbatim(m: Member, n: Member) -> str | None:
    """How one member quotes words that the other, a direct quotation (its rule is one of direct
    speech), holds word for word: "run" when a quotation holds a run of VERBATIM_WORDS words or more
    with VERBATIM_CONTENT content words that the direct quotation holds (a quotation cut short or
    joined with "…" by its teller: that speaker's statement, whoever tells it, whether the teller
    asserts or disputes it); "phrase" when a whole quotation of three words or more, two of them
    content words, stands in it ("ruled the statement about “thousands of raids” true" against the
    speaker's "… we have thousands of raids …"); "pair" for a whole quotation of two content words
    ("“Radical Islam”": in one article often a label that recurs in several statements); None
    otherwise."""
    from .words import WORD, content_keys

    def content(run: list[str]) -> int:
        return len(content_keys(WORD.findall(" ".join(run))))

    best: str | None = None
    for q, d in ((m, n), (n, m)):
        if not d.rule.startswith("attr.direct"):
            continue
        words = _word_seq(d.text)
        for run in quoted_runs(q.text):
            if content(run) >= 2 and _holds(words, run):
                if len(run) >= VERBATIM_WORDS and content(run) >= VERBATIM_CONTENT:
                    return "run"
                best = "phrase" if len(run) >= 3 else best or "pair"
                continue
            for k in range(len(run) - VERBATIM_WORDS + 1):
                piece = run[k : k + VERBATIM_WORDS]
                if content(piece) >= VERBATIM_CONTENT and _holds(words, piece):
                    return "run"
    return best


def tells_quoted_words(m: Member) -> bool:
    """Whether a member tells a speaker's words as they were spoken: a direct quotation (its rule is
    one of direct speech), or a content that holds a quotation of three words or more inside it
    ("… said, awkwardly: “I would say that …”")."""
    return m.rule.startswith("attr.direct") or any(len(run) >= 3 for run in quoted_runs(m.text))


def shared_quote(m: Member, n: Member) -> str | None:
    """How two contents share a quoted phrase: "phrase" when one of two content words or more is
    quoted in both ("a “rusty old tub”"); "word" when they share only a one-word quote ("a
    “disgrace”") and also two content words or more outside it (one quoted word alone is the
    speaker's habit, not one statement: "the parking fees were a “disgrace”" and "the flood relief
    was a “disgrace”" are two; review17) — unless one content is only the quoted word, a fragment
    quoted by itself, which the other tells in its own words ("phrase"); None otherwise."""
    from .words import WORD, content_keys

    common = quoted_phrases(m) & quoted_phrases(n)
    keys = [content_keys(WORD.findall(q)) for q in common]
    if any(len(k) >= 2 for k in keys):
        return "phrase"
    quoted = set().union(*keys) if keys else set()
    if keys and any(x.rule.startswith("attr.direct") and x.words and x.words <= quoted for x in (m, n)):
        # a direct quotation that is nothing but the quoted word (the analysis took the fragment
        # "the devil" alone as the content) against a content that quotes it and tells whose it is
        # ("… referred to her as “the devil”"): the fragment has no words of its own to compare
        return "phrase"
    return "word" if keys and len((m.words & n.words) - quoted) >= 2 else None


#: a run of this many content words in a row (nothing but stopwords between them) that two contents
#: share is one sign that they tell one statement in the same words (`word_runs`, rule
#: `link.claim.same_words` of the linker) …
RUN_WORDS = 4
#: … when at most this many other documents of the claims' window hold it so far: a run that many
#: articles hold is a label of the topic ("the acting port commissioner", "gave no answer to questions
#: by phone"), not one statement relayed
RUN_DOCS = 2


def word_runs(m: Member) -> frozenset[tuple[str, ...]]:
    """The runs of RUN_WORDS content words in a row of a member's content (`content_keys`, in
    their order, stopwords skipped), each of distinct words, no more than one of them part of a
    name (`Member.names`, `name_words`) or a word that describes a person (`person_words`: "former
    harbour secretary", "the acting port commissioner" is how articles name someone, not what they
    say): "stop dredging silted berths" from "… crews stop dredging the silted berths"; not "Tomas
    Vell Veldby"."""
    return _word_runs(m.text, m.language, frozenset(m.names))


@lru_cache(maxsize=65536)
def _word_runs(text: str, language: str | None, names: frozenset[str]) -> frozenset[tuple[str, ...]]:
    from .words import WORD, content_keys

    keys = [k for w in WORD.findall(text.replace("’", "'")) for k in content_keys([w])]
    named = {w for n in names for w in n.split()} | name_words(text, language) | person_words()
    out = set()
    for i in range(len(keys) - RUN_WORDS + 1):
        run = tuple(keys[i : i + RUN_WORDS])
        if len(set(run)) == RUN_WORDS and sum(w in named for w in run) <= 1:
            out.add(run)
    return frozenset(out)


@cache
def person_words() -> frozenset[str]:
    """The words that describe a person, pooled over the languages (`person_roles`, `agent_roles`,
    `rank_prefixes`, `epithets` of resources/<lang>/lexicon.json, a hyphenated one word by word):
    the parts of a description such as "the former harbour secretary", "the acting port
    commissioner", "the front-runner"."""
    from ...resources import languages, load
    from .words import WORD, content_keys

    out: set[str] = set()
    for lang in languages():
        lex = load(lang, "lexicon")
        for kind in ("person_roles", "agent_roles", "rank_prefixes", "epithets"):
            for entry in lex.get(kind, []):
                if isinstance(entry, str):
                    for w in WORD.findall(entry):  # (as `content_keys` reads it in lower case and capitalised)
                        out.update(content_keys([w.lower()]) | content_keys([w.capitalize()]))
    return frozenset(out)


#: a passage quoted inside a content, of any length up to a few sentences
_PASSAGE = re.compile(r"(?:\"|“|„|«|»)([^\"“”„«»]{8,400}?)(?:\"|”|“|«|»)")
#: a passage must have at least this many words to tell whose words it quotes …
PASSAGE_WORDS = 4
#: … and a longer one this many of them in a row in the other's words (a quote may change a word: "depends on" for "will depend on")
PASSAGE_RUN = 6


def disputes_quoted(m: Member, n: Member) -> bool:
    """Whether m quotes n's words to dispute them: m's content has a dispute word (`dispute_words`
    of resources/<lang>/link.json: "absurd", "inaccurate", "irreführend") and quotes a passage of
    `PASSAGE_WORDS` words or more of which `PASSAGE_RUN` in a row (all of a shorter one) stand word
    for word in n's content ("X's absurd claim that a deal “depends on whether the port is sold to
    the canal company” shows …" after X's own "Much will depend on whether the port is sold to the
    canal company")."""
    from .words import WORD, phrases

    if not phrases("dispute_words").search(m.text.lower().replace("’", "'")):
        return False
    theirs = " " + " ".join(w.lower() for w in WORD.findall(n.text.replace("’", "'"))) + " "
    for q in _PASSAGE.findall(m.text.replace("’", "'")):
        words = [w.lower() for w in WORD.findall(q)]
        if len(words) < PASSAGE_WORDS:
            continue
        run = min(len(words), PASSAGE_RUN)
        if any(" " + " ".join(words[i : i + run]) + " " in theirs for i in range(len(words) - run + 1)):
            return True
    return False
