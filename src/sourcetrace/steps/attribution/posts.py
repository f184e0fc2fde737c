"""Embedded social-media posts: their text is the account's claim."""

from __future__ import annotations

import re

from ...document import Span
from ...textutil import lines
from ..candidates import Cand
from ..segment import post_signature
from .context import LINK, Context, strip_span


def posts(ctx: Context) -> None:
    doc = ctx.doc
    for gi, seg in enumerate(doc.segments):
        if seg.kind != "social_post":
            continue
        sig = None
        seg_text = ctx.text[seg.span.start : seg.span.end]
        if seg.handle:
            # the signature is a line of its own ("— Name (@handle) date", "A post shared by …"), the last one
            for line in reversed(list(lines(seg_text))):
                found = post_signature(seg_text[line.start : line.end])
                if found:
                    m, _platform = found
                    at = seg.span.start + line.start
                    sig = Span(at + m.start("author"), at + m.end("handle") + 1)
                    sig_line = Span(seg.span.start + line.start, seg.span.start + line.end)
                    break
        parts: list[Span] = []
        # a quotation without a tag inside the post ('… as bad as the "Save Water" ad.') is part of the
        # account's text, no speech of its own
        ctx.cands = [c for c in ctx.cands if not (seg.span.contains(c.content[0]) and c.cue is None and c.source is None
                                                  and c.rule.startswith("attr.direct.untagged"))]
        inner = [c for c in ctx.cands if seg.span.contains(c.content[0])]
        for c in inner:
            c.post_account = gi
        for sent in doc.sentences:
            if sent.segment != gi:
                continue
            sp = sent.span
            if sig is not None and sp.overlaps(sig_line):
                continue
            txt = ctx.text[sp.start : sp.end].strip()
            if txt.endswith("?") or re.fullmatch(r"(?:\d+\s*[|/]\s*\d+\s*)?(?:pic\.twitter\.com/\w+|https?://\S+)?", txt):
                continue
            if any(c.content[0].overlaps(sp) or (c.cue and sp.contains(c.cue)) for c in inner):
                continue
            m2 = LINK.search(ctx.text, sp.start, sp.end)
            if m2:
                sp = strip_span(ctx.text, Span(sp.start, m2.start()))
            if len(sp) > 3:
                parts.append(sp)
        if parts:
            ctx.cands.append(Cand("social_post", parts, None, sig, "attr.social_post", 0, post_account=gi))
    ctx.cands.sort(key=lambda c: c.content[0].start)

