"""Chains (via): the intermediaries between the origin of a claim and the article ("unter Berufung auf X", "sagte der Zeitung", "told X").

The phrases that name a link (`vias`: interviews, broadcasts, addressees, agents, relays) and the links
carried on to the sentences after. Which words name a medium is decided in `media`, documents and reports
as links in `documents`.
"""

from __future__ import annotations

import bisect
import re

from ...document import Sentence, Span, Token
from ...resources import load
from ...textutil import DOUBLE_QUOTE_MARKS, OPENING_DOUBLE_QUOTES, lowered
from ..candidates import Cand
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    phrases_by_first,
)
from ..sources import classify_mention
from .context import QUOTE_CHARS, Context, strip_span
from .documents import _HELD, _held_links
from .media import (
    _according,
    _all_outlet_names,
    _host_programme,
    _journalist_of,
    _medium_before_noun,
    _named_medium,
    _outlet_names,
    _person_heads,
    _short_outlet,
    _whole_outlet,
    call_sign,
    can_be_source,
    generic,
    house_reading,
    is_medium,
    medium_in,
    outlet_at,
    outlet_programme,
    postmodified,
    unlisted_outlet,
    with_prepositions,
)
from .phrases import day_words, np_forward, opens_phrase, skip_adverbials

#: a quotation mark of its own before a hyphenated medium ("«Spiegel»-Interview")
_OPENING_MARKS = frozenset(OPENING_DOUBLE_QUOTES)


def vias(ctx: Context, toks: list[Token], lx: Lang, exclude: Span | None = None, after: int = 0,
         recall: bool = True) -> list[tuple[Span, bool]]:
    """Chain mentions: "unter Berufung auf X", "bezog sich auf X", "im Gespräch mit X", "told X".
    A phrase of `via_addressed` ("told", "im Gespräch mit", "auf Anfrage der") names a link only
    when its object is a medium (or a journalist of a named one: "told VOA correspondent X").
    With `recall`, an interview named again by its noun alone ("In the interview, Lee said …")
    names the medium of the interview named before (`_recalled_interview_links`)."""
    lows = lowered(toks)
    out: list[Span] = []
    up: dict[Span, bool] = {}
    for key, phrase_sp in _phrase_objects(ctx, toks, lx, after):
        if exclude and phrase_sp.overlaps(exclude) and phrase_sp.start < exclude.start and key in lx.via_addressed:
            # the phrase of the one told ran on into the speaker after it: "…, sagte dem ORF Landeshauptmann X" (+addressee_first)
            phrase_sp = strip_span(ctx.text, Span(phrase_sp.start, exclude.start))
        if (exclude and phrase_sp.overlaps(exclude)) or any(phrase_sp.overlaps(o) for o in out) or generic(ctx, phrase_sp, lx) \
                or own_material(ctx, phrase_sp, lx):
            continue
        # an addressee is a chain link only if it is a medium
        sp = medium_in(ctx, phrase_sp, lx) if key in lx.via_addressed or key[0] in lx.forms else phrase_sp
        if sp is not None and key in lx.via_addressed:
            # a known outlet's longer name the noun phrase cut short: "mit der Welt am Sonntag" (not "der Welt")
            m = _outlet_names().search(ctx.text, sp.start, min(len(ctx.text), sp.end + 40))
            if m is not None and m.start() <= sp.end and m.end() > sp.end and sp.start <= m.start() <= sp.start + 4:
                sp = Span(m.start(), m.end())
        if sp is None and key in lx.via_addressed:
            # a known outlet whose name the noun phrase cut short: "told USA Today", "told MSNBC’s «Morning Joe»"
            m = _outlet_names().match(ctx.text, phrase_sp.start)
            sp = Span(m.start(), m.end()) if m and m.end() > phrase_sp.end else None
        if sp is None and key in lx.via_addressed and _apostrophe_title(ctx, phrase_sp, lx):
            sp = _strip_marks(ctx, phrase_sp)  # "said on ''The Harbor Hour''": a title in two apostrophes, as one in quotation marks
        if sp is None and key in lx.via_addressed and _short_outlet(ctx, phrase_sp, lx):
            sp = phrase_sp  # "told Fox": an outlet's short name as the one addressed
        if sp is None and key in lx.via_addressed:
            sp = unlisted_outlet(ctx, phrase_sp, lx)  # "told the Harbor Ledger": a title the gazetteer does not know
        if sp is None and key in lx.via_addressed and call_sign(ctx, phrase_sp, lx, bare=key[-1] == "on"):
            sp = phrase_sp  # "speaking on WXYZ", "told KABC-TV": a broadcaster by its call sign (bare letters after "on" only)
        if sp is None and key in lx.via_addressed:
            sp = _journalist_of(ctx, phrase_sp, lx)  # "via Jo Hale of the Harbor Ledger": the reporter's outlet
        if sp is None and key in lx.via_addressed:
            sp = _host_programme(ctx, phrase_sp, lx)  # "asked by Hale" after "Tom Hale's podcast": the programme
        if sp is None and key in lx.via_addressed:
            sp = _recalled_host(ctx, phrase_sp, lx)  # "asked by a host" after "speaking on WXYZ": the station
        if sp is None and key in lx.via_addressed:
            sp = _medium_before_noun(ctx, phrase_sp, lx)  # "im Gespräch mit der Rundschau Kritik an …": the phrase ran on
        if sp is None or (key in lx.via_needs_source and not can_be_source(ctx, sp, lx)):
            continue
        if key in lx.via_addressed and _occasion_only(ctx, phrase_sp, lx):
            continue  # "said on a press call arranged by the unions": an occasion the speaker spoke at, no medium (session 36)
        publisher, referent = house_reading(ctx, sp, lx)
        if publisher:
            continue
        sp = referent or sp  # "told the outlet" after "a report by the Harbor Ledger": the Ledger
        out.append(sp)
        up[sp] = key in lx.via_upstream
    # verb last in a subordinate clause: "…, der sich auf interne Papiere beruft," — the phrases
    # "beruft sich auf" turned round
    final = {p[0]: p[1:] for p in lx.via_verb_last}
    heads = set(final.values())
    for i in range(after, len(toks) - 3):
        if (lows[i], lows[i + 1]) not in heads:
            continue
        e = np_forward(ctx, toks, i + 2, lx, apposition=False)
        if i + 2 < e < len(toks) and final.get(lows[e]) == (lows[i], lows[i + 1]):
            a = i + 2 + (1 if lows[i + 2] in lx.determiners else 0)
            # "…, die sich auf die Angaben von Militärsprechern stützen": the speakers are the link
            a = a + 2 if a + 2 < e and toks[a].text in lx.nach_heads_cased and lows[a + 1] in ("von", "aus") else i + 2
            sp = Span(toks[a].span.start, toks[e - 1].span.end)
            if not (exclude and sp.overlaps(exclude)) and not any(sp.overlaps(o) for o in out):
                out.append(sp)
                up[sp] = True
    held = _held_links(ctx, toks, lx, after)
    if held:
        # "…, she said, according to audio provided by Harbor Radio": the recording a phrase names is carried
        # by the medium that holds it, the link; the recording itself goes (rule of session 35)
        out = [o for o in out if up[o] or not any(_held_by_after(ctx, o, h) for h in held)]
    for sp in _interview_links(ctx, toks, lx, after) + _postposed_links(ctx, toks, lx, after) + held + _quoted_in_links(ctx, toks, lx, after) \
            + _broadcast_links(ctx, toks, lx, after) + _agent_links(ctx, toks, lx, after) + _cue_addressed_links(ctx, toks, lx, after) \
            + _hosted_event_links(ctx, toks, lx, after) + (_recalled_interview_links(ctx, toks, lx, after) if recall else []):
        if not (exclude and sp.overlaps(exclude)) and not any(sp.overlaps(o) for o in out):
            out.append(sp)
            up[sp] = False
    out.sort(key=lambda s: s.start)
    return [(sp, up[sp]) for sp in out]


