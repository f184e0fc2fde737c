"""The readable terminal report.

Wrapped to a given width (the CLI passes the terminal's), with the JSON's mode names, and the
rule ids behind each item only when asked for (`why=True`, the CLI's `--why`)."""

from __future__ import annotations

import textwrap

from ..document import REFINED_IN_TEXT, WITHIN_GIVEN, Attribution, Claim, Document, Quantity, Span

#: Width used when none is given (a library caller, a file).
DEFAULT_WIDTH = 100
MIN_WIDTH = 40

_PARTIAL = {4: "year only", 7: "month only"}


def describe_date(doc: Document) -> str:
    """The article date and where it comes from, in words; says so when it is a guess or unknown."""
    d = doc.date
    if d is None or not d.value:
        return ("unknown — relative dates (\u201cyesterday\u201d, \u201con Tuesday\u201d) are left unresolved; "
                "pass --date (a day, month or year) if you know it")
    value = d.value
    if len(value) in _PARTIAL:
        value += f" ({_PARTIAL[len(value)]})"
    if d.origin in ("given", "metadata") and REFINED_IN_TEXT in d.evidence:
        return f"{value}, from {d.evidence}"  # a given or page month/year made exact by a dateline
    if d.origin == "given":
        return f"{value}, given ({d.evidence})"
    if d.origin == "metadata":
        return f"{value}, from the page's metadata ({d.evidence})"
    if d.origin == "inferred" and WITHIN_GIVEN in d.evidence:  # (stored before the exact date kept the given origin)
        return f"{value}, inferred from {d.evidence}"
    if d.origin == "inferred":
        return f"{value}, inferred from {d.evidence} — may be wrong; pass --date if you know it"
    return f"{value}, {d.origin} ({d.evidence})"


def count(n: int, word: str, plural: str | None = None) -> str:
    """ "1 hedge", "5 hedges", "0 hedges" in a report's summary line."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


def quantity_value(q: Quantity) -> str:
    def num(x: float | int | None) -> str:
        if x is None:
            return ""
        if isinstance(x, float):
            return str(int(x)) if x.is_integer() else f"{x:.10g}"
        return str(x)

    if isinstance(q.value, tuple):
        lo, hi = q.value
        return f"[{num(lo)}, {num(hi)}]"
    return num(q.value)


def status_cue(doc: Document, a: Attribution) -> Claim | None:
    """The sentence claim carrying `a` whose status a denial, dispute or confirmation set."""
    return next((c for c in doc.claims
                 if a.id in c.attributions and c.status_cue is not None and c.status == a.status), None)


def fold_notes(doc: Document, a: Attribution) -> list[str]:
    """What a fold of sources did to the claim's source, for its rule list: each `+source.merge.*`
    step of its rule as "“<the mention the claim names>” → <the source it was folded into> (rule)"
    ("“die Bäckerin” → Olga Brandt (source.merge.description)"), not the bare rule id alone."""
    folds = [r for r in a.rule.split("+")[1:] if r.startswith("source.merge.")]
    src = doc.source_by_id(a.source) if a.source else None
    if not folds or src is None:
        return []
    mention = " ".join(doc.text[a.source_span.start : a.source_span.end].split()) if a.source_span else ""
    said = f"\u201c{mention}\u201d" if mention and mention != src.name else "a mention"
    return [f"folded: {said} \u2192 {src.name} ({rule})" for rule in folds]


class _Report:
    def __init__(self, doc: Document, width: int, why: bool) -> None:
        self.doc = doc
        self.width = max(MIN_WIDTH, width)
        self.why = why
        self.lines: list[str] = []

    def t(self, sp: Span | None, limit: int = 0) -> str:
        if sp is None:
            return ""
        s = " ".join(self.doc.text[sp.start : sp.end].split())
        return s if not limit or len(s) <= limit else s[: limit - 1] + "…"

    def add(self, text: str, indent: str = "", hang: str | None = None) -> None:
        """Append `text` wrapped to the report's width (an empty text is an empty line)."""
        if not text:
            self.lines.append("")
            return
        self.lines += textwrap.wrap(text, width=self.width, initial_indent=indent,
                                    subsequent_indent=indent if hang is None else hang,
                                    break_on_hyphens=False) or [indent.rstrip()]

    def claim(self, a: Attribution) -> None:
        doc = self.doc
        head = f"• {a.mode}"
        if a.cue:
            head += f" · cue \u201c{self.t(a.cue)}\u201d"
        head += f" · {a.status}"
        set_by = status_cue(doc, a)
        if set_by is not None and set_by.status_cue is not None:
            head += f" (\u201c{self.t(set_by.status_cue)}\u201d)"
        self.add(head, "  ", "    ")
        content = " […] ".join(self.t(c) for c in a.content)
        self.add(f"\u201c{content}\u201d", "      ")
        if a.via:
            src = doc.source_by_id(a.source) if a.source else None
            names = [v.name for v in a.via if v.position == "upstream"] + [src.name if src else "?"]
            names += [v.name for v in a.via if v.position == "downstream"]
            self.add(f"chain: {' → '.join(names)} → this article", "      ", "        ")
        hedges = [doc.hedges[i] for i in a.hedges if 0 <= i < len(doc.hedges)]
        if hedges:
            self.add("hedges: " + ", ".join(f"{self.t(h.span)} ({h.kind})" for h in hedges), "      ", "        ")
        if self.why:
            rules = [a.rule, *fold_notes(doc, a)] + [f"via {v.rule}" for v in a.via] + [f"hedge {h.rule}" for h in hedges]
            if set_by is not None and set_by.status_rule:
                rules.append(f"status {set_by.status_rule}")
            self.add("why: " + "; ".join(rules), "      ", "        ")


