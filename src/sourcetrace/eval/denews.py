"""`sourcetrace eval de-news-quotes --split dev|test`: the SpkAtt/de-news-quotes metric.

System and gold quotations of a document are aligned one-to-one by maximum-weight assignment on
token-overlap F1 of the quote spans. Every aligned pair gives token-level P and R for the message
(quote) and for each role (speaker, cue, frame, addressee) present on either side; an unmatched
system quotation counts P = 0 for its message and roles, an unmatched gold one R = 0. Message,
Roles and Joint (messages and roles together) are macro averages over those items, as in the
shared task. A strict score counts whole source–cue–content triples whose token sets are all
identical to a gold quotation's.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from ..api import analyze
from ..document import Attribution, Document, Sentence, Span
from ..errors import Errors, InputError
from ..steps.attribution.chains import addressed
from ..steps.attribution.context import Context, strip_span
from ..steps.attribution.quoted import words_quoted
from ..steps.lexicon import AUX, PREPOSITIONS_DE, Lang, lang
from ..steps.quotes import find_quotes
from ..textutil import QUOTE_MARKS
from ..writers.json import dumps
from .curated import denews_attributions, shared_scores
from .metrics import hungarian_max, pr_f1, prf, token_f1

ROLES = ("speaker", "cue", "frame", "addressee")


def load_split(root: Path, split: str) -> list[dict[str, Any]]:
    path = root / f"{split}.jsonl"
    if not path.exists():
        raise InputError(Errors.E030.format(path=path))
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def doc_date(name: str) -> str | None:
    m = re.search(r"\((\d{4}-\d\d-\d\d)\)\s*$", name)
    return m.group(1) if m else None


def _tokens_in(tokens: list[dict[str, Any]], spans: list[Span]) -> set[int]:
    out = set()
    for t in tokens:
        for sp in spans:
            if t["charBegin"] < sp.end and sp.start < t["charEnd"]:
                out.add(t["id"])
                break
    return out


def _according_to(doc: Document, sp: Span, lx: Lang) -> bool:
    """The span is the object of an according-to phrase ("laut X", "X zufolge")."""
    before = doc.text[max(0, sp.start - 30) : sp.start].split()
    after = doc.text[sp.end : sp.end + 20].split()
    return bool(before and before[-1].lower() in {p[0].lower() for p in lx.according_prefix}) or bool(
        after and after[0].lower().strip(",.") in lx.according_postfix)


def system_quotes(doc: Document, tokens: list[dict[str, Any]]) -> list[dict[str, set[int]]]:
    """Our attributions in the corpus' terms: the frame is the reporting clause (the sentence
    around the cue, without the quotation); a separable verb's particle belongs to the cue;
    continued speech has no cue or frame of its own, and its speaker is the source's latest
    mention before it."""
    lx = lang("de")
    out = []
    ctx: Context | None = None
    for a in doc.attributions:
        if a.mode == "social_post":
            continue
        q = {"quote": _tokens_in(tokens, a.content)}
        if not q["quote"]:
            continue
        if a.mode == "direct":
            # the corpus' quotation includes its quotation marks and the final stop inside them
            c0, c1 = a.content[0], a.content[-1]
            pre = doc.text[max(0, c0.start - 2) : c0.start]
            post = doc.text[c1.end : c1.end + 3]
            if any(c in pre for c in QUOTE_MARKS) or any(c in post for c in QUOTE_MARKS):
                q["quote"] |= _tokens_in(tokens, [Span(max(0, c0.start - 2), c0.start), _closing(doc.text, c1.end)])
        elif a.mode == "continuation" or a.rule.endswith(("reported", "reported_passive")):
            q["quote"] |= _tokens_in(tokens, [_final_stop(doc, c) for c in a.content])  # the corpus' sentences keep their full stops
        speaker_span = a.source_span
        if speaker_span is None and a.source:
            before = [m.span for m in doc.mentions if m.source == a.source and m.span.end <= a.content[0].start]
            speaker_span = before[-1] if before else None
        q["speaker"] = _tokens_in(tokens, [speaker_span]) if speaker_span else set()
        cue: set[int] = set()
        frame: set[int] = set()
        if a.mode == "according_to" and a.cue and a.source_span:
            # the corpus leaves the according-to phrase out of the quotation and calls it the frame
            phrase = _tokens_in(tokens, [a.cue, a.source_span])
            q["quote"] -= phrase
            q["cue"] = _tokens_in(tokens, [a.cue])
            q["frame"] = phrase | _tokens_in(tokens, [_according_clause(doc, a)])
            q["quote"] -= q["frame"]
            q["addressee"] = set()
            if q["quote"]:
                out.append(q)
            continue
        if a.cue and a.mode != "continuation" and not a.rule.endswith(".reported"):
            cue = _tokens_in(tokens, [a.cue])
            sent = next((s for s in doc.sentences if s.span.start <= a.cue.start < s.span.end), None)
            if sent is not None:
                word = doc.span_text(a.cue).lower()
                particles = {f.particle for f in lx.forms.get(word, []) if f.particle}
                for k, t in enumerate(sent.tokens):
                    if t.span.start > a.cue.end and t.text.lower() in particles and not any(c.overlaps(t.span) for c in a.content):
                        nxt = sent.tokens[k + 1].text if k + 1 < len(sent.tokens) else "."
                        if not nxt[:1].isalnum() or nxt.lower() in lx.coordination:
                            cue |= _tokens_in(tokens, [t.span])  # "teilte … mit.", not "sagte zu Journalisten"
                        break
                cue |= _tokens_in(tokens, verb_complex(doc, a.cue, sent, a.content, lx))
                frame = _tokens_in(tokens, [sent.span]) - q["quote"]
                # a quotation inside someone's reported clause: the frame is the clause that reports it
                frame -= _tokens_in(tokens, [c for b in doc.attributions if b is not a and b.mode != "social_post" for c in b.content
                                             if c.start <= a.content[0].start and a.content[-1].end <= c.end])
                last = sent.tokens[-1] if sent.tokens else None
                if last is not None and last.text in (".", "!", "?") and not any(c.overlaps(last.span) for c in a.content):
                    frame -= _tokens_in(tokens, [last.span])  # the corpus leaves the full stop out of the frame
        if a.cue and cue and not doc.syntax:
            sent = next((s for s in doc.sentences if s.span.start <= a.cue.start < s.span.end), None)
            word = doc.span_text(a.cue)
            if sent is not None and (word.startswith("ge") or any(f.participle for f in lx.forms.get(word.lower(), []))):
                aux = [t for t in sent.tokens if t.span.end <= a.cue.start and t.text in AUX]
                if aux:
                    cue |= _tokens_in(tokens, [aux[-1].span])  # "hat bestätigt"
        q["cue"] = cue
        q["frame"] = frame
        # a downstream link is the addressee ("sagte der Zeitung"), not one named by "laut" ("Laut X sagte Y")
        # (not a link carried from the speaker's claim before: its words address that claim's cue)
        q["addressee"] = _tokens_in(tokens, [v.span for v in a.via if v.span and v.position == "downstream" and not _according_to(doc, v.span, lx)
                                             and "+continued" not in v.rule])
        if a.cue and a.mode != "continuation":
            # "gegenüber Journalisten", "im Gespräch mit dem Minister": an addressee, though no link of the chain
            sent = next((s for s in doc.sentences if s.span.start <= a.cue.start < s.span.end), None)
            if sent is not None:
                ctx = ctx or Context(doc)
                q["addressee"] |= _tokens_in(tokens, [sp for sp in addressed(ctx, sent.tokens, lx, exclude=a.source_span)
                                                      if not any(sp.overlaps(c) for c in a.content)]) - q["speaker"]
        out.append(q)
        if a.mode == "continuation":
            out.extend(_quoted_in_continuation(doc, a.content, q, tokens))
    return out



def _closing(text: str, end: int) -> Span:
    """The closing quotation mark after a quotation's content, with the stop inside it ("…!“"),
    not the comma after it (an empty span when no mark closes it within three characters)."""
    k, last = end, end
    while k < min(len(text), end + 4) and (text[k] in QUOTE_MARKS or text[k] in ".!?…" or text[k] == " "):
        if text[k] in QUOTE_MARKS:
            last = k + 1
        k += 1
    return Span(end, last)


def _final_stop(doc: Document, c: Span) -> Span:
    """The full stop that ends the sentence right after the span `c` (an empty span if none)."""
    k = c.end
    while k < len(doc.text) and doc.text[k] == " ":
        k += 1
    return Span(k, k + 1) if k < len(doc.text) and doc.text[k] in ".!?" else Span(c.end, c.end)


def _according_clause(doc: Document, a: Attribution) -> Span:
    """The whole according-to phrase or wie-clause as the corpus' frame: fronted, from the
    sentence's start (its "Wie") to the content ("Nach Angaben von X, einem Manager der Firma,");
    trailing, from the content's end to the sentence's end without its full stop (", wie X
    berichtete"); inside the claim, the phrase alone (an empty span)."""
    spans = [sp for sp in (a.cue, a.source_span) if sp is not None]
    if not spans:
        return Span(0, 0)
    lo, hi = min(sp.start for sp in spans), max(sp.end for sp in spans)
    sent = next((s for s in doc.sentences if s.span.start <= lo < s.span.end), None)
    if sent is None:
        return Span(lo, lo)
    first, last = a.content[0], a.content[-1]
    if hi <= first.start and len(doc.text[sent.span.start : lo].split()) <= 1:
        return Span(sent.span.start, first.start)
    if last.end <= lo:
        end = sent.span.end
        while end > last.end and (doc.text[end - 1].isspace() or doc.text[end - 1] in ".!?"):
            end -= 1
        return Span(last.end, end)
    return Span(lo, lo)


def _pronominal_adverb(word: str) -> bool:
    """"darauf", "davor", "dazu": "da(r)" and a preposition."""
    w = word.lower()
    return w.startswith("da") and (w[2:] in PREPOSITIONS_DE or (w.startswith("dar") and w[3:] in PREPOSITIONS_DE))


def verb_complex(doc: Document, cue: Span, sent: Sentence, content: list[Span], lx: Lang) -> list[Span]:
    """The rest of the corpus' cue, which is the verb complex of the speech act where ours is its
    verb: the auxiliaries and modals of the cue verb in the parse ("hatte … erklärt", "mitgeteilt
    hatte", "wird … vorgeworfen", "musste … betonen"), "wie" that opens its clause ("Wie die
    Polizei mitteilte"), a pronominal adverb that announces the content ("verwies darauf, dass",
    "warnte davor, …") and the preposition of a naming verb before the name given ("sprach von
    einer «Krise»", "bezeichnete … als «maßvoll»")."""
    if not doc.syntax:
        return []
    at = {w.span.start: k for k, w in enumerate(doc.syntax)}
    head = at.get(cue.start)
    if head is None:
        return []
    idx = [at[t.span.start] for t in sent.tokens if t.span.start in at]
    first = min((c.start for c in content), default=sent.span.end)
    out: list[Span] = []
    naming = any(f.lemma in lx.naming_verbs for f in lx.forms.get(doc.span_text(cue).lower(), []))
    for n, j in enumerate(idx):
        w = doc.syntax[j]
        if j == head or any(c.overlaps(w.span) for c in content):
            continue
        low = doc.span_text(w.span).lower()
        if w.head == head and ((w.dep in ("aux", "aux:pass") and w.pos in ("AUX", "VERB")) or (w.dep == "mark" and low == "wie")):
            out.append(w.span)
        elif w.head == head and cue.end <= w.span.start < first and _pronominal_adverb(low):
            rest = [doc.syntax[m] for m in idx[n + 1:] if doc.syntax[m].span.start < first and doc.syntax[m].dep != "compound:prt"
                    and doc.span_text(doc.syntax[m].span).lower() not in lx.particles]
            if not rest or doc.span_text(rest[0].span) in (",", ":"):
                out.append(w.span)  # the correlate: the content follows it
        elif naming and cue.end <= w.span.start < first and low in lx.naming_before and w.pos in ("ADP", "CCONJ", "SCONJ"):
            between = [doc.syntax[m] for m in idx[n + 1:] if doc.syntax[m].span.start < first]
            if all(x.pos in ("DET", "ADJ", "PUNCT") for x in between):
                out.append(w.span)  # the word right before the name given, or before its article
    return out


def _quoted_in_continuation(doc: Document, content: list[Span], q: dict[str, set[int]],
                            tokens: list[dict[str, Any]]) -> list[dict[str, set[int]]]:
    """The corpus counts a quotation inside continued reported speech ("Er sei «nicht aggressiv»
    gewesen") as a direct quotation of its own, with the continuation's speaker and no cue; our
    continuation keeps it inside, as the seed's style does (`quoted.words_quoted`: words said,
    not a single noun or a title)."""
    out = []
    for c in content:
        for qt in find_quotes(doc.text, c.start, c.end):
            inner = strip_span(doc.text, qt.inner)
            if qt.closed and qt.depth == 0 and len(inner) >= 3 and words_quoted(doc.text, qt, inner):
                out.append({"quote": _tokens_in(tokens, [qt.outer]), "speaker": q["speaker"], "cue": set(), "frame": set(), "addressee": set()})
    return out


def gold_quotes(article: dict[str, Any]) -> list[dict[str, set[int]]]:
    out = []
    for ann in article["annotations"]:
        g = {"quote": set(ann["quote"]["tokenIds"])}
        for r in ROLES:
            g[r] = set(ann[r]["tokenIds"])
        g["type"] = ann["type"]
        out.append(g)
    return out


class Scorer:
    def __init__(self) -> None:
        self.msg_p: list[float] = []
        self.msg_r: list[float] = []
        self.role_p: list[float] = []
        self.role_r: list[float] = []
        self.strict = [0, 0, 0]  # tp, n_sys, n_gold
        self.micro = [0, 0, 0]  # token tp, sys, gold (messages)
        self.matched_by_type: dict[str, list[int]] = {}

    def add(self, sys_q: list[dict[str, set[int]]], gold_q: list[dict[str, Any]]) -> None:
        score = [[token_f1(s["quote"], g["quote"]) for g in gold_q] for s in sys_q]
        pairs = hungarian_max(score) if sys_q and gold_q else []
        ms, mg = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, j in pairs:
            s, g = sys_q[i], gold_q[j]
            inter = len(s["quote"] & g["quote"])
            self.msg_p.append(inter / len(s["quote"]))
            self.msg_r.append(inter / len(g["quote"]))
            self.micro[0] += inter
            for r in ROLES:
                if s[r]:
                    self.role_p.append(len(s[r] & g[r]) / len(s[r]))
                if g[r]:
                    self.role_r.append(len(s[r] & g[r]) / len(g[r]))
            if s["quote"] == g["quote"] and s["speaker"] == g["speaker"] and s["cue"] == g["cue"]:
                self.strict[0] += 1
        for i, s in enumerate(sys_q):
            self.micro[1] += len(s["quote"])
            if i not in ms:
                self.msg_p.append(0.0)
                self.role_p.extend(0.0 for r in ROLES if s[r])
        for j, g in enumerate(gold_q):
            self.micro[2] += len(g["quote"])
            t = self.matched_by_type.setdefault(g["type"], [0, 0])
            t[1] += 1
            t[0] += j in mg
            if j not in mg:
                self.msg_r.append(0.0)
                self.role_r.extend(0.0 for r in ROLES if g[r])
        self.strict[1] += len(sys_q)
        self.strict[2] += len(gold_q)

    def result(self) -> dict[str, Any]:
        def mean(x: list[float]) -> float:
            return sum(x) / len(x) if x else 0.0

        tp, ns, ng = self.strict
        return {
            "message": pr_f1(mean(self.msg_p), mean(self.msg_r)),
            "roles": pr_f1(mean(self.role_p), mean(self.role_r)),
            "joint": pr_f1(mean(self.msg_p + self.role_p), mean(self.msg_r + self.role_r)),
            "message_token_micro": prf(self.micro[0], self.micro[1] - self.micro[0], self.micro[2] - self.micro[0]),
            "strict_triples": prf(tp, ns - tp, ng - tp),
            "gold_quotes_aligned_by_type": {k: f"{v[0]}/{v[1]}" for k, v in sorted(self.matched_by_type.items())},
        }


def evaluate(root: Path, split: str, *, limit: int = 0, sentence_model: bool = False) -> dict[str, Any]:
    articles = load_split(root, split)
    if limit:
        articles = articles[:limit]
    scorer = Scorer()
    t0 = time.perf_counter()
    shared = root.parent.parent / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        for n, art in enumerate(articles):
            doc = analyze(art["originalText"], date=doc_date(art["documentName"]), lang="de", sentence_model=sentence_model,
                          conventions="denews")
            # the corpus annotates a quotation as one: the speech told inside it (rule +quoted) is none of its own
            doc.attributions = [a for a in doc.attributions if "+quoted" not in a.rule]
            scorer.add(system_quotes(doc, art["tokens"]), gold_quotes(art))
            if shared.exists():  # the same articles in the shared scorer's format (`shared/eval/FORMAT.md`)
                base = Path(tmp) / f"{n:03d}"
                base.with_suffix(".txt").write_text(art["originalText"], encoding="utf-8")
                gold = {"language": "de", "attributions": denews_attributions(art, art["originalText"])}
                base.with_suffix(".gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
                base.with_suffix(".json").write_text(dumps(doc), encoding="utf-8")
        res = scorer.result()
        if shared.exists():
            sc = shared_scores(Path(tmp), shared)
            res["shared_scorer"] = {"attr_content": sc["attr_content"], "attr_full": sc["attr_full"]}
    return {
        "corpus": f"de-news-quotes {split} ({len(articles)} articles)" + (" with the sentence model" if sentence_model else ""),
        "metric": "SpkAtt-2023/de-news-quotes: macro token P/R over aligned quotations (message, roles, joint);"
                  " shared_scorer: shared/eval/score.py on the same articles (denews_to_gold.py's conversion)",
        **res,
        "seconds": round(time.perf_counter() - t0, 1),
    }
