"""A body named by its acronym ("CBP", "the HSE") and by its full name in the same text ("Harbour
Safety Executive") is one source (issue 7: one entity per real-world source), typed by the head
of its full name ("… Administration": government).

- `expansion`: the full name that an acronym abbreviates, where the text writes it: a run of
  capitalised words (joined by the `acronym_joiners` of lexicon.json: "of", "for", "and", "the",
  "&") whose initials, from one of its words on, spell the acronym; the run may go on after it
  ("Centre for Harbour Safety and Rescue" for "CHS") and may open with words before it (an
  adjective of a country: "Vellish Centre for Harbour Safety" for "CHS").
- `spells_compound_name` (German, session 34): a name whose capitalised words, read with the parts of
  their compounds, spell the acronym ("Technischer Überwachungsverein" for "TÜV", "Verkehrsclub
  Nordland" for "VCN", "Institut für Höhere Studien" for "IHS").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...resources import load

#: an acronym: two to six capitals and nothing else ("CBP", "HSE"; not "DoD", nor a plural "NGOs")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: a capitalised word of a name (letters, an apostrophe or a hyphen inside)
_CAP = r"[A-Z][\w'’-]*"


@cache
def _joiners(code: str) -> frozenset[str]:
    return frozenset(load(code, "lexicon").get("acronym_joiners", []))


@lru_cache(maxsize=64)
def _runs(text: str, code: str) -> tuple[tuple[str, ...], ...]:
    """Every run of capitalised words and joiners in `text`, as its words (joiners kept): one
    pass over the text per document (the last documents' texts kept, not every text ever read)."""
    joiners = _joiners(code)
    if not joiners:
        return ()
    join = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w'’-]){_CAP}(?:\s+(?:(?:{join})\s+)*{_CAP})+")
    return tuple(tuple(m.group(0).split()) for m in rx.finditer(text))


def expansion(text: str, acronym: str, code: str) -> str | None:
    """The full name `acronym` abbreviates in `text` (see the module's doc), the longest such run;
    None when the text writes none."""
    if not ACRONYM.match(acronym):
        return None
    joiners = _joiners(code)
    best: str | None = None
    for words in _runs(text, code):
        content = [k for k, w in enumerate(words) if w not in joiners]
        initials = "".join(words[k][0] for k in content)
        at = initials.find(acronym)
        if at < 0:
            continue
        covered = content[at : at + len(acronym)]
        if any(words[k].isupper() and len(words[k]) > 1 for k in covered):
            continue  # "the CBP Office": another acronym inside, no full name
        end = covered[-1] + 1
        while end + 1 < len(words) and words[end] in joiners and words[end + 1] not in joiners:
            end += 2  # "… Control and Prevention": the name goes on after a joiner, not after a plain word
        start = covered[0]
        before = [k for k in range(start) if words[k].lower() not in joiners]
        while before and country_adjective(words[before[-1]]):
            start = before.pop()  # "Vellish Centre for Harbour Safety": a country's adjective before the name is the name's
        name = " ".join(words[start:end])
        name = re.sub(r"['’]s?$", "", name)
        if best is None or len(name) > len(best):
            best = name
    return best


def country_adjective(word: str) -> bool:
    """A capitalised adjective of a country or a people by its ending ("Chinese", "Swedish", "Kenyan")."""
    return word[:1].isupper() and word.lower().endswith(("ish", "an", "ese", "ic", "i"))


#: an acronym of German letters: two to six capitals (umlauts too), lower-case letters inside allowed
#: after the first ("TÜV", "VwGH", "OeNB")
GERMAN_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{1,5}$")


def spells_compound_name(acronym: str, name: str) -> bool:
    """Whether the capitalised words of `name` spell `acronym` (German; see the module's doc): each
    such word gives the acronym's next letter with its initial, and may give the letters after it
    from inside the word, in order (the parts of a compound: "Über|wachungs|verein" gives "ÜV"); a
    lower-case word ("für", "und") gives none. Every letter of the acronym is used and every
    capitalised word gives one; an acronym of two letters needs two words. A letter from inside a word
    opens a part of three letters or more after one of three or more ("Bundes|kriminal|amt"; not the
    "k" of "Bank": review of session 34)."""
    if not GERMAN_ACRONYM.match(acronym) or sum(c.isupper() for c in acronym) < 2:
        return False
    words = [w for w in re.findall(r"[\wÄÖÜäöüß]+", name) if w[:1].isupper()]
    if not words or (len(acronym) == 2 and len(words) < 2) or len(words) > len(acronym):
        return False
    letters = acronym.lower().replace("oe", "ö").replace("ae", "ä").replace("ue", "ü")

    def fit(k: int, at: int) -> bool:
        # letters[at:] spelled by words[k:]
        if k == len(words):
            return at == len(letters)
        if at == len(letters) or words[k][0].lower() != letters[at]:
            return False
        rest = words[k][1:].lower()
        at += 1
        pos, last = 0, -1
        while True:
            if fit(k + 1, at):
                return True
            if at == len(letters):
                return False
            pos = rest.find(letters[at], max(pos, last + 3))
            while pos >= 0 and len(rest) - pos < 3:
                pos = -1  # (too near the word's end to open a part)
            if pos < 0:
                return False
            last = pos
            pos += 1
            at += 1

    return fit(0, 0)
