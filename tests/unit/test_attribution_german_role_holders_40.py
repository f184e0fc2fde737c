"""German role nouns resolved to the person the article named with that role (issue 7, session 40;
sentences of our own, invented names and events): a role in the genitive ("nach Worten des
Staatssekretärs"), a name in apposition after a role whose given name we do not know, a former
office as background to the person just named, and a relative clause about the speaker after a
"so"-tag that is no part of the claim."""

from __future__ import annotations

from tests.attribution_helpers import content_text, de, names, one, source_name


def test_a_role_in_the_genitive_of_the_strong_declension_is_its_holder() -> None:
    doc = de("Staatssekretär Jan Wessel besuchte am Montag das Werk. Betriebe mit Rat sind nach Worten des "
             "Staatssekretärs oft erfolgreicher. Die Reform sei lange geplant.")
    a = one(doc, "oft erfolgreicher")
    assert source_name(doc, a) == "Jan Wessel" and a.rule.endswith("+source.genitive_role")
    assert source_name(doc, one(doc, "lange geplant")) == "Jan Wessel"
    assert names(doc) == ["Jan Wessel"]
    doc = de("Parteichef Olaf Brink eröffnete den Parteitag in Celle. Die Partei ist nach Angaben des Parteichefs "
             "schuldenfrei.")
    assert source_name(doc, one(doc, "schuldenfrei")) == "Olaf Brink"


def test_a_name_in_apposition_after_a_role_is_a_person_though_its_given_name_is_unknown() -> None:
    doc = de("Betriebe mit Rat sind nach Worten des Staatssekretärs im Kieler Sozialministerium, Kersten Wessel, "
             "oft erfolgreicher. Im Jahr 2019 hätten rund zehn Prozent der Betriebe einen Rat gehabt.")
    a = one(doc, "oft erfolgreicher")
    assert source_name(doc, a) == "Kersten Wessel" and "+source.person.apposition_after+unknown_given_name" in a.rule
    assert source_name(doc, one(doc, "zehn Prozent")) == "Kersten Wessel"
    assert names(doc) == ["Kersten Wessel"]


def test_a_former_office_describes_the_person_just_named() -> None:
    doc = de("Der neue Sprecher der Bäcker, Jan Roth, kritisiert die Stadt. Die Steuern sind gegen die Interessen "
             "der Kunden, so der ehemalige Mühlen-Chef. Der Umsatz liege bei zwei Milliarden Euro.")
    a = one(doc, "Die Steuern sind")
    assert source_name(doc, a) == "Jan Roth" and a.rule.endswith("+source.former_role")
    assert source_name(doc, one(doc, "Der Umsatz liege")) == "Jan Roth"
    assert names(doc) == ["Jan Roth"]


def test_a_present_office_of_another_kind_stays_a_description() -> None:
    # no former office: "der Mühlen-Chef" is not the bakers' spokesman named before
    doc = de("Der neue Sprecher der Bäcker, Jan Roth, kritisiert die Stadt. Die Steuern sind gegen die Interessen "
             "der Kunden, so der Mühlen-Chef.")
    assert source_name(doc, one(doc, "Die Steuern sind")) != "Jan Roth"


def test_a_relative_clause_about_the_speaker_after_a_so_tag_is_no_claim() -> None:
    doc = de("Die Steuern sind gegen die Interessen der Kunden, so Jan Roth, der im Mai in Pension ging und den "
             "Vorsitz von Eva Lind übernahm.")
    a = one(doc, "Die Steuern sind")
    assert content_text(doc, a) == "Die Steuern sind gegen die Interessen der Kunden"
    assert a.rule == "attr.indirect.de.so+speaker_relative"
    # the claim that goes on after the tag stays one ("der" an article here)
    doc = de("Das Problem sei, so Jan Roth, der hohe Preis für Mehl.")
    assert content_text(doc, one(doc, "Das Problem sei")) == "Das Problem sei … der hohe Preis für Mehl"


def test_the_owner_of_a_statement_noun_after_so_is_the_source_and_demnach_goes_on_with_it() -> None:
    doc = de("Eine Bande von Hehlern verkaufte gestohlene Räder über das Netz, so der Vorwurf der Kieler "
             "Staatsanwaltschaft. Am häufigsten handelte die Bande demnach mit teuren Rennrädern.")
    a = one(doc, "Eine Bande")
    assert source_name(doc, a) == "Kieler Staatsanwaltschaft" and a.rule.endswith("+source.statement_owner")
    assert source_name(doc, one(doc, "Am häufigsten")) == "Kieler Staatsanwaltschaft"
    assert names(doc) == ["Kieler Staatsanwaltschaft"]


def test_an_acronym_and_its_number_are_one_name_of_a_body() -> None:
    doc = de("Im Herbst kommen zwanzig neue Linden in die Altstadt, erklärt die MA 17. Die Bäume seien schon "
             "bestellt, sagt Eva Lind.")
    a = one(doc, "zwanzig neue Linden")
    assert source_name(doc, a) == "MA 17" and a.rule.endswith("+source.acronym_number")
    # a count after a name is no part of it
    doc = de("Bei der Wahl erreichte die SPÖ 30 Prozent, teilte das Amt mit.")
    assert "SPÖ 30" not in names(doc)


def test_a_body_named_in_the_genitive_or_dative_is_named_in_the_nominative() -> None:
    doc = de("Laut der bayerischen Landesregierung sind alle Brücken sicher.")
    assert names(doc) == ["bayerische Landesregierung"]
    assert next(s for s in doc.sources).rule.endswith("+source.name.nominative")
    # a plural keeps its -en ("der deutschen Behörden"), and so does a person's description
    doc = de("Laut den zuständigen Behörden sind alle Brücken sicher.")
    assert "zuständige Behörden" not in names(doc)