def _hosted_event_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """Rule via.hosted_event (session 40): a medium that holds the event the speaker spoke at, named before the
    event's noun (`hosted_event_nouns` of according.json): "said at a recent Harbor Ledger event", "speaking at
    the Reuters summit in Oslo": the words reached the text through that medium, a link. Only after "at" and an
    article, with nothing but lower-case words between the article and the medium's name."""
    nouns = frozenset(load(lx.code, "according").get("hosted_event_nouns", []))
    out: list[Span] = []
    if not nouns:
        return out
    for k in range(after, len(toks) - 3):
        if toks[k].text.lower() != "at" or toks[k + 1].text.lower() not in lx.determiners or ctx.inside_any_quote(toks[k].span.start):
            continue
        a = k + 2
        while a < len(toks) and toks[a].text.islower() and toks[a].text.lower() not in nouns:
            a += 1  # "at a recent …"
        e = a
        while e < len(toks) and toks[e].text[:1].isupper():
            e += 1
        if a < e < len(toks) and toks[e].text.lower() in nouns:
            sp = Span(toks[a].span.start, toks[e - 1].span.end)
            if is_medium(ctx, sp, lx) and not generic(ctx, sp, lx):
                out.append(sp)
    return out


def _occasion_only(ctx: Context, phrase: Span, lx: Lang) -> bool:
    """The phrase a chain phrase of address governs names an occasion (a word of `via_occasion_nouns`,
    according.json: "a press call", "a conference call", "a briefing") and no known outlet: no link."""
    nouns = set(load(lx.code, "according").get("via_occasion_nouns", []))
    words = re.findall(r"[\w-]+", ctx.text[phrase.start : phrase.end].lower())
    return bool(nouns.intersection(words)) and _outlet_names().search(ctx.text, phrase.start, phrase.end) is None


#: a participle of holding and its "by" right after a phrase ("… provided by", "… obtained by")
_HELD_BY = re.compile(r"\s+(\w+)\s+by\s+")


def _held_by_after(ctx: Context, sp: Span, medium: Span) -> bool:
    """The medium `medium` holds what `sp` names: a participle of `held_participles` and "by" stand
    between them and nothing else ("audio provided by Harbor Radio")."""
    m = _HELD_BY.match(ctx.text, sp.end, medium.start + 4)
    return m is not None and m.group(1).lower() in _HELD and medium.start - m.end() <= 4


def passive_quoted(ctx: Context, toks: list[Token], lx: Lang) -> tuple[Span, Span] | None:
    """"Im Bericht der Hilfsorganisation wird ein Zeuge zitiert.", "Ein Zeuge wird im HRW-Bericht zitiert.": a
    German sentence that only says someone is quoted in a text of another's (a medium, or a document
    with its owner: a word of `quoted_in_owner_words` after its noun, a genitive article or "von", or an owner's
    name before a hyphen) and quotes nothing itself
    (`quote_auxiliaries` … `quote_participles` at its end, `quoted_in` or `quoted_in_contracted`
    before the text); (the one quoted, the text: a downstream link of what that one says next), or
    None. Not the speaker's own text ("In einer Erklärung wird der Verband zitiert"; session 35)."""
    d = load(lx.code, "according")
    parts, auxes = set(d.get("quote_participles", [])), set(d.get("quote_auxiliaries", []))
    preps = set(d.get("quoted_in", [])) | set(d.get("quoted_in_contracted", []))
    n = len(toks)
    if lx.code != "de" or n < 5 or toks[-1].text != "." or toks[-2].text.lower() not in parts or ctx.inside_any_quote(toks[0].span.start):
        return None
    lows = lowered(toks)
    a = next((k for k in range(n - 2) if lows[k] in auxes), None)
    if a is None or a == 0:
        return None
    if lows[0] in preps and np_forward(ctx, toks, 1, lx, apposition=False) == a:
        text, who = (1, a), (a + 1, np_forward(ctx, toks, a + 1, lx, apposition=False))  # "Im Bericht X wird Y zitiert."
    elif np_forward(ctx, toks, 0, lx, apposition=False) == a and a + 2 < n - 2 and lows[a + 1] in preps:
        text, who = (a + 2, np_forward(ctx, toks, a + 2, lx, apposition=False)), (0, a)  # "Y wird im Bericht X zitiert."
    else:
        return None
    if who[1] != (n - 2 if who[0] > a else a) or text[1] != (a if who[0] > a else n - 2) or who[1] <= who[0]:
        return None
    j = text[0] + (1 if lows[text[0]] in lx.determiners else 0)
    sp = Span(toks[j].span.start, toks[text[1] - 1].span.end)
    words = lows[j : text[1]]
    owners = set(d.get("quoted_in_owner_words", []))
    owned = any(w in owners for w in words[1:]) \
        or re.match(r"[A-ZÄÖÜ][\w.]*-\w", toks[j].text) is not None
    head = toks[j].text.rsplit("-", 1)[-1]
    if not (is_medium(ctx, sp, lx) or (owned and (head in lx.document_heads or head[:1].upper() + head[1:] in lx.document_heads))):
        return None
    return Span(toks[who[0]].span.start, toks[who[1] - 1].span.end), sp


def quoted_in_before(ctx: Context, c: Cand, lx: Lang) -> list[tuple[Span, bool]]:
    """The text of another's that the sentence right before says the claim's speaker (`c.refers_to`, the
    one a pronoun or possessive names) is quoted in (`passive_quoted`): a downstream link of the claim
    ("Im Bericht der Stiftung wird ein Zeuge zitiert. Seiner Darstellung zufolge …"), else none. Rule
    suffix `+quoted_in` (session 35)."""
    if c.refers_to is None or c.sent == 0 or any(not up for _, up in c.via):
        return []
    prev = ctx.doc.sentences[c.sent - 1]
    hit = passive_quoted(ctx, prev.tokens, lx) if prev.span.contains(c.refers_to) else None
    if hit is None or not hit[0].overlaps(c.refers_to):
        return []
    c.rule += "+quoted_in"
    return [(hit[1], False)]


def _quoted_in_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """The text of another's that a German sentence of no speech says someone is quoted in (`passive_quoted`)."""
    hit = passive_quoted(ctx, toks, lx) if after == 0 else None
    return [hit[1]] if hit is not None else []


def _apostrophe_title(ctx: Context, sp: Span, lx: Lang) -> bool:
    """A title between two pairs of apostrophes, the quotation marks of some papers ("on ''The Harbor
    Hour''"), that names a medium when read between quotation marks (session 35)."""
    text = ctx.text[sp.start : sp.end]
    if len(text) < 6 or not (text.startswith("''") and text.endswith("''")) or "''" in text[2:-2]:
        return False
    return classify_mention(f'"{text[2:-2]}"', lx)[1] in ("media", "news_agency")


def own_material(ctx: Context, sp: Span, lx: Lang) -> bool:
    """"unter Berufung auf eigene Recherchen", "citing its own reporting": a phrase that opens (past
    its articles and possessives) with a word of `own_words` (according.json) names what the
    speaker itself found, no one it relies on: no link (session 35). Not when its head is a noun of
    persons ("auf einen eigenen Informanten": someone of its own is still someone relied on)."""
    own = load(lx.code, "according").get("own_words", [])
    words = re.findall(r"[\w'’-]+", ctx.text[sp.start : sp.end].lower())
    for w in words:
        if w in lx.determiners or w in lx.possessive_determiners:
            continue
        return w in own and words[-1] not in _person_heads(lx)
    return False


def relay_back(ctx: Context, si: int, relay: Span, upstream: Span, lx: Lang) -> bool:
    """"Die «Hafenpost» meldete, … . Die «Hafenpost» beruft sich auf einen Mitarbeiter.": a sentence
    that only says whom a source relies on makes that one an upstream link of the claims the source
    was given just before (its last six sentences, up to another named source); True when it did."""
    # the name without its marks ("Nordblick»" as cut), or in them after an article ("Die «Hafenpost»")
    bare = _strip_marks(ctx, relay)
    keys = {classify_mention(ctx.text[sp.start : sp.end], lx)[0].casefold() for sp in (relay, bare)}
    key = classify_mention(ctx.text[bare.start : bare.end], lx)[0]
    # "the newspaper", "die Zeitung", "the report": a medium or its text named by its kind stands
    # for the medium told before
    # (English writes the kind lower case: "the Post" is a name)
    by_kind = len(key.split()) == 1 and (key.islower() or lx.code == "de") and lx.type_heads.get(key) in ("media", "news_agency", "document")
    done = False
    for c in reversed(ctx.cands):
        if c.sent >= si:
            continue
        if c.source is None:
            continue  # a continuation takes its source's chain
        if si - c.sent > 6:
            break
        name, ckind = classify_mention(ctx.text[c.source.start : c.source.end], lx)
        if name.casefold() not in keys and not (by_kind and ckind in ("media", "news_agency")):
            break
        if not any(up for _, up in c.via):
            c.via.append((upstream, True))
            done = True
    return done


