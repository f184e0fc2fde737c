"""Where an English reported clause ends: what the parse or the words show going on after it (a second
speech act, a clause of the author's, a parenthesis, an apposition, a concession, a comment after a dash,
the speaker's tail) is cut off the content.
"""

from __future__ import annotations

import re

from ...document import Document, Span, Token
from ...resources import load
from ...textutil import lowered
from ..lexicon import (
    AUX,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    skip_conjunction,
)
from .chains import interview_setting
from .context import QUOTE_CHARS, Context, strip_span
from .cues import NOT_SPEECH
from .english import _CLAUSE_CONJUNCTIONS, _EN_LEX, _chain_tail
from .occasions import trailing_setting

#: relations of a cue verb's dependents that go on after its reported clause and are no part of
#: it when they are verbs of speech: a second verb of the speaker ("… and said"), a participle or
#: adverbial clause ("…, adding that", "…, though she acknowledged"), a parenthetical
_AFTER_CLAUSE = frozenset({"conj", "cc", "advcl", "parataxis"})


_OPENERS = {"(": ")", "—": "—", "–": "–", "--": "--", "―": "―"}


def _parenthesis_end(ctx: Context, cue: Span, content: Span) -> Span:
    """'The mayor — who said the budget was “tight” — left early', 'Lee (who told reporters the
    plan was a disaster) did not call back': a cue inside a parenthesis or a pair of dashes that
    opened a few words before it reports what stands up to the closing mark; the sentence goes on
    after it. The content unchanged when no such pair holds the cue."""
    text = ctx.text
    seen = text[max(0, cue.start - 40) : cue.start]
    m = re.search(r"(\(|—|–|--|―)\s*(?:\w+\s+){0,3}$", seen)
    if m is None:
        return content
    close = _OPENERS[m.group(1)]
    k = content.start
    while True:
        k = text.find(close, k, content.end)
        if k < 0:
            return content
        if not ctx.inside_any_quote(k):
            break
        k += 1
    cut = strip_span(text, Span(content.start, k))
    return cut if len(cut) > 8 else content


def en_clause_end(ctx: Context, cue: Span, content: Span, lx: Lang, held: list[int] | None = None,
                  tails: list[str] | None = None) -> Span:
    """The reported clause without what the parse shows going on after it: a second speech act
    of the speaker hung on the cue verb ("she said the plan failed and added that …", "…, noting
    that …"), another verb of the speaker without a subject of its own ("joked about the rules,
    declined to answer, and told …"), a participle of speech after a comma ("blamed the press for
    the story, saying …") and a relative clause on the whole that runs to the end ("…, which
    raised concerns"). The content stays as it is when the cue was not parsed. `held`, when given,
    collects where each conjunct starts that attr.content.en.clause_form kept in the clause (the caller's
    rule tail +end.clause_form when the content still holds one); `tails` the rule tails of the other ends that
    name themselves (`+end.apposed_speaker`)."""
    from ..syntax import children, subtree, words_in

    doc = ctx.doc
    content = _parenthesis_end(ctx, cue, content)
    content = _dash_comment_end(ctx, _next_predicate_end(ctx, _fronted_clause_end(ctx, cue, content, lx), lx, tails), lx)
    content = _descriptive_relative_end(ctx, _apposition_end(ctx, _concession_end(ctx, content, lx), lx), lx)
    content = _narrated_contrast_end(ctx, cue, content, lx)
    content = _appraisal_end(ctx, content, lx)
    content = _speaker_tail_end(ctx, cue, content, lx)
    content = trailing_setting(ctx, content, lx)
    if not doc.syntax:
        return content
    words = words_in(doc, cue)
    if not words:
        return content
    verb = next((w for w in reversed(words) if doc.syntax[w].pos in ("VERB", "AUX")), words[-1])  # "spoke (about)"
    if doc.syntax[verb].dep in ("acl:relcl", "acl", "advcl") and doc.syntax[verb].head != verb and _opens_clause(ctx, verb):
        # a cue inside a subordinate clause ("journalists who said they were censored have left",
        # "while rivals called for more troops, he …"): what it reports ends with that clause
        last = subtree(doc, verb)[-1]
        end = doc.syntax[last].span.end
        if content.start + 8 < end < content.end:
            content = strip_span(ctx.text, Span(content.start, end))
    inside = [c for c in children(doc, verb) if content.start <= doc.syntax[c].span.start < content.end]
    comps = [c for c in inside if doc.syntax[c].dep in ("ccomp", "xcomp", "obj", "obl")]
    if not comps:
        # the parse does not see the content as the verb's clause (it hangs the that-clause on the
        # addressee: "is telling a group that the harvest is ruined and says …"): keep the rules'
        # edges, but for the speaker's next verb of speech, conjoined to the cue without a subject
        # (or on the head of a that-clause the parse hangs on a chain phrase: "said in an interview
        # with CNN that the plan was good and added that …")
        return _conjoined_speech_end(ctx, verb, inside + _clause_head_dependents(ctx, content), content, lx)
    head = min(comps)
    cut = content.end
    # the speaker's next verb hangs on the cue verb, or (a common attachment error) on the clause's head
    for c in [*inside, *children(doc, head)]:
        sp = doc.syntax[c].span
        if c <= head or doc.syntax[c].dep not in _AFTER_CLAUSE:
            continue
        speech = _speech_form(ctx.text[sp.start : sp.end].lower(), lx)  # not "(and the mayor still) believed"
        if speech and c not in inside and not any(f.cls == "speech" for f in lx.forms.get(ctx.text[sp.start : sp.end].lower(), [])) \
                and _word(ctx, c + 1) not in lx.complementizers:
            speech = False  # "says the rangers reached the hut and found a hiker shivering": the clause's own verb, no finding of the speaker's
        own = c in inside and doc.syntax[c].dep == "conj" and doc.syntax[c].pos == "VERB" and not any(
            doc.syntax[g].dep.startswith(("nsubj", "csubj", "expl")) for g in children(doc, c))
        if not (speech or own or _tense_breaks(ctx, head, c) or (c in inside and _contrast(ctx, c, lx))):
            continue  # only a verb of speech or one of the speaker's: a parse may hang the clause's own verbs here
        if not speech and _clause_form(ctx, verb, head, c, lx):
            if held is not None:
                held.append(doc.syntax[c].span.start)
            continue  # rule attr.content.en.clause_form: "said the town has done it before and given …", "said it will join and build …"
        first = subtree(doc, c)[0]
        if ctx.inside_any_quote(doc.syntax[first].span.start) and ctx.inside_any_quote(doc.syntax[c].span.start):
            continue  # 'is “working with the councils, who have said …”': the quotation goes on with what was said
        joint = {_word(ctx, first), _word(ctx, first - 1), _word(ctx, first + 1)}
        if joint & ({",", "—", "–", "-", ";"} | _CLAUSE_CONJUNCTIONS):
            cut = min(cut, doc.syntax[first].span.start)
    # (a content may end inside the head's token: "… at Lumo Inc." without the sentence's full stop)
    for w in words_in(doc, Span(doc.syntax[head].span.end, cut)) if cut > doc.syntax[head].span.end else []:
        word = _word(ctx, w)
        if not _after_comma(ctx, w) or ctx.inside_any_quote(doc.syntax[w].span.start):
            continue
        if word.endswith("ing") and word in lx.forms:
            prev = doc.syntax[w - 1].span  # "…, saying they were nitpicking": a speech act of its own
            cut = prev.end if _word(ctx, w - 1) in QUOTE_CHARS else prev.start
            break
        if word == "which" and _runs_to(doc, w, cut):
            cut = doc.syntax[w - 1].span.start  # "…, which raised concerns": the author's, after the claim
            break
    if cut >= content.end or cut <= doc.syntax[head].span.start:
        return content
    kept = strip_span(ctx.text, Span(content.start, cut))
    if _subject_with_relative(ctx, kept, content):
        return content  # "said the bridge, which opened in 1990, needs repairs": the parse left the clause's subject alone
    return kept


