"""The source list of a document: each attribution candidate's source mention resolved to one
source (`resolve`), with inheritance, pronouns, pairs and coordinations, chains and credits."""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from ...document import Attribution, Credit, Document, Mention, SetAside, Source, Span, Via
from ...resources import load, pick
from ...textutil import overlaps_any
from ..candidates import FRAME_RULE, Cand
from ..lexicon import PREPOSITIONS_EN, Lang, lang, person_noun
from ..syntax import MODELS, NER_EN, english_person_in, entities_overlapping, words_in
from .admit import admit, mention_head, plural_stems, role_agrees, role_in_text
from .anaphora import (
    NOT_PERSONS,
    ORGANISATIONS,
    OWNED,
    is_epithet,
    is_first_person,
    last_person_before,
    most_mentioned_person,
    name_typed_by_description,
    named_just_before,
    paragraph_subject_before,
    person_antecedent,
    pronoun_gender,
    subject_of_sentence_before,
    subject_person_before,
    type_in_text,
)
from .gazetteer import NAME_TOKEN, genitive_role, is_role, word_stem
from .gender import gender_of
from .kinds import outlet_kinds_agree
from .mentions import (
    MentionInfo,
    analyse_mention,
    anonymity_relative,
    is_second_person,
    outlet_of_owner,
    possessed_person,
    statement_owner,
    time_word,
)
from .naming import (
    apposition_name,
    bare_name,
    coordinated_members,
    example_members,
    genitive_link,
    named_with_role,
    one_person_described,
    pair_members,
    position_bracket_after,
    possessive_alternation,
    possessor_named_before,
    same_anonymous,
    surname_source,
    team_leader,
    with_shared_surname,
)
from .outlets import (
    ASKING_RULE,
    HOUSE_RULE,
    account_holder,
    asking_publisher,
    credit_links,
    credit_sources,
    cue_goes_on,
    house_name,
    house_publisher,
    is_publisher,
    outlet_of_short_name,
    poll_before,
    poll_finding_before,
    poll_in_text,
    poll_noun_before,
    pollster_alias,
    publisher_keys,
    relayed_links,
)
from .overlaps import one_per_content
from .persons import (
    holder_of_bare_role,
    opening_persons,
    person_of_compound_role,
    person_with_role,
    place_name,
    scan_persons,
    share_of_people,
    share_only,
    silent_speakers,
    spelled_role,
)
from .registry import Registry

#: the ending of an English possessor ("Trump's state director", "Lee’s lawyers": `possessive_endings` of
#: resources/en/lexicon.json), as a group of a regular expression
_POSSESSIVE = "(?:" + possessive_alternation("en") + ")"
#: a name that is a possessor (`+sentence_person` passes over it)
_POSSESSOR_NAME = re.compile(rf"[\w.-]+(?:\s+[A-Z][\w.-]*)*{_POSSESSIVE}\b")


def _sentence_end(doc: Document, at: int) -> int:
    """Where the sentence that holds `at` ends, before its closing punctuation (`at` when no sentence does).
    (Found by bisection, its punctuation stripped by walking back from its end: no copy of the text before it.)"""
    if not doc.sentences:
        return at
    sent = doc.sentences[_sentence_at(doc, at)]
    if not sent.span.start <= at < sent.span.end:
        return at
    end = sent.span.end
    while end > 0 and doc.text[end - 1] in " .!?\n":
        end -= 1
    return end


def _group_answers(doc: Document, src: Span, info: MentionInfo | None) -> bool:
    """The speaker may be those who answered a poll ("the public overall says", "most voters say"): a
    group named by no one's name — neither a person the entity model names nor two words in capitals
    in a row ("her rival Tom Vale said" after a poll's finding speaks of the poll; its claim is hers),
    nor a pronoun or a person's role (`unnamed`)."""
    if info is None or info.type != "unnamed" or info.pronoun:
        return False
    words = doc.text[src.start : src.end].split()
    if any(NAME_TOKEN.match(a) and NAME_TOKEN.match(b) for a, b in pairwise(words)):
        return False
    return not any(e.label == "PER" for e in entities_overlapping(doc, src))