def stands_on(ctx: Context, si: int, prev: Sentence, document: Span, lx: Lang) -> None:
    """"Laut einem Bericht der «Hafenpost» stieg die Zahl der Unfälle. Das geht aus einer Statistik
    des Verkehrsamts hervor.": what a medium reported in the sentence before stands on the
    document named after it, an upstream link of that report's claims (each in `prev` whose source
    is a medium and that has no upstream link yet)."""
    for c in ctx.cands:
        if c.sent >= si or c.source is None or not any(prev.span.contains(x) for x in c.content):
            continue
        if is_medium(ctx, c.source, lx) or is_medium(ctx, _medium_of_report(ctx, c.source, lx), lx):
            if not any(up for _, up in c.via) and not c.source.overlaps(document):
                c.via.append((document, True))


def _medium_of_report(ctx: Context, sp: Span, lx: Lang) -> Span:
    """"einem Bericht von Spiegel Online", "a report by the Post": the medium whose report it is
    (after `von`/`der`/`des`/`by`/`of`), else the phrase itself."""
    m = re.search(r"\b(?:von|vom|der|des|by|of)\s+(?:(?:der|des|dem|the)\s+)?(.+)$", ctx.text[sp.start : sp.end])
    return Span(sp.start + m.start(1), sp.end) if m else sp


def relied_on_before(ctx: Context, si: int, sent: Sentence, lx: Lang) -> tuple[Span, Span] | None:
    """"Die «Hafenpost» beruft sich auf einen Mitarbeiter. Dieser gehe davon aus, …": a demonstrative that
    opens the sentence after one that named whom a source relies on (an upstream link found in
    the sentence before) is the one relied on (`relied_on_demonstratives`); returns (the one relied
    on, the source relying on it), which is then a downstream link of what follows."""
    toks = sent.tokens
    if si == 0 or not toks or toks[0].text.lower() not in _according(lx.code)["relied_on_demonstratives"]:
        return None
    prev = ctx.doc.sentences[si - 1].span
    for c in reversed(ctx.cands):
        for sp, upstream in c.via:
            if upstream and c.source is not None and prev.start <= sp.start < prev.end:
                return sp, c.source
    return None


def after_programme(toks: list[Token], k: int, lx: Lang) -> bool:
    """The quotation that opens at toks[k] is the title of a show or a column named by its noun
    just before ("in der ARD-Sendung «Bericht aus Berlin»": `programme_heads`), a name."""
    heads = _according(lx.code)["programme_heads"]
    return k > 0 and any(toks[k - 1].text == h or toks[k - 1].text.endswith("-" + h) or (len(h) > 5 and toks[k - 1].text.endswith(h.lower()))
                         for h in heads)


def relay_verb(word: str, lx: Lang) -> bool:
    """A verb whose object is whom its subject relies on ("The newspaper cited two officials.")."""
    return word.lower() in _according(lx.code)["relay_verbs"]


def in_dependent_clause(toks: list[Token], k: int, lx: Lang) -> bool:
    """toks[k] stands in a relative or adverbial clause opened since the last comma ("…, where the
    group maintains an office, …"; `clause_openers`)."""
    openers = _according(lx.code)["clause_openers"]
    for t in reversed(toks[:k]):
        if t.text in (",", ";", ":", "—", "–"):
            return False
        if t.text.lower() in openers:
            return True
    return False


def _interview_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """An interview named by its medium: "in an October CNN interview", "in a Fox interview" (an
    outlet's short name, `_short_outlet`), "im ZDF-Interview", "im
    «Spiegel»-Gespräch", "in einem Interview des ORF" — the medium is a downstream link."""
    nouns = _according(lx.code)["interview_nouns"]
    out: list[Span] = []
    for k in range(after, len(toks)):
        t = toks[k].text
        if ctx.inside_any_quote(toks[k].span.start):
            continue
        if "-" in t and t.rsplit("-", 1)[1] in nouns:
            # "ZDF-Interview", "«Spiegel»-Interview" (the quotation marks may be tokens of their own)
            head = t.rsplit("-", 1)[0]
            start = toks[k].span.start
            if not head.strip(OPENING_DOUBLE_QUOTES + "'"):
                j = k - 1
                while j >= after and toks[j].text in _OPENING_MARKS:
                    j -= 1
                start = toks[j].span.start if j >= after and toks[j].span.end <= toks[k].span.start else start
            sp = Span(start, toks[k].span.start + len(head)) if head.strip(OPENING_DOUBLE_QUOTES + "'") else Span(start, toks[k].span.start)
            sp = _strip_marks(ctx, sp)
            if len(sp) > 1 and is_medium(ctx, sp, lx):
                out.append(sp)
            continue
        if t not in nouns:
            continue
        aired = _aired_on(ctx, toks, k, lx)
        if aired is not None:  # "in an interview aired Sunday on CNN"
            out.append(aired)
            continue
        # the medium before the noun ("CNN interview", "Fox News interview"): up to three words
        for j in range(max(after, k - 3), k):
            if (toks[j].text[:1].isupper() or toks[j].text.isupper()) and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in toks[j:k]):
                # (capitalised words up to the noun: "Fox News interview", not "am Freitag auf Anfrage")
                sp = Span(toks[j].span.start, toks[k - 1].span.end)
                if not generic(ctx, sp, lx) and (is_medium(ctx, sp, lx) or _short_outlet(ctx, sp, lx)):
                    out.append(sp)  # (an outlet's short name too: "in a Fox interview", as "told Fox")
                    break
        else:
            # the medium in the genitive after it: "in einem Interview des ORF", "im Gespräch der «Zeit»"
            if k + 2 < len(toks) and toks[k + 1].text.lower() in ("des", "der"):
                e = np_forward(ctx, toks, k + 1, lx, apposition=False)
                gen = Span(toks[k + 1].span.start, toks[e - 1].span.end) if e > k + 1 else None
                if gen is not None and not generic(ctx, gen, lx) and is_medium(ctx, gen, lx):
                    out.append(gen)
    return out


def _recalled_interview_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """"In the interview, Lee said …", "…, Lee said during that interview.", "Later on the
    same show, …": an interview or a show named again by a preposition, a determiner of something
    known and its noun alone (`recalled_interview`:
    no medium of its own, no "with" after it) means the interview named last before, within the
    `recalled_interview` window of sentences: its medium (a downstream link of a sentence that
    names an interview noun outside quotations) is a link of this one too."""
    d = load(lx.code, "according").get("recalled_interview")
    if not d:
        return []
    preps, dets, fillers = set(d["prepositions"]), set(d["determiners"]), int(d.get("words_between", 0))
    nouns = _according(lx.code)["interview_nouns"] | set(d.get("nouns", []))
    objects = set(d.get("named_after", []))
    lows = lowered(toks)
    for k in range(after, len(toks) - 2):
        if lows[k] not in preps or lows[k + 1] not in dets or ctx.inside_any_quote(toks[k].span.start):
            continue
        m = k + 2
        while m < len(toks) - 1 and m < k + 2 + fillers and lows[m] not in nouns and toks[m].text.islower():
            m += 1  # "in the same interview", "during the radio interview"
        if toks[m].text not in nouns or (m + 1 < len(toks) and lows[m + 1] in objects):
            continue  # (not "in the interview with CNN": named here)
        si = ctx.sentence_index(toks[k].span)
        if si is None:
            return []
        shows = set(d.get("nouns", [])) - _according(lx.code)["interview_nouns"]
        return [sp] if (sp := _interview_before(ctx, si, lx, int(d.get("window", 0)), lows[m] in shows)) is not None else []
    return []


