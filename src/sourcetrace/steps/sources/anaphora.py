"""Mentions that point back: pronouns (by gender and person), epithets and definite descriptions,
the person most mentioned or last named before a position, and the type a name is given in the
text before it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ...document import Document, SourceType, Span
from ...resources import load
from ...textutil import whole_words
from ..lexicon import PREPOSITIONS_EN, Lang, lang, person_noun
from .gazetteer import NAME_TOKEN, head_type, is_role, noun_ending
from .gender import en_gender_words, gender_of
from .registry import WORD_RUN, Registry

if TYPE_CHECKING:
    from .mentions import MentionInfo


def pronoun_gender(doc: Document, pronoun: str, cue: Span | None, lx: Lang) -> str | None:
    """The gender a subject pronoun asks of its antecedent: "he" a man, "she" a woman; German
    "er" a man, "sie" with a singular verb a woman (or a feminine noun: "die Polizei"); None when
    it does not tell (`masculine_pronouns`, `feminine_pronouns`, `plural_pronouns` of
    resources/<lang>/lexicon.json)."""
    low = pronoun.strip().lower()
    g = "m" if low in lx.masculine_pronouns else "f" if low in lx.feminine_pronouns else None
    first = (low.split() or [""])[0]
    if g is None and first in lx.masculine_possessives | lx.feminine_possessives:
        # "nach ihrer Darstellung": a woman's (or a body's of feminine name), never a man's
        # (`masculine_possessives`, `feminine_possessives`; the feminine one is also the plural's, no person's)
        return "m" if first in lx.masculine_possessives else "f"
    if g is None or low not in lx.plural_pronouns:
        return g
    if cue is None:
        return None
    verb = doc.text[cue.start : cue.end].split()[0].lower()
    return None if verb.endswith(lx.plural_verb_endings) else g


def is_first_person(pronoun: str, lx: Lang) -> bool:
    """"wir", "ich", "I", "we" (and "unserer (Meinung nach)"): the speaker of the text the word stands in."""
    return pronoun.split()[0].lower() in lx.first_person


def person_antecedent(reg: Registry, doc: Document, pos: int, gender: str, not_this: str | None = None) -> str | None:
    """The latest person before `pos` whose gender agrees (or is unknown), not `not_this`; when the latest one
    that agrees is not the latest person at all and a source of another kind with the matching
    article stands after it ("die Polizei … sie") as a speaker, not as a link ("… der dpa"), that source."""
    best = reg.nearest(pos, {"person"}, gender=gender, keep=lambda s: s.id != not_this)
    best_pos = max((m.start for m in reg.get(best).mentions if m.start < pos), default=-1) if best else -1
    for p, sid in reg.persons_seen:
        if best_pos < p < pos and reg.gender.get(sid, gender) == gender and sid != not_this:
            best, best_pos = sid, p
    article = ("die", "eine") if gender == "f" else ("der", "ein")
    org, org_pos = None, best_pos
    for m in reg.mentions:
        src = reg.get(m.source)
        # (not a link: "sagte X der Nachrichtenagentur" is a dative, whatever the article's gender)
        if org_pos < m.span.start < pos and src.type in ORGANISATIONS and not m.rule.startswith("source.via") \
                and doc.text[m.span.start : m.span.end].split()[0].lower() in article:
            org, org_pos = m.source, m.span.start
    return org or best


#: source types of a body that a pronoun of its noun's gender stands for ("die Polizei … sie"); not
#: "unnamed", which holds plurals ("Die Beamten … sie" is no "sie" of a singular verb)
ORGANISATIONS = frozenset({"government", "military", "intelligence", "media", "news_agency", "think_tank", "ngo", "company", "court", "police",
                           "party", "international_org", "website"})
#: source types a neuter pronoun ("it") can stand for
NOT_PERSONS = ORGANISATIONS | {"document", "unnamed"}


#: an English possessive before a role noun ("Morrison's lawyer", "his spokeswoman")
OWNED = re.compile(r"\w['’]s?\s+\S|\b(?:his|her|its|their|our|my|your)\s", re.I)


@cache
def _epithets() -> frozenset[str]:
    return frozenset(w.lower() for w in load("en", "lexicon").get("epithets", []))


def is_epithet(text: str) -> bool:
    """An English description by which an article refers back to a person it names without it
    ("the businessman", "the Republican nominee": `epithets` of resources/en/lexicon.json) or by a
    past office ("the former secretary of State") or with a place or party ("the Russian
    leader"); not a bare office ("the mayor" may be someone the text never names) nor one who
    speaks for someone (`agent_roles`: "the White House spokesman")."""
    raw = re.findall(r"[\w-]+", text)
    words = [w.lower() for w in raw]
    if any(w in _epithets() for w in words) or "former" in words:
        return True
    # "the Russian leader", "the New York governor": a named person described by place or party
    lex = load("en", "lexicon")
    agents = {w.lower() for w in lex.get("agent_roles", [])}
    return len(raw) >= 3 and words[0] == "the" and raw[1][:1].isupper() and not any(w in agents for w in words)


def subject_of_sentence_before(reg: Registry, doc: Document, pos: int, gender: str | None) -> str | None:
    """For an English description of a person (rule `source.description.subject_before`, session 36): the
    person named by name who opens the sentence before the one at `pos` as its subject (no more than
    three words in capitals before the name, none a quotation mark), of `gender` or none known, when that
    sentence is in the same paragraph or closes the one before: "Ann Lee (D-Ore.) attacked Tom Reed on
    Monday. “…,” the senator said." is Ann Lee, whoever the text names most often. None otherwise."""
    k = bisect.bisect_right(reg.sentence_starts, pos) - 1
    if k < 1 or k - 1 >= len(doc.sentences) or doc.text.count("\n", doc.sentences[k - 1].span.end, doc.sentences[k].span.start) > 2:
        return None
    sent = doc.sentences[k - 1]
    seen = [(p, sid) for p, sid in reg.persons_seen if sent.span.start <= p < sent.span.end and sid in reg.person_tokens]
    if not seen:
        return None
    p, sid = min(seen)
    lead = doc.text[sent.span.start : p].split()
    if len(lead) > 3 or not all(w[:1].isupper() for w in lead):
        return None
    return sid if gender is None or reg.gender.get(sid, gender) == gender else None


def most_mentioned_person(reg: Registry, doc: Document, pos: int, gender: str | None) -> str | None:
    """For an English definite description of a person that the text names with no role ("the
    businessman", "the former secretary of State"): the named person whose surname the text
    writes most often before `pos` (and of the description's gender, when it tells), the one
    written last on a tie; None when no person was named before."""
    best: tuple[int, int] | None = None
    out: str | None = None
    k = bisect.bisect_right(reg.sentence_starts, pos) - 1
    end = doc.sentences[k].span.end if k >= 0 and pos < doc.sentences[k].span.end else pos
    comma = doc.text.find(",", pos, end)
    end = comma if comma >= 0 else end  # the description's own clause
    for s in reg.sources:
        if s.type != "person" or s.id not in reg.person_tokens or (gender is not None and reg.gender.get(s.id, gender) != gender):
            continue
        last = s.name.split()[-1]
        if len(last) < 3 or not last[:1].isupper():
            continue
        if last in doc.text[pos:end] and next(whole_words(doc.text[pos:end], last), None) is not None:
            continue  # "The businessman praised Putin": not the one named in the description's own clause
        starts, ends = reg.whole_word_hits(last)
        n = bisect.bisect_right(ends, pos)  # the mentions that end before the description
        if n and (best is None or (n, starts[n - 1]) > best):
            best, out = (n, starts[n - 1]), s.id
    return out


def told_gender(reg: Registry, sid: str) -> str | None:
    """The gender of the person source `sid` as the text told it (`Registry.gender`), else as its given
    name tells it (resources/en/gender.json: "Eva Lutz" "f"), else None."""
    return reg.gender.get(sid) or en_gender_words()[1].get((reg.get(sid).name.split() or [""])[0])


def last_person_before(reg: Registry, pos: int, lo: int = 0, gender: str | None = None, *, by_given_name: bool = False) -> str | None:
    """The person mentioned last in [lo, pos), of `gender` or none known; None when none was. With
    `by_given_name`, a person whose gender the text never told is of the gender of their given name
    when the given-name list knows it (resources/en/gender.json: "der Trainer" is no "Eva Lutz")."""
    def of_gender(sid: str) -> bool:
        if gender is None:
            return True
        known = told_gender(reg, sid) if by_given_name else reg.gender.get(sid)
        return known in (None, gender)

    cand = [(p, sid) for p, sid in reg.persons_seen if lo <= p < pos and of_gender(sid)]
    return max(cand)[1] if cand else None


def subject_person_before(reg: Registry, doc: Document, pos: int, gender: str | None, skip: list[Span]) -> str | None:
    """An English pronoun's person when no speaker was named before it: the person mentioned last
    before `pos` (of `gender` or none known; not one named inside `skip`, the words the pronoun's
    cue tags: '“Trump lost me,” he said' is not Trump), or, when an earlier person opens that
    mention's sentence as its subject (only words in capitals before it: "Former Rep. Tom Reed was
    for Ann Lee …, he said"), that one; None when no person was named."""
    cand = [(p, sid) for p, sid in reg.persons_seen
            if p < pos and (gender is None or reg.gender.get(sid, gender) == gender) and not any(x.start <= p < x.end for x in skip)]
    if not cand:
        return None
    p, sid = max(cand)
    k = bisect.bisect_right(doc.sentences, p, key=lambda x: x.span.start) - 1
    if k < 0 or not doc.sentences[k].span.start <= p < doc.sentences[k].span.end:
        return sid
    sent = doc.sentences[k]
    first = min((q, s) for q, s in cand if q >= sent.span.start)
    lead = doc.text[sent.span.start : first[0]].split()
    if first[1] != sid and all(w[:1].isupper() for w in lead) and len(lead) <= 3:
        return first[1]
    return sid


#: the id `paragraph_subject_before` gives a surname opener's person before it registers them
_PENDING = ""

#: a capitalised word alone before a verb in lower case at a sentence's start ("Kessler regards …")
_SURNAME_OPENER = re.compile(r"([A-ZÄÖÜ][a-zäöüß'’-]{2,})\s+(?=[a-z]{3,}\b)")

#: a name in the possessive ("Lee's", "Ann Lee’s", "Reed'")
_POSSESSIVE_NAME = re.compile(r"[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)*(?:['’]s|['’])(?=\s)")


@cache
def _paragraph_subject() -> tuple[int, bool]:
    """(capitalised_lead, across_paragraphs) of `paragraph_subject` in resources/en/according.json."""
    conf = load("en", "according").get("paragraph_subject", {})
    return int(conf.get("capitalised_lead", 3)), bool(conf.get("across_paragraphs", False))


def _most_capitalised_lead() -> int:
    return _paragraph_subject()[0]


def _quoted_at(text: str, start: int, pos: int) -> bool:
    """`pos` stands inside a quotation opened after `start` (more opening marks than closing ones before it,
    or an odd number of straight double quotes)."""
    part = text[start:pos]
    return part.count("“") + part.count("«") + part.count("„") > part.count("”") + part.count("»") or part.count('"') % 2 == 1


def _line_of_its_own(doc: Document, k: int) -> bool:
    """Sentence `k` is a paragraph of its own (a line break before it, or the text's start, and after
    it) with no quotation mark in it, and `paragraph_subject.across_paragraphs` lets a pronoun in the
    next paragraph look back at it."""
    if not _paragraph_subject()[1]:
        return False
    span = doc.sentences[k].span
    before = doc.text[doc.sentences[k - 1].span.end : span.start] if k > 0 else "\n"
    return "\n" in before and not any(ch in doc.text[span.start : span.end] for ch in "\"“”«»„")


#: the rule suffix of a pronoun resolved through the pronouns that open the sentences before it (`_paragraph_about_one`)
PARAGRAPH_ABOUT_RULE = "+source.pronoun.paragraph_about"


def _opens_with_pronoun(doc: Document, k: int, gender: str | None) -> bool:
    """Sentence `k` opens with a subject pronoun of one person of `gender` ("He married …", "She ran …";
    `masculine_pronouns`, `feminine_pronouns` of resources/en/lexicon.json)."""
    en = lang("en")
    first = re.match(r"\s*([A-Z][a-z]+)\b", doc.text[doc.sentences[k].span.start : doc.sentences[k].span.end])
    if first is None or gender is None:
        return False
    low = first.group(1).lower()
    return (low in en.masculine_pronouns and gender == "m") or (low in en.feminine_pronouns and gender == "f" and low not in en.plural_pronouns)


#: a quotation of four words or more (a short one is a word the author quotes: 'mocking them as “obsessed”')
_LONG_QUOTATION = re.compile(r"[\"“„«][^\"“”„«»]*?(?:\w+\W+){3,}\w[^\"“”„«»]*[\"”»]?")


def _quoted_in(doc: Document, k: int) -> bool:
    """Sentence `k` quotes someone (four words or more in quotation marks, or a mark left open)."""
    return _LONG_QUOTATION.search(doc.text, doc.sentences[k].span.start, doc.sentences[k].span.end) is not None


def _paragraph_about_one(doc: Document, k: int, gender: str | None) -> int | None:
    """Rule `source.pronoun.paragraph_about` (English): sentence `k` ends the paragraph before a
    pronoun's; that paragraph holds no quotation mark and every sentence of it after its first opens
    with a subject pronoun of the pronoun's gender ("Tom Reed, a farmer, came back in May. He sold the
    boat. He works at the depot now." / "“…,” he says"): the paragraph is about the one its first
    sentence opens with; that first sentence's index, for `paragraph_subject_before`. None otherwise
    (also when `paragraph_subject.across_paragraphs` is off)."""
    if not _paragraph_subject()[1] or gender is None:
        return None
    j = k
    while j > 0 and "\n" not in doc.text[doc.sentences[j - 1].span.end : doc.sentences[j].span.start]:
        if not _opens_with_pronoun(doc, j, gender) or _quoted_in(doc, j):
            return None
        j -= 1
    return None if j == k or _quoted_in(doc, j) else j


def paragraph_subject_before(reg: Registry, doc: Document, pos: int, gender: str | None, why: list[str] | None = None) -> str | None:
    """An English pronoun's person by the sentence before it in its paragraph: the person that
    opens that sentence as its subject (only words in capitals or roles before the name, the last of
    them maybe a noun of a person: "Former Board member Ed Lee joined …", up to
    `paragraph_subject.capitalised_lead` words; or a fronted phrase up to a comma: "At a rally on Friday,
    Lee said …"; outside quotation marks), of `gender` or none known — the one the paragraph is about,
    whom "he says" after it means rather than a speaker named earlier (a lead with a word of
    `paragraph_lead_speech`, resources/en/according.json, is a tag, no fronted phrase). None when that
    sentence opens with no person, when the pronoun's own sentence names a person of its gender before
    it (outside a quotation), or when that sentence stands in another paragraph, unless it is a
    paragraph of one line with no quotation mark (`_line_of_its_own`: web pages give each paragraph a line)."""
    speech = frozenset(load("en", "according").get("paragraph_lead_speech", []))
    k = bisect.bisect_right(doc.sentences, pos, key=lambda x: x.span.start) - 1
    if k < 1:
        return None
    prev, cur = doc.sentences[k - 1].span, doc.sentences[k].span
    j = k - 1
    if "\n" in doc.text[prev.end : cur.start] and not _line_of_its_own(doc, k - 1):
        about = _paragraph_about_one(doc, k - 1, gender)
        if about is None:
            return None
        j = about
        if why is not None:
            why.append(PARAGRAPH_ABOUT_RULE)
    else:
        while j > 0 and "\n" not in doc.text[doc.sentences[j - 1].span.end : doc.sentences[j].span.start] \
                and _opens_with_pronoun(doc, j, gender) and not _quoted_in(doc, j):
            j -= 1  # "Lee joined in May. He ran the depot. “…,” he says": the one the pronouns before go back to
        if why is not None and j < k - 1:
            why.append(PARAGRAPH_ABOUT_RULE)
    prev = doc.sentences[j].span
    if any(cur.start <= p < pos and (gender is None or reg.gender.get(sid, gender) == gender) and not _quoted_at(doc.text, cur.start, p)
           for p, sid in reg.seen_between(cur.start, pos)):
        return None  # "Lee was talking when he told …": the pronoun's own sentence names its person first (outside a quotation)
    # the first person named in that sentence (`persons_seen` is sorted when the sources are
    # scanned; persons added while attributions are resolved are appended out of order; the window
    # by bisection, in offset order: only its least item counts)
    inside = reg.seen_between(prev.start, prev.end)
    pending: MentionInfo | None = None  # the surname opener's person, not yet registered
    opener = _SURNAME_OPENER.match(doc.text, prev.start, prev.end) if not inside else None
    en = lang("en")
    if opener is not None and (opener.group(1).lower() in en.determiners | PREPOSITIONS_EN or opener.group(1) in en.type_heads
                               or is_role(opener.group(1), en) or person_noun(opener.group(1), en)):
        opener = None  # ("Police said …", "The council …": no surname)
    if opener is not None:
        # "Lee regards the plan as …": a surname alone opens the sentence, its person named in full in the text
        from .mentions import MentionInfo
        from .naming import full_name

        known = reg.find_person([opener.group(1)])
        full = full_name(doc, opener.group(1)) if known is None else None
        if known is None and full is not None and len(full.split()) >= 2 and full.split()[-1] == opener.group(1):
            # the person is registered only when the rule names them as its answer (below), not on the way
            pending = MentionInfo(opener.group(1), full, "person", person_tokens=full.split())
            inside = [(opener.start(1), _PENDING)]
        elif known is not None and reg.get(known).type == "person" and len(reg.get(known).name.split()) >= 2:
            inside = [(opener.start(1), known)]
    if not inside:
        return None
    p, sid = min(inside)
    if _POSSESSIVE_NAME.match(doc.text, p, prev.end):
        # "Lee's lawyer, Tom Reed, …": the possessor opens the sentence, the person after it is its subject
        later = sorted((q, other) for q, other in inside if q > p and other != sid)
        if not later:
            return None
        p, sid = later[0]
    lead = doc.text[prev.start : p]
    if any(ch in lead for ch in "\"“”«»„"):
        return None
    words = lead.split()
    # (words in capitals, the last one may be a noun of what the person is: "Former Board member Ed Lee")
    opening = len(words) <= _most_capitalised_lead() and all(
        w[:1].isupper() or is_role(w, en) or (i == len(words) - 1 and w.isalpha() and w.islower() and w not in PREPOSITIONS_EN and person_noun(w, en))
        for i, w in enumerate(words))
    fronted = lead.rstrip().endswith(",") and lead.count(",") <= 3 and not any(w in speech for w in words)
    if not (opening or fronted):
        return None
    if sid == _PENDING and pending is not None:
        own = gender_of(pending.text, doc, "en") or gender_of(pending.name, doc, "en")  # (as `Registry.add` will read it)
        if gender is not None and own is not None and own != gender:
            return None
        return reg.add(pending, Span(p, p + len(pending.text)), "source.person.full_name_in_text")
    return sid if gender is None or reg.gender.get(sid, gender) == gender else None


_CAPITALISED = re.compile(r"([A-ZÄÖÜ][\w-]+)\s+(?=([\w-]+))")
_CAPITALISED_AT_END = re.compile(r"([A-ZÄÖÜ][\w-]+)\s+$")


@lru_cache(maxsize=2)
def _capitalised_before(text: str) -> dict[str, list[tuple[int, str, int]]]:
    """Every capitalised word followed by another word, indexed by the word that follows, with its
    start, the capitalised word and where the word after it starts: one pass over the text instead
    of one per name looked up."""
    out: dict[str, list[tuple[int, str, int]]] = {}
    for m in _CAPITALISED.finditer(text):
        out.setdefault(m.group(2), []).append((m.start(1), m.group(1), m.end()))
    return out


def type_nouns_before(text: str, name: str) -> Iterator[str]:
    r"""The capitalised words right before `name` (a whole word) in `text`, in text order, as
    `re.finditer(r"([A-ZÄÖÜ][\w-]+)\s+" + name + r"(?![\w-])")` finds them: looked up in the
    index of `_capitalised_before` by the name's first word."""
    run = WORD_RUN.match(name)
    if run is None:
        return
    last_end = 0
    for start, word, at in _capitalised_before(text).get(run.group(), []):
        end = at + len(name)
        if not text.startswith(name, at) or WORD_RUN.match(text, end, end + 1):
            continue
        if start < last_end:  # its word overlaps the name found before: the part after it, if any
            m = _CAPITALISED_AT_END.search(text, last_end, at)
            if m is None:
                continue
            word = m.group(1)
        last_end = end
        yield word


def type_in_text(text: str, name: str, lx: Lang) -> tuple[SourceType, str] | None:
    """The type of a name that the text gives elsewhere with a type noun right before it
    ("Rheinmetall" → company for "der Rüstungskonzern Rheinmetall"), with that noun as the role."""
    if not NAME_TOKEN.match(name) or len(name.split()) > 3 or len(name) < 2:
        return None
    for word in type_nouns_before(text, name):
        if word.lower() in lx.determiners or is_role(word, lx):
            continue
        typ, head = head_type([word], lx)
        if typ is not None and head is not None:
            return typ, word  # type: ignore[return-value]
    return None


def named_just_before(reg: Registry, doc: Document, si: int, adverb: Span) -> str | None:
    """For an adverb that stands for a source ("demnach"): the person last named in the sentence
    before, when no other source was mentioned after that (a person named in the adverb's own
    sentence is what it is about: "Das Verfahren gegen X wurde demnach …")."""
    if not 0 < si < len(doc.sentences):
        return None
    lo, hi = doc.sentences[si - 1].span.start, doc.sentences[si].span.start
    sid = last_person_before(reg, hi, lo)
    if sid is None:
        return None
    at = max(p for p, s in reg.persons_seen if s == sid and lo <= p < hi)
    later = any(at < m.span.start < adverb.start and m.source != sid for m in reg.mentions)
    return None if later else sid


#: the types of a body a German description may give a name the text types nowhere else
#: (`name_typed_by_description`): not an outlet (an outlet's description asks for an outlet the text
#: names as one) and not a text
_BODY_DESCRIPTIONS = ORGANISATIONS - {"media", "news_agency", "website"}


def _untyped_name(name: str, lx: Lang) -> bool:
    """A source's name that may be a body's of no type known: one to three capitalised words or an
    acronym, none a type noun or a role, a single word no common noun by its ending ("Nordair", "NWG",
    "IG Nordmetall"; not "Experten", "Begründung")."""
    words = name.split()
    if not 1 <= len(words) <= 3 or any(w in lx.type_heads or is_role(w, lx) for w in words):
        return False
    if not all(NAME_TOKEN.match(w) or (w.isupper() and len(w) >= 2) for w in words):
        return False
    return len(words) > 1 or words[0].isupper() or not noun_ending(words[0])


def name_typed_by_description(reg: Registry, text: str, pos: int, typ: str, head: str | None, lx: Lang) -> str | None:
    """German: the body a definite description of a body ("die Airline", "der Verein") stands for
    when no source of its type was named before: the name of no known type (`_untyped_name`), written
    with a definite article before `pos`, of the source mentioned last before `pos` among such names ("die Nordair … Die Airline gab bekannt"),
    when the text writes no compound that ends in the description's head noun after a definite article
    before it ("Das Sozialministerium hat … . Zuvor hatte sich das Ministerium …": the ministry just
    named, no other name; "eine Billigairline" names none; the articles are
    `anaphoric_articles` and `genitive_articles`); None otherwise (rule `source.description.typed_name`:
    one source, of the description's type)."""
    if lx.code != "de" or typ not in _BODY_DESCRIPTIONS or not head:
        return None
    definite = "|".join(map(re.escape, sorted(lx.anaphoric_articles | lx.genitive_articles)))
    if definite and re.search(rf"(?<![\w-])(?:{definite})\s+[\w-]+{re.escape(head.lower())}\w{{0,3}}(?![\w-])", text[:pos], flags=re.I):
        return None  # ("Das Sozialministerium hat … . Zuvor hatte sich das Ministerium …": that body, no name)
    best, best_pos = None, -1
    opens = tuple(f"{a} " for a in lx.anaphoric_articles | lx.genitive_articles)
    for s in reg.sources:
        if s.type != "unnamed" or not _untyped_name(s.name, lx) \
                or not any(text[m.start : m.end].lower().startswith(opens) for m in s.mentions if m.start < pos):
            continue  # (a body's name, written with its article somewhere: "die Nordair"; not "Verschnupft")
        p = max((m.start for m in s.mentions if m.start < pos), default=-1)
        if p > best_pos:
            best, best_pos = s.id, p
    return best
