"""German attribution, session 16 (sentences of our own; issue 7): an interview printed as running
text ("KURIER: Frage? Berger: Antwort …") gives each turn of the one interviewed to that person,
up to the next label; a lone label of a person named in full opens their words up to the end of
the sentence; a label that is a place, a heading's topic or a word of the author's opens none.
Unquoted speech goes on after a tag that says where and when it was said; a name after its role
("Der Vorsitzende der Gewerkschaft, Jonas Keller") is the person's; "nach Angaben aus X" is X's."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one, source_name, source_text

from sourcetrace.document import Document

analyze = partial(analyse, lang="de", date="2024-10-17")


INTERVIEW = ("Die Hebammen sind überlastet, sagt die Forscherin Martina Berger im Gespräch. "
             "Tagblatt: Die Regierung will mehr Geld für die Geburtshilfe ausgeben. Reicht das? "
             "Berger: Nein, das reicht bei weitem nicht. Es fehlen vor allem Hebammen auf dem Land. "
             "Tagblatt: Was schlagen Sie vor? "
             "Berger: Wir brauchen bessere Löhne. Sonst wandern die jungen Leute ab.")


def test_the_turns_of_an_interview_are_the_words_of_the_one_interviewed() -> None:
    doc = analyze(INTERVIEW)
    a = one(doc, "das reicht bei weitem nicht")
    assert a.rule == "attr.direct.de.interview_turn" and a.mode == "direct"
    # the whole answer, up to the interviewer's next label
    assert doc.span_text(a.content[0]).rstrip(".") == "Nein, das reicht bei weitem nicht. Es fehlen vor allem Hebammen auf dem Land"
    assert source_text(doc, a) == "Berger" and source_name(doc, a) == "Martina Berger"
    b = one(doc, "bessere Löhne")
    assert doc.span_text(b.content[0]).rstrip(".") == "Wir brauchen bessere Löhne. Sonst wandern die jungen Leute ab"
    assert source_name(doc, b) == "Martina Berger"
    # the interviewer's questions are no one's claim here
    assert not any("Geburtshilfe" in doc.span_text(c) for x in doc.attributions for c in x.content
                   if x.rule == "attr.direct.de.interview_turn")


def test_an_answer_of_several_paragraphs_is_a_claim_a_paragraph() -> None:
    doc = analyze("Die Hebammen sind überlastet, sagt die Forscherin Martina Berger.\n"
                  "Tagblatt: Reicht das Geld?\nBerger: Nein, das reicht nicht.\nEs fehlen Hebammen auf dem Land.\n"
                  "Tagblatt: Was schlagen Sie vor?\nBerger: Wir brauchen bessere Löhne.\n")
    turns = [doc.span_text(a.content[0]).rstrip(".") for a in doc.attributions if a.rule == "attr.direct.de.interview_turn"]
    assert turns == ["Nein, das reicht nicht", "Es fehlen Hebammen auf dem Land", "Wir brauchen bessere Löhne"]


def test_a_lone_label_of_a_person_opens_the_rest_of_its_sentence() -> None:
    doc = analyze("Roman Weidinger leitet das Lager in Enns. Die Pakete werden immer kleiner. "
                  "Weidinger: Das hat mit dem Onlinehandel zu tun. Im Lager arbeiten heute Roboter.")
    a = one(doc, "Onlinehandel")
    assert a.rule == "attr.direct.de.interview_turn"
    assert doc.span_text(a.content[0]).rstrip(".") == "Das hat mit dem Onlinehandel zu tun"
    assert source_name(doc, a) == "Roman Weidinger"


def test_labels_that_name_no_person_open_no_turn() -> None:
    # counter-examples: a place as a heading's topic, a word of the author's, a quoted headline
    doc = analyze("Der Außenminister Peter Kranz reiste nach Asien.\nNordkorea: Neue Bilder vom Machthaber\n"
                  "Die Bilder zeigen ihn bei einer Fabrik. Kurios: Die Fabrik war geschlossen. "
                  "Zur Erinnerung: Kranz war schon im Mai dort.")
    assert not any(a.rule == "attr.direct.de.interview_turn" for a in doc.attributions)


def _content(doc: Document, needle: str) -> str:
    return " | ".join(doc.span_text(c) for c in one(doc, needle).content)


def test_unquoted_speech_goes_on_after_where_and_when_the_tag_says_it_was_said() -> None:
    doc = analyze("Wir haben lange gestritten, sagte die Ministerin in Genf am Abend, aber jetzt werden auch die Banken zahlen.")
    assert "die Banken zahlen" in _content(doc, "lange gestritten")
    doc = analyze("Das stimmt nicht, sagt die Sprecherin im Gespräch mit Reportern, es ist alles ruhig in der Stadt.")
    assert "alles ruhig" in _content(doc, "Das stimmt nicht")
    # counter-examples: a clause of time after the setting, a pronoun whose verb reports no speech
    doc = analyze("Wir haben lange gestritten, sagte die Ministerin in Genf am Abend, bevor sie wieder abreiste.")
    assert "abreiste" not in _content(doc, "lange gestritten")
    doc = analyze("Das stimmt nicht, sagt die Sprecherin im Gespräch, sie lacht dabei.")
    assert "lacht" not in _content(doc, "Das stimmt nicht")


def test_a_name_after_its_role_is_the_persons() -> None:
    doc = analyze("Der Zweite Vorsitzende der Gewerkschaft der Bäcker, Jonas Keller, sagte, die Lage sei ernst.")
    assert source_name(doc, one(doc, "Lage sei ernst")) == "Jonas Keller"
    doc = analyze("Die Psychotherapeutin Barbara Pfanner sagt, viele Kinder seien traumatisiert.")
    assert source_name(doc, one(doc, "traumatisiert")) == "Barbara Pfanner"
    # counter-examples: a name of three words, a role with its body and no name after the comma
    doc = analyze("Anna Maria Berg sagt, viele Kinder seien traumatisiert.")
    assert source_name(doc, one(doc, "traumatisiert")) == "Anna Maria Berg"
    doc = analyze("Der Sprecher der Gewerkschaft sagte, die Lage sei ernst.")
    assert source_name(doc, one(doc, "Lage sei ernst")) != "Gewerkschaft"


def test_statements_from_a_circle_or_a_capital_are_theirs() -> None:
    doc = analyze("Am Samstag wurden nach Angaben aus Bankenkreisen rund 500 Millionen Euro abgehoben.")
    assert source_text(doc, one(doc, "500 Millionen")) == "Bankenkreisen"
    doc = analyze("Nach Angaben aus Moskau sprachen die beiden Minister über die Lage in Syrien.")
    assert source_text(doc, one(doc, "sprachen die beiden Minister")) == "Moskau"
    # counter-example: a time after "aus" names no source
    doc = analyze("Nach Angaben aus dem Jahr 2010 lebten dort rund 300 Menschen.")
    assert all(source_text(doc, a) != "dem Jahr 2010" for a in doc.attributions)


def test_a_fronted_predicate_of_two_adjectives_is_no_subject() -> None:
    doc = analyze("Hart und ungerecht nannte der frühere Minister Karl Bauer die Einigung. Doch nötig sei sie, um die Pleite abzuwenden.")
    assert source_name(doc, one(doc, "Pleite abzuwenden")) == "Karl Bauer"
    assert not any(source_text(doc, a) == "Hart und ungerecht" for a in doc.attributions)
    # counter-example: a pronoun after "und" closes a subject of two
    doc = analyze("Anna Roth und ich sagten, der Plan sei gut.")
    assert source_text(doc, one(doc, "Plan sei gut")) == "Anna Roth und ich"


def test_a_heading_run_into_the_text_is_no_part_of_the_speaker() -> None:
    lead = "Der Landesrat Michael Weber verhandelt mit der SPÖ. "
    doc = analyze(lead + "Zwölf Monate im Wartesaal Weber warnte davor, die Lage zu beschönigen. Die Bürger hätten den Eindruck, dass alles stillstehe.")
    a = one(doc, "alles stillstehe")
    assert source_name(doc, a) == "Michael Weber"
    # counter-examples: a role before the surname, an article before a body's name
    doc = analyze(lead + "Landesrat Weber warnte davor, die Lage zu beschönigen. Die Bürger hätten den Eindruck, dass alles stillstehe.")
    assert source_text(doc, one(doc, "die Lage zu beschönigen")) == "Landesrat Weber"
    doc = analyze(lead + "Die Baufirma Weber teilte mit, die Arbeiten seien beendet.")
    assert source_text(doc, one(doc, "Arbeiten seien beendet")) == "Die Baufirma Weber"
