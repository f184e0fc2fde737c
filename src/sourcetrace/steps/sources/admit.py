"""Which resolved sources enter the source list (issue 7): a source is a noun phrase that NAMES
someone who can speak. A last pass over the list that `resolve` built; each decision is made from
evidence that its rule id names, and a source it folds into another moves its mentions, aliases
and claims there (one entry per real-world source).

Evidence: a name (a person's name tokens, the German NER model's entity, a proper noun of the
parse), the head noun's class from the resources (`document_heads`, `person_roles`,
`person_noun_endings`, and the type heads that `analyse_mention` already read into the source's
type), the known bodies of `gazetteer.json`, the article of a definite description and the
parse's number and part of speech.

- `source.merge.recalled_document`: a document named without an owner and with no name of its own
  ("der Statistik zufolge", "laut Klage", "the report") is the one named last before it, within a
  few sentences; where the text gave that document's author ("eine Erhebung des Landesamts"), the
  document's source is the author, and so is this one's.
- `source.merge.description`: a definite singular description with no name in it whose head the
  resources do not type but is a noun of a person ("der Franzose", "the actor") stands for someone
  the text named: German (`masculine_person_endings`, `feminine_person_endings`, or a noun of
  `masculine_words` / `feminine_words`: "der Bub", "die Mutter"), the person of its
  article's gender named last in the paragraphs before; English (`person_roles`,
  `person_noun_endings`), the person named by name who opens the sentence before it as its subject
  (`source.description.subject_before`, session 36), else the person the text names most often before it.
  A member of a party named by its noun (`member_nouns` of resources/de/parties.json: "der Grüne",
  "die Freiheitliche", which the models may read as a name) is such a description of one person, of
  either gender by its article: the person named last before it, or a person the entity model found
  in its own sentence or the one before after that one, a source made for it if it spoke nowhere
  (`source.person.party_member`).
- `source.merge.organisation`: a definite description of a body with no source of its type named
  before ("erklärte die Organisation") is the known body of that type (`gazetteer.json`) named last
  in the sentences before it.
- `source.merge.document_author`: a recalled document with no document mention before it ("the
  statement said") is its author's: the source of a claim in the last sentence that wrote its noun.
- `source.merge.role_named`: an unnamed person described by a role and its owner ("China's
  ambassador") is the one named person whose role holds both.
- `source.merge.firm_description` (English): a definite description of a business ("the company",
  "the utility": `firm_description_heads`) is the business named last before it, within the window
  (a listed source with a capitalised name that is no person's, no outlet's, no document's).
- `source.drop.thing` (English): an unnamed source whose every mention is headed by a noun of a
  thing that cannot speak (`thing_heads` of according.json: "The stock added 2%", "The decision
  puts the US at odds") and holds no name and no possessive ("his office") is no one who can
  speak; its claims keep the mention, without a listed source. A body the lexicon of persons lacks
  ("The hospital confirmed …") stays.
- `source.anonymous.spokesperson`: a spokesperson named by the role alone, introduced with an
  indefinite article ("Ein Sprecher sagte", "a spokeswoman said": `spokesperson_roles` of
  lexicon.json) is anonymous, not a named person; the organisation named last before it in its own
  or the sentence before (a listed body, or a German noun the type heads call a body) is given in
  its role ("Sprecher, Hafenbehörde").
- `source.merge.person_named_inside` (English): an untyped source whose name ends in the whole name of a
  listed person ("Concord resident Whit Symms" beside "Whit Symms") or opens with that person's surname and
  a word of `surname_body_prepositions` (lexicon.json: "Holt of the dock crews") is that person.
- `source.merge.same_name` (German): a source that is untyped or a document and bears the name of another
  listed source of another type is that source (one entry per real-world source): an unnamed "Ivo Kessler"
  beside the person the NER model found, a survey by its owner's name ("die Nordblick-Umfrage", "die
  Umfrage von Nordblick": `poll_heads` and `poll_owner_words` of according.json) beside "Nordblick".
- `source.merge.genitive_author` (German, session 35): a document named by its noun and its author's name
  in the genitive, without an article ("in einer Erklärung Wendts", the source named "Wendts"), is the
  person the text names whose last name that genitive is ("Karl Wendt"), when there is one such person.
- `source.drop.clause` (English): every mention is a piece of a clause, no noun phrase: it holds its
  sentence's root as a verb, an auxiliary or an adjective ("Donald Trump began", "look at Ann Roe"),
  opens with a lower-case preposition ("of it") or is a lone question word ("What"); its claims keep
  the mention as written, without a listed source (a chain link stays).
- `source.drop.thing` (German, session 33): an unnamed source whose every mention is headed by an
  abstract noun (`inanimate_suffixes` of lexicon.json: "die Vereinbarung", "Derlei Tendenzen") that
  is no text, no body (`animate_endings`, `type_heads`) and no role, covered by no entity and with no
  possessive, is no one who can speak; its claims keep the mention, without a listed source.
- `source.drop.verb_phrase`: a mention that opens with a word the parse calls a verb ("erhalte die
  Polizei") is no noun phrase; its claims keep the mention as written, without a listed source.
- `source.drop.time_phrase` (German): every mention is a time phrase, no noun phrase of someone
  ("Wenige Wochen vor der Wahl (hat die Regierung …)", "Anfang Oktober": a unit of time, a month, a
  weekday or a period word first, after counts; `_time_phrase`); its claims keep the mention as
  written, without a listed source.
  (Not a rule: a German "name" that neither the NER model nor the parse calls one — both miss
  common names, "Eva Kranz" comes out NOUN NOUN with no entity.)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache
from typing import cast

from ...document import Attribution, Document, Source, SourceType, Span
from ...resources import load
from ...textutil import whole_words
from ..lexicon import REL_PRONOUNS, Lang
from ..syntax import MODELS, NER_EN, entities_overlapping, entity_at, words_in
from .acronyms import ACRONYM, GERMAN_ACRONYM, country_adjective, expansion, spells_compound_name
from .anaphora import (
    last_person_before,
    most_mentioned_person,
    subject_of_sentence_before,
    told_gender,
    type_nouns_before,
)
from .gazetteer import (
    INDEFINITE,
    country_names,
    gazetteer_match,
    head_type,
    is_role,
    org_key,
    party_member_nouns,
    region_names,
    translit_key,
)
from .gender import en_gender_words, gender_of, given_name_keys
from .kinds import agree, firm_kinds, firm_kinds_of_name
from .mentions import AMPERSAND_ACRONYM, COMPANY_SUFFIXES, MentionInfo, mention_edges, time_nouns, time_word, words_of
from .persons import ranks_in, spelled_role
from .registry import Registry

#: how far back (characters) a recalled document or a description looks for what it stands for
_WINDOW = 1500
#: the types of a source that `analyse_mention` could not type from its words
_UNTYPED = frozenset({"unnamed"})


def _capitalised(text: str) -> bool:
    return all(w[:1].isupper() or not w[:1].isalpha() for w in text.split())


def _named(doc: Document, reg: Registry, s: Source) -> bool:
    """The source has a name: a person's name tokens, an entity of the NER model on one of its
    mentions, or a proper noun of the parse as a mention's last word."""
    if s.id in reg.person_tokens:
        return True
    for m in s.mentions:
        if (e := entity_at(doc, m)) is not None and (e.rule != MODELS[NER_EN] or _capitalised(doc.text[e.span.start : e.span.end])):
            return True  # (an English entity names only in capitals: "German automaker" is a description)
        ws = words_in(doc, m)
        if ws and doc.syntax[ws[-1]].pos == "PROPN":
            return True
    return False


def _definite(text: str, lx: Lang) -> tuple[str, str] | None:
    """A definite description of at most four words, none a name's: its article and its head noun
    ("der Franzose", "the British royal"); None for anything else."""
    ws = words_of(text)
    if not 2 <= len(ws) <= 4 or "," in text:
        return None
    art = ws[0].lower()
    if art not in lx.description_articles:  # "der", "die", "the"
        return None
    mods = ws[1:-1]
    # (German modifiers are lower-case adjectives; English ones may be capitalised: "the British royal")
    if lx.code == "de" and any(w[:1].isupper() for w in mods):
        return None
    if lx.code == "en" and not ws[-1][:1].islower():
        return None  # "the Utilities Commission": a capitalised head is a name's
    return art, ws[-1]


@cache
def _neuter_roles(code: str) -> frozenset[str]:
    return frozenset(load(code, "lexicon").get("neuter_person_roles", []))


