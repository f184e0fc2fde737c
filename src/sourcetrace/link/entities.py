"""Sources across documents: one entity per real-world source.

Keys ignore case, German inflection and transliteration (`Selenskyj` = `Zelensky` = `Zelenskyy`,
through `resources/common/transliteration.json`), outlets and agencies resolve through their
aliases in `resources/common/outlets.json` ("WaPo" = "The Washington Post"), a person known by
full name also owns the bare surname, and anonymous sources are scoped: never merged across
outlets unless a chain links them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from ..resources import languages, languages_for, load
from ..steps.sources import org_key, translit_key

#: source types whose speakers are nobody in particular
ANONYMOUS_TYPES = frozenset({"anonymous", "unnamed"})
#: source types that relay what others said rather than originate it
RELAY_TYPES = frozenset({"media", "news_agency", "website"})
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "the", "a", "an", "ein", "eine"})


@dataclass
class Entity:
    """One source across the corpus."""

    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    rule: str = "link.entity.key"
    scope: str = ""  # an anonymous source's scope: "outlet:<entity id>" or "doc:<document id>"
    forms: dict[str, int] = field(default_factory=dict)  # a person's name as written → how often (`display_form`)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": sorted(self.aliases - {self.name}),
                "documents": sorted(self.documents), "rule": self.rule}


@lru_cache(maxsize=1 << 17)  # called for every content word of every claim member: names repeat
def name_key(name: str) -> str:
    """Comparison key of a name: lower case, transliteration folded, articles dropped."""
    words = re.findall(r"[\w@][\w@'’.-]*", name.lower())
    return " ".join(translit_key(w.strip(".")) for w in words if w not in _ARTICLES)


@cache
def outlet_gazetteer() -> dict[str, tuple[str, str]]:
    """name key of every outlet/agency/institution name and alias → (canonical name, type)."""
    out: dict[str, tuple[str, str]] = {}
    for e in load("common", "outlets").get("entries", []):
        for n in [e["name"], *e.get("aliases", [])]:
            out.setdefault(name_key(n), (e["name"], e["type"]))
    return out


@cache
def _adjective_ends(lang: str | None) -> re.Pattern[str] | None:
    """The adjective endings of the names of a language (`adjective_endings` of
    resources/<lang>/link.json: German "e", "er", "en", "es", "em"; English has none) as a pattern
    of a word's end — those of every language when `lang` has no resources (`languages_for`) — or
    None when there are none."""
    ends = sorted({e for x in languages_for(lang) for e in load(x, "link").get("adjective_endings", [])}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ends)) + ")$") if ends else None


def _declension_free(key: str, ends: re.Pattern[str]) -> str:
    """A name key of two words or more with the adjective endings `ends` of its words but the last
    taken off ("europaishe gerichtshof", "europaisher gerichtshof": "europaish gerichtshof";
    "veisse haus", "veisses haus"): the strong and weak forms of one German name ("der Europäische
    Gerichtshof", "des Europäischen Gerichtshofs"; "das Weiße Haus", "ein Weißes Haus"). A one-word
    key is returned as it is."""
    words = key.split()
    if len(words) < 2:
        return key
    return " ".join([*(ends.sub("", w) if len(ends.sub("", w)) >= 3 else w for w in words[:-1]), words[-1]])


@cache
def exonym_keys() -> dict[str, str]:
    """name key of each German and English form of a place or institution → the key of the group's
    first form (`resources/common/exonyms.json`); a form of two words or more also without the
    adjective endings of each language that has them (`_declension_free`, under "~<lang>:"), under
    which `one_name` looks a key of that language up when its own form is not listed."""
    out: dict[str, str] = {}
    groups = [[name_key(x) for x in group] for group in load("common", "exonyms").get("groups", [])]
    for keys in groups:
        for k in keys:
            out.setdefault(k, keys[0])
    for lang in languages():
        ends = _adjective_ends(lang)
        if ends is None:
            continue
        for keys in groups:
            for k in keys:
                out.setdefault(f"~{lang}:" + _declension_free(k, ends), keys[0])
    return out


def one_name(key: str, lang: str | None = None) -> str:
    """The name key that stands for all the forms of a name in German and English (`exonym_keys`):
    of its own form, else, in a language whose names decline, of the form without its adjective
    endings ("Europäische Gerichtshof" as "Europäischer Gerichtshof"; an English "Green Party" keeps
    its words). `lang` is the language of the text the name is from; with none known, every
    language's endings are tried."""
    names = exonym_keys()
    hit = names.get(key)
    if hit is not None or " " not in key:
        return hit or key
    for x in languages_for(lang):
        ends = _adjective_ends(x)
        if ends is not None and (hit := names.get(f"~{x}:" + _declension_free(key, ends))) is not None:
            return hit
    return key


def is_exonym(key: str, lang: str | None = None) -> bool:
    """Whether a name key of a text in `lang` is a form of a group of exonyms.json (`one_name` maps it)."""
    return one_name(key, lang) != key or key in exonym_keys()


@cache
def _institution_words() -> dict[str, str]:
    """The key (`org_key`) of each German and English word for one institution named without
    its proper name ("Polizei", "police"; `institutions` of resources/common/exonyms.json) → the
    key of its group's first word."""
    out: dict[str, str] = {}
    for group in load("common", "exonyms").get("institutions", []):
        keys = [org_key(x) for x in group]
        for k in keys:
            out.setdefault(k, keys[0])
    return out


def institution_key(name: str) -> str | None:
    """The key that a German and an English word for one institution share ("die Polizei",
    "the police" → "xl:police"), or None for a name of no such group."""
    k = _institution_words().get(org_key(name))
    return f"xl:{k}" if k else None


def canonical_outlet(name: str) -> tuple[str, str] | None:
    """(canonical name, type) of a known outlet, agency or institution, else None."""
    return outlet_gazetteer().get(name_key(name))


def looks_like_a_name(words: list[str]) -> bool:
    """Whether words are a name as people are called — each capitalised or a name particle
    ("Ludwig van Beethoven", `name_particles` of resources/<lang>/link.json) — rather than a
    description that ends in one ("Hacked emails of Clinton", "former staff member for the
    Sanders campaign") or two people ("Neither John Kasich nor Marco Rubio")."""
    from .claims.words import word_lists

    particles = word_lists()["name_particles"]
    return bool(words) and all(w[:1].isupper() or w.lower() in particles for w in words)


_NAME_WORD = re.compile(r"[\w'’.-]+")
#: a colon (a heading before the name) or a possessive ending: the name as written, not as called
_NOT_A_NAME = re.compile(r"[:;]|['’]s?$")


@cache
def role_words() -> frozenset[str]:
    """Role words of every language, lower case ("president", "sen.", "bürgermeister": `person_roles`
    of resources/<lang>/lexicon.json): words before a name that are not a first name."""
    out: set[str] = set()
    for lang in languages():
        try:
            out.update(name_key(r) for r in load(lang, "lexicon").get("person_roles", []))
        except (FileNotFoundError, OSError):
            continue
    return frozenset(out)


def display_form(name: str) -> str | None:
    """The form of a person's name that can name the entity: without the role words before it
    ("Sen. Bernie Sanders" → "Bernie Sanders"; `person_roles` of resources/<lang>/lexicon.json);
    None for what is not a name as people are called ("former staff member for the Sanders"), a
    heading before the name or a possessive ("Latest: Anna Berg", "Anna Berg's")."""
    words = name.split()
    while len(words) > 2 and name_key(words[0]) in role_words():
        words = words[1:]
    form = " ".join(words)
    if not looks_like_a_name(_NAME_WORD.findall(form)) or _NOT_A_NAME.search(form):
        return None
    return form


def _other_first_name(ent: Entity, toks: list[str]) -> bool:
    """Whether a person entity known by a full name has another first name than the name `toks`
    (name-key words) gives: "Bill Clinton" is not the "Hillary Clinton" whose surname he shares.
    Initials and role words ("Donald J. Trump", "President Barack Obama") are no first names."""
    firsts = {t for t in toks[:-1] if len(t) > 1 and t not in role_words()}
    if not firsts:
        return False
    known = [k for k in (name_key(a).split() for a in ent.aliases if looks_like_a_name(_NAME_WORD.findall(a)))
             if len(k) >= 2 and k[-1] == toks[-1]]
    return bool(known) and not any(firsts & set(k[:-1]) for k in known)


def one_person_named(a: str, b: str) -> bool:
    """Whether two names that members of one claim give their sources can name one person, by the
    names alone: one surname, written as people are called, and no two first names that differ
    ("Ann Holt", "Ann M. Holt", "Holt" and "Dr. Ann Holt" are one; "Ben Holt" is another); where
    a name gives initials only, its initials agree in order with the other's given names ("A. Holt"
    and "A. M. Holt" are "Ann Holt", "B. Holt" is not: `_initials`). It reads
    no resolver state: what other documents linked before
    or after name does not change it (the resolver's own identity does: a bare surname is the one
    person of that surname it knows so far)."""
    ta, tb = name_key(a).split(), name_key(b).split()
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if not (looks_like_a_name(_NAME_WORD.findall(a)[-2:]) and looks_like_a_name(_NAME_WORD.findall(b)[-2:])):
        return False
    fa, fb = ({t for t in toks[:-1] if len(t) > 1 and t not in role_words()} for toks in (ta, tb))
    if fa and fb:
        return bool(fa & fb)
    # (an initial stands for a first name of that letter: "J. Smith" and "John Smith" are one,
    # "J. Smith" and "Ben Smith", "J. R. Smith" and "J. K. Smith" are two)
    ia, ib = _initials(a), _initials(b)
    return all(x == y for x, y in zip(ia, ib))


def _initials(name: str) -> list[str]:
    """The first letters of the given names of a person's name, role words left out, in order
    ("Dr. John R. Smith": ["j", "r"]); the letter folded as `name_key` folds a name's first letter
    ("Ö." and "Özil", "J." and "Jan" agree)."""
    words = [w for w in re.findall(r"[\w@][\w@'’.-]*", name.lower()) if w not in _ARTICLES]
    keys = [translit_key(w.strip(".")) for w in words]
    return [translit_key(w.strip(".")[:1]) for w, k in zip(words[:-1], keys[:-1]) if k and k not in role_words()]


_PERSON_NAME = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß'’-]+ [A-ZÄÖÜ][a-zäöüß'’-]+$")


