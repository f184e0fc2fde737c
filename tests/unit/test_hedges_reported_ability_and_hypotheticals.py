"""The reported "kann" and modals beside a hypothetical (issue 7; sentences of our own): German "könne" after an agent
(a person pronoun, a noun of a person or organisation, a name) and before an infinitive of an act
reports an ability, no doubt (hedges/clauses.reported_ability); with an inanimate or impersonal
subject, an infinitive of what happens or is, a perfect, or a fronted adverb before another subject
it stays a hedge. An English "may" said to the reader is a concession; a modal of what a hypothetical
would allow is no hedge, one beside it (what happens, no hypothetical, a new clause between) is."""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_cues

import sourcetrace

_DATE = "2016-01-01"


def hedged(text: str) -> list[str]:
    return hedge_cues(text, "de", _DATE)


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
    "Das könne am Ende bewirken, dass weniger Gäste kommen, sagte sie.",  # a pronoun of a thing
    "Natürlich könne er wieder Kanzler werden, sagte sie.",  # "werden": what may happen
    "Der Mann könne den Brief gefälscht haben, sagte sie.",  # a perfect: inferred
    "Trotzdem könne es später noch Verzögerungen geben, sagte der Planer.",  # a fronted adverb, "es" the subject
    "Die Lage sei ernst. Er könne noch krank sein, sagte sie.",  # "sein"
])
def test_reported_kann_without_an_agent_or_act_stays_a_hedge(text: str) -> None:
    assert "könne" in hedged(text)


def test_may_of_the_reader_is_a_concession() -> None:
    doc = sourcetrace.analyze("“You may not agree with the plan, but it is honest,” the mayor said. The storm may reach the coast.",
                              date="2016-01-01", lang="en")
    assert [doc.span_text(h.span) for h in doc.hedges] == ["may"]
    assert doc.hedges[0].span.start > doc.text.index("storm")


def cues(text: str, lang: str) -> list[str]:
    return hedge_cues(text, lang, _DATE)


@pytest.mark.parametrize(("text", "lang"), [
    ("Mit einer Einigung wären die Kosten endlich abzusehen und die Firma könnte die Kunden entschädigen.", "de"),
    ("Hätte ich mehr Zeit und ich dürfte nur ein Buch mitnehmen, wäre es dieses.", "de"),
    ("The plan would mean that farmers could sell more milk.", "en"),
])
def test_a_modal_of_what_a_hypothetical_would_allow_is_no_hedge(text: str, lang: str) -> None:
    assert cues(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Mit dem Gesetz wären die Kosten höher und die Wirtschaft könnte sinken.", "de"),  # what happens
    ("Die Firma könnte die Kunden entschädigen.", "de"),  # no hypothetical
    ("It would cost more and could take years.", "en"),  # a coordinator between
    ("I would buy more shares because it could be a good year.", "en"),  # a new clause between
])
def test_a_modal_beside_a_hypothetical_stays_a_hedge(text: str, lang: str) -> None:
    assert len(cues(text, lang)) == 1


def test_a_sentence_opening_with_mit_dem_is_no_clause_of_the_means() -> None:
    assert cues("Mit dem Gesetz könnte die Wirtschaft schrumpfen.", "de") == ["könnte"]
    assert cues("Es gibt Karten, mit denen Familien günstiger reisen könnten.", "de") == []