def _neuter_epithet(doc: Document, reg: Registry, s: Source, lx: Lang) -> str | None:
    """German, `source.merge.description` (session 34): a definite description by a neuter noun of an office
    ("das Staatsoberhaupt", "das Kirchenoberhaupt": `neuter_person_roles` of lexicon.json), which the article
    gives no gender, stands for the person named last before it whose role agrees (`role_agrees`: one group
    of `role_variants`, "Bundespräsident" and "Staatsoberhaupt"); None for another mention or no such person."""
    m = min(s.mentions, key=lambda sp: sp.start)
    ws = words_of(doc.text[m.start : m.end])
    if not 2 <= len(ws) <= 3 or ws[0].lower() != "das" or ws[-1] not in _neuter_roles(lx.code) \
            or any(w[:1].isupper() for w in ws[1:-1]):
        return None
    for _p, sid in sorted(((p, sid) for p, sid in reg.persons_seen if max(0, m.start - _WINDOW) <= p < m.start), reverse=True):
        if sid == s.id or sid not in reg.person_tokens:
            continue
        role = role_in_text(doc, reg, sid, lx)
        if role and role_agrees(role, ws[-1], lx, doc.text[m.start : m.end]):
            return sid  # (a person named in between without such a role is no one's office: "… von Jan Roth, sagte das Staatsoberhaupt")
    return None


def _party_member(doc: Document, s: Source, lx: Lang) -> bool:
    """Every mention of `s` is a definite description by a noun of a party's member ("der Grüne", "die
    Freiheitliche": `member_nouns` of resources/<lang>/parties.json), which the models may read as a
    name: it is a description, of the person named before (`source.merge.description`)."""
    found = [_definite(doc.text[m.start : m.end], lx) for m in s.mentions]
    return bool(found) and all(d is not None and d[1] in party_member_nouns() for d in found)


def _singular(doc: Document, m: Span) -> bool | None:
    """The parse's number of the mention's last word: True, False, or None when not parsed or not told."""
    ws = words_in(doc, m)
    if not ws:
        return None
    morph = doc.syntax[ws[-1]].feats
    if "Number=Sing" in morph:
        return True
    if "Number=Plur" in morph:
        return False
    return None


def _head_class(text: str, lx: Lang) -> str | None:
    """'document' when the last word of the phrase is one of `document_heads` (or ends in one:
    "Pressemitteilung"), else None."""
    ws = words_of(text)
    if not ws:
        return None
    head = ws[-1]
    heads = lx.document_heads
    if head in heads or head.lower() in heads:
        return "document"
    # a compound ending in a document head ("Pressemitteilung"); heads of six letters or more,
    # with a first part of four or more, so that "Soldaten" is no "…daten"
    if lx.code == "de" and any(head.lower().endswith(h.lower()) and len(head) >= len(h) + 4 for h in heads if len(h) >= 6):
        return "document"
    return None


def _bare_document(text: str, lx: Lang) -> bool:
    """The phrase is a document's head noun alone, after a definite article at most ("der
    Statistik", "laut Klage", "the statement"): no modifier that could name an owner or another
    document ("israelischen Angaben", "anderen Angaben", "the city's report")."""
    ws = words_of(text)
    owned = lx.possessive_pronouns | lx.possessive_determiners  # "seiner Darstellung": his
    return len(ws) == 1 or (len(ws) == 2 and ws[0].lower() in lx.determiners and ws[0].lower() not in INDEFINITE | owned)


@cache
def _generic_media(code: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in load(code, "according").get("generic_media", []))


def _media_compound(head: str, lx: Lang) -> bool:
    """A German compound of a document head whose first part is one of `generic_media`
    ("medienberichten", "presseberichte")."""
    low = head.lower()
    return lx.code == "de" and _head_class(low, lx) == "document" and low.startswith(_generic_media(lx.code)) \
        and not any(low == h.lower() for h in lx.document_heads)


def _generic_document(doc: Document, s: Source, lx: Lang) -> bool:
    """A German document noun written alone right after an according-to preposition, without
    article and no compound ("laut Schätzungen", "gemäß Angaben": `document_heads`, the prepositions
    of `bare_plural_cues` and `preposition_cues`), that is no kind of `recalled_documents` (which a
    later "laut Bericht" names again): figures or statements of no one named. ("in den Unterlagen",
    "dem Text" with their article mean a document named before.)"""
    if lx.code != "de":
        return False
    first = min(s.mentions, key=lambda sp: sp.start)
    ws = words_of(doc.text[first.start : first.end])
    before = doc.text[max(0, first.start - 12) : first.start].split()[-1:]
    if len(ws) != 1 or not before or before[0].lower() not in _bare_cues(lx.code):
        return False
    head = ws[0].lower()
    return head in _document_heads_lower(lx.code) and not head.startswith(tuple(lx.recalled_documents))


@cache
def _bare_cues(code: str) -> frozenset[str]:
    acc = load(code, "according")
    return frozenset(w.lower() for w in (*acc.get("bare_plural_cues", []), *acc.get("preposition_cues", [])))


@cache
def _document_heads_lower(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "lexicon").get("document_heads", []))


def _recalled_document(doc: Document, reg: Registry, s: Source, lx: Lang, listed: set[str]) -> str | None:
    """The listed source of the document mention named last before `s`'s first mention (its text's
    last word a document head, or sharing the first five letters of `s`'s head), within the window."""
    first = min(m.start for m in s.mentions)
    head = (words_of(s.name) or [""])[-1].lower()
    # a compound whose first part names the media at large as its author ("Medienberichten",
    # "Presseberichte"; `generic_media` of according.json) recalls only the same noun, never a
    # body's document named before ("nach Einschätzung des Amts … Laut Medienberichten …");
    # in German a plain document noun that is no kind of `recalled_documents` ("laut Schätzungen",
    # "nach Angaben": what anyone estimated or stated; `_generic_document`) recalls only the same
    # noun too, never another document named before ("Laut dem Bericht … Laut Schätzungen …")
    authored = _media_compound(head, lx) or _generic_document(doc, s, lx)
    best: tuple[int, str] | None = None
    for m in reg.mentions:
        if m.source == s.id or m.source not in listed or not (first - _WINDOW <= m.span.start < first):
            continue
        mt = doc.text[m.span.start : m.span.end]
        words = words_of(mt)
        if not words:
            continue
        # the same noun, inflected ("Statistiken" for "Statistik"), not a longer word ("reporter")
        same_stem = len(head) >= 5 and any(w.lower().startswith(head) and len(w) - len(head) <= 2
                                           and not w.lower().endswith("er") for w in words)
        if (same_stem or (not authored and any(_head_class(" ".join(words[: k + 1]), lx) == "document" for k in range(len(words))))) \
                and (best is None or m.span.start > best[0]):
            best = (m.span.start, m.source)
    return best[1] if best else None


