"""An interview with a person, named by name (English; attribution/english_document.interviewer_links,
session 28): the answers after the interviewer's turn and the claims told to the interviewer link to
that person, the claims that go on after them keep the link, and "he told Roe" never makes Roe the
speaker. Our own invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import en, link_names, one, source_name

INTERVIEW = (
    "Ferry plan stays afloat.\n\n"
    "During a long interview with Martha Quill that aired Tuesday, Governor Daniel Ostrander spoke about the ferry.\n\n"
    "Quill asked Ostrander whether the new ferry would still sail this year.\n\n"
    "“The ferry will sail in May. Nothing has changed,” Ostrander said.\n\n"
    "Quill asked Ostrander how many cars the boat would carry.\n\n"
    "“I think it could carry two hundred cars,” he told Quill.\n\n"
    "“That is enough for the island,” he said.\n"
)


def test_the_answer_after_the_interviewers_question_links_to_her() -> None:
    doc = en(INTERVIEW)
    a = one(doc, "The ferry will sail in May")
    assert source_name(doc, a) == "Daniel Ostrander"
    assert link_names(a) == ["Martha Quill"]
    assert "+answers_host" in a.rule


def test_a_claim_told_to_the_interviewer_links_to_her_and_he_is_not_her() -> None:
    doc = en(INTERVIEW)
    a = one(doc, "two hundred cars")
    assert source_name(doc, a) == "Daniel Ostrander"
    assert link_names(a) == ["Martha Quill"]
    b = one(doc, "enough for the island")
    assert source_name(doc, b) == "Daniel Ostrander"  # the teller goes on, not the one told
    assert link_names(b) == ["Martha Quill"]


def test_told_to_a_person_who_interviews_nobody_is_no_link() -> None:
    doc = en("Budget talks resume.\n\n"
             "“We will not raise the toll,” Governor Daniel Ostrander told Martha Quill, his deputy, on Monday.\n")
    a = one(doc, "raise the toll")
    assert link_names(a) == []


def test_a_speaker_who_asks_the_crowd_is_no_interviewer() -> None:
    doc = en("Rally in the harbour town.\n\n"
             "Mayor Ann Vell asked the crowd, “Who wants a new bridge?”\n\n"
             "“We do,” said Tom Brack, a fisherman.\n\n"
             "“The bridge is coming,” Vell told Brack later.\n")
    a = one(doc, "The bridge is coming")
    assert link_names(a) == []


def test_a_counsel_who_questions_a_witness_is_no_interviewer() -> None:
    doc = en("Hearing on the harbour contract.\n\n"
             "Committee counsel Ruth Alder asked Pell about the missing invoices.\n\n"
             "Pell said the invoices had been filed with the port authority.\n")
    a = one(doc, "invoices had been filed")
    assert link_names(a) == []


def test_the_host_of_a_show_is_the_interviewer_of_who_speaks_on_it() -> None:
    doc = en("Senator repeats his claim.\n\n"
             "Senator Paul Ferrand repeated the claim on Nora Bellweather’s radio show Friday.\n\n"
             "After Bellweather suggested that the senator meant the budget, Ferrand disagreed.\n\n"
             "“No, I meant the whole department,” Ferrand responded.\n")
    a = one(doc, "the whole department")
    assert source_name(doc, a) == "Paul Ferrand"
    assert link_names(a) == ["Nora Bellweather"]


def test_a_conversation_between_two_leaders_is_no_interview() -> None:
    doc = en("Leaders talk about the canal.\n\n"
             "Premier Olaf Trindle had a long phone conversation with Marek Vasko on Monday about the canal.\n\n"
             "Vasko asked Trindle whether the western lock would stay open.\n\n"
             "“The lock stays open until the spring,” Trindle said.\n\n"
             "Trindle also told Vasko that the tolls would not rise.\n")
    for needle in ("The lock stays open", "tolls would not rise"):
        a = one(doc, needle)
        assert source_name(doc, a) == "Olaf Trindle"
        assert link_names(a) == []


def test_the_one_interviewed_who_speaks_is_no_interviewer() -> None:
    doc = en("Dockers stay out.\n\n"
             "In an interview with Greta Lindqvist, the dockers' leader, the Harbour Gazette asked about the strike.\n\n"
             "“The cranes stay still until the spring,” Lindqvist said.\n\n"
             "At a meeting on Tuesday, Mayor Tom Baker told Lindqvist that the port would pay the wages.\n")
    a = one(doc, "port would pay the wages")
    assert source_name(doc, a) == "Tom Baker"
    assert link_names(a) == []


def _after_medium(fillers: int) -> str:
    return ("Ferry plan stays afloat.\n\n"
            "During a long interview with Martha Quill that aired Tuesday, Governor Daniel Ostrander spoke about the ferry.\n\n"
            "“The crossing matters to us,” Ostrander told the Harbour Gazette.\n\n"
            + "".join(f"The island has {k + 3} piers.\n\n" for k in range(fillers))
            + "Quill asked Ostrander whether the new ferry would still sail this year.\n\n"
            "“The ferry will sail in May. Nothing has changed,” Ostrander said.\n")


def test_the_speakers_medium_named_a_few_sentences_before_keeps_the_host_turn_out() -> None:
    # (his claim told to a medium within six sentences before: no answer to the host's turn; further back
    # it is one again — the window looked up by sentence, session 29, not by a scan of every claim)
    near = en(_after_medium(1))
    assert "+answers_host" not in one(near, "sail in May").rule
    far = en(_after_medium(6))
    a = one(far, "sail in May")
    assert "+answers_host" in a.rule and link_names(a) == ["Martha Quill"]
