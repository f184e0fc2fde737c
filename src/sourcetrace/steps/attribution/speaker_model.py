"""A learned ranker of German speaker candidates (model `speaker_de_gepade`, issue 7 item 1).

Given a German cue verb in a parsed sentence, each noun, proper noun and pronoun of the sentence's
parse is a candidate for the head of its speaker; a log-linear model (`score`) ranks them by
features that say how the word stands to the cue in the parse, not which word it is: its relation
and whether it hangs on the cue verb or on a verb the cue verb hangs on, its side of the cue and
its distance, its case and person, its number against the verb's, its part of speech and entity
label, whether it is inside a quotation and whether the rules' speaker covers it. Trained on GePaDe
SpkAtt (German Bundestag speeches, CC BY-SA 4.0) by `recipes/train_speaker_de.py`; the weights
are `sourcetrace/models/speaker_de_gepade/weights.json`, the card `docs/models/speaker-de-gepade.md`.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources as _ir

from ...document import Document, Span
from ..lexicon import lang
from ..syntax import MODELS, NP_STOP, PARSER_DE, children, entity_at, subtree, words_in

NAME = "speaker_de_gepade"
#: the rule id recorded on a speaker the model chose
RULE = "model.speaker_de_gepade.v1"
#: off while the recipe collects the rules' own choices (the feature `rule=` is theirs, not the model's)
ENABLED = True
#: the probability the ranker's candidate needs to replace the rules' speaker (on GePaDe train the
#: replacements above it were right 74 times and wrong 11, on dev 7 and 0)
THRESHOLD = 0.5
_CANDIDATE_POS = frozenset({"NOUN", "PROPN", "PRON"})
_QUOTES = frozenset("\"„“”«»‚‘’")


def _feat(feats: str, key: str) -> str:
    for kv in feats.split("|"):
        if kv.startswith(key + "="):
            return kv.split("=", 1)[1]
    return "-"


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-10" if n <= 10 else "11+"


def cue_word(doc: Document, cue: Span) -> int | None:
    """The German parse's word of the cue (its last word when the cue opens with an auxiliary)."""
    words = words_in(doc, cue)
    if not words or doc.syntax[words[0]].rule != MODELS[PARSER_DE]:
        return None
    return words[-1] if len(words) > 1 and doc.syntax[words[0]].pos == "AUX" else words[0]


def _verb_chain(doc: Document, v: int) -> list[int]:
    """The cue verb and the verbs above it through xcomp, conj, aux chains (at most three)."""
    chain = [v]
    while len(chain) < 4:
        tok = doc.syntax[chain[-1]]
        if tok.head == chain[-1] or tok.dep.split(":")[0] not in ("xcomp", "conj", "ccomp", "advcl", "acl", "parataxis"):
            break
        chain.append(tok.head)
    return chain


def candidates(doc: Document, v: int, rule_span: Span | None) -> list[tuple[int, list[str]]]:
    """The candidates of the cue word `v` (indices into `doc.syntax`) with their features: the
    nouns, proper nouns and pronouns of its sentence but a reflexive pronoun."""
    syn = doc.syntax
    si = syn[v].sentence
    lo = v
    while lo > 0 and syn[lo - 1].sentence == si:
        lo -= 1
    hi = v
    while hi + 1 < len(syn) and syn[hi + 1].sentence == si:
        hi += 1
    text = doc.text
    chain = _verb_chain(doc, v)
    vfeats = syn[v].feats
    vnum, vper = _feat(vfeats, "Number"), _feat(vfeats, "Person")
    aux = [c for c in children(doc, v) if syn[c].pos == "AUX"]
    if aux and vnum == "-":
        vnum, vper = _feat(syn[aux[0]].feats, "Number"), _feat(syn[aux[0]].feats, "Person")
    sent_start = syn[lo].span.start
    reflexive = lang("de").reflexive_pronouns
    out: list[tuple[int, list[str]]] = []
    for c in range(lo, hi + 1):
        tok = syn[c]
        if c == v or tok.pos not in _CANDIDATE_POS:
            continue
        dep = tok.dep.split(":")[0]
        word = text[tok.span.start : tok.span.end]
        if word.lower() in reflexive:
            continue  # "sich": never the one who speaks
        link = "none"
        if tok.head in chain:
            link = f"v{chain.index(tok.head)}"
        elif syn[tok.head].head in chain and tok.head != c:
            link = f"g{chain.index(syn[tok.head].head)}"  # a noun's dependent ("Ihrem Antrag": the possessor)
        side = "before" if c < v else "after"
        dist = _bucket(abs(c - v))
        case = _feat(tok.feats, "Case")
        num, per = _feat(tok.feats, "Number"), _feat(tok.feats, "Person")
        agree = "unk" if "-" in (num, vnum) else ("same" if num == vnum else "diff")
        pagree = "unk" if "-" in (per, vper) else ("same" if per == vper else "diff")
        ent = entity_at(doc, tok.span)
        quotes = sum(ch in _QUOTES for ch in text[sent_start : tok.span.start]) % 2
        in_rule = rule_span is not None and rule_span.start <= tok.span.start < rule_span.end
        pron = word.lower() if tok.pos == "PRON" and len(word) <= 6 else "-"
        formal = "Sie" if word in ("Sie", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres") and tok.span.start > sent_start else "-"
        f = [f"dep={dep}", f"link={link}", f"dep_link={dep}|{link}", f"side={side}", f"dist={dist}", f"side_dist={side}|{dist}",
             f"pos={tok.pos}", f"case={case}", f"dep_case={dep}|{case}", f"agree={agree}", f"pagree={pagree}",
             f"per={per}", f"ent={ent.label if ent is not None else '-'}", f"quoted={quotes}", f"rule={in_rule}",
             f"rule_link={in_rule}|{link}", f"rule_dep={in_rule}|{dep}", f"pron={pron}", f"formal={formal}",
             f"link_side={link}|{side}", f"pos_dep={tok.pos}|{dep}"]
        out.append((c, f))
    return out


@cache
def weights() -> dict[str, float]:
    """The shipped weights (feature → weight), or {} when the model is not there."""
    path = _ir.files("sourcetrace.models") / NAME / "weights.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    w: dict[str, float] = data["weights"]
    return w


def score(feats: list[str], w: dict[str, float] | None = None) -> float:
    w = weights() if w is None else w
    return sum(w.get(f, 0.0) for f in feats)


def rank(doc: Document, v: int | None, rule_span: Span | None, w: dict[str, float] | None = None) -> list[tuple[int, float]]:
    """The candidates of the German cue whose parse word is `v` (`cue_word`) with their probability,
    best first ([] when the cue was not parsed by the German model, `v` None, or the model is off
    or not there)."""
    w = weights() if w is None else w
    if v is None or not ENABLED or not w:
        return []
    cands = candidates(doc, v, rule_span)
    if not cands:
        return []
    scores = [score(f, w) for _, f in cands]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    z = sum(exp)
    return sorted(((c, e / z) for (c, _), e in zip(cands, exp, strict=True)), key=lambda cp: -cp[1])


def noun_phrase(doc: Document, c: int) -> Span:
    """The noun phrase of the parse's word `c`: its subtree without clauses, appositions and
    punctuation (`syntax.NP_STOP`) and without its own preposition."""
    ws = [w for w in subtree(doc, c, NP_STOP) if not (doc.syntax[w].head == c and doc.syntax[w].dep in ("case", "mark"))]
    return Span(doc.syntax[ws[0]].span.start, doc.syntax[ws[-1]].span.end)
