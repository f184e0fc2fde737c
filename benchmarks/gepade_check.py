"""German speaker choice measured on GePaDe SpkAtt (issue 7, item 1): for each gold speech event
of `../shared/data/gepade-spkatt/spkatt2023/<split>` (dev: 18 speeches, train: 177), is our speaker
the gold Source?

    python benchmarks/gepade_check.py [--data ../shared/data] [--split dev|train] [--json] [--limit N] [--show]

The domain is parliamentary speech (German Bundestag debates, 2017–2021), not news: speakers are
addressed ("Sie behaupten, …", "Herr Kollege Roth hat gesagt, …"), many are "ich" and "wir", and
the cues include nouns and adjectives ("die Aussage", "wie angekündigt") that the news rules do not
read as speech. So the figures measure speaker choice on text of another style; what transfers
is the question, not the level.

Events taken: those with a Source and a cue of one word or of contiguous words in one sentence,
whose Source has a token in the cue's sentence or in the one before it (the rest: `skipped`). Each
sentence with such events is analysed alone (its tokens joined with the spaces German text puts
between them), with the sentence before it in front when a Source lies there. Two figures:

- `pipeline`: our attribution whose cue overlaps the gold cue (`cue_recall` = how many have one),
  and whether the head of its source mention is a gold Source token (`speaker_acc` on those found),
  broken down by the attribution's rule id;
- `given_cue`: the speaker choice for the gold cue itself (`speakers.cue_speaker` on the cue's verb
  token: the first of its words that is a form of the cue lexicon, else its first word), so the
  measure is of "who is the subject of this cue", not of which cues the rules take: `answered` =
  the cues it names a speaker for, `speaker_acc` on those and `acc_all` on every cue, the same for
  the cues that are forms of our cue lexicon (`lexicon_cues`: verbs the rules read as speech; the
  rest are mostly nouns, "Ihr Antrag", whose Source is a possessive), broken down by where the
  speaker stands (`Speaker.where`) and whether the German parse gave a subject.

A mention's head is the parse's word of it whose head lies outside it; without a parse, its first
capitalised word that is no article (else its first word). The data are CC BY-SA 4.0 (see the
data folder's README). Without the shared data the check prints why on stderr and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: no space before these tokens, none after the opening ones
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%“‘»")
_NO_SPACE_AFTER = frozenset("([{„‚«")


@dataclass
class Event:
    """One gold speech event: the cue's sentence and token indices, the Source's (sentence, token) pairs."""

    sent: int
    cue: list[int]
    source: set[tuple[int, int]]


@dataclass
class Unit:
    """The text we analyse for the events of one sentence: token (sentence, index) → char span."""

    speech: str
    sent: int
    text: str
    offsets: dict[tuple[int, int], tuple[int, int]]
    events: list[Event] = field(default_factory=list)


def detokenize(parts: list[tuple[int, list[str]]]) -> tuple[str, dict[tuple[int, int], tuple[int, int]]]:
    """The sentences' tokens joined as running text, and each token's character span."""
    out: list[str] = []
    offsets: dict[tuple[int, int], tuple[int, int]] = {}
    pos = 0
    prev = ""
    for si, toks in parts:
        for ti, tok in enumerate(toks):
            if out and not (tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER):
                out.append(" ")
                pos += 1
            offsets[(si, ti)] = (pos, pos + len(tok))
            out.append(tok)
            pos += len(tok)
            prev = tok
    return "".join(out), offsets


def _pos(ref: str) -> tuple[int, int]:
    s, t = ref.split(":")
    return int(s), int(t)


def read_speech(path: Path) -> tuple[dict[int, list[str]], list[Event], int]:
    """The sentences of one speech file, its usable events and the count of events skipped."""
    data = json.loads(path.read_text(encoding="utf-8"))
    sents = {s["SentenceId"]: s["Tokens"] for s in data["Sentences"]}
    events: list[Event] = []
    skipped = 0
    for ann in data["Annotations"]:
        if not ann.get("Source") or not ann.get("Cue"):
            continue  # no Source: nothing to choose
        cue = [_pos(r) for r in ann["Cue"]]
        s = cue[0][0]
        idx = sorted(t for _, t in cue)
        source = {_pos(r) for r in ann["Source"]}
        near = {p for p in source if p[0] in (s, s - 1)}
        if any(c[0] != s for c in cue) or idx != list(range(idx[0], idx[-1] + 1)) or not near or s not in sents:
            skipped += 1
            continue
        events.append(Event(s, idx, near))
    return sents, events, skipped


def units(root: Path, split: str, limit: int = 0) -> tuple[list[Unit], int, int]:
    """The texts to analyse (one per sentence with events), the number of events and of skipped ones."""
    out: list[Unit] = []
    n = skipped = 0
    files = sorted((root / split).glob("*.json"))
    if limit:
        files = files[:limit]
    for path in files:
        sents, events, sk = read_speech(path)
        skipped += sk
        n += len(events)
        by_sent: dict[int, list[Event]] = defaultdict(list)
        for ev in events:
            by_sent[ev.sent].append(ev)
        for s, evs in sorted(by_sent.items()):
            prev = any(p[0] == s - 1 for ev in evs for p in ev.source) and s - 1 in sents
            parts = ([(s - 1, sents[s - 1])] if prev else []) + [(s, sents[s])]
            text, offsets = detokenize(parts)
            out.append(Unit(path.stem, s, text, offsets, evs))
    return out, n, skipped


def analyse(text: str) -> Any:
    """Our German pipeline on one text (the document)."""
    from sourcetrace.api import analyze

    return analyze(text, lang="de")


def speaker_context(doc: Any) -> Any:
    """The attribution rules' context of an analysed document, as `find_candidates` sets it up."""
    from sourcetrace.document import CLAIM_SEGMENTS
    from sourcetrace.steps.attribution.context import Context
    from sourcetrace.steps.quotes import find_quotes
    from sourcetrace.steps.syntax import subject_finder

    ctx = Context(doc)
    ctx.syntax_subject = subject_finder(doc)
    quotes = [q for seg in doc.segments if seg.kind in CLAIM_SEGMENTS for q in find_quotes(ctx.text, seg.span.start, seg.span.end)]
    ctx.set_quotes([q for q in quotes if q.depth == 0])
    return ctx


