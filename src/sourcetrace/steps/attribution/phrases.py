"""Noun phrases over tokens: where a source mention starts and ends, its group members, and the adverbials to skip before it."""

from __future__ import annotations

import functools
import re

from ...document import Span, Token
from ...resources import languages, load
from ..lexicon import (
    AUX,
    PREPOSITIONS_DE,
    PREPOSITIONS_EN,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    is_capitalized,
    lang,
)
from ..sources import gazetteer_names, is_role
from ..sources.gazetteer import party_member_nouns
from ..syntax import entities_overlapping
from .context import QUOTE_CHARS, Context

#: heads that pass the source on to their "von" complement ("eine Reihe von Posts")
_TRANSPARENT = frozenset(w for code in languages() for w in load(code, "lexicon").get("transparent_nouns", []))
#: initials before their full stop ("G.K", "F"): the name goes on after it
_CAPITAL_INITIALS = re.compile(r"^[A-ZÄÖÜ](?:\.[A-ZÄÖÜ])*$")


def _noun_after_adjective(ctx: Context, toks: list[Token], j: int, lx: Lang) -> bool:
    """English: toks[j] is a lower-case word the parse calls a noun right after a lower-case word it
    calls an adjective ("a recent report by CNN", "new reports", "credible reports received by"):
    the phrase's head, though the word may also be a participle or a cue form ("report", "reports")
    — not a verb form that is no noun homograph ("a man familiar with it said")."""
    t, prev = toks[j].text, toks[j - 1].text
    if lx.code != "en" or not (t[:1].islower() and prev[:1].islower()):
        return False
    if t.lower() in lx.forms and t.lower() not in lx.noun_homographs:
        return False
    return ctx.pos_at(toks[j].span) == "NOUN" and ctx.pos_at(toks[j - 1].span) == "ADJ"


@functools.cache
def day_words(code: str) -> frozenset[str]:
    """The weekdays and relative days of resources/<code>/time.json, lower case ("monday", "yesterday")."""
    t = load(code, "time")
    return frozenset(w.lower() for k in ("weekdays", "relative_days") for w in t.get(k, {}))


@functools.cache
def _day_times() -> re.Pattern[str]:
    """A weekday and a part of the day written as one word ("Montagfrüh", "Dienstagabend"), from
    the `weekdays` and `parts_of_day` of resources/de/time.json."""
    tm = load("de", "time")
    days = "|".join(sorted(tm["weekdays"], key=len, reverse=True))
    parts = "|".join(sorted(tm["parts_of_day"], key=len, reverse=True))
    return re.compile(rf"(?i:{days})(?:{parts})s?")


def _day_and_time(word: str) -> bool:
    return _day_times().fullmatch(word) is not None


def opens_phrase(w: str, lx: Lang) -> bool:
    """`w` may open a noun phrase: an article or a capitalised word (a speaker's addressee,
    `speakers.py`; the one a postposed "zitiert" quotes, `chains.quoting_relay`)."""
    return w.lower() in lx.determiners or (w[:1].isupper() and w[:1].isalpha())


#: an acronym of capitals (two to five) that a number after it completes as a body's name ("MA 17")
_ACRONYM_BEFORE_NUMBER = re.compile(r"[A-ZÄÖÜ]{2,5}")


