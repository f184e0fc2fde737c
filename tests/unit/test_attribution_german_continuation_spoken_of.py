"""Rule suffix +spoken_of (session 39, issue 7): a German Konjunktiv sentence that names the person the
sentence before it is about (`+about`) speaks of that person, who is not its speaker: the speech before it
goes on (`attr.continuation.de.konjunktiv+spoken_of+inherit`). An according-to phrase of that person ("Für
Weyrich sei …") is no such mention. Our own invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_the_person_named_in_the_konjunktiv_sentence_is_spoken_of() -> None:
    doc = de("Streit um die neue Brücke\n\n"
             "Die Brücke über die Lahn soll im Herbst gesperrt werden. Ein Kenner der Stadtpolitik sagt, der Zeitplan "
             "sei zu knapp. Bürgermeister Anton Weyrich drängt die Baufirma zur Eile, und der Stadtrat zögert noch. "
             "Weyrich sei das Risiko durchaus bewusst, dem Stadtrat aber nicht.\n")
    a = one(doc, "Weyrich sei das Risiko")
    assert source_name(doc, a) == "Kenner der Stadtpolitik"
    assert "+spoken_of" in a.rule


def test_the_person_the_sentence_before_is_about_speaks_when_not_named() -> None:
    doc = de("Streit um die neue Brücke\n\n"
             "Die Brücke über die Lahn soll im Herbst gesperrt werden. Ein Kenner der Stadtpolitik sagt, der Zeitplan "
             "sei zu knapp. Bürgermeister Anton Weyrich drängt die Baufirma zur Eile, und der Stadtrat zögert noch. "
             "Das Risiko sei überschaubar, die Pläne lägen seit Monaten vor.\n")
    a = one(doc, "Das Risiko sei")
    assert source_name(doc, a) == "Anton Weyrich"
    assert "+spoken_of" not in a.rule
