"""The caches and indexes that make the analysis cheaper change no result: the gazetteer's names
looked up by their opening as when every name was tried, a sentence's language vote kept for its
token list, a phrase's class kept for one document, and a document analysed twice or between
others comes out the same."""

from __future__ import annotations

import dataclasses

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
