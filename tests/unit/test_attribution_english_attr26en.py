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
    doc = en("“We will publish the budget next month,” Laura Finch told Sam Hale in an interview taped for "
             "Monday’s Face the Nation.\n\nFinch said the town would wait for the audit.\n\n"
             "“The audit comes first,” she said.")
    for needle in ("We will publish the budget", "the town would wait", "The audit comes first"):
        assert link_names(one(doc, needle)) == ["Face the Nation"], needle
    doc = en("“We will publish the budget next month,” Laura Finch said on Sunday, filed for release later.")
    assert link_names(one(doc, "We will publish the budget")) == []


def test_a_piece_of_a_clause_is_no_listed_source() -> None:
    doc = en("That’s more than what Councillor Ben Adler said the bridge would cost.")
    a = one(doc, "the bridge would cost")
    assert a.rule.endswith("+source.drop.clause")
    assert doc.sources == []


def test_noun_phrases_of_sources_with_a_postmodifier_stay_listed() -> None:
    doc = en("Three people briefed on the ferry plans said the harbour deal was close.\n\n"
             "A person familiar with the matter said the vote would come on Friday.")
    assert source_name(doc, one(doc, "the harbour deal was close")) is not None
    assert source_name(doc, one(doc, "the vote would come on Friday")) is not None


def test_an_indefinite_role_opens_a_new_source_but_repeated_indefinites_are_one() -> None:
    doc = en("The spokesman for the port said the ships were delayed. Later a spokesman said the trains would run.")
    assert source_name(doc, one(doc, "the ships were delayed")) is not None
    a, b = one(doc, "the ships were delayed"), one(doc, "the trains would run")
    assert a.source != b.source
    doc = en("An officer said the door was locked. An officer shouted that the room was empty.")
    assert one(doc, "the door was locked").source == one(doc, "the room was empty").source
    assert [s.name for s in doc.sources] == ["officer"]


def test_a_prince_named_by_title_is_a_person_a_pronoun_points_at() -> None:
    doc = en("Prince Edmund arrived in Oslo on Monday for a visit to the harbour.\n\n"
             "He said the visit was private and would end on Friday.")
    assert source_name(doc, one(doc, "the visit was private")) == "Edmund"


def test_a_description_of_a_business_agrees_with_the_kind_its_name_tells() -> None:
    from sourcetrace.steps.sources.admit import _firm_kinds, _kind_agrees

    kinds = _firm_kinds("en")
    assert _kind_agrees(["Acme", "Bank"], kinds["bank"], kinds)
    assert _kind_agrees(["Acme"], kinds["bank"], kinds)  # (a name that tells no kind)
    assert not _kind_agrees(["Harbor", "Records"], kinds["bank"], kinds)
    assert _kind_agrees(["Harbor", "Records"], kinds["label"], kinds)


def test_a_name_written_before_is_found_as_whole_words_only() -> None:
    from sourcetrace.document import Document, Source
    from sourcetrace.steps.sources.admit import _person_written_before
    from sourcetrace.steps.sources.registry import Registry

    text = "Anna Bergmann spoke first. Then the teacher spoke."
    reg = Registry(Document(text=text))
    src = Source("s1", "Anna Berg", "person", "source.person")
    reg.sources.append(src)
    reg.by_id["s1"] = src
    reg.person_tokens["s1"] = {"anna", "berg"}
    assert _person_written_before(reg.doc, reg, text.index("the teacher"), "f") is None
    reg.doc.text = "Anna Berg spoke first. Then the teacher spoke."
    assert _person_written_before(reg.doc, reg, reg.doc.text.index("the teacher"), "f") == "s1"


def test_the_answer_to_the_interviewers_question_keeps_the_interview_link() -> None:
    doc = en("“We will close the port,” Mayor Lena Ortiz told Tom Reed of CNN on Monday.\n\n"
             "Reed then asked, “For how long?”\n\n"
             "“For a month, maybe two,” Ortiz responded.\n\n"
             "The council met on Tuesday.\n\n"
             "“It was the right call,” Ortiz said.")
    assert link_names(one(doc, "We will close the port")) == ["CNN"]
    assert link_names(one(doc, "For a month, maybe two")) == ["CNN"]
    assert link_names(one(doc, "It was the right call")) == []  # (narration between: another occasion)
