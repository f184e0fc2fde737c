"""German attribution that holds on articles no rule was fitted to (sentences of our own; issue 7,
session 37): a colon run stops on what the words show (the speaker named again by a surname that is
also a noun, a finite verb in the past) without a parse, and its rule says `direct` as its mode
does; a Konjunktiv after a sentence whose pronoun stands for a person named just before goes on
with that person; a surname that is also an event noun ("…, sagte Fall") names its person; an
according-to phrase inside its clause stays inside the claim."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one, source_name

import sourcetrace

analyze = partial(analyse, lang="de", date="2024-10-17")

WIRT = "Der Wirt Otto Kessler kennt die Lage. Kessler: Wer nicht reserviert, bekommt keinen Tisch. "


def test_a_colon_run_is_direct_in_its_rule_as_in_its_mode() -> None:
    doc = analyze("Die Bäderchefin Ida Wenger will mehr Geld. Das sei nötig, sagt Wenger im Interview: "
                  "Ohne Geld schließt das Bad im Mai. Und dann steht die Stadt ohne Schwimmkurse da.")
    a = one(doc, "schließt das Bad")
    assert a.mode == "direct" and a.rule.startswith("attr.direct.de.") and a.rule.endswith("+colon_run")
    assert one(doc, "Schwimmkurse") is a


def test_a_colon_run_stops_where_the_author_names_the_speaker_by_a_surname_that_is_a_noun() -> None:
    # "Fischer" is a noun too; the text gave it after a given name: a person, with no entity model asked
    text = "Der Wirt Otto Fischer kennt die Lage. Fischer: Wer nicht reserviert, bekommt keinen Tisch. {after}"
    doc = analyze(text.format(after="Damit will Fischer die Gäste erziehen."))
    a = one(doc, "reserviert")
    assert len(a.content) == 1 and "+colon_run" not in a.rule
    assert not any("erziehen" in doc.span_text(c) for x in doc.attributions for c in x.content)
    # the speaker's words that lean back go on as before
    doc = analyze(text.format(after="Deshalb kommen die Gäste früher."))
    assert one(doc, "reserviert") is one(doc, "früher")


def test_a_colon_run_stops_at_a_finite_verb_in_the_past_without_a_parse() -> None:
    doc = analyze(WIRT + "Deshalb kamen die Gäste im Sommer früher.")
    a = one(doc, "reserviert")
    assert len(a.content) == 1 and "+colon_run" not in a.rule
    # a past adjective ("letzten") is no past tense: the run goes on
    doc = analyze(WIRT + "Deshalb kommen die Gäste in den letzten Wochen früher.")
    assert one(doc, "reserviert") is one(doc, "Wochen")


def test_a_konjunktiv_after_a_pronoun_goes_on_with_the_person_it_stands_for() -> None:
    text = ("Die Firma sucht einen Standort. In den Streit mische man sich nicht ein, sagt Sprecherin Eva Lang. {middle} "
            "Die Fläche sei ein Glücksfall.")
    doc = analyze(text.format(middle="Bürgermeister Karl Moser verhandelt seit Monaten mit der Firma. Er sieht darin eine Chance."))
    a = one(doc, "Glücksfall")
    assert source_name(doc, a) == "Karl Moser" and a.rule == "attr.continuation.de.konjunktiv+about_pronoun"
    # the pronoun stands for the speaker herself: her speech goes on
    doc = analyze(text.format(middle="Sie kennt das Geschäft seit Jahren."))
    assert source_name(doc, one(doc, "Glücksfall")) == "Eva Lang"
    # a pronoun of the other gender stands for no one named before it: the speech goes on with its speaker
    doc = analyze(text.format(middle="Bürgermeisterin Karla Moser verhandelt seit Monaten mit der Firma. Er sieht darin eine Chance."))
    assert source_name(doc, one(doc, "Glücksfall")) != "Karla Moser"


def test_a_surname_that_is_also_an_event_noun_names_its_person() -> None:
    text = "Die Lage sei ernst, sagte der Gesandte für die Region, Peter Fall, am Sonntag. Das ist unvorstellbar, sagte Fall."
    doc = analyze(text)
    a = one(doc, "unvorstellbar")
    assert source_name(doc, a) == "Peter Fall" and a.rule == "attr.indirect.de.postposed+surname_noun"
    # the noun with its article is still the event, which says nothing
    doc = analyze("Der Unfall ist geklärt. Der Fall zeigt, dass die Straße gefährlich ist.")
    assert doc.attributions == []


def test_an_according_to_phrase_inside_its_clause_stays_in_the_claim() -> None:
    doc = analyze("Am Abend gab es ein Konzert am See. Rund 500 Leute sind laut Polizei zum Ufer gekommen.")
    a = one(doc, "500 Leute")
    assert a.rule == "attr.according.de.prefix+inner_phrase" and source_name(doc, a) == "Polizei"
    assert [doc.span_text(c) for c in a.content] == ["Rund 500 Leute sind laut Polizei zum Ufer gekommen"]
    # set apart by dashes it stands apart; opening or closing the clause it stays out
    doc = analyze("Der Verein ist – nach eigenen Angaben – der größte im Land.")
    assert len(one(doc, "größte").content) == 2 and "+inner_phrase" not in one(doc, "größte").rule
    doc = analyze("Laut Polizei wurden am Montag drei Menschen bei dem Unfall verletzt.")
    assert [doc.span_text(c) for c in one(doc, "Unfall").content] == ["wurden am Montag drei Menschen bei dem Unfall verletzt"]
    # de-news-quotes' conventions leave it out: two parts
    doc = sourcetrace.analyze("Rund 500 Leute sind laut Polizei zum Ufer gekommen.", date="2024-10-17", lang="de", conventions="denews")
    assert len(one(doc, "500 Leute").content) == 2
