"""German surveys: a share of a group right after an inverted cue is its subject ("In einer Umfrage … sagten 40
Prozent der Befragten, …", `group_shares` of lexicon.json), the survey its link; a participle before the
survey's noun, also after a time ("einer am Dienstag veröffentlichten Umfrage"), is attributive, no cue. (A
survey found by its noun alone, `outlets.poll_noun_before`, takes its owner in the genitive as its name
(`source.poll.noun+owner`); one found by `poll_before` keeps the survey's own name: not pinned here.)"""

from __future__ import annotations

from attribution_helpers import de, link_names, one, source_text


def test_a_share_of_respondents_speaks_through_the_survey() -> None:
    doc = de("In einer am Dienstag veröffentlichten Umfrage des Fahrradverbands Velo Plus sagten 40 Prozent der "
             "Befragten, sie würden öfter mit dem Rad fahren. Vor einem Jahr waren es laut Velo Plus nur 20 Prozent.")
    a = one(doc, "öfter mit dem Rad")
    assert source_text(doc, a) == "40 Prozent der Befragten"
    assert len(link_names(a)) == 1 and "Velo Plus" in link_names(a)[0]


def test_a_share_after_the_verb_in_a_plain_report() -> None:
    doc = de("Am Montag sagte die Mehrheit der Eltern, die Schule beginne zu früh.")
    assert source_text(doc, one(doc, "beginne zu früh")) == "die Mehrheit der Eltern"


def test_a_participle_before_a_noun_after_a_time_is_no_cue() -> None:
    doc = de("Die am Montag veröffentlichte Bilanz des Hafens fiel gut aus.")
    assert doc.attributions == []
