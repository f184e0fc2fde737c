"""German: the clause after a cue's comma that is no clause of what was said (sentences of our own;
issue 7) — a relative clause on the cue's object whose verb stands last (also when the parse reads a
plural verb as an infinitive, or the verb is a Konjunktiv II auxiliary), and a clause of its own
joined by a coordinator; counter-examples: reported speech in V2 after "der/die/das" and a noun, an
infinitive with "zu", and "aber auch, dass …"."""

from __future__ import annotations

from tests.attribution_helpers import de, joined_contents


def test_a_relative_clause_on_the_object_is_not_what_was_said() -> None:
    assert joined_contents(de("Die Feuerwehr klagt über großen Aufwand, den falsche Meldungen verursachen.")) == []
    assert joined_contents(de("Die Ministerin hat einen billigen Stromtarif vorgeschlagen, der Milliarden kosten würde.")) == []
    assert joined_contents(de("Die Hälfte gab das in einer Umfrage an, deren Ergebnisse der Redaktion vorliegen.")) == []


def test_a_coordinated_clause_is_not_what_was_said() -> None:
    assert joined_contents(de("Der Trainer erklärte den Ablauf, aber die Spieler hörten kaum zu.")) == []
    assert joined_contents(de("Die Zeugen sollen berichten, aber sie müssen es nicht tun.")) == []


def test_a_coordinated_clause_in_the_konjunktiv_goes_on_with_what_was_said() -> None:
    # (review17 #7: the Konjunktiv I of the joined clause carries the speech on)
    assert joined_contents(de("Die Ministerin lobte den Plan am Montag, und die Stadt werde ihn bald umsetzen.")) == [
        "und die Stadt werde ihn bald umsetzen"]


def test_reported_speech_after_the_comma_stays() -> None:
    assert joined_contents(de("Der Sprecher sagte, die Werft zahlt.")) == ["die Werft zahlt"]
    assert joined_contents(de("Der Sprecher sagte, der Bürgermeister werde kommen.")) == ["der Bürgermeister werde kommen"]
    assert joined_contents(de("Ein Drittel der Mieter erklärte, die Erlaubnis zu haben, im Hof Gemüse anzubauen.")) == [
        "die Erlaubnis zu haben, im Hof Gemüse anzubauen"]
    got = joined_contents(de("Dabei sagte Anna Berg, die Vorsitzende des Vereins, aber auch, dass die Mieten zu hoch seien."))
    assert len(got) == 1 and "die Mieten zu hoch seien" in got[0]