def np_forward(ctx: Context, toks: list[Token], i: int, lx: Lang, *, apposition: bool = True) -> int:
    """End index (exclusive) of a noun phrase starting at toks[i]."""
    j = i
    n = len(toks)
    preps = PREPOSITIONS_DE if lx.code == "de" else PREPOSITIONS_EN
    in_quote = False
    saw_head = False
    open_det = False  # a genitive article or "von" was just taken: adjectives may follow ("des bayerischen Ministeriums")
    after_quote = False  # a quoted name just closed ("die Zeitung «Welt»"): a new capitalized word starts another phrase
    while j < n:
        t = toks[j].text
        low = t.lower()
        if in_quote:
            if t in QUOTE_CHARS:
                in_quote = False
                after_quote = True
            j += 1
            continue
        # (English: two apostrophes as a quotation mark open a quoted name only where the phrase begins:
        # "said on ''The Late Show''"; elsewhere the pair closes a quotation; session 35)
        if (t in "«„“\"‹" or (t == "''" and j == i and lx.code == "en")) and j + 1 < n:
            close = next((k for k in range(j + 1, min(n, j + 12)) if toks[k].text in QUOTE_CHARS), None)
            if close is None or close == j + 1:
                break  # no closing mark near, or an empty pair of marks: no quoted name
            quoted = Span(toks[j + 1].span.start, toks[close - 1].span.end)
            if lx.code == "de" and (saw_head or j > i) and close - j > 2 and not ctx.name_like(quoted) \
                    and not re.search(r"\w\.(?:com|org|net|de|ch|at|uk|gov|info)\b", ctx.text[quoted.start : quoted.end]):
                break  # "nach Angaben der Polizei «ganz besonders sorgfältig»": a quoted phrase, not a name
            in_quote = True
            saw_head = True
            open_det = False
            j += 1
            continue
        if after_quote and lx.code == "de" and is_capitalized(t) and t not in QUOTE_CHARS:
            break  # "nach Angaben von «Reuters» Warnschüsse …": the name ended with its quotation mark
        if t == "." and j > i and j + 1 < n and (toks[j - 1].text in lx.title_abbreviations or _CAPITAL_INITIALS.match(toks[j - 1].text)) \
                and toks[j + 1].text[:1].isupper():
            j += 1  # "Mr. Putin", "Dr. Weber", "G.K. Butterfield", "John F. Kennedy"
            continue
        if t == "(" and j + 2 < n and toks[j + 2].text == ")":
            j += 3
            continue
        if lx.code == "de" and len(t) > 1 and t.endswith("-") and t[:1].isupper() and j + 1 < n:
            # "Polizei-, Armee- und Regierungssprecher": a truncated compound goes on in the next word
            nxt = j + 2 if toks[j + 1].text == "," else j + 1
            if nxt < n and (toks[nxt].text.lower() in lx.coordination or is_capitalized(toks[nxt].text)):
                j = nxt + 1 if toks[nxt].text.lower() in lx.coordination else nxt
                continue
        if low in ("sowohl", "both") and j == i:
            j += 1
            continue
        if low in ("als", "auch") and j + 1 < n and " ".join(x.text.lower() for x in toks[j : j + 2]) == "als auch":
            j += 2
            continue
        if low in ("und", "and", "sowie") and saw_head and j + 1 < n and (
            toks[j + 1].text.lower() in lx.determiners or is_capitalized(toks[j + 1].text) or is_adjective_like(toks[j + 1].text)
        ) and j + 1 < n and toks[j + 1].text.lower() not in lx.np_stop:
            j += 1
            continue
        if low in ("der", "des") and saw_head and lx.code == "de":
            if low == "der" and _dative_medium_after_name(ctx, toks, i, j, lx):
                break  # "sagte Berger der Nachrichtenagentur AFP": the addressee, not a genitive
            j += 1  # genitive attribute
            open_det = True
            after_quote = False
            continue
        if low in ("von", "vom") and saw_head and lx.code == "de" and j > i and (
            toks[j - 1].text in lx.document_heads or toks[j - 1].text in _TRANSPARENT
        ):
            j += 1  # "einer Recherche von Correctiv", "eine Reihe von Posts"
            open_det = True
            if j < n and re.fullmatch(r"[a-z]+[-\d][\w-]*", toks[j].text):
                j += 1  # a lower-case outlet with a digit or hyphen: "Angaben von n24"
                open_det = False
            continue
        if lx.code == "en" and low == "of" and saw_head and j + 1 < n and (
                is_capitalized(toks[j + 1].text) or toks[j + 1].text.lower() == "the" or toks[j - 1].text in _TRANSPARENT):
            j += 1
            continue
        if low in lx.determiners and not saw_head:
            j += 1
            continue
        if lx.code == "de" and not saw_head and j > i and low in PREPOSITIONS_DE and (k := _attribute_end(toks, j, lx)) is not None:
            j = k  # "dem für Terrorismus zuständigen Staatsanwalt": a phrase before its adjective, inside the noun phrase
            continue
        if lx.code == "de" and saw_head and j == i + 1 and low in PREPOSITIONS_DE and re.fullmatch(r"[A-ZÄÖÜ]\w+s", toks[i].text) \
                and (k := _attribute_end(toks, j, lx)) is not None and is_role(toks[k + 1].text, lx):
            j, open_det = k, True  # "Roths nach Kanada geflüchtete Ehefrau Ida": a name's genitive, then an attribute of the role it owns
            continue
        if lx.code == "de" and saw_head and j == i + 1 and re.fullmatch(r"[A-ZÄÖÜ]\w+s", toks[i].text) and t[:1].islower() \
                and is_adjective_like(t) and j + 1 < n and is_role(toks[j + 1].text, lx):
            j, open_det = j + 1, True  # "Roths früherer Chef": a name's genitive, then an adjective of the role it owns
            continue
        if lx.code == "de" and low == "für" and saw_head and j > i and j + 1 < n and lx.for_heads \
                and toks[j - 1].text.lower().endswith(lx.for_heads) and is_capitalized(toks[j + 1].text) \
                and toks[j + 1].text.lower() not in lx.determiners:
            j += 1  # "das Bundesamt für Strahlenschutz": the body's name goes on
            continue
        if lx.code == "en" and low == "for" and saw_head and j > i and j + 1 < n and lx.for_heads \
                and toks[j - 1].text.lower().endswith(lx.for_heads) and is_capitalized(toks[j - 1].text) \
                and is_capitalized(toks[j + 1].text) and toks[j + 1].text.lower() not in lx.determiners:
            j += 1  # "the Centre for Harbour Safety": the body's name goes on with the capitalised words after it
            continue
        if lx.code == "de" and low in ("für", "gut", "gewöhnlich", "näher", "nicht", "sehr", "bestens", "bislang", "namentlich") and not saw_head and j > i:
            j += 1
            continue
        if lx.code == "en" and saw_head and low in lx.np_postmodifiers and j + 2 < n and toks[j + 1].text.lower() in preps:
            # "a person familiar with the matter", "officials close to the talks": the phrase goes on
            # with the noun phrase of its preposition (whose noun may look like a cue: "talks")
            k = j + 2
            while k < n and toks[k].text.lower() in lx.determiners | lx.possessive_determiners:
                k += 1
            e = k
            while e < n and toks[e].text[:1].isalnum() and toks[e].text.lower() not in lx.np_stop and toks[e].text.lower() not in preps \
                    and toks[e].text.lower() not in AUX and (toks[e].text.lower() not in lx.forms or toks[e].text.lower() in lx.noun_homographs):
                e += 1
            if e == k:
                break
            j = e
            continue
        if lx.code == "en" and low in lx.np_stop and len(t) >= 2 and t.isupper() and t.isalpha() and low not in preps and low not in AUX:
            pass  # "according to WHO": an acronym, not the pronoun
        elif low in lx.np_stop or low in preps or low in SUBORDINATORS or low in AUX:
            if not (lx.code == "de" and saw_head and t[:1].isupper() and j > i and toks[j - 1].text[:1].isupper()
                    and toks[j - 1].text.isalpha() and toks[j - 1].text.lower() not in lx.np_stop) \
                    and not (lx.code == "de" and j == i and j > 0 and t in ctx.stop_word_surnames()):
                break
            # a capitalized stop word right after a capitalized word inside the phrase is a surname
            # ("Oberbürgermeister Peter Kurz"); so is one alone inside a sentence when the text names
            # someone with it after a given name ("Anna Kurz …, sagt Kurz": `Context.stop_word_surnames`)
        if lx.code == "de":
            if saw_head and t in lx.period_words and j + 1 < n and toks[j + 1].text[:1].isdigit():
                break  # "laut Polizei Mitte 30", "nach Angaben der Firma Ende 2023": an age or a time after the name
            if saw_head and j > i and _day_and_time(t):
                break  # "sagte ein Sprecher der Polizei Montagfrüh": a time after the name, no part of it
            if t.isdigit() and j + 2 < n and toks[j + 1].text == "-" and is_capitalized(toks[j + 2].text) \
                    and toks[j].span.end == toks[j + 1].span.start and toks[j + 1].span.end == toks[j + 2].span.start:
                saw_head = True  # "der 54-Jährige", "eine 3-Sterne-Köchin": a noun that opens with a number
                open_det = False
                j += 3
                continue
            if saw_head and t.isdigit() and len(t) <= 3 and j > i and _ACRONYM_BEFORE_NUMBER.fullmatch(toks[j - 1].text) \
                    and toks[j - 1].span.end < toks[j].span.start and (j + 1 == n or toks[j + 1].text in (".", ",", ";", ":", "(", ")")):
                j += 1  # rule acronym_number: "die MA 17", "von der MA 17.": a body's acronym and its number, one name
                continue
            if not saw_head and t in party_member_nouns() and j + 1 < n and (
                    is_role(toks[j + 1].text, lx) or (toks[j + 1].text[:1].islower() and is_adjective_like(toks[j + 1].text))):
                j += 1  # "die Grüne Abgeordnete Anna Kessler": a party's adjective before a role, no head of its own
                continue
            if (is_capitalized(t) and t[0].isalpha()) or t[0] == "@":
                saw_head = True
                open_det = False
                j += 1
                continue
            if is_adjective_like(t) and (not saw_head or open_det):
                j += 1
                continue
            if low in ("für", "gut", "gewöhnlich", "näher", "nicht", "sehr", "bestens", "bislang") and not saw_head:
                j += 1
                continue
            if t in gazetteer_names():
                saw_head = True
                open_det = False
                j += 1  # a lower-case agency name: "die Nachrichtenagentur dpa", "laut dpa", "der taz"
                continue
            if re.fullmatch(r"[\w.-]+\.(?:com|org|net|de|ch|at|uk|gov)\S*", t):
                saw_head = True
                j += 1
                continue
            break
        # English: nouns are lower case; stop at verbs we know, at a new subject and at punctuation
        if saw_head and (t in lx.subject_pronouns or (low in lx.determiners and toks[j - 1].text.lower() not in ("of", "and", "or", ","))):
            break  # "told the Herald the dam is safe": an article opens the next phrase
        if j > i and _noun_after_adjective(ctx, toks, j, lx):
            saw_head = True  # "a recent report by CNN", "according to new reports": the adjective's noun
            j += 1
            continue
        if saw_head and t[:1].islower() and j + 1 < n and toks[j + 1].text.lower() == "by":
            break  # "a report seen by Reuters": a participle, the noun phrase ended
        # "-ly" is an adverb, unless a capital continues a name or follows its article ("the Daily Mail")
        name_ly = t[:1].isupper() and (saw_head or (j > i and toks[j - 1].text.lower() in lx.determiners))
        if t[0].isalnum() and low not in lx.forms and (not lx.ly_adverb(low) or name_ly):
            saw_head = True
            j += 1
            continue
        break
    # group: "mehrere Zeitungen, darunter die «Hafenpost»,"
    if j < n - 2 and toks[j].text == "," and saw_head and toks[j + 1].text.lower() in lx.group_words:
        e = np_forward(ctx, toks, j + 2, lx, apposition=False)
        if e > j + 2:
            return e
    # a name in apposition to a description: "der Sprecher des Ministeriums, Roland Eichhorn,"
    if apposition and saw_head:
        k = name_apposition(toks, i, j, lx)
        if k is not None:
            return k
    # apposition: ", Professorin an der Universität …," / ", a spokesman for …,"
    if apposition and j < n - 1 and toks[j].text == "," and saw_head:
        k = j + 1
        if k < n and toks[k].text.lower() in lx.determiners:
            k += 1
        while k < n and is_adjective_like(toks[k].text):
            k += 1
        if k < n and (toks[k].text in lx.person_roles or toks[k].text.lower() in lx.person_roles or toks[k].text in lx.type_heads):
            e = k + 1
            verb = False  # ", die Firma werde Stellen abbauen": a clause with its own verb, no apposition
            while e < n and toks[e].text not in (",", ".", ";", ":", "–") and toks[e].text.lower() not in SUBORDINATORS:
                if toks[e].text[:1].islower() and (toks[e].text in AUX or toks[e].text.lower() in lx.forms):
                    verb = lx.code == "de"
                    break
                if lx.code == "de" and toks[e].text[:1].islower() and (lx.konjunktiv(toks[e].text) or ctx.pos_at(toks[e].span) in ("VERB", "AUX")):
                    verb = True
                    break
                e += 1
            if e - j <= 14 and not verb:
                return e
    # trailing genitive article without noun, or lowercase junk
    while j > i and toks[j - 1].text.lower() in (lx.determiners | {"und", "and", "als", "auch", "sowohl", "of", "von", "vom"}):
        j -= 1
    return j if saw_head else i


