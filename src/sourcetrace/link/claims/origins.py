"""Whom a source names, as an origin of a claim: whether it names nobody (an unresolved pronoun, only
a role, a thing) or no source at all ("unconfirmed reports"), someone unnamed who speaks for
themself ("a witness"), the outlet itself, a pollster, a passive's agent, or a person named in
the genitive; and the key one source shares across languages."""

from __future__ import annotations

import re
from typing import Any

from ...resources import languages, languages_for, load
from ...textutil import lower_aligned
from ..entities import institution_key, name_key, one_name
from .speakers import officials_of, spokesperson_for
from .words import FULL_NAME, WORD, phrases, word_lists


def genitive_of(name: str | None, persons: list[str], lang: str | None) -> str | None:
    """The person of the document a bare name in the genitive names, in a language that writes
    it with an s after the name (`genitive_s_names` of resources/<lang>/link.json: "nach
    Aussagen Gordons", "laut Angaben Vossbergs" → "Michael Gordon" where he is a source of the
    article, by the one person whose surname it is); None otherwise."""
    words = (name or "").split()
    if len(words) != 1 or not words[0][:1].isupper() or not words[0].endswith("s") or len(words[0]) < 4:
        return None
    if not any(load(x, "link").get("genitive_s_names") for x in languages_for(lang)):
        return None
    stem = name_key(words[0][:-1])
    found = {p for p in persons if len(p.split()) >= 2 and name_key(p.split()[-1]) == stem}
    return next(iter(found)) if len(found) == 1 else None


def one_source(name: str, lang: str | None) -> str:
    """The key of a source's name that its German and its English form share: one institution's
    word ("Innenministerium", "the interior ministry": `institution_key`), one place or body under
    its two names ("Kreml", "Kremlin": `one_name`), else the name's key (transliteration folded) —
    so that two contents that name one source in the two languages are not parted as naming
    others (`veto`)."""
    return institution_key(name) or one_name(name_key(name), lang)


def own_words(text: str, src: dict[str, Any] | None, cue: dict[str, Any] | None, reach: int = 80) -> bool:
    """Whether the words from an attribution's source to its cue name the article's own outlet
    ("Maintenance records seen by this newspaper show …", where the source is "Maintenance
    records": `self_reference`): the outlet's own finding."""
    if not src or "start" not in src:
        return False
    start = int(src["start"])
    end = int((cue or {}).get("start", src.get("end", start)))
    if not start <= end <= start + reach:
        end = int(src.get("end", start))
    return self_reference(text[start:end] if end > start else src.get("text")) is not None


def without_reflexive(name: str | None) -> str | None:
    """A source name without a reflexive after it ("Sanders himself" → "Sanders")."""
    if not name:
        return name
    words = name.split()
    if len(words) > 1 and words[-1].lower() in word_lists()["reflexives"]:
        return " ".join(words[:-1])
    return name


def person_reflexive(name: str | None) -> bool:
    """Whether a source name ends in a reflexive that only a person takes ("Sanders himself";
    `person_reflexives` of resources/<lang>/link.json)."""
    words = (name or "").split()
    return len(words) > 1 and words[-1].lower() in word_lists()["person_reflexives"]


def names_nobody(name: str | None, role: str | None = None, type_: str | None = None, lang: str | None = None,
                 mention: str | None = None) -> bool:
    """Whether a source as the analysis gave it names nobody: a pronoun it did not resolve
    ("he", "sie", "Demnach"), only its role ("Justice", role "Justice"), a mass quantifier,
    which counts no people ("much of the debate"), or an unnamed source that is only a thing
    (`a_thing`: "self-defense", "the move"). Such a member asserts the claim but adds no origin
    (`resources/<lang>/link.json`: `pronouns`, `mass_quantifiers`)."""
    words = re.findall(r"[\w'’]+", (name or "").lower())
    if not words:
        return True
    if unnamed_person(name):
        return False  # "a witness", "Augenzeuge": someone unnamed who speaks for themself, not a lost name
    if role and name_key(role) == name_key(name or "") and not spokesperson_for(name, role) and not officials_of(name):
        # only a role ("Justice"): whose, the analysis lost; a spokesperson or officials of an
        # institution ("Sprecher des Auswärtigen Amtes") name the one they speak for
        return True
    if type_ in (None, "unnamed") and role_again(name, mention, lang):
        return True
    lex = word_lists()
    if (len(words) == 1 and words[0].replace("’", "'") in lex["pronouns"]) or words[0] in lex["mass_quantifiers"]:
        return True
    return type_ == "unnamed" and a_thing(name or "", mention, lang)


