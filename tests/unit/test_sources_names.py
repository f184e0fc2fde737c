"""The source list (issue 7, sentences of our own): one entry per real-world source, named by the
shortest full name as written, members of a coordination as sources of their own, no entry for
what names no one."""

from __future__ import annotations

from tests.attribution_helpers import de, en, names, one, source_name


def test_a_surname_in_a_coordination_joins_the_person_named_before() -> None:
    doc = de("Der Bürgermeister Jan Roth und der Landrat Ole Lund stritten lange. "
             "Sowohl Roth als auch Lund behaupteten, nichts gewusst zu haben.")
    assert names(doc) == ["Jan Roth", "Ole Lund"]


def test_a_name_and_the_body_after_a_preposition_is_the_person() -> None:
    doc = de("Ole Tamm von der Partei der Fischer sagte, die Wahl sei unfair.")
    a = one(doc, "die Wahl sei unfair")
    assert source_name(doc, a) == "Ole Tamm"
    assert [s.type for s in doc.sources] == ["person"]
    doc = en("Jo Hart of the Harbour Trust said the pier was unsafe.")
    assert source_name(doc, one(doc, "the pier was unsafe")) == "Jo Hart"
    assert next(s.role for s in doc.sources) == "Harbour Trust"
    # a name of a body with "of" in it stays whole
    doc = en("Bank of Nowhere said profits rose.")
    assert names(doc) == ["Bank of Nowhere"]


def test_a_role_and_the_name_of_its_owner_is_no_name_of_the_person() -> None:
    doc = de("Jan Lund schwieg. „Das ist falsch“, sagte ein Anwalt der Kanzlei Berger Tamm im Auftrag von Jan Lund.")
    a = one(doc, "Das ist falsch")
    assert source_name(doc, a) == "Anwalt der Kanzlei Berger Tamm"


def test_a_place_in_the_genitive_after_a_role_is_no_person() -> None:
    doc = de("Der Landrat Jan Roth kam spät. Die Einwohner Hongkongs wollen wählen. Er sagte, die Wahl sei unfair.")
    a = one(doc, "die Wahl sei unfair")
    assert source_name(doc, a) == "Jan Roth"


def test_the_first_role_noun_tells_the_gender() -> None:
    doc = de("Der Landrat Jan Roth kam spät. Mia Lau, die Sprecherin der Einwohner, sagte, der Hafen sei zu klein. "
             "Er sagte, man müsse bauen.")
    a = one(doc, "man müsse bauen")
    assert source_name(doc, a) == "Jan Roth"


def test_roles_coordinated_before_a_name_are_one_person() -> None:
    doc = de("Der Streit ging weiter. Seine Kollegin und Mitstreiterin im Stadtrat, Clara Mo, sagte, die Stadt werde ein Bunker.")
    assert names(doc) == ["Clara Mo"]
    doc = de("Jan Roth, ein Abgeordneter aus Kiel und Oberst außer Dienst, sagte, der Vorfall sei kein Unfall gewesen.")
    assert names(doc) == ["Jan Roth"]


def test_a_coordination_of_two_sources_lists_both() -> None:
    doc = de("Berlin und Paris erklärten, die Grenze bleibe offen.")
    assert names(doc) == ["Berlin", "Paris"]
    assert {s.type for s in doc.sources} == {"government"}
    doc = en("Port engineers and city officials said the dam was safe.")
    assert names(doc) == ["Port engineers", "city officials"]
    doc = en("Both outside engineers and workers at the dam said the water was gone.")
    assert names(doc) == ["outside engineers", "workers at the dam"]
    # a name with "and" in it is one source
    doc = en("The Council for Rivers and Lakes said the water was clean.")
    assert names(doc) == ["Council for Rivers and Lakes"]


def test_a_role_noun_means_the_person_the_text_gives_that_role() -> None:
    doc = en("Senator Tom Reed visited the port. Later, Mayor Jo Hart arrived. The senator said the port needed money.")
    assert source_name(doc, one(doc, "the port needed money")) == "Tom Reed"
    doc = en("Ann Lee, the company's chief executive, opened the plant. Tom Reed, the city's mayor, cut the ribbon. "
             "The executive said the plant would hire 200 workers.")
    assert source_name(doc, one(doc, "the plant would hire")) == "Ann Lee"
    doc = de("Anna Berg, die Ministerin für Häfen, besuchte den Hafen. Danach kam der Bürgermeister Jan Roth. "
             "Die Ministerin sagte, der Hafen brauche Geld.")
    assert source_name(doc, one(doc, "der Hafen brauche Geld")) == "Anna Berg"
    # the name after the role ends at the sentence's full stop
    doc = de("Die Kanzlerin Anna Berg traf den Minister Jan Roth. Der Minister sagte, der Hafen brauche Geld.")
    assert source_name(doc, one(doc, "der Hafen brauche Geld")) == "Jan Roth"


