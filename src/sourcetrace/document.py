"""The document model: one typed `Document` whose spans are code-point offsets into the raw text.

Every item that a step adds records `rule`: the rule id or model that produced it, so that a user
can ask "why?". Offsets are Python string indices into `Document.text` exactly as read (no
normalisation, no stripping), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

SegmentKind = Literal[
    "title", "body", "social_post", "caption", "source_list", "boilerplate", "comment"
]
Mode = Literal["direct", "indirect", "according_to", "continuation", "social_post"]
SourceType = Literal[
    "person", "government", "military", "intelligence", "media", "news_agency", "think_tank",
    "ngo", "company", "court", "police", "party", "international_org", "website", "social_account",
    "document", "anonymous", "unnamed",
]
Status = Literal[
    "asserted", "attributed", "hedged", "unverified", "disputed", "denied", "confirmed"
]
HedgeKind = Literal[
    "reportative", "epistemic", "reputation", "inference", "evidential_negation", "confirmation",
    "denial", "dispute", "question",
]

SEGMENT_KINDS: tuple[str, ...] = get_args(SegmentKind)  # the kinds, in the order of SegmentKind
#: Segments whose text is the article's (or an embedded post's) own claims; analysis layers run
#: on these and leave reader comments, footers and boilerplate alone.
CLAIM_SEGMENTS: frozenset[str] = frozenset({"title", "body", "social_post", "caption"})


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open range of code points into `Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Segment:
    kind: SegmentKind
    span: Span
    rule: str
    language: str = "und"
    author: str | None = None
    handle: str | None = None
    date: str | None = None
    platform: str | None = None


@dataclass(slots=True)
class Token:
    span: Span
    text: str


@dataclass(slots=True)
class Sentence:
    span: Span
    segment: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class SyntaxToken:
    """One word of a parsed sentence (step `syntax.v1`): Universal Dependencies part of speech,
    relation and head. `head` indexes `Document.syntax` (the root points to itself). `feats`:
    the model's UD features where it predicts them ("Mood=Sub|Tense=Pres|…"), else empty."""

    span: Span
    pos: str
    dep: str
    head: int
    sentence: int
    rule: str
    feats: str = ""


EntityLabel = Literal["PER", "ORG", "LOC"]


@dataclass(slots=True)
class Entity:
    """A named entity found by a model (step `syntax.v1`)."""

    span: Span
    label: EntityLabel
    rule: str


@dataclass(slots=True)
class Mention:
    """A source mention as written, linked to the `Source` it resolves to."""

    span: Span
    source: str
    rule: str


@dataclass(slots=True)
class Via:
    """One intermediary of a chain: resolved source id and the mention, when written."""

    source: str
    name: str
    span: Span | None
    rule: str
    #: "upstream": between the origin and the named source ("unter Berufung auf X", "citing X");
    #: "downstream": between the named source and the article ("sagte der Zeitung", "told X").
    position: Literal["upstream", "downstream"] = "upstream"


@dataclass(slots=True)
class Attribution:
    id: str
    mode: Mode
    content: list[Span]
    source: str | None
    source_span: Span | None
    cue: Span | None
    rule: str
    via: list[Via] = field(default_factory=list)
    status: Status = "attributed"
    hedges: list[int] = field(default_factory=list)
    segment: int = 0


@dataclass(slots=True)
class Source:
    id: str
    name: str
    type: SourceType
    rule: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)
    #: Number of intermediaries between this source and the article (0 = first-hand).
    distance: int = 0
    #: The text credits it for the copy as well ("Berlin (dpa) –"); it is also in `Document.credits`.
    credit: bool = False


@dataclass(slots=True)
class Credit:
    """Who the text credits for its copy or material: an agency in a dateline or a credit line
    ("Berlin (dpa) –", "Reuters contributed", "Quellen: AFP"). No source of the claims (the source
    list leaves it out unless the text also cites it, then under the same id), but each claim's
    chain ends in a credited agency (`Via` with rule `via.credit`), whose id names an entry here."""

    id: str
    name: str
    type: SourceType
    rule: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Hedge:
    span: Span
    kind: HedgeKind
    cue: str
    rule: str
    scope: Span | None = None


@dataclass(slots=True)
class Timex:
    """A temporal expression and its TIMEX3-style value. `value` is empty ("") when the expression
    is relative ("gestern", "im März") and the article date is unknown or too coarse to resolve
    it: it stays unresolved rather than resolved against a guess. `anchored` is True when the
    value was computed from an anchor (the article date or a date named earlier in the text)."""

    span: Span
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    rule: str
    anchored: bool = False


@dataclass(slots=True)
class Quantity:
    span: Span
    value: float | int | tuple[float | int | None, float | int | None]
    rule: str
    unit: str | None = None
    approximate: bool = False


