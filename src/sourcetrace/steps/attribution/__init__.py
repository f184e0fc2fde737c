"""Attributions: direct, indirect, according-to, continuation and social-post claims, with cue,
source mention, content and chain (rule ids `attr.*`).

The rules work on the tokens of each sentence. German and English differ only in the resources
they load (`resources/<lang>/cues.json`, `according.json`, `lexicon.json`) and in a few word-order
rules marked `de` or `en`. The modules, by what they decide:

    context.py       the document, its quotations and time expressions, indexed by position
    sentence.py      the sentence rules in their order (according-to phrases, then cue verbs)
    cues.py          which tokens are reporting verbs
    speakers.py      who is the subject of a cue
    contents.py      what is claimed
    chains.py        intermediaries between the origin and the article (via)
    media.py         which words name a medium (and the word lists of chains)
    documents.py     documents and reports as links of a chain
    frames.py        sentences that name an interview, the occasion of what follows
    verbs.py         the constructions around a cue verb
    english.py       English word orders (quotation or clause first, speaker after)
    english_ends.py  where an English reported clause ends
    english_document.py  English conventions over a document (split quotations, nouns of speech,
                     headlines, transcripts)
    english_speakers.py  English speakers apart from a cue's subject (extent, passive agent, subjects)
    phrases.py       noun phrases over tokens
    quoted.py        quotations no sentence rule covered
    continuation.py  continued reported speech
    posts.py         embedded social-media posts

Candidates (`steps.candidates.Cand`) are resolved to sources by `steps.sources`.
"""

from __future__ import annotations

import re
from typing import ClassVar

from ...document import CLAIM_SEGMENTS, Document, Span
from ...resources import load, pick
from ..candidates import Cand
from ..lexicon import PREPOSITIONS_DE, REL_PRONOUNS, Lang, lang
from ..quotes import Quote, find_quotes
from ..sources import resolve
from ..sources.mentions import forget_classified
from ..syntax import subject_finder, type_by_entities
from .antecedents import age_antecedent, named_before_pronoun, opening_subject, pronoun_antecedent
from .chains import links_within, quoted_in_before
from .context import QUOTE_CHARS, SET_ASIDE_PREFIX, Context, sentence_language, set_aside, strip_span
from .continuation import (
    colon_speech_runs,
    continuations,
    first_person_before_tag,
    first_person_runs,
    lead_conjunctions,
    merge_runs,
    ownerless_according_in_speech,
)
from .documents import document_issuers, documents_recalled
from .english_document import (
    en_conventions,
    headline_cues,
    interviewer_links,
    join_split_quotes,
    noun_cues,
    transcript_lines,
    transcript_occasions,
    untagged_occasions,
)
from .english_speakers import (
    AFTER_ADVERB_RULE,
    en_named_subject,
    holds_a_clause,
    past_sentence_adverb,
    role_before_pronoun,
    speaker_extent,
)
from .frames import frame_of_act, interview_frames
from .german import de_speaker_extent, evidence_of_a_thing, interview_turns
from .posts import posts
from .quoted import FRAGMENT_ANCHOR_RULE, direct_quotes, paragraph_rests, quotation_owner, speech_in_quotations
from .sentence import sentence
from .speaker_model import RULE as SPEAKER_MODEL
from .speakers import (
    AFTER_PLACE_RULE,
    NAMED_WITH_ARTICLE_RULE,
    QUESTION_AUX_RULE,
    apposition_name,
    names_a_thing,
    names_someone,
    past_fronted_place,
    past_question_auxiliary,
    pronoun_alone,
    subject_before_object,
    surname_after_heading,
    trim_speaker,
)
from .style import claims_nothing, quoted_question

__all__ = ["AttributionFinder", "Cand", "DenewsAttributionFinder", "PolnearAttributionFinder", "find_candidates", "sentence_language"]


