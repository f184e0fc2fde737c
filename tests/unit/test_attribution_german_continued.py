"""German reported speech without a speech verb of its own (sentences of our own; issue 7):
"so X" with a time or place after the speaker, reportative "soll … haben" that goes on with the
source before, a Konjunktiv clause after a colon; a finite cue verb in "ge" ("gesteht") is no participle."""

from __future__ import annotations

from tests.attribution_helpers import DATE, de, one, source_text

import sourcetrace


def test_so_with_a_time_and_a_place_after_the_speaker() -> None:
    doc = de("«Wir sind am Ende unserer Kräfte», so der Hafenmeister am Montag.")
    a = one(doc, "Wir sind am Ende")
    assert a.rule == "attr.direct.de.so" and source_text(doc, a) == "der Hafenmeister"
    doc = de("Die Lage sei ernst, so der Hafenmeister am Montag in Kiel.")
    a = one(doc, "Die Lage sei ernst")
    assert source_text(doc, a) == "der Hafenmeister"
    assert doc.span_text(a.content[0]) == "Die Lage sei ernst"


def test_reportative_soll_goes_on_with_the_source_before() -> None:
    # after an according-to phrase it is the author's hedge in the seed's style; de-news-quotes keeps it the source's
    text = "Nach Angaben der Polizei floh der Täter zu Fuß. Er soll zuvor zwei Passanten bedroht haben, um an Geld zu kommen."
    assert [a.mode for a in de(text).attributions] == ["according_to"]
    doc = sourcetrace.analyze(text, date="2024-10-13", lang="de", conventions="denews")
    a = one(doc, "Er soll zuvor")
    assert a.mode == "continuation" and a.source is not None and doc.span_text(a.source_span) == "Angaben der Polizei"
    doc = de("Die Polizei sagte, der Täter sei geflohen. Er soll in die Stadt zurückgekehrt sein.")
    assert one(doc, "Er soll in die Stadt").mode == "continuation"


def test_soll_of_a_plan_does_not_go_on() -> None:
    doc = de("Die Polizei sagte, der Täter sei geflohen. Die Brücke soll im Mai eröffnet werden.")
    assert not any("Die Brücke soll" in doc.span_text(c) for a in doc.attributions for c in a.content)


def test_a_konjunktiv_clause_after_a_colon_is_what_the_subject_said() -> None:
    doc = de("Die Gewerkschaft reagierte empört: Die Pläne seien ein Angriff auf die Beschäftigten.")
    a = one(doc, "Die Pläne seien")
    assert a.rule == "attr.indirect.de.colon_subject"
    assert source_text(doc, a) == "Die Gewerkschaft"
    assert doc.span_text(a.cue) == "reagierte"


def test_a_copula_before_a_colon_introduces_no_speech() -> None:
    assert de("Die Lage ist klar: Die Stadt sei pleite.").attributions == []


def test_an_according_to_phrase_inside_its_clause_is_no_part_of_the_claim() -> None:
    # de-news-quotes' conventions leave a phrase inside its clause out: two parts (the seed's style keeps it in:
    # test_attribution_german_inner_phrase_and_general_stops)
    doc = sourcetrace.analyze("Die Werft plant nach Angaben des Betriebsrats die Streichung von etwa 450 Stellen.",
                              date=DATE, lang="de", conventions="denews")
    a = next(a for a in doc.attributions if a.mode == "according_to")
    assert [doc.span_text(c) for c in a.content] == ["Die Werft plant", "die Streichung von etwa 450 Stellen"]
    doc = de("Nach Angaben der Polizei ist der Hafen gesperrt.")
    a = next(a for a in doc.attributions if a.mode == "according_to")
    assert [doc.span_text(c) for c in a.content] == ["ist der Hafen gesperrt"]


def test_a_quotation_inside_continued_speech_stays_in_the_continuation() -> None:
    """The seed's style keeps it inside; de-news-quotes counts it as a direct quotation of its own,
    which its evaluation's conversion gives (`eval.denews._quoted_in_continuation`)."""
    from sourcetrace.eval.denews import system_quotes

    text = "Die Trainerin sagte, sie habe den Spieler lange gekannt. Der Junge sei „nicht aggressiv oder so“ gewesen."
    doc = de(text)
    assert [a.mode for a in doc.attributions] == ["indirect", "continuation"]
    tokens, pos = [], 0
    for k, w in enumerate(text.replace("„", "„ ").replace("“", " “").replace(".", " .").split()):
        start = text.index(w, pos)
        tokens.append({"id": k, "text": w, "charBegin": start, "charEnd": start + len(w)})
        pos = start + len(w)
    quotes = system_quotes(doc, tokens)
    words = [" ".join(t["text"] for t in tokens if t["id"] in q["quote"]) for q in quotes]
    assert words[-1] == "„ nicht aggressiv oder so “"
    assert quotes[-1]["speaker"] == quotes[-2]["speaker"] and not quotes[-1]["cue"]


