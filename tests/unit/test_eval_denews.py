"""The conversion of our attributions to de-news-quotes' conventions (`eval.denews.system_quotes`):
the corpus' cue is the verb complex, its quotation keeps the marks but not the comma after them,
its continued and reported sentences keep their full stop. Invented sentences."""

from __future__ import annotations

import re
from typing import Any

from sourcetrace import analyze
from sourcetrace.eval.denews import system_quotes


def _tokens(text: str) -> list[dict[str, Any]]:
    return [{"id": k, "text": m.group(), "charBegin": m.start(), "charEnd": m.end()}
            for k, m in enumerate(re.finditer(r"\w[\w-]*|[^\w\s]", text))]


def _quotes(text: str) -> list[dict[str, str]]:
    tokens = _tokens(text)
    out = []
    for q in system_quotes(analyze(text, lang="de", conventions="denews"), tokens):  # as `evaluate` analyses
        out.append({r: " ".join(t["text"] for t in tokens if t["id"] in ids) for r, ids in q.items()})
    return out


def test_the_cue_takes_the_auxiliary_of_an_analytic_tense() -> None:
    q = _quotes("Die Bürgermeisterin hatte am Morgen erklärt, die Brücke bleibe gesperrt.")
    assert q[0]["cue"] == "hatte erklärt"
    q = _quotes("Die Polizei nannte keine Namen, nachdem die Zeitung berichtet hatte, dass der Fahrer geflohen sei.")
    assert q[0]["cue"] == "berichtet hatte"
    q = _quotes("Die Ministerin musste betonen, dass es kaum Daten gebe.")
    assert q[0]["cue"] == "musste betonen"
    q = _quotes("Dem Händler wird vorgeworfen, Waren falsch deklariert zu haben.")
    assert q[0]["cue"] == "wird vorgeworfen"


def test_the_cue_takes_wie_of_a_fronted_clause() -> None:
    q = _quotes("Wie die Feuerwehr mitteilte, wurde bei dem Brand niemand verletzt.")
    assert q[0]["cue"] == "Wie mitteilte"


def test_the_cue_takes_a_pronominal_adverb_that_announces_the_content() -> None:
    q = _quotes("Der Sprecher verwies darauf, dass die Zahlen noch vorläufig seien.")
    assert q[0]["cue"] == "verwies darauf"
    q = _quotes("Die Ärztin sagte dabei am Freitag, die Lage sei ruhig.")
    assert "dabei" not in q[0]["cue"]  # no correlate: something else stands before the content


def test_the_cue_of_a_naming_verb_takes_the_word_before_the_name() -> None:
    q = _quotes("Der Landrat bezeichnete den Plan als „völlig verfehlt“.")
    assert q[0]["cue"] == "bezeichnete als"


def test_zu_before_a_noun_is_no_particle_of_the_cue() -> None:
    q = _quotes("Der Kapitän sagte zu den Reportern, das Schiff sei sicher.")
    assert q[0]["cue"] == "sagte"


def test_a_quotation_keeps_its_marks_and_stop_but_not_the_comma_after_them() -> None:
    q = _quotes("„Wir bleiben hier!“, sagte die Sprecherin der Gruppe.")
    assert q[0]["quote"] == "„ Wir bleiben hier ! “"
    assert q[0]["frame"].startswith(",")


def test_continued_speech_keeps_its_full_stop() -> None:
    q = _quotes("Der Förster sagte, der Wald sei trocken. Es habe seit Wochen nicht geregnet.")
    assert q[-1]["quote"] == "Es habe seit Wochen nicht geregnet ."
    assert q[0]["quote"] == "der Wald sei trocken"


def test_beliefs_and_requests_are_reported_speech_only_in_the_corpus_conventions() -> None:
    text = "Der Trainer hofft, dass die Mannschaft das Finale erreicht. Die Stadt rief die Anwohner auf, die Fenster zu schließen."
    assert analyze(text, lang="de").attributions == []  # the seed's style: no speech act
    doc = analyze(text, lang="de", conventions="denews")
    assert [doc.span_text(a.content[0]) for a in doc.attributions] == [
        "dass die Mannschaft das Finale erreicht", "die Fenster zu schließen"]
    assert [doc.span_text(a.source_span) for a in doc.attributions if a.source_span] == ["Der Trainer", "Die Stadt"]


def test_the_frame_of_an_according_to_phrase_is_its_whole_clause() -> None:
    q = _quotes("Wie die Zeitung am Montag berichtete, wurde das Museum geschlossen.")
    assert q[0]["frame"] == "Wie die Zeitung am Montag berichtete ,"
    q = _quotes("Das Museum wurde geschlossen, wie die Zeitung am Montag berichtete.")
    assert q[0]["frame"] == ", wie die Zeitung am Montag berichtete"


def test_the_frame_of_a_quotation_inside_a_reported_clause_is_the_reporting_clause() -> None:
    q = _quotes("Die Sprecherin sagte, die Lage sei „völlig unter Kontrolle“.")
    direct = next(x for x in q if x["quote"].startswith("„"))
    assert direct["frame"] == "Die Sprecherin sagte ,"
