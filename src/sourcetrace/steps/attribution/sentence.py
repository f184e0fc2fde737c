"""The sentence rules in their order: according-to phrases first, then reporting verbs, then anaphoric and subjectless reports."""

from __future__ import annotations

import functools
import re

from ...document import Sentence, Span, Token
from ...resources import load
from ...textutil import lowered
from ..candidates import Cand
from ..lexicon import (
    AUX,
    CONJ_START,
    PREPOSITIONS_DE,
    PREPOSITIONS_EN,
    REL_PRONOUNS,
    SUBORDINATORS,
    Lang,
    is_adjective_like,
    phrases_by_first,
    skip_conjunction,
    skip_conjunctions,
)
from ..sources import ORGANISATIONS, analyse_mention, full_name
from ..sources.anaphora import pronoun_gender
from ..sources.gender import gender_of
from ..sources.mentions import person_word
from ..syntax import entities_overlapping
from .antecedents import clause_subject, opening_subject_before, pronoun_antecedent, subject_of_sentence_before
from .chains import in_dependent_clause, links_at, recalled_report_words, relay_back, relay_verb, vias
from .contents import around_phrase, clause_content, content_after, content_around, own_clause
from .context import QUOTE_CHARS, Context, strip_span
from .cues import NOT_SPEECH, attributive, cue_at, negated
from .documents import nested_medium_report, nested_speech, relative_clause_end, relative_relay
from .english import as_put_it
from .english_speakers import passive_agent
from .german import (
    anaphoric_result,
    cited_passive,
    learned_from,
    passive_report,
    passive_speech,
    points_to,
    relies_on,
    so_closing,
)
from .governed import governed_end, governed_extend, governed_start
from .media import can_be_source, is_medium, unlisted_outlet
from .nouns import colon_frame, noun_cue
from .phrases import name_apposition, np_backward, np_forward, skip_adverbials
from .quoted import colon_konjunktiv, colon_unquoted, text_named_before
from .speakers import is_event, names_an_event, subject_before
from .style import opens_with_preposition, topic_object
from .verbs import _after_lead, try_cue


def sentence(ctx: Context, si: int, sent: Sentence, lx: Lang) -> None:
    """Run the sentence rules in order; according-to phrases exclude the later rules, unless
    they relay a speech act of someone else (`relayed_speech`). German: a closing tag after a
    speech act with its own complement clause makes both (`_nested_tag`)."""
    n0 = len(ctx.cands)
    _sentence_rules(ctx, si, sent, lx)
    if lx.code == "de":
        _colon_after_tag(ctx, n0)
        _medium_relay_clause(ctx, sent, n0, lx)
    if lx.code == "de" and not ctx.denews:
        _nested_tag(ctx, si, sent, lx, n0)


def _medium_relay_clause(ctx: Context, sent: Sentence, n0: int, lx: Lang) -> None:
    """"Die Halle sei zu teuer, sagte der Bürgermeister, wie die «Rundschau» berichtet." (German): a
    clause ", wie MEDIUM berichtet/meldet/schreibt" after the speaker of another speech act's tag names the
    medium that relays it, a downstream link (rule +wie_medium); a speaker's phrase that ran on into it
    ends before its comma."""
    new = [c for c in ctx.cands[n0:] if c.source is not None and c.cue is not None and c.mode != "according_to"]
    if len(new) != 1:
        return
    c = new[0]
    assert c.source is not None and c.cue is not None
    toks = sent.tokens
    lows = lowered(toks)
    n = len(toks)
    for w in range(1, n - 2):
        if lows[w] not in lx.wie or toks[w - 1].text != "," or toks[w].span.start < max(c.cue.end, c.source.start) \
                or any(x.start <= toks[w].span.start < x.end for x in c.content) or ctx.inside_quote(toks[w].span.start):
            continue
        e = np_forward(ctx, toks, w + 1, lx)
        if not w + 1 < e < n - 1 or cue_at(ctx, toks, e, lx) != "report" or toks[e].text[:1].isupper():
            continue
        if not (e + 1 >= n or toks[e + 1].text in (",", ".", ";")):
            continue
        medium = Span(toks[w + 1].span.start, toks[e - 1].span.end)
        if toks[w + 1].text.lower() in lx.determiners:
            medium = Span(toks[w + 2].span.start, medium.end) if w + 2 < e else medium
        if not is_medium(ctx, medium, lx) or any(v[0].overlaps(medium) for v in c.via):
            continue
        if c.source.end > toks[w - 1].span.start:
            c.source = strip_span(ctx.text, Span(c.source.start, toks[w - 1].span.start))  # ("der Bürgermeister, wie die Zeitung …")
        c.via = [*c.via, (medium, False)]
        c.rule += "+wie_medium"
        return


def _colon_after_tag(ctx: Context, n0: int) -> None:
    """"Die Lage ist ernst, warnte X: Wir brauchen …": what the colon opens after a closing tag is
    the tag's speaker's (the claim before the tag is theirs: attr.*.postposed+colon_after), not the
    subject of the first clause, which the rules after it read as the verb's fronted subject
    (+tag_speaker)."""
    new = ctx.cands[n0:]
    for tag in new:
        if "postposed+colon_after" not in tag.rule or tag.cue is None or tag.source is None:
            continue
        for c in new:
            if c is not tag and c.cue == tag.cue and c.source is not None and not c.source.overlaps(tag.source) \
                    and c.source.end <= tag.cue.start and all(x.start >= tag.cue.end for x in c.content):
                c.source, c.refers_to, c.rule = tag.source, tag.refers_to, c.rule + "+tag_speaker"


def _sentence_rules(ctx: Context, si: int, sent: Sentence, lx: Lang) -> None:
    n0 = len(ctx.cands)
    if lx.code == "de" and points_to(ctx, si, sent, lx):
        return  # "X verwies auf eine Studie, derzufolge …": before the according-to phrase the relative clause opens
    found = according_prefix(ctx, si, sent, lx)
    if found and lx.code == "de" and _after_so_source(ctx, sent, ctx.cands[n0:], lx):
        del ctx.cands[n0:]  # "…, so der Präsident laut BBC, …": the medium relays what the one after "so" said
        found = False
    if lx.code == "de" and not found:
        found = so_closing(ctx, si, sent, lx)
    if not found and lx.nach_heads:
        found = nach_noun(ctx, si, sent, lx)
    if not found and lx.goes_by_verbs:
        found = goes_by(ctx, si, sent, lx)
    if not found and lx.perspective_prepositions:
        found = perspective(ctx, si, sent, lx)
    found = according_postfix(ctx, si, sent, lx) or found
    if found:
        if lx.code == "de" and speech_around_according(ctx, si, sent, lx, n0):
            return
        relayed_speech(ctx, si, sent, lx, n0)
        return
    for rule in (as_put_it, colon_frame, cited_passive, learned_from, relay_only, reporting_verb, relies_on, anaphoric_result, demnach, wie_es_hiess, subjectless, passive_tag, passive_report, possessive_nach, noun_cue, passive_speech,
                 colon_konjunktiv, colon_unquoted, passive_agent):
        if rule(ctx, si, sent, lx):
            return


def speech_around_according(ctx: Context, si: int, sent: Sentence, lx: Lang, n0: int) -> bool:
    """"Der Minister sagte, laut Polizei seien drei Menschen verletzt worden", "Wie X mitteilte,
    ist der Plan nach Auffassung der Kanzlerin richtig": an according-to phrase inside what a
    speaker with a cue of their own said (German). The speaker is the source, the one the phrase
    names an upstream link, and the claim is the reported clause (without the phrase when it opens
    it), not the speaker's own words around it. False (nothing changed) otherwise."""
    acc = ctx.cands[n0:]
    if len(acc) != 1 or acc[0].mode != "according_to" or acc[0].cue is None or acc[0].source is None:
        return False
    a = acc[0]
    asrc, acue = a.source, a.cue
    assert asrc is not None and acue is not None
    toks = sent.tokens
    k0 = next((k for k, t in enumerate(toks) if t.span.start == acue.start), None)
    if k0 is None or k0 < 2:
        return False
    if not any(cue_at(ctx, toks, k, lx) not in (None, *NOT_SPEECH) and not ctx.inside_quote(toks[k].span.start)
               and any(x.contains(toks[k].span) for x in a.content) for k in range(k0)):
        return False
    del ctx.cands[n0:]
    reporting_verb(ctx, si, sent, lx)
    new = ctx.cands[n0:]
    ok = len(new) == 1 and new[0].source is not None and not new[0].source.overlaps(asrc) and new[0].cue is not None \
        and new[0].cue.start < acue.start and any(x.contains(acue) and x.contains(asrc) for x in new[0].content)
    if not ok:
        del ctx.cands[n0:]
        ctx.cands.extend(acc)
        return False
    c = new[0]
    x = c.content[0]
    if len(c.content) == 1 and x.start == acue.start:
        e = next((k for k, t in enumerate(toks) if t.span.start >= asrc.end), len(toks))
        if e < len(toks) and toks[e].span.start < x.end:
            c.content = [strip_span(ctx.text, Span(toks[e].span.start, x.end))]  # "laut Polizei seien …": the phrase is the link
    # "Auffassung der Kanzlerin": the one whose view or word it is is the link
    s0 = next((k for k, t in enumerate(toks) if t.span.start >= asrc.start), len(toks))
    nouns = {p[1] for p in lx.according_prefix if len(p) > 1} | set(lx.nach_heads)
    if s0 + 2 < len(toks) and toks[s0].text.lower() in nouns and (toks[s0 + 1].text.lower() in lx.genitive_articles
                                                                or toks[s0 + 1].text.lower() in lx.owner_prepositions) \
            and toks[s0 + 2].span.start < asrc.end:
        asrc = Span(toks[s0 + 2].span.start, asrc.end)
    if toks[s0].text.lower() not in lx.own_adjectives:
        c.via = [*c.via, (asrc, True), *a.via]  # (not "nach eigenen Angaben": the speaker's own word, no link)
    c.rule += "+according_inside"
    return True


def _after_so_source(ctx: Context, sent: Sentence, new: list[Cand], lx: Lang) -> bool:
    """The one according-to phrase found stands right after ", so X" ("Das Problem sei, so der
    Präsident laut BBC, …"): X is the speaker, the phrase's medium relays."""
    if len(new) != 1 or new[0].cue is None:
        return False
    toks = sent.tokens
    k = next((k for k, t in enumerate(toks) if t.span.start == new[0].cue.start), None)
    if k is None:
        return False
    for s in range(1, k - 1):
        if toks[s].text.lower() in lx.so_cue and toks[s - 1].text == "," and np_forward(ctx, toks, s + 1, lx) == k:
            return True
    return False


def relayed_speech(ctx: Context, si: int, sent: Sentence, lx: Lang, n0: int) -> None:
    """"Laut BBC sagte der Minister, dass …", "According to Reuters, the minister said …", "Der
    Minister sagte laut Reuters, …": the according-to phrase relays a speech act that has its own
    speaker and cue; that speaker is the source and the one named by the phrase a downstream link.
    The phrase must stand outside what the speaker said ("Der Minister sagte, laut Reuters sei …"
    stays a claim on Reuters' word), and inside the sentence it must name a medium."""
    acc = ctx.cands[n0:]
    if len(acc) != 1 or acc[0].mode != "according_to":
        return
    a = acc[0]
    asrc, acue = a.source, a.cue
    toks = sent.tokens
    if asrc is None or acue is None or a.rule.endswith(("nach_noun", "possessive_nach")):
        return
    first = skip_conjunction(toks, min_len=2)
    if toks[first].span.start != acue.start and not is_medium(ctx, asrc, lx) and not _names_document(ctx, asrc, lx):
        return  # inside the sentence only a medium or a text relays ("nach Aussage des Angestellten hatte X …" is the employee's word)
    del ctx.cands[n0:]
    reporting_verb(ctx, si, sent, lx)
    new = ctx.cands[n0:]
    if new and all(c.cue is not None and c.source is not None and any(x.contains(c.cue) for x in a.content) and not c.source.overlaps(asrc)
                   and not any(cc.overlaps(asrc) or cc.overlaps(acue) for cc in c.content) for c in new):
        for c in new:
            # ("laut dem Bericht" whose medium, named before, the tag has taken: `with_recalled_report`)
            recalled = any(v[0].end <= sent.span.start for v in c.via) and recalled_report_words(ctx.text[asrc.start : asrc.end], lx)
            c.via = [*a.via, *c.via] + ([] if recalled else [(asrc, False)])
        if lx.code == "en" and all(_in_adverbial_clause(toks, c, lx) for c in new):
            # "According to the Ledger, the ward closed after officials announced that …": the
            # clause around the speech act is the Ledger's own claim, the speech act nested in it
            # (benchmarks/attrdev/README.md, "Nested speech")
            for c in new:
                c.rule += "+nested"
            ctx.cands[n0:n0] = acc
        return
    del ctx.cands[n0:]
    ctx.cands.extend(acc)