def render(doc: Document, *, width: int = DEFAULT_WIDTH, why: bool = False) -> str:
    """The report as text, every line at most `width` columns (at least 40)."""
    r = _Report(doc, width, why)
    r.add(f"sourcetrace report — {doc.title or doc.name}", hang="  ")
    r.add(f"language {doc.language} · {count(len(doc.attributions), 'attribution')} · "
          f"{count(len(doc.sources), 'source')} · {count(len(doc.hedges), 'hedge')}")
    r.add(f"article date: {describe_date(doc)}", hang="  ")
    for n in doc.reader_notes:
        r.add(f"reader: {n.note}" + (f" [{n.rule}]" if why else ""), hang="  ")
    for x in doc.set_aside:
        r.add(f"set aside: {x.note}" + (f" [{x.rule}]" if why else ""), hang="  ")
    if doc.publisher:
        r.add(f"publisher: {doc.publisher} — the end of every chain, never a link or source of its own article",
              hang="  ")
    r.add("")
    r.add("SOURCES USED")
    if not doc.sources:
        r.add("(none found)", "  ")
    claims_of, relays_of = doc.claims_and_relays()  # one pass, not one per source
    for s in doc.sources:
        n_claims = len(claims_of.get(s.id, []))
        n_relay = len(relays_of.get(s.id, []))
        hand = "first-hand" if s.distance == 0 else f"via {s.distance} intermediar{'y' if s.distance == 1 else 'ies'}"
        role = f", {s.role}" if s.role else ""
        extra = f"; relays {n_relay}" if n_relay else ""
        credit = "; credited" if s.credit else ""
        rule = f"; why: {s.rule}" if why else ""
        r.add(f"{s.name} [{s.type}{role}] — {n_claims} claim(s){extra}; {hand}; {len(s.mentions)} mention(s)"
              f"{credit}{rule}", "  ", "      ")
    if doc.credits:
        r.add("")
        r.add("CREDITED FOR THE COPY (no source of the claims; the last link of their chains)")
        for cr in doc.credits:
            n_relay = len(relays_of.get(cr.id, []))
            extra = f"; ends {n_relay} chain(s)" if n_relay else ""
            rule = f"; why: {cr.rule}" if why else ""
            r.add(f"{cr.name} [{cr.type}]{extra}; {len(cr.mentions)} mention(s){rule}", "  ", "      ")
    r.add("")
    r.add("CLAIMS BY SOURCE")
    unresolved = [a for a in doc.attributions if a.source is None]
    for sid in [s.id for s in doc.sources] + [None]:
        atts = [a for a in (claims_of.get(sid, []) if sid is not None else unresolved) if a.mode != "social_post"]
        if not atts:
            continue
        src = doc.source_by_id(sid) if sid else None
        r.add(f"{src.name if src else 'unresolved source'}:")
        for a in atts:
            r.claim(a)
    r.add("")
    r.add("THE AUTHOR'S OWN CLAIMS")
    own = 0
    for c in doc.claims:
        seg = doc.segment_at(c.span.start)
        if c.attributions or seg is None or seg.kind != "body":
            continue
        own += 1
        mark = "" if c.status == "asserted" else f" [{c.status}]"
        if c.status_cue is not None:
            mark = f" [{c.status}: \u201c{r.t(c.status_cue)}\u201d" + (f"; why: {c.status_rule}" if why else "") + "]"
        r.add(f"– {r.t(c.span)}{mark}", "", "  ")
    if not own:
        r.add("(none)", "  ")
    posts = [(i, s) for i, s in enumerate(doc.segments) if s.kind == "social_post"]
    if posts:
        r.add("")
        r.add("EMBEDDED POSTS")
        for i, p in posts:
            who = f"{p.author or '?'} ({p.handle or 'no handle'})"
            platform = f" on {p.platform}" if p.platform else ""
            r.add(f"{who}{platform}, {p.date or 'undated'}, {p.language}:", "  ", "    ")
            r.add(r.t(p.span), "    ")
            if why:
                rules = [p.rule] + [a.rule for a in doc.attributions if a.mode == "social_post" and a.segment == i]
                r.add("why: " + "; ".join(rules), "    ", "      ")
    comments = [s for s in doc.segments if s.kind == "comment"]
    if comments:
        r.add("")
        r.add("READER COMMENTS (not analysed as claims)")
        for cm in comments:
            meta = ", ".join(x for x in (cm.author, cm.date) if x)
            r.add(f"– {meta + ': ' if meta else ''}{r.t(cm.span, 300)}", "  ", "    ")
    if doc.timexes or doc.quantities:
        r.add("")
        r.add("DATES AND QUANTITIES")
        if doc.timexes:
            r.add("; ".join(f"{r.t(t.span)} = {t.value or 'unresolved'}" + (f" ({t.rule})" if why else "") for t in doc.timexes),
                  "  ", "    ")
        if doc.quantities:
            r.add("; ".join(f"{r.t(q.span)} = {quantity_value(q)}" + (f" {q.unit}" if q.unit else "")
                            + (f" ({q.rule})" if why else "") for q in doc.quantities), "  ", "    ")
    return "\n".join(r.lines) + "\n"
