"""The article JSON read back into a `Document`: the inverse of `writers.json.to_dict`.

The corpus store keeps each document's analysis as the JSON writer gives it; `show` renders the
text and HTML reports from it through this reader, so a stored document looks exactly as a
freshly analysed one. `to_dict(from_dict(d, text)) == d` holds for every analysis (a test pins
it); sentence tokens and per-mention rules, which the JSON does not carry, are not restored, and
an attribution's segment is the one its first content span starts in.
"""

from __future__ import annotations

from typing import Any

from ..document import (
    ArticleDate,
    Attribution,
    Claim,
    Credit,
    Document,
    Entity,
    Hedge,
    Quantity,
    ReaderNote,
    Segment,
    Sentence,
    SetAside,
    Source,
    Span,
    Timex,
    Via,
)


def _span(d: dict[str, Any] | None) -> Span | None:
    if not d or "start" not in d:
        return None
    return Span(int(d["start"]), int(d["end"]))


def _req(d: dict[str, Any]) -> Span:
    return Span(int(d["start"]), int(d["end"]))


def from_dict(data: dict[str, Any], text: str) -> Document:
    """Rebuild the Document of an analysis dict (`writers.json.to_dict`) over its text."""
    doc = Document(text=text, name=data.get("name") or "-", title=data.get("title"),
                   author=data.get("author"), language=data.get("language") or "und",
                   input_format=data.get("input_format") or "text", publisher=data.get("publisher"))
    if data.get("date") and data.get("date_origin") in ("given", "metadata", "inferred"):
        doc.date = ArticleDate(data["date"], data.get("date_origin") or "given", data.get("date_evidence") or "")
    doc.reader_notes = [ReaderNote(n["rule"], n["note"]) for n in data.get("reader_notes", [])]
    doc.set_aside = [SetAside(x["rule"], x["note"], _span(x.get("mention"))) for x in data.get("set_aside", [])]
    for s in data.get("segments", []):
        doc.segments.append(Segment(kind=s["kind"], span=_req(s), rule=s["rule"], language=s.get("language", "und"),
                                    author=s.get("author"), handle=s.get("handle"), date=s.get("date"),
                                    platform=s.get("platform")))
    for s in data.get("sources", []):
        doc.sources.append(Source(id=s["id"], name=s["name"], type=s["type"], rule=s["rule"],
                                  aliases=list(s.get("aliases") or []), role=s.get("role"),
                                  mentions=[_req(m) for m in s.get("mentions", [])],
                                  distance=int(s.get("distance", 0)), credit=bool(s.get("credit", False))))
    for c in data.get("credits", []):
        doc.credits.append(Credit(id=c["id"], name=c["name"], type=c["type"], rule=c["rule"],
                                  aliases=list(c.get("aliases") or []),
                                  mentions=[_req(m) for m in c.get("mentions", [])]))
    for a in data.get("attributions", []):
        src = a.get("source") or {}
        doc.attributions.append(Attribution(
            id=a["id"], mode=a["mode"], content=[_req(c) for c in a.get("content", [])],
            source=src.get("id"), source_span=_span(src), cue=_span(a.get("cue")), rule=a["rule"],
            via=[Via(source=v.get("id", ""), name=v.get("name", ""), span=_span(v), rule=v.get("rule", ""),
                     position=v.get("position", "upstream")) for v in a.get("via", [])],
            status=a.get("status", "attributed"), hedges=list(a.get("hedges", []))))
        at = doc.attributions[-1]
        anchor = at.content[0] if at.content else at.cue or at.source_span
        if anchor is not None:  # not in the JSON: the segment the attribution stands in
            at.segment = next((i for i, seg in enumerate(doc.segments)
                               if seg.span.contains(anchor)), 0)
    for h in data.get("hedges", []):
        sp = _req(h)
        doc.hedges.append(Hedge(span=sp, kind=h["kind"], cue=text[sp.start:sp.end], rule=h["rule"],
                                scope=_span(h.get("scope"))))
    for t in data.get("timexes", []):
        doc.timexes.append(Timex(span=_req(t), type=t["type"], value=t.get("value") or "", rule=t["rule"]))
    for q in data.get("quantities", []):
        v = q["value"]
        doc.quantities.append(Quantity(span=_req(q), value=tuple(v) if isinstance(v, list) else v, rule=q["rule"],
                                       unit=q.get("unit"), approximate=bool(q.get("approximate", False))))
    for c in data.get("claims", []):
        doc.claims.append(Claim(span=_req(c), status=c["status"], attributions=list(c.get("attributions", [])),
                                hedges=list(c.get("hedges", [])), status_cue=_span(c.get("status_cue")),
                                status_rule=c.get("status_rule")))
    for e in data.get("entities", []):
        doc.entities.append(Entity(span=_req(e), label=e["label"], rule=e["rule"]))
    for s in data.get("sentences", []):
        doc.sentences.append(Sentence(span=_req(s), segment=int(s["segment"])))
    return doc
