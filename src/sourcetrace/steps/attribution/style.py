"""What the seed gold's style leaves out that PolNeAR's conventions count (English): a question
('“Is the bridge safe?” the senator asked', 'asked whether …'), what was asked of someone ('asked
the mayor about the delay', 'asked them to leave'), and a speech act whose object is no clause
('condemned the attack', 'praised the council'): they ask, request or judge, they claim nothing
(`shared/eval/FORMAT.md`, the seed gold; benchmarks/attrdev/README.md writes the same rules down),
and a relative clause after a participle ('a witness testifying who listened in on the call').
"""

from __future__ import annotations

import re
from functools import cache

from ...document import Span
from ...resources import load
from ..candidates import Cand
from ..lexicon import AUX, PREPOSITIONS_EN, REL_PRONOUNS, SUBORDINATORS, Lang, person_noun
from ..syntax import entity_at, words_in
from .context import QUOTE_CHARS, Context, strip_span
from .english import _parsed_finite

#: a sentence end inside a quotation ("We will see. Why not?")
_SENTENCE_END = re.compile(r"[.!?]\s")


def claims_nothing(ctx: Context, c: Cand, lx: Lang, why: list[str] | None = None) -> bool:
    """The candidate asks, requests or judges without a claim (see the module docstring). `why` gets
    the rule id of the session-35 filters that leave no item to carry it (`attr.filter.en.inline_fragment`,
    `.quoted_inner`, `.noun_object`): the caller records it in `Document.set_aside`."""
    if c.mode in ("direct", "indirect") and supposed(ctx, c, lx):
        return True
    if c.mode == "direct" and inline_fragment(ctx, c, lx):
        _because(why, "attr.filter.en.inline_fragment")
        return True  # "the term often used is “bird lung”": a quoted phrase of the author's sentence, nobody's claim
    if c.mode == "direct":
        return quoted_question(ctx, c)
    if c.mode == "indirect" and c.cue is not None and _about_what(ctx, c):
        return True  # "talking about how they can save water": what the talk is about, no claim
    if c.mode == "indirect" and c.cue is not None and _pronoun_object(ctx, c, lx):
        return True  # "says everything his parents taught him not to say" (also inside a quotation): the cue's object, no clause
    if c.mode in ("direct", "indirect") and generic_speaker(ctx, c, lx):
        return True  # "any candidate should say that …", "nobody told them that …": no one's claim
    if c.mode == "indirect" and c.cue is not None and ctx.text[c.content[0].start : c.content[0].end].split(maxsplit=1)[:1] == ["and"]:
        return True  # "a topic most people seldom talk about, and usually hide" (also inside a quotation): the next verb's, no clause
    if c.mode in ("direct", "indirect") and self_or_evidence_quoted(ctx, c, lx):
        _because(why, "attr.filter.en.quoted_inner")
        return True  # '“As I’ve said, …”', '“The data shows that …,” she said': no second claim inside the quotation
    if c.mode == "indirect" and c.cue is not None and noun_object(ctx, c, lx):
        _because(why, "attr.filter.en.noun_object")
        return True  # "touting the successes of the plan", "maintained a presence": a thing done, nothing said
    if c.mode != "indirect" or c.cue is None or ctx.is_quote(c.content[0]):
        return False
    if judged_object(ctx, c, lx):
        return True  # "found it offensive": a judgement of something, no clause of what was said
    cue = ctx.text[c.cue.start : c.cue.end].lower().split()
    if any(f.lemma in lx.question_verbs for w in cue for f in lx.forms.get(w, [])):
        return True  # "asked whether …", "asked the mayor about …", "asked them to …"
    if shows_without_speaker(ctx, c, lx) or share_counted(ctx, c, lx):
        return True
    words = ctx.text[c.content[0].start : c.content[0].end].split(maxsplit=2)
    lead = [w.lower() for w in words[:2]]
    before = ctx.text[max(0, c.cue.start - 12) : c.cue.start].split()
    if (lead[:1] == ["to"] or lead[:2] in (["not", "to"], ["never", "to"])) and not (before and before[-1].lower() in lx.passive_auxiliaries):
        return True  # "vowed not to repeat the mistake", "promised to cut taxes": a commitment, no claim (not "is said to")
    if lead[:1] and lead[0] in lx.coordination and lead[0] != "both" and c.content[0].start >= c.cue.end:
        # "the guards found and freed the boy": the cue shares its object with the next verb, nothing was
        # said (only after the cue: "And prices rose in May, the bank said." opens with the author's "And")
        return True
    if opens_with_preposition(ctx, c) or topic_object(ctx, c):
        return True  # "joked with the voters", "spoke about the budget": no clause of what was said
    first = words[:1]
    if first and first[0].lower() in REL_PRONOUNS and cue[-1].endswith("ing"):
        return True  # "the third witness testifying who listened in on the call": a relative clause, no report
    if cue[-1] in lx.addressee_clause_verbs and _told_question(ctx, c, lx):
        return True  # "told the manager what she had seen": whom, then what was told, named, no claim
    if object_first(ctx, c, lx):
        return True  # "claimed victory as the count ended", "blamed the media for …": the cue's object, no clause
    if _open_question(ctx, c, cue, lx):
        return True  # "Critics are questioning whether the ban goes too far": an open question, no claim
    return _no_clause(ctx, c, lx)


