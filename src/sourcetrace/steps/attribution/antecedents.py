"""Antecedents: the person a German sentence is about, whether or not it reports speech. Source
resolution points pronouns at them ("Eine Frau wartet vor dem Rathaus. … Sie sagt: „…“"), and an
untagged quotation after such a sentence is that person's ("X wundert sich über die Regeln.
„Das versteht niemand.“")."""

from __future__ import annotations

import re

from ...document import Sentence, Span, Token
from ...textutil import whole_words
from ..lexicon import PREPOSITIONS_DE, Lang, is_adjective_like, skip_conjunctions
from ..sources import ORGANISATIONS, analyse_mention, full_name, gender_of, is_role, role_name_rx
from ..sources.gazetteer import german_given_names
from ..syntax import entities_overlapping
from .context import QUOTE_CHARS, Context
from .phrases import np_forward


def opening_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The noun phrase that opens a German sentence before its finite verb (V2 with the subject
    first: "Ein junger Polizist wird …", "Der Mann veröffentlicht …"), when it names a person: a
    name, or a role or person noun with its article. None for a sentence that opens with anything
    else (an adverb, a prepositional phrase, an oblique article, a pronoun) or inside a quotation.
    Asked again and again of a sentence (the rules of quotations, continuations and frames): kept
    per document in `Context.opening_subjects`."""
    if lx.code != "de" or len(sent.tokens) < 3:
        return None
    key = (sent.span.start, sent.span.end, lx.code)
    if key in ctx.opening_subjects:
        return ctx.opening_subjects[key]
    found = ctx.opening_subjects[key] = _opening_subject(ctx, sent, lx)
    return found


def _opening_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    toks = sent.tokens
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
    v = _past_apposition(ctx, toks, s, e, lx)
    verb = toks[v].text
    if not verb[:1].islower() or verb.lower() in lx.determiners or verb.lower() in PREPOSITIONS_DE:
        return None  # the phrase is followed by its verb, not by more of a phrase
    if verb.endswith("en") or verb == "sind":
        return None  # a plural ("Die Reporter konnten …"): no antecedent of "er" or of "sie" with a singular verb
    sp = Span(toks[s].span.start, toks[e - 1].span.end)
    if any(ent.label == "PER" for ent in entities_overlapping(ctx.doc, sp)):
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


def _past_apposition(ctx: Context, toks: list[Token], s: int, e: int, lx: Lang) -> int:
    """The index of the word after an apposition between commas that follows the phrase toks[s:e]
    ("Jan Roth, Präsident des Vereins, drückte …": the verb), when the apposition opens with a
    capital letter or an article and holds no more than eight words, none a lower-case word but
    articles, prepositions and adjectives (no verb of its own); else e."""
    n = len(toks)
    if toks[e].text != "," or e + 2 >= n:
        return e
    c = next((k for k in range(e + 1, min(n, e + 10)) if toks[k].text in (",", ".", ";", ":", "–", "(") or toks[k].text in QUOTE_CHARS), None)
    if c is None or toks[c].text != "," or c == e + 1 or c + 1 >= n:
        return e
    first = toks[e + 1].text
    if not (first[:1].isupper() or first.lower() in lx.determiners):
        return e
    for t in toks[e + 1 : c]:
        low = t.text.lower()
        if t.text[:1].islower() and not (low in lx.determiners or low in PREPOSITIONS_DE or is_adjective_like(t.text)):
            return e
    return c + 1


def opening_body(ctx: Context, sent: Sentence, lx: Lang, modal: bool = True) -> Span | None:
    """A body that opens a German sentence as its subject, with its article and then its finite verb
    ("Die Bahn legte am Freitag neue Pläne vor.", "Das Ministerium prüft den Antrag."): an
    organisation, a government, a party, a court, the police (`ORGANISATIONS` of the mention types). None for
    anything else, a person included (`opening_subject` reads those), inside a quotation, or, with `modal` False,
    before a modal of a demand (`deontic_modals`: "Der Verein soll die Kosten tragen.", which goes on with the
    speech before, so it names no new speaker of the Konjunktiv after it)."""
    toks = sent.tokens
    s = skip_conjunctions(toks, len(toks))
    if s >= len(toks) - 2 or toks[s].text.lower() not in lx.determiners or not toks[s].text[:1].isupper() \
            or ctx.inside_any_quote(toks[s].span.start):
        return None
    e = np_forward(ctx, toks, s, lx, apposition=False)
    if not s + 1 < e < len(toks) or not toks[e].text[:1].islower() or toks[e].text.lower() in lx.determiners \
            or toks[e].text.lower() in PREPOSITIONS_DE or lx.konjunktiv(toks[e].text) or (not modal and toks[e].text.lower() in lx.deontic_modals):
        return None  # no finite verb in the indicative right after the phrase, or a modal of a demand (part of the speech)
    sp = Span(toks[s].span.start, toks[e - 1].span.end)
    return sp if analyse_mention(ctx.text[sp.start : sp.end], lx).type in _BODIES else None


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
    if lx.code != "de" or not articles or (opening := opening_subject_before(ctx, si, lx)) is None:
        return None
    toks, s, e = opening
    verb = toks[e].text
    if toks[s].text.lower() not in articles or not toks[s].text[:1].isupper() or e <= s + 1 \
            or verb.endswith(lx.plural_verb_endings) or verb in lx.konj1:
        return None  # "Die Reporter konnten …": a plural, no "sie" of a singular verb
    return Span(toks[s].span.start, toks[e - 1].span.end)


def opening_subject_before(ctx: Context, si: int, lx: Lang) -> tuple[list[Token], int, int] | None:
    """The sentence before `si`, when it stands in the same paragraph and opens (after conjunctions,
    outside quotation marks) with a German noun phrase followed by a word in lower case that can be its
    finite verb (no article, no preposition): its tokens, where the phrase starts and where the verb
    stands. None otherwise."""
    if si == 0:
        return None
    prev = ctx.doc.sentences[si - 1]
    if "\n" in ctx.text[prev.span.end : ctx.doc.sentences[si].span.start]:
        return None
    toks = prev.tokens
    s = skip_conjunctions(toks, len(toks))
    if s >= len(toks) - 2 or ctx.inside_any_quote(toks[s].span.start):
        return None
    e = np_forward(ctx, toks, s, lx, apposition=False)
    if e <= s or e >= len(toks):
        return None
    verb = toks[e].text
    if not verb.isalpha() or not verb[:1].islower() or verb.lower() in lx.determiners or verb.lower() in PREPOSITIONS_DE:
        return None
    return toks, s, e


#: source types of a body that a German pronoun of its noun's gender may stand for ("die Polizei … sie"):
#: the organisations a pronoun may stand for in source resolution (`sources.ORGANISATIONS`), and "organisation"
_BODIES = ORGANISATIONS | {"organisation"}


def clause_subject(ctx: Context, si: int, lx: Lang) -> Span | None:
    """The subject of the main clause of German sentence `si`, outside quotations: by word order
    where it is clear (`_rules_subject`: the person that opens the sentence, an opening subject
    pronoun, the subject right after the verb of an inverted clause), else the parse's subject of
    the sentence's root (`syntax.subject_of`); when the parse gives a finite root no subject at all,
    its first noun or name after it in its own clause — the small model reads the subject of an
    inverted clause as an object. None otherwise."""
    from ..syntax import MODELS, NP_STOP, PARSER_DE, children, subject_of, subtree, words_in

    doc = ctx.doc
    sent = doc.sentences[si]
    by_rules = _rules_subject(ctx, sent, lx)
    if by_rules is not None:
        return by_rules
    words = words_in(doc, sent.span)
    syn = doc.syntax
    if not words or syn[words[0]].rule != MODELS[PARSER_DE]:
        return None
    root = next((w for w in words if syn[w].dep == "root"), None)
    if root is None or ctx.inside_any_quote(syn[root].span.start):
        return None
    sub = subject_of(doc, syn[root].span)
    if sub is not None:
        return None if ctx.inside_any_quote(sub.start) else sub
    kids = children(doc, root)
    if ("Fin" not in syn[root].feats and "Mood=" not in syn[root].feats) or any(
            syn[c].dep.split(":")[0] in ("nsubj", "csubj", "expl") for c in kids):
        return None
    for c in kids:
        if c > root and syn[c].dep in ("obj", "iobj") and syn[c].pos in ("PROPN", "NOUN"):
            if "," in ctx.text[syn[root].span.end : syn[c].span.start]:
                return None
            ws = subtree(doc, c, NP_STOP)
            sp = Span(syn[ws[0]].span.start, syn[ws[-1]].span.end)
            return None if ctx.inside_any_quote(sp.start) else sp
    return None


def _rules_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The subject by word order alone: the person that opens the sentence (`opening_subject`), a
    subject pronoun that opens it before a verb in lower case ("Er fordert …"), or the subject
    right after the finite verb of an inverted clause (`inverted_subject`)."""
    subj = opening_subject(ctx, sent, lx)
    if subj is not None:
        return subj
    toks = sent.tokens
    s = skip_conjunctions(toks, len(toks))
    if s + 1 < len(toks) and toks[s].text in lx.subject_pronouns and toks[s + 1].text[:1].islower() \
            and not ctx.inside_any_quote(toks[s].span.start):
        return toks[s].span
    return inverted_subject(ctx, sent, lx)