def find_candidates(doc: Document, persons: list[Span] | None = None, *, polnear: bool = False,
                    silent: list[Span] | None = None, denews: bool = False) -> list[Cand]:
    """All attribution candidates of the document, in text order; with `polnear`, English ones in
    PolNeAR's conventions (`english_document.en_conventions`); with `denews`, German beliefs and requests
    count as reported speech, as de-news-quotes annotates them; `persons` (when given) receives
    the persons that open sentences (`antecedents.opening_subject`), and `silent` the speakers of
    speech acts that claim nothing in the seed style ('The rebels claimed responsibility for the
    attack, which they said …'), for source resolution: a later pronoun may mean them."""
    forget_classified()  # (a cache of one document's phrases)
    doc.set_aside = [x for x in doc.set_aside if not x.rule.startswith(SET_ASIDE_PREFIX)]
    ctx = Context(doc)
    ctx.denews = denews
    ctx.polnear = polnear
    ctx.syntax_subject = subject_finder(doc)  # the parse's subject of a cue, where there is one
    quotes: list[Quote] = []
    for seg in doc.segments:
        if seg.kind in CLAIM_SEGMENTS:
            quotes.extend(find_quotes(ctx.text, seg.span.start, seg.span.end))
    ctx.set_quotes([q for q in quotes if q.depth == 0])
    for si, sent in enumerate(doc.sentences):
        seg = doc.segments[sent.segment]
        if seg.kind not in CLAIM_SEGMENTS or not sent.tokens or si in ctx.headings:
            continue
        code = pick(seg.language, doc.language)
        code = sentence_language(sent, code)
        sentence(ctx, si, sent, lang(code))
    noun_cues(ctx)
    if polnear:
        headline_cues(ctx)  # the seed style: a headline states no one's speech act (PolNeAR annotates them)
    transcript_lines(ctx)
    # a sentence that names an interview and the one interviewed, claiming nothing: the occasion of what follows
    interview_frames(ctx, lambda si: lang(sentence_language(doc.sentences[si], pick(doc.segments[doc.sentences[si].segment].language, doc.language))))
    subjects = {si: sp for si, sent in enumerate(doc.sentences) if doc.segments[sent.segment].kind in CLAIM_SEGMENTS
                and (sp := opening_subject(ctx, sent, lang(pick(doc.segments[sent.segment].language, doc.language)))) is not None}
    paragraph_rests(ctx)
    # English: the person a sentence names as its subject, for a quotation after it (German: `subjects`)
    named_subjects = {si: sp for si, sent in enumerate(doc.sentences) if doc.segments[sent.segment].kind in CLAIM_SEGMENTS
                      and si not in subjects and si + 1 < len(doc.sentences) and any(t.text in QUOTE_CHARS for t in doc.sentences[si + 1].tokens)
                      and (sp := en_named_subject(ctx, sent, lang(pick(doc.segments[sent.segment].language, doc.language)))) is not None}
    direct_quotes(ctx, {**subjects, **named_subjects})
    if not polnear:
        join_split_quotes(ctx)  # (PolNeAR annotates a quotation as one: on its dev split the speech told inside cost precision, no recall)
        speech_in_quotations(ctx, lambda si: lang(sentence_language(doc.sentences[si], pick(doc.segments[doc.sentences[si].segment].language, doc.language))))
    untagged_occasions(ctx)  # (English: an untagged quotation whose sentence names its own occasion)
    quotation_owner(ctx)  # (German: "X erinnerte an das Zitat der Ministerin Y: …": Y's words, X a link)
    if polnear:
        en_conventions(ctx)
    else:  # the seed style: a question, a request or a judgement without a clause claims nothing (English)
        kept = []
        for at, c in enumerate(ctx.cands):
            why: list[str] = []
            if not (_english_cand(ctx, c) and claims_nothing(ctx, c, lang("en"), why)):
                kept.append(c)
            elif (frame := frame_of_act(ctx, c, lang("en"))) is not None:
                kept.append(frame)  # "During the CNN interview, Lee also talked about the bridge.": the occasion of what follows
            elif (answer := _question_before_untagged(ctx, c, ctx.cands[at + 1 :])) is not None:
                # '“Who would stay?” she asked. “Not me.”': the question claims nothing, but its speaker
                # says the untagged quotation after it (an anchor, dropped once the speakers are resolved;
                # the quotation marked +after_question: its speaker is the asker's)
                c.anchor_only, c.rule = True, c.rule + QUESTION_ANCHOR_RULE
                answer.rule += AFTER_QUESTION_RULE
                kept.append(c)
            elif why:
                set_aside(ctx, why[0], c.content[0] if c.content else c.cue)
        if silent is not None:
            # (`c not in kept` among the kept of its sentence only: an equal candidate has the same `sent`)
            kept_in: dict[int, list[Cand]] = {}
            for k in kept:
                kept_in.setdefault(k.sent, []).append(k)
            # (an auxiliary that opens a question is no part of the name: "Has Tom Reed said anything?")
            silent.extend(_silent_en_speaker(ctx, sp, lang("en")) if _english_cand(ctx, c) else sp
                          for c in ctx.cands if c not in kept_in.get(c.sent, ()) and not c.inherit and (sp := c.refers_to or c.source) is not None
                          and ctx.text[sp.start : sp.end].lower() not in REL_PRONOUNS)
        ctx.cands = kept
    # a question reported in indirect speech asks, it claims nothing
    ctx.cands = [c for c in ctx.cands if c.mode in ("direct", "social_post") or not _asks(ctx, c)]
    # a content of marks alone (a stray '“') claims nothing
    ctx.cands = [c for c in ctx.cands if any(re.search(r"\w", ctx.text[x.start : x.end]) for x in c.content)]
    for c in ctx.cands:
        if c.mode != "direct" and _english_cand(ctx, c):
            c.content = _past_dateline(ctx, c)  # "WASHINGTON (Reuters) — The city will …, the mayor said"
        elif c.mode != "direct" and c.content and 0 <= c.sent < len(doc.sentences) and not _english_cand(ctx, c) \
                and pick(doc.segments[doc.sentences[c.sent].segment].language, doc.language) == "de" \
                and (placed := _past_de_dateline(ctx, c.content[0], c.sent, lang("de"))) is not None:
            c.content, c.rule = [placed, *c.content[1:]], c.rule + "+past_dateline"  # "Wien – Der Verband hat … kritisiert"
    if not polnear and not denews:
        # the seed's style (German as English): a quotation that is one question asks, it claims nothing
        ctx.cands = [c for c in ctx.cands if not (c.mode == "direct" and not _english_cand(ctx, c) and quoted_question(ctx, c))]
    by_author: set[int] = set()  # ids of candidates whose speaker is the author
    things: set[int] = set()  # ids of candidates whose subject is a thing, no speaker
    per_names: frozenset[str] | None = None  # the last words of the PER entities, once a pronoun asks
    spoken: set[int] | None = None  # the sentences that hold a candidate, once an English speaker asks
    for c in ctx.cands:
        if c.source is not None and c.mode != "social_post" and not c.inherit:
            sseg = doc.segment_at(c.source.start)
            lx = lang(pick(sseg.language if sseg else None, doc.language))
            c.source = pronoun_alone(ctx, c.source, lx)
            if lx.code == "de":
                if (placed := _past_de_dateline(ctx, c.source, c.sent, lx)) is not None:
                    # "Graz – Bürgermeisterin X sagte …": no place in the speaker
                    c.source, c.rule = placed, c.rule + ("" if "+past_dateline" in c.rule else "+past_dateline")
                c.source = surname_after_heading(ctx, subject_before_object(ctx, c.source, lx), lx)
                if ctx.text[c.source.start : c.source.end] in ctx.stop_word_surnames():
                    c.rule += "+stop_word_surname"  # "…, sagt Kurz" after "Anna Kurz": the surname, no adverb
                if c.refers_to is None:
                    c.refers_to = age_antecedent(ctx, c.source, lx)  # "Der 54-Jährige sagte": the person named before
                if c.refers_to is None and doc.sentences[c.sent].span.contains(c.source) and ctx.text[c.source.start : c.source.end] == "er":
                    # "Für Weingart ein klarer Fehler, wie er betonte": the one its sentence named
                    if per_names is None:
                        per_names = frozenset(doc.text[e.span.start : e.span.end].split()[-1] for e in doc.entities if e.label == "PER")
                    c.refers_to = named_before_pronoun(ctx, c.source, doc.sentences[c.sent], lx, per_names)
                if c.refers_to is None and doc.sentences[c.sent].span.contains(c.source):
                    # "In seiner Predigt rief X dazu auf, … . …, sagte er": the subject before of its gender;
                    # "Im Bericht wird ein Zeuge zitiert. Seiner Darstellung zufolge …": the owner too
                    c.refers_to = pronoun_antecedent(ctx, c.sent, _possessive_opening(ctx, c) or c.source, c.cue, lx)
                    if c.refers_to is not None:
                        c.rule += "+subject_before"
                        c.via += quoted_in_before(ctx, c, lx)  # "Im Bericht X wird ein Zeuge zitiert. Seiner Darstellung zufolge …": via X
                if c.refers_to is None:
                    c.refers_to = _full_name_of_particle(ctx, c.source, lx)  # "sagte von Brandt": the "Alexander von Brandt" named before
                c.extent = de_speaker_extent(ctx, c, lx)
            elif lx.code == "en":
                if c.refers_to is None:
                    if spoken is None:
                        spoken = {d.sent for d in ctx.cands}
                    c.refers_to = role_before_pronoun(ctx, c, lx, spoken)  # "The mayor opened the meeting. She said …"
                whole, c.source = c.source, trim_speaker(ctx, c.source, lx)
                if (asked := past_question_auxiliary(ctx, c.source, lx)) != c.source:
                    c.source, c.rule = asked, c.rule + QUESTION_AUX_RULE  # "Did Mary Holm (say …?)": no "Did" in the name
                if (placed := past_fronted_place(ctx, c.source, lx)) != c.source:
                    c.source, c.rule = placed, c.rule + AFTER_PLACE_RULE  # "In Paris de Gaulle said": no "Paris" in the name
                if c.refers_to is None and (past := past_sentence_adverb(ctx, c, lx)) is not None:
                    c.source, c.rule = past[0], c.rule + AFTER_ADVERB_RULE  # "However, Ann Holt, the clerk, said": not "However"
                c.extent = speaker_extent(ctx, c, lx)
                named = apposition_name(ctx, c.extent or c.source, lx)
                if named is not None:  # "General Ann Lee, chairman of …", "her adviser, Tom Reed"
                    c.extent, c.source = c.extent or c.source, named
                    if ctx.text[named.start : named.end].split()[0].lower() == "the":
                        c.rule += NAMED_WITH_ARTICLE_RULE  # "The local paper, the Valley Courier, said": a name with its article
                # "The senator, appearing on Fox News, said": a medium in what was cut is a link
                c.via += [v for v in links_within(ctx, c.sent, whole, c.source, lx) if not any(v[0].overlaps(w[0]) for w in c.via)]
            if lx.code == "de" and c.mode == "indirect" and c.refers_to is None and names_a_thing(ctx, c.source, lx):
                things.add(id(c))  # "…, verlangt eine Entschuldigung": a thing for a subject, the verb reports no one's speech
            elif evidence_of_a_thing(ctx, c, lx):
                things.add(id(c))  # "Der Streit zeigt, dass …": evidence the author reads from a thing, no one's word
            elif not names_someone(ctx, c.refers_to or c.source, lx):
                c.source, c.co_sources, c.rule = None, [], c.rule + "+no_source"
            elif c.refers_to is None and holds_a_clause(ctx, c.source, lx):
                c.source, c.co_sources, c.rule = None, [], c.rule + "+no_source.clause"
            elif not denews and lx.code == "de" and c.source is not None and not ctx.inside_any_quote(c.source.start) \
                    and (ctx.text[c.source.start : c.source.end].lower() in lx.first_person
                         or (ctx.text[c.source.start : c.source.end].split() or [""])[0].lower() in lx.speaking_first_person):
                # ("bei meiner Aussage, dass …": the first person's own statement, outside a quotation)
                by_author.add(id(c))  # the seed's style: "wir", "ich" outside a quotation is the author, whose own words claim nothing
    transcript_occasions(ctx)  # (after the links in the speakers' phrases: a transcript carries those of its occasion)
    interviewer_links(ctx)  # (English: a claim told to the interviewer, or answering his turn, links to him)
    # speech told inside a quotation whose speaker the rules could not name is no claim of anyone's
    ctx.cands = [c for c in ctx.cands if c.relayed_by is None or c.source is not None]
    if not denews:
        # the seed's style: "gemäß dem Gesetz", "according to the treaty": a norm states what must
        # be, no one's claim (de-news-quotes annotates "laut Verfassung" with the law as speaker)
        ctx.cands = [c for c in ctx.cands if not (c.mode == "according_to" and c.source is not None and _names_a_norm(ctx, c))]
    ctx.cands = [c for c in ctx.cands if id(c) not in by_author and id(c) not in things]
    document_issuers(ctx, ctx.cands, lambda c: lang(pick(doc.segments[doc.sentences[c.sent].segment].language, doc.language)))
    documents_recalled(ctx, ctx.cands, lambda c: lang(pick(doc.segments[doc.sentences[c.sent].segment].language, doc.language)))
    interview_turns(ctx)
    first_person_before_tag(ctx)
    ownerless_according_in_speech(ctx)
    continuations(ctx)
    if not denews:
        first_person_runs(ctx)  # (de-news-quotes' runs are merged by `merge_runs` in its own conventions)
        colon_speech_runs(ctx)
    lead_conjunctions(ctx)
    posts(ctx)
    for c in ctx.cands:  # "…, argumentieren die Anwälte dem Bericht zufolge": the medium named before relays it
        if ctx.recalled_reports and any((c.sent, sp.start) in ctx.recalled_reports for sp, _ in c.via):
            c.rule += "+recalled_report"
    for c in ctx.cands:  # the speakers the German ranker chose: the model is named as their producer
        if c.source is not None and c.source.start in ctx.model_speakers:
            c.rule += "+" + SPEAKER_MODEL
    for c in ctx.cands:
        if c.anchor_only and c.rule.endswith(FRAGMENT_ANCHOR_RULE) and c.content:
            set_aside(ctx, "attr.filter.en.fragment", c.content[0])  # (the anchor goes once its speaker is resolved: no item is left)
    if persons is not None:
        persons.extend(subjects.values())
    return ctx.cands


