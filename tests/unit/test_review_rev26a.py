"""Fixes of the session-26 review (rev26a) of the first wave's attribution rules, on invented
sentences: "reacted" as a quotation's tag also after a subject in lower case."""

from __future__ import annotations

from tests.attribution_helpers import en, one, source_text


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
