"""Chains of session 19 (issue 7) on sentences of our own, last part: a known outlet whose name the
phrase rules read as an adverb ("told Ruptly"), "the nurse" after "a nurse at the clinic" as the
same source that goes on with the link, "according to X" after a quotation that closes with its
comma, a fronted programme of an outlet after a time ("Monday, on the BBC’s “…,” …"), and a
participle in a fronted clause ("while commenting on …, X said …") that is no speech of its own; German
"sagte X der Agentur Y zufolge": X's claim with the agency as link, no according-to claim of the agency."""

from __future__ import annotations

from tests.attribution_helpers import link_names, one, source_name

import sourcetrace
from sourcetrace.document import Document


def analyze(text: str, lang: str = "en") -> Document:
    return sourcetrace.analyze(text, date="2025-05-06", lang=lang)


def test_outlet_with_an_adverb_like_name_and_the_description_again() -> None:
    doc = analyze("Port plan.\n\nA nurse at the clinic told Ruptly that she had treated three of the injured.\n\n"
                  "“It was hard to watch,” the nurse said.")
    first, second = one(doc, "treated three of the injured"), one(doc, "hard to watch")
    assert link_names(first) == ["Ruptly"] and link_names(second) == ["Ruptly"]
    assert first.source == second.source


def test_according_to_after_a_quotation_closing_with_its_comma() -> None:
    doc = analyze('Port plan.\n\nThe mayor said that critics should "look elsewhere," according to Reuters.')
    a = one(doc, "look elsewhere")
    assert link_names(a) == ["Reuters"]
    assert "according" not in doc.span_text(a.content[-1])


def test_fronted_programme_after_a_time_and_a_fronted_participle() -> None:
    for text in ("Port plan.\n\nMonday, on the BBC’s “Harbour Hour,” Governor Ann Lee said the plan was sound.",
                 "Port plan.\n\nMonday, on the BBC’s “Harbour Hour,” while commenting on the pier, Governor Ann Lee said the plan was sound."):
        doc = analyze(text)
        a = one(doc, "plan was sound")
        assert doc.span_text(a.content[0]) == "the plan was sound", text
        assert link_names(a) == ["BBC"], text


def test_zufolge_after_a_cue_and_its_speaker_is_a_link_de() -> None:
    doc = analyze("Hafenstreit.\n\nIm Archiv sei die Akte gefunden worden, sagte Archivleiter Jan Roth der Agentur PAP zufolge "
                  "am Mittwochabend. Die Unterschrift sei echt.", "de")
    for words in ("Akte gefunden worden", "Unterschrift sei echt"):
        a = one(doc, words)
        assert a.mode != "according_to", words
        assert source_name(doc, a) == "Jan Roth", words
        assert link_names(a) == ["PAP"], words


def test_an_adverb_the_parse_reads_as_a_verb_opens_the_reported_clause_de() -> None:
    # (session 22) "sagte …, erfahrungsgemäß könne …": the Konjunktiv right after the word is the
    # clause's verb, so the word is no main verb after a subordinate clause; the claim and its
    # continuation keep the outlet told
    doc = analyze("Die Fähre liegt im Dock. Der Sprecher der Reederei Nordwind sagte der Süddeutschen Zeitung, erfahrungsgemäß "
                  "dauere eine Reparatur im Winter doppelt so lang. Im April sei das Schiff wieder auf See.", "de")
    a = one(doc, "doppelt so lang")
    assert a.rule == "attr.indirect.de.v2" and link_names(a) == ["Süddeutsche Zeitung"]
    assert link_names(one(doc, "wieder auf See")) == ["Süddeutsche Zeitung"]


def test_a_programme_after_a_bare_day_opens_the_sentence_en() -> None:
    # (session 22) "Sunday on <outlet>'s “<programme>,” X said …": a time alone, no comma, before
    # the fronted programme; the link carries into X's next quotation
    doc = analyze("Port plan.\n\nMonday on the BBC’s “Harbour Hour,” Ann Lee said the old pier should close. "
                  "“Nobody has repaired it since 2010,” she added.")
    assert link_names(one(doc, "old pier should close")) == ["BBC"]
    assert link_names(one(doc, "Nobody has repaired it")) == ["BBC"]
    # (a place after the day is no outlet)
    doc = analyze("Port plan.\n\nSunday on the pier, Ann Lee said the bridge was unsafe.")
    assert link_names(one(doc, "bridge was unsafe")) == []