def object_first(ctx: Context, c: Cand, lx: Lang) -> bool:
    """What the cue reports opens with the noun phrase the parse makes the cue verb's direct object,
    and no clause hangs on the cue verb inside it ("claimed victory as the House concluded …",
    "blamed the media for the flap", "criticized the firm and the effect it can have …"): what
    the speech act is about or aims at, no clause of what was said, even with a verb further on.
    Not after a verb of saying (`clause_verbs`), whose clause's subject the parse often takes for
    an object ("said officers searched the area")."""
    assert c.cue is not None
    syn = ctx.doc.syntax
    words = words_in(ctx.doc, Span(c.content[0].start, c.content[0].end))
    verbs = [w for w in words_in(ctx.doc, c.cue) if syn[w].pos == "VERB"]
    if not words or not verbs:
        return False
    verb = verbs[-1]
    inside = set(words)
    top = words[0]
    while syn[top].head in inside and syn[top].head != top:
        top = syn[top].head
    if syn[top].head != verb or syn[top].dep != "obj" or syn[top].pos not in ("NOUN", "PROPN", "PRON", "DET"):
        return False
    if _low(ctx, words[0]) in lx.complementizers or any(syn[d].head == verb and syn[d].dep in ("ccomp", "parataxis") for d in words):
        return False  # a clause of the cue's besides ("told them the plan had failed")
    for d in words:
        kids = [g for g in words if syn[g].head == d and g != d]
        finite = any(syn[g].dep.startswith(("nsubj", "csubj", "expl")) or (
            syn[g].dep.split(":")[0] in ("aux", "cop") and _low(ctx, g) not in lx.nonfinite_markers) for g in kids)
        if finite and not syn[d].dep.startswith("acl") and not any(syn[g].dep == "mark" for g in kids) \
                and not _joined_clause(ctx, words, d, verb, top):
            return False  # a finite predicate with no subordinator: the parse misread a clause's subject as the object
            # (not a clause joined to the cue's own: "added 25 points, and Lee had 15")
    if not any(f.lemma in lx.clause_verbs for f in lx.forms.get(ctx.text[syn[verb].span.start : syn[verb].span.end].lower(), [])):
        return True
    past: list[str] = []
    if _object_then_adjunct(ctx, words, top, verb, lx, past):
        return True
    if past and PARENTHETICAL_RULE not in c.rule:
        c.rule += PARENTHETICAL_RULE  # "said the company, in short, had no money": the subject's clause, past the adverbial
    return False


#: the rule mark of a clause after a verb of saying whose subject and finite verb stand apart by an
#: adverbial between commas (`finite_after_subject`: "said the company, in short, had no money")
PARENTHETICAL_RULE = "+subject_parenthetical"


def _joined_clause(ctx: Context, words: list[int], d: int, verb: int, top: int) -> bool:
    """The word heads a clause joined to the cue's own after the object, behind a comma and a
    conjunction ("added 25 points, and Lee had 15"; not "said he and his father drove …", where the
    parse may join a clause's verb to the cue's)."""
    syn = ctx.doc.syntax
    if not (syn[d].dep == "conj" and syn[d].head == verb and d > top):
        return False
    kids = [g for g in words if syn[g].head == d and g < d]
    return any(_low(ctx, g) == "," for g in kids) and any(syn[g].pos == "CCONJ" for g in kids)


def _object_then_adjunct(ctx: Context, words: list[int], top: int, verb: int, lx: Lang, past: list[str] | None = None) -> bool:
    """After a verb of saying (`clause_verbs`), whose clause's subject the parse often takes for an
    object ("said officers searched …"), the object is one only when its phrase opens the content
    and what follows it is no verb: the end, a comma, a preposition or a subordinator that opens
    an adverbial of the cue's ("claimed victory as the count ended", "claimed responsibility for
    the attack", "added 25 points in his old arena, and …", "maintains a wide lead in the
    polls"); and no word after a noun can only be a finite verb (`finite_after_subject`) before a
    clause joined to the cue's own."""
    syn = ctx.doc.syntax
    inside = set(words)

    def under(d: int, top: int) -> bool:  # d's heads lead up to top inside the content
        h = d
        while h in inside and h != top and syn[h].head != h:
            h = syn[h].head
        return h == top

    phrase = {d for d in words if under(d, top)}
    if min(phrase) != words[0] or any(syn[w].pos in ("VERB", "AUX") for w in phrase):
        return False  # (not "said rebels hiding in the hills shelled …": a verb inside is a clause's)
    end = max(phrase)
    if any(w > top and _low(ctx, w).endswith("ed") and not _low(ctx, w).endswith("eed") and _low(ctx, w).isalpha() for w in phrase):
        return False  # "said the approach to the region remained …": a past form the parse took for a noun
    if any(w not in phrase for w in words if w <= end):
        return False  # the phrase is not one stretch of words
    after = [w for w in words if w > end and syn[w].pos != "ADV"]
    if after and (syn[after[0]].pos not in ("ADP", "SCONJ", "PUNCT") or _low(ctx, after[0]) in lx.complementizers):
        return False  # "said officers quickly searched …": a verb after the noun is its clause's
    joined = [d for d in words if syn[d].head == verb and syn[d].dep == "conj" and d > end]
    cut = min((w for j in joined for w in words if under(w, j)), default=None)
    own = [w for w in words if cut is None or w < cut]
    if any(syn[w].pos in ("VERB", "AUX") and syn[w].dep.split(":")[0] in ("obl", "obj", "nmod", "appos", "compound", "nsubj")
           for w in own):
        return False  # "said the approach to the region remained …": a verb the parse hung on as a noun
    return not finite_after_subject(ctx, own, lx, past)


