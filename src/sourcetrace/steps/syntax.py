"""Syntax and named entities from small spaCy models trained by our own recipes (step `syntax.v1`).

English: part of speech and a dependency parse (Universal Dependencies labels) from a model
trained on UD English EWT (`docs/models/syntax-en-ewt.md`), and persons, organisations and places
from a model trained on WikiGold, UNER English EWT dev and re3d when it is built and the option
`SyntaxParser.english_entities` is on (neither by default; `docs/models/ner-en-uner.md`). German: persons, organisations and
places from a model trained on GermEval 2014 (`docs/models/ner-de-germeval.md`), and part of
speech, verbal morphology (the Konjunktiv: `Mood=Sub`) and a dependency parse from a model
trained on UD German GSD and PUD (`docs/models/syntax-de-ud.md`). All ship inside the package
(`sourcetrace/models/`); nothing is downloaded.

Only sentences that can carry an attribution are analysed — those with a speech-verb form of the
cue lexicon, a quotation mark or an according-to word — which keeps the step fast; German
sentences are parsed only when they have a speech-verb form (the parse answers "who is the
subject of this cue"; a quotation alone has no verb to ask about), "nach eigenen Angaben"
(whose own: the subject of its clause) or, after the first such sentence, a form of the
Konjunktiv the continuation rules ask about (`may_continue`: is a form in -e an adjective before
its noun, is the main clause's verb before a subordinate clause in the indicative). Persons,
organisations and places are also looked for in the two sentences before a German speech
sentence with "er" or "sie", when they name someone (the antecedents of the pronoun); those two,
and the author's sentence before one in the Konjunktiv, are parsed for their subjects
(`subject_sentences`: whom the pronoun stands for, whom continued speech goes on with). Words are
spaCy's tokens of the sentence text; spans are code-point offsets into `Document.text`.

The query helpers (`words_in`, `subject_of`, `entity_at`) are what other steps use: they answer
from the layer when it is there and return None when it is not, so every rule keeps a fallback.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from importlib import resources as _ir
from typing import TYPE_CHECKING, Any, ClassVar, cast

from ..document import CLAIM_SEGMENTS, Document, Entity, EntityLabel, Sentence, Span, SyntaxToken, Token
from ..language import clear_vote
from ..resources import load, pick
from ..textutil import DOUBLE_QUOTE_MARKS, QUOTE_MARKS, forget_index, in_text_order, items_overlapping, lowered
from .lexicon import AUX, REL_PRONOUNS, SUBORDINATORS, Lang, lang, phrases_by_first

if TYPE_CHECKING:
    from spacy.language import Language

PARSER_EN = "syntax_en_ewt"
PARSER_DE = "syntax_de_ud"
NER_DE = "ner_de_germeval"
NER_EN = "ner_en_uner"
#: model name → the rule id recorded on every item it adds
MODELS: dict[str, str] = {PARSER_EN: "model.syntax_en_ewt.v1", PARSER_DE: "model.syntax_de_ud.v1",
                          NER_DE: "model.ner_de_germeval.v1", NER_EN: "model.ner_en_uner.v1"}
#: quotation marks that are never apostrophes ("Clinton’s")
_DOUBLE_QUOTES = frozenset(DOUBLE_QUOTE_MARKS)
_LABELS: frozenset[str] = frozenset({"PER", "ORG", "LOC"})
#: subject relations of UD: the active subject and the clausal subject
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: the agent of a passive ("was told by X"): EWT writes `obl:agent` (older data `obl` + `by`)
AGENT_DEPS = frozenset({"obl:agent"})
#: parts of speech a German subject can have; a weak parse's `nsubj` on an adverb or adjective
#: ("Unterdessen verlangen …", "Ähnlich äußerte sich …") is no subject
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "X", "SYM"})


@cache
def load_model(name: str) -> Language:
    """The shipped spaCy pipeline `name` (loaded once per process). Its layers multiply matrices
    with numpy's BLAS rather than thinc's default BLIS kernels, which are several times slower on
    the CPUs we measured (same parses and entities on our test sets); see `_one_thread`."""
    import spacy
    from thinc.api import use_ops

    if name in _GERMAN and all(has_model(n) for n in _GERMAN):
        return _german_models()[name]
    path = _ir.files("sourcetrace.models") / name
    with use_ops("numpy", use_blis=False):
        return spacy.load(str(path))


#: the German models, which share one vocabulary and one tokenizer (`_german_models`)
_GERMAN = (NER_DE, PARSER_DE)


@cache
def _german_models() -> dict[str, Language]:
    """The German entity model and parser, loaded together into one vocabulary, the parser using
    the entity model's tokenizer: both are spaCy's German tokenizer with the same settings (the
    same file in both packages) and neither has word vectors or lookup tables, so a word gets the
    same tokens and features either way. A sentence both models read (a speech sentence: its
    entities, then its parse) is split into tokens once, its new words are added to one vocabulary
    instead of two, and the parser's tokenizer finds the entity model's pieces in its cache."""
    import spacy
    from thinc.api import use_ops

    root = _ir.files("sourcetrace.models")
    with use_ops("numpy", use_blis=False):
        ner = spacy.load(str(root / NER_DE))
        parser = spacy.load(str(root / PARSER_DE), vocab=ner.vocab)
    parser.tokenizer = ner.tokenizer
    return {NER_DE: ner, PARSER_DE: parser}


@cache
def has_model(name: str) -> bool:
    """Whether the package ships the model `name` (an optional one may be absent)."""
    return (_ir.files("sourcetrace.models") / name / "meta.json").is_file()


@cache
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _one_thread() -> Any:
    """numpy's BLAS on one thread while a model runs: the matrices of a few sentences are too
    small to share, and spare threads only spin (a corpus run has one process per core)."""
    return _blas().limit(limits=1, user_api="blas")


def sentence_language(sent: Sentence, default: str) -> str:
    """A sentence in the other language of a mixed paragraph, by a clear function-word vote."""
    return clear_vote(sent.tokens) or default


def has_cue_form(sent: Sentence, code: str) -> bool:
    """Whether a sentence has a word form of the cue lexicon (a verb to ask for its subject)."""
    forms = lang(code).forms
    return any(t.text.lower() in forms for t in sent.tokens)


def may_attribute(doc: Document, sent: Sentence, code: str) -> bool:
    """Whether a sentence can carry an attribution: a cue form, a quotation mark, an
    according-to phrase or (English) a colon at its end before a quotation."""
    lx = lang(code)
    text = doc.text[sent.span.start : sent.span.end]
    if any(c in text for c in QUOTE_MARKS) or "''" in text:
        return True
    lows = lowered(sent.tokens)
    if any(w in lx.forms or w in lx.according_postfix or (w in lx.speech_nouns and "that" in lows) for w in lows):
        return True
    if lx.base_forms and any(w in lx.base_forms and k + 1 < len(lows) and lows[k + 1] == "that" for k, w in enumerate(lows)):
        return True  # "did show that", "Data show that": a bare form before a clause (cues.cue_at)
    if code == "en" and colon_before_quotation(doc, sent):
        return True  # "Lee issued the following statement:" on the line before a quotation (quoted.en_colon_lead)
    return has_according_phrase(sent, code)


def colon_before_quotation(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence ends with a colon that a quotation mark follows, past white space (a lead
    line of its own before a quotation, whose subject the parse finds: `attribution.quoted.en_colon_lead`)."""
    if not sent.tokens or sent.tokens[-1].text != ":":
        return False
    rest = doc.text[sent.span.end : sent.span.end + 12].lstrip()
    return rest[:1] in QUOTE_MARKS or rest.startswith("''")


