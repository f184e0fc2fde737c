"""English constructions: a quotation or a clause first, the speaker and cue after it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ...document import CLAIM_SEGMENTS, Document, Sentence, Span, Token
from ...resources import load
from ...textutil import whole_words
from ..candidates import Cand
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    lang,
    skip_conjunction,
)
from ..quotes import Quote
from ..sources import analyse_mention, is_role
from .chains import interview_setting, links_after, links_at
from .contents import content_after, en_content_start
from .context import QUOTE_CHARS, Context, strip_span
from .cues import NOT_SPEECH, cue_at, takes_addressee
from .occasions import trailing_setting
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
        if coordinated is not None:
            start, named = coordinated, _name_after_descriptions(toks, coordinated, i)
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
        rule = "attr.direct.en.quote_speaker_cue"
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
    lows = [t.text.lower() for t in toks]
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
    ctx.cands.append(Cand("indirect", [content], cue, src, "attr.indirect.en.clause_speaker_cue", si, via=via))
    return True


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


def en_conventions(ctx: Context) -> None:
    """English attribution relations as one cue makes them (the PolNeAR conventions): a tagged
    quotation goes on in the quotation that directly follows its sentence in the same paragraph
    ('"A," she said. "B."' is one attribution with the content A and B, also when a second speech
    act follows the tag: '"A," she said, adding that …. "B."'), and a quoted content
    keeps its quotation marks and the punctuation inside them ('"A,"')."""
    from .continuation import line_index

    line_of = line_index(ctx)
    out: list[Cand] = []
    for c in sorted(ctx.cands, key=lambda c: c.content[0].start):
        # the tagged quotation of the sentence before, also when a second speech act of the same
        # sentence stands after it ('"A," she said, adding that … "B."')
        last = out[-1].sent if out else -1
        prev = next((d for d in reversed(out) if d.sent == last and d.mode == "direct" and d.cue is not None), None)
        if prev is not None and _goes_on(ctx, prev, c, line_of) and _english(ctx, c.sent):
            prev.content.append(c.content[0])
            prev.content.extend(c.content[1:])
            continue
        out.append(c)
    for c in out:
        if c.mode != "direct" or not _english(ctx, c.sent):
            continue
        c.content = [_with_marks(ctx, sp) for sp in c.content]
    ctx.cands = out


#: what stands between a speaker's tag and the quotation that goes on in the same sentence ('…," she said, and "…')
_SPLIT_GAP = re.compile(r"[ \t,]*(?:(?:and|but)[ \t]+)?", re.I)


def join_split_quotes(ctx: Context) -> None:
    """'“The war is over,” he declared, “and we have won it.”', '“…,” she said, and “…”' (English):
    a quotation that goes on in the same sentence right after the tag of the quotation before it
    is the same speaker's same attribution, its second part (the seed gold joins them)."""
    by_sent: dict[int, list[Cand]] = {}
    for c in ctx.cands:
        by_sent.setdefault(c.sent, []).append(c)
    drop: set[int] = set()
    for c in ctx.cands:
        if c.mode != "direct" or c.cue is None or c.source is None or c.inherit or not _english(ctx, c.sent):
            continue
        end = max(c.cue.end, c.source.end, c.content[-1].end)
        for d in by_sent.get(c.sent, []):
            if d is c or id(d) in drop or not d.rule.startswith("attr.direct.untagged") or d.content[0].start <= end:
                continue
            q = next((q for q in ctx.quotes_at(d.content[0].start) if q.closed), None)
            if q is None or q.outer.start < end or _SPLIT_GAP.fullmatch(ctx.text[end : q.outer.start]) is None:
                continue
            c.content.extend(d.content)
            drop.add(id(d))
            break
    ctx.cands = [c for c in ctx.cands if id(c) not in drop]


def _english(ctx: Context, si: int) -> bool:
    from ...resources import pick
    from .context import sentence_language

    if not 0 <= si < len(ctx.doc.sentences):
        return False
    sent = ctx.doc.sentences[si]
    seg = ctx.doc.segments[sent.segment]
    return sentence_language(sent, pick(seg.language, ctx.doc.language)) == "en"