#: an English dateline that opens a sentence: the place in capitals (a state or country after a
#: comma), an agency in brackets, then a dash ("WASHINGTON (Reuters) —", "LONDON —", "LA CROSSE,
#: Wis. —", "MACAU (Reuters) –"); a lower-case word after the dash only when the dash is not the
#: first of a pair (`_past_dateline`: "NEW YORK — stocks fell", not "NATO – not the EU – must act",
#: an acronym that opens the claim itself)
_EN_DATELINE = re.compile(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
                          r"\s*(?:\([^()\n]{1,30}\)\s*)?(?P<dash>[–—]|--?)\s+(?=\S)")


def _past_dateline(ctx: Context, c: Cand) -> list[Span]:
    """The content of an English claim without the dateline that opens its sentence and its first
    span ("WASHINGTON (Reuters) — The city will build …, the mayor said": the place and the agency
    are the article's, no part of the claim; the candidate's rule gets "+past_dateline")."""
    if not c.content:
        return c.content
    first = c.content[0]
    sent = ctx.doc.sentences[c.sent].span
    if first.start != sent.start:
        return c.content
    m = _EN_DATELINE.match(ctx.text, first.start, first.end)
    if m is None or first.end - m.end() < 10 or sum(ch.isupper() for ch in m.group(0)) < 3:
        return c.content
    if ctx.text[m.end()].islower() and m.group("dash") in ctx.text[m.end() : first.end]:
        return c.content  # ("NATO – not the EU – must act": a dash of a pair, an aside in the claim)
    c.rule += "+past_dateline"
    return [Span(m.end(), first.end), *c.content[1:]]


