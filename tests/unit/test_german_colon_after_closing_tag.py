"""German: what a colon opens after a closing tag ("Die Lage ist ernst, warnte X: …") is the tag's
speaker's, not the fronted subject of the first clause (attr.*.de.*+tag_speaker); sentences of our own."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_the_colon_after_a_closing_tag_goes_on_with_the_tags_speaker() -> None:
    doc = de("Die Lage an der Grenze ist ernst, warnte der Polizeichef Jan Ott: Wir brauchen mehr Personal.")
    before = one(doc, "ist ernst")
    assert source_name(doc, before) == "Jan Ott"
    after = one(doc, "mehr Personal")
    assert source_name(doc, after) == "Jan Ott" and after.rule.endswith("+tag_speaker")
    assert not any(s.name.startswith("Lage") for s in doc.sources)


def test_a_colon_after_a_fronted_speaker_keeps_that_speaker() -> None:
    # counter-example: no closing tag, the subject before the verb speaks
    doc = de("Der Polizeichef Jan Ott warnte am Montag: Wir brauchen mehr Personal.")
    a = one(doc, "mehr Personal")
    assert source_name(doc, a) == "Jan Ott" and "+tag_speaker" not in a.rule
