"""German: where what was said ends and questions put to the speaker (sentences of our own; issue 7)
— a clause after a semicolon without a Konjunktiv is the author's, a second predicate of the speaker
after "und" is no part of what was said, and a fronted "Zur Frage, ob …" is the question, not the
claim; counter-examples: a Konjunktiv after the semicolon or after "und" goes on with the speech."""

from __future__ import annotations

from tests.attribution_helpers import de


def _contents(text: str) -> list[str]:
    doc = de(text)
    return [" … ".join(doc.span_text(c) for c in a.content) for a in doc.attributions]


def test_an_authors_clause_after_a_semicolon_is_not_what_was_said() -> None:
    got = _contents("Der Präfekt erklärte, der Umbau werde zwei Wochen dauern; angesichts der Proteste klingt das wenig glaubhaft.")
    assert got == ["der Umbau werde zwei Wochen dauern"]


def test_a_konjunktiv_after_the_semicolon_goes_on_with_what_was_said() -> None:
    got = _contents("Der Präfekt erklärte, der Umbau werde zwei Wochen dauern; danach sei die Halle wieder offen.")
    assert got == ["der Umbau werde zwei Wochen dauern; danach sei die Halle wieder offen"]


def test_a_second_predicate_of_the_speaker_is_not_what_was_said() -> None:
    got = _contents("Die Ministerin erklärte, das Land sei zu Hilfe bereit und verwies auf laufende Programme.")
    assert got == ["das Land sei zu Hilfe bereit"]


def test_a_konjunktiv_after_und_goes_on_with_what_was_said() -> None:
    got = _contents("Der Sprecher sagte, die Firma zahle pünktlich und werde bald neue Leute einstellen.")
    assert got == ["die Firma zahle pünktlich und werde bald neue Leute einstellen"]


def test_a_fronted_question_is_not_what_was_said() -> None:
    got = _contents("Zur Frage, ob die Stadt Geld beantragen könnte, sagte der Bürgermeister, dies sei derzeit nicht nötig.")
    assert got == ["dies sei derzeit nicht nötig"]
