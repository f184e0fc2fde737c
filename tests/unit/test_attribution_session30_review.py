"""Review of the session 30 rules (sentences of our own; issue 7): variants around the new rules that
went wrong — the author who did not ask gets no answer ("Wir fragen nicht den Wirt, ob …"); a
name in apposition right under a heading is the name alone, not the heading's last word with it; a
verb of belief as a tag with a negation in it reports no view ("…, glaubt die Forscherin nicht.")."""

from __future__ import annotations

from tests.attribution_helpers import de, joined_contents, one, source_name


def test_no_answer_is_given_to_a_question_the_author_did_not_ask() -> None:
    asked = de("Titel\nWir fragen den Schmied, ob die Arbeit gut laufe. «Nein, es gibt kaum Aufträge.»")
    a = one(asked, "kaum Aufträge")
    assert a.rule == "attr.direct.de.asked" and source_name(asked, a) == "Schmied"
    for text in ("Titel\nWir fragen nicht den Schmied, ob die Arbeit gut laufe. «Nein, es gibt kaum Aufträge.»",
                 "Titel\nDen Schmied fragen wir nicht, ob die Arbeit gut laufe. «Nein, es gibt kaum Aufträge.»"):
        doc = de(text)
        assert one(doc, "kaum Aufträge").rule != "attr.direct.de.asked"
        assert source_name(doc, one(doc, "kaum Aufträge")) != "Schmied"


def test_a_name_in_apposition_under_a_heading_leaves_the_heading_out() -> None:
    doc = de("Chorprobe\nJana Holm, die Leiterin des Chors, lachte nur. «Wir singen weiter.»")
    assert source_name(doc, one(doc, "singen weiter")) == "Jana Holm"
    assert not any("\n" in s.name for s in doc.sources)


def test_a_negated_belief_as_a_tag_reports_no_view() -> None:
    held = de("Titel\nDas Eis am Nordhang schmelze bis Juni, glaubt die Forscherin.")
    assert source_name(held, one(held, "schmelze bis Juni")) == "Forscherin"
    for text in ("Titel\nDas Eis am Nordhang schmelze bis Juni, glaubt die Forscherin nicht.",
                 "Titel\nDas Eis am Nordhang schmelze bis Juni, erwartet keiner der Forscher."):
        assert not any("schmelze" in c for c in joined_contents(de(text)))
