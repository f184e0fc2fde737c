"""One self-contained HTML report (no network): the article with claims, sources, cues, hedges,
dates and quantities marked; selecting a claim — by click, or by keyboard with Tab and
Enter/Space — shows its source, cue, chain, hedges and values.

A claim inside another claim is a span inside the other's span: each can be selected (click the
inner one, or the outer one's own words; Tab reaches the outer first), and the detail names the
claim around it and the claims inside it. The spans themselves are not controls (a control inside
a control is invalid HTML and confuses screen readers): each claim's keyboard stop is a small
numbered <button> at its start, which holds no text of the article (its number is drawn by CSS). Everything from the article goes through
`html.escape`; a Content-Security-Policy lets only this report's own style and script run, and
loads nothing from the network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from urllib.parse import urlsplit

from ..document import WITHIN_GIVEN, Attribution, Claim, Document, Quantity, Span, Timex
from .json import to_dict
from .text import count, describe_date, fold_notes, quantity_value, status_cue

MODES: dict[str, str] = {
    "direct": "a quotation in the source's own words",
    "indirect": "reported speech: what the source said, in the article's words",
    "according_to": "marked by laut, zufolge, nach Angaben, according to …",
    "continuation": "reported speech that goes on without a new cue (same source)",
    "social_post": "the text of an embedded social-media post",
}
SOURCE_TYPES: dict[str, str] = {
    "person": "a named person", "government": "a government body or official office",
    "military": "armed forces", "intelligence": "an intelligence service", "media": "a newspaper, broadcaster or site",
    "news_agency": "a news agency (AFP, Reuters, dpa …)", "think_tank": "a research institute or think tank",
    "ngo": "a non-governmental organisation", "company": "a company", "court": "a court or prosecutor", "police": "a police force or its office",
    "party": "a political party", "international_org": "an international organisation (UN, EU …)",
    "website": "a website", "social_account": "a social-media account", "document": "a document, report or paper",
    "anonymous": "an unnamed source (\u201cofficials said\u201d)", "unnamed": "a group or role without a name",
}
HEDGE_KINDS: dict[str, str] = {
    "reportative": "second-hand report (soll, angeblich, reportedly)",
    "epistemic": "a guess or likelihood (dürfte, könnte, likely)",
    "reputation": "a reputation, not a finding (gilt als, is seen as)",
    "inference": "an inference from signs (scheint, deutet darauf hin, suggests)",
    "evidential_negation": "what could not be verified",
    "confirmation": "confirmed by someone", "denial": "denied by someone", "dispute": "disputed by someone",
    "question": "asked, not claimed",
}
STATUSES: dict[str, str] = {
    "asserted": "stated as fact", "attributed": "stands on the source's word", "hedged": "weakened by a hedge",
    "unverified": "said to be unconfirmed", "disputed": "contested", "denied": "denied", "confirmed": "confirmed",
}
SEGMENT_LABELS: dict[str, str] = {
    "caption": "Caption", "source_list": "List of sources", "boilerplate": "Page boilerplate (not analysed)",
}
#: Order of marks that share the same extent: the outermost first.
_PRIORITY = {"claim": 0, "own": 1, "src": 2, "cue": 3, "hedge": 4, "timex": 5, "qty": 6}


def _gloss(table: dict[str, str], key: str) -> str:
    """' — explanation' for a known name; nothing for a name added since (a new type or kind)."""
    return f" — {esc(table[key])}" if key in table else ""


def timex_value(value: str) -> str:
    return value or "unresolved (no anchor date)"


def esc(value: object) -> str:
    """`html.escape` (quotes too); a string with nothing to escape is returned as it is, without
    five passes of `str.replace` (most of a report's attribute values and many stretches of text)."""
    s = value if type(value) is str else ("" if value is None else str(value))
    if "&" in s or "<" in s or ">" in s or '"' in s or "'" in s:
        return html.escape(s, quote=True)
    return s


@dataclass(order=True)
class _Mark:
    start: int
    neg_end: int
    prio: int
    index: int  # keeps the order stable and makes every mark distinct
    cls: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False, default_factory=dict)
    focus_attrs: dict[str, str] = field(compare=False, default_factory=dict)

    @property
    def end(self) -> int:
        return -self.neg_end


