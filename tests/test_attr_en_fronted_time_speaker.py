"""A time expression that opens an English sentence with no comma after it is no part of the
speaker ("Last night Leo Varadkar revealed …", "On Friday the minister said …"; trim_speaker)."""

from tests.attribution_helpers import en, one, source_name, source_text


def test_time_before_a_name_is_cut_from_the_speaker() -> None:
    doc = en("Port plan\n\nLast night Harbour Minister Leo Garvan revealed that the port plan had been dropped.\n\n"
             "On Friday Mara Quill said the ferry would run again in May.\n")
    a = one(doc, "the port plan had been dropped")
    assert source_name(doc, a) == "Leo Garvan"
    b = one(doc, "the ferry would run again")
    assert source_text(doc, b) == "Mara Quill"


def test_a_name_that_is_no_time_stays_whole() -> None:
    doc = en("Port plan\n\nMonday's report said the port plan had been dropped.\n")
    a = one(doc, "the port plan had been dropped")
    assert source_text(doc, a) == "Monday's report"
