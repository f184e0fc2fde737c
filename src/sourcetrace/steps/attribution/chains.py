"""Chains (via): the intermediaries between the origin of a claim and the article ("unter Berufung auf X", "sagte der Zeitung", "told X")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import chain

from ...document import Sentence, Span, Token
from ...resources import languages, load
from ...textutil import DOUBLE_QUOTE_MARKS, OPENING_DOUBLE_QUOTES
from ..candidates import Cand
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
)
from ..sources import classify_mention
from .context import QUOTE_CHARS, Context, strip_span
from .phrases import np_forward, skip_adverbials

#: a quotation mark of its own before a hyphenated medium ("«Spiegel»-Interview")
_OPENING_MARKS = frozenset(OPENING_DOUBLE_QUOTES)
#: an adjective written with a capital inside a German name ("Bayerischen", "Zweiten Deutschen")
_PROPER_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)$")


def vias(ctx: Context, toks: list[Token], lx: Lang, exclude: Span | None = None, after: int = 0,
         recall: bool = True) -> list[tuple[Span, bool]]:
    """Chain mentions: "unter Berufung auf X", "bezog sich auf X", "im Gespräch mit X", "told X".
    A phrase of `via_addressed` ("told", "im Gespräch mit", "auf Anfrage der") names a link only
    when its object is a medium (or a journalist of a named one: "told VOA correspondent X").
    With `recall`, an interview named again by its noun alone ("In the interview, Lee said …")
    names the medium of the interview named before (`_recalled_interview_links`)."""
    lows = [t.text.lower() for t in toks]
    out: list[Span] = []
    up: dict[Span, bool] = {}
    for key, phrase_sp in _phrase_objects(ctx, toks, lx, after):
        if (exclude and phrase_sp.overlaps(exclude)) or any(phrase_sp.overlaps(o) for o in out) or generic(ctx, phrase_sp, lx):
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
        if sp is None and key in lx.via_addressed and _short_outlet(ctx, phrase_sp, lx):
            sp = phrase_sp  # "told Fox": an outlet's short name as the one addressed
        if sp is None and key in lx.via_addressed:
            sp = unlisted_outlet(ctx, phrase_sp, lx)  # "told the Harbor Ledger": a title the gazetteer does not know
        if sp is None and key in lx.via_addressed:
            sp = _journalist_of(ctx, phrase_sp, lx)  # "via Jo Hale of the Harbor Ledger": the reporter's outlet
        if sp is None and key in lx.via_addressed:
            sp = _host_programme(ctx, phrase_sp, lx)  # "asked by Hale" after "Tom Hale's podcast": the programme
        if sp is None and key in lx.via_addressed:
            sp = _medium_before_noun(ctx, phrase_sp, lx)  # "im Gespräch mit der Rundschau Kritik an …": the phrase ran on
        if sp is None or (key in lx.via_needs_source and not can_be_source(ctx, sp, lx)):
            continue
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
    for sp in _interview_links(ctx, toks, lx, after) + _postposed_links(ctx, toks, lx, after) + _held_links(ctx, toks, lx, after) \
            + _broadcast_links(ctx, toks, lx, after) + _agent_links(ctx, toks, lx, after) + _cue_addressed_links(ctx, toks, lx, after) \
            + (_recalled_interview_links(ctx, toks, lx, after) if recall else []):
        if not (exclude and sp.overlaps(exclude)) and not any(sp.overlaps(o) for o in out):
            out.append(sp)
            up[sp] = False
    out.sort(key=lambda s: s.start)
    return [(sp, up[sp]) for sp in out]


def document_issuers(ctx: Context, cands: list[Cand], lang_of: Callable[[Cand], Lang]) -> None:
    """"…, the US military said in a statement. \"…,\" the statement said.": a document named only
    by its kind and an article ("the statement", "die Mitteilung"; `issued_documents`: the kinds
    that are their issuer's word, not a poll or a study with a standing of its own) speaks for
    whoever gave it in the two sentences before it (in a sentence that names that kind of
    document; paragraphs of one sentence are common in news, so they are no bound): the document's
    mention names the issuer (`refers_to`), no link of the chain (the speaker's own medium, like
    "said in a statement"), unless what was reported there names who gave it ("The Ledger said
    Reed sent it a statement": Reed, the Ledger a downstream link); a neuter pronoun in the next
    sentence ("It did not reveal the site and said …") means the issuer too."""
    issuer: tuple[Span, int] | None = None  # the issuer and the sentence where the document spoke
    for n, c in enumerate(cands):
        if c.source is None or c.inherit:
            continue
        lx = lang_of(c)
        text = ctx.text[c.source.start : c.source.end]
        if issuer is not None and c.refers_to is None and text.lower() in lx.neuter_pronouns and c.sent - issuer[1] <= 1:
            c.refers_to = issuer[0]
            continue
        words = re.findall(r"[\w-]+", text)
        if len(words) != 2 or words[0].lower() not in lx.determiners or words[1] not in _according(lx.code)["issued_documents"] \
                or words[0].lower() in lx.possessive_determiners or words[0].lower() in lx.possessive_pronouns:
            continue  # (not "Seiner Darstellung zufolge": his account, whoever he is)
        for d in reversed(cands[:n]):
            if d.source is None or d.sent >= c.sent:
                continue
            s0 = ctx.doc.sentences[d.sent].span
            if c.sent - d.sent > 2:
                break
            if re.search(rf"\b{re.escape(words[1])}\b", ctx.text[s0.start : s0.end]) and d.source.end <= s0.end \
                    and classify_mention(ctx.text[d.source.start : d.source.end], lx)[1] != "document":
                # the document is the issuer's own word, no link ("said in a statement", like the seed's
                # "in seiner Videobotschaft"): its mention names the issuer
                giver = _giver_in(ctx, d, words[1], lx)
                if giver is not None:
                    # "The Ledger said Reed sent it a written statement. '…,' the statement said.": Reed's
                    # words, through the paper that reports having them
                    c.refers_to, c.via = giver, [*c.via, (d.source, False)]
                else:
                    c.refers_to = d.source
                c.rule += "+issuer"
                issuer = (c.refers_to, c.sent)
                break


def _giver_in(ctx: Context, d: Cand, noun: str, lx: Lang) -> Span | None:
    """The one who gave the document inside what `d` reports ("The Ledger said Reed sent it a
    written statement"): a name of one to four words in capitals right before a verb of
    `issuing_verbs` (according.json) whose object, within a few words, is the document's noun;
    None otherwise."""
    verbs = load(lx.code, "according").get("issuing_verbs", [])
    if not verbs:
        return None
    alts = "|".join(re.escape(v) for v in verbs)
    for c in d.content:
        m = re.search(rf"(?:^|\bthat\s+)((?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,3}})?(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*)"
                      rf"\s+(?:\w+\s+)?(?:{alts})\s+(?:[\w-]+\s+){{0,4}}{re.escape(noun)}\b",
                      ctx.text[c.start : c.end])
        if m is not None and classify_mention(m.group(1), lx)[1] not in ("document", "media", "news_agency"):
            return Span(c.start + m.start(1), c.start + m.end(1))
    return None


def documents_recalled(ctx: Context, cands: list[Cand], lang_of: Callable[[Cand], Lang]) -> None:
    """"…, heißt es in dem Urteil, das der APA vorliegt. … Der Kläger hat laut Urteil …" / "A
    report by the Herald, citing two officials, says … . According to the report, …": an
    according-to phrase that names a document by its kind alone (an article, the noun of
    `recalled_documents`, a date: "dem Bericht vom Montag zufolge") means the document of that kind
    named in the fifteen sentences before: it is that mention's source, and the chain of that
    mention's claim is carried over."""
    for n, c in enumerate(cands):
        if c.mode != "according_to" or c.source is None or c.inherit or c.via:
            continue
        lx = lang_of(c)
        kinds = _according(lx.code)["recalled_documents"]
        head = _bare_kind(ctx, c.source, lx)
        if head is None or head not in {k.lower() for k in kinds}:
            continue
        for m in range(n - 1, -1, -1):
            d = cands[m]
            if c.sent - d.sent > 15:
                break
            if d.source is None or d.sent >= c.sent or not d.via:
                continue
            words = [w.lower() for w in re.findall(r"[\w-]+", ctx.text[d.source.start : d.source.end])]
            if any(w == head or (len(head) >= 5 and w.startswith(head) and len(w) - len(head) <= 2) for w in words):
                c.via = list(d.via)
                if c.refers_to is None:
                    c.refers_to = d.refers_to or d.source  # the same document, one source
                c.rule += "+recalled_document"
                break


def _bare_kind(ctx: Context, sp: Span, lx: Lang) -> str | None:
    """The noun of a phrase that names a document by its kind alone ("Urteil", "dem Bericht vom
    Donnerstag", "the report"), lower case; None for any other phrase."""
    words = list(re.finditer(r"[\w-]+", ctx.text[sp.start : sp.end]))
    while words and words[0].group().lower() in lx.determiners and words[0].group().lower() not in lx.possessive_determiners:
        words = words[1:]
    if not words:
        return None
    rest = words[1:]
    if rest and rest[0].group().lower() in lx.document_date_prepositions:
        rest = rest[1:]
    if any(not ctx.in_timex(Span(sp.start + w.start(), sp.start + w.end())) for w in rest):
        return None
    return words[0].group().lower()


def nested_speech(lx: Lang) -> bool:
    """Whether the words a reporter relays from someone else ("Berg testified that the mayor told
    her the bridge was safe") are also an attribution of that one's own (`nested_speech`)."""
    return bool(load(lx.code, "according").get("nested_speech", False))


@cache
def _according(code: str) -> dict[str, frozenset[str]]:
    d = load(code, "according")
    return {k: frozenset(d.get(k, [])) for k in ("interview_nouns", "postposed_addressed", "addressed_short_names", "generic_media", "clause_openers", "relay_verbs", "postmodifiers", "issued_documents", "relied_on_demonstratives", "broadcast_prepositions", "broadcast_verbs",
                                                    "agent_prepositions", "agent_heads", "agent_verbs", "addressee_prepositions", "source_prepositions", "relay_participles", "recalled_documents", "programme_heads",
                                                    "house_determiners", "house_nouns", "unlisted_outlet_exclude",
                                                    "outlet_title_words", "office_modifiers", "media_name_nouns", "outlet_articles",
                                                    "cue_addressee_prepositions", "press_role_nouns", "publication_participles",
                                                    "publication_prepositions", "title_articles", "person_programme_nouns")}


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


def postmodified(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int:
    """The end of a noun phrase that ends at toks[e] with the adjective and its phrase after it:
    "people familiar with the matter", "sources close to the minister" (`postmodifiers`)."""
    words = _according(lx.code)["postmodifiers"]
    a = e if 0 < e < len(toks) - 2 and toks[e].text.lower() in words else e - 1  # (the phrase may have taken the adjective)
    if 0 < a < len(toks) - 2 and toks[a].text.lower() in words and toks[a + 1].text.lower() in ("with", "to", "on", "of", "in"):
        e2 = np_forward(ctx, toks, a + 2, lx, apposition=False)
        return e2 if e2 > a + 2 else e
    return e


def with_prepositions(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int:
    """The end of a noun phrase of sources that ends before toks[e] with the prepositional phrases
    that close it ("officials at the central bank", "a nurse at the clinic": `source_prepositions`)."""
    words = _according(lx.code)["source_prepositions"]
    while e < len(toks) - 1 and toks[e].text.lower() in words:
        e2 = np_forward(ctx, toks, e + 1, lx, apposition=False)
        if e2 <= e + 1 or ctx.in_timex(toks[e + 1].span):
            break
        e = e2
    return e


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


def _short_outlet(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The one addressed is an outlet's short name ("told Fox"; `addressed_short_names`) that the
    text never writes after a capitalised word, as it would a surname ("Dana Fox")."""
    name = ctx.text[sp.start : sp.end]
    if name not in _according(lx.code)["addressed_short_names"]:
        return False
    return re.search(rf"\b[A-Z][\w'’.-]*\s+{re.escape(name)}\b", ctx.text) is None


def unlisted_outlet(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """An English outlet the gazetteer does not know, by where it stands and what it looks like:
    after a phrase of address ("told the Harbor Ledger", "in an interview with the Valley Courier")
    or after a report's preposition ("a report in the Harbor Ledger"), "the" and one to four words
    in capitals that name no other kind of body (a government, a court, a party: "told the Senate
    Committee"; a club, a union, a church: `unlisted_outlet_exclude`), no person (a person's name
    has no article) and no place, and that look like a medium (`_medium_like`: "told the Pope",
    "the Fed", "the Inquiry", "the Lees" are none). A time the noun phrase ran on into is cut off
    ("told the Harbor Ledger Monday afternoon"); a reporter after the outlet's possessive is left
    out ("told the Harbor Ledger's Jane Roe": the Harbor Ledger). The outlet's span, or None."""
    if lx.code != "en":
        return None
    words = list(_TITLE_WORD.finditer(ctx.text, sp.start, sp.end))
    if len(words) < 2 or words[0].group().lower() not in _according(lx.code)["outlet_articles"]:
        return None
    k = 1
    owner = False  # "the Harbor Ledger's Jane Roe": the outlet of its reporter
    while k < len(words) and k <= 4 and words[k].group()[:1].isupper() and not ctx.in_timex(Span(words[k].start(), words[k].end())):
        k += 1
        if words[k - 1].group().endswith(("'s", "’s")):
            owner = True
            break
    rest = words[k:]
    if rest and not owner and rest[0].group() in _according(lx.code)["publication_participles"]:
        rest = rest[1:]  # "the Harbor Ledger published Monday": the interview's publication, then its time
    if k == 1 or (not owner and any(not ctx.in_timex(Span(w.start(), w.end())) for w in rest)):
        return None  # (not "the Harbor Ledger editorial board")
    last = words[k - 1].group()[:-2] if owner else words[k - 1].group()
    if last in _according(lx.code)["unlisted_outlet_exclude"]:
        return None  # "told the Rotary Club"
    out = Span(sp.start, words[k - 1].end() - (2 if owner else 0))
    if out.end <= words[1].start():
        return None
    if any(e.span.overlaps(out) and e.label in ("PER", "LOC") for e in ctx.doc.entities):
        return None
    title = [w.group() for w in words[1 : k - 1]] + [last]
    return out if _medium_like(ctx, out, title, lx) else None


def _journalist_of(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """"told Jo Hale of the Harbor Ledger", "via Jo Hale of the Upton Post-Gazette": a person's
    name (words in capitals) and "of" before an outlet the gazetteer does not know; the outlet's
    span (`unlisted_outlet`), or None. English."""
    if lx.code != "en":
        return None
    m = re.match(r"(?:[A-Z][\w'’.-]*\s+){1,3}of\s+(?=the\s)", ctx.text[sp.start : sp.end])
    return unlisted_outlet(ctx, Span(sp.start + m.end(), sp.end), lx) if m else None


def _medium_before_noun(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """German: a noun phrase that ran on into the object of the verb after it ("übte im Gespräch mit
    der Kleinhafener Rundschau Kritik an …"): the longest part of it, cut before a capitalised
    word, that is a medium; None otherwise."""
    if lx.code != "de":
        return None
    words = list(re.finditer(r"[\w.-]+", ctx.text[sp.start : sp.end]))
    for k in range(len(words) - 1, 0, -1):
        if not words[k].group()[:1].isupper():
            continue
        found = medium_in(ctx, Span(sp.start, sp.start + words[k - 1].end()), lx)
        if found is not None:
            return found
    return None


def _host_programme(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """"Asked by Hale whether …" after "in an interview with Tom Hale's podcast": a name of one to
    three words in capitals whose last word the text named before as the host of a programme in
    the possessive (`person_programme_nouns`); that programme's span, the latest before, or None."""
    words = re.findall(r"[\w'’.-]+", ctx.text[sp.start : sp.end])
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    nouns = "|".join(re.escape(n) for n in sorted(_according(lx.code)["person_programme_nouns"], key=len, reverse=True))
    if not nouns:
        return None
    last = None
    pat = rf"(?<![\w-])(?:[A-Z][\w.-]*\s+){{0,2}}{re.escape(words[-1])}(?:['’]s|['’])\s+(?:{nouns})\b"
    for m in re.finditer(pat, ctx.text[: sp.start]):
        last = m
    return Span(last.start(), last.end()) if last is not None else None


def _medium_like(ctx: Context, out: Span, title: list[str], lx: Lang) -> bool:
    """Whether "the" + `title` (its words in capitals) looks like a medium: its type is a medium
    (a word of one in it: "the Valley Courier", "the Upton Times"); or a place or a name before a
    word that closes newspapers' titles (`outlet_title_words`: "the Fenwick Ledger", "the Upton
    Leader"), with no word before it that makes an office of a role ("the Majority Leader",
    `office_modifiers`); or the text uses the same name as a medium elsewhere ("the Ledger
    newspaper", "Ledger columnist Kim Hale": `_named_as_media`). Not "the Pope", "the Fed", "the
    Inquiry", "the Lees", "the Park Ranger", "the Editor"."""
    if classify_mention(ctx.text[out.start : out.end], lx)[1] in ("media", "news_agency"):
        return True
    d = _according(lx.code)
    if len(title) >= 2 and title[-1].rsplit("-", 1)[-1] in d["outlet_title_words"] and not any(w in d["office_modifiers"] for w in title[:-1]):
        return True
    return " ".join(title) in _named_as_media(ctx.text, lx.code)


@lru_cache(maxsize=4)
def _named_as_media(text: str, code: str) -> frozenset[str]:
    """The names in capitals the text uses as media: before a noun of the press ("the Upton Leader
    newspaper", "Ledger columnist Kim Hale": `media_name_nouns`) or after one ("the weekly Upton
    Leader", "the newspaper Upton Leader"), without a leading "The"; one search per text."""
    nouns = "|".join(re.escape(n) for n in sorted(_according(code)["media_name_nouns"], key=len, reverse=True))
    if not nouns:
        return frozenset()
    name = r"((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)"
    out: set[str] = set()
    arts = _according(code)["outlet_articles"]
    article = rf"(?:(?:{'|'.join(re.escape(a) for a in sorted(arts))})\s+)?" if arts else ""
    leading = {a.capitalize() for a in _according(code)["title_articles"]}  # "The", "A", "An"
    for rx in (rf"{name}(?:['’]s)?\s+(?:{nouns})\b", rf"\b(?:{nouns})\s+{article}{name}"):
        for m in re.finditer(rx, text):
            words = m.group(1).split()
            if words and words[0] in leading:
                words = words[1:]
            if words:
                out.add(" ".join(words))
    return frozenset(out)


#: a word of a title ("Ledger", "St.", "A&M")
_TITLE_WORD = re.compile(r"[\w'’.&-]*\w")


def house_reading(ctx: Context, sp: Span, lx: Lang) -> tuple[bool, Span | None]:
    """How a phrase of a house noun ("told the outlet", "told this newspaper": `house_nouns`) reads,
    as (publisher, referent); (False, None) for any other phrase. Publisher: the text names no outlet
    before it (a known one, `_all_outlet_names`, or one that is a link or a source of a claim before
    it, listed or not: "according to a report by the Harbor Ledger"), so it is the article's own
    publisher, the end of every chain and no link of it. Referent: after a named outlet it may mean
    that one, and stays a link — the medium named last before it in the 3,000 characters before (a
    link, a medium that is a source, a known outlet's name). The media before it are looked up once."""
    if not _house_phrase(ctx, sp, lx):
        return False, None
    found = _media_before(ctx, sp, lx)
    publisher = _first_outlet(ctx.text) >= sp.start and not found
    lo = max(0, sp.start - 3000)
    known = [Span(m.start(), m.end()) for m in _all_outlet_names().finditer(ctx.text, lo, sp.start)]
    found += [k for k in known[-1:] if k.start >= lo]
    return publisher, max(found, key=lambda x: x.end, default=None)


def _house_phrase(ctx: Context, sp: Span, lx: Lang) -> bool:
    words = re.findall(r"[\w-]+", ctx.text[sp.start : sp.end].lower())
    return len(words) == 2 and words[0] in _according(lx.code)["house_determiners"] and words[1] in _according(lx.code)["house_nouns"]


def _media_before(ctx: Context, sp: Span, lx: Lang) -> list[Span]:
    """The links and the sources that are media (listed or not) of the claims before `sp`, but for
    phrases of a house noun (which mean one of these or the publisher)."""
    links = (v for c in ctx.cands for v, _ in c.via if v.end <= sp.start)
    media = (c.source for c in ctx.cands if c.source is not None and c.source.end <= sp.start and held_medium(ctx, c.source, lx))
    return [x for x in chain(links, media) if not _house_phrase(ctx, x, lx)]


@lru_cache(maxsize=4)
def _first_outlet(text: str) -> int:
    """Where the first name of a known outlet starts in `text` (its length when there is none):
    one search per text, not one per phrase."""
    m = _all_outlet_names().search(text)
    return m.start() if m is not None else len(text)


def _interview_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """An interview named by its medium: "in an October CNN interview", "im ZDF-Interview", "im
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
                if not generic(ctx, sp, lx) and is_medium(ctx, sp, lx):
                    out.append(sp)
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
    """"In the interview, Lee said …", "…, Lee said during that interview.", "Speaking later on the
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
    lows = [t.text.lower() for t in toks]
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
        return [sp] if (sp := _interview_before(ctx, si, lx, int(d.get("window", 0)))) is not None else []
    return []


def _interview_before(ctx: Context, si: int, lx: Lang, window: int) -> Span | None:
    """The medium of the interview named last in the `window` sentences before sentence `si`: the
    last downstream link of the nearest sentence that names an interview noun outside quotations."""
    nouns = _according(lx.code)["interview_nouns"] | set(load(lx.code, "according").get("recalled_interview", {}).get("nouns", []))
    objects = set(load(lx.code, "according").get("interview_phrase", {}).get("objects", []))
    for j in range(si - 1, max(-1, si - 1 - window), -1):
        toks = ctx.doc.sentences[j].tokens
        if not any(t.text in nouns and not ctx.inside_any_quote(t.span.start) for t in toks):
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
    return _medium_from(ctx, toks, j + 1, lx, house=False)


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
    lows = [t.text.lower() for t in toks]
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
            if verbs and not _after_broadcast_verb(ctx, toks, k, verbs):
                continue  # (not "a report on CNN", "commented on CNN", "looked back on Fox News")
            a = k + len(words) - (1 if words[-1] in lx.determiners else 0)  # "in der ARD": the article opens the phrase
            e = np_forward(ctx, toks, a, lx, apposition=False)
            sp = Span(toks[a].span.start, toks[e - 1].span.end) if e > a else None
            own = re.search(r"\w(['’]s)\b", ctx.text[sp.start : sp.end]) if sp is not None else None
            if sp is not None and own is not None and verbs:
                show = sp.start + own.end()
                if re.match(r"\s+[“\"«‘']?[A-Z]", ctx.text[show : sp.end]):
                    sp, own = Span(sp.start, sp.start + own.start(1)), None  # "on NBC's Meet the Press": the outlet of the show
            if sp is None or generic(ctx, sp, lx) or (k >= after and _in_subclause(toks, toks[k].span.start)) or own is not None:
                continue  # (not "commented on CNN's decision": a thing of the medium, not where one spoke)
            h = a + 1 if a + 1 < e and toks[a].text.lower() in lx.determiners else a  # ("in der ARD-Sendung": past the article)
            head = toks[h].text.split("-")[0]
            if "-" in toks[h].text and len(head) > 1 and is_medium(ctx, Span(toks[h].span.start, toks[h].span.start + len(head)), lx):
                sp = Span(toks[h].span.start, toks[h].span.start + len(head))  # a programme by its outlet: "im ORF-Report", "im Ö1-Morgenjournal"
            if is_medium(ctx, sp, lx) and _named_medium(ctx, sp, lx):
                out.append(sp)
    return out


def _after_broadcast_verb(ctx: Context, toks: list[Token], k: int, verbs: frozenset[str]) -> bool:
    """The preposition at toks[k] follows a verb of speaking or appearing (`broadcast_verbs`), with
    only a time expression between ("said Sunday on CNN"), or it opens a fronted phrase after one of
    time ("On Sunday on NBC, …")."""
    j = k - 1
    while j >= 0 and ctx.in_timex(toks[j].span):
        j -= 1
    if j >= 0 and toks[j].text.lower() in verbs:
        return True
    if j == 0 and j < k - 1 and toks[0].text.lower() == toks[k].text.lower():
        return True
    # "Monday, on the BBC's «Harbour Hour», …": a fronted phrase after a time and a comma
    return k > 0 and toks[k - 1].text == "," and all(ctx.in_timex(t.span) or t.text == "," for t in toks[:k])


def _named_medium(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The phrase names a known outlet or has a media word ("im Sender X"), not only a name in
    quotation marks ("im „Black Lion Hospital“" is a place)."""
    words = re.findall(r"[\w-]+", ctx.text[sp.start : sp.end])
    return _all_outlet_names().search(ctx.text, sp.start, sp.end) is not None \
        or any(lx.type_heads.get(w) in ("media", "news_agency") for w in words)


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


def _held_links(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[Span]:
    """"maps seen by the Guardian show …", "heißt es in dem Schreiben, das der APA
    vorliegt": the medium that holds a document the sentence stands on, wherever the source phrase
    was cut (a German relative clause that ends in the verb of holding: `relative_relay`)."""
    out: list[Span] = []
    for k in range(after, len(toks)):
        if toks[k].text.lower() not in _HELD or toks[k].text.lower() in _HELD_EN or ctx.inside_any_quote(toks[k].span.start):
            continue
        c = next((m for m in range(k - 1, max(after, k - 12) - 1, -1) if toks[m].text == ","), None)
        if c is not None and c + 1 < k and toks[c + 1].text.lower() in REL_PRONOUNS:
            out += relative_relay(ctx, toks, c + 1, k + 1, lx)
    for k in range(after, len(toks) - 2):
        if toks[k].text.lower() in _HELD and toks[k + 1].text.lower() == "by" and not ctx.inside_any_quote(toks[k].span.start):
            e = np_forward(ctx, toks, k + 2, lx, apposition=False)
            sp = Span(toks[k + 2].span.start, toks[e - 1].span.end) if e > k + 2 else None
            sp = held_medium(ctx, sp, lx) if sp is not None else None
            if sp is not None:
                out.append(sp)
    return out


def _phrase_objects(ctx: Context, toks: list[Token], lx: Lang, after: int) -> list[tuple[tuple[str, ...], Span]]:
    """Each chain phrase of the language in toks[after:] with the noun phrase it governs."""
    lows = [t.text.lower() for t in toks]
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
    return out


def _modified_interviews(ctx: Context, toks: list[Token], lx: Lang, after: int, seen: set[Span]) -> list[tuple[tuple[str, ...], Span]]:
    """"in another interview with X", "in a separate phone interview with X", "in einem
    ausführlichen Gespräch mit X": an interview phrase with words of its own between the article
    and the noun (`interview_phrase` of according.json: its preposition, the noun's object
    preposition and the phrase it stands for), read as that phrase; its object's span."""
    d = load(lx.code, "according").get("interview_phrase")
    if not isinstance(d, dict):
        return []
    nouns = _according(lx.code)["interview_nouns"]
    key = tuple(str(d["as"]).lower().split())
    lows = [t.text.lower() for t in toks]
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
        if lx.code == "en" and any(w.text[:1].isupper() for w in toks[a:k]):
            continue
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
    if k < n and (toks[k].text.lower() in lx.determiners or (toks[k].text[:1].isupper() and toks[k].text[:1].isalpha())):
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
    cites = bool(words) and words[0] in _according(lx.code)["relay_participles"] and is_medium(ctx, kept, lx)
    return [(sp, up) for sp, up in vias(ctx, toks, lx) if not up or cites]


def links_at(ctx: Context, toks: list[Token], k: int, lx: Lang) -> tuple[int, list[tuple[Span, bool]]]:
    """A chain phrase that starts at toks[k] ("…, so X im Gespräch mit dem «Standard», …"): the
    index after its object and its link (none when its object is no link); (k, []) without one."""
    lows = [t.text.lower() for t in toks]
    for phrase in lx.via:
        pl = [p.lower() for p in phrase]
        if lows[k : k + len(pl)] == pl:
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
        if a < len(toks) - 1 and toks[a + 1].text.lower() in ("der", "dem"):
            e = np_forward(ctx, toks, a + 1, lx, apposition=False)
            if e >= len(toks) - 1 or toks[e].text in (".", "!", "?", ",", ";"):
                out += addressees(ctx, toks, a + 1, e, lx, src, out, content)
    return out


def leading_relay(ctx: Context, toks: list[Token], k: int, lx: Lang) -> tuple[int, tuple[Span, bool]] | None:
    """"…, the paper reported, citing two officials, that …" / "…, she said, according to the
    Daily Mail.": a chain phrase right after the cue is no part of what was said. Returns the index
    where the content goes on and the link."""
    n = len(toks)
    lows = [t.text.lower() for t in toks]
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


def _whole_outlet(ctx: Context, sp: Span) -> Span:
    """A phrase that ends inside the name of a known outlet, cut short by a word that also opens a
    time ("der Zeitung Welt | am Sonntag"): the phrase up to the end of the name."""
    for m in _all_outlet_names().finditer(ctx.text, sp.start, sp.end + 40):
        if m.start() >= sp.end:
            break
        if m.end() > sp.end and m.start() >= sp.start and not re.search(r"[.!?,;:]", ctx.text[sp.end : m.end()]):
            return Span(sp.start, m.end())
    return sp


def generic(ctx: Context, sp: Span, lx: Lang) -> bool:
    """"vor den Medien", "to reporters", "told US media", "türkischen Medien zufolge": the media at
    large, not a link one could follow (a known outlet in the phrase names one: "CNN reporters")."""
    words = [w for w in re.findall(r"[\w-]+", ctx.text[sp.start : sp.end]) if w.lower() not in lx.determiners]
    if not words or words[-1].lower() not in _according(lx.code)["generic_media"]:
        return False
    if lx.code == "de" and len(words) > 1 and _PROPER_ADJECTIVE.match(words[-2]) \
            and (words[-2] != words[0] or ctx.text[: sp.start].rstrip()[-1:] not in ("", ".", "!", "?", ":")):
        return False  # "im Bayerischen Fernsehen": a broadcaster's name (not "im russischen Fernsehen")
    return len(words) == 1 or (len(words) <= 3 and _all_outlet_names().search(ctx.text, sp.start, sp.end) is None)



def can_be_source(ctx: Context, sp: Span, lx: Lang) -> bool:
    """"two officials", "the Pentagon", "a report", "two managers at the plant": someone or
    something that can say a thing (not "the release of prisoners", "Taliban violence": a reason
    given). An English noun phrase the source types leave unnamed can say a thing when its head
    (the last word before a preposition) is a noun of persons ("managers", "residents":
    `_person_heads`)."""
    if classify_mention(ctx.text[sp.start : sp.end], lx)[1] != "unnamed":
        return True
    if lx.code != "en":
        return False
    words = re.findall(r"[\w'’-]+", ctx.text[sp.start : sp.end].lower())
    k = next((i for i, w in enumerate(words) if i and w in PREPOSITIONS_EN), len(words))
    return k > 0 and words[k - 1] in _person_heads(lx)


_PERSON_HEADS: dict[str, frozenset[str]] = {}


def _person_heads(lx: Lang) -> frozenset[str]:
    """Nouns of persons, lower-cased: `person_heads` (cues.json), `anonymous_heads`, `person_roles`
    (and their plurals) and `cited_person_heads`."""
    if lx.code not in _PERSON_HEADS:
        roles = {w.lower() for w in (*lx.person_roles, *lx.anonymous_heads)}
        _PERSON_HEADS[lx.code] = frozenset(lx.person_heads | roles | {w + "s" for w in roles}
                                           | {w.lower() for w in load(lx.code, "lexicon").get("cited_person_heads", [])})
    return _PERSON_HEADS[lx.code]


def is_medium(ctx: Context, sp: Span, lx: Lang) -> bool:
    t = classify_mention(ctx.text[sp.start : sp.end], lx)[1]
    return t in ("media", "news_agency")


@cache
def _all_outlet_names() -> re.Pattern[str]:
    names = {n for e in load("common", "outlets").get("entries", []) if e.get("type") in ("media", "news_agency")
             for n in [e["name"], *e.get("aliases", [])] if len(n) >= 2}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def outlet_at(ctx: Context, pos: int, one_word: bool = False) -> bool:
    """A known outlet's name (common/outlets.json: an acronym or a name of several words; with
    `one_word` also a name of one word, "Reuters", "Bild") starts at `pos`."""
    return (_all_outlet_names() if one_word else _outlet_names()).match(ctx.text, pos) is not None


@cache
def _outlet_names() -> re.Pattern[str]:
    # an acronym or a name of several words: a one-word name ("Sun", "Zeit") inside a phrase is too often something else
    names = {n for e in load("common", "outlets").get("entries", []) if e.get("type") in ("media", "news_agency")
             for n in [e["name"], *e.get("aliases", [])] if (len(n) >= 2 and n.isupper()) or " " in n}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def medium_in(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """The medium an addressee names: the phrase itself ("der Nachrichtenagentur AFP", "The
    Associated Press"), else a known outlet inside it ("VOA Pentagon correspondent Carla Babb",
    "Moderator der ARD-Sendung"); None for people and the media at large."""
    if generic(ctx, sp, lx):
        return None
    m = _outlet_names().search(ctx.text, sp.start, sp.end)
    if m is not None and re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 3]):
        return Span(m.start(), m.end())  # "CNN's «State of the Union»", "Fox News's Chris Wallace": the outlet, not its programme
    title = _press_title(ctx, sp, lx) if m is None else None
    if title is not None:
        return title  # ("a Harbor Ledger podcast": the outlet; "Tom Hale's podcast": the programme)
    if is_medium(ctx, sp, lx):
        return sp
    if m is None:
        return None
    return Span(m.start(), m.end())


def _press_title(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """A medium named before a noun of the press or of its people inside a phrase ("Reuters
    reporter Tom Hale", "a Harbor Ledger podcast", "the Upton Star's newsletter"): the words in
    capitals before the first such noun (`media_name_nouns`, `press_role_nouns`) when they are a
    known outlet or the noun makes a medium of them; a programme named after its host in the
    possessive ("Tom Hale's podcast": `person_programme_nouns`), the whole phrase; None
    otherwise. English."""
    if lx.code != "en":
        return None
    d = _according(lx.code)
    nouns = d["media_name_nouns"] | d["press_role_nouns"]
    words = list(_TITLE_WORD.finditer(ctx.text, sp.start, sp.end))
    k = 1 if words and words[0].group().lower() in lx.determiners else 0
    j = k
    while j < len(words) and words[j].group()[:1].isupper():
        j += 1
    if j == k or j >= len(words) or words[j].group().lower() not in nouns or j - k > 4:
        return None
    owner = words[j - 1].group().endswith(("'s", "’s")) or ctx.text[words[j - 1].end() : words[j - 1].end() + 1] in ("'", "’")
    if owner and words[j].group().lower() in d["person_programme_nouns"] and not (k and words[0].group().lower() != "the"):
        # "Tom Hale's podcast", "Ann Lee’s show": a programme named after its host, a medium of its own
        return Span(words[k].start(), words[j].end())
    title = Span(words[k].start(), words[j - 1].end() - (2 if words[j - 1].group().endswith(("'s", "’s")) else 0))
    if any(e.span.overlaps(title) and e.label in ("PER", "LOC") for e in ctx.doc.entities):
        return None
    known = _all_outlet_names().fullmatch(ctx.text, title.start, title.end)
    return title if known is not None or words[j].group().lower() in d["media_name_nouns"] else None


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


#: participles that attach a relay to a document ("a report seen by Reuters") and verbs that end a
#: German relative clause saying who holds it ("ein Bericht, der dem «Spiegel» vorliegt")
_HELD_EN = frozenset(load("en", "according").get("held_participles", []))
_HELD = frozenset(w for code in languages() for w in load(code, "according").get("held_participles", []))


def held_by(ctx: Context, toks: list[Token], src: Span, lx: Lang) -> tuple[Span, Span] | None:
    """"A draft report seen by the Guardian says …": the source phrase ends before the participle
    and the medium that holds the document is a downstream link; (source, medium) or None."""
    inner = [k for k, t in enumerate(toks) if src.start <= t.span.start and t.span.end <= src.end]
    for k in inner[1:-2]:
        if toks[k].text.lower() in _HELD and toks[k + 1].text.lower() == "by":
            e = np_forward(ctx, toks, k + 2, lx, apposition=False)
            relay = Span(toks[k + 2].span.start, toks[e - 1].span.end) if e > k + 2 else None
            relay = held_medium(ctx, relay, lx) if relay is not None else None
            if relay is not None:
                return Span(src.start, toks[k - 1].span.end), relay
    return None


def held_medium(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """The medium that holds a document ("seen by Reuters", "seen by the Brackley Sentinel"): a
    known one (`is_medium`) or a title the gazetteer does not know (`unlisted_outlet`)."""
    return sp if is_medium(ctx, sp, lx) else unlisted_outlet(ctx, sp, lx)


def relative_clause_end(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int | None:
    """After a source phrase ending at toks[e]: the index just past a clause that describes it
    (", der dem «Spiegel» vorliegt,", "seen by Reuters,"), or None."""
    n = len(toks)
    if e < n - 2 and toks[e].text == "," and toks[e + 1].text.lower() in REL_PRONOUNS:
        # (not the comma after a truncated compound: "auf Polizei-, Armee- und Regierungssprecher")
        close = next((k for k in range(e + 2, min(n, e + 16)) if toks[k].text == "," and not toks[k - 1].text.endswith("-")), None)
        return close + 1 if close is not None and close + 1 < n else None
    if e < n - 2 and (toks[e].text.lower() in _HELD or (lx.code == "en" and toks[e].text.endswith("ed") and toks[e].text[:1].islower())) \
            and toks[e + 1].text.lower() == "by":  # "seen by Reuters", "released by the White House"
        close = next((k for k in range(e + 2, min(n, e + 10)) if toks[k].text == ","), None)
        if close is None and lx.code == "en" and n - e <= 10 and toks[-1].text in (".", "!", "?") \
                and all(t.text not in (";", ":") for t in toks[e + 2 : n - 1]):
            return n - 1  # "…, according to a memo seen by the Ledger.": the clause closes the sentence
        return close + 1 if close is not None and close + 1 < n else None
    return None


def relative_relay(ctx: Context, toks: list[Token], a: int, b: int, lx: Lang) -> list[Span]:
    """The media in a clause toks[a:b] that says who holds the source ("seen by Reuters",
    "der dem «Spiegel» vorliegt", each of "die WDR und NDR vorliegen")."""
    words = {t.text.lower() for t in toks[a:b]}
    if not words & _HELD:
        return []
    for k in range(a, b):
        if toks[k].text.lower() in REL_PRONOUNS and k + 1 < b and toks[k + 1].text[:1].isupper():
            # "Unterlagen, die WDR und NDR vorliegen": the medium without an article
            e = np_forward(ctx, toks, k + 1, lx, apposition=False)
            sp = Span(toks[k + 1].span.start, toks[e - 1].span.end) if e > k + 1 else None
            if sp is not None and is_medium(ctx, sp, lx):
                return _conjuncts(ctx, toks, k + 1, e, lx) or [sp]
        if toks[k].text.lower() in ("by", "dem", "der", "den"):
            e = np_forward(ctx, toks, k + 1 if toks[k].text.lower() == "by" else k, lx, apposition=False)
            if e > k + 1:
                sp = Span(toks[k + 1 if toks[k].text.lower() == "by" else k].span.start, toks[e - 1].span.end)
                held = held_medium(ctx, sp, lx)
                if held is not None:
                    return [held]
    return []


def _conjuncts(ctx: Context, toks: list[Token], a: int, e: int, lx: Lang) -> list[Span]:
    """The media of a coordination toks[a:e] ("WDR und NDR"), each to the end of a
    known outlet's name; [] when it is no coordination of media."""
    cuts = [k for k in range(a + 1, e - 1) if toks[k].text.lower() in ("und", "and")]
    if len(cuts) != 1:
        return []
    parts = [_whole_outlet(ctx, Span(toks[a].span.start, toks[cuts[0] - 1].span.end)),
             _whole_outlet(ctx, Span(toks[cuts[0] + 1].span.start, toks[e - 1].span.end))]
    return parts if all(is_medium(ctx, p, lx) for p in parts) else []


def nested_medium_report(ctx: Context, si: int, sent: Sentence, outer: Cand, lx: Lang) -> Cand | None:
    """"Lee said he raised the issue after the Post reported the bridge had been closed." / "Berg
    sagte, sie habe reagiert, nachdem der «Nordkurier» berichtet hatte, die Brücke sei gesperrt.":
    speech told inside someone's reported speech, in a clause a subordinator opens (not at the
    head of what is said: `_relayed_report` reads that), is the claim of the one who spoke there
    (a medium, a person, an office; not a pronoun), and the speaker who tells of it a downstream
    link (`Cand.relayed_by`): the rule of benchmarks/attrdev/README.md, "Nested speech", for a
    clause of time or reason as for the clause of what was said. Returns that claim, or None."""
    from .contents import content_after
    from .cues import NOT_SPEECH, cue_at, negated

    if outer.source is None or len(outer.content) != 1 or not (outer.mode == "indirect" or (outer.mode == "according_to" and lx.code == "en")) \
            or not (nested_speech(lx) or not ctx.denews):
        return None
    body = outer.content[0]
    toks = sent.tokens
    inner = [k for k, t in enumerate(toks) if body.start <= t.span.start and t.span.end <= body.end]
    for k in inner[2:-3]:
        if toks[k].text.lower() not in SUBORDINATORS or ctx.inside_any_quote(toks[k].span.start):
            continue
        a = k + 1
        e = np_forward(ctx, toks, a, lx, apposition=False)
        if e <= a and a + 1 < len(toks) and toks[a].text.lower() in lx.name_quantifiers:
            e = np_forward(ctx, toks, a + 1, lx, apposition=False)  # "nachdem zwei Zeugen …": a count before the noun
            e = e if e > a + 1 else a
        for _ in range(2):  # "employees of a car dealer", "Mitarbeiter der Werft": the owner goes with the noun
            if a < e < inner[-1] and toks[e].text.lower() in ("of", "des", "der", "von") and (e2 := np_forward(
                    ctx, toks, e + (0 if toks[e].text.lower() in ("des", "der") else 1), lx, apposition=False)) > e + 1:
                e = e2
        if lx.code == "en" and a < e < inner[-1]:
            e = min(with_prepositions(ctx, toks, e, lx), inner[-1])  # "when officials in the capital announced …"
        if e <= a or e > inner[-1] - 1:
            continue
        medium = Span(toks[a].span.start, toks[e - 1].span.end)
        c = e
        if c < inner[-1] and toks[c].text in ("»", "“", "”", '"') and ctx.text[medium.start : medium.end].count(toks[c].text) == 0:
            medium, c = Span(medium.start, toks[c].span.end), c + 1  # "der «Spiegel»": with its closing mark
        while c < inner[-1] and toks[c].text.lower() in AUX:
            c += 1  # "nachdem die Zeitung berichtet hatte": German puts the verb last, English "had reported"
        cls = cue_at(ctx, toks, c, lx) if c < len(toks) else None
        if cls not in ("report", "speech", "writing") or cls in NOT_SPEECH or negated(toks, c, lx):
            continue
        # a medium's report told by anyone; anyone's words told in anyone's report ("The Gazette
        # says he was held after two clerks said he had stolen a van": the clerks, via the Gazette;
        # "Lee said she acted after the mayor reported …": the mayor, via Lee). Not a pronoun: "…
        # after she had said …" is the speaker's own account
        if not (is_medium(ctx, medium, lx) and _named_medium(ctx, medium, lx)) and (
                ctx.text[medium.start : medium.end].lower() in lx.subject_pronouns or ctx.in_timex(medium)
                or medium.overlaps(outer.source) or ctx.text[medium.start : medium.end] == ctx.text[outer.source.start : outer.source.end]):
            continue
        k2 = c + 1 + (1 if c + 1 < len(toks) and toks[c + 1].text.lower() in AUX else 0)
        k2 += 1 if k2 < len(toks) and toks[k2].text in (",",) else 0
        content = content_after(ctx, toks, k2, sent) if k2 < len(toks) else None
        if content is None or not body.contains(Span(content.start, min(content.end, body.end))):
            continue
        content = _subordinate_end(ctx, toks, Span(content.start, min(content.end, body.end)), lx)
        nested = Cand("indirect", [content], toks[c].span, medium, f"attr.indirect.{lx.code}.nested_report", si)
        nested.relayed_by = outer
        return nested
    return None


def _subordinate_end(ctx: Context, toks: list[Token], content: Span, lx: Lang) -> Span:
    """English: what nested speech in a clause of cause or time reports ends at the comma that
    closes that clause before the main clause's subject pronoun ("…, because the judge ruled that
    the files were 'complete,' it is also a sign that …": the judge's claim ends with 'complete').
    The content unchanged when no such comma stands in it."""
    if lx.code != "en":
        return content
    inside = [k for k, t in enumerate(toks) if content.start <= t.span.start and t.span.end <= content.end]
    for k in inside[2:-2]:
        if toks[k].text != ",":
            continue
        nxt = k + 2 if toks[k + 1].text in QUOTE_CHARS else k + 1
        quoted = ctx.inside_any_quote(toks[k].span.start)
        if quoted != (nxt == k + 2) or nxt >= len(toks) or toks[nxt].text.lower() not in {p.lower() for p in lx.subject_pronouns}:
            continue  # (a comma inside a quotation only right before its closing mark)
        end = toks[k + 1].span.end if quoted else toks[k].span.start
        return strip_span(ctx.text, Span(content.start, end))
    return content