def _document_author(doc: Document, starts: list[int], s: Source, atts: list[Attribution], listed: set[str]) -> str | None:
    """The author of a document recalled by its head noun alone ("the statement said" after "the
    army said in a statement"): the source of a claim whose cue stands in the last sentence before,
    within the window, that writes that noun and holds a claim (`starts`: the sentences' starts)."""
    first = min(s.mentions, key=lambda sp: sp.start)
    head = (words_of(s.name) or [""])[-1]
    if len(head) < 4:
        return None
    lo = max(0, first.start - _WINDOW)
    hits = [lo + m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", doc.text[lo : first.start], re.I)]
    for at in reversed(hits):
        k = bisect.bisect_right(starts, at) - 1
        if k < 0:
            continue
        sent = doc.sentences[k].span
        near = [(abs(a.cue.start - at), a.source) for a in atts
                if a.cue is not None and sent.contains(a.cue) and a.source is not None and a.source in listed and a.source != s.id]
        if near:
            return min(near)[1]
    return None


def _owner_word(word: str) -> str:
    """A word in lower case without its possessive ending ("Norway's" → "norway", "the Lees'" →
    "lees"), other words as they are ("Texas" stays "texas")."""
    low = word.lower()
    for end in ("'s", "’s", "'", "’"):
        if low.endswith(end):
            return low.removesuffix(end)
    return low


def _role_named(doc: Document, reg: Registry, s: Source, listed: set[str]) -> str | None:
    """An unnamed person described by a role and its owner ("Nordland's ambassador") is the one
    listed person with a name whose role holds the same role noun and the description's other
    capitalised words ("Nordland's ambassador to Vell Ana Berg"), wherever the text names them."""
    if not s.role:
        return None
    words = words_of(s.role)
    head = words[-1].lower() if words else ""
    caps = {_owner_word(w) for w in words_of(s.name)[:-1] if w[:1].isupper()}
    if not caps:
        return None  # "der Sprecher": whose, the description does not say
    found = []
    for sid in listed:
        t = reg.get(sid)
        if sid == s.id or t.type != "person" or sid not in reg.person_tokens or not t.role:
            continue
        theirs = {_owner_word(w) for w in words_of(t.role)}
        if head in theirs and caps <= theirs:
            found.append(sid)
    return found[0] if len(found) == 1 else None


def _description_antecedent(doc: Document, reg: Registry, s: Source, lx: Lang, atts: list[Attribution]) -> str | None:
    """The source a definite singular description with no name stands for (see the module's doc)."""
    m = min(s.mentions, key=lambda sp: sp.start)
    d = _definite(doc.text[m.start : m.end], lx)
    if d is None:
        return None
    art, head = d
    member = head in party_member_nouns()  # ("der Grüne", "die Grüne": one person; the party's members are "die Grünen")
    if _singular(doc, m) is False and not member:
        return None
    if lx.code == "de":
        want = lx.description_articles[art]  # "der" → a man, "die" → a woman
        if want == "f" and _singular(doc, m) is not True and not member:
            return None  # "die Gerichte": the feminine article is the plural's too, no one named before
        low = head.lower()
        # (a source typed by a role noun, "der Staatspräsident", comes here only by that noun: it must
        # then agree with the role of the man named before, below)
        plain = s.type in _UNTYPED or not s.role or _gendered_person_noun(s.role, lx)
        by_role = want == "m" and _role_description(head, lx)
        if not ((plain and (low.endswith(lx.masculine_person_endings if want == "m" else lx.feminine_person_endings)
                            or (head in (lx.masculine_words if want == "m" else lx.feminine_words) and _gendered_person_noun(head, lx))
                            or member  # "der Grüne": a member of the party, named before
                            or (want == "m" and _inhabitant(doc, head, m.start, lx))))
                or by_role):
            return None  # "die Feuerwehr", "der Bund": a body; "der Versicherer": a firm, maybe
        sid = last_person_before(reg, m.start, max(0, m.start - _WINDOW), gender=want, by_given_name=True)
        if member:
            sid = _member_named_before(doc, reg, m.start, sid, want) or sid
        if sid is None:
            sid = _person_written_before(doc, reg, m.start, want)
        if sid is not None and by_role and not (plain and low.endswith(lx.masculine_person_endings)):
            # (a role noun names only a man of that role or of a variant of it, `role_agrees`: "der
            # Veranstalter" is no "Werksleiter Jan Roth", "der Firmenchef" is "Konzernchef Jan Roth"; "der
            # Vize-Außenminister" is no "Außenminister Jon Kal", nor "der Minister" a "Vizeminister")
            described = doc.text[m.start : m.end]
            role = role_in_text(doc, reg, sid, lx)
            given = en_gender_words()[1].get(reg.get(sid).name.split()[0])
            if reg.gender.get(sid, given) not in (None, want) or ranks_in(described) != ranks_in(role or ""):
                return None  # (no woman by her given name either: "der Bürgermeister" is no "Anna Berg")
            if role and not role_agrees(role, head, lx, described):
                return None
        return sid if sid is not None and sid in reg.person_tokens and sid != s.id else None
    # English: only a noun of a person ("the actor"; not "the utility", which may be any body):
    # the person the text names most often before it, of the gender the description or the
    # pronoun that opens its claim tells ("The pianist said he …" is no Ann Lee), and not one the
    # text gives another role ("Mayor Ann Lee" is no "the pianist")
    low = head.lower()
    if not (head in lx.person_roles or low.endswith(lx.person_noun_endings)):
        return None
    gender = gender_of(doc.text[m.start : m.end], doc, "en") or _claim_pronoun_gender(doc, s, atts, lx)
    person = subject_of_sentence_before(reg, doc, m.start, gender)  # (source.description.subject_before)
    if person is None or person == s.id or not role_agrees(role_in_text(doc, reg, person, lx), low, lx, doc.text[m.start : m.end]):
        person = most_mentioned_person(reg, doc, m.start, gender)
    if person is None or (gender is not None and reg.gender.get(person) not in (None, gender)):
        return None
    return person if role_agrees(role_in_text(doc, reg, person, lx), low, lx, doc.text[m.start : m.end]) else None


@cache
def _role_nouns(code: str) -> frozenset[str]:
    """German masculine nouns of a role or an office (`person_roles`, `leader_roles`,
    `description_role_nouns` of lexicon.json, less the feminine ones in "-in"), lower-cased."""
    lex = load(code, "lexicon")
    roles = {w.lower() for key in ("person_roles", "leader_roles", "description_role_nouns") for w in lex.get(key, [])}
    return frozenset(r for r in roles if len(r) >= 3 and r.isalpha() and not r.endswith("in"))


def _role_description(head: str, lx: Lang) -> bool:
    """German: the head of a masculine description is a noun of a role or an office, alone or as
    the end of a compound ("der Minister", "der Vorstandschef", "der VW-Boss", "der Branchenkenner":
    `_role_nouns`), which stands for the person of that role the text named before it (rule
    source.merge.description). Not a spokesperson's ("der Sprecher" is often one the text never
    names), nor a noun any stranger is called by (`general_person_nouns`)."""
    if lx.code != "de":
        return False
    roles, spokes = _role_nouns(lx.code), lx.spokesperson_roles
    low = head.lower().rsplit("-", 1)[-1]
    if not low or low in spokes or any(low.endswith(sp) for sp in spokes) or head.lower() in lx.general_person_nouns:
        return False
    return any(low == r or (low.endswith(r) and len(low) >= len(r) + 3) for r in roles)


def _gendered_person_noun(word: str, lx: Lang) -> bool:
    """A noun of a person of one gender without a suffix that tells it (`masculine_words`,
    `feminine_words`: "der Bub", "die Mutter"), but not one any stranger is called by
    (`general_person_nouns`: "ein Mann … der Mann" may be someone the text never names)."""
    return (word in lx.masculine_words or word in lx.feminine_words) and word.lower() not in lx.general_person_nouns


def _member_named_before(doc: Document, reg: Registry, pos: int, known: str | None, gender: str | None = None) -> str | None:
    """The person a party's member ("der Grüne") stands for when the text wrote a name after the person
    `known` last mentioned: the person entity of the model with a given name and a surname nearest before
    `pos`, in its own sentence or the one before ("… ist der Abgeordnete Jan Moser. Doch der Grüne
    beklagt …"), a source of the registry made for it if it spoke nowhere (rule
    `source.person.party_member`); None when no such name stands after `known`'s last mention. A person of
    the other `gender` than the article's, by the registry or the given name, is none ("der Grüne" is no "Eva
    Roth"; review of session 34)."""

    def other_gender(toks: list[str]) -> bool:
        sid = reg.find_person(toks)
        told = (reg.gender.get(sid) if sid is not None else None) or en_gender_words()[1].get(toks[0])
        return gender is not None and told in ("m", "f") and told != gender

    k = bisect.bisect_right(reg.sentence_starts, pos) - 1
    lo = reg.sentence_starts[k - 1] if k >= 1 else 0
    seen = max((p for p, sid in reg.persons_seen if sid == known and p < pos), default=-1) if known is not None else -1
    best = None
    for e in entities_overlapping(doc, Span(lo, pos)):
        toks = doc.text[e.span.start : e.span.end].split()
        if e.label == "PER" and e.span.end <= pos and e.span.start > seen and len(toks) >= 2 and all(t[:1].isupper() for t in toks) \
                and not other_gender(toks):
            best = e
    if best is None:
        return None
    toks = doc.text[best.span.start : best.span.end].split()
    name = " ".join(toks)
    return reg.find_person(toks) or reg.add(MentionInfo(name, name, "person", person_tokens=toks), best.span, "source.person.party_member")


def _person_written_before(doc: Document, reg: Registry, pos: int, gender: str) -> str | None:
    """The person source whose full name the text wrote last in the window before `pos`, of
    `gender` or none known (by the text, else by the given name), where no mention of a source was registered there ("Jonas Keller, 14 Jahre
    alt, lebt … «…», erzählt der Bub": the boy is the one named at the start, who speaks only later)."""
    best: tuple[int, str] | None = None
    for sid in reg.person_tokens:
        name = reg.get(sid).name
        if " " not in name or (told_gender(reg, sid) or gender) != gender:
            continue  # (of the other gender by the text or by the given name: "der Grüne" is no "Eva Roth")
        lo = max(0, pos - _WINDOW)
        hits = [lo + m.start() for m in whole_words(doc.text[lo:pos], name)]  # (as whole words: no "Anna Berg" in "Anna Bergmann")
        at = hits[-1] if hits else -1
        if at >= 0 and (best is None or at > best[0]):
            best = (at, sid)
    return best[1] if best is not None else None


def _inhabitant(doc: Document, head: str, pos: int, lx: Lang) -> bool:
    """A German noun of an inhabitant ("der Kieler" after "in Kiel", "der Flörsheimer"): the head
    ends in one of `inhabitant_endings` after a stem that ends as a place's name does
    (`place_name_endings`) or that the text writes as a word of its own in the window before (a
    place it named); "der Versicherer", "der Anbieter" are no one's place."""
    for end in lx.inhabitant_endings:
        stem = head[: -len(end)]
        if not (head.lower().endswith(end) and len(stem) >= 3 and stem[:1].isupper()):
            continue
        if any(stem.lower().endswith(p) and len(stem) > len(p) + 1 for p in lx.place_name_endings) \
                or re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", doc.text[max(0, pos - _WINDOW) : pos]):
            return True
    return False


def _claim_pronoun_gender(doc: Document, s: Source, atts: list[Attribution], lx: Lang) -> str | None:
    """"m" or "f" when a claim of `s` opens with a subject pronoun of that gender ("The pianist
    said he would return"): the one it speaks of is, most often, the speaker."""
    for a in atts:
        if a.source != s.id or not a.content:
            continue
        first = (words_of(doc.text[a.content[0].start : a.content[0].end]) or [""])[0].lower()
        if first in lx.masculine_pronouns:
            return "m"
        if first in lx.feminine_pronouns:
            return "f"
    return None


def role_agrees(role: str | None, head: str, lx: Lang, described: str | None = None) -> bool:
    """A description's head may name one whose role the text gave: no role, the same noun ("the
    minister" for "Foreign Minister Ed Hale"), a noun any holder of a role is
    (`general_person_nouns`: "the politician"), or one of the same group of `role_variants`
    ("der Diktator" for "der Machthaber Jon Kal"), also as a compound's end when that noun is one
    of `role_variant_compound_ends` ("der Forscher" for "der Arbeitsmarktexperte Jon Kal"; not
    "der Staatschef" for "Vizepräsident Jon Kal"), or the head of the body its role names (`leader_nouns`: "der
    UN-Chef" for "UN-Generalsekretär Jon Kal"); never when the role has a rank prefix that the
    description (`described`, else the head) lacks (`ranks_in`: "der Präsident" is no "Vizepräsident
    Jon Kal"; "the former governor" may be "former Governor Ann Lee")."""
    if not role:
        return True
    if not ranks_in(role) <= ranks_in(described or head):
        return False  # "Vize-Präsident Jon Kal", "Vizebürgermeister Jon Kal": another office than "der Präsident", "der Ortschef"
    body, _, noun = head.rpartition("-")
    if body and noun.lower() in _leader_nouns(lx.code) and any(w.lower().startswith(body.lower() + "-") for w in words_of(role)):
        return True  # "der UN-Chef" for "UN-Generalsekretär Ban Lee": the head of the same body
    if _leads_same_body(role, head, lx):
        return True  # "die Verbands-Chefin" for "die Vorsitzende im Landesverband, Eva Lind"
    whole = head.lower().replace("-", "")
    if len(whole) >= 8 and any(whole == w.lower().replace("-", "") or _one_linking_s(whole, w.lower().replace("-", "")) for w in words_of(role)):
        return True  # "der Vereinschef" for "Vereinsschef Jan Roth": one compound, with or without its linking "s" or hyphen
    if body and noun.lower() in _leader_nouns(lx.code):
        return False  # "der UN-Chef" heads the body it names: not "Parteichef Tom Rieder", whose role ends in the same noun
    head = head.lower().rsplit("-", 1)[-1]  # "der SPD-Politiker"
    theirs = [w.lower().rsplit("-", 1)[-1] for w in words_of(role)]
    theirs += [w[:-1] for w in theirs if w.endswith("s") and len(w) > 4]  # a genitive: "des Machthabers"
    if head in theirs or any(w.endswith(head) and len(head) >= 4 for w in theirs) or head in lx.general_person_nouns:
        return True
    epithet = _role_variant_epithets(lx.code).get(head)
    if epithet is not None and not epithet & {w.lower() for w in re.findall(r"\w+", described or "")}:
        return False  # "der Vater" alone is someone's father, only "der Heilige Vater" the pope (`role_variant_epithets`)
    # (also as the end of a compound whose first part names a field, `role_variant_compound_ends`:
    # "der Forscher" for "der Arbeitsmarktexperte Jan Roth"; "Vizepräsident", "Parteipräsident"
    # hold another office than "der Staatschef")
    return any(head in group and any(w in group or any(w.endswith(g) and len(w) >= len(g) + 3 for g in group & lx.role_variant_compound_ends)
                                     for w in theirs)
               for group in lx.role_variants)


@cache
def _role_variant_epithets(code: str) -> dict[str, frozenset[str]]:
    """`role_variant_epithets` of resources/<lang>/lexicon.json, in lower case: a noun of a group of
    `role_variants` → the adjectives without which it stands for no holder of that group."""
    return {k.lower(): frozenset(a.lower() for a in v) for k, v in load(code, "lexicon").get("role_variant_epithets", {}).items()}


@cache
def _leader_nouns(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "lexicon").get("leader_nouns", []))


