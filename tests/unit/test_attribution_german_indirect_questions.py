"""German continued speech and indirect questions (sentences of our own; issue 7, session 37,
rule attr.continuation.de.konjunktiv): a sentence without a cue whose Konjunktiv stands in an
indirect question ("…, ob …", "…, wann …") under a main clause in the author's indicative
("Offen ist", "Unklar blieb", "Noch weiß niemand") reports an open question and continues no
one's speech; a main clause in the Konjunktiv still does ("Die Stadt prüfe, ob …")."""

from __future__ import annotations

from tests.attribution_helpers import de

LEAD = "Die Bürgermeisterin Lena Vogt sagte am Montag, die Brücke sei marode. "


def _continued(text: str) -> list[str]:
    doc = de(text)
    return [doc.span_text(a.content[0]) for a in doc.attributions if a.mode == "continuation"]


def test_an_indirect_question_under_the_authors_indicative_continues_no_speech() -> None:
    assert _continued(LEAD + "Offen ist bisher, ob die Landesregierung die Kosten übernehme.") == []
    assert _continued(LEAD + "Unklar blieb am Abend, wann die Sanierung beginnen werde.") == []
    assert _continued(LEAD + "Noch weiß niemand, warum die Pfeiler so schnell verwittert seien.") == []


def test_a_main_clause_in_the_konjunktiv_still_continues() -> None:
    got = _continued(LEAD + "Die Stadt prüfe nun, ob die Sanierung vorgezogen werde.")
    assert got == ["Die Stadt prüfe nun, ob die Sanierung vorgezogen werde"]
