"""German attribution leftovers of session 31 (sentences of our own; issue 7): a tag between commas
inside the clause it reports, "nach/laut eigenen Angaben" whose owner is the sentence before's
subject, an outlet whose name is a common noun, a bare plural document noun that recalls no document,
German given names that end like a common noun, and German words moved out of the code."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name, source_text

from sourcetrace.steps.sources.gazetteer import noun_ending


def test_a_tag_inside_the_clause_gives_the_tags_subject_and_both_parts() -> None:
    doc = de("Der Markt ist voll. Das Fahrrad, sagte die Händlerin, sei schon ziemlich alt.")
    a = one(doc, "ziemlich alt")
    assert source_text(doc, a) == "die Händlerin"
    assert a.rule == "attr.indirect.de.postposed+inside"
    assert [doc.span_text(c) for c in a.content] == ["Das Fahrrad", "sei schon ziemlich alt"]
    doc = de("Die Schleuse, erklärte der Bürgermeister am Montag, werde im Herbst gesperrt.")
    a = one(doc, "Herbst")
    assert source_text(doc, a) == "der Bürgermeister"
    assert [doc.span_text(c) for c in a.content] == ["Die Schleuse", "werde im Herbst gesperrt"]


def test_a_tag_before_the_tags_own_second_verb_is_no_inside_tag() -> None:
    doc = de("Vermutlich nicht, glaubt die Feuerwehr, will aber nichts ausschließen.")
    assert not any(a.rule.endswith("+inside") for a in doc.attributions)


def test_eigene_angaben_with_a_thing_as_subject_belong_to_the_subject_before() -> None:
    doc = de("Die Firma Kranwerk baut Pumpen in Kiel. Nach eigenen Angaben stieg der Umsatz um zehn Prozent.")
    a = one(doc, "Umsatz")
    assert a.rule == "attr.according.de.nach_noun+own_previous_subject"
    assert source_name(doc, a) == "Kranwerk"
    doc = de("Die Firma Kranwerk baut Pumpen in Kiel. Der Umsatz stieg eigenen Angaben zufolge um zehn Prozent.")
    assert source_name(doc, one(doc, "Umsatz")) == "Kranwerk"


def test_laut_eigenen_angaben_is_read_as_nach_eigenen_angaben() -> None:
    doc = de("Die Firma Kranwerk baut Pumpen in Kiel. Sie beschäftigt laut eigenen Angaben 300 Menschen.")
    a = one(doc, "300 Menschen")
    assert a.rule == "attr.according.de.prefix+inner_phrase+own"
    assert source_name(doc, a) == "Kranwerk"
    # a body the source types leave unnamed stays its own clause's owner
    doc = de("Der Verein Grünland pflanzt Bäume. Die Gemeinde hat laut eigenen Angaben 300 Bäume gekauft.")
    assert "own_previous_subject" not in one(doc, "300 Bäume").rule


def test_an_outlet_named_by_a_common_noun_is_the_noun_before_a_cue_of_speech() -> None:
    doc = de("Da spricht die Welt von einem Wunder, sagte Torben Iske.")
    a = one(doc, "Wunder")
    assert source_name(doc, a) == "Torben Iske"
    doc = de("Die «Welt» sprach von einem Skandal. Wie die Zeit berichtet, sei der Vertrag fertig.")
    assert source_name(doc, one(doc, "Skandal")) == "Welt"
    assert one(doc, "Vertrag").source is not None


def test_a_bare_plural_document_noun_recalls_no_document_before() -> None:
    doc = de("Die Polizei legte am Montag einen Bericht vor. Laut dem Bericht stieg die Zahl der Unfälle. "
             "Laut Schätzungen kamen 5000 Besucher.")
    a = one(doc, "5000 Besucher")
    assert a.source is None and "source.drop.generic_document" in a.rule
    assert source_name(doc, one(doc, "Unfälle")) == "Bericht"


def test_german_given_names_in_en_are_names() -> None:
    assert not noun_ending("Jürgen") and not noun_ending("Kirsten") and noun_ending("Bürgern")
    doc = de("Die Schule bleibt zu. Laut Karsten Brenn wird bald gebaut. Brenn sagte, der Bau beginne bald.")
    assert source_name(doc, one(doc, "Bau beginne")) == "Karsten Brenn"


def test_german_words_of_the_code_are_resources() -> None:
    # (what the moved lists do, not which words they hold)
    doc = de("Die Behörde schickte den Anwohnern einen Brief. Darin hieß es, die Straße werde gesperrt.")
    assert source_text(doc, one(doc, "Straße")) == "einen Brief"
    doc = de("Das Amt verschickte eine Mitteilung. Hierin heißt es, der Hafen bleibe offen.")
    assert source_text(doc, one(doc, "Hafen bleibe")) == "eine Mitteilung"
    doc = de("Insbesondere wurde kritisiert, dass die Fähre zu spät kam.")
    assert one(doc, "Fähre").source is None
    doc = de("Dem Sender sagte die Ministerin, der Plan sei fertig.")
    a = one(doc, "Plan sei fertig")
    assert source_text(doc, a) == "die Ministerin" and a.rule == "attr.indirect.de.inverted"


def test_an_outlet_with_a_common_noun_name_that_reports_a_clause_is_the_outlet() -> None:
    # the idiom reports nothing; a clause in the Konjunktiv (or a dass clause) after the cue is the paper's report
    doc = de("Die Presse erklärte am Montag, der Vertrag mit der Werft sei ungültig.")
    assert (source_name(doc, one(doc, "ungültig")) or "").endswith("Presse")
    doc = de("Der Stern kritisierte, dass die Werft keine Pläne vorgelegt habe.")
    assert (source_name(doc, one(doc, "keine Pläne")) or "").endswith("Stern")


def test_a_tag_inside_the_clause_after_one_word_or_a_pronoun() -> None:
    # one word before the tag: a pronoun subject, a noun, a time — the tag's subject speaks, both parts are the claim
    doc = de("Der Streit dauert an. Er, sagt die Nachbarin, habe die Hecke nie geschnitten.")
    a = one(doc, "Hecke")
    assert source_text(doc, a) == "die Nachbarin" and a.rule == "attr.indirect.de.postposed+inside"
    assert [doc.span_text(c) for c in a.content] == ["Er", "habe die Hecke nie geschnitten"]
    doc = de("Im März, sagte die Ministerin, werde die Fähre wieder fahren.")
    a = one(doc, "Fähre")
    assert source_text(doc, a) == "die Ministerin"
    assert [doc.span_text(c) for c in a.content] == ["Im März", "werde die Fähre wieder fahren"]