def generic_speaker(ctx: Context, c: Cand, lx: Lang) -> bool:
    """The cue's subject opens with a word of `generic_speakers` ("any candidate", "anyone",
    "nobody", "no one"): a speech act supposed or denied of no one in particular, no claim."""
    src = c.source
    if src is None or c.cue is None or src.end > c.cue.start:
        return False
    words = ctx.text[src.start : src.end].lower().split()
    if not words or not (words[0] in lx.generic_speakers or " ".join(words[:2]) in lx.generic_speakers):
        return False
    between = [t for t in ctx.doc.sentences[c.sent].tokens if src.end <= t.span.start and t.span.end <= c.cue.start]
    # (not "Nobody moved until the union leader said …": the cue has a subject of its own after the word)
    return not any(t.text.lower() in SUBORDINATORS or t.text in (",", ";", ":") or ctx.pos_at(t.span) in ("NOUN", "PROPN", "PRON")
                   for t in between)


def judged_object(ctx: Context, c: Cand, lx: Lang) -> bool:
    """What the cue reports opens with an object pronoun (`judged_objects`) and an adjective the
    parse reads as such ("found it offensive", "called them reckless"): a judgement of a thing
    named before, no clause of what was said."""
    words = words_in(ctx.doc, Span(c.content[0].start, c.content[0].end))
    if len(words) < 2:
        return False
    syn = ctx.doc.syntax
    first = ctx.text[syn[words[0]].span.start : syn[words[0]].span.end].lower()
    if first not in lx.judged_objects or syn[words[0]].pos != "PRON" or "Poss=Yes" in syn[words[0]].feats \
            or syn[words[1]].pos != "ADJ" or syn[words[1]].dep == "amod" or "Degree=Sup" in syn[words[1]].feats:
        return False  # (not "her aggressive tone", "said it best when …")
    return len(words) == 2 or syn[words[2]].pos in ("PUNCT", "CCONJ")  # "found it offensive, …", "… offensive and …"


#: the words that open an indirect question after an addressee ("told the manager what …")
_TOLD_QUESTION = frozenset(load("en", "cues").get("told_question_words", []))


#: indefinite pronouns that are a cue's object unless a verb follows them
_PRONOUN_OBJECTS = frozenset(load("en", "lexicon").get("pronoun_objects", []))


def _pronoun_object(ctx: Context, c: Cand, lx: Lang) -> bool:
    """The content opens with an indefinite pronoun (`pronoun_objects`) whose next word is no
    verb: "everything my parents taught me" is the cue's object, not a clause ("everything was
    fine" is one)."""
    words = [w.lower().strip(",.;:") for w in ctx.text[c.content[0].start : c.content[0].end].split()[:3]]
    if len(words) < 2 or words[0] not in _PRONOUN_OBJECTS:
        return False
    nxt = words[1]
    return not (nxt in AUX or nxt in lx.modals or nxt in lx.base_auxiliaries or nxt in _EN_AUXILIARIES or nxt.endswith("ed")
                or (nxt.endswith("s") and len(nxt) > 3 and nxt not in lx.determiners))


def _told_question(ctx: Context, c: Cand, lx: Lang) -> bool:
    """The content is an addressee and an indirect question ("the clerk on duty what he saw"):
    a question word among its first eight words with no verb and no comma before it."""
    words = ctx.text[c.content[0].start : c.content[0].end].split()
    for k, w in enumerate(words[:8]):
        low = w.lower().strip(",;:")
        if low in _TOLD_QUESTION:
            return k > 0
        if w.endswith((",", ";", ":")) or low in AUX or low in lx.forms or low in lx.complementizers:
            return False
    return False


def _about_what(ctx: Context, c: Cand) -> bool:
    """The cue ends in a preposition ("talking about", "spoke of") and what follows opens with a
    question word: a topic, no claim."""
    assert c.cue is not None
    cue = ctx.text[c.cue.start : c.cue.end].lower().split()
    lead = ctx.text[c.content[0].start : c.content[0].end].split(maxsplit=1)[:1]
    return bool(cue) and cue[-1] in PREPOSITIONS_EN and bool(lead) and lead[0].lower() in ("how", "why", "what", "where", "when", "whether")


def supposed(ctx: Context, c: Cand, lx: Lang) -> bool:
    """The cue, in the present tense, stands in a clause opened by a subordinator of a supposition
    (`hypothetical_openers`: "… but not until the minister admits that …", "if she says that …"):
    the speech act is only supposed, nothing has been said. A past speech act stays ("until he
    said that …")."""
    if c.cue is None or not 0 <= c.sent < len(ctx.doc.sentences):
        return False
    word = ctx.text[c.cue.start : c.cue.end].lower().split()[-1]
    if not any(f.lemma == word or (word.endswith("s") and not word.endswith("ss")) for f in lx.forms.get(word, [])):
        return False  # a past form ("said", "admitted") or a participle reports what was said
    toks = [t for t in ctx.doc.sentences[c.sent].tokens if t.span.end <= c.cue.start]
    for t in reversed(toks[-6:]):
        if t.text in (",", ";", ":"):
            return False
        if t.text.lower() in lx.hypothetical_openers:
            return True
    return False


