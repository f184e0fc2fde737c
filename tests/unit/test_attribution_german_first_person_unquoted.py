"""German speech in the first person whose quotation marks a page lost (sentences of our own;
issue 7): a sentence in the first person after a speaker's reported speech is that speaker's, one
before a tag that closes speech in the first person belongs to it, a cue in a clause of condition
reports nothing, and a name with an age and a home is what a later pronoun stands for."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_the_first_person_after_reported_speech_is_the_speaker_s() -> None:
    doc = de("Jan Berg (29) aus Gulu ist einer von ihnen. Sein Bruder sei verhaftet worden, sagt er. "
             "Ich weiß seitdem nichts mehr von ihm.")
    assert source_name(doc, one(doc, "verhaftet")) == "Jan Berg"
    a = one(doc, "nichts mehr von ihm")
    assert source_name(doc, a) == "Jan Berg" and "first_person" in a.rule


def test_the_first_person_after_a_request_is_no_one_s() -> None:
    doc = de("Die Regierung forderte die Rebellen auf, sich aus dem Tal zurückzuziehen. "
             "Wir führen diesen Kampf für niemanden.")
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
    doc = de("Die Ministerin Eva Roth lobte den Plan. Mir ist egal, wie jemand anderer zu dem Plan sagt: Hauptsache, es gibt ihn, meinte sie weiters.")
    a = one(doc, "Hauptsache")
    assert source_name(doc, a) == "Eva Roth"
    assert doc.span_text(a.content[0]).startswith("Mir ist egal")
