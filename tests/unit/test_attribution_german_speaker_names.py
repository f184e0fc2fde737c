"""German speakers as named and written (invented sentences): a noun of a person of one gender ("der Bub")
stands for the person named before, "ein Mann" for no one named; a person before an apposition that
names an outlet is the source; a name with particles after a long description; a weekday and part of
day after the speaker is no part of the name; a post link run into the text ends the sentence;
"eigenen Angaben" take no genitive owner, a possessive genitive keeps an according-to phrase whole; a
subject's prepositional phrase is cut only outside an apposition."""

from __future__ import annotations

from tests.attribution_helpers import de, names, one, source_name, source_text

from sourcetrace.document import Entity, Span
from sourcetrace.steps.attribution.context import Context
from sourcetrace.steps.attribution.continuation import _name_before_preposition
from sourcetrace.steps.lexicon import lang


def test_boy_named_before_is_the_source_of_the_boy() -> None:
    doc = de("Jonas Keller, 14 Jahre alt, lebt seit einem Jahr in Graz. Die Schule sei schwer, aber er "
             "lerne schnell, erzählt der Bub. Später sagte Keller, er wolle Arzt werden.")
    a = one(doc, "Schule sei schwer")
    assert source_name(doc, a) == "Jonas Keller"
    assert names(doc) == ["Jonas Keller"]


def test_a_man_is_no_one_named_before() -> None:
    doc = de("Jonas Keller leitet die Schule. Ein Mann kam am Abend vorbei. Die Tür sei offen gewesen, "
             "erzählt der Mann.")
    a = one(doc, "Tür sei offen gewesen")
    assert source_name(doc, a) != "Jonas Keller"
    assert source_text(doc, a) == "der Mann"


def test_person_before_an_apposition_that_names_an_outlet_is_the_source() -> None:
    doc = de("Die Pläne wurden am Freitag bekannt. Die Regeln hätten große Lücken, sagte Karl Berger, Leiter der "
             "Datenredaktion des NDR, am Abend.")
    assert source_name(doc, one(doc, "Regeln hätten große Lücken")) == "Karl Berger"
    assert "NDR" not in names(doc)


def test_name_with_particles_after_a_long_description() -> None:
    doc = de("Der Kran stürzte um. Der Mitgründer der Stiftung für Denkmalschutz mit Sitz in Bern, Irfan "
             "al-Hadi, sagte, die Behörden hätten nichts getan.")
    assert source_name(doc, one(doc, "Behörden hätten nichts getan")) == "Irfan al-Hadi"


def test_weekday_and_part_of_day_after_the_speaker_is_no_part_of_the_name() -> None:
    doc = de("Die Straße blieb gesperrt. Der Verkehr werde umgeleitet, erklärte eine Sprecherin der Stadtwerke Lindau Dienstagabend.")
    assert source_text(doc, one(doc, "Verkehr werde umgeleitet")) == "eine Sprecherin der Stadtwerke Lindau"


def test_post_link_run_into_the_text_ends_the_sentence() -> None:
    doc = de("Der Sturm kam am Nachmittag. Bäume am Ufer #Sturm pic.twitter.com/Ab3dE5fG Die Bürgermeisterin "
             "der Gemeinde, Anna Huber, erklärte am Abend, der Wind habe binnen einer Stunde mehrere Dächer "
             "abgedeckt.")
    a = one(doc, "mehrere Dächer")
    assert source_name(doc, a) == "Anna Huber"
    assert not any("pic.twitter.com" in doc.span_text(s.span) and "Bürgermeisterin" in doc.span_text(s.span) for s in doc.sentences)


def test_eigenen_angaben_take_no_genitive_owner() -> None:
    doc = de("Der Sender Radio Lindau ist nach eigenen Angaben der größte des Landes.")
    a = one(doc, "größte des Landes")
    assert source_text(doc, a) == "eigenen Angaben"


def test_a_possessive_genitive_after_the_phrase_noun_keeps_the_phrase_whole() -> None:
    doc = de("Der Vertrag sei gültig, den Angaben seiner Anwältin zufolge.")
    a = one(doc, "Der Vertrag sei gültig")
    assert doc.span_text(a.content[0]) == "Der Vertrag sei gültig"
    assert source_text(doc, a) == "den Angaben seiner Anwältin" and source_name(doc, a) == "Anwältin"


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def test_a_preposition_of_an_apposition_stays_in_the_subject() -> None:
    text = "Jan Roth im Gespräch mit der Zeitung sieht darin einen Fehler. Jan Roth, Chef von Hafenbau Nord, sieht das anders."
    doc = de(text)
    first, second = _span(text, "Jan Roth"), _span(text, "Jan Roth,")
    doc.entities = [Entity(first, "PER", "t"), Entity(Span(second.start, second.end - 1), "PER", "t")]  # (as the entity model tags them)
    ctx, lx = Context(doc), lang("de")
    cut = _name_before_preposition(ctx, _span(text, "Jan Roth im Gespräch mit der Zeitung"), lx)
    assert doc.span_text(cut) == "Jan Roth"
    whole = _span(text, "Jan Roth, Chef von Hafenbau Nord")
    assert _name_before_preposition(ctx, whole, lx) == whole  # (not "Jan Roth, Chef")