def inverted_subject(ctx: Context, sent: Sentence, lx: Lang) -> Span | None:
    """The subject of a German main clause in inverted order, right after its finite verb: the
    clause opens with an adverb (a time expression, the parse's ADV, or a word the text also writes
    in lower case: "Allerdings ist X davon überzeugt") or a prepositional phrase ("In seiner Predigt rief X dazu
    auf"), then a verb in lower case, then the subject — a subject pronoun, a name or a noun phrase
    with its article ("Dort sagte der Minister"). None for any other order, or inside a quotation."""
    toks = sent.tokens
    n = len(toks)
    s = skip_conjunctions(toks, n)
    if s >= n - 2 or ctx.inside_any_quote(toks[s].span.start):
        return None
    low = toks[s].text.lower()
    if s > 0 and toks[s].text.islower():
        k = s  # the opener was a clause-opening adverb ("Allerdings ist X …", `clause_openers`)
    elif not toks[s].text[:1].isupper():
        return None
    elif low in PREPOSITIONS_DE:
        k = np_forward(ctx, toks, s + 1, lx, apposition=False)
        if k <= s + 1:
            return None
    else:
        w = ctx.word_at(toks[s].span)
        adverb = ctx.in_timex(toks[s].span) or (w is not None and w.pos in ("ADV", "SCONJ", "CCONJ")) \
            or next(whole_words(ctx.text, low), None) is not None
        if not adverb or low in lx.determiners or toks[s].text in lx.subject_pronouns:
            return None
        k = s + 1
    if k >= n - 1:
        return None
    verb = toks[k].text
    if not verb.isalpha() or not verb.islower() or verb in lx.determiners or verb in PREPOSITIONS_DE:
        return None
    j = k + 1
    if toks[j].text in lx.subject_pronouns:
        return toks[j].span
    if not (toks[j].text[:1].isupper() or toks[j].text in lx.masculine_articles | lx.feminine_articles):
        return None
    e = np_forward(ctx, toks, j, lx, apposition=False)
    if e <= j:
        return None
    if toks[j].text.lower() in lx.determiners and e == j + 1:
        return None
    if e == j + 1 and verb.endswith(lx.plural_verb_endings):
        return None  # ("Nach den Regeln dürften Flüchtlinge …": a bare plural noun, no one named)
    while e - 1 > j and toks[e - 1].text.islower():
        e -= 1  # ("sagte X selbst"): an adverb after the name is no part of it
    return Span(toks[j].span.start, toks[e - 1].span.end)