def _interview_before(ctx: Context, si: int, lx: Lang, window: int, show: bool = False) -> Span | None:
    """The medium of the interview named last in the `window` sentences before sentence `si`: the
    last downstream link of the nearest sentence that names an interview noun outside quotations;
    with `show` (a show recalled: "on the same show") also of one that names where its speaker
    spoke ("said on CNN's «Harbor Hour»": `_broadcast_links`)."""
    nouns = _according(lx.code)["interview_nouns"] | set(load(lx.code, "according").get("recalled_interview", {}).get("nouns", []))
    objects = set(load(lx.code, "according").get("interview_phrase", {}).get("objects", []))
    for j in range(si - 1, max(-1, si - 1 - window), -1):
        toks = ctx.doc.sentences[j].tokens
        # (an interview noun, or a compound of one: "in einem ARD-Interview")
        if not any((t.text in nouns or t.text.rsplit("-", 1)[-1] in nouns) and not ctx.inside_any_quote(t.span.start) for t in toks):
            aired = _broadcast_links(ctx, toks, lx, 0) if show else []
            if aired:
                return aired[-1]
            continue
        links = [sp for sp, up in vias(ctx, toks, lx, recall=False) if not up]
        if links:
            return links[-1]
        for m, t in enumerate(toks[:-2]):
            # "after an interview with CNN's Tom Hale": an interview the chain phrases do not read
            if t.text in nouns and toks[m + 1].text.lower() in objects and not ctx.inside_any_quote(t.span.start):
                e = np_forward(ctx, toks, m + 2, lx, apposition=False)
                if e > m + 2:
                    phrase = Span(toks[m + 2].span.start, toks[e - 1].span.end)
                    sp = medium_in(ctx, phrase, lx) or unlisted_outlet(ctx, phrase, lx) or _journalist_of(ctx, phrase, lx)
                    if sp is not None:
                        return sp
    return None