#: endings of German words that are no part of a person's name
_NOT_NAME_END = re.compile(r"(?:ung|heit|keit|schaft|tion|ität|ismus|ium|ment|ei|ik|chef|leiter|sprecher|innen|ern)$")


def name_apposition(toks: list[Token], i: int, j: int, lx: Lang) -> int | None:
    """After a description toks[i:j] that names no one ("der Sprecher des Ministeriums"): the end
    (exclusive) of a person's name in apposition (", Roland Eichhorn," or ", Roland Eichhorn."),
    else None. German only; the description must start with an article or a role noun."""
    n = len(toks)
    if lx.code != "de" or j >= n - 1 or toks[j].text != ",":
        return None
    head = [t.text for t in toks[i:j]]
    if not head or not (head[0].lower() in lx.determiners or head[0] in lx.person_roles or any(w in lx.person_roles for w in head)):
        return None
    if sum(1 for w in head if w[:1].isupper()) >= 2 and not any(w in lx.person_roles or w.lower() in lx.determiners for w in head[1:]):
        return None  # "Anna Beispiel, …": already a name
    k = j + 1
    while k < n and k - j <= 4 and re.fullmatch(r"[A-ZÄÖÜ][\w'’.-]*", toks[k].text) and toks[k].text.lower() not in lx.determiners \
            and toks[k].text not in lx.person_roles and toks[k].text not in lx.type_heads and not _NOT_NAME_END.search(toks[k].text.lower()):
        k += 1
    if k - j < 3 or (k < n and toks[k].text not in (",", ".", ";", "(", "–")) or k - j > 4:
        return None  # two to three name words, closed by punctuation
    if k < n and toks[k].text == "(" and k + 2 < n and toks[k + 2].text == ")":
        k += 3  # "Sebastian Edathy (SPD)"
    return k