def shows_without_speaker(ctx: Context, c: Cand, lx: Lang) -> bool:
    """An evidential verb (`evidential_verbs`: "show", "indicate") whose subject is neither a
    speaker nor a text: "It showed that …" about an agreement, "Her attack on the senator
    indicates that …", "Blood tests revealed that …" (`evidence_things`) — what it shows is the
    author's conclusion, no one's claim. A name, a person, a body or a text ("The study shows",
    "Researchers found", "The ministry indicated") stays; so does "it" or "this" after a sentence
    that names a text."""
    if c.cue is None or not any(f.lemma in lx.evidential_verbs for f in lx.forms.get(ctx.text[c.cue.start : c.cue.end].lower().split()[-1], [])):
        return False
    src = c.refers_to or c.source
    if src is None or (c.source is not None and ctx.text[c.source.start : c.source.end].lower() in ("who", "whom")):
        return False  # "Republicans who suggest …": a person
    words = re.findall(r"[\w'’.-]+", ctx.text[src.start : src.end])
    if len(words) == 1 and (words[0].lower() in lx.neuter_pronouns or words[0].lower() in lx.demonstratives):
        return not _names_a_text(ctx, c.sent, lx)
    head = _head_word(ctx, src)
    if head is None or head in lx.subject_pronouns or head.lower() in REL_PRONOUNS:
        return False  # "he suggested", "they suggest", "who indicated": a person
    if head.lower() in lx.evidence_things:
        return True  # "Blood tests revealed …", "Images of the site indicate …": seen or measured, no one's word
    if head[:1].isupper() or entity_at(ctx.doc, _word_span(ctx, src, head)) is not None:
        return False  # a name
    return not person_noun(head, lx)


def _names_a_text(ctx: Context, si: int, lx: Lang) -> bool:
    """The sentence before sentence `si`, or its words before the cue, name a text or a finding
    ("The report was published on Monday. It showed that …")."""
    heads = lx.document_heads | lx.evidence_heads
    spans = [ctx.doc.sentences[k].span for k in (si - 1, si) if 0 <= k < len(ctx.doc.sentences)]
    return any(w.lower() in heads for sp in spans for w in re.findall(r"[\w-]+", ctx.text[sp.start : sp.end]))


def _head_word(ctx: Context, src: Span) -> str | None:
    """The word of the noun phrase `src` that the others hang on in the parse ("attack" in "her
    attack on the senator"); without a parse, its last word before a preposition or a comma."""
    syn = ctx.doc.syntax
    words = words_in(ctx.doc, src)
    inside = set(words)
    tops = [w for w in words if (syn[w].head not in inside or syn[w].head == w) and syn[w].pos in ("NOUN", "PROPN", "PRON", "NUM")]
    if not tops:  # the parse hangs the phrase on a word that heads none ("the candidate Ann Lee boldly"): its last noun before a preposition
        adp = next((w for w in words if syn[w].pos == "ADP"), None)
        tops = [w for w in words if (adp is None or w < adp) and syn[w].pos in ("NOUN", "PROPN", "PRON")][-1:]
    if tops:
        sp = syn[tops[0]].span
        return ctx.text[sp.start : sp.end]
    raw = re.split(r",|\s(?:" + "|".join(sorted(PREPOSITIONS_EN)) + r")\s", ctx.text[src.start : src.end])[0].split()
    return raw[-1] if raw else None


def _word_span(ctx: Context, src: Span, word: str) -> Span:
    at = ctx.text.find(word, src.start, src.end)
    return Span(at, at + len(word)) if at >= 0 else src


def share_counted(ctx: Context, c: Cand, lx: Lang) -> bool:
    """A share of respondents with a verb other than one of saying (`share_verbs`): "Less than a
    third agreed with the mayor that …" counts the answers of a poll; "59 percent said …" is
    their claim, and so is that of a quantifier alone ("Some argue that …")."""
    src = c.source
    if src is None or c.cue is None or not lx.share_verbs:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*|\d[\d.,]*%?|%", ctx.text[src.start : src.end])
    if not words or not all(w[:1].isdigit() or w.lower() in lx.share_words for w in words):
        return False
    if all(w.lower() in lx.pronoun_quantifiers for w in words):
        return False  # "Some argue that …", "Many note …": people, no share of a poll's answers
    forms = lx.forms.get(ctx.text[c.cue.start : c.cue.end].lower().split()[-1], [])
    return bool(forms) and not any(f.lemma in lx.share_verbs for f in forms)


def opens_with_preposition(ctx: Context, c: Cand) -> bool:
    """What the cue reports opens with an English preposition ("joked with the voters, …", "spoke
    about the budget"): an adverbial of the speech act, no clause of what was said."""
    first = ctx.text[c.content[0].start : c.content[0].end].split(maxsplit=1)
    return bool(first) and first[0] in PREPOSITIONS_EN and first[0] not in ("that", "to") and not _bound_of_a_number(ctx, c)