def _name_core(ctx: Context, sp: Span) -> Span:
    """A subject phrase without an age, a party or a home after its name ("Jan Berg (29) aus
    Gulu", "Eva Roth (SPÖ)"): what a pronoun agrees with and what names the person."""
    m = re.search(r"\s*\(|\s+aus\s+[A-ZÄÖÜ]", ctx.text[sp.start : sp.end])
    return Span(sp.start, sp.start + m.start()) if m is not None and m.start() > 0 else sp


def _agreement(ctx: Context, sp: Span, lx: Lang) -> tuple[str | None, bool | None]:
    """The gender ("m", "f", "n"; "p" a plural; None unknown) of a German subject phrase, and
    whether it names someone a pronoun of one person may stand for: True for a person (a name, a
    role or person noun) or a body with its article ("die Polizei", "der Konzern"); False for a
    thing; None for a name that is no person's (the entity model's organisation or place without
    an article: no "er" or "sie" stands for it)."""
    text = ctx.text[sp.start : sp.end]
    words = re.findall(r"[\w-]+", text)
    if not words:
        return None, False
    w = ctx.word_at(Span(sp.end - len(words[-1]), sp.end)) if text.endswith(words[-1]) else None
    if w is not None and "Number=Plur" in w.feats and w.pos == "NOUN":
        return "p", False
    first = words[0].lower()
    labels = {e.label for e in entities_overlapping(ctx.doc, sp)}
    g = gender_of(text, ctx.doc, "de")
    if g is not None:
        return g, True
    if first in lx.masculine_articles or first in lx.feminine_articles or first in lx.determiners:
        g = "m" if first in lx.masculine_articles else "f" if first in lx.feminine_articles else "n"
        if len(words) < 2:
            return g, False
        info = analyse_mention(text, lx)
        return g, info.type == "person" or info.type in _BODIES
    if "PER" in labels and _lone_opener(ctx, sp, words):
        return None, False  # ("Verschnupft reagierte auch X": a fronted participle the entity model read as a name)
    if "PER" in labels:
        return None, True  # a name: no gender known
    if labels:
        return None, None
    if len(words) <= 4 and all(x[:1].isupper() for x in words) and _person_name(ctx, words[-1], text, lx):
        return None, True
    return None, False