def test_a_role_with_a_rank_is_another_office() -> None:
    doc = en("President Tom Lund arrived. The vice president said the talks were useful.")
    assert source_name(doc, one(doc, "the talks were useful")) != "Tom Lund"
    doc = de("Der Außenminister Tom Lund kam. Der Vize-Außenminister widersprach. Er sagte, die Lage sei ernst.")
    assert source_name(doc, one(doc, "die Lage sei ernst")) != "Tom Lund"


def test_a_country_before_a_role_is_a_title() -> None:
    doc = en("President Tom Lund of Russia arrived in Minsk. Russia's president said the talks were useful. Lund said the deal was done.")
    assert names(doc) == ["Tom Lund"]


def test_the_one_told_of_is_never_the_teller() -> None:
    doc = de("Anna Berg sagte, der Bürgermeister habe ihr gesagt, die Brücke sei marode.")
    a = next(a for a in doc.attributions if doc.span_text(a.content[0]) == "die Brücke sei marode")
    assert source_name(doc, a) != "Anna Berg"
    assert [v.name for v in a.via] == ["Anna Berg"]
    doc = de("Der Bürgermeister Jan Roth kam. Anna Berg sagte, der Bürgermeister habe ihr gesagt, die Brücke sei marode.")
    assert names(doc) == ["Anna Berg", "Jan Roth"]
    a = next(a for a in doc.attributions if doc.span_text(a.content[0]) == "die Brücke sei marode")
    assert source_name(doc, a) == "Jan Roth"


def test_both_men_are_the_pair_named_before() -> None:
    doc = en("The sailors Tom Reed and Paul Hart came home on Tuesday. Mayor Jim Cole welcomed them. "
             "In a radio call last month, both men said that the crew had enough food.")
    a = one(doc, "the crew had enough food")
    assert source_name(doc, a) == "Tom Reed"
    assert names(doc) == ["Paul Hart", "Tom Reed"]
    # a pair of another gender than the noun's names no one of them
    doc = en("The sailors Tom Reed and Ann Hart came home on Tuesday. Both men said that the crew had enough food.")
    assert "Ann Hart" not in names(doc)
    doc = de("Die Fischer Jan Roth und Ole Lund kamen spät zurück. Die beiden Männer sagten, das Meer sei ruhig gewesen.")
    assert names(doc) == ["Jan Roth", "Ole Lund"]
    # "both sides" are no two people
    doc = en("The sailors Tom Reed and Paul Hart came home. Both sides said the talks went well.")
    assert names(doc) == ["Both sides"]


def test_a_role_before_the_owner_of_the_role_names_no_person() -> None:
    doc = en("A spokesperson for the Harbour Trust Board said the pier was closed.")
    assert all(s.type != "person" or s.name != "Trust Board" for s in doc.sources)
    doc = en("Secretary of State Anna Berglund said the talks were useful.")
    assert names(doc) == ["Anna Berglund"]


def test_a_person_goes_by_more_than_one_role() -> None:
    doc = de("Der Machthaber Jon Kal will Raketen bauen. Der Diktator sagte, das Land sei stark.")
    assert source_name(doc, one(doc, "das Land sei stark")) == "Jon Kal"


def test_a_party_in_brackets_is_no_part_of_the_name() -> None:
    doc = de("Bundeskanzlerin Anna Berg (CDU) sagte, die Brücke sei sicher.")
    assert names(doc) == ["Anna Berg"]
    doc = de("Die Bundeskanzlerin Anna Berg (CDU), die seit 2005 regiert, sagte, die Brücke sei sicher.")
    assert names(doc) == ["Anna Berg"]


def test_a_count_before_a_group_is_no_part_of_its_name() -> None:
    doc = en("Some cybersecurity experts said the hack came from abroad.")
    assert names(doc) == ["cybersecurity experts"]


def test_a_capitalised_conjunction_inside_a_mention_starts_the_name() -> None:
    from sourcetrace.steps.lexicon import lang
    from sourcetrace.steps.sources import analyse_mention

    assert analyse_mention("Grenzdorf Wenn Jan Roth", lang("de")).name == "Jan Roth"
    assert analyse_mention("Sowohl Roth als auch Lund", lang("de")).name != "auch Lund"


def test_a_reporter_credit_names_no_source() -> None:
    text = ("Tom Reed said the bridge was safe.\n\nJo Hart contributed to this report.")
    doc = en(text)
    assert names(doc) == ["Tom Reed"]


def test_a_role_of_a_party_with_its_adjectives_before_a_name_is_the_persons_role() -> None:
    """'der designierte Ostländer FDP-Klubchef Jan Roth': the name is the source, the words before it
    his role ('Chef' ends a compound as a role: 'Klubchef', 'Parteichef'); issue 7, one entity
    per source, named as the text names him."""
    doc = de("Titel\n\nDer designierte Ostländer FDP-Klubchef Jan Roth sagte, die Wahl müsse wiederholt werden.\n")
    (s,) = doc.sources
    assert (s.name, s.type) == ("Jan Roth", "person")
    assert s.role is not None and s.role.endswith("FDP-Klubchef")
