"""German sources of session 24 (sentences of our own; issue 7): a private person named by a given
name and the initial of the surname ("Jan M.", news style) and later by the initial or the given
name alone; a possessive of opinion ("seiner Einschätzung nach") whose owner is only named in the
sentence before; a speech manuscript cited after the speaker ("sagte er laut Redemanuskript")."""

from __future__ import annotations

from tests.attribution_helpers import de, link_names, names, one, source_name

from sourcetrace.document import Document
from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.naming import initial_full_name, possessor_named_before
from sourcetrace.steps.sources.registry import Registry


def _doc(text: str) -> Document:
    return de(text)


def test_an_initial_alone_is_the_person_named_with_it() -> None:
    doc = de("Timo K. arbeitet seit zehn Jahren im Hafen von Kiel. Die Kräne seien alt, erzählt K.. "
             "Ersatzteile gebe es kaum noch.")
    a = one(doc, "Die Kräne seien alt")
    assert source_name(doc, a) == "Timo K."
    assert a.rule.startswith("attr.")
    b = one(doc, "Ersatzteile gebe es")
    assert source_name(doc, b) == "Timo K."  # the continuation inherits the person, not the letter
    assert "K" not in names(doc)
    src = next(s for s in doc.sources if s.name == "Timo K.")
    assert src.type == "person" and src.rule == "source.person.initial_name_in_text"


def test_the_given_name_alone_is_the_person_named_with_an_initial() -> None:
    doc = de("Lena W. wohnt seit dem Frühjahr in einer Wohngemeinschaft in Graz. "
             "Die Miete sei zu hoch, sagt Lena.")
    a = one(doc, "Die Miete sei zu hoch")
    assert source_name(doc, a) == "Lena W."


def test_a_middle_initial_names_no_one_by_the_initial() -> None:
    doc = _doc("Der Autor Paul R. Kessler hat ein Buch über Brücken geschrieben. Der Bau sei teuer, sagte R..")
    assert initial_full_name(doc, "R") is None  # "Paul R. Kessler": the initial of a middle name, no surname


def test_two_persons_with_one_initial_leave_the_initial_unresolved() -> None:
    doc = _doc("Jonas B. und Clara B. wohnen im selben Haus. Der Lift sei kaputt, sagte B..")
    assert initial_full_name(doc, "B") is None


def test_a_title_before_an_initial_is_no_given_name() -> None:
    doc = _doc("Frau S. wartet vor dem Amt. Die Schlange sei lang, sagte S..")
    assert initial_full_name(doc, "S") is None


def test_a_possessive_opinion_means_the_surname_named_the_sentence_before() -> None:
    doc = de("Im Bericht des Instituts wird der Ökonom Anton Brandl mehrfach zitiert. Das Papier ist lang. "
             "Am Montag hat Brandl die neuen Zahlen vorgestellt. "
             "So werden die Mieten seiner Einschätzung nach im nächsten Jahr deutlich steigen.")
    a = one(doc, "die Mieten seiner Einschätzung nach")
    assert source_name(doc, a) == "Anton Brandl"
    assert "seiner Einschätzung" not in names(doc)
    # the fallback itself, with no person known yet: the surname of the sentence before, in full
    reg = Registry(doc)
    sid = possessor_named_before(reg, doc, doc.text.index("seiner Einschätzung"), lang("de"))
    assert sid is not None and reg.get(sid).name == "Anton Brandl"


def test_a_possessive_opinion_takes_no_surname_of_the_other_gender() -> None:
    # ("seiner" is no woman: the surname of the sentence before names the minister "Anna Roth")
    doc = de("Streit um Zahlen\n\nDie Ministerin Anna Roth stellte den Plan vor.\n\n"
             "Am Montag hat Roth die Zahlen vorgelegt. Sie seien seiner Einschätzung nach zu hoch.\n")
    a = one(doc, "Sie seien seiner Einschätzung nach")
    assert source_name(doc, a) != "Anna Roth" and "+possessor_named_before" not in a.rule
    # the same words with "ihrer": the minister
    doc = de("Streit um Zahlen\n\nDie Ministerin Anna Roth stellte den Plan vor.\n\n"
             "Am Montag hat Roth die Zahlen vorgelegt. Sie seien ihrer Einschätzung nach zu hoch.\n")
    assert source_name(doc, one(doc, "Sie seien ihrer Einschätzung nach")) == "Anna Roth"


