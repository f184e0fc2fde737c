"""Claim members: one attributed claim of one document, with the features the vetoes compare
(numbers, dates, named sources, negation, content words) and its stance."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ..resources import languages, languages_for, load
from .entities import institution_key, name_key, one_name

_WORD = re.compile(r"\w+(?:'t)?", re.I)  # "doesn't", "can't" whole: a negation
_ANSWER = re.compile(r"^\W*(\w+)\s*,")


_WORD_LISTS = ("negation", "denial_cues", "spokesperson", "official", "campaign", "complement_words", "stopwords",
               "possessives", "pronouns", "mass_quantifiers", "dispute_words", "dispute_references",
               "dispute_openings", "reflexives", "conjunctions", "correlatives", "correlative_conjunctions",
               "sourceless", "name_particles", "refusal_pronouns", "refusal_objects", "person_reflexives", "negation_focus",
               "confirm_cues", "confirm_refusals", "passive_agents", "floating_quantifiers", "appointments", "spokesperson_no_principal", "linking_s_after", "off_record", "articles",
               "self_references", "distinct_markers", "witness_roles", "finding_heads", "finding_generic", "owner_links",
               "inclusions")


@cache
def _lex() -> dict[str, frozenset[str]]:
    """Negation words, denial cues, spokesperson, official and campaign words, and stopwords of
    every language, pooled: a claim and its translation are compared with each other's words."""
    out: dict[str, set[str]] = {k: set() for k in _WORD_LISTS}
    for lang in languages():
        try:
            d = load(lang, "link")
        except (FileNotFoundError, OSError):
            continue
        for k in out:
            out[k].update(w.lower() for w in d.get(k, []))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _group_rules(lang: str | None) -> list[dict[str, Any]]:
    """The group rules (`group` of link.json) of the language, else of every language."""
    langs = languages_for(lang)
    return [g for g in (load(x, "link").get("group") for x in langs) if isinstance(g, dict)]


