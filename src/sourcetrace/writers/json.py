"""The document model as JSON. Keeps the fields and offsets of `shared/eval/FORMAT.md`:
spans are `{"start", "end", "text"}` code-point offsets into the input; every item has `rule`."""

from __future__ import annotations

import json
from typing import Any

from ..document import UNKNOWN_DATE_NOTE, Credit, Document, Source, Span

SCHEMA_VERSION = "1.0"


def _span(doc: Document, sp: Span | None) -> dict[str, Any] | None:
    if sp is None:
        return None
    return {"start": sp.start, "end": sp.end, "text": doc.text[sp.start : sp.end]}


def to_dict(doc: Document) -> dict[str, Any]:
    src_by_id = {s.id: s for s in doc.sources}
    named: dict[str, Source | Credit] = {**{c.id: c for c in doc.credits}, **src_by_id}  # who a chain link names: a source or a credit
    # the attributions each source claims and those each source or credit relays, in one pass
    # (as `a.source == id` and `doc.relayed_by(id)` would list them, without a pass per source)
    claims, relays = doc.claims_and_relays()
    claims_of = {sid: [a.id for a in atts] for sid, atts in claims.items()}
    relays_of = {sid: [a.id for a in atts] for sid, atts in relays.items()}
    atts = []
    for a in doc.attributions:
        src = src_by_id.get(a.source) if a.source else None
        source: dict[str, Any] | None = None
        if a.source_span is not None or src is not None:
            source = dict(_span(doc, a.source_span) or {})
            if src is not None:
                source.update({"id": src.id, "name": src.name, "aliases": src.aliases, "type": src.type})
        atts.append({
            "id": a.id,
            "mode": a.mode,
            "source": source,
            "cue": _span(doc, a.cue),
            "content": [_span(doc, c) for c in a.content],
            "via": [
                {**(_span(doc, v.span) or {}), "id": v.source, "name": v.name,
                 "aliases": named[v.source].aliases if v.source in named else [],
                 "position": v.position, "rule": v.rule}
                for v in a.via
            ],
            "status": a.status,
            "hedges": a.hedges,
            "rule": a.rule,
        })
    return {
        "schema_version": SCHEMA_VERSION,
        "name": doc.name,
        "language": doc.language,
        "date": doc.date.value if doc.date else None,
        "date_origin": doc.date.origin if doc.date else "unknown",
        "date_evidence": doc.date.evidence if doc.date else UNKNOWN_DATE_NOTE,
        "publisher": doc.publisher,
        "title": doc.title,
        "author": doc.author,
        "input_format": doc.input_format,
        "text_length": len(doc.text),
        "segments": [
            {"kind": s.kind, "start": s.span.start, "end": s.span.end, "language": s.language,
             **({"author": s.author, "handle": s.handle, "date": s.date, "platform": s.platform}
                if s.kind in ("social_post", "comment") else {}),
             "rule": s.rule}
            for s in doc.segments
        ],
        "attributions": atts,
        "sources": [
            {"id": s.id, "name": s.name, "aliases": s.aliases, "type": s.type, "role": s.role,
             "mentions": [_span(doc, m) for m in s.mentions], "distance": s.distance,
             "credit": s.credit,
             "claims": list(claims_of.get(s.id, [])),
             "relays": list(relays_of.get(s.id, [])),
             "rule": s.rule}
            for s in doc.sources
        ],
        "credits": [
            {"id": c.id, "name": c.name, "aliases": c.aliases, "type": c.type,
             "mentions": [_span(doc, m) for m in c.mentions],
             "relays": list(relays_of.get(c.id, [])),
             "rule": c.rule}
            for c in doc.credits
        ],
        "hedges": [
            {**(_span(doc, h.span) or {}), "kind": h.kind, "scope": _span(doc, h.scope), "rule": h.rule}
            for h in doc.hedges
        ],
        "timexes": [
            {**(_span(doc, t.span) or {}), "type": t.type, "value": t.value or None, "rule": t.rule}
            for t in doc.timexes
        ],
        "quantities": [
            {**(_span(doc, q.span) or {}),
             "value": list(q.value) if isinstance(q.value, tuple) else q.value,
             "unit": q.unit, "approximate": q.approximate, "rule": q.rule}
            for q in doc.quantities
        ],
        "claims": [
            {**(_span(doc, c.span) or {}), "status": c.status, "attributions": c.attributions,
             "hedges": c.hedges, "status_cue": _span(doc, c.status_cue), "status_rule": c.status_rule}
            for c in doc.claims
        ],
        "entities": [{**(_span(doc, e.span) or {}), "label": e.label, "rule": e.rule} for e in doc.entities],
        "sentences": [{"start": s.span.start, "end": s.span.end, "segment": s.segment} for s in doc.sentences],
        # (only when the reader has any: the JSON of every other input is as before)
        **({"reader_notes": [{"rule": n.rule, "note": n.note} for n in doc.reader_notes]} if doc.reader_notes else {}),
        # (likewise what a step set aside with no kept item to carry it: a source taken off the list)
        **({"set_aside": [{"rule": x.rule, "note": x.note, "mention": _span(doc, x.span)} for x in doc.set_aside]}
           if doc.set_aside else {}),
    }


def dumps(doc: Document) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=1) + "\n"
