"""Sources across documents: one entity per real-world source.

Keys ignore case, German inflection and transliteration (`Selenskyj` = `Zelensky` = `Zelenskyy`,
through `resources/common/transliteration.json`), outlets and agencies resolve through their
aliases in `resources/common/outlets.json` ("WaPo" = "The Washington Post"), a person known by
full name also owns the bare surname, and anonymous sources are scoped: never merged across
outlets unless a chain links them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from ..resources import load
from ..steps.sources import _org_key, translit_key

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

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": sorted(self.aliases - {self.name}),
                "documents": sorted(self.documents), "rule": self.rule}


@lru_cache(maxsize=1 << 17)  # called for every content word of every claim member: names repeat
def name_key(name: str) -> str:
    """Comparison key of a name: lower case, transliteration folded, articles dropped."""
    words = re.findall(r"[\w@][\w@'’.-]*", name.lower())
    return " ".join(translit_key(w.strip(".")) for w in words if w not in _ARTICLES)


@cache
def _gazetteer() -> dict[str, tuple[str, str]]:
    """name key of every outlet/agency/institution name and alias → (canonical name, type)."""
    out: dict[str, tuple[str, str]] = {}
    for e in load("common", "outlets").get("entries", []):
        for n in [e["name"], *e.get("aliases", [])]:
            out.setdefault(name_key(n), (e["name"], e["type"]))
    return out


def canonical_outlet(name: str) -> tuple[str, str] | None:
    """(canonical name, type) of a known outlet, agency or institution, else None."""
    return _gazetteer().get(name_key(name))


def looks_like_a_name(words: list[str]) -> bool:
    """Whether words are a name as people are called — each capitalised or a name particle
    ("Ludwig van Beethoven", `name_particles` of resources/<lang>/link.json) — rather than a
    description that ends in one ("Hacked emails of Clinton", "former staff member for the
    Sanders campaign") or two people ("Neither John Kasich nor Marco Rubio")."""
    from .claims import _lex

    particles = _lex()["name_particles"]
    return bool(words) and all(w[:1].isupper() or w.lower() in particles for w in words)


_NAME_WORD = re.compile(r"[\w'’.-]+")
#: a colon (a heading before the name) or a possessive ending: the name as written, not as called
_NOT_A_NAME = re.compile(r"[:;]|['’]s?$")


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
        keys = [name_key(n) for n in names if n.strip()]
        if type_ != "person":  # an institution also by its stem: "des Innenministeriums" = "Innenministerium"
            keys += ["inst:" + _org_key(n) for n in names if n.strip()]
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
                    if hit and self.entities[hit].type == "person":
                        eid = hit
                        break
        ent = self.entities[eid] if eid else self._new(name, type_, "link.entity.key")
        if (len(name) > len(ent.name) and type_ == "person" and looks_like_a_name(_NAME_WORD.findall(name))
                and not _NOT_A_NAME.search(name)):
            ent.name = name  # the fullest form that is a name names the entity (not "Latest: Anna Berg", "Anna Berg's")
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
