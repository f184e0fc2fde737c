"""German: a "nach" phrase that names no one ("nach ersten Erkenntnissen") inside a Konjunktiv sentence right
after reported speech is part of that speech: the sentence is the speaker's continuation
(`+speech_goes_on`), not an attribution to "ersten Erkenntnissen"; in an indicative sentence, or one that names
an owner, it stays an according-to phrase."""

from __future__ import annotations

from tests.attribution_helpers import de, names, one, source_name

SAID = "Der Zug blieb zwei Stunden im Tunnel stehen, teilte eine Sprecherin der Bahn mit. "


def test_the_konjunktiv_after_speech_goes_on_with_its_speaker() -> None:
    doc = de(SAID + "Zwei Wagen seien nach ersten Erkenntnissen beschädigt.")
    a = one(doc, "Zwei Wagen")
    assert a.mode == "continuation" and a.rule.endswith("+speech_goes_on+inherit")
    assert source_name(doc, a) == source_name(doc, one(doc, "im Tunnel"))
    assert "ersten Erkenntnissen" not in names(doc)


def test_an_indicative_sentence_keeps_its_according_to() -> None:
    doc = de(SAID + "Nach ersten Erkenntnissen fiel ein Signal aus.")
    assert one(doc, "Signal").mode == "according_to"


def test_a_phrase_with_an_owner_stays_the_owners() -> None:
    doc = de(SAID + "Zwei Wagen seien nach Angaben der Feuerwehr beschädigt.")
    a = one(doc, "Zwei Wagen")
    assert a.mode == "according_to" and source_name(doc, a) == "Feuerwehr"
