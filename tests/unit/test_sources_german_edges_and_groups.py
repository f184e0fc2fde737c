"""German source names without the words at their edge that name no one, time phrases that are no
source, counted groups typed as groups and attributes that are no given names (sentences of our own;
issue 7, session 32): `source.trim.de.edge`, `source.trim.de.time`, `source.drop.time_phrase`,
`source.group.de.counted`, `source.group.de.spokespersons` and naming.full_name's attribute test."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one, source_name

from sourcetrace.document import Document
from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.mentions import analyse_mention

analyze = partial(analyse, lang="de", date="2024-10-17")
de = lang("de")


def source_of(doc: Document, needle: str) -> tuple[str | None, str | None, str]:
    a = one(doc, needle)
    src = next((s for s in doc.sources if s.id == a.source), None)
    return (src.name, src.type, src.rule) if src else (None, None, a.rule)


def test_a_time_phrase_after_a_postposed_subject_is_no_part_of_its_name() -> None:
    doc = analyze("Wie die Lokalzeitung berichtet, meldete die Feuerwehr Anfang März, dass am Deich zwei Pumpen ausgefallen seien.")
    name, _, rule = source_of(doc, "zwei Pumpen")
    assert name == "Feuerwehr" and "source.trim.de.time" in rule
    info = analyse_mention("der Landrat am Dienstagabend", de)
    assert info.name == "Landrat" and info.trim == "source.trim.de.time"


def test_a_particle_after_a_surname_is_no_part_of_the_name() -> None:
    doc = analyze("Die Stadträtin Karla Fendt hat den Plan verteidigt. Fendt selbst schrieb im Netz, sie habe nichts zu verbergen.")
    assert source_name(doc, one(doc, "nichts zu verbergen")) == "Karla Fendt"
    assert {s.name for s in doc.sources} == {"Karla Fendt"}
    assert analyse_mention("Wendt seinerseits", de).name == "Wendt"
    assert analyse_mention("Wendt seinerseits", de).trim == "source.trim.de.edge"


def test_a_connective_before_and_an_adverb_after_a_mention_are_cut() -> None:
    info = analyse_mention("Wobei die Nachbarin überraschenderweise", de)
    assert info.name == "Nachbarin" and info.trim == "source.trim.de.edge"
    assert analyse_mention("Doch der Landrat", de).name == "Landrat"
    assert analyse_mention("Selbstständige", de).name == "Selbstständige"  # one word: nothing to cut


def test_a_time_phrase_before_the_verb_is_no_source() -> None:
    doc = analyze("Bremen/Hannover – Wenige Tage vor der Wahl hat die Landesregierung einen Bericht veröffentlicht, "
                  "wonach die Kassen leer seien.")
    assert all("Tage" not in s.name for s in doc.sources)
    a = one(doc, "Kassen leer")
    assert a.source is None and "source.drop.time_phrase" in a.rule


def test_a_counted_group_of_persons_is_a_group_not_a_person() -> None:
    for mention, name in (("Andere Politiker", "Andere Politiker"), ("Drei Nachbarn", "Nachbarn"), ("Mehrere Dutzend Anwohner", "Anwohner")):
        info = analyse_mention(mention, de)
        assert (info.name, info.type, info.person_tokens) == (name, "unnamed", [])
    doc = analyze("Drei Nachbarn sagten, der Hund sei harmlos.")
    assert source_of(doc, "Hund sei harmlos") == ("Nachbarn", "unnamed", "source.unnamed+source.group.de.counted")


def test_counted_spokespersons_are_anonymous_voices_of_their_body() -> None:
    doc = analyze("Zwei Sprecher der Reederei sagten, die Fähre bleibe im Hafen.")
    name, typ, rule = source_of(doc, "Fähre bleibe")
    assert typ == "anonymous" and rule.endswith("+source.group.de.spokespersons") and name and "Sprecher" in name


def test_a_count_before_named_persons_keeps_the_names() -> None:
    assert analyse_mention("Ole Brandt", de).type == "person"
    info = analyse_mention("Zwei Brüder, Jan Roth", de)
    assert info.type == "person" and info.name == "Jan Roth"


def test_an_attribute_or_a_possessive_is_no_given_name() -> None:
    doc = analyze("Deutsche Forscher warnen seit Jahren. Forscher sagen, das Eis schmelze schneller.")
    assert "Deutsche Forscher" not in {s.name for s in doc.sources}
    doc = analyze("Meine Eltern kommen bald. Eltern sagen, die Schule sei zu klein.")
    assert "Meine Eltern" not in {s.name for s in doc.sources}


def test_an_abstract_noun_after_a_noun_of_a_person_is_the_objects_not_the_mentions() -> None:
    info = analyse_mention("einem Kollegen Einseitigkeit", de)
    assert info.name == "Kollegen" and info.trim == "source.trim.de.object_noun"
    assert analyse_mention("Amt für Digitalisierung", de).trim is None  # a body's name with its preposition stays


def test_a_lower_case_attribute_before_a_name_that_opens_with_an_adjective_is_no_part_of_it() -> None:
    doc = analyze("Nach Angaben der regierungsnahen Nordischen Stiftung für Meeresschutz wurden zwei Wale getötet.")
    name, _, rule = source_of(doc, "zwei Wale")
    assert name == "Nordischen Stiftung für Meeresschutz" and rule.endswith("+source.trim.de.attribute")
    assert analyse_mention("die slowenische Polizei", de).name == "slowenische Polizei"  # no name after it: kept


def test_a_role_compound_in_obmann_before_a_name_is_a_role_after_a_run_in_heading() -> None:
    info = analyse_mention("Neue Pläne Landesobmann Karl Rinner", de)
    assert (info.type, info.name) == ("person", "Karl Rinner")


def test_a_determiner_first_is_no_given_name() -> None:
    assert analyse_mention("Kein Schnaps", de).type != "person"
    assert analyse_mention("Jeder Bürger", de).person_tokens == []
    assert analyse_mention("Ole Brandt", de).person_tokens == ["Ole", "Brandt"]


def test_an_article_before_a_time_word_makes_it_an_attribute_not_a_time_phrase() -> None:
    doc = analyze("Laut einer am Montag veröffentlichten Nordblick-Umfrage wollen zwei Drittel den Ausbau.")
    a = one(doc, "zwei Drittel")
    assert a.source is not None and "source.drop.time_phrase" not in a.rule


def test_a_known_name_that_ends_in_a_weekday_keeps_it() -> None:
    assert analyse_mention("die Zeitung Welt am Sonntag", de).name == "Welt am Sonntag"
    assert analyse_mention("Der Zeitung", de).trim is None  # an article is no noun of a person


def test_laut_angaben_von_a_plural_of_persons_keeps_them_as_the_source() -> None:
    doc = analyze("Laut Angaben von Fachleuten ist der Damm sicher.")
    a = one(doc, "Damm sicher")
    assert source_name(doc, a) == "Fachleute" and a.rule.endswith("+persons_after_von")
    doc = analyze("Laut einer Studie von Dürre bedroht sind viele Bauern.")  # a passive's agent stays out
    assert all("Dürre" not in s.name for s in doc.sources)
    doc = analyze("Die Fahrt hängt laut einer Prognose vom Wetter ab.")  # a noun in -er is no person for that
    assert all("Wetter" not in s.name for s in doc.sources)



def test_where_unnamed_persons_are_is_no_part_of_their_name() -> None:
    doc = analyze("Sanitäter am Hafen in Lindau sagen, dass die Wartezeiten kürzer geworden seien.")
    name, _, rule = source_of(doc, "Wartezeiten")
    assert name == "Sanitäter" and rule.endswith("+source.trim.de.place")
    assert analyse_mention("Augenzeugen vor Ort", de).name == "Augenzeugen"
    assert analyse_mention("Sprecher im Innenministerium", de).trim is None  # a body named there stays
    assert analyse_mention("die Polizei in Wien", de).trim is None  # a body's place stays with it
    info = analyse_mention("Seine Kollegin und Mitstreiterin im Rat, Clara Mo", de)
    assert info.trim is None


def test_a_text_named_after_an_attribute_with_a_time_is_the_according_to_source() -> None:
    doc = analyze("Ob die Fähre noch im Winter fährt, hängt laut der am Montag verbreiteten Pressemitteilung vom Pegel ab.")
    a = one(doc, "noch im Winter")
    assert a.mode == "according_to" and a.source_span is not None and doc.span_text(a.source_span).endswith("Pressemitteilung")


def test_a_genitive_name_then_an_attribute_of_the_role_it_owns_stays_one_phrase() -> None:
    doc = analyze("Die Lage sei ernst, sagte Roths nach Kanada geflüchtete Ehefrau Ida Roth am Sonntag.")
    assert source_name(doc, one(doc, "Lage sei ernst")) == "Ida Roth"


def test_a_country_is_no_full_name_of_its_last_word() -> None:
    doc = analyze("Wir sind nach Sri Lanka gereist. Lanka sagt, die Saison beginne bald.")
    assert all(s.type != "person" or s.name != "Sri Lanka" for s in doc.sources)


def test_a_calendar_word_alone_may_be_a_surname_not_a_time_phrase() -> None:
    # (review of session 32: "Winter", "Sommer" are surnames too; a time phrase has more words)
    doc = analyze("Laut Winter ist der Damm sicher.")
    a = one(doc, "Damm sicher")
    assert source_name(doc, a) == "Winter" and "source.drop.time_phrase" not in a.rule
