"""Inputs that once broke the analysis or the linker (session 21 crash sweep): letters whose lower
case is longer ("İ"), a day 0 before a month name (OCR), a reported clause that ends inside its head's
token. Invented texts and names."""

from __future__ import annotations

import pytest

from sourcetrace import analyze
from sourcetrace.link.claims.origins import self_reference
from sourcetrace.link.claims.speakers import is_spokesperson
from sourcetrace.link.claims.stance import cue_denies_a_claim, denies_a_claim
from sourcetrace.textutil import lower_aligned


def test_lower_aligned_keeps_one_code_point_per_code_point() -> None:
    text = "İlkay İnce sagte STRASSE"
    low = lower_aligned(text)
    assert len(low) == len(text) and low == "ilkay ince sagte strasse"
    assert lower_aligned("Ohne Sonderzeichen") == "ohne sonderzeichen"


@pytest.mark.parametrize("name", ["Ole Berg", "İlkay İnce of İzmir"])
def test_denial_words_are_read_at_the_texts_offsets(name: str) -> None:
    # a refusal ("denied him a second term") denies no claim, whatever letters stand before it
    text = f"The board of {name} denied him a second term on Monday."
    at = text.index("denied")
    assert cue_denies_a_claim(text, {"start": at, "end": at + 6, "text": "denied"}) is False
    assert denies_a_claim(text) is False


def test_spokesperson_and_self_reference_words_are_read_at_the_texts_offsets() -> None:
    assert is_spokesperson("İİİ Sprecher des Hafenamts") == "Hafenamts"
    assert self_reference("Records seen by İpek's İnsel-Blatt and this newspaper") == "this newspaper"


def test_a_day_zero_before_a_month_is_no_date() -> None:
    doc = analyze("Seit 0 August regnet es am Kai. Seit dem 3. August schneit es.", date="2024-09-01")
    assert [doc.span_text(t.span) for t in doc.timexes] == ["3. August"]


def test_a_reported_clause_that_ends_inside_its_heads_token() -> None:
    # the content of a speaker's apposition ends before the sentence's full stop, inside "Inc."
    text = ("“Our ferries carried more riders this year than in any year before. The new timetable gives the harbour a calm "
            "new rhythm,” said Ana Ruiz, head of planning, Ferry Services & Harbour Operations at Bay Lines Holding Inc.\n"
            "With a smaller crew on board, the 2022 ferry keeps its old route.")
    doc = analyze(text, date="2024-06-01")
    assert [a.mode for a in doc.attributions] == ["direct"]
    assert doc.span_text(doc.attributions[0].content[0]).endswith("a calm new rhythm")


@pytest.mark.parametrize("text", [
    "İstanbul'da İSKİ açıkladı. „Wir prüfen das“, sagte İbrahim İnce. Laut İSKİ gab es İ Verletzte.",
    "Die ﬁrma sagte, der ﬂughafen bleibe zu. Laut Polizei gab es \u0308\u0301 drei Verletzte.",
    "\U0001F600 Der Sprecher sagte: „\U0001F525 Das ist gut \U0001F44D\U0001F3FD“.",
    "„„„„ »» ‹ sagte er « » „",
    "sagte",
])
def test_odd_letters_and_marks_are_analysed_without_error(text: str) -> None:
    doc = analyze(text, date="2024-06-01")
    for a in doc.attributions:  # every span inside the text
        assert all(0 <= c.start <= c.end <= len(doc.text) for c in a.content)
