"""Reporting verbs: the constructions around a cue verb, from "X sagte, dass …" to "…, schreibt X"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...document import Sentence, Span, Token
from ...resources import load
from ...textutil import lowered
from ..candidates import Cand
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_DE,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    person_noun,
    skip_conjunction,
)
from ..syntax import relation_at, words_in
from .chains import (
    addressees,
    after_programme,
    confirmed_by,
    leading_relay,
    links_after,
    quoting_relay,
    trailing_phrase,
    trailing_relay,
    vias,
    with_recalled_report,
)
from .contents import clause_words, content_after, en_content_start, paragraph_parts, split_unclosed
from .context import QUOTE_CHARS, Context, strip_span
from .cues import attributive, takes_addressee
from .documents import held_by
from .english import (
    _parsed_finite,
    en_clause_then_speaker,
    en_fronted_participle,
    en_parenthetical_head,
    en_quote_then_speaker,
    en_tag_after_quote,
    mixed_clause,
)
from .english_ends import _concession_end, before_descriptive_relative, cut_prep_relative, en_clause_end
from .german import (
    adverbial_only,
    adverbial_opener,
    anaphoric_cue,
    main_verb_first,
    postposed_aux,
    reported_clause_end,
)
from .media import is_medium, with_prepositions
from .phrases import group_members, np_forward, object_pronoun_at, skip_adverbials, span_tokens
from .speakers import addressee_phrase_end, cue_speaker, fronted_medium, subject_before


@dataclass(frozen=True)
class _Quoting:
    """The words of quoting of a language (resources/<lang>/according.json; the agent of a passive
    is `Lang.passive_agents`)."""

    quoted_in: frozenset[str]  # "in" ("was quoted in the Times as saying"): a medium after it is the outlet that quotes
    phrases: tuple[tuple[str, ...], ...]  # ("as", "saying"), ("mit", "den", "worten"): between the one quoted and what was said
    with_: frozenset[str]  # "mit" … "worten" with adjectives between ("mit folgenden Worten")
    nouns: frozenset[str]  # "worten", "aussage"
    quoted_from: frozenset[str]  # "aus", "from": the text quoted from ("eine Passage aus dem Bericht")
    auxiliaries: frozenset[str]  # "wird", "was": of a passive quote
    participles: frozenset[str]  # "zitiert", "quoted"
    lemmas: frozenset[str]  # "zitieren", "quote"


@cache
def _quoting(code: str) -> _Quoting:
    acc = load(code, "according")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in acc.get(key, []))

    return _Quoting(words("quoted_in"), tuple(tuple(w.lower() for w in p) for p in acc.get("quoting_phrases", [])),
                    words("quoting_with"), words("quoting_nouns"), words("quoted_from"), words("quote_auxiliaries"),
                    words("quote_participles"), words("quote_lemmas"))


def _quoting_phrase(lows: list[str], k: int, q: _Quoting) -> int:
    """The length of the quoting phrase that opens at lows[k] ("as saying", "mit den Worten"), or 0."""
    return next((len(p) for p in q.phrases if tuple(lows[k : k + len(p)]) == p), 0)


def try_cue(ctx: Context, si: int, sent: Sentence, i: int, cls: str, lx: Lang) -> bool:
    toks = sent.tokens
    len(toks)
    lows = lowered(toks)
    cue = Span(toks[i].span.start, toks[i].span.end)
    if lx.code == "en" and en_quote_then_speaker(ctx, si, sent, i, cue, lx):
        return True
    if lx.code == "en" and en_clause_then_speaker(ctx, si, sent, i, cue, lx):
        return True
    if lx.code == "en" and en_fronted_participle(ctx, si, sent, i, cue, lx):
        return True
    q = _quoting(lx.code)
    if lows[i] in q.participles and passive_quote(ctx, si, sent, i, cue, lx):
        return True
    if any(f.lemma in q.lemmas for f in lx.forms.get(lows[i], [])) and active_quote(ctx, si, sent, i, cue, lx):
        return True
    if lx.code == "en":
        # "has said", "have not said", "is confirming": the auxiliary belongs to the cue
        b = i
        while b > 0 and (toks[b - 1].text.lower() in AUX or toks[b - 1].text.lower() in lx.cue_adverbs) and i - b < 3:
            b -= 1
        while b < i and toks[b].text.lower() in lx.cue_adverbs:
            b += 1
        if b < i:
            cue = Span(toks[b].span.start, toks[i].span.end)
    for rule in (anaphoric_cue, postposed, wie_fronted, postposed_aux, wie_after, cue_clause):
        if rule(ctx, si, sent, i, cls, cue, lx):
            return True
    return False


def _quote_runs_on(ctx: Context, sent: Sentence, content: Span) -> Span:
    """'The mayor said that the city “will not pay. Not now, not ever.”': a quotation that opens
    inside the reported clause and closes in a later sentence of the same paragraph belongs to
    the clause whole; the content runs to its closing mark. Unchanged otherwise."""
    if content.end < sent.span.end - 2:
        return content
    for t in sent.tokens:
        if t.span.start < content.start or t.span.start >= content.end or t.text not in QUOTE_CHARS:
            continue
        q = ctx.quote_opening_at(t.span.start, lambda q: q.closed)
        if q is not None and q.outer.end > sent.span.end and "\n" not in ctx.text[sent.span.end : q.outer.end]:
            return Span(content.start, q.outer.end)
    return content


def _participle_end(ctx: Context, toks: list[Token], content: Span) -> Span:
    """What a participle reports ends before "and" and a verb in a finite form without a subject
    of its own, the sentence's next predicate ("began by slamming candidates who … and followed
    up with …"): the participle's own conjunct would be a participle too."""
    from ..syntax import words_in

    inside = [k for k, t in enumerate(toks) if content.start <= t.span.start < content.end]
    syn = ctx.doc.syntax
    for k in inside[1:-1]:
        if toks[k].text.lower() not in ("and", "but") or ctx.inside_any_quote(toks[k].span.start):
            continue
        before = words_in(ctx.doc, Span(content.start, toks[k].span.start))
        if any(syn[w].pos in ("VERB", "AUX") and syn[w].head not in before for w in before):
            return content  # "saying it agitated Trump and exposed …": a clause, whose own verb goes on
        w = toks[k + 1].text
        if w[:1].islower() and not w.lower().endswith("ing") and ctx.pos_at(toks[k + 1].span) == "VERB" and w.lower().endswith("ed"):
            return strip_span(ctx.text, Span(content.start, toks[k].span.start))
    return content


def _complement_of(ctx: Context, cue: Span, after: Span) -> bool:
    """The parse makes a verb among the words `after` the cue the head of the cue's clausal
    complement ("said the gunman fled on foot"): they are what was said, not its speaker."""
    from ..syntax import words_in

    doc = ctx.doc
    verbs = [w for w in words_in(doc, cue) if doc.syntax[w].pos in ("VERB", "AUX")]
    return bool(verbs) and any(doc.syntax[w].head == verbs[-1] and doc.syntax[w].dep == "ccomp" and doc.syntax[w].pos in ("VERB", "AUX")
                               for w in words_in(doc, after))


def _after_place_preposition(toks: list[Token], k: int, lx: Lang) -> bool:
    """The quotation that opens at toks[k] is the object of a preposition of place or occasion
    (`place_prepositions`: "sprach auf dem «Tag der offenen Labore»"): a name, not speech."""
    m = k - 1
    if m > 0 and toks[m].text.lower() in lx.determiners:
        m -= 1
    return m >= 0 and toks[m].text.lower() in lx.place_prepositions


def _quote_then_tag(ctx: Context, si: int, toks: list[Token], k: int, src: Span | None, lx: Lang) -> bool:
    """"Begeistert zeigte sich X: «…», sagte Y.": a quotation at toks[k] after the cue's colon,
    closed and followed by a tag of its own, is direct speech of the tag's verb; its speaker is
    the tag's name, or (for a pronoun) the speaker before the colon."""
    q = ctx.quote_opening_at(toks[k].span.start, lambda q: q.closed) if k < len(toks) and toks[k].text in QUOTE_CHARS else None
    tag = _tag_after(ctx, toks, q.outer.end, lx) if q is not None else None
    if q is None or tag is None:
        return False
    tcue, tsrc = tag
    named = tsrc is not None and ctx.text[tsrc.start : tsrc.end] not in lx.subject_pronouns
    ctx.cands.append(Cand("direct", [strip_span(ctx.text, q.inner)], tcue, tsrc if named or src is None else src,
                          f"attr.direct.{lx.code}.colon_quote_tag", si, via=vias(ctx, toks, lx, exclude=src)))
    return True


def _tag_after(ctx: Context, toks: list[Token], end: int, lx: Lang) -> tuple[Span, Span | None] | None:
    """A comma, a reporting verb and its subject after the quotation that ends at `end` ("«…»,
    sagte er", "«…», sagte Maria Lenz"): the verb's span and the subject's; None when no such tag
    follows."""
    k = next((k for k, t in enumerate(toks) if t.span.start >= end), len(toks))
    if not (k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text[:1].islower() and lx.forms.get(toks[k + 1].text.lower())):
        return None
    j = skip_adverbials(ctx, toks, k + 2, lx)
    e = np_forward(ctx, toks, j, lx) if j < len(toks) else j
    return toks[k + 1].span, (Span(toks[j].span.start, toks[e - 1].span.end) if e > j else None)


def _opener_is_no_clause(ctx: Context, toks: list[Token], first: str, cut: int, lx: Lang) -> bool:
    """The German word of `never_reported` that opens toks[:cut], what stands before a postposed
    cue's comma, opens no clause that is all of it: "um" with no infinitive with "zu" before the
    first comma is a preposition ("Um die Kinder müssten sich Lehrer nicht kümmern, sagt X"), and
    an opening clause ("Was dort geschieht, …", "Nachdem er gegangen war, …") followed after a
    comma by a main clause with its finite verb first, or after "das"/"dann"/"so", is only the
    front of the claim ("Was dort geschieht, das ist rechtswidrig, sagte X": rule
    attr.indirect.de.postposed as for any claim). (Session 26.)"""
    stop = next((k for k in range(cut) if toks[k].text in (",", ";", ":") and not ctx.inside_any_quote(toks[k].span.start)), cut)
    if first == "um":
        return not any(t.text.lower() == "zu" or re.fullmatch(r"[a-zäöü]{2,}zu[a-zäöü]{2,}en", t.text) for t in toks[:stop])
    for k in range(stop, cut - 1):
        if toks[k].text != "," or ctx.inside_any_quote(toks[k].span.start):
            continue
        v = k + 2 if toks[k + 1].text.lower() in ("das", "dann", "so") and k + 2 < cut else k + 1
        if toks[v].text[:1].islower() and (ctx.finite_indicative(toks[v].span) or lx.konjunktiv(toks[v].text)):
            return True
    return False


@cache
def _addressee_pronouns(code: str) -> frozenset[str]:
    """Dative pronouns between a postposed cue and its speaker (`addressee_pronouns` of resources/<lang>/cues.json)."""
    return frozenset(load(code, "cues").get("addressee_pronouns", []))


def _closing_relative(toks: list[Token], lows: list[str], i: int, e: int) -> int:
    """English, a tag after its claim ("…, said an official overseeing the budget, who asked not to be
    named."): the index of the comma that opens a relative clause ("who", "whose", "which") closing the
    sentence after the speaker's phrase toks[i + 1:e], when the cue follows a comma and nothing after that
    comma is a quotation or another clause's mark; else len(toks) (the phrase may run to the end)."""
    n = len(toks)
    if i < 1 or toks[i - 1].text != ",":
        return n
    r = next((k for k in range(e, n - 1) if toks[k].text == ","), None)
    if r is None or lows[r + 1] not in ("who", "whose", "which") \
            or any(t.text in (";", ":") or t.text in QUOTE_CHARS for t in toks[e:]):
        return n
    return r


def _speaker_relative(ctx: Context, toks: list[Token], lows: list[str], i: int, e: int, lx: Lang) -> bool:
    """English, a tag after an unquoted claim ("…, said a clerk who has worked there for years."):
    toks[i + 1:e] is a speaker's noun phrase opened by a determiner or a capitalised name, and the
    relative clause toks[e:] after it runs to the sentence's end with no comma, colon, semicolon,
    quotation mark or speech cue of its own (not "…, said a man who told reporters …")."""
    from .cues import cue_at

    n = len(toks)
    if not (lows[i + 1] in lx.determiners or lows[i + 1] == "one" or toks[i + 1].text[:1].isupper()):
        return False
    if not toks[e - 1].text[:1].isalpha():
        return False
    end = n - 1 if toks[-1].text in (".", "!", "?") else n
    return end > e + 1 and not any(
        t.text in (",", ";", ":", "(", ")") or t.text in QUOTE_CHARS or cue_at(ctx, toks, k, lx) is not None
        for k, t in enumerate(toks[e + 1 : end], e + 1))