def head_span(doc: Any, start: int, end: int) -> tuple[int, int]:
    """The head word of the mention at [start, end): the parse's word whose head lies outside it,
    else the first capitalised word that is no article, else the first word."""
    from sourcetrace.document import Span
    from sourcetrace.steps.lexicon import lang
    from sourcetrace.steps.syntax import words_in

    words = words_in(doc, Span(start, end))
    inside = set(words)
    for w in words:
        if doc.syntax[w].head not in inside or doc.syntax[w].head == w:
            return doc.syntax[w].span.start, doc.syntax[w].span.end
    found = list(re.finditer(r"\w[\w-]*", doc.text[start:end]))
    if not found:
        return start, end
    dets = lang("de").determiners
    m = next((m for m in found if m.group()[:1].isupper() and m.group().lower() not in dets), found[0])
    return start + m.start(), start + m.end()


def gold_at(unit: Unit, span: tuple[int, int]) -> set[tuple[int, int]]:
    """The gold tokens whose characters overlap `span`."""
    return {p for p, (a, b) in unit.offsets.items() if a < span[1] and span[0] < b}


def cue_token(doc: Any, unit: Unit, ev: Event) -> tuple[Any, int, bool] | None:
    """Our sentence and token index of the gold cue's verb token (its first word that is a cue
    form, else its first word) and whether it is a cue form; None when our tokens do not meet it."""
    from sourcetrace.steps.lexicon import lang

    forms = lang("de").forms
    words = [unit.offsets[(ev.sent, t)] for t in ev.cue]
    form = next((w for w in words if doc.text[w[0] : w[1]].lower() in forms), None)
    pick = form or words[0]
    for sent in doc.sentences:
        if sent.span.start <= pick[0] < sent.span.end:
            for i, tok in enumerate(sent.tokens):
                if tok.span.start < pick[1] and pick[0] < tok.span.end:
                    return sent, i, form is not None
    return None


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def check(root: Path, split: str, limit: int = 0, show: bool = False) -> dict[str, Any]:
    from sourcetrace.steps.attribution.speakers import cue_speaker
    from sourcetrace.steps.lexicon import lang

    lx = lang("de")
    todo, n_events, skipped = units(root, split, limit)
    found = right = 0
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    g_answered = g_right = 0
    lex = Counter[str]()  # the gold cues that are forms of our cue lexicon: all, answered, right
    by_where: dict[str, Counter[str]] = defaultdict(Counter)
    for unit in todo:
        doc = analyse(unit.text)
        ctx = speaker_context(doc)
        for ev in unit.events:
            cue_chars = [unit.offsets[(ev.sent, t)] for t in ev.cue]
            lo, hi = cue_chars[0][0], cue_chars[-1][1]
            # the pipeline: an attribution whose cue overlaps the gold cue
            att = next((a for a in doc.attributions if a.cue is not None and a.cue.start < hi and lo < a.cue.end), None)
            if att is not None:
                found += 1
                ok = att.source_span is not None and bool(gold_at(unit, head_span(doc, att.source_span.start, att.source_span.end)) & ev.source)
                right += ok
                by_rule[att.rule]["right" if ok else "wrong"] += 1
            # the speaker choice for the gold cue
            at = cue_token(doc, unit, ev)
            spk = cue_speaker(ctx, at[0], at[1], lx) if at is not None else None
            in_lexicon = at is not None and at[2]
            lex["all"] += in_lexicon
            if spk is None or spk.span is None:
                key = "none" if spk is None else spk.where
                by_where[key]["unanswered"] += 1
                continue
            parsed = ctx.syntax_subject is not None and ctx.syntax_subject(at[0], at[1]) is not None
            key = f"{spk.where}/{'parse' if parsed else 'rules'}"
            g_answered += 1
            ok = bool(gold_at(unit, head_span(doc, spk.span.start, spk.span.end)) & ev.source)
            g_right += ok
            lex["answered"] += in_lexicon
            lex["right"] += in_lexicon and ok
            by_where[key]["right" if ok else "wrong"] += 1
            if show and not ok:
                gold = " ".join(doc.text[unit.offsets[p][0] : unit.offsets[p][1]] for p in sorted(ev.source))
                cue = doc.text[lo:hi]
                print(f"{unit.speech}:{unit.sent} [{key}] cue={cue!r} ours={doc.text[spk.span.start : spk.span.end]!r} gold={gold!r}")
    return {
        "split": f"spkatt2023/{split}" + (f" (first {limit} speeches)" if limit else ""),
        "events": n_events,
        "skipped": skipped,
        "pipeline": {"cue_recall": _ratio(found, n_events), "found": found, "speaker_acc": _ratio(right, found),
                     "by_rule": {k: dict(v) for k, v in sorted(by_rule.items(), key=lambda kv: -sum(kv[1].values()))}},
        "given_cue": {"answered": g_answered, "speaker_acc": _ratio(g_right, g_answered), "acc_all": _ratio(g_right, n_events),
                      "lexicon_cues": {"events": lex["all"], "answered": lex["answered"], "speaker_acc": _ratio(lex["right"], lex["answered"]),
                                       "acc_all": _ratio(lex["right"], lex["all"])},
                      "by_where": {k: dict(v) for k, v in sorted(by_where.items(), key=lambda kv: -sum(kv[1].values()))}},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="only the first N speeches")
    ap.add_argument("--show", action="store_true", help="list the wrong speakers of the given cues")
    args = ap.parse_args(argv)
    root = args.data / "gepade-spkatt" / "spkatt2023"
    if not (root / args.split).is_dir():
        print(f"no GePaDe SpkAtt data at {root / args.split}", file=sys.stderr)
        return 0
    res = check(root, args.split, args.limit, args.show)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    p, g = res["pipeline"], res["given_cue"]
    print(f"{res['split']}: {res['events']} events ({res['skipped']} skipped)")
    print(f"pipeline:  cue recall {p['cue_recall']:.3f} ({p['found']}), speaker accuracy on found cues {p['speaker_acc']:.3f}")
    for rule, c in list(p["by_rule"].items())[:15]:
        print(f"  {rule:48s} right {c.get('right', 0):4d}  wrong {c.get('wrong', 0):4d}")
    print(f"given cue: answered {g['answered']}, speaker accuracy {g['speaker_acc']:.3f} (on every cue {g['acc_all']:.3f})")
    lc = g["lexicon_cues"]
    print(f"  cues that are forms of our cue lexicon: {lc['events']}, answered {lc['answered']}, speaker accuracy {lc['speaker_acc']:.3f}"
          f" (on every one {lc['acc_all']:.3f})")
    for where, c in g["by_where"].items():
        print(f"  {where:24s} right {c.get('right', 0):4d}  wrong {c.get('wrong', 0):4d}  unanswered {c.get('unanswered', 0):4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
