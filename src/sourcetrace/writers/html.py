"""One self-contained HTML report (no network): the article with sources, cues, contents and
hedges highlighted; clicking a claim shows its source, cue and chain."""

from __future__ import annotations

import html
import json

from ..document import Document
from .json import to_dict

_CSS = """
body{font:16px/1.55 system-ui,sans-serif;margin:0;display:flex;color:#222}
main{flex:3;padding:1.5rem 2rem;max-width:52rem}
aside{flex:2;padding:1.5rem;background:#f6f6f4;border-left:1px solid #ddd;position:sticky;top:0;height:100vh;overflow:auto}
.seg{white-space:pre-wrap;margin:0 0 .6rem 0;padding:.2rem .4rem;border-radius:4px}
.seg-social_post{background:#eef4ff;border-left:3px solid #5b8def}
.seg-comment{background:#f3f3f3;color:#666;font-size:.9em}
.seg-source_list{color:#666;font-style:italic}.seg-boilerplate{color:#999;font-size:.85em}
.seg-title{font-size:1.4em;font-weight:600}
.content{background:#fff4c2;cursor:pointer}.content.sel{background:#ffd84d}
.src{border-bottom:2px solid #2a7;font-weight:500}.cue{color:#a32;font-weight:600}
.hedge{text-decoration:underline wavy #c60}.timex{border-bottom:1px dotted #36c}
.kind{font-size:.7em;color:#888;text-transform:uppercase;letter-spacing:.05em}
#detail{background:#fff;border:1px solid #ddd;padding:.8rem;border-radius:6px;min-height:3rem}
table{border-collapse:collapse;font-size:.9em;width:100%}td,th{padding:.2rem .4rem;border-bottom:1px solid #e4e4e4;text-align:left}
"""

_JS = """
const DATA = JSON.parse(document.getElementById('data').textContent);
function show(id){
  const a = DATA.attributions.find(x => x.id === id); if(!a) return;
  document.querySelectorAll('.content').forEach(e => e.classList.toggle('sel', e.dataset.att === id));
  const src = a.source ? (a.source.name || a.source.text) : 'unresolved';
  const up = a.via.filter(v => v.position === 'upstream').map(v => v.name);
  const down = a.via.filter(v => v.position === 'downstream').map(v => v.name);
  const d = document.getElementById('detail');
  d.innerHTML = '';
  const add = (k, v) => { const p = document.createElement('p'); const b = document.createElement('b');
    b.textContent = k + ': '; p.appendChild(b); p.appendChild(document.createTextNode(v)); d.appendChild(p); };
  add('source', src); add('mode', a.mode); add('cue', a.cue ? a.cue.text : '—');
  add('chain', up.concat([src], down, ['this article']).join(' → ')); add('status', a.status); add('why', a.rule);
}
document.querySelectorAll('.content').forEach(e => e.addEventListener('click', () => show(e.dataset.att)));
"""


def _marks(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, class, attribution id) — non-overlapping, outermost first by priority."""
    marks: list[tuple[int, int, str, str]] = []
    for a in doc.attributions:
        for c in a.content:
            marks.append((c.start, c.end, "content", a.id))
        if a.source_span:
            marks.append((a.source_span.start, a.source_span.end, "src", a.id))
        if a.cue:
            marks.append((a.cue.start, a.cue.end, "cue", a.id))
    for h in doc.hedges:
        marks.append((h.span.start, h.span.end, "hedge", ""))
    for t in doc.timexes:
        marks.append((t.span.start, t.span.end, "timex", ""))
    return marks


def _render_range(doc: Document, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    """Text[start:end] with marks as nested spans (a mark that crosses another is clipped)."""
    events: dict[int, list[tuple[str, tuple[int, int, str, str]]]] = {}
    inside = [m for m in marks if m[0] < end and m[1] > start and m[1] > m[0]]
    inside.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[str] = []
    stack: list[tuple[int, int, str, str]] = []
    pos = start
    bounds = sorted({start, end} | {max(start, m[0]) for m in inside} | {min(end, m[1]) for m in inside})
    _ = events
    opened: set[int] = set()
    for b in bounds:
        if b > pos:
            out.append(html.escape(doc.text[pos:b]))
            pos = b
        while stack and stack[-1][1] <= b:
            stack.pop()
            out.append("</span>")
        for k, m in enumerate(inside):
            if k in opened or max(start, m[0]) != b:
                continue
            if stack and m[1] > stack[-1][1]:
                continue  # crossing mark: skip rather than break nesting
            opened.add(k)
            stack.append(m)
            att = f' data-att="{m[3]}"' if m[3] else ""
            title = f' title="{m[2]}"'
            out.append(f'<span class="{m[2]}"{att}{title}>')
    while stack:
        stack.pop()
        out.append("</span>")
    return "".join(out)


def render(doc: Document) -> str:
    data = to_dict(doc)
    marks = _marks(doc)
    segs = []
    for s in doc.segments:
        who = f" — {html.escape(s.author or '')} {html.escape(s.handle or '')} {html.escape(s.date or '')}" if s.kind == "social_post" else ""
        segs.append(
            f'<div class="seg seg-{s.kind}"><div class="kind">{s.kind}{who}</div>'
            f"{_render_range(doc, s.span.start, s.span.end, marks)}</div>"
        )
    rows = "".join(
        f"<tr><td>{html.escape(s.name)}</td><td>{s.type}</td>"
        f"<td>{sum(1 for a in doc.attributions if a.source == s.id)}</td>"
        f"<td>{'first-hand' if s.distance == 0 else 'via ' + str(s.distance)}</td></tr>"
        for s in doc.sources
    )
    title = html.escape(doc.title or doc.name)
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!doctype html>
<html lang="{html.escape(doc.language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sourcetrace — {title}</title><style>{_CSS}</style></head>
<body><main><h1>{title}</h1>
<p class="kind">date {html.escape(doc.date.value if doc.date else 'unknown')} · {len(doc.attributions)} attributions · {len(doc.sources)} sources · click a highlighted claim</p>
{''.join(segs)}</main>
<aside><h2>Claim</h2><div id="detail">Click a highlighted claim.</div>
<h2>Sources used</h2><table id="sources"><tr><th>source</th><th>type</th><th>claims</th><th>distance</th></tr>{rows}</table></aside>
<script type="application/json" id="data">{payload}</script>
<script>{_JS}</script></body></html>
"""