def resolve(doc: Document, cands: list[Cand], persons: Sequence[Span] = (), silent: Sequence[Span] = ()) -> None:
    """Each candidate's source mention to one source; `persons`: the persons that open sentences
    (whom a later pronoun may mean, whether or not they said anything); `silent`: the speakers
    of speech acts that claim nothing, whom a later pronoun may mean too ('The rebels claimed
    responsibility for the attack, which they said …'). Both enter the source list only once
    they carry a claim."""
    reg = Registry(doc)
    scan_persons(doc, reg)
    said = overlaps_any(c.source for c in cands if c.source is not None)
    opening_persons(doc, reg, [p for p in persons if not said(p)])
    silent_speakers(doc, reg, [team_leader(doc, sp, _lang_at(doc, sp.start)) or sp for sp in silent],
                    lambda info, sp: surname_source(reg, doc, info, sp))
    # (persons found only by scanning are kept aside: they enter the list once they carry a claim)
    atts: list[Attribution] = []
    used: set[str] = set()
    members_of: dict[int, list[str]] = {}  # a candidate's index → the sources of its coordinated or paired speakers
    # the last attribution per context (the body, or one embedded post) for inheritance
    prev_ctx: dict[int | None, tuple[str, list[Via], int]] = {}
    # the same, for the last attribution whose source can speak (a person, a body, a text; `_can_speak`)
    speaker_ctx: dict[int | None, tuple[str, list[Via], int]] = {}
    speakers: set[str] = set()  # the sources that can speak
    # the same, for the last attribution whose source is no document, and whether the last one per
    # context was a document's according-to phrase ("Laut der Umfrage …")
    voice_ctx: dict[int | None, tuple[str, list[Via], int, int]] = {}  # (…, its sentence)
    after_document: dict[int | None, int | None] = {}  # the sentence of that phrase, or None
    # the sentence of the last attribution, and the last one of a source that is no outlet (its sentence first)
    prev_sent: dict[int | None, int] = {}
    origin_ctx: dict[int | None, tuple[int, str, list[Via], int]] = {}
    unnamed_before: set[int | None] = set()  # the contexts whose last speech act was someone's not named ("hieß es")
    prev_source: str | None = None
    prev_via: list[Via] = []
    quoted: list[tuple[Span, str]] = []  # the quotations resolved so far and their speakers
    publisher = publisher_keys(doc.publisher)
    # (none given: an outlet the text writes in its own house capitals, "told POLITICO", prints it)
    house_keys = set() if publisher else house_publisher(doc, lang(pick(doc.language)))
    # (or the outlet that asked for comment: "did not respond to the Ledger's request for comment")
    asking_keys = set() if publisher or house_keys else asking_publisher(doc, lang(pick(doc.language)), [sp for c in cands for sp in c.content])
    publisher = publisher or house_keys or asking_keys
    # per context: the last source, the outlets it spoke to or through, and the sentence
    # per post (None: the body): the speaker of the last claim, its downstream links, its sentence, and
    # whether an interview frame named them (then any verb of that speaker goes on with them), and the
    # sentence where what it said ends (a quotation of several sentences: the questions come after it)
    told_before: dict[int | None, tuple[str, list[Via], int, bool, int]] = {}
    sid_of: dict[int, str | None] = {}  # the source of each candidate resolved so far
    outlet_of: dict[str, Via] = {}  # the outlet an anonymous source was named by ("a source of the Post")
    for n, c in enumerate(cands):
        seg = doc.segment_at(c.content[0].start)
        lx = lang(pick(seg.language if seg else None, doc.language))
        sid: str | None = None
        src_info: MentionInfo | None = None  # the source mention's analysis, when made
        rule = c.rule
        if c.source is not None and c.refers_to is None and not c.co_sources and (lead := team_leader(doc, c.source, lx)) is not None:
            c.source = lead  # "Lee and her team reported …": Lee
            rule += "+source.team_leader"
        if c.mode == "social_post" and seg is not None:
            name = seg.author or (seg.handle or "unknown account")
            info = MentionInfo(name, name, "social_account", aliases=[seg.handle] if seg.handle else [])
            sid = account_holder(reg, info, c.source, lx) or reg.add(info, c.source, "source.social_account")
        elif c.inherit:
            prev_source, prev_via, prev_end = prev_ctx.get(c.post_account, (None, [], -1))
            if c.mode in ("continuation", "direct") and lx.code == "de" and prev_source is not None and prev_source not in speakers \
                    and c.post_account in speaker_ctx:
                # "Der Slogan soll das unterstreichen. Er sei ein Macher.": a thing named as the subject of
                # the last report is no speaker whose speech goes on; the last one that can speak goes on
                # (and says the quotation that follows without a tag: "laut Branchenprognosen … . „…“")
                prev_source, prev_via, prev_end = speaker_ctx[c.post_account]
                rule += "+speaker_before"
            voice = voice_ctx.get(c.post_account)
            doc_sent = after_document.get(c.post_account)
            if c.mode == "continuation" and lx.code == "de" and prev_source is not None and doc_sent is not None \
                    and voice is not None and doc_sent - voice[3] <= 1 and c.sent == doc_sent + 1:
                # "X sagte … . Laut der Umfrage … . Die Hälfte habe …": a document's according-to phrase
                # between someone's speech and the next sentence is no speaker whose speech goes on; the
                # one who spoke right before it goes on (`+voice_before`; further back the document may)
                prev_source, prev_via, prev_end = voice[:3]
                rule += "+voice_before"
            origin = origin_ctx.get(c.post_account)
            if c.mode == "continuation" and lx.code == "de" and prev_source is not None and origin is not None \
                    and origin[0] == prev_sent.get(c.post_account) and reg.get(prev_source).type in ("media", "news_agency") \
                    and origin[1] != prev_source:
                # "Nach einem Bericht der Zeitung X unter Berufung auf das Institut Y wurden …. Beide seien …":
                # the outlet relays, the one it relies on in the same sentence speaks on
                relaying = reg.get(prev_source)
                prev_via = [*origin[2], *([] if any(v.source == relaying.id for v in origin[2]) else
                                          [Via(relaying.id, relaying.name, None, "via.outlet_before", "downstream")])]
                prev_source, prev_end = origin[1], origin[3]
                rule += "+origin"
            named = named_just_before(reg, doc, c.sent, c.source) if c.source is not None else None
            introduced = _introduced_before_quote(reg, doc, c, prev_end, lx) if c.source is None else None
            subject = _introduced_before_quote(reg, doc, c, prev_end, lx, speech=False) \
                if c.source is None and introduced is None else None
            if introduced is not None and introduced != prev_source:
                # "Lee's lawyer, Tom Reed, had a shorter statement. “…”": the person the sentence before
                # brings in with a word of speech, not the one who spoke before
                sid = introduced
                rule += "+introduced"
            elif subject is not None and subject != prev_source:
                # "“…,” Reed said. Ann Lee shook her head. “…”": the person the sentence between opens
                # with as its subject, not the one who spoke before (rule +subject_before)
                sid = subject
                rule += SUBJECT_BEFORE_RULE
            elif c.source is not None and named is not None and named != prev_source:
                # "Laut dem Staatsanwalt X habe es …. Die Täter benutzten demnach …": the person
                # named in the sentence before, whose word the adverb means
                sid = named
                rule += "+previous_sentence"
                reg.mention(sid, c.source, "source.anaphoric_adverb")
            elif prev_source is not None and c.content[0].start - prev_end < 1500:
                sid = prev_source
                rule += "+inherit"
                if c.source is None and lx.code == "de":
                    # the source's latest mention before it, which the reader resolves the speaker
                    # from (German, as de-news-quotes marks it; PolNeAR leaves English ones unmarked)
                    c.source = next((m.span for m in reversed(reg.source_mentions(sid))
                                     if m.span.end <= c.content[0].start), None)
            else:
                c.source = None  # an adverb that stands for no source named before names no one
                if c.post_account in unnamed_before and c.mode == "continuation":
                    rule += "+after_unnamed"  # ("…, hieß es. … müsse …": the one not named goes on)
        elif c.source is None and lx.code == "en" and c.rule == "attr.direct.untagged.far" \
                and (intro := _introduced_before_quote(reg, doc, c, prev_ctx.get(c.post_account, (None, [], -1))[2], lx)) is not None:
            sid = intro  # (a quotation far from any speaker, after a sentence that brings a person in with a word of speech)
            rule += "+introduced"
        elif c.subjectless:
            sent_start = doc.sentences[c.sent].span.start if c.sent < len(doc.sentences) else 0
            lo = doc.segments[c.post_account].span.start if c.post_account is not None else 0
            # (+sentence_person, English: "Ann Roe, a lawyer for the port, backed the plan, saying …", "Mr. Hale,
            # who …, is saying …": the first person the claim's own sentence names before its cue, not the
            # person of the sentence before)
            # (not one named as a possessor: "Trump's state director, Mike Rubino, …" is Rubino; nor the object of
            # a preposition: "Flanked by Tom Hale, Ann Roe, a lawyer, …" is Roe)
            named_own = [(p, who) for p, who in reg.seen_between(max(lo, sent_start), c.cue.start)
                   if not _POSSESSOR_NAME.match(doc.text[p : p + 80])
                   and not _after_preposition(doc.text, max(lo, sent_start), p)] \
                if lx.code == "en" and c.cue is not None and c.source is None else []
            sid = named_own[0][1] if named_own else last_person_before(reg, sent_start, max(lo, sent_start - 600))  # only a person just named
            if sid is not None and c.source is None:
                rule += "+sentence_person" if named_own else "+previous_subject"
                # point at the mention in the text when it is close by
                near = [named_own[0][0]] if named_own else [p for p, s in reg.persons_seen if s == sid and lo <= p < sent_start]
                if near:
                    m = re.match(r"[\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)*", doc.text[near[-1] :])
                    ctx = doc.text[max(lo, near[-1] - 12) : near[-1]]
                    rm = re.search(r"(?:President|Präsident|Minister|Premier)\s*$", ctx)
                    start = near[-1] - (len(rm.group(0)) if rm else 0)
                    c.source = Span(start, near[-1] + (len(m.group(0)) if m else 0))
        elif c.source is not None and c.refers_to is None and not c.co_sources and (pair := pair_members(reg, doc, c.source, lx)):
            for p_sid in pair:
                reg.mention(p_sid, c.source, "source.person.pair")
            used.update(pair)
            members_of[n] = list(pair)
            sid = pair[0]
        elif c.source is not None and c.refers_to is None and (found := _members(reg, doc, c, c.source, lx))[0]:
            members, kind = found
            ids = []
            written = [doc.text[co.start : co.end] for co in members]
            for co in members:
                name = with_shared_surname(doc.text[co.start : co.end], written) if lx.code == "en" else doc.text[co.start : co.end]
                minfo = analyse_mention(name, lx)
                shared = "+shared_surname" if name != doc.text[co.start : co.end] else ""
                known = surname_source(reg, doc, minfo, co)
                placed = "+source.picture_position" if lx.code == "en" and position_bracket_after(doc, co, lx) else ""
                ids.append(known if known is not None else reg.add(minfo, co, f"source.{kind}.{minfo.type}{placed}{shared}"))
            used.update(ids)
            members_of[n] = ids
            sid = ids[0]
        elif c.source is not None and c.co_sources and not one_person_described(doc, c, lx):
            whole = doc.text[c.source.start : c.source.end]
            group = bool(re.search(r",\s*(?:" + "|".join(map(re.escape, lx.group_words)) + r")\b", whole))
            head = re.findall(r"[\w-]+", whole)[-1]
            ids = []
            for co in c.co_sources:
                piece = doc.text[co.start : co.end]
                cinfo = analyse_mention(piece, lx)
                last = (re.findall(r"[\w-]+", piece) or [""])[-1]
                # (an adjective shares the head: "deutsche als auch französische Behörden"; a name
                # does not: "Sowohl Roth als auch Lund")
                if not group and head not in piece and (last[:1].islower() or piece.rstrip().endswith("-") or last.lower().endswith(("sche", "schen"))):
                    # shared head: "deutsche als auch französische Behörden"
                    cinfo = analyse_mention(piece + " " + head, lx)
                    cinfo.name = re.sub(r"^(?:sowohl|both)\s+", "", cinfo.name)
                known = surname_source(reg, doc, cinfo, co)  # "Sowohl Roth als auch Lund": two persons named before
                ids.append(known if known is not None else reg.add(cinfo, co, f"source.{'group' if group else 'coordination'}.{cinfo.type}"))
            used.update(ids)
            members_of[n] = ids
            sid = ids[-1] if group else ids[0]
        elif c.source is not None:
            info = analyse_mention(doc.text[(c.refers_to or c.source).start : (c.refers_to or c.source).end], lx)
            if lx.code == "de" and c.refers_to is None and _owner_of_statement(doc.text[c.source.start : c.source.end], lx):
                rule += "+source.statement_owner"  # "so der Vorwurf der Staatsanwaltschaft": the owner of what was said
            if lx.code == "de" and c.refers_to is None and _ACRONYM_NUMBER.search(doc.text[c.source.start : c.source.end]):
                rule += "+source.acronym_number"  # "informiert die MA 17": the number is part of the body's name (phrases.np_forward)
            wide = max(c.extent.end if c.extent is not None else 0, c.cue.start if c.cue is not None else 0,
                       _sentence_end(doc, c.source.start) if c.cue is not None and c.cue.end <= c.source.start else 0)
            if lx.code == "en" and c.refers_to is None and wide > c.source.end and re.match(r"\s*,?\s*(?:who|that)\s", doc.text[c.source.end : wide]) \
                    and info.type in ("person", "unnamed") and not info.person_tokens and not info.pronoun:
                # "a senior aide to the governor, who spoke on condition of anonymity, said", "an aide who was
                # not authorised to comment on it said": the relative clause between the speaker and the cue
                # (or in the speaker's extent) makes the description an anonymous source
                info = anonymity_relative(doc.text[c.source.start : wide].rstrip(" ,"), lx) or info
            if lx.code == "en" and c.refers_to is None and not info.pronoun and not info.person_tokens \
                    and (possessor := possessed_person(doc.text[c.source.start : c.source.end], lx)) is not None:
                info = possessor  # "the Harbor Ledger’s Ann Lee wrote": the person, the outlet her role (source.person.after_owner)
            if c.refers_to is None:
                src_info = info
            after = apposition_name(doc, c.extent or c.source, lx, role=info.role if info.type == "person" else None) \
                if c.refers_to is None and not info.pronoun and not info.person_tokens and info.type in ("person", "unnamed") else None
            if after is not None:
                # "sagte der Minderheitsführer im Senat, Jan Roth.": the name in apposition after the description
                toks = after.split()
                how = "source.person.apposition_after"
                if analyse_mention(after, lx).type != "person":
                    how += "+unknown_given_name"  # "des Staatssekretärs, Torben Wessel,": a name for its place, no given name we know
                    rule += "+" + how
                sid = reg.find_person(toks) or reg.add(MentionInfo(info.text, after, "person", role=info.role or info.name, person_tokens=toks),
                                                       c.source, how)
                reg.mention(sid, c.source, how)
            elif info.pronoun and info.text.lower() in lx.neuter_pronouns:
                # "It said …" stands for a body or a text named before, never for a person
                sid = reg.nearest(c.source.start, set(NOT_PERSONS))
                if sid is not None and lx.code == "en" and _only_a_link_since(reg, sid, c.source.start):
                    # "X said in a statement to Reuters …. “…,” it said": the medium told is no speaker
                    sid = reg.nearest(c.source.start, set(NOT_PERSONS), keep=functools.partial(_speaks_before, reg, c.source.start)) or sid
                    rule += "+not_link"
                if sid is not None and max(m.end for m in reg.get(sid).mentions if m.start < c.source.start) < c.source.start - 800:
                    sid = None
                if sid:
                    reg.mention(sid, c.source, "source.pronoun")
            elif info.pronoun and lx.code == "en" and info.text.strip().lower() in lx.plural_pronouns:
                # "The loggers … They claimed …": a group or a body named before, never one person
                # named before (`plural_pronouns`, resources/en/lexicon.json); none nearby: no source
                # (inside a quotation "they" are never its own speaker: '“…, so they say ‘…’,” Roe said')
                quoter = sid_of.get(id(c.relayed_by)) if c.relayed_by is not None and c.relayed_by.mode == "direct" else None
                # '“I tell the riders to wait. They say they are late.”': the people the quotation's speaker spoke of
                # just before, a group the sources may not list (rule source.pronoun.plural_np)
                people = _plural_people_before(doc, c.source.start, c.relayed_by, lx) if c.relayed_by is not None and c.relayed_by.mode == "direct" else None
                sid = reg.nearest(c.source.start, set(NOT_PERSONS) | {"anonymous", "person"},
                                  keep=functools.partial(_they_can_be_other, reg, doc, lx, quoter)) if people is None else None
                if sid is not None and max(m.end for m in reg.get(sid).mentions if m.start < c.source.start) < c.source.start - 800:
                    sid = None
                people_of = _owner_of_group_before(reg, doc, c.source.start, lx) if people is None else None
                if people_of is not None and (sid is None or max(m.start for m in reg.get(sid).mentions if m.start < c.source.start) < people_of[1]):
                    sid = people_of[0]  # "Murphy’s campaign is tying the bill to Rubio. They are saying …": Murphy's people
                if sid:
                    reg.mention(sid, c.source, "source.pronoun.plural")
                    rule += "+plural_pronoun"
                elif people is not None:
                    spoken_of = doc.text[people[0].start : people[0].end]
                    sid = reg.add(MentionInfo(spoken_of, spoken_of, "unnamed"), c.source, PLURAL_NP_RULE[1:])
                    rule += PLURAL_NP_RULE + people[1]
            elif info.pronoun and is_second_person(info.text, lx):
                pass  # "you said": the one addressed, whom the text does not name; the mention stays, no source is listed
            elif info.pronoun and is_first_person(info.text, lx):
                # "wir", "I": inside a quotation its speaker, outside it the author, never someone named before
                sid = next((q_sid for q, q_sid in quoted if q.start <= c.source.start < q.end), None)
                if sid:
                    reg.mention(sid, c.source, "source.pronoun.first_person")
            elif info.pronoun:
                want = pronoun_gender(doc, info.text, c.cue, lx)
                if lx.code == "en":
                    # the nearest person who spoke whose gender agrees or is unknown: an English "he"
                    # never means a woman named before ("Ann Lee", "Mrs. Lee", "the spokeswoman")
                    about: list[str] = []
                    sid = _spokesperson_before(reg, doc, c.source.start, want, lx)
                    if sid is None and want is not None and (sid := _role_speaker_before(reg, doc, c.source.start, want, lx)) is not None:
                        rule += "+source.pronoun.role_speaker"
                    if sid is None and (sid := paragraph_subject_before(reg, doc, c.source.start, want, about)) is not None:
                        rule += "".join(about)  # (+source.pronoun.paragraph_about: through the pronouns before it)
                    sid = sid or reg.nearest(c.source.start, {"person"}, gender=want) \
                        or subject_person_before(reg, doc, c.source.start, want, c.content)
                    if (named := _surname_speaker_before(reg, doc, c.source.start, prev_ctx.get(c.post_account), want)) is not None \
                            and named != sid:
                        sid = named  # '“…,” Lund said. “…,” he said.': the one who just spoke, a name no list knows
                        rule += SURNAME_SPEAKER_RULE
                else:
                    # (a gender the pronoun or possessive asks is kept: "nach ihrer Darstellung" is no man named before)
                    sid = (person_antecedent(reg, doc, c.source.start, want) if want else None) \
                        or reg.nearest(c.source.start, {"person"}, gender=want) or last_person_before(reg, c.source.start, gender=want)
                teller = sid_of.get(id(c.relayed_by)) if c.relayed_by is not None and c.relayed_by.mode == "direct" else None
                if sid is not None and sid == teller:
                    # "«He told me: …», said Ann": inside a quotation "he" is someone other than its speaker
                    sid = person_antecedent(reg, doc, c.source.start, want or "m", teller)
                if sid is not None and lx.code == "en" and _told_to(doc, reg.get(sid).name, c):
                    # "Roe asked Lee how tall it is. “…,” he told Roe": "he" is not the one he told
                    sid = person_antecedent(reg, doc, c.source.start, want or "m", sid)
                    rule += "+not_addressee"
                told_last = prev_ctx.get(c.post_account)
                if sid is not None and lx.code == "en" and told_last is not None and told_last[0] != sid \
                        and any(v.source == sid and v.position == "downstream" and v.span is not None and _TOLD_BEFORE.search(doc.text, max(0, v.span.start - 12), v.span.start)
                                for v in told_last[1]) \
                        and reg.gender.get(told_last[0], want) == want:
                    # "“…,” he told Roe. “…,” he said.": the one told last is no speaker; the teller goes on
                    sid = told_last[0]
                    rule += "+not_addressee"
                if sid:
                    reg.mention(sid, c.source, "source.pronoun")  # the same source, not a second one of its name
                    if want and lx.code == "en":
                        reg.gender.setdefault(sid, want)  # "Reed said …. “…,” he said.": Reed is a man from now on
                elif lx.code == "de" and " " in info.text.strip() \
                        and (sid := possessor_named_before(reg, doc, c.source.start, lx, want)) is not None:
                    # "Am Montag hat Roth … . … seiner Einschätzung nach …": the person the sentence before names
                    reg.mention(sid, c.source, "source.pronoun")
                    rule += "+possessor_named_before"
                elif " " in info.text.strip():
                    # "Seiner Darstellung (zufolge)" with no person to point at: the phrase stays the source
                    sid = reg.add(MentionInfo(info.text, info.name, "unnamed"), c.source, "source.unnamed")
            elif info.description:
                if info.type == "person":
                    named = named_with_role(doc, info.role or "", lx)
                    if named:
                        sid = reg.add(MentionInfo(info.text, named, "person", role=info.role, person_tokens=named.split()), c.source, "source.person.role_in_text")
                    else:
                        # "der Diktator": the person with that role, else the person last named by
                        # name nearby; a bare description ("die Ministerin") takes no other one
                        owned = lx.code == "en" and bool(OWNED.search(info.text))
                        owner = re.match(r"\s*(?:the\s+)?([\w .-]+?)['’]s?\s", info.text)
                        if owned and owner is not None and place_name(owner.group(1).strip()):
                            owned = False  # "Russia's president" is the president of Russia, a title, not someone of its
                        # (never the one who tells of it: "Anna Berg sagte, der Bürgermeister habe ihr gesagt, …")
                        tellers = {sid_of.get(id(c.relayed_by))} if c.relayed_by is not None else set()
                        tellers |= {who for vsp, up in c.via if not up for who in reg.mentioned_over(vsp)}
                        sid = person_with_role(reg, c.source.start, info.role, info.text, gender_of(info.text, doc, lx.code)) if not owned else None
                        sid = None if sid in tellers else sid
                        if sid is not None and lx.code == "en" \
                                and (own := _named_in_own_sentence(doc, reg, min(c.source.start, c.content[0].start), info, lx, tellers | {sid})) is not None:
                            sid = own  # "Lee defends it: “…,” the senator says." after "Sen. Tom Roe" further back: Lee
                            rule += "+source.named_in_sentence"
                        elif sid is not None and spelled_role(reg.get(sid).role or "") != (reg.get(sid).role or ""):
                            rule += "+source.role_abbreviation"  # "the senator" for "Sen. Ann Lee"
                        if sid is None and lx.code == "en" and not owned and is_epithet(info.text):
                            want = gender_of(info.text, doc, "en")
                            sid = subject_of_sentence_before(reg, doc, c.source.start, want)
                            if sid is not None and info.role and not role_agrees(role_in_text(doc, reg, sid, lx), info.role.split()[-1], lx, info.text):
                                sid = None
                            if sid is not None:
                                rule += "+source.description.subject_before"
                            else:
                                sid = most_mentioned_person(reg, doc, c.source.start, want)
                        if sid is None and not owned and lx.code != "en":  # ("Morrison's lawyer", "his spokeswoman": someone of theirs, someone new)
                            # (an English bare office, "the mayor", may be someone the text never names:
                            # only the one it gives that role, or an epithet's person, above)
                            # the person named last nearby, of the description's gender ("der
                            # Bürgermeister Jan Roth" is no "die Ministerin"), not the one who tells of it
                            want = gender_of(info.text, doc, lx.code)
                            last = last_person_before(reg, c.source.start, max(0, c.source.start - 1000), gender=want, by_given_name=True)
                            sid = last if last is not None and last in reg.person_tokens and last not in tellers else None
                            if sid is not None and info.role and not role_agrees(role_in_text(doc, reg, sid, lx), info.role.split()[-1], lx,
                                                                            info.text):
                                sid = None  # "der Veranstalter" is not "der Werksleiter Jan Roth" named before
                        if sid is None and not owned and lx.code == "de":
                            # "der Ministeriumssprecher" after "ein Sprecher des Innenministeriums": one source (an alias)
                            sid = person_of_compound_role(reg, c.source.start, info.role, lx, max(0, c.source.start - 3000))
                            sid = None if sid in tellers else sid
                            if sid is not None:
                                rule += "+source.compound_role"
                        if sid is None and not owned and lx.code == "de" and info.role:
                            # "der UN-Chef" after "UN-Generalsekretär Ban Lee" further back: the person named
                            # with a role the description agrees with (a role given, not none known)
                            sid = _person_of_agreeing_role(doc, reg, c.source.start, info, lx, tellers)
                            if sid is not None:
                                rule += "+source.role_agrees"
                        if sid is None and not owned and lx.code == "de" and info.role:
                            # "X spricht langsam. …, sagt der Staatspräsident.": the one person of no role known
                            # that the sentence before (or this one, before the mention) names
                            sid = _person_just_named(doc, reg, c.source.start, info, lx, tellers)
                            if sid is not None:
                                rule += "+source.person_before"
                        if sid is None and not owned and lx.code == "de" and info.role and _former_role(info.text, lx):
                            # "…, so der ehemalige Mühlen-Chef" after "Der Sprecher der Bäcker, Jan Roth, …": a former
                            # office is background to the person just named, whatever office the text gave them
                            sid = _person_just_named(doc, reg, c.source.start, info, lx, tellers, any_role=True)
                            if sid is not None:
                                rule += "+source.former_role"
                        if sid is not None and c.mode == "direct" and _spoken_of(doc, reg.get(sid).name, c.content):
                            sid = None  # ("«Richterin Lind hat uns alle blamiert», schrieb der Kandidat": not Lind)
                    if sid is not None and lx.code == "de" and info.role and info.name.split()[-1] == info.role.split()[-1] + "s" \
                            and genitive_role(info.name.split()[-1], lx) is not None:
                        rule += "+source.genitive_role"  # "nach Worten des Staatssekretärs": the role in the genitive, its holder
                else:
                    # the nearest of its type, one whose name or role ends in the same noun first
                    # ("des Konzerns" → "der Rüstungskonzern Rheinmetall")
                    # (an outlet of the description's kind: "der Agentur" is no paper named before; `source.outlet_kind`)
                    kinds = {info.type} | ({"media", "news_agency"} if info.type in ("media", "news_agency") else set())
                    role_stem = word_stem(info.role) if info.role else None
                    sid = reg.nearest(c.source.start, kinds, role=role_stem, keep=_outlet_kind_keep(info.text, info.type, lx))
                    if sid != reg.nearest(c.source.start, kinds, role=role_stem):
                        rule += "+source.outlet_kind"
                    if sid is None and (sid := name_typed_by_description(reg, doc.text, c.source.start, info.type, info.role, lx)) is not None:
                        # "die Nordair … Die Airline gab bekannt": the name the description stands for, of its type
                        body = reg.get(sid)
                        body.type, body.role = info.type, body.role or info.role  # type: ignore[assignment]
                        body.rule += "+source.description.typed_name"
                        rule += "+source.description.typed_name"
                if sid is not None:
                    src = reg.get(sid)
                    src.mentions.append(c.source)
                    reg.mentions.append(Mention(c.source, sid, "source.description"))
                    if info.name not in src.aliases:
                        src.aliases.append(info.name)
                else:
                    sid = reg.add(info, c.source, "source.description.new")
            elif info.type == "unnamed" and (share_only(info.text, lx) or (
                    share_of_people(info.name, lx) and (lx.code == "de" or (
                        "of" in info.text.lower().split()[1:4]
                        and any(w in lx.share_nouns for w in info.text.lower().split()[:4]))))):
                # "59 percent said": the mention stays, no source is listed; also a share of a group
                # ("rund die Hälfte der Befragten", "drei von vier Teilnehmern"; English with its "of" and a
                # word of share: "Forty percent of nurses", not "one resident", not "one of her aides",
                # who is someone): no one in particular
                rule += "+names_nobody"
            elif (surname := surname_source(reg, doc, info, c.source)) is not None:
                sid = surname
            elif lx.code == "de" and info.type == "person" and not info.person_tokens and not info.pronoun and info.role \
                    and info.text.strip() == info.name and (held := holder_of_bare_role(reg, c.source.start, info.name)) is not None:
                sid = held  # "laut Kammer-Präsident" after "Kammer-Präsident Jan Roth": its holder, one source
                reg.mention(sid, c.source, "source.role_of_named")
            elif (again := same_anonymous(reg, doc, c.source, info, lx)) is not None:
                sid = again  # "… the source said": the anonymous source named before
                reg.mention(sid, c.source, "source.anonymous.again")
            else:
                if info.type == "unnamed" and (typed := type_in_text(doc.text, info.name, lx)) is not None:
                    info.type, info.role = typed  # "Rheinmetall" after "der Rüstungskonzern Rheinmetall"
                if info.type == "unnamed" and lx.code == "en" and (person := english_person_in(doc, c.source)) is not None:
                    # a mention of no known type in which the English entity model finds one person:
                    # that person ("Donald Trump began" → Donald Trump), one source with their other mentions
                    name = doc.text[person.start : person.end]
                    pinfo = MentionInfo(info.text, name, "person", role=info.role, person_tokens=name.split())
                    known = surname_source(reg, doc, MentionInfo(name, name, "unnamed"), c.source) if len(name.split()) == 1 else None
                    sid = known or reg.add(pinfo, c.source, f"source.person+{MODELS[NER_EN]}")
                else:
                    sid = reg.add(info, c.source, f"source.{info.type}")
        via: list[Via] = []
        for vsp, upstream in c.via:
            vinfo = analyse_mention(doc.text[vsp.start : vsp.end], lx)
            vid: str | None
            spoke = reg.source_at(vsp) if vinfo.pronoun else None
            if spoke is not None and spoke != sid:
                # "He said … and noted that Reed himself has admitted he will not run": the pronoun of
                # the one who tells of it, resolved as that claim's speaker, not a source "He" of its own
                # (rule +pronoun_speaker on the link; the mention is that speaker's already)
                vid = spoke
            elif vinfo.description:
                # "die Zeitung" → the outlet named before; "seine Managerin" → a person, never the
                # claim's own source ("wie das Blatt unter Berufung auf ihren Anwalt meldete")
                kinds = {vinfo.type} | ({"media", "news_agency"} if vinfo.type in ("media", "news_agency") else set())
                # a person by role: the one the text gives that role ("der Bürgermeister" after "der
                # Bürgermeister Jan Roth"), else the one named last
                vid = person_with_role(reg, vsp.start, vinfo.role, vinfo.text) if vinfo.type == "person" else None
                if vid is not None and lx.code == "en" and (own := _named_in_own_sentence(doc, reg, min(vsp.start, c.content[0].start), vinfo, lx, {vid})) is not None:
                    if own == sid:
                        continue  # (the claim's own speaker, named before in its sentence, is no link of its chain)
                    vid = own  # (as for a speaker: the person the sentence names before it, source.named_in_sentence)
                kind_kept = False
                if vid is None or vid == sid:
                    vid = reg.nearest(vsp.start, kinds, keep=_outlet_kind_keep(vinfo.text, vinfo.type, lx))
                    kind_kept = vid != reg.nearest(vsp.start, kinds)
                if vid is None or vid == sid:
                    vid = reg.add(vinfo, vsp, "source.via")
                else:
                    reg.mention(vid, vsp, "source.via.description" + ("+source.outlet_kind" if kind_kept else ""))
            elif vinfo.pronoun and lx.code == "en" and not is_first_person(vinfo.text, lx):
                # source.via.pronoun (session 36): "he" as a link is the person it stands for (the speaker that
                # mention already is, `spoke` above: the claim's own, so no link; else the nearest person of
                # its gender), never a source named "He"
                vid = spoke or reg.nearest(vsp.start, {"person"}, gender=pronoun_gender(doc, vinfo.text, None, lx))
                if vid is None or vid == sid:
                    continue
                reg.mention(vid, vsp, "source.via.pronoun")
            elif vinfo.pronoun and lx.code == "de" and (want := pronoun_gender(doc, vinfo.text, None, lx)) is not None:
                # source.via.pronoun+de: "Er verwies auf eine Studie, derzufolge …": a German "er" (or "sie" of
                # a singular verb) as a link is the person it stands for, found as a German subject pronoun's
                vid = spoke or person_antecedent(reg, doc, vsp.start, want) or reg.nearest(vsp.start, {"person"}, gender=want)
                if vid is None or vid == sid:
                    continue
                reg.mention(vid, vsp, "source.via.pronoun+de")
            elif (short := outlet_of_short_name(reg, vinfo)) is not None:
                vid = short  # "told Metro in the interview" after "an interview with «Metro Radio Weekly»": one outlet
                reg.mention(vid, vsp, "source.via.short_name")
            elif (known := surname_source(reg, doc, vinfo, vsp)) is not None:
                vid = known  # "wie Roth der Zeitung sagte" after "Anna Roth": the person named before
            else:
                vid = reg.add(vinfo, vsp, "source.via")
            vsrc = reg.get(vid)
            pos = "upstream" if upstream else "downstream"
            via.append(Via(vid, vsrc.name, vsp, "via.phrase" + ("+pronoun_speaker" if vid == spoke else ""), pos))  # type: ignore[arg-type]
            if vinfo.genitive_org:
                via.append(genitive_link(reg, doc, lx, vinfo.genitive_org, vsp, pos))
        if c.source is not None and not via and (rule.endswith("+names_nobody") or (src_info is not None and share_of_people(src_info.name, lx))
                                                 or (_group_answers(doc, c.source, src_info) and poll_finding_before(doc, c.sent, c.source.start, lx))):
            # ("59 percent said", "70 percent of Americans say": the share answered a poll)
            poll = poll_before(reg, doc, c.source.start, lx)
            if poll is None or max(m.end for m in reg.get(poll).mentions if m.start < c.source.start) < poll_in_text(doc, c.source.start, lx, reg=None)[0]:
                poll = poll_in_text(doc, c.source.start, lx, reg)[1] or poll  # (a pollster named since: "A Reuters poll has …")
            if poll is None:  # "… eine Onlineumfrage …. Etwa 45 Prozent der Befragten meinten, …": the survey named by its noun
                poll = poll_noun_before(reg, doc, c.source.start, doc.text[c.source.start : c.source.end], lx)
            if poll is not None:  # "A YouGov poll … . Asked about …, 59 percent said …": the poll relays its answers
                psrc = reg.get(poll)
                words = psrc.name.split()
                # (the noun the postmodifier hangs on: "YouGov poll | of American voters")
                head = max((k for k, w in enumerate(words[:-1]) if w.lower() in lx.poll_heads and words[k + 1][:1].islower()), default=None)
                if head is not None and 0 < head < len(words) - 1 and words[head - 1][:1].isupper() and " ".join(words[: head + 1]) not in psrc.aliases:
                    psrc.aliases.append(" ".join(words[: head + 1]))  # "YouGov poll of American voters": also "YouGov poll"
                first = next((k for k, w in enumerate(words) if w[:1].isupper()), 0)
                if 0 < first < len(words) - 1 and all(w.islower() for w in words[:first]) and " ".join(words[first:]) not in psrc.aliases:
                    psrc.aliases.append(" ".join(words[first:]))  # "new Gallup poll": also "Gallup poll"
                if (pollster := pollster_alias(psrc.name, lx)) is not None and pollster not in psrc.aliases:
                    psrc.aliases.append(pollster)  # "poll conducted by the Harbor Ledger": also "Harbor Ledger"
                via.append(Via(poll, psrc.name, None, "via.poll", "downstream"))
        if sid is not None and reg.get(sid).type == "anonymous" and c.source is not None:
            # "Die Quelle der «Hafenpost»": the outlet relays its anonymous source
            ainfo = src_info or analyse_mention(doc.text[c.source.start : c.source.end], lx)
            outlet = outlet_of_owner(ainfo.genitive_org, lx) if ainfo.genitive_org else None
            if outlet is not None:
                # (not "Kreise des Ministeriums": the circles belong to the ministry, it relays nothing)
                via.append(genitive_link(reg, doc, lx, outlet, c.source, "downstream"))
                outlet_of[sid] = via[-1]
            elif sid in outlet_of and all(v.source != outlet_of[sid].source for v in via):
                # "… the source said": the same anonymous source, relayed by the same outlet
                via.append(outlet_of[sid])
        if c.inherit and sid is not None and sid == prev_source and not via:
            via = list(prev_via)
        elif "+demnach" in c.rule and not c.inherit and not via:
            # ("Nach Zahlen des Verbands X liefen demnach …": X's word through the report just named, its chain)
            before, before_via, _ = prev_ctx.get(c.post_account, (None, [], -1))
            if before is not None and before != sid:
                via = list(before_via)
        told = told_before.get(c.post_account)
        # (the sentence where what was said begins: '“Like Oakland. Or Fresno,” Lee said.' runs over two)
        begins = min(c.sent, _sentence_at(doc, c.content[0].start)) if c.content else c.sent
        # (the questions put after the told claim's last sentence: '… told Ann Roe of CNN, "We leave. Soon."
        # Roe asked, "Why?" "…," he responded.')
        asked = told is not None and lx.code == "en" and _questions_between(doc, max(told[2], min(told[4], begins - 1)), begins, lx)
        # (the last sentence of the claim before, when its quotation ran on over several: '"…," she said.
        # "The wheat died. Then the corn. …" "…," she continued.' — the sentences inside that quotation are
        # no narration between; `+continued.past_quotation`)
        past = told is not None and lx.code == "en" and not asked and told[2] < told[4] < begins and c.sent > told[2] \
            and not _carries_across(doc, told[2], max(begins, told[2]), lx) and _carries_across(doc, told[4], begins, lx)
        # (English: the gap counted to where what is said begins, not to its cue after a quotation of
        # many sentences: '"…," he told ITV. "One. Two. Three. Four," he said.'; `+continued.long_quotation`)
        since = 0 if told is None else told[4] if asked or past else told[2]
        long = told is not None and lx.code == "en" and c.sent - since > _max_gap(lx) >= begins - since > 0
        if not via and told is not None and sid == told[0] and (c.sent > told[2] or (told[3] and c.sent == told[2])) \
                and (c.sent - since <= _max_gap(lx) or long) and cue_goes_on(doc, c, lx, any_verb=told[3] or asked) \
                and (asked or past or _carries_across(doc, told[2], max(begins, told[2]), lx)):
            # (English, also the answer to a question put in between: '“…,” he told Ann Roe of CNN. Roe
            # then asked, “And then?” “We leave,” he responded.' — the same interview)
            # '"…," she told Fox. The country would not accept it, she said.': the same occasion (also
            # across a sub-heading; not across narration or a line that names another time)
            # (`+continued.after_question`: carried only because the sentences between are the
            # interviewer's questions, not sub-headings)
            mark = "+continued.past_quotation" if past else "+continued.long_quotation" if long else \
                "+continued" if _carries_across(doc, told[2], max(begins, told[2]), lx) else "+continued.after_question"
            via = [Via(v.source, v.name, v.span, v.rule.split("+continued")[0] + mark, v.position) for v in told[1]]
        if c.post_account is not None and c.mode != "social_post":
            pseg = doc.segments[c.post_account]
            name = pseg.author or pseg.handle or "account"
            pinfo = MentionInfo(name, name, "social_account", aliases=[pseg.handle] if pseg.handle else [])
            pid = account_holder(reg, pinfo, None, lx) or reg.add(pinfo, None, "source.social_account")
            via.append(Via(pid, name, None, "via.embedding_post", "downstream"))
        seen_via: set[str] = set()
        deduped: list[Via] = []
        for v in via:
            if v.source != sid and v.source not in seen_via and not is_publisher(reg.get(v.source), publisher) \
                    and not house_name(doc, v.span, lx):
                seen_via.add(v.source)
                deduped.append(v)
            elif house_keys and v.source != sid and is_publisher(reg.get(v.source), house_keys) and HOUSE_RULE not in rule:
                rule += HOUSE_RULE  # the link was the publisher the house capitals name: no link of its own article
            elif asking_keys and v.source != sid and is_publisher(reg.get(v.source), asking_keys) and ASKING_RULE not in rule:
                rule += ASKING_RULE  # the link was the outlet that asked for comment: the publisher
        # chain order: origin first — upstream links, (the named source), downstream links
        via = [v for v in deduped if v.position == "upstream"] + [v for v in deduped if v.position == "downstream"]
        sid_of[id(c)] = sid
        att = Attribution(
            id=f"a{n + 1}", mode=c.mode, content=c.content, source=sid, source_span=(c.extent if c.source is not None else None) or c.source, cue=c.cue,  # type: ignore[arg-type]
            rule=rule, via=via, segment=next((i for i, s in enumerate(doc.segments) if s.span.contains(c.content[0])), 0),
        )
        atts.append(att)
        if sid:
            used.add(sid)
        used.update(v.source for v in via)
        if sid is not None and c.mode != "social_post" and not (c.relayed_by is not None and c.relayed_by.mode == "direct"):
            # (speech told inside a quotation: the quotation's speaker goes on, not the one told of)
            prev_ctx[c.post_account] = (sid, via, c.content[-1].end)
            unnamed_before.discard(c.post_account)
            documentary = reg.get(sid).type == "document"
            after_document[c.post_account] = c.sent if documentary and c.mode == "according_to" else None
            if not documentary:
                voice_ctx[c.post_account] = (sid, via, c.content[-1].end, c.sent)
            if sid in speakers or _can_speak(doc, reg, sid, c.source, lx):
                speakers.add(sid)
                speaker_ctx[c.post_account] = (sid, via, c.content[-1].end)
                if reg.get(sid).type not in ("media", "news_agency"):
                    origin_ctx[c.post_account] = (c.sent, sid, via, c.content[-1].end)
            prev_sent[c.post_account] = c.sent
            # (a report's teller is no occasion of the one it tells of: "Prosecutors say he told an
            # agent, “…”. He said …" — his next words are his own, not through the prosecutors)
            links = [v for v in via if v.position == "downstream" and v.rule.startswith("via.phrase")] if "+nested" not in c.rule else []
            # (the frame goes on while its speaker's claims keep its links)
            framed = c.rule == FRAME_RULE or (told is not None and told[3] and told[0] == sid and bool(links)
                                              and {v.source for v in links} == {v.source for v in told[1]})
            ends = _sentence_at(doc, c.content[-1].end - 1) if c.content else c.sent
            told_before[c.post_account] = (sid, links, c.sent, framed, max(c.sent, ends))
        elif sid is None and (c.subjectless or c.rule.split("+")[0].endswith("subjectless")) and lx.code == "de" \
                and c.mode != "social_post" and c.relayed_by is None:
            # "…, hieß es. Das Geschehen müsse geprüft werden.": someone not named spoke; what goes on is
            # theirs, no earlier speaker's
            prev_ctx.pop(c.post_account, None)
            speaker_ctx.pop(c.post_account, None)
            origin_ctx.pop(c.post_account, None)
            unnamed_before.add(c.post_account)
        if sid is not None and c.mode == "direct":
            quoted.extend((sp, sid) for sp in c.content)
    set_aside: list[SetAside] = []
    dropped = relayed_links(reg, cands, atts, publisher)
    went_on = [a for c, a in zip(cands, atts, strict=True) if c.anchor_only]  # its speaker went on; it claims nothing
    dropped += went_on
    dropped += one_per_content(doc, reg, cands, atts, dropped)  # a report that points back at a sentence its own tag attributes
    if dropped:
        gone_ids = {id(d) for d in dropped}
        index_of = {id(a): k for k, a in enumerate(atts)}
        kept_members = {m for a in atts if id(a) not in gone_ids for m in members_of.get(index_of[id(a)], [])}
        atts = [a for a in atts if id(a) not in gone_ids]
        for k, a in enumerate(atts):
            a.id = f"a{k + 1}"
        kept_names = {a.source for a in atts} | {v.source for a in atts for v in a.via}  # who the claims kept name
        for d in dropped:
            # (its speaker, and the links only it named: an interview frame's outlet that no claim carried)
            for gone in {d.source, *(v.source for v in d.via)} - {None}:
                if gone not in kept_names:
                    used.discard(gone)
            # (source.drop.unclaimed_member: the other speakers of a coordination whose claim was dropped
            # — "Bereits haben A und B … vorgeschlagen", a report that claims nothing — unless a kept claim names them)
            # (not when its speakers went on in a claim that inherits them: "A und B haben den Plan gelobt. Er sei
            # gut." — review of session 34)
            inherited = any(d is w for w in went_on) and any(a.source == d.source and "+inherit" in a.rule for a in atts)
            for gone in members_of.get(index_of.get(id(d), -1), []) if not inherited else []:
                if gone not in kept_names and gone not in kept_members and gone in used:
                    used.discard(gone)
                    # (the decision stays visible: no claim is left to carry it on its rule)
                    g = reg.get(gone)
                    named_as = doc.text[d.source_span.start : d.source_span.end] if d.source_span is not None else g.name
                    set_aside.append(SetAside("source.drop.unclaimed_member",
                                              f"{g.name}: named in “{named_as}”, a report that claims nothing, and in no claim kept",
                                              min(g.mentions, key=lambda sp: sp.start) if g.mentions else d.source_span))
    cited = set(used)  # the sources the text cites, before the credit lines are read
    doc_lx = lang(pick(doc.language))
    credited = credit_sources(doc, reg, used, doc_lx)
    if not load(doc_lx.code, "according").get("credited_agency_told_is_source", True):
        # "NEW YORK (Reuters) - … sources told Reuters": the agency that wrote the copy was told it
        # itself; a link of the chain (as every credit is), but no source the text cites — a
        # convention of the language's labels (`credited_agency_told_is_source` of according.json)
        cited -= {sid for sid in credited if not any(a.source == sid for a in atts)}
    linked = [sid for sid in credited if not is_publisher(reg.get(sid), publisher)]
    credit_links(doc, reg, atts, linked)
    # distance: intermediaries between a source and the article
    dist: dict[str, int] = {}
    for a in atts:
        chain = [v.source for v in a.via if v.position == "upstream"]
        chain += [a.source] if a.source else []
        chain += [v.source for v in a.via if v.position == "downstream"]
        for k, sid_ in enumerate(chain):
            dist[sid_] = min(dist.get(sid_, 99), len(chain) - k - 1)
    out = []
    for s in reg.sources:
        # an agency credited for the copy ("(dpa)", "Reuters contributed", "Quellen: AFP") wrote the
        # text and stands at the end of each claim's chain (`via.credit`), but it is no source of the
        # source list unless the text cites it (issue 7: one entry per source that says something)
        if s.id in cited or (s.id in used and not s.credit):
            s.distance = dist.get(s.id, 0)
            out.append(s)

    def lang_at(pos: int) -> Lang:
        at = doc.segment_at(pos)
        return lang(pick(at.language if at is not None else None, doc.language))

    out = admit(doc, reg, atts, out, lang_at)
    spoken = [a for a in atts if not _thing_said_nothing(doc, a, lang_at)]
    if len(spoken) < len(atts):
        # (attr.filter.en.thing_subject: "The stock added 2%" reports no speech)
        atts = spoken
        for k, a in enumerate(atts):
            a.id = f"a{k + 1}"
    for s in out:
        # (source.alias.bare_name: "fiscally conservative Harbor Fund" is also "Harbor Fund")
        bare = bare_name(s.name, lang_at(min(s.mentions, key=lambda sp: sp.start).start)) if s.mentions else None
        if bare is not None and bare not in s.aliases:
            s.aliases.append(bare)
            s.rule += "+source.alias.bare_name"
    doc.sources = out
    doc.set_aside = [x for x in doc.set_aside if not x.rule.startswith("source.")] + set_aside
    # every agency credited for the text, cited or not, under its id: the `via.credit` links name these
    # (not a photo's credit in a caption, nor the publisher itself)
    doc.credits = [Credit(s.id, s.name, s.type, s.rule, list(s.aliases), list(s.mentions)) for s in reg.sources if s.id in set(linked)]
    doc.attributions = atts
    listed = {s.id for s in out}
    doc.mentions = [m for m in reg.mentions if m.source in listed]