def postposed(ctx: Context, si: int, sent: Sentence, i: int, cls: str, cue: Span, lx: Lang) -> bool:
    """"CONTENT, schreibt X." / "CONTENT, X said.": the speaker after the cue at the end."""
    toks = sent.tokens
    text = ctx.text
    n = len(toks)
    mode = "indirect"
    if lx.code == "en" and toks[i].text.lower().endswith("ing"):
        return False  # "…, saying the plan …": a participle's speaker is the sentence's subject, never after it
    if lx.code == "en" and takes_addressee(lx, toks[i].text):
        return False  # "“…,” Ann Lee, a pilot and a mother, told the Ledger": whom she told, never who spoke
    comma_before = (i >= 1 and toks[i - 1].text in (",", "»", "“", "”", '"')) or (i >= 2 and toks[i - 1].text in QUOTE_CHARS and toks[i - 2].text == ",")
    if comma_before and _fronted_report(ctx, toks, i - 1, lx):
        return False  # "Wie der «Spiegel» berichtet, sagte der Minister, …": the report relays the speech act after it
    if comma_before and toks[i - 1].text in QUOTE_CHARS:
        q = ctx.quote_closing_at(toks[i - 1].span.end)
        if q is not None and ctx.name_like(q.inner):
            comma_before = False  # "Im Gespräch mit dem «Spiegel» erklärte …": a name, not a quotation
    sb = subject_before(ctx, toks, i, lx) if comma_before and i >= 3 else None
    inside = _tag_inside_clause(ctx, toks, i, lx) if lx.code == "de" and comma_before else None
    if inside is not None:
        sb = None  # "Das Auto, sagt der Händler, sei alt.": the phrase before the tag is the claim's subject, not the tag's
    if sb is not None and lx.code == "de" and sb[1] < i - 1 and (toks[sb[1]].text in AUX or toks[sb[1]].text.lower() in lx.forms
                                                               or lx.konjunktiv(toks[sb[1]].text)):
        sb = None  # "Ein Fahrer hat … verloren, teilte X mit", "X ließ …, sagte Y", "Er wisse nicht, ob …, sagte Y": that subject is another verb's
    if sb is not None and lx.code == "de" and sb[1] < i - 1 and toks[sb[1]].text[:1].islower() and toks[sb[1]].text[:1].isalpha() \
            and toks[sb[1]].text.lower() not in PREPOSITIONS_DE and toks[sb[1]].text.lower() not in REL_PRONOUNS:
        sb = None  # "Mindestens drei Schafe seien …, erklärte X": a word that opens the claim, no subject of the tag
    if sb is not None and lx.code == "de" and any(toks[k].text[:1].islower() and ctx.finite_indicative(toks[k].span)
                                                  and not attributive(ctx, toks, k, lx) for k in range(sb[0] + 1, sb[1])):
        sb = None  # "Teile standen unter Wasser, die Fertigung ruhe, sagte X": a clause with its own finite verb, no subject of the tag
    if sb is not None and lx.code == "de" and toks[sb[0]].text.lower() in lx.never_reported and sb[1] < i - 1 and toks[sb[1]].text == ",":
        sb = None  # "Was dort geschieht, das ist rechtswidrig, sagte X": a clause that opens the claim, no subject of the tag
    if sb is not None and lx.code == "en" and toks[i - 1].text in QUOTE_CHARS and ctx.inside_any_quote(toks[sb[0]].span.start):
        sb = None  # '“… They are wrong,” said widow Ann Lee': a subject among the quoted words is not the tag's
    if sb is not None and lx.code == "en" and sb[1] < i - 1 and toks[sb[1]].text not in (",", "(", "—", "–", "--") \
            and i + 1 < n and (toks[i + 1].text[:1].isupper() or toks[i + 1].text.lower() in lx.determiners | {"one"} or _role_before_name(toks, i + 1, lx)) \
            and not ctx.in_timex(toks[i + 1].span):
        sb = None  # "Trump would expand it, but …, said Batchelder.": that subject is another verb's
    if comma_before and (i >= 3 or inside is not None) and sb is None:  # ("Er, sagt sie, habe gelogen": one word before the tag)
        s0 = skip_adverbials(ctx, toks, i + 1, lx) if lx.code == "de" else i + 1  # "…, sagte am Montag der Bürgermeister."
        if lx.code == "de" and s0 + 1 < n and toks[s0].text in _addressee_pronouns(lx.code):
            s0 = skip_adverbials(ctx, toks, s0 + 1, lx)  # "…, bestätigten uns zwei Gärtner.": the one told before the speaker
        obj_tail = ""
        if lx.code == "de" and (told := addressee_phrase_end(ctx, toks, s0, lx)) is not None:
            # rule +addressee_first: "…, sagte dem Sender ein Sprecher.": the phrase in the dative is the one
            # told (a downstream link when it is an outlet), the speaker is the noun phrase after it
            s0, obj_tail = told, "+addressee_first"
        if lx.code == "de" and (after_obj := object_pronoun_at(ctx, toks, s0, lx)) is not None:
            # rule +object_pronoun: "…, kommentierte dies die Anwältin.": the claim's pronoun before the speaker
            s0, obj_tail = after_obj, "+object_pronoun"
        e = np_forward(ctx, toks, s0, lx)
        if e == s0 and s0 < n and lx.code == "de" and toks[s0].text in lx.person_pronouns:
            e = s0 + 1  # "«…», sagte er dem NDR.": the pronoun after the cue is its subject
        if e == s0 and lx.code == "de":
            k = s0
            while k < n and k - s0 < 4 and (toks[k].text.lower() in lx.share_words or toks[k].text[:1].isdigit()):
                k += 1  # "…, gab knapp ein Drittel der Teilnehmer an", "…, sagten 40 Prozent der Gäste": a share of people
            if k > s0 and k < n and (e2 := np_forward(ctx, toks, k, lx)) > k:
                e = e2
        if e == s0:
            e = i + 1
        c = e
        while c < n and c < e + 3 and toks[c].text[:1].islower() and toks[c].text[:1].isalpha():
            c += 1  # "entgegnete Meier empört: «…»": an adverb or adjective between the speaker and the colon
        lows = lowered(toks)
        if lx.code == "de" and c < n and toks[c].text != ":" and e > i + 1:
            c = _setting_before_colon(ctx, toks, e, lx) or c  # "…, sagt X im Interview: …" (session 36)
        colon_after = c < n and toks[c].text == ":"
        ends_soon = e >= n - 2 or toks[e].text in (".", "!", "?") or (toks[e].text == "," and n - e <= 14) or (
            toks[e].text == "," and e + 1 < n and (lows[e + 1] in lx.determiners or lows[e + 1] in ("who", "whose", "former") or toks[e + 1].text[:1].isupper())
        )  # '"…," said Ann Lee, a lawyer from Ohio, who …': an apposition closes the sentence
        stop = _closing_relative(toks, lows, i, e) if lx.code == "en" and not ends_soon and e > i + 1 else n
        relative_tail = ""
        if lx.code == "en" and not ends_soon and e > i + 1 and e < stop and lows[e] in PREPOSITIONS_EN and stop - e <= 8 \
                and not any(t.text in (",", ";", ":") or t.text in QUOTE_CHARS or lows[k] in AUX or lows[k] in lx.forms
                            for k, t in enumerate(toks[e:stop], e)):
            e2 = stop if stop < n else n - 1 if toks[-1].text in (".", "!", "?") else n
            if e2 > e:
                e, ends_soon = e2, True  # "…, said one source in the room.": the speaker's phrase runs to the end (or to its relative clause)
        elif lx.code == "en" and not ends_soon and e > i + 1 and e < n and toks[i - 1].text in QUOTE_CHARS \
                and (lows[e] in PREPOSITIONS_EN or lows[e] in ("who", "whose")) and n - e <= 14 \
                and not any(t.text in (",", ";", ":") or t.text in QUOTE_CHARS or (lows[k] in AUX and lows[e] in PREPOSITIONS_EN)
                            or lows[k] in lx.forms for k, t in enumerate(toks[e:], e)):
            # '“…,” said Ann Lee with the city in a statement on Monday.', '“…,” said Ann Lee who
            # runs the port.': after a quotation the name's phrase or relative clause runs to the
            # end with no cue of its own; the speaker is the name (trim_speaker) (session 29)
            e2 = n - 1 if toks[-1].text in (".", "!", "?") else n
            if e2 > e:
                e, ends_soon = e2, True
        elif lx.code == "en" and not ends_soon and e > i + 1 and e < n and toks[i - 1].text == "," and lows[e] in ("who", "whose") \
                and n - e <= 16 and _speaker_relative(ctx, toks, lows, i, e, lx):
            # rule attr.indirect.en.postposed+speaker_relative: "The bakery will close, said a clerk who has
            # worked there for years.": a relative clause right after the speaker's noun (no comma) closes the
            # sentence and describes the speaker; the speaker's phrase runs to its end (trim_speaker keeps the noun)
            e, ends_soon, relative_tail = (n - 1 if toks[-1].text in (".", "!", "?") else n), True, "+speaker_relative"
        elif lx.code == "en" and not ends_soon and e > i + 1 and e < n and lows[e] in ("who", "that") and n - e <= 16 \
                and not any(t.text in (",", ";", ":") or t.text in QUOTE_CHARS for t in toks[e:]) \
                and any(mark in " ".join(lows[e:]) for mark in lx.anonymous_markers if mark.split()[0] in ("who", "that")):
            # "…, said an official who asked not to be named.": a relative clause that says why the speaker is
            # not named closes the sentence; the speaker's phrase runs to its end (the relative's own verb is no
            # cue; the source is anonymous, sources.mentions.anonymity_relative)
            e, ends_soon = (n - 1 if toks[-1].text in (".", "!", "?") else n), True
        modified = False
        if lx.code == "en" and e - 1 > i + 1 and toks[e - 1].text.isalpha() and toks[e - 1].text.islower() and lows[e - 1].endswith("ing") \
                and lows[e - 1] not in lx.forms and toks[i - 1].text == "," \
                and lows[e - 2] not in PREPOSITIONS_EN and lows[e - 2] not in lx.determiners:
            # ("a report highlighting": the participle opens the phrase's modifier, no part of its noun; after
            # a preposition or an article it is the noun: "the head of shipping", "the minister for housing")
            e -= 1
        if lx.code == "en" and e > i + 1 and e < stop and toks[i - 1].text == "," and stop - e <= 16 \
                and ((lows[e].endswith("ing") and toks[e].text.isalpha() and toks[e].text.islower() and lows[e] not in lx.forms)
                     or lows[e] == "which") \
                and not any(t.text in (",", ";", ":") or t.text in QUOTE_CHARS or lows[k] in AUX for k, t in enumerate(toks[e:stop], e)):
            # (no auxiliary after it: "…, said the firm making the parts was closing" is what was said)
            ends_soon = modified = True  # "…, says a report highlighting the rise of …": a participle or relative clause closes the speaker's phrase
        if lx.code == "en" and e > i + 1 and not modified and _complement_of(ctx, toks[i].span, Span(toks[s0].span.start, toks[e - 1].span.end)):
            return False  # "The police, citing witnesses, said the gunman fled": the words after the cue are its clause
        # German: also before a colon ("CONTENT, sagt X: MORE"): the claim before the tag is the speaker's;
        # what the colon opens is left to the rules after this one (`+colon_after`)
        colon_tag = colon_after and lx.code == "de" and e > i + 1 and toks[0].text not in QUOTE_CHARS and _cut_has_clause(ctx, toks, i, lx)
        if e > i + 1 and (not colon_after or colon_tag) and (lx.code == "de" or ends_soon):
            src = Span(toks[s0].span.start, toks[e - 1].span.end)
            cut = i - 1 if toks[i - 1].text == "," else i - 2
            first = next((t.text.lower() for t in toks if t.text.lower() not in CONJ_START and t.text not in QUOTE_CHARS), "")
            if lx.code == "de" and first in lx.never_reported and toks[0].text not in QUOTE_CHARS \
                    and not _opener_is_no_clause(ctx, toks, first, cut, lx):
                return False  # "Während sich die Opposition zurückgehalten hat, fordert X …": a clause of circumstance, no claim
            if lx.code == "de" and toks[0].text not in QUOTE_CHARS and adverbial_only(ctx, toks, 0, cut, i, lx):
                return False  # "Auch wenn die Werte steigen, sagt X …": one clause of condition or reason, no main clause: no claim
            if lx.question_openers and text[sent.span.start : toks[i].span.start].lower().startswith(lx.question_openers):
                return False  # "Auf die Frage, ob …, sagte X: «…»": the question put to the speaker, no claim
            content = strip_span(text, Span(sent.span.start, toks[cut].span.start))
            tail = relative_tail + obj_tail
            if lx.code == "de":
                content = _after_lead(ctx, toks, cut, content, lx)
                clause = konjunktiv_clause_after(ctx, toks, cut, content, lx)
                tail += "+konjunktiv_clause" if clause != content else ""
                content = clause
            words = [t for t in toks[:cut] if t.text[:1].isalnum()]
            if words and sum(not ctx.in_timex(t.span) for t in words) <= 1 and inside is None:
                return False  # "Am Freitag, 9. Oktober 2020, verkündete X, dass …": a time, no claim (not a tag inside its claim: "Er, sagt sie, habe …")
            q = ctx.quote_opening_at(content.start - (1 if content.start > 0 and text[content.start - 1] in QUOTE_CHARS else 0), lambda q: q.closed)
            if q is not None and q.outer.end <= toks[i].span.start:
                content = strip_span(text, q.inner)
            mark = i - 1 if toks[i - 1].text in QUOTE_CHARS else i - 2
            qb = ctx.quote_closing_at(toks[mark].span.end, lambda q: q.closed) if toks[mark].text in QUOTE_CHARS else None
            if qb is not None and qb.outer.start < sent.span.start and "\n" not in text[qb.outer.start : qb.outer.end]:
                content = strip_span(text, qb.inner)  # '"A. B," tweeted X.': the quotation opened in an earlier sentence
            content = ctx.unquote(content)
            run_on = strip_span(text, Span(toks[inside[1]].span.start, sent.span.end)) if inside is not None and inside[0] == e else None
            if len(content) > 8 or (run_on is not None and len(content) + len(run_on) > 8):
                m = "direct" if ctx.is_quote(content) else mode
                relay = quoting_relay(ctx, toks, s0, e, lx) if any(f.lemma in _quoting(lx.code).lemmas for f in lx.forms.get(lows[i], [])) else None
                if relay is not None:
                    src = relay[0]  # "…, zitiert die Zeitung den Beamten X": X said it, the paper relays it
                pvia = links_after(ctx, toks, i, lx, src, content) + ([(relay[1], False)] if relay else [])
                if lx.code == "de":
                    pvia += _lead_links(ctx, toks, content, src, lx, pvia)
                rest = _goes_on_after_tag(ctx, sent, e, lx) if lx.code == "de" and m == "indirect" and run_on is None else None
                if run_on is not None and m == "indirect":
                    rest, tail = run_on, tail + "+inside"  # rule attr.indirect.de.postposed+inside: the claim runs on after the tag
                if colon_tag:
                    ctx.cands.append(Cand(m, [content], cue, src, f"attr.{m}.{lx.code}.postposed+colon_after" + tail, si, via=pvia))
                    return False  # (the colon's own content: the rules after this one)
                ctx.cands.append(Cand(m, [content, *([rest] if rest else [])], cue, src,
                                      f"attr.{m}.{lx.code}.postposed" + ("+goes_on" if rest and run_on is None else "") + tail, si, via=pvia))
                return True
    return False


