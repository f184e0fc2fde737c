"""German "so" frames whose noun is a state of mind or an intention ("– so die Hoffnung der Anwohner –",
", so der Plan der Stadt."): a hope or a plan is no speech act, the frame names no source
(`so_frame_mental_nouns` of according.json, session 29); a speaker's noun in the same frame still does. Our
own invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_text


def test_a_hope_between_dashes_is_no_source() -> None:
    doc = de("Neue Brücke für Lindenau.\n\n"
             "Die neue Brücke soll – so die Hoffnung der Anwohner – schon im Herbst für den Verkehr freigegeben werden.\n")
    assert not [a for a in doc.attributions if "Herbst" in " ".join(doc.span_text(c) for c in a.content)]
    assert all("Hoffnung" not in s.name for s in doc.sources)


def test_a_plan_after_a_comma_is_no_source_but_a_spokeswoman_is() -> None:
    doc = de("Die Halle soll im Mai wieder öffnen, so der Plan der Stadtverwaltung.\n\n"
             "Das Bad soll im Juni wieder öffnen, so die Sprecherin der Stadtverwaltung.\n")
    assert not [a for a in doc.attributions if any("Halle" in doc.span_text(c) for c in a.content)]
    assert source_text(doc, one(doc, "Bad soll im Juni")) == "die Sprecherin der Stadtverwaltung"


def test_a_speaker_between_dashes_still_speaks() -> None:
    doc = de("Die Stadt will – so die Sprecherin des Bauamts – noch in diesem Monat mit den Arbeiten beginnen.")
    a = one(doc, "mit den Arbeiten beginnen")
    assert a.rule == "attr.indirect.de.so+dash" and source_text(doc, a) == "die Sprecherin des Bauamts"
