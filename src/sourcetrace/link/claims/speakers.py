"""Who speaks for whom: the principal of a spokesperson (named or not), the institution of a group
of officials and the candidate of a campaign. Such a source adds no origin of its own: the one
it speaks for is the origin."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...resources import languages, load
from ...textutil import lower_aligned
from ..entities import institution_key
from .groups import an_institution
from .words import word_lists


def _complement(text: str, at: int) -> str | None:
    """The institution named after position `at` ("des Innenministeriums", "of the Pentagon")."""
    rest = text[at:].strip(" ,")
    words = word_lists()["complement_words"]
    m = re.match(r"(\w+)\s+(.+)$", rest)
    if not m or m.group(1).lower() not in words:
        return None
    rest = re.sub(r"^(?:the|der|die|das|dem|den|des)\s+", "", m.group(2), flags=re.I).strip(" ,")
    return rest.split(",")[0].strip() or None


def is_spokesperson(role: str | None) -> str | None:
    """The principal a spokesperson's role names ("Sprecher des Innenministeriums" → "Innenministeriums"), or None."""
    if not role:
        return None
    low = lower_aligned(role)
    for w in sorted(word_lists()["spokesperson"], key=len, reverse=True):
        i = low.find(w)
        if i >= 0:
            rest = role[i + len(w) :].strip(" ,")
            rest = re.sub(r"^(?:des|der|von|vom|of|for|to|the)\s+", "", rest, flags=re.I)
            rest = re.sub(r"^(?:the|der|die|das)\s+", "", rest, flags=re.I)
            return rest or None
    return None


def _spokesperson_after(text: str) -> str | None:
    """The principal named by a complement after a spokesperson word ("ein Sprecher des
    Auswärtigen Amtes", "a spokeswoman for the Interior Ministry"), or None."""
    lex = word_lists()
    low = lower_aligned(text)  # (its offsets are text's)
    for w in sorted(lex["spokesperson"], key=len, reverse=True):
        m = re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low)
        if m:
            # an entry may end in its complement word ("Sprecher des"): read it from the word's end
            first = m.start() + len(w.split()[0])
            return _complement(text, first)
    return None


def _spokesperson_before(text: str) -> tuple[str, bool] | None:
    """The principal a spokesperson word is preceded by: in English, the capitalised words before
    the word written in lower case ("a Pentagon spokesman", "White House press secretary",
    "Berg spokeswoman Mia Holt"); in German, the first half of a compound
    ("Polizeisprecher", "Regierungssprecherin" → "Regierung", the linking s dropped after
    `linking_s_after`; "Umweltbund-Sprecher"); with whether the spokesperson is a
    campaign's ("Clinton campaign spokesman"). None when nothing names one ("his spokesman", "a
    top aide", "Pressesprecher"; "Former Berg spokesman" is Berg's: `spokesperson_no_principal`
    of resources/<lang>/link.json)."""
    lex = word_lists()
    none = lex["spokesperson_no_principal"]
    words = re.findall(r"[\w'’.-]+", text)
    entries = sorted(lex["spokesperson"], key=len, reverse=True)
    for i, w in enumerate(words):
        low = w.lower()
        for sw in entries:
            parts = sw.split()
            if w[:1].islower() and " ".join(x for x in words[i : i + len(parts)]) == sw:
                before = _capitalised_before(words, i)
                while before and before[0].lower() in none:
                    before = before[1:]
                before_text = re.sub(r"['’]s?$", "", " ".join(before))
                if len(before) == 1 and before_text.lower() in _generic_heads():
                    return None  # "Company spokeswoman Mara Holm": a capital that opens a sentence names no principal
                if before_text:
                    return before_text, any(c in sw for c in lex["campaign"])
                return None
            if " " not in sw and len(low) > len(sw) + 2 and low.endswith(sw) and w[:1].isupper():
                stem = w[: len(w) - len(sw)]
                if stem.endswith("-"):  # "Green Earth Watch-Sprecher": the name before the hyphen
                    stem = " ".join([*_capitalised_before(words, i), stem.rstrip("-")])
                elif stem.endswith("s") and stem[:-1].lower().endswith(tuple(lex["linking_s_after"])):
                    stem = stem[:-1]
                if len(stem) < 3 or stem.lower() in none:
                    return None
                return stem[:1].upper() + stem[1:], False
    return None


@cache
def _generic_heads() -> frozenset[str]:
    """Bare nouns of a kind of body ("company", "ministry", "bank": `generic_heads` and
    `firm_description_heads` of resources/<lang>/lexicon.json, every language), lower case: one
    of them alone before a spokesperson word ("Company spokeswoman …") is capitalised by its place
    at the opening of a sentence, no body's name."""
    return frozenset(w.lower() for code in languages() for key in ("generic_heads", "firm_description_heads")
                     for w in load(code, "lexicon").get(key, []))


def _capitalised_before(words: list[str], i: int) -> list[str]:
    """The capitalised words right before words[i], back to the first word that is not
    capitalised or is an article of any language (`articles` of resources/<lang>/link.json: "a
    Pentagon spokesman" → ["Pentagon"])."""
    articles = word_lists()["articles"]
    before: list[str] = []
    for x in reversed(words[:i]):
        if not x[:1].isupper() or x.lower() in articles:
            break
        before.insert(0, x)
    return before


