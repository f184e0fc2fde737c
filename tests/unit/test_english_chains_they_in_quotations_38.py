"""English chains of session 38 (issue 7), written as sentences of our own: "they" as the speaker of
speech told inside someone's quotation stands for the plural noun of people the quotation's speaker spoke
of just before (rule `source.pronoun.plural_np`), a group no list of sources holds; the claim links to
the quotation's speaker. Only a verb of speech with no modal before it tells a claim ("they might say, ‘…’"
is what they could say), and an inner quotation that closes before the speaker goes on is its own words
(`+inner_quotation`). Speech told inside a quotation needs a clause: told words that open with a preposition
or an auxiliary are none (`attr.filter.en.quoted_no_clause`), unless "that" follows the phrase
(`+past_phrase`: "testified under oath that …")."""

from __future__ import annotations

from tests.attribution_helpers import en, link_names, one, source_name

from sourcetrace.document import Attribution, Document


def _told(doc: Document, words: str) -> Attribution | None:
    return next((a for a in doc.attributions if "+quoted" in a.rule and words in doc.span_text(a.content[0])), None)


def test_they_inside_a_quotation_stands_for_the_people_spoken_of() -> None:
    doc = en("Mara Quell, a grocer in Fenwick, said business had been slow all winter.\n\n"
             "\"I try to calm the customers down. Prices are not my fault. So they say they will shop somewhere else,\" "
             "Quell said.\n")
    a = _told(doc, "they will shop somewhere else")
    assert a is not None and a.rule.endswith("+source.pronoun.plural_np")
    assert a.source_span is not None and doc.span_text(a.source_span) == "they"
    assert source_name(doc, a) == "customers"
    assert link_names(a) == ["Mara Quell"]
    # the grocer's own quotation stays hers
    assert one(doc, "I try to calm").source == one(doc, "business had been slow").source


def test_they_with_an_inner_quotation_tells_only_the_marked_words() -> None:
    doc = en("Tobin Marsh, a bus driver, said the timetable was a joke. \"The riders get off at the depot and they "
             "say, 'This line is always late.' I can't blame them,\" Marsh said.\n")
    a = _told(doc, "This line is always late")
    assert a is not None and a.mode == "direct"
    assert doc.span_text(a.content[0]) == "This line is always late."
    assert source_name(doc, a) == "riders"
    assert link_names(a) == ["Tobin Marsh"]


def test_they_after_a_modal_tells_no_claim() -> None:
    doc = en("Tobin Marsh, a bus driver, said the timetable was a joke. \"The riders wait at the depot for an hour, "
             "and then they might well say, 'We will walk.' Who knows,\" Marsh said.\n")
    assert _told(doc, "We will walk") is None


# ---- speech told inside a quotation needs a clause (attr.filter.en.quoted_no_clause) ---------------

def test_told_words_past_a_phrase_before_that() -> None:
    # (+past_phrase: "testified under oath that …" tells the clause from "that" on)
    doc = en("\"Tom Hale testified under oath that the quarry was safe. Nobody checked,\" said Ida Pell, a teacher in Marlow.\n")
    a = _told(doc, "the quarry was safe")
    assert a is not None and a.rule.endswith("+past_phrase")
    assert doc.span_text(a.content[0]).startswith("that the quarry was safe")
    assert source_name(doc, a) == "Tom Hale" and link_names(a) == ["Ida Pell"]


def test_told_words_that_open_with_an_auxiliary_are_no_claim() -> None:
    doc = en("\"What the inspector said was careless, and the board knows it,\" said Ida Pell, a teacher in Marlow.\n")
    assert _told(doc, "careless") is None
    assert any(s.rule == "attr.filter.en.quoted_no_clause" for s in doc.set_aside)


def test_told_clause_inside_a_quotation_stays() -> None:
    doc = en("\"The inspector told us that the quarry would close in May, and we believed him,\" said Ida Pell, "
             "a teacher in Marlow.\n")
    a = _told(doc, "the quarry would close in May")
    assert a is not None and link_names(a) == ["Ida Pell"]


def test_they_inside_a_quotation_is_no_plural_noun_of_things() -> None:
    # (review rev38a: nouns of things that end like nouns of people, "letters", "computers", and nouns of
    # findings, "numbers", are no people "they" can stand for: `thing_plurals`, resources/en/lexicon.json)
    doc = en("Ola Brenn, a clerk in Haddow, said the office was busy.\n\n"
             "\"We replaced the old computers last spring. Now they say the queue is shorter,\" Brenn said.\n\n"
             "\"I sort the letters every morning. So they say, 'The vans are late.' I shrug,\" Brenn added.\n")
    for words in ("the queue is shorter", "The vans are late"):
        a = _told(doc, words)
        assert a is None or source_name(doc, a) not in ("computers", "old computers", "letters")


def test_told_clause_past_a_phrase_without_that_stays() -> None:
    # (review rev38a: +past_phrase also passes a preposition's phrase before a told clause with no "that")
    doc = en("\"The foreman said after lunch the shift would end early. Nobody argued,\" said Ada Pim, a welder in Corby.\n")
    a = _told(doc, "the shift would end early")
    assert a is not None and a.rule.endswith("+past_phrase")
    assert doc.span_text(a.content[0]).startswith("the shift would end early")
    assert link_names(a) == ["Ada Pim"]
    assert not any(s.rule == "attr.filter.en.quoted_no_clause" for s in doc.set_aside)


def test_told_phrase_with_no_clause_is_still_set_aside() -> None:
    doc = en("\"The foreman spoke about the smoke in the hall for an hour,\" said Ada Pim, a welder in Corby.\n")
    assert _told(doc, "the smoke") is None
