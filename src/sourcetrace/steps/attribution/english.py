"""English constructions: a quotation or a clause first, the speaker and cue after it; a speaker and cue set
in a clause ('…, he said, …') or after a fronted participle of speech.

Where the English reported clause ends is decided in `english_ends`, the English conventions read over a
whole document (split quotations, nouns of speech, headlines, transcripts) in `english_document`, and
the extent and subject of an English speaker in `english_speakers`.
"""

from __future__ import annotations

import re
from functools import cache

from ...document import Sentence, Span, Token
from ...resources import load
from ...textutil import lowered
from ..candidates import Cand
from ..lexicon import (
    AUX,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    skip_conjunction,
)
from ..quotes import Quote
from .chains import interview_setting, links_after, links_at
from .contents import content_after, en_content_start
from .context import QUOTE_CHARS, Context, strip_span
from .cues import cue_at, takes_addressee
from .phrases import np_forward

#: English function words of the speaker and clause rules (resources/en/lexicon.json, cues.json)
_EN_LEX = load("en", "lexicon")
_CLAUSE_LINKS = frozenset(_EN_LEX["clause_links"])  # "that", "and", "but"
_CLAUSE_CONJUNCTIONS = frozenset(_EN_LEX["clause_conjunctions"])  # "and", "but"
_PERSON_RELATIVES = frozenset(_EN_LEX["person_relatives"])  # "who", "that"
_OTHER_RELATIVES = frozenset(_EN_LEX["other_relatives"])  # "which"
_RELATIVES = _PERSON_RELATIVES | _OTHER_RELATIVES
#: the relative words that open a clause on the noun of a setting ("at a meeting where …", "… at which …")
_SETTING_RELATIVES = frozenset(_EN_LEX["setting_relatives"])
#: "can", "did", "might" (with AUX: the auxiliaries and modals a finite clause may open with)
_BASE_AUXILIARIES = frozenset(load("en", "cues")["base_auxiliaries"])


