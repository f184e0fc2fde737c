"""Persons named in the text whether or not they speak (scanned names, appositions, given names,
the persons that open sentences, silent speakers), whom a later pronoun or surname may mean."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from ...document import CLAIM_SEGMENTS, Document, Span
from ...resources import languages, load, pick
from ..lexicon import PREPOSITIONS_EN, REL_PRONOUNS, Lang, lang
from ..syntax import MODELS, NER_EN
from .gazetteer import (
    NAME_TOKEN,
    country_names,
    function_words,
    gazetteer_match,
    is_role,
    noun_ending,
    place_noun_words,
    translit_key,
)
from .gender import en_gender_words, gender_of
from .mentions import MentionInfo, analyse_mention, thing_name
from .registry import Registry

_ROLE_NAME_RX: dict[int, tuple[set[str], re.Pattern[str]]] = {}
#: an English possessive ending on a name
_POSSESSIVE_S = re.compile(r"['’]s$")


def share_of_people(name: str, lx: Lang) -> bool:
    """A group named by a share of it ("70 percent of Americans", "Half of the voters", "Rund 20
    Prozent"): a number or a `share_words` word, then a share word or a number, opens the name;
    or a share word alone (one of `share_heads` where the language lists them)."""
    words = re.findall(r"[^\W\d_][\w'’-]*|\d[\d.,]*%?|%", name)
    if not (bool(lx.share_words) and len(words) >= 2):
        return False
    first = words[0].lower()
    if not (words[0][:1].isdigit() or _number_word(words[0], lx) or first in lx.share_words):
        return False
    if words[0].endswith("%") or words[1].lower() in lx.share_words or words[1][:1].isdigit():
        return True
    if first in lx.share_words and len(words) >= 3 and words[1].lower() in lx.determiners and words[2].lower() in lx.share_heads:
        return True  # "rund die Hälfte der Befragten": an approximation before the share's article
    # a share word alone opens one where the language lists no `share_heads`, else only such a
    # noun does ("Hälfte der Befragten"; not "Mehr Verträge": "mehr" needs a number or "als")
    return first in lx.share_words and (not lx.share_heads or first in lx.share_heads)


def _number_word(word: str, lx: Lang) -> bool:
    """"Sixty", "Fifty-one", "sechzig": a number written as words (time.json `numbers`,
    `number_words_units`)."""
    nums = _number_words(lx.code)
    return all(p in nums for p in word.lower().split("-")) if word else False


@cache
def _number_words(code: str) -> frozenset[str]:
    d = load(code, "time")
    return frozenset(k for key in ("numbers", "number_words_units") for k in (d.get(key) or {}) if " " not in k)


def role_name_rx(lx: Lang) -> re.Pattern[str]:
    """A role noun and the capitalised words after it (compiled once per role list); the role may be a
    compound's end after a capitalised word and a hyphen ("EU-Abgeordnete Jan Moser", "SPÖ-Chef Eva Roth")."""
    hit = _ROLE_NAME_RX.get(id(lx.person_roles))
    if hit is None or hit[0] is not lx.person_roles:
        roles = sorted(lx.person_roles, key=len, reverse=True)
        # the name right after the role ("Machthaber Kim Jong-un"), or in apposition after the
        # place or body whose role it is ("der Bürgermeister von Kehl, Tom Lund": the owner's
        # preposition or article of the language, then a name of two or three words)
        owner = "|".join(re.escape(w) for w in sorted(lx.owner_prepositions | lx.genitive_articles))
        of_place = (r"(?:(?:" + owner + r")\s+(?:[A-ZÄÖÜ][\w'’-]+\s+)?[A-ZÄÖÜ][\w'’-]+,\s+(?=[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ]))?") if owner else ""
        rx = re.compile(
            r"(?<![\w-])(?:[A-ZÄÖÜ][\wÄÖÜäöüß]*-)?(?:" + "|".join(re.escape(r) for r in roles) + r")s?\s+" + of_place + r"((?:[A-ZÄÖÜ][\w'’-]+)(?:\s+[A-ZÄÖÜ][\w'’-]+){0,2})"
        )
        hit = (lx.person_roles, rx)
        _ROLE_NAME_RX[id(lx.person_roles)] = hit
    return hit[1]


def place_name(word: str) -> bool:
    """A country or capital (countries.json), also in the genitive ("Frankreichs", "Kiews")."""
    places = country_names()
    return word in places or (word.endswith("s") and word[:-1] in places) or (word.endswith("’s") and word[:-2] in places)


def scan_persons(doc: Document, reg: Registry) -> None:
    """Register persons named with a role noun anywhere in the claim text ("Machthaber Kim
    Jong-un", "President Zelensky"), so later bare names and descriptions resolve to them."""
    for seg in doc.segments:
        if seg.kind not in CLAIM_SEGMENTS:
            continue
        lx = lang(pick(seg.language))
        for m in role_name_rx(lx).finditer(doc.text, seg.span.start, seg.span.end):
            toks = [t for t in m.group(1).split() if t not in lx.type_heads and t.lower() not in lx.determiners]
            toks = [t for t in toks if t not in lx.person_roles]
            if toks and lx.code == "en":
                own = next((k for k, t in enumerate(toks) if _POSSESSIVE_S.search(t)), len(toks) - 1)
                toks = toks[: own + 1]  # "President Lee’s July speech": the name ends at the possessive
                toks[-1] = _POSSESSIVE_S.sub("", toks[-1])  # "President Obama’s advice": the name is "Obama"
            if not toks or not toks[-1] or (len(toks) == 1 and place_name(toks[0])):
                continue  # ("die Einwohner Hongkongs": a place after a role, no one's name)
            span = Span(m.start(1), m.start(1) + len(" ".join(toks)))
            sid = reg.find_person(toks)
            if sid is None:
                sid = reg.create(" ".join(toks), "person", "source.person.role_name").id
                reg.person_tokens[sid] = {translit_key(t) for t in toks}
            g = gender_of(doc.text[max(seg.span.start, m.start() - 5) : m.end()], doc, lx.code)
            if g is not None:
                reg.gender.setdefault(sid, g)
            src = reg.get(sid)
            if src.role is None:
                src.role = doc.text[m.start() : m.start(1)].split()[0]  # "Senator Tom Reed": whom "the senator" means
            reg.persons_seen.append((span.start, sid))
            reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), span.start)
    # English persons named by a common given name and a surname ("Donald Trump"): a pronoun or a
    # description later in the text may point at them (English has no entity model)
    for seg in doc.segments:
        if seg.kind not in ("body", "caption") or pick(seg.language, doc.language) != "en":
            continue
        _given_name_persons(doc, reg, seg.span)
    # persons the entity model found (German): a pronoun later in the text may point at them
    # (not the English model's: English names are found by their given names above)
    for ent in doc.entities:
        if ent.label != "PER" or ent.rule == MODELS[NER_EN]:
            continue
        eseg = doc.segment_at(ent.span.start)
        if eseg is None or eseg.kind not in ("body", "caption"):
            continue
        lx = lang(pick(eseg.language, doc.language))
        # (up to a quotation mark: "Relotius »Jaegers Grenze«" is the name and a title quoted after it)
        etext = re.split(r"[«»„“”\"‹›]", doc.text[ent.span.start : ent.span.end])[0]
        toks = [t for t in re.findall(r"[\w'’.-]+", etext)
                if t.lower() not in lx.determiners and t not in lx.person_roles and t[:1].isupper()]
        while toks and toks[0].lower() in function_words():
            toks = toks[1:]  # "Laut Anklageschrift": the entity model took the according-to word in
        if not toks or len(toks) > 4 or (lx.code == "de" and thing_name(toks)):
            continue  # ("Sozialpaket IV", "IG Nordmetall": a law's, a union's name, no person's)
        sid = reg.find_person(toks)
        if sid is None:
            if len(toks) < 2:
                continue  # a surname alone names someone only once the full name is known
            sid = reg.create(" ".join(toks), "person", "source.person.entity").id
            reg.person_tokens[sid] = {translit_key(t) for t in toks}
        reg.persons_seen.append((ent.span.start, sid))
        reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), ent.span.start)
    _apposition_roles(doc, reg)
    # bare mentions of known persons' name tokens ("Kim", "Kims"); a place noun is none ("Napa County"
    # is no mention of a person whose name ends in "County", should one have been taken for a person)
    places = {translit_key(w) for w in place_noun_words()}
    known = {t: sid for sid, toks in reg.person_tokens.items() for t in toks if t not in places}
    for m in re.finditer(r"(?<![\w-])([A-ZÄÖÜ][\w-]+?)(?:s)?(?![\w-])", doc.text):
        k = translit_key(m.group(1))
        if k in known:
            reg.persons_seen.append((m.start(), known[k]))
    reg.persons_seen.sort()