@cache
def _any_spokesperson() -> re.Pattern[str]:
    """Any spokesperson word, also inside a compound: what a source must hold to be one."""
    return re.compile("|".join(re.escape(w) for w in sorted(word_lists()["spokesperson"], key=len, reverse=True)) or "(?!)", re.I)


@lru_cache(maxsize=1 << 14)  # called for every member: sources repeat
def spokesperson_for(name: str | None, role: str | None, mention: str | None = None,
                     on_record: bool = False) -> tuple[str, str] | None:
    """(principal, rule) when a source is a spokesperson, named or not, of a principal its role,
    name or mention names: after the spokesperson word ("Sprecher des Innenministeriums",
    "spokeswoman for the Interior Ministry") or before it ("a Pentagon spokesman",
    "Polizeisprecher", "Regierungssprecher Hans Weber"). A spokesperson speaks for the principal,
    so they add no origin of their own; with `on_record`, only a spokesperson who speaks on the
    record (not an aide: `off_record` of resources/<lang>/link.json), so that an unnamed one is
    the principal's voice. A principal that is a campaign is its candidate ("a spokesman for the
    Clinton campaign"); one without a capitalised word ("a spokesman for the buyer") names no one."""
    if on_record and any(re.search(rf"(?i)(?<!\w){re.escape(w)}(?!\w)", t or "") for w in word_lists()["off_record"]
                         for t in (name, role, mention)):
        return None
    for text in (role, name, mention):
        if not text or not _any_spokesperson().search(text):
            continue
        # in a role, whatever follows the word ("Sprecher Innenministerium"); in a name, only a
        # complement ("Sprecher des …"): "Regierungssprecher Hans Weber" is Hans Weber
        after = is_spokesperson(text) if text is role else _spokesperson_after(text)
        if after:
            after = after.split(",")[0].strip() or after
            if name and after.endswith(" " + name):  # "des Bauamts Karl Ott": the name is the speaker's
                after = after[: -len(name) - 1].strip()
            if not re.search(r"\b[A-ZÄÖÜ]", after) and not institution_key(after) and \
                    not any(an_institution(after, x) for x in languages()):
                return None  # "a spokesman for the buyer"; not "for the transport ministry", "for the district office"
            campaign = speaks_for_campaign(after)
            return (campaign, "link.origin.campaign") if campaign else (after, "link.origin.spokesperson")
        before = _spokesperson_before(text)
        if before:
            return before[0], "link.origin.campaign" if before[1] else "link.origin.spokesperson"
    return None


def officials_of(name: str | None) -> str | None:
    """The institution a group of officials is named by ("Beamte des Innenministeriums",
    "officials at the Interior Ministry", "Pentagon officials"; `official` of
    resources/<lang>/link.json, in the plural too), or None ("officials", "senior officials")."""
    if not name:
        return None
    lex = word_lists()
    words = re.findall(r"[\w'’.-]+", name)
    for i, w in enumerate(words):
        low = w.lower()
        if not any(low == o or low == o + "s" or low == o + "n" for o in lex["official"]):
            continue
        rest = " ".join(words[i:])
        inst = _complement(rest, len(w))
        if inst and (re.search(r"\b[A-ZÄÖÜ]", inst) or any(an_institution(inst, x) for x in languages())):
            return inst
        if w[:1].islower():  # "Pentagon officials": the capitalised words before the word
            before = _capitalised_before(words, i)
            if before:
                return " ".join(before)
    return None


def speaks_for_campaign(text: str) -> str | None:
    """The candidate a campaign's name names ("the Clinton campaign" → "Clinton"), or None."""
    lex = word_lists()
    for w in sorted(lex["campaign"], key=len, reverse=True):
        m = re.search(rf"(?i)\b{re.escape(w)}\b", text)
        if m:
            before = re.sub(r"(?i)^(?:the|der|die|das|an?)\s+|['’]s?$", "", text[: m.start()].strip()).strip()
            after = _complement(text, m.end())
            out = after or before
            return out if out and out.lower() not in lex["possessives"] else None
    return None


def speaks_for(name: str | None, role: str | None) -> tuple[str, str] | None:
    """(principal, rule) when the source speaks for someone else: a spokesperson for the principal
    the role names, a campaign for its candidate ("the Clinton campaign", "Wahlkampfteam von Anna
    Berg"), an official for the institution named after the role ("Beamter des
    Innenministeriums", "an official of the Pentagon"): officials of one institution count once."""
    principal = spokesperson_for(name, role)
    if principal:
        return principal
    lex = word_lists()
    for text in (name, role):
        if not text:
            continue
        for w in sorted(lex["campaign"], key=len, reverse=True):
            m = re.search(rf"(?i)\b{re.escape(w)}\b", text)
            if not m:
                continue
            after = _complement(text, m.end())
            before = re.sub(r"(?i)^(?:the|der|die|das|an?)\s+|['’]s$", "", text[: m.start()].strip()).strip()
            if before.lower() in lex["possessives"]:
                before = ""  # "his campaign manager": whose campaign, the role does not say
            if after or before:
                return after or before, "link.origin.campaign"
    if role:
        for w in sorted(lex["official"], key=len, reverse=True):
            m = re.search(rf"(?i)(?<![\w-])\w*{re.escape(w)}\b", role)
            if m:
                inst = _complement(role, m.end())
                if inst:
                    return inst, "link.origin.official"
    return None
