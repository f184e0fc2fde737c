"""German texts that have lost their quotation marks (sentences of our own; issue 7, session 38, rule
attr.direct.de.colon_lead.first_person): words in the first person after a colon are the words of the one
the clause before the colon names, whatever that clause's verb, as no author's report speaks in the first
person: after a copula of mood ("… ist nachdenklich:"), a gesture ("… zuckt mit den Schultern:"), a wish
with a fronted phrase and a surname the text gives in full ("Bei der Vergabe will Roth Klarheit:") or a
verbless lead after a pronominal adverb ("Dazu der Stadtrat:"). Without the first person these leads stay
narration, and a lead that names no one who can speak is no speaker."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name

LEAD = "Die Gemeinde Almfeld plant eine neue Brücke. "
RULE = "attr.direct.de.colon_lead.first_person"


def test_a_gesture_before_words_in_the_first_person() -> None:
    doc = de(LEAD + "Der Bauamtsleiter Karl Brenner zuckt mit den Schultern: Wenn das Geld fehlt, bauen wir eben später.")
    a = one(doc, "bauen wir")
    assert a.mode == "direct" and a.rule == RULE and source_name(doc, a) == "Karl Brenner"
    assert doc.span_text(a.content[0]) == "Wenn das Geld fehlt, bauen wir eben später"


def test_a_copula_of_mood_before_words_in_the_first_person() -> None:
    doc = de(LEAD + "Der Bauamtsleiter Karl Brenner ist skeptisch: Ich habe schon drei solche Pläne scheitern sehen.")
    a = one(doc, "scheitern sehen")
    assert a.mode == "direct" and a.rule == RULE and source_name(doc, a) == "Karl Brenner"


def test_a_fronted_phrase_and_a_surname_given_in_full() -> None:
    doc = de("Der Bürgermeister Kurt Roth plant eine Halle. "
             "Bei der Vergabe will Roth volle Klarheit: Wir schauen uns jedes Angebot zweimal an.")
    a = one(doc, "jedes Angebot")
    assert a.mode == "direct" and a.rule.startswith(RULE) and source_name(doc, a) == "Kurt Roth"


def test_a_verbless_lead_after_a_pronominal_adverb() -> None:
    doc = de(LEAD + "Dazu der Stadtrat Karl Brenner: Das Risiko ist gering, wir haben die alte Brücke erst geprüft.")
    a = one(doc, "erst geprüft")
    assert a.mode == "direct" and a.rule == RULE and source_name(doc, a) == "Karl Brenner"


def test_without_the_first_person_the_lead_stays_narration() -> None:
    doc = de(LEAD + "Der Bauamtsleiter Karl Brenner zuckt mit den Schultern: Das Geld fehlt seit Jahren.")
    assert not any("unquoted" in a.rule or "colon_lead" in a.rule for a in doc.attributions)
    doc = de(LEAD + "Der Bauamtsleiter Karl Brenner ist skeptisch: Drei solche Pläne sind schon gescheitert.")
    assert not any("unquoted" in a.rule or "colon_lead" in a.rule for a in doc.attributions)
    doc = de("Die Lage an der Brücke ist ernst: Wir sehen täglich neue Risse.")
    assert not any("colon_lead" in a.rule for a in doc.attributions)
