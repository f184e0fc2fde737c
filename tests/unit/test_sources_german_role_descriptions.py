"""German sources, session 29 (sentences of our own; issue 7): a definite masculine description
headed by a noun of a role or an office, alone or as the end of a compound ("der Vorstandschef",
"der Bahn-Boss", "der Branchenkenner"), stands for the man of that role the text named last
before it (rule source.merge.description): one source, not a second one named by the role. Where
the text gave that man a role, the description's must agree with it (`role_agrees`: the same noun,
a variant of it, "der Firmenchef" for "Konzernchef X", or the head of the same body, "der
Bahn-Boss" for "Bahn-Chef X"), with the same rank. A spokesperson's noun ("der Sprecher"), a woman
named before and a description with no man named before it stay their own.
"""

from __future__ import annotations

from tests.attribution_helpers import de, names, one, source_name


def test_a_compound_role_description_is_the_man_named_before_it() -> None:
    doc = de("Vor der Belegschaft verteidigte Bahn-Chef Tom Halder den Umbau. "
             "„Wir brauchen jeden Standort“, sagte Halder. "
             "„Der nächste Zug muss aus Bremen kommen“, betonte der Bahn-Boss.")
    a = one(doc, "aus Bremen kommen")
    assert source_name(doc, a) == "Tom Halder" and a.rule.endswith("+source.merge.description")
    assert names(doc) == ["Tom Halder"]


def test_a_role_noun_at_the_end_of_a_compound_is_the_man_named_before_it() -> None:
    doc = de("Jonas Feld rechnet mit mehr Aufträgen. "
             "Die Nachfrage sei so hoch wie nie, erklärte der Branchenkenner am Dienstag.")
    a = one(doc, "so hoch wie nie")
    assert source_name(doc, a) == "Jonas Feld" and a.rule.endswith("+source.merge.description")


def test_the_heads_of_a_business_are_one_another_but_another_role_is_not() -> None:
    doc = de("Der Konzernchef Jonas Feld rechnet mit mehr Aufträgen. "
             "„Wir stellen weiter ein“, sagte der Firmenchef.")
    assert source_name(doc, one(doc, "Wir stellen weiter ein")) == "Jonas Feld"
    assert names(doc) == ["Jonas Feld"]
    # a man named with another role is no "Branchenkenner"; a deputy's office is no minister's
    # (the description stays a source of its own)
    doc = de("Der Werkleiter Jonas Feld rechnet mit mehr Aufträgen. "
             "Die Nachfrage sei so hoch wie nie, erklärte der Branchenkenner am Dienstag.")
    assert source_name(doc, one(doc, "so hoch wie nie")) != "Jonas Feld"
    doc = de("Außenminister Karl Brandt hat die Gespräche gelobt. "
             "Der norwegische Vize-Außenminister war auch da. Er erklärte, es gebe noch keine Einigung.")
    assert source_name(doc, one(doc, "noch keine Einigung")) == "norwegische Vize-Außenminister"


def test_a_spokesmans_description_is_no_man_named_before_it() -> None:
    doc = de("Bürgermeister Jan Ott sagte, der Plan sei zu teuer. "
             "„Das ist Unsinn“, sagte der Sprecher.")
    a = one(doc, "Das ist Unsinn")
    assert source_name(doc, a) != "Jan Ott"


def test_a_role_description_with_no_man_named_before_it_stays_its_own() -> None:
    doc = de("Die Preise steigen weiter. „Das trifft vor allem die Pendler“, sagte der Vorstandschef.")
    a = one(doc, "trifft vor allem die Pendler")
    assert source_name(doc, a) is not None and "+source.merge.description" not in a.rule


def test_a_woman_named_before_is_no_masculine_role_description() -> None:
    doc = de("Die Anwohnerin Anna Kolb ist besorgt. "
             "Die Brücke sei marode, erklärte der Bürgermeister am Abend.")
    assert source_name(doc, one(doc, "Die Brücke sei marode")) != "Anna Kolb"
