"""What counts as a speech act, where continued speech stops, and what a source is (sentences of
our own; issue 7)."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import analyse

from sourcetrace.document import Document


def contents(doc: Document) -> list[str]:
    return [doc.span_text(a.content[0]) for a in doc.attributions]


@pytest.mark.parametrize("text", [
    "Officials hope the new bridge will open in May.",
    "The court is expected to rule that the ban is lawful.",
    "The ministry did not respond to a written request for comment.",
    "She urged voters to stay calm during the count.",
    "Was the budget large enough, the mayor asked?",
])
def test_not_speech_en(text: str) -> None:
    assert analyse(text, lang="en").attributions == []


@pytest.mark.parametrize("text", [
    "Die Behörden hoffen, dass die Brücke im Mai öffnet.",
    "Der Sprecher wollte sich nicht dazu äußern, ob die Brücke öffnet.",
    "Die Stadt lehnt einen Neubau der Brücke ab.",
    "Den Betreibern drohen hohe Strafen.",
])
def test_not_speech_de(text: str) -> None:
    assert analyse(text, lang="de").attributions == []


def test_negation_in_what_was_said_does_not_negate_the_cue_de() -> None:
    doc = analyse("Er werde nicht zurücktreten, sagte der Minister am Montag.", lang="de")
    assert contents(doc) == ["Er werde nicht zurücktreten"]


def test_continuation_does_not_cross_a_paragraph_without_speech() -> None:
    text = ("Die Agentur Nordpress berichtete, die Wahl sei manipuliert worden.\n"
            "Der Präsident reiste am Montag in die Hauptstadt.\n"
            "Die Opposition sei zerstritten.")
    doc = analyse(text)
    assert contents(doc) == ["die Wahl sei manipuliert worden"]


def test_continuation_follows_into_the_next_paragraph() -> None:
    text = "Die Agentur Nordpress berichtete, die Wahl sei manipuliert worden.\nDie Opposition sei zerstritten."
    doc = analyse(text)
    assert [a.mode for a in doc.attributions] == ["indirect", "continuation"]
    assert doc.attributions[1].source == doc.attributions[0].source


def test_a_new_speaker_ends_the_continuation() -> None:
    text = ("Die Ministerin sagte, der Haushalt sei solide. "
            "Der Oppositionsführer betonte die Risiken der Reform. Die Schulden seien zu hoch.")
    doc = analyse(text)
    first = doc.attributions[0]
    assert all(a.source != first.source for a in doc.attributions[1:])


def test_chain_carries_into_the_continuation() -> None:
    text = "Der Minister sagte der Nachrichtenagentur AFP, die Lage sei ernst. Man habe aber einen Plan."
    doc = analyse(text)
    assert [a.mode for a in doc.attributions] == ["indirect", "continuation"]
    assert [v.name for v in doc.attributions[1].via] == ["AFP"]


@pytest.mark.parametrize(("text", "junk"), [
    ("The law is not bad per se, the judge said.", "se"),
    ("Along with his allies, the senator argued that the plan was wrong.", "Along"),
    ("Rather, the council said the plan was wrong.", "Rather"),
])
def test_junk_is_no_source(text: str, junk: str) -> None:
    doc = analyse(text, lang="en")
    assert all(s.name != junk for s in doc.sources)
    assert doc.attributions


def test_one_source_per_person() -> None:
    doc = analyse("President Ivan Petrov said the harvest was good. Mr. Petrov said prices would fall. Petrov also said taxes would rise.",
                  lang="en")
    assert [s.name for s in doc.sources] == ["Ivan Petrov"]


@pytest.mark.parametrize(("name", "typ"), [("Die OSZE", "international_org"), ("Die Hamas", "party")])
def test_organisations_are_typed(name: str, typ: str) -> None:
    doc = analyse(f"{name} erklärte, die Wahl sei frei gewesen.")
    assert [(s.type) for s in doc.sources] == [typ]


def test_so_in_the_middle_splits_the_claim() -> None:
    doc = analyse("Der Bürgermeister sei, so der Abgeordnete Peter Kunz, ein Lügner.")
    (a,) = doc.attributions
    assert [doc.span_text(c) for c in a.content] == ["Der Bürgermeister sei", "ein Lügner"]
    assert a.source_span is not None and doc.span_text(a.source_span) == "der Abgeordnete Peter Kunz"


def test_untagged_quote_does_not_reach_back_across_paragraphs() -> None:
    text = ('"We will win the final," said coach Ann Lee.\n"The team is ready and the players are fit."\n'
            "The weather was cold on Sunday.\nThe stadium was full.\n\"It is a disaster for all of us here today.\"")
    doc = analyse(text, lang="en")
    first, second, third = doc.attributions
    assert second.source == first.source
    assert third.source is None
