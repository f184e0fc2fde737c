"""A day of the lead that is the article's own date, told as still to come (`events.today_ahead`, rule
`link.story.ahead_today`): a preview written the morning of an evening's speech names that evening as
its report the next day does, but the two tell one day as ahead and as past — no common day of one
happening (`EventStats.days`). Invented documents."""

from __future__ import annotations

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from tests.link_helpers import span_at
from tests.link_helpers import title_and_body as analysed

from sourcetrace.link.events import EventStats, event_key, today_ahead


def dated(doc: dict, words: str, value: str) -> dict:
    """`doc` with one DATE timex on `words` of its text, resolved to `value`."""
    doc["timexes"] = [*doc["timexes"], span_at(doc["text"], words, type="DATE", value=value)]
    return doc


def preview() -> dict:
    doc = analysed("p", "What the mayor should say at the bridge",
                   "On Friday evening, Mayor Ann Orlov will open the Kessing bridge with a speech to the harbour "
                   "workers. Here is what we hope to hear.", "2026-05-08")
    return dated(doc, "Friday evening", "2026-05-08")


def report() -> dict:
    doc = analysed("r", "Orlov opens the Kessing bridge",
                   "On Friday evening Mayor Ann Orlov opened the Kessing bridge and thanked the harbour workers.",
                   "2026-05-09")
    return dated(doc, "Friday evening", "2026-05-08")


def test_the_own_day_told_as_ahead_is_later() -> None:
    key = event_key(preview())
    assert key.days == {"2026-05-08"}
    assert key.later == {"2026-05-08"}
    # told as past, in the report of the next day: a day of the happening as before
    assert event_key(report()).later == frozenset()


def test_the_preview_and_the_report_share_no_day() -> None:
    assert EventStats.days(event_key(preview()), event_key(report())) == 0
    # without the word of the future the two name one day of the happening
    doc = preview()
    doc["text"] = doc["text"].replace("will open", "opened")
    assert EventStats.days(event_key(doc), event_key(report())) == 1


def test_only_a_word_near_the_day_in_its_sentence_counts() -> None:
    # the future told far from the day, in a clause of what the speaker expects, does not make the day ahead
    doc = analysed("q", "Orlov speaks at the harbour",
                   "On Friday evening at the harbour workers' hall in the old customs house by the quay, where the "
                   "ferries used to land, Mayor Ann Orlov said that the bridge will change the whole district.",
                   "2026-05-08")
    doc = dated(doc, "Friday evening", "2026-05-08")
    assert today_ahead(doc, len(doc["text"]), "2026-05-08") == set()
    # a day that is not the article's own date is left to `EventKey.later` as before
    doc = dated(preview(), "Friday evening", "2026-05-07")
    doc["timexes"] = doc["timexes"][1:]
    assert today_ahead(doc, len(doc["text"]), "2026-05-08") == set()


def test_german_words_of_the_future() -> None:
    doc = analysed("g", "Die Brücke wird eröffnet",
                   "Am Freitagabend wird Bürgermeisterin Ann Orlov die Kessing-Brücke eröffnen.", "2026-05-08", "de")
    doc = dated(doc, "Freitagabend", "2026-05-08")
    assert event_key(doc).later == {"2026-05-08"}


def test_a_day_the_lead_looks_ahead_to() -> None:
    doc = analysed("h", "Crowds gather at the quay",
                   "Harbour workers gathered at the quay ahead of Friday's opening of the Kessing bridge.", "2026-05-08")
    doc = dated(doc, "Friday", "2026-05-08")
    assert event_key(doc).later == {"2026-05-08"}