@cache
def _topic_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    d = load(code, "cues")
    return frozenset(d.get("topic_particles", [])), frozenset(d.get("topic_clause_openers", []))


def topic_object(ctx: Context, c: Cand) -> bool:
    """English: the cue ends in a particle that names a topic ("talked about", "spoke of", "commented
    on": `topic_particles` of cues.json) and what follows is a noun phrase, what the speech was about
    ("talked about the budget", "spoke about 40 minutes"): no clause of what was said. Not when a
    clause opens there: a word of `topic_clause_openers` ("talked about how the plan failed") or a
    verb that may be finite (an auxiliary, a verb neither in -ing nor after "to", as the parse gives
    no mood) before the clause ends at a comma, a subordinator or a conjunction."""
    if c.cue is None or not c.content:
        return False
    particles, openers = _topic_words("en")
    cue = ctx.text[c.cue.start : c.cue.end].lower().split()
    ws = words_in(ctx.doc, c.content[0])
    if len(cue) < 2 or cue[-1] not in particles or not ws:
        return False
    syn = ctx.doc.syntax
    words = [ctx.text[syn[w].span.start : syn[w].span.end] for w in ws]
    if not words[0][:1].isalnum() or words[0].lower() in openers:
        return False
    for k, (w, word) in enumerate(zip(ws, words, strict=True)):
        low = word.lower()
        if low == ":" and k + 1 < len(ws):
            q = ctx.quote_opening_at(syn[ws[k + 1]].span.start, lambda q: q.closed)
            if q is not None and q.outer.end >= c.content[0].end - 1:
                # "commented on the vote: “It was a dark day.”": the quotation after the topic and the
                # colon is what was said (review rev26a); the topic stays out of the content
                c.content = [strip_span(ctx.text, q.inner)]
                c.mode = "direct"
                c.rule = c.rule.replace("attr.indirect.", "attr.direct.", 1) + "+topic_colon_quote"
                return False
        if low in (",", ";", ":", "—", "–") or low in SUBORDINATORS or low in openers or low in ("and", "but", "or"):
            break
        if syn[w].pos == "AUX" or (syn[w].pos == "VERB" and not low.endswith("ing") and (k == 0 or words[k - 1].lower() != "to")):
            return False
    return True


def _bound_of_a_number(ctx: Context, c: Cand) -> bool:
    """English: the content opens with the bound of a number (`bounds` of resources/en/time.json:
    "at least", "about", "over", "up to") and a number after it ("reported at least 500 people
    entered …"): the subject of the reported clause, no adverbial of the speech act."""
    words = ctx.text[c.content[0].start : c.content[0].end].lower().split(maxsplit=4)
    t = load("en", "time")
    numbers = t.get("numbers", {})
    for b in t.get("bounds", {}):
        bw = b.split()
        if words[: len(bw)] == bw and len(words) > len(bw):
            nxt = words[len(bw)].strip(",.")
            if nxt in ("a", "an"):  # "about a dozen", "over a hundred" (not "spoke about a plan")
                after = words[len(bw) + 1].strip(",.") if len(words) > len(bw) + 1 else ""
                return after in t.get("dozen_words", []) or after in t.get("scale_words", {}) or after in ("hundred", "thousand")
            return bool(re.match(r"[\d$€£]", nxt)) or nxt in numbers
    return False


def quoted_question(ctx: Context, c: Cand) -> bool:
    """A quotation that is one question and nothing else; one with a statement besides stays, and
    so does a statement that ends in a tag question after its comma (`tag_questions` of
    resources/<lang>/cues.json: "We will not get along, who knows?", "It works, right?")."""
    if len(c.content) != 1:
        return False
    inner = ctx.text[c.content[0].start : c.content[0].end].strip(" \"'“”‘’«»„")
    if not inner.endswith("?") or _SENTENCE_END.search(inner[:-1]):
        return False
    head, comma, tail = inner[:-1].rpartition(",")
    code = _lang_of(ctx, c)
    if not (comma and len(head.split()) >= 4 and tail.strip().lower() in _tag_questions(code, "tag_questions")):
        return True
    # a question before the tag ("Do you think it works, right?") or a cue that asks ("…, yes?" she asked) still asks
    opener = head.split()[0].lower()
    cue = ctx.text[c.cue.start : c.cue.end].lower() if c.cue is not None else ""
    return opener in _tag_questions(code, "question_openers") or any(w in _tag_questions(code, "asking_cues") for w in cue.split())


@cache
def _tag_questions(code: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "cues").get(key, []))


def _lang_of(ctx: Context, c: Cand) -> str:
    from ...resources import pick
    from .context import sentence_language

    if not 0 <= c.sent < len(ctx.doc.sentences):
        return ctx.doc.language or "en"
    sent = ctx.doc.sentences[c.sent]
    return sentence_language(sent, pick(ctx.doc.segments[sent.segment].language, ctx.doc.language)) or "en"