#: English past forms of verbs (resources/en/time.json `tense_past`, besides the forms in -ed)
_PAST_FORMS = frozenset(load("en", "time").get("tense_past", []))
#: the pronouns by which the author, not the speaker, refers to the speaker ("he", "his")
_THIRD_PERSON = frozenset(_EN_LEX["third_person_words"])


def _narrated_contrast_end(ctx: Context, cue: Span, content: Span, lx: Lang) -> Span:
    """The reported clause ends before ", but" or ", and" (outside quotation marks) and a clause
    whose subject holds a pronoun of the third person and whose verb is in the simple past ("Reid
    said both were weak, but he praised Cruz", "… qualified, but several of his findings
    contradicted …"): the author goes on about the speaker, who would say "I". Forms of "be" and
    "have" and modals (which reported speech shifts back: "…, but he would try") keep the clause."""
    si = ctx.sentence_index(Span(content.start, content.start + 1))  # the sentence that holds its start
    if si is None or cue.end > content.start:
        return content
    sent = ctx.doc.sentences[si]
    toks = [t for t in sent.tokens if content.start <= t.span.start < content.end]
    lows = [t.text.lower() for t in toks]
    for k in range(3, len(toks) - 2):
        if lows[k] not in _CLAUSE_CONJUNCTIONS or ctx.inside_any_quote(toks[k].span.start):
            continue
        comma = lows[k - 1] == "," or (toks[k - 1].text in QUOTE_CHARS and lows[k - 2] == ",")
        if not comma:
            continue
        for m in range(k + 1, min(len(toks), k + 7)):
            w = lows[m]
            if w in AUX or w in lx.modals or w in lx.base_auxiliaries or w in lx.complementizers or toks[m].text in QUOTE_CHARS:
                break
            if (w in _PAST_FORMS or (w.endswith("ed") and w.isalpha())) and m > k + 1 and any(x in _THIRD_PERSON for x in lows[k + 1 : m]):
                end = toks[k - 1].span.end if toks[k - 1].text in QUOTE_CHARS else toks[k - 1].span.start
                return strip_span(ctx.text, Span(content.start, end))  # ('… "non-entities," but he …': with its closing mark)
            if toks[m].text in (",", ";", ":"):
                break
    return content


