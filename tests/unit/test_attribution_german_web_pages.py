"""German attribution on web pages, session 30 (sentences of our own; issue 7): a straight mark
closed by the German closing mark ('"…“, sagt X'), the German opening marks by a straight one
('„…", sagt X', '«…"'); a question put to someone before their
answer in the Konjunktiv ("X geht ans Telefon. Ob er …? Ja, das sei er."), the question itself
no claim; a dative pronoun between a postposed cue and its speaker ("…, sagen uns mehrere
Juristen"); a quotation after a colon whose clause fronts another phrase than its subject ("In
der Nacht schickt sie ihm eine Nachricht: „…“", "Mit dabei war auch X: „…“"); a name with an
apposition opens the sentence before an untagged quotation ("X, Präsident des Vereins, drückte
sein Unverständnis aus. „…“"); a label named once and nowhere else in full opens no interview
turn ("Unser Verdacht: …", "Mehr Infos: …"); "Darin heißt es, …" after a sentence that names a text
is that text's; the answer to the author's question ("Ich fragte den Wirt, warum …") is the one asked's;
"denn" stands between a postposed cue and its speaker ("…, meint denn auch X."); a verb of belief as
the tag after a claim reports a view ("…, vermutet der Forscher."); a passive tag after a claim in the
Konjunktiv ("…, wird in der Mitteilung betont."); the tag after a quotation of several sentences
names no new speaker: the Konjunktiv after it goes on with the quotation's."""

from __future__ import annotations

from tests.attribution_helpers import de, joined_contents, one, source_name

from sourcetrace.steps.quotes import find_quotes


def test_a_straight_mark_is_closed_by_the_german_closing_mark() -> None:
    text = 'Das Werk ist neu. "Wir sparen viel Strom“, sagt Anna Berg. "Die Kosten sinken.“ Er sagte "der „neue“ Plan" dazu.'
    inner = [text[q.inner.start : q.inner.end] for q in find_quotes(text, 0, len(text)) if q.depth == 0]
    assert inner == ["Wir sparen viel Strom", "Die Kosten sinken.", "der „neue“ Plan"]
    # an English opening mark inside a straight quotation opens, it does not close
    same = 'He said "the “new” plan works" and left.'
    assert [same[q.inner.start : q.inner.end] for q in find_quotes(same, 0, len(same)) if q.depth == 0] == ["the “new” plan works"]


def test_the_german_opening_marks_are_closed_by_a_straight_mark() -> None:
    for text, want in [("„Das ist gut“, sagte sie. „Wirklich.\"", ["Das ist gut", "Wirklich."]),
                       ("Der Verband «sieht das anders\" und «fordert mehr».", ["sieht das anders", "fordert mehr"]),
                       ("Er sagte „das „Wort“ ist neu“ und ging.", ["das „Wort“ ist neu", "Wort"])]:
        assert [text[q.inner.start : q.inner.end] for q in find_quotes(text, 0, len(text))] == want
    doc = de('Titel\nDie Firma baut. „Wir sparen damit viel Strom", sagt Anna Berg. «Die Kosten sinken um ein Drittel."')
    assert source_name(doc, one(doc, "viel Strom")) == "Anna Berg"
    assert source_name(doc, one(doc, "ein Drittel")) == "Anna Berg"


def test_quotations_in_straight_and_german_closing_marks_are_attributed() -> None:
    doc = de('Neues Werk\nDie Firma hat ein Werk gebaut. "Wir sparen damit viel Strom“, sagt Geschäftsführerin Anna Berg. '
             '"Die Kosten sinken um ein Drittel.“\nDas Werk liegt am Fluss.')
    a = one(doc, "viel Strom")
    assert a.mode == "direct" and source_name(doc, a) == "Anna Berg"
    assert source_name(doc, one(doc, "um ein Drittel")) == "Anna Berg"


def test_the_answer_after_a_question_put_to_someone_is_theirs() -> None:
    doc = de("Anrufe\nDer Anruf bei Jan Kern führt nicht weiter. Er sei zwar Mitglied des Vereins, sagt er, aber man solle beim Verein anrufen.\n"
             "Nächster Anruf in Kiel. Paul Hahn geht ans Telefon. Ob er der Vorsitzende sei? Ja, das sei er. "
             "Was die Rechtsform des Vereins sei? Ein freier Verband sei man.")
    assert source_name(doc, one(doc, "das sei er")) == "Paul Hahn"
    assert source_name(doc, one(doc, "freier Verband")) == "Paul Hahn"
    # the questions ask, they claim nothing
    assert not any("Rechtsform" in c or "Vorsitzende" in c for c in joined_contents(doc))


def test_a_dative_pronoun_stands_between_a_postposed_cue_and_its_speaker() -> None:
    doc = de("Titel\nDas Geschäftsmodell der Firma ist nicht verboten, sagen uns mehrere Juristen. Auch seien die geforderten Summen üblich.")
    a = one(doc, "nicht verboten")
    assert a.rule == "attr.indirect.de.postposed" and source_name(doc, a) == "Juristen"
    assert source_name(doc, one(doc, "Summen üblich")) == "Juristen"
    doc = de("Titel\nDas Modell ist nicht verboten, sagte mir Anna Berg am Telefon.")
    assert source_name(doc, one(doc, "nicht verboten")) == "Anna Berg"