def _goes_on(ctx: Context, prev: Cand, c: Cand, line_of: Callable[[int], int]) -> bool:
    """`c` is an untagged quotation that opens right after the sentence of the tagged quotation
    `prev`, in the same paragraph."""
    if prev.mode != "direct" or prev.cue is None or prev.source is None or not c.rule.startswith("attr.direct.untagged"):
        return False
    if not c.inherit or prev.sent >= len(ctx.doc.sentences) or not ctx.is_quote(c.content[0]):
        return False
    end = max(ctx.doc.sentences[prev.sent].span.end, prev.content[-1].end, prev.cue.end)
    gap = ctx.text[end : c.content[0].start]
    return "\n" not in gap and not any(ch.isalnum() for ch in gap) and line_of(end) == line_of(c.content[0].start)


def _with_marks(ctx: Context, sp: Span) -> Span:
    """The closed quotation whose words `sp` covers, with its marks and the punctuation inside
    them; `sp` itself when it is no whole quotation."""
    for q in ctx.quotes_at(sp.start):
        if not q.closed:
            continue
        inner = strip_span(ctx.text, q.inner)
        if inner.start >= sp.start - 1 and inner.end <= sp.end + 1 and q.outer.start <= sp.start and sp.end <= q.outer.end:
            return q.outer
    return sp


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


def en_clause_end(ctx: Context, cue: Span, content: Span, lx: Lang) -> Span:
    """The reported clause without what the parse shows going on after it: a second speech act
    of the speaker hung on the cue verb ("she said the plan failed and added that …", "…, noting
    that …"), another verb of the speaker without a subject of its own ("joked about the rules,
    declined to answer, and told …"), a participle of speech after a comma ("blamed the press for
    the story, saying …") and a relative clause on the whole that runs to the end ("…, which
    raised concerns"). The content stays as it is when the cue was not parsed."""
    from ..syntax import children, subtree, words_in

    doc = ctx.doc
    content = _parenthesis_end(ctx, cue, content)
    content = _dash_comment_end(ctx, _next_predicate_end(ctx, _fronted_clause_end(ctx, cue, content, lx), lx), lx)
    content = _apposition_end(ctx, _concession_end(ctx, content, lx), lx)
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
        return _conjoined_speech_end(ctx, verb, inside, content, lx)
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
    toks = _content_tokens(ctx, content)
    if toks is None:
        return content
    lows = [t.text.lower() for t in toks]
    for k in range(2, len(toks) - 3):
        if toks[k].text != "," or lows[k + 1] not in ("a", "an") or ctx.inside_any_quote(toks[k].span.start):
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
    toks = _content_tokens(ctx, content)
    if toks is None:
        return content
    lows = [t.text.lower() for t in toks]
    for k in range(2, len(toks) - 3):
        if toks[k].text != ",":
            continue
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


def _dash_comment_end(ctx: Context, content: Span, lx: Lang) -> Span:
    """What was said ends before a dash followed by a concessive word ("the economy had hit
    bottom - though economists have contested that view"; `dash_comment_openers`): the
    author's comment, not part of the claim."""
    for m in _DASH_COMMENT.finditer(ctx.text, content.start, content.end):
        if m.group(1).lower() in lx.dash_comment_openers and not ctx.inside_any_quote(m.start()) and m.start() - content.start >= 10:
            return strip_span(ctx.text, Span(content.start, m.start()))
    return content


def _next_predicate_end(ctx: Context, content: Span, lx: Lang) -> Span:
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
    lows = [t.text.lower() for t in toks]
    for k in range(3, len(toks) - 2):
        if ctx.inside_any_quote(toks[k].span.start):
            continue
        if lows[k] == ";" and toks[k + 1].text in lx.subject_pronouns:
            return toks[k].span.start
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
    lows = [t.text.lower() for t in toks]
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
        return content  # "In a statement announcing the pick, the union called …": the phrase ends at its comma
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
    lows = [t.text.lower() for t in toks]
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


#: marks that open and close an apposition after a speaker's name
_APPOSITION_MARKS = (",", "--", "—", "–")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
#: a parenthesis right after a name ("(D-Ohio)")
_PARENTHESIS = re.compile(r"^\s*\([^()]{1,30}\)")


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
    if src.end <= cue.start:
        base, raw = src.end, text[src.end : cue.start]
        par = _PARENTHESIS.match(raw)  # "Ann Lee (D-Ohio), head of …"
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


