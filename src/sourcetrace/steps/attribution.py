"""Attributions: direct, indirect, according-to, continuation and social-post claims, with cue,
source mention, content and chain (rule ids `attr.*`).

The rules work on the tokens of each sentence. German and English differ only in the resources
they load (`resources/<lang>/cues.json`, `according.json`, `lexicon.json`) and in a few word-order
rules marked `de` or `en`. Source mentions are resolved to sources by `steps.sources`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from ..document import CLAIM_SEGMENTS, Document, Sentence, Span, Token
from ..resources import pick
from .lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_DE,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    is_capitalized,
    lang,
)
from .quotes import Quote, find_quotes

#: epistemic modals that in news are nearly always the author's own hedge, not continued speech
_AUTHOR_MODALS = frozenset({"dürfte", "dürften"})
#: subordinators that open a clause about circumstances, never the content of a speech act
_NEVER_REPORTED = frozenset(["nachdem", "um", "sodass", "obwohl", "obgleich", "während", "bevor", "ehe", "seitdem", "indem", "was"])
#: heads that pass the source on to their "von" complement ("eine Reihe von Posts")
_TRANSPARENT = frozenset({"Reihe", "Vielzahl", "Mehrheit", "Mehrzahl", "Anzahl", "Gruppe", "Teil", "Dutzend"})
#: first words of chain phrases whose object stands between the origin and the named source
_UPSTREAM = frozenset(["unter", "bezog", "bezieht", "bezogen", "beziehen", "berief", "beruft", "beriefen", "berufen", "stützt", "stützte", "mit", "citing", "according", "quoting"])
_QUOTE_CHARS = frozenset("«»„“”\"‚‘’‹›")
_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\w+|https?://\S+)\s*$")


@dataclass
class Cand:
    mode: str
    content: list[Span]
    cue: Span | None
    source: Span | None
    rule: str
    sent: int
    via: list[tuple[Span, bool]] = field(default_factory=list)  # (mention, upstream?) in text order
    co_sources: list[Span] = field(default_factory=list)
    inherit: bool = False  # source is the previous attribution's (continuation, untagged quote)
    subjectless: bool = False
    post_account: int | None = None  # segment index of the embedding post
    refers_to: Span | None = None  # "nach eigenen Angaben": the mention whose source this one means


def _strip(text: str, sp: Span) -> Span:
    s, e = sp.start, sp.end
    while s < e and (text[s].isspace() or text[s] in ",;:–—-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:–—-."):
        e -= 1
    return Span(s, e)


def sentence_language(sent: Sentence, default: str) -> str:
    """A sentence in the other language of a mixed paragraph, by a clear function-word vote."""
    from ..language import function_word_votes

    votes = function_word_votes(t.text for t in sent.tokens)
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if len(ranked) >= 2 and ranked[0][1] >= 3 and ranked[1][1] == 0:
        return ranked[0][0]
    return default


class Analyzer:
    """Per-document state of the attribution rules."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.cands: list[Cand] = []

    # ---- token helpers -------------------------------------------------------------------
    def np_forward(self, toks: list[Token], i: int, lx: Lang, *, apposition: bool = True) -> int:
        """End index (exclusive) of a noun phrase starting at toks[i]."""
        j = i
        n = len(toks)
        preps = PREPOSITIONS_DE if lx.code == "de" else PREPOSITIONS_EN
        in_quote = False
        saw_head = False
        while j < n:
            t = toks[j].text
            low = t.lower()
            if in_quote:
                if t in _QUOTE_CHARS:
                    in_quote = False
                j += 1
                continue
            if t in "«„“\"‹" and j + 1 < n:
                close = next((k for k in range(j + 1, min(n, j + 12)) if toks[k].text in _QUOTE_CHARS), None)
                if close is None:
                    break
                in_quote = True
                saw_head = True
                j += 1
                continue
            if t == "(" and j + 2 < n and toks[j + 2].text == ")":
                j += 3
                continue
            if low in ("sowohl", "both") and j == i:
                j += 1
                continue
            if low in ("als", "auch") and j + 1 < n and " ".join(x.text.lower() for x in toks[j : j + 2]) == "als auch":
                j += 2
                continue
            if low in ("und", "and", "sowie") and saw_head and j + 1 < n and (
                toks[j + 1].text.lower() in lx.determiners or is_capitalized(toks[j + 1].text) or is_adjective_like(toks[j + 1].text)
            ) and j + 1 < n and toks[j + 1].text.lower() not in lx.np_stop:
                j += 1
                continue
            if low in ("der", "des") and saw_head and lx.code == "de":
                j += 1  # genitive attribute
                continue
            if low in ("von", "vom") and saw_head and lx.code == "de" and j > i and (
                toks[j - 1].text in lx.document_heads or toks[j - 1].text in _TRANSPARENT
            ):
                j += 1  # "einer Recherche von Correctiv", "eine Reihe von Posts"
                continue
            if lx.code == "en" and low == "of" and saw_head and j + 1 < n and (is_capitalized(toks[j + 1].text) or toks[j + 1].text.lower() == "the"):
                j += 1
                continue
            if low in lx.determiners and not saw_head:
                j += 1
                continue
            if lx.code == "de" and low in ("für", "gut", "gewöhnlich", "näher", "nicht", "sehr", "bestens", "bislang", "namentlich") and not saw_head and j > i:
                j += 1
                continue
            if low in lx.np_stop or low in preps or low in SUBORDINATORS or low in AUX:
                break
            if lx.code == "de":
                if (is_capitalized(t) and t[0].isalpha()) or t[0] == "@":
                    saw_head = True
                    j += 1
                    continue
                if is_adjective_like(t) and not saw_head:
                    j += 1
                    continue
                if low in ("für", "gut", "gewöhnlich", "näher", "nicht", "sehr", "bestens", "bislang") and not saw_head:
                    j += 1
                    continue
                if re.fullmatch(r"[\w.-]+\.(?:com|org|net|de|ch|at|uk|gov)\S*", t):
                    saw_head = True
                    j += 1
                    continue
                break
            # English: nouns are lower case; stop at verbs we know and at punctuation
            if t[0].isalnum() and low not in lx.forms and not low.endswith("ly"):
                saw_head = True
                j += 1
                continue
            break
        # group: "mehrere Medien, darunter der britische «Guardian»,"
        if j < n - 2 and toks[j].text == "," and saw_head and toks[j + 1].text.lower() in lx.group_words:
            e = self.np_forward(toks, j + 2, lx, apposition=False)
            if e > j + 2:
                return e
        # apposition: ", Professor am Institut …," / ", a spokesman for …,"
        if apposition and j < n - 1 and toks[j].text == "," and saw_head:
            k = j + 1
            if k < n and toks[k].text.lower() in lx.determiners:
                k += 1
            while k < n and is_adjective_like(toks[k].text):
                k += 1
            if k < n and (toks[k].text in lx.person_roles or toks[k].text.lower() in lx.person_roles or toks[k].text in lx.type_heads):
                e = k + 1
                while e < n and toks[e].text not in (",", ".", ";", ":", "–") and toks[e].text.lower() not in SUBORDINATORS:
                    if toks[e].text[:1].islower() and (toks[e].text in AUX or toks[e].text.lower() in lx.forms):
                        break
                    e += 1
                if e - j <= 14:
                    return e
        # trailing genitive article without noun, or lowercase junk
        while j > i and toks[j - 1].text.lower() in (lx.determiners | {"und", "and", "als", "auch", "sowohl", "of"}):
            j -= 1
        return j if saw_head else i

    def cue_at(self, toks: list[Token], i: int, lx: Lang) -> str | None:
        low = toks[i].text.lower()
        forms = lx.forms.get(low)
        if not forms:
            return None
        if toks[i].text[:1].isupper() and i > 0 and toks[i - 1].text not in _QUOTE_CHARS | {"–", ":"}:
            return None  # a capitalized German word inside a sentence is a noun ("Berichte"), not a verb
        if lx.code == "en" and i > 0:
            prev = toks[i - 1].text.lower()
            if prev in lx.determiners or prev in ("his", "her", "their", "its", "my", "our", "your", "this", "these", "those", "whose"):
                return None  # "his claims", "the report": a noun
            if prev in ("is", "was", "were", "been", "being", "be") and i + 1 < len(toks) and toks[i + 1].text.lower() == "by":
                return None  # "is tweeted by …": passive, the speaker is elsewhere
        for f in forms:
            if f.particle:
                if low.startswith(f.particle):
                    return f.cls
                rest = [t.text.lower() for t in toks[i + 1 :]]
                stop = next((k for k, w in enumerate(rest) if w in (",", ":", "dass", ".", "–", ";", "!", "?")), len(rest))
                # a separable particle closes its clause: "teilte … mit, dass", "gab … bekannt."
                if stop > 0 and rest[stop - 1] == f.particle:
                    return f.cls
                continue
            return f.cls
        return None

    # ---- sentence rules ------------------------------------------------------------------
    def run(self) -> list[Cand]:
        doc = self.doc
        quotes: list[Quote] = []
        for seg in doc.segments:
            if seg.kind in CLAIM_SEGMENTS:
                quotes.extend(find_quotes(self.text, seg.span.start, seg.span.end))
        self.quotes = [q for q in quotes if q.depth == 0]
        sents = doc.sentences
        for si, sent in enumerate(sents):
            seg = doc.segments[sent.segment]
            if seg.kind not in CLAIM_SEGMENTS or not sent.tokens:
                continue
            code = pick(seg.language, doc.language)
            code = sentence_language(sent, code)
            lx = lang(code)
            self.sentence(si, sent, lx)
        self.direct_quotes()
        self.continuations()
        self.posts()
        return self.cands

    def content_after(self, toks: list[Token], k: int, sent: Sentence) -> Span | None:
        if k >= len(toks):
            return None
        if toks[k].text in _QUOTE_CHARS:
            q = next((q for q in self.quotes if q.outer.start == toks[k].span.start), None)
            if q is not None and q.outer.end > sent.span.end:
                return _strip(self.text, q.inner if q.closed else self.split_unclosed(q.inner)[0])
        sp = _strip(self.text, Span(toks[k].span.start, sent.span.end))
        m = _LINK.search(self.text, sp.start, sp.end)
        if m:
            sp = _strip(self.text, Span(sp.start, m.start()))
        return sp if len(sp) > 8 else None

    def sentence(self, si: int, sent: Sentence, lx: Lang) -> None:
        toks = sent.tokens
        n = len(toks)
        lows = [t.text.lower() for t in toks]
        found_cue = False
        # according-to prefix ("laut X", "according to X", "unter Berufung auf X")
        for i in range(n):
            for phrase in lx.according_prefix:
                L = len(phrase)
                if lows[i : i + L] != [p.lower() for p in phrase]:
                    continue
                if phrase[0].lower() == "nach" and L == 1:
                    continue
                # "unter Berufung auf" next to a reporting verb is a chain, not a claim of its own
                if phrase[0].lower() in ("unter", "citing", "quoting") and any(self.cue_at(toks, k, lx) for k in range(n)):
                    break
                e = self.np_forward(toks, i + L, lx, apposition=False)
                if e <= i + L:
                    continue
                src = Span(toks[i + L].span.start, toks[e - 1].span.end)
                cue = Span(toks[i].span.start, toks[i + L - 1].span.end)
                if L > 1 and lows[i] in ("nach", "gemäss", "gemäß") and toks[i + 1].text[:1].isupper():
                    # "nach Angaben der Polizei": the preposition is the cue, "Angaben der Polizei" the source
                    cue = Span(toks[i].span.start, toks[i].span.end)
                    src = Span(toks[i + 1].span.start, toks[e - 1].span.end)
                if self.according(si, sent, i, e, cue, src, lx, "prefix"):
                    found_cue = True
                    break
        # "…, so Ursula Castrup, die Leiterin der Fachstelle." — "so" closing reported speech
        if lx.code == "de" and not found_cue:
            for i in range(2, n - 1):
                if lows[i] == "so" and toks[i - 1].text == "," and toks[i + 1].text[:1].isupper() and not self.inside_quote(toks[i].span.start):
                    e = self.np_forward(toks, i + 1, lx)
                    if e > i + 1 and (e >= n - 1 or toks[e].text in (".", ",", ";")):
                        so_content = self.unquote(_strip(self.text, Span(sent.span.start, toks[i - 1].span.start)))
                        if len(so_content) > 8:
                            m = "direct" if self.is_quote(so_content) else "indirect"
                            self.cands.append(Cand(m, [so_content], Span(toks[i].span.start, toks[i].span.end),
                                                   Span(toks[i + 1].span.start, toks[e - 1].span.end), f"attr.{m}.de.so", si))
                            found_cue = True
                            break
        # "nach (eigenen|ersten|offiziellen) Polizeiangaben (des X)": nach + a source-document noun
        if not found_cue and lx.nach_heads:
            for i in range(n - 1):
                if lows[i] != "nach":
                    continue
                j = i + 1
                while j < n and j <= i + 4 and (lows[j] in lx.determiners or is_adjective_like(toks[j].text)):
                    j += 1
                if j >= n or not toks[j].text[:1].isupper() or not lows[j].endswith(lx.nach_heads):
                    continue
                e = j + 1
                if e + 1 < n and lows[e] in ("des", "der", "von", "vom") and lows[e + 1] not in ("ein", "einem", "einer", "eines"):
                    e = max(e, self.np_forward(toks, e + 1, lx, apposition=False))  # "… der Polizei", "… von Amnesty"
                src = Span(toks[i + 1].span.start, toks[e - 1].span.end)
                refers: Span | None = None
                if lows[i + 1].startswith("eigen"):
                    # "nach eigenen Angaben": on the word of the sentence's own subject
                    e0 = self.np_forward(toks, 1 if lows[0] in CONJ_START else 0, lx, apposition=False)
                    if 0 < e0 <= i:
                        refers = Span(toks[1 if lows[0] in CONJ_START else 0].span.start, toks[e0 - 1].span.end)
                    elif e + 1 < n:
                        # "Nach eigenen Angaben hat Rheinmetall …": the subject follows the verb
                        s1 = self.skip_adverbials(toks, e + 1, lx)
                        e1 = s1 + 1 if s1 < n and toks[s1].text in lx.subject_pronouns else self.np_forward(toks, s1, lx, apposition=False)
                        if e1 > s1 and (toks[s1].text[:1].isupper() or toks[s1].text in lx.subject_pronouns or lows[s1] in lx.determiners):
                            refers = Span(toks[s1].span.start, toks[e1 - 1].span.end)
                if self.according(si, sent, i, e, toks[i].span, src, lx, "nach_noun"):
                    self.cands[-1].refers_to = refers
                    found_cue = True
                    break
        # postfix "X zufolge"
        for i in range(n):
            if lows[i] in lx.according_postfix:
                b = self.np_backward(toks, i, lx)
                if b >= i:
                    continue
                src = Span(toks[b].span.start, toks[i - 1].span.end)
                content = self.clause_content(toks, b, i + 1, sent)
                if content is None:
                    continue
                self.cands.append(Cand("according_to", [content], Span(toks[i].span.start, toks[i].span.end), src,
                                       f"attr.according.{lx.code}.postfix", si))
                found_cue = True
        if found_cue:
            return
        # reporting verbs
        for i in range(n):
            cls = self.cue_at(toks, i, lx)
            if cls is None:
                continue
            if self.inside_quote(toks[i].span.start) or self.attributive(toks, i, lx):
                continue
            if self.try_cue(si, sent, i, cls, lx):
                return
        # "Das ist das Ergebnis einer Recherche von X": the sentence before stands on X
        if n > 4 and lows[0] in lx.anaphors and lx.code == "de":
            for i in range(1, min(n - 2, 6)):
                if (toks[i].text in lx.document_heads and lows[i + 1] in ("von", "des", "der", "vom")) or (
                    lows[i] == "ergebnis" and i + 1 < n and lows[i + 1] in ("einer", "eines", "der", "des")
                ):
                    j = i + 1
                    e = self.np_forward(toks, j + (1 if lows[j] in ("von", "vom") else 0), lx, apposition=False)
                    prev = self.prev_sentence(si)
                    if e > j and prev is not None:
                        src = Span(toks[i].span.start if lows[i] != "ergebnis" else toks[j].span.start, toks[e - 1].span.end)
                        self.cands.append(Cand("according_to", [_strip(self.text, prev.span)], Span(toks[i].span.start, toks[i].span.end),
                                               src, f"attr.according.{lx.code}.anaphoric_result", si))
                        return
        # "demnach", "demzufolge": on the word of the source just named
        for i in range(n):
            if lows[i] in lx.demnach and not (i + 1 < n and toks[i + 1].text[:1].isupper() and lows[i] == "danach"):
                if lows[i] == "danach":
                    continue
                content = _strip(self.text, sent.span)
                self.cands.append(Cand("according_to", [content], Span(toks[i].span.start, toks[i].span.end), None,
                                       f"attr.according.{lx.code}.demnach", si, inherit=True))
                return
        # subjectless "hieß es"
        for phrase in lx.subjectless:
            L = len(phrase)
            for i in range(n - L + 1):
                if lows[i : i + L] == phrase:
                    content = self.content_around(toks, i, i + L, sent)
                    if content:
                        src_ = self.aus_source(toks, i, lx)
                        self.cands.append(Cand("indirect", [content], Span(toks[i].span.start, toks[i + L - 1].span.end),
                                               src_, f"attr.indirect.{lx.code}.subjectless", si))
                        return

    def skip_adverbials(self, toks: list[Token], j: int, lx: Lang) -> int:
        """Past adverbs and time expressions after a verb ("erklärte gestern am Abend ein …")."""
        timex = [t.span for t in self.doc.timexes]
        n = len(toks)
        while j < n:
            low = toks[j].text.lower()
            if any(sp.contains(toks[j].span) for sp in timex) or (low in ("am", "im", "vom", "um", "on", "in", "at") and j + 1 < n and any(sp.contains(toks[j + 1].span) for sp in timex)) or (low in lx.np_stop and low not in lx.determiners and low not in PREPOSITIONS_DE | PREPOSITIONS_EN and low not in SUBORDINATORS and low not in ("sich", "es", "und", "and")) or low == "sich":
                j += 1
            else:
                break
        return j

    def attributive(self, toks: list[Token], i: int, lx: Lang) -> bool:
        """A participle used as an adjective ("die gut informierte Denkfabrik") is no cue."""
        if lx.code != "de" or i + 1 >= len(toks) or not is_capitalized(toks[i + 1].text):
            return False
        if i >= 1 and toks[i - 1].text in ("Nicht", "nicht", "Nie", "Kaum") and toks[i].text.endswith(("te", "ten")):
            return True
        k = i - 1
        while k >= 0 and toks[k].text[:1].islower() and toks[k].text.lower() not in lx.determiners:
            k -= 1
        return (k >= 0 and k < i - 1 and toks[k].text.lower() in lx.determiners) or (k == i - 1 and k >= 0 and toks[k].text.lower() in lx.determiners)

    def according(self, si: int, sent: Sentence, a: int, b: int, cue: Span, src: Span, lx: Lang, rule: str) -> bool:
        """Add an according-to attribution for the phrase toks[a:b]; False when its clause is empty."""
        content = self.clause_content(sent.tokens, a, b, sent)
        if content is None:
            return False
        self.cands.append(Cand("according_to", [content], cue, src, f"attr.according.{lx.code}.{rule}", si,
                               via=self.vias(sent.tokens, lx, exclude=src)))
        return True

    def inside_any_quote(self, pos: int) -> bool:
        return any(q.inner.start <= pos < q.inner.end for q in self.quotes)

    def inside_quote(self, pos: int) -> bool:
        return any(q.inner.start <= pos < q.inner.end and len(q.inner) > 40 for q in self.quotes)

    def aus_source(self, toks: list[Token], i: int, lx: Lang) -> Span | None:
        for k in range(i):
            if toks[k].text.lower() == "aus" or (toks[k].text.lower() == "von" and k + 1 < i and toks[k + 1].text == "Seiten"):
                e = self.np_forward(toks, k + 1, lx, apposition=False)
                if e > k + 1:
                    return Span(toks[k + 1].span.start, toks[e - 1].span.end)
        return None

    def content_around(self, toks: list[Token], a: int, b: int, sent: Sentence) -> Span | None:
        if a > 2:
            return _strip(self.text, Span(sent.span.start, toks[a].span.start))
        return self.content_after(toks, b, sent)

    def np_backward(self, toks: list[Token], i: int, lx: Lang) -> int:
        """Start of the noun phrase that ends just before toks[i] ("Einem Bericht des … zufolge")."""
        b = i
        lx_det = lang("de").determiners
        while b > 0 and i - b < 12:
            t = toks[b - 1].text
            low = t.lower()
            if t in (",", ";", ":", "–", "—", "(") or low in SUBORDINATORS or (low in lx.np_stop and low not in lx_det):
                break
            if is_adjective_like(t) and low not in lx_det and b - 2 >= 0 and (
                toks[b - 2].text in lx.subject_pronouns or (toks[b - 2].text[:1].isupper() and toks[b - 2].text.lower() not in lx_det)
            ):
                break  # "Sie entstammen Zeitungsberichten zufolge": after a subject, an -en word is the verb
            if low in lx_det or is_adjective_like(t) or (t[:1].isupper() and t[:1].isalpha()) or t in _QUOTE_CHARS or t == ")":
                if t[:1].isupper() and b - 1 > 0 and low not in lx_det and toks[b - 2].text.lower() not in lx_det \
                        and not is_adjective_like(toks[b - 2].text) and not toks[b - 2].text[:1].isupper() and toks[b - 2].text not in _QUOTE_CHARS:
                    b -= 1  # a noun right after a verb or adverb starts the phrase
                    break
                b -= 1
                continue
            break
        return b

    def clause_content(self, toks: list[Token], a: int, b: int, sent: Sentence) -> Span | None:
        """Content of an according-to phrase toks[a:b]: its clause; without the phrase when the
        phrase opens the clause."""
        text = self.text
        # clause = the part of the sentence between dashes/semicolons that holds the phrase
        cs, ce = sent.span.start, sent.span.end
        for t in toks:
            if t.text in ("–", "—", ";", "-") and t.span.end <= toks[a].span.start:
                cs = t.span.end
            if t.text in ("–", "—", ";") and t.span.start >= toks[b - 1].span.end and ce == sent.span.end:
                ce = t.span.start
        pre = text[cs : toks[a].span.start].strip(" ,")
        pre_words = [w for w in re.findall(r"\w+", pre) if w.lower() not in CONJ_START]
        if not pre_words:
            cs = toks[b - 1].span.end if b - 1 < len(toks) else cs
        sp = _strip(text, Span(cs, ce))
        if sp.end <= sp.start or len(re.findall(r"\w+", text[sp.start : sp.end])) < 3:
            return None
        # whole-sentence clauses keep their leading words; drop a leading "und"
        m = re.match(r"(?:und|and|doch|aber|but)\s+", text[sp.start : sp.end])
        if m:
            sp = Span(sp.start + m.end(), sp.end)
        return sp

    def vias(self, toks: list[Token], lx: Lang, exclude: Span | None = None, after: int = 0) -> list[tuple[Span, bool]]:
        """Chain mentions: "unter Berufung auf X", "bezog sich auf X", "im Gespräch mit X", "told X"."""
        lows = [t.text.lower() for t in toks]
        out: list[Span] = []
        up: dict[Span, bool] = {}
        for phrase in lx.via:
            L = len(phrase)
            pl = [p.lower() for p in phrase]
            for i in range(after, len(toks) - L + 1):
                if lows[i : i + L] != pl:
                    continue
                start = i + L
                # "sagte der Zeitung": the article after the verb belongs to the NP
                if pl[0] in lx.forms and L > 1:
                    start = i + 1
                e = self.np_forward(toks, start, lx, apposition=False)
                if e <= start:
                    continue
                sp = Span(toks[start].span.start, toks[e - 1].span.end)
                if exclude and sp.overlaps(exclude):
                    continue
                if any(sp.overlaps(o) for o in out):
                    continue
                if pl[0] in lx.forms or pl[0] in ("told", "said"):
                    # an addressee is a chain link only if it is a medium
                    if not self.is_medium(sp, lx):
                        continue
                out.append(sp)
                up[sp] = pl[0] in _UPSTREAM
        out.sort(key=lambda s: s.start)
        return [(sp, up[sp]) for sp in out]

    def addressees(self, toks: list[Token], a: int, b: int, lx: Lang, src: Span | None,
                   have: list[tuple[Span, bool]], content: Span | None) -> list[tuple[Span, bool]]:
        """"sagte Lucke am Samstag der Deutschen Presse-Agentur": a medium as addressee is a
        downstream link of the chain."""
        out: list[tuple[Span, bool]] = []
        for j in range(a, min(b, len(toks))):
            if toks[j].text.lower() in ("der", "dem", "den", "the") and (src is None or toks[j].span.start >= src.end):
                e = self.np_forward(toks, j, lx, apposition=False)
                sp = Span(toks[j].span.start, toks[e - 1].span.end) if e > j else None
                if sp is None or any(sp.overlaps(v[0]) for v in have + out) or (content and sp.overlaps(content)):
                    continue
                if self.is_medium(sp, lx) and not self.generic(sp, lx):
                    out.append((sp, False))
        return out

    def generic(self, sp: Span, lx: Lang) -> bool:
        """"vor den Medien", "to reporters": the media at large, not a link one could follow."""
        words = [w for w in re.findall(r"[\w-]+", self.text[sp.start : sp.end]) if w.lower() not in lx.determiners]
        return len(words) == 1 and words[0].lower() in ("medien", "presse", "journalisten", "media", "press", "reporters", "journalists")

    def is_medium(self, sp: Span, lx: Lang) -> bool:
        from .sources import classify_mention

        t = classify_mention(self.text[sp.start : sp.end], lx)[1]
        return t in ("media", "news_agency")

    def subject_before(self, toks: list[Token], i: int, lx: Lang) -> tuple[int, int] | None:
        """The subject that stands before the verb at toks[i] (V2 with subject first)."""
        s = 0
        if i > 0 and toks[0].text in _QUOTE_CHARS and any(
            q.inner.start <= (toks[1].span.start if len(toks) > 1 else 0) < q.inner.end and not self.name_like(q.inner) for q in self.quotes
        ):
            return None  # the prefix is a quotation: "«…», sagte X"
        while s < i and (toks[s].text.lower() in CONJ_START or toks[s].text in ("–", "-", ":", '"', "“", "„", "«", "»")):
            s += 1
        if s >= i:
            return None
        first = toks[s].text
        low = first.lower()
        preps = PREPOSITIONS_DE if lx.code == "de" else PREPOSITIONS_EN
        if low in preps or low in SUBORDINATORS or (low in lx.anaphors and lx.code == "de" and i == s + 1) or (
            low in lx.np_stop and low not in lx.determiners
        ):
            return None
        # the subject ends at the first finite verb-ish token (another cue, an aux, "bezog sich")
        e = s
        depth = 0
        while e < i:
            t = toks[e].text
            lw = t.lower()
            if t == "," and depth == 0 and e + 1 < i and toks[e + 1].text.lower() in REL_PRONOUNS:
                depth = 1
            elif t == "," and depth == 1:
                depth = 0
                e += 1
                break
            elif depth == 0 and e > s and (t in AUX or (lx.forms.get(lw) and t[:1].islower() and not self.attributive(toks, e, lx)) or lw in ("bezog", "berief", "stützte", "bezieht", "beruft", "stützt")):
                break
            elif depth == 0 and t == ",":
                # an apposition: "Der Fraktionschef der Grünen, Volker Ratzmann, wird …"
                close = next((k for k in range(e + 1, min(i, e + 11)) if toks[k].text == ","), None)
                if close is None or any(toks[k].text in AUX or toks[k].text.lower() in lx.forms for k in range(e + 1, close)):
                    return None
                e = close + 1
                continue
            e += 1
        # drop trailing adverbs ("allerdings", "jedoch")
        while e > s and toks[e - 1].text.lower() in (lx.np_stop | CONJ_START | {","}) and toks[e - 1].text.lower() not in lx.determiners:
            e -= 1
        if e <= s or e - s > 25:
            return None
        if e - s == 1 and re.search(r"(?:lich|ell|isch|ig|bar|weise|falls|dings|erdings|ens|ähnlich)$", toks[s].text.lower()):
            return None  # "Offiziell hieß es …", "Ähnlich äußerte sich …": an adverb, not the subject
        if lx.code == "de" and not (is_capitalized(toks[s].text) or is_adjective_like(toks[s].text)):
            return None
        if lx.code == "en":
            inner = [t.text for t in toks[s + 1 : e]]
            if e - s > 10 or any(w[:1].islower() and (w.endswith(("ed", "ing")) or w in AUX or w in ("to", "who", "which", "that", "because", "if", "when", "after", "but", "and")) for w in inner if w not in ("former", "acting")):
                if not (e - s <= 14 and "," in inner):
                    return None
        return s, e

    def try_cue(self, si: int, sent: Sentence, i: int, cls: str, lx: Lang) -> bool:
        toks = sent.tokens
        text = self.text
        n = len(toks)
        lows = [t.text.lower() for t in toks]
        cue = Span(toks[i].span.start, toks[i].span.end)
        mode = "indirect"
        src: Span | None = None
        content: Span | None = None
        if lx.code == "en" and self.en_quote_then_speaker(si, sent, i, cue, lx):
            return True
        if lx.code == "en" and self.en_clause_then_speaker(si, sent, i, cue, lx):
            return True
        if lows[i] in ("zitiert", "quoted") and self.passive_quote(si, sent, i, cue, lx):
            return True
        if lx.code == "en":
            # "has said", "have not said", "is confirming": the auxiliary belongs to the cue
            b = i
            while b > 0 and (toks[b - 1].text.lower() in AUX or toks[b - 1].text.lower() in ("not", "n't", "also", "repeatedly", "previously")) and i - b < 3:
                b -= 1
            while b < i and toks[b].text.lower() in ("not", "n't", "also", "repeatedly", "previously"):
                b += 1
            if b < i:
                cue = Span(toks[b].span.start, toks[i].span.end)
        # --- anaphoric "Das berichtet X" (content = the sentence before)
        if i >= 1 and lows[i - 1] in lx.anaphors and (i == 1 or toks[i - 2].text in CONJ_START) and lx.code == "de":
            j0 = self.skip_adverbials(toks, i + 1, lx)
            e = self.np_forward(toks, j0, lx)
            prev = self.prev_sentence(si)
            if e > j0 and prev is not None:
                src = Span(toks[j0].span.start, toks[e - 1].span.end)
                self.cands.append(Cand("indirect", [_strip(text, prev.span)], cue, src, f"attr.indirect.{lx.code}.anaphoric", si,
                                       via=self.vias(toks, lx, exclude=src)))
                return True
        # --- post-posed: "CONTENT, schreibt X." / "CONTENT, wie X berichten." / "CONTENT, X said."
        comma_before = (i >= 1 and toks[i - 1].text in (",", "»", "“", "”", '"')) or (i >= 2 and toks[i - 1].text in _QUOTE_CHARS and toks[i - 2].text == ",")
        if comma_before and i >= 3 and self.subject_before(toks, i, lx) is None:
            e = self.np_forward(toks, i + 1, lx)
            colon_after = e < n and toks[e].text == ":"
            ends_soon = e >= n - 2 or toks[e].text in (".", "!", "?") or (toks[e].text == "," and n - e <= 14)
            if e > i + 1 and not colon_after and (lx.code == "de" or ends_soon):
                src = Span(toks[i + 1].span.start, toks[e - 1].span.end)
                cut = i - 1 if toks[i - 1].text == "," else i - 2
                content = _strip(text, Span(sent.span.start, toks[cut].span.start))
                q = next((q for q in self.quotes if q.outer.start == content.start - (1 if content.start > 0 and text[content.start - 1] in _QUOTE_CHARS else 0) and q.closed), None)
                if q is not None and q.outer.end <= toks[i].span.start:
                    content = _strip(text, q.inner)
                content = self.unquote(content)
                if len(content) > 8:
                    m = "direct" if self.is_quote(content) else mode
                    pvia = self.vias(toks, lx, exclude=src, after=e)
                    pvia += self.addressees(toks, e, n, lx, src, pvia, content)
                    self.cands.append(Cand(m, [content], cue, src, f"attr.{m}.{lx.code}.postposed", si, via=pvia))
                    return True
        # --- fronted "Wie X [unter Berufung auf Y] berichtet, CONTENT."
        w0 = 1 if n > 1 and lows[0] in CONJ_START else 0
        if lows[w0] in lx.wie and i > w0 + 1:
            e = self.np_forward(toks, w0 + 1, lx)
            k = next((k for k in range(i + 1, n) if toks[k].text == ","), None)
            if e > w0 + 1 and k is not None:
                wsrc = Span(toks[w0 + 1].span.start, toks[e - 1].span.end)
                wcontent = self.content_after(toks, k + 1, sent)
                if wcontent is not None:
                    m = "according_to" if cls == "report" else "indirect"
                    self.cands.append(Cand(m, [wcontent], cue, wsrc, f"attr.{m}.{lx.code}.wie_fronted", si,
                                           via=self.vias(toks[: k + 1], lx, exclude=wsrc)))
                    return True
        # --- "CONTENT, hatte X bei seinem Treffen gesagt.": auxiliary after the comma, participle at the end
        if lx.code == "de" and i >= 3 and i >= n - 3 and (toks[i].text.startswith("ge") or any(f.participle for f in lx.forms.get(lows[i], []))):
            ca = next((k for k in range(i - 1, 0, -1) if toks[k].text in AUX and toks[k - 1].text == ","), None)
            if ca is not None and ca >= 2:
                a0 = self.skip_adverbials(toks, ca + 1, lx)
                e = self.np_forward(toks, a0, lx)
                if e > a0 and e <= i:
                    content = _strip(text, Span(sent.span.start, toks[ca - 1].span.start))
                    content = self.unquote(content)
                    if len(content) > 8:
                        m = "direct" if self.is_quote(content) else "indirect"
                        self.cands.append(Cand(m, [content], cue, Span(toks[a0].span.start, toks[e - 1].span.end),
                                               f"attr.{m}.{lx.code}.postposed_aux", si))
                        return True
        # --- "CONTENT, wie X [PP] berichten."
        for w in range(i - 1, 0, -1):
            if lows[w] in lx.wie and toks[w - 1].text == ",":
                e = self.np_forward(toks, w + 1, lx)
                if e > w + 1:
                    src = Span(toks[w + 1].span.start, toks[e - 1].span.end)
                    content = _strip(text, Span(sent.span.start, toks[w - 1].span.start))
                    m = "according_to" if cls == "report" else "indirect"
                    co = self.group_members(toks, w + 1, e, lx)
                    self.cands.append(Cand(m, [content], cue, src, f"attr.{m}.{lx.code}.wie", si, co_sources=co))
                    return True
                break
            if toks[w].text in (".", ";"):
                break
        # --- verb-second: subject first ("X berichtete am Samstag, dass …")
        subj = self.subject_before(toks, i, lx)
        after = i + 1
        src = None
        subjectless = False
        if subj is not None:
            s, e = subj
            if lows[s] in lx.anaphors and lx.code == "en":
                return False
            src = Span(toks[s].span.start, toks[e - 1].span.end)
            if toks[s].text in lx.subject_pronouns and lows[s] in ("es", "it", "man"):
                return False
        else:
            # inverted: "In seiner Rede erklärte der Präsident X am Samstag, …" / "said X"
            if lx.code == "en" and i > 0 and (
                (toks[i - 1].text not in _QUOTE_CHARS | {",", ":"} and lows[i - 1] not in CONJ_START) or lows[i].endswith("ing")
            ):
                # English puts the speaker after the verb only after a quote or comma; otherwise
                # (and for "…, saying …") the speaker is the subject that opens the sentence
                e0 = self.np_forward(toks, 0, lx, apposition=False)
                if 0 < e0 < i:
                    src = Span(toks[0].span.start, toks[e0 - 1].span.end)
                k0 = self.en_content_start(toks, i + 1, lx)
                econtent = self.content_after(toks, k0, sent) if k0 is not None else None
                if econtent is None:
                    return False
                self.cands.append(Cand("indirect", [self.unquote(econtent)], cue, src, "attr.indirect.en.sentence_subject", si,
                                       subjectless=src is None))
                return True
            j0 = self.skip_adverbials(toks, i + 1, lx)
            e = self.np_forward(toks, j0, lx)
            aux = max((k for k in range(i) if toks[k].text in AUX), default=-1) if lx.code == "de" else -1
            if e > j0 and lows[j0] not in lx.np_stop:
                src = Span(toks[j0].span.start, toks[e - 1].span.end)
                after = e
            elif aux >= 0 and self.np_forward(toks, self.skip_adverbials(toks, aux + 1, lx), lx) > aux + 1:
                # "Im Vorfeld hatte das Komitee betont, dass …": the subject stands after the auxiliary
                a0 = self.skip_adverbials(toks, aux + 1, lx)
                ea = self.np_forward(toks, a0, lx)
                if ea > i or ea <= a0:
                    return False
                src = Span(toks[a0].span.start, toks[ea - 1].span.end)
            elif i == 0 or (i == 1 and lows[0] in CONJ_START):
                subjectless = True  # "Said …" in a post: the subject is in the sentence before
            else:
                return False
        # a quotation right after the cue (and a colon): "Said \"We see …\"", "sagte: «…»"
        q0 = after + 1 if after < n and toks[after].text in (":", ",") else after
        if q0 < n and toks[q0].text in _QUOTE_CHARS:
            q = next((q for q in self.quotes if q.outer.start == toks[q0].span.start), None)
            rest = text[q.outer.end : sent.span.end].strip(" .!?,") if q is not None else ""
            if q is not None and (not rest or q.outer.end > sent.span.end or not q.closed):
                parts = [_strip(text, q.inner)] if q.closed else self.split_unclosed(q.inner)
                self.cands.append(Cand("direct", [parts[0]], cue, src, f"attr.direct.{lx.code}.cue_quote", si,
                                       via=self.vias(toks, lx, exclude=src), subjectless=subjectless))
                for extra in parts[1:]:
                    self.cands.append(Cand("continuation", [extra], None, None, "attr.direct.unclosed_rest", si, inherit=True))
                return True
        if lx.code == "de" and lows[i] in ("spricht", "sprach", "sprachen", "sprechen", "berichtete", "berichteten", "berichtet", "berichten"):
            vj = self.skip_adverbials(toks, after, lx)
            if vj < n and lows[vj] == "von" and src is not None:
                # "Die Polizei sprach von einer friedlichen Demonstration": what was said is named, not quoted
                return self.reported(si, sent, cue, src, "speech", lx, subj is not None, named=True)
        if lx.code == "en":
            k0 = self.en_content_start(toks, after, lx)
            if k0 is None:
                return self.reported(si, sent, cue, src, cls, lx, subj is not None)
            econtent = self.content_after(toks, k0, sent)
            if econtent is None:
                return False
            econtent = self.unquote(econtent)
            em = "direct" if self.is_quote(econtent) else mode
            evia = [v for v in self.vias(toks, lx, exclude=src) if not v[0].overlaps(econtent)]
            self.cands.append(Cand(em, [econtent], cue, src, f"attr.{em}.en.{'v2' if subj else 'inverted'}", si, via=evia,
                                   subjectless=subjectless))
            return True
        # the content: after the next comma/colon/"dass"/"that"
        k = after
        while k < n and toks[k].text not in (",", ":") and lows[k] not in lx.complementizers:
            if toks[k].text in _QUOTE_CHARS and k > after:
                break
            if toks[k].text in (".", "!", "?"):
                break
            k += 1
            if lx.code == "en" and k - after > 6:
                break
        if k >= n or toks[k].text in (".", "!", "?"):
            return self.reported(si, sent, cue, src, cls, lx, subj is not None)
        if toks[k].text in (",", ":"):
            k += 1
        if k < n and toks[k - 1].text == "," and lx.code == "de" and (
            lows[k] in _NEVER_REPORTED or (lows[k] in ("bei", "mit", "in", "von", "für", "auf", "an", "aus", "zu") and k + 1 < n and lows[k + 1] in ("denen", "welchem", "welcher", "welchen"))
        ):
            return False  # ", nachdem …", ", um … zu", ", bei denen …": a subordinate clause, not what was said
        if (
            k + 1 < n and toks[k - 1].text == "," and lows[k] in REL_PRONOUNS and lx.code == "de"
            and toks[k + 1].text[:1].islower() and not is_adjective_like(toks[k + 1].text)
        ):
            return False  # ", der lächelnd …": a relative clause, not what was said
        if cls == "report" and lx.code == "de" and k < n and lows[k] not in lx.complementizers and toks[k - 1].text != ":" and lows[i] in ("zeigt", "zeigen", "zeigte", "zeigten", "ergab", "ergaben", "ergibt", "belegt", "belegen"):
            return False  # "Die Aufnahmen zeigen Kim, …": an object, not a report
        if lx.code == "en" and k < n and lows[k] not in lx.complementizers and toks[k].text not in _QUOTE_CHARS and toks[k - 1].text not in (",", ":"):
            # "X said the plan …": content right after the cue (and a time adverb)
            if k - after > 3:
                return False
        content = self.content_after(toks, k, sent)
        if content is None:
            return False
        content = self.unquote(content)
        m = "direct" if self.is_quote(content) else mode
        via = self.vias(toks, lx, exclude=src)
        via = [v for v in via if not v[0].overlaps(content)]
        via += self.addressees(toks, i + 1, k, lx, src, via, content)
        cand = Cand(m, [content], cue, src, f"attr.{m}.{lx.code}.{'v2' if subj else 'inverted'}", si, via=via,
                    subjectless=subjectless)
        if src is not None:
            cand.co_sources = self.group_members(toks, *self.span_tokens(toks, src), lx)
        self.cands.append(cand)
        return True

    def passive_quote(self, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
        """"X wird von der «Netzeitung» mit den Worten zitiert: «…»" — X said it, the outlet relayed it."""
        toks = sent.tokens
        lows = [t.text.lower() for t in toks]
        aux = next((k for k in range(i - 1, -1, -1) if lows[k] in ("wird", "wurde", "werden", "wurden", "was", "were", "is", "are")), None)
        if aux is None:
            return False
        subj = self.subject_before(toks, aux, lx)
        if subj is None:
            return False
        src = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
        via: list[tuple[Span, bool]] = []
        for k in range(aux + 1, i):
            if lows[k] in ("von", "vom", "by"):
                e = self.np_forward(toks, k + 1, lx, apposition=False)
                if e > k + 1:
                    via.append((Span(toks[k + 1].span.start, toks[e - 1].span.end), False))
                break
        k = i + 1
        if k < len(toks) and toks[k].text in (":", ","):
            k += 1
        content = self.content_after(toks, k, sent)
        if content is None:
            return False
        content = self.unquote(content)
        m = "direct" if self.is_quote(content) else "indirect"
        self.cands.append(Cand(m, [content], cue, src, f"attr.{m}.{lx.code}.passive_quote", si, via=via))
        return True

    def en_quote_then_speaker(self, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
        """'"…," he said.' / '"…," Scott Pruitt, the attorney general, said on Monday.'"""
        toks = sent.tokens
        text = self.text
        j = i - 1
        while j >= 0 and i - j <= 20 and toks[j].text not in _QUOTE_CHARS:
            j -= 1
        if j < 0 or i - j > 20 or j == i - 1:
            return False
        q = next((q for q in self.quotes if q.outer.end == toks[j].span.end and q.closed), None)
        if q is None or self.name_like(q.inner):
            return False
        start = j + 1
        if start < i and toks[start].text == ",":
            start += 1
        if start >= i:
            return False
        between = [t.text.lower() for t in toks[start:i]]
        if any(w in AUX or w in lx.forms or w in ("that", "and", "but") for w in between):
            return False
        src = Span(toks[start].span.start, toks[i - 1].span.end)
        src = _strip(text, src)
        content = _strip(text, q.inner)
        if len(content) < 3:
            return False
        self.cands.append(Cand("direct", [content], cue, src, "attr.direct.en.quote_speaker_cue", si))
        return True

    def en_clause_then_speaker(self, si: int, sent: Sentence, i: int, cue: Span, lx: Lang) -> bool:
        """"The men were handed over, an insurgent source told AFP." — content, then subject and cue
        at the end of the sentence."""
        toks = sent.tokens
        n = len(toks)
        lows = [t.text.lower() for t in toks]
        j = i - 1
        while j > 0 and i - j <= 12 and toks[j].text != ",":
            if lows[j] in AUX or lows[j] in lx.forms or lows[j] in ("that", "and", "but", "which", "who"):
                return False
            j -= 1
        if j <= 2 or toks[j].text != "," or j == i - 1:
            return False
        tail = n - i
        if tail > 8 or (any(toks[k].text == "," for k in range(i + 1, n - 1)) and tail > 4):
            return False
        if toks[0].text in _QUOTE_CHARS:
            return False
        src = _strip(self.text, Span(toks[j + 1].span.start, toks[i - 1].span.end))
        content = _strip(self.text, Span(sent.span.start, toks[j].span.start))
        if len(content) < 10:
            return False
        via = self.addressees(toks, i + 1, n, lx, src, [], content)
        if lows[i] in ("told", "tells") and i + 1 < n:
            e = self.np_forward(toks, i + 1, lx, apposition=False)
            if e > i + 1:
                sp = Span(toks[i + 1].span.start, toks[e - 1].span.end)
                if self.is_medium(sp, lx) and not any(v[0].overlaps(sp) for v in via):
                    via.append((sp, False))
        self.cands.append(Cand("indirect", [content], cue, src, "attr.indirect.en.clause_speaker_cue", si, via=via))
        return True

    def en_content_start(self, toks: list[Token], j: int, lx: Lang) -> int | None:
        """Where the reported clause begins after an English cue: past a time adverbial ("on
        Tuesday"), a setting ("in a statement", "at a rally"), an addressee ("told reporters")."""
        n = len(toks)
        lows = [t.text.lower() for t in toks]
        timex_spans = [t.span for t in self.doc.timexes]
        steps = 0
        while j < n and steps < 4:
            steps += 1
            if any(sp.contains(toks[j].span) for sp in timex_spans) or (
                lows[j] in ("on", "in", "at", "last", "this", "early", "late") and j + 1 < n and any(sp.contains(toks[j + 1].span) for sp in timex_spans)
            ):
                j += 1
                steps -= 1
                continue
            if lows[j] in ("in", "at", "during", "on", "after", "before", "from", "to", "via", "through") and j + 1 < n and lows[j + 1] in (
                "a", "an", "the", "his", "her", "their", "its", "twitter", "facebook", "reporters", "cnn", "fox", "msnbc", "abc", "nbc", "cbs"
            ):
                k = j + 1
                while k < n and k - j <= 8 and toks[k].text not in (",", ":") and lows[k] not in ("that", "whether") and toks[k].text not in _QUOTE_CHARS:
                    k += 1
                if k < n and (lows[k] in ("that", "whether") or toks[k].text in (",", ":") or toks[k].text in _QUOTE_CHARS):
                    j = k + (1 if toks[k].text in (",", ":") else 0)
                    continue
                return None
            if toks[j].text in (",", ":"):
                j += 1
                continue
            if lows[j] in ("reporters", "journalists", "supporters", "voters", "lawmakers", "him", "her", "them", "us", "me") and j > 0 and lows[j - 1] in ("told", "tells", "tell", "asked", "assured", "reminded", "warned", "urged"):
                j += 1
                continue
            break
        if j >= n or toks[j].text in (".", "!", "?"):
            return None
        if lows[j] in ("so", "as", "it", "this", "yes", "no", "nothing", "little") and j + 1 < n and toks[j + 1].text in (".", ",", "much"):
            return None
        return j

    def reported(self, si: int, sent: Sentence, cue: Span, src: Span | None, cls: str, lx: Lang, v2: bool, named: bool = False) -> bool:
        """A reported speech act with no content clause ("Die Schüler klagten über zu viel
        Stress"): the whole sentence is what is reported."""
        if src is None or cls not in ("speech", "deny", "confirm", "writing") or len(sent.tokens) < 5:
            return False
        lemmas = {f.lemma for f in lx.forms.get(self.text[cue.start : cue.end].lower(), [])}
        if lemmas & lx.reported_exclude and not named:
            return False
        words = [t.text.lower() for t in sent.tokens]
        if {"werden", "worden", "wurde", "wurden", "wird", "been", "was", "were"} & set(words):
            return False  # passive: "bestätigt werden", "zum … erklärt wurde"
        ci = next((k for k, t in enumerate(sent.tokens) if t.span == cue), len(words))
        if {"nicht", "weder", "noch", "kein", "keine", "not", "never", "neither", "nor"} & set(words[max(0, ci - 3) : ci]):
            return False  # "wollte den Bericht weder bestätigen noch dementieren": nothing was said
        if self.inside_any_quote(sent.span.start + 1) or any(c.content[0].overlaps(sent.span) for c in self.cands):
            return False
        inner = [q for q in self.quotes if sent.span.contains(q.outer) and q.outer.start > cue.end and not self.name_like(q.inner)]
        if inner:
            # "nannte sie «fahrlässig»": the words quoted are what is reported
            qs = _strip(self.text, inner[0].inner)
            self.cands.append(Cand("direct", [qs], cue, src, f"attr.direct.{lx.code}.reported_partial", si))
            return True
        content = _strip(self.text, sent.span)
        self.cands.append(Cand("indirect", [content], cue, src, f"attr.indirect.{lx.code}.reported", si))
        return True

    def span_tokens(self, toks: list[Token], sp: Span) -> tuple[int, int]:
        a = next(k for k, t in enumerate(toks) if t.span.start >= sp.start)
        b = max(k for k, t in enumerate(toks) if t.span.end <= sp.end) + 1
        return a, b

    def group_members(self, toks: list[Token], a: int, b: int, lx: Lang) -> list[Span]:
        """Members of a coordination or group: "sowohl A als auch B", "mehrere Medien, darunter X"."""
        lows = [t.text.lower() for t in toks[a:b]]
        out: list[Span] = []
        for k, w in enumerate(lows):
            if w in lx.group_words and k > 0 and lows[k - 1] == ",":
                out.append(Span(toks[a].span.start, toks[a + k - 2].span.end))
                out.append(Span(toks[a + k + 1].span.start, toks[b - 1].span.end))
                return out
        if "sowohl" in lows and "als" in lows:
            i_als = lows.index("als")
            first = [t for t in toks[a + lows.index("sowohl") + 1 : a + i_als]]
            second = toks[a + i_als + 2 : b]
            if first and second:
                out.append(Span(first[0].span.start, first[-1].span.end))
                out.append(Span(second[0].span.start, second[-1].span.end))
        elif lows.count("und") == 1 or lows.count("and") == 1:
            k = lows.index("und") if "und" in lows else lows.index("and")
            if 0 < k < len(lows) - 1:
                out.append(Span(toks[a].span.start, toks[a + k - 1].span.end))
                out.append(Span(toks[a + k + 1].span.start, toks[b - 1].span.end))
        return out

    def name_like(self, sp: Span) -> bool:
        """«Institute for the Study of War», „Neue Zürcher Zeitung“: a name or title, not speech."""
        words = re.findall(r"[\w'’-]+", self.text[sp.start : sp.end])
        small = {"for", "the", "of", "and", "de", "la", "von", "der", "für", "und", "in", "on", "a", "an", "des", "du"}
        return bool(words) and len(words) <= 8 and all(w[0].isupper() or w.lower() in small or w[0].isdigit() for w in words) \
            and not re.search(r"[.!?]", self.text[sp.start : sp.end])

    def unquote(self, sp: Span) -> Span:
        t = self.text
        if len(sp) > 2 and t[sp.start] in "«»„“\"‹›" and (t[sp.end - 1] in "«»“”\"‹›"):
            return Span(sp.start + 1, sp.end - 1)
        return sp

    def is_quote(self, sp: Span) -> bool:
        return any(q.inner.start <= sp.start and sp.end <= q.inner.end + 1 and len(q.inner) >= 0.8 * len(sp) for q in self.quotes)

    def prev_sentence(self, si: int) -> Sentence | None:
        sents = self.doc.sentences
        cur = sents[si]
        for k in range(si - 1, -1, -1):
            if sents[k].segment == cur.segment or self.doc.segments[sents[k].segment].kind == "body":
                return sents[k]
        return None

    # ---- direct quotes not covered by a sentence rule -------------------------------------
    def direct_quotes(self) -> None:
        doc = self.doc
        covered = [c for cand in self.cands for c in cand.content]
        for q in self.quotes:
            inner = _strip(self.text, q.inner)
            if len(inner) < 3:
                continue
            words = re.findall(r"\w+", self.text[inner.start : inner.end])
            if self.name_like(inner) or any(c.contains(inner) or (c.overlaps(inner) and len(c) > len(inner)) for c in covered):
                continue  # a name or title, or part of what another attribution reports
            qtext = self.text[inner.start : inner.end].rstrip()
            if len(words) < 8 and not re.search(r"[.!?…]$", qtext):
                self.partial_quote(q, inner)  # "nannte sie «fahrlässig»": a partial quote with its cue
                continue
            if any(c.overlaps(inner) and self.is_quote(c) for c in covered):
                continue
            seg_i = next((i for i, s in enumerate(doc.segments) if s.span.contains(q.outer)), None)
            if seg_i is None or doc.segments[seg_i].kind not in CLAIM_SEGMENTS:
                continue
            si = next((i for i, s in enumerate(doc.sentences) if s.span.overlaps(q.inner)), 0)
            so = re.match(r"\s*,?\s*(so)\s+", self.text[q.outer.end : q.outer.end + 12])
            if so and q.closed:
                sent = doc.sentences[si]
                k = next((k for k, t in enumerate(sent.tokens) if t.span.start == q.outer.end + so.start(1)), None)
                code = pick(doc.segments[seg_i].language)
                if k is not None:
                    e = self.np_forward(sent.tokens, k + 1, lang(code))
                    if e > k + 1:
                        src = Span(sent.tokens[k + 1].span.start, sent.tokens[e - 1].span.end)
                        cue = Span(q.outer.end + so.start(1), q.outer.end + so.end(1))
                        self.cands.append(Cand("direct", [inner], cue, src, f"attr.direct.{code}.so", si))
                        continue
            parts = [inner]
            if not q.closed:
                parts = self.split_unclosed(inner)
            first = parts[0]
            self.cands.append(Cand("direct", [first], None, None, "attr.direct.untagged", si, inherit=True))
            for extra in parts[1:]:
                self.cands.append(Cand("continuation", [extra], None, None, "attr.direct.unclosed_rest", si, inherit=True))
        self.cands.sort(key=lambda c: c.content[0].start)

    def partial_quote(self, q: Quote, inner: Span) -> None:
        """A short quotation inside a clause whose reporting verb and subject are in the same
        sentence ("bezeichnete ihn als seinen «wichtigsten Genossen»")."""
        doc = self.doc
        si = next((k for k, s in enumerate(doc.sentences) if s.span.contains(q.outer)), None)
        if si is None:
            return
        sent = doc.sentences[si]
        seg = doc.segments[sent.segment]
        code = sentence_language(sent, pick(seg.language))
        lx = lang(code)
        toks = sent.tokens
        for i, t in enumerate(toks):
            if t.span.start >= q.outer.start:
                break
            cls = self.cue_at(toks, i, lx)
            if cls is None or cls == "belief" or self.attributive(toks, i, lx):
                continue
            subj = self.subject_before(toks, i, lx)
            if subj is not None:
                src = Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end)
            else:
                j0 = self.skip_adverbials(toks, i + 1, lx)
                e = self.np_forward(toks, j0, lx)
                if e <= j0 or toks[e - 1].span.end > q.outer.start:
                    continue
                src = Span(toks[j0].span.start, toks[e - 1].span.end)
            self.cands.append(Cand("direct", [inner], t.span, src, f"attr.direct.{code}.partial", si))
            return

    def split_unclosed(self, inner: Span) -> list[Span]:
        t = self.text
        m = _LINK.search(t, inner.start, inner.end)
        end = m.start() if m else inner.end
        from ..textutil import split_sentences

        sents = split_sentences(t, inner.start, end)
        if len(sents) <= 1:
            return [_strip(t, Span(inner.start, end))]
        return [sents[0], _strip(t, Span(sents[1].start, sents[-1].end))]

    # ---- continued reported speech ---------------------------------------------------------
    def continuations(self) -> None:
        doc = self.doc
        by_sent: dict[int, list[Cand]] = {}
        for c in self.cands:
            by_sent.setdefault(c.sent, []).append(c)
        last: Cand | None = None
        last_line = -10
        line_of = self._line_index()
        by_sent_all: set[int] = set(by_sent)
        for k, sent_k in enumerate(doc.sentences):
            if any(x.overlaps(sent_k.span) for c in self.cands for x in c.content):
                by_sent_all.add(k)
        for si, sent in enumerate(doc.sentences):
            seg = doc.segments[sent.segment]
            if seg.kind != "body":
                continue
            covering = [c for c in self.cands if any(x.overlaps(sent.span) and len(x) > 0.5 * len(sent.span) for x in c.content)]
            if covering and si not in by_sent:
                last = covering[-1]
                last_line = line_of(sent.span.start)
                continue
            if si in by_sent:
                last = by_sent[si][-1]
                last_line = line_of(sent.span.start)
                continue
            if last is None or line_of(sent.span.start) - last_line > 2:
                continue
            lx = lang(pick(seg.language))
            if lx.code != "de":
                continue
            adjacent = si > 0 and (si - 1) in by_sent_all
            marker = self.konjunktiv(sent, lx, allow_modal=adjacent)
            if marker is None:
                continue
            content = _strip(self.text, sent.span)
            colon = self.text.find(":", content.start, content.end)
            if 0 < colon - content.start < 40:
                content = _strip(self.text, Span(colon + 1, content.end))
            cand = Cand("continuation", [content], marker, None, "attr.continuation.de.konjunktiv", si, inherit=True)
            self.cands.append(cand)
            by_sent_all.add(si)
            last = cand
            last_line = line_of(sent.span.start)
        self.cands.sort(key=lambda c: c.content[0].start)

    def _line_index(self) -> Callable[[int], int]:
        """Position → index of its line among body lines (embeds in between do not count)."""
        import bisect

        from ..textutil import lines

        body = [s.span for s in self.doc.segments if s.kind == "body"]
        starts = [ln.start for ln in lines(self.text) if any(b.contains(ln) for b in body)]

        def line_of(pos: int) -> int:
            return bisect.bisect_right(starts, pos)

        return line_of

    def konjunktiv(self, sent: Sentence, lx: Lang, allow_modal: bool = False) -> Span | None:
        modal_k2 = {"könnte", "könnten", "dürfte", "dürften", "müsste", "müssten", "würde", "würden", "möchte", "möchten"}
        lows = [t.text.lower() for t in sent.tokens]
        if any(w in ("wenn", "falls", "ob") for w in lows[:3]):
            return None
        for t in sent.tokens:
            w = t.text
            if self.inside_quote(t.span.start):
                continue
            if w in lx.konj1 or (w.lower() in lx.konj2 and (allow_modal or w.lower() not in modal_k2) and w.lower() not in _AUTHOR_MODALS) or (
                allow_modal and w.lower() in modal_k2 - _AUTHOR_MODALS
            ):
                if w[0].isupper() and w.lower() not in ("sei", "seien"):
                    continue
                return t.span
            if w.lower() in ("soll", "sollen") and lows[-1] in (".", "!") and len(lows) > 2 and lows[-2] in ("haben", "sein", "worden"):
                return t.span  # reportative "soll … getan haben": hearsay that goes on
        return None

    # ---- embedded posts --------------------------------------------------------------------
    def posts(self) -> None:
        doc = self.doc
        for gi, seg in enumerate(doc.segments):
            if seg.kind != "social_post":
                continue
            sig = None
            seg_text = self.text[seg.span.start : seg.span.end]
            if seg.handle:
                m = re.search(r"[—–-]{1,2}\s*([^\n()]*?)\s*\((@[\w.@-]+)\)", seg_text)
                if m:
                    sig = Span(seg.span.start + m.start(1), seg.span.start + m.end(2) + 1)
                    sig_line = Span(seg.span.start + m.start(), seg.span.start + seg_text.find("\n", m.start()) if "\n" in seg_text[m.start():] else seg.span.end)
            parts: list[Span] = []
            inner = [c for c in self.cands if seg.span.contains(c.content[0])]
            for c in inner:
                c.post_account = gi
            for sent in doc.sentences:
                if sent.segment != gi:
                    continue
                sp = sent.span
                if sig is not None and sp.overlaps(sig_line):
                    continue
                txt = self.text[sp.start : sp.end].strip()
                if txt.endswith("?") or re.fullmatch(r"(?:\d+\s*[|/]\s*\d+\s*)?(?:pic\.twitter\.com/\w+|https?://\S+)?", txt):
                    continue
                if any(c.content[0].overlaps(sp) or (c.cue and sp.contains(c.cue)) for c in inner):
                    continue
                m2 = _LINK.search(self.text, sp.start, sp.end)
                if m2:
                    sp = _strip(self.text, Span(sp.start, m2.start()))
                if len(sp) > 3:
                    parts.append(sp)
            if parts:
                self.cands.append(Cand("social_post", parts, None, sig, "attr.social_post", 0, post_account=gi))
        self.cands.sort(key=lambda c: c.content[0].start)


class AttributionFinder:
    name: ClassVar[str] = "attribution.rules.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments", "sentences", "tokens")
    assigns: ClassVar[tuple[str, ...]] = ("attributions",)

    def __call__(self, doc: Document) -> None:
        from .sources import resolve

        cands = Analyzer(doc).run()
        resolve(doc, cands)
