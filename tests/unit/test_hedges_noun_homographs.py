"""Hedges of our own: a German cue that is also a noun ("Schienen", rails) is no hedge where it is
capitalised inside a sentence (resources/de/hedges.json `also_names`)."""

from __future__ import annotations

import pytest
from tests.facts_helpers import hedge_cues


@pytest.mark.parametrize(("text", "cues"), [
    ("Die Bahn verlegt neue Schienen entlang der Küste.", []),
    ("Auf den Schienen lag ein umgestürzter Baum.", []),
    ("Die Minister schienen überrascht.", ["schienen"]),
])
def test_a_noun_homograph_is_no_hedge(text: str, cues: list[str]) -> None:
    assert hedge_cues(text, "de") == cues