def _recalled_host(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """"When asked by a host whether …, Lee said …" after "Lee, speaking on WXYZ, …": the presenter of a
    programme named by a determiner and a noun of `programme_host_nouns` alone (according.json) asks in
    the programme named last before, within the `recalled_interview` window of sentences (an interview
    noun's medium, or the medium where its speaker spoke: `_interview_before` with shows); that medium,
    or None."""
    d = load(lx.code, "according")
    nouns, window = set(d.get("programme_host_nouns", [])), int(d.get("recalled_interview", {}).get("window", 0))
    words = ctx.text[sp.start : sp.end].lower().split()
    if len(words) != 2 or words[0] not in lx.determiners or words[1] not in nouns or not window:
        return None
    si = ctx.sentence_index(sp)
    return _interview_before(ctx, si, lx, window, show=True) if si is not None else None


def _aired_on(ctx: Context, toks: list[Token], k: int, lx: Lang) -> Span | None:
    """"an interview aired Sunday on CNN", "an interview published by the Harbor Ledger": after
    the interview noun at toks[k], a participle of publication (`publication_participles`), a
    time, and a preposition of the medium that carried it; that medium, or None. English."""
    if lx.code != "en" or k + 3 >= len(toks) or toks[k + 1].text not in _according(lx.code)["publication_participles"]:
        return None
    j = k + 2
    while j < len(toks) - 1 and ctx.in_timex(toks[j].span):
        j += 1
    if toks[j].text.lower() not in _according(lx.code)["publication_prepositions"]:
        return None
    j += 1
    if j < len(toks) - 1 and _day_possessive(toks[j].text, lx):
        # "an interview taped for Sunday's «Meet the Press»": the day the show airs, then the show
        m = _outlet_names().match(ctx.text, toks[j + 1].span.start)
        if m is not None:
            return Span(m.start(), m.end())
        j += 1
    return _medium_from(ctx, toks, j, lx, house=False)


def _day_possessive(word: str, lx: Lang) -> bool:
    """A day in the possessive ("Sunday's", "tomorrow’s"): the time of a show named after it."""
    stem = re.sub(r"['’]s$", "", word)
    return stem != word and stem.lower() in day_words(lx.code)


def _medium_from(ctx: Context, toks: list[Token], j: int, lx: Lang, house: bool) -> Span | None:
    """The medium that the noun phrase opening at toks[j] names — a known one, an outlet the
    gazetteer does not know, and with `house` "the outlet" for the medium named before (never the
    publisher's own: `house_reading`) — or None (no phrase, a generic one)."""
    e = np_forward(ctx, toks, j, lx, apposition=False)
    if e <= j:
        return None
    sp = Span(toks[j].span.start, toks[e - 1].span.end)
    if generic(ctx, sp, lx):
        return None
    if house:
        publisher, referent = house_reading(ctx, sp, lx)
        if publisher:
            return None
        if referent is not None:
            return referent
    return medium_in(ctx, sp, lx) or unlisted_outlet(ctx, sp, lx)


def interview_setting(ctx: Context, toks: list[Token], k: int, lx: Lang) -> int:
    """Past an interview named without its medium and a time from toks[k] on ("… told the
    Associated Press in a telephone interview on Monday": the medium came with the cue); the
    index after them, or k."""
    nouns = _according(lx.code)["interview_nouns"]
    n = len(toks)
    j = k
    if j + 2 < n and toks[j].text.lower() in ("in", "during") and (toks[j + 1].text.lower() in lx.determiners
                                                                    or toks[j + 1].text.lower() in lx.setting_openers):
        m = j + 2
        while m < n - 1 and m < j + 5 and toks[m].text not in nouns and toks[m].text[:1].islower():
            m += 1  # "telephone", "exclusive", "phone"
        if m < n and toks[m].text in nouns:
            j = m + 1
    while j < n - 1 and (ctx.in_timex(toks[j].span) or (toks[j].text.lower() in lx.time_prepositions and ctx.in_timex(toks[j + 1].span))):
        j += 1
    return j


def _agent_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """"Der Unternehmer ließ über seinen Anwalt mitteilen, …", "The mayor, through his lawyer,
    denied …": one who speaks for the subject (`agent_heads` after `agent_prepositions`) is a
    downstream link. German needs a form of "lassen" before it in its clause (`agent_verbs`);
    English a phrase that opens the sentence or follows a comma or the cue."""
    from .cues import cue_at

    words = _according(lx.code)["agent_prepositions"]
    heads = _according(lx.code)["agent_heads"]
    verbs = _according(lx.code)["agent_verbs"]
    out: list[Span] = []
    for k in range(after, len(toks) - 1):
        if toks[k].text.lower() not in words or ctx.inside_any_quote(toks[k].span.start):
            continue
        e = np_forward(ctx, toks, k + 1, lx, apposition=False)
        if e <= k + 1:
            continue
        head = toks[e - 1].text.lower()
        if not (head in heads or any(len(h) > 4 and head.endswith(h) for h in heads)):
            continue
        if verbs:
            clause = next((m for m in range(k - 1, -1, -1) if toks[m].text in (",", ";", ":")), -1)
            if not any(t.text.lower() in verbs for t in toks[clause + 1 : k]):
                continue
        elif not (k == 0 or toks[k - 1].text == "," or (k == 1 and toks[0].text.lower() in CONJ_START) or cue_at(ctx, toks, k - 1, lx)):
            continue
        b = k + 1  # "seinen Anwalt", "his lawyer": the lawyer (German nouns are capitalized: its words before the noun go)
        while b < e - 1 and (toks[b].text.lower() in lx.possessive_determiners or toks[b].text.lower() in lx.determiners
                             or (lx.code == "de" and toks[b].text.islower())):
            b += 1
        out.append(Span(toks[b].span.start, toks[e - 1].span.end))
    return out


def _cue_addressed_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """"confirmed to Reuters", "explained to the Harbor Ledger", "claimed to the outlet": a verb of
    speech and a preposition of address (`cue_addressee_prepositions`) before a medium (a known
    one, an outlet the gazetteer does not know, "the outlet" for the medium named before) is a
    downstream link, whatever the verb ("said to be", "was told to leave", "spoke to the crowd"
    name no medium). English."""
    from .cues import NOT_SPEECH, cue_at

    preps = _according(lx.code)["cue_addressee_prepositions"]
    out: list[Span] = []
    for k in range(max(after, 1), len(toks) - 1):
        if toks[k].text.lower() not in preps or ctx.inside_any_quote(toks[k].span.start) or cue_at(ctx, toks, k - 1, lx) in (None, *NOT_SPEECH):
            continue
        m = _medium_from(ctx, toks, k + 1, lx, house=True)
        if m is not None:
            out.append(m)
    return out


def _broadcast_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """"sagte X im ZDF", "in der ARD", "bei n-tv": a medium after a preposition of where one
    speaks (`broadcast_prepositions`) in the main clause ("Die Landrätin, die früher im ZDF
    moderierte, sagte …" names no link; nor "im Kreistag")."""
    out: list[Span] = []
    verbs = _according(lx.code)["broadcast_verbs"]
    lows = lowered(toks)
    first = 0 if verbs else after
    at: dict[str, list[int]] = {}  # where each word stands: a phrase can only begin at its first word
    for k in range(max(first, 0), len(toks)):
        at.setdefault(lows[k], []).append(k)
    for phrase in _according(lx.code)["broadcast_prepositions"]:
        words = phrase.split()
        for k in at.get(words[0], ()) if words else ():
            if k >= len(toks) - len(words):
                break
            if lows[k : k + len(words)] != words or ctx.inside_any_quote(toks[k].span.start):
                continue
            if verbs and not _after_broadcast_verb(ctx, toks, k, verbs, lx):
                continue  # (not "a report on CNN", "commented on CNN", "looked back on Fox News")
            a = k + len(words) - (1 if words[-1] in lx.determiners else 0)  # "in der ARD": the article opens the phrase
            e = np_forward(ctx, toks, a, lx, apposition=False)
            sp = Span(toks[a].span.start, toks[e - 1].span.end) if e > a else None
            own = re.search(r"\w(['’]s)\b", ctx.text[sp.start : sp.end]) if sp is not None else None
            if sp is not None and own is not None and verbs:
                show = sp.start + own.end()
                if re.match(r"\s+[“\"«‘']?[A-Z]", ctx.text[show : sp.end]):
                    sp, own = Span(sp.start, sp.start + own.start(1)), None  # "on NBC's Meet the Press": the outlet of the show
            if sp is None or generic(ctx, sp, lx) or (k >= after and _in_subclause(toks, toks[k].span.start)) or own is not None \
                    or (verbs and _occasion_only(ctx, sp, lx)) or (verbs and _part_of_medium(ctx, toks, a, e, lx)):
                continue  # (not "commented on CNN's decision": a thing of the medium, not where one spoke)
            h = a + 1 if a + 1 < e and toks[a].text.lower() in lx.determiners else a  # ("in der ARD-Sendung": past the article)
            head = toks[h].text.split("-")[0]
            if "-" in toks[h].text and len(head) > 1 and is_medium(ctx, Span(toks[h].span.start, toks[h].span.start + len(head)), lx):
                sp = Span(toks[h].span.start, toks[h].span.start + len(head))  # a programme by its outlet: "im ORF-Report", "im Ö1-Morgenjournal"
            if (is_medium(ctx, sp, lx) and _named_medium(ctx, sp, lx)) or (verbs and outlet_programme(ctx, sp, lx)) \
                    or (verbs and call_sign(ctx, sp, lx)):  # ("speaking on WXYZ": a broadcaster by its call sign)
                out.append(sp)  # (a programme by its outlet's name: "appeared on Fox and Friends")
    return out


def _part_of_medium(ctx: Context, toks: list[Token], a: int, e: int, lx: Lang) -> bool:
    """The phrase toks[a:e] after a broadcast preposition is a part or body of the medium named after its
    preposition ("was on the board of the Harbor Ledger", "was on the staff of X": `broadcast_part_of` of
    according.json, its nouns and prepositions; lower-case words after the article, the last one such a noun),
    no place where one spoke ("on the evening show of CNN" stays; review of session 36: the forms of "be" among
    `broadcast_verbs` read "was on the board of X")."""
    d = load(lx.code, "according").get("broadcast_part_of", {})
    nouns, preps = set(d.get("nouns", [])), set(d.get("prepositions", []))
    h = a + 1 if a + 1 < e and toks[a].text.lower() in lx.determiners else a
    of = next((m for m in range(h + 1, e) if toks[m].text.lower() in preps), None)
    return of is not None and toks[of - 1].text.lower() in nouns and all(t.text.isalpha() and t.text.islower() for t in toks[h:of])


def _after_broadcast_verb(ctx: Context, toks: list[Token], k: int, verbs: frozenset[str], lx: Lang) -> bool:
    """The preposition at toks[k] follows a verb of speaking or appearing (`broadcast_verbs`), with
    only a time expression between ("said Sunday on CNN"), or it opens a fronted phrase after one of
    time ("On Sunday on NBC, …", "Sunday on NBC's «…», …", "Monday, on the BBC's …")."""
    j = k - 1
    while j >= 0 and ctx.in_timex(toks[j].span):
        j -= 1
    if j >= 0 and toks[j].text.lower() in verbs:
        return True
    # a short object between the verb and its phrase: "talked politics Monday on CBS", "repeated
    # the claim on NBC" (lower-case words, no preposition: not "a report on CNN"; no document's
    # noun: "discussed the report on CNN" is a report the outlet aired, not where one spoke)
    m = j
    most = int(load(lx.code, "according").get("broadcast_object_words", 0)) if verbs else 0
    while m >= 0 and j - m < most and toks[m].text.isalpha() and toks[m].text.islower() and toks[m].text not in PREPOSITIONS_EN \
            and toks[m].text not in verbs:
        if toks[m].text in lx.document_heads or toks[m].text.removesuffix("s") in lx.document_heads:
            return False
        m -= 1
    while m >= 0 and m < j and ctx.in_timex(toks[m].span):
        m -= 1
    if m < j and m >= 0 and toks[m].text.lower() in verbs:
        return True
    if j == 0 and j < k - 1 and toks[0].text.lower() == toks[k].text.lower():
        return True
    if j < 0 < k:
        return True  # "Sunday on the BBC's «Harbour Hour», …": a time alone before it opens the sentence
    # "Monday, on the BBC's «Harbour Hour», …": a fronted phrase after a time and a comma
    return k > 0 and toks[k - 1].text == "," and all(ctx.in_timex(t.span) or t.text == "," for t in toks[:k])


def _in_subclause(toks: list[Token], pos: int) -> bool:
    """The words before `pos` since the last comma open a relative or subordinate clause."""
    before = [t for t in toks if t.span.end <= pos]
    for k in range(len(before) - 1, -1, -1):
        if before[k].text == ",":
            return k + 1 < len(before) and (before[k + 1].text.lower() in REL_PRONOUNS or before[k + 1].text.lower() in SUBORDINATORS)
    return False


def _strip_marks(ctx: Context, sp: Span) -> Span:
    a, b = sp.start, sp.end
    while a < b and ctx.text[a] in OPENING_DOUBLE_QUOTES + "' ":
        a += 1
    while b > a and ctx.text[b - 1] in DOUBLE_QUOTE_MARKS + "' ":
        b -= 1
    return Span(a, b)


def _postposed_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """"Bendels hatte CORRECTIV gegenüber gesagt": a medium before a postposition of address."""
    words = _according(lx.code)["postposed_addressed"]
    out: list[Span] = []
    for k in range(after + 1, len(toks)):
        if toks[k].text.lower() not in words or ctx.inside_any_quote(toks[k].span.start):
            continue
        for j in range(max(after, k - 4), k):
            if np_forward(ctx, toks, j, lx, apposition=False) == k:
                sp = Span(toks[j].span.start, toks[k - 1].span.end)
                if not generic(ctx, sp, lx) and is_medium(ctx, sp, lx):
                    out.append(sp)
                break
    return out


def _phrase_objects(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[tuple[tuple[str, ...], Span]]:
    """Each chain phrase of the language in toks[after:] with the noun phrase it governs."""
    lows = lowered(toks)
    # where each word stands: a phrase can only begin at its first word (with or without a time gap)
    at: dict[str, list[int]] = {}
    for i in range(after, len(toks)):
        at.setdefault(lows[i], []).append(i)
    out = []
    for phrase in lx.via:
        where = at.get(phrase[0].lower())
        if not where:
            continue
        L = len(phrase)
        pl = [p.lower() for p in phrase]
        for i in where:
            if i > len(toks) - L:
                break
            gap = 0
            if L > 1 and lows[i] == pl[0] and pl[0] in lx.forms:
                # "said Tuesday on CNN", "said on Tuesday on CNN": a time between the verb and the rest of its phrase
                while i + 1 + gap < len(toks) and (ctx.in_timex(toks[i + 1 + gap].span) or (
                        lows[i + 1 + gap] in lx.time_prepositions and i + 2 + gap < len(toks) and ctx.in_timex(toks[i + 2 + gap].span))):
                    gap += 1
                gap = gap if gap and lows[i + 1 + gap : i + L + gap] == pl[1:] else 0
            if not gap and lows[i : i + L] != pl:
                continue
            start = i + L + gap
            # "sagte der Zeitung": the article after the verb belongs to the NP
            if pl[0] in lx.forms and L > 1 and pl[1] in lx.determiners:
                start = i + 1 + gap
            e = postmodified(ctx, toks, np_forward(ctx, toks, start, lx, apposition=False), lx)
            if e <= start and start + 1 < len(toks) and lows[start] in lx.name_quantifiers:
                e = np_forward(ctx, toks, start + 1, lx, apposition=False)  # "unter Berufung auf zwei Beamte": a count before the noun
                e = e if e > start + 1 else start
            if e <= start and start < len(toks) and (known := _all_outlet_names().match(ctx.text, toks[start].span.start)) is not None:
                # "told Ruptly that …": a known outlet whose name the phrase rules read as an adverb
                e = next((k + 1 for k in range(start, len(toks)) if toks[k].span.end >= known.end()), start)
            if e > start and tuple(pl) in lx.via_needs_source and not can_be_source(ctx, Span(toks[start].span.start, toks[e - 1].span.end), lx):
                # "Lee, citing data from the Census Bureau, said": what no one says, and whose it is (session 35)
                e = with_prepositions(ctx, toks, e, lx)
            if e <= start:
                e = _participial_np(ctx, toks, start, lx)
            elif e - start == 1 and e + 1 < len(toks) and toks[start].text in lx.nach_heads_cased and lows[e] in ("aus", "von"):
                # "unter Berufung auf Angaben aus Sicherheitskreisen": the circles are the link
                e2 = np_forward(ctx, toks, e + 1, lx, apposition=False)
                if e2 > e + 1:
                    start, e = e + 1, e2
            if start < e < len(toks) - 1 and toks[e].text in ("'", "’") and lows[e + 1] in _according(lx.code)["person_programme_nouns"]:
                e += 2  # "Tom Hales' podcast": the possessive's mark a token of its own
            if e > start:
                out.append((tuple(pl), Span(toks[start].span.start, toks[e - 1].span.end)))
    out += _modified_interviews(ctx, toks, lx, after, {sp for _, sp in out})
    out += _modified_interviews(ctx, toks, lx, after, {sp for _, sp in out}, config="written_piece_phrase")
    out += _asked_about_by(ctx, toks, lx, after, {sp for _, sp in out})
    return out


def _asked_about_by(ctx: Context, toks: list[Token], lx: Lang, after: int, seen: set[Span]) -> list[tuple[tuple[str, ...], Span]]:
    """"Asked about the cost by the Harbor Ledger, Lee said …", "when asked on Monday about it by Reuters":
    a phrase of `asked_about_by` (according.json: its participle, its agent's preposition, the most words
    between them and the phrase it stands for) with what was asked between the two words, no comma, quotation
    mark or second participle in it; its agent's span, read as that phrase (a link only when it is a medium)."""
    d = load(lx.code, "according").get("asked_about_by")
    if not isinstance(d, dict):
        return []
    key = tuple(str(d["as"]).lower().split())
    most = int(d.get("words_between", 8))
    lows = lowered(toks)
    out: list[tuple[tuple[str, ...], Span]] = []
    for i in range(after, len(toks) - 3):
        if lows[i] not in d["participles"] or lows[i + 1] == d["agent"]:
            continue
        k = next((m for m in range(i + 2, min(len(toks) - 1, i + 2 + most)) if lows[m] == d["agent"]), None)
        if k is None or any(toks[m].text in (",", ";", ":") or toks[m].text in QUOTE_CHARS or lows[m] in d["participles"]
                            for m in range(i + 1, k)):
            continue
        e = postmodified(ctx, toks, np_forward(ctx, toks, k + 1, lx, apposition=False), lx)
        if e > k + 1:
            sp = Span(toks[k + 1].span.start, toks[e - 1].span.end)
            if sp not in seen:
                out.append((key, sp))
    return out


def _modified_interviews(ctx: Context, toks: list[Token], lx: Lang, after: int, seen: set[Span],
                         config: str = "interview_phrase") -> list[tuple[tuple[str, ...], Span]]:
    """"in another interview with X", "in a separate phone interview with X", "in einem
    ausführlichen Gespräch mit X": an interview phrase with words of its own between the article
    and the noun (`interview_phrase` of according.json: its preposition, the noun's object
    preposition and the phrase it stands for), read as that phrase; its object's span. With `config`
    `written_piece_phrase`, a piece one wrote for a medium ("In an essay in the Harbor Ledger, he wrote",
    "in a recent column for X": its own `nouns`), read as "writing in" (session 36)."""
    d = load(lx.code, "according").get(config)
    if not isinstance(d, dict):
        return []
    nouns = frozenset(d["nouns"]) if "nouns" in d else _according(lx.code)["interview_nouns"]
    key = tuple(str(d["as"]).lower().split())
    lows = lowered(toks)
    out: list[tuple[tuple[str, ...], Span]] = []
    for i in range(after, len(toks) - 3):
        if lows[i] in d.get("contracted", []):
            a = i + 1  # "im ausführlichen Gespräch mit": the article inside the preposition
        elif lows[i] in d["prepositions"] and (lows[i + 1] in lx.determiners or lows[i + 1] in lx.setting_openers):
            a = i + 2
        else:
            continue
        k = next((k for k in range(a, min(a + 3, len(toks) - 1)) if toks[k].text in nouns), None)
        if k is None or lows[k + 1] not in d["objects"] \
                or any(t.text in QUOTE_CHARS or t.text in (",", ";") for t in toks[a:k]):
            continue  # ("in a Fox News interview" is `_interview_links`'; the plain phrase, read as written, is seen)
        if lx.code == "en" and any(w.text[:1].isupper() and not ctx.in_timex(w.span) for w in toks[a:k]):
            continue  # (a day may stand there: "in a Friday interview with X")
        e = postmodified(ctx, toks, np_forward(ctx, toks, k + 2, lx, apposition=False), lx)
        if k + 2 < len(toks) - 1 and toks[k + 2].text in QUOTE_CHARS:
            q = next((m for m in range(k + 3, len(toks)) if toks[m].text in QUOTE_CHARS), None)
            e = q + 1 if q is not None else e  # 'in another interview with “The Morning Table,”': the quoted title
        if e > k + 2:
            sp = Span(toks[k + 2].span.start, toks[e - 1].span.end)
            if sp not in seen:
                out.append((key, sp))
    return out


def _participial_np(ctx: Context, toks: list[Token], k: int, lx: Lang) -> int:
    """"mit den Plänen vertraute Personen": a noun phrase that opens with the participle's own
    phrase; the end of it, or k."""
    for m in range(k + 1, min(len(toks) - 1, k + 7)):
        t = toks[m].text
        if t in (",", ".", ";", ":"):
            break
        if t[:1].islower() and is_adjective_like(t) and toks[m + 1].text[:1].isupper():
            e = np_forward(ctx, toks, m, lx, apposition=False)
            if e > m + 1:
                return e
    return k


def addressed(ctx: Context, toks: list[Token], lx: Lang, exclude: Span | None = None) -> list[Span]:
    """Whom a speech act was addressed to, medium or not ("gegenüber Journalisten", "im Gespräch
    mit dem Minister"): the addressee role of de-news-quotes, which only a medium makes a link."""
    out: list[Span] = []
    for key, sp in _phrase_objects(ctx, toks, lx, 0):
        if key in lx.via_addressed and key[0] not in lx.forms and not (exclude and sp.overlaps(exclude)) and not any(sp.overlaps(o) for o in out):
            out.append(sp)
    return out


def quoting_relay(ctx: Context, toks: list[Token], a: int, e: int, lx: Lang) -> tuple[Span, Span] | None:
    """"…, zitiert die Zeitung den Polizeibeamten X." / "…, zitierte die Agentur TASR Fico.": after
    a postposed "zitiert" the outlet toks[a:e] quotes someone, who said it; returns (the one
    quoted, the outlet), or None."""
    n = len(toks)
    k = skip_adverbials(ctx, toks, e, lx)
    if k < n and opens_phrase(toks[k].text, lx):
        e2 = np_forward(ctx, toks, k, lx)
        if e2 > k:
            return Span(toks[k].span.start, toks[e2 - 1].span.end), Span(toks[a].span.start, toks[e - 1].span.end)
    # one phrase for both ("die Agentur TASR Fico", "der Kurier Villenbesitzer X"): the outlet ends
    # with a known outlet's name or an acronym, the one quoted follows
    for m in range(a + 1, e):
        outlet = Span(toks[a].span.start, toks[m - 1].span.end)
        known = _all_outlet_names().search(ctx.text, outlet.start, outlet.end)
        if toks[m].text[:1].isupper() and ((known is not None and known.end() == outlet.end) or toks[m - 1].text.isupper()) \
                and is_medium(ctx, outlet, lx) and not is_medium(ctx, Span(toks[m].span.start, toks[e - 1].span.end), lx):
            return Span(toks[m].span.start, toks[e - 1].span.end), outlet
    return None


def links_within(ctx: Context, si: int, whole: Span, kept: Span, lx: Lang) -> list[tuple[Span, bool]]:
    """The links in the part of a speaker's phrase that is no part of the speaker: downstream ("The
    senator, appearing on Fox News,", "Ann Lee, speaking to the BBC,") and the one a medium cites
    ("The Herald, citing two police officers,"): `whole` less `kept`."""
    if kept == whole or si >= len(ctx.doc.sentences):
        return []
    toks = [t for t in ctx.doc.sentences[si].tokens if whole.start <= t.span.start and t.span.end <= whole.end and not kept.contains(t.span)]
    words = [t.text.lower() for t in toks if t.text not in (",", "—", "–")]
    cites = bool(words) and words[0] in _according(lx.code)["relay_participles"]
    return [(sp, up) for sp, up in vias(ctx, toks, lx) if not up or cites]


def links_at(ctx: Context, toks: list[Token], k: int, lx: Lang) -> tuple[int, list[tuple[Span, bool]]]:
    """A chain phrase that starts at toks[k] ("…, so X im Gespräch mit dem «Standard», …"): the
    index after its object and its link (none when its object is no link); (k, []) without one."""
    if not 0 <= k < len(toks):
        return k, []  # (no phrase starts outside the tokens)
    # only the phrases that open with the word at k, in their order (`phrases_by_first`): the same first hit
    for _phrase, pl in phrases_by_first(lx.via).get(toks[k].text.lower(), ()):
        if [t.text.lower() for t in toks[k : k + len(pl)]] == pl:
            e = postmodified(ctx, toks, np_forward(ctx, toks, k + len(pl), lx, apposition=False), lx)
            if e > k + len(pl) and tuple(pl) in lx.via_needs_source:
                e = with_prepositions(ctx, toks, e, lx)  # "citing two officials at the ministry"
            if e > k + len(pl):
                return e, vias(ctx, toks[:e], lx, after=k)
    return k, []


def links_after(ctx: Context, toks: list[Token], i: int, lx: Lang, src: Span | None, content: Span | None) -> list[tuple[Span, bool]]:
    """The chain phrases after the cue toks[i] that closes a claim: '"…," she told Reuters',
    '"…," he said in an interview with the BBC', '…, he told workers, according to a statement',
    '«…», sagte er dem NDR'."""
    out = [v for v in vias(ctx, toks, lx, exclude=src, after=i) if content is None or not v[0].overlaps(content)]
    # an addressee stands in the cue's own clause ("sagte er dem NDR", not "…, mit dem Schriftzug «X»")
    if lx.code == "de":  # English names its addressee with "told", "to": the phrases above
        end = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";", "–", "—", ":")), len(toks))
        out += addressees(ctx, toks, i + 1, end, lx, src, out, content)
        # past the speaker's apposition, a dative that closes the sentence: "sagte Anna Berg, eine
        # Lehrerin aus Kiel, der Zeitung X." (not a relative clause: "…, die der Zeitung schreibt")
        a = max((k for k in range(end, len(toks) - 1) if toks[k].text == "," and (src is None or toks[k].span.start >= src.end)), default=len(toks))
        if a < len(toks) - 1 and toks[a + 1].text.lower() not in ("der", "dem"):
            # past a time or an adverb after the apposition: "…, Paul Green, am Montag der Zeitung X."
            a = skip_adverbials(ctx, toks, a + 1, lx) - 1
        if a < len(toks) - 1 and toks[a + 1].text.lower() in ("der", "dem"):
            e = np_forward(ctx, toks, a + 1, lx, apposition=False)
            if a + 1 < e < len(toks):
                # a known outlet's name the noun phrase cut short ("der Welt | am Sonntag"): the index after the whole name
                whole = _whole_outlet(ctx, Span(toks[a + 1].span.start, toks[e - 1].span.end))
                e = next((k for k in range(e, len(toks)) if toks[k].span.start >= whole.end), len(toks))
            if e >= len(toks) - 1 or toks[e].text in (".", "!", "?", ",", ";") or _according_from(toks, e, lx):
                # (also before an according-to phrase of the author's: "…, der Zeitung X laut Vorausbericht.")
                out += addressees(ctx, toks, a + 1, e, lx, src, out, content)
        out = with_recalled_report(ctx, toks, i + 1, len(toks), lx, src, out)
    return out


