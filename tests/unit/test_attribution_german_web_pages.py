"""German attribution on web pages, session 30 (sentences of our own; issue 7): a straight mark
closed by the German closing mark ('"…“, sagt X'), the German opening marks by a straight one
('„…", sagt X', '«…"'); a question put to someone before their answer in the Konjunktiv ("X
öffnet die Tür. Ob er hier wohne? Seit Jahren, sei die Antwort."), the question itself no claim; a
dative pronoun between a postposed cue and its speaker ("…, bestätigten uns zwei Gärtner"); a
quotation after a colon whose clause fronts another phrase than its subject ("Am Abend schrieb ihm
die Nachbarin einen Zettel: „…“", "Vor Ort war auch X: „…“"); a name with an apposition opens the
sentence before an untagged quotation ("X, Sprecherin der Initiative, schüttelte den Kopf. „…“");
a label named once and nowhere else in full opens no interview turn ("Unsere Frage: …", "Mehr
lesen: …"); "Darin heißt es, …" after a sentence that names a text is that text's; the answer to
the author's question ("Ich fragte den Wirt, warum …") is the one asked's; "denn" stands between a
postposed cue and its speaker ("…, meint denn auch X."); a verb of belief as the tag after a claim
reports a view ("…, vermutet die Forscherin."); a passive tag after a claim in the Konjunktiv ("…,
wird in dem Rundschreiben betont."); the tag after a quotation of several sentences names no new
speaker: the Konjunktiv after it goes on with the quotation's; an interview's answer goes on past a
sub-heading up to the next turn; a surname with its lower-case particle ("sagte von Brandt") names
the one the text named in full."""

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
    doc = de("Besuche\nDer Besuch bei Jan Kern bringt wenig. Er kenne den Hof kaum, sagt er, aber man solle die Gemeinde fragen.\n"
             "Danach ein Besuch am Deich. Paul Hahn öffnet die Tür. Ob er hier wohne? Seit zehn Jahren wohne er hier. "
             "Wie lange das Hochwasser dauere? Drei Wochen habe das Wasser im Keller gestanden.")
    assert source_name(doc, one(doc, "Seit zehn Jahren")) == "Paul Hahn"
    assert source_name(doc, one(doc, "im Keller gestanden")) == "Paul Hahn"
    # the questions ask, they claim nothing
    assert not any("Hochwasser dauere" in c or "hier wohne?" in c for c in joined_contents(doc))


def test_a_dative_pronoun_stands_between_a_postposed_cue_and_its_speaker() -> None:
    doc = de("Titel\nDer Rasen im Park wird nicht mehr gemäht, bestätigten uns zwei Gärtner. Auch fehle das Geld für neue Bänke.")
    a = one(doc, "nicht mehr gemäht")
    assert a.rule == "attr.indirect.de.postposed" and source_name(doc, a) == "Gärtner"
    assert source_name(doc, one(doc, "neue Bänke")) == "Gärtner"
    doc = de("Titel\nDas Modell ist nicht verboten, sagte mir Anna Berg am Telefon.")
    assert source_name(doc, one(doc, "nicht verboten")) == "Anna Berg"


def test_a_quotation_after_a_colon_of_a_clause_with_a_fronted_phrase() -> None:
    doc = de("Titel\nDer Bürgermeister kam zum Ufer. Vor Ort war auch Stefan Roth von der Wasserwacht: "
             "„Wir sehen, dass der Damm an zwei Stellen nachgibt.“")
    a = one(doc, "Damm an zwei Stellen")
    assert a.mode == "direct" and a.rule == "attr.direct.de.colon_subject.fronted" and source_name(doc, a) == "Stefan Roth"
    # a quotation after the colon is direct, its marks no part of the content, though its verb looks like a Konjunktiv
    doc = de("Titel\nJana Roth wartet am Hafen. Am Abend schreibt Jana Roth ihrem Bruder einen Zettel: "
             "„Ich gehe jetzt los, und du bringst die Schlüssel mit.“")
    a = one(doc, "gehe jetzt los")
    assert a.mode == "direct" and joined_contents(doc) == ["Ich gehe jetzt los, und du bringst die Schlüssel mit"]
    assert source_name(doc, a) == "Jana Roth"


