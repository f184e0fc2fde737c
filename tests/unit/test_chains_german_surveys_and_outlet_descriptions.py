"""German links to surveys and outlets (invented sentences): a share of respondents speaks through the
survey named before by its noun (also a hyphenated compound), a share of another group does not; a
country's broadcaster told something is a link, "im Fernsehen" is not; a description of an outlet
("dem Blatt", "der Agentur") stands only for an outlet of its kind named before (`kinds.outlet_kinds_agree`)."""

from __future__ import annotations

from tests.attribution_helpers import de, link_names, one


def test_share_of_respondents_speaks_through_the_survey_named_by_its_noun() -> None:
    doc = de("Graz – Die Arbeiterkammer befragte in einer Onlineumfrage im Frühjahr Lehrlinge aller Branchen. "
             "Etwa 45 Prozent der Befragten meinten, dass die Aufgaben im Betrieb zu "
             "eintönig seien. Mehr als die Hälfte erklärte, dass die Berufsschule zu wenig Praxis biete.")
    assert link_names(one(doc, "Betrieb zu eintönig")) == ["Onlineumfrage"]
    assert link_names(one(doc, "zu wenig Praxis")) == ["Onlineumfrage"]


def test_share_of_another_group_is_no_respondent_of_a_survey() -> None:
    doc = de("Die Erhebung des Amtes zeigt steigende Mieten. Im Landtag gab die Hälfte der Abgeordneten an, "
             "dass sie die Reform ablehne.")
    assert link_names(one(doc, "die Reform ablehne")) == []


def test_survey_named_by_a_hyphenated_compound_is_the_poll_of_a_bare_share() -> None:
    doc = de("Die Lage am Arbeitsmarkt bleibt schwierig. Für die neue AMS-Erhebung wurden Arbeitslose in Graz "
             "befragt. Etwa 15 Prozent sagen, dass sie seit Jahren keine Stelle finden.")
    assert link_names(one(doc, "keine Stelle finden")) == ["AMS-Erhebung"]


def test_told_the_national_broadcaster_is_a_link_but_on_national_tv_is_not() -> None:
    told = de("Der Minister trat zurück. Das Amt sei verloren, sagte der Historiker Jon Arnason dem "
              "norwegischen Fernsehen.")
    assert link_names(one(told, "Amt sei verloren")) == ["norwegischen Fernsehen"]
    on_tv = de("Der Minister trat zurück. Das Amt sei verloren, sagte der Historiker Jon Arnason im "
               "norwegischen Fernsehen.")
    assert link_names(one(on_tv, "Amt sei verloren")) == []


def test_the_paper_described_is_the_paper_named_before_not_the_agency() -> None:
    doc = de("Der Bürgermeister von Lindenau ist zurückgetreten. Das berichtete die Nachrichtenagentur Nordpress "
             "am Montag. Der Rücktritt sei seit Wochen erwartet worden, meldete die Zeitung Lindenauer Bote. "
             "Ein Sprecher des Innenministeriums sagte dem Blatt, man prüfe die Vorgänge.")
    assert link_names(one(doc, "man prüfe die Vorgänge")) == ["Lindenauer Bote"]


def test_the_agency_described_is_the_agency_even_after_a_paper() -> None:
    doc = de("Die Nachrichtenagentur Nordpress meldete, im Hafen brenne es. Die Zeitung Lindenauer Bote schrieb, "
             "es gebe drei Verletzte. Ein Sprecher der Feuerwehr sagte der Agentur, der Brand sei gelöscht.")
    assert link_names(one(doc, "der Brand sei gelöscht")) == ["Nordpress"]


def test_a_description_of_an_outlet_agrees_only_with_an_outlet_of_its_kind() -> None:
    from sourcetrace.document import Source
    from sourcetrace.steps.sources.kinds import outlet_kinds_agree

    paper = Source("s1", "Lindenauer Tageszeitung", "media", "source.outlet")
    agency = Source("s2", "Nordpress", "news_agency", "source.outlet")
    plain = Source("s3", "Nordwelle", "media", "source.outlet")  # (a name that tells no kind)
    assert outlet_kinds_agree("dem Blatt", paper, "de") and not outlet_kinds_agree("dem Blatt", agency, "de")
    assert outlet_kinds_agree("der Agentur", agency, "de") and not outlet_kinds_agree("der Agentur", paper, "de")
    assert outlet_kinds_agree("dem Blatt", plain, "de")
    assert not outlet_kinds_agree("der Agentur", plain, "de")  # (an agency only by its kind)
    assert outlet_kinds_agree("dem Medium", paper, "de")  # (a description of no kind)
    assert outlet_kinds_agree("the paper", agency, "en")  # (a language without the table)