def _after_preposition(text: str, lo: int, p: int) -> bool:
    """The person named at `p` is the object of a preposition of its sentence (from `lo`): the word before
    the name and its capitalised titles is one of `prepositions` ("Flanked by Mayor Tom Hale", "Unlike Hale",
    "a letter to Hale"); a comma or other mark between ends the phrase ("Flanked by Hale, Ann Roe": Roe is
    none). Part of +sentence_person (review rev37b)."""
    for w in reversed(re.findall(r"[\w.'’-]+|[^\w\s]", text[lo:p])):
        if w.lower() in PREPOSITIONS_EN:
            return True
        if not w[:1].isupper():
            return False
    return False


def _thing_said_nothing(doc: Document, a: Attribution, lang_at: Callable[[int], Lang]) -> bool:
    """Rule attr.filter.en.thing_subject: an English claim whose subject is a thing that cannot speak (its
    source dropped as `source.drop.thing`: "The stock added 2%", "the port's debts would climb to $9 billion",
    "what is today called “open data”") is no speech act when what it says is no clause of its own: its
    words do not open with a complementizer ("that"; `complementizers` of cues.json) and hold no subject
    of a verb of their own in the parse (a clause without its "that": review rev37b). "The decision
    confirms that the pier was unsafe" and "The decision confirms the pier was unsafe" stay, claims of no
    one: a thing that shows something is evidence."""
    if "+source.drop.thing" not in a.rule or a.source is not None or not a.content:
        return False
    lx = lang_at(a.content[0].start)
    first = doc.text[a.content[0].start : a.content[0].end].split()[:1]
    if lx.code != "en" or (first and first[0].lower() in lx.complementizers):
        return False
    inside = {i for sp in a.content for i in words_in(doc, sp)}
    return not any(doc.syntax[i].dep.split(":")[0] in _SUBJECT_DEPS and doc.syntax[i].head in inside and doc.syntax[i].head != i
                   for i in inside)