def _conjoined_speech_end(ctx: Context, verb: int, inside: list[int], content: Span, lx: Lang) -> Span:
    """The content up to a verb of speech the parse conjoins to the cue verb `verb` (one of the
    cue's dependents `inside` the content), after "and", "but" or a comma and without a subject of
    its own: the speaker's next speech act. Unchanged when there is none."""
    from ..syntax import children, subtree

    doc = ctx.doc
    for c in inside:
        w = doc.syntax[c]
        word = ctx.text[w.span.start : w.span.end].lower()
        if w.dep != "conj" or w.pos != "VERB" or not _speech_form(word, lx) or ctx.inside_any_quote(w.span.start) \
                or any(doc.syntax[g].dep.startswith(("nsubj", "csubj", "expl")) for g in children(doc, c)):
            continue
        first = subtree(doc, c)[0]
        if _word(ctx, first - 1) == "," or _word(ctx, first - 1) in _CLAUSE_CONJUNCTIONS or _word(ctx, first) in _CLAUSE_CONJUNCTIONS:
            cut = doc.syntax[first].span.start if _word(ctx, first) in _CLAUSE_CONJUNCTIONS else doc.syntax[first - 1].span.start
            kept = strip_span(ctx.text, Span(content.start, cut))
            if content.start < kept.end < content.end and len(ctx.text[kept.start : kept.end].split()) >= 3:
                return kept
    return content


def _clause_head_dependents(ctx: Context, content: Span) -> list[int]:
    """The dependents of the head of the that-clause that opens the content (its "that" marks
    it), in the content after that word; none when the content opens otherwise."""
    from ..syntax import children, words_in

    doc = ctx.doc
    words = words_in(doc, content)
    if not words or ctx.text[doc.syntax[words[0]].span.start : doc.syntax[words[0]].span.end].lower() != "that" \
            or doc.syntax[words[0]].dep != "mark":
        return []
    head = doc.syntax[words[0]].head
    return [c for c in children(doc, head) if c > words[0] and content.start <= doc.syntax[c].span.start < content.end]


def _subject_with_relative(ctx: Context, kept: Span, content: Span) -> bool:
    """What is kept of a reported clause has no verb, and a relative clause between commas after
    it is followed by a verb ("the bridge, which opened in 1990, needs repairs"): the kept words
    are the clause's subject, not the whole of what was said."""
    from ..syntax import words_in

    doc = ctx.doc
    if any(doc.syntax[w].pos in ("VERB", "AUX") for w in words_in(doc, kept)):
        return False
    rest = words_in(doc, Span(kept.end, content.end))
    low = [_word(ctx, w) for w in rest]
    if len(low) < 4 or low[0] != "," or low[1] not in REL_PRONOUNS:
        return False
    k = next((k for k in range(2, len(low) - 1) if low[k] == "," and not ctx.inside_any_quote(doc.syntax[rest[k]].span.start)), None)
    return k is not None and doc.syntax[rest[k + 1]].pos in ("VERB", "AUX") and low[k + 1].isalpha()


def _tense_breaks(ctx: Context, head: int, c: int) -> bool:
    """The conjunct `c` of the reported clause's head is a verb without a subject or an auxiliary
    of its own whose form cannot go on with the clause's third person present ("she is friendly
    with the mayor but took issue with his plan"): the speaker's next verb, not the clause's."""
    from ..syntax import children

    syn = ctx.doc.syntax
    if syn[c].dep != "conj" or syn[c].pos != "VERB" or syn[c].head != head:
        return False
    if any(syn[g].dep.split(":")[0] in ("nsubj", "csubj", "expl", "aux", "cop", "mark") for g in children(ctx.doc, c)) or _word(ctx, c - 1) == "to":
        return False  # (not "… to mass-produce warheads and to deploy them")
    word = ctx.text[syn[c].span.start : syn[c].span.end]
    if not word.isalpha() or not word.islower() or word.endswith("ing"):
        return False
    if any(syn[g].dep == "aux:pass" for g in children(ctx.doc, head)) and any(syn[g].dep == "obj" for g in children(ctx.doc, c)):
        return True  # "they were being paid late and asked their lawyers …": an active verb with its object shares no passive
    if word.endswith("s"):
        return False
    finite = [g for g in children(ctx.doc, head) if syn[g].dep.split(":")[0] in ("cop", "aux")]
    if finite:
        return _word(ctx, finite[0]) in ("is", "has", "does")
    own = _word(ctx, head)
    return syn[head].pos == "VERB" and own.endswith("s") and not own.endswith("ss") and any(
        syn[g].dep.startswith("nsubj") for g in children(ctx.doc, head))