def _no_clause(ctx: Context, c: Cand, lx: Lang) -> bool:
    """The parse sees no verb in the content ("the attack", "responsibility"), or the content is
    a noun phrase whose verbs only modify its noun ("efforts by the envoy to find a solution",
    "Lee's refusal to answer", "at the council for having delayed the vote"): no part of it is a
    clause (`_clause`). False when the content was not parsed."""
    words = [w for sp in c.content for w in words_in(ctx.doc, sp)]
    if not words:
        return False
    lead = ctx.text[c.content[0].start : c.content[0].end].split(maxsplit=4)
    if len(lead) >= 4 and lead[0].lower() in lx.complementizers:
        return False  # "claims that its battery lasts …": a clause, though the parse reads 'lasts' as a noun
    cue = ctx.text[c.cue.start : c.cue.end].lower().split() if c.cue is not None else []
    say = bool(cue) and any(f.lemma in lx.clause_verbs for f in lx.forms.get(cue[-1], []))
    if say and any(finite_after_subject(ctx, words_in(ctx.doc, sp), lx) for sp in c.content):
        return False
    if say and c.rule.endswith((".postposed", "_mixed")) and c.source is not None \
            and not any(w.lower() in AUX for w in ctx.text[c.source.start : c.source.end].split()) \
            and not re.search(r"\w", ctx.text[max(c.source.end, c.cue.end if c.cue else 0) : ctx.doc.sentences[c.sent].span.end]):
        return False  # "Or maybe the mayor, an aide says.", 'Cutting taxes ''makes me smart,'' Reed said': before a tag of saying, a fragment too is what was said
    if not any(ctx.doc.syntax[w].pos in ("VERB", "AUX") for w in words):
        return True
    return not any(_clause(ctx, words_in(ctx.doc, sp), say, lx) for sp in c.content)


#: the English auxiliaries (resources/en/lexicon.json; lexicon.AUX holds both languages')
_EN_AUXILIARIES = frozenset(load("en", "lexicon")["auxiliaries"])
#: parts of speech of the last word of a clause's subject
_SUBJECT_END = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def finite_after_subject(ctx: Context, words: list[int], lx: Lang, past: list[str] | None = None) -> bool:
    """After a verb of saying, a word that can only be the finite verb of a clause follows the
    last word of a noun phrase, where the parse may read it as a noun or a modifier: a finite
    auxiliary or modal ("said the plan should help", "says fraud “would be …”"), a form in -ed
    before an object ("said the board approved the deal"), a form in -s before a determiner or a
    noun ("said the city favors a ban"). Not after a relative pronoun or "to" ("said the words
    that would …"), nor when the words open with a preposition or a gerund. An adverbial between
    commas may stand between the noun and its verb (session 39: "said the company, in short, had no
    money", "said the plan, after all, would fail"; `_parenthetical_open`): `past`, when given, gets
    "parenthetical" when the verb was found past one."""
    syn = ctx.doc.syntax
    lows = [_low(ctx, w) for w in words]
    if not lows or lows[0] in PREPOSITIONS_EN or lows[0].endswith("ing"):
        return False
    finite = (AUX & _EN_AUXILIARIES) | lx.modals | lx.base_auxiliaries
    for m in range(1, len(words) - 1):
        low = lows[m]
        if low in REL_PRONOUNS or low in lx.nonfinite_markers or low == "that":
            return False
        b = m - 1
        while b > 0 and syn[words[b]].pos == "PUNCT" and _low(ctx, words[b]) not in (",", ";", ":", "(", "—", "–"):
            b -= 1  # 'fraud “would': a quotation mark between the subject and its verb
        over = _parenthetical_open(ctx, words, b)
        if over is not None:
            b = over - 1  # "the company, in short, had": the noun before the adverbial between commas
        if syn[words[b]].pos not in _SUBJECT_END or not lows[m].isalpha():
            continue
        if over is not None and past is not None and low in finite | lx.modals:
            past.append("parenthetical")
        nxt = syn[words[m + 1]].pos
        if low in finite and nxt not in ("PUNCT", "ADP", "CCONJ"):
            return True
        if low.endswith("ed") and syn[words[m]].pos in ("VERB", "ADJ") and nxt in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"):
            return True
        if low.endswith("s") and not low.endswith("ss") and syn[words[m]].pos in ("NOUN", "VERB") \
                and (nxt in ("DET", "PRON") or lows[m + 1] in lx.determiners):
            return True
    return False


def _parenthetical_open(ctx: Context, words: list[int], b: int) -> int | None:
    """words[b] closes an adverbial between commas that opens with a preposition or an adverb and holds
    no verb, no conjunction, at most four words ("…, in short,", "…, after all,", "…, however,"): the
    index of its opening comma, after a word; else None."""
    syn = ctx.doc.syntax
    if b < 3 or _low(ctx, words[b]) != ",":
        return None
    o = next((k for k in range(b - 1, max(b - 6, 0), -1) if syn[words[k]].pos == "PUNCT"), None)
    if o is None or o >= b - 1 or o < 1 or _low(ctx, words[o]) != ",":
        return None
    inner = [syn[words[k]].pos for k in range(o + 1, b)]
    if inner[0] not in ("ADP", "ADV") or any(p in ("VERB", "AUX", "CCONJ", "SCONJ", "PUNCT") for p in inner):
        return None
    return o

#: relations of a dependent that make its head the predicate of a clause
_PREDICATE_DEPS = ("nsubj", "csubj", "expl", "cop", "aux", "mark")
#: parts of speech of the head of a noun or adjective phrase
_PHRASAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})


