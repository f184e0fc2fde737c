"""German attributions and sources of session 25 (attr25de), on our own invented sentences: a tag
after an indicative clause and a Konjunktiv clause, a pluperfect tag after a clause with "weil",
a noun of a person of one gender that stands for the person named before it, a share of respondents
that speaks through the survey named before, a country's broadcaster told something, an infinitive
cue inside what a tag reports."""

from __future__ import annotations

from attribution_helpers import de, link_names, names, one, source_name, source_text


def test_tag_after_an_indicative_then_a_konjunktiv_clause_reports_the_konjunktiv_clause() -> None:
    doc = de("Der Sturm zog in der Nacht über das Tal. Teile der Halle standen unter Wasser, die ganze "
             "Fertigung ruhe vorerst, sagte eine Sprecherin des Herstellers.")
    a = one(doc, "Fertigung ruhe vorerst")
    assert doc.span_text(a.content[0]) == "die ganze Fertigung ruhe vorerst"
    assert a.rule.endswith("+konjunktiv_clause")
    assert source_text(doc, a) == "eine Sprecherin des Herstellers"


def test_first_person_clause_before_the_konjunktiv_clause_stays_in_the_content() -> None:
    doc = de("Der Rat tagte lange. Wir sind bereit, die Lage sei aber ernst, sagte der Bürgermeister.")
    a = one(doc, "Lage sei aber ernst")
    assert doc.span_text(a.content[0]).startswith("Wir sind bereit")
    assert "+konjunktiv_clause" not in a.rule


def test_a_single_konjunktiv_clause_keeps_its_tag() -> None:
    doc = de("Die Bahn meldete Verspätungen. Die Strecke sei wieder frei, sagte ein Sprecher der Bahn.")
    a = one(doc, "Strecke sei wieder frei")
    assert doc.span_text(a.content[0]) == "Die Strecke sei wieder frei"
    assert "+konjunktiv_clause" not in a.rule


def test_pluperfect_tag_after_a_konjunktiv_clause_with_weil() -> None:
    doc = de("Die Regierung legte einen Plan vor. Die Reform werde nicht scheitern, weil sonst das Bündnis "
             "zerbrechen würde, hatte Verkehrsministerin Petra Lindholm erklärt.")
    a = one(doc, "Reform werde nicht scheitern")
    assert a.rule.startswith("attr.indirect.de.postposed_aux")
    assert source_name(doc, a) == "Petra Lindholm"


def test_relative_clause_before_a_perfect_main_clause_is_no_claim() -> None:
    doc = de("Der Chef der Firma, der den Vertrag unterschrieben hatte, hat nun seinen Rückzug angekündigt.")
    assert doc.attributions == []


def test_boy_named_before_is_the_source_of_the_boy() -> None:
    doc = de("Jonas Keller, 14 Jahre alt, lebt seit einem Jahr in Graz. Die Schule sei schwer, aber er "
             "lerne schnell, erzählt der Bub. Später sagte Keller, er wolle Arzt werden.")
    a = one(doc, "Schule sei schwer")
    assert source_name(doc, a) == "Jonas Keller"
    assert names(doc) == ["Jonas Keller"]


def test_a_man_is_no_one_named_before() -> None:
    doc = de("Jonas Keller leitet die Schule. Ein Mann kam am Abend vorbei. Die Tür sei offen gewesen, "
             "erzählt der Mann.")
    a = one(doc, "Tür sei offen gewesen")
    assert source_name(doc, a) != "Jonas Keller"
    assert source_text(doc, a) == "der Mann"


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


def test_told_the_national_broadcaster_is_a_link_but_on_national_tv_is_not() -> None:
    told = de("Der Minister trat zurück. Das Amt sei verloren, sagte der Historiker Jon Arnason dem "
              "norwegischen Fernsehen.")
    assert link_names(one(told, "Amt sei verloren")) == ["norwegischen Fernsehen"]
    on_tv = de("Der Minister trat zurück. Das Amt sei verloren, sagte der Historiker Jon Arnason im "
               "norwegischen Fernsehen.")
    assert link_names(one(on_tv, "Amt sei verloren")) == []


def test_infinitive_cue_inside_what_the_tag_reports() -> None:
    doc = de("Der Trainer wurde entlassen. Man darf nicht zuerst alles versprechen und dann sagen, es "
             "gibt kein Geld, sagte der Sportchef Jon Arnason.")
    a = one(doc, "Man darf nicht zuerst alles versprechen")
    assert source_name(doc, a) == "Jon Arnason"


def test_person_before_an_apposition_that_names_an_outlet_is_the_source() -> None:
    doc = de("Die Pläne wurden am Freitag bekannt. Die Regeln hätten große Lücken, sagte Karl Berger, Leiter der "
             "Datenredaktion des NDR, am Abend.")
    assert source_name(doc, one(doc, "Regeln hätten große Lücken")) == "Karl Berger"
    assert "NDR" not in names(doc)


def test_name_with_particles_after_a_long_description() -> None:
    doc = de("Der Kran stürzte um. Der Mitgründer der Stiftung für Denkmalschutz mit Sitz in Bern, Irfan "
             "al-Hadi, sagte, die Behörden hätten nichts getan.")
    assert source_name(doc, one(doc, "Behörden hätten nichts getan")) == "Irfan al-Hadi"


def test_weekday_and_part_of_day_after_the_speaker_is_no_part_of_the_name() -> None:
    doc = de("Die Straße blieb gesperrt. Der Verkehr werde umgeleitet, erklärte eine Sprecherin der Stadtwerke Lindau Dienstagabend.")
    assert source_text(doc, one(doc, "Verkehr werde umgeleitet")) == "eine Sprecherin der Stadtwerke Lindau"


def test_post_link_run_into_the_text_ends_the_sentence() -> None:
    doc = de("Der Sturm kam am Nachmittag. Bäume am Ufer #Sturm pic.twitter.com/Ab3dE5fG Die Bürgermeisterin "
             "der Gemeinde, Anna Huber, erklärte am Abend, der Wind habe binnen einer Stunde mehrere Dächer "
             "abgedeckt.")
    a = one(doc, "mehrere Dächer")
    assert source_name(doc, a) == "Anna Huber"
    assert not any("pic.twitter.com" in doc.span_text(s.span) and "Bürgermeisterin" in doc.span_text(s.span) for s in doc.sentences)


def test_eigenen_angaben_take_no_genitive_owner() -> None:
    doc = de("Der Sender Radio Lindau ist nach eigenen Angaben der größte des Landes.")
    a = one(doc, "größte des Landes")
    assert source_text(doc, a) == "eigenen Angaben"


def test_survey_named_by_a_hyphenated_compound_is_the_poll_of_a_bare_share() -> None:
    doc = de("Die Lage am Arbeitsmarkt bleibt schwierig. Für die neue AMS-Erhebung wurden Arbeitslose in Graz "
             "befragt. Etwa 15 Prozent sagen, dass sie seit Jahren keine Stelle finden.")
    assert link_names(one(doc, "keine Stelle finden")) == ["AMS-Erhebung"]
