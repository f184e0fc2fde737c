"""Interview frames (session 19, issue 7) on sentences of our own: a sentence that names an
interview and the one interviewed but claims nothing sets the occasion of what that person says
next — their claims of any verb, their quotations and continued speech carry its link — and a
frame is no source or link of its own when nothing follows it; a German phrase of address that
runs on into the verb's object ("mit der Rundschau Kritik an …") and a known outlet's longer name
("der Welt am Sonntag"); a statement a claim says someone gave to an outlet speaks for the giver, through
the outlet ("The Ledger said Reed sent it a written statement. “…,” the statement said.")."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, link_names, one, source_name

analyze = partial(analyse, date="2025-05-06")


def test_frame_with_a_fronted_interview_and_a_question_en() -> None:
    doc = analyze("Port plan.\n\nIn an interview with the Harbor Ledger published Wednesday, Ann Lee was asked, “What is "
                  "the worst port you have seen?”\nLee joked that the old pier came to mind, then added, “Some ports in "
                  "America rank among the worst.”\n“Like Oakland. Or Fresno,” Lee said. “The numbers are worse.”", "en")
    for words in ("old pier came to mind", "rank among the worst", "Or Fresno", "numbers are worse"):
        assert link_names(one(doc, words)) == ["Harbor Ledger"], words
    assert not any("worst port you have seen" in doc.text[c.start : c.end] for a in doc.attributions for c in a.content)


def test_frame_with_a_noun_cue_carries_into_the_quotation_de() -> None:
    doc = analyze("Hafenstreit.\n\nDie Ministerin Anna Roth übte in einem Gespräch mit der Kleinhafener Rundschau Kritik an "
                  "der Regierung. «Mir ist unklar, warum der Senat so entscheidet, ohne die Häfen zu "
                  "hören.» Der Plan sei falsch.", "de")
    a = one(doc, "Mir ist unklar")
    assert link_names(a) == ["Kleinhafener Rundschau"]
    assert source_name(doc, a) == "Anna Roth"
    assert link_names(one(doc, "Der Plan sei falsch")) == ["Kleinhafener Rundschau"]


def test_frame_without_speech_after_it_leaves_no_source() -> None:
    doc = analyze("Hafenstreit.\n\nDie Ministerin Anna Roth übte in einem Gespräch mit der Kleinhafener Rundschau Kritik an "
                  "der Regierung.\n\nDer Hafen wird im Mai eröffnet.", "de")
    assert doc.attributions == []
    assert all(s.name != "Kleinhafener Rundschau" for s in doc.sources)


def test_a_time_is_no_frame_subject_de() -> None:
    doc = analyze("Hafenstreit.\n\nFünf Jahre später gibt er nach dem Fund seines Bildes in der Kleinhafener Rundschau "
                  "die Fotos in eine Suchmaschine ein. «Das war ein Schock, ich hatte das nie erlaubt.»", "de")
    assert all(link_names(a) == [] for a in doc.attributions)


def test_known_outlet_with_a_longer_name_de() -> None:
    doc = analyze("Hafenstreit.\n\nDer Hafen sei zu klein, sagte Roth der Welt am Sonntag.", "de")
    assert link_names(one(doc, "Hafen sei zu klein")) == ["Welt am Sonntag"]


def test_statement_given_to_an_outlet_speaks_for_its_giver_en() -> None:
    doc = analyze("Port story.\n\nThe Harbor Ledger said the harbor master Tom Reed sent the paper a written statement in reply "
                  "to the paper's questions.\n\n“After reviewing his practices, the harbor master believes it was a mistake,” "
                  "the statement said. “He has changed how he works.”", "en")
    for words in ("it was a mistake", "changed how he works"):
        a = one(doc, words)
        assert source_name(doc, a) == "Tom Reed", words
        assert link_names(a) == ["Harbor Ledger"], words
    assert all(s.name != "statement" for s in doc.sources)


def test_frame_that_ends_on_a_title_abbreviation_names_no_one_en() -> None:
    # a fronted interview phrase, a comma and a title with its full stop as the last tokens (this
    # raised an IndexError in `english_speakers.frame_subject_after`): no one, so no claim and no source
    for text in ("Port plan.\n\nIn an interview with the Harbor Ledger, Dr.",
                 "Port plan.\n\nIn an interview with the Harbor Ledger on Monday, Mr."):
        doc = analyze(text, "en")
        assert doc.attributions == [] and doc.sources == [], text


def test_talk_about_a_topic_in_a_named_interview_frames_what_follows_en() -> None:
    doc = analyze("Port plan.\n\nMayor Ann Lee spoke about the harbor this week.\n\nDuring the CNN interview, Lee also "
                  "talked about the new bridge.\n\n“The bridge will be finished next year,” Lee said. “We have the money.”", "en")
    for words in ("finished next year", "We have the money"):
        assert link_names(one(doc, words)) == ["CNN"], words
    assert not any("new bridge" in doc.text[c.start : c.end] for a in doc.attributions for c in a.content)


def test_the_interview_named_again_means_the_one_named_before_en() -> None:
    doc = analyze("Port plan.\n\nIn an interview with CNN, Mayor Ann Lee criticized the governor for the delays.\n\n"
                  "The Harbor Ledger wrote about the interview on Monday.\n\nIn the interview, Lee said the bridge would be "
                  "finished next year.\n\n“We have the money for it,” Lee said during that interview.", "en")
    for words in ("bridge would be finished", "We have the money"):
        assert link_names(one(doc, words)) == ["CNN"], words


def test_the_interview_named_again_after_one_with_a_host_of_an_outlet_en() -> None:
    doc = analyze("Port plan.\n\nDoubts grew after an interview with CNN's Tom Hale that aired Sunday.\n\n"
                  "“The pier is safe,” Mayor Ann Lee said in the interview.", "en")
    assert link_names(one(doc, "The pier is safe")) == ["CNN"]


def test_the_interview_without_one_named_before_is_no_link_en() -> None:
    doc = analyze("Port plan.\n\n“The pier is safe,” Mayor Ann Lee said in the interview.", "en")
    assert link_names(one(doc, "The pier is safe")) == []


def test_frame_after_a_fronted_time_and_an_apposition_en() -> None:
    # (session 22) "spoke with" an outlet is a phrase of address; the frame's subject may follow a
    # fronted time and carry an apposition between commas before its verb
    doc = analyze("Port plan.\n\nLast month, Ann Lee, a harbour engineer for thirty years, spoke with the Harbor Ledger "
                  "at length.\n\n“The pier is a disgrace,” Lee said. “Its piles are rotten.”", "en")
    for words in ("pier is a disgrace", "piles are rotten"):
        a = one(doc, words)
        assert link_names(a) == ["Harbor Ledger"], words
        assert source_name(doc, a) == "Ann Lee", words


def test_spoke_with_someone_who_is_no_outlet_is_no_link_en() -> None:
    doc = analyze("Port plan.\n\nLast month, Ann Lee, a harbour engineer for thirty years, spoke with her brother "
                  "at length.\n\n“The pier is a disgrace,” Lee said.", "en")
    assert link_names(one(doc, "pier is a disgrace")) == []