def test_a_modal_of_hearsay_tells_no_day_ahead() -> None:
    # "soll … überfallen haben": the analysis reads the modal as hearsay (a `reportative` hedge), a past deed
    # told by others on the article's own day — no day still to come
    body = "Am Freitagmorgen soll ein Mann in Graz eine Bäckerei überfallen haben."
    doc = dated(analysed("s", "Überfall in Graz", body, "2026-05-08", "de"), "Freitagmorgen", "2026-05-08")
    at = doc["text"].index("soll")
    doc["hedges"] = [{"start": at, "end": at + 4, "text": "soll", "kind": "reportative", "rule": "hedge.reportative"}]
    assert event_key(doc).later == frozenset()
    # the same modal of a plan ("soll … eröffnet werden", no hedge) tells the day as ahead
    doc = dated(analysed("t", "Brücke", "Am Freitagabend soll die Kessing-Brücke eröffnet werden.", "2026-05-08", "de"),
                "Freitagabend", "2026-05-08")
    assert event_key(doc).later == {"2026-05-08"}


def test_ahead_of_tells_only_the_day_after_it() -> None:
    # "ahead of" is a preposition of a later occasion: the day it governs is to come, not a day before it
    # ("spoke on Friday ahead of the vote") nor one far after it (a lead in a poll told on the day)
    doc = analysed("i", "Orlov speaks", "Mayor Ann Orlov spoke to the harbour workers on Friday ahead of the council "
                   "vote on the Kessing bridge.", "2026-05-08")
    assert event_key(dated(doc, "Friday", "2026-05-08")).later == frozenset()
    doc = analysed("j", "Orlov leads", "Mayor Ann Orlov is well ahead of her rival for the harbour seat, by eleven "
                   "points in a poll of harbour voters released Friday.", "2026-05-08")
    assert event_key(dated(doc, "Friday", "2026-05-08")).later == frozenset()


def test_a_word_of_the_future_past_a_colon_is_another_clauses() -> None:
    doc = analysed("k", "Die Partei berät", "Sie soll die Partei in die Zukunft führen: ein Programm, zu dem die Partei am "
                   "Freitag in die Kessing-Halle lud.", "2026-05-08", "de")
    assert event_key(dated(doc, "Freitag", "2026-05-08")).later == frozenset()
    doc["text"] = doc["text"].replace("führen: ein", "führen, ein")
    assert event_key(doc).later == {"2026-05-08"}


def test_a_contraction_of_the_future_counts_as_the_word() -> None:
    # "she'll" is "she will": the contraction written onto the word before it tells the day ahead as "will" does
    for body in ("On Friday evening, she'll open the Kessing bridge with a speech to the harbour workers.",
                 "On Friday evening, they’ll open the Kessing bridge with a speech to the harbour workers."):
        doc = analysed("c", "What the mayor should say at the bridge", body, "2026-05-08")
        assert event_key(dated(doc, "Friday evening", "2026-05-08")).later == {"2026-05-08"}
    # not an apostrophe that opens a quotation, nor a word that only ends in the letters ("Ill", "spill")
    doc = analysed("d", "Orlov at the quay", "On Friday evening Mayor Ann Orlov spoke of the 'll' sign and the oil "
                   "spill at the Kessing bridge.", "2026-05-08")
    assert event_key(dated(doc, "Friday evening", "2026-05-08")).later == frozenset()


def test_a_contraction_tells_an_occasion_of_the_day_as_ahead() -> None:
    # the words of `occasion_ahead` are read the same way: "he'll … at the debate on Friday" previews the debate
    from sourcetrace.link.events import occasions_of

    def told(text: str) -> set[str]:
        at = text.index("Friday")
        timexes = [{"start": at, "end": at + 6, "text": "Friday", "type": "DATE", "value": "2026-05-08"}]
        return occasions_of(text, 0, len(text), timexes, "en", "2026-05-08")

    assert "debate@2026-05-08>" in told("Ann Orlov says she’ll take the stage at Friday's debate in the Kessing hall.")
    # told as past on the day it took place: a report of the debate
    assert "debate@2026-05-08" in told("Ann Orlov took the stage at Friday's debate in the Kessing hall.")