#: a name of two or three capitalised words, a comma and the apposition after it up to the next
#: comma or full stop ("Ann Lee, the company's chief executive, …", "Anna Berg, die Ministerin für Häfen, …");
#: the name within one line (a heading's last word above it is no given name: "Titel\nAnna Berg, die …")
_APPOSITION = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w'’-]+(?:[^\S\n]+[A-ZÄÖÜ][\w'’-]+){1,2}),\s+([^,.;:!?\n«»„“”\"]{3,80})(?=[,.;])")


def _apposition_roles(doc: Document, reg: Registry) -> None:
    """The role a known person is given in an apposition after the name ("Ann Lee, the company's
    chief executive, …"): the first role noun of an apposition that opens with an article or a
    possessive, so that a later description ("the executive", "die Ministerin") means that person
    and not the one named last. One pass over the text."""
    for m in _APPOSITION.finditer(doc.text):
        seg = doc.segment_at(m.start())
        if seg is None or seg.kind not in ("body", "caption"):
            continue
        lx = lang(pick(seg.language, doc.language))
        words = m.group(2).split()
        if not words or not (words[0].lower() in lx.determiners or _POSSESSIVE_S.search(words[0])):
            continue
        if _speech_clause(words, lx) or _closes_fronted_phrase(doc, m.start(), lx):
            continue  # "Appearing on Morning Forum, the senator said …": a subject and its verb, no apposition of the name
        # the text gives this name a role in apposition (rule source.person.apposition)
        k = next((i for i, w in enumerate(words) if i > 0 and is_role(w, lx)), None)
        run = [] if k is None else [k]
        while run and run[-1] + 1 < len(words) and is_role(words[run[-1] + 1], lx):
            run.append(run[-1] + 1)
        role = " ".join(words[i] for i in run) if run else None  # "chief executive"
        if role is None:
            continue
        toks = m.group(1).split()
        sid = reg.find_person(toks)
        if sid is None:
            # a name the text gives a role in apposition is a person's ("Anna Berg, die Ministerin …"),
            # unless a word of it is a common noun, a role, a type noun, a place or an outlet
            if any(noun_ending(t) or t in lx.type_heads or is_role(t, lx) or t.lower() in function_words() or place_name(t)
                   for t in toks) or gazetteer_match(m.group(1), doc.language) is not None:
                continue
            sid = reg.create(m.group(1), "person", "source.person.apposition").id
            reg.person_tokens[sid] = {translit_key(t) for t in toks}
            reg.persons_seen.append((m.start(), sid))
            reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), m.start())
        src = reg.get(sid)
        if src.role is None:
            src.role = role
        g = gender_of(m.group(2), doc, lx.code)
        if g is not None:
            reg.gender.setdefault(sid, g)