def _silent_en_speaker(ctx: Context, sp: Span, lx: Lang) -> Span:
    """Rule `source.silent.trimmed`: the English speaker of a speech act that claims nothing, named as
    a kept speaker is: no dateline that opens its line ("SPRINGFIELD, Ore. — At a rally, Tom Reed
    called it …": `_EN_DATELINE`), no fronted adverbial, conjunction or adverb (`trim_speaker`), no
    fronted place (`past_fronted_place`), no auxiliary of a question (`past_question_auxiliary`).
    A silent speaker is listed as a source once a later pronoun or surname gives it a claim."""
    m = _EN_DATELINE.match(ctx.text, sp.start, sp.end)
    if m is not None and not ctx.text[ctx.text.rfind("\n", 0, sp.start) + 1 : sp.start].strip() \
            and sum(ch.isupper() for ch in m.group(0)) >= 3 and m.end() < sp.end and ctx.text[m.end()].isupper():
        sp = Span(m.end(), sp.end)
    trimmed = past_fronted_place(ctx, trim_speaker(ctx, sp, lx), lx)
    return past_question_auxiliary(ctx, trimmed if trimmed.end > trimmed.start else sp, lx)


def _past_de_dateline(ctx: Context, sp: Span, si: int, lx: Lang) -> Span | None:
    """The span `sp` without the German dateline that opens its sentence ("Graz – ", the place
    and a dash: `verbs._DATELINE`), when it opens it; None otherwise. Not a phrase with an article
    ("Die Grünen – allen voran …") nor one dash of a pair ("Wien – wie Graz – plant …"), and a
    capital after the dash (session 34)."""
    from .verbs import _DATELINE

    if si >= len(ctx.doc.sentences) or strip_span(ctx.text, ctx.doc.sentences[si].span).start != sp.start:
        return None
    m = _DATELINE.match(ctx.text, sp.start, sp.end)
    if m is None or m.end() >= sp.end - 1 or not ctx.text[m.end()].isupper():
        return None
    dash = m.group(0).strip().split()[-1]
    if ctx.text[sp.start : m.end()].split()[0].lower() in lx.determiners or dash in ctx.text[m.end() : sp.end]:
        return None
    return Span(m.end(), sp.end)


