"""Who speaks in English constructions that name the speaker apart from a cue's subject: the speaker's
mention with its apposition, the agent of a passive of speech ('It was announced by the ministry that …'),
the role a pronoun stands for, and the person an English sentence without speech is about (its opening or
named subject, the subject after a fronted phrase).
"""

from __future__ import annotations

import re

from ...document import Sentence, Span, Token
from ...resources import load
from ...textutil import lowered
from ..candidates import Cand
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    skip_conjunction,
)
from ..sources import analyse_mention, is_role
from ..sources.naming import picture_position
from .contents import content_after
from .context import QUOTE_CHARS, Context
from .cues import NOT_SPEECH
from .english import _NOT_MAIN, _finite, _parsed_finite
from .media import _according
from .phrases import np_forward
from .speakers import PARTY_BRACKET, past_question_auxiliary

#: marks that open and close an apposition after a speaker's name
_APPOSITION_MARKS = (",", "--", "—", "–")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
#: a parenthesis right after a name ("(D-Ohio)")
_PARENTHESIS = re.compile(r"^\s*\([^()]{1,30}\)")


#: the rule mark of a speaker found past a sentence adverb the parse took for it
AFTER_ADVERB_RULE = "+after_sentence_adverb"


def past_sentence_adverb(ctx: Context, c: Cand, lx: Lang) -> tuple[Span, Span] | None:
    """Rule attr.speaker.en.after_sentence_adverb: the parse took a sentence adverb that opens the
    sentence for the speaker ("However, Ann B. Holt, the county clerk, said …": "However";
    `sentence_adverbs` of resources/en/lexicon.json): the speaker is the phrase after its comma, up to
    the cue — its first comma part the name ("Ann B. Holt"), the whole the extent. None when the source
    is no such adverb, stands after the cue, or no phrase in capitals or with an article follows."""
    src, cue = c.source, c.cue
    if src is None or cue is None or src.end > cue.start or lx.code != "en":
        return None
    if ctx.text[src.start : src.end].lower() not in lx.sentence_adverbs:
        return None
    m = re.match(r"\s*,\s*", ctx.text[src.end : cue.start])
    if m is None:
        return None
    start = src.end + m.end()
    phrase = ctx.text[start : cue.start].rstrip()
    phrase = phrase.rstrip(",").rstrip()
    if not phrase or not (phrase[:1].isupper() or phrase.split()[0].lower() in lx.determiners) or any(ch in phrase for ch in QUOTE_CHARS):
        return None
    name = phrase.split(",")[0].rstrip()
    if not name or len(_WORD.findall(name)) > 8:
        return None
    return Span(start, start + len(name)), Span(start, start + len(phrase))


