"""The caches and indexes that make the analysis cheaper change no result: the gazetteer's names
looked up by their opening as when every name was tried, a sentence's language vote kept for its
token list, a phrase's class kept for one document, and a document analysed twice or between
others comes out the same."""

from __future__ import annotations

import dataclasses

import pytest

import sourcetrace
from sourcetrace.document import Span, Token
from sourcetrace.language import _clear_vote, clear_vote
from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.gazetteer import _inside_a_name, gazetteer_entries, gazetteer_match
from sourcetrace.steps.sources.mentions import analyse_mention, classify_mention, forget_classified
from sourcetrace.textutil import tokenize, whole_words
from sourcetrace.writers.json import dumps


def _every_name_tried(text: str) -> tuple[str, str, list[str]] | None:
    """The written-name part of `gazetteer_match` as it was: every name and alias tested in turn."""
    best = None
    for name, typ, aliases in gazetteer_entries():
        for n in [name, *aliases]:
            if n in text:
                for mm in whole_words(text, n):
                    if " " not in n and not n.isupper() and _inside_a_name(text, mm.start(), mm.end()):
                        continue
                    if best is None or len(n) > best[0]:
                        best = (len(n), (name, typ, aliases))
                    break
    return best[1] if best else None


def test_gazetteer_names_by_opening_as_every_name_tried() -> None:
    names = [n for name, _typ, aliases in gazetteer_entries() for n in [name, *aliases]]
    assert any(len(n) < 3 for n in names)  # (the short names are tried in every text)
    texts = ["", "ab", "Ein Sprecher sagte am Montag nichts."]
    for n in names:
        texts += [f"Laut {n} kam es zu Streit", f"{n}-Reporterin Mia Roth", f"der Sender {n} und {names[0]}",
                  f"Frau {n} Holm", n.lower()]
    for text in texts:
        expected = _every_name_tried(text)
        if expected is not None:
            assert gazetteer_match(text) == expected, text


def _toks(text: str) -> list[Token]:
    return tokenize(text)


def test_language_vote_kept_per_token_list() -> None:
    de = _toks("Der Mann sagte, dass die Stadt und der Bund nicht zahlen.")
    en = _toks("The man said that the city and the state would not pay.")
    assert clear_vote(de) == _clear_vote(de) == "de"
    assert clear_vote(en) == "en"
    assert clear_vote(de) == "de"  # (asked again: the kept vote)
    assert clear_vote(list(en)) == "en"  # another list of the same tokens: its own vote
    grown = _toks("Ja.")
    assert clear_vote(grown) is None
    grown += _toks("The man said that the city and the state would not pay.")
    assert clear_vote(grown) == "en"  # the list grew: voted again
    assert clear_vote(iter(_toks("Der Mann und die Frau und das Kind."))) == "de"  # not a list: no cache
    assert clear_vote([Token(Span(0, 2), "ok")]) is None


def test_phrase_class_per_language() -> None:
    forget_classified()
    de, en = lang("de"), lang("en")
    strict = dataclasses.replace(de, role_variants=())  # (another language object of the same code)
    for text in ("die Nachrichtenagentur Reuters", "Polizeisprecher Jan Roth", "the Harbor Ledger"):
        for lx in (de, en, strict, de):
            info = analyse_mention(text, lx)
            assert classify_mention(text, lx) == (info.name, info.type)
    forget_classified()
    assert classify_mention("die Zeitung Haaretz", de) == ("Haaretz", "media")


_DE = ("Berlin – Der Verband rechnet mit höheren Kosten. „Wir können das nicht mehr tragen“, sagte "
       "Sprecherin Anna Roth der Nachrichtenagentur dpa. Laut Bericht des Spiegels soll die Stadt bis "
       "März 2025 zahlen. Roth sagte, die Zahlen seien seit Jahren bekannt.\n")
_EN = ("The mayor said on Tuesday that the bridge would reopen in May. \"We are confident,\" she told "
       "Reuters. According to the Harbor Ledger, the repairs cost $3 million.\n")


def test_document_analysed_twice_and_between_others() -> None:
    first = dumps(sourcetrace.analyze(_DE, date="2024-10-13", name="a"))
    other = dumps(sourcetrace.analyze(_EN, date="2024-10-13", name="b"))
    assert dumps(sourcetrace.analyze(_DE, date="2024-10-13", name="a")) == first
    assert dumps(sourcetrace.analyze(_EN, date="2024-10-13", name="b")) == other
    both = sourcetrace.analyze(_DE + "\n" + _EN, date="2024-10-13", name="c")
    assert len(both.attributions) >= 3


# two German texts whose sentences stand at the same offsets: one opens with a person, one with an office
_OPENS_WITH_PERSON = "Hafenstreit.\n\nDie Ministerin Anna Roth übte Kritik an der Stadt. „Das geht so nicht“, sagte sie.\n"
_OPENS_WITH_OFFICE = "Hafenstreit.\n\nDie Verwaltung Nordhafen übte Kritik an der Stadt. „Das geht so nicht“, sagte sie.\n"


