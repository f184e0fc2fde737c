"""Chains of session 17 (issue 7) that carry on or stand apart from the cue, on sentences of our
own: the outlet of an interview carried across a line of narration or a sub-heading into the
same speaker's next plain claim and into "so X" (German), an outlet after "on" where one spoke
(English, also fronted), a body cited by a lower-case name ("citing the regional transport
commission"), and what stays no link (another occasion, another speaker, a thing of a medium)."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one

from sourcetrace.document import Attribution

analyze = partial(analyse, date="2025-05-06")


def links(a: Attribution) -> list[tuple[str, str]]:
    return [(v.name, v.position) for v in a.via if v.rule != "via.credit"]


def test_interview_outlet_carries_across_a_sub_heading_and_into_so_de() -> None:
    doc = analyze("Die Ministerin sagte im Gespräch mit der Zeitung Nordblick, die Reform komme.\nKlare Worte\n"
                  "Die Ministerin warnte davor, die Kosten zu unterschätzen. Es gehe um viel Geld. "
                  "Das Geld ist knapp, so die Ministerin.", "de")
    link = [("Nordblick", "downstream")]
    assert links(one(doc, "die Reform komme")) == link
    assert links(one(doc, "Kosten zu unterschätzen")) == link
    assert links(one(doc, "Es gehe um viel Geld")) == link
    assert links(one(doc, "Das Geld ist knapp")) == link


def test_carried_outlet_stops_at_narration_or_another_time_de() -> None:
    # (review17 #1: a line of narration in the run of the text, or one that names another time, ends the occasion)
    doc = analyze("„Der Plan ist gut“, sagte die Ministerin am Montag im ZDF. Das sei ein Fehler, sagte die Ministerin.", "de")
    assert links(one(doc, "Das sei ein Fehler")) == [("ZDF", "downstream")]
    doc = analyze("„Der Plan ist gut“, sagte die Ministerin am Montag im ZDF. Zwei Wochen später lehnte der Landtag "
                  "sie ab. Das sei ein Fehler, sagte die Ministerin.", "de")
    assert links(one(doc, "Das sei ein Fehler")) == []
    doc = analyze("„Der Plan ist gut“, sagte die Ministerin am Montag im ZDF.\nZwei Wochen später\n"
                  "Das sei ein Fehler, sagte die Ministerin.", "de")
    assert links(one(doc, "Das sei ein Fehler")) == []


def test_carried_outlet_stops_at_another_occasion_or_speaker_en() -> None:
    doc = analyze('"The plan works," the mayor told CNN. It would pass easily, she said.', "en")
    assert links(one(doc, "pass easily")) == [("CNN", "downstream")]
    doc = analyze('"The plan works," the mayor told CNN.\nA long road\nIt would pass easily, she said.', "en")
    assert links(one(doc, "pass easily")) == [("CNN", "downstream")]
    doc = analyze('"The plan works," the mayor told CNN on Monday. Two weeks later, the council voted against it. '
                  "It would never pass now, she said.", "en")
    assert links(one(doc, "never pass now")) == []
    doc = analyze('"The plan works," the mayor told CNN. The city has spent two years on it. It would pass easily, she said.', "en")
    assert links(one(doc, "pass easily")) == []
    doc = analyze('"The plan works," the mayor told CNN. Later at a rally, she said it would pass easily.', "en")
    assert links(one(doc, "pass easily")) == []
    doc = analyze('"The plan works," the mayor told CNN. The plan is too costly, the treasurer said. '
                  "It would fail, the mayor said.", "en")
    assert links(one(doc, "It would fail")) == []


def test_outlet_after_on_where_one_spoke_en() -> None:
    doc = analyze("On Sunday on MSNBC, Dana Cole said the ferry fares must come down.", "en")
    assert links(one(doc, "ferry fares")) == [("MSNBC", "downstream")]
    doc = analyze("Dana Cole said Sunday on MSNBC that the ferry fares must come down.", "en")
    assert links(one(doc, "ferry fares")) == [("MSNBC", "downstream")]
    doc = analyze("Dana Cole commented on CNN's decision, saying it was wrong.", "en")
    assert links(one(doc, "it was wrong")) == []


def test_on_an_outlet_after_no_verb_of_speaking_is_no_link_en() -> None:
    # (review17 #2: "on" after a noun or a verb that takes it as its object is no place where one spoke)
    for text in ("Dana Cole declined to comment on Reuters, saying the agency had misquoted her.",
                 "Dana Cole, asked about a report on CNN, said the ferry fares must come down.",
                 "Dana Cole looked back on Fox News and said the ferry fares must come down.",
                 "Dana Cole commented on CNN, saying the network had lost its way."):
        doc = analyze(text, "en")
        assert all(links(a) == [] for a in doc.attributions), text


def test_a_show_of_an_outlet_fronted_en() -> None:
    doc = analyze("On Sunday on MSNBC's Morning Desk, Dana Cole said the ferry fares must come down.", "en")
    assert [n for n, _ in links(one(doc, "ferry fares"))] == ["MSNBC"]


def test_a_body_cited_by_a_lower_case_name_en() -> None:
    doc = analyze("The ferry was halted in the bay, the wire service reported, citing the regional transport commission.", "en")
    assert links(one(doc, "ferry was halted")) == [("regional transport commission", "upstream")]


def test_a_meeting_with_an_outlets_editorial_board_en() -> None:
    doc = analyze('In a meeting with the Boston Globe\'s editorial board, Dana Cole said: "The ferry fares must come down."', "en")
    assert links(one(doc, "ferry fares")) == [("The Boston Globe", "downstream")]
    doc = analyze("In a meeting with local farmers, Dana Cole said the ferry fares must come down.", "en")
    assert links(one(doc, "ferry fares")) == []


def test_the_one_quoted_speaks_next_through_the_one_quoting_de() -> None:
    doc = analyze("Beim Empfang zitierte der Bürgermeister Jan Roth die Einschätzung des Hafenmeisters. Der Hafenmeister "
                  "sei sicher, dass die Mole halte. Die Fähre könne bleiben.", "de")
    for needle in ("Mole halte", "Fähre könne bleiben"):
        a = one(doc, needle)
        assert links(a) == [("Jan Roth", "downstream")], needle
        assert "Hafenmeister" in (doc.span_text(a.source_span) if a.source_span else "")
    # a sentence without a verb of quoting keeps its subject as the speaker
    doc = analyze("Am Morgen hatte Jan Roth die Mole besichtigt. Der Zeitplan sei zu halten.", "de")
    assert links(one(doc, "Zeitplan sei zu halten")) == []
