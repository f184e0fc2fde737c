"""Candidate attributions: what the attribution rules find in the text and hand on to source
resolution (`steps.sources`). Spans only; sources are resolved later."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Span

#: the rule of an interview frame's anchor (steps/attribution/frames.py): a sentence that names an
#: interview and the one interviewed and claims nothing; what that speaker says next carries its link
FRAME_RULE = "attr.frame.interview"


@dataclass
class Cand:
    mode: str
    content: list[Span]
    cue: Span | None
    source: Span | None
    rule: str
    sent: int
    via: list[tuple[Span, bool]] = field(default_factory=list)  # (mention, upstream?) in text order
    co_sources: list[Span] = field(default_factory=list)
    inherit: bool = False  # source is the previous attribution's (continuation, untagged quote)
    subjectless: bool = False
    post_account: int | None = None  # segment index of the embedding post
    refers_to: Span | None = None  # "nach eigenen Angaben": the mention whose source this one means
    extent: Span | None = None  # the source mention as written with its apposition ("Ann Lee, a lawyer,"); `source` names it
    #: the claim whose speaker relays this one ("Er habe gesagt, Nachbarn hätten ihm erzählt: «…»":
    #: the neighbours' words reach the article through him); his source is a downstream link
    relayed_by: Cand | None = field(default=None, repr=False, compare=False)
    #: a speech act that claims nothing in the seed's style ("Der Verband bestätigte den Bericht"):
    #: its speaker goes on (a continuation or an untagged quotation after it is theirs), but it is
    #: no attribution of its own
    anchor_only: bool = False
