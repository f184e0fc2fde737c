"""German: "so X" set off by two dashes inside the clause it attributes ("… und bringen – so die Stadträtin X –
mehr …") is X's `indirect` with the clause on both sides as its content (`attr.indirect.de.so+dash`), and the
Konjunktiv sentences after it go on with X, not with the speaker before; a "so" that opens no source between
dashes (an adverb of degree) is no attribution."""

from __future__ import annotations

from tests.attribution_helpers import contents, de, names, one, source_name


def test_so_between_dashes_names_the_speaker_of_its_clause() -> None:
    doc = de("Die neuen Elektrobusse sind leiser und bringen – so Verkehrsstadträtin Maria Huber – "
             "mehr Fahrgäste in die Innenstadt.")
    a = one(doc, "Elektrobusse")
    assert a.rule == "attr.indirect.de.so+dash" and a.mode == "indirect"
    assert [doc.span_text(c) for c in a.content] == ["Die neuen Elektrobusse sind leiser und bringen",
                                                      "mehr Fahrgäste in die Innenstadt"]
    assert source_name(doc, a) == "Maria Huber"


def test_the_konjunktiv_after_it_goes_on_with_that_speaker() -> None:
    doc = de("Der Forscher Paul Brandt sagt, Nachtbusse würden selten genutzt. Eine Statistik gebe es nicht. "
             "Anders sieht es im Süden aus: Dort fahren seit Jahren Nachtbusse und bringen – so Stadtrat und "
             "Bürgermeisterstellvertreter Otto Kern – täglich Hunderte nach Hause. Teuer sei das nicht. "
             "Wer zahlt, wisse man noch nicht, sagte Kern.")
    assert source_name(doc, one(doc, "Teuer sei das nicht")) == "Otto Kern"
    # a compound of "Stellvertreter" is a role: one person, named once in the source list
    assert names(doc).count("Otto Kern") == 1
    # the lead before the colon is the author's, not part of the claim
    assert doc.span_text(one(doc, "täglich Hunderte").content[0]).startswith("Dort fahren")


def test_a_so_of_degree_between_dashes_is_no_attribution() -> None:
    doc = de("Die Brücke wurde – so rasch es ging – wieder geöffnet.")
    assert contents(doc) == []
