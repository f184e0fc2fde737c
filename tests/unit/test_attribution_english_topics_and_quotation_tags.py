"""English claims around a topic and a quotation's tag (invented sentences): a topic after "talk about" /
"speak about" is no claim (`verbs._topic_only`), but a quotation after the topic, or after a topic and a
colon, is; "reacted" speaks only as a quotation's tag (`cues.tag_only_forms`), also after a subject in
lower case; speech told inside a quotation whose speaker was not found is still an attribution
(`quoted.speech_in_quotations`)."""

from __future__ import annotations

from tests.attribution_helpers import en, one, source_name, source_text


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


def test_quotation_after_a_topic_and_a_colon_is_the_claim() -> None:
    doc = en("Lena Ortmann commented on the ruling: “It was a sad day for the town.”")
    a = one(doc, "It was a sad day for the town")
    assert (a.mode, a.rule, doc.span_text(a.content[0])) == (
        "direct", "attr.direct.en.v2+topic_colon_quote", "It was a sad day for the town")
    assert en("Lena Ortmann spoke about the budget on Monday.").attributions == []


def test_reacted_is_a_cue_only_as_a_quotation_tag() -> None:
    doc = en("“The bridge is safe. Why would we close it?” reacted Mayor Lena Ortiz.")
    a = one(doc, "The bridge is safe")
    assert source_name(doc, a) == "Lena Ortiz"
    assert en("Ortiz reacted angrily when the council voted against the bridge.").attributions == []
    assert en("The market reacted badly to the news from the port.").attributions == []


def test_reacted_is_a_tag_after_a_subject_in_lower_case() -> None:
    for tag, speaker in (("the mayor reacted", "the mayor"), ("she reacted on Monday", "she"),
                         ("the city’s mayor reacted", "the city’s mayor")):
        doc = en(f"“The ferry will run again in May,” {tag}.")
        a = one(doc, "The ferry will run again in May")
        assert (a.mode, source_text(doc, a)) == ("direct", speaker), tag
    # (outside a tag still no cue: not after another sentence, nor after the tag's own comma)
    assert [a.rule for a in en("“The ferry will run,” the mayor said. The crowd reacted with joy.").attributions] == [
        "attr.direct.en.quote_speaker_cue"]
    assert en("The council reacted with anger to the plan for the ferry.").attributions == []


def test_speech_inside_a_quotation_of_an_unfound_speaker_is_an_attribution() -> None:
    doc = en("The rally went on for hours in the rain.\n\n"
             "“Lena Ortiz said in her speech that the harbour is our future. What future is she talking about? "
             "Is anyone listening?”\n\nThe crowd left at nine.")
    inner = [a for a in doc.attributions if a.rule.endswith("+quoted")]
    assert [(a.mode, doc.span_text(a.content[0]), source_name(doc, a)) for a in inner] == [
        ("indirect", "that the harbour is our future", "Lena Ortiz")]
    outer = one(doc, "Is anyone listening")
    assert outer.mode == "direct" and outer.source is None
