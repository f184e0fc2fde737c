"""What the seed gold's style leaves out that PolNeAR's conventions count (English): a question
('“Is the bridge safe?” the senator asked', 'asked whether …'), what was asked of someone ('asked
the mayor about the delay', 'asked them to leave'), and a speech act whose object is no clause
('condemned the attack', 'praised the council'): they ask, request or judge, they claim nothing
(`shared/eval/FORMAT.md`, the seed gold; benchmarks/attrdev/README.md writes the same rules down),
and a relative clause after a participle ('a witness testifying who listened in on the call').
"""

from __future__ import annotations

import re

from ..candidates import Cand
from ..lexicon import REL_PRONOUNS, Lang
from ..syntax import words_in
from .context import Context

#: a sentence end inside a quotation ("We will see. Why not?")
_SENTENCE_END = re.compile(r"[.!?]\s")


def claims_nothing(ctx: Context, c: Cand, lx: Lang) -> bool:
    """The candidate asks, requests or judges without a claim (see the module docstring)."""
    if c.mode == "direct":
        return quoted_question(ctx, c)
    if c.mode != "indirect" or c.cue is None or ctx.is_quote(c.content[0]):
        return False
    cue = ctx.text[c.cue.start : c.cue.end].lower().split()
    if any(f.lemma in lx.question_verbs for w in cue for f in lx.forms.get(w, [])):
        return True  # "asked whether …", "asked the mayor about …", "asked them to …"
    first = ctx.text[c.content[0].start : c.content[0].end].split(maxsplit=1)
    if first and first[0].lower() in REL_PRONOUNS and cue[-1].endswith("ing"):
        return True  # "the third witness testifying who listened in on the call": a relative clause, no report
    return _no_clause(ctx, c)


def quoted_question(ctx: Context, c: Cand) -> bool:
    """A quotation that is one question and nothing else; one with a statement besides stays."""
    if len(c.content) != 1:
        return False
    inner = ctx.text[c.content[0].start : c.content[0].end].strip(" \"'“”‘’«»„")
    return inner.endswith("?") and not _SENTENCE_END.search(inner[:-1])


def _no_clause(ctx: Context, c: Cand) -> bool:
    """The parse sees no verb in the content ("the attack", "responsibility"); False when the
    content was not parsed."""
    words = [w for sp in c.content for w in words_in(ctx.doc, sp)]
    return bool(words) and not any(ctx.doc.syntax[w].pos in ("VERB", "AUX") for w in words)