@cache
def _leader_roles(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "lexicon").get("leader_roles", []))


def _leads_same_body(role: str, head: str, lx: Lang) -> bool:
    """A compound description of a body's head ("Verbands-Chefin", "Vereinschef": a body, then one
    of `leader_nouns`) stands for one whose role heads a body (a noun of `leader_roles`: "Vorsitzende",
    "Präsident") and names the same body in a word that opens with the description's first part, its
    linking "s" and hyphen dropped ("Landesverband" is no "Verband"; "Verbandstag" is one: the body
    the role names)."""
    low = head.lower()
    noun = next((n for n in sorted(_leader_nouns(lx.code), key=len, reverse=True) if low.endswith(n) and len(low) > len(n) + 3), None)
    if noun is None:
        return False
    body = low[: -len(noun)].rstrip("-")
    body = body[:-1] if body.endswith("s") and len(body) > 5 else body
    words = [w.lower() for w in words_of(role)]
    if len(body) < 4 or not any(w in _leader_roles(lx.code) or w.rsplit("-", 1)[-1] in _leader_roles(lx.code) for w in words):
        return False
    return any(w.startswith(body) for w in words if w not in _leader_roles(lx.code))


def _one_linking_s(a: str, b: str) -> bool:
    """`a` and `b` are one word but for one "s" that one of them has more (a compound's linking
    "s": "gewerkschaftschef", "gewerkschaftsschef")."""
    if len(a) == len(b) + 1:
        a, b = b, a
    if len(b) != len(a) + 1:
        return False
    return any(b[i] == "s" and b[:i] + b[i + 1 :] == a for i in range(3, len(b) - 3))


def role_in_text(doc: Document, reg: Registry, sid: str, lx: Lang) -> str | None:
    """The role of a person source: the one it was given as a source, else a role noun the text
    writes right before its name ("der Werksleiter Jan Roth zeigte …")."""
    t = reg.get(sid)
    if t.role:
        return spelled_role(t.role)  # ("Sen." is the role of "the senator")
    role = next((w for w in type_nouns_before(doc.text, t.name) if is_role(w, lx)), None)
    return spelled_role(role) if role else None


def _time_phrase(text: str, lx: Lang) -> bool:
    """A German mention that is a time phrase, no noun phrase of someone ("Wenige Wochen vor der
    Wahl", "Anfang Oktober", "Am Montagabend"): after a dateline, the first word that is no count
    and no preposition of time is a unit of time, a month, a weekday, a part of the day (time.json)
    or a period word ("Anfang"; `period_words`) followed by one. (An article before it makes it an
    attribute: "den am Montag vorgelegten Zahlen"; a calendar word alone may be a surname: "laut Winter".)"""
    words = re.findall(r"[\w-]+", re.sub(r"^.{0,40}?\s[–—]\s+", "", text))
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in time_nouns(lx.code)[1]:
        return False  # a capitalised season, month or weekday alone may be a surname ("laut Winter", "sagte Sommer")
    k = 0
    while k < len(words) and (words[k].lower() in lx.name_quantifiers or words[k].lower() in lx.plural_openers
                              or words[k].lower() in _counts_of_time(lx.code)):
        k += 1
    if k >= len(words) or any(w.lower() in mention_edges(lx.code)[3] for w in words[1:k]):
        return False  # (a preposition of time after the first word opens an attribute: "einer am Montag vorgelegten Studie")
    head = words[k]
    if head in lx.period_words:
        return k + 1 < len(words) and time_word(words[k + 1], lx.code)
    return head.lower() in time_nouns(lx.code)[1] or time_word(head, lx.code)


