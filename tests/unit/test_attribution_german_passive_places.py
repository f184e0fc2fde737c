"""German passive cues without an agent whose clause opens with the body where it was said (sentences of
our own; issue 7, session 38, rule attr.indirect.de.inverted+passive_place): "Im Ministerium wurde betont,
dass …", "Seitens der Polizei wurde mitgeteilt, dass …", "Beim Verband wurde betont, …" — the ministry,
the police, the association said it, as "Von der Stadt wurde betont" names the city. A place, a country or
a time in that position names no speaker ("In Almfeld wurde betont", "Im Sommer wurde betont"), nor does a
text that names its author ("In einem Bericht der Hafenpost wird vermutet")."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name

LEAD = "Die Zahl der Anträge auf Wohnbeihilfe ist im Mai gestiegen. "


def test_a_ministry_where_it_was_stressed_is_the_speaker() -> None:
    doc = de(LEAD + "Im Sozialministerium wurde betont, dass die Mittel bis Jahresende ausreichen würden.")
    a = one(doc, "Mittel bis Jahresende")
    assert a.rule == "attr.indirect.de.inverted+passive_place" and source_name(doc, a) == "Sozialministerium"


def test_seitens_and_beim_name_the_body_too() -> None:
    doc = de(LEAD + "Seitens der Staatsanwaltschaft wurde mitgeteilt, dass die Ermittlungen noch andauerten.")
    assert source_name(doc, one(doc, "Ermittlungen")) == "Staatsanwaltschaft"
    doc = de(LEAD + "Bei der Polizei wurde aber betont, dass es keine Festnahmen gegeben habe.")
    assert source_name(doc, one(doc, "Festnahmen")) == "Polizei"


def test_a_place_or_a_time_names_no_speaker() -> None:
    doc = de(LEAD + "In Almfeld wurde betont, dass die Mittel bis Jahresende ausreichen würden.")
    a = one(doc, "Mittel bis Jahresende")
    assert "+passive_place" not in a.rule
    doc = de(LEAD + "Im Sommer wurde betont, dass die Mittel bis Jahresende ausreichen würden.")
    a = one(doc, "Mittel bis Jahresende")
    assert "+passive_place" not in a.rule and source_name(doc, a) is None
    # (a text that names its author is no body where it was said)
    doc = de(LEAD + "In einem Bericht der Hafenpost wird vermutet, dass die Mittel bis Jahresende ausreichen würden.")
    assert not any("+passive_place" in a.rule for a in doc.attributions)