def _full_name_of_particle(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """A surname with its lower-case particle as the source ("sagte von Brandt", `name_particles`):
    the last mention before it of the name in full with a given name ("Alexander von Brandt"), which
    names the source. None otherwise."""
    words = ctx.text[sp.start : sp.end].split()
    if len(words) != 2 or words[0] not in lx.name_particles or not words[1][:1].isupper():
        return None
    found = None
    for m in re.finditer(r"\b[A-ZÄÖÜ][\w-]+ " + re.escape(f"{words[0]} {words[1]}") + r"\b", ctx.text[: sp.start]):
        found = Span(m.start(), m.end())
    # (the speaker's phrase over it, when a claim before named it so: "sagte Verbandschef Alexander von Brandt")
    return next((c.source for c in ctx.cands if found is not None and c.source is not None and c.source.overlaps(found)), found)


def _possessive_opening(ctx: Context, c: Cand) -> Span | None:
    """The possessive of one person that opens the source of an according-to phrase when nothing
    but a preposition stands before it in its sentence ("Seiner Darstellung zufolge …", "Nach ihrer
    Aussage …"), or a number and lower-case words that are no pronoun or article ("2027 steigt nach ihren
    Berechnungen …"): no subject of its own clause owns it. None otherwise."""
    if c.mode != "according_to" or c.source is None:
        return None
    lx = lang("de")
    toks = ctx.doc.sentences[c.sent].tokens
    k = next((k for k, t in enumerate(toks) if t.span.start == c.source.start), None)
    if k is None or toks[k].text.lower() not in lx.masculine_possessives | lx.feminine_possessives:
        return None
    # nothing before it that could own it: prepositions, a number ("2027 steigt nach ihren Berechnungen …"), and
    # lower-case words that are no pronoun or article (a verb, an adverb)
    return toks[k].span if all(t.text.lower() in PREPOSITIONS_DE or t.text.isdigit()
                               or (t.text.islower() and t.text not in lx.subject_pronouns and t.text not in lx.determiners
                                   and t.text not in lx.masculine_possessives | lx.feminine_possessives)
                               for t in toks[:k]) else None


def _names_a_norm(ctx: Context, c: Cand) -> bool:
    """The according-to phrase names a law, a rule or a treaty (`norm_heads` of resources/<lang>/according.json),
    read before an owner after its head (`norm_owner_words`: "der strengen Asylpolitik des Landes")."""
    if c.source is None:
        return False
    sseg = ctx.doc.segment_at(c.source.start)
    lx = lang(pick(sseg.language if sseg else None, ctx.doc.language))
    phrase = ctx.text[c.source.start : c.source.end].split(",")[0]
    owners = load(lx.code, "according").get("norm_owner_words", [])
    if owners:
        phrase = re.split(r"\s(?:" + "|".join(map(re.escape, owners)) + r")\s", phrase)[0]  # the head before its owner
    words = re.findall(r"[\w-]+", phrase)
    return bool(words) and words[-1].lower().endswith(lx.norm_heads) if lx.norm_heads else False


#: the rule mark of a tagged quotation that claims nothing (a question) kept as the anchor of the untagged one after it
QUESTION_ANCHOR_RULE = "+question_anchor"
#: the rule mark of the untagged quotation whose speaker is the asker of a question anchor before it
AFTER_QUESTION_RULE = "+after_question"


def _question_before_untagged(ctx: Context, c: Cand, rest: list[Cand]) -> Cand | None:
    """Rule attr.direct.en.…+question_anchor: a tagged quotation that claims nothing ('“Who would stay?”
    she asked.') is followed in its paragraph by an untagged quotation that takes the last speaker
    ('“Not me.”'): the question's speaker says it, not the one who spoke before the question. English,
    the seed's style (`claims_nothing`). Not when the question is put to someone who answers it
    (`_question_put_to_someone`). The untagged quotation, or None."""
    if c.mode != "direct" or c.source is None or c.inherit or c.anchor_only or not c.content:
        return None
    end = c.content[-1].end
    later = [d for d in rest if d.content and d.content[0].start >= end]
    if not later:
        return None
    nxt = min(later, key=lambda d: d.content[0].start)
    if not (nxt.inherit and nxt.mode == "direct" and nxt.source is None):
        return None
    between = ctx.text[end : nxt.content[0].start]
    return nxt if "\n" not in between and len(between) <= 300 and not _question_put_to_someone(ctx, c) else None


def _question_put_to_someone(ctx: Context, c: Cand) -> bool:
    """The question of `c` is put to someone who answers it, not asked by its speaker of themself
    (+question_anchor is then not given): its asker is one of the press ('“Will it close?” a reporter
    asked.': `press_role_nouns` of en/according.json), or an addressee follows the cue and the asker
    ('… she asked him.', '… Holt asked the mayor.': a pronoun of
    `question_addressee_pronouns`, an article, or a name that is no day or month)."""
    sp = c.extent or c.source
    if sp is None:
        return False
    d = load("en", "according")
    words = ctx.text[sp.start : sp.end].split()
    if words and words[-1].lower().strip(".,") in {w.lower() for w in d.get("press_role_nouns", [])}:
        return True
    at = max(sp.end, c.cue.end if c.cue is not None else sp.end)
    m = re.match(r"[ \t]*([^\W\d_][\w'’-]*)", ctx.text[at : at + 80])
    if m is None:
        return False
    word = m.group(1)
    cal = load("en", "time")
    if word.lower() in d.get("question_addressee_pronouns", []) or word.lower() in ("the", "a", "an"):
        return True
    return word[:1].isupper() and word.lower() not in cal.get("weekdays", {}) and word.lower() not in cal.get("months", {})


def _english_cand(ctx: Context, c: Cand) -> bool:
    if not 0 <= c.sent < len(ctx.doc.sentences):
        return False
    sent = ctx.doc.sentences[c.sent]
    return sentence_language(sent, pick(ctx.doc.segments[sent.segment].language, ctx.doc.language)) == "en"


def _asks(ctx: Context, c: Cand) -> bool:
    """The reported clause, or the sentence that reports it, is a question."""
    end = c.content[-1].end
    sent = ctx.doc.sentences[c.sent] if c.sent < len(ctx.doc.sentences) else None
    return "?" in ctx.text[end - 1 : end + 1] or (sent is not None and ctx.text[sent.span.start : sent.span.end].rstrip().endswith("?"))


class AttributionFinder:
    """Attributions in the style of the seed gold (`shared/eval/FORMAT.md`): a quotation that
    follows a tagged one without a cue of its own is an attribution of its own, and a quotation's
    content is its words without the marks."""

    name: ClassVar[str] = "attribution.rules.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments", "sentences", "tokens")
    assigns: ClassVar[tuple[str, ...]] = ("attributions",)
    polnear: ClassVar[bool] = False
    denews: ClassVar[bool] = False

    def __call__(self, doc: Document) -> None:
        persons: list[Span] = []
        silent: list[Span] = []
        cands = find_candidates(doc, persons, polnear=self.polnear, silent=silent, denews=self.denews)
        resolve(doc, cands, persons, silent)
        type_by_entities(doc)


class PolnearAttributionFinder(AttributionFinder):
    """The same rules with PolNeAR's conventions for English, to be scored against gold of that
    style (`sourcetrace eval polnear`, the PolNeAR-derived gold of `eval curated`): '"A," she
    said. "B."' is one attribution with the content A and B, and a quoted content keeps its marks."""

    name: ClassVar[str] = "attribution.rules.polnear.v1"
    polnear: ClassVar[bool] = True


class DenewsAttributionFinder(AttributionFinder):
    """The same rules with de-news-quotes' conventions, to be scored against gold of that style
    (`sourcetrace eval de-news-quotes`, the de-news-quotes-derived gold of `eval curated`):
    continued speech that goes on sentence after sentence in a paragraph is one attribution
    (`continuation.merge_runs`), and German beliefs and requests are reported speech ("Der
    Verband hofft, dass …", "rief die Anwohner auf, …"; the seed's style leaves them out)."""

    name: ClassVar[str] = "attribution.rules.denews.v1"
    denews: ClassVar[bool] = True

    def __call__(self, doc: Document) -> None:
        super().__call__(doc)
        merge_runs(doc)
