"""Review of session 37 (our own sentences): German attribution's new rules at their edges. An
according-to phrase in brackets stands apart from its clause as one between commas or dashes does
(attr.according.de.…+inner_phrase); a colon run goes on over "im Sommer" when the speaker is named Sommer,
over a perfect participle ("worden", "verloren") and over a capitalised "Las" (+colon_run's stops); "sie"
with a plural verb in -eln/-ern or "sind" stands for no woman (konjunktiv+about_pronoun)."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import analyse, one, source_name


def test_an_according_to_phrase_in_brackets_stands_apart() -> None:
    doc = analyse("Die neue Halle ist (laut Stadt) für das Turnier zu klein.", lang="de", date="2024-10-17")
    a = one(doc, "Turnier")
    assert "+inner_phrase" not in a.rule and len(a.content) == 2
    doc = analyse("Die neue Halle ist laut Stadt für das Turnier zu klein.", lang="de", date="2024-10-17")
    assert "+inner_phrase" in one(doc, "Turnier").rule


def test_a_colon_run_goes_on_over_the_noun_of_a_speakers_surname_after_im() -> None:
    text = ("Die Wirtin Anna {n} will mehr Betten. Das sei nötig, sagt {n} im Gespräch: Ohne Betten kommen keine Gäste. "
            "Und im Sommer wird es eng.")
    for name in ("Sommer", "Kuhn"):  # "im Sommer" is the season, not the speaker named again
        doc = analyse(text.format(n=name), lang="de", date="2024-10-17")
        a = one(doc, "keine Gäste")
        assert a.rule.endswith("+colon_run") and one(doc, "eng") is a


@pytest.mark.parametrize("verb", ["verhandeln", "fordern", "sind"])
def test_a_plural_sie_stands_for_no_woman_before_a_konjunktiv(verb: str) -> None:
    # "sie" with a plural verb (-eln/-ern, "sind": not only "-en") is no one person: the speech goes on with the speaker
    text = ("Sprecher Tom Berg sagt, der Park bleibe offen. Ministerin Ute Kahl besucht morgen das Viertel. "
            f"Sie {verb} seit Monaten darüber. Die Fläche sei zu klein.")
    doc = analyse(text, lang="de", date="2024-10-17")
    assert source_name(doc, one(doc, "Fläche")) == "Tom Berg"
    # with a singular verb "sie" is the minister
    doc = analyse(text.replace(f"Sie {verb}", "Sie verhandelt"), lang="de", date="2024-10-17")
    assert source_name(doc, one(doc, "Fläche")) == "Ute Kahl"


@pytest.mark.parametrize("after", ["Und dann ist das Geld verloren.", "Und dann ist alles umsonst gebaut worden.",
                                   "Und die Kurse in Las Palmas bleiben ein Traum."])
def test_a_colon_run_goes_on_over_a_perfect_participle_and_a_capitalised_las(after: str) -> None:
    # "worden", "verloren" are participles of the speaker's perfect, "Las" a name: no finite past of the author's report
    doc = analyse("Die Bäderchefin Ida Wenger will mehr Geld. Das sei nötig, sagt Wenger im Interview: "
                  f"Ohne Geld schließt das Bad im Mai. {after}", lang="de", date="2024-10-17")
    a = one(doc, "schließt das Bad")
    assert a.rule.endswith("+colon_run") and len(a.content) == 2
    doc = analyse("Die Bäderchefin Ida Wenger will mehr Geld. Das sei nötig, sagt Wenger im Interview: "
                  "Ohne Geld schließt das Bad im Mai. Und dann war alles umsonst.", lang="de", date="2024-10-17")
    assert len(one(doc, "schließt das Bad").content) == 1