def _short(text: str, limit: int = 90) -> str:
    s = " ".join(text.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


class _Report:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.src = {s.id: s for s in doc.sources}
        self.claims_of, self.relays_of = doc.claims_and_relays()  # one pass, not one per source
        self.atts = {a.id: a for a in doc.attributions}
        self.number = {a.id: i for i, a in enumerate(doc.attributions, 1)}
        self.parent, self.children = self._nesting()
        self.mark_starts: list[int] = []
        self.opened: set[int] = set()
        self.longest_mark = 0
        self.timexes = self._by_start(doc.timexes)
        self.quantities = self._by_start(doc.quantities)
        self.own = [
            c for c in doc.claims
            if not c.attributions and (seg := doc.segment_at(c.span.start)) is not None and seg.kind == "body"
        ]

    @staticmethod
    def _by_start(items: Sequence[Timex | Quantity]) -> tuple[list[int], list[Timex | Quantity]]:
        ordered = sorted(items, key=lambda x: (x.span.start, x.span.end))
        return [x.span.start for x in ordered], ordered

    # -- what is inside what --------------------------------------------------------------
    def _nesting(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        """Each claim's closest enclosing claim: every span of the inner one lies inside the outer's."""
        def hull(a: Attribution) -> tuple[int, int]:
            return min(c.start for c in a.content), max(c.end for c in a.content)

        def inside(inner: Attribution, outer: Attribution) -> bool:
            return all(any(o.contains(c) for o in outer.content) for c in inner.content)

        atts = [a for a in self.doc.attributions if a.content]
        atts.sort(key=lambda a: (hull(a)[0], -hull(a)[1], self.number[a.id]))
        parent: dict[str, str] = {}
        stack: list[Attribution] = []
        for a in atts:
            start, end = hull(a)
            while stack and hull(stack[-1])[1] <= start:
                stack.pop()
            for outer in reversed(stack):
                if hull(outer)[1] >= end and inside(a, outer):
                    parent[a.id] = outer.id
                    break
            stack.append(a)
        children: dict[str, list[str]] = {}
        for inner_id, outer_id in parent.items():
            children.setdefault(outer_id, []).append(inner_id)
        for kids in children.values():
            kids.sort(key=lambda k: self.number[k])
        return parent, children

    def source_name(self, a: Attribution) -> str:
        src = self.src.get(a.source) if a.source else None
        if src is not None:
            return src.name
        return self.doc.span_text(a.source_span) if a.source_span else "unresolved source"

    def content(self, a: Attribution) -> str:
        return " […] ".join(self.doc.span_text(c) for c in sorted(a.content))

    def label(self, a: Attribution) -> str:
        return f"claim {self.number[a.id]}: {a.mode}, {self.source_name(a)}"

    # -- marks in the text ----------------------------------------------------------------
    def marks(self) -> list[_Mark]:
        doc = self.doc
        out: list[_Mark] = []

        def add(span: Span | None, cls: str, kind: str, attrs: dict[str, str] | None = None,
                focus: dict[str, str] | None = None) -> None:
            if span is None or span.end <= span.start:
                return
            out.append(_Mark(span.start, -span.end, _PRIORITY[kind], len(out), cls, attrs or {}, focus or {}))

        for a in doc.attributions:
            nested = " nested" if a.id in self.parent else ""
            for k, part in enumerate(sorted(a.content)):
                focus = {"data-att": a.id, "data-n": str(self.number[a.id]), "aria-pressed": "false",
                         "aria-label": f"{self.label(a)}: \u201c{_short(self.content(a), 160)}\u201d"} if k == 0 else {}
                add(part, f"claim m-{a.mode}{nested}", "claim", {"data-att": a.id}, focus)
            add(a.source_span, "src", "src", {"title": f"source: {self.source_name(a)}"})
            add(a.cue, "cue", "cue", {"title": "cue"})
        for i, claim in enumerate(self.own):
            add(claim.span, "own", "own", {"id": f"own-{i + 1}"})
        for h in doc.hedges:
            add(h.span, f"hedge h-{h.kind}", "hedge", {"title": f"hedge: {h.kind.replace('_', ' ')}"})
        for t in doc.timexes:
            add(t.span, "timex", "timex", {"title": f"date: {timex_value(t.value)}"})
        for q in doc.quantities:
            add(q.span, "qty", "qty", {"title": f"quantity: {quantity_value(q)}{' ' + q.unit if q.unit else ''}"})
        return out

    def render_range(self, start: int, end: int, marks: list[_Mark]) -> str:
        """text[start:end] with marks as properly nested spans; a mark that crosses another is
        closed and reopened (only its first piece takes keyboard focus). `marks` are sorted."""
        lo_i = bisect_left(self.mark_starts, start - self.longest_mark)
        hi_i = bisect_left(self.mark_starts, end)
        inside = [m for m in marks[lo_i:hi_i] if m.start < end and m.end > start]
        bounds = sorted({start, end} | {max(start, m.start) for m in inside} | {min(end, m.end) for m in inside})
        text = self.doc.text
        out: list[str] = []
        stack: list[_Mark] = []
        opened = self.opened  # across segments: a claim that spans two still has one keyboard stop
        by_start: dict[int, list[_Mark]] = {}
        for m in inside:
            by_start.setdefault(max(start, m.start), []).append(m)
        active: list[_Mark] = []
        for lo, hi in pairwise(bounds):
            active = [m for m in active if m.end > lo] + by_start.get(lo, [])
            active.sort()
            common = 0
            while common < len(stack) and common < len(active) and stack[common] is active[common]:
                common += 1
            for _ in range(len(stack) - common):
                stack.pop()
                out.append("</span>")
            for m in active[common:]:
                attrs = dict(m.attrs)
                key = ""
                if m.index not in opened:
                    if m.focus_attrs:  # the claim's keyboard stop, at the start of its first piece
                        key = ('<button type="button" class="key"'
                               + "".join(f' {k}="{esc(v)}"' for k, v in m.focus_attrs.items()) + "></button>")
                    opened.add(m.index)
                elif "id" in attrs:
                    del attrs["id"]  # ids stay unique
                out.append(f'<span class="{esc(m.cls)}"' + "".join(f' {k}="{esc(v)}"' for k, v in attrs.items())
                           + ">" + key)
                stack.append(m)
            out.append(esc(text[lo:hi]))
        out.extend("</span>" for _ in stack)
        return "".join(out)

    # -- the parts of the page -----------------------------------------------------------
    def segments(self) -> str:
        marks = sorted(self.marks())
        self.mark_starts = [m.start for m in marks]
        self.longest_mark = max((m.end - m.start for m in marks), default=0)
        parts = []
        for s in self.doc.segments:
            label = ""
            if s.kind == "social_post":
                who = " ".join(x for x in (s.author, f"({s.handle})" if s.handle else None) if x) or "unknown account"
                extra = " · ".join(x for x in (s.date, s.platform) if x)
                label = f"Embedded post — {who}" + (f" · {extra}" if extra else " · undated")
            elif s.kind == "comment":
                meta = " · ".join(x for x in (s.author, s.date) if x)
                label = "Reader comment (not analysed as claims)" + (f" — {meta}" if meta else "")
            elif s.kind in SEGMENT_LABELS:
                label = SEGMENT_LABELS[s.kind]
            head = f'<div class="kind">{esc(label)}</div>' if label else ""
            parts.append(f'<div class="seg seg-{esc(s.kind)}" lang="{esc(s.language)}">{head}'
                         f'<div class="text">{self.render_range(s.span.start, s.span.end, marks)}</div></div>')
        return "\n".join(parts)

    def card(self, a: Attribution) -> str:
        doc = self.doc
        rows: list[tuple[str, str]] = []
        src = self.src.get(a.source) if a.source else None
        if src is not None:
            role = f", {src.role}" if src.role else ""
            rows.append(("source", f"{esc(src.name)} <span class=\"tag\">{esc(src.type)}{esc(role)}</span>"))
        else:
            rows.append(("source", esc(self.source_name(a))))
        rows.append(("mode", esc(a.mode) + _gloss(MODES, a.mode)))
        if a.mode == "social_post" and 0 <= a.segment < len(doc.segments):
            seg = doc.segments[a.segment]
            rows.append(("post", esc(" · ".join(x for x in (seg.author, seg.handle, seg.date, seg.platform) if x)
                                     or "no account or date on the page")))
        rows.append(("cue", esc(doc.span_text(a.cue)) if a.cue else "—"))
        rows.append(("claim", f"\u201c{esc(_short(self.content(a), 600))}\u201d"))
        up = [v.name for v in a.via if v.position == "upstream"]
        down = [v.name for v in a.via if v.position == "downstream"]
        chain = [*up, self.source_name(a), *down, "this article"]
        rows.append(("chain", " → ".join(esc(x) for x in chain)))
        set_by = status_cue(doc, a)
        by = (f" (\u201c{esc(doc.span_text(set_by.status_cue))}\u201d)"
              if set_by is not None and set_by.status_cue is not None else "")
        rows.append(("status", f"{esc(a.status)}{by}" + _gloss(STATUSES, a.status)))
        hedges = [doc.hedges[i] for i in a.hedges if 0 <= i < len(doc.hedges)]
        if hedges:
            rows.append(("hedges", ", ".join(f"{esc(doc.span_text(h.span))} ({esc(h.kind.replace('_', ' '))})"
                                             for h in hedges)))
        times = [t for t in self.within(self.timexes, a) if isinstance(t, Timex)]
        if times:
            rows.append(("dates", "; ".join(f"{esc(doc.span_text(t.span))} = {esc(timex_value(t.value))}"
                                            for t in times)))
        qs = [q for q in self.within(self.quantities, a) if isinstance(q, Quantity)]
        if qs:
            rows.append(("quantities", "; ".join(f"{esc(doc.span_text(q.span))} = {esc(quantity_value(q))}"
                                                 f"{' ' + esc(q.unit) if q.unit else ''}" for q in qs)))
        if a.id in self.parent:
            outer = self.atts[self.parent[a.id]]
            rows.append(("inside", self.goto(outer)))
        if a.id in self.children:
            rows.append(("contains", " ".join(self.goto(self.atts[k]) for k in self.children[a.id])))
        why = [a.rule, *fold_notes(doc, a), *(f"via {v.rule}" for v in a.via), *(f"hedge {h.rule}" for h in hedges)]
        if set_by is not None and set_by.status_rule:
            why.append(f"status {set_by.status_rule}")
        rows.append(("why", esc("; ".join(why))))
        body = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows)
        return (f'<div class="card" id="card-{esc(a.id)}" data-att="{esc(a.id)}" hidden>'
                f"<h3>{esc(self.label(a))}</h3><dl>{body}</dl></div>")

    def within(self, items: tuple[list[int], list[Timex | Quantity]], a: Attribution) -> list[Timex | Quantity]:
        """The items (sorted by start) that lie inside one of the claim's content spans."""
        starts, objs = items
        found: list[Timex | Quantity] = []
        for c in sorted(a.content):
            for k in range(bisect_left(starts, c.start), bisect_left(starts, c.end)):
                if c.contains(objs[k].span) and objs[k] not in found:
                    found.append(objs[k])
        return found

    def goto(self, a: Attribution) -> str:
        return (f'<button type="button" class="goto" data-att="{esc(a.id)}">{esc(self.label(a))}</button>')

    def claim_list(self) -> str:
        doc = self.doc
        groups = []
        for sid in [s.id for s in doc.sources] + [None]:
            atts = self.claims_of.get(sid, []) if sid is not None else [a for a in doc.attributions if a.source is None]
            if not atts:
                continue
            name = self.src[sid].name if sid else "unresolved source"
            items = "".join(
                f'<li><button type="button" class="goto" data-att="{esc(a.id)}" '
                f'aria-label="{esc(self.label(a))}"><span class="sw m-{esc(a.mode)}"></span>{esc(a.mode)}: '
                f"\u201c{esc(_short(' … '.join(doc.span_text(c) for c in sorted(a.content)), 80))}\u201d</button></li>"
                for a in atts
            )
            groups.append(f"<li><b>{esc(name)}</b><ul>{items}</ul></li>")
        return "".join(groups) or "<li>No claims found.</li>"

    def by(self, c: Claim) -> str:
        return f": \u201c{esc(self.doc.span_text(c.status_cue))}\u201d" if c.status_cue is not None else ""

    def own_list(self) -> str:
        if not self.own:
            return "<li>None found.</li>"
        return "".join(
            f'<li><button type="button" class="own-link" data-own="own-{i}">'
            f"{esc(_short(self.doc.span_text(c.span), 120))}</button>"
            f"{'' if c.status == 'asserted' else ' <span class=tag>' + esc(c.status) + self.by(c) + '</span>'}</li>"
            for i, c in enumerate(self.own, 1)
        )

    def legend(self) -> str:
        doc = self.doc
        modes = "".join(f'<li><span class="sw m-{esc(m)}"></span><b>{esc(m)}</b> — {esc(t)}</li>'
                        for m, t in MODES.items())
        marks = (
            '<li><span class="claim m-indirect">claim</span> — click it, or Tab to its number and press Enter or Space</li>'
            '<li><span class="claim m-indirect">outer <span class="claim m-direct nested">inner</span></span>'
            " — a claim inside another; each can be selected</li>"
            '<li><span class="src">source</span> — who is credited</li>'
            '<li><span class="cue">cue</span> — the words that mark the attribution</li>'
            '<li><span class="hedge">hedge</span> — a word that weakens or qualifies a claim</li>'
            '<li><span class="timex">date</span> — a date or time (value in the list below)</li>'
            '<li><span class="qty">quantity</span> — a number or amount (value in the list below)</li>'
        )
        types = sorted({s.type for s in doc.sources})
        type_items = "".join(f"<li><b>{esc(t)}</b>{_gloss(SOURCE_TYPES, t)}</li>" for t in types)
        kinds = sorted({h.kind for h in doc.hedges})
        kind_items = "".join(f"<li><b>{esc(k.replace('_', ' '))}</b>{_gloss(HEDGE_KINDS, k)}</li>"
                             for k in kinds)
        return (f"<h3>Marks</h3><ul class=\"legend\">{marks}</ul><h3>Modes</h3><ul class=\"legend\">{modes}</ul>"
                + (f"<h3>Source types in this article</h3><ul class=\"legend\">{type_items}</ul>" if types else "")
                + (f"<h3>Hedge kinds in this article</h3><ul class=\"legend\">{kind_items}</ul>" if kinds else ""))

    def values(self) -> str:
        doc = self.doc
        parts = []
        if doc.timexes:
            parts.append("<h3>Dates and times</h3>" + _table(
                ["in the text", "value", "type"],
                [[esc(doc.span_text(t.span)), esc(timex_value(t.value)), esc(t.type.lower())] for t in doc.timexes]))
        if doc.quantities:
            parts.append("<h3>Quantities</h3>" + _table(
                ["in the text", "value", "unit"],
                [[esc(doc.span_text(q.span)), esc(quantity_value(q)),
                  esc(q.unit or "") + (" (approx.)" if q.approximate else "")] for q in doc.quantities]))
        if doc.hedges:
            parts.append("<h3>Hedges</h3>" + _table(
                ["hedge", "kind", "scope"],
                [[esc(doc.span_text(h.span)), esc(h.kind.replace("_", " ")),
                  esc(_short(doc.span_text(h.scope), 60)) if h.scope else ""] for h in doc.hedges]))
        return "".join(parts) or "<p>None found.</p>"

    def sources(self) -> str:
        doc = self.doc
        rows = [[esc(s.name), esc(s.type) + (f"<br><small>{esc(s.role)}</small>" if s.role else ""),
                 str(len(self.claims_of.get(s.id, []))), "first-hand" if s.distance == 0 else f"via {s.distance}"]
                for s in doc.sources]
        return _table(["source", "type", "claims", "distance"], rows, "sources") if rows else "<p>None found.</p>"

    def credits(self) -> str:
        """The agencies credited for the copy: no sources of the claims, the last link of their chains."""
        doc = self.doc
        if not doc.credits:
            return ""
        rows = [[esc(c.name), esc(c.type), str(len(self.relays_of.get(c.id, [])))]
                for c in doc.credits]
        return ('<section aria-labelledby="h-credits"><h2 id="h-credits">Credited for the copy</h2>'
                "<p class=\"meta\">No source of the claims: the last link of their chains.</p>"
                + _table(["credited", "type", "chains it ends"], rows, "credits") + "</section>")


def _table(headers: list[str], rows: list[list[str]], table_id: str = "") -> str:
    """A table whose cells (already escaped HTML) carry their column's name, so that a narrow
    screen can show each row as a small block of labelled lines."""
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f'<td data-label="{esc(h)}">{cell}</td>' for h, cell in zip(headers, row))
                   + "</tr>" for row in rows)
    ident = f' id="{esc(table_id)}"' if table_id else ""
    return f"<table{ident}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _date_line(doc: Document) -> str:
    d = doc.date
    state = "unknown" if d is None or not d.value else d.origin
    # (an exact date within the user's month, stored as `inferred` before it kept the given origin, is no guess)
    warn = state == "unknown" or (state == "inferred" and WITHIN_GIVEN not in (d.evidence if d else ""))
    return (f'<p class="date date-{esc(state)}" id="article-date">{"⚠ " if warn else ""}'
            f"<b>Article date:</b> {esc(describe_date(doc))}</p>")


