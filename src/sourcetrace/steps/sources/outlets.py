"""The document's outlet and the press around it: the house's own name, social accounts, polls,
the links of relayed claims, agency and reporter credits and the publisher, which is never a
source of its own article."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from ...document import Attribution, Document, Source, Span, Via
from ...resources import languages, load
from ...textutil import items_overlapping, whole_words
from ..candidates import Cand
from ..lexicon import AUX, CONJ_START, SUBORDINATORS, Lang
from .gazetteer import gazetteer_entries, gazetteer_match, org_key
from .mentions import MentionInfo, analyse_mention
from .persons import share_of_people
from .registry import Registry


def house_name(doc: Document, span: Span | None, lx: Lang) -> bool:
    """"sagte er dem STANDARD", "im SPIEGEL-Gespräch": German papers write their own name in
    capitals where other papers write it as a name ("der «Standard»"); a known outlet so written
    in a German text is the article's own publisher, no link of its chain. (Acronyms, "ZDF",
    "APA", are written so by everyone: the outlet's name must not be capitals itself.)"""
    if span is None or lx.code != "de":
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", doc.text[span.start : span.end]) if w.lower() not in lx.determiners]
    if not words or not all(w.isupper() and len(w) >= 4 for w in words):
        return False
    g = gazetteer_match(doc.text[span.start : span.end])
    return g is not None and g[1] in ("media", "news_agency") and not g[0].isupper() and not any(a.isupper() and a.upper() == " ".join(words) for a in g[2])


#: the rule mark of a claim whose link was the publisher `house_publisher` read from the text
HOUSE_RULE = "+source.publisher.house_capitals"

#: a run of words in capitals ("POLITICO", "USA TODAY"), apostrophes and dots inside a word
_CAPITALS_RUN = re.compile(r"(?<![\w'’-])[A-Z][A-Z.&!]*(?:[ ][A-Z][A-Z.&!]*)*(?![\w-])")


def house_publisher(doc: Document, lx: Lang) -> set[str]:
    """Rule source.publisher.house_capitals: the publisher's keys (`publisher_keys`) read from the text
    where none was given, in a language whose `publisher_in_house_capitals` (according.json) says so
    (English): an outlet of the list whose own name is no acronym ("Politico", "USA Today") written all
    in capitals, a word of it four letters or more, exactly as one of its names ("told POLITICO", "USA
    TODAY's request") is written so by the outlet that prints the text; other outlets write its name
    as a name. Empty when the text names no outlet so, and when it names two outlets or more so ("told
    POLITICO" and "told NEWSWEEK"): a text prints one publisher, and one that writes every outlet in
    capitals tells none of them; and when the text writes that outlet as a name too ("POLITICO" in a
    quoted headline, "Politico" in the text's own words): its house writes its name one way (session 34
    review)."""
    if not load(lx.code, "according").get("publisher_in_house_capitals", False):
        return set()
    found: dict[str, list[str]] = {}
    for m in _CAPITALS_RUN.finditer(doc.text):
        run = m.group().rstrip(".")  # (a full stop after the name: "told USA TODAY.")
        words = run.split()
        if not any(len(w.strip(".&!")) >= 4 for w in words):
            continue
        g = gazetteer_match(run)
        if g is None or g[1] not in ("media", "news_agency", "website") or g[0].isupper():
            continue
        names = [n for n in [g[0], *g[2]] if n != n.upper() and n[:1].isupper()]
        if any(" ".join(words) == n.upper() for n in names):
            found[g[0]] = names
    if len(found) != 1:
        return set()
    ((name, names),) = found.items()
    if any(next(whole_words(doc.text, n), None) is not None for n in names):
        return set()  # ("told POLITICO" and "told Politico": no house style)
    return publisher_keys(name)


#: the rule mark of a claim whose link was the publisher `asking_publisher` read from the text
ASKING_RULE = "+source.publisher.asking_comment"

#: an outlet's name where a phrase of `publisher_asking_comment` has {outlet}: up to five capitalised words
_OUTLET_WORDS = r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.&!-]*(?:\s+[A-Z][\w.&!-]*){0,4})"


