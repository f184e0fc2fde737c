"""Source names on new text (issue 7, session 18; sentences of our own): a pronoun with a verb
joined to it ("we've", "you're") is the pronoun, never a listed name; the one addressed ("you
said") is no listed source; two surnames joined by a conjunction ("Reed and Lee") are the two
persons the text names in full, not one source of both names. A German description stands for
the person named before whose role is of its group, also as the end of a compound ("der Forscher"
for "der Arbeitsmarktexperte …"), or who heads the body its compound names ("der UN-Chef"); a role
noun after a name is a surname ("Vorstand Jens Bischof"); a description followed by a name in apposition
("der Minderheitsführer im Senat, Jan Roth.") is that person; a group named by examples ("…, like
Ann Lee and Tom Reed") is the persons it names, with a rule of its own (`source.example.*`); only
a compound whose end names a field is a variant of a role, and a rank prefix makes another office
("Vizepräsident" is no "Staatschef")."""

from __future__ import annotations

from tests.attribution_helpers import de, en, names, one, source_name

from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources import analyse_mention
from sourcetrace.steps.sources.admit import role_agrees
from sourcetrace.steps.sources.mentions import is_second_person


def test_a_pronoun_with_a_contraction_is_the_pronoun() -> None:
    lx = lang("en")
    for word, bare in (("we've", "we"), ("We’ll", "We"), ("they're", "they"), ("he's", "he")):
        info = analyse_mention(word, lx)
        assert info.pronoun and info.text == bare, word
    # a name that ends the same way stays a name
    assert not analyse_mention("O'Neill's", lx).pronoun


def test_the_one_addressed_is_no_source() -> None:
    lx = lang("en")
    assert is_second_person("you", lx) and is_second_person("You’re", lx) and not is_second_person("Yount", lx)
    doc = en('Mara Holt chairs the board. "You said it would never work," Holt wrote. You said it would never work.')
    assert names(doc) == ["Mara Holt"]


def test_a_contracted_first_person_pronoun_is_listed_under_no_name_of_its_own() -> None:
    doc = en('Ann Vell runs the depot. "We\'ve got to be careful," Vell said. We\'ve been told that the plan is dead.')
    assert names(doc) == ["Ann Vell"]
    assert all("'" not in s.name for s in doc.sources)


def test_two_surnames_joined_are_the_two_persons_named_in_full() -> None:
    doc = en("Tom Reed and Ann Lee testified on Tuesday. Both Reed and Lee said the order came from the top. "
             "Reed and Lee said they were surprised.")
    assert names(doc) == ["Ann Lee", "Tom Reed"]



def test_a_german_description_of_the_same_kind_of_role_is_the_person_named_before() -> None:
    # the end of a compound role ("Arbeitsmarktexperte") and the description ("der Forscher") are one group
    doc = de("Der Arbeitsmarktexperte Jan Roth hat die Zahlen untersucht. Viele Betriebe suchten Personal, sagte Roth. "
             "Hinzu kämen neue Projekte, so der Forscher.")
    assert names(doc) == ["Jan Roth"]
    doc = de("Der Hafener Bürgermeister Ole Brandt eröffnete die Halle. Die Stadt habe genug Geld, meinte der Ortschef.")
    assert "Ole Brandt" in names(doc) and "Ortschef" not in names(doc)
    # another kind of role stays someone else
    doc = de("Der Werksleiter Jan Roth zeigte die Halle. Die Maschinen seien alt, sagte der Veranstalter.")
    assert "Jan Roth" not in names(doc)


def test_only_a_compound_that_names_a_field_is_a_variant_of_its_role() -> None:
    lx = lang("de")
    # a field before the noun: still the group's role
    assert role_agrees("Arbeitsmarktexperte", "forscher", lx)
    assert role_agrees("Oberbürgermeister", "ortschef", lx)
    # an office noun ends other offices: a vice-president, a party's president are no head of state
    assert not role_agrees("Vizepräsident", "staatschef", lx)
    assert not role_agrees("Parteipräsident", "diktator", lx)
    assert role_agrees("Präsident", "staatschef", lx)
    doc = de("Der Parteipräsident Jan Roth eröffnete den Kongress. Die Lage sei ernst, sagte der Staatschef.")
    assert "Jan Roth" not in names(doc)


def test_a_role_with_a_rank_the_description_lacks_is_another_office() -> None:
    lx = lang("de")
    assert not role_agrees("Vizebürgermeister", "ortschef", lx)
    assert not role_agrees("Vize-Präsident", "staatschef", lx)
    assert not role_agrees("Vizepräsident", "präsident", lx)
    assert role_agrees("Vizepräsident", "vizepräsident", lx)
    # the rank may stand in a word of the description before its head
    assert role_agrees("stellvertretender Bürgermeister", "bürgermeister", lx, "der stellvertretende Bürgermeister")
    assert role_agrees("former governor", "governor", lang("en"), "the former governor")
    assert not role_agrees("former governor", "governor", lang("en"), "the governor")


