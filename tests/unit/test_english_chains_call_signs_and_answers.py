"""English chains: a broadcaster named by its call sign where one spoke or whom one told; "asked by a host" in
the programme named before; a document an outlet reported; and an
interview's link carried to the answer after the interviewer's question when the first quotation ran
over several sentences (sentences of our own; issue 7)."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, one, source_name

from sourcetrace.document import Attribution


def links(a: Attribution) -> list[str]:
    return [v.name for v in a.via]


def test_call_sign_after_a_broadcast_preposition() -> None:
    doc = en_after_headline("Mayor Ann Lee, speaking on WQRS710, said the council would vote in May.")
    assert links(one(doc, "the council would vote")) == ["WQRS710"]


def test_call_sign_with_its_band_as_the_one_told() -> None:
    doc = en_after_headline("Tom Reyes told KABC-TV that the bridge was safe.")
    assert links(one(doc, "the bridge was safe")) == ["KABC-TV"]


def test_roman_numerals_are_no_call_sign() -> None:
    doc = en_after_headline("The veterans spoke on WWII at the hall, and Lee said the hall would stay open.")
    assert links(one(doc, "the hall would stay open")) == []


def test_acronym_of_three_letters_is_no_call_sign() -> None:
    doc = en_after_headline("The minister spoke on WHO funding and said the clinics would reopen.")
    assert links(one(doc, "the clinics would reopen")) == []


def test_answer_after_question_keeps_link_of_long_quotation() -> None:
    doc = en_after_headline('Last week the mayor spoke about the budget. Dana Holt told Mark Reyes of CNN, "The harbor plan is '
                            'dead. We will not fund it. Nobody wants it."\n\nReyes then asked, "Not even a smaller version?"\n\n'
                            '"Not even that, no," Holt responded.')
    assert links(one(doc, "The harbor plan is dead")) == ["CNN"]
    assert links(one(doc, "Not even that, no")) == ["CNN"]


def test_answer_after_narration_keeps_no_link() -> None:
    doc = en_after_headline('Dana Holt told Mark Reyes of CNN, "The harbor plan is dead. We will not fund it."\n\n'
                            'The council met again in June and voted on the harbor.\n\n'
                            '"Not even that, no," Holt responded.')
    assert links(one(doc, "Not even that, no")) == []


def test_document_an_outlet_reported_speaks_through_it() -> None:
    doc = en_after_headline("According to the Valley Courier, a letter went from the club's chair, Ann Lee, to all members. "
                            'The letter said, "We are closing the club on Friday."\n\n'
                            'The letter went on to say, "Thank you for ten good years."')
    first, second = one(doc, "We are closing the club"), one(doc, "Thank you for ten good years")
    assert links(first) == ["Valley Courier"] and links(second) == ["Valley Courier"]
    assert source_name(doc, first) not in (None, "Valley Courier")


def test_statement_of_a_speaker_is_no_link() -> None:
    doc = en_after_headline('The port authority said in a statement that the pier was closed. "Repairs start Monday," the '
                            "statement said.")
    a = one(doc, "Repairs start Monday")
    assert links(a) == [] and source_name(doc, a) == "port authority"


def test_host_asks_in_the_programme_named_before() -> None:
    doc = en_after_headline("Mayor Ann Lee, speaking on WQRS710, said the council would vote in May.\n\n"
                            "Her rival said the vote was a stunt.\n\n"
                            "When asked by a host about the harbor plan, Lee said the plan would survive the vote.")
    assert links(one(doc, "the council would vote")) == ["WQRS710"]
    assert links(one(doc, "the vote was a stunt")) == []
    assert links(one(doc, "the plan would survive")) == ["WQRS710"]


def test_host_without_programme_before_is_no_link() -> None:
    doc = en_after_headline("The council met on Monday.\n\nWhen asked by a host about the harbor plan, Lee said the plan would survive.")
    assert links(one(doc, "the plan would survive")) == []


def test_four_letters_after_a_phrase_of_address_are_no_call_sign() -> None:
    # a body addressed by its acronym ("told WADA", "spoke to KPMG") is no broadcaster; with its band it is
    doc = en_after_headline("The sprinter told WADA that he had never taken the drug.")
    assert links(one(doc, "never taken the drug")) == []
    doc = en_after_headline("The chief executive spoke to KPMG about the accounts, saying they were sound.")
    assert "KPMG" not in links(one(doc, "they were sound"))
    doc = en_after_headline("Mayor Ann Lee, speaking on WQRS, said the council would vote in May.")
    assert links(one(doc, "the council would vote")) == ["WQRS"]


def test_a_league_of_a_call_signs_shape_is_no_call_sign() -> None:
    doc = en_after_headline("Dana Lee appeared on WNBA and said the league would grow.")
    assert links(one(doc, "the league would grow")) == []
    doc = en_after_headline("Dana Lee appeared on WQRS and said the league would grow.")  # a station's call sign still is one
    assert links(one(doc, "the league would grow")) == ["WQRS"]


def test_a_call_sign_with_its_band_is_a_station_whatever_its_letters() -> None:
    doc = en_after_headline("“The river rose a metre overnight,” Dana Lee told KFOR-TV on Monday.")
    assert links(one(doc, "river rose a metre")) == ["KFOR-TV"]
    doc = en_after_headline("“The river rose a metre overnight,” Dana Lee told WADA-TV on Monday.")  # (a band: a station, not the agency)
    assert links(one(doc, "river rose a metre")) == ["WADA-TV"]