def test_a_name_with_an_apposition_before_an_untagged_quotation_speaks_it() -> None:
    doc = de("Titel\nJana Roth, Sprecherin der Initiative, schüttelte am Rand der Sitzung den Kopf. "
             "„Der Plan kommt viel zu spät. Die Bäume sind dann schon gefällt.“")
    assert source_name(doc, one(doc, "viel zu spät")) == "Jana Roth"


def test_a_label_named_once_and_nowhere_else_opens_no_turn() -> None:
    doc = de("Titel\nWir besuchen den Hof. Jan Roth ist im Stall.\nUnsere Frage: Wie lange noch? Mehr lesen: hof-roth.de")
    assert not [a for a in doc.attributions if a.rule == "attr.direct.de.interview_turn"]
    doc = de("Titel\nDie Ministerin Anna Stiftner war zu Gast.\nDas Gespräch verlief ruhig. Stiftner: Das hat sich gelohnt.")
    a = one(doc, "gelohnt")
    assert a.rule == "attr.direct.de.interview_turn" and source_name(doc, a) == "Anna Stiftner"


def test_darin_heisst_es_points_at_the_text_just_named() -> None:
    doc = de("Titel\nDie Gemeinde verschickte am Montag eine Mail an alle Vereine. Darin heißt es, der Saal bleibe bis Mai geschlossen.")
    a = one(doc, "bis Mai geschlossen")
    assert a.rule == "attr.indirect.de.subjectless+text_before" and source_name(doc, a) == "Mail"
    doc = de("Titel\nDas Amt veröffentlichte am Freitag einen Bericht. „Die Brücke trägt keine Lastwagen mehr“, heißt es darin.")
    a = one(doc, "keine Lastwagen")
    assert a.mode == "direct" and source_name(doc, a) == "Bericht"


def test_the_answer_to_the_authors_question_is_the_one_asked() -> None:
    doc = de("Titel\nDer Wirt steht hinter dem Tresen. Ich fragte den Wirt, warum das Lokal so leer ist. „Die Leute haben kein Geld mehr.“")
    a = one(doc, "kein Geld")
    assert a.rule == "attr.direct.de.asked" and source_name(doc, a) == "Wirt"
    # the author who asks himself asks no one
    doc = de("Titel\nWir fragen uns, ob das gut geht. „Die Leute haben kein Geld mehr.“")
    assert one(doc, "kein Geld").rule != "attr.direct.de.asked"


def test_denn_between_a_postposed_cue_and_its_speaker() -> None:
    doc = de("Titel\nDie neuen Regeln seien nur ein erster Schritt, meint denn auch die Juristin Jana Roth.")
    a = one(doc, "erster Schritt")
    assert a.rule == "attr.indirect.de.postposed" and source_name(doc, a) == "Jana Roth"


def test_a_verb_of_belief_as_a_tag_after_the_claim_reports_a_view() -> None:
    doc = de("Titel\nDer Pegel werde im Sommer weiter fallen, vermutet die Forscherin Jana Roth. Denn der Schnee in den Bergen fehle.")
    a = one(doc, "weiter fallen")
    assert a.rule == "attr.indirect.de.postposed" and source_name(doc, a) == "Jana Roth"
    assert source_name(doc, one(doc, "Schnee in den Bergen")) == "Jana Roth"
    doc = de("Titel\nIm Norden werde die Ernte kleiner ausfallen, prognostizieren Agrarforscher.")
    assert source_name(doc, one(doc, "Ernte kleiner")) == "Agrarforscher"
    # a belief before its clause stays no claim in the seed's style
    assert not de("Titel\nDer Verband glaubt, dass die Preise steigen.").attributions