@cache
def _counts_of_time(code: str) -> frozenset[str]:
    """The words that may stand before a unit of time in a time phrase: `mention_time_prepositions`
    of lexicon.json, the vague counts and the number words of time.json ("wenige", "zwei")."""
    tm = load(code, "time")
    return mention_edges(code)[3] | frozenset(w.lower() for k in ("vague_multipliers", "numbers") for w in tm.get(k, {}))


def _verb_first(doc: Document, s: Source) -> bool:
    """Every mention of `s` is a phrase of several words that opens with a lower-case word the
    parse calls a verb ("erhalte die Polizei"): a clause cut at the wrong place, no noun phrase
    (a single word may be a noun the parse misread: "reports")."""
    firsts = [(m, words_in(doc, m)) for m in s.mentions]
    return bool(firsts) and all(len(ws) >= 2 and doc.syntax[ws[0]].pos in ("VERB", "AUX")
                                and doc.text[m.start : m.end][:1].islower() for m, ws in firsts)


@cache
def _postmodifiers(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "according").get("postmodifiers", []))


def _postmodifying(doc: Document, ws: list[int], k: int, lx: Lang) -> bool:
    """The verb at ws[k] is part of a noun phrase: an adjective or participle of `postmodifiers`
    that closes a noun phrase of sources ("people briefed on the talks"), a participle in -ed after
    a noun or a comma ("the pump maker based in Ohio"), or a capitalised word of a name after its
    first ("Pell Pumps Inc")."""
    w = ws[k]
    word = doc.text[doc.syntax[w].span.start : doc.syntax[w].span.end]
    low = word.lower()
    if low in _postmodifiers(lx.code) or (k > 0 and word[:1].isupper()):
        return True  # (a capitalised word inside is a name's, whatever the parse says: "Pell Pumps Inc")
    if k > 0 and low in lx.recalled_documents and (doc.text[doc.syntax[ws[k - 1]].span.start][:1].isupper() or doc.syntax[ws[k - 1]].pos == "NOUN"):
        return True  # "A Harbor University poll", "an exit poll": a document's head after its owner or a noun (attr.speaker.en.document_head)
    return low.endswith("ed") and k > 0 and (doc.syntax[ws[k - 1]].pos in ("NOUN", "PROPN")
                                             or doc.text[doc.syntax[ws[k - 1]].span.start : doc.syntax[ws[k - 1]].span.end] == ",")


@cache
def _question_words(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "lexicon").get("question_words", []))


def _clause_mentions(doc: Document, s: Source, lx: Lang) -> bool:
    """English: every mention of `s` is no noun phrase but a piece of a clause the speaker bounds cut
    out — it holds the word the parse makes the root of its sentence as a verb (not an adjective or
    participle that closes a noun phrase of sources: `_postmodifying`), an auxiliary or an adjective with an auxiliary ("Donald Trump began",
    "That's smaller than what Lee", "look at Ann Roe"), opens with a
    lower-case preposition ("of it", "of the three rules") or is a lone question word that opens
    its sentence ("What": `question_words` of lexicon.json, not a relative pronoun: "who"); a mention the parse did not read stays."""
    if not s.mentions:
        return False
    for m in s.mentions:
        ws = words_in(doc, m)
        if not ws:
            return False
        first = doc.text[doc.syntax[ws[0]].span.start : doc.syntax[ws[0]].span.end]
        if len(ws) == 1 and first[:1].isupper() and first.lower() in _question_words(lx.code) and first.lower() not in REL_PRONOUNS:
            continue
        if len(ws) >= 2 and first.islower() and doc.syntax[ws[0]].pos == "ADP":
            continue
        aux = any(doc.syntax[w].pos == "AUX" for w in ws)
        if any(doc.syntax[w].dep == "root" and (doc.syntax[w].pos == "AUX" or (doc.syntax[w].pos == "ADJ" and aux) or (
                doc.syntax[w].pos == "VERB" and not _postmodifying(doc, ws, k, lx))) for k, w in enumerate(ws)):
            continue
        return False
    return True


def mention_head(doc: Document, m: Span, lx: Lang) -> str:
    """The head of a mention: the one noun of its span that the parse hangs the others on, else its first
    capitalised word that is no determiner or stop word ("" when there is none)."""
    ws = words_in(doc, m)
    inside = set(ws)
    tops = [w for w in ws if doc.syntax[w].head not in inside or doc.syntax[w].head == w]
    if len(tops) == 1 and doc.syntax[tops[0]].pos in ("NOUN", "PROPN"):
        return doc.text[doc.syntax[tops[0]].span.start : doc.syntax[tops[0]].span.end]
    return next((w for w in re.findall(r"[\w-]+", doc.text[m.start : m.end])
                 if w[:1].isupper() and w.lower() not in lx.determiners and w.lower() not in lx.np_stop), "")


def plural_stems(low: str) -> set[str]:
    """A lower-case German noun and the stems of its plural forms in -en, -n and -e ("regierungen" →
    "regierung"), so that an ending list reads the plural as the singular."""
    return {low, low[:-2] if low.endswith("en") else low, low[:-1] if low.endswith(("n", "e")) else low}


def _de_thing_mention(doc: Document, m: Span, lx: Lang) -> bool:
    """German: a mention headed by an abstract noun, a thing that cannot speak ("die Vereinbarung",
    "Derlei Tendenzen", "monatelange Ermittlungen": an ending of `inanimate_suffixes`, also in the
    plural; or a noun of `thing_nouns`, session 34: "das Beispiel", "der Fall"), that no entity of the model covers and that holds no possessive; not a text or a
    finding (`document_heads`, `nach_heads`, also as a compound's end: "das Endergebnis"), no body (`animate_endings`, `type_heads`: "die Regierung", "die Opposition")
    and no role. The head is the parse's (the one word of the phrase the others hang on), else its
    first capitalised word."""
    if any(e.label in ("PER", "ORG") for e in entities_overlapping(doc, m)):
        return False
    text = doc.text[m.start : m.end]
    words = re.findall(r"[\w-]+", text)
    owned = lx.possessive_determiners | lx.possessive_pronouns | lx.masculine_possessives | lx.feminine_possessives
    if any(w.lower() in owned for w in words):
        return False  # ("seine Einschätzung": his)
    head = mention_head(doc, m, lx)
    low = head.lower()
    if not head or head in lx.type_heads or is_role(head, lx) or low.endswith(lx.document_head_endings) or low.endswith(lx.nach_heads):
        return False  # (a text or a finding, also as a compound's end: "das Endergebnis", "laut DNA-Schätzungen")
    stems = plural_stems(low)
    if any(st.endswith(lx.animate_endings) for st in stems):
        return False  # (a body, also in the plural: "Studierendenvertretungen", "Regierungen")
    return any(st.endswith(lx.inanimate_suffixes) and len(st) > 5 for st in stems) or bool(stems & _thing_nouns(lx.code))