def role_again(name: str | None, mention: str | None, lang: str | None) -> bool:
    """Whether an unnamed source is only a person's role after a definite article ("the
    justice", "der Richter"; `definite_articles` of resources/<lang>/link.json, a role of
    `person_roles` of lexicon.json), as an article names again someone it named before ("Ruth
    Bader Ginsburg said …; the justice said …"): whose role it is, the analysis lost. "A
    justice", "the witness" (`witness_roles`) and a spokesperson (who speaks for a principal)
    are someone else."""
    from ...steps.lexicon import lang as lexicon
    from ...steps.sources import is_role

    words = re.findall(r"[\w'’-]+", mention or "")
    if lang not in languages() or len(words) != 2 or name_key(words[1]) != name_key(name or ""):
        return False
    article, word = words[0].lower(), words[1]
    if article not in {w.lower() for w in load(lang, "link").get("definite_articles", [])}:
        return False
    lex = word_lists()
    if word.lower() in lex["witness_roles"] or word.lower() in lex["spokesperson"]:
        return False
    lx = lexicon(lang)
    return is_role(word, lx) or is_role(word[:1].upper() + word[1:], lx)


def a_thing(name: str, mention: str | None, lang: str | None) -> bool:
    """Whether an unnamed source is a thing, no one who could say anything, in a language whose
    names are capitalised and other nouns not (`lowercase_descriptions` of link.json): one
    lower-case word in the singular, written as it stands ("self-defense", "economy", "amid"), that the
    source typing does not know as a speaker (`type_heads`, `person_roles` of
    resources/<lang>/lexicon.json) and that does not end like one who acts (`agent_endings` of
    link.json: "businessman", "commenter", "racist")."""
    from ...steps.lexicon import lang as lexicon
    from ...steps.sources import head_type, is_role

    if lang not in languages() or not load(lang, "link").get("lowercase_descriptions"):
        return False
    words = re.findall(r"[\w'’-]+", name)
    if len(words) != 1 or not words[0].islower() or words[0].endswith("s") or (mention and mention.strip() != name):
        return False  # (a plural may be people: "superdelegates"; a pronoun resolved to the name is the analysis's)
    lx = lexicon(lang)
    word = words[0]
    return (word not in lx.determiners and head_type(words, lx)[0] is None and not is_role(word, lx)
            and not word.endswith(tuple(load(lang, "link").get("agent_endings", []))))


def names_no_source(name: str | None) -> bool:
    """Whether a source as the analysis gave it is no source at all but what is said to be
    known ("ersten Annahmen zufolge", "unconfirmed reports", "Gerüchten zufolge"): a noun of
    `sourceless` (resources/<lang>/link.json) with nothing but lower-case words before it. The
    claim is then unattributed, as if no source stood there; "Reuters reports" names one."""
    words = re.findall(r"[\w'’-]+", name or "")
    if not words or words[-1].lower() not in word_lists()["sourceless"]:
        return False
    return all(w[:1].islower() for w in words[:-1])


def self_reference(text: str | None) -> str | None:
    """The words by which an article names its own outlet in a source or a sentence ("Records
    seen by this newspaper", "Recherchen unserer Zeitung": `self_references` of
    resources/<lang>/link.json), or None: a finding told so is the outlet's own, an origin of
    its own rather than a relay of someone else's (`Linker._origin`)."""
    if not text:
        return None
    m = phrases("self_references").search(lower_aligned(text))
    return text[m.start() : m.end()] if m else None


def unnamed_person(name: str | None) -> bool:
    """Whether a source names people only by what they are to the happening ("a witness", "a
    second witness", "Anwohner": its head word in `witness_roles` of resources/<lang>/link.json,
    no name beside it): someone who speaks for themself without a name, an unnamed source of
    the article — neither a person whose name the analysis lost (`names_nobody`) nor one person
    across the corpus."""
    if not name or FULL_NAME.search(name):
        return False
    lex = word_lists()
    head = None
    for w in re.findall(r"[\w'’-]+", name):
        if w.lower() in lex["complement_words"]:
            break
        head = w
    return head is not None and head.lower() in lex["witness_roles"]