def _speech_clause(words: list[str], lx: Lang) -> bool:
    """English: what follows a name's comma is a clause of speech, not an apposition: a finite verb of
    speech of the cue lexicon (no -ing form, no noun homograph, not inside a relative clause: "the senator
    who said …" describes the name) after its subject ("the senator said the vote would wait")."""
    if lx.code != "en":
        return False
    for w in words[1:]:
        low = w.lower().strip(",.;:")
        if low in REL_PRONOUNS or low == "that":
            return False
        if w[:1].islower() and low in lx.forms and not low.endswith("ing") and low not in lx.noun_homographs \
                and any(f.cls not in ("belief", "request") for f in lx.forms[low]):
            return True
    return False


def _closes_fronted_phrase(doc: Document, at: int, lx: Lang) -> bool:
    """English: the name at `at` is the object of a preposition in a phrase that opens its sentence ("Interviewed
    on Morning Forum, the senator, a Democrat, said …", "Speaking to Harbor Radio, the mayor …"): the phrase's
    first word a participle in capitals or a preposition, no comma before the name; what follows its comma is
    the sentence's subject, no apposition of the name."""
    if lx.code != "en":
        return False
    start = max(doc.text.rfind(ch, 0, at) for ch in (".", "!", "?", "\n")) + 1
    lead = doc.text[start:at].split()
    if len(lead) < 2 or "," in doc.text[start:at] or lead[-1].lower() not in PREPOSITIONS_EN:
        return False
    first = lead[0]
    return first.lower() in PREPOSITIONS_EN or (first[:1].isupper() and first[1:].islower() and first.lower().endswith(("ing", "ed")))


