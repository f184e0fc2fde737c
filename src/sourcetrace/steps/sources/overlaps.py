"""One content, one attribution: when a report that points back at the sentence before ("Das
berichtete X", "Dies ist das Ergebnis einer Recherche von X": rules `attr.*.anaphoric`,
`attr.according.*.anaphoric_result`) claims a content that a tag inside that sentence already
attributes ("Nach eigener Aussage …", "Laut Y …", "Weiter sagte Y: «…»") to another source, the two
are one claim, not two origins (issue 9 counts origins, issue 7 scores each attribution).

The tag next to the content is the better evidence: its attribution stays and the report that
points back is dropped. What the dropped report named is kept as a link of the chain when it is
no one's person: the outlet, agency or office that reported the sentence ("… nach eigener
Aussage. Das ergab eine Recherche des Senders." — the speaker, relayed by the broadcaster). When
the tag names a medium and the report someone else ("Laut dem Sender … . Dies gab die Polizei
bekannt."), the report names the origin and the medium relays it; behind an unnamed group's tag,
a report that names persons tells who they are ("Einige Abgeordnete kündigten an, … . Dies
äußerten die Abgeordneten X und Y."): the report stays, with the tag's content, and the tag goes. A report that tells the tag's
speech as hearsay ("So soll Y gesagt haben, dass … . Dies erklärte X.": Y relayed by X, the
tagged attribution already linked to X) is a claim of its own and stays.

Rule ids, on the attribution kept: `+one_content.tag` (the tag's source stays),
`+one_content.medium_relays` (the report's source is the origin, the tag's medium a link),
`+one_content.named` (on the report: its persons stand for the tag's unnamed group)."""

from __future__ import annotations

from ...document import Attribution, Document, Span, Via
from ..candidates import Cand
from .registry import Registry

#: the rules whose cue stands in a later sentence and whose content is the sentence before
POINTS_BACK = (".anaphoric", ".anaphoric_result")
#: the types of source that relay what others said, and of a source that names no one in particular
MEDIA = frozenset({"media", "news_agency", "website"})
NO_ONE = frozenset({"person", "unnamed", "anonymous"})
RULE_TAG = "one_content.tag"
RULE_MEDIUM = "one_content.medium_relays"
RULE_NAMED = "one_content.named"


def _points_back(c: Cand) -> bool:
    return c.rule.split("+")[0].endswith(POINTS_BACK)


def _overlap(a: list[Span], b: list[Span]) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


def _names_a_person(doc: Document, span: Span | None) -> bool:
    """A person's name (an entity PER) stands in the source mention."""
    return span is not None and any(e.label == "PER" and span.start <= e.span.start and e.span.end <= span.end for e in doc.entities)


def one_per_content(doc: Document, reg: Registry, cands: list[Cand], atts: list[Attribution], gone: list[Attribution]) -> list[Attribution]:
    """The reports that point back at a sentence whose own tag attributes the same content to
    another source: returned to be dropped; the attribution of the tag keeps their source as a
    link (or, behind a medium's tag, as its origin). `gone`: attributions dropped already, no tag."""
    dropped: list[Attribution] = []
    out = {id(x) for x in gone}  # (dropped already, or here: by identity, one set, not a scan per pair)
    for c, a in zip(cands, atts, strict=True):
        if not _points_back(c) or a.source is None or id(a) in out:
            continue
        lo, hi = a.content[0].start, a.content[-1].end
        tagged = next((b for d, b in zip(cands, atts, strict=True)
                       if b is not a and not _points_back(d) and b.source is not None and b.source != a.source
                       and d.cue is not None and lo <= d.cue.start < hi and _overlap(a.content, b.content)
                       and d.relayed_by is not c and all(v.source != a.source for v in b.via)
                       and id(b) not in out), None)
        if tagged is None or tagged.source is None:
            continue
        dropped.append(a)
        out.add(id(a))
        mine, theirs = reg.get(a.source), reg.get(tagged.source)
        if theirs.type in MEDIA and mine.type not in MEDIA:
            # "Laut dem Sender … . Dies gab die Polizei bekannt.": the police, relayed by the broadcaster
            link = Via(theirs.id, theirs.name, tagged.source_span, "via." + RULE_MEDIUM, "downstream")
            tagged.via = [v for v in tagged.via if v.source != mine.id and v.position == "upstream"] + [link] + \
                [v for v in tagged.via if v.source != mine.id and v.position == "downstream"]
            tagged.source, tagged.source_span = mine.id, a.source_span
            tagged.rule += "+" + RULE_MEDIUM
            continue
        if not _names_a_person(doc, tagged.source_span) and _names_a_person(doc, a.source_span):
            # "Einige Abgeordnete haben angekündigt, … . Dies äußerten die Abgeordneten X und Y.": who they
            # are; the report stays with the tag's content, the group (its source) goes with the tag
            dropped[-1] = tagged
            out.discard(id(a))
            out.add(id(tagged))
            a.mode, a.content = tagged.mode, tagged.content
            a.via += [v for v in tagged.via if v.source != a.source and all(v.source != w.source for w in a.via)]
            a.rule += "+" + RULE_NAMED
            continue
        if mine.type not in NO_ONE and all(v.source != mine.id for v in tagged.via):
            tagged.via.append(Via(mine.id, mine.name, a.source_span, "via." + RULE_TAG, "downstream"))
        tagged.rule += "+" + RULE_TAG
    return dropped
