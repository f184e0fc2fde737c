"""Rules attr.direct.untagged.own_tag and attr.direct.untagged.tag_before (session 39, issue 7, both
languages): a quotation whose own tag names its speaker with a verb of no cue lexicon ('“…!” an officer
shouts.', '“…,” the statement continued.') is that speaker's; an untagged quotation goes on with the one
the tag of the quotation just before names, when that tag's verb claims nothing (it sighs, urges, asks) so
that no attribution with a speaker covers the quotation before; the last attribution's speaker
(`+inherit`) is further back. Our own invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import de, en, one, source_name


def test_german_quotation_after_a_sighed_tag_is_the_sighers() -> None:
    doc = de("Im Büro der Zeitung\n\n"
             "Redakteur Paul Imhof sitzt am Fenster. «Das Wetter wird morgen besser», sagt er zu seiner Kollegin. "
             "«Ach, bitte nicht schon wieder», seufzt Marlene Vogt am Nebentisch. "
             "«Das höre ich jetzt seit einer Woche jeden Tag.»\n")
    a = one(doc, "Das höre ich jetzt")
    assert source_name(doc, a) == "Marlene Vogt"
    assert a.rule.startswith("attr.direct.untagged.tag_before")


def test_english_quotation_after_an_urged_tag_is_the_urgers() -> None:
    doc = en("Harbor council votes on new ferry\n\n"
             "\"The new boats will arrive in March,\" said Tom Ridley, the harbor master.\n\n"
             "\"We should wait another year,\" said Nora Bell, a council member.\n\n"
             "\"Vote for the plan tonight,\" Ridley urged. \"The money will not be there next year.\"\n")
    a = one(doc, "The money will not be there")
    assert source_name(doc, a) == "Tom Ridley"
    assert a.rule.startswith("attr.direct.untagged.tag_before")


def test_a_tagged_quotation_before_keeps_its_speaker_going_on() -> None:
    # the quotation before has an attribution of its own: its speaker goes on as before (+inherit)
    doc = en("Harbor council votes on new ferry\n\n"
             "\"The new boats will arrive in March,\" said Tom Ridley, the harbor master. "
             "\"They are already paid for.\"\n")
    a = one(doc, "They are already paid for")
    assert source_name(doc, a) == "Tom Ridley"
    assert "tag_before" not in a.rule


def test_narration_between_the_quotations_is_no_tag() -> None:
    doc = en("Harbor council votes on new ferry\n\n"
             "\"The new boats will arrive in March,\" said Tom Ridley, the harbor master.\n\n"
             "\"Vote for it,\" read a banner. Nora Bell watched the crowd from the back of the hall. "
             "\"We will see what happens.\"\n")
    a = one(doc, "We will see what happens")
    assert "tag_before" not in a.rule


def test_english_quotation_with_its_own_tag_of_no_cue_is_the_taggers() -> None:
    doc = en("Ferry company answers critics\n\n"
             "Officers climbed the stairs to the flat on Friday night.\n\n"
             "\"Open the door, we are coming in now!\" an officer shouts.\n")
    a = one(doc, "Open the door")
    assert source_name(doc, a) == "officer"
    assert a.rule.startswith("attr.direct.untagged.own_tag")


def test_english_statement_that_continues_is_the_speaker_of_its_quotation_and_the_next() -> None:
    doc = en("Ferry company answers critics\n\n"
             "The Northgate Ferry Company published a statement on Monday. \"The new timetable will add four crossings "
             "a day and cut the waiting time for trucks,\" the statement continued. \"We thank our passengers.\"\n")
    first, second = one(doc, "The new timetable will add"), one(doc, "We thank our passengers")
    assert first.rule.startswith("attr.direct.untagged.own_tag")
    assert source_name(doc, first) == source_name(doc, second) is not None


def test_a_first_person_tag_names_no_speaker() -> None:
    doc = de("Im Büro der Zeitung\n\n"
             "Redakteur Paul Imhof sitzt am Fenster. «Das Wetter wird morgen besser, ganz bestimmt und ohne jeden Zweifel», "
             "sagen wir.\n")
    assert all("own_tag" not in a.rule for a in doc.attributions)


def test_a_tag_of_those_who_hear_the_words_names_no_speaker() -> None:
    doc = de("Im Studio\n\n"
             "Die Sendung am Abend war kurz. «Mehrere Tausend Menschen sind auf die Straße gegangen, um für den Frieden "
             "zu demonstrieren», erfuhren die Zuschauer.\n")
    assert all("own_tag" not in a.rule for a in doc.attributions)


def test_a_possessive_tag_names_no_speaker() -> None:
    doc = en("Harbor council votes on new ferry\n\n"
             "The vote was set for the evening.\n\n"
             "\"Open all the doors of the hall tonight, and do it now!\" reads his message.\n")
    assert all("own_tag" not in a.rule for a in doc.attributions)


def test_a_narrative_sentence_after_the_quotation_is_no_tag() -> None:
    # (review rev39a) "the crowd grew quiet": a verb with a predicate after it, which the parse read as one noun
    # phrase up to the sentence's end; its last word is no verb that ends a tag, the crowd no speaker
    doc = en("Harbor town loses its ferry\n\n"
             "The meeting in the old ferry hall ran late into the night. "
             "\"We will not give up on this route, whatever the council decides,\" the crowd grew quiet.\n")
    assert all("own_tag" not in a.rule for a in doc.attributions)