def recalled_report_words(phrase: str, lx: Lang) -> bool:
    """An article and a noun of `recalled_reports` and nothing else ("dem Bericht", "der Meldung")."""
    words = phrase.lower().split()
    nouns = {w.lower() for w in load(lx.code, "according").get("recalled_reports", [])}
    return len(words) == 2 and words[0] in lx.anaphoric_articles and words[1] in nouns


def with_recalled_report(ctx: Context, toks: list[Token], a: int, b: int, lx: Lang, src: Span | None,
                         links: list[tuple[Span, bool]]) -> list[tuple[Span, bool]]:
    """"…, argumentieren die Anwälte dem Bericht zufolge." after "…, berichtete die Zeitung X.": an
    according-to phrase in toks[a:b], the tag of a claim with its own speaker, that names a report by
    its noun alone (`recalled_reports`: "dem Bericht zufolge", "laut dem Artikel") stands for the
    report of the medium that spoke last in the six sentences before (no one else spoke since); that
    medium relays the claim (a downstream link, in place of the noun's own mention)."""
    lows = lowered(toks)
    hit = next((k for k in range(a, min(b, len(toks)) - 1)
                if (src is None or toks[k].span.start >= src.end) and recalled_report_words(f"{lows[k]} {lows[k + 1]}", lx)
                and ((k + 2 < len(toks) and lows[k + 2] == "zufolge") or (k > 0 and lows[k - 1] == "laut"))), None)
    if hit is None or ctx.inside_any_quote(toks[hit].span.start):
        return links
    phrase = Span(toks[hit].span.start, toks[hit + 1].span.end)
    si = bisect.bisect_right(ctx._sent_ends, phrase.start)
    for c in reversed(ctx.cands):
        if c.source is None or c.sent >= si or c.source.start >= phrase.start:
            continue
        if si - c.sent > 6:
            break
        if is_medium(ctx, c.source, lx):
            if _new_report_since(ctx, c.sent, phrase, lx):
                return links  # ("Das Ministerium legte einen Bericht vor. …, dem Bericht zufolge": that report, no medium's)
            ctx.recalled_reports.add((si, c.source.start))
            return [v for v in links if not v[0].overlaps(phrase) and not v[0].overlaps(c.source)] + [(c.source, False)]
        if c.mode != "continuation":
            break  # someone else spoke since: the report is no medium's we know
    return links