@dataclass(slots=True)
class Claim:
    """A sentence-level claim: the author's own or carried by attributions."""

    span: Span
    status: Status
    attributions: list[str] = field(default_factory=list)
    hedges: list[int] = field(default_factory=list)
    #: The denial, dispute or confirmation that set the status ("dementierte"), and its rule.
    status_cue: Span | None = None
    status_rule: str | None = None


@dataclass(slots=True)
class ReaderNote:
    """What a reader did to the input besides reading it (a part left out, markup read as plain text),
    with its rule id: the document's provenance, in the JSON as `reader_notes` when there is any."""

    rule: str
    note: str


@dataclass(slots=True)
class SetAside:
    """What a step set aside where no kept item can carry the decision (a source taken off the list
    with no claim left that names it), with its rule id and where the text named it: the steps' side of
    the document's provenance, as `ReaderNote` is the reader's; in the JSON as `set_aside` when there is any."""

    rule: str
    note: str
    span: Span | None = None


@dataclass(slots=True)
class ArticleDate:
    """The publication date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known; given
    by the user, read from HTML metadata, or inferred from evidence in the text (a dateline, a
    byline, an update stamp, the dates of embedded posts), with that evidence named."""

    value: str
    origin: Literal["given", "metadata", "inferred"]
    evidence: str

    @property
    def grain(self) -> Literal["day", "month", "year"]:
        return "day" if len(self.value) == 10 else "month" if len(self.value) == 7 else "year"


#: In the evidence of a date made exact within a coarser one given or from metadata: "dateline in
#: the text, within the given 2025-05 (--date)" (`steps.article_date.ArticleDater`).
WITHIN_GIVEN = "within the given"
#: In the evidence of a date a stamp in the text made exact within a coarser date given or from
#: metadata (the date keeps that coarser date's origin): "dateline in the text, within …".
REFINED_IN_TEXT = "in the text, within"

UNKNOWN_DATE_NOTE = (
    "unknown: no date in metadata, dateline, byline or embedded posts; relative dates left unresolved"
)



@dataclass(slots=True)
class Document:
    """An article: the untouched text and everything the pipeline found in it."""

    text: str
    name: str = "-"
    title: str | None = None
    author: str | None = None
    url: str | None = None
    #: The outlet that publishes the article, when known (an HTML page's site name, or given): the
    #: end of every chain, so never a link of one ("told Polygraph.info" in Polygraph.info).
    publisher: str | None = None
    language: str = "und"
    date: ArticleDate | None = None
    input_format: Literal["text", "html"] = "text"
    segments: list[Segment] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    #: Agencies and material credited for the copy (see `Credit`); ids shared with `sources`.
    credits: list[Credit] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    #: Parsed words of the sentences that can carry an attribution, in text order.
    syntax: list[SyntaxToken] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    #: Layers that steps have filled in, in order (see `pipeline.Step.assigns`).
    layers: list[str] = field(default_factory=list)
    #: What the reader left out or read otherwise than as the input has it (`ReaderNote`).
    reader_notes: list[ReaderNote] = field(default_factory=list)
    #: What a step set aside where no kept item carries the decision (`SetAside`).
    set_aside: list[SetAside] = field(default_factory=list)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def source_by_id(self, source_id: str) -> Source | None:
        """The entry of the source list with that id (a credited agency the text does not cite
        is in `credits` instead: `named_by_id`)."""
        return next((s for s in self.sources if s.id == source_id), None)

    def credit_by_id(self, source_id: str) -> Credit | None:
        return next((c for c in self.credits if c.id == source_id), None)

    def named_by_id(self, source_id: str) -> Source | Credit | None:
        """Whoever an attribution or a chain link (`Via.source`) names by that id: a source, else
        an agency credited for the copy."""
        return self.source_by_id(source_id) or self.credit_by_id(source_id)

    def relayed_by(self, source_id: str) -> list[Attribution]:
        """The attributions whose chain (`via`) passes through that source or credited agency."""
        return [a for a in self.attributions if any(v.source == source_id for v in a.via)]

    def claims_and_relays(self) -> tuple[dict[str, list[Attribution]], dict[str, list[Attribution]]]:
        """In one pass over the attributions, in their order: those each source claims (`a.source`)
        and those whose chain passes through each source or credited agency (what `relayed_by`
        gives for each id), for writers that list every source (no pass per source)."""
        claims: dict[str, list[Attribution]] = {}
        relays: dict[str, list[Attribution]] = {}
        for a in self.attributions:
            if a.source is not None:
                claims.setdefault(a.source, []).append(a)
            for sid in dict.fromkeys(v.source for v in a.via):
                relays.setdefault(sid, []).append(a)
        return claims, relays

    def segment_at(self, offset: int) -> Segment | None:
        return next((s for s in self.segments if s.span.start <= offset < s.span.end), None)

    def claim_sentences(self) -> list[Sentence]:
        return [
            s for s in self.sentences if self.segments[s.segment].kind in CLAIM_SEGMENTS
        ]