def effective_type(name: str | None, type_: str | None, mention: str | None = None, lang: str | None = None) -> str:
    """The source's type, except that an 'unnamed' source that ends in a first and last name
    ("Feuerwehrkommandant Hans Becker") is a person, and one that is not a group of people
    ("die Feuerwehr", "the fire department"; `claims.is_group`) is an institution: one origin
    across articles, not an unnamed group counted once per article."""
    from .claims import is_group

    t = type_ or "unnamed"
    if t == "unnamed" and name and _PERSON_NAME.search(name) and not canonical_outlet(name):
        return "person"
    if t == "unnamed" and name and not is_group(name, mention, lang):
        return "institution"
    return t


@cache
def _stopwords() -> frozenset[str]:
    """The function words of every language (`stopwords` of resources/<lang>/link.json)."""
    out: set[str] = set()
    for lang in languages():
        try:
            out.update(w.lower() for w in load(lang, "link").get("stopwords", []))
        except (FileNotFoundError, OSError):
            continue
    return frozenset(out)


def proper_tail(name: str) -> str | None:
    """The proper name at the end of a source described by common words before it ("grid operator
    Ukrenergo", "the carmaker Velora Motors": "Ukrenergo", "Velora Motors"), where every word
    before it is in lower case and the last of them no function word ("ministry of Defence" is no
    description of "Defence"); None otherwise. (In German, whose nouns are capitalised, the words of
    a description cannot be told by their case.)"""
    words = name.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if not first or not all(w[:1].isupper() or not w[:1].isalpha() for w in words[first:]):
        return None
    before = words[1 if words[0].lower() in _ARTICLES else 0 : first]
    if any(not w[:1].isalpha() or w.lower() in _stopwords() for w in before):
        return None
    return " ".join(words[first:])