def noun_cues(ctx: Context) -> None:
    """'his claim that the vote was rigged', 'the senator’s warning that …' (English): a noun of a
    speech act after a possessive reports the that-clause after it; the possessor is the source.
    The clause ends where the parse ends it; without a parse only a noun phrase after the verb
    (the clause then runs to the end of the sentence) is taken."""
    from ..syntax import children, subtree, words_in

    doc = ctx.doc
    for si, sent in enumerate(doc.sentences):
        if si in ctx.headings or not _english(ctx, si) or doc.segments[sent.segment].kind not in CLAIM_SEGMENTS:
            continue
        toks = sent.tokens
        lx = lang("en")
        lows = [t.text.lower() for t in toks]
        for k in range(1, len(toks) - 2):
            if lows[k] not in lx.speech_nouns or lows[k + 1] != "that" or ctx.inside_any_quote(toks[k].span.start):
                continue
            owner = toks[k - 1].text
            if lows[k - 1] in lx.possessive_determiners:
                b, src = k - 1, toks[k - 1].span
            elif re.fullmatch(r"[\w.-]+['’]s", owner) and owner[:1].isupper():
                b = k - 1
                while b > 0 and k - b < 5 and (toks[b - 1].text[:1].isupper() or lows[b - 1] in lx.determiners) \
                        and toks[b - 1].text not in QUOTE_CHARS:
                    b -= 1
                src = Span(toks[b].span.start, toks[k - 1].span.end - 2)
            elif re.fullmatch(r"[a-z][\w-]*['’]s", owner) and k > 1 and lows[k - 2] in lx.determiners:
                b, src = k - 2, Span(toks[k - 2].span.start, toks[k - 1].span.end - 2)  # "the senator’s"
            else:
                continue
            content: Span | None = None
            noun = next(iter(words_in(doc, toks[k].span)), None)
            if noun is not None:
                clause = [c for c in children(doc, noun) if doc.syntax[c].dep.split(":")[0] in ("acl", "ccomp")
                          and doc.syntax[c].span.start > toks[k + 1].span.start]
                if clause:
                    last = subtree(doc, clause[0])[-1]
                    content = strip_span(ctx.text, Span(toks[k + 1].span.start, doc.syntax[last].span.end))
            subject = not any(lows[m] in AUX or _finite(toks[m].text, lx) for m in range(b))
            if content is None:
                # without a parse the clause runs up to a semicolon, a colon or a quotation mark
                end = next((t.span.start for t in toks[k + 2 :] if t.text in (";", ":") or t.text in QUOTE_CHARS), sent.span.end)
                whole = strip_span(ctx.text, Span(toks[k + 1].span.start, end))
                if b > 0 and any(lows[m] in lx.forms or lows[m] in AUX or lows[m].endswith("ed") for m in range(b)):
                    content = whole
                elif subject:
                    # the noun phrase is the subject: its clause ends before the sentence's verb
                    cut = _before_main_verb(ctx, toks, k + 1, whole, lx)
                    content = cut if cut.end < whole.end else None
            if content is None or len(content) < 12:
                continue
            if subject:
                content = _before_main_verb(ctx, toks, k + 1, content, lx)  # "The firm's claim that … was rejected"
            if any(c.cue is not None and c.cue.overlaps(toks[k].span) for c in ctx.cands):
                continue
            w = next((m for m in range(b - 1, max(-1, b - 12), -1) if lows[m] in ("whether", ",", ";")), None)
            if w is not None and lows[w] == "whether":
                continue  # "asked whether the mayor’s claim that … was right": inside a question, nothing is claimed
            ctx.cands.append(Cand("indirect", [content], toks[k].span, src, "attr.indirect.en.noun_cue", si))


def _before_main_verb(ctx: Context, toks: list[Token], t: int, content: Span, lx: Lang) -> Span:
    """The that-clause of a noun that is the sentence's subject ("The firm's claim that the
    product was safe was rejected by the court") ends before the sentence's own verb: a second
    finite verb after the clause's first one with no conjunction, relative pronoun or comma
    between them."""
    lows = [w.text.lower() for w in toks]
    first: int | None = None
    for m in range(t + 1, len(toks)):
        if toks[m].span.start >= content.end or ctx.inside_any_quote(toks[m].span.start):
            break
        if lows[m] in lx.clause_joints:
            if first is not None:
                return content
            continue
        finite = lows[m] in AUX or lows[m] in lx.modals or (toks[m].text[:1].islower() and _finite(toks[m].text, lx) and ctx.pos_at(toks[m].span) in ("VERB", "AUX"))
        if not finite:
            continue
        if first is None:
            first = m
        elif m > first + 1 or lows[m] in AUX:
            return strip_span(ctx.text, Span(content.start, toks[m].span.start)) if m > first + 1 else content
    return content


