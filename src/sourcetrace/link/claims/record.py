"""The claim member: one attribution (or one unattributed sentence) of one document as a candidate
member of a cross-article claim, with the features the vetoes compare and its stance. What fills
it is `members`; what compares two is `compare`."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any


@dataclass(slots=True)
class Member:
    """One attribution of one document as a candidate member of a cross-article claim. (Slots:
    with its 33 fields an instance's __dict__ would cost 1.2 KB more, a few hundred thousand
    members per store.)"""

    key: str  # "<document>#<attribution id>"
    document: str
    start: int
    end: int
    text: str
    source: str | None
    source_type: str | None
    source_role: str | None
    via: list[str]
    upstream: list[tuple[str, str]]  # (name, type) of links before the source, origin first
    downstream: list[tuple[str, str]]
    negated: bool
    denial_cue: bool
    numbers: list[float | tuple[float | None, float | None]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    claim: str | None = None
    stance: str = "asserts"
    origin: str | None = None  # entity id
    rule: str = "link.claim.member"
    source_mention: str | None = None  # the source as written ("Die Feuerwehr", "Experten")
    language: str | None = None
    nameless: bool = False  # its source names nobody ("he" unresolved, "much of the debate"): no origin
    dispute: bool = False  # it disputes a report or claim ("the report is misleading"): `disputes`
    co_origins: list[str] = field(default_factory=list)  # entity ids of the other sources of "A and B"
    disputed_by: str | None = None  # who the content itself says denies it ("…, a charge that X denied")
    disputed_by_origin: str | None = None  # its entity id
    confirmed: str | None = None  # whose claim the source confirms ("confirmed X's assertion that …"): an origin too
    confirmed_by: str | None = None  # who confirms the source's claim ("Y confirmed X's assertion that …", source X): an origin too
    # a second party its sentence says tells it too, echoing it or echoed ("a call echoed by Y", "X echoed Y's
    # suggestion that …", "…, echoing Y": `members.mark_echoes`): an origin too (rule link.origin.echoed)
    echoed: str | None = None
    refers: bool = False  # a confirmation or denial that only refers to what was told before ("Der Rat bestätigte dies")
    paragraph: int = 0  # how many line breaks stand before it in its document: its paragraph
    sentence: bool = False  # an unattributed sentence of the article (`sentence_members`): the outlet's own words
    confirms: bool = False  # its cue confirms ("bestätigte", "confirmed"): what another origin told just before, mostly
    # its confirming cue reaffirms the speaker's own stand ("bekräftigte", `reaffirm_cues` of link.json): no one told it
    # before them (not read by rule link.origin.confirmed_first)
    reaffirms: bool = False
    # a confirmation whose content tells the speaker's own act or decision ("… confirmed that it will close the pier":
    # `members.confirms_own_act`): they told it first themselves (not read by rule link.origin.confirmed_first)
    own_act: bool = False
    durations: list[float] = field(default_factory=list)  # DURATION timexes in days ("drei Wochen" = "three weeks" = 21)
    weekday_dates: list[str] = field(default_factory=list)  # the dates read from a bare weekday ("from Thursday"): ± a week
    continues: str | None = None  # the key of the member whose quotation it goes on with, across its tag
    own_finding: bool = False  # its source is its own outlet ("records seen by this newspaper"): an origin, not a relay
    retorts: bool = False  # its cue sets it against what another said just before ("hit back", "konterte"): `stance.retorts`
    no_speaker: bool = False  # an attribution whose speaker the analysis did not find ("heißt es", an untagged quote): not unsourced
    origin_rule: str | None = None  # the rule that chose its origin (`Linker._origin`; None: linked before the rules)
    # the rules of co-origins its own origin rule did not choose: whose claim it confirms, who confirms it
    co_origin_rules: list[str] = field(default_factory=list)
    # a sentence the outlet states in its own voice, no speech reported (`members.own_statements`):
    # its outlet is its origin, not a stand-in for an unread speaker
    own_statement: bool = False
    # told as hearsay with no source ("Reportedly, …", "soll … haben": a reportative hedge of the
    # analysis in it, `members.mark_hearsay`): it asserts the claim but names no origin, not even its outlet
    hearsay: bool = False
    # an own statement the outlet hedges by an inference of its own ("dürfte", "liegt nahe": a hedge of a kind of
    # `unsourced_hedge_kinds` of resources/<lang>/link.json in its main clause, `members.mark_inferred`): a conjecture
    # told with no source, no origin of its own, as hearsay is not (rule link.origin.inferred)
    inferred: bool = False
    # told as speculation in the passive with no agent ("Es wird spekuliert, …", "It was rumoured that …":
    # `members.mark_speculated`); also `hearsay`, which it explains (rule link.origin.speculated)
    speculated: bool = False
    # a sentence whose speaker the analysis did not read that tells its content as what reports or rumours say
    # ("…, and rumours that the line was for sale lifted …": `members.mark_hearsay_nouns`); also `hearsay`,
    # which it explains (rule link.origin.hearsay_noun)
    hearsay_noun: bool = False
    # a headline of `link.claim.title_speaker` whose words after its cue verb hold no finite verb, a noun phrase
    # ("Ann Lee denies ferry report", "Ann Lee rejects claims"): it tells no statement of its own, only joins the
    # claim its body tells (rule link.claim.noun_headline) or none
    noun_title: bool = False

    def __setstate__(self, state: Any) -> None:
        """A member pickled as it is now (its slots), or before it had slots (a dict: the linker
        of a store linked before revision 0005, one pickle); a field it lacks takes its default."""
        if isinstance(state, tuple):
            state = {**(state[0] or {}), **state[1]}
        for f in fields(self):
            if f.name in state:
                value = state[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                value = f.default
            object.__setattr__(self, f.name, value)

    @property
    def confirms_back(self) -> bool:
        """A confirmation whose words are the article's sentence before it ("… hat 65 Menschenleben gefordert. Dies
        bestätigte Premierminister X.": the analysis's anaphoric attribution, rule `attr.*.anaphoric`): the article
        told it first, as what the speaker confirms — it relays the speaker, no one told it before them."""
        return self.confirms and ".anaphoric" in self.rule

    @property
    def unread_speaker(self) -> bool:
        """A sentence of the article that reports speech whose speaker the analysis did not read
        (`sentence` and no source): its outlet stands for that speaker."""
        return self.sentence and self.source is None and not self.own_statement