def test_the_possessor_fallback_takes_no_noun_after_its_article() -> None:
    doc = de("Die Pendler aus Oberwart kommen täglich. So werden die Züge seiner Einschätzung nach bald voll sein.")
    reg = Registry(doc)
    assert possessor_named_before(reg, doc, doc.text.index("seiner Einschätzung"), lang("de")) is None


def test_a_possessive_opinion_takes_no_noun_after_its_article() -> None:
    doc = de("Die Pendler kommen täglich aus dem Umland. "
             "So werden die Züge seiner Einschätzung nach bald voll sein.")
    a = one(doc, "die Züge seiner Einschätzung nach")
    assert source_name(doc, a) != "Die Pendler"
    assert "Pendler" not in (source_name(doc, a) or "")


def test_a_possessive_opinion_keeps_a_person_known_before() -> None:
    doc = de("Die Bürgermeisterin Ida Rauch sagte am Montag, der Park werde erweitert. "
             "Die Kosten seien ihrer Ansicht nach gering.")
    a = one(doc, "Die Kosten seien")
    assert source_name(doc, a) == "Ida Rauch"
    assert "+possessor_named_before" not in a.rule


def test_a_speech_manuscript_after_the_speaker_is_a_link() -> None:
    doc = de("Der Verkehrsminister Karl Huber sprach am Montag in Linz. Die Bahn müsse pünktlicher werden, "
             "sagte er laut Redemanuskript vor den Delegierten.")
    a = one(doc, "Die Bahn müsse")
    assert source_name(doc, a) == "Karl Huber"
    assert link_names(a) == ["Redemanuskript"]


def test_evidence_a_thing_shows_is_no_attribution() -> None:
    doc = de("Der Hafen in Kiel wächst seit Jahren. Die steigenden Mieten zeigen deutlich, dass die Stadt kaum noch Wohnungen hat.")
    assert not [a for a in doc.attributions if any("kaum noch Wohnungen" in doc.span_text(c) for c in a.content)]


def test_evidence_a_study_shows_stays_an_attribution() -> None:
    doc = de("Eine Studie der Universität Kiel zeigt, dass die Mieten in der Stadt stark gestiegen sind.")
    a = one(doc, "die Mieten in der Stadt")
    assert a.source is not None


def test_evidence_with_a_konjunktiv_clause_stays_speech() -> None:
    doc = de("Die Gewerkschaftschefin Eva Lind sagte, die Löhne seien zu niedrig. "
             "Die steigenden Mieten zeigten, dass jede dritte Familie kaum noch Geld habe.")
    assert [a for a in doc.attributions if any("jede dritte Familie" in doc.span_text(c) for c in a.content)]


def test_a_compound_of_statement_names_the_body_that_said_it() -> None:
    doc = de("Bei dem Sturm in Lübeck wurden nach Gewerkschaftsangaben zwölf Hafenarbeiter verletzt.")
    a = one(doc, "zwölf Hafenarbeiter")
    assert source_name(doc, a) == "Gewerkschaft"
    src = next(s for s in doc.sources if s.id == a.source)
    assert src.type == "ngo" and "Gewerkschaftsangaben" in src.aliases
    assert "Gewerkschaftsangaben" not in names(doc)


def test_a_compound_of_no_body_stays_as_written() -> None:
    doc = de("Bei dem Sturm in Lübeck wurden nach Zeugenaussagen zwölf Hafenarbeiter verletzt.")
    a = one(doc, "zwölf Hafenarbeiter")
    assert source_name(doc, a) != "Zeugen"


def test_a_roman_numeral_is_no_initial() -> None:
    doc = _doc("Nach dem Weltkrieg I. wurde die Fabrik geschlossen. Die Halle sei leer, sagte I..")
    assert initial_full_name(doc, "I") is None
    doc = _doc("Das Bild zeigt Kaiser Karl V. vor dem Palast. Es sei alt, sagte V..")
    assert initial_full_name(doc, "V") is None
