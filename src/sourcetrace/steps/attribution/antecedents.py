"""Antecedents: the person a German sentence is about, whether or not it reports speech. Source
resolution points pronouns at them ("Eine Frau wartet vor dem Rathaus. … Sie sagt: „…“"), and an
untagged quotation after such a sentence is that person's ("X wundert sich über die Regeln.
„Das versteht niemand.“")."""

from __future__ import annotations

import re

from ...document import Sentence, Span
from ..lexicon import PREPOSITIONS_DE, Lang, skip_conjunctions
from ..sources import analyse_mention, full_name, gender_of, is_role, role_name_rx
from .context import QUOTE_CHARS, Context
from .phrases import np_forward


def opening_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The noun phrase that opens a German sentence before its finite verb (V2 with the subject
    first: "Ein junger Polizist wird …", "Der Mann veröffentlicht …"), when it names a person: a
    name, or a role or person noun with its article. None for a sentence that opens with anything
    else (an adverb, a prepositional phrase, an oblique article, a pronoun) or inside a quotation."""
    toks = sent.tokens
    if lx.code != "de" or len(toks) < 3:
        return None
    s = skip_conjunctions(toks, len(toks))
    if s >= len(toks) - 1 or ctx.inside_any_quote(toks[s].span.start) or toks[s].text in QUOTE_CHARS:
        return None
    first = toks[s].text
    low = first.lower()
    if not first[:1].isupper() or low in PREPOSITIONS_DE or low in lx.oblique_openers or first in lx.subject_pronouns:
        return None
    e = np_forward(ctx, toks, s, lx, apposition=False)
    if e <= s or e >= len(toks):
        return None
    verb = toks[e].text
    if not verb[:1].islower() or verb.lower() in lx.determiners or verb.lower() in PREPOSITIONS_DE:
        return None  # the phrase is followed by its verb, not by more of a phrase
    if verb.endswith("en") or verb == "sind":
        return None  # a plural ("Die Reporter konnten …"): no antecedent of "er" or of "sie" with a singular verb
    sp = Span(toks[s].span.start, toks[e - 1].span.end)
    if any(ent.label == "PER" and ent.span.overlaps(sp) for ent in ctx.doc.entities):
        return sp
    if e - s == 1:
        # a name alone: a surname whose full name the text gives ("Roth wundert sich …" after "Anna Roth")
        return sp if full_name(ctx.doc, first) is not None else None
    words = [t.text for t in toks[s:e] if t.text.lower() not in lx.determiners]
    person_word = any(w in lx.feminine_words or w in lx.masculine_words or is_role(w, lx) for w in words)
    if e - s > 6 or not (person_word or (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words))):
        return None  # "Die Entscheidung fiel …": no role, person noun or name (checked first: the analysis costs more)
    info = analyse_mention(ctx.text[sp.start : sp.end], lx)
    return sp if info.type == "person" and not info.pronoun else None


def age_antecedent(ctx: Context, sp: Span, lx: Lang) -> Span | None:
    """The person a noun of age stands for ("Der 54-Jährige sagte …", `age_noun_endings`): the
    nearest person the entity model names before it, in its paragraph or the one before, of the
    gender its article tells ("der" a man, "die" a woman) when the words before that name tell
    one. None for any other mention."""
    words = re.findall(r"[\w-]+", ctx.text[sp.start : sp.end])
    if lx.code != "de" or not lx.age_noun_endings or not 2 <= len(words) <= 3 or not words[-1].endswith(lx.age_noun_endings) \
            or not words[-1][:1].isdigit():
        return None
    art = words[0].lower()
    want = "m" if art in ("der", "ein") else ("f" if art in ("die", "eine") and not words[-1].endswith("n") else None)
    # the persons named before: by the entity model, or by a role noun before a name ("Trainer Udo Brand")
    start = max(0, sp.start - 600)
    named = [(e.span, max(0, e.span.start - 40)) for e in ctx.doc.entities if e.label == "PER" and start <= e.span.start and e.span.end <= sp.start]
    named += [(Span(m.start(1), m.end(1)), m.start()) for m in role_name_rx(lx).finditer(ctx.text, start, sp.start)]
    for name, frm in sorted(named, key=lambda x: -x[0].start):
        if ctx.text.count("\n", name.end, sp.start) > 2:
            return None
        if ctx.inside_any_quote(name.start):
            continue
        g = gender_of(ctx.text[frm : name.end], ctx.doc, "de")
        if want is None or g is None or g == want:
            return name
    return None


def named_before_pronoun(ctx: Context, sp: Span, sent: Sentence, lx: Lang, persons: frozenset[str]) -> Span | None:
    """A German subject pronoun of a man ("er") that points at the one person its own sentence
    names before it by a surname, outside quotations ("Für Weingart ein klarer Fehler, wie er
    betonte", with "Lutz Weingart" named elsewhere in the text and the surname a
    person's to the entity model somewhere: `persons`, the last words of its PER entities): that name, when its
    gender does not contradict the pronoun's. None otherwise (the pronoun is resolved across
    sentences as before)."""
    word = ctx.text[sp.start : sp.end].lower()
    if lx.code != "de" or word not in lx.masculine_pronouns | lx.feminine_pronouns or word in lx.plural_pronouns:
        return None
    names: list[Span] = []
    toks = [t for t in sent.tokens if t.span.end <= sp.start]
    k = 0
    while k < len(toks):
        if not (toks[k].text[:1].isupper() and toks[k].text.isalpha()) or toks[k].text.lower() in PREPOSITIONS_DE or toks[k].text.lower() in lx.determiners:
            k += 1
            continue
        e = k
        while e + 1 < len(toks) and toks[e + 1].text[:1].isupper() and toks[e + 1].text.isalpha():
            e += 1  # a run of capitalised words: "Lutz Weingart", "Weingart"
        before = toks[k - 1].text.lower() if k > 0 else ""
        if len(toks[e].text) > 2 and before not in lx.place_prepositions and before not in ("aus", "nach", "von", "vom", "zum", "zur") \
                and toks[e].text in persons and full_name(ctx.doc, toks[e].text) is not None:
            names.append(Span(toks[k].span.start, toks[e].span.end))  # (not "Autor aus Kleinhafen": a place)
        k = e + 1
    names = [n for n in names if not ctx.inside_any_quote(n.start)]
    if len({ctx.text[n.start : n.end].split()[-1] for n in names}) != 1:
        return None
    name = names[-1]
    g = gender_of(ctx.text[max(sent.span.start, name.start - 40) : name.end], ctx.doc, "de")
    want = "m" if word in lx.masculine_pronouns else "f"
    return name if g is None or g == want else None


def subject_of_sentence_before(ctx: Context, si: int, pronoun: Span, lx: Lang) -> Span | None:
    """What a German subject pronoun of the singular ("sie", "er") stands for when the sentence
    before, in the same paragraph, opens with a noun phrase of its gender as its subject — an
    article of that gender (`masculine_articles`, `feminine_articles`), then the finite verb in the
    singular ("Die Küstenwache hatte zwei Boote geschickt. Nach eigenen Angaben barg sie …"): that
    phrase, a body or a person. None otherwise (the pronoun is resolved as any other)."""
    word = ctx.text[pronoun.start : pronoun.end].lower()
    articles = lx.masculine_articles if word in lx.masculine_pronouns else lx.feminine_articles if word in lx.feminine_pronouns else None
    if lx.code != "de" or si == 0 or not articles:
        return None
    prev = ctx.doc.sentences[si - 1]
    if "\n" in ctx.text[prev.span.end : ctx.doc.sentences[si].span.start]:
        return None
    toks = prev.tokens
    s = skip_conjunctions(toks, len(toks))
    if s >= len(toks) - 2 or toks[s].text.lower() not in articles or not toks[s].text[:1].isupper() \
            or ctx.inside_any_quote(toks[s].span.start):
        return None
    e = np_forward(ctx, toks, s, lx, apposition=False)
    if e <= s + 1 or e >= len(toks):
        return None
    verb = toks[e].text
    if not verb[:1].islower() or verb.lower() in lx.determiners or verb.lower() in PREPOSITIONS_DE \
            or verb.endswith(lx.plural_verb_endings) or verb in lx.konj1 or not verb.isalpha():
        return None  # "Die Reporter konnten …": a plural, no "sie" of a singular verb
    return Span(toks[s].span.start, toks[e - 1].span.end)