#: the relations of a word that is the subject of a verb (Universal Dependencies): a content that holds
#: one with its verb is a clause ("the pier was unsafe", "there was a loss")
_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})


def _person_of_agreeing_role(doc: Document, reg: Registry, pos: int, info: MentionInfo, lx: Lang, skip: set[str | None]) -> str | None:
    """The person named by name in the 3,000 characters before `pos` (the latest so named) whose
    role in the text (`role_in_text`: given, not none known) a description agrees with
    (`role_agrees` without role variants, `_strict`: the same noun, the head of the same body), of the description's
    gender or none known; not one of `skip` (those who tell of it). None when there is none."""
    want = gender_of(info.text, doc, lx.code)
    head = (info.role or "").split()[-1] if info.role else ""
    best: tuple[int, str] | None = None
    for p, sid in reg.seen_between(pos - 3000, pos):
        if sid in skip or sid not in reg.person_tokens:
            continue
        if want is not None and reg.gender.get(sid, want) != want:
            continue
        role = role_in_text(doc, reg, sid, lx)
        if role and head and role_agrees(role, head, _strict(lx), info.text) and (best is None or p > best[0]):
            best = (p, sid)
    return best[1] if best else None


def _person_just_named(doc: Document, reg: Registry, pos: int, info: MentionInfo, lx: Lang, skip: set[str | None],
                       *, any_role: bool = False) -> str | None:
    """The one person named by name from the start of the sentence before `pos` up to `pos`, when
    only one is (of the description's gender or none known), the text gives it no role
    (`role_in_text`; any role with `any_role`, for a former office) and it is not one of `skip`: a
    description of one person by role ("der Familienvater", "der Staatspräsident") stands for the
    person the text has just named. None otherwise (two persons, or one with another role). A
    person the entity model names there ("sagt Mohammed") is the source of that last name that is
    named in the same stretch (a person of that surname named only elsewhere in the text is
    someone else)."""
    k = _sentence_at(doc, pos)
    lo = doc.sentences[k - 1].span.start if k > 0 else 0
    if k > 0 and "\n" in doc.text[doc.sentences[k - 1].span.end : doc.sentences[k].span.start]:
        lo = doc.sentences[k].span.start  # (not across a paragraph)
    want = gender_of(info.text, doc, lx.code)
    seen = {sid for p, sid in reg.seen_between(lo, pos) if sid in reg.person_tokens}
    # (and the persons the entity model names there, by the last word of their name)
    named = {doc.text[e.span.start : e.span.end].split()[-1] for e in entities_overlapping(doc, Span(lo, pos)) if e.label == "PER" and e.span.end <= pos}
    if named:
        there = [reg.get(x) for x in reg.named_between(lo, pos)]
        seen |= {x.id for x in there if x.type in ("person", "unnamed") and x.name.split() and x.name.split()[-1] in named}
    if len(seen) != 1:
        return None
    sid = next(iter(seen))
    if sid in skip or (want is not None and reg.gender.get(sid, want) != want) or (not any_role and role_in_text(doc, reg, sid, lx)):
        return None
    return sid