def headline_cues(ctx: Context) -> None:
    """'Mayor Says Bridge Is Safe, Calls Repairs ‘Urgent’', 'After the Vote, Lee Said …', 'Lee
    praises the council at news conference' (English): a headline whose subject is a short name
    and whose verb is one of speech reports what follows it; a second verb of speech after a comma
    opens an attribution of its own for the same speaker. The rest of a headline states no one's
    speech act."""
    lx = lang("en")
    for si in sorted(ctx.headings | ({0} if ctx.doc.sentences else set())):
        sent = ctx.doc.sentences[si]
        if not _english(ctx, si) or ctx.doc.segments[sent.segment].kind not in CLAIM_SEGMENTS:
            continue
        toks = sent.tokens
        lows = [t.text.lower() for t in toks]
        i = next((k for k, w in enumerate(lows) if _headline_cue(w, lx)), None) if si in ctx.headings else None
        if i is None:
            _colon_headline(ctx, si, sent, lx)
            continue
        if ctx.inside_any_quote(toks[i].span.start):
            continue
        s = max((k + 1 for k in range(i) if toks[k].text in (",", ":", ";")), default=0)
        name = toks[s:i]
        if not 1 <= len(name) <= 4 or not all(t.text[:1].isupper() for t in name) or lows[s] in lx.determiners:
            continue
        src = Span(name[0].span.start, name[-1].span.end)
        # "Says …, Calls …": each verb of speech after a comma opens the next claim
        cues = [i] + [k + 1 for k in range(i + 2, len(toks) - 1) if toks[k].text == "," and _headline_cue(lows[k + 1], lx)]
        for m, cue in enumerate(cues):
            end = toks[cues[m + 1] - 1].span.start if m + 1 < len(cues) else sent.span.end
            if cue + 1 < len(toks) and lows[cue + 1] not in PREPOSITIONS_EN:
                content = strip_span(ctx.text, Span(toks[cue + 1].span.start, end))
                if len(content) >= 3 and not any(c.cue is not None and c.cue.overlaps(toks[cue].span) for c in ctx.cands):
                    ctx.cands.append(Cand("indirect", [content], toks[cue].span, src, "attr.indirect.en.headline", si))


def _colon_headline(ctx: Context, si: int, sent: Sentence, lx: Lang) -> None:
    """'Lee: the council’s plan is “badly wrong”' (English): a headline that opens with a short
    name and a colon gives that speaker's words, when the article names the speaker elsewhere
    (not 'Analysis: …', 'Update: …')."""
    if si not in ctx.headings and not (si == 0 and "\n" not in ctx.text[: sent.span.start] and "\n" in ctx.text[sent.span.end : sent.span.end + 2]):
        return  # a headline, or the document's first line ("Lee: the plan is wrong.")
    toks = sent.tokens
    c = next((k for k, t in enumerate(toks[:4]) if t.text == ":"), None)
    if c is None or c == 0 or c + 2 >= len(toks) or not all(t.text[:1].isupper() and t.text[:1].isalpha() for t in toks[:c]):
        return
    if toks[0].text.lower() in lx.determiners:
        return
    name = ctx.text[toks[0].span.start : toks[c - 1].span.end]
    elsewhere = [m.start() for m in whole_words(ctx.text, name)]
    if not any(not sent.span.start <= m < sent.span.end for m in elsewhere):
        return
    content = strip_span(ctx.text, Span(toks[c + 1].span.start, sent.span.end))
    mode = "direct" if ctx.is_quote(content) else "indirect"
    ctx.cands.append(Cand(mode, [ctx.unquote(content)], toks[c].span, Span(toks[0].span.start, toks[c - 1].span.end),
                          f"attr.{mode}.en.colon_headline", si))


def _headline_cue(word: str, lx: Lang) -> bool:
    """A finite verb of speech in a headline ("says", "said", "praises"): not a participle or a request."""
    forms = lx.forms.get(word, [])
    return bool(forms) and not word.endswith("ing") and all(f.cls not in NOT_SPEECH and not f.particle for f in forms)


#: a transcript line: an optional quotation mark, a speaker's label in capitals, a colon
_TRANSCRIPT = re.compile(r"^[ \t]*[\"“'‘]?((?:[A-Z][A-Z.'’-]+)(?:[ \t]+[A-Z][A-Z.'’-]+){0,2}):[ \t]+(?=\S)", re.M)


