"""The claim members of one analysed document: its attributions (`members_of`), with their source
read as the origins need it, their content, stance and features, then the sentences that report
speech the analysis left unattributed (`sentence_members`), then the sentences the outlet states in
its own voice (`own_statements`)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from functools import cache
from typing import Any

from ...resources import languages_for, load
from ...textutil import whole_words
from ..entities import name_key
from .compare import quoted_in
from .content import in_spans, numbers_and_dates, without_tag
from .groups import joint_speakers, named_members
from .origins import (
    finding_subject,
    genitive_of,
    names_no_source,
    one_source,
    own_words,
    passive_agent,
    person_reflexive,
    self_reference,
    unnamed_person,
    without_reflexive,
)
from .quotations import split_quotations
from .record import Member
from .stance import (
    confirmed_whose,
    confirmer_of,
    confirms_after,
    cue_denies_a_claim,
    denied_inside,
    denies_a_claim,
    denies_back,
    disputes,
    refers_back,
    retorts,
    speech_of_sentence,
    split_denial,
)
from .words import FULL_NAME, WORD, calendar_words, content_keys, negates, says_title, word_lists

_ANSWER = re.compile(r"^\W*(\w+)\s*,")

#: the sentences `members_of` skipped, by reason (`past_text`: an analysis's sentence that reaches past
#: the document's text, as in a document dict whose text was left out or cut: no member is read
#: from words that are not there), each sentence once however many readers pass it over; counted for
#: the whole process
skipped: Counter[str] = Counter()


def _within_text(c: dict[str, Any], text: str) -> bool:
    """Whether an analysis's sentence lies within the text (`members_of` counts those that do not
    in `skipped`)."""
    return int(c["end"]) <= len(text)


def members_of(doc: dict[str, Any]) -> list[Member]:
    """The claim members of one analysed document: its attributions, then the sentences of its
    own words (`sentence_members`)."""
    lex = word_lists()
    text = str(doc.get("text") or "")
    sources = {s.get("id"): s for s in doc.get("sources", [])}
    credited = {c.get("id"): c for c in doc.get("credits", [])}  # the agency a `via.credit` link names
    names_in_doc = []
    for s in doc.get("sources", []):
        if s.get("type") not in ("anonymous", "unnamed"):
            for n in [s.get("name", ""), *s.get("aliases", [])]:
                if n and len(n) >= 3:
                    names_in_doc.append(n)
    persons = [str(s.get("name")) for s in doc.get("sources", []) if s.get("type") == "person" and s.get("name")]
    denial_hedges = [h for h in doc.get("hedges", []) if h.get("kind") in ("denial", "dispute")]
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    out: list[Member] = []
    attributions = by_sentence(doc, text)
    for a in attributions:
        content = a.get("content") or []
        if isinstance(content, dict):
            content = [content]
        if not content:
            continue
        spans = [(int(c["start"]), int(c["end"])) for c in content]
        ctext = without_tag(text, content, a)
        src = a.get("source") or None
        s_full = sources.get(src.get("id")) if src else None
        given = (src.get("name") or src.get("text")) if src else None
        name = without_reflexive(given)
        if src is not None and names_no_source(name):  # "ersten Annahmen zufolge", "reports": unattributed
            src, s_full, name = None, None, None
        pollster = None
        if src is not None and "start" in src and "end" in src:
            # the source with the word after it, where the analysis cut it before its finding's head
            # ("A Harwick University" + " poll found …"): a poll names its pollster
            after = re.match(r"[\w-]+", text[int(src["end"]) :].lstrip(" "))
            pollster = finding_subject(text[int(src["start"]) : int(src["end"])]) or (
                finding_subject(text[int(src["start"]) : int(src["end"])] + " " + after.group()) if after else None)
        if pollster and name and name_key(pollster) in name_key(name):
            # "A Harwick University poll found …" named "Harwick University": the pollster, one
            # institution, as a sentence names it
            name, stype_given = pollster, "institution"
        else:
            stype_given = None
        stype = stype_given or ((src.get("type") or (s_full or {}).get("type")) if src else None)
        if stype == "unnamed" and person_reflexive(given):  # "Sanders himself": a person, not a plural
            stype = "person"
        if stype in ("unnamed", None) and src is not None:
            person = genitive_of(name, persons, doc.get("language"))
            if person:  # "nach Aussagen Gordons": Michael Gordon's words, not an unnamed group
                name, stype = person, "person"
        named = named_members(text, src, doc.get("language")) if stype in ("unnamed", None) else None
        if named:  # "Other candidates, including Ann Lee and Ben Ross, said …": the two named
            name, stype = named, "person"
        role = (s_full or {}).get("role")
        up: list[tuple[str, str]] = []
        down: list[tuple[str, str]] = []
        confirmer: str | None = None
        for v in a.get("via", []):
            vs = sources.get(v.get("id")) or credited.get(v.get("id"), {})
            item = (str(v.get("name", "")), str(vs.get("type", "unnamed")))
            if v.get("position") == "upstream" and confirmer is None and confirms_after(text, v):
                # "Wie AFP berichtet, …, wie die Behörden bestätigten": the link confirms what the
                # source reports, an origin of it too, not the one the source relays
                confirmer = item[0]
                continue
            (up if v.get("position") == "upstream" else down).append(item)
        raw = WORD.findall(ctext.replace("’", "'"))  # "doesn’t" is a negation too
        words = [w.lower() for w in raw]
        # an answer word before a comma opening the content ("No, I meant …", "Nein, das …")
        # answers a question: it does not negate what follows
        answer = _ANSWER.match(ctext)
        counted = words[1:] if answer and answer.group(1).lower() in lex["negation"] else words
        # any negation: two in one content are mostly two negative clauses ("have never expressed
        # interest … and have no plans to"), seldom a double negation
        negated = negates(counted)
        cue = (a.get("cue") or {}).get("text", "") or ""
        # one who agrees with what another said ("Lee agreed that …"): not a joint subject, "Lee and
        # Ross agreed that …", who agree with each other on a statement of their own (rule link.origin.agreed)
        agrees = src is not None and cue.lower() in lex["agree_cues"] and not {
            w.lower() for w in WORD.findall(f"{src.get('text') or ''} {name or ''}")} & lex["conjunctions"]
        # who denies it, by the content's own words or by the rest of its sentence, which the analysis
        # may have left out of the content ("… had been counted twice, a claim that X firmly rejected")
        last = max(e for _, e in spans)
        rest = re.split(r"(?<=[.!?])\s|\n", text[last : last + 250], maxsplit=1)[0]
        inside = denied_inside(ctext + rest, doc.get("language")) if src is not None else None
        first = min(s for s, _ in spans)
        # a denial hedge whose scope is the content, or that stands just before it ("dementierte, dass
        # …"); one inside the content is its own verb ("would deny them help"), and a denial the
        # content reports of someone else is theirs (`disputed_by`)
        # a denial word that refuses someone something ("would deny them help") denies no claim
        cue_denies = (any(c in cue.lower() for c in lex["denial_cues"]) and cue_denies_a_claim(text, a.get("cue") or {})) \
            or split_denial(text, a.get("cue") or {})
        status_denies = a.get("status") == "denied" and denies_a_claim(ctext) is not False
        denial = status_denies or cue_denies or (not inside and any(
            (h.get("scope") and in_spans(h["scope"], spans)) or in_spans(h, [(first - 80, first)]) for h in denial_hedges))
        nums, unit_words, times = numbers_and_dates(doc, text, spans)
        names = {one_source(n, doc.get("language")) for n in names_in_doc if n in ctext}
        out.append(Member(
            key=f"{doc['id']}#{a.get('id')}", document=str(doc["id"]), start=min(s for s, _ in spans),
            end=max(e for _, e in spans), text=ctext, source=name, source_type=stype, source_role=role,
            via=[n for n, _ in up] + [n for n, _ in down], upstream=up, downstream=down, negated=negated,
            denial_cue=bool(denial), numbers=nums, dates=times.dates, durations=times.durations,
            weekday_dates=times.weekday_dates, names=names,
            words=content_keys(raw) - content_keys(unit_words),
            rule=str(a.get("rule", "link.claim.member")), source_mention=src.get("text") if src else None,
            language=doc.get("language"), dispute=src is not None and disputes(ctext), disputed_by=inside,
            confirmed=confirmed_whose(text, a.get("cue") or {}, spans, doc.get("language")) if src is not None else None,
            confirmed_by=confirmer_of(text, src, a.get("cue"), doc.get("language")) or confirmer,
            co_origin_rules=(["link.origin.confirming_link"] if confirmer else [])
            + (["link.origin.agreed"] if agrees else []),
            # (a cue or a quotation whose speaker the analysis did not find: someone spoke)
            no_speaker=not a.get("source"),
            # (a denial whose object points back, "streitet das ab, …", refers back however long its clause)
            refers=src is not None and (refers_back(raw, cue, given or "") or (bool(denial) and denies_back(text, a.get("cue") or {}, first))),
            own_finding=own_words(text, src, a.get("cue")), retorts=src is not None and retorts(text, a.get("cue") or {}),
            # (a speaker who agrees with what someone said, "X agreed that …", confirms it as another origin:
            # rule link.origin.agreed, `agree_cues`)
            confirms=(src is not None and cue.lower() in lex["confirm_cues"]) or agrees,
            reaffirms=src is not None and cue.lower() in lex["reaffirm_cues"],
            # (a confirmation of the speaker's own act, "… confirmed that it will close the pier": told first by
            # the speaker, `confirms_own_act`)
            own_act=src is not None and cue.lower() in lex["confirm_cues"]
            and confirms_own_act(ctext, stype, src.get("text"), doc.get("language")),
            paragraph=bisect.bisect_left(breaks, first)))
    split_quotations(text, attributions, out)
    # (each sentence past the text once: `sentence_members` and `own_statements` both pass it over)
    skipped["past_text"] += sum(1 for c in doc.get("claims", []) if not _within_text(c, text))
    # (a headline that gives a speaker's words is that speaker's member, `title_members`: no sentence
    # member or own statement of the outlet beside it)
    titled = title_members(doc, out, names_in_doc)
    spoken = sentence_members(doc, out + titled, names_in_doc, breaks)
    own = own_statements(doc, out + spoken + titled, names_in_doc, breaks)
    found = out + spoken + own + titled
    return mark_echoes(doc, mark_hearsay_nouns(mark_speculated(doc, mark_inferred(doc, mark_hearsay(doc, found)))))


#: a headline that gives a speaker's words after a colon ("Ann Lee: ‘The quay stays open’", "Ann Lee on
#: the quay: …"): the speaker's name before it, at most this many words (`title_members`)
TITLE_SPEAKER_WORDS = 6
#: the content after such a colon holds at least this many content words
TITLE_WORDS = 2
_TITLE_COLON = re.compile(r"^\s*(?P<who>[^:?!\n]+?)\s*:\s+(?P<what>\S[^\n]*?)\s*$")


def title_members(doc: dict[str, Any], attributed: list[Member], names_in_doc: list[str]) -> list[Member]:
    """The headlines of the text (a segment of kind `title`) that give someone's words after a colon —
    "Ann Lee: ‘The quay stays open’", "Ann Lee on the ferry strike: …" (the topic after a word of
    `title_topic` of resources/<lang>/link.json cut off) — where the words before the colon end in the
    name of a source that an attribution of the body names (its last word, `name_key`; one who speaks
    for someone, not an unnamed or anonymous group, a document or a website): a member with that
    attribution's source and chain (rule `link.claim.title_speaker`; the analysis reads the body only).
    A headline is how most outlets state a speaker's main claim, and a label's span often lies in it."""
    text = str(doc.get("text") or "")
    lang = doc.get("language")
    topic = _title_topic_words()
    cues = _cue_forms(str(lang or "")[:2])
    speakers: dict[str, Member] = {}
    for m in attributed:
        if m.source and m.source_type not in (None, "anonymous", "unnamed", "document", "website") and not m.nameless:
            last = name_key(m.source).split()
            if last:
                known = speakers.get(last[-1])
                if known is None or len(m.source) > len(known.source or ""):
                    speakers[last[-1]] = m
    out: list[Member] = []
    # the words the body capitalises inside a sentence: names; a headline's capitals on others are its style
    body = " ".join(text[int(g["start"]) : int(g["end"])] for g in doc.get("segments", []) if g.get("kind") == "body")
    names = frozenset(w.group(1) for w in _NAME_INSIDE.finditer(body))
    for g in doc.get("segments", []):
        if g.get("kind") != "title" or int(g["end"]) > len(text):
            continue
        start, end = int(g["start"]), int(g["end"])
        title = text[start:end]
        if title.rstrip(" \"'’”».").endswith("?"):
            continue
        hit = _TITLE_COLON.match(title)
        like = None
        denial = cued = False
        if hit is not None:
            who = hit.group("who").split()
            cut = next((i for i, w in enumerate(who) if i and w.lower() in topic), len(who))
            like = _title_speaker(who[:cut], speakers)
            s, e = start + hit.start("what"), start + hit.end("what")
        if like is None:
            # "Ann Lee says the quay stays open", "Ann Lee calls the plan ‘a rusty tub’": the words
            # after a cue verb that follows the speaker's name
            tokens = list(re.finditer(r"\S+", title))
            at = next((i for i, w in enumerate(tokens[: TITLE_SPEAKER_WORDS + 1]) if i and w.group().lower() in cues), None)
            if at is None or at + 1 >= len(tokens) or \
                    tokens[at + 1].group().lower().strip(",.:;") in _title_not_speaking(str(lang or "")[:2]):
                # ("Ann Lee told to reopen the quay", "Lee said to weigh a closure": the name is the one
                # spoken to or about, `title_not_speaking` of resources/<lang>/link.json)
                continue
            who = [w.group() for w in tokens[:at]]
            like = _title_speaker(who, speakers)
            s, e = start + tokens[at + 1].start(), start + len(title.rstrip())
            # a cue that denies ("Ann Lee denies the quay will close"): the speaker denies the words after it,
            # as a body attribution with that cue does (`denial_cues`, `cue_denies_a_claim`)
            cue = {"start": start + tokens[at].start(), "end": start + tokens[at].end(), "text": tokens[at].group()}
            denial = tokens[at].group().lower() in word_lists()["denial_cues"] and cue_denies_a_claim(text, cue)
            cued = True
        if like is None:
            continue
        ctext = _sentence_case(text[s:e], names)
        raw = WORD.findall(ctext.replace("’", "'"))
        words = content_keys(raw)
        if len(words) < TITLE_WORDS:
            continue
        nums, unit_words, times = numbers_and_dates(doc, text, [(s, e)])
        # the words after a cue verb with no finite verb, a noun phrase ("denies ferry report"): no
        # statement of its own (`Member.noun_title`, rule link.claim.noun_headline)
        noun = cued and not _headline_verb(raw, lang)
        out.append(Member(
            key=f"{doc['id']}#t{s}", document=str(doc["id"]), start=s, end=e, text=ctext, source=like.source,
            source_type=like.source_type, source_role=like.source_role, via=list(like.via), upstream=list(like.upstream),
            downstream=list(like.downstream), negated=negates([w.lower() for w in raw]), denial_cue=denial, numbers=nums,
            dates=times.dates, durations=times.durations, weekday_dates=times.weekday_dates,
            names={one_source(n, lang) for n in names_in_doc if n in ctext}, words=words - content_keys(unit_words),
            rule="link.claim.title_speaker", source_mention=" ".join(who), language=lang, noun_title=noun))
    return out


#: a capitalised word inside a sentence (after a word, a comma or a hyphen): a name where the language writes
#: only names so
_NAME_INSIDE = re.compile(r"(?<=[\w,;)-]) +([A-ZÄÖÜ][\w-]*)")
_ANY_WORD = re.compile(r"(?<![\w'’-])\w[\w'’-]*")


def _sentence_case(words: str, names: frozenset[str]) -> str:
    """A headline's words in the case of running text where it capitalises most of them ("Grain Quay Stays
    Shut" → "grain quay stays shut"), but the words the body capitalises inside a sentence (`names`) and
    words in capitals only ("DNC"): the comparisons read a capitalised word as a name (`content_keys`,
    `name_words`), and a headline's capitals are its style. The same length as `words`."""
    found = list(_ANY_WORD.finditer(words))
    long = [w.group() for w in found if len(w.group()) > 3]
    if not long or sum(w[:1].isupper() for w in long) < 0.6 * len(long):
        return words
    out = list(words)
    for w in found:
        word = w.group()
        if word[:1].isupper() and not word.isupper() and (
                re.sub(r"['’]s$", "", word) not in names or word.lower() in word_lists()["stopwords"]):
            out[w.start() : w.end()] = word.lower()
    return "".join(out)


