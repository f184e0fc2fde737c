"""Chains of session 19 (issue 7) on sentences of our own, second part: "as reported by <outlet>"
after a tag is a link of the speaker's claim, no according-to claim of the outlet; a programme
named after its host ("Tom Hales' podcast") is a medium, and "Asked by Hales …" links to it; an
interview phrase with words of its own ("in another interview with", "in a separate phone
interview with", "im ausführlichen Gespräch mit"); a programme's title in quotation marks after
"with", "on" or "told" is the link and no part of what was said; a participle's claim takes the
setting of its main clause ("voiced doubts in an interview with X, remarking …"); English keeps
a later cue of another verb without the link (German carries it: see
test_chains_interviews_and_outlet_speakers.py)."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, link_names, one, source_name

from sourcetrace.document import Attribution, Document

analyze = partial(analyse, date="2025-05-06")


def content(doc: Document, a: Attribution) -> str:
    return " … ".join(doc.text[c.start : c.end] for c in a.content)


def test_as_reported_by_an_outlet_after_a_tag_is_a_link_en() -> None:
    doc = analyze("Port plan.\n\n“We will fix it,” Ann Lee said on Tuesday, as reported by the Harbor Ledger.", "en")
    a = one(doc, "We will fix it")
    assert (a.mode, source_name(doc, a), link_names(a)) == ("direct", "Ann Lee", ["Harbor Ledger"])
    doc = analyze("Port plan.\n\nAnn Lee said on Tuesday that the port would be fixed, as reported by the Harbor Ledger.", "en")
    a = one(doc, "port would be fixed")
    assert (a.mode, source_name(doc, a), link_names(a)) == ("indirect", "Ann Lee", ["Harbor Ledger"])
    # (without a cue it stays the outlet's word)
    doc = analyze("Port plan.\n\nThe port will be fixed, as reported by BuzzFeed News.", "en")
    assert one(doc, "port will be fixed").mode == "according_to"


def test_programme_named_after_its_host_and_asked_by_the_host_en() -> None:
    doc = analyze("Port plan.\n\n“We will fix it,” Ann Lee noted in an interview with Tom Hales' podcast, as reported by "
                  "BuzzFeed News.\n\nAsked by Hales if the plan was late, Lee said that it was not.", "en")
    assert link_names(one(doc, "We will fix it")) == ["Tom Hales' podcast", "BuzzFeed News"]
    assert link_names(one(doc, "it was not")) == ["Tom Hales' podcast"]
    assert [s.type for s in doc.sources if s.name == "Tom Hales' podcast"] == ["media"]
    doc = analyze("Port plan.\n\n“We will fix it,” Ann Lee told Tom Hale's show on Monday.", "en")
    assert link_names(one(doc, "We will fix it")) == ["Tom Hale's show"]


def test_interview_phrase_with_words_of_its_own() -> None:
    doc = analyze("Port plan.\n\nThe engineer said in another interview with the Harbor Ledger that the case was hard.", "en")
    assert link_names(one(doc, "case was hard")) == ["Harbor Ledger"]
    doc = analyze("Port plan.\n\nThe engineer said in a separate phone interview with the mayor that the case was hard.", "en")
    assert link_names(one(doc, "case was hard")) == []
    doc = analyze("Hafenstreit.\n\nDer Hafen müsse erweitert werden, sagte Anna Roth im ausführlichen Gespräch mit der "
                  "Kleinhafener Rundschau.", "de")
    assert link_names(one(doc, "erweitert werden")) == ["Kleinhafener Rundschau"]


def test_quoted_programme_title_is_the_link_not_the_claim_en() -> None:
    doc = analyze("Port plan.\n\nThe engineer said in another interview with “The Morning Table” that the case was hard.", "en")
    a = one(doc, "case was hard")
    assert content(doc, a) == "that the case was hard"
    assert link_names(a) == ["The Morning Table"]
    doc = analyze("Port plan.\n\nThe engineer told “Morning Table” that the case was hard.", "en")
    a = one(doc, "case was hard")
    assert (content(doc, a), link_names(a)) == ("that the case was hard", ["Morning Table"])


def test_participle_takes_the_setting_of_its_main_clause_en() -> None:
    doc = analyze("Port plan.\n\nThe retired pilot voiced his doubts in a further interview with “The Morning Table,” "
                  "remarking from Boston he doubted “the plan adds up.”", "en")
    a = one(doc, "plan adds up")
    assert source_name(doc, a) == "retired pilot"
    assert link_names(a) == ["The Morning Table"]


def test_later_cue_of_another_verb_keeps_no_link_en() -> None:
    doc = analyze("Port plan.\n\nThe mayor told CNN that the plan works. She denied that it was late.", "en")
    assert link_names(one(doc, "plan works")) == ["CNN"]
    assert link_names(one(doc, "it was late")) == []


def test_a_report_that_closes_the_sentence_before_a_time_is_a_link_en() -> None:
    doc = analyze("Port news.\n\nAnn Lee told harbor inspectors in May she had been warned by her aide Tom Reed about the pier, "
                  "the Associated Press reported late Thursday.", "en")
    a = one(doc, "she had been warned")
    assert source_name(doc, a) == "Ann Lee" and link_names(a) == ["AP"]
    assert "reported" not in content(doc, a)


def test_speech_a_reporter_tells_of_with_a_pronoun_is_the_persons_own_through_the_reporter_en() -> None:
    doc = analyze("Port news.\n\nTom Reed broke into the harbor computers in 2012.\n\nAfter his arrest, investigators say that he "
                  "told a guard, \"I would do it all again.\"\n\nReed said the ministry wanted him sent home.", "en")
    a = next(a for a in doc.attributions if a.rule.endswith("+nested"))
    assert "I would do it all again" in content(doc, a)
    assert a.mode == "direct" and source_name(doc, a) == "Tom Reed" and link_names(a) == ["investigators"]
    # (the teller is no occasion of what the one told of says next)
    assert link_names(one(doc, "ministry wanted him")) == []


def test_a_person_telling_of_their_own_words_is_no_nested_speech_en() -> None:
    doc = analyze("Port news.\n\nAnn Lee said she told the mayor that the pier was unsafe.", "en")
    assert not any(a.rule.endswith("+nested") for a in doc.attributions)


def test_contacted_by_an_outlet_in_a_clause_after_the_speaker_is_a_link_en() -> None:
    doc = analyze("Port news.\n\nThe harbor board, once contacted by Reuters, replied that the cranes had been sold in May.", "en")
    a = one(doc, "cranes had been sold")
    assert link_names(a) == ["Reuters"] and "contacted" not in doc.span_text(a.source_span or a.content[0])


def test_the_same_show_named_again_means_the_show_named_before_en() -> None:
    doc = analyze("Port news.\n\n\"The pier is safe,\" Ann Lee said in a long interview with CNN's Tom Hale aired Monday.\n\n"
                  "Later, on that same show, Dan Reed said the ferries would run again in May.", "en")
    assert link_names(one(doc, "ferries would run")) == ["CNN"]


def test_what_was_told_an_outlet_or_its_programme_begins_after_a_time_en() -> None:
    doc = analyze("Port news.\n\nAnn Lee told CNN on Monday the mood at the quay had been calm.\n\nDan Reed told ABC’s “Morning Harbor” "
                  "on Friday the ferries would return.", "en")
    a = one(doc, "mood at the quay")
    assert content(doc, a) == "the mood at the quay had been calm" and link_names(a) == ["CNN"]
    b = one(doc, "ferries would return")
    assert content(doc, b) == "the ferries would return"


def test_a_cue_that_closes_the_content_with_no_one_after_it_is_no_relay_en() -> None:
    # (a comma before a cue that is the content's last word: no medium after it, and no crash at the
    # sentence's end; the text is a run of phrases, as a converter may leave one)
    text = ("told CNN on Monday gab knapp ein Drittel der Teilnehmer an, consultant Ann Lee says.the port authority, "
            "once reached by the Ledger, replied")
    doc = analyze(text, "en")
    assert all(v.name not in ("replied", "") for a in doc.attributions for v in a.via)
    assert all(0 <= c.start < c.end <= len(text) for a in doc.attributions for c in a.content)