@dataclass(slots=True)
class Member:
    """One attribution of one document as a candidate member of a cross-article claim. (Slots:
    with its 31 fields an instance's __dict__ would cost 1.2 KB more, a few hundred thousand
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
    refers: bool = False  # a confirmation or denial that only refers to what was told before ("Der Rat bestätigte dies")
    paragraph: int = 0  # how many line breaks stand before it in its document: its paragraph
    sentence: bool = False  # an unattributed sentence of the article (`sentence_members`): the outlet's own words
    confirms: bool = False  # its cue confirms ("bestätigte", "confirmed"): what another origin told just before, mostly
    durations: list[float] = field(default_factory=list)  # DURATION timexes in days ("drei Wochen" = "three weeks" = 21)
    weekday_dates: list[str] = field(default_factory=list)  # the dates read from a bare weekday ("from Thursday"): ± a week
    continues: str | None = None  # the key of the member whose quotation it goes on with, across its tag
    own_finding: bool = False  # its source is its own outlet ("records seen by this newspaper"): an origin, not a relay

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
    def unread_speaker(self) -> bool:
        """A sentence of the article that reports speech whose speaker the analysis did not read
        (`sentence` and no source): its outlet stands for that speaker."""
        return self.sentence and self.source is None


@cache
def _phrases(kind: str) -> re.Pattern[str]:
    words = sorted(_lex()[kind], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else re.compile(r"(?!)")


def disputes(text: str, most: int = 40) -> bool:
    """Whether a content disputes a report or claim rather than asserting one of its own: a
    dispute word ("misleading", "cherry-picked", "made it up", "frei erfunden") beside a word
    that refers to what is disputed ("the report", "die Behauptung", or a pronoun that opens
    the content: "It cherry-picked …", "Das ist falsch"), in a content of at most `most` words
    (`dispute_words`, `dispute_references`, `dispute_openings` of resources/<lang>/link.json)."""
    low = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
    words = _WORD.findall(low)
    if not words or len(words) > most or not _phrases("dispute_words").search(low):
        return False
    opening = re.sub(r"^\W+", "", low)
    return bool(_phrases("dispute_references").search(low)) or any(
        opening == w or opening.startswith(w + " ") for w in _lex()["dispute_openings"])


@cache
def _denial_inside(lang: str | None) -> list[re.Pattern[str]]:
    langs = languages_for(lang)
    return [re.compile(p, re.I) for x in langs for p in load(x, "link").get("denial_inside", [])]


def denied_inside(text: str, lang: str | None = None) -> str | None:
    """Who the content itself says denies what it reports ("that the contest had been rigged, a
    charge that Colorado Republican leaders strongly denied", "…, contradicting Tulsa police's
    earlier claim", "…, was die Regierung bestreitet": `denial_inside` of
    resources/<lang>/link.json), or None. The member asserts the claim; the one named contests it."""
    for pat in _denial_inside(lang):
        m = pat.search(text)
        if m:
            return m.group("agent").strip()
    return None


@cache
def _confirmer_before(lang: str | None) -> list[re.Pattern[str]]:
    langs = languages_for(lang)
    return [re.compile(p) for x in langs for p in load(x, "link").get("confirmer_before", [])]


def confirmer_of(text: str, src: dict[str, Any] | None, cue: dict[str, Any] | None, lang: str | None = None,
                 reach: int = 100) -> str | None:
    """Who confirms the claim of a source named with its noun ("Myers confirmed Broaddrick's
    assertion that …", "Der Sprecher bestätigte die Darstellung des Ministeriums, wonach …"), where
    the analysis gave the claim to the one whose assertion it is (the source beside its cue noun):
    the subject of the confirming verb just before them (`confirmer_before` of
    resources/<lang>/link.json), an origin of the claim too; None otherwise (a pronoun subject,
    "She confirmed …", is no one the member can name)."""
    if not src or not cue or not all(k in x for x in (src, cue) for k in ("start", "end")):
        return None
    s0, s1, c0, c1 = int(src["start"]), int(src["end"]), int(cue["start"]), int(cue["end"])
    # the source is the cue noun's owner only right beside it: "X's assertion", "the account of X",
    # "die Darstellung der Reederei" (`owner_links` of resources/<lang>/link.json)
    if s1 <= c0:
        owner = re.fullmatch(r"['’]?s?\s+", text[s1:c0]) is not None
    else:
        gap = text[c1:s0].lower().split() if c1 <= s0 and re.fullmatch(r"\s+[\w ]+\s+", text[c1:s0]) else []
        owner = 1 <= len(gap) <= 2 and gap[0] in _lex()["owner_links"] and all(w in _lex()["articles"] for w in gap[1:])
    if not owner:
        return None
    at = min(s0, c0)
    before = text[max(0, at - reach) : at]
    for pat in _confirmer_before(lang):
        m = pat.search(before)
        if m:
            agent = m.group("agent").strip()
            if agent.lower() in _lex()["pronouns"] or name_key(agent) == name_key(str(src.get("text") or "")):
                return None
            return agent
    return None


@cache
def _confirm_inside(lang: str | None) -> list[re.Pattern[str]]:
    langs = languages_for(lang)
    return [re.compile(p) for x in langs for p in load(x, "link").get("confirm_inside", [])]


def confirmed_whose(text: str, cue: dict[str, Any], spans: list[tuple[int, int]], lang: str | None = None,
                    reach: int = 200) -> str | None:
    """Whose claim a source confirms, when its cue is a confirming verb (`confirm_cues`) and the
    words from the cue into the content name the claim's owner ("Myers confirmed Broaddrick's
    assertion that …", "bestätigte die Befunde des Untersuchungsamts, wonach …": `confirm_inside`
    of resources/<lang>/link.json); None otherwise. The one confirmed is an origin of the claim
    too: the claim is theirs, and the source confirms it."""
    word = str(cue.get("text") or "").lower()
    start, end = int(cue.get("start", 0)), int(cue.get("end", 0))
    if word not in _lex()["confirm_cues"] or end <= start or not spans:
        return None
    window = text[start : max(min(max(e for _, e in spans), end + reach), end)]
    for pat in _confirm_inside(lang):
        m = pat.search(window)
        if m:
            return m.group("agent").strip()
    return None


def refers_back(words: list[str], cue: str, source: str, most: int = 2) -> bool:
    """Whether a content with a confirming or denying cue (`confirm_cues`, `denial_cues`) only
    refers to what was told before it: at most `most` content words besides the source's and the
    cue's own ("Der regierende Übergangsrat bestätigte dies", "hat die Thüringer Erkenntnisse
    bestätigt", "confirmed the report", "Die Anwohner bestreiten die Vorwürfe"), where the
    analysis took the whole sentence for the content."""
    lex = _lex()
    low = cue.lower()
    if low not in lex["confirm_cues"] and not any(c in low for c in lex["denial_cues"]):
        return False
    if words and words[0].lower() in _subordinators():
        return False  # "denied that its welds had been faulty": a clause says what it denies
    if {w.lower() for w in words} & lex["appointments"]:
        return False  # "confirming his judicial picks": a senate confirms appointments, not claims
    rest = content_keys(words) - content_keys(_WORD.findall(source)) - content_keys(_WORD.findall(cue))
    return len(rest) <= most


@cache
def _subordinators() -> frozenset[str]:
    """The words that open a subordinate clause ("that", "dass", "wonach": `subordinators` of
    resources/<lang>/lexicon.json)."""
    from ..steps.lexicon import SUBORDINATORS

    return SUBORDINATORS


def refuses(before: str, after: str, reach: int = 5) -> bool:
    """Whether a denial word between `before` and `after` refuses someone something rather than
    denying a claim: an object pronoun right after it ("would deny them help", "denying him a
    first-ballot victory"; `refusal_pronouns` of resources/<lang>/link.json) or, within `reach`
    words of its clause, a thing one is refused ("deny many independents the right to vote",
    "deny Donald Trump the nomination", "wies die Klage zurück"; `refusal_objects`), also before
    a passive ("the request was denied")."""
    lex = _lex()
    nxt = [w.lower() for w in _WORD.findall(re.split(r"[.;:!?,]", after, maxsplit=1)[0])][:reach]
    prev = [w.lower() for w in _WORD.findall(re.split(r"[.;:!?,]", before)[-1])][-3:]
    if nxt and nxt[0] in lex["refusal_pronouns"]:
        return True
    return bool(set(nxt) & lex["refusal_objects"]) or bool(set(prev) & lex["refusal_objects"])


def denies_a_claim(text: str) -> bool | None:
    """Whether the denial words of a content (`denial_cues`) deny a claim: True when one of them
    does not refuse something (`refuses`), False when each one refuses, None when it holds none."""
    found = list(_phrases("denial_cues").finditer(text.lower()))
    if not found:
        return None
    return any(not refuses(text[: m.start()], text[m.end() :]) for m in found)


def _inside(span: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    s, e = int(span.get("start", -1)), int(span.get("end", -1))
    return any(a <= s and e <= b for a, b in spans)


def _spans_text(text: str, spans: list[dict[str, Any]]) -> str:
    parts = []
    for sp in spans:
        t = sp.get("text")
        parts.append(t if isinstance(t, str) else text[int(sp["start"]) : int(sp["end"])])
    return " … ".join(parts)


def _without_tag(text: str, content: list[dict[str, Any]], a: dict[str, Any]) -> str:
    """The words of a content without its attribution's cue and source where the analysis took
    them in ("Verletzt wurde nach Angaben der Polizei niemand" → "Verletzt wurde niemand"): the
    stretch from the first to the last of them is cut, when both stand inside one content span.
    What the claim says is compared, not who says it (the cosine, the content words, the names);
    a dateline before it (`_DATELINE`) is cut too."""
    return _DATELINE.sub("", _content_words(text, content, a))


#: a dateline the analysis took into a content that opens the article ("Marlingen (dpa) - ",
#: "BERLIN (Reuters) — "): where and by whom it was written, not what was said
_DATELINE = re.compile(r"^\s*[A-ZÄÖÜ][\w .'’/-]{0,40}\(\s*[\w/ .-]{1,20}\)\s*[-–—:]\s*")


def _content_words(text: str, content: list[dict[str, Any]], a: dict[str, Any]) -> str:
    tag = [x for x in (a.get("cue"), a.get("source")) if isinstance(x, dict) and "start" in x and "end" in x]
    if len(tag) < 2:
        return _spans_text(text, content)
    cut = (min(int(x["start"]) for x in tag), max(int(x["end"]) for x in tag))
    parts = []
    for sp in content:
        start, end = int(sp["start"]), int(sp["end"])
        if start <= cut[0] and cut[1] <= end and cut[1] - cut[0] < end - start:
            piece = (text[start : cut[0]].rstrip() + " " + text[cut[1] : end].lstrip()).strip(" ,")
            parts.append(re.sub(r"\s*,\s*,", ",", piece))
        else:
            t = sp.get("text")
            parts.append(t if isinstance(t, str) else text[start:end])
    return " … ".join(parts)


def genitive_of(name: str | None, persons: list[str], lang: str | None) -> str | None:
    """The person of the document a bare name in the genitive names, in a language that writes
    it with an s after the name (`genitive_s_names` of resources/<lang>/link.json: "nach
    Aussagen Gordons", "laut Angaben Vossbergs" → "Michael Gordon" where he is a source of the
    article, by the one person whose surname it is); None otherwise."""
    words = (name or "").split()
    if len(words) != 1 or not words[0][:1].isupper() or not words[0].endswith("s") or len(words[0]) < 4:
        return None
    if not any(load(x, "link").get("genitive_s_names") for x in languages_for(lang)):
        return None
    stem = name_key(words[0][:-1])
    found = {p for p in persons if len(p.split()) >= 2 and name_key(p.split()[-1]) == stem}
    return next(iter(found)) if len(found) == 1 else None


def _one_source(name: str, lang: str | None) -> str:
    """The key of a source's name that its German and its English form share: one institution's
    word ("Innenministerium", "the interior ministry": `institution_key`), one place or body under
    its two names ("Kreml", "Kremlin": `one_name`), else the name's key (transliteration folded) —
    so that two contents that name one source in the two languages are not parted as naming
    others (`veto`)."""
    return institution_key(name) or one_name(name_key(name), lang)


def members_of(doc: dict[str, Any]) -> list[Member]:
    """The claim members of one analysed document: its attributions, then the sentences of its
    own words (`sentence_members`)."""
    lex = _lex()
    text = str(doc.get("text") or "")
    sources = {s.get("id"): s for s in doc.get("sources", [])}
    credited = {c.get("id"): c for c in doc.get("credits", [])}  # the agency a `via.credit` link names
    names_in_doc = []
    for s in doc.get("sources", []):
        if s.get("type") not in ("anonymous", "unnamed"):
            for n in [s.get("name", ""), *s.get("aliases", [])]:
                if n and len(n) >= 3:
                    names_in_doc.append(n)
    persons = [str(s.get("name")) for s in doc.get("sources", []) if s.get("type") == "person" and s.get("name")]
    denial_hedges = [h for h in doc.get("hedges", []) if h.get("kind") in ("denial", "dispute")]
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    out: list[Member] = []
    for a in doc.get("attributions", []):
        content = a.get("content") or []
        if isinstance(content, dict):
            content = [content]
        if not content:
            continue
        spans = [(int(c["start"]), int(c["end"])) for c in content]
        ctext = _without_tag(text, content, a)
        src = a.get("source") or None
        s_full = sources.get(src.get("id")) if src else None
        given = (src.get("name") or src.get("text")) if src else None
        name = _without_reflexive(given)
        if src is not None and names_no_source(name):  # "ersten Annahmen zufolge", "reports": unattributed
            src, s_full, name = None, None, None
        pollster = None
        if src is not None and "start" in src and "end" in src:
            # the source with the word after it, where the analysis cut it before its finding's head
            # ("A Harwick University" + " poll found …"): a poll names its pollster
            after = re.match(r"[\w-]+", text[int(src["end"]) :].lstrip(" "))
            pollster = finding_subject(text[int(src["start"]) : int(src["end"])]) or (
                finding_subject(text[int(src["start"]) : int(src["end"])] + " " + after.group()) if after else None)
        if pollster and name and name_key(pollster) in name_key(name):
            # "A Harwick University poll found …" named "Harwick University": the pollster, one
            # institution, as a sentence names it
            name, stype_given = pollster, "institution"
        else:
            stype_given = None
        stype = stype_given or ((src.get("type") or (s_full or {}).get("type")) if src else None)
        if stype == "unnamed" and _person_reflexive(given):  # "Sanders himself": a person, not a plural
            stype = "person"
        if stype in ("unnamed", None) and src is not None:
            person = genitive_of(name, persons, doc.get("language"))
            if person:  # "nach Aussagen Gordons": Michael Gordon's words, not an unnamed group
                name, stype = person, "person"
        named = named_members(text, src, doc.get("language")) if stype in ("unnamed", None) else None
        if named:  # "Other candidates, including Ann Lee and Ben Ross, said …": the two named
            name, stype = named, "person"
        role = (s_full or {}).get("role")
        up: list[tuple[str, str]] = []
        down: list[tuple[str, str]] = []
        for v in a.get("via", []):
            vs = sources.get(v.get("id")) or credited.get(v.get("id"), {})
            item = (str(v.get("name", "")), str(vs.get("type", "unnamed")))
            (up if v.get("position") == "upstream" else down).append(item)
        raw = _WORD.findall(ctext.replace("’", "'"))  # "doesn’t" is a negation too
        words = [w.lower() for w in raw]
        # an answer word before a comma opening the content ("No, I meant …", "Nein, das …")
        # answers a question: it does not negate what follows
        answer = _ANSWER.match(ctext)
        counted = words[1:] if answer and answer.group(1).lower() in lex["negation"] else words
        # any negation: two in one content are mostly two negative clauses ("have never expressed
        # interest … and have no plans to"), seldom a double negation
        negated = negates(counted)
        cue = (a.get("cue") or {}).get("text", "") or ""
        # who denies it, by the content's own words or by the rest of its sentence, which the analysis
        # may have left out of the content ("… had been counted twice, a claim that X firmly rejected")
        last = max(e for _, e in spans)
        rest = re.split(r"(?<=[.!?])\s|\n", text[last : last + 250], maxsplit=1)[0]
        inside = denied_inside(ctext + rest, doc.get("language")) if src is not None else None
        first = min(s for s, _ in spans)
        # a denial hedge whose scope is the content, or that stands just before it ("dementierte, dass
        # …"); one inside the content is its own verb ("would deny them help"), and a denial the
        # content reports of someone else is theirs (`disputed_by`)
        # a denial word that refuses someone something ("would deny them help") denies no claim
        cue_denies = (any(c in cue.lower() for c in lex["denial_cues"]) and _cue_denies(text, a.get("cue") or {})) \
            or split_denial(text, a.get("cue") or {})
        status_denies = a.get("status") == "denied" and denies_a_claim(ctext) is not False
        denial = status_denies or cue_denies or (not inside and any(
            (h.get("scope") and _inside(h["scope"], spans)) or _inside(h, [(first - 80, first)]) for h in denial_hedges))
        nums, unit_words, times = _numbers_and_dates(doc, text, spans)
        names = {_one_source(n, doc.get("language")) for n in names_in_doc if n in ctext}
        out.append(Member(
            key=f"{doc['id']}#{a.get('id')}", document=str(doc["id"]), start=min(s for s, _ in spans),
            end=max(e for _, e in spans), text=ctext, source=name, source_type=stype, source_role=role,
            via=[n for n, _ in up] + [n for n, _ in down], upstream=up, downstream=down, negated=negated,
            denial_cue=bool(denial), numbers=nums, dates=times.dates, durations=times.durations,
            weekday_dates=times.weekday_dates, names=names,
            words=content_keys(raw) - content_keys(unit_words),
            rule=str(a.get("rule", "link.claim.member")), source_mention=src.get("text") if src else None,
            language=doc.get("language"), dispute=src is not None and disputes(ctext), disputed_by=inside,
            confirmed=confirmed_whose(text, a.get("cue") or {}, spans, doc.get("language")) if src is not None else None,
            confirmed_by=confirmer_of(text, src, a.get("cue"), doc.get("language")),
            refers=src is not None and refers_back(raw, cue, given or ""), own_finding=_own_words(text, src, a.get("cue")),
            confirms=src is not None and cue.lower() in lex["confirm_cues"], paragraph=bisect.bisect_left(breaks, first)))
    _split_quotations(text, doc.get("attributions", []), out)
    return out + sentence_members(doc, out, names_in_doc, breaks)


def named_members(text: str, src: dict[str, Any] | None, lang: str | None) -> str | None:
    """The people a group source names right after it ("Other candidates, including Ann Lee and
    Ben Ross, have said …", "Mehrere Ministerpräsidenten, darunter Anna Berg und Karl Lund,
    …": `inclusions` of resources/<lang>/link.json), when they are two or more full names
    joined by a conjunction (`conjoined`), else None: the group speaks through them, each an
    origin of their own."""
    if src is None or "end" not in src:
        return None
    words = "|".join(re.escape(w) for w in sorted(_lex()["inclusions"], key=len, reverse=True))
    if not words:
        return None
    m = re.match(rf"\s*,\s*(?:{words})\s+([^,;:.()]+?)\s*,", text[int(src["end"]) : int(src["end"]) + 200], re.I)
    if not m:
        return None
    parts = conjoined(m.group(1), lang)
    return m.group(1) if len(parts) >= 2 and all(FULL_NAME.fullmatch(p) for p in parts) else None


def _own_words(text: str, src: dict[str, Any] | None, cue: dict[str, Any] | None, reach: int = 80) -> bool:
    """Whether the words from an attribution's source to its cue name the article's own outlet
    ("Maintenance records seen by this newspaper show …", where the source is "Maintenance
    records": `self_reference`): the outlet's own finding."""
    if not src or "start" not in src:
        return False
    start = int(src["start"])
    end = int((cue or {}).get("start", src.get("end", start)))
    if not start <= end <= start + reach:
        end = int(src.get("end", start))
    return self_reference(text[start:end] if end > start else src.get("text")) is not None


#: at most this many characters between two parts of one quotation split around its tag
SPLIT_GAP = 80


def _split_quotations(text: str, attributions: list[dict[str, Any]], members: list[Member]) -> None:
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


#: a sentence of the article's own words is a claim member only with at least this many content words
SENTENCE_WORDS = 5


def sentence_members(doc: dict[str, Any], attributed: list[Member], names_in_doc: list[str],
                     breaks: list[int]) -> list[Member]:
    """The sentences that report speech the analysis left unattributed (issue 9): each sentence
    of the body that holds a form of a cue verb (`verbs` of resources/<lang>/cues.json: "The
    poll showed …", "X called for …", "…, the race will be tight, said X" where the analysis
    missed it; speech acts whose object is a noun phrase, which claim nothing in the seed's style)
    and that the analysis found no attribution in (its `claims` with no attribution, no
    attributed content overlapping it; not a
    question; `SENTENCE_WORDS` content words or more, two for a denial or a confirmation) is a
    member without a source (rule
    `link.claim.sentence`), so that a claim told in one article by a source and in another in
    such a sentence is found in both. Such a member adds no origin to a claim that a named
    source tells: the outlet relays it (`Linker.claim_row`). The article's other sentences, its
    own assertions, are no attributed claims."""
    forms = _cue_forms(str(doc.get("language") or "")[:2])
    text = str(doc.get("text") or "")
    body = [(int(g["start"]), int(g["end"])) for g in doc.get("segments", []) if g.get("kind") == "body"]
    taken = sorted((m.start, m.end) for m in attributed)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end among the first k
    out: list[Member] = []
    for c in doc.get("claims", []):
        if c.get("attributions"):
            continue
        start, end = int(c["start"]), int(c["end"])
        k = bisect.bisect_left(starts, end)  # the attributed contents that open before the sentence ends
        if not any(a <= start and end <= b for a, b in body) or (k and reach[k - 1] > start):
            continue
        ctext = text[start:end]
        raw = _WORD.findall(ctext.replace("’", "'"))
        words = content_keys(raw)
        if ctext.rstrip(" \"'”“»«").endswith("?") or not any(w.lower() in forms for w in raw):
            continue
        speech = _speech_of_sentence(text, start, end, raw, doc.get("language"), c)
        if len(words) < (2 if speech.get("confirms") or speech.get("denial_cue") else SENTENCE_WORDS):
            continue  # (a short denial or confirmation refers back to what it denies or confirms)
        joint = _joint_speakers(ctext, raw, forms, doc.get("language"))
        cue_at = speech.pop("cue_at", None) or _first_form(ctext, raw, forms)
        # who the sentence itself names as its speaker: two joined by a conjunction, a passive's
        # agent ("This was confirmed by the police"), the outlet itself ("Recherchen unserer Zeitung ergaben")
        subject = ctext[: cue_at[0]].strip() if cue_at else ""
        source = joint or (passive_agent(ctext, cue_at[0], cue_at[0] + len(cue_at[1]), doc.get("language"))
                           or self_reference(subject) if cue_at else None)
        by_subject = source is None and cue_at is not None
        found_by = None
        if source is None and "," not in subject and len(subject.split()) <= 5 and unnamed_person(subject):
            source = subject  # "Ein zweiter Augenzeuge bestätigte diese Schilderung", "Another witness said …"
        elif source is None:
            source = finding_subject(subject)  # "A Harwick University poll found that …": the pollster, not the outlet
            found_by = "institution" if source else None
        negated = negates([w.lower() for w in raw])
        if by_subject and source and cue_at and not speech.get("refers"):
            # the speaker read from the words before the cue: what is compared is what follows the
            # cue, as an attribution's content is without its source and cue
            rest = ctext[cue_at[0] + len(cue_at[1]) :]
            lead = len(rest) - len(rest.lstrip(" ,:"))
            piece = rest[lead:].rstrip(" .!")
            if len(content_keys(_WORD.findall(piece))) >= 3:
                start = start + cue_at[0] + len(cue_at[1]) + lead
                end, ctext = start + len(piece), piece
                raw = _WORD.findall(ctext.replace("’", "'"))
                words = content_keys(raw)
        nums, unit_words, times = _numbers_and_dates(doc, text, [(start, end)])
        out.append(Member(
            key=f"{doc['id']}#s{start}", document=str(doc["id"]), start=start, end=end, text=ctext, source=source,
            source_mention=source,
            source_type=found_by, source_role=None, via=[], upstream=[], downstream=[],
            negated=negated, denial_cue=bool(speech.pop("denial_cue", False)), numbers=nums,
            dates=times.dates, durations=times.durations, weekday_dates=times.weekday_dates,
            names={_one_source(n, doc.get("language")) for n in names_in_doc if n in ctext}, words=words - content_keys(unit_words),
            rule="link.claim.sentence", language=doc.get("language"), paragraph=bisect.bisect_left(breaks, start),
            sentence=True, **speech))
    return out


def _first_form(ctext: str, raw: list[str], forms: frozenset[str]) -> tuple[int, str] | None:
    """Where the first cue form of a sentence stands in it (offset, word), or None."""
    first = next((w for w in raw if w.lower() in forms), None)
    at = re.search(rf"(?<!\w){re.escape(first)}(?!\w)", ctext) if first else None
    return (at.start(), first) if at and first else None


def _joint_speakers(ctext: str, raw: list[str], forms: frozenset[str], lang: str | None, reach: int = 2) -> str | None:
    """The subject of a sentence member's first cue verb, when it names two or more sources of
    their own joined by a conjunction ("Sowohl die Behörde als auch das Militär kündigten …
    an", "Ann Lee and Ben Ross both said …": `conjoined`), else None: such a subject is read as
    the member's source, each part an origin. The subject opens the clause of the verb (after
    the last comma before it, with a capital or a determiner) and stands right before it, with
    at most `reach` words between, written in lower case and opening no noun phrase ("both",
    "have", "haben"); each part is a name: after its determiner and adjectives in lower case,
    capitalised words only (name particles aside)."""
    from ..steps.lexicon import PREPOSITIONS_DE, PREPOSITIONS_EN
    from ..steps.lexicon import lang as lexicon

    first = next((w for w in raw if w.lower() in forms), None)
    at = re.search(rf"(?<!\w){re.escape(first)}(?!\w)", ctext) if first else None
    if at is None:
        return None
    pieces = ctext[: at.start()].split(",")
    # the subject told in an apposition right before the verb ("Two councillors, Ida Brandt and
    # Paul Wendt, floated …"): the piece between the last two commas
    words = (pieces[-2] if len(pieces) >= 3 and not pieces[-1].strip() else pieces[-1]).split()
    # a finite auxiliary ends the subject where the object stands between it and the verb
    # ("Frankreich und die USA haben das Vorgehen der Armee kritisiert": `finite_auxiliaries`)
    # (German: in English the auxiliary stands right before the verb, and a modal before a noun
    # that is a cue form, "would have reversed previous pledges", opens no speech)
    auxiliaries = {w for c in languages_for(lang) for w in load(c, "link").get("finite_auxiliaries", [])}
    aux = next((i for i, w in enumerate(words) if w in auxiliaries), None)
    if aux:
        words = words[:aux]
    codes = languages_for(lang)
    determiners = {w for c in codes for w in lexicon(c).determiners} | _lex()["correlatives"]
    lex = _lex()
    k = len(words)
    while k > 0 and len(words) - k < reach and words[k - 1][:1].islower() and words[k - 1].lower() not in determiners \
            and words[k - 1].lower() not in lex["conjunctions"]:
        k -= 1
    words = words[:k]
    if not words or not (words[0][:1].isupper() or words[0].lower() in determiners) or \
            words[0].lower() in PREPOSITIONS_DE | PREPOSITIONS_EN or words[0].endswith(":"):
        return None  # ("In Nairobi und Mombasa gab es …": a place, no speaker)
    while len(words) > 1 and words[-1].lower() in lex["floating_quantifiers"]:
        words = words[:-1]  # "Ann Lee and Bob Ross both said": "both" is no part of the second name
    parts = conjoined(" ".join(words), lang)

    def a_name(part: str) -> bool:
        toks = [t for t in part.split() if t.lower() not in determiners]
        while toks and toks[0][:1].islower():  # adjectives before the name ("das israelische Militär")
            toks = toks[1:]
        return bool(toks) and all(t[:1].isupper() or t.lower() in lex["name_particles"] for t in toks)

    return " ".join(words) if len(parts) >= 2 and all(a_name(p) for p in parts) else None


def _speech_of_sentence(text: str, start: int, end: int, raw: list[str], lang: str | None,
                        claim: dict[str, Any] | None = None) -> dict[str, Any]:
    """What a sentence member's own words say of its speech act, where the analysis made no
    attribution of it ("Die Anwohner bestreiten die Vorwürfe", "Das Observatorium hat die
    Befunde bestätigt": speech acts without a clause claim nothing in the seed's style): a
    denial word that denies a claim (`denial_cue`), a confirming cue (`confirms`), whether it
    only refers back to what was told before (`claims.refers_back`, the words before the cue
    taken for its speaker), whose claim it confirms (`confirmed_whose`) and who, by its own
    words, denies what it tells (`denied_inside`). The analysis's status of the sentence
    (`claim`: denied, disputed or confirmed, with its cue) comes first."""
    ctext = text[start:end]
    low = ctext.lower()
    lex = _lex()
    out: dict[str, Any] = {"disputed_by": denied_inside(ctext, lang)}
    cue: tuple[int, str] | None = None
    status, at = (claim or {}).get("status"), (claim or {}).get("status_cue") or {}
    given = (int(at["start"]) - start, str(at.get("text") or "")) if at and start <= int(at.get("start", -1)) < end else None
    confirm = next((m for m in re.finditer(r"\w+", low) if m.group() in lex["confirm_cues"]), None)
    # the confirming cue: the analysis's, else a confirming word of the sentence
    confirming = given if given and status == "confirmed" else (confirm.start(), ctext[confirm.start() : confirm.end()]) if confirm else None
    if given and status in ("denied", "disputed"):
        cue = given
        out["denial_cue"] = True
    elif confirming:
        cue = confirming
        out["confirms"] = True
        out["confirmed"] = confirmed_whose(text, {"text": cue[1], "start": start + cue[0], "end": start + cue[0] + len(cue[1])},
                                           [(start, end)], lang)
    else:
        denial = next((m for m in _phrases("denial_cues").finditer(low)
                       if not refuses(ctext[: m.start()], ctext[m.end() :])), None)
        if denial:
            cue = (denial.start(), ctext[denial.start() : denial.end()])
            out["denial_cue"] = True
    if out.get("confirms") and _no_confirmation(ctext[: cue[0]] if cue else "", low, lang):
        out["confirms"], out["confirmed"], cue = False, None, None
    out["cue_at"] = cue
    if cue and not out.get("confirmed") and "," not in ctext[: cue[0]]:
        # (a comma before the cue: "…, their school confirmed on Friday" tells a claim of its own)
        out["refers"] = refers_back(raw, cue[1], ctext[: cue[0]])
    return out


def _no_confirmation(before: str, low: str, lang: str | None) -> bool:
    """Whether a sentence's confirming word (the sentence `low` in lower case, `before` what
    stands before the word) confirms no claim: it is negated or refused in its clause ("konnte
    … nicht bestätigen", "declined to confirm": `negation`, `confirm_refusals` of
    resources/<lang>/link.json) or a passive without its agent ("All were confirmed with
    Republican support": appointments; `passive_auxiliaries` of resources/<lang>/lexicon.json,
    the agent's preposition `passive_agents` of link.json: "was confirmed by a spokeswoman")."""
    from ..steps.lexicon import lang as lexicon

    lex = _lex()
    clause = [w.lower() for w in _WORD.findall(before.lower().replace("’", "'").split(",")[-1])]
    if negates(clause) or set(clause) & lex["confirm_refusals"]:
        return True  # (in the cue's own clause: "X will not sail, the office confirmed" confirms)
    words = [w.lower() for w in _WORD.findall(low)]
    prev = _WORD.findall(before.lower())
    passive = bool(prev) and any(prev[-1] in lexicon(c).passive_auxiliaries for c in languages_for(lang))
    return passive and not set(words) & lex["passive_agents"]


@cache
def _cue_forms(code: str) -> frozenset[str]:
    """The word forms of the cue verbs of a language ("says", "sagte"; of every language when it
    is not known)."""
    from ..steps.lexicon import lang as lexicon

    codes = languages_for(code)
    extra = {w.lower() for c in codes for w in load(c, "link").get("claim_cue_forms", [])}
    return frozenset(f for c in codes for f in lexicon(c).forms) | extra


class Times(NamedTuple):
    """The times of a content (`_numbers_and_dates`): DATE values, DURATION values in days, and
    the dates read from a bare weekday name."""

    dates: list[str]
    durations: list[float]
    weekday_dates: list[str]


def _numbers_and_dates(doc: dict[str, Any], text: str, spans: list[tuple[int, int]]) -> tuple[
        list[float | tuple[float | None, float | None]], list[str], Times]:
    """The numbers of the quantities inside `spans` (ranges as pairs), the words they are written
    with ("46 percent": the number veto compares them, not the words) and the times (`Times`):
    the DATE values, the DURATION values in days ("drei Wochen", "three weeks": P3W = 21; a
    duration is a number of its own that the quantities do not hold) and which dates were read
    from a bare weekday ("ab Donnerstag", "from Thursday": resolved against the article's date,
    the last or the next such day, `weekday_date`)."""
    nums: list[float | tuple[float | None, float | None]] = []
    unit_words: list[str] = []
    for q in doc.get("quantities", []):
        if _inside(q, spans):
            unit_words += _WORD.findall(str(q.get("text") or text[int(q["start"]) : int(q["end"])]))
            v = q.get("value")
            if isinstance(v, list):
                nums.append((v[0], v[1]))
            elif isinstance(v, (int, float)):
                nums.append(float(v))
    dates: list[str] = []
    durations: list[float] = []
    weekdays: list[str] = []
    lang = doc.get("language")
    for t in doc.get("timexes", []):
        if not _inside(t, spans):
            continue
        value = str(t.get("value"))
        if t.get("type") == "DATE" and re.match(r"^\d{4}", value):
            dates.append(value)
            if weekday_date(str(t.get("text") or text[int(t["start"]) : int(t["end"])]), lang):
                weekdays.append(value)
        elif t.get("type") == "DURATION":
            days = duration_days(value)
            if days:
                durations.append(days)
    return nums, unit_words, Times(dates, durations, weekdays)


#: days of a duration unit of a TIMEX3 value (P3W, P2M, PT5H; a decade "DE", a century "CE")
_DURATION_UNITS = {"Y": 365.0, "M": 30.0, "W": 7.0, "D": 1.0, "DE": 3650.0, "CE": 36500.0}
_DURATION_TIME_UNITS = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}


def duration_days(value: str) -> float | None:
    """The days a TIMEX3 duration value spans ("P3W" = 21, "P1.5Y", "PT12H" = 0.5), or None for
    a value without a number ("PXY": some years)."""
    m = re.fullmatch(r"P(?:(\d+(?:\.\d+)?)(DE|CE|[YMWD]))?(?:T(\d+(?:\.\d+)?)([HMS]))?", value)
    if not m or not (m.group(1) or m.group(3)):
        return None
    days = float(m.group(1)) * _DURATION_UNITS[m.group(2)] if m.group(1) else 0.0
    if m.group(3):
        days += float(m.group(3)) * _DURATION_TIME_UNITS[m.group(4)]
    return days


@cache
def _time_words(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The weekday names and the words that fix which one is meant ("next", "last", "this",
    "kommenden", "vergangenen": `past_words`, `next_words`, `this_words` of resources/<lang>/time.json)."""
    days: set[str] = set()
    fixers: set[str] = set()
    for x in languages_for(lang):
        try:
            t = load(x, "time")
        except (FileNotFoundError, OSError):
            continue
        days.update(w.lower() for w in t.get("weekdays", {}))
        for k in ("past_words", "next_words", "this_words"):
            fixers.update(w.lower() for w in t.get(k, []))
    return frozenset(days), frozenset(fixers)


def weekday_date(timex_text: str, lang: str | None = None) -> bool:
    """Whether a date was read from a bare weekday name ("Thursday", "ab Donnerstag", "on
    Thursday night"), with no number and no word that says which one ("next Thursday", "am
    vergangenen Donnerstag"): against the article's date it may be the last such day or the
    next, and two articles of one happening resolve it a week apart ("would run a bus from
    Thursday" read as the past Thursday)."""
    words = [w.lower() for w in _WORD.findall(timex_text)]
    days, fixers = _time_words(lang)
    return any(w in days for w in words) and not any(w.isdigit() or w in fixers for w in words)


def split_denial(text: str, cue: dict[str, Any], reach: int = 120) -> bool:
    """Whether a one-word cue is the first half of a denial verb split around its object
    ("wies die Darstellung zurück", "stritt die Vorwürfe ab": a two-word entry of `denial_cues`
    of resources/<lang>/link.json whose first word is the cue and whose second stands later in
    the clause, at most `reach` characters on), unless what stands between is a thing one is
    refused ("wies die Klage zurück": `refuses`)."""
    word = str(cue.get("text") or "").lower()
    start, end = int(cue.get("start", 0)), int(cue.get("end", 0))
    if not word or end <= start or text[start:end].lower() != word:
        return False
    clause = re.split(r"[.;:!?]", text[end : end + reach], maxsplit=1)[0]
    for phrase in _lex()["denial_cues"]:
        first, _, particle = phrase.partition(" ")
        if first != word or not particle or " " in particle:
            continue
        m = re.search(rf"(?i)(?<!\w){re.escape(particle)}(?!\w)", clause)
        if m and not refuses("", clause[: m.start()] + " ."):
            return True
    return False


def _cue_denies(text: str, cue: dict[str, Any]) -> bool:
    """Whether an attribution's cue that holds a denial word denies a claim rather than refusing
    something (`refuses`, read on the document's text around the cue: "denying him a victory")."""
    start, end = int(cue.get("start", 0)), int(cue.get("end", 0))
    if end <= start or text[start:end] != cue.get("text"):  # no offsets to read around: the cue alone
        return denies_a_claim(str(cue.get("text") or "")) is not False
    at = max(0, start - 60)
    window = text[at : end + 80]
    found = [m for m in _phrases("denial_cues").finditer(window.lower()) if start <= at + m.start() < end]
    return not found or any(not refuses(window[: m.start()], window[m.end() :]) for m in found)


def content_keys(words: list[str]) -> set[str]:
    """The comparison keys of a content's words, less stopwords, short words and digits: a
    capitalised word (a name, a German noun) by `name_key`, which folds transliterations
    ("Selenskyj" = "Zelensky"), an ordinary word in lower case only, so that no rule for names
    makes two ordinary words one ("seit" is not "Zeit", "yet" is not "jet")."""
    stop = _lex()["stopwords"]
    return {name_key(w) if w[:1].isupper() else w.lower() for w in words
            if w.lower() not in stop and len(w) > 2 and not w.isdigit()}


_CAPITALISED = re.compile(r"(?<![\w'’])[A-ZÄÖÜ][\w'’-]*")
_SENTENCE_OPENERS = frozenset(".!?:\"“”„'‘()–—-")


@cache
def _names_by_case(lang: str | None) -> bool:
    """Whether a capitalised word inside a sentence of the language is a name (`names_by_case` of
    resources/<lang>/link.json: English, not German, which capitalises every noun)."""
    if not lang or lang not in languages():
        return False
    try:
        return bool(load(lang, "link").get("names_by_case"))
    except (FileNotFoundError, OSError):
        return False


@lru_cache(maxsize=65536)
def name_words(text: str, lang: str | None) -> frozenset[str]:
    """The comparison keys (`content_keys`) of the words of a content that are parts of names,
    where the language tells names by their case: the capitalised words, but a stopword or
    pronoun that opens a sentence ("The", "She"). Empty for other languages."""
    if not _names_by_case(lang):
        return frozenset()
    lex = _lex()
    out: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        before = text[: m.start()].rstrip()
        low = m.group().lower()
        if (not before or before[-1] in _SENTENCE_OPENERS) and (low in lex["stopwords"] or low in lex["pronouns"]):
            continue
        out |= content_keys([m.group()])
    return frozenset(out)


def plain_words_in_common(m: Member, n: Member) -> set[str]:
    """The content words two members have in common that are no part of a name in either (the
    names of the sources the article knows, `Member.names`, and where the language tells names
    by their case, its capitalised words): what they say, beside whom they say it of."""
    names = {w for x in (m, n) for nm in x.names for w in nm.split()}
    return (m.words & n.words) - names - name_words(m.text, m.language) - name_words(n.text, n.language)


def negates(words: list[str]) -> bool:
    """Whether lower-case words hold a negation ("not", "never", "doesn't", "kein"), other than one
    that only narrows what follows ("not just a few donors", "not only in Ohio", "nicht nur in
    Berlin": `negation_focus` of resources/<lang>/link.json), which denies nothing."""
    lex = _lex()
    return any((w in lex["negation"] or w.endswith("n't")) and not (i + 1 < len(words) and words[i + 1] in lex["negation_focus"])
               for i, w in enumerate(words))


def _sig_round(x: float, like: float) -> float:
    """x rounded to as many significant digits as `like` shows (10'000 has one, 10'400 three)."""
    if like == 0:
        return x
    digits = len(str(abs(int(like))).rstrip("0")) if float(like).is_integer() else 6
    from math import floor, log10

    p = digits - 1 - floor(log10(abs(like)))
    return round(x, p)


def numbers_compatible(a: float | tuple[float | None, float | None], b: float | tuple[float | None, float | None]) -> bool:
    """Equal, equal after rounding to the rougher one's precision, or overlapping ranges."""
    def rng(v: float | tuple[float | None, float | None]) -> tuple[float, float]:
        if isinstance(v, tuple):
            return (v[0] if v[0] is not None else float("-inf"), v[1] if v[1] is not None else float("inf"))
        return (v, v)

    if isinstance(a, tuple) or isinstance(b, tuple):
        (a0, a1), (b0, b1) = rng(a), rng(b)
        return a0 <= b1 and b0 <= a1
    if a == b:
        return True
    return _sig_round(b, a) == a or _sig_round(a, b) == b


def _date_range(value: str) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers: a day, an ISO week ("2016-W19"), a month, a year."""
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            d = date.fromisoformat(value[:10])
            return d, d
        if m := re.match(r"^(\d{4})-W(\d{2})$", value):
            start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return start, start + timedelta(days=6)
        if m := re.match(r"^(\d{4})-(\d{2})$", value):
            y, mo = int(m.group(1)), int(m.group(2))
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return date(y, mo, 1), nxt - timedelta(days=1)
        if re.match(r"^\d{4}$", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def dates_compatible(a: str, b: str, weekday: bool = False) -> bool:
    """Whether two date values can name the same time: one holds the other ("2016-05" and
    "2016-05-12", "next week" = "2016-W19" and "Thursday" = "2016-05-12"); values of other
    shapes (seasons, parts of a day) by prefix. With `weekday` (one of them was read from a bare
    weekday name, `weekday_date`), two days a week apart are one too: the last and the next
    Thursday of one article's date."""
    ra, rb = _date_range(a), _date_range(b)
    if ra and rb:
        if weekday and ra[0] == ra[1] and rb[0] == rb[1] and abs((ra[0] - rb[0]).days) == 7:
            return True
        return ra[0] <= rb[1] and rb[0] <= ra[1]
    return a.startswith(b) or b.startswith(a)


def veto(m: Member, n: Member) -> str | None:
    """Why m and n cannot assert the same thing, or None: other numbers (beyond compatible
    rounding), other durations ("drei Wochen" and "eight weeks"), other dates, other named
    sources."""
    if m.numbers and n.numbers:
        small, large = (m.numbers, n.numbers) if len(m.numbers) <= len(n.numbers) else (n.numbers, m.numbers)
        if not all(any(numbers_compatible(x, y) for y in large) for x in small):
            return "link.veto.number"
    if m.durations and n.durations:
        few, many = (m.durations, n.durations) if len(m.durations) <= len(n.durations) else (n.durations, m.durations)
        if not all(any(numbers_compatible(x, y) for y in many) for x in few):
            return "link.veto.duration"
    if m.dates and n.dates:
        loose = set(m.weekday_dates) | set(n.weekday_dates)
        if not any(dates_compatible(a, b, a in loose or b in loose) for a in m.dates for b in n.dates):
            return "link.veto.date"
    if m.names and n.names and not (m.names & n.names):
        return "link.veto.entity"
    return None


def lexical_overlap(m: Member, n: Member) -> float:
    if not m.words or not n.words:
        return 0.0
    return len(m.words & n.words) / min(len(m.words), len(n.words))


def contains(m: Member, n: Member, share: float = 0.8, least: int = 3) -> bool:
    """Whether one content holds (nearly) all content words of the other, which has at least
    `least` of them: the shorter quote is part of the longer one."""
    small, large = (m.words, n.words) if len(m.words) <= len(n.words) else (n.words, m.words)
    return len(small) >= least and len(small & large) >= share * len(small)


def _without_reflexive(name: str | None) -> str | None:
    """A source name without a reflexive after it ("Sanders himself" → "Sanders")."""
    if not name:
        return name
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _lex()["reflexives"]:
        return " ".join(words[:-1])
    return name


def _person_reflexive(name: str | None) -> bool:
    """Whether a source name ends in a reflexive that only a person takes ("Sanders himself";
    `person_reflexives` of resources/<lang>/link.json)."""
    words = (name or "").split()
    return len(words) > 1 and words[-1].lower() in _lex()["person_reflexives"]


def names_nobody(name: str | None, role: str | None = None, type_: str | None = None, lang: str | None = None,
                 mention: str | None = None) -> bool:
    """Whether a source as the analysis gave it names nobody: a pronoun it did not resolve
    ("he", "sie", "Demnach"), only its role ("Justice", role "Justice"), a mass quantifier,
    which counts no people ("much of the debate"), or an unnamed source that is only a thing
    (`a_thing`: "self-defense", "the move"). Such a member asserts the claim but adds no origin
    (`resources/<lang>/link.json`: `pronouns`, `mass_quantifiers`)."""
    words = re.findall(r"[\w'’]+", (name or "").lower())
    if not words:
        return True
    if unnamed_person(name):
        return False  # "a witness", "Augenzeuge": someone unnamed who speaks for themself, not a lost name
    if role and name_key(role) == name_key(name or "") and not spokesperson_for(name, role) and not officials_of(name):
        # only a role ("Justice"): whose, the analysis lost; a spokesperson or officials of an
        # institution ("Sprecher des Auswärtigen Amtes") name the one they speak for
        return True
    if type_ in (None, "unnamed") and role_again(name, mention, lang):
        return True
    lex = _lex()
    if (len(words) == 1 and words[0].replace("’", "'") in lex["pronouns"]) or words[0] in lex["mass_quantifiers"]:
        return True
    return type_ == "unnamed" and a_thing(name or "", mention, lang)


def role_again(name: str | None, mention: str | None, lang: str | None) -> bool:
    """Whether an unnamed source is only a person's role after a definite article ("the
    justice", "der Richter"; `definite_articles` of resources/<lang>/link.json, a role of
    `person_roles` of lexicon.json), as an article names again someone it named before ("Ruth
    Bader Ginsburg said …; the justice said …"): whose role it is, the analysis lost. "A
    justice", "the witness" (`witness_roles`) and a spokesperson (who speaks for a principal)
    are someone else."""
    from ..steps.lexicon import lang as lexicon
    from ..steps.sources import _is_role

    words = re.findall(r"[\w'’-]+", mention or "")
    if lang not in languages() or len(words) != 2 or name_key(words[1]) != name_key(name or ""):
        return False
    article, word = words[0].lower(), words[1]
    if article not in {w.lower() for w in load(lang, "link").get("definite_articles", [])}:
        return False
    lex = _lex()
    if word.lower() in lex["witness_roles"] or word.lower() in lex["spokesperson"]:
        return False
    lx = lexicon(lang)
    return _is_role(word, lx) or _is_role(word[:1].upper() + word[1:], lx)


def a_thing(name: str, mention: str | None, lang: str | None) -> bool:
    """Whether an unnamed source is a thing, no one who could say anything, in a language whose
    names are capitalised and other nouns not (`lowercase_descriptions` of link.json): one
    lower-case word in the singular, written as it stands ("self-defense", "economy", "amid"), that the
    source typing does not know as a speaker (`type_heads`, `person_roles` of
    resources/<lang>/lexicon.json) and that does not end like one who acts (`agent_endings` of
    link.json: "businessman", "commenter", "racist")."""
    from ..steps.lexicon import lang as lexicon
    from ..steps.sources import _head_type, _is_role

    if lang not in languages() or not load(lang, "link").get("lowercase_descriptions"):
        return False
    words = re.findall(r"[\w'’-]+", name)
    if len(words) != 1 or not words[0].islower() or words[0].endswith("s") or (mention and mention.strip() != name):
        return False  # (a plural may be people: "superdelegates"; a pronoun resolved to the name is the analysis's)
    lx = lexicon(lang)
    word = words[0]
    return (word not in lx.determiners and _head_type(words, lx)[0] is None and not _is_role(word, lx)
            and not word.endswith(tuple(load(lang, "link").get("agent_endings", []))))


def names_no_source(name: str | None) -> bool:
    """Whether a source as the analysis gave it is no source at all but what is said to be
    known ("ersten Annahmen zufolge", "unconfirmed reports", "Gerüchten zufolge"): a noun of
    `sourceless` (resources/<lang>/link.json) with nothing but lower-case words before it. The
    claim is then unattributed, as if no source stood there; "Reuters reports" names one."""
    words = re.findall(r"[\w'’-]+", name or "")
    if not words or words[-1].lower() not in _lex()["sourceless"]:
        return False
    return all(w[:1].islower() for w in words[:-1])


def self_reference(text: str | None) -> str | None:
    """The words by which an article names its own outlet in a source or a sentence ("Records
    seen by this newspaper", "Recherchen unserer Zeitung": `self_references` of
    resources/<lang>/link.json), or None: a finding told so is the outlet's own, an origin of
    its own rather than a relay of someone else's (`Linker._origin`)."""
    if not text:
        return None
    m = _phrases("self_references").search(text.lower())
    return text[m.start() : m.end()] if m else None


def unnamed_person(name: str | None) -> bool:
    """Whether a source names people only by what they are to the happening ("a witness", "a
    second witness", "Anwohner": its head word in `witness_roles` of resources/<lang>/link.json,
    no name beside it): someone who speaks for themself without a name, an unnamed source of
    the article — neither a person whose name the analysis lost (`names_nobody`) nor one person
    across the corpus."""
    if not name or FULL_NAME.search(name):
        return False
    lex = _lex()
    head = None
    for w in re.findall(r"[\w'’-]+", name):
        if w.lower() in lex["complement_words"]:
            break
        head = w
    return head is not None and head.lower() in lex["witness_roles"]


def finding_subject(subject: str, most: int = 6) -> str | None:
    """Who found what a sentence member reports, where the words before its cue name a finding
    of someone named ("A Harwick University poll found …" → "Harwick", "Eine
    Kelm-Umfrage ergab …" → "Kelm"): at most `most` words, no comma, ending in a noun of
    `finding_heads` of resources/<lang>/link.json (in German also as the end of a compound),
    with a capitalised word between the first and the head or before the compound's head, less
    the words that only say what kind of body it is (`finding_generic`: "University",
    "Institut"). None otherwise ("The poll showed …", "Eine Umfrage ergab …"). The pollster is
    the origin: two articles' words for one poll are one origin, two pollsters two."""
    words = re.findall(r"[\w'’-]+", subject)
    if not words or len(words) > most or "," in subject:
        return None
    lex = _lex()
    heads = lex["finding_heads"]
    last = words[-1].lower()
    head = last if last in heads else next((h for h in sorted(heads, key=len, reverse=True)
                                           if len(h) >= 5 and last.endswith(h) and len(last) > len(h) + 2), None)
    if head is None:
        return None
    names = [w for w in words[1:-1] if w[:1].isupper() and w.lower() not in lex["finding_generic"]]
    stem = words[-1][: len(words[-1]) - len(head)].rstrip("-") if head != last else ""
    if len(stem) >= 3 and stem[:1].isupper() and stem.lower() not in lex["finding_generic"]:
        names.append(stem)
    return " ".join(names) or None


def distinct_source(name: str, mention: str | None) -> str:
    """An unnamed source's name with the word that makes it another one than the one told before
    it ("A second witness", "Ein weiterer Anwohner", "another resident": `distinct_markers` of
    resources/<lang>/link.json) where the analysis left that word out of the name: two unnamed
    sources of one article that the article itself tells apart count apart."""
    markers = _lex()["distinct_markers"]
    have = {w.lower() for w in re.findall(r"\w+", name)}
    for w in re.findall(r"\w+", mention or ""):
        if w.lower() in markers and w.lower() not in have:
            return f"{w.lower()} {name}"
    return name


def passive_agent(ctext: str, at: int, end: int, lang: str | None, most: int = 6) -> str | None:
    """The agent of a passive cue in a sentence of the article's own words ("This was confirmed
    by the police", "Dies wurde von der Polizei bestätigt": a passive auxiliary before the cue
    at `at`..`end` in its clause, then a word of `passive_agents` of resources/<lang>/link.json
    after the cue or before it, then the agent, at most `most` words up to a preposition that
    opens another phrase), or None: the sentence's speaker, whom the analysis did not read."""
    from ..steps.lexicon import PREPOSITIONS_DE, PREPOSITIONS_EN
    from ..steps.lexicon import lang as lexicon

    clause = re.split(r"[,;:]", ctext[:at])[-1]
    codes = languages_for(lang)
    auxiliaries = {a for c in codes for a in lexicon(c).passive_auxiliaries}
    if not {w.lower() for w in _WORD.findall(clause)} & auxiliaries:
        return None
    lex = _lex()
    agents = lex["passive_agents"]
    after = re.match(r"\s+(\w+)\s+([^,;:.!?“”\"]+)", ctext[end:])
    if after and after.group(1).lower() in agents:
        phrase = after.group(2)
    else:
        toks = list(re.finditer(r"[\w'’-]+", clause))
        k = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].group().lower() in agents), None)
        if k is None or k == len(toks) - 1:
            return None
        phrase = clause[toks[k + 1].start() :]
    stops = (PREPOSITIONS_DE | PREPOSITIONS_EN) - lex["complement_words"]
    words: list[str] = []
    for w in phrase.split()[:most]:
        if words and w.lower() in stops:
            break
        words.append(w)
    while len(words) > 1 and words[0].lower() in lex["articles"]:  # "der Polizei", "the police"
        words = words[1:]
    agent = " ".join(words).strip(" .,")
    return agent if re.search(r"[A-Za-zÄÖÜäöüß]{3}", agent) else None


@cache
def _conjunction(correlative: bool = False) -> re.Pattern[str]:
    """A conjunction between two sources ("and", "und", …; `conjunctions` of resources/<lang>/link.json;
    with `correlative`, also the second half of "neither … nor", "weder … noch": `correlative_conjunctions`)."""
    words = sorted(_lex()["conjunctions"] | (_lex()["correlative_conjunctions"] if correlative else frozenset()),
                   key=len, reverse=True)
    return re.compile(r"(?i)\s+(?:" + "|".join(re.escape(w) for w in words) + r")\s+")


FULL_NAME = re.compile(r"\b[A-ZÄÖÜ][\w'’-]+ [A-ZÄÖÜ][\w'’-]+")


def conjoined(name: str | None, lang: str | None = None) -> list[str]:
    """The sources a conjoined source names, when each part names someone of its own ("Elijah
    Cummings of Maryland and John Conyers of Michigan", "Polizei und Feuerwehr", "Neither John
    Kasich nor Marco Rubio": a full name or one institution, `is_group`); else []. Separate
    people and institutions count separately."""
    if not name:
        return []
    first, _, rest = name.strip().partition(" ")
    correlative = first.lower() in _lex()["correlatives"] and bool(rest)  # "Neither A nor B", "Weder A noch B"
    if correlative:
        name = rest
    parts = [p.strip(" ,") for p in _conjunction(correlative).split(name)]
    if len(parts) < 2 or any(not p or p.endswith("-") for p in parts):  # "Kongress- und Verteidigungskreise"
        return []
    rules = [load(x, "link") for x in languages_for(lang)]
    if any(set(re.findall(r"[\w'’]+", parts[0].lower())) & set(r.get("name_prepositions", [])) for r in rules) and \
            not all(FULL_NAME.search(p) for p in parts[1:]):
        # the conjunction joins words of one name ("Organization for Economic Cooperation and
        # Development", "Landesamt für Gesundheit und Lebensmittelsicherheit")
        return []
    if any(FULL_NAME.search(p) for p in parts) and all(
            FULL_NAME.search(p) or (not is_group(p, None, lang) and (not _a_description(p, rules) or _an_institution(p, lang)))
            for p in parts):
        return [_the_name(p) for p in parts]
    if all(not is_group(p, None, lang) and not _a_description(p, rules) for p in parts):
        return [_the_name(p) for p in parts]
    return []


#: source types (`type_heads` of resources/<lang>/lexicon.json) of one institution
INSTITUTION_TYPES = frozenset({"government", "party", "ngo", "think_tank", "company", "court", "police", "military", "intelligence"})


def _an_institution(part: str, lang: str | None) -> bool:
    """Whether a part of a conjoined source is an institution the source typing knows by its head
    noun ("the company", "the ministry"; `type_heads` of resources/<lang>/lexicon.json): beside a
    named person ("The company and the minister, Pascale Boistard") it is a source of its own."""
    from ..steps.lexicon import lang as lexicon
    from ..steps.sources import _head_type

    if lang not in languages():
        return False
    lx = lexicon(lang)
    words = [w for w in re.findall(r"[\w'’-]+", part) if w.lower() not in lx.determiners]
    if set(w.lower() for w in words) & _lex()["complement_words"]:
        return False  # "director of the Institute of Politics": a person by their institution
    return _head_type(words, lx)[0] in INSTITUTION_TYPES


def _the_name(part: str) -> str:
    """A part of a conjoined source by its name where a description stands beside it behind a
    comma ("Two objectors, Lawrence Joyce" → "Lawrence Joyce"; "Tony Auden, ein Sprecher" →
    "Tony Auden"): the one comma-separated piece that is a full name, else the part."""
    pieces = [x.strip() for x in part.split(",") if x.strip()]
    names = [x for x in pieces if FULL_NAME.fullmatch(x)]
    return names[0] if len(pieces) > 1 and len(names) == 1 else part


def describes(part: str, lang: str | None) -> bool:
    """Whether a part of a conjoined source describes its source rather than naming it ("the
    company"): such a part is an unnamed source of its article, not an entity across articles."""
    return _a_description(part, [load(x, "link") for x in languages_for(lang)])


def names_its_own(part: str, lang: str | None) -> bool:
    """Whether a part of a conjoined source stands for a source of its own: a name, or an
    institution known by its head noun ("the company"); not a person's description ("director
    of the Institute of Politics")."""
    return not describes(part, lang) or _an_institution(part, lang)


def _a_description(part: str, rules: list[dict[str, Any]]) -> bool:
    """Whether a part of a conjoined source describes someone rather than naming them: in a
    language whose names are capitalised and other nouns not (`lowercase_descriptions` of
    link.json), a first or last word in lower case after the articles ("former secretary of
    state", "its co-founder", "the movie", "California superdelegate")."""
    words = re.findall(r"[\w'’.-]+", part)
    for r in rules:
        if not r.get("lowercase_descriptions"):
            continue
        g = r.get("group", {})
        skip = {*g.get("singular_determiners", []), *g.get("ambiguous_determiners", []), "a", "an"}
        rest = [w for w in words if w.lower() not in skip] or words
        if rest and (rest[0][:1].islower() or rest[-1][:1].islower()):
            return True
    return False


def _complement(text: str, at: int) -> str | None:
    """The institution named after position `at` ("des Innenministeriums", "of the Pentagon")."""
    rest = text[at:].strip(" ,")
    words = _lex()["complement_words"]
    m = re.match(r"(\w+)\s+(.+)$", rest)
    if not m or m.group(1).lower() not in words:
        return None
    rest = re.sub(r"^(?:the|der|die|das|dem|den|des)\s+", "", m.group(2), flags=re.I).strip(" ,")
    return rest.split(",")[0].strip() or None


def is_spokesperson(role: str | None) -> str | None:
    """The principal a spokesperson's role names ("Sprecher des Innenministeriums" → "Innenministeriums"), or None."""
    if not role:
        return None
    low = role.lower()
    for w in sorted(_lex()["spokesperson"], key=len, reverse=True):
        i = low.find(w)
        if i >= 0:
            rest = role[i + len(w) :].strip(" ,")
            rest = re.sub(r"^(?:des|der|von|vom|of|for|to|the)\s+", "", rest, flags=re.I)
            rest = re.sub(r"^(?:the|der|die|das)\s+", "", rest, flags=re.I)
            return rest or None
    return None


def _spokesperson_after(text: str) -> str | None:
    """The principal named by a complement after a spokesperson word ("ein Sprecher des
    Auswärtigen Amtes", "a spokeswoman for the Interior Ministry"), or None."""
    lex = _lex()
    low = text.lower()
    for w in sorted(lex["spokesperson"], key=len, reverse=True):
        m = re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low)
        if m:
            # an entry may end in its complement word ("Sprecher des"): read it from the word's end
            first = m.start() + len(w.split()[0])
            return _complement(text, first)
    return None


def _spokesperson_before(text: str) -> tuple[str, bool] | None:
    """The principal a spokesperson word is preceded by: in English, the capitalised words before
    the word written in lower case ("a Pentagon spokesman", "White House press secretary",
    "Berg spokeswoman Mia Holt"); in German, the first half of a compound
    ("Polizeisprecher", "Regierungssprecherin" → "Regierung", the linking s dropped after
    `linking_s_after`; "Umweltbund-Sprecher"); with whether the spokesperson is a
    campaign's ("Clinton campaign spokesman"). None when nothing names one ("his spokesman", "a
    top aide", "Pressesprecher"; "Former Berg spokesman" is Berg's: `spokesperson_no_principal`
    of resources/<lang>/link.json)."""
    lex = _lex()
    none = lex["spokesperson_no_principal"]
    words = re.findall(r"[\w'’.-]+", text)
    entries = sorted(lex["spokesperson"], key=len, reverse=True)
    for i, w in enumerate(words):
        low = w.lower()
        for sw in entries:
            parts = sw.split()
            if w[:1].islower() and " ".join(x for x in words[i : i + len(parts)]) == sw:
                before = _capitalised_before(words, i)
                while before and before[0].lower() in none:
                    before = before[1:]
                before_text = re.sub(r"['’]s?$", "", " ".join(before))
                if before_text:
                    return before_text, any(c in sw for c in lex["campaign"])
                return None
            if " " not in sw and len(low) > len(sw) + 2 and low.endswith(sw) and w[:1].isupper():
                stem = w[: len(w) - len(sw)]
                if stem.endswith("-"):  # "Green Earth Watch-Sprecher": the name before the hyphen
                    stem = " ".join([*_capitalised_before(words, i), stem.rstrip("-")])
                elif stem.endswith("s") and stem[:-1].lower().endswith(tuple(lex["linking_s_after"])):
                    stem = stem[:-1]
                if len(stem) < 3 or stem.lower() in none:
                    return None
                return stem[:1].upper() + stem[1:], False
    return None


def _capitalised_before(words: list[str], i: int) -> list[str]:
    """The capitalised words right before words[i], back to the first word that is not
    capitalised or is an article of any language (`articles` of resources/<lang>/link.json: "a
    Pentagon spokesman" → ["Pentagon"])."""
    articles = _lex()["articles"]
    before: list[str] = []
    for x in reversed(words[:i]):
        if not x[:1].isupper() or x.lower() in articles:
            break
        before.insert(0, x)
    return before


@cache
def _any_spokesperson() -> re.Pattern[str]:
    """Any spokesperson word, also inside a compound: what a source must hold to be one."""
    return re.compile("|".join(re.escape(w) for w in sorted(_lex()["spokesperson"], key=len, reverse=True)) or "(?!)", re.I)


@lru_cache(maxsize=1 << 14)  # called for every member: sources repeat
def spokesperson_for(name: str | None, role: str | None, mention: str | None = None,
                     on_record: bool = False) -> tuple[str, str] | None:
    """(principal, rule) when a source is a spokesperson, named or not, of a principal its role,
    name or mention names: after the spokesperson word ("Sprecher des Innenministeriums",
    "spokeswoman for the Interior Ministry") or before it ("a Pentagon spokesman",
    "Polizeisprecher", "Regierungssprecher Hans Weber"). A spokesperson speaks for the principal,
    so they add no origin of their own; with `on_record`, only a spokesperson who speaks on the
    record (not an aide: `off_record` of resources/<lang>/link.json), so that an unnamed one is
    the principal's voice. A principal that is a campaign is its candidate ("a spokesman for the
    Clinton campaign"); one without a capitalised word ("a spokesman for the buyer") names no one."""
    if on_record and any(re.search(rf"(?i)(?<!\w){re.escape(w)}(?!\w)", t or "") for w in _lex()["off_record"]
                         for t in (name, role, mention)):
        return None
    for text in (role, name, mention):
        if not text or not _any_spokesperson().search(text):
            continue
        # in a role, whatever follows the word ("Sprecher Innenministerium"); in a name, only a
        # complement ("Sprecher des …"): "Regierungssprecher Hans Weber" is Hans Weber
        after = is_spokesperson(text) if text is role else _spokesperson_after(text)
        if after:
            after = after.split(",")[0].strip() or after
            if name and after.endswith(" " + name):  # "des Bauamts Karl Ott": the name is the speaker's
                after = after[: -len(name) - 1].strip()
            if not re.search(r"\b[A-ZÄÖÜ]", after) and not institution_key(after) and \
                    not any(_an_institution(after, x) for x in languages()):
                return None  # "a spokesman for the buyer"; not "for the transport ministry", "for the district office"
            campaign = speaks_for_campaign(after)
            return (campaign, "link.origin.campaign") if campaign else (after, "link.origin.spokesperson")
        before = _spokesperson_before(text)
        if before:
            return before[0], "link.origin.campaign" if before[1] else "link.origin.spokesperson"
    return None


def officials_of(name: str | None) -> str | None:
    """The institution a group of officials is named by ("Beamte des Innenministeriums",
    "officials at the Interior Ministry", "Pentagon officials"; `official` of
    resources/<lang>/link.json, in the plural too), or None ("officials", "senior officials")."""
    if not name:
        return None
    lex = _lex()
    words = re.findall(r"[\w'’.-]+", name)
    for i, w in enumerate(words):
        low = w.lower()
        if not any(low == o or low == o + "s" or low == o + "n" for o in lex["official"]):
            continue
        rest = " ".join(words[i:])
        inst = _complement(rest, len(w))
        if inst and (re.search(r"\b[A-ZÄÖÜ]", inst) or any(_an_institution(inst, x) for x in languages())):
            return inst
        if w[:1].islower():  # "Pentagon officials": the capitalised words before the word
            before = _capitalised_before(words, i)
            if before:
                return " ".join(before)
    return None


def speaks_for_campaign(text: str) -> str | None:
    """The candidate a campaign's name names ("the Clinton campaign" → "Clinton"), or None."""
    lex = _lex()
    for w in sorted(lex["campaign"], key=len, reverse=True):
        m = re.search(rf"(?i)\b{re.escape(w)}\b", text)
        if m:
            before = re.sub(r"(?i)^(?:the|der|die|das|an?)\s+|['’]s?$", "", text[: m.start()].strip()).strip()
            after = _complement(text, m.end())
            out = after or before
            return out if out and out.lower() not in lex["possessives"] else None
    return None


def speaks_for(name: str | None, role: str | None) -> tuple[str, str] | None:
    """(principal, rule) when the source speaks for someone else: a spokesperson for the principal
    the role names, a campaign for its candidate ("the Clinton campaign", "Wahlkampfteam von Anna
    Berg"), an official for the institution named after the role ("Beamter des
    Innenministeriums", "an official of the Pentagon"): officials of one institution count once."""
    principal = spokesperson_for(name, role)
    if principal:
        return principal
    lex = _lex()
    for text in (name, role):
        if not text:
            continue
        for w in sorted(lex["campaign"], key=len, reverse=True):
            m = re.search(rf"(?i)\b{re.escape(w)}\b", text)
            if not m:
                continue
            after = _complement(text, m.end())
            before = re.sub(r"(?i)^(?:the|der|die|das|an?)\s+|['’]s$", "", text[: m.start()].strip()).strip()
            if before.lower() in lex["possessives"]:
                before = ""  # "his campaign manager": whose campaign, the role does not say
            if after or before:
                return after or before, "link.origin.campaign"
    if role:
        for w in sorted(lex["official"], key=len, reverse=True):
            m = re.search(rf"(?i)(?<![\w-])\w*{re.escape(w)}\b", role)
            if m:
                inst = _complement(role, m.end())
                if inst:
                    return inst, "link.origin.official"
    return None


def is_group(name: str | None, mention: str | None = None, lang: str | None = None) -> bool:
    """Whether an unnamed source is a group of people ("Experten", "Anwohner", "two witnesses",
    "a resident") rather than one institution ("die Feuerwehr", "the fire department"): by the
    determiner before its name in the mention ("nach Angaben der Feuerwehr" → "der") and the
    ending of its head noun (rules in resources/<lang>/link.json, `group`; without a known
    language, a group when any language's rules say so)."""
    words = re.findall(r"[\w'’-]+", name or mention or "")
    if not words:
        return True
    comp = _lex()["complement_words"]
    det = ""
    if mention and name and name in mention:
        before = re.findall(r"[\w'’-]+", mention[: mention.index(name)])
        det = before[-1].lower() if before else ""
    elif len(words) > 1:
        det = words[0].lower()

    def group_by(g: dict[str, Any]) -> bool:
        dets = {*g.get("quantifiers", []), *g.get("singular_determiners", []), *g.get("ambiguous_determiners", [])}
        first = det if det in dets else words[0].lower() if words[0].lower() in dets else ""
        rest = words[1:] if first and first == words[0].lower() and len(words) > 1 else words
        head = rest[0]
        for w in rest[1:]:
            if w.lower() in comp:
                break
            head = w
        h = head.lower()
        plural = any(h.endswith(e) for e in g.get("plural_endings", [])) and not any(
            h.endswith(e) for e in g.get("singular_endings", []))
        if first in g.get("quantifiers", []):
            return True
        if first in g.get("singular_determiners", []):
            return False
        if first in g.get("ambiguous_determiners", []):
            return plural
        return bool(g.get("bare_is_group", False)) or plural

    return any(group_by(g) for g in _group_rules(lang))
