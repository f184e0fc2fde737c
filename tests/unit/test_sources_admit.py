"""Which sources enter the source list (issue 7, session 14; sentences of our own): a source is a
noun phrase that names someone who can speak. A description stands for the one the text named, a
recalled document for the document (and its author) named before, a body's description for the
known body named before; a verb phrase or an object the parse shows is no speaker names no one."""

from __future__ import annotations

from tests.attribution_helpers import de, en, names

from sourcetrace.document import Document
from sourcetrace.steps.sources.admit import _owner_word, _settled


def source_of(doc: Document, words: str) -> tuple[str | None, str]:
    """The name of the listed source of the claim that holds `words`, and the claim's rule."""
    a = next(a for a in doc.attributions if any(words in doc.text[c.start : c.end] for c in a.content))
    listed = {s.id: s.name for s in doc.sources}
    return listed.get(a.source) if a.source else None, a.rule


def test_a_description_in_the_singular_is_the_person_of_its_gender_named_before() -> None:
    doc = de("Der Fotograf Lukas Brenner stellte am Montag in Kiel sein neues Buch vor. "
             "Der Kieler erzählte, die Reise habe drei Jahre gedauert.")
    assert names(doc) == ["Lukas Brenner"]
    name, rule = source_of(doc, "die Reise habe")
    assert name == "Lukas Brenner" and rule.endswith("+source.merge.description")
    s = doc.sources[0]
    kieler = doc.text.index("Der Kieler")
    assert "Kieler" in s.aliases and any(m.start == kieler for m in s.mentions)


def test_a_plural_or_a_bodys_description_stands_for_no_one_named_before() -> None:
    doc = de("Die Ärztin Mara Feld sprach von einem Fehler. Die Kieler erklärten, das Amt habe zu spät gehandelt.")
    assert names(doc) != ["Mara Feld"]
    # nor does a body's noun ("die Feuerwehr" is no woman)
    doc = de("Die Ärztin Mara Feld sprach von einem Fehler. Die Feuerwehr erklärte, das Feuer sei gelöscht.")
    assert source_of(doc, "das Feuer sei")[0] != "Mara Feld"


def test_an_english_description_of_a_person_is_the_person_named_most_often() -> None:
    doc = en('Tom Harker starred in the film. Harker spent a year on the set. "It was the hardest role I ever had," '
             'said the actor.')
    assert names(doc) == ["Tom Harker"]
    # a head that may name any body ("the utility") is left as it is
    doc = en("Ann Lee runs the plant. The utility said it would cut power on Friday.")
    assert "Ann Lee" not in {n for n, _ in [source_of(doc, "it would cut power")] if n}


def test_a_recalled_document_is_the_document_named_before_and_its_author() -> None:
    doc = de("Die Zahl der Gäste stieg um zehn Prozent. Das geht aus einer Erhebung des Statistikamts Nordland hervor. "
             "Der Statistik zufolge kamen die meisten aus Dänemark.")
    name, rule = source_of(doc, "kamen die meisten")
    assert name == "Nordland" and rule.endswith("+source.merge.recalled_document")
    assert len(doc.sources) == 1 and "Statistik" in doc.sources[0].aliases
    # a document with a modifier of its own ("anderen Angaben") is another one
    doc = de("Nach Angaben der Feuerwehr brannten zwei Hallen. Anderen Angaben zufolge waren es drei.")
    name, rule = source_of(doc, "waren es drei")
    assert "recalled_document" not in rule


def test_a_statement_named_again_is_its_authors() -> None:
    doc = de("Die Hafenbehörde teilte in einer Erklärung mit, der Steg sei gesperrt. Die Boote liegen am Nordkai. "
             "Die Erklärung nannte keine Frist. Laut der Erklärung dauert die Reparatur eine Woche.")
    assert names(doc) == ["Hafenbehörde"]
    name, rule = source_of(doc, "dauert die Reparatur")
    assert name == "Hafenbehörde" and rule.endswith("+source.merge.document_author")


def test_a_body_described_is_the_known_body_named_before() -> None:
    doc = de("Das Lager wird von Ärzte ohne Grenzen versorgt. Zwei Helfer seien verletzt worden, erklärte die Organisation.")
    name, rule = source_of(doc, "Zwei Helfer")
    assert name is not None and rule.endswith("+source.merge.organisation")
    assert [s.rule for s in doc.sources] == ["source.merge.organisation"]
    assert "Organisation" in doc.sources[0].aliases


def test_a_role_and_its_owner_are_the_person_named_with_them() -> None:
    doc = en("Norway's ambassador said the talks would resume. Later, Norway's ambassador to Chile Olav Holm said "
             "that the date was set.")
    assert names(doc) == ["Olav Holm"]
    assert source_of(doc, "the talks would resume")[1].endswith("+source.merge.role_named")
    # a role without an owner ("the spokesman") is not folded into someone who holds a role of that name
    doc = de("Der Sprecher des Konzerns sagte, die Zahlen seien gut. Der Sprecher der Grünen, Jan Berg, sagte, das reiche nicht.")
    assert len(doc.sources) == 2


