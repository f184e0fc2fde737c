"""The gender of a person mention or a name, for the pronouns that point back at it (English
gendered words and given names of resources/en/gender.json, German role endings)."""

from __future__ import annotations

import re
from functools import cache

from ...document import Document
from ...resources import load
from ..lexicon import lang
from .gazetteer import is_role, translit_key


@cache
def en_gender_words() -> tuple[dict[str, str], dict[str, str]]:
    """resources/en/gender.json as two look-ups: word or title → "f"/"m", given name → "f"/"m"."""
    data = load("en", "gender")
    words = {w: "f" for w in data.get("feminine_words", [])} | {w: "m" for w in data.get("masculine_words", [])}
    names = {w: "f" for w in data.get("feminine_given_names", [])} | {w: "m" for w in data.get("masculine_given_names", [])}
    return words, names


@cache
def given_name_keys() -> frozenset[str]:
    """The given names of resources/en/gender.json as person-token keys."""
    _words, names = en_gender_words()
    return frozenset(translit_key(n) for n in names)


def _en_gender(text: str) -> str | None:
    """"f" or "m" for an English mention whose title, role or kinship noun tells ("Mrs. Lee",
    "the spokeswoman", "his brother"), else whose first given name does ("Ann Lee"); None when
    nothing tells (resources/en/gender.json)."""
    words, names = en_gender_words()
    toks = re.findall(r"[\w'’-]+\.?", text)
    for w in reversed(toks):
        g = words.get(w) or words.get(w.rstrip(".")) or (words.get(w.lower()) if w[:1].islower() else None)
        if g is not None:
            return g
    roles = lang("en").person_roles
    caps = [w.rstrip(".") for w in toks if w[:1].isupper() and w.rstrip(".") not in words and w not in roles and w.rstrip(".") not in roles]
    return names.get(caps[0]) if len(caps) >= 2 else None


def gender_of(text: str, doc: Document, code: str = "de") -> str | None:
    """"f" or "m" for a mention whose words tell ("p" for a group that a count opens), else None: in English its title, role noun or
    given name (`_en_gender`); in German its role noun ("Ministerin Anna Roth", "der
    Vorsitzende", "Ehefrau"; `feminine_words` / `masculine_words` for the nouns without a
    feminine suffix)."""
    if code == "en":
        return _en_gender(text)
    lx = lang("de")
    words = re.findall(r"[\w-]+", text)
    if words and words[0].lower() in lx.plural_openers | lx.name_quantifiers:
        return "p"  # "Tausende Fischer", "mehrere Anwohner": many, no one person
    # the first role noun is the head, the ones after it its owners ("Anna Roth, die Gründerin
    # des Vereins der Fischer"; "die Frau des Ministers")
    for k in range(len(words)):
        w = words[k]
        if w in lx.feminine_words:
            return "f"
        if w in lx.masculine_words:
            return "m"
        if not w[:1].isupper() or not is_role(w, lx):
            continue
        if w.endswith(("in", "innen")) and len(w) > 4:
            return "f"
        if w.endswith("e"):  # "die Vorsitzende", "der Abgeordnete": the article tells
            art = words[k - 1].lower() if k > 0 else ""
            return "f" if art in ("die", "eine") else ("m" if art in ("der", "ein") else None)
        return "m"
    return None