@cache
def _asking_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p.replace("{outlet}", _OUTLET_WORDS)) for p in load(code, "according").get("publisher_asking_comment", []))


def asking_publisher(doc: Document, lx: Lang, reported: Sequence[Span] = ()) -> set[str]:
    """Rule source.publisher.asking_comment: the publisher's keys (`publisher_keys`) read from the text
    where none was given, in a language whose `publisher_asking_comment` (according.json) has phrases
    (English): an outlet of the list named as the one that asked for comment ("did not respond to the
    Harbor Ledger's request for comment", "the Harbor Ledger reached out to") prints the article, so
    "told the Harbor Ledger" in it is told to the publisher, no link of its chain. Empty when no phrase
    names an outlet of the list, and when they name two or more: one article has one publisher. A phrase
    inside what someone is reported to say (`reported`: the contents of the claims) is theirs, not the
    article's ("CNN said Hale had not replied to CNN's request for comment": CNN is quoted; review rev37b)."""
    found: set[str] = set()
    for pat in _asking_patterns(lx.code):
        for m in pat.finditer(doc.text):
            if any(sp.start <= m.start() < sp.end for sp in reported):
                continue
            g = gazetteer_match(m.group("outlet").strip())
            if g is not None and g[1] in ("media", "news_agency", "website"):
                found.add(g[0])
    return publisher_keys(next(iter(found))) if len(found) == 1 else set()


def account_holder(reg: Registry, info: MentionInfo, span: Span | None, lx: Lang) -> str | None:
    """The person the text names who holds the account that posted ("Donald J. Trump
    (@realDonaldTrump)" after "US-Präsident Donald Trump"): one source for one real-world
    speaker, with the account's names as aliases; None when the account's name is no person's
    name the text gives."""
    person = analyse_mention(info.name, lx)
    if person.type != "person" or len(person.person_tokens) < 2:
        return None
    sid = reg.find_person(person.person_tokens)
    if sid is None or reg.get(sid).type != "person":
        return None
    src = reg.get(sid)
    for a in [info.name, *info.aliases]:
        if a and a != src.name and a not in src.aliases:
            src.aliases.append(a)
    if span is not None:
        reg.mention(sid, span, "source.social_account.holder")
    return sid


def poll_before(reg: Registry, doc: Document, pos: int, lx: Lang) -> str | None:
    """The poll or survey (a source whose name holds one of `poll_heads` of
    resources/<lang>/according.json) named last before `pos`, in its paragraph or the one before;
    None when there is none."""
    heads = lx.poll_heads
    if not heads:
        return None
    sid = reg.nearest(pos, {s.type for s in reg.sources}, keep=lambda s: any(w.lower() in heads for w in re.findall(r"\w+", s.name)))
    if sid is None:
        return None
    at = max((m.start for m in reg.get(sid).mentions if m.start < pos), default=-1)
    # (how many paragraph breaks may stand between: `poll_reach_paragraphs` of according.json, 1 by
    # default; English: any, the poll a report opens with is asked on through its paragraphs)
    reach = load(lx.code, "according").get("poll_reach_paragraphs", 1)
    if at < 0 or (reach >= 0 and len(re.findall(r"\n\s*", doc.text[at:pos])) > reach):
        return None
    return sid if reach >= 0 or not _passage_left(reg, doc, at, pos, lx) else None