@cache
def _object_verbs_de() -> frozenset[str]:
    return frozenset(load("de", "cues").get("object_then_konjunktiv", []))


@cache
def _colon_tag_setting(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "cues").get("colon_tag_setting", []))


def _setting_before_colon(ctx: Context, toks: list[Token], c: int, lx: Lang) -> int | None:
    """The index of a colon that a short phrase of where, when or to whom the speaker spoke
    (`colon_tag_setting` of cues.json, then up to four words, no comma, quotation mark or verb)
    leads to from toks[c], right after a postposed tag's speaker: "…, sagt die Ministerin im
    Interview: Wir …" — the colon opens the speaker's words as it does right after the name. None
    otherwise."""
    from .cues import cue_at

    if toks[c].text.lower() not in _colon_tag_setting(lx.code):
        return None
    for k in range(c + 1, min(len(toks), c + 6)):
        t = toks[k]
        if t.text == ":":
            return k if k > c + 1 and not ctx.inside_any_quote(t.span.start) else None
        if not (t.text[:1].isalnum() or t.text in ("-", "–")) or ctx.pos_at(t.span) in ("VERB", "AUX") or cue_at(ctx, toks, k, lx) is not None:
            return None
    return None


def _cut_has_clause(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """Before the comma of the tag at `i`, a main clause of several words with a finite verb of its
    own in second place at most four words in ("Das war früher anders, sagt X: …"), no quotation
    mark in it and no subordinate opener: a claim, not a phrase that leads to the colon. Not a short
    clause (four words at most) that only announces the colon's content: one with a pronoun that
    points ahead or that ends in a predicate of certainty (`colon_lead_clause` of cues.json: "Eines ist
    klar", "Das ist sicher")."""
    cut = i - 1 if toks[i - 1].text == "," else -1
    if cut < 3 or any(t.text in QUOTE_CHARS or t.text in (":", ";") for t in toks[:cut]):
        return False
    if toks[0].text.lower() in SUBORDINATORS or toks[0].text.lower() in lx.never_reported:
        return False
    words = [t.text.lower() for t in toks[:cut] if t.text[:1].isalnum()]
    lead = load(lx.code, "cues").get("colon_lead_clause", {})
    if len(words) <= 4 and (set(words) & set(lead.get("pronouns", [])) or words[-1] in lead.get("predicates", [])):
        return False  # "Eines ist klar, sagt X: …": the clause only announces what the colon opens (review rev26a)
    return any((t.text[:1].islower() and ctx.finite_indicative(t.span)) or lx.konjunktiv(t.text) for t in toks[1:min(cut, 6)])


def _tag_inside_clause(ctx: Context, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
    """A German tag between commas inside the clause it reports, in a sentence without quotation
    marks: "Das Auto, sagt der Händler, sei alt.", "Die Brücke, erklärte der Bürgermeister am
    Montag, werde gesperrt." — before the tag a phrase with no finite verb of its own, after the cue
    (toks[i]) its subject (a noun phrase or a personal pronoun), where and when it spoke, a comma,
    then the claim's finite verb in lower case (an auxiliary, a Konjunktiv, a verb the parse reads
    as finite). The end of the speaker's phrase and the index of that verb; None otherwise."""
    n = len(toks)
    if i < 2 or toks[i - 1].text != "," or any(t.text in QUOTE_CHARS for t in toks):
        return None
    for t in toks[: i - 1]:
        w = t.text
        if w in (",", ";", ":") or (w[:1].islower() and (w.lower() in AUX or lx.konjunktiv(w) or ctx.finite_indicative(t.span))):
            return None  # a clause of its own before the tag ("Das ist alt, sagt er, …")
    s0 = skip_adverbials(ctx, toks, i + 1, lx)
    e = s0 + 1 if s0 < n and toks[s0].text in lx.person_pronouns else np_forward(ctx, toks, s0, lx)
    if e <= s0 or e >= n:
        return None
    e2 = _past_tag_setting(ctx, toks, e, lx)
    if e2 + 1 >= n or toks[e2].text != ",":
        return None
    v = toks[e2 + 1]
    w = v.text
    if not (w.isalpha() and w[:1].islower() and (w.lower() in AUX or lx.konjunktiv(w) or ctx.pos_at(v.span) in ("VERB", "AUX"))):
        return None
    if not lx.konjunktiv(w) and np_forward(ctx, toks, skip_conjunction([t.text.lower() for t in toks]), lx) != i - 1:
        return None  # "Wahrscheinlich ja, glaubt X, will aber …": the indicative verb is the tag's own second one
    return e, e2 + 1


def _goes_on_after_tag(ctx: Context, sent: Sentence, e: int, lx: Lang) -> Span | None:
    """What the speaker goes on to say after the tag in the middle of an unquoted sentence: "Das
    ist keine Lösung, sagt sie, aber wir müssen etwas tun." — after the speaker's phrase (ending at
    toks[e]) a comma, a conjunction that opens a clause (`tag_goes_on`) and that clause's subject (a pronoun, an
    article, a capitalized word), not a second verb of the speaker's ("…, sagte er, und ging").
    None in a sentence with quotation marks (the quotation tells what was said)."""
    toks = sent.tokens
    n = len(toks)
    e = _past_tag_setting(ctx, toks, e, lx)
    if e + 3 >= n or toks[e].text != ",":
        return None
    nxt = toks[e + 2].text
    if toks[e + 1].text.lower() in lx.tag_goes_on:
        verb_next = e + 3 < n and (toks[e + 3].text.lower() in AUX or lx.konjunktiv(toks[e + 3].text))
        if not (nxt in lx.subject_pronouns or nxt.lower() in lx.determiners or (nxt[:1].isupper() and nxt.lower() not in lx.forms)
                or (nxt.islower() and nxt.lower() not in lx.forms and verb_next)):
            return None  # ("…, aber jetzt werden auch …": an adverb first, the auxiliary second)
    elif not (toks[e + 1].text in lx.subject_pronouns and toks[e + 1].text.islower() and toks[e + 1].text != "dieser"
              and (nxt.lower() in AUX or nxt.lower() in lx.forms or lx.konjunktiv(nxt))):
        return None  # "…, sagt er, es ist eine große Aufgabe": a main clause of its own, its subject a pronoun and its verb next
    if any(t.text in QUOTE_CHARS for t in toks):
        return None
    rest = strip_span(ctx.text, Span(toks[e + 1].span.start, sent.span.end))
    return rest if len(rest) > 8 else None


def _past_tag_setting(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int:
    """Past where and when the speaker of a tag spoke ("sagte er in Brüssel am Morgen, …", "ärgert sich X
    im STANDARD-Gespräch, …"): up to six words of prepositional phrases and time expressions
    before a comma, none of them a verb; `e` itself when no comma follows so."""
    n = len(toks)
    if e >= n or toks[e].text == "," or (toks[e].text.lower() not in PREPOSITIONS_DE | PREPOSITIONS_EN and not ctx.in_timex(toks[e].span)):
        return e
    for k in range(e, min(n, e + 7)):
        low = toks[k].text.lower()
        if toks[k].text == ",":
            return k
        if not toks[k].text[:1].isalnum() or low in AUX or low in lx.subject_pronouns or lx.konjunktiv(low) \
                or (toks[k].text[:1].islower() and low in lx.forms):
            return e
    return e


_DATELINE = re.compile(r"[A-ZÄÖÜ][\w./-]*(?:\s[A-ZÄÖÜ][\w./-]*)?\s[–—]\s")


def _after_lead(ctx: Context, toks: list[Token], cut: int, content: Span, lx: Lang) -> Span:
    """The claim of a German tag after it ("…, sagte X"), without what leads into it: a dateline
    that opens the sentence ("Wien – …") and the words before a colon outside quotations ("So
    lautet die Botschaft: Der Plan ist gescheitert, sagt die Ökonomin"; not before a quotation,
    which the words before the colon frame: "X hängte ein Schild auf: «…», erzählt Y"; nor words
    in the first person, the speaker's own: "Mir ist das gleich: Wichtig ist …, meinte sie"; nor
    words that end in a conjunction before the colon, which the speaker goes on with: "…, aber: …")."""
    colon = next((t for t in reversed(toks[:cut]) if t.text == ":" and not ctx.inside_any_quote(t.span.start)), None)
    if colon is not None and any(t.text.lower() in lx.speaking_first_person for t in toks if content.start <= t.span.start < colon.span.start):
        colon = None
    k = next((k for k, t in enumerate(toks) if t is colon), None)
    if k is not None and k > 0 and toks[k - 1].text.lower() in lx.tag_goes_on and content.start < toks[k - 1].span.start:
        # "Der Verein habe einen Plan eingereicht, doch: Eine Antwort fehlt bis jetzt, klagte X.": a colon after a
        # conjunction goes on with the speaker's own words, all of them the claim (session 34)
        colon = None
    if colon is not None and colon.span.end < content.end:
        rest = strip_span(ctx.text, Span(colon.span.end, content.end))
        if len(re.findall(r"\w+", ctx.text[rest.start : rest.end])) >= 3 and ctx.text[rest.start] not in QUOTE_CHARS:
            return rest
    m = _DATELINE.match(ctx.text, content.start, content.end)
    if m is not None and content.end - m.end() > 8:
        return strip_span(ctx.text, Span(m.end(), content.end))
    return content


def konjunktiv_clause_after(ctx: Context, toks: list[Token], cut: int, content: Span, lx: Lang) -> Span:
    """"Teile des Werks standen unter Wasser, die Fertigung stehe still, sagte eine Sprecherin": a
    main clause of the author's in the indicative, then, after a comma, a main clause in the
    Konjunktiv (its verb second, not last): the tag reports the Konjunktiv clause only. Unchanged
    when the first clause is in the first person (the speaker's own words), holds a Konjunktiv
    itself, or opens with a subordinator."""
    inside = [k for k in range(cut) if content.start <= toks[k].span.start < content.end]
    if len(inside) < 6 or toks[inside[0]].text.lower() in SUBORDINATORS:
        return content
    for k in inside[1:-3]:
        if toks[k].text != "," or ctx.inside_any_quote(toks[k].span.start):
            continue
        first, rest = toks[inside[0] : k], toks[k + 1 : cut]
        if rest[0].text.lower() in SUBORDINATORS or rest[0].text.lower() in lx.clause_joiners:
            return content
        if any(t.text.lower() in lx.speaking_first_person or lx.konjunktiv(t.text) for t in first):
            return content
        if not any(t.text[:1].islower() and ctx.finite_indicative(t.span) and not attributive(ctx, toks, j, lx)
                   for j, t in enumerate(first, inside[0])):
            return content
        verbs = [j for j, t in enumerate(rest) if t.text[:1].islower() and lx.konjunktiv(t.text)]
        if verbs and 1 <= verbs[0] < len(rest) - 1 and not any(t.text == "," for t in rest[: verbs[0]]):
            return strip_span(ctx.text, Span(rest[0].span.start, content.end))
        return content
    return content


def _role_before_name(toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k] is a bare role noun before a name, a title without an article ("said economist
    Carl Hunt", "warns analyst Jane Roe"): a lower-case word, no function word, then a capital."""
    low = toks[k].text.lower()
    return k + 1 < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() and toks[k + 1].text[:1].isupper() \
        and low not in PREPOSITIONS_EN and low not in lx.forms and low not in AUX and low not in lx.time_prepositions \
        and low not in ("that", "and", "but", "or", "as", "if", "when", "while", "because")


def _fronted_report(ctx: Context, toks: list[Token], c: int, lx: Lang) -> bool:
    """toks[:c] is a fronted wie-clause of report ("Wie der «Spiegel» berichtet,", "Wie die
    Agentur unter Berufung auf Kreise meldete,") or an according-to phrase with its relative
    clause ("Laut Unterlagen, die der «Zeit» vorliegen,") that ends at the comma toks[c]: German
    puts the verb of the main clause right after it, so a cue there has its subject after it and
    what was said after that, not before."""
    from .cues import cue_at

    w0 = skip_conjunction(toks[:c], min_len=2)
    if lx.code != "de" or toks[c].text != ",":
        return False
    lows = [t.text.lower() for t in toks[: c + 1]]
    commas = [k for k in range(w0, c) if toks[k].text in (",", ";", ":")]
    if lows[w0] in lx.wie:
        return not commas and any(cue_at(ctx, toks, k, lx) is not None for k in range(w0 + 1, c))
    prefix = next((len(p) for p in lx.according_prefix if lows[w0 : w0 + len(p)] == [w.lower() for w in p]), 0)
    # (its commas open relative clauses: "Laut Unterlagen, die …, sagte X")
    return prefix > 0 and bool(commas) and all(toks[k].text == "," and lows[k + 1] in REL_PRONOUNS for k in commas)


def _colon_after_setting(ctx: Context, toks: list[Token], after: int, lx: Lang) -> int | None:
    """"… antwortet Berg dem Parteichef am 30. März, und damit vor der Wahl: «…»": past whom and
    when a speaker after the cue addressed (no verb of its own, up to a colon before a quotation),
    the index of the quotation's opening mark, or None."""
    from .cues import cue_at

    words = 0
    for c in range(after, len(toks) - 1):
        t = toks[c].text
        if ctx.in_timex(toks[c].span):
            continue  # "am 30. März"
        words += 1
        if words > 16:
            return None
        if t == ":":
            return c + 1 if toks[c + 1].text in QUOTE_CHARS and ctx.quote_opening_at(toks[c + 1].span.start) is not None else None
        if t in (";", ".", "!", "?") or t in QUOTE_CHARS or t.lower() in AUX or (t == "," and toks[c + 1].text.lower() in REL_PRONOUNS) \
                or cue_at(ctx, toks, c, lx) is not None:
            return None
    return None




def wie_fronted(ctx: Context, si: int, sent: Sentence, i: int, cls: str, cue: Span, lx: Lang) -> bool:
    """"Wie X [unter Berufung auf Y] berichtet, CONTENT.": the source in a fronted wie-clause."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    w0 = skip_conjunction(lows, min_len=2)
    opened = ""
    if lx.code == "en" and lows[w0] not in lx.wie and (c0 := next((k for k in range(w0 + 1, min(n, w0 + 3)) if toks[k].text == ","), None)) is not None \
            and c0 + 1 < i and lows[c0 + 1] in lx.wie and (
                (c0 == w0 + 1 and lows[w0] in lx.sentence_adverbs)
                or (c0 == w0 + 2 and lows[w0] in PREPOSITIONS_EN and toks[w0 + 1].text.isalpha())):
        # rule +after_adverbial: "Of course, as Tom Reed observed, …", "Indeed, as Lee put it, …": a sentence adverb
        # (`sentence_adverbs` of lexicon.json) or a preposition and its one word, in either case ("Of course", "In
        # March", "In Paris"), up to a comma before the as-clause ("The grant, as the Ledger reported, …" is the
        # claim's subject, no adverbial)
        w0, opened = c0 + 1, "+after_adverbial"
    if lows[w0] in lx.wie and i > w0 + 1:
        if lx.code == "en" and any(t.text in (",", ";", ":") for t in toks[w0 + 1 : i]):
            return False  # "As a phone rang, the announcer said …": the cue is not in the as-clause
        c = next((k for k in range(w0 + 1, i) if toks[k].text == ","), None)
        if c is not None and _fronted_report(ctx, toks, c, lx):
            return False  # "Wie der «Spiegel» berichtet, sagte der Minister, …": the cue is the main clause's
        if lx.code == "en" and i + 1 < n and not takes_addressee(lx, toks[i].text) and (
                lows[i + 1] in lx.determiners or lows[i + 1] in lx.possessive_determiners):
            return False  # "As the mayor lectured the council about …, X …": the cue has its own object
        e = min(np_forward(ctx, toks, w0 + 1, lx), i)  # ("As Ann Roe reports, …": a phrase that took the cue for a plural noun ends before it)
        if e == w0 + 1 and _personal_subject(toks, w0 + 1, lx) and not _passive_at(lows, i, lx):
            e = w0 + 2  # "Wie sie betonte, …"
        if e == w0 + 1 and lx.code == "en" and i - w0 - 1 <= 4 and all(t.text[:1].isupper() and t.text.isalpha() for t in toks[w0 + 1 : i]):
            e = i  # "As Emily Feng reports, …": a name the phrase did not take (the cue read as its plural noun)
        k = next((k for k in range(i + 1, n) if toks[k].text == ","), None)
        if e > w0 + 1 and k is not None:
            wsrc = Span(toks[w0 + 1].span.start, toks[e - 1].span.end)
            wcontent = content_after(ctx, toks, k + 1, sent)
            if wcontent is not None:
                m = "according_to" if cls == "report" else "indirect"
                wvia = vias(ctx, toks[: k + 1], lx, exclude=wsrc)
                wvia += addressees(ctx, toks, e, i, lx, wsrc, wvia, wcontent)  # "Wie X der Zeitung Y sagte"
                confirmed = confirmed_by(ctx, toks, wcontent, lx) if is_medium(ctx, wsrc, lx) else None
                if confirmed is not None:  # "…, wie die Behörden bestätigten": whom the medium's report stands on
                    wcontent, wvia = confirmed[0], [(confirmed[1], True), *wvia]
                ctx.cands.append(Cand(m, [wcontent], cue, wsrc, f"attr.{m}.{lx.code}.wie_fronted{opened}", si, via=wvia))
                return True
    return False


def _personal_subject(toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k] is a personal pronoun that can only stand for someone ("er", "sie"; not "es", "man");
    the callers check that the cue is no passive participle ("…, wie sie von X gefordert würde":
    "sie" is what was demanded)."""
    return k < len(toks) and lx.code == "de" and toks[k].text in lx.inverted_pronouns and toks[k].text.lower() not in lx.impersonal_pronouns


def _passive_at(lows: list[str], i: int, lx: Lang) -> bool:
    """The cue at i is a participle with a passive auxiliary after it ("gefordert würde", "mitgeteilt wurde")."""
    return i + 1 < len(lows) and (lows[i + 1] in lx.passive_auxiliaries or lows[i + 1] in lx.passive_auxiliaries_konjunktiv)


def wie_after(ctx: Context, si: int, sent: Sentence, i: int, cls: str, cue: Span, lx: Lang) -> bool:
    """"CONTENT, wie X [PP] berichten.": the source in a wie-clause after the content."""
    toks = sent.tokens
    text = ctx.text
    len(toks)
    lows = lowered(toks)
    j = i + 1
    agent: tuple[int, int] | None = None
    if lx.code == "en" and i + 2 < len(toks) and lows[i + 1] in lx.passive_agents:
        # "…, as first reported by the Gazette.": the agent of a passive cue right after "as"
        a = i - 1
        while a > 1 and (lows[a] in lx.verb_prefixes or lx.ly_adverb(toks[a].text)) and lows[a] not in lx.wie:
            a -= 1
        e = np_forward(ctx, toks, i + 2, lx)
        if a < i and lows[a] in lx.wie and a > 0 and toks[a - 1].text == "," and e > i + 2:
            agent, j = (i + 2, e), e
    if lx.code == "en":
        while j < len(toks) and (ctx.in_timex(toks[j].span) or lows[j] in lx.after_cue_time_words):
            j += 1
        if j < len(toks) and takes_addressee(lx, toks[i].text) and np_forward(ctx, toks, j, lx) > j:
            j = np_forward(ctx, toks, j, lx)  # "…, as Lee told reporters on Monday.": whom it was told to
            while j < len(toks) and (ctx.in_timex(toks[j].span) or lows[j] in lx.after_cue_time_words):
                j += 1
        if j < len(toks) and toks[j].text not in (",", ".", ")", ";", "—", "–", "!", "?"):
            return False  # "(as the paper called them in an article, ''…'')": the clause goes on, the claim is in it
    for w in range(i - 1, 0, -1):
        if lows[w] in lx.wie and toks[w - 1].text == ",":
            c = next((k for k in range(w + 1, i) if toks[k].text == ","), None)
            if lx.code == "de" and c is not None and any(t.text.islower() and ctx.pos_at(t.span) in ("VERB", "AUX") for t in toks[w + 1 : c]):
                break  # "…, die die Idee, wie er 1968 propagiert wurde, kritisieren": the wie-clause closed before the cue (session 36)
            e = np_forward(ctx, toks, w + 1, lx)
            if e == w + 1 and _personal_subject(toks, w + 1, lx) and not _passive_at(lows, i, lx):
                e = w + 2  # "…, wie er in einem Brief schrieb": a pronoun for the speaker named before
            s0 = w + 1
            if agent is not None:
                s0, e = agent
            elif lx.code == "en" and e > i:
                break  # the noun phrase after "as" runs past the cue: no subject of it
            elif lx.code == "en" and any(lows[k] in lx.coordination for k in range(e, i)):
                break  # rule attr.filter.en.as_coordinated (session 40): "…, as the crowd laughed and applauded": two acts, a clause of circumstance
            if e > s0:
                src = Span(toks[s0].span.start, toks[e - 1].span.end)
                start = sent.span.start
                colon = [k for k in range(1, w - 1) if toks[k].text == ":" and not ctx.inside_quote(toks[k].span.start)]
                if colon and w - 1 - colon[-1] > 3:
                    start = toks[colon[-1] + 1].span.start  # "X weitete die Angriffe aus: 30 Jets bombardierten …, wie Y berichtete"
                content = strip_span(text, Span(start, toks[w - 1].span.start))
                contents = [content, *_after_as_clause(ctx, sent, j, lx)]  # "The grant, as X reported, had been frozen."
                m = "according_to" if cls == "report" else "indirect"
                co = group_members(ctx, toks, s0, e, lx)
                # "…, wie der «Spiegel» unter Berufung auf Regierungskreise berichtet"
                wvia = vias(ctx, toks, lx, exclude=src, after=w + 1)
                wvia += addressees(ctx, toks, e, i, lx, src, wvia, content)  # ", wie X der Zeitung sagte"
                ctx.cands.append(Cand(m, contents, cue, src, f"attr.{m}.{lx.code}.wie", si, co_sources=co, via=wvia))
                return True
            break
        if toks[w].text in (".", ";"):
            break
    return False


def _relative_clause_content(ctx: Context, toks: list[Token], content: Span) -> Span:
    """What a cue inside a relative clause between commas reports ends where the main clause's
    predicate goes on after a comma ("Tom Reed, who said the case was weak, left early"): a
    lower-case finite verb or auxiliary by the parse (not a participle) right after a comma
    outside quotations. Unchanged otherwise."""
    inside = [k for k, t in enumerate(toks) if content.start <= t.span.start < content.end]
    for k in inside[1:-1]:
        nxt = toks[k + 1]
        if toks[k].text == "," and not ctx.inside_any_quote(toks[k].span.start) and nxt.text[:1].islower() \
                and not nxt.text.lower().endswith(("ing", "ed")) and ctx.pos_at(nxt.span) in ("VERB", "AUX"):
            return strip_span(ctx.text, Span(content.start, toks[k].span.start))
    return content


def _after_as_clause(ctx: Context, sent: Sentence, j: int, lx: Lang) -> list[Span]:
    """An English as-clause set off by commas between a subject and its predicate ("The grant, as
    the Gazette reported, had been frozen since May."): the predicate after the closing comma at
    toks[j] (a finite verb, an auxiliary or a modal first) up to the sentence's end is the rest of
    what was reported; [] otherwise."""
    toks = sent.tokens
    if lx.code != "en" or j + 1 >= len(toks) or toks[j].text != ",":
        return []
    nxt = toks[j + 1]
    low = nxt.text.lower()
    if not nxt.text[:1].islower() or low.endswith("ing") or not (
            low in AUX or low in lx.modals or ctx.pos_at(nxt.span) in ("VERB", "AUX")):
        return []
    rest = strip_span(ctx.text, Span(nxt.span.start, sent.span.end))
    return [rest] if rest.end > rest.start else []


def _coordinated_cue_opens(ctx: Context, toks: list[Token], content: Span, lx: Lang) -> bool:
    """An English content that opens with "and" or "but" and a cue form (an adverb between):
    "responded and confirmed that …", "laughed and simply said …": the first verb has no content of
    its own; the second one's rule reports what was said (session 29)."""
    k = next((m for m, t in enumerate(toks) if t.span.start >= content.start), None)
    if k is None or toks[k].text.lower() not in ("and", "but"):
        return False
    k += 1
    while k < len(toks) and toks[k].text.lower() in lx.cue_adverbs | lx.verb_prefixes:
        k += 1
    return k < len(toks) and toks[k].text.lower() in lx.forms and ctx.pos_at(toks[k].span) in ("VERB", "AUX", None)


@cache
def _object_only_forms(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "cues").get("object_only_forms", []))


def _object_no_clause(ctx: Context, toks: list[Token], i: int, content: Span, src: Span | None, lx: Lang) -> bool:
    """An English cue form of `object_only_forms` (resources/en/cues.json: "found") whose content is
    a noun phrase with no clause of its own: no complementizer opens it and no word in it is a
    finite verb by the parse ("agents found 475 pounds of cocaine concealed in a boat"): a thing
    found, no speech act (session 29) — unless a text or a finding found it ("the survey finds
    worrisome signs", "the review found more connections": its result, a claim)."""
    if toks[i].text.lower() not in _object_only_forms(lx.code) or any(ch in QUOTE_CHARS for ch in ctx.text[content.start : content.end]):
        return False
    if src is not None and any(w.lower() in lx.document_heads_lower or w.lower() in lx.evidence_heads
                               for w in re.findall(r"[\w-]+", ctx.text[src.start : src.end])):
        return False
    words = re.findall(r"[\w'’-]+", ctx.text[content.start : content.end].lower())
    naming = load(lx.code, "cues").get("object_only_naming", {})
    if toks[i].text.lower() in naming.get("forms", []) and words and (
            words[0] in naming.get("particles", []) or words[0] in naming.get("object_pronouns", [])
            or any(w in naming.get("predicate_determiners", []) for w in words[1:6])):
        return False  # "called for …", "called on him to …", "called out …", "called her a liar", "called the plan a disaster": a demand or a label
    inside = [k for k, t in enumerate(toks) if content.start <= t.span.start < content.end]
    if not inside or toks[inside[0]].text.lower() in lx.complementizers:
        return False
    # (a form in -ed is as often a participle after a noun: "cocaine concealed in a boat")
    return not any(toks[k].text.lower() in AUX - _NONFINITE or (_parsed_finite(ctx, toks, k) and not toks[k].text.lower().endswith("ed"))
                   for k in inside)


_NONFINITE = frozenset({"be", "been", "being", "having"})


def _noun_infinitive(ctx: Context, toks: list[Token], i: int, src: Span, lx: Lang) -> bool:
    """Cue filter cue.en.noun_infinitive (session 40): the cue is a to-infinitive the parse hangs on a common noun
    of the subject it found (`acl`: "Her refusal to say who paid for the pier drew groans", "The
    promise to add ferries is welcome", "the decision to announce …"): the infinitive tells what the noun
    is of; the noun (a thing, an act) is no speaker and no one is said to have spoken. A noun of a person,
    a body or a text (`person_noun`: "the first senator to say that …", "the committee to announce …") stays."""
    if i < 1 or toks[i - 1].text.lower() != "to":
        return False
    ws = words_in(ctx.doc, toks[i].span)
    if not ws:
        return False
    syn = ctx.doc.syntax
    w = syn[ws[0]]
    if w.dep != "acl" or w.head == ws[0] or syn[w.head].pos != "NOUN":
        return False
    head = syn[w.head].span
    if any(syn[k].pos in ("VERB", "AUX") for k in words_in(ctx.doc, src)):
        return False  # "Hale went well out of his way to insist …": the noun is no subject's, the phrase found runs over a verb
    return src.start <= head.start and head.end <= src.end and not person_noun(ctx.text[head.start : head.end], lx)


def cue_clause(ctx: Context, si: int, sent: Sentence, i: int, cls: str, cue: Span, lx: Lang) -> bool:
    """The speaker of the cue (`speakers.cue_speaker`) and the clause it introduces."""
    toks = sent.tokens
    text = ctx.text
    n = len(toks)
    lows = lowered(toks)
    mode = "indirect"
    spk = cue_speaker(ctx, sent, i, lx)
    if spk is None:
        return False
    src, after, subjectless, v2 = spk.span, spk.after, spk.where == "none", spk.where == "before"
    if lx.code == "de" and src is not None and _idiom_outlet(ctx, src, lows[i], lx) and not _reports_clause(toks[i + 1 :], lx):
        return False
    if lx.code == "en" and v2 and src is not None:
        src = _before_interposed_clause(ctx, src, lx)  # "the port authority, once reached by the Ledger, replied": the authority
        if _noun_infinitive(ctx, toks, i, src, lx):
            return False  # "Her refusal to say who paid …": the infinitive says what the noun is of, no one spoke
    particle = next((f.particle.split() for f in lx.forms.get(lows[i], []) if f.particle
                     and lows[after : after + len(f.particle.split())] == f.particle.split()), None) if lx.code == "en" else None
    if lx.code == "en" and after == i + 1 and after < n and particle:
        after += len(particle)  # "pointed out that …", "made it clear that …": the particle belongs to the cue
        cue = Span(cue.start, toks[after - 1].span.end)
    if spk.where == "sentence":
        if src is None and i > 0 and lows[i - 1] in SUBORDINATORS:
            return False  # "While commenting on the port, Governor Lee said …": a fronted clause, the main cue speaks
        # English "X …, saying …": the content follows the cue
        k0 = en_content_start(ctx, toks, i + 1, lx)
        econtent = content_after(ctx, toks, k0, sent) if k0 is not None else None
        if econtent is None or k0 is None:
            return False
        opened = src is not None and toks[k0].text in QUOTE_CHARS and econtent.start > toks[k0].span.start  # 'telling the paper: “…”'
        if lows[i].endswith("ing") and not opened:
            econtent = _participle_end(ctx, toks, econtent)
        m = "direct" if opened else "indirect"
        # "X addressed it in an interview with Y, saying …": the main clause's setting is the participle's
        via = [v for v in vias(ctx, toks[:i], lx, exclude=src) if not v[1]] + links_after(ctx, toks, i, lx, src, econtent)
        ctx.cands.append(Cand(m, [ctx.unquote(econtent)], cue, src, f"attr.{m}.en.sentence_subject", si,
                               subjectless=src is None, via=via))
        return True
    if lx.code == "en" and spk.where == "after" and src is not None and toks[i - 1].text in QUOTE_CHARS:
        # '"…," said Ann Lee, an economist who …': the quotation before the cue is what was said,
        # the speaker is the name before its apposition
        q = ctx.quote_closing_at(toks[i - 1].span.end, lambda q: q.closed)
        if q is not None and q.outer.start >= sent.span.start and not ctx.name_like(q.inner):
            s0 = next(k for k, t in enumerate(toks) if t.span.start >= src.start)
            if s0 + 3 < n and toks[s0].text.isdigit() and toks[s0 + 1].text == "-" and toks[s0 + 2].text.lower().startswith(lx.age_units):
                s0 += 3  # "said 51-year-old Tom Reed": the age before the name
            e0 = np_forward(ctx, toks, s0, lx, apposition=False)
            qsrc = Span(toks[s0].span.start, toks[e0 - 1].span.end) if e0 > s0 else src
            quoted = strip_span(text, q.inner)
            mixed = mixed_clause(ctx, sent, q.outer, quoted, lx)  # 'The cause was "hard to find," wrote Reed.'
            if len(quoted) > 8 or mixed is not None:
                qmode, qrule = ("indirect", "attr.indirect.en.quote_inverted_mixed") if mixed else ("direct", "attr.direct.en.quote_inverted")
                ctx.cands.append(Cand(qmode, [mixed or quoted], cue, qsrc, qrule, si,
                                      via=links_after(ctx, toks, i, lx, qsrc, mixed or quoted)))
                return True
    # a quotation right after the cue (and a colon): "Said \"We see …\"", "sagte: «…»"
    q0 = after + 1 if after < n and toks[after].text in (":", ",") else after
    if lx.code == "de" and v2 is False and src is not None and not (q0 < n and toks[q0].text in QUOTE_CHARS):
        q0 = _colon_after_setting(ctx, toks, after, lx) or q0
    if lx.code == "en" and q0 == n and after == n - 1 and toks[after].text == ":" and src is not None:
        # attr.direct.en.cue_quote+paragraph_before (session 36): "He said:" closes its paragraph, the
        # quotation opens the next one: what it says is the quotation's first paragraph
        gap = re.match(r"[ \t]*\n\s*", text[toks[after].span.end :])
        q = ctx.quote_opening_at(toks[after].span.end + gap.end()) if gap is not None else None
        if q is not None and q.closed:
            ctx.cands.append(Cand("direct", [paragraph_parts(ctx, q.inner)[0]], cue, src, "attr.direct.en.cue_quote+paragraph_before", si,
                                   via=_with_fronted(ctx, toks, i, lx, vias(ctx, toks, lx, exclude=src)), subjectless=subjectless))
            return True
    if q0 < n and toks[q0].text in QUOTE_CHARS:
        q = ctx.quote_opening_at(toks[q0].span.start)
        rest = text[q.outer.end : sent.span.end].strip(" .!?,") if q is not None else ""
        if lx.code == "de" and _quote_then_tag(ctx, si, toks, q0, src, lx):
            return True
        if q is not None and (not rest or q.outer.end > sent.span.end or not q.closed):
            parts = [strip_span(text, q.inner)] if q.closed else split_unclosed(ctx, q.inner)
            if q.closed and lx.code == "en":
                parts = paragraph_parts(ctx, q.inner)[:1]  # 'said: “A.\n\n“B.”': the tag gives A, B goes on untagged (quoted.paragraph_rests)
            ctx.cands.append(Cand("direct", [parts[0]], cue, src, f"attr.direct.{lx.code}.cue_quote", si,
                                   via=_with_fronted(ctx, toks, i, lx, vias(ctx, toks, lx, exclude=src)), subjectless=subjectless))
            for extra in parts[1:]:
                ctx.cands.append(Cand("continuation", [extra], None, None, "attr.direct.unclosed_rest", si, inherit=True))
            return True
    if lx.code == "de" and any(f.lemma in lx.speak_of for f in lx.forms.get(lows[i], [])):
        vj = skip_adverbials(ctx, toks, after, lx)
        if vj < n and lows[vj] in PREPOSITIONS_DE and lows[vj] not in lx.owner_prepositions and np_forward(ctx, toks, vj + 1, lx) > vj + 1:
            vj = skip_adverbials(ctx, toks, np_forward(ctx, toks, vj + 1, lx), lx)  # "sprach trotz der Kritik von …"
        if vj < n and lows[vj] == "von" and src is not None:
            # "Die Polizei sprach von einer friedlichen Demonstration": what was said is named, not
            # quoted; the claim is the phrase from "von" on, not the speaker and the cue around it
            return reported(ctx, si, sent, cue, src, "speech", lx, v2, named=True, spoken_of=toks[vj].span)
    if lx.code == "en" and v2 and src is not None and en_tag_after_quote(ctx, si, sent, i, after, cue, src, lx):
        return True
    if lx.code == "en":
        moved: list[str] = []
        form_held: list[int] = []  # conjuncts attr.content.en.clause_form kept (en_clause_end)
        end_tails: list[str] = []  # rule tails of the ends en_clause_end names (+end.apposed_speaker)
        k0 = en_content_start(ctx, toks, after, lx, why=moved)
        if k0 is None:
            return reported(ctx, si, sent, cue, src, cls, lx, v2)
        # "…, the paper reported, citing two officials, that …": the chain phrase is no content
        lead = leading_relay(ctx, toks, k0, lx)
        head = en_parenthetical_head(ctx, sent, src, i, k0) if v2 and src is not None else None
        econtent = content_after(ctx, toks, lead[0] if lead else k0, sent) if not lead or lead[0] < n else None
        if econtent is None and (lead is None or head is None):
            return False
        evia = [lead[1]] if lead and lead[1] is not None else []
        if econtent is not None and toks[k0].text in QUOTE_CHARS:
            q = ctx.quote_opening_at(toks[k0].span.start, lambda q: q.closed)
            rest = ctx.text[q.outer.end : econtent.end] if q is not None and q.outer.end < econtent.end else ""
            if q is not None and re.match(r"[\s,]*(?:and|but)\b", rest):
                econtent = q.outer  # 'telling the crowd, “I’m one of you,” and left': the quotation, then the speaker's next act
        if econtent is not None and spk.refers is not None and src is not None and ctx.text[src.start : src.end].lower() in ("who", "which"):
            econtent = _relative_clause_content(ctx, toks, econtent)  # "Reed, who said the case was weak, left early"
        if econtent is not None:
            econtent = ctx.unquote(econtent)
            evia += [v for v in vias(ctx, toks, lx, exclude=src) if not v[0].overlaps(econtent) and not any(v[0].overlaps(w[0]) for w in evia)]
            relay = trailing_relay(ctx, toks, econtent, lx)
            if relay is not None:
                econtent, evia = relay[0], [*evia, (relay[1], False)]
            closing = trailing_phrase(ctx, toks, econtent, lx)
            if closing is not None:  # "… was safe in an interview with CNN on Sunday."
                econtent, evia = closing[0], [*evia, *(v for v in closing[1] if not any(v[0].overlaps(w[0]) for w in evia))]
            econtent = _quote_runs_on(ctx, sent, cut_prep_relative(ctx, en_clause_end(ctx, cue, econtent, lx, held=form_held, tails=end_tails)))
        if econtent is not None and head is None and _coordinated_cue_opens(ctx, toks, econtent, lx):
            return False  # "The police responded and confirmed that …": the coordinated verb reports, with the same subject
        if econtent is not None and head is None and _object_no_clause(ctx, toks, i, econtent, src, lx):
            return False  # "AMO found 475 pounds of cocaine …", "ABC13 called the sheriff's office asking …": a thing found or phoned, nothing said
        held = held_by(ctx, toks, src, lx) if src is not None else None
        if held is not None:
            src, evia = held[0], [*evia, (held[1], False)]  # "A report seen by the Guardian says …"
        parts = [p for p in (head, econtent) if p is not None]  # "Climate change, he said, is the threat": the tag splits the claim
        em = "direct" if econtent is not None and ctx.is_quote(econtent) else mode
        ctx.cands.append(Cand(em, parts, cue, src, f"attr.{em}.en.{'v2' if v2 else 'inverted'}" + ("_parenthetical" if head else "") + spk.rule
                              + ("+start." + ".".join(dict.fromkeys(moved)) if moved and econtent is not None else "")
                              + ("+end.descriptive_relative" if econtent is not None and before_descriptive_relative(ctx, econtent, lx) else "")
                              + ("+end.clause_form" if econtent is not None and any(econtent.start <= p < econtent.end for p in form_held) else "")
                              + ("".join(dict.fromkeys(end_tails)) if econtent is not None else ""),
                              si, via=evia, subjectless=subjectless, refers_to=spk.refers))
        return True
    # the content: after the next comma/colon/"dass"/"that"
    k = after
    if lx.code == "de" and k < n and toks[k].text in QUOTE_CHARS:
        q = ctx.quote_opening_at(toks[k].span.start, lambda q: q.closed)
        if q is not None and not ctx.name_like(q.inner) and len(ctx.text[q.inner.start : q.inner.end].split()) >= 3:
            # "…, dass X verkündete „Die Bahn gehört zum Land“, kann man …": the quotation right after the cue
            ctx.cands.append(Cand("direct", [strip_span(ctx.text, q.inner)], cue, src, f"attr.direct.{lx.code}.cue_quote_after", si))
            return True
    while k < n and toks[k].text not in (",", ":") and lows[k] not in lx.complementizers:
        if toks[k].text in QUOTE_CHARS and k > after:
            q = ctx.quote_opening_at(toks[k].span.start, lambda q: q.closed)
            if q is None or not (ctx.name_like(q.inner) or _after_place_preposition(toks, k, lx) or after_programme(toks, k, lx)):
                break
            k = next((m for m in range(k + 1, n) if toks[m].span.start >= q.outer.end), n)  # a quoted name: «Hürriyet»
            continue
        if toks[k].text in (".", "!", "?"):
            break
        k += 1
        if lx.code == "en" and k - after > 6:
            break
    if k >= n or toks[k].text in (".", "!", "?"):
        return reported(ctx, si, sent, cue, src, cls, lx, v2)
    if toks[k].text in (",", ":"):
        k += 1
    if lx.code == "de" and toks[k - 1].text == ":" and _quote_then_tag(ctx, si, toks, k, src, lx):
        return True
    if k < n and toks[k - 1].text == "," and lx.code == "de" and "als" in lows[after : k - 1] \
            and any(f.lemma in lx.naming_verbs for f in lx.forms.get(lows[i], [])) and lows[k] not in lx.complementizers \
            and not any(w in lx.konj1 or w in lx.konj2 for w in lows[k:]):
        # "bezeichnete es als die Wahl zwischen einer faulen Banane, einem …": the name given runs on past the comma
        return reported(ctx, si, sent, cue, src, cls, lx, v2, named=True)
    if k < n and toks[k - 1].text == "," and lx.code == "de" and lows[k] == "als" and skip_adverbials(ctx, toks, after, lx) < k - 1:
        # "verglich die Lage mit 1923, als …": after the cue's object, a clause of time, not what was said
        return reported(ctx, si, sent, cue, src, cls, lx, v2)
    if k < n and toks[k - 1].text == "," and lx.code == "de" and adverbial_opener(ctx, toks, k, lx) is not None \
            and _object_before(ctx, toks, after, k - 1, lx):
        # "fordert mehr Geld für die Ärzte, wenn diese mehr leisten": after the cue's object, a condition, not what was said
        return reported(ctx, si, sent, cue, src, cls, lx, v2)
    if k < n and toks[k - 1].text == "," and lx.code == "de" and (
        lows[k] in lx.never_reported or (lows[k] in lx.relative_prepositions and k + 1 < n and lows[k + 1] in lx.relative_after_preposition)
    ):
        return False  # ", nachdem …", ", um … zu", ", bei denen …": a subordinate clause, not what was said
    # "…, solle erklären, wie …": an indirect question claims nothing; its speaker anchors the speech that goes
    # on (de-news-quotes counts indirect questions as quotations: "äußerten Zweifel, ob …"); not a free
    # relative clause that is the subject of what was said ("sagte, wer …, könne …")
    question = k < n and toks[k - 1].text == "," and lx.code == "de" and lows[k] in lx.interrogatives and not ctx.denews \
        and not _subject_clause(toks, k, lx) and not _told_how(ctx, toks, i, k, lx)
    if k < n and toks[k - 1].text == "," and lx.code == "de" and lows[k] not in lx.complementizers \
            and skip_adverbials(ctx, toks, after, lx) < k and lows[skip_adverbials(ctx, toks, after, lx)] in lx.topic_prepositions \
            and not any(lx.konjunktiv(t.text) for t in toks[k:]):
        return reported(ctx, si, sent, cue, src, cls, lx, v2)  # "berichtete über X, Y und Z": a topic, no claim
    if (
        k + 1 < n and toks[k - 1].text == "," and lows[k] in REL_PRONOUNS and lx.code == "de"
        and toks[k + 1].text[:1].islower() and not is_adjective_like(toks[k + 1].text)
    ):
        # ", der lächelnd …": a relative clause, not what was said; the speech act is reported
        return reported(ctx, si, sent, cue, src, cls, lx, v2)
    if lx.code == "de" and k < n and toks[k - 1].text == "," and lows[k] in REL_PRONOUNS and (
            _verb_final_indicative(ctx, toks, k, lx) or _verb_last(ctx, toks, k, lx)):
        # "verlangt die Rückzahlung der Spenden, die X aufgedeckt hatte": a relative clause on the object
        return reported(ctx, si, sent, cue, src, cls, lx, v2)
    joined = toks[k + 1 : next((m for m in range(k + 1, n) if toks[m].text in (",", ".", ";", ":")), n)]
    if lx.code == "de" and k < n and toks[k - 1].text == "," and lows[k] in clause_words(lx.code)[1] and any(
            ctx.pos_at(t.span) in ("VERB", "AUX") for t in joined) and not any(t.text.lower() in lx.konj1 for t in joined):
        # "Sie nannte den Plan gut, aber die Stadt zögert": a clause of its own joined to the cue's, not what was
        # said (not "…, aber auch, dass …": no verb before the next comma; not "…, und die Stadt werde …": a
        # Konjunktiv I carries the speech on)
        return reported(ctx, si, sent, cue, src, cls, lx, v2)
    if cls == "report" and lx.code == "de" and k < n and lows[k] not in lx.complementizers and toks[k - 1].text != ":" and lows[i] in ("zeigt", "zeigen", "zeigte", "zeigten", "ergab", "ergaben", "ergibt", "belegt", "belegen"):
        return False  # "Die Aufnahmen zeigen Kim, …": an object, not a report
    if lx.code == "de" and k < n and toks[k - 1].text == "," and k - 1 > after and lows[k] not in lx.complementizers \
            and any(f.lemma in _object_verbs_de() for f in lx.forms.get(lows[i], [])) \
            and not any(lx.konjunktiv(t.text) for t in toks[k:]):
        # "Das Labor analysiert die Proben, die Werte kommen am Montag": a verb of `object_then_konjunktiv`
        # with its object before the comma; what follows is a clause of its own, unless its verb is in the
        # Konjunktiv ("…, die Werte seien zu hoch") or a complementizer opens it (review rev26a)
        return False
    if lx.code == "en" and k < n and lows[k] not in lx.complementizers and toks[k].text not in QUOTE_CHARS and toks[k - 1].text not in (",", ":"):
        # "X said the plan …": content right after the cue (and a time adverb)
        if k - after > 3:
            return False
    if lx.code == "de" and k < n and toks[k - 1].text == "," and main_verb_first(ctx, toks, k, lx):
        return False  # "…, in der X die Vergabe als Katastrophe bezeichnete, wurden er und …": the main clause, not what was said
    content = content_after(ctx, toks, k, sent)
    if content is None:
        return False
    if lx.code == "de" and not ctx.is_quote(ctx.unquote(content)):
        content = reported_clause_end(ctx, toks, i, k, content, lx)
    content = ctx.unquote(content)
    m = "direct" if ctx.is_quote(content) else mode
    via = vias(ctx, toks, lx, exclude=src)
    via = [v for v in via if not v[0].overlaps(content)]
    via += addressees(ctx, toks, i + 1, k, lx, src, via, content)
    via = _with_fronted(ctx, toks, i, lx, via)
    if lx.code == "de":
        via = with_recalled_report(ctx, toks, i + 1, k, lx, src, via)  # "X sagte dem Bericht zufolge, …"
    relay = trailing_relay(ctx, toks, content, lx)
    if relay is not None:
        content, via = relay[0], [*via, (relay[1], False)]
    cand = Cand(m, [content], cue, src, f"attr.{m}.{lx.code}.{'v2' if v2 else 'inverted'}" + ("_relative" if spk.refers else "") + spk.rule, si,
                via=via, subjectless=subjectless, refers_to=spk.refers)
    if src is not None:
        cand.co_sources = group_members(ctx, toks, *span_tokens(ctx, toks, src), lx)
    cand.anchor_only = question
    ctx.cands.append(cand)
    return True


@cache
def _common_noun_outlets(code: str) -> frozenset[str]:
    return frozenset(load(code, "according").get("common_noun_outlets", []))


def _idiom_outlet(ctx: Context, src: Span, cue: str, lx: Lang) -> bool:
    """"Da spricht die Welt von einem Wunder", "Die Welt erklärt sich das so": an outlet whose name is
    a common noun (`common_noun_outlets` of according.json: "Welt", "Zeit", "Presse"), with its article
    at most and outside quotation marks, before a cue of speech is the noun, not the paper: only a cue
    of reporting or writing (classes "report", "writing": "berichtet die Welt", "schreibt die Zeit")
    makes it the outlet (rule attr.de.idiom_outlet: no attribution by this cue)."""
    words = re.findall(r"[\w-]+", ctx.text[src.start : src.end])
    if not words or words[-1] not in _common_noun_outlets(lx.code) or (len(words) == 2 and words[0].lower() not in lx.determiners) \
            or len(words) > 2:
        return False
    if any(c in QUOTE_CHARS for c in ctx.text[max(0, src.start - 1) : src.end + 1]):
        return False  # «Die Welt», die «Welt»: a title in quotation marks
    return not any(f.cls in ("report", "writing") for f in lx.forms.get(cue, []))


def _reports_clause(after: list[Token], lx: Lang) -> bool:
    """The words after a German cue report what was said: a "dass" clause, a Konjunktiv, a colon or a
    quotation mark ("Die Presse erklärte am Montag, der Vertrag sei ungültig": the paper, not the noun of
    `_idiom_outlet`, whose idioms report nothing: "Da spricht die Welt von einem Wunder")."""
    return any(t.text.lower() in lx.complementizers or t.text == ":" or t.text in QUOTE_CHARS or (t.text[:1].islower() and lx.konjunktiv(t.text)) for t in after)


def _before_interposed_clause(ctx: Context, src: Span, lx: Lang) -> Span:
    """A speaker phrase that runs on into a clause of circumstance set off by a comma ("the port
    authority, once reached by the Ledger, replied …"): the phrase before that comma (a subordinator of
    `interposed_openers`, en/according.json, opens the clause); the phrase as it is otherwise."""
    openers = load(lx.code, "according").get("interposed_openers", [])
    m = re.search(r",\s+(\w+)\b", ctx.text[src.start : src.end])
    if m is None or m.group(1).lower() not in openers:
        return src
    return strip_span(ctx.text, Span(src.start, src.start + m.start()))


def _told_how(ctx: Context, toks: list[Token], i: int, k: int, lx: Lang) -> bool:
    """"Sie erzählte, wie schwierig es sei, …", "Er machte deutlich, wie sehr ihn das treffe": a verb of
    telling or showing (`told_how.verbs` of cues.json) with "wie" and a word of degree (an adjective or
    `told_how.degree_words`) at toks[k] tells how things are, a claim, no indirect question; not under a
    modal of request or plan ("solle erzählen, wie …", `told_how.modals`)."""
    how = load(lx.code, "cues").get("told_how", {})
    if k + 1 >= len(toks) or toks[k].text.lower() not in how.get("openers", []):
        return False
    lemmas = {f.lemma for f in lx.forms.get(toks[i].text.lower(), [])}
    word = toks[k + 1].text
    degree = word.lower() in how.get("degree_words", []) or (word.islower() and (is_adjective_like(word) or ctx.pos_at(toks[k + 1].span) in ("ADJ", "ADV"))
                                                                   and word.lower() not in how.get("not_degree", []))
    return bool(lemmas & set(how.get("verbs", []))) and degree and not any(t.text.lower() in how.get("modals", []) for t in toks[:i])


def _subject_clause(toks: list[Token], k: int, lx: Lang) -> bool:
    """The clause that opens at toks[k] ends at a comma after which a Konjunktiv follows: it is the
    subject of the reported clause ("sagte, wer schieße, könne nur so genannt werden")."""
    c = next((m for m in range(k + 1, len(toks)) if toks[m].text in (",", ";", ":")), None)
    return c is not None and toks[c].text == "," and any(lx.konjunktiv(t.text) for t in toks[c + 1 : c + 3])


def _with_fronted(ctx: Context, toks: list[Token], i: int, lx: Lang, via: list[tuple[Span, bool]]) -> list[tuple[Span, bool]]:
    """The chain with a medium fronted in the dative ("Der Zeitung «Welt» sagte X") as a downstream link."""
    fronted = fronted_medium(ctx, toks, i, lx)
    if fronted is None or any(v[0].overlaps(fronted[0]) for v in via):
        return via
    return [*via, (fronted[0], False)]


def active_quote(ctx: Context, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
    """"Reuters zitiert eine Stelle aus dem Bericht: …", "Der Spiegel zitiert den Prediger mit den
    Worten «…»", "The paper quoted an official as saying …": the one quoted said it (the source),
    the one quoting relays it (a downstream link)."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    if i > 0 and toks[i - 1].text == ",":
        return False  # "…, zitierte die Agentur X": the cue closes the claim (postposed)
    subj = subject_before(ctx, toks, i, lx)
    if subj is None:
        return False
    j = skip_adverbials(ctx, toks, i + 1, lx)
    q = _quoting(lx.code)
    if lx.code == "de" and j + 1 < n and lows[j] in q.quoted_from and np_forward(ctx, toks, j + 1, lx) > j + 1:
        j += 1  # "Reuters zitiert aus dem Bericht, wonach …": the text quoted from is the source
    e = np_forward(ctx, toks, j, lx)
    if e <= j:
        return False
    if e + 1 < n and lows[e] in q.quoted_from:
        e = max(e, np_forward(ctx, toks, e + 1, lx))  # "eine Passage aus dem UN-Bericht"
    e2 = with_prepositions(ctx, toks, e, lx)
    if _quoting_phrase(lows, e2, q):
        e = e2  # "quoted a nurse at the clinic as saying"
    k = e
    if phrase := _quoting_phrase(lows, k, q):
        k += phrase
    else:
        w = next((m for m in range(k + 1, min(n, k + 4)) if lows[m] in q.nouns), None) if k < n and lows[k] in q.with_ else None
        if w is not None and all(toks[m].text[:1].islower() for m in range(k + 1, w)):
            k = w + 1  # "mit folgenden Worten", "mit den knappen Worten"
    while k < n and toks[k].text in (",", ":"):
        k += 1
    content = content_after(ctx, toks, k, sent)
    if content is None:
        return False
    content = ctx.unquote(content)
    relay = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
    m = "direct" if ctx.is_quote(content) else "indirect"
    rule_end = ""
    if m == "indirect" and lx.code == "en":
        # "The paper quoted a witness as saying she heard shots, although it was not clear …": the author's
        # concession is no part of the reported clause, as after a plain cue (`english_ends._concession_end`; rule +concession_end)
        cut = _concession_end(ctx, content, lx)
        rule_end, content = ("+concession_end" if cut != content else ""), cut
    ctx.cands.append(Cand(m, [content], cue, Span(toks[j].span.start, toks[e - 1].span.end), f"attr.{m}.{lx.code}.active_quote{rule_end}", si,
                          via=[(relay, False)]))
    return True


def passive_quote(ctx: Context, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
    """"X wird von der «Netzeitung» mit den Worten zitiert: «…»" — X said it, the outlet relayed it."""
    toks = sent.tokens
    lows = lowered(toks)
    q = _quoting(lx.code)
    aux = next((k for k in range(i - 1, -1, -1) if lows[k] in q.auxiliaries), None)
    if aux is None:
        return False
    subj = subject_before(ctx, toks, aux, lx)
    start = aux + 1
    if subj is None and lx.code == "de" and aux > 0:
        # "In einer Erklärung wird der Verband mit den Worten zitiert": the subject after the auxiliary
        j = skip_adverbials(ctx, toks, aux + 1, lx)
        e = np_forward(ctx, toks, j, lx, apposition=False) if j < i else j
        if j < e < i and toks[j].text.lower() not in lx.oblique_articles and (lows[e] in q.with_ or lows[e] in lx.passive_agents or e == i):
            subj, start = (j, e), e
    if subj is None:
        return False
    src = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
    via: list[tuple[Span, bool]] = []
    for k in range(start, i):
        if lows[k] in lx.passive_agents:
            e = np_forward(ctx, toks, k + 1, lx, apposition=False)
            if e > k + 1:
                via.append((Span(toks[k + 1].span.start, toks[e - 1].span.end), False))
            break
    k = i + 1
    if k + 1 < len(toks) and (lows[k] in lx.passive_agents or lows[k] in q.quoted_in) and not via:
        # "X was quoted by the Times as saying …", "quoted in the Times as saying": the outlet after the cue
        e = np_forward(ctx, toks, k + 1, lx, apposition=False)
        sp = Span(toks[k + 1].span.start, toks[e - 1].span.end) if e > k + 1 else None
        if sp is not None and (lows[k] in lx.passive_agents or is_medium(ctx, sp, lx)):
            via.append((sp, False))
            k = e
    k += _quoting_phrase(lows, k, q)
    if k < len(toks) and toks[k].text in (":", ","):
        k += 1
    content = content_after(ctx, toks, k, sent)
    if content is None:
        return False
    content = ctx.unquote(content)
    m = "direct" if ctx.is_quote(content) else "indirect"
    ctx.cands.append(Cand(m, [content], cue, src, f"attr.{m}.{lx.code}.passive_quote", si, via=via))
    return True


def _main_verb_de(ctx: Context, sent: Sentence, words: list[str], ci: int, lx: Lang) -> bool:
    """The German cue at words[ci] is the verb of the main clause, as a report of the whole sentence
    needs: not in a clause opened by a subordinator (", als X die Gründe erklären wollte"), not a
    participle used as an adjective before a finite verb of its own clause ("… beschuldigte
    Personen müssen sich verantworten"), not what the parse reads as a particle or adjective
    ("liegen … begründet")."""
    k = ci - 1
    while k >= 0 and words[k] not in (",", ";", ":", "–"):
        k -= 1
    if k >= 0 and k + 1 < ci and words[k + 1] in SUBORDINATORS:
        return False
    for w in words[ci + 1 :]:
        if w in (",", ";", ":", "–", "und", "oder", "sowie"):
            break
        if w in AUX and w not in lx.perfect_singular_auxiliaries:
            return False
    if ci < len(sent.tokens):
        rel = relation_at(ctx.doc, sent.tokens[ci].span)
        if rel in ("compound:prt", "amod"):
            return False
    return True


def _verb_final_indicative(ctx: Context, toks: list[Token], k: int, lx: Lang) -> bool:
    """The clause that opens at toks[k] with a relative pronoun ends with its finite verb in the
    indicative and holds no Konjunktiv (", die X aufgedeckt hatten"), unlike reported speech in
    V2 (", die Lage sei ernst")."""
    end = next((m for m in range(k + 1, len(toks)) if toks[m].text in (",", ".", ";", ":", "!", "?")), len(toks))
    if end - k < 3 or any(lx.konjunktiv(t.text) for t in toks[k:end]):
        return False
    last, before = toks[end - 1], toks[end - 2]
    # a verb complex closes it ("aufgedeckt hatten"): not a subject and its verb ("…, die Polizei ermittelt")
    return last.text[:1].islower() and (last.text in AUX or ctx.finite_indicative(last.span)) and before.text[:1].islower() \
        and before.text.isalpha() and before.text != "zu" and not ctx.finite_indicative(toks[k + 1].span)


def _verb_last(ctx: Context, toks: list[Token], k: int, lx: Lang) -> bool:
    """The clause that opens at toks[k] with a relative pronoun ends with a verb and has no finite
    verb (as the parse reads it) before it and no Konjunktiv I (", den falsche Gerüchte verursachen",
    ", der Milliarden kosten würde", ", deren Ergebnisse der Zeitung vorliegen"): a relative
    clause, unless "zu" stands before the verb (", die Erlaubnis zu haben": an infinitive). "der",
    "die", "das" may also open a subject ("…, die Firma zahlt"): then a pronoun must follow, or a
    verb stand before the last, or words stand between the noun phrase and the verb."""
    end = next((m for m in range(k + 1, len(toks)) if toks[m].text in (",", ".", ";", ":", "!", "?", "–", "—")), len(toks))
    if end - k < 3 or any(t.text in lx.konj1 for t in toks[k:end]):
        return False
    fin = end - 1  # (a plural verb the parse may read as an infinitive: no finite verb before it is enough)
    if ctx.pos_at(toks[fin].span) not in ("VERB", "AUX") or not toks[fin].text.islower() or toks[fin - 1].text.lower() == "zu" or any(
            ctx.pos_at(t.span) in ("VERB", "AUX") and "Mood=" in ctx.feats_at(t.span) for t in toks[k + 1 : fin]):
        return False
    if toks[k].text.lower() not in ("der", "die", "das"):
        return True
    return ctx.pos_at(toks[k + 1].span) == "PRON" or ctx.pos_at(toks[fin - 1].span) in ("VERB", "AUX") \
        or np_forward(ctx, toks, k, lx, apposition=False) < fin


def _object_first(ctx: Context, sent: Sentence, v2: bool, lx: Lang) -> bool:
    """The subject stands after the verb and a noun phrase, not an adverbial, before it: a fronted
    object ("Beispiele nannte der Minister", "Dies erklärte der Sprecher")."""
    toks = sent.tokens
    s0 = skip_conjunction(toks, min_len=2)
    first = toks[s0].text
    return not v2 and first[:1].isupper() and first.lower() not in PREPOSITIONS_DE and first.lower() not in lx.np_stop \
        and not ctx.in_timex(toks[s0].span)


def _negated_after(words: list[str], ci: int, lx: Lang) -> bool:
    """A negation in the cue's own clause after it: "nannte Beispiele allerdings nicht", "äußerte
    sich nicht zu den Berichten", "gab keine Details bekannt" — nothing was said."""
    for k in range(ci + 1, len(words)):
        w = words[k]
        if w in (",", ";", ":", "–", "und", "oder", "sowie", "."):
            return False
        if w in lx.negations and (k + 1 >= len(words) or words[k + 1] not in lx.not_negating):
            return True
    return False


def _main_clause(sent: Sentence, words: list[str]) -> list[str]:
    """The words of a sentence without its relative clauses (", die am Montag festgenommen
    wurde,"): what they say does not make the main clause passive."""
    out: list[str] = []
    skip = False
    for k, w in enumerate(words):
        if w == "," and k + 1 < len(words) and words[k + 1] in REL_PRONOUNS:
            skip = True
            continue
        if skip and w in (",", ".", ";"):
            skip = False
            continue
        if not skip:
            out.append(w)
    return out


def _named_as(ctx: Context, sent: Sentence, ci: int, src: Span, lx: Lang) -> Span | None:
    """What a German naming verb (`naming_verbs`: "nennen", "bezeichnen") at token ci names and the
    name it gives, as the labels take it: after the verb when the subject stands before it ("X
    bezeichnete den Plan als Fehler" → "den Plan als Fehler", up to a comma that opens another
    clause: ", und die Kommission prüft …", `naming_clause_joiners` of resources/de/according.json), after the subject when the subject follows the verb
    ("Am Montag nannte der Minister den Plan einen Fehler" → "den Plan einen Fehler"), or the fronted
    predicate itself ("Überraschend und mutig nannte X den Entwurf"); None when the verb
    closes its clause (a participle after its objects) or nothing is left."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    if ci + 1 >= n:
        return None
    if src.end <= toks[ci].span.start:
        a = ci + 1
    else:
        s0 = skip_conjunction(lows)
        fronted = toks[s0:ci]
        if fronted and lows[s0] not in PREPOSITIONS_DE | lx.determiners | {"als", "wie"} \
                and all(t.text[:1].islower() and lows[s0 + k] not in PREPOSITIONS_DE for k, t in enumerate(fronted) if k > 0):
            return strip_span(ctx.text, Span(fronted[0].span.start, fronted[-1].span.end))
        a = next((k for k in range(ci + 1, n) if toks[k].span.start >= src.end), n)
    e = n
    joiners = frozenset(load(lx.code, "according").get("naming_clause_joiners", []))
    for k in range(a, n):
        if toks[k].text == ";" or (toks[k].text == "," and k + 1 < n and lows[k + 1] in joiners):
            e = k
            break
    if e - a < 2 or any(t.text in QUOTE_CHARS for t in toks[a:e]):
        return None
    return strip_span(ctx.text, Span(toks[a].span.start, toks[e - 1].span.end))


def _object_before(ctx: Context, toks: list[Token], after: int, c: int, lx: Lang) -> bool:
    """Between the cue's subject (up to toks[after]) and the comma at toks[c] stands an object: a
    noun, capitalised, outside the adverbs and times that may follow the verb ("fordert am Montag
    mehr Geld für die Ärzte, wenn …"), so a clause after the comma hangs on it or on the verb."""
    j = skip_adverbials(ctx, toks, after, lx)
    return j < c and any(t.text[:1].isupper() and t.text[:1].isalpha() and not ctx.in_timex(t.span) for t in toks[j:c])


def _lead_links(ctx: Context, toks: list[Token], content: Span, src: Span, lx: Lang, have: list[tuple[Span, bool]]) -> list[tuple[Span, bool]]:
    """"Ob …, war sich X in der ZiB 2 nicht sicher: Ich nehme an, …, antwortete er.": the lead before the
    colon that opens a postposed tag's claim names its speaker (the tag's pronoun, or the name the tag
    repeats) and the medium it spoke in: a downstream link of the claim (German)."""
    c = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text == ":" and toks[k].span.end <= content.start
              and not ctx.inside_any_quote(toks[k].span.start)), None)
    words = ctx.text[src.start : src.end].split()
    if c is None or c < 3 or not words:
        return []
    if words[0] not in lx.subject_pronouns and not any(t.text == words[-1] for t in toks[:c]):
        return []  # ("Die Lage ist ernst: …, sagte X": a lead of no one's speech)
    return [v for v in vias(ctx, toks[:c], lx) if not v[1] and not any(v[0].overlaps(w[0]) for w in have)]


def reported(ctx: Context, si: int, sent: Sentence, cue: Span, src: Span | None, cls: str, lx: Lang, v2: bool, named: bool = False,
             spoken_of: Span | None = None) -> bool:
    """A reported speech act with no content clause ("Die Schüler klagten über zu viel
    Stress"): the whole sentence is what is reported; with `spoken_of` (the "von" of "sprach von
    einer Wahl" after the cue), the phrase from there to the sentence's end."""
    if src is None or cls not in ("speech", "deny", "confirm", "writing") or len(sent.tokens) < 5:
        return False
    lemmas = {f.lemma for f in lx.forms.get(ctx.text[cue.start : cue.end].lower(), [])}
    if lemmas & lx.reported_exclude and not named:
        return False
    if any(t.text in lx.reported_object_exclude.get(lemma, ()) for lemma in lemmas for t in sent.tokens):
        return False  # "Der Sturm forderte zwölf Todesopfer": no speech act
    stext = ctx.text[src.start : src.end]
    # "Insgesamt spricht die Polizei von …", "Beispiele nannte der Minister nicht": after the verb, the subject opens with its article
    # (also an inverted subject in the seed's style, where the report only anchors the speech that
    # goes on: "Ähnlich äußerte sich der Verband. Die Politik müsse …"; de-news-quotes does not count those)
    inverted = not v2 and not ctx.denews
    head = next((w for w in stext.split() if w.lower() not in lx.determiners), stext) if named or inverted or _object_first(ctx, sent, v2, lx) else stext
    if ctx.in_timex(src) or (lx.code == "de" and head[:1].islower() and stext not in lx.subject_pronouns):
        return False  # "Anfang Februar …", "Sehr direkt für …": no speaker
    words = [t.text.lower() for t in sent.tokens]
    if {"werden", "worden", "wurde", "wurden", "wird", "been", "was", "were"} & set(_main_clause(sent, words)):
        return False  # passive: "bestätigt werden", "zum … erklärt wurde"
    ci = next((k for k, t in enumerate(sent.tokens) if t.span == cue), len(words))
    if {"nicht", "weder", "noch", "kein", "keine", "not", "never", "neither", "nor"} & set(words[max(0, ci - 3) : ci]):
        return False  # "wollte den Bericht weder bestätigen noch dementieren": nothing was said
    if lx.code == "de" and (not _main_verb_de(ctx, sent, words, ci, lx) or _negated_after(words, ci, lx)):
        return False
    if ctx.inside_any_quote(sent.span.start + 1) or any(c.content[0].overlaps(sent.span) for c in ctx.cands):
        return False
    inner = [q for q in ctx.quotes_within(sent.span) if q.outer.start > cue.end and not ctx.name_like(q.inner)]
    if inner:
        # "nannte sie «fahrlässig»": the words quoted are what is reported
        qs = strip_span(ctx.text, inner[0].inner)
        ctx.cands.append(Cand("direct", [qs], cue, src, f"attr.direct.{lx.code}.reported_partial", si))
        return True
    if lx.code == "en" and not ctx.polnear:
        return False  # the seed's style: "confessed to the crime", "has criticized (the deal)" name a speech act, they claim nothing
    content = strip_span(ctx.text, sent.span)
    if spoken_of is not None and spoken_of.start > cue.end and not ctx.denews:
        # "Die Reederei sprach in ihrer Mitteilung von drei Fähren": what was spoken of (the seed's style; rule .reported.spoken_of)
        content = strip_span(ctx.text, Span(spoken_of.start, sent.span.end))
    elif lx.code == "de" and not ctx.denews and lemmas & lx.naming_verbs and not lemmas & lx.speak_of:
        if ci + 2 < len(words) and words[ci + 1] == "sich" and "als" not in words[ci + 2 :]:
            return False  # "Sie nennt sich jetzt Stella": a name one takes, no claim
        named_as = _named_as(ctx, sent, ci, src, lx)
        if named_as is not None:
            content = named_as  # "X bezeichnete den Plan als Fehler": the thing named and the name given (rule .reported.named_as)
    # the chain phrases of the sentence ("He denied it in a separate CNN interview")
    # the seed's style: "bestätigte den Auftritt", "begrüßte den Beschluss" name an act, they claim
    # nothing (a name given is a claim: "nannte den Plan illegal"); de-news-quotes counts them
    anchor = lx.code == "de" and not ctx.denews and not named and not lemmas & lx.naming_verbs
    whole = strip_span(ctx.text, sent.span)
    rule = f"attr.indirect.{lx.code}.reported" + ("" if content == whole else ".spoken_of" if spoken_of is not None else ".named_as")
    via = vias(ctx, sent.tokens, lx, exclude=src)
    if lx.code == "de" and ci < len(words):
        # (the medium told after the cue and its speaker, which the speech that goes on keeps: "…, sagte ein
        # Sprecher der Agentur X am Montag. Dies habe …")
        via += [v for v in links_after(ctx, sent.tokens, ci, lx, src, None) if not any(v[0].overlaps(w[0]) for w in via)]
    ctx.cands.append(Cand("indirect", [content], cue, src, rule, si, via=via, anchor_only=anchor))
    return True