def np_backward(ctx: Context, toks: list[Token], i: int, lx: Lang) -> int:
    """Start of the noun phrase that ends just before toks[i] ("Einem Bericht des … zufolge")."""
    b = i
    lx_det = lang("de").determiners
    while b > 0 and i - b < 12:
        t = toks[b - 1].text
        low = t.lower()
        if t in (",", ";", ":", "–", "—", "(") or low in SUBORDINATORS or (low in lx.np_stop and low not in lx_det):
            break
        if is_adjective_like(t) and low not in lx_det and b - 2 >= 0 and (
            toks[b - 2].text in lx.subject_pronouns or (_noun_like(toks[b - 2].text) and toks[b - 2].text.lower() not in lx_det)
            or ctx.pos_at(toks[b - 1].span) in ("VERB", "AUX")
        ):
            break  # "Sie entstammen Zeitungsberichten zufolge": after a subject, an -en word is the verb
        if low in lx_det or is_adjective_like(t) or (t[:1].isupper() and t[:1].isalpha()) or t in QUOTE_CHARS or t == ")":
            if t[:1].isupper() and b - 1 > 0 and low not in lx_det and toks[b - 2].text.lower() not in lx_det \
                    and not is_adjective_like(toks[b - 2].text) and not toks[b - 2].text[:1].isupper() and toks[b - 2].text not in QUOTE_CHARS:
                b -= 1  # a noun right after a verb or adverb starts the phrase
                break
            b -= 1
            continue
        break
    return b