def _passage_left(reg: Registry, doc: Document, at: int, pos: int, lx: Lang) -> bool:
    """English, where a poll reaches any number of paragraphs (`poll_reach_paragraphs` -1): the poll named
    at `at` no longer relays a share of people at `pos` when a paragraph after the poll's own, before the
    share's sentence, names another source (a mention of a source of the registry that is not one named in
    the poll's own paragraph, as the poll itself or its pollster, and not a share of people itself): the
    text has moved from the poll's figures to someone else's word ("40 percent said" at a meeting after the
    mayor spoke is no answer to the poll three paragraphs up; `poll_before`, `poll_in_text`)."""
    own_end = doc.text.find("\n", at, pos)
    if own_end < 0:
        return False  # (the share in the poll's own paragraph)
    k = bisect.bisect_right(reg.sentence_starts, pos)
    sent = reg.sentence_starts[k - 1] if k else pos
    if sent <= own_end:
        return False
    para = doc.text.rfind("\n", 0, at) + 1
    own = reg.mentioned_between(para, own_end)
    heads = _poll_head_re(lx.code)
    lo = own_end
    while lo < sent:  # paragraph by paragraph
        hi = doc.text.find("\n", lo + 1, sent)
        hi = sent if hi < 0 else hi
        if any(o not in own and not share_of_people(reg.get(o).name, lx) for o in reg.mentioned_between(lo, hi)) \
                and (heads is None or not heads.search(doc.text, lo, hi)):
            return True  # (a speaker of a paragraph that speaks of a poll, as its pollster's staff do, is the poll's passage)
        lo = hi
    return False


@cache
def _poll_head_re(code: str) -> re.Pattern[str] | None:
    """The nouns of a poll (`poll_heads` of according.json: "survey", "poll") as whole words, any case."""
    heads = load(code, "according").get("poll_heads", [])
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\b", re.IGNORECASE) if heads else None


def poll_finding_before(doc: Document, si: int, pos: int, lx: Lang) -> bool:
    """"A Harbour Polls survey found by 48%-40%, the public says …": in the sentence `si`, before `pos`
    (the speaker), a `poll_heads` noun and right after it a verb of finding (`poll_finding_verbs` of
    according.json): what the speaker says there are answers to that poll, which relays them."""
    verbs = load(lx.code, "according").get("poll_finding_verbs", [])
    if not verbs or not lx.poll_heads or si >= len(doc.sentences):
        return False
    sent = doc.sentences[si].span
    heads = "|".join(re.escape(h) for h in sorted(lx.poll_heads, key=len, reverse=True))
    finds = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.search(rf"(?<![\w-])(?i:{heads})\s+(?:{finds})(?![\w-])", doc.text[sent.start : max(sent.start, pos)]) is not None