def _clause(ctx: Context, words: list[int], say: bool, lx: Lang) -> bool:
    """The parsed words of one content span form a clause: a word the span's other words hang on
    (one whose head is outside the span) is a verb, or a noun or adjective with a subject, a
    copula, an auxiliary or a complementizer of its own ("the bridge is a hazard", "that …").
    After a verb of saying alone (`say`), a noun with a verb after it that the parse hangs on it
    is the subject of a clause ("said rebels shelled the town"), not a noun and its modifier."""
    if not words:
        return True
    inside = set(words)
    syn = ctx.doc.syntax
    heads = [w for w in words if syn[w].head not in inside or syn[w].head == w]
    if any(_copular(ctx, w, words) for w in _nominal_reach(ctx, heads, words)):
        return True  # "the deal was off" (a particle the parse makes the predicate), "the rebels are ministers X and Y" (hung on a name)
    tops = [w for w in heads if syn[w].pos not in ("PUNCT", "CCONJ", "ADP", "DET", "PART")]
    for top in tops:
        if syn[top].pos in ("VERB", "AUX"):
            if top != words[0] and any(syn[d].head == top and syn[d].dep.startswith("nsubj") and d != words[0] and d - 1 in inside
                                       and ctx.text[syn[d - 1].span.start : syn[d - 1].span.end] == "," and _low(ctx, d) in REL_PRONOUNS for d in words):
                continue  # "maintaining a hard line, which plays well with …": a relative clause on a noun, no clause of what was said
            if _finite(ctx, top, words, lx):
                return True
            continue  # "to find a solution", "for having shot down …": a verb that modifies, no clause
        if syn[top].pos not in _PHRASAL:
            return True
        for d in words:
            if d == top or syn[d].head != top:
                continue
            if syn[d].dep.split(":")[0] in _PREDICATE_DEPS and not (syn[top].pos == "ADJ" and _low(ctx, d) in lx.nonfinite_markers):
                return True  # (not "for being too harsh": an adjective after a non-finite copula)
            if syn[d].dep.split(":")[0] in ("parataxis", "ccomp", "conj") and syn[d].pos in ("VERB", "AUX") and _finite(ctx, d, words, lx):
                return True  # "OSLO (Reuters) - The ferry will stay …": a clause the parse hangs on a dateline
            if say and syn[d].dep == "acl" and syn[d].pos == "VERB" and d > top \
                    and not ctx.text[syn[d].span.start : syn[d].span.end].lower().endswith("ing") \
                    and not any(syn[m].head == d and syn[m].dep == "mark" for m in words):
                return True
    return False


#: relations along which a word stays part of the phrase it hangs on (no clause of its own begins)
_PHRASE_DEPS = ("nmod", "appos", "compound", "flat", "conj")


def _nominal_reach(ctx: Context, heads: list[int], words: list[int]) -> list[int]:
    """The heads of the content and the words hung on them by phrase relations (`_PHRASE_DEPS`),
    never into a relative or adverbial clause: where the parse may have put a predicate it did not
    take for the head ("The rebels are ministers Ann Lee and Tom Berg", hung on "Ann")."""
    syn = ctx.doc.syntax
    kids: dict[int, list[int]] = {}
    for d in words:
        if syn[d].head != d and syn[d].dep.split(":")[0] in _PHRASE_DEPS:
            kids.setdefault(syn[d].head, []).append(d)
    seen = list(heads)
    for w in seen:  # (grows while it is read: a breadth-first walk)
        seen.extend(kids.get(w, ()))
    return seen


def _copular(ctx: Context, w: int, words: list[int]) -> bool:
    """The word is the predicate of a copula with a subject of its own: "the deal was off", "the
    rebels are ministers"."""
    syn = ctx.doc.syntax
    deps = {syn[d].dep.split(":")[0] for d in words if syn[d].head == w and d != w}
    return "cop" in deps and bool(deps & {"nsubj", "csubj", "expl"})


def _finite(ctx: Context, verb: int, words: list[int], lx: Lang) -> bool:
    """A verb that heads a finite clause: a subject of its own, or an auxiliary that is no
    infinitive or gerund marker ("should be awarded", "the plan failed"); not "to find a
    solution", "for having shot down" (`nonfinite_markers` of resources/en/lexicon.json), nor a
    gerund ("recognizing")."""
    syn = ctx.doc.syntax
    kids = [d for d in words if syn[d].head == verb and d != verb]
    if any(syn[d].dep.split(":")[0] in ("nsubj", "csubj", "expl") for d in kids):
        return True
    if verb > 0 and syn[verb - 1].sentence == syn[verb].sentence and _low(ctx, verb - 1) in lx.nonfinite_markers:
        return False  # "policy to cut off …" also where the parse does not hang "to" on the verb
    if any(_low(ctx, d) in lx.nonfinite_markers for d in kids if syn[d].dep.split(":")[0] in ("mark", "aux")):
        return False
    if any(syn[d].dep.split(":")[0] == "aux" for d in kids):
        return True
    return not _low(ctx, verb).endswith("ing")


def _low(ctx: Context, k: int) -> str:
    sp = ctx.doc.syntax[k].span
    return ctx.text[sp.start : sp.end].lower()


#: the words that open an indirect question as the whole content ("wondered whether …")
_QUESTION_OPENERS = frozenset(load("en", "cues").get("question_openers", []))