def test_a_verb_phrase_names_no_one() -> None:
    doc = de("„Das kostet bis zu 300 Euro“, erläutert eine Sprecherin der Stadt. "
             "Hinweise bekomme die Feuerwehr „meist von Nachbarn, die Rauch sehen“.")
    assert names(doc) == ["Sprecherin der Stadt"]
    a = next(a for a in doc.attributions if a.rule.endswith("+source.drop.verb_phrase"))
    assert a.source is None and a.source_span is not None and doc.text[a.source_span.start :].startswith("bekomme")


def test_a_longer_word_is_not_the_same_document_noun() -> None:
    """'The report said' after 'Reporter X' is no recalled report of the reporter; a plural
    person noun ending in a document head ('Soldaten': '…daten') is no document."""
    doc = en("Reporter Tom Reed visited the depot. The report said the depot will close.")
    att = next(a for a in doc.attributions if "close" in doc.text[a.content[0].start : a.content[0].end])
    src = next(s for s in doc.sources if s.id == att.source)
    assert "Reed" not in src.name
    doc = de("Laut einem Bericht des Verkehrsministeriums wurde die Brücke gesperrt. "
             "Die Soldaten sagten, die Lage sei ruhig.")
    assert "Soldaten" in names(doc)


def test_an_english_description_of_another_gender_or_role_is_not_the_person_named() -> None:
    """'The pianist said he …' is no Ann Lee, nor is 'the pianist' Mayor Ann Lee; with neither
    against it the description is still the person named before."""
    doc = en("Mayor Ann Lee opened the new concert hall on Friday. The pianist said he would return next year.")
    assert source_of(doc, "would return")[0] != "Ann Lee"
    doc = en("Ann Lee opened the new concert hall on Friday. The pianist said he would return next year.")
    assert source_of(doc, "would return")[0] != "Ann Lee"
    doc = en("Ann Lee opened the new concert hall on Friday. The pianist said she would return next year.")
    name, rule = source_of(doc, "would return")
    assert name == "Ann Lee" and rule.endswith("+source.merge.description")


def test_a_german_role_noun_is_only_the_person_of_that_role() -> None:
    """'Der Veranstalter' is not the works manager named before; a noun any role holder is
    ('der Politiker') and a person named with no role still take the description."""
    doc = de("Der Werksleiter Jan Roth zeigte die neue Halle. Der Veranstalter erklärte, das Fest finde im Mai statt.")
    assert source_of(doc, "das Fest finde")[0] == "Veranstalter"
    doc = de("Der Werksleiter Jan Roth zeigte die neue Halle. Der Politiker erklärte, das Fest finde im Mai statt.")
    assert source_of(doc, "das Fest finde")[0] == "Jan Roth"
    doc = de("Jan Roth zeigte die neue Halle. Der Veranstalter erklärte, das Fest finde im Mai statt.")
    assert source_of(doc, "das Fest finde")[0] == "Jan Roth"
    # a role of the same group of variants, the role given in the genitive
    doc = de("Die Rede des Machthabers Jon Kal dauerte lange. Der Diktator sagte, das Land sei stark.")
    assert source_of(doc, "das Land sei")[0] == "Jon Kal"


def test_a_noun_in_er_is_a_man_named_before_only_as_one_who_lives_somewhere() -> None:
    """'-er' alone makes no person ('der Versicherer' may be a firm); an inhabitant of a place
    named before or of a place by its name's ending is."""
    doc = de("Jan Roth zeigte die neue Halle. Der Versicherer erklärte, das Fest finde im Mai statt.")
    assert source_of(doc, "das Fest finde")[0] != "Jan Roth"
    doc = de("Jan Roth wohnt seit Jahren in Kiel. Der Kieler erklärte, das Fest finde im Mai statt.")
    name, rule = source_of(doc, "das Fest finde")
    assert name == "Jan Roth" and rule.endswith("+source.merge.description")
    doc = de("Jan Roth zeigte die neue Halle. Der Lindheimer erklärte, das Fest finde im Mai statt.")
    assert source_of(doc, "das Fest finde")[0] == "Jan Roth"
    doc = de("Jan Roth wohnt seit Jahren in Hamburg. Der Kieler erklärte, das Fest finde im Mai statt.")
    assert source_of(doc, "das Fest finde")[0] != "Jan Roth"


def test_an_owner_word_loses_only_its_possessive_ending() -> None:
    assert [_owner_word(w) for w in ("Texas", "Norway's", "Norway’s", "Lees'", "Ross")] == ["texas", "norway", "norway", "lees", "ross"]


def test_a_source_folded_into_one_dropped_later_keeps_its_claims() -> None:
    """A fold into a source that a later decision drops (a verb phrase) does not happen: the
    source stays a source of its own; a fold into one that folds on is kept."""
    into: dict[str, tuple[str | None, str]] = {"s2": ("s3", "source.merge.description"), "s3": (None, "source.drop.verb_phrase")}
    assert _settled(into) == {"s3": (None, "source.drop.verb_phrase")}
    into = {"s1": ("s2", "source.merge.description"), "s2": ("s3", "source.merge.description"),
            "s3": (None, "source.drop.verb_phrase")}
    assert _settled(into) == {"s1": ("s2", "source.merge.description"), "s3": (None, "source.drop.verb_phrase")}
    into = {"s1": ("s2", "source.merge.description"), "s2": ("s4", "source.merge.description")}
    assert _settled(into) == into
