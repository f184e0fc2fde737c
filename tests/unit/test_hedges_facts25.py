"""The reported "kann" (issue 7, session 25; sentences of our own): German "könne" after an agent
(a person pronoun, a noun of a person or organisation, a name) and before an infinitive of an act
reports an ability, no doubt (hedges/clauses.reported_ability); with an inanimate or impersonal
subject, an infinitive of what happens or is, a perfect, or a fronted adverb before another subject
it stays a hedge."""

from __future__ import annotations

import pytest

import sourcetrace


def hedged(text: str) -> list[str]:
    doc = sourcetrace.analyze(text, date="2016-01-01", lang="de")
    return [h.cue for h in doc.hedges]


@pytest.mark.parametrize("text", [
    "Er könne auch dem Vorschlag etwas abgewinnen, dass man mehr Geld gebe, sagte der Minister.",
    "Der ÖVP-Kandidat könne gegen beide gewinnen, sagte sie.",
    "Die Gewerkschaft lehnte ab. Verdi könne den Ausstand noch lange durchhalten, sagte der Sprecher.",
    "Österreich könne sich das leisten, sagte er.",
    "Die Regierung könne die Steuer jederzeit senken, sagte der Minister.",
])
def test_reported_ability_of_an_agent_is_no_hedge(text: str) -> None:
    assert "könne" not in hedged(text)


@pytest.mark.parametrize("text", [
    "Die Zyste könne sich jederzeit neu bilden, sagte der Arzt.",  # no agent
    "Das könne dazu führen, dass weniger Gäste kommen, sagte sie.",  # a pronoun of a thing
    "Natürlich könne er wieder Kanzler werden, sagte sie.",  # "werden": what may happen
    "Der Mann könne den Brief gefälscht haben, sagte sie.",  # a perfect: inferred
    "Allerdings könne es noch Abweichungen geben, sagte der Prüfer.",  # a fronted adverb, "es" the subject
    "Die Lage sei ernst. Er könne noch krank sein, sagte sie.",  # "sein"
])
def test_reported_kann_without_an_agent_or_act_stays_a_hedge(text: str) -> None:
    assert "könne" in hedged(text)


def test_may_of_the_reader_is_a_concession() -> None:
    doc = sourcetrace.analyze("“You may not agree with the plan, but it is honest,” the mayor said. The storm may reach the coast.",
                              date="2016-01-01", lang="en")
    assert [doc.span_text(h.span) for h in doc.hedges] == ["may"]
    assert doc.hedges[0].span.start > doc.text.index("storm")
