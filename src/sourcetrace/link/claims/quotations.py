"""Quotations split around their tag: which member goes on with the quotation of the member before
it (`Member.continues`), so that one quotation told whole and one told sentence by sentence are
one claim."""

from __future__ import annotations

import re
from typing import Any

from .record import Member

#: at most this many characters between two parts of one quotation split around its tag
SPLIT_GAP = 80


def split_quotations(text: str, attributions: list[dict[str, Any]], members: list[Member]) -> None:
    """Marks each member that goes on with the quotation of the member before it, told around
    its tag ("“The toll bridge is a mistake,” she said. “We will keep fighting it …”"):
    the same source, and between the two contents the tag's cue (its source too, or not) and
    nothing else but quote marks and punctuation (at most `SPLIT_GAP` characters; two sentences
    in a row with no tag between, "…, sagte er. Die Sanierung koste …, sagte er.", are two
    statements). One quotation is one claim: an
    article that quotes it whole and one that quotes it sentence by sentence tell the same
    (`Member.continues`). An attribution inside the content of the one before it (someone the
    quotation itself names as saying or wishing something: "“… what voters wish they could say,”
    she said. “…”") is no part between the two: the quotation goes on past it."""
    by_key = {m.key: m for m in members}
    doc_id = members[0].document if members else ""
    prev: tuple[dict[str, Any], Member] | None = None
    for a in sorted(attributions, key=lambda x: _first_start(x)):
        m = by_key.get(f"{doc_id}#{a.get('id')}")
        if m is None:
            continue
        if prev is not None:
            pa, pm = prev
            if pm.start <= m.start and m.end <= pm.end:
                continue  # (nested in the quotation before it: that one stays the one to go on with)
            src, psrc = a.get("source") or {}, pa.get("source") or {}
            same = bool(src) and bool(psrc) and (src.get("id") == psrc.get("id") or
                                                 (m.source is not None and m.source == pm.source))
            if same and 0 <= m.start - pm.end <= SPLIT_GAP:
                gap = list(text[pm.end : m.start])
                tagged = False  # (two sentences in a row with no tag between are two statements)
                # the tag between is the second part's own (or, where it has no cue, the first's): a
                # second part with a tag of its own after it ("…, Biden said. “…,” he said.") is
                # another statement
                own = a.get("cue") if isinstance(a.get("cue"), dict) and "start" in a["cue"] else pa.get("cue")
                for x in (pa.get("cue"), pa.get("source"), a.get("cue"), a.get("source")):
                    if isinstance(x, dict) and "start" in x and "end" in x:
                        for i in range(max(int(x["start"]), pm.end), min(int(x["end"]), m.start)):
                            gap[i - pm.end] = " "
                            tagged = tagged or x is own
                if tagged and not re.search(r"\w", "".join(gap)):
                    m.continues = pm.key
        prev = (a, m)


def _first_start(a: dict[str, Any]) -> int:
    content = a.get("content") or []
    if isinstance(content, dict):
        content = [content]
    return min((int(c.get("start", 0)) for c in content), default=0)
