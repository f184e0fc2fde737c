"""The words the claim parts compare by: the word lists of resources/<lang>/link.json pooled over the
languages (`word_lists`: a claim and its translation are compared with each other's words), phrase
patterns of them, the comparison keys of a content's words (`content_keys`), which words are parts
of names, and whether words negate."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...resources import languages, load
from ..entities import name_key

WORD = re.compile(r"\w+(?:'t)?", re.I)  # "doesn't", "can't" whole: a negation


def says_title(text: str, title: str) -> bool:
    """`text` holds the words of `title`, no more, no fewer, case and punctuation aside ("Harbour Board
    Approves Dredging." and its document's title): a plain text's title line (`members._title_line`), a
    headline member (`Linker._is_headline`, rule `link.claim.headline`). False for a title of no words."""
    words = WORD.findall(title.lower())
    return bool(words) and WORD.findall(text.lower()) == words


@cache
def calendar_words(code: str) -> frozenset[str]:
    """The weekdays, months, seasons and relative days of a language in lower case (resources/<code>/time.json:
    "monday", "january", "yesterday"): words of when, never a name or a party."""
    t = load(code, "time")
    return frozenset(w.lower().rstrip(".") for k in ("weekdays", "months", "seasons", "relative_days") for w in t.get(k, {}))


_WORD_LISTS = ("negation", "denial_cues", "spokesperson", "official", "campaign", "complement_words", "stopwords",
               "possessives", "pronouns", "mass_quantifiers", "dispute_words", "dispute_references",
               "dispute_openings", "reflexives", "conjunctions", "correlatives", "correlative_conjunctions",
               "sourceless", "name_particles", "refusal_pronouns", "refusal_objects", "person_reflexives", "negation_focus",
               "confirm_cues", "reaffirm_cues", "agree_cues", "confirm_refusals", "passive_agents", "floating_quantifiers", "appointments", "spokesperson_no_principal", "linking_s_after", "off_record", "articles",
               "self_references", "distinct_markers", "witness_roles", "finding_heads", "finding_generic", "owner_links",
               "inclusions", "retort_cues", "denial_back", "denial_back_determiners", "denial_back_adverbs",
               "denial_objects", "pointing_determiners", "pointing_demonstratives", "singular_demonstratives", "predicative_as", "dismissals", "evidence_absent", "pointing_adverbs",
               "dual_quantifiers", "plural_nouns", "source_relatives", "falsity_words", "denier_pronouns")


@cache
def word_lists() -> dict[str, frozenset[str]]:
    """Negation words, denial cues, spokesperson, official and campaign words, and stopwords of
    every language, pooled: a claim and its translation are compared with each other's words."""
    out: dict[str, set[str]] = {k: set() for k in _WORD_LISTS}
    for lang in languages():
        try:
            d = load(lang, "link")
        except (FileNotFoundError, OSError):
            continue
        for k in out:
            out[k].update(w.lower() for w in d.get(k, []))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def phrases(kind: str) -> re.Pattern[str]:
    words = sorted(word_lists()[kind], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else re.compile(r"(?!)")


def content_keys(words: list[str]) -> set[str]:
    """The comparison keys of a content's words, less stopwords, short words and digits: a
    capitalised word (a name, a German noun) by `name_key`, which folds transliterations
    ("Selenskyj" = "Zelensky"), an ordinary word in lower case only, so that no rule for names
    makes two ordinary words one ("seit" is not "Zeit", "yet" is not "jet")."""
    stop = word_lists()["stopwords"]
    return {name_key(w) if w[:1].isupper() else w.lower() for w in words
            if w.lower() not in stop and len(w) > 2 and not w.isdigit()}


_CAPITALISED = re.compile(r"(?<![\w'’])[A-ZÄÖÜ][\w'’-]*")


_SENTENCE_OPENERS = frozenset(".!?:\"“”„'‘()–—-")


@cache
def _names_by_case(lang: str | None) -> bool:
    """Whether a capitalised word inside a sentence of the language is a name (`names_by_case` of
    resources/<lang>/link.json: English, not German, which capitalises every noun)."""
    if not lang or lang not in languages():
        return False
    try:
        return bool(load(lang, "link").get("names_by_case"))
    except (FileNotFoundError, OSError):
        return False


@lru_cache(maxsize=65536)
def name_words(text: str, lang: str | None) -> frozenset[str]:
    """The comparison keys (`content_keys`) of the words of a content that are parts of names,
    where the language tells names by their case: the capitalised words, but a stopword or
    pronoun that opens a sentence ("The", "She"). Empty for other languages."""
    if not _names_by_case(lang):
        return frozenset()
    lex = word_lists()
    out: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        before = text[: m.start()].rstrip()
        low = m.group().lower()
        if (not before or before[-1] in _SENTENCE_OPENERS) and (low in lex["stopwords"] or low in lex["pronouns"]):
            continue
        out |= content_keys([m.group()])
    return frozenset(out)


def negates(words: list[str]) -> bool:
    """Whether lower-case words hold a negation ("not", "never", "doesn't", "kein"), other than one
    that only narrows what follows ("not just a few donors", "not only in Ohio", "nicht nur in
    Berlin": `negation_focus` of resources/<lang>/link.json), which denies nothing."""
    lex = word_lists()
    return any((w in lex["negation"] or w.endswith("n't")) and not (i + 1 < len(words) and words[i + 1] in lex["negation_focus"])
               for i, w in enumerate(words))


FULL_NAME = re.compile(r"\b[A-ZÄÖÜ][\w'’-]+ [A-ZÄÖÜ][\w'’-]+")
