"""The stance of a claim member: whether it disputes a report rather than asserting a claim,
whether its denial words deny a claim or refuse someone something, who its own words say
denies it, whose claim it confirms and who confirms it, and whether a confirmation or denial
only refers back to what was told before."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ...resources import languages_for, load
from ...textutil import lower_aligned
from ..entities import name_key
from .words import WORD, content_keys, negates, phrases, word_lists


def disputes(text: str, most: int = 40) -> bool:
    """Whether a content disputes a report or claim rather than asserting one of its own: a
    dispute word ("misleading", "cherry-picked", "made it up", "frei erfunden") beside a word
    that refers to what is disputed ("the report", "die Behauptung", or a pronoun that opens
    the content: "It cherry-picked …", "Das ist falsch"), in a content of at most `most` words
    (`dispute_words`, `dispute_references`, `dispute_openings` of resources/<lang>/link.json)."""
    low = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
    words = WORD.findall(low)
    if not words or len(words) > most or not phrases("dispute_words").search(low):
        return False
    opening = re.sub(r"^\W+", "", low)
    return bool(phrases("dispute_references").search(low)) or any(
        opening == w or opening.startswith(w + " ") for w in word_lists()["dispute_openings"])


@cache
def _denial_inside(lang: str | None) -> list[re.Pattern[str]]:
    langs = languages_for(lang)
    return [re.compile(p, re.I) for x in langs for p in load(x, "link").get("denial_inside", [])]


def denied_inside(text: str, lang: str | None = None) -> str | None:
    """Who the content itself says denies what it reports ("that the contest had been rigged, a
    charge that the county party leaders firmly denied", "…, contradicting Tulsa police's
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
        owner = 1 <= len(gap) <= 2 and gap[0] in word_lists()["owner_links"] and all(w in word_lists()["articles"] for w in gap[1:])
    if not owner:
        return None
    at = min(s0, c0)
    before = text[max(0, at - reach) : at]
    for pat in _confirmer_before(lang):
        m = pat.search(before)
        if m:
            agent = m.group("agent").strip()
            if agent.lower() in word_lists()["pronouns"] or name_key(agent) == name_key(str(src.get("text") or "")):
                return None
            return agent
    return None


def confirms_after(text: str, via: dict[str, Any], most: int = 2) -> bool:
    """Whether a link of a chain is the subject of a confirming verb right after it ("Wie AFP
    berichtet, …, wie die städtischen Behörden bestätigten", "…, as the ministry later
    confirmed": one of `confirm_cues` of resources/<lang>/link.json among the first `most`
    words after it, in its clause): the link confirms what the source reports, a second origin of
    it, not the one the source has it from."""
    if "end" not in via:
        return False
    after = re.split(r"[,;:.!?]", text[int(via["end"]) : int(via["end"]) + 60], maxsplit=1)[0]
    return any(w.lower() in word_lists()["confirm_cues"] for w in WORD.findall(after)[:most])


@cache
def _confirm_inside(lang: str | None) -> list[re.Pattern[str]]:
    langs = languages_for(lang)
    return [re.compile(p) for x in langs for p in load(x, "link").get("confirm_inside", [])]


def claim_owners(text: str, lang: str | None = None) -> list[str]:
    """Whose claim a content tells as theirs ("… repressing Ann Lee's claim that …", "die
    Darstellung der Reederei, wonach …": the owner before or after a noun for what was claimed,
    by the patterns of `confirm_inside` of resources/<lang>/link.json): the speaker who tells it so
    relays that owner's claim."""
    return [m.group("agent").strip() for pat in _confirm_inside(lang) for m in pat.finditer(text)]


def confirmed_whose(text: str, cue: dict[str, Any], spans: list[tuple[int, int]], lang: str | None = None,
                    reach: int = 200) -> str | None:
    """Whose claim a source confirms, when its cue is a confirming verb (`confirm_cues`) and the
    words from the cue into the content name the claim's owner ("Myers confirmed Broaddrick's
    assertion that …", "bestätigte die Befunde des Untersuchungsamts, wonach …": `confirm_inside`
    of resources/<lang>/link.json); None otherwise. The one confirmed is an origin of the claim
    too: the claim is theirs, and the source confirms it."""
    word = str(cue.get("text") or "").lower()
    start, end = int(cue.get("start", 0)), int(cue.get("end", 0))
    if word not in word_lists()["confirm_cues"] or end <= start or not spans:
        return None
    window = text[start : max(min(max(e for _, e in spans), end + reach), end)]
    for pat in _confirm_inside(lang):
        m = pat.search(window)
        if m:
            return m.group("agent").strip()
    return None


def refers_back(words: list[str], cue: str, source: str, most: int = 2, denial: bool = False) -> bool:
    """Whether a content with a confirming or denying cue (`confirm_cues`, `denial_cues`) only
    refers to what was told before it: at most `most` content words besides the source's and the
    cue's own ("Der regierende Übergangsrat bestätigte dies", "hat die Thüringer Erkenntnisse
    bestätigt", "confirmed the report", "Die Anwohner bestreiten die Vorwürfe"), where the
    analysis took the whole sentence for the content. `denial`: the cue is one the analysis read as
    denying or disputing (the sentence's status `denied` or `disputed`) though it is no word of
    `denial_cues`, with only a pronoun and a few words after it ("Die Senatorin bezweifelt das", "She
    doubted it": rule link.claim.denied_in_article+status_cue)."""
    lex = word_lists()
    low = cue.lower()
    if low not in lex["confirm_cues"] and not denial and not any(c in low for c in lex["denial_cues"]):
        return False
    if words and words[0].lower() in _subordinators():
        return False  # "denied that its welds had been faulty": a clause says what it denies
    if {w.lower() for w in words} & lex["appointments"]:
        return False  # "confirming his judicial picks": a senate confirms appointments, not claims
    rest = content_keys(words) - content_keys(WORD.findall(source)) - content_keys(WORD.findall(cue))
    return len(rest) <= most


@cache
def _subordinators() -> frozenset[str]:
    """The words that open a subordinate clause ("that", "dass", "wonach": `subordinators` of
    resources/<lang>/lexicon.json)."""
    from ...steps.lexicon import SUBORDINATORS

    return SUBORDINATORS


def refuses(before: str, after: str, reach: int = 5) -> bool:
    """Whether a denial word between `before` and `after` refuses someone something rather than
    denying a claim: an object pronoun right after it ("would deny them help", "denying him a
    first-ballot victory"; `refusal_pronouns` of resources/<lang>/link.json) or, within `reach`
    words of its clause, a thing one is refused ("deny many independents the right to vote",
    "deny Donald Trump the nomination", "wies die Klage zurück"; `refusal_objects`), also before
    a passive ("the request was denied")."""
    lex = word_lists()
    nxt = [w.lower() for w in WORD.findall(re.split(r"[.;:!?,]", after, maxsplit=1)[0])][:reach]
    prev = [w.lower() for w in WORD.findall(re.split(r"[.;:!?,]", before)[-1])][-3:]
    if nxt and nxt[0] in lex["refusal_pronouns"]:
        return True
    return bool(set(nxt) & lex["refusal_objects"]) or bool(set(prev) & lex["refusal_objects"])


def denies_a_claim(text: str) -> bool | None:
    """Whether the denial words of a content (`denial_cues`) deny a claim: True when one of them
    does not refuse something (`refuses`), False when each one refuses, None when it holds none."""
    found = list(phrases("denial_cues").finditer(lower_aligned(text)))
    if not found:
        return None
    return any(not refuses(text[: m.start()], text[m.end() :]) for m in found)


def speech_of_sentence(text: str, start: int, end: int, raw: list[str], lang: str | None,
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
    low = lower_aligned(ctext)  # (its offsets are ctext's)
    lex = word_lists()
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
        out["reaffirms"] = any(w in lex["reaffirm_cues"] for w in cue[1].lower().split())
        out["confirmed"] = confirmed_whose(text, {"text": cue[1], "start": start + cue[0], "end": start + cue[0] + len(cue[1])},
                                           [(start, end)], lang)
    else:
        # (a denial word negated in its own clause before it denies nothing: "The line did not deny the
        # allegation", "Nobody at the line rejected it", "hat die Vorwürfe nicht zurückgewiesen")
        denial = next((m for m in phrases("denial_cues").finditer(low)
                       if not refuses(ctext[: m.start()], ctext[m.end() :]) and not _negated_before(ctext[: m.start()])), None)
        if denial:
            cue = (denial.start(), ctext[denial.start() : denial.end()])
            out["denial_cue"] = True
    if out.get("confirms") and _no_confirmation(ctext[: cue[0]] if cue else "", low, lang):
        out["confirms"], out["reaffirms"], out["confirmed"], cue = False, False, None, None
    out["cue_at"] = cue
    if cue and not out.get("confirmed") and "," not in ctext[: cue[0]]:
        # (a comma before the cue: "…, their school confirmed on Friday" tells a claim of its own)
        # (a cue the analysis read as denying with only a pronoun after it, "bezweifelt das", "doubted it")
        pointing = WORD.findall(ctext[cue[0] + len(cue[1]) :])
        out["refers"] = refers_back(raw, cue[1], ctext[: cue[0]], denial=bool(out.get("denial_cue")) and 0 < len(pointing) <= POINTING_WORDS
                                    and pointing[0].lower() in lex["pronouns"])
    return out


#: at most so many words after a cue the analysis read as denying, the first a pronoun ("bezweifelt das
#: weiterhin"), make a sentence that only refers back (`speech_of_sentence`, `refers_back`'s `denial`)
POINTING_WORDS = 4

#: how many words before a denial word a negation of it may stand in its clause (`_negated_before`)
NEGATION_REACH = 5


def _negated_before(before: str, reach: int = NEGATION_REACH) -> bool:
    """Whether the clause that ends at a denial word (`before`: what stands before it, the clause after
    its last comma) holds a negation (`negation` of resources/<lang>/link.json) among its last `reach`
    words: "did not deny", "hat die Vorwürfe nicht zurückgewiesen", "Nobody at the line rejected";
    not one further back that belongs to a clause of its own ("said it had not skipped the checks
    and today rejected the claim")."""
    return negates([w.lower() for w in WORD.findall(before.lower().replace("’", "'").split(",")[-1])][-reach:])


def _no_confirmation(before: str, low: str, lang: str | None) -> bool:
    """Whether a sentence's confirming word (the sentence `low` in lower case, `before` what
    stands before the word) confirms no claim: it is negated or refused in its clause ("konnte
    … nicht bestätigen", "declined to confirm": `negation`, `confirm_refusals` of
    resources/<lang>/link.json) or a passive without its agent ("All were confirmed with
    Republican support": appointments; `passive_auxiliaries` of resources/<lang>/lexicon.json,
    the agent's preposition `passive_agents` of link.json: "was confirmed by a spokeswoman")."""
    from ...steps.lexicon import lang as lexicon

    lex = word_lists()
    clause = [w.lower() for w in WORD.findall(before.lower().replace("’", "'").split(",")[-1])]
    if negates(clause) or set(clause) & lex["confirm_refusals"]:
        return True  # (in the cue's own clause: "X will not sail, the office confirmed" confirms)
    words = [w.lower() for w in WORD.findall(low)]
    prev = WORD.findall(before.lower())
    passive = bool(prev) and any(prev[-1] in lexicon(c).passive_auxiliaries for c in languages_for(lang))
    return passive and not set(words) & lex["passive_agents"]


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
    for phrase in word_lists()["denial_cues"]:
        first, _, particle = phrase.partition(" ")
        if first != word or not particle or " " in particle:
            continue
        m = re.search(rf"(?i)(?<!\w){re.escape(particle)}(?!\w)", clause)
        if m and not refuses("", clause[: m.start()] + " ."):
            return True
    return False


def cue_denies_a_claim(text: str, cue: dict[str, Any]) -> bool:
    """Whether an attribution's cue that holds a denial word denies a claim rather than refusing
    something (`refuses`, read on the document's text around the cue: "denying him a victory") or
    being negated in its clause ("did not deny that …", `_negated_before`)."""
    start, end = int(cue.get("start", 0)), int(cue.get("end", 0))
    if end <= start or text[start:end] != cue.get("text"):  # no offsets to read around: the cue alone
        return denies_a_claim(str(cue.get("text") or "")) is not False
    if _negated_before(re.split(r"[.!?\n]", text[max(0, start - 80) : start])[-1]):
        return False  # ("did not deny that …", "hat nicht bestritten, dass …": no denial)
    at = max(0, start - 60)
    window = text[at : end + 80]
    found = [m for m in phrases("denial_cues").finditer(lower_aligned(window)) if start <= at + m.start() < end]
    return not found or any(not refuses(window[: m.start()], window[m.end() :]) for m in found)


def retorts(text: str, cue: dict[str, Any], reach: int = 80) -> bool:
    """Whether an attribution's cue sets its speaker against what another said just before: a
    reply verb of `retort_cues` (resources/<lang>/link.json: "retorted", "hit back", "konterte"),
    one word or two — the second right after the cue ("fired back") or, for a verb split around
    its object, later in the clause ("hielt ihm entgegen", at most `reach` characters on)."""
    word = str(cue.get("text") or "").lower()
    start, end = int(cue.get("start", 0)), int(cue.get("end", 0))
    if not word:
        return False
    lex = word_lists()["retort_cues"]
    if word in lex:
        return True
    if end <= start or text[start:end].lower() != word:
        return False
    clause = re.split(r"[.;:!?,]", text[end : end + reach], maxsplit=1)[0].lower()
    after = WORD.findall(clause)
    for phrase in lex:
        first, _, second = phrase.partition(" ")
        if first == word and second and " " not in second and second in after:
            return True
    return False


def denies_back(text: str, cue: dict[str, Any], first: int) -> bool:
    """Whether a denying cue's object only points back at what was told before ("bestreitet das,
    der Hafen sei nie gesperrt gewesen", "denied it, saying …"): between the cue and its content
    (from `first`, at most 40 characters after the cue) stand only a word of `denial_back`
    (resources/<lang>/link.json) and the second half of a two-word denial cue ("ab", "zurück"),
    or a pointing determiner before a noun for what was claimed ("diesen Vorwurf", "these
    allegations") with sentence adverbs or a conjunction beside it. The content then says why, not
    what is denied."""
    end = int(cue.get("end", 0))
    if end <= 0 or first < end or first - end > 40:
        return False
    lex = word_lists()
    words = [w.lower() for w in WORD.findall(text[end:first])]
    particles = {p.partition(" ")[2] for p in lex["denial_cues"] if " " in p}
    if bool(words) and any(w in lex["denial_back"] for w in words) and \
            all(w in lex["denial_back"] or w in particles for w in words):
        return True
    # a pointing determiner with a noun for what was claimed, a sentence adverb beside it
    # ("bestreiten ihrerseits diesen Vorwurf, …", "flatly denied these allegations, saying …":
    # `denial_back_determiners`, `denial_objects`, `denial_back_adverbs`), where the content
    # after it does not say what is denied (no subordinate clause opens it)
    opening = WORD.findall(text[first : first + 40].lower())[:1]
    if not words or (opening and opening[0] in _subordinators()):
        return False
    pointers = lex["denial_back"] | lex["denial_back_determiners"]
    noun = next((i for i, w in enumerate(words) if w in lex["denial_objects"]), None)
    return noun is not None and noun > 0 and words[noun - 1] in pointers and all(
        w in pointers or w in particles or w in lex["denial_back_adverbs"] or w in lex["conjunctions"]
        for w in words[: noun - 1] + words[noun + 1 :])


#: a content holding a dismissal noun ("reine Spekulation") refers back only when it has at most
#: this many content words: a longer one tells something of its own
DISMISSAL_WORDS = 6
#: a negation alone with a pointing determiner ("Solche Pläne gibt es nicht") refers back only in a
#: content of at most this many content words, the determiner among its first POINTER_OPENING words
POINTER_WORDS = 8
POINTER_OPENING = 3
#: "found no evidence for it" (`evidence_absent`, `pointing_adverbs`) refers back only in a content of
#: at most this many content words
EVIDENCE_WORDS = 8
#: a noun for what someone claimed is what a denial denies when a denying verb stands at most this
#: many words from it ("wies die Vorwürfe zurück", "hat die Kritik des Ministers … zurückgewiesen")
OBJECT_REACH = 16


def _noun_clause_follows(rest: str) -> bool:
    """`_clause_follows` after a noun for what was claimed, where "as"/"als" before anything but
    a pronoun says what the denier calls it ("dismissed the claims as baseless", "wies die
    Vorwürfe als haltlos zurück": `predicative_as` of resources/<lang>/link.json), no clause."""
    m = re.match(r"\s*(\w+)\s+(\w+)", rest)
    if m and m.group(1) in word_lists()["predicative_as"] and m.group(2) not in word_lists()["pronouns"]:
        return False
    return _clause_follows(rest)


def _clause_follows(rest: str) -> bool:
    """Whether a clause that says what a word holds opens right after it ("the report that …",
    "der Vorwurf, dass …", "the allegations, which …", "Gerüchte, nach denen …", "such as …"): a
    subordinator next, or a relative pronoun after a comma, one word after it at most
    (`subordinators`, `relative_pronouns` of resources/<lang>/lexicon.json)."""
    from ...steps.lexicon import REL_PRONOUNS

    m = re.match(r"\s*(,?)\s*(\w+)(?:\s+(\w+))?", rest)
    if not m:
        return False
    return m.group(2) in _subordinators() or (bool(m.group(1)) and (m.group(2) in REL_PRONOUNS or m.group(3) in REL_PRONOUNS))


@cache
def _denying_verbs() -> frozenset[str]:
    """The first words of the denial cues that are verbs ("bestritt", "wies" of "wies zurück",
    "denied"), not words that call a thing false (`denial_cues` less `dispute_words`)."""
    lex = word_lists()
    return frozenset(c.split()[0] for c in lex["denial_cues"] - lex["dispute_words"])


def _denied_object(low: str, found: re.Match[str]) -> bool:
    """Whether a noun for what was claimed (`found` in the lower-case content `low`) is what a
    denying verb of the content denies: no clause after it says what was claimed ("denied a
    report that …"), and a denying verb stands at most `OBJECT_REACH` words from it with no
    clause opening between ("…, which he has denied"); where the content holds no such verb (its
    cue stands outside it), the noun opens the content. "as"/"als" after the noun says what the
    denier calls it ("rejected the allegations as baseless"), no clause (`_noun_clause_follows`)."""
    if _noun_clause_follows(low[found.end() :]):
        return False
    verbs = _denying_verbs()
    words = [(w.group(), w.start()) for w in WORD.finditer(low)]
    at = sum(1 for _, x in words if x < found.start())
    near = [(i, x) for i, (w, x) in enumerate(words) if w in verbs]
    if not near:
        return at < POINTER_OPENING
    for i, x in near:
        if abs(i - at) > OBJECT_REACH:
            continue
        between = low[min(x, found.end()) : max(x, found.start())]
        if not any(_clause_follows(between[c.start() :]) for c in re.finditer(",", between)):
            return True
    return False


def points_back(text: str, *, denial: bool, negated: bool) -> tuple[str, int] | None:
    """Whether a member's words deny what was told before without its words, and how: a
    dismissal noun in a short content without a negation (`dismissals` of
    resources/<lang>/link.json: "reine Spekulation", "sprach von einem bösartigen Gerücht"; at
    most `DISMISSAL_WORDS` content words; not "Gerüchte, nach denen …") → "dismissal"; a
    determiner that points back (`pointing_determiners`; not "such as") with a denial ("bestritt
    eine solche Mitgliedschaft") or with a negation in a short content that opens with it and
    calls it untrue or not there ("Solche Pläne gibt es nicht", "These reports are not true";
    `POINTER_WORDS`, `POINTER_OPENING`, `falsity_words`) → "pointer"; a denial
    whose denying verb takes a noun for what someone claimed (`denial_objects`, `_denied_object`:
    "wies die Vorwürfe zurück", "denied the allegations", "die Kritik des Ministers
    zurückgewiesen"; not "denied a report that …") → "object"; no evidence found for what was
    told, in a short content with a word that points back (`evidence_absent`, `pointing_adverbs`:
    "Experten fanden dafür keine Hinweise", "found no evidence of it"; at most `EVIDENCE_WORDS`
    content words) → "no_evidence". With the kind, the offset in
    `text` after the word that points back (who is named after it, "die Kritik des Ministers",
    is whose claim it denies). None otherwise."""
    low = lower_aligned(text).replace("’", "'")  # (its offsets are text's)
    words = WORD.findall(low)
    if not words:
        return None
    n = len(content_keys(WORD.findall(text)))
    found = phrases("dismissals").search(low)
    if found and n <= DISMISSAL_WORDS and not negated and not _clause_follows(low[found.end() :]):
        return "dismissal", found.end()
    # a negation alone denies what a pointing word points at only where the content calls it true
    # or false or says it is not there ("These reports are not true", "Solche Pläne gibt es
    # nicht"): "This report does not include the figures" tells what the report holds (`falsity_words`)
    falsity = negated and phrases("falsity_words").search(low) is not None
    found = phrases("pointing_determiners").search(low)
    if found and not _clause_follows(low[found.end() :]) and (
            denial or (falsity and n <= POINTER_WORDS and len(WORD.findall(low[: found.start()])) < POINTER_OPENING)):
        return "pointer", found.end()
    if denial or negated:
        # a demonstrative right before a noun for what was claimed ("dismissed those claims",
        # "wies diese Vorwürfe zurück"; `pointing_demonstratives`): it points at what was just
        # told, as "such" does; a negation alone only opening a short content ("These reports are
        # not true")
        # A singular one before a plural noun is a conjunction that opens a clause ("denied that
        # charges were filed": `singular_demonstratives`; a demonstrative agrees, "those charges")
        lex = word_lists()
        demonstratives = lex["pointing_demonstratives"]
        for found in phrases("denial_objects").finditer(low):
            before = WORD.findall(low[: found.start()])
            noun = found.group()
            plural = (len(noun) > 3 and noun.endswith("s")) or noun in lex["plural_nouns"]
            if before and before[-1] in demonstratives and not (before[-1] in lex["singular_demonstratives"] and plural) \
                    and not _noun_clause_follows(low[found.end() :]) and (
                    denial or (falsity and n <= POINTER_WORDS and len(before) <= POINTER_OPENING)):
                return "pointer", found.end()
    if denial:
        for found in phrases("denial_objects").finditer(low):
            if _denied_object(low, found):
                return "object", found.end()
    found = phrases("evidence_absent").search(low)
    if found and n <= EVIDENCE_WORDS and phrases("pointing_adverbs").search(low):
        return "no_evidence", found.end()
    return None
