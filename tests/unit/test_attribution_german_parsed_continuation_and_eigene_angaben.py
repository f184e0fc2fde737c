"""German attribution (sentences of our own; issue 7): the sentences that may go on
with reported speech are parsed too, so a form of the Konjunktiv lists that the parse reads as an
adjective before its noun, or one in a clause under a main clause in the indicative, continues no
one's speech; "nach eigenen Angaben" is on the word of the parse's subject of its clause, and a
pronoun there stands for the subject that opens the sentence before."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one, source_name

analyze = partial(analyse, lang="de", date="2024-10-17")

LEAD = "Der Förster Karl Ebner sagte, der Wald sei krank. "


def test_the_continuation_sentences_the_rules_ask_about_are_parsed() -> None:
    doc = analyze(LEAD + "Früher gab es hier viele Buchen, die reiche Ernte brachten. Die Fichten seien zu schwach. "
                  "Der Wald sei teuer, weil das Land zustimmen müsse.")
    parsed = {w.sentence for w in doc.syntax}
    # no verb of speech in them: a form in -e before a capitalised word, one after ", weil"
    assert {0, 1, 3} <= parsed
    assert 2 not in parsed  # a Konjunktiv the rules ask the parse nothing about


def test_a_konjunktiv_after_its_subject_or_an_auxiliary_is_read_without_the_parse() -> None:
    doc = analyze(LEAD + "Die Werft liefere Fähren. Er habe Zeit. Früher gab es hier sehr reiche Ernten.")
    parsed = {w.sentence for w in doc.syntax}
    # "liefere" after its subject and the auxiliary "habe" are verbs whatever the parse says; a form in -e
    # after an adverb and before a capitalised word may be an adjective before its noun: the parse is asked
    assert 1 not in parsed and 2 not in parsed and 3 in parsed
    a = one(doc, "Die Werft liefere")
    assert a.mode == "continuation" and source_name(doc, a) == "Karl Ebner"


def test_an_adjective_that_looks_like_a_konjunktiv_goes_on_with_no_speech() -> None:
    doc = analyze(LEAD + "Früher gab es hier viele Buchen, die reiche Ernte brachten. Die Fichten seien zu schwach.")
    assert not any("Buchen" in doc.span_text(x) for a in doc.attributions for x in a.content)
    a = one(doc, "Fichten")  # the Konjunktiv after it still goes on with the forester's words
    assert a.mode == "continuation" and source_name(doc, a) == "Karl Ebner"


def test_a_konjunktiv_under_a_main_clause_in_the_indicative_is_the_authors() -> None:
    doc = analyze(LEAD + "Die Straße, deren Kosten der Kämmerer auf zwei Millionen beziffert, ist teuer, weil das Land zustimmen müsse.")
    assert [a.mode for a in doc.attributions] == ["indirect"]
    # without the indicative main clause the Konjunktiv goes on with the speech
    doc = analyze(LEAD + "Die Straße müsse warten, weil das Land zustimmen müsse.")
    assert one(doc, "Straße").mode == "continuation"


def test_nach_eigenen_angaben_is_on_the_word_of_its_clauses_subject() -> None:
    doc = analyze("Die Polizei hat nach eigenen Angaben drei Männer festgenommen.")
    a = one(doc, "Männer")
    assert a.mode == "according_to" and a.rule == "attr.according.de.nach_noun+inner_phrase" and source_name(doc, a) == "Polizei"
    doc = analyze("Ein Landwirt aus Bergheim kaufte nach eigenen Angaben das Grundstück für wenig Geld.")
    assert source_name(doc, one(doc, "Grundstück")) == "Landwirt aus Bergheim"


def test_a_pronoun_that_owns_the_angaben_stands_for_the_subject_before() -> None:
    doc = analyze("Die Küstenwache hatte am Morgen zwei Boote geschickt. Nach eigenen Angaben barg sie dabei neun Seeleute.")
    assert source_name(doc, one(doc, "Seeleute")) == "Küstenwache"
    # the subject after the verb, the phrase after it: not the noun after the phrase
    doc = analyze("Die Feuerwehr rückte am Abend aus. Damit reagierte sie nach eigenen Angaben auf einen Notruf aus dem Hafen.")
    assert source_name(doc, one(doc, "Notruf")) == "Feuerwehr"
    # a plural subject opens the sentence before: no antecedent of a "sie" in the singular, which
    # is the woman named before it
    doc = analyze("Die Reederin Eva Holm schickte zwei Kutter los. Die Fischer waren am Morgen ausgelaufen. "
                  "Nach eigenen Angaben hatte sie davon nichts gewusst.")
    assert (source_name(doc, one(doc, "nichts gewusst")) or "").endswith("Eva Holm")


def test_testimony_told_by_a_document_in_the_middle_of_a_sentence_is_the_witness_s() -> None:
    doc = analyze("Im Frühjahr hat laut Anklage eine Buchhalterin vor Gericht ausgesagt, dass der Chef Rechnungen gefälscht habe.")
    a = one(doc, "Rechnungen")
    assert a.mode == "indirect" and source_name(doc, a) == "Buchhalterin"
    assert [doc.span_text(v.span) for v in a.via if v.span is not None] == ["Anklage"]
    doc = analyze("Am Dienstag hat laut Klage ein Lagerarbeiter erklärt, dass die Firma Daten gelöscht habe.")
    a = one(doc, "Daten gelöscht")
    assert source_name(doc, a) == "Lagerarbeiter" and [doc.span_text(v.span) for v in a.via if v.span is not None] == ["Klage"]
    # inside the sentence a body's word is its own claim ("laut Polizei"): no relay of someone's speech
    doc = analyze("Am Dienstag hat laut Polizei ein Zeuge erklärt, dass er zwei Männer gesehen habe.")
    assert one(doc, "Männer").mode == "according_to"


def test_a_participle_of_state_after_sein_names_the_one_called_on_no_speaker() -> None:
    assert analyze("Die Ministerin ist gefordert, mehr Geld bereitzustellen.").attributions == []
    doc = analyze("Der Landrat Jan Ott sagte, die Lage sei ernst. Die Ministerin sei gefordert, mehr Geld bereitzustellen.")
    a = one(doc, "Ministerin")
    assert a.mode == "continuation" and source_name(doc, a) == "Jan Ott"
    # the perfect with "haben" is her demand
    doc = analyze("Die Ministerin hat gefordert, mehr Geld bereitzustellen.")
    assert source_name(doc, one(doc, "mehr Geld")) == "Ministerin"


def test_er_after_a_sentence_that_names_someone_without_speech_is_that_one() -> None:
    # the persons of the sentence before are found (the entity model runs there too): not a name further back
    doc = analyze("Die Ausstellung zeigt Bilder von Anna Berg und Paul Kern. Seit dem Frühjahr betreut Kurator Tom Weiler "
                  "die Sammlung im Keller des Museums. Die Schau sei ein Erfolg, sagt er.")
    assert source_name(doc, one(doc, "Erfolg")) == "Tom Weiler"
    # and so for "Er" opening the sentence (session 15)
    doc = analyze("Die Ausstellung zeigt Bilder von Anna Berg und Paul Kern. Seit dem Frühjahr betreut Kurator Tom Weiler "
                  "die Sammlung im Keller des Museums. Er sagt, die Schau sei ein Erfolg.")
    assert source_name(doc, one(doc, "Erfolg")) == "Tom Weiler"


def test_the_author_of_a_byline_is_no_antecedent_of_a_pronoun() -> None:
    """A line that names the author ("Von Jan Roth") is no sentence whose persons a pronoun
    after it may stand for: "Sie" is not the man who wrote the text."""
    doc = analyze("Die Fähre Nordlicht kehrt zurück\nVon Jan Roth\nSie ist nach eigenen Angaben die größte Fähre der Ostsee.")
    assert source_name(doc, one(doc, "größte Fähre")) != "Jan Roth"
    assert not any(doc.span_text(e.span) == "Jan Roth" for e in doc.entities)


def test_a_fronted_pronominal_adverb_is_no_speaker() -> None:
    for text in ("Davor warnte Eva Lang, die Lage sei ernst.", "Darauf antwortete Eva Lang, die Lage sei ernst.",
                 "Hierzu erklärte Eva Lang, die Lage sei ernst."):
        doc = analyze(text)
        assert source_name(doc, one(doc, "Lage")) == "Eva Lang", text