#: a capitalised given name, an optional initial and a capitalised surname, no capitalised word after it
#: ("Hillary Clinton Goes …" in a headline, "Charlotte Mayor Jennifer …")
_GIVEN_SURNAME = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+)(?:\s+[A-Z]\.)?(\s+[A-Z][\w'’-]*[a-z][\w-]*)(?![\w-])(?!\s+[A-Z])")


#: an age in commas right after a name ("Ida Marr, 34, a nurse"): the name is a person's
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")


def _given_name_persons(doc: Document, reg: Registry, span: Span) -> None:
    """Register "Ann Lee", "Donald J. Trump": a given name of resources/en/gender.json and a
    surname, with the gender the given name tells; also a name whose given name the list lacks
    when an age follows it in commas ("Oluwaseun Marr, 18, a student": rule source.person.aged,
    session 36; no gender known)."""
    _words, names = en_gender_words()
    for m in _GIVEN_SURNAME.finditer(doc.text, span.start, span.end):
        first = m.group(1)
        aged = first not in names and _AGE_AFTER.match(doc.text, m.end()) is not None
        if first not in names and not aged:
            continue
        toks = [first, *m.group(2).split()]
        toks[-1] = _POSSESSIVE_S.sub("", toks[-1])
        lx = lang("en")
        if any(t in country_names() or t in lx.type_heads or t in lx.person_roles for t in toks[1:]):
            continue  # "Charlotte Mayor …": a place before a role, no given name
        if any(t in place_noun_words() for t in toks[1:]):
            continue  # "the Marion County area", "Jackson Township": a place's name, no person's
        sid = reg.find_person(toks)
        if sid is not None and not aged and reg.gender.get(sid, names[first]) != names[first]:
            sid = None  # "Heidi Cruz" after "Ted Cruz": another person of the family
        if sid is None:
            sid = reg.create(" ".join(toks), "person", "source.person.aged" if aged else "source.person.given_name").id
            reg.person_tokens[sid] = {translit_key(t) for t in toks}
        if not aged:
            reg.gender.setdefault(sid, names[first])
        reg.persons_seen.append((m.start(), sid))
        reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), m.start())