def _lone_opener(ctx: Context, sp: Span, words: list[str]) -> bool:
    """A subject of one capitalised word that opens its sentence and that the text writes nowhere
    else, no given name ("Verschnupft reagierte auch der Präsident"): a fronted adjective or
    participle, capitalised as the sentence's first word, not a person's name (a person the text
    names by a surname alone is named in full elsewhere, a one-word person in the same words again)."""
    if len(words) != 1 or ctx.text[sp.start : sp.end].strip() != words[0] or words[0] in german_given_names():
        return False
    si = ctx.sentence_index(sp, whole=True)  # (by bisection: a scan of every sentence per antecedent grew with the text)
    if si is None:
        return False
    toks = ctx.doc.sentences[si].tokens
    s = skip_conjunctions(toks, len(toks))
    if s >= len(toks) or toks[s].span.start != sp.start:
        return False
    return sum(1 for _ in whole_words(ctx.text, words[0])) == 1


def names_person(ctx: Context, sp: Span, lx: Lang) -> bool:
    """The phrase at `sp` names a person by name: the entity model's person, or a name of at most
    four capitalised words that is a person's (`_person_name`), with a role before it or not
    ("Papst X", "Landesrat X")."""
    if any(e.label == "PER" for e in entities_overlapping(ctx.doc, sp)):
        return True
    text = ctx.text[sp.start : sp.end]
    words = re.findall(r"[\w-]+", text)
    if not words or len(words) > 5 or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1]
    w = ctx.word_at(Span(sp.end - len(last), sp.end)) if text.endswith(last) else None
    if (w is not None and "Number=Plur" in w.feats) or is_role(last, lx) or last in lx.feminine_words or last in lx.masculine_words:
        return False  # ("Hunderte Flüchtlinge", "Der Sprecher"): no name
    return _person_name(ctx, last, text, lx) and not entities_overlapping(ctx.doc, sp)


def _person_name(ctx: Context, last: str, text: str, lx: Lang) -> bool:
    """A name (its last word `last`) is a person's: the text gives its full name, the entity model
    calls it a person somewhere, or a role noun stands before it somewhere ("Papst X" … "X")."""
    from ..sources import type_nouns_before

    if full_name(ctx.doc, last) is not None:
        return True
    if any(e.label == "PER" and ctx.text[e.span.start : e.span.end].split()[-1] == last for e in ctx.doc.entities):
        return True
    return any(is_role(w, lx) for w in type_nouns_before(ctx.text, last))