#: a German source mention that ends in an acronym and its number ("die MA 17", rule source.acronym_number)
_ACRONYM_NUMBER = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,5} \d{1,3}$")


def _owner_of_statement(text: str, lx: Lang) -> bool:
    """A German mention that opens with a noun of what was said and its owner in the genitive
    (`statement_owner`: "der Vorwurf der Staatsanwaltschaft"), the noun after an article or none,
    its own head not one of the according-to nouns that always pass to their owner."""
    words = re.findall(r"[\w@][\w'’.@-]*", text)
    lead = 1 if words and words[0].lower() in lx.determiners else 0
    return lead + 2 < len(words) and words[lead] not in lx.nach_heads_cased and statement_owner(words, lead, lx)


def _former_role(text: str, lx: Lang) -> bool:
    """A description by a former office ("der ehemalige Verbandschef", "die frühere Ministerin", "der
    Ex-Trainer"): one of its words opens with a `former_role_markers` stem (resources/<lang>/lexicon.json)."""
    markers = _former_markers(lx.code)
    return bool(markers) and any(w.lower().startswith(markers) for w in re.findall(r"[\w-]+", text))


@cache
def _former_markers(code: str) -> tuple[str, ...]:
    return tuple(load(code, "lexicon").get("former_role_markers", []))