def _noun_like(word: str) -> bool:
    """Capitalised, or a compound whose later part is ("al-Qaida-Gruppen")."""
    return word[:1].isupper() or bool(re.search(r"-[A-ZÄÖÜ]", word))


def _attribute_end(toks: list[Token], j: int, lx: Lang) -> int | None:
    """The adjective or participle that closes an attribute opened by the preposition at toks[j]
    between an article and the noun of someone who can speak ("der [für die Sendung]
    verantwortliche Sender", "dem [für Terrorismus] zuständigen Staatsanwalt"): a lower-case word
    with an adjective's ending followed by a capitalised word ("einer am Montag verbreiteten
    Erklärung" too: before session 32 a text's noun ended the phrase at its article, and the
    according-to phrase named nothing), at most seven words on, before any punctuation; else None."""
    for k in range(j + 2, min(len(toks) - 1, j + 8)):
        t = toks[k].text
        if not t[:1].isalnum():
            return None
        if t[:1].islower() and is_adjective_like(t) and t.endswith(("e", "en", "er", "es", "em")) and toks[k + 1].text[:1].isupper():
            return k
    return None


def skip_adverbials(ctx: Context, toks: list[Token], j: int, lx: Lang) -> int:
    """Past adverbs and time expressions after a verb ("erklärte gestern am Abend ein …")."""
    n = len(toks)
    while j < n:
        low = toks[j].text.lower()
        if lx.code == "de" and j > 0 and toks[j].text in ctx.stop_word_surnames():
            break  # "…, sagt Kurz.": the surname of "Anna Kurz", no adverb
        if ctx.in_timex(toks[j].span) or (low in ("am", "im", "vom", "um", "on", "in", "at") and j + 1 < n and ctx.in_timex(toks[j + 1].span)) or (low in lx.np_stop and low not in lx.determiners and low not in PREPOSITIONS_DE | PREPOSITIONS_EN and low not in SUBORDINATORS and low not in ("sich", "es", "und", "and")) or low == "sich":
            j += 1
        else:
            break
    return j