@cache
def _thing_nouns(code: str) -> frozenset[str]:
    """German nouns of things that cannot speak and have no ending that tells it (`thing_nouns` of
    lexicon.json: "der Fall", "das Beispiel", "das Budget"), lower-cased, for `source.drop.thing`."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("thing_nouns", []))


def _thing_headed(doc: Document, s: Source, atts: list[Attribution], lx: Lang) -> bool:
    """English: every mention of `s` is a noun phrase whose head (the word of the phrase the parse
    hangs the others on) is a common noun of a thing that cannot speak (`thing_heads` of
    according.json): "The stock added 2%", "The decision leaves the harbour without a plan". Only such a list: a
    noun the lexicon of persons lacks may still be a body that speaks ("The hospital confirmed …",
    "The embassy denied …"). A name, a pronoun, a phrase with a name or a possessive in it
    ("Taliban representative", "his office") stays, and so does the subject of a plain verb of
    saying (`plain_speech_lemmas` of according.json: "the port said")."""
    res = load(lx.code, "according")
    plain = set(res.get("plain_speech_lemmas", []))
    things = {w.lower() for w in res.get("thing_heads", [])}
    for a in atts:
        if a.source == s.id and a.cue is not None:
            word = doc.text[a.cue.start : a.cue.end].lower().split()[-1]
            if any(f.lemma in plain for f in lx.forms.get(word, [])):
                return False
    for m in s.mentions:
        ws = words_in(doc, m)
        inside = set(ws)
        tops = [w for w in ws if doc.syntax[w].head not in inside or doc.syntax[w].head == w]
        if len(tops) != 1:
            return False
        sp = doc.syntax[tops[0]].span
        if doc.syntax[tops[0]].pos != "NOUN" and not (doc.syntax[tops[0]].pos == "PROPN" and sp.start == m.start and _opens_sentence(doc, sp.start)):
            return False  # (a capitalised noun that opens the sentence may be read as a name: "Images of the pier show …")
        head = doc.text[sp.start : sp.end]
        if entity_at(doc, sp) is not None or head.lower() not in things or (head[:1].isupper() and sp.start != m.start):
            return False
        opener = ws[0] if _opens_sentence(doc, doc.syntax[ws[0]].span.start) else None  # "Blood tests": capitalised, no name
        if any(doc.syntax[w].pos == "PROPN" and w != opener for w in ws) or doc.text[m.start : m.end].split()[0].lower() in lx.possessive_determiners:
            return False  # "Taliban representative", "his office": someone's, who speaks through it
    return bool(s.mentions)


def _acronym(doc: Document, reg: Registry, s: Source, lx: Lang, listed: set[str]) -> str | None:
    """A source named by an acronym only ("CBP", "the HSE", "the Vellish CHS"; untyped, or a person the name was
    mistaken for) whose full name the text writes (`acronyms.expansion`): the listed source of that
    full name, when there is one, which it folds into; else None, and the source keeps the full
    name as an alias and takes its type from the full name's head ("… Administration":
    government; rule `+source.type.acronym`)."""
    if s.type == "company" and lx.code == "en" and AMPERSAND_ACRONYM.fullmatch(s.name):
        return _ampersand_acronym(doc, reg, s, lx, listed)
    words = words_of(s.name)
    if s.type not in ("unnamed", "person") or (s.id in reg.person_tokens and s.type == "person" and len(words) > 1):
        return None
    if not words or not ACRONYM.match(words[-1]) or any(w[:1].islower() and w.lower() not in lx.determiners for w in words):
        return None
    if len(words) > 1 and not all(w.lower() in lx.determiners or country_adjective(w) for w in words[:-1]):
        return None  # ("the Vellish CHS": a country's adjective may stand before it)
    full = expansion(doc.text, words[-1], lx.code)
    if full is None:
        return None
    key = org_key(full)
    for sid in sorted(listed):
        t = reg.get(sid)
        if any(org_key(n) == key or (len(org_key(n).split()) >= 2 and key.endswith(" " + org_key(n))) for n in [t.name, *t.aliases] if n):
            return sid
    if full not in s.aliases:
        s.aliases.append(full)
    if s.type == "unnamed" or (s.type == "person" and s.id not in reg.person_tokens):
        typ, _head = head_type(full.split(), lx)
        if typ is not None and typ not in ("unnamed", "person", "document"):
            s.type = cast(SourceType, typ)
            s.rule += "+source.type.acronym"
    return None


def _compound_acronym(doc: Document, reg: Registry, s: Source, lx: Lang, listed: set[str]) -> str | None:
    """German, `source.merge.acronym` (session 34): a source named by an acronym only ("der TÜV", "der VCN"), no
    known name of the gazetteer, is the one listed source whose name spells it (`acronyms.spells_compound_name`:
    "Technischer Überwachungsverein", "Verkehrsclub Nordland", also as a mention writes it), which it folds into; a source of that name the
    models took for a person (no word of a person's name in it: a place or a body's noun) takes the type its
    head tells, or none (rule suffix `+source.type.acronym`). None when no listed source or more than one
    spells it."""
    words = words_of(s.name)
    if s.type not in ("unnamed", "person", "ngo", "government", "company", "think_tank", "international_org") \
            or (s.id in reg.person_tokens and len(words) > 1) or not words:
        return None
    acr = words[-1]
    if not GERMAN_ACRONYM.match(acr) or any(w.lower() not in lx.determiners for w in words[:-1]) or gazetteer_match(acr, lx.code):
        return None
    found = []
    for sid in sorted(listed):
        t = reg.get(sid)
        names = [n for n in [t.name, *t.aliases, *(doc.text[m.start : m.end] for m in t.mentions)] if n and n != acr]
        if not any(spells_compound_name(acr, n) for n in names):
            continue
        body = [w for w in words_of(t.name) if w in country_names() or w in region_names() or head_type([w], lx)[0] not in (None, "person")]
        if t.type == "person" and not body:
            continue  # ("Anna Berg" for "AB": a person's name)
        found.append(t)
    if len(found) != 1:
        return None
    t = found[0]
    if t.type == "person":
        typ, _head = head_type(words_of(t.name), lx)
        t.type = cast(SourceType, typ if typ not in (None, "person") else "unnamed")
        t.rule += "+source.type.acronym"
    return t.id


def _ampersand_acronym(doc: Document, reg: Registry, s: Source, lx: Lang, listed: set[str]) -> str | None:
    """A firm named by capitals joined by an ampersand ("PG&E") whose full name the text writes ("Pacific Gas &
    Electric Co."; `acronyms.expansion` of its letters): the listed company of that full name (a company
    suffix after it allowed) when there is one, which it folds into (rule `source.merge.acronym`); else None,
    and the source keeps the full name as an alias (rule suffix `+source.alias.acronym`)."""
    full = expansion(doc.text, s.name.replace("&", ""), lx.code)
    if full is None:
        return None
    key = org_key(full)
    for sid in sorted(listed):
        t = reg.get(sid)
        if t.type != "company":
            continue
        for n in [t.name, *t.aliases]:
            ws = n.split()
            if n and (org_key(n) == key or (len(ws) > 1 and ws[-1] in COMPANY_SUFFIXES and org_key(" ".join(ws[:-1])) == key)):
                return sid
    if full not in s.aliases:
        s.aliases.append(full)
        s.rule += "+source.alias.acronym"
    return None


#: the types of an outlet, which a definite description of one ("the newspaper") may mean
_OUTLET_TYPES = frozenset({"media", "news_agency"})


def _outlet_antecedent(doc: Document, reg: Registry, s: Source, lx: Lang, links: set[str]) -> str | None:
    """A definite description of an outlet by a house noun alone ("according to the news
    outlet", "the newspaper reported"; `house_nouns` of according.json, the head of its last
    word) is the outlet the text named last before it, within the window: a source of an
    outlet's type or a chain link, whose name is written with a capital ("Fox News", "the Vell
    Ledger")."""
    words = words_of(s.name)
    if not words or any(w[:1].isupper() for w in words) or words[-1].lower() not in _house_nouns(lx.code):
        return None
    first = min(m.start for m in s.mentions)
    best: tuple[int, str] | None = None
    for t in reg.sources:
        if t.id == s.id or not (t.type in _OUTLET_TYPES or t.id in links) or not any(w[:1].isupper() for w in words_of(t.name)):
            continue
        at = max((m.start for m in t.mentions if first - _WINDOW <= m.start < first), default=-1)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, t.id)
    return best[1] if best else None


@cache
def _house_nouns(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "according").get("house_nouns", []))


def _opens_sentence(doc: Document, pos: int) -> bool:
    """`pos` is the first word character of a sentence (after quotation marks at most)."""
    for sent in doc.sentences:
        if sent.span.start <= pos < sent.span.end:
            return not re.search(r"\w", doc.text[sent.span.start : pos])
    return False


def _organisation_antecedent(doc: Document, reg: Registry, s: Source) -> str | None:
    """A definite description of a body that no source named before stands for ("erklärte die
    Organisation", typed by its head noun): the known body of the same type (`gazetteer.json`)
    named last in the sentences before it, within the window, entered as a source."""
    first = min(s.mentions, key=lambda sp: sp.start)
    k = bisect.bisect_right(reg.sentence_starts, first.start) - 1
    while k >= 0 and doc.sentences[k].span.end > first.start - _WINDOW:
        sent = doc.sentences[k].span
        hi = min(sent.end, first.start)
        g = gazetteer_match(doc.text[sent.start : hi], doc.language) if hi > sent.start else None
        if g is not None and g[1] == s.type:
            name, typ, aliases = g
            at = next((doc.text.find(n, sent.start, hi) for n in [name, *aliases] if doc.text.find(n, sent.start, hi) >= 0), -1)
            span = Span(at, at + len(next(n for n in [name, *aliases] if doc.text.startswith(n, at)))) if at >= 0 else None
            return reg.add(MentionInfo(name, name, typ, aliases=list(aliases)), span, "source.merge.organisation")
        k -= 1
    return None


