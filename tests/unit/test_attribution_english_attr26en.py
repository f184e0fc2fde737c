"""English attributions, sources and chains of session 26 (attr26en; invented sentences): a topic after
"talk about" / "speak about" is no claim (`verbs._topic_only`); "reacted" speaks only as a quotation's tag
(`cues.tag_only_forms`); speech told inside a quotation whose speaker was not found is still an
attribution (`quoted.speech_in_quotations`); an interview "filed for Sunday's <show>" links to the show
(`chains._aired_on`), and the same speaker's next statements carry the link."""

from __future__ import annotations

from tests.attribution_helpers import en, link_names, one, source_name


def test_a_topic_after_talk_about_is_no_claim() -> None:
    doc = en("The harbour minister spoke about the new ferry schedule for an hour on Monday.\n\n"
             "Mayor Lena Ortiz talked about 40 minutes with the council.")
    assert doc.attributions == []


def test_the_quotation_after_a_topic_is_found_without_the_topic() -> None:
    doc = en("The mayor was talking about the city budget when she told Tom Reed of CNN, "
             "“We are going to cut the bus fares. That is a promise.”")
    a = one(doc, "We are going to cut the bus fares")
    assert a.mode == "direct"
    assert not any("city budget" in doc.span_text(c) for x in doc.attributions for c in x.content)


def test_reacted_is_a_cue_only_as_a_quotation_tag() -> None:
    doc = en("“The bridge is safe. Why would we close it?” reacted Mayor Lena Ortiz.")
    a = one(doc, "The bridge is safe")
    assert source_name(doc, a) == "Lena Ortiz"
    assert en("Ortiz reacted angrily when the council voted against the bridge.").attributions == []
    assert en("The market reacted badly to the news from the port.").attributions == []


def test_speech_inside_a_quotation_of_an_unfound_speaker_is_an_attribution() -> None:
    doc = en("The rally went on for hours in the rain.\n\n"
             "“Lena Ortiz said in her speech that the harbour is our future. What future is she talking about? "
             "Is anyone listening?”\n\nThe crowd left at nine.")
    inner = [a for a in doc.attributions if a.rule.endswith("+quoted")]
    assert [(a.mode, doc.span_text(a.content[0]), source_name(doc, a)) for a in inner] == [
        ("indirect", "that the harbour is our future", "Lena Ortiz")]
    outer = one(doc, "Is anyone listening")
    assert outer.mode == "direct" and outer.source is None


def test_an_interview_filed_for_a_show_links_and_the_speaker_goes_on_with_it() -> None:
    doc = en("“We will publish the budget next month,” Laura Finch told Sam Hale during an interview filed for "
             "Sunday’s Meet the Press.\n\nFinch said the town would wait for the audit.\n\n"
             "“The audit comes first,” she said.")
    for needle in ("We will publish the budget", "the town would wait", "The audit comes first"):
        assert link_names(one(doc, needle)) == ["Meet the Press"], needle
    doc = en("“We will publish the budget next month,” Laura Finch said on Sunday, filed for release later.")
    assert link_names(one(doc, "We will publish the budget")) == []


def test_a_piece_of_a_clause_is_no_listed_source() -> None:
    doc = en("That’s more than what Councillor Ben Adler said the bridge would cost.")
    a = one(doc, "the bridge would cost")
    assert a.rule.endswith("+source.drop.clause")
    assert doc.sources == []


def test_noun_phrases_of_sources_with_a_postmodifier_stay_listed() -> None:
    doc = en("Two people briefed on the talks said the harbour deal was close.\n\n"
             "A person familiar with the matter said the vote would come on Friday.")
    assert source_name(doc, one(doc, "the harbour deal was close")) is not None
    assert source_name(doc, one(doc, "the vote would come on Friday")) is not None