def test_opening_subject_kept_per_document() -> None:
    from sourcetrace.steps.attribution.antecedents import _opening_subject, opening_subject
    from sourcetrace.steps.attribution.context import Context
    from sourcetrace.steps.quotes import find_quotes

    assert len(_OPENS_WITH_PERSON) == len(_OPENS_WITH_OFFICE)
    de = lang("de")
    found = []
    for text in (_OPENS_WITH_PERSON, _OPENS_WITH_OFFICE, _OPENS_WITH_PERSON):
        doc = sourcetrace.analyze(text, date="2024-10-13", lang="de")
        ctx = Context(doc)
        sent = next(s for s in doc.sentences if doc.span_text(s.span).startswith("Die "))
        asked = opening_subject(ctx, sent, de)  # (before the quotations are set: inside none)
        ctx.set_quotes([q for q in find_quotes(doc.text, 0, len(doc.text)) if q.depth == 0])
        assert opening_subject(ctx, sent, de) == _opening_subject(ctx, sent, de) == asked  # asked again, and uncached
        found.append(None if asked is None else doc.span_text(asked))
    assert found == ["Die Ministerin Anna Roth", None, "Die Ministerin Anna Roth"]
    # a sentence inside a quotation opens with no subject: the kept answer is dropped when the quotations are set
    doc = sourcetrace.analyze("Hafenstreit.\n\n„Wir warten. Die Ministerin Anna Roth übte Kritik an der Stadt.“\n", date="2024-10-13", lang="de")
    ctx = Context(doc)
    sent = next(s for s in doc.sentences if doc.span_text(s.span).startswith("Die "))
    assert opening_subject(ctx, sent, de) is not None  # (no quotations known yet)
    ctx.set_quotes([q for q in find_quotes(doc.text, 0, len(doc.text)) if q.depth == 0])
    assert opening_subject(ctx, sent, de) is None


def test_frames_and_subjects_of_documents_at_the_same_offsets() -> None:
    person = dumps(sourcetrace.analyze(_OPENS_WITH_PERSON, date="2024-10-13", name="p"))
    office = dumps(sourcetrace.analyze(_OPENS_WITH_OFFICE, date="2024-10-13", name="p"))
    assert dumps(sourcetrace.analyze(_OPENS_WITH_PERSON, date="2024-10-13", name="p")) == person
    assert dumps(sourcetrace.analyze(_OPENS_WITH_OFFICE, date="2024-10-13", name="p")) == office
    assert person != office


def _whole_words_by_regex(text: str, phrase: str) -> list[tuple[int, int, str]]:
    """`whole_words` as it was: the whole-word pattern tried at every position of the text."""
    import re

    return [(m.start(), m.end(), m.group()) for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text)]


def test_whole_words_as_the_pattern_tried_everywhere() -> None:
    text = ("Lee said Leeds is near. Lee-Smith and Ann Lee met lee, Lee. O'Brien's (O'Brien) "
            "aa aaa a-a 'aa' Ära ära Lee\nLee")
    phrases = ["Lee", "lee", "Leeds", "Ann Lee", "O'Brien", "O'Brien's", "aa", "a", "a-a", "'aa'", "Ära",
               "ra", "-", " ", "Lee.", "(O", "\nLee", "Lee\n", "zzz", "", "é"]
    for phrase in phrases:
        assert [(m.start(), m.end(), m.group()) for m in whole_words(text, phrase)] == _whole_words_by_regex(text, phrase), phrase
    for phrase in ("Lee", "aa", ""):
        assert [m.span() for m in whole_words("", phrase)] == [m[:2] for m in _whole_words_by_regex("", phrase)]


def test_person_nouns_as_built_per_call() -> None:
    from sourcetrace.steps.lexicon import _AGENT_NOUN, person_noun

    for code in ("de", "en"):
        lx = lang(code)
        agents = lx.document_heads | lx.anonymous_heads | lx.person_roles | set(lx.type_heads) | lx.evidence_heads | lx.person_heads
        words = sorted(agents)[:400] + [w.upper() for w in sorted(agents)[:50]] + ["Researchers", "ministry.", "Tisch", "Lee", ""]
        for w in words:
            low = w.lower().strip(".")
            before = low in agents or low in {a.lower() for a in agents}
            assert (low in lx.person_nouns) == before, w
            assert person_noun(w, lx) == (before or bool(_AGENT_NOUN.fullmatch(low))), w