@cache
def _firm_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    lex = load(code, "lexicon")
    return frozenset(lex.get("firm_description_heads", [])), frozenset(lex.get("firm_name_ends", []))


def _firm_antecedent(doc: Document, reg: Registry, s: Source, lx: Lang, listed: set[str]) -> str | None:
    """English: a source whose every mention is a definite description of a business ("the
    company", "the utility", "the production company": `firm_description_heads` of lexicon.json)
    stands for the business named last before its first mention, within the window: a listed source
    with a capitalised name that is no person's (a person's type or name tokens or a given name first
    make one, unless the name
    ends in a word of a business's name, `firm_name_ends`: "Mary Lowe Productions"), no outlet, no
    document, no government and no anonymous source without a capitalised word ("officials"), and
    of the kind the description names where the name tells one (`kinds.firm_kinds`: "the bank" is
    no "Harbor Records")."""
    heads, ends = _firm_words(lx.code)
    wanted: set[str] = set()  # (the kinds the descriptions name)
    for m in s.mentions:
        d = _definite(doc.text[m.start : m.end], lx)
        if d is None or d[1].lower() not in heads:
            return None
        if d[1].lower() in firm_kinds(lx.code):
            wanted.add(d[1].lower())
    first = min(s.mentions, key=lambda sp: sp.start).start
    best: tuple[int, str] | None = None
    for sid in listed:
        t = reg.get(sid)
        words = t.name.split()
        if not words or not words[0][:1].isupper() or t.type in ("media", "news_agency", "document", "government"):
            continue
        personal = t.type == "person" or sid in reg.person_tokens or translit_key(words[0]) in given_name_keys()
        if personal and words[-1] not in ends:
            continue
        if t.type == "anonymous" and sum(w[:1].isupper() for w in words) < 1:
            continue
        if not agree(wanted, firm_kinds_of_name(words, lx.code)):
            continue  # "the bank" is no "Harbor Records": a name that tells another kind of business
        before = [sp.start for sp in t.mentions if first - _WINDOW <= sp.start < first]
        if len(words) == 1 or words[-1] in ends:
            # (a one-word name, "Acme", or a business's: also where the text writes it before with no
            # claim of its own; a name of several words may be a person's the lists miss)
            lo = max(0, first - _WINDOW)
            before += [lo + mm.start() for mm in whole_words(doc.text[lo:first], t.name)]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), sid)
    return best[1] if best else None


def _same_name(reg: Registry, s: Source, candidates: set[str], lx: Lang) -> str | None:
    """`source.merge.same_name` (see the module's doc): the listed source of another type among
    `candidates` that bears the name of `s` (an untyped source or a document; of a survey, the name of its
    owner: "Nordblick-Umfrage", "Umfrage von Nordblick"), by name key; None when there is none or more than one."""
    if s.type not in ("unnamed", "document"):
        return None
    keys = {org_key(s.name)}
    if s.type == "document" and lx.poll_heads:
        heads = {h.lower() for h in lx.poll_heads}
        head, dash, tail = s.name.rpartition("-")
        if dash and head and tail.lower() in heads:
            keys.add(org_key(head))  # "Nordblick-Umfrage"
        words = s.name.split()
        if len(words) >= 3 and words[0].lower() in heads and words[1].lower() in lx.poll_owner_words:
            keys.add(org_key(" ".join(words[2:])))  # "Umfrage von Nordblick"
        if len(keys) == 1:
            return None  # (a document of another kind keeps its own name: "Bericht" is no one's)
    keys.discard("")
    found = {t.id for t in reg.sources if t.id in candidates and t.type != s.type and t.type != "document"
             and (s.type == "document" or t.type != "unnamed")
             and (org_key(t.name) in keys or any(org_key(a) in keys for a in t.aliases))}
    return found.pop() if len(found) == 1 else None


def _compound_head(text: str, reg: Registry, s: Source, candidates: set[str]) -> str | None:
    """`source.merge.compound_head` (German, session 36): a source named by one bare noun ("laut
    Ministerium") that is the head of the one-word compound name of exactly one listed source among
    `candidates` named before it ("das Bildungsministerium", "des Bildungsministeriums") stands for
    that source; None when there is none or more than one (two ministries: which one is meant is open),
    nor when the text names another such compound before the bare noun, a source or not ("Das
    Finanzministerium hatte Bedenken. Laut Ministerium …": either may be meant; review of session 36)."""
    name = s.name.strip()
    if not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{3,}", name) or not s.mentions:
        return None
    first = min(m.start for m in s.mentions)
    head = name.lower()
    named = {m.group(1).lower() for m in re.finditer(rf"\b([A-ZÄÖÜ][\w]*?)(?i:{re.escape(head)})(?:e?s)?\b", text[:first])}
    if len(named - {""}) > 1:
        return None
    found = set()
    for t in reg.sources:
        if t.id not in candidates or not t.mentions or min(m.start for m in t.mentions) >= first:
            continue
        for n in (t.name, *t.aliases):
            low = (n or "").strip().lower()
            if " " not in low and "-" not in low and len(low) >= len(head) + 3 and (low.endswith(head) or low.endswith(head + "s")):
                found.add(t.id)
    return found.pop() if len(found) == 1 else None


def _genitive_author(doc: Document, reg: Registry, s: Source, candidates: set[str], lx: Lang) -> str | None:
    """`source.merge.genitive_author` (German, see the module's doc): a document named by its noun and its
    author's name in the genitive with no article ("einer Erklärung Wendts", "laut Bericht Wendts"), the
    source's name that genitive, is the listed person among `candidates` whose last name is that name
    without its -s; None when there is none or more than one."""
    if s.type != "document" or not re.fullmatch(r"[A-ZÄÖÜ][\w-]+s", s.name):
        return None
    for m in s.mentions:
        ws = words_of(doc.text[m.start : m.end])
        if len(ws) < 2 or ws[-1] != s.name or _head_class(ws[-2], lx) != "document":
            return None
    stem = s.name[:-1]
    found = {t.id for t in reg.sources if t.id in candidates and t.type == "person" and t.id in reg.person_tokens
             and any(n.split()[-1:] == [stem] for n in (t.name, *t.aliases) if n)}
    return found.pop() if len(found) == 1 else None


@cache
def _surname_body_prepositions(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "lexicon").get("surname_body_prepositions", []))


def _person_named_inside(reg: Registry, s: Source, candidates: set[str], lx: Lang) -> str | None:
    """`source.merge.person_named_inside` (English, session 35): an untyped source whose name ends in the
    whole name of a listed person ("Concord resident Whit Symms", "Assistant County Attorney Ann B. Holt"
    beside "Whit Symms", "Ann B. Holt": a description before the name, which the naming rules did not
    read as a role) or opens with that person's surname and a word of `surname_body_prepositions`
    (lexicon.json: "Holt of the dock crews") is that person (one entry per real-world source). The
    person's name has two words or more; None when no listed person, or more than one, fits."""
    if s.type not in _UNTYPED:
        return None
    words = s.name.split()
    body = _surname_body_prepositions(lx.code)
    found = set()
    for t in reg.sources:
        if t.id not in candidates or t.type != "person":
            continue
        name = t.name.split()
        if len(name) < 2 or len(words) <= len(name):
            continue
        if words[-len(name) :] == name or (words[0] == name[-1] and words[1].lower() in body):
            found.add(t.id)
    return found.pop() if len(found) == 1 else None


def _settled(into: dict[str, tuple[str | None, str]]) -> dict[str, tuple[str | None, str]]:
    """The folds and drops of `into` (source id → the source it folds into, or None to drop it;
    rule) without a fold into a source that is dropped after all (a verb phrase found later): a
    source folded into it stays a source of its own, so that its claims never lose their source."""
    out = dict(into)
    changed = True
    while changed:
        changed = False
        for sid, (target, _rule) in list(out.items()):
            if target is not None and target in out and out[target][0] is None:
                del out[sid]
                changed = True
    return out