def _in_adverbial_clause(toks: list[Token], c: Cand, lx: Lang) -> bool:
    """The speaker of `c` opens a clause of time or reason after the main clause's first words
    ("the ward closed after officials announced …", "…, when authorities said …"): a subordinator
    that no clause of what is said opens (`complementizers`: "that") right before it."""
    if c.source is None:
        return False
    k = next((k for k, t in enumerate(toks) if t.span.start == c.source.start), None)
    return k is not None and k >= 3 and toks[k - 1].text.lower() in SUBORDINATORS - lx.complementizers - lx.wie \
        and toks[k - 1].text.lower() != "if"


def relay_only(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"The newspaper cited two senior officials.": a sentence that only says whom a source relied
    on claims nothing; the one relied on is an upstream link of what the source was given before
    (`chains.relay_back`)."""
    toks = sent.tokens
    n = len(toks)
    for i in range(1, n - 2):
        if not relay_verb(toks[i].text, lx):
            continue
        e = np_forward(ctx, toks, i + 1, lx, apposition=False)
        subj = subject_before(ctx, toks, i, lx)
        if subj is None or e != n - 1 or toks[e].text != ".":
            return False
        upstream = Span(toks[i + 1].span.start, toks[e - 1].span.end)
        if can_be_source(ctx, upstream, lx):  # (not "She cited the budget.": a reason, and no claim either)
            relay_back(ctx, si, Span(toks[subj[0]].span.start, toks[subj[1] - 1].span.end), upstream, lx)
        return True
    return False


def according_prefix(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"laut X", "according to X", "unter Berufung auf X" before the claim."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    found_cue = False
    by_first = phrases_by_first(lx.according_prefix)
    taken = 0  # the end of a phrase read with the one before ("laut X unter Berufung auf Y": Y is X's link)
    for i in range(n):
        for phrase, low_phrase in by_first.get(lows[i], ()) if i >= taken else ():
            L = len(phrase)
            if lows[i : i + L] != low_phrase:
                continue
            if phrase[0].lower() == "nach" and L == 1:
                continue
            if lows[i] == "per" and L == 1 and i + 1 < n and not (
                    lows[i + 1] in lx.determiners or lows[i + 1] in lx.possessive_determiners or toks[i + 1].text[:1].isupper()):
                continue  # "$40 per year", "per student": a rate, not someone's word ("per the plan", "per NASA")
            # "unter Berufung auf" next to a reporting verb is a chain, not a claim of its own
            if phrase[0].lower() in lx.relay_openers and any(cue_at(ctx, toks, k, lx) for k in range(n)):
                break
            # "he told them …, according to a statement": after a cue, the phrase names a relay
            if phrase[0].lower() in lx.relayed_after_cue and any(
                cue_at(ctx, toks, k, lx) and not ctx.inside_quote(toks[k].span.start) and not in_dependent_clause(toks, k, lx) for k in range(i)
            ):
                break
            e = np_forward(ctx, toks, i + L, lx, apposition=False)
            rule = "prefix"
            if lx.code == "de":
                e, persons = _without_agent(ctx, toks, i + L, e, lx)
                rule += "+persons_after_von" if persons else ""
                # the phrase the preposition governs, not the clause's subject or object after it ("laut
                # einer Studie der Verband …"): its subtree in the parse, the case of its articles
                prep = i + L - 1 if L > 1 and lows[i + L - 1] in PREPOSITIONS_DE else i
                if (cut := governed_end(ctx, toks, prep, i + L, e, lx)) is not None:
                    e, rule = cut[0], f"prefix+governed_{cut[1]}"
                elif e > i + L and (more := governed_extend(ctx, toks, prep, i + L, e, lx)) is not None:
                    e, rule = more, "prefix+governed_genitive"  # "laut Angaben ihrer Familien"
            if lx.code == "en" and i + L < e < n and ctx.in_timex(toks[e - 1].span) and toks[e].text.isalpha() \
                    and toks[e].text.islower() and ctx.pos_at(toks[e].span) == "NOUN":
                # rule +dated_head (session 39): "according to a 2016 study by …", "a January 2016 survey": a date
                # before the head noun is part of the phrase, which goes on to its noun
                e, rule = np_forward(ctx, toks, e, lx, apposition=False), rule + "+dated_head"
            if e <= i + L and i + L < n and lows[i + L] in lx.noun_homographs:
                e = i + L + 1  # "According to reports, …": a noun that is also a cue form
            if e <= i + L:
                continue
            author: Span | None = None
            if e + 1 < n and (lows[e] in lx.source_postmodifiers or (lows[e] in lx.document_in and lows[e - 1] in lx.document_heads)) \
                    and not ctx.in_timex(toks[e + 1].span):
                e2 = np_forward(ctx, toks, e + 1, lx, apposition=False)
                # "a report in the Post citing two officials": the one cited is no part of the phrase
                e2 = next((k for k in range(e + 2, e2) if (lows[k],) in lx.via_upstream), e2)
                medium = Span(toks[e + 1].span.start, toks[e2 - 1].span.end) if e2 > e + 1 else None
                if medium is not None and (is_medium(ctx, medium, lx) or unlisted_outlet(ctx, medium, lx) == medium):
                    author = medium  # "according to a report in the Harbor Ledger": the outlet is the source
                if lows[e] in lx.source_postmodifiers or author is not None:
                    e = e2 if e2 > e + 1 else e  # "according to a report by the BBC": the report's author is part of the phrase
            if tuple(low_phrase) in lx.via_needs_source and not can_be_source(ctx, Span(toks[i + L].span.start, toks[e - 1].span.end), lx):
                continue  # "…, citing rebel violence": a reason given, not someone's word
            if ctx.denews and tuple(low_phrase) in lx.seed_only_prefix:
                continue  # "aus Sicht der Kommission": a view, which the seed's style counts and de-news-quotes does not annotate
            e = name_apposition(toks, i + L + (1 if lows[i] in lx.preposition_cues and L > 1 else 0), e, lx) or e
            src = author or Span(toks[i + L].span.start, toks[e - 1].span.end)
            words = Span(toks[i + L].span.start, toks[e - 1].span.end)
            cue = Span(toks[i].span.start, toks[i + L - 1].span.end)
            if L > 1 and lows[i] in lx.preposition_cues and toks[i + 1].text[:1].isupper():
                # "nach Angaben der Polizei": the preposition is the cue, "Angaben der Polizei" the source
                cue = Span(toks[i].span.start, toks[i].span.end)
                src = Span(toks[i + 1].span.start, toks[e - 1].span.end)
                if lx.code == "de" and not ctx.denews and e == i + L + 1 and (owner := _genitive_name(ctx, toks[e - 1])) is not None:
                    # "nach Ansicht Bergers": the person the text names "Anna Berger" (de-news-quotes marks the
                    # whole words of the phrase as its source, so there the phrase stays)
                    src, rule = owner, rule + "+genitive_name"
            if lx.code == "en" and e + 1 < n and lows[e] in lx.time_prepositions and ctx.in_timex(toks[e + 1].span):
                e += 1  # "according to a report in May, …": the report's time belongs to the phrase, not to what was said
                while e < n and ctx.in_timex(toks[e].span):
                    e += 1
            end = relative_clause_end(ctx, toks, e, lx)
            if end is None and e < n - 1:
                e2, upstream = links_at(ctx, toks, e + 1 if toks[e].text == "," else e, lx)
                if upstream and all(up for _, up in upstream) and (toks[e].text != "," or (e2 < n and toks[e2].text == ",")
                                                                   or (lx.code == "en" and e2 == n - 1 and toks[e2].text in (".", "!", "?"))):
                    e = taken = e2  # "laut einem Bericht der X unter Berufung auf Regierungskreise": the one X cites is a link, no claim's source
            if end is None and lx.code == "en":
                end = _closing_relative(ctx, toks, e, lx)  # "…, according to Ann Lee, who inspected it in June."
            if low_phrase[0] == "wie":
                # "Wie aus dem Bericht hervorgeht, …": the wie-clause runs to its verb and the comma
                end = next((k for k in range(e, min(n, e + 5)) if toks[k].text == ","), n - 1 if toks[-1].text == "." and n - 1 - e <= 3 else end)
            own = lx.code == "de" and author is None and e == i + L + 2 and lows[i + L] in lx.own_adjectives
            if according(ctx, si, sent, i, e, cue, src, lx, rule, end, phrase=words):
                found_cue = True
                if own:
                    # "laut eigenen Angaben": whose word it is, as "nach eigenen Angaben" (`_own_owner`;
                    # rule attr.according.de.prefix+own)
                    refers, how = _own_owner(ctx, si, toks, i, i + L + 1, e, lx)
                    ctx.cands[-1].refers_to = refers
                    ctx.cands[-1].rule += "+own" + how
                    if refers is None:
                        ctx.cands[-1].source, ctx.cands[-1].rule = None, ctx.cands[-1].rule + "+own_no_owner"
                break
    return found_cue




def _genitive_name(ctx: Context, tok: Token) -> Span | None:
    """A name in the genitive without article after a noun of speech ("nach Ansicht Bergers",
    "nach Worten Müllers"): the name without its genitive -s, when the text names that person in
    full elsewhere ("Anna Berger"); else None."""
    w = tok.text
    if len(w) < 4 or not w.endswith("s") or not w[:1].isupper() or w.endswith(("ss", "'s", "’s")) or full_name(ctx.doc, w[:-1]) is None:
        return None
    return Span(tok.span.start, tok.span.end - 1)


def _without_agent(ctx: Context, toks: list[Token], s: int, e: int, lx: Lang) -> tuple[int, bool]:
    """The end of a German according-to source toks[s:e] without a "von" phrase after a document
    noun (`document_heads`; "von", "vom": `owner_prepositions`) that names no one who can speak ("laut einer Studie von Dürre bedroht":
    the passive's agent, no author; "laut einer Studie von Greenpeace" keeps its author, and so does
    "laut Angaben von Fachleuten": a noun of persons first, also in the dative plural; True then, the
    rule's suffix `+persons_after_von`, session 32)."""
    for k in range(s + 1, e - 1):
        if toks[k].text.lower() not in lx.owner_prepositions or toks[k - 1].text not in lx.document_heads:
            continue
        x = Span(toks[k + 1].span.start, toks[e - 1].span.end)
        noun = next((t.text for t in toks[k + 1 : e] if t.text[:1].isupper()), "")
        if person_word(noun, lx) and not can_be_source(ctx, x, lx):
            return e, True  # "laut Angaben von Fachleuten": the experts said it (rule suffix +persons_after_von)
        if not can_be_source(ctx, x, lx) and not any(ent.label in ("PER", "ORG") for ent in entities_overlapping(ctx.doc, x)):
            return k, False
        break
    return e, False


def _closing_relative(ctx: Context, toks: list[Token], e: int, lx: Lang) -> int | None:
    """A relative clause or a participle on an English according-to source that closes the
    sentence ("…, according to Ann Lee, who inspected it in June.", "according to two workers who
    asked not to be named.", "according to a union representing bus drivers."): the index of the
    sentence's final mark, so that what was said ends before the phrase; None when a comma, a
    semicolon or a dash follows inside it (the sentence goes on)."""
    n = len(toks)
    r = e + 1 if e < n and toks[e].text == "," else e
    if r >= n - 2 or toks[-1].text not in (".", "!", "?"):
        return None
    w = toks[r].text
    if w.lower() not in lx.according_relatives:
        # a participle or a prepositional phrase without a finite verb ("representing bus drivers in the valley")
        participle = w.islower() and w.endswith(("ing", "ed")) and ctx.pos_at(toks[r].span) == "VERB"
        if not (participle or w.lower() in PREPOSITIONS_EN) or any(
                t.text.lower() in AUX or (ctx.pos_at(t.span) in ("VERB", "AUX") and not t.text.endswith(("ing", "ed")))
                for t in toks[r + 1 : n - 1]):
            return None
    if any(t.text in (",", ";", ":", "—", "–", "-") or t.text in QUOTE_CHARS for t in toks[r + 1 : n - 1]):
        return None
    return n - 1


@functools.cache
def _owned_nach_heads(code: str) -> frozenset[str]:
    return frozenset(load(code, "according").get("owned_nach_heads", []))


def nach_noun(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"nach (eigenen|ersten) Polizeiangaben (des X)": nach + a noun for what a source said."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    found_cue = False
    for i in range(n - 1):
        if lows[i] != "nach":
            continue
        j = i + 1
        while j < n and j <= i + 4 and (lows[j] in lx.determiners or is_adjective_like(toks[j].text)):
            j += 1
        if j >= n or not toks[j].text[:1].isupper() or not lows[j].endswith(lx.nach_heads):
            continue
        e = j + 1
        origin: int | None = None  # "nach Angaben aus Bankenkreisen": where the statement comes from
        own = lows[i + 1] in lx.own_adjectives
        if e + 1 < n and lows[e] in lx.genitive_articles | lx.owner_prepositions and lows[e + 1] not in ("ein", "einem", "einer", "eines") \
                and not (own and lows[e] in lx.genitive_articles):
            # "… der Polizei", "… von Amnesty"; not after "eigenen Angaben", which have no owner but the
            # subject ("Der Sender ist nach eigenen Angaben der größte des Landes": the predicate)
            e = max(e, np_forward(ctx, toks, e + 1, lx, apposition=False))
        elif e + 1 < n and lows[e] in _origin_prepositions(lx.code) and toks[e + 1].text[:1].isupper() \
                and (e2 := np_forward(ctx, toks, e + 1, lx, apposition=False)) > e + 1:
            origin, e = e + 1, e2
        elif lows[i + 1] in ("der", "dem") and j == i + 2 and lows[j] not in lx.nach_heads:
            continue  # "nach der Unabhängigkeitserklärung": after an event, not on someone's word
        if j == i + 1 and e == j + 1 and toks[j].text in _owned_nach_heads(lx.code):
            continue  # "malen nach Zahlen", "nach Daten": figures of no one named, no one's word
        if e + 1 < n and toks[e].text == "," and lows[e + 1] in lx.complementizers:
            continue  # "Nach Berichten, wonach …, hatte X gesagt": after the reports, whose own clause says what they said
        src = Span(toks[origin if origin is not None else i + 1].span.start, toks[e - 1].span.end)
        own = lows[i + 1] in lx.own_adjectives
        refers, how = _own_owner(ctx, si, toks, i, j, e, lx) if own else (None, "")
        if according(ctx, si, sent, i, e, toks[i].span, src, lx, "nach_noun", relative_clause_end(ctx, toks, e, lx)):
            ctx.cands[-1].refers_to = refers
            ctx.cands[-1].rule += how
            if own and refers is None:
                # ("nach eigenen Angaben" where no subject could be found: the phrase names no one, the claim has no source)
                ctx.cands[-1].source, ctx.cands[-1].rule = None, ctx.cands[-1].rule + "+own_no_owner"
            if any(lows[k] in lx.demnach and lows[k] != "danach" for k in range(n) if not src.contains(toks[k].span)):
                # "Nach Zahlen des Verbands X liefen demnach …": X's figures as the report just named gives them,
                # whose chain they keep (sources.resolve, `+demnach`)
                ctx.cands[-1].rule += "+demnach"
            found_cue = True
            break
    return found_cue


def _own_owner(ctx: Context, si: int, toks: list[Token], i: int, j: int, e: int, lx: Lang) -> tuple[Span | None, str]:
    """Whose word "nach eigenen Angaben" (toks[i:e], its noun at j; also "eigenen Angaben zufolge") is:
    the sentence's own subject — the parse's subject of the verb the phrase hangs on, else the phrase
    that opens the sentence, the one right after the finite verb before the phrase, or the one that
    follows its verb after the phrase (a subject pronoun right before the phrase is its clause's
    subject, whatever the parse makes of the nouns after it: "Weil er nach eigenen Angaben die Wohnung
    gewechselt hatte"); a pronoun resolved to whom it points at. When that subject is a thing that
    cannot speak, or there is none, the subject of the sentence before (`_previous_subject`, rule
    suffix `+own_previous_subject`). None when no subject is found; with the rule suffix."""
    n = len(toks)
    lows = lowered(toks)
    how = ""
    pron = i > 0 and toks[i - 1].text in lx.subject_pronouns and not ctx.inside_any_quote(toks[i - 1].span.start)
    refers = toks[i - 1].span if pron else _owner_by_parse(ctx, toks, j)
    if refers is None:
        s0 = skip_conjunction(lows)
        e0 = np_forward(ctx, toks, s0, lx, apposition=False)
        if e0 == s0 and s0 < i and toks[s0].text in lx.subject_pronouns:
            e0 = s0 + 1  # "Sie ist – nach eigenen Angaben – die größte": the pronoun, resolved to whom it points at
        if s0 < e0 <= i:
            refers = Span(toks[s0].span.start, toks[e0 - 1].span.end)
        elif (v := _subject_after_verb(ctx, toks, s0, i, lx)) is not None:
            # "Von den Betrieben im Land vertritt der Verband nach eigenen Angaben …": a fronted phrase, the
            # finite verb, its subject, then the phrase
            refers = v
        elif e + 1 < n:
            # "Nach eigenen Angaben hat Rheinmetall …": the subject follows the verb
            s1 = skip_adverbials(ctx, toks, e + 1, lx)
            e1 = s1 + 1 if s1 < n and toks[s1].text in lx.subject_pronouns else np_forward(ctx, toks, s1, lx, apposition=False)
            if e1 > s1 and (toks[s1].text[:1].isupper() or toks[s1].text in lx.subject_pronouns or lows[s1] in lx.determiners):
                refers = Span(toks[s1].span.start, toks[e1 - 1].span.end)
    if refers is not None and refers.end <= toks[i].span.start and _time_phrase(ctx, refers, lx) \
            and (v := _subject_after_verb(ctx, toks, skip_conjunction(lows), i, lx)) is not None:
        # "Dieser Tage meldet die Kammer nach eigenen Angaben …": a time opens the sentence, the subject follows
        # the verb (rule suffix +own_after_time; session 36)
        refers, how = v, "+own_after_time"
    if lx.code == "de" and (refers is None or _thing(ctx, refers, lx)) and (prev := _previous_subject(ctx, si, lx)) is not None:
        # "Die Firma baut Pumpen. Nach eigenen Angaben stieg der Umsatz …": the clause's subject is a thing that
        # cannot speak, or there is none: the subject of the sentence before, when that names a body or a person
        # and stands in the same paragraph (rule attr.according.de.own_previous_subject)
        refers, how = prev, "+own_previous_subject"
    if refers is not None and (before := subject_of_sentence_before(ctx, si, refers, lx)) is not None:
        refers = before  # "Die Küstenwache hatte … . Nach eigenen Angaben barg sie …": the subject before
    elif refers is not None and ctx.text[refers.start : refers.end] in lx.subject_pronouns \
            and (ante := pronoun_antecedent(ctx, si, refers, None, lx)) is not None:
        refers = ante  # "Laut ABC war der Flüchtling X … . Weil er nach eigenen Angaben …": the subject of its gender before
    return refers, how if refers is not None else ""


def _time_phrase(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The phrase is a time: one the time tagger found, or a demonstrative and a unit of time
    (`this_words` and `units` of resources/<lang>/time.json: "Dieser Tage", "Diese Woche")."""
    if ctx.in_timex(sp):
        return True
    words = ctx.text[sp.start : sp.end].lower().split()
    time = load(lx.code, "time")
    return len(words) == 2 and words[0] in time.get("this_words", []) and words[1] in time.get("units", {})


def _thing(ctx: Context, sp: Span, lx: Lang) -> bool:
    """A German noun phrase that names a thing, no one who could speak: an article and one noun of
    `own_thing_subjects` (according.json: what a body counts or earns, "der Umsatz", "die Zahl"),
    no source type, no name ("die Stadt", "der Verein" are kept: bodies the types leave unnamed)."""
    text = ctx.text[sp.start : sp.end]
    words = re.findall(r"[\w-]+", text)
    if not words or text in lx.subject_pronouns or can_be_source(ctx, sp, lx) or any(ent.label in ("PER", "ORG") for ent in entities_overlapping(ctx.doc, sp)):
        return False
    caps = [w for w in words if w[:1].isupper() and w.lower() not in lx.determiners]
    if len(caps) != 1 or words[0].lower() not in lx.determiners:
        return False  # a name, or more than one noun
    head = caps[0]
    return head in _thing_nouns(lx.code)


@functools.cache
def _thing_nouns(code: str) -> frozenset[str]:
    return frozenset(load(code, "according").get("own_thing_subjects", []))


def _previous_subject(ctx: Context, si: int, lx: Lang) -> Span | None:
    """The subject of the main clause of the sentence before `si` (`clause_subject`) when it stands
    in the same paragraph and names someone who can speak (`can_be_source`, or a subject pronoun,
    resolved to whom it points at); None otherwise."""
    if si == 0 or "\n" in ctx.text[ctx.doc.sentences[si - 1].span.end : ctx.doc.sentences[si].span.start]:
        return None
    sub = clause_subject(ctx, si - 1, lx)
    if sub is None:
        # (the sentence was not parsed) a noun phrase that opens it, then its finite verb in lower case
        if (opening := opening_subject_before(ctx, si, lx)) is None:
            return None
        toks, s0, e0 = opening
        sub = Span(toks[s0].span.start, toks[e0 - 1].span.end)
    if ctx.text[sub.start : sub.end] in lx.subject_pronouns:
        return pronoun_antecedent(ctx, si - 1, sub, None, lx)
    return sub if can_be_source(ctx, sub, lx) else None


def _subject_after_verb(ctx: Context, toks: list[Token], s0: int, i: int, lx: Lang) -> Span | None:
    """The noun phrase that runs from right after a finite verb up to toks[i] ("… vertritt der Verband
    | nach eigenen Angaben"), opened by an article or a capitalised word, when the verb follows a
    fronted phrase of the main clause (no comma before it); None otherwise."""
    for k in range(i - 2, s0, -1):
        t = toks[k]
        if t.text in (",", ";", ":") or ctx.inside_any_quote(t.span.start):
            return None
        if not t.text.islower() or ctx.pos_at(t.span) not in ("VERB", "AUX"):
            continue
        nxt = toks[k + 1]
        if not (nxt.text.lower() in lx.determiners or nxt.text[:1].isupper()):
            return None
        if np_forward(ctx, toks, k + 1, lx, apposition=False) == i:
            return Span(nxt.span.start, toks[i - 1].span.end)
        return None
    return None


@functools.cache
def _origin_prepositions(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "according").get("origin_prepositions", []))


def _owner_by_parse(ctx: Context, toks: list[Token], j: int) -> Span | None:
    """The subject of the clause whose verb the phrase "nach eigenen Angaben" (its noun at j) hangs
    on, from the parse: "Damit reagierte sie nach eigenen Angaben auf …" → "sie", "Die Polizei hat
    nach eigenen Angaben …" → "Die Polizei" (the subject the parse hangs on the auxiliary). None
    when the sentence was not parsed or the verb has no subject outside the phrase."""
    from ..syntax import children, subject_of

    syn = ctx.doc.syntax
    k = ctx.word_index(toks[j].span)
    if k is None or syn[k].dep != "obl" or syn[k].head == k:
        return None
    verb = syn[k].head
    if syn[verb].pos not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None
    for v in [verb, *(c for c in children(ctx.doc, verb) if syn[c].dep.startswith("aux") or syn[c].dep == "cop")]:
        if not any(syn[c].dep in ("nsubj", "nsubj:pass") for c in children(ctx.doc, v)):
            continue
        sub = subject_of(ctx.doc, syn[v].span)
        if sub is not None and not sub.overlaps(toks[j].span) and not ctx.inside_any_quote(sub.start):
            return sub
    return None


def perspective(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"Für den Historiker Jan Ott ist der Fund ein Glücksfall": a sentence that opens with a
    preposition of perspective (`perspective_prepositions`) and a named person before a copula
    (`perspective_verbs`) gives that person's view (rule attr.according.de.perspective); not "Für
    die Anleger war es ein schwarzer Tag" (no one named)."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    s0 = skip_conjunction(lows)
    if n < s0 + 6 or lows[s0] not in lx.perspective_prepositions or ctx.inside_any_quote(toks[s0].span.start):
        return False
    e = np_forward(ctx, toks, s0 + 1, lx, apposition=False)
    if e <= s0 + 1 or e >= n - 2 or lows[e] not in lx.perspective_verbs:
        return False
    src = Span(toks[s0 + 1].span.start, toks[e - 1].span.end)
    words = [t.text for t in toks[s0 + 1 : e] if t.text[:1].isupper() and t.text not in lx.person_roles]
    named = any(ent.label == "PER" for ent in entities_overlapping(ctx.doc, src)) or (
        len(words) == 1 and full_name(ctx.doc, words[0]) is not None)
    if not named and not (len(words) >= 2 and analyse_mention(ctx.text[src.start : src.end], lx).type == "person"):
        return False
    return according(ctx, si, sent, s0, e, toks[s0].span, src, lx, "perspective")


def goes_by(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"Geht es nach X, …" / "Wenn es nach X geht, …" (`goes_by_verbs`, `goes_by_openers`) at the
    start of a sentence: the clause after the comma is on X's word (rule attr.according.de.goes_by)."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    s0 = skip_conjunction(lows)
    if n < s0 + 6 or ctx.inside_any_quote(toks[s0].span.start):
        return False
    opener = lows[s0] in lx.goes_by_openers
    if lows[s0 + 1] != "es" or lows[s0 + 2] != "nach" or not (opener or lows[s0] in lx.goes_by_verbs):
        return False
    e = np_forward(ctx, toks, s0 + 3, lx, apposition=False)
    if e <= s0 + 3:
        return False
    b = e + 1 if opener and e < n and lows[e] in lx.goes_by_verbs else e
    if b >= n or toks[b].text != "," or (opener and b == e):
        return False
    src = Span(toks[s0 + 3].span.start, toks[e - 1].span.end)
    words = [t.text for t in toks[s0 + 3 : e] if t.text[:1].isupper()]
    if not (can_be_source(ctx, src, lx) or (len(words) == 1 and full_name(ctx.doc, words[0]) is not None)
            or any(w in lx.person_roles or w.lower().endswith(lx.animate_endings) for w in words)):
        return False  # "Geht es nach Norden, …", "Wenn es nach Plan geht": a way or a plan, no one's word
    cue = Span(toks[s0].span.start, toks[s0 + 2].span.end)
    return according(ctx, si, sent, s0, b + 1, cue, src, lx, "goes_by")


def according_postfix(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"X zufolge": the according-to phrase after its source."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    found_cue = False
    for i in range(n):
        if lows[i] in lx.according_postfix:
            b = np_backward(ctx, toks, i, lx)
            j, last = i, i - 1
            while j > 1 and ctx.in_timex(toks[j - 1].span):
                j -= 1
            if j < i and lows[j - 1] in lx.owner_prepositions and (b2 := np_backward(ctx, toks, j - 1, lx)) < j - 1:
                b, last = b2, j - 2  # "Dem Bericht vom Donnerstag zufolge": the document, its date no part of its name
            if b >= i:
                continue
            if b > 0 and cue_at(ctx, toks, b - 1, lx) not in (None, *NOT_SPEECH) and not ctx.inside_any_quote(toks[b - 1].span.start):
                continue  # "…, sagte X der Agentur Y zufolge": the cue's claim, the agency a link of it (`chains.vias`)
            rule = "postfix"
            # "Die Reform wird den Angaben zufolge …": the phrase the postposition governs, not the subject before it
            if lx.code == "de" and (cut := governed_start(ctx, toks, b, last + 1, lx)) is not None:
                b, rule = cut[0], f"postfix+governed_{cut[1]}"
            src = Span(toks[b].span.start, toks[last].span.end)
            # "Die Firma investiert eigenen Angaben zufolge …": the sentence's subject, as "nach eigenen Angaben"
            own = lows[b] in lx.own_adjectives and last == b + 1
            refers, how = _own_owner(ctx, si, toks, b, last, i + 1, lx) if own else (None, "")
            # "Dem «Spiegel» zufolge, der sich auf interne Papiere beruft, …": the clause names the chain
            if according(ctx, si, sent, b, i + 1, toks[i].span, src, lx, rule, relative_clause_end(ctx, toks, i + 1, lx)):
                found_cue = True
                if own:
                    ctx.cands[-1].refers_to = refers
                    ctx.cands[-1].rule += how
                    if refers is None:
                        ctx.cands[-1].source, ctx.cands[-1].rule = None, ctx.cands[-1].rule + "+own_no_owner"
    return found_cue


def possessive_nach(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"Die Lage sei seiner Meinung nach ernst": the owner of the opinion (a possessive that points
    at a person) is the source, when no reporting verb of the sentence made an attribution."""
    toks = sent.tokens
    lows = lowered(toks)
    for i in range(2, len(toks)):
        if lows[i] == "nach" and lows[i - 2] in lx.possessive_pronouns and lows[i - 1].endswith(lx.nach_heads) \
                and toks[i - 1].text[:1].isupper():
            content = clause_content(ctx, toks, i - 2, i + 1, sent)
            if content is not None:
                ctx.cands.append(Cand("according_to", [content], toks[i].span, Span(toks[i - 2].span.start, toks[i - 1].span.end),
                                      f"attr.according.{lx.code}.possessive_nach", si))
                return True
    return False


def _idle_before(ctx: Context, first: int, before: int, lx: Lang) -> list[Cand]:
    """The English candidates of this sentence found before the newest ones (ctx.cands[before:])
    whose content overlaps theirs and that claim nothing in the seed's style (a
    commitment, a request, a question: `style.claims_nothing`), which the later speech act then
    replaces; [] when any candidate there claims something, or in PolNeAR's conventions."""
    from .style import claims_nothing

    if lx.code != "en" or ctx.polnear:
        return []
    new = [x for c in ctx.cands[before:] for x in c.content]
    over = [c for c in ctx.cands[first:before] if any(x.overlaps(y) for x in c.content for y in new)]
    return over if over and all(claims_nothing(ctx, c, lx) for c in over) else []


@functools.cache
def _postposed_beliefs(code: str) -> frozenset[str]:
    return frozenset(load(code, "cues").get("postposed_beliefs", []))


def _postposed_belief(toks: list[Token], i: int, lx: Lang) -> bool:
    """A verb of belief or forecast (`postposed_beliefs` of resources/<lang>/cues.json) as the tag
    after a German claim, right after its comma ("…, vermutet der Forscher."): it reports the
    speaker's view as a speech verb would (the postposed rule reads it; `NOT_SPEECH` elsewhere)."""
    return lx.code == "de" and i > 2 and toks[i - 1].text == "," and toks[i].text.islower() \
        and any(f.lemma in _postposed_beliefs(lx.code) for f in lx.forms.get(toks[i].text.lower(), []))


def _postposed_request(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """A verb of request as the tag after a German clause in the Konjunktiv, right after its comma
    ("Man solle das Gespräch suchen, appellierte sie."): no claim, but an anchor whose speaker the
    continued speech after it goes on with (rule +request_anchor)."""
    return lx.code == "de" and i > 2 and toks[i - 1].text == "," and toks[i].text.islower() \
        and any(lx.konjunktiv(t.text) and not ctx.inside_any_quote(t.span.start) for t in toks[: i - 1])


def reporting_verb(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """The first reporting verb of the sentence that makes an attribution."""
    toks = sent.tokens
    n = len(toks)
    found = 0
    taken: list[Span] = []  # up to where the attributions found in this sentence reach
    owned: list[Span] = []  # their contents
    last_src: Span | None = None
    first_new = len(ctx.cands)
    for i in range(n):
        cls = cue_at(ctx, toks, i, lx)
        request = cls == "request" and not ctx.denews and _postposed_request(ctx, toks, i, lx)
        if cls is None or (cls in NOT_SPEECH and not (ctx.denews and lx.code == "de") and not _postposed_belief(toks, i, lx) and not request):
            continue
        if ctx.inside_quote(toks[i].span.start) or attributive(ctx, toks, i, lx) or negated(toks, i, lx):
            continue
        if any(sp.start <= toks[i].span.start < sp.end for sp in taken):
            continue
        if lx.code == "en" and _question_put(toks, i):
            continue
        if lx.code == "de" and 0 < i < n - 1 and toks[i + 1].text.lower() in lx.process_passive_auxiliaries and toks[i - 1].text.lower() != "wie" \
                and toks[i].text.islower() and (toks[i].text.endswith("t") or toks[i].text.startswith("ge")):
            continue  # "Der Bericht muss noch gelesen werden": a passive, its subject is not the speaker
        if lx.code == "de" and not found and _tag_closes_reported(ctx, toks, i, lx):
            continue  # "Die Messung habe gezeigt, dass …, sagte X": the cue in the Konjunktiv is part of what X said
        if lx.code == "de" and not found and _in_subordinate_clause(ctx, toks, i, lx):
            continue  # "Wenn die Stadt sagt, dass …, wäre das …": a speech act that may happen; "…, wie X das nennt: …, meinte Y"
        before = len(ctx.cands)
        if try_cue(ctx, si, sent, i, cls, lx):
            if lx.code == "de" and len(ctx.cands) > before and all(c.mode == "indirect" and c.source is not None and c.refers_to is None and names_an_event(ctx, c.source, lx)
                                       for c in ctx.cands[before:]):
                del ctx.cands[before:]  # "Der Unfall zeigt, dass …, sagte X": an event says nothing, a later cue may
                continue
            for c in ctx.cands[before:]:
                if lx.code == "de" and c.source is not None and is_event(ctx.text[c.source.start : c.source.end].strip(), lx):
                    c.rule += "+surname_noun"  # "…, sagte Fall" after "Ibrahima Fall": a person, not the event noun (`names_an_event`)
            if request:
                for c in ctx.cands[before:]:
                    # "…, appellierte sie.": a request claims nothing in the seed's style, but its speaker goes on
                    c.anchor_only, c.rule = True, c.rule + "+request_anchor"
            _relayed_report(ctx, si, sent, lx, before)
            told = [nested_medium_report(ctx, si, sent, c, lx) for c in ctx.cands[before:]]
            ctx.cands.extend(t for t in told if t is not None)  # (a medium's report told inside what was said, relayed by its speaker)
            idle = _idle_before(ctx, first_new, before, lx) if found else []
            if idle:  # "… if the governor agrees to the terms, officials close to the talks say": the commitment claims nothing, the tag stands
                ctx.cands[first_new:before] = [c for c in ctx.cands[first_new:before] if c not in idle]
                owned = [y for y in owned if not any(y == x for c in idle for x in c.content)]
                before -= len(idle)
            if found and any(x.overlaps(y) for c in ctx.cands[before:] for x in c.content for y in owned):
                # "…, the agency reported": the later cue reports the same words; its speaker relays
                # the speech act before it ("Voters now say …, a study concluded": the study a
                # downstream link of the voters' claim)
                _relayed_by_later(ctx, sent, first_new, before, lx)
                del ctx.cands[before:]
                continue
            near = _denier_before(ctx, sent, i, lx) if found and lx.code == "en" else None
            if near is not None:
                for c in ctx.cands[before:]:  # "…, a charge that Hale denied, noting that …": Hale notes
                    c.source, c.refers_to, c.co_sources, c.rule = near, None, [], c.rule + "+relative_speaker"
            elif found and i > 0 and (toks[i - 1].text == "," or (i > 1 and toks[i - 1].text in QUOTE_CHARS and toks[i - 2].text == ",")) \
                    and toks[i].text.lower().endswith("ing") and last_src is not None and not _own_subject(ctx, sent, i, last_src, owned):
                for c in ctx.cands[before:]:
                    c.source = last_src  # "…, the lawmakers said, adding that …", 'said: "…," adding': the same speakers go on
            elif found and lx.code == "de" and i > 1 and toks[i - 1].text == "und" and toks[i - 2].text == "," and last_src is not None:
                for c in ctx.cands[before:]:
                    # "X bestätigte, dass …, und gab an, …": the coordinated verb's subject is X
                    c.source, c.refers_to, c.co_sources, c.rule = last_src, None, [], c.rule + "+coordinated"
            found += 1
            owned.extend(x for c in ctx.cands[before:] for x in c.content if not (lx.code == "en" and c.cue is not None and _prepositional(ctx, c)))
            last_src = next((c.source for c in reversed(ctx.cands[before:]) if c.source is not None), last_src)
            if lx.code != "en" and not _and_cue_follows(ctx, toks, ctx.cands[before:], lx):
                return True
            # a second speech act after the first one's content ("…, adding that …", "… and warned
            # that …", "…, und gab an, …") is an attribution of its own
            if i > 1 and toks[i - 1].text.lower() in REL_PRONOUNS and toks[i - 2].text == ",":
                for c in ctx.cands[before:]:  # "the source, who said …, told Reuters": Reuters is the main verb's
                    c.via = [v for v in c.via if v[0].start < c.content[-1].end]
            for c in ctx.cands[before:]:
                if lx.code == "en" and c.cue is not None and _prepositional(ctx, c):
                    taken.append(Span(sent.span.start, c.cue.end))  # "joking with the voters, telling the crowd …": the next cue may speak
                    continue
                ends = [sp.end for sp in (*c.content, c.cue, c.source) if sp is not None]
                # its links too, unless another cue stands between its words and the link ("…, adding that …,
                # according to Reuters": the trailing phrase is no reason to skip the second speech act)
                ends += [v[0].end for v in c.via if not _cue_between(ctx, toks, max(ends), v[0].start, lx)]
                taken.append(Span(sent.span.start, max(ends)))
    if found and lx.code == "en":
        for c in list(ctx.cands[first_new:]):
            _nested_in_subordinate(ctx, si, sent, lx, c)
    return found > 0


def _cue_between(ctx: Context, toks: list[Token], start: int, end: int, lx: Lang) -> bool:
    """A speech cue (English) outside quotations stands between the offsets `start` and `end`."""
    return lx.code == "en" and any(start <= t.span.start < end and not ctx.inside_quote(t.span.start)
                                   and cue_at(ctx, toks, k, lx) not in (None, *NOT_SPEECH) for k, t in enumerate(toks))


def _in_subordinate_clause(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """The cue at toks[i] closes a clause opened by a subordinator of condition ("Wenn die Stadt
    sagt, dass …"; `conditional_openers` of resources/de/konjunktiv.json), or by an interrogative
    after a comma ("Mir ist gleich, wie der Verband das nennt: …") while a tag after a comma closes the
    sentence later (", meinte sie."): no claim of its own (German)."""
    c0 = next((k for k in range(i - 1, -1, -1) if toks[k].text in (",", ";", ":") or toks[k].text in QUOTE_CHARS), -1)
    if c0 + 1 >= i or ctx.inside_quote(toks[i].span.start):
        return False
    opener = toks[c0 + 1].text.lower()
    if opener in lx.conditional_openers:
        return True
    if c0 < 0 or opener not in lx.interrogatives:
        return False
    n = len(toks)
    return any(toks[k - 1].text == "," and not ctx.inside_any_quote(toks[k].span.start) and cue_at(ctx, toks, k, lx) not in (None, *NOT_SPEECH)
               for k in range(i + 2, n))


def _tag_closes_reported(ctx: Context, toks: list[Token], i: int, lx: Lang) -> bool:
    """The cue at toks[i] stands in a clause in the Konjunktiv ("Die Messung habe gezeigt, dass
    …", "Sie hätten gewarnt, …") and a tag closes the sentence after a comma (", sagte X am
    Montag."): the clause with its cue is what the tag's speaker said (German)."""
    c0 = next((k for k in range(i - 1, -1, -1) if toks[k].text == ","), -1)
    if not any(lx.konjunktiv(t.text) and not ctx.inside_quote(t.span.start) for t in toks[c0 + 1 : i + 1]) \
            and not (toks[i].text.islower() and "VerbForm=Inf" in ctx.feats_at(toks[i].span)):
        return False  # (an infinitive cue as well: "Man kann nicht gehen und dann sagen, …, sagte X")
    n = len(toks)
    for k in range(max(i + 2, n - 12), n - 1):
        if toks[k - 1].text == "," and not ctx.inside_any_quote(toks[k].span.start) \
                and cue_at(ctx, toks, k, lx) not in (None, *NOT_SPEECH) and not any(t.text == "," for t in toks[k + 1 : n]):
            return True
    return False


def _nested_in_subordinate(ctx: Context, si: int, sent: Sentence, lx: Lang, outer: Cand) -> None:
    """'The paper reports the suspect was caught after staff at the marina said he had taken a dinghy':
    a speech act with its own speaker and clause inside a clause of time or reason (`after`,
    `because`, …) of what a medium reports is an attribution of its own, told by that medium (a
    downstream link); what the medium reports stays whole (English)."""
    from .style import claims_nothing

    if outer.mode != "indirect" or outer.source is None or len(outer.content) != 1 or outer.relayed_by is not None \
            or claims_nothing(ctx, outer, lx) or not is_medium(ctx, outer.source, lx):
        return  # (not inside a request: "called on them to act after the mogul claimed that …"; a person's
        # account of what someone else said stays the person's: documents.nested_medium_report)
    body = outer.content[0]
    toks = sent.tokens
    inner = [k for k, t in enumerate(toks) if body.start <= t.span.start and t.span.end <= body.end]
    for k in inner[1:-3]:
        low = toks[k].text.lower()
        if low not in SUBORDINATORS or low in lx.complementizers or low in lx.hypothetical_openers or low == "as" \
                or ctx.inside_any_quote(toks[k].span.start):
            continue
        for j in range(k + 2, min(k + 10, inner[-1])):
            if toks[j].text in (",", ";", ":") or toks[j].text in QUOTE_CHARS:
                break
            cls = cue_at(ctx, toks, j, lx)
            if cls is None or cls in NOT_SPEECH or negated(toks, j, lx) or toks[j].text.lower().endswith("ing"):
                continue
            if any(c.cue is not None and c.cue.overlaps(toks[j].span) for c in ctx.cands):
                return  # told already ("after the Post reported …": documents.nested_medium_report)
            e = j
            while e > k + 1 and toks[e - 1].text.lower() in AUX:
                e -= 1  # "had said"
            np = toks[k + 1 : e]
            if not np or len(np) > 7 or not (np[0].text[:1].isupper() or np[0].text.lower() in lx.determiners or ctx.pos_at(np[0].span) in ("NOUN", "PROPN", "NUM")) \
                    or any(t.text.lower() in AUX or lx.forms.get(t.text.lower()) or ctx.pos_at(t.span) in ("VERB", "AUX", "PRON") for t in np):
                return  # the words after the subordinator up to the cue are no noun phrase that names a speaker
            n0 = len(ctx.cands)
            if try_cue(ctx, si, sent, j, cls, lx):
                got = ctx.cands[n0:]
                for c in got:
                    c.source, c.refers_to = Span(toks[k + 1].span.start, toks[e - 1].span.end), None  # (the finder may go back to the reporter)
                if all(c.source is not None and c.mode == "indirect" and not claims_nothing(ctx, c, lx)
                       and all(body.contains(x) and x.start > toks[j].span.start for x in c.content) for c in got):
                    for c in got:
                        c.via = [*c.via, (outer.source, False), *outer.via]
                        c.rule += "+nested"
                    return
            del ctx.cands[n0:]
            return




def _relayed_by_later(ctx: Context, sent: Sentence, first: int, later: int, lx: Lang) -> None:
    """The candidates ctx.cands[later:] of a cue after the content of those of ctx.cands[first:later]
    report the same words ("Voters now say they …, a study concluded."): a speaker of theirs named
    after those words, not inside them nor one of the earlier speakers, is a downstream link of
    the earlier claims whose content ends before it (English; a German postposed cue reports
    what stands before it, "…, sagte X", and is no speech act of someone else's)."""
    if lx.code != "en":
        return
    for c in ctx.cands[later:]:
        if c.source is None or c.cue is None or c.cue.start < c.source.end:
            continue  # (the later speaker stands before its cue: "…, a study concluded")
        for d in ctx.cands[first:later]:
            if d.source is None or d.cue is None or d.source.overlaps(c.source) or d.content[-1].end > c.source.start \
                    or d.cue.start > d.content[0].start or any(v[0].overlaps(c.source) for v in d.via):
                continue
            d.via = [*d.via, (c.source, False), *(v for v in c.via if not any(v[0].overlaps(w[0]) for w in d.via))]


def _prepositional(ctx: Context, c: Cand) -> bool:
    """What the cue reports opens with a preposition ("joked with the voters, …", "spoke about the
    budget") or is the topic after a particle cue ("talked about the budget when she told …":
    `style.topic_object`): an adverbial of the speech act, no clause of what was said, which lets a
    later cue of the sentence speak (English)."""
    return c.mode == "indirect" and (opens_with_preposition(ctx, c) or topic_object(ctx, c))


def _denier_before(ctx: Context, sent: Sentence, i: int, lx: Lang) -> Span | None:
    """The participle of speech at token i follows, after a comma, a relative clause on a noun
    whose verb is a cue with a subject of its own ("…, a charge that Hale denied, noting that …",
    "…, a claim the firm rejects, saying …"): that subject speaks, not the main clause's."""
    from ..syntax import children, subtree, words_in

    toks = sent.tokens
    if i < 3 or toks[i - 1].text != "," or not toks[i].text.lower().endswith("ing") or not ctx.doc.syntax:
        return None
    verb = words_in(ctx.doc, toks[i - 2].span)
    if len(verb) != 1 or cue_at(ctx, toks, i - 2, lx) is None:
        return None
    syn = ctx.doc.syntax
    v = verb[0]
    if syn[v].dep not in ("acl:relcl", "acl") or syn[v].pos != "VERB":
        return None
    subj = [g for g in children(ctx.doc, v) if syn[g].dep == "nsubj"]
    if len(subj) != 1 or ctx.text[syn[subj[0]].span.start : syn[subj[0]].span.end].lower() in REL_PRONOUNS:
        return None
    words = subtree(ctx.doc, subj[0])
    return Span(syn[words[0]].span.start, syn[words[-1]].span.end)


def _own_subject(ctx: Context, sent: Sentence, i: int, last: Span, owned: list[Span]) -> bool:
    """The parse gives the participle at token i a subject other than the speaker before it
    ("While rivals called for troops, Lee kept to the plan, noting that …": Lee, not the rivals),
    and not one inside what that speaker said ("Lee said she believes …, saying …": Lee)."""
    sub = ctx.syntax_subject(sent, i) if ctx.syntax_subject is not None else None
    if sub is None:
        return False
    span = Span(sent.tokens[sub[0]].span.start, sent.tokens[sub[1] - 1].span.end)
    return not span.overlaps(last) and not any(o.overlaps(span) for o in owned)


def _and_cue_follows(ctx: Context, toks: list[Token], new: list[Cand], lx: Lang) -> bool:
    """Right after what was said, ", und" and a speech verb of the same speaker: "Diese
    bestätigte, dass …, und gab an, die Polizei zu informieren" (German)."""
    end = max((x.end for c in new for x in c.content), default=-1)
    k = next((k for k, t in enumerate(toks) if t.span.start >= end), len(toks))
    if k + 2 >= len(toks) or toks[k].text != "," or toks[k + 1].text != "und":
        return False
    cls = cue_at(ctx, toks, k + 2, lx)
    return cls is not None and cls not in NOT_SPEECH


def _relayed_report(ctx: Context, si: int, sent: Sentence, lx: Lang, before: int) -> None:
    """A speech act with its own speaker and cue at the head of what another one reports.
    Reported by a medium ("The AP reported that the minister said …", "Reuters berichtete, der
    Minister habe gesagt, …"): that speaker is the source, the medium a downstream link, the
    content what the speaker said. Reported by someone else ("Morrison testified that Sondland
    told him …", "South Africa said Mugabe had told Zuma that …"): the reporter stays the source
    and the one whose words it reports is an upstream link of its chain."""
    new = ctx.cands[before:]
    outer = new[0] if len(new) == 1 else None
    osrc = outer.source if outer is not None else None
    if outer is None or osrc is None or len(outer.content) != 1 or outer.mode == "direct":
        return
    info = analyse_mention(ctx.text[osrc.start : osrc.end], lx)
    medium = is_medium(ctx, osrc, lx) and (info.description or info.name[:1].isupper())
    # (a medium named or described, "the paper", not "anyone on the business side of TV")
    toks = sent.tokens
    body = outer.content[0]
    inner = [k for k, t in enumerate(toks) if body.start <= t.span.start and t.span.end <= body.end]
    for j in inner[:10]:
        if toks[j].text in (",", ";", ":") or ctx.inside_quote(toks[j].span.start):
            return  # only a cue in the first clause of what is reported
        cls = cue_at(ctx, toks, j, lx)
        if cls is None or cls in NOT_SPEECH or attributive(ctx, toks, j, lx) or negated(toks, j, lx) \
                or (outer.cue is not None and outer.cue.overlaps(toks[j].span)) or (lx.code == "de" and _in_subordinate_clause(ctx, toks, j, lx)):
            continue  # (a reported sentence holds its own cue: that is no report inside it; "Wenn X sagt, …": a condition)
        del ctx.cands[before:]
        if try_cue(ctx, si, sent, j, cls, lx):
            got = ctx.cands[before:]
            # the speaker finder may go back to the reporter, the sentence's subject: the noun
            # phrase that opens the report and ends at the cue (or its auxiliary) is the speaker
            k0 = inner[0] + (1 if toks[inner[0]].text.lower() in lx.complementizers else 0)
            e = np_forward(ctx, toks, k0, lx, apposition=False)
            m = e
            while m < j and toks[m].text.lower() in AUX:
                m += 1
            if lx.code == "de" and m > e and j - m <= 3 and not any(t.text in (",", ";", ":") for t in toks[m:j]):
                m = j  # "der Fahrer habe ihm gesagt": whom he told stands between the auxiliary and the participle
            for c in got:
                if c.source is not None and c.source.overlaps(osrc) and k0 < e and m == j:
                    c.source = Span(toks[k0].span.start, toks[e - 1].span.end)
            starts = [t.span.start for t in toks[inner[0] : inner[0] + 3]]
            if all(c.source is not None and c.source.start in starts and body.contains(c.source) and c.cue is not None and body.contains(c.cue)
                   and all(body.contains(x) and _clause(ctx, toks, x) for x in c.content) for c in got):
                if medium:
                    for c in got:
                        c.via = [*outer.via, *c.via, (osrc, False)]
                    return
                said_by = got[0].source
                del ctx.cands[before:]
                ctx.cands.append(outer)
                pronoun = said_by is not None and ctx.text[said_by.start : said_by.end] in lx.subject_pronouns
                teller_own = pronoun and said_by is not None and not _other_than_teller(ctx, said_by, osrc, info.type, lx)
                # (`+pronoun_other_gender`: "Ann Roe said he told her …" is someone else's word through her)
                gendered = teller_own and said_by is not None and _teller_of_other_gender(ctx, said_by, osrc, lx)
                if teller_own and not gendered:
                    return  # ("Lee said she told the mayor …": her own words, no one else's)
                if said_by is not None and (not pronoun or nested_speech(lx)) and not any(v[0].overlaps(said_by) for v in outer.via):
                    # (a pronoun names no upstream link of the reporter's claim; where nested speech
                    # is labelled, "investigators say he told a guard, “…”" is still his, through them)
                    if not pronoun:
                        outer.via = [(said_by, True), *outer.via]
                    # and the words reported are the nested speaker's, relayed by the reporter
                    # ("Berg testified that the mayor told her the bridge was safe": the mayor → Berg)
                    for c in got:
                        c.via = [*c.via, (osrc, False), *outer.via[0 if pronoun else 1 :]]
                        c.rule += "+nested" + ("+pronoun_other_gender" if gendered else "")
                    if nested_speech(lx) or not ctx.denews:
                        # (the seed's style labels it in German too; de-news-quotes does not)
                        ctx.cands.extend(got)
                return
        del ctx.cands[before:]
        ctx.cands.append(outer)
        return


def _other_than_teller(ctx: Context, pronoun: Span, teller: Span, teller_type: str, lx: Lang) -> bool:
    """A pronoun that opens speech told inside a report can mean no one but someone other than the
    teller: a singular one (`nested_pronoun_subjects`: "he", "she") after a teller that is a body
    or a plural ("investigators say that he told a guard …"), never after a person, who may be
    telling of their own words ("Lee said she told the mayor …")."""
    singular = load(lx.code, "according").get("nested_pronoun_subjects", [])
    if ctx.text[pronoun.start : pronoun.end].lower() not in singular:
        return False
    words = ctx.text[teller.start : teller.end].split()
    head = words[-1].lower() if words else ""
    return teller_type in ORGANISATIONS or (head.endswith("s") and not head.endswith("ss") and head.isalpha() and words[-1].islower())


def _teller_of_other_gender(ctx: Context, pronoun: Span, teller: Span, lx: Lang) -> bool:
    """Rule +pronoun_other_gender on a nested claim (English): a person teller whose gender is known and is not
    the pronoun's ("Ann Roe said he told her the fund was empty", "She said he had promised …"): the
    pronoun is someone else, whose words the teller relays. The teller's gender from a pronoun of its own,
    else from its title, role or given name (`gender_of`), else from the given name the text puts before
    its surname elsewhere ("Roe" after "Ann Roe"). Unknown: the pronoun may be the teller's own."""
    if lx.code != "en":
        return False
    said = pronoun_gender(ctx.doc, ctx.text[pronoun.start : pronoun.end], None, lx)
    told = ctx.text[teller.start : teller.end].strip()
    if said is None or not told:
        return False
    own = pronoun_gender(ctx.doc, told, None, lx) if told.lower() in lx.subject_pronouns else None
    if own is None and told.lower() not in lx.subject_pronouns:
        own = gender_of(told, ctx.doc, "en")
        if own is None and len(told.split()) == 1 and (whole := full_name(ctx.doc, told)) is not None:
            own = gender_of(whole, ctx.doc, "en")
    return own in ("f", "m") and own != said


def _clause(ctx: Context, toks: list[Token], sp: Span) -> bool:
    """What was said is a clause or a quotation ("the bridge would close"), not an object ("had
    claimed a loss of $916 million": a medium reporting a figure someone gave)."""
    return ctx.is_quote(sp) or any(sp.contains(t.span) and ctx.pos_at(t.span) in ("VERB", "AUX") for t in toks)


#: words after a passive participle that opens an English sentence and says what was put to the speaker
_PUT_TO = frozenset(load("en", "cues").get("put_to_words", []))


def _question_put(toks: list[Token], i: int) -> bool:
    """'Asked whether the plan would work, the mayor said …': a participle that opens the
    sentence reports what the speaker was asked or told, not a claim of theirs."""
    s0 = skip_conjunction(toks, min_len=2)
    put = toks[s0].text.lower().endswith("ed") and s0 + 1 < len(toks) and toks[s0 + 1].text.lower() in _PUT_TO
    # the cue of the participle itself, or one inside its clause ("Asked to describe the device, X said …")
    return put and (i == s0 or not any(t.text == "," for t in toks[s0:i]))


def demnach(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"demnach", "demzufolge": on the word of the source just named."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    for i in range(n):
        if lows[i] in lx.demnach and not (i + 1 < n and toks[i + 1].text[:1].isupper() and lows[i] == "danach"):
            if lows[i] == "danach":
                continue
            content = strip_span(ctx.text, sent.span)
            # the adverb is the mention of the source just named, as a pronoun would be
            ctx.cands.append(Cand("according_to", [content], toks[i].span, toks[i].span,
                                   f"attr.according.{lx.code}.demnach", si, inherit=True))
            return True
    return False


def _said_phrase(ctx: Context, toks: list[Token], j: int, lx: Lang) -> tuple[str, Span, int] | None:
    """The prepositional phrase at toks[j] of a subjectless report: ("source", X, end) for "aus X",
    "seitens X", "von (Seiten) X", "bei X" (`subjectless_report_source`), ("where", X, end) for
    "in X" (`subjectless_report_where`), ("other", X, end) for any other preposition ("auf Anfrage
    der APA", "zu Mittag"); None when no such phrase starts there."""
    n = len(toks)
    low = toks[j].text.lower()
    if j + 1 >= n or not (low in lx.subjectless_source or low in lx.subjectless_where or low in PREPOSITIONS_DE):
        return None
    b = j + 1
    if low == "von" and toks[b].text == "Seiten" and b + 1 < n:
        b += 1  # "von Seiten der Regierung"
    e = max(b, np_forward(ctx, toks, b, lx, apposition=False))
    if low in lx.subjectless_where and (e == b or not _is_text(ctx, Span(toks[b].span.start, toks[e - 1].span.end), lx)):
        # "in einer am Montag verbreiteten Erklärung": participles and times before the head
        h = next((m for m in range(e, min(n, b + 10)) if toks[m].text in (",", ".", ":", ";")), min(n, b + 10))
        head = next((m for m in range(h - 1, e - 1, -1) if _is_text(ctx, toks[m].span, lx)), None)
        if head is not None:
            b, e = head, head + 1  # the phrase is named by its head: "Erklärung des Generalsekretärs"
    if e <= b:
        return None
    while e + 1 < n and toks[e].text.lower() in ("der", "des") and toks[e + 1].text[:1].isupper():
        e = max(e + 1, np_forward(ctx, toks, e + 1, lx, apposition=False))  # "auf Anfrage der APA"
    kind = "source" if low in lx.subjectless_source else "where" if low in lx.subjectless_where else "other"
    if kind != "other" and not any(t.text[:1].isupper() for t in toks[b:e]):
        kind = "other"  # "aus diesem Grund" names no one
    ahead = [t.text.lower() for t in toks[j : j + 4]]
    if kind == "where" and any(ahead[: len(ph)] == [w.lower() for w in ph] for ph in lx.via):
        kind = "other"  # "im Gespräch mit der APA": a link of the chain, not the text it stands in
    return kind, Span(toks[b].span.start, toks[e - 1].span.end), e


def _said_run(ctx: Context, toks: list[Token], j: int, lx: Lang, stop: int) -> tuple[Span | None, Span | None, int]:
    """Adverbs, times and prepositional phrases from toks[j] up to toks[stop]: the first source
    phrase, the first phrase naming a text, and where the run ends."""
    src: Span | None = None
    where: Span | None = None
    while True:
        j = skip_adverbials(ctx, toks, j, lx)
        if j >= stop:
            return src, where, j
        ph = _said_phrase(ctx, toks, j, lx)
        if ph is None:
            return src, where, j
        kind, sp, j = ph
        if kind == "source" and src is None:
            src = sp
        elif kind == "where" and where is None:
            where = sp


def _names_document(ctx: Context, sp: Span, lx: Lang) -> bool:
    """"der Klage", "der Anklageschrift": a noun phrase whose head is a text (`document_heads`,
    also as the end of a compound) — a text that may tell of testimony or speech."""
    heads = lx.document_head_endings
    words = ctx.text[sp.start : sp.end].split()
    return bool(words) and (words[-1] in lx.document_heads or (words[-1][:1].isupper() and words[-1].lower().endswith(heads)))


def _is_text(ctx: Context, sp: Span, lx: Lang) -> bool:
    """"dem Abschlussbericht", "der BWB-Analyse", "der neuen Ausgabe von X": a noun phrase whose
    head is a text (`document_heads`, also as the end of a compound), or one that holds the name
    of an organisation ("heißt es in der Partei X")."""
    heads = lx.document_head_endings
    words = ctx.text[sp.start : sp.end].split()
    if any(w in lx.document_heads or (w[:1].isupper() and w.lower().endswith(heads)) for w in words):
        return True
    if words and words[-1].lower().endswith(tuple(h.lower() for h in lx.anonymous_heads if len(h) > 4)):
        return True  # "in EU-Ratskreisen"
    return any(ent.label == "ORG" for ent in entities_overlapping(ctx.doc, sp))


def _konjunktiv_in(toks: list[Token], lx: Lang) -> bool:
    return any(lx.konjunktiv(t.text) for t in toks)


@functools.cache
def _in_it(code: str) -> frozenset[str]:
    """Pronominal adverbs of place that point at a text ("darin", "hierin": `text_pointing_adverbs`)."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("text_pointing_adverbs", []))


def subjectless(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """Subjectless reports: "hieß es" with its source in a phrase before or after it ("Aus dem
    Ministerium hieß es, …", "…, hieß es am Freitag seitens der Polizei", "So heißt es im
    Bericht: …"); the phrases between the cue and the claim ("auf Anfrage der APA") are no part of
    the claim, and a chain phrase among them is a link."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    for phrase in lx.subjectless:
        L = len(phrase)
        for i in range(n - L + 1):
            if lows[i : i + L] != phrase:
                continue
            # a phrase that opens the sentence and reaches the cue ("Aus Militärkreisen hieß es",
            # "In einer Erklärung der Minister vom Dienstag hatte es geheißen")
            s0 = skip_conjunctions(lows, i)
            front = _said_phrase(ctx, toks, s0, lx) if s0 < i else None
            if front is not None:
                gap = front[2]
                while gap < i and (ctx.in_timex(toks[gap].span) or lows[gap] in lx.date_prepositions or toks[gap].text in AUX):
                    gap += 1  # a date may close the phrase: "… vom vergangenen Freitag heißt es"
                if gap != i:
                    front = None
            src_, where, k = _said_run(ctx, toks, i + L, lx, n)
            opens = k < n - 1 and toks[k].text in (",", ":")
            content = None
            if front is not None or (opens and (i == 0 or toks[k].text == ":" or toks[i - 1].text not in (",", *QUOTE_CHARS))):
                # the claim follows: "Aus dem Ministerium hieß es dazu, …", "Allerdings hieß es auf
                # Anfrage der APA aus ihrem Büro: …", "Nun heißt es im Abschlussbericht, …"; after a
                # colon also behind a relative clause ("In einem Schreiben, das X verschickte, hieß es: …")
                content = content_after(ctx, toks, k + 1, sent) if opens else None
            if content is None and opens and toks[k].text == "," and i > 2 and toks[i - 1].text == "," \
                    and _konjunktiv_in(toks[k + 1 :], lx) and not _konjunktiv_in(toks[:i], lx):
                # "…, war man sich nicht einig geworden, hieß es, sicher sei jedoch, dass …": the claim
                # in the Konjunktiv follows the cue, the author's clause before it
                content = content_after(ctx, toks, k + 1, sent)
            parts: list[Span] = []
            if content is None and opens and toks[k].text == "," and i > 1 and toks[i - 1].text == "," and k + 1 < n \
                    and toks[k + 1].text.islower() and (toks[k + 1].text.lower() in AUX or ctx.pos_at(toks[k + 1].span) in ("VERB", "AUX")):
                # "Frühestens im Mai, heißt es, kommt er.": a tag inside the clause, whose finite verb follows it
                rest = content_after(ctx, toks, k + 1, sent)
                first = strip_span(ctx.text, Span(sent.span.start, toks[i - 1].span.start))
                if rest is not None and first.end > first.start:
                    content, parts = first, [first, rest]
            lead = ""
            if content is None:
                content = content_around(ctx, toks, i, max(k, i + L), sent)
                if content is not None and lx.code == "de" and i > 1 and toks[i - 1].text == "," and content.end <= toks[i].span.start \
                        and (after := _after_lead(ctx, toks, i - 1, content, lx)) != content and ctx.text[after.start].isupper():
                    # rule +after_lead: "Die Kasse hat reagiert: Die Zahlungen waren zulässig, heißt es im Schreiben.":
                    # what leads to the colon is the author's, the claim is after it (as a tag's, verbs._after_lead; session 34);
                    # a clause of its own, capitalised (not "Sie nennen den Grund: das nasse Laub, heißt es …")
                    content, lead = after, "+after_lead"
            if content is None or content.start >= content.end:
                continue
            body = False
            if front is not None and front[0] != "other":
                src_ = front[1]  # the phrase before the cue names the source or the text
            elif src_ is None and where is not None and (opens or _is_text(ctx, where, lx)):
                src_ = where  # "So hieß es in dem Schreiben wörtlich: «…»", "…, heißt es im Bericht."
            elif src_ is None and where is not None and lx.code == "de" and _names_body(ctx, where, lx):
                src_, body = where, True  # "…, heißt es im Finanzministerium.": the body in which it is said says it
            how = "+body" if body else ""
            if src_ is None and lx.code == "de" and ((s0 == i - 1 and lows[s0] in _in_it(lx.code)) or (i + L < n and lows[i + L] in _in_it(lx.code))) \
                    and (named := text_named_before(ctx, si, lx, toks[i].span)) is not None:
                src_, how = named[0], "+text_before"  # "Die Behörde schickte einen Brief. Darin hieß es, …": the text just named
            if src_ is None and lx.code == "de" and (frame := _frame_speaker(ctx, si, sent, i, L, lx)) is not None:
                src_, how = frame  # "In einer Erklärung, die der Verein veröffentlichte, hieß es", "…, hieß es weiter"
            svia = [v for v in vias(ctx, toks, lx, exclude=src_) if not v[0].overlaps(content)]  # "hieß es auf Anfrage der APA"
            content = ctx.unquote(content)
            mode = "direct" if ctx.is_quote(content) else "indirect"
            ctx.cands.append(Cand(mode, parts or [content], Span(toks[i].span.start, toks[i + L - 1].span.end),
                                   src_, f"attr.{mode}.{lx.code}.subjectless" + ("+inside" if parts else "") + lead + how, si, via=svia))
            return True
    return False


def passive_tag(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """"Es gehe um mehr als Geld, wird in der Mitteilung betont." (German): a tag in the passive
    after a claim in the Konjunktiv — after the comma a passive auxiliary (`passive_auxiliaries`),
    adverbs, times and the phrases of a subjectless report, and a speech verb's participle that
    closes the sentence. The source is the one "von X", "seitens X" names, else the text "in X"
    names (`_said_run`), else no one (rule attr.indirect.de.passive_tag)."""
    if lx.code != "de":
        return False
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    for a in range(3, n - 2):
        if toks[a - 1].text != "," or lows[a] not in lx.process_passive_auxiliaries \
                or ctx.inside_any_quote(toks[a].span.start):
            continue
        p = next((m for m in range(a + 1, n) if toks[m].text in (".", "!", ";", ",", ":")), n) - 1
        if p <= a or (p + 1 < n and toks[p + 1].text not in (".", "!")):
            continue  # the participle closes the sentence
        if not any((f.participle or lows[p].endswith("t") or (f.particle is not None and lows[p].startswith(f.particle + "ge")))
                   and f.cls not in NOT_SPEECH for f in lx.forms.get(lows[p], [])):
            continue  # (a verb with an inseparable prefix: its participle is its present, "betont", "erklärt")
        src, where, k = _said_run(ctx, toks, a + 1, lx, p)
        if k != p or not _konjunktiv_in(toks[: a - 1], lx):
            continue  # nothing but the phrases of the report between; a claim in the Konjunktiv before
        content = strip_span(ctx.text, Span(sent.span.start, toks[a - 1].span.start))
        if len(content) < 10:
            return False
        if src is None and where is not None and _is_text(ctx, where, lx):
            src = where
        ctx.cands.append(Cand("indirect", [ctx.unquote(content)], Span(toks[a].span.start, toks[p].span.end), src,
                              "attr.indirect.de.passive_tag", si))
        return True
    return False


@functools.cache
def _frame_words(code: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "cues").get("subjectless_frame", {}).get(key, []))


def _last_body(ctx: Context, toks: list[Token], lx: Lang) -> Span | None:
    """The last noun phrase after a preposition in `toks` that names an organisation ("an das
    Umweltministerium", "bei der Stadt Wien"), outside quotation marks; None when there is none."""
    for j in range(len(toks) - 2, -1, -1):
        if toks[j].text.lower() not in PREPOSITIONS_DE or ctx.inside_any_quote(toks[j].span.start):
            continue
        e = np_forward(ctx, toks, j + 1, lx, apposition=False)
        if e <= j + 1:
            continue
        b = j + 1 + (1 if toks[j + 1].text.lower() in lx.determiners and e > j + 2 else 0)
        sp = Span(toks[b].span.start, toks[e - 1].span.end)
        if _names_body(ctx, sp, lx):
            return Span(toks[j + 1].span.start, toks[e - 1].span.end)
    return None


def _names_body(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The noun phrase names an organisation by its noun ("das Finanzministerium", "der Partei"),
    not a place that may stand for a government ("in Berlin": a place after the cue is no source)."""
    info = analyse_mention(ctx.text[sp.start : sp.end], lx)
    return info.type in ORGANISATIONS and info.role != "country" and not any(
        ent.label == "LOC" for ent in entities_overlapping(ctx.doc, sp))


def _frame_speaker(ctx: Context, si: int, sent: Sentence, i: int, L: int, lx: Lang) -> tuple[Span, str] | None:
    """The speaker of a subjectless report ("hieß es") that names none of its own, from its frame:
    the subject the parse gives the relative clause on the text the report stands in ("In einer
    Erklärung, die der Verein am Freitag veröffentlichte, hieß es: …": the issuer; rule +issuer), or,
    when an adverb carries the report on (`subjectless_frame.going_on`: "…, hieß es weiter"), the
    speaker of the last speech act of the sentence or two before in the same paragraph (+previous_speaker).
    None otherwise: "Allgemein heißt es, …" is no one's."""
    from ..syntax import subject_of

    toks = sent.tokens
    syn = ctx.doc.syntax
    if i >= 4 and toks[i - 1].text == ",":
        c = next((k for k in range(i - 2, 0, -1) if toks[k].text == ","), None)
        if c is not None and c + 1 < i and toks[c + 1].text.lower() in REL_PRONOUNS and not ctx.inside_any_quote(toks[c].span.start):
            b = np_backward(ctx, toks, c, lx)
            w = ctx.word_index(toks[c + 1].span)
            if b < c and _names_document(ctx, Span(toks[b].span.start, toks[c - 1].span.end), lx) and w is not None and syn[w].head != w:
                verb = syn[w].head
                sub = subject_of(ctx.doc, syn[verb].span)
                e = np_forward(ctx, toks, c + 2, lx, apposition=False)
                x = ctx.word_index(toks[e - 1].span) if e > c + 2 else None
                inner = sub is not None and toks[c + 1].span.end <= sub.start and sub.end <= toks[i - 1].span.start
                if not inner and x is not None and syn[x].head == verb and syn[x].dep in ("obj", "nsubj") \
                        and toks[c + 2].text.lower() not in lx.oblique_articles \
                        and (toks[c + 2].text.lower() in lx.determiners or toks[c + 2].text[:1].isupper()):
                    # "eine Mitteilung, die das Rathaus verschickte": a text issues nothing itself, so the noun
                    # phrase after the relative pronoun is the clause's subject, whichever the parse made the object
                    sub = Span(toks[c + 2].span.start, toks[e - 1].span.end)
                if sub is not None and toks[c + 1].span.end <= sub.start and sub.end <= toks[i - 1].span.start:
                    return sub, "+issuer"
    s0 = skip_conjunction([t.text.lower() for t in toks])
    if s0 + 1 == i and toks[s0].text.lower() in _frame_words(lx.code, "place_anaphors") and (prev := ctx.prev_sentence(si)) is not None \
            and prev.segment == sent.segment:
        # "… wird man an das Umweltministerium verwiesen. Dort heißt es, …": the body the sentence before points to
        body = _last_body(ctx, prev.tokens, lx)
        if body is not None:
            return body, "+place"
    if not _goes_on(toks, i, L, _frame_words(lx.code, "going_on")):
        return None
    for cand in reversed(ctx.cands):  # (in the order of their sentences while the sentences are read)
        if cand.sent >= si:
            continue
        if cand.sent < si - 2:
            break
        if ctx.doc.sentences[cand.sent].segment != sent.segment:
            break
        if cand.cue is not None and cand.source is not None and not cand.inherit and cand.mode in ("direct", "indirect", "according_to") \
                and not ctx.inside_any_quote(cand.source.start):
            return cand.source, "+previous_speaker"
    return None


def _goes_on(toks: list[Token], i: int, L: int, going: frozenset[str]) -> bool:
    """An adverb of `going` stands in the frame of the report toks[i:i+L] ("…, hieß es weiter",
    "Zudem hieß es, …"): among the two words before it or the three after it, with no punctuation
    between it and the cue; one behind a comma belongs to what was said ("Die Preise steigen
    weiter, hieß es": no report carried on)."""
    for t in reversed(toks[max(0, i - 2) : i]):
        if not t.text[:1].isalnum():
            break
        if t.text.lower() in going:
            return True
    for t in toks[i + L : i + L + 3]:
        if not t.text[:1].isalnum():
            break
        if t.text.lower() in going:
            return True
    return False


def wie_es_hiess(ctx: Context, si: int, sent: Sentence, lx: Lang) -> bool:
    """A subjectless report in a wie-clause: "Wie es aus Kreisen der Koalition hieß, soll …",
    "…, wie es am Abend aus dem Ministerium hieß." The phrase of `subjectless_report_source`
    in the clause names the source, else a text it stands in ("wie es im Bericht heißt"), else
    there is none; the claim is the main clause."""
    toks = sent.tokens
    n = len(toks)
    lows = lowered(toks)
    verbs = {p[0] for p in lx.subjectless if len(p) == 2 and p[1] == "es"} | {p[1] for p in lx.subjectless if len(p) == 2 and p[0] == "es"}
    for w in range(n - 3):
        if lows[w] not in lx.wie or lows[w + 1] != "es" or ctx.inside_any_quote(toks[w].span.start):
            continue
        fronted = all(lows[m] in CONJ_START for m in range(w))
        if not fronted and toks[w - 1].text != ",":
            continue
        src_, where, k = _said_run(ctx, toks, w + 2, lx, n)
        if k >= n or lows[k] not in verbs:
            continue
        if src_ is None and where is not None and _is_text(ctx, where, lx):
            src_ = where  # "…, wie es in dem Bericht heißt"
        e = k + 1
        while e < n and toks[e].text in AUX:
            e += 1  # "wie es geheißen hatte"
        cue = Span(toks[k].span.start, toks[k].span.end)
        if fronted:
            if e >= n - 1 or toks[e].text != ",":
                continue
            content = content_after(ctx, toks, e + 1, sent)
        else:
            if e < n and toks[e].text not in (".", "!", "?", ",", ";"):
                continue
            content = strip_span(ctx.text, Span(sent.span.start, toks[w - 1].span.start))
        if content is None or content.start >= content.end:
            continue
        svia = [v for v in vias(ctx, toks, lx, exclude=src_) if not v[0].overlaps(content)]
        content = ctx.unquote(content)
        mode = "direct" if ctx.is_quote(content) else "indirect"
        ctx.cands.append(Cand(mode, [content], cue, src_, f"attr.{mode}.{lx.code}.wie_subjectless", si, via=svia))
        return True
    return False


#: punctuation that opens an according-to phrase set apart from the clause around it (`according`: no `+inner_phrase`)
_PHRASE_APART = frozenset(",–—-([")


def _set_apart(ctx: Context, parts: list[Span], phrase_start: int) -> bool:
    """The according-to phrase between the two parts of its clause is set apart by punctuation
    (`_PHRASE_APART`) before it, which the first part may hold ("Die Halle ist (laut Stadt) zu klein":
    the bracket ends the first part) or the gap between the parts does ("Die Brücke ist, laut Polizei, …")."""
    return ctx.text[parts[0].start : phrase_start].rstrip()[-1:] in _PHRASE_APART \
        or ctx.text[parts[0].end : parts[1].start].lstrip()[:1] in _PHRASE_APART


def according(ctx: Context, si: int, sent: Sentence, a: int, b: int, cue: Span, src: Span, lx: Lang, rule: str,
              rel_end: int | None = None, phrase: Span | None = None) -> bool:
    """Add an according-to attribution for the phrase toks[a:b] (and a relative clause after it
    up to toks[rel_end]); False when its clause is empty. `phrase`: the words after the cue when
    the source is only a part of them (the outlet of "a report in the Harbor Ledger"): no link."""
    notes: list[str] = []
    content = clause_content(ctx, sent.tokens, a, rel_end or b, sent, notes)
    if content is None:
        return False
    rule += "".join("+" + x for x in notes)  # "+dashes": "Der Mann – laut Polizei Mitte 40 – starb"
    clause = own_clause(ctx, sent.tokens, a, rel_end or b, content, lx) if lx.code == "de" else None
    if clause is not None:
        content, rule = clause, rule + "+clause"  # "…, als sie laut Endergebnis vorn lag": the phrase's own clause
    via = vias(ctx, sent.tokens, lx, exclude=phrase or src)
    if rel_end is not None:
        for relay in relative_relay(ctx, sent.tokens, b, rel_end, lx):
            if not any(v[0].overlaps(relay) for v in via):
                via.append((relay, False))
    # a closing "nach Angaben X", "gemäß X" stays out of what was said ("laut X der größte …" may be an inner phrase run on)
    closing = cue.start == sent.tokens[a].span.start and sent.tokens[a].text.lower() in lx.preposition_cues
    parts = around_phrase(ctx, sent.tokens, a, rel_end or b, content, closing) if lx.code == "de" else [content]
    # (a phrase that opens with its cue: "laut X", "nach Angaben X"; "X zufolge" may hold a conjunction itself)
    first = _conjunct_before(ctx, sent.tokens, a, parts[0], lx) if len(parts) == 2 and cue.start == sent.tokens[a].span.start else None
    if first is not None:
        # "X soll … berührt haben und laut Medienberichten auch versucht haben, …": the phrase
        # opens the second conjunct; the first is a claim of its own on the same word
        ctx.cands.append(Cand("according_to", [first], cue, src, f"attr.according.{lx.code}.{rule}+conjunct", si, via=via))
        parts = parts[1:]
    elif len(parts) == 2 and not ctx.denews and not _set_apart(ctx, parts, sent.tokens[a].span.start):
        # the seed's style: a phrase inside its clause stays inside the claim, one part ("Rund 500 Leute
        # sind laut Polizei gekommen" claims all of it; de-news-quotes leaves it out: `around_phrase`);
        # one set apart by dashes, brackets or commas stands apart ("Der Verein ist – nach eigenen Angaben – …")
        # (the suffix right after the phrase's kind: "prefix+inner_phrase+clause")
        kind, plus, rest = rule.partition("+")
        parts, rule = [Span(parts[0].start, parts[1].end)], f"{kind}+inner_phrase{plus}{rest}"
    # "dem Bericht zufolge" after "nach einem Bericht von X": X's; "den Angaben zufolge", "nach
    # diesen Angaben" with no owner named before: the word of the source just named, as "demnach"
    words = ctx.text[src.start : src.end].split()
    head = lx.code == "de" and len(words) == 2 and words[0].lower() in lx.anaphoric_articles and words[1].lower() in lx.nach_heads
    # (a document named again, "dem Bericht zufolge", keeps its own mention: chains recall its chain)
    owner = _owner_named_before(ctx, si, words[1], lx) if head and words[1] not in lx.document_heads else None
    again = head and owner is None and words[0].lower() in lx.anaphoric_determiners
    after = _colon_goes_on(ctx, sent, cue, parts[-1], lx) if lx.code == "de" and not ctx.denews else None
    if after is not None:
        parts[-1] = after[0]
    ctx.cands.append(Cand("according_to", parts, cue, owner or src, f"attr.according.{lx.code}.{rule}" + ("+anaphoric" if owner or again else ""),
                          si, via=via, inherit=again))
    if after is not None and (tag := _so_tag_closing(ctx, sent, after[1], lx)) is not None:
        # "…, habe laut X versucht, es herunterzuspielen: Nach wie vor gelte …, so Y.": Y's claim, a tag of its own,
        # told on X's word (the link; session 36)
        ctx.cands.append(Cand("indirect", [tag[0]], tag[1], tag[2], f"attr.indirect.{lx.code}.so+after_colon", si, via=[(owner or src, False)]))
    elif after is not None:
        # "…, hängt laut X vom Wetter ab: In dürren Jahren müsse man …": the Konjunktiv after the colon goes on with X
        ctx.cands.append(Cand("continuation", [after[1]], after[2], None, f"attr.continuation.{lx.code}.konjunktiv+after_colon", si, inherit=True))
    return True


def _so_tag_closing(ctx: Context, sent: Sentence, part: Span, lx: Lang) -> tuple[Span, Span, Span] | None:
    """(the words before it, the cue "so", the speaker) when `part` ends with a tag ", so X" that
    closes the sentence (a noun phrase that opens with an article or a capital, then at most the
    sentence's end mark); None otherwise."""
    toks = [t for t in sent.tokens if part.start <= t.span.start < part.end]
    n = len(toks)
    for i in range(n - 2, 1, -1):
        if toks[i].text.lower() != "so" or toks[i - 1].text != "," or ctx.inside_any_quote(toks[i].span.start):
            continue
        nxt = toks[i + 1].text
        if not (nxt[:1].isupper() or nxt.lower() in lx.determiners):
            return None
        e = np_forward(ctx, toks, i + 1, lx)
        if e <= i + 1 or e < n - (1 if toks[-1].text in (".", "!") else 0):
            return None
        before = strip_span(ctx.text, Span(part.start, toks[i - 1].span.start))
        return (before, toks[i].span, Span(toks[i + 1].span.start, toks[e - 1].span.end)) if len(before) > 8 else None
    return None


def _colon_goes_on(ctx: Context, sent: Sentence, cue: Span, last: Span, lx: Lang) -> tuple[Span, Span, Span] | None:
    """(what stands before the colon, what follows it, the Konjunktiv I that makes it speech) when
    the claim of an according-to phrase (`last`, its last part) runs past a colon after the phrase
    (outside quotation marks) into a clause with a Konjunktiv I of its own (`konj1`): that clause goes
    on with the same source, the claim ends at the colon; None otherwise."""
    toks = sent.tokens
    c = next((k for k, t in enumerate(toks) if t.text == ":" and cue.end <= t.span.start and last.start < t.span.start < last.end
              and not ctx.inside_any_quote(t.span.start)), None)
    if c is None or c + 2 >= len(toks):
        return None
    marker = next((t.span for t in toks[c + 1 :] if t.text in lx.konj1 and not ctx.inside_any_quote(t.span.start)), None)
    if marker is None:
        return None
    before = strip_span(ctx.text, Span(last.start, toks[c].span.start))
    rest = strip_span(ctx.text, Span(toks[c + 1].span.start, last.end))
    if len(before) < 8 or len(rest) < 8:
        return None
    return before, rest, marker


def _owner_named_before(ctx: Context, si: int, noun: str, lx: Lang, back: int = 6) -> Span | None:
    """The owner of the same noun in one of the `back` sentences before ("nach einem Bericht von X",
    "die Angaben der Polizei"), latest first: whom "dem Bericht", "den Angaben" stands for."""
    low = noun.lower()
    for k in range(si - 1, max(-1, si - 1 - back), -1):
        toks = ctx.doc.sentences[k].tokens
        for j in range(len(toks) - 3, -1, -1):
            if toks[j].text.lower() != low or ctx.inside_any_quote(toks[j].span.start):
                continue
            nxt = toks[j + 1].text.lower()
            b = j + 2 if nxt in lx.owner_prepositions else j + 1 if nxt in lx.genitive_articles else None
            if b is None:
                continue
            e = np_forward(ctx, toks, b, lx, apposition=False)
            if e > b and can_be_source(ctx, Span(toks[b].span.start, toks[e - 1].span.end), lx):
                return Span(toks[b].span.start, toks[e - 1].span.end)
    return None


def _conjunct_before(ctx: Context, toks: list[Token], a: int, before: Span, lx: Lang) -> Span | None:
    """The first conjunct when the according-to phrase at toks[a] follows "und", "sowie" or
    "oder" (and at most two adverbs: "und so nach ersten Angaben"): `before` without the
    conjunction, else None."""
    k = a - 1
    while k >= 0 and a - k <= 3 and toks[k].text.islower() and toks[k].text.lower() not in lx.coordination:
        k -= 1
    if k <= 0 or toks[k].text.lower() not in lx.coordination or toks[k].span.start <= before.start:
        return None
    first = strip_span(ctx.text, Span(before.start, toks[k].span.start))
    words = re.findall(r"\w+", ctx.text[first.start : first.end])
    if len(words) < 3 or words[0].lower() in lx.never_reported or words[0].lower() in SUBORDINATORS:
        return None  # "Nachdem …": a clause of circumstance, no claim
    return first


#: the cue classes of a speech act whose complement clause a closing tag relays
_NESTED_CLASSES = ("speech", "report", "confirm", "deny", "writing")


def _nested_tag(ctx: Context, si: int, sent: Sentence, lx: Lang, n0: int) -> None:
    """"Die Regierung gab bekannt, dass sie den Plan ablehne, sagte Minister X." / "Der Minister
    habe gesagt, dass die Reform komme, betonte Y.": a main clause whose subject reports with a
    cue of its own, its complement clause (after ", dass"/", ob"), then a closing tag whose speaker
    runs to the sentence's end. Two claims (attrdev's rule for nested speech): the tag's speaker
    said the main clause (attr.indirect.de.nested_tag), and the main clause's subject said the
    complement clause, relayed by the tag's speaker, a downstream link
    (attr.indirect.de.nested_tag+inner). Replaces the sentence's candidates; nothing when the
    subject speaks in the first person (a speaker's own words told again), when the main clause
    holds a comma or a quotation, or when the parts do not fit."""
    toks = sent.tokens
    n = len(toks)
    end = n - 1 if n and toks[-1].text in (".", "!", "?") else n
    t = max((k for k in range(end) if toks[k].text == ","), default=None)
    if t is None or t + 2 >= end or any(x.text in QUOTE_CHARS or ctx.inside_any_quote(x.span.start) for x in toks):
        return
    cls2 = cue_at(ctx, toks, t + 1, lx)
    if cls2 not in _NESTED_CLASSES or np_forward(ctx, toks, t + 2, lx) < end or (not toks[t + 2].text[:1].isupper()
                                                                                           and toks[t + 2].text.lower() not in lx.determiners):
        return
    d = next((k for k in range(1, t) if toks[k - 1].text == "," and toks[k].text.lower() in lx.complementizers), None)
    if d is None or d < 3 or t - d < 4 or any(x.text in (",", ";", ":", "–") for x in toks[: d - 1]):
        return
    e = np_forward(ctx, toks, 0, lx, apposition=False)
    if e <= 0 or e >= d - 1 or toks[0].text.lower() in lx.speaking_first_person or (toks[0].text.lower() in lx.determiners and e == 1):
        return
    m = e
    while m < d - 1 and toks[m].text.lower() in AUX:
        m += 1  # "Der Minister habe … gesagt": the auxiliary, then the participle at the clause's end
    c1 = m if m == e else d - 2
    cls1 = cue_at(ctx, toks, c1, lx)
    if cls1 not in _NESTED_CLASSES or attributive(ctx, toks, c1, lx) or negated(toks, c1, lx):
        return
    if m == e and not any(x.text.lower() in lx.separable_particles or cue_at(ctx, toks, k, lx) for k, x in enumerate(toks[e : d - 1], e)):
        return
    inner_src = Span(toks[0].span.start, toks[e - 1].span.end)
    outer_src = Span(toks[t + 2].span.start, toks[end - 1].span.end)
    if not can_be_source(ctx, inner_src, lx) or not can_be_source(ctx, outer_src, lx):
        return
    outer = Span(toks[0].span.start, toks[d - 2].span.end)
    inner = Span(toks[d].span.start, toks[t - 1].span.end)
    cue2 = toks[t + 1].span
    del ctx.cands[n0:]
    ctx.cands.append(Cand("indirect", [outer], cue2, outer_src, "attr.indirect.de.nested_tag", si))
    ctx.cands.append(Cand("indirect", [inner], toks[c1].span, inner_src, "attr.indirect.de.nested_tag+inner", si,
                          via=[(outer_src, False)]))
