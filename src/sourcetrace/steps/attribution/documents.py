"""Documents and reports as links of a chain: who issued a document ("the statement said" after who sent
it), a document named again by its kind, a document held by a medium ("a report seen by the agency") and
the relative clause that says so, a medium's report nested in what someone said.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...document import Sentence, Span, Token
from ...resources import languages, load
from ..candidates import Cand
from ..lexicon import (
    AUX,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
)
from ..sources import classify_mention
from .context import QUOTE_CHARS, Context, strip_span
from .media import _according, _named_medium, _whole_outlet, held_medium, is_medium, with_prepositions
from .phrases import np_forward


def document_issuers(ctx: Context, cands: list[Cand], lang_of: Callable[[Cand], Lang]) -> None:
    """"…, the port authority said in a statement. \"…,\" the statement said.": a document named only
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
            # (German: any kind of issued document names it, "teilte in einer Aussendung mit … hieß es in der
            # Mitteilung": one release, `issued_documents`)
            kinds = [words[1], *(sorted(_according(lx.code)["issued_documents"]) if lx.code == "de" else [])]
            kind = next((k for k in kinds if re.search(rf"\b{re.escape(k)}\b", ctx.text[s0.start : s0.end])), None)
            if kind is not None and d.source.end <= s0.end \
                    and classify_mention(ctx.text[d.source.start : d.source.end], lx)[1] != "document":
                # the document is the issuer's own word, no link ("said in a statement", like the seed's
                # "in seiner Videobotschaft"): its mention names the issuer
                giver = _giver_in(ctx, d, kind, lx)
                if "+issuer.reported" in d.rule:
                    # ("The email went on to say, '…'" after "The email said, '…'": the same document, the same outlet)
                    c.via, c.refers_to = [*c.via, *d.via], d.refers_to
                    c.rule += "+issuer.reported"
                    issuer = (c.refers_to or c.source, c.sent)
                    break
                if classify_mention(ctx.text[d.source.start : d.source.end], lx)[1] in ("media", "news_agency") \
                        and any(re.search(rf"\b{re.escape(words[1])}\b", ctx.text[x.start : x.end]) for x in d.content):
                    # "According to the Ledger, an email went from the chair to the members. '…,' the email said.":
                    # the document the outlet reported speaks (its giver, when named before a verb of
                    # issuing), through the outlet — no issuer the outlet is (like "papers seen by the BBC")
                    c.via = [*c.via, (d.source, False)]
                    if giver is not None:
                        c.refers_to = giver
                    c.rule += "+issuer.reported"
                    issuer = (c.refers_to or c.source, c.sent)
                    break
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
    from .cues import NOT_SPEECH, cue_at, negated

    if outer.source is None or len(outer.content) != 1 or not (outer.mode == "indirect" or (outer.mode == "according_to" and lx.code == "en")) \
            or not (nested_speech(lx) or not ctx.denews):
        return None
    body = outer.content[0]
    toks = sent.tokens
    inner = [k for k, t in enumerate(toks) if body.start <= t.span.start and t.span.end <= body.end]
    for k in inner[2:-3]:
        rel = _relative_speaker(ctx, toks, k, inner[0], lx)
        if rel is not None and not ctx.inside_any_quote(toks[k].span.start):
            # "… paid a settlement to a clerk who said the manager had abused her": the clerk's claim, via the
            # one who reports it (rule +relative)
            a, e = rel
            medium, c = Span(toks[a].span.start, toks[e - 1].span.end), k + 1
            while c < inner[-1] and toks[c].text.lower() in AUX:
                c += 1
            cls = cue_at(ctx, toks, c, lx) if c < len(toks) else None
            if cls not in ("report", "speech", "writing") or cls in NOT_SPEECH or negated(toks, c, lx) or medium.overlaps(outer.source) \
                    or not _past_form(toks[c].text, lx):
                continue  # (not "a manager who says what he thinks": no one's speech act told)
            if any(x.cue is not None and x.cue.overlaps(toks[c].span) for x in ctx.cands):
                continue  # (told already: "… answered a woman who suggested that …" is the woman's own claim)
            # past the one told, to the clause: "a nurse who told reporters that the ward was full"
            k2 = next((m for m in range(c + 1, min(c + 6, len(toks))) if toks[m].text.lower() in lx.complementizers
                       and not any(t.text in (",", ";", ":") for t in toks[c + 1 : m])), c + 1)
            if k2 < len(toks) and toks[k2].text.lower() in load(lx.code, "cues").get("told_question_words", []):
                continue  # ("who told them what to do": a question or a topic, no claim)
            nested = _told_inside(ctx, toks, k2, sent, body, lx, (toks[c].span, medium, si, outer), "+relative")
            if nested is not None:
                return nested
            continue
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
        nested = _told_inside(ctx, toks, k2, sent, body, lx, (toks[c].span, medium, si, outer), "")
        if nested is not None:
            return nested
    return None


def _told_inside(ctx: Context, toks: list[Token], k2: int, sent: Sentence, body: Span, lx: Lang,
                 told: tuple[Span, Span, int, Cand], suffix: str) -> Cand | None:
    """The claim `nested_medium_report` reads from token k2 on: what follows, cut to the outer claim's
    content `body` and to its subordinate clause, with the cue span, the medium, the sentence index and the
    outer claim of `told` (rule `attr.indirect.<lang>.nested_report` + suffix); None where no content lies
    inside `body`."""
    from .contents import content_after

    cue, medium, si, outer = told
    content = content_after(ctx, toks, k2, sent) if k2 < len(toks) else None
    if content is None or not body.contains(Span(content.start, min(content.end, body.end))):
        return None
    content = _subordinate_end(ctx, toks, Span(content.start, min(content.end, body.end)), lx)
    nested = Cand("indirect", [content], cue, medium, f"attr.indirect.{lx.code}.nested_report{suffix}", si)
    nested.relayed_by = outer
    return nested


def _past_form(word: str, lx: Lang) -> bool:
    """A form of a speech verb other than its lemma and its third person ("said", "told", "reported")."""
    low = word.lower()
    lemmas = {f.lemma for f in lx.forms.get(low, []) if f.lemma}
    return bool(lemmas) and all(low != m and low not in (m + "s", m + "es") for m in lemmas)


def _relative_speaker(ctx: Context, toks: list[Token], k: int, first: int, lx: Lang) -> tuple[int, int] | None:
    """English: "who" at toks[k] opens a restrictive relative clause (no comma before it) on a noun phrase of
    a person that an indefinite or definite article opens ("a clerk who said", "the nurse who told"); that
    phrase's (start, end) indices, not before toks[first], or None."""
    if lx.code != "en" or toks[k].text.lower() != "who" or k < first + 2 or ctx.pos_at(toks[k - 1].span) not in ("NOUN", "PROPN"):
        return None
    a = k - 1
    while a > first and ctx.pos_at(toks[a - 1].span) in ("NOUN", "ADJ", "PROPN", "NUM") and toks[a - 1].text not in (",", ";"):
        a -= 1
    if a <= first or toks[a - 1].text.lower() not in lx.determiners:
        return None
    return a - 1, k


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