def _clause_form(ctx: Context, cue: int, head: int, c: int, lx: Lang) -> bool:
    """Rule attr.content.en.clause_form: the conjunct `c` (no subject of its own) after a cue in the
    past goes on with the reported clause's verb group, not with the speaker: it has an auxiliary of
    the present or the future of its own ("said the visit was private and does not mean an
    endorsement"), or it shares the clause head's modal in the bare form ("said the city will join
    the pact and build two parks"; not a form in -ed or -s, nor a past form of `tense_past`) or the
    head's perfect in a form that is no simple past ("said the county has done it before and given
    out …"; not "took" nor a regular form in -ed, "thanked"), as the head's own conjunct. Not after a cue with an auxiliary of its own ("has
    signaled … but has been met …"). The conjunct stays in what was said (the parse gives no verb
    features: the forms are read from the words)."""
    from ..syntax import children

    syn = ctx.doc.syntax
    if syn[c].dep != "conj" or syn[c].pos not in ("VERB", "AUX"):
        return False
    if any(syn[g].dep.split(":")[0] in ("nsubj", "csubj", "expl") for g in children(ctx.doc, c)):
        return False
    cue_word = _word(ctx, cue).lower()
    if cue_word not in _PAST_FORMS and not cue_word.endswith("ed"):
        return False
    if any(syn[g].dep.startswith("aux") for g in children(ctx.doc, cue)):
        return False  # (a cue with an auxiliary, "has signaled … but has been met …": its own verb group goes on)
    word = _word(ctx, c)
    if not word.isalpha() or not word.islower() or word.endswith("ing"):
        return False
    auxes = [_word(ctx, g).lower() for g in children(ctx.doc, c) if syn[g].dep.startswith("aux")]
    if auxes:
        return auxes[0] in load(lx.code, "lexicon").get("present_auxiliaries", [])
    shared = [_word(ctx, g).lower() for g in children(ctx.doc, head) if syn[g].dep == "aux"]
    if not shared or syn[c].head != head:
        return False  # (a conjunct of the cue verb shares nothing of the clause's: "warned that …, inflame …")
    if shared[0] in lx.modals:  # ("will join … and build …"; "add" is a verb of speech, which ends the clause)
        return word not in _PAST_FORMS and not word.endswith(("ed", "s"))
    # (a regular form in -ed is a simple past too: "said the council has approved it and thanked the voters" is the narrator's)
    return shared[0] in ("has", "have", "had") and word not in _PAST_FORMS and not word.endswith("ed")


def _contrast(ctx: Context, c: int, lx: Lang) -> bool:
    """The clause `c` the parse hangs on the cue verb opens with a subordinator of contrast
    (`contrast_openers`: "…, while 12 percent were unsure") and has a subject of its own: the
    author's, after the reported clause."""
    from ..syntax import children

    syn = ctx.doc.syntax
    if syn[c].dep != "advcl":
        return False
    kids = children(ctx.doc, c)
    return any(syn[g].dep == "mark" and _word(ctx, g) in lx.contrast_openers for g in kids) and any(
        syn[g].dep.startswith("nsubj") for g in kids)


#: a dash that opens the author's comment on what was said ("… - though economists have contested that view")
_DASH_COMMENT = re.compile(r"\s(?:-|--|–|—)\s+(\w+)")


def _appraisal_end(ctx: Context, content: Span, lx: Lang) -> Span:
    """What was said ends before an apposition that names it as a speech act of someone else's:
    a comma, an indefinite article, a noun of `speech_nouns` (cues.json) and a relative clause
    ("the fund had been mismanaged, a charge that the treasurer denied, …", "…, an allegation the
    firm rejects"): the author's note on the claim, not part of it."""
    toks, lows, commas = _inner_commas(ctx, content)
    for k in commas:
        if lows[k + 1] not in ("a", "an") or ctx.inside_any_quote(toks[k].span.start):
            continue
        h = k + 2 if lows[k + 2] in lx.speech_nouns else k + 3 if lows[k + 3] in lx.speech_nouns and toks[k + 2].text.isalpha() else None
        if h is None or h + 1 >= len(toks):
            continue
        nxt = toks[h + 1].text
        if lows[h + 1] in ("that", "which") or nxt in lx.subject_pronouns or nxt[:1].isupper() or lows[h + 1] in lx.determiners:
            return strip_span(ctx.text, Span(content.start, toks[k].span.start))
    return content


def _content_tokens(ctx: Context, content: Span) -> list[Token] | None:
    """The tokens of its sentence that start inside `content`; None when no sentence holds it."""
    si = ctx.sentence_index(content)
    if si is None:
        return None
    return [t for t in ctx.doc.sentences[si].tokens if content.start <= t.span.start < content.end]


def _inner_commas(ctx: Context, content: Span) -> tuple[list[Token], list[str], list[int]]:
    """The content's tokens (as `_content_tokens`; none when no sentence holds it), their lower-cased
    texts and the indexes of its commas with two tokens before them and three after them at least:
    where an apposition on what was said may open."""
    toks = _content_tokens(ctx, content) or []
    return toks, [t.text.lower() for t in toks], [k for k in range(2, len(toks) - 3) if toks[k].text == ","]


#: a comma and a concessive subordinator outside quotation marks (", although he …")
_CONCESSIVE = re.compile(r",[\"”’]?\s+(\w+)\s")