class EntityResolver:
    """Assigns entity ids to (document, source) pairs; incremental: new names join old entities."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self._by_key: dict[str, str] = {}
        self._surnames: dict[str, set[str]] = {}  # surname key → person entity ids

    def _new(self, name: str, type_: str, rule: str) -> Entity:
        ent = Entity(f"e{len(self.entities) + 1}", name, type_, {name}, rule=rule)
        self.entities[ent.id] = ent
        return ent

    @staticmethod
    def _name(ent: Entity, name: str, doc_id: str) -> None:
        """Counts a form of a person's name (`display_form`); the entity is named by its most
        frequent form of two or more words ("Hillary Clinton" rather than a "Rival Hillary Clinton"
        told once or the bare "Clinton"), on a tie by the name it has."""
        form = display_form(name)
        if form is None:
            return
        if not ent.forms and ent.documents - {doc_id}:  # known before its forms were counted (a reloaded store)
            ent.forms[ent.name] = len(ent.documents)
        ent.forms[form] = ent.forms.get(form, 0) + 1

        def rank(f: str) -> tuple[bool, int, bool]:
            return len(f.split()) > 1, ent.forms[f], f == ent.name

        ent.name = max(ent.forms, key=rank)

    def outlet(self, name: str, doc_id: str | None = None) -> Entity:
        """The entity of an outlet (a document's publisher or a named medium)."""
        known = canonical_outlet(name)
        canon, type_ = known if known else (name, "media")
        key = "org:" + name_key(canon)
        eid = self._by_key.get(key)
        ent = self.entities[eid] if eid else self._new(canon, type_, "link.entity.outlet")
        self._by_key[key] = ent.id
        ent.aliases.add(name)
        if doc_id:
            ent.documents.add(doc_id)
        return ent

    def is_outlet(self, name: str) -> bool:
        """Whether the name is that of an outlet known to the corpus (a document's publisher)."""
        return "org:" + name_key(name) in self._by_key

    def known_as(self, name: str) -> set[str]:
        """The ids of the entities that an institution or outlet of this name already is (by its
        name, its stem as `resolve` keys institutions, or as an outlet), creating none."""
        outlet = canonical_outlet(name)
        keys = (name_key(name), "inst:" + org_key(name), "org:" + name_key(outlet[0] if outlet else name))
        return {self._by_key[k] for k in keys if k in self._by_key}

    # -- the resolver as rows (link.store): its name keys in the order they were made, its surnames
    def name_keys(self, start: int = 0) -> Iterator[tuple[str, str]]:
        """(name key, entity id) in the order the keys were made, from the `start`-th on."""
        return itertools.islice(self._by_key.items(), start, None)

    def key_count(self) -> int:
        return len(self._by_key)

    def surname_pairs(self) -> Iterator[tuple[str, str]]:
        """(surname key, entity id) of every person entity known by its surname."""
        return ((s, e) for s, ids in self._surnames.items() for e in ids)

    def restore_keys(self, keys: Iterable[tuple[str, str]]) -> None:
        """Takes back name keys as `name_keys` gave them (in the order they were made)."""
        self._by_key.update(keys)

    def restore_surnames(self, surnames: Iterable[tuple[str, str]]) -> None:
        """Takes back surname pairs as `surname_pairs` gave them."""
        for s, e in surnames:
            self._surnames.setdefault(s, set()).add(e)

    def has_surname(self, surname: str) -> bool:
        """Whether a person entity with this surname key is known."""
        return surname in self._surnames

    def resolve(self, name: str, type_: str, *, doc_id: str, scope: str, aliases: list[str] | None = None) -> Entity:
        """The entity of a named source of one document; `scope` keys anonymous sources
        (an outlet or document id: what the chain links them to)."""
        if type_ in ANONYMOUS_TYPES:
            key = f"anon:{scope}:{name_key(name)}"
            eid = self._by_key.get(key)
            ent = self.entities[eid] if eid else self._new(name, type_, "link.entity.anonymous_scoped")
            ent.scope = scope
            self._by_key[key] = ent.id
            ent.documents.add(doc_id)
            return ent
        if type_ in RELAY_TYPES or canonical_outlet(name) or self.is_outlet(name):
            return self.outlet(name, doc_id)
        names = [name, *(aliases or [])]
        if type_ != "person" and (tail := proper_tail(name)):
            names.append(tail)  # "grid operator Ukrenergo" is "Ukrenergo", as the German report names it
        keys = [name_key(n) for n in names if n.strip()]
        if type_ != "person":  # an institution also by its stem: "des Innenministeriums" = "Innenministerium"
            keys += ["inst:" + org_key(n) for n in names if n.strip()]
            # and by the word of the other language ("die Polizei" = "the police")
            keys += [k for k in (institution_key(n) for n in names if n.strip()) if k]
        eid = next((self._by_key[k] for k in keys if k in self._by_key), None)
        if eid is None and type_ == "person":
            toks = keys[0].split() if keys else []
            if len(toks) == 1:  # a bare surname: the one person with that surname, if unambiguous
                cands = self._surnames.get(toks[0], set())
                if len(cands) == 1:
                    eid = next(iter(cands))
            elif toks and looks_like_a_name(_NAME_WORD.findall(name)[-2:]):
                # a full name seen before without its role word ("Republican front-runner Donald
                # Trump"), or whose surname was seen bare; not a description that ends in a
                # surname ("Hacked emails of Clinton")
                for cand in (" ".join(toks[-2:]), toks[-1]):
                    hit = self._by_key.get(cand)
                    if hit and self.entities[hit].type == "person" and not (
                            cand == toks[-1] and _other_first_name(self.entities[hit], toks)):
                        eid = hit
                        break
                owners = self._surnames.get(toks[-1], set())
                if eid is None and len(owners) == 1:  # "Donald J. Trump", "President Trump" after "Donald Trump"
                    owner = next(iter(owners))
                    eid = None if _other_first_name(self.entities[owner], toks) else owner
        ent = self.entities[eid] if eid else self._new(name, type_, "link.entity.key")
        if type_ == "person":
            self._name(ent, name, doc_id)
        ent.aliases.update(n for n in names if n.strip())
        ent.documents.add(doc_id)
        for k in keys:
            self._by_key.setdefault(k, ent.id)
        if type_ == "person" and keys and looks_like_a_name(_NAME_WORD.findall(name)[-2:]):
            toks = keys[0].split()
            if len(toks) > 1:
                self._surnames.setdefault(toks[-1], set()).add(ent.id)
                if len(toks) > 2:  # "Feuerwehrkommandant Hans Becker" also owns "Hans Becker"
                    self._by_key.setdefault(" ".join(toks[-2:]), ent.id)
        return ent