def admit(doc: Document, reg: Registry, atts: list[Attribution], out: list[Source], lang_of: Callable[[int], Lang]) -> list[Source]:
    """The sources of `out` that name someone, the others folded into the source they stand for
    or dropped (see the module's doc); `atts` and the registry's mentions follow."""
    listed = {s.id for s in out}
    links = {v.source for a in atts for v in a.via}
    into: dict[str, tuple[str | None, str]] = {}  # source id → (the source it folds into or None, rule)
    for s in out:
        if not s.mentions or s.credit:
            continue
        lx = lang_of(min(m.start for m in s.mentions))
        if (spelled := _acronym(doc, reg, s, lx, listed - set(into) - {s.id})) is not None:
            into[s.id] = (spelled, "source.merge.acronym")
            continue
        if lx.code == "de" and (spelled := _compound_acronym(doc, reg, s, lx, listed - set(into) - {s.id})) is not None:
            into[s.id] = (spelled, "source.merge.acronym")
            continue
        if lx.code == "de" and (same := _same_name(reg, s, listed - set(into) - {s.id}, lx)) is not None:
            into[s.id] = (same, "source.merge.same_name")
            continue
        if lx.code == "de" and (whole := _compound_head(doc.text, reg, s, listed - set(into) - {s.id})) is not None:
            into[s.id] = (whole, "source.merge.compound_head")
            continue
        if lx.code == "de" and (author := _genitive_author(doc, reg, s, listed - set(into) - {s.id}, lx)) is not None:
            into[s.id] = (author, "source.merge.genitive_author")
            continue
        if lx.code == "en" and (named_in := _person_named_inside(reg, s, listed - set(into) - {s.id}, lx)) is not None:
            into[s.id] = (named_in, "source.merge.person_named_inside")
            continue
        if lx.code == "en" and s.id not in links and _clause_mentions(doc, s, lx):
            into[s.id] = (None, "source.drop.clause")
            continue
        if lx.code == "de" and s.type in _UNTYPED | {"person"} and (head_of := _neuter_epithet(doc, reg, s, lx)) is not None:
            into[s.id] = (head_of, "source.merge.description")
            continue
        if _named(doc, reg, s) and not _party_member(doc, s, lx):
            continue
        first = min(s.mentions, key=lambda sp: sp.start)
        text = doc.text[first.start : first.end]
        if _head_class(s.name, lx) == "document" and _bare_document(text, lx) and s.id not in links:
            # (a document that relays its author's claim stays its link: "…," the statement said)
            target = _recalled_document(doc, reg, s, lx, listed - set(into))
            if target is not None:
                into[s.id] = (target, "source.merge.recalled_document")
            elif (author := _document_author(doc, reg.sentence_starts, s, atts, listed - set(into))) is not None:
                into[s.id] = (author, "source.merge.document_author")
            elif _generic_document(doc, s, lx):
                into[s.id] = (None, "source.drop.generic_document")  # "Laut Schätzungen kamen …": no one named, no source
            continue
        if s.type == "person" and s.id not in reg.person_tokens and (named := _role_named(doc, reg, s, listed - set(into))) is not None:
            into[s.id] = (named, "source.merge.role_named")
            continue
        if s.type in _UNTYPED or (s.type == "person" and s.id not in reg.person_tokens
                                  and (not s.role or _gendered_person_noun(s.role, lx) or _role_description(s.role, lx))):
            target = _description_antecedent(doc, reg, s, lx, atts)
            if target is not None:
                into[s.id] = (target, "source.merge.description")
                continue
        if s.type in _OUTLET_TYPES and _definite(text, lx) and (target := _outlet_antecedent(doc, reg, s, lx, links)) is not None:
            into[s.id] = (target, "source.merge.outlet_description")
            continue
        if s.rule == "source.description.new" and s.type not in _UNTYPED | {"person", "document"} and _definite(text, lx):
            target = _organisation_antecedent(doc, reg, s)
            if target is not None and target != s.id:
                into[s.id] = (target, "source.merge.organisation")
                continue
        if lx.code == "en" and (target := _firm_antecedent(doc, reg, s, lx, listed - set(into) - {s.id})) is not None:
            into[s.id] = (target, "source.merge.firm_description")
            continue
        if _verb_first(doc, s):
            into[s.id] = (None, "source.drop.verb_phrase")
        elif lx.code == "de" and s.id not in links and all(_time_phrase(doc.text[m.start : m.end], lx) for m in s.mentions):
            into[s.id] = (None, "source.drop.time_phrase")
        elif s.type in _UNTYPED and s.id not in links and (
                (lx.code == "en" and _thing_headed(doc, s, atts, lx))
                or (lx.code == "de" and all(_de_thing_mention(doc, m, lx) for m in s.mentions))):
            into[s.id] = (None, "source.drop.thing")
    if not into:
        return _spokespersons(doc, reg, out, lang_of)

    into = _settled(into)
    if not into:
        return _spokespersons(doc, reg, out, lang_of)

    def final(sid: str) -> str | None:
        seen = set()
        cur: str | None = sid
        while cur is not None and cur in into and cur not in seen:
            seen.add(cur)
            cur = into[cur][0]
        return cur

    for sid, (_t, rule) in into.items():
        src = reg.get(sid)
        target = final(sid)
        if target is not None:
            t = reg.get(target)
            t.mentions.extend(src.mentions)
            t.mentions.sort(key=lambda sp: sp.start)
            for alias in [src.name, *src.aliases]:
                if alias and alias != t.name and alias not in t.aliases:
                    t.aliases.append(alias)
            t.distance = min(t.distance, src.distance)
        for att in atts:
            if att.source == sid:
                att.source = target
                att.rule += "+" + rule
            for v in att.via:
                if v.source == sid and target is not None:
                    v.source, v.name = target, reg.get(target).name
        if target is not None:
            reg.move_mentions(sid, target)  # (the registry's indexes of mentions follow)
    for att in atts:  # a chain link folded into the claim's own source is no link
        if att.via and att.source is not None:
            att.via = [v for v in att.via if v.source != att.source]
    kept: list[Source] = []
    for s in out:
        if s.id not in into:
            kept.append(s)
            continue
        target = final(s.id)
        if target is not None and target not in listed and all(k.id != target for k in kept):
            kept.append(reg.get(target))  # a person named before who spoke only through this description
            listed.add(target)
    return _spokespersons(doc, reg, kept, lang_of)


#: the bodies a spokesperson may speak for; not an outlet, which named before is the one the
#: spokesperson spoke to ("Die Zeitung X berichtete … . Ein Sprecher sagte dem Blatt, …")
_BODY_TYPES = frozenset({"government", "military", "intelligence", "think_tank", "ngo", "company",
                         "court", "police", "party", "international_org"})


def _spokespersons(doc: Document, reg: Registry, out: list[Source], lang_of: Callable[[int], Lang]) -> list[Source]:
    """`source.anonymous.spokesperson` (see the module's doc): retypes the sources of `out`."""
    for s in out:
        if s.type != "person" or s.id in reg.person_tokens or not s.mentions:
            continue
        first = min(s.mentions, key=lambda sp: sp.start)
        lx = lang_of(first.start)
        words = re.findall(r"[\w-]+", doc.text[first.start : first.end])
        if len(words) != 2 or words[0].lower() not in INDEFINITE or words[1].lower() not in lx.spokesperson_roles:
            continue
        s.type, s.rule = "anonymous", "source.anonymous.spokesperson"
        k = bisect.bisect_right(reg.sentence_starts, first.start) - 1
        start = reg.sentence_starts[k - 1] if k >= 1 else 0
        owner = _body_before(doc, reg, start, first.start, lx)
        if owner is not None:
            s.role = f"{s.role or words[1]}, {owner}"
    return out


def _body_before(doc: Document, reg: Registry, start: int, end: int, lx: Lang) -> str | None:
    """The organisation named last in doc.text[start:end]: a source of a body's type (`_BODY_TYPES`,
    no outlet) with a mention there, or (German) a capitalised noun that the type heads call a body."""
    best: tuple[int, str] | None = None
    for t in reg.sources:
        if t.type in _BODY_TYPES:
            for m in t.mentions:
                if start <= m.start and m.end <= end and (best is None or m.start > best[0]):
                    best = (m.start, t.name)
    if lx.code == "de":
        # the noun with the name that follows it: "die Stadt Lindenau", "der Hafenbehörde"
        words = list(re.finditer(r"[\wäöüß-]+", doc.text[start:end]))
        for i, w in enumerate(words):
            if not w.group(0)[:1].isupper() or head_type([w.group(0)], lx)[0] not in _BODY_TYPES:
                continue
            j = i + 1
            while j < len(words) and words[j].group(0)[:1].isupper() and not doc.text[start + words[j - 1].end() : start + words[j].start()].strip():
                j += 1
            if best is None or start + w.start() > best[0]:
                best = (start + w.start(), " ".join(x.group(0) for x in words[i:j]))
    return best[1] if best is not None else None