def _concession_end(ctx: Context, content: Span, lx: Lang) -> Span:
    """What was said ends before a comma and a concessive subordinator of `dash_comment_openers`
    ("although", "though", "whereas") outside quotation marks that opens a clause with a subject
    of its own ("…, although he supports keeping troops there"): the author's qualification of the
    claim, as after a dash. "while" stays: it may join two findings of one report."""
    for m in _CONCESSIVE.finditer(ctx.text, content.start, content.end):
        if m.group(1).lower() not in lx.dash_comment_openers or ctx.inside_any_quote(m.start(1)) or m.start() - content.start < 10:
            continue
        rest = ctx.text[m.end(1) : content.end].split()
        if len(rest) >= 2 and (rest[0] in lx.subject_pronouns or rest[0].lower() in lx.determiners or rest[0][:1].isupper()):
            return strip_span(ctx.text, Span(content.start, m.start() + (1 if ctx.text[m.start() + 1] in QUOTE_CHARS else 0)))
    return content


#: a word with a contracted auxiliary ("he's", "they’ve")
_CONTRACTED = re.compile(r"(\w*)['’](?:s|re|ve|ll|d|m)")


def _contracted(low: str, lx: Lang) -> bool:
    """A pronoun with a contracted auxiliary ("he's", "they've"; not the possessive "Lee's")."""
    m = _CONTRACTED.fullmatch(low)
    return m is not None and (m.group(1) in lx.contracting_pronouns or m.group(1) in {p.lower() for p in lx.subject_pronouns})


def _apposition_end(ctx: Context, content: Span, lx: Lang) -> Span:
    """What was said ends before a comma (or a comma and a closing quotation mark) and a noun
    phrase that opens with an indefinite article or "part of", outside quotation marks, after a
    whole clause (one with a finite verb): the author's apposition on what was said ("… should be
    local troops, a force of some 10,000 that …", '… "losing the fight," part of a lashing …').
    An apposition in the clause's subject, before its verb, stays ("the bridge, a 1920 structure,
    needs repairs")."""
    toks, lows, commas = _inner_commas(ctx, content)
    for k in commas:
        a = k + 2 if toks[k + 1].text in QUOTE_CHARS else k + 1
        if a + 1 >= len(toks) or ctx.inside_any_quote(toks[a].span.start) or (a == k + 1 and ctx.inside_any_quote(toks[a - 1].span.start)):
            continue
        if not (lows[a] in ("a", "an") or (lows[a] == "part" and lows[a + 1] == "of")):
            continue
        if any(_speech_form(w, lx) and not w.endswith("ing") for w in lows[a:]):
            return content  # "…, a prospect Lee denied": another speech act on it, left to the rules of nested speech
        if any(ctx.finite_indicative(t.span) or lows[m] in AUX or lows[m] in lx.base_auxiliaries or _contracted(lows[m], lx)
               for m, t in enumerate(toks[:k]) if not ctx.inside_any_quote(t.span.start)):
            end = toks[k].span.start if a == k + 1 else toks[k + 1].span.end
            return strip_span(ctx.text, Span(content.start, end))
    return content


def _descriptive_relative_end(ctx: Context, content: Span, lx: Lang) -> Span:
    """Rule attr.content.en.descriptive_relative: what was said ends before a comma and a relative word
    of `descriptive_relatives` (lexicon.json: "where", "when", "who", "whose") outside quotation marks
    that hangs a clause on a name or a time the claim names last ("… than the 2009 fair in Dayton, where
    the organisers lost money", "… before May 3, when the council votes", "… next to Ann Lee, who has
    led the board since 2010"), after a whole clause (one with a finite verb) and running to the
    content's end with no speech act of its own: the author's description of what the claim names, no
    part of it. A relative clause in the claim's subject, before its verb, stays ("the mayor, who owns
    the land, would sell it")."""
    words = lx.descriptive_relatives
    toks, lows, commas = _inner_commas(ctx, content)
    for k in commas:
        if lows[k + 1] not in words or ctx.inside_any_quote(toks[k + 1].span.start):
            continue
        before = toks[k - 1]
        if not (before.text[:1].isupper() or before.text[:1].isdigit() or ctx.in_timex(before.span)):
            continue  # (a name or a time: not "… the plan, where it matters")
        if any(_speech_form(w, lx) or ctx.inside_any_quote(t.span.start) for w, t in zip(lows[k + 1 :], toks[k + 1 :], strict=True)):
            return content  # "…, who said …": another speech act on it, left to the rules of nested speech
        if any(toks[m].text in (",", ";", ":", "—", "–") and m + 1 < len(toks) and not toks[m + 1].text[:1].isupper()
               for m in range(k + 2, len(toks))):
            continue  # (the clause goes on after the relative: "… when radical groups, who had been banned, began …")
        if any(ctx.finite_indicative(t.span) or lows[m] in AUX or lows[m] in lx.base_auxiliaries or _contracted(lows[m], lx)
               for m, t in enumerate(toks[:k]) if not ctx.inside_any_quote(t.span.start)):
            return strip_span(ctx.text, Span(content.start, toks[k].span.start))
    return content