def _open_question(ctx: Context, c: Cand, cue: list[str], lx: Lang) -> bool:
    """The content opens with a word of an indirect question (`question_openers`: "whether") after
    a cue that is no plain verb of saying (`clause_verbs`): "are questioning whether …", "wondered
    whether …" ask; after "said" the clause may be the subject of a claim ("said whether the deal
    holds depends on the vote")."""
    first = ctx.text[c.content[0].start : c.content[0].end].split(maxsplit=1)[:1]
    if not first or first[0].lower() not in _QUESTION_OPENERS or not cue:
        return False
    return not any(f.lemma in lx.clause_verbs for f in lx.forms.get(cue[-1], []))


def _because(why: list[str] | None, rule: str) -> None:
    if why is not None:
        why.append(rule)


def noun_object(ctx: Context, c: Cand, lx: Lang) -> bool:
    """Rule `attr.filter.en.noun_object`: an English cue whose verb is none of `object_clause_lemmas`
    (resources/en/cues.json: "say", whose clause the parse may read as a noun phrase) and whose
    content is a noun phrase with no clause of its own: no complementizer opens it, no quotation
    mark is in it, no word of it is a finite auxiliary or a finite verb by the parse ("touting the
    successes of the plan", "maintained a strong presence", "responded warmly by lifting
    sanctions"): a thing done or shown, nothing said. The speaker stays one who acted (a silent
    speaker, whom a later pronoun may mean). False when the sentence was not parsed."""
    assert c.cue is not None
    if lx.code != "en" or len(c.content) != 1 or not ctx.doc.syntax:
        return False
    cue = ctx.text[c.cue.start : c.cue.end].lower().split()
    verb = next((w for w in reversed(cue) if w in lx.forms), None)
    if verb is None or any(f.lemma.lower() in lx.object_clause_lemmas for f in lx.forms[verb]):
        return False
    content = c.content[0]
    if any(ch in QUOTE_CHARS for ch in ctx.text[content.start : content.end]) or not words_in(ctx.doc, content):
        return False
    toks = ctx.doc.sentences[c.sent].tokens
    inside = [k for k, t in enumerate(toks) if content.start <= t.span.start < content.end]
    if not inside or toks[inside[0]].text.lower() in lx.complementizers:
        return False
    return not any(toks[k].text.lower() in AUX - _NONFINITE or _parsed_finite(ctx, toks, k) for k in inside)


#: auxiliaries that are no finite verb ("having been")
_NONFINITE = frozenset({"be", "been", "being", "having"})


#: the words that speak of a claim before a quotation in its sentence ("according to the man, the pills “…”"):
#: `inline_fragment_cue_words` of resources/en/cues.json
_LEAD_CUE_WORDS = frozenset(w.lower() for w in load("en", "cues").get("inline_fragment_cue_words", []))


def inline_fragment(ctx: Context, c: Cand, lx: Lang) -> bool:
    """Rule `attr.filter.en.inline_fragment`: an English quotation with no tag of its own (`attr.direct.untagged…`)
    that opens inside its sentence after three words or more of the author's ("It is known as “harbor lung”",
    "who prefer the term “new arrivals”"), with no colon or comma right before it, no other quotation mark and
    no word of speech (a cue form, "according") before it in the sentence: a phrase the author's sentence
    quotes, nobody's claim (session 35: on the English attrdev splits 20 false alarms against 1 label)."""
    if lx.code != "en" or c.cue is not None or not c.rule.startswith("attr.direct.untagged") or not c.content:
        return False
    start = c.content[0].start
    sent = next((s for s in ctx.doc.sentences if s.span.start <= start < s.span.end), None)
    if sent is None:
        return False
    before = ctx.text[sent.span.start : start].rstrip(" \u201c\"'\u2018")
    words = re.findall(r"[\w'’-]+", before)
    if len(words) < 3 or before.endswith((":", ",")) or any(ch in before for ch in QUOTE_CHARS):
        return False
    return not any(w.lower() in lx.forms or w.lower() in _LEAD_CUE_WORDS for w in words)


def self_or_evidence_quoted(ctx: Context, c: Cand, lx: Lang) -> bool:
    """Rule `attr.filter.en.quoted_inner`: speech told inside a quotation (`+quoted`) whose speaker is the
    quotation's own in the first person ("“As I’ve said before, the pier is safe”": a speaker who quotes
    himself is not labelled again, benchmarks/attrdev/README.md) or whose verb is one of evidence
    (`quoted_evidence_lemmas` of resources/en/cues.json: "“The latest data shows that …”, she said": what
    the speaker reads from a thing, her own claim) claims nothing of its own (session 35: 8 false alarms on
    the English attrdev splits, no label)."""
    if lx.code != "en" or "+quoted" not in c.rule or c.cue is None:
        return False
    who = ctx.text[c.source.start : c.source.end] if c.source is not None else ""
    first = re.split(r"['’]", who.strip())[0].lower()
    if first in {w.lower() for w in lx.first_person}:
        return True
    verb = next((w for w in reversed(ctx.text[c.cue.start : c.cue.end].lower().split()) if w in lx.forms), None)
    return verb is not None and any(f.lemma.lower() in _quoted_evidence() for f in lx.forms[verb])


@cache
def _quoted_evidence() -> frozenset[str]:
    return frozenset(w.lower() for w in load("en", "cues").get("quoted_evidence_lemmas", []))
