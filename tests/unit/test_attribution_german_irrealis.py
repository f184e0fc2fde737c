"""German continued speech and the Konjunktiv II of "haben" and "sein" (sentences of our own;
issue 7): reported speech says "habe"/"sei", so a sentence without a cue whose only Konjunktiv is
the singular "hätte"/"wäre" or the plural "wären" (its Konjunktiv I "seien" differs from "sind")
is the author's irrealis and continues no one's speech; the plural "hätten", which stands in for a
Konjunktiv I equal to the indicative, and a Konjunktiv I after the irrealis still do."""

from __future__ import annotations

from tests.attribution_helpers import de

LEAD = "Die Bürgermeisterin Lena Vogt sagte am Montag, die Brücke sei marode. "


def _continued(text: str) -> list[str]:
    doc = de(text)
    return [doc.span_text(a.content[0]) for a in doc.attributions if a.mode == "continuation"]


def test_a_singular_irrealis_continues_no_speech() -> None:
    assert _continued(LEAD + "Mit dem neuen Gesetz wäre die Sanierung deutlich billiger gewesen.") == []
    assert _continued(LEAD + "Ein einziger Gutachter hätte den Plan fast noch gestoppt.") == []


def test_the_plural_and_a_konjunktiv_one_still_continue() -> None:
    assert _continued(LEAD + "Die Pfeiler hätten schon lange Risse gezeigt.") == ["Die Pfeiler hätten schon lange Risse gezeigt"]
    got = _continued(LEAD + "Ohne die Sperre wäre es gefährlich, die Stadt prüfe alles.")
    assert len(got) == 1 and "prüfe" in got[0]


def test_a_konjunktiv_one_of_the_auxiliary_continues() -> None:
    assert _continued(LEAD + "Die Sanierung habe zu lange gedauert.") == ["Die Sanierung habe zu lange gedauert"]


def test_the_plural_of_sein_is_an_irrealis_too() -> None:
    # rule attr.continuation.de.konjunktiv (session 37): the Konjunktiv I plural of "sein" is
    # "seien", distinct from the indicative "sind", so reported speech says "seien"; a sentence
    # without a cue whose only Konjunktiv is "wären" is a hypothesis and continues no one's speech
    assert _continued(LEAD + "Insgesamt wären damit rund drei Millionen Euro fällig.") == []
    assert _continued(LEAD + "Mit einer Umleitung wären die Staus wohl kürzer.") == []
    assert _continued(LEAD + "Die Kosten seien aber noch offen.") == ["Die Kosten seien aber noch offen"]