def poll_in_text(doc: Document, pos: int, lx: Lang, reg: Registry | None) -> tuple[int, str | None]:
    """A poll named by its pollster before `pos` in its paragraph or the one before a short one (in
    the 1500 characters before when `poll_reach_paragraphs` is -1),
    though it said nothing the text reports ("A new Gallup poll shows wide support for the plan.
    Sixty percent say …"): the capitalised words before a `poll_heads` noun ("Gallup poll", "a
    Harbour Polls survey"). Returns where its name ends (-1 when there is none) and, given the
    registry, its id as a document source (`source.poll`)."""
    if not lx.poll_heads:
        return -1, None
    para = doc.text.rfind("\n", 0, pos)
    para = doc.text.rfind("\n", 0, para) if para > 0 and pos - para < 200 else para  # (and the paragraph before a short one)
    lo = near = max(para + 1, pos - 1500)
    if load(lx.code, "according").get("poll_reach_paragraphs", 1) < 0:
        lo = max(0, pos - 1500)  # (English: the poll of the paragraphs before too, `poll_before`)
    heads = "|".join(re.escape(h) for h in sorted(lx.poll_heads, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w-])((?:[A-ZÄÖÜ][\w&'’./]*[ -]){{1,4}})((?i:{heads}))(?![\w-])")
    found = None
    for m in rx.finditer(doc.text, lo, pos):
        words = m.group(1).split()
        if m.start() < near and re.search(r"[A-Z][\w&'’./-]*\s+[a-z]+\s+$", doc.text[max(0, m.start() - 40) : m.start()]):
            continue  # (a paragraph before: not a name cut at its small word, "Rock the | Vote Poll")
        if not any(w.lower() in lx.determiners for w in words) and not (len(words) == 1 and words[0].lower() in CONJ_START | SUBORDINATORS):
            # (no article among the words: "… mit Gleitzeitmodellen. Die Befragung" names no pollster)
            found = m
    if lx.poll_owner_words:
        # the pollster after the noun: "eine Umfrage von Forsa", "die Befragung der Arbeiterkammer"
        owners = "|".join(re.escape(w) for w in sorted(lx.poll_owner_words, key=len, reverse=True))
        rx2 = re.compile(rf"(?<![\w-])((?i:{heads}))\s+(?:{owners})\s+((?:[A-ZÄÖÜ][\w&'’./-]*\s?){{1,3}})(?<!\s)")
        for m in rx2.finditer(doc.text, lo, pos):
            after = re.match(r"\s*([\w-]+)", doc.text[m.end() : pos])
            if after is not None and after.group(1).lower() in AUX:
                continue  # (not "wie es bei jener Erhebung der Fall war": the noun is the subject of a clause)
            if not _known_owner(doc, Span(m.start(2), m.end(2)), lx):
                continue  # (not "die Erhebung der Gebühren", "die Befragung der Zeugen": what is asked about, or whom)
            if found is None or m.start() > found.start():
                found = m
    if found is None:
        return -1, None
    if reg is None:
        return found.end(), None
    if lo < near and _passage_left(reg, doc, found.start(), pos, lx):
        return -1, None  # (a poll of the paragraphs before, but another source has spoken since)
    name = found.group(0).strip()
    sp = Span(found.start(), found.end())
    for s in reg.sources:
        if any(m.overlaps(sp) and m.end < sp.end for m in s.mentions):
            # "The latest Harbour Polls survey finds …" read as the speaker "The latest Harbour Polls": the survey it names
            if s.name not in s.aliases:
                s.aliases.append(s.name)
            s.name, s.type, s.rule = name, "document", s.rule + "+poll"
            reg.keys.setdefault(org_key(name), s.id)
            reg.mention(s.id, sp, "source.poll")
            return found.end(), s.id
    # the poll already a source under this name ("Die Befragung der AKNÖ ergab …" read as a speaker)
    same = next((s.id for s in reg.sources if s.name == name or any(m.start <= sp.start and sp.end <= m.end for m in s.mentions)), None)
    if same is not None:
        return found.end(), same
    return found.end(), reg.add(MentionInfo(name, name, "document"), Span(found.start(), found.end()), "source.poll")


def pollster_alias(name: str, lx: Lang) -> str | None:
    """The pollster a poll's name holds after its noun and `poll_owner_words` ("poll conducted by the
    Harbor Ledger": "Harbor Ledger"), one of the poll's names: labels name a poll by its pollster; None
    when the name has no such words."""
    if not lx.poll_heads or not lx.poll_owner_words:
        return None
    heads = "|".join(re.escape(h) for h in sorted(lx.poll_heads, key=len, reverse=True))
    owners = "|".join(re.escape(w) for w in sorted(lx.poll_owner_words, key=len, reverse=True))
    m = re.match(rf"(?i:{heads})\s+(?i:{owners})\s+(.+)$", name.strip())
    if m is None or not m.group(1)[:1].isupper():
        return None
    return m.group(1).strip()


def poll_noun_before(reg: Registry, doc: Document, pos: int, share: str, lx: Lang) -> str | None:
    """German: the survey a share of people answered when no poll by name was found before `pos`
    (`poll_before`, `poll_in_text`): the last noun before it, in the 1500 characters before, that is
    a `poll_heads` noun or a compound that ends in one ("Onlineumfrage", "AMS-Erhebung"), taken as
    the document it names (`source.poll.noun`). Only for a share that names no group or names
    those who answered (`respondent_nouns` of according.json: "Rund 15 Prozent", "die Hälfte der
    Befragten"; not "die Hälfte der Abgeordneten", who need not have answered anything)."""
    if lx.code != "de" or not lx.poll_heads:
        return None
    words = re.findall(r"[^\W\d_][\w-]*", share)
    group = [w for w in words if w[:1].isupper() and w.lower() not in lx.share_words]
    if group and not all(any(w.lower().endswith(r) for r in lx.respondent_nouns) for w in group):
        return None
    found = None
    lo = max(0, pos - 1500)
    for m in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][\w-]*", doc.text[lo:pos]):
        low = m.group().lower()
        if not any(low == h or (low.endswith(h) and len(low) > len(h) + 2) for h in lx.poll_heads):
            continue
        owner = re.match(r"\s+(\w+)\s+((?:[A-ZÄÖÜ][\w-]*\s?){1,3})(\s*\([A-ZÄÖÜ]{2,}\))?", doc.text[lo + m.end() : pos])
        if owner is not None and owner.group(1).lower() in lx.poll_owner_words and not owner.group(3) \
                and len(owner.group(2).split()) < 2 and not owner.group(2).strip().isupper() \
                and not _known_owner(doc, Span(lo + m.end() + owner.start(2), lo + m.end() + owner.end(2)), lx):
            # "die Befragung der Zeugen", "die Erhebung der Gebühren": whom it asks, or what it counts, no
            # survey (a body's name of two words or with its short form is one: "der Arbeiterkammer Tirol (AKT)")
            continue
        found = m
    if found is None:
        return None
    at = lo + found.start()
    sp = Span(at, at + len(found.group()))
    same = next((x.id for x in reg.sources if any(mm.start <= sp.start and sp.end <= mm.end for mm in x.mentions)), None)
    if same is not None:
        return same
    # "einer Umfrage des deutschen Verbands X": the survey with its owner after it, a body named in the genitive, is
    # that body's (`+owner`), one source with the body named elsewhere ("laut X")
    owned = re.match(r"\s+(\w+)\s+((?:[\w-]+\s+){0,3}[A-ZÄÖÜ][\w-]*)(?=[\s,.;:!?]|$)", doc.text[at + len(found.group()) : pos])
    if owned is not None and owned.group(1).lower() in lx.poll_owner_words:
        whole = Span(at, at + len(found.group()) + owned.end(2))
        info = analyse_mention(doc.text[whole.start : whole.end], lx)
        if info.type not in ("unnamed", "document", "person") and not info.pronoun:
            return reg.add(info, whole, "source.poll.noun+owner")
    return reg.add(MentionInfo(found.group(), found.group(), "document"), sp, "source.poll.noun")


def _known_owner(doc: Document, sp: Span, lx: Lang) -> bool:
    """The words after a poll's noun and `poll_owner_words` name a body: the mention reads as one
    (a known name or a `type_heads` noun: "des Instituts Nordblick", "der Gewerkschaft X"), or a
    word of theirs ends with a body's `type_heads` noun ("der Fährgesellschaft"). Not "die Erhebung
    der Gebühren", "die Befragung der Zeugen": what is asked about, or whom (review17)."""
    text = doc.text[sp.start : sp.end]
    if analyse_mention(text, lx).type not in ("unnamed", "person", "document"):
        return True
    heads = [h.lower() for h, t in lx.type_heads.items() if t not in ("unnamed", "document") and len(h) >= 5]
    return any(w.lower().endswith(h) or w.lower().removesuffix("s").endswith(h) for w in re.findall(r"[\w-]+", text) for h in heads)


def outlet_of_short_name(reg: Registry, info: MentionInfo) -> str | None:
    """A link of one unknown word that opens the name of an outlet already named ("Fox" for "Fox
    News Sunday"): that outlet."""
    words = info.name.split()
    if info.type != "unnamed" or len(words) != 1 or not words[0][:1].isupper():
        return None
    return next((s.id for s in reg.sources if s.type in ("media", "news_agency") and len(s.name.split()) > 1
                 and s.name.split()[0] == words[0]), None)


def relayed_links(reg: Registry, cands: list[Cand], atts: list[Attribution], publisher: set[str]) -> list[Attribution]:
    """A claim another speaker relays (`Cand.relayed_by`: speech told inside someone's reported
    speech) has that speaker, the ones he relies on (his upstream links) and the links after him, as
    downstream links of its chain. Returns
    the speech told inside a quotation that names no one else ("«Er hat gesagt, …»" where "er"
    is the quotation's own speaker, or no one): no claim of its own."""
    at = {id(c): a for c, a in zip(cands, atts, strict=True)}
    dropped: list[Attribution] = []
    carried: tuple[str, list[Via]] | None = None  # the source of the relayed claim just before, and the links added to it
    for c, a in zip(cands, atts, strict=True):
        outer = at.get(id(c.relayed_by)) if c.relayed_by is not None else None
        if outer is not None and c.relayed_by is not None and c.relayed_by.mode == "direct" and (a.source is None or a.source == outer.source):
            dropped.append(a)
            continue
        if outer is None and carried is not None and c.inherit and a.source == carried[0]:
            add = carried[1]  # "… laut einer Studie der Kammer. In Kiel liege die Quote höher.": still relayed
        elif outer is None or outer.source is None or a.source is None or outer.source == a.source:
            carried = None if not c.inherit else carried
            continue
        else:
            # (whom the relaying speaker relies on stands between: '“The mayor said …,” Roe wrote, citing
            # attendees at the session': the mayor's words reached Roe through them)
            add = [Via(v.source, v.name, v.span, v.rule + "+relayed", "downstream") for v in outer.via if v.position == "upstream"]
            add += [Via(outer.source, reg.get(outer.source).name, None, "via.relayed_speech", "downstream")]
            add += [Via(v.source, v.name, v.span, v.rule, "downstream") for v in outer.via if v.position == "downstream"]
            carried = (a.source, add)
        have = {a.source, *(v.source for v in a.via)}
        for v in add:
            if v.source not in have and not is_publisher(reg.get(v.source), publisher):
                have.add(v.source)
                a.via.append(v)
    return dropped


#: "(dpa)", "(dpa/lno)", "(FR mit dpa)", "(Reuters, APA, red)", and with the date of the copy
#: after the names: "(APA, 18.8.2015)", "(APA; 1.11.2015)"
_AGENCY_CREDIT = re.compile(
    r"\((?P<inner>(?:[A-Za-zÄÖÜäöü.-]{2,12}\s+mit\s+)?(?:[A-Za-zÄÖÜäöü.-]{2,12})(?:\s*[/,]\s*[A-Za-zÄÖÜäöü.-]{2,12})*)"
    r"(?:\s*[,;]?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?\)(?=\s*(?:[–—-]\s|$|\n))"
)

#: a credit that opens the text before its first sentence, with no dash after it: "(CNN) President …"
_OPENING_CREDIT = re.compile(r"\s*\((?P<inner>[A-Za-z.-]{2,12})\)\s+(?=[A-Z“\"])")


@cache
def _agency_names() -> dict[str, str]:
    """The names and aliases of the agencies and media of the gazetteer, lower-cased → the name."""
    return {n.lower(): name for name, typ, aliases in gazetteer_entries() if typ in ("news_agency", "media") for n in [name, *aliases]}


def _inline_credits(doc: Document, reg: Registry, used: set[str], lx: Lang) -> list[str]:
    """Agency credits inside the text: a dateline "Hamburg (dpa/lno) –" or a closing "(FR mit dpa)";
    the ids of the sources credited."""
    credited: list[str] = []
    agencies = _agency_names()
    for seg in doc.segments:
        if seg.kind not in ("body", "source_list", "caption"):
            continue
        opening = _OPENING_CREDIT.match(doc.text, seg.span.start, seg.span.end) if seg.kind == "body" else None
        for m in [*([opening] if opening else []), *_AGENCY_CREDIT.finditer(doc.text, seg.span.start, seg.span.end)]:
            parts = re.split(r"\s*(?:/|,|\bmit\b)\s*", m.group("inner"))
            known = [p for p in parts if p.lower() in agencies]
            if not known:
                continue
            for p in known:
                start = doc.text.find(p, m.start(), m.end())
                info = MentionInfo(p, agencies[p.lower()], "news_agency")
                g = gazetteer_match(agencies[p.lower()])
                if g:
                    info.type, info.aliases = g[1], list(g[2])
                sid = reg.add(info, Span(start, start + len(p)), "source.credit.inline")
                src = reg.get(sid)
                src.credit = True
                used.add(sid)
                if seg.kind != "caption":  # (a photo's credit is not the text's)
                    credited.append(sid)
    return credited


@cache
def _reporter_credits() -> frozenset[str]:
    """The phrases of a credit line that names the article's own reporters ("contributed to this
    report", "Mitarbeit:"; `reporter_credits` of resources/<lang>/according.json, every language)."""
    return frozenset(p for code in languages() for p in load(code, "according").get("reporter_credits", []))


def credit_sources(doc: Document, reg: Registry, used: set[str], lx: Lang) -> list[str]:
    """Credit lines and source footers ("(dpa)", "Mit Material von AFP", "Quellen: …"); the ids of
    the sources credited."""
    credited = _inline_credits(doc, reg, used, lx)
    for seg in doc.segments:
        if seg.kind != "source_list":
            continue
        body = doc.text[seg.span.start : seg.span.end]
        for m in re.finditer(r"[^\n:,;()/]+", body):
            piece = m.group(0).strip(" -•*–")
            if not piece or len(piece) > 80:
                continue
            low = piece.lower()
            if any(low.startswith(w.lower()) and len(low) <= len(w) + 1 for w in ("Verwendete Quellen", "Quellen", "Quelle", "Sources", "Source", "Unsere Quellen")):
                continue
            piece = re.sub(r"^(?:mit material von|mit material der|mit material des|additional reporting by|reporting by|fr mit|mit)\s+", "", piece, flags=re.I).strip()
            if not piece or len(piece) < 2:
                continue
            info = analyse_mention(piece, lx)
            line = body[body.rfind("\n", 0, m.start()) + 1 : (body.find("\n", m.end()) + 1 or len(body) + 1) - 1].lower()
            if any(p.lower() in line for p in _reporter_credits()) and info.type not in ("news_agency", "media"):
                continue  # "Jo Hart contributed to this report": a reporter of the article, no source of it
            start = seg.span.start + m.start() + m.group(0).find(piece)
            sid = reg.add(info, Span(start, start + len(piece)) if doc.text[start : start + len(piece)] == piece else None, "source.credit")
            src = reg.get(sid)
            src.credit = True
            used.add(sid)
            credited.append(sid)
    return credited


def _name_key(name: str) -> str:
    """"The Washington Post", "washingtonpost.com", "DER STANDARD" → "washingtonpost", "standard"."""
    low = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip().lower())
    low = re.sub(r"\.(?:com|org|net|info|de|at|ch|co\.uk|uk|fr|it|es|eu|ru)(?:/.*)?$", "", low)
    low = re.sub(r"^(?:the|der|die|das)\s+", "", low)
    return re.sub(r"[\W_]+", "", low)


def publisher_keys(publisher: str | None) -> set[str]:
    """The names the publisher goes by: each part of "DER STANDARD (derstandard.at)", with the
    names of the outlet list when it is one of them ("NYT" → The New York Times)."""
    if not publisher:
        return set()
    names = [p for p in re.split(r"\s*[(),;|]\s*", publisher) if p.strip()]
    for p in list(names):
        g = gazetteer_match(p.strip()) or _outlet_of_slug(p.strip())
        if g is not None:
            names += [g[0], *g[2]]
    return {k for k in map(_name_key, names) if len(k) >= 2}


def _outlet_of_slug(slug: str) -> tuple[str, str, list[str]] | None:
    """The outlet of the list a lower-case slug of a publisher stands for, each part the start of
    one word of a name of it ("wash-post" The Washington Post, "west-journal" Western Journal,
    "huff-post" Huffington Post, "der-spiegel" Der Spiegel): a slug of two parts or more that one
    outlet alone fits. A part that is itself a whole word of a name of the list stands for that
    word only, not for a longer one it begins ("new-york" is no slug of The New Yorker: "york" is
    a word of The New York Times)."""
    if not re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)+", slug):
        return None
    parts = re.split(r"[-_]", slug)
    parts = parts[1:] if parts[0] in ("the", "der", "die", "das") else parts
    words = _slug_words()

    def fits(w: str, x: str) -> bool:
        return w == x or (x not in words and w.startswith(x))

    found = [e for e in _slug_outlets() if any(
        len(ws) == len(parts) and all(fits(w, x) for w, x in zip(ws, parts, strict=True)) for ws in e[3])]
    return found[0][:3] if len(found) == 1 else None


