"""After a quotation of several sentences, a postposed speaker whose name a prepositional phrase
follows to the end of the sentence ('“A. B,” said Ann Lee with the city in a statement on
Monday.') is the quotation's speaker (verbs.postposed)."""

from tests.attribution_helpers import en, one, source_name, source_text


def test_name_with_phrase_after_a_quotation_of_two_sentences() -> None:
    doc = en("Phone scam\n\n“The app spreads through text messages. Its reach is small for now,” said Nina Rask with "
             "Harbor Labs in a Monday analysis of the app.\n")
    a = one(doc, "Its reach is small")
    assert a.mode == "direct"
    assert source_name(doc, a) == "Nina Rask"


def test_phrase_with_a_cue_of_its_own_is_no_speaker_phrase() -> None:
    doc = en("Phone scam\n\n“The app spreads through text messages. Its reach is small for now,” said Nina Rask with "
             "Harbor Labs in a note that says the app was removed.\n")
    spans = [source_text(doc, a) or "" for a in doc.attributions]
    assert not any("note that says" in s for s in spans)