def span_tokens(ctx: Context, toks: list[Token], sp: Span) -> tuple[int, int]:
    a = next(k for k, t in enumerate(toks) if t.span.start >= sp.start)
    b = max(k for k, t in enumerate(toks) if t.span.end <= sp.end) + 1
    return a, b


def group_members(ctx: Context, toks: list[Token], a: int, b: int, lx: Lang) -> list[Span]:
    """Members of a coordination or group: "sowohl A als auch B", "mehrere Zeitungen, darunter X"."""
    lows = [t.text.lower() for t in toks[a:b]]
    out: list[Span] = []
    for k, w in enumerate(lows):
        if w in lx.group_words and k > 0 and lows[k - 1] == ",":
            out.append(Span(toks[a].span.start, toks[a + k - 2].span.end))
            out.append(Span(toks[a + k + 1].span.start, toks[b - 1].span.end))
            return out
    if "sowohl" in lows and "als" in lows:
        i_als = lows.index("als")
        first = [t for t in toks[a + lows.index("sowohl") + 1 : a + i_als]]
        second = toks[a + i_als + 2 : b]
        if first and second:
            out.append(Span(first[0].span.start, first[-1].span.end))
            out.append(Span(second[0].span.start, second[-1].span.end))
    elif lows.count("und") == 1 or lows.count("and") == 1:
        k = lows.index("und") if "und" in lows else lows.index("and")
        if 0 < k < len(lows) - 1:
            out.append(Span(toks[a].span.start, toks[a + k - 1].span.end))
            out.append(Span(toks[a + k + 1].span.start, toks[b - 1].span.end))
    return out


def _dative_medium_after_name(ctx: Context, toks: list[Token], i: int, j: int, lx: Lang) -> bool:
    """toks[j] is "der" and a medium follows: a dative addressee, not a genitive, after a name
    with no article before it ("Berger der Nachrichtenagentur AFP", not "der Chef der
    Zeitung"), or after a speech verb's subject whose head is a role held elsewhere than at a
    medium ("sagte der Bürgermeister der dpa", not "sagte der Korrespondent der Zeitung")."""
    from .media import is_medium

    prev = toks[j - 1].text
    if j - 1 < i or not prev[:1].isupper():
        return False
    e = np_forward(ctx, toks, j + 1, lx, apposition=False)
    if toks[i].text.lower() in lx.determiners:
        words = [t.text for t in toks[i + 1 : j] if t.text[:1].isupper()]
        head = words[0] if words else ""
        # "sagte die Behördenchefin Anna Berg der Zeitung X": a name after the role; a person
        # named takes no genitive of where she works (that would be "von", or an apposition)
        named = len(words) > 1 and not _common_noun(prev, lx)
        # (or the cue closes the clause: "wie ein Gerichtssprecher der Agentur X mitteilte")
        v = skip_adverbials(ctx, toks, e, lx) if e < len(toks) else e
        last = v < len(toks) and i > 0 and (toks[i - 1].text.lower() in lx.wie or toks[i - 1].text.lower() in SUBORDINATORS) \
            and toks[v].text.lower() in lx.forms and toks[v].text[:1].islower()
        if not ((_after_speech_verb(ctx, toks, i, lx) or last) and (named or _role_held_elsewhere(head, lx))):
            return False
    elif _common_noun(prev, lx):
        return False
    return e > j + 1 and is_medium(ctx, Span(toks[j].span.start, toks[e - 1].span.end), lx)