def test_a_quotation_in_a_claim_split_by_its_according_to_phrase() -> None:
    text = "Der Roman ist laut einem Mitglied der Jury eine „kluge und heitere Geschichte“."
    assert [a.mode for a in de(text).attributions] == ["according_to"]  # the seed's style: part of the claim
    doc = sourcetrace.analyze(text, date="2024-10-13", lang="de", conventions="denews")
    direct = [a for a in doc.attributions if a.mode == "direct"]
    assert len(direct) == 1 and direct[0].rule == "attr.direct.nested"
    assert doc.span_text(direct[0].content[0]) == "kluge und heitere Geschichte"
    assert source_text(doc, direct[0]) == "einem Mitglied der Jury"


def test_a_konjunktiv_ii_in_a_relative_clause_is_the_authors() -> None:
    doc = de("Der Verband sagte, die Lage sei ernst. Nun fehlen Fachkräfte, die in besseren Zeiten woanders gearbeitet hätten.")
    assert not any(a.mode == "continuation" for a in doc.attributions)
    doc = de("Der Verband sagte, die Lage sei ernst. Ohne Hilfe hätten viele Betriebe schon geschlossen.")
    assert one(doc, "viele Betriebe").mode == "continuation"


def test_soll_with_a_noun_before_sein_is_no_reportative_perfect() -> None:
    doc = de("Die Forscher stellten den Fund am Montag vor. Das Fossil soll das Bindeglied zwischen Fischen und Landtieren sein.")
    assert not any(a.mode == "continuation" for a in doc.attributions)


def test_speech_that_goes_on_sentence_after_sentence_is_one_continuation_a_sentence() -> None:
    """The seed's style; de-news-quotes' conventions (`conventions="denews"`) make one
    attribution of the run, as that corpus annotates it."""
    text = ("Die Försterin sagte, der Wald sei trocken. Es habe seit Wochen nicht geregnet. "
            "Die Feuerwehr stehe bereit.\nDie Lage sei unter Kontrolle.")
    doc = de(text)
    cont = [a for a in doc.attributions if a.mode == "continuation"]
    assert [doc.span_text(a.content[0]) for a in cont] == ["Es habe seit Wochen nicht geregnet", "Die Feuerwehr stehe bereit",
                                                          "Die Lage sei unter Kontrolle"]
    assert len({a.source for a in cont}) == 1 and cont[0].source is not None
    doc = sourcetrace.analyze(text, date="2024-10-13", lang="de", conventions="denews")
    cont = [a for a in doc.attributions if a.mode == "continuation"]
    # one run in the paragraph; the next paragraph is a continuation of its own
    assert [[doc.span_text(c) for c in a.content] for a in cont] == [
        ["Es habe seit Wochen nicht geregnet", "Die Feuerwehr stehe bereit"], ["Die Lage sei unter Kontrolle"]]


def test_hearsay_after_the_authors_own_sentence_is_no_continuation_in_the_seed_style() -> None:
    """Reportative "soll" goes on with the speaker right after the speech; after a sentence of the
    author's it is the author's hedged claim (de-news-quotes' conventions keep it the speaker's)."""
    text = ("Die Polizei sagte, der Täter sei geflohen. Der Wagen wurde später gefunden. "
            "Der Mann soll sich nach Polen abgesetzt haben.")
    assert not any(a.mode == "continuation" for a in de(text).attributions)
    doc = sourcetrace.analyze(text, date="2024-10-13", lang="de", conventions="denews")
    assert one(doc, "Der Mann soll sich").mode == "continuation"
    doc = de("Die Polizei sagte, der Täter sei geflohen. Er soll sich nach Polen abgesetzt haben.")
    assert one(doc, "Er soll sich").mode == "continuation"


def test_a_modal_konjunktiv_ii_does_not_go_on_with_an_according_to_phrase() -> None:
    text = "Laut der Feuerwehr brannte die Halle völlig aus. Der Schaden könnte in die Millionen gehen."
    assert not any(a.mode == "continuation" for a in de(text).attributions)


def test_als_with_a_konjunktiv_ii_is_the_authors_comparison() -> None:
    doc = de("Der Verband sagte, die Lage sei ernst. Als wäre das nicht genug, steigen nun auch die Preise.")
    assert not any(a.mode == "continuation" for a in doc.attributions)


def test_a_finite_cue_verb_in_ge_is_a_speaker_of_its_own_not_a_reported_speech_act() -> None:
    # "gesteht" is the present of "(ein)gestehen", no participle under the Konjunktiv "sei": the
    # sentence has a speaker of its own and does not go on with the one before
    doc = de("Die Kosten seien zu hoch, sagte Anna Berg. Der Bürgermeister sei müde und gesteht Fehler ein.")
    assert not [a for a in doc.attributions if a.mode == "continuation"]
    # a participle in "ge" under a Konjunktiv auxiliary reports a speech act: the speech goes on
    doc = de("Die Kosten seien zu hoch, sagte Anna Berg. Auch Jan Roth habe den Fehler offen gestanden.")
    a = one(doc, "Auch Jan Roth habe")
    assert a.mode == "continuation" and source_text(doc, a) == "Anna Berg"