def _named_in_own_sentence(doc: Document, reg: Registry, pos: int, info: MentionInfo, lx: Lang, skip: set[str | None]) -> str | None:
    """English (rule `source.named_in_sentence`, session 36): the one person named by name in the
    description's own sentence before `pos` (the description, or the quotation before it: no one named
    inside what is said), not one of `skip`, of its gender or none known, whose role in the text is none
    or one the description agrees with (`role_agrees`): "Lee defends it: “…,” the senator says." is Lee,
    not a senator named further back. None when no such person, or two, are named there."""
    k = _sentence_at(doc, pos)
    lo = doc.sentences[k].span.start if 0 <= k < len(doc.sentences) else pos
    want = gender_of(info.text, doc, lx.code)
    head = (info.role or "").split()[-1] if info.role else ""
    seen = {sid for _p, sid in reg.seen_between(lo, pos) if sid in reg.person_tokens}
    if len(seen) != 1:
        return None
    sid = next(iter(seen))
    if sid in skip or (want is not None and reg.gender.get(sid, want) != want):
        return None
    role = role_in_text(doc, reg, sid, lx)
    return sid if not role or (head and role_agrees(role, head, lx, info.text)) else None


def _strict(lx: Lang) -> Lang:
    """The language without its `role_variants` and `general_person_nouns`: a description then agrees
    only with the same role noun, its compound or the head of the same body ("der Staatspräsident"
    is not the "Regierungschef" named three paragraphs before)."""
    strict = _STRICT.get(lx.code)
    if strict is None:
        strict = _STRICT[lx.code] = dataclasses.replace(lx, role_variants=(), general_person_nouns=frozenset())
    return strict


_STRICT: dict[str, Lang] = {}  # per language code


def _outlet_kind_keep(text: str, typ: str, lx: Lang) -> Callable[[Source], bool] | None:
    """For a description of an outlet ("dem Blatt", "der Agentur"): a test that keeps the outlets of
    its kind only (`kinds.outlet_kinds_agree`); None for any other description."""
    if typ not in ("media", "news_agency"):
        return None
    return lambda s: s.type not in ("media", "news_agency") or outlet_kinds_agree(text, s, lx.code)


#: the verb of telling right before a link's mention ("told Roe", "telling Roe")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+$")


@cache
def _speech_nouns(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "according").get("introduced_speech_nouns", []))


@cache
def _no_speech_words(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "according").get("introduced_speech_none", []))


#: the rule mark of an English untagged quotation whose speaker opens the sentence between it and the speaker before
SUBJECT_BEFORE_RULE = "+subject_before"


