"""Hedge kinds that the rules did not know before session 18 (issue 7, hedge recall on new text):
an inferred or claimed perfect after "muss"/"will", assumption ("geht davon aus"), open questions
("Offen ist, ob", "Ob …, ist nicht sicher"), evidence phrases ("spricht nichts dafür", "sieht es
danach aus"), reputation over a long name, "wohl nicht", epistemic adjectives and adverbs, a "could"
of what may happen in a relative clause, "almost certainly", "I presume", "can't speak to", "not yet
determined"; stated ignorance ("is unknown", "ist noch nicht bekannt"), predicative "possible" /
"möglich", inference from evidence ("the records suggest"), suspicion and assumption, hearsay
("are understood to"), what is not yet confirmed. Each with counter-examples that stay no hedge (deontic, ability, literal uses). All
sentences are our own."""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_texts

WED = "2024-03-06"


@pytest.mark.parametrize(("text", "expected"), [
    # an inference or a claim of a perfect: "muss/müsse … gewesen sein", "wollen … gehört haben"
    ("Der Einbrecher muss einen Schlüssel gehabt haben.", ["muss"]),
    ("Die Scheibe sei von innen zerbrochen, der Stein müsse also aus dem Haus gekommen sein.", ["müsse"]),
    ("Nachbarn wollen in der Nacht einen lauten Knall gehört haben.", ["wollen"]),
    ("Das mag früher einmal anders gewesen sein.", ["mag"]),
    # counter-examples: with a present infinitive they oblige or want; a deadline is no inference
    ("Der Einbrecher muss das Geld zurückgeben.", []),
    ("Die Nachbarn wollen eine neue Straßenlaterne haben.", []),
    ("Der Antrag muss bis Freitag eingereicht worden sein.", []),
    ("Wer dort wohnt, muss viel Geld haben.", []),
    ("Der Vertrag muss unterschrieben sein.", []),
    ("Die Feuerwehr muss jederzeit bereit sein.", []),
])
def test_perfect_after_must_or_want_is_inferred_or_claimed(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ermittler gehen davon aus, dass der Brand gelegt wurde.", ["gehen davon aus"]),
    ("Allerdings geht die Behörde davon aus, dass die Zahl steigt.", ["geht die Behörde davon aus"]),
    ("Es ist davon auszugehen, dass der Zug ausfällt.", ["auszugehen"]),
    # counter-example: "ausgehen" without "davon" is going out or starting from something
    ("Die Kinder gehen am Abend aus.", []),
])
def test_assumption_geht_davon_aus(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Offen ist dagegen, ob die Brücke je gebaut wird.", ["Offen ist"]),
    ("Es bleibt offen, wann die Schule wieder öffnet.", ["bleibt offen"]),
    ("Ob der Kandidat noch antritt, ist nicht mehr sicher.", ["ist nicht mehr sicher"]),
    ("Es ist noch nicht sicher, wer die Stelle bekommt.", ["ist noch nicht sicher"]),
    # counter-examples: open shops, safe streets
    ("Der Bäcker am Markt ist offen.", []),
    ("Die Straße am Fluss ist nicht sicher.", []),
])
def test_open_question(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Es spricht nichts dafür, dass der Plan gelingt.", ["spricht nichts dafür"]),
    ("Vieles spricht dafür, dass die Wahl wiederholt wird.", ["Vieles spricht dafür"]),
    ("Derzeit sieht es nicht danach aus, dass der Verein aufsteigt.", ["sieht es nicht danach aus"]),
    ("Es sieht so aus, als hätte der Verein kein Geld mehr.", ["sieht so aus, als"]),
    # counter-example: what something looks like
    ("Das neue Rathaus sieht aus wie ein Schiff.", []),
])
def test_evidence_phrases(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # reputation over a long name between the verb and "als"
    ("Lange galt der frühere Minister Hans Peter Maria Berger als Favorit.",
     ["galt der frühere Minister Hans Peter Maria Berger als"]),
    # "wohl nicht": probably not; "wohl kaum" stays a denial
    ("Um die Gäste muss sich der Wirt wohl nicht sorgen.", ["wohl"]),
    ("Das wird wohl kaum gelingen.", []),
    # epistemic adjectives and adverbs
    ("Am Bahnhof wurden potenziell gefährliche Stoffe gefunden.", ["potenziell"]),
    ("Der Streit machte den Rücktritt immer wahrscheinlicher.", ["wahrscheinlicher"]),
    ("Ein Sieg der Gäste ist unwahrscheinlich.", ["unwahrscheinlich"]),
    ("In der Stadt wird ein Fahrverbot nicht mehr ausgeschlossen.", ["nicht mehr ausgeschlossen"]),
])
def test_german_reputation_and_epistemic_words(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a "could" of what may happen to or come of the antecedent, in a relative clause
    ("He faces a charge which could result in a fine.", ["could"]),
    ("The number of homes that could be affected fell.", ["could"]),
    ("It is a rule that could eventually cost jobs.", ["could"]),
    # counter-examples: an ability in a relative clause
    ("Anything that could go wrong went wrong.", []),
    ("They hired a driver who could speak French.", []),
    # degree, inference and evidential negation
    ("The new scan almost certainly shows a crack in the dam.", ["almost certainly"]),
    ("I presume the mayor will not run again.", ["I presume"]),
    ("I can't speak to his motives, the clerk said.", ["can't speak to"]),
    ("Police have not yet determined whether the men were armed.", ["not yet determined"]),
    ("It sounded like his grandmother raised him.", ["It sounded like"]),
    # counter-example: a sound compared to a thing
    ("It sounded like a bird.", []),
])
def test_english_new_kinds(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # stated ignorance: with a question word after it or opening the sentence, or "still"/"remains"
    ("Whether the ferry will sail is unknown.", ["is unknown"]),
    ("The cause of the outage remains unknown.", ["remains unknown"]),
    ("Officials could not say whether the tunnel would reopen.", ["could not say"]),
    ("The painter is unknown in Asia.", []),
    # predicative "possible" — not what can be done ("possible to")
    ("A second vote is possible.", ["is possible"]),
    ("It is possible to order tickets by phone.", []),
    ("It is conceivable that the club will sell the stadium.", ["is conceivable"]),
    # a verb of inference with evidence as its subject
    ("The records suggest the payment was made twice.", ["suggest"]),
    ("The clues point to a leak in the roof.", ["point to"]),
    ("I suggest we meet at noon.", []),
    ("He pointed to the map.", []),
    # suspicion and assumption, and the noun "suspect"
    ("Investigators suspect that the alarm was switched off.", ["suspect"]),
    ("The suspect was caught at the station.", []),
    ("Police detained two suspects after the raid.", []),
    ("We assume the roof will hold.", ["We assume"]),
    ("He was arrested on suspicion of theft.", ["on suspicion of"]),
    # hearsay and what is not yet confirmed
    ("The twins are understood to be living abroad.", ["are understood to"]),
    ("The club has yet to confirm the transfer.", ["yet to confirm"]),
    ("According to some reports, the singer is ill.", ["According to some reports"]),
    ("The sailor was presumed dead.", ["presumed dead"]),
])
def test_english_ignorance_possibility_inference(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ob der Zug heute noch fährt, ist unbekannt.", ["ist unbekannt"]),
    ("Die Ursache des Brandes ist weiterhin unbekannt.", ["ist weiterhin unbekannt"]),
    ("Der Termin der Wahl ist noch nicht bekannt.", ["noch nicht bekannt"]),
    ("Der Maler ist in Asien unbekannt.", []),
    # predicative "möglich", "denkbar", "zweifelhaft" — not what can be done, enabled or is impossible
    ("Eine zweite Abstimmung ist möglich.", ["ist möglich"]),
    ("Weitere Ausfälle seien möglich, sagte der Sprecher.", ["seien möglich"]),
    ("Es ist möglich, die Karten telefonisch zu bestellen.", []),
    # the "zu" of the clause it hedges ("viel zu hoch") is no "possible to" (review18)
    ("Es ist möglich, dass die Kosten viel zu hoch geschätzt wurden.", ["ist möglich"]),
    ("Das ist erst durch die Spende möglich geworden.", []),
    ("Sie wollen Anträge stellen, was ihnen derzeit nicht möglich ist.", []),
    ("Es ist durchaus denkbar, dass der Verein das Stadion verkauft.", ["durchaus denkbar"]),
    ("Das Spiel endete denkbar knapp.", []),
    ("Es ist zweifelhaft, dass der Tunnel rechtzeitig fertig wird.", ["ist zweifelhaft"]),
    # suspicion, belief in the first person, what is not yet confirmed or remains to be seen
    ("Die Firma steht im Verdacht, Abgaben hinterzogen zu haben.", ["im Verdacht"]),
    ("Ich vermute, die Sitzung wird lang.", ["vermute"]),
    ("Eine Bestätigung stand zunächst aus.", ["Bestätigung stand zunächst aus"]),
    ("Es bleibt abzuwarten, ob der Vertrag hält.", ["bleibt abzuwarten"]),
    ("Gerüchten zufolge verlässt der Trainer den Verein.", ["Gerüchten zufolge"]),
])
def test_german_ignorance_possibility_suspicion(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # English "should" of a forecast: a verb of change right after it, no person as its subject
    ("The wind should ease by Friday.", ["should"]),
    ("Inflation should gradually decline over the summer.", ["should"]),
    # counter-examples: advice, a demand, a verb with an object, an inverted "if"
    ("You should lower the price.", []),
    ("Companies should improve their safety records.", []),
    ("Wages should rise, the union demanded.", []),
    ("Should prices fall, the bank will act.", []),
])
def test_english_should_of_a_forecast(text: str, expected: list[str]) -> None:
    assert hedge_texts(text, WED, lang=None) == expected
