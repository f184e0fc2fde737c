"""The readable terminal report."""

from __future__ import annotations

import textwrap

from ..document import Attribution, Document, Span

_MODE = {"direct": "quote", "indirect": "indirect", "according_to": "according to",
         "continuation": "continued", "social_post": "post"}


def _t(doc: Document, sp: Span | None, width: int = 0) -> str:
    if sp is None:
        return ""
    s = " ".join(doc.text[sp.start : sp.end].split())
    return s if not width or len(s) <= width else s[: width - 1] + "…"


def _claim(doc: Document, a: Attribution) -> list[str]:
    content = " […] ".join(_t(doc, c) for c in a.content)
    head = f"  • [{_MODE[a.mode]}"
    if a.cue:
        head += f", cue “{_t(doc, a.cue)}”"
    head += f", {a.status}]"
    lines = [head]
    lines += textwrap.wrap(f"“{content}”", width=96, initial_indent="      ", subsequent_indent="      ")
    if a.via:
        src = doc.source_by_id(a.source) if a.source else None
        names = [v.name for v in a.via if v.position == "upstream"] + [src.name if src else "?"]
        names += [v.name for v in a.via if v.position == "downstream"]
        lines.append(f"      chain: {' → '.join(names)} → this article")
    hed = [doc.hedges[i] for i in a.hedges]
    if hed:
        lines.append("      hedges: " + ", ".join(f"{_t(doc, h.span)} ({h.kind})" for h in hed))
    lines.append(f"      why: {a.rule}")
    return lines


def render(doc: Document) -> str:
    out: list[str] = []
    title = doc.title or doc.name
    out.append(f"sourcetrace report — {title}")
    date = f"{doc.date.value} ({doc.date.origin}: {doc.date.evidence})" if doc.date else "unknown"
    out.append(f"language {doc.language} · date {date} · {len(doc.attributions)} attributions · "
               f"{len(doc.sources)} sources · {len(doc.hedges)} hedges")
    out.append("")
    out.append("SOURCES USED")
    if not doc.sources:
        out.append("  (none found)")
    for s in doc.sources:
        n_claims = sum(1 for a in doc.attributions if a.source == s.id)
        n_relay = sum(1 for a in doc.attributions if any(v.source == s.id for v in a.via))
        hand = "first-hand" if s.distance == 0 else f"via {s.distance} intermediar{'y' if s.distance == 1 else 'ies'}"
        role = f", {s.role}" if s.role else ""
        extra = f"; relays {n_relay}" if n_relay else ""
        credit = "; credited" if s.credit else ""
        out.append(f"  {s.name} [{s.type}{role}] — {n_claims} claim(s){extra}; {hand}; "
                   f"{len(s.mentions)} mention(s){credit}")
    out.append("")
    out.append("CLAIMS BY SOURCE")
    order = [s.id for s in doc.sources] + [None]
    for sid in order:
        atts = [a for a in doc.attributions if a.source == sid and a.mode != "social_post"]
        if not atts:
            continue
        src = doc.source_by_id(sid) if sid else None
        out.append(f"{src.name if src else 'unresolved source'}:")
        for a in atts:
            out.extend(_claim(doc, a))
    out.append("")
    out.append("THE AUTHOR'S OWN CLAIMS")
    own = [c for c in doc.claims if not c.attributions and doc.segment_at(c.span.start) is not None
           and doc.segment_at(c.span.start).kind == "body"]  # type: ignore[union-attr]
    for c in own:
        mark = "" if c.status == "asserted" else f" [{c.status}]"
        out += textwrap.wrap(f"– {_t(doc, c.span)}{mark}", width=100, subsequent_indent="  ")
    posts = [s for s in doc.segments if s.kind == "social_post"]
    if posts:
        out.append("")
        out.append("EMBEDDED POSTS")
        for p in posts:
            who = f"{p.author or '?'} ({p.handle or 'no handle'})"
            out.append(f"  {who}, {p.date or 'undated'}, {p.language}:")
            out += textwrap.wrap(_t(doc, p.span), width=96, initial_indent="    ", subsequent_indent="    ")
    comments = [s for s in doc.segments if s.kind == "comment"]
    if comments:
        out.append("")
        out.append("READER COMMENTS (not analysed as claims)")
        for cm in comments:
            out += textwrap.wrap(_t(doc, cm.span, 300), width=96, initial_indent="  – ", subsequent_indent="    ")
    if doc.timexes or doc.quantities:
        out.append("")
        out.append("DATES AND QUANTITIES")
        if doc.timexes:
            out.append("  " + "; ".join(f"{_t(doc, t.span)} = {t.value}" for t in doc.timexes))
        if doc.quantities:
            def v(q: object) -> str:
                val = q.value  # type: ignore[attr-defined]
                if isinstance(val, tuple):
                    lo, hi = val
                    return f"[{'' if lo is None else lo}, {'' if hi is None else hi}]"
                return str(val)
            out.append("  " + "; ".join(f"{_t(doc, q.span)} = {v(q)}" for q in doc.quantities))
    return "\n".join(out) + "\n"
