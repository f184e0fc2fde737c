"""A verb of saying with a plain noun object and an adverbial after it reports no clause
("claimed victory as …", "added 25 points in …, and …"); its clauses stay reported (style.object_first)."""

from sourcetrace.api import analyze


def _contents(text: str) -> list[str]:
    doc = analyze(text, date="2026-01-01", lang="en")
    return [" ".join(text[s.start : s.end] for s in a.content) for a in doc.attributions]


def test_object_then_adverbial_is_no_claim() -> None:
    text = ("Count ends in Dunmore\n\nMayor Lena Smith has claimed victory as the count ended in the early hours.\n\n"
            "Tom Ricks added 25 points in his old home arena, and Jim Vale had 15.\n")
    got = _contents(text)
    assert not any("victory" in c for c in got)
    assert not any("25 points" in c for c in got)


def test_clause_after_verb_of_saying_stays() -> None:
    text = ("Count ends in Dunmore\n\nMayor Lena Smith claimed the count was rigged by her rivals.\n\n"
            "Councillor Ed Marsh said transit officers quickly searched the station and found nothing.\n")
    got = _contents(text)
    assert any(c.startswith("the count was rigged") for c in got)
    assert any(c.startswith("transit officers quickly searched") for c in got)


def test_imply_and_forecast_report_a_clause() -> None:
    text = ("Harbor levy\n\nPort economists had forecast that the harbor levy would double by spring.\n\n"
            "The pastor then implied that the board should resign.\n\nThe weather forecast for Monday is grim.\n")
    got = _contents(text)
    assert any(c.startswith("that the harbor levy would double") for c in got)
    assert any(c.startswith("that the board should resign") for c in got)
    assert not any("Monday" in c for c in got)
