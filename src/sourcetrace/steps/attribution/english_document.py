"""English conventions read over a whole document: one cue's attribution relations (PolNeAR), quotations
split by a tag joined, nouns of speech with a that-clause ('his claim that …'), headlines that report
speech and the lines of a transcript ('WALLACE: …').
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from ...document import CLAIM_SEGMENTS, Sentence, Span, Token
from ...resources import load
from ...textutil import lowered, whole_words
from ..candidates import Cand
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_EN,
    SUBORDINATORS,
    Lang,
    lang,
)
from .context import QUOTE_CHARS, Context, set_aside, strip_span
from .cues import NOT_SPEECH
from .english import _finite


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
        lows = lowered(toks)
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
            if not ctx.polnear:
                set_aside(ctx, "attr.filter.en.noun_cue", content)
                continue  # rule attr.filter.en.noun_cue: in the seed style a noun cue ("his claim that …") is optional, never required
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
        lows = lowered(toks)
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


#: a line of a transcript
TRANSCRIPT_RULE = "attr.direct.en.transcript"


class _CuedOverlap:
    """The candidates with a cue whose first content overlaps a span, for spans asked in the order of the
    text (a transcript's lines): one sweep over the candidates sorted by start, not all of them per line."""

    def __init__(self, cands: list[Cand]) -> None:
        self.todo = sorted((c for c in cands if c.cue is not None), key=lambda c: c.content[0].start)
        self.next, self.active, self.last = 0, list[Cand](), -1

    def __call__(self, sp: Span) -> list[Cand]:
        if sp.start < self.last:
            self.next, self.active = 0, []  # (a span before the last one asked: the sweep starts again)
        self.last = sp.start
        while self.next < len(self.todo) and self.todo[self.next].content[0].start < sp.end:
            self.active.append(self.todo[self.next])
            self.next += 1
        self.active = [c for c in self.active if c.content[0].end > sp.start]
        return [c for c in self.active if c.content[0].overlaps(sp)]


def transcript_lines(ctx: Context) -> None:
    """'WALLACE: Let’s start with the debate.' / '"LEE: Well, the ferry will run.' (English): a line of a
    transcript gives its speaker's words, when the speaker's label is a name the article also
    writes in ordinary case ("Chris Wallace", "Lee") or that labels more than one line, so that
    a single "UPDATE:" is none."""
    text = ctx.text
    lines = [m for seg in ctx.doc.segments if seg.kind in CLAIM_SEGMENTS
             for m in _TRANSCRIPT.finditer(text, seg.span.start, seg.span.end)]
    labels = Counter(m.group(1) for m in lines)
    cued = _CuedOverlap(ctx.cands)
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
        if len(content) < 3 or cued(content):
            continue
        ctx.cands.append(Cand("direct", [content], Span(m.end(1), m.end(1) + 1), Span(m.start(1), m.end(1)),
                              TRANSCRIPT_RULE, si))
    _named_turns(ctx)
    _answer_turns(ctx)


@cache
def _named_turn() -> re.Pattern[str]:
    """A transcript line labelled by a name in ordinary case: an optional title (`title_abbreviations` of
    resources/en/lexicon.json), one to three capitalised words, a colon."""
    titles = "|".join(sorted(map(re.escape, lang("en").title_abbreviations), key=len, reverse=True))
    return re.compile(rf"^[ \t]*((?:(?:{titles})\.?[ \t]+)?[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){{0,2}}):[ \t]+(?=\S)", re.M)


#: a line of a transcript labelled by a name in ordinary case
NAMED_TURN_RULE = "attr.direct.en.transcript_named"
#: an interview's "Q:" and "A:" lines (also "Q." / "A.")
_QA_TURN = re.compile(r"^[ \t]*([QA])[:.][ \t]+(?=\S)", re.M)
#: an answer of an interview's "Q:"/"A:" lines, the interviewee's
ANSWER_TURN_RULE = "attr.direct.en.transcript_answer"


def _line_content(ctx: Context, start: int, seg_end: int) -> Span:
    end = ctx.text.find("\n", start)
    return strip_span(ctx.text, Span(start, end if 0 <= end <= seg_end else seg_end))


def _title_case(text: str) -> bool:
    """Words of a headline or a title: most of its words of four letters or more in capitals."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _one_question(text: str) -> bool:
    """A line that only asks: it ends with a question mark and holds no other sentence end."""
    body = text.rstrip(" \t\"”’'")
    return body.endswith("?") and not re.search(r"[.!?]\s", body[:-1])


def _turn_name(ctx: Context, label: str) -> bool:
    """A label in ordinary case names a person the text names in full elsewhere: its words are no
    function word, role or type noun, and its last word (a surname after a title, "Mr Malone") or its only
    word (a given name, "Rick") stands elsewhere in the text beside another capitalised word ("Thomas
    Malone", "Rick Terrill"), not in a line's label; a one-word label the text also writes in lower case is a
    common noun."""
    from ..sources import is_role

    lx = lang("en")
    words = label.split()
    titled = words[0].rstrip(".") in lx.title_abbreviations
    name = words[1:] if titled else words
    if not name or any(w.lower() in lx.determiners or w.lower() in lx.np_stop or w.lower() in PREPOSITIONS_EN or w in lx.type_heads
                       or is_role(w, lx) or w.lower() in lx.forms for w in name):
        return False
    if not titled and len(name) == 1 and re.search(rf"(?<![\w'’-]){re.escape(name[0].lower())}(?![\w'’-])", ctx.text):
        return False  # "Update:", "Photo:": a word the text also writes in lower case is a common noun, no name
    word = re.escape(name[-1] if titled or len(name) > 1 else name[0])
    pair = rf"[A-Z][\w'’-]+[ \t]+{word}\b" if titled or len(name) > 1 else rf"\b{word}[ \t]+[A-Z][\w'’-]+"
    return any(not re.match(r"[ \t]*:", ctx.text[m.end() : m.end() + 3]) for m in re.finditer(pair, ctx.text))


def _full_label(label: str) -> bool:
    """A label that is a person's name by its form: a title and a surname ("Mr Malone"), or a given name of
    resources/en/gender.json and a surname ("Thomas Malone")."""
    from ..sources.gender import en_gender_words

    words = label.split()
    return len(words) >= 2 and (words[0].rstrip(".") in lang("en").title_abbreviations or words[0] in en_gender_words()[1])


def _named_turns(ctx: Context) -> None:
    """'Rick: We built the beta first.' / 'Mr Malone: Markets are minds too.' (English): a transcript whose
    lines are labelled by names in ordinary case gives each named speaker's words (rule
    `attr.direct.en.transcript_named`), when two lines or more carry such labels and the label, on two lines
    or more, a full name by its form (`_full_label`) or, beside such labels, a given name, names a person the text names in full elsewhere
    (`_turn_name`; "Peanut Butter:" once in a recipe is none); a label that opens with an article ("The
    Ledger: …", an interviewer's outlet), a role, a type or a function word ("Update:", "Source:") is
    none, and a line that only asks a question claims nothing (the interviewer's turn)."""
    text = ctx.text
    lines = [m for seg in ctx.doc.segments if seg.kind in CLAIM_SEGMENTS
             for m in _named_turn().finditer(text, seg.span.start, seg.span.end)]
    counts = Counter(m.group(1) for m in lines)
    named = {label: (n >= 2 or _full_label(label)) and _turn_name(ctx, label) for label, n in counts.items()}
    if any(named.values()):
        # in a transcript, a speaker with one line: a given name of gender.json ("Dana: …" beside "Rick: …")
        from ..sources.gender import en_gender_words

        given = en_gender_words()[1]
        named |= {label: _turn_name(ctx, label) for label, ok in named.items() if not ok and label.split()[0] in given}
    lines = [m for m in lines if named[m.group(1)]]
    if len(lines) < 2 or max(counts[m.group(1)] for m in lines) < 2:
        return  # (a conversation comes back to a speaker: names that each open one line are a list, "Ann Lee: the minister …")
    cued = _CuedOverlap(ctx.cands)
    for m in lines:
        seg = ctx.doc.segment_at(m.start(1))
        si = ctx.sentence_index(Span(m.start(1), m.end(1)))
        if seg is None or si is None or not _english(ctx, si):
            continue
        content = _line_content(ctx, m.end(), seg.span.end)
        if len(content) < 3 or _one_question(text[content.start : content.end]) or si in ctx.headings \
                or _title_case(text[content.start : content.end]):
            continue  # (a headline "Name: Words Of A Title" reports speech in another way)
        label = Span(m.start(1), m.end(1))
        inner = cued(content)
        for c in inner:
            if c.source is not None and c.refers_to is None and content.contains(c.source) and text[c.source.start : c.source.end] == "I":
                c.refers_to, c.rule = label, c.rule + "+turn_speaker"  # "Rick: … I think …": the one whose turn it is
        if not inner:
            ctx.cands.append(Cand("direct", [content], Span(m.end(1), m.end(1) + 1), label, NAMED_TURN_RULE, si))


#: a given name and a surname in capitals, the interviewee's name before an interview's lines
_FULL_NAME = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’-]*[a-z]")


@cache
def _asker_words() -> frozenset[str]:
    """The words before a name that make it the one who asks: a role of the press ("our reporter Tom
    Reed": `press_role_nouns` of en/according.json) or a byline's word ("By Tom Reed": `byline_words` of
    en/time.json)."""
    return frozenset([*(w.lower() for w in load("en", "according").get("press_role_nouns", [])),
                      *(w.lower() for w in load("en", "time").get("byline_words", []) if " " not in w)])


def _asker(text: str, at: int) -> bool:
    """The name at `at` follows, in its line, a word of `_asker_words`: the interviewer, no interviewee."""
    before = text[text.rfind("\n", 0, at) + 1 : at].split()[-2:]
    return any(w.strip(",:;").lower() in _asker_words() for w in before)


def _answer_turns(ctx: Context) -> None:
    """'Q: Is the quay too small? / A: It is, and we need a new one.' (English): an interview's "A:" lines
    are the words of the one interviewed, the person named last with a given name (resources/en/gender.json)
    and a surname before its first "Q:" line, not after a role of the press or a byline's word (`_asker`: "our
    reporter Tom Reed", "By Tom Reed" ask) (rule `attr.direct.en.transcript_answer`; the name's mention is
    the source); the "Q:" lines are the interviewer's questions, no one's claim. Nothing when the text has
    no "Q:" and "A:" lines both, or names no one before them."""
    from ..sources.gender import en_gender_words

    text = ctx.text
    lines = [m for seg in ctx.doc.segments if seg.kind in CLAIM_SEGMENTS for m in _QA_TURN.finditer(text, seg.span.start, seg.span.end)]
    first_q = next((m for m in lines if m.group(1) == "Q"), None)
    if first_q is None or not any(m.group(1) == "A" for m in lines):
        return
    given = en_gender_words()[1]
    who = [m for m in _FULL_NAME.finditer(text, 0, first_q.start()) if m.group(1) in given and not _asker(text, m.start())]
    if not who:
        return
    name = Span(who[-1].start(), who[-1].end())
    cued = _CuedOverlap(ctx.cands)
    for m in lines:
        if m.group(1) != "A" or m.start() < first_q.start():
            continue
        seg = ctx.doc.segment_at(m.start(1))
        si = ctx.sentence_index(Span(m.start(1), m.end(1)))
        if seg is None or si is None or not _english(ctx, si):
            continue
        content = _line_content(ctx, m.end(), seg.span.end)
        if len(content) < 3 or cued(content):
            continue
        ctx.cands.append(Cand("direct", [content], Span(m.start(1), m.end(1)), name, ANSWER_TURN_RULE, si))


def transcript_occasions(ctx: Context) -> None:
    """The lines of a transcript (`transcript_lines`) of a speaker whose claim before named where
    they spoke carry its links (`_occasion_of`; rule suffix `+occasion`). Run once the claims'
    links are complete (those in a speaker's phrase are read after it is trimmed)."""
    # (only the claims with a downstream link can lend one: read once, not all claims per line; a line
    # that takes links joins them, in the order of the claims)
    linked = [(k, c) for k, c in enumerate(ctx.cands) if not c.inherit and c.sent < len(ctx.doc.sentences) and any(not up for _, up in c.via)]
    for k, c in enumerate(ctx.cands):
        if c.rule in (TRANSCRIPT_RULE, NAMED_TURN_RULE) and not c.via and c.source is not None:
            links = _occasion_of(ctx, ctx.text[c.source.start : c.source.end], c.content[0].start, linked)
            if links:
                c.via, c.rule = links, c.rule + "+occasion"
                if not c.inherit and c.sent < len(ctx.doc.sentences):
                    bisect.insort(linked, (k, c), key=lambda t: t[0])


def _occasion_of(ctx: Context, label: str, pos: int, linked: list[tuple[int, Cand]]) -> list[tuple[Span, bool]]:
    """"Sunday on CNN's «Harbor Hour», Governor Ann Lee said …. Partial transcript: … LEE: Well, …":
    the transcript of the occasion a claim of the labelled speaker named before: the downstream
    links of the last claim before `pos` whose speaker holds the label's last word (its surname)
    as a word of its source, or, for a claim whose speaker the rules did not find, as a capitalised
    word of its sentence outside what was said (a long fronted phrase may have kept the rules from
    the name), when it names any (the host's lines, whose speaker told nothing before, keep none;
    a claim of someone else that names the speaker is not the speaker's)."""
    word = label.split()[-1].strip(".").casefold()
    for _, c in reversed(linked):
        if c.content[0].start >= pos:
            continue
        links = [(sp, False) for sp, up in c.via if not up]
        if not links:
            continue
        if c.source is not None:
            words = [w.casefold() for w in re.findall(r"[\w'’-]+", ctx.text[c.source.start : c.source.end])]
        else:
            words = [t.text.casefold() for t in ctx.doc.sentences[c.sent].tokens
                     if t.text[:1].isupper() and not any(x.contains(t.span) for x in c.content)]
        if word in words:
            return links
    return []


def _named_elsewhere(text: str, label: str) -> bool:
    """The last word of a capitalised label is written elsewhere as a name ("WALLACE" as "Wallace")."""
    word = label.split()[-1].strip(".")
    if len(word) < 3:
        return False
    name = word[0] + word[1:].lower()
    return next(whole_words(text, name), None) is not None


def untagged_occasions(ctx: Context) -> None:
    """'In a second interview with the Harbor Ledger, Lee was blunter: “…”' (English): an untagged
    quotation whose own sentence names, before it and outside quotations, an occasion with its
    medium (an interview, an outlet told, a show one spoke on: `chains.vias`) takes that link, not
    the chain of the speech before it that it would inherit (rule suffix `+own_occasion`)."""
    from .chains import vias

    lx = lang("en")
    for c in ctx.cands:
        if c.mode != "direct" or not c.rule.startswith("attr.direct.untagged") or c.via or c.source is not None \
                or not _english(ctx, c.sent):
            continue
        q = next((q for q in ctx.quotes_at(c.content[0].start)), None)
        if q is None:
            continue
        toks = [t for t in ctx.doc.sentences[c.sent].tokens if t.span.end <= q.outer.start and not ctx.inside_any_quote(t.span.start)]
        links: list[tuple[Span, bool]] = [(sp, up) for sp, up in vias(ctx, toks, lx) if not up] if toks else []
        if links:
            c.via = links
            c.rule += "+own_occasion"


#: a name of up to three capitalised words (a possessive "’s" left out)
_NAME = r"[A-Z][\w'’.-]*[\w.](?:\s+[A-Z][\w'’.-]*[\w.]){0,2}"
INTERVIEWER_RULE = "+interviewer"
HOST_TURN_RULE = "+answers_host"


def _surname(name: str) -> str:
    word = name.split()[-1] if name.split() else ""
    return re.sub(r"['’]s?$", "", word).strip(".").casefold()


def _interviewers(ctx: Context, lx: Lang) -> set[str]:
    """The surnames of the persons the article names as one who interviews a speaker (English;
    `interviewer` of resources/en/according.json): a person (a name the source rules read as one,
    no medium; a surname alone when a person's full name ends in it) after an interview phrase
    ("during an interview with Ann Roe") or before the noun of a programme she hosts ("on Ann Roe's
    radio show": `show_nouns`). One who only asks ("Roe asked the witness whether …":
    a counsel at a hearing, a reporter at a briefing) interviews for no medium and is none."""
    d = load(lx.code, "according").get("interviewer", {})
    if not d:
        return set()
    from ..sources import classify_mention

    text = ctx.text

    def person(name: str) -> bool:
        if len(name.split()) > 1:
            return classify_mention(name, lx)[1] == "person"
        # a surname alone: a person's full name ends in it elsewhere in the text ("Sean Hannity" … "Hannity")
        return any(classify_mention(m.group(0), lx)[1] == "person"
                   for m in re.finditer(rf"[A-Z][\w'’.-]+\s+{re.escape(name)}\b", text))

    out: set[str] = set()
    phrases = "|".join(re.escape(p) for p in sorted(d.get("phrases", []), key=len, reverse=True))
    found = [m.group("name") for m in re.finditer(rf"(?i:\b(?:{phrases}))\s+(?P<name>{_NAME})", text)] if phrases else []
    shows = "|".join(re.escape(w) for w in d.get("show_nouns", []))
    if shows:
        # "on Ann Roe's radio show": the host of the programme interviews who speaks in it
        found += [m.group("name") for m in re.finditer(rf"(?P<name>{_NAME})['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:{shows})\b", text)]
    for m_name in found:
        m_name = re.sub(r"['’]s$", "", m_name)
        low = _surname(m_name)
        if low and low not in out and low not in lx.determiners and low not in lx.subject_pronouns and person(m_name):
            out.add(low)
    return out


def _host_turn(ctx: Context, si: int, hosts: set[str], lx: Lang) -> Span | None:
    """The interviewer's name in sentence `si` when it is his turn: one of `hosts` right before a
    verb of asking or interjecting (`interviewer.turn_verbs`: "Roe asked …", "Roe then pressed
    him", "Roe interjected: '…?'"), outside quotations. None otherwise."""
    verbs = set(load(lx.code, "according").get("interviewer", {}).get("turn_verbs", []))
    toks = ctx.doc.sentences[si].tokens
    for k, t in enumerate(toks[:-1]):
        if _surname(t.text) not in hosts or ctx.inside_any_quote(t.span.start) or not t.text[:1].isupper():
            continue
        nxt = [x.text.lower() for x in toks[k + 1 : k + 3]]
        if nxt[:1] and (nxt[0] in verbs or (len(nxt) > 1 and nxt[0] in ("then", "also", "later") and nxt[1] in verbs)):
            a = k
            while a > 0 and toks[a - 1].text[:1].isupper() and not ctx.inside_any_quote(toks[a - 1].span.start) and a > k - 2 \
                    and toks[a - 1].text.lower() not in lx.determiners | PREPOSITIONS_EN | SUBORDINATORS | CONJ_START:
                a -= 1  # ("Sean Hannity asked": the whole name)
            return Span(toks[a].span.start, t.span.end - (2 if t.text.endswith(("'s", "’s")) else 0))
    return None


def interviewer_links(ctx: Context) -> None:
    """An interview with a person (English): a claim told to a person the article names as the
    interviewer (`_interviewers`: "'…,' he told Roe" after "in an interview with Ann Roe") links
    to that person (rule suffix `+interviewer`), and so does a claim of another speaker that answers
    the interviewer's turn in the sentences just before it ("Roe asked Lee whether …. '…,' Lee
    said"; only narration without claims between; rule suffix `+answers_host`). The claims that go
    on after it keep the link as any told claim's do (steps/sources/resolve.py)."""
    lx = lang("en")
    if not load(lx.code, "according").get("interviewer"):
        return
    hosts: set[str] | None = None
    phrases = load(lx.code, "according").get("interviewer", {}).get("told_phrases", [])
    told = re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in phrases)})\s+(?P<name>{_NAME})") if phrases else None
    by_sent: dict[int, list[Cand]] = {}
    for c in ctx.cands:
        by_sent.setdefault(c.sent, []).append(c)
    for c in ctx.cands:
        if c.mode not in ("direct", "indirect") or c.source is None or c.inherit or any(not up for _, up in c.via) \
                or not _english(ctx, c.sent):
            continue
        if hosts is None:
            # (one who speaks claims of her own in the text is the one interviewed: "an interview with Ann Roe, the
            # union leader … '…,' Roe said" makes no interviewer of Roe, nor of 'told Roe' a link; a claim by a verb of
            # her turn, "Roe suggested that …", is the interviewer's own)
            turns = set(load(lx.code, "according").get("interviewer", {}).get("turn_verbs", []))
            hosts = _interviewers(ctx, lx) - {_surname(ctx.text[d.source.start : d.source.end]) for d in ctx.cands
                                               if d.mode in ("direct", "indirect") and d.source is not None and not d.inherit
                                               and (d.cue is None or ctx.text[d.cue.start : d.cue.end].lower() not in turns)}
        if not hosts:
            return
        speaker = _surname(ctx.text[c.source.start : c.source.end])
        if speaker in hosts:
            continue
        sent = ctx.doc.sentences[c.sent].span
        link: Span | None = None
        if told is not None:
            for m in told.finditer(ctx.text, sent.start, sent.end):
                if _surname(m.group("name")) in hosts and not any(x.start <= m.start() < x.end for x in c.content) \
                        and not ctx.inside_any_quote(m.start()):
                    link = Span(m.start("name"), m.end("name"))
                    break
        rule = INTERVIEWER_RULE
        if link is None and any(d.source is not None and any(not up for _, up in d.via) and _surname(ctx.text[d.source.start : d.source.end]) == speaker
                                for k in range(max(0, c.sent - 6), c.sent) for d in by_sent.get(k, [])):
            continue  # (the speaker's claim just before named the interview's medium: its link goes on, steps/sources/resolve.py)
        if link is None:
            for k in range(c.sent - 1, max(-1, c.sent - 4), -1):
                link = _host_turn(ctx, k, hosts, lx)
                if link is not None or any(d.source is None or _surname(ctx.text[d.source.start : d.source.end]) not in hosts
                                           for d in by_sent.get(k, [])):
                    break  # (another claim between: the answer is no longer to that turn)
            rule = HOST_TURN_RULE
        if link is not None:
            c.via = [*c.via, (link, False)]
            c.rule += rule