def _new_report_since(ctx: Context, si: int, phrase: Span, lx: Lang) -> bool:
    """A report of the noun of `phrase` ("dem Bericht") that a sentence after sentence si and before the
    phrase brings in with an indefinite article ("Das Ministerium legte einen Bericht vor", "ein neuer
    Prüfbericht"): the phrase names that one, not the report of the medium that spoke in sentence si."""
    if si + 1 >= len(ctx.doc.sentences):
        return False
    noun = ctx.text[phrase.start : phrase.end].split()[-1].lower()
    start = ctx.doc.sentences[si + 1].span.start
    if start >= phrase.start:
        return False
    arts = sorted(w.lower() for w in load(lx.code, "lexicon").get("indefinite_articles", []))
    if not arts:
        return False
    rx = rf"(?<!\w)(?:{'|'.join(map(re.escape, arts))})\s+(?:\w+\s+)?\w*{re.escape(noun)}\w{{0,2}}(?!\w)"
    return re.search(rx, ctx.text[start : phrase.start], flags=re.I) is not None


def _according_from(toks: list[Token], e: int, lx: Lang) -> bool:
    """An according-to phrase (`according_prefix`: "laut", "nach Angaben") opens at toks[e]."""
    lows = [t.text.lower() for t in toks[e : e + 4]]
    return any(len(p) > 0 and lows[: len(p)] == [w.lower() for w in p] for p in lx.according_prefix)


