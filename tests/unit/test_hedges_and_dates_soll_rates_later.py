"""Hedge and timex classes of session 16 (issue 7), each with a counter-example that must not
change. All sentences are our own. Article date: Wednesday 6 March 2024."""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_texts, timexes

WED = "2024-03-06"


@pytest.mark.parametrize(("text", "expected"), [
    # "soll" + a present infinitive of an act is a task, plan or demand, not hearsay
    ("Die Schüler sollen mehr über den Umgang mit Geld erfahren.", []),
    ("Die Feuerwehr soll auch an den Brücken kontrollieren.", []),
    ("Alle, die damit nicht einverstanden seien, sollen ihr Amt zurücklegen, sagt der Sprecher.", []),
    ("Niemand weiß, wohin die Reise gehen soll, erklärte der Trainer.", ["Niemand weiß"]),  # the open question hedges, "soll" not
    # counter-examples: a state, a perfect infinitive, a state after a list's commas stay hearsay
    ("Der Händler soll in einer Villa am See leben.", ["soll"]),
    ("Der Schaden soll bei zwei Millionen Euro liegen.", ["soll"]),
    ("Der Wirt soll die Gäste betrogen haben.", ["soll"]),
    ("Unter den Gästen sollen sich Sänger, Maler und Schauspieler befinden.", ["sollen"]),
    # an act that a report tells is hearsay too, the report in the sentence or the next one
    ("Der Nachschub soll aus dem Norden kommen, wie mehrere Zeitungen berichten.", ["soll"]),
    ("Die Techniker sollen den Bauern dabei helfen, die Pumpen zu warten. Das meldet die Lokalzeitung.", ["sollen"]),
])
def test_soll_of_an_act_is_no_hearsay(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "dürfe" (Konjunktiv I) permits or forbids; only before a perfect infinitive does it weaken
    ("Man dürfe jetzt nicht auf die anderen Länder warten.", []),
    ("Es dürfe keine Verstöße gegen die Regeln gegeben haben.", ["dürfe"]),
    # counter-example: "dürfte" stays epistemic
    ("Die Preise dürften weiter steigen.", ["dürften"]),
])
def test_duerfe_weakens_only_before_a_perfect_infinitive(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ability modal that opens the main clause after a conditional one: what the condition allows
    ("Sollten andere Gemeinden nachziehen, könne das Land dagegenhalten.", []),
    ("Wenn ein Kunde wirklich, wirklich kommen wollte, könnte er am Zaun klingeln.", []),
    # an ability modal in an indirect wh-question
    ("Es gab einen Entwurf, wie die Umstellung vonstattengehen könnte.", []),
    ("Entscheidend sei, mit wem man die Pläne umsetzen könne.", []),
    # counter-examples: a main clause of its own, and one after a clause that is no condition
    ("Der Markt könnte einbrechen, sagte der Händler.", ["könnte"]),
    ("Weil die Zinsen steigen, könnte der Markt einbrechen.", ["könnte"]),
])
def test_ability_modal_after_a_condition_or_in_a_wh_question(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a confirmation whose clause ends in its negation is no confirmation: unverified
    ("Die Behörde bestätigte das bisher aber nicht.", ["bestätigte das bisher aber nicht"]),
    # German phrases of likelihood, assumption and hearsay
    ("Der Beschluss werde aller Wahrscheinlichkeit nach am Montag fallen.", ["aller Wahrscheinlichkeit nach"]),
    ("Es sei vorstellbar, dass der Tarif später auch im Ausland gilt.", ["sei vorstellbar"]),
    ("Der Ministerin, der Ehrgeiz nachgesagt wird, fehlt die Mehrheit.", ["nachgesagt"]),
    ("Wohl gemerkt: das gilt nur für Mitglieder.", []),
    # counter-example: a confirmation
    ("Die Behörde bestätigte den Bericht am Abend.", []),
])
def test_german_phrases_of_doubt(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "it sounds like" + a clause, "no one knows"
    ("The library has planned a fair, and it sounds like the fair will be about old maps.", ["it sounds like"]),
    ("The dispute over the parking lot looks like it's about to be settled.", ["looks like it's"]),
    ("No one knows how long the drought will last.", ["No one knows"]),
    ("The baker, said to be the best in town, retired.", ["said to be"]),
    # counter-examples: "said to" with its hearer, a looking like of things
    ("The mayor said to reporters that the bridge is safe.", []),
    ("The new library looks like a ship.", []),
])
def test_english_phrases_of_inference(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the unit of a rate after an amount, and an adjective before its noun, name no time
    ("Die Grenzer melden rund 300 Aufgriffe pro Woche.", []),
    ("The field pumps a million barrels per day.", []),
    ("Die Kürzung der monatlichen Zahlungen trifft viele.", []),
    ("The storm disrupted their daily routine.", []),
    # counter-examples: a recurrence of its own stays a set
    ("Der Bäcker war früher täglich im Dorf.", [("früher", "PAST_REF"), ("täglich", "P1D")]),
    ("The newsletter appears weekly.", [("weekly", "P1W")]),
    ("Der Verein tagt jeden Monat.", [("jeden Monat", "P1M")]),
])
def test_rates_and_attributive_sets_are_no_timexes(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "last <weekday>" written on that weekday is the week before (6 March 2024 is a Wednesday)
    ("The club reopened last Wednesday.", [("last Wednesday", "2024-02-28")]),
    ("The club reopened last Monday.", [("last Monday", "2024-03-04")]),
    # "last <season>": the latest that is over (in November, last spring is this year's)
    ("The exam taken last spring was hard.", [("last spring", "2019-SP")]),
    ("Sales rose last fall.", [("last fall", "2018-FA")]),
])
def test_last_weekday_and_last_season(text: str, expected: list[tuple[str, str]]) -> None:
    date = WED if "club" in text else "2019-11-19"
    assert timexes(text, date, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective between number and unit keeps the duration whole
    ("The shares fell for four straight years.", [("four straight years", "P4Y")]),
    ("Das Land bleibt zwei weitere Jahre Mitglied.", [("zwei weitere Jahre", "P2Y")]),
    # a span after a word of the past is no age, even after a noun of age
    ("Of 4,000 children in care in the past two years, few left.", [("two years", "P2Y")]),
    # a German decade written as one word
    ("In den Neunzigerjahren baute die Stadt den Hafen aus.", [("den Neunzigerjahren", "199")]),
    # counter-examples: a count of things and an age stay out
    ("He has two more children.", []),
    ("Children under 12 years ride free.", []),
])
def test_durations_and_decades(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "N units later/earlier" after a named day or year is the date it comes to
    ("Der Vertrag fiel am 3. Mai 2021. Drei Tage später trat er zurück.",
     [("3. Mai 2021", "2021-05-03"), ("Drei Tage später", "2021-05-06")]),
    ("The plant opened in 2015. A year later, it closed.", [("2015", "2015"), ("A year later", "2016")]),
    # counter-example: with no date named before, the distance stays a duration
    ("Zwei Tage später war alles vorbei.", [("Zwei Tage später", "P2D")]),
])
def test_later_after_a_named_date_is_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the modal "may" in lower case is no month
    ("We hoped this may get resolved soon.", []),
    ("They will marry this May.", [("this May", "2024-05")]),
    # a strong German preterite is past: the Saturday just gone
    ("Am Samstagnachmittag hieß der Sieger Berger.", [("Samstagnachmittag", "2024-03-02TAF")]),
])
def test_modal_may_and_strong_preterites(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "beiden" counts two units, "eineinviertel" one and a quarter
    ("In den vergangenen beiden Wochen stiegen die Preise.", [("beiden Wochen", "P2W")]),
    ("Der Bürgermeister ging nach eineinviertel Stunden.", [("eineinviertel Stunden", "PT1.25H")]),
    # counter-example: "beide" with no unit of time is no duration
    ("Die beiden Minister reisten ab.", []),
])
def test_german_number_words_of_durations(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "ließe sich … nicht sagen": the cue starts at the form of "lassen" before "sich"
    ("Ob es eine Einigung gebe, ließe sich nach dem Treffen freilich nicht sagen, ergänzte er.",
     ["ließe sich nach dem Treffen freilich nicht sagen"]),
    ("Die Folgen ließen sich noch nicht abschätzen.", ["ließen sich noch nicht abschätzen"]),
    # counter-example: a verb of checking keeps its span from the negation
    ("Die Angaben ließen sich nicht unabhängig überprüfen.", ["nicht unabhängig überprüfen"]),
    # "nicht mit Sicherheit sagen" with an impersonal subject
    ("Man könne nicht mit Sicherheit sagen, ob der Fahrer schuld sei.", ["nicht mit Sicherheit sagen"]),
    # counter-example: a refusal by someone named is no unverified claim
    ("Er wollte nicht mit Sicherheit sagen, wann er kommt.", []),
])
def test_german_evidential_negations_with_lassen_and_certainty(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Mittwochfrüh" is that weekday's morning; "am Morgen" (a noun) the morning of the day at hand
    ("Die Gespräche begannen Montagfrüh.", [("Montagfrüh", "2024-03-04TMO")]),
    ("Erst am Morgen kam die Nachricht.", [("Morgen", "2024-03-06TMO")]),
    # counter-examples: "morgen" is tomorrow, "Morgen früh" tomorrow morning
    ("Er kommt morgen.", [("morgen", "2024-03-07")]),
    ("Morgen früh kommt er.", [("Morgen früh", "2024-03-07TMO")]),
    # a part of day with the event it belongs to in the genitive names no day of ours
    ("Er hatte in der Nacht der Verhandlungen geschrieben.", []),
    ("In der Nacht kam es zu Unruhen.", [("der Nacht", "2024-03-06TNI")]),
])
def test_german_mornings(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a coordinator before a subject pronoun starts the modal's own clause: "that" before it is a determiner
    ("Workers carry that virus home and it could spread fast.", ["could"]),
    # counter-example: "could" in a relative clause stays an ability
    ("Anything that could go wrong went wrong.", []),
])
def test_english_modal_after_a_coordinated_clause(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a perfect with a second infinitive is hearsay as any perfect infinitive
    ("So soll der Fürst seinen Kanzler verhaften haben lassen.", ["soll"]),
    # counter-example: a present "lassen" of an act is a task
    ("Er soll sein Auto reparieren lassen.", []),
    # "apparent" before its noun, "reports suggesting"
    ("The apparent suicide shocked the village.", ["apparent"]),
    ("The toll is high, with some reports suggesting dozens died.", ["reports suggesting"]),
    # counter-example: "apparent that" is clear, no doubt
    ("It became apparent that the bridge was unsafe.", []),
])
def test_double_infinitive_perfect_and_english_inference(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a past ability: "could" before a verb of perception or effort, also after an adverb
    ("The goalkeeper could sense the crowd's anger.", []),
    ("She could only manage three laps of the pool.", []),
    # a German ability with the means that make it possible
    ("Helfen könnten Lehrer ihren Schülern, indem sie zuhören.", []),
    # counter-examples: a possibility stays a hedge
    ("Prices could only rise from here.", ["could"]),
    ("Der Markt könnte einbrechen, sagte der Händler.", ["könnte"]),
])
def test_abilities_are_no_hedges(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "gilt ab Montag": a rule that holds from a day on points to the coming one (6 March 2024 is a Wednesday)
    ("Die neue Regel gilt ab Montag.", [("Montag", "2024-03-11")]),
    ("Das Verbot gilt ab Montag, sagte der Minister.", [("Montag", "2024-03-11")]),
    # counter-examples: a past "galt", and "seit", point back
    ("Die Regel galt bis Montag.", [("Montag", "2024-03-04")]),
    ("Die Regel gilt seit Montag.", [("Montag", "2024-03-04")]),
])
def test_gilt_ab_points_forward(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, WED, lang=None) == expected