def opening_persons(doc: Document, reg: Registry, spans: list[Span]) -> None:
    """Persons that open a sentence of no speech ("Eine Frau wartet vor dem Rathaus", "Der Mann
    veröffentlicht …", "Jan Roth wundert sich …"), so that a pronoun after them may mean them: a
    name joins the person of that name, a definite role noun the person last given that role, and
    anything else is someone new. They enter the source list only once they carry a claim."""
    for sp in spans:
        seg = doc.segment_at(sp.start)
        lx = lang(pick(seg.language if seg else None, doc.language))
        info = analyse_mention(doc.text[sp.start : sp.end], lx)
        toks = info.person_tokens or [w for w in info.name.split() if NAME_TOKEN.match(w)]
        sid = reg.find_person(toks) if toks and info.type in ("person", "unnamed") else None
        if sid is None and info.description:
            sid = person_with_role(reg, sp.start, info.role, info.text)
        if sid is None and info.type == "person" and not info.pronoun:
            src = reg.create(info.name, "person", "source.person.opening", info.role)
            sid = src.id
            if info.person_tokens:
                reg.person_tokens[sid] = {translit_key(t) for t in info.person_tokens}
            src.mentions.append(sp)
            g = gender_of(info.text, doc, lx.code)
            if g is not None:
                reg.gender[sid] = g
        if sid is not None:
            reg.persons_seen.append((sp.start, sid))
            reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), sp.start)
    reg.persons_seen.sort()


def silent_speakers(doc: Document, reg: Registry, spans: Sequence[Span],
                    surname: Callable[[MentionInfo, Span], str | None] | None = None) -> None:
    """The speakers of speech acts that claim nothing, as mentions of their sources: names only
    (a pronoun names no one new, a description is resolved where it carries a claim). A name of
    one word is first given to `surname` (naming.surname_source): "Roth cited a memo" is the
    "Jan Roth" the text names elsewhere, one source, not a second one of no type."""
    for sp in spans:
        seg = doc.segment_at(sp.start)
        lx = lang(pick(seg.language if seg else None, doc.language))
        info = analyse_mention(doc.text[sp.start : sp.end], lx)
        if info.pronoun or info.description or not info.name or share_only(info.text, lx):
            continue  # (a description, "the President", is resolved where it carries a claim)
        sid = (surname(info, sp) if surname is not None else None) or reg.add(info, sp, "source.silent")
        if reg.get(sid).type == "person":
            reg.persons_seen.append((sp.start, sid))
            reg.last_pos[sid] = max(reg.last_pos.get(sid, 0), sp.start)
    reg.persons_seen.sort()


def share_only(text: str, lx: Lang) -> bool:
    """A mention of a share or a count of people that names no one ("59 percent", "Less than a
    third", "A majority"): numbers and the language's `share_words` only."""
    words = re.findall(r"[^\W\d_][\w'’-]*|\d[\d.,]*%?|%", text)
    return bool(lx.share_words) and bool(words) and all(w[:1].isdigit() or w.lower() in lx.share_words for w in words[1:]) \
        and (words[0][:1].isdigit() or words[0].lower() in lx.share_words or (len(words) > 1 and _number_word(words[0], lx)))


def ranks_in(text: str) -> set[str]:
    """The rank prefixes (`rank_prefixes` of every language) in a description: a word of its own
    ("vice president"), a hyphenated part ("Vize-Außenminister", "Ex-Minister") or, when four
    letters or more, the start of a compound ("Vizekanzler")."""
    words = text.lower().replace("-", "- ").split()
    return {r for code in languages() for r in lang(code).rank_prefixes
            if any(w in (r, r + "-") or (len(r) >= 4 and w.startswith(r) and len(w) > len(r) + 4) for w in words)}


@cache
def _role_spellings() -> dict[str, str]:
    """`role_abbreviations` of every language's lexicon.json, each title with and without its full
    stop, lower-cased → the role noun it stands for."""
    out: dict[str, str] = {}
    for code in languages():
        for short, full in load(code, "lexicon").get("role_abbreviations", {}).items():
            out[short.lower()] = out[short.lower().rstrip(".")] = full.lower()
    return out