def _common_noun(word: str, lx: Lang) -> bool:
    """A role, a type of source, a document or a noun by its ending: no personal name."""
    return word in lx.person_roles or word in lx.type_heads or word in lx.document_heads or word.lower().endswith(lx.noun_endings)


def _role_held_elsewhere(head: str, lx: Lang) -> bool:
    """A role held elsewhere than at a medium, after which 'der Zeitung' is the dative addressee
    ('der Bürgermeister'); also a compound that names where it is held ('der Lufthansa-Manager',
    'der SPD-Politiker', 'die Behördenchefin'), but not a role at a medium ('der Korrespondent',
    'die ARD-Korrespondentin'; medium_role_endings)."""
    if not head or head.lower().endswith(lx.medium_role_endings):
        return False
    last = head.rsplit("-", 1)[-1]
    return head in lx.person_roles or last in lx.person_roles or is_role(head, lx) or (last != head and last[:1].isupper())


def _after_speech_verb(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """toks[i] follows a cue verb, with at most four lower-case words or words of a time
    expression between ("sagte am Montag")."""
    k = i - 1
    while k >= 0 and i - k <= 5 and toks[k].text[:1].isalpha() and (toks[k].text[:1].islower() or ctx.in_timex(toks[k].span)):
        if toks[k].text.lower() in lx.forms and toks[k].text[:1].islower():
            return True
        k -= 1
    return False


@functools.cache
def _tag_object_pronouns(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """`tag_object_pronouns` of resources/<code>/cues.json: the pronouns that are never articles, and
    those ('das', 'dieses') that are one before a noun."""
    d = load(code, "cues").get("tag_object_pronouns", {})
    return frozenset(d.get("always", [])), frozenset(d.get("before_determiner", []))


def object_pronoun_at(ctx: Context, toks: list[Token], k: int, lx: Lang) -> int | None:
    """Where the speaker's noun phrase starts when toks[k] is an object pronoun that stands for the
    claim between a cue and its speaker ("…, kommentierte dies die Anwältin", "…, sagte es
    Landesrat Huber am Montag", "So schilderte es der Zeuge."), else None: a pronoun of
    `tag_object_pronouns` (session 34) with a noun phrase after it (past adverbials); 'das' and
    'dieses' only when that phrase opens with an article, a possessive or a person's name ("…,
    bestätigte das ein Sprecher"; "…, sagte das Ministerium" is the speaker itself)."""
    always, before_determiner = _tag_object_pronouns(lx.code)
    n = len(toks)
    low = toks[k].text.lower() if k < n else ""
    if k + 1 >= n or low not in always | before_determiner:
        return None
    j = skip_adverbials(ctx, toks, k + 1, lx)
    if j < n and toks[j].text.lower() in lx.oblique_articles and np_forward(ctx, toks, j, lx) > j + 1:
        # "…, erklärte dies den Journalisten die Ministerin": the one told (dative) is no speaker; the
        # speaker is the phrase after it, and it must be one (review of session 34)
        j = skip_adverbials(ctx, toks, np_forward(ctx, toks, j, lx), lx)
        if j >= n or toks[j].text.lower() in lx.oblique_articles:
            return None
    if j >= n or np_forward(ctx, toks, j, lx) <= j:
        return None
    if low in always:
        return j
    first = toks[j].text.lower()
    if first in lx.determiners or first in lx.possessive_pronouns \
            or any(ent.label == "PER" for ent in entities_overlapping(ctx.doc, toks[j].span)):
        return j
    return None
