"""Role nouns before a name and business names in source naming (session 26, issue 9 item 7):
a role before two capitalised words is the person's role, not part of the name, and a name that
ends in a business's word is a company's, no person's. Sentences are invented."""
from __future__ import annotations

import pytest

from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.mentions import analyse_mention


@pytest.mark.parametrize("mention, name, role", [
    ("Kämmerer Ole Brink", "Ole Brink", "Kämmerer"),  # a listed role (person_roles)
    ("Stadtratsmitglied Ida Sand", "Ida Sand", "Stadtratsmitglied"),  # a compound of a listed role
    ("Orgelbauerin Wiebke Tann", "Wiebke Tann", "Orgelbauerin"),  # unlisted, a role's ending (role_noun_endings)
    ("Schatzmeisterin Ruth Elm", "Ruth Elm", "Schatzmeisterin"),
])
def test_a_german_role_before_two_name_words_is_no_part_of_the_name(mention: str, name: str, role: str) -> None:
    info = analyse_mention(mention, lang("de"))
    assert (info.name, info.type, info.role) == (name, "person", role)


@pytest.mark.parametrize("mention", ["Anna Maria Berg", "Karl Heinz Moor"])
def test_three_name_words_without_a_role_stay_one_name(mention: str) -> None:
    info = analyse_mention(mention, lang("de"))
    assert (info.name, info.type) == (mention, "person")


@pytest.mark.parametrize("code, mention", [("en", "Brandt Chemie"), ("de", "Brandt Chemie"),
                                           ("en", "Holm Logistics"), ("de", "Nordhafen Logistik")])
def test_a_name_that_ends_in_a_business_word_is_a_company(code: str, mention: str) -> None:
    info = analyse_mention(mention, lang(code))
    assert (info.name, info.type) == (mention, "company")


def test_sources_of_an_article_keep_roles_out_of_names() -> None:
    from sourcetrace.api import analyze

    doc = analyze("Der Gemeinderat hat am Montag die neue Buslinie beschlossen. Imkerin Greta Lorn sagte, "
                  "die Blühstreifen an der Strecke seien ein Gewinn. Brandt Logistik erklärte, man werde die "
                  "Depots früher öffnen.", lang="de", date="2026-05-04")
    got = {s.name: s.type for s in doc.sources}
    assert got.get("Greta Lorn") == "person" and "Imkerin Greta Lorn" not in got
    assert got.get("Brandt Logistik") == "company"
