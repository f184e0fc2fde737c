"""Chains of session 19 (issue 7) on sentences of our own: the programme or broadcaster of an
interview as a link ("so X am Samstag in einem Interview des Bayerischen Fernsehens", "im
Bayerischen Fernsehen"), carried into the same speaker's next speech acts of any verb when they
name no time of their own; an outlet told is no speaker of the quotation an anonymous source gave
it ('"…," a clerk, who …, told the Ledger'); a dateline is no subject ("BOSTON (AP) — A report
published Tuesday said …"); a poll an outlet ran is a document ("a Harbor Ledger survey"), and
"the survey" after it the same source."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, link_names, one, source_name

analyze = partial(analyse, date="2025-05-06")


def test_interview_of_a_broadcaster_after_so_and_a_time_de() -> None:
    doc = analyze("Hafenstreit.\n\nNötig sei ein klares Zeichen, so Roth am Dienstagmorgen in einem Interview des "
                  "Bayerischen Fernsehens. Dadurch sei eine Sogwirkung entstanden.", "de")
    assert link_names(one(doc, "klares Zeichen")) == ["Bayerisches Fernsehen"]
    assert link_names(one(doc, "Sogwirkung")) == ["Bayerisches Fernsehen"]
    doc = analyze("Hafenstreit.\n\nNötig sei ein klares Zeichen, so Roth am Dienstagmorgen in Kiel.", "de")
    assert link_names(one(doc, "klares Zeichen")) == []


def test_broadcaster_with_a_proper_adjective_is_no_generic_medium_de() -> None:
    doc = analyze("Hafenstreit.\n\nDer Hafen müsse erweitert werden, sagte Bürgermeisterin Anna Roth im Bayerischen "
                  "Fernsehen. Die Kosten seien tragbar.", "de")
    assert link_names(one(doc, "erweitert werden")) == ["Bayerisches Fernsehen"]
    assert link_names(one(doc, "Kosten seien tragbar")) == ["Bayerisches Fernsehen"]
    doc = analyze("Hafenstreit.\n\nDer Hafen müsse erweitert werden, sagte Bürgermeisterin Anna Roth im russischen Fernsehen.", "de")
    assert link_names(one(doc, "erweitert werden")) == []


def test_full_name_of_a_public_broadcaster_de() -> None:
    doc = analyze("Hafenstreit.\n\nDer Hafen müsse erweitert werden, sagte Anna Roth dem Westdeutschen Rundfunk.", "de")
    assert link_names(one(doc, "erweitert werden")) == ["WDR"]


def test_interview_carries_into_another_speech_act_of_the_speaker_de() -> None:
    text = ("Hafenstreit.\n\nDer Hafen müsse erweitert werden, sagte Bürgermeisterin Anna Roth im Deutschlandfunk. "
            "Allerdings sei ein langer Atem nötig. {} An diesem Plan werde nicht gerüttelt.")
    doc = analyze(text.format("Roth wies die Forderung der Opposition zurück, den Ausbau zu stoppen."), "de")
    assert link_names(one(doc, "den Ausbau zu stoppen")) == ["Deutschlandfunk"]
    assert link_names(one(doc, "nicht gerüttelt")) == ["Deutschlandfunk"]
    # a time of its own: another occasion
    doc = analyze(text.format("Am Montag hatte Roth die Forderung der Opposition zurückgewiesen, den Ausbau zu stoppen."), "de")
    assert link_names(one(doc, "den Ausbau zu stoppen")) == []
    assert link_names(one(doc, "nicht gerüttelt")) == []


def test_anonymous_source_with_a_relative_clause_told_the_outlet_en() -> None:
    doc = analyze("Port probe widens.\n\nThe Harbor Ledger reported on Monday that inspectors are reviewing the accounts.\n\n"
                  "“The inspectors are under a lot of pressure,” a port official, who asked not to be named, "
                  "told the Harbor Ledger.", "en")
    a = one(doc, "under a lot of pressure")
    assert source_name(doc, a) == "port official"
    assert link_names(a) == ["Harbor Ledger"]
    doc = analyze("Port plan.\n\n“They want results fast,” Ann Lee, who chairs the board, said on Tuesday.", "en")
    assert source_name(doc, one(doc, "results fast")) == "Ann Lee"


def test_dateline_is_no_speaker_en() -> None:
    doc = analyze("Port story.\n\nWASHINGTON (AP) — A news report published Tuesday said the harbor master used a "
                  "private phone for his work.", "en")
    a = one(doc, "private phone")
    assert source_name(doc, a) == "news report"
    assert all(s.name != "WASHINGTON" for s in doc.sources)


def test_poll_of_an_outlet_is_a_document_named_again_by_its_noun_en() -> None:
    doc = analyze("Troops poll.\n\nThe soldiers would prefer the senator, according to a Harbor Ledger survey released Monday.\n\n"
                  "The survey found that 54 percent of the soldiers would vote for the senator.", "en")
    polls = [s for s in doc.sources if s.name == "Harbor Ledger survey"]
    assert [s.type for s in polls] == ["document"]
    assert source_name(doc, one(doc, "would vote for the senator")) == "Harbor Ledger survey"
    assert all(s.name != "survey" for s in doc.sources)


def test_poll_by_a_known_outlet_keeps_its_noun_en() -> None:
    from sourcetrace.steps.lexicon import lang
    from sourcetrace.steps.sources import classify_mention

    assert classify_mention("a CNN poll", lang("en")) == ("CNN poll", "document")
    assert classify_mention("CNN", lang("en")) == ("CNN", "media")