def leading_relay(ctx: Context, toks: list[Token], k: int, lx: Lang) -> tuple[int, tuple[Span, bool] | None] | None:
    """"…, the paper reported, citing two officials, that …" / "…, she said, according to the
    Daily Mail.": a chain phrase right after the cue is no part of what was said. Returns the index
    where the content goes on and the link; no link where the phrase's object is the speaker's own
    material ("…, citing its own analysis, that …": `own_material`, and still no part of what was said;
    review of session 35)."""
    n = len(toks)
    lows = lowered(toks)
    for phrase in lx.via:
        pl = [p.lower() for p in phrase]
        L = len(pl)
        if lows[k : k + L] != pl or tuple(pl) in lx.via_addressed:
            continue
        e = postmodified(ctx, toks, np_forward(ctx, toks, k + L, lx, apposition=False), lx)
        if e > k + L and tuple(pl) in lx.via_needs_source:
            e = with_prepositions(ctx, toks, e, lx)  # "citing unnamed officials at the central bank"
        if e <= k + L or (e < n and toks[e].text not in (",", ".", "!", "?", ";")):
            return None
        sp = Span(toks[k + L].span.start, toks[e - 1].span.end)
        if own_material(ctx, sp, lx):
            return (e + 1 if e < n and toks[e].text == "," else e), None
        if generic(ctx, sp, lx) or (tuple(pl) in lx.via_needs_source and not can_be_source(ctx, sp, lx)):
            return None
        return (e + 1 if e < n and toks[e].text == "," else e), (sp, tuple(pl) in lx.via_upstream)
    return None


def addressees(ctx: Context, toks: list[Token], a: int, b: int, lx: Lang, src: Span | None,
               have: list[tuple[Span, bool]], content: Span | None) -> list[tuple[Span, bool]]:
    """"sagte Lucke am Samstag der Deutschen Presse-Agentur": a medium as addressee is a
    downstream link of the chain."""
    out: list[tuple[Span, bool]] = []
    preps = _according(lx.code)["addressee_prepositions"]
    # after the speaker that follows the cue, past adverbs and a time: "sagte Anna Berg dazu
    # Spiegel Online", "sagte Berg am Montag Radio Nordwelle"
    bare = skip_adverbials(ctx, toks, next((k for k in range(a, b) if toks[k].span.start >= src.end), b), lx) \
        if src is not None and toks[a].span.start <= src.start else None
    for j in range(a, min(b, len(toks))):
        if src is not None and toks[j].span.start < src.end:
            continue
        low = toks[j].text.lower()
        if lx.code == "de" and j > 0 and toks[j - 1].text.lower() in lx.place_prepositions:
            continue  # "sagte auf dem «Zukunftsforum»": a place or an event, no one addressed
        k = j + 1 if low in preps and j + 1 < len(toks) else j  # "sagte ein Sprecher zu Reuters"
        if low in ("der", "dem", "den", "the") or k > j or (
                j == a and src is not None and src.end <= toks[a - 1].span.start and outlet_at(ctx, toks[j].span.start, one_word=True)) or (
                j == bare and outlet_at(ctx, toks[j].span.start, one_word=True)):
            # (a known outlet right after the cue whose speaker stands before it: "Ein Sprecher sagte Reuters, …")
            e = np_forward(ctx, toks, k, lx, apposition=False)
            j = k
            sp = _whole_outlet(ctx, Span(toks[j].span.start, toks[e - 1].span.end)) if e > j else None
            if sp is None or any(sp.overlaps(v[0]) for v in have + out) or (content and sp.overlaps(content)):
                continue
            if is_medium(ctx, sp, lx) and not generic(ctx, sp, lx):
                out.append((sp, False))
    return out


def addressed_medium(ctx: Context, toks: list[Token], k: int, lx: Lang) -> tuple[int, Span] | None:
    """A medium told after a preposition of address at toks[k] ("zur APA", "zu Reuters":
    `addressee_prepositions`): (the index after it, the medium), or None."""
    if toks[k].text.lower() not in _according(lx.code)["addressee_prepositions"]:
        return None
    e = np_forward(ctx, toks, k + 1, lx, apposition=False)
    if e <= k + 1:
        return None
    sp = _whole_outlet(ctx, Span(toks[k + 1].span.start, toks[e - 1].span.end))
    return (e, sp) if is_medium(ctx, sp, lx) and not generic(ctx, sp, lx) else None


def trailing_phrase(ctx: Context, toks: list[Token], content: Span, lx: Lang) -> tuple[Span, list[tuple[Span, bool]]] | None:
    """"X said the bridge was safe in an interview with CNN on Sunday.": a chain phrase that closes
    the content (up to a date) is no part of what was said; (the content without it, its links)."""
    inner = [k for k, t in enumerate(toks) if content.start <= t.span.start and t.span.end <= content.end]
    if len(inner) < 6:
        return None
    for k in inner[3:]:
        if ctx.inside_any_quote(toks[k].span.start) or toks[k].text.lower() in ("citing", "quoting", "according"):
            continue  # (the upstream phrases after a content are read by the rules of their own)
        e, links = links_at(ctx, toks, k, lx)
        while e <= inner[-1] and (ctx.in_timex(toks[e].span) or (
                toks[e].text.lower() in ("on", "in", "at", "last", "this") and e < inner[-1] and ctx.in_timex(toks[e + 1].span))):
            e += 1  # "… on Sunday"
        if e > k and e > inner[-1] and links:
            return Span(content.start, toks[k - 1].span.end), links
    return None


def trailing_relay(ctx: Context, toks: list[Token], content: Span, lx: Lang) -> tuple[Span, Span] | None:
    """"…, der Täter sei geflohen, berichtete die Nachrichtenagentur dpa." / "…, the Associated
    Press reported (late Thursday).": a medium that reports the report closes the content; it is a
    downstream link, not part of what was said. Returns (the content without it, the medium)."""
    from .cues import cue_at

    inner = [k for k, t in enumerate(toks) if content.start <= t.span.start and t.span.end <= content.end]
    if len(inner) < 5:
        return None
    last = inner[-1]
    verb = last  # ", the Associated Press reported late Thursday": the verb before a time that closes the sentence
    while verb > inner[0] + 3 and ctx.in_timex(toks[verb].span) and not ctx.inside_any_quote(toks[verb].span.start):
        verb -= 1
        if verb > inner[0] + 3 and toks[verb].text.lower() in lx.time_prepositions and not ctx.in_timex(toks[verb].span):
            verb -= 1  # "late Thursday", "on Monday"
    for m in range(last - 1, inner[0] + 2, -1):
        if toks[m].text != ",":
            continue
        if ctx.inside_any_quote(toks[m].span.start):
            return None
        a = m + 1
        if cue_at(ctx, toks, a, lx) in ("report", "speech", "writing"):  # ", berichtete die Agentur X"
            e = np_forward(ctx, toks, a + 1, lx, apposition=False)
            if e == last + 1 and e > a + 1:  # (a cue that closes the content names no one after it)
                sp = Span(toks[a + 1].span.start, toks[e - 1].span.end)
                break
        elif cue_at(ctx, toks, verb, lx) in ("report", "speech", "writing"):  # ", the Associated Press reported"
            e = np_forward(ctx, toks, a, lx, apposition=False)
            if e == verb and e > a:
                sp = Span(toks[a].span.start, toks[e - 1].span.end)
                break
        return None
    else:
        return None
    if not is_medium(ctx, sp, lx):
        return None
    return Span(content.start, toks[m].span.start), sp


def confirmed_by(ctx: Context, toks: list[Token], content: Span, lx: Lang) -> tuple[Span, Span] | None:
    """"Wie die Agentur X berichtet, wurde der Fahrer gefasst, wie die Behörden bestätigten.": a
    wie-clause with a speech verb that closes what a medium reports names whom the report stands
    on, an upstream link; (the content without the clause, the one named) or None."""
    from .cues import NOT_SPEECH, cue_at

    inner = [k for k, t in enumerate(toks) if content.start <= t.span.start and t.span.end <= content.end]
    if len(inner) < 6 or ctx.inside_any_quote(toks[inner[-1]].span.start):
        return None
    last = inner[-1]
    for m in range(last - 2, inner[0] + 1, -1):
        if toks[m].text != "," or toks[m + 1].text.lower() not in lx.wie:
            continue
        e = np_forward(ctx, toks, m + 2, lx, apposition=False)
        c = last - 1 if toks[last].text.lower() in AUX else last  # "… bestätigt haben"
        cls = cue_at(ctx, toks, c, lx)
        if e != c or cls is None or cls in NOT_SPEECH:
            return None
        who = Span(toks[m + 2].span.start, toks[e - 1].span.end)
        return (Span(content.start, toks[m - 1].span.end), who) if can_be_source(ctx, who, lx) and not is_medium(ctx, who, lx) else None
    return None