def test_the_head_of_a_body_is_the_person_whose_role_names_that_body() -> None:
    doc = de("UN-Generalsekretär Ban Lee traf in Wien den Bundespräsidenten Karl Moser. "
             "Spaltung verletze die Menschen, betonte der UN-Chef.")
    assert names(doc) == ["Ban Lee"]
    doc = de("Der Bundespräsident Karl Moser traf in Wien Vertreter der Gemeinden. "
             "Spaltung verletze die Menschen, betonte der UN-Chef.")
    assert "Karl Moser" not in names(doc)


def test_a_role_noun_after_a_name_is_a_surname() -> None:
    lx = lang("de")
    info = analyse_mention("der Vorstand Jens Bischof", lx)
    assert info.name == "Jens Bischof" and info.person_tokens == ["Jens", "Bischof"] and info.role == "Vorstand"
    assert analyse_mention("Bischof Franz Lackner", lx).name == "Franz Lackner"
    doc = de("Das sei eine Umstellung, zitiert die Zeitung den zuständigen Vorstand Jens Bischof. "
             "Auch künftig soll es laut Bischof kostenlose Getränke geben.")
    a = one(doc, "kostenlose Getränke")
    assert source_name(doc, a) == "Jens Bischof"


def test_a_surname_joined_to_a_name_word_of_its_own_is_two_persons() -> None:
    doc = en("Ann Reed met the senator on Friday. Reed and Menendez both stressed that the plan would pass.")
    assert names(doc) == ["Ann Reed", "Menendez"]


def test_a_group_named_by_examples_is_the_persons_it_names() -> None:
    doc = en("Several prominent Republicans, like Tom Reed, Ann Lee and Carl Vance, said they would not vote for him.")
    assert names(doc) == ["Ann Lee", "Carl Vance", "Tom Reed"]
    doc = de("Mehrere Abgeordnete, darunter Anna Berg und Jan Roth, kritisierten, der Plan sei zu teuer.")
    assert names(doc) == ["Anna Berg", "Jan Roth"]
    # a rule of their own, also where the attribution split the group from its examples (co-sources)
    assert {doc.text[m.span.start : m.span.end]: m.rule for m in doc.mentions} == {
        "Anna Berg": "source.example.person", "Jan Roth": "source.example.person"}
    doc = en("Tom Reed and Ann Lee said the plan would fail.")
    assert {m.rule for m in doc.mentions} == {"source.coordination.person"}
    # examples that are no persons' names leave the group as it is
    doc = en("Many cities, like Boston and Denver, said the rules were unclear.")
    assert not {"Boston", "Denver"} & set(names(doc))


def test_a_head_of_several_words_types_the_description() -> None:
    lx = lang("en")
    info = analyse_mention("the news agency", lx)
    assert info.type == "news_agency" and info.description
    assert analyse_mention("the agency", lx).type == "government"
    doc = en("The state-run Xinhua News Agency reported that ten people died. Three more were missing, the news agency said.")
    assert names(doc) == ["Xinhua"]


def test_a_description_with_the_name_in_apposition_after_it_is_that_person() -> None:
    doc = de("Es bestehe kein Zweifel, sagte der demokratische Minderheitsführer im Senat, Jan Roth. Danach ging er.")
    assert names(doc) == ["Jan Roth"]
    doc = de("Die Lage sei ernst, erklärte der Leiter des Instituts für Küstenforschung (IKF), Ole Brandt. Dann ging er.")
    assert names(doc) == ["Ole Brandt"]
    # a clause after the comma is no apposition: "Anna Berg habe recht" says something, it names no speaker
    doc = de("Der Plan sei gut, sagte der Verkehrsminister, Anna Berg habe recht.")
    assert "Anna Berg" not in names(doc)


def test_a_bodys_short_form_in_brackets_is_an_alias_not_part_of_its_name() -> None:
    info = analyse_mention("die Menschenrechtsorganisation Ocean Watch (OCW)", lang("de"))
    assert info.name == "Ocean Watch" and "OCW" in info.aliases
    info = analyse_mention("the Centre for Harbour Safety (CHS)", lang("en"))
    assert info.name == "Centre for Harbour Safety" and info.aliases == ["CHS"]
    # a person's party in brackets stays out of the person's name and aliases
    info = analyse_mention("Bundeskanzlerin Anna Berg (CDU)", lang("de"))
    assert info.name == "Anna Berg" and "CDU" not in info.aliases


def test_a_bodys_name_that_goes_on_is_no_persons_full_name() -> None:
    from sourcetrace.steps.sources import full_name

    doc = en("The Ocean Health Organization said the water was clean. Health was the main topic.")
    assert full_name(doc, "Health") is None
    doc = en("Ann Health said the water was clean. Health was the main topic.")
    assert full_name(doc, "Health") == "Ann Health"


def test_a_titled_document_from_an_author_is_the_author() -> None:
    info = analyse_mention("the Harbour Facts report from Tidewater", lang("en"))
    assert info.name == "Tidewater" and "Harbour Facts report" in info.aliases