def _reader_notes(doc: Document) -> str:
    """What the reader left out of the page or read otherwise (`Document.reader_notes`), with the rule."""
    return "".join(f'<p class="reader-note">Reader: {esc(n.note)} <code>{esc(n.rule)}</code></p>'
                   for n in doc.reader_notes)


def _set_aside(doc: Document) -> str:
    """What a step set aside with no kept item to carry the decision (`Document.set_aside`), with the rule."""
    return "".join(f'<p class="reader-note">Set aside: {esc(x.note)} <code>{esc(x.rule)}</code></p>'
                   for x in doc.set_aside)


def _url(doc: Document) -> str:
    if not doc.url:
        return ""
    scheme = urlsplit(doc.url.strip()).scheme.lower()
    if scheme in ("http", "https"):
        return f'<p class="url">From <a href="{esc(doc.url.strip())}" rel="noopener noreferrer">{esc(doc.url)}</a></p>'
    return f'<p class="url">From {esc(doc.url)}</p>'


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render(doc: Document) -> str:
    """The report as one HTML page; it loads nothing and runs only its own script."""
    r = _Report(doc)
    payload = (json.dumps(to_dict(doc), ensure_ascii=False)
               .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    title = esc(doc.title or doc.name)
    csp = (f"default-src 'none'; style-src {_csp_hash(_CSS)}; script-src {_csp_hash(_JS)}; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    cards = "".join(r.card(a) for a in doc.attributions)
    n_own = len(r.own)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>sourcetrace — {title}</title><style>{_CSS}</style></head>
<body>
<a class="skip" href="#claims">Skip to the list of claims</a>
<header><h1>{title}</h1>
{_date_line(doc)}{_reader_notes(doc)}{_set_aside(doc)}{_url(doc)}
<p class="meta">language {esc(doc.language)} · {count(len(doc.attributions), "claim")} from others · {count(len(doc.sources), "source")} ·
{n_own} of the author's own · {count(len(doc.hedges), "hedge")} · {count(len(doc.timexes), "date")} · {count(len(doc.quantities), "quantity", "quantities")}</p>
<p class="meta">Select a highlighted claim (click, or Tab and Enter) to see its source, chain and hedges.</p></header>
<div class="layout">
<main id="article" aria-label="the article, with claims highlighted">
{r.segments()}
</main>
<aside>
<section id="detail" aria-live="polite" aria-label="selected claim" tabindex="-1">
<div class="detail-head"><h2>Selected claim</h2>
<button type="button" id="close" aria-label="close the claim details">×</button></div>
<p id="hint">No claim selected. Click a highlighted claim, or Tab to it and press Enter.</p>
{cards}</section>
<section aria-labelledby="h-legend"><details open><summary><h2 id="h-legend">Legend</h2></summary>{r.legend()}</details></section>
<section aria-labelledby="h-sources"><h2 id="h-sources">Sources used</h2>{r.sources()}</section>
{r.credits()}
<section aria-labelledby="h-claims"><h2 id="h-claims">Claims by source</h2><ul id="claims" class="claims" tabindex="-1">{r.claim_list()}</ul></section>
<section aria-labelledby="h-own"><h2 id="h-own">The author's own claims</h2><ul id="own" class="claims">{r.own_list()}</ul></section>
<section aria-labelledby="h-values"><h2 id="h-values">Dates, quantities, hedges</h2>{r.values()}</section>
</aside></div>
<script type="application/json" id="data">{payload}</script>
<script>{_JS}</script></body></html>
"""


_CSS = """
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,sans-serif;margin:0;color:#1d1d1d;background:#fff}
header{padding:1rem 2rem .5rem;border-bottom:1px solid #ddd}
h1{font-size:1.4rem;margin:.2rem 0 .4rem;overflow-wrap:anywhere}
h2{font-size:1.05rem;margin:1rem 0 .4rem}h3{font-size:.95rem;margin:.8rem 0 .3rem}
.meta,.url{color:#555;font-size:.85rem;margin:.2rem 0;overflow-wrap:anywhere}
.date{margin:.2rem 0;font-size:.95rem}.date-unknown,.date-inferred{color:#8a4b00}
.layout{display:flex;align-items:flex-start}
main{flex:3;min-width:0;padding:1rem 2rem;max-width:52rem}
aside{flex:2;min-width:0;padding:0 1.2rem 1.5rem;background:#f6f6f4;border-left:1px solid #ddd;position:sticky;top:0;max-height:100vh;overflow:auto}
.seg{margin:0 0 .7rem;padding:.2rem .4rem;border-radius:4px}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.seg-title .text{font-size:1.25em;font-weight:600}
.seg-social_post{background:#eef4ff;border-left:4px solid #3b6fd8}
.seg-comment{background:#f1f1f1;color:#555;font-size:.92em;border-left:4px solid #aaa}
.seg-source_list{color:#555;font-style:italic}.seg-boilerplate{color:#777;font-size:.85em}
.kind{font-size:.75em;color:#444;text-transform:uppercase;letter-spacing:.04em;margin-bottom:.15rem}
.claim{cursor:pointer;border-radius:2px;padding:.05em 0}
.m-direct{background:#fde9a6}.m-indirect{background:#d9efd2}.m-according_to{background:#dfe7fb}
.m-continuation{background:#eee0f7}.m-social_post{background:#fbe0d8}
.claim.nested{box-shadow:inset 0 -3px 0 #7a5b00;border:1px solid #9c8a55}
.claim.sel{background:#ffd23f;outline:2px solid #8a6500}
.key{font:inherit;font-size:.68em;line-height:1.1;vertical-align:.35em;min-width:1.5em;margin:0 .2em 0 0;padding:0 .25em;border:1px solid #6b4f00;border-radius:.7em;background:#fff;color:#1d1d1d;cursor:pointer}
.key::before{content:attr(data-n)}
.key[aria-pressed=true]{background:#6b4f00;color:#fff}
.claim:has(> .key:focus-visible){outline:2px dashed #0b57d0}
button:focus-visible,a:focus-visible,summary:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.src{border-bottom:2px solid #1f7a4d;font-weight:600}.cue{color:#a01d1d;font-weight:700}
.hedge{text-decoration:underline wavy #c25e00;text-decoration-thickness:1.5px}
.timex{border-bottom:2px dotted #2457c5}.qty{border-bottom:2px dashed #7a3db8}
.own.flash{outline:3px solid #0b57d0}
.sw{display:inline-block;width:1em;height:1em;border:1px solid #888;vertical-align:-.15em;margin-right:.3em;border-radius:2px}
#detail{background:#fff;border:1px solid #ccc;padding:.2rem .9rem .7rem;border-radius:6px;margin-top:1rem}
.detail-head{display:flex;justify-content:space-between;align-items:center}
#close{display:none;font-size:1.3rem;line-height:1;border:1px solid #aaa;background:#fff;border-radius:4px;padding:.1rem .5rem;cursor:pointer}
dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:.15rem .6rem}dt{font-weight:700;color:#444}dd{margin:0;overflow-wrap:anywhere}
.tag{font-size:.8em;background:#e8e8e8;border-radius:3px;padding:0 .3em;color:#333}
button.goto,button.own-link{font:inherit;text-align:left;background:none;border:0;padding:.1rem 0;color:#0b4fb3;cursor:pointer;text-decoration:underline}
.claims{padding-left:1.1rem;font-size:.9rem;overflow-wrap:anywhere}.claims ul{padding-left:.6rem;list-style:none}
.legend{list-style:none;padding:0;font-size:.9rem}.legend li{margin:.15rem 0}
summary{cursor:pointer}summary h2{display:inline}
table{border-collapse:collapse;font-size:.88em;width:100%}td,th{padding:.2rem .4rem;border-bottom:1px solid #e2e2e2;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.3rem;z-index:3}
@media (max-width:50rem){
 header{padding:.8rem 1rem .4rem}
 .layout{display:block}
 main{padding:.8rem 1rem;max-width:none}
 aside{position:static;max-height:none;border-left:0;border-top:1px solid #ddd;padding:0 1rem 1rem}
 #detail.open{position:fixed;left:0;right:0;bottom:0;margin:0;max-height:50vh;overflow:auto;z-index:2;border-radius:8px 8px 0 0;box-shadow:0 -4px 16px rgba(0,0,0,.25)}
 #detail.open #close{display:block}
 body.detail-open{padding-bottom:52vh}
 table,tbody,tr,td{display:block;width:auto}thead{display:none}
 tr{border-bottom:1px solid #e2e2e2;padding:.25rem 0}td{border:0;padding:.05rem 0;overflow-wrap:break-word}
 td::before{content:attr(data-label) ": ";color:#555;font-size:.85em}
}
"""

_JS = """
(function(){
  const claims = () => document.querySelectorAll('#article .claim');
  const keys = () => document.querySelectorAll('#article button.key');
  const detail = document.getElementById('detail');
  function select(id, scroll){
    let found = false;
    document.querySelectorAll('#detail .card').forEach(c => { c.hidden = c.dataset.att !== id; if(!c.hidden) found = true; });
    if(!found) return;
    document.getElementById('hint').hidden = true;
    let first = null;
    claims().forEach(e => {
      const on = e.dataset.att === id;
      e.classList.toggle('sel', on);
      if(on && !first) first = e;
    });
    keys().forEach(k => k.setAttribute('aria-pressed', k.dataset.att === id ? 'true' : 'false'));
    detail.classList.add('open'); document.body.classList.add('detail-open');
    if(!first) return;
    if(getComputedStyle(detail).position === 'fixed'){
      // narrow screen: the details cover the lower half; keep the claim above them
      const r = first.getBoundingClientRect(), free = window.innerHeight - detail.offsetHeight;
      if(scroll || r.top < 0 || r.bottom > free) window.scrollBy(0, r.top - Math.max(8, free * 0.2));
    } else if(scroll) first.scrollIntoView({block: 'center'});
  }
  function clear(){
    claims().forEach(e => e.classList.remove('sel'));
    keys().forEach(k => k.setAttribute('aria-pressed', 'false'));
    document.querySelectorAll('#detail .card').forEach(c => { c.hidden = true; });
    document.getElementById('hint').hidden = false;
    detail.classList.remove('open'); document.body.classList.remove('detail-open');
  }
  const article = document.getElementById('article');
  article.addEventListener('click', ev => {
    const c = ev.target.closest('button.key') || ev.target.closest('.claim'); if(c) select(c.dataset.att, false);
  });
  document.addEventListener('keydown', ev => { if(ev.key === 'Escape') clear(); });
  document.getElementById('close').addEventListener('click', clear);
  document.querySelectorAll('button.goto').forEach(b => b.addEventListener('click', () => {
    select(b.dataset.att, true);
    const t = document.querySelector('#article button.key[data-att="' + CSS.escape(b.dataset.att) + '"]');
    if(t) t.focus({preventScroll: true});
  }));
  document.querySelectorAll('button.own-link').forEach(b => b.addEventListener('click', () => {
    const t = document.getElementById(b.dataset.own); if(!t) return;
    document.querySelectorAll('#article .own.flash').forEach(e => e.classList.remove('flash'));
    t.classList.add('flash'); t.scrollIntoView({block: 'center'});
  }));
})();
"""