def _title_speaker(who: list[str], speakers: dict[str, Member]) -> Member | None:
    """The attribution whose source a headline's words before its speaker's words name (`title_members`):
    a capitalised name of at most TITLE_SPEAKER_WORDS words whose last word is the last word of that source."""
    if not who or len(who) > TITLE_SPEAKER_WORDS or not who[0][:1].isupper():
        return None
    return speakers.get(name_key(re.sub(r"\W+$", "", who[-1])))


@cache
def _title_not_speaking(code: str) -> frozenset[str]:
    """The words after a headline's cue verb that make the name before it the one spoken to or about,
    not the speaker ("Ann Lee told to reopen the quay", "Lee said to weigh a closure", "Lee asked about
    the quay"): `title_not_speaking` of resources/<lang>/link.json (of every language when not known)."""
    out: set[str] = set()
    for lang in languages_for(code or None):
        try:
            out.update(w.lower() for w in load(lang, "link").get("title_not_speaking", []))
        except (FileNotFoundError, OSError):
            continue
    return frozenset(out)


@cache
def _title_topic_words() -> frozenset[str]:
    """The words after a headline's speaker that open the topic of the words ("Ann Lee on the strike: …"),
    `title_topic` of every language's link.json."""
    out: set[str] = set()
    for lang in languages_for(None):
        try:
            out.update(w.lower() for w in load(lang, "link").get("title_topic", []))
        except (FileNotFoundError, OSError):
            continue
    return frozenset(out)


#: how far before a member a reportative cue may stand in its sentence ("Reportedly, …" before the member's words)
HEARSAY_BEFORE = 40
#: a reportative cue in a member opens it when fewer words than this stand before it ("Der Mann soll …"),
#: or more in its main clause (`_in_main_clause`: "The harbour board of the town is reportedly …")
HEARSAY_WORDS = 4
#: the marks that end a member's first clause or phrase before a reportative cue (`_in_main_clause`);
#: a full stop only after four lower-case letters, before a space or the end: the period of an
#: initial, an abbreviation or a decimal ("J. Holt", "Dr. Holt", "3.5 million", "z. B.") ends nothing
_CLAUSE_MARKS = re.compile(r"[,;:()\[\]\"“”„«»–—!?\n]|(?<=[a-zäöüß]{4})\.(?=\s|$)")


@cache
def _clause_openers(code: str) -> frozenset[str]:
    """The words that open a subordinate clause in a language (`subordinators` and `relative_pronouns`
    of resources/<code>/lexicon.json, less the articles of link.json: German "der", "die", "das")."""
    lex = load(code, "lexicon")
    articles = {w.lower() for w in load(code, "link").get("articles", [])}
    return frozenset(w.lower() for key in ("subordinators", "relative_pronouns")
                     for w in lex.get(key, []) if w.lower() not in articles)


