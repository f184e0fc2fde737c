"""German reported speech whose main clause in the indicative names a speaker of its own (sentences of
our own; issue 7, session 38, rule attr.indirect.de.main_subject): in "X bekannte, dass der Bau geplant
gewesen sei" or "X hielt fest, es sei schade" the main clause is the author's telling and what X says is
the clause after its comma, from its complementizer or its subject: an indirect attribution to X of that
clause, not the whole sentence continuing the speaker before. An insertion ("…, falls nötig, …") stays
inside the clause; a clause of reason or concession after an opinion ("X hält das für vergleichbar, auch
wenn …") is part of the opinion, and the whole sentence is X's."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name

LEAD = "Die Bürgermeisterin Lena Vogt sagte am Montag, die Brücke sei marode. "


def test_a_complementizer_clause_after_a_named_main_clause_is_what_is_said() -> None:
    doc = de(LEAD + "Der Stadtrat Karl Brenner bekannte dann auch, dass ein Neubau schon lange geplant gewesen sei.")
    a = one(doc, "Neubau")
    assert a.mode == "indirect" and a.rule == "attr.indirect.de.main_subject"
    assert doc.span_text(a.content[0]) == "dass ein Neubau schon lange geplant gewesen sei"
    assert source_name(doc, a) == "Karl Brenner"


def test_a_clause_of_its_subject_after_the_last_comma_is_what_is_said() -> None:
    doc = de(LEAD + "Der Architekt Paul Seidl reagierte gelassen, hielt in einem Gespräch mit dem Radio aber fest, "
                    "es sei schade, dass niemand früher gefragt habe.")
    a = one(doc, "schade")
    assert a.rule == "attr.indirect.de.main_subject" and source_name(doc, a) == "Paul Seidl"
    assert doc.span_text(a.content[0]) == "es sei schade, dass niemand früher gefragt habe"


def test_an_insertion_stays_inside_what_is_said() -> None:
    doc = de(LEAD + "Der Stadtrat Karl Brenner bekannte dann auch, dass ein Neubau, falls nötig, schon lange geplant gewesen sei.")
    assert doc.span_text(one(doc, "Neubau").content[0]) == "dass ein Neubau, falls nötig, schon lange geplant gewesen sei"


def test_a_concession_after_an_opinion_keeps_the_whole_sentence() -> None:
    doc = de(LEAD + "Der Anwalt Paul Seidl hält den Fall für vergleichbar, auch wenn die Stadt diesmal kein Geld zahle.")
    a = one(doc, "kein Geld")
    assert doc.span_text(a.content[0]).startswith("Der Anwalt Paul Seidl hält den Fall")
    assert source_name(doc, a) == "Paul Seidl"
