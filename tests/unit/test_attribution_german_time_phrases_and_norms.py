"""German sources that are no one (sentences of our own; issue 7): a fronted time phrase is never
the speaker of a cue, a project named after 'gemäß' is no source, a body's name goes on with
'für', and a closing 'nach Angaben X' stays out of what was said."""

from __future__ import annotations

from tests.attribution_helpers import de, names, one, source_name, source_text


def test_a_fronted_time_phrase_is_no_speaker() -> None:
    for time in ("Anfang der Woche", "Ende des Monats", "Am Montag"):
        doc = de(f"{time} hatte die Bergwacht bekannt gegeben, die Hütte bleibe geschlossen.")
        a = one(doc, "Hütte bleibe")
        assert source_name(doc, a) == "Bergwacht", time
        assert not any(time.lower() in n.lower() for n in names(doc)), names(doc)


def test_a_project_after_gemaess_is_no_source() -> None:
    doc = de("Gemäß dem Vorhaben sollen die Länder neue Schulen bauen.")
    assert doc.attributions == []
    assert names(doc) == []
    # a law was already none; a report still is a source
    doc = de("Gemäß dem Bericht des Rechnungshofs fehlen den Schulen zwei Millionen Euro.")
    assert "Rechnungshof" in (source_name(doc, one(doc, "fehlen den Schulen")) or "")


def test_a_body_s_name_goes_on_with_fuer() -> None:
    doc = de("Am Dienstag hatte die Europäische Agentur für Bergbahnen bekannt gegeben, die Saison beginne später.")
    assert source_text(doc, one(doc, "Saison beginne")) == "die Europäische Agentur für Bergbahnen"
    doc = de("Das Landesamt für Lawinenschutz teilte mit, die Gefahr sei gering.")
    assert source_name(doc, one(doc, "Gefahr sei")) == "Landesamt für Lawinenschutz"
    # 'für' after a person's role noun opens what the verb is about, no part of the name
    doc = de("Vor Ort warb der Minister für Reformen und sagte, er sei zufrieden.")
    assert source_text(doc, one(doc, "zufrieden")) == "der Minister"


def test_a_closing_nach_angaben_phrase_stays_out_of_the_content() -> None:
    doc = de("Es kamen 300 Wanderer am Sonntag nach Angaben der Agentur für Bergbahnen.")
    a = one(doc, "300 Wanderer")
    assert [doc.span_text(c) for c in a.content] == ["Es kamen 300 Wanderer am Sonntag"]
    assert source_name(doc, a) == "Agentur für Bergbahnen"
    # inside the clause the phrase stays in it (the seed's style, `+inner_phrase`); 'laut' run on into the predicate keeps the clause
    doc = de("Die Firma plant nach Angaben der Gewerkschaft den Abbau von Stellen.")
    assert [doc.span_text(c) for c in one(doc, "Firma plant").content] == ["Die Firma plant nach Angaben der Gewerkschaft den Abbau von Stellen"]
