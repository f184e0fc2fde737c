"""A clean source list (issue 7, session 12; sentences of our own): credit lines name no source,
a place is no person, a dateline is no part of a name, a role of a body points back at its
holder, the account that posted is the person who holds it, the police are typed so."""

from __future__ import annotations

from tests.attribution_helpers import de, names, one, source_name

import sourcetrace
from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources import analyse_mention


def test_an_agency_credited_for_the_copy_is_a_link_but_no_source() -> None:
    doc = de("Kiel (dpa) – Die Fähre bleibt bis Freitag im Hafen, sagte der Bürgermeister Ole Lund.")
    a = one(doc, "Die Fähre bleibt")
    assert [(v.name, v.rule) for v in a.via] == [("dpa", "via.credit")]
    assert names(doc) == ["Ole Lund"]
    en = sourcetrace.analyze("The ferry will stay in port, Mayor Ole Lund said.\n\nReuters contributed to this report.",
                             date="2024-10-13", lang="en")
    assert names(en) == ["Ole Lund"]
    # an agency the text also cites stays in the list
    doc = de("Kiel (dpa) – Die Fähre bleibt im Hafen, sagte Ole Lund der dpa.")
    assert "dpa" in names(doc)


def test_a_place_is_no_full_name_of_a_person() -> None:
    assert analyse_mention("Bezirk Lindental", lang("de")).type != "person"
    assert analyse_mention("Das Ausmaß der Gewalt", lang("de")).type != "person"  # no article inside a name
    doc = de("Der Ort kommt im Jänner zum Bezirk Lindental. Lindental erklärte, man freue sich auf die neuen Bürger.")
    assert all(s.type != "person" for s in doc.sources) and "Bezirk Lindental" not in names(doc)


def test_a_dateline_is_no_part_of_the_name() -> None:
    info = analyse_mention("Kiel – Die Polizei", lang("de"))
    assert info.name == "Polizei" and info.type == "police"
    assert analyse_mention("the state police", lang("en")).type == "police"


def test_a_role_of_a_body_points_back_at_its_holder_de() -> None:
    info = analyse_mention("dem Kammer-Chef", lang("de"))
    assert info.type == "person" and info.description
    doc = de("Kammer-Chef Karl Berger stellte am Montag die Bilanz vor. Die Zahl der Mitglieder sei gestiegen, "
             "sagte Berger. Die Beiträge sollen laut dem Kammer-Chef sinken.")
    assert source_name(doc, one(doc, "Beiträge sollen")) == "Karl Berger"
    assert names(doc) == ["Karl Berger"]


def test_the_account_that_posted_is_the_person_who_holds_it() -> None:
    page = ("<html><body><article><p>Bürgermeisterin Lena Kai sagte am Montag, die Fähre fahre wieder.</p>"
            '<blockquote class="twitter-tweet"><p lang="de">Die Fähre fährt wieder!</p>&mdash; Lena Kai (@lenakai_ex) '
            '<a href="https://twitter.com/lenakai_ex/status/2">3. Mai 2026</a></blockquote>'
            "<p>Die Reederei bestätigte das.</p></article></body></html>")
    doc = sourcetrace.analyze(page, date="2026-05-04", lang="de")
    post = next(a for a in doc.attributions if a.mode == "social_post")
    spoken = one(doc, "die Fähre fahre wieder")
    assert post.source == spoken.source
    src = next(s for s in doc.sources if s.id == post.source)
    assert src.type == "person" and "@lenakai_ex" in src.aliases


def test_a_capitalised_title_before_a_name_is_a_role_en() -> None:
    info = analyse_mention("Police Chief Ed Alvarez", lang("en"))
    assert (info.name, info.type, info.role) == ("Ed Alvarez", "person", "Police Chief")


def test_a_name_then_its_role_in_apposition_is_the_person_en() -> None:
    info = analyse_mention("Chris Lo, Harbour City’s new fire commissioner", lang("en"))
    assert (info.name, info.type) == ("Chris Lo", "person")
    info = analyse_mention("Sonya A. Berg, Lee’s attorney", lang("en"))
    assert (info.name, info.type) == ("Sonya A. Berg", "person")


def test_a_name_that_lost_its_space_is_one_person_with_its_surname_de() -> None:
    doc = de("Die Lage sei ernst, sagte Bürgermeister KarlBerger am Montag. Man brauche mehr Geld, erklärte Berger.")
    assert len(doc.sources) == 1 and doc.sources[0].type == "person"