def _introduced_before_quote(reg: Registry, doc: Document, c: Cand, prev_end: int, lx: Lang, *, speech: bool = True) -> str | None:
    """English: an untagged quotation right after a sentence that reports no speech, opens with a person
    (`paragraph_subject_before`: a name, its title or its apposition before the verb) and names a word of
    speech (`introduced_speech_nouns` of according.json: "had a shorter statement", "offered a comment"): that
    person. None otherwise (the speaker before goes on). With `speech` False, no word of speech is needed
    (rule +subject_before: a sentence between the speaker before and the quotation that opens with another
    person as its subject, "Ann Lee shook her head. “…”", hands the quotation to that person; measured on the
    English attrdev splits, session 37). Narrowed in session 38 (`_quiet_sentence_before`): only a quotation
    that opens its own sentence, after a sentence with no verb of speech of its own."""
    if lx.code != "en" or c.mode != "direct" or not c.content:
        return None
    k = bisect_right(reg.sentence_starts, c.content[0].start) - 1
    if k < 1 or prev_end > doc.sentences[k - 1].span.start:
        return None  # (the speaker before spoke in that very sentence)
    prev = doc.sentences[k - 1]
    words = {t.text.lower() for t in prev.tokens}
    if speech and not words & _speech_nouns(lx.code):
        return None
    if not speech and not _quiet_sentence_before(doc, k, c.content[0].start, lx):
        return None
    if words & (lx.negations | lx.refusals | _no_speech_words(lx.code)) or doc.span_text(prev.span).rstrip().endswith("?"):
        return None  # ("Reed had no statement.", "Reed declined to give a statement.", "Did Reed have a statement?": no one brought in to speak)
    return paragraph_subject_before(reg, doc, c.content[0].start, None)


def _quiet_sentence_before(doc: Document, k: int, quote_start: int, lx: Lang) -> bool:
    """For rule +subject_before (English; narrowed in session 38): the untagged quotation that starts in sentence
    `k` at `quote_start` opens that sentence (no words of the author's before it: "A note in the file makes it
    plain: “…”" has its own speaker, the note), and the sentence before it holds no verb of speech (a form
    of `cues.json` of the class "speech" with no particle: "Also, Reed is wrong, she said. “…”" reports her
    words, so its subject is no one brought in to speak; "Lee shook her head." is quiet)."""
    if re.search(r"\w", doc.text[doc.sentences[k].span.start : quote_start]):
        return False
    return not any(f.cls == "speech" and f.particle is None for t in doc.sentences[k - 1].tokens for f in lx.forms.get(t.text.lower(), ()))


#: the rule mark of an English pronoun's speaker taken from the quotation just before (`_surname_speaker_before`)
SURNAME_SPEAKER_RULE = "+source.pronoun.surname_speaker"


def _surname_speaker_before(reg: Registry, doc: Document, pos: int, last: tuple[str, list[Via], int] | None,
                            gender: str | None) -> str | None:
    """Rule source.pronoun.surname_speaker (English): the speaker of the claim just before the pronoun
    ('“We will build it,” Lund said. “I grew up here,” he said.') when the text names that speaker only by
    a name no list types as a person (a source `unnamed` whose name is one or two words in capitals,
    "Lund"), the claim ended at most two sentences and 400 characters before the pronoun, no person was
    named between, and no gender known denies the pronoun's. A typed person is found by the rules before
    (`Registry.nearest`); this one keeps a bare surname from losing its own next words to an earlier
    full name. None otherwise."""
    if last is None or last[0] is None:
        return None
    sid, _via, end = last
    src = reg.get(sid)
    words = src.name.split()
    if src.type != "unnamed" or not 1 <= len(words) <= 2 or not all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words):
        return None
    if not 0 <= pos - end <= 400 or bisect_right(reg.sentence_starts, pos) - bisect_right(reg.sentence_starts, end) > 2:
        return None
    if reg.seen_between(end, pos) or (gender is not None and reg.gender.get(sid, gender) != gender):
        return None
    return sid


def _last_mentioned_near(reg: Registry, pos: int) -> tuple[int, str] | None:
    """The (start, source id) of the mention that starts last before `pos` in its sentence or the one
    before, or None: the source a pronoun at `pos` may stand for (`_spokesperson_before`, `_role_speaker_before`)."""
    k = bisect_right(reg.sentence_starts, pos) - 1
    return reg.last_mentioned_between(reg.sentence_starts[k - 1] if k >= 1 else 0, pos)


def _spokesperson_before(reg: Registry, doc: Document, pos: int, gender: str | None, lx: Lang) -> str | None:
    """English: "A spokesman for the Harbour Authority said …. “…,” he said": the source mentioned last
    before the pronoun, in its sentence or the one before, when it is a spokesperson of a body (its name opens
    with a word of `spokesperson_roles`, the source typed as the body) and no person is named after it; the
    pronoun's gender must not deny the role's ("spokeswoman" is no "he"). None otherwise."""
    last = _last_mentioned_near(reg, pos)
    if last is None:
        return None
    src = reg.get(last[1])
    head = (src.name.split() or [""])[0].lower()
    if src.type == "person" or head not in lx.spokesperson_roles or bool(reg.seen_between(last[0] + 1, pos)):
        return None
    told = "f" if head.endswith("woman") else "m" if head.endswith("man") else None
    return src.id if gender is None or told is None or told == gender else None


#: the words after which an English description's head noun has ended ("lawyer | for the port";
#: `description_head_ends` of resources/en/lexicon.json)
_HEAD_ENDS = frozenset(load("en", "lexicon").get("description_head_ends", []))


def _role_speaker_before(reg: Registry, doc: Document, pos: int, gender: str, lx: Lang) -> str | None:
    """Rule +source.pronoun.role_speaker (English): "A lawyer for the port authority said …. She said …":
    a singular "he" or "she" means the source mentioned last before it, in its sentence or the one before,
    when that source is a person described by a role and no name ("the lawyer", "an official", "the
    researcher": a head noun of `person_roles`, of `anonymous_heads` or with a `person_noun_endings`
    ending, lower case and singular, before any "for", "of", … that follows it), no person is named after
    it, it is no link told of inside another's report there ("Hale said a lawyer had told him …": review rev37b),
    and neither its words ("the chairwoman") nor a pronoun before (`Registry.gender`) give it the other
    gender. A role says nothing of its holder's gender: the pronoun is the one just described, not a
    person of its gender named further back. None otherwise."""
    last = _last_mentioned_near(reg, pos)
    if last is None or reg.seen_between(last[0] + 1, pos):
        return None
    src = reg.get(last[1])
    if any(m.span.start == last[0] and m.rule.startswith("source.via") for m in reg.source_mentions(src.id)):
        return None  # (a link told of inside another's report: "Hale said a lawyer had told him …. He said …" is Hale)
    words = src.name.replace(",", " , ").split()
    cut = next((i for i, w in enumerate(words) if w.lower() in _HEAD_ENDS), len(words))
    head = words[cut - 1] if cut else ""
    if not head.isalpha() or not head.islower() or reg.person_tokens.get(src.id) \
            or src.type in ("media", "news_agency", "website", "document", "social_account"):
        return None
    if head.endswith("s") and not head.endswith(("ss", "us")):
        return None  # ("officials", "lawyers": many, no "he")
    if not (head in lx.person_roles or head in lx.anonymous_heads or head.endswith(lx.person_noun_endings)):
        return None
    told = reg.gender.get(src.id) or gender_of(src.name, doc, "en")
    return src.id if told in (None, gender) else None


def _speaks_before(reg: Registry, pos: int, src: Source) -> bool:
    return not _only_a_link_since(reg, src.id, pos)


def _only_a_link_since(reg: Registry, sid: str, pos: int) -> bool:
    """The last mention of source `sid` before `pos` names it as a link of a chain (`source.via…`: "told
    Reuters", "in a statement to the Courier"), not as a speaker or a subject: an English "it" after it means
    the speaker, not the medium told."""
    last = reg.last_rule_before(sid, pos)
    return last is not None and last[1].startswith("source.via")


def _told_to(doc: Document, name: str, c: Cand) -> bool:
    """One of the claim's downstream links (the one told, the interviewer) is the person `name`, by
    the last word of the name."""
    last = name.split()[-1].casefold() if name.split() else ""
    return bool(last) and any(not up and re.sub(r"['’]s$", "", doc.text[sp.start : sp.end]).casefold().split()[-1:] == [last]
                              for sp, up in c.via)


def _can_speak(doc: Document, reg: Registry, sid: str, mention: Span | None, lx: Lang) -> bool:
    """German: a source that can speak — any of a type other than `unnamed` (a person, a body, an
    outlet, a text), and an unnamed one unless its head noun (the parse's, else its first
    capitalised word) names a thing: a title (`title_nouns`: "Der Slogan …", "Das Motto …"), an
    abstract noun (`inanimate_suffixes`, also in the plural: "Derlei Tendenzen") that is no text
    (`document_heads`) and no body (`animate_endings`, `type_heads`), or a place the NER tags
    alone ("Seattle"). Such a thing's report, when a cue made one, passes on to no continuation.
    English sources all speak here (this asks only for German continued speech)."""
    src = reg.get(sid)
    if lx.code != "de" or src.type != "unnamed" or mention is None:
        return True
    ents = entities_overlapping(doc, mention)
    if any(e.label in ("PER", "ORG") for e in ents):
        return True
    if ents and all(e.label == "LOC" for e in ents) and doc.text[mention.start : mention.end].strip() in {doc.text[e.span.start : e.span.end] for e in ents}:
        return False  # ("sagte X in Seattle": a place read as the speaker)
    head = mention_head(doc, mention, lx)
    if not head:
        return True
    if head in _title_nouns(lx.code):
        return False
    low = head.lower()
    if doc.text[mention.start : mention.end].strip() == head and any(
            low.endswith(h) and h.endswith("n") and (len(low) == len(h) or len(low) >= len(h) + 3) for h in lx.nach_heads):
        return False  # ("laut Marktprognosen", "gemäß Schätzungen": figures or views of no one named, no speaker)
    if low in lx.document_heads_lower or head in lx.type_heads or low.endswith(lx.animate_endings) or is_role(head, lx):
        return True
    stems = plural_stems(low)
    return not any(st.endswith(lx.inanimate_suffixes) and len(st) > 5 for st in stems)


@cache
def _title_nouns(code: str) -> frozenset[str]:
    """The nouns that name a title, a motto or a slogan (`title_nouns` of resources/<lang>/lexicon.json)."""
    return frozenset(load(code, "lexicon").get("title_nouns", []))


def _spoken_of(doc: Document, name: str, content: list[Span]) -> bool:
    """The content names the person by the last word of their name: one speaks of them, they do not
    speak (a description's person is never one its own quotation names: `source.description.new`
    then; reported speech may name its speaker in the writer's words: "Dies teilte der Premier mit",
    after a sentence that names him)."""
    words = name.split()
    if not words or len(words[-1]) < 3:
        return False
    rx = re.compile(rf"(?<!\w){re.escape(words[-1])}(?!\w)")
    return any(rx.search(doc.text, sp.start, sp.end) for sp in content)


