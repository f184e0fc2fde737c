"""German surveys: a share of a group right after an inverted cue is its subject ("In der Umfrage … erklärten 40
Prozent der Befragten, …", `group_shares` of lexicon.json), the survey its link; a participle before the
survey's noun, also after a time ("einer am Dienstag veröffentlichten Umfrage"), is attributive, no cue. (A
survey found by its noun alone, `outlets.poll_noun_before`, takes its owner in the genitive as its name
(`source.poll.noun+owner`); one found by `poll_before` keeps the survey's own name: not pinned here.)"""

from __future__ import annotations

from tests.attribution_helpers import de, link_names, one, source_text


def test_a_share_of_respondents_speaks_through_the_survey() -> None:
    doc = de("Wie kommen Pendler zur Arbeit? In der jüngsten Umfrage des Fahrradverbands Velo Plus erklärten "
             "knapp 40 Prozent der Befragten, sie nähmen das Rad.")
    a = one(doc, "nähmen das Rad")
    assert source_text(doc, a) == "knapp 40 Prozent der Befragten"
    assert len(link_names(a)) == 1 and "Velo Plus" in link_names(a)[0]


def test_a_share_after_the_verb_in_a_plain_report() -> None:
    doc = de("Am Montag sagte die Mehrheit der Eltern, die Schule beginne zu früh.")
    assert source_text(doc, one(doc, "beginne zu früh")) == "die Mehrheit der Eltern"


def test_a_participle_before_a_noun_after_a_time_is_no_cue() -> None:
    # the participle is no cue: the report's subject is the whole phrase, and the verb after it reports
    doc = de("Eine am Montag veröffentlichte Bilanz des Hafens zeigt, dass der Umschlag sinke.")
    a = one(doc, "Umschlag sinke")
    assert a.rule == "attr.indirect.de.v2" and source_text(doc, a) == "Eine am Montag veröffentlichte Bilanz des Hafens"


def test_a_share_after_the_verb_of_a_subject_before_it_is_its_object() -> None:
    doc = de("Umbau im Werk.\n\n"
             "Die Reederei informierte am Freitag 30 Prozent der Matrosen, dass ihre Schiffe verkauft würden.\n\n"
             "Der Verein warnte die Mehrheit der Mitglieder, dass die Halle schließe.\n")
    assert source_text(doc, one(doc, "Schiffe verkauft")) == "Die Reederei"
    assert source_text(doc, one(doc, "Halle schließe")) == "Der Verein"


# a lower-case adjective before the group's noun, and "die meisten" with its group (session 29)
def test_a_share_of_asked_commuters_with_an_adjective_speaks_through_the_survey() -> None:
    doc = de("Wie kommen Pendler zur Arbeit? In der jüngsten Umfrage des Fahrradverbands Velo Plus erklärten "
             "knapp 40 Prozent der befragten Pendler, sie nähmen das Rad.")
    a = one(doc, "nähmen das Rad")
    assert source_text(doc, a) == "knapp 40 Prozent der befragten Pendler"
    assert len(link_names(a)) == 1 and "Velo Plus" in link_names(a)[0]


def test_most_of_a_group_after_the_verb_is_its_subject() -> None:
    doc = de("Reform in der Kritik.\n\n"
             "In der Erhebung der Kammer sagten die meisten befragten Ärztinnen, die Reform komme zu spät.\n")
    assert source_text(doc, one(doc, "komme zu spät")) == "die meisten befragten Ärztinnen"


def test_a_share_with_an_adjective_after_a_subject_before_the_verb_is_its_object() -> None:
    doc = de("Umbau im Werk.\n\n"
             "Die Reederei informierte am Freitag 30 Prozent der neuen Matrosen, dass ihre Schiffe verkauft würden.\n\n"
             "Der Verein warnte die meisten jungen Mitglieder, dass die Halle schließe.\n")
    assert source_text(doc, one(doc, "Schiffe verkauft")) == "Die Reederei"
    assert source_text(doc, one(doc, "Halle schließe")) == "Der Verein"