def before_descriptive_relative(ctx: Context, content: Span, lx: Lang) -> bool:
    """The content ends right before a comma and a relative word of `descriptive_relatives` outside
    quotation marks, whose clause up to the sentence's end holds no speech form: `_descriptive_relative_end`
    cut it there (the rule tail +end.descriptive_relative; "…, who told her …" is cut by the rules of
    nested speech, which `_descriptive_relative_end` leaves it to)."""
    words = lx.descriptive_relatives
    m = re.match(r"\s*,\s*(\w+)", ctx.text[content.end : content.end + 20])
    if m is None or m.group(1).lower() not in words or ctx.inside_any_quote(content.end + m.start(1)):
        return False
    end = next((s.span.end for s in ctx.doc.sentences if s.span.start <= content.end < s.span.end), len(ctx.text))
    return not any(_speech_form(w.lower(), lx) for w in re.findall(r"[\w'’-]+", ctx.text[content.end + m.end(1) : end]))


def _dash_comment_end(ctx: Context, content: Span, lx: Lang) -> Span:
    """What was said ends before a dash followed by a concessive word ("the economy had hit
    bottom - though economists have contested that view"; `dash_comment_openers`): the
    author's comment, not part of the claim."""
    for m in _DASH_COMMENT.finditer(ctx.text, content.start, content.end):
        if m.group(1).lower() in lx.dash_comment_openers and not ctx.inside_any_quote(m.start()) and m.start() - content.start >= 10:
            return strip_span(ctx.text, Span(content.start, m.start()))
    return content


def _next_predicate_end(ctx: Context, content: Span, lx: Lang, tails: list[str] | None = None) -> Span:
    """What the cue reports ends where the speaker's next predicate begins after a comma: a
    finite verb without a subject of its own ("suggesting the city sell the land, was tepid about
    taxes and …", "lashed out at the council for the delay, and dared it to …", "joked about the
    rules, declined to answer"). Not after an earlier comma in the content, which may open an
    apposition ("the bridge, built in 1920, was safe")."""
    toks = _content_tokens(ctx, content)
    if toks is None:
        return content
    lows = [t.text.lower() for t in toks]
    cut = _next_speech_act(ctx, toks, lx)
    if cut is None and (cut := _apposed_speaker_act(ctx, toks, lx)) is not None and tails is not None:
        tails.append(APPOSED_SPEAKER_RULE)
    if cut is not None:
        return strip_span(ctx.text, Span(content.start, cut))
    for k in range(1, len(toks) - 2):
        if lows[k] in _CLAUSE_CONJUNCTIONS and _speech_form(lows[k + 1], lx) and not lows[k + 1].endswith(("ing", "ed")) \
                and not any(ctx.pos_at(t.span) in ("VERB", "AUX") or lows[m] in AUX for m, t in enumerate(toks[:k])) \
                and not ctx.inside_any_quote(toks[k].span.start):
            return strip_span(ctx.text, Span(content.start, toks[k].span.start))  # "deny claims of delay and say …": the speaker's next verb
    for k in range(2, len(toks) - 1):
        if toks[k].text == "," and lows[k + 1].endswith("ing") and lows[k + 1] in lx.forms and not ctx.inside_any_quote(toks[k].span.start):
            return strip_span(ctx.text, Span(content.start, toks[k].span.start))  # "…, saying that …": a speech act of its own
    for k in range(2, len(toks) - 1):
        if toks[k].text != "," or ctx.inside_any_quote(toks[k].span.start):
            continue
        v = k + 2 if lows[k + 1] in lx.clause_conjunctions and k + 2 < len(toks) else k + 1
        if lx.ly_adverb(lows[v]) and v + 1 < len(toks) and (lows[v + 1] in AUX or lows[v + 1] in lx.base_auxiliaries) and toks[v].text.islower():
            v += 1  # "Lee, who said he would come, ultimately did not show up": an adverb before the speaker's own verb
        word = toks[v].text
        finite = word[:1].islower() and (lows[v] in AUX or (lows[v].endswith("ed") and ctx.pos_at(toks[v].span) == "VERB")
                                         or (v > k + 1 and lows[v] in lx.base_auxiliaries))
        if finite and lows[v] not in lx.verb_prefixes:
            return strip_span(ctx.text, Span(content.start, toks[k].span.start))
        return content  # only the first comma
    return content


def _next_speech_act(ctx: Context, toks: list[Token], lx: Lang) -> int | None:
    """Where another speaker's speech act begins inside a content: a conjunction and a short
    subject before a verb of speech ("… mishandled the probe and Democrats accused the GOP of …",
    "…, but Shelby said he refused …"), or a semicolon before a subject pronoun ("…; they only
    learned on Friday …"). None when there is none."""
    lows = lowered(toks)
    for k in range(3, len(toks) - 2):
        if ctx.inside_any_quote(toks[k].span.start):
            continue
        if lows[k] == ";" and toks[k + 1].text in lx.subject_pronouns:
            return toks[k].span.start
        if lows[k] in _CONTRAST_SPEAKER_OPENERS and lows[k - 1] == "," and _contrast_speaker_cue(toks, lows, k, lx) is not None:
            return toks[k - 1].span.start  # "…, while the treasurer said …": another speaker's claim, set against this one
        if lows[k] not in lx.clause_conjunctions and lows[k] not in lx.dash_comment_openers:
            continue  # "and Democrats accused", "though she noted"
        for v in range(k + 2, min(len(toks), k + 6)):
            if _speech_form(lows[v], lx) and not lows[v].endswith("ing") and toks[v].text[:1].islower():
                subj = toks[k + 1 : v]
                pronoun = len(subj) == 1 and subj[0].text in lx.subject_pronouns and lows[k] in lx.dash_comment_openers
                if pronoun or (all(t.text[:1].isupper() or t.text.lower() in lx.determiners for t in subj) and toks[k + 1].text != "I"):
                    return toks[k - 1].span.start if toks[k - 1].text == "," else toks[k].span.start
                break
            if not (toks[v].text[:1].isupper() or lows[v] in lx.determiners or toks[v].text in lx.subject_pronouns):
                break
    return None