def test_a_passive_tag_after_a_claim_in_the_konjunktiv() -> None:
    doc = de("Titel\nDie Halle bleibe bis zum Herbst gesperrt, nicht nur wegen des Dachs, wird in dem Rundschreiben betont.")
    a = one(doc, "Herbst gesperrt")
    assert a.rule == "attr.indirect.de.passive_tag" and source_name(doc, a) == "Rundschreiben"
    doc = de("Titel\nDie Lage sei ernst, wurde am Montag von der Regierung erklärt.")
    assert source_name(doc, one(doc, "Lage sei ernst")) == "Regierung"
    # a claim in the indicative is the author's
    assert not de("Titel\nDie Lage ist ernst, wurde am Montag gesagt.").attributions


def test_the_tag_of_a_quotation_of_several_sentences_is_no_new_speaker() -> None:
    doc = de("Titel\n«Der Deich hält noch. Aber der Regen hört nicht auf», schrieb die Försterin Jana Roth am Abend in ihrem "
             "Tagebuch, das sie seit dem Frühjahr führt. Dort warnt sie vor dem Hochwasser am Fluss. "
             "Vor allem die alten Pappeln am Ufer seien in Gefahr.")
    a = one(doc, "alten Pappeln")
    assert a.mode == "continuation" and source_name(doc, a) == "Jana Roth"


def test_a_pronoun_before_the_colon_near_the_last_speaker_goes_on_with_her() -> None:
    doc = de("Titel\nDie Schauspielerin Anna Roth sitzt im Garten. „Ich spiele nicht mehr“, sagte sie. Bekannt war die Schauspielerin "
             "auch für ihre Freundschaft mit dem Maler Paul Klein. Und doch war sie manchmal nachdenklich: „Was mich bis heute "
             "interessiert, ist der Mensch.“")
    a = one(doc, "ist der Mensch")
    assert a.rule != "attr.direct.de.colon_subject.fronted" and source_name(doc, a) == "Anna Roth"


INTERVIEW_PAGE = """<!DOCTYPE html><html lang="de"><head><title>Podcast: Die Lage an den Kliniken</title></head><body><article>
<h1>Podcast: Die Lage an den Kliniken</h1>
<p>Anna Roth: Frau Berger, wie ist die Lage auf den Stationen?</p>
<p>Martina Berger: Sie ist ernst. Es fehlen vor allem Pflegekräfte auf dem Land, und viele Betten stehen leer.</p>
<p>Anna Roth: Was hilft?</p>
<p>Martina Berger: Bessere Löhne helfen sofort. Sonst wandern die jungen Leute in die Städte ab, das sehen wir jeden Monat.</p>
<h2>Neue Modelle</h2>
<p>Wir haben in zwei Kliniken Teams aus drei Berufen gebildet, und dort bleiben die Leute länger als früher.</p>
<p>Anna Roth: Vielen Dank.</p>
<p>Martina Berger: Gerne.</p>
</article></body></html>"""


def test_an_answer_goes_on_past_a_sub_heading_up_to_the_next_turn() -> None:
    import sourcetrace

    doc = sourcetrace.analyze(INTERVIEW_PAGE, date="2024-10-13")
    a = one(doc, "Teams aus drei Berufen")
    assert a.rule == "attr.direct.de.interview_turn" and source_name(doc, a) == "Martina Berger"
    # a short question that reads as a heading is still the next turn: no part of the answer before it
    assert not any("Was hilft" in c for c in joined_contents(doc))
    assert source_name(doc, one(doc, "Gerne")) == "Martina Berger"


def test_a_surname_with_its_particle_names_the_one_named_in_full() -> None:
    doc = de("Titel\nDer Präsident des Verbands, Alexander von Brandt, sprach am Montag. „Das Tempo bleibt hoch“, sagte von Brandt. "
             "„Die Lage ist ernst.“")
    a = one(doc, "Tempo bleibt hoch")
    assert a.rule == "attr.direct.de.postposed" and source_name(doc, a) == "Alexander von Brandt"
    assert source_name(doc, one(doc, "Lage ist ernst")) == "Alexander von Brandt"
    # a particle with no name in full before it names no one
    alone = de("Titel\n„Das Tempo bleibt hoch“, sagte von Brandt.")
    assert one(alone, "Tempo").source is None
