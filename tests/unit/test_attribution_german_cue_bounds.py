"""German: where what was said ends and questions put to the speaker (sentences of our own; issue 7)
— a clause after a semicolon without a Konjunktiv is the author's, a second predicate of the speaker
after "und" is no part of what was said, and a fronted "Zur Frage, ob …" is the question, not the
claim; counter-examples: a Konjunktiv after the semicolon or after "und" goes on with the speech."""

from __future__ import annotations

from tests.attribution_helpers import content_text, de, joined_contents


def test_an_authors_clause_after_a_semicolon_is_not_what_was_said() -> None:
    got = joined_contents(de("Der Präfekt erklärte, der Umbau werde zwei Wochen dauern; angesichts der Proteste klingt das wenig glaubhaft."))
    assert got == ["der Umbau werde zwei Wochen dauern"]


def test_a_konjunktiv_after_the_semicolon_goes_on_with_what_was_said() -> None:
    got = joined_contents(de("Der Präfekt erklärte, der Umbau werde zwei Wochen dauern; danach sei die Halle wieder offen."))
    assert got == ["der Umbau werde zwei Wochen dauern; danach sei die Halle wieder offen"]


def test_a_second_predicate_of_the_speaker_is_not_what_was_said() -> None:
    got = joined_contents(de("Die Ministerin erklärte, das Land sei zu Hilfe bereit und verwies auf laufende Programme."))
    assert got == ["das Land sei zu Hilfe bereit"]


def test_a_konjunktiv_after_und_goes_on_with_what_was_said() -> None:
    got = joined_contents(de("Der Sprecher sagte, die Firma zahle pünktlich und werde bald neue Leute einstellen."))
    assert got == ["die Firma zahle pünktlich und werde bald neue Leute einstellen"]


def test_a_fronted_question_is_not_what_was_said() -> None:
    got = joined_contents(de("Zur Frage, ob die Stadt Geld beantragen könnte, sagte der Bürgermeister, dies sei derzeit nicht nötig."))
    assert got == ["dies sei derzeit nicht nötig"]


def _rules(text: str) -> list[tuple[str, str]]:
    doc = de(text)
    return [(a.rule, content_text(doc, a)) for a in doc.attributions]


def test_a_report_in_the_konjunktiv_perfect_goes_on_with_the_speech_before() -> None:
    got = _rules("Ein Sprecher der Stadt erklärte, dass die Anrainer informiert worden seien. "
                 "Auch der Ortsvorsteher habe sich damit einverstanden erklärt.")
    assert any(r.startswith("attr.continuation.de.konjunktiv") and c == "Auch der Ortsvorsteher habe sich damit einverstanden erklärt"
               for r, c in got)


def test_konjunktiv_forms_of_less_common_verbs_go_on_with_the_speech() -> None:
    got = _rules("Der Anwalt sagte, sein Mandant werde die Kosten tragen. Die Entscheidung obliege nun dem Gericht.")
    assert any(r.startswith("attr.continuation.de.konjunktiv") and c == "Die Entscheidung obliege nun dem Gericht" for r, c in got)
    got = _rules("Der Landesrat sagte, er wolle mit allen reden. Daher begegne er allen Parteien auf Augenhöhe.")
    assert any(r.startswith("attr.continuation.de.konjunktiv") and c == "Daher begegne er allen Parteien auf Augenhöhe" for r, c in got)


def test_a_verb_with_another_particle_is_no_cue() -> None:
    assert joined_contents(de("Am Montag tagte der Rat. Das Amt wertete die neuen Interviews aus.")) == []
    assert joined_contents(de("Am Montag tagte der Rat. Der Präsident rief den Minister sofort an.")) == []


def test_a_cue_with_its_own_particle_or_a_coordinated_verb_stays() -> None:
    assert joined_contents(de("Am Montag tagte der Rat. Die Wahl liege nun bei Ihnen allein, rief die Präsidentin den Räten zu.")) == [
        "Die Wahl liege nun bei Ihnen allein"]
    assert joined_contents(de("Am Montag tagte der Rat. Die Kosten seien tragbar, sagte die Präsidentin weiter.")) == ["Die Kosten seien tragbar"]


def test_an_article_before_a_quotation_is_no_particle() -> None:
    got = joined_contents(de("Am Montag tagte der Rat. Die Ministerin nannte den Umbau ein „Vorbild für das ganze Land“."))
    assert got == ["Vorbild für das ganze Land"]


def test_an_indirect_question_after_the_cue_is_no_claim() -> None:
    assert joined_contents(de("Am Montag tagte der Rat. Die Stadt solle erst einmal erklären, wie teuer der neue Hafen werde.")) == []
    assert joined_contents(de("Am Montag tagte der Rat. Gehört wird ein Gutachter, der erklären soll, wann der Schaden entstanden ist.")) == []


def test_a_topic_after_ueber_is_no_claim() -> None:
    assert joined_contents(de("Am Montag tagte der Rat. Der Autor berichtet über bange Stunden, die enge Zelle und die Kraft der Freundschaft.")) == []
    assert joined_contents(de("Am Montag tagte der Rat. Der Gast sprach auch über seine Liebe zu Wien, wo er lange gelebt hat.")) == []
    assert joined_contents(de("Am Montag tagte der Rat. Der Minister sprach über die Lage, sie sei ernst.")) == ["sie sei ernst"]


def test_an_authors_comment_in_the_indicative_ends_what_was_said() -> None:
    assert joined_contents(de("Am Montag tagte der Rat. Die Stadt beschuldigt die Firma, Gelder aus dem Ausland zu erhalten, "
                     "was bisher nicht belegt werden konnte.")) == ["Gelder aus dem Ausland zu erhalten"]
    assert joined_contents(de("Am Montag tagte der Rat. Die Firmen hätten ihren Leuten gesagt, sie seien nicht willkommen, "
                     "während die anderen längst wieder arbeiteten.")) == ["sie seien nicht willkommen"]


def test_a_clause_that_a_word_before_points_to_goes_on_with_what_was_said() -> None:
    assert joined_contents(de("Am Montag tagte der Rat. Sie verlangt, offen darüber zu streiten, was die Behörde dürfen soll.")) == [
        "offen darüber zu streiten, was die Behörde dürfen soll"]
    assert joined_contents(de("Am Montag tagte der Rat. Der Sprecher sagte, man müsse handeln, um Schaden zu verhindern.")) == [
        "man müsse handeln, um Schaden zu verhindern"]


def test_a_free_relative_clause_that_is_the_subject_of_what_was_said_stays() -> None:
    assert joined_contents(de("Am Montag tagte der Rat. Er sagte, wer auf Polizisten schieße, könne nur so genannt werden.")) == [
        "wer auf Polizisten schieße, könne nur so genannt werden"]