@cache
def _slug_words() -> frozenset[str]:
    """Every word of a name of the outlets of the list (`_slug_outlets`)."""
    return frozenset(w for e in _slug_outlets() for ws in e[3] for w in ws)


@cache
def _slug_outlets() -> list[tuple[str, str, list[str], list[list[str]]]]:
    """The outlets, agencies and sites of the list with the lower-case words of each name (no
    leading article)."""
    out = []
    for name, typ, aliases in gazetteer_entries():
        if typ in ("media", "news_agency", "website"):
            words = [re.sub(r"^(?:the|der|die|das)\s+", "", n.lower()).split() for n in [name, *aliases]]
            out.append((name, typ, aliases, [[re.sub(r"\W+", "", w) for w in ws] for ws in words]))
    return out


def is_publisher(src: Source, keys: set[str]) -> bool:
    """The source is the article's own publisher: a name of it equals one of the publisher's, or
    holds one of five letters or more ("STANDARD" and "WebStandard" in DER STANDARD, "Breitbart
    London" in Breitbart)."""
    if not keys or src.type == "person":
        return False
    for n in {_name_key(x) for x in [src.name, *src.aliases]}:
        if n in keys or any(len(k) >= 5 and k in n for k in keys):
            return True
    return False


def cue_goes_on(doc: Document, c: Cand, lx: Lang, any_verb: bool = False) -> bool:
    """The words of the claim's sentence outside what was said name no other occasion ('at a
    rally', 'later', 'in a statement'; `continuing_occasion_words`), and its cue is a plain verb of
    speech ('she said', 'he added', 'sagte er'; `continuing_lemmas`), a word of
    `continuing_cue_words` ('so der Minister'), or, where `continuing_any_verb` says so (German),
    another verb of a direct or indirect claim ('Roth wies die Kritik zurück, …') in a frame that
    names no time of its own; with `any_verb` (after an interview frame: "In an interview with X,
    Ann Lee was asked …. Lee joked that …") the same in every language."""
    d = load(lx.code, "according")
    lemmas = set(d.get("continuing_lemmas", []))
    cue = doc.text[c.cue.start : c.cue.end].lower() if c.cue is not None else ""
    if c.cue is None or c.sent >= len(doc.sentences):
        return False
    plain = cue in d.get("continuing_cue_words", []) or any(f.lemma in lemmas for f in lx.forms.get(cue, []))
    occasions = set(d.get("continuing_occasion_words", []))
    outside = [t for t in doc.sentences[c.sent].tokens if not any(x.start <= t.span.start < x.end for x in c.content)]
    if occasions.intersection(t.text.lower() for t in outside):
        return False
    # another speech act of the speaker ('Roth wies die Kritik zurück, …') goes on too when its words
    # outside what was said name no time of their own
    return plain or ((any_verb or bool(d.get("continuing_any_verb", False))) and c.mode in ("direct", "indirect")
                     and not any(items_overlapping(doc.timexes, Span(x.span.start, x.span.start + 1)) for x in outside))


def credit_links(doc: Document, reg: Registry, atts: list[Attribution], credited: list[str]) -> None:
    """A news agency credited for the text ("Hamburg (dpa/lno) –", "(APA, 18.8.2015)",
    "WASHINGTON (AP) —", "Quellen: Reuters") wrote the copy the publisher prints: it stands between
    every speaker of the text and the article, the last downstream link of each claim of the body
    (not of an embedded post or a reader's comment, which reach the page another way). The
    publisher itself is the end of the chain, no link (benchmarks/chaindev/labels.json, _about)."""
    agencies = list(dict.fromkeys(sid for sid in credited if reg.get(sid).type == "news_agency"))
    if not agencies:
        return
    for a in atts:
        if a.mode == "social_post" or doc.segments[a.segment].kind in ("social_post", "comment"):
            continue
        for sid in agencies:
            if sid != a.source and all(v.source != sid for v in a.via):
                a.via.append(Via(sid, reg.get(sid).name, None, "via.credit", "downstream"))