#: the rule tail of a content cut before another speaker's claim whose subject carries an apposition (`_apposed_speaker_act`)
APPOSED_SPEAKER_RULE = "+end.apposed_speaker"


def _apposed_speaker_act(ctx: Context, toks: list[Token], lx: Lang) -> int | None:
    """Rule attr.content.en.apposed_speaker (session 39): another speaker's claim joined to the content by a
    comma and a conjunction whose subject is a name with an apposition between commas ("… are still needed,
    and Mara Fenn, the board's chief planner, said she …"): a capitalised name of up to four words after
    the conjunction, a comma, an apposition of up to eight tokens with no verb, auxiliary, complementizer,
    relative pronoun or quotation mark, a comma, then a finite verb of speech in lower case. Where the
    content ends (the comma before the conjunction), else None."""
    lows = lowered(toks)
    n = len(toks)
    for k in range(3, n - 5):
        if lows[k - 1] != "," or lows[k] not in lx.clause_conjunctions or ctx.inside_any_quote(toks[k].span.start):
            continue
        c = k + 1
        while c < n and c - k <= 4 and toks[c].text[:1].isupper() and toks[c].text.isalpha() and lows[c] not in lx.first_person:
            c += 1
        if c == k + 1 or c >= n or lows[c] != ",":
            continue
        d = next((m for m in range(c + 2, min(n, c + 10)) if lows[m] == ","), None)
        if d is None or d + 1 >= n or any(
                lows[m] in AUX or lows[m] in lx.modals or lows[m] in lx.complementizers or lows[m] in lx.relatives
                or lows[m] in lx.forms or toks[m].text in QUOTE_CHARS or ctx.pos_at(toks[m].span) in ("VERB", "AUX")
                for m in range(c + 1, d)):
            continue
        v = toks[d + 1].text
        if v.islower() and _speech_form(lows[d + 1], lx) and not v.endswith("ing"):
            return toks[k - 1].span.start
    return None


#: the words after a comma that set another speaker's claim against the one before ("…, while Lee said …";
#: `contrast_speaker_openers` of resources/en/according.json)
_CONTRAST_SPEAKER_OPENERS = frozenset(load("en", "according").get("contrast_speaker_openers", []))


def _contrast_speaker_cue(toks: list[Token], lows: list[str], k: int, lx: Lang) -> int | None:
    """After the opener at toks[k] ("while", "whereas"): a subject of up to eight tokens (a noun phrase, an
    apposition between commas: "the union's leader, Tom Vell,"; no verb, auxiliary, complementizer or relative pronoun in it),
    then a finite form of a verb of speech in lower case ("said", "insisted"): its index, else None."""
    for v in range(k + 2, min(len(toks), k + 10)):
        w = lows[v]
        if _speech_form(w, lx) and not w.endswith("ing") and toks[v].text[:1].islower():
            if v - 2 > k and toks[v - 1].text in lx.subject_pronouns and toks[v - 2].text == ",":
                return None  # "…, while buses, she said, run …": the speaker's own tag inside her claim
            return v
        if w in AUX or w in lx.modals or w in lx.base_auxiliaries or w in lx.complementizers or w in lx.relatives or w in lx.forms or toks[v].text in QUOTE_CHARS \
                or toks[v].text in (";", ":", "(", ")"):
            return None
    return None


def _speech_form(word: str, lx: Lang) -> bool:
    """A form of a verb of speech: a cue form that is not only one of belief or request ("believed", "urged")."""
    return any(f.cls not in NOT_SPEECH for f in lx.forms.get(word, []))