def speaker_extent(ctx: Context, c: Cand, lx: Lang) -> Span | None:
    """The speaker's mention as written with the apposition or relative clause that describes it
    ('Ann Lee, a lawyer from Ohio, said', '"…," said Ann Lee, head of the union.', 'Kall -- co-editor
    of a book -- said'); `Cand.source` stays the name the source is resolved from. None when no
    apposition stands between the name and the cue (or, after the cue, between the name and the
    sentence's end), or when what stands there is an adverbial ('Lee, in an interview, said'), a
    participle ('…, said Lee, adding that …') or a quotation."""
    src, cue = c.source, c.cue
    if src is None or cue is None or not 0 <= c.sent < len(ctx.doc.sentences):
        return None
    text = ctx.text
    sent = ctx.doc.sentences[c.sent].span
    if src.end <= cue.start and (published := _document_participle(ctx, src, cue, lx)) is not None:
        return published
    if src.end <= cue.start:
        base, raw = src.end, text[src.end : cue.start]
        par = _PARENTHESIS.match(raw)  # "Ann Lee (D-Ohio), head of …"
        if par is not None and _bracketed_party(par.group(0)) and not _position(ctx, c, par.group(0), lx) and all(
                w.lower() in lx.verb_prefixes or w.lower() in AUX for w in _WORD.findall(raw[par.end() :])):
            # rule attr.speaker.en.party_bracket: "Rep. Ann Lee (D-Ohio) said …": her party and state are part of the
            # speaker's extent (the source's name stays the name)
            return Span(src.start, base + len(raw[: par.end()].rstrip()))
        if par is not None:
            base, raw = base + par.end(), raw[par.end() :]
        base += len(raw) - len(raw.lstrip())
        body = raw.strip()
        opener = next((m for m in _APPOSITION_MARKS if body.startswith(m)), None)
        if opener is None:
            return None
        close = max(body.rfind(m) for m in _APPOSITION_MARKS)
        tail = _WORD.findall(body[close + 1 :])
        if close <= len(opener) or any(not (w.lower() in lx.verb_prefixes or w.lower() in AUX or w.endswith("ly")) for w in tail):
            return None
        inner = body[len(opener) : close]
        end = base + len(body[:close].rstrip())  # (not the space before the closing mark)
    else:
        if src.start < cue.end or not src.end < sent.end or c.mode == "according_to" or c.content[0].end > cue.start:
            return None  # only a speaker after the claim and its cue ('"…," said Ann Lee, …')
        rest = text[src.end : sent.end].rstrip()
        rest = rest.rstrip(".!?”’\"'")
        body = _PARENTHESIS.sub("", rest, count=1).lstrip()  # "Ann Lee (D-Ohio), head of …"
        if not body and (par := _PARENTHESIS.match(rest)) is not None and _bracketed_party(par.group(0)) \
                and not _position(ctx, c, par.group(0), lx):
            return Span(src.start, src.end + len(rest))  # '"…," said Rep. Ann Lee (D-Ohio).': attr.speaker.en.party_bracket
        if not body.startswith(","):
            return None
        inner = body[1:]
        end = src.end + len(rest.rstrip(" ,"))
    words = _WORD.findall(inner)
    if not words or len(words) > 30 or any(ch in inner for ch in QUOTE_CHARS - {"’"}):
        return None
    first = words[0].lower()
    if first in PREPOSITIONS_EN or first in CONJ_START or first in SUBORDINATORS or (
            first in lx.np_stop and first not in lx.determiners and first not in REL_PRONOUNS) \
            or (words[0][:1].islower() and first.endswith(("ing", "ed", "ly"))) or first in lx.forms:
        return None  # an adverbial or a participle, not a description of the speaker
    if re.search(r",\s*[a-z]+ing\b", inner):
        return None  # "…, said Lee, a lawyer, adding that …": a speech act of its own follows
    return Span(src.start, end) if end > src.end else None


def _position(ctx: Context, c: Cand, bracket: str, lx: Lang) -> bool:
    """The bracket after the speaker's name says where they stand in a picture ("(L)", "(left)";
    `picture_position`), no party: not part of the speaker's extent."""
    sent = ctx.doc.sentences[c.sent].span
    if not picture_position(bracket.strip()[1:-1], ctx.text[sent.start : sent.end], lx, glued=not bracket[:1].isspace()):
        return False
    if PICTURE_RULE not in c.rule:
        c.rule += PICTURE_RULE  # (the speaker's extent goes without it)
    return True


#: the rule mark of a claim whose speaker's bracket `picture_position` read as a place in a picture
PICTURE_RULE = "+source.picture_position"


def _bracketed_party(bracket: str) -> bool:
    """`bracket` (with its leading spaces) is a party's letter and a state: "(D-Ohio)", "(R-Tex.)", "(I)"."""
    return PARTY_BRACKET.fullmatch(bracket.strip()) is not None


#: a participle phrase between a document's noun and its cue (" released last week ", " conducted by the institute ")
_PARTICIPLE_PHRASE = re.compile(r"\s+([a-z]+)\b([^,;:()\"“”—–]{0,80}?)\s*$")


def _document_participle(ctx: Context, src: Span, cue: Span, lx: Lang) -> Span | None:
    """Rule attr.speaker.en.document_participle: a document or a finding named before its cue with a
    participle phrase of `document_participles` (according.json) between them ("A state audit released last
    week said …", "The survey, …" not: no comma) has that phrase in its extent; None otherwise. The source's
    name stays the noun phrase ("state audit")."""
    if lx.code != "en":
        return None
    head = (re.findall(r"[\w-]+", ctx.text[src.start : src.end]) or [""])[-1].lower()
    acc = load("en", "according")
    if head not in acc.get("recalled_documents", []) and head.rstrip("s") not in acc.get("recalled_documents", []):
        return None
    m = _PARTICIPLE_PHRASE.match(ctx.text, src.end, cue.start)
    if m is None or m.group(1) not in acc.get("document_participles", []):
        return None
    words = list(re.finditer(r"\S+", ctx.text[m.start(1) : cue.start]))
    while words and (words[-1].group(0).lower() in lx.verb_prefixes or words[-1].group(0).lower() in AUX):
        words.pop()  # "… released Friday also said", "… published Monday has found"
    if not 1 <= len(words) <= 12:
        return None
    return Span(src.start, m.start(1) + words[-1].end())