def colon_clause(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence of a text without quotation marks (a corpus that lost them) has a colon
    followed by a capitalised word: maybe a clause the one named before the colon said, which
    `attribution.quoted.colon_unquoted` reads with the parse (is there a finite verb after it?)."""
    toks = sent.tokens
    if not any(t.text == ":" and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() for k, t in enumerate(toks)):
        return False
    return not _has_quotes(doc)


def _has_quotes(doc: Document) -> bool:
    """Whether the text has a double quotation mark (cached on the text; a single one may be an apostrophe)."""
    return _text_has_quotes(doc.text)


@lru_cache(maxsize=8)
def _text_has_quotes(text: str) -> bool:
    return any(c in text for c in DOUBLE_QUOTE_MARKS) or "''" in text


def has_according_phrase(sent: Sentence, code: str) -> bool:
    """Whether a sentence has an according-to phrase ("laut", "nach Angaben", "nach eigenen
    Angaben", "according to", and a postposition: "X zufolge", whose noun phrase the parse tells
    from the clause's own words, `attribution.governed`)."""
    lx = lang(code)
    lows = lowered(sent.tokens)
    by_first = phrases_by_first(lx.according_prefix)
    for k, w in enumerate(lows):  # an according-to phrase ("laut", "nach Angaben", "according to")
        if w in lx.according_postfix and k > 0:
            return True
        for _phrase, low in by_first.get(w, ()):
            if low == lows[k : k + len(low)]:
                return True
        if w == "nach" and k + 1 < len(lows) and (lows[k + 1].startswith(lx.nach_heads) or (
                lows[k + 1] in lx.own_adjectives and k + 2 < len(lows) and lows[k + 2].startswith(lx.nach_heads))):
            return True  # "nach Angaben der Polizei", "nach eigenen Angaben"
    return False


def _names_someone(sent: Sentence) -> bool:
    """Two capitalised words in a row after the first ("… betreut Kuratorin Eva Lang …"): a name, maybe."""
    toks = sent.tokens
    return any(toks[k].text[:1].isupper() and toks[k + 1].text[:1].isupper() and toks[k].text.isalpha() and toks[k + 1].text.isalpha()
               for k in range(1, len(toks) - 1))


@cache
def _byline_words() -> frozenset[str]:
    """The one-word openers of a line that names the author ("Von", "By"; `byline_words` of
    resources/<lang>/time.json)."""
    return frozenset(w for code in ("de", "en") for w in load(code, "time").get("byline_words", []) if " " not in w)


def _byline(sent: Sentence) -> bool:
    """The sentence is a line that names the text's author ("Von Anna Muster", "Von Eva Lang und
    Jan Roth"): a byline word, then only capitalised words and coordinators."""
    toks = sent.tokens
    joins = lang("de").coordination | {","}
    return len(toks) >= 2 and toks[0].text in _byline_words() \
        and all(t.text[:1].isupper() or t.text.lower() in joins for t in toks[1:])


def _antecedent_sentences(doc: Document, speech: list[int]) -> list[int]:
    """The German sentences whose persons a pronoun may point at: the two before a sentence that
    may attribute and has a subject pronoun of a gender ("er", "sie", also opening the sentence),
    when they hold two capitalised words in a row (a name) and are no byline (the author is no
    antecedent: "Von Eva Lang" before "Sie ist …"). Their PER entities let the pronoun find the
    one they name ("Seit Mai betreut Kuratorin Eva Lang die Sammlung. … , sagt sie."), not a
    person named further back; the model runs on no more sentences than that."""
    lx = lang("de")
    pron = lx.masculine_pronouns | lx.feminine_pronouns
    picked = set(speech)
    out: list[int] = []
    for si in speech:
        if not any(t.text.lower() in pron for t in doc.sentences[si].tokens):
            continue
        for sj in (si - 1, si - 2):
            if sj >= 0 and sj not in picked and doc.segments[doc.sentences[sj].segment].kind in CLAIM_SEGMENTS \
                    and _names_someone(doc.sentences[sj]) and not _byline(doc.sentences[sj]):
                picked.add(sj)
                out.append(sj)
    return out


def subject_sentences(doc: Document, speech: list[int]) -> list[int]:
    """The German body sentences, other than `speech` (those that may attribute), whose main
    clause's subject the speaker rules ask the parse for (`attribution.antecedents.clause_subject`):
    the two before a sentence of `speech` with a subject pronoun of a gender ("er", "sie": whom it
    stands for), and, after the first sentence of `speech`, the one before a sentence with a form
    of the Konjunktiv when it has none itself (continued speech goes on with the speaker before, or
    with the one that sentence names as its subject: "Allerdings ist X davon überzeugt, …. Das habe
    sich gezeigt.").
    Bylines are left out (the author is no antecedent)."""
    lx = lang("de")
    pron = lx.masculine_pronouns | lx.feminine_pronouns
    picked = set(speech)
    out: list[int] = []

    def take(sj: int) -> None:
        if sj >= 0 and sj not in picked and doc.segments[doc.sentences[sj].segment].kind == "body" \
                and doc.sentences[sj].tokens and not _byline(doc.sentences[sj]):
            picked.add(sj)
            out.append(sj)

    for si in speech:
        if any(t.text.lower() in pron for t in doc.sentences[si].tokens):
            take(si - 1)
            take(si - 2)
    if speech:
        speaks = set(speech)
        for si in range(speech[0] + 1, len(doc.sentences)):
            prev = doc.sentences[si - 1].tokens
            if si - 1 not in speaks and doc.segments[doc.sentences[si].segment].kind == "body" \
                    and any(lx.konjunktiv(t.text) for t in doc.sentences[si].tokens) and not any(lx.konjunktiv(t.text) for t in prev):
                take(si - 1)  # (a sentence of speech itself, or one of continued speech, names no new speaker)
    return sorted(out)


def may_continue(sent: Sentence, code: str) -> bool:
    """Whether a sentence has a form of the Konjunktiv lists (`Lang.konjunktiv`) whose reading the
    continuation rules ask the parse about: one in -e where an adjective stands before its noun
    (`_adjective_slot`: "die reiche Ernte", "sehr enge Grenzen") or one in a clause opened by a
    subordinator after a comma (is the main clause's verb in the indicative? "…, weil das Land
    zustimmen müsse"), or a Konjunktiv II with a clause after it beside it (is that one's verb in the
    indicative? the author's irrealis, continuation._beside_indicative, session 39). A form after its subject ("Die Werft liefere Fähren", "er liefere Fähren")
    or an auxiliary ("habe", "sei") is a verb whatever the parse says: the rules read it without
    asking, so it alone does not make the sentence one to parse."""
    lx = lang(code)
    toks = sent.tokens
    after_comma = False  # in a clause opened by a subordinator (not "dass") after a comma
    for k, t in enumerate(toks):
        w = t.text
        if w == "," and k + 1 < len(toks):
            nxt = toks[k + 1].text.lower()
            after_comma = after_comma or (nxt in SUBORDINATORS and nxt not in lx.complementizers)
        if not lx.konjunktiv(w):
            continue
        if after_comma or _adjective_slot(toks, k, lx):
            return True
        if w.lower() in lx.konj2 and w.lower() not in lx.irrealis_konjunktiv2 and any(x.text in (",", ";") for x in toks[k + 1 :]):
            return True  # "Sie hätten … gebraucht, bei der Wahl kamen sie auf …": is the clause beside it in the indicative?
    return False


def _adjective_slot(toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k], a form in -e of the Konjunktiv lists, stands where an adjective would: in lower case,
    no auxiliary, after a lower-case word that is no subject pronoun (an article, an adverb: "die
    reiche Ernte", "sehr enge Grenzen") and before a capitalised word (its noun)."""
    w = toks[k].text
    if not (w.endswith("e") and w[:1].islower() and w.lower() not in AUX and 0 < k < len(toks) - 1):
        return False
    prev = toks[k - 1].text
    return prev[:1].islower() and prev not in lx.subject_pronouns and toks[k + 1].text[:1].isupper()


@cache
def _spelling_norms() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """`spelling_norms` of resources/en/lexicon.json: British endings and their American ones
    (longest first), and the words spelt so in both."""
    norms = load("en", "lexicon").get("spelling_norms", {})
    ends = tuple(sorted(norms.get("suffixes", {}).items(), key=lambda kv: -len(kv[0])))
    return ends, frozenset(norms.get("except", ()))


def american(word: str) -> str | None:
    """The American spelling of a British word form in lower case ("apologised" → "apologized",
    "favoured" → "favored"), or None when it has none ("praised", "tour", "Louise")."""
    if len(word) < 5 or not word.islower():
        return None
    ends, keep = _spelling_norms()
    for end, us in ends:
        if word.endswith(end) and len(word) - len(end) >= 2:
            stem = word[: -len(end)]
            base = stem + ("our" if end.startswith("our") else end[:2] + "e")  # "promising" → "promise"
            if base in keep or any(len(k) >= 6 and base.endswith(k) for k in keep):
                return None
            return stem + us
    return None


def _american_norms(sdoc: Any) -> None:
    """British spellings get their American form as the word feature (NORM) the English parser
    reads: the model learned American English (UD EWT), and an unknown "apologised" left the verb
    after it without a subject. The words themselves are unchanged."""
    for tok in sdoc:
        us = american(tok.text)
        if us:
            tok.norm_ = us


def _one_sentence(sdoc: Any) -> Any:
    """The tokens of `sdoc` marked as one sentence, which the parser respects (one root)."""
    for tok in sdoc[1:]:
        tok.is_sent_start = False
    return sdoc


class SyntaxParser:
    """Adds `doc.syntax` (English and German) and `doc.entities` (German; English too with
    `english_entities`) for the sentences that can carry an attribution."""

    name: ClassVar[str] = "syntax.v1"
    requires: ClassVar[tuple[str, ...]] = ("segments", "sentences", "tokens")
    assigns: ClassVar[tuple[str, ...]] = ("syntax", "entities")
    #: the English PER/ORG/LOC model (`docs/models/ner-en-uner.md`) on the English sentences that
    #: can carry an attribution, when the package has it (it does not ship it: built by
    #: `recipes/train_syntax.py en-ner`); off by default
    english_entities: ClassVar[bool] = False

    def __call__(self, doc: Document) -> None:
        todo: dict[str, list[int]] = {"en": [], "de": []}
        colons: list[int] = []  # German body sentences parsed for `colon_clause` alone (not a headline's)
        for si, sent in enumerate(doc.sentences):
            seg = doc.segments[sent.segment]
            if seg.kind not in CLAIM_SEGMENTS or not sent.tokens:
                continue
            code = sentence_language(sent, pick(seg.language, doc.language))
            if code in todo and may_attribute(doc, sent, code):
                todo[code].append(si)
            elif code == "de" and seg.kind == "body" and colon_clause(doc, sent):
                todo[code].append(si)
                colons.append(si)
        doc.syntax = []
        doc.entities = []
        parses: dict[int, tuple[Any, str]] = {}
        if todo["en"]:
            parses.update((si, (sdoc, PARSER_EN)) for si, sdoc in self._docs(doc, todo["en"], PARSER_EN))
            if self.english_entities and has_model(NER_EN):
                self.entities(doc, todo["en"], NER_EN)
        more: list[int] = []
        if todo["de"]:
            # and, after the first of those, the sentences that may go on with someone's reported
            # speech (a Konjunktiv form): the rules ask the parse whether a form is an adjective
            # and whether the clause's finite verb is in the indicative (`attribution.continuation`,
            # which looks for continued speech in the body only, not in every one of CLAIM_SEGMENTS)
            picked = set(todo["de"])
            for si in range(todo["de"][0] + 1, len(doc.sentences)):
                sent = doc.sentences[si]
                seg = doc.segments[sent.segment]
                if si not in picked and seg.kind == "body" and sent.tokens and may_continue(sent, "de") \
                        and sentence_language(sent, pick(seg.language, doc.language)) == "de":
                    more.append(si)
            self.entities(doc, sorted(set(todo["de"]) | set(_antecedent_sentences(doc, todo["de"]))), NER_DE)
            own = lang("de").own_adjectives  # "nach eigenen Angaben": whose own, the parse's subject says
            # (and those with an according-to phrase: the clause it stands in is told by the finite verbs, contents.own_clause)
            de = sorted(set([si for si in todo["de"] if has_cue_form(doc.sentences[si], "de") or has_according_phrase(doc.sentences[si], "de")
                             or any(t.text.lower() in own for t in doc.sentences[si].tokens)] + more + colons)
                        | {si for si in subject_sentences(doc, todo["de"])
                           if sentence_language(doc.sentences[si], pick(doc.segments[doc.sentences[si].segment].language, doc.language)) == "de"})
            if de:
                parses.update((si, (sdoc, PARSER_DE)) for si, sdoc in self._docs(doc, de, PARSER_DE))
        for si in sorted(parses):  # in text order: `head` indexes the list as it grows
            sdoc, model = parses[si]
            self.add_parse(doc, si, sdoc, MODELS[model])
        doc.entities.sort(key=lambda e: e.span.start)
        forget_index(doc.entities)  # (reordered in place: a bisect index made before would be stale)

    def _docs(self, doc: Document, sents: list[int], model: str) -> Iterator[tuple[int, Any]]:
        nlp = load_model(model)
        texts = [doc.text[doc.sentences[si].span.start : doc.sentences[si].span.end] for si in sents]
        inputs: list[Any] = texts
        if "parser" in nlp.pipe_names:
            # one sentence each: the parser would otherwise cut our sentences where it guesses a
            # boundary ("Rendell, a Clinton surrogate, | said …"), leaving the cue without subject
            inputs = [_one_sentence(nlp.make_doc(t)) for t in texts]
            if model == PARSER_EN:
                for sdoc in inputs:
                    _american_norms(sdoc)
        with _one_thread():
            sdocs = list(nlp.pipe(inputs, batch_size=64))
        yield from zip(sents, sdocs)

    def parse(self, doc: Document, sents: list[int], model: str) -> None:
        """Parse the sentences `sents` (in text order) with `model` onto `doc.syntax`."""
        for si, sdoc in self._docs(doc, sents, model):
            self.add_parse(doc, si, sdoc, MODELS[model])

    @staticmethod
    def add_parse(doc: Document, si: int, sdoc: Any, rule: str) -> None:
        base = doc.sentences[si].span.start
        first = len(doc.syntax)
        index: dict[int, int] = {}
        for tok in sdoc:
            if not tok.is_space:
                index[tok.i] = first + len(index)
        for tok in sdoc:
            if tok.i not in index:
                continue
            head = index.get(tok.head.i, index[tok.i])
            doc.syntax.append(SyntaxToken(
                Span(base + tok.idx, base + tok.idx + len(tok.text)), tok.pos_ or tok.tag_ or "X",
                "root" if tok.dep_ == "ROOT" else tok.dep_, head, si, rule, str(tok.morph)))
        SyntaxParser._add_entities(doc, base, sdoc, rule)

    def entities(self, doc: Document, sents: list[int], model: str) -> None:
        rule = MODELS[model]
        for si, sdoc in self._docs(doc, sents, model):
            self._add_entities(doc, doc.sentences[si].span.start, sdoc, rule)

    @staticmethod
    def _add_entities(doc: Document, base: int, sdoc: Any, rule: str) -> None:
        for ent in sdoc.ents:
            if ent.label_ in _LABELS:
                doc.entities.append(Entity(
                    Span(base + ent.start_char, base + ent.end_char), cast(EntityLabel, ent.label_), rule))


# ---- queries used by other steps ------------------------------------------------------------

def words_in(doc: Document, span: Span) -> list[int]:
    """Indices into `doc.syntax` of the parsed words inside `span` (empty when not parsed)."""
    starts = _starts(doc)
    i = bisect_left(starts, span.start)
    out = []
    while i < len(doc.syntax) and doc.syntax[i].span.start < span.end:
        if doc.syntax[i].span.end <= span.end:
            out.append(i)
        i += 1
    return out


#: the start offsets of the last document's parsed words, with the list they were made from (kept,
#: so that its id is not reused) and its length: the queries ask many times per sentence, and
#: rebuilding the offsets each time made them quadratic in the length of the text
_STARTS: list[tuple[list[SyntaxToken], int, list[int]]] = []


def _starts(doc: Document) -> list[int]:
    words = doc.syntax
    if _STARTS and _STARTS[0][0] is words and _STARTS[0][1] == len(words):
        return _STARTS[0][2]
    starts = [t.span.start for t in words]
    _STARTS[:] = [(words, len(words), starts)]
    return starts


def children(doc: Document, i: int) -> list[int]:
    """Dependents of word `i`, in text order."""
    s = doc.syntax[i].sentence
    lo = hi = i
    while lo > 0 and doc.syntax[lo - 1].sentence == s:
        lo -= 1
    while hi + 1 < len(doc.syntax) and doc.syntax[hi + 1].sentence == s:
        hi += 1
    return [j for j in range(lo, hi + 1) if j != i and doc.syntax[j].head == i]


def subtree(doc: Document, i: int, stop: frozenset[str] = frozenset()) -> list[int]:
    """Word `i` and everything below it, leaving out dependents whose relation is in `stop`."""
    out = [i]
    for c in children(doc, i):
        if doc.syntax[c].dep.split(":")[0] not in stop:
            out.extend(subtree(doc, c, stop))
    return sorted(out)


#: relations that end a source's noun phrase: relative and adverbial clauses, appositions,
#: parentheticals, adverbs and discourse words a weak parse may hang on it, punctuation
#: (coordinated speakers stay together: "Ann and Bob said")
NP_STOP = frozenset({"acl", "advcl", "appos", "parataxis", "punct", "dep", "list", "advmod",
                      "discourse", "vocative", "mark", "aux", "cop", "dislocated", "reparandum", "orphan"})


#: relative pronouns that can be a clause's subject (German: "die Behörde, die mitteilte")
_RELATIVE = REL_PRONOUNS | {"that"}
#: the relation of a relative clause to its noun (EWT: `acl:relcl`; GSD, and our German model: `acl`)
_RELCL = frozenset({"acl:relcl", "acl"})


def subject_of(doc: Document, cue: Span) -> Span | None:
    """The syntactic subject of the cue verb: its `nsubj` (or the `obl:agent` of a passive),
    taken from the verb itself or, for a cue under a control verb ("declined to say", "wollte
    nichts sagen"), in a coordination ("stood up and said", "trat vor und sagte") or an English
    participle clause ("…, saying"), from the verb it depends on; a relative pronoun stands for
    the noun its clause belongs to ("the ministry, which said", "die Behörde, die mitteilte"). The
    German parse's subject of "sagte X der Nachrichtenagentur AFP" is X, never the dative. The span covers
    the subject's noun phrase without relative clauses and appositions. None when the cue was
    not parsed or has no subject — never an addressee (`iobj`, `obj`) nor an adverbial
    (`advmod`, `obl`)."""
    if not doc.syntax:
        return None
    words = words_in(doc, cue)
    if not words:
        return None
    verb = words[-1] if len(words) > 1 and doc.syntax[words[0]].pos == "AUX" else words[0]
    for _ in range(3):  # climb xcomp/conj chains a little: "declined to comment", "said and added"
        passive = any(doc.syntax[c].dep in ("aux:pass", "nsubj:pass") for c in children(doc, verb))
        # a weak parse may give two subjects ("In one tweet Friday, Trump said"): the nearest
        for c in sorted(children(doc, verb), key=lambda c: abs(c - verb)):
            dep = doc.syntax[c].dep
            if doc.syntax[c].rule == MODELS[PARSER_DE] and doc.syntax[c].pos not in _NOMINAL:
                continue
            if dep in SUBJECT_DEPS or (passive and dep in AGENT_DEPS):
                if dep in SUBJECT_DEPS and doc.syntax[c].rule != MODELS[PARSER_DE] and c < verb and "," in doc.text[
                        doc.syntax[c].span.end : doc.syntax[verb].span.start] and any(
                        doc.syntax[g].dep == "case" and g < c for g in children(doc, c)):
                    return None  # "For his part, Lee said": a weak parse's subject behind a preposition and a comma is an adverbial
                if doc.text[doc.syntax[c].span.start : doc.syntax[c].span.end].lower() in _RELATIVE:
                    # "the ministry, which said": the relative clause's antecedent speaks
                    if doc.syntax[verb].dep not in _RELCL or doc.syntax[verb].head == verb:
                        return None
                    c = doc.syntax[verb].head
                    place = entity_at(doc, doc.syntax[c].span)
                    where = any(doc.syntax[g].dep == "case" and doc.text[doc.syntax[g].span.start : doc.syntax[g].span.end].lower() in ("from", "in")
                                for g in children(doc, c))
                    if ((place is not None and place.label == "LOC") or (where and doc.syntax[c].pos == "PROPN")) \
                            and doc.syntax[c].dep.startswith("nmod") and doc.syntax[doc.syntax[c].head].pos == "NOUN":
                        c = doc.syntax[c].head  # "a lawyer from Ohio who said": the person, not the place the parse hung it on
                ws = subtree(doc, c, NP_STOP)
                # "by X", "as one of …": the preposition is no part of the source
                ws = [w for w in ws if not (doc.syntax[w].head == c and doc.syntax[w].dep in ("case", "mark"))]
                if not ws:
                    return None
                lo, hi = ws[0], ws[-1]
                # a name the parse broke up ("Mr." + "Obama"): adjacent proper nouns belong to it
                while lo > 0 and doc.syntax[lo - 1].sentence == doc.syntax[lo].sentence \
                        and doc.syntax[lo - 1].pos == "PROPN" and doc.syntax[lo].pos == "PROPN":
                    lo -= 1
                while hi + 1 < verb and doc.syntax[hi + 1].pos == "PROPN" and doc.syntax[hi].pos == "PROPN":
                    hi += 1
                return Span(doc.syntax[lo].span.start, doc.syntax[hi].span.end)
        tok = doc.syntax[verb]
        participle = tok.rule != MODELS[PARSER_DE] and doc.text[tok.span.start : tok.span.end].lower().endswith("ing")
        if (tok.dep in ("xcomp", "conj") or (tok.dep == "advcl" and participle)) and tok.head != verb:
            if tok.dep == "conj" and _misread_predicate(doc, tok.head, verb):
                ws = subtree(doc, tok.head, NP_STOP | {"conj", "cc"})
                return Span(doc.syntax[ws[0]].span.start, doc.syntax[ws[-1]].span.end)
            verb = tok.head
            if (tok.dep == "advcl" or (tok.dep == "conj" and tok.rule != MODELS[PARSER_DE])) \
                    and doc.syntax[verb].dep == "ccomp" and doc.syntax[verb].head != verb:
                # "X said the bridge was safe, adding …", "X forecast that prices would fall and
                # praised …": a weak parse hangs the participle or the speaker's second verb (English)
                # on the reported clause; its subject is the speaker's, not the clause's
                verb = doc.syntax[verb].head
            elif tok.dep == "conj" and tok.rule != MODELS[PARSER_DE] and _that_clause_on_noun(doc, verb):
                # "X said in an interview with CNN that the plan was good and added …": the parse
                # hangs the reported clause on the interview noun; the speaker's second verb is the cue's
                noun = doc.syntax[verb].head
                while doc.syntax[noun].pos in _NOMINAL and doc.syntax[noun].dep.split(":")[0] in ("obl", "nmod") and doc.syntax[noun].head != noun:
                    noun = doc.syntax[noun].head
                if doc.syntax[noun].pos == "VERB":
                    verb = noun
            continue
        break
    return None


def _that_clause_on_noun(doc: Document, head: int) -> bool:
    """Word `head` heads a clause opened by "that" as a mark (no relative pronoun) that the parse
    hung on a noun as a relative clause (English)."""
    syn = doc.syntax
    return syn[head].dep in ("acl:relcl", "acl") and syn[head].head != head and syn[syn[head].head].pos in _NOMINAL \
        and any(syn[g].dep == "mark" and doc.text[syn[g].span.start : syn[g].span.end].lower() == "that" for g in children(doc, head))


def _misread_predicate(doc: Document, noun: int, cue: int) -> bool:
    """The English parse made the subject noun the root and the verb after it a participle on it
    ("The prime minister apologized for the delay and said …": `minister` root, `apologized`
    acl, `said` conj of `minister`): the cue's first conjunct is the sentence's predicate, the
    noun phrase its subject."""
    syn = doc.syntax
    if syn[noun].rule != MODELS[PARSER_EN] or syn[noun].dep != "root" or syn[noun].pos not in ("NOUN", "PROPN"):
        return False
    return any(syn[g].dep == "acl" and syn[g].pos == "VERB" and g == noun + 1 and noun < g < cue
               and doc.text[syn[g].span.start : syn[g].span.end].endswith("ed") for g in children(doc, noun))


def root_verb(doc: Document, span: Span) -> Span | None:
    """The root word of the parse of the sentence at `span` (its main verb); None when not parsed."""
    return next((doc.syntax[w].span for w in words_in(doc, span) if doc.syntax[w].dep == "root"), None)


def relation_at(doc: Document, span: Span) -> str | None:
    """The relation of the phrase at `span` in the parse: that of its word whose head lies
    outside it (its first such word); None when the span was not parsed."""
    words = words_in(doc, span)
    inside = set(words)
    for w in words:
        if doc.syntax[w].head not in inside or doc.syntax[w].head == w:
            return doc.syntax[w].dep
    return None


def entities_overlapping(doc: Document, span: Span) -> list[Entity]:
    """The entities that overlap `span`, in the order of `doc.entities`, by a bisect
    (`textutil.items_overlapping`; the syntax step sorts them by start)."""
    return items_overlapping(doc.entities, span)


def entity_at(doc: Document, span: Span) -> Entity | None:
    """The entity that covers most of `span` (and lies inside it or contains it), if any; the
    first of those in text order on a tie."""
    best: Entity | None = None
    best_len = 0
    if not in_text_order(doc.entities):  # (the list out of text order: the scan that stops at the first entity after the span)
        ents = []
        for e in doc.entities:
            if e.span.start >= span.end:
                break
            if e.span.overlaps(span):
                ents.append(e)
    else:
        ents = entities_overlapping(doc, span)
    for e in ents:
        if span.contains(e.span) or e.span.contains(span):
            n = min(e.span.end, span.end) - max(e.span.start, span.start)
            if n > best_len:
                best, best_len = e, n
    return best


def _name_shaped(text: str) -> bool:
    """Two to four words, each capitalised or an initial ("Ann B. Lee"): a person's name, not a
    single word the model may take for one ("Russians", "Deadline")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def english_person_in(doc: Document, span: Span) -> Span | None:
    """The one person (PER) the English entity model (`SyntaxParser.english_entities`) finds
    inside `span`, when it finds one and no other entity there, and it is name-shaped (two to four
    capitalised words), no possessive ("Ann Lee’s office" is the office) and no part of a longer
    capitalised run: the name a source mention of no known type means ("Donald Trump for the last
    year", "a look at Ann Lee"); None otherwise (or when the model did not run)."""
    rule = MODELS[NER_EN]
    ents = [e for e in entities_overlapping(doc, span) if e.rule == rule]
    if len(ents) != 1 or ents[0].label != "PER" or not span.contains(ents[0].span):
        return None
    sp = ents[0].span
    text = doc.text[sp.start : sp.end]
    after = doc.text[sp.end : span.end]
    before = doc.text[span.start : sp.start].split()
    if not _name_shaped(text) or after.startswith(("'", "’")) or text.endswith(("'s", "’s")) \
            or (before and before[-1][:1].isupper()):
        return None
    return sp


def subject_finder(doc: Document) -> Callable[[Sentence, int], tuple[int, int] | None] | None:
    """For the attribution rules: the subject of the cue verb at token `i` of a sentence as a
    range of that sentence's tokens (end exclusive), from the parse; None when the document has
    no parse (the step did not run). The finder itself answers None when the cue's
    sentence was not parsed, the verb has no subject, or the subject is inside a quotation or
    across a quotation mark from the cue. The parser's words may split the rules'
    tokens more finely ("Trump's"): the range covers every token the subject touches."""
    if not doc.syntax:
        return None

    def find(sent: Sentence, i: int) -> tuple[int, int] | None:
        sub = subject_of(doc, sent.tokens[i].span)
        if sub is None:
            return None
        toks = sent.tokens
        s = next((k for k, t in enumerate(toks) if t.span.end > sub.start), None)
        e = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].span.start < sub.end), None)
        if s is None or e is None or e < s or s <= i <= e:
            return None
        between = doc.text[toks[e].span.end : toks[i].span.start] if e < i else doc.text[toks[i].span.end : toks[s].span.start]
        inside = doc.text[sent.span.start : toks[s].span.start]
        between, inside = between.replace("''", '"'), inside.replace("''", '"')  # two apostrophes: one mark
        if any(c in _DOUBLE_QUOTES for c in between) or sum(c in _DOUBLE_QUOTES for c in inside) % 2:
            return None  # a subject inside the quotation is the quoted clause's, not the cue's
        return s, e + 1

    return find


# ---- source types from the entities ---------------------------------------------------------

def type_by_entities(doc: Document) -> None:
    """Sources the rules could not type (`unnamed`) become persons when the NER model calls
    the name in most of their mentions a person (PER). The English model
    (`SyntaxParser.english_entities`) is heard only where its entity is the whole mention (an
    article before it aside) and name-shaped (`_name_shaped`): "Ann Lee", not "Russians". The
    rule id says which model decided. (The other way, a person by name shape alone that the
    English model calls ORG, typed more persons wrongly than organisations rightly on attrdev.)"""
    if not doc.entities:
        return
    from .sources.mentions import thing_name

    english = MODELS[NER_EN]
    for src in doc.sources:
        if src.type != "unnamed" or not src.mentions:
            continue
        if doc.language == "de" and thing_name(src.name.split()):
            continue  # ("Sozialpaket IV", "IG Nordmetall": a law's, a union's name, whatever the model calls it)
        labels: list[str | None] = []
        by_english = False
        for m in src.mentions:
            e = entity_at(doc, m)
            if e is not None and e.rule == english:
                by_english = True
                name = doc.text[e.span.start : e.span.end]
                whole = re.sub(r"^(?:[Tt]he)\s+", "", doc.text[m.start : m.end].strip())
                if name != whole or not _name_shaped(name):
                    e = None
            labels.append(e.label if e is not None else None)
        if labels.count("PER") * 2 > len(labels):
            src.type = "person"
            src.rule += f"+{english}.person" if by_english else "+ner.person"