def pronoun_antecedent(ctx: Context, si: int, pronoun: Span, verb: Span | None, lx: Lang) -> Span | None:
    """What a German subject pronoun of one person stands for ("er"; "sie" with a verb in the
    singular; also a possessive of one person, `masculine_possessives`, `feminine_possessives`:
    "Seiner Darstellung zufolge"): the subject of the nearest sentence before it whose gender agrees and that names
    someone — a name, a role or person noun, a body with an article of the pronoun's gender ("die
    Polizei … sie") — read from the parse where the sentence was parsed (`clause_subject`), with
    the edges the speaker rules drew where a candidate's source is that subject (and what that
    source stands for, when it is a pronoun resolved before). A sentence whose subject is the same
    pronoun stands for the same one, and one whose subject is a thing and that names no person says
    nothing about it: the search goes on before them. It stops, answering None, at a subject that
    names someone of another gender or number, another pronoun, a sentence that names a person
    whose subject it cannot tell, a heading, or more than `antecedent_sentences` sentences or one
    paragraph break back: the resolution by distance decides then."""
    from ..sources import pronoun_gender

    word = ctx.text[pronoun.start : pronoun.end]
    if lx.code != "de":
        return None
    if word.lower() in lx.masculine_possessives | lx.feminine_possessives:
        want: str | None = "m" if word.lower() in lx.masculine_possessives else "f"  # ("Seiner Darstellung zufolge")
    elif word.lower() in lx.masculine_pronouns | lx.feminine_pronouns:
        want = pronoun_gender(ctx.doc, word, verb, lx)
    else:
        return None
    if want is None:
        return None
    start = ctx.doc.sentences[si].span.start
    for sj in range(si - 1, max(-1, si - 1 - lx.antecedent_sentences), -1):
        sent = ctx.doc.sentences[sj]
        if ctx.doc.segments[sent.segment].kind != "body" or sj in ctx.headings \
                or len(re.findall(r"\n+", ctx.text[sent.span.end : start])) > 1:
            return None
        named = any(e.label == "PER" and sent.span.contains(e.span) and not ctx.inside_any_quote(e.span.start) for e in ctx.doc.entities)
        # (a body that opens the sentence where the parse found no subject: "Die Kommission präsentiert …")
        subj = clause_subject(ctx, sj, lx) or opening_body(ctx, sent, lx)
        if subj is None:
            if named:
                return None
            continue
        if ctx.text[subj.start : subj.end].split()[0].lower() in PREPOSITIONS_DE:
            subj = None  # ("Laut der Agentur X hat sich Y …": a weak parse's subject behind a preposition)
        own = next((c for c in ctx.cands if c.sent == sj and c.source is not None and subj is not None and c.source.overlaps(subj)), None)
        if own is not None and own.mode == "according_to":
            subj = None
        if subj is None:
            if named:
                return None
            continue
        if own is not None and own.source is not None:
            subj = own.source  # the speaker rules' edges
        subj = _name_core(ctx, subj)
        text = ctx.text[subj.start : subj.end]
        if text in lx.subject_pronouns:
            if pronoun_gender(ctx.doc, text, own.cue if own is not None else _verb_after(ctx, sent, subj), lx) != want:
                return None
            if own is not None and own.refers_to is not None:
                return own.refers_to  # ("X sagte … . Er betonte … . Er …": what that pronoun stood for)
            continue  # the same one named again by the pronoun
        g, someone = _agreement(ctx, subj, lx)
        if someone is False:
            if g == "p" or named:
                return None
            continue
        if not someone or g not in (want, None):
            return None
        info = analyse_mention(text, lx)
        # a person described, not named ("Der Soziologe … . Er …"): the description's own antecedent is the
        # one resolution finds for the pronoun as well
        if info.type == "person":
            return None if info.description else subj
        return subj if info.type in _BODIES or names_person(ctx, subj, lx) else None
    return None


def _verb_after(ctx: Context, sent: Sentence, sp: Span) -> Span | None:
    return next((t.span for t in sent.tokens if t.span.start >= sp.end and t.text[:1].islower()), None)