def transcript_lines(ctx: Context) -> None:
    """'WALLACE: Let’s start with the debate.' / '"LEE: Well, the ferry will run.' (English): a line of a
    transcript gives its speaker's words, when the speaker's label is a name the article also
    writes in ordinary case ("Chris Wallace", "Lee") or that labels more than one line, so that
    a single "UPDATE:" is none."""
    text = ctx.text
    lines = [m for seg in ctx.doc.segments if seg.kind in CLAIM_SEGMENTS
             for m in _TRANSCRIPT.finditer(text, seg.span.start, seg.span.end)]
    labels = Counter(m.group(1) for m in lines)
    for m in lines:
        seg = ctx.doc.segment_at(m.start(1))
        label = m.group(1)
        si = ctx.sentence_index(Span(m.start(1), m.end(1)))
        if seg is None or si is None or not _english(ctx, si) or not (labels[label] > 1 or _named_elsewhere(text, label)):
            continue
        end = text.find("\n", m.end())
        content = strip_span(text, Span(m.end(), end if 0 <= end <= seg.span.end else seg.span.end))
        if text[m.start() : m.start(1)].strip() and text[content.end - 1 : content.end] in QUOTE_CHARS:
            content = strip_span(text, Span(content.start, content.end - 1))  # the quotation mark that closes the line
        if len(content) < 3 or any(c.content[0].overlaps(content) and c.cue is not None for c in ctx.cands):
            continue
        ctx.cands.append(Cand("direct", [content], Span(m.end(1), m.end(1) + 1), Span(m.start(1), m.end(1)),
                              "attr.direct.en.transcript", si))


def _named_elsewhere(text: str, label: str) -> bool:
    """The last word of a capitalised label is written elsewhere as a name ("WALLACE" as "Wallace")."""
    word = label.split()[-1].strip(".")
    if len(word) < 3:
        return False
    name = word[0] + word[1:].lower()
    return next(whole_words(text, name), None) is not None


def passive_agent(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"It was announced by the ministry that the border would reopen", "It has been reported by
    the Ledger that …": a cue in the passive after an empty 'it' with its agent after 'by' and a
    that-clause: the agent said the clause (English)."""
    if lx.code != "en":
        return False
    toks = sent.tokens
    n = len(toks)
    lows = [t.text.lower() for t in toks]
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


def en_named_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The person named as the subject of an English sentence without speech or quotation marks
    ("Ann Lee agreed.", "Sen. Tom Reed went further.", "Harbour College's Ann Lee disagreed.",
    "The mayor struck a different tone."): a quotation that follows it in its paragraph without a
    tag is that person's (`quoted._person_before`). The name: capitalised words (a title
    abbreviation first allowed) that name a person (a given name of resources/en/gender.json
    first, or so by `analyse_mention`), or a surname alone that the text gave before with a first
    name; after it, possibly past an
    organisation's possessive before it, a verb in lower case (`en_opening_subject` for a
    description). Else the name of a tag that closes the sentence ("Or maybe Tom Reed, consultant
    Ann Lee says.": `_closing_tag_subject`). None otherwise."""
    if lx.code != "en" or len(sent.tokens) < 3 or any(t.text in QUOTE_CHARS for t in sent.tokens):
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
        return None
    before = ctx.text[: sent.span.start].rstrip(" \t")
    if before and before[-1] in QUOTE_CHARS:
        return None  # '“…?” | Clinton said.': the tag of the quotation before it, no introduction of the one after
    return name


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
    mayor appeared …"): past the first comma, a name of up to four words in capitals (a title
    abbreviation first allowed) or an article and up to three words, then a verb; None otherwise."""
    toks = sent.tokens
    n = len(toks)
    if lx.code != "en" or n < 5 or toks[0].text.lower() not in PREPOSITIONS_EN:
        return None
    c = next((k for k in range(1, n - 2) if toks[k].text == ","), None)
    if c is None or ctx.inside_any_quote(toks[c].span.start):
        return None
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
    if e is None or e == k or _verb_after_subject(ctx, toks, e, lx) is None:
        return None
    return Span(toks[s].span.start, toks[e - 1].span.end)


def _given_name(word: str) -> bool:
    from ..sources.gender import en_gender_words

    return word in en_gender_words()[1]


def _named_before(ctx: Context, sent: Sentence, surname: str) -> bool:
    """The text names `surname` before the sentence after a capitalised first word ("Ann Lee")."""
    return re.search(r"\b[A-Z][\w.'’-]*\s+" + re.escape(surname) + r"\b", ctx.text[: sent.span.start]) is not None


def _person_noun(word: str, lx: Lang) -> bool:
    """A role noun in lower case ("mayor", "spokeswoman")."""
    return word[:1].islower() and is_role(word, lx)