def en_quote_then_speaker(ctx: Context, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
    """'"…," he said.' / '"…," Scott Pruitt, the attorney general, said on Monday.'"""
    toks = sent.tokens
    text = ctx.text
    j = i - 1
    while j >= 0 and i - j <= 30 and toks[j].text not in QUOTE_CHARS:
        j -= 1  # (beyond 20 words only a name and its apposition: `_name_before_apposition`)
    q = ctx.quote_closing_at(toks[j].span.end, lambda q: q.closed) if j > 0 else None
    while q is not None and j + 1 < i and toks[j + 1].text[:1].isupper() and _nickname(ctx, toks, q):
        j = next((k for k in range(j - 1, -1, -1) if toks[k].span.start < q.outer.start and toks[k].text in QUOTE_CHARS), -1)
        q = ctx.quote_closing_at(toks[j].span.end, lambda q: q.closed) if j > 0 else None  # past 'Anna “Annie” Berg'
    if j < 0 or i - j > 30 or j == i - 1 or (i - j > 20 and _name_before_apposition(toks, j + 1, i, lx) is None):
        return False
    if i + 1 < len(toks) and toks[i + 1].text == ":":
        return False  # '… “down the line” the mayor warned: “…”': the colon opens what was said
    if q is None or (ctx.name_like(q.inner) and not (text[q.inner.start : q.inner.end].rstrip().endswith(",")
                                                     and not text[sent.span.start : q.outer.start].strip())) \
            or _embedded(ctx, sent, q.outer, toks[j + 1].text):
        return False  # (not '“Amazing,” Davis said.': words in capitals that open the sentence with a tag's comma inside their marks are speech)
    start = j + 1
    if start < i and toks[start].text == ",":
        start += 1
    if start >= i:
        return False
    src = _inverted_speaker(ctx, toks, start, i, lx)
    rule = "attr.direct.en.quote_interposed_inverted"  # '“…” unveiled in May, said Ann Lee, a teacher.': the author's words, then the tag
    named: Span | None = None  # the one name of a speaker phrase of two descriptions
    if src is None:
        end = i
        coordinated = _coordinated_speaker(toks, start, i, lx)
        described_twice = _two_descriptions(toks, start, i, lx) if coordinated is None else None
        if coordinated is not None:
            start, named = coordinated, _name_after_descriptions(toks, coordinated, i)
        elif described_twice is not None:
            end = described_twice  # '“…,” the Oregon senator and candidate for governor told …': the first description
            rule_mark = "+two_descriptions"
        elif _plain_clause(toks, start, i, lx) and not _parsed_apposed_subject(ctx, sent, start, i):
            apposed = _name_before_apposition(toks, start, i, lx)
            # '"…," a clerk, who asked not to be named, told the Ledger.': the noun phrase
            # before a relative clause between commas
            rel = _before_relative(toks, i, lx)
            if apposed is not None:
                end = apposed  # '“…,” Ann Lee, a lecturer at the institute and one of the report's authors, told …': the name
            elif start < rel < i and not _plain_clause(toks, start, rel, lx):
                end = rel
            else:
                after = _after_quoted_adverbial(ctx, toks, start, i, lx)
                if after is None:
                    return False
                start = after
        src = strip_span(text, Span(toks[start].span.start, toks[end - 1].span.end))
        rule = "attr.direct.en.quote_speaker_cue" + (rule_mark if described_twice is not None else "")
    content = strip_span(text, q.inner)
    if len(content) < 3:
        return False
    mode = "direct"
    mixed = mixed_clause(ctx, sent, q.outer, content, lx)
    if mixed is not None:  # 'Sales have been "weak" and the plant will close, but for now, "we hold on," the owner said.'
        content, mode, rule = mixed, "indirect", rule.replace("attr.direct.", "attr.indirect.") + "_mixed"
    ctx.cands.append(Cand(mode, [content], cue, src, rule, si, via=links_after(ctx, toks, i, lx, src, content),
                          refers_to=named))
    return True


def _plain_clause(toks: list[Token], a: int, b: int, lx: Lang) -> bool:
    """toks[a:b] hold a verb, an auxiliary or a clause link, or open with a subordinator: a clause
    of its own, no bare speaker."""
    between = [t.text.lower() for t in toks[a:b]]
    return any(w in AUX or w in lx.forms or w in _CLAUSE_LINKS for w in between) or between[0] in SUBORDINATORS


def _person_noun(word: str, lx: Lang) -> bool:
    low = word.lower()
    return word in lx.person_roles or low in lx.person_roles or low.endswith(lx.person_noun_endings)


def _two_descriptions(toks: list[Token], a: int, b: int, lx: Lang) -> int | None:
    """Rule +two_descriptions (session 36): toks[a:b] are two descriptions of one person joined by "and"
    under one article ('“…,” the independent Oregon senator and Democratic candidate told …'): "the" first,
    one "and" with no article after it (not "the mayor and the governor"), up to twelve words, none a verb form, an auxiliary or punctuation, a noun of a person
    (`person_roles`, `person_noun_endings`) before "and" and at the end. Where the first description
    ends (the index of "and"); None for any other phrase."""
    lows = [t.text.lower() for t in toks[a:b]]
    if not 4 <= len(lows) <= 12 or lows[0] != "the" or lows.count("and") != 1:
        return None
    k = lows.index("and")
    if k < 2 or k == len(lows) - 1 or lows[k + 1] in lx.determiners or any(w in AUX or w in lx.forms or not w.replace("-", "").replace(".", "").isalnum() for w in lows):
        return None
    if not (_person_noun(toks[a + k - 1].text, lx) and _person_noun(toks[b - 1].text, lx)):
        return None
    return a + k


def _coordinated_speaker(toks: list[Token], a: int, b: int, lx: Lang) -> int | None:
    """toks[a:b] are one noun phrase with "and" inside, the speaker of a tag ('“…,” lead researcher
    and port scientist Ann Lee said', '“…,” Lee and her team wrote'): up to ten words, one "and"
    between others, no comma, no other clause link, auxiliary or verb form; the last word in
    capitals or a noun of people after a possessive ("her team"). Where the speaker starts: after
    "and" when only words in lower case stand before it (two descriptions of the one named after
    them), else at `a`; None for any other phrase."""
    words = [t.text for t in toks[a:b]]
    lows = [w.lower() for w in words]
    if not 3 <= len(words) <= 10 or lows.count("and") != 1 or lows[0] == "and" or lows[-1] == "and":
        return None
    if any(w in AUX or w in lx.forms or (w in _CLAUSE_LINKS and w != "and") or w in SUBORDINATORS or not w.replace(".", "").replace("-", "").isalnum()
           for w in lows):
        return None
    if not (words[-1][:1].isupper() or (len(words) >= 2 and lows[-2] in lx.possessive_determiners)):
        return None
    return a


def _name_before_apposition(toks: list[Token], a: int, b: int, lx: Lang) -> int | None:
    """'“…,” Ann Lee, a lecturer at the Harbor Institute in Upton, England, and one of the report's
    authors, told …': a name of one to four words in capitals opens toks[a:b] up to a comma, and the rest up to
    the comma before the cue at b is its apposition (commas and "and" allowed; no verb form, no
    auxiliary, no quotation mark, at most 25 words). Where the name ends, else None."""
    c = next((k for k in range(a + 1, min(b, a + 9)) if toks[k].text == ","), None)
    if c is None or toks[b - 1].text != "," or c >= b - 2 or b - c > 26:
        return None
    # the period of an abbreviation the tokenizer split off ("Dr", "."; "J", ".") belongs to the
    # name: no word of its own (rule attr.direct.en.quote_speaker_cue, 'Dr. Ann Lee, a …, told …')
    words = [k for k in range(a, c) if not (toks[k].text == "." and k > a and toks[k - 1].text[:1].isupper()
                                             and toks[k - 1].span.end == toks[k].span.start)]
    if len(words) > 4 or not all(toks[k].text[:1].isupper() and toks[k].text.replace(".", "").replace("-", "").isalpha()
                                 for k in words):
        return None
    rest = [t.text.lower() for t in toks[c + 1 : b - 1]]
    if any(w in AUX or w in lx.forms or w in SUBORDINATORS or w in _RELATIVES or w in QUOTE_CHARS or w in (";", ":") for w in rest):
        return None
    return c


def _name_after_descriptions(toks: list[Token], a: int, b: int) -> Span | None:
    """'lead researcher and port scientist Ann Lee': two descriptions in lower case joined by "and"
    before one name (the words in capitals that end the phrase toks[a:b]) describe that one person,
    no pair: the name; None for any other phrase."""
    words = [t.text for t in toks[a:b]]
    if "and" not in words:
        return None
    k = words.index("and")
    e = b
    while e > a + k + 1 and toks[e - 1].text[:1].isupper() and toks[e - 1].text.replace(".", "").isalpha():
        e -= 1
    if e == b or b - e < 2 or not all(w.islower() for w in words[:k]):
        return None
    return Span(toks[e].span.start, toks[b - 1].span.end)


def _nickname(ctx: Context, toks: list[Token], q: Quote) -> bool:
    """A quoted word or two between a first name and a last name ('Anna “Annie” Berg'): a
    nickname inside the speaker's name, no quotation."""
    before = [t for t in toks if t.span.end <= q.outer.start]
    inner = ctx.text[q.inner.start : q.inner.end].split()
    return bool(before) and before[-1].text[:1].isupper() and before[-1].text.isalpha() and 0 < len(inner) <= 2 \
        and ctx.name_like(q.inner)


def mixed_clause(ctx: Context, sent: Sentence, outer: Span, inner: Span, lx: Lang) -> Span | None:
    """A quotation before its tag that goes on a sentence the author began ("The outages were
    'painful' and the firm will act, but for now, 'we take no risks,' the chief said.", "Finding
    the leak was 'a bit like a puzzle,' she said."): it opens with a lower-case word after a word
    or a comma, and the words before it (three or more, no colon or semicolon, no quotation mark
    first) are the first part of one mixed clause; the whole from the sentence's start, as
    reported speech. None otherwise."""
    text = ctx.text
    words = text[inner.start : inner.end].split(maxsplit=1)
    if not words or not words[0][:1].islower():
        return None
    head = text[sent.span.start : outer.start]
    before = head.rstrip()
    if not before or not (before.endswith(",") or before[-1].isalnum()):
        return None
    line = text[outer.end : max(sent.span.end, outer.end + 120)].split("\n", 1)[0]
    tag = re.split(r"[.!?]", line, maxsplit=1)[0]
    if any(ch in QUOTE_CHARS for ch in tag):
        return None  # '… "too little," he added, "Without …"': the quotation goes on after the tag
    if len(re.findall(r"\w+", head)) < 3 or any(ch in head for ch in ":;") or head.lstrip()[:1] in QUOTE_CHARS:
        return None
    first = sent.tokens[0]
    if ctx.inside_any_quote(first.span.start) or any(cue_at(ctx, sent.tokens, k, lx) for k, t in enumerate(sent.tokens) if t.span.end <= outer.start):
        return None  # a cue of its own before the quotation: the words before it are another report
    return Span(strip_span(text, Span(sent.span.start, outer.start)).start, outer.end)


def _inverted_speaker(ctx: Context, toks: list[Token], start: int, i: int, lx: Lang) -> Span | None:
    """'“The roof leaks” unveiled in May, said Ann Lee, a teacher.': a few words of the author's
    (no quotation mark, no clause break) go on after the closed quotation, then a comma and an
    inverted tag whose speaker after the cue at toks[i] ends the sentence or opens an apposition.
    The speaker's span, else None (the speaker stands before the cue)."""
    n = len(toks)
    if toks[i - 1].text != "," or i - 1 <= start or i - start > 10 or i + 1 >= n:
        return None
    if toks[i].text.lower().endswith("ing") or any(t.text in QUOTE_CHARS or t.text in (",", ";", ":", "(", ")") for t in toks[start : i - 1]):
        return None
    first = toks[i + 1].text
    if not (first[:1].isupper() or first.lower() in lx.determiners) or ctx.in_timex(toks[i + 1].span):
        return None
    e = np_forward(ctx, toks, i + 1, lx)
    if e == i + 1 or not (e >= n - 1 or toks[e].text in (".", "!", "?", ",")):
        return None
    return Span(toks[i + 1].span.start, toks[e - 1].span.end)


def _parsed_apposed_subject(ctx: Context, sent: Sentence, start: int, i: int) -> bool:
    """The parse's subject of the cue at token i opens right after the quotation (token `start`)
    and an apposition or relative clause between commas follows it up to the cue ("“…,” Ann Lee,
    a pilot and a mother, told the paper", "“…,” Ann Lee, who runs the port and flies, said"):
    the words between are the speaker's phrase, though a verb or 'and' stands among them."""
    from ..syntax import children, words_in

    toks = sent.tokens
    doc = ctx.doc
    verb = words_in(doc, toks[i].span)
    if not doc.syntax or len(verb) != 1 or toks[i - 1].text != ",":
        return False
    subj = [c for c in children(doc, verb[0]) if doc.syntax[c].dep == "nsubj"]
    if len(subj) != 1:
        return False
    at = doc.syntax[subj[0]].span.start  # the subject's head word: a name's first or last word
    comma = next((k for k in range(start, i - 1) if toks[k].text == ","), None)
    return comma is not None and start < comma <= start + 4 and toks[start].span.start <= at < toks[comma].span.start \
        and all(t.text[:1].isupper() for t in toks[start:comma])


def _after_quoted_adverbial(ctx: Context, toks: list[Token], start: int, i: int, lx: Lang) -> int | None:
    """'“We must read every line” before that vote, Lee said.', '“…” while they were in charge,
    Lee said.': a phrase or clause of the author's that opens with a preposition or a
    subordinator goes on after the quotation; the speaker is the short noun phrase between the
    last comma and the cue at toks[i]. Where the speaker starts, else None."""
    low = toks[start].text.lower()
    if not (low in PREPOSITIONS_EN or low in SUBORDINATORS) or low == "that":
        return None
    c = max((k for k in range(start + 1, i - 1) if toks[k].text == ","), default=None)
    if c is None or any(t.text in QUOTE_CHARS or t.text in (";", ":") for t in toks[start:i]):
        return None
    spk = toks[c + 1 : i]
    first = spk[0].text
    if len(spk) > 6 or not (first[:1].isupper() or first.lower() in lx.determiners or first in lx.subject_pronouns):
        return None
    if any(t.text.lower() in AUX or t.text.lower() in lx.forms or t.text.lower() in _CLAUSE_LINKS or t.text == "," for t in spk):
        return None
    return c + 1


def en_tag_after_quote(ctx: Context, si: int, sent: Sentence, i: int, after: int, cue: Span, src: Span, lx: Lang) -> bool:
    """'“How big will the bridge be?” Lee said in response.': a sentence of only a speaker, a
    cue and an adverbial (no clause: no verb after the cue) that follows, on the same line, a
    sentence that is one closed quotation ending in '?' or '!' (which closed the sentence before
    the tag): the quotation is what the speaker said."""
    toks = sent.tokens
    if si == 0 or src.start != toks[0].span.start or ctx.inside_any_quote(toks[i].span.start):
        return False
    if any(t.text.lower() in AUX or t.text.lower() in lx.forms or t.text in QUOTE_CHARS or ctx.pos_at(t.span) in ("VERB", "AUX")
           for t in toks[after:]):
        return False  # a clause of its own follows the cue
    prev = ctx.doc.sentences[si - 1]
    gap = ctx.text[prev.span.end : sent.span.start]
    q = ctx.quote_closing_at(prev.span.end, lambda q: q.closed)
    if q is None or gap.strip() or "\n" in gap or q.outer.start != prev.span.start:
        return False
    quoted = strip_span(ctx.text, q.inner)
    if len(quoted) < 3 or ctx.text[quoted.end - 1 : quoted.end] not in ("?", "!"):
        return False
    ctx.cands.append(Cand("direct", [quoted], cue, src, "attr.direct.en.tag_after_quote", si,
                          via=links_after(ctx, toks, i, lx, src, quoted)))
    return True


def _embedded(ctx: Context, sent: Sentence, outer: Span, after: str) -> bool:
    """A quotation inside a clause that goes on after it ('… an operation against "criminals" in
    the capital, a source told Reuters'): a word of the sentence right before it, and no comma
    after it, so it is a phrase the clause quotes, not what the speaker after it said."""
    before = ctx.text[sent.span.start : outer.start].rstrip()
    inner = ctx.text[outer.start : outer.end].rstrip("»”“\"'’ ")
    return bool(before) and before[-1].isalnum() and after not in (",", ".", "!", "?", ";", ":") and not inner.endswith((",", ".", "!", "?"))


def en_clause_then_speaker(ctx: Context, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
    """"The men were handed over, an insurgent source told AFP." — content, then subject and cue
    at the end of the sentence."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    end = _before_relative(toks, i, lx)  # "…, the source, who said he had seen it, told Reuters."
    j = end - 1
    rel = _bare_relative(ctx, toks, end, lx)  # "…, officials who spoke on condition of anonymity said."
    if rel is not None:
        j = rel
    j = _speaker_phrases(ctx, toks, end, lx) or j
    while j > 0 and end - j <= 12 and toks[j].text != ",":
        if lows[j] in AUX or lows[j] in lx.forms or lows[j] in _CLAUSE_LINKS or lows[j] in _RELATIVES:
            return False
        j -= 1
    if j <= 2 or toks[j].text != "," or j == end - 1:
        return False
    if i + 1 < n and toks[i + 1].text[:1].islower() and ctx.pos_at(toks[i + 1].span) in ("NOUN", "ADJ") \
            and not takes_addressee(lx, toks[i].text) and not ctx.in_timex(toks[i + 1].span):
        return False  # "…, a victim of the gang's alleged smuggling ring.": an adjective before its noun, no tag
    if lows[j + 1] in lx.wie or (lows[j + 1] in PREPOSITIONS_EN and lows[i].endswith("ing")):
        # "…, as the Gazette reported on Monday.": an as-clause (verbs.wie_after), no subject opens with "as";
        # "…, with Senator Lee criticizing the plan.": the participle's object is what was said, not the clause before
        return False
    tail = n - i
    reason: Span | None = None  # (+reason: "…, economists say, because …": the speaker's reason, said too)
    part = next((k for k in range(i + 1, n - 1) if toks[k].text == "," and lows[k + 1].endswith("ing") and lows[k + 1] in lx.forms), None)
    t = i + 1
    parts = load(lx.code, "time").get("parts_of_day", {})
    while t < n and (ctx.in_timex(toks[t].span) or (t > i + 1 and lows[t] in parts) or (
            lows[t] in lx.time_prepositions and t + 1 < n and ctx.in_timex(toks[t + 1].span))):
        t += 1  # "said Friday afternoon"
    if _chain_tail(ctx, toks, t, lx) >= n - 1 or interview_setting(ctx, toks, _chain_tail(ctx, toks, i, lx), lx) >= n - 1 \
            or _setting_only(ctx, toks, t, lx) or _setting_with_relative(ctx, toks, t, lx):
        pass  # "…, she said in an interview with the Boston Globe.", "…, the paper reported, citing two officials."
    elif part is not None and (part - i <= 5 or _setting_only(ctx, toks, t, lx, part)):
        tail = part - i  # "…, lawmakers said Friday, adding that …": the participle is a speech act of its own
    elif t + 1 < n and toks[t].text == "," and lows[t + 1] in SUBORDINATORS and lows[t + 1] != "that":
        part, tail = t, t - i  # "…, lawmakers said Friday afternoon, as they bristled at …": a clause of circumstance
        if lows[t + 1] in _reason_conjunctions(lx.code):
            reason = strip_span(ctx.text, Span(toks[t + 1].span.start, toks[n - 1].span.start if toks[n - 1].text in (".", "!", "?") else sent.span.end))
    elif tail > 8 or (any(toks[k].text == "," for k in range(i + 1, n - 1)) and tail > 4):
        return False
    if toks[0].text in QUOTE_CHARS or toks[i - 1].text in QUOTE_CHARS:
        return False  # a quotation before the cue: the speaker follows it ('"…," said X')
    rest = en_content_start(ctx, toks, i + 1, lx)
    if rest is not None and any(_finite(toks[k].text, lx) for k in range(rest, part if part is not None and tail == part - i else n)):
        return False  # "Using a crude expression, he said they wanted …": the clause follows the cue
    if not any(_finite(toks[k].text, lx) or _parsed_finite(ctx, toks, k) for k in range(j)):
        return False  # "Along with his allies, X argued": an adverbial, not a claim
    if any(f.lemma in lx.question_verbs and lows[0].endswith("ed") for f in lx.forms.get(lows[0], [])):
        return False  # "Asked if she was ever afraid, the mayor said no": the question put to the speaker, no claim
    src = strip_span(ctx.text, Span(toks[j + 1].span.start, toks[end - 1].span.end))
    content = strip_span(ctx.text, Span(sent.span.start, toks[j].span.start))
    if len(content) < 10:
        return False
    via = links_after(ctx, toks, i, lx, src, content)
    if reason is not None and reason.end > reason.start:
        ctx.cands.append(Cand("indirect", [content, reason], cue, src, "attr.indirect.en.clause_speaker_cue+reason", si, via=via))
        return True
    ctx.cands.append(Cand("indirect", [content], cue, src, "attr.indirect.en.clause_speaker_cue", si, via=via))
    return True


@cache
def _reason_conjunctions(code: str) -> frozenset[str]:
    """Rule +reason (session 40): conjunctions of a reason (`tag_reason_conjunctions` of resources/<lang>/cues.json:
    "because") that go on with what was said after a tag set off by commas in mid-sentence ("The pier is unsafe,
    the mayor said, because the beams are rotten": the reason is the speaker's, part of the claim), unlike a
    clause of circumstance ("…, lawmakers said, as they left the hall")."""
    return frozenset(load(code, "cues").get("tag_reason_conjunctions", []))


def _setting_only(ctx: Context, toks: list[Token], t: int, lx: Lang, end: int | None = None) -> bool:
    """toks[t:end] (without `end`: up to the sentence's final mark) are only the setting of the
    speech act: times and phrases of a setting preposition (`setting_prepositions`) without a verb
    or a comma, one of whose words is a speech event or an occasion (`speech_events`,
    `occasions`): "…, Mayor Ann Cole said at a news conference in the town hall on Tuesday."."""
    n = len(toks)
    if end is None:
        end = n - 1 if toks[-1].text in (".", "!", "?") else n
    if t >= end or end - t > 14 or toks[t].text.lower() not in lx.setting_prepositions | lx.time_prepositions:
        return False
    lows = [tk.text.lower() for tk in toks[t:end]]
    events = lx.speech_events | lx.occasions
    if not any(w in events or f"{w} {v}" in events for w, v in zip(lows, [*lows[1:], ""], strict=True)):
        return False
    return not any(tk.text in (",", ";", ":") or tk.text in QUOTE_CHARS or w in AUX or w in lx.forms or w in lx.complementizers
                   or (not ctx.in_timex(tk.span) and ctx.pos_at(tk.span) in ("VERB", "AUX", "PRON"))
                   for tk, w in zip(toks[t:end], lows, strict=True))


def _setting_with_relative(ctx: Context, toks: list[Token], t: int, lx: Lang) -> bool:
    """toks[t:] is a setting (`_setting_only`) with a relative clause on its noun that runs to the
    sentence's final mark without a comma ("…, the mayor said at a meeting where residents shouted
    at her.", "… at a hearing that ran late into the night."): the clause describes the occasion,
    it reports nothing."""
    n = len(toks)
    end = n - 1 if toks[-1].text in (".", "!", "?") else n
    r = next((k for k in range(t + 2, min(end, t + 10)) if toks[k].text.lower() in _SETTING_RELATIVES), None)
    if r is None:
        return False
    if toks[r - 1].text.lower() in PREPOSITIONS_EN:
        r -= 1  # "at a meeting at which …"
    return _setting_only(ctx, toks, t, lx, r) and not any(
        tk.text in (",", ";", ":") or tk.text in QUOTE_CHARS for tk in toks[r:end])


def _chain_tail(ctx: Context, toks: list[Token], t: int, lx: Lang) -> int:
    """The index after the chain phrases that follow a cue from toks[t] on ("in an interview
    with the Boston Globe on Monday", ", citing two officials"); t without one."""
    n = len(toks)
    k = t
    while k < n - 1:
        k2, _ = links_at(ctx, toks, k + 1 if toks[k].text == "," else k, lx)
        if k2 <= k + 1:
            break
        k = k2
        while k < n - 1 and ctx.in_timex(toks[k].span):
            k += 1
    return k if k > t else t


def _speaker_phrases(ctx: Context, toks: list[Token], end: int, lx: Lang) -> int | None:
    """The comma before the subject of a cue at toks[end] that closes the sentence, when that
    subject is one noun phrase ("…, officials close to the talks say": though a word in it looks
    like a cue, 'talks') or a name and its apposition, each opening with a capital or an article
    ("…, Ann Roe, the harbour master, said"); else None."""
    commas = [k for k in range(end - 1, max(0, end - 16), -1) if toks[k].text == ","][:3]
    if commas and commas[0] == end - 1:
        commas = commas[1:]  # the comma that closes an apposition
    parts: list[int] = []
    stop = end if not (end > 0 and toks[end - 1].text == ",") else end - 1
    for comma in commas:
        first = toks[comma + 1].text if comma + 1 < stop else ""
        if not first or (toks[end - 1].text == "," and not (first[:1].isupper() or first.lower() in lx.determiners)):
            break
        if np_forward(ctx, toks, comma + 1, lx) != stop:
            break
        parts.append(comma)
        stop = comma
        if len(parts) == 2 or toks[end - 1].text != ",":
            break
    return parts[-1] if parts else None


def _bare_relative(ctx: Context, toks: list[Token], end: int, lx: Lang) -> int | None:
    """'…, officials who spoke on condition of anonymity said.': the subject of the cue at
    toks[end] is a short noun phrase after the last comma with a relative clause without commas
    on it ('who', 'that'); the index of the relative pronoun's noun's last word, else None."""
    c = next((k for k in range(end - 1, max(0, end - 18), -1) if toks[k].text in (",", ";", ":") or toks[k].text in QUOTE_CHARS), None)
    if c is None or toks[c].text != ",":
        return None
    r = next((k for k in range(c + 2, end - 1) if toks[k].text.lower() in _PERSON_RELATIVES), None)
    if r is None or r - c > 6:
        return None
    if any(t.text.lower() in AUX or t.text.lower() in lx.forms or t.text.lower() in _CLAUSE_CONJUNCTIONS or t.text.lower() in _OTHER_RELATIVES
           for t in toks[c + 1 : r]):
        return None
    if any(t.text.lower() in _RELATIVES for t in toks[r + 1 : end]):
        return None
    if not any(ctx.pos_at(t.span) == "VERB" for t in toks[r + 1 : end]):
        return None  # "…, another firm that had declared bankruptcy": the cue is the relative clause's own verb
    return r - 1


def _before_relative(toks: list[Token], i: int, lx: Lang) -> int:
    """Where the subject of the cue toks[i] ends when a relative clause between commas stands
    between them ("the official, who said she had spoken to them, told"); else i."""
    if i < 4 or toks[i - 1].text != ",":
        return i
    for k in range(i - 2, max(0, i - 25), -1):
        if toks[k].text == ",":
            return k if toks[k + 1].text.lower() in REL_PRONOUNS else i
    return i


def _finite(word: str, lx: Lang) -> bool:
    """A word that can be the finite verb of a clause (auxiliary, modal, past tense, a cue verb)."""
    w = word.lower()
    return w in AUX or w in _BASE_AUXILIARIES or (
        word[:1].islower() and (w.endswith("ed") or w in lx.forms or (w.endswith("s") and len(w) > 3 and not w.endswith("ss")))
    )


#: relations of a verb that heads no clause of its own ("Having left the ship, …": advcl)
_NOT_MAIN = ("advcl", "acl", "acl:relcl", "amod", "xcomp", "csubj")


def _parsed_finite(ctx: Context, toks: list[Token], k: int) -> bool:
    """A verb the parse gives a clause of its own that the spelling rules of `_finite` do not
    see: an irregular past ("The crew left the ship", "went", "took"); not in -ing, not after "to"
    or a participle ("Having left"), not the head of an adverbial or attributive clause."""
    w = ctx.word_at(toks[k].span)
    if w is None:
        return False
    before = toks[k - 1].text.lower() if k > 0 else ""
    return w.pos in ("VERB", "AUX") and w.dep not in _NOT_MAIN and not toks[k].text.lower().endswith("ing") \
        and before != "to" and not before.endswith("ing")


def en_parenthetical_head(ctx: Context, sent: Sentence, src: Span, i: int, k0: int) -> Span | None:
    """'But to prevent problems, he said, local officials should be vigilant.': a speaker and cue
    set off by commas inside the reported sentence. The part before the tag (from the sentence
    start to the comma before the speaker) is the first part of the content; None when the tag
    does not stand between commas or opens the sentence."""
    toks = sent.tokens
    s = next((k for k, t in enumerate(toks) if t.span.start >= src.start), None)
    if s is None or s < 3 or toks[s - 1].text != "," or not any(toks[k].text == "," for k in range(i + 1, k0)):
        return None
    if toks[0].text in QUOTE_CHARS or ctx.inside_any_quote(toks[s - 1].span.start):
        return None
    h0 = 0
    if s >= 3 and toks[s - 2].text.lower() in REL_PRONOUNS and toks[s - 3].text == ",":
        h0 = s - 2  # "The park is near the stadium, which, Lee said, is full on game days": the relative clause
    head = strip_span(ctx.text, Span(toks[h0].span.start, toks[s - 1].span.start))
    words = [t for t in toks[h0 : s - 1] if t.text[:1].isalnum()]
    if len(words) < (1 if h0 else 2) or any(t.text in (";", ":") for t in toks[h0 : s - 1]):
        return None
    return head


def en_fronted_participle(ctx: Context, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
    """'Conceding that the deal was late, the minister said …': a participle of speech that opens
    the sentence; its speaker is the subject of the main clause after it, its content the
    participle's clause. False when the cue does not open the sentence or no subject follows."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    s0 = skip_conjunction(lows, min_len=2)
    if i == s0 + 1 and lows[s0] in lx.participle_openers and lows[s0] not in ("by", "through"):
        s0 = i  # 'After saying her knee was “so swollen …,” she was taken …': the main clause's subject
    if i != s0 or not lows[i].endswith("ing"):
        return False
    k0 = en_content_start(ctx, toks, i + 1, lx)
    if k0 is None:
        return False
    spk: tuple[int, int] | None = None
    c = next((k for k in range(k0 + 1, n) if (toks[k].text == "," and not ctx.inside_any_quote(toks[k].span.start))
              or (toks[k].text in QUOTE_CHARS and toks[k - 1].text == "," and ctx.quote_closing_at(toks[k].span.end) is not None)), None)
    if c is not None:
        e = np_forward(ctx, toks, c + 1, lx, apposition=False)
        while e > c + 2 and toks[e - 1].text.islower() and ctx.pos_at(toks[e - 1].span) in ("VERB", "AUX"):
            e -= 1  # "the mayor cut (the fares)": the parse's verb ends the noun phrase
        if c + 1 < e < n and (_finite(toks[e].text, lx) or (s0 > 0 and ctx.pos_at(toks[e].span) in ("VERB", "AUX"))):
            spk = (c + 1, e)
    if spk is None:
        # no comma: a subject pronoun or a short noun phrase before a verb of speech closes the
        # participle's clause ("Conceding that … “down the line” the mayor warned: …")
        for k in range(k0 + 3, n - 1):
            if lows[k + 1] not in lx.forms or lows[k + 1].endswith("ing") or ctx.inside_any_quote(toks[k].span.start):
                continue
            b = k if toks[k].text in lx.subject_pronouns else _np_start(toks, k, lx)
            if b is not None and b > k0 + 2:
                spk = (b, k + 1)
                break
    if spk is None:
        return False
    end = spk[0] - 1 if toks[spk[0] - 1].text == "," else spk[0]
    content = strip_span(ctx.text, Span(toks[k0].span.start, toks[end - 1].span.end))
    if len(content) < 10:
        return False
    src = Span(toks[spk[0]].span.start, toks[spk[1] - 1].span.end)
    ctx.cands.append(Cand("indirect", [content], cue, src, "attr.indirect.en.fronted_participle", si))
    return True


def _np_start(toks: list[Token], k: int, lx: Lang) -> int | None:
    """Where a short noun phrase that ends at toks[k] begins: a determiner up to three words
    before it ("the mayor", "the city's new mayor"), else up to three capitalised words ("Ann Lee")."""
    for b in range(k - 1, max(-1, k - 4), -1):
        w = toks[b].text
        if not w[:1].isalpha() or w.lower() in lx.forms:
            break
        if w.lower() in lx.determiners:
            return b
    b = k
    while b > 0 and k - b < 2 and toks[b - 1].text[:1].isupper() and toks[b - 1].text[:1].isalpha():
        b -= 1
    return b if toks[k].text[:1].isupper() and toks[k].text[:1].isalpha() else None


def as_put_it(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """'As the Ledger's Tom Hale puts it, the council has no choice.', 'As Bo Park, the head of the
    council, put it: “…”' (English): a fronted as-clause whose verb puts its object "it"
    (according.json `as_put_it`) names the one whose words the rest of the sentence gives — an
    according-to attribution (rule attr.according.en.as_put_it); its content is the quotation
    after the clause when one follows it, else the rest of the sentence."""
    d = load(lx.code, "according").get("as_put_it")
    if not isinstance(d, dict):
        return False
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    w0 = skip_conjunction(lows, min_len=2)
    if w0 >= n - 5 or lows[w0] not in d["openers"] or ctx.inside_any_quote(toks[w0].span.start):
        return False
    v = next((k for k in range(w0 + 2, min(n - 2, w0 + 20)) if lows[k] in d["verbs"] and lows[k + 1] in d["objects"]), None)
    if v is None or any(ctx.inside_any_quote(t.span.start) for t in toks[w0 : v + 2]):
        return False
    after = v + 2  # the comma or colon that closes the clause
    if toks[after].text not in (",", ":") and lows[after] in PREPOSITIONS_EN:
        # rule +occasion: "As Ann Holt put it in her memo to staff, “…”": the occasion of the words before the comma
        after = next((k for k in range(after + 1, min(n - 1, after + 14)) if toks[k].text in (",", ":")), after)
        if any(ctx.inside_any_quote(t.span.start) or t.text in QUOTE_CHARS for t in toks[v + 2 : after]):
            return False
    if toks[after].text not in (",", ":"):
        return False
    comma = next((k for k in range(w0 + 1, v) if toks[k].text == ","), v)
    e = min(np_forward(ctx, toks, w0 + 1, lx, apposition=False), comma)  # ("Tom Hale puts": the verb read as a plural noun)
    if e <= w0 + 1 or (e < v and not (toks[e].text == "," and toks[v - 1].text == "," and v - e > 2)):
        return False  # (only the speaker, or the speaker and an apposition between commas: "As Bo Park, the chair, put it")
    content = content_after(ctx, toks, after + 1, sent)
    if content is None:
        return False
    content = ctx.unquote(strip_span(ctx.text, content))
    if len(content) < 8:
        return False
    src = Span(toks[w0 + 1].span.start, toks[e - 1].span.end)
    cue = Span(toks[v].span.start, toks[v + 1].span.end)
    rule = f"attr.according.{lx.code}.as_put_it" + ("+occasion" if after > v + 2 else "")
    ctx.cands.append(Cand("according_to", [content], cue, src, rule, si))
    return True