def passive_agent(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"It was announced by the ministry that the border would reopen", "It has been reported by
    the Ledger that …": a cue in the passive after an empty 'it' with its agent after 'by' and a
    that-clause: the agent said the clause (English)."""
    if lx.code != "en":
        return False
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    s0 = skip_conjunction(lows, min_len=2)
    if n < s0 + 8 or lows[s0] != "it" or ctx.inside_any_quote(toks[s0].span.start):
        return False
    k = s0 + 1
    while k < n and (lows[k] in AUX or lows[k] in lx.passive_auxiliaries or lows[k] in lx.verb_prefixes):
        k += 1
    if k == s0 + 1 or k + 3 >= n or not any(lows[m] in lx.passive_auxiliaries for m in range(s0 + 1, k)) \
            or any(lows[m] in lx.negations for m in range(s0 + 1, k)):
        return False
    forms = lx.forms.get(lows[k], [])
    if not lows[k].endswith(("ed", "en")) or not forms or all(f.cls in NOT_SPEECH for f in forms) or lows[k + 1] not in lx.passive_agents:
        return False
    t = next((m for m in range(k + 2, min(n, k + 12)) if lows[m] == "that"), None)
    if t is None or t == k + 2 or any(toks[m].text in (",", ";", ":") or lows[m] in lx.forms for m in range(k + 2, t)):
        return False
    content = content_after(ctx, toks, t, sent)
    if content is None:
        return False
    src = Span(toks[k + 2].span.start, toks[t - 1].span.end)
    ctx.cands.append(Cand("indirect", [content], Span(toks[s0 + 1].span.start, toks[k].span.end), src,
                          "attr.indirect.en.passive_agent", si))
    return True


def role_before_pronoun(ctx: Context, c: Cand, lx: Lang, spoken: set[int]) -> Span | None:
    """"The mayor opened the meeting on Tuesday. She said …": a speaker that is a personal pronoun
    ("he", "she": `person_pronouns`) at the start of its sentence's subject means the person
    described at the opening of the sentence right before it in the same paragraph, when that
    sentence reports no speech and names no one after its subject (`en_opening_subject`): the
    description, for source resolution (a role the text gives a name elsewhere is that person).
    None otherwise (the pronoun is resolved as before, to the nearest person who spoke).
    `spoken`: the sentences that hold a candidate."""
    if c.source is None or c.sent == 0 or ctx.text[c.source.start : c.source.end] not in lx.person_pronouns:
        return None
    prev = ctx.doc.sentences[c.sent - 1]
    if "\n" in ctx.text[prev.span.end : c.source.start] or c.sent - 1 in spoken:
        return None
    return en_opening_subject(ctx, prev, lx)


def _verb_after_subject(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int | None:
    """The token of the verb right after a subject ending before `e` (past adverbs of
    `verb_prefixes`): a lower-case word that is no determiner, preposition, conjunction, relative
    pronoun, subordinator or -ing form, finite where the parse read it, and not the sentence's last
    token; None otherwise."""
    n = len(toks)
    v = e
    while v < n and toks[v].text.lower() in lx.verb_prefixes:
        v += 1
    if v >= n - 1:
        return None
    verb = toks[v].text
    low = verb.lower()
    if not verb.isalpha() or not verb[:1].islower() or low.endswith("ing") or low in lx.determiners \
            or low in PREPOSITIONS_EN or low in CONJ_START or low in REL_PRONOUNS or low in SUBORDINATORS:
        return None
    if ctx.word_at(toks[v].span) is not None and not _parsed_finite(ctx, toks, v):
        return None
    return v


def en_opening_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The description of a person that opens an English sentence of no speech as its subject
    ("The mayor opened the meeting on Tuesday.", "The city's new mayor was sworn in."): an
    article, up to three modifiers in lower case, a role noun (`person_roles`), optionally a
    phrase of `affiliation_prepositions` ("of Lindton"), and right after it the verb (an adverb
    of `verb_prefixes` between them allowed): a word in lower case that is no function word and
    no participle in -ing, and a finite verb wherever the parse covers it; no word in capitals
    after it but a date (a name there may be whom a pronoun means). Only descriptions (names are
    found by the source rules) of one person by `analyse_mention`. None otherwise."""
    toks = sent.tokens
    n = len(toks)
    if lx.code != "en" or n < 4:
        return None
    s = skip_conjunction(toks, 0)
    if s >= n - 2 or ctx.inside_any_quote(toks[s].span.start) or toks[s].text.lower() not in lx.determiners:
        return None
    head = next((k for k in range(s + 1, min(n - 1, s + 5)) if _person_noun(toks[k].text, lx)), None)
    if head is None or any(not re.fullmatch(r"[a-z-]+(?:['’]s)?", t.text) for t in toks[s + 1 : head]):
        return None  # (no comma or quotation mark before the head; "the Russian leader" is an epithet of someone named, `sources.anaphora`)
    e = head + 1
    if e + 1 < n and toks[e].text.lower() in lx.affiliation_prepositions:
        e2 = np_forward(ctx, toks, e + 1, lx, apposition=False)
        e = e2 if e + 1 < e2 <= e + 5 else e
    v = _verb_after_subject(ctx, toks, e, lx)
    if v is None:
        return None
    if any(t.text[:1].isupper() and t.text.isalpha() and not ctx.in_timex(t.span) for t in toks[v + 1 :]):
        return None  # "The mayor met Tom Reed": a pronoun after it may mean the one named after the role
    sp = Span(toks[s].span.start, toks[e - 1].span.end)
    info = analyse_mention(ctx.text[sp.start : sp.end], lx)
    return sp if info.type == "person" and not info.pronoun else None


def en_named_subject(ctx: Context, sent: Sentence, lx: Lang, titles: bool = False) -> Span | None:
    """The person named as the subject of an English sentence without speech or quotation marks
    ("Ann Lee agreed.", "Sen. Tom Reed went further.", "Harbour College's Ann Lee disagreed.",
    "The mayor struck a different tone."): a quotation that follows it in its paragraph without a
    tag is that person's (`quoted._person_before`). The name: capitalised words (a title
    abbreviation first allowed) that name a person (a given name of resources/en/gender.json
    first, or so by `analyse_mention`), or a surname alone that the text gave before with a first
    name; after it, possibly past an
    organisation's possessive before it, a verb in lower case (`en_opening_subject` for a
    description). Else the name of a tag that closes the sentence ("Or maybe Tom Reed, consultant
    Ann Lee says.": `_closing_tag_subject`). None otherwise. With `titles`, the sentence's
    quotation marks enclose titles only ('appeared on CNN's “Harbor Hour”': `frames`)."""
    if lx.code != "en" or len(sent.tokens) < 3 or (not titles and any(t.text in QUOTE_CHARS for t in sent.tokens)):
        return None
    return _opening_named_subject(ctx, sent, lx) or _closing_tag_subject(ctx, sent, lx)


def _opening_named_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    toks = sent.tokens
    n = len(toks)
    desc = en_opening_subject(ctx, sent, lx)
    if desc is not None:
        return desc
    s = skip_conjunction(toks, 0)
    if ctx.inside_any_quote(toks[s].span.start):
        return None
    if s + 2 < n and toks[s].text[:1].isupper() and toks[s + 1].text[:1].isupper() \
            and past_question_auxiliary(ctx, Span(toks[s].span.start, toks[s + 1].span.end), lx).start == toks[s + 1].span.start:
        s += 1  # "Did Mary Holm have a statement?": the auxiliary that opens a question is no part of the name
    poss = next((k for k in range(s, min(n - 1, s + 5)) if toks[k].text.endswith(("'s", "’s"))), None)
    if poss is not None and all(t.text[:1].isupper() for t in toks[s : poss + 1]):
        s = poss + 1  # "Harbour College's Ann Lee"
    k = s
    while k + 1 < n and toks[k].text in lx.title_abbreviations and toks[k + 1].text == ".":
        k += 2
    e = k
    while e < n and e - k < 4 and (toks[e].text[:1].isupper() and toks[e].text.replace(".", "").isalpha()):
        e += 1
    if e == k or e >= n - 1:
        return None
    names = [t.text for t in toks[k:e]]
    name = Span(toks[k].span.start, toks[e - 1].span.end)
    if len(names) == 1 and not _named_before(ctx, sent, names[0]):
        return None
    if len(names) > 1 and not _given_name(names[0]) and analyse_mention(ctx.text[name.start : name.end], lx).type != "person":
        return None
    v = _verb_after_subject(ctx, toks, e, lx)
    if v is None:
        v = _verb_after_apposition(ctx, toks, e, lx)
    if v is None:
        return None
    before = ctx.text[: sent.span.start].rstrip(" \t")
    if before and before[-1] in QUOTE_CHARS:
        return None  # '“…?” | Clinton said.': the tag of the quotation before it, no introduction of the one after
    return name


def _verb_after_apposition(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int | None:
    """"Ann Lee, the author of a new book, spoke with …": the verb right after an apposition in
    lower case between commas that follows a name ending before `e` (`_verb_after_subject`), else None."""
    n = len(toks)
    if e + 1 >= n or toks[e].text != "," or not toks[e + 1].text[:1].islower():
        return None
    c2 = next((m for m in range(e + 2, min(n - 1, e + 16)) if toks[m].text in (",", ";") or toks[m].text in QUOTE_CHARS), None)
    return _verb_after_subject(ctx, toks, c2 + 1, lx) if c2 is not None and toks[c2].text == "," else None


def _closing_tag_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """"Or maybe Tom Reed, consultant Ann Lee says.": an English sentence without quotation marks
    that ends, after a comma, with a person's name and a verb of speech (a tag on words of no
    clause, which claim nothing) names the one whose quotation follows: that name (a given name
    first, a person by `analyse_mention`, or a surname the text gave before with a first name)."""
    from .cues import NOT_SPEECH, cue_at

    toks = sent.tokens
    n = len(toks)
    if n < 5 or toks[-1].text != "." or not toks[-2].text.islower() or cue_at(ctx, toks, n - 2, lx) in (None, *NOT_SPEECH):
        return None
    e = n - 2
    k = e
    while k > 0 and e - k < 4 and toks[k - 1].text[:1].isupper() and toks[k - 1].text.replace(".", "").isalpha():
        k -= 1
    if k == e or not any(t.text == "," for t in toks[:k]) or ctx.inside_any_quote(toks[k].span.start):
        return None
    names = [t.text for t in toks[k:e]]
    name = Span(toks[k].span.start, toks[e - 1].span.end)
    if len(names) == 1:
        return name if _named_before(ctx, sent, names[0]) else None
    return name if _given_name(names[0]) or analyse_mention(ctx.text[name.start : name.end], lx).type == "person" else None


def frame_subject_after(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The subject after a fronted phrase that opens an English sentence with a preposition ("In
    an interview with the Ledger published Monday, Ann Lee was asked …", "On Sunday on CNN, the
    mayor appeared …") or with a time ("Earlier this year, Ann Lee, the author of …, spoke with …"):
    past the first comma, a name of up to four words in capitals (a title abbreviation first allowed)
    or an article and up to three words, then a verb (after a name, also past an apposition between
    commas); None otherwise."""
    toks = sent.tokens
    n = len(toks)
    if lx.code != "en" or n < 5:
        return None
    c = next((k for k in range(1, n - 2) if toks[k].text == ","), None)
    if c is None or ctx.inside_any_quote(toks[c].span.start):
        return None
    if toks[0].text.lower() not in PREPOSITIONS_EN and not (c <= 4 and all(ctx.in_timex(t.span) for t in toks[1:c]) and (c > 1 or ctx.in_timex(toks[0].span))):
        return None  # (a fronted time opens it too, its first word an adverb: "Earlier this year, Ann Lee spoke with …")
    s = c + 1
    k = s
    while k + 1 < n and toks[k].text in lx.title_abbreviations and toks[k + 1].text == ".":
        k += 2
    if k >= n:
        return None  # ("In an interview with the Ledger, Dr.": a title that ends the sentence, no name after it)
    if toks[k].text.lower() in lx.determiners:
        e = next((m for m in range(k + 1, min(n, k + 4)) if not toks[m].text.isalpha() or _verb_after_subject(ctx, toks, m, lx) == m), None)
    else:
        e = k
        while e < n and e - k < 4 and toks[e].text[:1].isupper() and toks[e].text.replace(".", "").isalpha():
            e += 1
    if e is None or e == k or (_verb_after_subject(ctx, toks, e, lx) is None and _verb_after_apposition(ctx, toks, e, lx) is None):
        return None
    return Span(toks[s].span.start, toks[e - 1].span.end)


def _given_name(word: str) -> bool:
    from ..sources.gender import en_gender_words

    return word in en_gender_words()[1]


def _named_before(ctx: Context, sent: Sentence, surname: str) -> bool:
    """The text names `surname` before the sentence after a capitalised first word ("Ann Lee")."""
    return named_after_capital(ctx.text, sent.span.start, surname)


def _is_word(c: str) -> bool:
    """A word character as `\\w` and `\\b` of `re` see it (str patterns)."""
    return c.isalnum() or c == "_"


def named_after_capital(text: str, end: int, surname: str) -> bool:
    """Whether `re.search(r"\\b[A-Z][\\w.'’-]*\\s+" + re.escape(surname) + r"\\b", text[:end])` finds
    a match, found from the occurrences of `surname` instead of trying the pattern at every
    offset of the text before (which grew with the document, for every sentence that asked):
    before an occurrence, a run of white space, and before that a run of word characters, '.',
    "'", '’', '-' in which a capital A-Z starts a word; after it, a word boundary as the
    truncated text has one."""
    end = min(end, len(text))
    if not surname:
        return re.search(r"\b[A-Z][\w.'’-]*\s+\b", text[:end]) is not None
    p = text.find(surname, 0, end)
    while p >= 0:
        j = p + len(surname)
        if _is_word(text[j - 1]) != (j < end and _is_word(text[j])):
            q = p
            while q > 0 and text[q - 1].isspace():
                q -= 1
            if q < p:  # white space before the name; then the word before it
                i = q
                while i > 0 and (_is_word(text[i - 1]) or text[i - 1] in ".'’-"):
                    i -= 1
                    if "A" <= text[i] <= "Z" and (i == 0 or not _is_word(text[i - 1])):
                        return True
        p = text.find(surname, p + 1, end)
    return False


def _person_noun(word: str, lx: Lang) -> bool:
    """A role noun in lower case ("mayor", "spokeswoman")."""
    return word[:1].islower() and is_role(word, lx)


def holds_a_clause(ctx: Context, sp: Span, lx: Lang) -> bool:
    """'The charter gives no clear', 'That is less than what Lee', 'Lee must be prepared for
    the vote' (English): a speaker's phrase with a finite verb of its own in the parse (a
    lower-case verb or auxiliary, VerbForm=Fin; where the model gives no features, an auxiliary
    or a verb `english._finite` reads as finite that is no past in -ed, not the head of an
    attributive or adverbial clause) is a clause the rules cut, no one's name — unless
    a relative word opens a clause on the name before the verb ('officials who asked not to be
    named': `relative_pronouns`, `clause_openers`)."""
    from ..syntax import words_in

    if lx.code != "en":
        return False
    rel = REL_PRONOUNS | _according(lx.code)["clause_openers"]
    before = ""
    for k in words_in(ctx.doc, sp)[1:]:  # (its first word opens the phrase: "figures her campaign released" is no verb "figures")
        w = ctx.doc.syntax[k]
        word = ctx.text[w.span.start : w.span.end]
        # (without features: an auxiliary, or a present tense in -s; not a past in -ed, which may be a
        # participle on the name: "three staff members briefed on the merger", "figures her campaign released")
        finite = w.dep not in _NOT_MAIN and ("VerbForm=Fin" in w.feats if w.feats else
            (w.pos == "AUX" and _finite(word, lx)) or (w.pos == "VERB" and _finite(word, lx) and not word.endswith("ed")))
        if w.pos in ("VERB", "AUX") and finite and word[:1].islower() and not word.endswith("ing") and before != "to":
            return not any(t.lower() in rel for t in re.findall(r"[\w']+", ctx.text[sp.start : w.span.start]))
        before = word.lower()
    return False