def _members(reg: Registry, doc: Document, c: Cand, source: Span, lx: Lang) -> tuple[list[Span], str]:
    """The sources a source mention names one by one, and the kind of its rule id: the persons
    a group names by examples ("mehrere Abgeordnete, darunter Anna Berg und Jan Roth"; "example"),
    read even when the attribution split the mention into co-sources, as its split at a group word
    is the split of those examples from their group; else, when there are no co-sources, the
    members of a coordination the rules before did not split ("Reed and Lee"; "coordination")."""
    examples = example_members(reg, doc, c.extent or source, lx)
    if examples:
        return examples, "example"
    return (coordinated_members(doc, source, lx, reg) if not c.co_sources else []), "coordination"


def _carries_across(doc: Document, a: int, b: int, lx: Lang) -> bool:
    """The sentences between sentence `a` and sentence `b` are sub-headings: each stands on a line
    of its own and names no time (a date or time expression) and no occasion
    (`continuing_occasion_words`). "… she told CNN on Monday. Two weeks later, the council voted
    against it. It would never pass, she said." carries nothing (review17)."""
    occasions = set(load(lx.code, "according").get("continuing_occasion_words", []))
    text = doc.text
    for k in range(a + 1, b):
        sp = doc.sentences[k].span
        if not text[: sp.start].rstrip(" \t").endswith("\n") or not text[sp.end :].lstrip(" \t").startswith("\n"):
            return False  # narration in the run of the text, not a line of its own
        if any(sp.start <= t.span.start < sp.end for t in doc.timexes) \
                or occasions.intersection(t.text.lower() for t in doc.sentences[k].tokens):
            return False
    return True


_QUOTE_MARKS = ('"', "“", "”", "''", "``", "«", "»")


def _questions_between(doc: Document, a: int, b: int, lx: Lang) -> bool:
    """English: there are sentences between sentence `a` and sentence `b`, and each puts a question
    the interviewer's (a quoted one: it ends in a question mark with a quotation mark among its last
    tokens or opens with one; or it holds a form of a verb of asking: `question_verbs` of cues.json,
    "Roe asked whether …") — the interviewer's turn, which the claim in sentence `b` answers in the
    same interview (benchmarks/attrdev/README.md, nineteenth set). The author's own unquoted question
    ("Would anyone notice?") is narration, no turn of an interview (review rev26a)."""
    if b - a < 2:
        return False
    for k in range(a + 1, b):
        toks = doc.sentences[k].tokens
        words = [t.text for t in toks]
        asks = any(f.lemma in lx.question_verbs for w in words for f in lx.forms.get(w.lower(), []))
        tail = "".join(words[-3:])
        quoted = any(q in tail or words[:1] == [q] for q in _QUOTE_MARKS)
        if not (asks or ("?" in tail and quoted)):
            return False
    return True


def _sentence_at(doc: Document, pos: int) -> int:
    """The index of the sentence that holds `pos` (the last one that starts at or before it)."""
    return max(0, bisect_right(doc.sentences, pos, key=lambda s: s.span.start) - 1)


def _max_gap(lx: Lang) -> int:
    """`continuing_max_gap` of the language's according.json: how many sentences after a claim
    with a chain the same speaker's next plain claim may stand and keep its links (1: the next
    sentence only)."""
    gap = load(lx.code, "according").get("continuing_max_gap", 1)
    return gap if isinstance(gap, int) else 1


def _lang_at(doc: Document, pos: int) -> Lang:
    """The language of the segment at `pos`, else the document's."""
    seg = doc.segment_at(pos)
    return lang(pick(seg.language if seg else None, doc.language))


@cache
def _plural_heads(code: str) -> frozenset[str]:
    return frozenset(load(code, "lexicon").get("plural_heads", []))


def _they_can_be(reg: Registry, doc: Document, lx: Lang, src: Source) -> bool:
    """A source "they" can stand for: a group (`_a_group`), or a "person" the text never calls he
    or she and names with no man's or woman's word, which may be a body with a name of two
    capitalised words ("Big Machine have denied it. “…,” they said")."""
    return _a_group(src, lx) or (src.type == "person" and reg.gender.get(src.id) is None
                                 and gender_of(src.name, doc, "en") is None and gender_of(src.role or "", doc, "en") is None)


def _they_can_be_other(reg: Registry, doc: Document, lx: Lang, quoter: str | None, src: Source) -> bool:
    """`_they_can_be`, and not the speaker of the quotation "they" stands in (`quoter`)."""
    return src.id != quoter and _they_can_be(reg, doc, lx, src)


def _a_group(src: Source, lx: Lang) -> bool:
    """A source that "they" can stand for: a body (an organisation type) or a plural description
    ("loggers", "Trust members", "people"; `plural_heads` of resources/en/lexicon.json)."""
    if re.search(r"\b(?:like|such as|including)\b", src.name):
        return False  # "civil rights groups like the ACLU and …": the examples name the speakers, not the phrase
    if src.type in ORGANISATIONS:
        return True
    last = (src.name.split() or [""])[-1]
    if src.type == "person" and last[:1].isupper():
        return False  # "Tom Jones", "Ann Rivers": a person's surname in -s is no plural description
    head = last.lower()
    return head in _plural_heads(lx.code) or _plural_by_s(head)


def _plural_by_s(low: str) -> bool:
    """A lower-case English noun that looks plural by its ending: -s, not -ss, -us or -is ("loggers", not
    "press", "bonus", "analysis"): `_a_group`'s test, and `_plural_people_before`'s beside its length."""
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


#: the rule mark of "they" inside a quotation read as the plural noun of people before it (`_plural_people_before`)
PLURAL_NP_RULE = "+source.pronoun.plural_np"


def _plural_people_before(doc: Document, pos: int, outer: Cand, lx: Lang) -> tuple[Span, str] | None:
    """Rule source.pronoun.plural_np (English, session 38): "they" as the speaker of speech told inside a
    quotation ('“I explain it to the drivers. So they say, ‘Fine.’”') stands for the nearest plural noun of
    people before it — in the quotation up to "they", else in the sentence before the quotation — when no
    group the sources list is near: its noun phrase (the adjectives and nouns before the head, no article),
    as the parse reads it. A plural noun of people: a noun of `plural_heads`, or a plural noun (-s, not
    -ss/-us/-is) that `_people_noun` knows or that is written with a capital ("Muslims", "Democrats")
    and is no name of one ("Jones"). None when there is none, or when a first or second person
    pronoun ("we", "you") or a person's name stands between (the speaker's own people, someone else);
    a weekday or a month the parse calls a name is none (session 39, `+past_time`: "the farmers on Tuesday. They …").
    The noun phrase, with the rule suffix ("+past_time" when such a word was passed, else "")."""
    k = bisect_right([st.span.start for st in doc.sentences], outer.content[0].start) - 1
    lo = doc.sentences[max(k - 1, 0)].span.start
    idx = words_in(doc, Span(lo, pos))
    heads = _plural_heads(lx.code)
    past = ""
    for n in reversed(idx):
        t = doc.syntax[n]
        word = doc.text[t.span.start : t.span.end]
        if t.pos == "PRON" and word.lower() in ("we", "us", "you"):
            return None
        if t.pos not in ("NOUN", "PROPN"):
            continue
        low = word.lower()
        plural = low in heads or (_plural_by_s(low) and len(low) > 3)
        opens = n == 0 or doc.syntax[n - 1].sentence != t.sentence or doc.text[doc.syntax[n - 1].span.start : doc.syntax[n - 1].span.end] in (*_QUOTE_MARKS, "‘", "’", "'")
        people = low in heads or _people_noun(word, lx) or (word[:1].isupper() and not opens and doc.syntax[n - 1].pos != "PROPN")
        if t.pos == "PROPN" and not plural and time_word(word, lx.code):
            past = "+past_time"  # (session 39: a weekday or month is no name between: "the farmers on Tuesday. They …")
            continue
        if t.pos == "PROPN" and not plural:
            return None  # (a name between: "Lee" is someone else's speech's subject)
        if not (plural and people):
            continue
        if n + 1 < len(doc.syntax) and doc.syntax[n + 1].pos in ("NOUN", "PROPN") and doc.syntax[n + 1].span.start < pos:
            continue  # (a modifier of the noun after it: "voters' cards" is read at "cards")
        a = n
        while a - 1 >= 0 and a - 1 in idx and doc.syntax[a - 1].pos in ("ADJ", "NOUN", "PROPN"):
            a -= 1
        return Span(doc.syntax[a].span.start, t.span.end), past
    return None


@cache
def _thing_plurals(code: str) -> frozenset[str]:
    return frozenset(load(code, "lexicon").get("thing_plurals", []))


def _people_noun(word: str, lx: Lang) -> bool:
    """For rule source.pronoun.plural_np: a noun of people who can speak (`person_noun`), not a noun of texts or
    findings (`document_heads`, `evidence_heads`: "the numbers", "the papers") nor a noun of things that ends like
    one of people (`thing_plurals` of resources/en/lexicon.json: "letters", "computers"). Review rev38a, session 38."""
    low = word.lower()
    return person_noun(word, lx) and low not in lx.document_heads_lower and low not in lx.evidence_heads \
        and low not in _thing_plurals(lx.code)


_OWNED_GROUP = re.compile(rf"((?:[A-Z][\w.-]*\s+){{0,2}}([A-Z][\w-]+)){_POSSESSIVE}\s+(\w+)\b")


def _owner_of_group_before(reg: Registry, doc: Document, pos: int, lx: Lang) -> tuple[str, int] | None:
    """The person whose people the sentence before "they" opens with ("Murphy’s campaign is …",
    "Lee’s lawyers argued …"; the noun one of `owned_groups`, resources/en/lexicon.json), as a
    person source named before, and where that sentence names them; None otherwise."""
    k = bisect_right(reg.sentence_starts, pos) - 1  # (the registry's sentence starts: one list per document)
    if k < 1 or "\n\n" in doc.text[doc.sentences[k - 1].span.end : doc.sentences[k].span.start]:
        return None
    prev = doc.sentences[k - 1].span
    m = _OWNED_GROUP.match(doc.text, prev.start, prev.end)
    if m is None or m.group(3).lower() not in _owned_groups(lx.code):
        return None
    last = m.group(2)
    for src in reg.sources:
        if src.type == "person" and src.name.split() and src.name.split()[-1] == last:
            return src.id, m.start(1)
    return None


@cache
def _owned_groups(code: str) -> frozenset[str]:
    return frozenset(load(code, "lexicon").get("owned_groups", []))

