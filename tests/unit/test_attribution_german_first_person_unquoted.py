"""German speech in the first person whose quotation marks a page lost (sentences of our own;
issue 7): a sentence in the first person after a speaker's reported speech is that speaker's, one
before a tag that closes speech in the first person belongs to it, a cue in a clause of condition
reports nothing, and a name with an age and a home is what a later pronoun stands for."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_the_first_person_after_reported_speech_is_the_speaker_s() -> None:
    doc = de("Jan Berg (29) aus Gulu lebt seit Jahren im Lager. Sein Bruder sei verhaftet worden, sagt er. "
             "Ich weiß seitdem nichts mehr von ihm.")
    assert source_name(doc, one(doc, "verhaftet")) == "Jan Berg"
    a = one(doc, "nichts mehr von ihm")
    assert source_name(doc, a) == "Jan Berg" and "first_person" in a.rule


def test_the_first_person_after_a_request_is_no_one_s() -> None:
    doc = de("Die Regierung forderte die Rebellen auf, sich aus dem Tal zurückzuziehen. "
             "Wir kämpfen für niemanden.")
    assert not any("für niemanden" in doc.span_text(c) for a in doc.attributions for c in a.content)


def test_the_first_person_before_a_tag_belongs_to_its_speech() -> None:
    doc = de("Die Saison war lang. Wir haben zu viele Gäste im Tal. "
             "Das sagt keiner gern, aber wir leben davon, sagt die Hotelierin Eva Moser.")
    a = one(doc, "leben davon")
    assert source_name(doc, a) == "Eva Moser"
    assert [doc.span_text(c) for c in a.content] == ["Wir haben zu viele Gäste im Tal", "Das sagt keiner gern, aber wir leben davon"]
    # a sentence before it in the third person stays the author's
    doc = de("Das Tal hat viele Gäste. Wir leben davon, sagt die Hotelierin Eva Moser.")
    assert [doc.span_text(c) for c in one(doc, "leben davon").content] == ["Wir leben davon"]


def test_a_cue_in_a_clause_of_condition_reports_nothing() -> None:
    doc = de("Wenn die Stadt sagt, dass sie sparen muss, wäre das noch keine Lösung, sagte der Bürgermeister Karl Huber.")
    assert [source_name(doc, a) for a in doc.attributions] == ["Karl Huber"]
    # a cue in an indirect question gives way to the tag that closes the sentence, and the first
    # person before a colon is the speaker's own words
    doc = de("Die Ministerin Eva Roth lobte den Plan. Mir ist gleich, wie der Verband das Projekt nennt: Wichtig ist der Bau, meinte sie danach.")
    a = one(doc, "Wichtig ist")
    assert source_name(doc, a) == "Eva Roth"
    assert doc.span_text(a.content[0]).startswith("Mir ist gleich")


def test_a_conjunction_and_colon_lead_into_what_was_said() -> None:
    doc = de("Der Bürgermeister Jan Roth kam. Zur Maut sagte er Nein, doch: Wir bauen keine neue Straße.")
    a = one(doc, "neue Straße")
    assert doc.span_text(a.content[0]).startswith("Wir bauen") and source_name(doc, a) == "Jan Roth"


def test_hiess_es_with_a_colon_after_a_relative_clause() -> None:
    doc = de("In einem Schreiben, das die Gemeinde am Abend verschickte, hieß es: Die Schule bleibt bis Juni offen.")
    assert [doc.span_text(c) for c in one(doc, "bis Juni").content] == ["Die Schule bleibt bis Juni offen"]


def test_a_separable_participle_under_a_konjunktiv_auxiliary_goes_on_with_the_speech() -> None:
    doc = de("Der Sprecher Jan Roth sagte, der Bau beginne im Mai. Auch der Vorstand habe den Plan vorgeschlagen.")
    a = one(doc, "Vorstand habe")
    assert a.mode == "continuation" and source_name(doc, a) == "Jan Roth"


def test_a_group_opened_by_a_count_is_no_person_for_er() -> None:
    doc = de("Der Minister Jan Roth trat nicht zurück. Tausende Fischer demonstrierten vor seinem Amt. Er sagte, er bleibe.")
    assert source_name(doc, one(doc, "er bleibe")) == "Jan Roth"
    assert [s.name for s in doc.sources] == ["Jan Roth"]


def test_the_first_person_singular_after_a_sentence_that_names_a_person() -> None:
    doc = de("Die Lage am Hafen blieb angespannt. Zugleich verteidigte die Ministerin Eva Roth ihre Entscheidung vom Mai. "
             "Ich würde heute wieder genauso entscheiden.")
    a = one(doc, "genauso entscheiden")
    assert source_name(doc, a) == "Eva Roth" and a.rule.startswith("attr.continuation.de.first_person")
    # 'wir' after a sentence about a person may be the author's or a group's: not hers
    doc = de("Zugleich verteidigte die Ministerin Eva Roth ihre Entscheidung vom Mai. Wir fragten im Hafen nach.")
    assert doc.attributions == []


def test_a_sub_heading_glued_in_a_line_states_no_one_s_speech() -> None:
    doc = de("Die Ministerin Eva Roth sagte, der Hafen werde ausgebaut. Mehr Geld hilft uns nicht "
             "Zugleich lobte die Stadt ihren Plan.")
    assert not any(doc.span_text(c).startswith("Mehr Geld") for a in doc.attributions for c in a.content)


def test_a_konjunktiv_form_after_or_before_ich_is_the_indicative() -> None:
    doc = de("Der Trainer Jan Roth sagte, das Team sei bereit. Ich habe keine Angst vor dem Spiel.")
    a = one(doc, "keine Angst")
    assert "first_person" in a.rule and source_name(doc, a) == "Jan Roth"


def test_a_statement_of_the_first_person_is_no_source() -> None:
    doc = de("Der Trainer Jan Roth sagte, das Team sei bereit. Ich stehe zu meiner Aussage, dass die Abwehr stark sei.")
    assert not any(a.source_span is not None and doc.span_text(a.source_span).lower().startswith("meine") for a in doc.attributions)


def test_hiess_es_inside_the_clause_reports_the_clause_around_it() -> None:
    doc = de("Frühestens im Mai, heißt es derzeit, hat der Minister Zeit für die Reise.")
    a = one(doc, "Zeit für die Reise")
    assert [doc.span_text(c) for c in a.content] == ["Frühestens im Mai", "hat der Minister Zeit für die Reise"]
    # a tag after a whole clause keeps the clause before it
    doc = de("Der Plan sei gut, hieß es aus dem Ministerium.")
    assert [doc.span_text(c) for c in one(doc, "Plan sei").content] == ["Der Plan sei gut"]