def spelled_role(role: str) -> str:
    """`role` with each abbreviated title written as the role noun it stands for ("Sen." →
    "senator", "Lt. Gov." → "lieutenant governor": `role_abbreviations`); a role without one as it is."""
    spell = _role_spellings()
    return " ".join(spell.get(w.lower(), w) for w in role.split())


def person_with_role(reg: Registry, pos: int, role: str | None, described: str | None = None,
                     gender: str | None = None) -> str | None:
    """The latest person mentioned before `pos` whose role has the same head noun; a compound
    ends in it ("der Konzern-Sprecher" after "ein Sprecher"); not when the description
    (`described`, else the role) has a rank the person's role lacks ("der Vize-Außenminister"),
    nor a person of another `gender` than the description's, where both are known ("der
    Sprecher" is not "eine Sprecherin der Reederei", whose role holds the noun)."""
    if not role:
        return None
    head = role.split()[-1].lower()
    ranked = ranks_in(described or role)
    best, best_pos = None, -1
    for s in reg.sources:
        their = spelled_role(s.role or "").lower()  # ("Sen." holds "the senator")
        own = their.split()[-1] if their else ""
        if s.type != "person" or not own or not (head in their or (len(own) >= 5 and head.endswith(own))):
            continue
        if not ranked <= ranks_in(their):
            continue  # "der Vize-Außenminister" is not "der Außenminister Tom Lund"
        if gender in ("f", "m") and reg.gender.get(s.id, gender) in ("f", "m") and reg.gender.get(s.id) != gender:
            continue
        p = max((m.start for m in s.mentions if m.start < pos), default=-1)
        p = max(p, reg.seen_before(s.id, pos))
        if p > best_pos:
            best, best_pos = s.id, p
    return best


def holder_of_bare_role(reg: Registry, pos: int, role: str) -> str | None:
    """German: the one person mentioned before `pos` whose role is the whole bare role noun `role`,
    spelled the same ("laut Kammer-Präsident" after "Kammer-Präsident Jan Roth warf … vor"): a role
    noun without an article stands for its holder named with it, one source (rule
    `source.role_of_named`); None when no person named by name, or more than one, holds that role
    ("Deutsche Forscher … Forscher sagen": a group described twice, no holder named)."""
    key = role.strip().casefold()
    held = [s.id for s in reg.sources if s.type == "person" and s.id in reg.person_tokens
            and (s.role or "").strip().casefold() == key and any(m.start < pos for m in s.mentions)]
    return held[0] if len(held) == 1 else None


def person_of_compound_role(reg: Registry, pos: int, role: str | None, lx: Lang, lo: int = 0) -> str | None:
    """German: the latest person source mentioned in [lo, pos) that a compound role noun describes
    by its two parts: "der Ministeriumssprecher" for "ein Sprecher des Innenministeriums", "die
    Vereinssprecherin" for "Sprecherin des Sportvereins" — the source's name or role opens with
    the compound's last part (a role noun, `is_role`) followed by a genitive article, and a later
    word holds its first part (its linking "s" and hyphen dropped). None when there is none."""
    if not role or lx.code != "de" or " " in role.strip():
        return None
    low = role.strip().lower()
    best, best_pos = None, -1
    for s in map(reg.get, reg.named_between(lo, pos)):  # (the sources with a mention in the window, in their order)
        if s.type != "person":
            continue
        for phrase in (s.name, s.role or ""):
            words = phrase.split()
            if len(words) < 3 or words[1].lower() not in lx.genitive_articles or not is_role(words[0], lx):
                continue
            noun = words[0].lower()
            if not low.endswith(noun) or len(low) < len(noun) + 4:
                continue
            body = low[: -len(noun)].rstrip("-")
            body = body[:-1] if body.endswith("s") and len(body) > 5 else body
            if len(body) < 4 or not any(body in w.lower() for w in words[2:]):
                continue
            p = max((m.start for m in s.mentions if lo <= m.start < pos), default=-1)
            if p > best_pos:
                best, best_pos = s.id, p
    return best