@cache
def _auxiliaries(code: str) -> frozenset[str]:
    """The auxiliaries of a language (`auxiliaries` of resources/<code>/lexicon.json)."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("auxiliaries", []))


def _in_main_clause(before: str, lang: str | None) -> bool:
    """Whether the words of a member before a reportative cue are the first part of its main clause
    — its subject however long ("Der frühere Hafenmeister der Stadt soll …", "The harbour board of
    the town is reportedly …"): no punctuation ends a phrase or a clause among them, no word opens
    a subordinate clause ("For the mayor, who reportedly …" tells one phrase as hearsay, not the
    member), and no finite verb (`_finite_verb`) but the auxiliaries just before the cue stands
    among them, nor does an article, a preposition or a possessive "'s" stand just before the
    cue: a cue after the main verb or inside a noun phrase tells a phrase of it ("The board
    discussed the alleged fraud …", "The board's alleged plan …")."""
    if _CLAUSE_MARKS.search(before):
        return False
    codes = languages_for(lang)
    openers = frozenset().union(*(_clause_openers(code) for code in codes))
    raw = WORD.findall(before.replace("’", "'"))
    if any(w.lower() in openers for w in raw):
        return False
    auxiliaries = frozenset().union(*(_auxiliaries(code) for code in codes))
    while raw and raw[-1].lower() in auxiliaries:
        raw.pop()
    # (after an article or a preposition the cue is an attribute of a noun: "about alleged fraud";
    # after a possessive "'s" too: "The board's alleged plan …")
    function = frozenset().union(*(_finite_lexicon(code)[6] for code in codes))
    return bool(raw) and raw[-1].lower() not in function and raw[-1].lower() != "s" and not _finite_verb(raw, lang)


def mark_hearsay(doc: dict[str, Any], members: list[Member]) -> list[Member]:
    """The members, those with no source marked `hearsay` where a reportative hedge of the analysis
    ("reportedly", "angeblich", "soll … haben": kind `reportative`) opens them (among their first
    `HEARSAY_WORDS` words, after a longer subject in their main clause: `_in_main_clause`, or
    just before them in their sentence): the article tells it as
    something said, by no one it names. Such a member adds no origin; a claim of only such members and members with no source is unsourced
    (`Linker.claim_row`, rule `link.origin.hearsay`)."""
    text = str(doc.get("text") or "")
    cues = sorted(int(h["start"]) for h in doc.get("hedges", []) if h.get("kind") == "reportative" and "start" in h)
    if not cues:
        return members
    for m in members:
        # (a piece of a sentence cut at a clause told as hearsay was marked by `hearsay_pieces`: the cue
        # before the rest of the sentence opened the clause, not the rest)
        if m.source is not None or m.confirms or HEARSAY_CLAUSE_SUFFIX in m.rule:
            continue
        at = bisect.bisect_left(cues, m.start - HEARSAY_BEFORE)
        for c in cues[at:]:
            if c >= m.end:
                break
            # (it opens the member's sentence — before its words, or among its first words — so it
            # tells all of it as hearsay: not an "alleged" deep inside, of one phrase only)
            if (c < m.start and not re.search(r"[.!?\n]", text[c:m.start])) or (c >= m.start and _opens(text, m.start, c, m.language)):
                m.hearsay = True
                break
            if m.no_speaker and not m.sentence and c >= m.start and _word_opened_clause(text[m.start:c], m.language):
                # an attribution whose speaker the analysis did not read, told by the outlet through a
                # clause that a reportative cue opens with a relative pronoun or subordinator ("…, who is
                # said to have …"): the words name no one who says them (rule link.origin.hearsay, session 35)
                m.hearsay = True
                break
    return members


def _word_opened_clause(before: str, lang: str | None) -> bool:
    """Whether a reportative cue after `before` opens a clause with a relative pronoun or subordinator
    (`_clause_openers`: "…, who is said to …"), or right after a comma with a relative pronoun that is
    an article too (German "…, der angeblich …": `_comma_relatives`), at most `HEARSAY_CLAUSE_GAP`
    auxiliaries or fillers between; not one opened by a comma alone ("…, reportedly winning …") or by a
    conjunction, nor by an article that is no pronoun ("…, ein angeblich geheimes Papier")."""
    at = _hearsay_clause_start(before, lang)
    if at is None or len(WORD.findall(before[:at])) < HEARSAY_WORDS:
        return False
    word = WORD.match(before, at)
    if word is None:
        return False
    codes = languages_for(lang)
    openers = frozenset().union(*(_clause_openers(code) for code in codes))
    w = word.group().lower()
    return w in openers or (before[:at].rstrip().endswith(",") and any(w in _comma_relatives(code) for code in codes))


@cache
def _comma_relatives(code: str) -> frozenset[str]:
    """The relative pronouns of a language that are articles too (German "der", "die", "das": the
    `relative_pronouns` of lexicon.json that `_clause_openers` leaves out), which open a relative clause
    only right after a comma (`_word_opened_clause`)."""
    relatives = {w.lower() for w in load(code, "lexicon").get("relative_pronouns", [])}
    return frozenset(relatives - _clause_openers(code))


def _opens(text: str, start: int, at: int, lang: str | None) -> bool:
    """Whether a hedge at `at` opens the member that starts at `start`: among its first `HEARSAY_WORDS`
    words, or after a longer subject in its main clause (`_in_main_clause`), also past a phrase that a
    preposition opens and a comma closes before that subject ("In Cuba, the old ruler reportedly …":
    `_past_fronted_phrase`, rule link.origin.hearsay, session 40)."""
    before = text[start:at]
    return len(re.findall(r"\w+", before)) < HEARSAY_WORDS or _in_main_clause(_past_fronted_phrase(before, lang), lang)


#: a phrase fronted before a sentence's subject has at most this many words (`_past_fronted_phrase`)
FRONTED_WORDS = 6


@cache
def _prepositions(code: str) -> frozenset[str]:
    """The prepositions of a language in lower case (`prepositions` of resources/<code>/lexicon.json)."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("prepositions", []))


def _past_fronted_phrase(before: str, lang: str | None) -> str:
    """`before` (a member's words before a cue) past a phrase fronted before its subject: one that a preposition
    opens and the first comma closes, of at most `FRONTED_WORDS` words and no finite verb ("In Cuba, …", "After
    the vote on Monday, …"); `before` itself where it opens otherwise."""
    head, comma, rest = before.partition(",")
    raw = WORD.findall(head.replace("’", "'"))
    if not comma or not raw or len(raw) > FRONTED_WORDS or _finite_verb(raw, lang):
        return before
    if raw[0].lower() not in frozenset().union(*(_prepositions(code) for code in languages_for(lang))):
        return before
    return rest


def mark_inferred(doc: dict[str, Any], members: list[Member]) -> list[Member]:
    """The members, those marked `inferred` that are own statements hedged in the outlet's own voice
    (rule `link.claim.own_statement_hedged`) by a hedge of a kind of `unsourced_hedge_kinds` of
    resources/<lang>/link.json in their main clause (`_opens`): in German an epistemic or inference
    hedge, "Der Drahtzieher dürfte X sein", "Der Verdacht liegt nahe, dass …", "Man gehe davon aus,
    dass …" — a conjecture the outlet tells with no source, which the labels of benchmarks/linkdev
    count as unsourced, as they count "soll … haben" (`mark_hearsay`); in English none (the labels
    count "X may be …", "Y appeared to …" as the outlet's own statement, session 29). Such a member
    names no origin; a claim of only such members and members with no source is unsourced
    (`Linker.claim_row`, rule `link.origin.inferred`). A hedge inside a later clause hedges that
    clause only ("…, der in Verbindung mit der Tat stehen könnte")."""
    text = str(doc.get("text") or "")
    kinds = {k for code in languages_for(doc.get("language")) for k in load(code, "link").get("unsourced_hedge_kinds", [])}
    hedges = sorted(int(h["start"]) for h in doc.get("hedges", []) if h.get("kind") in kinds and "start" in h)
    if not hedges:
        return members
    for m in members:
        if m.source is not None or not m.own_statement or not m.rule.startswith("link.claim.own_statement_hedged"):
            continue
        at = bisect.bisect_left(hedges, m.start)
        m.inferred = any(_opens(text, m.start, c, m.language) for c in hedges[at:] if c < m.end)
    return members


@cache
def _speculation_words(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The participles, auxiliaries, agent words and clause openers of a speculation told in the passive
    (`speculation_participles`, `speculation_auxiliaries`, `speculation_agents`, `speculation_clause_openers`
    of resources/<code>/link.json)."""
    link = load(code, "link")
    return tuple(frozenset(w.lower() for w in link.get(key, []))  # type: ignore[return-value]
                 for key in ("speculation_participles", "speculation_auxiliaries", "speculation_agents",
                             "speculation_clause_openers"))


#: a word of `speculation_agents` at most this many words before the participle ("wird von Experten
#: spekuliert") or after it up to the clause that tells what is speculated ("was speculated by analysts",
#: "was speculated on Monday by analysts that …": `speculation_clause_openers`) names who speculates: no hearsay
SPECULATION_AGENT_GAP = 2


def mark_speculated(doc: dict[str, Any], members: list[Member]) -> list[Member]:
    """The members, those with no source marked `hearsay` and `speculated` whose main clause tells in
    the passive, with no agent, that something is speculated or rumoured (rule link.origin.speculated):
    an auxiliary of the passive (`speculation_auxiliaries` of resources/<lang>/link.json) among its
    first `HEARSAY_WORDS` words or after a longer subject (`_opens`), and a participle of
    `speculation_participles` after it in the same clause, no word of `speculation_agents` at most
    `SPECULATION_AGENT_GAP` words before it or after it before a word of `speculation_clause_openers` ("Seit Tagen wird über einen Rücktritt des
    Trainers spekuliert", "It was rumoured that the ferry line would close"). The article names no one
    who says it, as with "reportedly" (`mark_hearsay`): such a member adds no origin, and a claim of
    only such members and members with no source is unsourced (`Linker.claim_row`)."""
    text = str(doc.get("text") or "")
    for m in members:
        if m.source is not None or m.confirms or m.hearsay:
            continue
        codes = languages_for(m.language)
        participles, auxiliaries, agents, openers = (frozenset().union(*(_speculation_words(code)[i] for code in codes)) for i in range(4))
        if not participles:
            continue
        content = text[m.start:m.end]
        for aux in WORD.finditer(content):
            if aux.group().lower() not in auxiliaries or not _opens(text, m.start, m.start + aux.start(), m.language):
                continue
            after = content[aux.end():]
            mark = _CLAUSE_MARKS.search(after)
            raw = [w.lower() for w in WORD.findall(after[: mark.start()] if mark else after)]
            at = next((i for i, w in enumerate(raw) if w in participles), None)
            if at is None:
                continue
            told = next((i for i in range(at + 1, len(raw)) if raw[i] in openers), len(raw))
            near = raw[max(0, at - SPECULATION_AGENT_GAP) : at] + raw[at + 1 : told]
            if not any(w in agents for w in near):
                m.hearsay = m.speculated = True
            break
    return members


@cache
def _hearsay_noun_words(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """resources/<code>/link.json for `mark_hearsay_nouns`: the nouns of what is said to be known
    (`sourceless`, as written: a German noun is capitalised, "berichten" is a verb), the words that
    open what they tell right after them (`hearsay_noun_openers`) and those that open it after a
    comma (`hearsay_noun_relatives`) and the words that deny there are any (`hearsay_noun_negations`:
    "no", "keine"), lower-cased."""
    lex = load(code, "link")

    def low(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in lex.get(key, []))

    return (frozenset(lex.get("sourceless", [])), low("hearsay_noun_openers"), low("hearsay_noun_relatives"),
            low("hearsay_noun_negations"))


@cache
def _echo_parties(code: str) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in load(code, "link").get("echo_parties", [])]


def echo_party(sentence: str, lang: str | None, source: str | None = None) -> str | None:
    """The second party a sentence says tells what it tells, by echoing it or being echoed ("…, a
    call echoed by the harbour board", "X echoed Y's warning that …", "…, echoing Y, who …", "echoed remarks
    by Y", "Dem schloss sich auch Y an": the agent of a pattern of `echo_parties` of
    resources/<lang>/link.json), None where it names none: an echo whose verb a negation in its
    clause denies ("neither he nor Y echoed …"), a pronoun or title alone ("echoed by him"), or the
    member's own source again (`source`: one who echoes their own words adds no one)."""
    found = _echo_match(sentence, lang, source)
    return found[0] if found else None


def _echo_match(sentence: str, lang: str | None, source: str | None = None) -> tuple[str, int, int] | None:
    """`echo_party` with where its pattern stands in the sentence: (agent, start, end), or None."""
    lex = word_lists()
    own = set(name_key(source or "").split())
    for code in languages_for(lang):
        titles = _titles(code)
        for pat in _echo_parties(code):
            for m in pat.finditer(sentence):
                agent = m.group("agent").strip(" '’\"“”")
                before = [w.lower() for w in WORD.findall(sentence[: m.start()].split(",")[-1])][-5:]
                words = [w.lower() for w in WORD.findall(agent)]
                if not words or negates(before) or all(w in lex["pronouns"] or w in titles for w in words):
                    continue
                if all(w in calendar_words(code) or w.isdigit() for w in words):
                    continue  # ("echoing Monday's statement", "January's warnings": a day or month is no party)
                if own and set(name_key(agent).split()) <= own:
                    continue
                return agent, m.start(), m.end()
    return None


@cache
def _own_act_subjects(code: str) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load(code, "link").get("own_act_subjects", {}).items()}


def confirms_own_act(content: str, source_type: str | None, source_mention: str | None, lang: str | None) -> bool:
    """Whether a confirmation's content tells the confirming speaker's own act or decision: its first word,
    after a complementiser, is a subject pronoun that stands for the speaker (`own_act_subjects` of
    resources/<lang>/link.json: "we" for anyone, "he" or "she" for a person, "it" or "they" for an institution or a
    group; in German the pronoun of the source's article, "Die Stadtwerke" → "sie") — "The ferry line confirmed
    that it will end the night crossings", "Ina Holm confirmed she will run for mayor", "Die Stadtwerke
    bestätigten, dass sie das Bad schließen": the speaker told it first, no one before them (rule
    link.origin.confirmed_first counts no unnamed first teller beside such a member, `Member.own_act`). Not an
    expletive ("confirmed that it was a fire", "dass es sich um … handele": `expletive_after`)."""
    words = [w.lower() for w in WORD.findall(content.replace("’", "'"))]
    for code in languages_for(lang):
        subjects = _own_act_subjects(code)
        if not subjects:
            continue
        ws = words[1:] if words[:1] and words[0] in subjects.get("complementisers", ()) else words
        if not ws or (len(ws) > 1 and ws[1] in subjects.get("expletive_after", ())):
            continue
        if ws[0] in subjects.get("any", ()):
            return True
        article = (source_mention or "").split()[:1]
        kind = "person" if source_type == "person" else \
            article[0].lower() if article and article[0].lower() in subjects else "institution"
        if ws[0] in subjects.get(kind, ()):
            return True
    return False


@cache
def _titles(code: str) -> frozenset[str]:
    """The title abbreviations of a language in lower case ("dr", "sen"): an echo's agent of these alone names no one."""
    from ...steps.lexicon import lang as lexicon

    return frozenset(t.lower() for t in lexicon(code).title_abbreviations)


#: what stands between a sentence's end and the next one's start (`mark_echoes`)
_SENTENCE_GAP = re.compile(r"[\s.!?\"”“»«'’)]*")

#: a sentence that holds fewer than this many content words besides its echo says nothing but the echo ("Dem schloss
#: sich auch die Hafenbehörde an."): it echoes the claim of the sentence before (`mark_echoes`)
ECHO_ALONE_WORDS = 2


def mark_echoes(doc: dict[str, Any], members: list[Member]) -> list[Member]:
    """The members, each whose sentence names a second party that tells its claim too
    (`echo_party`: "The ferry line wants the pier closed, a call echoed by the harbour board") given
    that party as `Member.echoed`: the echoer of a claim, or the one a speaker echoes, is an origin
    of it beside the speaker (rule link.origin.echoed). The sentence is the analysis's (`sentences`)
    that holds the member's start, else the text from the last sentence end before it to the next
    one after it. A sentence that says nothing beside the echo (fewer than `ECHO_ALONE_WORDS` content words
    outside its pattern: "Die Reeder verlangen eine neue Mole. Dem schloss sich auch die Hafenbehörde an.")
    points back: its party is given to the members of the sentence right before it, in its paragraph, which
    tell the claim echoed (rule link.origin.echoed+back), and not to a member of its own."""
    text = str(doc.get("text") or "")
    sentences = sorted((int(x["start"]), int(x["end"])) for x in doc.get("sentences", []) if "start" in x and "end" in x)
    starts = [s for s, _ in sentences]
    marks = (". ", "! ", "? ", "\n")

    def sentence_at(start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and sentences[i][0] <= start < sentences[i][1]:
            return sentences[i][0], max(sentences[i][1], end)
        s = max((k + len(mark) for mark in marks if (k := text.rfind(mark, 0, start)) >= 0), default=0)
        e = min((k for k in (text.find(mark, end) for mark in marks) if k >= 0), default=len(text))
        return s, e

    def alone(s: int, e: int, found: tuple[str, int, int] | None) -> bool:
        # (whether the sentence is all echo: fewer than ECHO_ALONE_WORDS content words outside its pattern)
        rest = text[s : s + found[1]] + " " + text[s + found[2] : e] if found else ""
        return found is not None and len(content_keys(WORD.findall(rest))) < ECHO_ALONE_WORDS

    for m in members:
        s, e = sentence_at(m.start, m.end)
        found = _echo_match(text[s:e], m.language, m.source_mention or m.source)
        m.echoed = found[0] if found and not alone(s, e, found) else None
        if m.echoed is not None or found:
            continue
        # the sentence right after it, in its paragraph: one that is all echo echoes this member's claim
        nxt = _SENTENCE_GAP.match(text, e).end()  # type: ignore[union-attr]
        if nxt >= len(text) or "\n" in text[e:nxt]:
            continue
        ns, ne = sentence_at(nxt, nxt)
        if ns < e or ns > nxt:
            continue
        after = _echo_match(text[ns:ne], m.language, m.source_mention or m.source)
        if after is not None and alone(ns, ne, after):
            m.echoed = after[0]
            m.co_origin_rules.append("link.origin.echoed+back")
    return members


def mark_hearsay_nouns(members: list[Member]) -> list[Member]:
    """The members, a sentence whose speaker the analysis did not read (`Member.unread_speaker`) marked
    `hearsay` and `hearsay_noun` where a noun of what is said to be known (`sourceless` of
    resources/<lang>/link.json: "reports", "rumours"; "Berichte", "Gerüchte") opens what it tells —
    a word of `hearsay_noun_openers` right after it ("rumours that …", "reports of …", "Berichte über
    …"), or a comma and a word of `hearsay_noun_relatives` ("Gerüchte, wonach …") — and stands first
    in the sentence or after a lower-case word that is no verb by its ending (`finite_endings` of
    `_finite_verb`, less those that count only after a subject: "-s"): not "X rejected rumours that
    …" or "X estimates that …", where someone speaks of them; nor, with such an ending, after a subject
    pronoun or lower-case words after a determiner, as `_finite_verb` reads a subject ("the agency
    reports that …", "it estimates that …": a verb), nor after a word that denies there are any
    (`hearsay_noun_negations`: "no reports that …", the outlet's own word; rule link.origin.hearsay_noun). The
    sentence names no one who says it, as with "reportedly" (`mark_hearsay`): such a member adds no
    origin, and a claim of only such members and members with no source is unsourced."""
    for m in members:
        if not m.unread_speaker or m.hearsay or m.confirms:
            continue
        toks = re.findall(r"[\w'’-]+|,", m.text)
        for code in languages_for(m.language):
            nouns, openers, relatives, negations = _hearsay_noun_words(code)
            _, endings, other, subject_endings, subjects, determiners, function, _counts = _finite_lexicon(code)
            verb_endings = tuple(e for e in endings if e not in subject_endings)
            for i, t in enumerate(toks[:-1]):
                # (as written, or capitalised first in the sentence: "Reports of …")
                if t not in nouns and not (i == 0 and t[:1].isupper() and t.lower() in nouns):
                    continue
                nxt, after = toks[i + 1].lower(), (toks[i + 2].lower() if i + 2 < len(toks) else "")
                if not (nxt in openers or (nxt == "," and after in relatives)):
                    continue
                prev = toks[i - 1].lower() if i else ""
                if prev in negations:
                    continue  # "there are no reports that …", "keine Berichte über …": the outlet's own word
                j = i - 1  # (back over the lower-case words of a noun phrase: "the port authority")
                while j >= 0 and toks[j][:1].islower() and toks[j].lower() not in function:
                    j -= 1
                if t.endswith(subject_endings) and (prev in subjects or (
                        0 <= j < i - 1 and toks[j].lower() in determiners)):
                    continue  # a verb after its subject: "the agency reports that …", "it estimates that …"
                if i == 0 or (toks[i - 1][:1].islower() and (prev in other or not prev.endswith(verb_endings))):
                    m.hearsay = m.hearsay_noun = True
                    break
            if m.hearsay_noun:
                break
    return members


#: the marks that end a clause told as hearsay (`hearsay_pieces`): those of `_CLAUSE_MARKS`, less a
#: comma between digits ("the 1,237 delegates needed")
_CLAUSE_ENDS = re.compile(r"[;:()\[\]\"“”„«»–—!?\n]|(?<!\d),|,(?!\d)|(?<=[a-zäöüß]{4})\.(?=\s|$)")
#: the words that may stand between the word that opens a clause and a reportative cue that opens
#: it with it ("…, who has reportedly …", "… and has been rumored to …": `hearsay_pieces`)
HEARSAY_CLAUSE_GAP = 2
#: the suffix of the rule id of the members of a sentence cut at a clause told as hearsay (`hearsay_pieces`)
HEARSAY_CLAUSE_SUFFIX = "+hearsay_clause"


@cache
def _hearsay_clause_words(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words that open a clause a reportative cue may open with them (relative pronouns and
    subordinators, `_clause_openers`, and the conjunctions that join a second predicate, `conjunctions`
    and `clause_splits` of link.json), the articles that open a relative clause after a comma (German
    "…, die angeblich …": `articles` of link.json), and the words that may stand between such an opener
    and the cue (`auxiliaries` of lexicon.json, `hearsay_clause_fillers` of link.json: "been", "auch")."""
    link = load(code, "link")
    joins = {w.lower() for key in ("conjunctions", "clause_splits", "hearsay_clause_conjunctions")
             for w in link.get(key, []) if " " not in w}
    articles = frozenset(w.lower() for w in link.get("articles", []))
    fillers = _auxiliaries(code) | {w.lower() for w in link.get("hearsay_clause_fillers", [])}
    return _clause_openers(code) | frozenset(joins), articles, frozenset(fillers)


def _hearsay_clause_start(before: str, lang: str | None) -> int | None:
    """Where, in `before` (the words of a sentence before a reportative cue), the clause opens that the
    cue opens too: at its relative pronoun, subordinator or conjunction ("…, who reportedly …", "… und
    soll …", "… and has been rumored to …"; a German article after a comma, "…, die angeblich …"), with at
    most `HEARSAY_CLAUSE_GAP` auxiliaries between, or right after a comma before the cue and such words ("…,
    reportedly winning …", "…, also reportedly …"). None where the cue opens no clause of its own (it stands inside one: "The board of the
    town has reportedly …")."""
    codes = languages_for(lang)
    openers, articles, fillers = (frozenset().union(*parts) for parts in zip(*(_hearsay_clause_words(c) for c in codes)))
    words = list(WORD.finditer(before))
    at = len(before.rstrip())
    if before[:at].endswith(","):
        return at
    for gap, w in enumerate(reversed(words)):
        between = before[w.end() : at]
        if between.strip():  # (a mark between: the clause opened before it, or at a comma: "…, also reportedly …")
            return at if between.strip() == "," and gap else None
        word = w.group().lower()
        if word in openers or (word in articles and before[: w.start()].rstrip().endswith(",")):
            return w.start()
        if word not in fillers or gap >= HEARSAY_CLAUSE_GAP:
            return None
        at = w.start()
    return None


def hearsay_pieces(doc: dict[str, Any], start: int, end: int, least: int) -> list[tuple[int, int, bool]]:
    """A sentence or clause [start, end) of the outlet's own words cut where a reportative hedge of the
    analysis (kind `reportative`: "reportedly", "soll", "angeblich") opens a clause other than its first
    (rule suffix `+hearsay_clause`): a relative clause, a second predicate or a participle phrase ("The
    Frenchman was born in 1990 and is said to have fought abroad", "…, who reportedly …", "…, reportedly
    winning …"). That clause is told as hearsay, the rest as the outlet's own statement: one member for
    both gave the statement's origin, its outlet, to the hearsay, or took it from the statement
    (`mark_hearsay` reads only a cue that opens a member). Each piece as (start, end, told as hearsay);
    the clause runs from its opener to the next mark that ends a phrase (`_CLAUSE_ENDS`) and holds
    `least` content words or more, else the sentence is one piece. A cue that opens the sentence, or
    stands in its main clause, is `mark_hearsay`'s."""
    text = str(doc.get("text") or "")
    lang = doc.get("language")
    cues = sorted((int(h["start"]), int(h.get("end", h["start"]))) for h in doc.get("hedges", [])
                  if h.get("kind") == "reportative" and "start" in h and start < int(h["start"]) < end)
    for c, c_end in cues:
        before = text[start:c]
        if len(WORD.findall(before)) < HEARSAY_WORDS or _in_main_clause(before, lang):
            continue
        at = _hearsay_clause_start(before, lang)
        if at is None:
            continue
        opens = start + at
        while opens < c and not text[opens].isalnum():
            opens += 1
        mark = _CLAUSE_ENDS.search(text, max(c_end, c + 1), end)
        stops = mark.start() if mark else end
        if len(content_keys(WORD.findall(text[opens:stops].replace("’", "'")))) < least:
            continue
        head = start + len(text[start:opens].rstrip(" ,;:–—"))
        tail = stops
        while tail < end and not text[tail].isalnum():
            tail += 1
        rest = [(a, b) for a, b in ((start, head), (tail, end)) if a < b]
        # (the rest states a thing on one side at least: "The owner of the line, who reportedly sold two
        # boats, opened an office" keeps one member, whose main clause runs on both sides of the hearsay)
        if not any(len(content_keys(raw := WORD.findall(text[a:b].replace("’", "'")))) >= least and _finite_verb(raw, lang)
                   for a, b in rest):
            continue
        return sorted([(a, b, False) for a, b in rest] + [(opens, stops, True)])
    return [(start, end, False)]


#: the modes of the attributions whose content, where it runs over several sentences, is one member
#: per sentence (`by_sentence`)
SPLIT_MODES = frozenset({"direct"})
#: a sentence of such a content is a member of its own only with at least this many content words;
#: a shorter one stays with the sentence before it (the first, with the one after it)
SPLIT_WORDS = 3
#: the suffix of the rule id (and of the key: `+sentence<k>`) of a member that is one sentence of a content
SPLIT_SUFFIX = "+sentence"


def by_sentence(doc: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """A document's attributions, each one of `SPLIT_MODES` whose content runs over several of the
    document's sentences (its `sentences`) made one attribution per sentence (issue 9): a speaker's
    quotation of several sentences asserts several things, and a claim is a sentence-sized
    proposition, so that one member holding two claims does not merge two stories' claims. Each
    keeps the attribution's source, cue, via, status (its stance) and rule id, the rule with
    `SPLIT_SUFFIX`; the first keeps the attribution's id, the others take `+sentence<k>`. A
    sentence with fewer than `SPLIT_WORDS` content words ("No.", "Absolutely not.") is no member
    of its own: it stays with the sentence before it (the first with the one after it). Sorted by
    where each content opens, as the analysis gives them otherwise."""
    attributions = list(doc.get("attributions", []))
    sentences = sorted((int(s["start"]), int(s["end"])) for s in doc.get("sentences", []) if "start" in s and "end" in s)
    if not sentences or not SPLIT_MODES:
        return attributions
    out: list[dict[str, Any]] = []
    for a in attributions:
        pieces = _sentence_pieces(text, _as_list(a.get("content")), sentences) if a.get("mode") in SPLIT_MODES else []
        if len(pieces) < 2:
            out.append(a)
            continue
        rule = str(a.get("rule", "link.claim.member")) + SPLIT_SUFFIX
        for k, piece in enumerate(pieces):
            out.append({**a, "id": a.get("id") if k == 0 else f"{a.get('id')}{SPLIT_SUFFIX}{k}", "content": piece, "rule": rule})
    return out


def _sentence_pieces(text: str, content: list[Any], sentences: list[tuple[int, int]]) -> list[list[dict[str, Any]]]:
    """A content's spans cut at the document's sentences, one list of spans per sentence with at
    least `SPLIT_WORDS` content words (a shorter one joins its neighbour: `by_sentence`)."""
    spans = sorted((int(c["start"]), int(c["end"])) for c in content if isinstance(c, dict) and "start" in c and "end" in c)
    if not spans or spans[-1][1] > len(text):
        return []
    first, last = spans[0][0], max(e for _, e in spans)
    k = max(bisect.bisect_right([s for s, _ in sentences], first) - 1, 0)
    groups: list[list[tuple[int, int]]] = []
    for s_start, s_end in sentences[k:]:
        if s_start >= last:
            break
        group = []
        for a, b in spans:
            a, b = max(a, s_start), min(b, s_end)
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                group.append((a, b))
        if group:
            groups.append(group)
    if len(groups) < 2:
        return []
    merged: list[list[tuple[int, int]]] = []
    carry: list[tuple[int, int]] = []  # a short first sentence, kept for the one after it
    for group in groups:
        group = carry + group
        if len(content_keys(WORD.findall(" ".join(text[a:b] for a, b in group)))) >= SPLIT_WORDS:
            merged.append(group)
            carry = []
        elif merged:
            merged[-1] = merged[-1] + group
        else:
            carry = group
    return [[{"start": a, "end": b, "text": text[a:b]} for a, b in _joined(text, g)] for g in merged]


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, those with only white space between made one."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and (a <= out[-1][1] or not text[out[-1][1] : a].strip()):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


#: a sentence of the article's own words is a claim member only with at least this many content words
SENTENCE_WORDS = 5
#: … or this many where it quotes a phrase inside its own words (`compare.quoted_in`)
QUOTING_SENTENCE_WORDS = 3


def sentence_members(doc: dict[str, Any], attributed: list[Member], names_in_doc: list[str],
                     breaks: list[int]) -> list[Member]:
    """The sentences that report speech the analysis left unattributed (issue 9): each sentence
    of the body that holds a form of a cue verb (`verbs` of resources/<lang>/cues.json: "The
    poll showed …", "X called for …", "…, the race will be tight, said X" where the analysis
    missed it; speech acts whose object is a noun phrase, which claim nothing in the seed's style)
    and that the analysis found no attribution in (its `claims` with no attribution, no
    attributed content overlapping it; not a
    question; `SENTENCE_WORDS` content words or more, two for a denial or a confirmation) is a
    member without a source (rule
    `link.claim.sentence`), so that a claim told in one article by a source and in another in
    such a sentence is found in both. Such a member adds no origin to a claim that a named
    source tells: the outlet relays it (`Linker.claim_row`). The article's other sentences, its
    own assertions, are the outlet's own statements (`own_statements`)."""
    forms = _cue_forms(str(doc.get("language") or "")[:2])
    text = str(doc.get("text") or "")
    body = [(int(g["start"]), int(g["end"])) for g in doc.get("segments", []) if g.get("kind") == "body"]
    body += _title_segments(doc, text)  # (the headline the segmenter set apart is read as the body's first line)
    taken = sorted((m.start, m.end) for m in attributed)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end among the first k
    out: list[Member] = []
    # the spans of the attributions (contents, cues, sources) by start, with the furthest end among
    # the first k: where the words of the attributions that a sentence overlaps end
    att_spans = sorted(_attribution_spans(doc))
    att_starts = [a for a, _ in att_spans]
    att_reach = list(itertools.accumulate((b for _, b in att_spans), max))
    for c in doc.get("claims", []):
        if not _within_text(c, text):
            continue
        start, end = int(c["start"]), int(c["end"])
        rule = "link.claim.sentence"
        if c.get("attributions"):
            # the sentence's tail after the words of its attributions (rule `link.claim.sentence_tail`):
            # "Although X admitted that …, he claimed they had never met", "… saying “…” and vowing to
            # compete …": a second speech act of the sentence that the analysis did not read
            # (the furthest end among the spans that open before the sentence ends is the furthest end
            # of those that overlap it when it lies after the sentence's start; else none overlaps)
            w = bisect.bisect_left(att_starts, end)
            last = att_reach[w - 1] if w else start
            if last <= start or last >= end:
                continue
            start = last
            while start < end and not text[start].isalnum():
                start += 1
            rule = "link.claim.sentence_tail"
        k = bisect.bisect_left(starts, end)  # the attributed contents that open before the sentence ends
        if start >= end or not any(a <= start and end <= b for a, b in body) or (k and reach[k - 1] > start):
            continue
        spans = [(start, end)]
        if rule == "link.claim.sentence":
            # (a sentence that joins clauses each reporting a speech act of its own, "They called
            # him X, and urged him to resign": one member per clause, `clause_pieces`)
            pieces = clause_pieces(text, start, end, doc.get("language"), SENTENCE_WORDS)
            if len(pieces) > 1 and all(any(w.lower() in forms for w in WORD.findall(text[x:y].replace("’", "'")))
                                       for x, y in pieces):
                spans = pieces
        # (a clause told as hearsay, "… and reportedly argued that …": a member of its own, `hearsay_pieces`;
        # the rest of the sentence one too where it holds a cue verb)
        # the rest of the sentence one too (a cue verb in it or not: the sentence reported speech), each
        # piece stating a thing in `OWN_WORDS` content words)
        if not any(w.lower() in forms for w in WORD.findall(text[start:end].replace("’", "'"))):
            continue  # (no cue verb: the outlet's own statement, `own_statements`)
        told = [piece for x, y in spans for piece in hearsay_pieces(doc, x, y, OWN_WORDS)]
        clauses, cut = len(spans), len(told) > len(spans)
        if cut:
            rule = rule + HEARSAY_CLAUSE_SUFFIX
        hearsay_at = {x for x, _, h in told if h}
        spans = [(x, y) for x, y, _ in told]
        for start, end in spans:
            hearsay = start in hearsay_at
            ctext = text[start:end]
            raw = WORD.findall(ctext.replace("’", "'"))
            words = content_keys(raw)
            if ctext.rstrip(" \"'”“»«").endswith("?") or not (cut or any(w.lower() in forms for w in raw)):
                continue
            speech = speech_of_sentence(text, start, end, raw, doc.get("language"), c)
            # (a sentence that quotes a phrase of someone, "he called her “the worst”", says enough in fewer)
            least = 2 if speech.get("confirms") or speech.get("denial_cue") else OWN_WORDS if cut else \
                QUOTING_SENTENCE_WORDS if quoted_in(ctext) else SENTENCE_WORDS
            if len(words) < least:
                continue  # (a short denial or confirmation refers back to what it denies or confirms)
            joint = joint_speakers(ctext, raw, forms, doc.get("language"))
            cue_at = speech.pop("cue_at", None) or _first_form(ctext, raw, forms)
            # who the sentence itself names as its speaker: two joined by a conjunction, a passive's
            # agent ("This was confirmed by the police"), the outlet itself ("Recherchen unserer Zeitung ergaben")
            subject = ctext[: cue_at[0]].strip() if cue_at else ""
            source = joint or (passive_agent(ctext, cue_at[0], cue_at[0] + len(cue_at[1]), doc.get("language"))
                               or self_reference(subject) if cue_at else None)
            by_subject = source is None and cue_at is not None
            found_by = None
            if source is None and "," not in subject and len(subject.split()) <= 5 and unnamed_person(subject):
                source = subject  # "Ein zweiter Augenzeuge bestätigte diese Schilderung", "Another witness said …"
            elif source is None:
                source = finding_subject(subject)  # "A Harwick University poll found that …": the pollster, not the outlet
                found_by = "institution" if source else None
            negated = negates([w.lower() for w in raw])
            if by_subject and source and cue_at and not speech.get("refers"):
                # the speaker read from the words before the cue: what is compared is what follows the
                # cue, as an attribution's content is without its source and cue
                rest = ctext[cue_at[0] + len(cue_at[1]) :]
                lead = len(rest) - len(rest.lstrip(" ,:"))
                piece = rest[lead:].rstrip(" .!")
                if len(content_keys(WORD.findall(piece))) >= 3:
                    start = start + cue_at[0] + len(cue_at[1]) + lead
                    end, ctext = start + len(piece), piece
                    raw = WORD.findall(ctext.replace("’", "'"))
                    words = content_keys(raw)
            nums, unit_words, times = numbers_and_dates(doc, text, [(start, end)])
            out.append(Member(
                key=f"{doc['id']}#s{start}", document=str(doc["id"]), start=start, end=end, text=ctext, source=source,
                source_mention=source,
                source_type=found_by, source_role=None, via=[], upstream=[], downstream=[],
                negated=negated, denial_cue=bool(speech.pop("denial_cue", False)), numbers=nums,
                dates=times.dates, durations=times.durations, weekday_dates=times.weekday_dates,
                names={one_source(n, doc.get("language")) for n in names_in_doc if n in ctext}, words=words - content_keys(unit_words),
                rule=rule if clauses == 1 else rule + CLAUSE_SUFFIX, language=doc.get("language"), paragraph=bisect.bisect_left(breaks, start),
                sentence=True, hearsay=hearsay, **speech))
    return out


def _attribution_spans(doc: dict[str, Any]) -> list[tuple[int, int]]:
    """The spans of the words of a document's attributions: their contents, cues and sources."""
    return [(int(x["start"]), int(x["end"])) for a in doc.get("attributions", [])
            for x in [*_as_list(a.get("content")), a.get("cue"), a.get("source")]
            if isinstance(x, dict) and "start" in x and "end" in x]


def _describes_source(doc: dict[str, Any], text: str, piece: tuple[int, int]) -> bool:
    """Whether the rest of an attributed sentence is its source and a relative clause about it
    ("Ein Mitarbeiter des Werks, der anonym bleiben will(, sagte …)", "A clerk who asked not to be
    named(, said …)": `source_relatives` of resources/<lang>/link.json): it describes the speaker,
    the outlet states nothing of its own there."""
    rel = word_lists()["source_relatives"]
    for a in doc.get("attributions", []):
        src = a.get("source")
        if not isinstance(src, dict) or "start" not in src or "end" not in src:
            continue
        s, e = int(src["start"]), int(src["end"])
        if s <= piece[0] < e < piece[1]:
            after = re.match(r"\s*,?\s*(\w+)", text[e : piece[1]])
            if after is not None and after.group(1).lower() in rel:
                return True
    return False


def _as_list(x: Any) -> list[Any]:
    """An attribution's content: a list of spans (one span given as a dict is a list of one)."""
    return [x] if isinstance(x, dict) else list(x or [])


def _first_form(ctext: str, raw: list[str], forms: frozenset[str]) -> tuple[int, str] | None:
    """Where the first cue form of a sentence stands in it (offset, word), or None."""
    first = next((w for w in raw if w.lower() in forms), None)
    at = re.search(rf"(?<!\w){re.escape(first)}(?!\w)", ctext) if first else None
    return (at.start(), first) if at and first else None


@cache
def _cue_forms(code: str) -> frozenset[str]:
    """The word forms of the cue verbs of a language ("says", "sagte"; of every language when it
    is not known)."""
    from ...steps.lexicon import lang as lexicon

    codes = languages_for(code)
    extra = {w.lower() for c in codes for w in load(c, "link").get("claim_cue_forms", [])}
    return frozenset(f for c in codes for f in lexicon(c).forms) | extra


#: an outlet's own statement (`own_statements`) is a claim member only with at least this many content
#: words (session 25: 3, was 6 — a short statement of fact, "Bislang gingen 52 Angebote ein", is a claim
#: the outlet states; with no member it counted no origin at all; benchmarks/linkdev/README.md)
OWN_WORDS = 3
#: … and only where it holds a number, a date or a name (`own_statements`); False: any such sentence
#: (session 25: False — an unanchored statement with no member counted no origin, below the answer
#: "one origin"; benchmarks/linkdev/README.md)
OWN_ANCHORED = False
#: the analysis's statuses of a sentence that the outlet states in its own voice as a fact (not
#: "unverified"; "hedged" is `OWN_HEDGED_STATUSES`, rule `link.claim.own_statement_hedged`)
OWN_STATUSES = frozenset({"asserted", "denied", "disputed", "confirmed"})
#: the analysis's statuses of a sentence with no attribution that the outlet states hedged in its own
#: voice ("X may be …", "Y appeared to …", "Z soll … haben"): an own statement too (rule
#: `link.claim.own_statement_hedged`, session 29: with no member such a sentence counted no origin, below
#: the answer "one origin", where the labels count its outlet); one that a reportative hedge opens is
#: hearsay (`mark_hearsay`: no origin, a claim told only so is unsourced). Empty: no such member
OWN_HEDGED_STATUSES = frozenset({"hedged"})


def own_statements(doc: dict[str, Any], taken: list[Member], names_in_doc: list[str],
                   breaks: list[int]) -> list[Member]:
    """The outlet's own statements (issue 9, rule `link.claim.own_statement`): each sentence of
    the body that the analysis found no attribution in and that no other member overlaps (no cue
    verb: `sentence_members` took those), stated as a fact — its status asserted (or denied,
    disputed, confirmed by its own words) — or hedged in the outlet's own voice (`OWN_HEDGED_STATUSES`,
    rule `link.claim.own_statement_hedged`; hearsay where a reportative hedge opens it,
    `mark_hearsay`); not a question; no attribution's source,
    cue or content inside it; `OWN_WORDS` content words or more; a finite verb (`_finite_verb`);
    and where `OWN_ANCHORED`, a number, a date or a name. Such a member has no source: its
    outlet (or the agency whose copy the article runs, or the origin of the earlier document's
    sentence it copies: `Linker._copied_sentence`) is its origin (`Linker._origin`), as
    the labelling rules of benchmarks/linkdev count an outlet's own unattributed statement; an
    outlet that states what its own article's source told relays that source
    (`Linker._resolve_relay`). Its stance is read as a sentence member's (`speech_of_sentence`)."""
    text = str(doc.get("text") or "")
    lang = doc.get("language")
    titles = _title_segments(doc, text)
    body = [(int(g["start"]), int(g["end"])) for g in doc.get("segments", []) if g.get("kind") == "body"] + titles
    spans = sorted([(m.start, m.end) for m in taken] + _attribution_spans(doc))
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))
    named = [(int(e["start"]), int(e["end"])) for e in doc.get("entities", []) if "start" in e and "end" in e]
    out: list[Member] = []
    sentences = sorted((int(x["start"]), int(x["end"])) for x in doc.get("sentences", []) if "start" in x and "end" in x)
    contents = [(int(x["start"]), int(x["end"])) for a in doc.get("attributions", []) for x in _as_list(a.get("content"))
                if isinstance(x, dict) and "start" in x and "end" in x]
    rest_taken = sorted([(m.start, m.end) for m in taken] + _content_and_cue_spans(doc)) if OWN_REST else []
    headline = _title_line(doc, text, body)
    for c in doc.get("claims", []):
        # (an attributed sentence's status is the attribution's: its rest is read by its own words)
        if c.get("attributions"):  # (one past the text was counted by `sentence_members`)
            if c.get("status") not in OWN_REST_STATUSES or int(c["end"]) > len(text):
                continue
        elif c.get("status") not in OWN_STATUSES | OWN_HEDGED_STATUSES or not _within_text(c, text):
            continue
        start, end = int(c["start"]), int(c["end"])
        rule, claim = "link.claim.own_statement", c
        if not c.get("attributions") and c.get("status") in OWN_HEDGED_STATUSES:
            rule = "link.claim.own_statement_hedged"
        if c.get("attributions"):
            # the rest of an attributed sentence (rule `link.claim.own_statement_rest`): the words
            # outside its attributions' contents and cues, where they state a fact of their own
            # ("X did not cooperate with the inquiry, but she has said …", "In 2015 X endorsed Y,
            # saying …"): the outlet's statement beside the speech it reports (within one of the
            # document's sentences: an attributed claim may run over several)
            one = ([(a, b) for a, b in sentences if a < end and b > start] or [(start, end)]) if OWN_REST else []
            if len(one) != 1:
                continue
            s0, e0 = max(start, one[0][0]), min(end, one[0][1])
            # (what follows a content often goes on with the speech, "X said A, and B": only the
            # words before the sentence's first content count)
            e0 = min([e0, *(a for a, b in contents if s0 <= a < e0)])
            piece = _rest_of_sentence(doc, text, s0, e0, rest_taken)
            if piece is None or not any(a <= piece[0] and piece[1] <= b for a, b in body) \
                    or _describes_source(doc, text, piece):
                continue
            (start, end), rule, claim = piece, "link.claim.own_statement_rest", None
        else:
            k = bisect.bisect_left(starts, end)  # the spans that open before the sentence ends
            if (k and reach[k - 1] > start) or not any(a <= start and end <= b for a, b in body):
                continue
        if text[start:end].rstrip(" \"'”“»«").endswith("?"):
            continue
        if rule == "link.claim.own_statement_hedged" and _open_question(doc, text, c, start, end, lang):
            continue  # (an indirect question the outlet leaves open: "It is unclear whether …")
        # (a sentence that joins clauses stating things of their own: one member per clause)
        pieces = clause_pieces(text, start, end, lang, OWN_WORDS) if rule != "link.claim.own_statement_rest" else [(start, end)]
        for start, end in pieces:
            rule_of = rule if len(pieces) == 1 else rule + CLAUSE_SUFFIX
            # (a clause told as hearsay, "…, who reportedly …", "… und soll …": a member of its own)
            told = hearsay_pieces(doc, start, end, OWN_WORDS)
            for start, end, hearsay in told:
                member = _own_statement(doc, text, start, end, rule_of if len(told) == 1 else rule_of + HEARSAY_CLAUSE_SUFFIX,
                                        claim, names_in_doc, named, breaks, hearsay=hearsay,
                                        headline=any(a <= start and end <= b for a, b in ([headline] if headline else []) + titles))
                if member is not None:
                    out.append(member)
    return out


#: how many words after a hedge an indirect question's word may stand (`_open_question`: "is unclear whether")
OPEN_QUESTION_AFTER = 3


def _open_question(doc: dict[str, Any], text: str, claim: dict[str, Any], start: int, end: int, lang: str | None) -> bool:
    """Whether a hedged sentence of the outlet's own is an indirect question it leaves open — a word of
    `open_question_words` (link.json: "whether", "ob") opens it ("Ob die Fähre fährt, ist offen") or stands
    within `OPEN_QUESTION_AFTER` words after one of its hedges ("It is unclear whether …", "It remains to be
    seen whether …", "Es ist unklar, ob …"): it asserts neither side, so it is no own statement (rule
    `link.claim.own_statement_hedged`)."""
    words = {w.lower() for code in languages_for(lang) for w in load(code, "link").get("open_question_words", [])}
    if not words:
        return False
    first = re.findall(r"\w+", text[start:end])[:1]
    if first and first[0].lower() in words:
        return True
    hedges = doc.get("hedges", [])
    for i in claim.get("hedges", []):
        h = hedges[i] if isinstance(i, int) and 0 <= i < len(hedges) else None
        if isinstance(h, dict) and "end" in h and start <= int(h["end"]) <= end:
            after = re.findall(r"\w+", text[int(h["end"]) : end])[:OPEN_QUESTION_AFTER]
            if any(w.lower() in words for w in after):
                return True
    return False


#: the suffix of the rule id of a member that is one clause of a sentence (`clause_pieces`)
CLAUSE_SUFFIX = "+clause"


def _own_statement(doc: dict[str, Any], text: str, start: int, end: int, rule: str, claim: dict[str, Any] | None,
                   names_in_doc: list[str], named: list[tuple[int, int]], breaks: list[int],
                   hearsay: bool = False, headline: bool = False) -> Member | None:
    """One own statement of `own_statements` over [start, end), or None where its words do not
    state a thing (too few content words, no finite verb, nothing it is anchored by). `hearsay`: a
    clause told as hearsay (`hearsay_pieces`), marked so, its verb maybe a participle ("…, reportedly
    winning …"). `headline`: the words lie in the text's title line (`_title_line`), which needs no
    finite verb: a headline states the article's main claim with or without one ("Harbour Board
    Approves Dredging", its capitals its style; "Record crowd at the regatta"), and rule
    `link.claim.headline` joins it to what its body tells."""
    lang = doc.get("language")
    ctext = text[start:end]
    raw = WORD.findall(ctext.replace("’", "'"))
    words = content_keys(raw)
    if len(words) < OWN_WORDS or not (hearsay or headline or _finite_verb(raw, lang)):
        return None
    nums, unit_words, times = numbers_and_dates(doc, text, [(start, end)])
    names = {one_source(n, lang) for n in names_in_doc if n in ctext and any(whole_words(ctext, n))}
    if OWN_ANCHORED and not (nums or times.dates or names or FULL_NAME.search(ctext)
                             or any(start <= a and b <= end for a, b in named)):
        return None
    speech = speech_of_sentence(text, start, end, raw, lang, claim)
    speech.pop("cue_at", None)
    return Member(
        key=f"{doc['id']}#o{start}", document=str(doc["id"]), start=start, end=end, text=ctext, source=None,
        source_type=None, source_role=None, via=[], upstream=[], downstream=[],
        negated=negates([w.lower() for w in raw]), denial_cue=bool(speech.pop("denial_cue", False)), numbers=nums,
        dates=times.dates, durations=times.durations, weekday_dates=times.weekday_dates, names=names,
        words=words - content_keys(unit_words), rule=rule, language=lang,
        paragraph=bisect.bisect_left(breaks, start), sentence=True, own_statement=True, hearsay=hearsay, **speech)


def _title_line(doc: dict[str, Any], text: str, body: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a plain text's title line: its first line, inside the body, whose words are the
    document's title ("Harbour Board Approves Dredging." above the body); None where the text opens
    otherwise."""
    title = str(doc.get("title") or "")
    end = text.find("\n")
    end = len(text) if end < 0 else end
    if not says_title(text[:end], title) or not any(a <= 0 and end <= b for a, b in body):
        return None
    return 0, end


def _title_segments(doc: dict[str, Any], text: str) -> list[tuple[int, int]]:
    """The spans of the segments of kind `title` whose words are the document's title: an HTML page's
    headline (the reader's title), a plain text's first line that the segmenter set apart
    (`segment.title.first_line`: no closing full stop). Their sentences are read as a title line inside
    the body is (`_title_line`): an own statement of the outlet that needs no finite verb, or a sentence
    member where a cue verb stands in it, which rule `link.claim.headline` joins to what the body tells."""
    title = str(doc.get("title") or "")
    lang = str(doc.get("language") or "")[:2]
    return [(int(g["start"]), int(g["end"])) for g in doc.get("segments", [])
            if g.get("kind") == "title" and int(g["end"]) <= len(text) and says_title(text[int(g["start"]) : int(g["end"])], title)
            and not (g.get("rule") == FIRST_LINE_RULE and _no_headline(text[int(g["start"]) : int(g["end"])], lang))]


#: the segmenter's rule of a plain text's first line taken for its title by its shape alone (no closing full
#: stop); where the text names no title of its own, that line is the document's title too, and `says_title`
#: proves nothing (`_no_headline`)
FIRST_LINE_RULE = "segment.title.first_line"
_CREDIT_PARENS = re.compile(r"\([^()\n]{1,30}\)")
_LINE_WORD = re.compile(r"[^\s,;:|·/()\[\]–—\"“”„»«‘’'-]+")


def _no_headline(line: str, lang: str) -> bool:
    """Whether a plain text's first line that the segmenter set apart as its title (`FIRST_LINE_RULE`) is
    no headline (rule `link.claim.title_not_headline`, session 36): a byline (a word of `byline_words` of
    resources/<lang>/time.json, then names only: "By Ann Lee and Tom Reed"); a line of names and numbers
    only — every word capitalised, a number, a name particle or "and", a credit in parentheses aside — that holds a digit (a dateline
    "KESTREL BAY, 3 May 2026 (Harbour Wire)", a result "Rovers 3 Albion 1"), or in a language that
    capitalises its nouns (`title_capitalised_nouns` of resources/<lang>/link.json) any such line (a rubric
    over the headline, "Zur Person Anna Berg"); or a line cut off mid-sentence, its last word an article
    or a conjunction. Its words are not the article's claim: no headline member of them. A headline in
    title case ("Harbour Board Approves Dredging") has no digit or a lower-case word, and an HTML page's
    headline is the reader's title, not read so."""
    # (a credit in parentheses is a name however written: "(dpa)", "(Harbour Wire)")
    words = _LINE_WORD.findall(_CREDIT_PARENS.sub(" ", line))
    if not words:
        return True
    lists = word_lists()
    if words[-1].lower() in lists["articles"] | lists["conjunctions"]:
        return True
    joins = lists["name_particles"] | lists["conjunctions"] | {"&"}
    names = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in joins for w in words)
    if not names:
        return False
    lower = line.lstrip().lower()
    if any(lower.startswith(b.lower() + " ") for b in _byline_words()) or any(c.isdigit() for c in line):
        return True
    # (only a language known to capitalise its nouns: of one not known, capitals may be a title's style)
    return lang in languages_for(None) and bool(load(lang, "link").get("title_capitalised_nouns", False))


@cache
def _byline_words() -> tuple[str, ...]:
    """The words that open a byline in every language (`byline_words` of resources/<lang>/time.json)."""
    out: set[str] = set()
    for code in languages_for(None):
        try:
            out.update(load(code, "time").get("byline_words", []))
        except (FileNotFoundError, OSError):
            continue
    return tuple(sorted(out, key=len, reverse=True))


#: the rest of an attributed sentence outside its contents and cues is an own statement where it
#: states a fact (`own_statements`, rule `link.claim.own_statement_rest`); False: no such member
OWN_REST = True
#: the analysis's statuses of an attributed sentence whose rest may be an own statement (its
#: attribution's, "attributed", or one of `OWN_STATUSES`; not "hedged")
OWN_REST_STATUSES = frozenset({"attributed"}) | OWN_STATUSES
#: the characters that may stand at the edges of such a rest and are cut off it (and every space:
#: a no-break space before a colon or a quotation is common in news copy)
_REST_EDGE = " \t\n,;:-–—(\"'“”„«»"


def _at_edge(ch: str) -> bool:
    return ch in _REST_EDGE or ch.isspace()


def _content_and_cue_spans(doc: dict[str, Any]) -> list[tuple[int, int]]:
    """The spans of the contents and cues of a document's attributions (their sources not: a
    sentence's subject is often its source and its own statement's subject too)."""
    return [(int(x["start"]), int(x["end"])) for a in doc.get("attributions", [])
            for x in [*_as_list(a.get("content")), a.get("cue")]
            if isinstance(x, dict) and "start" in x and "end" in x]


def _rest_of_sentence(doc: dict[str, Any], text: str, start: int, end: int,
                      taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest stretch of [start, end) (a sentence's words before its first attributed
    content) that no span of `taken` (members, attributions' contents and cues) overlaps, its
    edges cut of spaces and punctuation and, at its end, of an attribution's source that stands
    there and a conjunction before it ("…, but Shelby", "…, exit polls"); None when nothing is left."""
    free: list[tuple[int, int]] = []
    at = start
    for a, b in taken:
        if b <= at or a >= end:
            continue
        if a > at:
            free.append((at, a))
        at = max(at, b)
    if at < end:
        free.append((at, end))
    if not free:
        return None
    a, b = max(free, key=lambda x: x[1] - x[0])
    sources = [(int(s["start"]), int(s["end"])) for x in doc.get("attributions", [])
               for s in [x.get("source")] if isinstance(s, dict) and "start" in s and "end" in s]
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and _at_edge(text[b - 1]):
        b -= 1
    for s, e in sources:
        if a < s < b <= e + 1:  # (a source at the stretch's end: the reported speech's speaker)
            b = s
            while b > a and _at_edge(text[b - 1]):
                b -= 1
    tail = re.search(r"(?:^|\s)(\w+)$", text[a:b])
    if tail and tail.group(1).lower() in _link_words(str(doc.get("language") or "")[:2], "clause_joins"):
        b = a + tail.start()  # (", and", ", but": the conjunction before the reported speech)
        while b > a and _at_edge(text[b - 1]):
            b -= 1
    return (a, b) if b > a else None


@cache
def _link_words(code: str, key: str) -> frozenset[str]:
    """A word list of resources/<lang>/link.json, lower-cased, for a language and its fallbacks:
    `clause_splits`, the conjunctions after a comma that join two clauses each stating a thing of
    its own ("…, and …", "…, while …"; `clause_pieces`), and `clause_joins`, the conjunctions cut
    off a rest's end before its source ("…, but Shelby said …", "…, während X sagte …")."""
    return frozenset(w.lower() for c in languages_for(code) for w in load(c, "link").get(key, []))


def clause_pieces(text: str, start: int, end: int, lang: str | None, least: int) -> list[tuple[int, int]]:
    """A sentence [start, end) cut where it joins clauses that each state a thing of their own
    (rule `link.claim.clause`): at a semicolon, or at a comma before a conjunction of
    `clause_splits` ("The index fell 2 percent, while the bond market rose"; "…; the vote looks
    tighter in the north"), where the words on both sides hold a finite verb (`_finite_verb`) and
    `least` content words or more, outside a parenthesis or a quotation. Two such clauses are two
    claims, which may be told apart by two articles; one member for both would hold together what
    an article states as two things. The conjunction itself belongs to neither piece. A sentence
    with no such place is one piece."""
    ctext = text[start:end]
    joins = _link_words(str(lang or "")[:2], "clause_splits")
    if ";" not in ctext and not joins:
        return [(start, end)]
    cuts: list[tuple[int, int, int]] = []  # (end of the piece before, start of the piece after, its conjunction), in ctext
    depth = 0
    quoted = False
    for m in re.finditer(r"[()\"“”„«»]|;\s+|,\s+(\w+)\s+", ctext):
        tok = m.group()
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth = max(0, depth - 1)
        elif tok in "\"“«»":  # (“ opens an English quotation and closes a German one)
            quoted = not quoted
        elif tok in "„”":
            quoted = tok == "„"
        elif depth == 0 and not quoted and (tok.startswith(";") or (m.group(1) or "").lower() in joins):
            # (the words after the cut read from the conjunction on: a clause that shares its
            # subject opens with its verb, "…, and urged him to resign")
            cuts.append((m.start(), m.end(), m.start(1) if m.group(1) else m.end()))

    def stated(piece: str) -> bool:
        raw = WORD.findall(piece.replace("’", "'"))
        return len(content_keys(raw)) >= least and _finite_verb(raw, lang)

    pieces: list[tuple[int, int]] = []
    at = 0
    for a, b, c in cuts:
        if stated(ctext[at:a]) and stated(ctext[c:]):
            pieces.append((start + at, start + a))
            at = b
    pieces.append((start + at, end))
    return pieces


@cache
def _finite_lexicon(code: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...], frozenset[str],
                                        frozenset[str], frozenset[str], frozenset[str]]:
    """resources/<code>/link.json for `_finite_verb`: finite verbs, finite endings, words that are
    no verbs, the endings that count only after a subject (`finite_endings_after_subject`), the
    subject pronouns (`finite_subjects`), the determiners before a subject noun (`articles`,
    `possessives`), the function words that open a sentence but name no subject (`stopwords`,
    the determiners, the prepositions of steps.lexicon) and the counts before a plural noun
    (`name_quantifiers` of resources/<code>/lexicon.json: "some", "several", "three")."""
    from ...steps.lexicon import PREPOSITIONS_DE, PREPOSITIONS_EN

    lex = load(code, "link")

    def low(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in lex.get(key, []))

    determiners = low("articles") | low("possessives")
    function = low("stopwords") | determiners | {w.lower() for w in PREPOSITIONS_EN | PREPOSITIONS_DE}
    counts = frozenset(w.lower() for w in load(code, "lexicon").get("name_quantifiers", []))
    return (low("finite_verbs"), tuple(lex.get("finite_endings", [])), low("not_finite"),
            tuple(lex.get("finite_endings_after_subject", [])), low("finite_subjects"), determiners, function, counts)


def _headline_verb(raw: list[str], lang: str | None) -> bool:
    """Whether a headline's words after its cue verb hold a finite verb (`_finite_verb`), or, as a
    headline drops its articles, a lower-case word in an ending of `finite_endings_after_subject` right after a
    lower-case word that is no function word and before another word ("grain quay stays shut"; not
    "crane repair claims", the noun phrase's last word): else they are a noun phrase (rule
    link.claim.noun_headline)."""
    if _finite_verb(raw, lang):
        return True
    for code in languages_for(lang):
        _, _, other, subject_endings, _, _, function, _ = _finite_lexicon(code)
        for k in range(1, len(raw) - 1):
            w, prev = raw[k], raw[k - 1]
            if subject_endings and w[:1].islower() and len(w) > 3 and w.lower().endswith(subject_endings) \
                    and w.lower() not in other | function and prev[:1].islower() and prev.lower() not in function:
                return True
    return False


def _finite_verb(raw: list[str], lang: str | None) -> bool:
    """Whether a sentence's words hold a word that can be its finite verb, by its spelling: a
    finite auxiliary or modal (`finite_verbs` of resources/<lang>/link.json), or a lower-case
    word with a finite ending (`finite_endings`: "-ed", "-s"; "-t", "-te", "-ten") that is no
    word of `not_finite` ("news", "nicht") — enough to leave out a heading, a byline, a list of
    names or a caption's fragment. An ending of `finite_endings_after_subject` ("-s": a plural noun
    too, "with banners and signs") counts only after a subject: a pronoun of `finite_subjects`,
    a capitalised name (also the sentence's first word where it is no function word: "Lind owns
    …"), or a lower-case noun after a determiner ("the mayor says"). The first word is no such
    subject where the word in "-s" ends the words ("Weather updates": a noun phrase, no sentence);
    after a count (`name_quantifiers`: "Some advocates of the plan", "Three names") the word in "-s"
    is its plural noun, and only a lower-case word right after it that is no function word,
    preposition, count ("Three ferries, two tugs"), adverb in "-ly" or form in "-ing" is read as the verb ("Many towns want …") —
    fragments of rule `link.claim.own_statement_rest` and `link.claim.own_statement`."""
    for code in languages_for(lang):
        verbs, endings, other, subject_endings, subjects, determiners, function, counts = _finite_lexicon(code)
        start = 1 if len(raw) > 1 else 0
        for k in range(start, len(raw)):
            w = raw[k]
            low = w.lower()
            if low in verbs:
                return True
            if not (w[:1].islower() and len(w) > 3 and low.endswith(endings) and low not in other):
                continue
            if not (subject_endings and low.endswith(subject_endings)):
                return True
            prev = raw[k - 1] if k else ""
            if k == 1 and ((prev[:1].isupper() and prev.lower() in counts) or prev.isdigit()):
                # (after a count the word in "-s" is its plural noun, and the subject's verb, in its
                # base form, may follow it: "Many towns want …", not "Some advocates of …")
                after = raw[k + 1] if k + 1 < len(raw) else ""
                if after[:1].islower() and len(after) > 2 and after.lower() not in function | other | counts \
                        and not after.lower().endswith(("ly", "ing")):
                    return True
                continue
            if prev.lower() in subjects or (k - 1 > 0 and prev[:1].isupper()) \
                    or (k == 1 and prev[:1].isupper() and prev.lower() not in function and k + 1 < len(raw)) \
                    or (k >= 2 and prev[:1].islower() and raw[k - 2].lower() in determiners and prev.lower() not in subjects):
                return True
    return False