def test_a_quotation_after_a_colon_of_a_clause_with_a_fronted_phrase() -> None:
    doc = de("Titel\nDie Feuerwehr wurde gerufen. Mit dabei war auch Stefan Roth von der Tierhilfe: "
             "„Wir haben festgestellt, dass in den Netzen mehrere große Löcher sind.“")
    a = one(doc, "große Löcher")
    assert a.mode == "direct" and a.rule == "attr.direct.de.colon_subject.fronted" and source_name(doc, a) == "Stefan Roth"
    # a quotation after the colon is direct, its marks no part of the content, though its verb looks like a Konjunktiv
    doc = de("Titel\nJana Roth wartet vor dem Haus. In der Nacht schickt Jana Roth ihrem Kollegen eine Nachricht: "
             "„Ich komme jetzt gleich, und du kommst raus.“")
    a = one(doc, "komme jetzt gleich")
    assert a.mode == "direct" and joined_contents(doc) == ["Ich komme jetzt gleich, und du kommst raus"]
    assert source_name(doc, a) == "Jana Roth"


def test_a_name_with_an_apposition_before_an_untagged_quotation_speaks_it() -> None:
    doc = de("Titel\nJan Roth, Präsident des Vereins, drückte gegenüber der Zeitung sein Unverständnis aus. "
             "„Die Regierung geht bereits auf dem Zahnfleisch. Sie will nur ablenken.“")
    assert source_name(doc, one(doc, "Zahnfleisch")) == "Jan Roth"


def test_a_label_named_once_and_nowhere_else_opens_no_turn() -> None:
    doc = de("Titel\nWir rufen beim Verein an. Jan Roth ist am Telefon.\nUnser Verdacht: Ein Strohmann. Mehr Infos: verein.de")
    assert not [a for a in doc.attributions if a.rule == "attr.direct.de.interview_turn"]
    doc = de("Titel\nDie Ministerin Anna Stiftner war zu Gast.\nDas Gespräch verlief ruhig. Stiftner: Das hat sich gelohnt.")
    a = one(doc, "gelohnt")
    assert a.rule == "attr.direct.de.interview_turn" and source_name(doc, a) == "Anna Stiftner"


def test_darin_heisst_es_points_at_the_text_just_named() -> None:
    doc = de("Titel\nDer Reporter legte eine Mail einer Kontaktperson vor. Darin heißt es, er sei mehrere Stunden dort gewesen.")
    a = one(doc, "mehrere Stunden")
    assert a.rule == "attr.indirect.de.subjectless+text_before" and source_name(doc, a) == "Mail"
    doc = de("Titel\nDer Sender zeigte am Sonntag einen Bericht. „Tausend Menschen laufen mit“, heißt es darin.")
    a = one(doc, "Tausend Menschen")
    assert a.mode == "direct" and source_name(doc, a) == "Bericht"


def test_the_answer_to_the_authors_question_is_the_one_asked() -> None:
    doc = de("Titel\nDer Wirt steht hinter dem Tresen. Ich fragte den Wirt, warum das Lokal so leer ist. „Die Leute haben kein Geld mehr.“")
    a = one(doc, "kein Geld")
    assert a.rule == "attr.direct.de.asked" and source_name(doc, a) == "Wirt"
    # the author who asks himself asks no one
    doc = de("Titel\nWir fragen uns, ob das gut geht. „Die Leute haben kein Geld mehr.“")
    assert one(doc, "kein Geld").rule != "attr.direct.de.asked"


def test_denn_between_a_postposed_cue_and_its_speaker() -> None:
    doc = de("Titel\nDie Stopps seien erst der Anfang, meint denn auch der Beamte Jan Roth.")
    a = one(doc, "erst der Anfang")
    assert a.rule == "attr.indirect.de.postposed" and source_name(doc, a) == "Jan Roth"


def test_a_verb_of_belief_as_a_tag_after_the_claim_reports_a_view() -> None:
    doc = de("Titel\nDie Knappheit könne weitere Fluchtbewegungen auslösen, vermutet der Forscher Jan Roth. Denn das Wasser werde knapp.")
    a = one(doc, "Fluchtbewegungen")
    assert a.rule == "attr.indirect.de.postposed" and source_name(doc, a) == "Jan Roth"
    assert source_name(doc, one(doc, "Wasser werde knapp")) == "Jan Roth"
    doc = de("Titel\nIn Deutschland gebe es noch viel Potenzial, prognostizieren Fachleute.")
    assert source_name(doc, one(doc, "viel Potenzial")) == "Fachleute"
    # a belief before its clause stays no claim in the seed's style
    assert not de("Titel\nDer Verband glaubt, dass die Preise steigen.").attributions


def test_a_passive_tag_after_a_claim_in_the_konjunktiv() -> None:
    doc = de("Titel\nEs gehe nicht bloß um höhere Einkünfte, sondern um Fairness, wird in der Mitteilung betont.")
    a = one(doc, "höhere Einkünfte")
    assert a.rule == "attr.indirect.de.passive_tag" and source_name(doc, a) == "Mitteilung"
    doc = de("Titel\nDie Lage sei ernst, wurde am Montag von der Regierung erklärt.")
    assert source_name(doc, one(doc, "Lage sei ernst")) == "Regierung"
    # a claim in the indicative is the author's
    assert not de("Titel\nDie Lage ist ernst, wurde am Montag gesagt.").attributions


def test_the_tag_of_a_quotation_of_several_sentences_is_no_new_speaker() -> None:
    doc = de("Titel\n«Das Problem hat sich nicht verändert. Aber das Risiko steigt», schreiben Forscher um Anna Roth von der "
             "Universität in einer 2018 erschienenen Studie in einem Fachblatt. Darin warnen sie vor dem Aufkommen eines neuen Virus. "
             "Vor allem der Verlust von Wäldern erhöhe das Risiko dafür.")
    a = one(doc, "Verlust von Wäldern")
    assert a.mode == "continuation" and source_name(doc, a) == "Forscher"
