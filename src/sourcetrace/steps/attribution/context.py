"""What every attribution rule reads: the document, its quotations and time expressions (indexed
for lookups by position), and the candidates found so far."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from ...document import Document, Entity, Sentence, SetAside, Span, SyntaxToken
from ...textutil import CLOSING_DOUBLE_QUOTES, OPENING_DOUBLE_QUOTES, QUOTE_MARKS
from ..candidates import Cand
from ..quotes import Quote

#: quotation marks of every common style (as tokens: two apostrophes are one mark)
QUOTE_CHARS = frozenset([*QUOTE_MARKS, "''"])


def _quote_closed_heading(line: str) -> bool:
    """A German line that ends in a closing quotation mark with no closing punctuation inside it or
    after it ("Müller: Zuschlag „viel zu knapp“", a pull quote „Wir geben nicht auf“): a sub-heading.
    German puts the full stop after the closing mark or inside it („… auf.“); a sentence of running
    text never ends in a bare closing mark."""
    t = line.rstrip()
    if not t or t[-1] not in "\"»«“”":
        return False
    inner = t.rstrip("\"»«“”'’ ")
    return bool(inner) and inner[-1] not in ".!?:;,…)]-–—" and any(ch in inner for ch in "„\"»«“”")
#: a link or picture URL at the end of a post's sentence
LINK = re.compile(r"\s*(?:pic\.twitter\.com/\w+|https?://\S+)\s*$")
#: two capitalised words, a given name and a surname (`Context.stop_word_surnames`), found at every
#: capitalised word (a lookahead: the pairs overlap, "Bundeskanzler Sebastian Kurz")
_GIVEN_THEN_SURNAME = re.compile(r"\b(?=([A-ZÄÖÜ][a-zäöüß]+) ([A-ZÄÖÜ][a-zäöüß]+)\b)")
#: a capitalised word right after a given name, the given name maybe hyphenated ("Kurt Fischer", "Hans-Peter Roth")
_AFTER_GIVEN_NAME = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)(?:-[A-ZÄÖÜ][a-zäöüß]+)? (?=([A-ZÄÖÜ][\w'’-]+))")


def surname_word(w: str) -> bool:
    """`w` may be a person's surname as a word: capitalised and of letters only ("Fischer"), or
    capitalised parts of letters joined by hyphens ("Müller-Lüdenscheidt", a double surname); not a
    word with an apostrophe or digits, nor a part in lower case or an empty one ("Nord-", "Ost-ufer")."""
    return all(p[:1].isupper() and p.isalpha() for p in w.split("-"))


T = TypeVar("T")


class Intervals(Generic[T]):
    """Items with spans, found by position in logarithmic time (spans may overlap)."""

    def __init__(self, items: list[tuple[Span, T]]) -> None:
        self.items = sorted(items, key=lambda it: it[0].start)
        self.starts = [sp.start for sp, _ in self.items]
        self.reach: list[int] = []  # the furthest end among items[:k + 1]
        for sp, _ in self.items:
            self.reach.append(max(sp.end, self.reach[-1] if self.reach else 0))

    def starting_by(self, pos: int, min_end: int) -> Iterator[tuple[Span, T]]:
        """Items that start at or before `pos` and end at or after `min_end`, latest start first."""
        k = bisect.bisect_right(self.starts, pos) - 1
        while k >= 0 and self.reach[k] >= min_end:
            if self.items[k][0].end >= min_end:
                yield self.items[k]
            k -= 1


def strip_span(text: str, sp: Span) -> Span:
    """The span without surrounding blanks and clause punctuation."""
    s, e = sp.start, sp.end
    while s < e and (text[s].isspace() or text[s] in ",;:–—-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:–—-."):
        e -= 1
    return Span(s, e)


def sentence_language(sent: Sentence, default: str) -> str:
    """A sentence in the other language of a mixed paragraph, by a clear function-word vote."""
    from ...language import clear_vote

    return clear_vote(sent.tokens) or default


def title_case(sent: Sentence) -> bool:
    """A sentence written in title case ("Lee Said The Words Everyone Was Thinking"): most of
    its words of four letters or more capitalised."""
    words = [t.text for t in sent.tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


class Context:
    """Per-document state of the attribution rules."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.cands: list[Cand] = []
        self.quotes: list[Quote] = []
        self._inner: Intervals[Quote] = Intervals([])
        self._outer_starts: list[int] = []
        self._by_outer_start: dict[int, list[Quote]] = {}
        self._by_outer_end: dict[int, list[Quote]] = {}
        self._timexes: Intervals[None] = Intervals([(t.span, None) for t in doc.timexes])
        self._sent_ends = [s.span.end for s in doc.sentences]
        self._ents: list[Entity] = []
        self._ent_starts: list[int] | None = None  # (sorted on the first look-up: `entities_near`)
        #: parsed words by their start (English, step `syntax.v1`)
        self._word_at = {w.span.start: k for k, w in enumerate(doc.syntax)}
        self.headings = self._headings()
        #: an optional syntax layer consulted first for the subject of a cue (`speakers.SubjectFinder`)
        self.syntax_subject: Callable[[Sentence, int], tuple[int, int] | None] | None = None
        #: where the speakers start that the German speaker ranker chose over the rules' (`speakers.ranked_speaker`)
        self.model_speakers: set[int] = set()
        #: (sentence, start of the medium's mention) of each link `chains.with_recalled_report` made: the claims of that
        #: sentence that carry it get rule suffix +recalled_report
        self.recalled_reports: set[tuple[int, int]] = set()
        #: de-news-quotes' conventions: German beliefs and requests are reported speech too ("hofft,
        #: dass …"), and hearsay goes on with the last speaker after the author's own sentences
        self.denews = False
        #: PolNeAR's conventions (English): a speech act without a clause reports the whole sentence
        self.polnear = False
        #: `antecedents.opening_subject` of each sentence asked (by its span and language), this document's
        #: only: emptied when the quotations are set, which it reads
        self.opening_subjects: dict[tuple[int, int, str], Span | None] = {}
        self._stop_surnames: frozenset[str] | None = None  # (`stop_word_surnames`, read once)
        self._person_surnames: frozenset[str] | None = None  # (`person_surnames`, read once)

    def _headings(self) -> set[int]:
        """Sentences that are a headline or a sub-heading: the title, or a whole body line without
        closing punctuation. A headline states no one's speech act."""
        from ...textutil import lines

        doc = self.doc
        starts: list[int] = []
        ends: list[int] = []
        for ln in lines(self.text):
            starts.append(ln.start)
            ends.append(ln.end)
        out = set()
        for si, sent in enumerate(doc.sentences):
            kind = doc.segments[sent.segment].kind
            if kind == "title":
                out.add(si)
                continue
            if kind != "body" or not sent.tokens:
                continue
            k = bisect.bisect_right(starts, sent.span.start) - 1
            if k < 0 or ends[k] < sent.span.end:
                continue
            line = Span(starts[k], ends[k])
            whole = self.text[line.start : line.end].strip() == self.text[sent.span.start : sent.span.end].strip()
            if whole and self.text[line.start : line.end].rstrip()[-1:] not in ".!?:…\"»«“”'’)]" and len(sent.tokens) <= 25:
                out.add(si)
            elif whole and len(sent.tokens) <= 25 and _quote_closed_heading(self.text[line.start : line.end]) \
                    and sentence_language(sent, doc.language or "") == "de" and not self._tells_past_speech(sent, line):
                out.add(si)  # "Müller: Zuschlag „viel zu knapp“": a German sub-heading that ends in a quotation (rule attr.heading.de.quote_end)
            elif whole and len(sent.tokens) <= 25 and title_case(sent) and sentence_language(sent, doc.language or "") == "en":
                out.add(si)  # "Lee Says Bridge Is Safe, Calls Repairs ‘Urgent.’": an English headline in title case
            elif not whole and sent.span.end < line.end and len(sent.tokens) <= 12 \
                    and self.text[sent.span.start : sent.span.end].rstrip()[-1:] not in ".!?:;,…\"»«“”'’)]":
                out.add(si)  # a sub-heading glued to the sentence after it in a line (textutil.split_sentences)
        return out

    def _tells_past_speech(self, sent: Sentence, line: Span) -> bool:
        """Whether a line that ends in a quotation holds, before the quotation's first mark, a verb
        the parse reads in the past ("Die Bürgermeisterin sagte am Montag: „…“", "… hat betont: „…“"):
        a report of what was said, not a sub-heading, whose verbs are present or absent ("Müller:
        Zuschlag „viel zu knapp“", "Müller sagt: „…“"; rule attr.heading.de.quote_end)."""
        text = self.text[line.start : line.end]
        mark = next((i for i, ch in enumerate(text) if ch in "„\"»«“”"), len(text))
        for t in sent.tokens:
            if t.span.end > line.start + mark:
                break
            k = self._word_at.get(t.span.start)
            w = self.doc.syntax[k] if k is not None else None
            if w is not None and w.pos in ("VERB", "AUX") and "Tense=Past" in w.feats:
                return True
        return False

    def set_quotes(self, quotes: list[Quote]) -> None:
        self.opening_subjects.clear()
        self.quotes = sorted(quotes, key=lambda q: q.outer.start)
        self._outer_starts = [q.outer.start for q in self.quotes]
        self._inner = Intervals([(q.inner, q) for q in quotes])
        self._by_outer_start = {}
        self._by_outer_end = {}
        for q in quotes:
            self._by_outer_start.setdefault(q.outer.start, []).append(q)
            self._by_outer_end.setdefault(q.outer.end, []).append(q)

    # ---- quotations ------------------------------------------------------------------------
    def quote_opening_at(self, pos: int, pred: Callable[[Quote], bool] = lambda q: True) -> Quote | None:
        """The first quotation (in text order) whose opening mark stands at `pos`."""
        return next((q for q in self._by_outer_start.get(pos, []) if pred(q)), None)

    def quote_closing_at(self, pos: int, pred: Callable[[Quote], bool] = lambda q: True) -> Quote | None:
        """The first quotation whose closing mark ends at `pos`."""
        return next((q for q in self._by_outer_end.get(pos, []) if pred(q)), None)

    def quotes_at(self, pos: int) -> list[Quote]:
        """Quotations whose inner text holds the position."""
        return [q for _, q in self._inner.starting_by(pos, pos + 1) if q.inner.start <= pos < q.inner.end]

    def quotes_within(self, sp: Span) -> list[Quote]:
        """Quotations (with their marks) inside the span, in text order."""
        k = bisect.bisect_left(self._outer_starts, sp.start)
        out = []
        while k < len(self.quotes) and self.quotes[k].outer.start < sp.end:
            if sp.contains(self.quotes[k].outer):
                out.append(self.quotes[k])
            k += 1
        return out

    def inside_any_quote(self, pos: int) -> bool:
        # (`Intervals.starting_by(pos, pos + 1)` written out: the rules ask this of nearly every token)
        inner = self._inner
        k = bisect.bisect_right(inner.starts, pos) - 1
        while k >= 0 and inner.reach[k] > pos:
            sp = inner.items[k][0]
            if sp.end > pos and sp.start <= pos:
                return True
            k -= 1
        return False

    def inside_quote(self, pos: int) -> bool:
        """Inside a quotation long enough to be speech of its own (not a quoted name or phrase): over
        40 characters, or six words or more ('"The mayor told me the bridge was safe," she said')."""
        return any(q.inner.start <= pos < q.inner.end and (len(q.inner) > 40 or self.text.count(" ", q.inner.start, q.inner.end) >= 5
                                                          or self._tagged_opening(q))
                   for _, q in self._inner.starting_by(pos, pos + 1))

    def _tagged_opening(self, q: Quote) -> bool:
        """A short quotation of several words that opens its line or follows a full stop and ends
        in a comma, '?' or '!' inside its marks ('“Every time you say that,” Lee said'): the words
        of a speaker whose tag follows, not a quoted phrase."""
        before = self.text[max(0, q.outer.start - 3) : q.outer.start].strip()
        end = self.text[q.inner.start : q.inner.end].rstrip()
        if (not before or before[-1] in ".!?\n") and end[-1:] in (",", "?", "!") and " " in end.strip():
            return True
        # '“Nobody told us anything.”' as a paragraph of its own: a line that is one quotation
        line_start = q.outer.start == 0 or self.text[q.outer.start - 1] == "\n"
        line_end = self.text[q.outer.end : q.outer.end + 4].lstrip(" \t")[:1] in ("\n", "")
        return line_start and line_end and end[-1:] in (".", "?", "!") and " " in end.strip()

    def is_quote(self, sp: Span) -> bool:
        """The span is (most of) a quotation."""
        return any(len(q.inner) >= 0.8 * len(sp) for _, q in self._inner.starting_by(sp.start, sp.end - 1))

    def stop_word_surnames(self) -> frozenset[str]:
        """German surnames that are also words that end a noun phrase (`np_stop` of
        resources/de/lexicon.json: "Kurz", "Gleich"), as this text writes them after a given name
        (`given_names.json`: "Anna Kurz"): alone in a later sentence ("…, sagt Kurz") the word names
        her, not the adverb. Read once per document; the pairs may overlap ("Bundeskanzler Sebastian
        Kurz": "Sebastian Kurz" after "Bundeskanzler Sebastian")."""
        if self._stop_surnames is None:
            from ..lexicon import lang
            from ..sources.gazetteer import german_given_names

            stop = lang("de").np_stop
            given = german_given_names()
            self._stop_surnames = frozenset(
                m.group(2) for m in _GIVEN_THEN_SURNAME.finditer(self.text)
                if m.group(1) in given and m.group(2).lower() in stop)
        return self._stop_surnames

    def person_surnames(self) -> frozenset[str]:
        """The last words of the persons this text names in full: after a given name of
        `given_names.json` ("Kurt Fischer") or ending a person of two words or more that the entity
        model found ("Ibrahima Fall"); a double surname joined by a hyphen is one word of them
        (`surname_word`: "Anna Müller-Lüdenscheidt", session 38). Alone ("Damit will Fischer …", "…, sagte Fall") such a word
        names that person, also where it is a noun too and where no model read the sentence. Read
        once per document (the entities are all found by then: the attribution rules run after them)."""
        if self._person_surnames is None:
            from ..sources.gazetteer import german_given_names

            given = german_given_names()
            after_given = {m.group(2) for m in _AFTER_GIVEN_NAME.finditer(self.text) if m.group(1) in given}
            per = {parts[-1] for e in self.doc.entities if e.label == "PER" and len(parts := self.text[e.span.start : e.span.end].split()) > 1}
            self._person_surnames = frozenset(w for w in after_given | per if len(w) > 2 and surname_word(w))
        return self._person_surnames

    def name_like(self, sp: Span) -> bool:
        """«Centre for Harbour Studies», „Kleinhafener Zeitung“: a name or title, not speech."""
        from ..sources import gazetteer_names

        if self.text[sp.start : sp.end].strip() in gazetteer_names():
            return True  # a known name with a small word inside: «Welt am Sonntag»
        words = re.findall(r"[\w'’-]+", self.text[sp.start : sp.end])
        small = {"for", "the", "of", "and", "de", "la", "von", "der", "für", "und", "in", "on", "a", "an", "des", "du"}
        return bool(words) and len(words) <= 8 and all(w[0].isupper() or w.lower() in small or w[0].isdigit() for w in words) \
            and not re.search(r"[.!?]", self.text[sp.start : sp.end])

    def unquote(self, sp: Span) -> Span:
        t = self.text
        if len(sp) > 4 and t.startswith("''", sp.start) and t.endswith("''", sp.start, sp.end):
            return Span(sp.start + 2, sp.end - 2)
        if len(sp) > 2 and t[sp.start] in OPENING_DOUBLE_QUOTES + "‹›" and (t[sp.end - 1] in CLOSING_DOUBLE_QUOTES + "‹›"):
            return Span(sp.start + 1, sp.end - 1)
        return sp

    # ---- the parse ---------------------------------------------------------------------------
    def word_at(self, sp: Span) -> SyntaxToken | None:
        """The parsed word that spans exactly `sp`; None when it was not parsed (or the parse
        cut the words differently)."""
        k = self._word_at.get(sp.start)
        if k is None or self.doc.syntax[k].span.end != sp.end:
            return None
        return self.doc.syntax[k]

    def word_index(self, sp: Span) -> int | None:
        """The index into `doc.syntax` of the parsed word that spans exactly `sp` (None: not parsed)."""
        k = self._word_at.get(sp.start)
        return k if k is not None and self.doc.syntax[k].span.end == sp.end else None

    def pos_at(self, sp: Span) -> str | None:
        """The parse's part of speech of the word that spans exactly `sp` (None: not parsed)."""
        w = self.word_at(sp)
        return None if w is None else w.pos

    def feats_at(self, sp: Span) -> str:
        """The parse's morphological features of the word that spans exactly `sp` ("" when none)."""
        w = self.word_at(sp)
        return "" if w is None else w.feats

    def finite_indicative(self, sp: Span) -> bool:
        """The parse reads the word that spans exactly `sp` as a verb in the indicative mood."""
        return self.pos_at(sp) in ("VERB", "AUX") and "Mood=Ind" in self.feats_at(sp)

    # ---- time expressions and sentences ----------------------------------------------------
    def in_timex(self, sp: Span) -> bool:
        return next(self._timexes.starting_by(sp.start, sp.end), None) is not None

    def entities_near(self, sp: Span, before: int = 0) -> list[Entity]:
        """The entities that start inside `sp` or up to `before` characters before it, found by
        position (not by a pass over all entities of the document)."""
        if self._ent_starts is None:
            self._ents = sorted(self.doc.entities, key=lambda e: e.span.start)
            self._ent_starts = [e.span.start for e in self._ents]
        a = bisect.bisect_left(self._ent_starts, sp.start - before)
        return self._ents[a : bisect.bisect_left(self._ent_starts, sp.end)]

    def sentence_index(self, sp: Span, *, whole: bool = False) -> int | None:
        """The first sentence that overlaps `sp` (or contains it, with `whole`)."""
        sents = self.doc.sentences
        k = bisect.bisect_right(self._sent_ends, sp.start)
        while k < len(sents) and sents[k].span.start < max(sp.end, sp.start + 1):
            if (sents[k].span.contains(sp) if whole else sents[k].span.overlaps(sp)):
                return k
            k += 1
        return None

    def sentences_overlapping(self, sp: Span) -> list[int]:
        """Indices of the sentences that overlap `sp`."""
        sents = self.doc.sentences
        k = bisect.bisect_right(self._sent_ends, sp.start)
        out = []
        while k < len(sents) and sents[k].span.start < sp.end:
            if sents[k].span.overlaps(sp):
                out.append(k)
            k += 1
        return out

    def prev_sentence(self, si: int) -> Sentence | None:
        sents = self.doc.sentences
        cur = sents[si]
        for k in range(si - 1, -1, -1):
            if sents[k].segment == cur.segment or self.doc.segments[sents[k].segment].kind == "body":
                return sents[k]
        return None


#: the rule ids of the attribution filters that `Document.set_aside` records (no kept item carries them)
SET_ASIDE_PREFIX = "attr.filter."

#: the words of a set-aside content a note quotes at most
_NOTE_WORDS = 12


def set_aside(ctx: Context, rule: str, span: Span | None) -> None:
    """Record in `Document.set_aside` a speech act that a filter dropped (`rule`, an `attr.filter.…` id) with
    the words it would have claimed (at most `_NOTE_WORDS` of them) and their span: the answer to "why was this
    not read as a claim?" (review of session 35)."""
    words = ctx.text[span.start : span.end].split() if span is not None else []
    shown = " ".join(words[:_NOTE_WORDS]) + (" …" if len(words) > _NOTE_WORDS else "")
    ctx.doc.set_aside.append(SetAside(rule, f"no claim: “{shown}”" if shown else "no claim", span))
