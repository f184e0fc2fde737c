"""A modal's reading from its clause, and hedge kinds of session 24 (issue 7, hedges on real
articles): ability, permission and the modal's own perfect are no hedges; possibility is. English
"could" of a thing in a relative clause, a headline's "Why … might", a negation that is not the
modal's ("not only"), the past of "can", an ellipsis, a clause of time; German ability of people in
a relative clause or after "dann", "hätte … sollen", a noun that only looks like a participle,
estimates ("gehen von 20 Millionen aus"); evidential negations and stated doubt; a word mentioned in
quotes; "seems increasingly likely" as one hedge; "should not confirm" (a vote to come). Each with
counter-examples. All sentences are our own."""

from __future__ import annotations

import pytest
from tests.conftest import analyze
from tests.facts_helpers import hedge_texts

DAY = "2024-05-14"


def _rules(text: str) -> list[str]:
    return [h.rule for h in analyze(text, DAY).hedges]


@pytest.mark.parametrize(("text", "expected"), [
    # a thing's "could" in a relative clause says what may come of it
    ("The drought brought winds that could spread the fires further.", ["could"]),
    ("The resignation left a gap which could shift the balance of the board.", ["could"]),
    # counter-examples: an indefinite pronoun, a person, "who": an ability
    ("Everything that could break did break.", []),
    ("The club hired a coach that could speak four languages.", []),
    ("They found a nurse who could drive the van.", []),
])
def test_relative_could_of_a_thing_is_a_possibility(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a "not" further on belongs to another phrase; "not only" negates nothing
    ("The mayor said the council could lose its majority, not only because of the budget.", ["could"]),
    ("Der Trainer sagte, das Team könnte absteigen, nicht nur wegen der Verletzten.", ["könnte"]),
    # counter-examples: the modal's own negation
    ("The firm could not pay its suppliers in March.", []),
    ("The driver could still not explain the delay.", []),
])
def test_ability_negation_stands_by_the_modal(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline or lead that opens with "why"/"how" and has no question mark claims something
    ("Why the new stadium might still open on time", ["might"]),
    ("Warum die Mieten bald sinken könnten", ["könnten"]),
    # counter-examples: a question, and an indirect question inside the sentence
    ("Why might the stadium open late?", []),
    ("Residents asked how the bridge could be repaired so fast.", []),
])
def test_headline_why_is_a_claim(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a finite verb after the opener's clause makes it a subject clause, an indirect question: its
    # modal hedges nothing (the predicate may hedge on its own: "remains unclear")
    ("How the town could afford the new pool is a matter for the voters.", []),
    ("Why the ferry might stop in winter was the only topic of the evening.", []),
    ("Wie die Gemeinde den Neubau bezahlen könnte, ist Thema der Sitzung.", []),
    # counter-examples: the verb belongs to the opener's clause; German without the closing comma
    ("How the old mill could become a museum", ["could"]),
    ("Why rents might fall when the new towers open", ["might"]),
    ("Warum der Hafen bald schließen könnte", ["könnte"]),
    # English has no closing comma: a verb of a clause inside the opener's is no sign of a subject clause
    ("Why bread could cost more as flour is scarce again", ["could"]),
    ("How the league might save a club that is losing money", ["might"]),
])
def test_headline_opener_before_a_verb_is_a_subject_clause(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the past of "can", a clause of time, an ellipsis: what someone was able to do
    ("Twenty years ago, anglers could catch salmon in this river.", []),
    ("Back then, tenants could renew their leases every year.", []),
    ("It was a season when fans could buy tickets at the gate.", []),
    ("We did what we could with the old equipment.", []),
    # counter-examples: a perfect, a possibility to come, a time clause that has ended
    ("Ten years ago the dam could have burst.", ["could"]),
    ("The committee could reject the plan next week.", ["could"]),
    ("His decision when he was governor could have cost the state millions.", ["could"]),
])
def test_past_and_elliptical_could_is_an_ability(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # German: people in a relative clause, and "dann" after the modal: what they could do
    ("Die Zahl der Pendler, die mit dem Zug fahren könnten, ist gestiegen.", []),
    ("Gesucht werden Lehrer, die am Nachmittag unterrichten könnten.", []),
    ("Die Eltern könnten dann selbst über die Schule entscheiden.", []),
    # counter-examples: what befalls people, a thing's possibility, an event after "dann"
    ("Es geht um Patienten, die ohne Hilfe sterben könnten.", ["könnten"]),
    ("Die Reform, die den Markt verändern könnte, kommt im Herbst.", ["könnte"]),
    ("Die Zinsen könnten dann weiter steigen.", ["könnten"]),
])
def test_german_ability_of_people(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the modal's own perfect: what was due or possible, no hearsay
    ("Ich hätte früher nach Hause gehen sollen.", []),
    ("Der Verein hat den Vertrag nicht verlängern können.", []),
    # counter-examples: hearsay with a perfect infinitive; a noun that starts like a participle
    ("Die Täter sollen das Auto gestohlen haben.", ["sollen"]),
    ("Offen ist, ob die Ärztin auch die Leiterin der Gesundheitsbehörde sein soll.", ["Offen ist"]),
])
def test_german_modal_perfect_is_no_hedge(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a mandate of a separable act is no hearsay ("abgeben", not the state "geben")
    ("Der Beirat soll die Ausgaben prüfen und Empfehlungen abgeben.", []),
    ("In dem Keller soll es einen zweiten Ausgang geben.", ["soll"]),
    # a consecutive "dass" after "derart"; speech after a colon
    ("Der Streit nimmt derart bizarre Formen an, dass niemand mehr zuhört.", []),
    ("Die Polizei nimmt an, dass der Täter floh.", ["nimmt an"]),
    ("Da darf man nicht bloß sagen: Das war ein Fehler.", []),
    ("Ob die Zahl stimmt, kann man nicht sagen.", ["nicht sagen"]),
])
def test_german_acts_consecutives_and_speech(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # estimates: "gehen von <figure> … aus", "Schätzungen ergaben", "wittert", "schätzbar"
    ("Fachleute gehen von 40 bis 50 Millionen Franken aus.", ["gehen von 40 bis 50 Millionen Franken aus"]),
    ("Schätzungen ergaben damals rund 900 Brutpaare.", ["Schätzungen ergaben"]),
    ("Der Trainer wittert eine Verschwörung der Schiedsrichter.", ["wittert"]),
    ("Die Folgekosten sind bestenfalls schätzbar.", ["schätzbar"]),
    # counter-examples: "ausgehen von" without a figure (what something comes from)
    ("Die Gefahr geht von den Rändern der Stadt aus.", []),
    # a year right before the particle is where something starts from, no figure; a count is one
    ("Die Planung geht von 2019 aus.", []),
    ("Die Veranstalter gehen von 2000 Gästen aus.", ["gehen von 2000 Gästen aus"]),
])
def test_german_estimates(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # evidential negations with a verb of showing and an adjective; stated doubt
    ("The ministry has not provided specific evidence for its figures.",
     ["not provided specific evidence"]),
    ("Two engineers did not see convincing proof of sabotage.", ["not see convincing proof"]),
    ("Inspectors were unable to determine which valve had failed.", ["unable to determine"]),
    ("It is hard to imagine the league without its oldest club.", ["hard to imagine"]),
    ("The merger is not a done deal, the chairman said.", ["not a done deal"]),
    # counter-examples: a vote to come; a refusal stays as it was
    ("The board should not confirm the new director yet.", []),
    ("The new coach will not be confirmed before spring, the club said.", []),
    ("Police did not confirm the number of arrests.", ["not confirm"]),
    # a future's negation before an active verb is a refusal to confirm, as "would not" is
    ("The ministry will not confirm the name of the driver.", ["not confirm"]),
])
def test_english_evidential_negations_and_doubt(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb-final clause resumed after a relative clause keeps its "ob"
    ("Zur Frage, ob die Stadt Geld, das ihr fehlt, beim Land anfordern könnte, sagte der Bürgermeister nichts.", []),
    # counter-examples: a main clause after a relative clause
    ("Der Plan, den die Stadt vorlegte, könnte scheitern.", ["könnte"]),
])
def test_german_clause_resumed_after_a_relative_clause(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, DAY, lang=None) == expected


def test_a_word_in_quotes_is_mentioned() -> None:
    assert hedge_texts("The minister banned vague words like \u201cperhaps\u201d from the report.", DAY, lang=None) == []
    assert hedge_texts("The minister will perhaps ban vague words.", DAY, lang=None) == ["perhaps"]


def test_seem_and_its_adjective_are_one_hedge() -> None:
    assert hedge_texts("It seems increasingly likely that the mill will close.", DAY, lang=None) == ["seems increasingly likely"]
    assert _rules("It seems increasingly likely that the mill will close.") == ["hedge.inference"]
    # two hedge words of their own stay two
    assert hedge_texts("The mill could possibly close.", DAY, lang=None) == ["could", "possibly"]