def finding_subject(subject: str, most: int = 6) -> str | None:
    """Who found what a sentence member reports, where the words before its cue name a finding
    of someone named ("A Harwick University poll found …" → "Harwick", "Eine
    Kelm-Umfrage ergab …" → "Kelm"): at most `most` words, no comma, ending in a noun of
    `finding_heads` of resources/<lang>/link.json (in German also as the end of a compound),
    with a capitalised word between the first and the head or before the compound's head, less
    the words that only say what kind of body it is (`finding_generic`: "University",
    "Institut"). None otherwise ("The poll showed …", "Eine Umfrage ergab …"). The pollster is
    the origin: two articles' words for one poll are one origin, two pollsters two."""
    words = re.findall(r"[\w'’-]+", subject)
    if not words or len(words) > most or "," in subject:
        return None
    lex = word_lists()
    heads = lex["finding_heads"]
    last = words[-1].lower()
    head = last if last in heads else next((h for h in sorted(heads, key=len, reverse=True)
                                           if len(h) >= 5 and last.endswith(h) and len(last) > len(h) + 2), None)
    if head is None:
        return None
    names = [w for w in words[1:-1] if w[:1].isupper() and w.lower() not in lex["finding_generic"]]
    stem = words[-1][: len(words[-1]) - len(head)].rstrip("-") if head != last else ""
    if len(stem) >= 3 and stem[:1].isupper() and stem.lower() not in lex["finding_generic"]:
        names.append(stem)
    return " ".join(names) or None


def distinct_source(name: str, mention: str | None) -> str:
    """An unnamed source's name with the word that makes it another one than the one told before
    it ("A second witness", "Ein weiterer Anwohner", "another resident": `distinct_markers` of
    resources/<lang>/link.json) where the analysis left that word out of the name: two unnamed
    sources of one article that the article itself tells apart count apart."""
    markers = word_lists()["distinct_markers"]
    have = {w.lower() for w in re.findall(r"\w+", name)}
    for w in re.findall(r"\w+", mention or ""):
        if w.lower() in markers and w.lower() not in have:
            return f"{w.lower()} {name}"
    return name


def passive_agent(ctext: str, at: int, end: int, lang: str | None, most: int = 6) -> str | None:
    """The agent of a passive cue in a sentence of the article's own words ("This was confirmed
    by the police", "Dies wurde von der Polizei bestätigt": a passive auxiliary before the cue
    at `at`..`end` in its clause, then a word of `passive_agents` of resources/<lang>/link.json
    after the cue or before it, then the agent, at most `most` words up to a preposition that
    opens another phrase), or None: the sentence's speaker, whom the analysis did not read."""
    from ...steps.lexicon import PREPOSITIONS_DE, PREPOSITIONS_EN
    from ...steps.lexicon import lang as lexicon

    clause = re.split(r"[,;:]", ctext[:at])[-1]
    codes = languages_for(lang)
    auxiliaries = {a for c in codes for a in lexicon(c).passive_auxiliaries}
    if not {w.lower() for w in WORD.findall(clause)} & auxiliaries:
        return None
    lex = word_lists()
    agents = lex["passive_agents"]
    after = re.match(r"\s+(\w+)\s+([^,;:.!?“”\"]+)", ctext[end:])
    if after and after.group(1).lower() in agents:
        phrase = after.group(2)
    else:
        toks = list(re.finditer(r"[\w'’-]+", clause))
        k = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].group().lower() in agents), None)
        if k is None or k == len(toks) - 1:
            return None
        phrase = clause[toks[k + 1].start() :]
    stops = (PREPOSITIONS_DE | PREPOSITIONS_EN) - lex["complement_words"]
    words: list[str] = []
    for w in phrase.split()[:most]:
        if words and w.lower() in stops:
            break
        words.append(w)
    while len(words) > 1 and words[0].lower() in lex["articles"]:  # "der Polizei", "the police"
        words = words[1:]
    agent = " ".join(words).strip(" .,")
    return agent if re.search(r"[A-Za-zÄÖÜäöüß]{3}", agent) else None