def test_person_found_as_when_every_person_was_tested() -> None:
    """`Registry.find_person` tests the name's words before the given-name rules: the same person as
    when the rules came first (they only rule a person out)."""
    from sourcetrace.document import Document
    from sourcetrace.steps.sources.gazetteer import translit_key
    from sourcetrace.steps.sources.gender import given_name_keys
    from sourcetrace.steps.sources.registry import Registry, _unglued

    def every_person_tested(reg: Registry, toks: list[str]) -> str | None:
        toks = _unglued(toks)
        keys = {translit_key(t) for t in toks if len(t) >= 2}
        given = given_name_keys()
        first = translit_key(toks[0]) if len(toks) >= 2 and translit_key(toks[0]) in given else None
        best = None
        for sid, pk in reg.person_tokens.items():
            if first is not None and first not in pk and pk & given:
                continue
            if reg._other_given_name(sid, toks, pk):
                continue
            if keys & pk and (len(toks) == 1 or translit_key(toks[-1]) in pk or len(keys & pk) >= 2):
                if best is None or reg.last_pos.get(sid, 0) > reg.last_pos.get(best, 0):
                    best = sid
        return best

    names = ["Brit Stodden", "Hillary Clinton", "Bill Clinton", "Ed Lee", "Jan Lee", "Mara Quist", "Quist", "Actor Ed Lee"]
    queries = [["Alex", "Stodden"], ["Stodden"], ["Clinton"], ["Hillary", "Clinton"], ["Sandy", "Lee"], ["Lee"],
               ["J.", "Lee"], ["Mara", "Quist"], ["MaraQuist"], ["Ed", "Lee"], ["Nobody"], ["Tom", "Quist"]]
    for language in ("en", "de"):
        doc = Document(text="x", name="r")
        doc.language = language
        reg = Registry(doc)
        for k, name in enumerate(names):
            src = reg.create(name, "person", "test")
            reg.person_tokens[src.id] = {translit_key(w) for w in name.split()}
            reg.last_pos[src.id] = (k * 7) % 5
        for q in queries:
            assert reg.find_person(q) == every_person_tested(reg, q), (language, q)


def test_article_language_asked_for_posts_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The classifier's guess of the article's language over its longest lines is needed for
    social-media posts only: a text without a post signature is segmented without it."""
    from sourcetrace.steps.segment import Segmenter

    asked: list[int] = []
    real = Segmenter._article_language

    def counting(doc: object, todo: list[object]) -> str:
        asked.append(1)
        return real(doc, todo)  # type: ignore[arg-type]

    monkeypatch.setattr(Segmenter, "_article_language", staticmethod(counting))
    sourcetrace.analyze(_DE, date="2024-10-13", name="a")
    assert asked == []


def test_german_models_share_words_and_read_as_alone() -> None:
    """The German entity model and parser share one vocabulary and tokenizer (`syntax._german_models`);
    each finds the same entities, parts of speech, morphology and parse as when loaded on its own."""
    import spacy
    from thinc.api import use_ops

    from sourcetrace.steps.syntax import NER_DE, PARSER_DE, _one_sentence, _one_thread, has_model, load_model

    if not (has_model(NER_DE) and has_model(PARSER_DE)):
        return
    ner, parser = load_model(NER_DE), load_model(PARSER_DE)
    assert ner.vocab is parser.vocab and ner.tokenizer is parser.tokenizer
    from importlib import resources

    root = resources.files("sourcetrace.models")
    with use_ops("numpy", use_blis=False):  # (as `load_model` loads them)
        alone = {n: spacy.load(str(root / n)) for n in (NER_DE, PARSER_DE)}
    texts = ["Sprecherin Anna Roth sagte der Zeitung, die Werft liefere Fähren nach Kiel.",
             "Der Verband rechnet laut Jan Kurz mit höheren Kosten; „Wir zahlen nicht“, hieß es.",
             "Unterdessen verlangen die Grünen in Hamburg-Altona eine Prüfung durch das Land."]
    with _one_thread():
        for a, b in zip(ner.pipe(texts), alone[NER_DE].pipe(texts)):
            assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == [(e.start_char, e.end_char, e.label_) for e in b.ents]
        mine = list(parser.pipe([_one_sentence(parser.make_doc(t)) for t in texts]))
        theirs = list(alone[PARSER_DE].pipe([_one_sentence(alone[PARSER_DE].make_doc(t)) for t in texts]))
    for a, b in zip(mine, theirs):
        assert [(t.text, t.pos_, t.dep_, t.head.i, str(t.morph)) for t in a] == [(t.text, t.pos_, t.dep_, t.head.i, str(t.morph)) for t in b]


def test_trigger_words_hold_wherever_the_trigger_matches() -> None:
    """`trigger_needs`: wherever a trigger of `kind_triggers` matches, the stretch (folded, lower
    case) holds one of its strings, so that a stretch without any is rightly not searched."""
    from sourcetrace.steps.timex.words import FOLD, _trigger_lists, _trigger_patterns, trigger_needs

    needs = trigger_needs()
    for name, words in _trigger_lists().items():
        rx = _trigger_patterns()[name]
        assert needs[rx]
        for w in words:
            for text in (w, w.upper(), w.capitalize(), f"Am {w}, sagte sie.", f"({w.upper()})"):
                m = rx.search(text)
                assert m is not None, (name, text)
                assert any(n in text.translate(FOLD).lower() for n in needs[rx]), (name, text)
    assert _trigger_patterns()["months"].search("DIE MİTTE") is None