def _speaker_tail_end(ctx: Context, cue: Span, content: Span, lx: Lang) -> Span:
    """What was said ends before a speaker and a cue that close the sentence ("Voters now say they
    trust the mayor, a study by an institute, the Harbour Lab, concluded this year."): that later
    speaker reports the speech act, no part of what was said. The tail is a noun phrase after a
    comma (with one apposition between commas at most), a cue form, then only a time or a chain
    phrase up to the end of the sentence."""
    si = ctx.sentence_index(content)
    if si is None:
        return content
    toks = ctx.doc.sentences[si].tokens
    lows = lowered(toks)
    n = len(toks)
    inside = [m for m, t in enumerate(toks) if content.start <= t.span.start and t.span.end <= content.end and t.span.start > cue.end]
    if len(inside) < 3:
        return content
    # (the cue may stand right after the content, cut off before it: "…, a researcher | told Reuters.")
    for k in reversed([*inside[2:], *([inside[-1] + 1] if inside[-1] + 1 < n else [])]):
        if lows[k] not in lx.forms or ctx.inside_any_quote(toks[k].span.start):
            continue
        t = max(k + 1, _chain_tail(ctx, toks, k, lx))  # "told Reuters"
        while t < n and (ctx.in_timex(toks[t].span) or lows[t] in lx.after_cue_time_words or (
                lows[t] in lx.time_prepositions and t + 1 < n and ctx.in_timex(toks[t + 1].span))):
            t += 1  # "concluded this year", "said on Monday"
        t = interview_setting(ctx, toks, _chain_tail(ctx, toks, t, lx), lx)
        if any(x.text not in (".", "!", "?") and x.text not in QUOTE_CHARS for x in toks[t:]):
            return content  # the clause goes on after that verb
        commas = [m for m in range(k - 1, inside[0], -1) if toks[m].text == ","]
        if not commas or k - commas[0] > 14:
            return content
        j = commas[0]
        if j == k - 1 and len(commas) >= 3 and k - commas[2] <= 16:
            j = commas[2]  # ", a study by X, Ann Lee, concluded": past the apposition between commas
        elif j == k - 1:
            return content
        cut = j
        while j + 1 < k and toks[j + 1].text in QUOTE_CHARS:
            j += 1  # "… of ''provider,'' a study …": the quotation closes after its comma
        if not (lows[j + 1] in lx.determiners or toks[j + 1].text[:1].isupper()) or any(
                lows[m] in AUX or lows[m] in lx.forms or lows[m] in REL_PRONOUNS for m in range(j + 1, k)):
            return content
        end = toks[j].span.end if j > cut else toks[cut].span.start
        return strip_span(ctx.text, Span(content.start, end))
    return content


def _fronted_clause_end(ctx: Context, cue: Span, content: Span, lx: Lang) -> Span:
    """A cue in a subordinate clause that opens the sentence ("As the mayor defended her record on
    Sunday, her rival …", "While rivals called for troops, …"): what it reports ends at the comma
    that closes that clause, not with the main clause after it."""
    si = ctx.sentence_index(cue)
    if si is None:
        return content
    sent = ctx.doc.sentences[si]
    toks = [t for t in sent.tokens if t.span.end <= cue.start]
    lows = [t.text.lower() for t in toks]
    s0 = skip_conjunction(lows, min_len=2)
    if len(lows) <= s0 or not (lows[s0] in SUBORDINATORS or lows[s0] in PREPOSITIONS_EN) or lows[s0] in lx.complementizers or "," in lows[s0:]:
        return content  # "In a letter naming its choice, the guild called …": the phrase ends at its comma
    for t in sent.tokens:
        if content.start < t.span.start < content.end and t.text == "," and not ctx.inside_any_quote(t.span.start):
            return strip_span(ctx.text, Span(content.start, t.span.start)) if t.span.start - content.start >= 8 else content
    return content


#: a relative clause on the end of a reported clause, opened by a preposition (", for whom …", ", in which …")
_PREP_RELATIVE = re.compile(r",\s+(?:for|with|in|of|to|by|from|on|at|under|through|about)\s+(?:whom|which)\b")


def cut_prep_relative(ctx: Context, content: Span) -> Span:
    """The reported clause without a closing relative clause opened by a preposition ("he is partial
    to Ann Lee, for whom he hosted a fundraiser"): the author's addition, not what was said."""
    m = _PREP_RELATIVE.search(ctx.text, content.start, content.end)
    if m is None or ctx.inside_any_quote(m.start()) or m.start() - content.start < 10:
        return content
    return strip_span(ctx.text, Span(content.start, m.start()))


def _after_comma(ctx: Context, w: int) -> bool:
    """A comma stands before word `w`, also inside a closing quotation mark ('… “founded it,” saying …')."""
    before = _word(ctx, w - 1)
    return before == "," or (before in QUOTE_CHARS and _word(ctx, w - 2) == ",")


def _runs_to(doc: Document, w: int, end: int) -> bool:
    """The clause of the relative pronoun at word `w` reaches `end` (a closing punctuation mark aside)."""
    from ..syntax import subtree

    verb = doc.syntax[w].head
    if verb == w:
        return False
    last = doc.syntax[subtree(doc, verb)[-1]].span.end
    return last >= end - 2


def _opens_clause(ctx: Context, verb: int) -> bool:
    """The parse gives the verb a subordinator ("while", "because") or a relative pronoun as its
    subject ("who said"): a finite subordinate clause, not a participle the parse may misplace."""
    from ..syntax import children

    for c in children(ctx.doc, verb):
        w = _word(ctx, c)
        if (ctx.doc.syntax[c].dep == "mark" and w != "to") or (ctx.doc.syntax[c].dep.startswith("nsubj") and w in ("who", "which", "that")):
            return True
    return False


def _word(ctx: Context, k: int) -> str:
    syn = ctx.doc.syntax
    return ctx.text[syn[k].span.start : syn[k].span.end].lower() if 0 <= k < len(syn) else ""
